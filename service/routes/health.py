"""Liveness and readiness."""

import marshmallow as ma
from flask_smorest import Blueprint

from . import catalog

blp = Blueprint("health", __name__, description="Liveness and readiness probes")


class HealthSchema(ma.Schema):
    status = ma.fields.String(required=True)


class ReadySchema(ma.Schema):
    status = ma.fields.String(required=True)
    articles = ma.fields.Integer(required=True)
    passages = ma.fields.Integer(required=True)
    facts = ma.fields.Integer(required=True)
    schema_version = ma.fields.Integer(allow_none=True)
    extractor_version = ma.fields.String(allow_none=True)
    built_at = ma.fields.String(allow_none=True)
    generation = ma.fields.String(metadata={"description": "Changes whenever the index changes"})


@blp.route("/health")
@blp.response(200, HealthSchema)
def health():
    """Report that the process is alive."""
    return {"status": "ok"}


@blp.route("/ready")
@blp.response(200, ReadySchema)
@blp.alt_response(503, description="No index is loaded")
def ready():
    """Report whether an index is loaded, with its counts and versions."""
    status = catalog().status()
    return {"status": "ready", **status["counts"], **{k: v for k, v in status.items() if k != "counts"}}
