from tests.conftest import assert_problem


def test_entities_have_aliases_and_counts(client):
    body = client.get("/v1/entities?limit=100").get_json()
    names = {e["name"]: e for e in body["items"]}
    assert "ATACMS" in names and names["ATACMS"]["type"] == "WEAPON"
    assert names["ATACMS"]["facts"] >= 3
    assert "DPRK" in names["North Korea"]["aliases"]


def test_prefix_matches_names_and_aliases(client):
    body = client.get("/v1/entities?q=dpr").get_json()
    assert [e["name"] for e in body["items"]] == ["North Korea"]


def test_type_filter(client):
    body = client.get("/v1/entities?type=PERSON&limit=100").get_json()
    assert body["total"] >= 3 and all(e["type"] == "PERSON" for e in body["items"])
    assert_problem(client.get("/v1/entities?type=ALIEN"), 400)
