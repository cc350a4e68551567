"""Who speaks in briefing, interview and press-conference layouts beyond "NAME:" labels, and in quotations that a
reporting line introduces. Every page here is composed for the test."""

from pathlib import Path

from service.pipeline.attribution import Attributor
from service.pipeline.cleaning import clean_article
from service.pipeline.discourse import analyse
from service.pipeline.entities import find_entities, load_gazetteer
from service.pipeline.facts import FactExtractor
from service.pipeline.models import DocumentKind
from service.pipeline.passages import split_passages

from .helpers import speaker_of

GAZETTEER = Path(__file__).resolve().parents[2] / "data" / "entities.yaml"


def facts_of(raw: str):
    article = clean_article(raw, min_chars=0)
    discourse = analyse(article.text, title=article.title, source=article.source, byline=article.byline, page=raw)
    passages = split_passages(article.text, skip=discourse.label_spans())
    extractor = FactExtractor(load_gazetteer(GAZETTEER))
    return article, discourse, extractor.extract(article.text, passages, discourse)


def attributed(text: str) -> list[tuple[str, str | None]]:
    passages = split_passages(text)
    entities = find_entities(text, load_gazetteer(GAZETTEER), [(p.start, p.end) for p in passages])
    attributor = Attributor(entities.people)
    out = []
    for p in passages:
        found = attributor.attribute(p.text, p.start, entities.within(p.start, p.end)).attribution
        out.append((p.text, None if found is None else "anonymous" if found.anonymous else found.speaker))
    return out


def speaker_in(pairs, needle: str) -> str | None:
    return next(speaker for text, speaker in pairs if needle in text)


NAME_LINES = """Daily press briefing of 3 March 2025

Lena Varga (Chief Spokesperson)
Good afternoon. The council has released 800 million euros for rail links in the east of the union.

Question (Daily Courier)
How many projects will the money cover?

Piet Janssen (Spokesperson for Transport)
The money will cover 14 cross-border projects, and the first works start in June.

Question (Morning Wire)
Will the eastern states contribute?

Piet Janssen
Each state pays 30 percent of the cost of its own section.

Lena Varga
That is all for today. Thank you.
"""


def test_a_name_alone_on_its_line_above_prose_labels_a_turn():
    article, discourse, facts = facts_of(NAME_LINES)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "800 million euros") == "Lena Varga"
    assert speaker_of(facts, "14 cross-border projects") == "Piet Janssen"
    assert speaker_of(facts, "30 percent") == "Piet Janssen"  # the name without its bracketed role
    assert not any("contribute?" in f.text or "cover?" in f.text for f in facts)
    assert "Piet Janssen" not in " ".join(f.text for f in facts)


def test_name_lines_that_never_return_are_no_labels():
    raw = """Regional news roundup

Harbour Works Begin
The harbour authority started dredging the northern basin on Monday, and the work will take four months.

Bridge Closure Ends
The old bridge reopened to traffic on Tuesday after a repair that cost 2 million dollars.

Library Hours Extended
The central library will open until 9 p.m. on weekdays from next month.
"""
    article, discourse, _ = facts_of(raw)
    assert discourse.kind != DocumentKind.TRANSCRIPT
    assert "Harbour Works Begin:" not in article.text


def test_answers_labelled_a_speak_for_the_spokesperson_the_heading_names():
    raw = """Regular Press Conference of Foreign Ministry Spokesperson Ana Maria Costa on 4 March 2025

Q: Can you confirm the minister's trip to Lisbon?

A: The minister will visit Lisbon on March 10 and sign two agreements on maritime transport.

AFP: How many nationals have left the conflict zone?

A: So far 412 of our nationals have left the area by road, and the embassy remains open.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ana Maria Costa"
    assert discourse.default_speaker.role == "Foreign Ministry Spokesperson"
    assert speaker_of(facts, "sign two agreements") == "Ana Maria Costa"
    assert speaker_of(facts, "412 of our nationals") == "Ana Maria Costa"
    assert not any(f.text.endswith("?") for f in facts)


def test_bare_q_and_a_lines_of_an_interview_with_the_named_minister():
    raw = """Interview with Hannah Lindqvist, Minister of Trade, by the Coastal Herald

Q. What is the purpose of your visit?

A. Our two countries traded goods worth 6 billion dollars last year, and I will open a new trade office here.

Q. Will tariffs fall?

A. Tariffs on machinery will fall to zero from January under the agreement.
"""
    _, discourse, facts = facts_of(raw)
    assert speaker_of(facts, "6 billion dollars") == "Hannah Lindqvist"
    assert speaker_of(facts, "fall to zero") == "Hannah Lindqvist"
    assert not any("purpose of your visit" in f.text for f in facts)


def test_a_paragraph_opening_with_a_dot_is_no_answer_without_bare_questions():
    raw = """Harbour report for the week

A. Fernandes & Sons said the new crane had lifted 300 containers on its first day in the port.

The port authority said traffic rose by 4 percent over the week, helped by two extra shipping lines.
"""
    _, discourse, _ = facts_of(raw)
    assert discourse.turns == []


def test_interviewer_turns_are_questions_and_a_surname_label_is_the_person_in_the_heading():
    raw = """Interview with Tomas Berg, Director of the Water Agency

Interviewer: Reservoirs were 40 percent full in May, the lowest level in a decade. Is there a shortage?

Berg: Reservoirs are now 55 percent full after the August rains. We do not expect restrictions this winter.

Interviewer: What about the new pipeline?

Berg: The pipeline will carry 90,000 cubic metres a day when it opens in 2027.
"""
    _, discourse, facts = facts_of(raw)
    assert speaker_of(facts, "55 percent full") == "Tomas Berg"
    assert speaker_of(facts, "when it opens in 2027") == "Tomas Berg"
    assert not any("lowest level in a decade" in f.text for f in facts)


def test_a_line_ending_in_a_colon_introduces_the_quotation_of_the_next_paragraphs():
    pairs = attributed(
        'Inspector Maria Olsen said: "Two people were taken to hospital. The road stays closed tonight.\n\n'
        '"We will reopen it in the morning."\n\n'
        "Station Manager Karl Dunne, of the county fire service, added:\n\n"
        '"Our crews rescued 23 people from the flooded homes. The water is still rising.\n\n'
        '"Eight engines remain at the scene."\n'
    )
    assert speaker_in(pairs, "reopen it in the morning") == "Maria Olsen"
    assert speaker_in(pairs, "rescued 23 people") == "Karl Dunne"
    assert speaker_in(pairs, "still rising") == "Karl Dunne"
    assert speaker_in(pairs, "Eight engines") == "Karl Dunne"


def test_a_person_described_by_the_body_they_lead_speaks_not_the_body():
    pairs = attributed(
        'Councillor Ruth Adeyemi, leader of Harrow Vale Council, said: "The council will open two rest centres."\n\n'
        "She added that inspectors would visit the homes on Monday.\n"
    )
    assert speaker_in(pairs, "two rest centres") == "Ruth Adeyemi"
    assert speaker_in(pairs, "inspectors would visit") == "Ruth Adeyemi"


def test_data_cited_with_according_to_are_no_speaker_but_officials_figures_are():
    pairs = attributed(
        "Wheat prices rose 2.1% to $240 a tonne in Chicago on Monday, according to exchange data.\n\n"
        "About 30% of the harvest was lost to drought, according to official figures.\n\n"
        "Exports fell by a fifth, according to estimates from the Grain Council.\n"
    )
    assert speaker_in(pairs, "Wheat prices rose") is None
    assert speaker_in(pairs, "lost to drought") == "anonymous"  # officials stand behind the figures
    assert speaker_in(pairs, "Exports fell") == "Grain Council"


def test_announcements_hand_overs_greetings_and_non_answers_are_procedural():
    from service.pipeline.facts import is_procedural

    for line in (
        "I have two announcements before we turn to your questions.",
        "Let me start with an update on the evacuation of our citizens.",
        "I will let my colleague answer that one.",
        "Good afternoon to our friends from the press.",
        "It is a great pleasure to welcome the Prime Minister to our capital.",
        "We do not comment on individual cases while appeals are pending.",
        "I do not have information on this question.",
        "I would not want to preempt the Minister's meetings.",
    ):
        assert is_procedural(line), line
    for line in (
        "The ministry has repatriated 312 workers since January.",
        "The council will let the contract to a local builder in May.",
    ):
        assert not is_procedural(line), line


def test_a_recorded_transcript_with_times_after_the_labels_and_unnamed_speakers():
    raw = """Mayor Holds Press Conference on Storm Damage Transcript

Mayor Rosa Delgado: (00:00)
Good morning. The storm damaged 340 homes overnight and 18,000 households are without power.

Speaker 2: (01:05)
Mayor, when will power be restored?

Mayor Rosa Delgado: (01:09)
Crews expect to restore power to most households by Thursday evening.

Fire Chief Omar Haddad: [02:30]
Our crews carried out 27 rescues from flooded basements.
"""
    article, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert "(00:00)" not in article.text
    assert speaker_of(facts, "340 homes") == "Rosa Delgado"
    assert speaker_of(facts, "27 rescues") == "Omar Haddad"
    assert not any("when will power" in f.text for f in facts)


def test_a_name_then_its_role_labels_a_turn_and_an_initial_resolves_to_the_first_name():
    _, _, facts = facts_of("""Health update press conference, 12 August 2025

Maria Lopez, Chief Health Officer: There were 412 new cases reported in the last 24 hours.

Tom Riley, City Radio: Is the new variant more severe?

Maria Lopez, Chief Health Officer: There is no evidence that the new variant causes more severe illness.

Tom Riley, City Radio: What about boosters?

Dr Sam Patel, Deputy Chief Health Officer: About 2.3 million people have received the updated booster.
""")
    assert speaker_of(facts, "412 new cases") == "Maria Lopez"  # "cases were reported": nobody else reports
    assert speaker_of(facts, "2.3 million people") == "Sam Patel"
    _, discourse, facts = facts_of("""Interview of Minister of Transport Giorgos Papadakis with the "Daily Star"

JOURNALIST: Minister, when will the new line open?

G. PAPADAKIS: The new metro line opens in October and will carry 300,000 passengers a day.

JOURNALIST: And the cost?

G. PAPADAKIS: The line cost 2.1 billion euros, 40 percent of it from European funds.
""")
    assert discourse.default_speaker.name == "Giorgos Papadakis"
    assert speaker_of(facts, "300,000 passengers") == "Giorgos Papadakis"


def test_states_at_the_end_of_a_sentence_is_a_noun_not_a_reporting_verb():
    _, _, facts = facts_of("""Joint press conference of the foreign ministers, 3 February 2025

Minister Valtonen: Finland will sign a memorandum on energy security today.

Question: Will you discuss the pipeline?

Minister Sikorski: We will build a new pipeline link to the Baltic states.

Question: When?

Minister Sikorski: The link will be ready in 2028, and it will carry 3 billion cubic metres a year.
""")
    assert speaker_of(facts, "Baltic states") == "Sikorski"


def test_a_named_person_before_an_appositive_role_speaks():
    pairs = attributed('"Only 2,100 trucks entered the strip last month," Jens Olsen, spokesperson for the '
                       "relief office, told reporters in Geneva.\n")
    assert speaker_in(pairs, "2,100 trucks") == "Jens Olsen"


def test_a_one_word_group_name_after_given_names_is_a_surname():
    text = ("Congo's foreign minister, Therese Kayikwamba Wagner, said the withdrawal must begin within 90 days. "
            "More than 7,000 people have been killed this year, Kayikwamba Wagner told reporters.")
    mentions = find_entities(text, load_gazetteer(GAZETTEER)).mentions
    assert [m.name for m in mentions if m.type == "PERSON"] == ["Therese Kayikwamba Wagner"] * 2
    assert not any(m.type == "GROUP" for m in mentions)
    group = find_entities("Fighters of the Wagner group left the town.", load_gazetteer(GAZETTEER)).mentions
    assert [m.type for m in group] == ["GROUP"]


def test_the_minister_in_lower_case_is_the_minister_named_last():
    pairs = attributed(
        "Rwanda's foreign minister, Amani Mugabo, said the talks had gone well. Congo's foreign minister, "
        "Clarisse Ndaye, said troops must withdraw within 90 days.\n\n"
        "The minister said that 2 million people had fled their homes.\n"
    )
    assert speaker_in(pairs, "2 million people") == "Clarisse Ndaye"


def test_an_interview_without_labels_asks_in_the_paragraphs_that_end_with_a_question_mark():
    raw = """Interview with Aoife Brennan, Deputy Governor, published in the Harbour Times

Mortgage arrears fell to their lowest level since 2009 last year. Is the crisis over for borrowers?

Arrears have fallen a long way, but about 10,000 mortgage accounts are still more than two years behind.

Inflation dropped to 1.4 percent in April. Will rates be cut again in June?

Inflation in the euro area is close to our 2 percent target, and the council decides meeting by meeting.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.QUESTIONS_ANSWERS
    assert speaker_of(facts, "10,000 mortgage accounts") == "Aoife Brennan"
    assert speaker_of(facts, "2 percent target") == "Aoife Brennan"
    assert not any("lowest level since 2009" in f.text or "1.4 percent" in f.text for f in facts)


def test_role_only_labels_resolve_to_a_styled_name_line_in_the_header():
    raw = """Office of the Premier
Home > Media > Transcripts

Press conference - State Library, Riverton

The Hon Grace Whitfield MP
Premier

Transcript
12 February 2025

PREMIER: Good morning. Today we are announcing 850 million dollars for new rail carriages.

JOURNALIST: Premier, when will they arrive?

PREMIER: The first 20 carriages arrive next year, and the rest by 2028.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Grace Whitfield"
    assert speaker_of(facts, "850 million dollars") == "Grace Whitfield"
    assert speaker_of(facts, "first 20 carriages") == "Grace Whitfield"


def test_a_possessive_heading_names_the_person_of_a_doorstop_or_remarks():
    raw = """Transcript of Minister for Trade Dr Lena Okafor's Doorstop Interview with the Media, 22 March 2025

Minister: Our two countries will sign a digital trade agreement in October.

Question: What about tariffs?

Minister: Tariffs on 98 percent of goods were removed last year.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Lena Okafor"
    assert speaker_of(facts, "98 percent of goods") == "Lena Okafor"
    raw = """Foreign Minister Ivan Petrov's remarks at a joint news conference with Foreign Minister Ana Silva, June 2

Ivan Petrov: Trade between our countries grew by 20 percent last year.

Question: Will the talks continue?

Ana Silva: Our delegations will meet again in Lisbon in September.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.default_speaker.name == "Ivan Petrov"  # the owner of the remarks, not the guest
    assert speaker_of(facts, "meet again in Lisbon") == "Ana Silva"


def test_names_in_capitals_on_their_own_lines_label_turns_when_they_return_or_carry_a_title():
    raw = """Press conference on the measles outbreak, 3 April 2025

MARIA LOPEZ
Good morning. We have confirmed 64 cases of measles in the capital region since January.

JOURNALIST
How many children are in hospital?

MARIA LOPEZ
Eleven children are in hospital, and two of them are in intensive care.

DR SAM PATEL
Vaccination clinics will open on Saturday in 12 schools.
"""
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "64 cases of measles") == "Maria Lopez"
    assert speaker_of(facts, "12 schools") == "Sam Patel"
    assert not any("in hospital?" in f.text for f in facts)
    raw = """Weekly city council report for residents

ROAD WORKS
The council will resurface 14 streets in the old town between May and September this year.

PARK OPENING
The new riverside park opens on Saturday with a playground, a cafe and 300 new trees.

LIBRARY HOURS
The central library will stay open until 9 p.m. on weekdays from next month onwards.
"""
    article, discourse, _ = facts_of(raw)
    assert discourse.kind != DocumentKind.TRANSCRIPT and "ROAD WORKS:" not in article.text


def test_a_briefing_told_in_the_third_person_speaks_for_the_spokesperson_its_heading_names():
    raw = """Highlights of the noon briefing by Tomas Lindqvist, Spokesperson for the Secretary-General

10 March 2025

The Spokesperson said that more than 12 million people had been displaced by the fighting. He added that aid
partners had reached 1.3 million people with food in February.

Mr. Lindqvist said the mission had received 70 percent of its funding for the year.
"""
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "12 million people") == "Tomas Lindqvist"
    assert speaker_of(facts, "1.3 million people") == "Tomas Lindqvist"
    assert speaker_of(facts, "70 percent") == "Tomas Lindqvist"


def test_an_age_between_commas_leaves_the_name_the_speaker():
    pairs = attributed('"The members voted to accept the offer," said Ana Ruiz, who heads the dockworkers\' union.\n\n'
                       "Ruiz, 54, said about 6,000 workers had joined the strike.\n")
    assert speaker_in(pairs, "6,000 workers") == "Ana Ruiz"


def test_a_quotation_opened_by_a_colon_is_cut_into_sentences_that_keep_their_speaker():
    text = ('Councillor Ruth Adeyemi, leader of Harrow Vale Council, said: "Around 120 residents spent the night at '
            'the rest centre. The council has set up a hardship fund of 250,000 pounds."\n')
    passages = split_passages(text)
    assert [p.text[:20] for p in passages] == ["Councillor Ruth Adey", "The council has set "]
    pairs = attributed(text)
    assert speaker_in(pairs, "hardship fund") == "Ruth Adeyemi"
    inline = split_passages('"Around 120 residents spent the night there. The council set up a fund," Adeyemi said.')
    assert len(inline) == 1  # a quotation the reporting clause closes stays whole


def test_an_ordinal_before_a_unit_name_belongs_to_it():
    text = "Most of the soldiers come from the 3rd Infantry Division and the 41st Field Artillery Brigade."
    names = {m.name for m in find_entities(text, load_gazetteer(GAZETTEER)).mentions}
    assert {"3rd Infantry Division", "41st Field Artillery Brigade"} <= names
    assert not {"Infantry Division", "Field Artillery Brigade"} & names


def test_a_feature_word_before_a_name_makes_a_place_that_its_bare_name_repeats():
    text = "Homes were evacuated after the River Esk burst its banks. Levels on the Esk peaked at 4 metres."
    mentions = find_entities(text, load_gazetteer(GAZETTEER)).mentions
    assert [(m.name, m.type) for m in mentions] == [("River Esk", "GPE"), ("River Esk", "GPE")]


def test_a_name_after_its_role_speaks_when_the_reported_clause_opens_with_a_country():
    pairs = attributed("Russia's foreign ministry spokeswoman, Maria Zakharova, said Finland was \"escalating "
                       'tensions," according to a news agency.\n')
    assert speaker_in(pairs, "escalating") == "Maria Zakharova"
    pairs = attributed('"The talks were useful," said Deputy Spokesperson Lena Ruiz, who briefed reporters.\n')
    assert speaker_in(pairs, "talks were useful") == "Lena Ruiz"


def test_an_office_the_text_abbreviates_speaks_when_nobody_is_named_in_it():
    text = ("The Mayor's Press Officer (MPO) said the city would hire 300 more bus drivers this year. "
            "Asked about fares, the MPO said they would not rise before 2027. "
            "The city's Chief Planning Officer (CPO), Dana Reyes, said 12 new routes would open.")
    pairs = attributed(text)
    assert speaker_in(pairs, "300 more bus drivers") == "Mayor's Press Officer"
    assert speaker_in(pairs, "would not rise") == "Mayor's Press Officer"
    assert speaker_in(pairs, "12 new routes") == "Dana Reyes"  # a named holder speaks, not the office
    pairs = attributed("The Press Officer said the city would hire 300 more bus drivers this year.")
    assert speaker_in(pairs, "300 more bus drivers") != "Press Officer"  # no abbreviation defines the office


def test_role_labels_resolve_to_the_people_a_present_list_names_with_those_roles():
    raw = """Ministry of Transport

PRESS BRIEFING ON THE FERRY ACCIDENT

Portvale, 4 May 2025

Present:
Hon. Mara Okoye, MP, Minister of Transport
Capt. Ivo Brandt, Chief Harbour Master
Ms. Lea Sato, Deputy Minister of Transport

MINISTER: Good morning. Rescue teams have recovered 42 passengers from the water.

CHIEF HARBOUR MASTER: The ferry was carrying 310 passengers when it struck the pier.

JOURNALIST: When will the port reopen?

MINISTER: The port will reopen to cargo ships on Tuesday.
"""
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "42 passengers") == "Mara Okoye"  # "Minister" begins her role, not the deputy's
    assert speaker_of(facts, "310 passengers") == "Ivo Brandt"
    assert speaker_of(facts, "reopen to cargo ships") == "Mara Okoye"
    raw = raw.replace("Ms. Lea Sato, Deputy Minister of Transport", "Ms. Lea Sato, Minister of State for Ports")
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "42 passengers") == "Minister"  # two listed ministers: the label stays a role


def test_section_headings_in_capitals_are_no_byline_and_a_briefing_heading_speaks_for_the_briefer():
    raw = """Highlights of the noon briefing by Jonas Adler, Spokesperson for the Secretary-General

Tuesday, 4 March 2025

NORTHERN HIGHLANDS REGION

The Spokesperson said that floods had cut off 40 villages in the region.

TRAVEL

The Secretary-General will visit 12 countries in the region next month.

QUESTIONS AND ANSWERS

Asked about the budget, he said that 60 percent of it had been paid.
"""
    article, discourse, facts = facts_of(raw)
    assert article.byline is None
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "40 villages") == "Jonas Adler"
    assert speaker_of(facts, "12 countries") == "Jonas Adler"  # no reporting clause: the briefer's own words
    assert speaker_of(facts, "60 percent") == "Jonas Adler"


def test_role_only_labels_under_a_participants_line_of_role_and_name_items():
    _, discourse, facts = facts_of("""Press conference on the harbour expansion

Harbourtown, 3 March 2025

Participants: Minister of Transport Ada Lindqvist; Chief Engineer, Dr Omar Haddad; Director General Pia Moe, Port

THE MINISTER: Good morning. The Government will spend 4 billion crowns on the new container terminal.

THE CHIEF ENGINEER: The new quay will be 900 metres long and open in 2029.

QUESTION (Harbour News): Who will run the terminal?

THE DIRECTOR GENERAL: The port authority will run the terminal with two private operators.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "4 billion crowns") == "Ada Lindqvist"
    assert speaker_of(facts, "900 metres") == "Omar Haddad"
    assert speaker_of(facts, "two private operators") == "Pia Moe"


def test_an_acronym_label_is_the_listed_person_whose_role_it_shortens():
    _, discourse, facts = facts_of("""Press conference on school transport

Basseport, 12 February 2026

PARTICIPANTS
Hon. Marcus Dalby, Minister of Education
Mrs. Ruth Okafor-Lane, Chief Education Officer (CEO)
Mr. Ian Frost, Director of Public Works

MINISTER: Good morning. The Government will hire 14 more buses for the new term.

CEO: Thank you, Minister. Examinations will start on 4 May as planned, and 1,120 students are registered.

DPW: The inspection of the school block will take three weeks.

QUESTION (Island Times): When will the block reopen?

CEO: The block will reopen in September at the earliest.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "1,120 students") == "Ruth Okafor-Lane"
    assert speaker_of(facts, "reopen in September") == "Ruth Okafor-Lane"
    assert speaker_of(facts, "three weeks") == "Ian Frost"


def test_a_listed_moderator_hosts_and_em_dash_labels_of_surnames_take_turns():
    _, discourse, facts = facts_of("""Weekly briefing on the measles outbreak

Speakers: Dr Kofi Mensah, Head of Emergencies; Dr Awa Diallo, Laboratory Lead
Moderator: Selam Tesfaye, Communications Officer

TESFAYE — Good afternoon and welcome to this briefing. Dr Mensah will speak first.

MENSAH — Thank you, Selam. Twelve countries have reported 41,000 measles cases this year.

DIALLO — Our laboratories now confirm a case within three days.

TESFAYE — Thank you. The first question is from Ama Boateng of the Daily Post.

AMA BOATENG (Daily Post) — How many children have been vaccinated?

MENSAH — We have vaccinated 2.4 million children since January.

TESFAYE — That concludes today's briefing and the next one is on Thursday.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "41,000 measles cases") == "Kofi Mensah"
    assert speaker_of(facts, "within three days") == "Awa Diallo"
    assert speaker_of(facts, "2.4 million children") == "Kofi Mensah"
    assert not any("welcome" in f.text or "next one" in f.text or "vaccinated?" in f.text for f in facts)


def test_a_dateline_before_an_em_dash_is_no_speaker_label():
    article, discourse, _ = facts_of("""Port strike ends after pay deal

OSLO — Dock workers ended a five-day strike on Monday after accepting a 9 percent pay rise.

The union said 200 container ships had been delayed by the strike, and that work resumed at noon.
""")
    assert discourse.kind != DocumentKind.TRANSCRIPT
    assert "OSLO:" not in article.text


def test_timestamps_before_labels_go_and_a_role_label_is_the_person_named_with_that_role_earlier():
    article, discourse, facts = facts_of("""Premier's press conference on the floods

[00:00:07] Premier Dana Whitfield: Good morning. More than 1,400 homes have been flooded since Saturday.

[00:00:58] Commissioner Karl Brandt: Thanks, Premier. Rescue crews have carried out 87 rescues since Saturday.

[00:01:40] Journalist: Premier, when will the highway reopen?

[00:01:44] Premier: We expect the highway to reopen on Friday at the earliest.

[00:02:20] Journalist: Commissioner, is anyone missing?

[00:02:25] Commissioner: Two people are still unaccounted for in the north.
""")
    assert "[00:01:44]" not in article.text
    assert speaker_of(facts, "1,400 homes") == "Dana Whitfield"
    assert speaker_of(facts, "reopen on Friday") == "Dana Whitfield"
    assert speaker_of(facts, "unaccounted for") == "Karl Brandt"
    assert not any(q.unit == "second" for f in facts for q in f.quantities)


def test_bold_labels_of_a_page_scraped_as_markdown_and_a_title_inside_a_long_label():
    article, discourse, facts = facts_of("""**Transcript: Media stand-up on the Eastport robbery**

**Detective Inspector Hemi Walker:** Thank you for coming. Police were called to a bank in Eastport at 9am.

**Area Commander Inspector Tracey Ngata:** We believe this was a targeted robbery.

**Reporter:** Is anyone in custody?

**Walker:** No one has been arrested at this stage.
""")
    assert article.title == "Transcript: Media stand-up on the Eastport robbery"
    assert "**" not in article.text
    assert speaker_of(facts, "called to a bank") == "Hemi Walker"
    assert speaker_of(facts, "targeted robbery") == "Tracey Ngata"
    assert speaker_of(facts, "No one has been arrested") == "Hemi Walker"


def test_a_long_label_of_a_full_ministry_title_a_style_and_a_name_opens_its_turn():
    # ten words: the ministry's whole title with "and" in it, "DR.", a name with a middle initial
    _, discourse, facts = facts_of("""Press conference on the measles outbreak

MODERATOR: Good morning. The Minister speaks first. Minister, you have the floor.

MINISTER OF PUBLIC HEALTH AND SOCIAL WELFARE DR. TOMÁS R. ESPINOZA-LUNA: Thank you.

As of today the Ministry is declaring a measles alert in three provinces. The provinces reported 412 cases since May.

VICE MINISTER OF HOSPITALS DR. ELENA V. PAZ-MORALES: Our hospitals have 300 beds for measles patients.

MODERATOR: We move to questions.

REPORTER (Radio Sur): Will schools close?

DR. ESPINOZA-LUNA: Schools in the three provinces will stay open.
""")
    assert speaker_of(facts, "measles alert") == "Tomás R. Espinoza-Luna"
    assert speaker_of(facts, "412 cases") == "Tomás R. Espinoza-Luna"
    assert speaker_of(facts, "300 beds") == "Elena V. Paz-Morales"
    assert speaker_of(facts, "stay open") == "Tomás R. Espinoza-Luna"


def test_call_transcript_name_lines_with_dashes_and_operator_lines():
    _, discourse, facts = facts_of("""Q2 2025 earnings call transcript

Operator

Good morning, and welcome to the second-quarter earnings call. I will now hand the call over to the CEO.

Anna Berg -- Chief Executive Officer

Thank you, operator. Revenue rose to 4.2 billion euros in the quarter.

Operator

Our first question comes from Tom Reed of Example Bank. Please go ahead.

Tom Reed -- Example Bank -- Analyst

Thanks. What is the outlook for margins next year?

Anna Berg -- Chief Executive Officer

We expect the operating margin to reach 6 percent next year.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "4.2 billion euros") == "Anna Berg"
    assert speaker_of(facts, "6 percent") == "Anna Berg"
    assert not any("welcome" in f.text or "first question" in f.text or "outlook" in f.text for f in facts)


def test_a_transcribers_language_notes_in_brackets_go():
    article, _, facts = facts_of("""Government update on the wildfire situation

Moderator: Good afternoon. Minister, the floor is yours.

Minister Claire Beaulieu: [Translation] Thank you. More than 2,100 wildfires have burned this season.

[English] More than 28,000 people have been evacuated from their homes.

Question: [Translation] Minister, what will the evacuations cost?

Minister Beaulieu: [Translation] The federal government will cover up to 90 percent of eligible costs.
""")
    assert "[Translation]" not in article.text and "[English]" not in article.text
    assert speaker_of(facts, "28,000 people") == "Claire Beaulieu"
    assert not any(e.name == "England" for f in facts for e in f.entities)


def test_abbreviated_police_ranks_open_labels_and_the_short_label_is_the_same_person():
    _, _, facts = facts_of("""Press conference on the Millbrook fire

DCI Sarah Holt: At 2am on Sunday officers were called to a flat in Millbrook. Two men were arrested at the scene.

QUESTION: Were there injuries?

DCI Holt: Three people were treated in hospital for smoke inhalation.

ACC Mark Penrose: We have deployed 40 extra officers to the area this week.

QUESTION: Will patrols continue?

ACC Penrose: Patrols will continue until the end of the month.
""")
    assert speaker_of(facts, "Two men were arrested") == "Sarah Holt"
    assert speaker_of(facts, "smoke inhalation") == "Sarah Holt"
    assert speaker_of(facts, "until the end of the month") == "Mark Penrose"


def test_a_role_label_is_the_person_the_page_names_with_that_role():
    _, _, facts = facts_of("""Transcript: Press conference on the flu season

Chief Medical Officer Dr Ana Ruiz and Health Minister Tom Baker held a press conference on Monday.

Tom Baker: Good morning. We have recorded 1,200 cases this week.

Dr Ruiz: Hospital admissions fell by 10 percent.

Journalist: When will restrictions end?

Minister: Restrictions will end on Friday.
""")
    assert speaker_of(facts, "Restrictions will end") == "Tom Baker"


def test_hand_overs_updates_non_answers_and_transcript_notes_are_procedural():
    from service.pipeline.facts import is_procedural

    for line in (
        "I'll now hand over to the Police Commissioner.",
        "I will begin with three updates.",
        "I cannot give you a number of jobs today.",
        "I do not have the latest figures with me.",
        "Thank you, operator, and good morning, everyone.",
        "Transcript produced from the livestream.",
    ):
        assert is_procedural(line), line
    assert not is_procedural("The ministry will hand over 12 patrol boats to the coast guard in May.")


def test_a_time_between_a_label_and_its_colon_goes():
    article, _, facts = facts_of("""Governor Ana Ruiz Storm Briefing Transcript

Governor Ana Ruiz (00:00:03):
Good morning. The storm damaged 340 homes overnight.

Speaker 2 (00:01:10):
Governor, how many are without power?

Governor Ana Ruiz (00:01:14):
About 18,000 households are without power this morning.
""")
    assert "(00:01:14)" not in article.text
    assert speaker_of(facts, "340 homes") == "Ana Ruiz"
    assert speaker_of(facts, "18,000 households") == "Ana Ruiz"


def test_outlet_labels_before_questions_make_a_transcript_and_a_capitals_surname_is_the_briefer():
    _, discourse, facts = facts_of("""Regular press briefing by Government Spokesperson Karin Holm

Stockholm, 4 March 2025

SPOKESPERSON HOLM: The government will present the spring budget on 15 April.

SVT: Will taxes rise next year?

HOLM: Income taxes will not rise next year.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "spring budget") == "Karin Holm"
    assert speaker_of(facts, "Income taxes") == "Karin Holm"
    assert not any("Will taxes rise" in f.text for f in facts)


def test_a_reporter_labelled_with_an_outlet_asks_even_when_a_turn_ends_with_thanks():
    _, _, facts = facts_of("""Press briefing by Foreign Ministry Spokesperson Elena Marsh

Elena Marsh: Good afternoon. Trade with Kenya reached 2 billion euros last year.

Maria Lopez (AFP): A follow-up on the visit. Will she meet the President? I'd appreciate that.

Elena Marsh: Yes, a meeting with the President is planned for Tuesday.

John Smith (Reuters): Will the minister raise the debt issue?

Elena Marsh: The minister will discuss debt relief with her counterpart.
""")
    assert not any("follow-up" in f.text or "appreciate" in f.text for f in facts)
    assert speaker_of(facts, "planned for Tuesday") == "Elena Marsh"


def test_role_labels_under_a_participants_line_of_names_with_bracketed_roles():
    _, _, facts = facts_of("""Press conference on the procurement of frigates

Participants: Tore Sandvik (Minister of Defence), Ingrid Haugland (Chief of Defence), Eirik Lunde (Director General)

THE MINISTER: The Government has decided to buy five new frigates from abroad.

THE CHIEF OF DEFENCE: Today we have four frigates in service.

QUESTION: Why this ship?

THE MINISTER: The design met all of our requirements.
""")
    assert speaker_of(facts, "five new frigates") == "Tore Sandvik"
    assert speaker_of(facts, "four frigates") == "Ingrid Haugland"


def test_labels_before_a_spaced_hyphen_take_turns_when_they_return():
    article, discourse, facts = facts_of("""Transcript of the mayor's weekly media availability

Mayor Lisa Grant - Good morning. The city will hire 200 new bus drivers this year.

Reporter - When will the new routes start?

Mayor Lisa Grant - The first new routes start in September.

Councillor Ben Ortiz - The council approved 45 million dollars for the bus plan on Tuesday.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "200 new bus drivers") == "Lisa Grant"
    assert speaker_of(facts, "45 million dollars") == "Ben Ortiz"
    assert not any("new routes start?" in f.text for f in facts)


def test_a_stamped_name_line_labels_its_turn_and_a_numbered_reporter_asks():
    article, discourse, facts = facts_of("""Water Minister on the drought (video)

Ines Marlow (00:00:04):
Good morning. Reservoirs are at 31% of capacity across the region.

Reporter 1 (00:01:10):
Minister, will water be rationed?

Ines Marlow (00:01:15):
No, water will not be rationed this summer.

Reporter 2 (00:02:02):
What about farmers?

Tomas Bell (00:02:09):
Farmers will receive 40 million euros in drought aid.
""")
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "31% of capacity") == "Ines Marlow"
    assert speaker_of(facts, "will not be rationed") == "Ines Marlow"
    assert speaker_of(facts, "drought aid") == "Tomas Bell"
    assert not any("?" in f.text for f in facts)


def test_a_sentence_wholly_in_square_brackets_is_an_editorial_note():
    _, _, facts = facts_of("""Mayor's press conference on the floods

MAYOR KARL ODEN: Good morning. About 400 homes were flooded. [Note: a figure was inaudible.]

Q: Will schools open?

MAYOR ODEN: Schools will open on Monday. [Note: the mayor later corrected the date to Tuesday.]
""")
    assert speaker_of(facts, "400 homes") == "Karl Oden"
    assert not any(f.text.startswith("[") for f in facts), [f.text for f in facts]


def test_a_surname_label_resolves_to_both_surnames_of_the_credits_line_and_the_credits_are_no_fact():
    _, _, facts = facts_of("""Press conference on road safety

Participants: Lucia Ferrer Ibarra, Minister of Transport; Pablo Soto Ruiz, Director of Traffic Police.

MINISTER FERRER: Road deaths fell 8% last year.

QUESTION: Will speed limits change?

DIRECTOR SOTO: Speed cameras recorded 2,100 offences in March.
""")
    assert speaker_of(facts, "Road deaths") == "Lucia Ferrer Ibarra"
    assert speaker_of(facts, "Speed cameras") == "Pablo Soto Ruiz"
    assert not any(f.text.startswith("Participants") for f in facts)


def test_an_office_label_with_the_holder_in_brackets_gives_a_later_bare_office_label_that_holder():
    _, _, facts = facts_of("""Transcript of press conference on the port expansion

PRESS OFFICER (Lina Marsh): Good morning. The Minister will give an update, followed by questions.

MINISTER (Omar Haddad): Thank you. The new terminal is 60 percent complete.

Q (Daily Herald): Will it open on time?

MINISTER: The terminal will open in March 2027.

PRESS OFFICER: Thank you, that is all for today.
""")
    assert speaker_of(facts, "60 percent complete") == "Omar Haddad"
    assert speaker_of(facts, "open in March 2027") == "Omar Haddad"
    assert not any("that is all" in f.text or "followed by questions" in f.text for f in facts)


def test_a_readout_headed_a_met_b_narrates_its_events():
    _, discourse, facts = facts_of("""Ministry of Foreign Affairs of Latveria
Home / Press releases

Foreign Minister Kalnins met Maltese Foreign Minister Borg in Riga

4 March 2025

Foreign Minister Anna Kalnins met Minister of Foreign Affairs of Malta Paul Borg in Riga on Tuesday.

The ministers discussed energy security in the Baltic Sea region.

Borg stressed that Malta would double its contribution to the energy fund.
""")
    assert discourse.kind == DocumentKind.READOUT
    assert speaker_of(facts, "discussed energy security") is None
    assert speaker_of(facts, "double its contribution") == "Paul Borg"


def test_a_readout_that_names_its_principal_by_role_only_gives_their_words_to_the_issuing_office():
    article = clean_article("""Prime Minister's Office
News

Prime Minister's call with the Prime Minister of Norway

The Prime Minister spoke to Jonas Berg, Prime Minister of Norway, by telephone this afternoon.

The Prime Minister noted that trade between the two countries had grown by 12 per cent last year.

Prime Minister Berg said Norway would send a trade delegation in June.
""", {"kind": "readout", "publisher": "Prime Minister's Office of Denmark"}, min_chars=0)
    discourse = analyse(article.text, title=article.title, source=article.source, byline=article.byline,
                        hints={"kind": "readout", "publisher": "Prime Minister's Office of Denmark"})
    passages = split_passages(article.text, skip=discourse.label_spans())
    facts = FactExtractor(load_gazetteer(GAZETTEER)).extract(article.text, passages, discourse)
    assert speaker_of(facts, "spoke to Jonas Berg") is None
    assert speaker_of(facts, "12 per cent") == "Prime Minister's Office of Denmark"
    assert speaker_of(facts, "trade delegation") == "Jonas Berg"


def test_a_sentence_after_a_quotation_that_says_whose_words_they_were_names_its_speaker_and_narrates():
    _, _, facts = facts_of("""Harbour town braces for higher tides

By Ana Reis

Sea levels in the bay have risen by 9 centimetres since 1990, the port authority said.

"What we saw last winter was not unusual. Storm surges reached the old town four times."

That warning came from Laura Weber, head of the port authority, who spoke at a council meeting on Monday.

Paulo Pinto, a fisherman, said two piers were closed.
""")
    assert speaker_of(facts, "Storm surges") == "Laura Weber"
    assert speaker_of(facts, "That warning came from") is None
    assert speaker_of(facts, "two piers") == "Paulo Pinto"


def test_a_quotation_over_two_paragraphs_named_after_it_with_words_of_is_that_persons():
    _, _, facts = facts_of("""Bus drivers strike over rosters

By Ana Reis

Bus drivers in the city stopped work for 12 hours on Monday.

"This is not about pay. It is about rosters that leave drivers without rest. Some drivers work 11 days in a row.

"If nothing changes, we will strike again in March."

Those were the words of Laura Weber, a delegate of the transport union.

The strike ends at midnight.
""")
    assert speaker_of(facts, "not about pay") == "Laura Weber"
    assert speaker_of(facts, "11 days in a row") == "Laura Weber"
    assert speaker_of(facts, "strike again in March") == "Laura Weber"
    assert speaker_of(facts, "Those were the words") is None
    assert speaker_of(facts, "12 hours on Monday") is None


def test_a_note_that_the_transcript_was_generated_is_procedural():
    from service.pipeline.facts import is_procedural

    assert is_procedural("Transcript generated automatically and reviewed by the press office.")
    assert not is_procedural("The press office reviewed 40 complaints last year.")


def test_a_site_menu_that_lists_press_releases_makes_no_news_story_a_release():
    _, discourse, facts = facts_of("""Valley Herald
Home | News | Press releases | Statements | Speeches | Sport

Council approves new bridge after two-year delay

By Tom Reyes

The city council approved a new 40 million dollar bridge over the Ruiz River on Monday.

Mayor Ana Lopez said construction would start in September.

The council voted 9 to 2 in favour.
""")
    assert discourse.kind == DocumentKind.NEWS
    assert speaker_of(facts, "approved a new") is None
    assert speaker_of(facts, "construction would start") == "Ana Lopez"


def test_a_present_line_listing_who_attends_resolves_surname_labels_and_is_no_fact():
    _, _, facts = facts_of("""Joint press conference on the storm response

Present: Chief Fire Officer Anton Brask (Fire Service); Director Mira Holt (Civil Protection Agency).

CHIEF BRASK: Crews rescued 31 people from flooded homes overnight.

REPORTER (Radio North): Will the bridge reopen?

DIRECTOR HOLT: About 600 people are staying in nine shelters.
""")
    assert speaker_of(facts, "rescued 31 people") == "Anton Brask"
    assert speaker_of(facts, "nine shelters") == "Mira Holt"
    assert not any(f.text.startswith("Present") for f in facts)


FOREIGN_FUNCTION_LABELS = """Open hearing in the Standing Committee on Energy: Offshore wind tenders

Dato: 10.03.2026

Møtelederen (Kari Lund): Good morning, and welcome to this open hearing. I give the floor to the Director.

Eirik Haug, direktør, Norsk Havvindforbund: Thank you, chair. Norway has awarded 1,500 megawatts so far.
We expect the next tender to cover 3,000 megawatts.

Møtelederen: Thank you. Then the grid operator, please.

Silje Moen, konsernsjef, Nettselskapet Nord: Thank you. Connecting the fields will cost about NOK 14 billion.
Our grid can take 900 megawatts more by 2030.

Per Olsen (H): A question to the Director: how many turbines will be built?

Eirik Haug: About 200 turbines in the first two areas. Half of them will be floating.
"""


def test_a_name_then_a_function_and_body_in_another_language_labels_a_turn():
    _article, discourse, facts = facts_of(FOREIGN_FUNCTION_LABELS)
    assert speaker_of(facts, "awarded 1,500 megawatts") == "Eirik Haug"
    assert speaker_of(facts, "NOK 14 billion") == "Silje Moen"
    assert speaker_of(facts, "200 turbines") == "Eirik Haug"
    assert not any("direktør" in f.text or "konsernsjef" in f.text for f in facts)


NUMBERED_HEARING = """Oral Hearing – Day 2 Transcript: Northern Reservoir Scheme

Date of sitting: Tuesday 10 March 2026

INSPECTOR (MS. ANNE DOYLE): Good morning. We resume with the applicant's evidence on demand.

MR. PAUL REGAN, PROGRAMME DIRECTOR, NORTHERN WATER, CROSS-EXAMINED BY MS. CLARE NOLAN SC (FOR THE RESIDENTS):

12  Q. Mr. Regan, how much water would the scheme take?
    A. The scheme would abstract up to 150 million litres a day at full build-out.

13  Q. And how much does the region use today?
    A. The region uses about 410 million litres a day at present.

INSPECTOR: Thank you. We will call Dr. Byrne next.

DR. SARAH BYRNE, SENIOR HYDROLOGIST, NORTHERN WATER, EXAMINED BY MS. CLARE NOLAN SC:

14  Q. Dr. Byrne, what would happen to the lake in a dry summer?
    A. Our modelling shows the level would fall by no more than 4 centimetres.
"""


def test_a_hearings_witness_heading_gives_the_numbered_answers_their_speaker():
    _article, _discourse, facts = facts_of(NUMBERED_HEARING)
    assert speaker_of(facts, "150 million litres") == "Paul Regan"
    assert speaker_of(facts, "410 million litres") == "Paul Regan"
    assert speaker_of(facts, "4 centimetres") == "Sarah Byrne"
    assert not any("how much water" in f.text for f in facts)


ANSWERS_UNDER_A_BRIEFERS_HEADING = """MINISTRY OF FOREIGN AFFAIRS OF VALLENIA
Home > Press and Media > Regular Press Briefings

REGULAR PRESS BRIEFING BY MFA SPOKESPERSON TRAN MINH KHOA (12/3/2026)
Posted: 12/03/2026 17:45

Question 1 (Vallenia News Agency): Could the Spokesperson update on the crew of the cargo ship that sank?

Answer: Of the 19 crew members on board, 16 were rescued by the coast guard. The search for the other three continues.

Question 2 (Reuters): What is Vallenia's response to the new rice import rules?

Answer: In 2025, Vallenia exported 3.1 million tonnes of rice to the Philippines, 40 per cent of its rice exports.

© Copyright 2026 - MFA Vallenia. Please cite "MFA" when reproducing information from this site.
"""


def test_answers_under_a_briefing_heading_that_names_the_spokesperson_are_hers():
    article, _discourse, facts = facts_of(ANSWERS_UNDER_A_BRIEFERS_HEADING)
    assert speaker_of(facts, "16 were rescued") == "Tran Minh Khoa"
    assert speaker_of(facts, "3.1 million tonnes") == "Tran Minh Khoa"
    assert not (article.source or "").startswith("Copyright")


SURNAME_FIRST_LABELS = """Regular Press Briefing by the Spokesperson (May 19, 2026)
Date 2026-05-19 16:40

[00:00:35]
SPOKESPERSON PARK JI-HOON: Good afternoon. The Government will provide USD 3 million in aid to Sudan.

[00:05:02]
REPORTER (Yonhap): Are any nationals affected by the floods?

SPOKESPERSON PARK: About 1,300 nationals live in the affected region. No injuries have been reported.

[00:07:41]
REPORTER (KBS): Will the pledge rise?

SPOKESPERSON PARK: The Government has pledged USD 300 million to the Fund for 2024 to 2027.
"""


def test_a_surname_written_first_is_the_speaker_named_in_full_before():
    _article, _discourse, facts = facts_of(SURNAME_FIRST_LABELS)
    assert speaker_of(facts, "USD 3 million") == speaker_of(facts, "1,300 nationals") \
        == speaker_of(facts, "USD 300 million")


RANK_INITIALS_LABELS = """Norvalia Fire and Rescue Service
Home | News | Media Briefings

Transcript: media briefing on the Harbourside depot fire

Published: Thursday 12 March 2026, 16:20

Briefers: Deputy Assistant Chief Officer Callum Arbuthnot, Norvalia Fire and Rescue Service; Dr Isla Fennimore,
air quality officer.

MODERATOR: Good afternoon. DACO Arbuthnot will give an update first, then Dr Fennimore.

DACO CALLUM ARBUTHNOT: Thank you. We received the first of 41 calls at 02:14 on Wednesday. At the height of the
fire 22 appliances and about 110 firefighters were at the scene.

DR ISLA FENNIMORE: We deployed four air quality monitors within six hours of the fire starting.

MODERATOR: Questions, please. First, the Harbour Gazette.

Q: How many people were evacuated?

DACO CALLUM ARBUTHNOT: Residents of 64 homes were asked to leave, and 58 have now returned.
"""


def test_a_rank_in_initials_before_a_shouted_full_name_is_no_part_of_the_name():
    _article, _discourse, facts = facts_of(RANK_INITIALS_LABELS)
    assert speaker_of(facts, "At the height of the") == speaker_of(facts, "Residents of 64 homes") \
        == "Callum Arbuthnot"


UNIT_TITLE_LABELS = """JOINT PRESS BRIEFING ON THE FLOOD RESPONSE IN THE LOWER VALE
Posted on 3 March 2026 by County Communications

On the podium:
- Mr. Daniel Otieno Wekesa, County Police Commander
- Ms. Amara Nkechi Okonjo, Team Leader, Lower Vale Flood Response Team

COMMANDER WEKESA: Thank you all for coming. Since Sunday we have evacuated 1,240 residents from 14 villages.

FLOOD RESPONSE TEAM LEADER OKONJO: Thank you, Commander. Our boats have made 86 trips across the river since Monday.
Water levels at the Kendu gauge have fallen by 40 centimetres overnight.

Q: How many boats are working?

FLOOD RESPONSE TEAM LEADER OKONJO: We have nine boats on the water and three more arrive tomorrow.
"""


def test_a_shouted_label_of_a_units_title_and_a_surname_is_the_person_the_page_introduced():
    # "FLOOD RESPONSE TEAM LEADER OKONJO:": "Flood Response" is no title word, but "Leader" ends the role
    _article, _discourse, facts = facts_of(UNIT_TITLE_LABELS)
    assert speaker_of(facts, "Our boats have made") == speaker_of(facts, "We have nine boats") \
        == "Amara Nkechi Okonjo"


BRIEFERS_LINE = """Government Information Service
Home | News | Press Briefings | Contact Us

Press Briefing
Coast Guard briefs the media on the rescue of 41 persons from a fishing boat

Date: 14 April 2026 | Category: Press Briefings

Briefers: Commandant Ravi Dookhun, Commandant of the Coast Guard; Captain Meera Pillay-Ostrand, Master of the research vessel Albatross
Moderator: Mr Farid Joomun

MR JOOMUN: Good afternoon. The Commandant will make an opening statement, Captain Pillay-Ostrand will then describe the rescue. Commandant, the floor is yours.

CDT DOOKHUN: Thank you. Our patrol aircraft located the boat at 07:20 about 140 nautical miles north of the islands. In total, 41 persons were on board.

CAPT. PILLAY-OSTRAND: Thank you, Commandant. We brought everyone across in nine trips, and the transfer took just under three hours.

MR JOOMUN: Thank you both. That brings the briefing to a close.
"""


def test_a_rank_abbreviation_and_a_surname_resolve_to_the_name_the_briefers_line_gives():
    _, discourse, facts = facts_of(BRIEFERS_LINE)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert next(f for f in facts if "41 persons were on board" in f.text).attribution.speaker == "Ravi Dookhun"
    # "Captain Pillay-Ostrand" in the moderator's turn is a title and the surname; the briefers line has her full name
    assert next(f for f in facts if "nine trips" in f.text).attribution.speaker == "Meera Pillay-Ostrand"


def test_abbreviated_ranks_in_the_sites_language_are_left_out_of_the_name():
    raw = """State Fire Service – Regional Headquarters in Norvik
Home | News | Press conferences

Press conference on the explosion at the Norchem plant

The press conference was held at 14:30. Participants: st. bryg. Tomasz Wierzbowski, regional commander of the State Fire Service; Piotr Galecki, plant director.

KPT. ANNA MAZURKIEWICZ: Good afternoon. Commander, please.

ST. BRYG. TOMASZ WIERZBOWSKI: Thank you. The first crews were on site within 9 minutes. At the peak of the operation 46 fire engines were at the plant.

KPT. ANNA MAZURKIEWICZ: Thank you. Questions, please.
"""
    _, _, facts = facts_of(raw)
    assert next(f for f in facts if "within 9 minutes" in f.text).attribution.speaker == "Tomasz Wierzbowski"



def test_an_italian_style_with_a_full_stop_inside_heads_a_label_and_a_two_word_surname_takes_its_given_name():
    raw = """Istituto per la Salute di Nordania
Conferenze stampa

Ransomware attack on the central hospital: situation of services (English transcript)

Panel:
Dott.ssa Federica Righi Valentini — Director General, Istituto per la Salute di Nordania
Avv. Annalisa Mularoni — Patients' Ombudsman
Moderator: Giulia Casali, Communication Office

MODERATOR: Good afternoon and thank you for coming. The Director General will open.

DOTT.SSA RIGHI VALENTINI: Thank you, Giulia. At 2:17 a.m. on Sunday our monitoring system detected that files on the servers of the central hospital were being encrypted. The attack affected 38 of the 112 virtual servers.

AVV. MULARONI: Thank you. Since Monday my office has received 97 telephone calls and 23 written complaints.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert next(f for f in facts if "The attack affected 38" in f.text).attribution.speaker == "Federica Righi Valentini"
    assert next(f for f in facts if "office has received 97" in f.text).attribution.speaker == "Annalisa Mularoni"


def test_surname_labels_take_accented_and_three_word_given_names_and_an_interpreter_renders_whom_the_label_names():
    raw = """Polícia Nacional — Comando Regional do Norte
Notícias | Conferências de imprensa

Press conference on the warehouse fire in Porto Novo (English transcript)

PANEL
Superintendent Amílcar Tavares Rocha, Regional Commander of the National Police (ROCHA)
Chief Érico Lopes Fonseca, Commander of the Municipal Fire Brigade (FONSECA)
Ana Luísa Brito Mendes, President of the Civil Protection Service (MENDES)
Interpreter (Portuguese/English): Carla Monteiro (INTERPRETER)

MODERATOR: Good morning. We will begin with short statements from the panel.

FONSECA: Thank you. Our first crew arrived at 02:10, nine minutes after the alarm call. We deployed 24 firefighters and five vehicles.

MENDES: The Civil Protection Service opened a shelter at the municipal school at 03:00. A total of 86 residents spent the night there.

Q (Rádio Norte, in English): How many foreign workers lived in the building?

INTERPRETER (for Superintendent Rocha): According to the municipal register, 41 of the residents were foreign workers. Six of them were treated at the health centre.
"""
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "We deployed 24 firefighters") == "Érico Lopes Fonseca"
    assert speaker_of(facts, "A total of 86 residents") == "Ana Luísa Brito Mendes"
    assert speaker_of(facts, "Six of them were treated") == "Amílcar Tavares Rocha"
    assert speaker_of(facts, "41 of the residents were foreign") == "Amílcar Tavares Rocha"


ROLE_LABELS_NAMED_AT_THE_TABLE = """GOVERNMENT OF WESTLAND — PRESS OFFICE
Home | Transcripts | Contact

JOINT PRESS CONFERENCE — EMERGENCY OFFICE AND POLICE
Floods: two dead and 1,140 people in shelters
Posted: Wednesday, October 13, 2027

CHAIR: Good morning. At the head table we have Mr. Tomas J. Ruiz-Bevans, the National Emergency Coordinator; and \
Assistant Commissioner of Police Marisol T. Coc-Harrow, who heads the Southern Regional Command.

NATIONAL EMERGENCY COORDINATOR: Thank you. As of six o'clock this morning, 1,140 people were staying in 17 shelters.

REGIONAL COMMANDER (SOUTH): Thank you, Madam Chair. Officers have evacuated 430 people since Sunday.

CHAIR: Thank you, colleagues.
"""


def test_role_labels_are_the_people_the_chair_introduces_by_role_or_by_the_office_they_head():
    _, _, facts = facts_of(ROLE_LABELS_NAMED_AT_THE_TABLE)
    assert speaker_of(facts, "1,140 people were staying") == "Tomas J. Ruiz-Bevans"
    assert speaker_of(facts, "evacuated 430 people") == "Marisol T. Coc-Harrow"


SLASHED_OUTLETS_AND_ABBREVIATED_OFFICES = """Presidential Communications Office of Eastmarch
Home | Briefings | Contact

Press briefing on Typhoon Lira
Posted: October 9, 2027

HOST: Good morning. With us are Civil Defense Deputy Administrator Ramon D. Ocampo-Cruz and Energy Director Lina T. \
Ver-Santos.

OCD DEP. ADMIN. OCAMPO-CRUZ: Salamat po. Magandang umaga po sa ating lahat. Eleven people are still missing in the \
northern provinces.

DIR. VER-SANTOS: Power has been restored to 64 percent of affected households.

ANA REYES/NORTH STAR RADIO: Deputy Administrator, will the search go on at night?

OCD DEP. ADMIN. OCAMPO-CRUZ: Yes, Ana. Two vessels of the coast guard are searching the waters off Port Ellis.

HOST: Salamat po, Director. Thank you, everyone.
"""


def test_abbreviated_offices_resolve_and_a_reporter_after_a_slash_asks():
    _, discourse, facts = facts_of(SLASHED_OUTLETS_AND_ABBREVIATED_OFFICES)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "Eleven people are still missing") == "Ramon D. Ocampo-Cruz"
    assert speaker_of(facts, "Power has been restored") == "Lina T. Ver-Santos"
    assert speaker_of(facts, "Two vessels of the coast guard") == "Ramon D. Ocampo-Cruz"
    assert not any("search go on" in f.text for f in facts)  # the reporter's question
    assert not any("Magandang" in f.text or "Salamat" in f.text for f in facts)  # greetings in Filipino


ABBREVIATED_ROLE_LABELS_UNDER_A_LIST = """Ministry of Information of Eastmarch
Home | Media | Contact

Joint press conference on floods in the Western Division
Posted: 14 February 2028

Speakers: Dr. Ana T. Ruiz-Lopes, Permanent Secretary for Health and Medical Services · Mr. Tomas N. Vale-Singh, \
Director, National Disaster Management Office · Dr. Lena L. Park-Tabua, Divisional Medical Officer Western (via video)

FACILITATOR: Good afternoon. We begin with the Permanent Secretary.

PS HEALTH: Thank you. We have confirmed 148 cases of leptospirosis since the floods.

DIRECTOR NDMO: As of noon today, 2,140 people remain in 31 evacuation centres.

DMO WESTERN: Lautoka Hospital has opened a 30-bed fever ward.

Q (Island Radio): Are the hospitals coping?

DMO WESTERN: Nadi Hospital is at 96 percent of its bed capacity.
"""

FAMILY_NAME_FIRST = """Central Weather Administration of Eastmarch
Home | News | Contact

Joint press conference on Typhoon Kaiyu
Posted: 3 October 2027

Present: Huang Chia-wen (Director, Weather Forecast Center) · Cheng Wen-lun (Commander, Emergency Operation Center)

MODERATOR: Good morning. Director Huang, please.

DIRECTOR HUANG (CWA): Thank you. The centre of the typhoon was 170 kilometres east of the coast at 10 a.m.

COMMANDER CHENG (CEOC): Local governments have evacuated 7,126 people so far.

REPORTER (Eastern Sea Radio): Director Huang, will it turn north?

DIRECTOR HUANG (CWA): Our ensemble gives less than a 5 percent chance that the centre stays at sea.
"""


def test_abbreviated_role_labels_are_the_people_a_speakers_list_gives_those_roles():
    _, _, facts = facts_of(ABBREVIATED_ROLE_LABELS_UNDER_A_LIST)
    assert speaker_of(facts, "148 cases of leptospirosis") == "Ana T. Ruiz-Lopes"
    assert speaker_of(facts, "2,140 people remain") == "Tomas N. Vale-Singh"
    assert speaker_of(facts, "30-bed fever ward") == "Lena L. Park-Tabua"
    assert speaker_of(facts, "96 percent of its bed capacity") == "Lena L. Park-Tabua"


def test_a_surname_label_is_the_full_name_written_family_name_first():
    _, _, facts = facts_of(FAMILY_NAME_FIRST)
    assert speaker_of(facts, "170 kilometres east") == "Huang Chia-wen"
    assert speaker_of(facts, "evacuated 7,126 people") == "Cheng Wen-lun"


GLOSSED_LABELS = """\
Regular Briefing Transcript (English)
Drought relief measures extended to nine more districts
Briefers: 농림부 차관 박서윤 Park Seo-yun (Vice Minister) · 재해대책과장 한도현 Han Do-hyun (Director, Division of Disaster Response)

○ 사회자(Moderator): Good morning, and welcome to the briefing. The Vice Minister will speak first.

○ 차관(Vice Minister): Good morning. Relief payments have reached 14,200 farm households in 31 districts so far.

○ 기자(Reporter): Director Han, how many reservoirs are below a tenth of capacity?

○ 재해대책과장(Director, Disaster Response): Of the 3,400 reservoirs we monitor, 212 hold less than 10 percent of their capacity.
"""


def test_a_label_in_another_script_is_read_by_its_english_gloss():
    _, _, facts = facts_of(GLOSSED_LABELS)
    assert speaker_of(facts, "14,200 farm households") == "Park Seo-yun"
    assert speaker_of(facts, "Of the 3,400 reservoirs") == "Han Do-hyun"
    assert not any("사회자" in f.text or "Director, Disaster" in f.text for f in facts)


def test_a_long_speakers_list_at_the_end_of_the_page_head_is_read_whole():
    menu = "Home | About Us | Agencies | Programmes | Farmers' Corner | News | Press Briefings | Publications\n" * 9
    raw = (menu + "\nJOINT PRESS BRIEFING\nFloods: rivers still rising in Region Five\nPosted on June 14, 2028\n\n"
           "On the podium: Col. Ana R. Vale-Sousa, Director General, Civil Defence Commission (CDC) · Ms. Lena T. "
           "Park-Lewis, Chief Executive Officer, National Drainage Authority (NDA) · Mr. Tomas S. Ruiz-Clarke, General "
           "Manager, Westland Rice Development Board (WRDB)\n\n"
           "MC: Good morning. The Director General will start.\n\n"
           "DG-CDC: The CDC has registered 3,120 households as affected in 27 communities.\n\n"
           "CEO-NDA: We have deployed 38 mobile pumps in the region.\n\n"
           "GM-WRDB: About 11,400 acres of rice are under water in the region.\n\n"
           "Q: When will the water go down?\n\n"
           "DG-CDC: The rain should ease by Friday, when the pumps will catch up.\n")
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "11,400 acres") == "Tomas S. Ruiz-Clarke"


SYLLABLE_ABBREVIATED_LABELS = """Kementerian Perhubungan Republik Lestaria
Beranda | Berita | Siaran Pers | Kontak

Weekly press briefing: ferry services after the storm
Published: 12 March 2028

Kepala Pusat Informasi / Head of the Information Centre: Ratna S. Wibisono · Didampingi / With: Bayu A. Nugraha, \
Direktur Lalu Lintas Angkutan Laut (Director of Sea Transport Traffic)
Moderator: Sinta Maharani, Subdirektorat Media

MODERATOR: Selamat pagi. Ibu Kapusin will open the briefing.

KAPUSIN: Terima kasih. Forty-two ferry routes reopened on Monday after the storm warning was lifted.

MODERATOR: The first question, please.

Q: How many passengers are still waiting at the ports?

KAPUSIN: Allow me to ask Pak Bayu to answer.

DIR. LLAL: About 3,800 passengers were still waiting at six ports on Tuesday evening. The Karimun Port Authority \
has asked us to announce that the two night crossings to Karimun remain cancelled until Friday.

MODERATOR: Terima kasih. That ends our briefing.
"""


def test_labels_that_abbreviate_a_listed_role_by_syllables_or_initials_are_its_holder():
    _, discourse, facts = facts_of(SYLLABLE_ABBREVIATED_LABELS)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "Forty-two ferry routes reopened") == "Ratna S. Wibisono"  # Kepala Pusat Informasi
    assert speaker_of(facts, "About 3,800 passengers") == "Bayu A. Nugraha"  # Direktur Lalu Lintas Angkutan Laut
    # what a speaker was asked to announce is the asker's
    assert speaker_of(facts, "the two night crossings to Karimun") == "Karimun Port Authority"


INITIALS_OVER_LETTERS_LABELS = """Ministry of Health, Westland
Home | Media Centre | Press Briefings

PRESS BRIEFING · FEVER OUTBREAK RESPONSE
Fever cases pass 900 as clinics open
Published: 3 March 2031
Transcript of the press briefing held today at the Ministry. The text has been lightly edited.

Participants: Hon. Dr. Ana K. Ruiz-Mendes, Minister of Health · Dr. Tomas P. Varga-Lind, Chief Medical Officer
Moderator: Ms. Lena O. Brandt-Sousa, Director of Public Relations and Communications

MODERATOR: Good afternoon. The Minister will open.

MINISTER: Thank you. The Ministry has recorded 912 suspected cases since January.

CMO: Most patients recover within ten days, and 41 of them were admitted to hospital.

Q: Will schools close?

MINISTER: The Government has no plans to close schools this month.

CMO: We expect cases to peak in the second half of March.

MODERATOR: Thank you. That ends the briefing.
"""


def test_a_label_that_spells_a_roles_initials_is_its_holder_not_one_whose_role_has_its_letters():
    # "CMO" is "Chief Medical Officer", not the "C..m..o" of "Communications"
    _, _, facts = facts_of(INITIALS_OVER_LETTERS_LABELS)
    assert speaker_of(facts, "41 of them were admitted") == "Tomas P. Varga-Lind"


def test_a_rank_in_the_sites_language_before_a_role_fields_one_name_is_no_part_of_it():
    raw = ("Dışişleri Bakanlığı\nAna Sayfa | Basın | İletişim\n\nSpokesperson's press briefing on the ferry fire\n"
           "8 Kasım 2029 · Ankara\n\n"
           "Sözcü / Spokesperson: Büyükelçi Deniz A. Kaya-Önal\n\n"
           "SÖZCÜ: Good morning. All 148 people on the ferry were rescued on Monday night.\n\n"
           "SORU (Anadolu Ajansı): Sayın Sözcü, will the drivers be compensated?\n\n"
           "SÖZCÜ: The insurer has opened a claims office, and 83 drivers have applied so far.\n")
    _, _, facts = facts_of(raw)
    assert speaker_of(facts, "All 148 people") == "Deniz A. Kaya-Önal"
    assert speaker_of(facts, "83 drivers have applied") == "Deniz A. Kaya-Önal"


def test_the_one_who_asks_a_speaker_to_add_or_announce_something_is_its_source():
    pairs = attributed("Dr. Ama K. Mensah-Boateng asked me to add that the clinic in Ho will reopen on Monday. "
                       "Before we begin, the Volta River Authority has asked us to inform the public that power has "
                       "been restored. Reporters asked us to confirm whether the clinic will reopen.")
    assert speaker_in(pairs, "the clinic in Ho") == "Ama K. Mensah-Boateng"
    assert speaker_in(pairs, "power has been restored") == "Volta River Authority"
    assert speaker_in(pairs, "confirm whether") is None  # a request for a confirmation relays nothing


SPANISH_DASHED_TURNS = """Ministerio de Asuntos Rurales
Inicio | Sala de prensa | Contacto

Press conference after the weekly cabinet meeting
Jueves, 9 de mayo de 2030 · Sala de prensa

Intervinientes / Speakers: Elena P. Vidal-Soto, ministra portavoz · Mateo R. Lugo-Ferrer, ministro de Agua

Sra. Vidal-Soto.– Buenas tardes. The cabinet has approved 42 million euros for rural clinics.

Sr. Lugo-Ferrer.– Gracias, portavoz. Reservoirs are at 37 percent of their capacity this week.

P. (Radio Norte).– Will the aid arrive before summer?

Sr. Lugo-Ferrer.– The first payments will reach 1,900 farms in June.

Sra. Vidal-Soto.- The next cabinet meeting will approve the fire prevention plan.
"""


def test_turns_labelled_with_a_name_a_full_stop_and_a_dash_in_the_spanish_way():
    # "Sra. X.–" without a space before the dash; "P. (Outlet).–" asks a question
    _, discourse, facts = facts_of(SPANISH_DASHED_TURNS)
    assert discourse.kind == DocumentKind.TRANSCRIPT
    assert speaker_of(facts, "42 million euros") == "Elena P. Vidal-Soto"
    assert speaker_of(facts, "Reservoirs are at 37 percent") == "Mateo R. Lugo-Ferrer"
    assert speaker_of(facts, "1,900 farms") == "Mateo R. Lugo-Ferrer"
    assert speaker_of(facts, "fire prevention plan") == "Elena P. Vidal-Soto"
    assert not any("arrive before summer" in f.text for f in facts)


BILINGUAL_ROLES_LIST = """Kementerian Pertanian Westland
Utama | Media | Hubungi

TRANSKRIP SIDANG MEDIA · PRESS CONFERENCE TRANSCRIPT
Rice harvest falls as drought spreads
Rabu, 14 Mei 2031

Hadir / Present: YB Datuk Seri Dr. Haris Amani bin Rosli, Menteri Pertanian / Minister of Agriculture · Tan Sri Dr. Nur Aisyah binti Abdul Karim, Ketua Pengarah Pertanian / Director-General of Agriculture · Dr. Lina K. Matusin-Ong, Pengarah Pertanian Negeri Sabah / Sabah State Agriculture Director
Pengacara Majlis / Emcee: Encik Faiz bin Omar

PENGACARA MAJLIS: Selamat petang. The Minister will open.

MINISTER: Terima kasih. The harvest fell by 18 percent this season.

DIRECTOR-GENERAL: About 41,000 hectares of paddy were damaged by the drought.

SABAH STATE DIRECTOR: In Sabah, 2,300 farmers have applied for aid.

WARTAWAN (Harian Timur): Will there be more aid?

DR. NUR AISYAH: The Ministry will pay a second instalment in July.
"""


def test_role_labels_resolve_through_a_dotted_list_of_roles_given_in_two_languages():
    # items apart by middle dots, roles in Malay and English, "binti" inside a name of four names
    _, _, facts = facts_of(BILINGUAL_ROLES_LIST)
    assert speaker_of(facts, "The harvest fell by 18 percent") == "Haris Amani bin Rosli"
    assert speaker_of(facts, "41,000 hectares") == "Nur Aisyah binti Abdul Karim"
    assert speaker_of(facts, "2,300 farmers") == "Lina K. Matusin-Ong"
    assert speaker_of(facts, "second instalment") == "Nur Aisyah binti Abdul Karim"
    assert not any("The Minister will open" in f.text for f in facts)  # the emcee's turn


LONG_OFFICE_LABELS = """Office of the Premier of Westhaven
Home | Briefings | Contact

Press briefing after Cyclone Ione
Posted: Monday, 3 March 2031

PRESS SECRETARY ROWENA T. ASHBY-COLE: Good morning. The Minister will begin, then the Director.

MINISTER OF HOUSING, RECOVERY AND PUBLIC WORKS THE HON. MARCUS D. PELLEW-GRANT: Thank you. Cabinet has approved \
$12 million for roof repairs on the northern islands.

DIRECTOR OF THE NATIONAL DISASTER COORDINATION OFFICE COMMANDER IRIS V. KENDALL-MOORE: Thank you, Minister. At six \
o'clock this morning, 940 people were staying in 14 shelters.

PRESS SECRETARY: Questions, please.

Q (Island Post, Dana Fitch): Director, when will the shelters close?

DIRECTOR: We expect to close nine shelters by Friday.

MINISTER: Schools on the northern islands will reopen on 17 March.
"""


def test_upper_case_labels_that_spell_a_long_office_before_the_name_and_their_bare_office_later():
    _, _, facts = facts_of(LONG_OFFICE_LABELS)
    assert speaker_of(facts, "Cabinet has approved") == "Marcus D. Pellew-Grant"
    assert speaker_of(facts, "940 people were staying") == "Iris V. Kendall-Moore"
    assert speaker_of(facts, "close nine shelters") == "Iris V. Kendall-Moore"
    assert speaker_of(facts, "Schools on the northern islands") == "Marcus D. Pellew-Grant"
