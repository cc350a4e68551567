"""kill -9 the whole server mid-stream: every acknowledged article survives and is searchable."""

import threading
import time

import pytest
import requests

from tests.conftest import copy_corpus
from tests.e2e.articles import article
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.server
KEY = "crash-key"


@pytest.mark.parametrize("prefer", [None, "respond-async"], ids=["synchronous", "respond-async"])
def test_acknowledged_articles_survive_sigkill(tmp_path, prefer):
    """Answered 201 (indexed) or 202 (stored and queued, indexed after the answer): both survive."""
    copy_corpus(tmp_path / "articles")
    headers = {"Authorization": f"Bearer {KEY}", **({"Prefer": prefer} if prefer else {})}
    acknowledged, stop = [], threading.Event()
    server = LiveServer(tmp_path, workers=2, api_keys=KEY).start()

    def writer(offset):
        n = offset
        while not stop.is_set():
            try:
                response = requests.post(server.url + "/v1/articles", json={"text": article(n)}, headers=headers,
                                         timeout=10)
            except requests.RequestException:
                return
            if response.status_code in (200, 201, 202):
                acknowledged.append(response.json()["id"])
            n += 2

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 15 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(15)
    assert len(acknowledged) >= 15

    with LiveServer(tmp_path, workers=2, api_keys=KEY) as restarted:
        ready = requests.get(restarted.url + "/ready", timeout=5).json()
        assert ready["articles"] >= 5 + len(set(acknowledged))
        assert ready["claims_pending"] == 0  # what the kill left pending was settled at start-up
        assert ready["articles_queued"] == 0  # and what it left queued was indexed
        for article_id in set(acknowledged):
            assert requests.get(f"{restarted.url}/v1/articles/{article_id}", timeout=5).status_code == 200
            hits = requests.get(restarted.url + "/v1/passages",
                                params={"q": "council", "article_id": article_id}, timeout=5).json()
            assert hits["total"] >= 1
