"""People's names and roles in labels and headings: title words, splitting a role from the name after it
("Deputy Press Secretary" / "Sabrina Singh"), honorifics and post-nominal letters, the name as the text writes it,
the holder of a role the text names, institutions' names."""

from __future__ import annotations

import re

from .. import issuer as names
from ..entities import ROLE_WORDS
from ..language import INITIAL_RE as _INITIAL_RE, NAME_CAPITALS, lexicon, lexicon_entries, stop_words
from ._shared import MAX_ROLE_CHARS, MAX_SPEAKER_WORDS
from .model import Speaker


_LOWER_PARTICLES = frozenset("of the for and de da del der den dos das do van von ter bin al la le di du on to".split())
# "The Rt Hon", "YB Dato' Sri", "Shri": styles before a name (lexicon ``name_styles``), longest first
_STYLES = sorted(lexicon_entries("name_styles"), key=len, reverse=True)
_STYLE_PREFIX_RE = re.compile(r"^(?:(?:[Tt]he\s+)?(?:%s)\s+)+" % "|".join(
    r"\s+".join(re.escape(w) for w in style.split()) for style in _STYLES))
_NAME_PART_RE = re.compile(rf"^[{NAME_CAPITALS}][\w.'’\-]*$")
_NAME_PARTICLES = lexicon("name_particles")


_HOLDS = r"(?:is|has[ \t]+been|was[ \t]+appointed|became)"
_HOLDER_NAME = r"(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3}[A-Z][\w'’\-]+)"


_ABBREVIATED_STYLE = r"(?:[A-Z][a-z]{0,3}\.|[A-Z]\.[A-Z]\.)[ \t]*"  # "Dr. ", "Eng. ", "Prof. ", "H.E. "


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
    short = re.split(r"\s+(?:of|for)\s+", " ".join(words))[0]
    # "the Federal Minister of Economy" is "Minister Carla Weiss" in a kicker: the title's head word alone comes last
    head = short.split()[-1] if len(short.split()) > 1 and _is_title_word(short.split()[-1]) else short
    for phrase in dict.fromkeys([" ".join(words), short]):
        role_re = r"(?i:%s)" % r"\s+".join(re.escape(w) for w in phrase.split())
        # "the Minister of Health, Dr. Ana Ruiz,": abbreviated styles before the name keep their full stops
        shapes += [rf"\b{role_re},\s+(?P<name>(?:{_ABBREVIATED_STYLE})*[^,.;:\n]+)",
                   rf"\b{role_re}[ \t]+{_HOLDER_NAME}",
                   rf"{_HOLDER_NAME},\s+(?:(?i:the)\s+)?{role_re}\b",
                   # "About the speaker: Ana Ruiz has been Governor of the Bank since 2021."
                   rf"{_HOLDER_NAME}[ \t]+{_HOLDS}[ \t]+(?:(?i:the)[ \t]+)?{role_re}\b"]
    if head != short:  # only right before the name: "Mayor Tom Harrow, Minister" names no minister
        shapes.append(rf"\b(?i:{re.escape(head)})[ \t]+{_HOLDER_NAME}")
    for shape in shapes:
        for m in re.finditer(shape, text):
            name = _person_name(m.group("name"))
            if name:
                yield name
    for m in _HEADS_OFFICE_RE.finditer(text):
        if _office_of_role(m.group("office"), words):
            name = _person_name(m.group("name"))
            if name:
                yield name


# "Marisol T. Coc-Ical, who heads the Southern Regional Command": the person at the head of an office
_HEADS_OFFICE_RE = re.compile(rf"{_HOLDER_NAME},\s+who\s+(?:heads|leads|commands|directs|runs)\s+the\s+"
                              r"(?P<office>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,5})")
MIN_SHARED_STEM = 6  # "Command" and "Commander", "Directorate" and "Director": the office and its head's title


def _office_of_role(office: str, role_words: list[str]) -> bool:
    """Whether an office ("Southern Regional Command") is the one a role ("Regional Commander") heads: the role's
    other words are in it, and its last word and the role's share their stem."""
    office_words = [w.lower() for w in office.split()]
    role = [w.lower() for w in role_words]
    if len(role) < 2 or not set(role[:-1]) <= set(office_words):
        return False
    last, title = office_words[-1], role[-1]
    return last != title and min(len(last), len(title)) >= MIN_SHARED_STEM \
        and last[:MIN_SHARED_STEM] == title[:MIN_SHARED_STEM]


_GLUED_INITIAL_RE = re.compile(rf"[{NAME_CAPITALS}]\.[{NAME_CAPITALS}][a-zß-ÿ][\w'’\-]+")


def _person_name(part: str) -> str | None:
    """"The Rt Hon Sir Keir Starmer KCB KC MP" -> "Keir Starmer"; an office or a place gives None."""
    # (a style may follow the honorific too: "H.E. Mr. Ratu Joeli Nawaqatabu")
    unstyled = _STYLE_PREFIX_RE.sub("", _HONORIFIC_PREFIX_RE.sub("", _STYLE_PREFIX_RE.sub("", part.strip())))
    words = _without_post_nominals(unstyled.split())
    name = _split_role(words)[1] if words else []
    if name == words and len(words) > 2 and _body_word(words[0]) and _is_title_word(words[1]):
        name = _split_role(words[1:])[1]  # "Government Spokesperson Ana Ruiz": a body's word before the title
    # "Police Commissioner Ana Ruiz": the body in the title names no institution
    # "Speaker: Central African Republic", "STATEMENT BY THE REPUBLIC OF ZIMBABWE": a state, no person
    if not name or _names_body(" ".join(name)) or any(_state_form(word) for word in name):
        return None
    if len(name) == 1 and _GLUED_INITIAL_RE.fullmatch(name[0]):
        return name[0]  # "S.Narantsetseg-Oyun": a father's initial written onto the given name, as Mongolian does
    # "Nasser bin Khalid Al-Mannai", "Ursula von der Leyen": lower-case particles inside the name
    # (particles aside: "Noor Haslinda binti Abdul Rahim" has four names)
    if 2 <= len([w for w in name if w not in _NAME_PARTICLES]) <= MAX_SPEAKER_WORDS - 4 \
            and _NAME_PART_RE.match(name[0]) and _NAME_PART_RE.match(name[-1]) \
            and all(_NAME_PART_RE.match(w) or w in _NAME_PARTICLES for w in name[1:-1]) \
            and not any(w.lower() in lexicon("not_names") for w in name):
        return " ".join(name)
    return None


def _state_form(word: str) -> bool:
    """"Republic", "Kingdom", "Emirates": a word of a state's formal name (lexicon ``state_forms``) ending a name."""
    low = word.lower()
    return low in lexicon("state_forms") or low.removesuffix("s") in lexicon("state_forms")


def _is_institution(name: str) -> bool:
    words = {w.lower().strip(".,") for w in name.split()}
    return not words.isdisjoint(lexicon("institution_words")) or not words.isdisjoint(
        lexicon("native_institution_words"))


def _is_title_word(word: str) -> bool:
    """"Secretary", "Lt.", "Under-Secretary-General": a word of a title (each hyphenated part a title word)."""
    titles = lexicon("label_titles") | ROLE_WORDS
    low = word.lower().strip(",")
    return low in titles or ("-" in low and all(part in titles for part in low.split("-"))) \
        or any(low.endswith(end) and len(low) > len(end) + 1 and low.isalpha()
               for end in lexicon("role_compound_endings"))  # "Peaminister", "Rahandusminister"


_OF_THE = (["of", "the"], ["for", "the"])
_DEPARTMENT_WORDS = lexicon("department_words")


MAX_OFFICE_WORDS = 4  # "Harbour Ombudsman", "Alliance Deputy Secretary General": an office without a holder
PERSON_NAME_WORDS = 2  # a given name and a surname: the fewest words a full name has


def _body_word(word: str) -> bool:
    """A body's word or acronym before a title: "Government" (Spokesperson), "UN" (High Commissioner)."""
    return _is_institution(word) or names.is_acronym(word)


def _split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words and the name that follows them."""
    i = 0
    # "Foreign Minister of Norway Kaja Lind": the word after "of" belongs to the role
    # ... and "President of the Republic" too
    while i < len(words) - 1 and (_is_title_word(words[i]) or (i and words[i - 1].lower() in ("of", "for"))
                                  or (i and words[i].lower() == "for")
                                  # "President and Chief Executive Officer": two titles joined by "and"
                                  or (i and words[i].lower() == "and" and _is_title_word(words[i + 1]))
                                  or (i > 1 and words[i].lower() in _DEPARTMENT_WORDS
                                      and words[i - 1].lower() in _DEPARTMENT_WORDS
                                      and words[i - 2].lower() in ("of", "for"))  # "for Foreign Affairs"
                                  or (i > 1 and [w.lower() for w in words[i - 2:i]] in _OF_THE)):
        i += 1
    if words and _is_title_word(words[-1]) and i == len(words) - 1:
        i = len(words)  # "THE PRESIDENT", "MODERATOR": a role without a name
    name = words[i:]
    # ("... FOR TRADE AND" read as the role: the department after "and" is in the name)
    if any(w.lower() in ("of", "for") for w in words[:i]) and len(name) > PERSON_NAME_WORDS \
            and any(w.lower() in ("and", "&") for w in words[max(i - 1, 0):]):
        # "Regional Director for West and Central Africa Hélène Dorval": the portfolio runs on to the last two
        # words, a given name and a surname (with the particles before the surname)
        i = len(words) - PERSON_NAME_WORDS
        while i > 1 and words[i - 1].lower() in _NAME_PARTICLES:
            i -= 1
        if i > 1 and words[i].lower() in _NAME_PARTICLES:
            i -= 1  # "... Health Cathal Ó Riain": the given name before the particles
        if i > 1 and _INITIAL_RE.fullmatch(words[i]):
            i -= 1  # "... AND PORTS ENG. MARTA L. CÁCERES-ZARZA": the given name before a middle initial
        # "... and Social Welfare Dr. Héctor M. Sazo": a style before the name marks where the name starts
        styled = [k for k in range(1, len(words) - PERSON_NAME_WORDS) if words[k].lower() in _NAME_STYLES]
        if styled:
            i = styled[-1] + 1
    return words[:i], words[i:]


_HONORIFICS = frozenset("mr. mr mrs. mrs ms. ms miss dr. dr sir dame the his her hon. honorable excellency "
                        "shri smt. smt shrimati".split())


def _role_text(words: list[str]) -> str | None:
    # honorifics go, but not the article inside a role ("President of the Republic")
    kept = [w for i, w in enumerate(words)
            if w.lower() not in _HONORIFICS or (w.lower() == "the" and i and words[i - 1].lower() in ("of", "for"))]
    if not kept:
        return None
    if any(w[:1].isupper() and not w.isupper() for w in kept):  # "UN High Commissioner": its acronym stays
        return " ".join(kept)
    return " ".join(_case(w) for w in kept)


_NAME_STYLES = _HONORIFICS - {"the", "his", "her"}  # a form of address right before a name
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


# the second of two surnames after the one a label gives, when a comma, semicolon or bracket follows the name
# ("Andrea Campos Vargas, Minister of Public Security;" for "MINISTER CAMPOS:")
_SECOND_SURNAME = r"(?-i:(?:[ \t]+[%s][a-zß-ÿ][\w'’\-]*(?=[ \t]*[,;(])))?" % NAME_CAPITALS


# up to three given names and first surnames before a surname, with the particles between them ("Nasser bin Khalid
# Al-Mannai", "Rosa Maria Brito Semedo", "Nelson Évora Delgado"), and a middle initial after a given name ("Erlan T.
# Abdykadyrov", a patronymic's)
_GIVEN_NAMES = r"(?-i:(?:[%s][a-zß-ÿ][\w'’\-]*[ \t]+(?:(?:%s)[ \t]+)?(?:[%s]\.[ \t]+)?){1,3})" % (
    NAME_CAPITALS, "|".join(sorted(_NAME_PARTICLES)), NAME_CAPITALS)


def _opens_clause(found: str) -> bool:
    """"In August Kazakhstan", "The Minister Ruiz": a sentence's capitalised opening word (a stop word) before the
    name, no given name."""
    return found.split()[0].lower() in stop_words()


def _written_form(name: str, text: str, head: str) -> str | None:
    """The name as the heading or text writes it in mixed case; for a surname, the full name around it; for an
    initial and a surname ("G. PAPADAKIS"), the first name the initial stands for ("Giorgos Papadakis")."""
    words = name.split()
    pattern = r"\s+".join(rf"{w[0]}[\w'’\-]+" if re.fullmatch(r"[A-Z]\.", w) and i < len(words) - 1
                          else re.escape(w) for i, w in enumerate(words))
    if len(words) == 1:  # "Andrea Campos Vargas, Minister ...": a second surname may follow, before the role
        pattern = _GIVEN_NAMES + pattern + _SECOND_SURNAME
    else:  # "DR SITI RAHMAH:" under "Dr Siti Rahmah Abdullah, head of ...": the name the label shortens
        pattern = pattern + _SECOND_SURNAME
    if len(words) > 1:  # "RIGHI VALENTINI:" under "Dott.ssa Federica Righi Valentini — Director General": a given
        # name before a surname of two words, opening a line of the header's list of speakers
        for m in re.finditer(rf"(?m)^[ \t]*(?:[\w.'’]+[ \t]+)?(?P<name>{_GIVEN_NAMES}{pattern})\b", head,
                             re.IGNORECASE):
            found = _strip_titles(" ".join(m.group("name").split()))
            if not m.group().isupper() and len(found.split()) > len(words) \
                    and not _is_title_word(found.split()[0]) and not _names_body(found):
                return found
    bare = None  # "Captain Venkatasamy" before "Captain Joanna Venkatasamy": a title and the surname, no full name
    for source in (head, text):
        for m in re.finditer(rf"\b{pattern}\b", source, re.IGNORECASE):
            found = _after_last_title(" ".join(m.group().split()))
            if found.split()[-1] != words[-1] and _is_title_word(found.split()[-1]):
                found = found.rsplit(" ", 1)[0]
            # (a name opens with a capital: "de Chile" of "Misión Permanente de Chile" is none)
            if not found.isupper() and found[:1].isupper() and not _opens_clause(found) \
                    and all(w[0].isupper() or w in _NAME_PARTICLES for w in found.split()) and not _names_body(found):
                name = _without_portfolio(_strip_titles(found), source[:m.start()]) if len(words) == 1 \
                    else _strip_titles(found)
                if len(words) > 1 or len(name.split()) > 1:
                    return name
                bare = bare or name
    if len(words) == 1:  # "Huang Chia-wen (Director, ...)" for "DIRECTOR HUANG:": a family name written first, then
        # a given name of two syllables joined by a hyphen
        for source in (head, text):
            m = re.search(rf"\b{re.escape(words[0])}[ \t]+(?-i:[A-Z][a-z]+-[a-z]+)\b", source, re.IGNORECASE)
            if m is not None and m.group()[0].isupper() and not m.group().isupper():
                return " ".join(m.group().split()[:1]).title() + " " + m.group().split()[1]
    if bare:
        return bare
    if len(words) == 1:  # "Interview with Katrin Aavik": the capitalised words right before the surname
        for source in (head, text):
            m = re.search(rf"{_GIVEN_NAMES}{re.escape(words[0])}\b", source, re.IGNORECASE)
            if m is not None and not m.group().isupper() and not _names_body(m.group()) \
                    and not _opens_clause(m.group()):
                return _without_portfolio(_strip_titles(" ".join(m.group().split())), source[:m.start()])
    return None


_PORTFOLIO_BEFORE_RE = re.compile(r"\b(?:of|for)(?:\s+the)?\s*$")


def _without_portfolio(name: str, before: str) -> str:
    """"Tourism David Collado" after "Minister of": the word after "of" names the office's portfolio, as in
    ``_split_role``, when two names are left."""
    words = name.split()
    if len(words) > PERSON_NAME_WORDS and _PORTFOLIO_BEFORE_RE.search(before):
        return " ".join(words[1:])
    return name


def _standing_form(name: str, text: str) -> str:
    """The shorter name a page also prints on its own ("Sahiba Gafarova" in a related headline) for a name read
    after a body's words ("Chair of the Milli Majlis Sahiba Gafarova" -> "Majlis Sahiba Gafarova"): the last two or
    more of its words, standing after no capitalised word."""
    words = name.split()
    for k in range(1, len(words) - PERSON_NAME_WORDS + 1):
        short = " ".join(words[k:])
        if re.search(rf"(?<![\w'’-])(?<![A-Z][\w'’-] )(?:^|(?<=[\s(\"“]))(?-i:{re.escape(short)})\b", text, re.M) \
                and not re.search(rf"{re.escape(words[k - 1])}\s+{re.escape(short)}", text.replace(name, "")):
            return short
    return name


def _names_body(name: str) -> bool:
    """An institution's name, in English or in its own language ("Misión Permanente de Chile"), not a person's."""
    return _is_institution(name) or not {w.lower() for w in name.split()}.isdisjoint(
        lexicon("native_institution_words"))


def _after_last_title(found: str) -> str:
    """"Council Spokesperson Lionel Ashby" -> "Lionel Ashby": the capitalised words read before a surname start after
    the last word of a title or a body's name among them."""
    words = found.split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if _is_title_word(w) or _body_word(w)), default=0)
    return " ".join(words[cut:])


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and _is_title_word(words[0]):
        words = words[1:]
    return " ".join(words)


def _role_key(word: str) -> str:
    """A role word without its gendered ending: "Spokesman", "Spokesperson" -> "spokes"; "Chairwoman" -> "chair"."""
    return re.sub(r"(?:wo)?m[ae]n$|person$", "", word.lower())


def _role_only(author: str) -> bool:
    """"the Spokesperson", "the High Representative": a title without a name."""
    words = [w for w in author.split() if w.lower() != "the"]
    role, name = _split_role(words)
    if not role and 1 < len(words) <= MAX_OFFICE_WORDS and words[-1].lower() in lexicon("role_heads") \
            and all(w[:1].isupper() for w in words):
        return True  # "the Harbour Ombudsman", "Alliance Spokesperson": a body's or a place's word, then the office
    # "the Minister of Mines", "the Minister of Energy and Mines": one word after "of" (or after the "and" of a
    # portfolio) names the office's portfolio or country, not its holder
    return bool(role) and (not name or (len(name) == 1 and role[-1].lower() in ("of", "for", "and")))


# "the Permanent Representative of Fiji, H.E. Mr. Semi Vunivalu, at ...": a role, then its holder; a role never holds
# a venue or a number ("the Republic of Croatia at the 1501st meeting of ..., Vienna" names the occasion's place)
# "Energy and Mining", "Trade, Industry": the last items of a portfolio's list, after its first one's comma
_PORTFOLIO_PIECE_RE = re.compile(r"(?:and\s+)?[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?")
_APPOSITIVE_RE = re.compile(r"^\s*(?i:the)\s+(?P<role>[A-Z](?:(?!\s(?i:at)\s)[^,\d]){0,%d}),\s+(?P<name>[^,]+)"
                            % MAX_ROLE_CHARS)
# "Madam President": a form of address before an office alone is no name
_HONORIFIC_WORDS = (r"H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|His|Her|Excellency|Shri|Smt\.?|Shrimati"
                    r"|Madam|Madame|Mister|Monsieur|Mme\.?|Ing\.|Eng\.|Engr\.|Arch\.|Atty\.|Lic\.|Amb\.|Prof\.|Ir\.|Ec\.|Dra\."
                    r"|Sr\.|Sra\.|Srta\.|Dña\.|Sig\.|Sig\.ra")
_HONORIFIC_PREFIX_RE = re.compile(rf"^(?:(?:{_HONORIFIC_WORDS})\s+)+")
# "..., Shipping and Waterways Shri Devendra Kumar Mehta": a style inside a line opens the name after it
_STYLE_INSIDE_RE = re.compile(rf"(?<=\s)(?-i:{_HONORIFIC_WORDS})\s+(?=[A-Z])")


def _appositive_name(rest: str) -> str | None:
    """"the Permanent Representative of Fiji, H.E. Mr. Semi Vunivalu, at ..." -> "Semi Vunivalu"."""
    rest = _HONORIFIC_PREFIX_RE.sub("", rest.lstrip())  # "H.E. the Minister of ..., Dr. ..."
    m = _APPOSITIVE_RE.match(rest)
    if m is None:
        return None
    # "the Minister of Industry, Energy and Mining, Valentina Ferreira": the portfolio's list goes on past a comma
    pieces = [m.group("name").strip()] + [p.strip() for p in rest[m.end():].split(",")[1:]]
    while len(pieces) > 1 and _PORTFOLIO_PIECE_RE.fullmatch(pieces[0]) and not _person_name(pieces[0]):
        pieces = pieces[1:]
    name = _name_after(_HONORIFIC_PREFIX_RE.sub("", pieces[0]))
    role = m.group("role").split()
    if name and not _split_role(role + ["X"])[1][:-1]:  # "the President of the Republic": a role, kept with the name
        return " ".join(role + [name])
    return name


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)


_BREAK_WORDS = "on|at|to|before|following|regarding|about|in|during|after|upon|with"
# ... in lower case, or in the capitals of a shouted heading ("REMARKS BY MINISTER ANA RUIZ AT THE FORUM")
_NAME_BREAK_RE = re.compile(r"\s+(?:%s|for|and|%s|FOR|AND)\s+|[,:;(\[]|\s[—–|-]{1,2}\s"
                            % (_BREAK_WORDS, _BREAK_WORDS.upper()))
# the same without "for" and "and", which may sit inside a role ("Minister for Trade and Industry Ana Ruiz")
_ROLE_NAME_BREAK_RE = re.compile(r"\s+(?:%s|%s)\s+|[,:;(\[]|\s[—–|-]{1,2}\s" % (_BREAK_WORDS, _BREAK_WORDS.upper()))


MAX_PORTFOLIO_WORDS = 4  # "for West and Central Africa": the words of a role's region or portfolio after a title


def _name_after(rest: str) -> str | None:
    """The capitalised name at the start of ``rest``, up to a preposition or punctuation; a role with "for" in it
    keeps its name ("Minister for Foreign Affairs Saara Lindqvist", not "Minister")."""
    segment = _NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0]
    name = _capitalised_run(segment)
    if name is None and _capitalised_run(segment, len(segment.split())):
        # "the Prime Minister of the Republic of Armenia Davit Harutyunyan": a long role, then the name
        return _person_name(segment)
    words = name.split() if name else []
    if words and all(_is_title_word(w) or (not i and len(words) > 1 and _body_word(w)) for i, w in enumerate(words)):
        # "UN High Commissioner for Refugees Filippo Grandi": a body's acronym may open the title
        longer = _capitalised_run(_ROLE_NAME_BREAK_RE.split(rest.strip(), maxsplit=1)[0],
                                  MAX_SPEAKER_WORDS + MAX_PORTFOLIO_WORDS)
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
    unstyled = _STYLE_PREFIX_RE.sub("", phrase)
    honorific = _HONORIFIC_PREFIX_RE.match(unstyled)
    if honorific:  # "Mr. Ratu Joeli Nawaqatabu": a style after the honorific goes too
        unstyled = unstyled[:honorific.end()] + _STYLE_PREFIX_RE.sub("", unstyled[honorific.end():])
    phrase = unstyled if len(unstyled.split()) >= 2 else phrase  # "Lyonpo Pema Lhundup": the style is no name
    words = _without_post_nominals(phrase.split())
    role_words, name_words = _split_role(words)
    if not role_words and len(words) > 2 and _body_word(words[0]) and _is_title_word(words[1]):
        role_words, name_words = _split_role(words[1:])  # "UN High Commissioner for Refugees Filippo Grandi"
        role_words = [words[0], *role_words]
    role_words, name_words = _title_inside(role_words, name_words)
    if _is_institution(phrase) and not role_words:
        return Speaker(phrase, organization=phrase, speaker_type="ORG")
    name = " ".join(name_words) or phrase
    if len(name_words) == 1 and role_words:  # "CHIEF CABINET SECRETARY HAYASHI" under "... Hayashi Yoshimasa"
        held = _titled_holder(" ".join(role_words), name, head + "\n" + text)
        if held:
            return Speaker(held, role=_role_text(role_words))
    if len(name_words) == 1 or name.isupper():
        name = _written_form(name, text, head) or " ".join(_case(w) for w in name.split())
    elif len(name_words) > PERSON_NAME_WORDS and role_words and role_words[-1][:1].isupper() \
            and len(role_words) > 1 and role_words[-2].lower() in ("of", "the", "for"):
        short = _standing_form(name, text + "\n" + head)
        role_words = role_words + name_words[:len(name_words) - len(short.split())]  # "... of the Milli Majlis"
        name = short
    return Speaker(name, role=_role_text(role_words))


def _titled_holder(role: str, surname: str, text: str) -> str | None:
    """The full name the text gives the holder of ``role`` when it holds ``surname``, in either order of the
    names ("Chief Cabinet Secretary Hayashi Yoshimasa" for "CHIEF CABINET SECRETARY HAYASHI")."""
    if not _NAME_PART_RE.match(_case(surname)) or len(role.split()) > MAX_SPEAKER_WORDS:
        return None
    role = " ".join(_case(w) if w.isupper() else w for w in role.split())
    for holder in _role_holders(role, text):
        words = holder.split()
        if len(words) > 1 and surname.lower() in (w.lower() for w in words):
            return holder
    return None


def _title_inside(role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """A title after a word that is no title ("Foreign Ministry Spokesperson Nguyen Thu Trang": "Ministry" is a
    department, not a title) still ends the role: the name is what follows the last title word."""
    last = max((i for i, w in enumerate(name[:-1]) if _is_title_word(w) and w.lower() not in ("the", "of")),
               default=-1)
    if last < 0 or len(name) - last - 1 < 2:
        return role, name
    return role + name[:last + 1], name[last + 1:]


MAX_SIGNATURE_ROLE_WORDS = 8  # the role line under a signature: "Parliamentary Ombudsman", "Governor, Bank of ..."


def _signed_holder(page: str, role: str) -> str | None:
    """"Judge Emeritus Antonio Mizzi" / "Parliamentary Ombudsman" signing a page headed "Statement by the
    Parliamentary Ombudsman": a line that is only a name (after titles), over a line that holds the role's head."""
    head = _role_key(role.split()[-1])
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    for above, below in zip(lines, lines[1:]):
        words = below.replace(",", " ").split()
        if not words or len(words) > MAX_SIGNATURE_ROLE_WORDS or head not in {_role_key(w) for w in words}:
            continue
        person = _person_name(above)
        if person and above.endswith(person):
            return person
    return None
