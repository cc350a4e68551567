"""Observability over real gunicorn: metrics summed across workers, request IDs, JSON access log lines."""

import json

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.server

ROUTE = "/v1/articles/<string:article_id>"


def request_count(url: str, route: str) -> float:
    text = requests.get(url + "/metrics", timeout=5).text
    return sum(sample.value for family in text_string_to_metric_families(text) for sample in family.samples
               if sample.name == "claimdex_http_requests_total" and sample.labels["route"] == route)


def test_metrics_count_requests_from_every_worker(live_server):
    before = request_count(live_server.url, ROUTE)
    for n in range(30):
        # A new connection each time, so both workers answer some of them.
        response = requests.get(f"{live_server.url}/v1/articles/none-{n}", headers={"Connection": "close"}, timeout=5)
        assert response.status_code == 404
    # Whichever worker answers the scrape, it reports all workers' samples.
    counts = {request_count(live_server.url, ROUTE) - before for _ in range(6)}
    assert counts == {30.0}, counts


def test_request_id_is_echoed_and_logged(live_server):
    response = requests.get(live_server.url + "/health", headers={"X-Request-ID": "e2e-trace-7"}, timeout=5)
    assert response.headers["X-Request-ID"] == "e2e-trace-7"
    lines = [json.loads(line) for line in live_server.log.read_text().splitlines() if line.startswith("{")]
    mine = [line for line in lines if line["request_id"] == "e2e-trace-7"]
    assert len(mine) == 1 and mine[0]["route"] == "/health" and mine[0]["status"] == 200
    assert mine[0]["duration_ms"] > 0
