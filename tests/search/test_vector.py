"""The array engine ranks exactly like Whoosh's BM25F, across segments, deletions and rebuilds."""

from __future__ import annotations

import random
import re
import threading

import numpy as np
import pytest

from bench.generate import iter_articles
from bench.queries import QueryMaker
from service.search.documents import indexed_text
from service.search.query import QueryCompiler
from service.search.searcher import Filters, IndexReader
from service.search.vector import Hits, VectorSearcher, intersect_docs, intersection, union
from service.search.writer import IndexBuilder, IndexLocation, write_session

SEED = 5
PASSAGES = 2_000
SAMPLE = 300
TOP = 10
TOLERANCE = 1e-6


def records(article):
    aid = article.article_id
    record = {"id": aid, "title": article.title, "source": article.source, "published": article.published,
              "url": None, "byline": None, "text": " ".join(article.sentences), "passages": len(article.sentences),
              "facts": 1, "content_hash": "h-" + aid, "raw_hash": "r-" + aid, "entities": []}
    passages = [{"id": f"{aid}-p{i}", "article_id": aid, "index": i, "start": 0, "end": len(text), "text": text,
                 "title": article.title, "source": article.source, "published": article.published, "url": None,
                 "entities": []} for i, text in enumerate(article.sentences)]
    facts = [{"id": f"{aid}-f{i}", "article_id": aid, "passage_id": f"{aid}-p{i}", "index": i, "text": text,
              "start": 0, "end": len(text), "source": article.source, "published": article.published,
              "title": None, "url": None, "entities": [], "quantities": [], "attribution": None,
              "negated": False, "hedged": False, "score": 0.5} for i, text in enumerate(article.sentences[:3])]
    return record, passages, facts


@pytest.fixture(scope="module")
def articles():
    return list(iter_articles(PASSAGES, seed=SEED))


@pytest.fixture(scope="module")
def query_texts():
    maker = QueryMaker(SEED)
    rng = random.Random(11)
    texts = [maker.text(rng) for _ in range(SAMPLE)]
    words = [maker.term(rng) for _ in range(40)]
    # Shapes the generator makes rarely: NOT inside OR, grouped OR with NOT, short prefixes.
    texts += [f"{a} OR NOT {b}" for a, b in zip(words[:5], words[5:10])]
    texts += [f"({a} OR {b}) NOT {c}" for a, b, c in zip(words[10:15], words[15:20], words[20:25])]
    texts += [f"{w[:2]}*" for w in words[25:30] if len(w) >= 2]
    return texts


def build(root, articles):
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for article in articles:
            builder.add_article(*records(article))


def parse_all(texts, compiler):
    out = []
    for text in texts:
        try:
            out.append(compiler.parse(text))
        except Exception:  # stop-word-only or malformed generated text: not a ranking question
            continue
    return out


def whoosh_top(searcher, q):
    """Whoosh's own top-10 from its exhaustive ranking (every match scored and sorted). With a limit, Whoosh's
    collector sometimes under-scores a document of an OR inside an AND, so that its top-10 depends on the limit."""
    return searcher.search(q, limit=None)[:TOP]


def text_source(searcher):
    return lambda docnum, fieldname: indexed_text(searcher.stored_fields(docnum), fieldname)


def assert_same_ranking(searcher, parsed_queries, text_of=None):
    engine = VectorSearcher(searcher, text_of=text_of)
    compared = 0
    for parsed in parsed_queries:
        top = whoosh_top(searcher, parsed.query)
        hits = engine.evaluate(parsed.query)
        assert len(hits) == sum(1 for _ in searcher.docs_for_query(parsed.query)), parsed.describe()
        docs, scores = hits.top(TOP)
        assert docs.tolist() == [hit.docnum for hit in top], parsed.describe()
        assert np.allclose(scores, [hit.score for hit in top], rtol=0, atol=TOLERANCE), parsed.describe()
        compared += bool(len(top))
    return compared


@pytest.fixture(scope="module")
def index_root(tmp_path_factory, articles):
    root = tmp_path_factory.mktemp("vector") / "index"
    build(root, articles)
    return root


def test_same_top10_and_scores_as_whoosh(index_root, query_texts):
    index = IndexLocation(index_root).open()
    passage_queries = parse_all(query_texts, QueryCompiler("passage_text", "passage_bigrams"))
    fact_queries = parse_all(query_texts, QueryCompiler("fact_text"))  # phrases go through positions here
    with index.searcher() as searcher:
        # Phrase positions checked on the stored text (as the service does)
        assert assert_same_ranking(searcher, passage_queries, text_source(searcher)) > SAMPLE // 2
        assert assert_same_ranking(searcher, fact_queries, text_source(searcher)) > SAMPLE // 4


def test_same_ranking_across_segments_and_deletions(tmp_path, articles, query_texts):
    root = tmp_path / "index"
    build(root, articles[:-20])
    with write_session(root, lock_timeout=5) as session:  # deletions in the first segment, a second segment
        for article in articles[:10]:
            session.delete_article(article.article_id)
        for article in articles[-20:]:
            session.replace_article(*records(article))
    index = IndexLocation(root).open()
    with index.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) >= 2
        assert searcher.reader().has_deletions()
        parsed = parse_all(query_texts, QueryCompiler("passage_text", "passage_bigrams"))
        assert assert_same_ranking(searcher, parsed) > SAMPLE // 2  # phrase positions from Whoosh's matcher
        engine = VectorSearcher(searcher)
        deleted = {f"{a.article_id}-p0" for a in articles[:10]}
        for article in articles[:10]:
            words = QueryCompiler("passage_text", "passage_bigrams").parse(article.sentences[0])
            for docnum in engine.evaluate(words.query).docs.tolist():
                assert searcher.stored_fields(docnum)["id"] not in deleted


def test_reader_never_serves_deleted_or_stale_postings_during_writes(tmp_path, articles):
    """Readers search continuously while an article is deleted and re-added and the index is rebuilt; after each
    commit, the next search sees exactly the committed state."""
    root = tmp_path / "index"
    build(root, articles[:60])
    reader = IndexReader(root)
    target = articles[0]
    passage_id = f"{target.article_id}-p0"
    query = QueryCompiler("passage_text", "passage_bigrams").parse(" ".join(target.sentences[0].split()[:4]))
    errors: list[str] = []
    stop = threading.Event()

    def hits():
        page, total, _ = reader.search("passage", query, Filters(), limit=50, offset=0)
        return [item["id"] for item in page], total

    def read():
        try:
            while not stop.is_set():
                ids, total = hits()
                if len(ids) != len(set(ids)) or total["value"] < len(ids):
                    errors.append(f"inconsistent page {ids} {total}")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            reader.close()

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(3):
            with write_session(root, lock_timeout=5) as session:
                session.delete_article(target.article_id)
            assert passage_id not in hits()[0]
            with write_session(root, lock_timeout=5) as session:
                session.replace_article(*records(target))
            assert hits()[0].count(passage_id) == 1
        build(root, articles[30:60])  # a rebuild without the article, swapped in while readers run
        assert passage_id not in hits()[0]
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert not errors, errors[:3]


def test_set_operations_add_scores():
    a = Hits(np.array([1, 3, 5], dtype=np.int32), np.array([1.0, 2.0, 3.0]))
    b = Hits(np.array([3, 4, 5], dtype=np.int32), np.array([10.0, 20.0, 30.0]))
    both = intersection([a, b])
    assert both.docs.tolist() == [3, 5] and both.scores.tolist() == [12.0, 33.0]
    either = union([a, b])
    assert either.docs.tolist() == [1, 3, 4, 5] and either.scores.tolist() == [1.0, 12.0, 20.0, 33.0]


def test_intersect_docs_equals_set_intersection():
    rng = np.random.default_rng(8)
    arrays = [np.unique(rng.integers(0, 500, size=n)).astype(np.int32) for n in (300, 40, 250)]
    expected = sorted(set(arrays[0].tolist()).intersection(*(a.tolist() for a in arrays[1:])))
    assert intersect_docs(arrays).tolist() == expected and len(expected) > 0
    assert intersect_docs([arrays[0]]).tolist() == arrays[0].tolist()
    assert intersect_docs([arrays[1], np.zeros(0, dtype=np.int32), arrays[2]]).tolist() == []


def test_union_adds_the_scores_in_the_order_of_its_parts():
    """Scores are summed part by part, as ``np.bincount`` over the parts' concatenation sums them."""
    rng = np.random.default_rng(9)
    parts = [Hits(np.unique(rng.integers(0, 3000, size=n)).astype(np.int32), None) for n in (2000, 500, 1200)]
    parts = [Hits(p.docs, rng.random(len(p.docs)) * 10) for p in parts]
    expected: dict[int, float] = {}
    for part in parts:
        for doc, score in zip(part.docs.tolist(), part.scores.tolist()):
            expected[doc] = expected.get(doc, 0.0) + score
    found = union(parts)
    assert found.docs.tolist() == sorted(expected)
    assert found.scores.tolist() == [expected[doc] for doc in sorted(expected)]  # bit for bit


def test_top_breaks_ties_by_document_number():
    hits = Hits(np.array([2, 4, 6, 8, 9], dtype=np.int32), np.array([1.0, 3.0, 3.0, 3.0, 0.5]))
    docs, scores = hits.top(2)
    assert docs.tolist() == [4, 6] and scores.tolist() == [3.0, 3.0]
    assert hits.top(10)[0].tolist() == [4, 6, 8, 2, 9]
    assert hits.top(0)[0].tolist() == []


def test_match_offsets_follow_the_index_analyser(articles, tmp_path):
    """The fast highlighter finds exactly the tokens the index analyser turns into the query's terms."""
    from service.search.schema import text_analyzer

    analyzer = text_analyzer()
    reader = IndexReader(tmp_path)
    compiler = QueryCompiler("passage_text", "passage_bigrams")
    texts = [sentence for article in articles[:20] for sentence in article.sentences]
    for article in articles[:20]:
        words = re.findall(r"[A-Za-z]{3,}", " ".join(article.sentences[:2]))
        parsed = compiler.parse(" OR ".join(words[:3]) + f" OR {words[-1][:3]}*")
        for text in texts:
            expected = [{"start": t.startchar, "end": t.endchar, "term": text[t.startchar:t.endchar]}
                        for t in analyzer(text, chars=True, keeporiginal=True, removestops=True)
                        if t.text in parsed.terms or any(t.original.lower().startswith(p) for p in parsed.prefixes)]
            assert reader.matches(text, parsed) == expected
