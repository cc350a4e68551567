"""Articles: listing, reading, and authenticated ingest and deletion."""

import marshmallow as ma
from flask import url_for
from flask_smorest import Blueprint
from marshmallow import validate

from ..auth import SECURITY_SCHEME, require_api_key
from ..records import DOCUMENT_KINDS
from ..config import MIN_ARTICLE_CHARS
from ..errors import problem
from . import catalog
from .common import IN_QUERY, DateRangeArgs, PageArgs, PageSchema, name_field

# The prefix stops at /v1 so that the batch route can be /v1/articles:batch (a custom method, as in AIP-136).
blp = Blueprint("articles", __name__, url_prefix="/v1", description="The article corpus")

MAX_BATCH = 100
WRITE_SECURITY = [{SECURITY_SCHEME: []}]


KIND_DESCRIPTION = ("Document kind, which decides who speaks: a news report, a transcript with speaker turns, a "
                    "prepared statement or speech, a readout, an institutional release, or questions and answers")


class ArticleArgs(PageArgs, DateRangeArgs):
    source = name_field("Publisher name (case-insensitive, exact)")
    kind = ma.fields.String(validate=validate.OneOf(DOCUMENT_KINDS), metadata={"description": KIND_DESCRIPTION})


class ArticleSchema(ma.Schema):
    id = ma.fields.String(required=True)
    title = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    byline = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True, metadata={"description": "ISO date, or null when unknown"})
    url = ma.fields.String(allow_none=True)
    kind = ma.fields.String(validate=validate.OneOf(DOCUMENT_KINDS), load_default="news", dump_default="news",
                            metadata={"description": KIND_DESCRIPTION})
    passages = ma.fields.Integer(required=True)
    facts = ma.fields.Integer(required=True)


class ArticleDetailSchema(ArticleSchema):
    text = ma.fields.String(required=True,
                            metadata={"description": "The cleaned body; paragraphs split by blank lines"})


class ArticlePageSchema(PageSchema):
    items = ma.fields.List(ma.fields.Nested(ArticleSchema), required=True)


class ArticleInputSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    text = ma.fields.String(
        validate=validate.Length(min=MIN_ARTICLE_CHARS, error="The text is too short: at least {min} characters."),
        metadata={"description": f"The raw scraped page text (give this or html). At least {MIN_ARTICLE_CHARS} "
                                 "characters must remain after cleaning (CLAIMDEX_MIN_ARTICLE_CHARS), else 422."})
    html = ma.fields.String(validate=validate.Length(min=1),
                            metadata={"description": "The raw HTML page (give this or text); its main text, "
                                                     "title, site name, author and date are extracted"})
    title = ma.fields.String(validate=validate.Length(1, 500))
    source = ma.fields.String(validate=validate.Length(1, 200))
    byline = ma.fields.String(validate=validate.Length(1, 200))
    url = ma.fields.String(validate=[validate.Length(1, 2000), validate.Regexp(r"^https?://\S+$")],
                           metadata={"format": "uri", "description": "http(s) URL of the original page"})
    published = ma.fields.Date()
    speaker = ma.fields.String(validate=validate.Length(1, 200), metadata={
        "description": "Who speaks when the page does not say: the author of a statement, the speaker of answers"})
    publisher = ma.fields.String(validate=validate.Length(1, 200), metadata={
        "description": "The issuing body of a release or readout when the page does not name it"})
    kind = ma.fields.String(validate=validate.OneOf(DOCUMENT_KINDS), metadata={
        "description": "Document kind, when the page does not make it clear"})

    @ma.validates_schema
    def one_body(self, data, **kwargs):
        if ("text" in data) == ("html" in data):
            raise ma.ValidationError("give exactly one of 'text' and 'html'", "_schema")

    @ma.post_load
    def date_as_text(self, data, **kwargs):
        if data.get("published") is not None:
            data["published"] = data["published"].isoformat()
        return data


class BatchInputSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    articles = ma.fields.List(ma.fields.Dict(), required=True, validate=validate.Length(1, MAX_BATCH),
                              metadata={"description": f"1-{MAX_BATCH} objects shaped like a single article"})


class BatchItemSchema(ma.Schema):
    index = ma.fields.Integer(required=True)
    status = ma.fields.Integer(required=True, metadata={"description": "What a single POST would have answered"})
    article = ma.fields.Nested(ArticleSchema, allow_none=True)
    problem = ma.fields.Dict(allow_none=True, metadata={"description": "problem+json body when status >= 400"})


class BatchResultSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(BatchItemSchema), required=True)
    created = ma.fields.Integer()
    existing = ma.fields.Integer()
    failed = ma.fields.Integer()


def _kind(data: dict) -> str:
    return "html" if "html" in data else "text"


def _raw_bytes(text: str) -> bytes:
    # Lone surrogates ("\udc80") survive JSON decoding but cannot be stored as UTF-8.
    return text.encode("utf-8")


@blp.route("/articles")
@blp.arguments(ArticleArgs, **IN_QUERY)
@blp.response(200, ArticlePageSchema)
def list_articles(**args):
    """List articles, newest first."""
    return catalog().articles(**args)


@blp.route("/articles", methods=["POST"])
@require_api_key  # before argument parsing: strangers learn nothing about valid input
@blp.doc(security=WRITE_SECURITY)
@blp.arguments(ArticleInputSchema)
@blp.response(201, ArticleSchema, description="Created", headers={"Location": {
    "description": "URL of the new article", "schema": {"type": "string"}}})
@blp.alt_response(200, schema=ArticleSchema, description="The same content was already stored")
@blp.alt_response(401, description="Missing or wrong API key")
@blp.alt_response(403, description="Writes are disabled: no API keys are configured")
@blp.alt_response(413, description="Body larger than the configured limit")
@blp.alt_response(422, description="Not UTF-8, or too short or empty after cleaning")
@blp.alt_response(503, description="The index stayed busy; retry after the Retry-After delay")
def create_article(data):
    """Add an article: clean it, extract facts and index it durably."""
    kind = _kind(data)
    try:
        raw = _raw_bytes(data.pop(kind))
    except UnicodeEncodeError:
        return problem(422, f"the {kind} contains invalid Unicode (lone surrogates)")
    article, created = catalog().ingest(raw, data, kind=kind)
    location = url_for("articles.get_article", article_id=article["id"])
    return article, (201 if created else 200), {"Location": location}


@blp.route("/articles:batch", methods=["POST"])
@require_api_key
@blp.doc(security=WRITE_SECURITY)
@blp.arguments(BatchInputSchema)
@blp.response(200, BatchResultSchema)
@blp.alt_response(401, description="Missing or wrong API key")
@blp.alt_response(403, description="Writes are disabled: no API keys are configured")
@blp.alt_response(413, description="Body larger than the configured limit")
def create_articles(data):
    """Add many articles at once, with a result per article."""
    schema = ArticleInputSchema()
    items, valid = [], []
    for index, raw_item in enumerate(data["articles"]):
        errors = schema.validate(raw_item)
        if errors:
            items.append(_batch_problem(index, 422, "invalid article", {"json": errors}))
            continue
        item = schema.load(raw_item)
        kind = _kind(item)
        try:
            valid.append((index, _raw_bytes(item.pop(kind)), item, kind))
        except UnicodeEncodeError:
            items.append(_batch_problem(index, 422, f"the {kind} contains invalid Unicode (lone surrogates)"))
    for index, article, created, error in catalog().ingest_many(valid):
        if error is not None:
            items.append(_batch_problem(index, 422, error))
        else:
            items.append({"index": index, "status": 201 if created else 200, "article": article, "problem": None})
    items.sort(key=lambda item: item["index"])
    return {"items": items, "created": sum(i["status"] == 201 for i in items),
            "existing": sum(i["status"] == 200 for i in items), "failed": sum(i["status"] >= 400 for i in items)}


def _batch_problem(index: int, status: int, detail: str, errors: dict | None = None) -> dict:
    body = {"type": "about:blank", "title": "Unprocessable Content", "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return {"index": index, "status": status, "article": None, "problem": body}


@blp.route("/articles/<string:article_id>")
@blp.response(200, ArticleDetailSchema)
@blp.alt_response(404, description="No such article")
def get_article(article_id):
    """Get one article with its cleaned text."""
    return catalog().article(article_id)


@blp.route("/articles/<string:article_id>", methods=["DELETE"])
@require_api_key
@blp.doc(security=WRITE_SECURITY)
@blp.response(204)
@blp.alt_response(401, description="Missing or wrong API key")
@blp.alt_response(403, description="Writes are disabled: no API keys are configured")
@blp.alt_response(404, description="No such article")
@blp.alt_response(503, description="The index stayed busy; retry after the Retry-After delay")
def delete_article(article_id):
    """Delete an article with its passages and facts."""
    catalog().delete(article_id)
