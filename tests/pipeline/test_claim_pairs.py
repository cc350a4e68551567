"""Claim grouping computes the similarity of every candidate pair at once with array operations: it equals the
pair-by-pair rules (``_pair_similarity``), depends on the two facts alone, and the components and claims equal
those of comparing every pair one by one."""

from __future__ import annotations

import random

import numpy as np
import pytest

from service.pipeline import claims, pairs
from service.pipeline.linkage import average_linkage
from service.pipeline.pairs import SparseRows, candidate_pairs
from tests.pipeline.test_claims import fact, quantity

PLACES = ["Norland", "Vesta", "Coralia", "Brask", "Dunmore"]
WORDS = ("troops missiles border talks strike shelling convoy ceasefire aid drones harbour bridge grain "
         "sanctions envoy reactor inspectors villages refugees").split()
VERBS = ["moved", "reached", "hit", "crossed", "left", "stopped", "entered", "rejected"]
SPEAKERS = [None, {"speaker": "Ana Ruiz", "organization": None}, {"speaker": "Tom Berg", "organization": None}]


def _similarities(corpus) -> dict[tuple[int, int], float]:
    """The pairs of similarity above 0, keyed by (i, j)."""
    first, second, sims = claims._similar_pairs(corpus)
    return dict(zip(zip(first.tolist(), second.tolist()), sims.tolist()))


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


def _one_by_one(corpus) -> dict[tuple[int, int], float]:
    """Every pair's similarity by the pair-by-pair rules, over all pairs of facts sharing an entity."""
    sims = {}
    for i in range(len(corpus.views)):
        for j in range(i + 1, len(corpus.views)):
            if corpus.views[i].entities & corpus.views[j].entities:
                s = claims._pair_similarity(corpus, i, j)
                if s > 0:
                    sims[(i, j)] = s
    return sims


def _union_find(n: int, sims: dict, threshold: float) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for (i, j), s in sims.items():
        if s >= threshold:
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def _exhaustive(facts: list[dict]) -> list[tuple[dict, list[dict]]]:
    """Components as comparing every pair of facts one by one gives them."""
    corpus = claims._prepare(facts)
    sims = _one_by_one(corpus)
    out = []
    for group in _union_find(len(corpus.views), sims, claims.DEFAULT_MIN_SIMILARITY):
        if len(group) < 2:
            continue
        where = {i: k for k, i in enumerate(group)}
        local = {(where[i], where[j]): s for (i, j), s in sims.items() if i in where and j in where}
        views = [corpus.views[i] for i in group]
        found = [claims._build_cluster([views[k] for k in members])
                 for members in average_linkage(len(views), local, claims.DEFAULT_MIN_SIMILARITY)
                 if len(members) >= 2]
        out.append(({v.id: v.article_id for v in views}, sorted(found, key=claims.claim_order)))
    return out


def test_components_equal_those_of_comparing_every_pair():
    for seed in range(3):
        facts = _facts(seed, 160)
        found = [(c.members, c.claims) for c in claims.claim_components(facts)]
        assert found == _exhaustive(facts)
        assert any(len(members) > 2 for members, _ in found)  # the sample does group facts


def _key_postings(corpus) -> dict[str, list[int]]:
    """The facts of each link key, all of them (no windows)."""
    postings = {}
    for i, view in enumerate(corpus.views):
        for key in claims.link_keys(view):
            postings.setdefault(key, []).append(i)
    return postings


def test_array_similarities_equal_the_pair_by_pair_rules():
    corpus = claims._prepare(_facts(7, 200))
    first, second = candidate_pairs(_key_postings(corpus).values(), len(corpus.views))
    arrays = claims._pair_similarities(corpus, first, second)
    one_by_one = np.array([claims._pair_similarity(corpus, i, j) for i, j in zip(first.tolist(), second.tolist())])
    assert len(arrays) > 1000 and (arrays > 0).any() and (arrays == 0).any()
    assert np.allclose(arrays, one_by_one, rtol=0, atol=1e-6)
    # every pair with a similarity above 0 is a candidate pair
    assert set(_one_by_one(corpus)) == {p for p, s in zip(zip(first.tolist(), second.tolist()), arrays) if s > 0}


def test_a_pair_has_the_same_similarity_in_any_collection():
    facts = _facts(11, 120)
    whole = claims._prepare(facts)
    sims = _similarities(whole)
    rng = random.Random(5)
    for (i, j), s in rng.sample(sorted(sims.items()), 40):
        a, b = whole.views[i].record, whole.views[j].record
        subset = [a, b] + rng.sample(facts, 15)
        part = claims._prepare(subset)
        where = {v.id: k for k, v in enumerate(part.views)}
        x, y = sorted((where[a["id"]], where[b["id"]]))
        assert _similarities(part).get((x, y)) == s  # bit for bit


def test_candidate_pairs_are_the_pairs_sharing_a_list():
    postings = [[0, 3, 5], [3, 5], [1], [2, 4, 0]]
    first, second = candidate_pairs(postings, 6)
    expected = sorted({(min(a, b), max(a, b)) for p in postings for a in p for b in p if a != b})
    assert list(zip(first.tolist(), second.tolist())) == expected
    assert candidate_pairs([[1], []], 3)[0].size == 0


@pytest.mark.parametrize("step", [8192, 7])
def test_candidate_pairs_of_many_overlapping_lists_equal_every_pair_once(monkeypatch, step):
    monkeypatch.setattr(pairs, "INCIDENCE_ROWS", step)  # the product in steps of that many items gives the same
    rng = random.Random(11)
    postings = [[rng.randrange(200) for _ in range(rng.randint(0, 25))] for _ in range(300)]  # repeats inside
    first, second = candidate_pairs(postings, 200)
    expected = sorted({(min(a, b), max(a, b)) for p in postings for a in p for b in p if a != b})
    assert list(zip(first.tolist(), second.tolist())) == expected
    assert first.dtype == second.dtype == np.int64


def test_figure_relations_of_repeated_figure_sets_equal_the_rules_pair_by_pair():
    facts = _figure_facts()
    corpus = claims._prepare(facts)
    n = len(corpus.views)
    first, second = (np.asarray(a, dtype=np.int64) for a in zip(*[(i, j) for i in range(n) for j in range(i + 1, n)]))
    match, same = claims._PairScorer(corpus.features)._figure_relations(first, second)
    for k, (i, j) in enumerate(zip(first.tolist(), second.tolist())):
        a, b = corpus.views[i], corpus.views[j]
        pairs = [(fa, fb) for fa in a.figures if fa.dimension for fb in b.figures if fa.comparable(fb)]
        assert same[k] == bool(pairs)
        assert match[k] == claims._same_measure_of_same_entity(a, b)
    assert same.any() and match.any() and not match.all()


def _figure_facts() -> list[dict]:
    """Facts whose figure sets repeat (same measure, same or other entity), so relations are shared."""
    def measured(n: int, place: str, rest: str, figure: str, value: float, unit: str, dimension: str) -> dict:
        text = f"{place} {rest.format(figure)}"
        return fact(f"a{n}-f1", text, [(place, place)], [quantity(figure, value, unit, dimension=dimension)])
    return [measured(0, "Ruritania", "sent {} to the border", "500 troops", 500, "troops", "persons"),
            measured(1, "Ruritania", "sent {} to the north", "500 troops", 500, "troops", "persons"),
            measured(2, "Ostland", "sent {} to the border", "700 troops", 700, "troops", "persons"),
            measured(3, "Ruritania", "built {} of road", "40 km", 40, "km", "length"),
            measured(4, "Ostland", "built {} of road", "40 km", 40, "km", "length"),
            measured(5, "Ruritania", "has {}", "9 ships", 9, "ships", "count")]


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


def test_forked_workers_find_the_same_components_and_claims(monkeypatch):
    # Pairs scored in slices, predicates embedded in slices and components clustered apart, in two forked
    # processes, give exactly what one process gives (the size floor is lowered so that 300 facts fork).
    facts = _facts(41, 300)
    alone = claims.claim_components(facts)
    monkeypatch.setattr(claims, "PARALLEL_MIN_FACTS", 0)
    forked = claims.claim_components(facts, workers=2)
    assert [(c.members, c.claims) for c in forked] == [(c.members, c.claims) for c in alone]
    assert sum(len(c.claims) for c in alone) > 5


def test_compact_rows_made_in_forked_chunks_equal_those_of_the_views(monkeypatch):
    # A collection larger than the view cache is never held as views: runs of facts are viewed, embedded and
    # reduced to compact rows in forked processes, and merged here. They equal the rows of the views made at once.
    facts = _facts(43, 300)
    whole = claims._prepare(facts).features
    monkeypatch.setattr(claims, "FEATURE_CHUNK", 64)
    forked = claims._features(claims._ordered_records(facts), workers=2)
    for name, rows in whole.rows.items():
        other = forked.rows[name]
        assert rows.width == other.width, name
        for field in ("indptr", "ids", "weights"):
            assert np.array_equal(getattr(rows, field), getattr(other, field)), (name, field)
    for field in ("meanings", "negated", "speaker", "kind", "rank"):
        assert np.array_equal(getattr(whole, field), getattr(forked, field)), field
    assert whole.kinds == forked.kinds


def test_link_codes_group_facts_as_the_link_keys_do():
    corpus = claims._prepare(_facts(47, 200))
    facts, codes = claims._link_codes(corpus.features)
    by_code = {}
    for fact_at, code in zip(facts.tolist(), codes.tolist()):
        by_code.setdefault(code, set()).add(fact_at)
    assert sorted(map(sorted, by_code.values())) == sorted(map(sorted, _key_postings(corpus).values()))
    assert len(facts) == sum(len(claims.link_keys(v)) for v in corpus.views)


def _block_pairs(facts: list[dict]) -> tuple[object, set[tuple[int, int]]]:
    corpus = claims._prepare(facts)
    first, second = claims._candidate_pairs(corpus.features)
    return corpus, set(zip(first.tolist(), second.tolist()))


def test_a_link_key_shared_by_few_facts_pairs_them_all():
    facts = [fact(f"a{n}-f1", f"Norland moved {n} convoys north.", [("Norland", "Norland")]) for n in range(12)]
    corpus, pairs = _block_pairs(facts)
    assert len(pairs) == 12 * 11 // 2


def test_a_link_key_shared_by_many_facts_pairs_each_with_its_neighbours_in_wording(monkeypatch):
    monkeypatch.setattr(claims, "BLOCK_WINDOW", 4)
    words = WORDS[:10]
    facts = [fact(f"a{n:02d}-f1", f"Norland moved {words[n % 10]} convoy {n} north.", [("Norland", "Norland")])
             for n in range(40)]
    corpus, pairs = _block_pairs(facts)
    rank = corpus.features.rank.tolist()
    distance = {pair: abs(rank[pair[0]] - rank[pair[1]]) for pair in pairs}
    n = len(corpus.views)
    near = {(i, j) for i in range(n) for j in range(i + 1, n) if abs(rank[i] - rank[j]) <= 4}
    assert near <= pairs  # every fact meets the BLOCK_WINDOW facts worded most like it on either side
    assert max(distance.values()) < 2 * 4  # and no fact further away
    assert len(pairs) < n * (n - 1) // 2
    # The same wording sits side by side: facts differing only in their number are neighbours.
    by_word = {}
    for i, view in enumerate(corpus.views):
        by_word.setdefault(view.predicate_text.split()[1], []).append(rank[i])
    assert all(max(r) - min(r) == len(r) - 1 for r in by_word.values())
