"""The benchmark corpus and query sets are deterministic and shaped as the benchmark needs."""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest

from bench.generate import (MONTHS_AP, MONTHS_FULL, Pools, generate_article, iter_articles, iter_passages,
                            parse_scale, write_corpus)
from bench.queries import (PASSAGE_SETS, QueryMaker, fact_queries, passage_queries, to_path)


@pytest.fixture(scope="module")
def maker():
    return QueryMaker(seed=7)


def test_parse_scale():
    assert parse_scale("10k") == 10_000
    assert parse_scale("1M") == 1_000_000
    assert parse_scale("2500") == 2500
    with pytest.raises(ValueError):
        parse_scale("0")


def test_same_seed_gives_identical_articles():
    first = [(a.article_id, a.raw, a.sidecar) for a in iter_articles(300, seed=11)]
    again = [(a.article_id, a.raw, a.sidecar) for a in iter_articles(300, seed=11)]
    other = [(a.article_id, a.raw, a.sidecar) for a in iter_articles(300, seed=12)]
    assert first == again
    assert first != other


def test_smaller_corpus_is_a_prefix_of_a_larger_one():
    small = [a.raw for a in iter_articles(200, seed=3)]
    large = [a.raw for a in iter_articles(1000, seed=3)]
    assert large[:len(small)] == small
    assert len(large) > len(small)


def test_sentence_count_reaches_the_request_and_stops_there():
    articles = list(iter_articles(500, seed=5))
    total = sum(len(a.sentences) for a in articles)
    assert total >= 500
    assert total - len(articles[-1].sentences) < 500
    assert 15 <= total / len(articles) <= 25  # about twenty sentences per article
    assert len(list(iter_passages(500, seed=5))) == 500


def test_article_has_title_byline_body_and_boilerplate():
    pools = Pools(seed=9)
    articles = [generate_article(pools, 9, i) for i in range(60)]
    months = "|".join(re.escape(m) for m in MONTHS_AP + MONTHS_FULL)
    byline = re.compile(rf"^(?:By (.+?), (.+?) \| ({months}) \d{{1,2}}, \d{{4}}"
                        rf"|({months}) \d{{1,2}}, \d{{4}} \| By .+)$", re.MULTILINE)
    for article in articles:
        lines = article.raw.splitlines()
        assert article.title in lines
        assert byline.search(article.raw), article.raw[:300]
        assert article.source in article.raw
        for sentence in article.sentences:
            assert sentence in article.raw
    raw = "\n".join(a.raw for a in articles)
    assert "Sign up to read this article" in raw
    assert any(heading in raw for heading in ("Related Stories", "Latest Stories", "Our Picks"))
    assert any(a.sidecar for a in articles) and not all(a.sidecar for a in articles)
    body = " ".join(s for a in articles for s in a.sentences)
    for marker in (" said", "According to ", " miles (", " per day", "$", " months", "did not", '"'):
        assert marker in body, marker


def test_vocabulary_is_zipf_like():
    pools = Pools(seed=1)
    assert len(pools.vocabulary) == 20_000 == len(set(pools.vocabulary))
    words = Counter(w for a in iter_articles(3000, seed=1, pools=pools) for s in a.sentences
                    for w in re.findall(r"[a-z]+", s))
    ranked = [count for _, count in words.most_common()]
    # Frequency falls steeply with rank and the tail is long.
    assert ranked[0] > 10 * ranked[99]
    assert len(words) > 3000


def test_write_corpus_writes_files_and_reuses_an_identical_one(tmp_path):
    out = tmp_path / "corpus"
    stamp = write_corpus(out, 300, seed=4)
    texts = sorted(out.glob("*.txt"))
    assert len(texts) == stamp["articles"] > 0
    assert stamp["sentences"] >= 300
    for sidecar in out.glob("*.json"):
        assert set(json.loads(sidecar.read_text())) == {"title", "source", "published", "url"}
        assert sidecar.with_suffix(".txt").exists()
    mtime = texts[0].stat().st_mtime_ns
    assert write_corpus(out, 300, seed=4) == stamp
    assert texts[0].stat().st_mtime_ns == mtime
    assert write_corpus(out, 300, seed=5)["seed"] == 5


@pytest.mark.parametrize("kind", PASSAGE_SETS)
def test_query_sets_are_deterministic(kind, maker):
    assert passage_queries(kind, 500, seed=7, maker=maker) == passage_queries(kind, 500, seed=7)
    assert passage_queries(kind, 500, seed=7, maker=maker) != passage_queries(kind, 500, seed=8)


def test_fact_queries_are_deterministic_and_mixed(maker):
    queries = fact_queries(400, seed=7, pools=maker.pools)
    assert queries == fact_queries(400, seed=7)
    kinds = Counter(next(iter(q)) for q in queries)
    assert set(kinds) == {"about", "speaker"} and min(kinds.values()) > 100


def test_realistic_queries_mix_terms_phrases_and_filters(maker):
    queries = passage_queries("realistic", 2000, seed=7, maker=maker)
    assert all(q["q"].strip() for q in queries)
    phrases = sum(q["q"].startswith('"') for q in queries) / len(queries)
    assert 0.1 < phrases < 0.3
    filtered = Counter(key for q in queries for key in q if key != "q")
    assert {"source", "published_from", "entity"} <= set(filtered)
    assert sum(filtered.values()) < len(queries) / 2
    words = [len(q["q"].split()) for q in queries if not q["q"].startswith('"') and " OR " not in q["q"]
             and " NOT " not in q["q"]]
    assert set(words) == {1, 2, 3}


def test_filtered_set_pairs_each_query_with_its_unfiltered_twin(maker):
    filtered = passage_queries("filtered", 300, seed=7, maker=maker)
    unfiltered = passage_queries("unfiltered", 300, seed=7, maker=maker)
    assert all(len(q) == 2 for q in filtered)
    assert [{"q": q["q"]} for q in filtered] == unfiltered


def test_distinct_set_has_no_repeats(maker):
    queries = passage_queries("distinct", 12_000, seed=7, maker=maker)
    paths = [to_path("/v1/passages", q) for q in queries]
    assert len(paths) >= 10_000
    assert len(set(paths)) == len(paths)


def test_zipf_set_repeats_popular_queries(maker):
    queries = passage_queries("zipf", 5000, seed=7, maker=maker)
    counts = Counter(to_path("/v1/passages", q) for q in queries).most_common()
    assert counts[0][1] > 50 * counts[-1][1]
    assert len(counts) < len(queries) / 3


def test_to_path_round_trips():
    path = to_path("/v1/passages", {"q": '"north korea" troops*', "source": "The Harbor Times"}, limit=5)
    parts = urlsplit(path)
    assert parts.path == "/v1/passages"
    assert parse_qs(parts.query) == {"q": ['"north korea" troops*'], "source": ["The Harbor Times"], "limit": ["5"]}
