"""Every error leaves as RFC 9457 ``application/problem+json``; domain exceptions are mapped here, in one place."""

from __future__ import annotations

import logging
from http import HTTPStatus

import marshmallow as ma
from flask import Flask, Response, json, request
from flask_smorest import Api
from flask_smorest.spec import prepare_response
from werkzeug.exceptions import HTTPException

from .catalog import NotFound
from .corpus import CorpusError
from .pipeline.errors import ArticleRejected, GazetteerError
from .search.errors import IndexBusy, IndexUnavailable, IndexVersionMismatch, QuerySyntaxError

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"


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


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(NotFound)
    def not_found(error):
        return problem(404, str(error))

    @app.errorhandler(QuerySyntaxError)
    def bad_query(error):
        return problem(400, f"invalid query: {error}", errors={"query": {"q": [str(error)]}})

    @app.errorhandler(ArticleRejected)
    def rejected(error):
        return problem(422, str(error))

    @app.errorhandler(IndexBusy)
    def busy(error):
        return problem(503, f"{error}; retry later", headers={"Retry-After": str(error.retry_after)})

    @app.errorhandler(IndexUnavailable)
    @app.errorhandler(IndexVersionMismatch)
    def unavailable(error):
        return problem(503, f"the index is not available: {error}", headers={"Retry-After": "30"})

    @app.errorhandler(CorpusError)
    @app.errorhandler(GazetteerError)
    def storage(error):
        log.error("storage error: %s", error)
        return problem(500, "the server's article store is misconfigured or damaged")

    @app.errorhandler(Exception)
    def unexpected(error):
        if isinstance(error, HTTPException):
            return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].handle_http_exception(error)
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem(500, "an unexpected error occurred; it has been logged")
