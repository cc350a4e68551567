"""Application factory."""

from __future__ import annotations

import logging
from types import FunctionType
from typing import Mapping

import swagger_ui_bundle
from flask import Blueprint, Flask, redirect, request

from . import __version__, body, http, observability
from .auth import SECURITY_SCHEME, check_request
from .catalog import Catalog
from .config import Settings
from .errors import ProblemApi, register_error_handlers
from .routes import articles, claims, entities, facts, health, passages, spec
from .routes.common import SchemaRulesPlugin
from .routes.headers import ResponseHeadersPlugin

SYNC_FUNCTIONS_KEPT = 4096  # functions ensure_sync remembers as synchronous (hooks, views and their wrappers)
API_DESCRIPTION = """\
Claimdex cleans scraped news articles, splits them into passages, extracts checkable facts (entities,
normalised quantities, attribution, negation) and serves them from a Whoosh full-text index.

Every error is an RFC 9457 `application/problem+json` document. Writes need `Authorization: Bearer <key>`.
"""


class ClaimdexFlask(Flask):
    """Flask that remembers which plain functions ``ensure_sync`` found synchronous: Flask asks ``inspect`` about
    every hook, view and wrapper on every request (about fifteen times per read); the answer never changes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sync_functions: set = set()

    def ensure_sync(self, func):
        plain = type(func) is FunctionType
        if plain and func in self._sync_functions:
            return func
        found = super().ensure_sync(func)
        if plain and found is func and len(self._sync_functions) < SYNC_FUNCTIONS_KEPT:
            self._sync_functions.add(func)
        return found


def _api_config(settings: Settings) -> dict:
    return {
        "API_TITLE": "Claimdex",
        "API_VERSION": __version__,
        "OPENAPI_VERSION": "3.1.0",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        # Swagger UI is served from the swagger-ui-bundle-v2 package, never from a CDN.
        "OPENAPI_SWAGGER_UI_URL": "/_swagger-ui/",
        "OPENAPI_SWAGGER_UI_CONFIG": {"validatorUrl": None, "tryItOutEnabled": False},
        "API_SPEC_OPTIONS": {
            "info": {"description": API_DESCRIPTION, "license": {"name": "MIT", "identifier": "MIT"}},
            "servers": [{"url": settings.public_url or "/", "description": "This server"}],
        },
        "MAX_CONTENT_LENGTH": settings.max_body_bytes,
    }


def _after_writes(app: Flask) -> None:
    """Once a write's answer has been sent, the articles it queued are indexed (``Catalog.index_queued``), its
    claims are settled (``Catalog.settle_claims``), then the segments writes leave are merged
    (``Catalog.merge_segments``): the client waits for none of these, only this worker's next request may. A worker
    that finds queued articles or pending-claims records it did not write (a crash, or a worker that gave up) does
    that work after its answer too, without waiting for the write lock: whoever holds it does it after itself."""
    catalog = app.extensions["claimdex"]
    log = logging.getLogger(__name__)

    def index(own: bool) -> None:
        try:
            result = catalog.index_queued(wait=own)
        except Exception:  # noqa: BLE001 - the articles are stored and stay queued; indexed next time
            log.exception("indexing queued articles failed")
            return
        if result["indexed"]:
            observability.observe_queue(result)

    def settle(own: bool) -> None:
        try:
            result = catalog.settle_claims(wait=own)
        except Exception:  # noqa: BLE001 - the write is committed with its pending record; settled next time
            log.exception("settling pending claims failed")
            return
        if result["records"]:
            observability.observe_settle(result)

    def merge() -> None:
        try:
            catalog.merge_segments()
        except Exception:  # noqa: BLE001 - the write is done and answered; a failed merge is retried next time
            log.exception("merging index segments failed")

    def after_close(own: bool, queued: bool = False) -> None:
        if queued:
            index(own)
            own = own or catalog.settle_due
        # Pending records seen in an older generation may be settled already: look again (this reopens the
        # reader, as the worker's next read would) before taking the lock.
        if own or _pending_claims(catalog, refresh=True):
            settle(own)
        if catalog.merge_due:
            merge()

    @app.after_request
    def settle_and_merge_later(response):
        own = catalog.queue_due or catalog.settle_due
        queued = catalog.queue_due or bool(catalog.queue.ids())
        if own:
            response.call_on_close(lambda: after_close(True, queued))
        elif queued or _pending_claims(catalog, refresh=False):
            response.call_on_close(lambda: after_close(False, queued))
        elif catalog.merge_due:
            response.call_on_close(merge)
        return response


def _pending_claims(catalog, *, refresh: bool) -> bool:
    """Whether the index holds pending claims: in the generation this worker last read (``refresh=False``, no disk
    access), or in the live one (``refresh=True``, reopening the reader as the worker's next read would)."""
    try:
        return bool(catalog.claims_pending(refresh=refresh))
    except Exception:  # noqa: BLE001 - an unreadable index is reported by the reads themselves
        return False


def create_app(config: Mapping | None = None) -> Flask:
    """Build the app; ``config`` overrides settings read from the environment (keys are Settings fields)."""
    settings = Settings.from_env().with_overrides(config or {})
    app = ClaimdexFlask(__name__)
    app.config.update(_api_config(settings))
    app.json.sort_keys = False
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    app.extensions["claimdex"] = Catalog(settings)
    observability.init_app(app)  # first: its clock wraps every other hook
    api = ProblemApi(app, spec_kwargs={"extra_plugins": [ResponseHeadersPlugin(), SchemaRulesPlugin()]})
    api.spec.components.security_scheme(
        SECURITY_SCHEME, {"type": "http", "scheme": "bearer", "description": "One of the keys in CLAIMDEX_API_KEYS"})
    register_error_handlers(app)
    # Request hooks, in the order they run: clock and request ID, CORS preflight, read protection, the body guard
    # (size, write key, JSON), then the 304 for reads the client already has.
    http.init_app(app)
    if settings.protect_reads:
        _protect_reads(app)
    body.init_app(app)
    http.init_conditional_reads(app)
    _after_writes(app)

    for module in (health, articles, passages, facts, entities, claims):
        api.register_blueprint(module.blp)
    app.register_blueprint(spec.blp)
    app.register_blueprint(Blueprint("swagger_ui_files", __name__, static_folder=swagger_ui_bundle.swagger_ui_path,
                                     static_url_path="/_swagger-ui"))

    @app.route("/")
    def index():
        return redirect("/docs", code=302)

    return app


def _protect_reads(app: Flask) -> None:
    open_paths = ("/health", "/ready", "/docs", "/_swagger-ui", "/openapi")

    @app.before_request
    def protect_reads():
        if not request.path.startswith(open_paths) and request.path != "/":
            return check_request()
        return None
