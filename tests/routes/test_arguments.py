"""Query-string arguments read by the blueprint's parser (a plain dict per request) give exactly what webargs' own
Flask parser gives: the same values, and the same errors for bad, repeated and unknown parameters."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_smorest import Blueprint
from werkzeug.exceptions import HTTPException

from service.routes.articles import ArticleArgs
from service.routes.claims import ClaimArgs
from service.routes.common import ApiBlueprint
from service.routes.entities import EntityArgs
from service.routes.facts import FactArgs
from service.routes.passages import PassageArgs

QUERY_STRINGS = [
    "", "q=troops", "q=troops&limit=10", "q=%22north%20korean%22%20OR%20x&limit=100&offset=20",
    "q=a&q=b", "limit=0", "limit=101", "limit=ten", "limit=1.5", "limit=%2010", "offset=-1", "offset=10001",
    "q=", "q=%20%20", "q=" + "x" * 600, "unknown=1", "q=x&Limit=3", "published_from=2024-11-17",
    "published_from=20241117", "published_to=2024-02-30", "source=Daily%20Planet&entity=DPRK",
    "entity=", "article_id=a1&article_id=a2", "min=250&unit=km", "min=nan", "max=abc&dimension=length",
    "dimension=nonsense", "limit=5&limit=7", "about=Kursk&speaker=Zelensky", "negated=true", "hedged=maybe",
    "sort=recent", "status=contested", "verdict=x", "type=PERSON",
]


def outcome(parser, schema, query_string):
    app = Flask(__name__)
    with app.test_request_context(f"/?{query_string}"):
        from flask import request

        try:
            return "ok", parser.parse(schema, request, location="query", unknown="raise", error_status_code=400)
        except HTTPException as error:
            return "error", error.code, getattr(error, "data", None)


@pytest.mark.parametrize("schema_class", [PassageArgs, FactArgs, ClaimArgs, ArticleArgs, EntityArgs],
                         ids=lambda cls: cls.__name__)
def test_query_string_parser_answers_as_webargs_does(schema_class):
    schema = schema_class()
    ours, theirs = ApiBlueprint.ARGUMENTS_PARSER, Blueprint.ARGUMENTS_PARSER
    assert type(ours) is not type(theirs)
    for query_string in QUERY_STRINGS:
        assert outcome(ours, schema, query_string) == outcome(theirs, schema, query_string), query_string
