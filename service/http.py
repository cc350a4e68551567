"""HTTP conventions applied to every response: validators and caching, gzip, Link paging, CORS, security headers.

Reads under /v1 are a function of the index generation, the URL and the Accept header, so their ETag is derived
from exactly those, and a matching ``If-None-Match`` is answered with 304 before any search runs.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
from collections import OrderedDict
from functools import lru_cache
from urllib.parse import urlencode

from flask import Flask, Response, current_app, request

from . import __version__
from .routes.common import DEFAULT_PAGE_SIZE, MAX_OFFSET

GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 6
GZIPPED_FILES_CACHED = 16
MIMETYPES_CACHED = 64
COMPRESSIBLE = re.compile(r"^(text/.+|application/(.+\+)?(json|javascript|yaml|xml))$")
READ_PREFIX = "/v1/"
NO_STORE_PATHS = ("/health", "/ready", "/metrics")
CORS_MAX_AGE_SECONDS = 600
CORS_ALLOW_METHODS = "GET, HEAD, POST, DELETE, OPTIONS"
CORS_ALLOW_HEADERS = "Authorization, Content-Type, If-None-Match, X-Request-ID"
CORS_EXPOSE_HEADERS = "ETag, Link, Location, Retry-After, WWW-Authenticate, X-Request-ID"
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI: its own files, inline styles (React sets style attributes), data: icons, fetches to this origin, and
# exactly the inline start-up script of the page (by hash), nothing else.
PAGE_CSP = ("default-src 'self'; script-src 'self' {scripts}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "X-Frame-Options": "DENY"}
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)
_PAGE_HEAD = re.compile(rb'"(total|limit|offset)": ?(\d+)')
PAGE_HEAD_BYTES = 200


def varies_on(*headers: str):
    """Mark a view whose representation depends on these request headers (content negotiation)."""
    def mark(view):
        view.varies_on = headers
        return view
    return mark


def _settings():
    return current_app.extensions["claimdex"].settings


# -- validators ------------------------------------------------------------------------------------------------
def _is_cacheable_read() -> bool:
    return request.method in ("GET", "HEAD") and request.path.startswith(READ_PREFIX)


def read_etag(*, fresh: bool) -> str | None:
    """A weak validator for this read: index generation + URL + Accept; None when no index is loaded.

    ``fresh`` checks the index for a newer generation; otherwise the generation this worker thread's read just
    used is taken, which is the one the response was built from and costs no disk access.
    """
    reader = current_app.extensions["claimdex"].reader
    try:
        build, generation = (None if fresh else reader.last_generation()) or reader.generation()
    except Exception:  # the route itself answers 503
        return None
    key = "\n".join((__version__, build, str(generation), request.full_path, request.environ.get("HTTP_ACCEPT", "")))
    return 'W/"%s"' % hashlib.sha256(key.encode()).hexdigest()[:32]


def answer_if_unchanged():
    """before_request: 304 for a read whose ETag the client already holds, without running the query."""
    if not request.environ.get("HTTP_IF_NONE_MATCH") or not _is_cacheable_read() or not request.if_none_match:
        return None  # without the header (or with an empty one) if_none_match is empty: nothing to parse
    etag = read_etag(fresh=True)
    if etag and request.if_none_match.contains_weak(etag.removeprefix("W/").strip('"')):
        response = Response(status=304)
        response.headers["ETag"] = etag
        response.headers["Cache-Control"] = _read_cache_control()
        return response
    return None


def _read_cache_control() -> str:
    return ("private, " if _settings().protect_reads else "") + "no-cache"


def _caching(response: Response) -> None:
    if request.path.startswith(NO_STORE_PATHS) or request.method not in ("GET", "HEAD", "OPTIONS"):
        response.headers["Cache-Control"] = "no-store"
    elif _is_cacheable_read():
        etag = read_etag(fresh=False) if response.status_code == 200 else None
        if etag:
            response.headers["ETag"] = etag
            response.headers["Cache-Control"] = _read_cache_control()
        elif response.status_code >= 400:
            response.headers["Cache-Control"] = "no-store"


# -- paging ----------------------------------------------------------------------------------------------------
def next_page_link(response: Response) -> str | None:
    """``</v1/...?offset=N>; rel="next"`` when a page has more items after it (read from the page's header fields)."""
    if response.status_code != 200 or not response.is_json or response.direct_passthrough:
        return None
    head = dict((key.decode(), int(value)) for key, value in _PAGE_HEAD.findall(response.get_data()[:PAGE_HEAD_BYTES]))
    if not {"total", "limit", "offset"} <= head.keys():
        return None
    next_offset = head["offset"] + head["limit"]
    if next_offset >= head["total"] or next_offset > MAX_OFFSET:
        return None
    args = request.args.to_dict(flat=False)
    args["offset"] = [str(next_offset)]
    args.setdefault("limit", [str(head.get("limit", DEFAULT_PAGE_SIZE))])
    return f'<{request.path}?{urlencode(args, doseq=True)}>; rel="next"'


# -- CORS ------------------------------------------------------------------------------------------------------
def _allowed_origin() -> str | None:
    origin = request.headers.get("Origin")
    allowed = _settings().cors_origins
    if not origin or not allowed:
        return None
    if "*" in allowed:
        return "*"
    return origin if origin.rstrip("/") in allowed else None


def answer_preflight():
    """before_request: a CORS preflight from an allowed origin is answered here, before any key check."""
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    origin = _allowed_origin()
    if origin is None:
        return None
    response = Response(status=204)
    response.headers.update({"Access-Control-Allow-Methods": CORS_ALLOW_METHODS,
                             "Access-Control-Allow-Headers": CORS_ALLOW_HEADERS,
                             "Access-Control-Max-Age": str(CORS_MAX_AGE_SECONDS)})
    return response


def _cors(response: Response) -> None:
    if not _settings().cors_origins:
        return
    response.vary.add("Origin")
    origin = _allowed_origin()
    if origin is not None:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = CORS_EXPOSE_HEADERS


# -- security headers ------------------------------------------------------------------------------------------
def _script_hashes(html: bytes) -> str:
    return " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(script).digest()).decode()
                    for script in _INLINE_SCRIPT.findall(html))


def _security(response: Response, mimetype: str | None) -> None:
    """``headers.setdefault`` of each security header, then the page's or the API's CSP; the names already sent
    are read in one pass over the headers instead of one per header."""
    headers = response.headers
    present = {name.lower() for name, _ in headers}
    for name, value in SECURITY_HEADERS.items():
        if name.lower() not in present:
            headers.add(name, value)
    if mimetype == "text/html" and not response.direct_passthrough:
        headers["Content-Security-Policy"] = PAGE_CSP.format(scripts=_script_hashes(response.get_data()))
    elif "content-security-policy" not in present:
        headers.add("Content-Security-Policy", API_CSP)


# -- compression -----------------------------------------------------------------------------------------------
class GzipCache:
    """Compressed static files by (path, ETag): the 1.5 MB Swagger bundle is compressed once, not per request."""

    def __init__(self, size: int = GZIPPED_FILES_CACHED):
        self.size = size
        self.entries: OrderedDict[tuple, bytes] = OrderedDict()

    def get(self, key: tuple, compute) -> bytes:
        if key in self.entries:
            self.entries.move_to_end(key)
            return self.entries[key]
        value = self.entries[key] = compute()
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)
        return value


@lru_cache(maxsize=MIMETYPES_CACHED)
def _compressible_type(mimetype: str) -> bool:
    return bool(COMPRESSIBLE.match(mimetype))


def _header_value(headers, name: str) -> str | None:
    """``headers.get(name)`` without the exception werkzeug raises and catches inside it for a missing header."""
    lowered = name.lower()
    for key, value in headers:
        if key.lower() == lowered:
            return value
    return None


def _compressible(response: Response, mimetype: str | None) -> bool:
    return (_compressible_type(mimetype or "") and _header_value(response.headers, "Content-Encoding") is None
            and response.status_code not in (204, 206, 304) and response.status_code >= 200)


def add_vary(response: Response, header: str) -> None:
    """``response.vary.add(header)``; without a Vary header yet, the header is set as that would set it."""
    if _header_value(response.headers, "Vary"):
        response.vary.add(header)
    else:
        response.headers["Vary"] = header


def _gzip(response: Response, cache: GzipCache, mimetype: str | None) -> None:
    if not _compressible(response, mimetype):
        return
    add_vary(response, "Accept-Encoding")
    if not request.environ.get("HTTP_ACCEPT_ENCODING"):  # no Accept-Encoding: accept_encodings["gzip"] is 0
        return
    if request.accept_encodings["gzip"] <= 0:
        return
    length = response.content_length
    if length is not None and length < GZIP_MIN_BYTES:
        return
    etag, weak = response.get_etag()
    if response.direct_passthrough and etag:
        response.direct_passthrough = False
        data = cache.get((request.path, etag), lambda: gzip.compress(response.get_data(), GZIP_LEVEL, mtime=0))
    elif response.is_streamed and not response.direct_passthrough:
        return
    else:
        response.direct_passthrough = False
        raw = response.get_data()
        if len(raw) < GZIP_MIN_BYTES:
            return
        data = gzip.compress(raw, GZIP_LEVEL, mtime=0)
    response.set_data(data)
    response.headers["Content-Encoding"] = "gzip"
    if etag and not weak:
        response.set_etag(etag, weak=True)  # the same content, another encoding: only weakly equal


def init_app(app: Flask) -> None:
    """Before-request hooks: see init_conditional_reads for the 304, which must run after any key check."""
    app.before_request(answer_preflight)
    cache = GzipCache()
    varies: dict[str, tuple[str, ...]] = {}  # endpoint -> the request headers its view varies on

    def varies_on_of(endpoint: str) -> tuple[str, ...]:
        found = varies.get(endpoint)
        if found is None:  # views are all registered before the first request (Flask refuses any later)
            found = varies[endpoint] = tuple(getattr(app.view_functions.get(endpoint), "varies_on", ()))
        return found

    @app.after_request
    def conventions(response: Response) -> Response:
        for header in varies_on_of(request.endpoint or ""):
            response.vary.add(header)
        if response.status_code == 304:
            add_vary(response, "Accept-Encoding")  # as the full response would have said
        if request.method == "GET":
            link = next_page_link(response)
            if link:
                response.headers["Link"] = link
        _caching(response)
        _cors(response)
        mimetype = response.mimetype
        _security(response, mimetype)
        _gzip(response, cache, mimetype)
        return response


def init_conditional_reads(app: Flask) -> None:
    app.before_request(answer_if_unchanged)
