"""The line model and the text shapes every cleaning stage reads: ``_Line``, word counts, folding, prose
tests, and the vocabulary and limits several stages share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .. import language


# --- Limits, separators and vocabulary that several stages share -------------------------

# A line longer than this is treated as prose, never as a chrome phrase, so that a real
# sentence that happens to mention "subscribe" or "the app" is kept.
MAX_CHROME_WORDS = 20
# A paragraph of at least this many words that ends like a sentence marks the body start;
# a shorter one must also read as running text (mostly lowercase words), unlike a caption.
MIN_PROSE_WORDS = 8
MIN_SHORT_PROSE_WORDS = 5
# Captions can run to a few sentences; a longer paragraph is body text.
MAX_CAPTION_WORDS = 60
# Headline lists stop at a paragraph this long; headlines are shorter than that.
MIN_LIST_STOP_WORDS = 20
# A row of at least this many short links between separators is a menu.
MENU_SEPARATOR = re.compile(r"\s*[|•·»›]\s*|\s+/\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
META_PIECES = re.compile(r"\s*[|•·]\s*")
# "DISCURSO · TRADUCCIÓN AL INGLÉS", "PEJABAT ... MALAYSIA · PRIME MINISTER'S OFFICE ...", "Lindol / Earthquake": the
# pieces of a line of labels or names set side by side, in one language or two
LABEL_PIECE_SEPARATOR = re.compile(r"\s+[·/|]\s+")

BYLINE_START = re.compile(
    r"^(?:By|BY|Written by|Words by|Story by|(?i:(?:posted|published|written|created)(?:\s+on)?\s+by))\s+(?P<rest>.+)$")
# Separators between the pieces of a metadata line ("Nov. 18, 2024 | By X, Y News").
META_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+")
# Words that make a byline piece (or a site-name line) a publisher rather than a person.
ORG_WORDS = language.lexicon("publisher_words")
# Byline pieces that are a job, not a name or a publisher.
ROLE_WORDS = language.lexicon("byline_roles")
# Lowercase particles allowed inside personal names.
NAME_PARTICLES = language.lexicon("name_particles")
# Section labels that look like names ("Breaking News", "Press Releases") but are not.
LABEL_WORDS = language.lexicon("section_labels")
MIN_CONTACT_BODY_WORDS = 2  # "Press Office, Brussels": a place, not a body
SOURCE_PRIORITY = {"byline": 1, "source_line": 2, "wire_dateline": 3, "appeal": 4, "copyright": 5,
                   "site_prompt": 6, "site_name": 7, "official_site": 8, "footer_name": 9, "email": 10, "about": 11,
                   "breadcrumb": 12, "heading": 13}

# --- Text shape --------------------------------------------------------------------------

WORD = re.compile(rf"{language.WORD_LETTER}+(?:[-'’.,&]{language.WORD_LETTER}+)*")
SENTENCE_END = re.compile(r"(?:[.!?…:;]|\.\.\.)[\"'”’»)\]]*$")
BULLET = re.compile(r"^(?:[•●▪◦‣∙*・■□○◆◇►▶]|[-–](?=\s))\s*")
# "(2) The Japanese Foreign Minister stated ...": an item's number in brackets before its sentence
ITEM_NUMBER = re.compile(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=[A-Z\"“‘])")
CONNECTORS = language.lexicon("name_connectors")


@dataclass
class _Line:
    text: str
    block: int  # lines separated by a blank line are in different blocks
    drop: str | None = None  # why the line is not body text
    zone: str | None = None  # "list" (an item under a list heading), "appeal" or "tail" (promotions after a paywall)
    spaced_menu: bool = False  # short capitalised items set apart by runs of spaces ("Menu  Markets  Research")
    bulleted: bool = False  # the raw line opened with a bullet ("- ", "•")
    key_figure: bool = False  # a figure set apart before its caption ("3,4%        Wzrost sprzedaży ...")


# Zones that carry other articles' bylines and dates.
ELSEWHERE_ZONES = ("list", "tail")
MASTHEAD_LINES = 3  # the first lines of a page, where its logo text stands


def _words(text: str) -> list[str]:
    return WORD.findall(text)


WORD_COUNT_CACHE = 8192  # lines: the cleaning passes count the words of the same lines again and again


@lru_cache(maxsize=WORD_COUNT_CACHE)
def _word_count(text: str) -> int:
    return len(_words(text))


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


def _ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def _lowercase_share(text: str) -> float:
    words = [w for w in _words(text) if any(c.isalpha() for c in w)]
    return sum(w[0].islower() for w in words) / len(words) if words else 0.0


def _is_prose(text: str, min_words: int = MIN_PROSE_WORDS) -> bool:
    return _word_count(text) >= min_words and _ends_sentence(text) and not text.endswith(":")


def _is_short(text: str) -> bool:
    return _word_count(text) <= MAX_CHROME_WORDS


def _function_unit(name: str) -> bool:
    """"Office of Communications", "Media Relations Team": an office named only by words of what it does."""
    words = language.tokens(name)
    return bool(words) and all(word in language.lexicon("function_unit_words") for word in words)


# "Other news: Yellow warning for wind · Avalanche risk in the east", "MoPR: 3.50%  |  Inflation: 2.8%": pieces set
# apart by a middle dot or a bar
_PIECE_SEPARATOR = re.compile(r"\s+[·|]\s+")
_LABELLED_PIECE = re.compile(r"^[^:.!?;\n]{1,60}:\s*\S")


def _labelled_pieces(text: str) -> bool:
    """A line of pieces set apart by middle dots or bars whose first piece is a labelled field ("Next update: ...",
    "Aðrar fréttir / Other news: ...", a rates ticker): a page's metadata or a list of links, no prose."""
    pieces = _PIECE_SEPARATOR.split(text.strip())
    return len(pieces) >= 2 and _LABELLED_PIECE.match(pieces[0]) is not None


def _latin_words(text: str) -> str:
    """A line written in Latin letters and another script ("วันพุธที่ 17 สิงหาคม พ.ศ. 2576 · Wednesday 17 August 2033 ·
    14:30 น.") without the other script's words, whose abbreviations' full stops end no sentence; any other line as
    it is."""
    scripts = {_script(c) for c in text if c.isalpha()}
    if "LATIN" not in scripts or len(scripts) == 1:
        return text
    return " ".join(w for w in text.split() if not any(c.isalpha() and _script(c) != "LATIN" for c in w))


def _script(char: str) -> str:
    """"LATIN", "CYRILLIC", "GEORGIAN": the script a letter is written in."""
    return unicodedata.name(char, "?").split()[0]
