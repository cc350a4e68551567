from tests.conftest import assert_problem


def test_list_articles_newest_first_with_counts(client):
    body = client.get("/v1/articles").get_json()
    assert body["total"] == 5 and body["limit"] == 10 and body["offset"] == 0
    dated = [a["published"] for a in body["items"] if a["published"]]
    assert dated == sorted(dated, reverse=True)
    for article in body["items"]:
        assert set(article) >= {"id", "title", "source", "byline", "published", "url", "passages", "facts"}
        assert "text" not in article
        assert article["passages"] > 0


def test_article_filters(client):
    assert client.get("/v1/articles?published_from=2024-11-18").get_json()["total"] < 5
    assert client.get("/v1/articles?published_to=2000-01-01").get_json()["total"] == 0
    source = next(a["source"] for a in client.get("/v1/articles").get_json()["items"] if a["source"])
    body = client.get("/v1/articles", query_string={"source": source.lower()}).get_json()
    assert body["total"] >= 1 and all(a["source"] == source for a in body["items"])


def test_article_detail_has_clean_text(client):
    article_id = client.get("/v1/articles").get_json()["items"][0]["id"]
    article = client.get(f"/v1/articles/{article_id}").get_json()
    assert article["id"] == article_id and len(article["text"]) > 200


def test_unknown_article_is_404(client):
    body = assert_problem(client.get("/v1/articles/does-not-exist"), 404)
    assert "does-not-exist" in body["detail"]
