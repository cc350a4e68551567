"""Speakers named earlier: surnames, role holders, organisation descriptions, pronouns and descriptions of
a person."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..entities import PersonInfo
from ..gender import role_gender
from ..language import lexicon, lexicon_entries, lexicon_pairs, name_words_for
from ..models import Attribution, EntityMention
from .candidates import (
    _COMPANY_DESCRIPTIONS, _DESCRIBED_PERSON_RE, _GENERIC_DESCRIPTIONS, _GROUP_DESCRIPTIONS, _with_legal_form,
    _OBJECT_PRONOUNS, _PRONOUNS, _PUBLICATION_WORDS, _ROLE_EQUIVALENTS, _describes_a_person, _same_body,
)

# styles and forms of address that a role read before a name may be no more than ("Hon. Dr.", "H.E. Mr."): no office
_STYLE_WORDS = frozenset({word.lower() for entry in lexicon_entries("name_styles") for word in entry.split()}
                         | {"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame"})

_OFFICE_DESCRIPTIONS = {key.lower(): value.lower() for key, value in lexicon_pairs("office_descriptions").items()}

DESCRIPTION_REACH = 6  # sentences back to an organisation that "the association", "the agency" may stand for


COGNATE_LETTERS = 5  # "institute" and "Instituto", "ministry" and "Ministerio": one noun in two languages


_ANY_OFFICE_NOUNS = frozenset({"leader"})  # "the Guyanese leader": the holder of any of that country's offices


def _cognate(noun: str, word: str) -> bool:
    return noun == word or (len(noun) > COGNATE_LETTERS and word[:COGNATE_LETTERS] == noun[:COGNATE_LETTERS])



def _surname_is(name: str, full: str) -> bool:
    return full.split()[-1] == name


_GIVEN_NAME_SYLLABLES_RE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Chia-wen", "Ji-hyun", "Tae-jun"


def _family_name_first_is(name: str, full: str) -> bool:
    """"Huang" for "Huang Chia-wen", "Oh" for "Oh Tae-jun": a family name written before a given name of two
    syllables joined by a hyphen."""
    words = full.split()
    return len(words) == 2 and words[0] == name and _GIVEN_NAME_SYLLABLES_RE.match(words[1]) is not None


def _hyphen_part_is(name: str, full: str) -> bool:
    """"Sereyvuth" for "Ouk Sereyvuth-Kosal": one part of a hyphenated last name."""
    return "-" in full.split()[-1] and name in full.split()[-1].split("-")

class _References:
    """Methods of ``Attributor`` (see ``attributor.py``): speakers the text named before."""

    def _by_surname(self, name: str) -> PersonInfo | None:
        """The one known person whose surname a one-word name is ("Lindqvist" -> "Tomas Lindqvist"), among the
        people the article describes, else among the people it has named."""
        if " " in name:
            return None
        for refers in (_surname_is, _family_name_first_is, _hyphen_part_is):
            found = [info for full, info in self.people.items() if " " in full and refers(name, full)]
            if not found:
                named = {full for _, full, _ in self.persons if " " in full and refers(name, full)}
                found = [PersonInfo(full) for full in named]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def _role_holder(self, role: str) -> str | None:
        """Who "the <Role>" is: a readout's principal unless their role is another, else the latest person named
        with that role."""
        head = role.split()[-1].lower()
        titles = _OFFICE_DESCRIPTIONS.get(" ".join(role.lower().split()), "").split()  # "Head of State": president
        principal = self.people.get(self.principal) if self.principal else None
        if " of " in role.lower() or " for " in role.lower():
            # "the Minister of Energy and Public Utilities" named with that very office: that person, not the
            # readout's principal ("the President of Bulgaria": the "President of the Republic of Bulgaria")
            exact = [name for _, name, _ in reversed(self.persons)
                     if (info := self.people.get(name)) is not None
                     and _without_state_form(info.role or "") == _without_state_form(role)]
            if exact:
                return exact[0]
        # a style read as the principal's role ("Hon.", "H.E.") is no role: the principal holds the one asked of
        styled = principal is not None and bool(principal.role) \
            and all(word in _STYLE_WORDS for word in principal.role.lower().split())
        if principal is not None and (principal.role is None or styled
                                      or {head, *titles} & set(principal.role.lower().split())):
            return principal.name
        roles = [role.lower()] + [role.lower()[: -len(head)] + other for other in _ROLE_EQUIVALENTS.get(head, ())
                                  if other != head] + titles
        # the latest person holding that very role ("Governor"), then one whose role holds it ("Deputy Governor")
        holders = [(name, self.people[name].role.lower()) for _, name, _ in reversed(self.persons)
                   if name in self.people and self.people[name].role]
        exact = next((name for name, held in holders if held in roles), None)
        return exact or next((name for name, held in holders if any(r in held for r in roles)), None)

    def _national_role_holder(self, role: str, country: str) -> str | None:
        """Who "the Spanish Minister" is (``role`` "Minister", ``country`` "Spain", the one the adjective names): the
        latest person named with that role and that adjective ("the Spanish Minister for the Ecological Transition,
        Elena Sanjurjo Vidal"), or, when the page is that country's own, with that role and no other country's
        adjective ("The Minister of Environment and Energy, Marta Quintela Rebelo" on the Government of Portugal's
        site, or the readout's principal)."""
        head = role.split()[-1].lower()
        heads = {head} | _ROLE_EQUIVALENTS.get(head, frozenset())
        # (the issuer's name, or the publisher's: "Republic of Sierra Leone · Official website of State House")
        own = any(re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", issuer)
                  for issuer in self.issuers + self.publishers)
        fallback = None
        named_so_far = [name for _, name, _ in reversed(self.persons)]
        # (then anyone the text names with that country's role, as in the same sentence: "told Lao Deputy Prime
        # Minister ... Sengphet Vongkhamsao ..., and the Lao minister said")
        for name in named_so_far + [name for name in self.people if name not in named_so_far]:
            info = self.people.get(name)
            words = (info.role or "").split() if info is not None else []
            if not heads & {w.lower().strip(",") for w in words} and not (head in _ANY_OFFICE_NOUNS and words):
                continue  # ("the Guyanese leader": whatever office that country's named official holds)
            adjectives = {self.demonyms.get(w) for w in words if w in self.demonyms}
            role_text = info.role or ""
            state_names = [n for n, named in self.state_names.items() if named == country]
            if country in adjectives or (info.organization or "") == country \
                    or re.search(rf"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}{re.escape(country)}$", role_text) \
                    or any(role_text.endswith(" " + n) for n in state_names):
                return name  # ("Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia", "... of
                # the Hellenic Republic": the country by its official name)
            if name in named_so_far and (own or name == self.principal) and not adjectives and fallback is None \
                    and (info.organization or country) == country \
                    and not any(self._country_pattern(other).search(role_text)
                                for other in self.places if other != country):
                fallback = name  # the page's own minister, or the readout's principal (not another country's)
        return fallback

    def _issuer_by_its_term(self, np: str) -> str | None:
        """The issuing body a release calls by a capitalised word of its own name ("The Institute does not expect
        ..." in the Costa Rican Electricity Institute's release, after another institute spoke): its defined term."""
        words = np.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].istitle():
            return None
        noun = words[1].lower()
        issuer = next((issuer for issuer in self.issuers if noun in issuer.lower().split()), None)
        first_term = self.terms_used.get(noun)
        other = min((idx for idx, name in self.org_mentions
                     if noun in name.lower().split() and name not in self.issuers), default=None)
        # (the term names the issuer only where the text used it before naming any other body of that kind: not
        # "According to the Labour Department, ... The Department also reported" in a statistics office's release)
        return issuer if first_term is not None and (other is None or first_term < other) else None

    def _visiting_holder(self, role: str) -> str | None:
        """Who "the visiting President" is: the latest person named with that role as another country's than the
        page's own (its issuer or publisher)."""
        head = role.split()[-1].lower()
        own = self.issuers + self.publishers
        for _, name, _ in reversed(self.persons):
            info = self.people.get(name)
            if info is not None and info.organization and head in (info.role or "").lower().split() \
                    and not any(info.organization in body for body in own):
                return name
        return None

    def _body_ending_with(self, phrase: str) -> str | None:
        """The latest body named so far whose name ends with the words of a lower-case description of two words or
        more ("the coast guard" for the "Hellenic Coast Guard"), its head no word the descriptions of bodies list."""
        m = _TWO_WORD_DESCRIPTION_RE.fullmatch(phrase)
        if m is None:
            return None
        return self._latest_body_ending_with(m.group("words"))

    def _recent_body_headed_by(self, noun: str) -> str | None:
        """The latest body named in the last few sentences whose name's head is its last word and that word is
        ``noun`` ("the executive" for the "Health Service Executive", not "the minister" for the "Office of the
        Prime Minister")."""
        return self._latest_body_ending_with(noun, reach=DESCRIPTION_REACH, head_last=True)

    def _latest_body_ending_with(self, words: str, reach: int | None = None, head_last: bool = False) -> str | None:
        """The latest body named (within ``reach`` sentences, if given) whose name ends with ``words`` after another
        word; with ``head_last``, only a name whose head is its last word (no "of" before it)."""
        named = [name for idx, name in sorted(self.org_mentions + self.org_speakers)
                 if reach is None or idx >= self.sentence_index - reach]
        return next((name for name in reversed(named) if name.lower().endswith(" " + words)
                     and not (head_last and _CONNECTED_HEAD_RE.search(name))), None)

    def _body_that_just_spoke(self) -> str | None:
        """The one body that spoke in the sentence before, when its name says of no kind of body what it is ("EDF
        Réunion", not "Eastmarch Mining Company" for "the airline")."""
        spoke = {name for idx, name in self.org_speakers if idx == self.sentence_index - 1}
        if len(spoke) != 1:
            return None
        name = spoke.pop()
        return None if _kind_telling_words() & {w.lower() for w in name.split()} else name

    def _organisation_for(self, noun: str, earlier: list[EntityMention]) -> str | None:
        """The organisation a description such as "the agency" refers to."""
        if _GROUP_DESCRIPTIONS.get(noun) == "publication" and self.last_publication and (
                _PUBLICATION_WORDS.search(self.last_publication)
                or self.org_speakers[-1:] and self.org_speakers[-1][1] == self.last_publication):
            # "the agency" after a body that "reports": that body only while it is an outlet or the latest body to
            # speak (not the ministry that reported before "Statistics Korea tells us ...")
            return self.last_publication
        same_sentence = [m.name for m in earlier if m.type in ("ORG", "GROUP")]
        for name in reversed(same_sentence):
            # ("Air New Zealand will cut its flights ..., the airline said": lexicon ``description_name_words``)
            if noun in name.lower() or any(word in name_words_for(noun) for word in name.lower().split()):
                return name
        recent = [name for idx, name in self.org_speakers if idx >= self.sentence_index - DESCRIPTION_REACH]
        for name in reversed(recent):
            if noun in name.lower():
                return name
        if noun in _ANY_BODY_NOUNS and recent:  # "EsSalud reports ... The institution also tells us ...": any body
            return recent[-1]
        for name in reversed(recent):  # "The operator expects ..." after "RTS Operations Sdn Bhd announced"
            if any(_cognate(noun, word) or word in name_words_for(noun) for word in name.lower().split()):
                return name
        if noun in self.described:  # "the fund" after "the territory's social security fund, CAFAT,"
            return self.described[noun]
        for name in self.issuers:  # "the agency" in a release of the "... Agency": the issuer, not the last name
            if noun in name.lower().split():
                return name
        named = [name for idx, name in self.org_mentions if idx >= self.sentence_index - DESCRIPTION_REACH]
        for name in reversed(named):  # "The Employers' Association of Slovenia opposed ... The association estimates"
            if any(_cognate(noun, word) or word in name_words_for(noun) for word in name.lower().split()):
                return name  # "the airline" for "Etihad Airways" (lexicon ``description_name_words``)
        named_so = {name for _, name in self.org_mentions + self.org_speakers if noun in name.lower().split()}
        if len(named_so) == 1:  # "the ministry" further down than the reach, when the text named one ministry
            return named_so.pop()
        if noun not in _GENERIC_DESCRIPTIONS:
            # "EDF Réunion said ... The utility said ...": a kind of body, right after the one body that spoke in the
            # sentence before, whose name does not say what it is
            return self._body_that_just_spoke() if name_words_for(noun) else None
        if same_sentence and noun in _COMPANY_DESCRIPTIONS:  # "..., the company announced": the issuer, else a firm
            named = [n for n in same_sentence if any(_same_body(n, i) for i in self.issuers)]
            firms = [n for n in same_sentence if _with_legal_form(n)]
            if named or firms:
                return (named or firms)[0]
        if same_sentence:  # its subject: "Miner Codelco suspended work at its El Teniente mine, the company said"
            return same_sentence[0]
        firms = [name for idx, name in self.firms if idx >= self.sentence_index - DESCRIPTION_REACH]
        if firms and noun in _COMPANY_DESCRIPTIONS:  # "According to the company" after "Aqualis ... Pte Ltd", not
            return firms[-1]  # the weather service quoted in between
        if recent:
            return recent[-1]
        if self.issuers and noun in _COMPANY_DESCRIPTIONS:
            return self.issuers[0]  # "The company expects ..." in a company's release that quoted no other body
        if self.lead_company and noun in _COMPANY_DESCRIPTIONS:
            return self.lead_company  # "..., the company said" in a report on the firm its lead names
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
        if number == 1 and self._unnamed_person_before():
            return replace(self.last_anonymous), True  # "An executive at X said ... He said ...": still unnamed
        if number == 1 and self.last_voice and self.last_voice_index == self.sentence_index - 1:
            # "A spokesman for X said ... He said ...": the spokesman again, who speaks for X
            self.last_voice_index = self.sentence_index
            return Attribution(speaker=self.last_voice, organization=self.last_voice, speaker_type="ORG"), True
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


_STATE_FORM_RE = re.compile(r"\bof\s+the\s+(?:[\w'’]+\s+){1,3}?of\s+")


def _without_state_form(role: str) -> str:
    """A role's words in lower case, a state's formal name cut to its plain one ("President of the Republic of
    Bulgaria" -> "president of bulgaria"; lexicon ``state_forms``)."""
    role = " ".join(role.lower().split())
    m = _STATE_FORM_RE.search(role)
    if m and all(word in lexicon("state_forms") for word in m.group().split()[2:-1]):
        role = role[:m.start()] + "of " + role[m.end():]
    return role


_CONNECTED_HEAD_RE = re.compile(r"\s(?:of|for|on|de|du|des|der)\s")  # "Office of the Prime Minister": its head first
_TWO_WORD_DESCRIPTION_RE = re.compile(r"the\s+(?P<words>[a-z]+(?:[\s-][a-z]+){1,2})")

_ANY_BODY_NOUNS = lexicon("any_body_nouns")  # "the institution", "the organisation", "the entity": any body


@cache
def _kind_telling_words() -> frozenset[str]:
    """Words that say what kind of body a name is: a description and its name words (lexicon
    ``description_name_words``), institution words and organisation affixes."""
    kinds = lexicon_pairs("description_name_words")
    return frozenset(set(kinds) | {w for words in kinds.values() for w in words.split()} | lexicon("institution_words")
                     | lexicon("org_prefixes") | lexicon("org_suffixes"))
