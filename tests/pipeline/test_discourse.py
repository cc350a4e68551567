"""Document kinds, speaker turns and default speakers (service/pipeline/discourse/), and the facts they give.

Every text here was written for these tests.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.pipeline.cleaning import clean_article
from service.pipeline.discourse import analyse
from service.pipeline.discourse.header import _delivered_by_person
from service.pipeline.document import process_document
from service.pipeline.entities import load_gazetteer
from service.pipeline.facts import FactExtractor
from service.pipeline.models import DocumentKind
from service.pipeline.passages import split_passages

GAZETTEER = Path(__file__).resolve().parents[2] / "data" / "entities.yaml"

BRIEFING = """Deputy Pentagon Press Secretary Sabrina Singh Holds a Press Briefing

DEPUTY PRESS SECRETARY SABRINA SINGH: Good afternoon, everyone. I have a few things to announce at the top.

The department will send a new package of air defense interceptors to Ukraine next week.
The package is worth $275 million and includes artillery rounds.

Q: Thank you, Sabrina. Can you say whether the interceptors will arrive before winter?

MS. SINGH: They will arrive before the end of December. Our logistics teams are working around the clock.

Q: And on the patrol boats?

MS. SINGH: Both patrol boats were delivered to the coast guard on Tuesday.

Lt. Col. Charlie Dietz: Twelve pilots graduated from the training course in Arizona this month.

MS. SINGH: Thank you, everyone.
"""

PRESS_CONFERENCE = """Post-match press conference after the cup final

MODERATOR: Welcome, everyone. We will start with questions from the floor.

Q Coach, how serious is the injury to your captain?

HEAD COACH INGRID HALVORSEN: The scan showed a small tear in the hamstring, so he will miss at least three weeks.

Q Will you change the formation for the league match?

HALVORSEN: We have trained a back three all week and the players know the system well.

MODERATOR: Last question, please.
"""

STATEMENT = """Statement by Under-Secretary-General Maria Okonjo to the Security Council on the humanitarian situation

Thank you, Madam President.

Good morning, everyone.

Nearly 26,000 civilians have been injured since the fighting began, and more than 3 million people now need food
assistance. Our teams reached 40 villages last month despite the closure of two border crossings.

We call on all parties to reopen the crossings without delay. I visited the northern camps last week and saw clinics
without fuel or medicine.

The regional health authority said that 12 clinics had closed for lack of fuel.

I thank you.
"""

RATE_DECISION = """For release at 2:00 p.m. EST

Federal Reserve issues FOMC statement

Recent indicators suggest that economic activity has continued to expand at a solid pace. Inflation has made
progress toward the Committee's 2 percent objective but remains somewhat elevated.

In support of its goals, the Committee decided to lower the target range for the federal funds rate by 1/4
percentage point to 4-1/2 to 4-3/4 percent.

The Committee will continue reducing its holdings of Treasury securities and agency debt.

The Federal Reserve has made the following decisions to implement the monetary policy stance announced by the
Federal Open Market Committee in its statement today.
"""

JOBS_REPORT = """News Release
Bureau of Labor Statistics

THE EMPLOYMENT SITUATION -- OCTOBER 2026

Total nonfarm payroll employment rose by 184,000 in October, and the unemployment rate was unchanged at 4.3 percent.

Retail trade lost 21,000 jobs over the month, while health care added 48,000 jobs.

Average hourly earnings for all employees rose by 11 cents, or 0.3 percent, to $36.41.
"""

READOUT = """Readout of the Minister's Call with the Governor of the Eastern Province

The Minister of Water spoke today with the Governor of the Eastern Province about the drought response. The two
agreed to deliver 300 water tankers to the worst-affected districts by the end of the month.

They also discussed repairs to the northern reservoir, which has lost about 40 percent of its capacity.
"""

QUESTIONS_ANSWERS = """Questions and answers on the new water tariff

Q: When does the new tariff start?

A: The new tariff applies to all bills issued from 1 April, and the standing charge falls by 8 percent.

Q: Who qualifies for the social tariff?

A: Households receiving housing support qualify automatically, and about 120,000 homes will be enrolled.
"""

NEWS = """Council approves new tram line

The city council approved a new tram line on Tuesday after a three-hour debate.

Update: The council published the full vote later in the evening.

The line will cost about 410 million euros and run 14 kilometres from the harbour to the airport. "We have waited
twenty years for this," said Amira Haddad, who lives near the harbour.

Construction is due to start next spring.
"""


def read(raw: str, sidecar: dict | None = None):
    article = clean_article(raw, sidecar, min_chars=50)
    discourse = analyse(article.text, title=article.title, source=article.source, byline=article.byline,
                        hints=sidecar, page=raw)
    return article, discourse


def facts_of(raw: str, sidecar: dict | None = None):
    article, discourse = read(raw, sidecar)
    passages = split_passages(article.text, skip=discourse.label_spans())
    extractor = FactExtractor(load_gazetteer(GAZETTEER))
    return article, discourse, extractor.extract(article.text, passages, discourse)


def fact_with(facts, needle: str):
    hits = [f for f in facts if needle in f.text]
    assert len(hits) == 1, [f.text for f in facts]
    return hits[0]


# ------------------------------------------------------------------ kinds


@pytest.mark.parametrize(
    "raw, kind",
    [
        (BRIEFING, DocumentKind.TRANSCRIPT),
        (PRESS_CONFERENCE, DocumentKind.TRANSCRIPT),
        (STATEMENT, DocumentKind.STATEMENT),
        (RATE_DECISION, DocumentKind.RELEASE),
        (JOBS_REPORT, DocumentKind.RELEASE),
        (READOUT, DocumentKind.READOUT),
        (QUESTIONS_ANSWERS, DocumentKind.QUESTIONS_ANSWERS),
        (NEWS, DocumentKind.NEWS),
    ],
)
def test_each_kind_is_recognised_from_the_page(raw, kind):
    assert read(raw)[1].kind == kind


def test_the_sidecar_kind_wins_over_the_page():
    _, discourse = read(NEWS, {"kind": "statement", "speaker": "Mayor Elena Petrova"})
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Elena Petrova" and discourse.default_speaker.role == "Mayor"


def test_a_few_colon_lines_in_news_make_no_transcript():
    raw = NEWS.replace("Construction is due", "Editor's note: This story was expanded.\n\nConstruction is due")
    _, discourse = read(raw)
    assert discourse.kind == DocumentKind.NEWS and discourse.turns == []


# ------------------------------------------------------------------ turns and labels


def test_labels_resolve_short_forms_to_the_full_name_and_keep_the_role():
    article, discourse = read(BRIEFING)
    speakers = [(t.speaker.name, t.speaker.role) if t.speaker else None for t in discourse.turns]
    assert speakers == [
        ("Sabrina Singh", "Deputy Press Secretary"),
        None,
        ("Sabrina Singh", "Deputy Press Secretary"),
        None,
        ("Sabrina Singh", "Deputy Press Secretary"),
        ("Charlie Dietz", "Lt. Col."),
        ("Sabrina Singh", "Deputy Press Secretary"),
    ]
    assert [t.question for t in discourse.turns] == [False, True, False, True, False, False, False]
    labels = [article.text[s:e].strip() for s, e in discourse.label_spans()]
    assert labels[:3] == ["DEPUTY PRESS SECRETARY SABRINA SINGH:", "Q:", "MS. SINGH:"]


LONG_PORTFOLIO_LABELS = """Transcript: press conference on the low river

MODERATOR: Good morning. The director will begin, then the deputy minister.

DIRECTOR OF ROADS AND BRIDGES ENG. ROSA M. VILLALBA-GAONA: Thank you. Since Monday our crews have closed 14 bridges on
the northern route to heavy lorries, and we expect to reopen 6 of them by Friday.

DEPUTY MINISTER FOR TRADE AND INDUSTRY JOSÉ A. BENÍTEZ: Exports through the river ports fell by 18 percent in August.
"""


def test_a_long_portfolio_label_keeps_the_given_name_before_a_middle_initial():
    _, discourse = read(LONG_PORTFOLIO_LABELS)
    names = [t.speaker.name for t in discourse.turns if t.speaker]
    assert names[-2:] == ["Rosa M. Villalba-Gaona", "José A. Benítez"]


def test_passages_leave_labels_out_and_keep_their_offsets():
    article, discourse = read(BRIEFING)
    passages = split_passages(article.text, skip=discourse.label_spans())
    assert all(p.text == article.text[p.start:p.end] for p in passages)
    for passage in passages:
        assert "SINGH:" not in passage.text and not passage.text.startswith(("Q:", "Lt. Col."))
    assert any(p.text == "Both patrol boats were delivered to the coast guard on Tuesday." for p in passages)


def test_briefing_facts_are_the_briefers_words_without_labels_or_questions():
    _, _, facts = facts_of(BRIEFING)
    texts = [f.text for f in facts]
    assert not any("SINGH" in t or t.startswith("Q") or "?" in t for t in texts), texts
    assert not any(t.startswith(("Good afternoon", "Thank you", "I have a few things")) for t in texts), texts
    boats = fact_with(facts, "Both patrol boats were delivered")
    assert boats.attribution.speaker == "Sabrina Singh" and boats.attribution.direct
    assert boats.attribution.role == "Deputy Press Secretary"
    package = fact_with(facts, "worth $275 million")
    assert package.attribution.speaker == "Sabrina Singh"
    assert [(q.value, q.unit) for q in package.quantities] == [(275_000_000, "USD")]
    pilots = fact_with(facts, "Twelve pilots graduated")
    assert pilots.attribution.speaker == "Charlie Dietz"


def test_bare_q_and_moderator_turns_are_never_facts():
    article, discourse, facts = facts_of(PRESS_CONFERENCE)
    assert [t.question for t in discourse.turns if t.question] == [True, True]
    assert [t.floor for t in discourse.turns] == [True, False, False, False, False, True]
    texts = [f.text for f in facts]
    assert len(facts) == 2, texts
    injury = fact_with(facts, "small tear in the hamstring")
    assert injury.attribution.speaker == "Ingrid Halvorsen" and injury.attribution.role == "Head Coach"
    formation = fact_with(facts, "trained a back three")
    assert formation.attribution.speaker == "Ingrid Halvorsen"
    assert [(q.value, q.unit) for q in injury.quantities] == [(3, "week")]


# ------------------------------------------------------------------ default speakers


def test_a_statement_speaks_for_its_author_and_resolves_i_we_our():
    _, _, facts = facts_of(STATEMENT)
    texts = [f.text for f in facts]
    assert not any(t.startswith(("Thank you", "Good morning", "I thank you")) for t in texts), texts
    for needle in ("Nearly 26,000 civilians", "Our teams reached 40 villages", "I visited the northern camps",
                   "We call on all parties"):
        fact = fact_with(facts, needle)
        assert fact.attribution.speaker == "Maria Okonjo", needle
        assert fact.attribution.role == "Under-Secretary-General" and fact.attribution.direct
    injured = fact_with(facts, "Nearly 26,000 civilians")
    assert (26000, "civilians", "approx") in [(q.value, q.unit, q.bound) for q in injured.quantities]


def test_an_explicit_reporting_clause_wins_over_the_default_speaker():
    _, _, facts = facts_of(STATEMENT)
    clinics = fact_with(facts, "12 clinics had closed")
    assert clinics.attribution is None or clinics.attribution.speaker != "Maria Okonjo"
    assert fact_with(facts, "I visited the northern camps").attribution.speaker == "Maria Okonjo"


def test_a_rate_decision_is_a_fact_of_the_central_bank_with_its_target_range():
    _, _, facts = facts_of(RATE_DECISION)
    decision = fact_with(facts, "decided to lower the target range")
    assert decision.attribution.speaker == "Federal Open Market Committee"
    assert decision.attribution.speaker_type == "ORG" and decision.attribution.organization == "Federal Reserve"
    values = [(q.value, q.unit) for q in decision.quantities]
    assert (4.5, "%") in values and (4.75, "%") in values and (0.25, "percentage point") in values
    holdings = fact_with(facts, "continue reducing its holdings")
    assert holdings.attribution.speaker == "Federal Open Market Committee"


def test_without_the_bodys_full_name_or_short_name_the_issuer_speaks():
    raw = RATE_DECISION.split("The Federal Reserve has made")[0].replace("FOMC statement", "policy statement")
    _, _, facts = facts_of(raw)
    decision = fact_with(facts, "decided to lower the target range")
    assert decision.attribution.speaker == "Federal Reserve"


def test_a_jobs_report_is_a_fact_of_the_statistics_office_named_in_the_page_header():
    article, discourse, facts = facts_of(JOBS_REPORT)
    assert "Bureau of Labor Statistics" not in article.text  # cleaning drops the header; the page keeps it
    payroll = fact_with(facts, "payroll employment rose by 184,000")
    assert payroll.attribution.speaker == "Bureau of Labor Statistics"
    assert (4.3, "%") in [(q.value, q.unit) for q in payroll.quantities]
    retail = fact_with(facts, "Retail trade lost 21,000 jobs")
    assert retail.attribution.speaker == "Bureau of Labor Statistics"
    assert (21000, "jobs") in [(q.value, q.unit) for q in retail.quantities]


def test_a_readout_narrates_in_the_publishers_voice_without_a_speaker():
    # A readout is the publisher's account of a meeting, not a statement by anyone: its sentences are facts
    # with no speaker (like a news report's narration), even when the sidecar names the publisher.
    _, discourse, facts = facts_of(READOUT, {"publisher": "Ministry of Water"})
    assert discourse.kind.value == "readout"
    assert fact_with(facts, "300 water tankers").attribution is None
    assert fact_with(facts, "lost about 40 percent").attribution is None


def test_answers_speak_for_the_publisher_and_questions_are_not_facts():
    _, discourse, facts = facts_of(QUESTIONS_ANSWERS, {"publisher": "Lakeside Water Board"})
    assert [t.question for t in discourse.turns] == [True, False, True, False]
    assert len(facts) == 2, [f.text for f in facts]
    assert all(f.attribution.speaker == "Lakeside Water Board" for f in facts)
    assert not any(f.text.startswith("A:") for f in facts)


def test_news_has_no_default_speaker_and_quotes_keep_their_speaker():
    _, discourse, facts = facts_of(NEWS)
    assert discourse.default_speaker is None
    assert fact_with(facts, "approved a new tram line").attribution is None
    quote = fact_with(facts, "waited twenty years")
    assert quote.attribution.speaker == "Amira Haddad"


def test_the_sidecar_speaker_names_the_author_of_an_unlabelled_speech():
    raw = """Address to the nation on the flood recovery

My fellow citizens, the waters have receded from all but two of our provinces.

We have rebuilt 37 bridges since the spring, and our engineers will finish the rest before winter.
"""
    _, discourse, facts = facts_of(raw, {"kind": "statement", "speaker": "President Tomas Varga"})
    bridges = fact_with(facts, "rebuilt 37 bridges")
    assert bridges.attribution.speaker == "Tomas Varga" and bridges.attribution.role == "President"


def test_role_labels_and_delegation_labels_keep_who_speaks():
    raw = """Remarks by President Amara Diallo and Ambassador Lena Kowalczyk at a Joint Press Availability

THE PRESIDENT: The two governments signed an agreement today that doubles grain shipments through the port.

AMBASSADOR KOWALCZYK (Poland): Our ministry will finance the new rail spur, which costs 90 million euros.

Q: Will the port handle the extra ships by summer?

THE PRESIDENT: Four new berths open in June, so the port will handle them.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    grain = fact_with(facts, "doubles grain shipments")
    assert grain.attribution.speaker == "Amara Diallo" and grain.attribution.role == "President"
    rail = fact_with(facts, "finance the new rail spur")
    assert rail.attribution.speaker == "Lena Kowalczyk"
    assert rail.attribution.role == "Ambassador" and rail.attribution.organization == "Poland"
    assert fact_with(facts, "Four new berths open in June").attribution.speaker == "Amara Diallo"


def test_surname_labels_resolve_through_the_heading_and_roles_keep_their_department():
    raw = """Secretary of State Antony Blinken and Foreign Minister Kaja Lind at a Joint Press Availability

FOREIGN MINISTER OF NORWAY KAJA LIND: We agreed today to open a new consulate in the northern port by the spring.

SECRETARY BLINKEN: The United States will provide 40 million dollars for demining along the border.

QUESTION: Mr. Secretary, what about the sanctions?

SECRETARY BLINKEN: The sanctions remain in place, and we have added 12 companies to the list.
"""
    _, _, facts = facts_of(raw)
    consulate = fact_with(facts, "open a new consulate")
    assert consulate.attribution.speaker == "Kaja Lind"
    assert consulate.attribution.role == "Foreign Minister of Norway"
    for needle in ("40 million dollars", "12 companies"):
        assert fact_with(facts, needle).attribution.speaker == "Antony Blinken"
    assert not any("sanctions?" in f.text for f in facts)


def test_a_conversation_labelled_by_surnames_alone_is_a_transcript():
    raw = """Interview with the port authority's director about the dredging plan

MARSH: How deep will the channel be when the work is done?

OKAFOR: The channel will reach 16 metres, which lets the largest container ships dock at any tide.

MARSH: And the cost?

OKAFOR: The dredging costs 210 million dollars, and the federal government pays half of it.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert fact_with(facts, "reach 16 metres").attribution.speaker == "Okafor"
    assert fact_with(facts, "210 million dollars").attribution.speaker == "Okafor"


def test_short_labels_find_a_full_name_with_a_suffix():
    raw = """SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good morning. The new depot will store 4,000 tonnes of spare
parts.

Q: When will it open?

SECRETARY AUSTIN: The depot opens in March, and 300 civilian staff will work there.
"""
    _, _, facts = facts_of(raw)
    opening = fact_with(facts, "opens in March")
    assert opening.attribution.speaker == "Lloyd J. Austin III"
    assert opening.attribution.role == "Secretary of Defense"


PIECES = ["Q: ", "Q ", "MS. SINGH: ", "A: ", "MODERATOR: ", "SECRETARY LEE: ", "Statement by Ana Ruiz", "\n\n", "\n",
          " ", ": ", "Thank you, everyone. ", "The port reopened on Monday. ", "We added 40 staff. ", "Why? "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([None, "news", "transcript", "bogus"]))
def test_passages_never_hold_a_label_and_keep_offsets(pieces, kind):
    text = "".join(pieces)
    discourse = analyse(text, hints={"kind": kind, "speaker": "Ana Ruiz"})
    passages = split_passages(text, skip=discourse.label_spans())
    assert all(text[p.start:p.end] == p.text for p in passages)
    for start, end in discourse.label_spans():
        assert not any(start <= p.start < end for p in passages)


def test_an_interviewee_named_in_the_heading_answers_the_questions():
    raw = """Interview with Dr. Mei Tanaka, director of the coastal research institute

Q: How fast is the sea level rising along this coast?

A: Our tide gauges show a rise of 4.1 millimetres a year since 2000, faster than the global average.

Q: What should the city do?

A: The sea wall needs another metre of height before 2040.
"""
    _, discourse, facts = facts_of(raw, {"publisher": "Harbour Weekly"})
    assert discourse.kind == DocumentKind.QUESTIONS_ANSWERS
    gauges = fact_with(facts, "tide gauges show a rise")
    assert gauges.attribution.speaker == "Mei Tanaka" and gauges.attribution.direct
    assert gauges.attribution.organization != "Harbour Weekly"
    assert fact_with(facts, "sea wall needs another metre").attribution.speaker == "Mei Tanaka"
    assert len(facts) == 2


def test_the_briefing_heading_gives_the_briefer_an_organisation():
    raw = """Ministry of Health Press Briefing by Chief Medical Officer Dr. Ruth Abara

CHIEF MEDICAL OFFICER RUTH ABARA: Vaccination centres gave 84,000 doses last week.

Q: How many centres are open?

DR. ABARA: There are 212 centres open, and 30 more open on Monday.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ruth Abara"
    for needle in ("84,000 doses", "212 centres open"):
        attribution = fact_with(facts, needle).attribution
        assert attribution.speaker == "Ruth Abara" and attribution.organization == "Ministry of Health", needle


def _menu_lines(count: int) -> str:
    return "\n".join(f"Section {chr(ord('A') + i)}" for i in range(count))


def test_a_release_cue_far_above_the_body_or_at_its_foot_makes_a_release():
    body = ("The Monetary Board today decided to keep the policy rate at 5.25 percent.\n\n"
            "The Board expects inflation to return to its 3 percent target next year.\n\n"
            "The next meeting of the Board will be held in March.\n")
    top = f"Central Bank of Westland\n{_menu_lines(10)}\n\nPRESS RELEASE\n\n{body}"
    foot = f"Central Bank of Westland\n{_menu_lines(3)}\n\n{body}\nPress Release: 2025/117\nSitemap\n"
    assert read(top)[1].kind == DocumentKind.RELEASE
    assert read(foot)[1].kind == DocumentKind.RELEASE
    assert read(f"Westland Herald\n{_menu_lines(10)}\n\n{body}")[1].kind == DocumentKind.NEWS


def test_a_body_named_by_its_acronym_throughout_speaks_under_the_name_the_text_spells_out():
    raw = ("Central Bank of Westland\nPress Release\n\nResolution of the Rate Setting Committee\n\n"
           "At its meeting today the Rate Setting Committee (RSC) decided to raise the policy rate to 4.5 percent.\n\n"
           "The RSC also decided to keep its stance unchanged.\n\n"
           "Four members of the RSC voted for the increase.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Rate Setting Committee"
    assert fact_with(facts, "keep its stance unchanged").attribution.speaker == "Rate Setting Committee"


def test_a_body_called_the_committee_speaks_under_the_short_name_of_the_heading():
    raw = ("For release at 2:00 p.m.\n\nWestland Reserve issues WMPC statement\n\n"
           "The Committee decided to raise the policy rate by 1/4 percentage point.\n\n"
           "The Committee will continue to reduce its holdings of government bonds.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "WMPC"
    assert discourse.default_speaker.organization == "Westland Reserve"
    _, _, facts = facts_of(RATE_DECISION.split("The Federal Reserve has made")[0])
    assert fact_with(facts, "decided to lower the target range").attribution.speaker == \
        "Federal Open Market Committee"  # the gazetteer's name for "FOMC"


def test_a_topic_prefix_and_delivered_by_still_open_a_statement_and_an_appositive_names_its_speaker():
    raw = ("Oceans: National Statement delivered by the Permanent Representative of Westland, H.E. Ms. Lena Okafor, "
           "at the Ocean Conference\n\nOur reefs have lost a third of their coral since 2010.\n\n"
           "We have protected 12 new marine reserves this year.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Lena Okafor"
    assert fact_with(facts, "12 new marine reserves").attribution.speaker == "Lena Okafor"


def test_a_statement_by_an_unnamed_spokesperson_speaks_for_the_body_it_opens_with():
    raw = ("Statement by the Spokesperson on the new election law\n\n"
           "The Northern Council regrets that the assembly has passed the election law today.\n\n"
           "The law shortens the campaign period to 21 days.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Northern Council"
    assert discourse.default_speaker.speaker_type == "ORG"
    assert fact_with(facts, "campaign period to 21 days").attribution.speaker == "Northern Council"
    named = raw.replace("by the Spokesperson", "by Spokesperson Dana Holt")
    assert read(named)[1].default_speaker.name == "Dana Holt"


def test_an_upper_case_heading_names_its_author_in_an_appositive_and_keeps_the_role():
    raw = ("OFFICE OF THE PRESIDENT\n\nADDRESS BY THE PRESIDENT OF THE REPUBLIC, MARTA OYELARAN-BELL, ON THE STATE "
           "OF THE ECONOMY\n\nOur exports grew by 9 per cent last year.\n\n"
           "We have opened 40 new clinics in the northern districts.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    speaker = discourse.default_speaker
    assert (speaker.name, speaker.role) == ("Marta Oyelaran-Bell", "President of the Republic")
    assert fact_with(facts, "exports grew by 9 per cent").attribution.speaker == "Marta Oyelaran-Bell"


def test_in_a_speech_a_country_adding_capacity_and_an_announcement_are_the_speakers_own_words():
    raw = ("Remarks by Minister Tomas Oduya at the Harbour Forum\n\n"
           "Last year the country added more wind capacity than in any year before, about 4 gigawatts.\n\n"
           "Today I am announcing 300 million euros for new ferries that will serve five islands.\n\n"
           "The new ferries will carry 2 million passengers a year, the port authority said.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "added more wind capacity").attribution.speaker == "Tomas Oduya"
    assert fact_with(facts, "I am announcing").attribution.speaker == "Tomas Oduya"
    ferries = fact_with(facts, "2 million passengers")
    assert ferries.attribution is None or ferries.attribution.speaker != "Tomas Oduya"


NOON_BRIEFING = """Daily Press Briefing by the Office of the Spokesperson for the Regional Commission

The following is a near-verbatim transcript of today's briefing by Elin Sorvik, Spokesperson for the Regional Commission.

Turning to the floods, our humanitarian colleagues tell us that 4,000 homes have been damaged in the delta.

The relief appeal, which seeks $90 million, is 30 per cent funded.

Question: Elin, will the Commissioner visit the delta?

Spokeswoman: I have no travel to announce at this point.

Question: Is the bridge open?

Spokeswoman: The bridge remains open, and 60 lorries have crossed it since Monday.
"""


def test_a_briefing_by_an_office_speaks_through_the_spokesperson_named_in_the_lead():
    _, discourse, facts = facts_of(NOON_BRIEFING)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert discourse.default_speaker.name == "Elin Sorvik"
    assert discourse.default_speaker.role == "Spokesperson for the Regional Commission"
    appeal = fact_with(facts, "seeks $90 million")
    assert appeal.attribution.speaker == "Elin Sorvik"
    # "Spokeswoman:" is a turn of the spokesperson the heading names
    bridge = fact_with(facts, "60 lorries have crossed")
    assert bridge.attribution.speaker == "Elin Sorvik"
    texts = [f.text for f in facts]
    assert not any("travel to announce" in t or "near-verbatim" in t for t in texts), texts


def test_colleagues_who_tell_the_briefer_are_an_unnamed_source():
    _, _, facts = facts_of(NOON_BRIEFING)
    homes = fact_with(facts, "4,000 homes have been damaged")
    assert homes.attribution.anonymous and homes.attribution.speaker is None


def test_a_cabinet_title_is_the_role_and_the_country_of_the_ministry_speaks_through_the_minister():
    raw = """Ministry of Water Peru
Home | News | Contact

TRANSCRIPT: MINISTERIAL BRIEFING ON THE DROUGHT

MODERATOR: Good morning. Cabinet Secretary Amina Otieno-Reyes.

CABINET SECRETARY AMINA OTIENO-REYES: Thank you. Good morning, everyone.

Peru has confirmed 14 districts in severe drought since June.

We have delivered 2,000 water tankers to the affected counties.

Q: Will rationing continue?

CABINET SECRETARY AMINA OTIENO-REYES: Rationing will continue in 3 counties. The Lowland Authority said that its reservoirs are at 20 per cent.
"""
    _, discourse, facts = facts_of(raw)
    speaker = next(t.speaker for t in discourse.turns if t.speaker and not t.silent)
    assert (speaker.name, speaker.role) == ("Amina Otieno-Reyes", "Cabinet Secretary")
    assert fact_with(facts, "confirmed 14 districts").attribution.speaker == "Amina Otieno-Reyes"
    assert fact_with(facts, "2,000 water tankers").attribution.speaker == "Amina Otieno-Reyes"
    reservoirs = fact_with(facts, "reservoirs are at 20 per cent")
    assert reservoirs.attribution.speaker != "Amina Otieno-Reyes"  # another body, not the ministry's country


def test_a_release_about_a_meeting_is_a_readout_narrated_without_a_speaker():
    raw = """Press release

Minister meeting with the Foreign Minister of Estland: 3 March 2026

Foreign Minister Lara Quint met Foreign Minister Henrik Saar of Estland in Tallinn today.

The ministers agreed a new agreement on energy links, to be signed within the year.

Minister Saar said Estland would open 2 new consulates next year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "met Foreign Minister Henrik Saar").attribution is None
    assert fact_with(facts, "agreed a new agreement").attribution is None
    assert fact_with(facts, "2 new consulates").attribution.speaker == "Henrik Saar"
    # a plain heading over a lead that tells of the meeting is its readout too; over other news, a release
    retitled = raw.replace("Minister meeting with the Foreign Minister of Estland", "New energy links for the region")
    assert read(retitled)[1].kind == DocumentKind.READOUT
    plain = retitled.replace("Foreign Minister Lara Quint met Foreign Minister Henrik Saar of Estland in Tallinn today.",
                             "The ministry published its plan for energy links in Tallinn today.")
    assert read(plain)[1].kind == DocumentKind.RELEASE


def test_in_a_readout_the_role_noun_is_the_principal_and_elsewhere_the_latest_holder_of_the_role():
    raw = """Readout of the Minister's Call with the Foreign Minister of Estland

Lara Quint held a phone call with Henrik Saar, Foreign Minister of Estland.

The Minister briefed her counterpart on the damage to the northern power grid, which lost a third of its capacity.
"""
    _, _, facts = facts_of(raw)
    briefed = fact_with(facts, "briefed her counterpart")
    assert briefed.attribution.speaker == "Lara Quint"
    news = """Grid talks end without a deal

President Mara Velo of Estland met energy companies on Tuesday.

Prime Minister Jon Tarr said the talks would resume in May.

The President said that the grid had lost a third of its capacity since 2020.
"""
    _, _, facts = facts_of(news)
    assert fact_with(facts, "lost a third of its capacity").attribution.speaker == "Mara Velo"


def test_the_head_of_state_is_the_person_introduced_as_president():
    raw = """Readout: call of the Head of State with the head of a mining company

The President of the Republic of Estland, H.E. Mr. Oren Valdas, held a telephone call on Monday with Ms. Ilse Brandt, Chief Executive of Nordhavn Minerals.

The Head of State recalled that the country imports 80 per cent of its fuel. He added that power cuts cost the economy 3 per cent of output each year.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "imports 80 per cent").attribution.speaker == "Oren Valdas"
    assert fact_with(facts, "power cuts cost").attribution.speaker == "Oren Valdas"


def test_a_countrys_side_in_talks_is_the_person_introduced_for_that_country():
    raw = """Foreign Minister Quint holds talks with the Foreign Minister of Chile

The Minister of Foreign Affairs, Hon. Lara Quint, held talks on Monday with the Minister of Foreign Affairs of the Republic of Chile, H.E. Ms. Ada Brenner, at the lodge.

The two Ministers reviewed trade between the two countries. The Chilean side further informed that 220 students from the country were enrolled at Chilean universities.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "220 students").attribution.speaker == "Ada Brenner"


def test_the_pages_own_side_is_its_first_official_and_a_native_banner_names_the_pages_country():
    raw = """Fandraisana | Vaovao | Fifandraisana
MINISTÈRE DES AFFAIRES ÉTRANGÈRES
Talata 12 Mey 2026 – 17:40

Madagascar and Seychelles foreign ministers agree on joint fisheries patrols

The Minister of Foreign Affairs, Mrs. Lalao Rakotobe, received her Seychelles counterpart, Mr. Paul Hoareau, Minister of Foreign Affairs of the Republic of Seychelles, in Antananarivo on Tuesday.

The Malagasy side indicated that the civil aviation authority would examine the request within two months.
The Seychellois side said that 2,100 Malagasy nationals work in Seychelles.

© 2026 Ministère des Affaires Étrangères de Madagascar
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "within two months").attribution.speaker == "Lalao Rakotobe"
    assert fact_with(facts, "2,100 Malagasy").attribution.speaker == "Paul Hoareau"


def test_never_been_with_a_comparative_affirms():
    _, _, facts = facts_of("""Readout of the Minister's Call with the Foreign Minister of Estland

Lara Quint spoke with Henrik Saar, Foreign Minister of Estland, about trade between the two countries.

The Minister noted that trade between the two countries has never been stronger.
""")
    noted = fact_with(facts, "never been stronger")
    assert not noted.negated and noted.attribution.speaker == "Lara Quint"


def test_a_heading_naming_whose_press_conference_it_is_gives_the_spokesperson_label_a_name():
    raw = """Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on March 3, 2026

SPOKESPERSON: Good afternoon. The Foreign Minister will visit four countries in Africa next week.

JOURNALIST: Will the Foreign Minister meet the new President of Westland?

SPOKESPERSON: The two sides have agreed to sign 12 cooperation documents during the visit.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert (discourse.default_speaker.name, discourse.default_speaker.role) == \
        ("Lin Hao", "Foreign Ministry Spokesperson")
    assert fact_with(facts, "12 cooperation documents").attribution.speaker == "Lin Hao"
    assert fact_with(facts, "visit four countries").attribution.speaker == "Lin Hao"


def test_a_role_label_speaks_for_a_briefer_named_without_a_role():
    raw = """Press Briefing by Dana Whitcombe

SPOKESPERSON: The ministry has delivered 900 tonnes of seed to the northern farms this week.

Q: When will the next shipment arrive?

SPOKESPERSON: The next shipment of 400 tonnes leaves the port on Friday.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "400 tonnes").attribution.speaker == "Dana Whitcombe"


def test_a_briefing_heading_with_an_appositive_names_the_spokesperson():
    raw = """Transcript of the weekly press briefing by the Spokesperson of the Ministry of Fisheries, Ana Torres

SPOKESPERSON: Good morning. The Minister will travel to the coast on Monday for talks on quotas.

JOURNALIST: Is a new agreement expected?

SPOKESPERSON: Both sides expect to sign a five-year agreement covering 40 vessels.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Torres"
    assert fact_with(facts, "covering 40 vessels").attribution.speaker == "Ana Torres"


def test_name_labels_named_in_the_heading_answer_and_outlet_labels_ask():
    raw = """Deputy Spokesperson Mara Velkova's Weekly Press Conference on 6 May 2026

The Foreign Minister will attend the river commission summit in Vienna on Friday.

Danube Radio: Has the commission agreed on the new dredging quotas?

Mara Velkova: The commission approved quotas for 14 ports last month.

Reuters: When will the quotas take effect?

Mara Velkova: They take effect on 1 July. Inspections will start in 9 of those ports in August.

NTV: Follow-up question. Will fines rise?

Mara Velkova: I would refer you to the transport ministry for the level of fines.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert [t.question for t in discourse.turns] == [True, False, True, False, True, False]
    texts = [f.text for f in facts]
    assert not any("?" in t or "Reuters" in t or "refer you" in t for t in texts), texts
    for needle in ("quotas for 14 ports", "Inspections will start", "river commission summit"):
        assert fact_with(facts, needle).attribution.speaker == "Mara Velkova", needle


def test_a_key_of_initials_names_the_turns_and_askers_and_the_host_say_no_facts():
    raw = """Online media briefing on the measles vaccination drive – 3 March 2026

Speaker key:
RT Rosa Tanaka
PG Dr Piotr Glowacki, Chief Epidemiologist
SW Sam Wu, Harbour Evening Post

RT: Good morning and welcome to this briefing. Over to you, Dr Glowacki.

PG: Thank you, Rosa. Clinics have given 48,000 doses since the drive began.

Cases fell by a third in February.

RT: Thank you. The first question is from Sam Wu. Sam, please go ahead.

SW: Thanks. How many clinics are taking part?

PG: There are 210 clinics taking part across the region.

RT: Thank you, Sam. That concludes today's briefing.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    speakers = [(t.speaker.name, t.question, t.floor) for t in discourse.turns]
    assert speakers == [("Rosa Tanaka", False, True), ("Piotr Glowacki", False, False),
                        ("Rosa Tanaka", False, True), ("Sam Wu", True, False),
                        ("Piotr Glowacki", False, False), ("Rosa Tanaka", False, True)]
    assert discourse.turns[1].speaker.role == "Chief Epidemiologist"
    texts = [f.text for f in facts]
    assert len(facts) == 3, texts
    assert all(f.attribution.speaker == "Piotr Glowacki" for f in facts), texts


def test_a_speaker_who_states_facts_in_some_turns_is_not_a_questioner():
    raw = """Panel transcript: the harbour expansion – 2 April 2026

ANNA KOVAC: The harbour handled 3.2 million containers last year. Can the new quay take more?

PETER LINDH: The new quay adds room for 800,000 containers a year.

ANNA KOVAC: The city has already approved the dredging.

PETER LINDH: Dredging starts in June.
"""
    _, discourse, facts = facts_of(raw)
    assert not any(t.question or t.floor for t in discourse.turns)
    assert fact_with(facts, "already approved the dredging").attribution.speaker == "Anna Kovac"


def test_a_speech_the_publisher_introduces_is_its_speakers_and_the_introduction_is_narration():
    raw = """Office of the Prime Minister

New Year message on the energy transition

Prime Minister Helga Brandvold delivered her New Year message on national television on Monday evening. The full text of the message follows.

Dear fellow citizens,

This year our wind farms produced 41 per cent of the electricity we used.

Minister of Energy Ola Strand informed me yesterday that the new grid line will be finished in March.

We will close the last coal plant in 2027.

Long live our country.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert (discourse.default_speaker.name, discourse.default_speaker.role) == ("Helga Brandvold", "Prime Minister")
    texts = [f.text for f in facts]
    assert not any("full text" in t or "Long live" in t for t in texts), texts
    assert fact_with(facts, "delivered her New Year message").attribution is None
    assert fact_with(facts, "41 per cent").attribution.speaker == "Helga Brandvold"
    assert fact_with(facts, "last coal plant").attribution.speaker == "Helga Brandvold"
    assert fact_with(facts, "new grid line").attribution.speaker == "Ola Strand"


def test_news_about_a_speech_without_its_full_text_stays_news():
    raw = """Prime Minister promises tax cuts in televised speech

Prime Minister Helga Brandvold delivered a televised speech on Monday in which she promised lower fuel taxes.

She said fuel duty would fall by 8 per cent in April, according to the text released by her office.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.kind == DocumentKind.NEWS and discourse.default_speaker is None


def test_letters_after_a_name_are_not_part_of_the_speakers_name():
    raw = """Speech by Minister Ciarán Doyle TD at the Rural Broadband Conference

Good morning.

We have connected 212,000 rural homes to fibre since 2021.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ciarán Doyle"
    assert fact_with(facts, "212,000 rural homes").attribution.speaker == "Ciarán Doyle"


def test_an_institutions_page_headed_by_a_ministers_meeting_is_a_readout_without_list_numbers():
    raw = """Ministry of Foreign Affairs of Westland

Westland-Eastmark Foreign Ministers' Meeting

On 4 March, Foreign Minister Ana Sorel held a meeting with Foreign Minister Piet Kalder of Eastmark for about 40 minutes. The overview of the meeting is as follows.

1. Minister Sorel stated that Westland will open 2 new consulates in Eastmark next year.

2. The two ministers agreed to hold the next round of talks in the autumn.
"""
    _, discourse, facts = facts_of(raw, {"source": "Ministry of Foreign Affairs of Westland"})
    assert discourse.kind == DocumentKind.READOUT
    texts = [f.text for f in facts]
    assert not any("as follows" in t for t in texts), texts
    consulates = fact_with(facts, "new consulates")
    assert consulates.attribution.speaker == "Ana Sorel"
    assert [(q.value, q.unit) for q in consulates.quantities] == [(2, "consulates")]
    agreed = fact_with(facts, "two ministers agreed")
    assert agreed.attribution is None and [(q.value, q.unit) for q in agreed.quantities] == [(2, "ministers")]


def test_a_speech_page_names_its_speaker_in_a_header_field():
    raw = """Speeches and statements

Minister's speech at the ports conference: 3 June 2026

From: Department for Harbours and The Rt Hon Dame Alice Fenwick DBE MP
Published 3 June 2026

Thank you all for being here.

Our ports handled 412 million tonnes of freight last year.

I can announce a new fund of £40 million for greener quays.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Alice Fenwick"
    assert not any(f.text.startswith("Thank you all") for f in facts)
    assert fact_with(facts, "412 million tonnes").attribution.speaker == "Alice Fenwick"


def test_a_header_field_naming_only_an_office_names_no_speaker():
    raw = """Speeches and statements

Statement on the harbour closures: 3 June 2026

From: Department for Harbours
Published 3 June 2026

Three harbours will close for repairs in July. Ferries will use the northern quay until the work ends.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker is None or discourse.default_speaker.speaker_type == "ORG"


def test_a_job_title_before_a_name_is_the_role():
    raw = """Household deposits rise again

Release date: 4 March 2026

Commenting on the figures, Statistician Nora Quinlan said: "Deposits have now grown for 14 consecutive months."
"""
    _, _, facts = facts_of(raw)
    fact = fact_with(facts, "14 consecutive months")
    assert fact.attribution.speaker == "Nora Quinlan"
    assert [(q.value, q.unit) for q in fact.quantities] == [(14, "month")]


def test_a_site_name_the_lead_defines_as_an_institution_issues_the_release():
    raw = """Nordstat
Home > News > Indicators

Regional unemployment steady at 5.9%

The regional unemployment rate was 5.9% in May, according to figures from Nordstat, the statistical office of the Northern Council.

Youth unemployment fell to 11.2%.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.RELEASE and discourse.default_speaker.name == "Nordstat"
    assert fact_with(facts, "Youth unemployment").attribution.speaker == "Nordstat"


def test_a_site_name_the_text_does_not_define_leaves_news_as_news():
    raw = """Nordlys
Home > News

Regional unemployment steady at 5.9%

The regional unemployment rate was 5.9% in May, according to figures from the statistical office.

Youth unemployment fell to 11.2%, the office said.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.kind == DocumentKind.NEWS


def test_a_role_with_its_directorate_stays_out_of_the_name():
    raw = """Labour market overview: May 2026

Release date: 12 June 2026

"Today's figures show a cooling labour market," said Director of Economic Statistics Ivo Marsh.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "cooling labour market").attribution.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "header, speaker",
    [
        ("Remarks\nMarta L. Quintero, Secretary of Agriculture\nMadrid\nMay 3, 2026", "Marta L. Quintero"),
        ("By Finance Minister Kojo Addo-Mensah\n\nPublished: 3 May 2026", "Kojo Addo-Mensah"),
        ("Speaker: Dr Ana Ruiz\nPublished 3 May 2026", "Ana Ruiz"),
    ],
)
def test_a_speech_page_names_its_speaker_under_the_title(header, speaker):
    raw = f"""Ministry of Agriculture

Speech at the opening of the grain harvest fair

{header}

Good morning, everyone.

This year our farmers harvested 9.2 million tonnes of wheat, the largest crop in a decade.

We will open 40 new grain stores before the winter, and the first ten are already built.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == speaker
    assert fact_with(facts, "9.2 million tonnes").attribution.speaker == speaker


def test_a_speech_heading_with_a_particle_name_names_its_speaker():
    raw = """Speech by President van der Berg at the opening of the Harbour Parliament

Members of Parliament,

Our ports handled 412 million tonnes of freight last year, more than in any year before.

We will dredge the northern channel to a depth of 17 metres by 2028.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "van der Berg"


def test_a_news_story_about_a_speech_keeps_its_reporter_out_of_the_speakers():
    raw = """Daily Harbour News

President's speech on ports draws criticism

By Jane Holm, Staff Writer

The President promised on Monday to dredge the northern channel, but port unions said the plan came too late.

Union leader Per Falk said dock workers had waited 10 years for the work to begin.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.NEWS and discourse.default_speaker is None


def test_a_role_with_for_keeps_the_name_that_follows_it():
    raw = """Ministry of Foreign Affairs of Norland

Statement
12.05.2026
Parliamentary elections in Ostland

Statement by Minister for Foreign Affairs Ada Berg

Turnout was 61 percent, the highest since independence.

We will send 40 observers to the second round.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ada Berg"
    assert fact_with(facts, "40 observers").attribution.speaker == "Ada Berg"


def test_a_speech_line_between_the_headline_and_the_text_names_the_speaker():
    raw = """Central Bank of Eastmarch
Home | Research | Speeches

Speech
Why the last mile of disinflation is the hardest

Date: 3 March 2026
Speech by Tomas Varga, Governor of the Central Bank of Eastmarch, at the University of Port Ellis

Thank you for the invitation.

Inflation fell to 3.1 percent in February, from a peak of 9.4 percent.

We have cut the policy rate by 150 basis points since June.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Tomas Varga"
    assert fact_with(facts, "150 basis points").attribution.speaker == "Tomas Varga"


def test_a_one_word_site_name_the_text_defines_as_an_institution_is_the_source():
    raw = """Statcentral
Home > News

Producer prices down 0.4% in March

158/2026 - 2 April 2026

Producer prices fell by 0.4% in March, according to Statcentral, the statistical office of Eastmarch.

Energy prices fell by 3.1% over the month, and prices of intermediate goods fell by 0.9% after two months of
small rises.
"""
    document = process_document(raw, None, FactExtractor(load_gazetteer(GAZETTEER)))
    assert document.article.source == "Statcentral"


def test_labels_with_a_role_or_an_outlet_after_a_comma_and_abbreviated_ranks():
    raw = """Ministry of External Affairs of Eastmarch

Transcript of Weekly Media Briefing by the Official Spokesperson (March 6, 2026)

Official Spokesperson, Shri Kiran Das: Good afternoon. The minister will visit Norway for three days next week.

Lena Park, Eastmarch Daily: Sir, can you confirm reports of new talks on the border?

Official Spokesperson, Shri Kiran Das: The two delegations met twice in February and agreed to meet again in April.

ASSISTANT COMMISSIONER ROSA VALE: Four people were taken to hospital after the blast at the depot.

JOURNALIST: Was it deliberate?

AC VALE: We believe the blast was an accident.
"""
    _, discourse, facts = facts_of(raw)
    speakers = [t.speaker.name if t.speaker else None for t in discourse.turns]
    assert speakers[:3] == ["Kiran Das", "Lena Park", "Kiran Das"] and discourse.turns[1].question
    assert fact_with(facts, "met twice in February").attribution.speaker == "Kiran Das"
    assert fact_with(facts, "was an accident").attribution.speaker == "Rosa Vale"



def test_abbreviated_civil_service_titles_and_air_ranks_open_labels_that_resolve_to_the_full_name():
    raw = """Office of the Press Secretary of Eastmarch

Press Briefing of Undersecretary Lorna Castel and Air Vice-Marshal Tomas Brenner

USEC. CASTEL: The ministry sent 12,000 food packs to the northern provinces this morning.

Q: Will the President visit the provinces?

USEC. CASTEL: The President will fly to Port Ellis on Friday.

AIR VICE-MARSHAL TOMAS BRENNER: Four transport aircraft have flown 210 tonnes of supplies since Monday.

Q: How many people were evacuated?

BRENNER: Our helicopters have lifted 45 people from isolated farms.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "12,000 food packs").attribution.speaker == "Lorna Castel"
    assert fact_with(facts, "fly to Port Ellis").attribution.speaker == "Lorna Castel"
    assert fact_with(facts, "210 tonnes").attribution.speaker == "Tomas Brenner"
    assert fact_with(facts, "45 people").attribution.speaker == "Tomas Brenner"

COMPANY_UPDATE = """Eastmarch Water
Home | Help | Log in

Update on supply interruption
Published 3 March 2026

On 1 March we lost supply to part of our network after a main burst in Port Ellis.

We restored supply to 9,800 homes within 12 hours.

Our engineers replaced 40 metres of pipe overnight.

Around 300 homes still have low pressure, and we expect to fix this by Friday.

Eastmarch Water Ltd is registered in England and Wales, company number 01234567.
"""


def test_a_company_page_that_speaks_as_we_is_its_release():
    document = process_document(COMPANY_UPDATE, None, FactExtractor(load_gazetteer(GAZETTEER)))
    assert document.article.source == "Eastmarch Water"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert fact_with(document.facts, "9,800 homes").attribution.speaker == "Eastmarch Water"


def test_a_news_page_quoting_we_is_still_news():
    raw = """Eastmarch Herald

Water supply restored after main burst

Published 3 March 2026

Supply was restored to 9,800 homes in Port Ellis on Sunday, the water company said.

"We restored supply within 12 hours," a spokesperson said.

"Our engineers worked through the night," she added.

Around 300 homes still have low pressure, according to the company.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.kind == DocumentKind.NEWS


def test_a_body_named_once_by_its_acronym_and_once_as_the_committee_speaks_for_the_release():
    raw = """Central Bank of Eastmarch
Home / News / 2026 / March

Policy rate cut to 3.5% - March 2026

Published on 5 March 2026

The Central Bank of Eastmarch's Monetary Policy Committee (MPC) sets policy to meet the 2% inflation target.

At its meeting on 4 March, the MPC voted to cut the policy rate by 0.25 percentage points, to 3.5%.

The Committee will keep policy restrictive until inflation is back at 2%.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "voted to cut").attribution.speaker == "Monetary Policy Committee"


def test_a_speaker_field_above_the_speech_is_no_headline_and_names_the_author():
    raw = """Home > Speeches

Annual Budget Statement 2026

Speaker: Hon Petra Vaalund, Minister of Finance
Published: 14 May 2026

Madam Speaker, this Budget restores order to the public finances.

1. Our deficit has narrowed from 4.1 per cent of GDP to 2.2 per cent.

2. We will spend $900 million over three years on hospital wards.
"""
    article, discourse, facts = facts_of(raw)
    assert article.title == "Annual Budget Statement 2026"
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Petra Vaalund"
    assert fact_with(facts, "Our deficit has narrowed").attribution.speaker == "Petra Vaalund"


def test_an_adjectival_office_before_a_spokespersons_name_is_the_role_and_role_labels_resolve_to_the_name():
    raw = """Home | Media | Briefings

Media briefing by Presidential Spokesperson Lerato Dube

Published: 2 April 2026

THE SPOKESPERSON: The President will open the new rail line in May.

QUESTION: How many jobs will the line create?

OFFICIAL SPOKESPERSON: The line has already created 4,300 jobs during construction.

QUESTION: Is the line over budget?

THE SPOKESPERSON: The line was delivered within its budget of 2.4 billion.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lerato Dube"
    assert discourse.default_speaker.role == "Presidential Spokesperson"
    assert fact_with(facts, "4,300 jobs").attribution.speaker == "Lerato Dube"
    assert fact_with(facts, "rail line in May").attribution.speaker == "Lerato Dube"


def test_an_as_clause_before_a_quotation_in_a_speech_names_the_quoted_person_or_an_anonymous_source():
    raw = """Home > Speeches

Speech by the Minister for Housing, Aoife Brennan, at the Builders Forum

Published on 3 May 2026

Good morning.

We completed 31,000 new homes last year.

As Professor Liam Conroy of the National Planning Institute said last week, "supply is finally catching up."

As one builder in Ballyduff told me, "the rules keep changing."

As we said in March, our target is 50,000 homes a year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Aoife Brennan"
    assert fact_with(facts, "31,000 new homes").attribution.speaker == "Aoife Brennan"
    assert fact_with(facts, "supply is finally").attribution.speaker == "Liam Conroy"
    assert fact_with(facts, "rules keep changing").attribution.anonymous
    assert fact_with(facts, "50,000 homes").attribution.speaker == "Aoife Brennan"


@pytest.mark.parametrize(
    "header",
    [
        "Minister Aoife Brennan at the Builders Forum\n\nCheck against delivery\n\nPublished on 3 May 2026",
        "Address to the Builders Forum\n\nAs prepared for delivery\n\nMinister for Housing Aoife Brennan\n3 May 2026",
    ],
)
def test_a_page_marked_check_against_delivery_is_a_speech_by_the_person_it_names(header):
    raw = f"""Department of Housing

{header}

Good morning, everyone.

We completed 31,000 new homes last year, and our government will build 40,000 more.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Aoife Brennan"
    assert fact_with(facts, "31,000 new homes").attribution.speaker == "Aoife Brennan"


def test_a_news_page_naming_a_minister_in_its_headline_without_a_delivery_note_stays_news():
    raw = """Daily Courier

Minister Aoife Brennan at the Builders Forum

By Tom Reilly
3 May 2026

The housing minister told builders that 31,000 homes were completed last year.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.kind != DocumentKind.STATEMENT


def test_a_speaker_field_makes_a_page_a_speech_whatever_its_heading():
    raw = """Home

Builders Forum 2026: opening session

Speaker: Aoife Brennan, Minister for Housing
Published on 3 May 2026

Good morning, everyone.

We completed 31,000 new homes last year, and our government will build 40,000 more.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "31,000 new homes").attribution.speaker == "Aoife Brennan"


def test_a_byline_on_a_first_person_speech_page_names_its_speaker():
    raw = """Home > Speeches

Keynote at the Builders Forum

By Aoife Brennan
3 May 2026

Good morning, everyone. I am glad to be with you.

We completed 31,000 new homes last year.

Our government will build 40,000 more by 2028.

We have also cut planning times by four months.

I want every family to have a secure home.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "31,000 new homes").attribution.speaker == "Aoife Brennan"


POSSESSIVE_SPEECH = """Ministry of Power
Home | Media | Speeches | Contact

Minister Okafor's remarks at the West Africa Grid Summit

14 March 2025

Minister Adaeze Okafor opened the second day of the summit in Abuja.

Last year we connected 1.2 million households to the national grid, and our government will invest more in
transmission lines over the next five years than in any five years before.

I can announce today that the first solar plant in Kano will open in June, with 50 megawatts of capacity.
"""


def test_a_heading_that_gives_the_speech_as_someones_names_its_speaker():
    article, discourse, facts = facts_of(POSSESSIVE_SPEECH)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Adaeze Okafor"
    first_person = [f for f in facts if f.text.startswith(("Last year we", "I can announce"))]
    assert len(first_person) == 2 and all(f.attribution.speaker == "Adaeze Okafor" for f in first_person)


@pytest.mark.parametrize("title", ["Minister's remarks at the summit", "Okafor's plant opens in June",
                                   "The Minister's Office: remarks"])
def test_a_possessive_heading_without_a_findable_person_or_speech_noun_names_nobody(title):
    from service.pipeline.discourse import _possessive_speaker

    assert _possessive_speaker(title, "The plant will open in June.") is None


# ------------------------------------------------------------------ speeches and statements in further layouts


def test_a_speech_under_a_topic_heading_is_the_speaker_on_the_name_line():
    raw = """Central Bank of Westmark
Home | Monetary policy | Speeches

Speech
2026-03-04

Prices, wages and the year ahead

Ilse Marten, Deputy Governor

At the Westmark Economic Society, Harbourg

Thank you for having me here this evening.

I want to explain why I think inflation will stay close to our target this year.

Consumer prices rose by 2.1 per cent in February.

We have lowered the policy rate to 2.75 per cent since the autumn.

Thank you.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Ilse Marten"
    assert fact_with(facts, "rose by 2.1 per cent").attribution.speaker == "Ilse Marten"


def test_a_first_person_page_without_a_speech_cue_and_without_a_named_speaker_stays_a_release():
    raw = """Tallow Water Company
Home | Customers | News

Update on the water supply in the valley

I am pleased to say that our crews repaired the main on Tuesday night.

We restored the supply to 4,200 homes by Wednesday morning, and I would like to thank customers for their patience.

Our teams will flush the pipes in the valley over the next two days.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.kind != DocumentKind.STATEMENT
    assert discourse.default_speaker is None or discourse.default_speaker.speaker_type == "ORG"


def test_a_page_type_line_and_a_from_field_make_a_topic_titled_page_a_speech():
    raw = """Home > Transport

Speech
Keeping the trains running
The Secretary of State sets out the plan for the railways.

From: Department for Rail and The Rt Hon Oliver Strand MP
Published 2 May 2026

Good morning.

Our railways carried 1.6 billion passengers last year.

We will order 300 new carriages before the end of the year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Oliver Strand"
    assert fact_with(facts, "300 new carriages").attribution.speaker == "Oliver Strand"


def test_a_possessive_role_heading_names_the_person_listed_under_it():
    raw = """Ocean Agency
Home | News | Speeches

Director-General's remarks to the Assembly on plastic pollution [as delivered]

3 June 2026

Tags: Talia Brennan, Assembly, Oceans

Madam Chair, distinguished delegates,

I am honoured to address you today.

Some 11 million tonnes of plastic enter the ocean every year.

Our programmes have cleaned 240 beaches since 2024, and I expect that number to double.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Talia Brennan"
    assert fact_with(facts, "11 million tonnes").attribution.speaker == "Talia Brennan"


def test_a_possessive_role_heading_names_the_person_the_text_gives_that_role():
    raw = """Executive Director's remarks at the opening of the water week

Good morning. As your Executive Director, Joaquim Reis, I have the pleasure of opening this week.

Some 2.2 billion people still lack safe drinking water, and I intend to say so plainly.

We will publish our new water strategy in May.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Joaquim Reis"


def test_a_sidecar_person_speaks_a_first_person_page_without_a_kind():
    raw = """Harbour Authority
Home | Media

Opening remarks

Dear guests, welcome to our port.

I am proud that we handled 42 million tonnes of cargo last year.

We will open a new rail terminal in 2027, and I expect it to carry a third of our containers.
"""
    _, discourse, facts = facts_of(raw, {"speaker": "Ruth Okonkwo", "publisher": "Harbour Authority"})
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Ruth Okonkwo"
    assert fact_with(facts, "42 million tonnes").attribution.speaker == "Ruth Okonkwo"


def test_a_sidecar_person_does_not_speak_a_third_person_release():
    raw = """Harbour Authority
Home | Media

Port handles record cargo

The port handled 42 million tonnes of cargo last year, the authority said.

A new rail terminal will open in 2027.
"""
    _, discourse, _ = facts_of(raw, {"speaker": "Ruth Okonkwo", "publisher": "Harbour Authority"})
    assert discourse.kind != DocumentKind.STATEMENT


def test_a_statement_by_the_spokesperson_for_an_official_is_the_officials():
    raw = """Statement attributable to the Spokesperson for the President of the Commission on the storm in the south

The President of the Commission, Lior Adami, is saddened by the loss of life in the southern provinces.

More than 300 people have died, and we will send 20 relief teams this week.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lior Adami"
    assert fact_with(facts, "300 people").attribution.speaker == "Lior Adami"


def test_a_statement_by_the_spokesperson_alone_stays_with_the_body():
    raw = """Statement by the Spokesperson on the elections in Ostland

The Union welcomes the peaceful conduct of the elections in Ostland.

Turnout reached 61 percent, the highest since independence.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker.speaker_type == "ORG"


def test_a_joint_statement_of_two_named_ministers_speaks_as_the_issuing_ministry():
    raw = """Ministry of Foreign Affairs of Norland

Joint statement by Foreign Minister Ada Berg and Foreign Minister Tomas Weir on fisheries

Today we signed an agreement that doubles the joint fishing quota to 80,000 tonnes.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.speaker_type == "ORG"
    assert discourse.default_speaker.name == "Ministry of Foreign Affairs of Norland"
    assert fact_with(facts, "80,000 tonnes").attribution.speaker == "Ministry of Foreign Affairs of Norland"


@pytest.mark.parametrize(
    "heading",
    [
        "Nadia Solberg: Why inflation is proving stubborn",
        "Why inflation is proving stubborn - speech by Nadia Solberg, Governor of the Bank",
        "Nadia Solberg\nGovernor\n\nWhy inflation is proving stubborn",
    ],
)
def test_a_speech_heading_or_header_names_its_speaker_around_the_topic(heading):
    raw = f"""Bank of Eastland
Home | Speeches

{heading}

3 April 2026

Thank you for inviting me to speak today.

I will argue that inflation is proving stubborn, and I think it will stay above our target until the autumn.

Services prices rose by 4.6 per cent in March.

We raised the policy rate to 4.5 per cent in February.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Nadia Solberg"
    assert fact_with(facts, "4.6 per cent").attribution.speaker == "Nadia Solberg"


def test_a_place_before_a_heading_colon_is_no_speaker():
    raw = """Eastland: floods close the northern highway

I can confirm that the highway will stay closed for a week, and I ask drivers to avoid the area.

We have sent 40 crews to clear the road in Eastland, and we expect to reopen one lane on Friday.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker is None or discourse.default_speaker.name != "Eastland"


def test_a_speech_by_a_role_is_the_person_the_page_gives_that_role():
    raw = """Speech by the Governor at the annual banking dinner

Governor Piet Hallberg thanked the association for the invitation.

Our banks lent 12 percent more to small firms last year.

We will publish a review of mortgage rules in June.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Piet Hallberg"
    assert fact_with(facts, "12 percent more").attribution.speaker == "Piet Hallberg"


@pytest.mark.parametrize(
    "heading",
    ["Finance Minister Lena Duarte statement on the budget", "The budget and the year ahead – Lena Duarte"],
)
def test_a_heading_naming_the_speaker_beside_a_speech_noun_or_the_topic(heading):
    raw = f"""{heading}

Good afternoon. I am here to present a budget that I believe keeps our promises.

The deficit will fall to 2.9 percent of output next year, and I expect it to fall further in 2028.

We will raise the pension by 4 percent in January.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lena Duarte"
    assert fact_with(facts, "2.9 percent").attribution.speaker == "Lena Duarte"


def test_a_role_heading_of_a_statement_resolves_to_the_person_given_that_role():
    raw = """Foreign Secretary statement on the ceasefire

The Foreign Secretary, Amos Grey, welcomed the ceasefire agreed on Sunday.

We will provide 30 million pounds for reconstruction.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Amos Grey"


def test_a_statement_for_an_unnamed_official_speaks_as_the_institution():
    raw = """Ocean Union
Home | Press

Statement attributable to the Spokesperson for the Secretary-General on the tanker spill

The Secretary-General is alarmed by the oil spill off the northern coast.

Some 4,000 tonnes of oil have leaked since Tuesday.
"""
    _, discourse, _ = facts_of(raw, {"publisher": "Ocean Union"})
    assert discourse.default_speaker.speaker_type == "ORG"
    assert discourse.default_speaker.name != "Secretary-General"


def test_a_speech_the_publisher_says_was_delivered_by_someone_is_theirs_and_the_note_is_narration():
    raw = """Harbour Authority
Home | Media

Harbour week opens

The following remarks were delivered by Chief Executive Ruth Okonkwo at the opening of Harbour Week.

Good morning. I am delighted to see so many of you here, and I thank our partners for coming.

Last year we handled 42 million tonnes of cargo, and I expect more this year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Ruth Okonkwo"
    assert fact_with(facts, "42 million tonnes").attribution.speaker == "Ruth Okonkwo"
    assert all(f.attribution is None for f in facts if f.text.startswith("The following remarks"))


def test_an_indicator_cited_with_according_to_leaves_the_sentence_to_the_author():
    raw = """Speech by Governor Ilse Marten at the Westmark Economic Society

Thank you for having me. I will talk about prices, and I will be brief.

Inflation according to the CPIX was 2.4 per cent in March.

Wages rose by 2.6 per cent, according to Statistics Westmark.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.4 per cent").attribution.speaker == "Ilse Marten"
    assert fact_with(facts, "2.6 per cent").attribution.speaker == "Statistics Westmark"


SIGNED_STATEMENT = """Ministry of Water of Eastland
Home | News | Statements

Statement on the flooding in the northern provinces

12 May 2026

We are deeply concerned by the floods that have struck the northern provinces since Sunday.

More than 12,000 people have been moved to shelters, and our teams have delivered 400 tonnes of food.

We will release 20 million shillings for repairs to the river banks this week.

{foot}

Share: X | Facebook
"""


def test_a_statement_signed_under_its_text_is_the_signers():
    raw = SIGNED_STATEMENT.format(foot="Amina Karanja\nMinister of Water and Sanitation")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT and discourse.default_speaker.name == "Amina Karanja"
    assert fact_with(facts, "400 tonnes").attribution.speaker == "Amina Karanja"


def test_a_contact_block_under_a_statement_signs_nothing():
    raw = SIGNED_STATEMENT.format(foot="Media contact:\nAmina Karanja\nPress Officer, +254 20 555 0100")
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker is None or discourse.default_speaker.name != "Amina Karanja"


def test_a_long_statement_is_signed_at_the_end_of_the_raw_page():
    body = "\n\n".join(f"Our crews cleared {n} kilometres of river bank in district {n}, and we will finish the rest."
                       for n in range(12, 40))
    raw = SIGNED_STATEMENT.format(foot="Amina Karanja\nMinister of Water and Sanitation").replace(
        "We will release", body + "\n\nWe will release")
    assert len(raw) > 2048
    document = process_document(raw, None, FactExtractor(load_gazetteer(GAZETTEER)), min_chars=50)
    assert document.discourse.default_speaker.name == "Amina Karanja"


@pytest.mark.parametrize("title, text, expected", [
    ("Jane Doe: The outlook for inflation", "Thank you for having me.", "Jane Doe"),
    ("The outlook for inflation - speech by Jane Doe", "Thank you for having me.", "Jane Doe"),
    # a part naming a body as the statement's maker leaves the rest of the heading as its topic
    ("Statement by the Monetary Policy Board: Monetary Policy Decision", "The Board decided to act.", None),
    # capitalised words the text writes in lower case are a topic, not a name
    ("Housing Supply Review: Rental Markets", "The housing supply review finds rental markets are tight.", None),
])
def test_the_person_a_heading_names_around_its_topic(title, text, expected):
    from service.pipeline.discourse import _heading_person

    assert _heading_person(title, text) == expected


def test_a_statement_signed_by_a_titled_name_is_the_signers():
    raw = SIGNED_STATEMENT.format(foot="Professor Amina Karanja\nDean, School of Water Engineering\n12 May 2026")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Amina Karanja"
    assert fact_with(facts, "400 tonnes").attribution.speaker == "Amina Karanja"


HOSTED_SPEECH = """Ministry of Fisheries of Eastland
Home | News | Speeches

Keynote Address at the Coastal Fisheries Forum

Good morning. {intro}, and on behalf of the organisers I welcome you to Port Avery.

This year's forum brings together 250 delegates from nine countries.

It is now my honour to give the floor to the Minister of Fisheries, Dr. Ruth Okello.

Thank you, Daniel, for that kind introduction.

Our fishers landed 84,000 tonnes of fish last year.

I have decided that we will not issue new trawling licences this year.

We will open three new fish markets on the coast.
"""


def test_a_host_who_names_themselves_says_what_comes_before_the_hand_over():
    _, discourse, facts = facts_of(HOSTED_SPEECH.format(intro="I am Daniel Osei"))
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "250 delegates").attribution.speaker == "Daniel Osei"
    assert fact_with(facts, "84,000 tonnes").attribution.speaker == "Ruth Okello"
    assert fact_with(facts, "three new fish markets").attribution.speaker == "Ruth Okello"
    assert not [f for f in facts if "give the floor" in f.text]


def test_a_host_the_speaker_thanks_by_first_name_is_found_in_full():
    _, _, facts = facts_of(HOSTED_SPEECH.format(intro="This is Daniel Osei speaking"))
    assert fact_with(facts, "250 delegates").attribution.speaker == "Daniel Osei"


def test_an_unnamed_host_says_no_facts_for_the_speaker():
    raw = HOSTED_SPEECH.format(intro="Welcome").replace("Thank you, Daniel,", "Thank you")
    _, _, facts = facts_of(raw)
    assert not [f for f in facts if "250 delegates" in f.text and f.attribution
                and f.attribution.speaker == "Ruth Okello"]
    assert fact_with(facts, "84,000 tonnes").attribution.speaker == "Ruth Okello"


VERBATIM_REPORT = """Westmark Parliament
Verbatim report of proceedings

Tuesday, 3 March 2026

Securing the supply of critical minerals (debate)

President. – The next item is the statement by the Government on critical minerals.

Lena Vos, Minister for Industry. – Madam President, honourable Members, thank you for this debate.

Madam President, Westmark imports 90% of its rare earth magnets.

We will open two new processing plants next year.

President. – The debate is closed.
"""


def test_a_verbatim_report_names_its_speakers_before_a_full_stop_and_a_dash():
    _, discourse, facts = facts_of(VERBATIM_REPORT)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert fact_with(facts, "90%").attribution.speaker == "Lena Vos"
    assert fact_with(facts, "two new processing plants").attribution.speaker == "Lena Vos"
    assert not [f for f in facts if "next item" in f.text or "debate is closed" in f.text]


def test_a_titled_name_under_a_speech_heading_is_its_speaker():
    raw = """Office of the President of Westmark
Home | Speeches

Memorial address for former Prime Minister Aino Berg

President of the Republic Jon Halvard at the memorial service in St Olav's Cathedral, 9 January 2026

Aino Berg was born in Nordby in 1938.

She sat in the legislature for 32 years, and I served with her for ten of them.

I will remember her as the finest debater of her time, and I will miss her.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Jon Halvard"
    assert fact_with(facts, "32 years").attribution.speaker == "Jon Halvard"


SPEECH_BODY = """
Good morning, and thank you for inviting me.

Instant payments now make up 41 per cent of all retail transactions in Westland.

We will launch our new payment switch in the third quarter of next year.

I believe that cash will remain important for many households.
"""


@pytest.mark.parametrize("top, bottom", [
    # the page type and the speaker around a colon
    ("Bank of Westland\nHome | News | Speeches\n\nSpeech: Deputy Governor Ana Ruiz at the Fintech Summit\n\n"
     "12 May 2025\n", ""),
    # a site's title line, "Speech by ... | <site>"
    ("Speech by Deputy Governor Ana Ruiz | Bank of Westland\nHome | News | Speeches\n12 May 2025\n", ""),
    # a paragraph that tells who gave which speech, with no "full text follows"
    ("Bank of Westland\nHome | News | Speeches\n\nPayments innovation and the central bank\n\n"
     "Deputy Governor Ana Ruiz delivered the keynote address at the Fintech Summit on Tuesday.\n", ""),
    # a role in the heading, its holder only in the page's "About the speaker" foot
    ("Bank of Westland\nHome | News | Speeches\n\nRemarks by the Deputy Governor at the Fintech Summit\n\n"
     "12 May 2025\n", "\nAbout the speaker: Ana Ruiz has been Deputy Governor of the Bank of Westland since 2021.\n"),
])
def test_the_speaker_of_a_speech_page_in_other_layouts(top, bottom):
    _, discourse, facts = facts_of(top + SPEECH_BODY + bottom)
    assert discourse.default_speaker.name == "Ana Ruiz"
    assert fact_with(facts, "41 per cent").attribution.speaker == "Ana Ruiz"


def test_a_speech_labelled_once_at_its_start_is_that_persons():
    raw = ("Office of the President of Westland\nHome | Speeches\n\nAddress to the Nation on the Budget\n\n"
           "12 May 2025\n\nPRESIDENT RUIZ: My fellow citizens, good evening.\n\n"
           "Our economy grew by 4.1 per cent last year.\n\nWe will not raise the value added tax.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "4.1 per cent").attribution.speaker == "Ruiz"
    assert not [f for f in facts if "PRESIDENT RUIZ" in f.text]


def test_a_speech_a_paragraph_introduces_under_the_speakers_name_label():
    raw = ("President of Westland\nHome | News | Transcripts\n\nPlenary session of the Eastern Economic Forum\n\n"
           "Vladislav Orlov took part in the plenary session of the Eastern Economic Forum in Port Avery.\n\n"
           "Vladislav Orlov: Good afternoon, colleagues, friends.\n\n"
           "Our economy grew by 3.6 per cent last year.\n\nWe will invest 1.2 trillion roubles in the ports.\n\n"
           "I am confident that trade with Asia will keep growing.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "3.6 per cent").attribution.speaker == "Vladislav Orlov"
    assert fact_with(facts, "took part").attribution is None


def test_a_role_then_name_line_under_a_keynote_names_its_speaker():
    raw = ("Ministry of Health of Westland\nHome | Media | Speeches\n\nKeynote address\n\n"
           "World Health Day Symposium, Port Avery, 7 April 2025\n\nMinister of Health, Dr. Ana Ruiz\n\n"
           "Distinguished guests, ladies and gentlemen,\n\n"
           "Thank you for joining us on this important day for the health of our nation.\n\n"
           "Our hospitals treated 2.3 million patients last year.\n\nWe will hire 4,000 new nurses next year.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Ruiz"
    assert fact_with(facts, "4,000 new nurses").attribution.speaker == "Ana Ruiz"


@pytest.mark.parametrize("byline_line, sidecar", [
    ("By Ana Ruiz, Deputy Governor\n", None),
    ("", {"byline": "Ana Ruiz"}),
])
def test_a_first_person_speech_under_its_speakers_byline_is_theirs(byline_line, sidecar):
    raw = ("Bank of Westland\nHome | Monetary policy | News | Speeches\n\n"
           "Payments innovation and the role of the central bank\n\n" + byline_line + "12 May 2025\n" + SPEECH_BODY)
    article, discourse, facts = facts_of(raw, sidecar)
    assert fact_with(facts, "41 per cent").attribution.speaker == "Ana Ruiz"
    assert article.source == "Bank of Westland"


def test_a_breadcrumb_to_the_press_releases_section_makes_the_page_a_release():
    raw = """Home | Products | Careers | Investors | Newsroom
Newsroom > Press Releases

Harbor Mills to open a bakery plant in Wichita

WICHITA, Kan. – Harbor Mills will build a bakery plant in Wichita that will employ 220 people.

The plant will supply more than 900 stores in Kansas and Missouri.

© 2025 Harbor Mills Inc. All rights reserved.
"""
    article, discourse = read(raw)
    assert article.source == "Harbor Mills"
    assert discourse.kind == DocumentKind.RELEASE


def test_a_news_intro_of_its_own_paragraphs_then_the_full_text_is_the_roles_holders_speech():
    raw = ("Westland Information Service\nHome | News | Ministries\n\nHealth Minister Opens Hospitals Debate\n\n"
           "Health Minister, Dr. Lena Varga, opened the debate on hospital funding in the Senate on Monday.\n\n"
           "The debate will continue next week.\n\n"
           "Below is the full text of the Minister's opening statement.\n\n"
           "Madam President, I rise to open this debate.\n\n"
           "Our hospitals treated 2.3 million patients last year.\n\nI expect waiting lists to fall by 10 per cent.\n\n"
           "We will hire 4,000 new nurses next year.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lena Varga"
    assert fact_with(facts, "2.3 million patients").attribution.speaker == "Lena Varga"
    assert fact_with(facts, "opened the debate").attribution is None
    assert fact_with(facts, "continue next week").attribution is None


def test_a_parenthetical_delivered_by_line_names_the_speaker_without_honorific():
    raw = ("Central Bank of Westland\nHome | Publications | Speeches\nSpeeches\n\n"
           "Inflation and the road ahead\n\n"
           "(Speech delivered by Shri Arun Pillai, Deputy Governor, Central Bank of Westland - 3 May 2025 - at the "
           "Banking Forum, Port Avery)\n\n"
           "Good morning, ladies and gentlemen.\n\nI would like to talk about inflation today.\n\n"
           "Inflation fell to 3.1 per cent in March.\n\nWe will keep our policy rate steady, in my view.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Arun Pillai"
    assert fact_with(facts, "3.1 per cent").attribution.speaker == "Arun Pillai"


def test_a_title_giving_a_long_role_before_the_name_names_the_speaker():
    raw = ("The Government of the Republic of Westland\nHome | Government | Speeches\n\n"
           "Address of the Prime Minister of the Republic of Westland Tomas Berzins at the Westland Energy Forum\n\n"
           "12.09.2024\n\nDear participants,\n\nI am glad to welcome you to our capital.\n\n"
           "Our economy grew by 4.2 percent last year.\n\nWe will build 3 new power plants, I promise.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Tomas Berzins"
    assert fact_with(facts, "4.2 percent").attribution.speaker == "Tomas Berzins"


def test_a_breadcrumb_naming_a_minister_names_the_speaker_of_a_remarks_page():
    raw = ("Government of Westland\nContact Us | Search\n"
           "Home > News > Ministers > Minister Paula Kerr (Transport) > Speeches\n\n"
           "Remarks at the Rail Safety Conference\n\nOctober 8, 2024\n\nRemarks as prepared for delivery\n\n"
           "Good morning, and thank you for having me.\n\nI grew up next to a railway line.\n\n"
           "Last year 12 trains derailed on our network.\n\nWe will hire 50 new inspectors.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Paula Kerr"
    assert fact_with(facts, "12 trains").attribution.speaker == "Paula Kerr"


def test_a_possessive_after_a_quoted_title_names_the_speaker():
    raw = ("University of Westland\nAbout | News\nNews > Features\n\n"
           "\"Stay curious\": Dr. Hana Sato's address to the Class of 2025\n\n"
           "July 27, 2025 | University Information Office\n\nGood afternoon, graduates.\n\n"
           "In 1990 I sat where you are sitting now.\n\nOur lab trained 900 nurses in my years there.\n\n"
           "I will not tell you that the work is easy.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Hana Sato"
    assert fact_with(facts, "900 nurses").attribution.speaker == "Hana Sato"


def test_a_lead_opening_with_an_occasion_introduces_the_address_and_is_narration():
    raw = ("President of Westland\nHome / News / Speeches\n\nAddress by the President on National Day\n\n"
           "On the eve of National Day, President Ilze Kalnina addressed the people of Westland from the palace. "
           "The address is published in full.\n\nDear people of Westland,\n\n"
           "Tomorrow we celebrate 80 years of our state.\n\nOur country spends 3 per cent of its output on defence.\n\n"
           "I believe that our best years are ahead of us.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ilze Kalnina"
    assert fact_with(facts, "addressed the people").attribution is None
    assert fact_with(facts, "3 per cent").attribution.speaker == "Ilze Kalnina"


def test_members_labelled_with_seat_and_party_debate_and_accented_names_are_labels():
    raw = ("House of Westland\nDebates\n\nHousing Act\n\nWednesday, May 29, 2024\n\n"
           "Hon. Ana Ruiz (Minister of Housing, Lib.): Mr. Speaker, I rise to speak to this bill.\n\n"
           "We will provide $6 billion to towns.\n\n"
           "Mr. Tom Baker (Port Avery—North, CPC): Mr. Speaker, permits fell by 18% last year. "
           "Will the minister admit her plan has failed?\n\n"
           "Ms. Élise Moreau (Lac-Vert—Sud, BQ): Mr. Speaker, our province is short of 150,000 homes.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "18%").attribution.speaker == "Tom Baker"
    assert fact_with(facts, "150,000 homes").attribution.speaker == "Élise Moreau"


def test_an_outlets_full_text_page_is_the_speech_of_the_person_its_title_names():
    raw = ("The Westland Herald\nHome | News | Politics | Sport\n\nPolitics\n\n"
           "Full text: President Amara Osei's State of the Nation address\n\nBy Herald Reporter\n"
           "Published Thursday, November 21, 2024\n\nMr. Speaker, Honourable Members,\n\n"
           "I stand before this House to report on the state of our nation.\n\n"
           "Our economy grew by 5.1 per cent last year.\n\nWe have hired 12,000 new teachers since I took office.\n\n"
           "I will not sign any budget that cuts funding for our schools.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Amara Osei"
    assert fact_with(facts, "5.1 per cent").attribution.speaker == "Amara Osei"


def test_a_styled_masthead_name_speaks_an_office_holders_speech_with_a_salutation_naming_others():
    raw = ("Prime Minister of Westland\nRt Hon Ana Kereama\nHome | News | Speeches\n\n"
           "Prime Minister's speech to the Business Chamber\n\nMonday 3 February 2025\n\n"
           "Thank you, Simon, and thank you to the Chamber for having me.\n\n"
           "Mayor Tom Harrow, Minister for Growth Kiri Dalton, business leaders - it's good to be here.\n\n"
           "A year ago I promised that we would get inflation under control. It is now 2.2 per cent.\n\n"
           "Today I am announcing a new consenting regime for 149 projects.\n\n"
           "I am not going to pretend that this will fix everything overnight.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Kereama"
    assert fact_with(facts, "149 projects").attribution.speaker == "Ana Kereama"


def test_a_said_colon_paragraph_opens_the_unquoted_speech_of_the_role_holder_the_news_item_names():
    raw = ("Central Bank of Westland\nHome | Monetary Policy | Announcements\nAnnouncements > News\n\n"
           "Governor Ruiz addresses exporters\n\n12 March 2025\n\n"
           "Governor Ana Ruiz spoke at the annual meeting of the Exporters' Association in Port Avery on Wednesday.\n\n"
           "In her speech, the Governor said:\n\n"
           "We have raised our policy rate to 12.5 per cent.\n\nInflation fell to 9 per cent in February.\n\n"
           "I know that a strong currency makes life hard for exporters.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Ruiz"
    assert fact_with(facts, "12.5 per cent").attribution.speaker == "Ana Ruiz"
    assert fact_with(facts, "spoke at the annual meeting").attribution is None


def test_a_title_and_name_line_above_the_topic_heading_names_the_speaker_and_is_not_the_headline():
    raw = ("Central Bank of Westland\nHome > News > Speeches\n\nSpeech\nGovernor Ana M. Ruiz\n"
           "At the Economic Club of Port Avery, Port Avery, Westland\nMarch 6, 2025\n\n"
           "Outlook for the Economy\n\nThank you for the invitation to speak with you today.\n\n"
           "The economy grew at an annual rate of 2.3 percent in the fourth quarter.\n\n"
           "I support holding our policy rate steady for now.\n\nI do not think we need to rush to cut rates.\n")
    article, discourse, facts = facts_of(raw)
    assert article.title == "Outlook for the Economy"
    assert discourse.default_speaker.name == "Ana M. Ruiz"
    assert fact_with(facts, "2.3 percent").attribution.speaker == "Ana M. Ruiz"


def test_a_speaker_who_introduces_herself_in_the_first_paragraph_speaks_the_page():
    raw = ("City of Westport\nResidents | Business | Government\n\nState of the City 2025\n\nApril 10, 2025\n\n"
           "Good evening. For those of you I haven't met, I'm Rosa Delgado, and I have served as your mayor for two "
           "years.\n\nWhen I took office, our city had 2,300 unfilled potholes.\n\n"
           "We planted 8,000 new trees last year.\n\nI will not let this city be caught unprepared.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Rosa Delgado"
    assert fact_with(facts, "8,000 new trees").attribution.speaker == "Rosa Delgado"


def test_a_more_speeches_by_footer_names_the_speaker():
    raw = ("Ministry of Labour of Westland\nHome | News | Speeches\n\nSpeech at the launch of the Skills Strategy\n\n"
           "14.05.2025\n\nLadies and Gentlemen,\n\nIt is a pleasure to open this conference.\n\n"
           "Our unemployment rate fell to 2.9 per cent in March.\n\nWe will spend 4 billion on training by 2030.\n\n"
           "We will not close a single vocational school.\n\nThank you.\n\n"
           "More speeches by Minister Piotr Zielak\nShare: Facebook | X\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Piotr Zielak"
    assert fact_with(facts, "2.9 per cent").attribution.speaker == "Piotr Zielak"


def test_a_transcript_announced_after_a_long_narrated_release_is_the_role_holders():
    raw = ("Governor Ana Ruiz\nServices | News | Government\n\nGovernor Ruiz Announces Child Care Expansion\n\n"
           "June 12, 2025\n\nGovernor Ana Ruiz today visited a child care center in Port Avery.\n\n"
           "The Governor was joined by local officials.\n\nThe event took place at the Maple Street center.\n\n"
           "Parents and providers attended.\n\nA rush transcript of the Governor's remarks is available below:\n\n"
           "Thank you so much.\n\nWhen I took office, 3,000 families had no help.\n\n"
           "Today 52,000 more children are covered.\n\nI have heard from too many mothers who had to quit.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Ruiz"
    assert fact_with(facts, "52,000 more children").attribution.speaker == "Ana Ruiz"
    assert fact_with(facts, "visited a child care center").attribution is None


def test_a_speech_noun_by_line_under_the_title_names_the_speaker():
    raw = ("Central Bank of Westland\nMenu | Search\nHome > Media > Speeches\n\nThe economy after the energy shock\n\n"
           "Keynote speech by Marta Kowal, Member of the Executive Board, at the Banking Conference in Port Avery\n\n"
           "Port Avery, 20 May 2025\n\nInflation fell to 2.2% in April.\n\nEnergy prices are now 40% below their peak.\n\n"
           "I believe that we can bring inflation back to target.\n\nWe will not pre-commit to a rate path.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Marta Kowal"
    assert fact_with(facts, "2.2% in April").attribution.speaker == "Marta Kowal"


def test_a_closing_bio_note_names_the_speaker_of_the_remarks():
    raw = ("Westland Rail Newsroom\nCompany | Services | Newsroom\n\nWhy rail must lead the freight transition\n\n"
           "Posted by Newsroom Staff | March 7, 2025\n\nLadies and gentlemen, good afternoon.\n\n"
           "Trucks still carry more than 90 percent of our domestic freight.\n\n"
           "Last year our freight volumes grew by 11 percent.\n\nWe will add 24 new freight services this autumn.\n\n"
           "Ken Sato is President and Chief Executive Officer of Westland Rail. He delivered these remarks at the "
           "Logistics Forum on March 5, 2025.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ken Sato"
    assert fact_with(facts, "11 percent").attribution.speaker == "Ken Sato"


TOPIC_STATEMENT = """Statement on the closure of the eastern terminal

The Harbour Authority has closed the eastern terminal after a crane collapsed on Monday night.

Nobody was injured, and ships will be diverted to the western terminal for at least two weeks.

© 2025 Harbour Authority
"""

GATHERING_STATEMENT = """Statement of the Regional Water Committee Ministerial Meeting

We agreed to share river-flow data between our countries every month from next year.

Rainfall in the basin was 18 percent below the long-term average in 2024.

© 2025 Mekong Basin Water Agency. All rights reserved.
"""


def test_a_statement_headed_by_its_topic_is_the_issuing_bodys_release():
    _, discourse = read(TOPIC_STATEMENT)
    assert discourse.kind == DocumentKind.RELEASE
    assert discourse.default_speaker.name == "Harbour Authority"


def test_a_statement_of_a_meeting_speaks_for_its_publisher():
    _, discourse = read(GATHERING_STATEMENT)
    assert discourse.default_speaker.name == "Mekong Basin Water Agency"


TYPED_STATEMENT = """Sanctioning a Network That Ships Coal to Port Verin

Press Statement
Ana Lindqvist, Minister of Foreign Affairs
March 4, 2025

Today we are sanctioning 12 companies that have shipped coal in breach of the embargo.

These shipments were worth more than 300 million dollars last year.
"""


def test_the_author_under_a_press_statement_type_line_speaks():
    _, discourse = read(TYPED_STATEMENT)
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Ana Lindqvist"


PORTAL_RELEASE = """Press Information Office
Government of Ruritania
Ministry of Water Resources

Cabinet approves 300 new village water schemes

The Cabinet has approved 300 new piped water schemes in the dry northern districts this week.

The schemes will connect 120,000 rural households to tap water by the end of next year.
"""

ACRONYM_STATEMENT = """Media Releases

NRB statement on ticket refunds

The NRB will refund all tickets for the match that was abandoned because of rain on Saturday.

Refunds will be made within 10 working days to every spectator who bought a ticket online.

© 2025 Northern Rugby Board. All rights reserved.
"""


def test_a_ministry_over_the_headline_of_a_government_portal_issues_the_release():
    _, discourse = read(PORTAL_RELEASE)
    assert discourse.kind == DocumentKind.RELEASE
    assert discourse.default_speaker.name == "Ministry of Water Resources"


def test_a_bodys_acronym_before_statement_in_the_heading_is_no_person():
    _, discourse = read(ACRONYM_STATEMENT)
    assert discourse.default_speaker is None or discourse.default_speaker.speaker_type == "ORG"


def test_a_photo_caption_of_a_titled_person_delivering_the_keynote_names_the_speaker():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nCopper is our advantage\n\n"
           "Wednesday, 18 September 2024\n\nMines Minister Tomas Varga delivers the keynote at the Copper Forum in "
           "Port Avery. (Photo: Press Bureau)\n\nDistinguished guests,\n\nOur copper output reached 2.6 million tonnes "
           "this year.\n\nWe plan to open 5 new mines by 2030.\n\nExport taxes will not rise this year.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Tomas Varga"
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_a_caption_that_names_no_speech_makes_no_speech():
    raw = ("Ministry of Mines of Westland\nHome | News\n\nCopper output reached a record\n\n18 September 2024\n\n"
           "Mines Minister Tomas Varga speaking with miners in Port Avery. (Photo: Press Bureau)\n\n"
           "Copper output reached 2.6 million tonnes this year, the ministry said.\n\n"
           "Five new mines will open by 2030, according to the ministry.\n")
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker is None or discourse.default_speaker.name != "Tomas Varga"


def test_on_screen_text_of_a_video_transcript_names_the_speaker():
    raw = ("Government of Westland\nHome > News > Video\n\nVideo: Address to Westlanders on flood recovery\n\n"
           "Published: August 12, 2025\n\nVideo transcript\n\n00:00:00\n[Music]\n\n00:00:04\n"
           "[Text on screen: Premier Ana Ruiz]\n\n00:00:07\nGood evening. I want to speak with you about the floods.\n\n"
           "00:00:31\nThis summer's floods damaged more than 2,000 homes across the province.\n\n00:00:52\n"
           "We lost 212 bridges.\n\n00:01:15\nWe expect the first new bridges to open by next spring.\n")
    cleaned, discourse, facts = facts_of(raw)
    assert cleaned.title == "Video: Address to Westlanders on flood recovery"
    assert "[Music]" not in cleaned.text and "00:00:52" not in cleaned.text
    assert discourse.default_speaker.name == "Ana Ruiz"
    assert fact_with(facts, "2,000 homes").attribution.speaker == "Ana Ruiz"


def test_a_blog_post_of_a_presidents_address_under_a_communications_byline_is_the_presidents_speech():
    raw = ("Westland University\nCampus | Research | News\n\nCommencement 2025: read the president's address\n\n"
           "By Jo Ellis, Office of Communications\nMay 17, 2025\n\n"
           "President Ana Ruiz addressed more than 3,400 graduates at Saturday's ceremony on the Port Avery campus. "
           "Her remarks, as prepared for delivery, follow.\n\nGood morning, graduates.\n\n"
           "This class includes 412 students from the northern provinces.\n\n"
           "When I arrived here as a student, tuition was 1,300 dollars a year.\n\n"
           "I did not finish my own degree in four years.\n\n© 2025 Westland University\n")
    cleaned, discourse, facts = facts_of(raw)
    assert cleaned.source == "Westland University"
    assert fact_with(facts, "412 students").attribution.speaker == "Ana Ruiz"
    assert fact_with(facts, "3,400 graduates").attribution is None


def test_a_parliamentary_record_labels_office_holders_with_their_names_in_brackets():
    raw = ("Westland Parliament\nDebates | Members\n\nWestland Assembly debate - Tuesday, 8 Oct 2024\nVol. 59 No. 3\n\n"
           "Housing Supply: Statements\n\n"
           "The Minister for Housing, Local Government and Heritage (Deputy Tom Varga): I welcome the debate.\n\n"
           "Last year 32,695 new homes were completed.\n\nThe Speaker: I call Deputy Lind.\n\n"
           "Deputy Mette Lind: Rents have risen by 9 per cent in the past year.\n\nThe Speaker: I call the Minister of State."
           "\n\nMinister of State at the Department of Housing (Deputy Kai Berg): The vacant property grant has been "
           "approved for 9,000 homes.\n")
    cleaned, discourse, facts = facts_of(raw)
    assert cleaned.title == "Housing Supply: Statements"
    assert fact_with(facts, "32,695 new homes").attribution.speaker == "Tom Varga"
    assert fact_with(facts, "9 per cent").attribution.speaker == "Mette Lind"
    assert fact_with(facts, "9,000 homes").attribution.speaker == "Kai Berg"


def test_a_joint_statement_of_several_office_holders_speaks_for_the_publishing_office():
    raw = ("President of the Republic of Westland\nActivities | Press releases | Speeches\nHome / Press releases\n\n"
           "Joint Statement of the Presidents of Westland, Eastland and Northland on the power grids\n\n2025-02-09\n\n"
           "Today our three countries disconnected their power grids from the old system.\n\n"
           "The project cost 1.6 billion euros.\n\nWe will increase defence spending to at least 3 percent of GDP.\n\n"
           "President of the Republic of Westland\n© Office of the President of the Republic of Westland, 2025\n")
    cleaned, discourse, facts = facts_of(raw)
    assert cleaned.title.startswith("Joint Statement of the Presidents")
    assert fact_with(facts, "1.6 billion euros").attribution.speaker == "Office of the President of the Republic of " \
        "Westland"


def test_a_closing_statement_delivered_by_line_names_the_delegate_who_speaks_for_a_group():
    raw = ("Permanent Mission of Westland to the United Nations Office at Geneva\nHome | The Mission | Statements\n\n"
           "Statement on behalf of the Island Group on fisheries subsidies\nGeneral Council - Agenda item 5\n\n"
           "I have the honour to deliver this statement on behalf of the Island Group.\n\n"
           "The Island Group has 39 members.\n\nFishing supports more than 3 million people in our member states.\n\n"
           "The Group cannot accept disciplines that would limit support to small-scale fishers.\n\n"
           "Statement delivered by Ambassador Mette Lind, Permanent Representative of Westland\n\nGeneva, 7 October 2025\n")
    cleaned, discourse, facts = facts_of(raw)
    assert cleaned.title == "Statement on behalf of the Island Group on fisheries subsidies"
    assert fact_with(facts, "39 members").attribution.speaker == "Mette Lind"


def test_a_photo_labelled_caption_names_the_speaker_delivering_the_keynote():
    raw = ("Ministry of Mines of Westland\nHome | News\n\nCopper is our advantage\n\n18 September 2024\n\n"
           "Photo: Mines Minister Tomas Varga delivering his keynote address at the Copper Forum\n\n"
           "Distinguished guests,\n\nOur copper output reached 2.6 million tonnes this year.\n\n"
           "We plan to open 5 new mines by 2030.\n\nExport taxes will not rise this year.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_an_outlets_page_titled_with_a_closing_full_text_label_is_the_speech_under_a_reporters_byline():
    raw = ("Westland Times\nNews | Politics\n\nPresident Ana Ruiz's address to the nation: full text\n\n"
           "By Staff Reporter\n12 May 2025\n\nMy fellow citizens,\n\nTonight I want to tell you about our economy.\n\n"
           "Unemployment has fallen to 4.1 percent.\n\nWe will cut the fuel tax by 10 cents next month.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "4.1 percent").attribution.speaker == "Ana Ruiz"


MINES_SPEECH = ("Distinguished guests,\n\nOur copper output reached 2.6 million tonnes this year.\n\n"
                "We plan to open 5 new mines by 2030.\n\nI believe our miners are the best in the region.\n\n"
                "I thank you.\n")


def test_a_remarks_as_prepared_for_delivery_by_line_names_the_speaker_and_is_no_title():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nCopper is our advantage\n\n"
           "Remarks as prepared for delivery by Tomas Varga, Minister of Mines\n\n18 September 2024\n\n" + MINES_SPEECH)
    cleaned, _, facts = facts_of(raw)
    assert cleaned.title == "Copper is our advantage"
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_a_styled_name_with_post_nominals_after_a_comma_under_the_title_names_the_speaker():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nCopper is our advantage\n\n"
           "Hon. Tomas Varga, MP\n\n18 September 2024\n\n" + MINES_SPEECH)
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_a_speech_of_a_minister_of_one_portfolio_word_is_the_holders_not_a_person_named_for_it():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nSpeech of the Minister of Mines at the Copper Forum\n\n"
           "18 September 2024\n\n" + MINES_SPEECH + "\nMinister of Mines Tomas Varga\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_a_speech_kind_label_then_a_name_and_its_topic_names_the_speaker():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nKeynote: Tomas Varga on the future of copper\n\n"
           "18 September 2024\n\n" + MINES_SPEECH)
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_the_following_is_the_speech_of_a_titled_person_opens_that_persons_speech():
    raw = ("Ministry of Mines of Westland\nHome | News | Speeches\n\nCopper Forum opens in Port Avery\n\n"
           "18 September 2024\n\nThe following is the speech of Mines Minister Tomas Varga at the opening of the "
           "Copper Forum.\n\n" + MINES_SPEECH)
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Tomas Varga"


def test_a_shouted_remarks_by_heading_stops_the_name_at_its_capital_preposition():
    raw = ("Ministry of Mines\nHome | News\n\nREMARKS BY MINISTER ANA RUIZ AT THE COPPER FORUM\n\n18 September 2024\n\n"
           + MINES_SPEECH)
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Ana Ruiz"


def test_a_watch_caption_of_a_titled_person_speaking_at_an_event_names_the_speaker():
    raw = ("Ministry of Mines\nHome | News\n\nCopper is our advantage\n\n18 September 2024\n\n"
           "Watch: Minister Ana Ruiz speaks at the Copper Forum\n\n" + MINES_SPEECH)
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Ana Ruiz"


def test_a_closing_about_the_speaker_note_names_the_speaker():
    raw = ("Westland Mining Council\nHome | News\n\nCopper is our advantage\n\n18 September 2024\n\n" + MINES_SPEECH
           + "\nAbout the speaker\nAna Ruiz is the chair of the Westland Mining Council.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.6 million tonnes").attribution.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "credit, speaker, date",
    [
        ("Speech given by Minister of State for Local Government and Planning Ana Ruiz TD at the Planning "
         "Institute Annual Conference, Hotel Kilkenny, 6 March 2025", "Ana Ruiz", "2025-03-06"),
        ("Delivered by Hon. Ana Ruiz, EGH, Cabinet Secretary for Energy, to county energy officers at the "
         "Convention Centre, Nairobi, on 18 February 2025", "Ana Ruiz", "2025-02-18"),
    ],
)
def test_a_credit_line_under_the_title_names_the_speaker_and_dates_the_speech(credit, speaker, date):
    raw = f"""Ministry of Planning

Remarks on planning for the next million people

{credit}

Good morning, and thank you for the invitation.

Last year we completed 30,330 new homes, an increase of 7 per cent on 2023.

Our target remains an average of 50,500 new homes in each year to 2030.

I can announce today that we will fund 120 additional planning posts this year.
"""
    article, discourse, facts = facts_of(raw)
    assert article.published == date
    assert {f.attribution.speaker for f in facts} == {speaker}


def test_a_speech_heading_giving_the_role_before_the_holder_between_commas_names_the_holder():
    raw = """Department of Finance

Budget 2026: Building for the future

12 March 2025

Speech by Minister for Finance, Ana Ruiz TD, at the Chamber of Commerce Annual Dinner

Thank you for having me this evening.

The economy grew by 4.1 per cent last year, faster than any other economy in the region.

We will invest €2 billion in water infrastructure next year.
"""
    _, _, facts = facts_of(raw)
    assert {f.attribution.speaker for f in facts} == {"Ana Ruiz"}


def test_a_listed_companys_announcement_authorised_for_release_is_the_companys():
    raw = """Newsroom | Investors | Careers

Larkfield Minerals secures A$400 million loan for its copper project

14 April 2025

The Northern Infrastructure Facility has approved a A$400 million loan to Larkfield Minerals for its copper project.

The project will produce 45,000 tonnes of copper a year from 2027.

For further information:
Investor relations: Mark Hill, +61 7 3000 1111

This announcement was authorised for release by the Board of Larkfield Minerals Limited.
"""
    article, discourse, facts = facts_of(raw)
    assert article.source == "Larkfield Minerals"
    assert {f.attribution.speaker for f in facts} == {"Larkfield Minerals"}


@pytest.mark.parametrize(
    "credit, date",
    [
        ("By the Hon. Ana Ruiz MP, Minister for Transport", None),
        ("The following speech was given by the Secretary of State for Energy, Ana Ruiz, at the Grid Summit in "
         "London on 4 March 2025.", "2025-03-04"),
        ("Keynote speech given at the National Tourism Summit in Nadi on 12 May 2025 by the Minister for Tourism, "
         "Hon. Ana Ruiz.", "2025-05-12"),
    ],
)
def test_a_speech_credited_in_a_line_of_its_own_is_its_speakers(credit, date):
    raw = f"""Ministry of Transport

Keeping freight moving

{credit}

Good morning everyone, and thank you for having me.

Freight volumes rose 6 per cent last year, the fastest growth in a decade.

We will train 5,000 new truck drivers by 2027.

Thank you.
"""
    article, _, facts = facts_of(raw)
    assert article.published == date
    assert {f.attribution.speaker for f in facts if "6 per cent" in f.text or "5,000" in f.text} == {"Ana Ruiz"}


def test_a_credit_paragraph_naming_a_portfolio_minister_is_no_fact_and_names_the_holder():
    raw = """GOV.UK
Home > Business and industry

Speech
High streets that work for everyone

The following speech was given by the Minister for Small Business, Ana Ruiz, at the Retail Summit in Leeds on 8 April 2025.

There are 5.5 million small businesses in this country, and they employ more than 16 million people.

From October, large companies will have to pay small suppliers within 30 days.
"""
    article, _, facts = facts_of(raw)
    assert article.source == "GOV.UK"
    assert [f.attribution.speaker for f in facts] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_wire_release_about_a_company_under_others_is_the_companys():
    raw = """NEWS RELEASE

Westland and Farm Credit support Larkfield Pulse expansion

SASKATOON, Saskatchewan, April 9, 2025 (GLOBE NEWSWIRE) -- The Government of Westland and Farm Credit Canada are
providing $45 million to Larkfield Pulse Inc. for a new pea protein plant in Saskatoon, the company announced today.

The plant will process 120,000 tonnes of yellow peas every year from 2027.

For more information:
Jenna Clark, jclark@larkfieldpulse.ca

About Larkfield Pulse Inc.
Larkfield Pulse Inc. is a Saskatchewan-based processor of plant proteins.

SOURCE Larkfield Pulse Inc.
"""
    article, _, facts = facts_of(raw)
    assert article.source == "Larkfield Pulse"
    assert [f.attribution.speaker for f in facts] == ["Larkfield Pulse", "Larkfield Pulse"]


def test_an_outlets_full_speech_page_under_a_staff_byline_is_the_speakers():
    raw = """THE DAILY LEDGER
News | Politics | Business | Opinion

Full speech: Finance Minister sets out plan to cut borrowing

By Staff Reporter
March 5, 2025

Speech given by Finance Minister Rafael Ortega at the Chamber of Commerce, Santiago, 4 March 2025

Thank you all for coming.

Public debt reached 41 per cent of GDP last year, and I intend to bring it down.

We will cut the deficit to 1 per cent of GDP by 2027.
"""
    _, _, facts = facts_of(raw)
    assert {f.attribution.speaker for f in facts} == {"Rafael Ortega"}


def test_a_delivered_by_line_naming_a_two_part_portfolio_then_the_honourable_holder():
    raw = """Home > Newsroom > Speeches

Budget speech 2025/26

Delivered by the Minister of Finance and Economic Planning, the Honourable Ana Ruiz, to the National Assembly on 13 June 2025

Madam Speaker,

The economy grew by 5.3 percent in 2024, and I am confident it will grow faster this year.

We will raise the tax-free threshold to K200,000 from July.
"""
    article, _, facts = facts_of(raw)
    assert article.published == "2025-06-13"
    assert {f.attribution.speaker for f in facts} == {"Ana Ruiz"}


def test_a_delivered_by_line_may_say_where_before_by():
    raw = """PRESS RELEASE   No: 102/2026   Date: 9th March 2026

Budget 2026: Chief Minister's Address

Budget address delivered in Parliament by the Chief Minister, the Hon Ana M. Ruiz-Vella MP, on Monday 9th March 2026

Mr Speaker, recurrent revenue reached 812 million in the year to March.

We will recruit 40 teachers this year.
"""
    _, _, facts = facts_of(raw)
    assert {f.attribution.speaker for f in facts} == {"Ana M. Ruiz-Vella"}


# ------------------------------------------------------------------ central banks (committee convention)


def test_an_opening_statement_of_a_governor_is_his_speech():
    raw = ("Westland Reserve Bank\nHome | Monetary Policy | Media\n\n"
           "Opening Statement of Governor Tomas R. Vale Jr. at the Press Briefing on the Policy Decision\n\n"
           "12 March 2025\n\nGood afternoon.\n\nThe Policy Board decided today to cut the policy rate to 5.75 percent.\n\n"
           "We expect inflation to average 3.1 percent next year.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "average 3.1 percent").attribution.speaker == "Tomas R. Vale Jr."


def test_a_committee_named_in_full_only_in_the_heading_speaks_for_the_release():
    raw = ("Westland Reserve Bank\nHome | Media | Media Releases\n\n"
           "Statement by the Rate Setting Board: Monetary Policy Decision\n\n18 February 2025\n\n"
           "At its meeting today, the Board decided to lower the cash rate to 4.10 per cent.\n\n"
           "The Board remains cautious about further easing.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Rate Setting Board"
    assert fact_with(facts, "remains cautious").attribution.speaker == "Rate Setting Board"


def test_a_committee_called_only_by_its_short_name_when_it_decides_speaks_under_it():
    raw = ("Westland Reserve Bank\nHome | Monetary policy | Statements\n\nPress release\n\n"
           "Rate decision of 11 December 2024\n\n11 December 2024\n\n"
           "In its 80th meeting, the Wecom decided to raise the policy rate to 12.25 percent.\n\n"
           "Domestic activity has shown more strength than expected.\n\n"
           "The Committee unanimously decided to raise the rate by 1.00 percentage point.\n\n"
           "The Committee anticipates adjustments of the same size at its next two meetings.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Wecom"
    assert fact_with(facts, "more strength than expected").attribution.speaker == "Wecom"


def test_a_committee_the_page_never_names_leaves_the_release_to_the_bank():
    raw = ("Westland Reserve Bank\nHome | Media | Press releases\n\nPress release\n\nPolicy rate unchanged\n\n"
           "19 December 2024\n\nAt its meeting on 18 December, the Committee decided to keep the policy rate at 4.5 "
           "percent.\n\nThe Committee expects to reduce the rate in March.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Westland Reserve Bank"


def test_a_shouted_masthead_names_the_issuer_its_acronym_stands_for_in_mixed_case():
    raw = ("WESTLAND NATIONAL BANK\nHome | Monetary policy | Press\n\nMonetary Policy Report: Summary\n\n"
           "7 November 2024\n\nInflation returned close to the WNB's 2% target this year.\n\n"
           "Headline inflation was 2.6% in September.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "Headline inflation").attribution.speaker == "Westland National Bank"


def test_a_release_citing_a_forecast_by_its_singular_noun_is_still_the_issuers():
    raw = ("Westland National Bank\nHome | Monetary policy | Press\n\nMonetary Policy Report: Summary\n\n"
           "7 November 2024\n\nAccording to the new forecast, inflation will stay in the upper half of the band.\n\n"
           "Headline inflation was 2.6% in September.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "upper half of the band").attribution.speaker == "Westland National Bank"


def test_we_also_announced_in_a_governors_statement_is_his_own_words():
    raw = ("Westland Reserve Bank\nHome > Press > Speeches\n\nOpening Statement of Governor Tomas Vale\n\n"
           "29 January 2025\n\nToday we lowered our policy interest rate by 25 basis points to 3%.\n\n"
           "We also announced that we will end quantitative tightening in early March.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "end quantitative tightening").attribution.speaker == "Tomas Vale"


def test_a_committee_named_in_full_as_it_decides_and_once_more_as_the_committee_speaks():
    raw = ("BANK OF WESTLAND\nHome | Monetary Policy | News\n\nPress Release on the Rate Setting Committee's Decision\n\n"
           "16 October 2024\n\nThe Rate Setting Committee (RSC) voted 5 to 2 to cut the policy rate to 2.25 percent.\n\n"
           "Headline inflation is expected to return to the target range.\n\n"
           "The Committee will closely monitor economic developments.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Rate Setting Committee"


def test_participants_in_a_committees_minutes_are_the_committee():
    raw = ("Westland Reserve Board\nMonetary Policy | Supervision\n\nMinutes of the Westland Open Market Committee\n\n"
           "December 17-18, 2024\n\nParticipants agreed that inflation had eased from its peak.\n\n"
           "Members agreed that the risks to the Committee's goals were in balance.\n\n"
           "The Committee voted to keep the target range unchanged.\n")
    article, discourse, facts = facts_of(raw)
    assert article.published == "2024-12-18"
    assert article.title == "Minutes of the Westland Open Market Committee"
    assert fact_with(facts, "inflation had eased").attribution.speaker == "Westland Open Market Committee"


def test_a_committee_of_the_bank_deciding_in_the_lead_speaks_for_the_statement():
    raw = ("BANK OF WESTLAND\nHome | Monetary Stability | Press\n\nMonetary Policy Statement\n\n22 Jan 2025\n\n"
           "At its meeting today, the Rate Setting Committee (RSC) of the Bank of Westland decided to keep the policy "
           "rate at 3.00 percent.\n\nHeadline inflation is expected to remain manageable in 2025.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Rate Setting Committee"


def test_a_lead_naming_the_bank_shortly_keeps_the_full_name_of_the_page():
    raw = ("Reserve Bank of Westland\nHome > Media > Media Releases\n\nMedia Release\n\n"
           "Financial Stability Review – October 2024\n\nDate 10 October 2024\n\n"
           "The Reserve Bank today released its October 2024 Financial Stability Review.\n\n"
           "The financial system remains resilient.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Reserve Bank of Westland"


def test_a_general_governing_body_deciding_in_the_lead_leaves_the_release_to_the_bank():
    raw = ("Bank of Westland\nHome | Monetary Policy | Press\n\nPress release\n\nPolicy rate cut to 2.5 per cent\n\n"
           "19 December 2024\n\nThe Executive Board of the Bank of Westland decided to cut the policy rate to 2.5 "
           "per cent.\n\nInflation is now close to the target.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Bank of Westland"


def test_a_monetary_board_is_a_general_governing_body_but_a_monetary_committee_decides_in_its_name():
    raw = ("Central Bank of Westland\nHome | Monetary Policy | Press\n\nPress release\n\nPolicy rates cut\n\n"
           "19 December 2024\n\nThe Monetary Board of the Central Bank of Westland, at its meeting held yesterday, "
           "decided to reduce the policy rate by 25 basis points to 7.50 per cent.\n\nThe Board took this decision after "
           "assessing that inflation would stay low.\n\nInflation is projected to return to the target of 5 per "
           "cent.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "return to the target").attribution.speaker == "Central Bank of Westland"
    committee = raw.replace("Monetary Board", "Monetary Committee").replace("The Board", "The Committee")
    _, discourse, facts = facts_of(committee)
    assert fact_with(facts, "return to the target").attribution.speaker == "Monetary Committee"


def test_a_banks_own_committee_named_with_a_possessive_speaks_under_its_name():
    raw = ("Bank of Westlandia\nHome > News > Press releases\n\nMonetary policy decision\n\n5 February 2025\n\n"
           "The Bank of Westlandia's Monetary Policy Committee decided today to lower the key rate to 3.75 percent.\n\n"
           "The Committee expects inflation to reach the target in 2026.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Monetary Policy Committee"
    assert fact_with(facts, "reach the target").attribution.speaker == "Monetary Policy Committee"


def test_a_source_the_lead_defines_as_a_statistical_office_makes_the_page_its_release():
    raw = ("westat indicators\n154/2024 - 29 November 2024\n\nWestland area annual inflation up to 2.3%\n\n"
           "Annual inflation is expected to be 2.3% in November, according to a flash estimate from Westat, the "
           "statistical office of the Westland Union.\n\nServices are expected to have the highest annual rate.\n\n"
           "Issued by: Westat Press Office\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "highest annual rate").attribution.speaker == "Westat"


def test_a_role_only_speech_heading_takes_the_name_signing_its_last_line():
    raw = ("Banco de Westlandia\nHome > Press > Speeches\n\nSpeech by the Governor at the presentation of the "
           "Economic Bulletin\n\n11 December 2024\n\nThe Westlandian economy grew by 1.9% this year.\n\n"
           "We project growth of 2.2% in 2025.\n\nMaria Oliveira Santos\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Maria Oliveira Santos"
    assert fact_with(facts, "grew by 1.9%").attribution.speaker == "Maria Oliveira Santos"


def test_an_adjective_opening_the_text_is_no_body_speaking_for_a_role_only_statement():
    raw = ("Banco de Westlandia\nHome > Press > Speeches\n\nSpeech by the Governor at the presentation of the "
           "Economic Bulletin\n\n11 December 2024\n\nThe Westlandian economy grew by 1.9% this year.\n\n"
           "We project growth of 2.2% in 2025.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name != "Westlandian"


def test_a_banks_note_that_its_governor_received_a_mission_is_a_readout():
    raw = ("Banco Central de Westlandia\nHome > Press > Notes\n\nGovernor Julio Marin receives IMF mission\n\n"
           "12 November 2024\n\nGovernor Julio Marin received the International Monetary Fund mission at the Bank's "
           "headquarters.\n\nThey discussed the outlook for the economy and the inflation targeting framework.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "They discussed").attribution is None or \
        fact_with(facts, "They discussed").attribution.speaker is None


def test_a_short_name_heading_the_release_and_deciding_in_its_lead_speaks_for_it():
    raw = ("Banco Central de Westlandia\nHome > Monetary policy > Wecom\n\nWecom maintains the policy rate at 10.50%\n\n"
           "19/06/2024\n\nThe Wecom unanimously decided to maintain the policy rate at 10.50%.\n\n"
           "The Committee judges that the current scenario requires caution.\n")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "Wecom"
    cabinet = raw.replace("Wecom maintains", "Policy rate kept")  # a decider the heading does not name: the bank's
    assert read(cabinet)[1].default_speaker.name == "Banco Central de Westlandia"


def test_committee_or_acronym_members_in_the_committees_minutes_are_the_committee():
    raw = ("Bank of Westland\nHome > Monetary policy > Minutes\n\n"
           "Minutes of the Rate Setting Committee meeting ending on 6 November 2024\n\nPublished on 21 November 2024\n\n"
           "The Rate Setting Committee voted by a majority of 8-1 to reduce Bank Rate to 4.75%.\n\n"
           "Committee members agreed that inflation had fallen faster than expected.\n\n"
           "RSC members noted that services inflation remained elevated at 4.9%.\n\n"
           "The Committee will set policy to bring inflation back to the 2% target.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Rate Setting Committee"
    assert fact_with(facts, "fallen faster").attribution.speaker == "Rate Setting Committee"
    assert fact_with(facts, "remained elevated").attribution.speaker == "Rate Setting Committee"


def test_the_board_of_the_bank_named_in_its_release_speaks_for_the_bank():
    raw = ("Central Bank of Westland\nHome > Monetary policy > Meetings\n\nMonetary Policy Meeting, December 2024\n\n"
           "17 December 2024\n\nAt its meeting, the Board of the Central Bank of Westland decided to lower the policy "
           "rate by 25 basis points to 5.00%.\n\nThe Board estimates that the policy rate will continue to decline.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "continue to decline").attribution.speaker == "Central Bank of Westland"


def test_a_headline_opening_with_the_publishers_acronym_makes_its_own_page_a_release():
    raw = ("Westland Farmers' Association\nHome | News | Policy | Membership | Contact\n\n"
           "WFA says proposed cut to farm scheme would cost farmers 250 million\n\n5 March 2025\n\n"
           "The proposed cut would cost farm families 250 million over five years.\n\n"
           "More than 6,000 farmers joined the scheme last year.\n")
    article, discourse, facts = facts_of(raw)
    assert article.source == "Westland Farmers' Association"
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "6,000 farmers").attribution.speaker == "Westland Farmers' Association"


def test_a_two_word_named_kind_heading_is_the_title_only_without_a_headline_and_a_mixed_case_acronym_is_kept():
    raw = ("Banco Central de Westlandia\nHome > Monetary policy > Wecom\n\nWecom statement\n\n11/12/2024\n\n"
           "The Monetary Policy Committee (Wecom) of the Central Bank of Westlandia decided to raise the policy rate "
           "to 12.25%.\n\nThe Committee anticipates adjustments of the same size at its next two meetings.\n")
    article, discourse = read(raw)
    assert article.title == "Wecom statement"
    assert discourse.default_speaker.name == "Monetary Policy Committee"
    headed = raw.replace("Wecom statement\n\n", "Wecom statement\n\nWecom raises the policy rate to 12.25%\n\n")
    assert read(headed)[0].title == "Wecom raises the policy rate to 12.25%"


CALL_RECEIVED_READOUT = (
    "Home | Media | Press Statements\n\nPrime Minister receives telephone call from Prime Minister of Westlandia"
    "\n\n9 April 2025\n\nPrime Minister Aida Rahman received a telephone call from Prime Minister of Westlandia Tom "
    "Berg this afternoon.\n\nThe leaders agreed to start talks on a new trade arrangement.\n\n"
    "Content owned by the Prime Minister's Office of Eastlandia\n")
PARTIES_AGREE_READOUT = (
    "THE PRESIDENCY · REPUBLIC OF EASTLANDIA\nHome | News | Bilateral Relations\n\nNEWS · BILATERAL TALKS\n"
    "President and Westlandian Prime Minister agree to double rail freight\n"
    "14 March 2031 · 18:20  ·  Presidential Communications Service\n\nPresident Amara Odu welcomed Prime Minister "
    "of Westlandia Tom Berg to the State House on Tuesday for talks on trade.\n\nThe two leaders then chaired a "
    "session of the joint commission.\n\nThe President said rail freight between the two countries had doubled "
    "since 2028.\n\n© Presidential Press Service\n")


# a page headed by a call the principal received, or a release headed by two parties who agree: a readout, whose
# narration has no speaker
@pytest.mark.parametrize("raw, narrated", [
    (CALL_RECEIVED_READOUT, "agreed to start talks"),
    (PARTIES_AGREE_READOUT, "two leaders then chaired"),
])
def test_a_page_headed_by_a_call_or_an_agreement_of_two_parties_is_a_readout(raw, narrated):
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    fact = fact_with(facts, narrated)
    assert fact.attribution is None or fact.attribution.speaker is None


def test_a_statement_of_the_spokesperson_for_a_body_is_the_bodys():
    raw = ("Statement attributable to the Spokesperson for Westport Harbour Authority on the closure of the port\n\n"
           "Westport Harbour Authority (WHA) closed the port to shipping on Sunday after winds reached 90 kilometres "
           "per hour.\n\nTwo cargo vessels broke their moorings during the storm.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Westport Harbour Authority"
    assert discourse.default_speaker.speaker_type == "ORG"
    assert fact_with(facts, "Two cargo vessels").attribution.speaker == "Westport Harbour Authority"


SIGNED_PORTAL_RELEASE = """Republic of Ruritania
Official portal
Services | Ministries | News | Contact us

UPDATE ON THE CHOLERA OUTBREAK IN THE EASTERN DISTRICT

Eastport, 3 July 2024

Nine new cases of cholera have been confirmed in the Eastern district since the last update.

A vaccination campaign targeting 40,000 people will begin in Eastport on Monday.

Dr. Ana Kowalczyk
Permanent Secretary
Ministry of Water and Sanitation

Related news | Print | Share
© 2024 Government of Ruritania
"""


def test_the_body_that_signs_a_release_on_a_government_portal_issues_it():
    _, discourse, facts = facts_of(SIGNED_PORTAL_RELEASE)
    assert discourse.default_speaker.name == "Ministry of Water and Sanitation"
    assert fact_with(facts, "Nine new cases").attribution.speaker == "Ministry of Water and Sanitation"


def test_a_signature_block_does_not_replace_a_body_that_publishes_its_own_page():
    raw = SIGNED_PORTAL_RELEASE.replace("© 2024 Government of Ruritania", "© 2024 Ruritania Statistics Authority") \
        .replace("Republic of Ruritania\nOfficial portal", "Ruritania Statistics Authority")
    _, discourse, _ = facts_of(raw)
    assert discourse.default_speaker.name != "Ministry of Water and Sanitation"


def test_a_release_citing_evaluations_of_its_issuer_speaks_in_its_own_voice():
    raw = ("Nordland Weather Service\nHome | Weather | Climate | Press\n\nPress release\n\n"
           "Autumn 2024 in review\n\n"
           "Autumn was 1.2 degrees warmer than average, according to preliminary evaluations of the Nordland Weather "
           "Service.\n\nAround 190 millimetres of rain fell.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "1.2 degrees warmer").attribution.speaker == discourse.default_speaker.name


def test_a_quotation_alone_is_spoken_by_the_person_the_next_paragraph_opens_with():
    raw = ("Drought empties reservoirs in the highlands\n\n"
           "Forty-two reservoirs in the province had dried up by mid-March.\n\n"
           "\"I pump water for 12 hours a day and the trees are still dry.\"\n\n"
           "Ana Velasco, who grows coffee on two hectares near the city, said she had borrowed money for a well.\n\n"
           "The province exported 90,000 tonnes of coffee last year.\n\n"
           "\"We have lost 30 percent of the crop.\"\n\n"
           "Prices for robusta rose to a record in February.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "12 hours a day").attribution.speaker == "Ana Velasco"
    assert fact_with(facts, "lost 30 percent").attribution is None  # narration follows: no one is named


def test_a_release_named_only_by_its_shouted_masthead_is_issued_by_it():
    raw = ("NORTHLAND PRESS FREEDOM WATCH\nAbout | Our work | Reports | Press | Donate\n\nPRESS STATEMENT\n\n"
           "Release detained reporters now\n\n9 June 2025\n\n"
           "At least 14 journalists have been detained since the elections in March.\n\n"
           "The authorities have blocked three independent news websites.\n\n"
           "Media contact: press@npfw.example\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Northland Press Freedom Watch"
    assert fact_with(facts, "blocked three").attribution.speaker == "Northland Press Freedom Watch"


def _statement_page(site: str, title: str) -> str:
    return (f"{site}\nHome | About | News | Statements | Contact\n\n{title}\n\n12 May 2025\n\n"
            "The border crossing at Vel was closed for 14 hours on Sunday after shots were fired.\n\n"
            "Two soldiers were injured in the incident.\n\n"
            f"The Government will provide 2 million euros to repair the crossing.\n\n© 2025 {site}\n")


@pytest.mark.parametrize(
    "site, title, speaker",
    [
        ("Ruritania Green Party", "Statement from the Green Party on the border incident", "Ruritania Green Party"),
        ("Ministry of Health of Ruritania", "Joint statement of the Ministry of Health and the Red Cross on the clinic",
         "Ministry of Health of Ruritania"),
        ("Delegation of the European Union to Ruritania", "Statement by the European Union on the border incident",
         "European Union"),  # the delegation is a part of the Union, not the Union with a place
        ("Ministry of Foreign Affairs of Ruritania", "Statement of the Government of Ruritania on the border incident",
         "Government of Ruritania"),
    ],
)
def test_a_statement_headed_by_a_body_is_the_bodys_under_the_sites_full_name_when_only_a_place_qualifies_it(
        site, title, speaker):
    _, discourse, facts = facts_of(_statement_page(site, title))
    assert discourse.default_speaker.name == speaker
    assert fact_with(facts, "Two soldiers").attribution.speaker == speaker


def test_a_product_heading_on_a_weather_services_own_page_is_its_release():
    raw = ("Northhydromet\nMinistry of Ecology of Ruritania\nForecasts | Warnings | Climate | Press centre\n\n"
           "Storm warning: heavy snow and frost expected in the north\n\nPublished: 19.01.2025 10:45\n\n"
           "On 20-22 January, a cold front will bring heavy snow to the north of the country.\n\n"
           "Wind speeds of 15-20 m/s are expected in the northern regions.\n\n© 2025 RSE Northhydromet\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "Wind speeds").attribution.speaker == "Northhydromet"


SPOKESPERSON_SIGNED = """Welcome to the Commonwealth Secretariat
Home > Statements > Spokesperson's Statements

Statement attributable to the Spokesperson for the Secretary-General - on the floods in Westland
Mara Quist, Spokesperson for the Secretary-General
London, 4 March 2026

The Secretary-General is deeply saddened by the loss of life in Westland.

Floods have displaced more than 40,000 people in the three northern provinces since Sunday.

The Secretariat has released 1 million pounds from its emergency fund for immediate relief.
"""


def test_a_spokesperson_named_under_the_heading_is_the_statements_author():
    _, discourse = read(SPOKESPERSON_SIGNED)
    assert discourse.default_speaker.name == "Mara Quist"
    assert fact_with(facts_of(SPOKESPERSON_SIGNED)[2], "40,000 people").attribution.speaker == "Mara Quist"


def test_a_spokesperson_named_nowhere_under_the_heading_leaves_the_principal():
    raw = SPOKESPERSON_SIGNED.replace("Mara Quist, Spokesperson for the Secretary-General\n", "")
    _, discourse = read(raw)
    assert discourse.default_speaker is None or discourse.default_speaker.name != "Mara Quist"


PORTAL_SPEECH = """Government of Eastmarch
www.gov.example
Home | About | Government | Services | Newsroom
Home » Newsroom » Speeches
Minister Tendai Moyo: Regional Water Summit 2026
4 Mar 2026
Programme Director,
Ladies and gentlemen,
It is an honour to address this summit again.
Eastmarch has now gone more than 200 days without water rationing.
Dam levels rose to 78 per cent in February, up from 61 per cent a year earlier.
The government will not sell the national water utility.
I thank you.
Issued by: Department of Water and Sanitation
More on: Water and Sanitation
Share: Facebook Email
Related: Minister Moyo on dam safety | Deputy Minister on boreholes
"""


def test_a_speech_in_a_portals_speeches_section_is_its_headlines_ministers_and_footer_fields_leave_the_headline():
    document = process_document(PORTAL_SPEECH, None, FactExtractor(load_gazetteer(GAZETTEER)))
    assert document.article.title == "Minister Tendai Moyo: Regional Water Summit 2026"
    assert fact_with(document.facts, "200 days").attribution.speaker == "Tendai Moyo"
    assert fact_with(document.facts, "will not sell").attribution.speaker == "Tendai Moyo"


AGENCY_WIRE = """Wire | Europe
Storm toll rises to 14 as rivers keep rising
Published 02/05/2026 - 17:48

VALMORA, May 2, 2026 (EPA) - The death toll from three days of storms in Eastmarch has risen to 14, the interior ministry said Thursday.
A landslide near Port Ellis on Monday killed at least six people.
Opposition leaders have called for a national emergency to be declared.
"""


@pytest.mark.parametrize("agency", ["Agence Presse Européenne", "Europäische Presse-Agentur", "Agencia Prensa del Sur"])
def test_narrated_sentences_of_a_news_agencys_wire_have_no_speaker(agency):
    document = process_document(AGENCY_WIRE, {"source": agency}, FactExtractor(load_gazetteer(GAZETTEER)))
    assert document.discourse.kind == DocumentKind.NEWS
    assert fact_with(document.facts, "landslide near Port Ellis").attribution is None


def test_a_speech_by_a_role_is_the_styled_name_standing_under_its_heading():
    raw = ("MINISTRY OF RIVERS EXAMPLIA\n"
           "Speech by the Minister of Rivers at the Opening of the Eastbank Weir\n"
           "YB Dato' Sri Aziz Halim\n"
           "Date: 3/3/2025 | Venue: Eastbank\n\n"
           "1. The weir will protect 12,000 homes from the spring floods.\n\n"
           "2. The Government has allocated 90 million for its second phase.\n\n"
           "Thank you.\n")
    _, discourse = read(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Aziz Halim"


@pytest.mark.parametrize("line, name", [("YB Dato' Sri Aziz Halim", "Aziz Halim"), ("Shri Vikram Rao", "Vikram Rao"),
                                        ("The Rt Hon Jane Doe MP", "Jane Doe"), ("Sri Mulyani Wibowo", None)])
def test_styles_before_a_name_make_a_name_line_and_are_left_out(line, name):
    from service.pipeline.discourse.header import _styled_name_line
    assert _styled_name_line(line)[0] == name


@pytest.mark.parametrize("heading, meeting", [
    ("Examplia-Northland Foreign Ministers' Working Meeting", True), ("Examplia–Northland Summit", True),
    ("Monetary Policy Committee Meeting", False), ("Examplia-Northland Trade Figures", False),
    # the meeting noun may end the part before the heading's colon
    ("Examplia-Northland summit: leaders agree on a lithium partnership", True),
    ("Examplia-Northland trade: exports rise to a record", False)])
def test_a_heading_of_two_parties_joined_by_a_dash_and_ending_in_a_meeting_noun_is_a_meeting(heading, meeting):
    from service.pipeline.discourse.kind import _meeting_heading
    assert _meeting_heading(heading) is meeting


@pytest.mark.parametrize("heading, meeting", [
    ("PRIME MINISTER RUIZ AND PRIME MINISTER HOLT HOLD INAUGURAL EXAMPLIA–NORTHLAND LEADERS' SUMMIT IN PORT ELLIS", True),
    ("Examplia and Northland hold talks on fisheries", True),
    ("Examplia and Northland hold interest rates", False)])
def test_a_heading_where_two_parties_hold_a_summit_or_talks_is_a_meeting(heading, meeting):
    from service.pipeline.discourse.kind import _meeting_heading
    assert _meeting_heading(heading) is meeting


def test_an_interpreters_turn_renders_the_words_of_the_person_announced_or_asked_before_it():
    raw = """Government of Eastmarch
Home > Newsroom > Transcripts

Transcript: Wildfire media availability, fire ZF027

Published: August 14, 2026

Participants: Hon. Dana Harland, Minister of Environment; Chief Rosalie Wedawin, Lakeside Community Government.

MODERATOR (LENAGHAN): Good afternoon, everyone. Chief Wedawin will now speak in her language.

INTERPRETER (Dene–English): She says 31 elders were flown out first. The school will stay closed until the order is lifted.

Q (Cabin Radio): Minister, how many people have left?

MINISTER HARLAND: Since last night, 486 residents have left the community.

Q (CKLB Radio): Chief, will the community help families who drove out?

INTERPRETER (Dene–English): She says the community government has set aside $25,000 for fuel.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "31 elders").attribution.speaker == "Rosalie Wedawin"
    assert fact_with(facts, "$25,000").attribution.speaker == "Rosalie Wedawin"
    assert fact_with(facts, "486 residents").attribution.speaker == "Dana Harland"


def test_a_readouts_joint_communique_is_the_publishers_and_its_related_news_no_fact():
    raw = """Ministerio de Relaciones Exteriores de Eastmarch
Nota de prensa

Foreign Minister Ruiz and Westland Foreign Minister Holt discuss border cooperation in telephone call

On 17 March, Foreign Minister Ana Ruiz Vega held a telephone conversation with the Foreign Minister of Westland, Jan Holt.
The two ministers reviewed trade, which reached US$ 4.8 billion in 2025.

Joint press communiqué

Following the call, the two foreign ministries agreed on the following joint press communiqué:

Both sides will set up a joint fund of US$ 12 million for forest-fire brigades.

Noticias relacionadas:
Canciller se reúne con embajadores | Eastmarch y Westland revisan agenda binacional
Gobierno de Eastmarch © 2026 | Términos y condiciones de uso | Política de privacidad
"""
    article, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "US$ 4.8 billion").attribution is None
    assert fact_with(facts, "joint fund").attribution.speaker == "Ministerio de Relaciones Exteriores de Eastmarch"
    assert not any("revisan" in f.text for f in facts)
    assert article.source == "Ministerio de Relaciones Exteriores de Eastmarch"


def test_a_labels_role_initials_are_the_speaker_labelled_with_that_role_before():
    raw = """Ministry of Health
Transcript: Virtual Press Conference on Dengue

MODERATOR (Ms. Shanice Baptiste, Communications Unit): Good morning, and welcome to this press conference.

CHIEF MEDICAL OFFICER (Dr. Alicia Ramcharan-Joseph): Thank you. The Ministry has recorded 1,846 dengue cases this year.

PRINCIPAL MEDICAL OFFICER (Dr. Kendell Mohammed): Thank you, CMO. We have inspected 23,500 premises since the floods.

REPORTER 1 (Kerwyn Ali, Example Express): CMO, are the hospitals running out of beds?

CMO: We are not running out of beds. Bed occupancy at the General Hospital was 91 per cent yesterday.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "91 per cent").attribution.speaker == "Alicia Ramcharan-Joseph"
    assert fact_with(facts, "23,500 premises").attribution.speaker == "Kendell Mohammed"


def test_a_joint_statement_of_a_kind_of_body_is_the_publishers():
    raw = """ICVA - International Council of Voluntary Agencies
About ICVA | Our Work | Members | Resources

Joint NGO Statement - Agenda item 2(a): Regional update on Africa

Date: 04/03/2026

Chair, distinguished delegates,

Since January 2025, fighting has driven more than 140,000 refugees into Burundi, Rwanda and Uganda.

We call on donors to provide multi-year funding to the 46 national organisations that respond first.

© 2026 ICVA. All rights reserved.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "140,000 refugees").attribution.speaker == "International Council of Voluntary Agencies"


def test_an_ambassadors_abbreviated_style_is_no_part_of_a_statements_authors_name():
    raw = """East African Community
Home | Media Centre | Press Releases

Statement by the EAC Secretary General, Amb. Esther Wairimu Kato, on congestion at the Malaba border post

As of this morning, about 2,600 trucks were queued on the road to the border post.

I therefore call upon the Partner States to suspend physical checks for 30 days.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2,600 trucks").attribution.speaker == "Esther Wairimu Kato"


def test_a_numbered_press_release_over_a_press_conference_excerpt_is_the_banks_before_the_turns():
    raw = """National Bank of Eastmarch
About the Bank | Monetary Policy | Statistics | Press Center
Official exchange rates on 24.11.2025:  USD 87.4500  |  EUR 100.8700  |  RUB 1.0912
Home > Press Center > Press releases

Press release No. 61
24.11.2025

On the policy rate of the National Bank of Eastmarch

On November 24, 2025, the Board of the National Bank of Eastmarch decided to raise the policy rate to 9.75 percent.

The decision was taken by a majority vote: five members of the Board voted for the increase.

From the press conference

Question (Example News): Will the rate rise again?

A. Kadyralieva: We do not rule out a further increase of 25 basis points in February.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "9.75 percent").attribution.speaker == "National Bank of Eastmarch"
    assert fact_with(facts, "majority vote").attribution.speaker == "National Bank of Eastmarch"


def test_an_excerpt_of_a_joint_press_statement_under_a_readout_is_the_publishers():
    raw = """Ministry of Foreign Affairs of Eastmarch
Home | Foreign Policy | Press Releases

Eastmarch-Westland Foreign Ministers' Meeting

1. On 12 May, Minister Ruiz held a meeting with Minister Holt of Westland for about 60 minutes.

2. Following the meeting, the two ministers issued a Joint Press Statement. Excerpt:
"The two sides decided to raise the number of direct flights to 14 a week by 2027."
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "14 a week").attribution.speaker == "Ministry of Foreign Affairs of Eastmarch"
    assert fact_with(facts, "60 minutes").attribution is None


def test_a_lead_where_the_cabinet_met_makes_a_readout():
    raw = """OFFICE OF THE PRIME MINISTER
Home | Prime Minister | Cabinet | Media Releases | Contact

NEC approves highway repairs, police recruitment and measles campaign

Posted on 6 August 2026 by PM Media Unit

MEDIA STATEMENT
FOR IMMEDIATE RELEASE

The National Executive Council met in Port Moresby on Wednesday under the chairmanship of the Prime Minister.

The Council approved K120 million for repairs to 85 kilometres of the highway.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "K120 million").attribution is None


def test_a_speech_delivered_by_a_mayor_named_in_the_sites_language_is_hers():
    raw = """Ville d'Eastmarch
Accueil > Vie politique > Conseil communal > Discours

Budget 2027: speech by the Mayor to the municipal council
Mis en ligne le 16/12/2026 | Service Communication

Discours prononcé par la bourgmestre, Hélène Dardenne, lors du conseil communal du 15 décembre 2026.

The 2027 budget balances at 312 million euros, with investment of 64 million euros.

I propose to keep the property tax surcharge at 2,850 centimes.
"""
    article, _, facts = facts_of(raw)
    assert fact_with(facts, "312 million").attribution.speaker == "Hélène Dardenne"
    assert article.published == "2026-12-16"


def test_a_labelled_delegate_and_her_later_label_in_the_sites_language_are_one_person():
    raw = """Delegación Presidencial Regional
Press conference transcript

MODERATOR (Tomás Herrera): Good afternoon. The Delegate will give an update.

DELEGATE (Paulina Arriagada): About 4,200 people were evacuated from the valley overnight.

Q (Javiera Muñoz, Radio Example): Delegate, will the evacuation be extended?

DELEGADA ARRIAGADA: Not for now; the reservoir level fell by 30 centimetres since midnight.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "4,200 people").attribution.speaker == "Paulina Arriagada"
    assert fact_with(facts, "30 centimetres").attribution.speaker == "Paulina Arriagada"


def test_a_heading_where_an_office_visits_a_place_makes_a_readout():
    from service.pipeline.discourse.kind import _meeting_heading
    assert _meeting_heading("Minister for Housing visits Avannaata Kommunia")
    assert not _meeting_heading("Visitor numbers rise in Avannaata")


def test_office_labels_in_the_sites_language_name_their_styled_holders():
    raw = """Dewan Bandaraya Eastport
TRANSCRIPT: JOINT PRESS CONFERENCE ON THE WATER SUPPLY DISRUPTION

MODERATOR (Nurul Ain Jaafar, Corporate Communications): Good morning, everyone.

DATUK BANDAR (Datuk Rosalind Tugau): Since Tuesday, about 148,000 consumer accounts have had no water.

PENGARAH JANS (Ir. Benedict Lamsin): A trunk main with a diameter of 1,350 millimetres burst at 4.20 a.m.

Q (Marcus Liew, Daily Express): Will consumers be compensated?

IR. LAMSIN: Consumers will receive a rebate of RM15 on their April bill.

Q (Joanne Chin, Example Times): What is being done about the queues?

DATUK BANDAR: Average waiting time at the static tanks was down to 25 minutes this morning.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "148,000").attribution.speaker == "Rosalind Tugau"
    assert fact_with(facts, "1,350 millimetres").attribution.speaker == "Benedict Lamsin"
    assert fact_with(facts, "RM15").attribution.speaker == "Benedict Lamsin"
    assert fact_with(facts, "25 minutes").attribution.speaker == "Rosalind Tugau"


def test_an_office_holders_post_nominal_letters_are_no_part_of_the_name():
    raw = """Department of Transport
Press conference transcript

MINISTER FOR TRANSPORT (Colm Rafferty TD): Good morning. The rural bus network will add 40 routes this year.

Q (Orla Keaveney, Example Independent): Minister, how much will it cost?

MINISTER FOR TRANSPORT: It will cost 28 million euro in the first year.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "40 routes").attribution.speaker == "Colm Rafferty"


def test_a_statement_heading_above_its_sessions_heading_names_the_author():
    raw = """MISSION PERMANENTE DE L'EASTMARCH À GENÈVE
Auprès de l'Office des Nations Unies et de l'OMC
Accueil | La Mission | Déclarations | OMC | Contact
FR | EN
Vous êtes ici : Accueil > Déclarations > OMC
Publié le mardi 24 février 2026
Dernière mise à jour : 24 février 2026
Partager : Facebook | X | Courriel

Statement by Ambassador Hamidou Bationo on behalf of the Group of Landlocked Developing Countries
WTO Committee on Trade Facilitation — Agenda item 4: Transit and the Experience of Landlocked Members
Geneva, 24 February 2026

Mr. Chairperson,

The Group brings together 32 economies with a combined population of about 570 million people.

© 2026 Mission permanente de l'Eastmarch à Genève — Mentions légales | Plan du site
"""
    article, _, facts = facts_of(raw)
    assert fact_with(facts, "32 economies").attribution.speaker == "Hamidou Bationo"
    assert article.source == "Mission permanente de l'Eastmarch à Genève"


def test_a_call_transcripts_dashed_name_lines_keep_hyphenated_surnames():
    raw = """Examplia Ports Q3 Earnings Call Transcript

Operator

Good day, and welcome to the Examplia Ports third quarter earnings call. Please go ahead.

Ana Ruiz-Vega -- Chief Executive Officer

Thank you. Throughput across our terminals rose 11.4% to 612,000 containers.

Celeste Bautista-Yap -- Chief Financial Officer

Thank you, Ana. Revenue for the quarter was 6.84 billion, up 14.2% from a year earlier.

Operator

Our next question comes from Mark Uy with Maybank Securities.

Mark Uy -- Maybank Securities -- Analyst

How much did fuel costs fall in the quarter?

Celeste Bautista-Yap -- Chief Financial Officer

Fuel and power costs fell 4% because we switched two terminals to shore power.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "Revenue for the quarter").attribution.speaker == "Celeste Bautista-Yap"
    assert fact_with(facts, "Fuel and power costs").attribution.speaker == "Celeste Bautista-Yap"
    assert fact_with(facts, "612,000 containers").attribution.speaker == "Ana Ruiz-Vega"


def test_a_call_between_two_leaders_is_a_readout_though_a_related_link_opens_like_a_statement():
    raw = ("Palace of Examplia\nPress release\n"
           "Telephone call between the President of Examplia and the Prime Minister of Northland\n\n"
           "The President spoke this afternoon by telephone with the Prime Minister of Northland.\n\n"
           "The two leaders discussed the grain corridor and agreed to meet in Eastport in the spring.\n\n"
           "See also\nInterview of the President with Northland Radio\n"
           "Palace of Examplia — Presidency of the Republic of Examplia\n")
    article, discourse = read(raw)
    assert article.source == "Presidency of the Republic of Examplia"
    assert discourse.kind == DocumentKind.READOUT


def test_a_press_statement_in_the_third_person_signed_in_capitals_under_its_text_is_the_signatorys():
    raw = ("REPUBLIC OF EXAMPLIA\nMINISTRY OF WATER\n\nPRESS STATEMENT\n\nUPDATE ON THE EASTWATER DROUGHT\n\n"
           "The Ministry of Water wishes to update the public on the drought in the east.\n\n"
           "Reservoir levels have fallen to 31 per cent of capacity in the eastern counties.\n\n"
           "DR. AMINA KARANJA, EGH\nCABINET SECRETARY FOR WATER\n\nwww.water.go.ex\n")
    _, discourse = read(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert discourse.default_speaker.name == "Amina Karanja"


def test_a_label_whose_function_after_the_name_takes_commas_of_its_own_names_the_speaker():
    raw = """Government of Eastmarch

Press briefing by the Government Spokesperson after the Cabinet meeting

TOMAS VARGA, Minister of State in charge of Relations with the Senate, Government Spokesperson: Good morning.
The Cabinet approved three bills this morning, including one on rural roads.

QUESTION (Eastmarch Daily): Will the fuel tax rise?

TOMAS VARGA: The fuel tax will stay at its current level until June.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "approved three bills").attribution.speaker == "Tomas Varga"
    assert fact_with(facts, "stay at its current level").attribution.speaker == "Tomas Varga"


def test_a_lower_case_function_after_a_name_labels_a_host_who_reads_questions_and_says_no_facts():
    raw = """Online briefing on the flood response

[00:00:10] Mara Ilic, press officer: Good morning, and welcome to today's online briefing. Questions sent in the chat will be read at the end.
[00:01:02] Minister Ivo Bartok: Since Monday, 312 homes have been evacuated in nine villages.
[00:03:40] Mara Ilic: A question from Radio Dunav: how many shelters are open?
[00:03:55] Minister Ivo Bartok: Fourteen shelters are open across the district.
[00:05:10] Mara Ilic: Thank you, this concludes today's briefing.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "312 homes").attribution.speaker == "Ivo Bartok"
    assert not any("chat" in f.text or "concludes" in f.text for f in facts), [f.text for f in facts]


SPEECH_OF_PAGE = """Ministry of Energy and Mines
Media Centre > Speeches
Speech of H.E. the Minister of Energy and Mines, Eng. Samir Khoury, at the opening of the Regional Grid Forum

Distinguished guests, ladies and gentlemen,
Our country imports more than 90 per cent of its energy.
We have connected 1,200 megawatts of solar capacity to the grid since 2019.
Losses in our networks fell from 14 per cent to 11 per cent last year.
"""


@pytest.mark.parametrize("sidecar", [None, {"title": "Speech of the Minister of Energy and Mines at the Grid Forum"}])
def test_a_speech_of_a_role_names_the_holder_given_after_it_even_under_a_feed_title_without_the_name(sidecar):
    _, discourse, facts = facts_of(SPEECH_OF_PAGE, sidecar)
    assert fact_with(facts, "1,200 megawatts").attribution.speaker == "Samir Khoury"


def test_the_person_who_delivers_a_states_statement_speaks_it_and_a_venue_is_no_appositive_name():
    raw = """Ministry of Foreign Affairs
Home / Permanent Mission to the OSCE / Statements
Statement by the Republic of Eastmarch at the 1512th meeting of the Permanent Council, Vienna
Delivered by Ambassador Lena Vukic, Permanent Representative

Mr. Chairperson,
Eastmarch has pledged EUR 3 million to humanitarian demining this year.
I kindly ask that this statement be attached to the journal of today's meeting.
Thank you, Mr. Chairperson.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "EUR 3 million").attribution.speaker == "Lena Vukic"
    assert not any("journal" in f.text for f in facts)


def test_a_two_word_state_the_statement_is_by_is_no_person_and_its_delegate_speaks_it():
    raw = """Misión Permanente de Sierra Norte ante las Naciones Unidas
Inicio | Declaraciones | Prensa

Statement by Sierra Norte – Interactive Dialogue with the Special Rapporteur on migrants
Delivered by Ambassador Lena Vukic Ruiz, Permanent Representative

Mr. President,
Sierra Norte thanks the Special Rapporteur for his report.
Sierra Norte hosts over 270,000 people in need of international protection.
Our country has spent some US$ 6.4 million on shelter since 2024.
Thank you, Mr. President.

© 2026 Ministerio de Relaciones Exteriores de Sierra Norte · Aviso legal · Mapa del sitio
"""
    article, _, facts = facts_of(raw)
    assert fact_with(facts, "270,000 people").attribution.speaker == "Lena Vukic Ruiz"
    assert fact_with(facts, "US$ 6.4 million").attribution.speaker == "Lena Vukic Ruiz"
    assert article.source == "Ministerio de Relaciones Exteriores de Sierra Norte"  # no footer links


def test_a_shouted_republic_the_statement_is_by_is_no_person_and_its_delegate_speaks_it():
    raw = """PERMANENT MISSION OF THE REPUBLIC OF EASTMARCH TO THE UNITED NATIONS
Home   Statements   Contact

Eastmarch's statement on assistance in mine action, Fourth Committee

STATEMENT BY THE REPUBLIC OF EASTMARCH
FOURTH COMMITTEE
Delivered by Mr. Tomas K. Varga, First Secretary
Please check against delivery

Madam Chair,
Eastmarch has released 41 square kilometres of contaminated land since 2019.
Some 6.2 square kilometres remain in the northern provinces.
Thank you, Madam Chair.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "41 square kilometres").attribution.speaker == "Tomas K. Varga"
    assert discourse.default_speaker.speaker_type == "PERSON"


@pytest.mark.parametrize("sidecar", [None, {"kind": "statement", "publisher": "Permanent Mission of Eastmarch",
                                             "title": "Eastmarch asks the Council for a fair share of orbit slots"}])
def test_a_delegate_named_after_a_separator_beside_the_state_speaks_its_statement_not_the_metadata_author(sidecar):
    raw = """MISAUN PERMANENTE EASTMARCH
Uma | Deklarasaun | Kontaktu

Eastmarch asks the Council for a fair share of orbit slots
Publika iha loron 3 liubá  ·  Seksaun Komunikasaun  ·  Lee: minutu 4

COUNCIL 2031 · GENEVA
Statement of the Democratic Republic of Eastmarch · H.E. Mr. Tomas K. Varga, Vice-Minister of Transport and Communications
As delivered

Thank you, Chair, for giving the floor to Eastmarch.

My delegation supports the statement made by the delegate of Westmarch on behalf of the small States.

In 2029 we submitted our first filing for a satellite network. Coordination with 12 administrations has taken 17
months so far, and two of them have not yet replied to our requests.

Our two mobile operators cover 91 percent of the population, but the islands still depend on one satellite link.

I thank you, Chair.
"""
    _, discourse, facts = facts_of(raw, sidecar)
    assert fact_with(facts, "12 administrations").attribution.speaker == "Tomas K. Varga"
    assert discourse.default_speaker.speaker_type == "PERSON"


def test_a_statement_by_a_person_keeps_its_author_over_who_delivers_it():
    raw = """Ministry of Foreign Affairs
Statements

Statement by Ana Ruiz Vega on the human rights of migrants
Delivered by Ambassador Lena Vukic, Permanent Representative

Eastmarch hosts over 270,000 people in need of international protection.
We have spent EUR 6 million on shelter since 2024.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "270,000 people").attribution.speaker == "Ana Ruiz Vega"


def test_a_heading_where_two_ministers_hold_talks_makes_a_ministrys_page_a_readout():
    raw = """Ministry of Foreign Affairs of Eastmarch
Home | Ministry | News | Consular Services
Eastmarch, Westland Foreign Ministers hold talks in Port Ellis
08 Nov 2025

On 7 November 2025, Foreign Minister Ana Ruiz held talks in Port Ellis with Westland's Foreign Minister Jan Holt.
The two sides reviewed cooperation in trade and energy.
Both ministers agreed to meet again in the spring.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "reviewed cooperation").attribution is None


def test_a_ministrys_statement_under_its_states_formal_name_speaks_by_that_name_and_the_operator_is_unnamed():
    raw = """Ministry of Foreign Affairs of the Republic of Eastmarch
Home / News / Press releases
Statement by the Ministry of Foreign Affairs on the damage to an undersea cable
26.01.2025. 15:10

The Ministry of Foreign Affairs is closely following the investigation into the damage detected on 26 January.
According to the operator, data traffic on the link was rerouted within hours.
A vessel that was near the cable at the time has been detained for inspection.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "vessel").attribution.speaker == "Ministry of Foreign Affairs of the Republic of Eastmarch"
    assert fact_with(facts, "rerouted").attribution.anonymous


def test_a_heading_giving_the_publishers_acronym_and_a_statement_makes_its_statement_spoken_without_the_article():
    raw = """THE COASTAL DOCKERS' UNION
Home  About Us  News  Contact
CDU Statement on the Port Wage Talks
Posted by CDU Communications | March 12, 2025 | Press Statements

The Union's proposal calls for an increase of 12 per cent over 3 years for all dock workers.
The Union represents more than 4,000 workers in the three ports.
Like this: Loading...
© 2025 The Coastal Dockers' Union. All Rights Reserved.
"""
    article, discourse, facts = facts_of(raw)
    assert fact_with(facts, "4,000 workers").attribution.speaker == "Coastal Dockers' Union"
    assert "Loading" not in article.text


def test_a_spokesperson_titled_by_the_government_speaks_by_name_and_plural_agents_are_unnamed():
    raw = """Government of Eastmarch
Press Centre > Statements
Statement by Government Spokesperson Lena Vukic on the wildfire situation
Wednesday, 17 July 2024 | 16:40

The Government today declared a state of crisis for 30 days because of the wildfires.
Meteorologists expect temperatures to reach 41 degrees Celsius over the weekend.
I will inform the public again at 20:00.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "state of crisis").attribution.speaker == "Lena Vukic"
    assert fact_with(facts, "Meteorologists").attribution.anonymous
    assert not any("inform the public" in f.text for f in facts)


TEXT_OF_SPEECH = """Press Office
Government of Vallenia
Ministry of Rivers, Canals and Harbours

Text of the speech of Minister of State for Rivers, Canals and Harbours Shri Arun Dev Kapoor at the Harbour Summit 2026

Posted On: 04 MAR 2026 by Press Office

Distinguished guests, ladies and gentlemen,

Our harbours handled 410 million tonnes of cargo last year.

We aim to double that figure by 2040.
"""


def test_a_heading_giving_the_text_of_a_speech_names_the_holder_after_a_listed_portfolio():
    article, discourse, facts = facts_of(TEXT_OF_SPEECH)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "410 million tonnes").attribution.speaker == "Arun Dev Kapoor"


PARTICLE_NAME_BRIEFING = """Ministry of Foreign Affairs

Weekly Press Briefing - 4 March 2026

Transcript of the weekly briefing held by the Official Spokesperson, Dr. Salim bin Rashid Al-Harbi.

Dr. Al-Harbi: The two delegations have met 9 times since January.

Q (Daily News): Is there a date for the next round?

Dr. Al-Harbi: The next round will take place in Muscat later this month.
"""


def test_a_turn_label_resolves_to_a_full_name_with_a_particle():
    article, discourse, facts = facts_of(PARTICLE_NAME_BRIEFING)
    assert fact_with(facts, "met 9 times").attribution.speaker == "Salim bin Rashid Al-Harbi"


ROLE_HEADED_ADDRESS_WITH_BYLINE = """City Hall of Vallena
Home > Press room > Speeches

The reservoirs are full again

By Lucía Arregui, Mayor of Vallena

Text of the address delivered by the Mayor at the Norte water plant.

Today the reservoirs that serve our city stand at 91 percent.

We will invest 300 million in new pipes this year.
"""


def test_a_role_only_heading_takes_its_holder_from_the_byline():
    article, discourse, facts = facts_of(ROLE_HEADED_ADDRESS_WITH_BYLINE)
    assert fact_with(facts, "91 percent").attribution.speaker == "Lucía Arregui"


def test_a_body_named_in_its_own_language_with_a_particle_is_no_persons_name():
    from service.pipeline.discourse.people import _person_name

    assert _person_name("Dr. Salim bin Rashid Al-Harbi") == "Salim bin Rashid Al-Harbi"
    assert _person_name("Misión Permanente de Vallenia") is None


ROLE_HEADED_SPEECH_WITH_KICKER = """Ministry of Economy
Home | News | Speeches | Contact

Minister Carla Weiss: "Our economy is stronger than a year ago"

Speech of the Federal Minister of Economy at the Industry Day in Linz, 3 March 2026

Ladies and gentlemen,

Industrial output grew by 2.1 percent last year.

Exports reached 190 billion euros, and the number of people in work rose to a record 4.4 million.

We will cut energy levies for small firms by half next year.
"""


def test_a_role_only_speech_heading_takes_the_holder_the_kicker_names_by_the_titles_head_word():
    article, discourse, facts = facts_of(ROLE_HEADED_SPEECH_WITH_KICKER)
    assert fact_with(facts, "2.1 percent").attribution.speaker == "Carla Weiss"


COURTESY_CALL_READOUT = """Skip to content
Regional Forum Secretariat
Home > News

Director-General receives courtesy call from Ambassador of Norway

Director-General of the Forum, Dr. Ana Lind, received a courtesy call from H.E. Per Aasen, Ambassador of Norway to the Forum, at the Secretariat.
They discussed cooperation on ocean governance for 2025 to 2027.
Ambassador Aasen informed that Norway has funded 9 regional projects since 2019.
They agreed to hold a joint seminar on fisheries data in 2025.
"""


def test_a_courtesy_call_is_a_readout_whose_events_nobody_states_and_a_style_is_no_part_of_a_name():
    article, discourse, facts = facts_of(COURTESY_CALL_READOUT)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "They discussed").attribution is None
    assert fact_with(facts, "9 regional projects").attribution.speaker == "Per Aasen"


SURNAME_FIRST_BRIEFING = """Cabinet Office
Home > Press Conferences > March 2026

Press Conference by the Chief Cabinet Secretary

Wednesday, March 4, 2026 (AM)

Video not playing? Open the player in a new window.

Opening Statement by Chief Cabinet Secretary Mori Takeshi

CHIEF CABINET SECRETARY MORI: The Cabinet today approved a relief package of 4.2 trillion yen for households.

REPORTER: When will the payments begin?

CHIEF CABINET SECRETARY MORI: Payments will begin in April.
"""


def test_a_label_giving_a_title_and_a_surname_takes_the_full_name_written_surname_first():
    article, discourse, facts = facts_of(SURNAME_FIRST_BRIEFING)
    assert fact_with(facts, "4.2 trillion yen").attribution.speaker == "Mori Takeshi"


SPOKESPERSON_FIELD_ANSWERS = """Ministry of Foreign Affairs
Home > Press room > Press briefings

Press briefing - Statements by the Spokesperson (04.03.2026)

Published on 04/03/2026
Spokesperson: Hélène Marchal
Print | Send by email

1 - Sudan

France has earmarked an additional 12 million euros for refugees in eastern Chad.

Q - How many nationals remain in the country?

R - About 300 nationals remain, and 40 of them have asked to leave.

Q - Will the minister travel to the region?

R - The minister will travel to N'Djamena next week.
"""


def test_the_spokesperson_a_header_field_names_answers_a_page_of_questions():
    article, discourse, facts = facts_of(SPOKESPERSON_FIELD_ANSWERS)
    assert fact_with(facts, "12 million euros").attribution.speaker == "Hélène Marchal"


OWNED_TITLES_KEYNOTE = """NORTHERN COPPER
ES | EN
Newsroom > Speeches

Keynote address by Norcobre's President and Chief Executive Officer, Lucía Baeza, at Copper Week 2026

Santiago, 8 April 2026

Last year our production came to 1.1 million tonnes of copper.

We expect to produce 1.2 million tonnes this year.
"""


def test_a_keynote_heading_with_the_bodys_possessive_and_two_joined_titles_names_the_holder():
    article, discourse, facts = facts_of(OWNED_TITLES_KEYNOTE)
    assert fact_with(facts, "1.1 million tonnes").attribution.speaker == "Lucía Baeza"


CITY_NEWS_FLASH = """Skip to Main Content
Government | Departments | Residents | Business
Home › News Flash
News Flash
Print | Share & Bookmark (press Enter for options, Tab to move on)
Water Main Repairs Close Lake Avenue
Posted on: March 3, 2026
The City of Vallena has closed Lake Avenue between 3rd and 6th Street for water main repairs.
Crews expect to reopen the street within 5 days, and 14 homes will be without water for up to 8 hours.
Other News in City News
© 2026 City of Vallena
"""


def test_a_citys_news_item_that_opens_with_the_city_as_subject_is_its_own_release():
    article, discourse, facts = facts_of(CITY_NEWS_FLASH)
    assert article.title == "Water Main Repairs Close Lake Avenue"  # the share widget with its key hint is chrome
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "14 homes").attribution.speaker == "City of Vallena"


BRACKETED_ROLES = """Press conference by the Spokesperson and the Deputy Secretary General

Lena Dahl [Alliance Spokesperson]: Good afternoon. The Secretary General is travelling today.

Marek Novak [Alliance Deputy Secretary General]: Thank you, Lena. The exercise starts today with 60 aircraft.

Q (Ana Ruiz, Example Wire): Was anyone told in advance?

DEPUTY SECRETARY GENERAL: We informed our neighbours a week ago.

ALLIANCE SPOKESPERSON: The next exercise will be hosted by Norway.
"""


def test_square_bracketed_roles_label_turns_and_a_bodys_title_finds_its_holder():
    _, discourse = read(BRACKETED_ROLES)
    speakers = [(turn.speaker.name if turn.speaker else None) for turn in discourse.turns]
    assert speakers == ["Lena Dahl", "Marek Novak", None, "Marek Novak", "Lena Dahl"]
    assert discourse.turns[0].speaker.role == "Alliance Spokesperson"


SIGNED_BY_OFFICE = """Office of the Harbour Ombudsman
Home / Media / Statements
Statement by the Harbour Ombudsman on delays in mooring permits
Posted on 14/03/2025

I have today published my final opinion on how the Port Authority handles mooring permits.

The Authority took on average 19 months to decide a complete application in 2024.

Judge Emeritus Marta Kowalczyk
Harbour Ombudsman

© 2025 Office of the Harbour Ombudsman
"""


def test_a_statement_headed_by_an_office_is_spoken_by_the_holder_who_signs_it():
    _, discourse = read(SIGNED_BY_OFFICE)
    assert (discourse.default_speaker.name, discourse.default_speaker.role) == ("Marta Kowalczyk", "Harbour Ombudsman")


def test_a_heading_where_two_mayors_discussed_makes_a_citys_page_a_readout():
    raw = """Port Ellis kaupunki | City of Port Ellis
Front page > News > City Executive Office
Mayor Holt and Mayor of Westhaven Ana Ruiz discussed ferry traffic and climate cooperation
News | 18.11.2025 10:32

Mayor Jan Holt met Mayor of Westhaven Ana Ruiz at City Hall on Monday.
The mayors discussed passenger traffic between the two cities and a joint cycling route.
The cities agreed to set up a joint working group on emissions from port traffic.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "working group").attribution is None


def test_a_statement_heading_with_a_regional_office_names_its_holder():
    raw = """Example Newswire
Statement by IARF Regional Director for East and Southern Africa Marta Okello on drought in Eastmarch
News provided by
IARF
Oct 04, 2024, 10:12 ET

"The drought has now affected more than 1.9 million people in Eastmarch, and half of them are children.
"We have received only 28 per cent of the US$22 million we need to respond over the next three months."
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "1.9 million").attribution.speaker == "Marta Okello"


def test_a_label_that_shortens_a_name_resolves_to_the_name_the_page_gives():
    raw = """Example Bulletin
'Every container is a breeding site': Q&A on the dengue season
November 20, 2025

Dengue cases in Eastmarch have more than doubled this year, with 612 cases recorded by the end of October.

Ahead of the rainy season, the Example Bulletin spoke to Dr Nur Aini Hassan, head of the Vector Control Unit.

EB: Why have cases risen so sharply this year?

DR NUR AINI: Most of the increase is due to one serotype that had not circulated for ten years.

EB: Have there been any deaths?

DR NUR AINI: We have recorded two deaths, both in patients over 60.

EB: What is the ministry doing about it?

DR NUR AINI: Our teams inspected more than 18,000 premises between January and October.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "serotype").attribution.speaker == "Nur Aini Hassan"


def test_a_shorter_name_of_the_statements_body_is_that_body():
    raw = """Ministry of Foreign Affairs of the Republic of Eastmarch
Home / News / Statements
Statement by the Ministry of Foreign Affairs of the Republic of Eastmarch on the situation in Westland
12.03.2025

The Ministry of Foreign Affairs reiterates that lasting security in the region requires a ceasefire.
The Republic of Eastmarch has sent 40 tonnes of medical supplies to Westland.
"""
    _, _, facts = facts_of(raw)
    speaker = fact_with(facts, "reiterates").attribution.speaker
    assert speaker == "Ministry of Foreign Affairs of the Republic of Eastmarch"


def test_a_label_with_its_body_in_brackets_alone_on_its_line_opens_a_turn():
    raw = """Government of Eastmarch
Press briefing by the Government on the restoration of the electricity supply
Port Ellis, 29 April 2025

PRESS OFFICER: Good morning. The Minister will make a short statement and then take a few questions.

MINISTER ANA RUIZ:
Electricity had been restored to all 6.4 million customers by 7 a.m.

NUNO HOLT (GRIDCO):
Thank you, Minister.

The grid lost about 15 gigawatts of generation in five seconds.

JOURNALIST (Daily Post): Minister, will consumers be compensated?

MINISTER RUIZ: Customers are not entitled to automatic compensation.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "15 gigawatts").attribution.speaker == "Nuno Holt"


def test_a_speech_heading_naming_a_bodys_titled_holder_is_the_persons():
    raw = """Eastmarch Council
Home / News / Speeches

Speech by Eastmarch Council President Karin Holt at the opening of the 77th Session
28.10.2025 | Port Ellis
Check against delivery

Dear colleagues and friends,

This is the first time in eleven years that the Session has met in Port Ellis.
Together, our five countries are home to 28 million people.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Karin Holt"
    assert fact_with(facts, "28 million").attribution.speaker == "Karin Holt"


def test_a_groups_statement_is_spoken_by_the_person_who_delivered_it():
    raw = """Permanent Mission of Eastmarch to the United Nations Office at Geneva
Home | Statements | Contact
Statement of the Harbour States Group
Governing Body - 356th Session

Thank you, Chairperson.

I have the honour to speak on behalf of the Harbour States Group.
Our region has added more than 2.3 million jobs in the formal economy since 2020.

I thank you, Chairperson.

Delivered by: Ms. Ana Ruiz, Ambassador and Permanent Representative of Eastmarch, Coordinator of the Group

Share: Twitter | LinkedIn | Email
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "2.3 million jobs").attribution.speaker == "Ana Ruiz"


def test_a_banks_own_board_decides_as_the_bank():
    raw = """Reserve Bank of Eastmarch
Home | Monetary Policy | Media Releases
Statement by the Reserve Bank Board: Monetary Policy Decision
Media Release | 18 February 2025

At its meeting today, the Board decided to lower the cash rate target by 25 basis points to 4.10 per cent.
Underlying inflation was 3.2 per cent over the year to the December quarter.
The Board will remain cautious about the outlook, the Reserve Bank Board said.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "Underlying inflation").attribution.speaker == "Reserve Bank of Eastmarch"


def test_according_to_the_speakers_own_information_is_the_speakers_claim():
    raw = """Ministry of Foreign Affairs of Eastmarch
Weekly briefing by the Ministry's spokesperson Ana Ruiz

Q: Have exports resumed?

ANA RUIZ: According to our information, loadings at the terminal resumed on Monday after a two-day halt.

Q: And the consul?

ANA RUIZ: According to our honorary consul in Port Ellis, 23 citizens have registered with the mission.

Q: When is the next round of talks?

ANA RUIZ: The talks will resume in Geneva in March, with 40 delegations expected.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "loadings").attribution.speaker == "Ana Ruiz"
    consul = fact_with(facts, "23 citizens").attribution
    assert consul is None or consul.speaker != "Ana Ruiz"


# ------------------------------------------------------------------ invented pages of this round

GROUP_STATEMENT = """Permanent Mission of Westland to the United Nations
Home | Statements | News | Contact
Statement on behalf of the Group of Coastal States
Executive Board – Annual session 2025
New York, 3 June 2025
Check against delivery

Madam President,
Distinguished members of the Board,

I have the honour to deliver this statement on behalf of the Group of Coastal States.

We commend the Programme for keeping offices in all 31 coastal states through a difficult year.

Madam President,

Our members lost 2 per cent of their output to storms in 2024.

I thank you.

Ana Ruiz
Ambassador and Permanent Representative of Westland to the United Nations
Chair, Group of Coastal States

Share this statement: Facebook | X | Email
© 2025 Permanent Mission of Westland. All rights reserved.
"""


def test_a_form_of_address_before_an_office_is_nobody_s_name():
    _, _, facts = facts_of(GROUP_STATEMENT)
    assert {f.attribution.speaker for f in facts if f.attribution} == {"Ana Ruiz"}


DEPARTMENT_RELEASE = """Government of Eastland
Fisheries & Coastal Welfare Department
Home | About Us | Press Releases | Contact Us
Press Release
Record catch recorded in the spring season
Date: 16.02.2026

The Department has recorded a catch of 62,400 tonnes in the spring season, the highest on record.

The Department paid 1,240 fishers a fuel subsidy of 3,100 rupees each.

The Department received 1,246 complaints through its helpline.
"""


def test_a_body_named_with_an_ampersand_keeps_its_whole_name():
    _, _, facts = facts_of(DEPARTMENT_RELEASE)
    assert fact_with(facts, "1,246 complaints").attribution.speaker == "Fisheries & Coastal Welfare Department"


PROVINCE_RELEASE = """Skip to main content
Northland Government News Releases
News Releases | Latest News | Archives | Subscribe
Listen to this page ▶

NEWS RELEASE - NORTHLAND
February 24, 2026

Northland Commits $48 Million to Rebuild Flooded Communities

The Northland government is committing $48 million over three years to help communities rebuild homes.

Homeowners can receive up to $150,000 each for repairs not covered by insurance.

The province spent $340 million on flood defences in 2025.

Disclaimer | Copyright | Privacy
© 2026 Government of Northland
"""


def test_a_placed_kicker_is_no_headline_and_a_section_masthead_names_the_government():
    article, _, facts = facts_of(PROVINCE_RELEASE)
    assert article.title == "Northland Commits $48 Million to Rebuild Flooded Communities"
    assert article.source == "Government of Northland"
    assert fact_with(facts, "up to $150,000").attribution.speaker == "Government of Northland"


ENGINEER_BRIEFING = """Ministry of Energy
Press briefing on the dry season
Accra, 14 March 2026

Speakers: Hon. Kofi Mensah, Minister for Energy; Ing. Akosua Darko Badu, Chief Executive, Grid Company

Hon. Mensah: Good morning. Generation capacity rose to 5,300 megawatts this year, up from 4,900 megawatts.

Ing. Badu: Transmission losses on our network fell to 4.1 per cent in 2025. We have completed 62 kilometres of the new line.

Q: When will the line be finished?

Ing. Badu: We expect the full line to be energised by October, at a cost of 140 million dollars.
"""


def test_an_engineer_s_style_opens_a_label_and_the_label_resolves_to_the_full_name():
    _, _, facts = facts_of(ENGINEER_BRIEFING)
    assert fact_with(facts, "Transmission losses").attribution.speaker == "Akosua Darko Badu"


NATIVE_BANK_RELEASE = """Ir al contenido principal
Banco Central de Westlandia | Westlandia
Inicio   El Banco   Política monetaria   Estadísticas   Sala de prensa
Este sitio utiliza cookies propias y de terceros para mejorar su experiencia. Al continuar navegando acepta su uso. [Aceptar] [Más información]

Press release | Monetary policy
Publicado: 30 de abril de 2026 – 4:05 p. m.

Banco Central de Westlandia reduces its policy rate to 9.00%

The Board of Banco Central de Westlandia decided today to reduce the policy interest rate by 25 basis points to 9.00%.

Annual headline inflation fell to 4.62% in March from 4.85% in February.

The Bank expects inflation to reach the 3% target in 2027.
"""


def test_a_native_masthead_the_english_text_also_uses_names_the_bank_and_its_chrome_stays_out():
    article, _, facts = facts_of(NATIVE_BANK_RELEASE)
    assert article.title == "Banco Central de Westlandia reduces its policy rate to 9.00%"
    assert article.published == "2026-04-30"
    assert article.source == "Banco Central de Westlandia"
    assert fact_with(facts, "headline inflation").attribution.speaker == "Banco Central de Westlandia"


def test_a_sidecar_publisher_with_its_government_after_a_comma_speaks_as_the_body():
    raw = ("Smog: questions and answers\n\nSchools in four divisions will remain closed until 24 November because of "
           "the smog.\n\nThe air quality index at the city stations reached a peak of 1,067 on 9 November.\n")
    sidecar = {"publisher": "Environment Protection Department, Government of Eastland", "kind": "release"}
    _, _, facts = facts_of(raw, sidecar)
    assert fact_with(facts, "1,067").attribution.speaker == "Environment Protection Department"


PDF_UPDATE = """Caribbean               World Health
Public Health           Organization
Agency                  REGIONAL OFFICE FOR THE Caribbean

Epidemiological Update
Dengue in the Caribbean
15 May 2026

Between week 1 and week 17 of 2026, a total of 4,386 confirmed cases of dengue were reported in 9 countries.

Jamaica accounted for 1,802 cases, followed by Barbados with 911 cases.

Caribbean Public Health Agency • www.cha.example • © CHA, 2026
16 Harbour Street, Kingston, Jamaica

The number of confirmed cases is 23% lower than in the same period of 2025.

1. Caribbean Public Health Agency. Dengue surveillance platform. Kingston: 2026.

Caribbean Public Health Agency • www.cha.example • © CHA, 2026
16 Harbour Street, Kingston, Jamaica
"""


def test_a_pdf_logo_s_columns_yield_to_the_body_its_footer_names_above_its_address():
    article, _, facts = facts_of(PDF_UPDATE)
    assert article.source == "Caribbean Public Health Agency"
    assert fact_with(facts, "1,802 cases").attribution.speaker == "Caribbean Public Health Agency"


OFFICE_LABEL_SESSION = """Press releases
Transcript of remarks at media session

Following is the transcript of remarks by the Secretary for Health, Professor Alan Wong Kin-man, and the Chief Executive of the Ports Authority, Dr Grace Lam Wai-see, at a media session today.

Secretary for Health: Good morning. Hospital admissions for influenza rose to 1,240 in the past week.

Chief Executive of the Ports Authority: Thank you, Secretary. Cargo throughput fell 4.2 per cent in November. We have opened 410 additional berths since the beginning of the year.

Reporter: When will the new terminal open?

Chief Executive of the Ports Authority: The terminal will open in March, at a cost of 2.1 billion dollars.

Ends/Monday, December 1, 2025
"""


def test_an_office_label_of_a_body_resolves_to_the_holder_the_introduction_names():
    _, _, facts = facts_of(OFFICE_LABEL_SESSION)
    assert fact_with(facts, "Cargo throughput").attribution.speaker == "Grace Lam Wai-see"


TWO_DELEGATIONS = """Trade Board, seventy-third executive session
Statements under agenda item 4
Geneva, 14 April 2026

1. WESTLAND, on behalf of the Group of Coastal States
Delivered by H.E. Mr. Tomas Varga, Ambassador and Permanent Representative of Westland

Mr. President,

Our 32 countries are home to about 580 million people, yet they account for 1.1 per cent of world exports.

In 2025, 31.5 million tonnes of transit cargo crossed the territory of Westland.

I thank you, Mr. President.

2. EASTLAND
Delivered by Ms. Lucia Moreno Diaz, Minister Counsellor, Permanent Mission of Eastland

Thank you, Mr. President.

Close to 80 per cent of Eastland's foreign trade by volume passes through the ports of its neighbours.

My delegation supports the call of the Group for a dedicated window for coastal states.

Thank you.
"""


def test_each_statement_of_a_meeting_page_is_its_own_delegate_s():
    _, discourse, facts = facts_of(TWO_DELEGATIONS)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "31.5 million tonnes").attribution.speaker == "Tomas Varga"
    assert fact_with(facts, "Close to 80 per cent").attribution.speaker == "Lucia Moreno Diaz"


def test_in_a_bilateral_readout_each_minister_is_known_by_their_countrys_adjective():
    raw = """Ministry of Agriculture and Fisheries
Home | News | Contacts

Portugal and Spain discuss fishing quotas in ministerial video conference

The Ministry of Agriculture and Fisheries informs:

1. The Minister of Agriculture and Fisheries, Rui Tavares Lopes, held a video conference on 3 March with the Spanish Minister for Fisheries and Food, Lucía Herrero Sanz.

2. The Portuguese Minister stressed that sardine catches had fallen by 12 percent since 2024. He said that the fleet had lost 40 vessels in two years.

3. The Spanish Minister noted that Spanish ports landed 310,000 tonnes of fish last year. She said that Spain would fund 14 new research cruises.

4. Trade in fish products between the two countries reached €1.2 billion in 2025.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT  # "in ministerial video conference": a meeting
    assert fact_with(facts, "sardine catches").attribution.speaker == "Rui Tavares Lopes"
    assert fact_with(facts, "lost 40 vessels").attribution.speaker == "Rui Tavares Lopes"
    # the name after the Spanish minister's portfolio is a person, and "the Spanish Minister" is she
    assert fact_with(facts, "310,000 tonnes").attribution.speaker == "Lucía Herrero Sanz"
    assert fact_with(facts, "14 new research cruises").attribution.speaker == "Lucía Herrero Sanz"
    assert fact_with(facts, "Trade in fish products").attribution is None


def test_a_bodys_own_monitors_named_with_its_possessive_speak_as_the_body():
    raw = """Northmere Human Rights Commission
Home | Statements | Contact

STATEMENT ON EVICTIONS IN THE DELTA DISTRICTS

The Northmere Human Rights Commission is concerned by the eviction of families from land in the Delta districts.

The Commission's monitors found that 41 of the 120 evicted families had received no written notice.

Our investigators also recorded 9 cases of people injured during the demolitions at Port Selwyn General Hospital.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "41 of the 120").attribution.speaker == "Northmere Human Rights Commission"
    assert fact_with(facts, "9 cases of people").attribution.speaker == "Northmere Human Rights Commission"


def test_a_rank_in_the_sites_language_opens_a_speaker_label_and_is_no_part_of_the_name():
    raw = """Press conference on the grounding in Nordfjord

- Orlogskaptein Aksel Brenna, commanding officer, KV Nordkyn

MODERATOR: Welcome. The commanding officer will begin.

ORLOGSKAPTEIN Aksel Brenna: Thank you. We reached the ship at 06:05 and took 84 passengers off in three hours.

BRENNA: The water depth at the site is 4.1 metres at low tide, and the hull has not moved since Monday.

Q: When will the salvage start?

BRENNA: The tug will arrive on Thursday and the fuel transfer will take at least two days.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "took 84 passengers").attribution.speaker == "Aksel Brenna"
    assert fact_with(facts, "4.1 metres").attribution.speaker == "Aksel Brenna"


def test_a_shouted_office_with_its_holder_in_brackets_labels_that_person():
    raw = """Press conference on the collision in Carrick Harbour

PRESS OFFICER (Niamh Rua): Good afternoon. The harbour master will begin, then the operations manager.

HARBOUR MASTER (Capt. Dara Fennessy): Thank you. The channel was closed to all traffic at 04:50 and reopened at 11:20.

OPERATIONS MANAGER (Orla Brannick): Our lifeboats brought all five fishermen ashore, and four were treated for hypothermia.

Q: Will the channel close again tonight?

HARBOUR MASTER: No. Pilots will board inbound ships 2 miles further out until the wreck is marked.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "reopened at 11:20").attribution.speaker == "Dara Fennessy"
    assert fact_with(facts, "four were treated").attribution.speaker == "Orla Brannick"
    assert fact_with(facts, "2 miles further out").attribution.speaker == "Dara Fennessy"


def test_a_board_named_by_the_banks_initials_speaks_as_the_bank():
    from service.pipeline.discourse.default import _governing_body_of

    assert _governing_body_of("NBW Board", "National Bank of Westmark")  # the owner by its initials
    assert _governing_body_of("Reserve Bank Board", "Reserve Bank of Westmark")
    assert not _governing_body_of("NBW Board", "Central Bank of Eastmark")
    assert not _governing_body_of("NBW Monetary Policy Board", "National Bank of Westmark")  # a policy body decides


def test_a_speaker_field_in_the_sites_language_names_who_delivers_a_states_statement():
    raw = """Misión Permanente de la República de Sureña ante la Oficina de las Naciones Unidas en Ginebra
Inicio | La Misión | Derechos Humanos | Prensa

Universal Periodic Review of Nordvik: Statement by Sureña

Orador: Ministro Consejero Tomás Echeverry
Versión en inglés (traducción no oficial).

Sureña warmly welcomes the delegation of Nordvik and thanks it for the presentation of its national report.

We note with appreciation that Nordvik accepted 188 of the 231 recommendations it received in the previous cycle.

Sureña remains concerned that 14 journalists were detained in 2025 and recommends that Nordvik release them.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "accepted 188 of the 231").attribution.speaker == "Tomás Echeverry"


def test_a_ministrys_page_whose_lead_tells_a_committee_sitting_is_a_readout():
    raw = """Ministry of the Environment
Home | Ministry | News | Transparency

Committee of Ministers rules on two projects in the northern regions

The Committee of Ministers met on Tuesday in Portsea under the chairmanship of the Minister of the Environment, Irene Calvo Marte, to resolve appeals against two environmental approvals.

The committee rejected one citizen appeal and upheld the appeal of the project owner of a desalination plant.

The plant will have a capacity of 1,200 litres per second and will supply water to 3 mining operations.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "capacity of 1,200 litres").attribution is None


def test_a_speaker_field_drops_a_diplomatic_title_in_the_sites_language():
    raw = """Missão Permanente de Sureña junto à Organização Mundial do Comércio
Início | A Missão | Discursos | Contato

Statement by Sureña at the Committee on Trade and Development

Orador: Embaixadora Helena Vasconcelos Prado, Representante Permanente
Genebra, 4 de março de 2026

Chair, Sureña's exports to least-developed countries rose by 12 percent last year.

We have removed tariffs on 340 products from those countries since 2024.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "removed tariffs on 340").attribution.speaker == "Helena Vasconcelos Prado"


def test_a_release_telling_that_the_president_received_a_delegation_is_a_readout():
    raw = """Presidency of Norvalia
Home | Agenda | Press releases | Contact

President Ilse Marant received a delegation of Ostlandic shipbuilders at the Palace

The President received on Monday a delegation of 12 shipbuilders led by the chairman of their association.

Ostlandic companies employ about 4,200 people in Norvalia's shipyards.

The President said that Norvalia would double its naval orders by 2030.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "employ about 4,200").attribution is None or \
        fact_with(facts, "employ about 4,200").attribution.speaker is None


def test_a_feeds_word_for_a_kind_names_that_kind_and_leaves_the_speaker_to_the_page():
    raw = """Republic of Norvalia
CITY GOVERNMENT OF PORTSEA
Home | City Hall | Departments | News | Contact Us

FULL TEXT: 2026 State of the City Address of Mayor Teodora L. Varga
Posted by Portsea City Information Office | Speeches | 1,204 views

Delivered at the Session Hall of the City Council, Portsea City Hall, Plaza Mayor

Councillors, department heads, friends from the business community: good morning to you all!

Our city's income reached 4.8 billion crowns in 2025, 11 percent higher than in 2024.

We added 18 kilometres of protected bike lanes this year, bringing our network to 52 kilometres.
"""
    _, discourse, facts = facts_of(raw, {"kind": "speech", "publisher": "City Government of Portsea"})
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "18 kilometres of protected").attribution.speaker == "Teodora L. Varga"


def test_a_word_no_kind_stands_for_is_no_hint():
    raw = """Ministry of the Environment
Home | Ministry | News | Transparency

Committee of Ministers rules on two projects in the northern regions

The Committee of Ministers met on Tuesday in Portsea under the chairmanship of the Minister of the Environment, Irene Calvo Marte, to resolve appeals against two environmental approvals.

The plant will have a capacity of 1,200 litres per second and will supply water to 3 mining operations.
"""
    assert read(raw, {"kind": "blogpost"})[1].kind == read(raw)[1].kind == DocumentKind.READOUT


def test_words_of_a_president_at_a_funeral_are_his_speech_on_an_embassys_page():
    raw = """Embassy of Sureña in Norvalia
Home | The Embassy | Consular services | News | Speeches

Words of President Anselmo Ruiz Quintero at the state funeral of former minister Ignacio Vela

Published: 21 February 2026 | Category: Speeches

Unofficial translation by the Embassy.

Ignacio Vela was born in Altamira in 1941, the sixth of eleven children of a schoolteacher.

As governor he built 214 rural schools in the mountains of the south.

I have decreed three days of national mourning.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "built 214 rural schools").attribution.speaker == "Anselmo Ruiz Quintero"


def test_a_shouted_heading_telling_a_minister_met_a_delegation_makes_a_readout_and_the_minister_is_named_before():
    raw = """REPUBLIC OF NORVALIA
MINISTRY OF WATER
Home | About Us | Media Centre | Contact Us

WATER MINISTER MEETS DONOR DELEGATION ON IRRIGATION FUNDING

Posted by: Public Relations Unit | Date: 04/05/2026

PORTSEA, 4th May 2026 – The Minister for Water, Dr Chikondi Varga, on Monday met a four-member delegation from the Irrigation Fund, led by its Director, Ms Rosa Lindqvist, at the ministry.

The Irrigation Fund has financed 14 schemes in the country since 2015.

The Minister said that the Government had released 2.4 billion crowns for canal repairs in March.

He noted that 31 schemes were still waiting for pumps.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "financed 14 schemes").attribution is None
    assert fact_with(facts, "released 2.4 billion").attribution.speaker == "Chikondi Varga"
    assert fact_with(facts, "31 schemes were still").attribution.speaker == "Chikondi Varga"


def test_a_joint_statement_of_several_states_speaks_for_the_ministry_that_publishes_it():
    raw = """REPUBLIC OF NORVALIA
Ministry of Foreign Affairs and Trade
Home   About Us   Diplomatic Missions   Media Centre   Contact
You are here: Home > Media Centre > Statements

STATEMENTS
Joint Statement of Coastal States on the Draft Fisheries Regulations
Posted on: 24th March, 2026 | Category: Multilateral, Oceans

The following joint statement was read into the record of the Commission on 23 March 2026 by the delegation of Norvalia on behalf of six coastal States.

We, the coastal States signing this statement, together hold exclusive economic zones covering more than 9 million square kilometres of ocean.

Our fisheries account for more than 90 per cent of the value of our exports.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "more than 90 per cent").attribution.speaker == "Ministry of Foreign Affairs and Trade"


def test_a_group_a_statement_is_delivered_on_behalf_of_speaks_in_its_delegates_voice():
    raw = """Skip to content
PERMANENT MISSION OF THE REPUBLIC OF NORVALIA TO THE UNITED NATIONS
Home | The Mission | Statements | Contact
Home > Statements > Commission on the Status of Women

STATEMENTS
Thursday, 12 March 2026

Statement by H.E. Ms. Ilse Marant, Ambassador and Permanent Representative of Norvalia to the United Nations, on behalf of the Union of Northern Sea States (UNSS), at the General Discussion

Madam Chair,

UNSS reaffirms its commitment to the Beijing Declaration and Platform for Action.

On average, member states spend less than 0.1 per cent of their justice budgets on legal aid for women.

Eight of our ten member states have now adopted dedicated laws on domestic violence.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "reaffirms its commitment").attribution.speaker == "Ilse Marant"
    assert fact_with(facts, "member states spend less").attribution.speaker == "Ilse Marant"


def test_a_release_about_a_visit_made_with_another_party_is_a_readout():
    raw = """Ministry of Defence
Press release  |  Date: 14/05/2026  |  No: 052/26

Minister of Defence visits submarine yard in Karlsborg with Estland's Defence Minister

Minister of Defence Lara Quint today visited the Nordvik shipyard in Karlsborg, together with Estland's Minister of Defence, Henrik Saar.

The two ministers toured the hall where the second of four new submarines is under construction.

The first submarine is scheduled for delivery in 2029.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "toured the hall").attribution is None
    plain = raw.replace("visits submarine yard in Karlsborg with Estland's Defence Minister", "orders new submarines")
    plain = plain.replace("today visited the Nordvik shipyard in Karlsborg, together with Estland's Minister of "
                          "Defence, Henrik Saar.", "today ordered two more submarines from the Nordvik shipyard.")
    assert read(plain)[1].kind == DocumentKind.RELEASE  # (a lead that tells of the visit makes it a readout too)


def test_an_address_by_a_role_names_its_holder_from_a_name_line_further_down_the_header():
    raw = """Ministerio de Hacienda de Nordania
Inicio › Discursos

SPEECH
Address by the Minister of Finance to the Budget Committee of the National Assembly on the 2027 budget bill

Vardin, 07/07/2026  ·  Palacio Legislativo
Unofficial English translation prepared by the Debt Management Unit. The Spanish version is the authoritative text.
Descargar presentación (PDF, 3,1 MB)    Ver la sesión en video

Ec. Marta Quintela Arrieta, Minister of Finance

Señor Presidente de la Comisión:

Thank you for receiving our team today.

In 2025 our economy grew by 2.1 percent, according to the central bank.

We missed the deficit target by 0.1 percentage point, and the Fiscal Council has been informed of the reasons.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "We missed the deficit target").attribution.speaker == "Marta Quintela Arrieta"


def test_a_minister_styled_the_hon_is_the_speaker_of_her_quote():
    raw = """HM GOVERNMENT OF NORDLAND
PRESS RELEASE
Date: 14th May 2026
Minister for Health meets Community Pharmacy Association

The Minister for Health, the Hon Nadine Carreras MP, met on Wednesday with the committee of the Nordland Community Pharmacy Association (NCPA).

The NCPA represents the 11 community pharmacies in Nordland, which together employ 94 people.

The Hon Nadine Carreras said: "Community pharmacies are the front door of our health service. We will not let a fee frozen since 2019 push any of them out of business."
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "The Hon Nadine Carreras said").attribution.speaker == "Nadine Carreras"
    assert fact_with(facts, "We will not let a fee frozen").attribution.speaker == "Nadine Carreras"


PORTAL_STATEMENT = """Skip to main content
United Nations | Welcome to the United Nations
eStatements | Statements delivered at intergovernmental meetings
General Assembly | Security Council | Economic and Social Council | Conferences | Search statements
Home > General Assembly > 81st session > Second Committee > 14th meeting

Statement details

Body: General Assembly | Second Committee (Economic and Financial)
Session: 81st session
Meeting: 14th meeting, Thursday, 15 October 2026, 10:00-13:00, Conference Room 2
Agenda item: 18 | Macroeconomic policy questions, including international trade and development, the international financial system and external debt sustainability
Speaker: Dominican Republic
Language of delivery: Spanish
Files: Original (Spanish) | PDF, 180 KB | English (unofficial translation) | PDF, 176 KB
Viewing: English (unofficial translation)
Submitted by: Permanent Mission of the Dominican Republic to the United Nations | Uploaded: 15/10/2026 12:10

----------------------------------------------------------------------------------
                                                                       Page 1 of 2
            PERMANENT MISSION OF THE DOMINICAN REPUBLIC TO THE UNITED NATIONS
                  Unofficial translation | Please check against delivery

                                        STATEMENT
                      by the delegation of the Dominican Republic

                  Eighty-first session of the General Assembly | Second Committee
                 Agenda item 18: Macroeconomic policy questions and external debt

                  Delivered by Ms. Ana Kovar Pimentel, Minister Counsellor
                                New York, 15 October 2026

Mr. Chair,

My delegation thanks the Secretary-General for his reports under this item.

The cost of servicing our external debt rose to 21 per cent of government revenue in 2025, from 14 per cent five years ago.

We call for a review of the debt sustainability framework before the end of 2027.
"""


def test_a_statement_is_the_delegates_whose_delivery_line_stands_below_a_long_portal_head():
    article, discourse, facts = facts_of(PORTAL_STATEMENT)
    assert article.title == "STATEMENT by the delegation of the Dominican Republic"  # the cover's kind and credit
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "21 per cent of government revenue").attribution.speaker == "Ana Kovar Pimentel"


TESTIMONY_PAGE = """Central Bank of Westland
About | Monetary policy | Supervision | Statistics | Publications | Media
Home > Media > Speeches

SPEECH

Governor Ostrava presents the Annual Report to the Finance Committee of the Assembly

Westport, 12.05.2026

The Governor of the Central Bank of Westland, Mr. Pavel Ostrava, today presented the bank's Annual Report 2025 to the Finance Committee of the Assembly. The Governor was accompanied by two deputy governors. The full text of the Governor's statement follows.

Thank you for the opportunity to present the work of the Central Bank and our assessment of the financial system.

I can report that the banking sector grew strongly last year. Total assets of the sector reached 8.9 billion euros at the end of 2025.

Household lending is where we see the main risk. Consumer loans grew by 21 percent last year.

Honourable members, I am ready to answer your questions.
"""


def test_a_speech_page_headed_by_title_and_surname_is_the_holders_under_the_publishers_narration():
    _, discourse, facts = facts_of(TESTIMONY_PAGE)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "8.9 billion euros").attribution.speaker == "Pavel Ostrava"
    assert fact_with(facts, "Consumer loans grew").attribution.speaker == "Pavel Ostrava"
    assert fact_with(facts, "accompanied by two deputy governors").attribution.speaker == "Central Bank of Westland"
    assert not [f for f in facts if "full text" in f.text]


RECALL_NOTICE = """National Food Safety Agency

Outbreak of listeriosis linked to smoked trout

Published 4 March 2026

The National Food Safety Agency is investigating an outbreak of listeriosis with 9 cases in four regions since January.

Whole genome sequencing showed that the bacteria from the patients matched those found in smoked trout from Fjordhavn Fish.

Throw away smoked trout from Fjordhavn Fish with a best-before date up to 30 April 2026.

Contact your doctor if you develop fever or muscle pain within two months of eating the product.

If you have eaten the trout in the past 70 days and develop a fever, ask your doctor for a blood test.

Always heat smoked fish until it is steaming hot before eating it.

Drink water regularly and carry a bottle with you when you travel.

Through its regional offices, the Agency asked retailers in all four regions to remove the product from sale.

Return on equity at the company fell to 4 per cent in 2025, the agency said.
"""


def test_an_instruction_in_the_imperative_is_a_directive_with_no_speaker():
    _, discourse, facts = facts_of(RECALL_NOTICE)
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "Throw away smoked trout").attribution is None
    assert fact_with(facts, "Contact your doctor").attribution is None
    assert fact_with(facts, "ask your doctor for a blood test").attribution is None  # after its condition
    assert fact_with(facts, "Always heat smoked fish").attribution is None  # after an adverb
    assert fact_with(facts, "Drink water regularly").attribution is None
    assert fact_with(facts, "asked retailers").attribution is None  # a request after an opening phrase
    assert fact_with(facts, "bacteria from the patients").attribution.speaker == "National Food Safety Agency"
    assert fact_with(facts, "Return on equity").attribution.speaker == "National Food Safety Agency"


def test_the_company_is_the_firm_named_with_its_legal_form_not_a_body_quoted_since():
    raw = """Water plants for the northern islands

The President held a telephone call on Monday with Ms. Mei Lin, the Chief Executive Officer of Coralis Water Systems Pte Ltd, a company that builds desalination plants.

According to the Island Meteorological Service, rainfall in the north was 31 percent below normal in 2025.

According to the company, the plants use 70 percent less diesel than the units they replace.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "70 percent less diesel").attribution.speaker == "Coralis Water Systems"


def test_a_long_body_name_with_its_acronym_in_apposition_to_a_description_speaks():
    raw = """Power emergency declared as reservoirs fall

GUATEMALA CITY, March 30 (Example Wire) - The government declared a 60-day power emergency on Monday.

The regulator, the Comision Nacional de Energia Electrica (CNEE), estimated that the emergency could add between 7% and 9% to regulated tariffs from May.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "regulated tariffs").attribution.speaker == "Comision Nacional de Energia Electrica"


SIGNED_FOREWORD = """CENTRAL BANK OF WESTLAND

FINANCIAL STABILITY REPORT 2026

Date of issue: 20 November 2026

FOREWORD

The banking system of Westland remained sound in the year to June 2026. Its capital adequacy ratio rose to 21.4 per
cent, well above the regulatory minimum of 8 per cent.

I am less comfortable with developments outside the banks. Credit unions now hold more than a fifth of all
deposits, and our first priority for 2027 is their supervision.

Anna K. Marlowe-Price
Governor
Westport, November 2026

EXECUTIVE SUMMARY

Total assets of the banking sector rose by 5.2 per cent to 28.4 billion dollars at the end of June 2026.

The ratio of non-performing loans fell to 6.8 per cent from 8.3 per cent a year earlier.
"""


def test_a_foreword_signed_at_its_foot_is_the_signers_and_the_rest_the_issuers():
    _, discourse, facts = facts_of(SIGNED_FOREWORD)
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "capital adequacy ratio rose").attribution.speaker == "Anna K. Marlowe-Price"
    assert fact_with(facts, "Credit unions now hold").attribution.speaker == "Anna K. Marlowe-Price"
    assert fact_with(facts, "Total assets of the banking sector").attribution.speaker == "Central Bank of Westland"


def test_an_inner_header_between_the_publishers_intro_and_the_text_names_who_delivered_it():
    raw = """Ministry of Fisheries
Home / News and Announcements

Country statement at the Regional Fisheries Conference

The Minister led a four-member delegation to the Regional Fisheries Conference in Suva last week. The statement delivered in the plenary is reproduced below.

Regional Fisheries Conference
Item 4: General Debate
STATEMENT OF THE REPUBLIC OF EASTMARCH
Delivered by Hon. Tevita Lomani, Minister of Fisheries and Leader of the Delegation

Madam Chair,

Our tuna catch fell by 12 per cent in 2025, and we have closed two of our seven fishing zones.

We will need technical support to rebuild the stock by 2030, and we ask the Conference for it.

Thank you.
"""
    _, discourse, facts = facts_of(raw, {"kind": "statement"})
    assert fact_with(facts, "12 per cent").attribution.speaker == "Tevita Lomani"
    narrated = fact_with(facts, "four-member delegation")
    assert narrated is not None and (narrated.attribution is None or narrated.attribution.speaker is None)
    assert not any("reproduced below" in f.text for f in facts)


def test_an_inner_statement_by_heading_names_a_speaker_who_speaks_of_her_country_to_the_chair():
    # a country's statement keeps to the third person ("Eastmarch supports ..."): addressing the chair shows it is
    # delivered from the floor, by the person the "STATEMENT BY" heading names
    raw = """Permanent Delegation of Eastmarch to UNESCO
Home / Statements / Heritage Committee

Eastmarch asks the Heritage Committee for time on the old town's buffer zone

The head of the Eastmarch delegation took the floor on Tuesday under item 7A. The statement is reproduced below in its English version.

31st SESSION OF THE HERITAGE COMMITTEE
STATEMENT BY H.E. MS. ANA RUIZ VELA
VICE-MINISTER OF CULTURE OF EASTMARCH

Honourable Chair,

Eastmarch supports the adoption of draft decision 31 COM 7A.4 on the old town of Port Ellis.

The old town has been on the list of sites in danger since 2014, and 212 of its 1,100 listed buildings have been restored.

Honourable Chair, the State has set aside 38 million for the conservation of the old town from 2026 to 2028.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "212 of its").attribution.speaker == "Ana Ruiz Vela"
    assert fact_with(facts, "38 million").attribution.speaker == "Ana Ruiz Vela"
    narrated = fact_with(facts, "took the floor")
    assert narrated is None or narrated.attribution is None or narrated.attribution.speaker is None


def test_a_speech_heading_naming_the_office_then_its_holder_gives_the_speech_to_the_holder():
    raw = """Westland Provincial Government
Home | Government | News | Speeches

ADDRESS
“Westland will not wait”: inaugural address of the Provincial Governor for 2027–2030
Category: Speeches · Print · PDF (English, 214 KB) · Listen to the audio (38:12)

INAUGURAL ADDRESS OF THE GOVERNOR OF WESTLAND PROVINCE, DR. ANA RUIZ VELA, ON TAKING OFFICE FOR THE 2027–2030 TERM — MAIN SQUARE, PORT ELLIS, FRIDAY 1 JANUARY 2027

Friends from the thirteen districts, good morning.

The people of this province elected me with 53.4 percent of the valid votes in the second round in December.

In the first 100 days we will deliver frost kits to 12,000 families in the high districts.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "53.4 percent").attribution.speaker == "Ana Ruiz Vela"
    assert fact_with(facts, "frost kits").attribution.speaker == "Ana Ruiz Vela"


@pytest.mark.parametrize("heading", ["Statement by Eastmarch – Interactive Dialogue on the rights of migrants",
                                     "STATEMENT BY THE DELEGATION OF EASTMARCH"])
def test_a_statement_by_a_country_names_no_person(heading):
    assert _delivered_by_person([heading]) is None


def test_surname_labels_under_a_cast_list_between_the_paragraphs_name_the_full_names_with_middle_initials():
    raw = """Ministry of Emergency Situations
Home > Briefings

Briefing on the mudflows in the eastern valleys

09.07.2026

From the press service: this English text was prepared by the press service and is not a verbatim record.

AT THE TABLE
MODERATOR — Aizhan K. Kurmanbekova, head of the press service of the Ministry
ORLOV — Erlan T. Orlov, Deputy Minister of Emergency Situations
MAMYROVA — Cholpon A. Mamyrova, Director of the Agency for Hydrometeorology

MODERATOR: Good morning. The Deputy Minister will speak first, then Ms. Mamyrova.

ORLOV: Thank you. Thirty-one mudflows came down in three districts on Monday night, and 1,180 people were evacuated.

MODERATOR: Thank you. Ms. Mamyrova, please.

MAMYROVA: The Karakol weather station recorded 68 millimetres of rain in six hours on Monday evening.

MODERATOR: Questions, please.

QUESTION — Ruslan Toktosunov, Ala-Too Ekspress: People say the siren did not work. Who is responsible?

ORLOV: A commission of the Ministry is checking why the siren failed, and it will report within ten days.

QUESTION — Aida Bekova, Kabar: When will the highway reopen?

ORLOV: Road crews reopened one lane at 16:40 yesterday.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "1,180 people").attribution.speaker == "Erlan T. Orlov"
    assert fact_with(facts, "68 millimetres").attribution.speaker == "Cholpon A. Mamyrova"
    assert not any("head of the press service" in f.text for f in facts)


def test_advice_to_a_group_and_instructions_to_buy_or_go_have_no_speaker():
    raw = """Westland Medicines Regulatory Authority
Home > Notices & Alerts

Falsified antimalarial tablets found in two northern provinces

Issued: 27 August 2026

The Westland Medicines Regulatory Authority has found falsified antimalarial tablets in 9 of 46 outlets inspected.

Buy your medicines only from pharmacies and drug stores licensed by the Authority.

If you have taken the product and still have a fever, go to the nearest health facility.

Health workers should report any treatment failure with the tablets to the Authority.

Laboratory tests found that the tablets contained 12 percent of the stated active ingredient.
"""
    _, _, facts = facts_of(raw)
    for opening in ("Buy your medicines", "go to the nearest", "Health workers should"):
        fact = fact_with(facts, opening)
        assert fact is not None and fact.attribution is None, opening
    assert fact_with(facts, "12 percent").attribution.speaker == "Westland Medicines Regulatory Authority"


def test_the_name_closing_the_issuers_name_is_the_issuer():
    raw = """                WESTLAND GOVERNMENT
                STATISTICS OFFICE

Imports rose to a record value in the financial year 2025/26

Release date: 24 June 2026

The total value of imports was 41.7 million pounds, an increase of 7.2 per cent on 2024/25.

The Statistics Office estimates that imports in 2026/27 will rise by about 3 per cent.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "about 3 per cent").attribution.speaker == "Westland Government Statistics Office"


def test_a_country_speaking_is_its_government_by_the_name_the_page_gives_it():
    raw = """Andean Council
Home > Press > Communiqués

Council rules on a licence for imported sugar

24 September 2026

The investigation was opened on 14 July 2026 at the request of the Government of Bolivia.

The Government of Peru argued that the licence was needed to monitor a sudden increase in imports of 31 percent.

Peru also stated that the requirement applied to all 212 applications filed by importers.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "sudden increase").attribution.speaker == "Government of Peru"
    assert fact_with(facts, "212 applications").attribution.speaker == "Government of Peru"



def test_a_category_named_for_a_portfolio_is_no_listed_person():
    from service.pipeline.discourse.header import _listed_person
    assert _listed_person(["Category: Multilateral Affairs · Tags: Ocean, Education · Print"]) is None
    assert _listed_person(["Tags: Marisol Ocampo, Housing"]) == "Marisol Ocampo"


def test_a_states_statement_is_spoken_by_the_person_a_closing_line_says_delivered_it():
    from service.pipeline.discourse.default import _default_speaker
    from service.pipeline.models import DocumentKind
    title = "Statement of the Republic of Westland in the General Policy Debate of the 12th Session of the Assembly"
    page = (title + "\n\nMr President,\n\nOur territory is ocean.\n\nI thank you.\n\n"
            "Delivered by Hon. Ana M. Ruiz-Delgado, Minister of Education and Head of the Delegation of the Republic "
            "of Westland\n\n— End of statement —\n\nShare: Facebook · X\n")
    speaker = _default_speaker(DocumentKind.STATEMENT, title, title, "Our territory is ocean.", {},
                               "Ministry of Foreign Affairs", "Ministry of Foreign Affairs", None, page)
    assert speaker.name == "Ana M. Ruiz-Delgado"


GOVERNORS_STATEMENT_UNDER_THE_BANKS_DECISION = """CENTRAL BANK OF EASTMARCH
Home | Monetary policy | Statistics | Media

PRESS RELEASE
03.11.2027

Monetary Council lowers the policy rate to 2.50 percent

The Monetary Council of the Central Bank of Eastmarch, at its meeting of 3 November 2027, decided to lower the \
policy rate by 0.25 percentage points, to 2.50 percent.

The statement of the Governor at the press conference follows.

STATEMENT OF GOVERNOR TOMAS V. RUIZ-BEVANS AT THE PRESS CONFERENCE ON THE MONETARY POLICY DECISION

Good afternoon.

Today the Council reviewed the latest developments. Our assessment is that inflation will return to our target \
sooner than we projected.

Core inflation was 2.1 percent in September. We expect it to fall further.

Credit to the private sector grew by 11.2 percent. Our surveys show that confidence fell in the third quarter.

We do not see room for a further cut this year.

Thank you.
"""


def test_a_governors_statement_under_the_banks_own_decision_is_his_and_the_decision_the_banks():
    _, discourse, facts = facts_of(GOVERNORS_STATEMENT_UNDER_THE_BANKS_DECISION)
    assert discourse.kind == DocumentKind.STATEMENT
    assert fact_with(facts, "Core inflation was 2.1").attribution.speaker == "Tomas V. Ruiz-Bevans"
    assert fact_with(facts, "room for a further cut").attribution.speaker \
        == "Tomas V. Ruiz-Bevans"
    assert fact_with(facts, "decided to lower the policy rate").attribution.speaker == "Central Bank of Eastmarch"


def test_a_speaker_field_names_a_person_whose_fathers_initial_is_written_onto_the_name():
    _, discourse, facts = facts_of("""Ministry of Environment of Eastmarch
Home | News | Contact

Statement of Eastmarch at the committee's twenty-third session
Published: 16 November 2027

STATEMENT BY EASTMARCH
Speaker: H.E. Ms. S.Narantsetseg-Oyun, Vice Minister of Environment of Eastmarch

Thank you, Madam Chair. Our own monitoring shows that 58 percent of pastureland is degraded.

In the winter of 2026 the dzud killed 5.9 million animals. We will host a regional workshop in June.
""")
    assert discourse.default_speaker is not None and discourse.default_speaker.name == "S.Narantsetseg-Oyun"
    assert fact_with(facts, "58 percent of pastureland").attribution.speaker == "S.Narantsetseg-Oyun"


def test_the_items_a_body_recommends_under_a_lead_in_line_are_directives_with_no_speaker():
    _, _, facts = facts_of("""Office of the Ombudsman of Eastmarch
Home | Media | Contact

Ombudsman finds overcrowding in three correctional facilities
Published: 4 December 2027

The Ombudsman inspected 14 correctional facilities between June and October and found that three held more than \
twice the inmates they were built for.

The Ombudsman recommends that:
• the Ministry of Safety transfer at least 300 offenders to facilities with space before March;
• the Police Force bring every arrested person before a court within 48 hours;
• the Ministry of Justice fill the vacant posts in the Directorate of Legal Aid.

The full report will be tabled in the National Assembly in February 2028.
""")
    assert fact_with(facts, "inspected 14 correctional facilities").attribution is not None
    for item in ("transfer at least 300 offenders", "bring every arrested person", "fill the vacant posts"):
        fact = fact_with(facts, item)
        assert fact is not None and fact.text.startswith("the ") and fact.attribution is None


def test_a_body_described_in_the_lead_is_the_body_the_next_sentence_names_as_its_speaker():
    raw = ("Coffee exports hit a record\n\nADDIS ABABA — Westland earned a record $2.3 billion from coffee exports "
           "in the fiscal year, up 14 percent from the year before, the coffee regulator said on Monday.\n\n"
           "The Westland Coffee and Tea Authority said export volumes rose 9 percent to 312,000 tonnes.\n\n"
           "All crew members are safe, according to the ship's operator.\n\n"
           "The Westland Shipping Lines said the vessel would sail on Friday.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "record $2.3 billion").attribution.speaker == "Westland Coffee and Tea Authority"
    assert fact_with(facts, "crew members are safe").attribution.anonymous


def test_an_instruction_whose_object_has_no_determiner_is_no_ones_statement_in_a_release():
    raw = ("Westland Food Authority\nHome | News | Recalls\n\nBird flu confirmed in a laying flock\n\n"
           "Published 3 May 2028\n\nThe Westland Food Authority has confirmed bird flu in a flock of 34,000 hens.\n\n"
           "Report dead wild birds to the Authority on 22 40 00 00.\n\n"
           "Buy eggs only from registered producers.\n\n"
           "Contact tracing teams found 40 more flocks at risk.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "Report dead wild birds").attribution is None
    assert fact_with(facts, "Buy eggs only").attribution is None
    assert fact_with(facts, "Contact tracing teams").attribution is not None


def test_the_unnamed_holder_of_a_role_a_place_owns_is_the_person_named_next_with_that_role():
    raw = ("River traffic halted\n\nASUNCION, Sept 20 (XW) - More than 1,200 barges are stranded on the river after "
           "the water fell to a record low, the country's public works minister said on Wednesday.\n\n"
           "Public Works Minister Ana R. Vale-Ortiz said dredging of 40 kilometres of channel would start on Friday.\n\n"
           "Russia's foreign ministry said the talks had failed.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "1,200 barges").attribution.speaker == "Ana R. Vale-Ortiz"


def test_a_side_is_led_by_the_minister_of_its_republic_or_by_the_other_official_of_the_call():
    raw = """Minister Horvath and Polish Foreign Minister Zielinski discussed rail links by telephone

Bratislava, 3 May 2028 | Press Department

The Minister of Foreign and European Affairs of the Slovak Republic, Peter Horvath, held a telephone call on Monday with Poland's Minister of Foreign Affairs, Adam Zielinski.

The Slovak side noted that 41 trains a day now cross the border. According to the Polish side, 2,300 workers commute between the two countries every day.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "41 trains").attribution.speaker == "Peter Horvath"
    assert fact_with(facts, "2,300 workers").attribution.speaker == "Adam Zielinski"


def test_a_vincentian_side_is_the_prime_ministers():
    raw = """Prime Minister meets President of the Caribbean Development Bank

Kingstown, 3 May 2028 – The Prime Minister of Saint Vincent and the Grenadines, the Honourable Dr. Ralph K. Joseph-Baptiste, met with the President of the Caribbean Development Bank, Mr. Owen T. Clarke, at Cabinet Room on Monday.

The Vincentian side said the Government intended to apply for a loan of EC$60 million for a new jetty at Kingstown.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "EC$60 million").attribution.speaker == "Ralph K. Joseph-Baptiste"


def test_a_national_minister_named_in_the_same_sentence_with_two_posts_is_the_one_meant():
    raw = """Press Conference by the Press Secretary

Foreign Minister Aoki Ren told Lao Deputy Prime Minister and Minister of Foreign Affairs Khamla Sisavath in a telephone call that Japan stood ready to help, and the Lao minister said that the floods were the worst in the south since 2011.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "worst in the south").attribution.speaker == "Khamla Sisavath"


def test_a_menu_item_before_a_plural_noun_issues_nothing_and_the_masthead_body_speaks():
    raw = ("Skip to main content\nNSO\nNational Statistics Office | Statistics Eastland\n"
           "Statistics   Press releases   Publications   Databases   About\n\n"
           "PRESS RELEASE | RETAIL TRADE\n12 March 2028\n\n"
           "Retail trade in February 2028: volumes rise for a third month\n\n"
           "The volume of retail trade rose by 1.4 percent in February compared with January. Sales of food grew by "
           "0.9 percent, and sales of fuel by 2.2 percent.\n\nCompared with February 2027, the volume of retail trade "
           "was 3.1 percent higher.\n")
    document = process_document(raw, None, FactExtractor(load_gazetteer(GAZETTEER)), min_chars=50)
    assert document.discourse.default_speaker.name != "Statistics Press"
    assert all(f.attribution is None or "Press" not in (f.attribution.speaker or "") for f in document.facts)


def test_a_french_speaker_field_with_a_style_names_the_statements_speaker_and_is_no_headline():
    raw = ("Accueil | La Mission | Déclarations | Contact\nMission permanente de la République d'Ostrava à Vienne\n\n"
           "DÉCLARATION\n\nStatement by the Republic of Ostrava at the 70th session of the Scientific Committee\n\n"
           "Mis en ligne le 17 juin 2027\n"
           "Orateur : S.E. Mme Nadia Benslimane Karroum, Ambassadeur, Représentant permanent\n\n"
           "Madam Chair,\n\nMy delegation has launched two satellites since 2025, and a third will follow in 2028. "
           "We have trained 140 engineers at our national space centre.\n")
    document = process_document(raw, None, FactExtractor(load_gazetteer(GAZETTEER)), min_chars=50)
    assert document.discourse.default_speaker.name == "Nadia Benslimane Karroum"
    assert not document.article.title.startswith("Orateur")


def test_the_institutions_own_forecast_in_its_committees_statement_is_the_institutions():
    raw = ("Reserve Bank of Eastland\nHome | Monetary Policy | Statistics | Publications\n\n"
           "MONETARY POLICY COMMITTEE STATEMENT\n14 May 2028\n\n"
           "Monetary Policy Committee keeps the Policy Rate at 6.25 percent\n\n"
           "The Monetary Policy Committee (MPC) of the Reserve Bank of Eastland decided to keep the Policy Rate "
           "unchanged at 6.25 percent. Inflation eased to 4.1 percent in April from 4.6 percent in March.\n\n"
           "The Bank projects growth of 3.2 percent for 2028. The Bank will also publish a calendar of its foreign "
           "exchange auctions from July.\n\nThe Committee will meet next on 9 July 2028.\n")
    document = process_document(raw, None, FactExtractor(load_gazetteer(GAZETTEER)), min_chars=50)
    speakers = {f.text[:24]: f.attribution.speaker for f in document.facts if f.attribution}
    assert speakers["The Bank projects growth"] == "Reserve Bank of Eastland"
    assert speakers["The Bank will also publis"[:24]] == "Reserve Bank of Eastland"
    assert speakers["Inflation eased to 4.1 p"] == "Monetary Policy Committee"


def test_in_a_speech_the_body_the_speaker_calls_their_own_is_the_speaker_but_their_colleagues_are_not():
    raw = ("Address to the Nation by Prime Minister Tomas Oduya\n\n"
           "The solar farm has been running since March, and the company says it will add 10 megawatts in 2033. "
           "My Government expects household electricity bills to fall by 15 per cent next year.\n\n"
           "Our critics said that the harbour would never be built.\n")
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "My Government expects").attribution.speaker == "Tomas Oduya"
    critics = fact_with(facts, "Our critics said")
    assert critics.attribution is None or critics.attribution.speaker != "Tomas Oduya"


def test_a_country_named_in_a_statements_heading_is_never_read_as_a_name_opening_with_a_particle():
    raw = ("Permanent Mission of Westlandia to the United Nations Office at Geneva\n"
           "Misión Permanente de Westlandia ante la Oficina de las Naciones Unidas en Ginebra\n"
           "Home | Statements | Contact\n\nStatement of Westlandia at the 91st meeting of the Standing Committee\n\n"
           "Geneva, 17 December 2024\n\nWestlandia hosts more than 530,000 refugees from its neighbours.\n")
    _, discourse, facts = facts_of(raw)
    assert not (fact_with(facts, "530,000 refugees").attribution.speaker or "").startswith("de ")


@pytest.mark.parametrize("line", [
    "Intervención de Eastmarch · Statement by Eastmarch · Pronunciada por / Delivered by: Excmo. Sr. Tomás R. "
    "Ibarra-Quel, Embajador, Representante Permanente / Ambassador, Permanent Representative",
    "Delivered by: Excma. Sra. Lucía Ibarra-Quel, Embajadora",
])
def test_a_bilingual_delivery_line_in_the_spanish_style_names_its_speaker(line):
    expected = "Lucía Ibarra-Quel" if "Excma." in line else "Tomás R. Ibarra-Quel"
    assert _delivered_by_person([line]) == expected


def test_a_translated_transcript_with_native_role_words_question_labels_and_a_bracketed_moderator():
    raw = """VALITSUSE PRESSIKONVERENTS · GOVERNMENT PRESS CONFERENCE
Government press conference: harbour dredging and the forest fund

Osalevad / Participants: peaminister Mart K. Saar-Veski · rahandusminister Liis T. Kask-Org · juhib Anu Rebane-Kuusk

Rebane-Kuusk (moderaator): Tere päevast. Kõigepealt peaminister, siis küsimused.

Peaminister Mart K. Saar-Veski: Aitäh. The Government approved 41 million euros for dredging the harbour at Paldiski.

Rahandusminister Liis T. Kask-Org: The forest fund will receive 12 million euros next year.

Rebane-Kuusk (moderaator): Aitäh. Küsimused, palun. The floor is open for your questions.

Küsimus (Raadio): Prime Minister, when will the dredging start?

Saar-Veski: The dredging will start in May and will take 14 months.

Küsimus (Leht): Minister, is the fund enough?

Kask-Org: The fund will double by 2030.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert fact_with(facts, "41 million euros").attribution.speaker == "Mart K. Saar-Veski"
    assert fact_with(facts, "12 million euros").attribution.speaker == "Liis T. Kask-Org"
    assert fact_with(facts, "14 months").attribution.speaker == "Mart K. Saar-Veski"
    assert fact_with(facts, "double by 2030").attribution.speaker == "Liis T. Kask-Org"
    assert not [f for f in facts if "dredging start?" in f.text or "floor is open" in f.text]


def test_a_readout_knows_a_minister_by_their_countrys_adjective_after_a_possessive_or_an_official_state_name():
    raw = """Ministry for Foreign Affairs
Home | News | Contacts

Foreign ministers discuss fisheries science and port calls

Minister for Foreign Affairs Katrín Ósk Jónsdóttir spoke by telephone on Tuesday with Canada's Minister of Foreign Affairs, Marc L. Tremblay-Roy. On 3 June she also hosted the Minister of Foreign Affairs of the Hellenic Republic, Eleni S. Papadaki-Vlachou.

The Canadian Foreign Minister said that Canada would send two research vessels to the Davis Strait.

The Greek Foreign Minister said that Greek shipowners had ordered 14 new vessels this year.

Trade in fish products between the countries reached ISK 4.6 billion in 2031.
"""
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "two research vessels").attribution.speaker == "Marc L. Tremblay-Roy"
    assert fact_with(facts, "14 new vessels").attribution.speaker == "Eleni S. Papadaki-Vlachou"


def test_the_operator_is_the_body_named_before_whose_name_it_describes():
    raw = """Harbour Ledger
Home | News | Business

Cable car sets introductory fare

PORT ELLIS: Riders of the new harbour cable car will pay an introductory fare of $4, Skyline Operations Ltd announced today.
Children will ride free, the company said in a statement.
The line is 1.2 kilometres long.
Each cabin can carry up to 10 passengers.
The operator expects daily ridership to reach about 3,000 passengers in the first year.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "3,000 passengers").attribution.speaker == "Skyline Operations"  # no legal form


def test_the_municipality_is_the_municipality_named_before_and_no_one_when_none_was():
    raw = """Lakeside Courier
Home | News | Sport

Club owes rent on its arena

The Vilnius City Municipality said on Monday that the football club owed it rent.
The club also owes €96,000 in rent for the arena, the municipality said.
"""
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "€96,000").attribution.speaker == "Vilnius City Municipality"
    _, _, facts = facts_of(raw.replace("The Vilnius City Municipality said on Monday", "Officials said on Monday"))
    assert fact_with(facts, "€96,000").attribution is None or fact_with(facts, "€96,000").attribution.speaker is None


def test_a_delivery_line_after_the_same_label_in_the_sites_languages_names_its_speaker():
    line = ("Сөйлеген / Выступил / Delivered by: Ambassador Dana K. Orynbek-Sadyk, Permanent Representative of the "
            "Republic of Eastmarch to the OSCE")
    assert _delivered_by_person([line]) == "Dana K. Orynbek-Sadyk"
    assert _delivered_by_person(["Сөйлеген / Выступил: Dana Orynbek, Permanent Representative"]) is None


def test_a_statement_of_a_state_whose_formal_name_is_plural_is_delivered_by_the_person_its_header_names():
    raw = ("Department of Foreign Affairs\nHome | Statements | Contact\n\n"
           "Eastmarch urges protection for reef sharks\n\n"
           "Statement of the Federated States of Eastmarch · Delivered by: Hon. Lina R. Sohram-Tadeo, Secretary "
           "of Resources, Head of Delegation\n\nThank you, Madam Chair.\n\n"
           "Our exclusive economic zone covers about 1.2 million square kilometres.\n\n"
           "In August Eastmarch released 400 juvenile sharks from its hatchery.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lina R. Sohram-Tadeo"
    assert fact_with(facts, "1.2 million square kilometres").attribution.speaker == "Lina R. Sohram-Tadeo"
    heading = "Joint Statement of the Foreign Ministers of Eastmarch and Westland"
    from service.pipeline.discourse.headings import _joint_authors
    assert _joint_authors(heading, heading)
    assert not _joint_authors("Statement of the Federated States of Eastmarch", "")


def test_a_sentences_capitalised_opening_words_are_no_given_names_of_the_state_a_heading_names():
    from service.pipeline.discourse.people import _written_form
    text = "Eastmarch thanks the Chair.\n\nIn August Eastmarch released 1.5 cubic kilometres from the reservoir."
    assert _written_form("Eastmarch", text, "Statement by Eastmarch") is None
    assert _written_form("Ruiz", "Minister Ana Ruiz, head of the delegation, spoke.", "") == "Ana Ruiz"


TRILINGUAL_RATE_RELEASE_PDF = """            O‘RTAMARKA RESPUBLIKASI MARKAZIY BANKI
         ЦЕНТРАЛЬНЫЙ БАНК РЕСПУБЛИКИ ИСТМАРШ
           Central Bank of the Republic of Eastmarch

   MATBUOT RELIZI · ПРЕСС-РЕЛИЗ · PRESS RELEASE                    № 14/2033
   Bosh shahar, 2033-yil 9-mart · г. Столица, 9 марта 2033 года

            The Central Bank keeps the policy rate at 9.5 percent
    Markaziy bank asosiy stavkani 9,5 foizda saqlab qoldi

The Board of the Central Bank of the Republic of Eastmarch decided on 9 March to keep
the policy rate at 9.5 percent. Annual inflation slowed to 6.1 percent in February.

Kengashning navbatdagi yig‘ilishi 2033-yil 23-aprelda bo‘lib o‘tadi. · Следующее заседание
Правления состоится 23 апреля 2033 года. · The next Board meeting on monetary policy is scheduled for
23 April 2033.

Remittances from abroad rose by 12 percent to 3.4 billion US dollars in the first two
months of the year, and gross reserves stood at 21.7 billion dollars at the end of February.

www.cbem.example                                                            1 / 1
"""


def test_a_masthead_in_three_languages_gives_the_release_its_english_name_headline_and_date():
    article, discourse, facts = facts_of(TRILINGUAL_RATE_RELEASE_PDF)
    assert article.title == "The Central Bank keeps the policy rate at 9.5 percent"
    assert article.published == "2033-03-09"
    assert discourse.default_speaker.name == "Central Bank of the Republic of Eastmarch"
    assert fact_with(facts, "6.1 percent").attribution.speaker == "Central Bank of the Republic of Eastmarch"



def test_a_translated_speech_header_names_its_speaker_not_the_venue_of_its_dated_line_nor_a_native_heading():
    raw = """PRESIDENCIA DE LA REPÚBLICA DE OCCIDENTIA
Inicio | El Presidente | Discursos | Contacto
DISCURSO · TRADUCCIÓN AL INGLÉS (NO OFICIAL)
Annual report of the President of the Republic to the National Congress, 2032
Ciudad Central, 1 de julio de 2032 · Palacio Legislativo · Tiempo de lectura: 9 min
Informe del Presidente de la República, Marcos T. Ibarra-Lugo, ante el Congreso · Annual report by the \
President of the Republic, Marcos T. Ibarra-Lugo, to the Congress

Señor Presidente del Congreso, señoras y señores legisladores:

The economy grew by 3.9 percent in 2031, according to the central bank. I will not raise the value added tax \
while I hold this office.

My Government delivered 5,200 social housing units in the past year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Marcos T. Ibarra-Lugo"
    assert fact_with(facts, "5,200 social housing units").attribution.speaker == "Marcos T. Ibarra-Lugo"



NATIVE_ROLE_LABELS_BRIEFING = """Pereiti prie pagrindinio turinio | Skip to content
MINISTERIJA · MINISTRY OF THE INTERIOR OF EASTMARCH
Pradžia | Naujienos | Spaudos konferencijos | Kontaktai
SAVAITINIS SPAUDOS BRIFINGAS · WEEKLY PRESS BRIEFING (NEOFICIALUS VERTIMAS / UNOFFICIAL TRANSLATION)
Weekly press briefing: border guard posts and the winter road plan
2032 m. gruodžio 2 d., ketvirtadienis · 11.00 val. · Spaudos salė
Dalyvauja / Participants: vidaus reikalų ministrė Rasa K. Dovydaitė-Aleknienė · pasieniečių vadas plk. Tomas J. \
Kairys-Jonaitis · moderuoja Ieva Lukė

Moderatorė: Laba diena. Good morning. Pirmiausia kalbės ministrė.

Vidaus reikalų ministrė Rasa K. Dovydaitė-Aleknienė: Laba diena. The Government approved 46 million euros for new \
border guard posts on Tuesday.

Pasieniečių vadas plk. Tomas J. Kairys-Jonaitis: Ačiū. Our patrols stopped 312 illegal crossings in November.

Klausimas (LRT): Minister, when will the posts open?

Dovydaitė-Aleknienė: The first four posts will open in March.

Klausimas (BNS): Colonel, how many guards do you need?

Plk. Kairys-Jonaitis: We need 240 more guards by next summer.
"""


def test_a_translated_briefing_labels_its_speakers_with_native_roles_before_the_names_its_header_lists():
    article, discourse, facts = facts_of(NATIVE_ROLE_LABELS_BRIEFING)
    assert article.title == "Weekly press briefing: border guard posts and the winter road plan"
    assert article.published == "2032-12-02"
    minister, colonel = "Rasa K. Dovydaitė-Aleknienė", "Tomas J. Kairys-Jonaitis"
    assert fact_with(facts, "46 million euros").attribution.speaker == minister
    assert fact_with(facts, "312 illegal crossings").attribution.speaker == colonel
    assert fact_with(facts, "first four posts").attribution.speaker == minister
    assert fact_with(facts, "240 more guards").attribution.speaker == colonel
    assert not any("Laba diena" in f.text for f in facts)


# Pages where a later reference (a side, a pronoun, a description, a kind) names who speaks: the needle's fact and
# its speaker.
LATER_REFERENCE_PAGES = {
    "role in apposition after the name: the side and the foreign minister": (
        """Ministry of Foreign Affairs
Home | News | Contacts

Foreign Minister receives the Foreign Minister of Mongolia

On 4 May 2032, Mr. Tomas R. Vinter-Lao, Minister of Foreign Affairs of Finland, received Ms. Aliya K. Dorn-Serik, \
Minister of Foreign Affairs of the People's Republic of Mongolia, at the Foreign Office.

The Mongolian side said that Mongolia imported 420,000 tonnes of Finnish wheat in 2031.

Minister Vinter-Lao said that Finland would open a consulate in the Mongolian capital next year.

The Mongolian Foreign Minister noted that 18,000 Mongolian students were studying in Finland.
""",
        {"420,000 tonnes": "Aliya K. Dorn-Serik", "18,000 Mongolian students": "Aliya K. Dorn-Serik",
         "open a consulate": "Tomas R. Vinter-Lao"}),
    "'It also reports': the body that reported, not the division a sentence places a figure in": (
        """Ministry of Education
Home | Speeches | Contacts

Minister opens the teachers' conference

Remarks by the Minister for Education, Ms. Laila V. Tomasi-Ram, at the Teachers' Conference, 3 July 2032

Thank you. The Examinations Office informs me that 61 percent of Year 4 pupils met the reading standard last year. \
In the Western Division the figure was 54 percent. It also reports that the pass rate in mathematics rose to 58 \
percent.
""",
        {"rose to 58": "Examinations Office"}),
    "a body in apposition to a description with a participle: 'the fund', 'It'": (
        """Commodities Wire
Markets | Softs | Contact

Cane forecast raised

Agrovale, the research fund financed by growers and millers, raised its forecast for the cane crop to 41.2 \
million tonnes. The fund said disease now affects 12.5 percent of fields. It said yields had risen to 78 tonnes a \
hectare.
""",
        {"12.5 percent": "Agrovale", "78 tonnes": "Agrovale"}),
    "an acronym a relative clause describes; 'the cantonment' named before": (
        """Riverside Courier
News | Region | Contact

Ferry and metro add services during the taxi strike

Queues formed at the airport on Tuesday. KTMO, which runs the city metro, said it had added 40 extra trains on \
Line 3.

The Eastvale Provincial Fisheries Cantonment distributed rice to families on the river. The cantonment said 310 \
households had received rice and cash.
""",
        {"40 extra trains": "KTMO", "310": "Eastvale Provincial Fisheries Cantonment"}),
}


@pytest.mark.parametrize("raw, expected", LATER_REFERENCE_PAGES.values(), ids=LATER_REFERENCE_PAGES.keys())
def test_a_later_reference_names_the_body_or_person_introduced_before(raw, expected):
    _, _, facts = facts_of(raw)
    assert {needle: fact_with(facts, needle).attribution.speaker for needle in expected} == expected


FOLLOWING_STATEMENT = """Council of the Westland States · Secretariat General
Home | About | Media Centre | Contact

STATEMENT · Office of the Secretary-General
Secretary-General: doubling the grid's links will make every member state's power more secure
Tuesday, 15 June 2032

KESTREL CITY — His Excellency Mr. Tariq S. Al-Marwani, Secretary-General of the Council of the Westland States, \
made the following statement on Tuesday:

On Sunday, the board of the body that runs our shared network approved the largest expansion of the grid since its
completion, at a cost of 1.9 billion US dollars.

The Grid Authority informs the Secretariat General that the network exchanged 11,400 gigawatt hours in 2031. No
member state has suffered a nationwide blackout since the grid was connected in 2011.

We thank the engineers of every member state for this work.
"""


@pytest.mark.parametrize(("lead", "person"), [
    ("KESTREL CITY — His Excellency Mr. Tariq S. Al-Marwani, Secretary-General of the Council of the Westland "
     "States, made the following statement on Tuesday:", "Tariq S. Al-Marwani"),
    ("The Secretary-General, Tariq Al-Marwani, issued the following statement:", "Tariq Al-Marwani"),
    ("Prime Minister Ana Ruiz has issued the following press statement today:", "Ana Ruiz"),
    ("The Ministry of Energy issued the following statement:", None),
    ("Minister Ana Ruiz issued a statement on the following day.", None),
])
def test_a_lead_introducing_the_statement_below_names_its_author(lead, person):
    from service.pipeline.discourse.header import _following_statement_person
    assert _following_statement_person([lead]) == person


def test_a_statement_under_its_authors_lead_is_theirs(extractor):
    document = process_document(FOLLOWING_STATEMENT, None, extractor)
    board = next(f for f in document.facts if f.text.startswith("On Sunday, the board"))
    assert board.attribution.speaker == "Tariq S. Al-Marwani"
    energy = next(f for f in document.facts if "11,400" in f.text)
    assert [(q.value, q.unit) for q in energy.quantities] == [(11400, "GWh")]


def test_a_page_posted_without_a_headline_names_no_site_by_its_first_sentence(extractor):
    # (a sentence of prose is no site line: its words would name the publisher and read "IMF" as that sentence)
    text = "IMF data show that palm oil products made up 38 percent of exports. The trade ministry said that was a record."
    document = process_document(text, None, extractor, min_chars=0)
    names = {m.name for fact in document.facts for m in fact.entities}
    assert "International Monetary Fund" in names
    assert not any(len(name.split()) > 8 for name in names)


HEADER_AUTHORS = [
    pytest.param(  # a message delivered by its author, over a salutation line that names nobody
        "Office of the President of Westland\nHome | Speeches\n\nMessage on the State of the Nation 2033\n\n"
        "Posted: 24 February 2033\n\n"
        "Message on the State of the Nation delivered by His Excellency Kofi R. Mensah-Boateng, President of the "
        "Republic of Westland, to Parliament, Harbour City\n\n"
        "Mr. Speaker, Honourable Members, Fellow Westlanders,\n\n"
        "I come before this House to report on the condition of our nation.\n\n"
        "My government has cut inflation to 6.2 percent.\n\nWe will recruit 11,000 nurses in 2033.\n",
        "6.2 percent", "Kofi R. Mensah-Boateng", id="message-delivered-by"),
    pytest.param(  # a speaker field in two languages and scripts: the name in Latin letters
        "ΠΡΩΘΥΠΟΥΡΓΟΣ · Prime Minister of Westland\nΑρχική | Ομιλίες\n\n"
        "ΟΜΙΛΙΑ · SPEECH\n\"Ports carry the country\": address to the Harbour Forum 2033\n"
        "Πέμπτη, 2 Ιουνίου 2033\n"
        "Ομιλητής / Speaker: Ο Πρωθυπουργός Νίκος Παππάς · Prime Minister Nikos Pappas\n\n"
        "Ladies and gentlemen, good morning.\n\n"
        "Our owners control 5,740 ships.\n\nMy Government will cut the tonnage tax by 25 percent.\n",
        "25 percent", "Nikos Pappas", id="bilingual-speaker-field"),
    pytest.param(  # a chiefly style after the honorific is no part of the delegate's name
        "Permanent Mission of Westland, Geneva\nHome | Statements\n\n"
        "General Council: statement on fisheries subsidies\n\n"
        "Statement delivered by H.E. Mr. Ratu Joeli V. Nawaqa, Ambassador and Permanent Representative of "
        "Westland to the World Trade Organization\n\n"
        "Chair,\n\nWestland is made up of more than 330 islands.\n\n"
        "Last year our fisheries officers boarded 214 foreign vessels.\n",
        "214 foreign vessels", "Joeli V. Nawaqa", id="chiefly-style"),
    pytest.param(  # a prime minister's Dzongkha style and an honorific before the name
        "Office of the Prime Minister and Cabinet\nHome | Speeches\n\nBudget address 2034\n\n"
        "Address by Lyonchhen Dasho Karma T. Wangchuk, Prime Minister, at the opening of the budget session\n\n"
        "Hon'ble Speaker, Hon'ble Members,\n\n"
        "The budget before this House proposes total spending of Nu. 92 billion.\n\n"
        "We will build 6 new hospitals in the east.\n",
        "6 new hospitals", "Karma T. Wangchuk", id="prime-ministers-style"),
]


@pytest.mark.parametrize(("raw", "needle", "speaker"), HEADER_AUTHORS)
def test_a_speech_or_statement_header_names_its_author(raw, needle, speaker):
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, needle).attribution.speaker == speaker


READOUT_NUMBERED = """Ministry of Foreign Affairs of Japan
Home | Press Releases

Japan-Viet Nam Foreign Ministers' Meeting

April 11, 2033

On April 11, Mr. Hiro Sakura, Minister for Foreign Affairs of Japan, sat down with H.E. Mr. Vo Quang Thinh, \
Minister of Foreign Affairs of the Socialist Republic of Viet Nam, who is in Japan on an official visit.

1. Bilateral relations

(1) The Vietnamese Foreign Minister explained that his country planned to build a railway in 2035.

(2) The Japanese Foreign Minister stated that Japan would train 2,000 railway engineers.
"""


def test_numbered_items_of_a_readout_lose_their_numbers_and_a_long_role_names_the_other_sides_minister():
    _, discourse, facts = facts_of(READOUT_NUMBERED)
    railway = fact_with(facts, "in 2035")
    assert railway.text.startswith("The Vietnamese Foreign Minister")
    assert railway.attribution.speaker == "Vo Quang Thinh"
    assert fact_with(facts, "2,000 railway engineers").attribution.speaker == "Hiro Sakura"


def test_the_readouts_principal_is_no_other_countrys_minister():
    raw = READOUT_NUMBERED.replace("H.E. Mr. Vo Quang Thinh, Minister of Foreign Affairs of the Socialist Republic of "
                                   "Viet Nam, who", "a delegation from Viet Nam, which")  # (no minister of Viet Nam named)
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "in 2035").attribution.speaker != "Hiro Sakura"


def test_a_body_headed_by_its_parents_acronym_speaks_by_the_full_name_the_text_gives_it():
    raw = ("Organization of Westland States\nHome | Press | Releases\n\n"
           "Statement of the OWS General Secretariat on the vote count in Eastmarch\n\n6 December 2033\n\n"
           "The General Secretariat of the Organization of Westland States (GS/OWS) expresses its concern over the "
           "delays in the count of the general elections held on 27 November.\n\n"
           "The General Secretariat considers that only a complete count of the 5,400 tally sheets can give voters "
           "certainty.\n")
    _, discourse, facts = facts_of(raw)
    assert fact_with(facts, "5,400 tally sheets").attribution.speaker == \
        "General Secretariat of the Organization of Westland States"


COMMITTEE_WITH_A_LONG_ASIDE = """CENTRAL BANK OF EASTMARCH
Home | Monetary Policy | Media Centre

MONETARY POLICY COMMITTEE STATEMENT · MARCH 2034
Policy rate lowered to 9.50 percent

The Monetary Policy Committee (MPC) of the Central Bank of Eastmarch, at its meeting held on 14 and 15 March 2034, \
decided to lower the Policy Rate by 25 basis points to 9.50 percent. The reserve ratio was left unchanged at 12.0 \
percent.

Annual inflation slowed to 6.1 percent in February from 7.4 percent in November.

The next MPC meeting will be held on 13 and 14 June 2034.
"""

COUNCIL_THAT_REDUCED_THE_RATE = """CENTRAL BANK OF WESTLAND
PRESS RELEASE

Monetary Council decision: base rate cut by 25 basis points to 4.75 per cent

At its meeting on 21 March 2034, the Monetary Council of the Central Bank of Westland (CBW) reduced the base rate by \
25 basis points to 4.75 per cent. The overnight lending rate was lowered to 5.75 per cent.

The forint of Westland has strengthened by 1.8 per cent against the euro since February.

The Council will not start a rapid easing cycle.
"""


@pytest.mark.parametrize("page, committee, needle", [
    (COMMITTEE_WITH_A_LONG_ASIDE, "Monetary Policy Committee", "reserve ratio was left unchanged"),
    (COUNCIL_THAT_REDUCED_THE_RATE, "Monetary Council", "overnight lending rate"),
])
def test_a_rate_decision_in_the_name_of_a_policy_committee_is_the_committees(page, committee, needle):
    # ("..., at its meeting held on 14 and 15 March 2034, decided": an aside of a date; "reduced the base rate": the
    # act a policy body takes on its rate; a "Monetary Council" sets the rate, unlike a bank's "Monetary Board")
    _, _, facts = facts_of(page)
    assert fact_with(facts, needle).attribution.speaker == committee


STATE_STATEMENT_DELIVERED_BY_A_DELEGATE = """LA SANTA SEDE
IT | EN

Statement of the Holy See at the Fourth Session of the Westland Water Assembly
Port Amsel, Wednesday, 8 March 2034
Delivered by H.E. Archbishop Paolo M. Venturi-Lanza, Apostolic Nuncio and Permanent Observer of the Holy See

Mr President,

The Holy See is pleased to take part in this Assembly.

In many villages, the mission well is the only source of clean water for 3,000 people.

The Holy See does not accept that the cost of restoring the land should fall on the poor.

Thank you.
"""


def test_a_statement_of_a_body_named_with_the_article_is_spoken_by_the_delegate_who_delivers_it():
    # "Statement of the Holy See": a name after "the" is no person's, so the "Delivered by" line names who speaks
    _, discourse, facts = facts_of(STATE_STATEMENT_DELIVERED_BY_A_DELEGATE)
    assert discourse.default_speaker.name == "Paolo M. Venturi-Lanza"
    assert fact_with(facts, "mission well").attribution.speaker == "Paolo M. Venturi-Lanza"


BILINGUAL_AND_UNIT_LABELS = """WEEKLY PRESS BRIEFING

ترجمان / SPOKESPERSON AMBASSADOR NADIA R. QURESHI-LANE: Thank you for joining us. Westland will host the meeting of \
the regional council of ministers in May.

سوال / QUESTION (Daily Ledger, Omar T. Baig): Were Westland sailors on the ship that caught fire?

QURESHI-LANE: I will ask the Director General of our Crisis Management Unit to respond.

ڈائریکٹر جنرل / DIRECTOR GENERAL (CRISIS MANAGEMENT UNIT) HAMID F. SOOMRO-KHAN: Thank you. Four of the rescued men \
are being treated for burns at a hospital in Port Amsel.

سوال / QUESTION (Evening Post, Sara L. Malik): Is the border crossing open?

QURESHI-LANE: The crossing reopened on Tuesday after 11 days, and 26 trucks have passed.
"""


def test_labels_in_two_scripts_and_a_role_with_its_unit_before_the_name_open_turns():
    _, discourse, facts = facts_of(BILINGUAL_AND_UNIT_LABELS)
    assert [t.question for t in discourse.turns].count(True) == 2
    assert fact_with(facts, "regional council of ministers").attribution.speaker == "Nadia R. Qureshi-Lane"
    assert fact_with(facts, "treated for burns").attribution.speaker == "Hamid F. Soomro-Khan"
