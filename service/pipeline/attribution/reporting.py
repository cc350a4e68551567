"""Reporting clauses: the candidate subjects of each reporting verb of a sentence, before or after it."""

from __future__ import annotations

import re

from ..entities import PORTFOLIO_BEFORE_AND, ROLE_HEADS
from ..language import lexicon
from ..models import EntityMention
from .candidates import (
    _APPOSITIVE_NAME_RE, _DESCRIPTION_RE, _EVIDENCE_SOURCES, _POSSESSIVE_PLACE_RE, _TEAM_RE, _address_tail,
    _capitalised_job, _opens_with_role,
)
from .cues import (
    CUE_LEMMA, _AS_VERDICT_AHEAD_RE, _AUXILIARY_RE, _BETWEEN_WORDS, _BOUNDARY_RE, _CUE_RE, _INFINITIVE_RE,
    _LISTENER_AFTER, _NEEDS_THAT, _NEGATORS, _PASSIVE_AUX, _PASSIVE_NO_SPEAKER, _QUOTE_AHEAD_RE, _RELATIVE,
    _RELAYED_CUE_RE, _SUBORDINATE_START, _TAIL_ADVERBIAL_RE, _THAT_AHEAD_RE, _VERBS, _ZERO_REPORT_RE,
    _ZERO_THAT_AHEAD_RE, _attributive_participle, _described_by_agent, _introduces_quote, _is_plural_noun,
    _reduced_relative,
)
from .records import _Candidate


# "More than 150 people reported feeling ...", "About 4,000 residents reported seeing ...": a count of witnesses
_COUNTED_WITNESSES_RE = re.compile(r"(?:^|[,;]\s*)(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|over\s+|some\s+)?"
                                   r"\d[\d,.]*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_GERUND_RE = re.compile(r"\s+[a-z]+ing\b")


# an auxiliary or modal right after a reporting word makes that word a noun ("the forecast does not", "the report
# was", "the claim will")
_FINITE_VERB_AHEAD_RE = re.compile(r"\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should"
                                   r"|may|might|must)\b(?!\s+(?:to|that)\b)")
_FIGURE_DOCUMENTS = lexicon("figure_documents")  # "the 2028 Budget projects a deficit of ...": the document's figure
_NOUN_LIKE_CUES = _EVIDENCE_SOURCES | _FIGURE_DOCUMENTS  # reporting words that are also document nouns


def _document_before(head: str, after: str) -> bool:
    """"the 2028 Budget projects a deficit of ...": a document, not a body, puts a figure "of" on its object (it may
    still put one "at" it, for whoever wrote it)."""
    words = head.split()
    return bool(words) and words[-1].lower().strip(",") in lexicon("source_documents") | _FIGURE_DOCUMENTS \
        and not re.match(r"\s+(?:[\w'’/-]+\s+){1,%d}?at\s" % MAX_VALUED_WORDS, after)
# "estimated the losses for exporters at 250 million dollars", "... at R$ 48 million", "... at Ksh 1.2 billion",
# "projects growth of 3.8 percent": a figure a verb of valuing puts on its object
_VALUING_LEMMAS = lexicon("valuing_lemmas")
MAX_VALUED_WORDS = 8
_VALUED_AT_RE = re.compile(r"\s+(?:[\w'’/-]+\s+){1,%d}?(?:at|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+"
                           r"|more\s+than\s+|less\s+than\s+|up\s+to\s+|between\s+)?(?:[A-Z][A-Za-z]{0,3}\s?)?[$€£¥₹]?\s?\d"
                           % MAX_VALUED_WORDS)


_SHARED_SUBJECT_JOINS = frozenset({"but", "and"})


# "Rafiqul Haque Sarker, deputy director of the DAE in Chapainawabganj, said a heatwave ...": a name opening the
# sentence, then one description between commas, is the subject; the words after "said" are what was said
# "Ana Ruiz, a councillor on Han, said", "..., a councillor on Han, the largest island of the atoll, said"
_NAME_THEN_DESCRIPTION_RE = re.compile(r"^\s*(?P<name>[^,\"“”]+),\s(?P<description>[^,\"“”]+),"
                                       r"(?:\s(?:the|a|an)\s[^,\"“”]+,)?\s*$")
MAX_APPOSITIVE_SEGMENTS = 3  # a name, its description and the description of a place in it
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_TIME_OPENERS = frozenset("in on at last this earlier later yesterday today".split())
_SEQUENCE_OPENERS = frozenset("during after before then finally first separately meanwhile".split())
# a short phrase of time or order opening the sentence before its subject: "At the outset, ", "On Monday, "
_OPENING_PHRASE_RE = re.compile(r"\s*(?P<word>[A-Z][a-z]+)\b[^,;:.\"“]{0,30},\s+")


_PERSON_NAME_SHAPE_RE = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+")


def _named_then_described(head: str, mentions: list[EntityMention]) -> bool:
    m = _NAME_THEN_DESCRIPTION_RE.match(head)
    if m is None:
        return False
    within = [e for e in mentions if e.start <= m.start("name") + 1 and e.end >= m.end("name") - 1]
    if any(e.type == "PERSON" for e in within):
        return True
    # a name no recogniser read as a person's, described by a role ("deputy director of ...")
    return _PERSON_NAME_SHAPE_RE.fullmatch(m.group("name").strip()) is not None \
        and (not within or _opens_with_role(m.group("description")))


def _last_comma(text: str, end: int) -> int:
    """The last comma before ``end`` that sets off a phrase, not one inside a figure ("1,200 hectares"); -1 if none."""
    at = text.rfind(",", 0, end)
    while at > 0 and at + 1 < len(text) and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.rfind(",", 0, at)
    return at


class _ReportingClauses:
    """Methods of ``Attributor`` (see ``attributor.py``): reporting-clause candidates."""

    def _reporting_clauses(self, text: str, mask: list[bool], mentions: list[EntityMention]) -> list[_Candidate]:
        found = []
        # "and" inside "Organisation for Economic Co-operation and Development" is no clause boundary
        inside_name = [(m.start, m.end) for m in mentions if " " in m.mention]
        for m in sorted([*_CUE_RE.finditer(text), *_RELAYED_CUE_RE.finditer(text)], key=lambda found: found.start()):
            if mask[m.start()]:
                continue
            form = " ".join(m.group(1).split())
            lemma = CUE_LEMMA.get(form, form)
            if _is_plural_noun(m.group(1), text[: m.start()], text[m.end():]):
                continue  # "killed 200 people across six states", "member states voted": a noun, not a verb
            if _attributive_participle(m.group(1), text[: m.start()], text[m.end():]):
                continue  # "80 percent of confirmed cases": an adjective
            if _FINITE_VERB_AHEAD_RE.match(text, m.end()) and form.lower() in _NOUN_LIKE_CUES:
                # "the IMF forecast does not justify ...": a noun, the subject of the verb after it (not "a move
                # exporters said would force ...")
                continue
            if _reduced_relative(m.group(1), text[: m.start()]) or _described_by_agent(m.group(1), text[m.end():]):
                continue  # "according to a national survey published today": the survey's description
            after = text[m.end() :]
            tail = bool(_TAIL_ADVERBIAL_RE.match(after))
            if lemma in _NEEDS_THAT and not tail and not _THAT_AHEAD_RE.match(after) \
                    and not _ZERO_THAT_AHEAD_RE.match(after) \
                    and not (lemma in _VALUING_LEMMAS and _VALUED_AT_RE.match(after)
                             and not _document_before(text[:m.start()], after)):
                continue
            if lemma in _VERBS.needs_quote and not _QUOTE_AHEAD_RE.match(after) \
                    and not _AS_VERDICT_AHEAD_RE.match(after):
                continue
            if _INFINITIVE_RE.search(text, 0, m.start()):
                continue  # "declined to comment", "is expected to announce": nothing is reported yet
            if lemma == "tell" and not re.match(r"\s+[\w$€£]", after):
                continue
            if lemma == "report" and _COUNTED_WITNESSES_RE.search(text[: m.start()]) and _GERUND_RE.match(after):
                continue  # "More than 150 people reported feeling the shaking": an event counted, not a source
            # subject on the left, back to the nearest clause boundary
            head = text[: m.start()]
            bounds = [
                b for b in _BOUNDARY_RE.finditer(head) if not any(s < b.start() and b.end() < e for s, e in inside_name)
                and not (len(b.group()) > 1 and b.group().isupper())  # "A WHO spokeswoman said": an acronym
                and not _joins_portfolio(head, b)
            ]
            # "A ranger who asked not to be named because he was not authorised to speak said ...": the reason belongs
            # to the relative clause, whose speaker is before "who"
            who = max((k for k, b in enumerate(bounds) if b.group().lower() == "who"), default=None)
            if who is not None and all(b.group().lower() in _CLAUSE_JOINERS for b in bounds[who + 1:]):
                del bounds[who + 1:]  # ("who handles nuts and asked not to be named ...": one clause, two verbs)
            boundary = bounds[-1] if bounds else None
            seg_start = boundary.end() if boundary else 0
            segment = head[seg_start:]
            relative = boundary is not None and boundary.group().lower() in _RELATIVE
            if relative and _relative_clause_subject(boundary, segment, bounds):
                # "A father who did not want to be named said ...": the person before the relative clause speaks
                boundary = bounds[-2] if len(bounds) > 1 else None
                seg_start = boundary.end() if boundary else 0
                segment = head[seg_start:bounds[-1].start()]
                relative = False
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
            if negated and not _ZERO_REPORT_RE.match(after) and lemma not in lexicon("belief_verbs"):
                continue  # "has not confirmed": no statement is attributed (but "does not expect" states a view)
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
            if len(words) > 1 and words[-1].lower() in _SUBJECT_PRONOUNS and "," not in " ".join(words) \
                    and words[0].lower() in _TIME_OPENERS:
                words = words[-1:]  # "In December she wrote to me: ...": the pronoun after a phrase of time
            np = " ".join(words)
            if boundary is not None and boundary.group() == "(" and re.fullmatch(r"[A-Z][A-Za-z&.-]{1,11}\)", np):
                np = np[:-1]  # "The Agence ... (ADEM) reports": the short name the bracket gives the body
            elif boundary is not None and boundary.group() == "(" and np.endswith(")") and len(bounds) >= 1:
                # "Swiss Rhine Ports (Schweizerische Rheinhäfen) said": the name before the bracket, not its
                # translation
                start = bounds[-2].end() if len(bounds) > 1 else 0
                before = head[start:boundary.start()].split()
                if before and before[0][:1].isupper():
                    words, seg_start, np = before, start, " ".join(before)
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
            shared = self._shared_subject(boundary, head, mentions) if not segment.strip() else None
            if shared is not None:  # "X, president of Y, called the plan a step ... but said it fell short"
                found.append(_Candidate(m.start(), lemma, shared[0], shared[1], False))
                continue
            # "..., said Deputy Press Secretary Sabrina Singh, who ..." : subject after the verb
            if boundary is None and m.start() > 0:
                continue
            np, np_start = self._np_after(text, m.end())
            appositive = _APPOSITIVE_NAME_RE.match(text, np_start + len(np))
            if np.lower().startswith("the ") and appositive:  # "..., said the Chief Executive, Jane Mwangi."
                np, np_start = appositive.group("name"), appositive.start("name")
            valued = lemma in _VALUING_LEMMAS and _VALUED_AT_RE.match(after) is not None  # "put the rate at 5%"
            if np and not re.match(r"(?:that|it|this|so|in|on|at|the\s+\w+\s+was)\b", np, re.IGNORECASE) \
                    and _AUXILIARY_RE.search(np) is None and lemma not in _LISTENER_AFTER and not valued \
                    and not _POSSESSED_CLAUSE_RE.match(np) \
                    and not _named_then_described(head, mentions):
                # "..., Maria Zakharova, said Finland was ...": reported; "..., told The Herald": the listener
                found.append(_Candidate(m.start(), lemma, np, np_start, True))
            # "His coach, Gervais Hakizimana, said ...", "Two aid workers, who asked not to be named, said ..."
            if boundary is not None and boundary.group() == ",":
                prev_end = boundary.start()
                taken = 0
                for _ in range(4):
                    prev_start = (
                        max(_last_comma(head, prev_end), head.rfind('"', 0, prev_end), head.rfind("”", 0, prev_end))
                        + 1
                    )
                    seg = head[prev_start:prev_end]
                    if _address_tail(seg, head[:prev_start], prev_start, mentions):
                        prev_end = prev_start - 1  # "... in Punta Arenas, Chile, said": the country of a place
                        continue
                    first = seg.split()[0].lower() if seg.split() else ""
                    skip = first in ("who", "which", "whose", "whom", "speaking", "citing", "according") or (
                        first.endswith("ing") and first.islower()
                    ) or (first.isdigit() and len(seg.split()) == 1)  # "Benítez, 58, who farms ...": an age
                    if not skip and seg.strip() and not _SUBORDINATE_START.match(seg.strip()):
                        # "Ms Rebecca Long, a commuter from Leeds, said": try the description, then the name
                        lead = len(seg) - len(seg.lstrip())
                        found.append(_Candidate(m.start(), lemma, seg.strip(), prev_start + lead, False))
                        taken += 1
                    if taken == MAX_APPOSITIVE_SEGMENTS or prev_start <= 1 \
                            or (not skip and taken and not _DESCRIPTION_RE.match(seg) and not _opens_with_role(seg)
                                and not _capitalised_job(seg) and not _POSSESSIVE_PLACE_RE.match(seg)):
                        break
                    prev_end = prev_start - 1
        return found

    @staticmethod
    def _shared_subject(boundary: re.Match | None, head: str,
                        mentions: list[EntityMention]) -> tuple[str, int] | None:
        """The subject of the clause before "but"/"and" when the reporting verb right after it has none of its own
        ("Ana Ruiz, president of the union, welcomed the cut but said ..."): a person or body that opens that clause,
        maybe after their title ("Minister Morishita welcomed ... and stated that"), a pronoun ("He thanked the hosts
        and said") or a role ("The minister thanked ... and said"); (phrase, start) or None."""
        if boundary is None or boundary.group().lower() not in _SHARED_SUBJECT_JOINS:
            return None
        # (a bracket opens an aside, "(MPS)", not a clause)
        clause_start = max((b.end() for b in _BOUNDARY_RE.finditer(head, 0, boundary.start())
                            if b.group() not in (",", "(")), default=0)
        opener = _OPENING_PHRASE_RE.match(head, clause_start)
        if opener and opener.group("word").lower() in _TIME_OPENERS | _SEQUENCE_OPENERS:
            clause_start = opener.end()  # "At the outset, the minister welcomed ... and stated": after the phrase
        opening = len(head[clause_start:]) - len(head[clause_start:].lstrip())
        article = re.match(r"(?:The|the)\s+", head[clause_start + opening:])
        opening += article.end() if article else 0  # "The Bank of Papua New Guinea ... released X and announced"
        at = clause_start + opening
        first = next((m for m in mentions if m.start == at), None)
        if first is not None and first.type == "GPE" and article and first.mention != first.name \
                and " " not in first.mention.strip():
            # "the Japanese Foreign Minister welcomed ... and stated that": a country's adjective, then the role
            role = _role_after_adjective(head[first.end:boundary.start()])
            return (head[at - article.end():first.end + role], at - article.end()) if role else None
        if first is not None:
            return (first.mention, first.start) if first.type in ("PERSON", "ORG") else None
        words = list(re.finditer(r"[\w.'’-]+", head[at:boundary.start()]))
        if words and words[0].group().lower() in _SUBJECT_PRONOUNS and not article:
            return words[0].group(), at  # "He thanked the hosts and said ..."
        titles = 0
        while titles < len(words) and words[titles].group().lower() in ROLE_HEADS:
            titles += 1
        if not titles or titles == len(words):
            return None
        after = at + words[titles].start()
        titled = next((m for m in mentions if m.start == after and m.type == "PERSON"), None)
        if titled is not None and not article:
            return titled.mention, titled.start  # "Minister Morishita welcomed ... and stated that ..."
        # "The minister thanked the hosts and said ...": the role, read back to whoever holds it
        return (head[at - (article.end() if article else 0):at + words[titles - 1].end()], at) \
            if article and words[titles].group()[:1].islower() else None

    @staticmethod
    def _team_leader(np: str, boundary: re.Match | None, head: str, seg_start: int,
                     mentions: list[EntityMention]) -> EntityMention | None:
        """The person in "<Name> and her team/colleagues found ...", when the subject after "and" is their team."""
        if boundary is None or boundary.group().lower() != "and" or not _TEAM_RE.match(np):
            return None
        clause_start = max((b.end() for b in _BOUNDARY_RE.finditer(head, 0, boundary.start())), default=0)
        people = [m for m in mentions if m.type == "PERSON" and clause_start <= m.start and m.end <= boundary.start()]
        return people[0] if people else None


# "The Minister of Energy and Public Utilities said": an office's portfolio before "and", another after it
_PORTFOLIO_BEFORE_AND_RE = re.compile(PORTFOLIO_BEFORE_AND + "$")


# "..., said its members shipped 1.3 million tonnes": what is said, its subject owned by the speaker, not a speaker
# after the verb ("..., said its chairman, Ana Ruiz.")
_POSSESSED_CLAUSE_RE = re.compile(r"(?:its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]+ed|had|has|have|were|was|"
                                  r"are|is|would|will|could|can|may|might)\b")


def _joins_portfolio(head: str, boundary: re.Match) -> bool:
    """The "and" joins two parts of an office's portfolio, no clauses."""
    if boundary.group().lower() != "and" or not head[boundary.end():].lstrip()[:1].isupper():
        return False
    before = _PORTFOLIO_BEFORE_AND_RE.search(head, max(0, boundary.start() - 120), boundary.start())
    return before is not None and before.group("head").lower() in ROLE_HEADS


_CLAUSE_PRONOUNS = frozenset("i we you he she it they this".split())
_CLAUSE_JOINERS = frozenset({"because", "as", "and"})


def _relative_clause_subject(boundary: re.Match, segment: str, bounds: list[re.Match]) -> bool:
    """Whether a "who" clause without commas sits between a speaker and the reporting verb ("A father who did not
    want to be named said ..."): the clause has no subject of its own ("the man who she says ..." has one) and a verb
    of its own before the reporting verb, and a boundary other than another relative word, or the sentence start, opens
    the words before it."""
    words = segment.split()
    if boundary.group().lower() != "who" or not words or words[0].lower() in _CLAUSE_PRONOUNS:
        return False
    if all(w.lower() in _BETWEEN_WORDS for w in words):
        return False  # "Salcedo, who had denied the charges, ...": the reporting verb is the clause's own
    before = bounds[-2] if len(bounds) > 1 else None
    return before is None or before.group().lower() not in _RELATIVE


MAX_NATIONAL_ROLE_WORDS = 3  # "Foreign Minister", "Deputy Prime Minister": a role's capitalised words after a country's


def _role_after_adjective(rest: str) -> int:
    """The end (in ``rest``) of the capitalised role words right after a country's adjective ("Foreign Minister"
    in " Foreign Minister welcomed ..."), its last word a role's head; 0 when there is none."""
    end = 0
    for count, word in enumerate(re.finditer(r"[\w.'’-]+", rest)):
        if count >= MAX_NATIONAL_ROLE_WORDS or not word.group()[:1].isupper():
            break
        if word.group().lower() in ROLE_HEADS:
            end = word.end()
    return end
