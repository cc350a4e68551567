"""Posting lists decoded into arrays give the same documents as Whoosh's own matchers, across segments and deletions."""

from __future__ import annotations

import random

import numpy as np
from whoosh.query import And, Or, Term

from service.search.postings import docs_with_any
from service.search.writer import IndexBuilder, IndexLocation, write_session

NAMES = ["ukraine", "north korea", "bank of canada", "world health organization", "kursk", "pentagon"]
KEYS = [f"k{i}" for i in range(12)]


def article(n: int, rng: random.Random):
    aid = f"a{n:04d}"
    record = {"id": aid, "title": None, "source": "S", "published": None, "url": None, "byline": None, "text": "t",
              "passages": 0, "facts": 4, "content_hash": "h" + aid, "raw_hash": "r" + aid, "entities": []}
    facts = [{"id": f"{aid}-f{i}", "article_id": aid, "passage_id": None, "index": i, "text": f"fact {n} {i}",
              "start": 0, "end": 1, "source": "S", "published": None, "title": None, "url": None,
              "entities": [{"name": name, "type": "GPE"} for name in rng.sample(NAMES, rng.randint(0, 2))],
              "link_keys": rng.sample(KEYS, rng.randint(0, 3)), "quantities": [], "attribution": None,
              "negated": False, "hedged": False, "score": 0.5} for i in range(4)]
    return record, [], facts


def test_docs_with_any_equals_whoosh_across_segments_and_deletions(tmp_path):
    rng = random.Random(3)
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(300):
            builder.add_article(*article(n, rng))
    with write_session(root, lock_timeout=5) as session:  # deletions in the first segment, then a second segment
        for n in range(0, 300, 7):
            session.delete_article(f"a{n:04d}")
        for n in range(300, 340):
            session.replace_article(*article(n, rng))
    with IndexLocation(root).open().searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) >= 2 and searcher.reader().has_deletions()
        for fieldname, vocabulary in (("entities", NAMES), ("link_keys", KEYS)):
            for size in (1, 2, 4):
                texts = rng.sample(vocabulary, size) + ["never indexed"]
                expected = sorted(searcher.docs_for_query(Or([Term(fieldname, t) for t in texts])))
                found = docs_with_any(searcher, fieldname, texts)
                assert found.tolist() == expected and len(expected) > 0
        both = np.intersect1d(docs_with_any(searcher, "entities", NAMES[:2]),
                              docs_with_any(searcher, "link_keys", KEYS[:3]), assume_unique=True)
        query = And([Or([Term("entities", t) for t in NAMES[:2]]), Or([Term("link_keys", t) for t in KEYS[:3]])])
        assert both.tolist() == sorted(searcher.docs_for_query(query))
        assert docs_with_any(searcher, "entities", ["never indexed"]).tolist() == []


def test_segment_postings_are_decoded_once_and_shared_across_searchers(tmp_path):
    from service.search.postings import SegmentPostingsCache, segment_key, term_postings

    rng = random.Random(5)
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(100):
            builder.add_article(*article(n, rng))
    cache = SegmentPostingsCache()
    with IndexLocation(root).open().searcher() as searcher:
        (built, _), = searcher.reader().leaf_readers()
        first = cache.postings(built, "link_keys", b"k1")
        assert cache.postings(built, "link_keys", b"k1") is first and not first[0].flags.writeable
        assert [a.tolist() for a in first] == [a.tolist() for a in term_postings(built, "link_keys", b"k1")]
    with write_session(root, lock_timeout=5) as session:  # a new segment, and deletions in the built one
        session.delete_article("a0003")
        session.replace_article(*article(500, rng))
    with IndexLocation(root).open().searcher() as searcher:
        leaves = {segment_key(leaf): leaf for leaf, _ in searcher.reader().leaf_readers()}
        assert len(leaves) == 2 and segment_key(built) in leaves
        assert cache.postings(leaves[segment_key(built)], "link_keys", b"k1") is first  # the segment is unchanged
        assert cache.bytes > 0
        small = SegmentPostingsCache(max_bytes=first[0].nbytes + first[1].nbytes)
        small.postings(leaves[segment_key(built)], "link_keys", b"k1")
        small.postings(leaves[segment_key(built)], "link_keys", b"k2")
        assert 0 < small.bytes <= small.max_bytes
