"""Claims grouped across sources, claim checking, and schema.org export."""

import marshmallow as ma
from flask import Response, json, request
from flask_smorest import Blueprint
from marshmallow import validate

from ..records import CLAIM_STATUSES, VERDICTS
from . import catalog
from .common import (IN_QUERY, DateRangeArgs, EchoedQuerySchema, EntityMentionSchema, FactSchema, PageArgs, PageSchema, QuantitySchema,
                     AttributionSchema, name_field, query_field)

blp = Blueprint("claims", __name__, url_prefix="/v1/claims",
                description="The same claim across publishers: corroboration, conflicts, checks")

STATUSES = CLAIM_STATUSES
MAX_CLAIM_LENGTH = 1000
JSONLD = "application/ld+json"


class ClaimArgs(PageArgs, DateRangeArgs):
    """Claim filters; dates select claims with a fact published in the range."""

    about = name_field("Entity name or alias")
    q = query_field("Full-text query over the claim's facts.")
    status = ma.fields.String(validate=validate.OneOf(STATUSES))
    source = name_field("Only claims reported by this publisher")


class ClaimFactSchema(ma.Schema):
    id = ma.fields.String(required=True)
    article_id = ma.fields.String(allow_none=True)
    passage_id = ma.fields.String(allow_none=True)
    text = ma.fields.String(required=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    title = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)
    speaker = ma.fields.String(allow_none=True)
    attribution = ma.fields.Nested(AttributionSchema, allow_none=True)
    quantities = ma.fields.List(ma.fields.Nested(QuantitySchema))
    negated = ma.fields.Boolean()
    hedged = ma.fields.Boolean()
    score = ma.fields.Float()
    start = ma.fields.Integer(allow_none=True)
    end = ma.fields.Integer(allow_none=True)
    asserts = ma.fields.Boolean(metadata={"description": "The fact takes the statement's position (it is an "
                                                        "appearance of the claim, not a denial)"})


class FirstAppearanceSchema(ma.Schema):
    fact_id = ma.fields.String(required=True)
    article_id = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    title = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)


class ConflictSchema(ma.Schema):
    kind = ma.fields.String(required=True, metadata={"description": "quantity or negation"})
    dimension = ma.fields.String(allow_none=True)
    unit = ma.fields.String(allow_none=True)
    evolving = ma.fields.Boolean(metadata={"description": "True when a change over time explains the difference"})
    reason = ma.fields.String()
    values = ma.fields.List(ma.fields.Dict(), metadata={"description": "What each source says"})


class TimelineEntrySchema(ma.Schema):
    fact_id = ma.fields.String(required=True)
    article_id = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    negated = ma.fields.Boolean()
    figures = ma.fields.List(ma.fields.String())


class ClaimSchema(ma.Schema):
    id = ma.fields.String(required=True)
    statement = ma.fields.String(required=True, metadata={"description": "Text of the representative fact"})
    statement_fact_id = ma.fields.String()
    about = ma.fields.List(ma.fields.String(), required=True)
    status = ma.fields.String(required=True, metadata={"description": " | ".join(STATUSES)})
    sources = ma.fields.Integer(required=True, metadata={"description": "Distinct publishers"})
    articles = ma.fields.Integer()
    first_appearance = ma.fields.Nested(FirstAppearanceSchema, allow_none=True,
                                        metadata={"description": "The earliest dated fact asserting the claim"})
    undated_sources = ma.fields.List(ma.fields.String(), metadata={
        "description": "Publishers (or articles) whose report states no date: they cannot be put in order"})
    conflicts = ma.fields.List(ma.fields.Nested(ConflictSchema))
    facts = ma.fields.List(ma.fields.Nested(ClaimFactSchema), required=True)
    extractor_version = ma.fields.String()


class ClaimDetailSchema(ClaimSchema):
    timeline = ma.fields.List(ma.fields.Nested(TimelineEntrySchema),
                              metadata={"description": "The claim's facts by date, undated last"})


class ClaimPageSchema(PageSchema):
    items = ma.fields.List(ma.fields.Nested(ClaimSchema), required=True)
    extractor_version = ma.fields.String()
    query = ma.fields.Nested(EchoedQuerySchema)


class CheckInputSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    claim = ma.fields.String(required=True, validate=validate.Length(3, MAX_CLAIM_LENGTH),
                             metadata={"description": "A claim in plain words", "example":
                                       "ATACMS missiles can reach 300 km"})


class ParsedClaimSchema(ma.Schema):
    text = ma.fields.String()
    entities = ma.fields.List(ma.fields.Nested(EntityMentionSchema))
    quantities = ma.fields.List(ma.fields.Nested(QuantitySchema))
    negated = ma.fields.Boolean()
    hedged = ma.fields.Boolean()


class CitationSchema(ma.Schema):
    article_id = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    title = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)
    start = ma.fields.Integer(allow_none=True)
    end = ma.fields.Integer(allow_none=True)


class EvidenceSchema(ma.Schema):
    fact = ma.fields.Nested(FactSchema, required=True)
    relation = ma.fields.String(required=True, metadata={"description": "supports | contradicts | related"})
    reason = ma.fields.String(required=True)
    citation = ma.fields.Nested(CitationSchema, required=True)


class CheckResultSchema(ma.Schema):
    claim = ma.fields.Nested(ParsedClaimSchema, required=True)
    verdict = ma.fields.String(required=True, metadata={"description": " | ".join(VERDICTS)})
    evidence = ma.fields.List(ma.fields.Nested(EvidenceSchema), required=True)
    extractor_version = ma.fields.String()


@blp.route("")
@blp.arguments(ClaimArgs, **IN_QUERY)
@blp.response(200, ClaimPageSchema)
def list_claims(**args):
    """List claims made by several facts, with their status across publishers."""
    return catalog().claims(**args)


@blp.route("/<string(length=14):claim_id>")  # "c-" + 12 hex digits; never "check"
@blp.response(200, ClaimDetailSchema, content_type="application/json")
@blp.alt_response(200, success=True, content_type=JSONLD, schema={"type": "object"},
                  description="schema.org Claim as JSON-LD, when the Accept header asks for application/ld+json")
@blp.alt_response(404, description="No such claim")
def get_claim(claim_id):
    """Get one claim with its timeline (or a schema.org Claim with Accept: application/ld+json)."""
    # JSON-LD only when asked for more strongly than plain JSON ("*/*" and browsers get JSON).
    if request.accept_mimetypes[JSONLD] > request.accept_mimetypes["application/json"]:
        body = catalog().claim_jsonld(claim_id, request.host_url.rstrip("/"))
        return Response(json.dumps(body), mimetype=JSONLD)
    return catalog().claim(claim_id)


@blp.route("/check", methods=["POST"])
@blp.arguments(CheckInputSchema)
@blp.response(200, CheckResultSchema)
def check_claim(data):
    """Check a claim against the corpus and cite the evidence."""
    return catalog().check(data["claim"])
