"""Nearest facts by meaning over the fact_vector column, kept as float32 when small and float16 when not."""

import numpy as np

import service.search.vectors as vectors
from service.search.searcher import IndexReader
from service.search.writer import IndexBuilder

DIMENSIONS = 16


def _fact(aid: str, i: int, vector: np.ndarray) -> dict:
    return {"id": f"{aid}-f{i}", "article_id": aid, "passage_id": None, "index": i, "text": f"fact {i}", "start": 0,
            "end": 1, "source": "S", "published": None, "title": None, "url": None, "entities": [],
            "quantities": [], "attribution": None, "negated": False, "hedged": False, "score": 0.5,
            "vector": vector.astype(np.float16).tobytes()}


def test_nearest_facts_are_the_same_from_a_float32_or_a_float16_matrix(tmp_path, monkeypatch):
    rng = np.random.default_rng(4)
    rows = rng.normal(size=(60, DIMENSIONS))
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for a in range(6):
            aid = f"a{a}"
            builder.add_article({"id": aid, "title": None, "source": "S", "published": None, "url": None,
                                 "byline": None, "text": "t", "passages": 0, "facts": 10, "content_hash": "h" + aid,
                                 "raw_hash": "r" + aid, "entities": []}, [],
                                [_fact(aid, i, rows[a * 10 + i]) for i in range(10)])
    query = rows[17] + 0.1 * rng.normal(size=DIMENSIONS)

    def nearest(limit_bytes: int) -> tuple:
        monkeypatch.setattr(vectors, "MAX_FLOAT32_MATRIX_BYTES", limit_bytes)
        reader = IndexReader(root)
        dtype = vectors._matrix(reader, reader._state())[1].dtype
        found = [(r["id"], r["similarity"]) for r in vectors.nearest_facts(reader, query, limit=5)]
        return dtype, found

    small_dtype, from_float32 = nearest(2**20)
    large_dtype, from_float16 = nearest(0)
    assert (small_dtype, large_dtype) == (np.float32, np.float16)
    assert from_float32 == from_float16 and from_float32[0][0] == "a1-f7"
    expected = np.argsort(-(rows.astype(np.float16).astype(np.float32) @ query.astype(np.float32)))[:5]
    assert [fid for fid, _ in from_float32] == [f"a{i // 10}-f{i % 10}" for i in expected]
