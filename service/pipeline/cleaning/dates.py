"""Dates: their patterns, the order of day and month a page writes, date and dateline lines and their rank,
and the publication date picked among them."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .. import language
from ._shared import (
    BYLINE_START, LABEL_WORDS, MASTHEAD_LINES, META_PIECES, META_SEPARATOR, _Line, _is_prose, _latin_words, _word_count,
    _words,
)


# --- Date patterns and date lines --------------------------------------------------------

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
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:(?:day\s+)?of\s+)?|-){_MONTH}(?:,?\s+(?:of\s+)?|-)"
    rf"(?P<year>(?:19|20)\d\d)\b",
    re.I)  # "4 March 2025", "4th of March, 2025", "this 4th day of March 2025", "04-Mar-2025", "15 of October of 2025"
# A meeting's days: "December 17-18, 2024", "17–18 December 2024": the last day, when its decisions are out.
DAY_RANGE_MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\s*[-–]\s*(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
DAY_RANGE_DAY_FIRST = re.compile(
    rf"\b\d{{1,2}}\s*[-–]\s*(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# "8 de abril de 2025", "14 ene. 2025", "3 avril 2025", "8. März 2025", "21 di òktober 2026", "ika-14 ng Mayo
# 2033" (Filipino: the ordinal's prefix and "ng" before the month): a day, a month named
# in another language (lexicon ``native_months``), a year
_NATIVE_MONTH = r"(?P<native>%s)" % "|".join(
    sorted((re.escape(name) for name in language.lexicon_pairs("native_months")), key=len, reverse=True))
NATIVE_MONTH_DATE = re.compile(
    rf"(?<![\w.])(?P<day>\d{{1,2}})(?:\.|º|°|er)?\s+(?:(?:d[ei]|ng)\s+)?{_NATIVE_MONTH}\.?,?\s+(?:de\s+|del\s+)?"
    r"(?P<year>(?:19|20|25)\d\d)\b", re.I)
# "2032. augusztus 14.", "2032 m. lapkričio 18 d.": the year first, then a month named in another language and the day
NATIVE_YEAR_FIRST_DATE = re.compile(
    rf"(?<![\w.])(?P<year>(?:19|20)\d\d)\.?\s+(?:m\.\s+)?{_NATIVE_MONTH}\s+(?P<day>\d{{1,2}})(?!\d)(?:\s*d\.)?(?=\.|,|\s|$)",
    re.I)
# "2031. gada 2. septembrī": a Latvian date, the year, "gada" (of the year), the day and the month
NATIVE_YEAR_DAY_MONTH_DATE = re.compile(
    rf"(?<![\w.])(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>\d{{1,2}})\.\s+{_NATIVE_MONTH}(?!\w)", re.I)
BUDDHIST_ERA_OFFSET = 543  # a year of the Buddhist era, as Thai pages write it, is 543 years ahead
MIN_BUDDHIST_ERA_YEAR = 2400
# "發布日期：116-09-21", "116年9月21日": a date of the Minguo calendar that Taiwan's government sites use, after a
# field in Chinese (year 1 is 1912)
MINGUO_DATE = re.compile(r"(?:(?<=：)|(?<=[\u4e00-\u9fff]:))\s*"
                         r"(?P<minguo>1[0-4]\d)[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?(?!\d)")
MINGUO_OFFSET = 1911
# "2033 оны 3 дугаар сарын 17", "2033 оны 3-р сарын 17": a Mongolian date, the year's, month's and day's words after
# their numbers
MONGOLIAN_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+оны\s+(?P<month>\d{1,2})(?:\s*-?р|\s+дугаар|\s+дүгээр)?"
                            r"\s+сарын\s+(?P<day>\d{1,2})(?!\d)")
DATE_PATTERNS = [
    MINGUO_DATE,
    MONGOLIAN_DATE,
    MONTH_NAME_FIRST,
    DAY_BEFORE_MONTH_NAME,
    DAY_RANGE_MONTH_FIRST,
    DAY_RANGE_DAY_FIRST,
    # ("2032. 7. 14.(수)": a space after each dot, as Korean and Hungarian pages write the date)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:[-/.]|\.[ \t])(?P<month>\d{1,2})(?:[-/.]|\.[ \t])(?P<day>\d{1,2})(?!\d)"),
    # "11/14/2024" (month first, as US pages write it) or "14/11/2024" and "14.11.2024" (day first).
    SLASHED_DATE,
    # "14.11.2024" and "14-11-2024", as pages in most of Europe write them; "17.11.2024." with the ordinal's dot;
    # "4. 11. 2024" with a space after each dot, as Czech, Slovak, Slovenian and Croatian pages write them
    re.compile(r"(?<![\d.-])(?P<dayfirst>\d{1,2})(?P<sep>\.[ \t]?|-)(?P<month>\d{1,2})(?P=sep)"
               r"(?P<year>(?:19|20)\d\d)(?![\d-])(?!\.\d)"),
    # "2024年11月14日": the year, month and day characters of Chinese and Japanese pages
    re.compile(r"(?P<year>(?:19|20)\d\d)\s?年\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"),
    NATIVE_MONTH_DATE,
    NATIVE_YEAR_FIRST_DATE,
    NATIVE_YEAR_DAY_MONTH_DATE,
]
# "Next release: 7 January 2025", "Next monetary policy meeting: ...": a line that dates what is still to come.
# ("다음 공표 / Next release: ...": the cue in the page's language first, then in English)
NEXT_DATE_CUE = re.compile(r"^\W*(?:[^\W\d][^/\d:]{0,30}/\s*)?(?=\w)(?:%s)(?!\w)"
                           % language.phrase_pattern("next_date_cues").pattern, re.I)
# Cues of the publication date in other languages ("Publicado: 30 de abril de 2026", "Veröffentlicht am ...")
_NATIVE_DATE_CUES = ("|publicado|publicada|fecha|publié|publiée|mis à jour|veröffentlicht|aktualisiert|pubblicato"
                     "|gepubliceerd|publicatiedatum|datum|data di pubblicazione|data de publicação|data de publicacao"
                     "|fecha de publicación|data de publicació|วันที่|közzététel|közzétéve|opublikowano|data publikacji"
                     "|publikováno"
                     "|zveřejněno|publicat|publicerad|publicerat|publisert|offentliggjort|julkaistu|yayınlanma"
                     "|diterbitkan|dipublikasikan|objavljeno|objavljen|paskelbta|publicēts|avaldatud|mis en ligne le"
                     "|mis en ligne|нийтэлсэн|опубликовано|дата публикации|објављено|објавено|публикувано"
                     "|опубліковано|發布日期|发布日期|發佈日期"
                     "|掲載|公開|発表|发布|發布|公布")  # ("2032年9月1日（水）掲載": "posted" after the date)
# A word right before the date that says it is the publication date.
DATE_CUE = re.compile(
    r"\b(?P<cue>date[d]?|published|publication|posted|created|first published|released|release date"
    r"|for (?:immediate )?release"
    r"|issued|embargoed(?: until)?|updated|last updated|modified|reviewed|last reviewed"
    rf"{_NATIVE_DATE_CUES})"
    r"(?:\s+(?:on|at|el|le|am|il|op))?\s*:?\s*$", re.I)
UPDATE_CUES = {"updated", "last updated", "modified", "reviewed", "last reviewed"}
# A short line that opens with a cue dates the page even when other words stand between the cue and the date.
LINE_DATE_CUE = re.compile(
    r"^(?P<cue>date[d]?|published|posted|first published|released|release date|issued|for (?:immediate )?release"
    r"|embargoed(?: until)?|updated|last updated|modified"
    rf"{_NATIVE_DATE_CUES})\b", re.I)
MAX_CUED_DATE_LINE_WORDS = 20
# Clock times, time zones and weekdays that may stand between a cue and its date
# ("For release 8:30 a.m. (ET) Friday, December 6, 2024").
CUE_GAP = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:(?i:[ap])\.?(?i:m)\b\.?)?|\b[ap]\.m\.|\(\s*[A-Za-z]{1,5}\s*\)"
    r"|\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\b|\b(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\b\.?"
    r"|,")
_NATIVE_WEEKDAY = language.phrase_pattern("native_weekdays").pattern
_CLOCK_DAY_PARTS = language.phrase_pattern("clock_day_parts").pattern
# the year's mark after a date on Polish and Russian pages ("22.06.2029 r.", "22.06.2029 г.", "roku", "года")
YEAR_MARK = r"(?<![\w.])(?:r|г)\.(?=\s|$)|\b(?:roku|года)\b"
# Pieces of a date line that are not words of content.
# A weather product's stamp writes its clock time without a colon: "1100 AM EDT Tue Oct 08 2024".
DATE_LINE_NOISE = re.compile(
    rf"\b\d{{1,2}}[:.]\d{{2}}\s+{_CLOCK_DAY_PARTS}"  # "3:00 petang": a clock time and the part of the day it is in
    r"|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?(?=\s|$))?"
    r"|\b\d{1,2}h\d{2}\b"  # "14h32": the clock time of French, Portuguese and Spanish pages
    rf"|{YEAR_MARK}"
    rf"|{_NATIVE_WEEKDAY}"  # "8 Kasım 2029 Perşembe", "måndag 14 maj 2029": a day's name in the page's language
    r"|\bkl\.?(?=\s*\d{1,2}[:.]\d{2})"  # "kl. 15:10": the hour's mark of Norwegian, Danish and Swedish pages
    r"|\b\d{3,4}\s+[ap]\.?m\.?(?:\s+[A-Z]{2,5}(?=\s|$))?"
    r"|\b\d{1,2}\s?[ap]\.?m\b\.?"  # "27 August 2026, 11am"
    r"|\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"  # "an hour ago"
    r"|\b\d+\s*(?:minutes?|mins?)\.?\s+read\b"  # "4 minute read · February 17, 2027"
    r"|\(?~?\d[\d,]*\s+words\)?"  # a wire story's length in its header: "(~760 words)"
    # a counter closing the line or its piece: "Views: 612", "Lượt xem: 3.918"
    r"|(?<=\s)[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*\d[\d.,]*(?=\s*(?:$|[|•·]))"
    r"|(?<=\s)[+−-]\d{1,2}(?::?\d{2})?(?=\s|$)"  # the offset of "2:12 PM GMT+5", "UTC+05:30"
    r"|\b(?:[A-Z][a-z]+\s+){0,3}(?:Standard|Daylight|Summer)\s+Time\b"  # "Australian Western Standard Time"
    # "05:00 local time (UTC+7)"
    r"|\blocal\s+time\b|(?<=local\s)time\b|\(\s*(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\s*\)"
    # the numbered issue the line dates, a field of its own: "Warning No. 6, Friday 2 December 2033" (not the title
    # "HYDROLOGICAL WARNING No. 27 of 04.05.2026")
    r"|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:No\.?|Nr\.?|n[°º])\s*\d{1,4}\b(?=\s*,)"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    # a day's name in brackets after a date of Japanese, Chinese or Korean pages: "（水）", "(星期三)", "(수)"
    r"|[（(](?:[月火水木金土日]|星期[一二三四五六日天]|週[一二三四五六日]|[월화수목금토일])[）)]"
    r"|\b(?:date[d]?|published|posted|created|first|released|updated|last|modified|on|at"
    rf"{_NATIVE_DATE_CUES})\b",
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
# "Source URL: https://...", "Permalink: ...": the page's own address under a label, as a printed page shows it.
OWN_URL_LINE = re.compile(r"^(?:(?:source|page|short)\s+(?:url|link)|url|permalink|link to this page)\s*:\s*"
                          r"(?P<url>(?:https?://|www\.)\S+)$", re.I)
# ".../news/2025/03/04/statement-on-...": the year, month and day folders of a dated address.
URL_PATH_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$)")
# A story's opening dateline carries its date: "BEIRUT, Nov 27, 2024 (Example Wire) - ...", or a distributed
# release's "SPRINGFIELD, Ill., Nov. 4, 2024 /Example Newswire/ -- ...". The line stays body.
OPENING_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},\s+(?P<date>[^()/\n]{6,30}?)\s*(?:\([^)]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?[-–—]+\s")
# "GENEVA (4 March 2025) - ...": a release's dateline with its date in brackets after the place.
BRACKETED_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}?\s+\((?P<date>[^()\n]{6,30})\)\s*[-–—]+\s")


# --- Reading the dates of a page ---------------------------------------------------------


# "14h32": a clock time written with an "h", as pages in French, Portuguese and Spanish do (France, Brazil, Portugal,
# Quebec, Belgium); all of those write the day before the month.
H_CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b")


# the publication cues of languages whose pages write the day before the month ("Publié le", "Publicado em")
DAY_FIRST_CUE = re.compile(r"\b(?:publié|publiée|publicado|publicada|pubblicato|veröffentlicht|gepubliceerd"
                           r"|publicatiedatum|mis en ligne)\b", re.I)


def _prefers_day_first(lines: list[_Line]) -> bool | None:
    """The order a page writes "10/01/2025" in: day first (True) in British or Commonwealth spelling, month first
    (False) in American spelling; else the order of its other dates ("14/11/2024", "4 March 2025" day first;
    "11/14/2024", "March 4, 2025" month first); None when nothing on the page tells."""
    words = Counter(word for line in lines for word in re.findall(r"[a-z]+", line.text.lower()))
    british = sum(words[word] for word in language.lexicon("british_spellings"))
    american = sum(words[word] for word in language.lexicon("american_spellings"))
    native = not words.keys().isdisjoint(language.lexicon("native_institution_words"))
    if any(H_CLOCK_TIME.search(line.text) or DAY_FIRST_CUE.search(line.text) for line in lines):
        return True  # "Publié le 03/11/2026 à 10h45": a page of a country that writes the day first, whatever the
        # spelling of its English translation
    if british != american and not native:  # a translation's spelling says nothing of its country's dates
        return british > american
    day_first = month_first = 0
    for line in lines:
        day_first += len(H_CLOCK_TIME.findall(line.text))
        for match in SLASHED_DATE.finditer(line.text):
            day_first += int(match.group("month")) > MONTHS_IN_YEAR
            month_first += int(match.group("day")) > MONTHS_IN_YEAR
        day_first += len(DAY_BEFORE_MONTH_NAME.findall(line.text))
        month_first += len(MONTH_NAME_FIRST.findall(line.text))
    if day_first == month_first and native:
        return True  # "Ministerio de Asuntos Exteriores" on the masthead: a country that writes the day first
    if day_first == month_first and any(re.search(r"\bministry\b", line.text, re.I) for line in lines[:MASTHEAD_LINES]):
        return True  # a ministry's page: the United States, which writes the month first, has departments
    return None if day_first == month_first else day_first > month_first


# A page whose order of day and month is unknown: a date such as "03/04/2025" on it could be either.
AMBIGUOUS = "ambiguous"
WEEKDAY_NAME = re.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|\.)?\b", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


MAX_WEEKDAY_GAP_CHARS = 4  # "Tue, 03/04/2025", "Tuesday 03/04/2025": the weekday right before its date


def _weekday_order(text: str, day_first: bool | None) -> bool | None:
    """"Tue, 03/04/2025": the order of day and month in which the slashed date falls on the weekday the line names
    (4 March 2025 was a Tuesday), else the page's order."""
    weekday, slashed = WEEKDAY_NAME.search(text), SLASHED_DATE.search(text)
    if weekday is None or slashed is None or not 0 <= slashed.start() - weekday.end() <= MAX_WEEKDAY_GAP_CHARS:
        return day_first  # ("Publié le 03/11/2026 ... until Wednesday 04/11": the weekday names another date)
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


# Arabic-Indic and Persian digits read as ASCII ones ("١٣ تموز ٢٠٢٧"), one character for one
_NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


_ANY_DIGIT = re.compile(r"\d")  # every date pattern holds a digit: a line without one is skipped at once


def _find_dates(text: str, day_first: bool = False) -> list[tuple[int, int, str]]:
    text = text.translate(_NATIVE_DIGITS)
    if _ANY_DIGIT.search(text) is None:
        return []
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
    if groups.get("native"):
        month = int(language.lexicon_pairs("native_months")[groups["native"].lower()])
    elif groups.get("mon"):
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
    year = int(groups["minguo"]) + MINGUO_OFFSET if groups.get("minguo") else int(groups["year"])
    if year >= MIN_BUDDHIST_ERA_YEAR:
        if not groups.get("native") or groups["native"].isascii():
            return None  # only a Thai month name's year is counted from the Buddha
        year -= BUDDHIST_ERA_OFFSET
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_date_text(text: str) -> str | None:
    dates = _find_dates(text)
    return dates[0][2] if dates else None


def _signed_date(text: str, day_first: bool = False) -> str | None:
    """The date of a declaration's closing "Done at <place>, this 4th day of March 2025." line, else None."""
    match = SIGNED_AT.match(text.strip())
    dates = _find_dates(match.group("date"), day_first) if match else []
    return dates[0][2] if len(dates) == 1 else None


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


def without_dates(text: str, dates: list[tuple[int, int, str]], gap: str = " ") -> str:
    """``text`` with the ``dates`` found in it (``_find_dates``) cut out, each replaced by ``gap``."""
    for start, end, _ in reversed(dates):
        text = text[:start] + gap + text[end:]
    return text


_CLOCK_AT_END = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?i:[ap]\.\s?m\.)\s*$")


def _date_line_rank(text: str, day_first: bool = False) -> tuple[int, str] | None:
    """Rank a line that states a date: 0 = published/created, 1 = updated, None = not a date line."""
    # ("..., 20 May 2032 · 3:00 petang / 3:00 p.m.": a clock time's full stop ends no sentence)
    if _is_prose(_CLOCK_AT_END.sub("", _latin_words(text)), min_words=12) or NEXT_DATE_CUE.match(text) \
            or _access_date_line(text):
        return None
    dates = _find_dates(text, day_first) or _short_year_dates(text)
    if not dates:
        return None
    cued = []
    for start, _, iso in dates:
        before = CUE_GAP.sub(" ", text[max(0, start - 60):start]).rstrip()
        # ("Issued: Alhamisi, 20 Aprili 2028": the day's name in the page's language between the cue and the date)
        cue = DATE_CUE.search(before) or DATE_CUE.search(_without_day_name(before.rstrip(" ,")).rstrip())
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
    remainder = without_dates(text, dates)
    pieces = [p for p in META_SEPARATOR.split(remainder) if p.strip() and not BYLINE_START.match(p.strip())]
    extra = _word_count(DATE_LINE_NOISE.sub(" ", " ".join(pieces)))
    if extra <= MAX_DATE_LINE_EXTRA_WORDS or _is_label_with_date(" ".join(pieces)) or _shouted_labels(remainder) \
            or _is_place_dateline(text, dates[0][0], dates[0][1]):
        return 0, dates[0][2]
    for piece in META_PIECES.split(text) if len(META_PIECES.split(text)) > 1 else ():
        piece_dates = _find_dates(piece, day_first)
        # "Τετάρτη 14/07/2027": the day's name before the date, in any language
        before = _without_day_name(piece[:piece_dates[0][0]]) if piece_dates else ""
        if piece_dates and (_word_count(DATE_LINE_NOISE.sub(" ", before + " " + piece[piece_dates[0][1]:])) == 0
                            or _is_place_dateline(piece, piece_dates[0][0], piece_dates[0][1])
                            or _one_date_in_languages(piece, piece_dates)
                            or (not before.strip() and _time_and_venue(piece[piece_dates[0][1]:]))):
            return 0, piece_dates[0][2]  # "Geneva, 24 September 2024 | Press briefing": the piece dates the page
    labelled = _labelled_first_field_date(text, day_first)
    if labelled:  # "Data e publikimit: 12.08.2026", "Tarikh: 09/04/2026 (Khamis) | Masa: 11:00 pagi | ..."
        return 1, labelled  # (ranked after a cued date: "Start of eruption: 20 November 2024" dates an event)
    if len(dates) == 1 and HIJRI_CORRESPONDING.search(text[:dates[0][0]]) and _word_count(text) <= MAX_HIJRI_LINE_WORDS:
        return 0, dates[0][2]  # "Riyadh, 20 Rabi' al-Thani 1446 AH, corresponding to 23 October 2024"
    return None


# the first field of a metadata row: a short label in any language, a colon, then the date ("Data e publikimit:
# 12.08.2026", "Ngày phát tin: 14/05/2026 - 10:35 (GMT+7)")
_LABELLED_FIELD = re.compile(r"^(?P<label>[^\W\d_][^:\d]{0,40}?):\s*(?P<value>\S.*)$")
MAX_FIELD_LABEL_WORDS = 4
MAX_WORDS_BEFORE_FIELD_DATE = 2  # "Lomia: Aso Lua, 13 Novema 2029": the day's name between the label and the date


def _labelled_first_field_date(text: str, day_first: bool = False) -> str | None:
    """The date a row's first field gives under a short label in any language, with at most a day's name before it
    and a clock time or a bracketed note after it; None otherwise."""
    first = META_PIECES.split(text.strip())[0]
    m = _LABELLED_FIELD.match(first)
    if m is None or _word_count(m.group("label")) > MAX_FIELD_LABEL_WORDS or NEXT_DATE_CUE.match(first):
        return None
    value = m.group("value")
    dates = _find_dates(value, day_first)
    if len(dates) != 1:
        return None
    start, end, iso = dates[0]
    after = re.sub(r"\([^()]*\)", " ", value[end:])
    if _word_count(value[:start]) > MAX_WORDS_BEFORE_FIELD_DATE or _word_count(DATE_LINE_NOISE.sub(" ", after)) > 0:
        return None
    return iso


# "..., 4:00 p.m., Press Conference Room, Ministry of Foreign Affairs": an event's clock time, then where it was held
_CLOCK_TIME_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs\b)"
                               r"|\s*,?\s*\d{1,2}:\d{2}\b")
MAX_VENUE_WORDS = 10
_VENUE_JOINERS = frozenset({"of", "the", "and", "for", "de", "du", "des"})


def _time_and_venue(after: str) -> bool:
    """The rest of a piece after its date is a clock time, and maybe the venue in a few capitalised words: the
    date, time and place of the event the page records."""
    time = _CLOCK_TIME_AFTER.match(after)
    if time is None:
        return False
    words = _words(after[time.end():])
    return len(words) <= MAX_VENUE_WORDS and all(w[0].isupper() or w in _VENUE_JOINERS for w in words)


# a day's name right before its date, in any language ("Djárason 21 di òktober 2026")
_DAY_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<name>[^\W\d_]+),?\s*$")
_NATIVE_WEEKDAY_BEFORE = re.compile(rf"(?:^|\s)(?:{_NATIVE_WEEKDAY}),?\s*$", re.IGNORECASE)


def _without_day_name(before: str) -> str:
    """The text before a date without the capitalised word that may name its day ("Τετάρτη", "Djárason"), or a day's
    name in the page's language (lexicon ``native_weekdays``: "måndag", "Dé hAoine")."""
    named = _NATIVE_WEEKDAY_BEFORE.search(before)
    if named:
        return before[:named.start()] + " "
    m = _DAY_NAME_BEFORE.search(before)
    # (a script without case gives the word no capital: "الثلاثاء ١٣ تموز ٢٠٢٧")
    return before[:m.start()] + " " if m and not m.group("name")[0].islower() else before


def _one_date_in_languages(piece: str, dates: list[tuple[int, int, str]]) -> bool:
    """"Djárason 21 di òktober 2026 — Wednesday 21 October 2026": one day written in two languages, each maybe after
    its day's name, and nothing else."""
    if len(dates) < 2 or len({iso for _, _, iso in dates}) != 1:
        return False
    rest, end = [], 0
    for start, stop, _ in dates:
        before = piece[end:start]
        rest.append(_without_day_name(before))
        end = stop
    rest.append(piece[end:])
    return _word_count(DATE_LINE_NOISE.sub(" ", " ".join(rest))) == 0


# a date of the Hijri calendar given first, then the Gregorian date it corresponds to
HIJRI_CORRESPONDING = re.compile(r"\b1[34]\d\d\s*(?:AH|A\.H\.|H)\b.{0,20}\bcorrespond(?:ing|s)\s+(?:to|with)\s*$")
MAX_HIJRI_LINE_WORDS = 16


def _access_date_line(text: str) -> bool:
    """"Printable version | Sep 3, 2024 2:10:11 am", "Retrieved on 12 May 2025": a line dating when the page was
    printed or fetched (lexicon ``access_date_cues``)."""
    return language.phrase_pattern("access_date_cues").match(text.lstrip(" *•-–—|")) is not None


MAX_TRAILING_DATE_LINE_WORDS = 24
# "Speech given by <role> <Name> at <event>, <venue>, 6 March 2025", "Delivered by Hon. <Name>, ..., to ... on
# 18 February 2025": a speech's credit line, however long, closes on the date the speech was given
DELIVERY_CREDIT_LINE = re.compile(r"^\W*(?:the\s+following\s+)?(?:[\w-]+\s+)?(?:(?:speech|remarks|address|keynote|"
                                  r"statement|lecture)\s+(?:\d{4}\s+)?)?(?:was\s+|were\s+)?(?:delivered|given|presented|made)\s+"
                                  r"(?:by|on|at)\s"
                                  # "INAUGURAL ADDRESS OF THE REGIONAL GOVERNOR ..., FRIDAY 1 JANUARY 2027"
                                  r"|^\W*(?:[\w-]+\s+){0,2}(?:speech|remarks|address|keynote|statement|lecture)\s+(?:of|by)\s",
                                  re.I)
MAX_DELIVERY_LINE_WORDS = 60
_ON_DATE_END = re.compile(r"(?:\son|,)\s*(?P<date>[^,;:]{6,40}?)\s*\.?$")


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
    if DELIVERY_CREDIT_LINE.match(text) and _word_count(text) <= MAX_DELIVERY_LINE_WORDS:
        return _credit_line_date(text, day_first)
    head, comma, last = text.rpartition(",")
    if not comma or not head.strip() or text.rstrip().endswith(".") or ":" in head or NEXT_DATE_CUE.match(text) \
            or _word_count(text) > MAX_TRAILING_DATE_LINE_WORDS:  # "Next release: ..., 04 December 2024": not this page
        return None
    dates = _find_dates(last, day_first)
    if len(dates) == 1 and not last[:dates[0][0]].strip() and not last[dates[0][1]:].strip():
        return dates[0][2]
    return None


def _credit_line_date(text: str, day_first: bool = False) -> str | None:
    """The date closing a speech's credit line, after a comma or "on" ("..., Hotel Kilkenny, 6 March 2025")."""
    m = _ON_DATE_END.search(text.rstrip())
    dates = _find_dates(m.group("date"), day_first) if m else []
    if len(dates) == 1 and not m.group("date")[dates[0][1]:].strip(" ."):
        return dates[0][2]
    dates = _find_dates(text, day_first)  # "... given at the Summit in Nadi on 12 May 2025 by the Minister ..."
    return dates[0][2] if len(dates) == 1 else None


# "Guadalajara, Jalisco, Mexico, October 24, 2024": a release's dateline, capitalised places between commas, then
# the date closing the line
# "Geneva, ", "New York, le ", "Lisboa, em ": places between commas, maybe with the article a French, Spanish or
# Portuguese dateline puts before its date
# ("Ciudad de Guatemala, martes 17 de agosto de 2032": a place's name may hold a joining word)
PLACE_LIST_BEFORE_DATE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+(?:(?:de|del|do|da|di|du|of)\s+)?[A-Z][\w.'’-]*){0,3},"
                                    r"\s*){1,4}(?:le|el|em|a|am)?\s*$")


# what follows a dateline's clock time: "local time", "hora local", "heure locale", "hora de Brasília"
LOCAL_TIME_WORDS = re.compile(r"(?i)\b(?:local(?:\s+time)?|hora\s+local|heure\s+locale|ora\s+locale|Ortszeit|"
                              r"hora\s+de\s+\w+|hrs?|hours)\b")


BRACKETED_ASIDE = re.compile(r"\([^()]*\)")


def _is_place_dateline(text: str, start: int, end: int) -> bool:
    """True when the line is places between commas and then its date, and nothing after it."""
    # "– 11:40 hora local"; "(15 Megabit 2019 E.C.)": the same day in another calendar, or any aside in brackets
    rest = LOCAL_TIME_WORDS.sub(" ", DATE_LINE_NOISE.sub(" ", BRACKETED_ASIDE.sub(" ", text[end:])))
    before = text[:start]
    placed = PLACE_LIST_BEFORE_DATE.match(before) or PLACE_LIST_BEFORE_DATE.match(_without_day_name(before.rstrip()))
    return bool(placed) and not rest.strip(" .,–—-|")


def _is_label_with_date(remainder: str) -> bool:
    """"Press release No. 123 of", "STATEMENT | Ref. 2025/17": what a dated line holds beside its date is only
    section labels, reference numbers and function words."""
    words = _words(DATE_LINE_NOISE.sub(" ", REFERENCE_NUMBER.sub(" ", remainder)))
    # "CSO statistical release, 27 August 2026, 11am": the issuer's acronym is a label too
    # "MCW0417  3  COMMOD  AGRI NUTS ...": a wire terminal's story code, priority and topic codes are labels as well
    return all(word.lower() in LABEL_WORDS or word.lower() in language.stop_words() or ACRONYM_WORD.fullmatch(word)
               or word.isdigit() for word in words)


ACRONYM_WORD = re.compile(r"[A-Z]{2,6}\d*")
MIN_LABEL_PIECES = 2


def _shouted_labels(remainder: str) -> bool:
    """"INFORMACJE SYGNALNE · STATISTICAL NEWS RELEASE" beside a date: a row of labels in capitals, in the site's
    languages, split by separators (one shouted run may be a headline, a row of them is a kicker's)."""
    pieces = [piece for piece in META_SEPARATOR.split(remainder) if _words(piece)]
    words = _words(DATE_LINE_NOISE.sub(" ", remainder))
    return len(pieces) >= MIN_LABEL_PIECES and all(word.isupper() for word in words)


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
