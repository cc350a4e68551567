"""The headline, the header above it and the lead under it (with a byline printed alone there)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import language
from ._shared import (
    BYLINE_START, CONNECTORS, LABEL_PIECE_SEPARATOR, MENU_SEPARATOR, META_PIECES, MIN_SHORT_PROSE_WORDS, _Line, _fold,
    _is_prose, _labelled_pieces, _latin_words, _lowercase_share, _word_count, _words,
)
from .bylines import ROLE_TITLES, TRAILING_WIDGET_WORDS, _is_person_name, _is_title
from .chrome import CAPTION_MARKERS, QUOTE_MARK
from .lines import _script_of
from .dates import DELIVERY_CREDIT_LINE, MAX_DATE_LINE_WORDS, YEAR_MARK, _find_dates
from .sitenames import (
    GOVERNMENT_OF, TITLE_SEPARATOR, WELCOME_BANNER, _dash_tagline, _is_site_name, _masthead_line, _name_before_tagline,
    _state_banner,
)


# A headline under a document-type kicker ("Press release", "Statement") within this many lines is the page's.
KICKER_WINDOW_LINES = 2
DATED_BELOW_LINES = 2  # the headline, a sub-heading, then its date
# "Press Release No. 31/2024", "News release 2024/117": a release's number, not its headline
RELEASE_NUMBER = re.compile(r"^(?:press|news|media)\s+release\s*(?:no\.?|number|nr\.?|#|:)?\s*\d", re.I)
KICKER_BONUS = 2
MIN_META_PIECES = 3
HEADLINE_BAD_END = re.compile(r"[.,;:]$")
TRAILING_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")
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
FIELD_LINE = re.compile(r"^(?P<field>[^\W\d_](?:[^\W\d_]|[ -]){0,24}?)\s*:\s*\S")  # "Catégorie : Étiage"
# A masthead tagline sits among the first lines of the page, with the site's menu at most this many lines below.
MAX_TAGLINE_LINE = 12
TAGLINE_MENU_GAP = 2


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


# "ALERT: An Evacuation Order is in effect for ...", "LATEST: ... ••• ...": a site-wide alert's or ticker's label
# opening a line, which is no headline
SITE_ALERT = re.compile(r"^(?:ALERT|Alert|NOTICE|Notice|IMPORTANT|Important|ATTENTION|Attention|LATEST|Latest|"
                        r"BREAKING|Breaking)\s*[:!]\s")


# "by the delegation of the Central African Republic", "by H.E. Mr. ...": a credit line that goes on a kind's heading
_BY_CREDIT_RE = re.compile(r"^by\s+(?:the\s+|H\.\s?E\.\s+|[A-Z])")


def _join_split_kind_headings(lines: list[_Line]) -> list[_Line]:
    """A PDF cover that sets a statement's kind alone on its line ("STATEMENT") over the credit that names its author
    ("by the delegation of ..."): one heading, "STATEMENT by the delegation of ...", as the page prints it."""
    out: list[_Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _BY_CREDIT_RE.match(line.text.strip()) \
                and previous.text.strip().lower() in language.lexicon("statement_types") | language.lexicon(
                    "speech_nouns") and line.block - previous.block <= 1:
            previous.text = f"{previous.text.strip()} {line.text.strip()}"
            previous.block = line.block
            continue
        out.append(line)
    return out


# an e-mail's header block: "From:", "To:", "Subject:", "Date:" fields in the first lines of a saved alert
# (in the mail client's language too: "De:", "Para:", "Asunto:"; lexicon ``mail_field_labels``)
_MAIL_FIELDS = {key.lower(): value for key, value in language.lexicon_pairs("mail_field_labels").items()}
MAIL_FIELD = re.compile(r"^(?P<field>%s)\s*:\s*\S" % "|".join(sorted(map(re.escape, _MAIL_FIELDS), key=len,
                                                                         reverse=True)), re.I)
MAIL_HEADER_LINES = 8
MIN_MAIL_FIELDS = 3
# "[RWS ALERT] UZBEKISTAN-GAS/CNG (UPDATE 1) ...", "Fwd: KAZAKHSTAN-GRAIN/EXPORTS: ...": tags and a wire's slug
# (a slug joins upper-case words with "-" or "/": "UN agency says ..." keeps its "UN")
# ("🔔 ALERTA | ...": a mark and an upper-case tag before a bar)
SUBJECT_TAGS = re.compile(r"^(?:\s*(?:\[[^\]]{1,40}\]|(?:re|fw|fwd)\s*:|(?:[^\w\s]\s*)?[^\W\d_a-z]{3,20}\s+\|))*\s*"
                          r"(?:[A-Z0-9][A-Z0-9&.'’]*(?:[-/][A-Z0-9][A-Z0-9&.'’]*)+(?:\s*\([A-Z0-9 ]+\))?\s*:?\s+)?")
MAX_WRAP_LINES = 3  # a headline hard-wrapped over this many lines of a plain-text alert


def _mail_subject(lines: list[_Line]) -> str | None:
    """The headline of a saved e-mail alert: its "Subject:" field without tags and the wire's upper-case slug."""
    head = lines[:MAIL_HEADER_LINES]
    fields = {_MAIL_FIELDS[m.group("field").lower()]: line.text for line in head if (m := MAIL_FIELD.match(line.text))}
    if len(fields) < MIN_MAIL_FIELDS or "subject" not in fields:
        return None
    subject = fields["subject"].split(":", 1)[1]
    headline = subject[SUBJECT_TAGS.match(subject).end():].strip()
    return headline if _word_count(headline) >= 3 else None


def _wrapped_line(lines: list[_Line], wanted: str) -> int | None:
    """The line a wanted headline starts on when the text hard-wraps it ("... as gas" / "shortfall deepens"): the
    lines are joined into the first."""
    for index, line in enumerate(lines):
        joined, k = _fold(line.text), index
        if not joined or not wanted.startswith(joined + " "):
            continue
        while k + 1 < len(lines) and k - index < MAX_WRAP_LINES and wanted.startswith(joined + " "):
            k += 1
            joined = joined + " " + _fold(lines[k].text)
        if joined == wanted:
            line.text = " ".join(lines[i].text.strip() for i in range(index, k + 1))
            for i in range(index + 1, k + 1):
                lines[i].drop = "title"
            return index
    return None


def _find_title(lines: list[_Line], sidecar_title: str | None) -> int | None:
    """Index of the headline line: before the body, headline-shaped, ideally repeated."""
    sidecar_title = sidecar_title or _mail_subject(lines)
    if sidecar_title:
        wanted = _fold(sidecar_title)
        for index, line in enumerate(lines):
            if _fold(line.text) == wanted and not MAIL_FIELD.match(line.text):
                return index
        wrapped = _wrapped_line(lines, wanted)
        if wrapped is not None:
            return wrapped
    folded = [_fold(line.text) for line in lines]
    later_counts = Counter(folded)
    block_sizes = Counter(line.block for line in lines)
    best, best_score = None, -MAX_TITLE_LINE  # a heading that looks like a masthead still beats no title
    for index, line in enumerate(lines[:MAX_TITLE_LINE]):
        later_counts[folded[index]] -= 1
        if line.drop is None and _is_prose(_without_year_mark(_latin_words(line.text))) and not _names_only(line.text) \
                and not _labelled_pieces(line.text):  # ("MoPR: 3.50%  |  Inflation: 2.8%": a ticker, no lead)
            if _is_header_tagline(lines, index) or SITE_ALERT.match(line.text):
                continue  # (an alert banner over the headline: "ALERT: An Evacuation Order is in effect ...")
            if best_score < 0 and _is_punctuated_headline(lines, index):
                return index
            break
        if line.drop is not None or line.key_figure \
                or not (_is_headline_shaped(line.text) or _is_punctuated_headline(lines, index)):
            continue
        if _in_field_block(lines, index) or _is_name_and_title(line.text) or DELIVERY_LINE.match(line.text) \
                or POSTAL_ADDRESS.search(line.text) or _street_address(line.text) or _schedule_row(line.text):
            continue
        score = 0
        masthead = _masthead_like(lines, index)
        if later_counts[folded[index]] > 0 and not masthead:  # repeated further down the page (a masthead's
            score += 3  # name repeats in the footer: that makes no headline)
        if _dated_below(lines, index):
            score += DATED_BELOW_BONUS
        if _dated_above(lines, index):  # "20 Oct 2025" / "Lima, 12 December 2024" printed over the headline
            score += DATED_ABOVE_BONUS
        if block_sizes[line.block] == 1:
            score += 1
        if _word_count(line.text) >= 5:
            score += 1
        if masthead or _over_site_menu(lines, index):  # a masthead, not a headline
            score -= SITE_NAME_PENALTY
        # "Edited Hansard - No. 312", "Consumer Price Index (CPI). Flash estimate. November 2024", "... Ref No: 05/32":
        # a label over a headline
        if ISSUE_NUMBER.search(line.text) or _is_series_label(line.text) or REFERENCE_FIELD.search(line.text):
            score -= ISSUE_LABEL_PENALTY
        if _numbered_meeting(line.text):  # "OSCE Permanent Council No. 1512, Vienna, 13 March 2025"
            score -= ISSUE_LABEL_PENALTY
        if DELIVERY_CREDIT_LINE.match(line.text) and _find_dates(line.text) \
                and line.text.count(",") >= MIN_CREDIT_COMMAS:
            score -= ISSUE_LABEL_PENALTY  # "INAUGURAL ADDRESS OF THE GOVERNOR ..., FRIDAY 1 JANUARY 2027": credits
        if _over_issue_number(lines, index):  # "Dáil Éireann debate - Tuesday, 8 Oct 2024" / "Vol. 1059 No. 3"
            score -= ISSUE_LABEL_PENALTY
        if _is_title_and_name(line.text):  # "Governor Lisa D. Marchetti" over a speech's topic heading
            score -= NAME_LINE_PENALTY
        if _product_field_line(line.text):  # "SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION"
            score -= PRODUCT_FIELD_PENALTY
        if _kind_heading(line.text):  # "Joint Statement of the Presidents of ...", "Keynote address at the Summit"
            score += KIND_HEADING_BONUS
        if _list_item(lines, index):  # "1. Monetary Policy Committee decision" under "In this issue": contents
            score -= ISSUE_LABEL_PENALTY
        if _shouted_labels_over_headline(lines, index):
            score -= SHOUTED_LABELS_PENALTY  # "MONETARY POLICY STATEMENT · MPC MEETING NO. 5 OF 2032" over the headline
        bare_kicker = _bare_kicker(REFERENCE_FIELD.sub("", line.text).strip())
        if _named_kind_heading(line.text) or _placed_kicker(line.text) or _kind_label_in_two_scripts(line.text) \
                or bare_kicker:
            score -= NAMED_KIND_PENALTY  # "Copom statement", "NEWS RELEASE - MANITOBA": a kicker over a headline
        if bare_kicker and line.text.isupper() and _dated_below(lines, index):
            # "PRESSEMITTEILUNG · PRESS RELEASE 13.412-004/33" in capitals over the release's date: its label
            score -= DATED_BELOW_BONUS
        if (best_score <= 0 or not (_dated_below(lines, best) or _find_dates(lines[best].text))) \
                and _under_kicker(lines, index):
            # a kicker under the headline opens the byline; one over a line that no date follows heads it
            score += KICKER_BONUS
        if score > best_score:
            best, best_score = index, score
    subject = _subject_under_kicker(lines)
    best = _english_sibling(lines, _english_headline_under(lines, best))
    return subject if subject is not None else _without_field_label(lines, _digest_heading(lines, best))


# "Version anglaise / English version" between a native headline and its English translation
ENGLISH_VERSION = re.compile(r"\benglish\s+(?:version|translation)\b|\bunofficial\s+translation\b", re.I)
MAX_VERSION_NOTE_GAP = 5  # lines from the native headline to the note, past its date and language fields
MAX_VERSION_NOTE_WORDS = 6  # "Version anglaise / English version": a note, not a translator's credit or a disclaimer


_YEAR_MARK_END = re.compile(rf"\s*(?:{YEAR_MARK})\s*$")


def _without_year_mark(text: str) -> str:
    """"... w październiku 2032 r.": a heading whose year mark's full stop ends no sentence."""
    return _YEAR_MARK_END.sub("", text)


def _english_headline_under(lines: list[_Line], best: int | None) -> int | None:
    """The English headline a version note puts under the native one ("Entretien téléphonique du Chef de l'État
    ...", "Version anglaise / English version", "Head of State holds telephone call ..."): the page's English text
    is read, so its headline is the title."""
    if best is None:
        return best
    for index in range(best + 1, min(best + 1 + MAX_VERSION_NOTE_GAP, len(lines) - 1)):
        if ENGLISH_VERSION.search(lines[index].text) and _word_count(lines[index].text) <= MAX_VERSION_NOTE_WORDS:
            below = lines[index + 1]
            if below.drop is None and _is_headline_shaped(below.text) and not _is_prose(below.text):
                return index + 1
    return best


MAX_SIBLING_GAP = 3  # lines between a heading and its translations stacked over or under it


_ACCENTED_LATIN_RE = re.compile(r"[à-öø-ÿĀ-ſ]")  # a Latin letter with a diacritic: "ā", "ņ", "š", "ő"
MIN_ACCENTED_WORDS = 2
MIN_NAME_STEM = 5  # letters of a name its translation inflects ("Saeima", "Saeimas")


def _heading_language(text: str) -> str | None:
    """"en" for a heading with an English stop word and no function word of another Latin-script language, "other"
    for one with more of those than English stop words ("Chegadas de Visitantes a Timor-Leste") or with neither and
    several words spelled with diacritics, else None."""
    words = _words(text)
    english, other = language.function_word_counts([w.lower() for w in words])
    if not english and not other and sum(_ACCENTED_LATIN_RE.search(w) is not None for w in words) >= MIN_ACCENTED_WORDS:
        return "other"  # "Valsts prezidenta ... uzruna Saeimas rudens sesijas atklāšanā": a language no list holds
    return "en" if english and not other else "other" if other > english else None


def _english_sibling(lines: list[_Line], best: int | None) -> int | None:
    """The English heading among a title's translations stacked beside it ("VISITOR ARRIVALS TO TIMOR-LESTE ..." over
    "Chegadas de Visitantes a Timor-Leste ..."): the page's English text is read, so its heading is the title."""
    if best is None or _heading_language(lines[best].text) != "other":
        return best
    near = sorted(range(max(0, best - MAX_SIBLING_GAP), min(len(lines), best + MAX_SIBLING_GAP + 1)),
                  key=lambda i: abs(i - best))
    for index in near:
        line = lines[index]
        if index != best and line.drop is None and line.block == lines[best].block \
                and _is_headline_shaped(line.text) and not FIELD_LINE.match(line.text) \
                and _heading_language(line.text) == "en" and _shares_name_or_figure(line.text, lines[best].text):
            return index
    return best


def _shares_name_or_figure(text: str, other: str) -> bool:
    """A translation keeps the names and figures of what it translates ("Timor-Leste", "2027")."""
    def kept(line: str) -> set[str]:
        return {w.casefold() for w in (w.strip(",.;:()") for w in line.split()) if any(c.isdigit() for c in w)
                or (w[:1].isupper() and len(w) >= 4 and w.lower() not in language.stop_words())}
    mine, theirs = kept(text), kept(other)
    # ("Saeima" and "Saeimas": a name its language inflects keeps its stem)
    return bool(mine & theirs) or any(len(a) >= MIN_NAME_STEM and b.startswith(a) for a in mine for b in theirs
                                      if not a[0].isdigit())


def _names_only(text: str) -> bool:
    """"Embassy of St. Vincent and the Grenadines | Washington, D.C.": names set apart by a bar, every word capitalised
    or a name's connector; its last stop is an abbreviation's, and no body text starts there."""
    return " | " in text and language.names_only([word for word in _words(text) if word[:1].isalpha()], CONNECTORS)


def _without_field_label(lines: list[_Line], index: int | None) -> int | None:
    """"Headline: No tsunami threat to ...": a bulletin's headline given in its field keeps only the value
    (lexicon ``subject_labels``)."""
    m = SUBJECT_FIELD.match(lines[index].text.strip()) if index is not None else None
    if m and m.group("label").lower() in language.lexicon("subject_labels") and _is_headline_shaped(m.group("value")):
        lines[index].text = m.group("value")
    return index


# "Subject:", "Sub:": the field a memo-style release gives its headline in (lexicon ``subject_labels``)
SUBJECT_FIELD = re.compile(r"^(?P<label>[A-Za-z]{2,10})\s*[:.-]\s+(?P<value>\S.*)$")


def _subject_under_kicker(lines: list[_Line]) -> int | None:
    """The index of a "Subject: ..." line right under a document-type kicker ("PRESS RELEASE"), before the body,
    whose value is headline-shaped: a memo-style release's headline. The line keeps only the value. None when the page
    has no such line."""
    for index, line in enumerate(lines[1:MAX_TITLE_LINE], start=1):
        if line.drop is None and _is_prose(line.text):
            return None
        m = SUBJECT_FIELD.match(line.text.strip())
        if m is None or line.drop is not None or m.group("label").lower() not in language.lexicon("subject_labels"):
            continue
        kicker = _fold(lines[index - 1].text).strip(" .:")
        if kicker in language.lexicon("kicker_labels") and _is_headline_shaped(m.group("value")):
            line.text = m.group("value")
            return index
    return None


def _masthead_like(lines: list[_Line], index: int) -> bool:
    """The site's name, its tagline or its state's banner ("Republic of the Philippines" over a department's
    name), not a heading under the site's menu: a line of the masthead, never the headline."""
    text = lines[index].text
    if (_is_site_name(text) or _masthead_line(text)) and not _below_site_menu(lines, index):
        return True
    if WELCOME_BANNER.match(text.strip()):  # "Kia Orana – Welcome to the Cook Islands Statistics Office"
        return True
    return (index == 0 and _name_before_tagline(text) is not None) or bool(GOVERNMENT_OF.match(text.strip())) \
        or _state_banner(text) or _masthead_tagline(lines, index) or _masthead_translation(lines, index)


MASTHEAD_STACK_LINES = 2  # a masthead in three languages: its name two lines above or below the translation


def _masthead_translation(lines: list[_Line], index: int) -> bool:
    """"O‘ZBEKISTON RESPUBLIKASI MARKAZIY BANKI" stacked in one block over "Central Bank of the Republic of
    Uzbekistan": the site's name in another of its languages, shouted, with no figure, is the masthead too."""
    text = lines[index].text
    if not text.isupper() or any(c.isdigit() for c in text):
        return False
    stack = range(max(0, index - MASTHEAD_STACK_LINES), min(len(lines), index + MASTHEAD_STACK_LINES + 1))
    return any(k != index and lines[k].block == lines[index].block and lines[k].drop is None
               and not lines[k].text.isupper() and (_is_site_name(lines[k].text) or _masthead_line(lines[k].text))
               for k in stack)


SITE_MENU_GAP = 2  # lines between the masthead and the site's menu (a language picker between them)
MIN_SITE_MENU_ITEMS = 4  # "Home | News | Sport | Culture": a menu row, not a breadcrumb's two or three steps


LABELLED_ROW = re.compile(r"^[^|:]{1,30}:\s")  # "Topics: ...", "Mots-clés : ...": a row's label


def _over_site_menu(lines: list[_Line], index: int) -> bool:
    """True when the site's menu row follows the line within SITE_MENU_GAP lines and a heading-shaped line stands
    below that menu ("НИШИНФО | NišInfo — vesti iz Niša" over "Почетна | Ниш | Србија | ..." over the headline): the
    line above the menu is the masthead, whatever its language."""
    below = lines[index + 1:index + 1 + SITE_MENU_GAP]
    # ("Topics: Syria | Yemen floods | Cholera" under a briefing's heading: a labelled row of the page's tags)
    menu = next((k for k, line in enumerate(below, index + 1) if line.drop == "navigation" and (
        line.spaced_menu or len([p for p in MENU_SEPARATOR.split(line.text) if p.strip()]) >= MIN_SITE_MENU_ITEMS)
        and not LABELLED_ROW.match(line.text)), None)
    return menu is not None and any(line.drop is None and _is_headline_shaped(line.text)
                                    for line in lines[menu + 1:MAX_TITLE_LINE])


def _below_site_menu(lines: list[_Line], index: int) -> bool:
    """True when the line stands under the site's menu, itself under the site's name, and repeats no line above it
    ("Cholera Situation Report" under "Home | About | Diseases" under "Nigeria Centre for Disease Control"): a
    document's heading shaped like a name (a report, a bulletin) below the masthead, not the masthead."""
    menus = [j for j in range(index) if lines[j].drop == "navigation"]
    if not menus or any(_fold(line.text) == _fold(lines[index].text) for line in lines[:index]):
        return False
    return any(_is_site_name(line.text) for line in lines[:menus[0]])


def _masthead_tagline(lines: list[_Line], index: int) -> bool:
    """A few words mostly in lower case between the site's name and its menu ("Protecting the health of
    Nigerians" under the centre's name): the site's tagline, no headline."""
    if index == 0 or index + 1 >= len(lines) or lines[index + 1].drop != "navigation":
        return False
    return _is_site_name(lines[index - 1].text) and _dash_tagline(lines[index].text)


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


# "N° 2024-087", "Nº 14": the numero sign Spanish, French and Portuguese pages write
MIN_CREDIT_COMMAS = 2  # a speech's credit line lists its speaker, office and venue between commas before the date
ISSUE_NUMBER = re.compile(r"\b(?:no|nr|number|issue|vol|volume|n°|nº|n\.º)\.?\s*:?\s*\d[\w/-]*$", re.I)
ISSUE_LABEL_PENALTY = 2
# "... · NEWS RELEASE   Nr ref.: ISC/10/2032", "Monetary Policy Statement   Ref No: 05/32/07", "Réf. : MPC/2032/03": a
# release's reference
REFERENCE_FIELD = re.compile(r"\b(?:r[eé]f(?:[eé]rence)?\.?\s*(?:no|nr|number)?|nr\.?\s+ref|our\s+ref)\.?\s*:\s*"
                             r"[\w/.-]*\d[\w/.-]*\s*$", re.I)
# "OSCE Permanent Council No. 1512, Vienna, 13 March 2025": a numbered meeting, its place and date over the headline
NUMBERED_MEETING = re.compile(r"\b(?:no|nr|meeting|session)\.?\s*\d+\s*,\s*[^,]{2,40},\s*[^,]{6,30}$", re.I)


AGENDA_ITEM = re.compile(r"^(?:agenda\s+)?item\s+\d+[a-z]?\b", re.I)  # "Item 4: General Debate" under the headline


def _numbered_meeting(text: str) -> bool:
    if AGENDA_ITEM.match(text):
        return True
    m = NUMBERED_MEETING.search(text)
    dates = _find_dates(text[m.start():]) if m else []
    return bool(dates) and not text[m.start() + dates[-1][1]:].strip()


STYLE_PREFIX = re.compile(r"^(?:(?:The\s+)?(?:Rt\.?\s+Hon\.?|Hon\.?|Honourable|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|"
                          r"Ms\.?|H\.\s?E\.?|Sir|Dame)\s+)+")
MAX_NAME_TITLE_WORDS = 12
# "Delivered in the National Assembly, 12 March 2025": where and when a speech was given, under its heading
# "At the Economic Club of Minnesota, Minneapolis, Minnesota": the venue, then its town, under a speaker's name
DELIVERY_LINE = re.compile(r"^(?:(?i:delivered|given|presented)\s+(?i:at|in|on|by|before|to)\b"
                           # "Remarks as prepared for delivery by Ana Ruiz, Minister of ...": who delivers it
                           r"|(?i:remarks|speech|address|statement)\s+(?i:as\s+(?:prepared\s+for\s+delivery|delivered))"
                           r"\s+(?i:by)\b"
                           # "BUDGET ADDRESS 2027 DELIVERED BY THE HONOURABLE ...": a cover line in capitals
                           r"|[A-Z][A-Z\d\s'’.,&-]{2,60}\s(?:DELIVERED|PRESENTED|GIVEN)\s+BY\s"
                           r"|At\s+(?:the\s+)?[A-Z][^,\n]*,\s+[A-Z][^,\n]*(?:,\s+[A-Z][^,\n]*)?$)")


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


def _is_shouted_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_SHOUTED_HEADING_LETTERS and all(c.isupper() for c in letters)


MIN_SHOUTED_HEADING_LETTERS = 12


def _in_field_block(lines: list[_Line], index: int) -> bool:
    """A label-and-value row among several others in its block ("Status: reviewed by duty seismologist" under
    "Magnitude: 4.9" and "Depth: 12 km") is a record's field, never the headline."""
    if not FIELD_ROW.match(lines[index].text) or _is_shouted_heading(lines[index].text):
        return False  # ("ELECTRICITY STATISTICS: JUNE QUARTER 2026" over "Date of release: ...": a heading)
    if _ends_in_kicker_label(_fold(lines[index].text.split(":")[0]).strip()):
        return False  # "Weekly Press Briefing: stranded crew home ...": a kind of page before its topic, a heading
    # the rows of its block on its side of the prose: a page scraped without blank lines is one block, where a
    # headline with a colon ("Minister Ana Ruiz: Energy Forum 2025") stands above the text, apart from the
    # "Issued by:" and "Share:" rows under it
    block = lines[index].block
    first = last = index
    while first > 0 and lines[first - 1].block == block and not _is_prose(lines[first - 1].text):
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].block == block and not _is_prose(lines[last + 1].text):
        last += 1
    rows = sum(bool(FIELD_ROW.match(line.text)) for line in lines[first:last + 1])
    return rows >= MIN_FIELD_BLOCK_ROWS


DATED_ABOVE_BONUS = 1  # less than a date below, which most pages print
DATED_BELOW_BONUS = 2


def _dated_above(lines: list[_Line], index: int) -> bool:
    """A date line right above the line in its block, as government and bank newsrooms print the release's date over its
    headline; a masthead or a banner at the top of the page has none above it."""
    above = lines[index - 1] if index > 0 else None
    return above is not None and above.drop == "dateline" and above.block == lines[index].block \
        and _word_count(lines[index].text) >= MIN_DATED_TITLE_WORDS


MIN_DATED_TITLE_WORDS = 3


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
    if alone and index > 0 and lines[index - 1].drop == "dateline" and lines[index - 1].block != lines[index].block \
            and not text.rstrip().endswith((".", "!", "?")):
        return True  # "Published 5 March 2026", then the headline alone in its block (not a sentence)
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


# "Diagonal J. P. Fabini 777 - C.P. 11100 - Montevideo", "B.P. V 18 Abidjan 01", "PO Box 30, Apia": a letterhead's
# postal address, never a headline
# "Release No. 232   Podgorica, 30 November 2026   Next release: 30 December 2026": a release's schedule row, dated,
# over its headline, or its reference number alone
NEXT_PUBLICATION = re.compile(r"\bnext\s+(?:release|publication|update|issue)\b", re.I)


# "No. UM.505/3/12/KGT/V/2026": a release's reference number alone on its line
# ("No. Ruj.: KHEL/PR/2027/088": the label in two languages)
REFERENCE_ONLY = re.compile(r"^(?:(?:no|nr|ref|reference|number|ruj|rujukan|referencia|référence|réf)\.?\s*){1,3}:?\s*"
                            r"[A-Z0-9][\w./-]*\d[\w./-]*$", re.I)


def _schedule_row(text: str) -> bool:
    return (bool(NEXT_PUBLICATION.search(text)) and bool(_find_dates(text))) or bool(REFERENCE_ONLY.match(text.strip()))


POSTAL_ADDRESS = re.compile(r"(?<!\w)(?:C\.\s?P\.|CEP|B\.\s?P\.|P\.?\s?O\.?\s+Box|Postal\s+Code|Zip\s+Code|Postfach)"
                            r"\s*:?\s*(?:[A-Z]\s+)?\d{2,}", re.I)


MIN_ADDRESS_PARTS = 3
MAX_ADDRESS_PART_WORDS = 4


def _street_address(text: str) -> bool:
    """"Plot 12, Harbour Road, Port Ellery, Esteland": short comma-separated parts, one of them a numbered street or
    plot (lexicon ``street_words``), a letterhead's address."""
    parts = [part.split() for part in text.split(",")]
    if len(parts) < MIN_ADDRESS_PARTS or any(not 1 <= len(p) <= MAX_ADDRESS_PART_WORDS for p in parts):
        return False
    if POSTCODE_PART.match(" ".join(parts[-1])):
        return True  # "Castle Building, Jamestown, St Helena Island, STHL 1ZZ": a postcode closes it
    streets = language.lexicon("street_words")
    return any(re.search(r"\d", text) and any(w.lower().strip(".") in streets for w in p) for p in parts)


# a postcode in the British form that closes an address ("STHL 1ZZ", "SW1A 2AA", "FIQQ 1ZZ")
POSTCODE_PART = re.compile(r"^[A-Z]{1,4}\d{0,2}[A-Z]?\s\d[A-Z]{2}$")


def _is_meta_line(text: str) -> bool:
    """"11/14/2024 | News release | Distributed by ...": pieces between separators, with a date or many."""
    pieces = [piece for piece in META_PIECES.split(text) if piece.strip()]
    return len(pieces) >= MIN_META_PIECES or (len(pieces) > 1 and bool(_find_dates(text)))


def _is_field_line(text: str) -> bool:
    """"From: Ministry of Transport", "Tags: drought, farming": a metadata field and its value."""
    return _field_of(text) in language.lexicon("field_labels")


def _field_of(text: str) -> str:
    match = FIELD_LINE.match(text)
    return " ".join(match.group("field").lower().split()) if match else ""


def _dated_field(text: str) -> bool:
    """"Delivered on: 13 November 2024 (Transcript of the speech, exactly as it was delivered)": a field whose
    value opens with a date, however long its note."""
    colon = text.find(":")
    dates = _find_dates(text[colon + 1:]) if colon > 0 else []
    return bool(dates) and not text[colon + 1:colon + 1 + dates[0][0]].strip()


NAMED_KIND_PENALTY = 2


def _named_kind_heading(text: str) -> bool:
    """"Copom statement", "Policy statement": a name and the kind of document, a heading of two words (a bare kicker,
    "Press release", is none)."""
    words = text.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1].lower() in language.lexicon("speech_nouns") \
        and _fold(text).strip(" .:") not in language.lexicon("kicker_labels")


NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+\S")


# "Communiqué du Conseil d'Administration · بلاغ مجلس الإدارة": the links after a document's kind in the languages of
# bilingual label lines
_KIND_LABEL_LINKS = language.lexicon("kind_label_links")


def _kind_label_in_two_scripts(text: str) -> bool:
    """"Communiqué du Conseil d'Administration · بلاغ مجلس الإدارة": a document's kind and whose it is, beside the
    same label in another script: a label over the headline, not the headline."""
    pieces = LABEL_PIECE_SEPARATOR.split(text)
    if len(pieces) < 2 or any(c.isdigit() for c in text):
        return False
    words = _fold(pieces[0]).split()
    kinds = language.lexicon("kicker_labels") | language.lexicon("speech_nouns")
    opens = any(" ".join(words[:n]) in kinds and len(words) > n and words[n] in _KIND_LABEL_LINKS for n in (1, 2, 3))
    return opens and len({_script_of(c) for piece in pieces for c in piece[:1] + piece[-1:] if c.isalpha()}) > 1


SHOUTED_LABELS_PENALTY = 1  # enough to lose a tie with the headline right under it


def _shouted_labels_over_headline(lines: list[_Line], index: int) -> bool:
    """A line of labels in capitals set apart by separators ("DISCURSO · TRADUCCIÓN AL INGLÉS (NO OFICIAL)"), right
    above a heading in ordinary case in its block: the kicker of that headline."""
    text = lines[index].text
    below = lines[index + 1] if index + 1 < len(lines) else None
    return LABEL_PIECE_SEPARATOR.search(text) is not None and text.isupper() and below is not None \
        and below.block == lines[index].block and below.drop is None and not below.text.isupper() \
        and _is_headline_shaped(below.text)


def _list_item(lines: list[_Line], index: int) -> bool:
    """An item of a numbered list ("1. ...", then "2. ..." on the next line): a table of contents, no headline."""
    m = NUMBERED_ITEM.match(lines[index].text)
    if m is None:
        return False
    number = int(m.group("number"))
    for other, wanted in ((index - 1, number - 1), (index + 1, number + 1)):
        n = NUMBERED_ITEM.match(lines[other].text) if 0 <= other < len(lines) else None
        if n is not None and int(n.group("number")) == wanted:
            return True
    return False


def _bare_kicker(text: str) -> bool:
    """"Comunicat de presă", "Press release": a document-type label alone on its line, over a headline; or such
    labels in two languages ("COMMUNIQUÉ DE PRESSE / PRESS RELEASE", "KONFERENSIA DI PRENSA — TRANSCRIPT
    (ENGLISH)"), one of them known, each a few words, a language's note in brackets aside."""
    if _fold(text).strip(" .:") in language.lexicon("kicker_labels"):
        return True
    numbered = NUMBERED_KICKER.match(_fold(text))
    label = numbered.group("label").strip() if numbered else ""
    if label and (label in language.lexicon("kicker_labels") or label.split()[-1] in language.lexicon("kicker_labels")):
        return True  # "COMMUNIQUÉ DE PRESSE N° 47/2026 · ENERGY": the release's number and its section
    # ("BOLETÍN DE PRENSA N.º 087 · PRESS RELEASE (ENGLISH VERSION)": a piece's number and a language's note aside)
    pieces = [RELEASE_NUMBER_END.sub("", LANGUAGE_NOTE.sub("", piece).strip(" .:"))
              for piece in KICKER_PIECE_SEPARATOR.split(_fold(text))]
    # ("... | WEEKLY GOVERNMENT BRIEFING — ENGLISH TRANSCRIPT": a transcript; "SPOKESPERSON'S PRESS BRIEFING"; a dated
    # one, "Department Press Briefing – October 8, 2024", is the briefing's own heading)
    return len(pieces) > 1 and all(0 < len(piece.split()) <= MAX_KICKER_PIECE_WORDS for piece in pieces) \
        and any(_ends_in_kicker_label(piece) for piece in pieces) and not _find_dates(text)


def _ends_in_kicker_label(piece: str) -> bool:
    """A kicker's piece that is a document-type label or ends in one ("english transcript", "spokesperson's press
    briefing")."""
    labels = language.lexicon("kicker_labels")
    words = piece.split()
    return any(" ".join(words[k:]) in labels for k in range(len(words)))


# "N° 47/2026", "N.º 087", "No. 12": a release's number
_RELEASE_NUMBER = r"(?:n°|nº|n\.º|n\.°|no\.?|nr\.?|#|number)\s*[\w/.-]*\d[\w/.-]*"
NUMBERED_KICKER = re.compile(rf"^(?P<label>[^\d:|]{{3,40}}?)\s+{_RELEASE_NUMBER}(?:\s*[·|/—–-]\s*[^\d]{{1,30}})?\s*$")
# (a release's number with its mark, or a bare code of figures and separators: "PRESS RELEASE 13.412-004/33")
RELEASE_NUMBER_END = re.compile(rf"\s+(?:{_RELEASE_NUMBER}|\d[\d.]*[./-][\d./-]*\d)\s*$")
KICKER_PIECE_SEPARATOR = re.compile(r"\s+[/|—–·-]\s+")  # ("MEDIA RELEASE · MONETARY POLICY STATEMENT")
LANGUAGE_NOTE = re.compile(r"\((?:english|en|english version|unofficial translation)\)")
MAX_KICKER_PIECE_WORDS = 4


# "NEWS RELEASE - MANITOBA", "Press release: Ministry of Finance": a kicker and the place or body it comes from
PLACED_KICKER = re.compile(r"^(?P<kind>[^:\-–—]+?)\s*(?:\s[-–—]\s|:)\s*(?P<place>\S.*)$")
MAX_KICKER_PLACE_WORDS = 4


def _placed_kicker(text: str) -> bool:
    m = PLACED_KICKER.match(text.strip())
    return bool(m) and _fold(m.group("kind")).strip(" .") in language.lexicon("kicker_labels") \
        and len(m.group("place").split()) <= MAX_KICKER_PLACE_WORDS and not _find_dates(m.group("place"))


# "PC.DEL/1587/24", "A/HRC/58/L.12", "S/2025/114": a document's symbol printed over its heading, no headline
DOCUMENT_SYMBOL = re.compile(r"^[A-Z][\w.()\-]*(?:/[\w.()\-]+)+$")


# "VPLC ₱38.45 ▲ 1.2% PSEi 6,912.30 ▼ 0.4%", "USD/MVR rate: 15.42 | Reserves (Apr-26): USD 842.6 mn": a market or
# data ticker, its fields split by arrows or bars, every field ending in a figure (with its unit or scale)
TICKER_FIELD_SPLIT = re.compile(r"[▲▼△▽↑↓]|\s[|·•]\s")
TICKER_FIELD_END = re.compile(r"\d(?:[\d.,]*)\s?(?:%|[a-zA-Z]{1,3}\.?)?\s*$")
MIN_TICKER_FIELDS = 2


# "Último sismo: 11/01/2026 19:02:44 — M 3.7 — ...", "Updated 2026-03-14 14:05:33": a live feed stamps its data with a
# date and a clock to the second, a headline never does (a race time, "wins in 2:01:09", has no date before it)
DATED_CLOCK = re.compile(r"(?:\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{4}-\d{2}-\d{2})[T\s,]+"
                                r"\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")


def _ticker_line(text: str) -> bool:
    fields = [f for f in TICKER_FIELD_SPLIT.split(text) if f.strip()]
    return len(fields) >= MIN_TICKER_FIELDS and all(TICKER_FIELD_END.search(f) for f in fields)


def _is_headline_shaped(text: str) -> bool:
    words = _word_count(text)
    if _named_kind_heading(text):
        return True
    if (not 3 <= words <= MAX_HEADLINE_WORDS or not 10 <= len(text) <= MAX_HEADLINE_CHARS or _is_meta_line(text)
            or BYLINE_START.match(text) or _is_field_line(text) or RELEASE_NUMBER.match(text)
            # "Orateur : S.E. Mme ...": a speaker's field names who speaks, not what the page is about
            or _field_of(text) in language.lexicon("speaker_fields")
            or DOCUMENT_SYMBOL.match(text.strip()) or _symbol_field(text) or _ticker_line(text)
            or CODED_FIELD.match(text.strip())
            or SITE_ALERT.match(text)
            or DATED_CLOCK.search(text)):
        return False  # "By Sgt. Jane Roe, 1st Brigade" credits the story, it is not its headline
    if HEADLINE_BAD_END.search(text) and not TRAILING_ABBREVIATION.search(text):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“" or KIND_TAG.match(text) is not None


def _symbol_field(text: str) -> bool:
    """"Noon Briefing Transcript | SG/SPB/2026/178": a kind's label beside a document's symbol, over the headline."""
    pieces = [piece.strip() for piece in META_PIECES.split(text) if piece.strip()]
    return len(pieces) > 1 and any(DOCUMENT_SYMBOL.match(piece) for piece in pieces)


# "Sayı / Number: 53748", "Ref.: 2028/114": a field whose value is a bare number, whatever its label (not "Gross
# Domestic Product: Q3/2024", a headline)
CODED_FIELD = re.compile(r"^[^\d:]{1,40}:\s*\d[\d/.\-–]*$")
KIND_TAG = re.compile(r"^\[[A-Z][\w ]{1,20}\]\s+[A-Z0-9]")  # "[Transcript] Ministry of Health press conference ..."


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
