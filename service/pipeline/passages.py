"""Split article text into sentence passages with exact character offsets.

Sentences come from pysbd, which in our measurements (``bench/segmenters.py``) kept
"Maj. Gen.", "Jan. 20", "U.S." and multi-sentence quotes with their speaker intact,
where syntok split them. Paragraphs (separated by a blank line) are never joined. Long
paragraphs are first cut at unambiguous sentence ends so that pysbd only sees short pieces.
"""

from __future__ import annotations

import re

import pysbd
from pysbd.lang.english import English

from .language import lexicon, lexicon_pairs
from .models import Passage

# Created once: building the rule tables is the expensive part. Only ``processor()`` is used
# per call, which builds fresh per-text state, so concurrent callers do not share any.
SEGMENTER = pysbd.Segmenter(language="en", clean=False)

PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# pysbd only ends a sentence at final punctuation followed by space, or at a line break;
# a paragraph with neither is one sentence and skips the (slow) segmenter.
POSSIBLE_INNER_BOUNDARY = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S|\n")
# A sentence surely ends after a lowercase word that is not an abbreviation, final punctuation,
# space and a capital, when no quote or bracket is open. pysbd's cost grows faster than the
# length of its input, so a long paragraph is cut there first and pysbd sees short pieces.
# (a footnote's mark after the full stop ends a sentence after any word: "..., according to Statistics Sweden.¹ In")
SURE_BOUNDARY = re.compile(r"\b(?P<word>[a-z]{3,}|\w{2,}(?=[.!?][¹²³⁴⁵⁶⁷⁸⁹⁰]))[.!?][\"'”’)\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s+"
                           r"(?=[A-Z\"“‘(])")
ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)
# a quotation a colon opens ('Dunbar said: "Around 120 residents ... . The council has ..."') runs sentence by
# sentence like any speech: its sentences are cut too
BLOCK_QUOTE = re.compile(r":\s*[\"“][^\"“”]*$")
# "launched at 12:06 p.m. EDT on a rocket": a clock time and its time zone end no sentence.
CLOCK_TIME_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
LEADING_WORD = re.compile(r"[A-Za-z]+")


def split_passages(text: str, skip: list[tuple[int, int]] = ()) -> list[Passage]:
    """One passage per sentence; ``text[p.start:p.end] == p.text`` for every passage.

    ``skip`` holds (start, end) spans at paragraph starts that belong to no passage, such as the speaker
    labels of a transcript ("MS. SINGH: "); the paragraph's passages begin after them.
    """
    passages: list[Passage] = []
    skip_ends = dict(skip)
    for para_start, para_end in _paragraph_spans(text):
        if para_start in skip_ends:
            para_start = min(max(para_start, skip_ends[para_start]), para_end)
        paragraph = text[para_start:para_end]
        for piece_start, piece_end in _sure_pieces(paragraph):
            for start, end in _sentence_spans(paragraph[piece_start:piece_end]):
                start, end = para_start + piece_start + start, para_start + piece_start + end
                passages.append(Passage(index=len(passages), start=start, end=end, text=text[start:end]))
    return passages


def _sure_pieces(paragraph: str) -> list[tuple[int, int]]:
    """Cut a paragraph at its unambiguous sentence ends."""
    cuts, counted, open_quotes, straight_quotes, open_brackets = [0], 0, 0, 0, 0
    whole_quote = _whole_quotation(paragraph)
    for match in SURE_BOUNDARY.finditer(paragraph):
        span = paragraph[counted:match.end()]
        counted = match.end()
        open_quotes += span.count("“") - span.count("”")
        straight_quotes += span.count('"')
        open_brackets += span.count("(") - span.count(")")
        quoted = open_quotes > 0 or straight_quotes % 2 == 1
        if (not quoted or whole_quote or BLOCK_QUOTE.search(paragraph, 0, match.start())) and open_brackets <= 0 \
                and match.group("word") not in ABBREVIATIONS:
            cuts.append(match.end())
    return list(zip(cuts, cuts[1:] + [len(paragraph)]))


def _whole_quotation(paragraph: str) -> bool:
    """A paragraph that is one quotation and nothing else ('"In winter the swell ... . Our ship was built in 1988."'
    under the sentence introducing its speaker): its sentences are cut like any speech's."""
    text = paragraph.strip()
    marks = re.findall(r"[\"“”]", text)
    return len(marks) == 2 and text[:1] in "\"“" and text[-1:] in "\"”"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _sentence_spans(piece: str) -> list[tuple[int, int]]:
    """Stripped, non-empty, ordered spans that together cover every non-space character."""
    if not piece.strip():
        return []
    cuts = [0]
    if POSSIBLE_INNER_BOUNDARY.search(piece.strip()):
        cursor = 0
        for sentence in SEGMENTER.processor(piece).process():
            sentence = sentence.strip()
            # pysbd returns sentence strings, not offsets; find each one after the previous.
            found = piece.find(sentence, cursor) if sentence else -1
            if found < 0:
                continue  # text pysbd rewrote stays with the previous sentence
            if found > cuts[-1]:
                cuts.append(found)
            cursor = found + len(sentence)
    cuts = [cut for i, cut in enumerate(cuts)
            if not i or not (_continues_time(piece[:cut], piece[cut:]) or _after_title(piece[:cut], piece[cut:])
                             or _before_place(piece[:cut], piece[cut:]) or _in_dateline(piece[:cut], piece[cut:])
                             or _before_amount(piece[:cut], piece[cut:]))]
    spans = []
    for start, end in zip(cuts, cuts[1:] + [len(piece)]):
        sentence = piece[start:end]
        stripped = sentence.strip()
        if stripped:
            left = start + len(sentence) - len(sentence.lstrip())
            spans.append((left, left + len(stripped)))
    return spans


def _after_title(before: str, after: str) -> bool:
    """True when ``before`` ends on an abbreviated title and ``after`` goes on with a name ("Hon." | "Cassiel")."""
    words = before.split()
    last = words[-1].lower() if words else ""
    return bool(words) and (last in lexicon("title_abbreviations") or last in lexicon("name_abbreviations")
                            or last.rstrip(".") in lexicon("academic_titles")) \
        and after.lstrip()[:1].isupper()


# prepositions before a place's name
PLACE_PREPOSITIONS = frozenset("in of from near at across for throughout around outside north south east west".split())


def _before_place(before: str, after: str) -> bool:
    """True when ``before`` ends on a place's abbreviated word after a preposition and ``after`` goes on with its
    name ("in Co." | "Kerry had ...")."""
    words = before.split()
    return len(words) >= 2 and words[-1].lower() in lexicon("place_abbreviations") \
        and words[-2].lower() in PLACE_PREPOSITIONS and after.lstrip()[:1].isupper()


# "PASADENA, Calif. —": a release's dateline, a place in capitals and its state's abbreviation, before a dash
DATELINE_PLACE = re.compile(r"^[A-Z][A-Z .'-]{1,40},\s+(?:[A-Z][a-z]{0,5}\.\s?){1,2}$")
DASH_START = re.compile(r"^\s*[—–-]")


def _in_dateline(before: str, after: str) -> bool:
    """True when ``before`` is a dateline's place ending on an abbreviated state and ``after`` opens with its dash."""
    return bool(DATELINE_PLACE.match(before.strip())) and bool(DASH_START.match(after))


def _before_amount(before: str, after: str) -> bool:
    """True when ``before`` ends on a currency abbreviated with a full stop and ``after`` opens with its amount
    ("Total revenues were Ps." | "6,842 million"; lexicon ``currency_symbols``)."""
    words = before.split()
    return bool(words) and words[-1] in _DOTTED_CURRENCIES and after.lstrip()[:1].isdigit()


_DOTTED_CURRENCIES = frozenset(symbol for symbol in lexicon_pairs("currency_symbols") if symbol.endswith("."))


def _continues_time(before: str, after: str) -> bool:
    """True when ``after`` opens with the time zone of a clock time that ends ``before`` ("p.m." | "EDT on ...")."""
    word = LEADING_WORD.match(after.lstrip())
    return (word is not None and word.group().lower() in lexicon("time_zones")
            and bool(CLOCK_TIME_END.search(before.rstrip())))
