"""The person a speech page's other lines name: header fields and by-lines, "Name, Role" lines, captions,
breadcrumbs, a signature under the text, a closing note about the speaker."""

from __future__ import annotations

import re

from .. import issuer as names
from ..language import CAPS_DATELINE_RE, latin_script, lexicon
from ._shared import MARGIN_KEY_CHARS, MAX_NAME_LINE_WORDS, MAX_SPEAKER_WORDS, _FIELD_RE, _norm_label
from .kind import _mentions
from .people import (
    _HONORIFIC_PREFIX_RE, _NAME_PART_RE, _STYLE_PREFIX_RE, _appositive_name, _is_institution, _is_title_word,
    _person_name, _role_only, _split_role, _without_post_nominals,
)


# A photo caption or a video's on-screen text naming who speaks: "[Text on screen: Premier Colin MacLeod]",
# "Energy Minister Ana Ruiz delivers the keynote at the Forum. (Photo: Press Bureau)".
_SCREEN_TEXT_RE = re.compile(r"^\[(?i:text\s+on\s+screen|on-?screen\s+text|on\s+screen|lower\s+third)\s*:\s*"
                             r"(?P<who>[^\]]{2,80})\]$")
_CAPTION_SPEAKS_RE = re.compile(r"^(?P<label>(?i:photo|image|picture|pictured|watch|video)\s*:\s*)?"
                                r"(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+(?:(?:and|of|for|the)[ \t]+)*){1,9}?)"
                                r"(?:delivers|delivering|speaks|speaking|addresses|addressing|gives|giving)\b")
_SPEAKS_TO_RE = re.compile(r"(?:speaks|speaking)\s+(?:at|to|during|before)\b"
                           r"|(?:addresses|addressing)\s+(?:the\s+)?[A-Z]")
_PHOTO_CREDIT_END_RE = re.compile(r"\((?i:photo|photograph|image|picture)s?\b[^()]*\)$")


def _caption_person(page_lines: list[str], speech: bool = False) -> str | None:
    """The titled person a caption line of the page's head names as speaking, else None; with ``speech``, only a
    photo caption that names what the person delivers ("delivers the keynote"), which makes the page a speech."""
    for line in page_lines:
        m = _CAPTION_SPEAKS_RE.match(line)
        if m is not None and not (m.group("label") or _PHOTO_CREDIT_END_RE.search(line)):
            m = None  # a caption is labelled "Photo:" or credits its photo at its end
        m = m if speech else _SCREEN_TEXT_RE.match(line) or m
        rest = line[m.end("who"):] if m else ""
        if m is None or (speech and not (_mentions(rest, "speech_nouns") or _SPEAKS_TO_RE.match(rest))):
            continue
        words = m.group("who").split()
        for k in range(max(len(words) - MAX_SPEAKER_WORDS, 0), len(words) - 1):
            if _is_title_word(words[k]):  # "Energy and Mineral Resources Minister Rahmat Santoso": from "Minister"
                name = _person_name(" ".join(words[k:]))
                if name:
                    return name
    return None


def _signature(page: str, text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The person who signs a first-person page: a line that is only a name (after titles) right under the last
    paragraph, with a line opening with a title under it ("Amina Karanja" / "Minister of Water")."""
    if not paragraphs:
        return None
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    last = text[paragraphs[-1][0]:paragraphs[-1][1]].strip().rsplit("\n", 1)[-1][:MARGIN_KEY_CHARS]
    bottom = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].startswith(last)), None)
    if bottom is None or bottom + 2 >= len(lines):
        return None
    name, role = _unshouted_signature(lines[bottom + 1]), lines[bottom + 2].split()
    person = _person_name(name)  # "Amina Karanja", "Professor Sipho Dlamini": a name after titles only
    if person and name.rstrip().endswith(person) and role and _is_title_word(role[0]) \
            and role[0].lower() not in ("the", "of"):
        return person
    return None


def _unshouted_signature(line: str) -> str:
    """"DR. AMINA KARANJA, CBS" -> "Dr. Amina Karanja": a signature in capitals, re-cased, without the letters after
    a comma; other lines as they are."""
    if not line.isupper():
        return line
    name, _, after = line.partition(",")
    return (name if after.strip().isupper() and len(after.split()) <= 2 else line).title()


def _titled_name_line(lines: list[str]) -> str | None:
    """A line that is only a person's name, next to a line that opens with a title ("Jane Doe" / "Deputy
    Governor, Central Bank of ..."): the speaker a speech page prints under or above its heading."""
    for i, line in enumerate(lines):
        name = _person_name(line)
        if not name or name != _HONORIFIC_PREFIX_RE.sub("", line.strip()):
            continue
        near = [lines[j].split() for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(words and _is_title_word(words[0]) and words[0].lower() not in ("the", "of") for words in near):
            return name
    return None


_LIST_SPLIT_RE = re.compile(r"\s*[,;|•·]\s*")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _listed_person(lines: list[str]) -> str | None:
    """A person's name standing alone on a line or as an item of a list line ("Tags: Marisol Ocampo, Housing"); a
    dated line's items are its place and venue ("Asunción, 1 de julio de 2032 · Palacio Legislativo"), no person,
    and a line ending in a comma is a salutation."""
    for line in lines:
        if _YEAR_RE.search(line) or line.rstrip().endswith(","):
            continue  # (a salutation, "Rt. Hon. Speaker, Honourable Members, Fellow Ghanaians,", names no speaker)
        m = _FIELD_RE.match(line)
        for item in _LIST_SPLIT_RE.split(m.group("value") if m else line):
            name = _person_name(item)
            # ("Category: Multilateral Affairs": a section named for a portfolio is no person)
            if name and name == item.strip() and name.split()[-1].lower() not in lexicon("department_words"):
                return name
    return None


_BY_LINE_RE = re.compile(r"^By\s+(?P<value>[A-Z].+)$")


def _field_person(lines: list[str]) -> str | None:
    """The person a speech page's header names: in a field ("From: Prime Minister's Office and The Rt Hon Sir
    Keir Starmer KCB KC MP", "Speaker: Dr Ana Ruiz"), a by-line ("By Finance Minister Kwame Ofori-Atta") or a
    line of a name and its title ("Antonia R. Bellweather, Secretary of State"). Styles, honorifics, titles and
    letters after the name are left out; offices are no persons."""
    for line in lines:
        m = _FIELD_RE.match(line)
        by = _BY_LINE_RE.match(line)
        if m is not None and _norm_label(m.group("field")) in lexicon("speaker_fields"):
            name = _speaker_field_value(line)
            if name:
                return name
            continue
        elif by is not None:  # "By Courier Reporter", "By Staff Writer": a newsroom's by-line names no speaker
            words = by.group("value").lower().split()
            parts = [] if lexicon("byline_roles").intersection(words) else re.split(r",|\s+and\s+|;", by.group("value"))
        elif "," in line and len(line.split()) <= MAX_NAME_LINE_WORDS:
            name, role = line.split(",", 1)
            parts = [name] if role.split() and _is_title_word(role.split()[0]) else []
            if _role_only(name) and _is_title_word(name.split()[0]):  # "Minister of Health, Dr. Ana Ruiz"
                parts.append(role)
        else:
            continue
        for part in parts:
            name = _person_name(part)
            if name:
                return name
    return None


_DELIVERED_BY_LINE_RE = re.compile(r"(?:\b(?i:delivered|delivery|given|made|presented|speech|remarks|address|keynote"
                                   r"|lecture)\s+"
                                   # "delivered in Parliament by", "given at the Palais des Nations by": where
                                   r"(?:(?i:in|at|to|before)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+)?"
                                   r"|^|\d{4}\s+"
                                   # "STATEMENT BY H.E. MS. ...": a statement's author in a style, not "Statement by
                                   # Costa Rica", a country's statement
                                   r"|\b(?i:statement|intervention)\s+(?=(?i:by)\s+(?i:H\.\s?E\.|His|Her|Hon\b|Honou?rable"
                                   r"|Mr\b|Ms\b|Mrs\b|Madam|Dr\b|Ambassador|Minister|Deputy|Vice)))"
                                   r"(?i:by)(?::\s*|\s+)(?P<rest>[^()\n]+)")
_LINE_PART_RE = re.compile(r",|\s+[-–—]\s+")
# "Delivered by Hon. Ana Ruiz, ... on 4 March": a credit line that opens with the delivery needs no speech noun
_DELIVERY_OPENING_RE = re.compile(
    # (after the same label in the site's languages: "Сөйлеген / Выступил / Delivered by:")
    r"^(?:[^\W\d_][^/\n]{0,30}/\s*){0,3}\W*(?i:delivered|presented|given)\s+by(?::|\s)"
    # "By the Hon. Ana Ruiz MP, Minister for Transport": a by-line giving the speaker's style, not a reporter's
    r"|^(?i:by)\s+(?:the\s+)?(?:Hon\.?|Honourable|Rt\.?\s+Hon\.?|H\.\s?E\.|Dr\.?|Minister|Senator|Governor)\s"
    # "Keynote speech given at the Summit in Nadi on 12 May 2025 by the Minister ...": the speaker after the occasion
    r"|^\W*(?i:(?:[\w-]+\s+){0,2}(?:speech|remarks|address|keynote|lecture))\s+(?i:delivered|given|presented)\s")
# "... Aoife Brennan TD at the Planning Conference", "... Ana Ruiz to county officers": where the name ends
_VENUE_BREAK_RE = re.compile(r"\s+(?:at|to|during|before|on|in)\s+(?=[a-z]|[A-Z])")
MIN_ROLE_NAME_WORDS = 4  # a role of two words or more, then a name of two: "Minister of State Ana Ruiz"
NAME_TAIL_WORDS = 2


# a speech's delivery in the page's language: "prononcé par", "pronunciado por", "proferido por", "gehalten von"
# (and its English gloss after a slash: "Pronunciada por / Delivered by: Excmo. Sr. ...")
_NATIVE_DELIVERY_RE = re.compile(r"\b(?i:prononcée?|pronunciad[oa]|proferid[oa]|gehalten|uitgesproken)\s+"
                                 r"(?i:par|por|von|door)\b(?:\s*/\s*(?i:delivered\s+by)\b)?")


def _lower_role(part: str) -> bool:
    """"la bourgmestre", "the mayor": a role in lower case, before the name set off by a comma."""
    words = part.split()
    return 1 <= len(words) <= MAX_LOWER_ROLE_WORDS and all(w.islower() for w in words)


MAX_LOWER_ROLE_WORDS = 3


def _speaker_field_person(lines: list[str]) -> str | None:
    """The person a "Speaker:" field names, in the languages of the sites ("Orador: Ministro Consejero Valeria
    Quiroga", lexicon ``speaker_fields``), without styles and titles; else None."""
    return next((name for line in lines if (name := _speaker_field_value(line))), None)


def _speaker_field_value(line: str) -> str | None:
    """The first person a "Speaker:" field line names, else None; of a name given in two scripts ("Ο Πρωθυπουργός
    Αλέξανδρος Καραθανάσης · Prime Minister Alexandros Karathanasis"), its spelling in Latin letters."""
    m = _FIELD_RE.match(line)
    if m is None or _norm_label(m.group("field")) not in lexicon("speaker_fields"):
        return None
    found = [name for part in _FIELD_ITEM_SPLIT_RE.split(m.group("value")) if (name := _person_name(part))]
    return next((name for name in found if latin_script(name)), found[0] if found else None)


_FIELD_ITEM_SPLIT_RE = re.compile(r",|\s+and\s+|;|\s+[·|/]\s+")


def _delivered_by_person(lines: list[str]) -> str | None:
    """The person a header line says delivered the speech ("(Keynote Address delivered by Shri Rajesh Menon, Deputy
    Governor, Reserve Bank of India - March 4, 2025 - at the Global Payments Summit, Mumbai)", "Speech given by
    Minister of State for Planning Ana Ruiz TD at the ... Conference, Kilkenny, 6 March 2025", "Delivered by Hon.
    Ana Ruiz, EGH, Cabinet Secretary ..., to ... on 18 February 2025")."""
    for line in lines:
        line = _NATIVE_DELIVERY_RE.sub("delivered by", line)  # "Discours prononcé par la bourgmestre, ..."
        m = _DELIVERED_BY_LINE_RE.search(line)
        if m is None or not (_mentions(line[:m.start("rest")], "speech_nouns") or _DELIVERY_OPENING_RE.match(line)):
            continue
        pieces = _LINE_PART_RE.split(m.group("rest").strip().rstrip("."), maxsplit=2)
        part = _VENUE_BREAK_RE.split(pieces[0], maxsplit=1)[0]
        person = _person_name(part) or _name_after_role(part)
        # "the Minister for Small Business", "the Minister of Finance and Economic Planning": a portfolio, no name
        portfolio = bool(person) and re.search(
            rf"\b(?:for|of)\s+(?:[A-Z][\w-]*\s+)*?(?:and\s+)?{re.escape(person)}\s*$", part) is not None
        if len(pieces) > 1 and (not person and (_role_only(part) or _lower_role(part)) or portfolio):
            # "Minister for Finance, Ana Ruiz TD, at ...", "the Minister for Small Business, Ana Ruiz, at ...": the
            # holder after the role ("Small Business" is the role's portfolio)
            person = _person_name(_VENUE_BREAK_RE.split(pieces[1].strip(), maxsplit=1)[0]) or person
        if person:  # "STATEMENT BY H.E. MS. REYNA CHOQUE VILLCA": the name in capitals, re-cased
            return _recased(person)
    return None


# "RIYADH — His Excellency Mr. Ana Ruiz, Secretary-General of ..., made the following statement on Tuesday:"
_FOLLOWING_STATEMENT_RE = re.compile(
    r"[,\s]+(?:has\s+)?(?:made|issued|delivered|released|gave|sent)\s+the\s+following\s+"
    r"(?:(?:joint|press|short|brief|written)\s+)?(?:statement|remarks|message|declaration)\b[^:\n]{0,60}:\s*$")


def _following_statement_person(lines: list[str]) -> str | None:
    """The person a lead line names as the author of the statement below it ("Minister Ana Ruiz issued the following
    statement:", "Mr. Ana Ruiz, Secretary-General of ..., made the following statement on Tuesday:")."""
    for line in (line.strip() for line in lines):
        m = _FOLLOWING_STATEMENT_RE.search(line)
        if m is None:
            continue
        dateline = CAPS_DATELINE_RE.match(line, 0, m.start())
        who = line[dateline.end() if dateline else 0:m.start()].strip()
        # "Mr. Ana Ruiz, Secretary-General of ...," or "The Secretary-General, Ana Ruiz,"
        person = _person_name(who.split(",")[0]) or _person_name(_appositive_name(who) or "")
        if person:
            return person
    return None


def _recased(person: str) -> str:
    return names.title_case(person) if person.isupper() else person


# "INAUGURAL ADDRESS OF THE REGIONAL GOVERNOR OF CUSCO, ENG. EDITH CCAHUANA LAYME, ON TAKING OFFICE ...": a speech
# noun, the office whose speech it is, then its holder between commas
_SPEECH_OF_OFFICE_RE = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?i:of)\s+(?P<office>[^,]+),"
                                  r"\s*(?P<name>[^,]+),")


MAX_OFFICE_TITLE_AT = 3  # "DEPUTY REGIONAL GOVERNOR": the title within the office's first three words


def _office_holders_speech(lines: list[str]) -> str | None:
    """The holder a header line names after the office whose speech it is ("INAUGURAL ADDRESS OF THE REGIONAL
    GOVERNOR OF CUSCO, ENG. EDITH CCAHUANA LAYME, ON ..."), re-cased from capitals; None for other lines."""
    for line in lines:
        m = _SPEECH_OF_OFFICE_RE.match(line)
        office = [w for w in m.group("office").split() if w.lower() != "the"] if m else []
        # "THE REGIONAL GOVERNOR OF CUSCO", "THE GOVERNOR OF WESTLAND PROVINCE": a title among the office's first words
        if m is None or m.group("noun").lower() not in lexicon("speech_nouns") \
                or not any(_is_title_word(w) for w in office[:MAX_OFFICE_TITLE_AT]):
            continue
        person = _person_name(m.group("name").strip())
        if person:
            return _recased(person)
    return None


# "STATEMENT OF GOVERNOR ARBEN KASTRATI AT THE PRESS CONFERENCE ON ...": a speech noun, then a title and its holder
# up to the occasion
_SPEECH_OF_TITLED_RE = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?i:of|by)\s+(?:(?i:the)\s+)?"
                                  r"(?P<who>[^,()\n]+?)(?=\s+(?i:at|on|to|before|during|in|for)\s|\s*[,(]|\s*$)")


def _titled_holders_speech(lines: list[str]) -> str | None:
    """The person a header line names by title after its speech noun ("STATEMENT OF GOVERNOR ARBEN V.
    KASTRATI-LLESHI AT THE PRESS CONFERENCE"), re-cased from capitals; None for other lines."""
    for line in lines:
        m = _SPEECH_OF_TITLED_RE.match(line)
        if m is None or m.group("noun").lower() not in lexicon("speech_nouns"):
            continue
        words = m.group("who").split()
        role, name = _split_role(words)
        person = _person_name(" ".join(name)) if role and len(name) >= 2 else None
        if person and person == " ".join(name) and not _is_institution(person):
            return _recased(person)
    return None


def _name_after_role(part: str) -> str | None:
    """The name closing a long role ("Minister of State for Local Government and Planning Aoife Brennan TD" ->
    "Aoife Brennan"): the last two capitalised words after a title word, when they are a name and no department."""
    words = _without_post_nominals(part.split())
    if len(words) < MIN_ROLE_NAME_WORDS or not _is_title_word(words[0]):
        return None
    tail = words[-NAME_TAIL_WORDS:]
    if any(w.lower() in lexicon("department_words") or _is_title_word(w) for w in tail):
        return None
    name = _person_name(" ".join(tail))
    return name if name == " ".join(tail) else None


_CRUMB_SPLIT_RE = re.compile(r"\s+[>›»/]\s+")
_PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)")
MIN_CRUMBS = 3  # "Home > Ministers > Minister Joanne Tessier > Speeches": a breadcrumb has three items or more


def _breadcrumb_person(lines: list[str]) -> str | None:
    """The person a breadcrumb names by title among its sections ("Home > Ministers > Minister Joanne Tessier
    (Environment and Climate Change) > Speeches"): the speaker of a speech page that names no one else."""
    for line in lines:
        items = _CRUMB_SPLIT_RE.split(line)
        for item in items if len(items) >= MIN_CRUMBS else []:
            words = _PARENTHESIS_RE.sub("", item).split()
            person = _person_name(" ".join(words)) if words and _is_title_word(words[0]) else None
            if person and " ".join(words).endswith(person):
                return person
    return None


def _title_and_name_line(lines: list[str]) -> str | None:
    """A header line that is only a title and a person's name ("Governor Lisa D. Marchetti")."""
    for line in lines:
        words = line.split()
        if not words or len(words) > MAX_NAME_LINE_WORDS or not _is_title_word(words[0]) \
                or words[0].lower() in ("the", "of"):
            continue
        person = _person_name(line)
        if person and line.rstrip().endswith(person) and person != line.strip():
            return person
    return None


_MORE_BY_RE = re.compile(r"^(?:more|other|all|latest|related)\s+(?:speeches|remarks|addresses|statements)\s+"
                         r"(?:by|from|of)\s+(?P<rest>[A-Z].{2,80})$", re.IGNORECASE)


def _more_by_person(page: str) -> str | None:
    """The person a speech page's footer links more speeches of ("More speeches by Minister Tomasz Wierzbicki")."""
    for line in page.splitlines():
        m = _MORE_BY_RE.match(line.strip())
        person = _person_name(m.group("rest")) if m else None
        if person:
            return person
    return None


BIO_NOTE_PARAGRAPHS = 2  # a note about the speaker closes the page, in its last paragraphs
_BIO_NOTE_RE = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3}[A-Z][\w'’\-]+)[ \t]+(?:is|was|serves[ \t]+as)"
                          r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+)*[A-Z]")
_DELIVERED_THESE_RE = re.compile(r"\b(?:delivered|gave|made|presented)\s+(?:these|this|the\s+above)\s+"
                                 r"(?:remarks|speech|address|keynote|lecture)\b", re.IGNORECASE)


_NAME_IS_RE = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3}[A-Z][\w'’\-]+)[ \t]+(?:is|was|serves[ \t]+as)\b")
_ABOUT_SPEAKER_RE = re.compile(r"(?i:about\s+the\s+speaker)\s*:?")  # the heading of a closing note on who spoke


def _under_about_speaker(paragraph: str, page: str) -> bool:
    """The paragraph stands right under an "About the speaker" line of the raw page (which cleaning drops)."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    key = paragraph.strip()[:MARGIN_KEY_CHARS]
    return any(_ABOUT_SPEAKER_RE.fullmatch(lines[i - 1]) and lines[i].startswith(key) for i in range(1, len(lines)))


def _bio_note_person(text: str, paragraphs: list[tuple[int, int]], tail: str = "") -> str | None:
    """The person a closing note presents as the one who gave the speech ("Kenji Watanabe is President and Chief
    Executive Officer of Horizon Rail. He delivered these remarks at the Japan Logistics Forum ...")."""
    last = paragraphs[-BIO_NOTE_PARAGRAPHS:]
    for k, (start, end) in enumerate(last):
        about = _under_about_speaker(text[start:end], tail) or (
            k > 0 and _ABOUT_SPEAKER_RE.fullmatch(text[last[k - 1][0]:last[k - 1][1]].strip()) is not None)
        m = _BIO_NOTE_RE.match(text, start, end) or (_NAME_IS_RE.match(text, start, end) if about else None)
        if m is None or not (_DELIVERED_THESE_RE.search(text, start, end) or about):
            continue
        person = _person_name(m.group("name"))
        if person:
            return person
    return None


def _styled_name_line(head: str) -> tuple[str | None, str | None]:
    """A header line that is only a person's name, styled ("The Hon Anthony Albanese MP") or above a line of their
    title ("Prime Minister"): the person whose transcript the page is, and that title."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        words = line.split()
        if not 2 <= len(words) <= MAX_NAME_LINE_WORDS or not all(_NAME_PART_RE.match(w) for w in words):
            continue
        below = lines[i + 1].split() if i + 1 < len(lines) else []
        titled = bool(below) and all(_is_title_word(w) or w.lower() in ("of", "for", "the") for w in below)
        styled = _STYLE_PREFIX_RE.match(line) is not None or _without_post_nominals(words) != words
        name = _person_name(line) if styled or titled else None
        if name:
            return name, " ".join(below) if titled else None
    return None, None


def _title_person(title: str) -> str | None:
    """The person a heading opens with ("Minister Ana Ruiz at the Water Forum" -> "Ana Ruiz")."""
    words = []
    for word in title.split():
        if not word[:1].isupper() and word.lower() not in ("of", "for", "the"):
            break
        words.append(word)
    return _person_name(" ".join(words)) if words else None


def _titled_line_person(lines: list[str]) -> str | None:
    """The person a line under a speech's heading opens with, after their title ("Governor Ana Ruiz at the
    Lisbon Forum, 3 May 2025"): the line says who delivered the speech, where and when."""
    for line in lines:
        words = line.split()
        if words and _is_title_word(words[0]) and words[0].lower() not in ("the", "of"):
            person = _title_person(line)
            if person:
                return person
    return None
