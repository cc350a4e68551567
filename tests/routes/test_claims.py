"""Claims across sources over the bundled corpus, through the API."""

import pytest

from tests.conftest import assert_problem

JSONLD = "application/ld+json"


def claims(client, **params):
    response = client.get("/v1/claims", query_string={"limit": 100, **params})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_atacms_range_is_corroborated_by_two_publishers(client):
    body = claims(client, about="ATACMS")
    assert body["extractor_version"]
    ranges = [c for c in body["items"] if any(q.get("dimension") == "length"
                                              for f in c["facts"] for q in f["quantities"])]
    assert ranges, [c["statement"] for c in body["items"]]
    best = ranges[0]
    assert best["status"] == "corroborated" and best["sources"] >= 2
    assert "ATACMS" in best["about"]


def test_conflicting_claims_say_what_differs(client):
    body = claims(client, status="conflicting")
    assert body["total"] >= 1
    for cluster in body["items"]:
        assert cluster["status"] == "conflicting" and cluster["conflicts"]
    kinds = {conflict["kind"] for c in body["items"] for conflict in c["conflicts"]}
    assert "negation" in kinds
    negation = next(conflict for c in body["items"] for conflict in c["conflicts"] if conflict["kind"] == "negation")
    assert {value["negated"] for value in negation["values"]} == {True, False}


def test_filters_combine(client):
    everything = claims(client)
    assert everything["total"] >= 3
    statuses = {c["status"] for c in everything["items"]}
    for status in statuses:
        assert claims(client, status=status)["total"] == sum(c["status"] == status for c in everything["items"])
    source = everything["items"][0]["facts"][0]["source"]
    by_source = claims(client, source=source)
    assert 0 < by_source["total"] <= everything["total"]
    assert all(any(f["source"] == source for f in c["facts"]) for c in by_source["items"])
    by_text = claims(client, q="range")
    assert by_text["total"] >= 1
    assert all(any("range" in f["text"].lower() for f in c["facts"]) for c in by_text["items"])


def test_claim_detail_has_a_dated_timeline(client):
    cluster = claims(client, about="ATACMS")["items"][0]
    detail = client.get(f"/v1/claims/{cluster['id']}").get_json()
    assert detail["id"] == cluster["id"]
    dates = [entry["published"] for entry in detail["timeline"] if entry["published"]]
    assert dates == sorted(dates)
    assert {e["fact_id"] for e in detail["timeline"]} == {f["id"] for f in detail["facts"]}
    if detail["first_appearance"]:
        assert detail["first_appearance"]["published"] == dates[0]


def test_claim_ids_are_stable_across_requests(client):
    assert [c["id"] for c in claims(client)["items"]] == [c["id"] for c in claims(client)["items"]]


def test_jsonld_export_uses_schema_org_claim(client):
    cluster = claims(client, about="ATACMS")["items"][0]
    response = client.get(f"/v1/claims/{cluster['id']}", headers={"Accept": JSONLD})
    assert response.status_code == 200 and response.mimetype == JSONLD
    doc = response.get_json()
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Claim"
    assert doc["text"] == cluster["statement"]
    assert doc["url"].endswith(f"/v1/claims/{cluster['id']}")
    assert doc["appearance"] and all(a["@type"] in ("NewsArticle", "CreativeWork") for a in doc["appearance"])
    assert doc["author"]["@type"] in ("Person", "Organization")
    assert "firstAppearance" in doc or not cluster["first_appearance"]


def test_plain_json_is_the_default(client):
    cluster = claims(client)["items"][0]
    response = client.get(f"/v1/claims/{cluster['id']}", headers={"Accept": "*/*"})
    assert response.mimetype == "application/json"


def test_unknown_claim_is_404(client):
    assert_problem(client.get("/v1/claims/c-000000000000"), 404)
    assert_problem(client.get("/v1/claims?status=maybe"), 400)


@pytest.mark.parametrize("claim, verdict", [
    ("ATACMS missiles can reach 300 km", "supported"),
    ("The range of ATACMS is 500 km", "contradicted"),
    ("The price of eggs rose in Ohio", "not_enough_info"),
])
def test_claim_check_verdicts_with_citations(client, claim, verdict):
    response = client.post("/v1/claims/check", json={"claim": claim})
    assert response.status_code == 200
    body = response.get_json()
    assert body["verdict"] == verdict, body
    assert body["extractor_version"]
    if verdict == "not_enough_info":
        assert body["evidence"] == []
        return
    decisive = [e for e in body["evidence"] if e["relation"] in ("supports", "contradicts")]
    assert decisive and all(e["reason"] for e in decisive)
    for evidence in decisive:
        citation = evidence["citation"]
        article = client.get(f"/v1/articles/{citation['article_id']}").get_json()
        assert article["text"][citation["start"]:citation["end"]] == evidence["fact"]["text"]


def test_claim_check_parses_the_claim(client):
    body = client.post("/v1/claims/check", json={"claim": "ATACMS missiles can reach 300 km"}).get_json()
    assert any(e["name"] == "ATACMS" for e in body["claim"]["entities"])
    (quantity,) = body["claim"]["quantities"]
    assert quantity["normalized"] == {"value": 300.0, "unit": "km"}


@pytest.mark.parametrize("body", [{}, {"claim": ""}, {"claim": "x" * 1001}, {"claim": "ok claim", "extra": 1},
                                  {"claim": 5}])
def test_claim_check_bounds_its_input(client, body):
    assert_problem(client.post("/v1/claims/check", json=body), 422)


# -- quantity filters: a claim matches when one quantity of one of its facts meets every condition ------------------

def _values(quantity, unit=None):
    normalized = quantity.get("normalized") or {}
    units = (quantity.get("unit"), normalized.get("unit"))
    return normalized.get("value", quantity["value"]) if unit is None or unit in units else None


def _expected(everything, *, unit=None, dimension=None, low=None, high=None):
    def meets(q):
        value = _values(q, unit)
        if unit is not None and value is None:
            return False
        if dimension is not None and q.get("dimension") != dimension:
            return False
        value = _values(q)
        return (low is None or value >= low) and (high is None or value <= high)

    return sorted(c["id"] for c in everything if any(meets(q) for f in c["facts"] for q in f["quantities"]))


def _all_claims(client, **params):
    items, offset = [], 0
    while True:
        page = claims(client, offset=offset, **params)
        items += page["items"]
        offset += page["limit"]
        if offset >= page["total"]:
            assert len(items) == page["total"]
            return items


def test_claim_quantity_filters(client):
    body = claims(client, about="ATACMS", unit="km", min=250)
    assert body["total"] >= 1
    for claim in body["items"]:
        assert any(_values(q, "km") is not None and _values(q) >= 250 for f in claim["facts"] for q in f["quantities"])
    assert claims(client, about="ATACMS", unit="km", min=1000)["total"] == 0


def test_claim_unit_dimension_and_range_hold_for_the_same_quantity(client):
    everything = _all_claims(client)
    cases = [{"unit": "km", "min": 250}, {"unit": "troops", "min": 5000}, {"unit": "km", "min": 0},
             {"dimension": "length", "max": 1000}, {"dimension": "persons"}, {"unit": "km", "dimension": "persons"}]
    for params in cases:
        want = _expected(everything, unit=params.get("unit"), dimension=params.get("dimension"),
                         low=params.get("min"), high=params.get("max"))
        got = _all_claims(client, **params)
        assert sorted(c["id"] for c in got) == want, params
    assert _expected(everything, dimension="length", high=1000)  # the cases are not all empty
    assert not _expected(everything, unit="km", dimension="persons")


def test_claim_quantity_filters_combine_with_the_others(client):
    everything = _all_claims(client)
    status = next(c["status"] for c in everything if any(f["quantities"] for f in c["facts"]))
    length = {c["id"] for c in _all_claims(client, dimension="length")}
    both = claims(client, dimension="length", status=status)
    assert sorted(c["id"] for c in both["items"]) == sorted(c["id"] for c in everything
                                                           if c["id"] in length and c["status"] == status)


def test_every_dimension_of_the_contract_is_accepted_on_claims(client):
    from service.records import DIMENSIONS

    for dimension in DIMENSIONS:
        body = claims(client, dimension=dimension)
        assert body["total"] == len(body["items"]) or body["total"] > 100
        assert all(any(q["dimension"] == dimension for f in c["facts"] for q in f["quantities"])
                   for c in body["items"])
    assert claims(client, dimension="persons")["total"] >= 1


@pytest.mark.parametrize("query", ["dimension=percent", "dimension=weight", "min=nan", "max=inf", "min=ten",
                                   "unit=", "unit=" + "x" * 201])
def test_claim_quantity_filter_errors(client, query):
    assert_problem(client.get(f"/v1/claims?{query}"), 400)


def test_an_empty_claim_range_matches_nothing(client):
    assert claims(client, min=5, max=1)["total"] == 0


def test_a_listing_holds_the_first_facts_of_each_claim_and_counts_them(client):
    everything = claims(client)
    listed = next(c for c in everything["items"] if c["fact_count"] >= 2)
    detail = client.get(f"/v1/claims/{listed['id']}").get_json()
    assert listed["fact_count"] == detail["fact_count"] == len(detail["facts"])
    assert [f["id"] for f in listed["facts"]] == [f["id"] for f in detail["facts"][:len(listed["facts"])]]
    assert listed["conflict_count"] == detail["conflict_count"] == len(detail["conflicts"])
    assert "timeline" not in listed and "timeline" in detail
