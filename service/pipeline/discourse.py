"""Who is speaking: the kind of document, its speaker turns and its default speaker.

``analyse(text, ...)`` reads a cleaned article and returns a ``Discourse``:

  * **kind** (``DocumentKind``): a transcript has speaker labels at paragraph starts ("DEPUTY PRESS SECRETARY
    SABRINA SINGH:", "MS. SINGH:", "Q:", "Lt. Col. Charlie Dietz:"); a statement, speech or address is headed
    "Statement by ...", "Remarks by ...", "Address by ..."; a readout "Readout of ..."; an institutional release
    carries release cues ("News Release", "For release at", "Released:") or a heading such as "Federal Reserve
    issues FOMC statement" (a release headed by a meeting or call, "PM meeting with ...", is a readout); a
    questions-and-answers page is headed so or labels its turns "Q:"/"A:"; anything else is a news report. Sidecar
    metadata (``kind``, ``speaker``, ``publisher``) fills in what a page does not say and wins over what is guessed
    from it.
  * **turns**: each labelled paragraph starts a turn that lasts until the next label. A label's short form
    ("MS. SINGH") resolves to the full name given earlier ("DEPUTY PRESS SECRETARY SABRINA SINGH") or anywhere
    in the heading and text ("Sabrina Singh"); the words before the name are the role. A role alone ("Spokesman:",
    "THE PRESIDENT:") is the briefer or author the heading names with that role. Question turns ("Q:")
    and floor turns ("MODERATOR:") are never facts. ``label_spans()`` are the label characters, which passages
    leave out.
  * **default speaker**: the author of a statement, the issuing body of a release or readout (or its deciding body
    when the text names it in full: "the Committee" -> "Federal Open Market Committee"), the interviewee or
    publisher answering a questions-and-answers page; news has none.

Vocabulary lives in lexicon files: label titles, question, floor and answer labels, label exclusions, statement,
briefing and readout openers, meeting, release and Q&A cues, institution words and issue verbs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import issuer as names
from .entities import ROLE_HEADS, ROLE_WORDS
from .language import lexicon, phrase_pattern
from .models import DocumentKind

MAX_LABEL_WORDS = 9  # "DEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH" and a little more
MAX_LABEL_CHARS = 80
LABEL_PAREN_CHARS = 64  # "(Russian Federation)" after a label
MIN_TURNS = 2  # labelled paragraphs needed before a document counts as a transcript
MIN_TURNS_WITHOUT_QUESTION = 3  # ... when none of them is a question
MIN_SURNAME_TURNS = 4  # paragraphs labelled by a bare upper-case surname ("KIRBY:") that make a conversation
HEAD_PARAGRAPHS = 3  # paragraphs read for heading cues (title line, dateline, first lead)
HEAD_CHARS = 600
HEAD_LINES = 8  # header lines of the raw page read for cues ("News Release", the issuing office)
MAX_SPEAKER_WORDS = 8
MAX_MARGIN_LINES = 16  # raw page lines read above and below the body for release cues
MARGIN_KEY_CHARS = 60  # characters of the body's first and last lines that find them on the raw page
MAX_ROLE_CHARS = 80  # "the Permanent Representative of ... to the United Nations," before a name
MIN_FLOOR_TURNS = 2  # turns that all manage the floor before their unlabelled speaker counts as the moderator
MIN_ASKER_LETTERS = 3  # "AFP:", "Reuters:": a one-word label of a question from the floor

# A label: up to MAX_LABEL_WORDS capitalised words (dots, hyphens and apostrophes inside), an optional
# parenthetical "(United States)", then a colon, or a full stop and a dash as a verbatim report of a parliament
# prints it ("Mette Lind, Member of the Commission. – Madam President, ..."); or a bare "Q" before a capitalised
# word.
_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,%d})"
    # "Official Spokesperson, Shri Arvind Rao:", "Rahul Mehta, Press Trust of India:": a role or an outlet after a comma
    r"(?:,[ \t]+(?P<second>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,%d}))?"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,%d})\))?(?:[ \t]*:|(?P<dash>\.[ \t]+[–—]))(?:\s+|$)"
    % (MAX_LABEL_WORDS - 1, MAX_LABEL_WORDS - 1, LABEL_PAREN_CHARS - 4)
)
_DASH_RE = re.compile(r"\.[ \t]+[–—]")
_BARE_Q_RE = re.compile(r"(?P<label>Q\.?)[ \t]+(?=[A-Z“\"])")
# "A. Japan will provide ...": a bare answer label, read only on a page whose questions are labelled bare "Q."
_BARE_A_RE = re.compile(r"(?P<label>A\.)[ \t]+(?=[A-Z“\"])")
_UNNAMED_SPEAKER_RE = re.compile(r"speaker \d{1,2}")  # "Speaker 3:" in the transcript of a recording
_LOWER_PARTICLES = frozenset("of the for and de da del der den dos das do van von ter bin al la le di du on to".split())
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŹŻŽ"  # capitals that open a name ("Élise", "Łukasz", "Šárka")
_NAME_WORD_RE = re.compile(rf"^[{_UPPER}][\w'’\-]*\.?$")


@dataclass
class Speaker:
    name: str
    role: str | None = None
    organization: str | None = None
    speaker_type: str = "PERSON"  # PERSON | ORG


@dataclass
class Turn:
    start: int  # where the label starts
    body_start: int  # where the spoken text starts (after the label)
    end: int  # where the next turn starts, or the end of the text
    speaker: Speaker | None
    question: bool = False
    floor: bool = False  # a moderator or operator: procedural

    @property
    def silent(self) -> bool:
        """True for turns whose sentences are never facts (questions, floor management)."""
        return self.question or self.floor


@dataclass
class Discourse:
    kind: DocumentKind = DocumentKind.NEWS
    turns: list[Turn] = field(default_factory=list)
    default_speaker: Speaker | None = None
    # the publisher, the source and the page's site-name lines: a person speaking in the document speaks for them
    own: tuple[str, ...] = ()
    preamble_end: int = 0  # the publisher's introduction of a speech ends here: nobody speaks in it
    # a publisher the cleaned page did not name but its text defines ("Eurostat" above the title, "Eurostat, the
    # statistical office of ..." in the lead)
    source: str | None = None
    # the people the heading names with their role ("Highlights of the noon briefing by Tomas Lindqvist,
    # Spokesperson for ..."): "the Spokesperson" and "Mr. Lindqvist" in the text are them
    heading_people: tuple[Speaker, ...] = ()

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.turns]

    def speaks_for(self, speaker: Speaker, name: str) -> bool:
        """True when ``speaker`` (a person speaking here) speaks for ``name``: their organisation, the publisher, or
        the country or body the page is issued by ("Kenya has confirmed ..." in a Kenyan ministry's briefing)."""
        if speaker.speaker_type != "PERSON" or not name:
            return False
        pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", re.IGNORECASE)
        return any(pattern.search(own) for own in (*self.own, speaker.organization or ""))

    def label_spans(self) -> list[tuple[int, int]]:
        return [(t.start, t.body_start) for t in self.turns]

    def turn_at(self, offset: int) -> Turn | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.turns[i].end:
            return self.turns[i]
        return None

    def speaker_at(self, offset: int) -> Speaker | None:
        """Who speaks at ``offset``: the turn's speaker, else the document's default speaker."""
        if offset < self.preamble_end:
            return None
        turn = self.turn_at(offset)
        if turn is not None:
            return None if turn.silent else turn.speaker or self.default_speaker
        return self.default_speaker

    def silent_at(self, offset: int) -> bool:
        turn = self.turn_at(offset)
        return turn is not None and turn.silent


# ------------------------------------------------------------------ entry point


def analyse(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    byline: str | None = None,
    hints: dict | None = None,
    page: str | None = None,
    tail: str | None = None,
    raw: str | None = None,
) -> Discourse:
    """The kind, turns and default speaker of a cleaned article.

    ``hints`` are sidecar fields; ``page`` is the raw page (or its beginning), whose header lines ("News
    Release", the issuing office) cleaning removes from ``text``; ``tail`` is the end of a raw page longer than
    ``page`` (where a statement is signed).
    """
    hints = hints or {}
    stated_source = _clean(source)
    paragraphs = _paragraphs(text)
    page_lines = [line.strip() for line in (page or "")[:HEAD_CHARS * 2].splitlines() if line.strip()]
    head = "\n".join([title or ""] + page_lines[:HEAD_LINES]
                      + [text[s:e][:HEAD_CHARS] for s, e in paragraphs[:HEAD_PARAGRAPHS]])
    turns = _turns(text, paragraphs, head, _speaker_key(page or "", text))
    kind = _kind(hints.get("kind"), head + "\n" + "\n".join(_page_margins(page or "", text, paragraphs)), title, turns)
    defined = _defined_site(page_lines, text) if kind == DocumentKind.NEWS and not _clean(byline) else None
    if defined and not hints.get("kind"):
        # "Eurostat" above the title, "Eurostat, the statistical office of ..." below: the institution's release
        kind, source = DocumentKind.RELEASE, source or defined
    if kind == DocumentKind.NEWS and not hints.get("kind") and _issued_page(source, byline):
        # an institution's own page about a meeting or call tells what happened there: a readout
        heading = title or head.lstrip().split("\n", 1)[0]
        kind = DocumentKind.READOUT if _mentions(heading, "meeting_cues") else DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and _staff_byline(page_lines, byline, source) \
            and not _outlet(source):
        # "By Dana Whitfield, NASA's Kennedy Space Center" on NASA's page: its staff writes the body's own news
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and _speaks_as_we(text, paragraphs):
        # "On 9 October we identified ...": a company or body telling its own news on its own site
        kind = DocumentKind.RELEASE
    above = _body_above_title(page_lines, title, source)
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and not hints.get("publisher") \
            and above:
        # "Government of India", then "Ministry of Jal Shakti" over a headline on the press bureau's site: the
        # ministry's release
        kind, hints = DocumentKind.RELEASE, {**hints, "publisher": above}
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and any(_is_issued_line(line) for line in page_lines):
        # "Issued: 4 November 2024" over a climate statement or an event summary: a body's bulletin, not a report
        kind = DocumentKind.RELEASE
    preamble_end = 0
    handover = _handover(text, paragraphs) if not turns else None
    intro = _speech_intro(text, paragraphs) or _delivery_intro(text, paragraphs) \
        or _text_follows_intro(text, paragraphs) \
        if kind in (DocumentKind.NEWS, DocumentKind.RELEASE, DocumentKind.STATEMENT) and not hints.get("kind") \
        and not hints.get("speaker") \
        else None
    if intro:  # "President X addressed the nation ... The full text of the address follows."
        kind, hints, preamble_end = DocumentKind.STATEMENT, {**hints, "speaker": intro[0]}, intro[1]
    elif kind in (DocumentKind.NEWS, DocumentKind.RELEASE) and not hints.get("kind") \
            and (not _outlet(source) or _full_text_title(title)):
        person = _speech_author(text, paragraphs, title, head, page or "", page_lines, source, byline, hints,
                                tail or page or "", handover) or _statement_type_author(page_lines, text, paragraphs)
        if person:
            kind, hints = DocumentKind.STATEMENT, {**hints, "speaker": person}
    opening = _opening_turn(text, paragraphs, head) \
        if not turns and kind != DocumentKind.READOUT and not hints.get("kind") and not hints.get("speaker") else None
    spoken = [p for p in paragraphs if opening and p[0] >= opening.start]
    if opening and ((title and _mentions(title, "speech_nouns")) or _first_person(text, spoken)):
        # "PRESIDENT RUIZ: My fellow citizens, ...": one label opens a speech that nobody interrupts; a paragraph
        # above it introduces the speech ("Vladislav Orlov took part in the plenary session ...")
        kind, hints = DocumentKind.STATEMENT, {**hints, "speaker": opening.speaker.name}
        preamble_end = max(preamble_end, opening.start)
    else:
        opening = None
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and not _outlet(source) \
            and _briefing_heading(title, head):
        kind = DocumentKind.TRANSCRIPT  # "Highlights of the noon briefing by <Name>": told in the third person
    publisher = _clean(hints.get("publisher"))
    under_title = _lines_under_title(page or "", title, text, paragraphs)
    default = _default_speaker(kind, "\n".join([head, *under_title]), title, text, hints, publisher, source, byline,
                               tail or page or "")
    if kind == DocumentKind.RELEASE and not publisher:
        default = _acronym_issuer(default, _site_lines(page_lines, title), text)
    if not turns and kind == DocumentKind.STATEMENT and _interview(title, head):
        turns = _question_paragraphs(text, paragraphs)  # the interviewer's questions, set apart by their "?"
        kind = DocumentKind.QUESTIONS_ANSWERS if turns else kind
    if turns:
        _resolve_role_only(turns, default)
        _resolve_listed_roles(turns, page_lines + text[:turns[0].start].splitlines())
        _resolve_named_roles(turns, head + "\n" + text, page_lines + text[:turns[0].start].splitlines())
        _mark_askers_and_hosts(turns, text, default)
    own = tuple(filter(None, [publisher, _clean(source), *_site_lines(page_lines, title)]))
    found = None if stated_source else defined or _defined_site(page_lines, text)
    lead = text.lstrip().split("\n", 1)[0]
    if found is None and not stated_source and kind == DocumentKind.RELEASE and default is not None \
            and default.speaker_type == "ORG" and _mentions_name(lead, default.organization or ""):
        found = default.organization  # "The Hong Kong Observatory said today ..." on a portal that names nobody else
    if kind in (DocumentKind.TRANSCRIPT, DocumentKind.QUESTIONS_ANSWERS):
        kept = turns
    elif opening:
        kept = [opening]
    else:  # a speech a host opens: the host's paragraphs, then the hand-over, then the speaker's
        kept = _handover_turns(text, paragraphs, handover) if kind == DocumentKind.STATEMENT and handover else []
    if not kept and kind == DocumentKind.RELEASE:  # a "Quotes" section: each quotation signed on a dash line
        kept = _signed_quotes(text, paragraphs, raw or "\n".join(filter(None, [page, tail])), head)
    return Discourse(kind, kept, default, own, preamble_end, found, _heading_people(title, head, default))


# "– The Honourable Ana Ruiz, Minister of Energy": the line that signs the quotation above it in a "Quotes" section.
_SIGNATURE_LINE_RE = re.compile(r"^[–—-]\s*(?P<name>[A-Z][^,\n]{2,80}?)\s*(?:,\s*(?P<role>[^\n]{2,160}))?$")
_QUOTE_LINE_RE = re.compile(r"^[\"“].+[\"”]$")
SIGNED_QUOTE_KEY_CHARS = 40  # characters of a quotation that find its paragraph in the cleaned text


def _signed_quotes(text: str, paragraphs: list[tuple[int, int]], raw: str, head: str) -> list[Turn]:
    """Quotation paragraphs of the raw page, each signed by the dash line under it ("– Marie Lachance, President
    of the Agency"), as turns of the person who signs."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    turns = []
    for i, line in enumerate(lines):
        m = _SIGNATURE_LINE_RE.match(line)
        if m is None or i == 0 or not _QUOTE_LINE_RE.match(lines[i - 1]):
            continue
        name = _person_name(m.group("name"))
        if not name:
            continue
        k = i
        while k > 0 and _QUOTE_LINE_RE.match(lines[k - 1]):
            k -= 1
        speaker = _person(name, text, head)
        speaker.role = speaker.role or (m.group("role") or "").strip() or None
        for quote in lines[k:i]:
            start = text.find(quote[:SIGNED_QUOTE_KEY_CHARS])
            end = next((e for s, e in paragraphs if s <= start < e), -1)
            if start >= 0 and end > start:
                turns.append(Turn(start, start, end, speaker))
    return sorted(turns, key=lambda t: t.start)


def _heading_people(title: str | None, head: str, default: Speaker | None) -> tuple[Speaker, ...]:
    """The person a briefing heading names, with their role, and the document's speaker when a person."""
    people = [default] if default is not None and default.speaker_type == "PERSON" else []
    name, _, role = _briefer(title, head)
    if name and not _is_institution(name):
        person = _person(name, "", head)
        person.role = role or person.role
        people.append(person)
    return tuple(people)


def _briefing_heading(title: str | None, head: str) -> bool:
    """True when the page's heading is a briefing by a person it names ("Highlights of the noon briefing by
    Tomas Lindqvist, Spokesperson for ..."): what the page says without naming a speaker, that person said."""
    name = _briefer(title or head.lstrip().split("\n", 1)[0], "")[0]
    return bool(name) and not _is_institution(name)


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
    delivered = _delivered_by_person(page_lines)  # "Keynote speech by Ana Ruiz, Member of the Board, at ..."
    captioned = _caption_person(page_lines, speech=True)  # "Minister Ana Ruiz delivers the keynote ... (Photo: ...)"
    cue = bool(title) and (_mentions(title, "speech_nouns") or _mentions(head, "delivery_markers") or bool(delivered)
                           or _speaker_field(page_lines) or _speech_type_line(page_lines, text, paragraphs)
                           or bool(captioned))
    if not (cue or (title and addressed)):
        return None
    if _clean(byline) and not names.is_institution(_clean(source)) and not _speaks_as_we(text, paragraphs) \
            and not _full_text_title(title):  # "...'s address to the nation: full text" under a reporter's by-line
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
    if not person:  # "Jane Doe" on a line above "Deputy Governor"
        person = _titled_name_line(_header_lines(page, text, paragraphs))
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
    return person


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


def _opening_turn(text: str, paragraphs: list[tuple[int, int]], head: str) -> Turn | None:
    """A speech labelled once, in its first paragraphs, by a title and a name ("PRESIDENT RUIZ: My fellow citizens,
    ...") or by the name of a person the page names above it ("Vladislav Orlov: Good afternoon, ..."), with no
    other label on the page: that person's turn runs to the end."""
    labelled = [(k, m) for k, (s, e) in enumerate(paragraphs) if (m := _LABEL_RE.match(text, s, e)) is not None]
    if len(labelled) != 1 or labelled[0][0] >= INTRO_PARAGRAPHS:
        return None
    k, m = labelled[0]
    start, end = paragraphs[k]
    label = m.group("label")
    words = label.split()
    if m.group("second") or m.group("dash") or len(words) < 2 \
            or _norm_label(label) in lexicon("floor_labels") | lexicon("answer_labels") | lexicon("question_labels"):
        return None
    titled = _label_strength(label) == "strong" and _is_title_word(words[0])
    named = _person_name(label) == label and _named_in(label, head + "\n" + text[:start])  # "Vladislav Orlov:"
    if not (titled or named):
        return None
    return Turn(start, min(m.end(), end), len(text), _label_speaker(label, m.group("paren"), [], text, head))


HANDOVER_SHARE = 0.5  # a host gives the floor in the first half of a speech page's paragraphs
_SELF_INTRO_RE = re.compile(r"\b(?:I am|I['’]m|[Mm]y name is)\s+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})")
_THANKS_HOST_RE = re.compile(r"\s*Thank\s+you(?:\s+(?:very\s+)?much)?,\s+(?P<first>[A-Z][\w'’\-]+)\b")


def _handover(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """A host's paragraph giving the floor to the speaker it names ("It is now my honour to give the floor to the
    Cabinet Secretary, Dr. Ruth Achieng."), in the first half of the page: its index and the speaker's name."""
    for k, (start, end) in enumerate(paragraphs[:int(len(paragraphs) * HANDOVER_SHARE)]):
        m = phrase_pattern("handover_phrases").search(text, start, end)
        if m is None:
            continue
        rest = text[m.end():end].strip().rstrip(".!:")
        name = _appositive_name(rest) or _name_after(rest)
        person = _person_name(name) if name else None
        for part in reversed([] if person else rest.split(",")):  # "our Governor, Ana Ruiz"
            person = person or _person_name(_HONORIFIC_PREFIX_RE.sub("", part.strip()))
        if person:
            return k, person
    return None


def _handover_turns(text: str, paragraphs: list[tuple[int, int]], handover: tuple[int, str]) -> list[Turn]:
    """The turns of a speech a host opens: the host's paragraphs (theirs when they name themselves, "I am Daniel
    Mwangi", or the speaker thanks them by a name the page gives in full; else procedural), the hand-over
    (procedural), and the speaker's paragraphs."""
    k, person = handover
    start, end = paragraphs[k]
    after = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else len(text)
    turns = [Turn(start, start, after, None, floor=True), Turn(after, after, len(text), Speaker(person))]
    if k == 0:
        return turns[1:] if after < len(text) else []
    host = _host_name(text, paragraphs, k)
    first = paragraphs[0][0]
    return [Turn(first, first, start, Speaker(host) if host else None, floor=not host), *turns]


def _host_name(text: str, paragraphs: list[tuple[int, int]], k: int) -> str | None:
    """The name a host gives themselves before the hand-over, or the full name of the one the speaker thanks."""
    m = _SELF_INTRO_RE.search(text, paragraphs[0][0], paragraphs[k][0])
    name = _person_name(m.group("name")) if m else None
    if name or k + 1 >= len(paragraphs):
        return name
    thanks = _THANKS_HOST_RE.match(text, *paragraphs[k + 1])
    if thanks is None:
        return None
    full = re.search(rf"\b{re.escape(thanks.group('first'))}(?:[ \t]+[A-Z][\w'’\-]+){{1,2}}", text[:paragraphs[k][1]])
    return _person_name(full.group()) if full else None


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
    name, role = lines[bottom + 1], lines[bottom + 2].split()
    person = _person_name(name)  # "Amina Karanja", "Professor Sipho Dlamini": a name after titles only
    if person and name.rstrip().endswith(person) and role and _is_title_word(role[0]) \
            and role[0].lower() not in ("the", "of"):
        return person
    return None


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
        name = _person_name(part) if _capitalised_run(part) else None
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


def _header_lines(page: str, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines above the cleaned text's first paragraph."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS] if paragraphs else ""
    top = next((i for i, line in enumerate(lines) if first and line.startswith(first)), None)
    return lines[:top] if top is not None else []


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


AUTHOR_LINE_GAP = 2  # lines between a "Press Statement" type line and its author's "Name, Role" line


def _statement_type_author(page_lines: list[str], text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The author a header names right under a statement-type line ("Press Statement", then "Dana Whitcombe,
    Secretary of State"), above the body; else None."""
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip()[:MARGIN_KEY_CHARS] if paragraphs else None
    for i, line in enumerate(page_lines):
        if first and line.startswith(first):
            return None
        if line.strip().lower().rstrip(":") in lexicon("statement_types"):
            below = [other for other in page_lines[i + 1:i + 1 + AUTHOR_LINE_GAP] if "," in other]
            person = _field_person(below[:1])
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
        if line.lower().rstrip(":") in lexicon("speech_nouns"):
            return True
    return False


_I_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")
MIN_I_PARAGRAPHS = 2  # paragraphs in which the speaker says "I", "me" or "my"


def _addresses_audience(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when a page speaks in the first person to an audience: a person says "I", "me" or "my" in at least
    MIN_I_PARAGRAPHS paragraphs, and most paragraphs say "I" or "we" (outside quotation marks)."""
    bare = [_QUOTED_RE.sub(" ", text[s:e]) for s, e in paragraphs]
    singular = sum(bool(_I_RE.search(p)) for p in bare)
    voiced = sum(bool(_I_RE.search(p) or _WE_RE.search(p)) for p in bare)
    return singular >= MIN_I_PARAGRAPHS and voiced >= MIN_WE_SHARE * len(bare)


MIN_FIRST_PERSON_PARAGRAPHS = 2


def _first_person(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when at least half of the paragraphs, and MIN_FIRST_PERSON_PARAGRAPHS, say "I" or "we" outside
    quotation marks."""
    bare = [_QUOTED_RE.sub(" ", text[s:e]) for s, e in paragraphs]
    voiced = sum(bool(_I_RE.search(p) or _WE_RE.search(p)) for p in bare)
    return voiced >= MIN_FIRST_PERSON_PARAGRAPHS and voiced >= MIN_WE_SHARE * len(bare)


_LIST_SPLIT_RE = re.compile(r"\s*[,;|•·]\s*")


def _listed_person(lines: list[str]) -> str | None:
    """A person's name standing alone on a line or as an item of a list line ("Tags: Marisol Ocampo, Housing")."""
    for line in lines:
        m = _FIELD_RE.match(line)
        for item in _LIST_SPLIT_RE.split(m.group("value") if m else line):
            name = _person_name(item)
            if name and name == item.strip():
                return name
    return None


_ACRONYM_WORD_RE = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])")


def _acronym_issuer(default: Speaker | None, site_lines: list[str], text: str) -> Speaker | None:
    """The masthead's name for the issuer that the text calls by its acronym ("INE estimates ...": "Instituto
    Nacional de Estadística" over the English "Spanish Statistical Office" on the next line)."""
    if default is None or default.speaker_type != "ORG" or default.name != default.organization:
        return default
    used = set(_ACRONYM_WORD_RE.findall(text))
    for line in site_lines:
        name = " ".join(line.split())
        if name != default.name and _is_institution(name) and names.initials(name) in used \
                and len(name.split()) >= 2:
            return Speaker(name, organization=name, speaker_type="ORG")
    return default


_FIELD_RE = re.compile(r"^(?P<field>[A-Za-z][A-Za-z ]{0,20}):\s*(?P<value>.+)$")
_STYLE_PREFIX_RE = re.compile(r"^(?:(?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Honourable|Hon\.?|Honourable)\s+)+")


_BY_LINE_RE = re.compile(r"^By\s+(?P<value>[A-Z].+)$")
_NAME_PART_RE = re.compile(r"^[A-Z][\w.'’\-]*$")
MAX_NAME_LINE_WORDS = 10  # "Antonia R. Bellweather, Secretary of State": a name line under a speech's title


def _outlet(source: str | None) -> bool:
    """A news outlet's name ("Global Wire Service"): its speech stories are reports, not speeches."""
    words = {w.lower().strip(".,") for w in (source or "").split()}
    return not words.isdisjoint(lexicon("media_words"))


def _field_person(lines: list[str]) -> str | None:
    """The person a speech page's header names: in a field ("From: Prime Minister's Office and The Rt Hon Sir
    Keir Starmer KCB KC MP", "Speaker: Dr Ana Ruiz"), a by-line ("By Finance Minister Kwame Ofori-Atta") or a
    line of a name and its title ("Antonia R. Bellweather, Secretary of State"). Styles, honorifics, titles and
    letters after the name are left out; offices are no persons."""
    for line in lines:
        m = _FIELD_RE.match(line)
        by = _BY_LINE_RE.match(line)
        if m is not None and _norm_label(m.group("field")) in lexicon("speaker_fields"):
            parts = re.split(r",|\s+and\s+|;", m.group("value"))
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


_SPEAKER_ONLY_FIELDS = frozenset(["speaker", "speakers", "delivered by", "speech by"])


_DELIVERED_BY_LINE_RE = re.compile(r"\b(?:delivered|delivery|given|made|presented|speech|remarks|address|keynote"
                                   r"|lecture)\s+by\s+(?P<rest>[^()\n]+)")
_LINE_PART_RE = re.compile(r",|\s+[-–—]\s+")


def _delivered_by_person(lines: list[str]) -> str | None:
    """The person a header line says delivered the speech ("(Keynote Address delivered by Shri Rajesh Menon, Deputy
    Governor, Reserve Bank of India - March 4, 2025 - at the Global Payments Summit, Mumbai)")."""
    for line in lines:
        m = _DELIVERED_BY_LINE_RE.search(line)
        if m is None or not _mentions(line[:m.start("rest")], "speech_nouns"):
            continue
        person = _person_name(_LINE_PART_RE.split(m.group("rest"), maxsplit=1)[0])
        if person:
            return person
    return None


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


_FULL_TEXT_TITLE_RE = re.compile(
    r"^\W*(?:full\s+text|text|transcript|in\s+full|read\s+in\s+full)\s*(?::|of\b|[-–—|]\s)"
    # "President Ruiz's address to the nation: full text", "... - transcript", "... (full text)"
    r"|(?::|[-–—|]|\()\s*(?:the\s+)?(?:full\s+text|full\s+transcript|transcript|in\s+full|read\s+in\s+full)\W*$",
    re.IGNORECASE)


def _full_text_title(title: str | None) -> bool:
    """A heading that announces a speech's text ("Full text: President Ana Ruiz's State of the Nation address",
    "Text of the Minister's speech ..."): a news outlet's page that is the speech itself, not a report on it."""
    return bool(title) and _FULL_TEXT_TITLE_RE.search(title) is not None


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


def _self_introduction(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The name a speaker gives themselves in a speech's first paragraphs ("I'm Regina Flores, and ...")."""
    for start, end in paragraphs[:INTRO_PARAGRAPHS]:
        m = _SELF_INTRO_RE.search(text, start, end)
        person = _person_name(m.group("name")) if m else None
        if person:
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


def _speaker_field(lines: list[str]) -> bool:
    """A "Speaker: ..." or "Delivered by: ..." field: the page is a speech whatever its heading says."""
    return any((m := _FIELD_RE.match(line)) is not None and _norm_label(m.group("field")) in _SPEAKER_ONLY_FIELDS
               for line in lines)


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


_POSSESSIVE_HEADING_RE = re.compile(r"^(?P<who>[A-Z][^'’:|]{1,60}?)['’]s\s+(?P<noun>[A-Za-z]+)\b")
# "Foreign Secretary statement on Sudan", "Governor Ana Ruiz remarks at ...": capitalised words before the noun
_NOUN_HEADING_RE = re.compile(r"^(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|the)){0,7}?)\s+"
                              r"(?P<noun>[a-z]+)\s+(?:on|at|to|in|before|following)\b")


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


_HOLDS = r"(?:is|has[ \t]+been|was[ \t]+appointed|became)"
_HOLDER_NAME = r"(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3}[A-Z][\w'’\-]+)"


def _role_holder(role: str, text: str) -> str | None:
    """The person ``text`` names with ``role`` ("Executive Director"): "the Executive Director, Ana Ruiz,",
    "Executive Director Ana Ruiz" or "Ana Ruiz, Executive Director"; a role with its body ("Chairperson of the
    Commission") is also found by its first word ("The Chairperson, Ana Ruiz,")."""
    return next(_role_holders(role, text), None)


def _role_holders(role: str, text: str):
    """Every person ``text`` names with ``role``, in the shapes of ``_role_holder``, in the order of the shapes."""
    words = _strip_article(role.strip()).split()
    if not words:
        return
    shapes = []
    for phrase in dict.fromkeys([" ".join(words), re.split(r"\s+(?:of|for)\s+", " ".join(words))[0]]):
        role_re = r"(?i:%s)" % r"\s+".join(re.escape(w) for w in phrase.split())
        shapes += [rf"\b{role_re},\s+(?P<name>[^,.;:\n]+)", rf"\b{role_re}[ \t]+{_HOLDER_NAME}",
                   rf"{_HOLDER_NAME},\s+(?:(?i:the)\s+)?{role_re}\b",
                   # "About the speaker: Ana Ruiz has been Governor of the Bank since 2021."
                   rf"{_HOLDER_NAME}[ \t]+{_HOLDS}[ \t]+(?:(?i:the)[ \t]+)?{role_re}\b"]
    for shape in shapes:
        for m in re.finditer(shape, text):
            name = _person_name(m.group("name"))
            if name:
                yield name


def _person_name(part: str) -> str | None:
    """"The Rt Hon Sir Keir Starmer KCB KC MP" -> "Keir Starmer"; an office or a place gives None."""
    words = _without_post_nominals(_HONORIFIC_PREFIX_RE.sub("", _STYLE_PREFIX_RE.sub("", part.strip())).split())
    if not words or _is_institution(" ".join(words)):
        return None
    name = _split_role(words)[1]
    if 2 <= len(name) <= MAX_SPEAKER_WORDS - 4 and all(_NAME_PART_RE.match(w) for w in name) \
            and not any(w.lower() in lexicon("not_names") for w in name):
        return " ".join(name)
    return None


INTRO_PARAGRAPHS = 2  # paragraphs of a speech page that may introduce the text that follows
_INTRO_RE = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+(?:(?:of|the|for)[ \t]+)*){1,7}?)"
    r"(?:addressed|delivered|gave|made|broadcast|spoke)\b"
)


# "On the eve of Independence Day, President X addressed ...": a phrase of time or occasion before the speaker
_LEAD_PHRASE_RE = re.compile(r"\s*(?:On|In|At|Ahead\s+of|After|Before|During|Following)\s[^,.;:\n]{1,120},\s+")


# "The following is the speech of Mines Minister Tomas Varga at the opening of ...": who gave the text below
_FOLLOWING_SPEECH_RE = re.compile(
    r"\b(?i:following\s+(?:is|are)\s+the\s+(?:full\s+)?(?:text\s+of\s+the\s+)?(?:speech|remarks|address|keynote)"
    r"\s+(?:of|by|delivered\s+by|given\s+by))\s+(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+(?:(?:of|the|for)[ \t]+)*){1,7}?"
    r"[A-Z][\w'’\-]+)(?=\s+(?:at|on|to|during|in|before)\b|[,.:])")


def _intro_match(text: str, start: int, end: int) -> re.Match | None:
    """``_INTRO_RE`` at the paragraph's start, or after a leading phrase of time or occasion."""
    m = _INTRO_RE.match(text, start, end)
    lead = _LEAD_PHRASE_RE.match(text, start, end) if m is None else None
    return _INTRO_RE.match(text, lead.end(), end) if lead else m


def _speech_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A speech the publisher introduces ("President X addressed the nation on television on Sunday. The full
    text of the address follows."): the person who speaks, and where the introduction ends."""
    for k, (start, end) in enumerate(paragraphs[:INTRO_PARAGRAPHS]):
        if not phrase_pattern("text_follows").search(text, start, end) and not _introduces_speech(text, paragraphs, k):
            continue
        m = _FOLLOWING_SPEECH_RE.search(text, start, end) or _intro_match(text, start, end)
        if m is None:
            return None
        role, name = _split_role(m.group("who").split())
        if len(name) >= 2 and all(w[0].isupper() for w in name) and not _is_institution(" ".join(name)):
            return " ".join(role + name), end
        return None
    return None


INTRO_MAX_PARAGRAPHS = 7  # a publisher's news intro of up to six paragraphs, then "Below is the full text ..."
_FOLLOWS_ROLE_RE = re.compile(r"\bof\s+(?:the\s+)?(?P<role>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s?\s")
# "In her speech, the Governor said:" closing a short paragraph: the unquoted paragraphs below are the speech
_SAID_COLON_RE = re.compile(r"(?:^|,\s*|\n)(?:[Tt]he\s+)?(?P<role>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)\s+"
                            r"(?:said|stated|declared|remarked|added|told\s+[^:\n]{1,60})\s*:\s*$")
MAX_SAID_COLON_WORDS = 16
_TITLE_DOT_RE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Hon)\.\s")


def _text_follows_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A speech under a news intro of its own paragraphs ("Minister X opened the budget debate on Tuesday. ...")
    that ends in a paragraph announcing the text ("Below is the full text of the Minister's opening statement."),
    over a first-person text: the person the intro names (in the role the announcement gives), and where the
    announcement ends."""
    for k, (start, end) in enumerate(paragraphs[1:INTRO_MAX_PARAGRAPHS], start=1):
        said = _SAID_COLON_RE.search(text, start, end)
        if said is not None and len(text[start:end].split()) <= MAX_SAID_COLON_WORDS:
            spoken = _first_person(text, paragraphs[k + 1:])  # "In her speech, the Governor said:" over her words
            m = said
        elif phrase_pattern("text_follows").search(text, start, end):  # the speaker says "I" in the text below
            spoken = sum(bool(_I_RE.search(_QUOTED_RE.sub(" ", text[s:e]))) for s, e in paragraphs[k + 1:]) \
                >= MIN_I_PARAGRAPHS
            m = _FOLLOWS_ROLE_RE.search(text, start, end)
        else:
            continue
        if not spoken:
            return None
        intro = _TITLE_DOT_RE.sub(r"\1 ", text[paragraphs[0][0]:start])
        role = m.group("role") if m and _is_title_word(m.group("role").split()[-1]) else None
        person = _role_holder(role, intro) if role else None
        return (person, end) if person else None
    return None


def _introduces_speech(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """The page's first paragraph tells who gave which speech ("Deputy Governor Ana Ruiz delivered the keynote
    address at the Fintech Summit on Tuesday.") and the rest speaks to an audience in the first person."""
    start, end = paragraphs[k]
    m = _INTRO_RE.match(text, start, end)
    return (k == 0 and m is not None and _mentions(text[m.end():end], "speech_nouns")
            and not _I_RE.search(text, start, end) and _addresses_audience(text, paragraphs[1:]))


_DELIVERED_BY_RE = re.compile(r"\b(?:was|were|is|are|as)\s+(?:delivered|given|made|prepared)\s+by\s+")


def _delivery_intro(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str, int] | None:
    """A first-person speech the publisher introduces in the passive ("The following remarks were delivered by
    Governor Ana Ruiz at ..."): the person, and where the introduction ends."""
    if not _addresses_audience(text, paragraphs):
        return None
    for start, end in paragraphs[:INTRO_PARAGRAPHS]:
        m = _DELIVERED_BY_RE.search(text, start, end)
        if m is None or not _mentions(text[start:m.start()], "speech_nouns"):
            continue
        rest = text[m.end():end]
        name = _appositive_name(rest) or _name_after(rest)
        person = _person_name(name) if name else None
        return (name, end) if person else None
    return None


SITE_LINES = 2  # lines above the title that name the site ("Ministry of Health Kenya")


def _site_lines(page_lines: list[str], title: str | None) -> list[str]:
    """The first lines of the raw page above its title: the site or issuing body's name."""
    lines = []
    for line in page_lines[:SITE_LINES]:
        if title and line.strip().startswith(title.strip()[:MARGIN_KEY_CHARS]):
            break
        lines.append(line)
    return lines


def _page_margins(page: str, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines above the cleaned text's first paragraph and below its last one: a release's
    "PRESS RELEASE" heading or its "Press Release: 2024/1241" foot, which cleaning drops from the text."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    if not lines or not paragraphs:
        return []
    first = text[paragraphs[0][0]:paragraphs[0][1]].strip().split("\n", 1)[0][:MARGIN_KEY_CHARS]
    last = text[paragraphs[-1][0]:paragraphs[-1][1]].strip().rsplit("\n", 1)[-1][:MARGIN_KEY_CHARS]
    top = next((i for i, line in enumerate(lines) if line.startswith(first)), None)
    bottom = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].startswith(last)), None)
    margins = lines[:top][-MAX_MARGIN_LINES:] if top is not None else []
    if bottom is not None and (top is None or bottom >= top):
        margins += lines[bottom + 1:][:MAX_MARGIN_LINES]
    return margins


_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US"
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")
MIN_WE_PARAGRAPHS = 3
MIN_WE_SHARE = 0.5


_REPORTED_RE = re.compile(r"[\"“”]|\b(?:said|says|added|told)\b")  # a quotation, or speech the page reports


def _speaks_as_we(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """True when most paragraphs the page tells in its own voice (not quoting or reporting someone) say "we" or
    "our" outside quotation marks: the page speaks for its publisher."""
    voiced = sum(bool(_WE_RE.search(_QUOTED_RE.sub(" ", text[s:e]))) for s, e in paragraphs)
    own = sum(not _REPORTED_RE.search(text[s:e]) for s, e in paragraphs)
    return voiced >= MIN_WE_PARAGRAPHS and voiced >= MIN_WE_SHARE * max(own, voiced)


def _body_above_title(page_lines: list[str], title: str | None, source: str | None) -> str | None:
    """An institution's name alone on the line right above the headline, other than the site's publisher ("Ministry
    of Jal Shakti" on the press bureau's site): the body whose release the page carries; else None."""
    top = next((i for i, line in enumerate(page_lines) if title and line == title.strip()), None)
    if not top:
        return None
    line = page_lines[top - 1]
    words = line.split()
    if not any(other.split()[0].lower() in lexicon("parent_bodies") for other in page_lines[:top - 1]):
        return None  # only a government's portal names its ministries over their releases
    if not 2 <= len(words) <= MAX_NAME_LINE_WORDS or not names.is_institution(line) \
            or not all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) \
            or line.lower() == (_clean(source) or "").lower():
        return None
    return line


def _lines_under_title(page: str, title: str | None, text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """The raw page's lines between its title and the cleaned text's first paragraph, which cleaning drops: a
    speech's "Speech by X, Governor of ..., at ..." line under a headline that names no one."""
    if not title or not paragraphs:
        return []
    header = _header_lines(page, text, paragraphs)
    top = next((i for i, line in enumerate(header) if line == title.strip()), None)
    return header[top + 1:][:MAX_MARGIN_LINES] if top is not None else []


def _clean(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n[^\S\n]*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# ------------------------------------------------------------------ kind


def _kind(hint, head: str, title: str | None, turns: list[Turn]) -> DocumentKind:
    if isinstance(hint, str) and hint.strip().lower() in {k.value for k in DocumentKind}:
        return DocumentKind(hint.strip().lower())
    named = [t for t in turns if not t.silent and t.speaker is not None]
    if turns and named:
        return DocumentKind.TRANSCRIPT
    heading = title or head.lstrip().split("\n", 1)[0]
    if turns or _mentions(heading, "qa_cues"):
        return DocumentKind.QUESTIONS_ANSWERS
    for text in (heading, head):
        if _opener(text, "readout_openers"):
            return DocumentKind.READOUT
        if _opener(text, "statement_openers"):
            return DocumentKind.STATEMENT
    if _opener(heading, "statement_topics"):  # "Statement on ...": no speaker named, the issuing body's release
        return DocumentKind.RELEASE
    if _mentions(head, "release_cues") or _issuer(head):
        # a release about a meeting or call tells what happened there: a readout
        return DocumentKind.READOUT if _mentions(heading, "meeting_cues") else DocumentKind.RELEASE
    return DocumentKind.NEWS


def _mentions(text: str, name: str) -> bool:
    """True when ``text`` contains an entry of lexicon ``name`` as whole words (substrings are checked first)."""
    low = text.lower()
    return any(entry in low for entry in lexicon(name)) and bool(phrase_pattern(name).search(text))


@lru_cache(maxsize=None)
def _first_words(name: str) -> frozenset[str]:
    return frozenset(entry.split()[0] for entry in lexicon(name))


_TOPIC_PREFIX_RE = re.compile(r"^[A-Z][^:\n]{0,%d}:\s+" % 40)  # "Georgia: Statement by ..."


def _without_topic(line: str) -> str:
    """A heading line without a short "Topic:" prefix."""
    return _TOPIC_PREFIX_RE.sub("", line.strip(), count=1)


def _opener(text: str, name: str) -> re.Match | None:
    """A heading opener ("Statement by", "Readout of") at the start of one of the lines of ``text`` (after a
    short "Topic:" prefix)."""
    firsts = _first_words(name)
    for line in text.split("\n"):
        line = _without_topic(line)
        if line[:line.find(" ")].lower() in firsts:
            m = phrase_pattern(name).match(line)
            if m:
                return m
    return None


@lru_cache(maxsize=1)
def _issuer_re() -> re.Pattern:
    verbs = "|".join(sorted(lexicon("issue_verbs"), key=len, reverse=True))
    return re.compile(rf"\s*(?P<org>(?:[A-Z][\w.'’&\-]*\s+(?:(?:of|for|and|the)\s+)*){{1,7}}?)(?:{verbs})\b")


def _issuer(head: str) -> str | None:
    """"Federal Reserve issues FOMC statement" -> "Federal Reserve": an institution as the subject of a
    heading line."""
    for line in head.split("\n"):
        m = _issuer_re().match(line)
        if m and _is_institution(m.group("org")):
            return re.sub(r"^The\s+", "", m.group("org").strip())  # "The Nordland Geological Survey reports
    return None


def _is_institution(name: str) -> bool:
    words = {w.lower().strip(".,") for w in name.split()}
    return not words.isdisjoint(lexicon("institution_words")) or not words.isdisjoint(
        lexicon("native_institution_words"))


_BODY_NOUNS = r"(?:office|agency|bureau|institute|authority|service|ministry|department|bank|commission|centre|center)"


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
    r"^(?:date\s+)?issued(?:\s+(?:on|at))?\s*:?\s*(?:\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)
MAX_ISSUED_LINE_WORDS = 8


def _is_issued_line(line: str) -> bool:
    """"Issued: 4 November 2024", "Issued 14 August 2024 at 3:10 pm": a line that only dates a bulletin's issue,
    as a body's statements, warnings and summaries carry it (a news story is "published" or "updated")."""
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
    return not _clean(byline) and names.is_institution(_clean(source))


# ------------------------------------------------------------------ turns


_KEY_ENTRY_RE = re.compile(
    r"^(?P<initials>[A-Z]{2,5})[ \t]*(?:[:=\-–—][ \t]*|[ \t]+)(?P<name>[A-Z][^,;\n]{2,60}?)[ \t]*"
    r"(?:[,;(][ \t]*(?P<affiliation>[^\n]{1,80}?)\)?)?[ \t]*$"
)


def _speaker_key(page: str, text: str) -> dict[str, Speaker]:
    """A transcript's key of initials ("Speaker key:" then "AO Dr Amara Osei" lines, one a line): the speakers
    its turns are labelled with. A comma after the name gives the speaker's role or outlet."""
    key: dict[str, Speaker] = {}
    for source in (page, text[:HEAD_CHARS * 4]):
        lines = [line.strip() for line in source.splitlines()]
        for i, line in enumerate(lines):
            if _norm_label(line.rstrip(":")) not in lexicon("speaker_key_headings"):
                continue
            for entry in lines[i + 1:]:
                m = _KEY_ENTRY_RE.match(entry)
                if m is None:
                    break
                name = _HONORIFIC_PREFIX_RE.sub("", m.group("name").strip())
                role = _clean(m.group("affiliation"))
                titled = role and _is_title_word(role.split()[0])
                key[m.group("initials")] = Speaker(name, role=role if titled else None,
                                                   organization=None if titled else role)
        if key:
            break
    return key


def _asker_label(label: str, text: str, start: int, end: int) -> bool:
    """"Reuters:", "AFP:" before a question: a one-word label of someone asking from the floor."""
    return (" " not in label and label[:1].isupper() and sum(c.isalpha() for c in label) >= MIN_ASKER_LETTERS
            and text[start:end].rstrip().endswith("?"))


def _turns(text: str, paragraphs: list[tuple[int, int]], head: str,
           key: dict[str, Speaker] | None = None) -> list[Turn]:
    key = key or {}
    found = []  # (start, body_start, label, paren, strength)
    bare_answers: list[int] = []
    askers: set[int] = set()  # paragraphs opening with an outlet's one-word label before a question ("SVT:")
    for start, end in paragraphs:
        window = min(end, start + MAX_LABEL_CHARS + LABEL_PAREN_CHARS)
        if text.find(":", start, window) < 0 and not _DASH_RE.search(text, start, window) \
                and not text.startswith(("Q", "A."), start):
            continue
        m = _LABEL_RE.match(text, start, end) or _BARE_Q_RE.match(text, start, end)
        if m is None and _BARE_A_RE.match(text, start, end):
            bare_answers.append(start)
            m = _BARE_A_RE.match(text, start, end)
        if m is None:
            continue
        label = m.group("label")
        second = m.groupdict().get("second")
        office_holder = _office_holder(label, m.groupdict().get("paren"))
        if office_holder:  # "The Minister for Housing, Local Government and Heritage (Deputy Conor Brady):"
            label, second = office_holder, None
        if second:  # a verbatim report gives any function after the name: "Mette Lind, Member of the Commission. –"
            dashed = m.groupdict().get("dash") and _person_name(label)
            label = label if dashed else _comma_label(label, second, text[start:end])
            if label is None:
                continue
        strength = "strong" if label in key else _label_strength(label)
        if strength == "weak" and m.groupdict().get("dash"):
            strength = "strong"  # "Name, Role. – ": only a verbatim report's speaker label has that shape
        if strength == "weak" and _named_in(label, head):
            strength = "strong"  # "Lin Hao:" under "Spokesperson Lin Hao's Regular Press Conference"
        if _asker_label(label, text, start, end):
            askers.add(start)
            strength = strength or "weak"
        if strength != "strong" and _named_surname(label, head):
            strength = "strong"  # "Aavik:" under "Interview with Katrin Aavik, Governor of ..."
        if strength:
            paren = None if office_holder else m.groupdict().get("paren")
            found.append((start, min(m.end(), end), label, paren, strength))
    if not any(f[2] in ("Q", "Q.") and f[1] - f[0] <= len("Q. ") for f in found):
        found = [f for f in found if f[0] not in bare_answers]  # "A. Smith said" opens no answer
    surnames = [f for f in found if f[4] == "weak" and f[2].isupper() and " " not in f[2]]
    if len(surnames) >= MIN_SURNAME_TURNS and len({f[2] for f in surnames}) >= 2:
        # "BLITZER: ... KIRBY: ...": a conversation labelled by surnames alone
        found = [f if f not in surnames else (*f[:4], "strong") for f in found]
    named = [f for f in found if f[4] == "weak" and " " in f[2] and not f[2].isupper()]
    if len({f[2] for f in named}) >= 2 and len({f[2] for f in named}) < len(named):
        # "Maria Lopez: ... Jan Novak: ... Maria Lopez: ...": people labelled by their names take turns
        found = [f if f not in named else (*f[:4], "strong") for f in found]
    strong = [f for f in found if f[4] == "strong"]
    questions = [f for f in strong if _is_question_label(f[2])]
    asked = any(f[0] in askers for f in found)
    enough = len(strong) >= MIN_TURNS and (questions or asked or len(strong) >= MIN_TURNS_WITHOUT_QUESTION)
    if not enough:
        return []
    turns: list[Turn] = []
    known: list[Speaker] = []
    for i, (start, body, label, paren, _) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        low = _norm_label(label)
        if _is_question_label(label):
            turns.append(Turn(start, body, end, None, question=True))
        elif _UNNAMED_SPEAKER_RE.fullmatch(low):  # "Speaker 3:" of a recording: a reporter asks, or nobody named
            turns.append(Turn(start, body, end, None, question=text[body:end].rstrip().endswith("?")))
        elif low in lexicon("floor_labels"):
            turns.append(Turn(start, body, end, Speaker(label.title()), floor=True))
        elif low in lexicon("answer_labels"):
            turns.append(Turn(start, body, end, None))
        elif label in key:
            turns.append(Turn(start, body, end, key[label]))
        else:
            speaker = _label_speaker(label, paren, known, text, head)
            known.append(speaker)
            turns.append(Turn(start, body, end, speaker))
    return turns


def _office_holder(label: str, paren: str | None) -> str | None:
    """"The Minister for Finance (Deputy Ana Ruiz)", "Minister of State at the Department of Health (Ana Ruiz)": an
    office, then the person who holds it in brackets, as a parliament's record labels a member who holds one; the
    person's label, else None."""
    words = label.split()
    if not paren or not words:
        return None
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    person = _person_name(paren)
    if not person or not _is_title_word(first) or _person_name(label):
        return None
    return paren.strip()


def _comma_label(first: str, second: str, paragraph: str) -> str | None:
    """A label in two parts: a role before the name ("Official Spokesperson, Shri Arvind Rao" -> the role and the
    name as one label), or a reporter's name and outlet before a question ("Rahul Mehta, Press Trust of India"
    -> the reporter, who only asks); None for anything else."""
    words = first.split()
    if len(words) + len(second.split()) > MAX_LABEL_WORDS:
        return None
    if all(_is_title_word(w) for w in words):
        return f"{first} {second}"
    if _person_name(first) and paragraph.rstrip().endswith("?"):
        return first
    if _person_name(first) and _is_title_word(second.split()[0]):
        return first  # "Maria Lopez, Chief Health Officer": the name, then the role
    return None


def _interview(title: str | None, head: str) -> bool:
    """True when the heading presents the page as an interview ("Interview with Aoife Brennan, ...")."""
    m = _opener(title or head.lstrip().split("\n", 1)[0], "statement_openers")
    return m is not None and "interview" in m.group().lower()


def _question_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """An interview printed without labels (its questions were set in bold): every paragraph that ends with a
    question mark is a question; the others answer. Empty unless at least MIN_TURNS paragraphs ask."""
    asks = [text[s:e].rstrip().endswith("?") for s, e in paragraphs]
    if sum(asks) < MIN_TURNS or all(asks):
        return []
    starts = [s for s, _ in paragraphs] + [len(text)]
    return [Turn(s, s, starts[i + 1], None, question=asks[i]) for i, (s, _) in enumerate(paragraphs)]


def _named_surname(label: str, head: str) -> bool:
    """True when a one-word label ("Aavik") is the surname of a person the heading names ("Interview with Katrin
    Aavik"): that person's turns."""
    if " " in label or not _NAME_WORD_RE.match(label) or _norm_label(label) in lexicon("label_exclusions"):
        return False
    written = label.title() if label.isupper() else label  # "HOLM:" under "... Spokesperson Karin Holm"
    names = rf"\b[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){{0,2}}[ \t]+{re.escape(written)}(?![\w'’])"
    return re.search(names, head) is not None


def _named_in(label: str, head: str) -> bool:
    """True when a plain-name label ("Lin Hao") is written as it is in the heading: a person the page names."""
    return " " in label.strip() and re.search(rf"(?<![\w'’]){re.escape(label.strip())}(?![\w])", head) is not None


def _mark_askers_and_hosts(turns: list[Turn], text: str, default: Speaker | None) -> None:
    """A labelled speaker (not the briefer) whose every turn ends with a question asks from the floor; one whose
    every turn manages the floor ("over to you", "next question", "that concludes") hosts the event: neither
    says facts."""
    by_name: dict[str, list[Turn]] = {}
    for turn in turns:
        if turn.speaker is not None and not turn.silent:
            by_name.setdefault(turn.speaker.name, []).append(turn)
    for name, own in by_name.items():
        if default is not None and name == default.name:
            continue
        bodies = [text[t.body_start:t.end].strip() for t in own]
        outlet = own[0].speaker.organization if own[0].speaker else None
        if outlet and "," in outlet:  # "(Kelowna—Lake Country, CPC)": a member's seat and party; members debate
            continue
        outlet = outlet if outlet and not _is_title_word(outlet.split()[0]) else None
        # "Maria Lopez (AFP): A follow-up. Will she meet the President? Thank you.": an outlet's reporter asks
        if all(body.endswith("?") for body in bodies) or (outlet and all("?" in body for body in bodies)):
            for turn in own:
                turn.question = True
        elif len(own) >= MIN_FLOOR_TURNS and all(phrase_pattern("floor_phrases").search(b) for b in bodies):
            for turn in own:
                turn.floor = True


def _norm_label(label: str) -> str:
    return " ".join(label.lower().split())


def _is_question_label(label: str) -> bool:
    return _norm_label(label) in lexicon("question_labels")


def _label_strength(label: str) -> str | None:
    """"strong" for labels that can only be speaker labels, "weak" for plain names, None for non-labels."""
    low = _norm_label(label)
    words = label.split()
    if low in lexicon("label_exclusions") or len(label) > MAX_LABEL_CHARS:
        return None
    if low in lexicon("question_labels") or low in lexicon("floor_labels") or low in lexicon("answer_labels") \
            or _UNNAMED_SPEAKER_RE.fullmatch(low):
        return "strong"
    if not all(_NAME_WORD_RE.match(w) or w.lower() in _LOWER_PARTICLES for w in words):
        return None
    letters = [c for c in label if c.isalpha()]
    if len(words) >= 2 and all(c.isupper() for c in letters):
        return "strong"
    if len(words) >= 2 and _is_title_word(words[0]) and words[0].lower() not in ("the", "of"):
        return "strong"
    if len(words) > 2 and _title_inside([], words)[0]:
        return "strong"  # "Area Commander Inspector Tracey Ngata": a title inside, then a name of two words or more
    if len(words) == 1 and low in ROLE_HEADS:
        return "strong"  # "Spokesman:", "CHAIR:": a role that speaks
    if 2 <= len(words) <= 4 or (len(words) == 1 and len(letters) >= 3 and label.isupper()):
        return "weak"
    return None


def _is_title_word(word: str) -> bool:
    """"Secretary", "Lt.", "Under-Secretary-General": a word of a title (each hyphenated part a title word)."""
    titles = lexicon("label_titles") | ROLE_WORDS
    low = word.lower().strip(",")
    return low in titles or ("-" in low and all(part in titles for part in low.split("-")))


_OF_THE = (["of", "the"], ["for", "the"])
_DEPARTMENT_WORDS = lexicon("department_words")


def _split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words and the name that follows them."""
    i = 0
    # "Foreign Minister of Norway Kaja Lind": the word after "of" belongs to the role
    # ... and "President of the Republic" too
    while i < len(words) - 1 and (_is_title_word(words[i]) or (i and words[i - 1].lower() in ("of", "for"))
                                  or (i and words[i].lower() == "for")
                                  or (i > 1 and words[i].lower() in _DEPARTMENT_WORDS
                                      and words[i - 1].lower() in _DEPARTMENT_WORDS
                                      and words[i - 2].lower() in ("of", "for"))  # "for Foreign Affairs"
                                  or (i > 1 and [w.lower() for w in words[i - 2:i]] in _OF_THE)):
        i += 1
    if words and _is_title_word(words[-1]) and i == len(words) - 1:
        i = len(words)  # "THE PRESIDENT", "MODERATOR": a role without a name
    return words[:i], words[i:]


_HONORIFICS = frozenset("mr. mr mrs. mrs ms. ms miss dr. dr sir dame the his her hon. honorable excellency "
                        "shri smt. smt shrimati".split())


def _role_text(words: list[str]) -> str | None:
    # honorifics go, but not the article inside a role ("President of the Republic")
    kept = [w for i, w in enumerate(words)
            if w.lower() not in _HONORIFICS or (w.lower() == "the" and i and words[i - 1].lower() in ("of", "for"))]
    if not kept:
        return None
    return " ".join(_case(w) for w in kept)


_NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())


def _surname(words: list[str]) -> str:
    """"Lloyd J. Austin III" -> "austin"."""
    kept = [w for w in words if w.lower().strip(",") not in _NAME_SUFFIXES] or words
    return kept[-1].lower().strip(",")


def _case(word: str) -> str:
    """Title-case an upper-case label word; keep mixed case as written."""
    if word.lower() in _LOWER_PARTICLES:
        return word.lower()
    if word.lower() in _NAME_SUFFIXES:
        return word.upper() if word.lower().strip(".") in ("ii", "iii", "iv") else word.capitalize()
    if word.isupper() and len(word) > 1:
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def _label_speaker(label: str, paren: str | None, known: list[Speaker], text: str, head: str) -> Speaker:
    role_words, name_words = _title_inside(*_split_role(label.split()))
    role = _role_text(role_words)
    organization = paren.strip() if paren else None
    if not name_words:
        holder = _earlier_holder(role, known)
        if holder is not None:  # "Premier:" after "Premier Daniel Harker:": the person who holds that role
            return Speaker(holder.name, role=holder.role, organization=organization or holder.organization)
        return Speaker(role or _case(label), role=role, organization=organization)
    name = " ".join(_case(w) for w in name_words)
    surname = _surname(name_words)
    if len(name_words) == 1:
        for earlier in reversed(known):
            if earlier.speaker_type == "PERSON" and _surname(earlier.name.split()) == surname:
                return Speaker(earlier.name, role=earlier.role or role,
                               organization=organization or earlier.organization)
    written = _written_form(" ".join(name_words), text, head)
    if written:
        name = written
    return Speaker(name, role=role, organization=organization)


def _earlier_holder(role: str | None, known: list[Speaker]) -> Speaker | None:
    """The one named speaker of an earlier turn whose role is ``role`` or ends with it ("Police Commissioner" for
    "Commissioner"), else None."""
    if not role:
        return None
    key = [_role_key(w) for w in role.split()]
    holders = {s.name: s for s in known
               if s.speaker_type == "PERSON" and s.role and s.name != s.role
               and [_role_key(w) for w in s.role.split()][-len(key):] == key}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _written_form(name: str, text: str, head: str) -> str | None:
    """The name as the heading or text writes it in mixed case; for a surname, the full name around it; for an
    initial and a surname ("G. PAPADAKIS"), the first name the initial stands for ("Giorgos Papadakis")."""
    words = name.split()
    pattern = r"\s+".join(rf"{w[0]}[\w'’\-]+" if re.fullmatch(r"[A-Z]\.", w) and i < len(words) - 1
                          else re.escape(w) for i, w in enumerate(words))
    if len(words) == 1:
        pattern = r"(?:[A-Z][a-z][\w'’\-]*\s+){1,2}" + pattern
    for source in (head, text):
        for m in re.finditer(rf"\b{pattern}\b", source, re.IGNORECASE):
            found = " ".join(m.group().split())
            if not found.isupper() and all(w[0].isupper() for w in found.split()):
                return _strip_titles(found)
    if len(words) == 1:  # "Interview with Katrin Aavik": the capitalised words right before the surname
        for source in (head, text):
            m = re.search(rf"(?-i:(?:[A-Z][a-z][\w'’\-]*[ \t]+){{1,2}}){re.escape(words[0])}\b", source,
                          re.IGNORECASE)
            if m is not None and not m.group().isupper():
                return _strip_titles(" ".join(m.group().split()))
    return None


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and _is_title_word(words[0]):
        words = words[1:]
    return " ".join(words)


def _resolve_role_only(turns: list[Turn], default: Speaker | None) -> None:
    """"THE PRESIDENT:" in the remarks of a named president is that president; the heading's speaker keeps the
    organisation the heading gives."""
    if default is None:
        return
    for turn in turns:
        s = turn.speaker
        if s is None or turn.silent:
            continue
        if s.role and s.name == s.role and default.speaker_type == "PERSON" and (not default.role or _role_key(
                s.role.split()[-1]) in {_role_key(w) for w in default.role.split()}):
            turn.speaker = default
        elif s.name == default.name and not s.organization:
            s.organization = default.organization


def _resolve_listed_roles(turns: list[Turn], lines: list[str]) -> None:
    """"MINISTER:" and "CHIEF MEDICAL OFFICER:" under a list of who is present ("Dr. Ruth Phiri, Chief Medical
    Officer", one a line): each role label is the one listed person whose role it is or begins."""
    listed = [entry for line in lines for entry in _listed_roles(line)]
    hosts = {name for name, listed_role in listed if _norm_label(listed_role) in lexicon("floor_labels")}
    for turn in turns:
        s = turn.speaker
        if s is None or turn.silent or s.speaker_type != "PERSON":
            continue
        if s.name in hosts:  # "ALEMU:" under "Moderator: Tsion Alemu, ...": the host's turns are procedural
            turn.floor = True
            continue
        # the whole label: "CHIEF HARBOUR MASTER" reads as the title "Chief" before a name "Harbour Master"
        role = (s.name if s.name == s.role else " ".join(filter(None, [s.role, s.name]))).lower()
        holders = {name: listed_role for name, listed_role in listed
                   if listed_role.lower() == role or listed_role.lower().startswith(role + " ")}
        if len(holders) == 1:
            name, listed_role = holders.popitem()
            turn.speaker = Speaker(name, role=listed_role, organization=s.organization)


def _resolve_named_roles(turns: list[Turn], text: str, lines: list[str]) -> None:
    """A role label still without a name ("Minister:") is the person the page names with that role ("Health Minister
    Tom Baker", "Tom Baker, the Minister"), when it names one person so and lists nobody else with that role."""
    listed = [entry for line in lines for entry in _listed_roles(line)]
    for turn in turns:
        s = turn.speaker
        if s is None or turn.silent or s.speaker_type != "PERSON" or not s.role or s.name != s.role:
            continue
        role = s.role.lower()
        holders = set(_role_holders(s.role, text)) | {
            name for name, listed_role in listed
            if listed_role.lower() == role or listed_role.lower().startswith(role + " ")}
        if len(holders) == 1:
            turn.speaker = Speaker(holders.pop(), role=s.role, organization=s.organization)


def _listed_roles(line: str) -> list[tuple[str, str]]:
    """The people a list line names with their roles: one a line ("Dr. Ruth Phiri, Chief Medical Officer"), or
    several after a field, apart by semicolons ("Participants: Minister of Defence Tore Sandvik; Chief of Defence,
    General Ingrid Haugland"); a host's field ("Moderator: Tsion Alemu, ...") gives that person the field's role."""
    m = _FIELD_RE.match(line)
    field = _norm_label(m.group("field")) if m else None
    if field in lexicon("floor_labels"):
        name = _person_name(m.group("value").split(",")[0])
        return [(name, field.title())] if name else []
    value = m.group("value") if m else line
    bracketed = [(name, role) for found in _BRACKETED_ROLE_RE.finditer(value)
                 for name, role in [(_person_name(found.group("name")), found.group("role").strip())]
                 if name and _is_title_word(role.split()[0]) and role.split()[0].lower() not in ("the", "of")]
    if bracketed:  # "Participants: Tore Sandvik (Minister of Defence), Ingrid Haugland (Chief of Defence)"
        return bracketed
    items = re.split(r"\s*;\s*", value)
    return [entry for item in items for entry in [_listed_role(item) or _role_first(item)] if entry]


_BRACKETED_ROLE_RE = re.compile(r"(?P<name>[A-Z][^(),;:\n]{2,60}?)\s*\((?P<role>[^()\n]{2,80})\)")


def _role_first(item: str) -> tuple[str, str] | None:
    """"Minister of Defence Tore Sandvik" or "Chief of Defence, General Ingrid Haugland": a role, then the name."""
    parts = [p.strip() for p in item.split(",") if p.strip()]
    if not parts:
        return None
    role, name = _split_role(parts[0].split())
    title = _role_text(role) if role else None
    if not title:
        return None
    if name and _person_name(parts[0]):
        return _person_name(parts[0]), title
    person = _person_name(parts[1]) if len(parts) > 1 and not name else None
    return (person, title) if person else None


def _listed_role(line: str) -> tuple[str, str] | None:
    """"Hon. Dr. Chanda Mulenga, MP, Minister of Health" -> the name and the role that follows it."""
    parts = [p.strip() for p in line.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    name = _person_name(parts[0])
    role = next((p for p in parts[1:] if _is_title_word(p.split()[0]) and p.split()[0].lower() not in ("the", "of")),
                None)
    return (name, role) if name and role else None


def _role_key(word: str) -> str:
    """A role word without its gendered ending: "Spokesman", "Spokesperson" -> "spokes"; "Chairwoman" -> "chair"."""
    return re.sub(r"(?:wo)?m[ae]n$|person$", "", word.lower())


# ------------------------------------------------------------------ default speaker


def _default_speaker(kind: DocumentKind, head: str, title: str | None, text: str, hints: dict,
                     publisher: str | None, source: str | None, byline: str | None, page: str = "") -> Speaker | None:
    """Who speaks where no turn says: the statement's, speech's or transcript's person, or the issuing body.
    ``page`` is the raw page, whose lines cleaning drops may name a role's holder ("About the speaker: ...")."""
    named = _clean(hints.get("speaker"))
    if kind == DocumentKind.NEWS:
        return _person(named, text, head) if named else None
    if kind == DocumentKind.TRANSCRIPT:  # "Remarks by President Biden": "THE PRESIDENT:" is Biden
        author = named or _statement_author(title, head)
        host = role = None
        if not author:
            author, host, role = _briefer(title, head)
        if not author:
            author, role = _styled_name_line(head)
        if not author:
            return None
        speaker = _person(author, text, head)
        speaker.role = speaker.role or role
        speaker.organization = speaker.organization or host or publisher
        return speaker
    if kind == DocumentKind.STATEMENT and (named or not _joint_authors(title, head)):
        principal = None if named else _principal(title, head)
        # "Statement attributable to the Spokesperson for the Chairperson of ...": the Chairperson the text names
        author = named or (_role_holder(principal, text + "\n" + head) if principal else None) \
            or _statement_author(title, head) or _clean(byline) or _closing_author(page)
        if author and not named and _gathering(author):  # "Statement of the ... Ministerial Meeting": the publisher
            author = None
        if author and not named and _role_only(author):  # "Speech by the Governor": the Governor the page names
            author = _role_holder(author, text + "\n" + head + "\n" + page) or author
        if author and not named and _role_only(author):  # "Statement by the Spokesperson": for the body
            body = _opening_subject(text)
            if body and not _is_title_word(body.split()[-1]):
                return Speaker(body, organization=body, speaker_type="ORG")
            author = None  # "The Secretary-General condemns ...", named nowhere: the issuing institution speaks
        if author:
            speaker = _person(author, text, head)
            speaker.organization = speaker.organization or publisher
            return speaker
    if kind == DocumentKind.QUESTIONS_ANSWERS:  # "Interview with Dr. Mei Tanaka": she answers
        author = named or _statement_author(title, head)
        if author:
            return _person(author, text, head)  # the publisher is the interviewer's, not the speaker's
    if kind == DocumentKind.READOUT:  # narration of a meeting: only a named spokesperson speaks for it
        author = named or _statement_author(None, head)
        return _person(author, text, head) if author else None
    institution = (publisher or named or _issuer(head) or _lead_announcer(text, _clean(source)) or _clean(source)
                   or _institution_in(head) or _institution_in(text[:HEAD_CHARS * 4]))
    if institution is None:
        return None
    institution = names.speaker_name(institution, text + "\n" + head)
    body = _deciding_body(text, institution, head) if kind == DocumentKind.RELEASE else None
    return Speaker(body or institution, organization=institution, speaker_type="ORG")


def _closing_author(page: str) -> str | None:
    """"Statement delivered by Ambassador Ana Ruiz, Permanent Representative of ..." among the last lines of the page:
    the person who delivered a statement whose heading names only its topic or the group it speaks for."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return _statement_author(None, "\n".join(lines[-MAX_MARGIN_LINES:]))


def _lead_announcer(text: str, source: str | None) -> str | None:
    """The body the lead sentence opens with as an issuer ("Nordhavn Wind A/S today announced ..."), unless the page
    is an institution's own and the lead neither is it nor ties itself to it: "The World Health Organization
    reported ..." on a national agency's page reports another body's figures ("The Seasonal Outlook Centre, a
    division of the Northland Weather Service, released ..." on the service's page is its unit)."""
    found = names.announcer(text)
    if found is None or not source or _outlet(source) or not _is_institution(source) or _parent_ministry(source):
        return found  # "The Meteorological Department has forecast ..." on its ministry's page: the department
    lead = text.lstrip().split("\n", 1)[0]
    return found if _mentions_name(lead, source) or _mentions_name(source, found) else None


def _parent_ministry(name: str) -> bool:
    """"Ministry of Environment", "U.S. Department of the Interior": a parent body whose site carries its agencies'
    releases (lexicon ``parent_bodies``, after a country's code)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in lexicon("country_qualifiers"):
        words = words[1:]
    return bool(words) and words[0].lower() in lexicon("parent_bodies")


def _mentions_name(text: str, name: str) -> bool:
    bare = re.sub(r"^(?:The|the)\s+", "", name.strip())
    return re.search(rf"(?<![\w]){re.escape(bare)}(?![\w])", text, re.IGNORECASE) is not None


_BODY_SUBJECT_RE = re.compile(r"\b[Tt]he ([A-Z][a-z]+|[A-Z]{2,6})\b(?!\s+(?:of|for)\b)")
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
MIN_BODY_MENTIONS = 2  # "the Committee decided ...", "The Committee will ...": the release's own voice


def _deciding_body(text: str, institution: str, head: str = "") -> str | None:
    """The body of the institution that speaks in a release, when the text names it in full: "the Committee"
    used throughout and "Federal Open Market Committee" once -> "Federal Open Market Committee"; "the MPC"
    throughout and "Monetary Policy Committee (MPC)" once -> "Monetary Policy Committee"; "the Committee"
    throughout and only "FOMC" in the heading -> "FOMC", the body's own short name."""
    counts: dict[str, int] = {}
    for m in _BODY_SUBJECT_RE.finditer(text):
        word = m.group(1)
        if word.isupper() or word.lower() in lexicon("institution_words"):
            counts[word] = counts.get(word, 0) + 1
    for word, count in sorted(counts.items(), key=lambda item: -item[1]):
        if word.lower() in institution.lower().split():
            continue
        body = _expansion(word, text) if word.isupper() else None
        if body:  # "the MPC voted ..." and "The Committee will ...": one body, named two ways
            count += counts.get(body.split()[-1], 0)
        if count < MIN_BODY_MENTIONS:
            continue
        body = body or (None if word.isupper() else _full_name(word, text) or _acronym_of(word, head, text))
        if body:
            return body
    return None


def _full_name(word: str, text: str) -> str | None:
    for full in re.finditer(rf"(?:\b[A-Z][\w'’&\-]*[ \t]+){{1,5}}{word}\b", text):
        name = re.sub(r"^(?:The|A|An|In|At|On)\s+", "", full.group())
        if len(name.split()) >= 2:
            return name
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _expansion(acronym: str, text: str) -> str | None:
    """"Monetary Policy Committee (MPC)" -> the name the text spells out before the acronym."""
    for m in re.finditer(rf"((?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?){{2,6}})\({acronym}\)", text):
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if _initials(name) == acronym and name.split()[-1].lower() in lexicon("institution_words"):
                return name
    return None


def _acronym_of(word: str, head: str, text: str) -> str | None:
    """An acronym of the heading that ends with the body word's initial: "FOMC" for "the Committee"."""
    for m in _ACRONYM_RE.finditer(head):
        if m.group().endswith(word[0]) and len(m.group()) >= 3:
            return m.group()
    return None


_OPENING_SUBJECT_RE = re.compile(r"\s*The\s+(?P<body>(?:[A-Z][\w.'’&\-]*\s+){1,6}?)(?=[a-z])")


def _gathering(author: str) -> bool:
    """"Forum Fisheries Committee Ministerial Meeting": a heading's author that names a gathering, not a speaker."""
    words = author.split()
    return bool(words) and words[-1].lower() in lexicon("gathering_words")


def _role_only(author: str) -> bool:
    """"the Spokesperson", "the High Representative": a title without a name."""
    role, name = _split_role([w for w in author.split() if w.lower() != "the"])
    # "the Minister of Mines": one word after "of" names the office's portfolio or country, not its holder
    return bool(role) and (not name or (len(name) == 1 and role[-1].lower() in ("of", "for")))


def _opening_subject(text: str) -> str | None:
    """The body a statement opens with as its subject ("The European Union deplores ...")."""
    m = _OPENING_SUBJECT_RE.match(text)
    return m.group("body").strip() if m else None


def _statement_author(title: str | None, head: str) -> str | None:
    """"Remarks by President Biden on the Economy" -> "President Biden"."""
    for line in ([title] if title else []) + head.split("\n"):
        line = _without_topic(line)
        m = phrase_pattern("statement_openers").match(line)
        name = (_appositive_name(line[m.end():]) or _name_after(line[m.end():])) if m else None
        if name:
            return name
    return None


def _opener_rests(title: str | None, head: str) -> list[str]:
    """What follows a statement opener on the heading lines ("Statement by" -> "Minister Ana Ruiz on ...")."""
    rests = []
    for line in ([title] if title else []) + head.split("\n"):
        line = _without_topic(line)
        m = phrase_pattern("statement_openers").match(line)
        if m:
            rests.append(line[m.end():])
    return rests


def _joint_authors(title: str | None, head: str) -> bool:
    """True when a statement heading names two or more people ("Joint statement by Minister A and Minister B"):
    nobody alone speaks for it, the issuing institution does."""
    for rest in _opener_rests(title, head):
        names = _ROLE_NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0]
        if sum(bool(_person_name(part)) for part in re.split(r"\s+and\s+", names)) >= 2:
            return True
        plural = _PLURAL_OFFICE_RE.match(rest)
        if plural and _is_title_word(plural.group("office")[:-1]):
            return True  # "Joint Statement of the Presidents of Estonia, Latvia and Lithuania": several office holders
    return False


_PLURAL_OFFICE_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}?(?P<office>[A-Za-z][\w\-]*s)\s+of\b")


_PRINCIPAL_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}?(?P<office>[A-Z][\w\-]*)\s+for\s+(?P<role>.+)",
                           re.IGNORECASE)


def _principal(title: str | None, head: str) -> str | None:
    """The official a spokesperson speaks for ("the Spokesperson for the Chairperson of the Commission on ..." ->
    "the Chairperson of the Commission")."""
    for rest in _opener_rests(title, head):
        m = _PRINCIPAL_RE.match(rest)
        if m and _role_key(m.group("office")) == "spokes":
            return _ROLE_NAME_BREAK_RE.split(m.group("role").strip(), maxsplit=1)[0]
    return None


_APPOSITIVE_RE = re.compile(r"^\s*(?i:the)\s+(?P<role>[A-Z][^,]{0,%d}),\s+(?P<name>[^,]+)" % MAX_ROLE_CHARS)
_HONORIFIC_PREFIX_RE = re.compile(
    r"^(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|His|Her|Excellency|Shri|Smt\.?|Shrimati)\s+)+")


def _appositive_name(rest: str) -> str | None:
    """"the Permanent Representative of Fiji, H.E. Mr. Semi Vunivalu, at ..." -> "Semi Vunivalu"."""
    m = _APPOSITIVE_RE.match(rest)
    if m is None:
        return None
    name = _name_after(_HONORIFIC_PREFIX_RE.sub("", m.group("name").strip()))
    role = m.group("role").split()
    if name and not _split_role(role + ["X"])[1][:-1]:  # "the President of the Republic": a role, kept with the name
        return " ".join(role + [name])
    return name


def _briefer(title: str | None, head: str) -> tuple[str | None, str | None, str | None]:
    """"Department of Defense Press Briefing by Deputy Press Secretary Sabrina Singh" -> (the briefer, the
    department, the briefer's role when the line gives it after the name)."""
    office = (None, None)  # "Briefing by the Office of the Spokesperson": used when no person is named
    for line in ([title] if title else []) + head.split("\n"):
        owner = _briefing_owner(line)
        if owner:
            return owner[1], None, owner[0]
        m = phrase_pattern("briefing_openers").search(line) if ":" not in line[:MAX_LABEL_CHARS] else None
        name = (_appositive_name(line[m.end():]) or _name_after(line[m.end():])) if m else None
        if name:
            host = line[:m.start()].strip()
            host = host if host and _is_institution(host) else None
            if name.lower().startswith("the ") or _is_institution(name):
                office = office if office[0] else (_strip_article(name), host)
                continue
            return name, host, _role_after(name, line[m.end():])
    return (*office, None)


_OWNED_BRIEFING_RE = re.compile(
    r"^\s*(?:Transcript\s+of\s+(?:the\s+)?)?"
    r"(?P<owner>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|the|and)){1,%d})['’]s\s+(?:[A-Z]\w*\s+){0,2}"
    r"(?:Press\s+Conference|Press\s+Briefing|News\s+Conference|Briefing|(?:Doorstop\s+)?Interview|Doorstop|"
    r"Remarks|Media\s+Availability|Press\s+Availability)\b" % (MAX_SPEAKER_WORDS + 3),
    re.IGNORECASE,
)


def _briefing_owner(line: str) -> tuple[str, str] | None:
    """"Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on 4 June" -> ("Foreign Ministry
    Spokesperson", "Lin Hao"): the title and name of the person whose briefing, interview or remarks the heading
    is ("Transcript of Minister for Foreign Affairs Dr Ana Lim's Doorstop Interview")."""
    m = _OWNED_BRIEFING_RE.match(line)
    if m is None:
        return None
    words = m.group("owner").split()
    last_title = max((i for i, w in enumerate(words) if _is_title_word(w) and w.lower() not in ("the", "of")),
                     default=-1)
    name = words[last_title + 1:]
    return (" ".join(words[:last_title + 1]), " ".join(name)) if len(name) >= 2 and last_title >= 0 else None


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)


def _role_after(name: str, rest: str) -> str | None:
    """"Tomas Lindqvist, Spokesperson for the Secretary-General" -> "Spokesperson for the Secretary-General": the
    words after the name's comma, when they open with a title."""
    m = re.match(r"\s*%s\s*,\s+(?:the\s+)?(?P<role>[A-Z][^,.;:()]{0,%d})" % (re.escape(name), MAX_ROLE_CHARS), rest)
    if m is None or any(_is_title_word(w) for w in name.split()):
        return None
    role = m.group("role").split()
    return " ".join(role) if _is_title_word(role[0]) and role[0].lower() not in ("the", "of") else None


_BREAK_WORDS = "on|at|to|before|following|regarding|about|in|during|after|upon|with"
# ... in lower case, or in the capitals of a shouted heading ("REMARKS BY MINISTER ANA RUIZ AT THE FORUM")
_NAME_BREAK_RE = re.compile(r"\s+(?:%s|for|and|%s|FOR|AND)\s+|[,:;(\[]|\s[—–|-]{1,2}\s"
                            % (_BREAK_WORDS, _BREAK_WORDS.upper()))
# the same without "for" and "and", which may sit inside a role ("Minister for Trade and Industry Ana Ruiz")
_ROLE_NAME_BREAK_RE = re.compile(r"\s+(?:%s|%s)\s+|[,:;(\[]|\s[—–|-]{1,2}\s" % (_BREAK_WORDS, _BREAK_WORDS.upper()))


def _name_after(rest: str) -> str | None:
    """The capitalised name at the start of ``rest``, up to a preposition or punctuation; a role with "for" in it
    keeps its name ("Minister for Foreign Affairs Saara Lindqvist", not "Minister")."""
    segment = _NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0]
    name = _capitalised_run(segment)
    if name is None and _capitalised_run(segment, len(segment.split())):
        # "the Prime Minister of the Republic of Armenia Davit Harutyunyan": a long role, then the name
        return _person_name(segment)
    if name and all(_is_title_word(w) for w in name.split()):
        longer = _capitalised_run(_ROLE_NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0])
        if longer and _split_role(longer.split())[1]:
            return longer
    return name


def _capitalised_run(rest: str, max_words: int = MAX_SPEAKER_WORDS) -> str | None:
    words = rest.split()
    if 1 <= len(words) <= max_words and all(w[0].isupper() or w.lower() in _LOWER_PARTICLES for w in words):
        return " ".join(words)
    return None


def _without_post_nominals(words: list[str]) -> list[str]:
    """"Siobhán Kelly TD" -> "Siobhán Kelly": letters of a seat, honour or degree after the name go."""
    cut = False
    while len(words) > 2 and words[-1].strip(",") != words[-1].strip(",").lower() \
            and words[-1].strip(",").lower() in lexicon("post_nominals"):
        words, cut = words[:-1], True
    return words[:-1] + [words[-1].rstrip(",")] if cut else words  # "Hon. Ana Ruiz, MP": the comma before "MP"


def _person(phrase: str, text: str, head: str) -> Speaker:
    """A speaker from a phrase such as "Secretary-General António Guterres" or "President Biden"."""
    words = _without_post_nominals(phrase.split())
    role_words, name_words = _split_role(words)
    role_words, name_words = _title_inside(role_words, name_words)
    if _is_institution(phrase) and not role_words:
        return Speaker(phrase, organization=phrase, speaker_type="ORG")
    name = " ".join(name_words) or phrase
    if len(name_words) == 1 or name.isupper():
        name = _written_form(name, text, head) or " ".join(_case(w) for w in name.split())
    return Speaker(name, role=_role_text(role_words))


def _title_inside(role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """A title after a word that is no title ("Foreign Ministry Spokesperson Nguyen Thu Trang": "Ministry" is a
    department, not a title) still ends the role: the name is what follows the last title word."""
    last = max((i for i, w in enumerate(name[:-1]) if _is_title_word(w) and w.lower() not in ("the", "of")),
               default=-1)
    if last < 0 or len(name) - last - 1 < 2:
        return role, name
    return role + name[:last + 1], name[last + 1:]


_NAME_WORD = r"(?:U\.S\.|U\.K\.|[A-Z][\w'’&\-]*)"
_INSTITUTION_NAME_RE = re.compile(rf"(?:{_NAME_WORD}[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*){{0,6}}{_NAME_WORD}")


def _institution_in(text: str) -> str | None:
    """The first capitalised name containing an institution word ("Statistics Canada")."""
    for m in _INSTITUTION_NAME_RE.finditer(text):
        name = m.group().strip()
        name = re.sub(r"^(?:About\s+)?(?:The|A|An|the)\s+", "", name)  # "About the Varn Institute of Ecology"
        if len(name.split()) >= 2 and _is_institution(name) and name.split()[-1].lower() not in _LOWER_PARTICLES:
            return name
    return None
