"""Candidate speakers: the vocabularies and patterns of pronouns, descriptions of people and groups, roles,
offices and ages; tests on a speaker phrase (a name used as a modifier, evidence, members of a group, a
lone body name, a release issuer under another name) and on the appositives after a name."""

from __future__ import annotations

import re

from ..entities import ROLE_HEADS, ROLE_WORDS
from ..issuer import without_legal_form
from ..language import lexicon, lexicon_entries, stop_words
from ..models import Attribution, EntityMention
from .records import _Candidate


# Sources that are documents: the organisation behind them is the speaker when it is named.
_DOCUMENT_NOUNS = lexicon("source_documents")
# ... and what evidence is called ("figures", "data"): "figures from the NCSI show", "Its figures show"
_EVIDENCE_SOURCES = _DOCUMENT_NOUNS | lexicon("evidence_nouns")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near)\s+$")


_PRONOUNS = {"he": ("m", 1), "she": ("f", 1), "they": (None, 2), "it": (None, 0)}
# object forms, as after "according to": "according to her" is the woman the text is about
_OBJECT_PRONOUNS = {"him": ("m", 1), "her": ("f", 1), "them": (None, 2)}
# "the great-grandmother said", "the 52-year-old said": a description standing for a person named before it
_DESCRIBED_PERSON_RE = re.compile(
    r"^[Tt]he\s+(?:(?P<age>\d{1,3})-year-old|(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))$")
_PERSON_DESCRIPTORS = lexicon("person_descriptors")
# nouns for a person by their trade: "the retired postman", "the fisherman", "the pianist"
_PERSON_SUFFIX_RE = re.compile(r"^[a-z]{2,}(?:man|woman|ist)$")
MIN_SUFFIXED_PERSON_CHARS = 7  # "postman", "dentist"; not "list", "woman" alone is in the lexicon
# an age given with a name: "Jim Haworth, 52, said", "17-year-old Ava Lin"
_AGE_AFTER_RE = re.compile(r",\s+(?P<age>\d{1,3}),")
_AGE_BEFORE_RE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+$")


# "her team", "his colleagues": the people a named person leads or works with
_TEAM_RE = re.compile(r"^(?:her|his|their)\s+(?:\w+\s+)?(?:team|colleagues|co-authors|co-workers|group|lab)$")
# "the judge" for "Justice Helen Marchetti": role nouns that name the same office (lexicon role_equivalents)
_ROLE_EQUIVALENTS = {word: frozenset(line.lower().split()) for line in lexicon_entries("role_equivalents")
                     for word in line.lower().split()}
_SOURCE_NOUNS = lexicon("source_nouns") | lexicon("source_documents")
# "a local farmer", "one Canterbury manufacturer" (a place may describe the person), up to a preposition
_INDEFINITE_PERSON_RE = re.compile(
    r"^(?:[Aa]s\s+)?(?:[Aa]n?|[Oo]ne)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}?(?P<head>[a-z][a-z-]{2,})(?=\s+(?:from|in|at|of|with|who)\b|$)")
_KIN_RE = re.compile(r"^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|old|first|own)\s+)?(?P<head>[a-z]+)$")
_GROUP_DESCRIPTIONS = {
    **{noun: "org" for noun in lexicon("group_organisations")},
    **{noun: "publication" for noun in lexicon("group_publications")},
}
_DETERMINERS = re.compile(r"^(?:the|a|an|another|some|several|two|three|four|five|many|other|senior|one)\s+",
                          re.IGNORECASE)
_PUBLICATION_CUES = {"report", "write"}
# Descriptions that can stand for any organisation ("the company" for "Norvik Systems").
# "the ship's operator", "the victim's family": a party described by whose it is, with no name
_POSSESSED_PARTY_RE = re.compile(r"^the\s+[a-z]+['’]s?\s+(?P<head>[a-z]+)$")
_COMPANY_DESCRIPTIONS = frozenset(["company", "firm", "group"])  # what a company's release calls the company
_GENERIC_DESCRIPTIONS = frozenset(
    """company firm agency group organisation organization outlet newspaper paper daily broadcaster publication
    magazine""".split()
)
_NOT_SPEAKERS = frozenset("the this that these those it its a an recent new some many most all both".split())
_PUBLICATION_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|Press|Agency|"
    r"Bloomberg|Politico|Axios|CNN|BBC|AFP|TASS|Xinhua|Yonhap|Kyodo|Interfax|Economist|Independent|Pravda|Spiegel|"
    r"Monde)\b"
)


_NP_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Maj Col Capt Cmdr Adm Sgt Brig St Jr Sr Inc Corp Co Ltd No".split()
) | frozenset(lexicon_entries("academic_titles"))


# "the President", "The Foreign Minister", "the minister": a role standing for the person who holds it
# "the Governor", "the Deputy Prime Minister", "the president", "the Ethiopian minister"
_ROLE_NOUN_RE = re.compile(r"^[Tt]he\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*"
                           r"|[A-Z][\w-]*\s+[a-z][\w-]*)$")
# "The Prime Minister's Official Spokesperson (PMOS)": a role the text abbreviates, so the office itself is who
# speaks when no one is named in it ("the PMOS said ...")
_DEFINED_ROLE_RE = re.compile(
    r"(?P<role>(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|to|the|and)[ \t]+){0,2}){1,6}?[A-Z][\w\-]*)"
    r"[ \t]+\((?P<acronym>[A-Z]{2,8})\)"
)
_NP_END_RE = re.compile(
    # ("the Clerk to Parliament", "the Adviser to the President": a role's "to" before a capital goes on)
    r"\s+(?:who|which|that|in|on|at|during|when|after|before|as|to(?!\s+(?:the\s+)?[A-Z])|and(?!\s+[A-Z])|adding"
    r"|saying|referring|told|without|while)\b"
)


# how far into a clause (characters) its subject may start ("Local officials in Ohio" counts, a later name not)
_SUBJECT_REACH = 40
# a lower-case word and a preposition before a place: "a commuter from Leeds", "a nurse in Lagos"
_PLACE_MODIFIER_RE = re.compile(r"\b[a-z][\w-]*\s+(?:from|in|at|near|of|outside|on)\s+(?:the\s+)?$")
_HONORIFIC_ROLES = frozenset("dr mr mrs ms miss prof professor hon sir dame".split()) | lexicon("academic_titles")
_ADDRESS_WORDS = _HONORIFIC_ROLES | {"honourable", "honorable", "right", "rt", "h.e", "his", "her", "excellency", "the"}


def only_forms_of_address(role: str | None) -> bool:
    """"Dr.", "Honourable Dr.", "the Right Honourable": a role read from forms of address alone, no office."""
    words = [w.lower().strip(".,") for w in (role or "").split()]
    return bool(words) and all(w in _ADDRESS_WORDS for w in words)
# ", the Agency's Executive Director", ", Director of the Centre": a role given in apposition after a name
_APPOSITIVE_ROLE = r",\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
# "Shopkeepers in Leeds", "Farmers from the north": people named by what they do, then where they are
# "Residents of Zemun"; "Residents on the X estate"
_PEOPLE_IN_PLACE_RE = re.compile(r"[A-Z][a-z]+s\s+(?:from|in|at|near|outside|on|of)\s+(?:the\s+)?$|[A-Z][a-z]+s\s+"
                                 r"(?:from|in|at|near|outside|on|of)\s+(?:the\s+)?[A-Z]")


# ", Renson Ingonga." after "said the Director of Public Prosecutions": the role's holder named in apposition.
_APPOSITIVE_NAME_RE = re.compile(r",\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?=[.;]|$)")


def _opens_with_role(segment: str) -> bool:
    """"Chair of the Authority", "the Governor": an appositive that gives a role, after the name it describes."""
    words = _DETERMINERS.sub("", segment.strip()).split()
    return bool(words) and words[0].lower() in ROLE_WORDS


_PLACE_ENDS_RE = re.compile(r"\b(?:in|at|near|from|of)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,$")


_THE_BEFORE_RE = re.compile(r"\b(?:on|in|at|from|near|of)\s+the\s+$")  # "on the <Name> estate"; not "The Biden
# administration said", which keeps its person
_NOUN_AFTER_RE = re.compile(r"\s+[a-z]")


def _name_as_modifier(m: EntityMention, text: str) -> bool:
    """"Residents on the Brookfield estate": one name word between "on/in/at the" and a common noun names a place."""
    return " " not in m.mention.strip() and _THE_BEFORE_RE.search(text, 0, m.start) is not None \
        and _NOUN_AFTER_RE.match(text, m.end) is not None


def _describes_a_person(noun: str) -> bool:
    """A noun for a person in place of their name: a listed one, or a trade noun ("postman", "pianist") that is no
    role or source noun ("the spokeswoman" stays an unnamed source)."""
    if noun in _SOURCE_NOUNS:
        return False  # "the nurse", "the farmer": as likely an unnamed source
    if noun in _PERSON_DESCRIPTORS:
        return True
    return len(noun) >= MIN_SUFFIXED_PERSON_CHARS and bool(_PERSON_SUFFIX_RE.match(noun)) \
        and noun not in _GROUP_DESCRIPTIONS and noun not in ROLE_HEADS and noun not in _SOURCE_NOUNS


def _address_tail(seg: str, before: str, seg_start: int, mentions: list[EntityMention]) -> bool:
    """A comma-set segment that is only the country or region of the place before it ("in Punta Arenas, Chile")."""
    lead = len(seg) - len(seg.lstrip())
    start, end = seg_start + lead, seg_start + len(seg.rstrip())
    place = any(m.type == "GPE" and m.start == start and m.end == end for m in mentions)
    return place and _PLACE_ENDS_RE.search(before.rstrip()) is not None


def _is_evidence(np: str) -> bool:
    """"exchange data", "preliminary estimates": evidence named by its kind, with no one behind it ("a national
    survey published today": the participle describes it)."""
    words = np.split()
    cut = next((i for i, w in enumerate(words) if i and w.islower() and w.endswith("ed")), len(words))
    words = words[:cut]
    return (bool(words) and words[-1].lower() in lexicon("evidence_nouns") and not any(w[:1].isupper() for w in words)
            and not any(w.lower() in lexicon("source_nouns") for w in words[:-1]))  # "official figures": officials


_PHRASE_END_RE = re.compile(r"[,.;:!?()]")
MAX_EVIDENCE_PHRASE_WORDS = 8


def _measured_by_kind(rest: str) -> bool:
    """"continuous GPS and electronic tilt data", "preliminary GDP figures": evidence whose capitalised words each
    follow a describing word (not an article or a possessive), so name the kind of measurement, not whose it is
    ("IMF data", "the ministry's figures" name an owner)."""
    words = _PHRASE_END_RE.split(rest, maxsplit=1)[0].split()
    if not words or len(words) > MAX_EVIDENCE_PHRASE_WORDS or words[-1].lower() not in lexicon("evidence_nouns"):
        return False
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    return bool(capitals) and all(i and words[i - 1].islower() and words[i - 1] not in lexicon("stopwords")
                                  and not words[i - 1].endswith(("'s", "’s")) for i in capitals)


# an appositive that describes the person before it: "an epidemiologist at ...", "leader of the council", "of the
# Fire Service"
_DESCRIPTION_RE = re.compile(r"\s*(?:(?:an?|the)\s+)?[a-z]|\s*\d{1,3}\s*$")  # ... or an age: "Ruiz, 54, said"


def _describes_workplace(candidate: _Candidate, attribution: Attribution) -> bool:
    """An appositive description ("an epidemiologist at <org>", "leader of <org>", "Chair of <org>",
    "spokesperson for the agency") that resolved to the organisation it names or to an unnamed person: the name
    before it speaks."""
    return (not candidate.inverted and (attribution.speaker_type == "ORG" or attribution.anonymous
                                        or _POSSESSIVE_ROLE_RE.match(candidate.np) is not None)
            and (_DESCRIPTION_RE.match(candidate.np) is not None or _opens_with_role(candidate.np)
                 or _capitalised_job(candidate.np) or _possessive_role(candidate.np))) \
        or _named_inside_description(candidate, attribution)


def _named_inside_description(candidate: _Candidate, attribution: Attribution) -> bool:
    """A lower-case description that resolved to a person it names inside ("captain of the cargo boat Estrela Azul",
    "wife of opposition leader John Smith"): it describes the name before it, which speaks."""
    np = candidate.np.strip()
    return (not candidate.inverted and attribution.speaker_type == "PERSON" and bool(attribution.speaker)
            and np[:1].islower() and attribution.speaker in np and not np.startswith(attribution.speaker))


# "the agency that runs ...", "the state consumer protection agency", "Brazil's shipping regulator": a description
# up to its head noun, before a relative clause or a preposition
_KIND_DESCRIPTION_RE = re.compile(
    r"\s*(?:the|an?|[A-Z][\w-]*['’]s)\s+(?P<words>(?:[a-z][\w-]*\s+){0,4}?)(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:that|which|who|whose|of|for|in|at|on|with|to|from|known)\b.*)?\s*$", re.S)
_CAPITALISED_NAME_RE = re.compile(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}")


# "Augstsprieguma tīkls", "Hrvatske autoceste": a body's name in its own language, whose later words are lower case
_NATIVE_NAME_RE = re.compile(r"[A-Z][\w’'-]+(?:\s+[a-zß-ÿā-ž][\w’'-]+){1,2}")


def _native_name(candidate: _Candidate, text: str) -> bool:
    """A name in its own language opening its sentence, its later words in lower case and none an English stop
    word."""
    return not text[:candidate.np_start].strip() and _NATIVE_NAME_RE.fullmatch(candidate.np) is not None \
        and not any(word in stop_words() for word in candidate.np.lower().split()[1:])


_KNOWN_AS_KIND_RE = re.compile(r"\s*,\s*as\s+the\s+(?P<kind>[a-z]+)\s+(?:is|was)\s+(?:known|called)\s*,")


def _named_by_kind_description(candidate: _Candidate, description: str | None, text: str) -> bool:
    """A capitalised name no list holds, set before a description of a body's kind that resolved to no speaker
    ("Suframa, the agency that runs the Free Trade Zone, said", "Navimar, the shipowners' union, said") or before a
    clause on "which" ("Navimar, which represents 40 companies, said") or "as the union is known": the body's own
    name, which speaks."""
    after = text[candidate.np_start + len(candidate.np):]
    if candidate.inverted or not after.lstrip().startswith(",") \
            or not (_CAPITALISED_NAME_RE.fullmatch(candidate.np) or _native_name(candidate, text)) \
            or candidate.np.split()[0].lower() in _NOT_SPEAKERS | set(_PRONOUNS):
        return False
    kind = _KIND_DESCRIPTION_RE.fullmatch(description) if description else None
    known = _KNOWN_AS_KIND_RE.match(after)  # "Sindarma, as the union is known, ..."
    return (kind is not None and kind.group("head") in _GROUP_DESCRIPTIONS) \
        or (known is not None and known.group("kind") in _GROUP_DESCRIPTIONS) \
        or re.match(r"\s*,\s*which\s", after) is not None


# "Denmark's largest shipping company", "Sweden's health minister": a description whose only name is the place of
# its possessive
_POSSESSIVE_PLACE_RE = re.compile(r"\s*(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+[a-z]")


def _describes_by_place(candidate: _Candidate, attribution: Attribution, text: str) -> bool:
    """An appositive ("Maersk, Denmark's largest shipping company, said") that resolved to the place of its
    possessive: it describes the name before it, which speaks."""
    m = _POSSESSIVE_PLACE_RE.match(candidate.np)
    return (m is not None and not candidate.inverted and attribution.speaker == m.group("place")
            and text[:candidate.np_start].rstrip().endswith(","))


# "the Centre's Director", "the Agency's Executive Director": a role at the body the possessive names
_POSSESSIVE_ROLE_RE = re.compile(r"\s*(?:the\s+)?[A-Z][\w-]*['’]s\s+(?P<role>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*$")


def _possessive_role(segment: str) -> bool:
    m = _POSSESSIVE_ROLE_RE.match(segment)
    return m is not None and m.group("role").split()[-1].lower() in ROLE_HEADS


# "Consultant Epidemiologist at UKHSA", "Senior Scientist with the Survey": a job written in capitals, then its
# workplace
_CAPITALISED_JOB_RE = re.compile(r"^\s*(?P<job>(?:[A-Z][\w-]*\s+){0,3}(?P<head>[A-Z][\w-]*))\s+(?:at|of|for|with)\s+\S")


def _capitalised_job(segment: str) -> bool:
    """An appositive opening with a capitalised job whose last word is a staff job (lexicon ``byline_jobs``)."""
    m = _CAPITALISED_JOB_RE.match(segment)
    return m is not None and m.group("head").lower() in lexicon("byline_jobs")


def _member_group(core: str) -> bool:
    """"member states", "countries in the region", "five member states": members of a body named by no name."""
    words = core.split()
    counted = bool(words) and (words[0].isdigit() or words[0] in _COUNT_WORDS)
    words = words[1:] if counted else words
    for entry in lexicon("member_groups"):
        size = len(entry.split())
        if " ".join(words[:size]) != entry:
            continue
        if size > 1 and (len(words) == size or words[size] in _GROUP_TAILS):
            return True  # "Member States", "five Member States", "partner countries in Asia"
        if size == 1 and not counted and len(words) > size and words[size] in _GROUP_TAILS:
            return True  # "Countries in the region" (but "22 countries reported" counts what the speaker says)
    return False


def _qualified_group(words: list[str]) -> bool:
    """"EU/EEA countries", "Nordic countries": unnamed members of a region or body, qualified by its name."""
    if len(words) < 2 or words[-1].lower() not in lexicon("member_groups"):
        return False
    if words[-1][:1].isupper() and "of" in words:
        return False  # "the General Secretariat of the League of Arab States": a body's name, no group
    return not any(w.replace(",", "").isdigit() or w.lower().split("-")[0] in _COUNT_WORDS for w in words[:-1])


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                         "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                         "dozen dozens hundreds several many some all most both".split())
_GROUP_TAILS = frozenset("in from across of around throughout".split())


def _single_name(words: list[str], np_start: int, text: str) -> bool:
    """A subject that is one capitalised word opening its sentence and written nowhere in lower case in it
    ("Fonterra", "DairyNZ"): a body's name, unknown to the gazetteer."""
    if len(words) != 1 or np_start != 0 or not words[0][:1].isupper() or not words[0].isalpha() \
            and not words[0].replace("-", "").isalnum():
        return False
    word = words[0]
    return word.lower() not in _NOT_SPEAKERS and word.lower() not in _PRONOUNS \
        and re.search(rf"\b{re.escape(word.lower())}\b", text) is None and word.lower() not in lexicon("not_names") \
        and _SINGLE_NAME_REPORTS_RE.match(text, len(word)) is not None


# "<Name> estimates that", "<Name> has told us that": the verb and a that-clause right after a one-word subject
_SINGLE_NAME_REPORTS_RE = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+\s+(?:[a-z]+\s+){0,2}?that\b")


# "(NYSE: TDWL)", "(ASX: KRL)", "(NASDAQ: CPSL)": a listing beside a company's name, no clause boundary; nor is a
# short name in mixed case ("Korea Agro-Fisheries & Food Trade Corporation (aT)", "(KfW)")
_TICKER_RE = re.compile(r"\((?:[A-Z][A-Za-z]{1,10}(?:\s[A-Z][A-Za-z]{1,10})?\s*:\s*[A-Z0-9.]{1,8}"
                        r"(?:\s*[;,]\s*[A-Z][A-Za-z]{1,10}\s*:\s*[A-Z0-9.]{1,8})*"
                        r"|(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])[A-Za-z]{2,5})\)")


def _with_legal_form(name: str) -> bool:
    """"Aqualis Water Technologies Pte Ltd", "Ledový Sad s.r.o.": a firm's name written with its legal form (lexicon
    ``legal_forms``, as ``issuer.without_legal_form`` reads it)."""
    return without_legal_form(name.strip()) != name.strip().rstrip(",")


def _same_body(speaker: str, issuer: str) -> bool:
    """"Acme Solar, Inc." or "Acme" for the issuer "Acme Solar": its name with a legal form, or its first word."""
    bare, name = without_legal_form(speaker.strip()), without_legal_form(issuer.strip())
    if bare.lower() == name.lower():
        return True
    words = name.split()
    return " " not in bare and len(words) >= 2 and bare == words[0] and bare[:1].isupper()


def _whole_mention(np: str, start: int, mentions: list[EntityMention], text: str) -> str:
    """The noun phrase, run on to the end of a name it cuts ("the Canada Mortgage" of "according to the Canada
    Mortgage and Housing Corporation": "and" inside a name is no end of the phrase)."""
    end = start + len(np)
    for mention in mentions:
        if start <= mention.start < end < mention.end:
            return text[start:mention.end]
    return np


# "President of Romania", "Minister of Finance", "President of the Republic of Moldova": a role's head words, then its
# portfolio or place (groups ``role`` and ``head``)
ROLE_OF_PATTERN = (r"(?P<role>(?P<head>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                   r"(?:\s+(?:of\s+|and\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,6})")
