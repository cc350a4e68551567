"""Helpers over names and text: rule span order, datelines, sentences, initials and acronyms."""

from __future__ import annotations

import functools
import re

from ..language import lexicon
from .tokens import _key, tokenize
from .vocab import _ACRONYM_CONNECTORS, _RULE_TYPE_PRECEDENCE


def _rule_span_order(span: tuple[int, int, str, str]) -> tuple[int, int, int]:
    """Rule spans are taken first to last, longest first where they start together, and of one extent in the
    precedence of their types (``_RULE_TYPE_PRECEDENCE``; other types after)."""
    a, b, _name, typ = span
    rank = _RULE_TYPE_PRECEDENCE.index(typ) if typ in _RULE_TYPE_PRECEDENCE else len(_RULE_TYPE_PRECEDENCE)
    return a, a - b, rank


# A wire dateline opening a paragraph: the place in capitals, perhaps a date, perhaps the agency, then a dash
# ("BEIRUT, Nov 27, 2024 (Example Wire) - ", "LONDON/DUBAI (XYZ) -- ", "OSLO, June 3 /Newswire/ -- "). It says
# where the story was filed and who filed it: the agency that filed it is not an entity of the story.
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3})"
    r"(?P<date>,[^()\n/–—]{2,40}?)?"
    r"(?P<agency>\s*\([^()\n]{1,40}\)|\s+/[^/\n]{1,40}/)?"
    r"\s*(?P<dash>--?|–|—)\s",
    re.MULTILINE,
)


def _dateline_agencies(text: str) -> list[tuple[int, int]]:
    """Character spans of the agency part of the wire datelines that open paragraphs."""
    return [m.span("agency") for m in _DATELINE_RE.finditer(text) if m.group("agency")]


def _dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the place of the datelines that open paragraphs ("WIESBADEN – According to ...")."""
    return [m.span("place") for m in _DATELINE_RE.finditer(text)]


_SENTENCE_RE = re.compile(r"[^\n]+?(?:[.!?]+[\"'”’)]*(?=\s)|$)", re.MULTILINE)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans, for callers that do not pass the article's passages."""
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


def _initials_of(name: str) -> str:
    """"Australian Bureau of Statistics" -> "ABS": the initials of an institution's capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _ACRONYM_CONNECTORS)


MAX_CODE_LETTERS = 3  # "UK", "U.S.": a code in capitals at the front of a name gives its acronym every letter


def _letter_initials(name: str) -> str:
    """"UK Health Security Agency" -> "UKHSA": the initials, with every letter of a short capitalised code."""
    words = name.split()
    code = words[0].replace(".", "") if words else ""
    if not (code.isalpha() and code.isupper() and 2 <= len(code) <= MAX_CODE_LETTERS):
        return _initials_of(name)
    return code + _initials_of(" ".join(words[1:]))


_DEMONSTRATIVES = frozenset("this these".split())  # not "that": it also opens a clause ("said that Russia")
_DISEASE_HEADS = lexicon("disease_heads")
MIN_UNQUALIFIED_WORDS = 3  # words an organisation's name keeps without the country code in front of it
MAX_BRACKETED_NAME_TOKENS = 9  # "(Space Launch System)": tokens looked at for a name in brackets after an acronym
MAX_SKIPPED_INITIALS = 1  # "ECDC": an acronym may leave out one word of the name it shortens
MIN_SHORTENED_ACRONYM = 3


def _abbreviates(acronym: str, initials: str) -> bool:
    """An acronym that keeps the first and last initials of a name and all but one of the others in order
    ("ECDC" for the initials "ECDPC")."""
    if len(acronym) < MIN_SHORTENED_ACRONYM or not 0 < len(initials) - len(acronym) <= MAX_SKIPPED_INITIALS:
        return False
    if acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)


@functools.lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(" ".join(_key(t) for _, _, t in tokenize(e)) for e in lexicon("event_heads"))


_BRACKETED_ACRONYM_RE = re.compile(r"(?P<name>[A-Z][^()]{3,80}?)\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
