"""Limits and small text helpers every stage of the discourse analysis reads: how much of the page's head
is read, label sizes, paragraphs, a label's normal form, a "Field: value" line."""

from __future__ import annotations

import re

from .. import language


# "MINISTER OF PUBLIC HEALTH AND SOCIAL WELFARE DR. ANA M. RUIZ-SOTO": a full title, a style, a name
MAX_LABEL_WORDS = 12
MAX_LABEL_CHARS = 80
# "DIRECTOR OF THE NATIONAL EMERGENCY MANAGEMENT AGENCY CAPTAIN ELVIN R. THOMPSON-CLARKE": an upper-case label that
# opens with a title may spell a long office out before the name
MAX_TITLED_LABEL_CHARS = 110
LABEL_PAREN_CHARS = 64  # "(Russian Federation)" after a label
MIN_TURNS = 2  # labelled paragraphs needed before a document counts as a transcript
MIN_TURNS_WITHOUT_QUESTION = 3  # ... when none of them is a question
MIN_SURNAME_TURNS = 4  # paragraphs labelled by a bare upper-case surname ("KIRBY:") that make a conversation
HEAD_PARAGRAPHS = 3  # paragraphs read for heading cues (title line, dateline, first lead)
HEAD_CHARS = 600
HEAD_LINES = 8  # header lines of the raw page read for cues ("News Release", the issuing office)
MAX_SPEAKER_WORDS = 8
MAX_MARGIN_LINES = 16  # raw page lines read above and below the body for release cues
MARGIN_KEY_CHARS = 60  # characters of the body's first and last lines that find them on the raw page
MAX_ROLE_CHARS = 80  # "the Permanent Representative of ... to the United Nations," before a name
MAX_LABEL_FUNCTION_CHARS = 120  # "Minister Delegate in charge of Relations with Parliament, Government Spokesperson"
MAX_LABEL_FUNCTION_WORDS = 16  # ... and its words before the second comma
MIN_FLOOR_TURNS = 2  # turns that all manage the floor before their unlabelled speaker counts as the moderator
MIN_ASKER_LETTERS = 3  # "AFP:", "Reuters:": a one-word label of a question from the floor


# "Speakers:", "Hadir / Present:", "Ομιλητής / Speaker:": a field's name, maybe in two languages
_FIELD_RE = re.compile(r"^(?P<field>(?:[^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]+){0,2} / )?"
                       r"[A-Za-z][A-Za-z ]{0,20}(?: / [A-Za-z][A-Za-z ]{0,20})?):\s*(?P<value>.+)$")
MAX_NAME_LINE_WORDS = 10  # "Antonia R. Bellweather, Secretary of State": a name line under a speech's title


NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"})  # lower-case words inside a body's name


def _names_only(words: list[str], particles: frozenset[str] = frozenset()) -> bool:
    """"Ministry of Health": capitalised words, name joiners and the given particles only, no sentence or menu."""
    return language.names_only(words, NAME_JOINERS | particles)


def _clean(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n[^\S\n]*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _norm_label(label: str) -> str:
    """A field's name in lower case; of a name in two languages ("Ομιλητής / Speaker"), its English last part."""
    return " ".join(label.lower().split("/")[-1].split())
