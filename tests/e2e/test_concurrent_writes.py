"""Many writers against real gunicorn with 4 workers: nothing lost, nothing doubled, no 500."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.conftest import copy_corpus
from tests.e2e.articles import article
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.server
KEY = "concurrency-key"
ARTICLES = 200
DUPLICATES = 40
SETTLE_TIMEOUT = 120  # seconds for the last writes' claims to settle on a loaded machine


def test_eight_threads_post_200_articles_and_duplicates(tmp_path):
    copy_corpus(tmp_path / "articles")
    payloads = [article(n) for n in range(ARTICLES)] + [article(n) for n in range(0, ARTICLES, ARTICLES // DUPLICATES)]
    headers = {"Authorization": f"Bearer {KEY}"}
    with LiveServer(tmp_path, workers=4, api_keys=KEY,
                    extra_env={"CLAIMDEX_WRITE_LOCK_TIMEOUT": "30"}) as server:
        session = requests.Session()

        def post(text):
            for _ in range(20):
                response = requests.post(server.url + "/v1/articles", json={"text": text}, headers=headers,
                                         timeout=60)
                if response.status_code != 503:
                    return text, response.status_code, response.json()
            return text, response.status_code, response.json()

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(post, payloads))

        statuses = [status for _, status, _ in results]
        assert 500 not in statuses
        assert set(statuses) <= {200, 201}, {s for s in statuses if s not in (200, 201)}
        ids_by_text = {}
        for text, _, body in results:
            ids_by_text.setdefault(text, set()).add(body["id"])
        assert all(len(ids) == 1 for ids in ids_by_text.values())
        assert statuses.count(201) == ARTICLES

        ready = session.get(server.url + "/ready", timeout=5).json()
        assert ready["articles"] == 5 + ARTICLES
        listed = session.get(server.url + "/v1/articles?limit=100&offset=0", timeout=5).json()
        assert listed["total"] == 5 + ARTICLES
        # Every acknowledged article is retrievable exactly once, whichever worker answers.
        for ids in ids_by_text.values():
            (article_id,) = ids
            assert session.get(f"{server.url}/v1/articles/{article_id}", timeout=5).status_code == 200
            hits = session.get(server.url + "/v1/passages", params={"article_id": article_id, "limit": 100},
                               timeout=5).json()
            positions = [h["index"] for h in hits["items"]]
            assert len(positions) == len(set(positions)) > 0
        counts = {session.get(server.url + "/ready", timeout=5).json()["articles"] for _ in range(12)}
        assert counts == {5 + ARTICLES}
        # Every write's claims settle after its answer, each record once, whichever worker writes or reads next.
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while session.get(server.url + "/ready", timeout=5).json()["claims_pending"] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session.get(server.url + "/ready", timeout=5).json()["claims_pending"] == 0
