"""Which sentences are facts: checkable statements need not name a listed entity; greetings, thanks,
procedural lines, questions and captions are not facts. Every sentence here was written for these tests."""

import pytest

from service.pipeline.facts import is_procedural
from service.pipeline.passages import split_passages


def fact_texts(extractor, text: str) -> list[str]:
    return [f.text for f in extractor.extract(text, split_passages(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Retail trade lost 28,000 jobs in the month.",
        "Nearly 26,000 civilians have been injured.",
        "Wheat prices rose for a third straight week.",
        "The bridge will reopen to traffic in the spring.",
        "The decision is seen as a turning point for the region's farmers.",
        "Yes, the strike closed every school in the district.",
        "Thanks to the new vaccine, hospital admissions fell by 30 percent.",
        "Farmers should expect lower prices for copra this year.",
    ],
)
def test_checkable_statements_without_a_listed_entity_are_facts(extractor, sentence):
    assert fact_texts(extractor, sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you, Madam President.",
        "Good morning, everyone.",
        "Thank you, Madam President, and thank you to the members of the council.",
        "I'll now take your questions.",
        "With that, I'm happy to take a few questions.",
        "Thanks for the question.",
        "What happens to the families who lost their homes?",
        "You can see the damage from the road.",
        "Let me be very clear about this.",
        "I have nothing further to add at this stage.",
        "Farmers who notice damaged fronds should call the hotline on 1545.",
        "Flood Defences Along the River",
        "Secure loose objects in gardens and on balconies.",
        "Avoid forests, parks and the seawall during the warning period.",
    ],
)
def test_greetings_procedural_lines_questions_and_headings_are_not_facts(extractor, sentence):
    assert fact_texts(extractor, sentence) == []


def test_procedural_openers_need_punctuation_and_a_short_rest():
    assert is_procedural("Good afternoon, everyone.")
    assert is_procedural("Okay.")
    assert not is_procedural("Thanks to lower fuel costs, airlines posted record profits this quarter.")
    assert not is_procedural("Okay, the river peaked at 6.2 metres overnight and is now falling.")


def test_greetings_in_other_languages_thanks_to_the_room_and_closings_are_procedural():
    assert is_procedural("Magandang umaga, Palace Press Corps.")
    assert is_procedural("Selamat siang, rekan-rekan.")
    assert is_procedural("Kia ora koutou, thanks for coming.")
    assert is_procedural("Thanks for coming out on a wet morning.")
    assert is_procedural("That's all for this afternoon.")
    assert not is_procedural("Merci Corps delivered 400 tonnes of food to the camps.")


def test_an_agenda_item_named_by_its_topic_alone_is_procedural():
    assert is_procedural("First, on the flood response in the north.")
    assert is_procedural("Next, regarding the trade talks:")
    assert not is_procedural("Second, on Monday the ministry evacuated 46 citizens.")
    assert not is_procedural("Finally, on trade, exports rose 4% in May.")


def test_non_answers_follow_ups_and_speech_ceremony_are_procedural():
    assert is_procedural("I don't have anything to announce on the talks today.")
    assert is_procedural("I don't have a timeline to share at this point.")
    assert is_procedural("I'm not going to get ahead of the minister's decision.")
    assert is_procedural("We will update you when the schedule is set.")
    assert is_procedural("Thank you all very much.")
    assert is_procedural("Thank you, Maria, for that kind introduction.")
    assert is_procedural("It's great to be back in Lyon.")
    assert is_procedural("May God bless our republic.")
    assert not is_procedural("The agency will update its flood maps in March.")
    assert not is_procedural("The ministry announced 40 new clinics on Monday.")
    assert not is_procedural("Exports are back above their 2019 level.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning everyone.",
        "Good afternoon and welcome to this weekly briefing.",
        "It's too early to say what caused the collapse.",
        "We are keeping an open mind.",
        "I won't speculate on the cost.",
        "I'm not going to go into the details of the case.",
        "That's all we have time for today.",
        "When we have something to announce, we will let you know.",
        "I don't have dates to share at this point.",
        "Anyone with information is urged to contact the hotline on 0800 555 000.",
        "I'll give a brief update and then the fire chief will say a few words.",
    ],
)
def test_press_conference_non_answers_and_appeals_are_procedural(sentence):
    assert is_procedural(sentence)


def test_a_greeting_that_goes_on_to_a_claim_is_no_procedure():
    assert not is_procedural("Welcome to Port Ellis, where the new bridge carries 40,000 cars a day.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Let me conclude by reaffirming our commitment to the people of Ostland.",
        "I have the honour to speak on behalf of the Republic of Eastmarch.",
        "I stand before this chamber to give an account of the state of our economy.",
        "Tonight I want to look back at the last three years of the recovery.",
    ],
)
def test_speech_ceremony_is_procedural(sentence):
    assert is_procedural(sentence)


def test_a_feeling_without_a_figure_is_no_fact(extractor):
    assert fact_texts(extractor, '"I am deeply sorry that this has happened," said the chief executive.') == []
    assert fact_texts(extractor, '"We are thrilled that 5,000 people came to the opening," the mayor said.') != []


@pytest.mark.parametrize("text", ["Ladies and gentlemen, distinguished guests, good evening.",
                                  "Good morning, dear colleagues, honoured guests.",
                                  "Excellencies, fellow delegates, thank you."])
def test_a_greeting_through_a_row_of_addressees_is_procedural(text):
    assert is_procedural(text)


@pytest.mark.parametrize("text", ["Ladies and gentlemen, dear colleagues, inflation fell to 2 percent last year.",
                                  "Good morning, colleagues, the new plant opened in Kano on Monday."])
def test_a_statement_after_the_addressees_stays_a_statement(text):
    assert not is_procedural(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Distinguished guests, ladies and gentlemen, good morning.",
        "Dear delegates, dear colleagues, welcome to Port Harlow.",
        "Thank you, and I wish you a fruitful conference.",
        "It is a real pleasure to be back in Eastbury.",
        "It is an honour to open the fourth session of the Assembly.",
    ],
)
def test_greetings_and_pleasantries_of_a_speech_are_no_facts(extractor, sentence):
    assert fact_texts(extractor, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Distinguished guests, our port handled 42 million tonnes of cargo last year.",
        "Welcome to the new terminal, which cost 300 million euros to build.",
        "It is a pleasure to report that exports rose by 12 percent.",
    ],
)
def test_a_claim_after_a_greeting_or_a_pleasantry_with_a_figure_stays_a_fact(extractor, sentence):
    assert fact_texts(extractor, sentence) == [sentence]


def test_schedule_talk_hand_overs_and_gaggle_greetings_are_procedural():
    assert is_procedural("Hey, folks.")
    assert is_procedural("Right, a quick look at the schedule and then I'll hand it over.")
    assert is_procedural("Let me begin with the Minister's travel.")
    assert is_procedural("There will be a press availability after the signing.")
    assert is_procedural("We don't have a time for that yet.")
    assert not is_procedural("Hey Market, the grocery chain, opened 14 new stores in March.")
    assert not is_procedural("The schedule slipped by six months after the contractor went bankrupt.")


@pytest.mark.parametrize("sentence", [
    "Mr. Speaker, I rise to open the debate on the Estimates of Expenditure for the 2025/26 financial year.",
    "Mr. Speaker, I am pleased to rise today to speak to this bill.",
    "Mr. Speaker, I thank you.",
    "Resuming debate.",
    "The House resumed consideration of the motion that Bill C-12 be read the second time.",
    "Today I would like to share some thoughts on where our payment systems stand.",
    "Let me conclude here.",
    "Congratulations, Class of 2025.",
    "Tēnā koutou katoa.",
])
def test_parliamentary_and_ceremonial_lines_of_a_speech_are_procedural(sentence):
    assert is_procedural(sentence)


def test_a_claim_after_mr_speaker_is_not_procedural():
    assert not is_procedural("Mr. Speaker, in the last 12 months, 96 municipalities signed agreements.")


@pytest.mark.parametrize("line", [
    "Please, sit down, or we will never finish before lunch.",
    "I am told the coffee is ready, so I will stop here.",
    "I want to speak with you tonight about the floods and about what comes next.",
    "I welcome the opportunity to update the House on housing supply.",
    "For more information, call the toll-free line 5400.",
])
def test_announcing_ending_or_seating_lines_of_a_speech_and_reader_prompts_are_procedural(line):
    assert is_procedural(line)


def test_a_claim_about_information_is_no_prompt():
    assert not is_procedural("The ministry will publish more information on the outbreak next week.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The final results for March 2025 will be published on 17 April 2025.",
        "The detailed tables for the quarter will be released on 4 June.",
        "Results for Season B 2027 will be released in December 2027.",
        "The full Monetary Policy Report is available in the Publications section.",
        "All tables are available on our website.",
        "The Financial Stability Review is available on the Reserve Bank's website.",
    ],
)
def test_a_release_calendar_line_or_a_pointer_to_the_rest_of_the_release_is_no_fact(extractor, sentence):
    assert fact_texts(extractor, sentence) == []


def test_a_finding_about_what_is_available_stays_a_fact(extractor):
    sentence = "Fresh water is available in only 3 of the 12 camps."
    assert fact_texts(extractor, sentence) == [sentence]


@pytest.mark.parametrize(
    "line",
    [
        "The President will comment on these decisions at a press conference starting at 14:45 CET today.",
        "I'm pleased to be here with the Deputy Governor to answer your questions.",
    ],
)
def test_a_press_conference_time_and_an_offer_to_answer_questions_are_procedural(line):
    assert is_procedural(line)


def test_a_table_legend_and_a_header_piece_cut_at_an_abbreviation_are_no_facts(extractor):
    text = ("Summary table, seasonally adjusted\n\nCategory                         Sept.   Oct.    Nov.\n\n"
            "Columns: index November 2024, change from previous month (per cent), 12-month rate (per cent)\n\n"
            "Retail prices rose by 0.3 per cent in November.")
    assert fact_texts(extractor, text) == ["Retail prices rose by 0.3 per cent in November."]


def test_a_signature_blocks_name_and_title_lines_are_no_facts(extractor):
    text = ("Headline inflation increased to 2.5 percent in November.\n\nCLAIRE D. SANTOS, Ph.D.\n\n"
            "National Statistician and Civil Registrar General")
    assert fact_texts(extractor, text) == ["Headline inflation increased to 2.5 percent in November."]


@pytest.mark.parametrize("line, procedural", [
    ("I don't have a figure on the second phase to share at this point.", True),
    ("Good afternoon from me as well.", True),
    ("With that, I hereby declare the new ferry terminal open.", True),
    ("The Department wishes to update the public on the flood situation.", True),
    ("We begin with the budget.", True),
    ("We begin with reports that 40 homes were flooded.", False),
    ("The Department updated its flood map on Monday.", False),
    ("The Department wishes to inform the public that 12 roads remain closed.", False),
])
def test_non_answers_returned_greetings_ceremony_and_agenda_lines_are_procedural(line, procedural):
    assert is_procedural(line) is procedural


@pytest.mark.parametrize("line", [
    "Streamed live on the council's YouTube channel.",
    "Transcript prepared by the Communications Unit.",
    "2. The delegation of Iceland thanks the Chairperson for the report on the mission.",
    "My delegation wishes to thank the Special Representative for her briefing.",
    "We request that this statement be attached to the journal of the meeting.",
    "Thank you, this concludes today's press conference.",
    "Questions sent in the chat will be answered after the presentation.",
    "I wish all of you a happy new year and a peaceful holiday.",
    "The Seismological Service reports the following on the activity of the volcano.",
    "Present: Director Anna Berg (Water Board); Chief Engineer Luis Ortiz (Harbour Authority).",
    "I wish each of you and your loved ones a happy new year.",
    "On this last evening of the year, I address you with pride.",
    "1. The delegation of Eastmarch thanks the Head of the Programme Office for the comprehensive report and welcomes "
    "her to the Permanent Council.",
    "I will inform the public again at 20:00.",
])
def test_page_notes_thanks_records_and_closing_lines_are_not_facts(extractor, line):
    assert fact_texts(extractor, line) == []


def test_a_delegation_that_states_a_position_states_a_fact(extractor):
    line = "The delegation of Iceland voted against the draft decision on the budget."
    assert fact_texts(extractor, line) == [line]


@pytest.mark.parametrize("line", [
    "Download: Monthly tourism arrivals by region, 2024 (XLSX, 48 KB)",
    "◄ Previous: Minister opens new border post | Next: Visa fees to change in May ►",
    "Unless otherwise stated, content on this site is available under the Creative Commons Attribution 4.0 licence.",
])
def test_file_links_pagers_and_content_licences_are_not_facts(extractor, line):
    assert fact_texts(extractor, line) == []


def test_a_statement_naming_a_report_in_brackets_is_still_a_fact(extractor):
    line = "Exports rose 12% in March, the statistics office said in its monthly report (PDF version to follow)."
    assert fact_texts(extractor, line) == [line]


@pytest.mark.parametrize("line", [
    "Marta, the floor is yours.",
    "That's it from me.",
    "Have a good afternoon.",
    "In a few minutes, our coordinator will join us from Juba to brief you on the floods.",
    "Her full biography is available online.",
    "Not an official record.",
])
def test_a_briefers_hand_overs_sign_offs_and_notes_are_procedural(line):
    assert is_procedural(line)
    assert not is_procedural("The floods have displaced 12,000 people in the past week, the coordinator said.")


def test_a_release_line_naming_where_its_figures_come_from_is_no_fact(extractor):
    assert fact_texts(extractor, "Data source: Esteland Ports Authority (EPA), 2026 returns.") == []
    assert fact_texts(extractor, "The Esteland Ports Authority supplied 12 monthly returns in 2026.") != []


def test_an_exhortation_to_the_audience_is_no_fact(extractor):
    assert fact_texts(extractor, "Let us make this forum the moment we start to heal our 40 rivers.") == []
    assert fact_texts(extractor, "Mercury levels in 40 rivers of the region rose sharply in 2025.") != []



@pytest.mark.parametrize("sentence, foreign", [
    ("Góðu føroyingar, heima og úti í heimi.", True),  # a greeting in the site's own language
    ("Zo rehetra voatokana ho an'ny mpamaky sy ny mpanoratra.", False),  # no accents, no known function word
    ("Gracias por su presencia y su apoyo.", True),  # a Spanish function word
    ("Wheat prices rose sharply last week.", False),  # English without a stop word
    ("Uqaqtittiji, I rise today to present the budget.", False),
])
def test_a_sentence_left_in_another_language_is_told_apart_from_english(sentence, foreign):
    from service.pipeline.facts import _in_another_language
    assert _in_another_language(sentence) is foreign


@pytest.mark.parametrize(("text", "procedural"), [
    ("Buenas tardes a todos.", True),
    ("Muchas gracias.", True),
    ("Muito obrigado.", True),
    ("The floor is open.", True),
    ("Translated from the Vietnamese record.", True),
    ("Gracias a la lluvia, la cosecha creció 12 por ciento.", False),
    ("The floor is opening to 40 new members next year.", False),
    ("Director, over to you.", True),
    ("Minister, whenever you are ready.", True),
    ("Your name and organisation first, and one question each.", True),
    ("The next briefing is tomorrow at eleven.", True),
    ("The next budget is due in March and will cut 400 posts.", False),
])
def test_greetings_and_thanks_in_the_sites_language_and_a_hosts_hand_over_are_procedural(text, procedural):
    assert is_procedural(text) is procedural
