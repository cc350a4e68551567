"""Claims grouped across sources, claim checking, and schema.org export."""

import marshmallow as ma
from flask import Response, json, request
from marshmallow import validate

from ..claimstore import LISTED_CLAIM_CONFLICTS, LISTED_CLAIM_FACTS, LISTED_CONFLICT_VALUES
from ..http import varies_on
from ..records import CLAIM_STATUSES
from . import catalog
from .common import (BODY_DETAILS, BODY_PROBLEMS, IN_QUERY, READ_PROBLEMS, ApiBlueprint, AttributionSchema,
                     DateRangeArgs, EchoedQuerySchema, EntityMentionSchema, FactSchema, PageArgs, PageSchema, Pattern,
                     QuantityArgs, QuantitySchema, link_to, name_field, one_of, problems, query_field)

blp = ApiBlueprint("claims", __name__, url_prefix="/v1/claims",
                   description="The same claim across publishers: corroboration, conflicts, checks")

STATUSES = CLAIM_STATUSES
MAX_CLAIM_LENGTH = 1000
MIN_CLAIM_LENGTH = 3
JSONLD = "application/ld+json"
# Printable text with at least one non-space character: control characters (NUL included) are refused.
_CONTROL = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
# Spaces spelled out (not "\s") so that JSON Schema's regex dialect and Python's agree on what is blank.
_SPACE = r"\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
CLAIM_PATTERN = rf"^[^{_CONTROL}]*[^{_SPACE}{_CONTROL}][^{_CONTROL}]*$"


class ClaimArgs(PageArgs, DateRangeArgs, QuantityArgs):
    """Claim filters; dates select claims with a fact published in the range, quantity filters claims with a fact
    whose quantity meets them all."""

    about = name_field("Entity name or alias", "ATACMS")
    q = query_field("Full-text query over the claim's facts.")
    status = one_of("ClaimStatus", "Only claims with this status across publishers")
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
    kind = one_of("ConflictKind", required=True)
    dimension = one_of("Dimension", allow_none=True)
    unit = ma.fields.String(allow_none=True)
    evolving = ma.fields.Boolean(metadata={"description": "True when a change over time explains the difference"})
    reason = ma.fields.String()
    values = ma.fields.List(ma.fields.Dict(), metadata={
        "description": f"What each source says: in a listing the first {LISTED_CONFLICT_VALUES} (value_count says "
                       "how many there are), in GET /v1/claims/{claim_id} all of them"})
    value_count = ma.fields.Integer(metadata={"description": "Values in the conflict (listings only)"})


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
    status = one_of("ClaimStatus", required=True)
    sources = ma.fields.Integer(required=True, metadata={"description": "Distinct publishers"})
    articles = ma.fields.Integer()
    first_appearance = ma.fields.Nested(FirstAppearanceSchema, allow_none=True,
                                        metadata={"description": "The earliest dated fact asserting the claim"})
    undated_sources = ma.fields.List(ma.fields.String(), metadata={
        "description": "Publishers (or articles) whose report states no date: they cannot be put in order"})
    conflicts = ma.fields.List(ma.fields.Nested(ConflictSchema), metadata={
        "description": f"Disagreements between the claim's facts: in a listing the first {LISTED_CLAIM_CONFLICTS} "
                       "(conflict_count says how many there are), in GET /v1/claims/{claim_id} all of them"})
    conflict_count = ma.fields.Integer(metadata={"description": "Conflicts in the claim"})
    fact_count = ma.fields.Integer(metadata={"description": "Facts in the claim"})
    facts = ma.fields.List(ma.fields.Nested(ClaimFactSchema), required=True, metadata={
        "description": f"The claim's facts by date, undated last: in a listing the first {LISTED_CLAIM_FACTS} "
                       "(fact_count says how many there are), in GET /v1/claims/{claim_id} all of them"})
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

    claim = ma.fields.String(
        required=True,
        validate=[validate.Length(MIN_CLAIM_LENGTH, MAX_CLAIM_LENGTH),
                  Pattern(CLAIM_PATTERN, error="The claim is blank or contains control characters.")],
        metadata={"description": "A claim in plain words", "example": "ATACMS missiles can reach 300 km"})


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
    relation = one_of("EvidenceRelation", required=True)
    reason = ma.fields.String(required=True)
    citation = ma.fields.Nested(CitationSchema, required=True)


class CheckResultSchema(ma.Schema):
    claim = ma.fields.Nested(ParsedClaimSchema, required=True)
    verdict = one_of("Verdict", required=True)
    evidence = ma.fields.List(ma.fields.Nested(EvidenceSchema), required=True)
    extractor_version = ma.fields.String()


@blp.route("")
@blp.doc(operationId="listClaims", **link_to("getClaim", claim_id="$response.body#/items/0/id"))
@blp.arguments(ClaimArgs, **IN_QUERY)
@blp.response(200, ClaimPageSchema)
@problems(blp, 400, *READ_PROBLEMS, instance="/v1/claims", s400="Malformed query or parameters")
def list_claims(**args):
    """List claims made by several facts, with their status across publishers."""
    return catalog().claims.list(**args)


@blp.route("/<string(length=14):claim_id>")  # "c-" + 12 hex digits; never "check"
@blp.doc(operationId="getClaim")
@blp.response(200, ClaimDetailSchema, content_type="application/json")
@blp.alt_response(200, success=True, content_type=JSONLD, schema={"type": "object"},
                  description="schema.org Claim as JSON-LD, when the Accept header asks for application/ld+json")
@problems(blp, 404, *READ_PROBLEMS, instance="/v1/claims/c-3f9a0c21d7e4", s404="No such claim")
@varies_on("Accept")
def get_claim(claim_id):
    """Get one claim with its timeline (or a schema.org Claim with Accept: application/ld+json)."""
    # JSON-LD only when asked for more strongly than plain JSON ("*/*" and browsers get JSON).
    if request.accept_mimetypes[JSONLD] > request.accept_mimetypes["application/json"]:
        # Links come from configuration, never from the Host header a client chose.
        body = catalog().claims.jsonld(claim_id, catalog().settings.public_base_url)
        return Response(json.dumps(body), mimetype=JSONLD)
    return catalog().claims.get(claim_id)


@blp.route("/check", methods=["POST"])
@blp.doc(operationId="checkClaim")
@blp.arguments(CheckInputSchema, example={"claim": "ATACMS missiles can reach 300 km"})
@blp.response(200, CheckResultSchema)
@problems(blp, *READ_PROBLEMS, *BODY_PROBLEMS, details=BODY_DETAILS, instance="/v1/claims/check",
          s422="The claim is missing, blank, or outside 3-1,000 characters")
def check_claim(data):
    """Check a claim against the corpus and cite the evidence."""
    return catalog().claims.check(data["claim"])
