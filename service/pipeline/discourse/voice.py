"""Whose voice a text is in: a speaker saying "I" to an audience, or a publisher saying "we"."""

from __future__ import annotations

import re

from ..language import lexicon


_I_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")
MIN_I_PARAGRAPHS = 2  # paragraphs in which the speaker says "I", "me" or "my"


def _addresses_audience(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when a page speaks in the first person to an audience: a person says "I", "me" or "my" in at least
    MIN_I_PARAGRAPHS paragraphs, and most paragraphs say "I" or "we" (outside quotation marks)."""
    bare = [_QUOTED_RE.sub(" ", text[s:e]) for s, e in paragraphs]
    singular = sum(bool(_I_RE.search(p)) for p in bare)
    voiced = sum(bool(_I_RE.search(p) or _WE_RE.search(p)) for p in bare)
    return singular >= MIN_I_PARAGRAPHS and voiced >= MIN_WE_SHARE * len(bare)


MIN_FIRST_PERSON_PARAGRAPHS = 2

# "Honourable Chair,", "Mr. President,", "Madam Co-Chair, allow me ...": a form of address, then whom it addresses
_VOCATIVE_RE = re.compile(r"^(?:(?:Honou?rable|Distinguished|Esteemed|Dear|Mr\.?|Madam|Madame|Mister|Your)\s+){1,2}"
                          r"(?:[A-Z][\w-]*\s+)?(?P<noun>[\w-]+)\s*,|^(?P<bare>Excellencies)\s*,")


def _speaks_to_the_chair(lines: list[str]) -> bool:
    """True when a line opens by addressing the room's chair or members ("Honourable Chair,", "Mr. President,"):
    a statement delivered from the floor, whatever person it speaks in (lexicon ``chair_vocatives``)."""
    for line in lines:
        m = _VOCATIVE_RE.match(line.strip())
        if m and (m.group("bare") or m.group("noun").lower() in lexicon("chair_vocatives")):
            return True
    return False


def _first_person(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when at least half of the paragraphs, and MIN_FIRST_PERSON_PARAGRAPHS, say "I" or "we" outside
    quotation marks."""
    bare = [_QUOTED_RE.sub(" ", text[s:e]) for s, e in paragraphs]
    voiced = sum(bool(_I_RE.search(p) or _WE_RE.search(p)) for p in bare)
    return voiced >= MIN_FIRST_PERSON_PARAGRAPHS and voiced >= MIN_WE_SHARE * len(bare)


_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US"
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")
MIN_WE_PARAGRAPHS = 3
MIN_WE_SHARE = 0.5


_REPORTED_RE = re.compile(r"[\"“”]|\b(?:said|says|added|told)\b")  # a quotation, or speech the page reports


def _speaks_as_we(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when most paragraphs the page tells in its own voice (not quoting or reporting someone) say "we" or
    "our" outside quotation marks: the page speaks for its publisher."""
    voiced = sum(bool(_WE_RE.search(_QUOTED_RE.sub(" ", text[s:e]))) for s, e in paragraphs)
    own = sum(not _REPORTED_RE.search(text[s:e]) for s, e in paragraphs)
    return voiced >= MIN_WE_PARAGRAPHS and voiced >= MIN_WE_SHARE * max(own, voiced)
