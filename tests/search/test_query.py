import random

import pytest
from whoosh import query as wq

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


def _whoosh_parse(compiler, text):
    """What the compiler's Whoosh parser makes of the text, None for nothing searchable."""
    parsed = compiler._parser.parse(text.strip())
    return None if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)) else parsed


WORDS = ["missile", "strike", "the", "and", "of", "Kursk", "U.S.", "11,000", "north-korea", "O'Brien", "Ukraine's",
         "troops", "said", "3.5%", "war", "WAR", "café", "naïve", "e-mail", "x", "—", "1,200", "per", "day", "Élysée",
         "and/or", "co-op", "it's", "U.K.-based", "#tag", "a.m.", "and", "or", "not", "Not"]


@pytest.mark.parametrize("seed", range(6))
def test_plain_word_queries_equal_what_whooshs_parser_builds(compiler, seed):
    from bench.queries import QueryMaker

    rng = random.Random(seed)
    maker = QueryMaker(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))) for _ in range(150)]
    texts += [maker.text(rng) for _ in range(150)]
    plain = 0
    for text in texts:
        shortcut = compiler._plain(text.strip())
        if shortcut is None:
            continue
        plain += 1
        expected = _whoosh_parse(compiler, text)
        if expected is None:
            assert shortcut is wq.NullQuery, text
        else:
            assert shortcut == expected, text
    assert plain >= 200  # most of them take the shortcut
