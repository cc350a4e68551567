"""POST/DELETE /v1/articles: status codes, idempotency and what lands on disk."""

import pytest

from tests.conftest import API_KEY, assert_problem

NEW_ARTICLE = """Port Authority Reports Record Cargo

By Jane Doe, Harbor Herald | March 3, 2025

The Port Authority said on Monday that the harbor handled 4.2 million containers last year, a record.

Director Maria Lopez said the new cranes cut loading times by about 30 percent. "We moved more boxes than ever,"
she said.

Dockworkers union leader Tom Berg warned that staffing has not kept pace with the growth.
"""


def post(client, auth, **body):
    return client.post("/v1/articles", json={"text": NEW_ARTICLE, **body}, headers=auth)


def test_create_returns_201_with_location_and_is_searchable(writable_client, auth):
    response = post(writable_client, auth, url="https://example.org/cargo")
    assert response.status_code == 201, response.get_json()
    article = response.get_json()
    assert response.headers["Location"].endswith(f"/v1/articles/{article['id']}")
    assert article["url"] == "https://example.org/cargo" and article["facts"] >= 1
    assert writable_client.get(response.headers["Location"]).status_code == 200
    hits = writable_client.get("/v1/passages?q=containers").get_json()
    assert [h["article_id"] for h in hits["items"]] == [article["id"]]
    assert writable_client.get("/ready").get_json()["articles"] == 6


def test_same_content_again_is_200_with_the_same_article(writable_client, auth):
    first = post(writable_client, auth)
    again = post(writable_client, auth)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]
    assert writable_client.get("/ready").get_json()["articles"] == 6


def test_whitespace_only_differences_count_as_the_same_content(writable_client, auth):
    first = post(writable_client, auth)
    again = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE.replace("\n\n", "\n\n\n") + "  "},
                                 headers=auth)
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]


def test_file_lands_in_the_corpus(writable_client, writable_root, auth):
    article = post(writable_client, auth, title="Given title").get_json()
    assert (writable_root / "articles" / f"{article['id']}.txt").read_text() == NEW_ARTICLE
    assert article["title"] == "Given title"


@pytest.mark.parametrize("body, fragment", [
    ({"text": ""}, "text"),
    ({"text": "Too short."}, "short"),
    ({"text": NEW_ARTICLE, "published": "not a date"}, "published"),
    ({"text": NEW_ARTICLE, "url": "not a url"}, "url"),
    ({"text": NEW_ARTICLE, "extra": 1}, "extra"),
    ({"title": "no text"}, "text"),
])
def test_invalid_articles_are_rejected_clearly(writable_client, auth, body, fragment):
    response = writable_client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code in (400, 422)
    assert fragment in assert_problem(response, response.status_code)["detail"]


def test_non_utf8_body_is_422(writable_client, auth):
    response = writable_client.post("/v1/articles", data=b'{"text": "caf\xe9 ' + b"x" * 300 + b'"}',
                                    headers=auth, content_type="application/json")
    assert "UTF-8" in assert_problem(response, 422)["detail"]


def test_lone_surrogates_are_422(writable_client, auth):
    response = writable_client.post("/v1/articles", data='{"text": "\\udc80' + "x" * 300 + '"}',
                                    headers=auth, content_type="application/json")
    assert_problem(response, 422)


def test_delete_removes_article_passages_and_facts(writable_client, writable_root, auth):
    article = post(writable_client, auth).get_json()
    assert writable_client.delete(f"/v1/articles/{article['id']}", headers=auth).status_code == 204
    assert_problem(writable_client.get(f"/v1/articles/{article['id']}"), 404)
    assert writable_client.get("/v1/passages?q=containers").get_json()["total"] == 0
    assert writable_client.get(f"/v1/facts?article_id={article['id']}").get_json()["total"] == 0
    assert not (writable_root / "articles" / f"{article['id']}.txt").exists()
    assert_problem(writable_client.delete(f"/v1/articles/{article['id']}", headers=auth), 404)


def test_bundled_article_can_be_deleted(writable_client, auth):
    article_id = writable_client.get("/v1/articles").get_json()["items"][0]["id"]
    assert writable_client.delete(f"/v1/articles/{article_id}", headers=auth).status_code == 204
    assert writable_client.get("/ready").get_json()["articles"] == 4


def test_batch_reports_each_item(writable_client, auth):
    other = NEW_ARTICLE.replace("4.2 million containers", "3.9 million containers").replace("Cargo", "Freight")
    response = writable_client.post("/v1/articles:batch", headers=auth, json={"articles": [
        {"text": NEW_ARTICLE}, {"text": other}, {"text": NEW_ARTICLE}, {"text": NEW_ARTICLE[:150] + "\udc80" * 60}]})
    assert response.status_code == 200
    body = response.get_json()
    assert [item["status"] for item in body["items"]] == [201, 201, 200, 422]
    assert (body["created"], body["existing"], body["failed"]) == (2, 1, 1)
    assert body["items"][2]["article"]["id"] == body["items"][0]["article"]["id"]
    assert "Unicode" in body["items"][3]["problem"]["detail"] and body["items"][3]["article"] is None


def test_a_batch_with_an_invalid_article_is_refused_whole_and_stores_nothing(writable_client, auth):
    before = writable_client.get("/ready").get_json()["articles"]
    response = writable_client.post("/v1/articles:batch", headers=auth, json={"articles": [
        {"text": NEW_ARTICLE}, {"text": "short"}, {"text": 5}]})
    errors = assert_problem(response, 422)["errors"]["json"]["articles"]
    assert set(errors) == {"1", "2"} and "text" in errors["1"]  # by position, as JSON object keys
    assert writable_client.get("/ready").get_json()["articles"] == before


def test_batch_size_is_bounded(writable_client, auth):
    response = writable_client.post("/v1/articles:batch", headers=auth,
                                    json={"articles": [{"text": NEW_ARTICLE}] * 101})
    assert "between 1 and 100" in assert_problem(response, 422)["detail"]


def test_api_key_rotation_accepts_every_configured_key(writable_client):
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE},
                                    headers={"Authorization": "Bearer second-key"})
    assert response.status_code == 201
    assert API_KEY != "second-key"


def test_segments_are_merged_after_a_write_is_answered_not_before(writable_client, auth, monkeypatch):
    catalog = writable_client.application.extensions["claimdex"]
    calls = []

    def merge():
        calls.append(catalog.merge_due)
        catalog.merge_due = False

    monkeypatch.setattr(catalog, "merge_segments", merge)
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers=auth)
    assert response.status_code == 201 and catalog.merge_due is True
    response.close()  # the server closes the response once it has been sent
    assert calls == [True]
    writable_client.get("/v1/articles").close()  # a read after it merges nothing more
    assert calls == [True]


def _claimed(client) -> set[str]:
    return {f["article_id"] for c in client.get("/v1/claims?limit=100").get_json()["items"] for f in c["facts"]}


def test_a_write_is_answered_before_its_claims_settle_and_they_settle_once_it_is_sent(writable_client, auth):
    from tests.test_pending_claims import corroborating_text

    catalog = writable_client.application.extensions["claimdex"]
    response = writable_client.post("/v1/articles", json={"text": corroborating_text().decode()}, headers=auth)
    assert response.status_code == 201 and response.get_json()["claims_pending"] is True
    article_id = response.get_json()["id"]
    # Answered: the article is readable, and its claims are pending until the answer has been sent.
    assert writable_client.get(f"/v1/articles/{article_id}").status_code == 200
    assert writable_client.get("/ready").get_json()["claims_pending"] == 1
    assert article_id not in _claimed(writable_client) and catalog.settle_due
    response.close()  # the server closes the response once it has been sent
    assert writable_client.get("/ready").get_json()["claims_pending"] == 0
    assert article_id in _claimed(writable_client)
    again = writable_client.post("/v1/articles", json={"text": corroborating_text().decode()}, headers=auth)
    assert again.status_code == 200 and again.get_json()["claims_pending"] is False


def test_a_worker_that_reads_pending_claims_settles_them_after_its_answer(writable_root, auth):
    from service.app import create_app
    from service.catalog import Catalog
    from service.config import Settings
    from tests.conftest import settings_for
    from tests.test_pending_claims import corroborating_text

    other = Catalog(Settings().with_overrides(settings_for(writable_root)))  # another worker, stopped after writing
    article, _ = other.ingest(corroborating_text())
    client = create_app(settings_for(writable_root)).test_client()
    catalog = client.application.extensions["claimdex"]
    assert not catalog.settle_due
    listing = client.get("/v1/articles?limit=1")
    assert catalog.claims_pending(refresh=False) == [article["id"]]
    listing.close()
    assert catalog.claims_pending() == [] and article["id"] in _claimed(client)


ASYNC = {"Prefer": "respond-async"}


def test_respond_async_stores_and_queues_then_indexes_once_the_answer_is_sent(writable_client, writable_root, auth):
    catalog = writable_client.application.extensions["claimdex"]
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers={**auth, **ASYNC})
    assert response.status_code == 202, response.get_json()
    assert response.headers["Preference-Applied"] == "respond-async"
    queued = response.get_json()
    assert queued["status"] == "queued" and response.headers["Location"].endswith(f"/v1/articles/{queued['id']}")
    # Answered: stored and queued durably, not indexed yet; the article's URL says so.
    assert (writable_root / "articles" / f"{queued['id']}.txt").read_text() == NEW_ARTICLE
    assert writable_client.get("/ready").get_json()["articles_queued"] == 1
    pending = writable_client.get(response.headers["Location"])
    assert pending.status_code == 404 and "queued" in pending.get_json()["detail"]
    assert writable_client.post("/v1/articles", json={"text": NEW_ARTICLE},
                                headers={**auth, **ASYNC}).status_code == 202  # queued once, answered alike
    response.close()  # the server closes the response once it has been sent
    ready = writable_client.get("/ready").get_json()
    assert (ready["articles_queued"], ready["articles"], ready["claims_pending"]) == (0, 6, 0)
    article = writable_client.get(response.headers["Location"]).get_json()
    assert article["id"] == queued["id"] and article["facts"] >= 1 and not catalog.queue_due
    again = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers={**auth, **ASYNC})
    assert again.status_code == 200 and again.get_json()["facts"] == article["facts"]  # indexed: as without it


@pytest.mark.parametrize("prefer", ["wait=5, respond-async", "RESPOND-ASYNC;x=1", "respond-async=1"])
def test_respond_async_is_read_as_rfc_7240_preferences(writable_client, auth, prefer):
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers={**auth, "Prefer": prefer})
    assert response.status_code == 202


@pytest.mark.parametrize("prefer", ["return=minimal", "respond-asynchronously", ""])
def test_other_preferences_are_answered_synchronously(writable_client, auth, prefer):
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers={**auth, "Prefer": prefer})
    assert response.status_code == 201 and "Preference-Applied" not in response.headers


def test_respond_async_still_rejects_bad_input_before_storing(writable_client, writable_root, auth):
    before = sorted(p.name for p in (writable_root / "articles").iterdir())
    response = writable_client.post("/v1/articles", json={"text": "Too short."}, headers={**auth, **ASYNC})
    assert_problem(response, 422)
    assert sorted(p.name for p in (writable_root / "articles").iterdir()) == before


def test_a_queued_article_can_be_deleted_before_it_is_indexed(writable_client, writable_root, auth):
    response = writable_client.post("/v1/articles", json={"text": NEW_ARTICLE}, headers={**auth, **ASYNC})
    article_id = response.get_json()["id"]
    deleted = writable_client.delete(f"/v1/articles/{article_id}", headers=auth)
    assert deleted.status_code == 204
    response.close()
    deleted.close()
    assert writable_client.get(f"/v1/articles/{article_id}").status_code == 404
    ready = writable_client.get("/ready").get_json()
    assert (ready["articles_queued"], ready["articles"]) == (0, 5)
    assert not (writable_root / "articles" / f"{article_id}.txt").exists()


def test_articles_a_crashed_worker_queued_are_indexed_by_the_next_request(writable_root, auth):
    from service.app import create_app
    from service.catalog import Catalog
    from service.config import Settings
    from tests.conftest import settings_for

    other = Catalog(Settings().with_overrides(settings_for(writable_root)))  # a worker that dies after answering
    queued, _ = other.accept(NEW_ARTICLE.encode())
    client = create_app(settings_for(writable_root)).test_client()
    listing = client.get("/v1/articles?limit=1")
    assert client.get("/ready").get_json()["articles_queued"] == 1
    listing.close()
    assert client.get(f"/v1/articles/{queued['id']}").status_code == 200
    assert client.get("/ready").get_json()["articles_queued"] == 0
