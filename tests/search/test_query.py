import pytest

from service.search.errors import NoSearchableTerms, QuerySyntaxError
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
    ("NOT Kursk", "only excludes"),
    ('""', "empty phrase"),
    ("   ", "empty"),
])
def test_malformed_queries_are_rejected_with_a_reason(compiler, text, fragment):
    with pytest.raises(QuerySyntaxError) as caught:
        compiler.parse(text)
    assert fragment in str(caught.value)


@pytest.mark.parametrize("text", ["the", "%", "\x05", "of the"])
def test_queries_without_searchable_words_are_reported_separately(compiler, text):
    with pytest.raises(NoSearchableTerms):
        compiler.parse(text)
