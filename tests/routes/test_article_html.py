"""POST /v1/articles with an HTML page: extraction, metadata, storage as <id>.html, and clear 422s."""

import json
from pathlib import Path

import pytest

from tests.conftest import assert_problem

PAGES = Path(__file__).resolve().parents[1] / "pipeline" / "pages"
NEWS_PAGE = (PAGES / "news_site.html").read_text(encoding="utf-8")
GOV_PAGE = (PAGES / "gov_release.html").read_text(encoding="utf-8")
NEWS_TEXT = json.loads((Path(__file__).resolve().parents[2] / "examples" / "sample-article.json").read_text())["text"]
CHROME = ["cookies", "Subscribe", "newsletter", "Most read", "Share on", "All rights reserved", "Skip to"]


def test_html_page_is_extracted_cleaned_and_stored_as_html(writable_client, writable_root, auth):
    response = writable_client.post("/v1/articles", json={"html": NEWS_PAGE}, headers=auth)
    assert response.status_code == 201, response.get_json()
    article = response.get_json()
    assert (article["title"], article["source"], article["byline"], article["published"]) == (
        "Harbour authority approves second container terminal", "The Coastal Ledger", "Priya Natarajan",
        "2024-09-12")
    assert article["url"] == "https://ledger.example.com/business/harbour-terminal"
    assert article["facts"] >= 1
    stored = writable_root / "articles" / f"{article['id']}.html"
    assert stored.read_text(encoding="utf-8") == NEWS_PAGE
    assert not stored.with_suffix(".txt").exists()
    text = writable_client.get(f"/v1/articles/{article['id']}").get_json()["text"]
    assert "1.2 million containers" in text
    assert [word for word in CHROME if word in text] == []
    hits = writable_client.get("/v1/passages?q=seagrass").get_json()["items"]
    assert [hit["article_id"] for hit in hits] == [article["id"]]


def test_request_fields_win_over_the_page_metadata(writable_client, auth):
    response = writable_client.post("/v1/articles", headers=auth,
                                    json={"html": NEWS_PAGE, "source": "Example Wire", "published": "2024-09-13"})
    article = response.get_json()
    assert (article["source"], article["published"]) == ("Example Wire", "2024-09-13")
    assert article["byline"] == "Priya Natarajan"


def test_same_html_again_is_200(writable_client, auth):
    first = writable_client.post("/v1/articles", json={"html": GOV_PAGE}, headers=auth)
    again = writable_client.post("/v1/articles", json={"html": GOV_PAGE}, headers=auth)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]


@pytest.mark.parametrize("body", [{"text": "x" * 300, "html": NEWS_PAGE}, {"title": "neither"}])
def test_exactly_one_of_text_and_html(writable_client, auth, body):
    response = writable_client.post("/v1/articles", json=body, headers=auth)
    assert "exactly one of 'text' and 'html'" in str(assert_problem(response, 422))


def test_html_without_main_text_is_stored_with_a_warning_and_no_passages(writable_client, writable_root, auth):
    menu = "<html><head><title>Menu</title></head><body><nav><a>Home</a><a>News</a></nav></body></html>"
    other = "<html><head><title>Sitemap</title></head><body><nav><a>Sport</a><a>Weather</a></nav></body></html>"
    response = writable_client.post("/v1/articles", json={"html": menu}, headers=auth)
    assert response.status_code == 201
    article = response.get_json()
    assert (article["passages"], article["facts"]) == (0, 0)
    assert article["warnings"] and "short" in article["warnings"][0]
    assert (writable_root / "articles" / f"{article['id']}.html").exists()  # nothing posted is lost
    assert writable_client.get(f"/v1/articles/{article['id']}").get_json()["warnings"] == article["warnings"]
    # Two pages that keep no body are still two articles: identity falls back to the page as posted.
    second = writable_client.post("/v1/articles", json={"html": other}, headers=auth)
    assert second.status_code == 201 and second.get_json()["id"] != article["id"]
    assert writable_client.post("/v1/articles", json={"html": menu}, headers=auth).status_code == 200


@pytest.mark.parametrize("body", [{"html": "   \n\t "}, {"text": " " * 300}])
def test_blank_bodies_are_422(writable_client, auth, body):
    assert "blank" in str(assert_problem(writable_client.post("/v1/articles", json=body, headers=auth), 422))


def test_batch_mixes_text_and_html(writable_client, writable_root, auth):
    response = writable_client.post("/v1/articles:batch", headers=auth, json={"articles": [
        {"html": GOV_PAGE}, {"text": NEWS_TEXT}]})
    items = response.get_json()["items"]
    assert [item["status"] for item in items] == [201, 201]
    assert (writable_root / "articles" / f"{items[1]['article']['id']}.txt").exists()
    assert (writable_root / "articles" / f"{items[0]['article']['id']}.html").exists()
    assert items[0]["article"]["published"] == "2024-11-14"


def test_rebuild_re_extracts_stored_html(writable_client, writable_root, auth):
    from service.catalog import Catalog
    from service.config import Settings
    from tests.conftest import settings_for

    article = writable_client.post("/v1/articles", json={"html": NEWS_PAGE}, headers=auth).get_json()
    catalog = Catalog(Settings().with_overrides(settings_for(writable_root)))
    catalog.build(workers=1)
    rebuilt = catalog.articles.get(article["id"])
    assert (rebuilt["title"], rebuilt["published"]) == (article["title"], article["published"])
    assert rebuilt["facts"] == article["facts"]
