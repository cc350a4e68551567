"""Who says what: reporting clauses, anonymous sources and coreference across an article.

An ``Attributor`` reads an article's sentences in order and keeps the discourse state needed to
resolve "she said", "Patel stated", "the newspaper's sources", "they said" and "according to the
sources" to speakers named earlier.

Forms recognised in one sentence, in order of preference:
  * a reporting clause outside quotation marks: "X said (that) ...", "..., X said.",
    "..., said X, who ...", "X reported/confirmed/stated/noted/told/wrote/warned/added/..."
    (a clause opened by "while/although/if" or negated — "has not confirmed" — is not one);
  * "according to X";
  * a passive reporting clause, "... was disclosed by X"; when its subject is an anaphor
    ("This information was disclosed by ...") it belongs to the previous statement;
  * "citing X".
A sentence inside a quotation that an earlier sentence opened keeps that sentence's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .entities import ORG_SUFFIXES, ROLE_HEADS, ROLE_WORDS, PersonInfo
from .gender import bound_genders, role_gender
from .language import lexicon, lexicon_entries
from .models import Attribution, EntityMention
from .verbs import reporting_verbs

_VERBS = reporting_verbs()
CUE_LEMMA = _VERBS.finite
# "found", "shows", "posted" report a statement only with a clause after them ("the study found that").
_NEEDS_THAT = _VERBS.needs_that


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_CUE_RE = re.compile(r"\b(" + _alternation(CUE_LEMMA) + r")\b")
# "..., saying the talks had failed": a present participle after a comma reports for the main clause's subject
_SAYING_RE = re.compile(r",\s+(" + _alternation(_VERBS.present_participle) + r")\b")
# what may stand between a +that verb and its clause: "posted on social media that", "told the court on Monday that"
_THAT_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,5}?that\b|^\s*[:\"“]"
                            r"|^\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+:\s*$")  # "... put it to me more bluntly last year:"
# a quotation a few words after a +quote verb: called the truce "a first step", described it as "a disaster"
_QUOTE_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,5}?(?:as\s+)?[\"“]")
# ... or an "as" complement that gives the speaker's verdict: described it as a threat, hailed the deal as historic
_AS_VERDICT_AHEAD_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}?as\s+(?:an?\s+|the\s+)?[a-z]")
# a that-clause without "that": estimated the deal could lift ..., found the bridge had been closed
_ZERO_THAT_AHEAD_RE = re.compile(
    r"^\s+(?:the|a|an|this|these|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:could|would|will|may|might|should|can|had|has|have|was|were|is|are)\s+[a-z]")
# A sentence that is one whole quotation ("“Growth has slowed since June.”"), or that opens one running on into
# the next sentences: with no reporting clause of its own, it goes on the quotation of the sentence before it.
_WHOLE_QUOTE_RE = re.compile(r"\s*[\"“][^\"“”]{8,}(?:[\"”]\s*|$)")
# A reporting clause that ends its sentence with a colon ("Area Commander Gary Lindsay added:") introduces the
# quotation that follows in the next paragraph.
_INTRODUCES_RE = re.compile(r":\s*$")
# a quotation framed without a reporting verb: "In the words of X, ...", "To quote X, ...", "Quoting X, ..."
_QUOTING_RE = re.compile(r"\b(?:in the words of|to quote|quoting)\s+", re.IGNORECASE)
# "As X once put it, ...", "As X herself liked to say, ...": the person whose words follow
_AS_FRAME_RE = re.compile(
    r"\s*As\s+(?:the\s+late\s+)?(?P<np>[A-Z][^,\"“”]{1,80}?)(?:\s+(?:him|her|them|it)sel(?:f|ves))?"
    r"\s+(?:(?:once|often|famously|memorably|so\s+memorably|always)\s+)?"
    r"(?:put\s+it|(?:liked|loved|used)\s+to\s+(?:say|put\s+it|remind\s+us)|was\s+fond\s+of\s+saying"
    r"|would\s+(?:often\s+|always\s+)?say)\s*,")
_ACCORDING_RE = re.compile(r"\b(?:according to|citing|as reported by|as cited by)\s+", re.IGNORECASE)
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?"
    r"(disclosed|confirmed|reported|announced|revealed|released|verified|stated|made public|shared|published"
    # a claim answered: "The findings were questioned by Ruth Ellison, a climate modeller ..."
    r"|questioned|disputed|challenged|contested|criticised|criticized)\s+by\s+",
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
# Sources that are documents: the organisation behind them is the speaker when it is named.
_DOCUMENT_NOUNS = lexicon("source_documents")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near)\s+$")
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
_PRONOUNS = {"he": ("m", 1), "she": ("f", 1), "they": (None, 2), "it": (None, 0)}
# object forms, as after "according to": "according to her" is the woman the text is about
_OBJECT_PRONOUNS = {"him": ("m", 1), "her": ("f", 1), "them": (None, 2)}
# "the great-grandmother said", "the 52-year-old said": a description standing for a person named before it
_DESCRIBED_PERSON_RE = re.compile(
    r"^[Tt]he\s+(?:(?P<age>\d{1,3})-year-old|(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))$")
_PERSON_DESCRIPTORS = lexicon("person_descriptors")
# nouns for a person by their trade: "the retired postman", "the fisherman", "the pianist"
_PERSON_SUFFIX_RE = re.compile(r"^[a-z]{2,}(?:man|woman|ist)$")
MIN_SUFFIXED_PERSON_CHARS = 7  # "postman", "dentist"; not "list", "woman" alone is in the lexicon
# an age given with a name: "Jim Haworth, 52, said", "17-year-old Ava Lin"
_AGE_AFTER_RE = re.compile(r",\s+(?P<age>\d{1,3}),")
_AGE_BEFORE_RE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+$")
# verbs whose object after them is the listener: "..., told The Herald" names no speaker
_LISTENER_AFTER = frozenset(["tell"])
# "her team", "his colleagues": the people a named person leads or works with
_TEAM_RE = re.compile(r"^(?:her|his|their)\s+(?:\w+\s+)?(?:team|colleagues|co-authors|co-workers|group|lab)$")
# "the judge" for "Justice Helen Marchetti": role nouns that name the same office (lexicon role_equivalents)
_ROLE_EQUIVALENTS = {word: frozenset(line.lower().split()) for line in lexicon_entries("role_equivalents")
                     for word in line.lower().split()}
_SOURCE_NOUNS = lexicon("source_nouns") | lexicon("source_documents")
# "a local farmer", "one Canterbury manufacturer" (a place may describe the person), up to a preposition
_INDEFINITE_PERSON_RE = re.compile(
    r"^(?:[Aa]s\s+)?(?:[Aa]n?|[Oo]ne)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}?(?P<head>[a-z][a-z-]{2,})(?=\s+(?:from|in|at|of|with|who)\b|$)")
_KIN_RE = re.compile(r"^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|old|first|own)\s+)?(?P<head>[a-z]+)$")
_GROUP_DESCRIPTIONS = {
    **{noun: "org" for noun in lexicon("group_organisations")},
    **{noun: "publication" for noun in lexicon("group_publications")},
}
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several|two|three|four|five|many|other|senior|one)\s+", re.IGNORECASE)
_PUBLICATION_CUES = {"report", "write"}
# Descriptions that can stand for any organisation ("the company" for "Norvik Systems").
# "the ship's operator", "the victim's family": a party described by whose it is, with no name
_POSSESSED_PARTY_RE = re.compile(r"^the\s+[a-z]+['’]s?\s+(?P<head>[a-z]+)$")
_COMPANY_DESCRIPTIONS = frozenset(["company", "firm", "group"])  # what a company's release calls the company
_GENERIC_DESCRIPTIONS = frozenset(
    """company firm agency group organisation organization outlet newspaper paper daily broadcaster publication
    magazine""".split()
)
_NOT_SPEAKERS = frozenset("the this that these those it its a an recent new some many most all both".split())
_PUBLICATION_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|Press|Agency|"
    r"Bloomberg|Politico|Axios|CNN|BBC|AFP|TASS|Xinhua|Yonhap|Kyodo|Interfax|Economist|Independent|Pravda|Spiegel|"
    r"Monde)\b"
)


_NP_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Maj Col Capt Cmdr Adm Sgt Brig St Jr Sr Inc Corp Co Ltd No".split()
)
# "have not reported any deaths": a negated report of "any" states that there were none
_ZERO_REPORT_RE = re.compile(r"\s+any\b", re.IGNORECASE)
# "the President", "The Foreign Minister", "the minister": a role standing for the person who holds it
_ROLE_NOUN_RE = re.compile(r"^[Tt]he\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)$")
# "The Prime Minister's Official Spokesperson (PMOS)": a role the text abbreviates, so the office itself is who
# speaks when no one is named in it ("the PMOS said ...")
_DEFINED_ROLE_RE = re.compile(
    r"(?P<role>(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|to|the|and)[ \t]+){0,2}){1,6}?[A-Z][\w\-]*)"
    r"[ \t]+\((?P<acronym>[A-Z]{2,8})\)"
)
_NP_END_RE = re.compile(
    r"\s+(?:who|which|that|in|on|at|during|when|after|before|as|to|and|adding|saying|referring|told|without|while)\b"
)


@dataclass
class SentenceAttribution:
    """The attribution of one sentence and how it was found."""

    attribution: Attribution | None
    refers_back: bool = False  # "This information was disclosed by X.": belongs to the previous statement
    # "That warning came from X, ...": X said the unattributed quotation before; the sentence itself is narration
    names_previous: bool = False
    coreference: bool = False  # the speaker was resolved from a pronoun, surname or description
    # when two speakers report in one sentence ("Smith said ..., while Jones said ..."): each clause's
    # (start, end) in the sentence and its attribution, in order; empty otherwise
    clauses: list[tuple[int, int, Attribution]] = field(default_factory=list)


@dataclass
class _Candidate:
    start: int
    lemma: str
    np: str
    np_start: int
    inverted: bool


_WORD_RE = re.compile(r"[A-Za-z]+")
_CUE_FIRST_WORDS = frozenset(form.split()[0] for form in CUE_LEMMA)
_SAYING_FIRST_WORDS = frozenset(form.split()[0] for form in _VERBS.present_participle)
# "to" right before the verb: an infinitive ("declined to comment", "plans to announce")
# "declined to comment": nothing is reported yet; "used to say" reports a habit, it is said
_INFINITIVE_RE = re.compile(r"(?<!\bused\s)\bto\s+(?:\w+ly\s+)?$")
# how far into a clause (characters) its subject may start ("Local officials in Ohio" counts, a later name not)
_SUBJECT_REACH = 40
# a lower-case word and a preposition before a place: "a commuter from Leeds", "a nurse in Lagos"
_PLACE_MODIFIER_RE = re.compile(r"\b[a-z][\w-]*\s+(?:from|in|at|near|of|outside|on)\s+(?:the\s+)?$")
_HONORIFIC_ROLES = frozenset("dr mr mrs ms miss prof professor hon sir dame".split())
# ", the Agency's Executive Director", ", Director of the Centre": a role given in apposition after a name
_APPOSITIVE_ROLE = r",\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
# "Shopkeepers in Leeds", "Farmers from the north": people named by what they do, then where they are
_PEOPLE_IN_PLACE_RE = re.compile(r"[A-Z][a-z]+s\s+(?:from|in|at|near|outside|on)\s+(?:the\s+)?$|[A-Z][a-z]+s\s+"
                                 r"(?:from|in|at|near|outside|on)\s+(?:the\s+)?[A-Z]")  # "Residents on the X estate"
_QUOTE_CHARS = re.compile(r"[\"“”]")
# ", Renson Ingonga." after "said the Director of Public Prosecutions": the role's holder named in apposition.
_APPOSITIVE_NAME_RE = re.compile(r",\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?=[.;]|$)")


def _quote_mask(text: str, inside: bool) -> tuple[list[bool], bool]:
    """Per-character 'inside quotation marks' flags, and whether a quote is still open at the end."""
    if not _QUOTE_CHARS.search(text):
        return [inside] * len(text), inside
    mask = []
    for i, ch in enumerate(text):
        if ch == '"' and i == 0 and text[1:2].strip():
            # a paragraph of a quotation running over several paragraphs opens again with a straight quote mark,
            # which the previous paragraph left open: at the start of a sentence it always opens one
            mask.append(True)
            inside = True
            continue
        if ch == "“":
            mask.append(True)
            inside = True
            continue
        if ch == "”":
            mask.append(True)
            inside = False
            continue
        if ch == '"':
            inside = not inside
            mask.append(True)
            continue
        mask.append(inside)
    return mask, inside


MIN_QUOTED_WORDS = 4  # fewer quoted words are scare quotes ("at war"), not a quotation


def _quoted_words(text: str) -> int:
    """Words in the longest quoted stretch; scare quotes ("at war") are short."""
    best = 0
    for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]?", text):
        best = max(best, len(m.group(1).split()))
    return best


class Attributor:
    """Finds the attribution of each sentence of one article, in order."""

    def __init__(self, people: dict[str, PersonInfo] | None = None, principal: str | None = None,
                 issuers: tuple[str, ...] = (), heading: list[PersonInfo] | None = None,
                 unnamed: tuple[str, str] | None = None):
        """``principal``: the person a readout is about ("the Minister" is that minister); ``issuers``: the names
        of the body issuing a release ("the agency" is the "Japan Aerospace Exploration Agency" issuing it);
        ``heading``: people the page's heading names with their role, known before the first sentence."""
        self.people = dict(people or {})
        for info in heading or ():
            known = self.people.setdefault(info.name, info)
            known.role = known.role or info.role
        self.principal = principal
        self.unnamed = unnamed  # a readout's unnamed principal: (bare role, the office that speaks for them)
        self.issuers = issuers
        self.sentence_index = -1
        self.in_quote = False
        self.quote_attribution: Attribution | None = None
        # offices the text abbreviates, by their lower-cased name and acronym ("pmos" -> "Prime Minister's ...")
        self.offices: dict[str, str] = {}
        # (sentence index, name, was speaker) for every person mention, latest last
        self.persons: list[tuple[int, str, bool]] = [(-1, info.name, False) for info in heading or ()]
        self.last_org: str | None = None
        self.last_publication: str | None = None
        self.last_anonymous: Attribution | None = None
        self.last_anonymous_index = -2  # the sentence it spoke in
        self.last_plural: Attribution | None = None
        # (sentence index, name) of organisations quoted so far
        self.org_speakers: list[tuple[int, str]] = []
        # the sentence index and attribution of the latest sentence that quoted a named person
        self.last_quoted: tuple[int, Attribution] | None = None
        self.ages: dict[str, int] = {}  # a person's age as the text gives it ("Jim Haworth, 52,")

    # ------------------------------------------------------------------ public
    def attribute(self, text: str, offset: int, mentions: list[EntityMention]) -> SentenceAttribution:
        """Attribution of the sentence ``text`` starting at article offset ``offset``."""
        self.sentence_index += 1
        self._learn_offices(text)
        started_inside = self.in_quote
        mask, self.in_quote = _quote_mask(text, self.in_quote)
        local = (
            [EntityMention(m.name, m.type, m.mention, m.start - offset, m.end - offset) for m in mentions]
            if offset
            else mentions
        )
        listed = [m.span() for m in _TICKER_RE.finditer(text)]
        unlisted = [m for m in local if not any(a <= m.start < b for a, b in listed)]
        result = self._find(_TICKER_RE.sub(lambda m: " " * len(m.group()), text), unlisted, mask)
        result.attribution = self._as_issuer(result.attribution)
        result.clauses = [(a, b, self._as_issuer(x)) for a, b, x in result.clauses]
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
        if self.in_quote and result.attribution is not None:
            self.quote_attribution = result.attribution
        elif not self.in_quote:
            self.quote_attribution = None
        self._remember(local, result)
        self._learn_role(text, result.attribution)
        self._learn_genders(text, mask, local, result.attribution)
        self._learn_ages(text, local)
        return result

    def _learn_ages(self, text: str, mentions: list[EntityMention]) -> None:
        for m in mentions:
            if m.type == "PERSON":
                age = _AGE_AFTER_RE.match(text, m.end) or _AGE_BEFORE_RE.search(text, 0, m.start)
                if age:
                    self.ages.setdefault(m.name, int(age.group("age")))

    def _learn_genders(self, text: str, mask: list[bool], mentions: list[EntityMention],
                       a: Attribution | None) -> None:
        """A pronoun bound to a person in this sentence ("Corcoran said she ...") tells their gender."""
        if "he" not in text and "her" not in text and "his" not in text:
            return
        people = [(m.start, m.end, m.name) for m in mentions if m.type == "PERSON"]
        speaker = a.speaker if a is not None and a.speaker_type == "PERSON" and not a.anonymous else None
        for name, gender in bound_genders(text, mask, people, speaker).items():
            info = self.people.setdefault(name, PersonInfo(name))
            info.gender = info.gender or gender

    def _gender(self, name: str) -> str | None:
        """What the page tells of a person's gender: a form of address or pronoun, else a gendered role noun."""
        info = self.people.get(name)
        return None if info is None else info.gender or role_gender(info.role)

    def _learn_role(self, text: str, a: Attribution | None) -> None:
        """The role a quoted person is given in apposition ("said Dr. Ana Ruiz, the Agency's Executive Director"):
        "the Executive Director" later in the text is them."""
        if a is None or a.speaker_type != "PERSON" or not a.speaker or a.anonymous:
            return
        info = self.people.setdefault(a.speaker, PersonInfo(a.speaker))
        if info.role and info.role.lower().strip(". ") not in _HONORIFIC_ROLES:  # "Dr." is a form of address
            return
        m = re.search(re.escape(a.speaker) + _APPOSITIVE_ROLE, text)
        if m and m.group("role").split()[-1].lower() in ROLE_HEADS:
            info.role = m.group("role")

    def _as_issuer(self, a: Attribution | None) -> Attribution | None:
        """The release's issuer under the name the release gives it, when a sentence names it another way ("Acme
        Solar Inc.", "Acme" for "Acme Solar")."""
        if a is None or a.anonymous or not a.speaker or not self.issuers:
            return a
        if a.speaker_type == "PERSON" and " " in a.speaker:
            return a
        for name in self.issuers:
            if _same_body(a.speaker, name):
                return replace(a, speaker=name, organization=name, speaker_type="ORG")
        return a

    def _learn_offices(self, text: str) -> None:
        """Remember a role the sentence defines with its acronym ("the Prime Minister's Official Spokesperson
        (PMOS)"): both forms then name that office."""
        for m in _DEFINED_ROLE_RE.finditer(text):
            words = [w for w in m.group("role").split() if w[0].isupper()]
            for i in range(len(words)):
                if "".join(w[0] for w in words[i:]) == m.group("acronym"):
                    role = " ".join(m.group("role").split()[m.group("role").split().index(words[i]):])
                    if role.split()[-1].lower() in ROLE_HEADS:
                        self.offices[role.lower()] = self.offices[m.group("acronym").lower()] = role
                    break

    def _office(self, np: str) -> Attribution | None:
        """"The PMOS", "the Prime Minister's Official Spokesperson": an office the text defined, spoken for by
        nobody it names."""
        role = self.offices.get(_DETERMINERS.sub("", np.strip("()")).lower())  # "(PMOS) said": the acronym
        if role is None or self._role_holder(role) is not None:
            return None
        return Attribution(speaker=role, role=role, speaker_type="PERSON")

    def _continues_quote(self, text: str) -> bool:
        return (self.last_quoted is not None and self.last_quoted[0] == self.sentence_index - 1
                and _WHOLE_QUOTE_RE.fullmatch(text) is not None)

    # ------------------------------------------------------------------ state
    def _remember(self, mentions: list[EntityMention], result: SentenceAttribution) -> None:
        speaker = result.attribution.speaker if result.attribution else None
        for m in mentions:
            if m.type == "PERSON":
                self.persons.append((self.sentence_index, m.name, m.name == speaker))
            elif m.type in ("ORG",):
                self.last_org = m.name
        a = result.attribution
        if a is None:
            return
        if (
            a.speaker_type == "PERSON"
            and a.speaker
            and not any(p[1] == a.speaker and p[2] and p[0] == self.sentence_index for p in self.persons)
        ):
            self.persons.append((self.sentence_index, a.speaker, True))
        if a.speaker_type == "ORG" and a.speaker:
            self.last_org = a.speaker
            self.org_speakers.append((self.sentence_index, a.speaker))
            if a.cue in _PUBLICATION_CUES or _PUBLICATION_WORDS.search(a.speaker):
                self.last_publication = a.speaker
        if a.anonymous:
            self.last_anonymous, self.last_anonymous_index = a, self.sentence_index
            if a.description and re.search(r"s\b", a.description.split()[-1] if a.description.split() else ""):
                self.last_plural = a

    # ------------------------------------------------------------------ sentence
    def _find(self, text: str, mentions: list[EntityMention], mask: list[bool]) -> SentenceAttribution:
        words = set(_WORD_RE.findall(text))
        candidates = [] if words.isdisjoint(_CUE_FIRST_WORDS) else self._reporting_clauses(text, mask, mentions)
        speaking = self._speaking(candidates, mentions, text)
        if not speaking and "," in text and not words.isdisjoint(_SAYING_FIRST_WORDS):
            speaking = self._speaking(self._saying_clauses(text, mask, mentions), mentions, text)
        if speaking:
            speaking = _closing_speaker_first(text, speaking)
            _, attribution, coref = speaking[0]
            return SentenceAttribution(attribution, coreference=coref, clauses=_speaker_clauses(text, speaking))
        low = text.lower()
        quoted = self._quoted_source(text, low, mask, mentions)
        if quoted is not None:
            return quoted
        has_according = "according to" in low or "citing" in low or "by" in words
        for m, attribution, coref in self._speakers_after(_ACCORDING_RE, text, mask, mentions) if has_according else ():
            evidence = _is_evidence(self._np_after(text, m.end())[0])
            if attribution.anonymous and not attribution.organization and evidence:
                continue  # "according to exchange data": data are no speaker
            attribution.cue = "cite" if m.group().lower().startswith("citing") else "according to"
            if (
                attribution.speaker_type == "ORG"
                and attribution.cue == "according to"
                and _PUBLICATION_WORDS.search(attribution.speaker or "")
            ):
                self.last_publication = attribution.speaker
            return SentenceAttribution(attribution, coreference=coref)
        if "from" in words or "of" in words:
            for m, attribution, coref in self._speakers_after(_CAME_FROM_RE, text, mask, mentions):
                noun = (m.group("noun") or m.group("noun_of")).lower()
                if noun in lexicon("utterance_nouns") and attribution.speaker_type == "PERSON":
                    return SentenceAttribution(attribution, coreference=coref, names_previous=True)
        for m, attribution, coref in self._speakers_after(_PASSIVE_RE, text, mask, mentions) if "by" in words else ():
            attribution.cue = _lemma_of_participle(m.group(1))
            back = bool(_BACK_REFERENCE_RE.match(text.lstrip()))
            return SentenceAttribution(attribution, refers_back=back, coreference=coref)
        return SentenceAttribution(None)

    def _quoted_source(self, text: str, low: str, mask: list[bool],
                       mentions: list[EntityMention]) -> SentenceAttribution | None:
        """The person a speaker quotes in a frame without a reporting verb: "In the words of X, ...", "To quote X,
        ...", "As X once put it, ...", "As X herself liked to say, ..."."""
        if "quot" in low or "words of" in low:
            for m, attribution, coref in self._speakers_after(_QUOTING_RE, text, mask, mentions):
                # "To quote the Governor of the Bank, Dr. Ana Ruiz, ...": the person the role is given to
                frame_end = min([i for i in (text.find('"', m.end()), text.find("“", m.end())) if i >= 0],
                                default=len(text))
                person = next((p for p in mentions if p.type == "PERSON" and m.end() <= p.start < frame_end), None)
                resolved = self._resolve(person.mention, person.start, mentions, text) if person else None
                attribution, coref = resolved if resolved and resolved[0].speaker_type == "PERSON" \
                    else (attribution, coref)
                attribution.cue = "quote"
                return SentenceAttribution(attribution, coreference=coref)
        frame = _AS_FRAME_RE.match(text)
        if frame is None or mask[frame.start("np")]:
            return None
        resolved = self._resolve(frame.group("np"), frame.start("np"), mentions, text)
        if resolved is None:
            return None
        resolved[0].cue = "say"
        return SentenceAttribution(resolved[0], coreference=resolved[1])

    def _speaking(
        self, candidates: list[_Candidate], mentions: list[EntityMention], text: str
    ) -> list[tuple[_Candidate, Attribution, bool]]:
        """The first candidate of each cue that resolves to a speaker, with its attribution and coreference flag."""
        speaking: list[tuple[_Candidate, Attribution, bool]] = []
        for cand in candidates:
            if speaking and cand.start == speaking[-1][0].start:
                if not _describes_workplace(*speaking[-1][:2]):
                    continue  # this cue already has its speaker
                # "Dr. Ana Ruiz, an epidemiologist at Texas Tech University, said": the person, not the workplace
                resolved = self._resolve(cand.np, cand.np_start, mentions, text)
                if resolved is not None and resolved[0].speaker_type == "PERSON" and resolved[0].speaker:
                    resolved[0].cue = cand.lemma
                    resolved[0].organization = resolved[0].organization or speaking[-1][1].speaker
                    speaking[-1] = (cand, *resolved)
                continue
            resolved = self._resolve(cand.np, cand.np_start, mentions, text)
            if resolved is not None:
                resolved[0].cue = cand.lemma
                speaking.append((cand, *resolved))
        return speaking

    def _speakers_after(self, pattern: re.Pattern, text: str, mask: list[bool], mentions: list[EntityMention]):
        """(match, attribution, coreference) for each unmasked cue whose following noun phrase names a source."""
        for m in pattern.finditer(text):
            if mask[m.start()]:
                continue
            np, np_start = self._np_after(text, m.end())
            resolved = self._resolve(_whole_mention(np, np_start, mentions, text), np_start, mentions, text)
            if resolved is not None:
                yield m, *resolved

    def _reporting_clauses(self, text: str, mask: list[bool], mentions: list[EntityMention]) -> list[_Candidate]:
        found = []
        # "and" inside "Organisation for Economic Co-operation and Development" is no clause boundary
        inside_name = [(m.start, m.end) for m in mentions if " " in m.mention]
        for m in _CUE_RE.finditer(text):
            if mask[m.start()]:
                continue
            lemma = CUE_LEMMA[" ".join(m.group(1).split())]
            if _is_plural_noun(m.group(1), text[: m.start()], text[m.end():]):
                continue  # "killed 200 people across six states", "member states voted": a noun, not a verb
            if _reduced_relative(m.group(1), text[: m.start()]):
                continue  # "according to a national survey published today": the survey's description
            after = text[m.end() :]
            tail = bool(_TAIL_ADVERBIAL_RE.match(after))
            if lemma in _NEEDS_THAT and not tail and not _THAT_AHEAD_RE.match(after) \
                    and not _ZERO_THAT_AHEAD_RE.match(after):
                continue
            if lemma in _VERBS.needs_quote and not _QUOTE_AHEAD_RE.match(after) \
                    and not _AS_VERDICT_AHEAD_RE.match(after):
                continue
            if _INFINITIVE_RE.search(text, 0, m.start()):
                continue  # "declined to comment", "is expected to announce": nothing is reported yet
            if lemma == "tell" and not re.match(r"\s+[\w$€£]", after):
                continue
            # subject on the left, back to the nearest clause boundary
            head = text[: m.start()]
            bounds = [
                b for b in _BOUNDARY_RE.finditer(head) if not any(s < b.start() and b.end() < e for s, e in inside_name)
                and not (len(b.group()) > 1 and b.group().isupper())  # "A WHO spokeswoman said": an acronym
            ]
            boundary = bounds[-1] if bounds else None
            seg_start = boundary.end() if boundary else 0
            segment = head[seg_start:]
            relative = boundary is not None and boundary.group().lower() in _RELATIVE
            if relative and not _introduces_quote(boundary, after, head[:boundary.start()]):
                continue  # "targets that it says are crucial"
            words = segment.split()
            if [w.lower() for w in words[-2:]] == ["used", "to"]:  # "My grandmother used to say that ..."
                words = words[:-2]
            negated = passive = False
            while words and (words[-1].lower() in _BETWEEN_WORDS or (words[-1].endswith("ly") and words[-1].islower())):
                negated = negated or words[-1].lower() in _NEGATORS or words[-1].lower().endswith("n't")
                passive = passive or words[-1].lower() in _PASSIVE_AUX
                words.pop()
            if negated and not _ZERO_REPORT_RE.match(after):
                continue  # "has not confirmed": no statement is attributed
            if passive and lemma in _PASSIVE_NO_SPEAKER:
                continue  # "Trump is expected to ...": nobody is quoted
            if words and words[0].lower() in (
                "however",
                "meanwhile",
                "still",
                "but",
                "and",
                "yet",
                "separately",
                "also",
            ):
                words = words[1:]
            np = " ".join(words)
            if np and _SUBORDINATE_START.match(np):
                continue
            leader = self._team_leader(np, boundary, head, seg_start, mentions)
            if leader is not None:  # "Prof Ann Cole and her team found that ...": the person who leads
                found.append(_Candidate(m.start(), lemma, leader.mention, leader.start, False))
                continue
            if np:
                np_start = head.find(words[0], seg_start)
                found.append(_Candidate(m.start(), lemma, np, np_start, False))
                continue
            # "..., said Deputy Press Secretary Sabrina Singh, who ..." : subject after the verb
            if boundary is None and m.start() > 0:
                continue
            np, np_start = self._np_after(text, m.end())
            appositive = _APPOSITIVE_NAME_RE.match(text, np_start + len(np))
            if np.lower().startswith("the ") and appositive:  # "..., said the Chief Executive, Jane Mwangi."
                np, np_start = appositive.group("name"), appositive.start("name")
            if np and not re.match(r"(?:that|it|this|so|in|on|at|the\s+\w+\s+was)\b", np, re.IGNORECASE) \
                    and _AUXILIARY_RE.search(np) is None and lemma not in _LISTENER_AFTER:
                # "..., Maria Zakharova, said Finland was ...": reported; "..., told The Herald": the listener
                found.append(_Candidate(m.start(), lemma, np, np_start, True))
            # "His coach, Gervais Hakizimana, said ...", "Two aid workers, who asked not to be named, said ..."
            if boundary is not None and boundary.group() == ",":
                prev_end = boundary.start()
                taken = 0
                for _ in range(4):
                    prev_start = (
                        max(head.rfind(",", 0, prev_end), head.rfind('"', 0, prev_end), head.rfind("”", 0, prev_end))
                        + 1
                    )
                    seg = head[prev_start:prev_end]
                    if _address_tail(seg, head[:prev_start], prev_start, mentions):
                        prev_end = prev_start - 1  # "... in Punta Arenas, Chile, said": the country of a place
                        continue
                    first = seg.split()[0].lower() if seg.split() else ""
                    skip = first in ("who", "which", "whose", "whom", "speaking", "citing", "according") or (
                        first.endswith("ing") and first.islower()
                    )
                    if not skip and seg.strip() and not _SUBORDINATE_START.match(seg.strip()):
                        # "Ms Rebecca Long, a commuter from Leeds, said": try the description, then the name
                        lead = len(seg) - len(seg.lstrip())
                        found.append(_Candidate(m.start(), lemma, seg.strip(), prev_start + lead, False))
                        taken += 1
                    if taken == 2 or prev_start <= 1 or (not skip and taken and not _DESCRIPTION_RE.match(seg)
                                                         and not _opens_with_role(seg) and not _capitalised_job(seg)):
                        break
                    prev_end = prev_start - 1
        return found

    @staticmethod
    def _team_leader(np: str, boundary: re.Match | None, head: str, seg_start: int,
                     mentions: list[EntityMention]) -> EntityMention | None:
        """The person in "<Name> and her team/colleagues found ...", when the subject after "and" is their team."""
        if boundary is None or boundary.group().lower() != "and" or not _TEAM_RE.match(np):
            return None
        clause_start = max((b.end() for b in _BOUNDARY_RE.finditer(head, 0, boundary.start())), default=0)
        people = [m for m in mentions if m.type == "PERSON" and clause_start <= m.start and m.end <= boundary.start()]
        return people[0] if people else None

    def _saying_clauses(self, text: str, mask: list[bool], mentions: list[EntityMention]) -> list[_Candidate]:
        """"The minister left the talks early, saying they had failed": the main clause's subject speaks."""
        found = []
        for m in _SAYING_RE.finditer(text):
            if mask[m.start()]:
                continue
            clause_start = max(text.rfind(ch, 0, m.start()) for ch in ';:"“”') + 1
            clause_start += len(text[clause_start:]) - len(text[clause_start:].lstrip())
            lemma = _VERBS.present_participle[" ".join(m.group(1).split())]
            subject = self._subject_at(text, clause_start, m.start(), mentions)
            if subject is not None:
                found.append(_Candidate(m.start(), lemma, subject[0], subject[1], False))
        return found

    @staticmethod
    def _subject_at(text: str, start: int, end: int, mentions: list[EntityMention]) -> tuple[str, int] | None:
        """The subject phrase opening the clause text[start:end]: a pronoun, a named entity or "the <noun>"."""
        clause = text[start:end]
        first = re.match(r"[\w'’]+", clause)
        if first is None:
            return None
        if first.group().lower() in _PRONOUNS:
            return first.group().lower(), start
        opening = [m for m in mentions if start <= m.start < start + _SUBJECT_REACH and m.end <= end]
        if opening:
            head = opening[0]
            return text[start : head.end].strip(), start
        described = re.match(r"(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?", clause, re.IGNORECASE)
        return (described.group(), start) if described else None

    @staticmethod
    def _np_after(text: str, pos: int) -> tuple[str, int]:
        """The noun phrase starting at ``pos``, up to punctuation or a clause word."""
        while pos < len(text) and text[pos].isspace():
            pos += 1
        end = pos
        while end < len(text):
            ch = text[end]
            if ch in ',;:!?"“”()':
                break
            if ch == ".":
                word = text[:end].rsplit(None, 1)[-1] if text[:end].strip() else ""
                if not (word in _NP_ABBREVIATIONS or len(word) == 1 or "." in word):
                    break
            end += 1
        np = text[pos:end]
        cut = _NP_END_RE.search(np)
        if cut:
            np = np[: cut.start()]
        return np.strip(), pos

    # ------------------------------------------------------------------ speakers
    def _resolve(
        self, np: str, np_start: int, mentions: list[EntityMention], text: str
    ) -> tuple[Attribution, bool] | None:
        """Turn a subject phrase into an Attribution (and whether coreference was needed), or None."""
        words = np.split()
        if not words or len(words) > 14:
            return None
        low = np.lower()
        inside = [m for m in mentions if m.start >= np_start and m.end <= np_start + len(np)]
        # pronouns
        if low in _PRONOUNS or low in _OBJECT_PRONOUNS:
            return self._resolve_pronoun(low)
        if _member_group(_DETERMINERS.sub("", low).strip()) or _qualified_group(words):  # "EU/EEA countries"
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="ORG"), False
        surname = self._by_surname(words[0]) if len(words) == 1 and words[0][:1].isupper() else None
        if surname is not None:  # "Al-Rashidi said": the person named in full before
            return Attribution(speaker=surname.name, role=surname.role, organization=surname.organization,
                               speaker_type="PERSON"), True
        # a named person
        # "one farmer in Kilkenny": a name after "in" places the speaker, it does not name them
        persons = [m for m in inside if m.type == "PERSON" and not _PLACE_BEFORE_RE.search(text, 0, m.start)
                   and not _name_as_modifier(m, text)]
        if persons:
            p = persons[-1]
            info = self._by_surname(p.name) or self.people.get(p.name) or PersonInfo(p.name)
            coref = p.mention.strip() != p.name and len(p.mention.split()) == 1
            return Attribution(
                speaker=info.name, role=info.role, organization=info.organization, speaker_type="PERSON"
            ), coref
        office = self._office(np)
        if office is not None:
            return office, False
        role_noun = _ROLE_NOUN_RE.match(np)
        if role_noun and self.unnamed and " ".join(role_noun.group(1).split()).lower() == self.unnamed[0].lower():
            office = self.unnamed[1]  # "The Prime Minister noted ..." in a readout that never names its principal
            return Attribution(speaker=office, organization=office, speaker_type="ORG"), False
        if role_noun and role_noun.group(1).split()[-1].lower() in ROLE_HEADS:
            holder = self._role_holder(role_noun.group(1))
            if holder is not None:  # "The President noted ...": the person introduced with that role
                info = self.people.get(holder) or PersonInfo(holder)
                return Attribution(speaker=holder, role=info.role, organization=info.organization,
                                   speaker_type="PERSON"), True
        described = self._described_person(np)
        if described is not None:
            return described, True
        core = _DETERMINERS.sub("", np)
        # anonymous people: "three sources familiar with the matter", "a senior US official"
        # a capitalised noun inside a name is no source noun ("British Antarctic Survey researchers")
        named_start = any(m.start == np_start for m in inside)
        head_index = next((i for i, w in enumerate(words) if w.lower().strip("'’,") in _SOURCE_NOUNS
                           and (w[:1].islower() or (i == 0 and not named_start))), None)
        if head_index is not None and words[head_index].lower().strip("'’,") in _DOCUMENT_NOUNS:
            authors = [m for m in inside if m.type in ("ORG", "GROUP")]
            if authors:  # "the poll by consultancy Atlas Intel"
                return Attribution(speaker=authors[-1].name, organization=authors[-1].name, speaker_type="ORG"), False
        if head_index is not None and (head_index <= 5):
            possessive = re.match(r"(?:the\s+)?(\w+)['’]s?\s", np, re.IGNORECASE)
            org = None
            coref = False
            if possessive and possessive.group(1).lower() in _GROUP_DESCRIPTIONS:
                org = (
                    self.last_publication
                    if _GROUP_DESCRIPTIONS[possessive.group(1).lower()] == "publication"
                    else self.last_org
                )
                org = org or self.last_org
                coref = True
            if org is None:
                head_end = np_start + len(" ".join(words[: head_index + 1]))
                pre = [m for m in inside if m.end <= head_end and m.type in ("ORG", "GPE")]
                post_mod = re.search(r"\b(?:at|from|of|for|with)\s+", np[len(" ".join(words[: head_index + 1])) :])
                post = []
                if post_mod:
                    post_start = head_end + post_mod.end()
                    post = [m for m in inside if m.start >= post_start and m.type in ("ORG", "GPE")][:1]
                    if re.search(r"\bcited by\b", np[: post_mod.start() + len(" ".join(words[: head_index + 1]))]):
                        post = []
                cands = pre + post
                orgs = [m for m in cands if m.type == "ORG"]
                org = (orgs[0] if orgs else cands[0]).name if cands else None
            description = np
            # "the sources", "those officials": the sources named earlier
            if re.match(r"^(?:the|those|these|such)\s+\w+$", low) and self.last_anonymous is not None:
                coref = True
                if org is None:
                    org = self.last_anonymous.organization
            return Attribution(
                speaker=None, organization=org, anonymous=True, description=description, speaker_type="PERSON"
            ), coref
        # "a local farmer", "one Canterbury manufacturer", "a nurse from Townsville": one unnamed person
        # (not an appositive after a name, "Dr. Ana Ruiz, an epidemiologist at ...", nor a document from an
        # organisation, "a flash estimate from Eurostat")
        kin = _KIN_RE.match(np)  # "My grandmother", "our old neighbour": a person known only by a relation
        if kin and kin.group("head").lower() in lexicon("kin_nouns"):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        indefinite = _INDEFINITE_PERSON_RE.match(np)
        if indefinite and indefinite.group("head").lower() not in _DOCUMENT_NOUNS \
                and not text[:np_start].rstrip().endswith(",") \
                and not any(m.type in ("ORG", "GROUP") for m in inside):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        described = _POSSESSED_PARTY_RE.match(np)  # "according to the ship's operator": an unnamed party
        if described and not inside and described.group("head") not in _DOCUMENT_NOUNS \
                and described.group("head") not in lexicon("evidence_nouns"):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        # organisations and governments
        orgs = [m for m in inside if m.type in ("ORG", "GROUP")]
        places = [m for m in inside if m.type == "GPE"]
        target = orgs[-1] if orgs else (places[-1] if places else None)
        if target is not None and not orgs and (_PLACE_MODIFIER_RE.search(text[np_start : target.start])
                                                or _PEOPLE_IN_PLACE_RE.match(text[np_start : target.start])):
            target = None  # "a commuter from Leeds": the place describes the speaker, it does not speak
            if _PEOPLE_IN_PLACE_RE.match(text[np_start:]):  # "Shopkeepers in Leeds told me ...": unnamed people
                return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        if target is not None and len(core.split()) <= len(target.mention.split()) + 3:
            return Attribution(speaker=target.name, organization=target.name, speaker_type="ORG"), False
        # "the newspaper", "the ministry", "the health agency": the organisation named earlier
        desc = re.match(r"^the\s+(?:[\w'’]+\s+){0,2}(\w+)$", low)
        if desc and desc.group(1) in _GROUP_DESCRIPTIONS:
            name = self._organisation_for(desc.group(1), [m for m in mentions if m.end <= np_start])
            if name:
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
            # "the health ministry" with no ministry named before: an unnamed institution
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="ORG"), False
        # an unknown capitalised name: two or three name-like words, or an organisation name
        if all(w[:1].isupper() for w in words) and 2 <= len(words) <= 5 and words[0].lower() not in _NOT_SPEAKERS:
            if words[-1].lower() in ROLE_HEADS:
                return None
            kind = "ORG" if words[-1].lower() in ORG_SUFFIXES or len(words) > 3 else "PERSON"
            return Attribution(speaker=np, organization=np if kind == "ORG" else None, speaker_type=kind), False
        if _single_name(words, np_start, text):  # "Fonterra has told us that ...", "DairyNZ estimates that ..."
            return Attribution(speaker=np, organization=np, speaker_type="ORG"), False
        return None

    def _by_surname(self, name: str) -> PersonInfo | None:
        """The one known person whose surname a one-word name is ("Lindqvist" -> "Tomas Lindqvist"), among the
        people the article describes, else among the people it has named."""
        if " " in name:
            return None
        found = [info for full, info in self.people.items() if " " in full and full.split()[-1] == name]
        if not found:
            named = {full for _, full, _ in self.persons if " " in full and full.split()[-1] == name}
            found = [PersonInfo(full) for full in named]
        return found[0] if len(found) == 1 else None

    def _role_holder(self, role: str) -> str | None:
        """Who "the <Role>" is: a readout's principal unless their role is another, else the latest person named
        with that role."""
        head = role.split()[-1].lower()
        principal = self.people.get(self.principal) if self.principal else None
        if principal is not None and (principal.role is None or head in principal.role.lower().split()):
            return principal.name
        roles = [role.lower()] + [role.lower()[: -len(head)] + other for other in _ROLE_EQUIVALENTS.get(head, ())
                                  if other != head]
        for _, name, _ in reversed(self.persons):
            info = self.people.get(name)
            if info is not None and info.role and any(r in info.role.lower() for r in roles):
                return name
        return None

    def _organisation_for(self, noun: str, earlier: list[EntityMention]) -> str | None:
        """The organisation a description such as "the agency" refers to."""
        if _GROUP_DESCRIPTIONS[noun] == "publication" and self.last_publication:
            return self.last_publication
        same_sentence = [m.name for m in earlier if m.type in ("ORG", "GROUP")]
        for name in reversed(same_sentence):
            if noun in name.lower():
                return name
        recent = [name for idx, name in self.org_speakers if idx >= self.sentence_index - 6]
        for name in reversed(recent):
            if noun in name.lower():
                return name
        for name in self.issuers:  # "the agency" in a release of the "... Agency": the issuer, not the last name
            if noun in name.lower().split():
                return name
        if noun not in _GENERIC_DESCRIPTIONS:
            return None  # "the ministry" is only a ministry named as such
        if same_sentence and noun in _COMPANY_DESCRIPTIONS:  # "..., the company announced": the issuer, else a firm
            named = [n for n in same_sentence if any(_same_body(n, i) for i in self.issuers)]
            firms = [n for n in same_sentence if _LEGAL_FORM_TAIL_RE.search(n)]
            if named or firms:
                return (named or firms)[0]
        if same_sentence:  # its subject: "Miner Codelco suspended work at its El Teniente mine, the company said"
            return same_sentence[0]
        if recent:
            return recent[-1]
        if self.issuers and noun in _COMPANY_DESCRIPTIONS:
            return self.issuers[0]  # "The company expects ..." in a company's release that quoted no other body
        return self.last_org

    def _focus_person(self, gender: str | None, age: int | None = None) -> str | None:
        """Whom "she"/"he"/"the teenager" stands for: of the people of the last few sentences whose gender (and
        age) agree, the person the previous sentence was about (its speaker, else its first-named person), then
        the latest speaker, then the latest person named."""
        window = [p for p in self.persons if p[0] >= self.sentence_index - 4]
        compatible = [p for p in window if self._gender(p[1]) in (None, gender)
                      and (age is None or self.ages.get(p[1]) == age)]
        previous = [p for p in compatible if p[0] == self.sentence_index - 1]
        focus = [p for p in previous if p[2]] or previous[:1]
        speakers = [p for p in compatible if p[2]]
        pick = (focus or speakers or compatible or [None])[-1]
        return pick[1] if pick else None

    def _unnamed_person_before(self) -> bool:
        """The previous sentence quoted one unnamed person ("A pensioner in Leeds said ...")."""
        a = self.last_anonymous
        words = (a.description or "").split() if a is not None else []
        return a is not None and a.speaker_type == "PERSON" and self.last_anonymous_index == self.sentence_index - 1 \
            and bool(words) and not words[-1].lower().endswith("s")

    def _described_person(self, np: str) -> Attribution | None:
        """"The 52-year-old said", "the great-grandmother said", "the former champion said": the person the text is
        about, of that age or gender."""
        m = _DESCRIBED_PERSON_RE.match(np)
        if m is None or (m.group("head") and not _describes_a_person(m.group("head").lower())):
            return None
        age = int(m.group("age")) if m.group("age") else None
        if age is not None and age not in self.ages.values():
            return None
        if age is None and self._unnamed_person_before():
            return replace(self.last_anonymous)  # "A pensioner said ... The pensioner said ...": still unnamed
        name = self._focus_person(role_gender(m.group("head")), age)
        if name is None:
            return None
        info = self.people.get(name) or PersonInfo(name)
        return Attribution(speaker=name, role=info.role, organization=info.organization, speaker_type="PERSON")

    def _resolve_pronoun(self, pronoun: str) -> tuple[Attribution, bool] | None:
        gender, number = _PRONOUNS.get(pronoun) or _OBJECT_PRONOUNS[pronoun]
        if number == 1:
            pick = self._focus_person(gender)
            if pick is None:
                return None
            info = self.people.setdefault(pick, PersonInfo(pick))
            info.gender = info.gender or gender
            return Attribution(
                speaker=info.name, role=info.role, organization=info.organization, speaker_type="PERSON"
            ), True
        if number == 2 and self.last_plural is not None:
            return replace(self.last_plural), True
        if self.last_org:
            return Attribution(speaker=self.last_org, organization=self.last_org, speaker_type="ORG"), True
        return None


# where one speaker's clause ends and the next one's begins: "; ", ", while", ", but", " whereas"
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*(?:;|,\s*(?:while|whereas|but|and|although|though)\b|\s(?:while|whereas|and|but)\b)\s*"
)


def _opens_with_role(segment: str) -> bool:
    """"Chair of the Authority", "the Governor": an appositive that gives a role, after the name it describes."""
    words = _DETERMINERS.sub("", segment.strip()).split()
    return bool(words) and words[0].lower() in ROLE_WORDS


def _introduces_quote(boundary: re.Match, after: str, before: str = "x") -> bool:
    """"As Professor X said last week, "...": an "as" clause whose quotation follows in the sentence; or one that
    opens the sentence and ends at a comma ("As Statistics Sweden reported last week, consumption fell ..."):
    the main clause is what X said."""
    if boundary.group().lower() != "as":
        return False
    return bool(_QUOTE_FOLLOWS_RE.match(after)) or (not before.strip() and bool(_AS_CLAUSE_END_RE.match(after)))


_PLACE_ENDS_RE = re.compile(r"\b(?:in|at|near|from|of)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,$")


_THE_BEFORE_RE = re.compile(r"\b(?:on|in|at|from|near|of)\s+the\s+$")  # "on the <Name> estate"; not "The Biden
# administration said", which keeps its person
_NOUN_AFTER_RE = re.compile(r"\s+[a-z]")


def _name_as_modifier(m: EntityMention, text: str) -> bool:
    """"Residents on the Brookfield estate": one name word between "on/in/at the" and a common noun names a place."""
    return " " not in m.mention.strip() and _THE_BEFORE_RE.search(text, 0, m.start) is not None \
        and _NOUN_AFTER_RE.match(text, m.end) is not None


def _describes_a_person(noun: str) -> bool:
    """A noun for a person in place of their name: a listed one, or a trade noun ("postman", "pianist") that is no
    role or source noun ("the spokeswoman" stays an unnamed source)."""
    if noun in _SOURCE_NOUNS:
        return False  # "the nurse", "the farmer": as likely an unnamed source
    if noun in _PERSON_DESCRIPTORS:
        return True
    return len(noun) >= MIN_SUFFIXED_PERSON_CHARS and bool(_PERSON_SUFFIX_RE.match(noun)) \
        and noun not in _GROUP_DESCRIPTIONS and noun not in ROLE_HEADS and noun not in _SOURCE_NOUNS


def _address_tail(seg: str, before: str, seg_start: int, mentions: list[EntityMention]) -> bool:
    """A comma-set segment that is only the country or region of the place before it ("in Punta Arenas, Chile")."""
    lead = len(seg) - len(seg.lstrip())
    start, end = seg_start + lead, seg_start + len(seg.rstrip())
    place = any(m.type == "GPE" and m.start == start and m.end == end for m in mentions)
    return place and _PLACE_ENDS_RE.search(before.rstrip()) is not None


def _is_evidence(np: str) -> bool:
    """"exchange data", "preliminary estimates": evidence named by its kind, with no one behind it ("a national
    survey published today": the participle describes it)."""
    words = np.split()
    cut = next((i for i, w in enumerate(words) if i and w.islower() and w.endswith("ed")), len(words))
    words = words[:cut]
    return (bool(words) and words[-1].lower() in lexicon("evidence_nouns") and not any(w[:1].isupper() for w in words)
            and not any(w.lower() in lexicon("source_nouns") for w in words[:-1]))  # "official figures": officials


# an appositive that describes the person before it: "an epidemiologist at ...", "leader of the council", "of the
# Fire Service"
_DESCRIPTION_RE = re.compile(r"\s*(?:(?:an?|the)\s+)?[a-z]|\s*\d{1,3}\s*$")  # ... or an age: "Ruiz, 54, said"


def _describes_workplace(candidate: _Candidate, attribution: Attribution) -> bool:
    """An appositive description ("an epidemiologist at <org>", "leader of <org>", "Chair of <org>",
    "spokesperson for the agency") that resolved to the organisation it names or to an unnamed person: the name
    before it speaks."""
    return (not candidate.inverted and (attribution.speaker_type == "ORG" or attribution.anonymous
                                        or _POSSESSIVE_ROLE_RE.match(candidate.np) is not None)
            and (_DESCRIPTION_RE.match(candidate.np) is not None or _opens_with_role(candidate.np)
                 or _capitalised_job(candidate.np) or _possessive_role(candidate.np)))


# "the Centre's Director", "the Agency's Executive Director": a role at the body the possessive names
_POSSESSIVE_ROLE_RE = re.compile(r"\s*(?:the\s+)?[A-Z][\w-]*['’]s\s+(?P<role>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*$")


def _possessive_role(segment: str) -> bool:
    m = _POSSESSIVE_ROLE_RE.match(segment)
    return m is not None and m.group("role").split()[-1].lower() in ROLE_HEADS


# "Consultant Epidemiologist at UKHSA", "Senior Scientist with the Survey": a job written in capitals, then its
# workplace
_CAPITALISED_JOB_RE = re.compile(r"^\s*(?P<job>(?:[A-Z][\w-]*\s+){0,3}(?P<head>[A-Z][\w-]*))\s+(?:at|of|for|with)\s+\S")


def _capitalised_job(segment: str) -> bool:
    """An appositive opening with a capitalised job whose last word is a staff job (lexicon ``byline_jobs``)."""
    m = _CAPITALISED_JOB_RE.match(segment)
    return m is not None and m.group("head").lower() in lexicon("byline_jobs")


def _speaker_key(a: Attribution) -> str:
    return a.speaker or a.description or ""


def _speaker_clauses(
    text: str, speaking: list[tuple[_Candidate, Attribution, bool]]
) -> list[tuple[int, int, Attribution]]:
    """One clause per speaker when different speakers report in the same sentence, else []; a sentence whose one
    speaker reports in a contrasting clause ("X urged a quick deal, whereas Y said ...") is two clauses, the first
    with no speaker of its own."""
    if len({_speaker_key(a) for _, a, _ in speaking}) == 1:
        return _contrast_clauses(text, speaking)
    if len(speaking) < 2:
        return []
    ordered = sorted(speaking, key=lambda s: s[0].start)
    out: list[tuple[int, int, Attribution]] = []
    start = 0
    for (before, attribution, _), (after, nxt, _) in zip(ordered, ordered[1:]):
        if _speaker_key(attribution) == _speaker_key(nxt):
            continue
        left = max(before.start, before.np_start if before.inverted else before.start)
        right = after.start if after.inverted else after.np_start
        splits = [m for m in _CLAUSE_SPLIT_RE.finditer(text, left, right) if m.end() <= right]
        if not splits:
            return []
        cut = splits[-1]
        out.append((start, cut.start(), attribution))
        start = cut.end()
    out.append((start, len(text.rstrip()), ordered[-1][1]))
    return out if len(out) >= 2 else []


def _named_person(a: Attribution) -> bool:
    return a.speaker_type == "PERSON" and bool(a.speaker) and not a.anonymous


def _closing_speaker_first(text: str, speaking: list[tuple[_Candidate, Attribution, bool]]
                           ) -> list[tuple[_Candidate, Attribution, bool]]:
    """"The board expects output to recover to 650,000 tonnes, Adjei said.": a named person's reporting clause that
    closes the sentence after its last comma frames the whole of it, over a body or unnamed source reporting inside."""
    if len(speaking) < 2:
        return speaking
    last = max(speaking, key=lambda s: s[0].start)
    cand, attribution = last[0], last[1]
    if not _named_person(attribution) or any(_named_person(a) for c, a, _ in speaking if c is not cand):
        return speaking
    clause_start = min(cand.start, cand.np_start)
    if text.rfind(",", 0, len(text)) > clause_start or not text[:clause_start].rstrip().endswith(","):
        return speaking
    return [last] + [s for s in speaking if s is not last]


def _member_group(core: str) -> bool:
    """"member states", "countries in the region", "five member states": members of a body named by no name."""
    words = core.split()
    counted = bool(words) and (words[0].isdigit() or words[0] in _COUNT_WORDS)
    words = words[1:] if counted else words
    for entry in lexicon("member_groups"):
        size = len(entry.split())
        if " ".join(words[:size]) != entry:
            continue
        if size > 1 and (len(words) == size or words[size] in _GROUP_TAILS):
            return True  # "Member States", "five Member States", "partner countries in Asia"
        if size == 1 and not counted and len(words) > size and words[size] in _GROUP_TAILS:
            return True  # "Countries in the region" (but "22 countries reported" counts what the speaker says)
    return False


def _qualified_group(words: list[str]) -> bool:
    """"EU/EEA countries", "Nordic countries": unnamed members of a region or body, qualified by its name."""
    if len(words) < 2 or words[-1].lower() not in lexicon("member_groups"):
        return False
    return not any(w.replace(",", "").isdigit() or w.lower().split("-")[0] in _COUNT_WORDS for w in words[:-1])


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                         "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                         "dozen dozens hundreds several many some all most both".split())
_GROUP_TAILS = frozenset("in from across of around throughout".split())


def _single_name(words: list[str], np_start: int, text: str) -> bool:
    """A subject that is one capitalised word opening its sentence and written nowhere in lower case in it
    ("Fonterra", "DairyNZ"): a body's name, unknown to the gazetteer."""
    if len(words) != 1 or np_start != 0 or not words[0][:1].isupper() or not words[0].isalpha() \
            and not words[0].replace("-", "").isalnum():
        return False
    word = words[0]
    return word.lower() not in _NOT_SPEAKERS and word.lower() not in _PRONOUNS \
        and re.search(rf"\b{re.escape(word.lower())}\b", text) is None and word.lower() not in lexicon("not_names") \
        and _SINGLE_NAME_REPORTS_RE.match(text, len(word)) is not None


# "<Name> estimates that", "<Name> has told us that": the verb and a that-clause right after a one-word subject
_SINGLE_NAME_REPORTS_RE = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+\s+(?:[a-z]+\s+){0,2}?that\b")


# "(NYSE: TDWL)", "(ASX: KRL)", "(NASDAQ: CPSL)": a listing beside a company's name, no clause boundary
_TICKER_RE = re.compile(r"\((?:[A-Z][A-Za-z]{1,10}(?:\s[A-Z][A-Za-z]{1,10})?\s*:\s*[A-Z0-9.]{1,8}"
                        r"(?:\s*[;,]\s*[A-Z][A-Za-z]{1,10}\s*:\s*[A-Z0-9.]{1,8})*)\)")
_LEGAL_FORM_TAIL_RE = re.compile(r",?\s+(?:Inc|Ltd|Limited|plc|PLC|AB|ASA|AG|SA|NV|LLC|Corp|GmbH|A/S)\.?$")


def _same_body(speaker: str, issuer: str) -> bool:
    """"Acme Solar, Inc." or "Acme" for the issuer "Acme Solar": its name with a legal form, or its first word."""
    bare, name = _LEGAL_FORM_TAIL_RE.sub("", speaker.strip()), _LEGAL_FORM_TAIL_RE.sub("", issuer.strip())
    if bare.lower() == name.lower():
        return True
    words = name.split()
    return " " not in bare and len(words) >= 2 and bare == words[0] and bare[:1].isupper()


# ", while Y said", ", whereas Y said": a contrasting clause whose own subject reports
_CONTRAST_SPLIT_RE = re.compile(r",\s*(?:while|whereas)\s+")
MIN_CONTRAST_CLAUSE_WORDS = 4


def _contrast_clauses(text: str, speaking: list[tuple[_Candidate, Attribution, bool]]) -> list:
    """The clause before ", while/whereas" and the reporting clause after it, when the speaker's subject opens the
    contrasting clause and the clause before it is a statement of its own; else []."""
    first = min(speaking, key=lambda s: s[0].start)
    candidate, attribution = first[0], first[1]
    if candidate.inverted:
        return []
    splits = [m for m in _CONTRAST_SPLIT_RE.finditer(text, 0, candidate.np_start) if m.end() == candidate.np_start]
    if not splits or len(text[:splits[-1].start()].split()) < MIN_CONTRAST_CLAUSE_WORDS:
        return []
    cut = splits[-1]
    return [(0, cut.start(), None), (cut.end(), len(text.rstrip()), attribution)]


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
    return noun in lexicon("source_documents") or noun in lexicon("evidence_nouns")


_COORDINATED_NAMES_RE = re.compile(r"\b[A-Z][\w'’\-]*,?\s+and\s+[A-Z][\w'’\-]*\s*$")


def _is_plural_noun(form: str, before: str, after: str = "") -> bool:
    """"states" after "six" or "the", before a verb ("member states voted") or after an active verb ("submitted
    felt reports") is a noun; "says" never is (lemma forms that end in -s only)."""
    if " " in form or not form.endswith("s") or form.endswith(("ss", "ays")):
        return False
    if _object_of_verb(before):
        return True
    if _COORDINATED_NAMES_RE.search(before):
        return True  # "Ondo, Edo and Ebonyi states": two subjects would "state", so "states" is their noun
    written = before.rsplit(None, 1)[-1] if before.strip() else ""
    previous = written.lower()
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


def _whole_mention(np: str, start: int, mentions: list[EntityMention], text: str) -> str:
    """The noun phrase, run on to the end of a name it cuts ("the Canada Mortgage" of "according to the Canada
    Mortgage and Housing Corporation": "and" inside a name is no end of the phrase)."""
    end = start + len(np)
    for mention in mentions:
        if start <= mention.start < end < mention.end:
            return text[start:mention.end]
    return np
