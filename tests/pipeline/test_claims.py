"""Claim clustering, conflict detection and claim checking on hand-made fact records."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.pipeline import claims as claims_module
from service.pipeline.claims import claim_components, cluster_facts
from service.pipeline.errors import ClaimInputError

OFFSET = 120  # facts sit inside their article; entity offsets are article offsets


def quantity(text, value, unit, bound="exact", dimension="persons", normalized=None):
    return {"text": text, "value": value, "unit": unit, "bound": bound,
            "normalized": normalized if normalized is not None else {"value": value, "unit": unit},
            "dimension": dimension}


def km(text, value, unit, bound, km_value):
    return quantity(text, value, unit, bound, "length", {"value": km_value, "unit": "km"})


def fact(fact_id, text, entities=(), quantities=(), *, source=None, published=None, negated=False,
         hedged=False, attribution=None, score=0.5, entity_type="GPE"):
    article_id = fact_id.rsplit("-", 1)[0]
    mentions = []
    for name, mention in entities:
        at = text.index(mention)
        mentions.append({"name": name, "type": entity_type, "mention": mention,
                         "start": OFFSET + at, "end": OFFSET + at + len(mention)})
    return {"id": fact_id, "article_id": article_id, "passage_id": f"{article_id}-p1", "text": text,
            "start": OFFSET, "end": OFFSET + len(text), "source": source, "published": published,
            "title": f"Headline of {article_id}", "url": f"https://news.example/{article_id}",
            "entities": mentions, "quantities": list(quantities), "attribution": attribution,
            "negated": negated, "hedged": hedged, "score": score}


def claim(text, entities=(), quantities=(), negated=False, hedged=False):
    record = fact("claim-x", text, entities, quantities, negated=negated, hedged=hedged)
    for ent in record["entities"]:  # parse_claim offsets are relative to the claim text
        ent["start"] -= OFFSET
        ent["end"] -= OFFSET
    record["start"], record["end"] = 0, len(text)
    return record


def by_member(clusters, fact_id):
    found = [c for c in clusters if any(f["id"] == fact_id for f in c["facts"])]
    assert len(found) <= 1
    return found[0] if found else None


def member_ids(cluster):
    return sorted(f["id"] for f in cluster["facts"])


# A small news day: floods in a city, a dam, a transit budget, and unrelated filler sharing the country name.
FLOODS = [
    fact("daily-a-f0", "At least 40 people were killed in the Lagos floods, emergency officials said.",
         [("Lagos", "Lagos"), ("Nigeria Emergency Management Agency", "emergency officials")],
         [quantity("At least 40 people", 40, "people", "at_least")], source="Daily A", published="2024-05-01"),
    fact("daily-b-f0", "The death toll from the Lagos floods has risen to at least 52, up from 40 on Monday.",
         [("Lagos", "Lagos")],
         [quantity("at least 52", 52, "people", "at_least"), quantity("40", 40, "people")],
         source="Daily B", published="2024-05-03"),
    fact("daily-c-f0", "Floods in Lagos have killed at least 52 people, rescue workers said.",
         [("Lagos", "Lagos")], [quantity("at least 52 people", 52, "people", "at_least")],
         source="Daily C", published="2024-05-03"),
]
DAM = [
    fact("daily-a-f1", "The governor confirmed that the Ikeja dam collapsed overnight.",
         [("Ikeja Dam", "Ikeja dam")], source="Daily A", published="2024-05-01"),
    fact("daily-b-f1", "The governor has not confirmed that the Ikeja dam collapsed.",
         [("Ikeja Dam", "Ikeja dam")], source="Daily B", published="2024-05-03", negated=True),
]
BUDGET = [
    fact("daily-a-f2", "The Lagos State assembly approved a 2.5 billion dollar budget for the Blue Line rail.",
         [("Lagos State Assembly", "Lagos State assembly"), ("Blue Line", "Blue Line")],
         [quantity("2.5 billion dollar", 2.5e9, "USD", dimension="money")], source="Daily A"),
    fact("daily-c-f2", "Lawmakers authorised $2.5bn for the Blue Line rail project.",
         [("Blue Line", "Blue Line")],
         [quantity("$2.5bn", 2.5e9, "USD", dimension="money")], source="Daily C", published="2024-05-02"),
]
FILLER = [
    fact(f"filler-{i}-f0", text, [("Nigeria", "Nigeria")], source=f"Outlet {i}", published="2024-05-02")
    for i, text in enumerate([
        "Nigeria hosts the regional football final next month.",
        "Nigeria's central bank kept interest rates unchanged.",
        "A new film festival opened in Nigeria this week.",
        "Farmers in Nigeria expect a record cassava harvest.",
        "Nigeria signed a fisheries agreement with Ghana.",
    ])
]


def day():
    return FLOODS + DAM + BUDGET + FILLER


# ----------------------------------------------------------------------------------------------- clustering


def test_paraphrases_from_two_publishers_are_corroborated():
    cluster = by_member(cluster_facts(day()), "daily-a-f2")
    assert cluster is not None and member_ids(cluster) == ["daily-a-f2", "daily-c-f2"]
    assert cluster["status"] == "corroborated" and cluster["sources"] == 2
    assert cluster["conflicts"] == [] and "Blue Line" in cluster["about"]


def test_facts_sharing_only_a_generic_entity_stay_apart():
    clusters = cluster_facts(day())
    assert all(by_member(clusters, f["id"]) is None for f in FILLER)


def test_reported_change_makes_the_differing_figures_evolving():
    cluster = by_member(cluster_facts(day()), "daily-a-f0")
    assert member_ids(cluster) == ["daily-a-f0", "daily-b-f0", "daily-c-f0"]
    assert cluster["status"] == "evolving" and cluster["sources"] == 3
    (conflict,) = cluster["conflicts"]
    assert conflict["kind"] == "quantity" and conflict["dimension"] == "persons" and conflict["evolving"]
    assert {v["value"] for v in conflict["values"]} == {40, 52}
    assert any(v["earlier"] for v in conflict["values"])
    # The statement is the fact that reports the newest figure and the change.
    assert cluster["statement"] == FLOODS[1]["text"]


def test_unexplained_figure_difference_is_conflicting():
    facts = [
        fact("x-f0", "Forty people were killed in the Lagos floods.", [("Lagos", "Lagos")],
             [quantity("Forty people", 40, "people")], source="Daily A", published="2024-05-01"),
        fact("y-f0", "Fifty-two people were killed in the Lagos floods.", [("Lagos", "Lagos")],
             [quantity("Fifty-two people", 52, "people")], source="Daily B", published="2024-05-01"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "conflicting"
    (conflict,) = cluster["conflicts"]
    assert not conflict["evolving"]
    assert [(v["value"], v["bound"], v["source"]) for v in conflict["values"]] == [
        (40, "exact", "Daily A"), (52, "exact", "Daily B")]


def test_lower_bounds_in_the_same_direction_agree():
    facts = [
        fact("x-f0", "At least 40 people were killed in the Lagos floods.", [("Lagos", "Lagos")],
             [quantity("At least 40 people", 40, "people", "at_least")], source="Daily A", published="2024-05-01"),
        fact("y-f0", "At least 52 people were killed in the Lagos floods.", [("Lagos", "Lagos")],
             [quantity("At least 52 people", 52, "people", "at_least")], source="Daily B", published="2024-05-01"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "corroborated" and cluster["conflicts"] == []


def test_same_speaker_at_a_later_date_is_evolving():
    ministry = {"speaker": "Health Ministry", "organization": "Health Ministry", "speaker_type": "ORG"}
    facts = [
        fact("x-f0", "The Health Ministry said 120 cholera cases were recorded in Kano.",
             [("Kano", "Kano"), ("Health Ministry", "Health Ministry")],
             [quantity("120 cholera cases", 120, "cases", dimension="count")], source="Daily A",
             published="2024-06-01", attribution=ministry),
        fact("y-f0", "The Health Ministry said 180 cholera cases were recorded in Kano.",
             [("Kano", "Kano"), ("Health Ministry", "Health Ministry")],
             [quantity("180 cholera cases", 180, "cases", dimension="count")], source="Daily B",
             published="2024-06-08", attribution=ministry),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "evolving"
    assert [t["published"] for t in cluster["timeline"]] == ["2024-06-01", "2024-06-08"]


def test_bounds_and_units_agree_across_conversions():
    facts = [
        fact("x-f0", "The Kestrel drone has a range of up to 306 km, the maker said.", [("Kestrel", "Kestrel")],
             [km("up to 306 km", 306, "km", "at_most", 306.0)], source="Daily A", published="2024-03-02"),
        fact("y-f0", "The Kestrel drone has a range of about 190 miles.", [("Kestrel", "Kestrel")],
             [km("about 190 miles", 190, "mile", "approx", 305.78)], source="Daily B", published="2024-03-01"),
        fact("z-f0", "The Kestrel drone can fly 300 km on one battery, with a range of 300 km.",
             [("Kestrel", "Kestrel")], [km("300 km", 300, "km", "exact", 300.0)], source="Daily C"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "corroborated" and cluster["sources"] == 3 and cluster["conflicts"] == []
    assert cluster["first_appearance"] == {
        "fact_id": "y-f0", "article_id": "y", "source": "Daily B", "published": "2024-03-01",
        "title": "Headline of y", "url": "https://news.example/y"}
    # Timeline: dated facts by date, undated last.
    assert [t["fact_id"] for t in cluster["timeline"]] == ["y-f0", "x-f0", "z-f0"]


def test_incompatible_bound_is_a_conflict():
    facts = [
        fact("x-f0", "The Kestrel drone has a range of up to 306 km.", [("Kestrel", "Kestrel")],
             [km("up to 306 km", 306, "km", "at_most", 306.0)], source="Daily A"),
        fact("y-f0", "The Kestrel drone has a range of 500 km.", [("Kestrel", "Kestrel")],
             [km("500 km", 500, "km", "exact", 500.0)], source="Daily B"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "conflicting"
    assert [v["value"] for v in cluster["conflicts"][0]["values"]] == [306, 500]


def test_negation_of_the_same_predicate_is_a_conflict():
    cluster = by_member(cluster_facts(day()), "daily-a-f1")
    assert member_ids(cluster) == ["daily-a-f1", "daily-b-f1"]
    assert cluster["status"] == "conflicting"
    (conflict,) = cluster["conflicts"]
    assert conflict["kind"] == "negation"
    assert [(v["negated"], v["source"]) for v in conflict["values"]] == [(False, "Daily A"), (True, "Daily B")]
    # Two publishers split one against one: the affirmative reads as the statement.
    assert cluster["statement"] == DAM[0]["text"]


def test_negation_in_a_leading_concessive_clause_does_not_flip_the_fact():
    facts = [
        fact("x-f0", "While the ministry did not comment, officials said the Ikeja dam collapsed overnight.",
             [("Ikeja Dam", "Ikeja dam")], source="Daily A", negated=True),
        fact("y-f0", "The Ikeja dam collapsed overnight, flooding two districts.",
             [("Ikeja Dam", "Ikeja dam")], source="Daily B"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "corroborated"
    assert [f["negated"] for f in cluster["facts"]] == [False, False]


def test_different_measures_never_merge():
    facts = [
        fact("x-f0", "Floods in Kano destroyed 300 homes.", [("Kano", "Kano")],
             [quantity("300 homes", 300, "homes", dimension="count")], source="Daily A"),
        fact("y-f0", "Floods in Kano destroyed 300 km of roads.", [("Kano", "Kano")],
             [km("300 km", 300, "km", "exact", 300.0)], source="Daily B"),
    ]
    assert cluster_facts(facts) == []


def test_a_figure_of_a_larger_group_is_not_a_figure_of_the_included_entity():
    facts = [
        fact("x-f0", "About 2,000 Ruritanian troops have entered the Vale region.",
             [("Ruritania", "Ruritanian"), ("Vale", "Vale")],
             [quantity("About 2,000 Ruritanian troops", 2000, "troops", "approx")], source="Daily A"),
        fact("y-f0", "Some 2,100 Ruritanian soldiers are now in the Vale region, officials said.",
             [("Ruritania", "Ruritanian"), ("Vale", "Vale")],
             [quantity("Some 2,100", 2100, "soldiers", "approx")], source="Daily B"),
        fact("z-f0", "Approximately 9,000 troops, including the Ruritanian contingent, are in the Vale region.",
             [("Ruritania", "Ruritanian"), ("Vale", "Vale")],
             [quantity("Approximately 9,000 troops", 9000, "troops", "approx")], source="Daily C"),
    ]
    clusters = cluster_facts(facts, include_singletons=True)
    count = by_member(clusters, "x-f0")
    assert "y-f0" in member_ids(count) and count["status"] == "corroborated"
    assert all(9000 not in [v["value"] for v in c["values"]] for c in count["conflicts"])


def test_output_is_deterministic_and_ids_are_stable():
    facts = day()
    first = cluster_facts(facts)
    shuffled = facts[:]
    random.Random(7).shuffle(shuffled)
    assert cluster_facts(shuffled) == first
    for cluster in first:
        assert re.fullmatch(r"c-[0-9a-f]{12}", cluster["id"])
    assert len({c["id"] for c in first}) == len(first)
    # Ordered by number of publishers, then size.
    keys = [(-c["sources"], -len(c["facts"])) for c in first]
    assert keys == sorted(keys)


@settings(max_examples=40, deadline=None)
@given(st.permutations(day()), st.integers(min_value=2, max_value=len(day())))
def test_any_subset_in_any_order_clusters_the_same_way(facts, size):
    subset = facts[:size]
    clusters = cluster_facts(subset, include_singletons=True)
    assert clusters == cluster_facts(sorted(subset, key=lambda f: f["id"]), include_singletons=True)
    members = [f["id"] for c in clusters for f in c["facts"]]
    assert sorted(members) == sorted(f["id"] for f in subset)  # every fact exactly once


def test_cluster_id_depends_only_on_members():
    cluster = by_member(cluster_facts(day()), "daily-a-f2")
    again = by_member(cluster_facts(BUDGET + FLOODS), "daily-a-f2")
    assert cluster["id"] == again["id"]


def test_singletons_only_on_request():
    facts = day()
    without = cluster_facts(facts)
    with_all = cluster_facts(facts, include_singletons=True)
    assert all(len(c["facts"]) >= 2 for c in without)
    assert sorted(f["id"] for c in with_all for f in c["facts"]) == sorted(f["id"] for f in facts)
    lone = by_member(with_all, FILLER[0]["id"])
    assert lone["status"] == "single_source" and lone["sources"] == 1


def test_same_article_counts_one_publisher():
    facts = [
        fact("x-f0", "The Blue Line rail will open in March, the mayor said.", [("Blue Line", "Blue Line")],
             source="Daily A"),
        fact("x-f5", "The mayor repeated that the Blue Line rail will open in March.",
             [("Blue Line", "Blue Line")], source="Daily A"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["sources"] == 1 and cluster["articles"] == 1 and cluster["status"] == "single_source"


def test_unknown_publishers_count_per_article():
    facts = [
        fact("x-f0", "The Blue Line rail will open in March.", [("Blue Line", "Blue Line")]),
        fact("y-f0", "The Blue Line rail opens in March.", [("Blue Line", "Blue Line")]),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["sources"] == 2 and cluster["first_appearance"] is None


def test_fact_entries_carry_the_fields_the_api_returns():
    cluster = by_member(cluster_facts(day()), "daily-a-f0")
    entry = cluster["facts"][0]
    for key in ("id", "article_id", "text", "source", "published", "speaker", "quantities", "negated",
                "start", "end"):
        assert key in entry
    assert cluster["first_appearance"]["fact_id"] == "daily-a-f0"


def test_higher_threshold_splits_loose_groups():
    loose = cluster_facts(day(), min_similarity=0.05)
    strict = cluster_facts(day(), min_similarity=0.95)
    assert strict == [] and len(loose) >= 1


@pytest.mark.parametrize("bad", [[{"text": "no id"}], [{"id": "x-f0", "text": ""}], ["not a dict"], "nope"])
def test_malformed_records_are_rejected(bad):
    with pytest.raises(ClaimInputError):
        cluster_facts(bad)


def test_threshold_must_be_a_share():
    with pytest.raises(ClaimInputError):
        cluster_facts(day(), min_similarity=0)


def test_empty_input_gives_no_clusters():
    assert cluster_facts([]) == []


# ----------------------------------------------------------------------------------------------- claim check


def evidence_of(result, fact_id):
    found = [e for e in result["evidence"] if e["fact"]["id"] == fact_id]
    return found[0] if found else None


KESTREL = [
    fact("x-f0", "The Kestrel drone has a range of up to 190 miles (306 km), the maker said.",
         [("Kestrel", "Kestrel")], [km("up to 190 miles (306 km)", 190, "mile", "at_most", 305.78)],
         source="Daily A", published="2024-03-02"),
    fact("y-f0", "The maximum range of the Kestrel is about 190 miles.", [("Kestrel", "Kestrel")],
         [km("about 190 miles", 190, "mile", "approx", 305.78)], source="Daily B"),
    fact("y-f1", "Rebels moved their depots out of range of the Kestrel.", [("Kestrel", "Kestrel")],
         source="Daily B"),
]


def test_negation_after_a_modal_of_obligation_is_not_a_denial():
    facts = [
        fact("x-f0", "The mayor said residents should not return to the Ikeja dam area.",
             [("Ikeja Dam", "Ikeja dam")], source="Daily A", negated=True),
        fact("y-f0", "Residents began to return to the Ikeja dam area.", [("Ikeja Dam", "Ikeja dam")],
             source="Daily B"),
    ]
    clusters = cluster_facts(facts, include_singletons=True)
    assert all(c["conflicts"] == [] for c in clusters)
    assert all(not f["negated"] for c in clusters for f in c["facts"])


def test_a_reported_change_does_not_excuse_an_unordered_figure_from_another_source():
    facts = [
        fact("p-f0", "Officials in Lagos said 40 people were killed in the floods.", [("Lagos", "Lagos")],
             [quantity("40 people", 40, "people")], source="Daily P"),
        fact("q-f0", "The Lagos flood toll has risen to 52, up from 40 last week.", [("Lagos", "Lagos")],
             [quantity("52", 52, "people"), quantity("40", 40, "people")], source="Daily Q"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "conflicting"


# ----------------------------------------------------------------------------------------------- trustworthy outputs


def test_first_appearance_comes_only_from_facts_asserting_the_claim():
    facts = [
        fact("a-f0", "The governor has not confirmed that the Ikeja dam collapsed.", [("Ikeja Dam", "Ikeja dam")],
             source="Daily A", published="2024-05-01", negated=True),
        fact("b-f0", "The Ikeja dam collapsed overnight, the governor confirmed.", [("Ikeja Dam", "Ikeja dam")],
             source="Daily B", published="2024-05-03"),
        fact("c-f0", "The governor confirmed that the Ikeja dam collapsed overnight.", [("Ikeja Dam", "Ikeja dam")],
             source="Daily C", published="2024-05-04"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["status"] == "conflicting" and not cluster["facts"][0]["asserts"]
    assert cluster["first_appearance"]["fact_id"] == "b-f0"
    assert cluster["first_appearance"]["published"] == "2024-05-03"


def test_undated_sources_are_flagged():
    facts = [
        fact("a-f0", "Floods in Lagos have killed 40 people.", [("Lagos", "Lagos")],
             [quantity("40 people", 40, "people")], source="Daily A", published="2024-05-01"),
        fact("b-f0", "The Lagos floods killed 40 people.", [("Lagos", "Lagos")],
             [quantity("40 people", 40, "people")], source="Daily B"),
    ]
    (cluster,) = cluster_facts(facts)
    assert cluster["undated_sources"] == ["Daily B"]
    assert cluster["first_appearance"]["source"] == "Daily A"


def test_the_same_money_figure_from_two_publishers_corroborates():
    facts = [
        fact("a-f0", "The Pentagon announced a $1.25 billion military aid package for Ukraine on Monday.",
             [("Pentagon", "Pentagon"), ("Ukraine", "Ukraine")],
             [quantity("$1.25 billion", 1.25e9, "USD", dimension="money")], source="Daily A",
             published="2024-12-02"),
        fact("b-f0", "Washington unveiled a new $1.25bn weapons package for Kyiv, defence officials said.",
             [("United States", "Washington"), ("Ukraine", "Kyiv")],
             [quantity("$1.25bn", 1.25e9, "USD", dimension="money")], source="Daily B", published="2024-12-03"),
        fact("c-f0", "Ukraine received 300 armoured vehicles last year.", [("Ukraine", "Ukraine")],
             [quantity("300 armoured vehicles", 300, "vehicles", dimension="count")], source="Daily C"),
    ]
    clusters = cluster_facts(facts)
    assert [member_ids(c) for c in clusters] == [["a-f0", "b-f0"]]
    assert clusters[0]["status"] == "corroborated" and clusters[0]["sources"] == 2


# ---------------------------------------------------------------------------------------------------------------
# The same components and claims however the collection is held (compact rows for a large one)

FINGERPRINT_PLACES = ["Norland", "Vesta", "Coralia", "Brask", "Dunmore", "Ostland", "Kestrel", "Marrow", "Tulsen",
                      "Avora", "Belgrin", "Corvel", "Dalmar", "Esker", "Fenwick", "Gorse"]
FINGERPRINT_WORDS = ("troops missiles border talks strike shelling convoy ceasefire aid drones harbour bridge grain "
                     "sanctions envoy reactor inspectors villages refugees soldiers casualties railway pipeline "
                     "election budget vaccine flood wildfire drought harvest tariff").split()
FINGERPRINT_VERBS = ["moved", "reached", "hit", "crossed", "left", "stopped", "entered", "rejected", "sent"]
FINGERPRINT_SPEAKERS = [None, {"speaker": "Ana Ruiz", "organization": None},
                        {"speaker": None, "organization": "Defence Ministry", "description": "the ministry"}]
FINGERPRINT_FIGURES = [("{} troops", "troops", "persons", 1), ("{} soldiers", "soldiers", "persons", 1),
                       ("{} km", "km", "length", 1), ("{} miles", "miles", "length", 1.609344),
                       ("{} people", "people", "persons", 1)]


def fingerprint_facts(seed: int, count: int, near: float = 0.3, said: float = 0.3) -> list[dict]:
    """Facts of a few places, words, speakers, polarities and figures (bounds, units, changes), so that they
    group into claims of every status."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        place, other = rng.sample(FINGERPRINT_PLACES, 2)
        words = rng.sample(FINGERPRINT_WORDS, rng.randint(1, 3))
        negated = rng.random() < 0.2
        verb = "did not " + rng.choice(FINGERPRINT_VERBS) if negated else rng.choice(FINGERPRINT_VERBS)
        two = rng.random() < near
        text = f"{place} {verb} {' '.join(words)}" + (f" near {other}" if two else "")
        quantities = []
        if rng.random() < 0.45:
            pattern, unit, dimension, factor = rng.choice(FINGERPRINT_FIGURES)
            number = rng.choice([500, 520, 1200, 11000, 10000])
            bound = rng.choice(["exact", "exact", "approx", "at_least", "at_most"])
            figure = pattern.format(f"{number:,}")
            text += f" with {figure}"
            quantities.append(quantity(figure, number, unit, bound, dimension,
                                       {"value": number * factor, "unit": "km" if dimension == "length" else unit}))
            if rng.random() < 0.2:
                earlier = pattern.format(f"{number // 2:,}")
                text += f", up from {earlier} last week"
                quantities.append(quantity(earlier, number // 2, unit, "exact", dimension))
        entities = [(place, place), (other, other)] if two else [(place, place)]
        attribution = rng.choice(FINGERPRINT_SPEAKERS) if rng.random() < said else None
        if attribution and attribution.get("speaker"):
            text += f", said {attribution['speaker']}"
        out.append(fact(f"a{n % 23:02d}-f{n}", text + ".", entities, quantities, negated=negated,
                        source=rng.choice(["Daily Post", "Wire", None]),
                        published=rng.choice([None, f"2024-11-{10 + n % 9}"]), attribution=attribution,
                        score=round(rng.random(), 2)))
    out.append(dict(out[5]))  # the same fact retrieved twice
    return out


def claims_fingerprint(components) -> str:
    import hashlib
    import json

    payload = [(c.members, c.claims) for c in components]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()[:16]


# Digests of claim_components' output on fingerprint_facts(*args), computed with the claims step as it was before
# its views were made compact (main at aa6ebef): the compact rows must give exactly the same components and claims.
FINGERPRINTS = [((1, 400, 0.3, 0.3), "3dc496d2f70f1477"), ((2, 600, 0.02, 0.0), "994a3663444f18a0")]


@pytest.mark.parametrize("args, digest", FINGERPRINTS)
def test_components_and_claims_equal_those_before_compact_views(args, digest):
    assert claims_fingerprint(claim_components(fingerprint_facts(*args))) == digest


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("args, digest", FINGERPRINTS)
def test_a_large_collection_as_compact_rows_gives_the_same_components_and_claims(monkeypatch, args, digest,
                                                                                 workers):
    # Views made, embedded and reduced to compact rows in runs (in forked processes with two workers), without the
    # view cache, and each claim's views made again from its records: the same output.
    monkeypatch.setattr(claims_module, "PARALLEL_MIN_FACTS", 0)
    monkeypatch.setattr(claims_module, "VIEW_CACHE_SIZE", 10)
    monkeypatch.setattr(claims_module, "FEATURE_CHUNK", 97)
    assert claims_fingerprint(claim_components(fingerprint_facts(*args), workers=workers)) == digest
