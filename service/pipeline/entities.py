"""Named entities: a user-extendable gazetteer plus title, role and context rules.

``find_entities(text, gazetteer)`` scans one whole article, so that a name introduced once
("Deputy Spokesperson Vedant Patel") is recognised again by surname ("Patel stated") and a place
named once as "the Kursk region" is recognised when it appears alone.

Matching works on tokens, not characters: the gazetteer is a token trie walked once per token,
so the cost grows with the text, not with the number of aliases.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import recogniser
from .errors import GazetteerError
from .language import lexicon, stop_words
from .models import EntityMention, EntityType, values
from .quantities import is_currency_code
from .verbs import single_word_finite_forms

ENTITY_TYPES = values(EntityType)

_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Maj|Col|Capt|Cmdr|Adm|Sgt|Cpl|Brig|Pvt|Rev|Hon|Amb|"
    "Supt|Insp|Det|Jr|Sr|St|Mt|Ft|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Abbreviations keep their dot and "U.S." stays one token, so that a sentence-final dot never
# glues onto a name and "U.S.-made" still yields "U.S.".
# This is not language.tokens(): name matching needs each token's offsets, its original case, its punctuation
# (commas, possessive "'s", hyphens) and dotted abbreviations kept whole, none of which a word tokenizer for
# search and lexicon lookups keeps.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"
    rf"|(?:{_ABBREVIATIONS})\.(?=\s|$)"
    r"|[A-Z]\.(?=\s?[A-Z])"
    r"|['’]s\b"
    r"|\w+"
    r"|[^\w\s]"
)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) for every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def _key(token: str) -> str:
    low = token.lower()
    return low.replace("’", "'") if "’" in low else low


@functools.lru_cache(maxsize=65536)
def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass
class PersonInfo:
    """What the article says about a person: the role they were introduced with, and gender."""

    name: str
    role: str | None = None
    organization: str | None = None
    gender: str | None = None  # "m" | "f", from honorifics or later pronouns


@dataclass
class ArticleEntities:
    """All mentions of one article (sorted by offset) and what is known about its people."""

    mentions: list[EntityMention]
    people: dict[str, PersonInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[EntityMention]:
        """Mentions lying inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


# Trie key for "an alias ends here": an object, not a string, so that no token (not even "\0") can equal it.
_TERMINAL = object()


class Gazetteer:
    """Known entities and a token-trie matcher over all their names and aliases."""

    def __init__(self, entities: list[Entity]):
        self.entities = list(entities)
        self._by_name: dict[str, Entity] = {}
        self._trie: dict = {}
        for entity in self.entities:
            for alias in (entity.name, *entity.aliases):
                self._by_name.setdefault(alias.lower().replace("’", "'"), entity)
                self._add(alias, entity)
                # Demonyms name their plural too ("Korean" -> "Koreans").
                if entity.type == "GPE" and alias.endswith("an") and " " not in alias and alias != entity.name:
                    self._add(alias + "s", entity)

    def _add(self, alias: str, entity: Entity) -> None:
        tokens = [t for _, _, t in tokenize(alias)]
        if not tokens:
            return
        node = self._trie
        for token in tokens:
            node = node.setdefault(_key(token), {})
        node.setdefault(_TERMINAL, []).append((tokens, entity))

    def canonical(self, name_or_alias: str) -> Entity | None:
        """The entity called ``name_or_alias`` (any listed name, case-insensitive)."""
        return self._by_name.get(name_or_alias.strip().lower().replace("’", "'"))

    @staticmethod
    def _case_ok(surface: list[str], alias: list[str]) -> bool:
        # Acronyms must match exactly ("US" is never "us"); other words must start with the same
        # letter case only for the first word, so headlines and lower-cased descriptors still match.
        for i, (s, a) in enumerate(zip(surface, alias)):
            if _is_acronym(a):
                if s != a:
                    return False
            elif i == 0 and a[:1].isupper() != s[:1].isupper():
                return False
        return True

    def match_tokens(
        self, tokens: list[tuple[int, int, str]], keys: list[str] | None = None
    ) -> list[tuple[int, int, Entity]]:
        """Longest, leftmost, non-overlapping alias matches as (first token, end token, entity)."""
        out = []
        i, n = 0, len(tokens)
        if keys is None:
            keys = [_key(t[2]) for t in tokens]
        trie = self._trie
        while i < n:
            node = trie.get(keys[i]) if keys[i] != _TERMINAL else None
            best = None
            j = i
            while node is not None:
                j += 1
                ends = node.get(_TERMINAL)
                if ends:
                    surface = [t[2] for t in tokens[i:j]]
                    for alias_tokens, entity in ends:
                        if self._case_ok(surface, alias_tokens):
                            best = (i, j, entity)
                            break
                if j >= n:
                    break
                node = node.get(keys[j]) if keys[j] != _TERMINAL else None
            if best:
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out

    def find(self, text: str) -> list[EntityMention]:
        """Gazetteer mentions only (no context rules)."""
        tokens = tokenize(text)
        return [
            EntityMention(e.name, e.type, text[tokens[a][0] : tokens[b - 1][1]], tokens[a][0], tokens[b - 1][1])
            for a, b, e in self.match_tokens(tokens)
        ]


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Read a gazetteer YAML file (``entities: [{name, type, aliases}]``)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read entity file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise GazetteerError(f"entity file {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise GazetteerError(f"entity file {path} must have a top-level 'entities' list")
    entities = []
    for i, item in enumerate(data["entities"]):
        where = f"{path}: entry {i + 1}"
        if not isinstance(item, dict):
            raise GazetteerError(f"{where} is not a mapping")
        name, etype, aliases = item.get("name"), item.get("type"), item.get("aliases", []) or []
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"{where} has no name")
        if etype not in ENTITY_TYPES:
            raise GazetteerError(f"{where} ({name}) has type {etype!r}; expected one of {', '.join(ENTITY_TYPES)}")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise GazetteerError(f"{where} ({name}) aliases must be a list of non-empty strings")
        entities.append(Entity(name.strip(), etype, tuple(a.strip() for a in aliases)))
    if not entities:
        raise GazetteerError(f"entity file {path} lists no entities")
    return Gazetteer(entities)


# ------------------------------------------------------------------ context rules

# Words that head a title or role in front of a name ("Defense Minister Rustem Umerov").
ROLE_HEADS = lexicon("role_heads")
# Words that may sit inside a role without heading it ("Deputy ... Press Secretary").
ROLE_MODIFIERS = lexicon("role_modifiers")
ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
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
    "mr. mrs. ms. mr mrs ms miss dr. dr prof. sir dame maj. gen. lt. col. capt. sgt. adm. cmdr. brig. "
    "sen. rep. gov. det. general major colonel lieutenant sergeant admiral".split()
)
# Words that complete "Secretary of ..." / "Minister of ..." before the name starts.
_DEPARTMENT_WORDS = lexicon("department_words")
# Capitalised words that begin sentences or headings but never start a name.
_NOT_NAMES = lexicon("not_names")
_NAME_PARTICLES = frozenset("de da do del della der van von bin ibn al el le la di du dos das ter".split())

ORG_SUFFIXES = lexicon("org_suffixes")
# Lower-case nouns that introduce an organisation's name: "consultancy Atlas Intel", "broadcaster ERT".
_ORG_DESCRIPTORS = lexicon("org_descriptors")
_COMMON_HEADS = lexicon("common_heads")
_SERIES_HEADS = lexicon("series_heads")
_SERIES_TOPICS = lexicon("series_topics")
_SERIES_JOINERS = frozenset(["of", "'"])  # "Harmonised Index of Consumer Prices", "Purchasing Managers' Index"
# Capitalised words that are never an organisation or place by themselves.
_NOT_PLACES = frozenset(
    """parliament congress senate court english french spanish arabic chinese german christmas easter ramadan
    islam christianity judaism twitter facebook instagram youtube tiktok telegram person total general""".split()
)
_GENERIC_ORG_WORDS = frozenset("forces army navy police government military troops people".split())
# Capital-letter words that are not organisations: units, currencies, Roman numerals, pronoun-ish words.
_NOT_ACRONYM_ORGS = frozenset(
    "I II III IV VI VII VIII IX XI XII OK TV GDP CEO CFO COO CTO PM AM GMT UTC BST CET EST PST MW GW KW KM MPH "
    "USD EUR GBP JPY CNY RUB UAH INR CHF CAD AUD NGN KES ZAR HIV AIDS COVID DNA RNA PhD MP MPs AI EV EVs UN".split()
) | {zone.upper() for zone in lexicon("time_zones")} | {word.upper() for word in lexicon("indicator_acronyms")}
_INDICATORS = frozenset(word.upper() for word in lexicon("indicator_acronyms"))
# Lower-case nouns an acronym names a kind of ("the MMR vaccine", "a PCR test"): the acronym is no organisation.
_PRODUCT_NOUNS = lexicon("product_nouns")
_POSSESSIVES = frozenset("our their its my your his her".split())
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
_MISSION_WORDS = frozenset(tuple(entry.split()) for entry in lexicon("mission_words"))
_FACILITY_HEADS = lexicon("facility_heads")
_NUMBER_WORDS = lexicon("number_words")
MIN_SHORTENED_NAME_WORDS = 3  # "Jupiter Icy Moons Explorer, Juice": words of a name given a short one in commas
MAX_SHIP_NAME_WORDS = 4  # "USS Harry S. Truman": the words of a ship's name after its prefix
_SHIP_PREFIXES = frozenset(entry.upper() for entry in lexicon("ship_prefixes"))
_PROGRAMME_WORDS = lexicon("programme_words")
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


_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_INITIALS_RE = re.compile(r"[A-Z]{2}")  # "JD Vance", "AJ Tracey": initials written without dots
_AGREEMENT_HEADS = lexicon("agreement_heads")
_GOVERNMENT_TITLES = lexicon("government_titles")
# small words inside an agreement's name ("Status of Visiting Forces Agreement", "Agreement on Trade and Investment")
_AGREEMENT_JOINERS = frozenset("of on for and".split())
MAX_PLACE_BEFORE_PORTFOLIO = 3
MAX_PORTFOLIO_LIST_TOKENS = 8
# "in Otago and Southland", "of Rajasthan, Gujarat and Maharashtra": words before a list of places, its length, and
# the words of one unknown member
_LIST_PREPOSITIONS = frozenset("in of to from across over throughout".split())
_INSIDE_PREPOSITIONS = frozenset("in across throughout".split())
MAX_LISTED_PLACES = 6
MAX_LISTED_NAME_WORDS = 2  # ", Industry and Energy": tokens after a ministry's comma read as its portfolios
# "Kenya Red Cross", "Israeli Supreme Court": a known body of this many words after a place's name is a national body;
# one word ("Russian Gazprom") is a company beside a demonym
MIN_NATIONAL_BODY_WORDS = 2  # "Tamil Nadu Industries Minister": words of the place before the portfolio


@functools.lru_cache(maxsize=65536)
def _is_name_token(token: str) -> bool:
    if not token[:1].isupper():
        return False
    if _key(token) in _NOT_NAMES:
        return False
    if len(token) == 2 and token[1] == ".":  # initial
        return True
    return any(c.islower() for c in token[1:]) and all(c.isalpha() or c in "-'’" for c in token)


@functools.lru_cache(maxsize=65536)
def _is_cap_word(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token)


class _Scanner:
    """Context rules over one article's tokens; produces spans and people."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.tokens = tokenize(text)
        # padded so that i - 1 and i + 1 never leave the lists
        self.words = [t[2] for t in self.tokens] + ["", "", "", ""]
        self.keys = [_key(w) for w in self.words]
        # where each token key occurs, so that every rule visits only its trigger words
        self.positions: dict[str, list[int]] = {}
        for i, k in enumerate(self.keys[: len(self.tokens)]):
            self.positions.setdefault(k, []).append(i)
        self._starts = [t[0] for t in self.tokens]
        # words the article also writes in lower case are ordinary words when they open a sentence ("Officials")
        self.lower_words = {w for w in self.words if w[:1].islower()}
        self.capitalised = [i for i, w in enumerate(self.words[: len(self.tokens)]) if w[:1].isupper()]
        self.gazetteer = gazetteer
        self.gaz_spans = self._without_surname_parts(gazetteer.match_tokens(self.tokens, self.keys))
        self.covered = [None] * (len(self.tokens) + 4)  # gazetteer span covering each token (padded)
        for span in self.gaz_spans:
            for k in range(span[0], span[1]):
                self.covered[k] = span
        self.people: dict[str, PersonInfo] = {}
        self.model_spans: list[tuple[int, int, str]] = []  # (first token, end token, type) from the recogniser
        self.events_at: set[int] = set()  # tokens inside a named event
        self.event_names: dict[int, int] = {}  # first token of a named event -> first token after its head word
        self.acronyms: dict[str, str] = {}
        self.own_acronyms: dict[str, str] = {}  # initials of the publisher's name -> the name ("ABS")
        self.terms: set[str] = set()  # acronyms the text defines as terms, not names
        self.org_end_at: dict[int, int] = {}  # last token of an organisation -> its first token
        # (first token, end token, canonical, type)
        self.spans: list[tuple[int, int, str, str]] = []

    def _without_surname_parts(self, spans: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
        """Gazetteer matches that are one part of a hyphenated surname are no names of their own: "Wagner" of
        "Grace Martin-Wagner", "Jordan" of "Dlamini-Jordan" where the article writes "Matthew Dlamini-Jordan"."""
        known = {k for a, b, _e in spans for k in range(a, b)}
        compounds: dict[tuple[int, int], str] = {}
        named: set[str] = set()  # hyphenated words written after a given name
        for a, b, _e in spans:
            lo, hi = self._hyphenated_extent(a, b)
            others = [k for k in range(lo, hi) if not a <= k < b and self.words[k] != "-"]
            if others and all(_is_name_token(self.words[k]) and k not in known for k in others):
                compounds[(a, b)] = self.surface(lo, hi)
                if self._given_name_before(lo, known):
                    named.add(compounds[(a, b)])
        return [span for span in spans if compounds.get((span[0], span[1])) not in named]

    def _hyphenated_extent(self, a: int, b: int) -> tuple[int, int]:
        """Tokens of the hyphenated word that tokens [a, b) belong to ("Martin", "-", "Wagner")."""
        lo, hi = a, b
        while lo >= 2 and self.words[lo - 1] == "-" and self.adjacent(lo - 2) and self.adjacent(lo - 1):
            lo -= 2
        while hi + 1 < len(self.tokens) and self.words[hi] == "-" and self.adjacent(hi - 1) and self.adjacent(hi):
            hi += 2
        return lo, hi

    def _given_name_before(self, k: int, known: set[int]) -> bool:
        """A given name stands right before token ``k``: a capitalised name word that is no known name or title."""
        g = k - 1
        return (g >= 0 and g not in known and _is_name_token(self.words[g]) and self.keys[g] not in ROLE_WORDS
                and self.tokens[g][1] + 1 == self.tokens[k][0])

    # -------------------------------------------------------------- token access
    def at(self, keys: frozenset | set) -> list[int]:
        """Positions of tokens whose key is in ``keys``, in text order."""
        hits = self.positions.keys() & keys
        if not hits:
            return []
        if len(hits) == 1:
            return self.positions[next(iter(hits))]
        return sorted(i for k in hits for i in self.positions[k])

    def tok(self, i: int) -> str:
        return self.words[i] if i >= 0 else ""

    def key(self, i: int) -> str:
        return self.keys[i] if i >= 0 else ""

    def adjacent(self, i: int) -> bool:
        """True when token i+1 follows token i with no space."""
        return i + 1 < len(self.tokens) and self.tokens[i][1] == self.tokens[i + 1][0]

    def sentence_start(self, i: int) -> bool:
        return (
            i == 0
            or self.tok(i - 1) in {".", "!", "?", "\u201c", '"', ":"}
            or "\n" in self.text[self.tokens[i - 1][1] : self.tokens[i][0]]
        )

    def surface(self, a: int, b: int) -> str:
        return self.text[self.tokens[a][0] : self.tokens[b - 1][1]]

    def read_name(self, j: int, limit: int = 4) -> int:
        """End token of a personal name starting at j (j itself when there is none)."""
        k = j
        count = 0
        while k < len(self.tokens) and count < limit:
            t = self.tok(k)
            if (
                (_is_name_token(t) or (count == 0 and self._initials_name(k)))
                and (_key(t) not in ROLE_WORDS or (count == 0 and self._given_name_title(k)))
                and (self.covered[k] is None or self.covered[k][2].type == "PERSON" or self._surname_alias(k, count))
            ):
                k += 1
                count += 1
                # hyphenated names: "Jean-Pierre", "Kim Jong-un"
                while (
                    self.adjacent(k - 1) and self.tok(k) == "-" and self.adjacent(k) and self.tok(k + 1)[:1].isalpha()
                ):
                    k += 2
            elif count and _key(t) in _NAME_PARTICLES and _is_name_token(self.tok(k + 1)):
                k += 1
            else:
                break
        if k > j and _key(self.tok(k - 1)) in _MEASURE_HEADS:
            return j  # "Official Cash Rate": capitalised words of a measure, not a person's name
        return k

    def _initials_name(self, k: int) -> bool:
        """"JD" in "Vice President JD Vance": two capital letters that no list knows, before a surname, are initials."""
        return (_INITIALS_RE.fullmatch(self.tok(k)) is not None and self.covered[k] is None
                and self.tok(k) not in _NOT_ACRONYM_ORGS and _is_name_token(self.tok(k + 1))
                and self.covered[k + 1] is None and self.key(k + 1) not in ROLE_WORDS)

    def _given_name_title(self, k: int) -> bool:
        """"Dean" in "Senior Meteorologist Dean Narramore": a title word that is also a given name, right after a
        title's head word and before a surname, opens the name."""
        return (self.key(k) in _GIVEN_NAME_TITLES and self.key(k - 1) in ROLE_HEADS
                and _is_name_token(self.tok(k + 1)) and self.key(k + 1) not in ROLE_WORDS)

    def _surname_alias(self, k: int, count: int) -> bool:
        """A one-word name of a group or organisation after a given name is a surname ("Richard Wagner")."""
        span = self.covered[k]
        return (count > 0 and span[0] == k and span[1] == k + 1 and span[2].type in ("GROUP", "ORG")
                and self.tok(k + 1) != "'s")

    def add_person(self, a: int, b: int, role: str | None, org: str | None, gender: str | None) -> None:
        if a in self.events_at or (b - 1) in self.events_at:
            return  # "Hurricane Milton said to be ...": a storm, not a person
        span = self.covered[a]
        if span is not None and span[2].type == "PERSON":
            canonical, a, b = span[2].name, span[0], span[1]
        else:
            canonical = self.surface(a, b)
        info = self.people.get(canonical)
        if info is None:
            info = self.people[canonical] = PersonInfo(canonical)
        info.role = info.role or role
        info.organization = info.organization or org
        info.gender = info.gender or gender
        self.spans.append((a, b, canonical, "PERSON"))

    # -------------------------------------------------------------- rules
    def events(self) -> None:
        """Named events from their head word: "Hurricane Milton", "Tropical Storm Debby", "Operation Sandstorm"."""
        heads = _event_heads()
        for i in self.capitalised:
            for length in (2, 1):
                head = " ".join(self.keys[i : i + length])
                if head not in heads or not all(_is_cap_word(self.tok(k)) for k in range(i, i + length)):
                    continue
                if length == 1 and " ".join(self.keys[i - 1 : i + 1]) in heads and i > 0:
                    continue  # the second word of a two-word head
                if self.key(i + length) in ROLE_WORDS:
                    break  # "Fire Chief Daniel Okoro": a title, not the fire's name
                end = i + length
                while end < len(self.tokens) and end - (i + length) < 2 and _is_name_token(self.tok(end)):
                    end += 1
                if end > i + length and (self.covered[i + length] is None or self.covered[i + length][0] < i + length):
                    self.spans.append((i, end, self.surface(i, end), "EVENT"))
                    self.events_at.update(range(i, end))
                    self.event_names[i] = i + length
                break

    def statistical(self, sentences: list[tuple[int, int]]) -> None:
        """Spans of the statistical recogniser, run only on sentences with a capitalised word nothing explains."""
        starts = [t[0] for t in self.tokens]
        lower = self.lower_words
        wanted: list[tuple[int, int]] = []
        for s_char, e_char in sentences:
            a, b = bisect.bisect_left(starts, s_char), bisect.bisect_left(starts, e_char)
            first = next((k for k in range(a, b) if self.tok(k)[:1].isalnum()), b)
            unexplained = [k for k in range(first, b) if self._unexplained(k, k == first, lower)]
            wanted.extend(self._windows(a, b, unexplained))
        if not wanted:
            return
        found = recogniser.recognise([self.text[s:e] for s, e in wanted])
        for (s_char, _e), spans in zip(wanted, found):
            for start, end, label in spans:
                span = self._token_span(starts, s_char + start, s_char + end)
                if span is not None:
                    self.model_spans.extend(self._person_of_body(*span, label))

    def _person_of_body(self, a: int, b: int, label: str) -> list[tuple[int, int, str]]:
        """A model span "Aoife Kealy of Met Éireann" right before a reporting verb: two name words that are no
        words of an institution, then "of" and a body, is a person and the body they speak for."""
        if b - a < PERSON_OF_BODY_MIN_TOKENS or self.keys[a + PERSON_NAME_TOKENS] != "of" \
                or self.key(b) not in CUE_FORMS:
            return [(a, b, label)]
        name = range(a, a + PERSON_NAME_TOKENS)
        if any(not _is_cap_word(self.tok(k)) or self.covered[k] is not None or self.keys[k] in _NOT_NAMES
               or self.keys[k] in _BODY_NAME_WORDS for k in name):
            return [(a, b, label)]
        return [(a, a + PERSON_NAME_TOKENS, "PERSON"), (a + PERSON_NAME_TOKENS + 1, b, "ORG")]

    def _place_before_body(self, k: int) -> bool:
        """Token ``k`` opens a known place's name (not a code such as "U.S.") written right before a known body's."""
        span = self.covered[k]
        if span is None or span[0] != k or span[2].type != "GPE" or _is_acronym(self.surface(span[0], span[1])):
            return False
        after = self.covered[span[1]]
        return (after is not None and after[0] == span[1] and after[2].type == "ORG"
                and after[1] - after[0] >= MIN_NATIONAL_BODY_WORDS)

    def _windows(self, a: int, b: int, unexplained: list[int]) -> list[tuple[int, int]]:
        """Character spans around the unexplained words of the sentence of tokens [a, b).

        The recogniser sees a few words either side of each token (its encoder has a window of one word and
        four layers), so a window of MODEL_CONTEXT_TOKENS around each unknown word gives the same entities as
        the whole sentence for a fraction of the cost.
        """
        out: list[tuple[int, int]] = []
        for k in unexplained:
            lo, hi = max(a, k - MODEL_CONTEXT_TOKENS), min(b, k + MODEL_CONTEXT_TOKENS + 1)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return [(self.tokens[lo][0], self.tokens[hi - 1][1]) for lo, hi in out]

    def _unexplained(self, k: int, first: bool, lower: set[str]) -> bool:
        t = self.tok(k)
        if self._place_before_body(k):
            return True  # "Kenya Red Cross": the recogniser tells a national body from a place beside a body
        if not _is_cap_word(t) or self.covered[k] is not None or self.keys[k] in _NOT_NAMES:
            return False
        return not first or (self.keys[k] not in stop_words() and self.keys[k] not in lower)

    def _token_span(self, starts: list[int], start: int, end: int) -> tuple[int, int] | None:
        """Token range of a model span, trimmed of articles and possessives; None when it is not a name."""
        a = bisect.bisect_left(starts, start)
        b = bisect.bisect_left(starts, end)
        if a >= len(self.tokens) or self.tokens[a][0] != start or b == a:
            return None
        while a < b and (self.keys[a] in ("the", "a", "an") or not _is_cap_word(self.tok(a))):
            a += 1
        while b > a and (self.keys[b - 1] in ("'s", "'") or not _is_cap_word(self.tok(b - 1))):
            b -= 1  # "Massa 45.5", "Biden's"
        if (a > 0 and self.tok(a - 1) == "-" and self.adjacent(a - 1)) or (self.tok(b) == "-" and self.adjacent(b - 1)):
            return None  # part of a hyphenated word: "OSIRIS" of "OSIRIS-REx"
        b = self._without_short_name(a, b)
        if b <= a or all(self.keys[k] in _NOT_NAMES or self.keys[k] in stop_words() for k in range(a, b)):
            return None
        if self.keys[b - 1] in _MEASURE_HEADS:
            return None  # "Official Cash Rate", "Tsunami Warning": a named measure or warning
        if all(self.keys[k] in ROLE_WORDS for k in range(a, b)):
            return None  # "Interior" of "Interior Minister ...": part of a title
        if self.keys[b - 1] in ROLE_HEADS and self.read_name(b) > b:
            # "County Executive Lena Brooks": a title in front of a name; what precedes the title word is the
            # employer only when it is more than words for a kind of place or body
            while b > a and self.keys[b - 1] in ROLE_WORDS:
                b -= 1
            if all(self.keys[k] in _PLACE_WORDS or self.keys[k] in _GENERIC_BODIES or self.keys[k] in _NOT_NAMES
                   for k in range(a, b)):
                return None  # "His Majesty King ...": a form of address before the title
        if b - a == 1 and (
            len(self.tok(a)) < 2
            or self.tok(a) in _NOT_ACRONYM_ORGS
            or self.keys[a] in _GENERIC_BODIES
            or _PLURAL_ACRONYM.fullmatch(self.tok(a))
        ):
            return None
        return a, b

    def _without_short_name(self, a: int, b: int) -> int:
        """"Jupiter Icy Moons Explorer, Juice,": a name read together with the one word set off by commas after it
        ends before the comma, and that word is its short name for later mentions."""
        if b - 2 - a >= MIN_SHORTENED_NAME_WORDS and self.tok(b - 2) == "," and self.tok(b) == "," \
                and _is_name_token(self.tok(b - 1)) and "," not in self.words[a : b - 2]:
            self.acronyms.setdefault(self.tok(b - 1), self.surface(a, b - 2))
            return b - 2
        return b

    def role_people(self) -> None:
        """People after a title or role: Deputy Pentagon Press Secretary Sabrina Singh, President-elect Donald Trump."""
        n = len(self.tokens)
        self.org_end_at = {b - 1: a for a, b, _, typ in self.spans if typ == "ORG"}
        heads = self.at(ROLE_HEADS)
        h = 0
        i = 0
        while h < len(heads):
            if heads[h] < i:
                h += 1
                continue
            i = heads[h]
            h += 1
            j = i + 1
            while j < n:
                k = self.key(j)
                if k in ROLE_WORDS and (self.covered[j] is None) and not self._given_name_title(j):
                    j += 1
                elif k == "-" and self.key(j + 1) in ROLE_WORDS and self.adjacent(j - 1):
                    j += 2
                elif k == "of":
                    m = j + 1
                    if self.key(m) == "the":
                        m += 1
                    start = m
                    while m < n:
                        if self.covered[m] is not None and self.covered[m][2].type in ("GPE", "ORG"):
                            m = self.covered[m][1]
                        elif self.key(m) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(m)):
                            m += 1
                        else:
                            break
                    if m == start:
                        break
                    j = m
                else:
                    break
            end = self.read_name(j)
            if end == j and self.tok(j) == "," and self.key(j - 1) in ROLE_HEADS:
                # "The summit's president, Sultan Al Jaber, called ...": a name set off by commas
                end = self.read_name(j + 1)
                if end - (j + 1) >= 2 and self.tok(end) == ",":
                    self.add_person(j + 1, end, self.surface(self.role_start(i), j), None, None)
                    i = end
                    continue
                end = j
            if end == j:
                i = j if j > i else i + 1
                continue
            start = self.role_start(i)
            role_tokens = list(range(start, j))
            gender = None
            for k in role_tokens:
                gender = _HONORIFICS.get(self.key(k), gender)
            while role_tokens and self.key(role_tokens[-1]) in _HONORIFICS:
                role_tokens.pop()
            trimmed = list(role_tokens)
            while trimmed and self.key(trimmed[-1]) in _RANKS:
                trimmed.pop()
            if trimmed:
                role_tokens = trimmed
            role = self.surface(role_tokens[0], role_tokens[-1] + 1) if role_tokens else None
            org = self.org_within(start, j)
            self.add_person(j, end, role, org, gender)
            i = end

    def role_start(self, head: int) -> int:
        """First token of the role phrase that ends at ``head`` (walking left)."""
        b = head
        unknown = 0
        while b > 0:
            p = b - 1
            k = self.key(p)
            span = self.covered[p]
            if p in self.org_end_at:
                b = self.org_end_at[p]
            elif span is not None and span[2].type in ("GPE", "ORG"):
                b = span[0]
            elif k in ROLE_WORDS and not self.sentence_boundary_before(b):
                b = p
            elif k in ("'s",) and p > 0 and (self.covered[p - 1] is not None or _is_cap_word(self.tok(p - 1))):
                b = p
            elif k == "-" and self.key(p - 1) in ROLE_WORDS:
                b = p
            elif (
                _is_cap_word(self.tok(p))
                and k not in _NOT_NAMES
                and unknown < 3
                and not self.sentence_boundary_before(b)
            ):
                b = p
                unknown += 1
            else:
                break
            if self.sentence_start(b):
                break
        # never start a role on a lower-case word
        while b < head and not _is_cap_word(self.tok(b)) and self.key(b) not in ROLE_WORDS:
            b += 1
        return b

    def sentence_boundary_before(self, i: int) -> bool:
        return i > 0 and self.tok(i - 1) in {".", "!", "?", ",", ";", ":", "(", ")", '"', "\u201c", "\u201d"}

    def org_within(self, a: int, b: int) -> str | None:
        found_gpe = None
        for span in self.gaz_spans:
            if span[0] >= a and span[1] <= b:
                if span[2].type == "ORG":
                    return span[2].name
                if span[2].type == "GPE" and found_gpe is None:
                    found_gpe = span[2].name
        for sa, sb, name, typ in self.spans:
            if sa >= a and sb <= b and typ == "ORG":
                return name
        return found_gpe

    def cue_people(self) -> None:
        """Two- or three-word names next to a speech verb ("Maria Lopez said", "said Maria Lopez")."""
        n = len(self.tokens)
        known = [False] * n
        for a, b, _, _typ in self.spans:
            for k in range(a, b):
                known[k] = True

        def plain(k: int) -> bool:
            t = self.tok(k)
            return _is_name_token(t) and self.covered[k] is None and not known[k] and _key(t) not in ROLE_WORDS

        for i in self.at(CUE_FORMS):
            # name before the cue, perhaps with "has", "also", "later" in between
            c = i
            while c > 0 and i - c < 3 and self.key(c - 1) in _BETWEEN_NAME_AND_CUE:
                c -= 1
            appositive = self.tok(c - 1) == ","
            if appositive:
                c -= 1  # "Africa's richest man, Aliko Dangote, has said"
            a = c
            while a > 0 and c - a < 4 and plain(a - 1):
                a -= 1
            if (
                2 <= c - a <= 3
                and self.key(c - 1) not in ORG_SUFFIXES
                and ((not appositive and not _is_cap_word(self.tok(a - 1))) or (appositive and self.tok(a - 1) == ","))
            ):
                self.add_person(a, c, None, None, None)
            # name after the cue
            end, words = i + 1, 0
            while end < n and words < 3 and plain(end):
                end, words = self._past_hyphen_parts(end + 1), words + 1  # "Lee Seo-yeon", "Jean-Pierre Martin"
            if words >= 2 and not _is_cap_word(self.tok(end)) and self.key(end - 1) not in ORG_SUFFIXES:
                self.add_person(i + 1, end, None, None, None)

    def _past_hyphen_parts(self, k: int) -> int:
        """Token ``k`` moved past the hyphenated parts of the word before it ("-yeon" of "Seo-yeon")."""
        while k + 1 < len(self.tokens) and self.tok(k) == "-" and self.adjacent(k - 1) and self.adjacent(k) \
                and self.tok(k + 1)[:1].isalpha():
            k += 2
        return k

    def context_people(self) -> None:
        """Names marked by their context: "Kenya's Kelvin Kiptum", "Patricia Bullrich, who ..."."""
        for i in self.at(_CONTEXT_TRIGGERS):
            if i == 0:
                continue
            if (
                self.tok(i) in ("'s", "'", "’")
                and self.covered[i - 1] is not None
                and self.covered[i - 1][2].type == "GPE"
            ):
                end = self.read_name(i + 1, limit=3)
                if (
                    2 <= end - (i + 1) <= 3
                    and self.covered[i + 1] is None
                    and self.key(end - 1) not in ORG_SUFFIXES
                    and not _is_cap_word(self.tok(end))
                ):
                    self.add_person(i + 1, end, None, self.covered[i - 1][2].name, None)
            if self.tok(i) == "," and self.key(i + 1) == "who":
                a = self.name_start_before(i)
                if (
                    2 <= i - a <= 3
                    and not _is_cap_word(self.tok(a - 1))
                    and self.key(i - 1) not in ORG_SUFFIXES
                    and not any(s[0] < i and s[1] > a for s in self.spans)
                ):
                    self.add_person(a, i, None, None, None)

    def name_start_before(self, i: int) -> int:
        """Start of the run of up to three unclaimed name tokens that ends just before token ``i``."""
        a = i
        while (
            a > 0
            and i - a < 3
            and _is_name_token(self.tok(a - 1))
            and self.covered[a - 1] is None
            and self.key(a - 1) not in ROLE_WORDS
        ):
            a -= 1
        return a

    def appositive_people(self) -> None:
        """A name followed by a role in commas: "Jane Doe, chief economist at Acme Bank, said"."""
        n = len(self.tokens)
        for i in self.at(_COMMA):
            if i < 2:
                continue
            a = self.name_start_before(i)
            if i - a < 2 or _is_cap_word(self.tok(a - 1)) or any(s[0] < i and s[1] > a for s in self.spans):
                continue
            j = i + 1
            if self.key(j) in ("a", "an", "the"):
                j += 1
            k = j
            has_head = False
            while k < n and k - j < 10 and self.tok(k) not in {",", ".", ";", ":", "(", ")"}:
                if self.key(k) in ROLE_HEADS:
                    has_head = True
                k += 1
            if has_head and k > j:
                self.add_person(a, i, self.surface(j, k), self.org_within(j, k) or self.capitalised_org(j, k), None)

    def capitalised_org(self, a: int, b: int) -> str | None:
        """First run of capitalised words after at/for/of inside [a, b): an employer."""
        for k in range(a, b - 1):
            if self.key(k) in ("at", "for", "of") and _is_cap_word(self.tok(k + 1)):
                m = k + 1
                while m < b and (
                    _is_cap_word(self.tok(m))
                    or (self.key(m) in ("of", "for", "and", "&") and _is_cap_word(self.tok(m + 1)))
                ):
                    m += 1
                return self.surface(k + 1, m)
        return None

    def organisations(self) -> None:
        """Organisation names from capitalisation and context.

        "Acme Bank", "Ministry of Health", "Royal Bank of Canada", "Rapid Support Forces (RSF)",
        "consultancy Atlas Intel", "Statistics Canada", and unknown acronyms such as "INDEC".
        """
        n = len(self.tokens)
        i = 0
        for start in self.capitalised:
            if start < i:
                continue
            i = start
            t = self.tok(i)
            if not _is_cap_word(t):
                continue
            j = self._capitalised_run_end(i)
            if self.key(i) in _NOT_NAMES and self.key(i) != "the":
                # "the Central Election Commission": such a word opens a name after "the" inside a sentence
                if self.key(i - 1) != "the" or self.sentence_start(i) or not self._org_end(i, j):
                    continue
            a = i + 1 if self.key(i) == "the" else i
            # "Malawi's Ministry of Health", "NASA's Kennedy Space Center": the country or organisation owns the
            # body, it is not part of its name
            if (
                self.covered[a] is not None
                and self.covered[a][2].type in ("GPE", "ORG")
                and self.tok(self.covered[a][1]) == "'s"
            ):
                a = self.covered[a][1] + 1
            owner = self._owning_body_end(a, j)
            if owner is not None:
                # "Bank of Thailand's Monetary Policy Committee": the bank owns the committee, two organisations
                if not all(self.covered[k] is not None for k in range(a, owner)):
                    self.spans.append((a, owner, self.surface(a, owner), "ORG"))
                i = owner + 1
                continue
            legal = self._legal_form_in(a, j)
            if legal is not None:
                name_start, name_end, form_end = legal
                if not all(self.covered[k] is not None for k in range(name_start, name_end)):
                    self.spans.append((name_start, form_end, self.surface(name_start, name_end), "ORG"))
                i = max(j, form_end)
                continue
            end = self._org_end(a, j)
            if end and self._title_portfolio(a, j):
                end = None  # "Saudi Energy Minister": a country and a portfolio in front of a title, no organisation
            place_end = self._place_before_portfolio(a, j) if end or self.key(j) in _GOVERNMENT_TITLES else None
            if place_end:
                self.spans.append((a, place_end, self.surface(a, place_end), "GPE"))
                end = None  # "Tamil Nadu Industries Minister": a state and a portfolio before a title
            if end and end < j and self.key(j - 1) in _COMMON_HEADS:
                end = None  # "the Central Bank Rate": a rate the bank sets, not the bank
            if end and self.key(a) in ROLE_HEADS and self.key(a + 1) in ("of", "for"):
                end = None  # "Minister of Water Resources": a title and its portfolio, no organisation
            split = self._model_split(a, end) if end else None
            if split is not None:
                # "Fast Retailing and SoftBank Group": two organisations the recogniser reads apart
                self.spans.extend([(a, split, self.surface(a, split), "ORG"),
                                   (split + 1, end, self.surface(split + 1, end), "ORG")])
                i = j
                continue
            if end:
                if a > 0 and _ORDINAL_RE.fullmatch(self.tok(a - 1)):
                    a -= 1  # "3rd Infantry Division", "41st Field Artillery Brigade": the number names the unit
                if not all(self.covered[k] is not None for k in range(a, end)):
                    self.spans.append((a, end, self.surface(a, end), "ORG"))
                    self._acronym_after(a, end)
            elif self._portfolio_department(a, j):
                self.spans.append((a, j, self.surface(a, j), "ORG"))
            elif 2 <= j - a <= 3 and (not self.sentence_start(a) or self.key(a) in _AGENCY_WORDS):
                # a known country next to another capitalised word names something else: "Statistics Canada"
                ends_known = (
                    self.covered[j - 1] is not None
                    and self.covered[j - 1][2].type == "GPE"
                    and self.covered[j - 1][0] > a
                )
                starts_known = (
                    self.covered[a] is not None and self.covered[a][2].type == "GPE" and self.covered[a][1] < j
                )
                others = [k for k in range(a, j) if self.covered[k] is None]
                if (
                    (ends_known or starts_known)
                    and others
                    # "Health New Zealand": a portfolio word may name an agency
                    and all(_is_name_token(self.tok(k))
                            and (self.key(k) not in ROLE_WORDS or self.key(k) in _AGENCY_WORDS) for k in others)
                    and self.tok(j) != "'s"
                    and self.key(j) not in ROLE_WORDS
                ):
                    self.spans.append((a, j, self.surface(a, j), "ORG"))
            i = j
        for i in self.capitalised:
            k = self.key(i - 1)  # "" before the first token: an acronym may open the text ("IFA President ...")
            # "consultancy Atlas Intel", "state broadcaster ERT", "oil company NNPC"
            if (
                k in _ORG_DESCRIPTORS
                and not _is_cap_word(self.tok(i - 1))
                and _is_cap_word(self.tok(i))
                and self.covered[i] is None
            ):
                end = i
                while (
                    end < n
                    and end - i < 3
                    and (_is_name_token(self.tok(end)) or _is_acronym(self.tok(end)))
                    and self.covered[end] is None
                ):
                    end += 1
                if end > i and self.key(end) not in ROLE_WORDS:
                    self.spans.append((i, end, self.surface(i, end), "ORG"))
            # "the Aslef union", "the Wagner group": a name before a lower-case organisation noun
            if (
                k == "the"
                and _is_cap_word(self.tok(i))
                and self.covered[i] is None
                and self.key(i + 1) in _ORG_DESCRIPTORS
                and not _is_cap_word(self.tok(i + 1))
                and self.key(i) not in _NOT_NAMES
            ):
                self.spans.append((i, i + 1, self.tok(i), "ORG"))
            # an unknown acronym inside a sentence: "INDEC said", "The NNPC did not respond"
            t = self.tok(i)
            if (
                _is_acronym(t)
                and t.isalpha()
                and 2 <= len(t) <= 6
                and self.covered[i] is None
                and (not self.sentence_start(i) or self._acronym_opens_sentence(i))
                and not _is_acronym(self.tok(i - 1))
                and not _is_acronym(self.tok(i + 1))
                and t not in _NOT_ACRONYM_ORGS
                and not (self.tok(i + 1) == "-" and self.adjacent(i))
                and not (self.tok(i - 1) == "-" and self.adjacent(i - 1))
            ):
                self.spans.append((i, i + 1, self.acronyms.get(t, t), "ORG"))

    def _portfolio_department(self, a: int, j: int) -> bool:
        """"Environment and Climate Change Canada": portfolios joined by "and" before the country's name are one
        department, not the country (a portfolio word of department_words, the rest capitalised names)."""
        last = self.covered[j - 1]
        if j - a < 4 or last is None or last[2].type != "GPE" or last[1] != j or last[0] - a < 3:
            return False
        words = range(a, last[0])
        if "and" not in {self.key(k) for k in words} or self.key(last[0] - 1) == "and":
            return False
        return (any(self.key(k) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(k)) for k in words)
                and all(self.key(k) in ("and", ",") or (_is_name_token(self.tok(k)) and self.covered[k] is None
                                                       and self.key(k) not in ROLE_HEADS) for k in words))

    def agreements(self) -> None:
        """Named agreements: capitalised words before an agreement's head word ("Reciprocal Access Agreement",
        "Status of Visiting Forces Agreement", "Indonesia-Australia Comprehensive Economic Partnership Agreement") or
        after it with "of" or "on" ("Treaty of Asunción") name one instrument; the places inside the name are not
        entities of their own."""
        for h in self.at(_AGREEMENT_HEADS):
            if not _is_cap_word(self.tok(h)):
                continue
            a, b = self._agreement_start(h), self._agreement_end(h)
            if a < h or b > h + 1:
                self.spans.append((a, b, self.surface(a, b), "EVENT"))

    def _agreement_end(self, h: int) -> int:
        """End of the name that goes on after the head word ``h`` with "of" or "on" ("Treaty of Asunción",
        "Convention on Biological Diversity", "Convention on the Rights of the Child"); ``h + 1`` when none does."""
        if self.key(h + 1) not in ("of", "on"):
            return h + 1
        end, k = h + 1, h + 1
        while k < len(self.tokens):
            if _is_cap_word(self.tok(k)) and self.key(k) not in stop_words():
                k += 1
                end = k
            elif self.key(k) in _AGREEMENT_JOINERS or (self.key(k) == "the" and self.key(k - 1) in _AGREEMENT_JOINERS):
                k += 1
            else:
                break
        return end

    def _agreement_start(self, h: int) -> int:
        """First token of the name whose head word is token ``h`` (``h`` itself when no name word precedes it)."""
        a = h
        while a > 0 and not self.sentence_start(a):
            p = a - 1
            word, key = self.tok(p), self.key(p)
            if _is_cap_word(word) and key not in stop_words() and key not in _NOT_NAMES and key not in ROLE_HEADS:
                a = p
            elif word == "-" and p > 0 and self.adjacent(p - 1) and self.adjacent(p) and _is_cap_word(self.tok(p - 1)):
                a = p
            elif key in _AGREEMENT_JOINERS and p > 0 and _is_cap_word(self.tok(p - 1)):
                a = p
            else:
                break
        while a < h and (self.key(a) in _AGREEMENT_JOINERS or self.tok(a) == "-"):
            a += 1
        return a

    def ships(self) -> None:
        """"USS Harry S. Truman": a ship's prefix and the name after it are one name."""
        for i in self.at(frozenset(p.lower() for p in _SHIP_PREFIXES)):
            if self.tok(i) not in _SHIP_PREFIXES:
                continue
            end = i + 1
            while end - i <= MAX_SHIP_NAME_WORDS and _is_name_token(self.tok(end)):
                end += 1  # "HMS Queen Elizabeth": a title word is part of a ship's name
            if end > i + 1:
                self.spans.append((i, end, self.surface(i, end), "WEAPON"))

    def _acronym_opens_sentence(self, i: int) -> bool:
        """"GRCA staff will ...", "IFA President Rachel Kenny said": an acronym opening a sentence that goes on in
        lower case or with a title is a name when it is the publisher's or the article writes it more than once (a
        heading in capitals is neither)."""
        t = self.tok(i)
        if not self.tok(i + 1)[:1].islower() and self.key(i + 1) not in ROLE_HEADS:
            return False
        return t in self.own_acronyms or t in self.acronyms or len(self.positions.get(self.keys[i], ())) > 1

    def _capitalised_run_end(self, i: int) -> int:
        """End token of the run of capitalised words (joined by of, for, and, ...) that starts at token ``i``."""
        n = len(self.tokens)
        j = i + 1
        while j < n:
            tj = self.tok(j)
            if self.key(j) in ROLE_HEADS and j > i + 1 and not self._heads_body(j):
                break  # "Bank of Canada Governor Tiff Macklem": the role starts a new phrase
            if _is_cap_word(tj):
                j += 1
            elif self.key(j) in _NAME_JOINERS and j + 1 < n and _is_cap_word(self.tok(j + 1)):
                j += 1
            elif tj == "-" and self.adjacent(j - 1) and self.adjacent(j) and self.tok(j + 1)[:1].isalpha():
                j += 2  # "Co-operation", "Al-Shabaab"
            elif tj == "," and self._portfolio_list_after(i, j):
                j += 1  # "Ministry of Trade, Industry and Energy": the portfolios of one ministry
            else:
                break
        return j

    def _portfolio_list_after(self, i: int, j: int) -> bool:
        """The comma at ``j`` goes on with capitalised portfolio words ending in "and <Portfolio>", after a body's
        word and "of" or "for" in the run that starts at ``i`` ("Ministry of Trade, Industry and Energy")."""
        if not any(self.key(k) in ("of", "for") and self.key(k - 1) in ORG_SUFFIXES for k in range(i + 1, j)):
            return False
        k, joined = j + 1, False
        while k < len(self.tokens) and k - j <= MAX_PORTFOLIO_LIST_TOKENS:
            if self.key(k) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(k)):
                if joined:
                    return True
            elif self.key(k) == "and" and not joined:
                joined = True
            elif self.tok(k) != ",":
                return False
            k += 1
        return False

    def _model_split(self, a: int, end: int) -> int | None:
        """The "and" of the organisation name [a, end) that the recogniser reads as two organisations' names on each
        side of it, with no "of" or "for" before it ("Fast Retailing and SoftBank Group", not "Department of Health
        and Aged Care"); None otherwise."""
        for m in range(a + 1, end - 1):
            if self.key(m) in ("of", "for"):
                return None
            if self.key(m) == "and":
                model = set(self.model_spans)
                return m if (a, m, "ORG") in model and (m + 1, end, "ORG") in model else None
        return None

    def _owning_body_end(self, a: int, j: int) -> int | None:
        """The end of an organisation's name before a possessive "'s" inside the capitalised run [a, j) that goes on
        with another capitalised name ("Bank of Thailand's Monetary Policy Committee", "NOAA's Climate Prediction
        Center"), or None ("Prime Minister's Office": no organisation before the possessive)."""
        if self.key(a + 1) == "'s" and _is_acronym(self.tok(a)) and a + 2 < j:
            return a + 1  # "NOAA's Climate Prediction Center"
        for k in range(a + 2, j - 1):
            if self.key(k) == "'s" and _is_cap_word(self.tok(k + 1)) and self._org_end(a, k) == k:
                return k
        return None

    def _heads_body(self, j: int) -> bool:
        """"General" in "Hong Kong General Chamber of Commerce": a title word before a body's head word is part of
        the body's name, not a title."""
        return self.key(j + 1) in ORG_SUFFIXES and _is_cap_word(self.tok(j + 1))

    def _place_before_portfolio(self, a: int, j: int) -> int | None:
        """"Tamil Nadu Industries Minister", "Ontario Finance Minister": unknown name words, then portfolio words,
        right before a title at ``j`` -> the end of the place's words (the place is an entity, the portfolio is part
        of the title). The caller asks only where the words read as a body's name or the title is a government's."""
        if self.key(j) not in ROLE_HEADS:
            return None
        p = j
        while p > a and self.key(p - 1) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(p - 1)):
            p -= 1
        if p == j or p == a or p - a > MAX_PLACE_BEFORE_PORTFOLIO:
            return None
        if all(_is_name_token(self.tok(k)) and self.covered[k] is None and self.key(k) not in _BODY_NAME_WORDS
               and self.key(k) not in ROLE_WORDS for k in range(a, p)):
            return p
        return None

    def _title_portfolio(self, a: int, j: int) -> bool:
        """True when the capitalised run [a, j) is a place and portfolio words before a title at ``j``."""
        if self.key(j) not in ROLE_HEADS or self.covered[a] is None or self.covered[a][2].type != "GPE":
            return False
        rest = range(self.covered[a][1], j)
        return len(rest) > 0 and all(self.key(k) in _DEPARTMENT_WORDS for k in rest)

    def _legal_form_in(self, a: int, j: int) -> tuple[int, int, int] | None:
        """"Nordhavn Wind A/S", "Acme Foods Inc.": a company's name before a legal form at the end of the run
        [a, j) -> (name start, name end, end of the legal form); the name is the capitalised words before it."""
        for k in range(max(a + 1, j - 1), j + 1):
            if k >= len(self.tokens):
                break
            m = _LEGAL_FORM_RE.match(self.text, self.tokens[k][0])
            if m is None or m.group()[0].islower() and m.group() != "plc":
                continue
            form_end = next((t for t in range(k, len(self.tokens)) if self.tokens[t][1] >= m.end()), None)
            if form_end is None or self.tokens[form_end][1] != m.end():
                continue
            start = k
            while start > a and (
                (_is_cap_word(self.tok(start - 1)) and self.key(start - 1) not in _NOT_NAMES)
                or (self.tok(start - 1) == "&" and start - 1 > a and _is_cap_word(self.tok(start - 2)))
            ):
                start -= 1
            if start < k:
                return start, k, form_end + 1
        return None

    def _org_end(self, a: int, j: int) -> int | None:
        """End token of an organisation name in the capitalised run [a, j), or None."""
        if j - a < 2:
            return None
        if self.key(a) in _ORG_PREFIXES and self.key(a + 1) in ("of", "for"):
            return j
        for k in range(j - 1, a, -1):
            if self.key(k) in ORG_SUFFIXES and _is_cap_word(self.tok(k)):  # not "Data-center"
                if k == j - 1 or self.key(k + 1) in ("of", "for"):
                    # "Russian Forces" stays Russia: a known place plus a generic word
                    if (
                        k == j - 1
                        and self.covered[a] is not None
                        and self.covered[a][1] == k
                        and self.key(k) in _GENERIC_ORG_WORDS
                    ):
                        return None
                    return j
                if self.key(k + 1) in _FACILITY_HEADS and _is_cap_word(self.tok(k + 1)):
                    return k + 2  # "Vehicle Assembly Building": the building named after the body's word
                return k + 1
        return None

    def _acronym_after(self, a: int, b: int) -> None:
        """Remember an acronym in brackets after a name ("Rapid Support Forces (RSF)") for later mentions."""
        if self.tok(b) == "(" and _is_acronym(self.tok(b + 1)) and self.tok(b + 2) == ")":
            self.acronyms[self.tok(b + 1)] = self.surface(a, b)

    def acronym_definitions(self) -> None:
        """Acronyms defined in brackets after what they stand for, where no organisation rule named it.

        After a name the recogniser found ("Monetary Policy Committee (MPC)"), or after words whose initials
        spell it and whose last word makes an organisation ("Kenya Medical Research Institute (KEMRI)"), the
        acronym names that organisation. After words whose initials spell it but that name no organisation
        ("the standing deposit facility (SDF)", "the Consumer Price Index (CPI)"), it is a term the text defines,
        and none of its mentions is an entity, even one the gazetteer lists under another meaning.
        """
        model_end = {b: a for a, b, typ in self.model_spans if typ in ("ORG", "GPE")}
        for p in self.at(frozenset("(")):
            acronym = self.tok(p + 1)
            if not (_is_acronym(acronym) and acronym.isalpha() and self.tok(p + 2) == ")"):
                continue
            if self._series_ends_at(p) and (p == 0 or self.covered[p - 1] is None):
                self.terms.add(acronym)  # "the Air Quality Health Index (AQHI)": a statistic's short name
                continue
            if acronym in self.acronyms or (p > 0 and self.covered[p - 1] is not None):
                continue  # a listed name ("North Atlantic Treaty Organization (NATO)") or one a rule named
            if p in model_end and model_end[p] < p:
                self.acronyms[acronym] = self.surface(model_end[p], p)
                continue
            start = self._spelled_out(p, acronym)
            if start is None:
                continue
            if self.key(p - 1) in ORG_SUFFIXES and _is_cap_word(self.tok(start)) and _is_cap_word(self.tok(p - 1)):
                self.acronyms[acronym] = self.surface(start, p)
            else:
                self.terms.add(acronym)

    def acronyms_before_names(self) -> None:
        """An acronym followed by its name in brackets ("the SLS (Space Launch System)"): the acronym names it."""
        for p in self.at(frozenset("(")):
            acronym = self.tok(p - 1) if p > 0 else ""
            if not (_is_acronym(acronym) and acronym.isalpha()) or acronym in self.acronyms:
                continue
            close = next((k for k in range(p + 1, min(p + MAX_BRACKETED_NAME_TOKENS, len(self.tokens)))
                          if self.tok(k) == ")"), None)
            words = [self.tok(k) for k in range(p + 1, close)] if close else []
            if words and _initials_of(" ".join(words)) == acronym and all(
                    _is_cap_word(w) or w.lower() in _ACRONYM_CONNECTORS for w in words):
                self.acronyms[acronym] = self.surface(p + 1, close)

    def _spelled_out(self, p: int, acronym: str) -> int | None:
        """First token of the words before token ``p`` whose initials spell ``acronym``, or None."""
        letters = acronym.lower()
        k = p - 1
        for letter in reversed(letters):
            while k >= 0 and self.key(k) in _ACRONYM_CONNECTORS:
                k -= 1
            if k < 0 or not self.tok(k)[:1].isalpha() or self.key(k)[0] != letter:
                return None
            k -= 1
        return k + 1

    def places(self) -> None:
        """Places from context: "the Kursk region", "city of Tapa", "in Tapa, Estonia", "Second Thomas Shoal"."""
        n = len(self.tokens)
        self._featured_places()
        self._compass_places()
        for i in self.at(_PLACE_TRIGGERS):
            k = self.key(i)
            if k in _PLACE_WORDS and not _is_cap_word(self.tok(i)):
                b = i
                a = b
                while a > 0 and b - a < 2 and _is_name_token(self.tok(a - 1)) and self.covered[a - 1] is None:
                    a -= 1
                if a < b:
                    self.spans.append((a, b, self.surface(a, b), "GPE"))
            if k == "of" and self.key(i - 1) in _PLACE_PREFIXES:
                end = i + 1
                while end < n and end - i <= 2 and _is_name_token(self.tok(end)) and self.covered[end] is None:
                    end += 1
                if end > i + 1:
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
            if (
                k in ("in", "near", "outside", "from", "to")
                and _is_name_token(self.tok(i + 1))
                and self.covered[i + 1] is None
            ):
                end = i + 2
                while end < n and end - i <= 2 and _is_name_token(self.tok(end)) and self.covered[end] is None:
                    end += 1
                nxt = self.covered[end + 1] if self.tok(end) == "," and end + 1 < n else None
                if nxt is not None and nxt[2].type == "GPE":
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
                elif (
                    k in ("in", "near", "outside")
                    and end == i + 2
                    and self.key(i + 1) not in _NOT_PLACES
                    and (
                        self.tok(end) in (",", ".", ";", "")
                        or self.key(end)
                        in ("on", "at", "and", "last", "this", "since", "after", "before", "for", "who", "where")
                    )
                    and not self.tok(i + 1).endswith("s")
                ):
                    # a single unknown capitalised word after "in" that ends the phrase: "a clinic in Blantyre."
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
            if k in ("in", "near", "across") and self._compass_region(i + 1):
                self.spans.append((i + 1, i + 3, self.surface(i + 1, i + 3), "GPE"))
        for i in self.at(frozenset(["at"])):
            self._measured_at(i)

    def _compass_region(self, k: int) -> bool:
        """"in Central Java", "in West Papua": a capitalised direction and one unknown name word that ends the
        phrase after "in" name a region."""
        name = k + 1
        return (self.key(k) in _COMPASS_WORDS and _is_cap_word(self.tok(k)) and self.covered[k] is None
                and _is_name_token(self.tok(name)) and self.covered[name] is None
                and self.key(name) not in ORG_SUFFIXES and self.key(name) not in ROLE_WORDS
                and (self.tok(name + 1) in (",", ".", ";", "") or self.tok(name + 1)[:1].islower()))

    def _measured_at(self, i: int) -> None:
        """"recorded at Mullingar", "the temperature at Lund was", "the River Taff at Pontypridd": the station a
        value was measured at, or a river's gauge."""
        measured = any(any(c.isdigit() for c in self.tok(k)) for k in range(max(0, i - 2), i))  # "46.2°C at"
        gauge = i > 0 and self._after_watercourse(i)
        if i == 0 or not (self.key(i - 1) in _MEASURED_AT_CUES or measured or gauge):
            return
        end = i + 1
        while end < len(self.tokens) and end - i <= MAX_STATION_WORDS and _is_name_token(self.tok(end)) \
                and self.covered[end] is None and self.key(end) not in _NOT_NAMES:
            end += 1
        if end > i + 1 and (end == len(self.tokens) or self.tok(end) in (",", ".", ";")
                            or self.key(end) in _AFTER_STATION or (gauge and self.tok(end)[:1].islower())):
            self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))

    def _after_watercourse(self, i: int) -> bool:
        """Token ``i`` ("at") follows a feature's name found before it ("River Taff", "Grand River")."""
        return any(typ == "GPE" and b == i and (self.key(a) in _LEADING_FEATURES or self.key(b - 1) in _PLACE_FEATURES)
                   for a, b, _name, typ in self.spans)

    def _featured_places(self) -> None:
        """A capitalised geographic feature word after capitalised names is a place: "Second Thomas Shoal",
        "Litani River", "Scarborough Reef" (known names keep the gazetteer's reading)."""
        for i in self.at(_PLACE_FEATURES):
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None:
                continue
            a = i
            while a > 0 and i - a < MAX_FEATURE_NAME_WORDS and _is_cap_word(self.tok(a - 1)) \
                    and self.key(a - 1) not in _ARTICLES \
                    and self._inside_feature_name(a - 1, i) and self.key(a - 1) not in ROLE_WORDS \
                    and not (self.sentence_start(a - 1) and self.key(a - 1) in _NOT_NAMES and a - 1 != i - 1):
                a -= 1
            if a < i:
                self.spans.append((a, i + 1, self.surface(a, i + 1), "GPE"))
        for i in self.at(_OF_FEATURES):  # "Gulf of Mexico", "Bay of Bengal": the feature, "of" and its name
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None or self.key(i + 1) != "of":
                continue
            b = i + 2
            while b - i - 2 < MAX_FEATURE_NAME_WORDS and _is_cap_word(self.tok(b)) and self.key(b) not in _ARTICLES:
                b += 1
            if b > i + 2:
                self.spans.append((i, b, self.surface(i, b), "GPE"))
        for i in self.at(_LEADING_FEATURES):  # "River Tay", "Lake Malawi": the feature word before the name
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None:
                continue
            b = i + 1
            while b - i <= MAX_FEATURE_NAME_WORDS and _is_name_token(self.tok(b)) and self.covered[b] is None \
                    and self.key(b) not in _PLACE_FEATURES:
                b += 1
            if b > i + 1:
                self.spans.append((i, b, self.surface(i, b), "GPE"))

    def _compass_places(self) -> None:
        """A capitalised bare direction before a known place names a place of its own: "West Texas", "South
        Australia", "South-East Asia", "New South Wales" (a known name such as "South Africa" is the gazetteer's)."""
        for a, b, entity in self.gaz_spans:
            start = self._compass_start(a) if entity.type == "GPE" else None
            if start is None:
                continue
            new = start - 1
            if new >= 0 and self.tok(new) == "New" and self._spaced(new) and not self.sentence_start(new):
                start -= 1  # "southern New South Wales"
            self.spans.append((start, b, self.surface(start, b), "GPE"))

    def _compass_start(self, a: int) -> int | None:
        """First token of a capitalised direction just before token ``a`` ("West", "South-East"), or None."""
        k = a - 1
        if k < 0 or self.key(k) not in _BARE_COMPASS or not _is_cap_word(self.tok(k)) or not self._spaced(k):
            return None
        if self.covered[k] is not None:
            return None
        if k >= 2 and self.tok(k - 1) == "-" and self.adjacent(k - 2) and self.adjacent(k - 1) \
                and self.key(k - 2) in _BARE_COMPASS and _is_cap_word(self.tok(k - 2)):
            k -= 2  # "South-East Asia"
        return k

    def _spaced(self, k: int) -> bool:
        """Token ``k`` and the next one are separated by one space (not a line break)."""
        return self.text[self.tokens[k][1] : self.tokens[k + 1][0]] == " " if k + 1 < len(self.tokens) else False

    def _inside_feature_name(self, k: int, feature: int) -> bool:
        """Token k may open the name of a geographic feature: it is no known name, or a known place's adjective
        of one word ("Indian Ocean", "English Channel", "Persian Gulf"): the feature, not the country, is meant."""
        span = self.covered[k]
        return span is None or (span[0] == k and span[1] == k + 1 and span[2].type == "GPE" and k + 1 == feature)

    # -------------------------------------------------------------- assembly
    def _retyped(self, rule_spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Where a context rule and the recogniser agree on a name but not on its type, the recogniser's reading
        of a name as an event ("the Tokyo Marathon") wins, and so does its reading of a person as an organisation
        when a word before the name marks an institution ("analysts at Morgan Stanley noted"); titles, roles and
        a name directly before a reporting verb are stronger evidence than the model otherwise."""
        model = {(a, b): typ for a, b, typ in self.model_spans}
        out = []
        for a, b, name, typ in rule_spans:
            other = model.get((a, b))
            if name == self.surface(a, b) and (other, typ) in _MODEL_OVERRIDES:
                # a person only when nothing before the name marks an institution ("at", "of", "the")
                if typ != "PERSON" or other != "ORG" or self.key(a - 1) in _BEFORE_INSTITUTIONS:
                    typ = other
            out.append((a, b, name, typ))
        return out

    def _gazetteer_places_inside_names(self) -> list[tuple[int, int, str, str]]:
        """Recognised organisations and events that contain a known place and more capitalised words
        ("Statistics Canada", "Tokyo Marathon"): the name, not the place inside it, is the entity."""
        out = []
        for a, b, typ in self.model_spans:
            if b - a < 2 or self._country_government(a, b):
                continue
            inner = {id(self.covered[k]): self.covered[k] for k in range(a, b) if self.covered[k] is not None}
            if not inner or any(sp[0] < a or sp[1] > b for sp in inner.values()):
                continue
            qualified = typ == "ORG" and self._place_qualified_body(a, b, list(inner.values()))
            if not qualified and any(sp[2].type != "GPE" for sp in inner.values()):
                continue
            rest = [k for k in range(a, b) if self.covered[k] is None]
            if typ == "GPE" and not self._place_named_after_place(a, b, rest):
                continue
            if typ not in ("ORG", "EVENT", "GPE"):
                continue
            if (rest or qualified) and all(_is_cap_word(self.tok(k)) or self.keys[k] in ("of", "for", "and", "&")
                                           or (self.keys[k] == "the" and self.key(k - 1) == "of") for k in rest):
                out.append((a, b, self.surface(a, b), typ))
        return out

    def _place_qualified_body(self, a: int, b: int, inner: list[tuple[int, int, Entity]]) -> bool:
        """"Kenya Red Cross", "Australian Red Cross": a known place's name or demonym (not a code such as "U.S.")
        opens a recognised organisation whose last words (two or more) are a known body: the national body is one
        name."""
        first = min(inner, key=lambda sp: sp[0])
        last = max(inner, key=lambda sp: sp[1])
        return (first[0] == a and first[2].type == "GPE" and not _is_acronym(self.surface(first[0], first[1]))
                and last[1] == b and last[2].type == "ORG" and last is not first
                and last[1] - last[0] >= MIN_NATIONAL_BODY_WORDS
                and all(sp[2].type in ("GPE", "ORG") for sp in inner))

    def _names_body_around(self, span: tuple[int, int, str, str]) -> bool:
        """A recognised organisation around a known place that a rule may not cut: its name goes on with "of"
        ("Armed Forces of the Philippines") or ends in a body's word or a known body, and holds no title."""
        a, b, _name, typ = span
        if typ != "ORG" or any(self.keys[k] in ROLE_HEADS for k in range(a, b)):
            return False
        last = self.covered[b - 1]
        return ("of" in self.keys[a:b] or self.keys[b - 1] in ORG_SUFFIXES
                or (last is not None and last[2].type == "ORG"))

    def _place_named_after_place(self, a: int, b: int, rest: list[int]) -> bool:
        """A recognised place whose name opens with a known place's adjective ("British Columbia", "New South
        Wales" aside): one known word first, then capitalised words that are not a compass direction (the
        "Eastern" of "Eastern Ukraine" qualifies the country it names)."""
        first = self.covered[a]
        return (first is not None and first[0] == a and first[1] == a + 1 and rest == list(range(a + 1, b))
                and not any(self.keys[k] in _COMPASS_WORDS for k in range(a, b)))

    def _local_names(self, chosen: list[tuple[int, int, str, str]]) -> dict[str, list[tuple[int, str, str]]]:
        """Short forms by which chosen names recur: surnames, bare place names, "Norvik" for "Norvik Systems"."""
        local: dict[str, list[tuple[int, str, str]]] = {}
        for a, b, name, typ in chosen:
            if typ == "PERSON":
                parts = [t for t in name.replace("-", " ").split() if t[:1].isupper()]
                if len(parts) >= 2:
                    local.setdefault(parts[-1], []).append((a, name, typ))
            elif b - a == 1 or typ == "GPE":
                local.setdefault(self.surface(a, b), []).append((a, name, typ))
                if typ == "GPE" and b - a == 2 and self.key(a) in _LEADING_FEATURES:
                    local.setdefault(self.tok(a + 1), []).append((a, name, typ))  # "the Tay" after "River Tay"
            elif typ == "EVENT" and a in self.event_names:
                # "Helene" after "Hurricane Helene"
                local.setdefault(self.surface(self.event_names[a], b), []).append((a, name, typ))
            elif typ == "ORG" and b - a == 2 and self.key(b - 1) in ORG_SUFFIXES and self.covered[a] is None:
                local.setdefault(self.tok(a), []).append((a, name, typ))
        for acronym, name in self.acronyms.items():
            local.setdefault(acronym, []).append((-1, name, "ORG"))
        return local

    def _fill_from_model(self, chosen: list[tuple[int, int, str, str]], taken: list[bool]) -> None:
        """The statistical recogniser fills what the gazetteer and the rules left open: names of several words
        first, then single words; a single word that repeats a name introduced anywhere in the article (a
        surname, whatever type the recogniser gave it) is left to the linking in ``resolve``."""
        surnames = {name.split()[-1]: name for _a, _b, name, typ in chosen if typ == "PERSON" and " " in name}
        for several in (True, False):
            introduced = {} if several else self._local_names(chosen)
            givens = {} if several else self._given_names(chosen)
            for a, b, typ in self.model_spans:
                b = self._with_particles(a, b, typ)
                if (b - a > 1) != several or any(taken[a:b]) or self.tok(a) in introduced:
                    continue
                if self.tok(a) in givens and self._named_before(a, givens[self.tok(a)], chosen):
                    chosen.append((a, b, givens[self.tok(a)], "PERSON"))  # "Prabowo said" after "Prabowo Subianto"
                    taken[a:b] = [True] * (b - a)
                    continue
                if several and "-" in self.words[a:b] and self.surface(a, b) in surnames:
                    # "Martin-Wagner said", whatever the recogniser took it for: the surname of "Grace Martin-Wagner"
                    chosen.append((a, b, surnames[self.surface(a, b)], "PERSON"))
                    taken[a:b] = [True] * (b - a)
                    continue
                if not several and (self._ordinary_opener(a, typ) or len(self.tok(a)) < MIN_MODEL_NAME_CHARS):
                    continue
                if typ == "ORG" and (self._portfolio(a) or self._country_government(a, b) or self._common_head(a, b)):
                    continue
                if typ == "GPE" and self._designation(a, b):
                    continue
                if typ == "ORG" and a > 0 and not taken[a - 1] and _ORDINAL_RE.fullmatch(self.tok(a - 1)):
                    a -= 1  # "3rd Infantry Division", "41st Field Artillery Brigade": the number names the unit
                name = self.surface(a, b)
                chosen.append((a, b, name, typ))
                if typ == "PERSON":
                    self.people.setdefault(name, PersonInfo(name))
                    if " " in name:
                        surnames.setdefault(name.split()[-1], name)
                for k in range(a, b):
                    taken[k] = True

    def _names_a_thing(self, k: int) -> bool:
        """An acronym the gazetteer does not know that names a thing, not a body: a variant of an indicator
        ("CPIF", "CPIX" beside "CPI"), the modifier of a product noun ("MMR vaccine", "PCR test") or the name of a
        programme ("Project BRIDGE")."""
        t = self.tok(k)
        if not _is_acronym(t) or self.covered[k] is not None:
            return False
        programme = self.key(k - 1) in _PROGRAMME_WORDS and _is_cap_word(self.tok(k - 1))  # "Project BRIDGE"
        return is_indicator_acronym(t) or self.key(k + 1) in _PRODUCT_NOUNS or programme

    def _designation(self, a: int, b: int) -> bool:
        """"the Green Belt": a capitalised phrase after "the" that the recogniser alone reads as a place, headed by
        no geographic word (sea, valley, region ...; lexicons place_features and place_words): a designation of
        land or policy, not a place name. A phrase opening with a particle ("the El Nino pattern") is a name."""
        if b - a < 2 or self.key(a - 1) != "the" or self.key(a) in _NAME_PARTICLES:  # "the El Nino pattern"
            return False
        head = self.key(b - 1)
        return head not in _PLACE_FEATURES and head not in _PLACE_WORDS

    def _with_particles(self, a: int, b: int, typ: str) -> int:
        """"Viña" read as a place before "del Mar", "Rio Grande" before "do Sul", "Banco" before "do Brasil": a place's
        or a body's name goes on over a particle and a capitalised word."""
        while typ in ("GPE", "ORG") and self.key(b) in _NAME_PARTICLES and b + 1 < len(self.tokens) \
                and _is_cap_word(self.tok(b + 1)) and self.covered[b + 1] is None:
            b += 2
        return b

    def _common_head(self, a: int, b: int) -> bool:
        """A capitalised phrase headed by a common noun, not an organisation: a title in the plural ("the Special
        Representatives") or a rate, tax or index an institution sets ("Bank Rate", "Council Tax")."""
        of = next((k for k in range(a + 1, b - 1) if self.key(k) == "of"), None)
        head = self.key(b - 1) if of is None else self.key(of - 1)  # "Chamber of Commerce": the chamber heads it
        if b - a < 2 or head in ORG_SUFFIXES:
            return False
        return head.rstrip("s") in ROLE_WORDS or head in _COMMON_HEADS

    def _portfolio(self, a: int) -> bool:
        """"Foreign Affairs" in "Minister for Foreign Affairs": the portfolio of a title, not an organisation."""
        return self.key(a - 1) in ("of", "for") and self.key(a - 2) in ROLE_HEADS

    def _country_government(self, a: int, b: int) -> bool:
        """"the Government of Kenya": the country acting, named by the gazetteer's entry inside it."""
        return (b - a >= 3 and self.key(a) == "government" and self.key(a + 1) == "of"
                and all(self.covered[k] is not None and self.covered[k][2].type == "GPE" for k in range(a + 2, b)))

    def _ordinary_opener(self, a: int, typ: str) -> bool:
        """True for a single word the recogniser read as a name only because it opens a sentence: one the article
        also writes in lower case ("Sea levels rose" beside "sea-level rise"), or a lone person's name that
        appears nowhere else in the article ("Turnout was 64%"), where people are named in full."""
        if not self.sentence_start(a):
            return False
        word = self.tok(a).lower()
        # "Households have ..." beside "household spending": the plural or singular of a lower-case word
        if word in self.lower_words or word.removesuffix("s") in self.lower_words or word + "s" in self.lower_words:
            return True
        return typ == "PERSON" and len(self.positions.get(self.keys[a], ())) == 1

    def resolve(self) -> list[tuple[int, int, str, str]]:
        """Merge rule spans with gazetteer spans; then find later short mentions of new names."""
        chosen: list[tuple[int, int, str, str]] = []
        rule_spans = sorted(dict.fromkeys(self.spans), key=_rule_span_order)
        rule_spans = self._retyped(rule_spans)
        self.terms |= self._counted_acronyms()
        # a term the text defines ("the standing deposit facility (SDF)"), a currency's country code and a
        # dateline's agency are never entities
        taken = [self.words[k] in self.terms for k in range(len(self.tokens))]
        for k in range(len(self.tokens)):
            if self.tok(k + 1) == "$" and self.adjacent(k) and _is_acronym(self.tok(k)):
                taken[k] = True  # a currency's country code: "US$2.5 billion", "FJ$20 million"
            elif is_currency_code(self.tok(k)) and (self.tok(k + 1)[:1].isdigit() or self.tok(k - 1)[-1:].isdigit()):
                taken[k] = True  # a currency code with its amount: "NOK 1 284", "40 EUR"
            elif _is_acronym(self.tok(k)) and self.key(k + 1) in _CURRENCY_NOUNS and self.tok(k - 1)[-1:].isalnum() \
                    and (self.tok(k - 1)[-1:].isdigit() or self.key(k - 1) in _AMOUNT_WORDS):
                taken[k] = True  # a country's code naming its currency after an amount: "5 million US dollars"
            elif self._names_a_thing(k):
                taken[k] = True  # "the MMR vaccine", "CPIF inflation"
        for k in range(len(self.tokens)):
            if self.key(k - 1) in _POSSESSIVES and _is_cap_word(self.tok(k)) and self.covered[k] is None:
                end = self._capitalised_run_end(k)
                if self.key(end - 1) in _DOCUMENT_NOUNS:  # "our Business Survey": a publication, not a body
                    taken[k:end] = [True] * (end - k)
        for lo, hi in self._series_names():  # "the Labour Force Survey": a statistic, not a body
            for k in range(lo, hi):
                if self.covered[k] is None and not _is_acronym(self.tok(k)):
                    taken[k] = True
        for start, end in _dateline_agencies(self.text):
            for k in range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)):
                taken[k] = True
        # a dateline's place in capitals is a name only when the gazetteer knows it: an unknown one is never
        # read as an organisation or a person ("WIESBADEN –")
        for start, end in _dateline_places(self.text):
            place = range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))
            if all(self.covered[k] is None for k in place):
                for k in place:
                    taken[k] = True
        overridden = self._gazetteer_places_inside_names()
        bodies = [(a, b) for a, b, name, typ in overridden if self._names_body_around((a, b, name, typ))]
        for a, b, name, typ in rule_spans:
            if any(taken[a:b]) or (typ == "ORG" and self._country_government(a, b)):
                continue
            if typ in ("ORG", "GPE") and any(lo <= a and b <= hi and (lo, hi) != (a, b) for lo, hi in bodies):
                continue  # "Armed Forces" of "Armed Forces of the Philippines": the recognised name is whole
            # a rule span may not cut a gazetteer name in half
            if (self.covered[a] is not None and self.covered[a][0] < a) or (
                self.covered[b - 1] is not None and self.covered[b - 1][1] > b
            ):
                continue
            if typ == "PERSON" and self.covered[a] is not None and self.covered[a][2].type != "PERSON":
                continue
            chosen.append((a, b, name, typ))
            for k in range(a, b):
                taken[k] = True
        for a, b, name, typ in overridden:
            if not any(taken[a:b]):
                chosen.append((a, b, name, typ))
                for k in range(a, b):
                    taken[k] = True
        surnamed = {name.split()[-1]: name for _a, _b, name, typ in chosen if typ == "PERSON" and " " in name}
        for a, b, e in self.gaz_spans:
            if any(taken[a:b]) and any(o[0] <= a and b <= o[1] for o in overridden):
                continue
            if b - a == 1 and e.type in ("GROUP", "ORG") and self.tok(a) in surnamed and not taken[a]:
                # "Wagner" after "Therese Kayikwamba Wagner" is her surname, with her other names before it
                name = surnamed[self.tok(a)]
                while a > 0 and not taken[a - 1] and self.tok(a - 1) in name.split()[:-1]:
                    a -= 1
                chosen.append((a, b, name, "PERSON"))
                for k in range(a, b):
                    taken[k] = True
                continue
            # a known entity inside a new organisation name is kept as well ("Ukraine" in
            # "Ukraine Defense Contact Group"); one overlapped by a person or place is not
            if not any(taken[a:b]) or (
                self.tok(b) == "'s" and any(c[0] <= a and b <= c[1] and c[3] == "ORG" for c in chosen)
            ):
                chosen.append((a, b, e.name, e.type))
            for k in range(a, b):
                taken[k] = True
        self._fill_from_model(chosen, taken)
        self._coordinated_places(chosen, taken)
        # "Mr Whelan" after "Mick Whelan": an honorific plus surname is the same person
        surnames: dict[str, str] = {}
        for _start, _end, name, typ in chosen:
            if typ == "PERSON" and len(name.split()) >= 2:
                surnames.setdefault(name.split()[-1], name)
        givens = self._given_names(chosen)
        for n_, (a, b, name, typ) in enumerate(chosen):
            if typ != "PERSON" or " " in name:
                continue
            full = surnames.get(name) or (givens.get(name) if self._titled(a) else None)
            if full:
                chosen[n_] = (a, b, full, typ)
                self._merge_person(name, full)
        for n_, (a, b, _name, typ) in enumerate(chosen):
            place = self._shortened_place(a, b, typ, chosen)
            if place:
                chosen[n_] = (a, b, place, typ)
        # Later mentions of names introduced by a rule or the recogniser: surnames and bare place names.
        local = self._local_names(chosen)
        if local:
            for i, (_s, _e, t) in enumerate(self.tokens):
                if taken[i] or t not in local or _key(t) in _NOT_NAMES:
                    continue
                if _is_name_token(self.tok(i + 1)) and self.covered[i + 1] is None and not taken[i + 1]:
                    continue  # part of a longer, different name
                candidates = local[t]
                before = [c for c in candidates if c[0] < i]
                _, name, typ = before[-1] if before else candidates[0]
                chosen.append((i, i + 1, name, typ))
                taken[i] = True
        chosen.sort(key=lambda s: (s[0], s[1]))
        chosen = [(a, b, self._own_name(a, name) if b - a == 1 else name, typ) for a, b, name, typ in chosen
                  if not self._common_noun(a, b) and not self._names_a_disease(b, typ)]
        chosen = self._acronyms_spelled_elsewhere(chosen)
        chosen = [self._diplomatic_post(span) for span in chosen]
        return [self._without_country_code(span) for span in chosen]

    def _coordinated_places(self, chosen: list[tuple[int, int, str, str]], taken: list[bool]) -> None:
        """Unknown names listed with a place after a place's preposition are places: "in Otago and Southland", "of
        Rajasthan, Gujarat and Maharashtra", "to Northland and Gisborne"; so is a single unknown word the recogniser
        read as an organisation in a list after "in" (not after "to": "exports to China and Huawei")."""
        places = {a: b for a, b, _name, typ in chosen if typ == "GPE"}
        orgs = {a: n for n, (a, b, name, typ) in enumerate(chosen) if typ == "ORG" and b - a == 1
                and name == self.tok(a) and self.covered[a] is None and not _is_acronym(name)}
        for a in sorted(places):
            if self.key(a - 1) not in _LIST_PREPOSITIONS:
                continue
            members, k, closed = [], a, False
            while len(members) < MAX_LISTED_PLACES:
                retype = k in orgs and self.key(a - 1) in _INSIDE_PREPOSITIONS
                end = places.get(k) or (k + 1 if retype else self._unknown_name_end(k, taken))
                if end == k:
                    break
                members.append((k, end))
                if self.key(end) == "and" or (self.tok(end) == "," and self.key(end + 1) == "and"):
                    k, closed = end + (1 if self.key(end) == "and" else 2), True
                elif self.tok(end) == "," and not closed:
                    k = end + 1
                else:
                    break
            if not closed or len(members) < 2 or not self._list_ends(members[-1][1]):
                continue
            for lo, hi in members:
                if lo in orgs:
                    chosen[orgs[lo]] = (lo, hi, self.surface(lo, hi), "GPE")
                elif lo not in places:
                    chosen.append((lo, hi, self.surface(lo, hi), "GPE"))
                    taken[lo:hi] = [True] * (hi - lo)

    def _unknown_name_end(self, k: int, taken: list[bool]) -> int:
        """End of a run of one or two capitalised words from token ``k`` that nothing has named (``k`` if none)."""
        end = k
        while end < len(self.tokens) and end - k < MAX_LISTED_NAME_WORDS and not taken[end] \
                and self.covered[end] is None and _is_name_token(self.tok(end)) and self.key(end) not in ROLE_WORDS \
                and self.key(end) not in _NOT_PLACES and self.key(end) not in ORG_SUFFIXES:
            end += 1
        return end

    def _list_ends(self, k: int) -> bool:
        """Token ``k`` closes a list of names: punctuation, the text's end or a lower-case word."""
        return k >= len(self.tokens) or not self.tok(k)[:1].isalnum() or self.tok(k)[:1].islower()

    @staticmethod
    def _named_before(a: int, name: str, chosen: list[tuple[int, int, str, str]]) -> bool:
        """The person ``name`` is named in full before token ``a``."""
        return any(start < a and full == name and typ == "PERSON" for start, _end, full, typ in chosen)

    @staticmethod
    def _given_names(chosen: list[tuple[int, int, str, str]]) -> dict[str, str]:
        """Given name (any name word but the last, the surname) -> full name, for the names only one person of the
        article has."""
        found: dict[str, set[str]] = {}
        for _a, _b, name, typ in chosen:
            if typ == "PERSON" and len(name.split()) >= 2:
                for word in name.split()[:-1]:  # "President Lula" of "Luiz Inácio Lula da Silva"
                    if word[:1].isupper() and len(word) > 2:
                        found.setdefault(word, set()).add(name)
        return {given: next(iter(names)) for given, names in found.items() if len(names) == 1}

    def _titled(self, a: int) -> bool:
        """A title or form of address stands right before token ``a`` ("President Arif", "Ms. Prapai")."""
        before = self.key(a - 1)
        return before in ROLE_WORDS or before in _HONORIFICS or before in _RANKS

    def _merge_person(self, short: str, full: str) -> None:
        """What the article says about ``short`` joins what it says about ``full``, the same person."""
        info = self.people.pop(short, None)
        person = self.people.setdefault(full, PersonInfo(full))
        if info is not None:
            person.gender = person.gender or info.gender
            person.role = person.role or info.role

    def _counted_acronyms(self) -> set[str]:
        """Unknown acronyms the article counts as things: "six PFAS in water", "two HFCs." (a number before, and a
        function word or punctuation after); a body is not counted. "two NHS trusts" counts the trusts."""
        out = set()
        for i, t in enumerate(self.words[: len(self.tokens)]):
            if not (_is_acronym(t) and t.isalpha()) or self.covered[i] is not None or i == 0:
                continue
            before = self.key(i - 1)
            if not (before.isdigit() or before in _NUMBER_WORDS):
                continue
            after = self.tok(i + 1)
            if after == "" or not after[:1].isalnum() or self.key(i + 1) in stop_words():
                out.add(t)
        return out

    def _acronyms_spelled_elsewhere(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """"the MPC" on a page that names the "Monetary Policy Committee" in its heading, without brackets: an
        unknown acronym is the one organisation of the article whose capitalised words it spells."""
        spelled: dict[str, set[str]] = {}
        for a, b, name, typ in chosen:
            if typ == "ORG" and b - a >= 2 and " " in name:
                spelled.setdefault(_initials_of(name), set()).add(name)
        out = []
        for a, b, name, typ in chosen:
            token = self.tok(a)
            if (b - a == 1 and name == token and _is_acronym(token) and token not in self.terms
                    and len(spelled.get(token, ())) == 1):
                name = next(iter(spelled[token]))
            out.append((a, b, name, typ))
        return out

    def _diplomatic_post(self, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """"the Chinese Embassy", "the U.S. Embassy": a country's post named by its demonym or code is the country."""
        a, b, _name, typ = span
        country = self.covered[a]
        if typ != "ORG" or country is None or country[0] != a or country[2].type != "GPE":
            return span
        if tuple(self.keys[country[1] : b]) not in _MISSION_WORDS:
            return span
        return a, b, country[2].name, "GPE"

    def _series_names(self) -> list[tuple[int, int]]:
        """Token ranges of capitalised runs naming a statistical series, survey or index: a head word of
        series_heads with a word of series_topics ("Labour Force Survey", "Harmonised Index of Consumer Prices").
        A run with no topic word ("U.S. Geological Survey", "British Antarctic Survey") may name a body."""
        out: list[tuple[int, int]] = []
        for head in sorted(k for key in _SERIES_HEADS for k in self.positions.get(key, ())):
            if not _is_cap_word(self.tok(head)) or (out and head < out[-1][1]):
                continue
            lo, hi = self._series_run(head)
            if any(self.key(k) in _SERIES_TOPICS for k in range(lo, hi)):
                out.append((lo, hi))
        return out

    def _series_ends_at(self, p: int) -> bool:
        """The capitalised words right before token ``p`` name a statistical series or index."""
        head = p - 1
        if head < 0 or self.key(head) not in _SERIES_HEADS or not _is_cap_word(self.tok(head)):
            return False
        lo, _hi = self._series_run(head)
        return any(self.key(k) in _SERIES_TOPICS for k in range(lo, head))

    def _series_run(self, head: int) -> tuple[int, int]:
        """The capitalised words (joined by "of" or a possessive apostrophe) around token ``head``."""
        lo = head
        while lo > 0 and not self.sentence_start(lo) and (
            _is_cap_word(self.tok(lo - 1))
            or (self.key(lo - 1) in _SERIES_JOINERS and lo > 1 and _is_cap_word(self.tok(lo - 2)))
        ):
            lo -= 1
        while lo < head and self.key(lo) in stop_words():
            lo += 1  # "The Consumer Price Index"
        hi = head + 1
        while hi < len(self.tokens) and (
            _is_cap_word(self.tok(hi)) or (self.key(hi) in _SERIES_JOINERS and _is_cap_word(self.tok(hi + 1)))
        ):
            hi += 1
        return lo, hi

    def _common_noun(self, a: int, b: int) -> bool:
        """"this Budget", "these Rules": one capitalised word after a demonstrative is a common noun."""
        return b - a == 1 and a > 0 and self.tok(a - 1).lower() in _DEMONSTRATIVES and not _is_acronym(self.tok(a))

    def _names_a_disease(self, b: int, typ: str) -> bool:
        """"West Nile virus", "Rift Valley fever", "Lassa fever": a name (a place's, or one the recogniser reads as a
        person's) in front of a disease's head word names the disease."""
        return typ != "EVENT" and self.tok(b) in _DISEASE_HEADS  # lower case: "Lassa fever", not "Fever Hospital"

    def _shortened_place(self, a: int, b: int, typ: str, chosen: list) -> str | None:
        """"the Strip" after "Gaza": one word after "the" that ends a longer name of a place named before it."""
        if b - a != 1 or typ not in ("GPE", "LOC") or self.key(a - 1) != "the":
            return None
        if self.gazetteer.canonical(self.tok(a)) is not None:
            return None  # "the Sudanese army": a listed name of its own
        word = self.tok(a)
        for start, _end, name, kind in reversed(chosen):
            entity = self.gazetteer.canonical(name) if start < a and kind in ("GPE", "LOC") else None
            if entity is not None and any(len(alias.split()) >= 2 and alias.split()[-1] == word
                                          for alias in (entity.name, *entity.aliases)):
                return entity.name
        return None

    def _own_name(self, a: int, name: str) -> str:
        """The publisher's name for its own acronym, written ("CBS" on the page of "Statistics Netherlands (CBS)",
        even though the gazetteer knows another CBS) or spelled by its initials ("ABS")."""
        token = self.tok(a)
        if _is_acronym(token) and token in self.own_acronyms:
            return self.own_acronyms[token]
        # "ECDC" for the "European Centre for Disease Prevention and Control", unless the text spells the acronym
        # out as something else ("Prime Minister's Official Spokesperson (PMOS)" on the Prime Minister's Office page)
        if _is_acronym(token) and name == token and token not in self.terms:
            shortened = [full for initials, full in self.own_acronyms.items() if _abbreviates(token, initials)]
            if len(shortened) == 1:
                return shortened[0]
        return self.own_acronyms.get(name, name)

    def _without_country_code(self, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """A country's code in front of an organisation's own name is not part of the name: "U.S. Bureau of Labor
        Statistics" is the Bureau of Labor Statistics. A demonym ("Lebanese Armed Forces") or a name of one or two
        words after the code ("U.S. Army", "U.S. Geological Survey") stays as written."""
        a, b, name, typ = span
        code = self.covered[a]
        if (
            typ != "ORG"
            or name != self.surface(a, b)
            or code is None
            or code[0] != a
            or code[2].type != "GPE"
            or not _is_acronym(self.surface(a, code[1]))
            or b - code[1] < MIN_UNQUALIFIED_WORDS  # "U.S. Geological Survey": "Geological Survey" names nobody
            or not _is_cap_word(self.tok(code[1]))  # "U.S.-Japan Alliance"
        ):
            return span
        return a, b, self.surface(code[1], b), typ


def _rule_span_order(span: tuple[int, int, str, str]) -> tuple[int, int, int]:
    """Rule spans are taken first to last, longest first where they start together, and of one extent in the
    precedence of their types (``_RULE_TYPE_PRECEDENCE``; other types after)."""
    a, b, _name, typ = span
    rank = _RULE_TYPE_PRECEDENCE.index(typ) if typ in _RULE_TYPE_PRECEDENCE else len(_RULE_TYPE_PRECEDENCE)
    return a, a - b, rank


# A wire dateline opening a paragraph: the place in capitals, perhaps a date, perhaps the agency, then a dash
# ("BEIRUT, Nov 27, 2024 (Example Wire) - ", "LONDON/DUBAI (XYZ) -- ", "OSLO, June 3 /Newswire/ -- "). It says
# where the story was filed and who filed it: the agency that filed it is not an entity of the story.
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3})"
    r"(?P<date>,[^()\n/–—]{2,40}?)?"
    r"(?P<agency>\s*\([^()\n]{1,40}\)|\s+/[^/\n]{1,40}/)?"
    r"\s*(?P<dash>--?|–|—)\s",
    re.MULTILINE,
)


def _dateline_agencies(text: str) -> list[tuple[int, int]]:
    """Character spans of the agency part of the wire datelines that open paragraphs."""
    return [m.span("agency") for m in _DATELINE_RE.finditer(text) if m.group("agency")]


def _dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the place of the datelines that open paragraphs ("WIESBADEN – According to ...")."""
    return [m.span("place") for m in _DATELINE_RE.finditer(text)]


_SENTENCE_RE = re.compile(r"[^\n]+?(?:[.!?]+[\"'”’)]*(?=\s)|$)", re.MULTILINE)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans, for callers that do not pass the article's passages."""
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


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


def _initials_of(name: str) -> str:
    """"Australian Bureau of Statistics" -> "ABS": the initials of an institution's capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _ACRONYM_CONNECTORS)


MAX_CODE_LETTERS = 3  # "UK", "U.S.": a code in capitals at the front of a name gives its acronym every letter


def _letter_initials(name: str) -> str:
    """"UK Health Security Agency" -> "UKHSA": the initials, with every letter of a short capitalised code."""
    words = name.split()
    code = words[0].replace(".", "") if words else ""
    if not (code.isalpha() and code.isupper() and 2 <= len(code) <= MAX_CODE_LETTERS):
        return _initials_of(name)
    return code + _initials_of(" ".join(words[1:]))


_DEMONSTRATIVES = frozenset("this these".split())  # not "that": it also opens a clause ("said that Russia")
_DISEASE_HEADS = lexicon("disease_heads")
MIN_UNQUALIFIED_WORDS = 3  # words an organisation's name keeps without the country code in front of it
MAX_BRACKETED_NAME_TOKENS = 9  # "(Space Launch System)": tokens looked at for a name in brackets after an acronym
MAX_SKIPPED_INITIALS = 1  # "ECDC": an acronym may leave out one word of the name it shortens
MIN_SHORTENED_ACRONYM = 3


def _abbreviates(acronym: str, initials: str) -> bool:
    """An acronym that keeps the first and last initials of a name and all but one of the others in order
    ("ECDC" for the initials "ECDPC")."""
    if len(acronym) < MIN_SHORTENED_ACRONYM or not 0 < len(initials) - len(acronym) <= MAX_SKIPPED_INITIALS:
        return False
    if acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)


@functools.lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(" ".join(_key(t) for _, _, t in tokenize(e)) for e in lexicon("event_heads"))


_BRACKETED_ACRONYM_RE = re.compile(r"(?P<name>[A-Z][^()]{3,80}?)\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


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
    if not renames:
        return spans
    for short, full in renames.items():
        info = scanner.people.pop(short, None) or PersonInfo(full)
        info.name = full
        scanner.people[full] = info
    return [(a - 2 if name in renames and scanner.surface(a, b) == name and a >= 2 and scanner.words[a - 1] == "-"
             else a, b, renames.get(name, name), typ) for a, b, name, typ in spans]


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
    scanner.own_acronyms = {_initials_of(name): name for name in publishers if len(_initials_of(name)) >= 2}
    for name in publishers:  # "UKHSA" for the "UK Health Security Agency": a short code keeps all its letters
        scanner.own_acronyms.setdefault(_letter_initials(name), name)
    for name in publishers:  # "Statistics Netherlands (CBS)": the acronym the page gives its publisher
        bracketed = _BRACKETED_ACRONYM_RE.fullmatch(name.strip())
        if bracketed:
            scanner.own_acronyms[bracketed.group("acronym")] = bracketed.group("name")
    scanner.events()
    scanner.statistical(sentences if sentences is not None else _sentences(text))
    scanner.acronyms_before_names()
    scanner.organisations()
    scanner.ships()
    scanner.agreements()
    scanner.acronym_definitions()
    scanner.role_people()
    scanner.context_people()
    scanner.appositive_people()
    scanner.cue_people()
    scanner.places()
    spans = _with_hyphenated_given_names(scanner, [_with_numeral(scanner, span) for span in scanner.resolve()])
    tokens = scanner.tokens
    mentions = [
        EntityMention(name, typ, text[tokens[a][0] : tokens[b - 1][1]], tokens[a][0], tokens[b - 1][1])
        for a, b, name, typ in spans
    ]
    for _a, _b, e in scanner.gaz_spans:
        if e.type == "PERSON" and e.name not in scanner.people:
            scanner.people[e.name] = PersonInfo(e.name)
    return ArticleEntities(mentions, scanner.people)
