"""What the text teaches along the way: ages, genders, roles and offices, the issuer's names, and the
discourse state (people, organisations, sources) the attributor remembers."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import issuer
from ..entities import ROLE_HEADS, PersonInfo
from ..gender import bound_genders, role_gender
from ..models import Attribution, EntityMention
from .candidates import (
    _GROUP_DESCRIPTIONS, _AGE_AFTER_RE, _AGE_BEFORE_RE, _APPOSITIVE_ROLE, _DEFINED_ROLE_RE, _DETERMINERS,
    _with_legal_form, _PUBLICATION_CUES, _PUBLICATION_WORDS, ROLE_OF_PATTERN, _same_body, only_forms_of_address,
)
from .records import SentenceAttribution


MAX_ROLE_BEFORE_CHARS = 120
_PLACED_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout|[Ii]nside)\s+(?:the\s+)?$")
# ", Minister of Foreign Affairs of the People's Republic of Bangladesh,": a role and its portfolio or place in
# apposition after a name, closed by a comma, a bracket or the sentence's end
_ROLE_OF_AFTER_RE = re.compile(rf",\s+(?:the\s+)?{ROLE_OF_PATTERN}(?=\s*[,;(.])")
# "the President of the Republic of Moldova, Ms ": a role and its portfolio or place in apposition before a name
_ROLE_OF_BEFORE_RE = re.compile(
    # ("the Administrator of the United Nations Development Programme (UNDP), Ms. ...": the body's short name after it)
    # ("the Prime Minister of ..., the Honourable Dr. ...": forms of address between the role and the name)
    rf"\b[Tt]he\s+{ROLE_OF_PATTERN}(?:\s+\([A-Za-z]{{2,8}}\))?,\s+(?:the\s+)?"
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|Honourable|Honorable|Right|Rt|H\.E|His|Her|Excellency|Sir|Dame)\.?\s+){0,4}$")


# the words after a body's name that place it or say whose it is: "of India", "for Wales", "in Laos", "under the
# President"
_PLACING_WORD_RE = re.compile(r"(?:of|for|in|under|at)\s+\S")


# "the municipal water utility, | Agua de Hermosillo": a body described right before its name
# (not a source before the news: "According to the ministry, | Ana Lopes, a nurse, was arrested")
_DESCRIBED_BEFORE_RE = re.compile(r"(?<!according to )\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+),"
                                  r"\s*$", re.I)
# "the producers' association | APROMAC": a body described right before its name, with no comma
_DESCRIBED_RIGHT_BEFORE_RE = re.compile(r"(?<!according to )\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                                        r"(?P<noun>[a-z]+)\s+$", re.I)
# "Aircalin, | the territory's airline,": a body described right after its name
# (or its head before a participle: "Fundecitrus, the research fund financed by growers,")
_DESCRIBED_AFTER_RE = re.compile(r"^,\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+)"
                                 r"(?=\s*[,.;)]|\s+[a-z]+ed\s[^,.;]*,)")


class _Learning:
    """Methods of ``Attributor`` (see ``attributor.py``): what each sentence teaches, and the discourse state."""

    def _learn_descriptions(self, text: str, mentions: list[EntityMention]) -> None:
        """A body described beside its name ("the territory's social security fund, CAFAT,", "Aircalin, the
        territory's airline,"): "the fund" and "the airline" later in the text are that body."""
        for m in mentions:
            if m.type not in ("ORG", "PERSON"):  # ("the water utility, Agua de Hermosillo," read as a person)
                continue
            right_before = _DESCRIBED_RIGHT_BEFORE_RE.search(text[:m.start]) if m.type == "ORG" else None
            for found in (_DESCRIBED_BEFORE_RE.search(text[:m.start]), _DESCRIBED_AFTER_RE.match(text[m.end:]),
                          right_before):
                if found and found.group("noun") in _GROUP_DESCRIPTIONS:
                    self.described[found.group("noun")] = m.name

    def _learn_roles_before(self, text: str, mentions: list[EntityMention]) -> None:
        """The role with its portfolio or place set before a person's name ("the President of Romania, Mr Radu
        Ionescu,", "The Minister for Health, Dr Ana Ruiz,"): "the President of Romania" later in the text is them."""
        for m in mentions:
            before_words = set(text[max(0, m.start - MAX_ROLE_BEFORE_CHARS):m.start].split())
            if m.type != "PERSON" or not {"of", "for"} & before_words:
                continue
            before = _ROLE_OF_BEFORE_RE.search(text, max(0, m.start - MAX_ROLE_BEFORE_CHARS), m.start)
            if before is None or before.group("head").split()[-1].lower() not in ROLE_HEADS:
                continue
            info = self.people.setdefault(m.name, PersonInfo(m.name))
            role = before.group("role")
            # a bare role the name was read with ("President") takes its portfolio or place ("of Romania")
            if not info.role or only_forms_of_address(info.role) \
                    or role.lower().startswith(info.role.lower() + " "):
                info.role = role

    def _learn_roles_after(self, text: str, mentions: list[EntityMention]) -> None:
        """The role with its portfolio or place set after a person's name ("Ms. Ana Ruiz, Minister of Foreign Affairs
        of the Republic of Eastland, at the palace"): "the Eastland Foreign Minister" later in the text is them."""
        for m in mentions:
            after = _ROLE_OF_AFTER_RE.match(text, m.end) if m.type == "PERSON" else None
            if after is None or after.group("head").split()[-1].lower() not in ROLE_HEADS:
                continue
            info = self.people.setdefault(m.name, PersonInfo(m.name))
            role = after.group("role")  # (a bare role the name was read with, "Minister", takes its portfolio)
            if not info.role or only_forms_of_address(info.role) or role.lower().startswith(info.role.lower() + " "):
                info.role = role

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
        if info.role and not only_forms_of_address(info.role):  # "Dr." is a form of address
            return
        m = re.search(re.escape(a.speaker) + _APPOSITIVE_ROLE, text)
        if m and m.group("role").split()[-1].lower() in ROLE_HEADS:
            info.role = m.group("role")

    def _as_issuer(self, a: Attribution | None) -> Attribution | None:
        """The release's issuer under the name the release gives it, when a sentence names it another way ("Acme
        Solar Inc.", "Acme" for "Acme Solar", or the acronym the release defines for it: "DWD")."""
        if a is None or a.anonymous or not a.speaker or not self.issuers:
            return a
        if a.speaker_type == "PERSON" and " " in a.speaker:
            return a
        for name in self.issuers:
            if _same_body(a.speaker, name) or self.issuer_acronyms.get(a.speaker) == name:
                return replace(a, speaker=name, organization=name, speaker_type="ORG")
        return a

    def _as_named_body(self, a: Attribution | None) -> Attribution | None:
        """"the Tea Board said" after "The Tea Board of India said": a body named again without the words that place
        it ("of India", "in Laos", "under the President") is the one the text named in full before."""
        if a is None or a.anonymous or not a.speaker or a.speaker_type != "ORG":
            return a
        fuller = {name for _, name in self.org_mentions
                  if name.startswith(a.speaker + " ") and _PLACING_WORD_RE.match(name, len(a.speaker) + 1)}
        if len(fuller) != 1:
            return a
        name = fuller.pop()
        return replace(a, speaker=name, organization=name if a.organization == a.speaker else a.organization)

    def _learn_issuer_acronyms(self, text: str) -> None:
        """"... of the Deutscher Wetterdienst (DWD)": the acronym the sentence gives the issuer names it from now on,
        whatever letters it takes from the name."""
        for name in self.issuers:
            if name in text:
                for m in re.finditer(rf"{re.escape(name)}\s*\((?P<acronym>[A-Z][A-Za-z]{{1,7}})\)", text):
                    self.issuer_acronyms.setdefault(m.group("acronym"), name)

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

    # ------------------------------------------------------------------ state
    def _remember(self, mentions: list[EntityMention], result: SentenceAttribution, text: str = "") -> None:
        speaker = result.attribution.speaker if result.attribution else None
        for m in mentions:
            if m.type == "PERSON":
                self.persons.append((self.sentence_index, m.name, m.name == speaker))
            elif m.type in ("ORG",):
                if not _PLACED_BEFORE_RE.search(text, 0, m.start):  # ("In the Northern Division the figure was
                    self.last_org = m.name  # ...": a place the sentence names, not the body "It" will be)
                self.org_mentions.append((self.sentence_index, m.name))
                if _with_legal_form(m.mention) or _with_legal_form(m.name):
                    self.firms.append((self.sentence_index, m.name))  # "Aqualis Water Technologies Pte Ltd"
                if self.sentence_index == 0 and self.lead_company is None and _company_name(m.name):
                    self.lead_company = m.name
        a = result.attribution
        if a is None:
            return
        # "X said ..., while the Governor said ...": each clause's speaker, in order, so "She said" next finds the last
        for spoken in [a] + [clause for _, _, clause in result.clauses if clause is not a]:
            if spoken is not None and spoken.speaker_type == "PERSON" and spoken.speaker and not any(
                    p[1] == spoken.speaker and p[2] and p[0] == self.sentence_index for p in self.persons):
                self.persons.append((self.sentence_index, spoken.speaker, True))
        if a.speaker_type == "ORG" and a.speaker:
            self.last_org = a.speaker
            self.org_speakers.append((self.sentence_index, a.speaker))
            if a.cue in _PUBLICATION_CUES or _PUBLICATION_WORDS.search(a.speaker):
                self.last_publication = a.speaker
        if a.anonymous:
            self.last_anonymous, self.last_anonymous_index = a, self.sentence_index
            if a.description and re.search(r"s\b", a.description.split()[-1] if a.description.split() else ""):
                self.last_plural = a


def _company_name(name: str) -> bool:
    """"Etihad Airways", "Norvik Systems": a name that may be a firm, neither an acronym (a wire's "AFW") nor an
    institution's name ("European Commission")."""
    return not issuer.is_acronym(name) and not issuer.is_institution(name)
