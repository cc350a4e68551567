"""Liveness and readiness."""

import marshmallow as ma
from marshmallow import validate

from ..errors import PROBLEM_JSON, ProblemSchema
from . import catalog
from .common import PROBLEM_HEADERS, ApiBlueprint, problem_example

NOT_READY = "the index is not available: no index has been built"
blp = ApiBlueprint("health", __name__, description="Liveness and readiness probes")


class HealthSchema(ma.Schema):
    status = ma.fields.String(required=True, validate=validate.OneOf(["ok"]))


class ReadySchema(ma.Schema):
    status = ma.fields.String(required=True, validate=validate.OneOf(["ready"]))
    articles = ma.fields.Integer(required=True)
    passages = ma.fields.Integer(required=True)
    facts = ma.fields.Integer(required=True)
    schema_version = ma.fields.Integer(allow_none=True)
    extractor_version = ma.fields.String(allow_none=True)
    built_at = ma.fields.String(allow_none=True)
    generation = ma.fields.String(metadata={"description": "Changes whenever the index changes"})
    claims_pending = ma.fields.Integer(required=True, metadata={
        "description": "Articles written (added, replaced or deleted) whose claims are not brought up to date yet: "
                       "a write is answered once its article, passages and facts are committed, and its claims "
                       "follow a moment later"})
    articles_queued = ma.fields.Integer(required=True, metadata={
        "description": "Articles accepted by an asynchronous ingest (Prefer: respond-async), stored durably and "
                       "not indexed yet"})


@blp.route("/health")
@blp.doc(operationId="getHealth")
@blp.response(200, HealthSchema)
def health():
    """Report that the process is alive."""
    return {"status": "ok"}


@blp.route("/ready")
@blp.doc(operationId="getReady")
@blp.response(200, ReadySchema)
@blp.alt_response(503, schema=ProblemSchema, content_type=PROBLEM_JSON, headers=PROBLEM_HEADERS[503],
                  description="No index is loaded", example=problem_example(503, "/ready", NOT_READY))
def ready():
    """Report whether an index is loaded, with its counts and versions."""
    status = catalog().status()
    return {"status": "ready", **status["counts"], **{k: v for k, v in status.items() if k != "counts"}}
