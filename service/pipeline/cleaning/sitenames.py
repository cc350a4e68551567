"""Site names: mastheads, logo text and taglines, letterheads, browser-title suffixes, and a publisher's
name at the foot of the page beside its address."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import (
    CONNECTORS, LABEL_WORDS, MASTHEAD_LINES, MENU_SEPARATOR, META_SEPARATOR, MIN_MENU_ITEMS, ORG_WORDS,
    SOURCE_PRIORITY, _Line,
    _lowercase_share, _script, _word_count,
)
from .bylines import _is_org, _is_publisher_name, _is_title, _unshout


GOVERNMENT_OF = issuer.STATE_NAME
# "Australian Government", "Scottish Government", "HM Government", "Isle of Man Government": a government named by
# its adjective or its place, as a state
# banner over the ministry's name on a masthead ("Australian Government — Department of Defence")
NAMED_GOVERNMENT = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]*\s+(?:(?:of\s+)?[A-Z][\w'’.-]*\s+)?Government$")
# "Health Desk | Example Public News": a section and the site's name on one masthead line.
MASTHEAD_SEPARATOR = re.compile(r"\s+[|·]\s+")  # "Republic of Cyprus · Press and Information Office"
MAX_MASTHEAD_PIECES = 3
# A postal address under a publisher's name at the foot of a page: "1600 Example Ave NW", "Springfield, IL 62701",
# "PO Box 120, Port Ellis".
ADDRESS_LINE = re.compile(r"^\d{1,5}\s+[A-Z][\w.]*(?:\s+[\w.]+){0,5}$"
                          # "525 Twenty-third Street, NW, Washington, D.C., 20037, ...": a street, then its town
                          r"|^\d{1,5}\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4},\s*[A-Z\d].{2,100}$"
                          r"|^[A-Z][\w .'-]{1,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
                          r"|^(?:P\.?\s?O\.?\s+Box|Private\s+Bag|Postbox|Postboks)\s+\d{1,6}\b")
# A site-name line above the headline: a short capitalised name ("Department of Water Resources").
MAX_SITE_NAME_WORDS = 10
MAX_POST_NAME_WORDS = 16  # "Delegation of the European Union to the International Organisations in Vienna"
MAX_FIRST_LINE_NAME_WORDS = 14  # a page's first line may spell out a longer body's name
# "U.S. Department of Energy": dotted initials may open a site name.
DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
HYPHENATED_NAME_WORD = re.compile(r"^[A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)+$")  # "Pan-African", "Asia-Pacific"


# "MetNorth", "NOAA": a site's name of one word, as its logo's text prints it.
LOGO_WORD = re.compile(r"^[A-Z][A-Za-z]{1,20}$")


def _logo_word(lines: list[_Line], title_index: int | None) -> bool:
    """One capitalised word alone on the page's first line, right over its menu row (perhaps with a tagline
    between them): the site's logo text."""
    if title_index is None or title_index < 2:
        return False
    word = lines[0].text.strip()
    menu = 2 if _under_logo(lines[1].text) and title_index > 2 else 1
    return lines[0].drop is None and bool(LOGO_WORD.match(word)) and lines[menu].drop == "navigation" \
        and word.lower() not in language.lexicon("ui_words") and word.lower() not in language.lexicon("not_names")


POSSESSIVE_ENDINGS = ("'s", "’s")
MAX_LOGO_TAGLINE_WORDS = 6


def _under_logo(text: str) -> bool:
    """The line between a logo word and its menu: a tagline ("Australia's National Science Agency", "Aotearoa New
    Zealand Geohazards Monitoring"), a few capitalised words with no sentence punctuation."""
    words = text.split()
    return _tagline(text) or (0 < len(words) <= MAX_LOGO_TAGLINE_WORDS and all(w[:1].isupper() for w in words)
                              and not re.search(r"[.,:;!?|>]", text))


def _tagline(text: str) -> bool:
    """"Australia's National Science Agency": a possessive then a descriptive adjective (lexicon
    ``tagline_adjectives``) describes the site's body under its logo; it is not the body's name."""
    words = text.split()
    return any(word.endswith(POSSESSIVE_ENDINGS) and following.lower() in language.lexicon("tagline_adjectives")
               for word, following in zip(words, words[1:]))


# "Centers for Disease Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People": the logo's
# name, then its taglines, as a page's first line scrapes them.
TAGLINE_SEPARATOR = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")


def _name_before_tagline(text: str) -> str | None:
    """An institution's name ending in a full stop before the taglines of a page's first line, or before a dash and
    a tagline in lower-case words ("Caribbean Institute for Meteorology and Hydrology — Climate services for the
    region"), else None."""
    pieces = TAGLINE_SEPARATOR.split(text.strip())
    if len(pieces) < 2:
        pieces = TITLE_SEPARATOR.split(text.strip())
        if len(pieces) != 2 or not _dash_tagline(pieces[1]):
            return None
    if not issuer.is_institution(pieces[0]):
        return None
    return pieces[0] if _is_site_name(pieces[0]) else None


MAX_DASH_TAGLINE_WORDS = 8
MIN_TAGLINE_LOWERCASE = 0.5


def _dash_tagline(text: str) -> bool:
    """"Climate services for the region": a few words, mostly in lower case, no sentence and no name."""
    return _word_count(text) <= MAX_DASH_TAGLINE_WORDS and _lowercase_share(text) >= MIN_TAGLINE_LOWERCASE \
        and not re.search(r"[.:;!?|]", text) and _site_name(text) is None


def _native_pair(pieces: list[str]) -> str | None:
    """The institution's name of a masthead's two dash-joined names when the other is written with letters outside
    English and names no institution ("Te Pūtea Matua"), else None."""
    for name, other in (pieces, pieces[::-1]):
        name = _site_name(name) or name  # "Agence wallonne de l'Air et du Climat (AwAC)": the name, its acronym aside
        if _is_site_name(name) and issuer.is_institution(name) and not issuer.is_institution(other) \
                and (any(c.isalpha() and not c.isascii() for c in other) or _place_piece(other)):
            return name
    return None


MAX_PLACE_PIECE_WORDS = 2


def _unit_under_parent(lines: list[_Line], index: int, sources: list) -> str | None:
    """A masthead line naming a unit ("SAMOA METEOROLOGY DIVISION"; lexicon ``unit_heads``) right below the line
    that names its parent ministry or department: the unit's own site, in ordinary case."""
    if index == 0 or lines[index].drop is not None:
        return None
    above = [name for priority, at, name in sources if at == index - 1 and priority == SOURCE_PRIORITY["site_name"]]
    if not any(name.split() and name.split()[0].lower() in language.lexicon("parent_bodies") for name in above):
        return None
    text = _unshout(lines[index].text.strip()) if lines[index].text.isupper() else lines[index].text.strip()
    return text if issuer.is_unit_name(text) else None


def _body_over_parent(dashed: list[str]) -> bool:
    """Whether a masthead line joins a body's English name to the ministry or government above it with a dash."""
    return len(dashed) == 2 and _is_site_name(dashed[0]) and issuer.is_institution(dashed[0]) \
        and not issuer.is_native_name(dashed[0]) and not _government_banner(dashed[1]) \
        and bool(dashed[1].split()) and dashed[1].split()[0].lower() in language.lexicon("parent_bodies")


def _acronym_and_name(dashed: list[str]) -> bool:
    """Whether a masthead line is an acronym, a dash, and the institution's name whose initials it is."""
    if len(dashed) != 2 or not issuer.is_acronym(dashed[0]) or not _is_site_name(dashed[1]):
        return False
    return language.unaccented(issuer.initials(dashed[1])).upper() == language.unaccented(dashed[0]).upper()


def _english_name_below(lines: list[_Line], index: int) -> bool:
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return _is_site_name(below) and issuer.is_institution(below) and not issuer.is_native_name(below)


def _place_piece(piece: str) -> bool:
    """"Malta" of "National Statistics Office - Malta": a country's or place's name of a word or two after the body's
    own name on a masthead."""
    words = piece.split()
    return 1 <= len(words) <= MAX_PLACE_PIECE_WORDS and all(w.isalpha() and w[0].isupper() and not w.isupper()
                                                            for w in words)


def _collect_site_names(lines: list[_Line], title_index: int | None, sources: list,
                        given_title: str | None = None) -> None:
    """A publisher's name printed above the headline (a masthead or site-name line, or the site-name piece of a
    "Section | Site Name" masthead), or at the foot of the page above its postal address."""
    title = lines[title_index].text if title_index is not None else ""
    # a page that prints no headline of its own: the line taken for it is the masthead's institution name
    top = (title_index or 0) + (_institution_masthead(lines, title_index, given_title))
    # the first line a reader sees ("Passer au contenu principal", a skip link, is chrome above it)
    first_kept = next((index for index, line in enumerate(lines[:top]) if line.drop is None), 0)
    for index, line in enumerate(lines[:top]):
        if OFFICIAL_WEBSITE.match(line.text.strip()):
            continue  # "Official Government Portal": what the site is, under the name of whose it is
        suffix = _title_suffix_site(line.text, title)
        if suffix:
            sources.append((SOURCE_PRIORITY["site_name"], index, suffix))
        if (line.drop is None or _logo_image(line.text)) and not line.spaced_menu and _site_name(line.text) \
                and not _tagline(line.text):  # ("E-Services   Visit Anguilla   Emergency Info": a menu's items)
            sources.append((SOURCE_PRIORITY["site_name"], index, _site_name(line.text)))
        elif index == 0 and line.drop is None and _is_site_name(line.text, MAX_FIRST_LINE_NAME_WORDS):
            # "Permanent Mission of the Republic of Ghana to the United Nations": a long name heads its own page
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif line.drop in (None, "header") and _office_masthead(lines, index) \
                and sum(above.drop in (None, "header") for above in lines[:index]) < MASTHEAD_LINES:
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif index == 0 and line.drop is None and _letterhead(line.text):
            sources.append((SOURCE_PRIORITY["site_name"], index, _unshout(line.text.strip())))
        elif index == 0 and _logo_word(lines, title_index):
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif index == 0 and _name_before_tagline(line.text):
            sources.append((SOURCE_PRIORITY["site_name"], index, _name_before_tagline(line.text)))
        unit = _unit_under_parent(lines, index, sources)
        if unit:  # "SAMOA METEOROLOGY DIVISION" under its ministry's masthead: the site's own division
            sources.append((SOURCE_PRIORITY["site_name"], index, unit))
        pieces = [piece.strip() for piece in MASTHEAD_SEPARATOR.split(line.text)]
        dashed = [piece.strip() for piece in TITLE_SEPARATOR.split(line.text)]
        if len(pieces) == 1 and len(dashed) == 2 and any(_government_banner(piece) for piece in dashed):
            pieces = dashed  # "Ministry of Environment – Republic of Ruritania", "Australian Government — ..."
        elif index == first_kept and len(pieces) == 1 and len(dashed) == 2 and _native_pair(dashed):
            # "Reserve Bank of New Zealand - Te Pūtea Matua": the body's name, then its name in another language
            sources.append((SOURCE_PRIORITY["site_name"], index, _native_pair(dashed)))
        elif len(pieces) == 1 and _acronym_and_name(dashed) and not _english_name_below(lines, index):
            # "BMKG — Badan Meteorologi, Klimatologi, dan Geofisika": the acronym, then the name it stands for (unless
            # the next line gives the name in English: "Meteorology, Climatology, and Geophysical Agency")
            sources.append((SOURCE_PRIORITY["site_name"], index, dashed[1]))
        elif len(pieces) == 1 and _body_over_parent(dashed):
            # "Geological Agency – Ministry of Energy and Mineral Resources" under "BADAN GEOLOGI": the body's name
            # in English, then the ministry it belongs to
            sources.append((SOURCE_PRIORITY["site_name"], index, dashed[0]))
        latin = [piece for piece in pieces if all(_script(c) == "LATIN" for c in piece if c.isalpha())]
        if len(pieces) > MAX_MASTHEAD_PIECES and 2 <= len(latin) < len(pieces) and all(pieces):
            pieces = latin  # "وزارتِ امورِ خارجہ · حکومتِ پاکستان · Ministry of Foreign Affairs · Government of Pakistan"
        if 2 <= len(pieces) <= MAX_MASTHEAD_PIECES and all(pieces):  # "<name> | <name in another language> | ..."
            # "Flood Forecasting and Warning Centre (FFWC) · Bangladesh Water Development Board": a body's name
            # keeps its acronym aside
            bodies = [name for piece in pieces for name in [TRAILING_ACRONYM.sub("", piece)] if _is_site_name(name)
                      and (name == piece or not issuer.is_native_name(name))]
            if len(bodies) == 2 and any(_government_banner(piece) for piece in bodies):
                # "Ministry of Tourism | Government of Jamaica": the ministry's site, under its government's name
                bodies = [piece for piece in bodies if not _government_banner(piece)]
            sources.extend((SOURCE_PRIORITY["site_name"], index, piece) for piece in bodies)
    for index, line in enumerate(lines[(title_index or 0) + 1:-1], start=(title_index or 0) + 1):
        # "Pan American Health Organization • www.paho.org • © ...": the name that opens a footer's row above its
        # address
        first = META_SEPARATOR.split(line.text)[0].strip()
        name = line.text if _is_site_name(line.text) else first if first != line.text.strip() and _is_site_name(
            first) and issuer.is_institution(first) else None
        if name and ADDRESS_LINE.match(lines[index + 1].text):
            sources.append((SOURCE_PRIORITY["footer_name"], index, name))
    for index, line in enumerate(lines[-FOOTER_ADDRESS_LINES:], start=max(0, len(lines) - FOOTER_ADDRESS_LINES)):
        name = _addressed_name(line.text) or _spelled_out_footer_name(line.text)
        if name and index > (title_index or 0):
            sources.append((SOURCE_PRIORITY["footer_name"], index, name))


def _spelled_out_footer_name(text: str) -> str | None:
    """"Élysée — Presidency of the French Republic": a footer line of a site's short name and, after a dash, the
    institution's full name; the full name, else None."""
    pieces = [piece.strip() for piece in TITLE_SEPARATOR.split(text.strip())]
    if len(pieces) != 2 or not all(pieces) or len(pieces[0].split()) >= len(pieces[1].split()):
        return None
    return pieces[1] if _is_site_name(pieces[1]) and issuer.is_institution(pieces[1]) else None


def _institution_masthead(lines: list[_Line], title_index: int | None, given_title: str | None) -> bool:
    """True when the feed gives the headline and the line taken for it is another, only an institution's name among
    the page's first lines ("Icelandic Meteorological Office" under its name in Icelandic): a masthead."""
    if title_index is None or title_index >= MASTHEAD_LINES or not given_title:
        return False
    text = lines[title_index].text.strip()
    if " ".join(text.split()).lower() == " ".join(given_title.split()).lower():
        return False
    return _is_site_name(text) and issuer.is_institution(text)


# "Republic of the Philippines", "THE HASHEMITE KINGDOM OF JORDAN", "Plurinational State of Bolivia", "JAMHURI YA KENYA"
STATE_BANNER = re.compile(r"^(?i:the\s+)?(?:(?!(?i:of)\b)[A-Z][\w'’-]*\s+){0,3}"
                          r"(?i:(?:government|republic|kingdom|state|commonwealth|sultanate|principality)\s+of\s+(?:the\s+)?"
                          r"|jamhuri\s+ya\s+(?:muungano\s+wa\s+)?)"  # Swahili: "Jamhuri ya Muungano wa Tanzania"
                          r"[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3}$")


def _state_banner(text: str) -> bool:
    """"Republic of the Philippines", "Government of India", "Australian Government" alone on a line: the banner of a
    state's sites over the body's own name, never a page's headline."""
    if STATE_BANNER.match(text.strip()) or NAMED_GOVERNMENT.match(text.strip()):
        return True
    # "JAMHURI YA MUUNGANO WA TANZANIA · UNITED REPUBLIC OF TANZANIA": the banner in the state's language beside it
    pieces = [piece.strip() for piece in MASTHEAD_SEPARATOR.split(text) if piece.strip()]
    return len(pieces) > 1 and all(len(piece.split()) <= MAX_BANNER_PIECE_WORDS and piece[:1].isupper()
                                   for piece in pieces) \
        and any(STATE_BANNER.match(piece) for piece in pieces)


MAX_BANNER_PIECE_WORDS = 6


OFFICE_NAME = re.compile(r"^(?:the\s+)?(?P<head>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+of\s+(?:the\s+)?"
                         r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’.-]*){0,3})$")
MASTHEAD_MENU_WINDOW = 3  # lines under a page's first line in which its menu or breadcrumb stands


def _office_masthead(lines: list[_Line], index: int = 0) -> bool:
    """"President of Latvia", "City of Tucson" alone on a masthead line (the page's first, or one under its skip
    link, language switch and native banner), over a menu or breadcrumb in its block: the site of the office or local
    government that the name's head (lexicon ``office_mastheads``) names."""
    m = OFFICE_NAME.match(lines[index].text.strip())
    if m is None or " ".join(m.group("head").lower().split()) not in language.lexicon("office_mastheads"):
        return False
    return any(len([piece for piece in MENU_SEPARATOR.split(line.text) if piece.strip()]) >= MIN_MENU_ITEMS
               for line in lines[index + 1:index + 1 + MASTHEAD_MENU_WINDOW] if line.block == lines[index].block)


# "Fisheries agreement for 2025 - Ministry of Fisheries | Official website": a page's browser title, the headline
# and the site's name between separators.
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
# "Official website", "Official Government Portal", "Gov.pl website": what a site is, not whose it is.
# "A Singapore Government Agency Website", "The Website of the Hungarian Government": what the site is, not whose
SITE_DESCRIPTION = re.compile(r"\bweb\s?site\b", re.I)
OFFICIAL_WEBSITE = re.compile(r"^(?:the\s+)?(?:official\s+(?:government\s+)?|[\w-]+(?:\.[\w-]+)+\s+)"
                              r"(?:web\s?site|site|portal|page)$", re.I)


def _title_suffix_site(text: str, title: str) -> str | None:
    """The site's name in a browser-title line above the headline: the one piece besides the headline and an
    "Official website" or "Home" piece, when the line holds at least one of those; else None."""
    pieces = [piece.strip() for piece in TITLE_SEPARATOR.split(text) if piece.strip()]
    rest = [piece for piece in pieces if not _site_word_piece(piece) and piece.lower() != title.lower()]
    if len(pieces) < 2 or len(rest) != 1 or len(rest) == len(pieces):
        return None
    return _site_name(rest[0])


MAX_LETTERHEAD_WORDS = 8


def _letterhead(text: str) -> bool:
    """"COASTAL RESILIENCE ALLIANCE" on a page's first line: a name ending in an organisation's word ("Alliance",
    "Foundation", "Union"), no section label, heads the page as its letterhead."""
    name = _unshout(text.strip())
    words = name.split()
    return 2 <= len(words) <= MAX_LETTERHEAD_WORDS and _is_publisher_name(name) \
        and words[-1].lower() in language.lexicon("org_suffixes") \
        and not any(word.lower() in LABEL_WORDS for word in words) and not META_SEPARATOR.search(name)


HOME_PIECES = frozenset({"home", "homepage", "home page", "start page"})


def _site_word_piece(piece: str) -> bool:
    """"Official website", "Home": a piece of a browser title that names no page; "政府統計處" beside "Census and
    Statistics Department": the name again in another script."""
    return bool(OFFICIAL_WEBSITE.match(piece)) or piece.lower() in HOME_PIECES \
        or not any(c.isascii() and c.isalpha() for c in piece)


def _masthead_line(text: str) -> bool:
    """"Ministry of Works (MW)", "Ministry of Works - Official website", "Home - Ministry of Works": the site's name
    alone, or beside a piece that names no page; never a headline."""
    pieces = [piece.strip() for piece in TITLE_SEPARATOR.split(text) if piece.strip()]
    rest = [piece for piece in pieces if not _site_word_piece(piece)]
    return len(rest) == 1 and _site_name(rest[0]) is not None


FOOTER_ADDRESS_LINES = 3
MIN_ADDRESS_PIECES = 2
MAX_ADDRESS_LINE_WORDS = 15


def _addressed_name(text: str) -> str | None:
    """"Met Office, FitzRoy Road, Exeter, EX1 3PB": a publisher's name and its postal address on one footer line
    (pieces after the name, one of them with a number); the name, else None."""
    pieces = [piece.strip() for piece in text.split(",")]
    if len(pieces) <= MIN_ADDRESS_PIECES or _word_count(text) > MAX_ADDRESS_LINE_WORDS or text.endswith("."):
        return None
    if not any(char.isdigit() for char in "".join(pieces[1:])) or not _is_site_name(pieces[0]):
        return None
    head, _, last = pieces[0].rpartition(" ")
    if last.lower() in language.lexicon("premises_words") and _is_site_name(head):
        return head  # "Ministry of Health Headquarters": the ministry's building, on the ministry's page
    return pieces[0]


# "Statistics Netherlands (CBS)": a site name followed by its acronym in brackets.
TRAILING_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)$")


# "Logo of the Nordland Health Protection Agency", "Nordland Weather Bureau logo": a logo's text as scraped.
LOGO_TEXT = re.compile(r"^logo(?:\s+of)?(?:\s+the)?\s*:?\s+|\s+logo$", re.I)
# "![Logo of the Nordland Weather Bureau](/files/logo.png)": an image scraped as markdown, its alt text.
MARKDOWN_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]{2,120})\]\([^)\s]*\)$")
# "Welcome to the United Nations": a banner greeting the reader names the site.
# ("Kia Orana – Welcome to the Cook Islands Statistics Office": a greeting in the site's language may come first)
WELCOME_BANNER = re.compile(r"^(?:[^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*)?\s+[–—-]\s+)?welcome\s+to\s+(?:the\s+)?(?=[A-Z])",
                            re.I)
# "Search Statistics Canada", "Search the Met Office site...": a search box's prompt names the site it searches.
SEARCH_BOX = re.compile(r"^search\s+(?:the\s+|within\s+|on\s+)?(?=[A-Z])|\s+(?:site|website)?\s*(?:\.\.\.|…)$", re.I)


def _logo_image(text: str) -> bool:
    """"![Logo of the Nordland Weather Bureau](/files/logo.png)": a scraped logo image, whose alt text names the site
    even though the line, an image, is chrome."""
    image = MARKDOWN_IMAGE.match(text.strip())
    return image is not None and bool(LOGO_TEXT.search(image.group("alt")))




def _government_banner(piece: str) -> bool:
    """"Government of Jamaica", "Republic of Ruritania", "Australian Government": a whole government's name, the banner
    over its body's site."""
    return bool(GOVERNMENT_OF.match(piece.strip()) or NAMED_GOVERNMENT.match(piece.strip()))


def _government_qualifier(rest: str) -> bool:
    """", Republic of Malawi", " Republic of Indonesia": the name of a body's government after the body's own name
    (as "Ministry of Tourism | Government of Jamaica" has it) qualifies the name; it is no part of it."""
    return bool(GOVERNMENT_OF.match(rest.lstrip(" ,–—-")))


def _site_name(text: str) -> str | None:
    """The line as a site name, without a trailing acronym in brackets or the words of a logo's text; None when it
    is no site name."""
    image = MARKDOWN_IMAGE.match(text.strip())
    text = WELCOME_BANNER.sub("", LOGO_TEXT.sub("", image.group("alt") if image else text))
    text = SEARCH_BOX.sub("", text) if SEARCH_BOX.match(text) else text
    if OFFICIAL_WEBSITE.match(text.strip()) or SITE_DESCRIPTION.search(text):
        return None  # "Official Government Portal", "A Singapore Government Agency Website": no one's name
    if " ".join(text.lower().split()).strip(" .:") in language.lexicon("kicker_labels"):
        return None  # "STATISTICAL RELEASE" over the headline: the kind of page, no one's name
    if _names_a_document(text):
        return None  # "Monetary Policy Committee Communiqué": a body's document, not the body
    english = _english_of_names(text)
    return _line_site_name(text) or (_line_site_name(english) if english != text else None)


def _names_a_document(text: str) -> bool:
    """A line ending in the kind of a document ("... Committee Communiqué", "... Governor's Statement") that is no
    outlet's word ("Daily News", "Evening Post")."""
    words = text.split()
    last = words[-1].lower().strip(".:") if words else ""
    kinds = language.lexicon("speech_nouns") | {
        label for label in language.lexicon("kicker_labels") if " " not in label}
    return len(words) > 1 and last in kinds and last not in language.lexicon("publisher_words")


def _names_a_street(text: str) -> bool:
    """A line of comma-separated parts, one after the first ending in a street's word ("..., Church Street, ...")."""
    parts = [part.split() for part in text.split(",")[1:]]
    return any(part and part[-1].lower().strip(".") in language.lexicon("street_words") for part in parts)


def _line_site_name(text: str) -> str | None:
    head, comma, rest = text.partition(", ")
    if comma and _legal_form(rest):
        text = head  # "Instituto Português do Mar e da Atmosfera, I.P.": the name, its legal form aside
    elif comma and _government_qualifier(rest) and _is_site_name(head):
        text = head  # "Ministry of Health, Republic of Malawi": the ministry, its government's name aside
    elif comma and PARENT_MINISTRY.match(rest) and _is_site_name(rest) and _is_site_name(head) \
            and not PARENT_MINISTRY.match(head):
        text = head  # "Central Weather Administration, Ministry of Transportation and Communications": the body
    bare = TRAILING_ACRONYM.sub("", text) if text.endswith(")") else text
    head = _before_section_tail(bare)
    if head:
        return head
    return bare if _is_site_name(bare) else None


# "..., Ministry of Health and Welfare": the ministry a body belongs to, after the body's own name
PARENT_MINISTRY = re.compile(r"(?:the\s+)?(?:Ministry|Department)\s+(?:of|for)\s+[A-Z]")
NAME_VERSIONS = re.compile(r"\s+[|—–/·]\s+")
# a body's name in a script other than Latin, then its English name on the same line
OTHER_SCRIPT_THEN_LATIN = re.compile(r"^(?:[^\sA-Za-z\d]+\s+)+(?P<latin>[A-Z][A-Za-z'’.,&\- ]+)$")


MIN_SPELLED_NAME_WORDS = 3


def _english_of_names(text: str) -> str:
    """"Ministerio de Energía y Minas — Ministry of Energy and Mines", "Helsingin kaupunki | Helsingfors stad | City of
    Helsinki": a masthead that names the body in several languages, by its one English institution's name; else the
    line as it is."""
    pieces = [piece.strip() for piece in NAME_VERSIONS.split(text.strip())]
    script = OTHER_SCRIPT_THEN_LATIN.match(text.strip())
    if len(pieces) < 2 and script and issuer.is_institution(script.group("latin")):
        return script.group("latin")  # "산업통상자원부 Ministry of Trade, Industry and Energy": the English name
    if len(pieces) < 2:
        return text
    english = [piece for piece in pieces if issuer.is_institution(piece) and not issuer.is_native_name(piece)
               and all(c.isascii() for c in piece)]
    if len(english) == 1:
        return english[0]
    spelled = [piece for piece in pieces if len(piece.split()) >= MIN_SPELLED_NAME_WORDS
               and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in piece.split())]
    if len(pieces) == 2 and len(spelled) == 1 and any(len(piece.split()) == 1 for piece in pieces):
        return spelled[0]  # "RedMAC — Mesoamerican Highlands Climate Network": the short name, then the full one
    return text


def _before_section_tail(text: str) -> str | None:
    """The body's name before a section of its site on a masthead ("BMD Media Centre" -> "BMD", "Ministry of Health
    Newsroom" -> "Ministry of Health", lexicon ``masthead_section_tails``), an acronym or a site name; else None."""
    words = text.split()
    for size in (2, 1):
        if len(words) > size and " ".join(words[-size:]).lower() in language.lexicon("masthead_section_tails"):
            head = " ".join(words[:-size])
            return head if issuer.is_acronym(head) or _is_site_name(head) else None
    return None


def _legal_form(piece: str) -> bool:
    """"I.P.", "Inc.", "Ltd": a legal form alone (lexicons ``legal_forms``, ``spelled_legal_forms``)."""
    forms = language.lexicon("legal_forms") | language.lexicon("spelled_legal_forms")
    folded = piece.strip().lower()
    return folded in forms or folded + "." in forms


def _hyphenated_name_word(token: str) -> bool:
    """"Pan-African", "Asia-Pacific": capitalised parts joined by hyphens; a title ("Secretary-General") names an
    office holder, no site."""
    return HYPHENATED_NAME_WORD.match(token) is not None and not _is_title(token)


AMPERSAND = frozenset({"&"})  # "Newfoundland & Labrador Statistics Agency": an institution's name may join with "&"


def _subordination(tokens: list[str]) -> frozenset[str]:
    """{"under"} for "Statistics Agency under the President of the Republic of Uzbekistan", "Committee under the
    Ministry of Finance": a body named as placed under another, an institution word before "under the"; else
    nothing."""
    for before, word, after in zip(tokens, tokens[1:], tokens[2:]):
        if word == "under" and after == "the" and before.lower() in language.lexicon("institution_words"):
            return frozenset({"under"})
    return frozenset()


def _is_site_name(text: str, max_words: int = MAX_SITE_NAME_WORDS) -> bool:
    tokens = [token[:-2] if token.endswith(("'s", "’s")) else token  # "the People's Republic of China"
              for token in text.split()]
    post = bool(tokens) and tokens[0].lower() in language.lexicon("diplomatic_posts") and "of" in tokens
    if post or _subordination(tokens):
        max_words = max(max_words, MAX_POST_NAME_WORDS)  # a state's post abroad, a body under another: names say where
    # (a sentence ends in a full stop; a name may end in dotted initials, "Bank of the Lao P.D.R.")
    if not 2 <= len(tokens) <= max_words or META_SEPARATOR.search(text) \
            or (text.endswith(".") and not DOTTED_INITIALS.fullmatch(tokens[-1])):
        return False
    if _names_a_street(text) or SITE_DESCRIPTION.search(text):
        return False  # "Government Headquarters, Church Street, Basseterre": an address; "... Agency Website"
    if tokens[0].lower() in language.lexicon("site_greetings"):
        return False  # "Welcome to the Cook Islands Statistics Office": a greeting, the name after it is the site's
    lowered = {token.lower().rstrip(",") for token in tokens}
    parts = lowered | {part for token in lowered for part in token.split("-")}  # "Haut-Commissariat au Plan"
    institution = bool(parts & (language.lexicon("institution_words") | language.lexicon("native_institution_words")))
    if _native_institution_name(tokens, lowered):  # "Ministère de la Transition écologique"
        return True
    if institution:  # "Department of Enterprise, Trade and Employment"
        tokens = [token[:-1] if token.endswith(",") else token for token in tokens]
    connectors = CONNECTORS | _subordination(tokens) | (AMPERSAND if institution else frozenset())
    if not all(((token.isalpha() or DOTTED_INITIALS.match(token) or _hyphenated_name_word(token))
                and (token[0].isupper() or token in connectors)) or token in AMPERSAND & connectors
               for token in tokens) or tokens[-1] in connectors:
        return False
    if lowered & LABEL_WORDS - ORG_WORDS and not institution:  # "Health", but "Ministry of Health"
        return False
    if _names_gathering(tokens):
        return False
    return _is_org(text) or institution


def _names_gathering(tokens: list[str]) -> bool:
    """"Security Council Open Debate on ...", "Board Meeting of 4 May": a body's name followed by a gathering's word
    (lexicon ``gathering_words``) names the body's meeting, an event, not a site."""
    return any(token.lower() in language.lexicon("gathering_words") for token in tokens[1:])


def _native_institution_name(tokens: list[str], lowered: set[str]) -> bool:
    """An institution's name in its own language, which may keep words in lower case ("Ministère de la Transition
    écologique"): it opens with a capitalised native institution word and holds only words."""
    return tokens[0].lower() in language.lexicon("native_institution_words") and tokens[0][:1].isupper() \
        and all(token.rstrip(",").replace("'", "").replace("’", "").isalpha() for token in tokens) and bool(lowered)
