"""Bylines and the names in them: people, their roles and titles, and publishers' names."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import (
    BYLINE_START, LABEL_WORDS, META_SEPARATOR, MIN_CONTACT_BODY_WORDS, NAME_PARTICLES, ORG_WORDS, ROLE_WORDS,
    _function_unit,
)
from .dates import _find_dates, without_dates


# "By JANE DOE FOR THE DAILY EXAMPLE": the author writing for a publisher.
BYLINE_FOR = re.compile(r"\s+(?:for|FOR|For)\s+(?=[A-Z])")
# A date (with its cue) before the byline: "Posted on May 2, 2023 by Jane Doe".
LEADING_DATE = re.compile(r"^(?i:(?:posted|published|written|created|updated)\s+(?:on\s+)?)?")
# Counters and buttons printed right after an author's name.
TRAILING_WIDGET_WORDS = re.compile(r"(?:\s+(?:views?|comments?\d*|shares?|likes?|\d[\d,.]*))+\s*$", re.I)


def _parse_byline_line(text: str) -> tuple[str | None, str | None] | None:
    """Parse "By Jane Doe, Some News" pieces; None when the line is not a byline."""
    if text.endswith("."):
        return None
    for piece in META_SEPARATOR.split(text):
        piece = piece.strip()
        dates = _find_dates(piece)
        if dates and dates[0][0] <= len(LEADING_DATE.match(piece).group()):
            piece = piece[dates[0][1]:].strip()  # "Posted on May 2, 2023 by Jane Doe"
            piece = piece[0].upper() + piece[1:] if piece.startswith("by ") else piece
        match = BYLINE_START.match(piece)
        if not match:
            continue
        rest = match.group("rest")
        rest = without_dates(rest, _find_dates(rest), gap="")
        rest = ", ".join(_unshout(part) for part in BYLINE_FOR.split(rest, maxsplit=1))
        parts = [part.strip() for part in rest.split(",") if part.strip()]
        # "A, B and C" lists authors; otherwise a part after the first comma names the publisher.
        listing = (len(parts) > 1 and re.search(r"\s(?:and|&)\s", parts[-1]) is not None
                   and all(_person_names(part) for part in parts))
        names, orgs, credited = [], [], False
        for number, part in enumerate(parts):
            people = _person_names(part)
            if _is_role(part) or (number and _is_title(part)):  # "By Ana Ruiz, Deputy Governor": her title
                continue
            if _is_org(part) or _is_body_name(part):  # "By Northern Transport Workers Union | 4 March 2025"
                if _is_staff_credit(part):  # "By Courier Reporter": a job credit, never the publisher
                    credited = True
                else:
                    orgs.append(part)
            elif people and (number == 0 or listing):
                names.extend(people)
            elif number > 0 and _is_publisher_name(part):
                orgs.append(part)
            elif not (number > 0 and names and _is_affiliation(part)):
                return None
        if not names and not orgs and not credited:
            return None
        # "Posted by Office of Communications, <Authority>": the body the unit works for, not the unit
        orgs = [org for org in orgs if not _function_unit(org)] or orgs
        return (" and ".join(names) or None), (orgs[0] if orgs else None)
    return None


def _is_staff_credit(part: str) -> bool:
    """"Courier Reporter", "Herald Correspondent", "Business Desk": capitalised words ending in a by-line's job word
    (lexicon ``byline_roles``) credit the outlet's staff; the piece is no organisation's name."""
    words = part.split()
    return len(words) >= 2 and words[-1].lower() in ROLE_WORDS and all(w[:1].isupper() for w in words)


def _is_body_name(part: str) -> bool:
    """"Northern Transport Workers Union", "Ministry of Health": an organisation's name (an institution's, or one
    ending in an organisation's word), not a person's."""
    words = part.split()
    return len(words) >= MIN_CONTACT_BODY_WORDS and words[0][:1].isupper() and _is_publisher_name(part) and (
        issuer.is_institution(part) or words[-1].lower() in language.lexicon("org_suffixes"))


AFFILIATION_WORD = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|[A-Z][\w.'’&-]*|of|the|and|for)$")


def _is_affiliation(part: str) -> bool:
    """"86th Infantry Brigade Combat Team", "3rd Battalion Public Affairs": the unit an author writes for."""
    return all(AFFILIATION_WORD.match(word) for word in part.split())


def _unshout(text: str) -> str:
    """"JANE DOE" -> "Jane Doe", "DEPARTAMENT D'ESTADÍSTICA" -> "Departament d'Estadística"; mixed-case text is
    left alone."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    return issuer.title_case(text)


def _person_names(part: str) -> list[str] | None:
    """["Jane Doe", "John Roe"] for "Jane Doe and John Roe"; None unless every piece is a name."""
    pieces = [piece.strip() for piece in re.split(r"\s+(?:and|&)\s+", part)]
    return pieces if all(_is_person_name(piece) for piece in pieces) else None


def _is_role(part: str) -> bool:
    """"Staff Writer", or a job on an institution's staff: "Media Officer", "Senior Communications Adviser"."""
    words = part.split()
    return all(w.lower() in ROLE_WORDS for w in words) or (
        bool(words) and words[-1].lower() in language.lexicon("byline_jobs"))


def _is_org(part: str) -> bool:
    tokens = part.split()
    if not tokens or not all(t[0].isupper() or t.lower() in {"of", "the", "and", "&"} for t in tokens):
        return False
    if tokens[0] == "The" and len(tokens) >= 2:
        return True
    if any(t.lower().strip(".") in ORG_WORDS for t in tokens):
        return True
    # A lone acronym ("AFP"); several all-caps words are more likely a shouted name.
    return len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6 and tokens[0].isalpha()


def _is_publisher_name(text: str) -> bool:
    """Capitalised words that are not a job title ("The Example Times", not "the editor")."""
    tokens = text.split()
    return (0 < len(tokens) <= 8 and tokens[0].lower() not in {"our", "your", "my"}
            and all(t[0].isupper() or t.lower() in {"of", "the", "and", "&"} for t in tokens)
            and not any(t.lower() in ROLE_WORDS for t in tokens))


NAME_SUFFIXES = frozenset(["jr.", "sr."])


NAME_JOINERS = frozenset({"and", "&"})
MIN_JOINED_NAME_WORDS = 2  # each of two people a by-line joins has a given name and a surname


# "Monetary Policy Committee Communiqué": a body's words or a document's kind make no person's name
NOT_NAME_WORDS = LABEL_WORDS | ORG_WORDS | language.lexicon("kicker_labels") | issuer.institution_vocabulary() \
    | language.lexicon("summary_heads")


# endings of abstract nouns that no name has: a shouted section heading is no author's name
ABSTRACT_NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ship", "ism", "ology")


def _is_person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 50 or tokens[0].lower() in NAME_PARTICLES:
        return False
    if _ends_with_abbreviation(tokens[-1]):  # "EARTHQUAKE INFORMATION NO." once its number is cut off
        return False
    joins = [i for i, token in enumerate(tokens) if token.lower() in NAME_JOINERS]
    if joins and (joins[0] < MIN_JOINED_NAME_WORDS or len(tokens) - joins[0] - 1 < MIN_JOINED_NAME_WORDS):
        return False  # "DISCUSSION AND OUTLOOK": two words joined, not two people ("Ana Ruiz and Tom Lee")
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not token[0].isupper() or token.lower().strip(".") in NOT_NAME_WORDS:
            return False
        if token.lower().endswith(ABSTRACT_NOUN_ENDINGS):  # "SYNOPTIC SITUATION", "RISK ASSESSMENT": a heading
            return False
        if text.isupper() and token.lower() in language.stop_words():  # "WHAT IS HAPPENING": a heading
            return False
        if not all(c.isalpha() or c in ".-'’" for c in token):
            return False
    return True


def _ends_with_abbreviation(token: str) -> bool:
    """A last word such as "No." or "Ref.": an abbreviation of several letters, not an initial ("J.") or a
    name's suffix ("Jr.")."""
    return token.endswith(".") and "." not in token[:-1] and len(token) > 2 \
        and token.lower() not in NAME_SUFFIXES
ROLE_TITLES = language.lexicon("label_titles") | language.lexicon("role_heads")


def _is_title(part: str) -> bool:
    """"Deputy Governor", "Minister for Finance": a title word, then capitalised words."""
    words = part.split()
    return (bool(words) and words[0].lower() in ROLE_TITLES and words[0].lower() not in ("the", "of")
            and all(w[0].isupper() or w in ("of", "for", "the", "and") for w in words))
