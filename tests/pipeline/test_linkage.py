"""Average linkage over a sparse similarity graph: it equals the definition (merge the two groups of highest mean
similarity, missing pairs counting 0, ties to the smallest labels) whichever slot a merge keeps."""

from __future__ import annotations

import random

from service.pipeline.claims import DEFAULT_MIN_SIMILARITY as THRESHOLD
from service.pipeline.linkage import average_linkage


def _greedy_average_linkage(n: int, sims: dict, threshold: float) -> list[list[int]]:
    """Average linkage by its definition: each step merges the two groups with the highest mean similarity (ties
    to the smallest group ids; a merged group keeps the smaller id) while it reaches the threshold."""
    groups = {i: [i] for i in range(n)}

    def mean(x: int, y: int) -> float:
        total = sum(sims.get((min(i, j), max(i, j)), 0.0) for i in groups[x] for j in groups[y])
        return total / (len(groups[x]) * len(groups[y]))

    while True:
        pairs = [(-mean(x, y), x, y) for x in groups for y in groups if x < y]
        top = min(pairs, default=None)
        if top is None or -top[0] < threshold:
            return sorted(sorted(g) for g in groups.values())
        groups[top[1]].extend(groups.pop(top[2]))


def test_average_linkage_merges_the_best_pair_first_with_ties_to_the_smallest_ids():
    rng = random.Random(17)
    for trial in range(30):
        n = rng.randint(2, 24)
        values = [0.1, 0.25, 0.3, 0.5, 0.7, 0.9]  # few values: many exact ties
        sims = {(i, j): rng.choice(values) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.4}
        found = sorted(average_linkage(n, sims, THRESHOLD))
        assert found == _greedy_average_linkage(n, sims, THRESHOLD), trial


def test_a_merge_that_keeps_the_larger_slot_still_orders_ties_by_the_smallest_member():
    # 5 touches many items, 1 touches only 5: merging them keeps slot 5, but the group's label is 1, so at the tie
    # between {1, 5} + 0 and {1, 5} + 6... the group with the smaller label (0) joins first.
    sims = {(1, 5): 0.9, (0, 5): 0.6, (5, 6): 0.6, (5, 7): 0.1, (5, 8): 0.1, (5, 9): 0.1, (0, 1): 0.6, (1, 6): 0.6}
    found = average_linkage(10, sims, THRESHOLD)
    assert found == _greedy_average_linkage(10, sims, THRESHOLD)
    assert [0, 1, 5, 6] in found


def test_groups_come_sorted_in_the_order_of_their_smallest_member_on_denser_graphs():
    rng = random.Random(29)
    for trial in range(12):
        n = rng.randint(20, 40)
        values = [0.0625, 0.25, 0.3125, 0.4375, 0.625, 0.8125]  # dyadic: every sum is exact, so are the ties
        sims = {(i, j): rng.choice(values) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.6}
        found = average_linkage(n, sims, THRESHOLD)
        assert found == sorted(found) and all(group == sorted(group) for group in found), trial
        assert found == _greedy_average_linkage(n, sims, THRESHOLD), trial
