"""Sentence passages: exact offsets, paragraph boundaries, news abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.pipeline.cleaning import clean_article
from service.pipeline.passages import SEGMENTER, split_passages

SEEDS = sorted((Path(__file__).resolve().parents[2] / "data" / "articles").glob("*.txt"))


def assert_well_formed(text: str, passages) -> None:
    previous_end = 0
    for number, passage in enumerate(passages):
        assert passage.index == number
        assert text[passage.start:passage.end] == passage.text
        assert passage.text and passage.text == passage.text.strip()
        assert passage.start >= previous_end
        assert "\n\n" not in passage.text
        previous_end = passage.end
    covered = {i for p in passages for i in range(p.start, p.end)}
    lost = [ch for i, ch in enumerate(text) if i not in covered and not ch.isspace()]
    assert not lost, f"characters outside every passage: {lost!r}"


# Pieces that stress the segmenter: abbreviations, dates, quotes, ellipses, odd whitespace and scripts.
TRICKY_PIECES = [
    "U.S.", "Maj. Gen. Pat Ryder", "Jan. 20", "Sept. 19, 2024", "Nov. 18, 2024", "Dr.", "e.g.", "a.m.", "No. 2",
    "…", "...", '"', "“", "”", "’", ".", "?", "!", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\n \n", "\r\n",
    "She said.", "They're moving. We have", "日本語。", "é", "$2.5", "(AP)",
]
random_text = st.lists(st.one_of(st.sampled_from(TRICKY_PIECES), st.text(max_size=15)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_text)
def test_offsets_hold_for_any_text(text):
    assert_well_formed(text, split_passages(text))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offsets_hold_for_the_seed_articles(path):
    text = clean_article(path.read_bytes()).text
    passages = split_passages(text)
    assert_well_formed(text, passages)
    assert len(passages) >= text.count("\n\n") + 1


@pytest.mark.parametrize("sentences", [
    ["Pentagon spokesperson Maj. Gen. Pat Ryder confirmed the reports.", "He also revealed the call."],
    ["The U.S. views North Korea as cobelligerents with Russia, she said.", "Troops began entering last month."],
    ["Trump takes office on Jan. 20, officials said.", "The White House declined to comment."],
    ["Soldiers fired rockets in Tapa, Estonia, Sept. 19, 2024, during an exercise.", "The system can fire missiles."],
    ["Nov. 18, 2024 was the day Singh spoke to reporters.", "She took questions."],
    ["The Ukrainians used drones to target … weapons storage facilities, she said.", "Casualties are rising."],
    ["Troops were sent to the U.S.", "The move angered Moscow."],
    ["A motion from Coun. Ravi Deschamps to freeze fares failed 5 to 10.", "Council resumed at 1:30 p.m."],
    ["The case was led by Sgt. Mira Olsen of the county police.", "She gave no details."],
    # A quotation stays with its speaker, even when it holds two sentences.
    ['The Pentagon has not confirmed it, she said, adding, "They\'re moving into Kursk for a reason. '
     'We have every expectation that they would be engaged in combat operations."', "Singh left."],
], ids=lambda s: s[0][:25])
def test_news_abbreviations_and_quotes_are_not_split(sentences):
    text = " ".join(sentences)
    assert [p.text for p in split_passages(text)] == sentences


def test_a_sentence_never_spans_a_paragraph_break():
    text = "The first paragraph has no final stop\n\nthe second one starts in lowercase."
    assert [p.text for p in split_passages(text)] == [
        "The first paragraph has no final stop", "the second one starts in lowercase."]


def test_offsets_point_into_the_original_text():
    text = "  Leading space. Second sentence!\n\n\n  Third one?  "
    passages = split_passages(text)
    assert [(p.start, p.end) for p in passages] == [(2, 16), (17, 33), (38, 48)]
    assert [p.index for p in passages] == [0, 1, 2]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \n \n\t"])
def test_blank_text_has_no_passages(text):
    assert split_passages(text) == []


def test_seed_article_keeps_a_military_title_in_one_passage():
    path = next(p for p in SEEDS if "Maj. Gen." in p.read_text(encoding="utf-8"))
    texts = [p.text for p in split_passages(clean_article(path.read_bytes()).text)]
    assert any("Maj. Gen. Pat Ryder confirmed" in text for text in texts)
    assert not any(text.endswith("Maj.") for text in texts)


def test_cutting_long_paragraphs_first_agrees_with_the_segmenter_alone():
    texts = [clean_article(path.read_bytes()).text for path in SEEDS]
    one_paragraph = " ".join(text.replace("\n\n", " ") for text in texts)
    whole = [s.strip() for s in SEGMENTER.processor(one_paragraph).process() if s.strip()]
    assert [p.text for p in split_passages(one_paragraph)] == whole


def test_a_quotation_is_not_cut_at_its_inner_sentence_end():
    quote = ('“We will hold the line until the winter comes. Then we will see what happens next,” '
             'the commander said.')
    text = " ".join(["The shelling went on through the night."] * 30 + [quote])
    assert split_passages(text)[-1].text == quote


def test_a_clock_time_with_its_time_zone_ends_no_sentence():
    text = "The probe launched at 9:41 a.m. CEST from the coast. The vote closed at 8 p.m. Officials began counting."
    assert [p.text for p in split_passages(text)] == [
        "The probe launched at 9:41 a.m. CEST from the coast.", "The vote closed at 8 p.m.",
        "Officials began counting."]


@pytest.mark.parametrize("style", ["Hon.", "Rt. Hon.", "Amb.", "Cllr.", "Eng.", "Engr.", "Atty.", "Usec.", "Md.",
                                   "Mohd.", "Ma.", "Ts.", "Kh."])
def test_an_abbreviated_style_before_a_name_ends_no_sentence(style):
    text = f"The Minority Leader, {style} Cassiel Forson, has claimed that debt is rising. He is wrong."
    assert len(split_passages(text)) == 2


def test_a_county_abbreviation_after_a_preposition_ends_no_sentence():
    text = "The station in Co. Kerry had its wettest October since 1990. Rain fell on 29 days."
    assert [p.text for p in split_passages(text)] == [
        "The station in Co. Kerry had its wettest October since 1990.", "Rain fell on 29 days."]


def test_a_company_abbreviation_after_a_name_may_end_a_sentence():
    text = "The contract went to Acme Co. The company said it would hire 40 people."
    assert len(split_passages(text)) == 2


def test_a_datelines_abbreviated_state_before_its_dash_ends_no_sentence():
    text = "PASADENA, Calif. — The orbiter flew past Mars on March 1, 2026. It is healthy."
    assert [p.text for p in split_passages(text)] == [
        "PASADENA, Calif. — The orbiter flew past Mars on March 1, 2026.", "It is healthy."]


def test_a_currency_abbreviated_with_a_full_stop_ends_no_sentence():
    text = "Total revenues were Ps. 6,842 million, up from Ps. 5,997 million. EBITDA reached Ps. 4,680 million."
    assert [p.text for p in split_passages(text)] == [
        "Total revenues were Ps. 6,842 million, up from Ps. 5,997 million.", "EBITDA reached Ps. 4,680 million."]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence_after_a_capitalised_word():
    text = ("Inflation was 2.3 per cent in August, according to Statistics Sweden.¹ In September we left the policy "
            "rate unchanged at 2 per cent. The U.S. Fed met in Washington.")
    assert [p.text for p in split_passages(text)] == [
        "Inflation was 2.3 per cent in August, according to Statistics Sweden.¹",
        "In September we left the policy rate unchanged at 2 per cent.",
        "The U.S. Fed met in Washington.",
    ]


@pytest.mark.parametrize("paragraph, count", [
    # a paragraph that is one quotation and nothing else: cut sentence by sentence
    ('"In winter the swell reaches five metres. Our ship was built in 1988."', 2),
    # a quotation its reporting clause closes keeps its sentences with that clause
    ('"Growth slowed in the spring. Jobs fell," she said.', 1),
])
def test_a_paragraph_of_quotation_alone_is_cut_into_its_sentences(paragraph, count):
    passages = split_passages(paragraph)
    assert_well_formed(paragraph, passages)
    assert len(passages) == count
