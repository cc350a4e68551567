"""Ranked passage search."""

import marshmallow as ma

from . import catalog
from .common import (IN_QUERY, READ_PROBLEMS, ApiBlueprint, DateRangeArgs, EchoedQuerySchema, PageArgs,
                     SearchPageSchema, link_to, name_field, problems, query_field)

blp = ApiBlueprint("passages", __name__, url_prefix="/v1/passages", description="Sentences of the cleaned articles")


class PassageArgs(PageArgs, DateRangeArgs):
    q = query_field("Full-text query; without it, passages are listed in corpus order.",
                    '"North Korean troops" AND Kursk')
    source = name_field("Publisher name (case-insensitive, exact)")
    article_id = name_field("Only passages of this article")
    entity = name_field("Canonical entity name or alias, e.g. 'DPRK'", "DPRK")


class MatchSchema(ma.Schema):
    start = ma.fields.Integer(required=True, metadata={"description": "Offset within the passage text"})
    end = ma.fields.Integer(required=True)
    term = ma.fields.String(required=True)


class PassageSchema(ma.Schema):
    id = ma.fields.String(required=True)
    article_id = ma.fields.String(required=True)
    index = ma.fields.Integer(required=True, metadata={"description": "Position of the sentence in its article"})
    title = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)
    text = ma.fields.String(required=True)
    start = ma.fields.Integer(required=True, metadata={"description": "Offset in the article text"})
    end = ma.fields.Integer(required=True)
    entities = ma.fields.List(ma.fields.String())


class PassageHitSchema(PassageSchema):
    score = ma.fields.Float(allow_none=True, metadata={"description": "BM25 score; null without a query"})
    highlight = ma.fields.String(metadata={"description": "HTML-escaped text with matches in <mark>"})
    matches = ma.fields.List(ma.fields.Nested(MatchSchema))


class PassagePageSchema(SearchPageSchema):
    items = ma.fields.List(ma.fields.Nested(PassageHitSchema), required=True)
    query = ma.fields.Nested(EchoedQuerySchema)


class PassageDetailSchema(PassageSchema):
    previous = ma.fields.Nested(PassageSchema, allow_none=True, metadata={"description": "The sentence before"})
    next = ma.fields.Nested(PassageSchema, allow_none=True, metadata={"description": "The sentence after"})


@blp.route("")
@blp.doc(operationId="listPassages", **link_to("getPassage", passage_id="$response.body#/items/0/id"))
@blp.arguments(PassageArgs, **IN_QUERY)
@blp.response(200, PassagePageSchema)
@problems(blp, 400, *READ_PROBLEMS, instance="/v1/passages", s400="Malformed query or parameters")
def search_passages(**args):
    """Search passages, ranked by BM25, with highlights and match offsets."""
    return catalog().passages.search(q=args.pop("q", None), **args)


@blp.route("/<string:passage_id>")
@blp.doc(operationId="getPassage", **link_to("getArticle", article_id="$response.body#/article_id"))
@blp.response(200, PassageDetailSchema)
@problems(blp, 404, *READ_PROBLEMS, instance="/v1/passages/a4496e8411c164b2f212-p3", s404="No such passage")
def get_passage(passage_id):
    """Get one passage with the sentences around it."""
    return catalog().passages.get(passage_id)
