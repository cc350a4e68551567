"""Schemas and limits shared by several resources."""

from __future__ import annotations

import re
from http import HTTPStatus

import marshmallow as ma
from apispec import BasePlugin
from apispec.ext.marshmallow.common import resolve_schema_cls
from flask_smorest import Blueprint
from flask_smorest.utils import resolve_schema_instance
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy
from marshmallow import validate

from ..errors import PROBLEM_JSON, ProblemSchema
from .dumping import compile_dump
from .loading import compile_load
from ..records import BOUNDS, CLAIM_STATUSES, DIMENSIONS, ENTITY_TYPES, VERDICTS

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 10
MAX_OFFSET = 10_000
MAX_QUERY_LENGTH = 512
MAX_NAME_LENGTH = 200


# How query-string schemas are applied: a bad parameter is a 400 (the request is malformed), and unknown
# parameters are errors rather than silently ignored typos.
IN_QUERY = {"location": "query", "error_status_code": 400, "unknown": ma.RAISE, "as_kwargs": True}


# Every error status an operation can answer is documented with the problem+json schema: generated clients parse
# error bodies, and schemathesis fails on any status the spec does not list (there is no `default` response).
PROBLEM_DESCRIPTIONS = {
    400: "Malformed request: a bad query parameter, a malformed query or a body that is not JSON",
    401: "Missing or wrong API key (for reads only when the server protects them)",
    403: "The server has no API keys configured, so it accepts no authenticated request",
    404: "No such resource",
    413: "Body larger than the configured limit",
    422: "The body is well-formed JSON but not a valid request",
    503: "The index is busy or not loaded; retry after the Retry-After delay",
}
PROBLEM_DETAILS = {
    400: "invalid query: unclosed quote at position 0",
    401: "send an API key as 'Authorization: Bearer <key>'",
    403: "this server accepts no authenticated requests: no API keys are configured",
    413: "the request body is larger than 1048576 bytes",
    422: "invalid request: text (json): Missing data for required field.",
    503: "the index is busy; retry later",
}
PROBLEM_HEADERS = {
    401: {"WWW-Authenticate": {"description": "The bearer challenge", "schema": {"type": "string"},
                               "example": 'Bearer realm="claimdex"'}},
    503: {"Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "string"},
                          "example": "10"}},
}
# Besides success, a read answers 401/403 when the server protects reads, and 503 when the index is unavailable;
# a write always needs a key and answers 503 when the index lock stays busy.
READ_PROBLEMS = (401, 403, 503)
WRITE_PROBLEMS = (401, 403, 503)
BODY_PROBLEMS = (400, 413, 422)
BODY_DETAILS = {400: "invalid request: json: ['Invalid JSON body.']"}


def problem_example(status: int, instance: str, detail: str | None = None) -> dict:
    if detail is None and status == 404:
        collection, item = instance.rsplit("/", 2)[-2:]
        detail = f"{collection.removesuffix('s')} {item!r} does not exist"
    return {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
            "detail": detail or PROBLEM_DETAILS[status], "instance": instance}


def problems(blp, *statuses: int, instance: str = "/v1/articles", details: dict | None = None, **descriptions: str):
    """Document each status as an RFC 9457 problem, with the headers it is sent with.

    ``descriptions`` override the generic ones, keyed ``s404="No such claim"``; ``details`` the examples' details.
    """
    def decorator(view):
        for status in sorted(set(statuses)):
            view = blp.alt_response(
                status, schema=ProblemSchema, content_type=PROBLEM_JSON, headers=PROBLEM_HEADERS.get(status),
                description=descriptions.get(f"s{status}", PROBLEM_DESCRIPTIONS[status]),
                example=problem_example(status, instance, (details or {}).get(status)))(view)
        return view
    return decorator


# Closed vocabularies, each one named schema in the spec (so a generated client has one enum type per vocabulary);
# the record contract's come from service/records.py.
ENUMS = {
    "Dimension": (DIMENSIONS, "What a quantity measures"),
    "Bound": (BOUNDS, "How a figure is qualified: 'about' is approx, 'at least' is at_least"),
    "EntityType": (ENTITY_TYPES, "Kind of entity"),
    "ClaimStatus": (CLAIM_STATUSES, "How the publishers of a claim agree"),
    "Verdict": (VERDICTS, "The corpus's answer to a checked claim"),
    "TotalRelation": (("eq", "gte"), "'eq' when total is exact; 'gte' when counting stopped at 1,000 matches"),
    "ConflictKind": (("quantity", "negation"), "Different figures, or one source denies what another states"),
    "EvidenceRelation": (("supports", "contradicts", "related"), "What a fact does to a checked claim"),
}
ENUM_METADATA_KEY = "enum_schema"


def link_to(operation_id: str, status: int = 200, **parameters: str) -> dict:
    """``blp.doc`` arguments for an OpenAPI link: where a response's values can be used as another call's parameters.

    Clients and schemathesis's stateful phase follow them, e.g. from a page of passages to one passage.
    """
    name = operation_id[0].upper() + operation_id[1:]
    return {"responses": {status: {"links": {name: {"operationId": operation_id, "parameters": parameters}}}}}


def one_of(name: str, description: str | None = None, **kwargs) -> ma.fields.String:
    """A string from the closed vocabulary ``ENUMS[name]``, documented as a reference to its named schema."""
    metadata = {ENUM_METADATA_KEY: name, **({"description": description} if description else {})}
    return ma.fields.String(validate=validate.OneOf(ENUMS[name][0]), metadata=metadata, **kwargs)


def _enum_reference(converter, field, ret: dict, **kwargs) -> dict:
    """apispec attribute function: a vocabulary field becomes a $ref (or $ref-or-null) instead of an inline enum."""
    name = field.metadata.get(ENUM_METADATA_KEY)
    if name is None:
        return {}
    for key in ("type", "enum"):
        ret.pop(key, None)
    reference = {"$ref": f"#/components/schemas/{name}"}
    return {"anyOf": [reference, {"type": "null"}]} if field.allow_none else reference


class SchemaRulesPlugin(BasePlugin):
    """apispec plugin: a marshmallow schema's ``JSON_SCHEMA_RULES`` (rules across fields that a schema-level
    validator enforces, such as "exactly one of these") are added to its component, so the spec states them too."""

    def schema_helper(self, name, definition, **kwargs):
        schema = kwargs.get("schema")
        if schema is None:
            return None
        schema = resolve_schema_cls(schema)
        return dict(getattr(schema, "JSON_SCHEMA_RULES", {})) or None


class QueryStringParser(FlaskParser):
    """webargs' Flask parser, reading the query string into a plain dict once: the first value of each parameter,
    all of them for list fields, exactly what its per-request MultiDictProxy answers, without a proxy lookup (and a
    KeyError raised inside werkzeug) for every parameter a request does not send."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._multiple_keys: dict[int, tuple[ma.Schema, frozenset[str]]] = {}

    def load_querystring(self, req, schema: ma.Schema):
        known = self._multiple_keys.get(id(schema))
        if known is None:  # the entry holds the schema, so its id is not reused while the entry lives
            keys = frozenset(MultiDictProxy(req.args, schema).multiple_keys)
            known = self._multiple_keys[id(schema)] = (schema, keys)
        args, multiple = req.args, known[1]
        return {key: args.getlist(key) if key in multiple else args[key] for key in args}


class ApiBlueprint(Blueprint):
    """flask-smorest's Blueprint that also documents the named vocabularies its schemas refer to, parses
    arguments with one schema instance per route (webargs instantiates a schema class on every request), loaded by a
    plan compiled once when they come from the query string (routes/loading.py), and dumps
    responses with a plan compiled once per route from the response schema (routes/dumping.py)."""

    ARGUMENTS_PARSER = QueryStringParser()

    def arguments(self, schema, **kwargs):
        instance = schema() if isinstance(schema, type) else schema
        if isinstance(instance, QueryArgs):
            # webargs calls ``schema.load(data, unknown=...)``; for the query string's schemas the instance's own
            # load is the compiled plan (routes/loading.py), which leaves any failure to marshmallow.
            instance.load = compile_load(instance)
        return super().arguments(instance, **kwargs)

    def response(self, status_code, schema=None, **kwargs):
        instance = resolve_schema_instance(schema) if schema is not None else None
        if isinstance(instance, ma.Schema):
            # flask-smorest calls ``schema.dump(result)``; the instance's own dump is the compiled plan, and the
            # class, which the spec documents, is unchanged.
            instance.dump = compile_dump(instance)
        return super().response(status_code, instance, **kwargs)

    def register_views_in_doc(self, api, app, spec, *, name, parameters):
        converter = api.ma_plugin.converter
        if _enum_reference.__name__ not in vars(converter):
            converter.add_attribute_function(_enum_reference)
        for enum_name, (values, description) in ENUMS.items():
            if enum_name not in spec.components.schemas:
                spec.components.schema(enum_name, {"type": "string", "enum": list(values),
                                                   "description": description})
        super().register_views_in_doc(api, app, spec, name=name, parameters=parameters)


# Python's str.strip() whitespace, spelled out so that JSON Schema (ECMA-262 \s differs) and the server agree.
NOT_BLANK = r"[^\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Pattern(validate.Regexp):
    """A JSON Schema ``pattern`` applied the way JSON Schema applies it: searched, with ``$`` the very end."""

    def __init__(self, pattern: str, error: str | None = None):
        super().__init__(pattern, error=error)
        self._search = re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)

    def __call__(self, value: str) -> str:
        if self._search.search(value) is None:
            raise ma.ValidationError(self._format_error(value))
        return value


class IsoDate(ma.fields.Date):
    """An RFC 3339 full-date (YYYY-MM-DD) only; Python's fromisoformat also takes 20250408 and 2025-W15-2."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class QueryArgs(ma.Schema):
    """Arguments in the query string; unknown parameters are an error, not silently ignored."""

    class Meta:
        unknown = ma.RAISE


class PageArgs(QueryArgs):
    limit = ma.fields.Integer(load_default=DEFAULT_PAGE_SIZE, validate=validate.Range(1, MAX_PAGE_SIZE),
                              metadata={"description": f"Page size (1-{MAX_PAGE_SIZE})"})
    offset = ma.fields.Integer(load_default=0, validate=validate.Range(0, MAX_OFFSET),
                               metadata={"description": f"Items to skip (0-{MAX_OFFSET})"})


def _metadata(description: str, example: str | None) -> dict:
    return {"description": description, **({"example": example} if example is not None else {})}


def name_field(description: str, example: str | None = None) -> ma.fields.String:
    return ma.fields.String(validate=validate.Length(1, MAX_NAME_LENGTH), metadata=_metadata(description, example))


class DateRangeArgs(ma.Schema):
    published_from = IsoDate(metadata={"description": "Earliest publication date (inclusive)", "example": "2024-11-18"})
    published_to = IsoDate(metadata={"description": "Latest publication date (inclusive)"})

    @ma.post_load
    def dates_as_text(self, data, **kwargs):
        for key in ("published_from", "published_to"):
            if data.get(key) is not None:
                data[key] = data[key].isoformat()
        return data


class QuantityArgs(ma.Schema):
    """Quantity filters of fact and claim listings: together they hold for one quantity (of one fact)."""

    unit = name_field("Quantity unit as extracted or normalised (e.g. 'km', 'troops')", "km")
    dimension = one_of("Dimension", "Only items with a quantity of this dimension")
    min_value = ma.fields.Float(data_key="min", allow_nan=False,
                                metadata={"description": "Normalised value at least (e.g. 250 with unit=km)"})
    max_value = ma.fields.Float(data_key="max", allow_nan=False, metadata={"description": "Normalised value at most"})


def query_field(description: str, example: str | None = None) -> ma.fields.String:
    syntax = ' Syntax: words, "quoted phrases", AND, OR, NOT, (groups), prefix*.'
    return ma.fields.String(
        validate=[validate.Length(1, MAX_QUERY_LENGTH), Pattern(NOT_BLANK, error="The query is blank.")],
        metadata=_metadata(description + syntax, example))


class PageSchema(ma.Schema):
    total = ma.fields.Integer(required=True, metadata={"description": "Number of matching items"})
    limit = ma.fields.Integer(required=True)
    offset = ma.fields.Integer(required=True)


class SearchPageSchema(PageSchema):
    total_relation = one_of("TotalRelation")


class EchoedQuerySchema(ma.Schema):
    q = ma.fields.String(allow_none=True, metadata={"description": "The query as received"})
    parsed = ma.fields.String(allow_none=True, metadata={"description": "The query as the engine understood it"})
    warnings = ma.fields.List(ma.fields.String(), metadata={"description": "Why a query matched nothing"})


class EntityMentionSchema(ma.Schema):
    name = ma.fields.String(required=True, metadata={"description": "Canonical name"})
    type = one_of("EntityType", required=True)
    mention = ma.fields.String(required=True, metadata={"description": "The words as written"})


class NormalizedSchema(ma.Schema):
    value = ma.fields.Float(required=True)
    unit = ma.fields.String(required=True)


class QuantitySchema(ma.Schema):
    text = ma.fields.String(required=True)
    value = ma.fields.Float(required=True)
    unit = ma.fields.String(allow_none=True)
    bound = one_of("Bound", required=True)
    dimension = one_of("Dimension", "What the quantity measures; null when the unit is unknown", allow_none=True)
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
    speaker_type = one_of("EntityType", "PERSON or ORG", allow_none=True)


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
