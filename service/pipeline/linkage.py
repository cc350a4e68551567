"""Average linkage over a sparse similarity graph, cut at a threshold.

Groups merge while the mean pairwise similarity of two groups reaches the threshold (pairs the graph lacks count
0): always the pair of groups with the highest mean, ties to the smallest labels (a group's label is its smallest
member). scipy's ``linkage`` needs the dense condensed matrix (tens of gigabytes for one large component), and
scikit-learn's connectivity-constrained average linkage averages over connected pairs only (a missing pair does not
count 0), so neither computes this.

Each group keeps the summed similarity to every group it touches (``totals``), the neighbours it reaches the
threshold with (``strong``) and its best such pair (``best``). A heap holds best pairs; an entry is stale once
either group has merged since. The mean of a merged group to a neighbour is a weighted mean of its parts' means, so
only the strong neighbours of the two parts can be strong neighbours of the merged group, and only their best
pairs can change. A fresh entry on top of the heap is the best pair of all: the best pair of all is its groups'
best, and every group's best is in the heap.

A merge keeps the slot of the part that touches more groups and folds the other part's totals into it, so each
similarity moves O(log n) times over a whole run rather than once per merge of its group. Labels, not slots,
order the heap, so the choice of slot never changes the result.
"""

from __future__ import annotations

import heapq

import numpy as np


class _Groups:
    def __init__(self, n: int, first: np.ndarray, second: np.ndarray, values: np.ndarray, threshold: float):
        self.threshold = threshold
        self.size = [1] * n
        self.label = list(range(n))
        self.version = [0] * n
        self.alive = [True] * n
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.totals, self.strong = _neighbours(n, first, second, values, threshold)
        self.best: list[tuple | None] = [self.best_of(i) for i in range(n)]

    def entry(self, x: int, y: int) -> tuple:
        """The heap entry of groups x and y: their mean negated, their labels in order, then their slots and
        versions."""
        mean = self.totals[x][y] / (self.size[x] * self.size[y])  # int sizes: the product is exact in any order
        label, version = self.label, self.version
        if label[x] < label[y]:
            return (-mean, label[x], label[y], x, y, version[x], version[y])
        return (-mean, label[y], label[x], y, x, version[y], version[x])

    def best_of(self, x: int) -> tuple | None:
        """The smallest ``entry`` of x: the highest mean, then the neighbour with the smallest label."""
        mine, size_x, size, label = self.totals[x], self.size[x], self.size, self.label
        top, pick = -1.0, -1
        for k in self.strong[x]:
            mean = mine[k] / (size_x * size[k])
            if mean > top or (mean == top and label[k] < label[pick]):
                top, pick = mean, k
        return self.entry(x, pick) if pick >= 0 else None

    def fresh(self, entry: tuple) -> bool:
        _neg, _la, _lb, a, b, va, vb = entry
        return self.alive[a] and self.alive[b] and self.version[a] == va and self.version[b] == vb

    def merge(self, a: int, b: int) -> int:
        """Merge groups a and b; the slot kept (the one touching more groups) is returned."""
        keep, gone = (a, b) if len(self.totals[a]) >= len(self.totals[b]) else (b, a)
        self.members[keep].extend(self.members.pop(gone))
        self.alive[gone] = False
        self.version[keep] += 1
        self.size[keep] += self.size[gone]
        self.label[keep] = min(self.label[keep], self.label[gone])
        mine = self.totals[keep]
        for k, s in self.totals[gone].items():
            if k != keep:
                theirs = self.totals[k]
                del theirs[gone]
                mine[k] = merged = mine.get(k, 0.0) + s
                theirs[keep] = merged
        self.totals[gone] = {}
        mine.pop(gone, None)
        return keep

    def restrengthen(self, a: int, b: int, keep: int) -> list[tuple]:
        """After merging a and b into ``keep``: its strong neighbours and the best pairs that changed (to push)."""
        strong, best = self.strong, self.best
        near = (strong[a] | strong[b]) - {a, b}
        strong[a], strong[b], best[a], best[b] = set(), set(), None, None
        changed = []
        for k in near:
            theirs = strong[k]
            theirs.discard(a)
            theirs.discard(b)
            fresh = self.entry(keep, k)
            reaches = -fresh[0] >= self.threshold
            if reaches:
                theirs.add(keep)
                strong[keep].add(k)
            previous = best[k]
            if previous is not None and (previous[3] in (a, b) or previous[4] in (a, b)):
                best[k] = self.best_of(k)  # its best pair was with a part of the merged group
            elif reaches and (previous is None or fresh < previous):
                best[k] = fresh
            else:
                continue
            if best[k] is not None:
                changed.append(best[k])
        best[keep] = self.best_of(keep)
        if best[keep] is not None:
            changed.append(best[keep])
        return changed


def _neighbours(n: int, first: np.ndarray, second: np.ndarray, values: np.ndarray,
                threshold: float) -> tuple[list[dict[int, float]], list[set[int]]]:
    """Each item's similarity to every item it has a pair with, and the items it reaches the threshold with, built
    a row at a time from the pairs sorted by item (one dict and one set per item, not a Python step per pair)."""
    rows = np.concatenate([first, second])
    cols = np.concatenate([second, first])
    sims = np.concatenate([values, values]).astype(np.float64)
    order = np.argsort(rows, kind="stable")
    cols, sims = cols[order], sims[order]
    bounds = np.searchsorted(rows[order], np.arange(n + 1))
    strong_mask = sims >= threshold
    totals, strong = [], []
    col_list, sim_list = cols.tolist(), sims.tolist()
    strong_cols = np.where(strong_mask, cols, -1).tolist()
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        totals.append(dict(zip(col_list[lo:hi], sim_list[lo:hi])))
        near = set(strong_cols[lo:hi])
        near.discard(-1)
        strong.append(near)
    return totals, strong


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
    groups = _Groups(n, first, second, values, threshold)
    heap = [e for e in groups.best if e is not None]
    heapq.heapify(heap)
    while heap:
        top = heapq.heappop(heap)
        if not groups.fresh(top):
            continue
        a, b = top[3], top[4]
        keep = groups.merge(a, b)
        for entry in groups.restrengthen(a, b, keep):
            heapq.heappush(heap, entry)
    return sorted(sorted(m) for m in groups.members.values())
