"""Questions and answers inside a news story: a feature that quotes a person, then prints questions put to them (one
short paragraph each, ending with "?") with their answers below, unquoted.

The answers are the person's: the named person last quoted before the first question. An answer runs from its
question to the next one, and ends early at a sentence that names a speaker of its own ("Peter Njoroge, who leads
..., said ..."). A story with fewer than MIN_QUESTIONS such questions is read as narration throughout: a lone
rhetorical question ("So what went wrong?") opens no answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Attribution, Passage

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 20
_QUOTE_CHARS = re.compile(r"[\"“”]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")


def question_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that are one short question, when the story has at least MIN_QUESTIONS."""
    found = []
    for m in _PARAGRAPH_RE.finditer(text):
        line = m.group().strip()
        if line.endswith("?") and len(line.split()) <= MAX_QUESTION_WORDS and not _QUOTE_CHARS.search(line) \
                and line.count("?") == 1:
            found.append((m.start(), m.end()))
    return found if len(found) >= MIN_QUESTIONS else []


class Answers:
    """Gives the story's unattributed sentences under a question to the person the questions are put to."""

    def __init__(self, text: str):
        self.questions = question_paragraphs(text)
        self.interviewee: Attribution | None = None
        self.answering = False

    def attribute(self, passage: Passage, attribution: Attribution | None) -> Attribution | None:
        """The passage's attribution: its own, else the interviewee's inside an answer."""
        if not self.questions:
            return attribution
        if any(start <= passage.start < end for start, end in self.questions):
            self.answering = self.interviewee is not None
            return attribution
        if attribution is not None:
            if self.answering:
                self.answering = False  # a sentence with a speaker of its own closes the answer
            elif _named_person(attribution) and passage.start < self.questions[0][0]:
                self.interviewee = attribution
            return attribution
        return replace(self.interviewee, direct=True) if self.answering else None


def _named_person(a: Attribution) -> bool:
    return a.speaker_type == "PERSON" and bool(a.speaker) and not a.anonymous
