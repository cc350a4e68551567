"""Name tokens: offsets, case and punctuation kept (not language.tokens())."""

from __future__ import annotations

import functools
import re

from ..language import NAME_CAPITALS, lexicon_entries
from ..models import EntityType, values


ENTITY_TYPES = values(EntityType)

_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Maj|Col|Capt|Cmdr|Adm|Sgt|Cpl|Brig|Pvt|Rev|Hon|Amb|"
    "Supt|Insp|Det|Jr|Sr|St|Mt|Ft|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    + "|".join(lexicon_entries("academic_titles"))  # "Ing.", "MUDr."
)
_NAME_ABBREVIATIONS = "|".join(re.escape(entry.capitalize()) for entry in lexicon_entries("name_abbreviations"))
# Abbreviations keep their dot and "U.S." stays one token, so that a sentence-final dot never
# glues onto a name and "U.S.-made" still yields "U.S.".
# This is not language.tokens(): name matching needs each token's offsets, its original case, its punctuation
# (commas, possessive "'s", hyphens) and dotted abbreviations kept whole, none of which a word tokenizer for
# search and lexicon lookups keeps.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"
    rf"|(?:{_ABBREVIATIONS})\.(?=\s|$)"
    rf"|[{NAME_CAPITALS}]\.(?=\s?[{NAME_CAPITALS}])"  # an initial: "R.", "Ó." in "Ragnheiður Ó. Steingrímsdóttir"
    # an abbreviated part of a name: "Md." in "Md. Arifur Rahman", "Ts." in "Batbayar Ts. Oyunbileg"
    rf"|(?:{_NAME_ABBREVIATIONS})(?=\s[{NAME_CAPITALS}])"
    r"|['’]s\b"
    # "Fo'oa", "Fa'arodo", "Hawai'i": an apostrophe inside a capitalised word, not an English clitic ("Don't")
    r"|[A-Z][a-z]+['’](?!(?:s|t|re|ve|ll|d|m)\b)[a-z]+\b"
    r"|\w+"
    r"|[^\w\s]"
)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) for every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def _key(token: str) -> str:
    low = token.lower()
    return low.replace("’", "'") if "’" in low else low


@functools.lru_cache(maxsize=65536)
def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
