"""Site chrome recognised line by line (navigation, prompts, widgets, banners, credits, captions, contact
lines, menus in a foreign script), the promotion after a paywall, "more headlines" headings and donation appeals.

The vocabulary lives in ``lexicons/chrome_*.txt``, ``ui_words.txt`` and ``cta_verbs.txt``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .. import issuer, language
from ._shared import (
    CONNECTORS, MAX_CAPTION_WORDS, MAX_MENU_ITEM_WORDS, MENU_SEPARATOR, MIN_MENU_ITEMS, SENTENCE_END, SOURCE_PRIORITY,
    _Line, _ends_sentence, _fold, _is_prose, _is_short, _word_count,
)
from .bylines import _is_publisher_name
from .dates import OWN_URL_LINE, _find_dates
from .sources import (
    BREADCRUMB, CONTACT_PROMPT, COPYRIGHT, EMAIL_ADDRESS, MAX_CONTACT_LINE_WORDS, MAX_PHONE_LINE_WORDS, PHONE_CUE,
    _collect_chrome_source,
)


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# --- Line-level chrome ------------------------------------------------------------------

# Navigation, prompts, widgets and banners are vocabulary: lexicons/chrome_*.txt (see _line_pattern).
# A reading-time badge ("3 min read") is a shape, not a phrase.
READING_TIME = re.compile(r"^\d+\s*min(?:ute)?s?\.?\s*read$")
# A free-trial offer: "30 days free", "Try fourteen days free" (not "two days free of charge").
FREE_OFFER = re.compile(r"^(?:(?:try|get|enjoy|start)\s+)?[\w-]+\s+days?\s+free\b(?!\s+of\b)")
# Banners, cookie notices and disclaimers run to full sentences, but not to a long paragraph.
MAX_BANNER_WORDS = 60
# A line made only of interface words (and numbers) is chrome up to this length ("Comments 12", "Share it on").
MAX_UI_ONLY_WORDS = 6
# A line that addresses the reader and uses this many interface words is a prompt ("Share your feedback!").
MIN_PROMPT_UI_WORDS = 2
READER_WORDS = frozenset({"you", "your", "yours", "you're", "you've", "you'll", "yourself"})
QUOTE_MARK = re.compile("[\"“”«»]")
# A transcript turn ("QUESTION: Can you read out ...", "MS. LEE: You saw the website ...") speaks to the room,
# not to the reader.
SPEAKER_TURN = re.compile(r"^(?:[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3}|Q|A):\s"
                          # a verbatim report's "Mette Lind, Member of the Commission. – Madam President, ..."
                          r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s+[A-Z][^.–—\n]{1,80})?\.\s+[–—]\s")
# A line is in a foreign script when this share of its letters is not in the page's main script ...
FOREIGN_SCRIPT_SHARE = 0.6
# ... and the page has a main script: this share of all its letters (of its prose's, where it has this many).
MAIN_SCRIPT_SHARE = 0.8
MIN_PROSE_SCRIPT_LETTERS = 400

# Sign-offs and editorial notes: true, but never a claim about the story.
SIGNOFFS = _compile([
    r"^(?:this|the) (?:story|article|report|page|post) (?:is being|has been|was|will be) updated\b",
    r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?\)?$",
    r"^\(?(?:additional )?reporting by\b",
    r"^\(?(?:writing|editing|edited|compiled|written) by\b",
    r"^(?:read|see|watch) (?:more|also)\b",
])

# "Niš 7°C ☁ | Sreda, 19. februar", "Lagos 31°C": a header's weather widget, a place and its temperature, then a
# symbol, other fields after a bar, or nothing
# "Waktu Indonesia Barat  07:15:22 WIB": a running clock, its seconds and its time zone
CLOCK_WIDGET = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,4}\d{1,2}:\d{2}:\d{2}\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2})?\s*$")
WEATHER_WIDGET = re.compile(r"^[A-Z][\w.'’\- ]{1,30}?\s[-−]?\d{1,2}\s?°\s?[CF]?(?:\s*[^\w\s|]{1,3})?\s*(?:\||$)")

# Inline "related article" links glued to their headline ("RelatedSome headline", "Related: ...").
# "Related releases: ...", "Related stories: ... | ...": a list of other posts under its label
RELATED_LIST = re.compile(r"^\W*(?i:related|more|other|see also)\s+(?i:releases|stories|articles|news|links|content"
                          r"|publications|reading|items|posts|coverage|pages|speeches|statements)\s*:\s*\S"
                          r"|^\W*(?i:more\s+on\s+this\s+(?:story|topic|subject))\s*:\s*\S"
                          r"|^\W*(?i:more\s+from)\s+[^:]{1,40}:\s*\S.*[|·]"  # "More from Court: <headline> | ..."
                          r"|^\W*(?i:otr[oa]s|outr[oa]s|autres)\s+[^\W\d]+\s*:\s*\S"  # "Otros discursos: ..."
                          # "Discursos relacionados: ...", "Articles connexes : ...", "À lire aussi : ..."
                          r"|^\W*[^\W\d]+\s+(?i:relacionad[oa]s|connexes|liés|correlat[ei])\s*:\s*\S"
                          r"|^\W*(?i:à\s+lire\s+aussi|lire\s+aussi|leia\s+também|lea\s+también|ver\s+también)\s*:\s*\S")
MIN_FILE_LINKS = 2
RELATED_LINK = re.compile(r"^Related(?:[A-Z\"'‘“]|\s*[:|–—-]\s*\S|\s+[A-Z][^.!?]*$)")
# Links to files, however long the line: "Downloads: Energy balance 2025, full tables (XLSX, 96 kB) · Methodological
# note (PDF, 210 kB)", "[Download PDF in English]"
FILE_MARK = re.compile(r"\((?:PDF|XLSX?|CSV|DOCX?|ZIP|ODS|PPTX?)(?:,\s*[\d.,]+\s*[kKMG]i?B)?\)")
DOWNLOADS_LABEL = re.compile(r"^\W*(?i:downloads?|files?|attachments?|documents?)\s*:")
# "[Graphique 1] Chart 1 – Final energy consumption by product, 2015–2025 (GWh)": a chart's caption, its label in the
# site's language in brackets before it
CHART_CAPTION = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?(?i:chart|figure|graph|map)\s+\d{1,2}[a-z]?\s*[:–—-]\s+[^.!?]*$"
                           # "[Figure 1] Domestic exports, re-exports and imports, 2017–2026 ($ million)"
                           r"|^\[(?i:chart|figure|graph|map|graphique|gráfico|figura)\s+\d{1,2}[a-z]?\]\s+[^.!?]*$")
# The links to the neighbouring posts on one line, however long their headlines ("Previous: <headline> | Next:
# <headline>", "« Previous post: ... | Next post: ... »")
NEIGHBOUR_LINKS = re.compile(r"^\W*(?i:previous|prev|older)(?:\s+(?i:post|article|story|news))?\s*[:»«]\s*\S.*"
                             r"\|\s*(?i:next|newer)(?:\s+(?i:post|article|story|news))?\s*[:»«]\s*\S")

# Photo credits, file-download links and image ids: they sit under or beside a photo.
CREDIT_LINE = _compile([
    r"^(?:photo|photograph|image|picture|video|graphic|illustration|credit|photo credit|image credit"
    r"|image source|source image|courtesy|caption)s?(?: by)?\s*[:：]",
    r"^(?:photo|image|picture|credit|courtesy)s? by\s+\S",
    r"^download\b.*(?:full size|high[- ]?res|\(\s*\d+(?:\.\d+)?\s*[kmg]b\s*\))",
    r"\(\s*\d+(?:\.\d+)?\s*[kmg]b\s*\)$",
    r"^(?:file )?photo$",
])

# "Video: Address to Nova Scotians on wildfire recovery": a video page's headline, not a credit ("Video: Reuters").
VIDEO_PREFIX = re.compile(r"^video\s*[:：]\s*", re.I)
MIN_VIDEO_HEADLINE_WORDS = 4
MIN_VIDEO_HEADLINE_LOWER = 2  # lower-case words (connectors aside) that a credit's name never has


def _video_headline(text: str) -> bool:
    """"Video: <words of a headline>": a headline of several words, some lower-case, after a "Video:" label."""
    m = VIDEO_PREFIX.match(text)
    if m is None:
        return False
    words = text[m.end():].split()
    lower = [w for w in words if w[:1].islower() and w not in CONNECTORS]
    return len(words) >= MIN_VIDEO_HEADLINE_WORDS and len(lower) >= MIN_VIDEO_HEADLINE_LOWER


# A caption that carries its own credit at the end: "... / Photo: AP", "... (AP Photo/J. Doe)".
CAPTION_CREDIT_SUFFIX = re.compile(
    r"\S.*(?:"
    r"\s[/|]\s*(?:(?i:photo|image|picture|file)s?\s*(?:(?i:by)\s+|:\s*))?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}"
    r"|\((?:[^()]*\b(?i:photo|photograph|image|picture|file)s?\b[^()]*)\)"
    r"|\b(?i:photo|image|picture)s?\s*(?:(?i:by)|:)\s*[A-Z][^.!?]{0,60}"
    r")\s*$"
)

# Wording that only photo captions use: positions in the frame, kinds of shots.
CAPTION_MARKERS = _compile([
    r"^(?:image|media|video|photo|picture) caption\s*[,:]",
    r",\s(?:(?:far |second from |third from )?(?:left|right)|cent(?:er|re)|top|bottom|front|rear"
    r"|foreground|background),",
    r"\((?:(?:far |second from )?(?:left|right)|cent(?:er|re)|l|r|top|bottom|pictured|file)\)",
    r"^(?:an? )?(?:aerial|general) view of\b",
    r"^(?:an? |this )?(?:file|handout|undated) (?:photo|photograph|image|picture)\b",
    r"^in this (?:file |handout |undated )?(?:photo|photograph|image|picture|screen ?grab)\b",
])

# --- Block-level chrome -----------------------------------------------------------------

# Headings of "more headlines" lists; the heading and the run of headlines under it go.
LIST_HEADING = _compile([
    r"explore(?: more)?",
    r"(?:the )?latest(?: (?:news|stories|headlines|articles|videos|updates))?",
    r"related(?: [\w'-]+){0,2}",
    # the same in the languages of the sites' interfaces ("Noticias relacionadas:", "Articles connexes")
    r"(?:noticias|notícias|artículos|artigos|notas|publicaciones) relacionad[oa]s",
    r"(?:articles|actualités|contenus) (?:connexes|liés)", r"notizie correlate", r"ähnliche (?:artikel|beiträge)",
    r"gerelateerd(?: nieuws)?", r"articles similaires", r"(?:artículos|noticias|notícias) similares",
    # A reply form under its heading ("Leave a Reply"): its labels and prompts follow.
    r"(?:leave|post|add) a (?:reply|comment)",
    r"join the (?:conversation|discussion)",
    r"(?:popular|trending)(?: (?:now|today|stories|news|articles))?",
    r"(?:popular|trending) (?:on|in) .{1,40}",
    r"most (?:read|popular|viewed|shared|recent|commented)(?: (?:stories|articles|news))?",
    r"(?:our|editor'?s'?|editors') picks?",
    r"must[- ]reads?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"recommended(?: (?:for you|stories|articles|reading))?",
    r"(?:read|see) (?:also|next|more)",
    r"also read",
    r"more (?:stories|news|articles|headlines|videos)(?: (?:from|on|like this)(?: .{1,40})?)?",
    r"more (?:from|on|in) .{1,40}",
    r"further reading",
    r"in other news",
    # the issuer's other posts ("Other releases from the Ministry:", "Otros comunicados de la Secretaría General:")
    r"other (?:news|releases|press releases|statements|communiqu[eé]s|stories|articles|updates)"
    r"(?: (?:of|from|by) .{1,50})?",
    r"(?:otr[oa]s|outr[oa]s) (?:comunicados|noticias|notícias|notas|artículos|artigos)(?: (?:de|del|da|do) .{1,50})?",
    r"autres (?:communiqu[eé]s|actualit[eé]s|articles)(?: (?:de|du|des) .{1,50})?",
    r"top (?:stories|headlines|news)(?: (?:on|from) .{1,40}?)?(?: right now| today)?",
    r"what to read next",
    r"(?:around|from) the web",
    r"(?:sponsored|promoted|partner) (?:content|stories|links)",
    r"don't miss",
    # a newsletter's contents, and a calendar of events to come: other dates than the page's
    r"in this (?:issue|edition|newsletter)",
    r"(?:\d{1,2}[.)] )?(?:upcoming|forthcoming|future) (?:events|dates|releases|publications|meetings)",
    r"(?:\d{1,2}[.)] )?(?:events )?calendar",
    r"(?:\d{1,2}[.)] )?(?:coming up|what's on|diary dates)",
])
# "[NEW] More stories": a bracketed tag before the heading text.
BRACKET_TAG = re.compile(r"^\[[^\]]{1,20}\]\s*")

# Donation and subscription appeals: a heading or greeting ...
APPEAL_START = _compile([
    r"^an? (?:message|note|word) from .+?:?$",
    r"^dear (?:readers?|friends?|subscribers?|supporters?|visitors?|listeners?|viewers?)\s*[,:!—-]?$",
    r"^(?:before you go|we need your (?:help|support))\b",
])
# "A Message from The Example Times:" names the publisher asking for support.
APPEAL_PUBLISHER = re.compile(r"^an? (?:message|note|word) from (?P<org>.+?)\s*:?$", re.I)
# ... closed by buttons; everything in between is the appeal.
APPEAL_END = _compile([
    r"^(?:read|view) (?:the )?(?:entire|full|whole|rest of the) (?:article|story)\b",
    r"^continue(?: reading| to (?:the )?(?:article|site))?\.?$",
    r"^(?:remind me later|maybe later|not now|no,? thanks?|close|dismiss|skip)\.?$",
    r"^not ready to (?:support|donate|give|contribute)\b",
])
# what an appeal without buttons asks the reader for: money, support, a subscription
APPEAL_ASK = re.compile(r"\b(?:donat\w*|support\w*|subscri\w*|contribut\w*|gift|membership|become a member)\b", re.I)
# An appeal is short: its buttons (or, without buttons, its end) come within this many lines.
APPEAL_MAX_GAP = 12
APPEAL_BUTTON_GAP = 3
# "... Nature Communications (2024). DOI: 10.1038/...": a publication's reference, which a release prints after
# its text.
DOI_REFERENCE = re.compile(r"\bdoi(?::\s*|\.org/)10\.\d{4,9}/\S", re.I)
# "This message is in effect until Monday, March 17, 2025": the date a warning or outlook expires.
VALIDITY_LINE = re.compile(r"\b(?:in effect|valid|in force)\s+until\b", re.I)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


# --- Chrome classifiers -----------------------------------------------------------------


def _mark_chrome_lines(lines: list[_Line], sources: list) -> None:
    """Drop lines that are chrome on their own: navigation, prompts, widgets, banners, credits."""
    foreign = _foreign_script_lines(lines)
    other = _other_language_lines(lines)
    for index, line in enumerate(lines):
        text = line.text
        line.drop = (_chrome_kind(text, _fold(text)) or ("script" if index in foreign else None)
                     or ("language" if index in other else None)
                     or ("navigation" if line.spaced_menu else None)
                     or ("key-figure" if line.key_figure else None))  # a figure box restates the text's figures
        if line.drop and _word_count(text) <= MAX_BANNER_WORDS:
            _collect_chrome_source(text, index, sources)


def _copyright_after_notice(text: str) -> bool:
    """A copyright line after a notice in another script ("無断転載を禁じます。 © The Kansai Herald Co., Ltd."): no
    Latin letter before the sign; after the site's address ("www.bct.gov.tn · © 2033 BCT"); or after a rights notice
    in any language ("Hak Cipta Terpelihara © 2026 ...", lexicon ``rights_reserved``)."""
    sign = text.find("©")
    before = text[:sign].strip(" |·-–—")
    return sign > 0 and (not re.search(r"[A-Za-z]", before) or SITE_ADDRESS.fullmatch(before) is not None
                         or language.phrase_pattern("rights_reserved").fullmatch(before) is not None) \
        and COPYRIGHT.match(text[sign:]) is not None


SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", re.I)  # "www.bct.gov.tn" before "©"


def is_chrome_line(text: str) -> bool:
    """A line that is the page's furniture by itself (a menu, a widget, a pager, a file link, a banner, a licence),
    whatever surrounds it."""
    return _chrome_kind(text, _fold(text)) is not None


# "© 2026 PAN Newswire. For subscriber use only; no part of this story may be republished ...": a copyright line of
# any length that goes on with the terms of reuse
REUSE_TERMS = re.compile(r"\b(?:republish|reproduc|redistribut|subscriber\s+use|without\s+(?:the\s+)?(?:prior\s+)?"
                         r"written\s+(?:consent|permission))", re.I)


# A wire service's desk lines over a story: its slug ("BC-AFR--Lesotho-Textiles-Jobs, 2nd Ld-Writethru") and the
# editors' note ("Eds: UPDATES with company statement ..."), which tell subscribers what the version changes
WIRE_DESK_LINE = re.compile(r"^(?:BC-[A-Z]{2,5}-|[A-Z][\w-]+(?:-[A-Z][\w]*)+,\s+\d+(?:st|nd|rd|th)\s+Ld-Writethru\b"
                            r"|Eds:\s)"
                            # "** Refiles to fix spelling of county name in paragraph 6 **", "(Adds quote in paragraph
                            # 5)": the note on what a refiled version changes
                            r"|^[*(\[\s]*(?i:refiles?|repeats?|corrects?|updates?|adds|recasts|fixes|removes|inserts)\s"
                            r"[^.!?]{0,100}?\b(?i:paragraphs?|paras?|grafs?|headline|byline|dateline|typo|spelling|slug)\b"
                            r"[^.!?]{0,40}?[\s*)\]]*$")


# "Search the press releases ⌕", "Search this site…", "Buska den e sitio aki... [Buska]": a search box's prompt,
# ending with its glyph, an ellipsis or its button
# a search box: its word, then its field, ellipsis or button; in any language, a word its button repeats ("Cari di
# kemlu.go.id … [Cari]", "Buscar en La Moncloa [    ] [Buscar]")
SEARCH_BOX = re.compile(r"^\[?(?:search|buska|rechercher|buscar|suchen)\b[^!?]{0,60}?(?:⌕|🔍|🔎|\.\.\.|…|\])\s*$"
                        r"|^\[?(?P<word>[^\W\d_]{3,})\b[^!?\n]{0,60}?\[\s*(?P=word)\s*\]\s*$", re.I)


# An editor's or translator's note set alone on its line, wholly in brackets or parentheses
WHOLE_LINE_NOTE = re.compile(r"^\s*(?:\[[^\[\]]+\]|\([^()]+\))\s*$")
MIN_NOTE_WORDS = 4  # "[Applause]", "(Laughter)" are a transcript's markers, read as such elsewhere


# "Other recalls: <headline> · <headline> · <headline>", "Povezana saopštenja: ... · ...", "Habari zaidi: ... · ...":
# a short label in any language, then a row of headlines apart by middle dots or bars, none a sentence
_LABELLED_ROW_RE = re.compile(r"^\W*(?P<label>[^\W\d][^:·|\d]{1,40}):\s*(?P<items>\S.*)$")
_ROW_SEPARATOR_RE = re.compile(r"\s+[·|]\s+")
MAX_ROW_LABEL_WORDS = 3
MIN_ROW_ITEMS = 3
MAX_ROW_ITEM_WORDS = 14
MIN_HEADLINE_ITEM_WORDS = 3  # a headline, not a share button's or a menu's label


def _labelled_link_list(text: str) -> bool:
    """A row of links under a short label: at least three headlines apart by middle dots or bars, none ending as a
    sentence ends."""
    m = _LABELLED_ROW_RE.match(text.strip())
    if m is None or _word_count(m.group("label")) > MAX_ROW_LABEL_WORDS or _find_dates(text):
        return False  # ("Published: 12 May 2028 · Updated: ... · 4 min read": the page's metadata, read elsewhere)
    items = [item.strip() for item in _ROW_SEPARATOR_RE.split(m.group("items")) if item.strip()]
    return len(items) >= MIN_ROW_ITEMS and all(
        _word_count(item) <= MAX_ROW_ITEM_WORDS and not re.search(r"[.!?]$", item) for item in items) \
        and sum(_word_count(item) >= MIN_HEADLINE_ITEM_WORDS for item in items) >= MIN_ROW_ITEMS - 1


# "Werkloze beroepsbevolking (x 1 000) 366 365 366 368 367 372": a text table's row, a short label and then at least
# four figures; "Tabel 1 Werkloosheid / Unemployment ------": a table's caption over its ruled line
_TABLE_ROW_RE = re.compile(r"^(?P<label>[^\W\d][^.!?;:]{0,60}?)\s+(?:[-+−]?\d[\d.,]*\s?%?\*?\s+){3,}"
                           r"[-+−]?\d[\d.,]*\s?%?\*?$")
MAX_TABLE_ROW_LABEL_WORDS = 6
_TABLE_CAPTION_RE = re.compile(r"^(?:%s)\s+\d{1,2}[a-z]?\b[^.!?]*?(?:[-–—_=]{10,}\s*)?$"
                               % "|".join(sorted(language.lexicon("table_labels"), key=len, reverse=True)),
                               re.IGNORECASE)
MAX_TABLE_CAPTION_WORDS = 16


def _table_line(text: str) -> bool:
    """A text table's row or caption, which no passage keeps."""
    row = _TABLE_ROW_RE.match(text)
    if row is not None and _word_count(row.group("label")) <= MAX_TABLE_ROW_LABEL_WORDS:
        return True
    return _TABLE_CAPTION_RE.match(text) is not None and _word_count(text) <= MAX_TABLE_CAPTION_WORDS


def _chrome_kind(text: str, folded: str) -> str | None:
    """Why a line is chrome by itself, or None."""
    short = _is_short(text)
    if not any(c.isalpha() for c in text):
        return "noise"
    if _table_line(text):
        return "table"
    if URL_LINE.match(text) or OWN_URL_LINE.match(text):
        return "link"
    if short and _is_list_heading(text):
        return "list-heading"
    if RELATED_LINK.match(text) or NEIGHBOUR_LINKS.match(text) or RELATED_LIST.match(text) \
            or _labelled_link_list(text):
        return "related-link"
    if (DOWNLOADS_LABEL.match(text) and FILE_MARK.search(text)) or len(FILE_MARK.findall(text)) >= MIN_FILE_LINKS:
        return "link"
    if CHART_CAPTION.match(text):
        return "caption"
    if WIRE_DESK_LINE.match(text):
        return "wire-desk"
    if _is_menu_row(text) or (short and BREADCRUMB.match(text)):
        return "navigation"
    if short and (_line_pattern("chrome_prompts").search(folded) or FREE_OFFER.match(folded) or _ui_then_offer(text)
                  or _button_after_blurb(text)):
        return "paywall"
    if short and (_line_pattern("chrome_navigation").search(folded) or _is_ui_only(text) or SEARCH_BOX.match(text)
                  or (LINK_MARKER.match(text) and not _ends_sentence(text))):
        return "navigation"
    if short and (WEATHER_WIDGET.match(text) or CLOCK_WIDGET.match(text)):
        return "widget"
    if _word_count(text) <= MAX_BANNER_WORDS and _browser_notice(text):
        return "widget"
    if short and (_line_pattern("chrome_widgets").search(folded) or READING_TIME.match(folded)
                  or SIGNOFFS.search(folded)):
        return "widget"
    if _word_count(text) <= MAX_BANNER_WORDS and WHOLE_LINE_NOTE.match(text) \
            and _word_count(text) >= MIN_NOTE_WORDS:
        return "note"  # "[Unofficial English translation ...]", "(Please also refer to the Chinese portion ...)"
    if _word_count(text) <= MAX_BANNER_WORDS and (_line_pattern("chrome_banners").search(folded)
                                                  or _bracketed_buttons(text) or CONSENT_NOTICE.search(text)):
        return "banner"  # a consent or sign-up banner of any length ending in its buttons' labels, in any language
    if _link_row(text):
        return "banner"  # "[View all warnings on the map]  [Regional forecast: ...]  [What is a named storm?]"
    if short and CREDIT_LINE.search(folded) and not _video_headline(text):
        return "credit"
    if (short and (COPYRIGHT.match(text) or _is_reader_prompt(text) or _copyright_after_notice(text))) \
            or (COPYRIGHT.match(text) and REUSE_TERMS.search(text)):
        return "prompt"
    if _word_count(text) <= MAX_CAPTION_WORDS and CAPTION_CREDIT_SUFFIX.match(text):
        return "caption"
    if _word_count(text) <= MAX_BANNER_WORDS and DOI_REFERENCE.search(text):
        return "reference"
    if short and VALIDITY_LINE.search(text) and _find_dates(text):
        return "dateline"
    if _word_count(text) <= MAX_BANNER_WORDS and _postal_address_row(text):
        return "contact"
    if "@" in text and EMAIL_ADDRESS.search(text) \
            and _word_count(EMAIL_ADDRESS.sub(" ", text)) <= MAX_CONTACT_LINE_WORDS:
        return "contact"
    if (PHONE_CUE.search(text) or CONTACT_PROMPT.match(text)) and _word_count(text) <= MAX_PHONE_LINE_WORDS \
            and not _ends_sentence(text):
        return "contact"
    return _chrome_before_hint(text)


# "› Herat pomegranate growers look to Indian buyers", "» More from the region": a link's arrow before a headline
LINK_MARKER = re.compile(r"^[›»→⟶]\s*\S")


# "Administration de la gestion de l'eau · 1, avenue du Rock'n'Roll · L-4361 Esch-sur-Alzette": a footer's row of
# pieces, one of them a house number and its street, another a postcode and its town
# ("Registan Wire Service LLP, 12 Amir Temur Avenue, Tashkent 100000.": pieces between commas, the town before its
# postcode, as the post of much of Asia and Eastern Europe writes it)
ADDRESS_PIECE_SEPARATORS = (re.compile(r"\s+[|·•]\s+"), re.compile(r",\s+"))
STREET_PIECE = re.compile(r"^\d{1,5}[a-z]?,?\s+\S")
POSTCODE_PIECE = re.compile(r"^(?:[A-Z]{1,3}-)?\d{4,5}\s+[A-Z]|^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+\d{5,6}\.?$")


# "Hlboká cesta 2, 833 36 Bratislava 37": a street with its house number after it, then a postcode and its town, as
# much of Europe writes an address in one piece
STREET_THEN_POST_PIECE = re.compile(r"^[^\W\d][^\d,]{2,40}\s\d{1,4}[a-z]?(?:/\d{1,4})?,\s+"
                                    r"(?:[A-Z]{1,3}-)?\d{3}\s?\d{2}\s+[A-Z]")


MIN_STREET_PIECE_COMMAS = 2  # "Av. Tiradentes esq. ..., Ensanche La Fe, Santo Domingo, D.N.": street, district, city


def _street_first_piece(piece: str) -> bool:
    """A piece that opens with a street's type (lexicon ``street_words``, "Av.", "Calle") before a capitalised name
    and goes on over commas to its district and town: an address without numbers."""
    words = piece.split()
    return len(words) >= 2 and words[0].lower().strip(".") in language.lexicon("street_words") \
        and words[1][:1].isupper() and piece.count(",") >= MIN_STREET_PIECE_COMMAS


def _postal_address_row(text: str) -> bool:
    if any(_street_first_piece(piece.strip()) for piece in ADDRESS_PIECE_SEPARATORS[0].split(text)[1:]):
        return True  # "Ministry of Public Health · Av. Tiradentes esq. Héctor Homero Hernández, Ensanche La Fe, ..."
    for separator in ADDRESS_PIECE_SEPARATORS:
        pieces = [piece.strip() for piece in separator.split(text)]
        if separator is ADDRESS_PIECE_SEPARATORS[0] and len(pieces) >= 2 \
                and any(STREET_THEN_POST_PIECE.match(piece) for piece in pieces):
            return True
        streets = {i for i, piece in enumerate(pieces) if STREET_PIECE.match(piece)}
        # (between commas, the postcode closes the address, in another piece than the street)
        posts = {i for i, piece in enumerate(pieces) if POSTCODE_PIECE.match(piece)
                 and (separator is ADDRESS_PIECE_SEPARATORS[0] or i == len(pieces) - 1)}
        if len(pieces) >= 2 and streets and posts and (separator is ADDRESS_PIECE_SEPARATORS[0] or streets - posts):
            return True
    return False


# "Paparan terbaik menggunakan pelayar Google Chrome atau Mozilla Firefox ... 1920 x 1080": a note on the browsers
# and the screen a site is best seen with, in any language, names two browsers (lexicon ``browser_names``) and a
# screen size
SCREEN_SIZE = re.compile(r"\b\d{3,4}\s?[x×]\s?\d{3,4}\b")
MIN_NOTICE_BROWSERS = 2


def _browser_notice(text: str) -> bool:
    browsers = {m.group().lower() for m in language.phrase_pattern("browser_names").finditer(text)}
    return len(browsers) >= MIN_NOTICE_BROWSERS and SCREEN_SIZE.search(text) is not None


# "Este sítio utiliza cookies ...", "Diese Website verwendet Cookies ...", "Vi bruger cookies for at forbedre din
# oplevelse": a consent notice in any language names the cookies (a word every language borrows) and the site, the
# browsing or the visitor's experience they serve
_SITE_WORDS = (r"(?:site|sitio|sítio|sito|website|webseite|webside|webbplats|web|página|pagina|page|portal"
               r"|navega\w*|brows\w*|experiences?|expérience|experiencia|experiência|esperienza|erfahrung|ervaring"
               r"|oplevelse|opplevelse|upplevelse|kokemus\w*|doświadczeni\w*|zkušenost\w*)")
CONSENT_NOTICE = re.compile(rf"\bcookies?\b.*\b{_SITE_WORDS}\b|\b{_SITE_WORDS}\b.*\bcookies?\b", re.I)

# "Print | Share & Bookmark (press Enter for options, Tab to move on)": a widget's label, then a hint in brackets
TRAILING_HINT = re.compile(r"\s*\([^()]*\)\s*$")


def _chrome_before_hint(text: str) -> str | None:
    """Why a line is chrome when what stands before its closing bracketed hint is chrome by itself, or None."""
    bare = TRAILING_HINT.sub("", text)
    if bare == text or not bare.strip() or not _is_short(text):
        return None
    return _chrome_kind(bare, _fold(bare))


# "Próxima publicación / ", "Téigh chuig an ábhar · ": a label in one language before the other
BILINGUAL_LABEL = r"[^\W\d_][^/:|·\n]{0,38}\s[/·|]\s"


@lru_cache(maxsize=None)
def _line_pattern(name: str) -> re.Pattern:
    """A lexicon of chrome phrases as one regex over folded lines.

    An entry marked ``=`` must be the whole line (punctuation aside), ``^`` must open it, or follow the same label in
    the site's other language ("Próxima publicación / Next release: ..."); others may sit anywhere.
    """
    marked: dict[str, list[str]] = {"=": [], "^": [], "": []}
    for entry in language.lexicon_entries(name):
        mark = entry[0] if entry[0] in "=^" else ""
        phrase = _fold(entry[len(mark):])
        marked[mark].append(re.escape(phrase).replace(r"\ ", r"\s+"))
    parts = []
    if marked["="]:
        parts.append(rf"^[\W_]*(?:{'|'.join(marked['='])})[\W_]*$")
    if marked["^"]:
        parts.append(rf"^[\W_]*(?:{BILINGUAL_LABEL})?(?:{'|'.join(marked['^'])})(?![\w'])")
    if marked[""]:
        parts.append(rf"(?<![\w'])(?:{'|'.join(marked[''])})(?![\w'])")
    return re.compile("|".join(parts))


def _is_menu_row(text: str) -> bool:
    """"Home | Subjects | Data | Contact", "Home » Science » Climate": a row of short links."""
    pieces = [piece for piece in MENU_SEPARATOR.split(text) if piece.strip()]
    if _masthead_versions(pieces):
        return False
    return len(pieces) >= MIN_MENU_ITEMS and all(
        _word_count(piece) <= MAX_MENU_ITEM_WORDS and not SENTENCE_END.search(piece) for piece in pieces)


SITE_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def _masthead_versions(pieces: list[str]) -> bool:
    """"Scottish Government · Riaghaltas na h-Alba · gov.scot": a body's name, its name in another language and the
    site's domain, the versions of one masthead, not a row of links."""
    return len(pieces) <= MIN_MENU_ITEMS and bool(SITE_DOMAIN.match(pieces[-1].strip())) \
        and issuer.is_institution(pieces[0].strip())


def _is_ui_only(text: str) -> bool:
    """Only interface words and numbers: "Comments 12", "Share it on...", "Log in | Register"."""
    words = [re.sub(r"\d+", "", token) for token in language.tokens(text)]
    content = [word for word in words if word and word not in language.stop_words()]
    return (0 < len(content) and len(words) <= MAX_UI_ONLY_WORDS
            and all(word in language.lexicon("ui_words") for word in content))


# "... before the open. Newsletter", "... every morning. Sign up": a promotion's blurb, then the button's label
MAX_BUTTON_WORDS = 3
MAX_BUTTON_CHARS = 24  # "[Podešavanja]", "[Manage preferences]"
BUTTON_AFTER_BLURB = re.compile(r"[.!?]\s+(?P<button>[A-Z][\w'’]*(?:\s+[\w'’]+){0,%d})\s*$" % (MAX_BUTTON_WORDS - 1))


# "... privatnosti. [Prihvatam] [Podešavanja]", "... u vašem inboxu. [Prijava]": the scraped labels of buttons, in
# square brackets after the last full stop, in whatever language
BRACKETED_BUTTONS = re.compile(r"[.!?]\s+(?P<buttons>(?:\[[^\[\]\n]{1,%d}\]\s*)+)$" % MAX_BUTTON_CHARS)
BUTTON_LABEL = re.compile(r"\[([^\[\]\n]+)\]")


def _button_after_blurb(text: str) -> bool:
    """A short promotion whose sentences end in the label of its button ("Our morning briefing from the markets.
    Newsletter", "Get Kansai news every morning. Sign up"): interface words alone after the last full stop, or labels
    in square brackets that are no transcriber's note ("[Accept] [Settings]")."""
    m = BUTTON_AFTER_BLURB.search(text)
    if m is not None and _is_ui_only(m.group("button")):
        return True
    return _bracketed_buttons(text)


# a row of two or more labels in square brackets and nothing else: links or buttons
MAX_LINK_CHARS = 60  # "[Regional forecast: Highlands and Eilean Siar]"
LINK_ROW = re.compile(r"^\s*(?:\[[^\[\]\n]{1,%d}\]\s*){2,}$" % MAX_LINK_CHARS)


def _link_row(text: str) -> bool:
    """A line of bracketed links and nothing else ("[View all warnings on the map]  [What is a named storm?]"), no
    transcriber's notes ("[Applause] [Laughter]": lexicon ``transcript_markers``)."""
    return LINK_ROW.match(text) is not None and not any(
        word in language.lexicon("transcript_markers") for label in BUTTON_LABEL.findall(text)
        for word in language.letter_words(label))


def _bracketed_buttons(text: str) -> bool:
    """Labels in square brackets after the last full stop that are no transcriber's note ("[Accept] [Settings]";
    not "[Prolonged applause]", "[Murmurs in the hall]": a word of lexicon ``transcript_markers``)."""
    m = BRACKETED_BUTTONS.search(text)
    return m is not None and not any(word in language.lexicon("transcript_markers")
                                     for label in BUTTON_LABEL.findall(m.group("buttons"))
                                     for word in language.letter_words(label))


def _ui_then_offer(text: str) -> bool:
    """"Log in   Try 30 days free", "Sign in  Subscribe now": interface words (a sign-in link), then a free offer or a
    subscription prompt, set side by side in a header row."""
    words = text.split()
    for cut in range(1, len(words)):
        rest = _fold(" ".join(words[cut:]))
        offer = FREE_OFFER.match(rest) or _line_pattern("chrome_prompts").match(rest)
        if offer and _is_ui_only(" ".join(words[:cut])):
            return True
    return False


def _is_reader_prompt(text: str) -> bool:
    """A line that speaks to the reader about the site: "One subscription gives you access to ...", or a call to
    action: "Get all your news in one place."."""
    tokens = language.tokens(text)
    if not tokens or QUOTE_MARK.search(text) or SPEAKER_TURN.match(text):
        return False
    to_reader = bool(READER_WORDS.intersection(tokens))
    interface = sum(token in language.lexicon("ui_words") for token in tokens[1:])
    if tokens[0] in language.lexicon("cta_verbs") and (to_reader or interface):
        return True
    if _is_action_label(text):
        return True
    return to_reader and interface >= MIN_PROMPT_UI_WORDS


# "Report an earthquake: ...", "Check your flood risk: call ...": a short imperative label (a verb and its object)
# before a colon; a one-word label ("Claim: ...", "Update: ...") is a field, not a call to action.
# "Report pollution 24 hours a day: 0800 ..." too: a label of up to MAX_ACTION_LABEL_WORDS words.
MAX_ACTION_LABEL_WORDS = 7
ACTION_LABEL = re.compile(rf"^(?P<label>[A-Z][\w'’]*(?:\s+[\w'’]+){{1,{MAX_ACTION_LABEL_WORDS - 1}}}):\s+\S")


def _is_action_label(text: str) -> bool:
    """A line opening with a call to action set off by a colon: a site's service prompt, not a statement."""
    m = ACTION_LABEL.match(text)
    return bool(m) and language.tokens(m.group("label"))[0] in language.lexicon("cta_verbs")


@lru_cache(maxsize=8192)
def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")


def _script_counts(text: str) -> Counter:
    """Letters of each script in ``text`` (ASCII letters counted as Latin)."""
    counts = Counter({"LATIN": len(_ASCII_LETTER.findall(text))})
    if not text.isascii():
        counts.update(_script(c) for c in _NON_ASCII_CHAR.findall(text) if c.isalpha())
    return counts


def _foreign_script_lines(lines: list[_Line]) -> set[int]:
    """Lines written mostly in another script than the page: menus in Cyrillic, Arabic or CJK on an English page."""
    if all(line.text.isascii() for line in lines):
        return set()
    page, prose = Counter(), Counter()
    per_line = {}
    for index, line in enumerate(lines):
        per_line[index] = _script_counts(line.text)
        page.update(per_line[index])
        if _is_prose(line.text):
            prose.update(per_line[index])
    # the page's script is its prose's, where it has prose enough: menus and mastheads in the site's own script may
    # outweigh an English statement's paragraphs
    page = prose if sum(prose.values()) >= MIN_PROSE_SCRIPT_LETTERS else page
    total = sum(page.values())
    if not total:
        return set()
    main, main_count = page.most_common(1)[0]
    if main_count / total < MAIN_SCRIPT_SHARE:
        return set()
    foreign = set()
    for index, counts in per_line.items():
        letters = sum(counts.values())
        if letters and (letters - counts[main]) / letters >= FOREIGN_SCRIPT_SHARE:
            foreign.add(index)
    return foreign


MIN_OTHER_FUNCTION_WORDS = 2  # "van", "de": function words of another Latin-script language in one line
OTHER_WORDS_PER_ENGLISH = 2  # ... outnumbering its English stop words ("in") twice over
MIN_OTHER_WORD_SHARE = 0.2  # ... and a fifth of its words ("Banco de la Nación" in an English sentence is not)
ENGLISH_PAGE_RATIO = 3  # an English page: its English stop words outnumber the other language's words thrice
MIN_ENGLISH_PROSE_STOPS = 5  # English stop words in a line of prose: the first paragraph of the body
MIN_OTHER_LINE_WORDS = 6  # a sentence or a list of links, not a name
MIN_ENGLISH_PROSE_WORDS = 12  # ... and words, in a line that ends a sentence
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TURN_LABEL_RE = re.compile(r"^[A-Z][A-Z.'’ /-]{2,60}:")


def _other_language_lines(lines: list[_Line]) -> set[int]:
    """Lines of an English page written in another language of the Latin script ("Hieronder de volledige tekst van
    de interventie ...", "Lexo edhe: ..."): its function words (lexicon ``foreign_function_words``) outnumber the
    English ones."""
    counts = {}
    for index, line in enumerate(lines):
        words = language.letter_words(line.text)
        counts[index] = (len(words), *language.function_word_counts(words))
    english = sum(c[1] for c in counts.values())
    other = sum(c[2] for c in counts.values())
    prose = next((index for index, c in counts.items() if c[1] >= MIN_ENGLISH_PROSE_STOPS
                  and c[0] >= MIN_ENGLISH_PROSE_WORDS and re.search(r"[.!?\"”]\s*$", lines[index].text)), None)
    if english < ENGLISH_PAGE_RATIO * other or prose is None:
        return set()
    # below the first English paragraph (a masthead, a headline or a body's name in the site's language stays), in a
    # line of some length
    # (above it, a note in the site's language that ends its sentence goes too: "Hieronder de volledige tekst ...")
    return {index for index, (total, eng, oth) in counts.items()
            if (index > prose or re.search(r"[.!?]\s*$", lines[index].text))
            and total >= MIN_OTHER_LINE_WORDS and oth >= MIN_OTHER_FUNCTION_WORDS
            and oth > OTHER_WORDS_PER_ENGLISH * eng and oth >= MIN_OTHER_WORD_SHARE * total
            and not _YEAR_RE.search(lines[index].text)  # "Publicado em 22/07/2026": a date line, read elsewhere
            and not _TURN_LABEL_RE.match(lines[index].text)}  # "ANA REYES/RADYO BANDILA: ...": a transcript's turn


def _mark_paywall_tail(lines: list[_Line]) -> None:
    """After a paywall prompt that no sentence of the body follows, the rest of the page is promotion."""
    for index, line in enumerate(lines):
        if line.drop != "paywall":
            continue
        rest = lines[index + 1:]
        if all(other.drop is not None or not _is_prose(other.text) for other in rest):
            for other in rest:
                other.drop = other.drop or "paywall"
                other.zone = other.zone or "tail"
            return


def _is_list_heading(text: str) -> bool:
    bare = BRACKET_TAG.sub("", text).strip(" :.!-–—")
    if not bare:  # a bare tag such as "[LATEST]", not a bracketed date ("[17 December 2024]") or search box
        return bool(BRACKET_TAG.match(text)) and not _find_dates(text) and not SEARCH_BOX.match(text)
    return _word_count(bare) <= 8 and bool(LIST_HEADING.fullmatch(_fold(bare)))


def _mark_appeals(lines: list[_Line], sources: list) -> None:
    """Drop donation/subscription appeals: from their heading to their last button."""
    index = 0
    while index < len(lines):
        line = lines[index]
        match = APPEAL_START.match(_fold(line.text)) if _is_short(line.text) else None
        if not match:
            index += 1
            continue
        org = APPEAL_PUBLISHER.match(line.text)
        if org and _is_publisher_name(org.group("org")):
            sources.append((SOURCE_PRIORITY["appeal"], index, org.group("org")))
        end = None
        for candidate in range(index + 1, min(len(lines), index + 1 + APPEAL_MAX_GAP)):
            if APPEAL_END.match(_fold(lines[candidate].text)):
                end = candidate
                break
        if end is not None:
            # Several buttons usually follow each other ("Continue", "Remind me later").
            probe = end + 1
            while probe < len(lines) and probe - end <= APPEAL_BUTTON_GAP:
                if APPEAL_END.match(_fold(lines[probe].text)):
                    end = probe
                probe += 1
        else:
            # Without buttons the appeal runs to the next chrome line or the end of the page,
            # provided that is short; otherwise only the heading is trusted to be chrome.
            end = next((later - 1 for later in range(index + 1, len(lines)) if lines[later].drop is not None),
                       len(lines) - 1)
            # "Dear friends," in a speech: paragraphs that ask for nothing are the speaker's, not an appeal
            if end - index > APPEAL_MAX_GAP or not any(APPEAL_ASK.search(lines[k].text)
                                                       for k in range(index + 1, end + 1)):
                end = index
        for covered in lines[index:end + 1]:
            covered.drop = covered.drop or "appeal"
            covered.zone = "appeal"
        index = end + 1
