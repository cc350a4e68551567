"""The public entry point: ``find_entities`` over one article."""

from __future__ import annotations

import re

from ..issuer import recase
from ..language import lexicon, stop_words
from ..models import EntityMention
from .aliases import _with_apposed_full_names, _with_bracketed_short_names, _with_earlier_full_names, \
    _with_earlier_spelled_names
from .gazetteer import Gazetteer
from .names import _BRACKETED_ACRONYM_RE, _initials_of, _letter_initials, _sentences
from .records import ArticleEntities, PersonInfo
from .scanner import MAX_NAME_PARTICLES, _Scanner
from .vocab import _DEPARTMENT_WORDS, _GENERIC_BODIES
from .vocab import PORTFOLIO_BEFORE_AND, ROLE_HEADS, ROLE_WORDS, _is_name_token


# "Artemis II", "Sentinel III": a Roman numeral after a name is part of it (not "I", which is a pronoun).
_ROMAN_NUMERAL_RE = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
MIN_NUMERAL_LETTERS = 2


def _with_numeral(scanner: _Scanner, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A name as written, extended by the Roman numeral that follows it ("the Artemis II mission")."""
    a, b, name, typ = span
    numeral = scanner.tok(b) if b < len(scanner.tokens) else ""
    if name != scanner.surface(a, b) or len(numeral) < MIN_NUMERAL_LETTERS \
            or not _ROMAN_NUMERAL_RE.fullmatch(numeral) or scanner.tokens[b][0] - scanner.tokens[b - 1][1] != 1:
        return span
    return a, b + 1, scanner.surface(a, b + 1), typ


def _with_hyphenated_given_names(scanner: _Scanner, spans: list[tuple[int, int, str, str]]
                                  ) -> list[tuple[int, int, str, str]]:
    """"Jens-Frederik Nielsen", "Jean-Pierre Dubois": a person's name found from the second part of a hyphenated given
    name on takes the first part too, and so does every later mention of that person ("Prime Minister Nielsen")."""
    taken = {k for a, b, _n, _t in spans for k in range(a, b)}
    renames: dict[str, str] = {}
    for a, b, name, typ in spans:
        if typ != "PERSON" or a < 2 or b - a < 2 or name != scanner.surface(a, b) or name in renames:
            continue
        g = a - 2
        if scanner.words[a - 1] == "-" and scanner.adjacent(g) and scanner.adjacent(a - 1) and g not in taken \
                and _is_name_token(scanner.words[g]) and scanner.keys[g] not in ROLE_WORDS:
            renames[name] = scanner.surface(g, b)
    return _renamed_people(scanner, spans, renames, 2)


def _move_people(scanner: _Scanner, renames: dict[str, str]) -> None:
    """Each person's record moved from the short name to the fuller one ``renames`` gives."""
    for short, full in renames.items():
        info = scanner.people.pop(short, None) or PersonInfo(full)
        info.name = full
        scanner.people[full] = info


def _renamed_people(scanner: _Scanner, spans: list[tuple[int, int, str, str]], renames: dict[str, str], width: int
                    ) -> list[tuple[int, int, str, str]]:
    """The spans with each person ``renames`` gives a fuller name under that name, the span that the ``width`` tokens
    before it complete widened to them, and the person's record moved to the fuller name."""
    if not renames:
        return spans
    _move_people(scanner, renames)
    return [(a - width if name in renames and a >= width and scanner.surface(a - width, b) == renames[name] else a, b,
             renames.get(name, name), typ) for a, b, name, typ in spans]


_INITIAL_TOKEN_RE = re.compile(r"[A-Z]\.")


def _with_given_name_before_initial(scanner: _Scanner, spans: list[tuple[int, int, str, str]]
                                    ) -> list[tuple[int, int, str, str]]:
    """"Nélida R. Cabrera-Sosa" read from its initial on: a capitalised word right before a person's name that opens
    with an initial is the given name, and every mention of the person takes it."""
    taken = {k for a, b, _n, _t in spans for k in range(a, b)}
    renames: dict[str, str] = {}
    for a, b, name, typ in spans:
        g = a - 1
        if typ != "PERSON" or g < 0 or g in taken or scanner.covered[g] is not None or name != scanner.surface(a, b) \
                or name in renames or not _INITIAL_TOKEN_RE.fullmatch(scanner.words[a]) \
                or scanner.tokens[a][0] - scanner.tokens[g][1] != 1:
            continue  # (one space between: "Nélida R."; a listed place is no given name: "In Manila R. Cruz")
        word = scanner.words[g]
        if _is_name_token(word) and word[1:].islower() and scanner.keys[g] not in ROLE_WORDS \
                and scanner.keys[g] not in stop_words() and scanner.keys[g] not in lexicon("not_names"):
            renames[name] = scanner.surface(g, b)
    return _renamed_people(scanner, spans, renames, 1)


def _joined_over_initial_and_particles(scanner: _Scanner, spans: list[tuple[int, int, str, str]]
                                       ) -> list[tuple[int, int, str, str]]:
    """"Annelies M. van Wijngaarden-Smit" read as "Annelies" (and maybe "Wijngaarden-Smit"): a person's name, a middle
    initial, lower-case name particles (lexicon ``name_particles``) and a surname are one person's name, and the
    surname's own mention is dropped."""
    out: list[tuple[int, int, str, str]] = []
    renames: dict[str, str] = {}
    skip_to = -1
    for i, (a, b, name, typ) in enumerate(spans):
        if a < skip_to:
            continue
        end = _surname_over_initial(scanner, b) if typ == "PERSON" and name == scanner.surface(a, b) else None
        if end is None:
            out.append((a, b, name, typ))
            continue
        absorbed = [s for s in spans[i + 1:] if s[0] < end]
        end = max([end] + [s[1] for s in absorbed])
        full = scanner.surface(a, end)
        renames[name] = full
        renames.update({s[2]: full for s in absorbed if s[3] == "PERSON"})
        out.append((a, end, full, "PERSON"))
        skip_to = end
    if not renames:
        return spans
    _move_people(scanner, renames)
    return [(a, b, renames.get(name, name) if typ == "PERSON" else name, typ) for a, b, name, typ in out]


def _surname_over_initial(scanner: _Scanner, b: int) -> int | None:
    """The end of a surname after a middle initial (token b-1, or token b) and its full stop, then one to
    MAX_NAME_PARTICLES name particles in lower case, all one space apart; None when the tokens don't read so."""
    words = scanner.words
    if b >= 2 and re.fullmatch(r"[A-Z]", words[b - 1]) and b < len(words) and words[b] == ".":
        k = b + 1
    elif b + 1 < len(words) and re.fullmatch(r"[A-Z]", words[b]) and words[b + 1] == ".":
        k = b + 2
    else:
        return None
    first = k
    while k < len(words) and k - first < MAX_NAME_PARTICLES and words[k] in lexicon("name_particles"):
        k += 1
    if k == first or k >= len(words) or not _is_name_token(words[k]):
        return None
    if any(scanner.tokens[j][0] - scanner.tokens[j - 1][1] != 1 for j in range(first, k + 1)):
        return None
    k += 1
    while k + 1 < len(words) and words[k] == "-" and scanner.adjacent(k - 1) and scanner.adjacent(k) \
            and _is_name_token(words[k + 1]):
        k += 2  # "Wijngaarden-Smit"
    return k


# "UN Food and Agriculture Organization (FAO)": the umbrella body's name before a body's own, which its acronym
# leaves out
_UMBRELLA_PREFIX_RE = re.compile(r"^(?:UN|U\.N\.|United Nations|EU|AU)\s+(?=[A-Z])")


def _without_umbrella_prefix(text: str, scanner: _Scanner, spans: list) -> list:
    """An organisation named with its umbrella body in front ("UN Food and Agriculture Organization") and then
    its acronym in brackets ("(FAO)") that spells the rest only: the body is the rest, in every mention."""
    renames = {}
    for _a, b, name, typ in spans:
        prefix = _UMBRELLA_PREFIX_RE.match(name) if typ == "ORG" else None
        if prefix is None:
            continue
        rest = name[prefix.end():]
        after = re.match(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)", text[scanner.tokens[b - 1][1]:])
        if after and after.group("acronym") == _initials_of(rest) and len(rest.split()) >= 2:
            renames[name] = rest
    return [(a, b, renames.get(name, name), typ) for a, b, name, typ in spans] if renames else spans


def _without_portfolio_word(text: str, scanner: _Scanner, spans: list) -> list:
    """"Minister for Information and Broadcasting Ravindra Menon" read with the portfolio's last word as a given
    name ("Broadcasting Ravindra Menon"): a person's name that opens with a portfolio word after "and" loses it."""
    renames = {}
    for a, _b, name, typ in spans:
        words = name.split()
        if typ == "PERSON" and len(words) >= MIN_PORTFOLIO_NAME_WORDS and words[0].lower() in _DEPARTMENT_WORDS \
                and text[:scanner.tokens[a][0]].rstrip().endswith(" and"):
            renames[name] = " ".join(words[1:])
    if not renames:
        return spans
    for full, short in renames.items():
        info = scanner.people.pop(full, None)
        if info is not None:
            info.name = short
            scanner.people.setdefault(short, info)
    return [(a + 1 if name in renames and b - a > 1 and scanner.keys[a] in _DEPARTMENT_WORDS else a, b,
             renames.get(name, name), typ) for a, b, name, typ in spans]


MIN_PORTFOLIO_NAME_WORDS = 3
# "Minister of Energy and Public ", "Ministry for Health and ": an office and the start of its portfolio
_PORTFOLIO_BEFORE_RE = re.compile(PORTFOLIO_BEFORE_AND + r"(?:and|&)\s+(?:[A-Z][\w-]*\s+){0,2}$")


def _without_portfolio_tail(text: str, scanner: _Scanner, spans: list) -> list:
    """"The Minister of Energy and Public Utilities said": the last words of an office's portfolio, read as a name
    of their own ("Utilities", "Wellness"), are none."""
    kept = []
    for a, b, name, typ in spans:
        start = scanner.tokens[a][0]
        before = _PORTFOLIO_BEFORE_RE.search(text, max(0, start - 120), start)
        if before is not None and b - a == 1 and typ in ("PERSON", "ORG") \
                and before.group("head").lower() in ROLE_HEADS | _DEPARTMENT_WORDS \
                and not _is_name_token(text[scanner.tokens[b][0]:scanner.tokens[b][1]] if b < len(scanner.tokens)
                                       else ""):
            continue
        kept.append((a, b, name, typ))
    return kept


# "the Central Bank", "the National Bank", "the General Secretariat": a kind of body with a word every country's gives
# it, no name ("National Assembly", "National Council", "General Council": a legislature's usual names, stay ones)
_GENERIC_MODIFIERS = frozenset({"central", "national", "general"})
_LEGISLATURE_WORDS = frozenset({"assembly", "parliament", "congress", "senate", "council"})


def generic_body(mention: EntityMention) -> bool:
    """An organisation named only by a generic modifier and a word for a kind of body ("the Central Bank decided"):
    the text's own body, described, not named."""
    words = mention.name.lower().split()
    return mention.type == "ORG" and len(words) == 2 and words[0] in _GENERIC_MODIFIERS \
        and words[1] in _GENERIC_BODIES and words[1] not in _LEGISLATURE_WORDS


def _without_leading_descriptor(mention: EntityMention) -> EntityMention:
    """"Driver Mwape Chileshe-Banda", "Pensioner Ana Lopes": a noun for what the person is (lexicon
    ``person_descriptors``) opening a sentence before their name is no part of it."""
    words = mention.mention.split()
    if mention.type != "PERSON" or len(words) < 3 or words[0].lower() not in lexicon("person_descriptors") \
            or not mention.name.startswith(words[0] + " "):
        return mention
    cut = mention.mention.index(words[1])
    return EntityMention(mention.name[len(words[0]) + 1:], mention.type, mention.mention[cut:], mention.start + cut,
                         mention.end)


def find_entities(
    text: str, gazetteer: Gazetteer, sentences: list[tuple[int, int]] | None = None,
    publishers: tuple[str, ...] = (),
) -> ArticleEntities:
    """All entity mentions in an article, with canonical names, and the people it introduces.

    ``sentences`` are the (start, end) offsets of the article's sentences (its passages); the statistical
    recogniser runs on those that need it, all in one batch. ``publishers`` are names of the body that publishes
    the page (its site lines, often dropped with the page header): an acronym of one of them
    ("ABS" on the Australian Bureau of Statistics' page) is that body.
    """
    scanner = _Scanner(text, gazetteer)
    publishers = tuple(recase(name, text) for name in publishers)  # "CZECH NATIONAL BANK" -> "Czech National Bank"
    scanner.own_acronyms = {_initials_of(name): name for name in publishers if len(_initials_of(name)) >= 2}
    for name in publishers:  # "UKHSA" for the "UK Health Security Agency": a short code keeps all its letters
        scanner.own_acronyms.setdefault(_letter_initials(name), name)
    for name in publishers:  # "Statistics Netherlands (CBS)": the acronym the page gives its publisher
        bracketed = _BRACKETED_ACRONYM_RE.fullmatch(name.strip())
        if bracketed:
            scanner.own_acronyms[bracketed.group("acronym")] = bracketed.group("name")
    scanner.events()
    scanner.suffixed_events()
    scanner.operations()
    scanner.statistical(sentences if sentences is not None else _sentences(text))
    scanner.acronyms_before_names()
    scanner.organisations()
    scanner.native_names_in_lower_case()
    scanner.native_names_in_capitals()
    scanner.speaking_local_governments()
    scanner.national_branches()
    scanner.clubs()
    scanner.appositive_bodies()
    scanner.ships()
    scanner.agreements()
    scanner.acronym_definitions()
    scanner.role_people()
    scanner.context_people()
    scanner.given_names()
    scanner.appositive_people()
    scanner.role_then_name_people()
    scanner.cue_people()
    scanner.places()
    spans = _with_hyphenated_given_names(scanner, [_with_numeral(scanner, span) for span in scanner.resolve()])
    spans = _with_given_name_before_initial(scanner, spans)
    spans = _joined_over_initial_and_particles(scanner, spans)
    spans = _without_portfolio_word(text, scanner, _without_umbrella_prefix(text, scanner, spans))
    spans = _without_portfolio_tail(text, scanner, spans)
    tokens = scanner.tokens
    mentions = [
        EntityMention(name, typ, text[tokens[a][0] : tokens[b - 1][1]], tokens[a][0], tokens[b - 1][1])
        for a, b, name, typ in spans
    ]
    mentions = _with_bracketed_short_names(text, [_without_leading_descriptor(m) for m in mentions])
    mentions = _with_earlier_spelled_names(_with_earlier_full_names(mentions, gazetteer))
    mentions = _with_apposed_full_names(text, mentions)
    for _a, _b, e in scanner.gaz_spans:
        if e.type == "PERSON" and e.name not in scanner.people:
            scanner.people[e.name] = PersonInfo(e.name)
    return ArticleEntities(mentions, scanner.people)
