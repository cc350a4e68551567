"""Bearer API keys for writes (and for reads when ``protect_reads`` is set)."""

from __future__ import annotations

import hmac
from functools import wraps

from flask import current_app, request

from .errors import problem

SECURITY_SCHEME = "bearerAuth"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="claimdex"'}


def key_is_valid(presented: str, keys: tuple[str, ...]) -> bool:
    """Compare against every configured key in constant time, without stopping at the first match."""
    presented_bytes = presented.encode()
    valid = False
    for key in keys:
        valid |= hmac.compare_digest(presented_bytes, key.encode())
    return valid


def check_request() -> object | None:
    """Return a problem response when the request lacks a valid key, else None."""
    keys = current_app.extensions["claimdex"].settings.api_keys
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return problem(401, "send an API key as 'Authorization: Bearer <key>'", headers=CHALLENGE)
    if not keys:
        return problem(403, "this server accepts no authenticated requests: no API keys are configured")
    if not key_is_valid(token.strip(), keys):
        return problem(401, "the API key is not valid",
                       headers={"WWW-Authenticate": 'Bearer realm="claimdex", error="invalid_token"'})
    return None


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        refusal = check_request()
        if refusal is not None:
            return refusal
        return view(*args, **kwargs)

    # Read by the body guard (service/body.py), which checks the key before looking at the body; functools.wraps
    # carries the mark through the decorators stacked on top.
    wrapper.requires_key = True
    return wrapper
