"""Names of issuing institutions and publishers, as a page prints them and as facts should carry them.

A page names its publisher or issuer in a masthead ("U.S. BUREAU OF LABOR STATISTICS"), a copyright line
("© Kestrel Motors AG"), an acronym ("Copyright PPA") or a logo split over lines ("Climate Change Service" /
"Copernicus"). These helpers turn such a name into the one the page spells out:

  * ``recase``: an all-capitals name takes the mixed-case form the page writes it in, else title case with
    lower-case connectors ("U.S. DEPARTMENT of ENERGY" -> "U.S. Department of Energy");
  * ``without_legal_form``: "Nordhavn Wind A/S" -> "Nordhavn Wind" (lexicon ``legal_forms``);
  * ``expand``: an acronym the page spells out ("PPA" -> "Pacific Press Agency") and a name the page writes
    longer after "the" ("Climate Change Service" -> "Copernicus Climate Change Service");
  * ``without_country``: the name of an institution without a country's code or name in front of it ("U.S.
    Bureau of Labor Statistics" -> "Bureau of Labor Statistics"; lexicon ``country_qualifiers``). Publishers
    keep it (the page's own masthead); speakers and entities drop it, so one body has one name everywhere.

``publisher_name`` and ``speaker_name`` chain them. ``is_institution`` says whether a name is an institution's
(an office, agency, bureau, bank, ministry ...: lexicon ``institution_words``) rather than a news outlet's
(lexicon ``media_words``). ``announcer`` finds the organisation a release's lead sentence opens with
("Nordhavn Wind A/S today announced ...").
"""

from __future__ import annotations

import re

from .language import lexicon, unaccented

MAX_ACRONYM_LETTERS = 6
MAX_INNER_LETTERS = 1  # "JAXA": one letter of an acronym may come from inside a word ("eXploration")
MAX_EXTRA_WORDS = 3  # words a longer spelling may add in front of a name ("Copernicus" + "Climate Change Service")
MAX_NAME_WORDS = 12
MIN_SHOUTED_LETTERS = 4  # "NASA" is an acronym, "PACIFIC PRESS AGENCY" a shouted name
MIN_UNQUALIFIED_WORDS = 3  # words an institution's name keeps without the country in front of it

# "Côte d'Ivoire", "Ministère de l'Environnement": a French elision before a capital stays in the name
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|(?:[dl]['’])?[A-Z][\w'’&/\-]*\.?)"
# the lower-case words of a name, from the one lexicon ("Instituto Português do Mar e da Atmosfera")
_CONNECTOR = "(?:" + "|".join(sorted(map(re.escape, lexicon("name_connectors")), key=len, reverse=True)) + ")"
_NAME_RUN_RE = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_NAME_WORD})*")
# "Astronomy, Astrophysics and Geophysics": a name whose last words are a list, its commas inside the name
_LISTED_NAME_RUN_RE = re.compile(rf"{_NAME_WORD}(?:,?[ \t]+(?:{_CONNECTOR}[ \t]+)*{_NAME_WORD})*")


def _connectors() -> frozenset[str]:
    return lexicon("name_connectors")


def is_shouted(name: str) -> bool:
    """True for a name printed in capitals ("U.S. BUREAU OF LABOR STATISTICS", "U.S. DEPARTMENT of ENERGY"):
    every word of several letters is upper-case, and together they are more than an acronym."""
    long_words = [w for w in name.split() if "." not in w and sum(c.isalpha() for c in w) >= 2
                  and w.lower() not in _connectors()]
    letters = sum(sum(c.isalpha() for c in w) for w in long_words)
    return bool(long_words) and all(w.isupper() for w in long_words) and (
        letters > MIN_SHOUTED_LETTERS or len(long_words) > 1)


# "D'ESTADÍSTICA", "DELL'AMBIENTE": an elided article or preposition, kept lower case, before a capitalised word
ELIDED_PARTICLE = re.compile(r"^(?P<particle>(?:d|l|dell|all|dall|nell|sull|qu)['’])(?P<rest>\w.*)$", re.I)


def _title_word(word: str, first: bool) -> str:
    if "." in word and word.replace(".", "").isalpha():  # "U.S."
        return word.upper()
    if word.lower() in _connectors() and not first:
        return word.lower()
    if re.match(r"^o['’]\w", word, re.I):  # "O'NEILL" -> "O'Neill"
        return word[:2].upper() + _title_word(word[2:], True)
    elided = ELIDED_PARTICLE.match(word)
    if elided:
        particle = elided.group("particle").lower()
        return (particle.capitalize() if first else particle) + _title_word(elided.group("rest"), True)
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def title_case(text: str) -> str:
    """"DEPARTAMENT D'ESTADÍSTICA" -> "Departament d'Estadística", "U.S. BUREAU OF LABOR STATISTICS" -> "U.S. Bureau
    of Labor Statistics": each word capitalised, connectors and elided particles in lower case."""
    return " ".join(_title_word(word, index == 0) for index, word in enumerate(text.split()))


def _words_pattern(name: str) -> str:
    return r"[ \t]+".join(re.escape(w) for w in name.split())


def page_spelling(name: str, text: str) -> str | None:
    """``name`` as ``text`` writes it in mixed case (each word capitalised or a connector), if it does."""
    if not text:
        return None
    for m in re.finditer(rf"(?<![\w.]){_words_pattern(name)}(?![\w])", text, re.IGNORECASE):
        found = " ".join(m.group().split())
        words = found.split()
        if not is_shouted(found) and words[0][0].isupper() and all(
                w[0].isupper() or w.lower() in _connectors() or ELIDED_PARTICLE.match(w) for w in words):
            return found
    return None


def recase(name: str, text: str = "") -> str:
    """An all-capitals name in the case the page writes it, else in title case; other names as they are."""
    name = " ".join(name.split())
    if not is_shouted(name) or _acronym_in_prose(name, text):
        return name
    first, _, rest = name.partition(" ")
    if first == "THE" and len(rest.split()) >= 2 and is_institution(rest):  # "THE BANK OF KOREA" -> "Bank of Korea"
        name = rest
    return page_spelling(name, text) or title_case(name)


def _acronym_in_prose(name: str, text: str) -> bool:
    """"CSIRO" in "a study led by CSIRO": one word the text writes in capitals after a lower-case word is an
    acronym, not a name shouted in a masthead; so is one the text defines in brackets ("... Volcanology (CRGSV)")."""
    return " " not in name and bool(text) and (re.search(
        rf"\b[a-z]+[ \t]+{re.escape(name)}(?![\w])", text) is not None or f"({name})" in text)


_REGISTRATION_NUMBER_RE = re.compile(r"\(\d[\w-]*\d[\w-]*\)")


def without_legal_form(name: str) -> str:
    """"Kestrel Motors AG" -> "Kestrel Motors", "Harbour Media (Pty) Ltd" -> "Harbour Media", "RSE Kazhydromet" ->
    "Kazhydromet"; a name that is only a legal form stays."""
    words = name.split()
    if len(words) > 1 and _REGISTRATION_NUMBER_RE.fullmatch(words[-1]):
        words.pop()  # "Rajang Times Media Sdn Bhd (654321-K)": the company's registration number
    forms = lexicon("legal_forms") | lexicon("spelled_legal_forms")
    # "Horizon Rail Co" once a copyright line's "Co., Ltd." lost its full stop: the form without its dot; "Harbour
    # Media (Pty) Ltd": a form in brackets too
    while len(words) > 1 and any(form in forms or form + "." in forms for form in (
            words[-1].lower().strip(","), words[-1].lower().strip(",").removeprefix("(").removesuffix(")"))):
        words.pop()
    if len(words) > 1 and words[0].isupper() and words[0].lower() in lexicon("leading_legal_forms"):
        words = words[1:]  # "RSE Kazhydromet", "JSC Kazakhtelecom": a form written in front
    return " ".join(words).rstrip(",")


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in _connectors())


def is_acronym(name: str) -> bool:
    return " " not in name and name.isalpha() and name.isupper() and 2 <= len(name) <= MAX_ACRONYM_LETTERS


def abbreviates(acronym: str, name: str) -> bool:
    """True when ``acronym`` takes one letter from each word of an institution's ``name`` in order, each the word's
    initial except at most one inner letter ("JAXA" for "Japan Aerospace Exploration Agency")."""
    words = [w for w in name.split() if w.lower() not in _connectors()]
    if len(words) != len(acronym) or len(words) < 2 or not is_institution(name):
        return False
    if acronym[0] != words[0][0] or acronym[-1] != words[-1][0]:
        return False
    inner = [letter for letter, word in zip(acronym, words) if word[0] != letter]
    return len(inner) <= MAX_INNER_LETTERS and all(
        letter.lower() in word[1:].lower() for letter, word in zip(acronym, words) if word[0] != letter)


MIN_SHORTENED_WORDS = 2  # a short name takes the start of at least two of the full name's words


MIN_SYLLABLE_LETTERS = 3  # a syllabic short name's pieces taken out of the name's order


def shortens(short: str, name: str) -> bool:
    """True when the one word ``short`` is made of the starts of words of an institution's ``name``, in order and
    from its first word on: "AEMET" for "Agencia Estatal de Meteorología", "Istat" for "Italian National Institute of
    Statistics" (a syllabic acronym or a clipped name, not one word of the name: "Reuters" is not short for
    "Thomson Reuters Foundation")."""
    # ("REVOSIMA" for "Réseau de surveillance volcanologique et sismologique de Mayotte": accents aside)
    words = [w.lower() for w in unaccented(name).split() if w.lower() not in _connectors()]
    short = unaccented(short).lower()
    if " " in short or not short.isalpha() or len(words) < MIN_SHORTENED_WORDS or not is_institution(name):
        return False

    def rest(at: int, word: int, pieces: int) -> bool:
        if at == len(short):
            return pieces >= MIN_SHORTENED_WORDS
        return any(short[at:at + size] == words[w][:size] and rest(at + size, w + 1, pieces + 1)
                   for w in range(word, len(words) if pieces else 1)
                   for size in range(len(short) - at, 0, -1))
    if short[0] == words[0][0] and rest(0, 0, 0):
        return True

    def any_order(at: int, used: frozenset, pieces: int) -> bool:
        if at == len(short):
            return pieces >= MIN_SHORTENED_WORDS
        return any(short[at:at + size] == words[w][:size] and any_order(at + size, used | {w}, pieces + 1)
                   for w in range(len(words)) if w not in used
                   for size in range(len(short) - at, MIN_SYLLABLE_LETTERS - 1, -1))
    # "MONSTAT" for "Statistical Office of Montenegro", "Geostat" for "National Statistics Office of Georgia": the
    # country's syllable first, each piece of three letters or more
    return any_order(0, frozenset(), 0)


def abbreviates_compounds(acronym: str, name: str) -> bool:
    """True when ``acronym`` takes the initial of each word of ``name`` in order and at most one more letter from
    inside each word, as a compound's second part ("CNW" for "Cardinal Newswire", "IAP" for "Interamerica Press",
    "NGW" for "Northgate Wire")."""
    # ("Meridian Newswire Ltd": the legal form is no word the acronym spells)
    words = [w.upper() for w in without_legal_form(name).split() if w.lower() not in _connectors() and w[:1].isalpha()]
    if len(words) < 2 or not len(words) <= len(acronym) <= 2 * len(words) or not is_acronym(acronym):
        return False

    def spells(k: int, w: int) -> bool:
        if w == len(words):
            return k == len(acronym)
        if k >= len(acronym) or acronym[k] != words[w][0]:
            return False
        return spells(k + 1, w + 1) or (k + 1 < len(acronym) and acronym[k + 1] in words[w][1:]
                                         and spells(k + 2, w + 1))

    return spells(0, 0)


def spelled_out(acronym: str, text: str) -> str | None:
    """The name whose initials are ``acronym`` ("PACIFIC PRESS AGENCY" for "PPA"), as ``text`` prints it; else an
    institution's name the acronym abbreviates with one inner letter ("JAXA"). A name the text defines the acronym
    by ("Centre for Research in Astronomy, Astrophysics and Geophysics (CRAAG)") comes first, its list of words
    with commas too."""
    for m in re.finditer(rf"({_LISTED_NAME_RUN_RE.pattern})[ \t]*\({re.escape(acronym)}\)", text):
        name = _spelling_in(m.group(1), acronym, exact=True)
        if name:
            return name
    return _spelling_in(text, acronym)


def _spelling_in(text: str, acronym: str, exact: bool = False) -> str | None:
    """The first run of name words in ``text`` whose initials are ``acronym`` (``exact``: a run ending where the
    text ends); else, unless ``exact``, a name the acronym abbreviates loosely."""
    loose = None
    for m in (_LISTED_NAME_RUN_RE if exact else _NAME_RUN_RE).finditer(text):
        words = m.group().split()
        for i in range(len(words)):
            if words[i].lower() in _connectors():
                continue
            for j in range(len(words), i if not exact else len(words) - 1, -1):
                name = " ".join(words[i:j])
                if words[j - 1].lower() in _connectors() or " " not in name:
                    continue
                if initials(name) == acronym:
                    return name.rstrip(".,;:")  # "... Pakistan Cricket Board. All rights reserved."
                if loose is None and not exact and abbreviates(acronym, name):
                    loose = name
    return loose


def _not_name_word(word: str) -> bool:
    low = word.lower()
    return low in lexicon("not_names") or low in lexicon("stopwords") or low in _connectors()


def longer_spelling(name: str, text: str) -> str | None:
    """"the Copernicus Climate Change Service" in ``text`` for "Climate Change Service": the longer name the
    text gives after "the" (capitalised words only, none of them a sentence opener), where the name ends the run
    ("The Thomson Reuters Trust Principles" names the principles, not a longer "Reuters")."""
    pattern = (rf"\b[Tt]he[ \t]+((?:[A-Z][\w'’&\-]*[ \t]+){{1,{MAX_EXTRA_WORDS}}}){_words_pattern(name)}\b"
               r"(?![ \t]+[A-Z])")
    for m in re.finditer(pattern, text):
        extra = m.group(1).split()
        if not any(_not_name_word(w) for w in extra):
            return " ".join(extra + name.split())
    return None


def expand(name: str, text: str) -> str:
    """The fullest name the page gives for ``name``."""
    if is_acronym(name):
        return spelled_out(name, text) or name
    return longer_spelling(name, text) or _acronym_spelled_out(name, text)


def _acronym_spelled_out(name: str, text: str) -> str:
    """"Council of the EU" -> "Council of the European Union": a name that ends in an acronym the page spells out,
    with the acronym spelled out."""
    head, _, last = name.rpartition(" ")
    if not head or not is_acronym(last):
        return name
    full = spelled_out(last, text)
    return f"{head} {full}" if full else name


def without_country(name: str, text: str = "") -> str:
    """"U.S. Bureau of Labor Statistics" -> "Bureau of Labor Statistics": an abbreviated country in front of an
    institution's name of three or more words is a qualifier, not part of the name ("U.S. Geological Survey" keeps
    it: "Geological Survey" names no one body), unless ``text`` shortens the name to an acronym that spells the
    country out ("UKHSA" for the "UK Health Security Agency")."""
    words = name.split()
    for size in (2, 1):  # "United States Environmental Protection Agency", "U.S. Bureau of Labor Statistics"
        qualifier = " ".join(words[:size]).lower()
        if len(words) >= size + MIN_UNQUALIFIED_WORDS and qualifier in lexicon("country_qualifiers") \
                and is_institution(" ".join(words[size:])) and not _acronym_with_country(words, size, text):
            return " ".join(words[size:])
    return name


def _acronym_with_country(words: list[str], size: int, text: str) -> bool:
    """True when ``text`` writes the name's acronym with the country's letters in it ("UKHSA", "USGS")."""
    country = "".join(c for w in words[:size] for c in (w if w.replace(".", "").isupper() else w[0]) if c.isalpha())
    acronym = country.upper() + initials(" ".join(words[size:]))
    return bool(text) and re.search(rf"(?<![\w.]){acronym}(?![\w])", text) is not None


MIN_NAME_BEFORE_ACRONYM_WORDS = 3  # "Swiss Federal Nuclear Safety Inspectorate ENSI": a full name, then its acronym


def without_leading_acronym(name: str) -> str:
    """"NEPA Northern European Press Agency" -> the name without the acronym a masthead prints in front of it."""
    first, _, rest = name.partition(" ")
    return rest if rest and is_acronym(first) and initials(rest) == first else name


def without_trailing_acronym(name: str) -> str:
    """"Swiss Federal Nuclear Safety Inspectorate ENSI" -> the name without the acronym a masthead runs on after it."""
    words = name.split()
    rest = " ".join(words[:-1])
    if len(words) > MIN_NAME_BEFORE_ACRONYM_WORDS and is_acronym(words[-1]) and not is_shouted(rest) \
            and words[-2].lower() not in _connectors() and is_institution(rest) \
            and (words[-3].lower() != "the" or _initials_spell(words[-1], rest)):
        return rest  # (not "Council of the EU", "... Bureau of the Macao SAR": whole names)
    return name


def _initials_spell(acronym: str, name: str) -> bool:
    """``acronym`` is the initials of ``name``'s words, maybe with more letters of its last word ("FOEN": Federal
    Office for the ENvironment)."""
    spelled = initials(name)
    last = name.split()[-1].lower()
    rest = acronym[len(spelled):].lower()
    return len(spelled) >= 2 and acronym.startswith(spelled) and (
        not rest or re.fullmatch(".*".join(map(re.escape, rest)) + ".*", last[1:]) is not None)


# "Governo de Portugal", "Gobierno de Chile", "Gouvernement du Canada": a government's name in its own language
_NATIVE_STATE_RE = re.compile(
    r"^(?P<form>gobierno|gouvernement|governo|regierung|república|république|repubblica|republik|reino|royaume|regno)"
    r"\s+(?:de\s+la|del|de|du|da|do|di|della|des|von|der)\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$", re.I)
_ENGLISH_STATE_FORMS = {"gobierno": "Government", "gouvernement": "Government", "governo": "Government",
                        "regierung": "Government", "república": "Republic", "république": "Republic",
                        "repubblica": "Republic", "republik": "Republic", "reino": "Kingdom", "royaume": "Kingdom",
                        "regno": "Kingdom"}


_PLACE_BEFORE_WORDS = "in|of|to|from|for|and|across|with|between|by|on|at|visit|visited"


def english_state_name(name: str, text: str) -> str:
    """"Governo de Portugal" -> "Government of Portugal" on a page whose English sentences write "Portugal" (a place
    spelt alike in both languages); else the name as it is ("Gobierno de España" stays where "Spain" is written,
    and where only a menu of the site's language writes "España")."""
    m = _NATIVE_STATE_RE.match(name.strip())
    if m is None or not text:
        return name
    place = m.group("place")
    outside = text.replace(name, " ")
    # (in an English sentence: "in Portugal", "of Portugal"; not "España" in a menu of the site's own language)
    if not re.search(rf"\b(?:{_PLACE_BEFORE_WORDS})\s+{re.escape(place)}(?![\w])", outside) \
            or not re.search(r"\bthe\b", outside):
        return name
    return f"{_ENGLISH_STATE_FORMS[m.group('form').lower()]} of {place}"


MIN_DEFINED_ACRONYM_LETTERS = 3


def _defined_spelling(name: str, text: str) -> str:
    """"Centre de Recherche en Géologie, Sismologie et Volcanologie" on a masthead -> "Centre for Research in
    Geology, Seismology and Volcanology", the name the text defines the same acronym by ("... (CRGSV)")."""
    acronym = initials(name) if " " in name else ""
    if len(acronym) < MIN_DEFINED_ACRONYM_LETTERS or f"({acronym})" not in text:
        return name
    defined = spelled_out(acronym, text)  # (a shouted masthead's definition is recased)
    return recase(defined, text) if defined and f"{defined} ({acronym})" in text else name


def publisher_name(name: str, text: str = "") -> str:
    """A publisher's name as the page spells it out: re-cased, without a legal form or an acronym run on after it,
    acronyms expanded, a government's name in its own language in English."""
    name = english_state_name(without_trailing_acronym(without_legal_form(recase(name, text))), text)
    name = _defined_spelling(without_leading_acronym(name), text)
    expanded = expand(name, text)
    return without_legal_form(recase(expanded, text)) if expanded != name else name


def speaker_name(name: str, text: str = "") -> str:
    """An issuing body's name as facts carry it: the publisher's form without a leading "The" ("The Barbados Workers'
    Union" on its masthead), without an abbreviated country, and without a second name in another language that
    the text never uses with it."""
    name = re.sub(r"^(?i:the)\s+(?=[A-Z])", "", name.strip())
    name = without_second_name(without_country(publisher_name(without_government(name), text), text), text)
    return with_acronym_spelled(without_place_of(name, text), text)


MAX_SPELLED_HEAD_WORDS = 8


def with_acronym_spelled(name: str, text: str) -> str:
    """"MRC Secretariat" -> "Mekong River Commission Secretariat": a name headed by an acronym, in the longer form the
    text also writes, with the words the acronym stands for; the name as it is when the text never writes that."""
    words = name.split()
    if len(words) < 2 or not is_acronym(words[0]) or not text:
        return name
    rest = " ".join(words[1:])
    words_before = rf"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){{2,{MAX_SPELLED_HEAD_WORDS}}}"
    run = rf"({words_before}){re.escape(rest)}(?![\w-])"
    for m in re.finditer(run, text):
        head = m.group(1).split()
        for i in range(len(head)):
            spelled = " ".join(head[i:])
            if head[i].lower() not in _connectors() and initials(spelled) == words[0]:
                return f"{spelled} {rest}"
    return name


MIN_PLACELESS_WORDS = 3  # "Ministry of Agriculture" names a body without its country; "Central Bank" does not
# "Ministry of Agriculture of Ethiopia", "Ministry of Agriculture, Forestry and Fisheries (Cambodia)": a body's name,
# then its country or place
_PLACE_OF_RE = re.compile(r"^(?P<body>.+?)(?:\s+of\s+(?:the\s+)?|\s+(?P<open>\())[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
                          r"(?(open)\))$")


def without_place_of(name: str, text: str) -> str:
    """"Ministry of Agriculture of Ethiopia" (a feed's form) -> "Ministry of Agriculture", when ``text`` never
    writes the longer name but calls the body "the Ministry of Agriculture": the form the page itself uses."""
    m = _PLACE_OF_RE.match(name)
    if m is None or not text:
        return name
    body = m.group("body")
    if len(body.split()) < MIN_PLACELESS_WORDS or not is_institution(body):
        return name
    if name in text:
        return name
    # "the Ministry of Agriculture" in the text, or "METEOROLOGICAL SERVICES DEPARTMENT" on the masthead with "... of
    # Zimbabwe" only in a copyright line the text leaves out: the form the page uses
    alone = re.search(rf"\b{re.escape(body)}\b(?!\s+(?:of|\())", text, flags=re.I)
    return body if re.search(rf"\b[Tt]he\s+{re.escape(body)}\b", text) or alone else name


def without_government(name: str) -> str:
    """"Environment Protection Department, Government of the Punjab" -> "Environment Protection Department": a body's
    name with its government's after a comma speaks as the body (a state's own name, or a government's, stays)."""
    body, comma, rest = name.partition(", ")
    if comma and STATE_NAME.match(rest.strip()) and not STATE_NAME.match(body) and is_institution(body):
        return body
    return name


MIN_SECOND_NAME_WORDS = 2  # "Tatauranga Aotearoa": a name of its own, not one word of the first


def without_second_name(name: str, text: str) -> str:
    """"Stats NZ Tatauranga Aotearoa" -> "Stats NZ": a masthead line that runs a body's name into its name in another
    language, when ``text`` writes the first name alone ("figures released by Stats NZ today"). The second name holds
    no institution word and no connector ("Ministry of Health of New Zealand" is one name)."""
    words = name.split()
    for size in range(len(words) - MIN_SECOND_NAME_WORDS, 0, -1):
        first, second = words[:size], words[size:]
        if first[-1].lower() in _connectors() or not all(w[:1].isupper() for w in second):
            continue  # "Prevention and Control" runs the first name on
        if len(first) < 2 and not is_acronym(first[0]) or not _name_words(" ".join(second)).isdisjoint(
                lexicon("institution_words")):
            continue
        if re.search(rf"\b(?:of|in|to|from)\s+(?:the\s+)?{re.escape(' '.join(second))}\b", text):
            continue  # "Department of Statistics Sint Maarten" under "Government of Sint Maarten": a place, no name
        alone = rf"(?<![\w'’]){re.escape(' '.join(first))}(?![\w'’])(?!\s+{re.escape(second[0])})(?!\s+[A-Z])"
        if re.search(alone, text):
            return " ".join(first)
    return name


_CAMEL_PART_RE = re.compile(r"[A-Z][a-z]+")


def _name_words(name: str) -> set[str]:
    """The words of a name, lower-cased, with the parts of a one-word brand ("MetService": "met", "service")."""
    words = {w.lower().strip(".,()") for w in name.replace("-", " ").split()}
    parts = {p.lower() for w in name.split() if not w.isupper() for p in _CAMEL_PART_RE.findall(w)}
    return words | (parts if len(parts) > 1 else set())


# "Government of Kenya", "Republic of Croatia", "République de Côte d'Ivoire", "Reino de España", "Govern d'Andorra":
# a state's own name, as a banner over the body that publishes (English or native); "Democratic Republic of ...",
# "United Republic of ..." too
STATE_NAME = re.compile(r"^(?:the\s+)?(?:(?:democratic|federal|islamic|people['’]s|socialist|united|plurinational"
                        r"|federative|bolivarian|arab|cooperative)\s+){0,2}"
                        r"(?:government|republic|kingdom|state|république|república|repubblica|republik"
                        r"|reino|royaume|regno|gobierno|gouvernement|governo|govern)"
                        r"\s+(?:of|de|du|da|do|di|del|della|de\s+la|des|d['’](?=\w))\b", re.I)


def is_state_name(name: str) -> bool:
    """True for a state's or its government's own name ("Republic of Croatia", "République de Côte d'Ivoire")."""
    return bool(STATE_NAME.match(name.strip()))


def is_outlet(name: str | None) -> bool:
    """True for a news outlet's or a newspaper company's name ("Global Wire Service", "France-Presse", "Allied
    Newspapers"): a word of the news trade (lexicon ``media_words``), also in the plural."""
    words = _name_words((name or "").replace("‐", "-"))  # "France‐Presse" with a typographic hyphen too
    media = lexicon("media_words")
    return any(word in media or word.removesuffix("s") in media for word in words)


def is_institution(name: str | None) -> bool:
    """True for an institution's name ("Bureau of Labor Statistics", "Copernicus Climate Change Service"), not a
    news outlet's ("Global Wire Service", "Pacific Press Agency")."""
    if not name:
        return False
    words = _name_words(name)
    if not words.isdisjoint(lexicon("media_words")):
        return False
    return not words.isdisjoint(_institution_words()) or _institution_phrase(name) or is_unit_name(name)


def is_series(name: str | None) -> bool:
    """True for the name of a statistical series, survey or index ("Labour Force Survey", "Consumer Price Index"): a
    head word of lexicon ``series_heads`` with a word of ``series_topics``. It is a source of figures, no body that
    decides or speaks ("British Antarctic Survey", with no topic word, may be one)."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", name or "")}
    return not words.isdisjoint(lexicon("series_heads")) and not words.isdisjoint(lexicon("series_topics"))


def is_unit_name(name: str) -> bool:
    """True for a unit's name with its head word last ("Samoa Meteorology Division", "Climate Prediction Centre";
    lexicon ``unit_heads``), its words capitalised or connectors: a body's unit issues its own releases."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in lexicon("unit_heads") \
        and all(w[:1].isupper() or w.lower() in lexicon("name_connectors") for w in words)


def _institution_phrase(name: str) -> bool:
    """True for a name ending in a local government's seat ("Kraków City Hall", "Leeds Town Hall"; lexicon
    ``institution_phrases``): the words alone ("hall") name no institution."""
    low = " ".join(name.lower().split())
    return any(low == phrase or low.endswith(" " + phrase) for phrase in lexicon("institution_phrases"))


def _institution_words() -> frozenset[str]:
    return lexicon("institution_words") | lexicon("native_institution_words")


def institution_vocabulary() -> frozenset[str]:
    """The words, English or native, that make a name an institution's."""
    return _institution_words()


def describes(english: str, native: str) -> bool:
    """True when ``english`` is only words for a kind of body while the ``native`` name has a name of its own: "the
    Central Bank" under "Banco Central de Costa Rica", "the Central Reserve Bank" under "Banco Central de Reserva de
    El Salvador" (a description, no English name; "National Institute of Statistics and Geography", run on past
    "and", names its own field)."""
    vocabulary = _institution_words()
    own = {w.lower() for w in native.split() if w.lower() not in vocabulary and w[:1].isupper()}
    content = {w.lower() for w in english.split()} - lexicon("name_connectors")
    return bool(own) and not content - vocabulary - lexicon("compass_words")


COGNATE_LETTERS = 3  # "Bank" and "Banco", "Statistics" and "Statistik": one institution word in two languages


def cognates(word: str, other: str) -> bool:
    """True for two institution words (lexicons ``institution_words``, ``native_institution_words``) that start
    alike: one word in two languages ("Bank" and "Banco")."""
    a, b = word.lower(), other.lower()
    vocabulary = _institution_words()
    return a in vocabulary and b in vocabulary and a[:COGNATE_LETTERS] == b[:COGNATE_LETTERS]


def is_native_name(name: str) -> bool:
    """True for an institution's name in its own language only ("Instituto Nacional de Estadística"), which an
    English name on the same page ("Spanish Statistical Office") is preferred to."""
    words = _name_words(name)
    # ("Nevis Island Administration": a word English shares with French is no sign of either)
    if not words.isdisjoint((lexicon("native_institution_words") | lexicon("native_government_words"))
                            - lexicon("institution_words")):
        return True  # "Mission permanente de la République de Djibouti": a native word beside an English one
    if not words.isdisjoint(lexicon("institution_words")):
        return False
    return joined_in_another_language(name)  # "Ministria për Evropën dhe Punët e Jashtme"


def joined_in_another_language(name: str) -> bool:
    """A name of MIN_NATIVE_NAME_WORDS or more whose small lower-case words join no English name ("Centraal Bureau voor
    de Statistiek"), whatever words it shares with English."""
    joiners = {w for w in name.split() if w.isalpha() and w.islower()}
    return bool(joiners and joiners.isdisjoint(ENGLISH_JOINERS) and len(name.split()) >= MIN_NATIVE_NAME_WORDS)


ENGLISH_JOINERS = frozenset("of the and for on to in at".split())
MIN_NATIVE_NAME_WORDS = 3


MAX_APPOSITIVE_CHARS = 80
# ", a division of the National Weather Service,": what the body is part of, between the issuer and its verb
_UNIT_APPOSITIVE_RE = re.compile(
    r"^,[ \t]+(?:a|an|the)[ \t]+[a-z][a-z \t\-]{0,40}?[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"[A-Z][^,\n]{{0,{MAX_APPOSITIVE_CHARS}}},")
_DATELINE_RE = re.compile(r"^[A-Z][^\n]{0,80}?(?:\s[—–-]{1,2}\s|\s/[^/\n]{1,40}/\s*[—–-]{1,2}\s*)")


# "... today joined Acme Solar, Inc. (NASDAQ: ACME), a maker of ..., in announcing": the company that hosts the news
_JOINED_IN_RE = re.compile(r"\s+(?:today\s+|on\s+\w+\s+)?joined\s+(?P<host>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})"
                           r"[^()\n]{0,12}(?:\([^()\n]{1,30}\))?[^.\n]{0,120}?\s+(?:in\s+announcing|to\s+announce)\b")
_LEGAL_FORM_END_RE = re.compile(r",?\s+(?:Inc|Ltd|Limited|plc|PLC|AB|ASA|AG|SA|NV|LLC|Corp|GmbH)\.?$")


def announcer(text: str) -> str | None:
    """The organisation a release's lead sentence opens with, as the subject of an issuing verb: "Nordhavn Wind
    A/S today announced ...", "The Copernicus Climate Change Service (C3S) confirms that ..."."""
    lead = text.lstrip()
    dateline = _DATELINE_RE.match(lead)
    if dateline:
        lead = lead[dateline.end():]
    lead = re.sub(r"^The\s+", "", lead)
    m = _NAME_RUN_RE.match(lead)
    if m is None or len(m.group().split()) > MAX_NAME_WORDS:
        return None
    rest = lead[m.end():]
    rest = re.sub(r"^\s*\([^()\n]{1,12}\)", "", rest)  # "(C3S)"
    rest = _UNIT_APPOSITIVE_RE.sub("", rest, count=1)  # ", a division of the National Weather Service,"
    joined = _JOINED_IN_RE.match(rest)
    if joined:  # "Volvo Cars and the Energy Agency today joined Nordic Battery Group AB in announcing ...": the host
        return _LEGAL_FORM_END_RE.sub("", joined.group("host"))
    verbs = "|".join(sorted(lexicon("issue_verbs") | lexicon("announce_verbs"), key=len, reverse=True))
    if re.match(rf"\s+(?:(?:today|on\s+\w+|also|has|have)\s+)?(?:{verbs})\b", rest):
        name = m.group()
        if len(name.split()) >= 2 or is_acronym(name):
            return name
    first = _SENTENCE_END_RE.split(lead.split("\n", 1)[0], maxsplit=1)[0]
    name = m.group().rstrip(",")
    bare = without_legal_form(name)
    if _COMPANY_ANNOUNCED_RE.search(first) and bare != name and len(bare.split()) >= 2:
        return bare  # "Acme Rail Co., Ltd. will build ..., the company said.": a company's name opens the lead
    return None


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
# "..., the company announced on Tuesday.": a lead sentence that ends by saying the company it opens with (by its
# name with a legal form) announces it
_COMPANY_ANNOUNCED_RE = re.compile(r",[ \t]+the[ \t]+(?:company|group|firm)[ \t]+(?:said|says|announced|announces)"
                                   r"(?:[ \t]+(?:today|on[ \t]+\w+))?\.$")
