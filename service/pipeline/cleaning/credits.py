"""Lines that credit the page's publisher in passing, each with its ``SOURCE_PRIORITY``: a promotion of the outlet's
app, edition or social accounts ("Download the <Outlet> app", "Follow the <Ministry> on Facebook | X"), a footer
naming the owner of the site's content ("Content owned by the <Office>"), a release's citation line ("Suggested
citation: <Body> (2025). ..."), a bulletin's "Prepared by the <Body>, ..." line, a press conference's "Moderator:
<Name>, <job>, <Body>" line, a wire report's contribution credit ("<Agency> writer <Name> in <City> contributed to this
report."), and a release's "Notes to editors", in which its issuer describes itself."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import SOURCE_PRIORITY, _function_unit, _Line
from .bylines import _is_person_name, _is_title
from .sitenames import _site_name

MAX_CREDIT_NAME_WORDS = 8
MIN_BODY_WORDS = 2
# "... contact the Examplia Geological Survey.", "... of Examplia. The minister ...": a sentence's full stop ends a name
SENTENCE_STOP = re.compile(r"(?<=[a-z])\.(?:\s.*)?$")
CONNECTOR_WORDS = language.lexicon("name_connectors")
_CONNECTOR = "(?:" + "|".join(sorted(map(re.escape, language.lexicon("name_connectors")), key=len, reverse=True)) + ")"
# A name in capitalised words, maybe with lower-case particles inside ("Prime Minister's Office of Malaysia")
NAME = rf"[A-Z][\w'’&.-]*(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*[A-Z][\w'’&.-]*){{0,{MAX_CREDIT_NAME_WORDS - 1}}}"

# "Download the Kootenay Ledger app", "Read today's e-edition of the Kootenay Ledger", "Follow the Ministry of
# Finance on Facebook | X | YouTube", "More from the West Cork Examiner": the site promotes its own app, edition,
# accounts or stories under its name.
PROMOTION = re.compile(
    rf"^(?i:download|get)[ \t]+(?i:the[ \t]+)?(?P<app>{NAME})[ \t]+(?i:app|mobile app)\b"
    rf"|^(?i:read[ \t]+(?:today['’]s[ \t]+|the[ \t]+(?:latest[ \t]+)?|our[ \t]+)?"
    rf"(?:e-?edition|e-?paper|digital[ \t]+edition|print[ \t]+edition)[ \t]+of)[ \t]+(?i:the[ \t]+)?(?P<edition>{NAME})"
    rf"|^(?i:follow)[ \t]+(?i:the[ \t]+)?(?P<social>{NAME})[ \t]+(?i:on)[ \t]+"
    rf"(?i:facebook|x|twitter|instagram|youtube|linkedin|threads|tiktok|whatsapp|social[ \t]+media)\b"
    rf"|^(?i:more[ \t]+(?:news[ \t]+|stories[ \t]+)?from)[ \t]+(?i:the[ \t]+)?(?P<more>{NAME})[ \t]*$")
# "Sign up for the Harbour City Sentinel newsletter": the outlet's newsletter, under its name (a newsletter may have a
# name of its own, so the masthead comes first)
NEWSLETTER = re.compile(
    rf"^(?i:sign[ \t]+up[ \t]+(?:for|to)|subscribe[ \t]+to|get)[ \t]+(?i:the[ \t]+)?(?P<letter>{NAME}?)"
    r"(?:['’]s?)?[ \t]+(?i:(?:daily[ \t]+|weekly[ \t]+|morning[ \t]+|free[ \t]+)?(?:e-?mail[ \t]+)?newsletters?)\b")
# "Papua New Guinea National Weather Service © 2025. All rights reserved.": the holder's name before the sign
NAME_BEFORE_COPYRIGHT = re.compile(
    rf"^(?P<org>{NAME}?)[ \t]*(?:©|\((?i:c)\)|(?i:copyright))[ \t]*(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?)?"
    r"[ \t]*(?:[.,|]|$)")
# "Publisher: Ministry of Health and Care Services", "Page owner: <Body>": a metadata field naming the publisher
PUBLISHER_FIELD = re.compile(
    r"^(?i:publisher|published[ \t]+by|page[ \t]+owner|content[ \t]+owner"
    r"|responsible[ \t]+for[ \t]+(?:this|the)[ \t]+page)"
    rf"[ \t]*:[ \t]*(?i:the[ \t]+)?(?P<org>{NAME})[ \t]*$")
# "Content owned by the Prime Minister's Office of Malaysia", "Website content managed by Ministry of External Affairs,
# Government of India", "This website is owned and maintained by the <Body>": the body whose site it is.
_KEEPING = r"(?:owned|managed|maintained|updated)"  # not "provided" or "hosted": a supplier or a host
CONTENT_OWNER = re.compile(
    rf"^(?i:(?:this[ \t]+)?(?:(?:web[ \t]?site|site|portal|page)[ \t]+)?(?:content[ \t]+)?(?:is[ \t]+)?"
    rf"{_KEEPING}(?:[ \t]*(?:,|and|&)[ \t]*{_KEEPING})*[ \t]+by)[ \t]+(?i:the[ \t]+)?(?P<org>{NAME})")
CONTENT_WORD = re.compile(r"^(?i:(?:this[ \t]+)?(?:web[ \t]?site|site|portal|page|content))\b")
# "Suggested citation: Ghana Statistical Service (2025). Consumer Price Index ...": the body that authors the release.
CITATION = re.compile(
    rf"^(?i:(?:suggested|recommended|preferred)[ \t]+citation|citation"
    rf"|(?:please[ \t]+)?cite[ \t]+(?:this[ \t]+\w+[ \t]+)?as|how[ \t]+to[ \t]+cite(?:[ \t]+this[ \t]+\w+)?)"
    rf"[ \t]*:[ \t]*(?P<org>{NAME})[ \t]*"
    r"(?:\([ \t]*(?:19|20)\d\d[ \t]*\)|,[ \t]*(?:19|20)\d\d\b)")
# "Andean Press writer Lucía Quispe in Cusco contributed to this report.": the agency whose staff wrote the story.
WRITER_CREDIT = re.compile(
    rf"^(?P<org>{NAME})[ \t]+(?i:(?:staff[ \t]+)?(?:writers?|reporters?|correspondents?|journalists?))[ \t]+[A-Z]"
    r".{0,160}?[ \t](?i:contributed)\b[^.]*\.?$")


# "Prepared by the National Drought Management Authority, Lonrho House, Nairobi": the body that wrote the bulletin.
PREPARED_BY = re.compile(rf"^(?i:prepared|compiled|produced)[ \t]+(?i:by)[ \t]*:?[ \t]+(?i:the[ \t]+)?(?P<org>{NAME})"
                         r"[ \t]*(?:,|\.|$)")
# "Moderator: Sanna Lehto, Communications Director, Ministry of Transport and Communications": the host's staff
# runs the press conference on its own page; the institution after the person and their job hosts it.
HOST_CREDIT = re.compile(r"^(?i:moderator|moderated[ \t]+by|host|hosted[ \t]+by|chair|chaired[ \t]+by|facilitator)"
                         rf"[ \t]*:?[ \t]+[A-Z][^,]{{1,60}},(?:[^,]{{1,60}},)?[ \t]*(?i:the[ \t]+)?(?P<org>{NAME})"
                         r"[ \t]*$")


# "For more information, contact the Communications Office of Tonga Geological Services on +676 23 000.": a closing
# sentence that sends readers to the body (or to its office) whose page it is.
CONTACT_SENTENCE = re.compile(
    r"^(?i:for[ \t]+(?:further|more)[ \t]+(?:information|details)[ \t]*,?[ \t]*(?:please[ \t]+)?contact)[ \t]+"
    rf"(?i:the[ \t]+)?(?P<org>{NAME})")
OFFICE_OF = re.compile(r"^(?P<unit>.+?)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<owner>[A-Z].*)$")
SIGNATURE_LINES = 4  # "Signed" / name / job / body: a signature block at the foot of a statement


def _collect_credits(lines: list[_Line], index: int, sources: list) -> None:
    """The publisher a line credits in passing (see the module's doc), with the line dropped as chrome."""
    text = lines[index].text.strip()
    for pattern, priority, kind in (
        (PROMOTION, "site_prompt", "widget"), (CONTENT_OWNER, "official_site", "banner"),
        (CITATION, "source_line", "source"), (WRITER_CREDIT, "footer_name", "credit"),
        (PREPARED_BY, "footer_name", "source"), (HOST_CREDIT, "footer_name", "credit"),
        (CONTACT_SENTENCE, "footer_name", "contact"), (NEWSLETTER, "footer_name", "widget"),
        (NAME_BEFORE_COPYRIGHT, "copyright", "prompt"), (PUBLISHER_FIELD, "source_line", "source"),
    ):
        match = pattern.match(text)
        if match is None or (pattern is CONTENT_OWNER and not CONTENT_WORD.match(text)):
            continue
        name = SENTENCE_STOP.sub("", next(group for group in match.groups() if group))
        if pattern is not PUBLISHER_FIELD:  # a "Publisher:" field names the unit that publishes, by its own name
            name = _unit_owner(name)
        if not _credited_body(name):  # "Follow the Prime Minister on X": a person's accounts, not the site's
            continue
        if pattern is HOST_CREDIT and not issuer.is_institution(name):  # a journalist moderating for an outlet
            continue
        sources.append((SOURCE_PRIORITY[priority], index, name.strip()))
        lines[index].drop = lines[index].drop or kind
        return
    body = _signature_body(lines, index)
    if body:
        sources.append((SOURCE_PRIORITY["footer_name"], index, body))
        lines[index].drop = lines[index].drop or "signature"


def _unit_owner(name: str) -> str:
    """"Communications Office of Tonga Geological Services" -> the body the office works for; other names as they
    are."""
    match = OFFICE_OF.match(name)
    return match.group("owner") if match and _function_unit(match.group("unit")) else name


def _signature_body(lines: list[_Line], index: int) -> str | None:
    """The body a signature block at the page's foot signs for: its name on the last lines, under the signatory's
    job and name ("Dr. Amina Yusuf" / "Secretary General" / "Nigerian Medical Association"), else None."""
    if index < max(2, len(lines) - SIGNATURE_LINES):
        return None
    name, job, body = (lines[i].text.strip() for i in (index - 2, index - 1, index))
    if not (_is_title(job) and _is_person_name(name) and not issuer.is_institution(name) and not _is_title(body)):
        return None
    return (_site_name(body) or body) if _credited_body(body) else None


def _credited_body(name: str) -> bool:
    """An institution's, outlet's or company's name ("Tonga Geological Services": capitalised words ending in an
    organisation's last word, lexicon ``org_suffixes``); a person's or a place's is no publisher."""
    words = name.split()
    named = len(words) >= MIN_BODY_WORDS and all(w[:1].isupper() or w in CONNECTOR_WORDS for w in words) \
        and words[-1].lower() in language.lexicon("org_suffixes")
    return named or _site_name(name) is not None or issuer.is_institution(name)


# "Notes to editors" / "1. The Scottish Fiscal Commission is the independent fiscal institution for Scotland.": the
# end matter of a release, in which its issuer describes itself.
NOTES_HEADING = re.compile(
    r"^(?:notes?[ \t]+(?:to|for)[ \t]+(?:news[ \t]+)?editors?|editors?['’]?[ \t]+notes?)[ \t]*:?$", re.I)
NOTE_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|[•*-])[ \t]+")
SELF_NAMED = re.compile(rf"^(?:The[ \t]+)?(?P<name>{NAME})[ \t]+(?:is|are)[ \t]+(?:a|an|the|one)\b")


def _mark_editor_notes(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """A release's "Notes to editors" and everything under it are end matter, no body text; a note in which a body
    describes itself ("The <Body> is the ...") names the publisher when nothing better does."""
    for index in range((title_index or 0) + 1, len(lines)):
        if not NOTES_HEADING.match(lines[index].text.strip()):
            continue
        for number, line in enumerate(lines[index:], start=index):
            match = SELF_NAMED.match(NOTE_NUMBER.sub("", line.text.strip()))
            if match and _credited_body(match.group("name")):
                sources.append((SOURCE_PRIORITY["about"], number, match.group("name")))
            line.drop = line.drop or "boilerplate"
        return


# "MODERATOR: Good morning and welcome to the Ghana Armed Forces' weekly press briefing.", "Welcome to this press
# conference of the Ministry of Environment": the host names itself as it opens the briefing.
_GATHERING = r"(?:[a-z]+[ \t]+){0,3}(?:press[ \t]+|news[ \t]+|media[ \t]+)?(?:briefing|conference|update)"
WELCOME = re.compile(
    rf"\b(?i:welcome)[ \t]+(?:(?i:you|everyone|all)[ \t]+)?(?i:to)[ \t]+(?:(?i:the|this|today['’]s)[ \t]+)?"
    rf"(?:(?P<owner>{NAME}?)['’]s?[ \t]+{_GATHERING}|{_GATHERING}[ \t]+(?i:of|by|from)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?P<host>{NAME}))")
WELCOME_LINES = 4  # the opening lines of a transcript, where its moderator welcomes the press


def _collect_welcome(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """The host a transcript's moderator names in the welcome, the publisher when no other line names one."""
    if sources:
        return
    kept = [(index, line) for index, line in enumerate(lines) if index > (title_index or 0) and line.drop is None]
    for index, line in kept[:WELCOME_LINES]:
        match = WELCOME.search(line.text)
        name = SENTENCE_STOP.sub("", match.group("owner") or match.group("host")).rstrip("'’") if match else None
        if name and _credited_body(name):
            sources.append((SOURCE_PRIORITY["heading"], index, name))
            return

