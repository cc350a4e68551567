"""Nearest facts by meaning: each fact's embedding is a float16 column (``fact_vector``), scanned as one matrix.

The vectors are unit length (written by the pipeline's embedding model), so a dot product is the cosine
similarity. The scan matrix is kept as float32 so that a query is one matrix-vector product. It is assembled once
per index generation and per thread from per-segment parts that outlive generations (``SegmentScanCache``): a write
adds a small segment, so the next generation reads only that segment's vectors and copies the others' rows. While
the whole vectors fit in ``MAX_SCAN_MATRIX_BYTES`` (a few tens of thousands of facts) the scan is exact. A larger
collection is scanned on the leading dimensions only (halved until they fit, never fewer than
``MIN_SCAN_DIMENSIONS``), renormalised: the embeddings are Matryoshka-trained, so a prefix is itself an embedding.
Then the best ``RESCORED_PER_RESULT`` times ``limit`` are rescored on their whole stored vectors, and the answer is
ranked by those exact similarities.

A worker thus holds ``MAX_SCAN_MATRIX_BYTES`` of vectors at most (or ``MIN_SCAN_DIMENSIONS`` floats a fact,
128 MB at 1M facts), and never converts the whole float16 column on a query. At 100k passages (97k facts) the
scan keeps 128 of 256 dimensions: 50 MB, half the time of a whole scan, and the same 30 nearest facts for sampled
claims (``bench/README.md``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from .documents import record_of
from .postings import segment_key
from .searcher import IndexReader, leaf_bytes_column
from .vector import contains

VECTOR_DTYPE = np.float16
VECTOR_BYTES = np.dtype(VECTOR_DTYPE).itemsize
VECTOR_COLUMN = "fact_vector"
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


@dataclass
class _Part:
    """One segment's share of the scan matrix: the local documents of its live facts (ascending), their vectors'
    lengths in bytes, and the rows of those whose vector is the segment's widest: float16 as stored (``dims`` None)
    or float32 scan rows of ``dims`` leading dimensions."""

    docs: np.ndarray
    lengths: np.ndarray
    rows: np.ndarray
    dims: int | None = None

    @property
    def width(self) -> int:
        return int(self.lengths.max(initial=0)) // VECTOR_BYTES

    @property
    def wide(self) -> np.ndarray:
        return self.lengths == self.width * VECTOR_BYTES


class SegmentScanCache:
    """The scan matrix's rows per segment, kept across index generations: a segment never changes once written,
    so a new generation reads only the vectors of its new segments. Deletions are masked (a segment's live facts
    only shrink); only the segments of the last matrix built are kept. ``reads`` counts the segments read."""

    def __init__(self):
        self._parts: dict = {}
        self._lock = threading.Lock()
        self.reads = 0

    def part(self, leaf, docs: np.ndarray) -> _Part:
        """The part of a leaf whose live facts are ``docs``: the kept one with its deleted facts masked out, or read."""
        with self._lock:
            kept = self._parts.get(segment_key(leaf.reader))
        if kept is not None:
            if np.array_equal(kept.docs, docs):
                return kept
            live = contains(docs, kept.docs)
            if int(live.sum()) == len(docs):  # facts were deleted since (a segment's live facts only shrink)
                part = _Part(kept.docs[live], kept.lengths[live], kept.rows[live[kept.wide]], kept.dims)
                if part.width == kept.width:
                    return part
        return self.read(leaf, docs)

    def read(self, leaf, docs: np.ndarray) -> _Part:
        """A leaf's vectors of ``docs`` as stored (float16)."""
        self.reads += 1
        value = leaf_bytes_column(leaf.reader, VECTOR_COLUMN)
        rows = [value(doc) for doc in docs.tolist()]
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        part = _Part(docs, lengths, np.zeros((0, 0), dtype=VECTOR_DTYPE))
        if part.width:
            wide = b"".join(row for row in rows if len(row) == part.width * VECTOR_BYTES)
            part.rows = np.frombuffer(wide, dtype=VECTOR_DTYPE).reshape(-1, part.width)
        return part

    def scan_rows(self, leaf, part: _Part, dims: int) -> _Part:
        """``part`` with float32 scan rows of ``dims`` leading dimensions (read again when it holds other ones)."""
        if part.dims == dims:
            return part
        if part.dims is not None:
            part = self.read(leaf, part.docs)
        rows = part.rows[:, :dims].astype(np.float32)
        return _Part(part.docs, part.lengths, _unit_rows(rows) if dims < part.width else rows, dims)

    def segments(self) -> set:
        """The segments whose parts are kept (their index folder and segment id)."""
        with self._lock:
            return set(self._parts)

    def keep(self, parts: list[tuple]) -> None:
        """Keep these (leaf, part) pairs, and drop every other segment."""
        kept = {segment_key(leaf.reader): part for leaf, part in parts}
        kept.pop(None, None)
        with self._lock:
            self._parts = kept


SCAN_PARTS = SegmentScanCache()


def _matrix(reader: IndexReader, state) -> _ScanMatrix | None:
    """The scan matrix of this generation (per thread), assembled from its segments' parts: the facts whose vector
    is the widest of the collection, scanned on ``_scan_dimensions`` of the whole collection."""
    def compute():
        leaves = reader._engine(state).leaf_term_docs("kind", "fact")
        parts = [(leaf, SCAN_PARTS.part(leaf, docs)) for leaf, docs in leaves]
        width = max((part.width for _, part in parts), default=0)
        if not width:
            SCAN_PARTS.keep(parts)
            return None
        dims = _scan_dimensions(sum(len(part.rows) for _, part in parts if part.width == width), width)
        scanned = [(leaf, SCAN_PARTS.scan_rows(leaf, part, dims)) for leaf, part in parts if part.width == width]
        matrix = np.concatenate([part.rows for _, part in scanned]) if len(scanned) > 1 else scanned[0][1].rows
        docs = np.concatenate([part.docs[part.wide] + leaf.offset for leaf, part in scanned])
        narrower = [(leaf, part) for leaf, part in parts if part.width != width]
        SCAN_PARTS.keep(narrower + _views(scanned, matrix))
        return _ScanMatrix(docs.tolist(), matrix, width)

    return reader._memo(state, ("vectors", "fact"), compute)


def _views(scanned: list[tuple], matrix: np.ndarray) -> list[tuple]:
    """The scanned (leaf, part) pairs with their rows as views of ``matrix``, so a worker holds each row once."""
    views, start = [], 0
    for leaf, part in scanned:
        views.append((leaf, _Part(part.docs, part.lengths, matrix[start:start + len(part.rows)], part.dims)))
        start += len(part.rows)
    return views


def _exact_scores(reader: IndexReader, state, docs: list[int], vector: np.ndarray) -> np.ndarray:
    column = reader.bytes_column(state, VECTOR_COLUMN)
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
            record["fact_vector"] = reader.bytes_column(state, VECTOR_COLUMN)(docs[i])
        out.append(record)
    return out
