"""The entry point: ``analyse`` reads a cleaned article and returns its ``Discourse``."""

from __future__ import annotations

import re

from ..issuer import initials as names_initials
from ..issuer import is_institution
from ..language import lexicon
from ..models import DocumentKind
from ._shared import HEAD_CHARS, HEAD_LINES, HEAD_PARAGRAPHS, _clean, _paragraphs
from .default import _acronym_body_in_full, _acronym_issuer, _default_speaker, _mentions_name, _site_name_issuer
from .headings import _behalf_bodies, _briefing_heading, _heading_people, _interview
from .intro import (
    _delivery_intro, _handover, _handover_turns, _inner_header_intro, _opening_turn, _speech_intro, _text_follows_intro,
)
from .kind import (
    _MEETING_LEAD_RE, _defined_site, _is_issued_line, _issued_page, _kind, _meeting_heading, _mentions, _outlet,
    _staff_byline, hinted_kind,
)
from .labels import _mark_askers_and_hosts, _question_paragraphs, _speaker_key, _turns
from .header import _delivered_by_person
from .model import Discourse, Speaker, Turn
from .page import (
    _body_above_title, _issuing_unit, _lines_between, _lines_under_title, _page_margins, _site_lines,
    _source_field_body, _titled_issuer,
)
from .people import _person, _person_name
from .sections import _signed_sections
from .roles import (
    _resolve_interpreted_turns, _resolve_listed_roles, _resolve_named_roles, _resolve_role_acronyms, _resolve_role_only,
)
from .speech import (
    _credit_paragraph_end, _full_text_title, _narrated_intro_end, _speech_author, _statement_type_author,
)
from .voice import _first_person, _speaks_as_we


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
    hinted = hinted_kind((hints or {}).get("kind"))  # a feed's word for a kind, or no hint
    hints = {k: v for k, v in (hints or {}).items() if k != "kind"} | ({"kind": hinted.value} if hinted else {})
    stated_source = _clean(source)
    paragraphs = _paragraphs(text)
    page_lines = [line.strip() for line in _head_lines(page or "") if line.strip()] \
        + _delivery_lines_above(page or "", text)
    # (the line printed right above the title heads the page too, however far down the page the title stands:
    # "Statement by Ambassador ... on behalf of ..." over its session's heading)
    top = next((i for i, line in enumerate(page_lines) if title and line == title.strip()), None)
    above = [page_lines[top - 1]] if top and top > HEAD_LINES else []
    head = "\n".join([title or ""] + page_lines[:HEAD_LINES] + above
                      + [text[s:e][:HEAD_CHARS] for s, e in paragraphs[:HEAD_PARAGRAPHS]])
    # the turns' labels are read against the whole page head: "Opening Statement by Chief Cabinet Secretary Hayashi
    # Yoshimasa" may stand further down than the cues are looked for
    # (and the lines cleaning drops between the first paragraphs: a cast list, "MAMYROVA — Cholpon A. Mamyrova, ...")
    between = [line for k in range(HEAD_PARAGRAPHS) for line in _lines_between(page or "", text, paragraphs, k)]
    turns = _turns(text, paragraphs, "\n".join([head, *page_lines[HEAD_LINES:], *between]),
                   _speaker_key(page or "", text),
                   raw or "\n".join(filter(None, [page, tail])))
    kind = _kind(hints.get("kind"), head + "\n" + "\n".join(_page_margins(page or "", text, paragraphs)), title, turns)
    # "Eurostat" above the title or in an "Issued by:" line, "Eurostat, the statistical office of ..." in the lead
    named = [stated_source] if stated_source else []
    defined = _defined_site(named + page_lines, text) if kind == DocumentKind.NEWS and not _clean(byline) else None
    if defined and not hints.get("kind"):
        # "Eurostat" above the title, "Eurostat, the statistical office of ..." below: the institution's release
        kind, source = DocumentKind.RELEASE, source or defined
    if kind == DocumentKind.NEWS and not hints.get("kind") and _issued_page(source, byline) \
            and not _wire_story(text, _clean(source) or ""):
        # an institution's own page about a meeting or call tells what happened there: a readout
        heading = title or head.lstrip().split("\n", 1)[0]
        lead = text[: paragraphs[0][1]] if paragraphs else text  # "The Committee of Ministers met on Tuesday ..."
        kind = DocumentKind.READOUT if _meeting_heading(heading) or _MEETING_LEAD_RE.search(lead) \
            else DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and _staff_byline(page_lines, byline, source) \
            and not _outlet(source):
        # "By Dana Whitfield, NASA's Kennedy Space Center" on NASA's page: its staff writes the body's own news
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and _speaks_as_we(text, paragraphs):
        # "On 9 October we identified ...": a company or body telling its own news on its own site
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and _heading_opens_with(title, _clean(source), text):
        # "COSATU welcomes ..." over the Congress of South African Trade Unions' own page: its statement
        kind = DocumentKind.RELEASE
    above = _body_above_title(page_lines, title, source)
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and not hints.get("publisher") \
            and above:
        # "Government of India", then "Ministry of Jal Shakti" over a headline on the press bureau's site: the
        # ministry's release
        kind, hints = DocumentKind.RELEASE, {**hints, "publisher": above}
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and _product_heading(title):
        # "Storm warning: heavy snow expected in the north" on a weather service's own page: its warning
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and any(_is_issued_line(line) for line in page_lines):
        # "Issued: 4 November 2024" over a climate statement or an event summary: a body's bulletin, not a report
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and _clean(source) \
            and not _outlet(source) and _lead_by_publisher(text, _clean(source)):
        # "The City of Duluth has declared a snow emergency ..." on the city's own site: its own announcement
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.NEWS and not hints.get("kind") and not _clean(byline) and not _outlet(source) \
            and _lead_reported_by_institution(text):
        # "..., the State Data Agency of Lithuania reports." closing the lead: a body's release in its own voice
        kind = DocumentKind.RELEASE
    if kind == DocumentKind.RELEASE and not hints.get("kind") and _meeting_lead(text, paragraphs):
        kind = DocumentKind.READOUT  # "Foreign Minister X received her counterpart ...": the meeting told
    preamble_end = credit_end = intro_end = 0
    handover = _handover(text, paragraphs) if not turns else None
    intro = _speech_intro(text, paragraphs) or _delivery_intro(text, paragraphs) \
        or _text_follows_intro(text, paragraphs) or _inner_header_intro(text, paragraphs, page or "") \
        if kind in (DocumentKind.NEWS, DocumentKind.RELEASE, DocumentKind.STATEMENT) and not hints.get("speaker") \
        and (not hints.get("kind") or kind == DocumentKind.STATEMENT) \
        else None
    if intro and kind in (DocumentKind.RELEASE, DocumentKind.STATEMENT) and not hints.get("kind") \
            and _decision_lead(text, intro, _clean(source)):
        # a body's release ("The Supervisory Council decided ... The statement of the Governor follows."): the body
        # tells its decision, then its official speaks
        kind, hints, intro_end = DocumentKind.STATEMENT, {**hints, "speaker": intro[0]}, intro[1]
    elif intro:  # "President X addressed the nation ... The full text of the address follows."
        kind, hints, preamble_end = DocumentKind.STATEMENT, {**hints, "speaker": intro[0]}, intro[1]
    elif (kind in (DocumentKind.NEWS, DocumentKind.RELEASE) and not hints.get("kind")
          and (not _outlet(source) or _full_text_title(title))) \
            or (kind == DocumentKind.STATEMENT and hints.get("kind") and not hints.get("speaker")):
        # (a feed may say "speech" and leave the speaker to the page: "... Address of Mayor Ana Ruiz")
        person = _speech_author(text, paragraphs, title, head, page or "", page_lines, source, byline, hints,
                                tail or page or "", handover) \
            or _statement_type_author(page_lines, text, paragraphs, tail or page or "")
        if person:
            kind, hints = DocumentKind.STATEMENT, {**hints, "speaker": person}
            credit_end = _credit_paragraph_end(text, paragraphs)  # "The following speech was given by ..."
            intro_end = 0 if credit_end else _narrated_intro_end(text, paragraphs)
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
    if kind == DocumentKind.RELEASE:
        # "Fonte: Macao Light Rapid Transit Corporation" over the headline on a government's news portal; "CIVISA
        # Communiqué No. 14/2026" on the regional government's portal
        publisher = _source_field_body(page_lines, title) or _titled_issuer(title, text) or publisher
    if kind == DocumentKind.RELEASE and not publisher:
        publisher = _issuing_unit(page_lines, source)  # "Joint Australian Tsunami Warning Centre" / "Issued at ..."
    under_title = _lines_under_title(page or "", title, text, paragraphs)
    default = _default_speaker(kind, "\n".join([head, *under_title]), title, text, hints, publisher, source, byline,
                               tail or page or "", page_head="\n".join(page_lines))
    if kind == DocumentKind.RELEASE and not publisher:
        default = _acronym_issuer(default, _site_lines(page_lines, title), text)
    if default is None and kind in (DocumentKind.RELEASE, DocumentKind.STATEMENT):
        default = _site_name_issuer(_site_lines(page_lines, title), text)
    if kind in (DocumentKind.RELEASE, DocumentKind.STATEMENT):
        default = _acronym_body_in_full(default, text)  # "OAS General Secretariat" named in full in the text
    if not turns and kind == DocumentKind.STATEMENT and _interview(title, head):
        turns = _question_paragraphs(text, paragraphs)  # the interviewer's questions, set apart by their "?"
        kind = DocumentKind.QUESTIONS_ANSWERS if turns else kind
    if turns:
        _resolve_role_only(turns, default)
        _resolve_listed_roles(turns, page_lines + text[:turns[0].start].splitlines(),
                              lambda turn: text[turn.start:turn.body_start])
        _resolve_named_roles(turns, head + "\n" + text, page_lines + text[:turns[0].start].splitlines())
        _resolve_interpreted_turns(turns, text, page_lines + text[:turns[0].start].splitlines())
        _resolve_role_acronyms(turns, text)
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
    if not kept and credit_end and kind == DocumentKind.STATEMENT:  # the publisher's credit line: no fact of anyone's
        kept = [Turn(paragraphs[0][0], paragraphs[0][0], credit_end, None, floor=True)]
    if not kept and intro_end and kind == DocumentKind.STATEMENT:  # the publisher narrates what it then publishes
        body = publisher or _clean(source)
        kept = [Turn(paragraphs[0][0], paragraphs[0][0], intro_end,
                     Speaker(body, organization=body, speaker_type="ORG") if body else None)]
    if not kept and kind == DocumentKind.RELEASE:  # a "Quotes" section: each quotation signed on a dash line
        whole = raw or "\n".join(filter(None, [page, tail]))
        kept = sorted(_signed_quotes(text, paragraphs, whole, head) + _signed_sections(text, paragraphs, whole, head),
                      key=lambda t: t.start)  # and a foreword signed at its foot by the governor
    if not kept and kind == DocumentKind.READOUT and (publisher or _clean(source)):
        # "Joint press communiqué" under a call's readout: the text the parties agreed is the publisher's statement
        kept = _communique_turns(text, paragraphs, publisher or _clean(source))
    if not kept and kind == DocumentKind.STATEMENT:
        # a meeting's page of statements, each under its own "Delivered by ..." line: each delegate speaks theirs
        kept = _delivered_turns(text, raw or "\n".join(filter(None, [page, tail])))
    behalf = _behalf_bodies(title, head.split("\n") + page_lines) if kind == DocumentKind.STATEMENT else ()
    return Discourse(kind, kept, default, own, preamble_end, found, _heading_people(title, head, default), behalf)


# "Storm warning:", "Flood alert:", "Heat health advisory:": a heading that opens with the name of a body's product
_PRODUCT_HEADING_RE = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:warning|advisory|alert|watch|bulletin|outlook)"
                                 r"(?:\s*:|\s+[–—-])\s",
                                 re.IGNORECASE)


# "City of Duluth", "County of Kern", "Municipality of Vallena": a local government by the name of its place
_LOCAL_GOVERNMENT_RE = re.compile(
    r"^(?:The\s+)?(?:City|Town|County|Municipality|Borough|Village|Shire|District)\s+of\s+[A-Z]")


LEAD_SUBJECT_WORDS = 10  # "The Supervisory Council of the Bank of Albania": the publisher named in the lead's subject


def _decision_lead(text: str, intro: tuple[str, int], source: str) -> bool:
    """True when the release's own paragraphs above a speech it publishes tell the publisher's business ("The
    Supervisory Council of the Bank of Albania ... decided to lower the policy rate") and do not narrate the speech:
    its speaker goes unnamed in them."""
    above = text[:intro[1]]
    opening = " ".join(above.split()[:LEAD_SUBJECT_WORDS])
    return bool(source) and is_institution(source) and _mentions_name(opening, source) \
        and not _mentions_name(above, intro[0].split()[-1])


def _lead_by_publisher(text: str, source: str) -> bool:
    """True when the lead opens with the publishing institution as the subject of a verb ("The City of Duluth has
    declared ...", "Harbour Rail today announced ...")."""
    if not is_institution(source) and not _LOCAL_GOVERNMENT_RE.match(source):
        return False
    bare = re.sub(r"^(?i:the)\s+", "", source.strip())
    return re.match(rf"\s*(?:The\s+)?{re.escape(bare)}\s+(?:today\s+|has\s+|have\s+|will\s+)?[a-z]+(?:s|ed)\b",
                    text) is not None


# "..., the State Data Agency of Lithuania reports.": a present-tense reporting clause closing the lead sentence, the
# voice of a body's own release (a report tells what a body "said")
_LEAD_REPORTER_RE = re.compile(
    r"^[^\n]*?,\s+(?:the\s+)?(?P<org>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’\-]*){0,7})\s+"
    r"(?:reports|announces|informs|estimates)\s*[.!]")


def _lead_reported_by_institution(text: str) -> bool:
    m = _LEAD_REPORTER_RE.match(text.lstrip())
    return m is not None and is_institution(m.group("org"))


def _product_heading(title: str | None) -> bool:
    return bool(title) and _PRODUCT_HEADING_RE.match(title.strip()) is not None


def _heading_opens_with(title: str | None, source: str, text: str) -> bool:
    """True when the headline opens with the page's publisher as its subject: its name, or the acronym the page gives
    it ("Irish Farmers' Association" as "IFA", "Congress of South African Trade Unions (COSATU)")."""
    if not title:
        return False
    bare = re.sub(r"^(?i:the)\s+", "", source)  # "The Barbados Workers' Union" is the "BWU"
    bracketed = re.search(rf"{re.escape(bare)}\s*\((?P<acronym>[A-Z]{{2,8}})\)", text)
    names = {bare, names_initials(bare)} | ({bracketed.group("acronym")} if bracketed else set())
    # "COSATU welcomes ...", or "BWU Statement on the wage talks": a verb, or the kind of statement it issues
    kinds = "|".join(re.escape(kind) for kind in sorted(lexicon("statement_types"), key=len, reverse=True))
    return any(len(name) >= 2 and re.match(rf"(?:The\s+)?{re.escape(name)}\s+(?:[a-z]|(?i:{kinds})\s+(?i:on|about)\b)",
                                           title) for name in names)


# "– The Honourable Ana Ruiz, Minister of Energy": the line that signs the quotation above it in a "Quotes" section.
_SIGNATURE_LINE_RE = re.compile(r"^[–—-]\s*(?P<name>[A-Z][^,\n]{2,80}?)\s*(?:,\s*(?P<role>[^\n]{2,160}))?$")
_QUOTE_LINE_RE = re.compile(r"^[\"“].+[\"”]$")
# "Joint press communiqué" as a heading, or "... agreed on the following joint press communiqué:" introducing it
_COMMUNIQUE_RE = re.compile(r"(?im)^(?:[^\n]*\bfollowing\s+)?joint\s+(?:press\s+|news\s+)?"
                            r"(?:communiqu[ée]|statement|declaration)\s*(?::\s*)?$"
                            # "... the two ministers issued a Joint Press Statement. Excerpt:"
                            r"|^[^\n]*\bjoint\s+(?:press\s+|news\s+)?(?:communiqu[ée]|statement|declaration)\b[^\n]*"
                            r"\b(?:excerpt|extract|text|reads?)\s*:\s*$")


def _communique_turns(text: str, paragraphs: list[tuple[int, int]], publisher: str) -> list[Turn]:
    """The paragraphs after a readout's "Joint press communiqué" heading or its introduction, to the end of the
    text, as one turn of the publisher, which issues the text the parties agreed (their "Both sides will ..." are no
    narration)."""
    found = [m for m in _COMMUNIQUE_RE.finditer(text)]
    if not found:
        return []
    start = next((s for s, _ in paragraphs if s > found[-1].end()), None)
    if start is None:
        return []
    speaker = Speaker(publisher, organization=publisher, speaker_type="ORG")
    return [Turn(start, start, len(text), speaker)]


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


# "Quito, Nov 20 (EFE).- ...", "GENEVA, 3 March (Example Wire) - ...": a wire story's dateline credits its agency
_WIRE_DATELINE_RE = re.compile(r"^[A-ZÀ-Ý][^\n()]{1,60}?\((?P<agency>[A-Z][\w .&'-]{1,40})\)\s*[.,]?\s*[-–—]", re.M)


def _wire_story(text: str, source: str) -> bool:
    """True when the text opens with a dateline crediting the publisher ("(EFE).-" on Agencia EFE's page, "(IP)" on
    the Agencia de Información Paraguaya's): an agency's story, though its name reads like an institution's."""
    initials = names_initials(source)
    agency = any(word.lower() in lexicon("news_agency_words") for word in source.split())
    return any(m.group("agency").strip() in source or (agency and m.group("agency").strip() in initials)
               for m in _WIRE_DATELINE_RE.finditer(text[:HEAD_CHARS]))


BODY_KEY_CHARS = 40  # the first characters of the text, to find where its body starts on the page


def _delivery_lines_above(page: str, text: str) -> list[str]:
    """"Delivered by Ms. Ana Ruiz, First Secretary" further down a long page head than its first lines (a portal's
    fields over a statement's own cover): the lines that open with the delivery, between the head read and the
    text's first words."""
    lines = [line.strip() for line in page[HEAD_CHARS * 2:].splitlines() if _DELIVERED_BY_RE.match(line.strip())]
    if not lines:
        return []
    key = " ".join(text.split())[:BODY_KEY_CHARS]
    flat = " ".join(page.split())
    body = flat.find(key) if key else -1
    return [line for line in lines if 0 <= flat.find(" ".join(line.split())) < body]


MIN_DELIVERED_STATEMENTS = 2
MIN_OPENING_WORDS = 5  # the first line of prose under a delivery line, found again in the cleaned text
OPENING_KEY_CHARS = 80  # as much of that line as is looked for (the cleaned text may wrap or trim its end)
_DELIVERED_BY_RE = re.compile(r"^\W*(?i:delivered|presented)\s+by\b")


def _head_lines(page: str) -> list[str]:
    """The lines of the page's head: its first ``HEAD_CHARS * 2`` characters, the last line kept whole (a speakers
    list runs long)."""
    end = page.find("\n", HEAD_CHARS * 2)
    return page[:end if end >= 0 else len(page)].splitlines()


def _delivered_turns(text: str, raw: str) -> list[Turn]:
    """Turns of a page that carries several statements, each under a line naming who delivered it ("1. KAZAKHSTAN,
    on behalf of ..." / "Delivered by H.E. Mr. Dauren Akhmetkaliyev, Ambassador ..."): each turn runs from the first
    paragraph of prose under its delivery line to the next statement's. Fewer than two such lines: none."""
    starts: list[tuple[int, str]] = []
    lines = raw.splitlines()
    for k, line in enumerate(lines):
        if not _DELIVERED_BY_RE.match(line.strip()):
            continue
        person = _delivered_by_person([line.strip()])
        opening = next((later.strip() for later in lines[k + 1:] if len(later.split()) >= MIN_OPENING_WORDS), None)
        at = text.find(opening[:OPENING_KEY_CHARS]) if person and opening else -1
        if at >= 0 and (not starts or at > starts[-1][0]):
            starts.append((at, person))
    if len({person for _, person in starts}) < MIN_DELIVERED_STATEMENTS:
        return []
    ends = [at for at, _ in starts[1:]] + [len(text)]
    return [Turn(at, at, end, Speaker(person)) for (at, person), end in zip(starts, ends)]


def _meeting_lead(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """The page's first sentence tells of a meeting or a call ("Foreign Minister X received her Argentine counterpart,
    Y, at the Foreign Ministry on Thursday.")."""
    lead = text[: paragraphs[0][1]] if paragraphs else text
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead.strip(), maxsplit=1)[0]
    return _meeting_heading(first) or _MEETING_LEAD_RE.search(lead) is not None
