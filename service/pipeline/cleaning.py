"""Turn a scraped news page into a ``CleanedArticle``: metadata plus the body paragraphs.

Scraped pages mix the article with site chrome (navigation, official-site banners, cookie
notices, paywall and newsletter prompts, donation appeals, photo captions, lists of other
headlines). Every rule below is written against the *kind* of chrome, never against one
site: its position (above the headline, after a paywall), length, repetition, punctuation,
script, and vocabulary. The vocabulary lives in ``lexicons/chrome_*.txt``, ``ui_words.txt``
and ``cta_verbs.txt``, read through the language layer.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import pathlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import issuer, language
from .errors import ArticleRejected, ArticleTooShort
from .models import CleanedArticle

# A line longer than this is treated as prose, never as a chrome phrase, so that a real
# sentence that happens to mention "subscribe" or "the app" is kept.
MAX_CHROME_WORDS = 20
# A paragraph of at least this many words that ends like a sentence marks the body start;
# a shorter one must also read as running text (mostly lowercase words), unlike a caption.
MIN_PROSE_WORDS = 8
MIN_SHORT_PROSE_WORDS = 5
# Captions can run to a few sentences; a longer paragraph is body text.
MAX_CAPTION_WORDS = 60
# Headline lists stop at a paragraph this long; headlines are shorter than that.
MIN_LIST_STOP_WORDS = 20
SIDECAR_FIELDS = ("title", "source", "byline", "published", "url")


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
# A row of at least this many short links between separators is a menu.
MENU_SEPARATOR = re.compile(r"\s*[|•·»›]\s*|\s+/\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
# Menu items that a scraper joined with runs of spaces instead of separators: "Menu  Core functions  Markets".
SPACED_ITEMS = re.compile(r"[ \t]{2,}|\t")
# A headline under a document-type kicker ("Press release", "Statement") within this many lines is the page's.
KICKER_WINDOW_LINES = 2
DATED_BELOW_LINES = 2  # the headline, a sub-heading, then its date
# "Press Release No. 31/2024", "News release 2024/117": a release's number, not its headline
RELEASE_NUMBER = re.compile(r"^(?:press|news|media)\s+release\s*(?:no\.?|number|nr\.?|#|:)?\s*\d", re.I)
KICKER_BONUS = 2
# A line that addresses the reader and uses this many interface words is a prompt ("Share your feedback!").
MIN_PROMPT_UI_WORDS = 2
# A speaker label alone on its line: a few capitalised words and a colon ("MS. SINGH:", "Q:").
LABEL_LINE = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5})\s*:$")
# A name alone on its line, with a role or outlet in brackets: "Maria Lopez (Spokesperson)", "Question (AFP)"
NAME_LABEL_LINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|bin|al|del|di|du|le|la)){0,5})"
    r"(?:\s*\([^()]{2,60}\))?$"
)
MAX_NAME_LABEL_WORDS = 5
# A speaker label followed by the time of the turn in the recording: "Dana Mercer: (00:00)", "Speaker 3: [02:40]"
LABEL_TIMESTAMP = re.compile(r"^(?P<label>[A-Z][^:\n]{0,80}:)[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]")
# ... or between the label and its colon: "Governor Ana Ruiz (00:01:14):"
LABEL_TIME_COLON = re.compile(r"^(?P<label>[A-Z][^:()\n]{0,80}?)[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*:")
# ... or preceded by it: "[00:03:12] Premier Daniel Harker: Good morning."
TIMESTAMP_LABEL = re.compile(r"^[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*(?=[A-Z][^:\n]{0,80}:)")
# A label set in bold by a page scraped as markdown: "**Detective Inspector Hemi Walker:** Kia ora", "**Walker**:"
BOLD_LABEL = re.compile(r"^(?:\*\*|__)(?P<label>[A-Z][^*_:\n]{0,80}?)(?P<colon>:?)(?:\*\*|__)(?P<after>:?)[ \t]*")
# A heading set in bold: "**Transcript: Media stand-up on ...**"
BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_\n]+)(?:\*\*|__)$")
# "Mette Kjærgaard -- Chief Executive Officer", "Sophie Durand -- Exane BNP Paribas -- Analyst": a name line whose
# role, firm or outlet follow after double hyphens or dashes, as call transcripts print them above each turn
DASHED_NAME_LINE = re.compile(r"^(?P<name>[^-–—()\n]{2,60}?)[ \t]+(?:--|[–—])[ \t]+(?P<rest>[^()\n]{2,80})$")
DASHED_PART = re.compile(r"[ \t]+(?:--|[–—])[ \t]+")
# "SOW — Our laboratory network ...", "Mayor Lisa Grant - Good morning.": a speaker label before a dash at the start
# of a turn
DASH_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4}(?:[ \t]*\([^()\n]{2,60}\))?)"
                        r"[ \t]+[—–-][ \t]+(?=\S)")
MIN_DASH_LABELS = 3  # turns opening with "<LABEL> — " before the page counts as labelled that way
MIN_DASH_TURN_WORDS = 3  # words after the dash of such a turn, which ends like a sentence ("Next, Peter Ochieng.")
# an unnamed speaker of a recorded transcript: "Speaker 3"
UNNAMED_SPEAKER = re.compile(r"speaker \d{1,2}")
MIN_NAME_LABELS = 3
MAX_LABEL_LINE_WORDS = 6
READER_WORDS = frozenset({"you", "your", "yours", "you're", "you've", "you'll", "yourself"})
QUOTE_MARK = re.compile("[\"“”«»]")
# A transcript turn ("QUESTION: Can you read out ...", "MS. LEE: You saw the website ...") speaks to the room,
# not to the reader.
SPEAKER_TURN = re.compile(r"^(?:[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3}|Q|A):\s"
                          # a verbatim report's "Mette Lind, Member of the Commission. – Madam President, ..."
                          r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s+[A-Z][^.–—\n]{1,80})?\.\s+[–—]\s")
# A line is in a foreign script when this share of its letters is not in the page's main script ...
FOREIGN_SCRIPT_SHARE = 0.6
# ... and the page has a main script: this share of all its letters.
MAIN_SCRIPT_SHARE = 0.8

# Sign-offs and editorial notes: true, but never a claim about the story.
SIGNOFFS = _compile([
    r"^(?:this|the) (?:story|article|report|page|post) (?:is being|has been|was|will be) updated\b",
    r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?\)?$",
    r"^\(?(?:additional )?reporting by\b",
    r"^\(?(?:writing|editing|edited|compiled|written) by\b",
    r"^(?:read|see|watch) (?:more|also)\b",
])

# Inline "related article" links glued to their headline ("RelatedSome headline", "Related: ...").
RELATED_LINK = re.compile(r"^Related(?:[A-Z\"'‘“]|\s*[:|–—-]\s*\S|\s+[A-Z][^.!?]*$)")

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
    r"top (?:stories|headlines|news)(?: (?:on|from) .{1,40}?)?(?: right now| today)?",
    r"what to read next",
    r"(?:around|from) the web",
    r"(?:sponsored|promoted|partner) (?:content|stories|links)",
    r"don't miss",
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
# An appeal is short: its buttons (or, without buttons, its end) come within this many lines.
APPEAL_MAX_GAP = 12
APPEAL_BUTTON_GAP = 3

# --- Metadata ---------------------------------------------------------------------------

_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
SLASHED_DATE = re.compile(r"(?<![\d/.])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")
# "Nov. 18, 2024", "18 November 2024", "2024-11-17" (also with / or .).
MONTH_NAME_FIRST = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
DAY_BEFORE_MONTH_NAME = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:(?:day\s+)?of\s+)?|-){_MONTH}(?:,?\s+|-)(?P<year>(?:19|20)\d\d)\b",
    re.I)  # "4 March 2025", "4th of March, 2025", "this 4th day of March 2025", "04-Mar-2025"
DATE_PATTERNS = [
    MONTH_NAME_FIRST,
    DAY_BEFORE_MONTH_NAME,
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    # "11/14/2024" (month first, as US pages write it) or "14/11/2024" and "14.11.2024" (day first).
    SLASHED_DATE,
    # "14.11.2024" and "14-11-2024", as pages in most of Europe write them; "17.11.2024." with the ordinal's dot
    re.compile(r"(?<![\d.-])(?P<dayfirst>\d{1,2})(?P<sep>[.-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
               r"(?![\d-])(?!\.\d)"),
]
# "... Nature Communications (2024). DOI: 10.1038/...": a publication's reference, which a release prints after
# its text.
DOI_REFERENCE = re.compile(r"\bdoi(?::\s*|\.org/)10\.\d{4,9}/\S", re.I)
# "This message is in effect until Monday, March 17, 2025": the date a warning or outlook expires.
VALIDITY_LINE = re.compile(r"\b(?:in effect|valid|in force)\s+until\b", re.I)
# "Next release: 7 January 2025", "Next monetary policy meeting: ...": a line that dates what is still to come.
NEXT_DATE_CUE = re.compile(r"^\W*(?:next|upcoming|forthcoming)\b", re.I)
# A word right before the date that says it is the publication date.
DATE_CUE = re.compile(
    r"\b(?P<cue>date[d]?|published|posted|created|first published|released|release date|for (?:immediate )?release"
    r"|issued|embargoed(?: until)?|updated|last updated|modified|reviewed|last reviewed)"
    r"(?:\s+(?:on|at))?\s*:?\s*$", re.I)
UPDATE_CUES = {"updated", "last updated", "modified", "reviewed", "last reviewed"}
# A short line that opens with a cue dates the page even when other words stand between the cue and the date.
LINE_DATE_CUE = re.compile(
    r"^(?P<cue>date[d]?|published|posted|first published|released|release date|issued|for (?:immediate )?release"
    r"|embargoed(?: until)?|updated|last updated|modified)\b", re.I)
MAX_CUED_DATE_LINE_WORDS = 20
# Clock times, time zones and weekdays that may stand between a cue and its date
# ("For release 8:30 a.m. (ET) Friday, December 6, 2024").
CUE_GAP = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b[ap]\.m\.|\(\s*[A-Za-z]{1,5}\s*\)"
    r"|\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\b|\b(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\b\.?"
    r"|,")
# Pieces of a date line that are not words of content.
# A weather product's stamp writes its clock time without a colon: "1100 AM EDT Tue Oct 08 2024".
DATE_LINE_NOISE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?(?=\s|$))?"
    r"|\b\d{3,4}\s+[ap]\.?m\.?(?:\s+[A-Z]{2,5}(?=\s|$))?"
    r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"|\b(?:date[d]?|published|posted|created|first|released|updated|last|modified|on|at)\b",
    re.I)
MAX_DATE_LINE_EXTRA_WORDS = 2
# A release's reference number beside its date: "No. 123", "Nr. 45/2025", "Ref: PR-2025-017", "#12".
REFERENCE_NUMBER = re.compile(r"(?:\b(?:no|nr|ref|reference|number)\b\.?\s*:?|#)\s*[\w/-]*\d[\w/-]*", re.I)
MONTHS_IN_YEAR = 12
# "Posted in: Statements | 04.03.25": a dotted date with a two-digit year, day first; read only on a line that is
# otherwise metadata (a version number or a score is no date).
SHORT_YEAR_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})(?![\d.])")
CENTURY = 2000
# "Done at Honiara, Solomon Islands, this 4th day of March 2025.", "Signed in Geneva on 14 March 2025": the closing
# line of a declaration or joint statement, which says where and when it was made.
SIGNED_AT = re.compile(r"^(?:done|signed|adopted|made|given)\s+(?:at|in)\s+[A-Z][^.;:]{1,60}?,?\s+(?:on|this)\s+"
                       r"(?P<date>[^.;:]{6,40}?)\s*\.?$", re.I)
# A line split by these into several pieces, one of them a date, is a metadata line, never the headline.
MAX_DATE_LINE_WORDS = 4  # "12/11/2024", "Date 10 December 2024": a line that only dates what is above it
META_PIECES = re.compile(r"\s*[|•·]\s*")
# A breadcrumb trail: "Home > Monetary Policy > Copom", "Statistics › Labour › Employment".
BREADCRUMB = re.compile(r"^[^>›»\n]{1,60}(?:\s[>›»]\s[^>›»\n]{1,80})+$")
BREADCRUMB_SEPARATOR = re.compile(r"\s[>›»]\s")
MIN_META_PIECES = 3

BYLINE_START = re.compile(
    r"^(?:By|BY|Written by|Words by|Story by|(?i:(?:posted|published|written|created)(?:\s+on)?\s+by))\s+(?P<rest>.+)$")
# "By JANE DOE FOR THE DAILY EXAMPLE": the author writing for a publisher.
BYLINE_FOR = re.compile(r"\s+(?:for|FOR|For)\s+(?=[A-Z])")
# A date (with its cue) before the byline: "Posted on May 2, 2023 by Jane Doe".
LEADING_DATE = re.compile(r"^(?i:(?:posted|published|written|created|updated)\s+(?:on\s+)?)?")
# Separators between the pieces of a metadata line ("Nov. 18, 2024 | By X, Y News").
META_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+")
# Words that make a byline piece (or a site-name line) a publisher rather than a person.
ORG_WORDS = language.lexicon("publisher_words")
# Byline pieces that are a job, not a name or a publisher.
ROLE_WORDS = language.lexicon("byline_roles")
# Lowercase particles allowed inside personal names.
NAME_PARTICLES = language.lexicon("name_particles")
# Section labels that look like names ("Breaking News", "Press Releases") but are not.
LABEL_WORDS = language.lexicon("section_labels")
# Counters and buttons printed right after an author's name.
TRAILING_WIDGET_WORDS = re.compile(r"(?:\s+(?:views?|comments?\d*|shares?|likes?|\d[\d,.]*))+\s*$", re.I)

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
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "Source URL: https://...", "Permalink: ...": the page's own address under a label, as a printed page shows it.
OWN_URL_LINE = re.compile(r"^(?:(?:source|page|short)\s+(?:url|link)|url|permalink|link to this page)\s*:\s*"
                          r"(?P<url>(?:https?://|www\.)\S+)$", re.I)
# ".../news/2025/03/04/statement-on-...": the year, month and day folders of a dated address.
URL_PATH_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$)")
# Personal mailboxes say nothing about the publisher.
FREE_MAIL_DOMAINS = language.lexicon("free_mail_domains")

# Publisher names stated by the page, most reliable first (the byline comes before these).
FROM_LINE = re.compile(r"^from\s*:\s*(?P<org>[A-Z].+?)(?:\s+and\s+(?:the\s+)?(?:Rt|Right|Hon)\b.*)?$", re.I)
SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<org>.+)$", re.I)
# "Issued by the Example Statistics Office, Lakeside.": a release's sign-off naming its issuer.
ISSUED_BY = re.compile(
    r"^(?:(?:this|the) )?(?:(?:press |news |media )?(?:release|statement|bulletin|notice) (?:(?:is|was|has been) )?)?"
    r"(?:(?:originally|first) )?(?:issued|released|distributed|published) by:? "
    r"(?:the )?(?P<org>[A-Z][^.,;:]{2,80}?)(?:\s+(?:on|at|in) (?:its|their|our|the) [^.,;:]{1,40})?"
    r"\s*(?P<after>[.,;:].*)?$", re.I)
MAX_ISSUED_BY_WORDS = 16
# "Press Office of the Embassy of ...": a communications unit (lexicon press_offices) of the body that publishes.
OFFICE_OF = re.compile(r"^(?:the\s+)?(?P<unit>[A-Za-z &]{4,60}?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].+)$")
# "Contact: Press Office, International Disability Alliance, +41 22 ...": a footer contact line that names the
# publisher after its communications unit.
CONTACT_LINE = re.compile(r"^(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\s*:\s*(?P<rest>.+)$", re.I)
MIN_CONTACT_BODY_WORDS = 2  # "Press Office, Brussels": a place, not a body
CONTACT_PIECES = re.compile(r"\s*(?:,|\||\s[–—-]\s)\s*")
AGENCIES_SUFFIX = re.compile(r"\s*(?:,|and|with|/|&|\+)\s*(?:other\s+)?(?:news\s+)?agenc(?:y|ies)\b.*$", re.I)
# "Copyright © British Geological Survey © UKRI 2024": the word may stand before the sign, and a second holder
# after another sign ends the first one's name.
COPYRIGHT = re.compile(
    r"(?:(?i:copyright)\s*(?:©|\((?i:c)\))|©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*"
    r"(?:[-–—|]\s*)?)?(?P<org>[A-Z][^.|©]{1,60}?)(?:\.|,|\s+(?i:all rights reserved)|\s*\||\s*(?=©)|$)")
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
OFFICIAL_SITE = re.compile(r"\bofficial (?:web ?site|page|portal) of (?:the )?(?P<org>[A-Z][^.|]{2,60}?)\s*\.?$", re.I)
# "An official website of the United States government": the banner every agency of a state carries names the
# state, not the page's publisher; "© Crown copyright" names a kind of copyright, not its holder.
WHOLE_GOVERNMENT = re.compile(r"\bgovernment$", re.I)
GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:government|republic|kingdom|state)\s+of\b", re.I)
STATE_HOLDER = re.compile(r"^(?:the\s+)?(?:government|republic|kingdom|state|commonwealth|province)\s+of\b", re.I)
COPYRIGHT_KIND = re.compile(r"\bcopyright$", re.I)
COPYRIGHT_WORD = re.compile(r"^copyright\s+(?=[A-Z])", re.I)  # "© Copyright University of ...": the holder follows
SOURCE_PRIORITY = {"byline": 1, "source_line": 2, "wire_dateline": 3, "appeal": 4, "copyright": 5,
                   "site_prompt": 6, "site_name": 7, "official_site": 8, "footer_name": 9, "email": 10, "about": 11,
                   "breadcrumb": 12, "heading": 13}
# "Health Desk | Example Public News": a section and the site's name on one masthead line.
MASTHEAD_SEPARATOR = re.compile(r"\s+\|\s+")
MAX_MASTHEAD_PIECES = 3
# A postal address under a publisher's name at the foot of a page: "1600 Example Ave NW", "Springfield, IL 62701",
# "PO Box 120, Port Ellis".
ADDRESS_LINE = re.compile(r"^\d{1,5}\s+[A-Z][\w.]*(?:\s+[\w.]+){0,5}$"
                          r"|^[A-Z][\w .'-]{1,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
                          r"|^(?:P\.?\s?O\.?\s+Box|Private\s+Bag|Postbox|Postboks)\s+\d{1,6}\b")
# A wire story's dateline names the agency: "LONDON, Nov 14 (Example Wire) - ...".
# "GENEVA, 3 March 2026 (WMO) - ...": the date may be written in full.
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},?(?:\s+[A-Z][\w.]*){0,3}(?:\s+\d{1,2}(?:\s+[A-Z][a-z]+\.?)?(?:,?\s+(?:19|20)\d\d)?)?"
    r"\s+\((?P<org>[A-Z][\w .&'-]{1,40}?)\)\s*[-–—]\s")
# A story's opening dateline carries its date: "BEIRUT, Nov 27, 2024 (Example Wire) - ...", or a distributed
# release's "SPRINGFIELD, Ill., Nov. 4, 2024 /Example Newswire/ -- ...". The line stays body.
OPENING_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},\s+(?P<date>[^()/\n]{6,30}?)\s*(?:\([^)]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?[-–—]+\s")
# "GENEVA (4 March 2025) - ...": a release's dateline with its date in brackets after the place.
BRACKETED_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}?\s+\((?P<date>[^()\n]{6,30})\)\s*[-–—]+\s")
# The distributor's stamp that opens a distributed release: place, date and "/Distributor/", then a dash.
DISTRIBUTION_STAMP = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+[^()/\n]{0,30}?\s*/[^/\n]{1,40}/\s*[-–—]+\s")
# A site-name line above the headline: a short capitalised name ("Department of Water Resources").
MAX_SITE_NAME_WORDS = 10
MAX_FIRST_LINE_NAME_WORDS = 14  # a page's first line may spell out a longer body's name
# "U.S. Department of Energy": dotted initials may open a site name.
DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
# A press-release wire's dateline names the distributor between slashes: "OSLO, May 2, 2025 /Example Wire/ -- ...".
DISTRIBUTOR_DATELINE = re.compile(r"^[A-Z][\w .,'-]{1,80}?\s/(?P<org>[A-Z][\w .&'-]{1,40}?)/\s*[-–—]{1,2}\s")
COPYRIGHT_YEAR_SUFFIX = re.compile(r"[\s,]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)$")

# --- Text shape -------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:[-'’.,&][^\W_]+)*")
SENTENCE_END = re.compile(r"(?:[.!?…:;]|\.\.\.)[\"'”’»)\]]*$")
HEADLINE_BAD_END = re.compile(r"[.,;:]$")
TRAILING_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")
BULLET = re.compile(r"^(?:[•●▪◦‣∙*]|[-–](?=\s))\s*")
# Line breaks, form feeds and Unicode separators all end a line.
LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Control and invisible format characters (zero-width spaces, BOM, bidi marks, soft hyphen).
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
INLINE_SPACE = re.compile(r"[^\S\n]+")
# Entities left by the scraper ("&amp;", "&#8217;"); only with their semicolon, so "R&D" stays.
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A block of short lines is a summary box when this share of its words repeats the article.
SUMMARY_CONTAINMENT = 0.8
SUMMARY_MAX_WORDS = 20
# A paragraph before the body whose words nearly all reappear in one later paragraph is a standfirst
# that the article repeats.
STANDFIRST_CONTAINMENT = 0.8
HARD_WRAP_MIN_WORDS = 6
# The headline sits near the top; lines further down are never taken for it.
MAX_TITLE_LINE = 40
SITE_NAME_PENALTY = 2
# Headlines of statements name the speaker, the office and the occasion in full, so they run long.
MAX_HEADLINE_WORDS = 40
MAX_HEADLINE_CHARS = 300
# A headline that ends with a full stop is short and, without a date under it, written in title case.
MAX_PUNCTUATED_TITLE_WORDS = 15
MIN_TITLE_CASE_SHARE = 0.6
MAX_FIELD_LINE_WORDS = 12
FIELD_LINE = re.compile(r"^(?P<field>[A-Za-z][A-Za-z ]{0,24}?)\s*:\s*\S")
# A masthead tagline sits among the first lines of the page, with the site's menu at most this many lines below.
MAX_TAGLINE_LINE = 12
TAGLINE_MENU_GAP = 2
CONNECTORS = language.lexicon("name_connectors")


@dataclass
class _Line:
    text: str
    block: int  # lines separated by a blank line are in different blocks
    drop: str | None = None  # why the line is not body text
    zone: str | None = None  # "list" (an item under a list heading), "appeal" or "tail" (promotions after a paywall)
    spaced_menu: bool = False  # short capitalised items set apart by runs of spaces ("Menu  Markets  Research")


# Zones that carry other articles' bylines and dates.
ELSEWHERE_ZONES = ("list", "tail")


# --- Public API -------------------------------------------------------------------------


def load_sidecar(path: pathlib.Path) -> dict | None:
    """Read the ``<name>.json`` metadata next to ``<name>.txt``; None when there is none."""
    path = pathlib.Path(path)
    sidecar_path = path if path.suffix == ".json" else path.with_suffix(".json")
    if not sidecar_path.is_file():
        return None
    try:
        data = json.loads(sidecar_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleRejected(f"sidecar {sidecar_path.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ArticleRejected(f"sidecar {sidecar_path.name} must hold a JSON object")
    for key in SIDECAR_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ArticleRejected(f"sidecar field {key!r} must be a string")
    return data


def clean_article(raw: str | bytes, sidecar: dict | None = None, *, min_chars: int = 200) -> CleanedArticle:
    """Strip site chrome from a scraped page and extract its metadata."""
    text = _decode(raw)
    lines = _join_speaker_labels(_split_lines(text))
    sources: list[tuple[int, int, str]] = []  # (priority, line index, name)

    _mark_chrome_lines(lines, sources)
    _mark_footnotes(lines)
    _mark_appeals(lines, sources)
    _mark_paywall_tail(lines)
    bylines, date_candidates = _mark_metadata(lines, sources, _prefers_day_first(lines))
    title_index = _find_title(lines, (sidecar or {}).get("title"))
    title = lines[title_index].text if title_index is not None else None
    _collect_site_names(lines, title_index, sources)
    _collect_heading_author(title, title_index, sources)
    _mark_list_runs(lines, title_index)
    # Items of a headline list carry other articles' bylines; site-wide lines there still name the site.
    sources = [source for source in sources
               if not (source[0] == SOURCE_PRIORITY["byline"] and lines[source[1]].zone in ELSEWHERE_ZONES)]
    byline = next((names for index, names in bylines if lines[index].zone not in ELSEWHERE_ZONES), None)
    _mark_header_and_lead(lines, title_index)
    _mark_release_end(lines)
    _mark_self_introduction(lines, title_index)
    lead_byline = _lead_byline(lines, title_index)
    _mark_captions(lines)
    _mark_about_sections(lines, title_index, sources)
    _mark_closing_self_description(lines, title_index, sources)
    _mark_repeats(lines, title)
    _mark_non_sentences(lines)
    _mark_summaries(lines)

    _strip_distribution_stamp(lines)
    body = "\n\n".join(line.text for line in lines if line.drop is None)
    meta = {
        "title": title,
        "source": _publisher(sources, lines),
        "byline": byline or lead_byline,
        # A headline that carries a date ("Press Briefing – November 14, 2024") dates the page when no
        # line states the date on its own.
        "published": (_pick_published(lines, date_candidates, title_index)
                      or (_parse_date_text(title) if title else None) or _own_url_date(lines)),
        "url": None,
    }
    meta.update(stated_metadata(sidecar, published=meta["published"]))
    if not body:
        _too_short("article is too short: no text left after removing page chrome", "", meta)
    if len(body) < min_chars:
        _too_short(f"article is too short: {len(body)} characters after cleaning, fewer than {min_chars}", body, meta)
    return CleanedArticle(text=body, **meta)


def stated_metadata(sidecar: dict | None, *, published: str | None = None) -> dict:
    """The metadata fields a sidecar (or a request) states, spaces collapsed and the date read as ISO; a date that
    cannot be read leaves ``published`` as found on the page."""
    sidecar = dict(sidecar or {})
    if not sidecar.get("source") and isinstance(sidecar.get("publisher"), str):
        sidecar["source"] = sidecar["publisher"]
    stated = {}
    for key in SIDECAR_FIELDS:
        value = sidecar.get(key)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            if key == "published":
                value = _parse_date_text(value) or published
            stated[key] = value
    return stated


def _too_short(message: str, body: str, meta: dict):
    raise ArticleTooShort(message, CleanedArticle(text=body, **meta, warnings=[message]))


def _publisher(sources: list[tuple[int, int, str]], lines: list[_Line]) -> str | None:
    """The most reliable publisher name the page states, spelled out in full: an institution's longer name that
    the page also gives ("Ministry of Health" -> "Ministry of Health Kenya": a ministry's short name leaves out its
    country; an outlet's company name, "Riverside Herald Media", is not its masthead) or the name an acronym
    stands for ("PPA" -> "Pacific Press Agency"), in the page's case, without a legal form ("Kestrel Motors AG"
    -> "Kestrel Motors")."""
    if not sources:
        return None
    # "By Jordan Ellis, Office of Communications": a by-line's unit named only by its function names no body
    sources = [source for source in sources
               if not (source[0] == SOURCE_PRIORITY["byline"] and _function_unit(source[2]))] or sources
    sources = [(priority, index, _owner_of_contact_unit(priority, _owner_on_masthead(_spelled_out_holder(name), lines)))
               for priority, index, name in sources]
    best = _english_name(_owned_masthead(_named_in_body(sources, lines), sources), sources, lines)
    best = _government_of_territory(_agency_under_parent(best, sources), sources)
    best = _masthead_over_source_unit(_body_of_unit(best, sources), sources)
    chosen = " ".join(best[2].split())
    institution = issuer.is_institution(chosen)
    # the masthead or the copyright line spells out a wire dateline's short name ("Meridian" -> "Meridian Newswire")
    spelled_out = {SOURCE_PRIORITY["site_name"]} | (
        {SOURCE_PRIORITY["copyright"]} if best[0] == SOURCE_PRIORITY["wire_dateline"] else set())
    for priority, _, other in sorted(sources):
        other = " ".join(other.split())
        # "Federal Ministry of Communications" cut at a comma of the masthead's "..., Innovation and Digital Economy"
        if len(other) > len(chosen) and other.lower().startswith((chosen.lower() + " ", chosen.lower() + ",")) and (
                institution or priority in spelled_out) and not _government_qualifier(other[len(chosen):]):
            chosen = other
    page = "\n".join(line.text for line in lines)
    name = issuer.publisher_name(chosen, page) or None
    masthead = next((" ".join(other.split()) for priority, _, other in sources
                     if priority == SOURCE_PRIORITY["site_name"] and name and not issuer.is_institution(name)
                     and " ".join(other.split()).lower() == "the " + name.lower()), None)
    return masthead or name  # "The Wessex Courier" on the masthead, "Wessex Courier Ltd" in the copyright line


def _function_unit(name: str) -> bool:
    """"Office of Communications", "Media Relations Team": an office named only by words of what it does."""
    words = language.tokens(name)
    return bool(words) and all(word in language.lexicon("function_unit_words") for word in words)


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
    return name


# "NASA's Kennedy Space Center": a body's unit named with its owner in the possessive.
POSSESSED_UNIT = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?P<unit>[A-Z].+)$")
MASTHEAD_LINES = 3  # the first lines of a page, where its logo text stands


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


def _agency_under_parent(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The agency a masthead names under its parent ministry ("Department of Science and Technology" over
    "PHILIPPINE INSTITUTE OF VOLCANOLOGY AND SEISMOLOGY"): the line below the parent is the site's own body."""
    # "Government of Westland" over "Ministry of Health": the government's banner over its ministry's site
    government = bool(GOVERNMENT_OF.match(best[2].strip()))
    if best[0] != SOURCE_PRIORITY["site_name"] or not (_parent_body(best[2]) or government):
        return best
    below = next((s for s in sources if s[0] == SOURCE_PRIORITY["site_name"] and s[1] == best[1] + 1), None)
    if government and below is not None and GOVERNMENT_OF.match(below[2].strip()):
        return best
    # "Ministry of External Affairs" over "Government of India": the state above is no agency below
    return below if below is not None and issuer.is_institution(below[2]) \
        and (government or not _parent_body(below[2])) else best


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


def _government_of_territory(best: tuple[int, int, str],
                             sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The government a page names for the territory its best source names ("Province of Manitoba" in the copyright
    line, "Government of Manitoba" on the masthead): a province or state is a place, its government the publisher."""
    m = TERRITORY_OF.match(best[2].strip())
    if m is None or m.group("word").lower() not in language.lexicon("territory_words"):
        return best
    wanted = _fold(m.group("place"))
    for source in sources:
        other = TERRITORY_OF.match(source[2].strip())
        if other and other.group("word").lower() == "government" and _fold(other.group("place")) == wanted:
            return source
    return best


UNIT_NAME = re.compile(r"^(?:(?:the|national|federal)\s+)?(?P<head>[A-Za-z]+)\s+(?:of|for|on)\s+[A-Z]", re.I)


def _masthead_over_source_unit(best: tuple[int, int, str],
                               sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The institution on the masthead, not the unit a "Source:" line names ("Source: National Center for
    Immunization and Respiratory Diseases" under "Centers for Disease Control and Prevention"): the unit wrote the
    page inside the body that publishes it."""
    if best[0] != SOURCE_PRIORITY["source_line"] or not _unit_name(best[2]):
        return best
    return next((source for source in sorted(sources) if source[0] == SOURCE_PRIORITY["site_name"]
                 and issuer.is_institution(source[2]) and not _unit_name(source[2])), best)


def _unit_name(name: str) -> bool:
    """"National Center for ...", "Division of ...": a unit's name (lexicon ``unit_heads``)."""
    m = UNIT_NAME.match(name.strip())
    return m is not None and m.group("head").lower() in language.lexicon("unit_heads")


def _parent_body(name: str) -> bool:
    """"Ministry of ...", "U.S. Department of the Interior": a parent's first word, after a country's code."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in language.lexicon("country_qualifiers"):
        words = words[1:]
    return bool(words) and words[0].lower() in language.lexicon("parent_bodies")


def _owned_masthead(best: tuple[int, int, str], sources: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The masthead, not the company that owns it: "Pacific Coast Daily" over a copyright line's "Pacific Coast
    Media Group" (the same first word, a corporate last word)."""
    words = best[2].split()
    if best[0] != SOURCE_PRIORITY["copyright"] or len(words) < 2 \
            or words[-1].lower() not in language.lexicon("corporate_words"):
        return best
    return next((source for source in sources if source[0] == SOURCE_PRIORITY["site_name"]
                 and source[2].split()[0] == words[0] and source[2] != best[2]), best)


def _english_name(best: tuple[int, int, str], sources: list[tuple[int, int, str]],
                  lines: list[_Line]) -> tuple[int, int, str]:
    """An institution's English name on the masthead ("Spanish Statistical Office") rather than its name in its own
    language ("Instituto Nacional de Estadística") on an English page, unless the text calls the institution by the
    acronym of its own name ("According to INE, ...")."""
    if not issuer.is_native_name(best[2]) and not _foreign_word(best[2]):
        return best
    acronym = issuer.initials(best[2])
    body = "\n".join(line.text for line in lines if line.drop is None)
    if len(acronym) >= 2 and re.search(rf"(?<![\w-]){acronym}(?![\w-])", body):
        return best
    english = [(p, i, re.sub(r"^The\s+", "", name)) for p, i, name in sources  # "The Public Health Agency of ..."
               if p == SOURCE_PRIORITY["site_name"] and issuer.is_institution(name) and not issuer.is_native_name(name)]
    return min(english, default=best)


def _foreign_word(name: str) -> bool:
    """"Folkhälsomyndigheten", "Veðurstofa": a one-word name with letters outside English, not an acronym: the
    body's name in its own language."""
    return " " not in name.strip() and not name.isupper() and any(c.isalpha() and not c.isascii() for c in name)


def _named_in_body(sources: list[tuple[int, int, str]], lines: list[_Line]) -> tuple[int, int, str]:
    """The most reliable source, unless the body never names it and names another one: "Statistisches Bundesamt"
    in the copyright line, "Federal Statistical Office" in the masthead and the text's lead."""
    best = min(sources)
    body = "\n".join(line.text for line in lines if line.drop is None)
    if _names(body, best[2]):
        return best
    named = min((source for source in sources if _names(body, source[2])), default=None)
    if named is not None:
        return named
    # "Australian Government | Bureau of Meteorology" over "The Bureau has issued ...": the body's "the Bureau"
    return best if _calls(body, best[2]) else min((s for s in sources if _calls(body, s[2])), default=best)


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


# --- Decoding and line model ------------------------------------------------------------


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArticleRejected("text is not valid UTF-8") from exc
    if not isinstance(raw, str):
        raise ArticleRejected("article must be text")
    if not raw.strip():
        raise ArticleRejected("article is empty")
    return raw


def _split_lines(text: str) -> list[_Line]:
    text = HTML_ENTITY.sub(lambda match: html.unescape(match.group()), text)
    text = unicodedata.normalize("NFC", LINE_BREAKS.sub("\n", text))
    text = INVISIBLE.sub("", text)
    lines: list[_Line] = []
    block = 0
    for raw_line in text.split("\n"):
        line = INLINE_SPACE.sub(" ", raw_line).strip()
        line = BULLET.sub("", _unbold_label(_without_markers(line))).strip()
        if not line:
            block += 1
            continue
        previous = lines[-1] if lines else None
        # Text wrapped at a fixed width continues on the next line in lowercase, or after a function word ("we
        # kept the limit at" / "80%. We do not ...").
        if (previous is not None and previous.block == block
                and (line[0].islower() or _ends_in_function_word(previous.text))
                and not SENTENCE_END.search(previous.text) and _word_count(previous.text) >= HARD_WRAP_MIN_WORDS):
            previous.text = f"{previous.text} {line}"
            continue
        lines.append(_Line(line, block, spaced_menu=_is_spaced_menu(raw_line)))
    return lines


# the rule a document printed from a PDF sets above its footnotes, or a scraped page's "---"
FOOTNOTE_RULE = re.compile(r"^[_\-–—]{3,}$")
FOOTNOTE = re.compile(r"^\d{1,3}\s+\S")  # "1 Czech Statistical Office, House price index, Q4 2024."
BACKLINKED_NOTE = re.compile(r"^(?P<number>\d{1,3})\.?\s+\S.*(?:\b(?:[Rr]eturn|[Bb]ack)\s+to\s+(?:the\s+)?(?:text|top|"
                             r"reference|footnote\s+reference)|↩|\[return\])\s*$")


def _mark_footnotes(lines: list[_Line]) -> None:
    """The numbered notes under a footnote rule ("_____" then "1 Statistics office, ..."): sources, not text. The
    body's markers of those notes ("in the fourth quarter of 2024.1", "gross wages2,") go too."""
    numbers = set()
    for index, line in enumerate(lines):
        if not FOOTNOTE_RULE.match(line.text):
            continue
        for note in lines[index + 1:]:
            if not FOOTNOTE.match(note.text):
                break
            note.drop = "footnote"
            numbers.add(note.text.split()[0])
    for note in lines:  # "1. The views expressed here are my own ... Return to text": a note linking back to the text
        m = BACKLINKED_NOTE.match(note.text)
        if m is not None:
            note.drop = "footnote"
            numbers.add(m.group("number"))
    _mark_bracketed_notes(lines)
    if not numbers:
        return
    alternation = "|".join(sorted(numbers, key=len, reverse=True))
    # after a word, or after the full stop that ends a sentence on a word or a year ("of 2024.1"), not in "7.1"
    marker = re.compile(rf"(?:(?<=[a-z%)]\.)|(?<=[12]\d\d\d\.)|(?<=[a-z%)]))(?:{alternation})(?=[.,;:]?(?:\s|$))")
    for line in lines:
        if line.drop is None:
            line.text = marker.sub("", line.text)


BRACKETED_NOTE = re.compile(r"^\[(?P<number>\d{1,3})\]\s+\S")  # "[1] Eurostat, flash estimate for April 2025."


def _mark_bracketed_notes(lines: list[_Line]) -> None:
    """Notes opened by a bracketed number ("[1] Eurostat, ...") whose marker the text carries ("target.[1]"): sources,
    not text; their markers go too."""
    notes = [(line, m.group("number")) for line in lines if (m := BRACKETED_NOTE.match(line.text)) is not None]
    body = [line for line in lines if not BRACKETED_NOTE.match(line.text)]
    cited = [(line, number) for line, number in notes if any(f"[{number}]" in other.text for other in body)]
    for line, _ in cited:
        line.drop = "footnote"
    if cited:
        marker = re.compile(r"\[(?:%s)\]" % "|".join(re.escape(number) for _, number in cited))
        for line in body:
            if line.drop is None:
                line.text = marker.sub("", line.text)


def _ends_in_function_word(text: str) -> bool:
    """A line that stops on "at", "of" or "the" stops inside its sentence."""
    words = text.split()
    return bool(words) and words[-1] in language.lexicon("continuation_words")


def _is_spaced_menu(raw_line: str) -> bool:
    """"Menu  Core functions  Markets  Research": capitalised items of a few words apart by runs of spaces."""
    if "  " not in raw_line and "\t" not in raw_line:
        return False
    pieces = [piece.strip() for piece in SPACED_ITEMS.split(raw_line.strip()) if piece.strip()]
    return len(pieces) >= MIN_MENU_ITEMS and all(
        _word_count(piece) <= MAX_MENU_ITEM_WORDS and piece[0].isupper() and not SENTENCE_END.search(piece)
        for piece in pieces)


def _join_speaker_labels(lines: list[_Line]) -> list[_Line]:
    """A transcript that prints each speaker label on its own line ("MR. HALE:" above what he says, or a name with
    no colon, "Maria Lopez (Spokesperson)", "Lars Holm -- Chief Financial Officer") gets the label back at the start
    of the turn, as "<label>:", where every later stage reads speaker labels; so do labels set in bold or before an
    em dash."""
    for line in lines:  # "Governor Dana Mercer: (00:00)": the time of the turn in a recording goes
        line.text = LABEL_TIMESTAMP.sub(r"\g<label>", line.text, count=1).rstrip()
        line.text = TIMESTAMP_LABEL.sub("", line.text, count=1)
        line.text = LABEL_TIME_COLON.sub(r"\g<label>:", line.text, count=1)
    _bracket_dashed_names(lines)
    _colon_dash_labels(lines)
    names = _name_label_lines(lines)
    out: list[_Line] = []
    for index, line in enumerate(lines):
        previous = out[-1] if out else None
        if previous is not None and _is_label_line(previous.text) and not _is_label_line(line.text):
            previous.text = f"{previous.text} {line.text}"
            previous.block = line.block
            continue
        if previous is not None and index - 1 in names:
            previous.text = f"{previous.text}: {line.text}"
            previous.block = line.block
            continue
        out.append(line)
    return out


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(language.lexicon("transcript_markers"), key=len, reverse=True))
    return re.compile(rf"[ \t]*\[(?i:{words})\][ \t]*")


def _without_markers(text: str) -> str:
    """"[Translation] Thank you." -> "Thank you.": a transcriber's bracketed note of a language switch or a noise
    (lexicon ``transcript_markers``) goes."""
    if "[" not in text:
        return text
    return _marker_pattern().sub(" ", text).strip()


def _unbold_label(text: str) -> str:
    """"**Walker:** No one ..." -> "Walker: No one ..."; a line wholly in bold ("**Transcript: ...**") loses its
    marks."""
    whole = BOLD_LINE.match(text)
    if whole is not None:
        return whole.group("text").strip()
    m = BOLD_LABEL.match(text)
    if m is None or not (m.group("colon") or m.group("after")):
        return text
    return f"{m.group('label').strip()}: {text[m.end():]}".rstrip()


def _dashed_name(text: str) -> str | None:
    """"Lars Holm -- Chief Financial Officer" -> "Lars Holm (Chief Financial Officer)": a call transcript's name
    line in the bracketed shape of the other name labels (a name of two to five capitalised words), else None."""
    m = DASHED_NAME_LINE.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_LABEL_WORDS or not all(w[:1].isupper() for w in words) \
            or SENTENCE_END.search(m.group("rest")):
        return None
    return f"{name} ({', '.join(DASHED_PART.split(m.group('rest').strip()))})"


def _bracket_dashed_names(lines: list[_Line]) -> None:
    """Name lines with dashes ("Lars Holm -- Chief Financial Officer") above a line of prose become bracketed name
    labels on a page that prints at least MIN_NAME_LABELS of them and names one person in more than one (a list of
    dated headings, "Department Press Briefing – November 13, 2024", is none)."""
    found = [(line, name) for line, following in zip(lines, lines[1:]) for name in [_dashed_name(line.text)]
             if name and _ends_sentence(following.text) and _word_count(following.text) >= MIN_SHORT_PROSE_WORDS
             and not any(c.isdigit() for c in name)]
    people = [name.split(" (", 1)[0] for _, name in found]
    if len(found) < MIN_NAME_LABELS or len(set(people)) == len(people):
        return
    for line, name in found:
        line.text = name


def _colon_dash_labels(lines: list[_Line]) -> None:
    """"SOW — Our laboratory network ..." -> "SOW: Our laboratory network ...", on a page where at least
    MIN_DASH_LABELS lines open so and one label opens more than one of them (a dateline, "OSLO — ", opens one)."""
    found = [(line, m) for line in lines for m in [DASH_LABEL.match(line.text)]
             if m is not None and _ends_sentence(line.text) and _word_count(line.text[m.end():]) >= MIN_DASH_TURN_WORDS]
    labels = [m.group("label") for _, m in found]
    if len(found) < MIN_DASH_LABELS or len(set(labels)) == len(labels):
        return
    for line, m in found:
        line.text = f"{m.group('label')}: {line.text[m.end():]}"


def _name_label_lines(lines: list[_Line]) -> set[int]:
    """Indexes of lines that are only a speaker's name (a role before it or in brackets after it may go with it:
    "Maria Lopez (Spokesperson)", "Question (Agence Europe)") above a line of prose: turn labels, when the page
    has at least MIN_NAME_LABELS of them and one name labels more than one turn."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines[:-1]):
        name = _name_label(line.text)
        following = lines[index + 1].text
        if name and _ends_sentence(following) and _word_count(following) >= MIN_SHORT_PROSE_WORDS \
                and _name_label(following) is None:
            found[index] = name
    people = [name for name in found.values() if " " in name]
    # a name in capitals is a label when it returns or opens with a title ("DR SAM PATEL"); else it may be a heading
    found = {i: name for i, name in found.items() if not name.isupper() or people.count(name) > 1
             or name.split()[0].lower() in language.lexicon("label_titles")}
    people = [name for name in found.values() if " " in name]
    if len(found) < MIN_NAME_LABELS or len(set(people)) == len(people):
        return set()
    return set(found)


def _name_label(text: str) -> str | None:
    """The name of a line that is only a name or a role label, with an optional bracketed role or outlet, else
    None."""
    match = NAME_LABEL_LINE.match(text)
    if match is None:
        return None
    name = match.group("name")
    words = name.split()
    low = " ".join(name.lower().split())
    if low in language.lexicon("label_exclusions") or _chrome_kind(text, _fold(text)) is not None:
        return None
    roles = language.lexicon("question_labels") | language.lexicon("floor_labels") | language.lexicon(
        "answer_labels")
    if low in roles:
        return low
    if not 2 <= len(words) <= MAX_NAME_LABEL_WORDS \
            or any(w.lower() in language.lexicon("stopwords") for w in words[:1] + words[-1:]):
        return None
    return name


def _is_label_line(text: str) -> bool:
    """"MR. HALE:", "Q:", "Moderator:", "Ambassador Lee:": a speaker label alone on its line."""
    match = LABEL_LINE.match(text)
    if match is None or _word_count(text) > MAX_LABEL_LINE_WORDS:
        return False
    label = " ".join(match.group("label").lower().split())
    if label in language.lexicon("label_exclusions") or _line_pattern("chrome_sections").search(label):
        return False
    if _chrome_kind(text, _fold(text)) is not None or _line_pattern("chrome_banners").search(_fold(text)):
        return False
    roles = language.lexicon("question_labels") | language.lexicon("floor_labels") | language.lexicon(
        "answer_labels")
    letters = [c for c in label if c.isalpha()]
    shouted = len(letters) >= 2 and match.group("label").isupper()
    titled = label.split()[0] in language.lexicon("label_titles")
    return label in roles or shouted or titled or UNNAMED_SPEAKER.fullmatch(label) is not None


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _word_count(text: str) -> int:
    return len(_words(text))


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


def _ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def _lowercase_share(text: str) -> float:
    words = [w for w in _words(text) if any(c.isalpha() for c in w)]
    return sum(w[0].islower() for w in words) / len(words) if words else 0.0


def _is_prose(text: str, min_words: int = MIN_PROSE_WORDS) -> bool:
    return _word_count(text) >= min_words and _ends_sentence(text) and not text.endswith(":")


def _is_short(text: str) -> bool:
    return _word_count(text) <= MAX_CHROME_WORDS


# --- Chrome classifiers -----------------------------------------------------------------


def _mark_chrome_lines(lines: list[_Line], sources: list) -> None:
    """Drop lines that are chrome on their own: navigation, prompts, widgets, banners, credits."""
    foreign = _foreign_script_lines(lines)
    for index, line in enumerate(lines):
        text = line.text
        line.drop = (_chrome_kind(text, _fold(text)) or ("script" if index in foreign else None)
                     or ("navigation" if line.spaced_menu else None))
        if line.drop and _word_count(text) <= MAX_BANNER_WORDS:
            _collect_chrome_source(text, index, sources)


def _chrome_kind(text: str, folded: str) -> str | None:
    """Why a line is chrome by itself, or None."""
    short = _is_short(text)
    if not any(c.isalpha() for c in text):
        return "noise"
    if URL_LINE.match(text) or OWN_URL_LINE.match(text):
        return "link"
    if short and _is_list_heading(text):
        return "list-heading"
    if RELATED_LINK.match(text):
        return "related-link"
    if _is_menu_row(text) or (short and BREADCRUMB.match(text)):
        return "navigation"
    if short and (_line_pattern("chrome_prompts").search(folded) or FREE_OFFER.match(folded)):
        return "paywall"
    if short and (_line_pattern("chrome_navigation").search(folded) or _is_ui_only(text)):
        return "navigation"
    if short and (_line_pattern("chrome_widgets").search(folded) or READING_TIME.match(folded)
                  or SIGNOFFS.search(folded)):
        return "widget"
    if _word_count(text) <= MAX_BANNER_WORDS and _line_pattern("chrome_banners").search(folded):
        return "banner"
    if short and CREDIT_LINE.search(folded) and not _video_headline(text):
        return "credit"
    if short and (COPYRIGHT.match(text) or _is_reader_prompt(text)):
        return "prompt"
    if _word_count(text) <= MAX_CAPTION_WORDS and CAPTION_CREDIT_SUFFIX.match(text):
        return "caption"
    if _word_count(text) <= MAX_BANNER_WORDS and DOI_REFERENCE.search(text):
        return "reference"
    if short and VALIDITY_LINE.search(text) and _find_dates(text):
        return "dateline"
    if "@" in text and EMAIL_ADDRESS.search(text) \
            and _word_count(EMAIL_ADDRESS.sub(" ", text)) <= MAX_CONTACT_LINE_WORDS:
        return "contact"
    if (PHONE_CUE.search(text) or CONTACT_PROMPT.match(text)) and _word_count(text) <= MAX_PHONE_LINE_WORDS \
            and not _ends_sentence(text):
        return "contact"
    return None


@lru_cache(maxsize=None)
def _line_pattern(name: str) -> re.Pattern:
    """A lexicon of chrome phrases as one regex over folded lines.

    An entry marked ``=`` must be the whole line (punctuation aside), ``^`` must open it; others may sit anywhere.
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
        parts.append(rf"^[\W_]*(?:{'|'.join(marked['^'])})(?![\w'])")
    if marked[""]:
        parts.append(rf"(?<![\w'])(?:{'|'.join(marked[''])})(?![\w'])")
    return re.compile("|".join(parts))


def _is_menu_row(text: str) -> bool:
    """"Home | Subjects | Data | Contact", "Home » Science » Climate": a row of short links."""
    pieces = [piece for piece in MENU_SEPARATOR.split(text) if piece.strip()]
    return len(pieces) >= MIN_MENU_ITEMS and all(
        _word_count(piece) <= MAX_MENU_ITEM_WORDS and not SENTENCE_END.search(piece) for piece in pieces)


def _is_ui_only(text: str) -> bool:
    """Only interface words and numbers: "Comments 12", "Share it on...", "Log in | Register"."""
    words = [re.sub(r"\d+", "", token) for token in language.tokens(text)]
    content = [word for word in words if word and word not in language.stop_words()]
    return (0 < len(content) and len(words) <= MAX_UI_ONLY_WORDS
            and all(word in language.lexicon("ui_words") for word in content))


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


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _script_counts(text: str) -> Counter:
    counts = Counter({"LATIN": sum(1 for c in text if c.isascii() and c.isalpha())})
    counts.update(_script(c) for c in text if not c.isascii() and c.isalpha())
    return counts


def _foreign_script_lines(lines: list[_Line]) -> set[int]:
    """Lines written mostly in another script than the page: menus in Cyrillic, Arabic or CJK on an English page."""
    if all(line.text.isascii() for line in lines):
        return set()
    page = Counter()
    per_line = {}
    for index, line in enumerate(lines):
        per_line[index] = _script_counts(line.text)
        page.update(per_line[index])
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


def _collect_chrome_source(text: str, index: int, sources: list) -> None:
    registered = REGISTERED_NAME.match(text)
    if registered and registered.group("form").lower().rstrip(".") in LEGAL_FORMS:
        sources.append((SOURCE_PRIORITY["copyright"], index, registered.group("org")))
    match = SITE_PROMPT.search(text)
    if match:
        site = (match.group("site") or match.group("site2") or "").strip(" .")
        if site and site.lower() not in {"this site", "our site", "the app", "our app"}:
            sources.append((SOURCE_PRIORITY["site_prompt"], index, site))
    match = COPYRIGHT.search(text)
    if match:
        org = COPYRIGHT_YEAR_SUFFIX.sub("", COPYRIGHT_WORD.sub("", match.group("org").strip()))
        bracketed = COPYRIGHT_BODY_IN_BRACKETS.match(org)
        org = bracketed.group("org") if bracketed else org
        if org and not COPYRIGHT_KIND.search(org) and not _is_footer_link(org):
            # "© Commonwealth of Australia": the state holds the copyright of what its agency's site names
            state = STATE_HOLDER.match(org) and not bracketed
            sources.append((SOURCE_PRIORITY["footer_name" if state else "copyright"], index, org))


def _is_footer_link(holder: str) -> bool:
    """"Copyright Policy": a link to the site's copyright page, naming no holder."""
    return all(word in language.lexicon("footer_links") for word in language.tokens(holder))


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
    """An institution's name ending in a full stop before the taglines of a page's first line, else None."""
    pieces = TAGLINE_SEPARATOR.split(text.strip())
    if len(pieces) < 2 or not issuer.is_institution(pieces[0]):
        return None
    return pieces[0] if _is_site_name(pieces[0]) else None


def _native_pair(pieces: list[str]) -> str | None:
    """The institution's name of a masthead's two dash-joined names when the other is written with letters outside
    English and names no institution ("Te Pūtea Matua"), else None."""
    for name, other in (pieces, pieces[::-1]):
        if _is_site_name(name) and issuer.is_institution(name) and not issuer.is_institution(other) \
                and any(c.isalpha() and not c.isascii() for c in other):
            return name
    return None


def _collect_site_names(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """A publisher's name printed above the headline (a masthead or site-name line, or the site-name piece of a
    "Section | Site Name" masthead), or at the foot of the page above its postal address."""
    title = lines[title_index].text if title_index is not None else ""
    for index, line in enumerate(lines[:title_index or 0]):
        suffix = _title_suffix_site(line.text, title)
        if suffix:
            sources.append((SOURCE_PRIORITY["site_name"], index, suffix))
        if line.drop is None and _site_name(line.text) and not _tagline(line.text):
            sources.append((SOURCE_PRIORITY["site_name"], index, _site_name(line.text)))
        elif index == 0 and line.drop is None and _is_site_name(line.text, MAX_FIRST_LINE_NAME_WORDS):
            # "Permanent Mission of the Republic of Ghana to the United Nations": a long name heads its own page
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif index == 0 and line.drop is None and _office_masthead(lines):
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif index == 0 and line.drop is None and _letterhead(line.text):
            sources.append((SOURCE_PRIORITY["site_name"], index, _unshout(line.text.strip())))
        elif index == 0 and _logo_word(lines, title_index):
            sources.append((SOURCE_PRIORITY["site_name"], index, line.text.strip()))
        elif index == 0 and _name_before_tagline(line.text):
            sources.append((SOURCE_PRIORITY["site_name"], index, _name_before_tagline(line.text)))
        pieces = [piece.strip() for piece in MASTHEAD_SEPARATOR.split(line.text)]
        dashed = [piece.strip() for piece in TITLE_SEPARATOR.split(line.text)]
        if len(pieces) == 1 and len(dashed) == 2 and any(GOVERNMENT_OF.match(piece) for piece in dashed):
            pieces = dashed  # "Ministry of Environment – Republic of Ruritania"
        elif index == 0 and len(pieces) == 1 and len(dashed) == 2 and _native_pair(dashed):
            # "Reserve Bank of New Zealand - Te Pūtea Matua": the body's name, then its name in another language
            sources.append((SOURCE_PRIORITY["site_name"], index, _native_pair(dashed)))
        if 2 <= len(pieces) <= MAX_MASTHEAD_PIECES and all(pieces):  # "<name> | <name in another language> | ..."
            bodies = [piece for piece in pieces if _is_site_name(piece)]
            if len(bodies) == 2 and any(GOVERNMENT_OF.match(piece) for piece in bodies):
                # "Ministry of Tourism | Government of Jamaica": the ministry's site, under its government's name
                bodies = [piece for piece in bodies if not GOVERNMENT_OF.match(piece)]
            sources.extend((SOURCE_PRIORITY["site_name"], index, piece) for piece in bodies)
    for index, line in enumerate(lines[(title_index or 0) + 1:-1], start=(title_index or 0) + 1):
        if _is_site_name(line.text) and ADDRESS_LINE.match(lines[index + 1].text):
            sources.append((SOURCE_PRIORITY["footer_name"], index, line.text))
    for index, line in enumerate(lines[-FOOTER_ADDRESS_LINES:], start=max(0, len(lines) - FOOTER_ADDRESS_LINES)):
        name = _addressed_name(line.text)
        if name and index > (title_index or 0):
            sources.append((SOURCE_PRIORITY["footer_name"], index, name))


OFFICE_NAME = re.compile(r"^(?:the\s+)?(?P<head>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+of\s+(?:the\s+)?"
                         r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")
MASTHEAD_MENU_WINDOW = 3  # lines under a page's first line in which its menu or breadcrumb stands


def _office_masthead(lines: list[_Line]) -> bool:
    """"President of Latvia", "City of Tucson" alone on a page's first line, over a menu or breadcrumb in its block:
    the site of the office or local government that the name's head (lexicon ``office_mastheads``) names."""
    m = OFFICE_NAME.match(lines[0].text.strip())
    if m is None or " ".join(m.group("head").lower().split()) not in language.lexicon("office_mastheads"):
        return False
    return any(len([piece for piece in MENU_SEPARATOR.split(line.text) if piece.strip()]) >= MIN_MENU_ITEMS
               for line in lines[1:1 + MASTHEAD_MENU_WINDOW] if line.block == lines[0].block)


# "Fisheries agreement for 2025 - Ministry of Fisheries | Official website": a page's browser title, the headline
# and the site's name between separators.
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
OFFICIAL_WEBSITE = re.compile(r"^(?:the\s+)?official\s+(?:web\s?site|site|portal|page)$", re.I)


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
    """"Official website", "Home": a piece of a browser title that names no page."""
    return bool(OFFICIAL_WEBSITE.match(piece)) or piece.lower() in HOME_PIECES


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
# "Welcome to the United Nations": a banner greeting the reader names the site.
WELCOME_BANNER = re.compile(r"^welcome\s+to\s+(?:the\s+)?(?=[A-Z])", re.I)


def _government_qualifier(rest: str) -> bool:
    """", Republic of Malawi", " Republic of Indonesia": the name of a body's government after the body's own name
    (as "Ministry of Tourism | Government of Jamaica" has it) qualifies the name; it is no part of it."""
    return bool(GOVERNMENT_OF.match(rest.lstrip(" ,–—-")))


def _site_name(text: str) -> str | None:
    """The line as a site name, without a trailing acronym in brackets or the words of a logo's text; None when it
    is no site name."""
    text = WELCOME_BANNER.sub("", LOGO_TEXT.sub("", text))
    head, comma, rest = text.partition(", ")
    if comma and _government_qualifier(rest) and _is_site_name(head):
        text = head  # "Ministry of Health, Republic of Malawi": the ministry, its government's name aside
    bare = TRAILING_ACRONYM.sub("", text) if text.endswith(")") else text
    return bare if _is_site_name(bare) else None


def _is_site_name(text: str, max_words: int = MAX_SITE_NAME_WORDS) -> bool:
    tokens = [token[:-2] if token.endswith(("'s", "’s")) else token  # "the People's Republic of China"
              for token in text.split()]
    if not 2 <= len(tokens) <= max_words or META_SEPARATOR.search(text) or text.endswith("."):
        return False
    lowered = {token.lower().rstrip(",") for token in tokens}
    institution = bool(lowered & (language.lexicon("institution_words") | language.lexicon("native_institution_words")))
    if _native_institution_name(tokens, lowered):  # "Ministère de la Transition écologique"
        return True
    if institution:  # "Department of Enterprise, Trade and Employment"
        tokens = [token[:-1] if token.endswith(",") else token for token in tokens]
    if not all((token.isalpha() or DOTTED_INITIALS.match(token)) and (token[0].isupper() or token in CONNECTORS)
               for token in tokens) or tokens[-1] in CONNECTORS:
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
        and all(token.replace("'", "").replace("’", "").isalpha() for token in tokens) and bool(lowered)


def _is_list_heading(text: str) -> bool:
    bare = BRACKET_TAG.sub("", text).strip(" :.!-–—")
    if not bare:  # a bare tag such as "[LATEST]"
        return bool(BRACKET_TAG.match(text))
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
            if end - index > APPEAL_MAX_GAP:
                end = index
        for covered in lines[index:end + 1]:
            covered.drop = covered.drop or "appeal"
            covered.zone = "appeal"
        index = end + 1


# --- Metadata ---------------------------------------------------------------------------


def _prefers_day_first(lines: list[_Line]) -> bool | None:
    """The order a page writes "10/01/2025" in: day first (True) in British or Commonwealth spelling, month first
    (False) in American spelling; else the order of its other dates ("14/11/2024", "4 March 2025" day first;
    "11/14/2024", "March 4, 2025" month first); None when nothing on the page tells."""
    words = Counter(word for line in lines for word in re.findall(r"[a-z]+", line.text.lower()))
    british = sum(words[word] for word in language.lexicon("british_spellings"))
    american = sum(words[word] for word in language.lexicon("american_spellings"))
    if british != american:
        return british > american
    day_first = month_first = 0
    for line in lines:
        for match in SLASHED_DATE.finditer(line.text):
            day_first += int(match.group("month")) > MONTHS_IN_YEAR
            month_first += int(match.group("day")) > MONTHS_IN_YEAR
        day_first += len(DAY_BEFORE_MONTH_NAME.findall(line.text))
        month_first += len(MONTH_NAME_FIRST.findall(line.text))
    if day_first == month_first and not words.keys().isdisjoint(language.lexicon("native_institution_words")):
        return True  # "Ministerio de Asuntos Exteriores" on the masthead: a country that writes the day first
    if day_first == month_first and any(re.search(r"\bministry\b", line.text, re.I) for line in lines[:MASTHEAD_LINES]):
        return True  # a ministry's page: the United States, which writes the month first, has departments
    return None if day_first == month_first else day_first > month_first


# A page whose order of day and month is unknown: a date such as "03/04/2025" on it could be either.
AMBIGUOUS = "ambiguous"


MASTHEAD_LINES = 3  # a page's first lines, which name its site
WEEKDAY_NAME = re.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|\.)?\b", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_order(text: str, day_first: bool | None) -> bool | None:
    """"Tue, 03/04/2025": the order of day and month in which the slashed date falls on the weekday the line names
    (4 March 2025 was a Tuesday), else the page's order."""
    weekday, slashed = WEEKDAY_NAME.search(text), SLASHED_DATE.search(text)
    if weekday is None or slashed is None:
        return day_first
    first, second, year = int(slashed["month"]), int(slashed["day"]), int(slashed["year"])
    fits = []
    for order, (month, day) in ((False, (first, second)), (True, (second, first))):
        try:
            if dt.date(year, month, day).weekday() == WEEKDAYS.index(weekday["day"].lower()):
                fits.append(order)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else day_first


def _in_either_order(read, text: str, day_first: bool | None):
    """What ``read`` finds in ``text`` in the page's order of day and month; when the page does not tell the order,
    that in both orders, or AMBIGUOUS when the two differ ("03/04/2025": no date rather than a wrong one)."""
    day_first = _weekday_order(text, day_first)
    if day_first is not None:
        return read(text, day_first)
    month_first, day_first_reading = read(text, False), read(text, True)
    return month_first if month_first == day_first_reading else AMBIGUOUS


def _find_dates(text: str, day_first: bool = False) -> list[tuple[int, int, str]]:
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end, _ in found):
                continue
            iso = _date_from_match(match, day_first)
            if iso:
                found.append((match.start(), match.end(), iso))
    return sorted(found)


def _date_from_match(match: re.Match, day_first: bool = False) -> str | None:
    groups = match.groupdict()
    if groups.get("mon"):
        if not groups["mon"][0].isupper():  # "may 5" is a verb, "May 5" a date
            return None
        month = MONTH_NUMBERS[groups["mon"][:3].lower()]
    else:
        month = int(groups["month"])
    day = int(groups.get("day") or groups["dayfirst"])
    if month > MONTHS_IN_YEAR and day <= MONTHS_IN_YEAR and not groups.get("dayfirst"):
        month, day = day, month  # "14/11/2024": the day came first
    elif day_first and match.re is SLASHED_DATE and day <= MONTHS_IN_YEAR:
        month, day = day, month
    try:
        return dt.date(int(groups["year"]), month, day).isoformat()
    except ValueError:
        return None


def _parse_date_text(text: str) -> str | None:
    dates = _find_dates(text)
    return dates[0][2] if dates else None


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
        if _word_count(text) > 30:
            continue
        parsed = _parse_byline_line(text)
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
        org = _contact_body(text) or _office_above_body(lines, index) or _press_office_line(text)
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
        match = SOURCE_LINE.match(text)
        if match and _word_count(text) <= 8:
            org = AGENCIES_SUFFIX.sub("", match.group("org")).strip(" .")
            if org:
                sources.append((SOURCE_PRIORITY["source_line"], index, org))
            line.drop = line.drop or "source"
        match = DISTRIBUTOR_DATELINE.match(text)
        if match:
            sources.append((SOURCE_PRIORITY["wire_dateline"], index, match.group("org").strip()))
        match = WIRE_DATELINE.match(text)
        if match and not any(word.lower() in ROLE_WORDS for word in match.group("org").split()):  # "(Sports Desk)"
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
        rank = _in_either_order(_date_line_rank, text, day_first)
        trailing = _in_either_order(_trailing_date, text, day_first) if rank is None else None
        if rank is not None:
            if rank != AMBIGUOUS:
                dates.append((rank[0], index, rank[1]))
            line.drop = line.drop or "dateline"
        elif trailing and trailing != AMBIGUOUS:
            # a line that closes on its event's date dates the page, and may be its headline
            dates.append((0, index, trailing))
    return bylines, dates


MAX_META_PIECES = 4


def _dated_line_body(text: str) -> str | None:
    """The institution a metadata line names beside the page's date ("News article | 15 July 2025 | Joint Research
    Centre"): the department of a large body that issues the page. None for other lines."""
    pieces = [piece.strip() for piece in MASTHEAD_SEPARATOR.split(text)]
    if not 2 <= len(pieces) <= MAX_META_PIECES or not any(_parse_date_text(piece) for piece in pieces):
        return None
    bodies = [piece for piece in pieces if _site_name(piece) and issuer.is_institution(piece)]
    return bodies[0] if len(bodies) == 1 else None


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
    org = match.group("org").strip() if match else ""
    if org and issuer.is_institution(org) and _site_name(org):
        sources.append((SOURCE_PRIORITY["heading"], title_index or 0, org))


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


def _signed_date(text: str, day_first: bool = False) -> str | None:
    """The date of a declaration's closing "Done at <place>, this 4th day of March 2025." line, else None."""
    match = SIGNED_AT.match(text.strip())
    dates = _find_dates(match.group("date"), day_first) if match else []
    return dates[0][2] if len(dates) == 1 else None


def _office_owner(name: str) -> str:
    """"Press Office of the Embassy of Ruritania" -> "Embassy of Ruritania": the body a communications unit
    belongs to; other names as they are."""
    match = OFFICE_OF.match(name)
    if match and match.group("unit").lower() in language.lexicon("press_offices"):
        return match.group("org").strip(" .")
    return name


def _issuing_body(match: re.Match) -> str | None:
    """The body an "Issued by ..." line names: the owner of a press office ("the Press Office of X", "the
    Communications Unit, X"), an institution, or a name with an organisation's last word ("... Alliance")."""
    org = match.group("org").strip()
    after = (match.group("after") or "").lstrip(".,;: ")
    if org.lower() in language.lexicon("press_offices") and after:
        org = CONTACT_PIECES.split(after)[0].strip(" .")
    org = _local_office_body(_office_owner(org), after)
    words = org.split()
    if issuer.is_institution(org) or (len(words) >= MIN_CONTACT_BODY_WORDS and _is_publisher_name(org)
                                      and words[-1].lower() in language.lexicon("org_suffixes")):
        return org
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


def _press_office_line(text: str) -> str | None:
    """"Press Office of the Ministry of Environment" on a line of its own: the body the office belongs to."""
    owner = _office_owner(text.strip(" ."))
    return owner if owner != text.strip(" .") and _site_name(owner) else None


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


# "3 March 2026 – Bumblebee numbers ...": a release's lead opening with its date alone before a dash.
DATE_DASH_OPENING = re.compile(r"^(?P<date>[\w ,.]{6,30}?)\s+[-–—]{1,2}\s+[A-Z]")


def _opening_dateline_date(text: str, day_first: bool = False) -> str | None:
    match = OPENING_DATELINE.match(text) or BRACKETED_DATELINE.match(text)
    if match is None:
        bare = DATE_DASH_OPENING.match(text)
        dates = _find_dates(bare.group("date"), day_first) if bare else []
        whole = len(dates) == 1 and dates[0][0] == 0 and dates[0][1] == len(bare.group("date"))
        return dates[0][2] if whole else None
    dates = _find_dates(match.group("date"), day_first)
    return dates[0][2] if len(dates) == 1 else None


def _date_line_rank(text: str, day_first: bool = False) -> tuple[int, str] | None:
    """Rank a line that states a date: 0 = published/created, 1 = updated, None = not a date line."""
    if _is_prose(text, min_words=12) or NEXT_DATE_CUE.match(text):
        return None
    dates = _find_dates(text, day_first) or _short_year_dates(text)
    if not dates:
        return None
    cued = []
    for start, _, iso in dates:
        cue = DATE_CUE.search(CUE_GAP.sub(" ", text[max(0, start - 60):start]).rstrip())
        if cue:
            cued.append((1 if cue.group("cue").lower() in UPDATE_CUES else 0, start, iso))
    if cued:
        rank, _, iso = min(cued)
        return rank, iso
    opening = LINE_DATE_CUE.match(text)
    if opening and _word_count(text) <= MAX_CUED_DATE_LINE_WORDS:
        # "Released at 8:30 a.m. Eastern time in The Daily, Friday, November 8, 2024": the line says what it dates.
        return (1 if opening.group("cue").lower() in UPDATE_CUES else 0), dates[0][2]
    # Without a cue, only a line (or a piece of a metadata line) that is little more than the date counts.
    remainder = text
    for start, end, _ in reversed(dates):
        remainder = remainder[:start] + " " + remainder[end:]
    pieces = [p for p in META_SEPARATOR.split(remainder) if p.strip() and not BYLINE_START.match(p.strip())]
    extra = _word_count(DATE_LINE_NOISE.sub(" ", " ".join(pieces)))
    if extra <= MAX_DATE_LINE_EXTRA_WORDS or _is_label_with_date(" ".join(pieces)):
        return 0, dates[0][2]
    for piece in META_PIECES.split(text) if len(META_PIECES.split(text)) > 1 else ():
        piece_dates = _find_dates(piece, day_first)
        if piece_dates and _word_count(DATE_LINE_NOISE.sub(" ", piece[:piece_dates[0][0]] + " "
                                                           + piece[piece_dates[0][1]:])) == 0:
            return 0, piece_dates[0][2]
    return None


MAX_TRAILING_DATE_LINE_WORDS = 24


def _short_year_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written "04.03.25" (day, month, two-digit year) in ``text``, as ``_find_dates`` gives them."""
    found = []
    for match in SHORT_YEAR_DATE.finditer(text):
        try:
            day = dt.date(CENTURY + int(match.group("year")), int(match.group("month")), int(match.group("day")))
        except ValueError:
            continue
        found.append((match.start(), match.end(), day.isoformat()))
    return found


def _trailing_date(text: str, day_first: bool = False) -> str | None:
    """"Delivered in the National Assembly, 12 March 2025", "Governor Ana Ruiz at the Lisbon Forum, 3 May 2025":
    a line that is no sentence (no full stop) and closes on a date after a comma says when its event was."""
    head, comma, last = text.rpartition(",")
    if not comma or not head.strip() or text.rstrip().endswith(".") or ":" in head or NEXT_DATE_CUE.match(text) \
            or _word_count(text) > MAX_TRAILING_DATE_LINE_WORDS:  # "Next release: ..., 04 December 2024": not this page
        return None
    dates = _find_dates(last, day_first)
    if len(dates) == 1 and not last[:dates[0][0]].strip() and not last[dates[0][1]:].strip():
        return dates[0][2]
    return None


def _is_label_with_date(remainder: str) -> bool:
    """"Press release No. 123 of", "STATEMENT | Ref. 2025/17": what a dated line holds beside its date is only
    section labels, reference numbers and function words."""
    words = _words(DATE_LINE_NOISE.sub(" ", REFERENCE_NUMBER.sub(" ", remainder)))
    return all(word.lower() in LABEL_WORDS or word.lower() in language.stop_words() for word in words)


def _own_url_date(lines: list[_Line]) -> str | None:
    """The date in the folders of the page's own address ("Source URL: https://.../2025/03/04/..."), for a page
    that states no date in its text; None when there is none."""
    for line in lines:
        m = OWN_URL_LINE.match(line.text)
        dated = URL_PATH_DATE.search(m.group("url")) if m else None
        if dated:
            try:
                return dt.date(int(dated["year"]), int(dated["month"]), int(dated["day"])).isoformat()
            except ValueError:
                continue
    return None


def _pick_published(lines: list[_Line], candidates: list, title_index: int | None) -> str | None:
    """The stated publication date nearest below the headline; above it only when none is below (a masthead
    often prints today's date)."""
    usable = [c for c in candidates if lines[c[1]].zone is None]
    if not usable:
        return None
    if title_index is None:
        return min(usable)[2]

    def nearness(candidate):
        rank, index, _ = candidate
        return rank, index < title_index, abs(index - title_index)

    return min(usable, key=nearness)[2]


def _parse_byline_line(text: str) -> tuple[str | None, str | None] | None:
    """Parse "By Jane Doe, Some News" pieces; None when the line is not a byline."""
    if text.endswith("."):
        return None
    for piece in META_SEPARATOR.split(text):
        piece = piece.strip()
        dates = _find_dates(piece)
        if dates and dates[0][0] <= len(LEADING_DATE.match(piece).group()):
            piece = piece[dates[0][1]:].strip()  # "Posted on May 2, 2023 by Jane Doe"
            piece = piece[0].upper() + piece[1:] if piece.startswith("by ") else piece
        match = BYLINE_START.match(piece)
        if not match:
            continue
        rest = match.group("rest")
        for start, end, _ in reversed(_find_dates(rest)):
            rest = rest[:start] + rest[end:]
        rest = ", ".join(_unshout(part) for part in BYLINE_FOR.split(rest, maxsplit=1))
        parts = [part.strip() for part in rest.split(",") if part.strip()]
        # "A, B and C" lists authors; otherwise a part after the first comma names the publisher.
        listing = (len(parts) > 1 and re.search(r"\s(?:and|&)\s", parts[-1]) is not None
                   and all(_person_names(part) for part in parts))
        names, orgs, credited = [], [], False
        for number, part in enumerate(parts):
            people = _person_names(part)
            if _is_role(part) or (number and _is_title(part)):  # "By Ana Ruiz, Deputy Governor": her title
                continue
            if _is_org(part) or _is_body_name(part):  # "By Northern Transport Workers Union | 4 March 2025"
                if _is_staff_credit(part):  # "By Courier Reporter": a job credit, never the publisher
                    credited = True
                else:
                    orgs.append(part)
            elif people and (number == 0 or listing):
                names.extend(people)
            elif number > 0 and _is_publisher_name(part):
                orgs.append(part)
            elif not (number > 0 and names and _is_affiliation(part)):
                return None
        if not names and not orgs and not credited:
            return None
        return (" and ".join(names) or None), (orgs[0] if orgs else None)
    return None


def _is_staff_credit(part: str) -> bool:
    """"Courier Reporter", "Herald Correspondent", "Business Desk": capitalised words ending in a by-line's job word
    (lexicon ``byline_roles``) credit the outlet's staff; the piece is no organisation's name."""
    words = part.split()
    return len(words) >= 2 and words[-1].lower() in ROLE_WORDS and all(w[:1].isupper() for w in words)


def _is_body_name(part: str) -> bool:
    """"Northern Transport Workers Union", "Ministry of Health": an organisation's name (an institution's, or one
    ending in an organisation's word), not a person's."""
    words = part.split()
    return len(words) >= MIN_CONTACT_BODY_WORDS and words[0][:1].isupper() and _is_publisher_name(part) and (
        issuer.is_institution(part) or words[-1].lower() in language.lexicon("org_suffixes"))


AFFILIATION_WORD = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|[A-Z][\w.'’&-]*|of|the|and|for)$")


def _is_affiliation(part: str) -> bool:
    """"86th Infantry Brigade Combat Team", "3rd Battalion Public Affairs": the unit an author writes for."""
    return all(AFFILIATION_WORD.match(word) for word in part.split())


def _unshout(text: str) -> str:
    """"JANE DOE" -> "Jane Doe"; mixed-case text is left alone."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    return " ".join(word if word.lower() in {"of", "the", "and"} and index else word.capitalize()
                    for index, word in enumerate(text.lower().split()))


def _person_names(part: str) -> list[str] | None:
    """["Jane Doe", "John Roe"] for "Jane Doe and John Roe"; None unless every piece is a name."""
    pieces = [piece.strip() for piece in re.split(r"\s+(?:and|&)\s+", part)]
    return pieces if all(_is_person_name(piece) for piece in pieces) else None


def _is_role(part: str) -> bool:
    """"Staff Writer", or a job on an institution's staff: "Media Officer", "Senior Communications Adviser"."""
    words = part.split()
    return all(w.lower() in ROLE_WORDS for w in words) or (
        bool(words) and words[-1].lower() in language.lexicon("byline_jobs"))


def _is_org(part: str) -> bool:
    tokens = part.split()
    if not tokens or not all(t[0].isupper() or t.lower() in {"of", "the", "and", "&"} for t in tokens):
        return False
    if tokens[0] == "The" and len(tokens) >= 2:
        return True
    if any(t.lower().strip(".") in ORG_WORDS for t in tokens):
        return True
    # A lone acronym ("AFP"); several all-caps words are more likely a shouted name.
    return len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6 and tokens[0].isalpha()


def _is_publisher_name(text: str) -> bool:
    """Capitalised words that are not a job title ("The Example Times", not "the editor")."""
    tokens = text.split()
    return (0 < len(tokens) <= 8 and tokens[0].lower() not in {"our", "your", "my"}
            and all(t[0].isupper() or t.lower() in {"of", "the", "and", "&"} for t in tokens)
            and not any(t.lower() in ROLE_WORDS for t in tokens))


NAME_SUFFIXES = frozenset(["jr.", "sr."])


NAME_JOINERS = frozenset({"and", "&"})
MIN_JOINED_NAME_WORDS = 2  # each of two people a by-line joins has a given name and a surname


def _is_person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 50 or tokens[0].lower() in NAME_PARTICLES:
        return False
    if _ends_with_abbreviation(tokens[-1]):  # "EARTHQUAKE INFORMATION NO." once its number is cut off
        return False
    joins = [i for i, token in enumerate(tokens) if token.lower() in NAME_JOINERS]
    if joins and (joins[0] < MIN_JOINED_NAME_WORDS or len(tokens) - joins[0] - 1 < MIN_JOINED_NAME_WORDS):
        return False  # "DISCUSSION AND OUTLOOK": two words joined, not two people ("Ana Ruiz and Tom Lee")
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not token[0].isupper() or token.lower().strip(".") in LABEL_WORDS | ORG_WORDS:
            return False
        if not all(c.isalpha() or c in ".-'’" for c in token):
            return False
    return True


def _ends_with_abbreviation(token: str) -> bool:
    """A last word such as "No." or "Ref.": an abbreviation of several letters, not an initial ("J.") or a
    name's suffix ("Jr.")."""
    return token.endswith(".") and "." not in token[:-1] and len(token) > 2 \
        and token.lower() not in NAME_SUFFIXES


def _lead_byline(lines: list[_Line], title_index: int | None) -> str | None:
    """An author's name printed alone under the headline, maybe followed by counters."""
    if title_index is None:
        return None
    for line in lines[title_index + 1:]:
        if line.drop not in (None, "lead"):
            continue
        if _starts_body(line.text):
            return None
        candidate = TRAILING_WIDGET_WORDS.sub("", line.text).strip()
        if _is_person_name(candidate) and not _capital_headings(candidate, lines[title_index + 1:]):
            return candidate
    return None


MIN_CAPITAL_HEADINGS = 3  # lines in capitals alone in their block that make the page's section headings


def _capital_headings(candidate: str, lines: list[_Line]) -> bool:
    """True when a name-like line in capitals is one of the page's section headings ("DEMOCRATIC REPUBLIC OF THE
    CONGO", then "MYANMAR", "QUESTIONS AND ANSWERS" further down): a byline in capitals is printed once."""
    if not candidate.isupper():
        return False
    blocks = Counter(line.block for line in lines)
    alone = [line for line in lines if line.text.isupper() and blocks[line.block] == 1]
    return len(alone) >= MIN_CAPITAL_HEADINGS


# --- Title, header and lead -------------------------------------------------------------


def _find_title(lines: list[_Line], sidecar_title: str | None) -> int | None:
    """Index of the headline line: before the body, headline-shaped, ideally repeated."""
    if sidecar_title:
        wanted = _fold(sidecar_title)
        for index, line in enumerate(lines):
            if _fold(line.text) == wanted:
                return index
    folded = [_fold(line.text) for line in lines]
    later_counts = Counter(folded)
    block_sizes = Counter(line.block for line in lines)
    best, best_score = None, -MAX_TITLE_LINE  # a heading that looks like a masthead still beats no title
    for index, line in enumerate(lines[:MAX_TITLE_LINE]):
        later_counts[folded[index]] -= 1
        if line.drop is None and _is_prose(line.text):
            if _is_header_tagline(lines, index):
                continue
            if best_score < 0 and _is_punctuated_headline(lines, index):
                return index
            break
        if line.drop is not None or not (_is_headline_shaped(line.text) or _is_punctuated_headline(lines, index)):
            continue
        if _in_field_block(lines, index) or _is_name_and_title(line.text) or DELIVERY_LINE.match(line.text):
            continue
        score = 0
        masthead = _is_site_name(line.text) or _masthead_line(line.text) or (
            index == 0 and _name_before_tagline(line.text) is not None)
        if later_counts[folded[index]] > 0 and not masthead:  # repeated further down the page (a masthead's
            score += 3  # name repeats in the footer: that makes no headline)
        if _dated_below(lines, index):
            score += 2
        if block_sizes[line.block] == 1:
            score += 1
        if _word_count(line.text) >= 5:
            score += 1
        if masthead:  # a masthead, not a headline
            score -= SITE_NAME_PENALTY
        if ISSUE_NUMBER.search(line.text) or _is_series_label(line.text):  # "Edited Hansard - No. 312", "Consumer
            score -= ISSUE_LABEL_PENALTY  # Price Index (CPI). Flash estimate. November 2024": a label over a headline
        if _over_issue_number(lines, index):  # "Dáil Éireann debate - Tuesday, 8 Oct 2024" / "Vol. 1059 No. 3"
            score -= ISSUE_LABEL_PENALTY
        if _is_title_and_name(line.text):  # "Governor Lisa D. Marchetti" over a speech's topic heading
            score -= NAME_LINE_PENALTY
        if _product_field_line(line.text):  # "SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION"
            score -= PRODUCT_FIELD_PENALTY
        if _kind_heading(line.text):  # "Joint Statement of the Presidents of ...", "Keynote address at the Summit"
            score += KIND_HEADING_BONUS
        if best_score <= 0 and _under_kicker(lines, index):  # a kicker under the headline opens the byline
            score += KICKER_BONUS
        if score > best_score:
            best, best_score = index, score
    return _digest_heading(lines, best)


# "Consumer Price Index (CPI). Flash estimate. November 2024": a release's series, its kind and its period
SERIES_PIECE_BREAK = re.compile(r"\.\s+")
MIN_SERIES_PIECES = 3
MAX_SERIES_PIECE_WORDS = 5
PERIOD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _is_series_label(text: str) -> bool:
    """Short pieces that full stops separate, no sentence among them, the last naming a year (the reference
    period): a statistical release's series label."""
    pieces = [piece for piece in SERIES_PIECE_BREAK.split(text.rstrip(".")) if piece.strip()]
    return len(pieces) >= MIN_SERIES_PIECES and bool(PERIOD_YEAR.search(pieces[-1])) \
        and all(_word_count(piece) <= MAX_SERIES_PIECE_WORDS for piece in pieces)


# "Consumer Price Index, January 2025", "Labour Force Survey, Q4 2024": an item's heading ending in its reference period
REFERENCE_PERIOD = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+|Q[1-4]\s+|(?i:first|second|third|fourth)\s+quarter\s+)?"
                              r"(?:19|20)\d\d$")
MIN_DIGEST_ITEMS = 3  # period-headed items under one dated heading that make the page a digest


def _digest_heading(lines: list[_Line], best: int | None) -> int | None:
    """A digest's own heading ("The Daily, Tuesday, February 18, 2025") rather than the heading of its first item
    ("Consumer Price Index, January 2025") when a named, dated line stands right above it and the page holds several
    item headings of that shape (each ending in its reference period, alone in its block)."""
    if not best or not REFERENCE_PERIOD.search(lines[best].text):
        return best
    head = lines[best - 1]
    dates = _find_dates(head.text)
    if head.drop != "dateline" or not dates or not head.text[:1].isupper() or not _words(head.text[:dates[0][0]]):
        return best
    blocks = Counter(line.block for line in lines)
    items = [line for line in lines[best:] if line.drop is None and blocks[line.block] == 1
             and REFERENCE_PERIOD.search(line.text) and _is_headline_shaped(line.text)]
    return best - 1 if len(items) >= MIN_DIGEST_ITEMS else best


KIND_HEADING_BONUS = 2
KIND_HEADING_LINKS = ("of", "on", "at", "to", "for", "before")  # not "by": "Statement by <Name>" names its author


@lru_cache(maxsize=1)
def _kind_heading_pattern() -> re.Pattern:
    kinds = sorted(language.lexicon("speech_nouns") | language.lexicon("kicker_labels"), key=len, reverse=True)
    return re.compile(r"^(?:[A-Z][^:|]{0,40}:\s+)?(?:joint\s+|national\s+)?(?:%s)\s+(?:%s)\b"
                      % ("|".join(re.escape(kind) for kind in kinds), "|".join(KIND_HEADING_LINKS)), re.I)


def _kind_heading(text: str) -> bool:
    """A heading that opens with the kind of document it heads and what ties it to its author or occasion
    ("Joint Statement of the Presidents of ...", "Statement on behalf of ...", "Keynote address at ..."), not
    beside a site's name ("Speech by ... | Ministry"): the page's own headline."""
    return not TITLE_SEPARATOR.search(text) and bool(_kind_heading_pattern().match(text))


def _over_issue_number(lines: list[_Line], index: int) -> bool:
    """A heading right above a short issue-number line of its block ("Vol. 1059 No. 3"): the name of a record's
    sitting or issue, over the topic heading of what the record holds."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and below.block == lines[index].block \
        and _word_count(below.text) <= MAX_ISSUE_LINE_WORDS and bool(ISSUE_NUMBER.search(below.text))


MAX_ISSUE_LINE_WORDS = 6


# "Edited Hansard - No. 312", "Weekly Bulletin No. 14": a heading ending in a number labels an issue of a series.
# A weather product's capitalised line of fields joined by runs of dots ("LOCATION...22.6N 88.6W", "...MILTON
# REMAINS A DANGEROUS CATEGORY 5 HURRICANE..."): a section or summary line, never the page's headline.
PRODUCT_FIELD_DOTS = re.compile(r"\.\.\.")
PRODUCT_FIELD_PENALTY = 3


def _product_field_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and PRODUCT_FIELD_DOTS.search(text) is not None


ISSUE_NUMBER = re.compile(r"\b(?:no|nr|number|issue|vol|volume)\.?\s*:?\s*\d[\w/-]*$", re.I)
ISSUE_LABEL_PENALTY = 2


STYLE_PREFIX = re.compile(r"^(?:(?:The\s+)?(?:Rt\.?\s+Hon\.?|Hon\.?|Honourable|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|"
                          r"Ms\.?|H\.\s?E\.?|Sir|Dame)\s+)+")
ROLE_TITLES = language.lexicon("label_titles") | language.lexicon("role_heads")
MAX_NAME_TITLE_WORDS = 12
# "Delivered in the National Assembly, 12 March 2025": where and when a speech was given, under its heading
# "At the Economic Club of Minnesota, Minneapolis, Minnesota": the venue, then its town, under a speaker's name
DELIVERY_LINE = re.compile(r"^(?:(?i:delivered|given|presented)\s+(?i:at|in|on|by|before|to)\b"
                           # "Remarks as prepared for delivery by Ana Ruiz, Minister of ...": who delivers it
                           r"|(?i:remarks|speech|address|statement)\s+(?i:as\s+(?:prepared\s+for\s+delivery|delivered))"
                           r"\s+(?i:by)\b"
                           r"|At\s+(?:the\s+)?[A-Z][^,\n]*,\s+[A-Z][^,\n]*(?:,\s+[A-Z][^,\n]*)?$)")


def _is_title(part: str) -> bool:
    """"Deputy Governor", "Minister for Finance": a title word, then capitalised words."""
    words = part.split()
    return (bool(words) and words[0].lower() in ROLE_TITLES and words[0].lower() not in ("the", "of")
            and all(w[0].isupper() or w in ("of", "for", "the", "and") for w in words))


NAME_LINE_PENALTY = 6  # a line of a title and a name loses to any other heading near it, not to no heading


def _is_title_and_name(text: str) -> bool:
    """"Governor Lisa D. Marchetti", "Deputy Governor Ana Ruiz": title words, then only a person's name."""
    words = STYLE_PREFIX.sub("", text).split()
    k = 0
    while k < len(words) and words[k].lower() in ROLE_TITLES and words[k].lower() not in ("the", "of"):
        k += 1
    return 0 < k and _is_person_name(" ".join(words[k:]))


def _is_name_and_title(text: str) -> bool:
    """"Hon. Kwesi Darko, Minister for Finance": the person a speech page names under its heading, with their
    title (capitalised words after a title word), is not the page's headline."""
    name, _, role = text.partition(",")
    return _word_count(text) <= MAX_NAME_TITLE_WORDS and _is_person_name(STYLE_PREFIX.sub("", name)) and _is_title(role)


# "Depth: 12 km", "Origin time (UTC): 2024-08-14 03:41": a label and its value, as an automatic report's header
# block prints them one a line.
FIELD_ROW = re.compile(r"^[A-Z][\w'’/.-]*(?:\s+[\w'’/.()-]+){0,4}:\s+\S")
MIN_FIELD_BLOCK_ROWS = 3


def _in_field_block(lines: list[_Line], index: int) -> bool:
    """A label-and-value row among several others in its block ("Status: reviewed by duty seismologist" under
    "Magnitude: 4.9" and "Depth: 12 km") is a record's field, never the headline."""
    if not FIELD_ROW.match(lines[index].text):
        return False
    rows = sum(bool(FIELD_ROW.match(line.text)) for line in lines if line.block == lines[index].block)
    return rows >= MIN_FIELD_BLOCK_ROWS


def _dated_below(lines: list[_Line], index: int) -> bool:
    """A byline or date line right below the line, or below a sub-heading under it ("Bank Rate reduced to 4.75%",
    then "Monetary Policy Summary, November 2024", then "Published on 7 November 2024")."""
    # an issuing office's line ("NWS National Hurricane Center Miami FL  AL142024") may stand between
    below = [other for other in lines[index + 1:] if other.drop not in ("caption", "credit", "office")
             ][:DATED_BELOW_LINES]
    for number, other in enumerate(below):
        if other.drop in ("byline", "dateline") or BYLINE_START.match(other.text):
            return True
        if other.drop == "noise" and _find_dates(other.text):  # "2025-02-09": a date of digits alone
            return True
        if number or other.drop is not None or ":" in other.text or not _is_headline_shaped(other.text):
            return False  # only a sub-heading may stand between, not a field ("Reference period: ...")
    return False


def _under_kicker(lines: list[_Line], index: int) -> bool:
    """"Press release" or "Statement" printed just above the line, in its block, dates between them aside."""
    above = [other for other in lines[max(0, index - KICKER_WINDOW_LINES):index] if other.block == lines[index].block]
    for other in reversed(above):
        pieces = [piece for piece in MENU_SEPARATOR.split(other.text) if piece.strip()]
        if any(_fold(piece).strip(" .:") in language.lexicon("kicker_labels") for piece in pieces):
            return True
        if not _find_dates(other.text):
            return False
    return False


def _is_punctuated_headline(lines: list[_Line], index: int) -> bool:
    """"Bank Rate maintained at 4.75%." above its date: a headline that ends with a full stop. Short, no quote, and
    either dated or bylined right below, or written in title case alone in its block."""
    text = lines[index].text
    if _word_count(text) > MAX_PUNCTUATED_TITLE_WORDS or QUOTE_MARK.search(text) or not _is_headline_shaped(
            text.rstrip(".")):
        return False
    following = next((other for other in lines[index + 1:] if other.drop not in ("caption", "credit")), None)
    if following is not None and (following.drop in ("byline", "dateline") or BYLINE_START.match(following.text)
                                  or (_word_count(following.text) <= MAX_DATE_LINE_WORDS
                                      and _find_dates(following.text))):
        return True  # dated or bylined right below
    alone = following is None or following.block != lines[index].block
    return alone and 1 - _lowercase_share(text) >= MIN_TITLE_CASE_SHARE


def _is_header_tagline(lines: list[_Line], index: int) -> bool:
    """A sentence in the masthead ("The Agency, the nation's weather service, provides ..."): the site's menu
    comes right after it, or a headline with its date or byline, and the article's prose only further down."""
    if index >= MAX_TAGLINE_LINE or any(line.drop is None and _is_headline_shaped(line.text)
                                        and not _is_site_name(line.text) for line in lines[:index]):
        return False  # a headline came first: this sentence is its standfirst or the story
    following = lines[index + 1:]
    after_menu = next((number for number, line in enumerate(following[:TAGLINE_MENU_GAP + 1])
                       if line.drop == "navigation"), None)
    if after_menu is not None and all(line.drop is not None for line in following[:after_menu]):
        rest = following[after_menu + 1:]
    else:
        kept = [number for number, line in enumerate(following) if line.drop is None]
        if len(kept) < 2 or not _is_headline_shaped(following[kept[0]].text):
            return False
        under = following[kept[0] + 1:kept[1]]
        if not any(line.drop in ("dateline", "byline") for line in under):
            return False
        rest = following[kept[0] + 1:]
    return any(line.drop is None and _is_prose(line.text) for line in rest)


def _is_meta_line(text: str) -> bool:
    """"11/14/2024 | News release | Distributed by ...": pieces between separators, with a date or many."""
    pieces = [piece for piece in META_PIECES.split(text) if piece.strip()]
    return len(pieces) >= MIN_META_PIECES or (len(pieces) > 1 and bool(_find_dates(text)))


def _is_field_line(text: str) -> bool:
    """"From: Ministry of Transport", "Tags: drought, farming": a metadata field and its value."""
    match = FIELD_LINE.match(text)
    return match is not None and " ".join(match.group("field").lower().split()) in language.lexicon("field_labels")


def _dated_field(text: str) -> bool:
    """"Delivered on: 13 November 2024 (Transcript of the speech, exactly as it was delivered)": a field whose
    value opens with a date, however long its note."""
    colon = text.find(":")
    dates = _find_dates(text[colon + 1:]) if colon > 0 else []
    return bool(dates) and not text[colon + 1:colon + 1 + dates[0][0]].strip()


def _is_headline_shaped(text: str) -> bool:
    words = _word_count(text)
    if (not 3 <= words <= MAX_HEADLINE_WORDS or not 10 <= len(text) <= MAX_HEADLINE_CHARS or _is_meta_line(text)
            or BYLINE_START.match(text) or _is_field_line(text) or RELEASE_NUMBER.match(text)):
        return False  # "By Sgt. Jane Roe, 1st Brigade" credits the story, it is not its headline
    if HEADLINE_BAD_END.search(text) and not TRAILING_ABBREVIATION.search(text):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“"


def _mark_header_and_lead(lines: list[_Line], title_index: int | None) -> None:
    """Everything above the headline is chrome; between it and the body only prose survives."""
    if title_index is None:
        return
    for line in lines[:title_index]:
        line.drop = line.drop or "header"
    lines[title_index].drop = "title"
    for line in lines[title_index + 1:]:
        if line.drop is None and _starts_body(line.text):
            break
        line.drop = line.drop or "lead"


def _starts_body(text: str) -> bool:
    """A sentence, not a caption: long enough, or short but written in running lowercase text."""
    if CAPTION_MARKERS.search(text):
        return False
    return _is_prose(text) or (_is_prose(text, MIN_SHORT_PROSE_WORDS) and _lowercase_share(text) >= 0.5)


def _mark_list_runs(lines: list[_Line], title_index: int | None) -> None:
    """A "more headlines" heading takes the run of short lines under it, up to real prose."""
    index = 0
    while index < len(lines):
        if lines[index].drop != "list-heading":
            index += 1
            continue
        index += 1
        while index < len(lines) and index != title_index:
            line = lines[index]
            if line.drop is None and _is_prose(line.text, MIN_LIST_STOP_WORDS):
                break
            line.drop = line.drop or "list"
            line.zone = "list"
            index += 1


ABOUT_HEADING = re.compile(r"^About\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’/-]*(?:\s+[A-Z][\w.&'’/-]*){0,5})$")
SELF_DESCRIPTION = re.compile(r"\b(?:is|are)\s+(?:a|an|the|one)\b")


def _mark_about_sections(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """A release's boilerplate: "About Acme Wind" under the body, then "Acme Wind A/S is a developer of ...",
    a description of the issuer the body has already named (and so a name of the page's publisher)."""
    start = (title_index or 0) + 1
    for index in range(start, len(lines) - 1):
        match = ABOUT_HEADING.match(lines[index].text)
        if match is None:
            continue
        name = match.group("name")
        described = lines[index + 1]
        named_before = any(name in line.text for line in lines[start:index] if line.drop is None)
        # an institution describing itself at the foot of its own release need not have named itself above
        if not ((named_before or issuer.is_institution(name))
                and re.sub(r"^The\s+", "", described.text).startswith(name.split()[0])
                and SELF_DESCRIPTION.search(described.text)):
            continue
        lines[index].drop = lines[index].drop or "boilerplate"
        if not sources:  # only when no line names a publisher: a distributor's page describes its clients too
            sources.append((SOURCE_PRIORITY["about"], index, name))
        for line in lines[index + 1:]:
            if line.block != described.block:
                break
            line.drop = line.drop or "boilerplate"


def _mark_closing_self_description(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """"GeoNet is a partnership between ...": the body's last line, one sentence in which the page's own site name
    describes itself, is boilerplate even without an "About" heading."""
    kept = [line for line in lines[(title_index or 0) + 1:] if line.drop is None]
    if not kept:
        return
    last = kept[-1]
    for priority, _, name in sources:
        if priority != SOURCE_PRIORITY["site_name"] or not last.text.startswith(name + " "):
            continue
        rest = last.text[len(name):]
        if SELF_DESCRIPTION.match(rest.strip()) and rest.count(". ") == 0:
            last.drop = "boilerplate"
            return


# "The International Committee of the Red Cross (ICRC) is a neutral ... organization": a body introducing itself by
# its name and acronym.
SELF_INTRODUCTION = re.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|the|for|and|on|[A-Z][\w'’&-]*)){1,8})"
                               r"\s+\((?P<acronym>[A-Z]{2,8})\)\s+(?:is|are)\s+(?:a|an|the|one)\b")


def _mark_self_introduction(lines: list[_Line], title_index: int | None) -> None:
    """The last body paragraph of a release in which its issuer, already named above by its acronym ("SANAA (ICRC)
    - ..."), introduces itself: boilerplate, as an "About" section is."""
    body = [index for index, line in enumerate(lines) if line.drop is None and index > (title_index or 0)]
    if len(body) < 2:
        return
    last = lines[body[-1]]
    match = SELF_INTRODUCTION.match(last.text)
    if match is None:
        return
    above = "\n".join(lines[index].text for index in body[:-1])
    if re.search(rf"\b{match.group('acronym')}\b", above):
        last.drop = "boilerplate"


def _mark_captions(lines: list[_Line]) -> None:
    """Drop photo captions found by their neighbours, their wording or their repetition."""
    for index, line in enumerate(lines):
        if line.drop is not None:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        # The line right above a credit or file link, in the same block, describes the photo.
        if (following is not None and following.drop == "credit" and following.block == line.block
                and _word_count(line.text) <= MAX_CAPTION_WORDS):
            line.drop = "caption"
        elif _word_count(line.text) <= MAX_CAPTION_WORDS and CAPTION_MARKERS.search(line.text):
            line.drop = "caption"
    # Image alt text and its caption print the same line twice in a row.
    for index in range(len(lines) - 1):
        first, second = lines[index], lines[index + 1]
        if _fold(first.text) == _fold(second.text) and _word_count(first.text) <= MAX_CAPTION_WORDS:
            for line in (first, second):
                if line.drop in (None, "lead"):
                    line.drop = "caption"


def _mark_repeats(lines: list[_Line], title: str | None) -> None:
    """Drop repeats of the headline and later copies of any paragraph."""
    seen = {_fold(title)} if title else set()
    for line in lines:
        folded = _fold(line.text)
        if folded in seen and line.drop is None:
            line.drop = "repeat"
        seen.add(folded)


def _mark_non_sentences(lines: list[_Line]) -> None:
    """Drop labels and sub-headings; keep unpunctuated lines only if they read like a sentence."""
    for line in lines:
        if line.drop is not None:
            continue
        words = _word_count(line.text)
        if words < 3:
            line.drop = "label"
        elif (words <= MAX_FIELD_LINE_WORDS or _dated_field(line.text)) and _is_field_line(line.text):
            line.drop = "field"  # "Sources: Labour Force Survey; UWV.", "Tags: Trade, Exports"
        elif not _ends_sentence(line.text) and not (words >= 10 and _lowercase_share(line.text) >= 0.5):
            line.drop = "heading"


# --- Repeated summaries -----------------------------------------------------------------


def _terms(text: str) -> set[str]:
    return set(language.content_terms(text))


def _containment(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _mark_summaries(lines: list[_Line]) -> None:
    """Drop key-point boxes and standfirsts that only repeat the article body."""
    kept = [line for line in lines if line.drop is None]
    stems = {id(line): _terms(line.text) for line in kept}
    stem_counts = Counter(stem for line in kept for stem in stems[id(line)])
    # A key-point box is a run of short lines, one block, between longer paragraphs or blank lines.
    runs: list[list[_Line]] = []
    for line in kept:
        short = _word_count(line.text) <= SUMMARY_MAX_WORDS
        if short and runs and runs[-1] and runs[-1][-1].block == line.block:
            runs[-1].append(line)
        else:
            runs.append([line] if short else [])
    for run in runs:
        if len(run) < 2 or len(kept) - len(run) < 3:
            continue
        in_run = Counter(stem for line in run for stem in stems[id(line)])
        scores = []
        for line in run:
            own = stems[id(line)]
            repeated = sum(1 for stem in own if stem_counts[stem] > in_run[stem])
            scores.append(repeated / len(own) if own else 0.0)
        if sum(scores) / len(scores) >= SUMMARY_CONTAINMENT:
            for line in run:
                line.drop = "summary"
    kept = [line for line in lines if line.drop is None]
    if len(kept) >= 3:
        first = kept[0]
        first_stems = _terms(first.text)
        if len(first_stems) >= MIN_PROSE_WORDS and any(
                _containment(first_stems, _terms(later.text)) >= STANDFIRST_CONTAINMENT
                and _word_count(later.text) >= _word_count(first.text) for later in kept[1:]):
            first.drop = "standfirst"


# --- The end of a release -----------------------------------------------------------------

# The mark that ends a press release ("###", "-30-", "ENDS", "- End -"): what follows is about the issuer.
END_MARKER = re.compile(
    r"^\s*(?:(?:#\s*){3,}|[-–—]*\s*(?:30|(?i:ends?))\s*[-–—]+|\(?(?i:ends)\)?|\(?END\)?"
    r"|(?i:end of (?:release|statement|press release|text|document)))\.?\s*$")
# "About Nordhavn Wind", "ABOUT THE CENTRAL BANK:": the heading of the issuer's description.
ABOUT_HEADING = re.compile(
    r"^about\s+(?:the\s+)?(?P<name>[A-Z0-9][^.!?:—–]{0,80}?)\s*(?:(?:[:—–]|\s-)\s*(?P<rest>.*))?$", re.I)
MAX_SECTION_HEADING_WORDS = 8
MAX_ABOUT_PARAGRAPHS = 2
# "Jane Roe is a senior reporter ...": a name, "is a/an/the", up to five words and the job.
AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+"
    r"(?P<role>(?:[\w'’-]+\s+){0,5}?[\w-]+)\s+(?:covering|who|for|at|with|based|in|of|and|on)\b")
MAX_BIO_WORDS = 60


def _mark_release_end(lines: list[_Line]) -> None:
    """Drop what a release prints after its story: everything after an end mark, the "About <issuer>" description,
    notes to editors, forward-looking-statement disclaimers and contact blocks."""
    body = [index for index, line in enumerate(lines) if line.drop is None]
    if not body:
        return
    for index in range(body[0] + 1, len(lines)):
        if END_MARKER.match(lines[index].text):
            for line in lines[index:]:
                line.drop = line.drop or "release-end"
            break
    ends = _boilerplate_section_ends(lines)
    index = body[0] + 1
    while index < len(lines):
        end = ends[index]
        if end is None:
            index += 1
            continue
        for line in lines[index:end]:
            line.drop = line.drop if line.drop not in (None, "heading", "label") else "release-end"
        index = end


def _is_section_heading(text: str) -> bool:
    return _word_count(text) <= MAX_SECTION_HEADING_WORDS and not _ends_sentence(text.rstrip(":"))


def _boilerplate_section_ends(lines: list[_Line]) -> list[int | None]:
    """For each line, where the boilerplate section that starts there ends (None when none starts there).

    Worked out from the bottom of the page up, so that "nothing but boilerplate follows" is known for every later
    line in one pass."""
    count = len(lines)
    next_heading = [count] * (count + 1)  # the first heading at or after each line
    for index in range(count - 1, -1, -1):
        line = lines[index]
        heading = line.drop is None and _is_section_heading(line.text) and not BULLET.match(line.text)
        next_heading[index] = index if heading else next_heading[index + 1]
    ends: list[int | None] = [None] * count
    clear = [True] * (count + 1)  # no story paragraph from this line on
    for index in range(count - 1, -1, -1):
        end = _boilerplate_section_end(lines, index, next_heading[index + 1], clear)
        ends[index] = end
        if end is not None:
            clear[index] = clear[end]
        else:
            clear[index] = clear[index + 1] and not (lines[index].drop is None and _is_prose(lines[index].text))
    return ends


def _boilerplate_section_end(lines: list[_Line], index: int, section_end: int, clear: list[bool]) -> int | None:
    """Where the boilerplate section that starts at ``index`` ends, or None when no such section starts there.

    ``section_end`` is the next heading below the line; ``clear[i]`` says that no story paragraph comes from line
    ``i`` on (known for every line below this one)."""
    text = lines[index].text
    folded = _fold(text).rstrip(" :")
    if _is_section_heading(text) and _line_pattern("chrome_sections").search(folded):
        return section_end
    if _is_author_bio(text):
        return index + 1 if clear[index + 1] else None
    about = ABOUT_HEADING.match(text)
    if about is None or not about.group("name")[0].isupper():
        return None
    name = about.group("name")
    if about.group("rest"):  # "About Acme: Acme Corp makes ...", in one paragraph
        if _word_count(name) > MAX_SECTION_HEADING_WORDS:
            return None
        description, end = about.group("rest"), index + 1
    elif _is_section_heading(text):
        kept = []
        for number in range(index + 1, section_end):
            if lines[number].drop is None:
                kept.append(number)
                if len(kept) > MAX_ABOUT_PARAGRAPHS:
                    break
        if not kept:
            return None
        # The description is a paragraph or two; anything further belongs to the story again.
        description = lines[kept[0]].text
        end = kept[MAX_ABOUT_PARAGRAPHS] if len(kept) > MAX_ABOUT_PARAGRAPHS else section_end
    else:
        return None
    return end if _describes(name, description) and clear[end] else None


def _is_author_bio(text: str) -> bool:
    """"Jane Roe is a reporter covering farming for the Daily Example.": the writer's note closing a story."""
    match = AUTHOR_BIO.match(text)
    return (match is not None and _word_count(text) <= MAX_BIO_WORDS
            and any(word.lower() in ROLE_WORDS for word in re.split(r"[\s-]+", match.group("role"))))


def _describes(name: str, paragraph: str) -> bool:
    """The paragraph under "About <name>" speaks of <name>: it repeats one of the name's words."""
    name_words = {word.lower() for word in _words(name) if word[0].isupper() and word.lower() not in CONNECTORS}
    return bool(name_words & {word.lower() for word in _words(paragraph)})


def _strip_distribution_stamp(lines: list[_Line]) -> None:
    """A distributed release opens with the distributor's stamp ("OSLO, April 24, 2025 /Example Newswire/ --"):
    its date is read above; the story's first sentence starts after it, with the issuer as its subject."""
    first = next((line for line in lines if line.drop is None), None)
    match = DISTRIBUTION_STAMP.match(first.text) if first is not None else None
    if match and _is_prose(first.text[match.end():]):
        first.text = first.text[match.end():].strip()
