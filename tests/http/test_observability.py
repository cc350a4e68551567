"""Request IDs, the JSON access log and the Prometheus metrics, through the Flask client."""

import json
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families

from service.observability import ACCESS_LOGGER, MAX_REQUEST_ID_LENGTH, request_id_from


def samples(client) -> dict:
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    out = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def count(metrics: dict, name: str, **labels) -> float:
    wanted = set(labels.items())
    return sum(value for (n, found), value in metrics.items() if n == name and wanted <= set(found))


@pytest.fixture
def access_lines():
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    handler = Collect()
    logging.getLogger(ACCESS_LOGGER).addHandler(handler)
    yield lines
    logging.getLogger(ACCESS_LOGGER).removeHandler(handler)


def test_a_valid_request_id_is_echoed(client):
    response = client.get("/health", headers={"X-Request-ID": "abc-123.def_456"})
    assert response.headers["X-Request-ID"] == "abc-123.def_456"


@pytest.mark.parametrize("header", ["", "x" * (MAX_REQUEST_ID_LENGTH + 1), "has space", "semi;colon", "<script>"])
def test_an_unsafe_request_id_is_replaced(client, header):
    response = client.get("/health", headers={"X-Request-ID": header})
    echoed = response.headers["X-Request-ID"]
    assert echoed != header and len(echoed) == 32 and echoed.isalnum()
    assert request_id_from(header) != request_id_from(header)  # freshly generated each time


def test_every_response_has_a_request_id_even_errors(client):
    assert len(client.get("/v1/nothing").headers["X-Request-ID"]) == 32


def test_access_log_is_one_json_object_per_request(client, access_lines):
    client.get("/v1/passages/p-unknown?x=1", headers={"X-Request-ID": "trace-42", "X-Forwarded-For": "10.0.0.9"})
    assert len(access_lines) == 1
    line = json.loads(access_lines[0])
    assert line["method"] == "GET" and line["route"] == "/v1/passages/<string:passage_id>"
    assert line["path"] == "/v1/passages/p-unknown" and line["status"] in (400, 404)
    assert line["request_id"] == "trace-42" and line["bytes"] > 0 and line["duration_ms"] >= 0
    assert line["remote_addr"] and line["forwarded_for"] == "10.0.0.9"


def test_access_log_can_be_turned_off(built_corpus, access_lines):
    from service.app import create_app
    from tests.conftest import settings_for

    create_app(settings_for(built_corpus, access_log=False)).test_client().get("/health")
    assert access_lines == []


def test_request_metrics_are_labelled_by_route_not_path(client):
    before = samples(client)
    for passage_id in ("p-1", "p-2", "p-3"):
        client.get(f"/v1/passages/{passage_id}")
    after = samples(client)
    route = "/v1/passages/<string:passage_id>"
    assert count(after, "claimdex_http_requests_total", route=route) - count(
        before, "claimdex_http_requests_total", route=route) == 3
    assert count(after, "claimdex_http_request_duration_seconds_count", route=route, method="GET") - count(
        before, "claimdex_http_request_duration_seconds_count", route=route, method="GET") == 3
    assert not any("p-1" in str(labels) for _, labels in after)


def test_status_is_a_label(client):
    before = samples(client)
    client.get("/v1/nothing-here")
    after = samples(client)
    assert count(after, "claimdex_http_requests_total", status="404", route="<unmatched>") - count(
        before, "claimdex_http_requests_total", status="404", route="<unmatched>") == 1


def test_index_metrics_match_ready(client):
    metrics = samples(client)
    ready = client.get("/ready").get_json()
    assert count(metrics, "claimdex_index_ready") == 1
    for kind in ("articles", "passages", "facts"):
        assert count(metrics, "claimdex_index_documents", kind=kind) == ready[kind]
    assert count(metrics, "claimdex_index_generation") == int(ready["generation"].rsplit(".", 1)[1])


def test_metrics_without_an_index_say_not_ready(tmp_path):
    from service.app import create_app
    from tests.conftest import settings_for

    client = create_app(settings_for(tmp_path)).test_client()
    metrics = samples(client)
    assert count(metrics, "claimdex_index_ready") == 0


def test_unknown_methods_share_one_label(client):
    for method in ("BREW", "PROPFIND", "XYZZY"):
        client.open("/health", method=method)
    metrics = samples(client)
    methods = {dict(labels).get("method") for name, labels in metrics if name == "claimdex_http_requests_total"}
    assert "other" in methods and not methods & {"BREW", "PROPFIND", "XYZZY"}


def test_metrics_need_a_key_when_reads_are_protected(built_corpus):
    from service.app import create_app
    from tests.conftest import settings_for

    client = create_app(settings_for(built_corpus, protect_reads=True, api_keys=("k",))).test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer k"}).status_code == 200


def test_metrics_report_the_articles_whose_claims_are_pending(writable_root):
    from service.app import create_app
    from service.catalog import Catalog
    from service.config import Settings
    from tests.conftest import settings_for
    from tests.test_pending_claims import corroborating_text

    client = create_app(settings_for(writable_root)).test_client()
    assert count(samples(client), "claimdex_claims_pending_articles") == 0
    writer = Catalog(Settings().with_overrides(settings_for(writable_root)))
    writer.ingest(corroborating_text())
    assert count(samples(client), "claimdex_claims_pending_articles") == 1
    writer.settle_claims()
    assert count(samples(client), "claimdex_claims_pending_articles") == 0
