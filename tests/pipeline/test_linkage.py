"""Average linkage over a sparse similarity graph: it equals the definition (merge the two groups of highest mean
similarity, missing pairs counting 0, ties to the smallest labels), though it merges in rounds of mutual best
pairs."""

from __future__ import annotations

import random

import numpy as np

from service.pipeline.claims import DEFAULT_MIN_SIMILARITY as THRESHOLD
from service.pipeline.linkage import SIMILARITY_QUANTUM, _State, average_linkage, quantised


def _greedy_average_linkage(n: int, sims: dict, threshold: float) -> list[list[int]]:
    """Average linkage by its definition: each step merges the two groups with the highest mean similarity (ties
    to the smallest group ids; a merged group keeps the smaller id) while it reaches the threshold. Similarities
    are rounded to the linkage's quantum first, as the linkage does: their sums are then exact in any order."""
    groups = {i: [i] for i in range(n)}
    sims = {pair: float(quantised([value])[0]) for pair, value in sims.items()}

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


def test_similarities_are_rounded_so_that_sums_in_any_order_tie_exactly():
    # 0.1 + 0.2 and 0.3 differ in float64; on the quantum's grid the sum is exact, so means tie whichever order
    # the pairs are added in.
    assert 0.1 + 0.2 != 0.3
    assert quantised([0.1])[0] + quantised([0.2])[0] == quantised([0.3])[0]
    rounded = quantised([0.1, 0.2, 0.3, 0.123456789])
    assert all(abs(r - v) <= SIMILARITY_QUANTUM / 2 for r, v in zip(rounded, [0.1, 0.2, 0.3, 0.123456789]))
    assert all((r / SIMILARITY_QUANTUM).is_integer() for r in rounded)


def test_a_long_chain_merges_one_pair_per_round_and_still_equals_the_definition():
    # Each item is most similar to the next, slightly more along the chain: only the last pair is mutual at first.
    n = 30
    sims = {(i, i + 1): 0.5 + i / 100 for i in range(n - 1)}
    found = average_linkage(n, sims, THRESHOLD)
    assert found == _greedy_average_linkage(n, sims, THRESHOLD)


def test_no_items_and_no_pairs():
    assert average_linkage(0, {}, THRESHOLD) == []
    assert average_linkage(3, {}, THRESHOLD) == [[0], [1], [2]]


def test_a_group_with_no_pair_at_the_threshold_is_settled_and_its_pairs_are_dropped():
    # 3 reaches nobody at the threshold: it never merges, so its weak pairs weigh in no decision and are dropped
    # after the first round, leaving the result of the definition.
    sims = {(0, 1): 0.9, (1, 2): 0.7, (0, 3): 0.2, (1, 3): 0.25, (2, 3): 0.1}
    pairs = list(sims)
    state = _State(4, *(np.array(side) for side in zip(*pairs)), quantised(list(sims.values())))
    best = state.best_partners(THRESHOLD)
    assert best[3] == -1
    state.drop_settled(best)
    assert 3 not in set(state.first.tolist()) | set(state.second.tolist())
    assert average_linkage(4, sims, THRESHOLD) == _greedy_average_linkage(4, sims, THRESHOLD)
