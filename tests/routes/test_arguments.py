"""Query-string arguments read by the blueprint's parser (a plain dict per request) and loaded by the compiled plans
(routes/loading.py) give exactly what webargs' own Flask parser and marshmallow give: the same values, and the same
errors for bad, repeated and unknown parameters."""

from __future__ import annotations

import marshmallow as ma
import pytest
from flask import Flask
from flask_smorest import Blueprint
from werkzeug.exceptions import HTTPException

from service.routes.articles import ArticleArgs
from service.routes.claims import ClaimArgs
from service.routes.common import ApiBlueprint
from service.routes.entities import EntityArgs
from service.routes.loading import compile_load
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
            data = dict(getattr(error, "data", None) or {})
            data["schema"] = type(data.get("schema"))
            return "error", error.code, data


@pytest.mark.parametrize("schema_class", [PassageArgs, FactArgs, ClaimArgs, ArticleArgs, EntityArgs],
                         ids=lambda cls: cls.__name__)
def test_query_string_parser_answers_as_webargs_does(schema_class):
    plain, compiled = schema_class(), schema_class()
    compiled.load = compile_load(compiled)
    ours, theirs = ApiBlueprint.ARGUMENTS_PARSER, Blueprint.ARGUMENTS_PARSER
    assert type(ours) is not type(theirs)
    for query_string in QUERY_STRINGS:
        expected = outcome(theirs, plain, query_string)
        assert outcome(ours, plain, query_string) == expected, query_string
        assert outcome(ours, compiled, query_string) == expected, query_string
        assert outcome(theirs, compiled, query_string) == expected, query_string


def test_valid_arguments_take_the_plan_and_invalid_ones_marshmallow(monkeypatch):
    schema = PassageArgs()
    load = compile_load(schema)
    calls = []
    original = ma.Schema._do_load
    monkeypatch.setattr(ma.Schema, "_do_load", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    assert load({"q": "troops", "limit": "5", "published_from": "2024-11-17"}, unknown=ma.RAISE) == {
        "q": "troops", "limit": 5, "offset": 0, "published_from": "2024-11-17"}
    assert calls == []
    with pytest.raises(ma.ValidationError) as caught:
        load({"q": "troops", "limit": "500"}, unknown=ma.RAISE)
    assert "limit" in caught.value.messages and calls == [1]
