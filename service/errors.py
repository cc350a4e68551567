"""Every error leaves as RFC 9457 ``application/problem+json``; domain exceptions are mapped here, in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Callable

import marshmallow as ma
from flask import Flask, Response, g, json, request
from flask_smorest import Api
from flask_smorest.spec import prepare_response
from werkzeug.exceptions import HTTPException

from .catalog import NotFound
from .corpus import CorpusError
from .pipeline.errors import ArticleRejected, ClaimInputError, GazetteerError
from .search.errors import IndexBuildIncomplete, IndexBusy, IndexUnavailable, IndexVersionMismatch, QuerySyntaxError

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"


class BodyTooDeep(ValueError):
    """A JSON body nests deeper than any valid request; refused before parsing."""


class BodyNotUtf8(ValueError):
    """A JSON body is not UTF-8 text."""


class ProblemSchema(ma.Schema):
    """An RFC 9457 problem details object."""

    type = ma.fields.String(metadata={"description": "URI reference identifying the problem type"})
    title = ma.fields.String(metadata={"description": "Short summary of the problem type"})
    status = ma.fields.Integer(metadata={"description": "HTTP status code"})
    detail = ma.fields.String(metadata={"description": "Explanation specific to this occurrence"})
    instance = ma.fields.String(metadata={"description": "The request path"})
    errors = ma.fields.Dict(metadata={"description": "Validation errors by location and field"})


def problem(status: int, detail: str | None = None, *, errors: dict | None = None,
            headers: dict | None = None, type_: str = "about:blank") -> Response:
    body = {"type": type_, "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.path
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _validation_detail(errors: dict) -> str:
    parts = []
    for location, fields in errors.items():
        if isinstance(fields, dict):
            for name, messages in fields.items():
                text = "; ".join(messages) if isinstance(messages, list) else str(messages)
                parts.append(f"{name} ({location}): {text}")
        else:
            parts.append(f"{location}: {fields}")
    return "invalid request: " + "; ".join(parts) if parts else "invalid request"


class ProblemApi(Api):
    """flask-smorest's Api, documenting and emitting problem+json instead of its own error body."""

    ERROR_SCHEMA = ProblemSchema
    # No catch-all `default` response: each operation lists the error statuses it can answer (routes/common.py).
    DEFAULT_ERROR_RESPONSE_NAME = None

    def _register_pagination_header(self):
        """Pages are described in the body (total, limit, offset), never in an X-Pagination header."""

    def _register_responses(self):
        for status in HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        # Keep werkzeug's own headers (405's Allow, 401's WWW-Authenticate) but not its content type.
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        headers.update(data.get("headers") or {})
        errors = data.get("errors") or data.get("messages")
        if errors:
            detail = _validation_detail(errors)
        else:
            detail = data.get("message") or error.description
        return problem(error.code or 500, detail, errors=errors, headers=headers)


@dataclass(frozen=True)
class ProblemMapping:
    """How one domain exception becomes a problem: its status, and its detail, headers and field errors."""

    status: int
    detail: Callable[[Exception], str] = str
    headers: Callable[[Exception], dict] = lambda error: {}
    errors: Callable[[Exception], dict | None] = lambda error: None
    log_as_error: bool = False


def _retry_after(seconds: int) -> Callable[[Exception], dict]:
    return lambda error: {"Retry-After": str(getattr(error, "retry_after", seconds))}


# Every domain exception the service can raise, and the status it answers with. Subclasses inherit their base's
# mapping unless listed themselves; anything not covered here is a logged 500.
REGISTRY: dict[type[Exception], ProblemMapping] = {
    NotFound: ProblemMapping(404),
    QuerySyntaxError: ProblemMapping(400, lambda error: f"invalid query: {error}",
                                     errors=lambda error: {"query": {"q": [str(error)]}}),
    BodyTooDeep: ProblemMapping(400),
    BodyNotUtf8: ProblemMapping(422),
    ArticleRejected: ProblemMapping(422),
    ClaimInputError: ProblemMapping(422, lambda error: f"invalid claim: {error}"),
    IndexBusy: ProblemMapping(503, lambda error: f"{error}; retry later", _retry_after(1)),
    IndexUnavailable: ProblemMapping(503, lambda error: f"the index is not available: {error}", _retry_after(30)),
    IndexVersionMismatch: ProblemMapping(503, lambda error: f"the index is not available: {error}", _retry_after(30)),
    IndexBuildIncomplete: ProblemMapping(503, lambda error: f"the build failed and the live index is kept: {error}",
                                         _retry_after(30), log_as_error=True),
    CorpusError: ProblemMapping(500, lambda error: "the server's article store is misconfigured or damaged",
                         log_as_error=True),
    GazetteerError: ProblemMapping(500, lambda error: "the server's article store is misconfigured or damaged",
                            log_as_error=True),
}


def mapping_for(error: Exception) -> ProblemMapping | None:
    """The registry entry of the error's class or its nearest registered base class."""
    for cls in type(error).__mro__:
        if cls in REGISTRY:
            return REGISTRY[cls]
    return None


def problem_for(error: Exception) -> Response:
    """The problem+json response for a registered domain exception."""
    mapping = mapping_for(error)
    if mapping is None:
        raise TypeError(f"{type(error).__name__} is not in the error registry")
    if mapping.log_as_error:
        log.error("%s: %s", type(error).__name__, error)
    return problem(mapping.status, mapping.detail(error), errors=mapping.errors(error),
                   headers=mapping.headers(error))


def register_error_handlers(app: Flask) -> None:
    for exception in REGISTRY:
        app.register_error_handler(exception, problem_for)

    @app.errorhandler(RecursionError)
    def too_deep(error):
        # A last line of defence: bodies are depth-checked before parsing, but no input may ever cause a 500.
        return problem(400, "the input is nested too deeply")

    @app.errorhandler(Exception)
    def unexpected(error):
        if isinstance(error, HTTPException):
            return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].handle_http_exception(error)
        log.exception("unhandled error on %s %s (request %s)", request.method, request.path, g.get("request_id"))
        return problem(500, "an unexpected error occurred; it has been logged")
