"""Nearest facts by meaning: each fact's embedding is a float16 column (``fact_vector``), scanned by segment.

The vectors are unit length (written by the pipeline's embedding model), so a dot product is the cosine
similarity. The scan rows are kept as float32, per segment, in parts that outlive index generations
(``SegmentScanCache``): a write adds a small segment, so the next generation reads only that segment's vectors, and
deleted facts are masked out of their part's scores. The parts are scored one by one (``row_scores``: each row summed
the same way wherever it is) and never copied into one matrix, so a new generation costs what its new segment
costs, and the scores are those of one matrix of every live fact, bit for bit. While
the whole vectors fit in ``MAX_SCAN_MATRIX_BYTES`` (a few tens of thousands of facts) the scan is exact. A larger
collection is scanned on the leading dimensions only (halved until they fit, never fewer than
``MIN_SCAN_DIMENSIONS``), renormalised: the embeddings are Matryoshka-trained, so a prefix is itself an embedding.
Then the best ``RESCORED_PER_RESULT`` times ``limit`` are rescored on their whole stored vectors, and the answer is
ranked by those exact similarities.

A worker thus holds ``MAX_SCAN_MATRIX_BYTES`` of vectors at most (or ``MIN_SCAN_DIMENSIONS`` floats a fact,
128 MB at 1M facts; and deleted facts' rows until a merge drops their segment), and never converts the whole
float16 column on a query. At 100k passages (97k facts) the scan keeps 128 of 256 dimensions: 50 MB, half the
time of a whole scan, and the same 30 nearest facts for sampled claims (``bench/README.md``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .documents import record_of
from .postings import segment_key
from .searcher import IndexReader, leaf_bytes_column

VECTOR_DTYPE = np.float16
VECTOR_BYTES = np.dtype(VECTOR_DTYPE).itemsize
VECTOR_COLUMN = "fact_vector"
MAX_SCAN_MATRIX_BYTES = 64 * 2**20
MIN_SCAN_DIMENSIONS = 32
RESCORED_PER_RESULT = 10
TOP_SAMPLE_STRIDE = 64  # every how many scores the best ones' cut-off is estimated from


def row_scores(rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Each row's dot product with ``vector``, every row summed in the same order wherever it is: numpy's einsum
    reduces each row on its own, while BLAS's matrix-vector product sums a row in an order that depends on its
    place in the matrix (blocks, threads). So a fact's score is the same whichever segment or part holds it, and
    scoring parts one by one gives the floats of one matrix of them all."""
    return np.einsum("ij,j->i", rows, vector)


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
    """One segment's share of the scan: the local documents of the facts live when it was read (ascending), their
    vectors' lengths in bytes, and the rows of those whose vector is the segment's widest: float16 as stored
    (``dims`` None) or float32 scan rows of ``dims`` leading dimensions."""

    docs: np.ndarray
    lengths: np.ndarray
    rows: np.ndarray
    dims: int | None = None

    @cached_property
    def width(self) -> int:
        """The widest vector's dimensions (computed once: a segment's lengths never change)."""
        return int(self.lengths.max(initial=0)) // VECTOR_BYTES

    @property
    def wide(self) -> np.ndarray:
        return self.lengths == self.width * VECTOR_BYTES


class SegmentScanCache:
    """The scan's rows per segment, kept across index generations: a segment never changes once written, so a new
    generation reads only the vectors of its new segments. Deleted facts stay in their part, masked out when
    scored (a segment's live facts only shrink); only the segments of the last scan built are kept. ``reads``
    counts the segments read."""

    def __init__(self):
        self._parts: dict = {}
        self._lock = threading.Lock()
        self.reads = 0

    def part(self, leaf, docs: np.ndarray) -> tuple[_Part, np.ndarray | None]:
        """The part of a leaf whose live facts are ``docs``, and which of its facts are live (None: all): the kept
        one, or one read when none is kept or the widest of its facts were deleted."""
        with self._lock:
            kept = self._parts.get(segment_key(leaf.reader))
        if kept is not None:
            if np.array_equal(kept.docs, docs):
                return kept, None
            live = _live(leaf, kept.docs)
            if int(live.sum()) == len(docs) and int(kept.lengths[live].max(initial=0)) == kept.width * VECTOR_BYTES:
                return kept, live
        return self.read(leaf, docs), None

    def read(self, leaf, docs: np.ndarray) -> _Part:
        """A leaf's vectors of ``docs`` as stored (float16)."""
        self.reads += 1
        value = leaf_bytes_column(leaf.reader, VECTOR_COLUMN)
        rows = [value(doc) for doc in docs.tolist()]
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        part = _Part(docs, lengths, np.zeros((0, 0), dtype=VECTOR_DTYPE))
        width = part.width
        if width:
            wide = b"".join(row for row in rows if len(row) == width * VECTOR_BYTES)
            part.rows = np.frombuffer(wide, dtype=VECTOR_DTYPE).reshape(-1, width)
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


def _live(leaf, docs: np.ndarray) -> np.ndarray:
    """Which of a leaf's local ``docs`` are not deleted."""
    return np.ones(len(docs), dtype=bool) if leaf.deleted is None else ~leaf.deleted[docs]


SCAN_PARTS = SegmentScanCache()


@dataclass
class _Scan:
    """One generation's scan: the parts of its segments whose facts have the collection's widest vectors, scored
    part by part (never copied into one matrix), each with the mask of its live rows (None: all), and the global
    documents of those live rows, ascending (scores come in the same order)."""

    parts: list[tuple[_Part, np.ndarray | None]]
    docs: np.ndarray
    width: int
    dims: int

    @property
    def exact(self) -> bool:
        return self.dims == self.width

    def scores(self, vector: np.ndarray) -> np.ndarray:
        """The live facts' scores against ``vector`` (of ``dims`` dimensions), in ``docs`` order."""
        scored = [row_scores(part.rows, vector) if rows is None else row_scores(part.rows, vector)[rows]
                  for part, rows in self.parts]
        return scored[0] if len(scored) == 1 else np.concatenate(scored)


def _scan(reader: IndexReader, state) -> _Scan | None:
    """The scan of this generation (per thread), from its segments' kept parts: the facts whose vector is the
    widest of the collection, scanned on ``_scan_dimensions`` of the whole collection."""
    def compute():
        leaves = reader._engine(state).leaf_term_docs("kind", "fact")
        found = [(leaf, *SCAN_PARTS.part(leaf, docs)) for leaf, docs in leaves]
        width = max((part.width for _, part, _ in found), default=0)
        if not width:
            SCAN_PARTS.keep([(leaf, part) for leaf, part, _ in found])
            return None
        widest = [(leaf, part, _live_rows(part, live)) for leaf, part, live in found if part.width == width]
        dims = _scan_dimensions(sum(len(part.rows) if rows is None else int(rows.sum())
                                    for _, part, rows in widest), width)
        scanned = [(leaf, SCAN_PARTS.scan_rows(leaf, part, dims), rows) for leaf, part, rows in widest]
        SCAN_PARTS.keep([(leaf, part) for leaf, part, _ in found if part.width != width]
                        + [(leaf, part) for leaf, part, _ in scanned])
        docs = np.concatenate([_scanned_docs(part, rows) + leaf.offset for leaf, part, rows in scanned])
        return _Scan([(part, rows) for _, part, rows in scanned], docs, width, dims)

    return reader._memo(state, ("vectors", "fact"), compute)


def _live_rows(part: _Part, live: np.ndarray | None) -> np.ndarray | None:
    """Which of a part's rows (its widest facts) are live, or None when all are."""
    if live is None:
        return None
    rows = live[part.wide]
    return None if rows.all() else rows


def _scanned_docs(part: _Part, rows: np.ndarray | None) -> np.ndarray:
    docs = part.docs[part.wide]
    return docs if rows is None else docs[rows]


def _exact_scores(reader: IndexReader, state, docs: list[int], vector: np.ndarray) -> np.ndarray:
    column = reader.bytes_column(state, VECTOR_COLUMN)
    rows = np.frombuffer(b"".join(column(doc) for doc in docs), dtype=VECTOR_DTYPE).reshape(len(docs), -1)
    return row_scores(rows.astype(np.float32), vector)


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
    scan = _scan(reader, state)
    if scan is None or limit <= 0:
        return []
    vector = np.asarray(vector, dtype=np.float32)
    if scan.exact:
        docs, scores = scan.docs, scan.scores(vector)
    else:
        prefix = vector[: scan.dims]
        rough = scan.scores(prefix / (np.linalg.norm(prefix) or 1.0))
        docs = np.sort(scan.docs[_top(rough, limit * RESCORED_PER_RESULT)])
        scores = _exact_scores(reader, state, docs.tolist(), vector)
    out, stored_fields = [], reader._stored_fields(state)
    for i in _top(scores, limit).tolist():  # docs ascend with their indexes: ties go to the first document
        if scores[i] < min_similarity:
            break
        doc = int(docs[i])
        record = record_of(stored_fields(doc))
        record["similarity"] = round(float(scores[i]), 4)
        if with_vectors:
            record["fact_vector"] = reader.bytes_column(state, VECTOR_COLUMN)(doc)
        out.append(record)
    return out
