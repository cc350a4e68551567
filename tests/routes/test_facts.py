from tests.conftest import assert_problem


def _km(fact):
    return [q["normalized"]["value"] for q in fact["quantities"]
            if q.get("normalized") and q["normalized"]["unit"] == "km"]


def test_atacms_range_statements_have_parsed_quantities(client):
    body = client.get("/v1/facts?about=ATACMS&limit=100").get_json()
    assert body["total"] >= 3
    assert body["extractor_version"]
    ranges = [f for f in body["items"] if _km(f)]
    assert len(ranges) >= 2
    values = sorted(v for f in ranges for v in _km(f))
    assert any(abs(v - 305.8) < 0.5 for v in values)
    assert any(abs(v - 306) < 0.5 or abs(v - 305.8) < 0.5 for v in values)
    for fact in body["items"]:
        assert any(e["name"] == "ATACMS" for e in fact["entities"])


def test_about_accepts_aliases_case_insensitively(client):
    a = client.get("/v1/facts?about=north korea&limit=100").get_json()
    b = client.get("/v1/facts?about=DPRK&limit=100").get_json()
    assert a["total"] == b["total"] > 0


def test_speaker_filter_matches_surname(client):
    body = client.get("/v1/facts?speaker=Singh&limit=100").get_json()
    assert body["total"] >= 3
    assert all(f["attribution"]["speaker"] == "Sabrina Singh" for f in body["items"])


def test_quantity_filters(client):
    body = client.get("/v1/facts?about=ATACMS&unit=km&min=250&limit=100").get_json()
    assert body["total"] >= 1
    assert all(max(_km(f)) >= 250 for f in body["items"])
    none = client.get("/v1/facts?about=ATACMS&unit=km&min=1000").get_json()
    assert none["total"] == 0
    persons = client.get("/v1/facts?about=North Korea&has_quantity=true&limit=100").get_json()
    assert persons["total"] >= 3 and all(f["quantities"] for f in persons["items"])


def test_facets_count_the_matches(client):
    body = client.get("/v1/facts?about=ATACMS&limit=1").get_json()
    assert sum(row["count"] for row in body["facets"]["source"]) == body["total"] == body["facets"]["counted"]
    assert any(row["value"] == "ATACMS" for row in body["facets"]["entity"])


def test_facets_are_sampled_beyond_the_bound(client, monkeypatch):
    import service.search.searcher as searcher_module

    monkeypatch.setattr(searcher_module, "FACET_SAMPLE", 2)
    body = client.get("/v1/facts?about=ATACMS&limit=1&negated=false").get_json()
    assert body["total"] > 2 and body["facets"]["counted"] == 2
    assert sum(row["count"] for row in body["facets"]["source"]) == 2


def test_negated_filter(client):
    body = client.get("/v1/facts?negated=true&limit=100").get_json()
    assert body["total"] >= 1 and all(f["negated"] for f in body["items"])


def test_fact_detail_and_offsets(client):
    fact = client.get("/v1/facts?q=range&limit=1").get_json()["items"][0]
    assert client.get(f"/v1/facts/{fact['id']}").get_json()["text"] == fact["text"]
    article = client.get(f"/v1/articles/{fact['article_id']}").get_json()
    assert article["text"][fact["start"]:fact["end"]] == fact["text"]


def test_fact_errors(client):
    assert_problem(client.get("/v1/facts/nope-f1"), 404)
    assert client.get("/v1/facts?min=5&max=1").get_json()["total"] == 0
    assert_problem(client.get("/v1/facts?dimension=weight"), 400)
    assert_problem(client.get("/v1/facts?min_score=2"), 400)
    assert_problem(client.get("/v1/facts?min=nan"), 400)


def test_every_dimension_of_the_contract_is_accepted(client):
    from service.records import DIMENSIONS

    for dimension in DIMENSIONS:
        body = client.get(f"/v1/facts?dimension={dimension}&limit=100").get_json()
        assert body["total"] == len(body["items"])
        assert all(any(q["dimension"] == dimension for q in f["quantities"]) for f in body["items"])
    assert_problem(client.get("/v1/facts?dimension=percent"), 400)
    persons = client.get("/v1/facts?dimension=persons&limit=100").get_json()
    assert persons["total"] >= 3


def test_unit_and_range_hold_for_the_same_quantity(client):
    everything = client.get("/v1/facts?has_quantity=true&limit=100").get_json()["items"]

    def expected(unit, low):
        return sorted(f["id"] for f in everything
                      if any(unit in (q.get("unit"), (q.get("normalized") or {}).get("unit"))
                             and ((q.get("normalized") or {}).get("value", q["value"])) >= low
                             for q in f["quantities"]))

    for unit, low in (("km", 250), ("troops", 5000), ("km", 0)):
        body = client.get(f"/v1/facts?unit={unit}&min={low}&limit=100").get_json()
        assert sorted(f["id"] for f in body["items"]) == expected(unit, low)
        assert body["total"] == len(body["items"]) == body["facets"]["counted"]
        assert sum(row["count"] for row in body["facets"]["source"]) == body["total"]


def test_quantity_ranges_hold_with_a_text_query(client):
    everything = client.get("/v1/facts?q=range&limit=100").get_json()["items"]
    for low in (0, 250, 1000):
        body = client.get(f"/v1/facts?q=range&unit=km&min={low}&limit=100").get_json()
        want = sorted(f["id"] for f in everything if any(v >= low for v in _km(f)))
        assert sorted(f["id"] for f in body["items"]) == want and body["total"] == len(want)
    assert _km_facts(everything)  # the query finds ranges in km at all
    body = client.get("/v1/facts?q=range&unit=km&dimension=persons").get_json()
    assert body["total"] == 0


def _km_facts(facts):
    return [f for f in facts if _km(f)]


def test_quantity_filters_read_only_the_page(client, monkeypatch):
    import service.search.searcher as searcher_module

    decoded = []
    real = searcher_module.record_of
    monkeypatch.setattr(searcher_module, "record_of", lambda fields: decoded.append(1) or real(fields))
    body = client.get("/v1/facts?dimension=length&min=1&limit=1&offset=0").get_json()
    assert body["total"] >= 2 and len(body["items"]) == 1
    assert len(decoded) == 1
