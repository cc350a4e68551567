"""Claim grouping computes exact similarities only where a vectorised upper bound says they can matter: the bound
never falls below the exact similarity, and the components and claims equal those of comparing every pair."""

from __future__ import annotations

import random

import numpy as np

from service.pipeline import claims
from service.pipeline.pairs import SparseRows, candidate_pairs
from tests.pipeline.test_claims import fact, quantity

PLACES = ["Norland", "Vesta", "Coralia", "Brask", "Dunmore"]
WORDS = ("troops missiles border talks strike shelling convoy ceasefire aid drones harbour bridge grain "
         "sanctions envoy reactor inspectors villages refugees").split()
VERBS = ["moved", "reached", "hit", "crossed", "left", "stopped", "entered", "rejected"]
SPEAKERS = [None, {"speaker": "Ana Ruiz", "organization": None}, {"speaker": "Tom Berg", "organization": None}]


def _facts(seed: int, count: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        place, other = rng.sample(PLACES, 2)
        words = rng.sample(WORDS, rng.randint(2, 4))
        negated = rng.random() < 0.2
        verb = "did not " + rng.choice(VERBS) if negated else rng.choice(VERBS)
        text = f"{place} {verb} {' '.join(words)} near {other}"
        quantities = []
        if rng.random() < 0.3:
            number = rng.choice([500, 1200, 11000])
            text += f" with {number} troops"
            quantities.append(quantity(f"{number} troops", number, "troops"))
        entities = [(place, place), (other, other)] if rng.random() < 0.8 else [(place, place)]
        out.append(fact(f"a{n % 7}-f{n}", text + ".", entities, quantities, negated=negated,
                        source=rng.choice(["Daily Post", "Wire"]), published=f"2024-11-{10 + n % 9}",
                        attribution=rng.choice(SPEAKERS)))
    return out


def _exhaustive(facts: list[dict]) -> list[tuple[dict, list[dict]]]:
    """Components as comparing every candidate pair exactly gives them."""
    corpus = claims._prepare(facts)
    sims = claims._similarities(corpus)
    groups = claims._strong_components(len(corpus.views), sims, claims.DEFAULT_MIN_SIMILARITY)
    out = []
    for group, local in zip(groups, claims._local_similarities(groups, sims)):
        if len(group) < 2:
            continue
        views = [corpus.views[i] for i in group]
        found = [claims._build_cluster([views[k] for k in members])
                 for members in claims._average_linkage(len(views), local, claims.DEFAULT_MIN_SIMILARITY)
                 if len(members) >= 2]
        out.append(({v.id: v.article_id for v in views}, sorted(found, key=claims.claim_order)))
    return out


def test_components_equal_those_of_comparing_every_pair():
    for seed in range(3):
        facts = _facts(seed, 160)
        found = [(c.members, c.claims) for c in claims.claim_components(facts)]
        assert found == _exhaustive(facts)
        assert any(len(members) > 2 for members, _ in found)  # the sample does group facts


def test_bound_is_never_below_the_exact_similarity():
    corpus = claims._prepare(_facts(7, 200))
    first, second = candidate_pairs(claims._key_postings(corpus).values(), len(corpus.views))
    bounds = claims._similarity_bounds(corpus, first, second)
    exact = np.array([claims._pair_similarity(corpus, i, j) for i, j in zip(first.tolist(), second.tolist())])
    assert len(exact) > 1000 and (exact > 0).any()
    assert (bounds + claims.BOUND_MARGIN >= exact).all()
    assert (bounds < claims.DEFAULT_MIN_SIMILARITY).any()  # the bound does rule pairs out


def test_candidate_pairs_are_the_pairs_sharing_a_list():
    postings = [[0, 3, 5], [3, 5], [1], [2, 4, 0]]
    first, second = candidate_pairs(postings, 6)
    expected = sorted({(min(a, b), max(a, b)) for p in postings for a in p for b in p if a != b})
    assert list(zip(first.tolist(), second.tolist())) == expected
    assert candidate_pairs([[1], []], 3)[0].size == 0


def test_sparse_row_dots_equal_plain_dot_products():
    rng = random.Random(3)
    keys = [f"k{n}" for n in range(30)]
    rows = [{k: rng.random() for k in rng.sample(keys, rng.randint(0, 8))} for _ in range(50)]
    vocabulary: dict = {}
    matrix = SparseRows(rows, vocabulary)
    left = np.array([rng.randrange(50) for _ in range(400)])
    right = np.array([rng.randrange(50) for _ in range(400)])
    expected = [sum(w * rows[j].get(k, 0.0) for k, w in rows[i].items()) for i, j in zip(left, right)]
    assert np.allclose(matrix.dots(matrix, left, right), expected, rtol=0, atol=1e-12)
    assert matrix.lengths(np.array([0, 1])).tolist() == [len(rows[0]), len(rows[1])]
