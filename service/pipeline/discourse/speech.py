"""Whether a news- or release-looking page is a speech, and whose: the cues of a speech and the person the
heading names around its topic."""

from __future__ import annotations

import re

from .. import issuer as names
from ..language import announces_text, lexicon, phrase_pattern
from ._shared import MARGIN_KEY_CHARS, _FIELD_RE, _clean, _norm_label
from .header import (
    _CRUMB_SPLIT_RE, MIN_CRUMBS, _bio_note_person, _breadcrumb_person, _caption_person, _delivered_by_person,
    _field_person, _following_statement_person, _listed_person, _more_by_person, _office_holders_speech, _signature,
    _styled_name_line, _title_and_name_line, _title_person, _titled_line_person, _titled_name_line,
)
from .headings import _named_statement_author
from .intro import _self_introduction
from .kind import _mentions
from .page import _header_lines, _lines_under_title
from .people import (
    _appositive_name, _capitalised_run, _is_institution, _is_title_word, _name_after, _person_name, _role_holder,
    _split_role,
)
from .voice import _addresses_audience, _speaks_as_we


# "Home » Newsroom » Speeches": a breadcrumb trail, its items between arrows or slashes
_TRAIL_SEPARATOR_RE = re.compile(r"\s[»›>/]\s")


def _speeches_section(page_lines: list[str]) -> bool:
    """True when a breadcrumb trail above the page ends in a section of speeches ("Home » Newsroom » Speeches",
    lexicon ``speech_nouns``): the page is one of them."""
    for line in page_lines:
        items = [item.strip() for item in _TRAIL_SEPARATOR_RE.split(line) if item.strip()]
        if len(items) >= 2 and items[-1].lower() in lexicon("speech_nouns"):
            return True
    return False


def _speech_author(text: str, paragraphs: list[tuple[int, int]], title: str | None, head: str, page: str,
                   page_lines: list[str], source: str | None, byline: str | None, hints: dict,
                   tail: str = "", handover: tuple[int, str] | None = None) -> str | None:
    """The person whose speech a news- or release-looking page is, or None.

    A page is a speech when its heading says so ("... remarks at ...", "Check against delivery", a "Speaker:"
    field) or when it addresses its audience in the first person ("Thank you for inviting me ... We have lowered
    ..."); its speaker is the person the header names (a "From:"/"By" field, a "Name, Role" line, the heading, a
    possessive role heading's holder, a name standing alone under the title), or the sidecar's person.
    """
    addressed = _addresses_audience(text, paragraphs)
    named = _clean(hints.get("speaker"))
    noted = _bio_note_person(text, paragraphs, tail) if not named else None
    if noted:  # "Kenji Watanabe is President of Horizon Rail. He delivered these remarks at ..." closing the page
        return noted
    if named:  # a feed naming a person as the speaker of a first-person page: that person's speech
        return named if addressed and not _is_institution(named) else None
    # "Keynote speech by Ana Ruiz, Member of the Board, at ...", "ADDRESS OF THE GOVERNOR OF X, ANA RUIZ, ON ..."
    delivered = _delivered_by_person(page_lines) or _office_holders_speech(page_lines) \
        or _following_statement_person(page_lines)  # "Minister Ana Ruiz issued the following statement:"
    captioned = _caption_person(page_lines, speech=True)  # "Minister Ana Ruiz delivers the keynote ... (Photo: ...)"
    cue = bool(title) and (_mentions(title, "speech_nouns") or _mentions(head, "delivery_markers") or bool(delivered)
                           or _speaker_field(page_lines) or _speech_type_line(page_lines, text, paragraphs)
                           or bool(captioned) or _speeches_section(page_lines))
    if not (cue or (title and addressed)):
        return None
    if _clean(byline) and not names.is_institution(_clean(source)) and not _speaks_as_we(text, paragraphs) \
            and not addressed and not _full_text_title(title):
        # "...'s address to the nation: full text" under a reporter's by-line
        return None  # a reporter's byline is no speaker, unless the text is in the first person: its author's
    person = _field_person(page_lines)  # "PM speech on ..." "From: ... and The Rt Hon Sir Keir Starmer KCB MP"
    if not person:  # "(Keynote Address delivered by Shri Rajesh Menon, Deputy Governor, ...)" under the title
        person = delivered
    if not person and _mentions(head, "delivery_markers"):
        person = _title_person(title)  # "Minister Ana Ruiz at the Water Forum", then "Check against delivery"
    if not person:
        person = _heading_person(title, text)  # "Jane Doe: The outlook", "The outlook - speech by Jane Doe"
    for part in [title, *_HEADING_PARTS_RE.split(title.strip())[1:]]:  # also "'Be useful': Dr. Ana Ruiz's address"
        person = person or _possessive_speaker(part, text + "\n" + page)  # "Minister Okafor's remarks at the Summit"
        person = person or _speech_of_person(part)  # "State of the City Address of Mayor Ana Ruiz"
    if not person:  # "Jane Doe" on a line above "Deputy Governor"
        person = _titled_name_line(_header_lines(page, text, paragraphs))
    if not person:  # "Statement of the Republic of X · H.E. Mr. Ana Ruiz, Vice-Minister ..." under the title
        person = _named_statement_author("\n".join(_lines_under_title(page, title, text, paragraphs)))
    if not person and addressed:  # "Tags: Marisol Ocampo, Executive Board" under the title
        person = _listed_person(_lines_under_title(page, title, text, paragraphs))
    if not person:  # "President of the Republic Juhani Rautio at the memorial service ..." under the title
        person = _titled_line_person(_lines_under_title(page, title, text, paragraphs))
    if not person:  # "Speech" / "Governor Lisa D. Marchetti" / venue / date above the topic title
        person = _title_and_name_line(_header_lines(page, text, paragraphs))
    if not person:  # "For those of you I haven't met, I'm Regina Flores, ..." opening a first-person page
        person = _self_introduction(text, paragraphs) if addressed and not handover else None
    if not person:  # "More speeches by Minister Tomasz Wierzbicki" under the speech
        person = _more_by_person(tail)
    if not person:  # "Home > Ministers > Minister Joanne Tessier > Speeches" above the title
        person = _breadcrumb_person(_header_lines(page, text, paragraphs))
    if not person:  # "Prime Minister of New Zealand" / "Rt Hon Mere Tawhiri": the office holder's masthead
        person = _styled_name_line("\n".join(_header_lines(page, text, paragraphs)))[0]
    if not person and (addressed or _speaks_as_we(text, paragraphs)):  # signed "Amina Karanja / Minister of ..."
        person = _signature(tail, text, paragraphs)
    if not person and handover:  # "I now give the floor to the Minister, Dr. Ruth Achieng."
        person = handover[1]
    if not person:  # "Minister Ana Ruiz delivers the keynote ... (Photo: ...)", "[Text on screen: Premier Ana Ruiz]"
        person = _caption_person(page_lines)
    if not person and addressed and _clean(byline):  # a first-person speech under its speaker's by-line
        person = _person_name(_clean(byline))
    if not person and addressed and _speech_type_line(page_lines, text, paragraphs):
        person = _titled_surname_person(title, text)  # "Speech" / "Governor Zeqiri presents the Annual Report ..."
    return person


# "Governor Zeqiri presents ...": a heading opening with a title and a surname, then a verb in the present
_TITLED_SURNAME_RE = re.compile(r"^(?P<title>(?:[A-Z][\w-]*\s+){1,3}?)(?P<surname>[A-Z][\w'’-]+)\s+[a-z]+s\b")


def _titled_surname_person(title: str, text: str) -> str | None:
    """The person a speech page's heading names by title and surname ("Governor Zeqiri presents the Annual Report
    ..."), by the full name the text gives them ("..., Mr. Bekim Zeqiri, today presented ...")."""
    m = _TITLED_SURNAME_RE.match(title.strip())
    if m is None or not all(_is_title_word(w) for w in m.group("title").split()):
        return None
    surname = re.escape(m.group("surname"))
    full = re.search(rf"\b(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}}){surname}\b", text)
    return _person_name(full.group("name") + m.group("surname")) if full else None


_HEADING_PARTS_RE = re.compile(r"\s+[-–—|]\s+|:\s+")


_NAME_ON_TOPIC_RE = re.compile(r"(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3}[A-Z][\w'’\-]+)[ \t]+(?:on|at|to|about)\b")


def _heading_person(title: str, text: str) -> str | None:
    """The person a heading names around its topic: "Jane Doe: The outlook for inflation" or "The outlook for
    inflation - speech by Jane Doe". A prefix the text uses as a place ("in Sri Lanka") is no person."""
    parts = _HEADING_PARTS_RE.split(title.strip())
    opened = False  # a part naming who makes the statement ("Statement by the Board"): the other parts are topic
    for k, part in enumerate(parts):
        m = phrase_pattern("statement_openers").match(part)
        opened = opened or bool(m)
        name = _person_name(_appositive_name(part[m.end():]) or _name_after(part[m.end():]) or "") if m else None
        if name and k:
            return name
    if opened:
        return None
    if len(parts) > 1 and any(p.strip().lower() in lexicon("speech_nouns") for p in parts):
        for part in parts:  # "Speech: Minister Ana Ruiz at the Export Awards": the page type, then who and where
            name = _title_person(part) if part.split() and _is_title_word(part.split()[0]) else None
            lead = _NAME_ON_TOPIC_RE.match(part.strip()) if not name else None
            name = name or (_person_name(lead.group("name")) if lead else None)  # "Keynote: Ana Ruiz on ..."
            if name:
                return name
    for part in ([parts[0], parts[-1]] if len(parts) > 1 else []):
        # ("FULL TEXT: ..." announces the text, it names nobody)
        name = _person_name(part) if _capitalised_run(part) and not _full_text_title(part + ":") else None
        if name and not re.search(rf"\b(?:in|to|from|of|across)\s+{re.escape(name)}\b", text) \
                and not _common_words(name, text):
            return name
    return None


def _common_words(name: str, text: str) -> bool:
    """True when most words of a capitalised heading part are words the text writes in lower case ("Monetary
    Policy Decision" over a text on monetary policy): a topic, not a person's name."""
    words = name.split()
    lower = sum(bool(re.search(rf"\b{re.escape(w.lower())}\b", text)) for w in words)
    return lower * 2 > len(words)


AUTHOR_LINE_GAP = 2  # lines between a "Press Statement" type line and its author's "Name, Role" line


def _statement_type_author(page_lines: list[str], text: str, paragraphs: list[tuple[int, int]],
                           tail: str = "") -> str | None:
    """The author a header names right under a statement-type line ("Press Statement", then "Dana Whitcombe,
    Secretary of State"), above the body, or who signs it under its text ("DR. AMINA KARANJA" / "CABINET SECRETARY
    FOR HEALTH"); else None."""
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip()[:MARGIN_KEY_CHARS] if paragraphs else None
    for i, line in enumerate(page_lines):
        if first and line.startswith(first):
            return None
        if line.strip().lower().rstrip(":") in lexicon("statement_types"):
            below = [other for other in page_lines[i + 1:i + 1 + AUTHOR_LINE_GAP] if "," in other]
            person = _field_person(below[:1]) or _signature(tail, text, paragraphs)
            if person:
                return person
    return None


def _speech_type_line(page_lines: list[str], text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """A header line that is only a speech noun ("Speech", "Remarks"): the page type a site prints above a
    speech whose heading is its topic."""
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip()[:MARGIN_KEY_CHARS] if paragraphs else None
    for line in page_lines:
        if first and line.startswith(first):
            return False
        if line.lower().rstrip(":") in lexicon("speech_nouns") or _speech_section_crumb(line):
            return True
    return False


def _speech_section_crumb(line: str) -> bool:
    """A breadcrumb whose last item is a speech noun ("Home » Newsroom » Speeches", "Media > Remarks"): the page
    sits in the site's section of speeches."""
    items = _CRUMB_SPLIT_RE.split(line.strip())
    return len(items) >= MIN_CRUMBS and items[-1].strip().lower() in lexicon("speech_nouns")


_SPEAKER_ONLY_FIELDS = frozenset(["speaker", "speakers", "delivered by", "speech by"])


_FULL_TEXT_TITLE_RE = re.compile(
    r"^\W*(?:full\s+text|text|transcript|in\s+full|read\s+in\s+full|full\s+(?:speech|address|remarks))"
    r"\s*(?::|of\b|[-–—|]\s)"
    # "President Ruiz's address to the nation: full text", "... - transcript", "... (full text)"
    r"|(?::|[-–—|]|\()\s*(?:the\s+)?(?:full\s+text|full\s+transcript|transcript|in\s+full|read\s+in\s+full)\W*$",
    re.IGNORECASE)


def _full_text_title(title: str | None) -> bool:
    """A heading that announces a speech's text ("Full text: President Ana Ruiz's State of the Nation address",
    "Text of the Minister's speech ..."): a news outlet's page that is the speech itself, not a report on it."""
    return bool(title) and _FULL_TEXT_TITLE_RE.search(title) is not None


def _speaker_field(lines: list[str]) -> bool:
    """A "Speaker: ..." or "Delivered by: ..." field: the page is a speech whatever its heading says."""
    return any((m := _FIELD_RE.match(line)) is not None and _norm_label(m.group("field")) in _SPEAKER_ONLY_FIELDS
               for line in lines)


_POSSESSIVE_HEADING_RE = re.compile(r"^(?P<who>[A-Z][^'’:|]{1,60}?)['’]s\s+(?P<noun>[A-Za-z]+)\b")
# "Foreign Secretary statement on Sudan", "Governor Ana Ruiz remarks at ...": capitalised words before the noun
_NOUN_HEADING_RE = re.compile(r"^(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|the)){0,7}?)\s+"
                              r"(?P<noun>[a-z]+)\s+(?:on|at|to|in|before|following)\b")


# "2026 State of the City Address of Mayor Ana Ruiz", "Keynote speech by Governor Ana Ruiz at ...": a speech noun,
# then who gave it
_SPEECH_OF_RE = re.compile(r"\b(?:of|by|from)\s+(?P<who>[A-Z].*)$")


def _speech_of_person(title: str) -> str | None:
    """The titled person a heading gives a speech noun to ("... Address of Mayor Ana Ruiz"), else None."""
    for m in phrase_pattern("speech_nouns").finditer(title):
        of = _SPEECH_OF_RE.match(title[m.end():].lstrip())
        who = of.group("who").split() if of else []
        if who and _is_title_word(who[0]):
            name = _title_person(" ".join(who))
            if name:
                return name
    return None


def _possessive_speaker(title: str, text: str) -> str | None:
    """The speaker of a heading that gives the speech as someone's ("Minister Okafor's remarks at ..."): the
    full name, or the full name the text gives a surname-only heading ("Minister Adaeze Okafor thanked ...")."""
    m = _POSSESSIVE_HEADING_RE.match(title.strip()) or _NOUN_HEADING_RE.match(title.strip())
    if m is None or not (m.group("noun").lower() in lexicon("speech_nouns") or _named_speech(title.strip(), m)):
        return None
    who = m.group("who").strip()
    name = _person_name(who)
    if name:
        return name
    surname = _split_role(who.split())[1]
    if not surname:  # "Executive Director's remarks to ...": the person the page gives that role
        return _role_holder(who, text)
    if len(surname) != 1 or surname[0].isupper():  # "PCB statement on ...": a body's acronym, no surname
        return None
    for found in re.finditer(rf"(?m)^{re.escape(surname[0])}[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}})"
                             r"[ \t]*$", text):
        if _person_name(found.group("name")) == found.group("name"):
            return found.group("name")  # "Lehendakari's speech ..." over a line "Lehendakari Imanol Pradales": a title
    for found in re.finditer(r"((?:[A-Z][\w'-]+[ \t]+){1,3})" + re.escape(surname[0]) + r"\b", text):
        name = _person_name(found.group(0))
        if name:
            return name
    return None


_NAMED_SPEECH_RE = re.compile(r"(?:[A-Z][\w\-]*\s+(?:of\s+the\s+)?){1,4}(?P<noun>[a-z]+)\b")


def _named_speech(title: str, m: re.Match) -> bool:
    """A possessive heading's speech named by its occasion ("Ana Ruiz's State of the Nation address")."""
    named = _NAMED_SPEECH_RE.match(title, m.start("noun")) if m.group("noun")[:1].isupper() else None
    return named is not None and named.group("noun") in lexicon("speech_nouns")


# "The following speech was given by ...", "Keynote speech given at ... by ...", "Delivered by Hon. ...": the
# publisher's credit line opening the text of a speech, no statement of the speaker's
_CREDIT_PARAGRAPH_RE = re.compile(r"\W*(?:the\s+following\s+)?(?:[\w-]+\s+){0,2}?(?:was\s+|were\s+|is\s+)?"
                                  r"(?:delivered|given|presented|made)\s+(?:by|at|on|to)\b", re.IGNORECASE)
MAX_CREDIT_WORDS = 60


def _narrated_intro_end(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Where the publisher's narration over a speech ends when its first paragraph announces the text ("...
    today presented the Annual Report to the Committee. The full text of the Governor's statement follows."),
    else 0."""
    if not paragraphs:
        return 0
    start, end = paragraphs[0]
    return end if announces_text(text, start, end) else 0


def _credit_paragraph_end(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Where the speech's credit line ends when it opens the text (else 0)."""
    if not paragraphs:
        return 0
    start, end = paragraphs[0]
    paragraph = text[start:end]
    credit = _CREDIT_PARAGRAPH_RE.match(paragraph)
    if credit is None or len(paragraph.split()) > MAX_CREDIT_WORDS:
        return 0
    return end if _mentions(paragraph[:credit.end()], "speech_nouns") or credit.start() == 0 \
        and paragraph.split()[0].lower() in ("delivered", "presented", "given") else 0

