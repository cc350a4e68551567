"""Metadata lines (bylines, "Issued by", "Source:", contact and press-office lines, copyright and
registration lines, office stamps, wire datelines, breadcrumbs) and the publisher names they state, each with its
``SOURCE_PRIORITY``."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import (
    CONNECTORS, MASTHEAD_LINES, META_PIECES, MIN_CONTACT_BODY_WORDS, ROLE_WORDS, SOURCE_PRIORITY, _is_prose, _Line,
    _word_count,
)
from .credits import _collect_credits
from .bylines import _is_person_name, _is_publisher_name, _is_role, _is_title, _parse_byline_line
from .dates import (
    AMBIGUOUS, DATE_CUE, DATE_LINE_NOISE, DELIVERY_CREDIT_LINE, LINE_DATE_CUE, _date_line_rank, _find_dates,
    _in_either_order, _opening_dateline_date, _parse_date_text, _signed_date, _trailing_date, without_dates,
)
from .sitenames import MASTHEAD_SEPARATOR, TRAILING_ACRONYM, _is_site_name, _site_name


# A breadcrumb trail: "Home > Monetary Policy > Copom", "Statistics › Labour › Employment".
# "Home / Ministry of Health / Newsroom": a trail set with slashes, from the home page.
# "Home > Media > Press releases", "Home → Press releases", "Αρχική » Ομιλίες » <the page's own long title>"
BREADCRUMB = re.compile(r"^[^>›»→\n]{1,60}(?:\s[>›»→]\s[^>›»→\n]{1,80})*\s[>›»→]\s[^>›»→\n]{1,200}$"
                        # ("Home / Advisories / Advisory No. 07/2026": a slash inside a step is no separator)
                        r"|^(?i:home(?:\s?page)?)(?:\s/\s(?:[^/\n]|(?<=\S)/(?=\S)){1,80})+$")
BREADCRUMB_SEPARATOR = re.compile(r"\s[>›»→/]\s")

# "Press office: Media support | +352 4301 33408 | media@example.eu": a short line that gives an e-mail address.
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_CONTACT_LINE_WORDS = 12
# "Rue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319": a footer line giving a telephone number.
# "For further information, please contact: Media Relations, +41 ...": a contact line's opening.
CONTACT_PROMPT = re.compile(r"^(?:for (?:further|more) (?:information|details)\s*,?\s*)?(?:please\s+)?contact\s*:",
                            re.I)
PHONE_CUE = re.compile(r"\b(?:tel|telephone|phone|fax)\b\.?\s*:?\s*\+?\(?\d", re.I)
MAX_PHONE_LINE_WORDS = 24
EMAIL_LINE = re.compile(r"^(?:e-?mail\s*:?\s*)?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)$", re.I)
# Personal mailboxes say nothing about the publisher.
FREE_MAIL_DOMAINS = language.lexicon("free_mail_domains")

# Publisher names stated by the page, most reliable first (the byline comes before these).
FROM_LINE = re.compile(r"^from\s*:\s*(?P<org>[A-Z].+?)(?:\s+and\s+(?:the\s+)?(?:Rt|Right|Hon)\b.*)?$", re.I)
MAX_SOURCE_LINE_WORDS = 8  # "Source: Ministry of Water and Environment": the label and a name, no sentence
# (the label in two languages too: "Fonte / Fonte: Serviço de Migração", "Source / Fuente: INE")
_SOURCE_LABEL = "(?:%s)" % "|".join(map(re.escape, language.lexicon("source_labels")))
SOURCE_LINE = re.compile(rf"^{_SOURCE_LABEL}(?:\s*/\s*{_SOURCE_LABEL})?\s*:\s*(?P<org>.+)$", re.I)
# "Source: DANE, IPC.": the body, then its series; "Source: X Release time: ...": the next field's label
META_FIELD_BREAK = re.compile(r"\s+\|\s+|[,;]\s+|\s+(?=[A-Z][a-z]+(?:\s[a-z]+)?:\s)")
# "Issued by the Example Statistics Office, Lakeside.": a release's sign-off naming its issuer.
ISSUED_BY = re.compile(
    r"^(?:(?:this|the) )?(?:(?:press |news |media )?(?:release|statement|bulletin|notice|announcement) "
    r"(?:(?:is|was|has been) )?)?"
    r"(?:(?:originally|first) )?(?:issued|released|distributed|published|authori[sz]ed for release) "
    r"(?:by:?|on behalf of) "  # "This statement is issued on behalf of the Ministry of ...": the ministry issues it
    r"(?:the (?:board|directors|board of directors) of )?"  # "authorised for release by the Board of Acme Limited"
    r"(?:the )?(?P<org>[A-Z][^.,;:]{2,80}?)(?:\s+(?:on|at|in) (?:its|their|our|the) [^.,;:]{1,40})?"
    r"\s*(?P<after>[.,;:].*)?$", re.I)
MAX_ISSUED_BY_WORDS = 16
# A distribution service's credit: "News provided by" alone on its line, the issuing company on the next.
PROVIDED_BY_LINE = re.compile(r"^(?:news|content|press release)\s+(?:provided|distributed)\s+by\s*:?$", re.I)
# "SOURCE Acme Solar, Inc." closing a distributed release: the distributor's credit line, no text of the release
CLOSING_SOURCE_LINE = re.compile(r"^SOURCE\s+[A-Z][^.;:|]{1,80}?(?:,?\s+(?:Inc|Ltd|Corp|Co)\.)?\s*$")
MAX_PROVIDER_WORDS = 8
# "Press Office of the Embassy of ...": a communications unit (lexicon press_offices) of the body that publishes.
OFFICE_OF = re.compile(r"^(?:the\s+)?(?P<unit>[A-Za-z &]{4,60}?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].+)$")
# "Contact: Press Office, International Disability Alliance, +41 22 ...": a footer contact line that names the
# publisher after its communications unit.
CONTACT_LINE = re.compile(r"^(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\s*:\s*(?P<rest>.+)$", re.I)
CONTACT_PIECES = re.compile(r"\s*(?:,|\||\s[–—-]\s)\s*")
VIA_SUFFIX = re.compile(r"\s+via\s+\S.*$", re.I)  # "Source: Examplia Ports Authority via Example Wire": the source
AGENCIES_SUFFIX = re.compile(r"\s*(?:,|and|with|/|&|\+)\s*(?:other\s+)?(?:news\s+)?agenc(?:y|ies)\b.*$", re.I)
# "Copyright © British Geological Survey © UKRI 2024": the word may stand before the sign, and a second holder
# after another sign ends the first one's name.
# "Ministry of Foreign and European Affairs of the Republic of Croatia": a ministry's full name runs long; a company
# form's inner full stops ("d.o.o.") end no name
MAX_HOLDER_CHARS = 90
# "Embassy of St. Vincent and the Grenadines": a place's abbreviated word (lexicon ``place_abbreviations``) ends no name
_PLACE_ABBREVIATIONS = [re.escape(word[:-1].capitalize()) for word in sorted(language.lexicon("place_abbreviations"))
                        if word.endswith(".")]
PLACE_ABBREVIATION_DOT = "".join(rf"(?<=\s{word})\.(?=\s[A-Z])|" for word in _PLACE_ABBREVIATIONS)
NO_PLACE_NAME_AFTER = r"(?!(?:%s)\s[A-Z])" % "|".join(rf"(?<=\s{word}\.)" for word in _PLACE_ABBREVIATIONS)
COPYRIGHT = re.compile(
    r"(?:(?i:copyright)\s*(?:©|\((?i:c)\))|©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*"
    # "T.C. İçişleri Bakanlığı": a state's initials may open the holder's name
    r"(?:[-–—|]\s*)?)?(?P<org>(?:[A-Z]\.[A-Z]\.\s+(?!(?i:all\b))[^\W\d_]|[A-Z])"
    r"(?:[^.|©·]|%s\.(?=[A-Za-z]\.)){1,%d}?)"  # "B.V.", "S.A.": a legal form's dots
    r"(?:\.(?![A-Za-z]\.)%s|,|\s+(?i:all rights reserved)|\s*[|·]|\s*(?=©)|$)"
    % (PLACE_ABBREVIATION_DOT, MAX_HOLDER_CHARS, NO_PLACE_NAME_AFTER))
# ", African Cooperation and Mauritanians Abroad" after "Ministry of Foreign Affairs": the rest of a ministry's list
# of portfolios, whose commas the holder's name goes on over
PORTFOLIO_TAIL = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                            r"(?=\s*(?:$|[.|·©–—]|-\s|(?i:all\s+rights)))")
# "© Commonwealth of Australia (Geoscience Australia)": a government holds the copyright of what the body named
# in brackets publishes; that body is the page's publisher.
COPYRIGHT_BODY_IN_BRACKETS = re.compile(
    r"^.+?\s*\((?P<org>[A-Z][\w'’&.-]*(?:\s+(?:[a-z]{2,3}\s+)?[A-Z][\w'’&.-]*)+)\)$")
# "Harbourline Energy Ltd is registered in England and Wales, company number ...": the company that runs the site.
REGISTERED_NAME = re.compile(r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)\s+(?P<form>[A-Za-z./]{2,6})"
                             r"(?:\s+(?:is|are)|,)\s+registered\b")
LEGAL_FORMS = frozenset(form.rstrip(".") for form in language.lexicon("legal_forms"))
SITE_PROMPT = re.compile(
    r"^(?:sign up to read|continue reading|read more|read the full (?:article|story))\b.*?\bon\s+"
    r"(?P<site>[A-Z][\w.&' -]{1,40}?)\.?$"
    r"|^(?:top|latest|more|trending) (?:stories|news|articles|headlines) on\s+"
    r"(?P<site2>\S.{0,40}?)(?: right now| today)?$", re.I)
# ("Official website of the Government of Anguilla · The Valley": the owner, not the place after the separator)
OFFICIAL_SITE = re.compile(r"\bofficial (?:web ?site|page|portal) of (?:the )?(?P<org>[A-Z][^.|·•]{2,60}?)\s*\.?"
                           r"(?:\s+[·•]\s+[^.|]{1,40})?$", re.I)
# "An official website of the United States government": the banner every agency of a state carries names the
# state, not the page's publisher; "© Crown copyright" names a kind of copyright, not its holder.
WHOLE_GOVERNMENT = re.compile(r"\bgovernment$", re.I)
STATE_HOLDER = re.compile(r"^(?:the\s+)?(?:government|republic|kingdom|state|commonwealth|province)\s+of\b", re.I)
COPYRIGHT_KIND = re.compile(r"\bcopyright$", re.I)
# "© Copyright University of ...", "© Copyright 2026 - MOFA Viet Nam": the holder follows the word and its years
COPYRIGHT_WORD = re.compile(r"^copyright\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:[-–—|]\s*)?)?(?=[A-Z])", re.I)
# A wire story's dateline names the agency: "LONDON, Nov 14 (Example Wire) - ...".
# "GENEVA, 3 March 2026 (WMO) - ...": the date may be written in full.
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},?(?:\s+[A-Z][\w.]*){0,3}(?:\s+\d{1,2}(?:\s+[A-Z][a-z]+\.?)?(?:,?\s+(?:19|20)\d\d)?)?"
    r"\s+\((?P<org>[A-Z][\w .&'-]{1,40}?)\)\s*[-–—]\s")
# A press-release wire's dateline names the distributor between slashes: "OSLO, May 2, 2025 /Example Wire/ -- ...".
DISTRIBUTOR_DATELINE = re.compile(r"^[A-Z][\w .,'-]{1,80}?\s/(?P<org>[A-Z][\w .&'-]{1,40}?)/\s*[-–—]{1,2}\s")
COPYRIGHT_YEAR_SUFFIX = re.compile(r"[\s,]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)$")
# "© INE 2026 - Avenida de Manoteras, 52 - 28050 Madrid": the holder's year, then the holder's address
COPYRIGHT_YEAR_THEN_MORE = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[-–—|]\s.*$")
# "Photo: Stakes on the glacier (© GeoSphere Austria/K. Huber)", "Image © Jane Doe", "[Photo : The Head of State ...
# © Présidence RDC]": a picture's credit, or a bracketed caption's, names who holds that picture, not the page's
# publisher
PICTURE_CREDIT = re.compile(r"^(?:photo|image|picture|illustration|graphic|video|cover)s?\b|\(\s*(?:©|\(c\))"
                            r"|^\[[^\]]*(?:©|\(c\))[^\]]*\]\s*$", re.I)


def _sentence_cased(text: str) -> bool:
    """"Population and elections": words after the first that are lower-case and no name's connectors; a topic or
    a title, not a body's name ("Ministry of Health", "Statistics Denmark")."""
    words = text.split()
    return len(words) > 1 and any(w.isalpha() and w.islower() and w not in language.lexicon("name_connectors")
                                  for w in words[1:])


def _without_rights_notice(holder: str) -> str:
    """"Présidence de la République du Sénégal – Tous droits réservés" -> the holder: a rights notice in any
    language (lexicon ``rights_reserved``), maybe after a dash, is no part of the holder's name."""
    m = language.phrase_pattern("rights_reserved").search(holder)
    return holder[:m.start()].rstrip(" –—-,.") if m else holder


JOINT_HOLDERS = re.compile(r"\s+/\s+")


# "Gobierno del Perú © 2026 | ...": the holder written before the sign
HOLDER_BEFORE_SIGN = re.compile(r"^(?P<org>[A-Z][^|©·]{2,80}?)\s*(?:©|\(c\))")


def _collect_chrome_source(text: str, index: int, sources: list) -> None:
    registered = REGISTERED_NAME.match(text)
    if registered and registered.group("form").lower().rstrip(".") in LEGAL_FORMS:
        sources.append((SOURCE_PRIORITY["copyright"], index, registered.group("org")))
    match = SITE_PROMPT.search(text)
    if match:
        site = (match.group("site") or match.group("site2") or "").strip(" .")
        if site and site.lower() not in {"this site", "our site", "the app", "our app"}:
            sources.append((SOURCE_PRIORITY["site_prompt"], index, site))
    match = COPYRIGHT.search(text) if not PICTURE_CREDIT.search(text) else None
    if match:
        org = _without_rights_notice(match.group("org").strip())
        portfolios = PORTFOLIO_TAIL.match(text, match.end("org"))
        if portfolios and re.search(r"\s(?:of|for)\s", org) and issuer.is_institution(org):
            org += portfolios.group()  # "© 2026 Ministry of Foreign Affairs, African Cooperation and ... Abroad"
        org = COPYRIGHT_YEAR_SUFFIX.sub("", COPYRIGHT_YEAR_THEN_MORE.sub(
            "", COPYRIGHT_WORD.sub("", _without_holder_field(org))))
        bracketed = COPYRIGHT_BODY_IN_BRACKETS.match(org)
        # "© Federal Statistical Office (Destatis)": the holder's name, its short form in brackets aside
        org = bracketed.group("org") if bracketed else TRAILING_ACRONYM.sub("", org)
        joint = [part.strip() for part in JOINT_HOLDERS.split(org)]
        if len(joint) > 1 and all(issuer.is_institution(part) for part in joint):
            org = joint[0]  # "© Pan American Health Organization / World Health Organization": the first publishes
        parts = re.split(r"\s[—–]\s", org, maxsplit=1)
        if len(parts) == 2 and _is_footer_link(parts[1]):
            org = parts[0]  # "Mission permanente du ... à Genève — Mentions légales": a footer link after a dash
        if org and _is_footer_link(org):  # "Gobierno del Perú © 2026 | Términos y condiciones de uso"
            before = HOLDER_BEFORE_SIGN.match(text)  # (not "Todos los derechos reservados © 2026 | ...": a notice)
            org = _without_rights_notice(before.group("org").strip()) if before else org
        if org and not COPYRIGHT_KIND.search(org) and not _is_footer_link(org):
            # "© Commonwealth of Australia": the state holds the copyright of what its agency's site names
            state = STATE_HOLDER.match(org) and not bracketed
            sources.append((SOURCE_PRIORITY["footer_name" if state else "copyright"], index, org))


def _source_field_body(value: str) -> str:
    """The body a "Source:" line names: its first field ("Source: DANE, IPC."), or, when that field names a series
    and a later one a body ("Source: Labour Force Survey 2025, NSB."), the body."""
    fields = [re.split(r"\.\s", f)[0].strip(" .") for f in META_FIELD_BREAK.split(value) if f.strip(" .")]
    if not fields:
        return ""
    later = [f for f in fields[1:] if issuer.is_acronym(f) or issuer.is_institution(f)]
    first = later[0] if later and any(c.isdigit() for c in fields[0]) else fields[0]
    body, _, series = (re.split(r"\s+([-–—])\s+", first, maxsplit=1) + ["", ""])[:3]
    if series and (issuer.is_acronym(body) or issuer.is_institution(body)) and not issuer.is_institution(series):
        return body  # "Source: INE – Consumer Price Index (CPI)": the body, then the series it publishes
    return first


def _collect_provider(lines: list[_Line], index: int, sources: list) -> None:
    """The company a distribution service credits with the release: the line under "News provided by"."""
    text = lines[index].text
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if PROVIDED_BY_LINE.match(text) and nxt is not None and _word_count(nxt.text) <= MAX_PROVIDER_WORDS \
            and nxt.text[:1].isupper():
        sources.append((SOURCE_PRIORITY["source_line"], index + 1, nxt.text.strip()))
        lines[index].drop = lines[index].drop or "source"
        nxt.drop = nxt.drop or "source"
    if CLOSING_SOURCE_LINE.match(text) and _word_count(text) <= MAX_PROVIDER_WORDS + 1:
        lines[index].drop = lines[index].drop or "source"


MAX_HOLDER_FIELD_WORDS = 3  # "Content owned by", "Website designed and hosted by": a field's label before "by"


def _without_holder_field(holder: str) -> str:
    """"Content owned by Ministry of X" -> "Ministry of X": a copyright line's field label (a verb of lexicon
    ``holder_verbs`` and "by", a few words at most) is no part of the holder's name."""
    m = re.match(r"^((?:[\w-]+\s+){0,%d}?)(\w+)\s+by\s+(?=[A-Z])" % MAX_HOLDER_FIELD_WORDS, holder)
    if m and m.group(2).lower() in language.lexicon("holder_verbs"):
        return holder[m.end():]
    return holder


MIN_FOOTER_LINK_WORD = 4  # "Términos y condiciones de uso": its short joining words are any language's


def _is_footer_link(holder: str) -> bool:
    """"Copyright Policy", "Términos y condiciones de uso": a link to one of the site's pages, naming no holder."""
    words = [w for w in language.tokens(holder) if len(w) >= MIN_FOOTER_LINK_WORD]
    return bool(words) and all(word in language.lexicon("footer_links") for word in words)


MAX_STAFF_JOB_WORDS = 4


def _name_over_staff_job(lines: list[_Line], index: int) -> bool:
    """A person's name alone on a line, over a line of the outlet's job title for its staff ("Local Democracy
    Reporter", "Health Correspondent": capitalised words ending in a by-line's job word, lexicon ``byline_roles``)."""
    if index + 1 >= len(lines) or lines[index].drop is not None or not _is_person_name(lines[index].text):
        return False
    words = lines[index + 1].text.split()
    return 2 <= len(words) <= MAX_STAFF_JOB_WORDS and all(w[:1].isupper() for w in words) \
        and words[-1].lower() in language.lexicon("byline_roles")


def _mark_metadata(lines: list[_Line], sources: list, day_first: bool | None = False) -> tuple[list, list]:
    """Find byline, publisher and date lines; return the byline and date candidates."""
    bylines = []  # (line index, names)
    dates = []  # (rank, line index, iso): rank 0 = stated publication date, 1 = update date
    trail = _breadcrumb_pieces(lines)
    for index, line in enumerate(lines):
        text = line.text
        opening = _in_either_order(_opening_dateline_date, text, day_first)
        if opening and opening != AMBIGUOUS:
            dates.append((0, index, opening))
        # a wire dateline opens the lead, a paragraph of any length
        match = WIRE_DATELINE.match(text)
        if match and not any(word.lower() in ROLE_WORDS for word in match.group("org").split()):  # "(Sports Desk)"
            sources.append((SOURCE_PRIORITY["wire_dateline"], index, match.group("org").strip()))
        if _word_count(text) > MAX_METADATA_LINE_WORDS:
            credited = _in_either_order(_trailing_date, text, day_first) if DELIVERY_CREDIT_LINE.match(text) else None
            if credited and credited != AMBIGUOUS:  # "BUDGET ADDRESS 2027 DELIVERED BY ..., WEDNESDAY 24 FEBRUARY 2027"
                dates.append((0, index, credited))
            fields = _in_either_order(_date_line_rank, text, day_first) if _field_line(text) else None
            if fields and fields != AMBIGUOUS:  # "Bulletin No.: 31 · ... · Issued: 8 August 2028, 14:00 NPT · ..."
                dates.append((fields[0], index, fields[1]))
            continue
        if _name_over_staff_job(lines, index):  # "Ewan MacLeod" over "Local Democracy Reporter": a two-line by-line
            bylines.append((index, text.strip()))
            line.drop = line.drop or "byline"
            lines[index + 1].drop = lines[index + 1].drop or "byline"
            continue
        parsed = _parse_byline_line(text)
        if parsed is not None and text.isupper() and any(_is_prose(earlier.text) for earlier in lines[:index]):
            parsed = None  # "BY URBAN CENTRE" over a table in the body: a heading of what the rows are broken by
        if parsed is not None:
            names, org = parsed
            if names:
                bylines.append((index, names))
            if org:
                sources.append((SOURCE_PRIORITY["byline"], index, org))
            line.drop = line.drop or "byline"
        match = ISSUED_BY.match(text)
        org = _issuing_body(match) if match else None
        if match and _word_count(text) <= MAX_ISSUED_BY_WORDS and org:
            sources.append((SOURCE_PRIORITY["source_line"], index, org))
            line.drop = line.drop or "source"
        org = _office_stamp(text) if index < OFFICE_STAMP_LINES else None
        if org:  # "NWS National Hurricane Center Miami FL  AL142024": the office that issues a weather product
            sources.append((SOURCE_PRIORITY["source_line"], index, org))
            line.drop = line.drop or "office"
        org = _contact_body(text) or _office_above_body(lines, index) or _press_office_line(text) \
            or _body_above_address(lines, index) or _post_in_footer(lines, index)
        if org:
            sources.append((SOURCE_PRIORITY["footer_name"], index, org))
            line.drop = line.drop or "contact"
        match = FROM_LINE.match(text)
        if match and _word_count(text) <= MAX_ISSUED_BY_WORDS and (
                issuer.is_institution(match.group("org")) or "office" in match.group("org").lower().split()
                or match.group("org").strip(" .") in trail):
            # "From: Department of Enterprise, Trade and Employment": the office a government page comes from
            sources.append((SOURCE_PRIORITY["source_line"], index, match.group("org").strip(" .")))
        org = _dated_line_body(text)
        if org:  # "News article | 15 July 2025 | Joint Research Centre"
            sources.append((SOURCE_PRIORITY["source_line"], index, org))
        _collect_provider(lines, index, sources)
        _collect_credits(lines, index, sources)
        match = SOURCE_LINE.match(text) if not _in_field_block(lines, index) else None
        if match and _data_note(lines, index):
            line.drop = line.drop or "source"  # a table's credit to the bodies its figures come from
            match = None
        # "Source: Xinhua | 2024-05-28 18:32:07 | Editor: huaxia": the other fields of the line are no name
        org = _source_field_body(match.group("org")) if match else ""
        if match and _word_count(text[:match.start("org")] + org) <= MAX_SOURCE_LINE_WORDS:
            org = VIA_SUFFIX.sub("", AGENCIES_SUFFIX.sub("", org)).strip(" .")
            if org and not _sentence_cased(org):  # "Source: Population and elections, ...": a table's topic
                sources.append((SOURCE_PRIORITY["source_line"], index, org))
            line.drop = line.drop or "source"
        match = DISTRIBUTOR_DATELINE.match(text)
        if match:
            sources.append((SOURCE_PRIORITY["wire_dateline"], index, match.group("org").strip()))
        match = OFFICIAL_SITE.search(text)
        if match:
            org = match.group("org").strip()
            if not WHOLE_GOVERNMENT.search(org):
                sources.append((SOURCE_PRIORITY["official_site"], index, org))
            line.drop = line.drop or "banner"
        match = EMAIL_LINE.match(text)
        if match:
            domain = match.group("domain").lower()
            if domain not in FREE_MAIL_DOMAINS:
                sources.append((SOURCE_PRIORITY["email"], index, domain))
            line.drop = line.drop or "contact"
            previous = lines[index - 1] if index else None
            # An author's name directly above their e-mail address is a sign-off.
            if previous is not None and _is_person_name(previous.text):
                bylines.append((index - 1, previous.text))
                previous.drop = previous.drop or "byline"
        org = _registered_company(text)
        if org:  # the site's owner: a name for the page only when nothing better names it
            sources.append((SOURCE_PRIORITY["footer_name"], index, org))
            line.drop = line.drop or "contact"
        if text in trail:
            org = _breadcrumb_body(text)
            if org:
                sources.append((SOURCE_PRIORITY["breadcrumb"], index, org))
        signed = _in_either_order(_signed_date, text, day_first)
        if signed and signed != AMBIGUOUS:
            dates.append((0, index, signed))
            line.drop = line.drop or "dateline"
        # ("Related: ... | Noon Briefing, 17 August 2026 | ...": another page's date)
        undated = line.drop == "related-link" or _continues_sentence(lines, index)  # another page's, or a sentence's
        rank = _in_either_order(_date_line_rank, text, day_first) if not undated else None
        trailing = _in_either_order(_trailing_date, text, day_first) if rank is None and not undated else None
        if rank is not None:
            if rank != AMBIGUOUS:
                dates.append((rank[0], index, rank[1]))
            line.drop = line.drop or "dateline"
        elif trailing and trailing != AMBIGUOUS:
            # a line that closes on its event's date dates the page, and may be its headline
            dates.append((0, index, trailing))
    return bylines, dates


MIN_WRAPPED_SENTENCE_WORDS = 6


def _continues_sentence(lines: list[_Line], index: int) -> bool:
    """"... the next Board meeting is scheduled for" / "11 December 2032.": a line that ends in a full stop under a
    line of prose cut off after a function word (a PDF's or a mail's wrapped line) ends that sentence, and
    dates nothing."""
    if index == 0 or lines[index - 1].block != lines[index].block or not lines[index].text.rstrip().endswith("."):
        return False
    above = lines[index - 1].text.rstrip()
    last = above.split()[-1] if above.split() else ""
    return _word_count(above) >= MIN_WRAPPED_SENTENCE_WORDS and last in language.stop_words()


MAX_META_PIECES = 4
# A line of short fields ("Bulletin No.: 31 · Issued: 8 August 2028, 14:00 · Next bulletin: 20:00"), long only in all
MIN_FIELD_PIECES = 3
MAX_FIELD_PIECE_WORDS = 12


def _field_line(text: str) -> bool:
    """A line of at least three short pieces between separators: a record's fields, however long the line."""
    pieces = [piece for piece in META_PIECES.split(text) if piece.strip()]
    return len(pieces) >= MIN_FIELD_PIECES and max(_field_words(piece) for piece in pieces) <= MAX_FIELD_PIECE_WORDS


def _field_words(piece: str) -> int:
    """The words of a field besides its dates, clock times and days' names ("Gäller / Valid: tisdag 15 maj 2029 kl.
    06:00 – torsdag 17 maj 2029 kl. 23:59" is a field of three words and a span of time)."""
    return _word_count(DATE_LINE_NOISE.sub(" ", without_dates(piece, _find_dates(piece))))
MAX_METADATA_LINE_WORDS = 30  # a longer line is prose, but for a speech's credit line


# "COUNCIL, 131st SESSION", "73rd Meeting", "33rd Regular Meeting", "Session 52": a numbered session or meeting
_SESSION_RE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[IVXLC]+)\s+"
                         r"(?:(?:regular|ordinary|extraordinary|special|annual|ministerial)\s+)?"
                         r"(?:session|meeting|sitting|plenary)\b"
                         r"|\b(?:session|meeting|sitting)\s+(?:no\.?\s*)?\d+\b", re.I)


def _dated_line_body(text: str) -> str | None:
    """The institution a metadata line names beside the page's date ("News article | 15 July 2025 | Joint Research
    Centre"): the department of a large body that issues the page. None for other lines."""
    pieces = [piece.strip() for piece in MASTHEAD_SEPARATOR.split(text)]
    # "Kamloops Fire Centre | Discovered: August 9, 2025 | Stage of control: ...": a field's date dates an event,
    # and the line is a record's fields, not the page's metadata
    if not 2 <= len(pieces) <= MAX_META_PIECES or not any(_parse_date_text(piece) for piece in pieces) \
            or any(_other_field(piece) for piece in pieces) or any(_SESSION_RE.search(piece) for piece in pieces):
        return None  # ("INTERNATIONAL MARITIME ORGANIZATION · COUNCIL, 131st SESSION · LONDON, ...": a meeting's host)
    # ("July 22, 2024 · Corozal Administration Building, Panama City": the building the event was held in; and a line
    # that gives the room an event was held in names its organiser, not the page's publisher: "Friday, 14 October 2033
    # · Foreign Office Briefing Room, Islamabad", "... · Bahamas Information Services · Cabinet Office Briefing Room")
    bodies = [piece for piece in pieces if _site_name(piece) and issuer.is_institution(piece)
              and not _venue(piece)]
    return bodies[0] if len(bodies) == 1 and not any(_room(piece) for piece in pieces) else None


def _room(piece: str) -> bool:
    """"Foreign Office Briefing Room, Islamabad", "Karibe Convention Center": a room or hall an event was held in
    (lexicon ``venue_words``)."""
    words = piece.split(",")[0].lower().split()
    venues = language.lexicon("venue_words")
    return bool(words) and (words[-1] in venues or " ".join(words[-2:]) in venues)


def _venue(piece: str) -> bool:
    """"Corozal Administration Building, Panama City", "Foreign Office Briefing Room, Islamabad": a building's or a
    room's name, maybe with its place (lexicons ``premises_words``, ``venue_words``)."""
    words = piece.split(",")[0].lower().split()
    return bool(words) and words[-1] in language.lexicon("premises_words") or _room(piece)


_FIELD_PIECE = re.compile(r"^(?P<label>[A-Za-z][\w ]{1,30}?)\s*:\s*\S")


def _other_field(piece: str) -> bool:
    """A "Label: value" piece whose label is no publication date's ("Discovered:", "Stage of control:")."""
    match = _FIELD_PIECE.match(piece)
    return match is not None and DATE_CUE.search(match.group("label")) is None


# "Halvorsen Seafood ASA": a company's name with its legal form, one piece of a footer line.
LEGAL_NAME = re.compile(r"^(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+(?P<form>[A-Za-z./]{2,6})$")
MAX_REGISTRATION_LINE_WORDS = 20


def _registered_company(text: str) -> str | None:
    """The company a footer line names by its legal name beside its registration number or address ("Halvorsen
    Seafood ASA | Org. no. 912 345 678 | Havnegata 12, Trondheim"): the site's owner; else None."""
    pieces = [piece.strip() for piece in META_PIECES.split(text) if piece.strip()]
    if len(pieces) < 2 or _word_count(text) > MAX_REGISTRATION_LINE_WORDS:
        return None
    match = LEGAL_NAME.match(pieces[0])
    if match is None or match.group("form").lower().rstrip(".") not in LEGAL_FORMS:
        return None
    return match.group("org") if any(any(char.isdigit() for char in piece) for piece in pieces[1:]) else None


# "Statement by the Ministry of Environment on flood defence funding": a heading naming the body that issues it.
HEADING_AUTHOR = re.compile(r"^(?:joint\s+|press\s+|media\s+)?statement\s+(?:by|of|from)\s+(?:the\s+)?"
                            r"(?P<org>[A-Z][^,;:()]*?)(?:\s+(?:on|regarding|concerning|about|following|in|at)\s+.*)?$",
                            re.I)


def _collect_heading_author(title: str | None, title_index: int | None, sources: list) -> None:
    """The institution a statement's heading names as its author, the page's publisher when no other line names
    one."""
    if sources:  # "Statement of the Monetary Policy Committee" on the Reserve Bank's page: the page names its site
        return
    match = HEADING_AUTHOR.match(title.strip()) if title else None
    org = match.group("org").strip() if match else _heading_owner(title or "")
    if org and issuer.is_institution(org) and _site_name(org):
        sources.append((SOURCE_PRIORITY["heading"], title_index or 0, org))


# "Irish Coast Guard – Storm Season Media Briefing": a heading that opens with its body's name, then a dash
HEADING_OWNER_SEPARATOR = re.compile(r"\s+[–—-]\s+")


# "Ministry of Health and Child Care daily press briefing on ...": a heading that opens with its body's name and goes
# on in lower case about a briefing, a press conference or an update
HEADING_BODY_RUN = re.compile(r"^(?P<org>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)+)\s+"
                              r"(?=[a-z][\w\s-]*?\b(?:briefing|press conference|news conference|media conference|"
                              r"update|statement)\b)")


# "Weekly press briefing by the Spokesperson of the Ministry of Foreign Affairs and International Cooperation": the body
# whose spokesperson or officer gives the briefing
HEADING_ROLE_OF_BODY = re.compile(r"\bby\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?"
                                  r"(?P<org>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)*)"
                                  r"\s*(?:$|,|\s+(?:on|at|in)\s)")


def _heading_owner(title: str) -> str:
    """The institution a heading names before a dash ("Irish Coast Guard – Storm Season Media Briefing") or at its
    head before a briefing's words in lower case ("Ministry of Health daily press briefing on ..."), else ""."""
    pieces = HEADING_OWNER_SEPARATOR.split(title.strip())
    if len(pieces) == 2 and _site_name(pieces[0]) == pieces[0]:
        return pieces[0]
    match = HEADING_BODY_RUN.match(title.strip()) or HEADING_ROLE_OF_BODY.search(title.strip())
    return match.group("org") if match and _site_name(match.group("org")) == match.group("org") else ""


# "GOV.UK", "Canada.ca", "gov.ie": a government portal's name, written as its domain, alone on a masthead line
PORTAL_NAME = re.compile(r"^(?:[A-Za-z]{2,12}\.){1,2}(?:uk|ca|ie|nz|au|za|in|gov|govt)$", re.I)


def _collect_portal_name(lines: list[_Line], sources: list) -> None:
    """A government portal's domain name on the masthead: the publisher of a page that names no office at all."""
    if sources:
        return
    for index, line in enumerate(lines[:MASTHEAD_LINES]):
        if PORTAL_NAME.match(line.text.strip()):
            sources.append((SOURCE_PRIORITY["heading"], index, line.text.strip()))
            return


def _breadcrumb_pieces(lines: list[_Line]) -> set[str]:
    """The pieces of the page's breadcrumb trails ("Canada.ca > Global Affairs Canada > News"), and the trail lines
    themselves."""
    pieces = set()
    for line in lines:
        text = line.text.strip()
        if BREADCRUMB.match(text):
            pieces.add(text)
            pieces.update(piece.strip() for piece in BREADCRUMB_SEPARATOR.split(text) if piece.strip())
    return pieces


def _breadcrumb_body(text: str) -> str | None:
    """The institution a breadcrumb trail passes through ("Home > Kenya > Embassy of Sweden in Nairobi > News"):
    the last piece that is an institution's name, else None. The site's own sections come after it."""
    if not BREADCRUMB.match(text.strip()):
        return None
    pieces = [piece.strip() for piece in BREADCRUMB_SEPARATOR.split(text.strip())]
    return next((piece for piece in reversed(pieces) if issuer.is_institution(piece) and _site_name(piece)), None)


def _office_owner(name: str) -> str:
    """"Press Office of the Embassy of Ruritania" -> "Embassy of Ruritania": the body a communications unit
    belongs to; other names as they are."""
    match = OFFICE_OF.match(name)
    if match and match.group("unit").lower() in language.lexicon("press_offices"):
        return match.group("org").strip(" .")
    return name


# "Released by the Samoa Bureau of Statistics on 28 July 2025": when the body released it, after its name
# "Issued on behalf of the Examplia Ports Authority by its Communications Unit": the unit that wrote it, after its body
TRAILING_WHEN = re.compile(r"\s+(?:on|at)\s+(?=[^.,;:]*\d)[^.,;:]*$|\s+by\s+(?:its|their)\s+[^.,;:]*$")


def _issuing_body(match: re.Match) -> str | None:
    """The body an "Issued by ..." line names: the owner of a press office ("the Press Office of X", "the
    Communications Unit, X"), an institution, or a name with an organisation's last word ("... Alliance")."""
    org = TRAILING_WHEN.sub("", match.group("org").strip())
    after = (match.group("after") or "").lstrip(".,;: ")
    if org.lower() in language.lexicon("press_offices") and after:
        org = CONTACT_PIECES.split(after)[0].strip(" .")
    org = _local_office_body(_office_owner(org), after)
    owner = _owner_before_office(org)
    if owner:
        return owner  # "Issued by: Eurostat Press Office": Eurostat's own unit
    words = org.split()
    if issuer.is_institution(org) or (len(words) >= MIN_CONTACT_BODY_WORDS and _is_publisher_name(org)
                                      and (words[-1].lower() in language.lexicon("org_suffixes")
                                           or words[-1].lower().rstrip(".") in LEGAL_FORMS | {"limited"})):
        return org  # "... Alliance", "Kestrel Minerals Limited"
    return None


MAX_OFFICE_OWNER_WORDS = 6


def _owner_before_office(name: str) -> str | None:
    """"Eurostat Press Office", "Reserve Bank Media Office": the body a communications unit (lexicon press_offices)
    is named after, written before it in capitalised words; else None."""
    low = name.lower()
    for office in language.lexicon("press_offices"):
        if low.endswith(" " + office):
            owner = name[:len(name) - len(office)].strip(" ,")
            words = owner.split()
            if 0 < len(words) <= MAX_OFFICE_OWNER_WORDS and all(w[:1].isupper() or w in CONNECTORS for w in words) \
                    and not issuer.is_acronym(owner):
                return owner
    return None


# ", CA", ", NSW": the code of a state or region after a local office's place
REGION_CODE = re.compile(r"^[A-Z]{2,3}\b")


# "NWS National Hurricane Center Miami FL  AL142024": a parent's acronym, the body, its office's place, the region's
# code and a product id, on one of a product's first lines
OFFICE_STAMP = re.compile(r"^(?P<office>(?:[A-Z][\w&'’]*\s+){2,12})(?P<region>[A-Z]{2})(?:\s+[A-Z0-9]*\d[A-Z0-9]*)?$")
OFFICE_STAMP_LINES = 4
MAX_OFFICE_PLACE_WORDS = 3


def _office_stamp(text: str) -> str | None:
    """The body a weather product's office line names (without its parent's acronym and its office's place), else
    None."""
    m = OFFICE_STAMP.match(" ".join(text.split()))
    if m is None:
        return None
    words = m.group("office").split()
    if issuer.is_acronym(words[0]) and len(words) > 1:
        words = words[1:]
    body = _local_office_body(" ".join(words), m.group("region"))
    place = len(words) - len(body.split())
    return body if 0 < place <= MAX_OFFICE_PLACE_WORDS and issuer.is_institution(body) else None


def _local_office_body(org: str, after: str) -> str:
    """"National Weather Service Sacramento, CA": a body's local office, named by its place after the body's last
    institution word and followed by a region code, issues for the body; the body's name, else ``org``."""
    words = org.split()
    last = max((i for i, word in enumerate(words) if word.lower() in language.lexicon("institution_words")),
               default=None)
    if last is None or last == len(words) - 1 or not REGION_CODE.match(after):
        return org
    place = words[last + 1:]
    if not all(word[:1].isupper() and word.isalpha() for word in place):
        return org
    return " ".join(words[:last + 1])


def _acronym_of_office(text: str) -> str | None:
    """"BAS Press Office": a communications unit (lexicon press_offices) named with its body's acronym; the
    acronym, else None."""
    acronym, _, office = text.strip(" :.").partition(" ")
    return acronym if issuer.is_acronym(acronym) and office.lower() in language.lexicon("press_offices") else None


def _office_above_body(lines: list[_Line], index: int) -> str | None:
    """"Press Office" on a line of its own over "Embassy of Ruritania": the body the unit belongs to, else None.
    The office may carry the body's acronym ("EPA Media Relations Office" over "Environmental Protection Agency")."""
    office = lines[index].text.strip(" :.")
    acronym = _acronym_of_office(office)
    owned = acronym is not None
    if (office.lower() not in language.lexicon("press_offices") and not owned) or index + 1 >= len(lines):
        return None
    body = _site_name(lines[index + 1].text.strip())
    if body and owned and issuer.initials(body) != acronym and not issuer.abbreviates(acronym, body):
        return None
    return body


FOOTER_NAME_LINES = 8  # the last lines of a page, where its footer names the body
# "Plot 10, Aguiyi Ironsi Street, Maitama, Abuja", "Chemin de Louis-Dunant 15, 1202 Geneva": a street address
ADDRESS_LINE = re.compile(r"^(?=[^\n]*\d)[^\n.!?]{6,120},\s*[A-Z0-9][^\n.!?]*$")
# "© 2025 ", "Copyright © ": before a post's name in a footer
FOOTER_NAME_PREFIX = re.compile(r"^(?:copyright\s*)?(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:copyright\s*)?", re.I)
FOOTER_NAME_SUFFIX = re.compile(r"[.,]?\s*(?:all rights reserved\.?)?\s*$", re.I)


def _post_in_footer(lines: list[_Line], index: int) -> str | None:
    """A state's post abroad named on a footer line of its own, or first among a footer line's pieces, maybe after a
    copyright sign ("Permanent Mission of Ruritania to the United Nations Office at Geneva", "© 2025 Delegation of
    ... | Rue de Lausanne 45 | Tel ..."): the body whose page it is, else None."""
    if index < MASTHEAD_LINES or index < len(lines) - FOOTER_NAME_LINES:
        return None
    first = META_PIECES.split(lines[index].text.strip())[0].strip()
    name = FOOTER_NAME_SUFFIX.sub("", FOOTER_NAME_PREFIX.sub("", first)).strip()
    words = name.split()
    if len(words) < 3 or words[0].lower() not in language.lexicon("diplomatic_posts") or "of" not in words:
        return None
    if not any(_is_prose(line.text) for line in lines[:index]):  # a footer comes after the text
        return None
    return _site_name(name)


def _body_above_address(lines: list[_Line], index: int) -> str | None:
    """An institution's name alone on a footer line over its street address ("Embassy of the Republic of Indonesia
    in Abuja" over "Plot 10, Aguiyi Ironsi Street, Maitama, Abuja"), its "Published:" line or its copyright: the
    body whose page it is, else None."""
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    if index < MASTHEAD_LINES or index < len(lines) - FOOTER_NAME_LINES:
        return None
    text = lines[index].text.strip()
    pieces = NAME_BESIDE_ADDRESS.split(text, maxsplit=1)
    if len(pieces) == 2 and re.search(r"\d", YEAR.sub("", pieces[1])) and _capitalised_name(pieces[0]) \
            and not _is_prose(text) \
            and _word_count(pieces[1]) <= MAX_ADDRESS_WORDS:
        # "Royal Meteorological Institute of Belgium – Ringlaan 3 – 1180 Brussels": the name, then its address
        text = _without_premises(pieces[0])
    elif not (ADDRESS_LINE.match(below) or LINE_DATE_CUE.match(below) or below.startswith(("©", "Copyright"))):
        return None
    if not any(_is_prose(line.text) for line in lines[:index]):  # a footer comes after the text
        return None
    body = _site_name(text)
    return body if body and issuer.is_institution(body) else None


MAX_ADDRESS_WORDS = 20  # "Sir William Newton Street, Port Louis, Mauritius | Tel: (230) 202 3800 | Email: ..."
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # "Labour Force Survey, February 2026": a date is no address


def _without_premises(name: str) -> str:
    """"Ministry of Health Headquarters" -> "Ministry of Health": the building is no part of the body's name."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1].lower() in language.lexicon("premises_words") else name


NAME_BESIDE_ADDRESS = re.compile(r"\s+[–—|]\s+|,\s+")


def _capitalised_name(text: str) -> bool:
    """"Royal Meteorological Institute of Belgium": capitalised words and name connectors only, no sentence."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in language.lexicon("name_connectors") for w in words)


def _press_office_line(text: str) -> str | None:
    """"Press Office of the Ministry of Environment" on a line of its own: the body the office belongs to. A whole
    government's office ("Press and Information Office of the Federal Government") is the body that publishes for
    it: the office."""
    name = text.strip(" .")
    owner = _office_owner(name)
    if owner != name and WHOLE_GOVERNMENT.search(owner) and _site_name(name):
        return name
    return owner if owner != name and _site_name(owner) else None


def _contact_body(text: str) -> str | None:
    """The body a footer contact line names after its communications unit ("Contact: Press Office, Example
    Alliance, +41 ...") or after a person and their job, else None: a person's name or a place there is no
    publisher."""
    match = CONTACT_LINE.match(text)
    if match is None or _word_count(text) > MAX_ISSUED_BY_WORDS:
        return None
    rest = match.group("rest").strip(" .")
    owner = _office_owner(rest)
    if owner == rest:
        pieces = [piece.strip(" .") for piece in CONTACT_PIECES.split(rest)]
        if _acronym_of_office(pieces[0]):  # "Press contact: BAS Press Office, ...": the body the acronym names
            return _acronym_of_office(pieces[0])
        if len(pieces) >= 2 and pieces[0].lower() in language.lexicon("press_offices"):
            owner = pieces[1]
        elif _is_person_name(pieces[0]):
            # "Media contact: Dana Cole, Communications Manager, Harbor Mills Inc., +1 ...": the body after the
            # person and their job, named as an institution or a publisher
            rest_pieces = [piece for piece in pieces[1:] if not (_is_role(piece) or _is_title(piece))]
            owner = rest_pieces[0] if rest_pieces and _is_site_name(rest_pieces[0]) else ""
        else:
            return None
    words = owner.split()
    if not words:
        return None
    named = len(words) >= MIN_CONTACT_BODY_WORDS and _is_publisher_name(owner)
    # a body's name, not a person's: an institution or publisher word, or an organisation's last word ("Alliance")
    body = _is_site_name(owner) or words[-1].lower() in language.lexicon("org_suffixes")
    return owner if named and body else None


MIN_FIELD_NEIGHBOURS = 2  # a "SOURCE:" line among at least two more shouted fields is one field of a form


def _data_note(lines: list[_Line], index: int) -> bool:
    """Whether a "Source:" line closes a chart or table inside the body with a list of where its figures come from
    ("Chart 1. CPI inflation projection", its rows, then "Source: Statistics Indonesia; Bank Indonesia projections"):
    the line above it, in its block or over a blank line, is a row of figures, and prose came before. Such a list
    credits other bodies beside the page's own; a note that credits one body ("Source: CSB, Labour Force Survey")
    still names the page's."""
    k = index - 1
    while k > 0 and _TABLE_RULE_RE.match(lines[k].text) and lines[k - 1].block >= lines[k].block - 1:
        k -= 1  # "------" under the last row: the table's rule
    above = lines[k] if k >= 0 and index else None
    return ";" in lines[index].text and above is not None and above.block >= lines[index].block - 1 - (index - 1 - k) \
        and not _is_prose(above.text) and re.search(r"\d", above.text) is not None \
        and any(_is_prose(line.text) for line in lines[:k])


_TABLE_RULE_RE = re.compile(r"^\s*[-=_–—─━]{5,}\s*$")  # a table's ruled line


def _in_field_block(lines: list[_Line], index: int) -> bool:
    """Whether a line is one field of a form of shouted fields ("VOLCANO: ...", "SOURCE: Soputan Volcano
    Observatory", "NOTICE NUMBER: ..." in a notice for aviation the page quotes): a form's field names no publisher."""
    if not language.shouted_field(lines[index].text):
        return False
    near = [k for k in (index - 2, index - 1, index + 1, index + 2) if 0 <= k < len(lines)]
    return sum(1 for k in near if language.shouted_field(lines[k].text)) >= MIN_FIELD_NEIGHBOURS
