"""Reporting cues: the reporting verbs and the patterns around them (what must follow a verb, where its subject
may start, framings without a verb, "according to", passives), and whether a cue form is a verb at all."""

from __future__ import annotations

import re

from ..language import lexicon
from ..verbs import reporting_verbs


_VERBS = reporting_verbs()
CUE_LEMMA = _VERBS.finite
# "found", "shows", "posted" report a statement only with a clause after them ("the study found that").
_NEEDS_THAT = _VERBS.needs_that


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_CUE_RE = re.compile(r"\b(" + _alternation(CUE_LEMMA) + r")\b")
# "The Deputy Minister asks me to add that ...", "the Red Cross has asked us to announce that ...": the one who asks
# is the source of what the speaker relays; the match's group is the relayed reporting verb
_RELAYED_CUE_RE = re.compile(r"\bask(?:s|ed)\s+(?:me|us)\s+to\s+(?:also\s+)?(" + _alternation(
    set(CUE_LEMMA.values())) + r")\b(?=\s+(?:[\w'’-]+\s+){0,4}?that\b)")
# "..., saying the talks had failed": a present participle after a comma reports for the main clause's subject
_SAYING_RE = re.compile(r",\s+(" + _alternation(_VERBS.present_participle) + r")\b")
# what may stand between a +that verb and its clause: "posted on social media that", "told the court on Monday that"
_THAT_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,5}?that\b|^\s*[:\"“]"
                            r"|^\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+:\s*$")  # "... put it to me more bluntly last year:"
# a quotation a few words after a +quote verb: called the truce "a first step", described it as "a disaster"
_QUOTE_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,5}?(?:as\s+)?[\"“]")
# ... or an "as" complement that gives the speaker's verdict: described it as a threat, hailed the deal as historic
_AS_VERDICT_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}?as\s+(?:an?\s+|the\s+)?[a-z]")
# a that-clause without "that": estimated the deal could lift ..., found the bridge had been closed, admitted it had
# misled customers (a pronoun subject)
_ZERO_THAT_AHEAD_RE = re.compile(
    r"^\s+(?:(?:the|a|an|this|these|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?|(?:it|they|he|she|we)\s+)"
    r"(?:could|would|will|may|might|should|can|had|has|have|was|were|is|are)\s+[a-z]")


# a quotation framed without a reporting verb: "In the words of X, ...", "To quote X, ...", "Quoting X, ..."
_QUOTING_RE = re.compile(r"\b(?:in the words of|to quote|quoting)\s+", re.IGNORECASE)
# "As X once put it, ...", "As X herself liked to say, ...": the person whose words follow
_AS_FRAME_RE = re.compile(
    r"\s*As\s+(?:the\s+late\s+)?(?P<np>[A-Z][^,\"“”]{1,80}?)(?:\s+(?:him|her|them|it)sel(?:f|ves))?"
    r"\s+(?:(?:once|often|famously|memorably|so\s+memorably|always)\s+)?"
    r"(?:put\s+it|(?:liked|loved|used)\s+to\s+(?:say|put\s+it|remind\s+us)|was\s+fond\s+of\s+saying"
    r"|would\s+(?:often\s+|always\s+)?say)\s*,")
# "according to X", "citing X", and "Per the ministry, ..." / "..., per the ministry" (never "per cent", "per capita")
_ACCORDING_RE = re.compile(r"\b(?:according to|citing|as reported by|as cited by)\s+"
                           r"|(?:^|(?<=,\s))(?-i:(?:Per|per)\s+(?=(?:the\s+)?[A-Z]))", re.IGNORECASE)
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are|am)\s+(?:\w+ly\s+)?"
    r"(disclosed|confirmed|reported|announced|revealed|released|verified|stated|made public|shared|published"
    # a claim answered: "The findings were questioned by Ruth Ellison, a climate modeller ..."
    r"|questioned|disputed|challenged|contested|criticised|criticized|rejected|denied|dismissed"
    # a speaker told something: "I am informed by the Clerk, Mr. X, that the House sat for 61 days"
    r"|informed|notified)\s+by\s+",
    re.IGNORECASE,
)
_BACK_REFERENCE_RE = re.compile(
    r"^(?:this|that|these|those|the|such)\s+(?:\w+\s+)?(?:information|figures?|numbers?|estimates?|news|data|reports?|"
    r"details?|assessment|claims?|statements?|tally|toll|count|account)\b",
    re.IGNORECASE,
)
# "That warning came from <Name>", "Those words were from <Name>": an utterance noun (lexicon ``utterance_nouns``)
# under a demonstrative, then its source
_CAME_FROM_RE = re.compile(
    r"^\s*(?:this|that|these|those|the)\s+(?:\w+\s+)?(?P<noun>\w+)\s+(?:came|comes|was|were|is|are)\s+from\s+"
    # "Those were the words of <Name>", "That was the verdict of <Name>"
    r"|^\s*(?:this|that|these|those)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\w+\s+)?(?P<noun_of>\w+)\s+of\s+",
    re.IGNORECASE)
# Where the subject of a reporting verb can start.
_BOUNDARY_RE = re.compile(
    r"[,;:\"“”(—–]|\b(?:that|which|who|whom|whose|what|whether|if|and|but|while|whereas|because|as|when|where|so)\b",
    re.IGNORECASE,
)
_PASSIVE_AUX = {"is", "are", "was", "were", "been", "being", "be"}
# a verb inside the phrase after a reporting verb: it opens the reported clause, it names no speaker
_AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does)\b")
_RELATIVE = {"that", "which", "who", "whom", "whose", "what", "whether", "if", "because", "when", "where", "so", "as"}


# A quotation later in the same sentence, after the reporting clause ("As X said last week, "...").
_QUOTE_FOLLOWS_RE = re.compile(r"^[^\"“.;]{0,40},\s*[\"“]")
# The rest of a sentence-opening "As X reported" clause, up to its comma ("As X noted in its outlook this month, ...").
_AS_CLAUSE_END_RE = re.compile(r"^[^\"“.;,]{0,40},\s+\S")
_SUBORDINATE_START = re.compile(
    r"^(?:while|although|though|even though|if|when|as|because|since|whereas|unless)\b", re.IGNORECASE
)
_BETWEEN_WORDS = frozenset(
    """has have had also further later previously repeatedly then again earlier separately publicly officially
    recently already now once first last have has was were is are did does do would will could may might not n't
    never had been be just only initially reportedly privately subsequently formally told""".split()
)
_NEGATORS = {"not", "n't", "never", "no"}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
_TAIL_ADVERBIAL_RE = re.compile(
    r"^\s*(?:(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r")|in a (?:statement|briefing|press briefing|press conference|"
    r"post|report|note|interview)|last week|this week|on \w+|late \w+|earlier|later|then)?\s*(?:[,.;!?\"”)]|$)",
    re.IGNORECASE,
)


# verbs whose object after them is the listener: "..., told The Herald" names no speaker
# "..., told The Herald", "briefed the Council of Ministers on": the one after these verbs is who listens
_LISTENER_AFTER = frozenset(["tell", "brief", "inform", "update", "notify", "assure", "remind"])


# "have not reported any deaths": a negated report of "any" states that there were none
_ZERO_REPORT_RE = re.compile(r"\s+any\b", re.IGNORECASE)


_WORD_RE = re.compile(r"[A-Za-z]+")
_CUE_FIRST_WORDS = frozenset(form.split()[0] for form in CUE_LEMMA) | {"asks", "asked"}  # (_RELAYED_CUE_RE)
_SAYING_FIRST_WORDS = frozenset(form.split()[0] for form in _VERBS.present_participle)
# "to" right before the verb: an infinitive ("declined to comment", "plans to announce")
# "declined to comment": nothing is reported yet; "used to say" reports a habit, it is said
_INFINITIVE_RE = re.compile(r"(?<!\bused\s)\bto\s+(?:\w+ly\s+)?$")


def _introduces_quote(boundary: re.Match, after: str, before: str = "x") -> bool:
    """"As Professor X said last week, "...": an "as" clause whose quotation follows in the sentence; or one that
    opens the sentence and ends at a comma ("As Statistics Sweden reported last week, consumption fell ..."):
    the main clause is what X said."""
    if boundary.group().lower() != "as":
        return False
    return bool(_QUOTE_FOLLOWS_RE.match(after)) or (not before.strip() and bool(_AS_CLAUSE_END_RE.match(after)))


# Words after which a reporting verb's -s form is a plural noun: numbers and determiners ("six states",
# "these reports", "the claims").
_NOUN_DETERMINERS = frozenset("the these those its their our his her several many some other such both".split())


_PRONOUNS_BEFORE_VERB = frozenset("i we you he she it they who which that".split())
_VERB_AFTER_RE = re.compile(
    r"\s+(?:is|are|was|were|have|has|had|will|would|can|could|may|might|must|should|[a-z]{2,}ed)\b")


# "submitted felt reports", "has received reports": the -s form is the object of an active verb in -ed right before
# it (with at most one modifier between); after "was arrested" the -ed word is a passive ("who was arrested claims").
_OBJECT_OF_VERB_RE = re.compile(r"(?<!\S)(?P<aux>[a-z]+\s+)?[a-z]{3,}ed\s+(?:(?P<mod>[a-z]+)\s+)?$")
_NOT_MODIFIERS = frozenset(_WEEKDAYS) | {"ago", "earlier", "later", "again"}


def _object_of_verb(before: str) -> bool:
    m = _OBJECT_OF_VERB_RE.search(before)
    if m is None or (m.group("aux") or "").strip() in _PASSIVE_AUX:
        return False
    modifier = m.group("mod") or ""
    return not modifier.endswith("ly") and modifier not in _NOT_MODIFIERS


# "Trump is expected to ...", "214 cases have been confirmed": the subject of these verbs in the passive is what
# is reported, not who reports it.
_PASSIVE_NO_SPEAKER = frozenset(["expect", "report", "estimate", "believe", "confirm", "announce", "forecast",
                                 "predict", "project"])


def _reduced_relative(form: str, before: str) -> bool:
    """A participle right after a document or evidence noun ("a survey published today", "data released on
    Monday") describes the document; it reports nothing."""
    words = before.split()
    if not form.endswith("ed") or " " in form or not words:
        return False
    noun = words[-1].lower()
    if words[-1][:1].isupper() and _body_name_before(words[:-1]):
        return False  # "..., the Bureau of Statistics reported": a body's name ends on the noun
    return noun in lexicon("source_documents") or noun in lexicon("evidence_nouns")


MAX_NAME_WORDS_BEFORE_NOUN = 4


def _body_name_before(words: list[str]) -> bool:
    """The words before a capitalised document noun name a body ("Bureau of" before "Statistics"): among the last few
    capitalised words and connectors, a word of an institution's name (lexicon ``institution_words``)."""
    run = []
    for word in reversed(words[-MAX_NAME_WORDS_BEFORE_NOUN:]):
        if not (word[:1].isupper() or word.lower() in lexicon("name_connectors")):
            break
        run.append(word.lower())
    return not lexicon("institution_words").isdisjoint(run)


# "Cyber incidents reported by banks rose to 214": a participle, its agent, then the clause's own verb of level or
# change: the participle describes the subject and reports nothing
_LEVEL_VERB_AFTER_AGENT_RE = re.compile(
    r"\s+by\s+(?:[\w'’-]+\s+){1,6}?(?:rose|fell|reached|increased|decreased|declined|grew|totall?ed|stood|remained"
    r"|doubled|dropped|climbed|jumped|was|were|are|is|has|have|had)\b")


def _described_by_agent(form: str, after: str) -> bool:
    return form.endswith("ed") and " " not in form and _LEVEL_VERB_AFTER_AGENT_RE.match(after) is not None


# "of confirmed cases", "the reported deaths", "80 suspected cases": a participle between a preposition, a
# determiner or a number and the lower-case noun it describes
_ATTRIBUTIVE_BEFORE_RE = re.compile(r"(?:\b(?:of|the|all|new|more|fewer|with|among|for|\d[\d,.]*))\s+$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"\s+(?!that\b|by\b|on\b|in\b|to\b|at\b|as\b|it\b|this\b|the\b|a\b|an\b)[a-z][a-z-]+\b"
                            r"(?!\s+(?:that|by)\b)")


def _attributive_participle(form: str, before: str, after: str) -> bool:
    """"Health workers accounted for 80 percent of confirmed cases": a participle that describes the noun after it
    reports nothing."""
    return form.endswith("ed") and " " not in form and bool(_ATTRIBUTIVE_BEFORE_RE.search(before)) \
        and bool(_NOUN_AFTER_RE.match(after))


_COORDINATED_NAMES_RE = re.compile(r"\b[A-Z][\w'’\-]*,?\s+and\s+[A-Z][\w'’\-]*\s*$")
# "Ministry of", "Center for" before the pair, or before the name's other words ("Department of Disaster Prevention and
# Mitigation", "Ministry of Environment, Forestry and Tourism")
_NAME_OF_RE = re.compile(r"\b[A-Z][\w'’\-]*\s+(?:of|for)\s+(?:[A-Z][\w'’\-]*,?\s+){0,3}$")


_STATE_COMPOUNDS = lexicon("state_compounds")


# "Under EU rules,", "Under the Fiji Rugby Union rules,", "By FKF rules,": a clause opening with a preposition
_PREPOSITION_OPENS_RE = re.compile(
    r"^\s*(?:[Uu]nder|[Bb]y|[Ww]ith|[Ww]ithin|[Ii]n\s+line\s+with|[Aa]ccording\s+to)\s+\S")


def _is_plural_noun(form: str, before: str, after: str = "") -> bool:
    """"states" after "six" or "the", before a verb ("member states voted") or after an active verb ("submitted
    felt reports") is a noun; "says" never is (lemma forms that end in -s only)."""
    if " " in form or not form.endswith("s") or form.endswith(("ss", "ays")):
        return False
    if _object_of_verb(before):
        return True
    if re.match(r"\s+of\s", after) and before.strip():
        return True  # "Trade with member states of the Union accounted for ...": a noun its "of" phrase qualifies
    if _PREPOSITION_OPENS_RE.match(before) and re.match(r"\s*,", after):
        return True  # "Under EU rules, passengers are entitled ...": the object of a preposition, before its comma
    coordinated = _COORDINATED_NAMES_RE.search(before)
    if coordinated and not _NAME_OF_RE.search(before, 0, coordinated.start()):
        # "Ondo, Edo and Ebonyi states": two subjects would "state", so "states" is their noun; not "the Center
        # for Hydrology and Meteorology reports", whose pair closes one body's name
        return True
    written = before.rsplit(None, 1)[-1] if before.strip() else ""
    previous = written.lower()
    if form.lower() == "states" and previous in _STATE_COMPOUNDS:
        return True  # "member states spend less ...", "island states": a compound noun
    if _VERB_AFTER_RE.match(after) and written.isalpha() and written.islower() \
            and previous not in _PRONOUNS_BEFORE_VERB:
        return True  # "member states voted": a common noun before it, a verb after it
    return bool(previous) and (previous[0].isdigit() or previous in lexicon("number_words")
                               or previous in _NOUN_DETERMINERS)


def _lemma_of_participle(word: str) -> str:
    w = word.lower()
    return CUE_LEMMA.get(w) or {
        "released": "release",
        "made public": "disclose",
        "shared": "share",
        "published": "publish",
        "questioned": "question",
        "challenged": "challenge",
        "contested": "contest",
        "criticised": "criticise",
        "criticized": "criticize",
    }.get(w, w)
