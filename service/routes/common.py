"""Schemas and limits shared by several resources."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import validate

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 10
MAX_OFFSET = 10_000
MAX_QUERY_LENGTH = 512
MAX_NAME_LENGTH = 200


# How query-string schemas are applied: a bad parameter is a 400 (the request is malformed), and unknown
# parameters are errors rather than silently ignored typos.
IN_QUERY = {"location": "query", "error_status_code": 400, "unknown": ma.RAISE, "as_kwargs": True}


class QueryArgs(ma.Schema):
    """Arguments in the query string; unknown parameters are an error, not silently ignored."""

    class Meta:
        unknown = ma.RAISE


class PageArgs(QueryArgs):
    limit = ma.fields.Integer(load_default=DEFAULT_PAGE_SIZE, validate=validate.Range(1, MAX_PAGE_SIZE),
                              metadata={"description": f"Page size (1-{MAX_PAGE_SIZE})"})
    offset = ma.fields.Integer(load_default=0, validate=validate.Range(0, MAX_OFFSET),
                               metadata={"description": f"Items to skip (0-{MAX_OFFSET})"})


def name_field(description: str) -> ma.fields.String:
    return ma.fields.String(validate=validate.Length(1, MAX_NAME_LENGTH), metadata={"description": description})


class DateRangeArgs(ma.Schema):
    published_from = ma.fields.Date(metadata={"description": "Earliest publication date (inclusive)"})
    published_to = ma.fields.Date(metadata={"description": "Latest publication date (inclusive)"})

    @ma.post_load
    def dates_as_text(self, data, **kwargs):
        for key in ("published_from", "published_to"):
            if data.get(key) is not None:
                data[key] = data[key].isoformat()
        return data


def query_field(description: str) -> ma.fields.String:
    return ma.fields.String(
        validate=[validate.Length(1, MAX_QUERY_LENGTH), validate.Regexp(r"\S", error="The query is blank.")],
        metadata={"description": description + ' Syntax: words, "quoted phrases", AND, OR, NOT, (groups), prefix*.'})


class PageSchema(ma.Schema):
    total = ma.fields.Integer(required=True, metadata={"description": "Number of matching items"})
    limit = ma.fields.Integer(required=True)
    offset = ma.fields.Integer(required=True)


class SearchPageSchema(PageSchema):
    total_relation = ma.fields.String(
        metadata={"description": "'eq' when total is exact; 'gte' when counting stopped at 1,000 matches"})


class EchoedQuerySchema(ma.Schema):
    q = ma.fields.String(allow_none=True, metadata={"description": "The query as received"})
    parsed = ma.fields.String(allow_none=True, metadata={"description": "The query as the engine understood it"})
    warnings = ma.fields.List(ma.fields.String(), metadata={"description": "Why a query matched nothing"})


class EntityMentionSchema(ma.Schema):
    name = ma.fields.String(required=True, metadata={"description": "Canonical name"})
    type = ma.fields.String(required=True, metadata={"description": "PERSON, ORG, GPE, WEAPON, GROUP or EVENT"})
    mention = ma.fields.String(required=True, metadata={"description": "The words as written"})


class NormalizedSchema(ma.Schema):
    value = ma.fields.Float(required=True)
    unit = ma.fields.String(required=True)


class QuantitySchema(ma.Schema):
    text = ma.fields.String(required=True)
    value = ma.fields.Float(required=True)
    unit = ma.fields.String(allow_none=True)
    bound = ma.fields.String(required=True, metadata={"description": "exact, approx, at_least or at_most"})
    dimension = ma.fields.String(allow_none=True, metadata={"description": "persons, length, duration, rate, ..."})
    normalized = ma.fields.Nested(NormalizedSchema, allow_none=True,
                                  metadata={"description": "Value in SI or base units"})


class AttributionSchema(ma.Schema):
    speaker = ma.fields.String(allow_none=True)
    role = ma.fields.String(allow_none=True)
    organization = ma.fields.String(allow_none=True)
    cue = ma.fields.String(allow_none=True, metadata={"description": "The reporting verb"})
    anonymous = ma.fields.Boolean()
    direct = ma.fields.Boolean(metadata={"description": "True for a direct quotation"})
    description = ma.fields.String(allow_none=True, metadata={"description": "How an anonymous source is described"})
    speaker_type = ma.fields.String(allow_none=True, metadata={"description": "PERSON or ORG"})


class FactSchema(ma.Schema):
    id = ma.fields.String(required=True)
    article_id = ma.fields.String(required=True)
    passage_id = ma.fields.String(allow_none=True)
    text = ma.fields.String(required=True)
    start = ma.fields.Integer(required=True, metadata={"description": "Offset in the article text"})
    end = ma.fields.Integer(required=True)
    title = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True, metadata={"description": "ISO date"})
    url = ma.fields.String(allow_none=True)
    entities = ma.fields.List(ma.fields.Nested(EntityMentionSchema))
    quantities = ma.fields.List(ma.fields.Nested(QuantitySchema))
    attribution = ma.fields.Nested(AttributionSchema, allow_none=True)
    negated = ma.fields.Boolean()
    hedged = ma.fields.Boolean()
    score = ma.fields.Float(metadata={"description": "Check-worthiness, 0-1"})
    extractor_version = ma.fields.String()
