"""A person's gender from evidence on the page, so that "she"/"he" finds the right antecedent.

Only the page is read: a gendered role noun or form of address ("spokeswoman", "chairman", "Ms", lexicon
``gendered_words``) and a pronoun bound to a person within one sentence, in positions where it can only be that
person's:

* right after the person's own reporting verb: "Corcoran said she had asked", "..., adding that his department";
* in "<Name> (of the <Body>) and her colleagues", "In her ruling, <Name> said";
* in a relative clause on the name: "Lin, who lowered her personal best, said".

A pronoun elsewhere ("Walker disputed her claim") may be anyone's and tells nothing. No list of given names is used.
"""

from __future__ import annotations

import re

from .language import lexicon_pairs
from .verbs import reporting_verbs

_GENDERED_WORDS = {word.lower(): gender for word, gender in lexicon_pairs("gendered_words").items()}
_PRONOUN_GENDER = {"she": "f", "her": "f", "herself": "f", "he": "m", "his": "m", "him": "m", "himself": "m"}


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_VERBS = reporting_verbs()
# the speaker's own verb, then the reported clause's subject or possessive: "said she", "adding that his"; "her"
# right after a verb that takes a listener ("told her", "warned her") is the listener, so only after "that" or "say"
_AFTER_CUE_RE = re.compile(
    r"\b(?P<verb>" + _alternation(set(_VERBS.finite) | set(_VERBS.present_participle)) + r")\s+(?P<that>that\s+)?"
    r"(?P<pronoun>she|he|her|his)\b")
_NO_LISTENER = frozenset(["say", "add"])  # verbs after which "her"/"his" opens the reported clause
# after a name: "(of the Norwegian Polar Institute) and her colleagues"
_AND_POSSESSIVE_RE = re.compile(
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}?[A-Z][\w'’.-]*)?\s+and\s+(?P<pronoun>her|his)\s")
# after a name: ", who lowered her personal best by more than a second,"
_WHO_CLAUSE_RE = re.compile(r",\s+who\s+(?:[^,;:\"“”]*?\s)?(?P<pronoun>she|he|her|his)\s[^,;:\"“”]*,")
# a sentence opening "In her 62-page decision, ..." names its subject after the comma
_IN_POSSESSIVE_RE = re.compile(r"\s*In\s+(?P<pronoun>her|his)\s+[^,;\"“”]{1,40},\s+")


def role_gender(role: str | None) -> str | None:
    """The gender a role phrase tells ("Finance ministry spokeswoman" -> "f"), or None."""
    if not role:
        return None
    found = {_GENDERED_WORDS[w] for w in role.lower().replace("'s", " ").split() if w in _GENDERED_WORDS}
    return found.pop() if len(found) == 1 else None


def bound_genders(text: str, inside_quote: list[bool], people: list[tuple[int, int, str]],
                  speaker: str | None) -> dict[str, str]:
    """Name -> gender for the people of one sentence that a pronoun is bound to, where it can only be theirs.

    ``people`` are (start, end, name) of the sentence's person mentions; ``speaker`` is the named person the
    sentence is attributed to (or None); ``inside_quote`` marks the characters inside quotation marks.
    """
    found: dict[str, set[str]] = {}

    def bind(name: str, match: re.Match) -> None:
        if not inside_quote[match.start("pronoun")]:
            found.setdefault(name, set()).add(_PRONOUN_GENDER[match.group("pronoun").lower()])

    if speaker and all(name == speaker for _start, _end, name in people):  # "X's coach, Y, said she ..." is X
        for m in _AFTER_CUE_RE.finditer(text):
            possessive = m.group("pronoun") in ("her", "his")
            if not possessive or m.group("that") or _VERBS.lemma(" ".join(m.group("verb").split())) in _NO_LISTENER:
                bind(speaker, m)
    for _start, end, name in people:
        for pattern in (_AND_POSSESSIVE_RE, _WHO_CLAUSE_RE):
            m = pattern.match(text, end)
            if m:
                bind(name, m)
    opener = _IN_POSSESSIVE_RE.match(text)
    if opener:
        first = next((name for start, _end, name in people if start == opener.end()), None)
        if first:
            bind(first, opener)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}
