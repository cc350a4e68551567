"""Pairwise arithmetic over many pairs of items at once, with numpy: candidate pairs from shared keys, and dot
products of sparse rows (term weights, entity sets) for millions of pairs without a Python loop per pair.

Claim grouping uses it to compute the similarity of every candidate pair at once, with the same rules as the
pair-by-pair ``_pair_similarity`` in ``claims.py``.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse import triu as sparse_triu


# Pairs handled per step, which bounds the memory of the expanded rows (about 20 entries per pair).
PAIR_CHUNK = 500_000


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
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    incidence = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, int(cols[-1]) + 1))
    shared = sparse_triu(incidence @ incidence.T, k=1, format="csr")
    shared.sort_indices()
    first = np.repeat(np.arange(n, dtype=np.int64), np.diff(shared.indptr))
    return first, shared.indices.astype(np.int64)


class SparseRows:
    """Rows of (key -> weight), for row-by-row dot products between pairs of rows."""

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
        self.vocabulary = vocabulary

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
        width = max(len(self.vocabulary), 1)
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
