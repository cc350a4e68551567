"""Lines of the raw page that cleaning drops from the text: the header above the body, the lines under the
title, the site's name above it, the margins above and below the body."""

from __future__ import annotations

import re

from .. import issuer as names
from ..language import lexicon
from ._shared import MARGIN_KEY_CHARS, MAX_MARGIN_LINES, MAX_NAME_LINE_WORDS, _clean, _names_only


def _header_lines(page: str, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines above the cleaned text's first paragraph."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS] if paragraphs else ""
    top = next((i for i, line in enumerate(lines) if first and line.startswith(first)), None)
    return lines[:top] if top is not None else []


def _lines_between(page: str, text: str, paragraphs: list[tuple[int, int]], k: int) -> list[str]:
    """The raw page's lines between the cleaned text's paragraphs ``k`` and ``k + 1``, which cleaning drops: an
    inner header ("COUNTRY STATEMENT OF ...", "Delivered by ...") between a publisher's intro and the text."""
    if k + 1 >= len(paragraphs):
        return []
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    here = text[paragraphs[k][0]:paragraphs[k][1]]
    first = text[paragraphs[k][0]:paragraphs[k][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS]
    after = text[paragraphs[k + 1][0]:paragraphs[k + 1][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS]
    top = next((i for i, line in enumerate(lines) if first and line.startswith(first)), None)
    below = next((i for i, line in enumerate(lines) if top is not None and i > top and after
                  and line.startswith(after)), None)
    if below is None:
        return []
    return [line for line in lines[top + 1:below] if line[:MARGIN_KEY_CHARS] not in here]


SITE_LINES = 2  # lines above the title that name the site ("Ministry of Health Kenya")


def _site_lines(page_lines: list[str], title: str | None) -> list[str]:
    """The first lines of the raw page above its title: the site or issuing body's name (never a sentence of the text:
    a page posted without a headline starts with its prose)."""
    lines = []
    for line in page_lines[:SITE_LINES]:
        if title and line.strip().startswith(title.strip()[:MARGIN_KEY_CHARS]):
            break
        if len(line.split()) > MAX_NAME_LINE_WORDS and _SENTENCE_END_RE.search(line):
            break
        lines.append(line)
    return lines


_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*\s*$")


def _page_margins(page: str, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines above the cleaned text's first paragraph and below its last one: a release's
    "PRESS RELEASE" heading or its "Press Release: 2024/1241" foot, which cleaning drops from the text."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    if not lines or not paragraphs:
        return []
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS]
    last = text[paragraphs[-1][0]:paragraphs[-1][1]].strip().rsplit("\n", 1)[-1][:MARGIN_KEY_CHARS]
    top = next((i for i, line in enumerate(lines) if line.startswith(first)), None)
    bottom = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].startswith(last)), None)
    margins = lines[:top][-MAX_MARGIN_LINES:] if top is not None else []
    if bottom is not None and (top is None or bottom >= top):
        margins += lines[bottom + 1:][:MAX_MARGIN_LINES]
    return margins


def _name_words(words: list[str]) -> bool:
    """Two to MAX_NAME_LINE_WORDS capitalised words and name joiners: a body's name alone."""
    return 2 <= len(words) <= MAX_NAME_LINE_WORDS and _names_only(words)


def _body_above_title(page_lines: list[str], title: str | None, source: str | None) -> str | None:
    """An institution's name alone on the line right above the headline, other than the site's publisher ("Ministry
    of Jal Shakti" on the press bureau's site): the body whose release the page carries; else None."""
    top = next((i for i, line in enumerate(page_lines) if title and line == title.strip()), None)
    if not top:
        return None
    line = page_lines[top - 1]
    words = line.split()
    if not any(other.split()[0].lower() in lexicon("parent_bodies") for other in page_lines[:top - 1]):
        return None  # only a government's portal names its ministries over their releases
    if not _name_words(words) or not names.is_institution(line) \
            or line.lower() == (_clean(source) or "").lower():
        return None
    return line


DOCUMENT_WORDS = lexicon("document_words")
_ISSUED_AT_RE = re.compile(r"^(?:issued\s*(?:at|on|:)|release\s+date\s*:|released\s*(?:on|:))\s*\w", re.I)


def _issuing_unit(page_lines: list[str], source: str | None) -> str | None:
    """An institution's name alone (or first in its line) right above "Issued at 2:12 pm ..." or "Release date: ..."
    under a bulletin's or a release's heading, other than the site's publisher ("Joint Australian Tsunami Warning
    Centre" on the weather bureau's site): the unit that issues it; else None."""
    for i, line in enumerate(page_lines[1:], 1):
        if not _ISSUED_AT_RE.match(line):
            continue
        name = page_lines[i - 1].split(" | ")[0].strip()  # "Saskatchewan Bureau of Statistics | Population Unit"
        words = name.split()
        if _name_words(words) and names.is_institution(name) \
                and name.lower() != (_clean(source) or "").lower() \
                and not {w.lower() for w in words} & DOCUMENT_WORDS:  # "Statistical Release" names no body
            return name
    return None


_TITLED_ISSUER_RE = re.compile(r"^(?P<acronym>[A-Z][A-Z&-]{1,9})\s+(?:communiqu[ée]|statement|press\s+release|release|"
                               r"bulletin|advisory|notice|update)\b", re.I)


def _titled_issuer(title: str | None, text: str) -> str | None:
    """"CIVISA Communiqué No. 14/2026 – ..." on a regional government's portal: the body whose acronym heads the
    release's title, by the name the text defines it with ("... Centre of the Azores (CIVISA)"); else None."""
    m = _TITLED_ISSUER_RE.match((title or "").strip())
    if m is None or not m.group("acronym").isupper():
        return None
    acronym = m.group("acronym")
    defined = re.search(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){1,9})\(%s\)" % re.escape(acronym), text)
    return names.spelled_out(acronym, text) or (defined.group(1).strip() if defined else None)


def _source_field_body(page_lines: list[str], title: str | None) -> str | None:
    """"新聞來源 / Fonte: ... / Macao Light Rapid Transit Corporation, Limited" above a portal's headline: the body
    whose release the portal carries, in its last spelling (the English one after the native ones), without its
    legal form; else None. (A "Source:" line under a table credits figures, and stands below the headline.)"""
    labels = "|".join(map(re.escape, lexicon("source_labels")))
    for line in page_lines:
        if title and line == title.strip():
            return None
        m = re.search(rf"(?i)(?:^|[/|]\s*)(?:{labels})\s*:\s*(?P<value>\S.*)$", line)
        if m is None:
            continue
        name = names.without_legal_form(m.group("value").split(" / ")[-1].strip())
        words = name.split()
        if _name_words(words) and (names.is_institution(name) or not lexicon("corporate_words").isdisjoint(
                    w.lower() for w in words)):
            return name
    return None


def _lines_under_title(page: str, title: str | None, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines between its title and the cleaned text's first paragraph, which cleaning drops: a
    speech's "Speech by X, Governor of ..., at ..." line under a headline that names no one."""
    if not title or not paragraphs:
        return []
    header = _header_lines(page, text, paragraphs)
    top = next((i for i, line in enumerate(header) if line == title.strip()), None)
    return header[top + 1:][:MAX_MARGIN_LINES] if top is not None else []
