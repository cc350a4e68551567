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
ACCESS_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
REQUEST_ID_ENVIRON = "HTTP_" + REQUEST_ID_HEADER.upper().replace("-", "_")
UUID_VARIANT_MASK, UUID_VARIANT_RFC4122 = 0xC000 << 48, 0x8000 << 48
UUID_VERSION_MASK, UUID_VERSION_4 = 0xF000 << 64, 4 << 76
# Label values must stay few: a client can send any method token, so unknown ones share one label.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "other"

REQUESTS = Counter("claimdex_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram("claimdex_http_request_duration_seconds", "Time to answer an HTTP request",
                    ["method", "route", "status"], buckets=LATENCY_BUCKETS)
SETTLE_SECONDS = Histogram("claimdex_claims_settle_duration_seconds",
                           "Time to settle pending claims after a write was answered", buckets=LATENCY_BUCKETS)
SETTLED_ARTICLES = Counter("claimdex_claims_settled_articles", "Articles whose pending claims were settled")
QUEUE_SECONDS = Histogram("claimdex_queue_index_duration_seconds",
                          "Time to index queued articles after an asynchronous ingest was answered",
                          buckets=LATENCY_BUCKETS)
QUEUE_INDEXED = Counter("claimdex_queue_indexed_articles", "Queued articles indexed")


def observe_settle(result: dict) -> None:
    """A settle of pending claims (``Catalog.settle_claims``) that did some work."""
    SETTLE_SECONDS.observe(result["seconds"])
    SETTLED_ARTICLES.inc(result["articles"])


def observe_queue(result: dict) -> None:
    """An indexing of queued articles (``Catalog.index_queued``) that did some work."""
    QUEUE_SECONDS.observe(result["seconds"])
    QUEUE_INDEXED.inc(result["indexed"])


def request_id_from(header: str | None) -> str:
    """The client's request ID when it is short and made of safe characters, else a new one."""
    if header and REQUEST_ID_RE.fullmatch(header):
        return header
    return new_request_id()


def new_request_id() -> str:
    """``uuid.uuid4().hex``, the same bits (random, then the version 4 and RFC 4122 variant bits) without building
    a ``UUID`` object."""
    number = int.from_bytes(os.urandom(16), "big")
    number = (number & ~UUID_VARIANT_MASK) | UUID_VARIANT_RFC4122
    number = (number & ~UUID_VERSION_MASK) | UUID_VERSION_4
    return "%032x" % number


def _route(req) -> str:
    return req.url_rule.rule if req.url_rule is not None else UNMATCHED_ROUTE


def _start():
    g.started = time.perf_counter()
    g.request_id = request_id_from(request.environ.get(REQUEST_ID_ENVIRON))


class _RequestMetrics:
    """The request counter's and latency histogram's children by (method, route, status), each looked up once:
    ``labels()`` takes a lock and rebuilds its label tuple on every call. The label values are few (known
    methods, routes, statuses)."""

    def __init__(self):
        self.children: dict[tuple[str, str, str], tuple] = {}

    def observe(self, method: str, route: str, status: str, elapsed: float) -> None:
        key = (method, route, status)
        children = self.children.get(key)
        if children is None:
            children = self.children[key] = (REQUESTS.labels(method, route, status),
                                             LATENCY.labels(method, route, status))
        children[0].inc()
        children[1].observe(elapsed)


def _finisher(app: Flask):
    """The after-request hook: request ID header, metrics, then the access log line."""
    metrics = _RequestMetrics()

    def _finish(response: Response) -> Response:
        elapsed = time.perf_counter() - g.get("started", time.perf_counter())
        req = request._get_current_object()
        request_id = g.get("request_id") or request_id_from(None)
        response.headers[REQUEST_ID_HEADER] = request_id
        method = req.method if req.method in KNOWN_METHODS else OTHER_METHOD
        route = _route(req)
        metrics.observe(method, route, str(response.status_code), elapsed)
        if app.extensions["claimdex"].settings.access_log:
            _log_access(req, response, route, elapsed, request_id)
        return response

    return _finish


class _UtcSecond:
    """``time.strftime(ACCESS_TIME_FORMAT, time.gmtime())``, formatted once per second."""

    def __init__(self):
        self.second, self.text = None, ""

    def now(self) -> str:
        second = int(time.time())
        if second != self.second:
            self.text = time.strftime(ACCESS_TIME_FORMAT, time.gmtime(second))
            self.second = second
        return self.text


_utc_second = _UtcSecond()
_ACCESS_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) builds per call


def _log_access(req, response: Response, route: str, elapsed: float, request_id: str) -> None:
    environ = req.environ
    line = {"time": _utc_second.now(), "method": req.method, "route": route,
            "path": req.path, "status": response.status_code, "duration_ms": round(elapsed * 1000, 3),
            "request_id": request_id, "bytes": response.content_length or 0, "remote_addr": environ.get("REMOTE_ADDR"),
            "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR"), "user_agent": environ.get("HTTP_USER_AGENT", "")}
    _access.write(_ACCESS_JSON.encode(line))


class _AccessLog:
    """Writes access lines to the access logger. While that logger is as ``access_logger`` set it up (its one
    handler and formatter, no filters, INFO enabled), a line is written to the handler's stream as its ``emit``
    would write it (message, terminator, flush, under the handler's lock) without building a LogRecord; any
    other set-up (another handler, a filter, a level) goes through ``Logger.info``."""

    def __init__(self):
        self.logger: logging.Logger | None = None
        self.handler: logging.StreamHandler | None = None
        self.formatter: logging.Formatter | None = None

    def setup(self) -> logging.Logger:
        logger = logging.getLogger(ACCESS_LOGGER)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stdout)
            handler.setFormatter(logging.Formatter("%(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
            logger.propagate = False
            self.handler, self.formatter = handler, handler.formatter
        self.logger = logger
        return logger

    def _direct(self, logger: logging.Logger) -> logging.StreamHandler | None:
        handler = self.handler
        handlers = logger.handlers
        if (len(handlers) != 1 or handlers[0] is not handler or handler.formatter is not self.formatter
                or logger.filters or handler.filters or handler.level > logging.INFO
                or not logger.isEnabledFor(logging.INFO)):
            return None
        return handler

    def write(self, line: str) -> None:
        logger = self.logger
        if logger is None or not logger.handlers:  # as access_logger(): a logger left without handlers gets one
            logger = self.setup()
        handler = self._direct(logger)
        if handler is None:
            logger.info(line)
            return
        handler.acquire()
        try:
            handler.stream.write(line + handler.terminator)
            handler.flush()
        except RecursionError:
            raise
        except Exception:  # noqa: BLE001 - as StreamHandler.emit: reported by handleError, the request goes on
            handler.handleError(logger.makeRecord(logger.name, logging.INFO, "", 0, line, None, None))
        finally:
            handler.release()


_access = _AccessLog()


def access_logger() -> logging.Logger:
    """One JSON object per line on stdout, apart from the application log."""
    return _access.setup()


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
        queued = GaugeMetricFamily("claimdex_queue_articles", "Articles accepted and stored, not indexed yet")
        queued.add_metric([], status["articles_queued"])
        yield queued
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
    app.after_request(_finisher(app))
    app.add_url_rule("/metrics", "metrics", metrics)
