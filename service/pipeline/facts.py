"""Fact extraction: which sentences of an article are checkable claims, and what they contain.

A fact is normally one whole passage (sentence). A passage becomes a fact when it

  * is not chrome: a sign-off ("This story is being updated.", "X contributed reporting."), a
    credit or navigation line, a photo caption, a question, or a heading (no final punctuation
    and title case or very short), and
  * is not procedural: a greeting, thanks or floor management ("Thank you, Madam President.",
    "Good morning, everyone.", "I'll now take your questions."; lexicons ``procedural_openers`` and
    ``procedural_phrases``), and
  * makes a claim: a quantity, an attribution, or an asserted event or state (a finite verb). A
    sentence that names no entity and no speaker must be a full statement (final punctuation, a few
    words) with a figure, or a finite verb and no conversational opening ("You can see ...", "Let me
    ..."): "Retail trade lost 28,000 jobs.", "Wheat prices rose for a third week." are facts.

Who speaks comes from the sentence first (a reporting clause, "according to", a quotation opened
earlier) and otherwise from the document (``discourse.Discourse``): the speaker of a transcript turn,
the author of a statement, the issuing body of a release or readout. Such statements are the
speaker's own words ("I", "we", "our" included) and count as direct speech. Sentences of question and
moderator turns are never facts.

A passage that only says who said the previous one ("This information was disclosed by a US State
Department spokesperson.") is not a fact of its own: its attribution moves to the previous fact.

``score`` (check-worthiness, 0..1) is
    0.40
  + 0.20 if the fact has a quantity
  + 0.15 if it is attributed to a named speaker (0.10 for an anonymous one)
  + 0.05 per distinct entity, at most three
  + 0.05 if it is a direct quotation
  - 0.10 if it is hedged
clamped to [0, 1] and rounded to three decimals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .attribution import Attributor, _double_quoted, _measured_by_kind
from .attribution.cues import _AUXILIARY_RE
from .attribution.resolve import OWNED_ROLE_RE
from .cleaning import is_chrome_line
from .currency import page_dollar, resolve_shared_currencies
from .discourse import Discourse, Speaker
from .entities import (
    ROLE_HEADS, ArticleEntities, Gazetteer, PersonInfo, find_entities, generic_body, is_indicator_acronym,
)
from .interview import Answers
from .issuer import abbreviates, is_institution, without_country
from .models import Attribution, DocumentKind, EntityMention, Fact, Passage
from .language import (
    CAPS_DATELINE_RE, announces_text, function_word_counts, letter_words, lexicon, lexicon_pairs, name_words_for,
    phrase_pattern, shouted_field,
)
from .modality import is_hedged, is_negated
from .quantities import declared_dollar, find_quantities, in_declared_dollar, in_page_peso, page_peso, publisher_dollar
from .verbs import finite_alternation, reporting_verbs, single_word_finite_forms

__all__ = ["EXTRACTOR_VERSION", "FactExtractor", "is_hedged", "is_negated", "is_procedural"]

EXTRACTOR_VERSION = "1.4.495"

_FINITE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|been|"
    r"remains?|became|becomes?|[a-z]{2,}(?:ed|es))\b|\b[a-z]{3,}s\b",
)
# A sentence that ends like one and has a few words asserts something even when its verb is
# irregular ("NATO met on Friday.", "Prices rose in Canada.").
_MIN_STATEMENT_WORDS = 4
# Sign-offs and credits, matched at the start of a sentence ...
_BOILERPLATE_START_RE = re.compile(
    r"(?:this|the) (?:story|article|report|post|page|live blog) (?:is being|has been|was|will be|is) "
    r"(?:updated|developing|corrected|produced|made possible|supported|funded|originally published|translated)"
    r"|(?:additional )?(?:reporting|writing|editing|research|translation|compiled) (?:by|from)\b"
    r"|(?:photo|image|picture|credit|video|file photo|source|caption|copyright)\s*[:/|]",
    re.IGNORECASE,
)
# ... and anywhere in it.
_BOILERPLATE_RE = re.compile(
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b"
    r"|\ball rights reserved\b|©|\(c\) \d{4}|\b[\w.+-]+@[\w-]+\.[\w.]+\b|https?://|www\.|\b(?:photo )?credits?:",
    re.IGNORECASE,
)
_BOILERPLATE_HINTS = ("contributed", "rights reserved", "©", "(c)", "@", "http", "www.", "credit")
# Calls to action; only short lines, so "Follow-up talks are planned for May." stays a sentence.
_NAVIGATION_RE = re.compile(
    r"^(?:read|click|tap|subscribe|sign (?:up|in)|log in|follow|share|download|watch|listen|continue reading|"
    r"advertisement|related|see also|more from|recommended)\b",
    re.IGNORECASE,
)
# A release's calendar ("The final results for December will be published on 17 January.") and a pointer to where
# the rest of it is ("The full report is available in the Publications section."): no findings of the release.
MAX_SCHEDULED_SUBJECT_CHARS = 80
# ("Results for Season B 2027 will be released in December 2027.")
_RELEASE_CALENDAR_RE = re.compile(
    r"^(?:the\s+)?(?:(?:final|revised|detailed|full|complete)\s+|(?:results|figures|data|estimates)\s+(?:for|of|on)\s+)"
    r"[^.;]{0,%d}?\s*will\s+be\s+(?:published|released|issued|available)\s+(?:on|at|in|from)\b"
    % MAX_SCHEDULED_SUBJECT_CHARS, re.IGNORECASE)
# "Next bulletin (Quarter III 2027): 15 November 2027.", "Boletín tuir mai / Próximo boletim: 15 Novembru 2027.": a
# field giving the date of the next publication, in the languages of the sites
_NEXT_FIELD_RE = re.compile(
    r"^(?:[^:/]{1,40}/\s*)?(?:next|upcoming|próxim[oa]|prochaine?|nächste[rs]?|prossim[oa]|volgende|neste|nästa)\s+"
    r"(?:(?!\b(?:will|would|is|are|was|were|has|have)\b)[^:]){1,60}:\s*[^:]{0,40}\b(?:19|20)\d\d\.?$", re.IGNORECASE)
_POINTER_RE = re.compile(
    r"\b(?:is|are)\s+available\s+(?:in|on|at|from)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:section|website|web\s+site|page|site|portal)\b", re.IGNORECASE)
# "Columns: index November 2024, change from previous month ...": the legend of a table, which restates no finding
_TABLE_LEGEND_RE = re.compile(r"(?i:columns|rows|legend)\s*:\s")


def _table_fragment(fact: Fact, text: str) -> bool:
    """A piece of a table's header cut at an abbreviation's full stop ("Category Sept."): a few words with no verb,
    no figure and no name, which a release's default speaker would otherwise be given."""
    return not fact.quantities and not fact.entities and len(text.split()) < _MIN_STATEMENT_WORDS \
        and not _FINITE_VERB_RE.search(text)


MAX_SIGNATURE_WORDS = 10  # "Department of Monetary Policy, Bank of the Lao P.D.R."
_SIGNATURE_CONNECTORS = frozenset("of and the for de".split())


def _signature_line(fact: Fact, text: str) -> bool:
    """A signature block's line ("CLAIRE DENNIS S. MAPA, Ph.D.", "National Statistician and Civil Registrar
    General"): capitalised words only, a name or a title, with no verb and no figure."""
    words = [w.strip(",.;:()") for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and len(words) <= MAX_SIGNATURE_WORDS and not fact.quantities \
        and not _FINITE_VERB_RE.search(text) \
        and all(w[0].isupper() or w.lower() in _SIGNATURE_CONNECTORS for w in words)


# "MODERATOR — Aizhan K. Kurmanbekova, head of the press service": a cast list's line (a label, then a name and its
# role), no sentence
_NAME_ROLE_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Z'’\-]+[ \t]*[—–:][ \t]*)?(?:[A-Z][\w.'’\-]*[ \t]+){1,4}[A-Z][\w'’\-]+,[ \t]+(?P<role>[a-z][\w\-]*)\b"
    r"[^.!?;]*$"
)


def _name_and_role_line(fact: Fact, text: str) -> bool:
    """A line that only names a person and their role (a role head of lexicon ``role_heads`` after the comma), with
    no figure: who takes part, no statement."""
    m = _NAME_ROLE_LINE_RE.match(text.strip())
    return m is not None and not fact.quantities and m.group("role") in ROLE_HEADS


_CAPTION_RE = re.compile(
    r",\s+(?:left|right|center|centre|second (?:left|right)|from left|top|bottom|foreground|background),"
    r"|\((?:L|R|C|left|right|center|centre)\)"
    r"|\s/\s*(?:AP|AFP|Reuters|Getty|EPA|Yonhap|[A-Z][\w ]{0,30}(?:Photo|Images|News|Press))\b"
    r"|^(?:an? )?(?:aerial )?(?:view|photo|picture|image|file photo) of\b"
    r"|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$"
    r"|\b(?:pictured|seen here)\b"
    r"|^(?i:figure|fig\.|chart|graph|map|table|image|photo)\s+\d+[a-z]?\s*[:.–—-]"  # "Figure 1: Map of ..."
)
_TERMINAL_RE = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")
# A clause of a list ("- employment increased by 16,000 people;"): it ends with a semicolon, or opens in lower case
# with a figure in it. Headings do neither.
_LIST_CLAUSE_RE = re.compile(r".*;\s*$|[a-z][^\n]*\d", re.DOTALL)
# A footnote ("¹ Based on ...", "(b) Persons aged 15 and over.", "* Provisional"): a fact only with a verb of its own.
_FOOTNOTE_MARK_RE = re.compile(r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|\([a-z]\))\s")
# "[Note: the minister spoke in Spanish.]", "[Interpreter's note: ... inaudible.]": a sentence wholly in square
# brackets is the editor's or transcriber's insertion into what was said, never a fact
_EDITORIAL_NOTE_RE = re.compile(r"^\[[^\[\]]+\][.]?$")
# "Participants: Ana Ruiz, Minister of ...; moderator: ...": a transcript's credits line (a heading of its speaker
# key, lexicon ``speaker_key_headings``, then the people), never a fact
_CREDITS_RE = re.compile(r"^(?P<field>[A-Za-z][A-Za-z' ]{0,24}):\s")
_NOTE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
    r"(?:include|exclude|refer|relate|cover|show|mean|reflect|contain)(?:s|d|ed)?)\b", re.IGNORECASE
)
_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by from as vs via into over".split())


MIN_FORM_FIELD_WORDS = 2  # "VOLCANIC CLOUD HEIGHT: ...", not a one-word kicker ("UPDATE: Police said ...")


def _form_field(text: str) -> bool:
    """"VOLCANIC CLOUD HEIGHT: Best estimate of ash-cloud top is around 14055 FT": a form's field (a shouted name of
    two words or more, its value with no full stop), as a notice the page quotes lists them, never a sentence."""
    field = shouted_field(text)
    return field is not None and len(field.split()) >= MIN_FORM_FIELD_WORDS and not _TERMINAL_RE.search(text)


# "Table 1.", "Chart 2:", "Figure 3": an exhibit's label on a line of its own, its title on the next
_EXHIBIT_LABEL_RE = re.compile(r"^(?:Table|Chart|Figure|Graph|Map|Exhibit)\s+\d+[.:]?$", re.I)


def _is_heading(text: str) -> bool:
    if _TERMINAL_RE.search(text) or _LIST_CLAUSE_RE.match(text):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) <= 8:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return bool(content) and capitalised / len(content) >= 0.7


_WORD_RE = re.compile(r"[a-z]+")
# Forms of address after a greeting: "Madam President,", "everyone.", "Sabrina."
_VOCATIVE_RE = re.compile(
    r"^(?:(?:everyone|everybody|all|folks|colleagues|friends)\b|(?:[A-Z][\w.'’-]*\s*){1,4}(?=[,.!]|$))[,.!]?\s*"
)
# Sentences opening with a pronoun of the conversation ("You can see ...", "Let's ...") state no checkable
# fact unless a speaker stands behind them.
_PERSONAL_OPENERS = frozenset("you i we let let's lets please imagine consider think".split())


MAX_NOTE_WORDS = 12  # "Recorded on the ministry's Facebook and YouTube pages."
# "1. The delegation of Tajikistan thanks the Head of ...", "My delegation wishes to thank ...": a statement's thanks
_DELEGATION_THANKS_RE = re.compile(
    r"^(?:\d+\.\s*)?(?i:the|my|our)\s+delegation(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s+"
    r"(?:thanks|would like to thank|wishes to thank|expresses its (?:gratitude|appreciation))\b")


def _is_page_note(text: str) -> bool:
    """A short note on how the page was made ("Transcript prepared by the Press Service."; lexicon
    ``production_notes``), a delegation's thanks ("The delegation of X thanks the Head of ..."), or a line that is
    chrome by itself (a link to a file, a pager, the licence of the page's content: ``cleaning.is_chrome_line``)."""
    if _DELEGATION_THANKS_RE.match(text) or is_chrome_line(text):
        return True
    return len(text.split()) <= MAX_NOTE_WORDS and phrase_pattern("production_notes").match(text) is not None


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower()))


def _is_credits_line(text: str) -> bool:
    match = _CREDITS_RE.match(text)
    return match is not None and " ".join(match.group("field").lower().split()) in lexicon("speaker_key_headings")


# "The next MPC meeting is scheduled for 15th to 17th September", "The next situation report will be issued on 14
# January at 12:00": when the publisher's next meeting or publication comes, not a claim
MAX_SCHEDULED_WORDS = 5
_SCHEDULE_RE = re.compile(
    r"^(?:\d+\.\s*)?(?:the\s+)?next\s+(?:[\w'’-]+\s+){0,%d}(?:meeting|briefing|report|release|statement|update|"
    r"bulletin|stance|announcement|conference|session|edition|issue|publication|review|summary|outlook|date|decision)s?"
    r"(?:,[^,.;]{1,40},|\s+for\s+(?:[\w'’-]+\s+){0,%d}?[\w'’-]+)?\s+"
    r"(?:will\s+be|is|are)\s+(?:scheduled|due|to\s+be\s+)?\s*"
    r"(?:held|issued|published|released|announced|scheduled|due|posted)?\s*(?:(?:on|for|in|at|by)\b|"
    r"(?-i:[A-Z])[a-z]+\s+\d|\d)"
    % (MAX_SCHEDULED_WORDS, MAX_SCHEDULED_WORDS), re.IGNORECASE)
# "PSA will release the results of the March 2025 Labor Force Survey on 8 May 2025", "The Bank will publish its next
# full outlook ... on January 29": when a body publishes its next figures
_PUBLICATION_DATE_RE = re.compile(
    r"^(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}\s+will\s+(?:publish|release|issue|announce)\s+"
    r"(?:its|the|their)\s+(?:next\s+)?(?:[\w'’-]+\s+){0,3}?(?:results|data|figures|report|outlook|release|"
    r"estimates?|update|bulletin|statement|decision)\b[^.;]{0,80}?\b(?:on|in)\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d)")


MIN_FOREIGN_ACCENTED_WORDS = 2  # words with letters outside English ("Góðu", "føroyingar") that mark another language


def _in_another_language(text: str) -> bool:
    """A sentence with no English stop word that holds another Latin-script language's function words or several
    words spelled with letters English does not use."""
    words = letter_words(text)
    english, other = function_word_counts(words)
    if not words or english:
        return False
    return other > 0 or sum(any(not c.isascii() for c in w) for w in words) >= MIN_FOREIGN_ACCENTED_WORDS


def is_procedural(text: str) -> bool:
    """Greetings, thanks and floor management ("Thank you, Madam President.", "I'll now take your questions."), and
    when the next meeting or publication comes."""
    if phrase_pattern("procedural_phrases").search(text) or announces_text(text):
        return True
    if _SCHEDULE_RE.match(text) or _PUBLICATION_DATE_RE.match(text) or _NEXT_FIELD_RE.match(text.strip()):
        return True
    if _is_agenda_item(text):
        return True
    text = _without_addressees(text)  # "Distinguished guests, ladies and gentlemen, good morning."
    opener = phrase_pattern("procedural_openers").match(text)
    if opener is None:
        return False
    rest = text[opener.end():]
    if _WELCOME_TO_RE.match(text):
        return True  # "welcome to Gdańsk.", "welcome to the conference!"
    if _TOPIC_AFTER_OPENER_RE.match(rest):
        return True  # "Let me now turn to housing.", "Mr Speaker, let me turn to our hospital."
    # "Good morning everyone.", "Good afternoon and welcome ...": the greeting goes on to the room
    if not re.match(r"\s*(?:[,.!;:—–-]|$|(?:and|everyone|everybody|all|a\s+tod[oa]s|à\s+tous)\b)", rest, re.IGNORECASE):
        return _greeting_goes_on(rest)  # "Thanks to the new vaccine, ..." opens a claim
    rest = _VOCATIVE_RE.sub("", _without_addressees(rest.lstrip(" ,.!;:—–-")), count=1)
    rest = re.sub(r"^(?:and|but|so)\s+", "", rest.strip(), flags=re.IGNORECASE)
    return len(rest.split()) < _MIN_STATEMENT_WORDS or is_procedural(rest) or _greeting_goes_on(rest)


def _greeting_goes_on(rest: str) -> bool:
    """"Magandang umaga po sa ating lahat", "Thank you, Director, sa enerhiya naman po": a greeting or a hand-over
    goes on in another language, with no figure in it."""
    return not any(c.isdigit() for c in rest) and _in_another_language(rest)


MAX_AGENDA_TOPIC_WORDS = 8  # "on the situation of Indonesian fishermen in Australia."
_AGENDA_TOPIC_RE = re.compile(
    r",?\s+(?:on|regarding|concerning|as regards|turning to|as for|with)\s+"
    r"(?P<topic>(?:[\w'’-]+\s+){0,%d}[\w'’-]+)\s*[.:]$"
    % (MAX_AGENDA_TOPIC_WORDS - 1), re.IGNORECASE)
_AUXILIARY_OR_PAST_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|[a-z]{2,}ed)\b", re.I)


# "... to housing.", "... now to what we are doing.": the topic a speaker's opener ("Let me turn") turns to
_TOPIC_AFTER_OPENER_RE = re.compile(r"^\s*(?:now\s+)?to\s+(?:[\w'’-]+\s+){0,%d}[\w'’-]+\s*[.:]$"
                                    % (MAX_AGENDA_TOPIC_WORDS - 1), re.IGNORECASE)
# "Now to consular matters.", "Moving on to the budget.": a briefer turns to the next topic
_TURN_TO_TOPIC_RE = re.compile(r"^(?:(?:and\s+)?now|next|moving\s+on|turning)\s*,?\s+(?:to|on)\s+(?:[\w'’-]+\s+){0,%d}"
                               r"[\w'’-]+\s*[.:]$" % (MAX_AGENDA_TOPIC_WORDS - 1), re.IGNORECASE)


def _is_agenda_item(text: str) -> bool:
    """"First, on the protection of citizens.", "Next, regarding the summit.": a briefer names the topic of what
    follows (lexicon ``agenda_openers``), and the line states nothing itself."""
    if _TURN_TO_TOPIC_RE.match(text) and not _AUXILIARY_OR_PAST_RE.search(text):
        return True
    opener = phrase_pattern("agenda_openers").match(text)
    topic = _AGENDA_TOPIC_RE.fullmatch(text, opener.end()) if opener else None
    return topic is not None and not _AUXILIARY_OR_PAST_RE.search(topic.group("topic"))


MAX_ADDRESSEE_WORDS = 4  # "distinguished guests", "my dear fellow citizens"
MAX_WELCOME_WORDS = 4  # "welcome to the Baltic Ports Conference."
_WELCOME_TO_RE = re.compile(r"(?i:welcome)\s+to\s+(?:[\w'’-]+\s+){0,%d}[\w'’-]+\s*[.!]?\s*$" % (MAX_WELCOME_WORDS - 1))


def _without_addressees(rest: str) -> str:
    """``rest`` without the vocatives that open it ("distinguished guests, dear colleagues, good evening" ->
    "good evening"): comma-ended phrases of a few words ending in a noun that addresses the audience."""
    while True:
        head, comma, tail = rest.partition(",")
        words = head.lower().split()
        if not comma or not words or len(words) > MAX_ADDRESSEE_WORDS or words[-1] not in lexicon("addressee_nouns"):
            return rest
        rest = tail.lstrip()


# What may come before an appeal: a field label ("Methodology:") and a condition ("If you were on the flight,").
_APPEAL_LABEL_RE = re.compile(r"^[A-Z][\w ]{0,30}:\s+")
MAX_APPEAL_CONDITION_CHARS = 120
_APPEAL_CONDITION_RE = re.compile(
    r"^(?:if|when|whenever|before|after|once|until|for (?:more|further) (?:information|details))\b[^,;]{0,%d},\s*"
    % MAX_APPEAL_CONDITION_CHARS, re.IGNORECASE)


# "People living near the river should ...", "Anyone with a sudden fever, severe headache or bleeding should ...":
# the group and what describes it, symptoms listed included
MAX_ADVISED_GROUP_WORDS = 10
_ADVICE_RE = re.compile(r"\s+(?:\S+\s+){0,%d}?(?:(?P<should>should)|are (?:asked|advised|urged|encouraged|reminded) to)"
                        r"\s" % MAX_ADVISED_GROUP_WORDS, re.IGNORECASE)


def _is_appeal(text: str) -> bool:
    """A request to the reader or the audience ("Please stay away from the piers.", "If you were on the flight,
    please call ...", "Methodology: see the metadata page."; lexicon ``appeal_openers``)."""
    rest = _APPEAL_CONDITION_RE.sub("", _APPEAL_LABEL_RE.sub("", text, count=1), count=1)
    if phrase_pattern("appeal_openers").match(rest) is not None:
        return True
    return False


def _is_advice(text: str) -> bool:
    """Advice to the public (lexicon ``advised_groups``): "Residents are asked to remove standing water.", or
    "should" with an instruction ("People should check the latest warnings."; lexicon ``advice_verbs``)."""
    group = phrase_pattern("advised_groups").match(text)
    advice = _ADVICE_RE.match(text, group.end()) if group is not None else None
    if advice is None:
        return False
    return not advice.group("should") or phrase_pattern("advice_verbs").match(text, advice.end()) is not None


def _is_instruction(text: str) -> bool:
    """Advice whose verb tells the public what to do ("Farmers who notice damage should call the hotline on 1545."):
    no fact even with a number in it, which is a telephone number or a page, not a figure the advice states."""
    group = phrase_pattern("advised_groups").match(text)
    advice = _ADVICE_RE.match(text, group.end()) if group is not None else None
    return advice is not None and bool(advice.group("should")) \
        and phrase_pattern("advice_verbs").match(text, advice.end()) is not None


def _asserts_unnamed(fact: Fact, text: str) -> bool:
    """A sentence that names nobody is a fact when it asserts something checkable: a figure, or an event or
    state stated in the third person ("Retail trade lost jobs.", "Prices rose in March.")."""
    if fact.quantities:
        return True
    if not _FINITE_VERB_RE.search(text):
        return False
    first = _WORD_RE.search(text.lower())
    return first is not None and first.group() not in _PERSONAL_OPENERS


def _score(fact: Fact) -> float:
    score = 0.40
    if fact.quantities:
        score += 0.20
    if fact.attribution is not None:
        score += 0.10 if fact.attribution.anonymous or not fact.attribution.speaker else 0.15
        if fact.attribution.direct:
            score += 0.05
    score += 0.05 * min(len({m.name for m in fact.entities}), 3)
    if fact.hedged:
        score -= 0.10
    return round(min(1.0, max(0.0, score)), 3)


# A reporting clause whose subject is not the speaker ("The health authority said that ...", "..., the
# minister said."): even when the attribution rules cannot name that source, the statement is not the default
# speaker's own. Only clear clause forms count, so "health care added 48,000 jobs" is no reporting clause.
_REPORTING_RE = re.compile(
    r"\b(?P<subject>\w+)\s+(?:(?:\w+ly|also|again|already|then|later|earlier)\s+)?"  # "We also announced that"
    r"(?P<verb>said|says|told\s+\w+|stated|states(?=\s+that\b)|reported|warned|claimed|confirmed|announced|added)(?:\s+on\s+\w+)?(?:\s+that\b|\s*[,.]?$)"
    r"|,\s+(?:said|says|added)\s+(?P<inverted>\w+)"
    r"|\baccording to\b",
    re.IGNORECASE,
)
_OWN_SUBJECTS = frozenset("i we as".split())  # "as I said", "we announced that": the speaker's own words
# "... were reported.", "... has been confirmed": a passive, nobody else is reporting
_AUXILIARIES = frozenset("is are was were be been being has have had".split())


# "My Government", "our ministry", "Our national statistics office"
_FIRST_PERSON_BODY_RE = re.compile(r"(?:my|our)\s+(?:[a-z]+\s+){0,2}(?P<head>[A-Za-z]+)$", re.IGNORECASE)


def _first_person_body(name: str) -> bool:
    """A body the speaker calls their own ("My Government"), not people ("our critics", "our colleagues")."""
    m = _FIRST_PERSON_BODY_RE.match(name)
    return m is not None and m.group("head").lower() in lexicon("group_organisations")


_FIRST_PERSON_SOURCE_RE = re.compile(r"\s+(?:our|my)\s+(?:[a-z]+\s+)?(?:information|data|estimates?|figures|records|"
                                     r"assessment|calculations|understanding|knowledge|analysis|monitoring|count)\b",
                                     re.IGNORECASE)


def _reports_another(text: str, speaker: Speaker) -> bool:
    own = _OWN_SUBJECTS | (lexicon("institution_words") if speaker.speaker_type == "ORG" else frozenset())
    for m in _REPORTING_RE.finditer(text.rstrip(" \"”’'")):
        if m.group().lower() == "according to" and _cites_evidence(text[m.end():]):
            continue  # "according to recent indicators": evidence the speaker cites, not another speaker
        if m.group().lower() == "according to" and _names_speaker(text[m.end():], speaker, own):
            continue  # "according to NIWA's seasonal outlook" in NIWA's release: the speaker's own words
        if m.group().lower() == "according to" and _FIRST_PERSON_SOURCE_RE.match(text, m.end()):
            continue  # "According to our information, ...": what the speaker knows
        subject = (m.group("subject") or m.group("inverted") or "").lower()
        if subject[:1].isdigit() or subject in lexicon("number_words") or subject in _AUXILIARIES:
            continue  # "... across six states.": a counted noun, not a reporting verb; "cases were reported."
        if (m.group("verb") or "x")[0].isupper():
            continue  # "... from 19 Member States.": a capitalised word inside a sentence is a name, not a verb
        if subject not in own:
            return True
    return False


_POSSESSIVE_END_RE = re.compile(r"['’]s?$")


def _names_speaker(rest: str, speaker: Speaker, own: frozenset[str]) -> bool:
    """True when what follows "according to" is the speaker itself, by name, by the acronym of its name or as an
    institution word ("the Bureau"), perhaps in the possessive before what it published ("NIWA's outlook") or after
    it ("the index of Statistics Austria")."""
    words = re.findall(r"[\w'’.&-]+", rest)
    words = words[1:] if words[:1] and words[0].lower() == "the" else words
    if not words:
        return False
    first = _POSSESSIVE_END_RE.sub("", words[0])
    if first.lower() in own:
        return True
    for name in {speaker.name, speaker.organization} - {None}:
        size = len(name.split())
        said = " ".join(words[:size - 1] + [_POSSESSIVE_END_RE.sub("", words[size - 1])] if len(words) >= size
                        else words)
        if said.lower() == name.lower() or (first.isupper() and abbreviates(first, name)):
            return True
        # "according to the House Price Index (HPI) of Statistics Austria": what the speaker itself publishes
        if re.match(rf"\s*(?:the\s+)?(?:[\w()'’-]+\s+){{0,6}}?(?:of|by|from)\s+(?:the\s+)?{re.escape(name)}\b", rest):
            return True
    return False


def _named_above(discourse: Discourse | None) -> list[PersonInfo]:
    """The people the heading names with their roles, for "the Spokesperson said" and "Mr. X said" below it."""
    if discourse is None:
        return []
    return [PersonInfo(s.name, role=s.role, organization=s.organization) for s in discourse.heading_people]


def _principal(discourse: Discourse | None, entities: ArticleEntities, opening: str = "") -> str | None:
    """The person a readout is about: the first person it names ("President X spoke with ..."), unless it opens
    with its principal's bare role ("The Prime Minister spoke to <Name>, ..."): then the first name is the other
    party's, and the principal goes unnamed."""
    if discourse is None or discourse.kind != DocumentKind.READOUT or _bare_role(opening):
        return None
    return next((m.name for m in entities.mentions if m.type == "PERSON"), None)


# "The Prime Minister spoke to ...", "The Foreign Minister met ...": a sentence that opens with a bare role
_BARE_ROLE_OPENING_RE = re.compile(r"^\s*The\s+(?P<role>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z]")


# "The Prime Minister of Tonga, Hon. Dr. Siaosi Lātū, held ...": the role, then its holder named in apposition
# ("The President of the Union of the Comoros, H.E. Mr. ...": a state's name with an article inside it)
_ROLE_THEN_HOLDER_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)?,\s+[A-Z]")


def _bare_role(opening: str) -> str | None:
    m = _BARE_ROLE_OPENING_RE.match(opening)
    if m is None or m.group("role").split()[-1].lower() not in ROLE_HEADS \
            or _ROLE_THEN_HOLDER_RE.match(opening, m.end("role")):
        return None
    return m.group("role")


def _unnamed_principal(discourse: Discourse | None, opening: str) -> tuple[str, str] | None:
    """A readout whose principal goes unnamed ("The Prime Minister spoke to ..."): their bare role and the office
    that issues the readout, which speaks for them ("The Prime Minister noted ..." is the office's)."""
    role = _bare_role(opening)
    if discourse is None or discourse.kind != DocumentKind.READOUT or role is None or not discourse.own:
        return None
    return role, discourse.own[0]


_NAMES_PREVIOUS = "names previous"  # a passage that names the speaker of the quotation before it, and narrates
_QUOTE_OPENERS = "\"“"


MIN_NAMED_WORDS = 2  # "Le Thi Hoa": a full name, not a surname that could be anyone's


def _quotation_named_below(quoted: Fact, below: Fact, mentions: list, start: int) -> None:
    """A quotation standing alone in its paragraph, with no speaker of its own, followed by a paragraph that opens
    with a person's full name ("Le Thi Hoa, who grows coffee ..., said she ...", "Ana Lopes, 74, had lived ..."):
    the quotation is that person's."""
    if not _WHOLE_QUOTATION_RE.fullmatch(quoted.text):
        return
    a = quoted.attribution
    if a is not None and (a.speaker_type == "PERSON" or a.anonymous or a.cue):
        return  # a speaker the quotation's own paragraph gave it
    person = next((m for m in mentions if m.start == start and m.type == "PERSON"), None)
    if person is None or len(person.name.split()) < MIN_NAMED_WORDS or person.mention.strip() != person.name:
        return
    said = below.attribution
    if said is not None and said.speaker not in (person.name, None) and said.speaker_type == "PERSON":
        return  # the paragraph below reports someone else
    quoted.attribution = Attribution(speaker=person.name, speaker_type="PERSON", direct=True)
    quoted.score = _score(quoted)


_WHOLE_QUOTATION_RE = re.compile(r"\s*[\"“][^\"“”]{8,}[\"”]\s*")


def _name_quotation(facts: list[Fact], attribution: Attribution | None) -> None:
    """Give ``attribution`` to the unattributed quotation that ends the facts so far: the last fact, and before it
    the facts of consecutive passages that lie inside a quotation (one that runs over paragraphs, which opens each
    with a quotation mark and closes only the last), back to the first outside one or with a speaker."""
    run: list[int] = []  # the unattributed facts of consecutive passages that end the facts, latest first
    for index in range(len(facts) - 1, -1, -1):
        fact = facts[index]
        if fact.attribution is not None:
            break
        later = facts[run[-1]].passage_index if run else None
        if run and (fact.passage_index is None or later is None or fact.passage_index != later - 1):
            break
        run.append(index)
    inside, state = {}, False
    for index in reversed(run):
        text = facts[index].text.strip()
        inside[index] = state or text[:1] in _QUOTE_OPENERS
        state = _quote_open_after(text, state)
    for position, index in enumerate(run):
        if position and not inside[index]:
            break
        facts[index].attribution = attribution
        facts[index].score = _score(facts[index])


class _OpenQuotation:
    """A quotation that opens in one sentence and closes in a later one of its paragraph that names its speaker
    ("'The war has ... world. More than 12 million ... homes,' said the Minister"): the sentences before, which no
    clause of their own attributes, are the speaker's too."""

    def __init__(self, text: str):
        self.text = text
        self.open = False  # a quotation is open at the end of the passage read last
        self.index: int | None = None  # the passage read last
        self.end = 0  # where the passage read last ends
        self.held: list[Fact] = []  # facts inside the open quotation, with no speaker of their own
        self.own = False  # the passage read last had no attribution of its own

    def read(self, passage: Passage, attribution: Attribution | None) -> None:
        """Read the next passage and its own attribution: a person's clause in a passage that the open quotation
        runs into names the held facts' speaker."""
        inside = self.open and self.index == passage.index - 1 and "\n" not in self.text[self.end:passage.start]
        if not inside:
            self.held = []
        if inside and self.held and attribution is not None and attribution.speaker_type == "PERSON" \
                and not attribution.anonymous:
            for fact in self.held:
                fact.attribution = replace(attribution, direct=True)
                fact.score = _score(fact)
            self.held = []
        self.open = _quote_open_after(_double_quoted(passage.text), inside)
        self.index, self.end = passage.index, passage.end
        self.own = attribution is None

    def hold(self, fact: Fact) -> None:
        """Hold a fact of the passage read last while its quotation stays open and nothing attributed it."""
        if self.open and self.own:
            self.held.append(fact)


def _quote_open_after(text: str, open_: bool) -> bool:
    """Whether a quotation is still open at the end of ``text``, given whether one was open at its start."""
    for char in text:
        if char == "“":
            open_ = True
        elif char == "”":
            open_ = False
        elif char == '"':
            open_ = not open_
    return open_


MAX_EVIDENCE_WORDS = 3  # "according to the latest monthly estimates"


def _cites_evidence(rest: str) -> bool:
    """True when "according to" is followed by evidence ("recent indicators", "preliminary data"), named by no
    capitalised word other than an indicator's acronym ("according to the CPIF") or than a kind of measurement
    ("according to continuous GPS and tilt data")."""
    if _measured_by_kind(rest):
        return True
    words = re.findall(r"[\w'’-]+", rest)[:MAX_EVIDENCE_WORDS + 1]
    for word in words:
        if is_indicator_acronym(word):
            return True
        if word[0].isupper():
            return False
        if word.lower() in lexicon("evidence_nouns"):
            return True
    return False


def _issuers(discourse: Discourse | None) -> tuple[str, ...]:
    """The names of the body that issues a release, which "the agency", "the Authority" or "the Office" stand for."""
    if discourse is None or discourse.kind != DocumentKind.RELEASE or discourse.default_speaker is None \
            or discourse.default_speaker.speaker_type != "ORG":
        return ()
    speaker = discourse.default_speaker
    return tuple(dict.fromkeys(filter(None, (speaker.name, speaker.organization))))


def _publishers(discourse: Discourse | None) -> tuple[str, ...]:
    """The names the page gives its publisher and issuing body (site lines, source, the release's issuer)."""
    if discourse is None:
        return ()
    issuer = discourse.default_speaker.organization if discourse.default_speaker is not None else None
    return tuple(dict.fromkeys(filter(None, (*discourse.own, issuer))))


# "the Federal Statistical Office (Destatis)": a name, then the short form the page gives it in brackets
_SHORT_FORM_AFTER = r"\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)"


def _with_short_forms(names: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The publisher's names, each followed by its form with the short name the text gives it in brackets ("Federal
    Statistical Office (Destatis)"), so that the short name is the publisher too."""
    out = []
    for name in names:
        out.append(name)
        m = re.search(re.escape(name) + _SHORT_FORM_AFTER, text)
        if m and not name.endswith(")"):
            out.append(f"{name} ({m.group('short')})")
    return tuple(dict.fromkeys(out))


MIN_CLOSING_NAME_WORDS = 2


def _short_for(attribution: Attribution, speaker: Speaker) -> bool:
    """An organisation's name that the page's speaker's name qualifies ("Ministry of Foreign Affairs" for "Ministry
    of Foreign Affairs of the Kingdom of Saudi Arabia"): the same body."""
    name, full = (attribution.speaker or "").lower(), speaker.name.lower()
    # ... or the name that closes it ("Statistics Office" for "St Helena Government Statistics Office")
    return attribution.speaker_type == "ORG" and not attribution.anonymous and bool(name) \
        and (re.match(re.escape(name) + r"(?:\s+(?:of|for|in)\s|,\s)", full) is not None
             or (len(name.split()) >= MIN_CLOSING_NAME_WORDS and full.endswith(" " + name)))


class _SpeakerDefaults:
    """The speaker a passage has when no reporting clause names one: its turn's or the document's speaker.

    Such statements are the speaker's own words, so they count as direct speech; "I", "we" and "our" in them
    are that speaker or their organisation. An explicit reporting clause ("X said") always wins.
    """

    def __init__(self, discourse: Discourse | None, entities: ArticleEntities, gazetteer: Gazetteer, text: str = ""):
        self.discourse = discourse
        self.people = entities.people
        self.gazetteer = gazetteer
        self._cache: dict[int, Attribution] = {}
        self.text = " ".join(text.lower().split())  # "... the board of the central bank of chile decided ..."

    def silent(self, passage: Passage) -> bool:
        return self.discourse is not None and self.discourse.silent_at(passage.start)

    def fill(self, fact: Fact, passage: Passage) -> None:
        if self.discourse is None:
            return
        minority = _MINORITY_VIEW_RE.match(fact.text) if fact.attribution is None else None
        if minority:  # "One member would have held the rate ...": a member's view the body did not take, unnamed
            fact.attribution = Attribution(None, anonymous=True, description=minority.group("who")
                                           or minority.group("minority"),
                                           speaker_type="PERSON")
            fact.score = _score(fact)
            return
        speaker = self.discourse.speaker_at(passage.start)
        if fact.attribution is not None and not self._own_voice(fact.attribution, speaker):
            return
        if speaker is None or (fact.attribution is None and _reports_another(fact.text, speaker)):
            return
        if _institution_itself(fact.text, speaker):
            # "The Bank projects growth of 6.0 percent", "The Bank will also publish ..." in its committee's
            # statement: the institution's own forecast or act, not the committee's decision
            fact.attribution = replace(self._attribution(Speaker(
                speaker.organization, organization=speaker.organization, speaker_type="ORG")))
            fact.score = _score(fact)
            return
        attribution = self._cache.get(id(speaker))
        if attribution is None:
            attribution = self._cache[id(speaker)] = self._attribution(speaker)
        fact.attribution = replace(attribution)
        fact.score = _score(fact)

    def _own_voice(self, attribution: Attribution, speaker: Speaker | None) -> bool:
        """The country a person's ministry or mission represents ("Kenya has confirmed ..." in a briefing of Kenya's
        health ministry), or the person's own organisation, reporting in their turn or speech is that person."""
        if speaker is not None and _first_person_body(attribution.speaker or attribution.description or ""):
            return True  # "My Government expects ...", "Our ministry estimates ..." in a speech: its speaker
        if speaker is not None and speaker.speaker_type == "ORG" and _own_staff(attribution, speaker):
            return True  # "Forecasters expect ..." in a weather service's release: the service
        if speaker is not None and speaker.speaker_type == "ORG" and _calls_itself(attribution, speaker):
            return True  # "The agency said ..." in NOAA's release: NOAA
        if speaker is not None and speaker.speaker_type == "ORG" and self.discourse.kind == DocumentKind.RELEASE \
                and _surveyed(attribution):
            return True  # "Firms expect inflation of 3.7 percent" in a central bank's survey release: the bank
        if speaker is not None and speaker.speaker_type == "ORG" and _organ_of(attribution, speaker, self.text):
            return True  # "The Board estimates ..." after "the Board of the Central Bank of Chile" in its release
        if speaker is not None and speaker.speaker_type == "ORG" and _named_organ_of(attribution, speaker, self.text):
            return True  # "the Reserve Bank of Fiji Board", "the Board of Directors of the Central Bank of Tunisia"
        if speaker is not None and speaker.speaker_type == "ORG" and _own_document(attribution, speaker):
            return True  # "according to the ministry's traffic studies" in the ministry's release: the ministry
        if speaker is not None and speaker.speaker_type == "ORG" and _short_for(attribution, speaker):
            return True  # "the Ministry of Foreign Affairs" in the statement of the "... of the Kingdom of X": it
        if speaker is None or attribution.speaker_type != "ORG" or attribution.anonymous or not attribution.speaker:
            return False
        if speaker.organization and without_country(attribution.speaker) == without_country(
                self._organisation(speaker.organization)):
            # "U.S. Environmental Protection Agency" for the page's "Environmental Protection Agency"; but "The CBL
            # also announced ..." in its Monetary Policy Committee's release is the bank, not the committee
            return speaker.name == speaker.organization
        if self.discourse.speaks_on_behalf(speaker, attribution.speaker):
            return True  # "ASEAN reaffirms ..." in the statement delivered on behalf of ASEAN: its speaker
        entity = self.gazetteer.canonical(attribution.speaker)
        return entity is not None and entity.type == "GPE" and self.discourse.speaks_for(speaker, attribution.speaker)

    def _organisation(self, name: str) -> str:
        """The gazetteer's name for an organisation ("U.S. Federal Reserve" -> "Federal Reserve")."""
        entity = self.gazetteer.canonical(name)
        return entity.name if entity is not None and entity.type in ("ORG", "GROUP", "GPE") else name

    def _attribution(self, speaker: Speaker) -> Attribution:
        direct = self.discourse.kind != DocumentKind.READOUT
        if speaker.speaker_type == "ORG":
            name = self._organisation(speaker.name)
            return Attribution(speaker=name, organization=self._organisation(speaker.organization or name),
                               direct=direct, speaker_type="ORG")
        name = speaker.name
        entity = self.gazetteer.canonical(name)
        if entity is not None and entity.type == "PERSON":
            name = entity.name
        elif name not in self.people and len(name.split()) == 1:
            name = next((full for full in self.people if full.split()[-1] == name), name)
        info = self.people.get(name) or PersonInfo(name)
        return Attribution(speaker=name, role=speaker.role or info.role,
                           organization=speaker.organization or info.organization, direct=direct,
                           speaker_type="PERSON")


# "our", "the", and the quantifiers of a body's members in its minutes ("Most members", "A few members")
_STAFF_DETERMINERS_RE = re.compile(
    r"^(?:our|the|its|all|most|some|several|many|other|a\s+few|a\s+number\s+of|a\s+majority\s+of)\s+",
    re.IGNORECASE)


# "One member would have held the rate ...", "Two Board members preferred a smaller cut": a counted share of a body's
# members and a view other than the decision (not "Five members voted for the cut": the body's vote); "The two members
# who voted to keep the rate unchanged were concerned ...": the minority the vote left, and its view
_MINORITY_VIEW_RE = re.compile(
    r"^(?P<who>(?i:one|two|three|four|another|a\s+minority\s+of|the\s+other)\s+(?:[A-Z][\w-]*\s+)?(?:members?)(?:\s+of\s+the"
    r"\s+(?:[A-Z][\w-]*\s*)+)?)\s+(?:would\s+have|preferred|favou?red|wanted|argued|considered|saw)\b"
    r"|^(?P<minority>(?i:the)\s+(?:one|two|three|four)\s+members?\s+who\s+(?:voted|dissented)\b[^,.;]{0,60}?)\s+"
    r"(?:wanted|were|was|would|preferred|argued|considered|saw|noted|felt|worried)\b")
# "Most members", "Some participants", "A majority of members": a share of a body's members, not all of them
_SUBSET_RE = re.compile(r"^(?:most|some|several|many|a\s+few|a\s+number\s+of|a\s+majority\s+of|a\s+minority\s+of)\s+",
                        re.IGNORECASE)


def _surveyed(attribution: Attribution) -> bool:
    """An unnamed group of a survey's respondents, of no organisation ("Firms", "Food and beverage retailers",
    "Households in Tbilisi"; lexicon ``survey_respondents``): in a release, what they answered is the issuer's
    figure."""
    if not attribution.anonymous or not attribution.description or attribution.organization:
        return False
    described = _STAFF_DETERMINERS_RE.sub("", attribution.description.strip())
    words = _PLACE_OF_GROUP_RE.split(described)[0].split()  # "Households in Tbilisi": the group, not its place
    return bool(words) and words[-1].lower() in lexicon("survey_respondents")


_PLACE_OF_GROUP_RE = re.compile(r"\s+(?:in|of|from|across|at)\s+")


def _own_staff(attribution: Attribution, speaker: Speaker) -> bool:
    """An unnamed group of specialists ("forecasters", "our scientists"; lexicon ``staff_nouns``) or the members of
    the body that records its meeting (lexicon ``record_member_nouns``, but not an unnamed share of them), with no
    organisation or the speaking body's own ("NIWA forecasters" in NIWA's release): in an institution's release,
    its own staff."""
    if not attribution.anonymous or not attribution.description:
        return False
    description = attribution.description.strip()
    group = _STAFF_DETERMINERS_RE.sub("", description)
    if _SUBSET_RE.match(description) and group.split()[-1:] and \
            group.split()[-1].lower() in lexicon("record_member_nouns"):
        return False  # "Most members noted ...": a share of the body's members, unnamed, not the body
    possessive = re.match(r"^(?P<owner>.+?)['’]s?\s+(?P<group>\w+)$", group)
    if possessive and _names_speaker_body(possessive.group("owner"), speaker):  # "The Commission's monitors found"
        return possessive.group("group").lower() in lexicon("staff_nouns") | lexicon("record_member_nouns")
    if attribution.organization:
        owner, _, group = group.rpartition(" ")
        if not _same_body(owner, attribution.organization, speaker):
            return False
    elif " " in group:  # "Committee members agreed ..." in the Monetary Policy Committee's minutes
        owner, _, group = group.rpartition(" ")
        if not _names_speaker_body(owner, speaker):
            return False
    return group.lower() in lexicon("staff_nouns") | lexicon("record_member_nouns")


def _names_speaker_body(owner: str, speaker: Speaker) -> bool:
    """"Committee" or "MPC" before "members" in the Monetary Policy Committee's minutes: the speaking body, by a
    word of its name or by its acronym."""
    name = speaker.name or ""
    words = {w.lower() for w in name.split()}
    return bool(owner) and (all(w.lower() in words for w in owner.split()) or owner == _initials(name))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_SELF_REFERENCE_RE = re.compile(r"^the\s+(?P<word>\w+)$", re.IGNORECASE)


def _calls_itself(attribution: Attribution, speaker: Speaker) -> bool:
    """An unnamed institution ("the agency", "the Service") that the release's issuer is: a word of the issuer's
    name, or "agency" for a public agency (lexicon public_agency_words)."""
    m = _SELF_REFERENCE_RE.match((attribution.description or "").strip())
    if not attribution.anonymous or attribution.speaker_type != "ORG" or m is None:
        return False
    word = m.group("word").lower()
    names = {w.lower() for w in f"{speaker.name} {speaker.organization or ''}".split()}
    # "the Board", "the Council": in an institution's own release, its governing body, which speaks for it
    return word in names or not names.isdisjoint(name_words_for(word)) \
        or (word == "agency" and not names.isdisjoint(lexicon("public_agency_words"))) \
        or (word in lexicon("governing_body_words") and is_institution(speaker.name))

# "the ministry's traffic studies", "the Bureau's latest figures": a document of an unnamed body
_OWN_DOCUMENT_RE = re.compile(r"^the\s+(?P<word>\w+)['’]s\s+(?:[\w-]+\s+){0,3}(?P<noun>\w+)$", re.IGNORECASE)


def _own_document(attribution: Attribution, speaker: Speaker) -> bool:
    """A document or evidence (lexicons ``source_documents``, ``evidence_nouns``) of an unnamed body that a word of the
    speaking body's name names ("the ministry's traffic studies" in the Ministry of Energy's release)."""
    m = _OWN_DOCUMENT_RE.match((attribution.description or "").strip())
    if not attribution.anonymous or m is None:
        return False
    noun = m.group("noun").lower()
    if noun not in lexicon("source_documents") and noun not in lexicon("evidence_nouns"):
        return False
    names = {w.lower() for w in f"{speaker.name} {speaker.organization or ''}".split()}
    return m.group("word").lower() in names


def _institution_itself(text: str, speaker: Speaker) -> bool:
    """A sentence whose subject is the institution an organ speaks for ("The Bank", "The Bank of Jamaica") and whose
    verb forecasts or announces its own act ("projects", "expects", "will"), where the organ (its policy committee)
    is the default speaker."""
    org = speaker.organization
    act = _INSTITUTION_ACT_RE.match(text)
    if speaker.speaker_type != "ORG" or not org or speaker.name == org or act is None:
        return False
    subject = act.group("subject")
    words = {w.lower() for w in org.split() if w[:1].isupper()}
    return subject.lower() == org.lower() or {w.lower() for w in subject.split()} <= words


# "The Bank projects ...", "The Central Bank will also publish ...", "The Bank of Jamaica will sell ..."
_INSTITUTION_ACT_RE = re.compile(r"^(?:The\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})"
                                 r"\s+(?:also\s+)?(?:projects|forecasts|expects|estimates|will)\b")


def _organ_of(attribution: Attribution, speaker: Speaker, text: str) -> bool:
    """"the Board" in a release whose text (lower-cased, spaces single) names "the Board of the <speaker>": the
    speaking body's own organ."""
    m = _SELF_REFERENCE_RE.match((attribution.description or "").strip())
    if not attribution.anonymous or m is None:
        return False
    word = m.group("word").lower()
    owners = {n.lower() for n in (speaker.name, speaker.organization) if n}
    return any(f"{word} of {owner}" in text or f"{word} of the {owner}" in text for owner in owners)


def _named_organ_of(attribution: Attribution, speaker: Speaker, text: str) -> bool:
    """A governing body (lexicon ``governing_body_words``) named for the speaking body ("Reserve Bank of Fiji Board")
    or named as its organ in the text (lower-cased, spaces single: "the board of directors of the central bank of
    tunisia"), and not for a policy function (a "Monetary Policy Committee" speaks as itself): it speaks as the body."""
    if attribution.anonymous or attribution.speaker_type != "ORG" or not attribution.speaker:
        return False
    name = " ".join(attribution.speaker.lower().split())
    words = name.split()
    if len(words) < 2 or lexicon("governing_body_words").isdisjoint(words) \
            or not lexicon("policy_body_words").isdisjoint(words):
        return False
    owners = {" ".join(n.lower().split()) for n in (speaker.name, speaker.organization) if n}
    return (words[-1] in lexicon("governing_body_words") and " ".join(words[:-1]) in owners) or any(
        f"{name} of {owner}" in text or f"{name} of the {owner}" in text for owner in owners)


def _same_body(owner: str, organization: str, speaker: Speaker) -> bool:
    """True when the words before a staff noun name the organisation found for it, and it is the speaker."""
    names = {speaker.name.lower(), (speaker.organization or speaker.name).lower()}
    named = owner.lower() == organization.lower() or owner == _initials(organization)  # "MPC members"
    return named and organization.lower() in names


# A release's or a paper's own capitalised place before a dash (``CAPS_DATELINE_RE``) says where it was issued, and
# names nothing the claim is about. A wire dateline with a credit in brackets ("GENEVA, Nov 10 (World Desk) -") is
# left alone: the older label sets count its place as an entity.


MAX_CURRENCY_CODE_CHARS = 4  # "VT", "TOP", "FRW", "FCFA"


def _currency_code(mention: EntityMention, money: list[tuple[int, int]]) -> bool:
    """A mention in capitals inside an amount of money: the amount's currency code."""
    return mention.mention.isupper() and len(mention.mention) <= MAX_CURRENCY_CODE_CHARS \
        and any(a <= mention.start and mention.end <= b for a, b in money)


def _span_fact(
    passage: Passage, start: int, end: int, entities: ArticleEntities, attribution: Attribution | None
) -> Fact:
    """The fact stated by ``passage.text[start:end]`` (the whole passage, or one speaker's clause of it)."""
    text = passage.text[start:end]
    words = _words(text)
    dateline = CAPS_DATELINE_RE.match(text)
    claim_start = passage.start + start + (dateline.end() if dateline else 0)
    found = find_quantities(text)
    # ("VT 1.2 billion", "AMD 3.4 billion": a currency's code inside an amount names no body; "25 billion Danish
    # kroner" still names its country)
    money = [(passage.start + start + a, passage.start + start + b) for a, b, q in found if q.dimension == "money"]
    fact = Fact(
        index=0,
        start=passage.start + start,
        end=passage.start + end,
        text=text,
        passage_index=passage.index,
        # ("the Central Bank decided": the text's own body, described, is no entity of the fact)
        entities=[m for m in entities.within(claim_start, passage.start + end)
                  if not generic_body(m) and not _currency_code(m, money)],
        quantities=[q for _, _, q in found],
        attribution=attribution,
        negated=is_negated(text, words),
        hedged=is_hedged(text, words),
    )
    fact.score = _score(fact)
    return fact


# Posts abroad and international meetings: a statement there quotes US dollars whoever makes it.
_LOCAL_COUNCILS = ("regional", "city", "county", "district", "town", "shire", "municipal", "borough", "village",
                   "parish")
_ABROAD_RE = re.compile(r"\b(?:mission|delegation|embassy|consulate|high commission|united nations|general assembly|"
                        r"security council|conference of the parties|permanent representative|ambassador|"
                        # a council of nations, not a town's, region's or city's own ("Cairns Regional Council")
                        + "".join(rf"(?<!\b{local}\s)" for local in _LOCAL_COUNCILS) + r"council)\b",
                        re.IGNORECASE)


def _home_currency_page(discourse: Discourse | None) -> bool:
    """A body speaking at home: its bare "$" is its country's dollar. An institution's own release, or a speech,
    statement, transcript or readout published by a government, legislature or party ("Government of Manitoba",
    "House of Commons of Canada") that is not a post abroad or a meeting of nations, where a statement quotes US
    dollars."""
    if discourse is None or discourse.kind == DocumentKind.NEWS:
        return False
    if discourse.kind == DocumentKind.RELEASE:
        return True
    speaker = discourse.default_speaker
    names = (*_publishers(discourse), *((speaker.role, speaker.organization) if speaker is not None else ()))
    return not any(_ABROAD_RE.search(name) for name in names if name)


def _abroad(discourse: Discourse | None) -> bool:
    """A statement, transcript or readout of a post abroad or a meeting of nations, where "$" is the US dollar."""
    return discourse is not None and discourse.kind not in (DocumentKind.NEWS, DocumentKind.RELEASE) \
        and not _home_currency_page(discourse)


def _in_page_currency(text: str, facts: list[Fact], publishers: tuple[str, ...] = (), abroad: bool = False,
                      names: tuple[str, ...] = ()) -> None:
    """Bare-dollar amounts on a page that declares its dollar ("Values are in NZ$"), on the page of a body named
    for a dollar country ("Statistics Canada"), or on a page about one ("VANCOUVER —", "Queensland Police", a
    publisher's ``names``; not abroad) are in that dollar; bare pesos on a page naming one peso country are its
    peso."""
    code = declared_dollar(text) or publisher_dollar(publishers) or (None if abroad else page_dollar(text, names))
    if code:
        for fact in facts:
            for q in fact.quantities:
                in_declared_dollar(q, code)
    resolve_shared_names(facts, text)


def resolve_page_dollar(facts: list[Fact], text: str, page: str, discourse: Discourse | None = None) -> None:
    """Bare-dollar amounts still read as USD on a page whose text with its raw head and end (masthead, menu, footer
    addresses: ``page``) is about one dollar country other than the US are in its dollar (not abroad)."""
    code = None if _abroad(discourse) else page_dollar("\n".join(part for part in (text, page) if part),
                                                      _publishers(discourse))
    for q in (q for fact in facts for q in fact.quantities) if code else ():
        in_declared_dollar(q, code)


LETTER_SIGN = "SIGN_"  # a currency's single letter (lexicon ``currency_symbols``) before its country resolves it


def resolve_shared_names(facts: list[Fact], text: str) -> None:
    """Amounts in a currency name several countries share are in the currency of the one such country ``text``
    names: bare pesos ("Mexico" -> MXN), dinars, dirhams and marks (``currency.resolve_shared_currencies``)."""
    resolve_shared_currencies([q for fact in facts for q in fact.quantities], text)
    for fact in facts:  # "P85 million" on a page that names no country writing its currency so: no money
        fact.quantities = [q for q in fact.quantities if not (q.unit or "").startswith(LETTER_SIGN)]
    pesos = [q for fact in facts for q in fact.quantities if (q.unit or "").startswith("PESO")]
    peso = page_peso(text) if pesos else None
    for q in pesos if peso else ():
        in_page_peso(q, peso)


# "The Department advises people in low-lying areas to move ...", "Power utilities are requested to ensure ...",
# "The ministry urged coastal municipalities to halt ...": a directive reports an act, not a statement of anyone's
_DIRECTIVE_SUBJECT = (r"(?!(?:We|I|Our)\b)(?:[Tt]he\s+[a-z]+|(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
                      r"(?:\s+(?:of|for|and|the|[A-Z][\w.&'’-]*)){0,8})")
# "Through its embassies, the Ministry asked ...": a short phrase before the subject ("The Union has asked the Prime
# Minister to ..." in the union's own statement is its statement: the writers label it so)
_DIRECTIVE_OPENING = r"(?:[A-Z][^,.;:]{2,60},\s+)?"
DIRECTIVE_CUES = lexicon("directive_cues")
_DIRECTIVE_VERBS = finite_alternation(DIRECTIVE_CUES | {"call on"})  # "urges", "called on"
_DIRECTIVE_RE = re.compile(
    rf"^{_DIRECTIVE_OPENING}{_DIRECTIVE_SUBJECT}\s+(?:{_DIRECTIVE_VERBS})\s+(?!that\b)[^.;:]{{2,120}}?"
    r"\bto\s+[a-z]"
    r"|^[A-Z][^.;:]{2,120}?\s+(?:are|is)\s+(?:requested|advised|urged|asked|directed|instructed)\s+to\s+[a-z]")


def _unattributed_directives(facts: list[Fact]) -> None:
    """A directive in a release, a readout or a report keeps no speaker that only the page's issuer or the
    directive's own verb gave it."""
    for fact in facts:
        a = fact.attribution
        text = fact.text.strip()
        document = re.match(r"(?:The|This|Our|Its)\s+(\w+)", text)
        if document and document.group(1).lower() in lexicon("source_documents"):
            continue  # "The report calls on governments to ...": what the publisher's report recommends
        if a is not None and not a.anonymous and (a.cue is None or a.cue in DIRECTIVE_CUES) \
                and (_DIRECTIVE_RE.match(text) or (a.cue is None and _imperative(text))):
            fact.attribution = None
        elif a is not None and phrase_pattern("advised_groups").match(text) and _GROUP_ADVICE_RE.match(text):
            fact.attribution = None  # "Health workers should report any treatment failure ...": advice to a group


# "The Ombudsman recommends that:", "TMA advises that:": a line that opens a list of what someone is asked to do
_RECOMMENDS_THAT_RE = re.compile(
    rf"\b(?:{finite_alternation(DIRECTIVE_CUES | {'recommend', 'call on'}, base=True)})\s+that\s*:\s*$")


# "the port's operator", "the coffee regulator", "the state utility": a body described, not named
_BODY_DESCRIPTION_RE = re.compile(r"^the\s+(?:[\w'’-]+\s+){0,3}(?P<noun>[a-z]+)$", re.IGNORECASE)
_SAID_FORMS = "|".join(sorted(single_word_finite_forms(), key=len, reverse=True))
MAX_DESCRIBED_BODY_GAP = 200  # characters from the described body's fact to the next one, naming it
MAX_DEFINING_CLAUSE_CHARS = 100
# "The agency that coordinates disaster relief across the country reported ...", "The ministry responsible for the
# mining sector reported ...": a body known only by what it does, the subject of a reporting verb
# (and "The Commission's scientific body, which assesses the tuna stocks every year, has found that ...")
_DESCRIBED_SUBJECT_RE = re.compile(
    rf"^[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>[a-z]+)(?:\s+(?:that|which|responsible\s+for|in\s+charge\s+of)\s+"
    rf"[^,.;:\"“”()]{{3,{MAX_DEFINING_CLAUSE_CHARS}}}?|,\s+(?:which|that)\s+[^,.;:\"“”()]{{3,{MAX_DEFINING_CLAUSE_CHARS}}},)"
    rf"\s+(?:(?:has|have|had|also)\s+)?(?P<verb>{_SAID_FORMS})\b")


@cache
def _kinds_of_body() -> frozenset[str]:
    """Nouns for a kind of body ("agency", "regulator", "ministry", "statutory body"): lexicons ``org_descriptors``,
    ``body_nouns``, ``any_body_nouns``, ``institution_words`` and the descriptions of ``description_name_words``."""
    return frozenset(lexicon("org_descriptors") | lexicon("body_nouns") | lexicon("any_body_nouns")
                     | lexicon("institution_words") | set(lexicon_pairs("description_name_words")))


def _described_subject(fact: Fact) -> str | None:
    """The reporting verb's lemma when a sentence's subject describes a kind of body by its function, with no name
    ("The regulator that supervises credit unions on the island said ..."): whoever speaks around it, the body the
    next sentence names speaks."""
    m = _DESCRIBED_SUBJECT_RE.match(fact.text)
    return reporting_verbs().finite.get(m.group("verb")) if m and m.group("noun").lower() in _kinds_of_body() else None


def _described_body_named_next(facts: list[Fact], entities: ArticleEntities) -> None:
    """"..., the port's operator said on Wednesday. Khorgos Gateway said it handled ...": a body described and not
    named before is the body the next sentence names as its speaker."""
    people = set(entities.people)
    for fact, following in zip(facts, facts[1:]):
        if following.start - fact.end > MAX_DESCRIBED_BODY_GAP:
            continue
        named = _named_after_function(fact, following, people) or _named_after_description(fact, following, people)
        if named is not None:
            fact.attribution = named
            fact.score = _score(fact)


def _named_after_function(fact: Fact, following: Fact, people: set[str]) -> Attribution | None:
    """"The agency that coordinates disaster relief across the country reported ... The Department of Disaster
    Prevention and Mitigation (DDPM) said ...": a body known only by what it does is the one named next."""
    cue = _described_subject(fact)
    b = following.attribution
    if not cue or not _names_its_body(following, people):
        return None
    return Attribution(b.speaker, organization=b.organization or b.speaker, cue=cue, speaker_type="ORG")


def _named_after_description(fact: Fact, following: Fact, people: set[str]) -> Attribution | None:
    """"..., the port's operator said": an unnamed body's description (lexicon ``org_descriptors``, or the head noun
    the next body's name ends with: "The national weather service said ... The National Hydrometeorological Service
    (UHMR) said ...") is the body the next sentence names as its speaker."""
    a, b = fact.attribution, following.attribution
    m = _BODY_DESCRIPTION_RE.match((a.description or "").strip()) if a is not None and a.anonymous else None
    if m is None or a.cue in (None, "according to") or not re.search(
            rf"{re.escape(a.description.strip())}\s+(?:\w+\s+)?(?:{_SAID_FORMS})\b", fact.text):
        return None  # (not "An official at X, the state operator, said": the description of another body)
    noun = m.group("noun").lower()
    if b is None or b.anonymous or b.cue is None or not b.speaker or b.speaker in people \
            or not any(e.name == b.speaker for e in following.entities):
        return None  # (the next sentence names its speaker: not a release's own voice, nor a pronoun's referent)
    if noun not in lexicon("org_descriptors") and b.speaker.split()[-1].lower() != noun:
        return None
    if _public_body(b.speaker) and noun in _TRADING_DESCRIPTORS:
        return None  # ("The operator said ... . Argyll and Bute Council said ...": a council runs no ferries)
    if b.speaker_type == "ORG" or is_institution(b.speaker) or not any(
            m.type == "PERSON" and m.name == b.speaker for m in following.entities):
        return Attribution(b.speaker, organization=b.organization or b.speaker, cue=a.cue, speaker_type="ORG")
    return None


def _names_its_body(fact: Fact, people: set[str]) -> bool:
    """A sentence whose speaker is a body it names ("The Department of Disaster Prevention and Mitigation (DDPM)
    said ..."), not a person, a pronoun's referent or a page's own voice."""
    b = fact.attribution
    return b is not None and not b.anonymous and bool(b.speaker) and b.speaker not in people \
        and (b.speaker_type == "ORG" or is_institution(b.speaker)) and any(e.name == b.speaker for e in fact.entities)


_TRADING_DESCRIPTORS = lexicon("trading_descriptors")  # bodies that trade, which no council or ministry is
_PUBLIC_BODY_WORDS = lexicon("public_body_words")


def _public_body(name: str) -> bool:
    """A government body's name ("Argyll and Bute Council", "Ministry of Transport"): a local government's head word
    (lexicon ``local_government_heads``) or a council, ministry, department or parliament."""
    words = {w.lower() for w in name.split()}
    return not words.isdisjoint(_PUBLIC_BODY_WORDS) or name.split()[-1].lower() in lexicon("local_government_heads")


# (``OWNED_ROLE_RE``: "the country's public works minister", "Kazakhstan's transport minister", a role a place owns)
MAX_FACTS_TO_ROLE_HOLDER = 3  # the holder is named within the next few facts


def _role_holder_named_later(facts: list[Fact]) -> None:
    """"..., the country's public works minister said. ... Public Works Minister X said ...": the unnamed holder of a
    role a place owns is the person the next facts name with that role."""
    for k, fact in enumerate(facts):
        a = fact.attribution
        m = OWNED_ROLE_RE.match((a.description or "").strip()) if a is not None and a.anonymous else None
        if m is None or m.group("head").lower() not in ROLE_HEADS:
            continue
        holder = next((f.attribution for f in facts[k + 1:k + 1 + MAX_FACTS_TO_ROLE_HOLDER]
                       if f.attribution is not None and f.attribution.speaker and not f.attribution.anonymous
                       and f.attribution.speaker_type == "PERSON"
                       and (f.attribution.role or "").lower().split()[-1:] == [m.group("head").lower()]), None)
        if holder is not None:
            fact.attribution = Attribution(holder.speaker, role=holder.role, organization=holder.organization,
                                           cue=a.cue, speaker_type="PERSON")
            fact.score = _score(fact)


def _recommended_items(facts: list[Fact], text: str) -> None:
    """The items of a list under "<Body> recommends that:" ("• the Ministry of Justice fill the vacant posts",
    "• all residents within 6 km remain evacuated"): directives, an act of the body, no one's statement."""
    for fact in facts:
        if fact.attribution is None or not fact.text[:1].islower():
            continue
        line_start, line = text.rfind("\n", 0, fact.start) + 1, ""
        while line_start > 0:  # back over blank lines and the list's earlier items, each opening in lower case
            previous = text.rfind("\n", 0, line_start - 1) + 1
            line = text[previous:line_start - 1].strip()
            if line and not line[:1].islower():
                break
            line_start, line = previous, ""
        if line and _RECOMMENDS_THAT_RE.search(line):
            fact.attribution = None


# "Residents of the two valleys should not go into the river beds", "Health workers should report ...": advice to
# the group the subject names (lexicon ``advised_groups``; not "should have", a missed expectation, nor a group a
# reported clause names: "... stressed that small states should ...")
_GROUP_ADVICE_RE = re.compile(r"^(?:(?!\bthat\b)[^,;:.\"“]){0,80}?\s+should(?:\s+not)?\s+(?!have\b)[a-z]")


def _imperative(text: str) -> bool:
    """"Throw away the halibut ...", "Do not drink raw milk.", "Contact your doctor if ...": an instruction in the
    imperative (lexicon ``imperative_verbs``), with no finite verb of its own before its first comma or "if"."""
    if re.match(r"(?:Do\s+not|Don['’]t|Never)\s+[a-z]", text):
        return True
    # "If you have eaten the berries ..., contact your doctor.": the instruction after its condition
    condition = re.match(r"(?:If|When|Should)\s[^,;]{3,160},\s+(?P<rest>[a-z].*)", text)
    text = condition.group("rest")[:1].upper() + condition.group("rest")[1:] if condition else text
    # "Always boil frozen berries ...", "Please keep ...": an adverb before the instruction's verb
    adverb = re.match(r"(?:Always|Please|Immediately)\s+(?=[a-z])", text)
    text = text[adverb.end():] if adverb else text
    text = text[:1].upper() + text[1:]
    first = re.match(r"([A-Z][a-z]+)\s+([a-z]+)\b", text)
    if first is None or first.group(1).lower() not in lexicon("imperative_verbs") \
            or first.group(2) in _IMPERATIVE_NOT_OBJECTS:
        return False  # ("Return on equity rose ...": a noun opens the sentence)
    clause = re.split(r",|\b(?:if|when|unless|until|before|after)\b", text, maxsplit=1)[0]
    if first.group(2) not in _IMPERATIVE_OBJECT_OPENERS and not adverb \
            and _PAST_OR_PRESENT_VERB_RE.search(" ".join(clause.split()[:MAX_NOUN_PHRASE_OPENING_WORDS])):
        return False  # "Contact tracing teams found ...": a noun phrase, then its verb ("Report dead birds to ...": an
        # instruction whose object has no determiner)
    return _AUXILIARY_RE.search(clause) is None  # "Contact tracing teams have followed up ...": no instruction


# words that show the first word is a noun, not an instruction's verb ("Return on equity", "Report of the panel")
_IMPERATIVE_NOT_OBJECTS = frozenset({"on", "of", "in", "at", "by", "from", "with", "is", "are", "was", "were", "has",
                                     "have", "had", "will", "would", "and"})
MAX_NOUN_PHRASE_OPENING_WORDS = 4  # "Contact tracing teams found": the verb after a short noun phrase
_PAST_OR_PRESENT_VERB_RE = re.compile(r"\b(?:[a-z]{2,}ed|rose|fell|grew|found|showed|shows|says|said|made|took|went"
                                      r"|came|saw|gave|rises|falls|grows|remains|stands|stood)\b")
# the word after an instruction's verb: its object's determiner or a particle ("Throw away", "Contact your doctor")
_IMPERATIVE_OBJECT_OPENERS = frozenset({"your", "the", "a", "an", "any", "all", "away", "out", "up", "off", "them",
                                        "it", "this", "these", "those", "indoors", "inside", "home", "clear", "to",
                                        "for"})


MAX_FULL_NAME_WORDS = 3


def _full_body_names(facts: list[Fact], entities: ArticleEntities) -> None:
    """"Cascadia said ..." after "Cascadia Data Systems said ...": a body speaking by the first word of the one
    longer name of a body the article gave before, is that body by its full name."""
    for fact in facts:
        a = fact.attribution
        if a is None or a.speaker_type != "ORG" or not a.speaker or " " in a.speaker:
            continue
        # (not a unit inside it: "Swissmedic Division of Illegal Medicines" is a part of Swissmedic)
        longer = {m.name for m in entities.mentions if m.type == "ORG" and m.start < fact.start
                  and m.name.split()[0] == a.speaker and len(m.name.split()) > 1
                  and m.name.split()[1].lower() not in lexicon("unit_heads")}
        if len(longer) == 1:
            full = longer.pop()
            fact.attribution = replace(a, speaker=full, organization=full if a.organization == a.speaker
                                       else a.organization)


_GOVERNMENT_OF_RE = re.compile(r"\bGovernment\s+of\s+(?P<the>the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _governments_speaking(facts: list[Fact], text: str) -> None:
    """A place speaking ("Peru also stated that ...", "The Government of Peru argued ...", read as Peru) is its
    government, by the name the page gives it ("Government of Peru")."""
    governments = {m.group("place"): f"Government of {m.group('the') or ''}{m.group('place')}"
                   for m in _GOVERNMENT_OF_RE.finditer(text)}
    for fact in facts:
        a = fact.attribution
        if a is not None and a.speaker_type == "ORG" and a.speaker in governments:
            full = governments[a.speaker]
            fact.attribution = replace(a, speaker=full, organization=full if a.organization == a.speaker
                                       else a.organization)


def _full_person_names(facts: list[Fact], entities: ArticleEntities) -> None:
    """A person speaker named by part of a name ("Zahirović", "von der Leyen", "Siti Rahmah") is the one person the
    article names in full with those words in that order ("Emir Zahirović"): one name per person across its facts."""
    names = {m.name for m in entities.mentions if m.type == "PERSON"} | set(entities.people)
    names |= {f.attribution.speaker for f in facts if f.attribution is not None and f.attribution.speaker
              and f.attribution.speaker_type == "PERSON"}
    # "Milan Vukadin of the Alliance ..." read as a body, then "Vukadin claimed ...": a two- or three-word name
    # of which a later word speaks alone as a person ("Minister Bastos" for "Helena Bastos Carvalho") is that
    # person's full name
    surnames = {name for name in names if " " not in name}
    names |= {m.name for m in entities.mentions if m.type == "ORG" and 2 <= len(m.name.split()) <= MAX_FULL_NAME_WORDS
              and not surnames.isdisjoint(m.name.split()[1:]) and not is_institution(m.name)
              and all(w[:1].isupper() for w in m.name.split())}
    styles = {style.lower() for style in lexicon("name_styles")} | ROLE_HEADS  # "Honourable Claire Beaulieu"
    words = {name: name.lower().split() for name in names if name.split()[0].lower() not in styles}
    fuller: dict[str, str | None] = {}
    for fact in facts:
        a = fact.attribution
        if a is not None and a.speaker_type == "ORG" and a.speaker and " " not in a.speaker \
                and a.speaker in surnames and not is_institution(a.speaker):
            # "Hadžiabdić did not concede" read as a body after "Hadžiabdić" spoke as a person: the person
            a = fact.attribution = replace(a, speaker_type="PERSON", organization=None)
        if a is None or a.anonymous or a.speaker_type != "PERSON" or not a.speaker:
            continue
        if a.speaker not in fuller:
            part = a.speaker.lower().split()
            found = {name for name, w in words.items() if len(w) > len(part) and _contains_run(w, part)}
            fuller[a.speaker] = found.pop() if len(found) == 1 else None
        if fuller[a.speaker]:
            fact.attribution = replace(a, speaker=fuller[a.speaker])


def _contains_run(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


class FactExtractor:
    """Turns an article's passages into facts. One instance can serve many articles and threads."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def extract(self, text: str, passages: list[Passage], discourse: Discourse | None = None) -> list[Fact]:
        """Facts of one article, in text order, indexed 0..n-1; offsets refer to ``text``.

        ``discourse`` (from ``discourse.analyse``) says who speaks where; without it the text is read as news.
        """
        entities = find_entities(text, self.gazetteer, [(p.start, p.end) for p in passages],
                                 _with_short_forms(_publishers(discourse), text))
        opening = passages[0].text if passages else ""
        attributor = Attributor(entities.people, _principal(discourse, entities, opening), issuers=_issuers(discourse),
                                heading=_named_above(discourse), unnamed=_unnamed_principal(discourse, opening),
                                publishers=_publishers(discourse))
        speakers = _SpeakerDefaults(discourse, entities, self.gazetteer, text)
        # questions put to a person inside a news story: the unattributed answers are theirs
        answers = Answers(text) if discourse is None or discourse.kind == DocumentKind.NEWS else None
        facts: list[Fact] = []
        previous_passage: int | None = None
        quotation = _OpenQuotation(text)
        for k, passage in enumerate(passages):
            fact, refers_back, clauses = self._passage_fact(passage, entities, attributor)
            quotation.read(passage, fact.attribution)
            if speakers.silent(passage) or (k and _EXHIBIT_LABEL_RE.match(passages[k - 1].text.strip())
                                            and not _TERMINAL_RE.search(passage.text.strip())):
                # (the title under "Table 1." or "Chart 2:" names the exhibit, it states nothing)
                previous_passage = None
                continue
            if answers is not None and not clauses:
                answered = answers.attribute(passage, fact.attribution)
                if answered is not fact.attribution:
                    fact.attribution = answered
                    fact.score = _score(fact)
            if refers_back == _NAMES_PREVIOUS:  # "That warning came from X, ...": the quotation before is X's
                if previous_passage == passage.index - 1:
                    _name_quotation(facts, fact.attribution)
                fact.attribution, refers_back = None, False
            speakers.fill(fact, passage)
            if facts and previous_passage == passage.index - 1:
                _quotation_named_below(facts[-1], fact, entities.within(passage.start, passage.end), passage.start)
            if refers_back and facts and previous_passage == passage.index - 1 and fact.attribution is not None:
                last = facts[-1]
                if last.attribution is None or last.attribution.anonymous and not last.attribution.organization:
                    last.attribution = fact.attribution
                    last.score = _score(last)
                previous_passage = passage.index
                continue
            if self._is_fact(fact):
                for part in clauses or [fact]:
                    part.index = len(facts)
                    facts.append(part)
                quotation.hold(fact)
                previous_passage = passage.index
            else:
                previous_passage = None
        _in_page_currency(text, facts, _publishers(discourse) if _home_currency_page(discourse) else (),
                          abroad=_abroad(discourse), names=_publishers(discourse))
        _full_person_names(facts, entities)
        _full_body_names(facts, entities)
        _governments_speaking(facts, text)
        if discourse is None or discourse.kind in (DocumentKind.RELEASE, DocumentKind.READOUT, DocumentKind.NEWS):
            _unattributed_directives(facts)  # (a statement's "The EU calls on ... to" is its author's)
        _recommended_items(facts, text)
        _described_body_named_next(facts, entities)
        _role_holder_named_later(facts)
        return facts

    def parse_claim(self, text: str) -> Fact:
        """Entities, quantities, attribution, negation and hedging of one free-text claim."""
        text = text.strip()
        passage = Passage(index=0, start=0, end=len(text), text=text)
        entities = find_entities(text, self.gazetteer)
        fact, _, _ = self._passage_fact(passage, entities, Attributor(entities.people))
        fact.passage_index = None
        resolve_shared_names([fact], text)  # "2.6 million francs" is read as the pages' figures are
        return fact

    # ------------------------------------------------------------------ internals
    def _passage_fact(
        self, passage: Passage, entities: ArticleEntities, attributor: Attributor
    ) -> tuple[Fact, bool | str, list[Fact]]:
        """The passage's fact, whether it only attributes the previous one, and its facts per speaker when
        two speakers report in it (else [])."""
        found = attributor.attribute(passage.text, passage.start, entities.within(passage.start, passage.end))
        fact = _span_fact(passage, 0, len(passage.text), entities, found.attribution)
        clauses = [_span_fact(passage, a, b, entities, attribution) for a, b, attribution in found.clauses]
        return fact, _NAMES_PREVIOUS if found.names_previous else found.refers_back, clauses

    @staticmethod
    def _is_fact(fact: Fact) -> bool:
        text = fact.text.strip()
        if len(text) < 12 or text.endswith("?"):
            return False
        opening = text.lstrip("([\"'“ ")
        if _BOILERPLATE_START_RE.match(opening) or _CAPTION_RE.search(text) or _is_heading(text):
            return False
        low = text.lower()
        if any(h in low for h in _BOILERPLATE_HINTS) and _BOILERPLATE_RE.search(text):
            return False
        if len(text.split()) <= 15 and _NAVIGATION_RE.match(text):
            return False
        if not fact.quantities and _in_another_language(text):
            return False  # "Góðu føroyingar, heima og úti í heimi.": a greeting or a line left in the site's language
        if is_procedural(opening) or _is_appeal(opening) or _is_instruction(opening) \
                or (not fact.quantities and _is_advice(opening)):
            return False
        if _RELEASE_CALENDAR_RE.match(opening) or _POINTER_RE.search(text):
            return False
        if not fact.quantities and phrase_pattern("feeling_phrases").search(text):
            return False  # "I am deeply sorry that this has happened," said the chief executive.
        if _EDITORIAL_NOTE_RE.match(text) or _is_credits_line(text) or _is_page_note(opening):
            return False
        if _FOOTNOTE_MARK_RE.match(text) and not _NOTE_VERB_RE.search(text):
            return False
        if _TABLE_LEGEND_RE.match(opening) or _table_fragment(fact, text) or _signature_line(fact, text) \
                or _name_and_role_line(fact, text):
            return False
        if _form_field(text):
            return False
        named = bool(fact.entities) or bool(fact.attribution and fact.attribution.speaker)
        if named and (fact.quantities or fact.attribution or _FINITE_VERB_RE.search(text)):
            return True
        if not (_TERMINAL_RE.search(text) or text.endswith(";")) or len(text.split()) < _MIN_STATEMENT_WORDS:
            return False
        return named or _asserts_unnamed(fact, text)
