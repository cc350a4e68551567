"""The kind of document (``DocumentKind``) from its heading, cues and turns, and the cues that make a page an
institution's own release."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import issuer as names
from ..language import lexicon, lexicon_pairs, phrase_pattern
from ..models import DocumentKind
from ._shared import HEAD_LINES, _clean
from .model import Turn
from .page import SITE_LINES
from .people import _is_institution


def _outlet(source: str | None) -> bool:
    """A news outlet's name ("Global Wire Service"): its speech stories are reports, not speeches."""
    return names.is_outlet(source)  # "France-Presse", "Presse-Agentur"


def hinted_kind(hint) -> DocumentKind | None:
    """The kind a feed's ``kind`` field names: a kind's value, or a word the feed uses for one ("speech", "q&a",
    lexicon ``kind_names``); None for anything else, which is read as no hint at all."""
    if not isinstance(hint, str):
        return None
    word = " ".join(hint.strip().lower().replace("_", " ").replace("-", " ").split())
    own = {k.value.replace("_", " "): k.value for k in DocumentKind}
    value = own.get(word) or lexicon_pairs("kind_names").get(word)
    return DocumentKind(value) if value else None


def _kind(hint, head: str, title: str | None, turns: list[Turn]) -> DocumentKind:
    if hinted_kind(hint) is not None:
        return hinted_kind(hint)
    named = [t for t in turns if not t.silent and t.speaker is not None]
    if turns and named:
        return DocumentKind.TRANSCRIPT
    heading = title or head.lstrip().split("\n", 1)[0]
    if turns or _mentions(heading, "qa_cues"):
        return DocumentKind.QUESTIONS_ANSWERS
    for text in (heading, head):
        if _opener(text, "readout_openers"):
            return DocumentKind.READOUT
        # a statement opener on another line than a meeting heading is another page's title ("See also: Interview
        # of the President ..." under a call's readout)
        if _opener(text, "statement_openers") and not (text is head and _meeting_heading(heading)):
            return DocumentKind.STATEMENT
    if _opener(heading, "statement_topics"):  # "Statement on ...": no speaker named, the issuing body's release
        return DocumentKind.RELEASE
    if _mentions(_without_menus(head), "release_cues") or _issuer(head) or _periodic_report(heading) \
            or _numbered_kicker(_without_menus(head)):
        # a release about a meeting or call tells what happened there: a readout
        meeting = _meeting_heading(heading) or _MEETING_LEAD_RE.search(head) is not None
        return DocumentKind.READOUT if meeting else DocumentKind.RELEASE
    return DocumentKind.NEWS


# "At its plenary session on Thursday 21 May, the Government submitted ...": a release whose lead tells what a
# government or council did at its sitting, narrated as a readout
_MEETING_LEAD_RE = re.compile(r"(?m)^(?:At|During|In)\s+(?:its|their|the|today's|this\s+week's)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:session|meeting|sitting)\b[^.\n]{0,60},\s+the\s+(?:Government|Cabinet|Council)\b"
                              # "The National Executive Council met in Port Moresby on Wednesday ...", "The Committee of
                              # Ministers met on Tuesday ...": its sitting told
                              r"|^The\s+(?:[A-Z][\w-]*\s+){0,3}(?:Council|Cabinet|Government|Committee(?:\s+of\s+"
                              r"Ministers)?)\s+met\s+(?:in|on|at|today)\b")


# "Foreign Minister Tsahkna met Portuguese Foreign Minister Rangel", "President meets Kenyan counterpart", "Governor
# receives IMF mission", "Minister visits Avannaata": a heading in which one party meets or visits another, named or
# titled by a capitalised word
_MET_RE = re.compile(r"\b(?-i:met|meets|receives|received|visits|visited|hosts|hosted)\s+(?:the\s+|his\s+|her\s+)?"
                     r"(?:(?-i:[A-Z])\w+"
                     # "President ... received a delegation of Norwegian investors": a party named by what it is
                     r"|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:delegation|group|mission)\b)")


# "Minister of Defence visits frigate yard in Glasgow with UK Defence Secretary": a visit made together with another
# party, named or titled by a capitalised word
_VISIT_WITH_RE = re.compile(r"\b(?-i:visits|visited|tours|toured)\s+[^.:;]{1,80}?\s(?:together\s+)?with\s+"
                            r"(?:the\s+|his\s+|her\s+)?(?-i:[A-Z])\w+")


_MET_VERBS = frozenset("met meets receives received visits visited hosts hosted the his her a an".split())


def _meeting_verbs_lowered(heading: str) -> str:
    """A shouted heading with its meeting verbs and articles in lower case and its other words capitalised, as
    ``_MET_RE`` reads a heading."""
    return " ".join(w.lower() if w.lower() in _MET_VERBS else w.capitalize() for w in heading.split())


# "Japan-Philippines Foreign Ministers' Working Meeting", "Korea–EU Summit": two parties joined by a dash open the
# heading, and a meeting noun (lexicon ``meeting_nouns``) ends it
_PAIRED_PARTIES_RE = re.compile(r"^(?-i:[A-Z])[\w.]+(?:\s(?-i:[A-Z])[\w.]+)?[-–](?-i:[A-Z])[\w.]+\b")


# "Mayor Kuusela and Mayor of Tallinn Liis Kask discussed sea traffic", "President and Ethiopian Prime Minister agree
# to double power trade": two parties who discussed or agreed together
_PARTIES_DISCUSSED_RE = re.compile(r"^(?-i:[A-Z])[^.:;]{2,80}?\s(?:and|with)\s(?-i:[A-Z])[^.:;]{1,80}?\s"
                                   r"(?:discussed|discuss|discusses|talked|talk|talks|confer|conferred"
                                   r"|agree|agreed|agrees)\b")


# "PRIME MINISTER X AND PRIME MINISTER Y HOLD INAUGURAL ... LEADERS' SUMMIT IN HONIARA": two parties who hold a
# summit, talks or a meeting together, in any case
_PARTIES_HOLD_RE = re.compile(r"^\S[^.:;]{2,80}?\s(?:and|with)\s\S[^.:;]{1,80}?\s(?:hold|holds|held)\s"
                              r"(?:[^.:;]{0,60}?\s)?(?:summit|talks|meeting|consultations|dialogue)\b", re.I)


def _meeting_heading(heading: str) -> bool:
    """A release heading that tells of a meeting or a call (lexicon ``meeting_cues``, "<party> met <party>",
    "<party>-<party> ... Meeting", "<party> and <party> discussed ...", "Meeting of <party> with <party>") or a
    joint press release of the parties that met."""
    if heading.isupper() and _MET_RE.search(_meeting_verbs_lowered(heading)):
        return True  # "HEALTH MINISTER MEETS GAVI DELEGATION ON ...": a shouted heading
    return _mentions(heading, "meeting_cues") or _MET_RE.search(heading) is not None or _paired_meeting(heading) \
        or _VISIT_WITH_RE.search(heading) is not None \
        or _PARTIES_DISCUSSED_RE.match(heading.strip()) is not None or _MEETING_OF_RE.match(heading.strip()) \
        is not None or _JOINT_RELEASE_RE.match(heading.strip()) is not None \
        or _PARTIES_HOLD_RE.match(heading.strip()) is not None


# "Meeting of the President of Romania, Mr ..., with the President of ...": a meeting of one party with another
_MEETING_OF_RE = re.compile(r"^(?:(?:bilateral|official|working)\s+)?(?:meeting|talks|visit|conversation)\s+of\s+"
                            r"[^\n]{3,200}?\swith\s", re.I)
# "Joint press release of the Ministry of Energy of ... and the Ministry of ...": two bodies narrate what they did
_JOINT_RELEASE_RE = re.compile(r"^joint\s+(?:press\s+|news\s+|media\s+)?release\b", re.I)


def _paired_meeting(heading: str) -> bool:
    """"Japan-Philippines Foreign Ministers' Working Meeting", or "Korea-Chile summit: leaders agree on ...": two
    parties joined by a dash, and a meeting noun ending the heading or the part before its colon."""
    lead = heading.split(":", 1)[0]
    ends = [part.strip().rstrip(".").split()[-1:] for part in (heading, lead) if part.strip()]
    return _PAIRED_PARTIES_RE.match(heading.strip()) is not None \
        and any(words and words[0].lower() in lexicon("meeting_nouns") for words in ends)


MIN_MENU_ITEMS = 4  # "Home | News | Press releases | Statements | Sport": a site's menu, not the page's own section
_MENU_SPLIT_RE = re.compile(r"\s+\|\s+|\s{3,}")


def _without_menus(head: str) -> str:
    """``head`` with each menu line ("Home | News | Press releases | Speeches | Sport") cut to its last item: the
    sections a site's menu lists say nothing of the page, though a breadcrumb's last item ("Home | Media | Press
    releases") is the page's own section."""
    lines = []
    for line in head.split("\n"):
        items = [item for item in _MENU_SPLIT_RE.split(line.strip()) if item]
        lines.append(items[-1] if len(items) >= MIN_MENU_ITEMS else line)
    return "\n".join(lines)


MAX_REPORT_TOPIC_WORDS = 4
# "Quarterly earthquake summary: July to September 2024", "Weekly influenza update": a body's periodic report.
_PERIODIC_REPORT_RE = re.compile(
    r"^(?:(?:weekly|fortnightly|monthly|quarterly|annual|seasonal)\s+(?:[\w-]+\s+){0,%d}"
    r"(?:summary|report|update|bulletin|review|outlook|statement)s?)\b(?:\s*[:—–-]|\s*$)" % MAX_REPORT_TOPIC_WORDS,
    re.IGNORECASE)


def _periodic_report(heading: str) -> bool:
    """A heading that names a periodic report ("Quarterly earthquake summary: July to September", "Monthly
    climate bulletin"): a body's own publication, in its own voice (a news headline tells what happened)."""
    return bool(_PERIODIC_REPORT_RE.match(heading.strip())) or _NUMBERED_PRODUCT_RE.search(heading) is not None


# "VIGILANCE BULLETIN No. 2 – HEAVY RAIN", "Tropical Cyclone Advisory Number 14": a numbered issue of a body's product
_NUMBERED_PRODUCT_RE = re.compile(r"\b(?:bulletin|advisory|warning|update|situation\s+report|communiqu[ée])\s+"
                                  r"(?:no\.?|n[°º]|number|#)\s*\d", re.I)


MAX_KICKER_WORDS = 6
# "SPECIAL BULLETIN No. 2026-02", "Flood Warning Number 4" on a line of its own: the product's issue over its title
_NUMBERED_KICKER_RE = re.compile(r"^(?:[\w-]+\s+){0,2}?" + _NUMBERED_PRODUCT_RE.pattern + r"[\w./-]*\s*$", re.I)
# "Bulletin n°14 du lundi 14 février 2033 à 10h00", "Tropical Cyclone Bulletin No. 12 issued at 11:00 PM": a line
# that opens with the numbered issue and goes on to say when it was issued
_NUMBERED_ISSUE_LINE_RE = re.compile(r"^(?:[\w-]+\s+){0,2}?" + _NUMBERED_PRODUCT_RE.pattern + r"[\w./-]*,?\s+"
                                     r"(?:du|of|issued|dated|de|del|vom|from|for)\s", re.I)


def _numbered_kicker(head: str) -> bool:
    """A line of the page's head that names a numbered issue of a body's product and nothing more ("SPECIAL
    BULLETIN No. 2026-02" over "Earthquake swarm east of ...: numbered updates"), or that goes on to say when the
    issue was made ("Bulletin n°14 du lundi 14 février 2033 à 10h00"): the body's own publication."""
    return any(len(line.split()) <= MAX_KICKER_WORDS and _NUMBERED_KICKER_RE.match(line.strip())
               or _NUMBERED_ISSUE_LINE_RE.match(line.strip()) for line in head.split("\n"))


def _mentions(text: str, name: str) -> bool:
    """True when ``text`` contains an entry of lexicon ``name`` as whole words (substrings are checked first)."""
    low = text.lower()
    return any(entry in low for entry in lexicon(name)) and bool(phrase_pattern(name).search(text))


@lru_cache(maxsize=None)
def _first_words(name: str) -> frozenset[str]:
    return frozenset(entry.split()[0] for entry in lexicon(name))


_TOPIC_PREFIX_RE = re.compile(r"^[A-Z][^:\n]{0,%d}:\s+" % 40)  # "Georgia: Statement by ..."


# "Text of the speech of ...", "Full text of the address by ...": the opener follows
_TEXT_OF_PREFIX_RE = re.compile(r"^(?:(?:the|full)\s+)*text\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _without_topic(line: str) -> str:
    """A heading line without a short "Topic:" prefix or a "Text of the" before its opener."""
    return _TEXT_OF_PREFIX_RE.sub("", _TOPIC_PREFIX_RE.sub("", line.strip(), count=1), count=1)


def _opener(text: str, name: str) -> re.Match | None:
    """A heading opener ("Statement by", "Readout of") at the start of one of the lines of ``text`` (after a
    short "Topic:" prefix)."""
    firsts = _first_words(name)
    for raw in text.split("\n"):
        line = _without_topic(raw)
        if line[:line.find(" ")].lower() in firsts:
            m = phrase_pattern(name).match(line)
            if m:
                return m
        # "JOINT STATEMENT: Highland communities ...": a label that is only the kind, before the colon
        labelled = phrase_pattern(name).match(raw.strip())
        if labelled and re.match(r"\s*:", raw.strip()[labelled.end():]):
            return labelled
    return None


@lru_cache(maxsize=1)
def _issuer_re() -> re.Pattern:
    verbs = "|".join(sorted(lexicon("issue_verbs"), key=len, reverse=True))
    return re.compile(rf"\s*(?P<org>(?:[A-Z][\w.'’&\-]*\s+(?:(?:of|for|and|the)\s+)*){{1,7}}?)(?:{verbs})\b")


_SPACED_MENU_RE = re.compile(r"\S {3,}\S.* {3,}\S")  # items set apart by runs of spaces


def _issuer(head: str) -> str | None:
    """"Federal Reserve issues FOMC statement" -> "Federal Reserve": an institution as the subject of a
    heading line."""
    for line in head.split("\n"):
        if _SPACED_MENU_RE.search(line):
            continue  # "Statistics   Press releases   Publications": a menu's items, no heading
        m = _issuer_re().match(line)
        if m and _is_institution(m.group("org")):
            return re.sub(r"^The\s+", "", m.group("org").strip())  # "The Nordland Geological Survey reports
    return None


_BODY_NOUNS = r"(?i:office|agency|bureau|institute|authority|service|ministry|department|bank|commission|centre|center)"


def _defined_site(page_lines: list[str], text: str) -> str | None:
    """A site name the page's first lines give and its text defines as an institution in an appositive
    ("Eurostat" above the title, "Eurostat, the statistical office of the European Union" in the lead)."""
    for line in page_lines[:SITE_LINES]:
        name = line.strip()
        if not re.fullmatch(r"[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}", name):
            continue
        if re.search(rf"(?<![\w]){re.escape(name)},\s+the\s+(?:[\w-]+\s+){{0,4}}{_BODY_NOUNS}\b", text):
            return name
    return None


_ISSUED_LINE_RE = re.compile(
    # ("Imetolewa / Issued: Alhamisi, 20 Aprili 2028": the field in two languages, a weekday in the first)
    r"^(?:[^\W\d]{2,20}\s*/\s*)?(?:date\s+)?issued(?:\s+(?:on|at))?\s*:?\s*(?:[^\W\d]{3,12},\s*)?"
    r"(?:\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)
MAX_ISSUED_LINE_WORDS = 10  # "Issued at 4.00 p.m. on Wednesday, 27th May 2026"


def _is_issued_line(line: str) -> bool:
    """"Issued: 4 November 2024", "Issued 14 August 2024 at 3:10 pm": a line that only dates a bulletin's issue,
    as a body's statements, warnings and summaries carry it (a news story is "published" or "updated")."""
    line = re.split(r" [|·] ", line)[0]  # "Issued: 2:15 PM AWST, Saturday 17 January 2026 | Next update by: 4:15 PM"
    return len(line.split()) <= MAX_ISSUED_LINE_WORDS and bool(_ISSUED_LINE_RE.match(line))


def _staff_byline(page_lines: list[str], byline: str | None, source: str | None) -> bool:
    """True when the page's byline gives its writer's unit of the publishing body ("By Dana Whitfield, NASA's
    Kennedy Space Center" on NASA's page): a staff writer, not a reporter."""
    byline, source = _clean(byline), _clean(source)
    if not byline or not source:
        return False
    pattern = re.compile(rf"^(?:(?:Written|Posted)\s+)?[Bb]y:?\s+{re.escape(byline)}\s*(?:,\s*(?P<unit>.+))?$")
    owner = re.compile(rf"(?<![\w]){re.escape(source)}(?![\w])")
    for line in page_lines[:HEAD_LINES * 2]:
        m = pattern.match(line)
        if m and not m.group("unit"):
            # "Posted by Jane Holm" on the weather bureau's page: a post on the body's own site; "By Jane Holm" on
            # a public agency's (lexicon public_agency_words), a feature its staff writes
            return names.is_institution(source) and line[0].isupper() and (
                not line.startswith("By") or _public_agency(source))
        if m and owner.search(m.group("unit")) and names.is_institution(m.group("unit")):
            return True
        if m and names.is_institution(source) and _staff_job(m.group("unit")):
            return True  # "By Jane Holm, Senior Climatologist" on the weather bureau's page
    return False


def _public_agency(name: str) -> bool:
    """A public agency's name ("European Space Agency"), not a university's, an institute's or a centre's."""
    return not {w.lower().strip(".,") for w in name.split()}.isdisjoint(lexicon("public_agency_words"))


def _staff_job(words: str) -> bool:
    """A job on a body's staff after a byline's name ("Senior Climatologist", "Science Writer")."""
    tokens = [w.lower() for w in words.split()]
    return bool(tokens) and (tokens[-1] in lexicon("byline_jobs") or tokens[-1] in lexicon("byline_roles"))


def _issued_page(source: str | None, byline: str | None) -> bool:
    """A page an institution publishes without a reporter's byline (a weather service's season summary, a
    climate bulletin) is its release: its unattributed statements are the institution's."""
    return not _clean(byline) and names.is_institution(_clean(source)) and not _outlet(source)
