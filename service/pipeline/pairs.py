"""Pairwise arithmetic over many pairs of items at once, with numpy: candidate pairs from shared keys, and dot
products of sparse rows (term weights, entity sets) for millions of pairs without a Python loop per pair.

Claim grouping uses it to compute the similarity of every candidate pair at once, with the same rules as the
pair-by-pair ``_pair_similarity`` in ``claims.py``. Rows can be made in parts (runs of items, each with a
vocabulary of its own, in forked processes) and merged into one ``SparseRows`` (``RowsPart``, ``merged_rows``),
so that no process holds more than the compact arrays of the items it has seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix


# Pairs handled per step, which bounds the memory of the expanded rows (about 20 entries per pair): about 40 MB,
# as fast as steps five times larger.
PAIR_CHUNK = 100_000
# Items whose shared lists are multiplied out per step when candidate pairs are found.
INCIDENCE_ROWS = 8192


def candidate_pairs(postings: Iterable[list[int]], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i < j) of items that share a posting list, once, sorted by (i, j): the upper triangle of the
    item-by-list incidence matrix times its transpose (scipy's sparse product, so a pair shared by many lists is
    not expanded once per list)."""
    rows, cols = [], []
    for column, members in enumerate(m for m in postings if len(m) >= 2):
        rows.append(np.asarray(members, dtype=np.int64))
        cols.append(np.full(len(members), column, dtype=np.int64))
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return incidence_pairs(np.concatenate(rows), np.concatenate(cols), n)


def incidence_pairs(rows: np.ndarray, cols: np.ndarray, n: int,
                    dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i < j) of items that share a column of the incidence entries (rows[k], cols[k]), once, sorted
    by (i, j), as ``dtype`` (see ``candidate_pairs``). The product is taken for INCIDENCE_ROWS items at a time, so
    only the pairs themselves grow with the collection."""
    if not len(rows):
        empty = np.zeros(0, dtype=dtype)
        return empty, empty
    incidence = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, int(cols.max()) + 1))
    transposed = incidence.T.tocsr()
    firsts, seconds = [], []
    for lo in range(0, n, INCIDENCE_ROWS):
        hi = min(lo + INCIDENCE_ROWS, n)
        shared = (incidence[lo:hi] @ transposed).tocsr()
        shared.sort_indices()
        first = np.repeat(np.arange(lo, hi, dtype=np.int64), np.diff(shared.indptr))
        above = shared.indices > first
        firsts.append(first[above].astype(dtype))
        seconds.append(shared.indices[above].astype(dtype))
    return np.concatenate(firsts), np.concatenate(seconds)


class SparseRows:
    """Rows of (key -> weight), for row-by-row dot products between pairs of rows. Each row's entries ascend by key
    id, so a dot product sums its terms in the order of the vocabulary."""

    def __init__(self, rows: list[dict], vocabulary: dict):
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        self.indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.indptr[1:])
        ids, weights = [], []
        for row in rows:
            entries = sorted((vocabulary.setdefault(key, len(vocabulary)), weight) for key, weight in row.items())
            ids.extend(k for k, _ in entries)
            weights.extend(w for _, w in entries)
        self.ids = np.asarray(ids, dtype=np.int64)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.width = len(vocabulary)

    @classmethod
    def from_arrays(cls, indptr: np.ndarray, ids: np.ndarray, weights: np.ndarray, width: int) -> "SparseRows":
        """Rows given as CSR arrays (row starts, key ids ascending within a row, weights) over ``width`` keys."""
        rows = cls.__new__(cls)
        rows.indptr, rows.ids, rows.weights, rows.width = indptr, ids, weights, width
        return rows

    def lengths(self, rows: np.ndarray) -> np.ndarray:
        return self.indptr[rows + 1] - self.indptr[rows]

    def _expand(self, rows: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(pair position, code, weight) of every entry of the given rows; codes ascend (pair, then key)."""
        lengths = self.lengths(rows)
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        first = np.repeat(self.indptr[rows] - (np.cumsum(lengths) - lengths), lengths)
        entry = first + np.arange(total, dtype=np.int64)
        return owner, owner * width + self.ids[entry], self.weights[entry]

    def dots(self, other: "SparseRows", left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """For each k, the dot product of this row ``left[k]`` with ``other``'s row ``right[k]``; both must share
        one vocabulary."""
        out = np.zeros(len(left), dtype=np.float64)
        width = max(self.width, 1)
        for start in range(0, len(left), PAIR_CHUNK):
            stop = min(start + PAIR_CHUNK, len(left))
            owner, codes_a, weights_a = self._expand(left[start:stop], width)
            _, codes_b, weights_b = other._expand(right[start:stop], width)
            if not len(codes_a) or not len(codes_b):
                continue
            at = np.minimum(np.searchsorted(codes_b, codes_a), len(codes_b) - 1)
            hit = codes_b[at] == codes_a
            out[start:stop] = np.bincount(owner[hit], weights=weights_a[hit] * weights_b[at[hit]],
                                          minlength=stop - start)
        return out


@dataclass
class RowsPart:
    """Rows of a run of items over a vocabulary of their own: ``keys`` (local id -> key), each row's length, the
    local key id of each entry, and its weight (None: every weight is 1)."""

    keys: list
    lengths: np.ndarray
    ids: np.ndarray
    weights: np.ndarray | None

    @classmethod
    def of(cls, rows: Sequence) -> "RowsPart":
        """From rows given as dicts (key -> weight) or as sets of keys (weight 1)."""
        vocabulary: dict = {}
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        total = int(lengths.sum())
        ids = np.fromiter((vocabulary.setdefault(key, len(vocabulary)) for row in rows for key in row),
                          dtype=np.int32, count=total)
        weighted = any(isinstance(row, dict) for row in rows)
        weights = np.fromiter((w for row in rows for w in row.values()), dtype=np.float64,
                              count=total) if weighted else None
        return cls(list(vocabulary), lengths, ids, weights)


def merged_rows(kinds: Sequence[Sequence[RowsPart]], ones_dtype=np.float32) -> list[SparseRows]:
    """One ``SparseRows`` per kind (a kind: the parts of its rows, in item order), all over one vocabulary whose
    ids follow the keys' ``repr`` order: the same ids, and so the same sums, as rows made at once over the
    vocabulary of the whole collection sorted that way. Unit weights are stored as ``ones_dtype``."""
    provisional: dict = {}
    gathered = []
    for parts in kinds:
        lengths, ids, weights = [], [], []
        for part in parts:
            local = np.fromiter((provisional.setdefault(key, len(provisional)) for key in part.keys),
                                dtype=np.int64, count=len(part.keys))
            lengths.append(part.lengths)
            ids.append(local[part.ids])
            weights.append(part.weights if part.weights is not None else np.ones(len(part.ids), dtype=ones_dtype))
        gathered.append((_joined(lengths, np.int64), _joined(ids, np.int64), _joined(weights, ones_dtype)))
    final = np.empty(len(provisional), dtype=np.int64)
    final[np.fromiter((provisional[key] for key in sorted(provisional, key=repr)), dtype=np.int64,
                      count=len(provisional))] = np.arange(len(provisional))
    return [_sorted_rows(lengths, final[ids], weights, len(provisional)) for lengths, ids, weights in gathered]


def _joined(arrays: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=dtype)


def _sorted_rows(lengths: np.ndarray, ids: np.ndarray, weights: np.ndarray, width: int) -> SparseRows:
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    order = np.lexsort((ids, owner))
    return SparseRows.from_arrays(indptr, ids[order].astype(np.int32), weights[order], width)
