"""The real server over HTTP on loopback."""

import requests

import pytest

pytestmark = pytest.mark.server


def test_start_up_builds_the_index_and_serves_it(live_server):
    ready = requests.get(live_server.url + "/ready", timeout=5).json()
    assert ready["articles"] == 5 and ready["facts"] > 0


def test_passage_search_over_http(live_server):
    response = requests.get(live_server.url + "/v1/passages", params={"q": "ATACMS"}, timeout=5)
    assert response.status_code == 200
    body = response.json()
    assert len({item["article_id"] for item in body["items"]}) == 3
    assert all("<mark>" in item["highlight"] for item in body["items"])


def test_facts_over_http(live_server):
    body = requests.get(live_server.url + "/v1/facts", params={"about": "ATACMS"}, timeout=5).json()
    units = {q["unit"] for f in body["items"] for q in f["quantities"]}
    assert units & {"mile", "miles", "km"}


def test_errors_over_http_are_problem_json(live_server):
    response = requests.get(live_server.url + "/v1/passages", params={"q": '"open'}, timeout=5)
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"


def test_every_worker_answers(live_server):
    # Many sequential connections spread over both workers; all must agree on the counts.
    seen = {requests.get(live_server.url + "/ready", timeout=5).json()["facts"] for _ in range(20)}
    assert len(seen) == 1
