"""Role, organisation and place vocabularies, thresholds and name-token tests shared by the rules."""

from __future__ import annotations

import functools
import re

from ..language import lexicon, lexicon_entries
from ..verbs import single_word_finite_forms
from .tokens import _key


# ------------------------------------------------------------------ context rules

# Words that head a title or role in front of a name ("Defense Minister Rustem Umerov").
ROLE_HEADS = lexicon("role_heads")
# Words that may sit inside a role without heading it ("Deputy ... Press Secretary").
ROLE_MODIFIERS = lexicon("role_modifiers")
ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
# An office's head and the first part of its portfolio, just before the portfolio's "and" ("Minister of Energy and
# Public Utilities", "Secretary for Health and ..."): the head is checked against ROLE_HEADS by the caller.
PORTFOLIO_BEFORE_AND = r"\b(?P<head>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+){1,4}"
# Titles that are forms of address or rank rather than a job; trimmed off the end of a role.
_HONORIFICS = {
    "mr.": "m",
    "mr": "m",
    "sir": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
}
_RANKS = frozenset(
    "mr. mrs. ms. mr mrs ms miss dr. dr prof. prof sir dame h.e. maj. gen. lt. col. capt. sgt. adm. cmdr. brig. "
    "sen. rep. gov. det. general major colonel lieutenant sergeant admiral hon hon. honourable honorable".split()
) | {form for title in lexicon("academic_titles") for form in (title, title + ".")}  # "Ing. Jana Novotná"
# Words that complete "Secretary of ..." / "Minister of ..." before the name starts.
_DEPARTMENT_WORDS = lexicon("department_words")
# Capitalised words that begin sentences or headings but never start a name.
_NOT_NAMES = lexicon("not_names")
_NAME_PARTICLES = lexicon("name_particles")  # "von der Leyen", "bin Salman", "da Silva"

ORG_SUFFIXES = lexicon("org_suffixes")
# Lower-case nouns that introduce an organisation's name: "consultancy Atlas Intel", "broadcaster ERT".
_ORG_DESCRIPTORS = lexicon("org_descriptors")
_BODY_NOUNS = lexicon("body_nouns") | _ORG_DESCRIPTORS
_COMMON_HEADS = lexicon("common_heads")
_SERIES_HEADS = lexicon("series_heads")
_SERIES_TOPICS = lexicon("series_topics")
_SERIES_JOINERS = frozenset(["of", "'"])  # "Harmonised Index of Consumer Prices", "Purchasing Managers' Index"
# Capitalised words that are never an organisation or place by themselves.
_NOT_PLACES = frozenset(
    """parliament congress senate court english french spanish arabic chinese german christmas easter ramadan
    islam christianity judaism twitter facebook instagram youtube tiktok telegram person total general""".split()
)
# Plural common nouns capitalised in official style ("Member States", "small island developing States"): no place or
# body by themselves
_CAPITALISED_PLURALS = lexicon("capitalised_plurals")
_GENERIC_ORG_WORDS = frozenset("forces army navy police government military troops people".split())
# Capital-letter words that are not organisations: units, currencies, Roman numerals, pronoun-ish words.
# letters after a name ("KC", "TD"): honours or an office, no organisation and no part of the name
POST_NOMINALS = lexicon("post_nominals")
_NOT_ACRONYM_ORGS = frozenset(
    "I II III IV VI VII VIII IX XI XII OK TV GDP CEO CFO COO CTO PM AM GMT UTC BST CET EST PST MW GW KW KM MPH "
    "USD EUR GBP JPY CNY RUB UAH INR CHF CAD AUD NGN KES ZAR HIV AIDS COVID DNA RNA PhD MP MPs AI EV EVs UN".split()
) | {zone.upper() for zone in lexicon("time_zones")} | {word.upper() for word in lexicon("indicator_acronyms")}
_INDICATORS = frozenset(word.upper() for word in lexicon("indicator_acronyms"))
_DEVICE_ACRONYMS = frozenset(word.upper() for word in lexicon("device_acronyms"))
_BENCHMARK_NAMES = lexicon("benchmark_names")
_EVENT_SUFFIXES = lexicon("event_suffixes")
# "a Tropical Storm Warning": a hazard's head, then an alert word, names an alert, not an event
_ALERT_WORDS = lexicon("alert_words")
_ALERT_COLOURS = lexicon("alert_colours")
_OPERATION_NOUNS = lexicon("operation_nouns")
MAX_OPERATION_NAME_WORDS = 3  # "Baltic Air Policing"
ALERT_CONTEXT_TOKENS = 6  # "The alert remains at Yellow": an alert word this close before a colour
# Lower-case nouns an acronym names a kind of ("the MMR vaccine", "a PCR test"): the acronym is no organisation.
_PRODUCT_NOUNS = lexicon("product_nouns")
_POSSESSIVES = frozenset("our their its my your his her".split())
# "our High Commission", "its Embassy": a diplomatic post after a possessive is described, not named
_DIPLOMATIC_POSTS = lexicon("diplomatic_posts")
# "5 million US dollars": the nouns of a currency a country's code may name, after the words of an amount.
_CURRENCY_NOUNS = lexicon("coded_currency_nouns")
_AMOUNT_WORDS = lexicon("amount_scales")
# Nouns heading a publication ("our Business Survey", "its Monetary Policy Report"): no organisation's name.
_DOCUMENT_NOUNS = lexicon("source_documents") | {"survey", "report", "review", "bulletin", "outlook"}
_ORG_PREFIXES = lexicon("org_prefixes")
# The plural of an acronym counts things ("UAVs", "NGOs", "ICBMs"); it names no organisation.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# Small words inside a capitalised name ("Bank of Canada", "Ministry for the Environment").
_NAME_JOINERS = frozenset(["of", "for", "and", "&", "the", "on", "'s"])
# Nouns for a kind of body, which alone describe an organisation rather than name it ("the Committee").
_GENERIC_BODIES = lexicon("generic_bodies")
# a legal form after a company's name ("A/S", "Inc.", "plc"), followed by no further letter
_LEGAL_FORM_RE = re.compile(
    r"(?:%s)(?![\w/])" % "|".join(re.escape(f) for f in sorted(lexicon("legal_forms"), key=len, reverse=True)),
    re.IGNORECASE,
)
_PLACE_WORDS = lexicon("place_words")
_DIVISION_HEADS = lexicon("division_heads")
_PLACE_PREFIXES = frozenset("city town village port province region".split())

_COMMA = frozenset([","])
# Small words skipped when the initials of a name spell its acronym ("Ministry of Health (MoH)").
# "Prime Minister's Official Spokesperson (PMOS)": a possessive's "'s" is skipped like "of"
_ACRONYM_CONNECTORS = frozenset("of and the for on in & - 's ’s".split())
# Words of context given to the statistical recogniser on each side of a word it is asked about.
MODEL_CONTEXT_TOKENS = 8
# (recogniser type, rule type) pairs where the recogniser decides
_BEFORE_INSTITUTIONS = frozenset("at of for from with by the".split())
_MODEL_OVERRIDES = frozenset([("ORG", "PERSON"), ("EVENT", "ORG"), ("EVENT", "GPE"), ("EVENT", "PERSON")])
_CONTEXT_TRIGGERS = frozenset(["'s", "'", ","])
# Where context rules read the same words as names of different types, the more specific evidence wins: an event's
# head word ("Hurricane"), then a place's (a feature word such as "Strait" or "River", a place word after the name, a
# compass direction before a known place), then an organisation's (a suffix, a known country beside a word), then
# a person's (capitalised words by a title or a speech verb). Readings of one type keep the order the rules ran in.
_RULE_TYPE_PRECEDENCE = ("EVENT", "GPE", "ORG", "PERSON")
_PLACE_TRIGGERS = _PLACE_WORDS | {"of", "in", "near", "outside", "from", "to"}
_PLACE_FEATURES = lexicon("place_features")
_MEASURED_AT_CUES = lexicon("measured_at_cues")
_AFTER_STATION = frozenset("was were is on in at with where and for since during".split())
MAX_STATION_WORDS = 3  # "Port Augusta", "Shannon Airport": the words of a station's name after "at"
_COMPASS_WORDS = lexicon("compass_words")
# the bare directions (not "Eastern", which qualifies the country it names): "West Texas" is a place of its own
_BARE_COMPASS = frozenset(w for w in _COMPASS_WORDS if not w.endswith("ern"))
_GIVEN_NAME_TITLES = lexicon("given_name_titles")
_NAME_ABBREVIATIONS = lexicon("name_abbreviations")  # "Md.", "Ma.": they open the name they stand before
_MISSION_WORDS = frozenset(tuple(entry.split()) for entry in lexicon("mission_words"))
_FACILITY_HEADS = lexicon("facility_heads")
_NUMBER_WORDS = lexicon("number_words")
MIN_SHORTENED_NAME_WORDS = 3  # "Jupiter Icy Moons Explorer, Juice": words of a name given a short one in commas
MAX_SHIP_NAME_WORDS = 4  # "USS Harry S. Truman": the words of a ship's name after its prefix
_SHIP_PREFIXES = frozenset(entry.upper() for entry in lexicon("ship_prefixes"))
_PROGRAMME_WORDS = lexicon("programme_words")
# "OSCE Mission to Moldova", "EU Delegation to the African Union": a posted body's name goes on with "to <Place>"
_POSTED_BODY_HEADS = lexicon("posted_body_heads")
# "HK Daugava Riga", "FK Partizan": a sports club's abbreviation before its name (matched as written)
_CLUB_PREFIXES = frozenset(lexicon_entries("club_prefixes"))  # as written: "FC", "Maccabi"
MAX_CLUB_NAME_WORDS = 3
_ARTICLES = frozenset(["the", "a", "an"])  # "The River Taff": an article opens no feature's name
_LEADING_FEATURES = lexicon("leading_place_features")
_OF_FEATURES = lexicon("of_place_features")
_MEASURE_HEADS = lexicon("measure_heads")
_AGENCY_WORDS = lexicon("agency_words")
MAX_FEATURE_NAME_WORDS = 3  # "Second Thomas Shoal": name words before a capitalised feature word
MIN_MODEL_NAME_CHARS = 3  # a recognised name of one token needs this many characters ("Ib" in "clade Ib" is none)
_BETWEEN_NAME_AND_CUE = frozenset("has have had also further later then previously has repeatedly again".split())
# "Aoife Kealy of Met Éireann said": a given name and a surname, "of", and a body of at least one word
PERSON_NAME_TOKENS = 2
PERSON_OF_BODY_MIN_TOKENS = PERSON_NAME_TOKENS + 2
# Words that make a name before "of" a body's or a place's ("Bank of England", "Isle of Man", "Duke of York")
_BODY_NAME_WORDS = (lexicon("institution_words") | lexicon("native_institution_words") | ORG_SUFFIXES
                    | lexicon("place_words") | lexicon("place_features") | lexicon("department_words")
                    | lexicon("role_heads") | lexicon("org_prefixes"))
CUE_FORMS = single_word_finite_forms()  # "said", "warns", "testified": the reporting verbs' one-word forms


def is_indicator_acronym(token: str) -> bool:
    """"CPI", "HICP", or a variant one letter longer ("CPIF", "CPIX"): an economic indicator, never a body."""
    return token in _INDICATORS or (len(token) > 3 and token[:-1] in _INDICATORS)


def is_device_acronym(token: str) -> bool:
    """"GPS", "SMS", "LiDAR": a technology or device (lexicon device_acronyms), never a body."""
    return token.upper() in _DEVICE_ACRONYMS


_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_INITIALS_RE = re.compile(r"[A-Z]{2}")  # "JD Vance", "AJ Tracey": initials written without dots
_AGREEMENT_HEADS = lexicon("agreement_heads")
_GOVERNMENT_TITLES = lexicon("government_titles")
# small words inside an agreement's name ("Status of Visiting Forces Agreement", "Agreement on Trade and Investment")
_AGREEMENT_JOINERS = frozenset("of on for and".split())
MAX_PLACE_BEFORE_PORTFOLIO = 3
MAX_PORTFOLIO_LIST_TOKENS = 8
MAX_PORTFOLIO_PHRASE_TOKENS = 12  # ", Public Hygiene and Universal Access to Care": portfolio phrases after a comma
# "in Otago and Southland", "of Rajasthan, Gujarat and Maharashtra": words before a list of places, its length, and
# the words of one unknown member
_LIST_PREPOSITIONS = frozenset("in of to from across over throughout".split())
_INSIDE_PREPOSITIONS = frozenset("in across throughout".split())
MAX_LISTED_PLACES = 6
MAX_LISTED_NAME_WORDS = 2  # ", Industry and Energy": tokens after a ministry's comma read as its portfolios
# "Kenya Red Cross", "Israeli Supreme Court": a known body of this many words after a place's name is a national body;
# one word ("Russian Gazprom") is a company beside a demonym
MIN_NATIONAL_BODY_WORDS = 2  # "Tamil Nadu Industries Minister": words of the place before the portfolio
MIN_PLACE_SURNAME_NAME_WORDS = 3  # "Rodrigo Vasconcelos Lima": given name, surnames, the last spelt like a place


@functools.lru_cache(maxsize=65536)
def _is_name_token(token: str) -> bool:
    if not token[:1].isupper():
        return False
    if _key(token) in _NOT_NAMES:
        return False
    if len(token) == 2 and token[1] == ".":  # initial
        return True
    if token[-1:] == "." and _key(token) in _NAME_ABBREVIATIONS:  # "Ts." in "Batbayar Ts. Oyunbileg"
        return True
    return any(c.islower() for c in token[1:]) and all(c.isalpha() or c in "-'’" for c in token)


@functools.lru_cache(maxsize=65536)
def _is_cap_word(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token)
