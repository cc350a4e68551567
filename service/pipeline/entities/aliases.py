"""Mentions an article writes again under another name: a short name in brackets after the full one, a body's name
without the place or scope words that opened it or without its parent, an acronym that spells an earlier body's
initials or stands before its full name. Each pass renames such mentions to the full name."""

from __future__ import annotations

import re

from ..models import EntityMention
from .gazetteer import Gazetteer
from .names import _initials_of


MAX_SHORT_NAME_CHARS = 12  # "EDL-Gen", "KfW": a body's short name in brackets after its full name


def _with_bracketed_short_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """"EDL-Generation Public Company (EDL-Gen)": a short name in brackets right after an organisation's full name,
    read as a name of its own, is that organisation, there and wherever the article writes it again."""
    aliases = {}
    for first, second in zip(mentions, mentions[1:]):
        # (a short name that is the full name's first word, whatever type it was read as alone: "Kōwhai Energy
        # Limited (Kōwhai)")
        own_word = first.name.startswith(second.mention + " ")
        if first.type == "ORG" and (second.type == "ORG" or own_word) and text[first.end:second.start] == " (" \
                and text[second.end:second.end + 1] == ")" and " " not in second.mention \
                and len(second.mention) <= MAX_SHORT_NAME_CHARS and second.name == second.mention \
                and " " in first.name and second.mention[:1].isupper():
            aliases.setdefault(second.mention, (first.name, own_word))
    if not aliases:
        return mentions
    return [EntityMention(aliases[m.mention][0], "ORG", m.mention, m.start, m.end)
            if m.mention in aliases and (m.type == "ORG" or aliases[m.mention][1]) else m for m in mentions]


MAX_PLACE_QUALIFIER_WORDS = 3  # "Tbilisi", "Dar es Salaam": the place that opens a body's full name


_SCOPE_WORDS = frozenset({"national", "public", "federal", "state", "royal"})


def _with_earlier_full_names(mentions: list[EntityMention], gazetteer: Gazetteer) -> list[EntityMention]:
    """"Tbilisi City Hall said ... City Hall said": an organisation's name of two words or more, written again
    without the place that opened it earlier, is that organisation (when only one earlier name ends so). Not "Bank
    of Mongolia" after the "Development Bank of Mongolia", a body of its own."""
    places = {m.mention.lower() for m in mentions if m.type in ("GPE", "LOC")}

    def is_place(words: str) -> bool:
        entity = gazetteer.canonical(words)
        return len(words.split()) <= MAX_PLACE_QUALIFIER_WORDS and (
            words.lower() in places or (entity is not None and entity.type in ("GPE", "LOC")))

    def is_scoped_place(words: str) -> bool:
        # "Norwegian Public" of "Norwegian Public Roads Administration", "Royal Bahamas" of "Royal Bahamas Defence
        # Force": a place or its demonym, with the words that say whose body it is
        kept = [w for w in words.split() if w.lower() not in _SCOPE_WORDS]
        return bool(kept) and len(kept) < len(words.split()) and is_place(" ".join(kept))

    out, seen = [], []
    for m in mentions:
        if m.type == "ORG" and m.name == m.mention and " " in m.name:
            fuller = {e for e in seen if e.endswith(" " + m.name)}
            prefix = next(iter(fuller))[:-len(m.name) - 1] if len(fuller) == 1 else ""
            # "the General Secretariat" after "the General Secretariat of the League of Arab States": an organ named
            # again without its parent
            parented = {e for e in seen if e.startswith(m.name + " of the ")}
            if len(fuller) == 1 and (is_place(prefix) or is_scoped_place(prefix)):
                m = EntityMention(fuller.pop(), m.type, m.mention, m.start, m.end)
            elif not fuller and len(parented) == 1:
                m = EntityMention(parented.pop(), m.type, m.mention, m.start, m.end)
        if m.type == "ORG":
            seen.append(m.name)
        out.append(m)
    return out


MIN_SPELLED_WORDS = 3  # "Alliance of Small Island States": a name long enough for its initials to be its acronym


def _with_earlier_spelled_names(mentions: list[EntityMention]) -> list[EntityMention]:
    """"AOSIS further calculates ..." after "The Alliance of Small Island States, which negotiates ...": an acronym no
    bracket defined is the one body named earlier whose initials spell it, the first letters of its joining words
    included or not."""
    out, seen = [], []
    for m in mentions:
        acronym = m.mention.strip()
        if m.type == "ORG" and m.name == acronym and acronym.isalpha() and acronym.isupper() and len(acronym) >= 3:
            spelled = {name for name in seen if len(name.split()) >= MIN_SPELLED_WORDS
                       and acronym in (_initials_of(name), "".join(w[0] for w in name.split()).upper())}
            if len(spelled) == 1:
                m = EntityMention(spelled.pop(), m.type, m.mention, m.start, m.end)
        if m.type == "ORG" and m.name != m.mention.strip() or (m.type == "ORG" and " " in m.name):
            seen.append(m.name)
        out.append(m)
    return out


_APPOSED_NAME_RE = re.compile(r",\s+the\s+$")


def _with_apposed_full_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """"According to ISTAT, the Italian National Institute of Statistics, ...": an acronym set off by a comma and "the"
    before a body's name of MIN_SPELLED_WORDS words or more is that body, in every mention."""
    full: dict[str, str] = {}
    for m, after in zip(mentions, mentions[1:]):
        acronym = m.mention.strip()
        if m.type == "ORG" and after.type == "ORG" and acronym.isupper() and acronym.isalpha() and len(acronym) >= 2 \
                and len(after.name.split()) >= MIN_SPELLED_WORDS and not after.name.isupper() \
                and _APPOSED_NAME_RE.fullmatch(text[m.end:after.start]) is not None \
                and text[after.end:after.end + 1] in (",", ")", "."):
            full.setdefault(acronym, after.name)
    if not full:
        return mentions
    return [EntityMention(full[m.mention.strip()], m.type, m.mention, m.start, m.end)
            if m.type == "ORG" and m.name == m.mention.strip() and m.mention.strip() in full else m for m in mentions]
