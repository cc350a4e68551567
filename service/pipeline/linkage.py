"""Average linkage over a sparse similarity graph, cut at a threshold.

Groups merge while the mean pairwise similarity of two groups reaches the threshold (pairs the graph lacks count
0): always the pair of groups with the highest mean, ties to the smallest labels (a group's label is its smallest
member). scipy's ``linkage`` needs the dense condensed matrix (tens of gigabytes for one large component), and
scikit-learn's connectivity-constrained average linkage averages over connected pairs only (a missing pair does not
count 0), so neither computes this.

It runs in rounds of array operations (numpy, and scipy's sparse matrices to add up the similarities of merged
groups) rather than one Python step per merge. Each round finds every group's best partner (the highest mean,
ties to the smallest label) among those it reaches the threshold with, and merges every pair of groups that are
each other's best partner. That is the greedy order's result: average linkage is *reducible* (the mean of a merged
group to a third group lies between its parts' means), so a mutual best pair stays mutual until the greedy order
reaches it, and merging it earlier changes no other group's choice. The round ends with the similarities of
merged groups summed, and it repeats until no pair of groups reaches the threshold.

Similarities are first rounded to multiples of SIMILARITY_QUANTUM, so every sum of them is exact: the means, and
so the ties, do not depend on the order in which a round adds them up.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix

# Similarities are rounded to multiples of this (a change of at most 3e-8), so that sums of them are exact in
# float64 while two groups have fewer than 2**29 similar pairs between them.
SIMILARITY_QUANTUM = 2.0 ** -24
_NONE = np.iinfo(np.int64).max


def quantised(values) -> np.ndarray:
    """Similarities rounded to multiples of SIMILARITY_QUANTUM (a new float64 array, worked out in place)."""
    out = np.array(values, dtype=np.float64)
    np.divide(out, SIMILARITY_QUANTUM, out=out)
    np.round(out, out=out)
    np.multiply(out, SIMILARITY_QUANTUM, out=out)
    return out


class _State:
    """The groups of one round: their sizes and labels, each item's group, and the summed similarity of each pair
    of groups that has one (``first`` < ``second``)."""

    def __init__(self, n: int, first: np.ndarray, second: np.ndarray, totals: np.ndarray):
        self.size = np.ones(n, dtype=np.int64)
        self.label = np.arange(n, dtype=np.int64)
        self.group = np.arange(n, dtype=np.int64)
        self.first, self.second, self.totals = first, second, totals

    def best_partners(self, threshold: float) -> np.ndarray:
        """Each group's best partner among the groups it reaches the threshold with (-1: none)."""
        count = len(self.size)
        mean = self.totals / (self.size[self.first] * self.size[self.second])
        strong = np.flatnonzero(mean >= threshold)
        first, second, mean = self.first[strong], self.second[strong], mean[strong]
        # Each side of a pair in turn, with no doubled copy of the pairs (the largest component's pairs are the
        # largest arrays of a build's claims step).
        top = np.full(count, -np.inf)
        np.maximum.at(top, first, mean)
        np.maximum.at(top, second, mean)
        best_label = np.full(count, _NONE)
        for side, other in ((first, second), (second, first)):
            tied = mean == top[side]
            np.minimum.at(best_label, side[tied], self.label[other[tied]])
        group_of_label = np.full(len(self.group), -1, dtype=np.int64)
        group_of_label[self.label] = np.arange(count)
        best = np.full(count, -1, dtype=np.int64)
        found = best_label != _NONE
        best[found] = group_of_label[best_label[found]]
        return best

    def drop_settled(self, best: np.ndarray) -> None:
        """Forget the pairs of every group that reaches the threshold with no other group: it never will (the mean
        of a merged group to it lies between its parts' means, all below the threshold), so it never merges again,
        and its pairs can no longer weigh in any mean that decides a merge."""
        live = best >= 0
        keep = live[self.first] & live[self.second]
        if not keep.all():
            self.first, self.second, self.totals = self.first[keep], self.second[keep], self.totals[keep]

    def merge_mutual(self, best: np.ndarray) -> int:
        """Merge every pair of groups that are each other's best partner; the number of merges."""
        count = len(self.size)
        index = np.arange(count)
        mutual = np.zeros(count, dtype=bool)
        has = best >= 0
        mutual[has] = best[best[has]] == index[has]
        leads = np.flatnonzero(mutual & (index < best))
        if not len(leads):
            return 0
        parent = index.copy()
        parent[best[leads]] = leads
        _roots, new = np.unique(parent, return_inverse=True)
        self._relabel(new)
        return len(leads)

    def _relabel(self, new: np.ndarray) -> None:
        """Groups renumbered by ``new`` (several old groups to one new): sizes, labels and summed similarities."""
        count = int(new.max()) + 1
        self.size = np.bincount(new, weights=self.size, minlength=count).astype(np.int64)
        label = np.full(count, _NONE)
        np.minimum.at(label, new, self.label)
        self.label = label
        self.group = new[self.group]
        a, b = new[self.first], new[self.second]
        apart = a != b
        a, b, totals = a[apart], b[apart], self.totals[apart]
        summed = coo_matrix((totals, (np.minimum(a, b), np.maximum(a, b))), shape=(count, count)).tocsr()
        summed.sum_duplicates()
        summed = summed.tocoo()
        self.first = summed.row.astype(np.int64)
        self.second = summed.col.astype(np.int64)
        self.totals = summed.data

    def groups(self) -> list[list[int]]:
        """Each group's items, ascending, in the order of their smallest item."""
        order = np.argsort(self.group, kind="stable")
        starts = np.flatnonzero(np.r_[True, self.group[order][1:] != self.group[order][:-1]])
        return sorted(part.tolist() for part in np.split(order, starts[1:]))


def average_linkage(n: int, sims: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """The groups of items 0..n-1 (each sorted, in the order of their smallest member), given the similarities of
    pairs (i, j) with i < j; missing pairs count 0."""
    pairs = np.array(list(sims), dtype=np.int64).reshape(-1, 2)
    values = np.fromiter(sims.values(), dtype=np.float64, count=len(sims))
    return average_linkage_arrays(n, pairs[:, 0], pairs[:, 1], values, threshold)


def average_linkage_arrays(n: int, first: np.ndarray, second: np.ndarray, values: np.ndarray,
                           threshold: float) -> list[list[int]]:
    """``average_linkage`` of the pairs (first[k], second[k]) with similarity values[k] (first < second, each pair
    once)."""
    if n == 0:
        return []
    values = quantised(values)
    kept = np.flatnonzero(values > 0)
    state = _State(n, np.asarray(first)[kept].astype(np.int64), np.asarray(second)[kept].astype(np.int64),
                   values[kept])
    del values, kept
    while len(state.totals):
        best = state.best_partners(threshold)
        state.drop_settled(best)
        if not state.merge_mutual(best):
            break
    return state.groups()
