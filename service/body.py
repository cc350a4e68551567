"""Request bodies are bounded before anything parses them: size (chunked or not), then key, then UTF-8 and depth.

The order matters: a body over the limit is refused while reading it (413, never buffered whole); a client without
a valid key learns nothing about what a valid body looks like (401 before any 400/422); and a JSON document is
scanned for its nesting depth on the raw bytes, so ``json.loads`` never recurses deep enough to fail.
"""

from __future__ import annotations

import re

from flask import Flask, current_app, request

from .auth import check_request
from .errors import BodyNotUtf8, BodyTooDeep, problem

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
MAX_JSON_DEPTH = 64  # the deepest valid request (a batch of articles) is 3 levels deep
READ_CHUNK_BYTES = 64 * 1024
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_A_BRACKET = re.compile(rb"[^\[\]{}]+")
_OPENERS = frozenset(b"[{")


class BodyTooLarge(Exception):
    pass


def read_bounded(stream, limit: int) -> bytes:
    """Read at most ``limit`` bytes; raise BodyTooLarge as soon as the stream holds more."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(READ_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge


def json_depth(data: bytes, stop_after: int = MAX_JSON_DEPTH) -> int:
    """Deepest bracket nesting outside strings; stops counting once ``stop_after`` is exceeded."""
    brackets = _NOT_A_BRACKET.sub(b"", _JSON_STRING.sub(b'""', data))
    depth = deepest = 0
    for byte in brackets:
        if byte in _OPENERS:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_after:
                    return deepest
        else:
            depth -= 1
    return deepest


def _is_json() -> bool:
    mimetype = request.mimetype or ""
    return mimetype == "application/json" or mimetype.endswith("+json")


def check_json(data: bytes) -> None:
    """Raise BodyNotUtf8 or BodyTooDeep for a JSON body that is not UTF-8 or nests deeper than MAX_JSON_DEPTH."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyNotUtf8("the request body is not valid UTF-8") from None
    if json_depth(data) > MAX_JSON_DEPTH:
        raise BodyTooDeep(f"the JSON body is nested deeper than {MAX_JSON_DEPTH} levels")


def _view_requires_key() -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, "requires_key", False))


def guard_body():
    """before_request: bound the body's size, check the key where one is needed, then check the JSON."""
    if request.method not in BODY_METHODS or request.routing_exception is not None:
        return None  # no body expected, or the 404/405 comes first
    limit = current_app.extensions["claimdex"].settings.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        return problem(413, f"the request body is larger than {limit} bytes")
    if request.content_length is None and "chunked" not in request.headers.get("Transfer-Encoding", "").lower():
        return None  # no body at all
    try:
        # The raw WSGI stream: werkzeug would hand back an empty stream for a chunked body it cannot bound.
        data = read_bounded(request.environ["wsgi.input"], limit)
    except BodyTooLarge:
        return problem(413, f"the request body is larger than {limit} bytes")
    request._cached_data = data
    if _view_requires_key():
        refusal = check_request()
        if refusal is not None:
            return refusal
    if data and _is_json():
        check_json(data)
    return None


def init_app(app: Flask) -> None:
    app.before_request(guard_body)
