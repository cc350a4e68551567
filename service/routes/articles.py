"""Articles: listing, reading, and authenticated ingest and deletion."""

import marshmallow as ma
from flask import jsonify, make_response, url_for
from marshmallow import validate

from ..auth import SECURITY_SCHEME, require_api_key
from ..config import Settings
from ..errors import ProblemSchema, problem
from ..reads import NotFound
from ..records import DOCUMENT_KINDS
from . import catalog
from .common import (BODY_DETAILS, BODY_PROBLEMS, IN_QUERY, READ_PROBLEMS, WRITE_PROBLEMS, ApiBlueprint, DateRangeArgs,
                     IsoDate, NOT_BLANK, PageArgs, PageSchema, Pattern, link_to, name_field, problems)

# The prefix stops at /v1 so that the batch route can be /v1/articles:batch (a custom method, as in AIP-136).
blp = ApiBlueprint("articles", __name__, url_prefix="/v1", description="The article corpus")

MAX_BATCH = 100
WRITE_SECURITY = [{SECURITY_SCHEME: []}]
# A posted text needs the default cleaned-length floor before cleaning too: a length the spec can state and the
# server enforces exactly. What is left after cleaning is checked against the setting (stored with a warning when too
# little).
MIN_TEXT_CHARS = Settings.min_article_chars
BATCH_ITEM_STATUSES = (200, 201, 422)
URL_PATTERN = "^https?://[!-~]+$"
MAX_PREFER_CHARS = 200
RESPOND_ASYNC = "respond-async"
EXAMPLE_ID = "a4496e8411c164b2f212"
SAMPLE_ARTICLE = {
    "text": ("Harbor Board Approves New Ferry Route\n\n"
             "The Bayside harbor board approved a ferry route to Gull Island on Tuesday, its chair said.\n\n"
             "Chair Rosa Imani said the route will carry about 1,200 passengers a day and cut the crossing "
             "to 25 minutes. \"Islanders have waited ten years for this,\" she said.\n\n"
             "Fishermen's association head Colin Maher warned that the schedule could crowd the inner harbor.\n"),
    "source": "Bayside Courier", "url": "https://example.org/bayside/ferry-route", "published": "2025-04-08"}


LOCATION = {"Location": {"description": "URL of the article", "schema": {"type": "string"},
                         "example": f"/v1/articles/{EXAMPLE_ID}"}}
ACCEPTED_HEADERS = {**LOCATION, "Preference-Applied": {
    "description": "The preference honoured (RFC 7240)", "schema": {"type": "string"}, "example": "respond-async"}}


KIND_DESCRIPTION = ("Document kind, which decides who speaks: a news report, a transcript with speaker turns, a "
                    "prepared statement or speech, a readout, an institutional release, or questions and answers")


class ArticleArgs(PageArgs, DateRangeArgs):
    source = name_field("Publisher name (case-insensitive, exact)")
    kind = ma.fields.String(validate=validate.OneOf(DOCUMENT_KINDS), metadata={"description": KIND_DESCRIPTION})


class ArticleSchema(ma.Schema):
    id = ma.fields.String(required=True, metadata={"example": EXAMPLE_ID})
    title = ma.fields.String(allow_none=True, metadata={"example": "Valley Water Board Approves Reservoir Expansion"})
    source = ma.fields.String(allow_none=True, metadata={"example": "Riverside Gazette"})
    byline = ma.fields.String(allow_none=True, metadata={"example": "Priya Natarajan"})
    published = ma.fields.String(allow_none=True, metadata={"description": "ISO date, or null when unknown",
                                                            "example": "2025-05-14"})
    url = ma.fields.String(allow_none=True, metadata={"example": "https://example.org/riverside/reservoir-expansion"})
    kind = ma.fields.String(validate=validate.OneOf(DOCUMENT_KINDS), load_default="news", dump_default="news",
                            metadata={"description": KIND_DESCRIPTION, "example": "news"})
    passages = ma.fields.Integer(required=True)
    facts = ma.fields.Integer(required=True)
    warnings = ma.fields.List(ma.fields.String(), dump_default=[], metadata={
        "description": "Why little or nothing of the page was kept: an article whose cleaned body is shorter than "
                       "CLAIMDEX_MIN_ARTICLE_CHARS is stored as posted, with no passages or facts",
        "example": []})


class WrittenArticleSchema(ArticleSchema):
    claims_pending = ma.fields.Boolean(required=True, metadata={
        "description": "True while the article's claims are not brought up to date yet: a write is answered once "
                       "the article, its passages and facts are committed, and its claims follow a moment later "
                       "(GET /ready counts the articles still pending)",
        "example": True})


class QueuedArticleSchema(ma.Schema):
    id = ma.fields.String(required=True, metadata={"example": EXAMPLE_ID})
    status = ma.fields.String(required=True, validate=validate.OneOf(["queued"]), metadata={
        "description": "Stored durably and queued: it is indexed after the answer, and GET on its Location finds "
                       "it once it is (GET /ready counts the articles still queued)",
        "example": "queued"})


class PreferHeaderSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    prefer = ma.fields.String(data_key="Prefer", validate=validate.Length(max=MAX_PREFER_CHARS), metadata={
        "description": "RFC 7240 preferences. With 'respond-async' the article is cleaned, checked and stored durably, "
                       "and the answer is 202 Accepted; extraction and indexing follow after the answer. A page "
                       "the index already holds is answered 200 as without it",
        "example": "respond-async"})


class ArticleDetailSchema(ArticleSchema):
    text = ma.fields.String(required=True,
                            metadata={"description": "The cleaned body; paragraphs split by blank lines"})


class ArticlePageSchema(PageSchema):
    items = ma.fields.List(ma.fields.Nested(ArticleSchema), required=True)


class ArticleInputSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    # ``one_body`` below, stated in the spec.
    # (if/then/else rather than oneOf, which client generators read as a union of anonymous types)
    JSON_SCHEMA_RULES = {"if": {"required": ["text"]}, "then": {"not": {"required": ["html"]}},
                         "else": {"required": ["html"]}}

    text = ma.fields.String(
        validate=[validate.Length(min=MIN_TEXT_CHARS, error="the text is too short: at least {min} characters"),
                  Pattern(NOT_BLANK, error="the text is blank")],
        metadata={"description": f"The raw scraped page text (give this or html), at least {MIN_TEXT_CHARS} "
                                 "characters, not all blank. Navigation, prompts and other page chrome are removed; "
                                 "when fewer than CLAIMDEX_MIN_ARTICLE_CHARS (default 200) characters of prose are "
                                 "left, the article is still stored, with no passages and a warning."})
    html = ma.fields.String(validate=[validate.Length(min=1), Pattern(NOT_BLANK, error="the html is blank")],
                            metadata={"description": "The raw HTML page (give this or text); its main text, "
                                                     "title, site name, author and date are extracted"})
    title = ma.fields.String(validate=validate.Length(1, 500))
    source = ma.fields.String(validate=validate.Length(1, 200))
    byline = ma.fields.String(validate=validate.Length(1, 200))
    url = ma.fields.String(validate=[validate.Length(1, 2000), Pattern(URL_PATTERN)],
                           metadata={"description": "http(s) URL of the original page (printable ASCII, no spaces)"})
    published = IsoDate(metadata={"description": "Publication date, when the page does not state it"})
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

    articles = ma.fields.List(
        ma.fields.Nested(ArticleInputSchema), required=True, validate=validate.Length(1, MAX_BATCH),
        metadata={"description": f"1-{MAX_BATCH} articles. The request is validated as a whole: an invalid "
                                 "article makes it a 422 naming the article's position, and nothing is stored. Each "
                                 "valid article is then stored on its own, with its own status in the result."})


class BatchItemSchema(ma.Schema):
    index = ma.fields.Integer(required=True, metadata={"description": "Position of the article in the request"})
    status = ma.fields.Integer(required=True, validate=validate.OneOf(BATCH_ITEM_STATUSES),
                               metadata={"description": "What a single POST would have answered: 201 created, "
                                                        "200 already stored, 422 rejected (text that is not valid "
                                                        "Unicode, or a page that cannot be read)"})
    article = ma.fields.Nested(WrittenArticleSchema, required=True, allow_none=True,
                               metadata={"description": "The stored article when status is 200 or 201"})
    problem = ma.fields.Nested(ProblemSchema, required=True, allow_none=True,
                               metadata={"description": "Why the article was rejected, when status is 422"})


class BatchResultSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(BatchItemSchema), required=True)
    created = ma.fields.Integer(required=True, metadata={"description": "Items with status 201"})
    existing = ma.fields.Integer(required=True, metadata={"description": "Items with status 200"})
    failed = ma.fields.Integer(required=True, metadata={"description": "Items with status 422"})


def _kind(data: dict) -> str:
    return "html" if "html" in data else "text"


def _raw_bytes(text: str) -> bytes:
    # Lone surrogates ("\udc80") survive JSON decoding but cannot be stored as UTF-8.
    return text.encode("utf-8")


@blp.route("/articles")
@blp.doc(operationId="listArticles", **link_to("getArticle", article_id="$response.body#/items/0/id"))
@blp.arguments(ArticleArgs, **IN_QUERY)
@blp.response(200, ArticlePageSchema)
@problems(blp, 400, *READ_PROBLEMS, s400="Bad parameters")
def list_articles(**args):
    """List articles, newest first."""
    return catalog().articles.list(**args)


@blp.route("/articles", methods=["POST"])
@require_api_key  # before argument parsing: strangers learn nothing about valid input
@blp.doc(operationId="createArticle", security=WRITE_SECURITY)
@blp.arguments(PreferHeaderSchema, location="headers")
@blp.arguments(ArticleInputSchema, example=SAMPLE_ARTICLE)
@blp.response(201, WrittenArticleSchema, description="Created", headers=LOCATION)
@blp.alt_response(200, schema=WrittenArticleSchema, description="The same content was already stored",
                  headers=LOCATION)
@blp.alt_response(202, schema=QueuedArticleSchema, headers=ACCEPTED_HEADERS,
                  description="Stored and queued for indexing (with Prefer: respond-async)")
@problems(blp, *WRITE_PROBLEMS, *BODY_PROBLEMS, details=BODY_DETAILS, s401="Missing or wrong API key",
          s422="Not UTF-8, invalid or blank fields, or text shorter than the minimum")
def create_article(headers, data):
    """Add an article: clean it, extract facts and index it durably.

    With `Prefer: respond-async` the answer comes once the article is cleaned and stored durably (202 Accepted);
    it is indexed right after, and is found at its Location from then on."""
    kind = _kind(data)
    try:
        raw = _raw_bytes(data.pop(kind))
    except UnicodeEncodeError:
        return problem(422, f"the {kind} contains invalid Unicode (lone surrogates)")
    if _prefers_async(headers.get("prefer")):
        article, queued = catalog().accept(raw, data, kind=kind)
        location = {"Location": url_for("articles.get_article", article_id=article["id"])}
        if queued:
            # Not the 201 schema: a response object passes flask-smorest's serialisation by.
            response = make_response(jsonify(QueuedArticleSchema().dump(article)), 202)
            response.headers.update({**location, "Preference-Applied": RESPOND_ASYNC})
            return response
        return article, 200, location
    article, created = catalog().ingest(raw, data, kind=kind)
    location = url_for("articles.get_article", article_id=article["id"])
    return article, (201 if created else 200), {"Location": location}


def _prefers_async(prefer: str | None) -> bool:
    """Whether an RFC 7240 Prefer header asks for respond-async (preferences are comma-separated, each with
    optional ;parameters; names are case-insensitive)."""
    return any(p.split(";", 1)[0].split("=", 1)[0].strip().lower() == RESPOND_ASYNC
               for p in (prefer or "").split(","))


@blp.route("/articles:batch", methods=["POST"])
@require_api_key
@blp.doc(operationId="createArticlesBatch", security=WRITE_SECURITY)
@blp.arguments(BatchInputSchema, example={"articles": [SAMPLE_ARTICLE, {"text": SAMPLE_ARTICLE["text"].replace(
    "Gull Island", "Tern Point").replace("1,200", "900"), "source": "Bayside Courier"}]})
@blp.response(200, BatchResultSchema, description="A result per article, in request order")
@problems(blp, *WRITE_PROBLEMS, *BODY_PROBLEMS, details=BODY_DETAILS, instance="/v1/articles:batch",
          s401="Missing or wrong API key",
          s422="Not UTF-8, not a list of 1-100 articles, or an article with invalid or blank fields")
def create_articles(data):
    """Add many articles at once, with a result per article."""
    items, valid = [], []
    for index, item in enumerate(data["articles"]):
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


def _batch_problem(index: int, status: int, detail: str) -> dict:
    body = {"type": "about:blank", "title": "Unprocessable Content", "status": status, "detail": detail}
    return {"index": index, "status": status, "article": None, "problem": body}


@blp.route("/articles/<string:article_id>")
@blp.doc(operationId="getArticle")
@blp.response(200, ArticleDetailSchema)
@problems(blp, 404, *READ_PROBLEMS, instance=f"/v1/articles/{EXAMPLE_ID}", s404="No such article")
def get_article(article_id):
    """Get one article with its cleaned text."""
    try:
        return catalog().articles.get(article_id)
    except NotFound:
        if article_id in catalog().queue:
            raise NotFound(f"article {article_id} is queued for indexing: it is found here once indexed, in a "
                           "moment (GET /ready counts the articles still queued)") from None
        raise


@blp.route("/articles/<string:article_id>", methods=["DELETE"])
@require_api_key
@blp.doc(operationId="deleteArticle", security=WRITE_SECURITY)
@blp.response(204, description="Deleted with its passages and facts")
@problems(blp, 404, *WRITE_PROBLEMS, instance=f"/v1/articles/{EXAMPLE_ID}", s401="Missing or wrong API key",
          s404="No such article")
def delete_article(article_id):
    """Delete an article with its passages and facts."""
    catalog().delete(article_id)
