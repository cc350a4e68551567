"""The one language layer: tokenizer, stemmer, stop words and lexicons.

Cleaning, entities, attribution, facts and claims all tokenise, stem and look words up through this module.
Word lists are data, kept as plain text files in ``lexicons/`` (one entry per line, ``#`` starts a comment;
entries may be several words). Add words there, not in code.

The stemmer is Whoosh's Porter stemmer, the same one the index's ``StemmingAnalyzer`` applies, so a stem
computed here equals the term the index holds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# The rules use some two thousand distinct regular expressions, four times the 512 compiled patterns the standard
# library keeps; past that it drops the oldest, so every page compiled most of them again (7,100 compiles over 150
# pages, a tenth of the extraction time). A cache this size keeps each pattern compiled once per process.
REGEX_CACHE_SIZE = 4096
if getattr(re, "_MAXCACHE", REGEX_CACHE_SIZE) < REGEX_CACHE_SIZE:
    re._MAXCACHE = REGEX_CACHE_SIZE

# A word: a number with its separators and any unit letters glued to it ("11,000", "3.5", "3rd"), or letters
# and digits with inner apostrophes or hyphens ("don't", "well-known"). Curly apostrophes are folded to straight
# ones first.
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)
# A letter of a word in any script, with the combining marks that Python's \w leaves out: the vowel signs of the
# Indic scripts, Thai, Lao, Tibetan, Myanmar and Khmer, Hebrew points and Arabic harakat ("नेपाल" is one word, not
# three). The Devanagari danda (U+0964, U+0965) ends a sentence and is no letter.
WORD_LETTER = (r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0963"
               r"\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1-\u0ebc\u0f18-\u0fbc\u102b-\u103e\u17b4-\u17d3])")
# capitals that open a name or an initial ("Élise", "Łukasz", "Šárka", "Ragnheiður Ó. Steingrímsdóttir")
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŹŻŽ"
INITIAL_RE = re.compile(rf"[{NAME_CAPITALS}]\.")  # a middle initial ("P.", "Ž.")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


# "NOTICE NUMBER: 2026SOP03", "VOLCANIC CLOUD HEIGHT: ...": a line opening with a form's shouted field name and a value
SHOUTED_FIELD_RE = re.compile(r"^[ \t]*(?P<field>[A-Z][A-Z0-9 /()\-]{1,40}):[ \t]+\S")
# "CAPE TOWN – The court ...", "AMARILLO, Texas – ...": a release's or a paper's own capitalised place before a dash
CAPS_DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,[^,()–—\n]{1,30})?\s*[–—-]{1,2}\s+")


def shouted_field(text: str) -> str | None:
    """The shouted field name a line opens with, before its colon and value ("SOURCE" of "SOURCE: Keras Volcano
    Observatory"), else None."""
    m = SHOUTED_FIELD_RE.match(text)
    return m.group("field").strip() if m else None


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` in order."""
    return WORD_RE.findall(text.translate(_APOSTROPHES).lower())


def words(text: str) -> set[str]:
    """The distinct lower-cased word tokens of ``text``."""
    return set(tokens(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of one lower-cased word (the index's own stemmer)."""
    # Imported on first use: modules that only read lexicons stay free of the index library.
    from whoosh.lang.porter import stem as porter_stem

    return porter_stem(word)


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt``, lower-cased, as a set."""
    return frozenset(entry.lower() for entry in lexicon_entries(name))


@lru_cache(maxsize=None)
def lexicon_entries(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt`` in file order, case kept."""
    path = LEXICON_DIR / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=None)
def lexicon_pairs(name: str) -> dict[str, str]:
    """The ``key = value`` entries of ``lexicons/<name>.txt`` in file order, case kept."""
    pairs = {}
    for entry in lexicon_entries(name):
        key, sep, value = entry.partition(" = ")
        if not sep:
            raise ValueError(f"lexicon {name!r}: {entry!r} is not 'key = value'")
        pairs[key.strip()] = value.strip()
    return pairs


def name_words_for(noun: str) -> frozenset[str]:
    """Words of a name that a description stands for without sharing them: "airways" for "the airline", "banco" for
    "the Bank" (lexicon ``description_name_words``)."""
    return frozenset(lexicon_pairs("description_name_words").get(noun, "").split())


def stop_words() -> frozenset[str]:
    """The one stop-word list."""
    return lexicon("stopwords")


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


def letter_words(text: str) -> list[str]:
    """The lower-cased runs of letters of ``text``, in order: the words by which a line's language is judged."""
    return [w.lower() for w in _LETTER_WORD_RE.findall(text)]


def function_word_counts(words: list[str]) -> tuple[int, int]:
    """How many of the lower-cased ``words`` are English stop words, and how many are function words of another
    Latin-script language (lexicon ``foreign_function_words``): which language a line is written in."""
    foreign = lexicon("foreign_function_words")
    return sum(w in stop_words() for w in words), sum(w in foreign for w in words)


def content_terms(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not stop words or bare numbers, in order."""
    stops = stop_words()
    return [stem(t) for t in tokens(text) if t not in stops and not t[0].isdigit()]


def phrase_pattern(name: str) -> re.Pattern:
    """A case-insensitive regex matching any entry of a lexicon as whole words (longest entries first)."""
    return _phrase_pattern(name)


# "The full text of the Governor's statement follows.": a publisher's line announcing the text below, whoever's
_TEXT_FOLLOWS_RE = re.compile(r"\btext\s+of\s+(?:the|his|her|their)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s+)?"
                              r"(?:[a-z-]+\s+)?(?:speech|address|remarks|statement|message|testimony|lecture)"
                              r"\s+(?:follows|is\s+below)\b")


def announces_text(text: str, start: int = 0, end: int | None = None) -> bool:
    """A publisher's line announcing the text of a speech below it ("The full text of the address follows.",
    "Below is the full text ...", lexicon ``text_follows``; "The full text of the Governor's statement follows.")."""
    end = len(text) if end is None else end
    return bool(phrase_pattern("text_follows").search(text, start, end) or _TEXT_FOLLOWS_RE.search(text, start, end))


@lru_cache(maxsize=None)
def _phrase_pattern(name: str) -> re.Pattern:
    entries = sorted(lexicon(name), key=len, reverse=True)
    alternation = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
    return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def snowball_stem(word: str) -> str:
    """Snowball English (Porter2) stem, also from Whoosh: unlike the original Porter stemmer it gives every
    inflection of a verb one stem ("authorize", "authorized" -> "author"), which comparing wordings needs."""
    from whoosh.lang.porter2 import stem as porter2_stem  # on first use, like stem() above

    return porter2_stem(word)


def unaccented(text: str) -> str:
    """``text`` without its accents and other combining marks: "Études" -> "Etudes", "café" -> "cafe"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


LATIN_LETTERS_END = "\u0250"  # Basic Latin, Latin-1 Supplement and Latin Extended-A and -B end here
LATIN_EXTENDED_ADDITIONAL = ("\u1e00", "\u1eff")  # "Trịnh Quốc Bảo": Vietnamese letters with two marks


def latin_script(text: str) -> bool:
    """Every letter of ``text`` is a Latin one ("José Pérez", "Trịnh Quốc Bảo", not "Αλέξανδρος" or "Иван")."""
    low, high = LATIN_EXTENDED_ADDITIONAL
    return all(ch < LATIN_LETTERS_END or low <= ch <= high for ch in text if ch.isalpha())


def names_only(words: list[str], joiners: frozenset[str] | set[str] = frozenset()) -> bool:
    """"Ministry of Health", "Embassy of St. Vincent and the Grenadines": capitalised words and the given joiners
    only, opening with a capital: a name or a row of names, no sentence."""
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in joiners for w in words)
