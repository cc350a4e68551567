"""Fact extraction over whole articles, and parsing of single claims."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.pipeline.cleaning import clean_article
from service.pipeline.facts import EXTRACTOR_VERSION, FactExtractor, is_hedged, is_negated, is_procedural
from service.pipeline.models import Fact, Passage
from service.pipeline.passages import split_passages

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"


def extract(extractor: FactExtractor, text: str) -> list[Fact]:
    return extractor.extract(text, split_passages(text))


@pytest.fixture(scope="module")
def corpus_facts(extractor) -> list[Fact]:
    facts = []
    for path in sorted(ARTICLES.glob("*.txt")):
        article = clean_article(path.read_text(encoding="utf-8"))
        facts.extend(extract(extractor, article.text))
    return facts


def fact_with(facts: list[Fact], snippet: str) -> Fact:
    hits = [f for f in facts if snippet in f.text]
    assert len(hits) == 1, (snippet, [f.text for f in hits])
    return hits[0]


# ------------------------------------------------------------------ structure


def test_version_is_semantic():
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


def test_facts_are_whole_passages_in_text_order(extractor):
    text = (
        "Deputy Spokesperson Vedant Patel said 10,000 troops had entered Russia.\n\n"
        "What happens next?\n\n"
        "Patel stated that the troops were fighting in Kursk. NATO met on Friday."
    )
    passages = split_passages(text)
    facts = extractor.extract(text, passages)
    assert [f.index for f in facts] == list(range(len(facts)))
    assert [f.passage_index for f in facts] == [0, 2, 3]
    for fact in facts:
        passage = passages[fact.passage_index]
        assert (fact.start, fact.end, fact.text) == (passage.start, passage.end, passage.text)
        assert text[fact.start : fact.end] == fact.text
        for mention in fact.entities:
            assert text[mention.start : mention.end] == mention.mention
            assert fact.start <= mention.start < mention.end <= fact.end


def test_extract_accepts_an_empty_article(extractor):
    assert extractor.extract("", []) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This story is being updated.",
        "AFP contributed reporting.",
        "Reporting by Jane Roe; Editing by John Doe",
        "Will NATO send more troops to Estonia?",
        "U.S. Secretary of Defense Lloyd Austin, left, speaks with Ukraine's President Volodymyr Zelenskyy",
        "An aerial view of the Pentagon, May 15, 2023.",
        "North Korean soldiers appear on TV screens at Seoul Station / AP Yonhap News",
        "(Photo: Smoke rises over Athens. Credit: Example Images)",
        "Long-range strikes",
        "US Allows Ukraine To Use Long-Range Missiles Against Russia",
        "Follow Reuters on social media",
        "Contact the Pentagon press office at press@example.mil for details.",
        "Soldiers fire a rocket during a live-fire exercise.",
    ],
)
def test_chrome_questions_captions_and_headings_are_not_facts(extractor, sentence):
    assert extract(extractor, sentence) == []


def test_a_statement_needs_an_entity(extractor):
    assert extract(extractor, "Prices rose sharply last month.") == []
    assert len(extract(extractor, "Prices rose sharply in Canada last month.")) == 1


def test_attribution_in_the_next_sentence_moves_to_the_statement(extractor):
    text = (
        "The number of North Korean troops in Kursk has surpassed 11,000. "
        "This information was disclosed by a US State Department spokesperson."
    )
    [fact] = extract(extractor, text)
    assert fact.text.startswith("The number of North Korean troops")
    assert fact.attribution.speaker == "State Department" and not fact.attribution.anonymous
    assert fact.attribution.description == "a US State Department spokesperson"


# ------------------------------------------------------------------ negation and hedging


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pentagon has not confirmed that the troops engaged in combat.",
        "The State Department did not officially confirm a policy change.",
        "Officials said they do not expect the policy to change.",
        "There is no evidence that more troops are entering Russia.",
        "The White House declined to comment.",
        "Moscow has never admitted the losses.",
        "The RSF denied that its fighters attacked civilians.",
        "The ministry can't confirm the figure.",
    ],
)
def test_negated(sentence):
    assert is_negated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Not only Russia but also Belarus joined.",
        "It is not clear if Trump will reverse the decision.",
        "Two aid workers, who asked not to be named, said people were fleeing.",
        "Troops moved into Kursk.",
    ],
)
def test_not_negated(sentence):
    assert not is_negated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is likely that about 11,000 troops moved.",
        "That could change.",
        "Strikes may begin soon.",
        "The decision might help Ukraine.",
        "It is not clear if Trump will reverse the decision.",
        "Inflation is expected to fall.",
        "Russia possibly moved its jets.",
        "The general was reportedly wounded.",
        "May will be a busy month. Officials expect growth.",
    ],
)
def test_hedged(sentence):
    assert is_hedged(sentence)


@pytest.mark.parametrize("sentence", ["Troops moved into Kursk in May.", "The range is 190 miles."])
def test_not_hedged(sentence):
    assert not is_hedged(sentence)


# ------------------------------------------------------------------ score


def test_score_follows_the_documented_formula(extractor):
    [plain] = extract(extractor, "Russia aims to recapture land that Ukrainian forces have seized.")
    assert {m.name for m in plain.entities} == {"Russia", "Ukraine"}
    assert plain.score == pytest.approx(0.40 + 0.05 * 2)
    [rich] = extract(
        extractor,
        "It is likely that about 11,000 North Korean troops have moved into Russia's Kursk region, "
        "said Deputy Pentagon Press Secretary Sabrina Singh.",
    )
    # quantity + named speaker + 3 entities (capped) - hedge
    assert rich.score == pytest.approx(0.40 + 0.20 + 0.15 + 0.15 - 0.10)
    assert 0.0 <= rich.score <= 1.0


# ------------------------------------------------------------------ claims


def test_parse_claim(extractor):
    fact = extractor.parse_claim("  North Korea has probably not sent more than 11,000 troops to Kursk. ")
    assert fact.text == "North Korea has probably not sent more than 11,000 troops to Kursk."
    assert (fact.index, fact.start, fact.end, fact.passage_index) == (0, 0, len(fact.text), None)
    assert [m.name for m in fact.entities] == ["North Korea", "Kursk"]
    assert [(q.value, q.unit, q.bound) for q in fact.quantities] == [(11000, "troops", "at_least")]
    assert fact.negated and fact.hedged


def test_parse_claim_finds_the_speaker_and_units(extractor):
    fact = extractor.parse_claim("The Pentagon said ATACMS has a range of 306 km.")
    assert fact.attribution.speaker == "Pentagon"
    assert fact.quantities[0].normalized == {"value": 306, "unit": "km"}
    assert not fact.negated and not fact.hedged


def test_pipeline_package_imports_no_web_or_index_framework():
    code = (
        "import sys, service.pipeline.facts, service.pipeline.entities, service.pipeline.quantities, "
        "service.pipeline.attribution\n"
        "bad = [m for m in ('flask', 'marshmallow', 'whoosh', 'flask_smorest', 'service.search') if m in sys.modules]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_passages_given_by_the_caller_are_respected(extractor):
    text = "NATO met in Brussels. Russia objected."
    passages = [Passage(index=7, start=0, end=len(text), text=text)]
    [fact] = extractor.extract(text, passages)
    assert (fact.passage_index, fact.text) == (7, text)


# ------------------------------------------------------------------ the bundled corpus


def test_atacms_range_in_miles_and_km(corpus_facts):
    fact = fact_with(corpus_facts, "The maximum range of ATACMS is about 190 miles.")
    [q] = fact.quantities
    assert (q.bound, q.normalized["unit"]) == ("approx", "km")
    assert q.normalized["value"] == pytest.approx(305.8, abs=0.05)
    assert [m.name for m in fact.entities] == ["ATACMS"]


def test_atacms_range_with_bracketed_equivalent_and_anonymous_sources(corpus_facts):
    fact = fact_with(corpus_facts, "ATACMS rockets, which have a range of up to 190 miles (306 km)")
    [q] = fact.quantities
    assert (q.value, q.unit, q.bound) == (190, "mile", "at_most")
    assert fact.attribution.anonymous and fact.attribution.speaker is None
    assert fact.hedged


def test_singh_is_the_speaker_of_she_said(corpus_facts):
    fact = fact_with(corpus_facts, "The Russians have moved their airfields out of range of ATACMS, she said.")
    a = fact.attribution
    assert (a.speaker, a.role, a.organization, a.cue, a.speaker_type) == (
        "Sabrina Singh",
        "Deputy Pentagon Press Secretary",
        "Pentagon",
        "say",
        "PERSON",
    )


@pytest.mark.parametrize(
    "snippet, value, unit, bound, hedged",
    [
        ("has surpassed 11,000", 11000, "troops", "at_least", False),
        ("Deputy Spokesperson Vedant Patel reported that over 10,000", 10000, "soldiers", "at_least", False),
        ("It is likely that about 11,000 North Korean troops", 11000, "troops", "approx", True),
        ("Approximately 50,000 troops", 50000, "troops", "approx", False),
    ],
)
def test_troop_counts(corpus_facts, snippet, value, unit, bound, hedged):
    fact = fact_with(corpus_facts, snippet)
    assert (fact.quantities[0].value, fact.quantities[0].unit, fact.quantities[0].bound) == (value, unit, bound)
    assert fact.hedged is hedged


def test_casualty_rate(corpus_facts):
    fact = fact_with(corpus_facts, "Russian casualties are now averaging about 1,200 per day, she noted.")
    [q] = fact.quantities
    assert (q.value, q.unit, q.dimension, q.bound) == (1200, "casualties/day", "rate", "approx")
    assert (fact.attribution.speaker, fact.attribution.cue) == ("Sabrina Singh", "note")


def test_pentagon_has_not_confirmed_is_negated(corpus_facts):
    assert fact_with(corpus_facts, "The Pentagon has not confirmed that these troops have engaged in combat").negated


def test_patel_stated_is_vedant_patel(corpus_facts):
    fact = fact_with(corpus_facts, "Patel stated that these troops")
    assert (fact.attribution.speaker, fact.attribution.cue) == ("Vedant Patel", "state")


def test_no_fact_comes_from_page_chrome(corpus_facts):
    chrome = ["inkl", "Sign up", "Dear readers", "contributed reporting", "VIRIN", "Download", "Comments", "LIFESTYLE"]
    for fact in corpus_facts:
        assert not any(word in fact.text for word in chrome), fact.text


# ------------------------------------------------------------------ robustness

_WORDS = [
    "Russia",
    "U.S.",
    "said",
    "she",
    "he",
    "about",
    "11,000",
    "troops",
    "Mr.",
    "Ms",
    "Patel",
    "Deputy",
    "Minister",
    "according",
    "to",
    "the",
    "sources",
    "(",
    ")",
    '"',
    "“",
    "”",
    ",",
    ".",
    "?",
    "$2",
    "€5m",
    "per",
    "day",
    "not",
    "could",
    "190",
    "miles",
    "-",
    "'s",
    "Kursk",
    "region",
    "Jan.",
    "20",
    "2024",
    "who",
    "The",
    "New",
    "York",
    "Times",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=40))
def test_any_text_gives_consistent_facts(extractor, words):
    text = " ".join(words)
    passages = split_passages(text)
    facts = extractor.extract(text, passages)
    assert [f.index for f in facts] == list(range(len(facts)))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert 0.0 <= fact.score <= 1.0
        for mention in fact.entities:
            assert text[mention.start : mention.end] == mention.mention
    extractor.parse_claim(text)


def test_two_speakers_in_one_sentence_give_two_facts_with_exact_offsets(extractor):
    text = (
        "The airport reopened on Monday. Transport Minister Ida Holm said the runway was safe, while pilots' union "
        "leader Karl Vik said the tower was not fully staffed."
    )
    facts = extractor.extract(text, split_passages(text))
    split = [f for f in facts if f.passage_index == 1]
    assert [f.attribution.speaker for f in split] == ["Ida Holm", "Karl Vik"]
    assert [f.negated for f in split] == [False, True]
    for f in facts:
        assert text[f.start : f.end] == f.text
    assert [f.index for f in facts] == list(range(len(facts)))


def test_list_clauses_of_a_release_are_facts_and_footnote_fragments_are_not(extractor):
    text = (
        "In March, in trend terms:\n\n"
        "- retail turnover rose by 0.4%;\n\n"
        "- food retailing rose by 0.2%;\n\n"
        "Turnover was revised from 0.3% to 0.5% for February.\n\n"
        "(a) Includes online sales by store-based retailers.\n\n"
        "(b) Excluding fuel and motor vehicles.\n\n"
        "¹ Based on a sample of 4 200 businesses.\n\n"
        "* Figures for 2025 have been revised."
    )
    texts = [f.text for f in extract(extractor, text)]
    assert any(t.endswith("retail turnover rose by 0.4%;") for t in texts), texts
    assert any(t.endswith("food retailing rose by 0.2%;") for t in texts), texts
    assert "(a) Includes online sales by store-based retailers." in texts, texts
    assert "* Figures for 2025 have been revised." in texts, texts
    assert not any(t.startswith(("(b)", "¹", "In March")) for t in texts), texts


def test_a_paragraph_of_quotation_alone_keeps_the_speaker_of_the_quotation_before_it(extractor):
    text = (
        '"Sales of electric cars doubled in the first quarter," said Marta Quill, chief economist at the '
        "vehicle registry.\n\n"
        '"Most of the growth came from company fleets, not private buyers."\n\n'
        "Registrations of diesel cars fell by 18%.\n\n"
        '"A quote that follows narration has no speaker of its own."'
    )
    facts = extract(extractor, text)
    assert fact_with(facts, "company fleets").attribution.speaker == "Marta Quill"
    assert fact_with(facts, "company fleets").attribution.direct
    assert fact_with(facts, "diesel cars").attribution is None
    assert fact_with(facts, "follows narration").attribution is None


def test_amounts_on_a_page_that_declares_its_dollar_are_in_that_dollar(extractor):
    page = ("Overseas merchandise trade: September 2024. Values are in NZ$ and are not seasonally adjusted.\n\n"
            "Goods exports rose $412 million to $5.9 billion in September, Stats NZ said.\n\n"
            "Imports of crude oil cost US$80 million.\n")
    money = [(q.text, q.unit) for f in extract(extractor, page) for q in f.quantities if q.dimension == "money"]
    assert ("$5.9 billion", "NZD") in money and ("US$80 million", "USD") in money
    assert all(unit != "USD" for text, unit in money if not text.startswith("US$"))


@pytest.mark.parametrize("text", [
    "I am Daniel Osei, and on behalf of the organisers I welcome you to Port Avery.",
    "Our keynote speaker needs little introduction.",
    "We have gathered here to say farewell to one of the great builders of our country.",
    "Rest in peace, Aino.",
])
def test_ceremonial_lines_of_a_speech_are_procedural(text):
    from service.pipeline.facts import is_procedural
    assert is_procedural(text)


@pytest.mark.parametrize("text", [
    "The next bulletin will be issued at 11pm tonight or earlier if the need arises.",
    "We will issue the next update at 10am on Monday.",
    "The Governor will hold a media conference at 3.30 pm.",
    "Farmers in the affected areas are advised to move livestock to shelter.",
    "The next briefing will be held on Thursday, 6 November, at 10:00.",
    "11. The next MPC meeting is scheduled for 15th to 17th September, 2025.",
    "The next Monetary Policy Stance will be announced in March 2026.",
    "The next release, for March 2025, will be published on 2 April 2025.",
    "The next scheduled date for announcing the overnight rate target is January 29, 2025.",
    "The Office will release the results of the March 2025 Labour Force Survey on 8 May 2025.",
    "The MPC will hold its next meeting in June 2027.",
    "The next scheduled decision on the base rate will be announced on 4 June 2027 at 12:00 local time.",
    "The next release in this series, covering the first half of 2027, is scheduled for December 2027.",
    "Next bulletin (Quarter III 2027): 15 November 2027.",
    "Boletín tuir mai / Próximo boletim (Trimestre III 2027): 15 Novembru 2027.",
])
def test_a_releases_schedule_and_advice_to_the_public_are_procedural(text):
    from service.pipeline.facts import is_procedural
    assert is_procedural(text)


def test_a_figure_for_the_next_period_is_no_schedule():
    from service.pipeline.facts import is_procedural
    assert not is_procedural("Growth is expected to pick up in the next quarter to 1.2%.")
    assert not is_procedural("Next year the bank will raise rates: by 2027.")


@pytest.mark.parametrize("text", [
    "Please stay away from exposed piers and cliffs.",
    "If you were on the flight, please check your symptoms and call Healthline before visiting a doctor.",
    "Methodology: see the metadata page for definitions and sources.",
    "For more information, visit the ministry's website.",
    "Kindly note that the offices will be closed on Friday.",
])
def test_appeals_to_the_reader_are_not_facts(text):
    from service.pipeline.facts import _is_appeal
    assert _is_appeal(text)


@pytest.mark.parametrize("text", [
    "Seeds of the new variety reached 40,000 farmers this year.",
    "If the talks fail, the strike will start on Monday.",
    "Visitors spent 1.2 million nights in hotels in September.",
    "Pleased with the result, the coach said the team would rest on Sunday.",
])
def test_statements_that_open_like_appeals_are_not_taken_for_them(text):
    from service.pipeline.facts import _is_appeal
    assert not _is_appeal(text)


@pytest.mark.parametrize("text", ["We thank the airline for its help in reaching passengers.",
                                  "I don't want to get ahead of the procurement process."])
def test_thanks_and_refusals_to_anticipate_are_procedural(text):
    from service.pipeline.facts import is_procedural
    assert is_procedural(text)


@pytest.mark.parametrize("text", ["Figure 1: Map of earthquakes located between July and September 2024.",
                                  "Chart 2. Unemployment rate, seasonally adjusted, 2019 to 2024.",
                                  "Table 3 – Overnight stays by nationality rose 4% in September."])
def test_numbered_figure_and_table_captions_are_captions(text):
    from service.pipeline.facts import _CAPTION_RE
    assert _CAPTION_RE.search(text)


@pytest.mark.parametrize("kind, own, speaker, home", [
    ("release", ("Statistics Canada",), None, True),
    ("statement", ("Government of Manitoba",), ("Wab Kinew", "Premier", "Government of Manitoba"), True),
    ("transcript", ("House of Commons of Canada",), None, True),
    ("statement", ("Ministry of Foreign Affairs of the Republic of Fiji",),
     ("Semi Vunivalu", "Permanent Representative of Fiji", None), False),  # at the General Assembly: US dollars
    ("statement", ("Permanent Mission of Canada to the United Nations",), None, False),
    ("news", ("Toronto Daily",), None, False),  # a news story quotes whatever dollar it names
    # a mayor's budget speech on a regional council's page; a statement at a council of nations
    ("statement", ("Cairns Regional Council",), ("Dana Whitmore", None, "Cairns Regional Council"), True),
    ("statement", ("Permanent Mission of Fiji",), ("Semi Vunivalu", None, "Human Rights Council"), False),
])
def test_a_body_speaking_at_home_means_its_own_dollar(kind, own, speaker, home):
    from service.pipeline.discourse import Discourse, Speaker
    from service.pipeline.facts import _home_currency_page
    from service.pipeline.models import DocumentKind
    discourse = Discourse(kind=DocumentKind(kind), own=own,
                          default_speaker=Speaker(*speaker) if speaker else None)
    assert _home_currency_page(discourse) is home


@pytest.mark.parametrize("text, advice", [
    ("People should check the latest warnings on the weather app.", True),
    ("Residents are asked to remove standing water from containers around their homes.", True),
    ("Motorists living near the coast are urged to avoid the bridge.", True),
    ("Households should expect higher bills next year.", False),  # a forecast
    ("People near the volcano should stay out of damaged buildings.", False),  # a warning that states a danger
    ("People in small towns should not miss a medical appointment because a bus was cut.", False),  # an opinion
    ("People are returning to their homes in the valley.", False),
])
def test_advice_to_the_public_is_told_from_forecasts_warnings_and_opinions(text, advice):
    from service.pipeline.facts import _is_advice
    assert _is_advice(text) is advice


@pytest.mark.parametrize("text", [
    "The Secretary-General is deeply saddened by the loss of life caused by the earthquake.",
    "The Ministry extends its condolences to the families of the victims.",
    "We stand in solidarity with the governments and peoples of the affected countries.",
    "The Chair extends her heartfelt condolences to the families and wishes a speedy recovery to the injured.",
    "The Authority acknowledges the Traditional Custodians of Country throughout Australia.",
])
def test_condolences_and_solidarity_are_no_facts(extractor, text):
    assert extract(extractor, text) == []


def test_a_greeting_to_a_list_of_addressees_is_procedural():
    from service.pipeline.facts import is_procedural
    assert is_procedural("Good afternoon, graduates, parents, faculty and friends.")


def test_bare_pesos_take_the_peso_of_the_country_a_dropped_dateline_names(extractor):
    from service.pipeline.document import process_document
    page = ("Grupo Aeroportuario Sierra Madre\nInvestors | Airports | Press room\n\nResults for the third quarter\n\n"
            "Guadalajara, Jalisco, Mexico, October 24, 2024\n\n"
            "Total revenues were Ps. 6,842 million, up from Ps. 5,997 million in the third quarter of 2023.\n\n"
            "Net income rose to Ps. 2,115 million as passenger traffic at its airports grew by 6.4 percent.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert {q.unit for f in facts for q in f.quantities if q.value > 1000} == {"MXN"}


def test_a_currencys_letter_on_a_page_that_names_none_of_its_countries_is_no_money(extractor):
    from service.pipeline.document import process_document
    page = ("Eastmarch Mining Review\nHome | Markets | Mining\n\nRough diamond sales recover\n\n"
            "The company said it had spent P85 million on new scanning equipment since 2023.\n\n"
            "Sales reached 1.2 million carats in the first half, up from 900,000 carats a year earlier.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert [q.unit for f in facts for q in f.quantities if q.value == 85_000_000] == []
    assert {q.unit for f in facts for q in f.quantities if q.value >= 900_000} == {"carat"}
    botswana = process_document(page.replace("Sales reached", "Sales in Botswana reached"), None, extractor,
                                min_chars=50).facts
    assert [q.unit for f in botswana for q in f.quantities if q.value == 85_000_000] == ["BWP"]


def test_a_name_read_as_a_body_is_the_full_name_of_the_person_its_surname_later_speaks_as(extractor):
    text = ("EASTPORT, Oct 5 (Example Wire) - For the northern seat, Milan Vukadin of the Alliance of Independent "
            "Farmers (AIF) led with 51.2 percent of the vote.\n\n"
            "Vukadin claimed victory late on Sunday and said his party had won 27 seats.\n")
    facts = extract(extractor, text)
    assert fact_with(facts, "claimed victory").attribution.speaker == "Milan Vukadin"


def test_a_directive_in_a_release_reports_an_act_not_the_issuers_statement(extractor):
    from service.pipeline.document import process_document
    page = ("Eastmarch Meteorological Department\nHome | Forecasts | Warnings\n\nHeatwave Advisory No. 4\n\n"
            "Issued: 18 May 2026\n\nA severe heatwave is likely from 20 May, with maximum temperatures of 45 to 47 "
            "degrees Celsius in the south.\n\nThe Department advises the public to avoid direct sun between 11:00 "
            "and 16:00 on those 8 days.\n\nPower utilities are requested to ensure supply to 72 hospitals.\n\n"
            "The Department expects temperatures to fall by 5 degrees after 27 May.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert fact_with(facts, "advises the public").attribution is None
    assert fact_with(facts, "requested to ensure").attribution is None
    assert fact_with(facts, "45 to 47").attribution.speaker == "Eastmarch Meteorological Department"


def test_a_body_speaking_by_its_first_word_is_the_body_named_in_full_before(extractor):
    text = ("SEATTLE, Sept 16 (Example Wire) - Cascadia Data Systems said on Wednesday it would cut 4,800 jobs.\n\n"
            "Cascadia said it would also reduce its office space by about 600,000 square feet.\n")
    facts = extract(extractor, text)
    assert fact_with(facts, "office space").attribution.speaker == "Cascadia Data Systems"


def test_a_quotation_opened_a_sentence_before_its_closing_clause_is_the_speakers(extractor):
    text = ("The ministry is giving NOK 50 million to flood relief in the region.\n\n"
            "'The floods have destroyed 4,000 homes this year. More than 20,000 people have lost their harvest,' "
            "said Minister of Development Kari Holm.\n\n"
            "The new funding brings the ministry's total support for the region to NOK 120 million.")
    facts = extract(extractor, text)
    assert fact_with(facts, "destroyed 4,000 homes").attribution.speaker == "Kari Holm"
    assert fact_with(facts, "20,000 people").attribution.speaker == "Kari Holm"


def test_a_quotation_left_open_in_another_paragraph_gives_no_speaker_to_the_next_one(extractor):
    text = ('"The wards are full tonight.\n\n'
            "The city's hospital opened in 1998.\n\n"
            'Patients waited 30 hours for a bed, and four nurses cared for 40 patients," said Mary Lowe.')
    facts = extract(extractor, text)
    assert fact_with(facts, "opened in 1998").attribution is None or (
        fact_with(facts, "opened in 1998").attribution.speaker != "Mary Lowe")


def test_advice_to_a_group_described_by_a_list_of_symptoms_is_advice():
    from service.pipeline.facts import _is_advice
    assert _is_advice("Anyone with a rash, swollen glands or a high fever should contact a clinic.")
    assert not _is_advice("Anyone with a rash, swollen glands or a high fever was tested in March.")


def test_the_capitalised_place_of_a_dateline_is_no_entity_of_the_claim(extractor):
    facts = extract(extractor, "JOHANNESBURG – Eskom said on Monday it had cut 4,000 jobs in Cape Town and Durban.")
    names = [m.name for m in facts[0].entities]
    assert "Johannesburg" not in names and "Cape Town" in names


@pytest.mark.parametrize("text", [
    "The next general election is scheduled for 2027.",
    "The next president will be elected in May.",
    "The government will release 500 prisoners on Monday.",
])
def test_a_scheduled_event_that_is_no_meeting_or_publication_is_a_claim(text):
    from service.pipeline.facts import is_procedural
    assert not is_procedural(text)


def test_a_speaker_named_by_part_of_a_name_is_the_person_named_in_full():
    from service.pipeline.document import process_document
    from service.pipeline.entities import load_gazetteer
    from tests.pipeline.conftest import GAZETTEER
    text = ("Dr Siti Aminah Yusof, head of the unit, spoke to reporters on Monday. Siti Aminah said cases had doubled "
            "this year.")
    facts = process_document(text, None, FactExtractor(load_gazetteer(GAZETTEER)), min_chars=1).facts
    [quoted] = [f for f in facts if "doubled" in f.text]
    assert quoted.attribution.speaker == "Siti Aminah Yusof"


@pytest.mark.parametrize("text", [
    "Now to consular matters.",
    "Turning to Argentina.",
    "Questions will be taken after the opening remarks.",
    "The Sinhala original prevails in case of any difference.",
])
def test_a_briefers_turn_to_a_topic_and_notes_on_the_transcript_are_procedural(text):
    from service.pipeline.facts import is_procedural
    assert is_procedural(text)


def test_a_turn_of_phrase_that_states_a_figure_is_no_agenda_item():
    from service.pipeline.facts import is_procedural
    assert not is_procedural("Now to the point: prices rose 5 percent.")


@pytest.mark.parametrize("sentence", [
    "In the name of God, the Most Gracious, the Most Merciful.",
    "Peace be upon you, and welcome to the conference.",
    "I take the floor on behalf of the Group of Coastal States.",
    "Allow me to add a few words in my national capacity.",
    "Good morning and welcome to our live coverage of the council's budget debate.",
    "Council has broken for lunch and will resume at 1:30 p.m.",
    "The next MPC decision will be announced on 3 February 2027.",
])
def test_invocations_floor_asides_and_schedules_are_procedural(sentence):
    assert is_procedural(sentence)


def test_aligning_with_a_group_s_statement_is_no_procedure():
    assert not is_procedural("Croatia fully aligns itself with the statement of the European Union, and I would like "
                             "to add a few remarks in my national capacity.")


def test_the_title_under_an_exhibits_label_is_no_fact(extractor):
    text = ("Industrial production fell by 6.8% in December compared with a year earlier.\n\nTable 1.\n\n"
            "Volume indices of industrial production (same period of previous year = 100)\n\n"
            "Output in manufacturing fell by 7.1%, while energy production rose by 2.3%.")
    facts = extract(extractor, text)
    assert not any(f.text.startswith("Volume indices") for f in facts)
    assert any(f.text.startswith("Output in manufacturing") for f in facts)


@pytest.mark.parametrize("text, procedural", [
    ("Mr Speaker, let me turn to our hospital.", True),
    ("Let me now turn to housing.", True),
    ("Mr. Chair, let me turn to what we are doing.", True),
    ("I commend the Bill to the House.", True),
    ("Let me turn to the deficit, which fell to 2 percent of GDP last year.", False),
])
def test_turning_to_a_topic_and_commending_a_bill_are_procedural(text, procedural):
    assert is_procedural(text) is procedural


def test_a_currency_code_inside_an_amount_is_no_entity_but_a_countrys_currency_names_it(extractor):
    facts = extract(extractor, "Kava exports earned VT 1.2 billion in the first quarter, the bureau said. "
                               "The ministry will invest 25 billion Danish kroner in the new port.")
    vatu = next(f for f in facts if "VT 1.2 billion" in f.text)
    assert not any(e.mention == "VT" for e in vatu.entities)
    kroner = next(f for f in facts if "Danish kroner" in f.text)
    assert "Denmark" in {e.name for e in kroner.entities}


def test_a_ferry_company_speaks_again_as_the_operator_and_a_council_is_no_operator(extractor):
    from service.pipeline.document import process_document

    from .helpers import speaker_of
    page = ("Ferries cancelled as storm nears the western isles\n\n"
            "Westline Ferries said that all sailings to the outer islands had been cancelled for Saturday. The "
            "operator said that 21 of its 29 routes would be disrupted.\n\n"
            "A passenger, Jane Rowe, said that she had been waiting since noon. The operator said that 2 relief "
            "ships were on standby. Kintyre and Bute Council said that its rest centres would open at 17:00.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert speaker_of(facts, "21 of its 29 routes") == "Westline Ferries"  # "Ferries" ends a company's name
    assert speaker_of(facts, "2 relief ships") == "Westline Ferries"


def test_an_operator_not_named_before_is_not_the_council_the_next_sentence_names(extractor):
    from service.pipeline.document import process_document
    page = ("Ferries cancelled as storm nears the western isles\n\n"
            "A passenger, Jane Rowe, said that she had been waiting at the pier since noon. The operator said that "
            "21 of its 29 routes would be disrupted. Kintyre and Bute Council said that its rest centres would open "
            "at 17:00.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    routes = next(f for f in facts if "21 of its 29 routes" in f.text)
    assert routes.attribution is not None and routes.attribution.speaker != "Kintyre and Bute Council"


def test_a_members_view_the_committee_did_not_take_is_unnamed_and_its_vote_is_the_committees(extractor):
    from service.pipeline.document import process_document

    from .helpers import speaker_of
    page = ("Bank of Westland\nHome | Monetary Policy | Statistics | Publications\n"
            "Monetary Policy Committee statement\n"
            "Monetary Policy Committee cuts the policy rate to 6.25 percent\nPort Ellis, 14 November 2031\n\n"
            "The Monetary Policy Committee of the Bank of Westland decided on 13 November 2031 to cut the Central Bank "
            "Rate by 25 basis points to 6.25 percent. Five members voted for the cut. One member would have held the "
            "rate at 6.50 percent, pointing to the risk of higher food prices. Two Board members preferred a smaller "
            "cut of 10 basis points, citing the weak currency. The two members who voted to keep the rate unchanged "
            "were worried about the planned rise in fuel prices.\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert speaker_of(facts, "Five members voted") == "Monetary Policy Committee"
    for needle in ("would have held", "preferred a smaller cut", "who voted to keep"):
        fact = next(f for f in facts if needle in f.text)
        assert fact.attribution is not None and fact.attribution.anonymous


BODIES_DESCRIBED_BEFORE_THEY_ARE_NAMED = """Premier Delia R. Watson-Ebanks told the House that the islands' economy \
grew by 2.9 percent in 2033.

The company that supplies electricity on the main island tells me that it will add 40 megawatts of solar power by \
2036. The Island Utilities Company says the new plant will cut fuel imports by 12 percent.

The ministry responsible for the fishing sector reported that landings rose to 8,200 tonnes in 2033. The Ministry of \
Fisheries and Ocean Resources expects landings to exceed 9,000 tonnes this year.

The Commission's scientific body, which assesses the tuna stocks every year, has found that the bigeye stock is no \
longer overfished. The Scientific Committee on Tuna Stocks (SCTS) also reports that catches reached 141,000 tonnes.
"""


def test_a_body_described_by_its_function_is_the_body_the_next_sentence_names(extractor):
    from service.pipeline.document import process_document
    document = process_document(BODIES_DESCRIBED_BEFORE_THEY_ARE_NAMED, None, extractor, min_chars=0)
    spoken = {f.text.split()[1]: f.attribution.speaker for f in document.facts if f.attribution is not None}
    assert spoken["company"] == "Island Utilities Company"
    assert spoken["ministry"] == "Ministry of Fisheries and Ocean Resources"
    assert spoken["Commission's"] == "Scientific Committee on Tuna Stocks"  # ", which ..., has found that"


DESCRIPTION_SHARING_THE_NAMED_BODYS_HEAD = """Hailstones damaged 1,200 hectares of tobacco near Prilep on Monday.

The national weather service said hailstones up to 5 centimetres across fell for about 20 minutes. The National \
Hydrometeorological Service (NHS) said a wind gust of 96 km/h was recorded at its Prilep station.
"""


def test_a_described_body_is_the_next_sentences_body_whose_name_ends_with_the_same_noun(extractor):
    from service.pipeline.document import process_document
    document = process_document(DESCRIPTION_SHARING_THE_NAMED_BODYS_HEAD, None, extractor, min_chars=0)
    fact = next(f for f in document.facts if "hailstones up to 5" in f.text)
    assert fact.attribution.speaker == "National Hydrometeorological Service"

