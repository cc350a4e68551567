"""Request IDs, a JSON access log line per request, and Prometheus metrics (correct across gunicorn workers).

Under gunicorn, ``service/gunicorn_conf.py`` sets ``PROMETHEUS_MULTIPROC_DIR`` before any worker imports this
module, so every worker writes its samples to that directory and ``/metrics`` aggregates them, whichever worker
answers the scrape. Without it (tests, a single process) the metrics live in the process.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid

from flask import Flask, Response, current_app, g, request
from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram,
                               generate_latest, multiprocess)
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily

REQUEST_ID_HEADER = "X-Request-ID"
MAX_REQUEST_ID_LENGTH = 128
REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._~:/+=@-]{1,%d}" % MAX_REQUEST_ID_LENGTH)
UNMATCHED_ROUTE = "<unmatched>"
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
ACCESS_LOGGER = "claimdex.access"
# Label values must stay few: a client can send any method token, so unknown ones share one label.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "other"

REQUESTS = Counter("claimdex_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram("claimdex_http_request_duration_seconds", "Time to answer an HTTP request",
                    ["method", "route", "status"], buckets=LATENCY_BUCKETS)
SETTLE_SECONDS = Histogram("claimdex_claims_settle_duration_seconds",
                           "Time to settle pending claims after a write was answered", buckets=LATENCY_BUCKETS)
SETTLED_ARTICLES = Counter("claimdex_claims_settled_articles", "Articles whose pending claims were settled")


def observe_settle(result: dict) -> None:
    """A settle of pending claims (``Catalog.settle_claims``) that did some work."""
    SETTLE_SECONDS.observe(result["seconds"])
    SETTLED_ARTICLES.inc(result["articles"])


def request_id_from(header: str | None) -> str:
    """The client's request ID when it is short and made of safe characters, else a new one."""
    if header and REQUEST_ID_RE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def _route() -> str:
    return request.url_rule.rule if request.url_rule is not None else UNMATCHED_ROUTE


def _start():
    g.started = time.perf_counter()
    g.request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))


def _finish(response: Response) -> Response:
    elapsed = time.perf_counter() - g.get("started", time.perf_counter())
    request_id = g.get("request_id") or request_id_from(None)
    response.headers[REQUEST_ID_HEADER] = request_id
    method = request.method if request.method in KNOWN_METHODS else OTHER_METHOD
    route, status = _route(), str(response.status_code)
    REQUESTS.labels(method, route, status).inc()
    LATENCY.labels(method, route, status).observe(elapsed)
    if current_app.extensions["claimdex"].settings.access_log:
        _log_access(response, route, elapsed, request_id)
    return response


def _log_access(response: Response, route: str, elapsed: float, request_id: str) -> None:
    line = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "method": request.method, "route": route,
            "path": request.path, "status": response.status_code, "duration_ms": round(elapsed * 1000, 3),
            "request_id": request_id, "bytes": response.content_length or 0, "remote_addr": request.remote_addr,
            "forwarded_for": request.headers.get("X-Forwarded-For"), "user_agent": request.user_agent.string}
    access_logger().info(json.dumps(line, ensure_ascii=False))


def access_logger() -> logging.Logger:
    """One JSON object per line on stdout, apart from the application log."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


class IndexCollector:
    """Index generation and document counts, read from the index at scrape time."""

    def __init__(self, catalog):
        self.catalog = catalog

    def collect(self):
        ready = GaugeMetricFamily("claimdex_index_ready", "1 when an index is loaded")
        try:
            status = self.catalog.status()
        except Exception:  # an unavailable index is a metric value, not a failed scrape
            ready.add_metric([], 0)
            yield ready
            return
        ready.add_metric([], 1)
        yield ready
        documents = GaugeMetricFamily("claimdex_index_documents", "Documents in the index", labels=["kind"])
        for kind, count in status["counts"].items():
            documents.add_metric([kind], count)
        yield documents
        pending = GaugeMetricFamily("claimdex_claims_pending_articles",
                                    "Articles committed whose claims are not settled yet")
        pending.add_metric([], status["claims_pending"])
        yield pending
        build, _, generation = status["generation"].rpartition(".")
        gauge = GaugeMetricFamily("claimdex_index_generation", "Commit generation of the live index")
        gauge.add_metric([], int(generation))
        yield gauge
        info = InfoMetricFamily("claimdex_index", "The live index build")
        info.add_metric([], {"build": build, "extractor_version": str(status.get("extractor_version")),
                             "schema_version": str(status.get("schema_version"))})
        yield info


class _ProcessMetrics:
    """The default registry's metrics, for a single process."""

    def collect(self):
        yield from REGISTRY.collect()


def metrics_registry(catalog) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_ProcessMetrics())
    registry.register(IndexCollector(catalog))
    return registry


def metrics():
    """Prometheus metrics in the text exposition format."""
    body = generate_latest(metrics_registry(current_app.extensions["claimdex"]))
    return Response(body, mimetype=CONTENT_TYPE_LATEST.split(";")[0],
                    headers={"Content-Type": CONTENT_TYPE_LATEST, "Cache-Control": "no-store"})


def init_app(app: Flask) -> None:
    """Register first: the request clock starts before any other hook and stops after all others."""
    app.before_request(_start)
    app.after_request(_finish)
    app.add_url_rule("/metrics", "metrics", metrics)
