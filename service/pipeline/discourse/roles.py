"""Role labels without a name ("THE PRESIDENT:", "MINISTER:", "CHIEF MEDICAL OFFICER:") resolved to the person
the heading, a list of who is present, or the text names with that role."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..issuer import initials
from ..language import lexicon
from ._shared import _FIELD_RE, _norm_label
from .model import Speaker, Turn
from .people import _STYLE_PREFIX_RE, _is_title_word, _person_name, _role_holders, _role_key, _role_text, _split_role


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


def _resolve_role_acronyms(turns: list[Turn], text: str) -> None:
    """"CMO:" after "CHIEF MEDICAL OFFICER (Dr. Alicia Ramcharan-Joseph):": a label that is the initials of a role
    an earlier turn's speaker was labelled with is that speaker."""
    holders: dict[str, Speaker] = {}
    for turn in turns:
        s = turn.speaker
        if s is None or s.speaker_type != "PERSON":
            continue
        label = text[turn.start:turn.body_start].strip().rstrip(":").replace(".", "").strip()
        if s.role and s.name != s.role:
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", s.role) if w[0].isupper())
            if len(initials) >= MIN_ROLE_ACRONYM:
                holders.setdefault(initials.upper(), s)
        elif label.isupper() and " " not in label and label in holders:
            turn.speaker = holders[label]


MIN_ROLE_ACRONYM = 2


def _resolve_interpreted_turns(turns: list[Turn], text: str, lines: list[str]) -> None:
    """"INTERPRETER (Tłı̨chǫ–English): She says ..." after "Chief Wedawin will now speak" or "Chief, will the
    community ...?": the interpreter renders the words of the one listed or speaking person the turn before names by
    surname or addresses by the title they were listed with."""
    people = {name: role for name, role in (entry for line in lines for entry in _listed_roles(line))}
    people.update({t.speaker.name: t.speaker.role for t in turns if t.speaker is not None and not t.silent
                   and t.speaker.speaker_type == "PERSON" and " " in t.speaker.name})
    for before, turn in zip(turns, turns[1:]):
        label = _norm_label(turn.speaker.name) if turn.speaker is not None else ""
        if label.split(" (")[0] not in lexicon("interpreter_labels"):
            continue
        # "INTERPRETER (for Superintendent Lima):": the label names whose words the turn renders
        rendered = _RENDERED_FOR_RE.search(text[turn.start:turn.body_start])
        said = rendered.group("who") if rendered else text[before.body_start:before.end]
        named = [name for name, role in people.items()
                 if re.search(rf"\b{re.escape(name.split()[-1])}\b", said)
                 or (role and re.search(rf"(?<![\w.]){re.escape(role.split()[0])},", said))]
        if len(named) == 1:
            turn.speaker = Speaker(named[0], role=people[named[0]])


_RENDERED_FOR_RE = re.compile(r"\(\s*(?i:for|on behalf of)\s+(?P<who>[^()\n]{2,80})\)")


def _resolve_listed_roles(turns: list[Turn], lines: list[str],
                          label_text: Callable[[Turn], str] | None = None) -> None:
    """"MINISTER:" and "CHIEF MEDICAL OFFICER:" under a list of who is present ("Dr. Ruth Phiri, Chief Medical
    Officer", one a line): each role label is the one listed person whose role it is or begins; ``label_text``
    gives a turn's label as written, for labels that abbreviate the role ("PS HEALTH:")."""
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
                   if any(alt == role or alt.startswith(role + " ") for alt in _alternatives(listed_role.lower()))}
        short = s.name.upper()
        if not holders and _ACRONYM_LABEL_RE.fullmatch(short):
            # "CEO:" under "Mrs. Ana Ruiz, Chief Education Officer (CEO)": the role's initials, or its short form
            holders = {name: _BRACKETED_TAIL_RE.sub("", listed_role) for name, listed_role in listed
                       if short in (initials(_BRACKETED_TAIL_RE.sub("", listed_role)), _bracketed(listed_role))}
        if not holders and label_text:
            holders = _abbreviated_role_holders(label_text(turn), lines)
        if len(holders) == 1:
            name, listed_role = holders.popitem()
            turn.speaker = Speaker(name, role=listed_role, organization=s.organization)


_SMALL_ROLE_WORDS = frozenset({"of", "for", "and", "the", "&"})
_LIST_ITEM_SPLIT_RE = re.compile(r"\s*[;·]\s*")
_ASIDE_RE = re.compile(r"\s*\([^()]*\)\s*$")  # "(via video link from Lautoka)"


def _abbreviated_role_holders(label: str, lines: list[str]) -> dict[str, str]:
    """"PS HEALTH:", "DIRECTOR NDMO:", "JUBIR:" under "Speakers: Dr. Ana Ruiz, Permanent Secretary for Health
    ... · Mr. Tom Lee, Director, National Disaster Management Office · ..." or "Juru Bicara / Spokesperson: Laksmi
    Widyaningrum · ...": the one listed person whose role has every word of the label, as a word or as an
    abbreviation of a run of its words."""
    words = [w for w in re.findall(r"[^\W\d_]+", label)]
    if not words:
        return {}
    found, names = {}, set()
    for line in lines:
        for name, role in _header_people(line):
            names.update(w.lower() for w in name.split() if len(w) > 2)
            # (a role runs to the item's end: no other field or sentence inside it)
            if ":" not in role and ". " not in role \
                    and all(_has_word(word, role) or _abbreviates_words(word, role) for word in words):
                found[name] = role
    if names & {w.lower() for w in words}:
        return {}  # "CAROL MEREDITH:", "DACO ALASDAIR CRICHTON:": the label names the person itself
    if len(found) > 1:  # "CMO:" spells "Chief Medical Officer" by its initials, not letters of "Communications"
        found = {name: role for name, role in found.items() if any(_spells_initials(w, role) for w in words)} \
            or found
    # an abbreviated label: one of its words at least abbreviates a run of the role's words, not one of its words
    return found if any(_abbreviates_words(word, role) and not _has_word(word, role)
                        for word in words for role in found.values()) else {}


def _header_people(line: str) -> list[tuple[str, str]]:
    """The people a header line lists with their roles: "Name, role" items after a field ("Speakers: Dr. Ana Ruiz,
    Permanent Secretary for Health · ..."), or a role field over one name ("Juru Bicara / Spokesperson: Laksmi R.
    Widyaningrum")."""
    m = _FIELD_RE.match(line)
    items = _LIST_ITEM_SPLIT_RE.split(m.group("value") if m else line)
    found = []
    for index, item in enumerate(items):
        field = m.group("field") if m and index == 0 else None
        own = None if field else _ITEM_FIELD_RE.match(item)
        field, value = (own.group("field"), own.group("value")) if own else (field, item)
        parts = [p.strip() for p in _ASIDE_RE.sub("", value).split(",") if p.strip()]
        name = _person_name(parts[0]) if parts else None
        if name and len(parts) >= 2:
            found.append((name, ", ".join(parts[1:])))
        elif name and _STYLE_PREFIX_RE.sub("", parts[0]) == name and field \
                and _norm_label(field) not in lexicon("floor_labels"):
            found.append((name, field))  # "Juru Bicara / Spokesperson: Laksmi R. Widyaningrum"
    return found


_ITEM_FIELD_RE = re.compile(r"^(?P<field>[^\W\d_][\w /'’.-]{0,60}?):\s*(?P<value>.+)$")


def _role_words(role: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", role) if w.lower() not in _SMALL_ROLE_WORDS]


def _has_word(word: str, role: str) -> bool:
    """The role has ``word`` ("Health" in "Permanent Secretary for Health")."""
    return word.lower() in {w.lower() for w in _role_words(role)}


def _spells_initials(word: str, role: str) -> bool:
    """``word`` is the initials of a run of the role's words ("PS": Permanent Secretary, "NDMO": National Disaster
    Management Office, small words left out)."""
    words = _role_words(role)
    letters = "".join(w[0].lower() for w in words)
    low = word.lower()
    return len(low) >= 2 and word.isupper() and any(
        letters[i:i + len(low)] == low and all(w[0].isupper() for w in words[i:i + len(low)])
        for i in range(len(letters) - len(low) + 1))


def _abbreviates_words(word: str, role: str) -> bool:
    """``word`` abbreviates a run of the role's words: their initials ("PS": Permanent Secretary), or a piece of each
    in order, each piece opening with its word's initial ("DIR": Direktur, "PWNI": Pelindungan WNI, "JUBIR": Juru
    Bicara, "KADIV HUMAS": Kepala Divisi Hubungan Masyarakat)."""
    if _spells_initials(word, role):
        return True
    low = word.lower()
    if len(low) < MIN_ABBREVIATION_LETTERS or not word.isupper():
        return False
    role_words = [w.lower() for w in re.findall(r"[^\W\d_]+", role) if w.lower() not in _SMALL_ROLE_WORDS]

    def spells(at: int, k: int) -> bool:  # low[at:] abbreviates the words from role_words[k] on
        if at == len(low):
            return True
        if k == len(role_words) or low[at] != role_words[k][0]:
            return False
        return any(_piece_of(low[at:end], role_words[k]) and spells(end, k + 1) for end in range(at + 1, len(low) + 1))

    return any(spells(0, k) for k in range(len(role_words)))


MIN_ABBREVIATION_LETTERS = 3


def _piece_of(piece: str, word: str) -> bool:
    """A piece of an abbreviation: the word's initial, then others of its letters in order ("ka" of "Kepala")."""
    rest = iter(word[1:])
    return piece[0] == word[0] and all(letter in rest for letter in piece[1:])


_ACRONYM_LABEL_RE = re.compile(r"[A-Z]{2,6}")
_BRACKETED_TAIL_RE = re.compile(r"\s*\(([^()]*)\)\s*$")


def _bracketed(role: str) -> str:
    """"Chief Education Officer (CEO)" -> "CEO": the short form a role is given in brackets, else ""."""
    m = _BRACKETED_TAIL_RE.search(role)
    return m.group(1) if m else ""


def _resolve_named_roles(turns: list[Turn], text: str, lines: list[str]) -> None:
    """A role label still without a name ("Minister:") is the person the page names with that role ("Health Minister
    Tom Baker", "Tom Baker, the Minister"), when it names one person so and lists nobody else with that role."""
    listed = [entry for line in lines for entry in _listed_roles(line)]
    for turn in turns:
        s = turn.speaker
        if s is None or turn.silent or s.speaker_type != "PERSON" or not s.role or s.name != s.role:
            continue
        holders = set(_role_holders(s.role, text)) | {
            name for name, listed_role in listed if _same_role(s.role, listed_role)}
        if len(holders) == 1:
            turn.speaker = Speaker(holders.pop(), role=s.role, organization=s.organization)


def _same_role(label_role: str, listed_role: str) -> bool:
    """A label's role is the listed one, or one of the listed role's renderings in two languages ("Menteri Kesihatan
    / Minister of Health"): the same, its start ("Director" for "Director of Climate Policy"), or the same head with
    every other word of it ("Director, Climate and Health Policy" for "Director, Division of Climate and Health
    Policy")."""
    role = label_role.lower()
    words = _role_words(role)
    for listed in _alternatives(listed_role.lower()):
        if listed == role or listed.startswith(role + " "):
            return True
        listed_words = _role_words(listed)
        if len(words) >= 2 and listed_words and words[0] == listed_words[0] and set(words) <= set(listed_words):
            return True
    return False


def _alternatives(role: str) -> list[str]:
    """A role and, when it is given in two languages apart by a slash, each rendering."""
    parts = [part.strip() for part in _RENDERING_SPLIT_RE.split(role)]
    return [role, *parts] if len(parts) > 1 else [role]


_RENDERING_SPLIT_RE = re.compile(r"\s+/\s+")


def _titled(role: str) -> bool:
    """A role opens with a title ("Minister of Health") or ends with one ("Sabah State Health Director"); a role given
    in two languages ("Menteri Kesihatan / Minister of Health") is titled in either."""
    words = [w for w in role.split() if w.lower() not in ("the", "of")]
    return bool(words) and role.split()[0].lower() not in ("the", "of") and (
        _is_title_word(words[0]) or _is_title_word(words[-1]))


def _listed_roles(line: str) -> list[tuple[str, str]]:
    """The people a list line names with their roles: one a line ("Dr. Ruth Phiri, Chief Medical Officer"), or
    several after a field, apart by semicolons or middle dots ("Participants: Minister of Defence Tore Sandvik;
    Chief of Defence, General Ingrid Haugland"); a host's field ("Moderator: Tsion Alemu, ...") gives that person
    the field's role."""
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
    items = _LIST_ITEM_SPLIT_RE.split(value)
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
    role = next((p for p in parts[1:] if any(_titled(alt) for alt in _alternatives(p))), None)
    return (name, role) if name and role else None
