"""The rule scanner over one article's tokens: its state and token access; rules come from mixins."""

from __future__ import annotations

from ..language import lexicon, lexicon_entries
from .assembly import _Assembly
from .gazetteer import Gazetteer
from .model_rules import _ModelRules
from .org_rules import _OrganisationRules
from .people_rules import _PeopleRules
from .place_rules import _PlaceRules
from .records import Entity, PersonInfo
from .names import _initials_of
from .tokens import _is_acronym, _key, tokenize
from .vocab import (
    ROLE_HEADS, ROLE_WORDS, _GIVEN_NAME_TITLES, _INITIALS_RE, _MEASURE_HEADS, _NAME_PARTICLES, _NOT_ACRONYM_ORGS,
    _is_name_token,
)


MIN_NAME_BEFORE_SURNAME_TITLE = 2  # "Asif Mehmood Sheikh": two name words before a title word that ends the name
_SURNAME_TITLES = lexicon("surname_titles")
# "Datuk Seri", "Tan Sri": styles written before a name, as tokens, the longest first
_STYLE_TOKENS: dict[str, list[tuple[str, ...]]] = {}  # a style's first token -> its token runs, the longest first
for _style in sorted((tuple(token for _, _, token in tokenize(style)) for style in lexicon_entries("name_styles")),
                     key=len, reverse=True):
    _STYLE_TOKENS.setdefault(_style[0], []).append(_style)
MAX_NAME_PARTICLES = 3  # "van der", "de la", "bin Abdul": particles in a row inside a surname


MAX_SPELLED_OUT_WORDS = 10


def _spelled_out_before(words: list[str], acronym: str) -> str | None:
    """The name the words right before an acronym's bracket spell out, its capitalised words' initials being the
    acronym's letters ("National Bank of Cambodia" before "(NBC)"), or None."""
    for start in range(len(words) - 1, -1, -1):
        name = " ".join(words[start:])
        if not words[start][:1].isupper():
            continue
        if _initials_of(name) == acronym:
            return name
    return None

class _Scanner(_ModelRules, _PeopleRules, _OrganisationRules, _PlaceRules, _Assembly):
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
        self.gaz_spans = self._without_redefined_acronyms(
            self._without_surname_parts(gazetteer.match_tokens(self.tokens, self.keys)))
        self.covered = [None] * (len(self.tokens) + 4)  # gazetteer span covering each token (padded)
        for span in self.gaz_spans:
            for k in range(span[0], span[1]):
                self.covered[k] = span
        self.people: dict[str, PersonInfo] = {}
        self.model_spans: list[tuple[int, int, str]] = []  # (first token, end token, type) from the recogniser
        self.events_at: set[int] = set()  # tokens inside a named event
        self.categories: set[int] = set()  # tokens of a kind of event ("a Severe Cyclonic Storm"), never entities
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

    def _without_redefined_acronyms(self, spans: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
        """An acronym the list gives one body is another's where the text spells it out in brackets ("The National
        Bank of Cambodia (NBC) reported ...": not "NBC News"): no listed match for it anywhere in the text."""
        redefined = set()
        for a, b, entity in spans:
            word = self.words[a]
            if b - a == 1 and _is_acronym(word) and self.tok(a - 1) == "(" and self.tok(a + 1) == ")":
                before = [self.words[k] for k in range(max(0, a - 1 - MAX_SPELLED_OUT_WORDS), a - 1)]
                spelled = _spelled_out_before(before, word)
                if spelled and spelled != entity.name:
                    redefined.add(word)
        return [span for span in spans if not (span[1] - span[0] == 1 and self.words[span[0]] in redefined)]

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
        """End token of a personal name starting at j (j itself when there is none); styles written before it ("Datuk
        Seri", lexicon ``name_styles``) do not count against ``limit``."""
        k = j
        count = 0
        limit += self._style_tokens(j)
        while k < len(self.tokens) and count < limit:
            t = self.tok(k)
            if (
                (_is_name_token(t) or (count == 0 and self._initials_name(k)))
                and (_key(t) not in ROLE_WORDS or (count == 0 and self._given_name_title(k))
                     or (count >= MIN_NAME_BEFORE_SURNAME_TITLE and _key(t) in _SURNAME_TITLES
                         and not _is_name_token(self.tok(k + 1))))
                and (self.covered[k] is None or self.covered[k][2].type == "PERSON" or self._surname_alias(k, count))
            ):
                k += 1
                count += 1
                # hyphenated names: "Jean-Pierre", "Kim Jong-un"
                while (
                    self.adjacent(k - 1) and self.tok(k) == "-" and self.adjacent(k) and self.tok(k + 1)[:1].isalpha()
                ):
                    k += 2
            elif _key(t) in _NAME_PARTICLES and (count or self.key(j - 1) in ROLE_HEADS) \
                    and self._after_particles(k) is not None:
                # "Ursula von der Leyen", "President von der Leyen": particles, then the rest of the surname
                k = self._after_particles(k)
            else:
                break
        if k > j and _key(self.tok(k - 1)) in _MEASURE_HEADS:
            return j  # "Official Cash Rate": capitalised words of a measure, not a person's name
        return k

    def _style_tokens(self, j: int) -> int:
        """The number of tokens of the longest style of address (lexicon ``name_styles``) that starts at token j."""
        for parts in _STYLE_TOKENS.get(self.tok(j), ()):
            if all(self.tok(j + i) == part for i, part in enumerate(parts)):
                return len(parts)
        return 0

    def _after_particles(self, k: int) -> int | None:
        """The token after a run of name particles from k ("von der" in "von der Leyen", "al-" in "al-Rasheed"), when a
        name follows it."""
        end = k
        while end < len(self.tokens) and end - k < MAX_NAME_PARTICLES and self.key(end) in _NAME_PARTICLES:
            end += 1
            if self.tok(end) == "-" and self.adjacent(end - 1) and self.adjacent(end):
                end += 1  # "al-Rasheed": the article joined to the surname by a hyphen
                break
        return end if end < len(self.tokens) and _is_name_token(self.tok(end)) else None

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
        """A one-word name of a group or organisation after a given name is a surname ("Richard Wagner"), and so is
        a one-word place the recogniser reads inside a person's name ("Adalberto Lima Brito")."""
        span = self.covered[k]
        if count == 0 or span[0] != k or span[1] != k + 1 or self.tok(k + 1) == "'s":
            return False
        return span[2].type in ("GROUP", "ORG") or (
            span[2].type == "GPE" and any(ma <= k < mb and typ == "PERSON" for ma, mb, typ in self.model_spans))

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
