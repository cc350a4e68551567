"""The default speaker: the author of a statement, the issuing body of a release or readout (or its deciding
body when the text names it in full), the interviewee of a questions-and-answers page."""

from __future__ import annotations

import re

from .. import issuer as names
from ..language import lexicon, stop_words
from ..models import DocumentKind
from ._shared import HEAD_CHARS, MAX_MARGIN_LINES, _clean
from ._shared import _names_only as _names_only_words
from .header import _delivered_by_person, _field_person, _speaker_field_person, _styled_name_line
from .headings import (
    _briefer, _joint_authors, _named_statement_author, _principal, _signed_spokesperson, _statement_author,
)
from .kind import _issuer, _mentions, _outlet, _periodic_report
from .model import Speaker
from .people import (
    _LOWER_PARTICLES, _is_institution, _is_title_word, _person, _person_name, _role_holder, _role_only,
    _signed_holder, _strip_article, _title_inside, PERSON_NAME_WORDS,
)


_ACRONYM_WORD_RE = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])")


def _acronym_issuer(default: Speaker | None, site_lines: list[str], text: str) -> Speaker | None:
    """The masthead's name for the issuer that the text calls by its acronym ("INE estimates ...": "Instituto
    Nacional de Estadística" over the English "Spanish Statistical Office" on the next line)."""
    if default is None or default.speaker_type != "ORG" or default.name != default.organization \
            or _mentions_name(text, default.name):  # "When publishing Statistics Poland data": the text's own name
        return default
    used = set(_ACRONYM_WORD_RE.findall(text))
    for line in site_lines:
        name = names.recase(" ".join(line.split()), text)  # "CZECH NATIONAL BANK" -> "Czech National Bank"
        # (a name the text defines the acronym by, "... Volcanology (CRGSV)", stays the text's)
        if name != default.name and _is_institution(name) and names.initials(name) in used \
                and len(name.split()) >= 2 and f"({names.initials(name)})" not in text:
            return Speaker(name, organization=name, speaker_type="ORG")
    return default


def _acronym_body_in_full(default: Speaker | None, text: str) -> Speaker | None:
    """A body the heading names by its parent's acronym and its own name ("Statement of the OAS General
    Secretariat") that the text names in full ("The General Secretariat of the Organization of American States
    (GS/OAS) expresses ..."): its full name, the acronym's letters spelled by the words after "of"."""
    if default is None or default.speaker_type != "ORG" or default.name != default.organization:
        return default
    acronym, _, rest = default.name.partition(" ")
    if not names.is_acronym(acronym) or not rest:
        return default
    for m in re.finditer(rf"\b{re.escape(rest)}\s+of\s+(?:the\s+)?(?P<parent>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for)"
                         rf"\s+)*[A-Z][\w'’-]*){{1,{MAX_PARENT_NAME_WORDS}}})", text):
        words = m.group("parent").split()
        for end in range(len(words), 1, -1):  # ("... of American States (GS/OAS) expresses": the words it spells)
            parent = " ".join(words[:end])
            if names.initials(parent) == acronym:
                full = text[m.start():m.start("parent")] + parent
                return Speaker(full, organization=full, speaker_type="ORG")
    return default


MAX_PARENT_NAME_WORDS = 6  # "Organization of American States": a parent body's name after "of the"
MAX_SITE_NAME_WORDS = 8


def _site_name_issuer(site_lines: list[str], text: str) -> Speaker | None:
    """"RURITANIA HUMAN RIGHTS WATCHERS" on the first line of a release that names no institution elsewhere: the name
    the site prints over its menu, in capitals or written in the text, is the body issuing it ("PRESS STATEMENT",
    a release's label, is none)."""
    for line in site_lines:
        name = " ".join(line.split())
        if not 2 <= len(name.split()) <= MAX_SITE_NAME_WORDS or not _names_only(name) or names.is_state_name(name) \
                or _mentions(name, "release_cues") or _mentions(name, "statement_types"):
            continue
        if names.is_shouted(name) or _mentions_name(text, name):
            body = names.speaker_name(name, text)
            return Speaker(body, organization=body, speaker_type="ORG")
    return None


def _default_speaker(kind: DocumentKind, head: str, title: str | None, text: str, hints: dict,
                     publisher: str | None, source: str | None, byline: str | None, page: str = "",
                     page_head: str = "") -> Speaker | None:
    """Who speaks where no turn says: the statement's, speech's or transcript's person, or the issuing body.
    ``page`` is the raw page, whose lines cleaning drops may name a role's holder ("About the speaker: ..."), and
    ``page_head`` the lines of its head, which may name the holder of a role a heading gives alone."""
    named = _clean(hints.get("speaker"))
    if kind == DocumentKind.NEWS:
        return _person(named, text, head) if named else None
    if kind == DocumentKind.TRANSCRIPT:  # "Remarks by President Biden": "THE PRESIDENT:" is Biden
        author = named or _statement_author(title, head)
        host = role = None
        if not author:
            author, host, role = _briefer(title, head)
        if not author:
            author, role = _styled_name_line(head)
        if not author and (_periodic_report(title or "") or _numbered_release(page_head)):
            # "COMMUNIQUÉ NO. 164 OF THE MONETARY POLICY COMMITTEE" over an excerpt of the press conference: the
            # text before the turns is the release's, its deciding body or issuer speaking
            return _default_speaker(DocumentKind.RELEASE, head, title, text, hints, publisher, source, byline, page,
                                    page_head)
        if not author:
            return None
        if not named and _role_only(author):  # "Press Conference by the Chief Cabinet Secretary": its holder
            author = _role_holder(author, "\n".join((head, page_head, text, page))) or author
        speaker = _person(author, text, head)
        speaker.role = speaker.role or role
        speaker.organization = speaker.organization or host or publisher
        return speaker
    if kind == DocumentKind.STATEMENT and (named or not _joint_authors(title, head)):
        signed = None if named else _signed_spokesperson(title, head)  # the spokesperson named under the heading
        principal = None if named or signed else _principal(title, head)
        body = _spoken_for_body(principal, text + "\n" + head)
        if body:  # "Statement attributable to the Spokesperson for <Body>": the body speaks
            return Speaker(body, organization=body, speaker_type="ORG")
        # "Statement attributable to the Spokesperson for the Chairperson of ...": the Chairperson the text names
        # "Delivered by Ambassador Ana Ruiz, Permanent Representative" under "Statement by the Republic of ...": the
        # person who delivers a state's or a body's statement speaks it
        stated = _statement_author(title, head)
        bodily = bool(stated) and _definite_name(stated)
        delivered = (_delivered_by_person(head.split("\n") + page_head.split("\n"))
                     or _speaker_field_person(head.split("\n"))) \
            if not (stated and _person_name(stated) and not bodily and not _names_itself(stated, text)) else None
        if delivered is None and stated and (_is_institution(stated) or _names_group(stated)
                                             or names.is_state_name(stated) or bodily):
            # "Statement of the SADC Group" ... "Delivered by: Ms. Palesa Mokhethi, Ambassador ..." under the text
            # (and "Statement of the Republic of Seychelles ..." delivered by its head of delegation)
            delivered = _delivered_by_person(_last_lines(page))
        author = named or signed or (_role_holder(principal, text + "\n" + head) if principal else None) \
            or delivered or stated or _clean(byline) or _closing_author(page)
        if author and not named and _gathering(author):  # "Statement of the ... Ministerial Meeting": the publisher
            author = None
        office = _strip_article(author) if author and not named and _role_only(author) else None
        if office:  # "Speech by the Governor": the Governor the page names
            # or the styled name standing alone under the heading ("Speech by the Minister of ..." / "YB Dato' Sri X")
            author = _role_holder(author, "\n".join((text, head, page_head, page))) or _named_statement_author(head) \
                or _styled_name_line(head)[0] or _signed_holder(page, author) or _closing_name(page) \
                or _byline_person(byline) or author
        if author and not named and _role_only(author):  # "Statement by the Spokesperson": for the body
            body = _opening_subject(text)
            if body and not _is_title_word(body.split()[-1]) and _names_a_body(body):
                return Speaker(body, organization=body, speaker_type="ORG")
            author = None  # "The Secretary-General condemns ...", named nowhere: the issuing institution speaks
        site = publisher or _clean(source)
        if author and not named and site and _within_name(_strip_article(author), site):
            # "Statement from the Green Party" on the "Ruritania Green Party" site: the body, by its full name
            body = names.speaker_name(site, text + "\n" + head)
            return Speaker(body, organization=body, speaker_type="ORG")
        if author and not named and _is_institution(author) and not _is_title_word(_strip_article(author).split()[0]) \
                and _person_name(author) is None and not _holder_after_title(author):
            body = _strip_article(author)  # "Statement of the Government of Ruritania": the body speaks
            if site and _governing_body_of(body, site):
                body = names.speaker_name(site, text + "\n" + head)  # "the Reserve Bank Board": the bank's board
            return Speaker(body, organization=body, speaker_type="ORG")
        if author:
            speaker = _person(author, text, head)
            speaker.organization = speaker.organization or publisher
            if office and not _role_only(author) and not speaker.role:
                speaker.role = office  # the holder the heading's office resolved to holds it
            return speaker
    if kind == DocumentKind.QUESTIONS_ANSWERS:  # "Interview with Dr. Mei Tanaka": she answers
        # "Spokesperson: Christophe Lemoine" in the header of a page of answers under "Statements by the Spokesperson"
        author = named or _field_person(page_head.split("\n")) or _statement_author(title, head)
        if not author:  # "REGULAR PRESS BRIEFING BY MOFA SPOKESPERSON NGUYEN DUC PHONG" over "Answer:" turns
            briefer = _briefer(title, head)[0]
            author = briefer if briefer and _person_name(briefer) else None
        if author:
            return _person(author, text, head)  # the publisher is the interviewer's, not the speaker's
    if kind == DocumentKind.READOUT:  # narration of a meeting: only a named spokesperson speaks for it
        author = named or _statement_author(None, head)
        return _person(author, text, head) if author else None
    signer = _signing_body(page) if not publisher and not named and _parent_ministry(_clean(source) or "") else None
    if signer is None and not publisher and not named and _state_portal(_clean(source) or ""):
        signer = _closing_body(page, text)  # a ministry signing its release off on its government's portal
    institution = (publisher or named or signer or _issuer(head) or _lead_announcer(text, _clean(source))
                   or _clean(source) or _institution_in(head, text) or _institution_in(text[:HEAD_CHARS * 4]))
    if institution is None:
        return None
    institution = names.speaker_name(institution, text + "\n" + head)
    body = _deciding_body(text, institution, head) if kind == DocumentKind.RELEASE else None
    if body and (_governing_body_of(body, institution) or _general_board(body)):
        body = None  # "the Reserve Bank Board", "the Monetary Board" decide as the bank
    return Speaker(body or institution, organization=institution, speaker_type="ORG")


GOVERNING_BODY_WORDS = lexicon("governing_body_words")
GENERAL_BOARD_WORD = "board"  # "Monetary Board": the word that makes a "monetary" body the bank's general board


MIN_SELF_MENTIONS = 2


def _definite_name(author: str) -> bool:
    """"the Holy See", "the Sovereign Order of Malta": a name after the definite article and no title ("the
    Hon."), which no person's name takes: a body or a state whose statement its delegate delivers."""
    words = author.split()
    return len(words) >= 2 and words[0] == "the" and words[1][:1].isupper() and not _is_title_word(words[1])


def _names_itself(author: str, text: str) -> bool:
    """"Statement by Costa Rica" whose text says "Costa Rica thanks ...", "Costa Rica hosts ...": an author the
    text keeps naming as a subject is a state or a body speaking through its delegate, not a person (who says "I")."""
    return len(re.findall(rf"(?<![\w'’]){re.escape(author)}\s+[a-z]", text)) >= MIN_SELF_MENTIONS


_NUMBERED_RELEASE_RE = re.compile(r"(?im)^\s*(?:press|news|media)\s+release\s+(?:No\.?|Nr\.?|#)\s*\d+\s*$")


def _numbered_release(page_head: str) -> bool:
    """"Press release No. 61" over a rate decision that ends with an excerpt of the press conference: the text before
    the turns is the release's."""
    return _NUMBERED_RELEASE_RE.search(page_head) is not None


def _governing_body_of(body: str, site: str) -> bool:
    """"Reserve Bank Board" on the Reserve Bank of Australia's site: the institution's own governing board or council
    (named for no policy function, lexicon ``policy_body_words``), which speaks as the institution."""
    words = body.lower().split()
    owner = " ".join(words[:-1])
    # ("NBR Board" on the National Bank of Romania's site: the owner by its initials)
    return len(words) >= 2 and words[-1] in GOVERNING_BODY_WORDS \
        and not _named_for_policy(words) \
        and (site.lower().startswith(owner + " ") or owner == names.initials(site).lower())


def _named_for_policy(words: list[str]) -> bool:
    """A body named for its policy function (lexicon ``policy_body_words``: "Monetary Policy Committee", "Open Market
    Committee", "Monetary Committee"), not a bank's "Monetary Board", its general governing board."""
    policy = lexicon("policy_body_words").intersection(words)
    if policy == {"monetary"} and words[-1] == GENERAL_BOARD_WORD and "policy" not in words:
        return False  # (a "Monetary Council" sets the rate: Hungary's, Eastmarch's)
    return bool(policy)


def _general_board(body: str) -> bool:
    """"Monetary Board", "Executive Board", "Governing Council": a bank's general governing body, which speaks as the
    bank."""
    words = body.lower().split()
    return len(words) >= 2 and words[-1] in GOVERNING_BODY_WORDS and not _named_for_policy(words)


def _holder_after_title(phrase: str) -> bool:
    """"Nordic Council President Karin Engström": a body's title, then a person's full name after it."""
    role, name = _title_inside([], phrase.split())
    return bool(role) and len(name) >= PERSON_NAME_WORDS and not _is_institution(" ".join(name))


def _byline_person(byline: str | None) -> str | None:
    """The person a speech's by-line names ("By Andrés Villamil, Mayor of Bogotá" under "Text of the address
    delivered by the Mayor")."""
    return _person_name(_clean(byline) or "") if byline else None


def _spoken_for_body(principal: str | None, text: str) -> str | None:
    """The body a spokesperson speaks for ("the Spokesperson for Transnet National Ports Authority"): an institution's
    name that opens with no title ("the Chairperson of the Commission" is an official, "the Office of the President"
    a body)."""
    if not principal or not _is_institution(principal):
        return None
    bare = _strip_article(principal.strip())
    if not bare or _is_title_word(bare.split()[0]):
        return None
    return names.speaker_name(bare, text)


MAX_SIGNATURE_LINES = 3  # a signature block: the name, then a role or two, then the body that signs
MAX_SIGNING_BODY_WORDS = 10


def _signing_body(page: str) -> str | None:
    """"Dr. Ana Ruiz" / "Permanent Secretary" / "Ministry of Health" among the last lines of a page on a government's
    portal ("Government of <Country>"): the body that signs the release under the official's name issues it."""
    lines = [line.strip() for line in page.splitlines() if line.strip()][-MAX_MARGIN_LINES:]
    for i, line in enumerate(lines):
        if _person_name(line) is None or not re.fullmatch(r"(?:[A-Z][\w.'’-]*\.?\s+)*[A-Z][\w.'’-]*", line):
            continue
        for below in lines[i + 1:i + 1 + MAX_SIGNATURE_LINES]:
            if _is_institution(below) and _names_only(below) and len(below.split()) <= MAX_SIGNING_BODY_WORDS:
                return below
    return None


def _closing_body(page: str, text: str) -> str | None:
    """"Ministry of Housing and Spatial Planning" alone on the line right under the body's last sentence, on a
    government's portal: the body that signs the release off issues it."""
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    below = next((lines[i + 1] for i, line in enumerate(lines) if last and line == last and i + 1 < len(lines)), "")
    if _is_institution(below) and _names_only(below) and len(below.split()) <= MAX_SIGNING_BODY_WORDS \
            and not _is_title_word(below.split()[0]):  # "Director of Meteorological Services": an official's role
        return below
    return None


def _names_only(line: str) -> bool:
    """"Ministry of Health", "Banco de la Nación": a body's name alone, no sentence or menu."""
    return _names_only_words(line.split(), _LOWER_PARTICLES)


def _names_group(name: str) -> bool:
    """"SADC Group", "the African Group": a group of states or bodies (lexicon ``group_organisations``)."""
    return name.split()[-1].lower() in lexicon("group_organisations")


def _last_lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()][-MAX_MARGIN_LINES:]


def _closing_author(page: str) -> str | None:
    """"Statement delivered by Ambassador Ana Ruiz, Permanent Representative of ..." among the last lines of the page:
    the person who delivered a statement whose heading names only its topic or the group it speaks for."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return _statement_author(None, "\n".join(lines[-MAX_MARGIN_LINES:]))


def _closing_name(page: str) -> str | None:
    """"Mário Centeno" alone on the last line of a speech headed "Speech by the Governor": the speaker signing it."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    person = _person_name(last)
    return person if person and person == last else None


def _lead_announcer(text: str, source: str | None) -> str | None:
    """The body the lead sentence opens with as an issuer ("Nordhavn Wind A/S today announced ..."), unless the page
    is an institution's own and the lead neither is it nor ties itself to it: "The World Health Organization
    reported ..." on a national agency's page reports another body's figures ("The Seasonal Outlook Centre, a
    division of the Northland Weather Service, released ..." on the service's page is its unit)."""
    found = names.announcer(text)
    if found is None or not source or _outlet(source) or not _is_institution(source) or _parent_ministry(source):
        return found  # "The Meteorological Department has forecast ..." on its ministry's page: the department
    if re.match(rf"(?:The\s+)?{re.escape(found)}\s+of\s+[A-Z]", source):
        return source  # "The Reserve Bank today released ..." on the Reserve Bank of Australia's page: its full name
    lead = text.lstrip().split("\n", 1)[0]
    return found if _mentions_name(lead, source) or _mentions_name(source, found) else None


def _parent_ministry(name: str) -> bool:
    """"Ministry of Environment", "U.S. Department of the Interior": a parent body whose site carries its agencies'
    releases (lexicon ``parent_bodies``, after a country's code)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in lexicon("country_qualifiers"):
        words = words[1:]
    return bool(words) and words[0].lower() in lexicon("parent_bodies")


def _state_portal(name: str) -> bool:
    """"Luxembourg Government", "Government of Saint Lucia": the site of a whole government, which carries its
    ministries' releases (lexicon ``state_portal_words``)."""
    words = name.lower().split()
    return bool(words) and (words[0] in lexicon("state_portal_words") or words[-1] in lexicon("state_portal_words"))


def _mentions_name(text: str, name: str) -> bool:
    bare = re.sub(r"^(?:The|the)\s+", "", name.strip())
    return re.search(rf"(?<![\w]){re.escape(bare)}(?![\w])", text, re.IGNORECASE) is not None


# "the Committee decided", "the MPC": a body word standing alone, not the first word of a longer name ("the Federal
# Medical Centre") nor one with its "of"/"for" complement
_BODY_SUBJECT_RE = re.compile(r"\b[Tt]he ([A-Z][a-z]+|[A-Z]{2,6})\b(?!\s+(?:of|for)\b|\s+[A-Z])")
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
MIN_BODY_MENTIONS = 2  # "the Committee decided ...", "The Committee will ...": the release's own voice
_QUOTATION_RE = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")


def _deciding_body(text: str, institution: str, head: str = "") -> str | None:
    """The body of the institution that speaks in a release, when the text names it in full: "the Committee"
    used throughout and "Federal Open Market Committee" once -> "Federal Open Market Committee"; "the MPC"
    throughout and "Monetary Policy Committee (MPC)" once -> "Monetary Policy Committee"; "the Committee"
    throughout and only "FOMC" in the heading -> "FOMC", the body's own short name."""
    counts: dict[str, int] = {}
    # a quotation's "the Committee will remain vigilant" is a speaker's word, not the release's own voice
    for m in _BODY_SUBJECT_RE.finditer(_QUOTATION_RE.sub(" ", text)):
        word = m.group(1)
        if word.isupper() or word.lower() in lexicon("institution_words"):
            counts[word] = counts.get(word, 0) + 1
    lead_end = text.find("\n\n", len(text) - len(text.lstrip()))
    for m in _NAMED_DECIDER_RE.finditer(text):  # "The Monetary Policy Committee (MPC) voted ...": a mention too
        word = m.group("word")
        named = m.group("name").lower().split()
        if word.lower() in lexicon("institution_words") and _named_for_policy(named):
            # the lead's "the Monetary Policy Committee (MPC) of <Bank> decided ...": the release is its decision
            lead = m.start() < lead_end or lead_end < 0
            counts[word] = counts.get(word, 0) + (MIN_BODY_MENTIONS if lead else 1)
    for word, count in sorted(counts.items(), key=lambda item: -item[1]):
        if word.lower() in institution.lower().split():
            continue
        body = _expansion(word, text) if word.isupper() else None
        if body:  # "the MPC voted ..." and "The Committee will ...": one body, named two ways
            count += counts.get(body.split()[-1], 0)
        if count < MIN_BODY_MENTIONS:
            continue
        body = body or (None if word.isupper() else _full_name(word, text) or _full_name(word, _recased_lines(head))
                        or _headed_name(word, head, text) or _acronym_of(word, head, text)
                        or _deciding_name(word, text, institution))
        if body and not _credited_source(body, word, text + "\n" + head) \
                and not _own_description(body, word, institution) and not names.is_series(body):
            return body
    return _lead_decider(text[:lead_end] if lead_end >= 0 else text, institution, head) if counts else None


def _own_description(body: str, word: str, institution: str) -> bool:
    """"the Bank" and "the Central Reserve Bank" on the site of the "Banco Central de Reserva de El Salvador": the
    institution itself, described in English words for a kind of body (its place left out), no other body."""
    return any(names.cognates(word, own) for own in institution.split()) and names.describes(body, institution)


def _credited_source(body: str, word: str, text: str) -> bool:
    """"Data source: Nigerian Communications Commission (NCC)": a body a source line credits with the figures
    supplies them; it is no organ of the institution that publishes them."""
    names_ = "|".join(re.escape(n) for n in {body, word})
    return re.search(rf"(?im)^\W*(?:data\s+)?sources?\s*:[^\n]*(?<![\w-])(?:{names_})(?![\w-])", text) is not None


def _lead_decider(lead: str, institution: str, head: str) -> str | None:
    """"The Copom unanimously decided ..." opening a release headed "Copom maintains ..." that then says "the
    Committee": the short name of the body that decides and names the release, neither an institution word nor a
    word of the institution's own name."""
    m = _DECIDING_RE.search(lead)
    if m is None or not re.search(rf"(?m)^\s*{re.escape(m.group(1))}\b", head):
        return None
    name = m.group(1)
    own = {w.lower() for w in institution.split()}
    return None if name.lower() in lexicon("institution_words") or name.lower() in own else name


# "decided", and the acts a policy body takes on its rate: "reduced the base rate", "kept the policy rate"
_DECISION_VERBS = r"(?:decided|decides|voted|votes|agreed|agrees|(?:reduc|rais|increas|maintain|lower)(?:ed|es|s)" \
                  r"|cut|cuts|kept|keeps)"
MAX_ASIDE_CHARS = 60
_NAMED_DECIDER_RE = re.compile(
    rf"\b[Tt]he (?:(?:[A-Z][\w\-]*\s+(?:(?:of|and)\s+)?){{0,4}}[A-Z][\w\-]*['’]s\s+)?"  # "The Bank of X's ..."
    rf"(?P<name>(?:[A-Z][\w'’\-]*\s+){{1,5}})(?P<word>[A-Z][a-z]+)(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?"
    rf"(?P<owner>\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|and)\s+)?[A-Z][\w'’\-]*){{0,4}}"
    rf"(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?)?"  # "of the Magyar Nemzeti Bank (MNB)"
    rf"(?:,[^,.\n]{{1,{MAX_ASIDE_CHARS}}},)?\s*(?:\w+ly\s+)?"  # "..., meeting today, decided": an aside
    rf"{_DECISION_VERBS}\b")
_DECIDING_RE = re.compile(rf"\b[Tt]he ([A-Z][a-z]+|[A-Z]{{2,6}})\s+(?:\w+ly\s+)?{_DECISION_VERBS}\b")


def _deciding_name(word: str, text: str, institution: str) -> str | None:
    """The short name the page gives the body that decides, where it never spells the body out: "the Copom decided
    ..." and "The Committee unanimously decided ..." -> "Copom" (a capitalised name in the same place as the body
    word, neither an institution word nor a word of the institution's own name)."""
    subjects = [m.group(1) for m in _DECIDING_RE.finditer(text)]
    if word not in subjects:
        return None
    own = {w.lower() for w in institution.split()}
    for name in subjects:
        if name != word and name.lower() not in lexicon("institution_words") and name.lower() not in own:
            return name
    return None


RANK_WORDS = lexicon("rank_words")


def _recased_lines(head: str) -> str:
    """The head with its shouted lines recased ("FINANCIAL STABILITY COMMITTEE STATEMENT" -> "Financial Stability
    Committee Statement"), so that a body's name in a shouted heading is found as written in the text."""
    return "\n".join(names.recase(line) if names.is_shouted(line.strip()) else line for line in head.split("\n"))


def _full_name(word: str, text: str) -> str | None:
    # one space between the words: "President   Government" is a menu's two items, not a name
    # "Food Supplies & Consumer Welfare Department": an ampersand joins two words of one name
    for full in re.finditer(rf"(?:\b[A-Z][\w'’&\-]* (?:& )?){{1,5}}{word}\b", text):
        name = re.sub(r"^(?:The|A|An|In|At|On)\s+", "", full.group())
        name = re.sub(r"^.*['’]s\s+", "", name)  # "Westlandia's Monetary Policy Committee": the owner is no part of it
        # ("Chief Government" of "Office of the Chief Government Statistician": a title opens no body's name)
        if len(name.split()) >= 2 and name.split()[0].lower() not in RANK_WORDS:
            return name
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _expansion(acronym: str, text: str) -> str | None:
    """"Monetary Policy Committee (MPC)" -> the name the text spells out before the acronym."""
    for m in re.finditer(rf"((?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?){{2,6}})\({acronym}\)", text):
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if _initials(name) == acronym and name.split()[-1].lower() in lexicon("institution_words"):
                return name
    return None


def _acronym_of(word: str, head: str, text: str) -> str | None:
    """An acronym of the heading that ends with the body word's initial: "FOMC" for "the Committee" (a shouted
    heading's "AND" is a word, not an acronym, nor a rate ticker's currency code)."""
    for line in head.split("\n"):
        if _MENU_BAR_RE.search(line):
            continue  # "HOME | ABOUT US | PRESS RELEASES": a menu's items in capitals, no body's short name
        for m in _ACRONYM_RE.finditer(line):
            if m.group().endswith(word[0]) and len(m.group()) >= 3 and m.group().lower() not in stop_words() \
                    and m.group().lower() not in lexicon("currency_codes"):  # a rate ticker's "RUB 1.0912"
                return m.group()
    return None


_MENU_BAR_RE = re.compile(r"\S\s+[|»]\s+\S.*\s[|»]\s+\S")  # two separators: a menu's row


MAX_HEADED_NAME_WORDS = 10


def _headed_name(word: str, head: str, text: str) -> str | None:
    """"The Department advises ..." under the masthead "DEPARTMENT OF CLIMATE CHANGE AND METEOROLOGICAL SERVICES":
    the head's line that is the body word's name, "Department of ...", recased."""
    for line in head.split("\n"):
        name = " ".join(line.split())
        if not 3 <= len(name.split()) <= MAX_HEADED_NAME_WORDS or not _names_only(name):
            continue
        name = names.recase(name, text)
        if re.fullmatch(rf"{word} (?:of|for) (?:the )?[A-Z][\w'’\-]*(?: (?:(?:of|for|and|the|&) )*[A-Z][\w'’\-]*)*",
                        name):
            return name
    return None


_OPENING_SUBJECT_RE = re.compile(r"\s*The\s+(?P<body>(?:[A-Z][\w.'’&\-]*\s+){1,6}?)(?=[a-z])")


def _gathering(author: str) -> bool:
    """"Forum Fisheries Committee Ministerial Meeting": a heading's author that names a gathering, not a speaker."""
    words = author.split()
    return bool(words) and words[-1].lower() in lexicon("gathering_words")


MAX_QUALIFIER_WORDS = 3
# "of Canada", "of the Republic of Latvia": a place, maybe a state's formal name with "of" in it
_PLACE_TAIL_RE = re.compile(r"^(?:of|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,%d}$"
                            % MAX_QUALIFIER_WORDS)


def _within_name(part: str, name: str) -> bool:
    """True when ``name`` is ``part`` (two words or more) with only a place to qualify it: "Green Party" in "Green Party
    of Canada" or "Ruritania Green Party", not "European Union" in "Delegation of the European Union to Ruritania"."""
    m = re.search(rf"(?<![\w'’]){re.escape(part)}(?![\w'’])", name, re.IGNORECASE)
    if len(part.split()) < 2 or m is None or part.lower() == name.lower():
        return False
    before, after = name[:m.start()].strip(), name[m.end():].strip()
    lead = not before or (len(before.split()) <= MAX_QUALIFIER_WORDS and not _is_institution(before)
                          and all(w[:1].isupper() for w in before.split()))
    tail = not after or (_PLACE_TAIL_RE.match(after) is not None and not _is_institution(after))
    return lead and tail


def _names_a_body(name: str) -> bool:
    """"Northern Council", "European Union", "NATO": a body's name; "Portuguese" of "The Portuguese economy grew"
    is an adjective of the subject, no body."""
    return len(name.split()) >= 2 or name.isupper() or _is_institution(name) \
        or name.lower() in lexicon("org_suffixes")  # "The Union welcomes ..."


def _opening_subject(text: str) -> str | None:
    """The body a statement opens with as its subject ("The European Union deplores ...")."""
    m = _OPENING_SUBJECT_RE.match(text)
    return m.group("body").strip() if m else None


_NAME_WORD = r"(?:U\.S\.|U\.K\.|[A-Z][\w'’‘&\-]*)"  # "O‘ZBEKISTON": the Uzbek letter with its turned comma
_INSTITUTION_NAME_RE = re.compile(rf"(?:{_NAME_WORD}[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*){{0,6}}{_NAME_WORD}")


def _institution_in(text: str, body: str = "") -> str | None:
    """The first capitalised name containing an institution word ("Statistics Canada"); of a masthead's names in
    several languages, the first the ``body`` of the text writes itself."""
    found = []
    for m in _INSTITUTION_NAME_RE.finditer(text):
        name = m.group().strip()
        name = re.sub(r"^(?:About\s+)?(?:The|A|An|the)\s+", "", name)  # "About the Varn Institute of Ecology"
        if len(name.split()) >= 2 and _is_institution(name) and name.split()[-1].lower() not in _LOWER_PARTICLES:
            found.append(name)
    return next((name for name in found if body and name in body), found[0] if found else None)
