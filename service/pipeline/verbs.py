"""Reporting verbs: the lemmas of ``lexicons/reporting_verbs.txt`` and their forms, inflected by rule.

Regular forms are generated ("warn" -> warns, warned, warning; "reply" -> replies, replied; "note" -> notes, noted,
noting); ``lexicons/irregular_verbs.txt`` lists the exceptions ("tell told told", "admit admitted admitted
admitting"). A phrasal verb inflects its first word ("point out" -> pointed out).

Flags in the lexicon (see its header): ``+base`` makes the bare form a cue ("officials say"), ``+that`` makes every
form a cue only before a that-clause or a closing adverbial, ``+quote`` only before a quotation a few words on
("called the truce "a first step"").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .language import lexicon_entries

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


@dataclass(frozen=True)
class ReportingVerbs:
    finite: dict[str, str]  # "said", "says", "warned", "point out"(bare, when +base) -> lemma
    present_participle: dict[str, str]  # "saying", "pointing out" -> lemma
    past_participle: dict[str, str]  # "said", "written", "pointed out" -> lemma
    needs_that: frozenset[str]  # lemmas that report only before a that-clause
    lemmas: tuple[str, ...]
    needs_quote: frozenset[str] = frozenset()  # lemmas that report only before a quotation ("called it "a step"")

    def lemma(self, form: str) -> str | None:
        form = form.lower()
        return self.finite.get(form) or self.present_participle.get(form) or self.past_participle.get(form)


def third_person(verb: str) -> str:
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    if verb.endswith(_SIBILANT_ENDINGS):
        return verb + "es"
    return verb + "s"


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, str, str | None]]:
    out = {}
    for entry in lexicon_entries("irregular_verbs"):
        parts = entry.lower().split()
        if len(parts) >= 3:
            out[parts[0]] = (parts[1], parts[2], parts[3] if len(parts) > 3 else None)
    return out


def forms(lemma: str) -> dict[str, str]:
    """The forms of a (possibly phrasal) verb: base, third, past, participle, gerund."""
    head, _, rest = lemma.partition(" ")
    irregular = _irregular().get(head)
    past_form, participle, ing = irregular if irregular else (past(head), past(head), None)
    suffix = f" {rest}" if rest else ""
    return {
        "base": lemma,
        "third": third_person(head) + suffix,
        "past": past_form + suffix,
        "participle": participle + suffix,
        "gerund": (ing or gerund(head)) + suffix,
    }


def finite_alternation(lemmas, *, base: bool = False) -> str:
    """A regex alternation of the third-person and past forms of ``lemmas`` (and the bare form with ``base``),
    longest first, a phrasal verb's space matching any run of spaces ("calls on", "urged")."""
    keys = ("base", "third", "past") if base else ("third", "past")
    spelled = {forms(lemma)[key] for lemma in lemmas for key in keys}
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(spelled, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def reporting_verbs() -> ReportingVerbs:
    finite: dict[str, str] = {}
    present: dict[str, str] = {}
    perfect: dict[str, str] = {}
    needs_that: set[str] = set()
    needs_quote: set[str] = set()
    lemmas: list[str] = []
    for entry in lexicon_entries("reporting_verbs"):
        words = entry.lower().split()
        lemma = " ".join(w for w in words if not w.startswith("+"))
        flags = {w for w in words if w.startswith("+")}
        lemmas.append(lemma)
        if "+that" in flags:
            needs_that.add(lemma)
        if "+quote" in flags:
            needs_quote.add(lemma)
        f = forms(lemma)
        for kind in ("third", "past") + (("base",) if "+base" in flags else ()):
            finite.setdefault(f[kind], lemma)
        present.setdefault(f["gerund"], lemma)
        perfect.setdefault(f["participle"], lemma)
    return ReportingVerbs(finite, present, perfect, frozenset(needs_that), tuple(dict.fromkeys(lemmas)),
                          frozenset(needs_quote))


def single_word_finite_forms() -> frozenset[str]:
    """Finite one-word forms ("said", "warns"), for rules that look at single tokens."""
    verbs = reporting_verbs()  # "a town called Hope": a +quote verb next to a name does not make it a person
    return frozenset(f for f, lemma in verbs.finite.items() if " " not in f and lemma not in verbs.needs_quote)
