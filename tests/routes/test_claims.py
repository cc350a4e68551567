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
