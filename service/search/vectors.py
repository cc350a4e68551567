"""Nearest facts by meaning: each fact's embedding is a float16 column (``fact_vector``), scanned as one matrix.

The vectors are unit length (written by the pipeline's embedding model), so a dot product is the cosine
similarity. The scan matrix is read once per index generation and per thread, like every other cached column, and
kept as float32 so that a query is one matrix-vector product. While the whole vectors fit in
``MAX_SCAN_MATRIX_BYTES`` (a few tens of thousands of facts) the scan is exact. A larger collection is scanned on
the leading dimensions only (halved until they fit, never fewer than ``MIN_SCAN_DIMENSIONS``), renormalised: the
embeddings are Matryoshka-trained, so a prefix is itself an embedding. Then the best ``RESCORED_PER_RESULT`` times
``limit`` are rescored on their whole stored vectors, and the answer is ranked by those exact similarities.

A worker thus holds ``MAX_SCAN_MATRIX_BYTES`` of vectors at most (or ``MIN_SCAN_DIMENSIONS`` floats a fact,
128 MB at 1M facts), and never converts the whole float16 column on a query. At 100k passages (97k facts) the
scan keeps 128 of 256 dimensions: 50 MB, half the time of a whole scan, and the same 30 nearest facts for sampled
claims (``bench/README.md``).
"""

from __future__ import annotations

import numpy as np

from .documents import record_of
from .searcher import IndexReader

VECTOR_DTYPE = np.float16
MAX_SCAN_MATRIX_BYTES = 64 * 2**20
MIN_SCAN_DIMENSIONS = 32
RESCORED_PER_RESULT = 10
TOP_SAMPLE_STRIDE = 64  # every how many scores the best ones' cut-off is estimated from


class _ScanMatrix:
    """Fact documents and the float32 scan matrix of their vectors (whole, or their leading dimensions)."""

    def __init__(self, docs: list[int], matrix: np.ndarray, width: int):
        self.docs = docs
        self.matrix = matrix
        self.width = width

    @property
    def exact(self) -> bool:
        return self.matrix.shape[1] == self.width


def _scan_dimensions(rows: int, width: int) -> int:
    dims = width
    while rows * dims * np.dtype(np.float32).itemsize > MAX_SCAN_MATRIX_BYTES and dims // 2 >= MIN_SCAN_DIMENSIONS:
        dims //= 2
    return dims


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1)


def _matrix(reader: IndexReader, state) -> _ScanMatrix | None:
    def compute():
        docs = reader._engine(state).term_docs("kind", "fact").tolist()
        if not docs:
            return None
        column = reader.bytes_column(state, "fact_vector")
        rows = [column(doc) for doc in docs]
        width = max((len(r) for r in rows), default=0) // np.dtype(VECTOR_DTYPE).itemsize
        if not width:
            return None
        kept = [(doc, row) for doc, row in zip(docs, rows) if len(row) == width * np.dtype(VECTOR_DTYPE).itemsize]
        full = np.frombuffer(b"".join(row for _, row in kept), dtype=VECTOR_DTYPE).reshape(len(kept), width)
        dims = _scan_dimensions(len(kept), width)
        matrix = full[:, :dims].astype(np.float32)
        if dims < width:
            matrix = _unit_rows(matrix)
        return _ScanMatrix([doc for doc, _ in kept], matrix, width)

    return reader._memo(state, ("vectors", "fact"), compute)


def _exact_scores(reader: IndexReader, state, docs: list[int], vector: np.ndarray) -> np.ndarray:
    column = reader.bytes_column(state, "fact_vector")
    rows = np.frombuffer(b"".join(column(doc) for doc in docs), dtype=VECTOR_DTYPE).reshape(len(docs), -1)
    return rows.astype(np.float32) @ vector


def stored_vector(value: bytes | None) -> np.ndarray | None:
    """A ``fact_vector`` column value as float32 (None when the fact has none)."""
    return np.frombuffer(value, dtype=VECTOR_DTYPE).astype(np.float32) if value else None


def _top(scores: np.ndarray, limit: int) -> np.ndarray:
    """Indexes of the ``limit`` best scores (ties at the cut-off: the lowest indexes), best first.

    Partitioning a million scores costs twice the scan itself, so a strided sample (every TOP_SAMPLE_STRIDE-th
    score) gives a cut-off first that about twice ``limit`` scores reach; only those are ordered. When fewer reach
    it, every score is partitioned instead. Either way the result is exact."""
    limit = min(limit, len(scores))
    if limit <= 0:
        return np.zeros(0, dtype=np.intp)
    sample = scores[::TOP_SAMPLE_STRIDE]
    rank = 2 * limit // TOP_SAMPLE_STRIDE + 1
    chosen = None
    if rank < len(sample):
        chosen = np.flatnonzero(scores >= np.partition(sample, len(sample) - rank)[len(sample) - rank])
    if chosen is None or len(chosen) < limit:
        chosen = np.flatnonzero(scores >= np.partition(scores, len(scores) - limit)[len(scores) - limit])
    return chosen[np.lexsort((chosen, -scores[chosen]))[:limit]]


def nearest_facts(reader: IndexReader, vector: np.ndarray, *, limit: int, min_similarity: float = -1.0,
                  with_vectors: bool = False) -> list[dict]:
    """Fact records most similar to ``vector``, best first, each with its ``similarity`` (and with
    ``with_vectors``, its stored ``fact_vector`` column value)."""
    state = reader._state()
    scan = _matrix(reader, state)
    if scan is None or limit <= 0:
        return []
    vector = np.asarray(vector, dtype=np.float32)
    if scan.exact:
        docs, scores = scan.docs, scan.matrix @ vector
    else:
        prefix = vector[: scan.matrix.shape[1]]
        rough = scan.matrix @ (prefix / (np.linalg.norm(prefix) or 1.0))
        docs = [scan.docs[i] for i in sorted(_top(rough, limit * RESCORED_PER_RESULT).tolist())]
        scores = _exact_scores(reader, state, docs, vector)
    out, stored_fields = [], reader._stored_fields(state)
    for i in _top(scores, limit).tolist():  # docs ascend with their indexes: ties go to the first document
        if scores[i] < min_similarity:
            break
        record = record_of(stored_fields(docs[i]))
        record["similarity"] = round(float(scores[i]), 4)
        if with_vectors:
            record["fact_vector"] = reader.bytes_column(state, "fact_vector")(docs[i])
        out.append(record)
    return out
