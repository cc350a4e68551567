"""Speaker turns from the labels at paragraph starts ("MS. SINGH:", "Q:", "Lt. Col. Charlie Dietz:",
"Mette Lind, Member of the Commission. –"): which labels count, question and floor turns, a transcript's key of
initials, and the speaker a label names (a short form resolved to the full name given earlier)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities import ROLE_HEADS
from ..language import NAME_CAPITALS, lexicon, phrase_pattern
from ._shared import (
    HEAD_CHARS, LABEL_PAREN_CHARS, MAX_LABEL_CHARS, MAX_LABEL_FUNCTION_CHARS, MAX_LABEL_FUNCTION_WORDS,
    MAX_LABEL_WORDS, MAX_TITLED_LABEL_CHARS, MIN_ASKER_LETTERS, MIN_FLOOR_TURNS, MIN_SURNAME_TURNS, MIN_TURNS,
    MIN_TURNS_WITHOUT_QUESTION, _clean, _norm_label,
)
from .model import Speaker, Turn
from .people import (
    PERSON_NAME_WORDS, _HONORIFIC_PREFIX_RE, _LOWER_PARTICLES, _STYLE_PREFIX_RE, _body_word, _case, _is_institution,
    _is_title_word, _person_name, _role_holder, _role_key, _role_text, _signed_holder, _split_role, _surname,
    _title_inside, _titled_holder, _written_form,
)


# A label: up to MAX_LABEL_WORDS capitalised words (dots, hyphens and apostrophes inside), an optional
# parenthetical "(United States)", then a colon, or a full stop and a dash as a verbatim report of a parliament
# prints it ("Mette Lind, Member of the Commission. – Madam President, ..."); or a bare "Q" before a capitalised
# word.
_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,%d})"
    # "Official Spokesperson, Shri Arvind Rao:", "Rahul Mehta, Press Trust of India:": a role or an outlet after a comma
    # "HICHAM EL AMRANI, Minister Delegate in charge of Relations with Parliament, Government Spokesperson:": a
    # function long enough to take a comma of its own; "Ana Lungu, press officer:": one in lower case
    r"(?:,[ \t]+(?P<second>[A-Za-z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,%d}"
    r"(?:,[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,%d})?))?"
    # "Allison Hart [NATO Spokesperson]:": a role may stand in square brackets; "JOSEPH ABELLERA/MANILA LEDGER:": a
    # reporter's outlet after a slash
    r"(?:[ \t]*(?:\((?P<paren>[^()\n]{1,%d})\)|\[(?P<bracket>[^\[\]\n]{1,%d})\]"
    r"|/[ \t]*(?P<slash>[A-Z][\w.'’&\-]*(?:[ \t]+[\w.'’&\-]+){0,%d})))?"
    r"(?:[ \t]*:|(?P<dash>\.[ \t]*[–—-]))(?:\s+|$)"
    % (MAX_LABEL_WORDS - 1, MAX_LABEL_FUNCTION_WORDS - 1, MAX_LABEL_WORDS - 1, LABEL_PAREN_CHARS - 4,
       LABEL_PAREN_CHARS - 4, MAX_LABEL_WORDS - 1)
)
_DASH_RE = re.compile(r"\.[ \t]*[–—-](?=\s)")
# "○ 사회자(Moderator):", "● 차장 (Deputy Commissioner):": a label in another script, glossed in English in brackets,
# maybe after a bullet: the gloss is the label
_GLOSSED_LABEL_RE = re.compile(
    r"(?:[○◯●■□◆◇▶►•▪][ \t]*)?[^\x00-\x7F\s():]{1,20}(?:[ \t]+[^\x00-\x7F\s():]{1,20}){0,3}[ \t]*"
    r"\((?P<label>[A-Z][\w.'’\-]*(?:,?[ \t]+[\w.'’\-]+){0,%d})\)[ \t]*:(?:\s+|$)" % (MAX_LABEL_WORDS + 1))
# "ترجمان / SPOKESPERSON AMBASSADOR SADIA M. HASHMI-LODHI:", "سوال / QUESTION (Dawn, ...):": the label in the page's
# own script, then in English after a slash: the English label is read
_NATIVE_LABEL_PREFIX_RE = re.compile(r"[^\x00-\x7F\s/:][^/:\n]{0,60}?[ \t]+/[ \t]+(?=[A-Z])")
# "DIRECTOR GENERAL (CRISIS MANAGEMENT UNIT) OMER F. JADOON-BALOCH:": a role, its unit in brackets, then the holder's
# name: the role and the name make the label
_UNIT_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4})[ \t]*\((?P<unit>[^()\n]{2,%d})\)[ \t]+"
    r"(?P<name>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,4})[ \t]*:(?:\s+|$)" % LABEL_PAREN_CHARS)
# "○ Moderator:", "▶ Deputy Commissioner:": a bullet before a label
_LABEL_BULLET_RE = re.compile(r"[○◯●■□◆◇▶►•▪][ \t]*(?=[A-Z])")
# "Q. How many ...", "41  Q. How many ...": a bare question label, maybe after a transcript's line number
MAX_LINE_NUMBER_CHARS = 5
_BARE_Q_RE = re.compile(r"(?:\d{1,4}[ \t]+)?(?P<label>Q\.?)[ \t]+(?=[A-Z“\"])")
# "A. Japan will provide ...": a bare answer label, read only on a page whose questions are labelled bare "Q."
_BARE_A_RE = re.compile(r"(?:\d{1,4}[ \t]+)?(?P<label>A\.)[ \t]+(?=[A-Z“\"])")
# "MR. DECLAN FARRELLY, PROGRAMME DIRECTOR, UISCE ÉIREANN, CROSS-EXAMINED BY MR. RUAIRÍ KINSELLA SC:": a hearing's
# heading over a witness's answers, the witness's name before the first comma
_WITNESS_RE = re.compile(r"(?P<label>[A-Z][^,:\n]{2,60}),[^\n]*?\b(?i:(?:cross-|re-)?examined\s+by|sworn|affirmed)\b"
                         r"[^\n]*:[ \t]*$")
_UNNAMED_SPEAKER_RE = re.compile(r"speaker \d{1,2}")  # "Speaker 3:" in the transcript of a recording
_NUMBERED_RE = re.compile(r"(?P<label>.+?)[ \t]+\d{1,2}")  # "Reporter 1:", "Journalist 2:" in such a transcript
_NAME_WORD_RE = re.compile(rf"^[{NAME_CAPITALS}][\w'’\-]*\.?$")


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
           key: dict[str, Speaker] | None = None, page: str = "") -> list[Turn]:
    key = key or {}
    found = []  # (start, body_start, label, paren, strength)
    bare_answers: list[int] = []
    askers: set[int] = set()  # paragraphs opening with an outlet's one-word label before a question ("SVT:")
    offices: dict[int, str] = {}  # paragraphs labelled "<OFFICE> (<Name>):": the office
    witnesses: set[int] = set()  # a hearing's headings over a witness's "A." answers
    glossed_roles: set[int] = set()  # paragraphs labelled with a role and its unit in an English gloss
    for start, end in paragraphs:
        window = min(end, start + MAX_LABEL_CHARS + LABEL_PAREN_CHARS)
        witness = _WITNESS_RE.match(text, start, end)
        if witness and _person_name(_HONORIFIC_PREFIX_RE.sub("", witness.group("label")).title()):
            witnesses.add(start)
            found.append((start, witness.end(), witness.group("label"), None, "strong"))
            continue
        if text.find(":", start, window) < 0 and not _DASH_RE.search(text, start, window) \
                and not _BARE_Q_RE.match(text, start, end) and not _BARE_A_RE.match(text, start, end):
            continue
        bullet = _LABEL_BULLET_RE.match(text, start, end) or _NATIVE_LABEL_PREFIX_RE.match(text, start, end)
        glossed = _GLOSSED_LABEL_RE.match(text, start, end)
        m = glossed or _UNIT_LABEL_RE.match(text, bullet.end() if bullet else start, end) \
            or _LABEL_RE.match(text, bullet.end() if bullet else start, end) or _BARE_Q_RE.match(text, start, end)
        if m is None and _BARE_A_RE.match(text, start, end):
            bare_answers.append(start)
            m = _BARE_A_RE.match(text, start, end)
        if m is None:
            continue
        label = m.group("label") + (" " + m.group("name") if m.re is _UNIT_LABEL_RE else "")
        if glossed:
            label = _gloss_label(label, head + "\n" + text)
            if "," in label:
                glossed_roles.add(start)
        second = m.groupdict().get("second")
        office_holder = _office_holder(label, m.groupdict().get("paren"))
        if office_holder:  # "The Minister for Housing, Local Government and Heritage (Deputy Conor Brady):"
            offices[start] = label  # the office is the holder's role: a later bare "MINISTER:" is the same person
            label, second = office_holder, None
        if second:  # a verbatim report gives any function after the name: "Mette Lind, Member of the Commission. –"
            dashed = m.groupdict().get("dash") and _person_name(label)
            label = label if dashed else _comma_label(label, second, text[start:end])
            if label is None:
                continue
        strength = "strong" if label in key or glossed else _label_strength(label)
        if strength == "weak" and m.groupdict().get("dash"):
            strength = "strong"  # "Name, Role. – ": only a verbatim report's speaker label has that shape
        if strength == "weak" and _named_in(label, head):
            strength = "strong"  # "Lin Hao:" under "Spokesperson Lin Hao's Regular Press Conference"
        if _asker_label(label, text, start, end):
            askers.add(start)
            strength = strength or "weak"
        if strength != "strong" and _named_surname(label, head):
            strength = "strong"  # "Aavik:" under "Interview with Katrin Aavik, Governor of ..."
        if strength is None and _named_tail(label.split(), head):
            strength = "strong"  # "Krašto apsaugos ministras Mindaugas R. Vaitkus:": a native role, a listed name
        if strength:
            paren = None if office_holder else (m.groupdict().get("paren") or m.groupdict().get("bracket")
                                                or m.groupdict().get("slash"))
            found.append((start, min(m.end(), end), label, paren, strength))
    found = _without_form_fields(found, paragraphs, text)
    if not any(f[2] in ("Q", "Q.") and f[1] - f[0] <= len("Q. ") + MAX_LINE_NUMBER_CHARS for f in found):
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
    witness: Speaker | None = None  # the witness a hearing's heading names answers its "A." turns
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
            turns.append(Turn(start, body, end, witness))
        elif label in key:
            turns.append(Turn(start, body, end, key[label]))
        elif start in glossed_roles:  # "Director, Disaster Response": a role, whose holder a list may name
            known.append(Speaker(label, role=label))
            turns.append(Turn(start, body, end, known[-1]))
        else:
            speaker = _label_speaker(label, paren, known, text, head, page)
            witness = speaker if start in witnesses else witness
            if paren and _norm_label(paren) in lexicon("floor_labels"):  # "Lepik-Oja (moderaator):" runs the floor
                known.append(speaker)
                turns.append(Turn(start, body, end, speaker, floor=True))
                continue
            if start in offices and speaker.role is None:
                speaker = replace(speaker, role=_role_text(offices[start].split()))
            known.append(speaker)
            turns.append(Turn(start, body, end, speaker))
    return turns


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")  # a turn says sentences; a form's value is a phrase or a code
MIN_FORM_FIELDS = 3  # "VOLCANO: ...", "SOURCE: ...", "NOTICE NUMBER: ...": a form's fields, a line each
MAX_FIELD_CHARS = 120  # a field's line: a label and a short value, no turn's paragraph


def _without_form_fields(found: list[tuple], paragraphs: list[tuple[int, int]], text: str) -> list[tuple]:
    """The labelled paragraphs less those of a form the page quotes: runs of at least MIN_FORM_FIELDS adjacent
    short one-line paragraphs under distinct shouted labels, none of which labels any other paragraph (people taking
    turns speak again; a form names each field once)."""
    order = {start: k for k, (start, _end) in enumerate(paragraphs)}
    ends = dict(paragraphs)
    counts: dict[str, int] = {}
    for f in found:
        counts[f[2]] = counts.get(f[2], 0) + 1

    def field(f: tuple) -> bool:
        line = text[f[0]:ends.get(f[0], f[0])].strip()
        value = text[f[1]:ends.get(f[0], f[0])].strip()
        return f[2].isupper() and counts[f[2]] == 1 and not _is_question_label(f[2]) \
            and len(line) <= MAX_FIELD_CHARS and "\n" not in line and bool(value) \
            and not _SENTENCE_END_RE.search(value)

    runs: list[list[tuple]] = []
    for f in found:
        if field(f) and runs and runs[-1] and order.get(runs[-1][-1][0], -2) + 1 == order.get(f[0]):
            runs[-1].append(f)
        else:
            runs.append([f] if field(f) else [])
    form = {f[0] for run in runs if len(run) >= MIN_FORM_FIELDS for f in run}
    return [f for f in found if f[0] not in form]


MIN_STYLED_HOLDER_WORDS = 3  # "Capt. Fergal Donnellan": a title and two names


def _office_holder(label: str, paren: str | None) -> str | None:
    """"The Minister for Finance (Deputy Ana Ruiz)", "Minister of State at the Department of Health (Ana Ruiz)": an
    office, then the person who holds it in brackets, as a parliament's record labels a member who holds one; the
    person's label, else None."""
    words = label.split()
    if not paren or not words:
        return None
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    person = _person_name(paren)
    # "DATUK BANDAR (Datuk Rosalind Tugau)", "PENGARAH JANS (Ir. Benedict Lamsin)": an office in the site's language,
    # then its holder named with a style
    # ("HARBOUR MASTER (Capt. Fergal Donnellan)": a rank or title opens the holder's name as a style does)
    opening = paren.strip().split()[0].lower() if paren.strip() else ""
    styled = bool(_STYLE_PREFIX_RE.match(paren.strip()) or _HONORIFIC_PREFIX_RE.match(paren.strip())
                  or (opening in lexicon("label_titles") and len(paren.split()) >= MIN_STYLED_HOLDER_WORDS))
    # ("OPERATIONS MANAGER (Siobhán Kiely)": a shouted office whose head is a title word, then its holder)
    shouted_office = label.isupper() and _is_title_word(words[-1])
    if not person or not (_is_title_word(first) or shouted_office or (styled and label.isupper())) \
            or (_person_name(label) and not styled and not shouted_office):
        return None
    # "(Colm Rafferty TD)": the label up to the name, without the post-nominal letters after it
    label_text = paren.strip()
    end = label_text.rfind(person)
    return label_text[:end + len(person)] if end >= 0 and not styled else person


def _gloss_label(gloss: str, text: str) -> str:
    """An English gloss of a label in two parts: a role and a name ("Vice Minister, Park Seo-yun" -> "Vice Minister
    Park Seo-yun"), or a role and its unit, kept as it is ("Director, Disaster Response", which the page writes
    "Director of Disaster Response" or "Division of Disaster Response")."""
    first, _, second = gloss.partition(", ")
    unit = re.search(rf"\b(?:of|for)\s+(?:the\s+)?{re.escape(second)}\b", text) if second else None
    return f"{first} {second}" if second and _person_name(second) and unit is None else gloss


def _comma_label(first: str, second: str, paragraph: str) -> str | None:
    """A label in two parts: a role before the name ("Official Spokesperson, Shri Arvind Rao" -> the role and the
    name as one label), or a reporter's name and outlet before a question ("Rahul Mehta, Press Trust of India"
    -> the reporter, who only asks); None for anything else."""
    words = first.split()
    if _person_name(first) and _is_title_word(second.split()[0]) and len(second) <= MAX_LABEL_FUNCTION_CHARS:
        return first  # "Maria Lopez, Chief Health Officer", "ANA RUIZ, Minister of ..., Government Spokesperson"
    if _person_name(first) and len(second) <= MAX_LABEL_FUNCTION_CHARS and not paragraph.rstrip().endswith("?"):
        return first  # "Ingvild Holm, vegdirektør, Statens vegvesen": a function and body in any language
    if len(words) + len(second.split()) > MAX_LABEL_WORDS or "," in second:
        return None
    if all(_is_title_word(w) for w in words):
        return f"{first} {second}"
    if first.isupper() and second.isupper() and _is_title_word(words[0]) and not paragraph.rstrip().endswith("?"):
        return f"{first} {second}"  # "MINISTER OF DISASTER PREPAREDNESS, MANAGEMENT AND ... THE HON. LATOYA J. X"
    if _person_name(first) and paragraph.rstrip().endswith("?"):
        return first
    return None


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
    # (with middle initials: "Kristjan V. Orav-Pärn")
    names = rf"\b[A-Z][\w'’\-]+(?:[ \t]+(?:[A-Z][\w'’\-]+|[A-Z]\.)){{0,3}}[ \t]+{re.escape(written)}(?![\w'’])"
    return re.search(names, head) is not None


MAX_NATIVE_ROLE_WORDS = 4  # "Kariuomenės vadas gen. ltn." before the name


def _named_tail(words: list[str], head: str) -> int:
    """How many of a label's last words are the name of a person the heading lists ("Mindaugas R. Vaitkus" under
    "Participants: minister Mindaugas R. Vaitkus", or the surname "Vaitkus" alone), after up to
    MAX_NATIVE_ROLE_WORDS words of a role in the site's language ("Krašto apsaugos ministras", "Gen. ltn."); 0 when
    none is."""
    for size in range(len(words) - 1, 0, -1):
        role, name = words[:-size], words[-size:]
        if not 1 <= len(role) <= MAX_NATIVE_ROLE_WORDS or not all(_NAME_WORD_RE.match(w) for w in name):
            continue
        if (size > 1 and _person_name(" ".join(name)) and _named_in(" ".join(name), head)) \
                or (size == 1 and _named_surname(name[0], head)):
            return size
    return 0


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


def _is_question_label(label: str) -> bool:
    """"Q:", "Reporter:", and a numbered one a recording's transcript gives each asker ("Reporter 1:")."""
    low = _norm_label(label)
    numbered = _NUMBERED_RE.fullmatch(low)
    return low in lexicon("question_labels") or (numbered is not None
                                                 and numbered.group("label") in lexicon("question_labels"))


def _long_titled_label(label: str) -> bool:
    """An upper-case label of up to MAX_TITLED_LABEL_CHARS that opens with a title: a long office, then its holder."""
    return label.isupper() and len(label) <= MAX_TITLED_LABEL_CHARS and _is_title_word(label.split()[0])


def _label_strength(label: str) -> str | None:
    """"strong" for labels that can only be speaker labels, "weak" for plain names, None for non-labels."""
    low = _norm_label(label)
    words = label.split()
    if low in lexicon("label_exclusions") or len(label) > MAX_LABEL_CHARS and not _long_titled_label(label):
        return None
    if _is_question_label(label) or low in lexicon("floor_labels") or low in lexicon("answer_labels") \
            or _UNNAMED_SPEAKER_RE.fullmatch(low):
        return "strong"
    # "DOTT.SSA RIGHI VALENTINI": a style with a full stop inside it (lexicon ``label_titles``) is a label's word too
    if not all(_NAME_WORD_RE.match(w) or w.lower() in _LOWER_PARTICLES or w.lower() in lexicon("label_titles")
               for w in words):
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


def _label_speaker(label: str, paren: str | None, known: list[Speaker], text: str, head: str,
                   page: str = "") -> Speaker:
    words = label.split()
    same_office = next((k for k in reversed(known) if k.role and k.role.lower() == " ".join(words).lower()), None)
    if same_office is not None:  # "DATUK BANDAR:" after "DATUK BANDAR (Datuk Rosalind Tugau):": the office's holder
        return same_office
    role_words, name_words = _title_inside(*_split_role(words))
    tail = _named_tail(words, head) if _label_strength(label) is None \
        and (not role_words or any(w[:1].islower() for w in name_words)) else 0
    if tail:  # "Krašto apsaugos ministras Mindaugas R. Vaitkus:": the role in the site's language, then the name
        role_words, name_words = words[:-tail], words[-tail:]
    if not role_words and len(words) > 2 and _is_title_word(words[-2]) and not _is_title_word(words[-1]):
        role_words, name_words = words[:-1], words[-1:]  # "RESCUE TEAM LEADER NDIRANGU:": a unit's title, a surname
    if not role_words and len(words) > 1 and (_body_word(words[0]) or label.isupper()) \
            and all(_is_title_word(w) for w in words[1:]):
        role_words, name_words = words, []  # "NATO SPOKESPERSON:", "ALLIANCE SPOKESPERSON:": a body's title
    if name_words and _is_institution(" ".join(name_words)) and {"of", "for"} & {w.lower() for w in role_words}:
        role_words, name_words = words, []  # "Chief Executive of the Hospital Authority:": an office, no name
    role = _role_text(role_words)
    organization = paren.strip() if paren else None
    if paren and not role and any(_is_title_word(w) for w in paren.split()[1:] or paren.split()):
        role, organization = _role_text(paren.split()), None  # "Allison Hart [NATO Spokesperson]:": her role
    if not name_words:
        holder = _earlier_holder(role, known)
        if holder is not None:  # "Premier:" after "Premier Daniel Harker:": the person who holds that role
            return Speaker(holder.name, role=holder.role, organization=organization or holder.organization)
        # "... and the Chief Executive of the Hospital Authority, Dr Cheryl Fung" in the introduction, or a role of
        # several words ("NATIONAL EMERGENCY COORDINATOR:" after "Mr. Clement Nuñez, the National Emergency
        # Coordinator")
        named = _role_holder(role, head + "\n" + text) \
            if role and ({"of", "for"} & set(role.lower().split()) or len(role.split()) >= MIN_HELD_ROLE_WORDS) \
            else None
        named = named or (_signed_holder(page, role) if role and page else None)  # "GOVERNOR:" under a signature
        if named:  # a name the page's head shouts is written as a name ("ELVIN R. THOMPSON-CLARKE")
            named = " ".join(_case(w) for w in named.split()) if named.isupper() else named
            return Speaker(named, role=role, organization=organization)
        return Speaker(role or _case(label), role=role, organization=organization)
    if _rank_before_name(name_words, text, head):
        name_words = name_words[1:]  # the rank's letters stand for a title the page spells out elsewhere
    ranked = _abbreviated_rank(name_words, text, head) if not role_words else 0
    if ranked:  # "ST. BRYG. TOMASZ WIERZBICKI:" for "st. bryg. Tomasz Wierzbicki": a rank in the site's language
        role_words, name_words = name_words[:ranked], name_words[ranked:]
        role = _role_text(role_words)
    name = " ".join(_case(w) for w in name_words)
    surname = _surname(name_words)
    if len(name_words) == 1:
        for earlier in reversed(known):
            # "SPOKESPERSON BAE:" after "SPOKESPERSON BAE SEUNG-MIN:": a surname written first, as East Asian
            # names are, is the same person too
            first = earlier.name.split()[0].lower() if earlier.name else ""
            if earlier.speaker_type == "PERSON" and (_surname(earlier.name.split()) == surname
                                                     or (first == name.lower() and len(earlier.name.split()) > 1)):
                return Speaker(earlier.name, role=earlier.role or role,
                               organization=organization or earlier.organization)
    held = _titled_holder(" ".join(role_words), name, head + "\n" + text) if len(name_words) == 1 and role_words \
        else None  # "CHIEF CABINET SECRETARY HAYASHI:" under "Chief Cabinet Secretary Hayashi Yoshimasa"
    written = held or _written_form(" ".join(name_words), text, head)
    if written:
        name = written
    return Speaker(name, role=role, organization=organization)


MIN_HELD_ROLE_WORDS = 2  # a role label of this many words is looked up in the introduction's "Name, the Role"
MIN_RANKED_NAME_WORDS = 3  # "DACO ALASDAIR CRICHTON": a rank's initials, a given name and a surname


def _rank_before_name(name_words: list[str], text: str, head: str) -> bool:
    """Whether a shouted label's first word is a rank's initials before a full name ("DACO ALASDAIR CRICHTON:"):
    the page writes the name without it in mixed case ("Deputy Assistant Chief Officer Alasdair Crichton") and the
    word in capitals before the surname ("DACO Crichton will give an update")."""
    if len(name_words) < MIN_RANKED_NAME_WORDS or not all(w.isupper() for w in name_words):
        return False
    rank, rest = name_words[0], name_words[1:]
    if _written_form(" ".join(name_words), text, head) or not _written_form(" ".join(rest), text, head):
        return False
    return re.search(rf"(?<![\w-]){re.escape(rank)}\s+{re.escape(_case(rest[-1]))}\b", head + "\n" + text) is not None


_ABBREVIATION_RE = re.compile(r"[A-Za-zÀ-ž]{2,5}\.")


def _abbreviated_rank(name_words: list[str], text: str, head: str) -> int:
    """How many leading words of a label are abbreviations of a rank ("ST. BRYG.", "KPT.") before a full name the
    page writes without them in mixed case, or before the surname of a person its heading lists; 0 when none are."""
    count = 0
    while count < len(name_words) and _ABBREVIATION_RE.fullmatch(name_words[count]):
        count += 1
    rest = name_words[count:]
    if count and len(rest) == 1 and _named_surname(rest[0], head):
        return count  # "Plk. Kairys:" under "Participants: ... plk. Tomas J. Kairys": the rank, then a surname
    if not count or len(rest) < PERSON_NAME_WORDS or not _written_form(" ".join(rest), text, head):
        return 0
    return count


def _earlier_holder(role: str | None, known: list[Speaker]) -> Speaker | None:
    """The one named speaker of an earlier turn whose role is ``role`` or ends with it ("Police Commissioner" for
    "Commissioner"), else None."""
    if not role:
        return None
    key = [_role_key(w) for w in role.split()]
    holders = {s.name: s for s in known
               if s.speaker_type == "PERSON" and s.role and s.name != s.role and _holds(s.role, key)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _holds(role: str, key: list[str]) -> bool:
    """Whether an office ``role`` is the role whose word keys are ``key``: it ends with them ("Police Commissioner"
    for "Commissioner"), or opens with them before "of" or "for" ("Minister of Disaster Preparedness" for
    "Minister")."""
    held = [_role_key(w) for w in role.split()]
    return held[-len(key):] == key or (held[:len(key)] == key and len(held) > len(key)
                                       and held[len(key)] in ("of", "for"))
