"""A free-text claim checked against fact records: evidence, verdicts and the names a claim borrows from its
candidates."""

from __future__ import annotations

import pytest

from service.pipeline.claimcheck import compare_claim
from service.pipeline.errors import ClaimInputError
from tests.pipeline.test_claims import DAM, FLOODS, KESTREL, OFFSET, claim, day, evidence_of, fact, km, quantity


def test_claimed_figure_within_the_bound_is_supported():
    result = compare_claim(claim("Kestrel drones can reach 300 km", [("Kestrel", "Kestrel")],
                                 [km("300 km", 300, "km", "exact", 300.0)]), KESTREL)
    assert result["verdict"] == "supported"
    ev = evidence_of(result, "x-f0")
    assert ev["relation"] == "supports"
    assert "300 km" in ev["reason"] and "up to 190 miles (306 km)" in ev["reason"] and "within" in ev["reason"]
    assert ev["citation"] == {"article_id": "x", "source": "Daily A", "published": "2024-03-02",
                              "title": "Headline of x", "url": "https://news.example/x",
                              "start": OFFSET, "end": OFFSET + len(KESTREL[0]["text"])}
    # A fact without a figure never settles a claim about a figure (at most it is related).
    assert (evidence_of(result, "y-f1") or {"relation": "related"})["relation"] == "related"
    relations = [e["relation"] for e in result["evidence"]]
    assert relations == sorted(relations, key=lambda r: r == "related")  # decisive evidence first


def test_claimed_figure_outside_the_bound_is_contradicted():
    result = compare_claim(claim("The Kestrel range is 500 km", [("Kestrel", "Kestrel")],
                                 [km("500 km", 500, "km", "exact", 500.0)]), KESTREL)
    assert result["verdict"] == "contradicted"
    assert {evidence_of(result, i)["relation"] for i in ("x-f0", "y-f0")} == {"contradicts"}


def test_other_units_compare_through_normalised_values():
    result = compare_claim(claim("The Kestrel has a range of about 190 mi", [("Kestrel", "Kestrel")],
                                 [km("about 190 mi", 190, "mile", "approx", 305.78)]), KESTREL)
    assert result["verdict"] == "supported"
    # 190 km is under "up to 306 km" but too far from it to be established, and far from "about 190 miles".
    wrong_unit = compare_claim(claim("The Kestrel has a range of 190 km", [("Kestrel", "Kestrel")],
                                     [km("190 km", 190, "km", "exact", 190.0)]), KESTREL)
    assert wrong_unit["verdict"] == "contradicted"
    assert evidence_of(wrong_unit, "x-f0")["relation"] == "related"
    assert "not established" in evidence_of(wrong_unit, "x-f0")["reason"]
    assert evidence_of(wrong_unit, "y-f0")["relation"] == "contradicts"


def test_two_stated_maxima_must_be_the_same_figure():
    result = compare_claim(claim("The maximum range of the Kestrel is 190 km", [("Kestrel", "Kestrel")],
                                 [km("190 km", 190, "km", "exact", 190.0)]), KESTREL)
    assert result["verdict"] == "contradicted"
    assert "different maximum" in evidence_of(result, "x-f0")["reason"]
    bigger = compare_claim(claim("The Kestrel has a range of up to 500 km", [("Kestrel", "Kestrel")],
                                 [km("up to 500 km", 500, "km", "at_most", 500.0)]), KESTREL)
    assert bigger["verdict"] == "contradicted"


def test_unrelated_claim_gets_no_evidence():
    result = compare_claim(claim("The price of eggs rose in Ohio", [("Ohio", "Ohio")]), day() + KESTREL)
    assert result == {"claim": result["claim"], "verdict": "not_enough_info", "evidence": []}
    no_entities = compare_claim(claim("The price of eggs rose"), day())
    assert no_entities["verdict"] == "not_enough_info" and no_entities["evidence"] == []


def test_shared_entity_without_shared_predicate_is_not_evidence():
    result = compare_claim(claim("The Kestrel won a design prize", [("Kestrel", "Kestrel")]), KESTREL)
    assert result["verdict"] == "not_enough_info" and result["evidence"] == []


def test_paraphrase_without_figures_needs_strong_overlap():
    result = compare_claim(claim("Lawmakers approved the budget of the Blue Line rail", [("Blue Line", "Blue Line")]),
                           day())
    assert result["verdict"] == "supported"
    assert {e["fact"]["id"] for e in result["evidence"] if e["relation"] == "supports"} >= {"daily-c-f2"}


def test_negated_claim_against_affirmative_evidence_is_contradicted():
    result = compare_claim(claim("Lawmakers did not approve money for the Blue Line rail project",
                                 [("Blue Line", "Blue Line")], negated=True), day())
    assert result["verdict"] == "contradicted"
    assert 'says "not approve money' in evidence_of(result, "daily-c-f2")["reason"]
    assert result["claim"]["negated"] is True


def test_conflicting_reports_give_a_mixed_verdict():
    result = compare_claim(claim("The governor confirmed the Ikeja dam collapsed", [("Ikeja Dam", "Ikeja dam")]),
                           day())
    assert result["verdict"] == "mixed"
    assert evidence_of(result, "daily-a-f1")["relation"] == "supports"
    assert evidence_of(result, "daily-b-f1")["relation"] == "contradicts"


def test_not_confirmed_neither_supports_nor_refutes_the_event():
    result = compare_claim(claim("The Ikeja dam collapsed overnight", [("Ikeja Dam", "Ikeja dam")]), DAM[1:])
    assert result["verdict"] == "not_enough_info"
    assert evidence_of(result, "daily-b-f1")["relation"] == "related"


def test_claim_matching_only_an_earlier_figure_is_contradicted_by_the_update():
    result = compare_claim(claim("The Lagos floods killed 40 people", [("Lagos", "Lagos")],
                                 [quantity("40 people", 40, "people")]), FLOODS)
    assert evidence_of(result, "daily-a-f0")["relation"] == "supports"
    update = evidence_of(result, "daily-b-f0")
    assert update["relation"] == "contradicts" and "earlier" in update["reason"]
    assert result["verdict"] == "mixed"


def test_weaker_evidence_bound_does_not_establish_a_stronger_claim():
    result = compare_claim(claim("More than 50 people died in the Lagos floods", [("Lagos", "Lagos")],
                                 [quantity("More than 50 people", 50, "people", "at_least")]), FLOODS)
    assert result["verdict"] == "supported"
    assert evidence_of(result, "daily-a-f0")["relation"] == "related"
    assert evidence_of(result, "daily-c-f0")["relation"] == "supports"


def test_claim_echo_and_duplicates():
    text = "The Kestrel has a range of 300 km"
    parsed = claim(text, [("Kestrel", "Kestrel")], [km("300 km", 300, "km", "exact", 300.0)], hedged=True)
    result = compare_claim(parsed, KESTREL + KESTREL)
    assert result["claim"]["text"] == text and result["claim"]["hedged"] is True
    assert result["claim"]["quantities"] == parsed["quantities"]
    assert len(result["evidence"]) == len({e["fact"]["id"] for e in result["evidence"]})


@pytest.mark.parametrize("bad_claim", [{}, {"text": "  "}, None])
def test_claim_without_text_is_rejected(bad_claim):
    with pytest.raises(ClaimInputError):
        compare_claim(bad_claim, KESTREL)


def test_candidates_must_be_a_list():
    with pytest.raises(ClaimInputError):
        compare_claim(claim("The Kestrel range is 300 km", [("Kestrel", "Kestrel")]), None)


def test_claim_entities_are_completed_from_candidate_names():
    # The extractor may not know a name that an article introduced by context; the candidates do.
    result = compare_claim(claim("Kestrel drones can reach 300 km", [], [km("300 km", 300, "km", "exact", 300.0)]),
                           KESTREL)
    assert result["verdict"] == "supported"
    assert [e["name"] for e in result["claim"]["entities"]] == ["Kestrel"]


def test_bare_figure_claim_is_judged_by_its_measure():
    result = compare_claim(claim("Kestrel: 500 km", [("Kestrel", "Kestrel")],
                                 [km("500 km", 500, "km", "exact", 500.0)]), KESTREL)
    assert result["verdict"] == "contradicted"


def test_figure_far_inside_a_one_sided_bound_is_not_established():
    result = compare_claim(claim("The Lagos floods killed 100 people", [("Lagos", "Lagos")],
                                 [quantity("100 people", 100, "people")]), FLOODS)
    assert result["verdict"] == "not_enough_info"
    assert {e["relation"] for e in result["evidence"]} == {"related"}
    assert all("not established" in e["reason"] for e in result["evidence"])


def test_figure_of_a_larger_group_does_not_refute_a_figure_of_its_part():
    facts = [fact("z-f0", "Approximately 9,000 troops, including the Ruritanian contingent, are in the Vale region.",
                  [("Ruritania", "Ruritanian"), ("Vale", "Vale")],
                  [quantity("Approximately 9,000 troops", 9000, "troops", "approx")], source="Daily C")]
    result = compare_claim(claim("About 2,000 Ruritanian troops are in the Vale region",
                                 [("Ruritania", "Ruritanian"), ("Vale", "Vale")],
                                 [quantity("About 2,000 Ruritanian troops", 2000, "troops", "approx")]), facts)
    assert result["verdict"] == "not_enough_info"
    assert [e["relation"] for e in result["evidence"]] == ["related"]


def test_attributed_claim_is_settled_only_by_that_source():
    ministry = {"speaker": "Water Ministry", "organization": "Water Ministry", "speaker_type": "ORG"}
    rescuers = {"speaker": None, "organization": None, "anonymous": True, "description": "rescue workers"}
    facts = [
        fact("x-f0", "The Water Ministry confirmed that the Ikeja dam collapsed.",
             [("Ikeja Dam", "Ikeja dam"), ("Water Ministry", "Water Ministry")], source="Daily A",
             attribution=ministry),
        fact("y-f0", "Rescue workers confirmed that the Ikeja dam collapsed.", [("Ikeja Dam", "Ikeja dam")],
             source="Daily B", attribution=rescuers),
    ]
    parsed = claim("The Water Ministry confirmed that the Ikeja dam collapsed",
                   [("Ikeja Dam", "Ikeja dam"), ("Water Ministry", "Water Ministry")])
    parsed["attribution"] = ministry
    result = compare_claim(parsed, facts)
    assert result["verdict"] == "supported"
    assert evidence_of(result, "x-f0")["relation"] == "supports"
    other = evidence_of(result, "y-f0")
    assert other["relation"] == "related" and "attributed to Water Ministry" in other["reason"]


def test_whole_word_spans_equal_the_word_bounded_pattern():
    import random
    import re

    from service.pipeline.claimcheck import _whole_word_spans

    rng = random.Random(7)
    alphabet = ["Kyiv", "Ky", "iv", " ", "_", "-", "é", "2", ".", "Kyivan"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for surface in ("Kyiv", "Ky", "Kyiv Ky", "é2"):
            expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]
            assert _whole_word_spans(text, surface) == expected, (text, surface)
