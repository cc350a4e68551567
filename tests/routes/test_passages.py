import pytest

from tests.conftest import assert_problem


def test_atacms_passages_come_from_the_three_articles_that_mention_it(client):
    body = client.get("/v1/passages?q=ATACMS&limit=100").get_json()
    assert body["total"] == len(body["items"]) >= 3
    assert len({item["article_id"] for item in body["items"]}) == 3
    for item in body["items"]:
        assert "<mark>" in item["highlight"]
        for match in item["matches"]:
            assert item["text"][match["start"]:match["end"]] == match["term"]
            assert match["term"].upper().startswith("ATACMS")
    assert body["query"] == {"q": "ATACMS", "parsed": "passage_text:atacm"}


def test_results_are_ranked(client):
    items = client.get("/v1/passages?q=North Korean troops Kursk").get_json()["items"]
    scores = [item["score"] for item in items]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_passage_offsets_point_into_the_article(client):
    item = client.get("/v1/passages?q=Kursk").get_json()["items"][0]
    article = client.get(f"/v1/articles/{item['article_id']}").get_json()
    assert article["text"][item["start"]:item["end"]] == item["text"]


def test_phrase_prefix_and_boolean_queries(client):
    phrase = client.get('/v1/passages?q="long-range missiles"').get_json()
    assert phrase["total"] >= 1
    assert all("long-range missiles" in i["text"].lower() for i in phrase["items"])
    prefix = client.get("/v1/passages?q=escalat*").get_json()
    assert prefix["total"] >= 2
    negative = client.get("/v1/passages?q=Kursk NOT troops&limit=100").get_json()
    assert negative["total"] >= 1
    assert all("troops" not in i["text"].lower() for i in negative["items"])


def test_html_in_passages_is_escaped(client):
    for item in client.get("/v1/passages?q=Kursk&limit=100").get_json()["items"]:
        stripped = item["highlight"].replace("<mark>", "").replace("</mark>", "")
        assert "<" not in stripped


def test_filters_narrow_results(client):
    everything = client.get("/v1/passages?q=Ukraine&limit=100").get_json()
    article_id = everything["items"][0]["article_id"]
    one = client.get(f"/v1/passages?q=Ukraine&article_id={article_id}&limit=100").get_json()
    assert 0 < one["total"] < everything["total"]
    assert {i["article_id"] for i in one["items"]} == {article_id}
    source = everything["items"][0]["source"]
    if source:
        by_source = client.get("/v1/passages", query_string={"q": "Ukraine", "source": source.upper()}).get_json()
        assert by_source["total"] >= 1 and all(i["source"] == source for i in by_source["items"])
    dated = client.get("/v1/passages?q=Ukraine&published_from=2024-11-18&limit=100").get_json()
    assert all(i["published"] >= "2024-11-18" for i in dated["items"])
    assert dated["total"] < everything["total"]


def test_entity_filter_accepts_aliases(client):
    canonical = client.get("/v1/passages?entity=North Korea&limit=100").get_json()
    alias = client.get("/v1/passages?entity=DPRK&limit=100").get_json()
    assert canonical["total"] >= 3 and alias["total"] == canonical["total"]


def test_paging_is_consistent(client):
    first = client.get("/v1/passages?q=Ukraine&limit=2&offset=0").get_json()
    second = client.get("/v1/passages?q=Ukraine&limit=2&offset=2").get_json()
    assert first["total"] == second["total"]
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


@pytest.mark.parametrize("query, fragment", [
    ("q=%22unclosed", "unclosed quote"),
    ("q=title:Kursk", "unknown field"),
    ("q=Kursk AND", "ends with an operator"),
    ("limit=0", "limit"),
    ("limit=101", "limit"),
    ("offset=10001", "offset"),
    ("q=" + "a" * 600, "q"),
    ("published_from=yesterday", "published_from"),
    ("q=%C2%A0", "blank"),
    ("nonsense=1", "nonsense"),
])
def test_bad_input_is_a_400_problem(client, query, fragment):
    body = assert_problem(client.get(f"/v1/passages?{query}"), 400)
    assert fragment in body["detail"]


def test_a_query_of_stop_words_matches_nothing_and_says_why(client):
    body = client.get("/v1/passages?q=the").get_json()
    assert body["total"] == 0 and "no searchable words" in body["query"]["warnings"][0]


def test_an_inverted_date_range_matches_nothing(client):
    body = client.get("/v1/passages?q=Kursk&published_from=2024-11-18&published_to=2024-11-17").get_json()
    assert body["total"] == 0 and body["items"] == []


def test_passage_detail_has_neighbours(client):
    item = client.get("/v1/passages?q=Patel").get_json()["items"][0]
    detail = client.get(f"/v1/passages/{item['id']}").get_json()
    assert detail["text"] == item["text"]
    if item["index"] > 0:
        assert detail["previous"]["index"] == item["index"] - 1
    assert detail["next"] is None or detail["next"]["index"] == item["index"] + 1


def test_unknown_passage_is_404(client):
    assert_problem(client.get("/v1/passages/nope-p0"), 404)


def test_parser_operator_words_in_a_row_are_searched_not_a_500(client):
    response = client.get("/v1/passages", query_string={"q": "troops ANDMAYBE ANDMAYBE missiles"})
    assert response.status_code == 200
    assert response.get_json()["total"] >= 0
