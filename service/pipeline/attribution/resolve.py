"""From a subject phrase to a speaker: a person, an office, an unnamed source, an organisation."""

from __future__ import annotations

import re

from ..entities import ORG_SUFFIXES, ROLE_HEADS, PersonInfo
from ..issuer import institution_vocabulary, is_series
from ..language import lexicon, lexicon_entries, stop_words, unaccented
from ..models import Attribution, EntityMention
from .candidates import (
    _DETERMINERS, _DOCUMENT_NOUNS, _GENERIC_DESCRIPTIONS, _GROUP_DESCRIPTIONS, _INDEFINITE_PERSON_RE, _KIN_RE,
    _NOT_SPEAKERS, _OBJECT_PRONOUNS,
    _PEOPLE_IN_PLACE_RE, _PLACE_BEFORE_RE, _PLACE_MODIFIER_RE, _POSSESSED_PARTY_RE, _PRONOUNS, _ROLE_NOUN_RE,
    _SOURCE_NOUNS, ROLE_OF_PATTERN, _member_group, _name_as_modifier, _qualified_group, _single_name,
)


# "The visiting President", "the guest Prime Minister": the holder of that role for the other country
_VISITING_ROLE_RE = re.compile(r"^[Tt]he\s+(?:visiting|guest)\s+(?P<role>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)$")
# "Germany's transport ministry", "Kenya's health ministry": a body a place owns, described in lower case
_PLACE_OWNED_BODY_RE = re.compile(
    r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+)$")
# "A fisherman who gave his name only as Tonye": the name a described person gave, right after it
_GAVE_NAME_RE = re.compile(r"\s+who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?"
                           r"(?:\s+as\s+|,\s+)")
# "the health agency", "the chamber of commerce", "the head of the union": a description and its head noun
_DESCRIPTION_HEAD_RE = re.compile(r"^the\s+(?:[\w'’-]+\s+){0,2}?(\w+)(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,2})?$")


# "the statement", "the letter": a document a speaker of an earlier sentence issued ("in a statement")
# what a body or person issues: "X said in a statement ...", "according to a statement from the bank"
_ISSUED_DOCUMENTS = lexicon_entries("issued_documents")
_ISSUED_KIND = "(" + "|".join(_ISSUED_DOCUMENTS) + ")"
_ISSUED_DOCUMENT_RE = re.compile(rf"^the\s+{_ISSUED_KIND}$")
MIN_AGENT_STEM = 3  # letters before a plural agent suffix: "Economists", not "Sts"
# "Residents in Sliema and | Gzira": the last of the places after a plural people noun, not a speaker of its own
# (or the province after a comma: "Residents of Pagudpud, | Ilocos Norte, reported ...")
_PEOPLE_IN_PLACES_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s+)[A-Z][a-z]+s\s+(?:from|in|at|near|outside|on|of)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*(?:,?\s+(?:and|or)\s+|,\s+)$")
# "Long-distance bus operators in Mwanza, Arusha and | Mbeya": the same after a plural agent noun with its modifiers
_AGENTS_IN_PLACES_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s+)(?:[\w-]+\s+){0,3}(?P<head>[a-z]+s)\s+(?:from|in|at|near|outside|on)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*,?\s+(?:and|or)\s+$")
# "the country's public works minister", "Kazakhstan's transport minister": a role a place owns, in lower case
OWNED_ROLE_RE = re.compile(r"^(?P<owner>the\s+country['’]s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+"
                            r"(?P<role>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z]+))$")
# "The two survivors", "three local operators", "the 14 inspectors", "dozens of traders": a number of unnamed agents
# ("some growers", "many economists": a quantifier counts them too)
_COUNTED_AGENTS_RE = re.compile(r"^(?:(?i:the|these|those|all)\s+)?(?:\d+|(?i:both|several|some|many|most|a\s+few|few"
                                r"|(?:%s)(?:\s+of)?))\s+"
                                r"(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+s)$"
                                % "|".join(sorted(lexicon("number_words"), key=len, reverse=True)))
DOCUMENT_REACH = 2
# "the same report", "the same survey": the document the body that spoke last published
_SAME_DOCUMENT_RE = re.compile(r"^the\s+same\s+(?:[\w-]+\s+)?(?:report|study|survey|review|assessment|analysis|paper|"
                               r"bulletin|outlook|data|note)$")
SAME_DOCUMENT_REACH = 3  # sentences back to the body that spoke of the document
# a quantifier standing for people: "Some in the industry", "Many of them", "Others", "A few of the growers"; in a
# body's minutes, a share of its unnamed members ("Most members", "The majority", "That member", "Another member"):
# unnamed people, not the body (its members all together are)
_UNNAMED_SOME_RE = re.compile(r"^(?:(?:some|many|most|others|several|a\s+few|few|the\s+majority|a\s+majority|"
                              r"a\s+minority)(?:\s+(?:other\s+)?members)?|(?:that|this|another|the\s+other)\s+members?)"
                              r"(?:\s+(?:in|of|from|at|among)\s+.+)?$", re.IGNORECASE)
_PREPOSITION_RE = re.compile(r"\b(?:at|from|of|with|for|in|by|on)\b", re.IGNORECASE)
# a lower-case descriptor noun, then the body's name to the end of the phrase: "farmers' group Coldiretti"
_DESCRIBED_BODY_RE = re.compile(r"\b(?P<noun>[a-z][\w-]+)\s+(?P<name>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*)"
                                r"{0,3})$")  # sentences back to the one that named the document with its speaker


# "The Minister of Finance", "the President of Romania": a role with its portfolio or place
_ROLE_OF_RE = re.compile(rf"^[Tt]he\s+{ROLE_OF_PATTERN}$")
_PARAGRAPH_NUMBER_RE = re.compile(r"^\d{1,3}\.\s+(?=[A-Z])")
# "sugarcane growers in the ... districts": lower-case words, a plural head noun, then a preposition and a place
# ("Scientists at the Pacific Community", "Fishermen in Grand Port": the head opening the sentence)
_PLACED_PEOPLE_RE = re.compile(r"^(?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<head>[A-Za-z][a-z-]+)\s+"
                               r"(?:in|from|at|near|across|around|on)\s")
# "fuel importers", "Freight forwarders", "independent hauliers": a plural agent noun with its modifiers, no name
_BARE_AGENTS_RE = re.compile(r"^(?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+s)$")
# "the two Governments", "both sides", "the Parties": the parties of a joint declaration or a meeting, together
# "The Brazilian side informed ...": one party of a readout's talks, by its country's adjective
_SIDE_RE = re.compile(r"^[Tt]he\s+(?P<adjective>[A-Z][\w-]+)\s+side$")
_JOINT_PARTIES_RE = re.compile(r"^(?:the\s+)?(?:(?:two|both|the\s+two)\s+)?(?:sides|parties)$|^(?:the\s+two|both)\s+"
                               r"(?:governments|countries|states|nations|delegations)$")


class _Resolution:
    """Methods of ``Attributor`` (see ``attributor.py``): a subject phrase resolved to a speaker."""

    def _learn_document(self, text: str, a: Attribution | None) -> None:
        """Remember the speaker of a sentence that names the document they speak in ("said in a statement")."""
        # (or cites it: "according to a note by the WTO Secretariat")
        m = re.search(r"\b(?:(?:in|with)\s+(?:a|an|its|his|her|their)|[Aa]ccording\s+to\s+(?:a|an|the|its))"
                      rf"\s+(?:\w+\s+)?{_ISSUED_KIND}\b", text)
        if m and a is not None and a.speaker and not a.anonymous:
            self.last_document = (m.group(1), a, self.sentence_index)
        elif self.last_document is not None and self.sentence_index - self.last_document[2] > DOCUMENT_REACH:
            self.last_document = None

    def _holder_attribution(self, holder: str) -> Attribution:
        """The person who holds a role, with what the text told of them."""
        info = self.people.get(holder) or PersonInfo(holder)
        return Attribution(speaker=holder, role=info.role, organization=info.organization, speaker_type="PERSON")

    def _side_leader(self, country: str) -> str | None:
        """Who leads a country's side in a readout's talks: the person the text introduced with a role or a body of
        that country ("Minister of Foreign Affairs of the Federative Republic of Brazil"), else the readout's
        principal when the page is that country's own."""
        named = self._country_pattern(country)  # "of the Slovak Republic" names Slovakia too
        ordered = [name for name in [self.principal] if name] + [name for _, name, _ in reversed(self.persons)
                                                                  if name != self.principal]
        for name in ordered:
            info = self.people.get(name)
            if info is not None and named.search(f"{info.role or ''} {info.organization or ''}"):
                return name
        other = self._other_side_leader(country)
        if other is not None:
            return other
        own = any(named.search(name) or _names_country_natively(name, country)
                  for name in (*self.issuers, *self.publishers))
        if not own:
            return None
        # the page's own side: its principal, else the first official the text introduces ("The Minister of Foreign
        # Affairs, Mrs. ..., received her Seychelles counterpart ...": the host)
        titled = [name for _, name, _ in self.persons if (info := self.people.get(name)) is not None and info.role]
        return self.principal or (titled[0] if titled else None)

    def _country_pattern(self, country: str) -> re.Pattern:
        """A country's name or any adjective of it the text used ("Slovakia", "Slovak")."""
        spellings = [country, *(adjective for adjective, named in self.demonyms.items() if named == country),
                     *(name for name, named in self.state_names.items() if named == country)]
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w-])")

    def _other_side_leader(self, country: str) -> str | None:
        """"Hungary's Minister of Foreign Affairs and Trade, Zoltán ..." on a Slovak page: of the two officials with
        a role, the one whose role names no country leads the side of the country the other's role does not name."""
        titled = list(dict.fromkeys(name for _, name, _ in self.persons
                                    if (info := self.people.get(name)) is not None and info.role))
        if len(titled) != 2:
            return None
        countries = set(self.demonyms.values())
        described = {name: f"{self.people[name].role} {self.people[name].organization or ''}" for name in titled}
        naming = {name: {c for c in countries if self._country_pattern(c).search(described[name])} for name in titled}
        plain = [name for name in titled if not naming[name]]
        placed = [name for name in titled if naming[name]]
        if len(plain) == 1 and len(placed) == 1 and country not in naming[placed[0]]:
            return plain[0]
        return None

    # ------------------------------------------------------------------ speakers
    def _described_body_voice(self, words: list[str], head: int) -> str | None:
        """The body a spokesperson's phrase describes by its kind ("a company spokeswoman", "a ministry spokesman"),
        when the text named such a body before: the body speaks through them."""
        if head == 0 or words[head].lower().strip("'’,") not in lexicon("voice_nouns"):
            return None
        kind = words[head - 1].lower()
        if not kind.isalpha() or kind not in lexicon("org_descriptors") | institution_vocabulary():
            return None
        resolved = self._resolve(f"the {kind}", 0, [], "")
        return resolved[0].speaker if resolved and resolved[0].speaker and resolved[0].speaker_type == "ORG" else None

    def _resolve(
        self, np: str, np_start: int, mentions: list[EntityMention], text: str
    ) -> tuple[Attribution, bool] | None:
        """Turn a subject phrase into an Attribution (and whether coreference was needed), or None."""
        numbered = _PARAGRAPH_NUMBER_RE.match(np)
        if numbered:  # "3. The two Governments": a numbered paragraph's subject, without its number
            np, np_start = np[numbered.end():], np_start + numbered.end()
        words = np.split()
        if not words or len(words) > 14:
            return None
        low = np.lower()
        if low.strip() in lexicon("referring_styles") and (self.principal or self.persons):
            # "His Excellency noted ...": the style alone, on the page of the person it was first given to
            return self._holder_attribution(self.principal or self.persons[0][1]), True
        inside = [m for m in mentions if m.start >= np_start and m.end <= np_start + len(np)
                  and not _BASED_RE.match(text, m.end)]  # "The Seattle-based company": the place only describes it
        # "the Odra River Basin Authority (Povodí Odry)": a name in brackets right after a body's is the body's own
        # name in its language, never a person
        inside = [m for m in inside if not (m.type == "PERSON" and any(
            o.type in ("ORG", "GROUP") and re.fullmatch(r"\s*\(", text[o.end:m.start]) for o in inside))]
        if _JOINT_PARTIES_RE.match(low):
            return None  # "The two Governments noted ...": the parties of a joint text speak as the text itself
        side = _SIDE_RE.match(np)
        if side and side.group("adjective") in self.demonyms:
            holder = self._side_leader(self.demonyms[side.group("adjective")])
            if holder is not None:  # "The Brazilian side further informed ...": Brazil's minister at the talks
                return self._holder_attribution(holder), True
        role_of = _ROLE_OF_RE.match(np)
        if role_of and role_of.group("head").split()[-1].lower() in ROLE_HEADS:
            holder = self._role_holder(role_of.group("role"))
            if holder is not None:  # "The Minister of Finance explained ..." after "The Minister of Finance, X,"
                return self._holder_attribution(holder), True
        # pronouns
        if low in _PRONOUNS or low in _OBJECT_PRONOUNS:
            return self._resolve_pronoun(low)
        issued = _ISSUED_DOCUMENT_RE.match(low)
        if issued and self.last_document is not None and self.last_document[0] == issued.group(1):
            return self.last_document[1], True  # "X said in a statement ... The statement added that ...": X
        if _SAME_DOCUMENT_RE.match(low):
            author = next((name for index, name in reversed(self.org_speakers)
                           if index >= self.sentence_index - SAME_DOCUMENT_REACH), None)
            if author:  # "The FAO report notes that ... The same report estimates ...": FAO again
                return Attribution(speaker=author, organization=author, speaker_type="ORG"), True
        if _member_group(_DETERMINERS.sub("", low).strip()) or _qualified_group(words):  # "EU/EEA countries"
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="ORG"), False
        acronym_named = _ACRONYM_AND_NAME_RE.fullmatch(np.strip())
        if acronym_named and acronym_named.group("name")[0].isupper() \
                and any(m.mention == acronym_named.group("name") for m in inside):
            # "SAD Žilina", "DPO Ostrava": a company's initials before its town's name, no person and no place
            return Attribution(speaker=np.strip(), organization=np.strip(), speaker_type="ORG"), False
        named_for_place = _body_named_for_place(np, inside)
        if named_for_place:  # "Consumer NZ", "Tourism Westland": a body called by its field and its country
            return Attribution(speaker=named_for_place, organization=named_for_place, speaker_type="ORG"), False
        surname = self._by_surname(words[0]) if len(words) == 1 and words[0][:1].isupper() else None
        if surname is not None:  # "Al-Rashidi said": the person named in full before
            return Attribution(speaker=surname.name, role=surname.role, organization=surname.organization,
                               speaker_type="PERSON"), True
        if _UNNAMED_SOME_RE.match(np):  # "Some in the industry", "Many of them", "Others": unnamed people
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        names_source = any(m.start == np_start or m.type in ("PERSON", "ORG", "GROUP") for m in inside)
        if (np.split() or [""])[0].lower() in lexicon("evidence_nouns") and not names_source \
                and not re.search(r"\bby\s", np):  # ("estimates by researchers at the Faculty": theirs)
            return None  # "Observations at the Baku station put the level at ...": evidence, the text's own source
        if (_PEOPLE_IN_PLACE_RE.match(np) and not any(m.start == np_start for m in inside)) \
                or _PEOPLE_IN_PLACES_BEFORE_RE.search(text, 0, np_start) or _agents_in_places_before(text, np_start):
            # "Residents of Zemun", "Shopkeepers in Sliema and Gzira": unnamed people, placed by the names after them
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        placed = _PLACED_PEOPLE_RE.match(np)
        if placed and _agent_plural(placed.group("head")) and not any(m.start == np_start for m in inside):
            # "sugarcane growers in the Orange Walk and Corozal districts": unnamed people, wherever they are
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
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
        national = role_noun.group(1).split() if role_noun else []
        if len(national) >= 3 and " ".join(national[:2]) in self.demonyms:  # "the Sierra Leonean President"
            national = [" ".join(national[:2])] + national[2:]
        if len(national) >= 2 and national[0] in self.demonyms and national[-1].lower() in ROLE_HEADS:
            holder = self._national_role_holder(" ".join(national[1:]), self.demonyms[national[0]])
            if holder is not None:  # "The Spanish Minister noted ...": the minister named as Spain's
                return self._holder_attribution(holder), True
            role_noun = None  # another country's minister is not the readout's principal
        visiting = _VISITING_ROLE_RE.match(np)
        holder = self._visiting_holder(visiting.group("role")) if visiting else None
        if holder is not None:  # "The visiting President stated ...": the guest, another country's holder
            return self._holder_attribution(holder), True
        if role_noun and role_noun.group(1).split()[-1].lower() in ROLE_HEADS:
            holder = self._role_holder(role_noun.group(1))
            if holder is not None:  # "The President noted ...": the person introduced with that role
                return self._holder_attribution(holder), True
        owned_role = OWNED_ROLE_RE.match(np)
        if owned_role and owned_role.group("head").lower() in ROLE_HEADS \
                and not text[np_start + len(np):].lstrip().startswith(",") \
                and (owned_role.group("owner").lower() in ("the country's", "the country’s")
                     or any(m.type == "GPE" and m.start == np_start for m in inside)):
            # "the country's public works minister", "Kazakhstan's transport minister": a holder the text may name
            # later; an unnamed person until then (not an appositive after a name: "Anna Berg, Sweden's health
            # minister, said")
            holder = self._role_holder(owned_role.group("role"))
            if holder is not None:
                return self._holder_attribution(holder), True
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        described = self._described_person(np)
        if described is not None:
            return described, True
        described_body = _DESCRIBED_BODY_RE.search(np)
        if described_body and described_body.group("noun").lower() in lexicon("org_descriptors") \
                and not _PREPOSITION_RE.search(np, 0, described_body.start()):  # not "Analysts at consultancy X"
            # "Italian farmers' group Coldiretti", "consultancy Atlas Intel": the body the descriptor names
            body = next((m.name for m in inside if m.start == np_start + described_body.start("name")
                         and m.type in ("ORG", "GROUP")), described_body.group("name"))
            return Attribution(speaker=body, organization=body, speaker_type="ORG"), False
        bare = re.fullmatch(r"the\s+(\w+)", low)
        headed = self._recent_body_headed_by(bare.group(1)) \
            if bare and bare.group(1) not in _GROUP_DESCRIPTIONS else None
        if headed:  # "The executive said ..." after "The Health Service Executive said ...": that body, where the
            # word describes no body of its own ("the agency" and the like are looked up below)
            return Attribution(speaker=headed, organization=headed, speaker_type="ORG"), True
        if bare and bare.group(1) in _GROUP_DESCRIPTIONS and bare.group(1) in _SOURCE_NOUNS:
            # "The operator expects ..." after "RTS Operations Sdn Bhd announced": the body, not an unnamed person
            name = self._organisation_for(bare.group(1), [m for m in mentions if m.end <= np_start])
            if name:
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
        core = _DETERMINERS.sub("", np)
        # anonymous people: "three sources familiar with the matter", "a senior US official"
        # a capitalised noun inside a name is no source noun ("British Antarctic Survey researchers")
        named_start = any(m.start == np_start for m in inside)
        head_index = next((i for i, w in enumerate(words) if w.lower().strip("'’,") in _SOURCE_NOUNS
                           and (w[:1].islower() or (i == 0 and not named_start))), None)
        regional = _body_of_region(core, inside)
        if regional:  # "The Fire Rescue Service of the Moravian-Silesian Region": a body of a region, named in full
            return Attribution(speaker=regional, organization=regional, speaker_type="ORG"), False
        kind = core.strip().lower()
        if kind in _DOCUMENT_NOUNS and kind in lexicon("referring_kinds"):
            # "The survey said" after "the Geological Survey of Brazil (SGB) said": the body, named as its kind
            name = self._organisation_for(kind, [m for m in mentions if m.end <= np_start])
            if name and not is_series(name):
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
        if head_index is not None and words[head_index].lower().strip("'’,") in _DOCUMENT_NOUNS:
            authors = [m for m in inside if m.type in ("ORG", "GROUP")] or _authors_after(np_start + len(np), mentions,
                                                                                         text)
            if authors:  # "the poll by consultancy Atlas Intel"
                return Attribution(speaker=authors[-1].name, organization=authors[-1].name, speaker_type="ORG"), False
        if head_index is not None and (head_index <= 5):
            possessive = re.match(r"(?:the\s+)?(\w+)['’]s?\s", np, re.IGNORECASE)
            org = None
            coref = False
            named_bodies: list[EntityMention] = []  # the organisations the phrase itself names
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
                named_bodies = [m for m in cands if m.type in ("ORG", "GROUP")]
            description = np
            voice = _named_body_voice(words[head_index], named_bodies) or self._described_body_voice(words, head_index)
            if voice is not None:  # "a spokeswoman for Sun Tran said": Sun Tran says
                self.last_voice, self.last_voice_index = voice, self.sentence_index
                return Attribution(speaker=voice, organization=voice, description=np, speaker_type="ORG"), False
            if self.last_voice and re.fullmatch(r"the\s+(\w+)", low) and low.split()[-1] in lexicon("voice_nouns"):
                # "The spokeswoman said ...": the spokeswoman of that body, again
                self.last_voice_index = self.sentence_index
                return Attribution(speaker=self.last_voice, organization=self.last_voice, description=np,
                                   speaker_type="ORG"), True
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
        described_author = _DESCRIBED_AUTHOR_RE.match(np)
        if described_author and described_author.group("noun").lower() in _GROUP_DESCRIPTIONS \
                and described_author.group("kind").lower().removesuffix("s") in _ISSUED_DOCUMENTS:
            # "a statement from the bank": the bank named before
            name = self._organisation_for(described_author.group("noun").lower(),
                                          [m for m in mentions if m.end <= np_start])
            if name:
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
        kin = _KIN_RE.match(np)  # "My grandmother", "our old neighbour": a person known only by a relation
        if kin and kin.group("head").lower() in lexicon("kin_nouns"):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        given = _GAVE_NAME_RE.match(text, np_start + len(np))
        named = [m for m in mentions if given and m.type == "PERSON" and m.start == given.end()]
        if named:  # "A fisherman who gave his name only as Tonye said ...": the person by the name given
            return Attribution(speaker=named[0].name, description=np, speaker_type="PERSON"), False
        indefinite = _INDEFINITE_PERSON_RE.match(np)
        if indefinite and indefinite.group("head").lower() not in _DOCUMENT_NOUNS \
                and not text[:np_start].rstrip().endswith(",") \
                and not any(m.type in ("ORG", "GROUP") for m in inside):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        described = _POSSESSED_PARTY_RE.match(np)  # "according to the ship's operator": an unnamed party
        if described and not inside and described.group("head") not in _DOCUMENT_NOUNS \
                and described.group("head") not in lexicon("evidence_nouns"):
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        if len(words) == 1 and np_start == 0 and _agent_plural(words[0]) and all(m.mention == np for m in inside):
            # "Farmers said ...", read as a name only because it opens the sentence: unnamed people
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        # organisations and governments
        orgs = [m for m in inside if m.type in ("ORG", "GROUP")]
        places = [m for m in inside if m.type == "GPE"]
        if len(orgs) >= 2 and text[:orgs[-1].start].endswith("(") and orgs[-1].name == orgs[-2].name:
            orgs = orgs[:-1]  # "the Comision Nacional de Energia Electrica (CNEE)": the name, its acronym after it
        owned = _PLACE_OWNED_BODY_RE.match(np)
        if owned and not orgs and places and owned.group("noun") in _GROUP_DESCRIPTIONS:
            # "Germany's transport ministry", "Uganda's agriculture ministry": the body of that place the text names
            # so, else an unnamed body, never the place
            name = self._organisation_for(owned.group("noun"), [m for m in mentions if m.end <= np_start])
            if name and owned.group("noun") not in _GENERIC_DESCRIPTIONS:
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="ORG"), False
        target = orgs[-1] if orgs else (places[-1] if places else None)
        if target is not None and not orgs and (_PLACE_MODIFIER_RE.search(text[np_start : target.start])
                                                or _PEOPLE_IN_PLACE_RE.match(text[np_start : target.start])):
            target = None  # "a commuter from Leeds": the place describes the speaker, it does not speak
            if _PEOPLE_IN_PLACE_RE.match(text[np_start:]):  # "Shopkeepers in Leeds told me ...": unnamed people
                return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        of_body = r"\s+of\s+(?:the\s+)?".join(re.escape(m.mention) for m in orgs)
        if len(orgs) == 2 and re.fullmatch(of_body, core.strip()):
            # "The Budget and Finance Committee of the National Assembly": one body of the other, named in full
            return Attribution(speaker=core.strip(), organization=orgs[1].name, speaker_type="ORG"), False
        if target is not None and (len(core.split()) <= len(target.mention.split()) + 3
                                   or _placed_after(target, places, text, np_start + len(np))
                                   or _branch_of(core, target)):
            return Attribution(speaker=target.name, organization=target.name, speaker_type="ORG"), False
        named_tail = self._body_ending_with(low) if low.split()[-1] not in _GROUP_DESCRIPTIONS else None
        if named_tail:  # "The coast guard said ..." after "the Hellenic Coast Guard said": that body, in lower case
            return Attribution(speaker=named_tail, organization=named_tail, speaker_type="ORG"), True
        # "the newspaper", "the ministry", "the health agency": the organisation named earlier
        desc = _DESCRIPTION_HEAD_RE.match(low)
        if desc and desc.group(1) in _GROUP_DESCRIPTIONS:
            name = self._issuer_by_its_term(np) \
                or self._organisation_for(desc.group(1), [m for m in mentions if m.end <= np_start])
            if name:
                return Attribution(speaker=name, organization=name, speaker_type="ORG"), True
            # "the health ministry" with no ministry named before: an unnamed institution
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="ORG"), False
        if desc and desc.group(1) in lexicon("referring_kinds"):  # "The laboratory said": the one named before
            name = self._organisation_for(desc.group(1), [m for m in mentions if m.end <= np_start])
            name = None if is_series(name) else name  # "the survey" after "the Labour Force Survey": no body
            return (Attribution(speaker=name, organization=name, speaker_type="ORG"), True) if name else None
        if desc and desc.group(1) in ROLE_HEADS and desc.group(1) not in _SOURCE_NOUNS:
            # "the head of the union", "the union leader" with no holder named: an unnamed person
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        if len(words) == 1 and np_start == 0 and _agent_plural(words[0]):
            # "Meteorologists expect temperatures to reach ...": unnamed people, whatever follows the verb
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        counted = _COUNTED_AGENTS_RE.match(np)
        if counted and _agent_plural(counted.group("head")) and counted.group("head")[:-1] not in ROLE_HEADS \
                and not inside:
            # "The two survivors told us ...", "three local operators said": unnamed people, counted (not "the two
            # ministers", the parties of a meeting)
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        bare = _BARE_AGENTS_RE.match(np)
        if bare and _agent_plural(bare.group("head")) and bare.group("head")[:-1] not in ROLE_HEADS and not inside \
                and words[0].lower() not in ("the", "these", "those", "our", "their", "its", "his", "her"):
            # "..., fuel importers said.", "Freight forwarders said ...": unnamed people, by their trade
            return Attribution(speaker=None, anonymous=True, description=np, speaker_type="PERSON"), False
        # an unknown capitalised name: two or three name-like words, or an organisation name
        if all(w[:1].isupper() for w in words) and 2 <= len(words) <= 5 and words[0].lower() not in _NOT_SPEAKERS:
            if words[-1].lower() in ROLE_HEADS:
                return None
            kind = "ORG" if words[-1].lower() in ORG_SUFFIXES or len(words) > 3 else "PERSON"
            return Attribution(speaker=np, organization=np if kind == "ORG" else None, speaker_type=kind), False
        if _single_name(words, np_start, text):  # "Fonterra has told us that ...", "DairyNZ estimates that ..."
            return _single_word_subject(np)
        return None


# "the Chiang Mai office of", "the regional branch of", "the press office of": a body's branch, then the body
_BRANCH_OF_RE = re.compile(
    r"(?:[\w'’-]+\s+){0,3}(?:office|branch|bureau|desk|unit|delegation|mission)\s+of\s+(?:the\s+)?", re.IGNORECASE)


_ACRONYM_AND_NAME_RE = re.compile(r"(?P<acronym>[A-Z]{2,5})\s+(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?)")


_FIELD_AND_PLACE_RE = re.compile(r"(?P<field>[A-Z][a-z]{3,})\s+(?P<place>\S.*)")
_NOT_FIELD_WORDS = frozenset(
    "yesterday today tonight earlier later meanwhile however also greater new upper lower inner outer rural urban "
    "coastal mainland metropolitan monday tuesday wednesday thursday friday saturday sunday january february march "
    "april june july august september october november december".split())


def _body_named_for_place(np: str, inside: list[EntityMention]) -> str | None:
    """"Consumer NZ", "Tourism Westland": a capitalised word of a field before a place or body the recogniser named
    alone, as one phrase: a body's name (not a title before a person, a compass word or a word of time)."""
    m = _FIELD_AND_PLACE_RE.fullmatch(np.strip())
    if m is None or len(inside) != 1 or inside[0].mention != m.group("place") or inside[0].type not in ("GPE", "ORG"):
        return None
    field = m.group("field").lower()
    if field in lexicon("compass_words") | _NOT_FIELD_WORDS | stop_words() or field in ROLE_HEADS:
        return None
    return np.strip()


def _branch_of(core: str, target: EntityMention) -> bool:
    """"The Chiang Mai office of the Tourism Authority of Thailand": a branch of the body it names speaks for it."""
    m = _BRANCH_OF_RE.match(core.strip())
    return m is not None and core.strip()[m.end():] == target.mention


def _body_of_region(core: str, inside: list[EntityMention]) -> str | None:
    """"Fire Rescue Service of the Moravian-Silesian Region", "Regional Health Management of La Libertad": a body
    the recogniser named apart from the region or place it serves, the phrase being exactly the two joined by "of"."""
    bodies = [m for m in inside if m.type in ("ORG", "GROUP")]
    places = [m for m in inside if m.type in ("GPE", "LOC")]
    if len(bodies) != 1 or len(places) != 1 or places[0].start < bodies[0].end \
            or bodies[0].mention.split()[-1].lower() not in ORG_SUFFIXES:  # (not "Keisha-Ann Lettsome of Anegada")
        return None
    phrase = core.strip()
    shape = re.escape(bodies[0].mention) + r"\s+of\s+(?:the\s+)?" + re.escape(places[0].mention)
    return phrase if re.fullmatch(shape, phrase) else None


_BASED_RE = re.compile(r"-(?:based|headquartered)\b")
_PLACE_AFTER_RE = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*)?(?P<link>in|at|from|of|based\s+in)\s+(?:the\s+)?$",
                             re.I)


def _placed_after(target: EntityMention, places: list[EntityMention], text: str, np_end: int) -> bool:
    """"The Regional Laboratory in Port of Spain", "(CMML) in Port of Spain", "The Ministry of Energy and Mines of the
    Lao PDR": a body or its short name, then only the place it sits in or belongs to, which ends the phrase."""
    def placing(p: EntityMention) -> bool:
        link = _PLACE_AFTER_RE.fullmatch(text[target.end:p.start])
        # ("the Executive Agency for ... Maintenance of the Danube River": a feature the body looks after, its name's)
        return link is not None and (link.group("link").lower() != "of"
                                     or p.mention.split()[-1].lower() not in lexicon("place_features"))
    return target.type in ("ORG", "GROUP") and any(p.end == np_end and p.start > target.end and placing(p)
                                                   for p in places)


def _single_word_subject(word: str) -> tuple[Attribution, bool] | None:
    """A one-word subject opening its sentence: evidence ("Models indicate that ...") speaks for nobody, a plural
    agent noun ("Epidemiologists warned that ...", lexicon ``agent_plural_suffixes``) is unnamed people, and any
    other word is a body's name ("Fonterra")."""
    low = word.lower()
    if low in lexicon("evidence_nouns"):
        return None
    if _agent_plural(word):
        return Attribution(speaker=None, anonymous=True, description=word, speaker_type="PERSON"), False
    return Attribution(speaker=word, organization=word, speaker_type="ORG"), False


def _agents_in_places_before(text: str, np_start: int) -> bool:
    """Whether the phrase at ``np_start`` is the last of the places after a plural agent noun ("bus operators in
    Mwanza, Arusha and Mbeya said"): the agents speak, not the place."""
    m = _AGENTS_IN_PLACES_BEFORE_RE.search(text, 0, np_start)
    return m is not None and _agent_plural(m.group("head"))


def _agent_plural(word: str) -> bool:
    """"Epidemiologists", "Meteorologists": a plural agent noun (lexicon ``agent_plural_suffixes``)."""
    low = word.lower()
    return word.isalpha() and any(low.endswith(suffix) and len(low) > len(suffix) + MIN_AGENT_STEM
                                  for suffix in lexicon("agent_plural_suffixes"))


# "The report, published by the Audit Office on Tuesday, found ...": the body an appositive says wrote the document
_AUTHORED_BY_RE = re.compile(
    r"\s*,\s*(?:which\s+(?:was|were)\s+|that\s+(?:was|were)\s+)?(?:published|released|produced|prepared|compiled|"
    r"commissioned|written|conducted|carried\s+out|issued)\s+(?:\w+\s+)?by\s+(?:the\s+)?")


def _authors_after(end: int, mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """The organisation an appositive right after a document's noun names as its author (", published by X ...,")."""
    m = _AUTHORED_BY_RE.match(text, end)
    if m is None:
        return []
    return [x for x in mentions if x.type in ("ORG", "GROUP") and x.start == m.end()][:1]


_DESCRIBED_AUTHOR_RE = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(?P<kind>\w+)\s+(?:from|by|of)\s+the\s+(?P<noun>\w+)\s*$",
                                  re.IGNORECASE)


def _named_body_voice(head: str, bodies: list[EntityMention]) -> str | None:
    """The body a spokesperson's phrase names ("a spokeswoman for Sun Tran", "a WHO spokesman"; lexicon
    ``voice_nouns``), which speaks through them; None for other unnamed sources or with no body named."""
    if head.lower().strip("'’,") not in lexicon("voice_nouns") or not bodies:
        return None
    return bodies[0].name


def _names_country_natively(issuer: str, country: str) -> bool:
    """"Présidence de la République Démocratique du Congo" for "Democratic Republic of the Congo": the issuer's name
    holds every word of the country's name but its state form and joiners (lexicons ``state_forms``,
    ``name_connectors``), in the issuer's language."""
    own = {w.lower() for w in country.split()} - lexicon("state_forms") - lexicon("name_connectors")
    words = {unaccented(w).lower() for w in re.findall(r"[\w'’-]+", issuer)}
    return bool(own) and own <= words
