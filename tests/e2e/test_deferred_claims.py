"""Real gunicorn: a POST is answered before its claims are regrouped, and the claims follow; none is lost to a crash."""

import time

import pytest
import requests

from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer
from tests.test_pending_claims import corroborating_text, write_then_kill

pytestmark = pytest.mark.server
KEY = "settle-key"
SETTLE_TIMEOUT = 60  # seconds; generous for a loaded machine, the settle itself takes well under one


def claimed_articles(url: str) -> set[str]:
    body = requests.get(url + "/v1/claims", params={"limit": 100}, timeout=10).json()
    assert body["total"] <= 100
    return {fact["article_id"] for claim in body["items"] for fact in claim["facts"]}


def wait_until_settled(url: str) -> dict:
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        ready = requests.get(url + "/ready", timeout=10).json()
        if ready["claims_pending"] == 0:
            return ready
        time.sleep(0.05)
    raise AssertionError(f"claims still pending after {SETTLE_TIMEOUT}s: {ready}")


def test_a_posted_article_is_readable_at_once_and_its_claims_follow(tmp_path):
    copy_corpus(tmp_path / "articles")
    with LiveServer(tmp_path, workers=2, api_keys=KEY) as server:
        assert requests.get(server.url + "/ready", timeout=10).json()["claims_pending"] == 0
        response = requests.post(server.url + "/v1/articles", json={"text": corroborating_text().decode()},
                                 headers={"Authorization": f"Bearer {KEY}"}, timeout=60)
        assert response.status_code == 201, response.text
        article = response.json()
        # Acknowledged means committed: whichever worker answers has the article and its facts.
        for _ in range(4):
            assert requests.get(f"{server.url}/v1/articles/{article['id']}", timeout=10).status_code == 200
        facts = requests.get(server.url + "/v1/facts", params={"article_id": article["id"], "limit": 100},
                             timeout=10).json()
        assert facts["total"] == article["facts"] >= 3
        wait_until_settled(server.url)
        assert article["id"] in claimed_articles(server.url)
        metrics = requests.get(server.url + "/metrics", timeout=10).text
        assert "claimdex_claims_pending_articles 0.0" in metrics
        assert "claimdex_claims_settle_duration_seconds_count" in metrics


def test_an_asynchronous_ingest_is_answered_once_stored_then_indexed_with_its_claims(tmp_path):
    copy_corpus(tmp_path / "articles")
    with LiveServer(tmp_path, workers=2, api_keys=KEY) as server:
        response = requests.post(server.url + "/v1/articles", json={"text": corroborating_text().decode()},
                                 headers={"Authorization": f"Bearer {KEY}", "Prefer": "respond-async"}, timeout=60)
        assert response.status_code == 202 and response.headers["Preference-Applied"] == "respond-async"
        location = server.url + response.headers["Location"]
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while requests.get(location, timeout=10).status_code != 200:  # indexed after the answer
            assert time.monotonic() < deadline, "the queued article was never indexed"
            time.sleep(0.05)
        ready = wait_until_settled(server.url)
        assert ready["articles_queued"] == 0 and ready["articles"] == 6
        assert response.json()["id"] in claimed_articles(server.url)
        metrics = requests.get(server.url + "/metrics", timeout=10).text
        assert "claimdex_queue_articles 0.0" in metrics and "claimdex_queue_indexed_articles_total 1.0" in metrics


@pytest.mark.parametrize("reconcile_on_start", ["true", "false"])
def test_claims_pending_when_a_writer_was_killed_appear_after_a_restart(tmp_path, reconcile_on_start):
    copy_corpus(tmp_path / "articles")
    with LiveServer(tmp_path, workers=2):  # builds the index
        pass
    article_id = write_then_kill(tmp_path)  # SIGKILL between the write's commit and the settling commit
    env = {"CLAIMDEX_RECONCILE_ON_START": reconcile_on_start}
    with LiveServer(tmp_path, workers=2, extra_env=env) as server:
        # At start-up, or else by the first worker whose reads see the pending record.
        wait_until_settled(server.url)
        assert requests.get(f"{server.url}/v1/articles/{article_id}", timeout=10).status_code == 200
        assert article_id in claimed_articles(server.url)
