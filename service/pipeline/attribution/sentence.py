"""One sentence's attribution: its reporting clauses, "according to", framed quotations, passives and the
phrase after a cue."""

from __future__ import annotations

import re

from ..entities import ROLE_HEADS
from ..language import lexicon, stop_words
from ..models import Attribution, EntityMention
from .candidates import (
    _EVIDENCE_SOURCES, _HONORIFIC_ROLES, _NP_ABBREVIATIONS, _NP_END_RE, _PRONOUNS, _PUBLICATION_WORDS,
    _SUBJECT_REACH, _describes_by_place, _describes_workplace, _is_evidence, _measured_by_kind,
    _named_by_kind_description, _whole_mention,
)
from .clauses import _closing_speaker_first, _speaker_clauses
from .cues import (
    _ACCORDING_RE, _AS_FRAME_RE, _BACK_REFERENCE_RE, _CAME_FROM_RE, _CUE_FIRST_WORDS, _PASSIVE_RE, _QUOTING_RE,
    _SAYING_FIRST_WORDS, _SAYING_RE, _THAT_AHEAD_RE, _VERBS, _WORD_RE, _lemma_of_participle,
)
from .quotes import MIN_QUOTED_WORDS, _quoted_words
from .records import SentenceAttribution, _Candidate


_COLON_QUOTE_RE = re.compile(r":\s*[\"“]")  # a clause, a colon, and the quotation it introduces
# how far into the sentence the person opening it may be named ("A nurse at the Nailaga Health Centre, Sister ...")
COLON_SUBJECT_REACH = 70


class _SentenceRules:
    """Methods of ``Attributor`` (see ``attributor.py``): the attribution of one sentence."""

    # ------------------------------------------------------------------ sentence
    def _find(self, text: str, mentions: list[EntityMention], mask: list[bool]) -> SentenceAttribution:
        words = set(_WORD_RE.findall(text))
        candidates = [] if words.isdisjoint(_CUE_FIRST_WORDS) else self._reporting_clauses(text, mask, mentions)
        candidates = [c for c in candidates if not _in_subordinate_clause(text, c)
                      and not _reported_intention(text, c, candidates)
                      and not _inverted_into_clause(text, c, candidates)]
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
        has_according = "according to" in low or "citing" in low or "by" in words or "Per" in words or ", per " in low
        for m, attribution, coref in self._speakers_after(_ACCORDING_RE, text, mask, mentions) if has_according else ():
            evidence = _is_evidence(self._np_after(text, m.end())[0])
            owner = _data_owner(text, m.end(), mentions) if attribution.anonymous else None
            if owner is not None:  # "according to preliminary figures from the National Centre for Statistics"
                return SentenceAttribution(owner)
            if attribution.anonymous and not attribution.organization and evidence:
                continue  # "according to exchange data": data are no speaker
            if _measured_by_kind(text[m.end():]):
                continue  # "according to continuous GPS and tilt data": a kind of data, no one's
            attribution.cue = "cite" if m.group().lower().startswith("citing") else "according to"
            if (
                attribution.speaker_type == "ORG"
                and attribution.cue == "according to"
                and _PUBLICATION_WORDS.search(attribution.speaker or "")
            ):
                self.last_publication = attribution.speaker
            return SentenceAttribution(attribution, coreference=coref)
        for m in _ACCORDING_RE.finditer(text) if has_according else ():
            # "according to the consular records of the Public Service Development Agency": no party the phrase's
            # words resolve to, but the body whose records they are
            owner = None if mask[m.start()] else _data_owner(text, m.end(), mentions)
            if owner is not None:
                return SentenceAttribution(owner)
        if "from" in words or "of" in words:
            for m, attribution, coref in self._speakers_after(_CAME_FROM_RE, text, mask, mentions):
                noun = (m.group("noun") or m.group("noun_of")).lower()
                if noun in lexicon("utterance_nouns") and attribution.speaker_type == "PERSON":
                    return SentenceAttribution(attribution, coreference=coref, names_previous=True)
        for m, attribution, coref in self._speakers_after(_PASSIVE_RE, text, mask, mentions) if "by" in words else ():
            attribution.cue = _lemma_of_participle(m.group(1))
            back = bool(_BACK_REFERENCE_RE.match(text.lstrip()))
            return SentenceAttribution(attribution, refers_back=back, coreference=coref)
        shown = _shown_by(text, mask, mentions) if not words.isdisjoint(_SHOW_VERBS) else None
        if shown is not None:
            return SentenceAttribution(shown)
        owned = _OWNED_EVIDENCE_RE.match(text.lstrip())
        if owned and owned.group("noun") in _EVIDENCE_SOURCES \
                and self.org_speakers and self.org_speakers[-1][0] >= self.sentence_index - OWNED_EVIDENCE_REACH:
            # "The Board said ... Its figures show that ...": the body that spoke last, by its data
            body = self.org_speakers[-1][1]
            return SentenceAttribution(Attribution(speaker=body, organization=body, speaker_type="ORG", cue="show"),
                                       coreference=True)
        return self._colon_quote(text, mask, mentions) or SentenceAttribution(None)

    def _colon_quote(self, text: str, mask: list[bool], mentions: list[EntityMention]) -> SentenceAttribution | None:
        """"The Toshao of Shulinab, Mr. Ezekiel Marco-Darius, called our operations centre on Saturday: "Our creek is
        dry."": a person the sentence opens with, and the quotation a colon gives them."""
        colon = _COLON_QUOTE_RE.search(text)
        if colon is None or mask[colon.start()] or _quoted_words(text[colon.end() - 1:]) < MIN_QUOTED_WORDS:
            return None
        people = [m for m in mentions if m.type == "PERSON" and m.end <= colon.start()]
        if len(people) != 1 or people[0].start > COLON_SUBJECT_REACH:
            return None
        resolved = self._resolve(people[0].mention, people[0].start, mentions, text)
        if resolved is None or resolved[0].speaker_type != "PERSON":
            return None
        resolved[0].cue = "say"
        return SentenceAttribution(resolved[0], coreference=resolved[1])

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
        unresolved: dict[int, str] = {}  # each cue's last candidate that resolved to no speaker
        for cand in candidates:
            if speaking and cand.start == speaking[-1][0].start:
                by_place = _describes_by_place(*speaking[-1][:2], text)
                named = _named_by_kind_description(cand, speaking[-1][0].np, text)
                if not by_place and not named and not _describes_workplace(*speaking[-1][:2]):
                    continue  # this cue already has its speaker
                # "Dr. Ana Ruiz, an epidemiologist at Texas Tech University, said": the person, not the workplace;
                # "Norsk Hydro, Norway's biggest aluminium maker, said": the company, not the place
                resolved = self._resolve(cand.np, cand.np_start, mentions, text)
                if named and (resolved is None or _cut_short(resolved[0], cand.np)):  # "Eurostat, the statistical
                    # office of the EU, said": the body its
                    # description describes, known to no list
                    resolved = Attribution(speaker=cand.np, organization=cand.np, speaker_type="ORG"), False
                # ("Somon Remit, the country's largest money transfer operator, said": the body its description,
                # which names no one, describes)
                described = speaking[-1][1].anonymous and not speaking[-1][1].speaker
                if resolved is not None and resolved[0].speaker \
                        and (by_place or described or named or resolved[0].speaker_type == "PERSON"):
                    resolved[0].cue = cand.lemma
                    if speaking[-1][1].speaker_type != "PERSON":  # (a person it names is no workplace)
                        resolved[0].organization = resolved[0].organization or speaking[-1][1].speaker
                    speaking[-1] = (cand, *resolved)
                continue
            resolved = self._resolve(cand.np, cand.np_start, mentions, text)
            if (resolved is None or _cut_short(resolved[0], cand.np)) \
                    and _named_by_kind_description(cand, unresolved.get(cand.start), text):
                # "Suframa, the agency that runs the Free Trade Zone, said": the body its description describes
                resolved = Attribution(speaker=cand.np, organization=cand.np, speaker_type="ORG"), False
            if resolved is not None:
                resolved[0].cue = cand.lemma
                speaking.append((cand, *resolved))
            else:
                unresolved[cand.start] = cand.np
        return speaking

    def _speakers_after(self, pattern: re.Pattern, text: str, mask: list[bool], mentions: list[EntityMention]):
        """(match, attribution, coreference) for each unmasked cue whose following noun phrase names a source."""
        for m in pattern.finditer(text):
            if mask[m.start()]:
                continue
            np, np_start = self._np_after(text, m.end())
            # "according to the city's fire chief, Ana Lopes, ...", "according to the national carrier, Kestrel
            # Airways.": the person or the body named in apposition
            named = _appositive_person(np, np_start, mentions, text) or _appositive_body(np, np_start, mentions, text)
            if named is not None:
                np, np_start = named.mention, named.start
            resolved = self._resolve(_whole_mention(np, np_start, mentions, text), np_start, mentions, text)
            if resolved is not None:
                yield m, *resolved

    def _saying_clauses(self, text: str, mask: list[bool], mentions: list[EntityMention]) -> list[_Candidate]:
        """"The minister left the talks early, saying they had failed": the main clause's subject speaks."""
        found = []
        for m in _SAYING_RE.finditer(text):
            if mask[m.start()]:
                continue
            clause_start = max(text.rfind(ch, 0, m.start()) for ch in ';:"“”') + 1
            clause_start += len(text[clause_start:]) - len(text[clause_start:].lstrip())
            lemma = _VERBS.present_participle[" ".join(m.group(1).split())]
            if lemma in _VERBS.needs_that and not _THAT_AHEAD_RE.match(text[m.end():]):
                continue  # "..., putting 186 jobs at risk": the verb's other sense, which reports nothing
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
        if opening and re.match(r"-(?:based|headquartered)\b", text[opening[0].end:end]):
            opening = []  # "The Seattle-based company expects ...": the company, which the place describes
        if opening:
            head = opening[0]
            # "JPMorgan analysts were less bearish, forecasting ...": the people of the body, not the body
            people = re.match(r"\s+([a-z]+)\b", text[head.end:end])
            if people and people.group(1) in lexicon("source_nouns"):
                return text[start : head.end + people.end()].strip(), start
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


# ", Ana Lopes," / ", Ana Lopes." right after a description: the name the description is given to
_APPOSITIVE_COMMA_RE = re.compile(r"\s*,\s*")
_APPOSITIVE_END_RE = re.compile(r"\s*(?:[,.;]|$)")


_HONORIFIC_AT_RE = re.compile(r"(?P<word>[A-Z][a-z]{1,3})\.?\s+")


# "The regulator opened a review on Tuesday, after exporters complained that ...": a speaker inside a clause of time
# or cause that follows the main clause says only that clause, not what the sentence states (unlike "..., as the
# minister said")
_SUBORDINATOR_BEFORE_RE = re.compile(r"\w[\w,’'\s-]*\s(?:after|before|when|until|since|because|although|though|once"
                                     r"|unless)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_SUBORDINATOR_RE = re.compile(r"(?:after|before|when|until|since|because|although|though|once|unless)\s+",
                              re.IGNORECASE)
MIN_MAIN_CLAUSE_WORDS = 4


# "expected to harvest", "expects to close": what a subject expects to do, an infinitive right after the verb
_INTENTION_RE = re.compile(r"[a-z]+\s+to\s+[a-z]")
_INTENTION_LEMMAS = frozenset({"expect", "hope", "forecast", "project"})


def _reported_intention(text: str, cand: _Candidate, candidates: list[_Candidate]) -> bool:
    """"The director said Tanzania expected to harvest about 340,000 tonnes": a subject's expectation of its own act,
    inside what another speaker reports, is that speaker's claim (a cue before the subject frames it)."""
    return cand.lemma in _INTENTION_LEMMAS and _INTENTION_RE.match(text, cand.start) is not None \
        and any(other.start < cand.start for other in candidates if other is not cand)


# what may follow an inverted subject: nothing more, or a short phrase that describes it ("..., said an analyst at a
# Bamako brokerage.")
_INVERTED_SUBJECT_END_RE = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)"
                                      r"|\s+(?:at|in|from|near|with|of|for|on)\s+(?:\S+\s+){0,5}?\S+?\s*(?:[.,;:](?=\s|$)|$)")


_NAME_ONLY_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}")


def _inverted_into_clause(text: str, cand: _Candidate, candidates: list[_Candidate]) -> bool:
    """"Francis Ruiz said Tanzania expected to harvest ...", "Ruiz said residents pulled ...": the words after a cue
    that has its subject before it are what is said, not an inverted subject ("..., said Tanzania's minister."), when
    more than a describing phrase follows them."""
    if not cand.inverted:
        return False
    subjects = [o for o in candidates if o.start == cand.start and not o.inverted]
    # ("Rafael Ortega, 61, who runs a stall, said residents pulled ...": a name opens the sentence as its subject)
    return any(o.np_start == 0 and _NAME_ONLY_RE.fullmatch(o.np) and o.np.split()[0].lower() not in stop_words()
               for o in subjects) or (
        bool(subjects) and _INVERTED_SUBJECT_END_RE.match(text, cand.np_start + len(cand.np)) is None)


def _in_subordinate_clause(text: str, cand: _Candidate) -> bool:
    """The candidate's subject opens a clause of time or cause after the sentence's main clause."""
    lead = _SUBORDINATOR_RE.match(cand.np)  # ("after Maria Lopez": the subject's phrase may hold its subordinator)
    before = text[:cand.np_start + (lead.end() if lead else 0)]
    m = _SUBORDINATOR_BEFORE_RE.search(before)
    return not cand.inverted and m is not None and len(before.split()) - 1 >= MIN_MAIN_CLAUSE_WORDS


def _honorific_at(text: str, at: int) -> int:
    """The length of a form of address at ``at`` ("Dr ", "Prof. "), else 0."""
    m = _HONORIFIC_AT_RE.match(text, at)
    return m.end() - at if m and m.group("word").lower() in _HONORIFIC_ROLES else 0


def _appositive_person(np: str, np_start: int, mentions: list[EntityMention], text: str) -> EntityMention | None:
    """The person named in apposition right after a description that names nobody ("the city's fire chief, Ana
    Lopes,"; "the institute's head of prices statistics, Pavel Novak,")."""
    if not np or not np[:1].islower() and not np.startswith("The "):
        return None
    if not any(w.lower().strip("'’") in ROLE_HEADS for w in np.split()):
        return None  # "according to the ministry, Ana Lopes, a nurse, was ...": a body, then the news
    end = np_start + len(np)
    if any(x.type == "PERSON" and np_start <= x.start < end for x in mentions):
        return None
    comma = _APPOSITIVE_COMMA_RE.match(text, end)
    if comma is None or not text[end:comma.end()].strip():
        return None
    start = comma.end() + _honorific_at(text, comma.end())  # "the Director General, Dr Ana Ruiz,": Dr before her name
    person = next((x for x in mentions if x.type == "PERSON" and x.start == start), None)
    if person is None or len(person.mention.split()) < 2 or not _APPOSITIVE_END_RE.match(text, person.end):
        return None
    return person


def _appositive_body(np: str, np_start: int, mentions: list[EntityMention], text: str) -> EntityMention | None:
    """The body named in apposition right after a description in lower case that names none ("the national
    carrier, Kestrel Airways."): that body."""
    if not re.fullmatch(r"the(?:\s+[\w'’-]+){0,2}\s+[a-z][\w'’-]*", np):
        return None  # ("the Portuguese weather institute, IPMA,": a lower-case head, a people's adjective before it)
    end = np_start + len(np)
    comma = _APPOSITIVE_COMMA_RE.match(text, end)
    if comma is None or not text[end:comma.end()].strip():
        return None
    body = next((x for x in mentions if x.type == "ORG" and x.start == comma.end()), None)
    return body if body is not None and _APPOSITIVE_END_RE.match(text, body.end) else None


_SHOW_VERBS = frozenset("show shows showed shown suggest suggests suggested indicate indicates indicated".split())
# "Data from the Bureau of Meteorology show ...", "Figures released on Tuesday by the Office ... showed ...": the
# body whose figures the sentence reports
_DATA_FROM_RE = re.compile(
    # ("the consular register of the Public Service Development Agency": the body that keeps it)
    r"\b(?P<noun>[A-Za-z]+)\s+(?:(?:published|released|compiled|issued)\s+(?:\w+\s+){0,3}?)?(?:from|by|of)\s+(?:the\s+)?")
_SHOW_AFTER_RE = re.compile(r"\s+(?:(?:\w+ly|today|also)\s+)?(?:show|shows|showed|suggest|suggests|suggested|"
                            r"indicate|indicates|indicated)\b")


MAX_DATA_PHRASE_CHARS = 40  # "according to preliminary figures from ...": the data's words before their owner


def _data_owner(text: str, pos: int, mentions: list[EntityMention]) -> Attribution | None:
    """The body whose data or figures "according to" cites ("according to preliminary figures from the NCSI")."""
    m = _DATA_FROM_RE.search(text, pos, pos + MAX_DATA_PHRASE_CHARS + len("from the "))
    # ("according to a note by the WTO Secretariat": an issued document too)
    if m is None or m.group("noun").lower() not in _EVIDENCE_SOURCES | lexicon("issued_documents"):
        return None
    body = next((x for x in mentions if x.type in ("ORG", "GROUP") and x.start == m.end()), None)
    return Attribution(speaker=body.name, organization=body.name, speaker_type="ORG", cue="according to") \
        if body is not None else None


# "Its figures show that ...", "Their latest data suggest ...": evidence owned by a body the text named before
_OWNED_EVIDENCE_RE = re.compile(r"(?:Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\s+(?:also\s+)?"
                                r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b")
OWNED_EVIDENCE_REACH = 2  # sentences back to the body whose evidence "its figures" are


def _shown_by(text: str, mask: list[bool], mentions: list[EntityMention]) -> Attribution | None:
    """The organisation whose data, figures or report the sentence says show something (lexicons
    ``source_documents`` and ``evidence_nouns``): it speaks, as it would with "according to"."""
    for m in _DATA_FROM_RE.finditer(text):
        if mask[m.start()] or m.group("noun").lower() not in _EVIDENCE_SOURCES:
            continue
        body = next((x for x in mentions if x.type in ("ORG", "GROUP") and x.start == m.end()), None)
        if body is not None and _SHOW_AFTER_RE.match(text, body.end):
            return Attribution(speaker=body.name, organization=body.name, speaker_type="ORG", cue="show")
    return None


def _cut_short(attribution: Attribution, np: str) -> bool:
    """An attribution to the first words of a name ("Hrvatske" of "Hrvatske autoceste"): the name read short."""
    return bool(attribution.speaker) and np.startswith(attribution.speaker + " ")
