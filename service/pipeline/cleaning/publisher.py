"""The page's publisher, chosen among the names the page states and spelled out in full."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import (
    CONNECTORS, LABEL_PIECE_SEPARATOR, MASTHEAD_LINES, SOURCE_PRIORITY, _ends_sentence, _function_unit, _Line, _fold,
)
from .sources import BREADCRUMB_SEPARATOR, OFFICIAL_SITE, _acronym_of_office, _owner_before_office
from .sitenames import GOVERNMENT_OF, NAMED_GOVERNMENT, TRAILING_ACRONYM, _government_banner, _government_qualifier


SERIES_PRIORITIES = frozenset({SOURCE_PRIORITY["site_name"], SOURCE_PRIORITY["breadcrumb"]})


def _apposed_institution(rest: str) -> bool:
    """", Swiss Agency for Therapeutic Products" after "Swissmedic": an institution's full name set beside its short
    one describes it (the short name is the publisher), unlike ", Innovation and Digital Economy" that continues a
    portfolio cut at its comma."""
    rest = rest.strip()
    return rest.startswith(",") and issuer.is_institution(rest[1:].strip())


def _publisher(sources: list[tuple[int, int, str]], lines: list[_Line]) -> str | None:
    """The most reliable publisher name the page states, spelled out in full: an institution's longer name that
    the page also gives ("Ministry of Health" -> "Ministry of Health Kenya": a ministry's short name leaves out its
    country; an outlet's company name, "Riverside Herald Media", is not its masthead) or the name an acronym
    stands for ("PPA" -> "Pacific Press Agency"), in the page's case, without a legal form ("Kestrel Motors AG"
    -> "Kestrel Motors")."""
    if not sources:
        return None
    # "By Jordan Ellis, Office of Communications", "by Mission Press Office": a by-line's unit named only by its
    # function, or by its post's kind, names no body
    sources = [source for source in sources
               if not (source[0] == SOURCE_PRIORITY["byline"] and _function_unit(_without_post_kind(source[2])))] \
        or sources
    # "Posted on: 07 Sep 2026 | Media Unit", "Source: Press and Information Department" under a masthead (or over a
    # copyright or footer line): a source line's unit named only by its function writes for that body, which publishes
    masthead = any(source[0] in _OWNING_PRIORITIES for source in sources)
    sources = [source for source in sources
               if not (masthead and source[0] == SOURCE_PRIORITY["source_line"]
                       and _function_unit(_without_post_kind(source[2])))
               and not _unit_of_masthead(source, sources)] or sources
    # "SURVEY OF BANK LENDING" over "Survey of Bank Lending 2026 Q3: ...": a series the title opens with, no body
    title = next((line.text.lower() for line in lines if line.drop == "title"), "")
    sources = [source for source in sources
               if not (title and source[0] in SERIES_PRIORITIES and title.startswith(source[2].lower() + " "))] \
        or sources
    sources = [(priority, index, _owner_of_contact_unit(priority, _owner_on_masthead(
                    _masthead_acronym_of_pair(
                        _spelled_out_holder(_hyphened_pair_on_masthead(name, sources, lines)), lines),
                    lines)))
               for priority, index, name in sources]
    sources = [(priority, index, _owner_of_byline_unit(priority, name)) for priority, index, name in sources]
    best = _acronym_on_masthead(_owned_masthead(_named_in_body(sources, lines), sources, lines), lines)
    best = _english_name(_own_body_among_credited(_piece_the_text_abbreviates(best, sources, lines), sources, lines),
                         sources, lines)
    best = _masthead_ending_with(_body_over_its_section(best, sources, lines), sources)
    under = _body_under_state_banner(_government_of_territory(_agency_under_parent(best, sources), sources), sources)
    # "Gobierno de Chile" over "Ministerio de Salud": the ministry under its government, in English if the text says so
    best = _english_name(under, sources, lines) if under != best else best
    best = _full_name_on_masthead(_ministry_of_state_holder(_department_under_holder(best, sources), sources), sources,
                                  lines)
    best = _masthead_spelling_in_full(best, sources)
    best = _releasing_body(best, lines)
    best = _masthead_over_source_unit(_body_of_unit(best, sources), sources)
    chosen = _article_in_text(_masthead_without_article(" ".join(best[2].split()), sources), lines)
    # a short name the text defines in English ("Sernageomin, the National Geology and Mining Service") keeps that
    # definition below rather than the masthead's name in its own language
    chosen = _spelled_out_beside(chosen, lines) or (
        None if _english_definition(chosen, lines) else _masthead_spelling(chosen, sources)) or chosen
    chosen = _masthead_with_kind(chosen, sources)
    chosen = _owner_of_domain(chosen, lines)
    chosen = _english_definition(chosen, lines) or chosen
    # "INS" spelled out by the masthead's "Institutul Național de Statistică", whose English name is the next line
    chosen = _english_name((best[0], best[1], chosen), sources, lines)[2] if chosen != best[2] else chosen
    chosen = _body_before_its_units(chosen)
    institution = issuer.is_institution(chosen)
    # the masthead or the copyright line spells out a wire dateline's short name ("Meridian" -> "Meridian Newswire")
    spelled_out = {SOURCE_PRIORITY["site_name"]} | (
        {SOURCE_PRIORITY["copyright"]} if best[0] == SOURCE_PRIORITY["wire_dateline"] else set())
    for priority, _, other in sorted(sources):
        other = " ".join(other.split())
        # "Federal Ministry of Communications" cut at a comma of the masthead's "..., Innovation and Digital Economy"
        if len(other) > len(chosen) and other.lower().startswith((chosen.lower() + " ", chosen.lower() + ",")) and (
                institution or priority in spelled_out) and not _government_qualifier(other[len(chosen):]) \
                and _body_before_its_units(other) == other and not _apposed_institution(other[len(chosen):]):
            chosen = other
        elif institution and priority == SOURCE_PRIORITY["site_name"] and _fuller_place(chosen, other):
            chosen = other  # "Embassy of X in Austria" in the footer, "... in the Republic of Austria" on the masthead
    if best[0] == SOURCE_PRIORITY["wire_dateline"] and issuer.is_acronym(chosen):
        # "SANTIAGO, Sept 3 (CNW) -" over a footer's "© 2025 Cardinal Newswire": the wire's name, spelled out
        chosen = next((" ".join(other.split()) for priority, _, other in sorted(sources) if priority in (
            SOURCE_PRIORITY["copyright"], SOURCE_PRIORITY["site_name"], SOURCE_PRIORITY["footer_name"])
            and issuer.abbreviates_compounds(chosen, " ".join(other.split()))), chosen)
    page = "\n".join(line.text for line in lines)
    name = issuer.publisher_name(_spelling_in_body(chosen, lines), page) or None
    name = _owned_name_with_place(name, sources, page) if issuer.is_acronym(chosen) else name
    masthead = next((" ".join(other.split()) for priority, _, other in sources
                     if priority == SOURCE_PRIORITY["site_name"] and name and not issuer.is_institution(name)
                     and " ".join(other.split()).lower() == "the " + name.lower()), None)
    return masthead or name  # "The Wessex Courier" on the masthead, "Wessex Courier Ltd" in the copyright line


_OWNING_PRIORITIES = frozenset(SOURCE_PRIORITY[kind] for kind in ("site_name", "copyright", "footer_name",
                                                                      "official_site"))


def _unit_of_masthead(source: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> bool:
    """A by-line's or source line's unit named by the masthead's body and its function ("Cabinet Office
    Communications" under the masthead's "CABINET OFFICE"): it writes for the masthead's body, which publishes."""
    if source[0] not in (SOURCE_PRIORITY["byline"], SOURCE_PRIORITY["source_line"]):
        return False
    name = _fold(source[2])
    return any(name.startswith(_fold(other) + " ") and _function_unit(name[len(_fold(other)):])
               for priority, _, other in sources if priority == SOURCE_PRIORITY["site_name"])


MAX_PLACE_WORDS = 2


def _owned_name_with_place(name: str | None, sources: list[tuple[int, int, str]], page: str) -> str | None:
    """The site's own name that adds a place before the institution's name an acronym was spelled out to ("GIS" as
    "Government Information Service" under "BARBADOS GOVERNMENT INFORMATION SERVICE" and "© Barbados Government
    Information Service"): the name the site gives itself."""
    if not name or not issuer.is_institution(name):
        return name
    for priority, _, other in sorted(sources):
        other = " ".join(other.split())
        extra = other[:len(other) - len(name)].split()
        if priority in _OWN_NAME_PRIORITIES and _fold(other).endswith(" " + _fold(name)) \
                and 0 < len(extra) <= MAX_PLACE_WORDS and all(w[:1].isupper() for w in extra) \
                and not issuer.is_institution(" ".join(extra)):
            return issuer.recase(other, page)
    return name


def _fuller_place(name: str, other: str) -> bool:
    """True when ``other`` is ``name`` with its closing place in its formal form ("... in Austria" -> "... in the
    Republic of Austria"): the same first and last words, every word of ``name`` in ``other`` in order, and only
    connectors and the words of a state's formal name ("Republic", "Kingdom"; lexicon ``state_forms``) added."""
    words, others = name.lower().split(), other.lower().split()
    if len(others) <= len(words) or words[0] != others[0] or words[-1] != others[-1]:
        return False
    added, k = [], 0
    for word in others:
        if k < len(words) and word == words[k]:
            k += 1
        else:
            added.append(word)
    return k == len(words) and all(w in CONNECTORS or w in language.lexicon("state_forms") for w in added)


def _masthead_without_article(name: str, sources: list[tuple[int, int, str]]) -> str:
    """"The Ministry of Foreign Affairs of ..." in a copyright line under a masthead that writes the name, or its
    first words, without "The": the name as the site gives itself."""
    if not name.lower().startswith("the "):
        return name
    bare = name[4:].strip()
    mastheads = [" ".join(other.split()).lower() for priority, _, other in sources
                 if priority == SOURCE_PRIORITY["site_name"]]
    return bare if any(bare.lower() == m or bare.lower().startswith(m + " ") for m in mastheads) else name


def _article_in_text(name: str, lines: list[_Line]) -> str:
    """"The Danish Veterinary and Food Administration" on the masthead of a text that writes "the Danish Veterinary
    and Food Administration": the article is no part of the name ("The Times" keeps its capital mid-sentence)."""
    if not name.startswith("The "):
        return name
    bare = name[4:].strip()
    return bare if any(line.drop is None and f"the {bare}" in line.text for line in lines) else name


def _masthead_ending_with(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The masthead's name that ends with the short name a line lower down gives the body ("Issued by Police Media
    Centre" under "New Zealand Police": the press office's "Police" is the masthead's body)."""
    if best[0] == SOURCE_PRIORITY["site_name"]:
        return best
    short = " " + _fold(best[2])
    # "KARI Korea Aerospace Research Institute": an acronym before the full name adds no word of the name
    return next((source for source in sources if source[0] == SOURCE_PRIORITY["site_name"]
                 and _fold(source[2]).endswith(short) and not issuer.is_acronym(source[2].split()[0])), best)


def _body_over_its_section(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                           lines: list[_Line]) -> tuple[int, int, str]:
    """The institution a breadcrumb trail passes through before the masthead's name ("Canada.ca > Statistics Canada
    > The Daily" over "The Daily"): a name that is no institution's and ends the trail after the body (the place the
    page sits in) is the body's bulletin or section (a newsletter, a newsroom), which the body publishes."""
    if best[0] != SOURCE_PRIORITY["site_name"] or issuer.is_institution(best[2]):
        return best
    name = _fold(best[2])
    for source in sources:
        if source[0] != SOURCE_PRIORITY["breadcrumb"] or not issuer.is_institution(source[2]):
            continue
        pieces = [_fold(piece) for piece in BREADCRUMB_SEPARATOR.split(lines[source[1]].text.strip())]
        body = _fold(source[2])
        if body in pieces[:-1] and pieces[-1] == name:
            return source
    return best


def _spelling_in_body(name: str, lines: list[_Line]) -> str:
    """The name as the text spells it when a header or footer writes "&" for its "and" ("Ministry of Energy &
    Infrastructure" over "The Ministry of Energy and Infrastructure announced ...")."""
    if " & " not in name:
        return name
    spelled = name.replace(" & ", " and ")
    body = "\n".join(line.text for line in lines if line.drop is None)
    return spelled if _names(body, spelled) else name


def _body_under_state_banner(best: tuple[int, int, str],
                             sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The ministry or department a page names under an "An official website of the Republic of Namibia" banner
    (in its breadcrumb, masthead or footer): the banner names the state whose site it is; its body publishes."""
    if best[0] != SOURCE_PRIORITY["official_site"] or not GOVERNMENT_OF.match(best[2].strip()):
        return best
    return min((source for source in sources if source != best and not GOVERNMENT_OF.match(source[2].strip())
                and (_parent_body(source[2]) or _diplomatic_post(source[2])) and issuer.is_institution(source[2])),
               default=best)


# "... according to figures released today (October 31) by the Census and Statistics Department (C&SD)": the body
# a lead says released, issued or published what the page reports.
RELEASED_BY = re.compile(r"\b(?:released|issued|published|announced|compiled)\b[^.;]{0,60}?\bby\s+(?:the\s+)?"
                         r"(?P<body>[A-Z][\w'&-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w'&-]*))*\s+[A-Z][\w'&-]*)")
LEAD_LINES = 3  # prose paragraphs of the body read for the releasing body


def _releasing_body(best: tuple[int, int, str], lines: list[_Line]) -> tuple[int, int, str]:
    """The body the lead says released the page's text, over a whole government's banner ("The Government of the
    Hong Kong Special Administrative Region" on a portal that carries every department's releases)."""
    if not GOVERNMENT_OF.match(best[2].strip()):
        return best
    prose = [line.text for line in lines if line.drop is None and _ends_sentence(line.text)][:LEAD_LINES]
    for text in prose:
        for match in RELEASED_BY.finditer(text):
            body = match.group("body")
            if issuer.is_institution(body) and not GOVERNMENT_OF.match(body):
                return (best[0], best[1], body)
    return best


# "© 2024 MOFA | Ministry of Foreign Affairs of Nepal | Kathmandu": pieces of a footer or masthead line.
LINE_PIECE_SEPARATOR = re.compile(r"\s+[|–—]\s+")
PIECE_PREFIX = re.compile(r"^(?:copyright\s*)?(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?", re.I)
MIN_SPELLED_WORDS = 2


def _spelled_out_beside(acronym: str, lines: list[_Line]) -> str | None:
    """The name an acronym publisher stands for when a line prints the two side by side, the acronym first
    ("© 2024 MOFA | Ministry of Foreign Affairs of Nepal"): the initials of the name's leading words, small words
    counted or not, spell the acronym. None when no line does."""
    if not issuer.is_acronym(acronym):
        return None
    for index, line in enumerate(lines):
        pieces = [PIECE_PREFIX.sub("", piece.strip()).strip() for piece in LINE_PIECE_SEPARATOR.split(line.text)]
        for piece, name in zip(pieces, pieces[1:]):
            # "BCEAO | Central Bank of West African States" on the masthead: the acronym of the body's name in
            # another language ("Banque Centrale des Etats de l'Afrique de l'Ouest") beside its English name
            if piece == acronym and issuer.is_institution(name) and (
                    _leading_initials(acronym, name) or index < MASTHEAD_LINES):
                return name
    return None


def _masthead_spelling(acronym: str, sources: list[tuple[int, int, str]]) -> str | None:
    """The masthead name a short publisher name stands for: the starts of its words ("AEMET", "Istat"; ``issuer.
    shortens``), or its initials when a word of it is hyphenated ("PAW" in a wire dateline, "Pan-African Wire" on
    the masthead): each part of a hyphenated word gives its initial. None when none does."""
    mastheads = [name for priority, _, name in sources if priority == SOURCE_PRIORITY["site_name"]]
    # "AEMET" or "Istat" in the copyright line, "Agencia Estatal de Meteorología" on the masthead
    shortened = next((name for name in mastheads if issuer.shortens(acronym, name)), None)
    if shortened or not issuer.is_acronym(acronym):
        return shortened
    return next((name for name in mastheads if "-" in name and issuer.initials(name.replace("-", " ")) == acronym),
                None)


def _leading_initials(acronym: str, name: str) -> bool:
    """True when the initials of a run of ``name``'s first words spell ``acronym``: "MOFA" for "Ministry of Foreign
    Affairs (of Nepal)", "MFA" for "Ministry of Foreign Affairs"."""
    words = name.split()
    for k in range(MIN_SPELLED_WORDS, len(words) + 1):
        run = words[:k]
        if not run[-1][:1].isupper():
            continue
        every = "".join(word[0] for word in run).upper()
        capitals = "".join(word[0] for word in run if word[:1].isupper())
        if acronym in (every, capitals):
            return True
    return False


# "SMHI – Swedish Meteorological and Hydrological Institute": a name and its acronym joined by a dash.
NAME_PAIR_SEPARATOR = re.compile(r"\s+[-–—]\s+")


def _spelled_out_holder(name: str) -> str:
    """The spelled-out half of a name printed with its acronym ("SMHI – Swedish Meteorological and Hydrological
    Institute" -> the institute's name); other names as they are."""
    parts = NAME_PAIR_SEPARATOR.split(name.strip())
    if len(parts) != 2:
        return name
    for short, full in (parts, parts[::-1]):
        if issuer.is_acronym(short) and (issuer.initials(full) == short or issuer.abbreviates(short, full)):
            return full
    if issuer.is_institution(parts[0]) and _place_name(parts[1]):
        return parts[0]  # "Ministry of Energy & Infrastructure – United Arab Emirates": the ministry, its country aside
    return name


MAX_PLACE_NAME_WORDS = 4


def _place_name(text: str) -> bool:
    """"United Arab Emirates", "New Zealand": a few capitalised words, none of a body's, a publisher's or a company's
    name (lexicons ``institution_words``, ``publisher_words``, ``corporate_words``)."""
    words = text.split()
    names = language.lexicon("institution_words") | language.lexicon("publisher_words") \
        | language.lexicon("corporate_words")
    return 0 < len(words) <= MAX_PLACE_NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words) \
        and not any(w.lower() in names for w in words)


# "NASA's Kennedy Space Center": a body's unit named with its owner in the possessive.
POSSESSED_UNIT = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?P<unit>[A-Z].+)$")


def _masthead_acronym_of_pair(name: str, lines: list[_Line]) -> str:
    """The acronym of a pair of acronyms ("© 2026 REVOSIMA – IPGP": a network and the institute that runs it) that
    stands alone on a masthead line: the site's own body; other names as they are."""
    parts = NAME_PAIR_SEPARATOR.split(name.strip())
    if len(parts) != 2 or not all(_capitals_word(part) for part in parts):
        return name
    return next((part for part in parts if any(line.text.strip() == part for line in lines[:MASTHEAD_LINES])), name)


_HYPHENED_ACRONYMS = re.compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})+$")


def _hyphened_pair_on_masthead(name: str, sources: list[tuple[int, int, str]], lines: list[_Line]) -> str:
    """The masthead's name for one of the acronyms a hyphen joins ("© PAGASA-DOST": an agency and the department it
    belongs to) when its initials spell that acronym ("Philippine Atmospheric, Geophysical and Astronomical Services
    Administration") or the masthead prints it after the name in brackets ("Philippine Institute of Volcanology and
    Seismology (PHIVOLCS)": a syllabic acronym): the site's own body; other names as they are."""
    if not _HYPHENED_ACRONYMS.match(name.strip()):
        return name
    parts = name.strip().split("-")

    def defined(index: int, other: str) -> bool:
        line = " ".join(lines[index].text.split()) if index < len(lines) else ""
        return any(f"{other} ({part})" in line for part in parts)
    return next((" ".join(other.split()) for priority, index, other in sources
                 if priority == SOURCE_PRIORITY["site_name"] and issuer.is_institution(other)
                 and (issuer.initials(other.replace(",", "")) in parts or defined(index, " ".join(other.split())))),
                name)


def _owner_on_masthead(name: str, lines: list[_Line]) -> str:
    """The owner of a unit a byline names ("By Dana Whitfield, NASA's Kennedy Space Center") when the page's
    masthead is that owner ("NASA"): the staff writer's unit belongs to the site's body, which publishes."""
    m = POSSESSED_UNIT.match(name.strip())
    if m is None or not issuer.is_institution(m.group("unit")):
        return name
    owner = m.group("owner")
    return owner if any(line.text.strip() == owner for line in lines[:MASTHEAD_LINES]) else name


def _owner_of_contact_unit(priority: int, name: str) -> str:
    """The owner of the unit a footer's media contact works at ("NASA's Goddard Space Flight Center" -> "NASA"):
    the contact speaks for the body that owns the unit, and the body publishes its pages."""
    m = POSSESSED_UNIT.match(name.strip())
    if priority != SOURCE_PRIORITY["footer_name"] or m is None or not issuer.is_institution(m.group("unit")):
        return name
    owner = m.group("owner")
    return owner if issuer.is_acronym(owner) or issuer.is_institution(owner) else name


def _without_post_kind(name: str) -> str:
    """"Mission Press Office" -> "Press Office": a diplomatic post's kind (lexicon ``diplomatic_posts``) before its
    unit's name says whose unit it is, not which post."""
    first, _, rest = name.strip().partition(" ")
    return rest if rest and first.lower() in language.lexicon("diplomatic_posts") else name


def _owner_of_byline_unit(priority: int, name: str) -> str:
    """The body whose communications unit a by-line names ("Posted by NDMO Media Unit", "By Eurostat Press Office",
    "Posted by BWU Communications"):
    the unit writes for its body, which publishes; its acronym is spelled out later, as any acronym publisher's."""
    if priority != SOURCE_PRIORITY["byline"]:
        return name
    acronym, _, unit = name.strip().partition(" ")
    if issuer.is_acronym(acronym) and unit and _function_unit(unit) and not issuer.is_institution(name) \
            and language.words(unit).isdisjoint(language.lexicon("media_words")):
        return acronym  # "Posted by BWU Communications"; "DOD News" is the body's outlet, which publishes
    return _acronym_of_office(name) or _owner_before_office(name) or name


def _department_under_holder(best: tuple[int, int, str],
                             sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """"© Northern Territory Government of Australia" over a masthead that prints "Northern Territory Government"
    and, on the next line, "Department of Treasury and Finance": a government holds the site's rights, and the
    department named under its name on the masthead publishes the page."""
    if best[0] == SOURCE_PRIORITY["site_name"] or "government" not in best[2].lower().split():
        return best
    for priority, index, name in sources:
        if priority != SOURCE_PRIORITY["site_name"] or "government" not in name.lower().split() \
                or not best[2].lower().startswith(name.lower()):
            continue
        below = next((s for s in sources if s[0] == SOURCE_PRIORITY["site_name"] and s[1] == index + 1), None)
        if below is not None and issuer.is_institution(below[2]) and "government" not in below[2].lower().split():
            return _unit_of_government(name, below)
    return best


def _full_name_on_masthead(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                           lines: list[_Line]) -> tuple[int, int, str]:
    """"© 2026 RedMAC." under the masthead "RedMAC — Mesoamerican Highlands Climate Network": the short name the
    masthead spells out, by its full name."""
    if " " in best[2]:
        return best
    for source in sources:
        if source[0] == SOURCE_PRIORITY["site_name"] and source[1] < len(lines) and re.search(
                rf"^{re.escape(best[2])}\s+[—–-]\s+{re.escape(source[2])}$", lines[source[1]].text.strip()):
            return source
    return best


def _masthead_spelling_in_full(best: tuple[int, int, str],
                               sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """"© 2025 Permanent Mission of Sierra Leone." under the masthead "Permanent Mission of the Republic of Sierra
    Leone to the United Nations": the copyright's name with words left out of the masthead's, which it spells in
    full."""
    if best[0] != SOURCE_PRIORITY["copyright"]:
        return best
    words = best[2].split()
    for source in sources:
        full = source[2].split()
        if source[0] == SOURCE_PRIORITY["site_name"] and len(full) > len(words) > 1 and full[0] == words[0] \
                and _in_order(words, full):
            return source
    return best


def _in_order(words: list[str], full: list[str]) -> bool:
    """Every word of ``words`` is in ``full``, in the same order."""
    rest = iter(full)
    return all(word in rest for word in words)


def _ministry_of_state_holder(best: tuple[int, int, str],
                              sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """"Gobierno del Perú ©" in the footer of a portal whose masthead names "Ministerio de Relaciones Exteriores del
    Perú": the state holds the rights, and the one body of that state the masthead names publishes the page."""
    if best[0] != SOURCE_PRIORITY["copyright"] or not issuer.is_state_name(best[2]):
        return best
    place = best[2].split()[-1].lower()
    bodies = {s[2] for s in sources if s[0] == SOURCE_PRIORITY["site_name"] and issuer.is_institution(s[2])
              and not issuer.is_state_name(s[2]) and s[2].split()[-1].lower() == place}
    return next(s for s in sources if s[2] in bodies) if len(bodies) == 1 else best


def _agency_under_parent(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The agency a masthead names under its parent ministry ("Department of Science and Technology" over
    "PHILIPPINE INSTITUTE OF VOLCANOLOGY AND SEISMOLOGY"): the line below the parent is the site's own body."""
    # "Government of Westland" over "Ministry of Health": the government's banner over its ministry's site
    government = _government_banner(issuer.recase(best[2]))  # "ST HELENA GOVERNMENT" too
    below = _site_name_below(best, sources)
    if best[0] == SOURCE_PRIORITY["site_name"] and below is not None and _diplomatic_post(below[2]) \
            and not _diplomatic_post(best[2]):
        return below  # "European External Action Service" over "Delegation of the European Union to ...": the post
    if best[0] != SOURCE_PRIORITY["site_name"] or not (_parent_body(best[2]) or government):
        return best
    if below is not None and issuer.is_native_name(below[2]) and not issuer.is_native_name(best[2]):
        return best  # "Ministry of Transport Malaysia" over "Kementerian Pengangkutan Malaysia": one body, two tongues
    if government and below is not None and GOVERNMENT_OF.match(below[2].strip()):
        return best
    # "Ministry of External Affairs" over "Government of India": the state above is no agency below
    # ("Samoa Meteorology Division" under its ministry: a unit's name is an institution's, ``issuer.is_unit_name``)
    if below is None or not issuer.is_institution(below[2]) or not (government or not _parent_body(below[2])):
        return best
    return _unit_of_government(best[2], below) if government else below


def _unit_of_government(government: str, unit: tuple[int, int, str]) -> tuple[int, int, str]:
    """"ST HELENA GOVERNMENT" over "STATISTICS OFFICE": an office of a generic name is that government's, by the
    whole name ("St Helena Government Statistics Office")."""
    government = issuer.recase(government.strip())
    if not NAMED_GOVERNMENT.match(government) or not _generic_name(unit[2]):
        return unit
    return (unit[0], unit[1], f"{government} {issuer.recase(unit[2].strip())}")


def _generic_name(name: str) -> bool:
    """A body's name of institution words only ("Statistics Office", "Press Office"): whose it is, it does not say."""
    words = [w.lower() for w in name.split()]
    return len(words) >= 2 and all(w in issuer.institution_vocabulary() or w in language.lexicon("name_connectors")
                                   for w in words)


MAX_BANNER_GAP = 2  # "Isle of Man Government", its name in Manx, then "Cabinet Office | Statistics Isle of Man"


def _site_name_below(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The site name on the nearest masthead line below a parent's, the last when that line names a chain of bodies
    ("Cabinet Office | Statistics Isle of Man": a department, then its unit that runs the site)."""
    below = [s for s in sources if s[0] == SOURCE_PRIORITY["site_name"] and 0 < s[1] - best[1] <= MAX_BANNER_GAP
             and s[2].split()[-1].lower() not in language.lexicon("publication_heads")]
    nearest = min((s[1] for s in below), default=None)
    if nearest is None or (nearest > best[1] + 1 and not _government_banner(best[2])):
        return None
    return [s for s in below if s[1] == nearest][-1]  # the names of a line are collected left to right


def _body_of_unit(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The masthead's body, not its unit named by the body's short name ("UP Diliman Information Office" under
    "University of the Philippines Diliman"): an acronym, then the rest of the masthead's name, then the unit's
    words, the last an institution word."""
    words = best[2].split()
    if len(words) < 2 or not issuer.is_acronym(words[0]) or not issuer.is_institution(words[-1]):
        return best
    for source in sources:
        full = source[2].split()
        if source[0] != SOURCE_PRIORITY["site_name"] or source == best:
            continue
        for k in range(2, len(full) + 1):
            rest = full[k:]
            if issuer.abbreviates(words[0], " ".join(full[:k])) and words[1:1 + len(rest)] == rest \
                    and len(words) > 1 + len(rest):
                return source
    return best


TERRITORY_OF = re.compile(r"^(?:the\s+)?(?P<word>[A-Za-z]+)\s+of\s+(?P<place>[A-Z].*)$")
PLACE_GOVERNMENT = re.compile(r"^(?:the\s+)?(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+Government$")


def _government_of_territory(best: tuple[int, int, str],
                             sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The government a page names for the territory its best source names ("Province of Manitoba" in the copyright
    line, "Government of Manitoba" on the masthead): a province or state is a place, its government the publisher."""
    m = TERRITORY_OF.match(best[2].strip())
    inverted = PLACE_GOVERNMENT.match(best[2].strip())  # "Manitoba Government" over "© Government of Manitoba"
    if inverted:
        wanted = _fold(inverted.group("place"))
    elif m is None or m.group("word").lower() not in language.lexicon("territory_words"):
        return best
    else:
        wanted = _fold(m.group("place"))
    for source in sources:
        other = TERRITORY_OF.match(source[2].strip())
        if other and other.group("word").lower() == "government" and _fold(other.group("place")) == wanted:
            return source
    return best


UNIT_NAME = re.compile(r"^(?:(?:the|national|federal)\s+)?(?P<head>\w+)\s+(?:of|for|on|de|del|da|do)\s+[A-Z]", re.I)


def _masthead_over_source_unit(best: tuple[int, int, str],
                               sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The institution on the masthead, not the unit a "Source:" line names ("Source: National Center for
    Immunization and Respiratory Diseases" under "Centers for Disease Control and Prevention"): the unit wrote the
    page inside the body that publishes it."""
    if best[0] != SOURCE_PRIORITY["source_line"] or not _unit_name(best[2]):
        return best
    return next((source for source in sorted(sources) if source[0] == SOURCE_PRIORITY["site_name"]
                 and issuer.is_institution(source[2]) and not _unit_name(source[2])), best)


def _body_before_its_units(name: str) -> str:
    """The body a release line names before its units, largest first ("Japan Tourism Agency, Tourism Strategy
    Division, Tourism Statistics Office"): the body issues the release, its units only wrote it."""
    parts = [part.strip() for part in name.split(",")]
    if len(parts) < 2 or not issuer.is_institution(parts[0]):
        return name
    heads = language.lexicon("unit_heads") | language.lexicon("sub_unit_heads")
    if all(part.split() and part.split()[-1].lower() in heads for part in parts[1:]):
        return parts[0]
    return name


def _unit_name(name: str) -> bool:
    """"National Center for ...", "Division of ...": a unit's name (lexicon ``unit_heads``)."""
    m = UNIT_NAME.match(name.strip())
    return m is not None and m.group("head").lower() in language.lexicon("unit_heads")


def _diplomatic_post(name: str) -> bool:
    """"Permanent Mission of ... to ...", "Delegation of ... to ...", "Embassy of ... in ...": a post abroad."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in language.lexicon("diplomatic_posts") and "of" in words


def _parent_body(name: str) -> bool:
    """"Ministry of ...", "U.S. Department of the Interior": a parent's first word, after a country's code."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in language.lexicon("country_qualifiers"):
        words = words[1:]
    return bool(words) and words[0].lower() in language.lexicon("parent_bodies")


def _owned_masthead(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                   lines: list[_Line]) -> tuple[int, int, str]:
    """The masthead, not the company that owns it: "Pacific Coast Daily" over a copyright line's "Pacific Coast
    Media Group" (the same first word, a corporate last word), or a masthead line no rule read as a site name that
    the company's name opens with ("Courtside" for "Courtside Media", "Highland & Islands Herald" for "Highland &
    Islands Media Ltd")."""
    # "Leinster Herald Media Ltd", "Karoo Media (Pty) Ltd": the company's word before its legal form
    words = issuer.without_legal_form(best[2]).split()
    if best[0] != SOURCE_PRIORITY["copyright"] or len(words) < 2 \
            or words[-1].lower().rstrip(",") not in language.lexicon("corporate_words"):
        return best
    # ("THE HIGHLAND POST" over "© Highland Media Group Ltd": its article and letter case aside)
    masthead = next((source for source in sources if source[0] == SOURCE_PRIORITY["site_name"]
                     and _first_name_word(source[2]) == words[0].casefold() and source[2] != best[2]), None)
    if masthead is None and issuer.is_outlet(best[2]):
        # "Times of Malta" on the masthead, "© Allied Newspapers Ltd": a newspaper company's title, by its own name
        masthead = next((source for source in sources if source[0] == SOURCE_PRIORITY["site_name"]
                         and issuer.is_outlet(source[2]) and source[2] != best[2]), None)
    return masthead or _masthead_line_of(" ".join(words[:-1]), lines) or best



def _first_name_word(name: str) -> str:
    """A name's first word after a leading article, in any case ("THE HIGHLAND POST" -> "highland")."""
    words = name.split()
    words = words[1:] if len(words) > 1 and words[0].casefold() == "the" else words
    return words[0].casefold() if words else ""


MASTHEAD_ZONE_LINES = 8  # the top of a scraped page, where its masthead stands among banners and menus
MAX_MASTHEAD_NAME_WORDS = 6
MASTHEAD_DROPS = (None, "header")  # a masthead line is body text or the header above the headline, not a menu


def _masthead_line_of(stem: str, lines: list[_Line]) -> tuple[int, int, str] | None:
    """The top line that is the company's name without its corporate word ("Courtside"), or that name and a
    title-case word or two more ("Highland & Islands Herald"), not a menu's or banner's: the masthead the company
    publishes, else None."""
    for index, line in enumerate(lines[:MASTHEAD_ZONE_LINES]):
        text = " ".join(line.text.split())
        words = text.split()
        if line.drop not in MASTHEAD_DROPS:
            continue  # a menu or a banner
        if _the_name(text, stem) or (text.startswith(stem + " ") and len(words) <= MAX_MASTHEAD_NAME_WORDS
                            and all(word[:1].isupper() or word == "&" for word in words)):
            return (SOURCE_PRIORITY["site_name"], index, text)
    return None


DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


def _masthead_with_kind(name: str, sources: list[tuple[int, int, str]]) -> str:
    """The masthead's fuller name when it only adds what kind of body the chosen name is: "Agencia EFE" on the
    masthead for "EFE" in the copyright line, "Reuters News Agency" for "Reuters"."""
    kinds = issuer.institution_vocabulary() | language.lexicon("media_words")
    for priority, _, masthead in sources:
        words = masthead.split()
        if priority != SOURCE_PRIORITY["site_name"] or name not in words or len(words) == 1:
            continue
        if all(word == name or word.lower() in kinds for word in words):
            return masthead
    return name


def _owner_of_domain(name: str, lines: list[_Line]) -> str:
    """The owner a page's "official website of ..." line names when its site name is only the site's address
    ("Example.govt.nz" over "The official website of the New Zealand Government"): the address is no publisher."""
    if not DOMAIN_NAME.match(name):
        return name
    owners = (OFFICIAL_SITE.search(" ".join(line.text.split())) for line in lines)
    return next((m.group("org").strip() for m in owners if m), name)


def _the_name(text: str, stem: str) -> bool:
    """True when a masthead line is the company's name in any case, "The" before it or not ("THE KAROO LEDGER" for
    "Karoo Ledger Media")."""
    low = text.lower()
    return stem.lower() in (low, low.removeprefix("the "))


# "Zavod za statistiku Crne Gore - MONSTAT": a masthead line's name and acronym, set apart by a bar or a dash
MASTHEAD_PIECE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def _acronym_on_masthead(best: tuple[int, int, str], lines: list[_Line]) -> tuple[int, int, str]:
    """The name a masthead line prints beside the acronym a footer gives the publisher ("© MONSTAT" under "Zavod za
    statistiku Crne Gore - MONSTAT"): the acronym's body, in whatever language the acronym abbreviates it; an
    English name elsewhere on the masthead is then preferred to a native one."""
    short = best[2].strip()
    joined = short.replace(" ", "")  # "© 2028 MZVEZ SR": an acronym in two pieces, the state's own letters apart
    if not _capitals_word(joined) or " " in short and any(
            len(piece) > issuer.MAX_ACRONYM_LETTERS for piece in short.split()):
        return best  # ("THAI METEOROLOGICAL DEPARTMENT": a shouted name, not an acronym in pieces)
    for index, line in enumerate(lines[:MASTHEAD_LINES]):
        pieces = [piece.strip() for piece in MASTHEAD_PIECE_SEPARATOR.split(line.text)]
        if len(pieces) == 2 and short in pieces:
            other = pieces[1 - pieces.index(short)]
            if issuer.is_institution(other):
                return (best[0], best[1], other)
        spelled = _spelled_out_below(short, [below.text.strip() for below in lines[index:index + 3]])
        if spelled:
            return (best[0], best[1], spelled)
        if " " in short and issuer.shortens(joined, line.text.strip()):
            return (best[0], best[1], line.text.strip())  # the masthead's "Ministerstvo ... Slovenskej republiky"
    return best


def _capitals_word(text: str) -> bool:
    """"MONSTAT", "SERNAGEOMIN": one word in capitals, an acronym however long."""
    return " " not in text and text.isalpha() and text.isupper()


def _spelled_out_below(short: str, masthead: list[str]) -> str | None:
    """The name the lines under a masthead's acronym line spell out ("REVOSIMA" over "Réseau de surveillance
    volcanologique et sismologique de Mayotte"), or the English name printed right under that native one
    ("Volcanological and Seismological Monitoring Network of Mayotte"); None when the acronym does not stand alone
    on its line or the line below does not spell it."""
    if len(masthead) < 2 or masthead[0] != short or not issuer.shortens(short, masthead[1]):
        return None
    english = masthead[2] if len(masthead) > 2 else ""
    words = english.split()
    if issuer.is_native_name(masthead[1]) and len(words) >= issuer.MIN_NATIVE_NAME_WORDS \
            and language.names_only(words, issuer.ENGLISH_JOINERS) and not issuer.is_native_name(english):
        return english
    return masthead[1]


# "The National Geology and Mining Service (Sernageomin), through ...", "the Federal Economic Competition Commission
# (COFECE or Commission)": an English name, then the short name in brackets
_NAME_BEFORE_BRACKET_RE = r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|on))*)\s*\(\s*(?i:%s)\b"


def _english_definition(name: str, lines: list[_Line]) -> str | None:
    """The English name the body gives a publisher known by a short name ("© Sernageomin") or by its name in its own
    language under a short-name masthead ("COFECE" over "Comisión Federal de Competencia Económica"): the name the
    body writes the short name after, in brackets, when it is an institution's; else None."""
    shorts = [line.text.strip() for line in lines[:MASTHEAD_LINES] if _short_name(line.text.strip())]
    if _short_name(name):
        shorts.insert(0, name)
    elif not any(word.lower() in language.lexicon("native_institution_words") for word in name.split()):
        return None  # "Comisión Federal de ...": a name in the body's own language
    body = "\n".join(line.text for line in lines if line.drop is None)
    for short in shorts:
        m = re.search(_NAME_BEFORE_BRACKET_RE % re.escape(short), body)
        if m is None:
            continue
        run = re.sub(r"^(?i:the)\s+", "", m.group("name"))
        tail = re.split(r"\s+of\s+(?:the\s+)?", run)[-1]  # "Plenary of the Federal ... Commission": the body
        full = tail if len(tail.split()) >= MIN_SPELLED_WORDS and issuer.is_institution(tail) else run
        if issuer.is_institution(full) and not any(w.lower() in language.lexicon("native_institution_words")
                                                   for w in full.split()):
            return full
    return None


def _short_name(text: str) -> bool:
    """"Sernageomin", "COFECE": one word, capitalised, a body's short name."""
    return " " not in text and text.isalpha() and text[:1].isupper() and len(text) >= MIN_SHORT_NAME_LETTERS


MIN_SHORT_NAME_LETTERS = 3


def _piece_the_text_abbreviates(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                                lines: list[_Line]) -> tuple[int, int, str]:
    """Of the bodies one masthead line names ("UNAM | Instituto de Geofísica | Servicio Sismológico Nacional"), the
    one whose initials the text uses ("By 18:00 the SSN had located ...") issues the page."""
    if best[0] != SOURCE_PRIORITY["site_name"]:
        return best
    others = [source for source in sources if source[:2] == best[:2] and source[2] != best[2]]
    if not others:
        return best
    body = "\n".join(line.text for line in lines if line.drop is None)
    if _text_uses_initials(best[2], body, MIN_SHORT_NAME_LETTERS):
        return best
    return next((other for other in others if _text_uses_initials(other[2], body, MIN_SHORT_NAME_LETTERS)), best)


def _initials_of(name: str) -> set[str]:
    """The initials a body's name may go by, its connectors of two letters or more counted or not ("INDEC")."""
    with_connectors = "".join(w[0].upper() for w in name.split() if len(w) > 1 and w[0].isalpha())
    return {issuer.initials(name), with_connectors}


def _glossed_in_english(name: str, body: str, min_letters: int = 2) -> str | None:
    """The English name an English text gives a body whose masthead names it in its own language, with the
    initials of that own name after it: "The Central Reserve Bank of Peru (BCRP) today published ..." under
    "BANCO CENTRAL DE RESERVA DEL PERÚ"."""
    for acronym in _initials_of(name):
        if len(acronym) < min_letters:
            continue
        for m in re.finditer(rf"(?P<run>{_CAPITALISED_RUN_RE.pattern})[ \t]+\({re.escape(acronym)}\)", body):
            run = re.sub(r"^The\s+", "", m.group("run"))
            if len(run.split()) >= MIN_SPELLED_WORDS and issuer.is_institution(run) \
                    and not issuer.is_native_name(run) and not _foreign_word(run) and not _foreign_name(run):
                return run
    return None


def _writes_name(name: str, body: str) -> bool:
    """The text writes ``name`` itself, as a whole run of words."""
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", body) is not None


def _text_uses_initials(name: str, body: str, min_letters: int = 2) -> bool:
    """The text calls the body by its initials ("According to INE, ...", "the SSN had located ...", "Source: INDEC"
    for "Instituto Nacional de Estadística y Censos", whose connectors of two letters or more count)."""
    return any(len(acronym) >= min_letters and re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body)
               for acronym in _initials_of(name))


_CREDIT_SEPARATOR_RE = re.compile(r"\s*;\s*|\s*,\s+(?:and\s+)?|\s+and\s+")
_OWN_NAME_PRIORITIES = frozenset({SOURCE_PRIORITY["site_name"], SOURCE_PRIORITY["copyright"],
                                  SOURCE_PRIORITY["footer_name"]})


def _own_body_among_credited(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                             lines: list[_Line]) -> tuple[int, int, str]:
    """The site's own body when the "Source:" line taken for the publisher credits several ("Source: Te Aponga Uira;
    Cook Islands Statistics Office" under the statistics office's masthead): a data provider listed first is no
    publisher."""
    if best[0] != SOURCE_PRIORITY["source_line"] or not 0 <= best[1] < len(lines):
        return best
    credited = lines[best[1]].text.split(":", 1)[-1].strip(" .")
    pieces = {piece.strip(" .").lower() for piece in _CREDIT_SEPARATOR_RE.split(credited)}
    if len(pieces) < 2:
        return best
    own = [source for source in sources if source[0] in _OWN_NAME_PRIORITIES and source[2].lower() in pieces
           and source[2].lower() != best[2].lower()]
    return min(own, default=best)


def _english_name(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                  lines: list[_Line]) -> tuple[int, int, str]:
    """An institution's English name on the masthead ("Spanish Statistical Office") rather than its name in its own
    language ("Instituto Nacional de Estadística") on an English page, unless the text calls the institution by the
    acronym of its own name ("According to INE, ...")."""
    name = best[2]
    if issuer.is_acronym(name):  # "© KSH" for "Központi Statisztikai Hivatal", its English name on the masthead
        name = issuer.spelled_out(name, "\n".join(line.text for line in lines)) or name
    listed = _listed_english_name(name, sources, lines)
    if listed:  # "Naatsorsueqqissaartarfik | Grønlands Statistik | Statistics Greenland" on the masthead
        return (best[0], best[1], listed)
    if not issuer.is_native_name(name) and not _foreign_word(name) and not _foreign_name(name):
        return best
    body = "\n".join(line.text for line in lines if line.drop is None)
    glossed = _glossed_in_english(name, body)
    if glossed:
        return (best[0], best[1], glossed)
    beside = _english_beside(name, lines)
    if beside:  # "PEJABAT PERDANA MENTERI MALAYSIA · PRIME MINISTER'S OFFICE OF MALAYSIA" at the top of the page
        return (best[0], best[1], beside)
    english = [(p, i, re.sub(r"^The\s+", "", name)) for p, i, name in sources  # "The Public Health Agency of ..."
               if p in _NAMING_PLACES and issuer.is_institution(name) and not issuer.is_native_name(name)]
    # "When publishing Statistics Poland data, ..." under "GŁÓWNY URZĄD STATYSTYCZNY / Statistics Poland": the text
    # writes the English name, whatever initials it also uses ("Source: GUS")
    written = [source for source in english if _writes_name(source[2], body)]
    if written:
        return min(written)
    if _text_uses_initials(name, body):
        return best
    if not english and issuer.is_native_name(name):
        # the issuer's own lines cleaning sets apart name it too ("The General Secretariat of the Andean Community
        # informs the public of the following:", its name signing the text)
        own = "\n".join(line.text for line in lines if line.drop in _OWN_VOICE_DROPS)
        translated = _translated_in_body(name, body, own)
        return (best[0], best[1], translated) if translated else best
    return min(english, default=best)


def _english_beside(native: str, lines: list[_Line]) -> str | None:
    """The English institution's name a line at the top of the page prints beside the native one, both alone
    between separators ("PEJABAT PERDANA MENTERI MALAYSIA · PRIME MINISTER'S OFFICE OF MALAYSIA"), in the page's
    case."""
    page = "\n".join(line.text for line in lines)
    for line in lines[:MASTHEAD_LINES * 2]:
        pieces = [piece.strip() for piece in LABEL_PIECE_SEPARATOR.split(line.text)]
        native_pieces = [piece for piece in pieces if _spells_within(native, piece)]
        if len(pieces) < 2 or not native_pieces:
            continue
        english = [piece for piece in pieces if piece not in native_pieces and issuer.is_institution(piece)
                   and not issuer.is_native_name(piece)]
        if len(english) == 1:
            return issuer.recase(english[0], page)
    return None


def _spells_within(native: str, piece: str) -> bool:
    """The masthead's piece is the native name, or its longer form with the same first word and every word of the
    name in order ("BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" for "Bộ Ngoại giao Việt Nam")."""
    name, words = _fold(native).split(), iter(_fold(piece).split())
    return _fold(piece) == _fold(native) or (
        len(name) >= issuer.MIN_NATIVE_NAME_WORDS and _fold(piece).split()[:1] == name[:1]
        and all(word in words for word in name))



def _listed_english_name(name: str, sources: list[tuple[int, int, str]], lines: list[_Line]) -> str | None:
    """The English institution's name a masthead line lists beside a name that has no institution word in any
    language known here ("Naatsorsueqqissaartarfik | Grønlands Statistik | Statistics Greenland"): the same body in
    each of the site's languages."""
    if issuer.is_institution(name) and not issuer.joined_in_another_language(name):
        return None  # ("Centraal Bureau voor de Statistiek | Statistics Netherlands": "voor de" joins no English name)
    # in any case: "TILASTOKESKUS · STATISTIKCENTRALEN · STATISTICS FINLAND" over "Lähde: Tilastokeskus"
    rows = {i for _, i, _ in sources if 0 <= i < len(lines) and _fold(name) in _fold(lines[i].text)}
    english = [found for p, i, found in sources
               if i in rows and p in _NAMING_PLACES and found != name and issuer.is_institution(found)
               and not issuer.is_native_name(found) and not _apposed_institution(found.removeprefix(name))]
    return english[0] if len(set(english)) == 1 else None


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’\-]*)*")


_OWN_VOICE_DROPS = ("lead", "heading")  # lines the issuer writes that are no fact: its announcing lead, headings


def _translated_in_body(native: str, body: str, own: str = "") -> str | None:
    """The English name the body gives an institution whose masthead names it in its own language only: an English
    institution's name with the same proper name or a cognate of its institution word ("according to Statistics
    Austria" under "STATISTIK AUSTRIA", "The Bank of Spain estimates ..." under "Banco de España")."""
    # (a field's value, "Šaltinis: Valstybės duomenų agentūra" under a table, credits the source in any language)
    if re.search(rf"(?<![\w'’])(?<!:\s){re.escape(native)}(?![\w'’])", body, flags=re.I if native.isupper() else 0):
        return None  # "The Board of Directors of Banco de la República decided ...": the text uses the native name
        # (a masthead's "BANCO DE MÉXICO" too, that the text writes "Banco de México")
    words = native.split()
    vocabulary = issuer.institution_vocabulary()
    proper = {w.lower() for w in words if w.lower() not in vocabulary and w[:1].isupper()}
    prose = body + "\n" + own
    for m in _CAPITALISED_RUN_RE.finditer(prose):
        name = _own_unit(_before_title(re.sub(r"['’]s?$", "", re.sub(r"^The\s+", "", m.group()))))  # "...bank's"
        found = {w.lower() for w in name.split()}
        if name.lower() == native.lower() or not issuer.is_institution(name) or len(name.split()) < 2 \
                or not found.isdisjoint(language.lexicon("native_institution_words")):
            continue  # "Governing Board of Banco" (de México): the native name, cut short
        if (proper and proper <= found) or any(issuer.cognates(w, n) for w in found for n in words):
            listed = LISTED_PORTFOLIOS.match(prose[m.end():]) if ", " in native else None
            joined = name + listed.group() if listed else _joined_run(name, prose[m.end():], native)
            if joined is not None and not issuer.describes(joined, native):
                return joined
    return None


def _own_unit(run: str) -> str:
    """A run past "of the" keeps a secretariat's name ("General Secretariat of the Andean Community"), not an
    officer's or a governing body's ("President of the Central Reserve Bank", "Board of the ..."): the body after."""
    unit, joined, body = run.partition(" of the ")
    governing = unit.split()[-1].lower() in language.lexicon("governing_body_words") if unit else False
    if joined and (not issuer.is_institution(unit) or governing):
        return body
    return run


def _before_title(run: str) -> str:
    """A capitalised run cut where an official's title starts: "Statistics Austria Director General Tobias Thomas"
    -> "Statistics Austria"."""
    words = run.split()
    cut = next((k for k in range(MIN_SPELLED_WORDS, len(words)) if words[k].lower() in language.lexicon("role_heads")
                and issuer.is_institution(" ".join(words[:k]))), len(words))
    return " ".join(words[:cut])


# " and Geography": a last capitalised word joined by "and" to a name's run
JOINED_WORD = re.compile(r"^[ \t]+and[ \t]+(?P<word>[A-Z][\w'’\-]*)")


NAME_GOES_ON = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]")


def _joined_run(name: str, after: str, native: str) -> str | None:
    """The English name run on past "and" when the native name has as many capitalised words as the longer run
    ("National Institute of Statistics and Geography" for "Instituto Nacional de Estadística y Geografía"); None when
    the run goes on past the joined word as another body's name; else ``name``."""
    m = JOINED_WORD.match(after)
    if m is None:
        return name
    if NAME_GOES_ON.match(after, m.end()):
        return None  # "the Institute of Statistics and Registry of the Construction Industry": another body's name
    longer = f"{name} and {m.group('word')}"
    return longer if _capitalised(longer) == _capitalised(native) else name


def _capitalised(name: str) -> int:
    return sum(word[:1].isupper() for word in name.split())


# ", European Union and Cooperation": the rest of a ministry's name that lists its portfolios, as its own-language
# name does ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación")
LISTED_PORTFOLIOS = re.compile(r"^(?:,[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*)*,?[ \t]+and[ \t]+"
                               r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")


# where a page gives an institution's English name beside its own-language one: its masthead, its footer's name line
_NAMING_PLACES = (SOURCE_PRIORITY["site_name"], SOURCE_PRIORITY["footer_name"])


def _foreign_name(name: str) -> bool:
    """"Központi Statisztikai Hivatal": a name with letters outside English and no English institution word."""
    return any(c.isalpha() and not c.isascii() for c in name) and not issuer.is_institution(name)


def _foreign_word(name: str) -> bool:
    """"Folkhälsomyndigheten", "Veðurstofa": a one-word name with letters outside English, not an acronym: the
    body's name in its own language."""
    return " " not in name.strip() and not name.isupper() and any(c.isalpha() and not c.isascii() for c in name)


def _named_in_body(sources: list[tuple[int, int, str]], lines: list[_Line]) -> tuple[int, int, str]:
    """The most reliable source, unless the body never names it and names another one: "Statistisches Bundesamt"
    in the copyright line, "Federal Statistical Office" in the masthead and the text's lead."""
    best = min(sources)
    body = "\n".join(line.text for line in lines if line.drop is None)
    if _names_in_any_form(body, best[2]) or _on_masthead_too(best, sources):
        return best
    named = min((source for source in sources if _names(body, source[2])), default=None)
    if named is not None:
        return named
    # "Australian Government | Bureau of Meteorology" over "The Bureau has issued ...": the body's "the Bureau"
    return best if _calls(body, best[2]) else min((s for s in sources if _calls(body, s[2])), default=best)


_LEADING_INITIALS_RE = re.compile(r"^[A-Z]{2,5}\s+(?=[A-Z][a-z])")  # "FSM Department of ...", "UK Ministry of ..."


def _on_masthead_too(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> bool:
    """True when the masthead gives the same name as a line lower down (the copyright or footer line): a page that
    names itself at its head and its foot is that body's, whichever body its text is about ("Permanent Mission of
    Ghana ..." at both ends of a statement at the "Security Council")."""
    # ("© FSM Department of Foreign Affairs" under the masthead's "Department of Foreign Affairs": the state's initials
    # before the name)
    names = {_fold(best[2]), _fold(_LEADING_INITIALS_RE.sub("", best[2]))}
    return best[0] != SOURCE_PRIORITY["site_name"] and any(
        source[0] == SOURCE_PRIORITY["site_name"] and _fold(source[2]) in names for source in sources)


MIN_NAMED_INITIALS = 3  # "SBV" in the text names "STATE BANK OF VIETNAM"; two letters name too many bodies


def _names_in_any_form(body: str, name: str) -> bool:
    """True when ``body`` names ``name`` as written, in ordinary case when the masthead shouts it ("STATE BANK OF
    VIETNAM" and "the State Bank of Vietnam"), or by its initials ("the SBV")."""
    if _names(body, name) or (name.isupper() and _names(body.lower(), name.lower())):
        return True
    letters = issuer.initials(name)
    return len(letters) >= MIN_NAMED_INITIALS and len(name.split()) > 1 and _names(body, letters)


def _calls(body: str, name: str) -> bool:
    """True when ``body`` refers to ``name`` by its institution word: "the Bureau" for "Bureau of Meteorology"."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() in language.lexicon("institution_words")]
    return any(re.search(rf"\b[Tt]he {re.escape(w)}\b", body) for w in words)


def _names(body: str, name: str) -> bool:
    """True when ``body`` names ``name`` as whole words (a plain search: no pattern per name)."""
    name = " ".join(TRAILING_ACRONYM.sub("", name).split())
    start = body.find(name) if name else -1
    while start != -1:
        end = start + len(name)
        if (start == 0 or not body[start - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            return True
        start = body.find(name, start + 1)
    return False
