"""Questions and answers inside a news story."""

from pathlib import Path

from service.pipeline.entities import load_gazetteer
from service.pipeline.facts import FactExtractor
from service.pipeline.interview import question_paragraphs
from service.pipeline.passages import split_passages

EXTRACTOR = FactExtractor(load_gazetteer(Path(__file__).resolve().parents[2] / "data" / "entities.yaml"))

STORY = (
    "Entomologist Wanjiru Kamau has spent 12 years tracking desert locusts across East Africa.\n\n"
    '"A swarm the size of a city can eat as much food in one day as 35,000 people," she says.\n\n'
    "How close are we to the next plague?\n\n"
    "The March rains were 40 per cent above average in northern Kenya.\n\n"
    "Who raises the alarm?\n\n"
    "The Food and Agriculture Organization runs the early-warning system.\n\n"
    "Peter Njoroge, who leads the agency's locust programme, said it needed $40 million for spraying.\n\n"
    "Locust swarms destroyed crops on 200,000 hectares in 2020.\n"
)


def speakers(text: str) -> dict[str, str | None]:
    facts = EXTRACTOR.extract(text, split_passages(text))
    return {f.text[:30]: (f.attribution.speaker if f.attribution else None) for f in facts}


def test_answers_under_questions_are_the_interviewees():
    found = speakers(STORY)
    assert found["The March rains were 40 per ce"] == "Wanjiru Kamau"
    assert found["The Food and Agriculture Organ"] == "Wanjiru Kamau"
    assert found["Peter Njoroge, who leads the a"] == "Peter Njoroge"
    assert found["Locust swarms destroyed crops "] is None  # after a sentence with its own speaker: narration


def test_one_rhetorical_question_opens_no_answer():
    text = STORY.replace("Who raises the alarm?\n\n", "")
    assert question_paragraphs(text) == []
    assert speakers(text)["The March rains were 40 per ce"] is None
