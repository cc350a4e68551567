"""Extracted facts and their filters."""

import marshmallow as ma
from marshmallow import validate

from . import catalog
from .common import (IN_QUERY, READ_PROBLEMS, ApiBlueprint, DateRangeArgs, EchoedQuerySchema, FactSchema, PageArgs,
                     QuantityArgs, SearchPageSchema, link_to, name_field, problems, query_field)

blp = ApiBlueprint("facts", __name__, url_prefix="/v1/facts", description="Checkable statements with attribution")



class FactArgs(PageArgs, DateRangeArgs, QuantityArgs):
    q = query_field("Full-text query within the fact text.", "missile* AND range")
    about = name_field("Entity name or alias, case-insensitive (e.g. 'ATACMS', 'DPRK')", "ATACMS")
    speaker = name_field("Speaker full name, surname or organisation")
    source = name_field("Publisher name (case-insensitive, exact)")
    article_id = name_field("Only facts of this article")
    has_quantity = ma.fields.Boolean(metadata={"description": "Only facts with (or without) a quantity"})
    negated = ma.fields.Boolean()
    hedged = ma.fields.Boolean()
    min_score = ma.fields.Float(validate=validate.Range(0, 1), metadata={"description": "Check-worthiness floor"})


class FacetValueSchema(ma.Schema):
    value = ma.fields.String(required=True)
    count = ma.fields.Integer(required=True)


class FacetsSchema(ma.Schema):
    speaker = ma.fields.List(ma.fields.Nested(FacetValueSchema))
    source = ma.fields.List(ma.fields.Nested(FacetValueSchema))
    entity = ma.fields.List(ma.fields.Nested(FacetValueSchema))
    unit = ma.fields.List(ma.fields.Nested(FacetValueSchema))
    counted = ma.fields.Integer(metadata={"description": "Facts the facets were counted over: every match, or the "
                                                         "first 1,000 in index order when there are more"})


class FactPageSchema(SearchPageSchema):
    items = ma.fields.List(ma.fields.Nested(FactSchema), required=True)
    facets = ma.fields.Nested(FacetsSchema, metadata={"description": "Counts over the matching facts"})
    extractor_version = ma.fields.String()
    query = ma.fields.Nested(EchoedQuerySchema)


@blp.route("")
@blp.doc(operationId="listFacts", **link_to("getFact", fact_id="$response.body#/items/0/id"))
@blp.arguments(FactArgs, **IN_QUERY)
@blp.response(200, FactPageSchema)
@problems(blp, 400, *READ_PROBLEMS, instance="/v1/facts", s400="Malformed query or parameters")
def list_facts(**args):
    """Find facts by entity, speaker, source, date, quantity and text."""
    return catalog().facts.search(q=args.pop("q", None), **args)


@blp.route("/<string:fact_id>")
@blp.doc(operationId="getFact")
@blp.response(200, FactSchema)
@problems(blp, 404, *READ_PROBLEMS, instance="/v1/facts/a4496e8411c164b2f212-f2", s404="No such fact")
def get_fact(fact_id):
    """Get one fact."""
    return catalog().facts.get(fact_id)
