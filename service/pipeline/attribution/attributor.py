"""The attributor of one article: its discourse state and the sentence-by-sentence entry point; its rules come
from mixins."""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities import PersonInfo
from ..models import Attribution, EntityMention
from .candidates import _TICKER_RE
from .learning import _Learning
from .quotes import MIN_QUOTED_WORDS, _INTRODUCES_RE, _WHOLE_QUOTE_RE, _double_quoted, _quote_mask, _quoted_words
from .records import SentenceAttribution
from .references import _References
from .reporting import _ReportingClauses
from .resolve import _Resolution
from .sentence import _SentenceRules


# "SAO PAULO, March 5, 2025 (Meridian Wire) - ": a wire dateline in front of the lead's subject
# "GENEVA, Nov 10 (World Desk) - ", "WINDHOEK — ": a dateline, with or without its date
_DATELINE_LEAD_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,[^\n]{0,60}?)?(?:\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+")


def _dateline_end(text: str) -> int:
    m = _DATELINE_LEAD_RE.match(text)
    return m.end() if m else 0


_PRONOUN_OPENING_RE = re.compile(r"\s*(Her|His|She|He)\b")
_TERM_RE = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?!\s+(?:of|for|[A-Z]))")  # "the Institute", not "the Institute of"

class Attributor(_Learning, _SentenceRules, _ReportingClauses, _Resolution, _References):
    """Finds the attribution of each sentence of one article, in order."""

    def __init__(self, people: dict[str, PersonInfo] | None = None, principal: str | None = None,
                 issuers: tuple[str, ...] = (), heading: list[PersonInfo] | None = None,
                 unnamed: tuple[str, str] | None = None, publishers: tuple[str, ...] = ()):
        """``principal``: the person a readout is about ("the Minister" is that minister); ``issuers``: the names
        of the body issuing a release ("the agency" is the "Japan Aerospace Exploration Agency" issuing it);
        ``heading``: people the page's heading names with their role, known before the first sentence;
        ``publishers``: the names the page gives its publisher, whose country's side a readout tells from."""
        self.people = dict(people or {})
        for info in heading or ():
            known = self.people.setdefault(info.name, info)
            known.role = known.role or info.role
        self.principal = principal
        self.unnamed = unnamed  # a readout's unnamed principal: (bare role, the office that speaks for them)
        self.issuers = issuers
        self.publishers = publishers
        self.sentence_index = -1
        self.in_quote = False
        self.quote_attribution: Attribution | None = None
        # offices the text abbreviates, by their lower-cased name and acronym ("pmos" -> "Prime Minister's ...")
        self.offices: dict[str, str] = {}
        self.described: dict[str, str] = {}  # a description's head noun -> the body named beside it ("fund" -> "CAFAT")
        self.issuer_acronyms: dict[str, str] = {}  # "DWD" -> "Deutscher Wetterdienst", as the text defines it
        # (noun, attribution, sentence index) of the latest sentence naming the document its speaker speaks in
        self.last_document: tuple[str, Attribution, int] | None = None
        # (sentence index, name, was speaker) for every person mention, latest last
        self.persons: list[tuple[int, str, bool]] = [(-1, info.name, False) for info in heading or ()]
        self.last_org: str | None = None
        self.lead_company: str | None = None  # the firm the text's first sentence names: "the company" of a report
        self.last_publication: str | None = None
        self.last_anonymous: Attribution | None = None
        self.last_anonymous_index = -2  # the sentence it spoke in
        self.last_plural: Attribution | None = None
        self.last_voice: str | None = None  # the body the latest named spokesperson spoke for
        self.last_voice_index = -1  # the sentence in which that spokesperson last spoke
        # (sentence index, name) of organisations quoted so far
        self.org_speakers: list[tuple[int, str]] = []
        # (sentence index, name) of organisations named so far, quoted or not
        self.org_mentions: list[tuple[int, str]] = []
        self.firms: list[tuple[int, str]] = []  # (sentence, name) of bodies written with a legal form
        # the sentence index and attribution of the latest sentence that quoted a named person
        self.last_quoted: tuple[int, Attribution] | None = None
        self.ages: dict[str, int] = {}  # a person's age as the text gives it ("Jim Haworth, 52,")
        self.demonyms: dict[str, str] = {}  # a country's adjective as the text writes it -> the country ("Spanish")
        self.places: set[str] = set()  # the places the text names ("Japan", "Viet Nam" as "Vietnam")
        self.state_names: dict[str, str] = {}  # a country's other name of several words -> it ("Hellenic Republic")
        self.terms_used: dict[str, int] = {}  # a capitalised "the Institute" -> the sentence that first wrote it

    # ------------------------------------------------------------------ public
    def attribute(self, text: str, offset: int, mentions: list[EntityMention]) -> SentenceAttribution:
        """Attribution of the sentence ``text`` starting at article offset ``offset``."""
        self.sentence_index += 1
        text = _double_quoted(text)  # "'We will act,' she said": read as a quotation like "\"We will act,\" she said"
        self._learn_offices(text)
        self._learn_issuer_acronyms(text)
        started_inside = self.in_quote
        mask, self.in_quote = _quote_mask(text, self.in_quote)
        local = (
            [EntityMention(m.name, m.type, m.mention, m.start - offset, m.end - offset) for m in mentions]
            if offset
            else mentions
        )
        listed = [m.span() for m in _TICKER_RE.finditer(text)]
        unlisted = [m for m in local if not any(a <= m.start < b for a, b in listed)]
        blank = _TICKER_RE.sub(lambda m: " " * len(m.group()), text)
        blank = _DATELINE_LEAD_RE.sub(lambda m: " " * len(m.group()), blank, count=1)  # no subject of its verb
        dateline_end = _dateline_end(text)
        unlisted = [m for m in unlisted if m.start >= dateline_end]
        self._learn_demonyms(local)
        self._learn_descriptions(text, local)
        result = self._find(blank, unlisted, mask)
        result.attribution = self._as_named_body(self._as_issuer(result.attribution))
        result.clauses = [(a, b, self._as_named_body(self._as_issuer(x))) for a, b, x in result.clauses]
        if result.attribution is None and started_inside and self.quote_attribution is not None:
            # a sentence inside a quotation opened earlier
            result = SentenceAttribution(replace(self.quote_attribution, direct=True), coreference=True)
        elif result.attribution is None and self._continues_quote(text):
            # a paragraph of quotation alone, right after one that quoted a named person: the same person
            result = SentenceAttribution(replace(self.last_quoted[1], direct=True), coreference=True)
        elif (
            result.attribution is not None
            and not result.refers_back
            and (_quoted_words(text) >= 4 or (started_inside and mask and mask[0]))
        ):
            result.attribution.direct = True
        a = result.attribution
        if a is not None and a.speaker_type == "PERSON" and a.speaker and not a.anonymous \
                and (_quoted_words(text) >= MIN_QUOTED_WORDS or _INTRODUCES_RE.search(text) or a.cue):
            # quoted, or reported with a verb ("Dr Rowe said the quake was moderate."): a quotation that follows
            # alone is the same person's
            self.last_quoted = (self.sentence_index, a)
        elif a is None and _INTRODUCES_RE.search(text):
            introduced = self._introduced_person(local, mask) or self._pronoun_introduced(text, local)
            if introduced is not None:  # "... the voice of Captain X, who has commanded the ferry since 2019:"
                self.last_quoted = (self.sentence_index, introduced)
        if self.in_quote and result.attribution is not None:
            self.quote_attribution = result.attribution
        elif not self.in_quote:
            self.quote_attribution = None
        self._remember(local, result, text)
        for m in _TERM_RE.finditer(text):  # "the Institute imported ...": a body's defined term, as first written
            self.terms_used.setdefault(m.group(1).lower(), self.sentence_index)
        self._learn_document(text, result.attribution)
        self._learn_role(text, result.attribution)
        self._learn_genders(text, mask, local, result.attribution)
        self._learn_ages(text, local)
        self._learn_roles_before(text, local)
        self._learn_roles_after(text, local)
        return result

    def _learn_demonyms(self, mentions: list[EntityMention]) -> None:
        """"Spanish" -> "Spain": a place's one-word adjective as written, for "the Spanish Minister"."""
        for m in mentions:
            surface = m.mention.strip()
            if m.type == "GPE":
                self.places.add(m.name)
            if m.type == "GPE" and surface != m.name and " " not in surface and surface[:1].isupper() \
                    and not surface.isupper():
                self.demonyms[surface] = m.name
            elif m.type == "GPE" and surface != m.name and " " in surface and m.name not in surface:
                self.state_names[surface] = m.name  # "the Hellenic Republic": Greece by its official name
            elif m.type == "GPE" and " " in surface and surface.startswith(m.name) and surface[len(m.name):].isalpha():
                self.demonyms[surface] = m.name  # "Sierra Leonean": the adjective of a name of two words

    def _pronoun_introduced(self, text: str, mentions: list[EntityMention]) -> Attribution | None:
        """"Her words to me were these:", "He put it this way:": a colon line that names nobody and opens with a
        third person's pronoun introduces the quotation of the person that pronoun stands for."""
        m = _PRONOUN_OPENING_RE.match(text)
        if m is None or any(x.type == "PERSON" for x in mentions):
            return None
        gender = "f" if m.group(1).lower() in ("her", "she") else "m"
        named = {p[1] for p in self.persons if p[0] == self.sentence_index - 1 and self._gender(p[1]) in (None, gender)}
        if len(named) != 1:
            return None  # the person the sentence before named, and only that one
        name = named.pop()
        info = self.people.get(name)
        return Attribution(speaker=name, role=info.role if info else None,
                           organization=info.organization if info else None, speaker_type="PERSON")

    def _introduced_person(self, mentions: list[EntityMention], mask: list[bool]) -> Attribution | None:
        """The one person a sentence that ends with a colon and reports nothing names outside quotation marks: the
        speaker of the quotation that follows alone."""
        people = {m.name for m in mentions
                  if m.type == "PERSON" and not (mask and m.start < len(mask) and mask[m.start])}
        full = {name for name in people if len(name.split()) >= 2}
        if len(people) > 1 and len(full) == 1:  # ("..., a fisherman from a village on Kadavu:": one full name)
            people = full
        if len(people) != 1:
            return None
        name = next(iter(people))
        info = self.people.get(name)
        return Attribution(speaker=name, role=info.role if info else None,
                           organization=info.organization if info else None, speaker_type="PERSON")

    def _continues_quote(self, text: str) -> bool:
        return (self.last_quoted is not None and self.last_quoted[0] == self.sentence_index - 1
                and _WHOLE_QUOTE_RE.fullmatch(text) is not None)
