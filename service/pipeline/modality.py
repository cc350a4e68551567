"""Negation and hedging, scoped to the clause that carries the claim.

A sentence's claim is its main clause. Cues inside clauses that only frame or qualify it do not count:

  * asides set off by commas or brackets: "Two aid workers, who asked not to be named, said ...";
  * concessive clauses, leading or trailing: "Although the ministry did not confirm the toll, officials said ...",
    "... rose 3 percent, while exports did not change";
  * leading clauses saying what the speaker was asked: "Asked whether troops could be deployed, she said ...";
  * a trailing correction without a verb: "The minister travels on Monday, not on Tuesday.";
  * for negation, also leading conditional and time clauses: "If the talks do not resume, strikes will follow."
    (their hedging does count: "If confirmed, the deal would ..." is speculative).

A trailing clause of reason, time or place ("... because we did not have enough hands"), a relative clause ("who cannot
show a ticket", "a dollar we do not have") and an aside on part of a set (", none of which ...") do not negate the
claim either. Rejecting, failing, declining or refusing to act states an act; rejecting what someone says ("rejected
the argument that ...") and "declined to comment" deny.

Within the clause, a negative verb and a second negation cancel out: "did not deny", "denied nothing", "never failed
to". Cue words are data: ``negation_cues``, ``negation_exceptions``, ``negative_verbs``, ``hedge_cues``,
``hedge_exceptions``, ``disputed_claim_nouns``, ``concessive_openers``, ``conditional_openers`` and ``question_frames``
in ``lexicons/``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .language import lexicon, phrase_pattern, stop_words, words as word_set

# "Inflation declined to 4.9%": a cue followed by a figure reports a change, not a refusal
# "no 5", "Flight No. 4": a number follows, so "no" is no denial
_FIGURE_AFTER_RE = re.compile(r"\.?\s*(?:around\s+|about\s+)?[$€£¥]?\d")
_CONTRACTION_RE = re.compile(r"n['’]t\b", re.IGNORECASE)
_ASIDE_RE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,|\([^()]*\)")
# a negator this many words or fewer before a negative verb, or a "nothing"/"none" right after it, cancels it
_CANCEL_WINDOW_WORDS = 3
# "should" forecasts when an outlook verb or "be" + a comparative follows within this many words
_SHOULD_WINDOW_WORDS = 2
_SHOULD_RE = re.compile(r"\bshould\s+((?:\w+\s+){0,%d})(\w+(?:\s+\w+)?)" % (_SHOULD_WINDOW_WORDS - 1), re.IGNORECASE)
# "..., not on Tuesday.": a trailing phrase that corrects the claim, without a verb of its own, negates nothing
# (", not one sector among others", ", not after the next migration", ", not because we promise", ", not weakness in
# demand": a closing contrast names what the claim is not, in a phrase with no verb of its own)
_CORRECTION_RE = re.compile(r",\s*not\s+(?:on|in|at|by|for|from|to|the|a|an|its|their|his|her|our|this|that|one|after"
                            r"|before|because|with|as|over|under|weakness|[a-z]+(?:ness|ity|ment|tion|sion))\b"
                            r"[^,;]*?(?=[.!]?[\"”’']*\s*$)", re.IGNORECASE)
# "..., and not through connections", "..., not food.", "... staff, not guests": a closing contrast of any phrase with
# no verb of its own
_CLOSING_CONTRAST_RE = re.compile(r"(?:,\s*|\s+and\s+)not\s+(?!only\b|just\b|yet\b|even\b|least\b|enough\b)"
                                  r"(?P<rest>[^,;:.!?]*?)(?=[.!]?[\"”’']*\s*$)", re.IGNORECASE)
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might"
                        r"|must|we|they|I|he|she|it)\b", re.IGNORECASE)
_COMPARATIVE_RE = re.compile(r"^be\s+(?:\w+er|more|less|higher|lower|better|worse)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _opener_re(name: str) -> re.Pattern:
    entries = sorted(lexicon(name), key=len, reverse=True)
    alternation = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
    return re.compile(rf"(?:^|(?<=[,;]))\s*(?:{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _first_words(name: str) -> frozenset[str]:
    return frozenset(entry.split()[0] for entry in lexicon(name))


def _drop_leading(text: str, opener: re.Pattern) -> str:
    """Text without a leading subordinate clause ("Although X, Y" -> "Y")."""
    m = opener.match(text.lstrip("\"“'‘ "))
    if m is None:
        return text
    comma = text.find(",", m.end())
    return text[comma + 1 :] if comma != -1 else text


def _drop_trailing(text: str, opener: re.Pattern) -> str:
    """Text without a trailing concessive clause ("Y, although X" -> "Y")."""
    for m in opener.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in ",;":
            return text[: m.start() - 1]
    return text


# "No, all four bases are crewed.": the answer to a question, not a negation of the clause that follows it.
_ANSWER_PARTICLE_RE = re.compile(r"^\W*(?:no|yes|yeah|well)\s*[,—–]\s*", re.IGNORECASE)


def main_clause(text: str, *, keep_conditions: bool = False) -> str:
    """The part of ``text`` that carries its claim (see module docstring)."""
    text = _ANSWER_PARTICLE_RE.sub("", _ASIDE_RE.sub(",", text), count=1)
    concessive = _opener_re("concessive_openers")
    text = _drop_trailing(_drop_leading(text, concessive), concessive)
    text = _drop_leading(text, _opener_re("question_frames"))
    text = _CORRECTION_RE.sub("", text)
    text = _CLOSING_CONTRAST_RE.sub(lambda m: "" if not _FINITE_RE.search(m.group("rest")) else m.group(), text)
    if not keep_conditions:
        text = _drop_leading(text, _opener_re("conditional_openers"))
    return text


# "squadrons that are not assigned to ...", "children who were not vaccinated": a relative pronoun right after its
# noun, as the subject of its own clause (an auxiliary follows it at once, as none can follow the "that" of a reported
# clause), negates only that clause, not the claim
# ("people who have never been exposed", "increases that might not be repeated", "the serotype, which has not
# circulated": an auxiliary or modal, then "not" or "never")
_RELATIVE_NEGATION_RE = re.compile(
    r"(?P<noun>\b[\w'’-]+),?\s+(?:that|who|which)\s+(?:(?:is|are|was|were|has|have|had|do|does|did|will|would|can"
    r"|could|might|may|must|should)(?:\s+not\b|n['’]t\b|\s+never\b)|never\b|cannot\b"
    # ("people aged 15 to 74 who have no paid work", "people who had received no dose": a relative clause that defines
    # them by what they lack)
    r"|(?:have|has|had)\s+(?:[a-z]+ed\s+)?no\b"
    # "a ranger who asked not to be named", "the firm, which chose not to renew": a verb, then "not to"
    r"|[a-z]+\s+not\s+to\b)", re.IGNORECASE)
# "because he was not authorised to speak to the press": why a source is unnamed, never the claim's negation
_ANONYMITY_REASON_RE = re.compile(r"\b(?:because|as|since)\s+(?:he|she|they|I|we)\s+(?:was|were|is|are)\s+not\s+"
                                  r"(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|talk|comment|discuss)\b",
                                  re.IGNORECASE)


# "a dollar we do not have to spend", "a day we cannot get back": a relative clause with no pronoun, its subject a
# personal pronoun right after a counted or determined noun
_CONTACT_RELATIVE_NEGATION_RE = re.compile(
    r"(?P<noun>\b(?:a|an|the|every|each|any|some|\d[\d,.]*)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:we|they|I|you)\s+"
    r"(?:do|does|did|can|could|will|would)(?:\s+not\b|n['’]t\b)"
    # "... is a day we cannot get back": after a copula's complement, "cannot" too
    r"|(?P<complement>\b(?:is|was|are|were)\s+(?:a|an|one)\s+(?:[\w'’-]+\s+)?[\w'’-]+)\s+(?:that\s+)?(?:we|they|I|you)"
    r"\s+cannot\b", re.IGNORECASE)


# ", none of which caused a loss", ", none of them fatal": the part of a counted set an aside leaves out
_NONE_OF_ASIDE_RE = re.compile(r",\s*none\s+of\s+(?:which|whom|them|these|those)\b[^,;]*", re.IGNORECASE)


_PRONOUN_HEADS = frozenset({"those", "anyone", "everyone", "someone", "all"})  # heads of "who" clauses


def _without_relative_negations(text: str) -> str:
    """``text`` with the negations of relative clauses blanked ("That is not enough" opens no relative clause)."""
    def blank(m: re.Match) -> str:
        if m.groupdict().get("complement"):
            return m.group("complement") + " " * (len(m.group()) - len(m.group("complement")))
        noun = m.group("noun").lower()
        if noun in stop_words() and not (noun in _PRONOUN_HEADS and m.group().lower().startswith(noun + " who")):
            return m.group()  # ("... and that does not ...": no noun; but "those who cannot afford a car" is one)
        return m.group("noun") + " " * (len(m.group()) - len(m.group("noun")))
    text = _NONE_OF_ASIDE_RE.sub(lambda m: " " * len(m.group()), _CONTACT_RELATIVE_NEGATION_RE.sub(blank, text))
    return _ANONYMITY_REASON_RE.sub(lambda m: " " * len(m.group()), _RELATIVE_NEGATION_RE.sub(blank, text))


# "..., had voted to strike if no improved offer is received": a trailing condition says when, and its negation is not
# the claim's
_TRAILING_CONDITION_RE = re.compile(r"\s(?:if|unless)\s+(?!not\b)[^,;]*?[.!]?\s*$", re.IGNORECASE)
# "... because we did not have enough hands", "..., when the soldiers do not go into the bush", "... where no cover
# was available": a trailing clause of reason, time or place, after a main clause of its own, says why, when or where,
# and its negation is not the claim's
# (the clause runs to the end, or to a comma before the quotation's "she said"; "but when you have almost nothing to
# sell, a good price does not save you" opens a clause that a main clause follows)
_TRAILING_SUBORDINATE_RE = re.compile(
    r"(?<=\w)(?:,\s*|\s+)(?:because(?!\s+of\b)|when|where|whereas|until)\s+[^;:,]*?"
    r"(?:,[\"”’']?\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|added|wrote|told)\b[^;:,]*)?[.!]?[\"”’']*\s*$", re.IGNORECASE)
MIN_MAIN_CLAUSE_WORDS = 4


_NEGATED_FAILURE_RE = re.compile(r"\b(?:not|never)\s+(?:[a-z]+ly\s+)?"
                                 r"(?=(?:fail|fails|failed|refuse|refuses|refused|decline|declines|declined)\b)",
                                 re.IGNORECASE)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who)\s+(?:(?:had|has|have)\s+)?$", re.IGNORECASE)
_REJECTING_WORDS = frozenset({"rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismiss"})


@lru_cache(maxsize=1)
def _rejected_claim_re() -> re.Pattern:
    """"rejected the argument that", "dismissed the minister's claims": a denial of what someone says."""
    nouns = "|".join(sorted(lexicon("disputed_claim_nouns"), key=len, reverse=True))
    verbs = "|".join(sorted(_REJECTING_WORDS, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,3}}?"
                      rf"(?:{nouns})\b", re.IGNORECASE)


def _negations(text: str) -> list[re.Match]:
    cleaned = phrase_pattern("negation_exceptions").sub(lambda m: " " * len(m.group()), text)
    cleaned = _without_relative_negations(cleaned)
    cues = phrase_pattern("negation_cues").finditer(cleaned)
    found = [m for m in cues if not _FIGURE_AFTER_RE.match(cleaned, m.end())]
    found += [m for m in _rejected_claim_re().finditer(cleaned)  # not "a ruling that had dismissed their claim"
              if not _RELATIVE_BEFORE_RE.search(cleaned, max(0, m.start() - 20), m.start())]
    found += list(_CONTRACTION_RE.finditer(cleaned))
    found.sort(key=lambda m: m.start())
    # "neither ... nor" is one negation
    if any(m.group().lower() == "neither" for m in found):
        found = [m for m in found if m.group().lower() != "nor"]
    return found


def _cancelled(text: str, found: list[re.Match]) -> set[int]:
    """Indexes into ``found`` of cues that cancel each other pairwise ("did not deny")."""
    negative = lexicon("negative_verbs")
    out: set[int] = set()
    for i, m in enumerate(found):
        if i in out or m.group().split()[0].lower() not in negative:
            continue
        for j, other in enumerate(found):
            if j == i or j in out:
                continue
            between = text[min(m.end(), other.end()) : max(m.start(), other.start())]
            if len(between.split()) <= _CANCEL_WINDOW_WORDS and other.group().split()[0].lower() not in negative:
                out.update((i, j))
                break
    return out


def is_negated(text: str, words: set[str] | None = None) -> bool:
    """True when the main clause denies or negates (an odd negation, not cancelled by a second one)."""
    words = words if words is not None else word_set(text)
    if words.isdisjoint(_first_words("negation_cues")) and words.isdisjoint(_REJECTING_WORDS) \
            and "n't" not in text and "n’t" not in text:
        return False
    clause = _TRAILING_CONDITION_RE.sub("", main_clause(text))
    trailing = _TRAILING_SUBORDINATE_RE.search(clause)
    if trailing is not None and len(clause[:trailing.start()].split()) >= MIN_MAIN_CLAUSE_WORDS:
        clause = clause[:trailing.start()]
    found = _negations(clause)
    # "never failed to pay", "did not refuse": a negation of a verb of failing or refusing affirms the act
    doubled = {m.start() for m in _NEGATED_FAILURE_RE.finditer(clause)}
    found = [m for m in found if m.start() not in doubled]
    return len(found) > len(_cancelled(clause, found))


def _forecast_should(clause: str) -> bool:
    """True when "should" in ``clause`` forecasts ("growth should slow", "should be weaker"), not advises."""
    outlook = lexicon("outlook_verbs")
    for m in _SHOULD_RE.finditer(clause):
        following = (m.group(1) + m.group(2)).lower()
        if _COMPARATIVE_RE.match(following):
            return True
        tokens = following.split()
        if any(t in outlook or " ".join(tokens[i : i + 2]) in outlook for i, t in enumerate(tokens)):
            return True
    return False


# "low inflation, which is forecast to remain in the target range": a relative clause set off by a comma adds a
# remark about its noun, and its forecast or doubt does not hedge the claim the main clause makes. Only a "which"
# that is the subject of its clause (an auxiliary follows it); "a decision, which the board expects to take in June"
# still leaves the claim's own event unsure.
_ASIDE_RELATIVE_RE = re.compile(r",\s+which\s+(?:is|are|was|were|has|have|had)\b[^,;]*")


# "heavy machinery could not reach the site", "processors could not absorb the surplus": what could not be done, not a
# doubt ("could not be ruled out", "could not confirm", "could not say" still leave the claim open)
_PAST_INABILITY_RE = re.compile(
    r"\bcould(?:\s+not|n['’]t)\s+(?!(?:be\s+)?(?:ruled|rule|confirm|confirmed|verify|verified|independently|say|said"
    r"|determine|determined|establish|established|exclude|excluded|immediately|inspect|yet|tell|know|predict)\b)[a-z]+",
    re.IGNORECASE)


# A body that estimates or projects a figure ("The Bank projects growth of 6.0 percent", "Statistics Botswana estimates
# a further contraction", "..., the National Bank of Tajikistan estimates.", "..., she estimated."): an estimate, not a
# count ("the flash estimate", "The estimates for 2025 are unchanged" name a statistic and hedge nothing)
_ESTIMATOR_NOUNS = (r"company|agency|ministry|bank|study|government|department|office|board|committee|fund|budget"
                    r"|authority|institute|council|chamber|union|group|association|federation|firm|operator|regulator"
                    r"|researchers|scientists|economists|analysts|lawyers|survey|report")
_ESTIMATING_SUBJECT_RE = re.compile(
    r"(?:\b(?!(?:The|These|Those|Its|Their|Our|Such|New|First|Flash)\b)[A-Z][\w&.'’-]*|\b(?:%s))"
    r"\s+(?:estimates|estimated|projects)\s+(?!(?:are|were|have|had|for|of|by|from|show|shows|is|was|will|in|on"
    r"|at|to|under|worth|with|that|which|across|around|and|or|site|sites)\b)[a-z$€£¥\d]"
    r"|\b(?:we|they|scientists|researchers|economists|analysts)\s+project\s+(?:a|an|the|that|growth|inflation)\b"
    % _ESTIMATOR_NOUNS)
# ", the National Bank of Tajikistan estimates.", ", she estimated.", ", the tourism office estimated."
_TRAILING_ESTIMATE_RE = re.compile(
    r",\s+(?:he|she|they|we|I|it|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the))*"
    r"|the\s+(?:[a-z]+\s+){0,2}(?:%s))\s+(?:estimates|estimated|projects|projected)\s*[.!]?[\"”’']*\s*$"
    % _ESTIMATOR_NOUNS)


_ESTIMATING_WORDS = frozenset({"estimates", "estimated", "projects", "project"})


def _estimates(clause: str) -> bool:
    return _ESTIMATING_SUBJECT_RE.search(clause) is not None or _TRAILING_ESTIMATE_RE.search(clause) is not None


# a sentence whose subject is only suspected ("A suspected gas leak caused ..."); "suspected" elsewhere names a
# category ("examined for suspected cancer", "14 suspected smugglers") and hedges nothing
_SUSPECTED_SUBJECT_RE = re.compile(r"\s*(?:A|An|The)\s+suspected\b")


def is_hedged(text: str, words: set[str] | None = None) -> bool:
    """True when the main clause (with its conditions) is speculative or unconfirmed ("likely", "could"), or
    forecasts with "should" (see ``_forecast_should``)."""
    words = words if words is not None else word_set(text)
    if "should" in words and _forecast_should(main_clause(text, keep_conditions=True)):
        return True
    if "suspected" in words and _SUSPECTED_SUBJECT_RE.match(text):
        return True  # "A suspected gas leak caused the blast": the claim's own subject is unconfirmed
    if not words.isdisjoint(_ESTIMATING_WORDS) and _estimates(main_clause(text, keep_conditions=True)):
        return True
    if words.isdisjoint(_first_words("hedge_cues")):
        return False
    clause = main_clause(text, keep_conditions=True)
    clause = phrase_pattern("hedge_exceptions").sub(lambda m: " " * len(m.group()), clause)
    clause = _ASIDE_RELATIVE_RE.sub(lambda m: " " * len(m.group()), clause)
    clause = _PAST_INABILITY_RE.sub(lambda m: " " * len(m.group()), clause)
    # "May" the month is capitalised mid-sentence; the modal is not.
    return any(
        m.group() != "May" or not clause[: m.start()].strip()
        for m in phrase_pattern("hedge_cues").finditer(clause)
    )
