"""From raw text to lines: decoding, entities, line breaks and invisible characters, bullets, bold labels and
transcriber markers, text wrapped at a fixed width, menus set apart by spaces; footnotes and their markers."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from .. import language
from ..errors import ArticleRejected
from ._shared import (
    BULLET, CONNECTORS, ITEM_NUMBER, MAX_MENU_ITEM_WORDS, MIN_MENU_ITEMS, SENTENCE_END, _Line, _word_count,
)
from ._shared import _script as _script_of
from .dates import _find_dates


# Menu items that a scraper joined with runs of spaces instead of separators: "Menu  Core functions  Markets".
SPACED_ITEMS = re.compile(r"[ \t]{2,}|\t")
# A label set in bold by a page scraped as markdown: "**Detective Inspector Hemi Walker:** Kia ora", "**Walker**:"
BOLD_LABEL = re.compile(r"^(?:\*\*|__)(?P<label>[A-Z][^*_:\n]{0,80}?)(?P<colon>:?)(?:\*\*|__)(?P<after>:?)[ \t]*")
# A heading set in bold: "**Transcript: Media stand-up on ...**"
BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_\n]+)(?:\*\*|__)$")
# Line breaks, form feeds and Unicode separators all end a line.
LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Control and invisible format characters (zero-width spaces, BOM, bidi marks, soft hyphen).
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
INLINE_SPACE = re.compile(r"[^\S\n]+")
# Entities left by the scraper ("&amp;", "&#8217;"); only with their semicolon, so "R&D" stays.
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
HARD_WRAP_MIN_WORDS = 6


# --- Decoding and line model ------------------------------------------------------------


def _decode(raw: str | bytes, form: str = "text") -> str:
    """A posted page as text (``form`` names it in the error: "text" or "HTML"); rejected when it is not UTF-8,
    not text, or empty."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArticleRejected(f"{form} is not valid UTF-8") from exc
    if not isinstance(raw, str):
        raise ArticleRejected("article must be text")
    if not raw.strip():
        raise ArticleRejected("article is empty")
    return raw


FIELD_BAR = " | "
# "NISR · Quarterly GDP Release · Q3 2027": a running header's fields, which no text wrapped under it continues
FIELD_DOT = " · "
MIN_FIELD_DOTS = 2


MIN_NUMBERED_ITEM_WORDS = 10  # "(2) The Japanese Foreign Minister stated that ...": a numbered paragraph of prose
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]{2})-$")  # a line ending inside a hyphenated word


def _split_lines(text: str) -> list[_Line]:
    text = HTML_ENTITY.sub(lambda match: html.unescape(match.group()), text)
    text = unicodedata.normalize("NFC", LINE_BREAKS.sub("\n", text))
    text = INVISIBLE.sub("", text)
    lines: list[_Line] = []
    block = 0
    raw_lines = text.split("\n")
    at_width = _at_wrap_width(raw_lines)
    for number, raw_line in enumerate(raw_lines):
        line = INLINE_SPACE.sub(" ", _columns_apart(raw_line)).strip()
        unbulleted = _unbold_label(_without_markers(line))
        line = BULLET.sub("", unbulleted).strip()
        bulleted = line != unbulleted.strip()
        if ITEM_NUMBER.match(line) and _word_count(line) > MIN_NUMBERED_ITEM_WORDS:
            line = ITEM_NUMBER.sub("", line)  # (not a table's note: "(b) Persons aged 15 years and over.")
        if not line:
            block += 1
            continue
        previous = lines[-1] if lines else None
        # Text wrapped at a fixed width continues on the next line in lowercase, or after a function word ("we
        # kept the limit at" / "80%. We do not ..."); a row of fields set apart by bars ("pre 3 sata | 4 min
        # čitanja" under a headline) continues nothing.
        # A paragraph wrapped at a width its lines fill goes on after a name cut in two ("the Steam" / "Packet").
        if (previous is not None and previous.block == block and FIELD_BAR not in line and not bulleted
                and _same_script(previous.text, line) and previous.text.count(FIELD_DOT) < MIN_FIELD_DOTS
                and (line[0].islower() or _ends_in_function_word(previous.text) or NUMBER_GOES_ON.match(line)
                     or HYPHEN_BREAK.search(previous.text)
                     or (at_width[number - 1] and at_width[number] is not None
                         and not _centred_pair(raw_lines[number - 1], raw_line)))
                and not SENTENCE_END.search(previous.text) and _word_count(previous.text) >= HARD_WRAP_MIN_WORDS):
            previous.text = _joined(previous.text, line, text)
            continue
        lines.append(_Line(line, block, spaced_menu=_is_spaced_menu(raw_line), bulleted=bulleted,
                           key_figure=KEY_FIGURE.match(raw_line) is not None))
    return lines


def _joined(previous: str, line: str, text: str) -> str:
    """A wrapped line joined to the line it goes on: after a space, or at a hyphen that broke a word. A hyphenated
    name broken at its hyphen stays one word ("Governor Hichem B. Ferjani-" / "Mrad said"); a word broken in two
    at the line's end ("Arana-Villa-" / "corta, told") is whole again where the page writes it whole elsewhere
    ("Arana-Villacorta"), else it keeps its hyphen ("non-" / "farm" -> "non-farm")."""
    if not HYPHEN_BREAK.search(previous):
        return f"{previous} {line}"
    if line[0].isupper():
        return f"{previous}{line}"
    head = re.search(r"[^\W\d_]+-$", previous)
    tail = re.match(r"[^\W\d_]+", line)
    if head and tail and re.search(rf"(?<!\w){re.escape(head.group()[:-1] + tail.group())}(?!\w)", text):
        return f"{previous[:-1]}{line}"
    return f"{previous}{line}"


# "3,4%        Wzrost sprzedaży detalicznej ...", "648.3 GWh     electricity supplied ...": a release's key figure, a
# figure and its unit set apart by a column's gap before the caption saying what it counts
# (a number alone, "1.    The Committee ...", "3.1    Outlook", numbers a paragraph or a section: the figure has a unit,
# a percent or groups of thousands)
KEY_FIGURE = re.compile(r"^\s*[+−-]?(?:\d+(?:[.,]\d+)?\s?(?:%|[A-Za-z]{1,4}\b)|\d{1,3}(?:[,.]\d{3})+)[ \t]{4,}\S")


MIN_CENTRED_INDENT = 3  # spaces a document printed from a PDF sets before a centred line


def _centred_pair(above: str, raw_line: str) -> bool:
    """Two raw lines each set in by a different run of spaces: centred lines of a document printed from a PDF (a
    headline over its translation), each whole, not one paragraph wrapped at a width."""
    indents = [len(text) - len(text.lstrip(" ")) for text in (above, raw_line)]
    return min(indents) >= MIN_CENTRED_INDENT and indents[0] != indents[1]


def _same_script(previous: str, line: str) -> bool:
    """The line goes on in the script the previous one ends in (a headline in English does not go on in a Georgian
    byline, whose letters are all lowercase)."""
    last = next((c for c in reversed(previous) if c.isalpha()), "")
    first = next((c for c in line if c.isalpha()), "")
    return not last or not first or _script_of(last) == _script_of(first)


# a wrapped line that opens with a figure and goes on in lowercase ("financial year" / "2025/26, which ran from ..."):
# a table's row goes on with figures
NUMBER_GOES_ON = re.compile(r"^\d[\d/.,:%-]*\d,\s+[a-z]")


# the rule a document printed from a PDF sets above its footnotes, or a scraped page's "---"
FOOTNOTE_RULE = re.compile(r"^[_\-–—]{3,}$")
FOOTNOTE = re.compile(r"^\d{1,3}\s+\S")  # "1 Czech Statistical Office, House price index, Q4 2024."
BACKLINKED_NOTE = re.compile(r"^(?P<number>\d{1,3})\.?\s+\S.*(?:\b(?:[Rr]eturn|[Bb]ack)\s+to\s+(?:the\s+)?(?:text|top|"
                             r"reference|footnote\s+reference)|↩|\[return\])\s*$")


def _mark_footnotes(lines: list[_Line]) -> None:
    """The numbered notes under a footnote rule ("_____" then "1 Statistics office, ..."): sources, not text. The
    body's markers of those notes ("in the fourth quarter of 2024.1", "gross wages2,") go too."""
    numbers = set()
    for index, line in enumerate(lines):
        if not FOOTNOTE_RULE.match(line.text):
            continue
        for note in lines[index + 1:]:
            if not FOOTNOTE.match(note.text):
                break
            note.drop = "footnote"
            numbers.add(note.text.split()[0])
    for note in lines:  # "1. The views expressed here are my own ... Return to text": a note linking back to the text
        m = BACKLINKED_NOTE.match(note.text)
        if m is not None:
            note.drop = "footnote"
            numbers.add(m.group("number"))
    _mark_bracketed_notes(lines)
    _mark_reference_lists(lines)
    if not numbers:
        return
    alternation = "|".join(sorted(numbers, key=len, reverse=True))
    # after a word, or after the full stop that ends a sentence on a word or a year ("of 2024.1"), not in "7.1"
    marker = re.compile(rf"(?:(?<=[a-z%)]\.)|(?<=[12]\d\d\d\.)|(?<=[a-z%)]))(?:{alternation})(?=[.,;:]?(?:\s|$))")
    for line in lines:
        if line.drop is None:
            line.text = marker.sub("", line.text)


BRACKETED_NOTE = re.compile(r"^\[(?P<number>\d{1,3})\]\s+\S")  # "[1] Eurostat, flash estimate for April 2025."
# "References", "Bibliography", "Referencias": the heading of a list of works cited
REFERENCE_HEADING = re.compile(r"^(?:references|bibliography|works cited|sources and references|referencias"
                               r"|références|referências|literatur|bibliografía|bibliographie)\s*:?$", re.I)
NUMBERED_ENTRY = re.compile(r"^(?:\d{1,3}[.)]|\[\d{1,3}\])\s+\S")


def _mark_reference_lists(lines: list[_Line]) -> None:
    """A "References" heading over numbered entries ("1. Ministry of Health. Weekly bulletin. Lima; 2026."): works
    cited, not text. The list runs while its lines are numbered, or continue an entry in its block."""
    for index, line in enumerate(lines[:-1]):
        if not REFERENCE_HEADING.match(line.text.strip()) or not NUMBERED_ENTRY.match(lines[index + 1].text):
            continue
        line.drop = "reference"
        block = lines[index + 1].block
        for entry in lines[index + 1:]:
            if not NUMBERED_ENTRY.match(entry.text) and entry.block != block:
                break
            entry.drop, block = "reference", entry.block


def _mark_bracketed_notes(lines: list[_Line]) -> None:
    """Notes opened by a bracketed number ("[1] Eurostat, ...") whose marker the text carries ("target.[1]"): sources,
    not text; their markers go too."""
    notes = [(line, m.group("number")) for line in lines if (m := BRACKETED_NOTE.match(line.text)) is not None]
    body = [line for line in lines if not BRACKETED_NOTE.match(line.text)]
    cited = [(line, number) for line, number in notes if any(f"[{number}]" in other.text for other in body)]
    for line, _ in cited:
        line.drop = "footnote"
    if cited:
        marker = re.compile(r"\[(?:%s)\]" % "|".join(re.escape(number) for _, number in cited))
        for line in body:
            if line.drop is None:
                line.text = marker.sub("", line.text)


WRAP_WIDTH_SHARE = 0.85  # a line wrapped at a fixed width fills at least this share of its paragraph's widest
MIN_WRAP_WIDTH = 60  # characters: narrower paragraphs are lists, verse or a header's lines, not text wrapped to width
COLUMN_SPACES = re.compile(r"\S {3,}\S")  # a table's or a key-figures box's columns


def _at_wrap_width(raw_lines: list[str]) -> list[bool | None]:
    """For each raw line, whether it is a line of prose that fills the width its paragraph is wrapped at (two lines
    of the paragraph or more do); None for a blank line or a row of columns, which continues nothing."""
    flags: list[bool | None] = [None] * len(raw_lines)
    paragraphs = []
    start = 0
    for end in range(len(raw_lines) + 1):
        if end < len(raw_lines) and raw_lines[end].strip():
            continue
        rows = [k for k in range(start, end) if not COLUMN_SPACES.search(raw_lines[k].strip())]
        width = max((len(raw_lines[k].strip()) for k in rows), default=0)
        full = [k for k in rows if width >= MIN_WRAP_WIDTH and len(raw_lines[k].strip()) >= WRAP_WIDTH_SHARE * width]
        wrapped = len(full) >= 2 and any(_continues(raw_lines[k].strip(), raw_lines[k + 1].strip())
                                         for k in full if k + 1 in rows)
        paragraphs.append((rows, width, full, wrapped))
        start = end + 1
    # the width the page's other paragraphs are wrapped at: a paragraph as wide is wrapped too, though its lines break
    # only before capitalised words ("... in the Hashemite" / "Kingdom of Jordan in 2026, ...")
    widths = [width for _, width, _, wrapped in paragraphs if wrapped]
    for rows, width, full, wrapped in paragraphs:
        as_wide = any(abs(width - other) <= (1 - WRAP_WIDTH_SHARE) * other for other in widths)
        for k in rows:
            flags[k] = (wrapped or (as_wide and len(rows) >= 2)) and k in full
    return flags


def _continues(text: str, after: str) -> bool:
    """Whether a raw line stops inside its sentence and the next goes on with it in lowercase or after a function
    word: the paragraph is wrapped at a fixed width."""
    return bool(after) and not SENTENCE_END.search(text) and _word_count(text) >= HARD_WRAP_MIN_WORDS \
        and (after[0].islower() or _ends_in_function_word(text))


def _ends_in_function_word(text: str) -> bool:
    """A line that stops on "at", "of" or "the", or on a possessive ("with Norland's"), stops inside its
    sentence."""
    words = text.split()
    return bool(words) and (words[-1] in language.lexicon("continuation_words")
                            or (len(words) >= HARD_WRAP_MIN_WORDS and words[-1].endswith(("'s", "’s"))))


# "Pan American          World Health": a PDF extraction's columns side by side, apart by a wide run of spaces
COLUMN_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")
NAME_PAIR_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
MAX_COLUMN_PIECE_WORDS = 6


def _columns_apart(raw_line: str) -> str:
    """A short line of a logo's or a header's columns keeps them apart ("Pan American | World Health"), so that
    the words of two columns never read as one name; prose and tables keep their spacing."""
    pieces = COLUMN_GAP.split(raw_line.strip())
    if len(pieces) < 2:
        # "Statistikaamet   Statistics Estonia": a masthead's two names, in two languages, a narrower gap apart
        pieces = NAME_PAIR_GAP.split(raw_line.strip())
        if len(pieces) != 2:
            return raw_line
    if any(_word_count(piece) > MAX_COLUMN_PIECE_WORDS for piece in pieces):
        return raw_line
    if any(re.search(r"\d", piece) for piece in pieces) and not _dated_fields(pieces):
        return raw_line  # a header's code or date beside a name ("... Miami FL       AL142024") stays with it
    return " | ".join(pieces)


MIN_FIELD_ROW_PIECES = 3


def _dated_fields(pieces: list[str]) -> bool:
    """"Release No. 232      Podgorica, 30 November 2026      Next release: 30 December 2026": a row of three or more
    fields set apart by wide gaps, one of them a date, is fields, not one name."""
    return len(pieces) >= MIN_FIELD_ROW_PIECES and any(_find_dates(piece) for piece in pieces)


def _is_spaced_menu(raw_line: str) -> bool:
    """"Menu  Core functions  Markets  Research": capitalised items of a few words apart by runs of spaces."""
    if "  " not in raw_line and "\t" not in raw_line:
        return False
    pieces = [piece.strip() for piece in SPACED_ITEMS.split(raw_line.strip()) if piece.strip()]
    # (an item's small words aside: "Careers in the Public Service")
    return len(pieces) >= MIN_MENU_ITEMS and all(
        _word_count(piece) - sum(w in CONNECTORS for w in piece.split()) <= MAX_MENU_ITEM_WORDS and piece[0].isupper()
        and not SENTENCE_END.search(piece) for piece in pieces)


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(language.lexicon("transcript_markers"), key=len, reverse=True))
    # ("[Prolonged applause]", "[Applause and cheers]", "[Interpreter's translation from Sinhala]": a marker with a
    # word or two before it, or one more after "and", "from", "into"; not "[English version]", a link)
    return re.compile(rf"[ \t]*\[(?i:(?:[a-z'’-]+[ \t]+){{0,2}}(?:{words})"
                      rf"(?:[ \t]+(?:and|from|into|in)[ \t]+[a-z'’-]+)?)\][ \t]*")


def _without_markers(text: str) -> str:
    """"[Translation] Thank you." -> "Thank you.": a transcriber's bracketed note of a language switch or a noise
    (lexicon ``transcript_markers``) goes."""
    if "[" not in text:
        return text
    return _marker_pattern().sub(" ", text).strip()


def _unbold_label(text: str) -> str:
    """"**Walker:** No one ..." -> "Walker: No one ..."; a line wholly in bold ("**Transcript: ...**") loses its
    marks."""
    whole = BOLD_LINE.match(text)
    if whole is not None:
        return whole.group("text").strip()
    m = BOLD_LABEL.match(text)
    if m is None or not (m.group("colon") or m.group("after")):
        return text
    return f"{m.group('label').strip()}: {text[m.end():]}".rstrip()
