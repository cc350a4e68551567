"""Sections of a release that their author signs at the foot: a stability report's "FOREWORD", its paragraphs, then
"Marcelle A. Gumbs-Hodge" / "Governor" under them."""

from __future__ import annotations

import re

from ..language import lexicon
from .model import Turn
from .people import _is_title_word, _person, _person_name

MAX_SIGNED_SECTION_LINES = 80  # lines from a section's heading to the signature under it
MAX_SIGNATURE_WORDS = 5  # "Marcelle A. Gumbs-Hodge": a name alone on its line
SECTION_KEY_CHARS = 30  # the first characters of a section's line, to find it in the cleaned text
MIN_KEY_LINE_CHARS = 20  # a wrapped line's last word ("system.") is too short to find
_SHOUTED_HEADING_RE = re.compile(r"^[A-Z0-9][A-Z0-9 ,.&'’:-]{3,}$")


def _signed_sections(text: str, paragraphs: list[tuple[int, int]], raw: str, head: str) -> list[Turn]:
    """Turns of the person who signs a section the page heads as theirs ("FOREWORD", "Governor's message"; lexicon
    ``signed_sections``) with their name and their title on the lines under its last paragraph."""
    lines = [line.strip() for line in raw.splitlines()]
    turns = []
    for i, line in enumerate(lines):
        if line.lower().rstrip(":") not in lexicon("signed_sections"):
            continue
        sign = _signature_below(lines, i)
        if sign is None:
            continue
        section = [line for line in lines[i + 1:sign] if len(line) >= MIN_KEY_LINE_CHARS]
        if not section:
            continue
        start = text.find(" ".join(section[0].split())[:SECTION_KEY_CHARS])
        last = text.find(" ".join(section[-1].split())[:SECTION_KEY_CHARS], max(start, 0))
        end = next((e for s, e in paragraphs if s <= last < e), -1)
        if 0 <= start < end:
            speaker = _person(_person_name(lines[sign]) or lines[sign], text, head)
            speaker.role = speaker.role or lines[sign + 1]
            turns.append(Turn(start, start, end, speaker))
    return turns


def _signature_below(lines: list[str], heading: int) -> int | None:
    """The line of the name that signs the section under ``heading``: a name alone on its line, then a title
    ("Governor"), before any other heading in capitals; else None."""
    for k in range(heading + 1, min(len(lines) - 1, heading + MAX_SIGNED_SECTION_LINES)):
        line = lines[k]
        if _SHOUTED_HEADING_RE.match(line):
            return None  # the next section: nobody signed this one
        words = line.split()
        name = _person_name(line) if 2 <= len(words) <= MAX_SIGNATURE_WORDS and not line.endswith(".") else None
        title = lines[k + 1].split()
        if name and len(name.split()) >= len(words) - 1 and title and _is_title_word(title[0]) \
                and len(title) <= MAX_SIGNATURE_WORDS:
            return k
    return None
