"""Column readers and field lengths kept per segment across index generations read what Whoosh's own readers of
each new searcher read: after adds, deletions and a merge, a new generation opens only its new segments' columns,
and a generation still in use reads the segments that the cache has since dropped."""

import threading

import numpy as np
import pytest

import service.search.columns as columns
import service.search.searcher as searcher_module
import service.search.vector as vector_module
from service.search.postings import segment_key
from service.search.searcher import IndexReader
from service.search.writer import IndexBuilder, optimize, write_session

WORDS = ["troops", "border", "missile", "range", "casualties", "ministry", "denied", "report"]


def _article(aid: str, n: int, rng: np.random.Generator):
    facts = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS, size=int(rng.integers(2, 7))).tolist())
        facts.append({"id": f"{aid}-f{i}", "article_id": aid, "passage_id": None, "index": i, "text": text,
                      "start": 0, "end": 1, "source": "S", "published": None, "title": None, "url": None,
                      "entities": [], "quantities": [], "attribution": None, "negated": False, "hedged": False,
                      "score": 0.5, "vector": rng.normal(size=8).astype(np.float16).tobytes()})
    return ({"id": aid, "title": None, "source": "S", "published": None, "url": None, "byline": None, "text": "t",
             "passages": 0, "facts": n, "content_hash": "h" + aid, "raw_hash": "r" + aid, "entities": []}, [], facts)


@pytest.fixture()
def cache(monkeypatch):
    fresh = columns.SegmentColumns()
    for module in (columns, searcher_module, vector_module):
        monkeypatch.setattr(module, "SEGMENT_COLUMNS", fresh)
    return fresh


def _index(tmp_path, rng):
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for a in range(12):
            builder.add_article(*_article(f"a{a}", 6, rng))
    return root


def _segments(reader: IndexReader) -> set:
    return {segment_key(leaf) for leaf, _ in reader._state().searcher.reader().leaf_readers()}


def _read(reader: IndexReader) -> list:
    """Every live document's stored fields and vector through the kept columns."""
    state = reader._state()
    stored, vectors = reader._stored_fields(state), reader.bytes_column(state, "fact_vector")
    return [(doc, stored(doc), vectors(doc)) for doc in state.searcher.reader().all_doc_ids()]


def _read_by_whoosh(reader: IndexReader) -> list:
    """The same through Whoosh's own readers of the searcher."""
    state = reader._state()
    out = []
    for doc in state.searcher.reader().all_doc_ids():
        column = state.searcher.reader().column_reader("fact_vector", translate=False)
        out.append((doc, state.searcher.stored_fields(doc), column[doc]))
    return out


def _ranked(reader: IndexReader) -> list:
    return [(r["id"], r["rank_score"]) for r in reader.search_words("fact", "troops border missile denied", limit=40)]


def _same_as_a_new_process(reader: IndexReader, monkeypatch) -> None:
    """Reads and BM25 scores equal those of Whoosh's readers and of a cache that starts empty."""
    assert _read(reader) == _read_by_whoosh(reader)
    ranked = _ranked(reader)
    fresh = IndexReader(reader.location.root)
    with monkeypatch.context() as patch:
        empty = columns.SegmentColumns()
        for module in (columns, searcher_module, vector_module):
            patch.setattr(module, "SEGMENT_COLUMNS", empty)
        assert _ranked(fresh) == ranked and _read(fresh) == _read(reader)
    fresh.close()


def test_kept_columns_read_what_whoosh_reads_after_adds_deletes_and_a_merge(tmp_path, cache, monkeypatch):
    rng = np.random.default_rng(1)
    root = _index(tmp_path, rng)
    reader = IndexReader(root)
    _same_as_a_new_process(reader, monkeypatch)
    opened = cache.opened
    assert opened and cache.segments() == _segments(reader)

    for n in range(3):  # each write adds a segment: only its columns are opened
        with write_session(root, lock_timeout=5) as session:
            session.replace_article(*_article(f"new{n}", 4, rng))
        _same_as_a_new_process(reader, monkeypatch)
        assert cache.opened == opened * (n + 2) and cache.segments() == _segments(reader)
    with write_session(root, lock_timeout=5) as session:  # deletions in the built segment and in a new one
        for aid in ("a3", "a7", "new1"):
            session.delete_article(aid)
    _same_as_a_new_process(reader, monkeypatch)
    assert cache.opened == opened * 4

    optimize(root, lock_timeout=5)  # one segment written anew: the merged ones are dropped
    _same_as_a_new_process(reader, monkeypatch)
    assert len(_segments(reader)) == 1 and cache.segments() == _segments(reader)
    reader.close()


def test_a_generation_in_use_reads_segments_the_cache_has_dropped(tmp_path, cache):
    rng = np.random.default_rng(2)
    root = _index(tmp_path, rng)
    with write_session(root, lock_timeout=5) as session:
        session.replace_article(*_article("new", 4, rng))
    reader = IndexReader(root)
    before = _read(reader)
    state = reader._state()
    stored, vectors = reader._stored_fields(state), reader.bytes_column(state, "fact_vector")

    optimize(root, lock_timeout=5)  # another reader opens the merged segment: the cache drops the old ones
    other = IndexReader(root)
    other._state()
    assert not cache.segments() & {segment_key(leaf) for leaf, _ in state.searcher.reader().leaf_readers()}
    assert [(doc, stored(doc), vectors(doc)) for doc, _, _ in before] == before
    other.close()
    reader.close()


def test_threads_read_through_the_same_kept_columns(tmp_path, cache):
    """Each thread has its own searcher, but they share the kept columns: read by ``pread`` (no file position),
    so concurrent reads give each thread what one thread alone reads."""
    rng = np.random.default_rng(3)
    root = _index(tmp_path, rng)
    reader = IndexReader(root)
    expected = _read(reader)
    opened = cache.opened
    results, errors = [], []

    def read_many():
        try:
            results.extend(_read(reader) == expected for _ in range(20))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            reader.close()

    threads = [threading.Thread(target=read_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(results) == 80 and all(results)
    assert cache.opened == opened  # the other threads' searchers opened no column again
    reader.close()
