"""A speech the page introduces before it: the publisher's intro ("... The full text of the address
follows."), a host handing over the floor, one label opening a speech nobody interrupts."""

from __future__ import annotations

import re

from ..language import announces_text, lexicon, phrase_pattern
from ._shared import _norm_label
from .kind import _mentions
from .header import _delivered_by_person, _titled_holders_speech
from .labels import _LABEL_RE, _label_speaker, _label_strength, _named_in
from .model import Speaker, Turn
from .page import _lines_between
from .people import (
    _HONORIFIC_PREFIX_RE, _appositive_name, _is_institution, _is_title_word, _name_after, _person_name, _role_holder,
    _split_role,
)
from .voice import MIN_I_PARAGRAPHS, _I_RE, _QUOTED_RE, _addresses_audience, _first_person, _speaks_to_the_chair


def _opening_turn(text: str, paragraphs: list[tuple[int, int]], head: str) -> Turn | None:
    """A speech labelled once, in its first paragraphs, by a title and a name ("PRESIDENT RUIZ: My fellow citizens,
    ...") or by the name of a person the page names above it ("Vladislav Orlov: Good afternoon, ..."), with no
    other label on the page: that person's turn runs to the end."""
    labelled = [(k, m) for k, (s, e) in enumerate(paragraphs) if (m := _LABEL_RE.match(text, s, e)) is not None]
    if len(labelled) != 1 or labelled[0][0] >= INTRO_PARAGRAPHS:
        return None
    k, m = labelled[0]
    start, end = paragraphs[k]
    label = m.group("label")
    words = label.split()
    if m.group("second") or m.group("dash") or len(words) < 2 \
            or _norm_label(label) in lexicon("floor_labels") | lexicon("answer_labels") | lexicon("question_labels"):
        return None
    titled = _label_strength(label) == "strong" and _is_title_word(words[0])
    named = _person_name(label) == label and _named_in(label, head + "\n" + text[:start])  # "Vladislav Orlov:"
    if not (titled or named):
        return None
    return Turn(start, min(m.end(), end), len(text), _label_speaker(label, m.group("paren"), [], text, head))


HANDOVER_SHARE = 0.5  # a host gives the floor in the first half of a speech page's paragraphs
_SELF_INTRO_RE = re.compile(r"\b(?:I am|I['’]m|[Mm]y name is)\s+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})")
_THANKS_HOST_RE = re.compile(r"\s*Thank\s+you(?:\s+(?:very\s+)?much)?,\s+(?P<first>[A-Z][\w'’\-]+)\b")


def _handover(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """A host's paragraph giving the floor to the speaker it names ("It is now my honour to give the floor to the
    Cabinet Secretary, Dr. Ruth Achieng."), in the first half of the page: its index and the speaker's name."""
    for k, (start, end) in enumerate(paragraphs[:int(len(paragraphs) * HANDOVER_SHARE)]):
        m = phrase_pattern("handover_phrases").search(text, start, end)
        if m is None:
            continue
        rest = text[m.end():end].strip().rstrip(".!:")
        name = _appositive_name(rest) or _name_after(rest)
        person = _person_name(name) if name else None
        for part in reversed([] if person else rest.split(",")):  # "our Governor, Ana Ruiz"
            person = person or _person_name(_HONORIFIC_PREFIX_RE.sub("", part.strip()))
        if person:
            return k, person
    return None


def _handover_turns(text: str, paragraphs: list[tuple[int, int]], handover: tuple[int, str]) -> list[Turn]:
    """The turns of a speech a host opens: the host's paragraphs (theirs when they name themselves, "I am Daniel
    Mwangi", or the speaker thanks them by a name the page gives in full; else procedural), the hand-over
    (procedural), and the speaker's paragraphs."""
    k, person = handover
    start, end = paragraphs[k]
    after = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else len(text)
    turns = [Turn(start, start, after, None, floor=True), Turn(after, after, len(text), Speaker(person))]
    if k == 0:
        return turns[1:] if after < len(text) else []
    host = _host_name(text, paragraphs, k)
    first = paragraphs[0][0]
    return [Turn(first, first, start, Speaker(host) if host else None, floor=not host), *turns]


def _host_name(text: str, paragraphs: list[tuple[int, int]], k: int) -> str | None:
    """The name a host gives themselves before the hand-over, or the full name of the one the speaker thanks."""
    m = _SELF_INTRO_RE.search(text, paragraphs[0][0], paragraphs[k][0])
    name = _person_name(m.group("name")) if m else None
    if name or k + 1 >= len(paragraphs):
        return name
    thanks = _THANKS_HOST_RE.match(text, *paragraphs[k + 1])
    if thanks is None:
        return None
    full = re.search(rf"\b{re.escape(thanks.group('first'))}(?:[ \t]+[A-Z][\w'’\-]+){{1,2}}", text[:paragraphs[k][1]])
    return _person_name(full.group()) if full else None


def _self_introduction(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The name a speaker gives themselves in a speech's first paragraphs ("I'm Regina Flores, and ...")."""
    for start, end in paragraphs[:INTRO_PARAGRAPHS]:
        m = _SELF_INTRO_RE.search(text, start, end)
        person = _person_name(m.group("name")) if m else None
        if person:
            return person
    return None


INTRO_PARAGRAPHS = 2  # paragraphs of a speech page that may introduce the text that follows
_INTRO_RE = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+(?:(?:of|the|for)[ \t]+)*){1,7}?)"
    r"(?:addressed|delivered|gave|made|broadcast|spoke)\b"
)


# "On the eve of Independence Day, President X addressed ...": a phrase of time or occasion before the speaker
_LEAD_PHRASE_RE = re.compile(r"\s*(?:On|In|At|Ahead\s+of|After|Before|During|Following)\s[^,.;:\n]{1,120},\s+")


# "The following is the speech of Mines Minister Tomas Varga at the opening of ...": who gave the text below
_FOLLOWING_SPEECH_RE = re.compile(
    r"\b(?i:following\s+(?:is|are)\s+the\s+(?:full\s+)?(?:text\s+of\s+the\s+)?(?:speech|remarks|address|keynote)"
    r"\s+(?:of|by|delivered\s+by|given\s+by))\s+(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+(?:(?:of|the|for)[ \t]+)*){1,7}?"
    r"[A-Z][\w'’\-]+)(?=\s+(?:at|on|to|during|in|before)\b|[,.:])")


def _intro_match(text: str, start: int, end: int) -> re.Match | None:
    """``_INTRO_RE`` at the paragraph's start, or after a leading phrase of time or occasion."""
    m = _INTRO_RE.match(text, start, end)
    lead = _LEAD_PHRASE_RE.match(text, start, end) if m is None else None
    return _INTRO_RE.match(text, lead.end(), end) if lead else m


def _speech_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A speech the publisher introduces ("President X addressed the nation on television on Sunday. The full
    text of the address follows."): the person who speaks, and where the introduction ends."""
    for k, (start, end) in enumerate(paragraphs[:INTRO_PARAGRAPHS]):
        if not announces_text(text, start, end) and not _introduces_speech(text, paragraphs, k):
            continue
        m = _FOLLOWING_SPEECH_RE.search(text, start, end) or _intro_match(text, start, end)
        if m is None:
            return None
        role, name = _split_role(m.group("who").split())
        if len(name) >= 2 and all(w[0].isupper() for w in name) and not _is_institution(" ".join(name)):
            return " ".join(role + name), end
        return None
    return None


INTRO_MAX_PARAGRAPHS = 7  # a publisher's news intro of up to six paragraphs, then "Below is the full text ..."
_FOLLOWS_ROLE_RE = re.compile(r"\bof\s+(?:the\s+)?(?P<role>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s?\s")
# "In her speech, the Governor said:" closing a short paragraph: the unquoted paragraphs below are the speech
_SAID_COLON_RE = re.compile(r"(?:^|,\s*|\n)(?:[Tt]he\s+)?(?P<role>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)\s+"
                            r"(?:said|stated|declared|remarked|added|told\s+[^:\n]{1,60})\s*:\s*$")
MAX_SAID_COLON_WORDS = 16
_TITLE_DOT_RE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Hon)\.\s")


def _text_follows_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A speech under a news intro of its own paragraphs ("Minister X opened the budget debate on Tuesday. ...")
    that ends in a paragraph announcing the text ("Below is the full text of the Minister's opening statement."),
    over a first-person text: the person the intro names (in the role the announcement gives), and where the
    announcement ends."""
    for k, (start, end) in enumerate(paragraphs[1:INTRO_MAX_PARAGRAPHS], start=1):
        said = _SAID_COLON_RE.search(text, start, end)
        if said is not None and len(text[start:end].split()) <= MAX_SAID_COLON_WORDS:
            spoken = _first_person(text, paragraphs[k + 1:])  # "In her speech, the Governor said:" over her words
            m = said
        elif announces_text(text, start, end):  # the speaker says "I" in the text below
            spoken = sum(bool(_I_RE.search(_QUOTED_RE.sub(" ", text[s:e]))) for s, e in paragraphs[k + 1:]) \
                >= MIN_I_PARAGRAPHS
            m = _FOLLOWS_ROLE_RE.search(text, start, end)
        else:
            continue
        if not spoken:
            return None
        intro = _TITLE_DOT_RE.sub(r"\1 ", text[paragraphs[0][0]:start])
        role = m.group("role") if m and _is_title_word(m.group("role").split()[-1]) else None
        person = _role_holder(role, intro) if role else None
        return (person, end) if person else None
    return None


def _introduces_speech(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """The page's first paragraph tells who gave which speech ("Deputy Governor Ana Ruiz delivered the keynote
    address at the Fintech Summit on Tuesday.") and the rest speaks to an audience in the first person."""
    start, end = paragraphs[k]
    m = _INTRO_RE.match(text, start, end)
    return (k == 0 and m is not None and _mentions(text[m.end():end], "speech_nouns")
            and not _I_RE.search(text, start, end) and _addresses_audience(text, paragraphs[1:]))


_DELIVERED_BY_RE = re.compile(r"\b(?:was|were|is|are|as)\s+(?:delivered|given|made|prepared)\s+by\s+")


def _delivery_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A first-person speech the publisher introduces in the passive ("The following remarks were delivered by
    Governor Ana Ruiz at ..."): the person, and where the introduction ends."""
    if not _addresses_audience(text, paragraphs):
        return None
    for start, end in paragraphs[:INTRO_PARAGRAPHS]:
        m = _DELIVERED_BY_RE.search(text, start, end)
        if m is None or not _mentions(text[start:m.start()], "speech_nouns"):
            continue
        rest = text[m.end():end]
        name = _appositive_name(rest) or _name_after(rest)
        person = _person_name(name) if name else None
        return (name, end) if person else None
    return None


def _inner_header_intro(text: str, paragraphs: list[tuple[int, int]], page: str) -> tuple[str, int] | None:
    """A first-person text under an inner header the publisher's intro paragraphs stand above ("... The country
    statement delivered in the General Debate is reproduced below." / "COUNTRY STATEMENT OF ..." / "Delivered by
    Hon. Ana Ruiz, Minister ..."): the person the header names, and where the intro ends."""
    for k in range(min(INTRO_MAX_PARAGRAPHS, len(paragraphs) - 1)):
        between = _lines_between(page, text, paragraphs, k)
        person = _delivered_by_person(between) or _titled_holders_speech(between)
        if person:  # the text says "I" or "we", or addresses the chair ("Honourable Chair,")
            spoken = _first_person(text, paragraphs[k + 1:]) or _speaks_to_the_chair(
                between + [text[s:e] for s, e in paragraphs[k + 1:]])
            return (person, paragraphs[k][1]) if spoken else None
    return None
