"""Nearest facts by meaning: each fact's embedding is a float16 column (``fact_vector``), scanned as one matrix.

The vectors are unit length (written by the pipeline's embedding model), so a dot product is the cosine
similarity. The matrix is read once per index generation and per thread, like every other cached column, and kept as
float32 while that stays small.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from .documents import record_of
from .searcher import IndexReader

VECTOR_DTYPE = np.float16
# Up to this size the matrix is kept as float32, so a query is one matrix-vector product (about 28 MB at 100k
# passages); a larger one stays float16 (half the memory) and is converted on each query.
MAX_FLOAT32_MATRIX_BYTES = 64 * 2**20


def _matrix(reader: IndexReader, state) -> tuple[list[int], np.ndarray | None]:
    def compute():
        docs = sorted(state.searcher.docs_for_query(wq.Term("kind", "fact")))
        if not docs:
            return [], None
        column = state.searcher.reader().column_reader("fact_vector")
        rows = [column[doc] for doc in docs]
        width = max((len(r) for r in rows), default=0)
        if not width:
            return [], None
        kept = [(doc, row) for doc, row in zip(docs, rows) if len(row) == width]
        matrix = np.frombuffer(b"".join(row for _, row in kept), dtype=VECTOR_DTYPE).reshape(len(kept), -1)
        if matrix.size * np.dtype(np.float32).itemsize <= MAX_FLOAT32_MATRIX_BYTES:
            matrix = matrix.astype(np.float32)
        return [doc for doc, _ in kept], matrix

    return reader._memo(state, ("vectors", "fact"), compute)


def nearest_facts(reader: IndexReader, vector: np.ndarray, *, limit: int, min_similarity: float = -1.0) -> list[dict]:
    """Fact records most similar to ``vector``, best first, each with its ``similarity``."""
    state = reader._state()
    docs, matrix = _matrix(reader, state)
    if matrix is None or limit <= 0:
        return []
    scores = matrix.astype(np.float32, copy=False) @ np.asarray(vector, dtype=np.float32)
    top = np.argpartition(-scores, min(limit, len(docs)) - 1)[:limit]
    out = []
    for i in sorted(top, key=lambda i: (-scores[i], docs[i])):
        if scores[i] < min_similarity:
            break
        record = record_of(state.searcher.stored_fields(docs[i]))
        record["similarity"] = round(float(scores[i]), 4)
        out.append(record)
    return out
