"""Nearest facts by meaning over the fact_vector column: an exact scan while the vectors fit the budget, else a scan
of their leading dimensions rescored on the whole vectors."""

import numpy as np

import service.search.vectors as vectors
from service.search.postings import segment_key
from service.search.searcher import IndexReader
from service.search.writer import IndexBuilder, optimize, write_session

DIMENSIONS = 16


def _fact(aid: str, i: int, vector: np.ndarray) -> dict:
    return {"id": f"{aid}-f{i}", "article_id": aid, "passage_id": None, "index": i, "text": f"fact {i}", "start": 0,
            "end": 1, "source": "S", "published": None, "title": None, "url": None, "entities": [],
            "quantities": [], "attribution": None, "negated": False, "hedged": False, "score": 0.5,
            "vector": vector.astype(np.float16).tobytes()}


def _index(tmp_path, rows: np.ndarray):
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for a in range(len(rows) // 10):
            aid = f"a{a}"
            builder.add_article({"id": aid, "title": None, "source": "S", "published": None, "url": None,
                                 "byline": None, "text": "t", "passages": 0, "facts": 10, "content_hash": "h" + aid,
                                 "raw_hash": "r" + aid, "entities": []}, [],
                                [_fact(aid, i, rows[a * 10 + i]) for i in range(10)])
    return root


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=-1, keepdims=True)


def _nearest(root, query, monkeypatch, *, budget: int, min_dims: int = 4, limit: int = 5):
    monkeypatch.setattr(vectors, "MAX_SCAN_MATRIX_BYTES", budget)
    monkeypatch.setattr(vectors, "MIN_SCAN_DIMENSIONS", min_dims)
    reader = IndexReader(root)
    scan = vectors._scan(reader, reader._state())
    found = [(r["id"], r["similarity"]) for r in vectors.nearest_facts(reader, query, limit=limit)]
    return scan.dims, found


def _exact_ranking(rows: np.ndarray, query: np.ndarray, limit: int) -> list[str]:
    scores = rows.astype(np.float16).astype(np.float32) @ query.astype(np.float32)
    return [f"a{i // 10}-f{i % 10}" for i in np.argsort(-scores, kind="stable")[:limit]]


def test_a_scan_within_the_budget_is_exact(tmp_path, monkeypatch):
    rng = np.random.default_rng(4)
    rows = _unit(rng.normal(size=(60, DIMENSIONS)))
    query = rows[17] + 0.1 * rng.normal(size=DIMENSIONS)
    dims, found = _nearest(_index(tmp_path, rows), query, monkeypatch, budget=2**20)
    assert dims == DIMENSIONS
    assert [fid for fid, _ in found] == _exact_ranking(rows, query, 5) and found[0][0] == "a1-f7"


def test_a_scan_over_budget_uses_leading_dimensions_and_rescores_exactly(tmp_path, monkeypatch):
    rng = np.random.default_rng(5)
    rows = _unit(rng.normal(size=(200, DIMENSIONS)))
    root = _index(tmp_path, rows)
    query = rows[42] + 0.05 * rng.normal(size=DIMENSIONS)
    exact_dims, exact = _nearest(root, query, monkeypatch, budget=2**20, limit=3)
    prefix_dims, rescored = _nearest(root, query, monkeypatch, budget=200 * 8 * 4, limit=3)
    assert (exact_dims, prefix_dims) == (DIMENSIONS, 8)
    # the similarities reported are the whole vectors' ones, and the best match survives the rough scan
    assert rescored[0] == exact[0] and rescored[0][0] == "a4-f2"
    assert {fid: sim for fid, sim in rescored}.items() <= {fid: sim for fid, sim in _nearest(
        root, query, monkeypatch, budget=2**20, limit=200)[1]}.items()


def test_the_scan_never_goes_below_its_minimum_dimensions(tmp_path, monkeypatch):
    rows = _unit(np.random.default_rng(6).normal(size=(60, DIMENSIONS)))
    dims, _ = _nearest(_index(tmp_path, rows), rows[0], monkeypatch, budget=0, min_dims=4)
    assert dims == 4


def test_the_best_scores_are_found_exactly_whether_the_sampled_cut_off_holds_or_not():
    """``_top`` equals a full sort by (score descending, index ascending): with many ties at the cut-off, with the
    sampled cut-off reached by enough scores, and with one that is not (the best scores all between samples)."""
    rng = np.random.default_rng(7)

    def expected(scores, limit):
        return np.lexsort((np.arange(len(scores)), -scores))[:limit].tolist()

    spread = rng.normal(size=20_000).astype(np.float32)
    ties = np.round(rng.normal(size=20_000), 1).astype(np.float32)
    between = np.zeros(20_000, dtype=np.float32)
    between[1::vectors.TOP_SAMPLE_STRIDE] = 1.0  # no sampled score is among the best
    sampled = spread.copy()
    sampled[::vectors.TOP_SAMPLE_STRIDE] = 10.0  # the best are the sampled ones: too few for a limit of 1,000
    for scores in (spread, ties, between, sampled, spread[:50]):
        for limit in (1, 30, 300, 1_000, len(scores), len(scores) + 5):
            assert vectors._top(scores, limit).tolist() == expected(scores, limit)
    assert vectors._top(spread, 0).tolist() == []


def test_a_row_scores_the_same_whatever_block_holds_it():
    """Scores of rows taken in any blocks (one row, a few, misaligned copies) equal the scores of the whole matrix
    bit for bit."""
    rng = np.random.default_rng(10)
    for dims in (4, 32, 128):
        matrix = rng.normal(size=(3_000, dims)).astype(np.float32)
        query = rng.normal(size=dims).astype(np.float32)
        whole = vectors.row_scores(matrix, query)
        bounds = [0, 1, 3, 8, 1_001, 2_999, 3_000]
        blocks = [vectors.row_scores(np.ascontiguousarray(matrix[a:b]), query) for a, b in zip(bounds, bounds[1:])]
        assert np.array_equal(np.concatenate(blocks), whole)
        shifted = np.empty(matrix.size + 1, dtype=np.float32)[1:].reshape(matrix.shape)  # another alignment
        shifted[...] = matrix
        assert np.array_equal(vectors.row_scores(shifted[5:9], query), whole[5:9])


# -- the scan matrix per segment, kept across generations --------------------------------------------------------

def _from_scratch(reader: IndexReader):
    """The scan matrix as it was built before it had parts: every fact's vector read again, one matrix."""
    state = reader._state()
    docs = reader._engine(state).term_docs("kind", "fact").tolist()
    column = reader.bytes_column(state, "fact_vector")
    rows = [column(doc) for doc in docs]
    width = max(len(row) for row in rows) // 2
    kept = [(doc, row) for doc, row in zip(docs, rows) if len(row) == width * 2]
    full = np.frombuffer(b"".join(row for _, row in kept), dtype=np.float16).reshape(len(kept), width)
    dims = vectors._scan_dimensions(len(kept), width)
    matrix = full[:, :dims].astype(np.float32)
    return [doc for doc, _ in kept], vectors._unit_rows(matrix) if dims < width else matrix


def _article(aid: str, rows: np.ndarray, *, without_vector: int | None = None):
    facts = [_fact(aid, i, row) for i, row in enumerate(rows)]
    if without_vector is not None:
        facts[without_vector].pop("vector")
    return ({"id": aid, "title": None, "source": "S", "published": None, "url": None, "byline": None, "text": "t",
             "passages": 0, "facts": len(facts), "content_hash": "h" + aid, "raw_hash": "r" + aid, "entities": []},
            [], facts)


def _live_rows(scan) -> np.ndarray:
    """The live rows of a scan's parts, one after the other."""
    return np.concatenate([part.rows if rows is None else part.rows[rows] for part, rows in scan.parts])


def _same_as_from_scratch(reader: IndexReader, queries: np.ndarray) -> None:
    """The kept parts hold the from-scratch matrix's rows bit for bit, scored part by part they give its scores bit
    for bit, and the answers are those of a cache that starts empty."""
    scan = vectors._scan(reader, reader._state())
    docs, matrix = _from_scratch(reader)
    assert scan.docs.tolist() == docs and scan.dims == matrix.shape[1]
    rows = _live_rows(scan)
    assert rows.dtype == matrix.dtype and np.array_equal(rows, matrix)
    for q in queries.astype(np.float32):
        assert np.array_equal(scan.scores(q[:scan.dims]), vectors.row_scores(matrix, q[:scan.dims]))
    found = [vectors.nearest_facts(reader, q, limit=7) for q in queries]
    fresh = IndexReader(reader.location.root)
    kept, vectors.SCAN_PARTS = vectors.SCAN_PARTS, vectors.SegmentScanCache()
    try:
        assert [vectors.nearest_facts(fresh, q, limit=7) for q in queries] == found
    finally:
        vectors.SCAN_PARTS = kept
        fresh.close()


def _segments(reader: IndexReader) -> set:
    return {segment_key(leaf) for leaf, _ in reader._state().searcher.reader().leaf_readers()}


def test_the_kept_parts_give_the_from_scratch_matrix_after_adds_deletes_and_a_merge(tmp_path, monkeypatch):
    rng = np.random.default_rng(8)
    rows = _unit(rng.normal(size=(200, DIMENSIONS)))
    root = _index(tmp_path, rows)
    queries = _unit(rng.normal(size=(6, DIMENSIONS)))
    monkeypatch.setattr(vectors, "SCAN_PARTS", vectors.SegmentScanCache())
    monkeypatch.setattr(vectors, "MAX_SCAN_MATRIX_BYTES", 300 * 8 * 4)  # 8 of 16 dimensions up to 300 facts
    monkeypatch.setattr(vectors, "MIN_SCAN_DIMENSIONS", 4)
    reader = IndexReader(root)
    _same_as_from_scratch(reader, queries)
    assert vectors.SCAN_PARTS.reads == 1 and vectors._scan(reader, reader._state()).dims == 8

    for n in range(3):  # each write adds a segment: only that one is read
        with write_session(root, lock_timeout=5) as session:
            session.replace_article(*_article(f"new{n}", _unit(rng.normal(size=(10, DIMENSIONS))), without_vector=n))
        _same_as_from_scratch(reader, queries)
        assert vectors.SCAN_PARTS.reads == 2 + n
    with write_session(root, lock_timeout=5) as session:  # deletions in the built segment and in a new one: masked
        for aid in ("a3", "a7", "new1"):
            session.delete_article(aid)
    _same_as_from_scratch(reader, queries)
    assert vectors.SCAN_PARTS.reads == 4 and len(_segments(reader)) == 4
    # new1's segment has no live fact left: it holds no part
    assert len(vectors.SCAN_PARTS.segments()) == 3 and vectors.SCAN_PARTS.segments() < _segments(reader)

    optimize(root, lock_timeout=5)  # one segment, written anew: the merged segments' parts are dropped
    _same_as_from_scratch(reader, queries)
    assert vectors.SCAN_PARTS.reads == 5 and vectors.SCAN_PARTS.segments() == _segments(reader)
    assert len(_segments(reader)) == 1
    reader.close()


def test_a_total_that_changes_the_prefix_width_rebuilds_every_part(tmp_path, monkeypatch):
    rng = np.random.default_rng(9)
    root = _index(tmp_path, _unit(rng.normal(size=(100, DIMENSIONS))))
    queries = _unit(rng.normal(size=(4, DIMENSIONS)))
    monkeypatch.setattr(vectors, "SCAN_PARTS", vectors.SegmentScanCache())
    monkeypatch.setattr(vectors, "MAX_SCAN_MATRIX_BYTES", 105 * DIMENSIONS * 4)  # whole up to 105 facts
    monkeypatch.setattr(vectors, "MIN_SCAN_DIMENSIONS", 4)
    reader = IndexReader(root)
    _same_as_from_scratch(reader, queries)
    assert vectors._scan(reader, reader._state()).exact
    with write_session(root, lock_timeout=5) as session:  # 110 facts: the scan keeps 8 leading dimensions now
        session.replace_article(*_article("more", _unit(rng.normal(size=(10, DIMENSIONS)))))
    _same_as_from_scratch(reader, queries)
    assert not vectors._scan(reader, reader._state()).exact
    assert vectors.SCAN_PARTS.reads == 1 + 1 + 1  # the built segment read again at the new width
    reader.close()
