import functools
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


SHAPE_OPERATORS = ["AND", "OR", "NOT", "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE"]
# Other syntax of Whoosh's parser (groups, quotes, boosts, slop, ranges, fields, wildcards): such queries must take
# the parser, or give what it gives.
SHAPE_SYNTAX = ["(", ")", "'", "'quoted words'", "^2", "~2", "[a TO b]", "*:*", '"', "x?", "title:x", "a*b", "ab**"]


def _shape_item(rng, maker):
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(WORDS) if rng.random() < 0.6 else maker.term(rng)
    if roll < 0.55:
        return '"' + " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4))) + '"'
    if roll < 0.65:
        return rng.choice(WORDS)[:rng.randint(1, 6)] + "*"
    if roll < 0.95:
        return rng.choice(SHAPE_OPERATORS)
    return rng.choice(SHAPE_SYNTAX)


@functools.lru_cache(maxsize=1)
def query_maker():
    from bench.queries import QueryMaker

    return QueryMaker(5)


def shape_texts(seed: int, count: int) -> list[str]:
    """Queries of every shape: words, phrases (empty, of stop words, of one word), prefixes, operators in every
    position, touching lexemes and Whoosh's other syntax, plus the benchmark generator's queries."""
    rng = random.Random(seed)
    maker = query_maker()
    texts = []
    for _ in range(count):
        text = " ".join(_shape_item(rng, maker) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.1:  # lexemes that touch: 'a"b c"', '"a"b'
            text = text.replace(" ", "", 1)
        texts.append(text.strip() or "x")
    texts += [maker.text(rng) for _ in range(count // 4)]
    return texts


@pytest.mark.parametrize("seed", range(4))
def test_shaped_queries_equal_what_whooshs_parser_builds(compiler, seed):
    """Words, phrases, prefixes and AND / OR / NOT: the fast path builds the parser's query, equal and with the same
    repr, or declines; every other syntax is declined."""
    shaped = 0
    for text in shape_texts(seed, 1500):
        shortcut = compiler._shaped(text)
        if shortcut is None:
            continue
        shaped += 1
        assert not any(syntax in text for syntax in ("(", "^", "[", "*:*", "title:")), text
        expected = _whoosh_parse(compiler, text)
        if expected is None:
            assert shortcut is wq.NullQuery or isinstance(shortcut, type(wq.NullQuery)), text
        else:
            assert shortcut == expected and repr(shortcut) == repr(expected), text
    assert shaped >= 700  # about half of these shapes take the fast path


def _outcome(compiler, text):
    try:
        parsed = compiler.parse(text)
    except Exception as error:  # noqa: BLE001 - Whoosh's parser fails on some uses of its undocumented operators
        return type(error), str(error)
    return parsed.query, repr(parsed.query), parsed.terms, parsed.prefixes


@pytest.mark.parametrize("fieldname, bigrams", [("passage_text", "passage_bigrams"), ("fact_text", None)])
def test_parse_answers_as_with_the_parser_alone(fieldname, bigrams, monkeypatch):
    """The whole of parse (checks, prefix stems, word pairs, highlight terms, errors) is the same with and without
    the fast paths."""
    fast = QueryCompiler(fieldname, bigrams)
    slow = QueryCompiler(fieldname, bigrams)
    monkeypatch.setattr(slow, "_plain", lambda text: None)
    monkeypatch.setattr(slow, "_shaped", lambda text: None)
    for text in shape_texts(7, 1500):
        assert _outcome(fast, text) == _outcome(slow, text), text


def test_shaped_queries_find_what_parsed_queries_find(tmp_path, monkeypatch):
    """The same passages, in the same order, with the same scores, on an index of generated articles."""
    from bench.generate import iter_articles
    from service.search.searcher import Filters, IndexReader
    from service.search.writer import IndexBuilder

    with IndexBuilder(tmp_path, {"extractor_version": "test"}) as builder:
        for article in iter_articles(300, seed=3):
            aid = article.article_id
            record = {"id": aid, "title": article.title, "source": article.source, "published": article.published,
                      "url": None, "text": " ".join(article.sentences), "content_hash": "h", "raw_hash": "r"}
            passages = [{"id": f"{aid}-p{i}", "article_id": aid, "index": i, "text": text, "entities": []}
                        for i, text in enumerate(article.sentences)]
            builder.add_article(record, passages, [])
    reader = IndexReader(tmp_path)
    fast = QueryCompiler("passage_text", "passage_bigrams")
    slow = QueryCompiler("passage_text", "passage_bigrams")
    monkeypatch.setattr(slow, "_plain", lambda text: None)
    monkeypatch.setattr(slow, "_shaped", lambda text: None)
    compared = 0
    for text in shape_texts(3, 400):
        try:
            shaped, parsed = fast.parse(text), slow.parse(text)
        except Exception:  # noqa: BLE001 - malformed, nothing searchable, or Whoosh's parser fails (see above)
            continue
        found = [reader.search("passage", p, Filters(), limit=10, offset=0)[:2] for p in (shaped, parsed)]
        assert found[0] == found[1], text
        compared += 1
    reader.close()
    assert compared >= 100


@pytest.mark.parametrize("text", ["troops ANDMAYBE ANDMAYBE missiles", "troops ANDNOT missiles", "troops REQUIRE x",
                                  "ANDNOT ANDNOT troops", "troops ANDMAYBE"])
def test_undocumented_parser_operators_are_words(compiler, text):
    parsed = compiler.parse(text)
    assert "troop" in parsed.terms
    assert all(type(leaf) is not wq.AndNot and type(leaf) is not wq.AndMaybe and type(leaf) is not wq.Require
               for leaf in parsed.query.leaves()) and not isinstance(parsed.query, (wq.AndNot, wq.AndMaybe, wq.Require))
