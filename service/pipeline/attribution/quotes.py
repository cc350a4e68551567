"""Quotation marks: which characters of a sentence are quoted, and how long its quotation is."""

from __future__ import annotations

import re

from ..language import lexicon


# A sentence that is one whole quotation ("“Growth has slowed since June.”"), or that opens one running on into
# the next sentences: with no reporting clause of its own, it goes on the quotation of the sentence before it.
_WHOLE_QUOTE_RE = re.compile(r"\s*[\"“][^\"“”]{8,}(?:[\"”]\s*|$)")
# A reporting clause that ends its sentence with a colon ("Area Commander Gary Lindsay added:") introduces the
# quotation that follows in the next paragraph.
_INTRODUCES_RE = re.compile(r":\s*$")


_QUOTE_CHARS = re.compile(r"[\"“”]")

# Single quotation marks, as British and Commonwealth style writes a quotation ("'The war has ... world,' said the
# Minister"): one opening a sentence or following a space or bracket, before a word; one closing after a sentence's
# or a clause's punctuation, before a space or the end. An apostrophe ("Norway's", "the ministers' meeting") is
# neither.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[A-Za-z0-9])(?!(?:%s|\d0s)\b)" % "|".join(
    sorted(lexicon("elisions"))))  # "Kick 'em Jenny", "the '90s": an elision's apostrophe
_SINGLE_CLOSING = re.compile(r"(?<=[.,!?])['’](?=\s|$)")


def _double_quoted(text: str) -> str:
    """``text`` with its single quotation marks written as double ones, character for character (offsets keep), when
    it uses no double ones; else ``text``."""
    if _QUOTE_CHARS.search(text):
        return text
    return _SINGLE_CLOSING.sub("”", _SINGLE_OPENING.sub("“", text))


def _quote_mask(text: str, inside: bool) -> tuple[list[bool], bool]:
    """Per-character 'inside quotation marks' flags, and whether a quote is still open at the end."""
    if not _QUOTE_CHARS.search(text):
        return [inside] * len(text), inside
    mask = []
    for i, ch in enumerate(text):
        if ch == '"' and i == 0 and text[1:2].strip():
            # a paragraph of a quotation running over several paragraphs opens again with a straight quote mark,
            # which the previous paragraph left open: at the start of a sentence it always opens one
            mask.append(True)
            inside = True
            continue
        if ch == "“":
            mask.append(True)
            inside = True
            continue
        if ch == "”":
            mask.append(True)
            inside = False
            continue
        if ch == '"':
            inside = not inside
            mask.append(True)
            continue
        mask.append(inside)
    return mask, inside


MIN_QUOTED_WORDS = 4  # fewer quoted words are scare quotes ("at war"), not a quotation


def _quoted_words(text: str) -> int:
    """Words in the longest quoted stretch; scare quotes ("at war") are short."""
    best = 0
    for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]?", text):
        best = max(best, len(m.group(1).split()))
    return best
