"""HTTP resources. Each module is thin: a schema in, one catalog call, a schema out."""

from flask import current_app


def catalog():
    """The request's domain facade (built once per app in ``create_app``)."""
    return current_app.extensions["claimdex"]
