"""Speaker labels printed apart from their turn ("MS. SINGH:" on its own line, "Maria Lopez (Spokesperson)",
"Lars Holm -- Chief Financial Officer", "SOW — ...", a time stamp beside the label) are joined back onto the turn
as "<label>: ...", the one shape every later stage (and ``discourse``) reads."""

from __future__ import annotations

import re

from .. import issuer, language
from ._shared import MIN_SHORT_PROSE_WORDS, SENTENCE_END, _Line, _ends_sentence, _fold, _word_count
from .chrome import _chrome_kind, _line_pattern


# A speaker label alone on its line: a few capitalised words and a colon ("MS. SINGH:", "Q:").
# "MR. HALE:", "NUNO RIBEIRO (REN):": a label, maybe with an outlet or a body in brackets, alone on its line
LABEL_LINE = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5})(?:\s*\([^()\n]{2,40}\))?\s*:$")
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
# "Mette Kjærgaard -- Chief Executive Officer", "Sophie Durand -- Exane BNP Paribas -- Analyst": a name line whose
# role, firm or outlet follow after double hyphens or dashes, as call transcripts print them above each turn
# (a hyphen inside a word is part of the name: "Celeste Bautista-Yap -- Chief Financial Officer")
DASHED_NAME_LINE = re.compile(r"^(?P<name>(?:[^-–—()\n]|(?<=\w)-(?=\w)){2,60}?)[ \t]+(?:--|[–—])[ \t]+"
                              r"(?P<rest>[^()\n]{2,80})$")
DASHED_PART = re.compile(r"[ \t]+(?:--|[–—])[ \t]+")
# "SOW — Our laboratory network ...", "Mayor Lisa Grant - Good morning.": a speaker label before a dash at the start
# of a turn
DASH_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4}(?:[ \t]*\([^()\n]{2,60}\))?)"
                        r"[ \t]+[—–-][ \t]+(?=\S)")
MIN_DASH_LABELS = 3  # turns opening with "<LABEL> — " before the page counts as labelled that way
MIN_DASH_TURN_WORDS = 3  # words after the dash of such a turn, which ends like a sentence ("Next, Peter Ochieng.")
# an unnamed speaker of a recorded transcript: "Speaker 3"
UNNAMED_SPEAKER = re.compile(r"speaker \d{1,2}")
# a numbered question label of a recorded transcript: "Reporter 1", "Journalist 2"
NUMBERED_LABEL = re.compile(r"(?P<label>.+?)[ \t]+\d{1,2}")
MIN_NAME_LABELS = 3
MAX_LABEL_LINE_WORDS = 6


def _join_speaker_labels(lines: list[_Line]) -> list[_Line]:
    """A transcript that prints each speaker label on its own line ("MR. HALE:" above what he says, or a name with
    no colon, "Maria Lopez (Spokesperson)", "Lars Holm -- Chief Financial Officer") gets the label back at the start
    of the turn, as "<label>:", where every later stage reads speaker labels; so do labels set in bold or before an
    em dash."""
    stamped: set[int] = set()  # label lines that carried the time of their turn: "Rosa Quispe (00:01:05):"
    for line in lines:  # "Governor Dana Mercer: (00:00)": the time of the turn in a recording goes
        before = line.text
        line.text = LABEL_TIMESTAMP.sub(r"\g<label>", line.text, count=1).rstrip()
        line.text = TIMESTAMP_LABEL.sub("", line.text, count=1)
        line.text = LABEL_TIME_COLON.sub(r"\g<label>:", line.text, count=1)
        if line.text != before and _is_stamped_label(line.text):
            stamped.add(id(line))
    _bracket_dashed_names(lines)
    _colon_dash_labels(lines)
    names = _name_label_lines(lines)
    out: list[_Line] = []
    for index, line in enumerate(lines):
        previous = out[-1] if out else None
        if previous is not None and (_is_label_line(previous.text) or _is_stamped_label(previous.text)
                                     and id(previous) in stamped) \
                and not _is_label_line(line.text) and id(line) not in stamped:
            previous.text = f"{previous.text} {line.text}"
            previous.block = line.block
            continue
        if previous is not None and index - 1 in names:
            previous.text = f"{previous.text}: {line.text}"
            previous.block = line.block
            continue
        out.append(line)
    return out


def _dashed_name(text: str) -> str | None:
    """"Lars Holm -- Chief Financial Officer" -> "Lars Holm (Chief Financial Officer)": a call transcript's name
    line in the bracketed shape of the other name labels (a name of two to five capitalised words), else None."""
    m = DASHED_NAME_LINE.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_LABEL_WORDS or not all(w[:1].isupper() for w in words) \
            or SENTENCE_END.search(m.group("rest")) or issuer.is_institution(name):
        return None  # ("BANK OF BOTSWANA — Governor's remarks": a printout's running header, no one's name)
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


def _is_stamped_label(text: str) -> bool:
    """"Rosa Quispe:", "Reporter 1:" left alone on a line once the time of the turn is gone: a recording's transcript
    stamps only its speaker labels, so any name or role of a few words there is one."""
    match = LABEL_LINE.match(text)
    return match is not None and _word_count(text) <= MAX_LABEL_LINE_WORDS \
        and " ".join(match.group("label").lower().split()) not in language.lexicon("label_exclusions")


def _is_label_line(text: str) -> bool:
    """"MR. HALE:", "Q:", "Moderator:", "Ambassador Lee:": a speaker label alone on its line."""
    match = LABEL_LINE.match(text)
    if match is None or _word_count(text) > MAX_LABEL_LINE_WORDS:
        return False
    label = " ".join(match.group("label").lower().split())
    if label in language.lexicon("label_exclusions") or _line_pattern("chrome_sections").search(label):
        return False
    last = match.group("label").split()[-1]
    if last.islower() and last in language.stop_words():
        return False  # "The Ombudsman recommends that:": a sentence that leads into a list, no speaker's label
    if _chrome_kind(text, _fold(text)) is not None or _line_pattern("chrome_banners").search(_fold(text)):
        return False
    roles = language.lexicon("question_labels") | language.lexicon("floor_labels") | language.lexicon(
        "answer_labels")
    letters = [c for c in label if c.isalpha()]
    shouted = len(letters) >= 2 and match.group("label").isupper()
    titled = label.split()[0] in language.lexicon("label_titles")
    numbered = NUMBERED_LABEL.fullmatch(label)
    return label in roles or shouted or titled or UNNAMED_SPEAKER.fullmatch(label) is not None \
        or (numbered is not None and numbered.group("label") in language.lexicon("question_labels"))
