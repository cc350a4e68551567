"""What a heading says about who speaks: "Statement by ...", "Briefing by ...", "<Name>'s Press
Conference", "Interview with ...", several authors, a spokesperson's principal."""

from __future__ import annotations

import re

from .. import issuer as names
from ..language import phrase_pattern
from ._shared import MAX_LABEL_CHARS, MAX_ROLE_CHARS, MAX_SPEAKER_WORDS
from .kind import _opener, _without_topic
from .model import Speaker
from .people import (
    _ROLE_NAME_BREAK_RE, _STYLE_INSIDE_RE, _appositive_name, _is_institution, _is_title_word, _name_after, _person,
    _person_name, _role_key, _role_only, _state_form, _strip_article,
)


def _heading_people(title: str | None, head: str, default: Speaker | None) -> tuple[Speaker, ...]:
    """The person a briefing heading names, with their role, and the document's speaker when a person."""
    people = [default] if default is not None and default.speaker_type == "PERSON" else []
    name, _, role = _briefer(title, head)
    if name and not _is_institution(name):
        person = _person(name, "", head)
        person.role = role or person.role
        people.append(person)
    return tuple(people)


def _briefing_heading(title: str | None, head: str) -> bool:
    """True when the page's heading is a briefing by a person it names ("Highlights of the noon briefing by
    Tomas Lindqvist, Spokesperson for ..."): what the page says without naming a speaker, that person said."""
    name = _briefer(title or head.lstrip().split("\n", 1)[0], "")[0]
    return bool(name) and not _is_institution(name)


def _interview(title: str | None, head: str) -> bool:
    """True when the heading presents the page as an interview ("Interview with Aoife Brennan, ...")."""
    m = _opener(title or head.lstrip().split("\n", 1)[0], "statement_openers")
    return m is not None and "interview" in m.group().lower()


def _statement_author(title: str | None, head: str) -> str | None:
    """"Remarks by President Biden on the Economy" -> "President Biden"."""
    for line in ([title] if title else []) + head.split("\n"):
        line = _without_topic(line)
        m = phrase_pattern("statement_openers").match(line)
        rest = _without_owner(line[m.end():]) if m else ""
        name = (_delegate_after(rest) or _appositive_name(rest) or _name_after(rest)) if m else None
        if name and _role_only(name):  # "Speech by Minister for Finance, Ana Ruiz TD, at ...": the holder after it
            name = _holder_after_role(rest, name) or name
        if name:
            return name
    return None


# "the Democratic Republic of Timor-Leste · H.E. Mr. Ana Ruiz, Vice-Minister ...": the statement's state, then its
# delegate, a separator apart
_DELEGATE_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")


def _delegate_after(rest: str) -> str | None:
    """The person named after a separator that follows the state or body a statement is of: the delegate who delivers
    it ("Statement of the Republic of X · H.E. Mr. Ana Ruiz, Vice-Minister of ...")."""
    parts = _DELEGATE_SEPARATOR_RE.split(rest, maxsplit=1)
    if len(parts) != 2 or not (names.is_state_name(_strip_article(parts[0])) or _is_institution(parts[0])):
        return None
    name = _person_name(parts[1].split(",")[0])
    return name if name and not _role_only(name) else None


# "Codelco's President and Chief Executive Officer, Marcela Fuenzalida": the body whose office the role is
_OWNER_RE = re.compile(r"^\s*(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*['’]s\s+(?=[A-Z])")


def _without_owner(rest: str) -> str:
    """What follows a statement opener without the owner of the title that opens it."""
    m = _OWNER_RE.match(rest)
    return rest[m.end():] if m and _is_title_word(rest[m.end():].split()[0]) else rest


def _named_statement_author(head: str) -> str | None:
    """The person a heading line of the page names after a statement opener, where another heading (a feed's title,
    "Speech of the Minister of Water at ...") gives only the role: "Speech of H.E. the Minister of Water, Eng. Ana
    Ruiz, at ..." -> "Ana Ruiz"; else None."""
    for line in head.split("\n"):
        name = _statement_author(None, line)
        if name and not _role_only(name) and _person_name(name):
            return name
    return None


# the rest of the role, a comma, then its holder: " for Finance, Ana Ruiz TD, at ..."
_ROLE_HOLDER_RE = re.compile(r"[^,]{0,60}?,\s*(?P<holder>[^,]{3,60}?)\s*(?:,|\s+(?:at|to|on|during|before|in)\s|$)")


def _holder_after_role(rest: str, role: str) -> str | None:
    """The person named between commas right after a role heading the line ("Minister for Finance, Ana Ruiz TD,")."""
    at = rest.find(role)
    m = _ROLE_HOLDER_RE.match(rest, at + len(role)) if at >= 0 else None
    if m is None:
        return None
    # "..., Shipping and Waterways Shri Devendra Kumar Mehta at ...": the rest of a role that lists its portfolios,
    # then a style that opens its holder's name
    styled = _STYLE_INSIDE_RE.search(m.group("holder"))
    return _person_name(m.group("holder")) or (_person_name(m.group("holder")[styled.start():]) if styled else None)



def _opener_rests(title: str | None, head: str) -> list[str]:
    """What follows a statement opener on the heading lines ("Statement by" -> "Minister Ana Ruiz on ...")."""
    rests = []
    for line in ([title] if title else []) + head.split("\n"):
        line = _without_topic(line)
        m = phrase_pattern("statement_openers").match(line)
        if m:
            rests.append(line[m.end():])
    return rests


# "... on behalf of the Association of Southeast Asian Nations (ASEAN), at the General Discussion ..."
_BEHALF_RE = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;:.\n]{1,120}?)"
                        r"\s*(?:[,;:.]|$|\s(?:at|on|in|to)\s)")


def _behalf_bodies(title: str | None, lines: list[str]) -> tuple[str, ...]:
    """The groups a statement's heading says it is delivered on behalf of: the title, and the lines that open as a
    statement's heading does ("Statement by H.E. ... on behalf of ...")."""
    headings = [title or ""] + [line for line in lines if phrase_pattern("statement_openers").match(line)]
    return tuple(dict.fromkeys(m.group("body").strip() for line in headings for m in _BEHALF_RE.finditer(line)))


_JOINT_HEADING_RE = re.compile(r"\s*joint\s+(?:press\s+)?(?:statement|declaration|communiqu[ée]|communique)\b",
                               re.IGNORECASE)


def _joint_authors(title: str | None, head: str) -> bool:
    """True when a statement heading names two or more people ("Joint statement by Minister A and Minister B") or
    is a joint statement of several parties ("Joint Statement of Island States on ..."): nobody alone speaks for it,
    the issuing institution does."""
    if title and _JOINT_HEADING_RE.match(_without_topic(title)):
        return True
    for rest in _opener_rests(title, head):
        names = _ROLE_NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0]
        if sum(bool(_person_name(part)) for part in re.split(r"\s+and\s+", names)) >= 2:
            return True
        plural = _PLURAL_OFFICE_RE.match(rest)
        if plural and _is_title_word(plural.group("office")[:-1]) and not _state_form(plural.group("office")):
            # (not "Statement of the Federated States of Micronesia": "States" there is a state's own name)
            return True  # "Joint Statement of the Presidents of Estonia, Latvia and Lithuania": several office holders
    return False


_PLURAL_OFFICE_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}?(?P<office>[A-Za-z][\w\-]*s)\s+of\b")


_PRINCIPAL_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}?(?P<office>[A-Z][\w\-]*)\s+for\s+(?P<role>.+)",
                           re.IGNORECASE)


def _principal(title: str | None, head: str) -> str | None:
    """The official a spokesperson speaks for ("the Spokesperson for the Chairperson of the Commission on ..." ->
    "the Chairperson of the Commission")."""
    for rest in _opener_rests(title, head):
        m = _PRINCIPAL_RE.match(rest)
        if m and _role_key(m.group("office")) == "spokes":
            return _ROLE_NAME_BREAK_RE.split(m.group("role").strip(), maxsplit=1)[0]
    return None


def _signed_spokesperson(title: str | None, head: str) -> str | None:
    """The spokesperson a line under a "Statement attributable to the Spokesperson for ..." heading names with that
    role ("Stéphane Dujarric, Spokesperson for the Secretary-General"): the statement's author, else None."""
    if _principal(title, head) is None:
        return None
    for line in head.split("\n"):
        name, comma, role = line.strip().partition(",")
        words = role.split()
        if comma and words and _role_key(words[0]) == "spokes" and _person_name(name):
            return _person_name(name)
    return None


def _briefer(title: str | None, head: str) -> tuple[str | None, str | None, str | None]:
    """"Department of Defense Press Briefing by Deputy Press Secretary Sabrina Singh" -> (the briefer, the
    department, the briefer's role when the line gives it after the name)."""
    office = (None, None)  # "Briefing by the Office of the Spokesperson": used when no person is named
    for line in ([title] if title else []) + head.split("\n"):
        owner = _briefing_owner(line)
        if owner:
            return owner[1], None, owner[0]
        m = phrase_pattern("briefing_openers").search(line) if ":" not in line[:MAX_LABEL_CHARS] else None
        name = (_appositive_name(line[m.end():]) or _name_after(line[m.end():])) if m else None
        if name:
            host = line[:m.start()].strip()
            host = host if host and _is_institution(host) else None
            if name.lower().startswith("the ") or _is_institution(name):
                office = office if office[0] else (_strip_article(name), host)
                continue
            return name, host, _role_after(name, line[m.end():])
    return (*office, None)


_OWNED_BRIEFING_RE = re.compile(
    r"^\s*(?:Transcript\s+of\s+(?:the\s+)?)?"
    r"(?P<owner>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|the|and)){1,%d})['’]s\s+(?:[A-Z]\w*\s+){0,2}"
    r"(?:Press\s+Conference|Press\s+Briefing|News\s+Conference|Briefing|(?:Doorstop\s+)?Interview|Doorstop|"
    r"Remarks|Media\s+Availability|Press\s+Availability)\b" % (MAX_SPEAKER_WORDS + 3),
    re.IGNORECASE,
)


def _briefing_owner(line: str) -> tuple[str, str] | None:
    """"Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on 4 June" -> ("Foreign Ministry
    Spokesperson", "Lin Hao"): the title and name of the person whose briefing, interview or remarks the heading
    is ("Transcript of Minister for Foreign Affairs Dr Ana Lim's Doorstop Interview")."""
    m = _OWNED_BRIEFING_RE.match(line)
    if m is None:
        return None
    words = m.group("owner").split()
    last_title = max((i for i, w in enumerate(words) if _is_title_word(w) and w.lower() not in ("the", "of")),
                     default=-1)
    name = words[last_title + 1:]
    return (" ".join(words[:last_title + 1]), " ".join(name)) if len(name) >= 2 and last_title >= 0 else None


def _role_after(name: str, rest: str) -> str | None:
    """"Tomas Lindqvist, Spokesperson for the Secretary-General" -> "Spokesperson for the Secretary-General": the
    words after the name's comma, when they open with a title."""
    m = re.match(r"\s*%s\s*,\s+(?:the\s+)?(?P<role>[A-Z][^,.;:()]{0,%d})" % (re.escape(name), MAX_ROLE_CHARS), rest)
    if m is None or any(_is_title_word(w) for w in name.split()):
        return None
    role = m.group("role").split()
    return " ".join(role) if _is_title_word(role[0]) and role[0].lower() not in ("the", "of") else None
