import pytest

from service.search.errors import QuerySyntaxError
from service.search.query import QueryCompiler


@pytest.fixture(scope="module")
def compiler():
    return QueryCompiler("passage_text")


@pytest.mark.parametrize("text, terms, prefixes", [
    ("ATACMS", {"atacm"}, set()),
    ('"North Korean troops"', {"north", "korean", "troop"}, set()),
    ("atac*", set(), {"atac"}),
    ("Kursk NOT Ukraine", {"kursk"}, set()),
    ("(missile OR rocket) AND range", {"missil", "rocket", "rang"}, set()),
    ("11,000 troops", {"11,000", "troop"}, set()),
])
def test_valid_queries_expose_positive_terms(compiler, text, terms, prefixes):
    parsed = compiler.parse(text)
    assert parsed.terms == terms
    assert parsed.prefixes == prefixes


@pytest.mark.parametrize("text, fragment", [
    ('"unclosed phrase', "unclosed quote"),
    ("(Kursk", "unclosed '('"),
    ("Kursk)", "unmatched ')'"),
    ("Kursk AND", "ends with an operator"),
    ("AND Kursk", "needs a term on its left"),
    ("a AND OR b", "needs a term on its left"),
    ("title:Kursk", "unknown field 'title'"),
    ("*", "trailing '*'"),
    ("k*", "trailing '*'"),
    ("ku*rsk", "trailing '*'"),
    ("the", "no searchable words"),
    ("NOT Kursk", "only excludes"),
    ('""', "empty phrase"),
    ("   ", "empty"),
])
def test_malformed_queries_are_rejected_with_a_reason(compiler, text, fragment):
    with pytest.raises(QuerySyntaxError) as caught:
        compiler.parse(text)
    assert fragment in str(caught.value)
