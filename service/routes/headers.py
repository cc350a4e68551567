"""The response headers the service sends (``service/http.py``, ``service/observability.py``), declared in the spec.

An apispec plugin adds them to every operation as it is documented, by rules that follow the code that sends them:

* every response carries ``X-Request-ID`` and ``Cache-Control``;
* every response with a body carries ``Vary`` (``Accept-Encoding``, as JSON may be gzipped; ``Accept`` too where
  the body is negotiated between several media types);
* a successful read under ``/v1`` carries a weak ``ETag``;
* a successful read of a paged list (one with an ``offset`` parameter) carries ``Link: <...>; rel="next"`` when
  more items follow.
"""

from __future__ import annotations

from apispec import BasePlugin

from ..http import READ_PREFIX
from ..observability import MAX_REQUEST_ID_LENGTH, REQUEST_ID_HEADER

_STRING = {"type": "string"}
HEADERS = {
    REQUEST_ID_HEADER: {
        "description": "The request's ID: the client's own when it sent a safe one (up to "
                       f"{MAX_REQUEST_ID_LENGTH} characters of A-Z a-z 0-9 . _ ~ : / + = @ -), else a new one; "
                       "it is logged with the request",
        "required": True, "schema": {**_STRING, "maxLength": MAX_REQUEST_ID_LENGTH},
        "example": "4f1c2a9e0b7d4e6f8a3b5c7d9e1f2a3b"},
    "Cache-Control": {
        "description": "'no-cache' on reads under /v1 (revalidate with If-None-Match; 'private, no-cache' when reads "
                       "need a key); 'no-store' on writes, health checks and errors",
        "schema": _STRING, "example": "no-cache"},
    "Vary": {
        "description": "The request headers the body depends on: Accept-Encoding (bodies of 1 KiB or more are gzipped "
                     "for clients that accept it), Accept where the media type is negotiated, Origin when CORS "
                     "is configured",
        "schema": _STRING, "example": "Accept-Encoding"},
    "ETag": {
        "description": "Weak validator of the index generation, the URL and Accept: send it back in If-None-Match "
                       "to get 304 Not Modified while the index is unchanged",
        "schema": _STRING, "example": 'W/"6d0f3c1b9a2e4d5f8c7b6a5e4d3c2b1a"'},
    "Link": {
        "description": "The next page, when more items follow this one",
        "schema": _STRING, "example": '</v1/facts?about=ATACMS&limit=10&offset=10>; rel="next"'},
}
VARY_EXAMPLES = {True: "Accept, Accept-Encoding", False: "Accept-Encoding"}
PAGING_PARAMETER = "offset"


def _reference(name: str, example: str | None = None) -> dict:
    # A response of several media types varies on Accept: its Vary example says so (description and schema stay).
    if example is None:
        return {"$ref": f"#/components/headers/{name}"}
    return {**HEADERS[name], "example": example}


def response_headers(path: str, method: str, operation: dict, status: str, response: dict) -> dict:
    """The headers a response of ``operation`` is sent with, besides those it already declares."""
    headers = {REQUEST_ID_HEADER: _reference(REQUEST_ID_HEADER), "Cache-Control": _reference("Cache-Control")}
    content = response.get("content") or {}
    if content:
        negotiated = len(content) > 1
        headers["Vary"] = _reference("Vary", VARY_EXAMPLES[True] if negotiated else None)
    if method == "get" and status == "200" and path.startswith(READ_PREFIX):
        headers["ETag"] = _reference("ETag")
        if any(p.get("in") == "query" and p.get("name") == PAGING_PARAMETER for p in operation.get("parameters", ())):
            headers["Link"] = _reference("Link")
    return headers


class ResponseHeadersPlugin(BasePlugin):
    """Declares the conventional response headers on every documented operation."""

    def init_spec(self, spec):
        super().init_spec(spec)
        for name, header in HEADERS.items():
            spec.components.header(name, header)

    def operation_helper(self, path=None, operations=None, **kwargs):
        for method, operation in (operations or {}).items():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict) or "$ref" in response:
                    continue
                declared = response.setdefault("headers", {})
                for name, header in response_headers(path or "", method, operation, str(status), response).items():
                    declared.setdefault(name, header)
                if "content" in response:  # headers before the body, as in the other responses
                    response["content"] = response.pop("content")
