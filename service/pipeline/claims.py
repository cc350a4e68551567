"""Claims across sources: cluster fact records and detect conflicts (a free-text claim is checked in
``claimcheck``, on the fact views and figures defined here).

Works on fact records, the JSON dicts the index stores (``Fact.to_dict()`` plus ``id``, ``article_id``,
``source``, ``published``, ``title``, ``url``). Everything here is deterministic and pure.

Text features
    Fact text is lower-cased, tokenised, stripped of stop words and reporting words (lexicon files), irregular forms
    are reduced to their base and British spellings to American ones, then stemmed with Whoosh's Snowball stemmer.
    Entity mentions, measure phrases ("190 miles") and the attributed source ("said Deputy Press Secretary X") are
    blanked out first: entities are compared by canonical name, figures by value, sources by attribution. Meaning
    comes from WordLlama embeddings (``semantic.py``), not from a synonym list: of the blanked predicate text for
    clustering, of the text with canonical entity names for claim checks, and of single words for counted nouns.

Figures
    A figure is tied to the entities named before it or after it outside a subset phrase ("50,000 troops, including
    the X contingent" is not a figure of X). Two figures measure the same thing when dimension, unit and counted
    noun agree ("troops" and "soldiers" by embedding similarity; "people" fits any) and neither counts a group the
    other is part of. A figure
    that the same fact presents as past ("11,000, up from 10,000 last week") is marked ``earlier``.

Clustering (``cluster_facts``, ``claim_components``)
    The similarity of two facts depends on the two facts alone (no corpus statistics), so claims can be kept up to
    date incrementally. Two facts can only be linked when they share a canonical entity; facts sharing only the
    quoted source need a strong wording overlap. Similarity = 0.35 * entity Jaccard + 0.65 * predicate similarity
    (the larger of the cosine of the terms and the embedding similarity of the predicates minus
    ``MEANING_DISCOUNT``; for a negated fact also its negated clause; at least 0.5 when both give a figure of the
    same measure of the same entity), multiplied down when only one fact gives a figure or the figures are of
    different entities, zero when they measure different dimensions, plus a small bonus for the same speaker.
    Facts are merged by average-linkage agglomeration while the average similarity between two groups is at least
    ``min_similarity``. A merge needs one pair at that similarity, so the claims of a collection are the claims of
    its components (facts connected by such pairs), each clustered alone; ``link_keys`` (entity + term or
    measure) find every fact that can be similar to a new one. A collection larger than the view cache (a full
    build's) is never held as views: runs of facts are viewed and reduced to compact rows (``_Features``: sparse
    key rows, one embedding matrix, codes), and a claim's views are made again from its records when it is built.

Conflicts and status
    Negation conflict: one fact negates a clause whose verb and at least one more term the other fact affirms. A
    negation inside a leading concessive clause ("While X did not confirm it, Y verified ...") or after a modal of
    obligation ("should not send") does not make a fact negated. Figure conflict: two facts report incompatible
    figures as intervals, or two point values (or two stated maxima) that differ beyond rounding (2.5 %, or 10 %
    when one is approximate); two bounds in the same direction ("over 10,000" and "surpassed 11,000") and a value
    inside the other's bound ("300" vs "up to 306") agree. Status: ``conflicting`` when there is a negation conflict
    or a figure difference that no change over time explains; ``evolving`` when every figure difference is explained by
    a change some fact reports, or by the same speaker at different dates, or when the figures agree but a fact
    reports that the figure changed ("11,000, up from 10,000"); ``corroborated`` with two or more
    distinct publishers and no conflict; ``single_source`` otherwise. Publishers are compared by name; a fact with
    no known publisher counts as its own publisher (its article).

Statement of a cluster
    Facts taking the statement's position ``assert`` the claim; only they can be its first appearance. Publishers
    of undated facts are listed in ``undated_sources``. The representative fact comes from the majority position
    (the polarity reported by more publishers; ties go to the affirmative). In an evolving cluster facts that report
    the change, then the latest dated, come first. Then the highest ``score`` wins, then the earliest ``published``
    date (undated last), then the smallest fact id.
"""


from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Set
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ..arrays import sorted_unique
from .errors import ClaimInputError
from .forked import forked_map, shared, sharing
from .language import lexicon, lexicon_entries, snowball_stem, stop_words
from .linkage import average_linkage_arrays, quantised
from .pairs import RowsPart, SparseRows, incidence_pairs, merged_rows
from .semantic import DIMENSIONS, embed, load_model, word_similarity

DEFAULT_MIN_SIMILARITY = 0.28
# Collections of at least this many facts are scored and clustered in forked processes when workers are given.
PARALLEL_MIN_FACTS = 5_000
# Facts sharing a link key are all compared when there are at most twice this many; a larger group is compared in
# windows (see _blocks). The same as claimstore.MAX_RECLUSTER / 2, so an exact recluster never meets a window.
BLOCK_WINDOW = 50
# Pairs scored per task (in this process or a forked one): bounds the arrays of a scoring step (about 45 MB)
# whatever the number of pairs, at the speed of larger steps.
SCORE_CHUNK = 100_000
# Pairs whose embeddings are gathered and multiplied per step: small enough for the gathered rows to stay in the
# CPU cache (about 2.5 times faster than steps of PAIR_CHUNK pairs; the same values).
MEANING_CHUNK = 4096

# Relative tolerance of figures. Reported exact figures are rounded and converted between units
# (190 miles = 305.8 km vs "306 km"); "about" figures are looser.
EXACT_TOLERANCE = 0.025
APPROX_TOLERANCE = 0.10

# A one-sided bound ("over 11,000", "up to 306 km") establishes a claimed figure only this close to it.
BOUND_BAND = 0.25

# Clustering weights (see module docstring).
ENTITY_WEIGHT = 0.35
PREDICATE_WEIGHT = 0.65
MIN_PREDICATE_SIMILARITY = 0.08
# Facts that share only the quoted speaker must say nearly the same thing.
SOURCE_ONLY_PREDICATE_SIMILARITY = 0.3
# Two figures of the same measure about the same entity state the same kind of claim whatever the wording.
FIGURE_MATCH_PREDICATE = 0.5
ONE_SIDED_FIGURE_FACTOR = 0.6  # one fact is about a figure, the other states none
UNTIED_FIGURE_FACTOR = 0.5  # both give figures of the same measure, but of different entities
SAME_SPEAKER_BONUS = 0.05
# The embedding similarity of two predicates counts as a wording overlap this much lower: unrelated sentences of
# one story still score about 0.3 (the median over facts sharing an entity).
MEANING_DISCOUNT = 0.3
# Added to a similarity's vectorised upper bound: covers float rounding (the meaning dot is float32).
BOUND_MARGIN = 1e-4
# Two counted nouns name the same kind of thing at this embedding similarity ("troops" and "soldiers" are 0.66
# apart, "soldiers" and "forces" 0.35, "soldiers" and "casualties" 0.23).
NOUN_SIMILARITY = 0.35
# A negated fact conflicts with an affirmative one when its negated predicate is covered this well.
NEGATION_SCOPE_OVERLAP = 0.3

def _claim_stop_words() -> frozenset[str]:
    return stop_words() | lexicon("claim_stopwords")


_STOPWORDS = _claim_stop_words()
# Irregular forms that a suffix stemmer cannot reach ("sent" -> "send").
_IRREGULAR = dict(entry.lower().split(None, 1) for entry in lexicon_entries("irregular_forms"))

# Negated verbs that speak about knowledge, not about the event: "has not confirmed X" does not assert "not X".
_EPISTEMIC_HEADS = ("confirm", "know", "evidence", "clear", "sure", "aware", "comment", "expect", "believe")

_NEGATION_CUE_RE = re.compile(
    r"\b(?:not|never|no|nor|neither|cannot|without|denie[sd]|deny|denying|declined? to|refused? to)\b|n't\b",
    re.IGNORECASE,
)
# A leading concessive clause ("While X did not confirm it, Y verified ...") does not set the polarity of the fact.
_CONCESSIVE_RE = re.compile(r"^\W*(?:while|although|though|even though|whereas)\b[^,;]*[,;]", re.IGNORECASE)
_DEONTIC_BEFORE_RE = re.compile(r"\b(?:should|must|ought|need)\s*$", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[,;:()\u2014]|\s\u2013\s|\s-\s")
_COUNTED_DIMENSIONS = (None, "persons", "count")
_ANY_PERSON_WORDS = ("people", "person", "persons", "individuals")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# A figure followed by "including X" / "among them X" counts a larger group than X.
_SUBSET_MARKER_RE = re.compile(
    r"\b(?:including|includes|included|among them|among whom|such as|of whom|of which|of them)\b", re.IGNORECASE
)
# Words that make a figure the maximum itself rather than one value under it.
_MAXIMUM_RE = re.compile(r"\b(?:maximum|max|peak)\b", re.IGNORECASE)
# "11,000, up from 10,000": the second figure is the earlier one.
_CHANGE_FROM_RE = re.compile(
    r"\b(?:up|down|rising|falling|increased|decreased|rose|fell|grew|climbed|dropped|jumped|higher|lower)?\s*"
    r"(?:from|compared (?:with|to)|versus|vs\.?)\s*$|\bprevious(?:ly)?\b|\bearlier\b",
    re.IGNORECASE,
)
# "from 10,000 to 11,000": the first figure is the earlier one.
_FROM_BEFORE_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(r"^\W*to\b", re.IGNORECASE)
# A time reference right after a figure marks it as a past value ("over 10,000 last week").
_PAST_TIME_RE = re.compile(
    r"^\W{0,3}(?:(?:last|the previous|the prior|a|one|two|three|several)\s+"
    r"(?:day|week|month|year|quarter|days|weeks|months|years)(?:\s+ago)?\b|earlier\b|previously\b|ago\b)",
    re.IGNORECASE,
)


# British spellings meet American ones before stemming.
_SPELLING = (
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # authorise -> authorize
    (re.compile(r"(?<=\w{3})our(s?)$"), r"or\1"),  # labour -> labor
    (re.compile(r"(?<=\w{3})tre(s?)$"), r"ter\1"),  # centre -> center
    (re.compile(r"^(def|off|lic|pret)ence(s?)$"), r"\1ense\2"),
    (re.compile(r"^scepti"), "skepti"),
)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Irregular forms to their base, British to American spelling, then the Snowball stemmer."""
    word = _IRREGULAR.get(word, word)
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return snowball_stem(word)


_ANY_PERSON = frozenset(_stem(w) for w in _ANY_PERSON_WORDS)
_EPISTEMIC = frozenset(_stem(w) for w in _EPISTEMIC_HEADS)


def _terms(text: str) -> list[str]:
    """Content terms of ``text`` in order (stopwords out, stemmed, numbers dropped)."""
    out = []
    for token in _WORD_RE.findall(text.lower().replace("\u2019", "'")):
        token = token.split("'")[0]
        if not token or token in _STOPWORDS or token[0].isdigit():
            continue
        out.append(_stem(token))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Fact views


@dataclass
class _Figure:
    """One quantity of a fact, ready for comparison."""

    raw: dict
    text: str
    value: float
    unit: str | None
    bound: str
    dimension: str | None
    start: int  # offsets in the fact text, -1 when not found
    end: int
    tied: set[str] = field(default_factory=set)  # entities this figure is about
    excluded: set[str] = field(default_factory=set)  # entities only part of what it counts ("including X")
    earlier: bool = False  # a past value the same fact says has changed
    anchored: bool = False  # the fact names entities, so ``tied`` is meaningful
    maximum: bool = False  # the figure is a stated maximum ("up to 306 km", "a maximum range of 190 miles")

    @cached_property
    def key(self) -> tuple:
        """What is measured: the dimension, and the unit for measures (counted nouns are checked by ``noun``)."""
        return (self.dimension, None if self.dimension in _COUNTED_DIMENSIONS else self.unit)

    @cached_property
    def noun(self) -> str | None:
        """The counted noun as written ("troops"), or None for measures and for "people", which counts anyone."""
        unit = self.raw.get("unit")
        if self.dimension not in _COUNTED_DIMENSIONS or not unit:
            return None
        words = _WORD_RE.findall(unit.lower())
        return words[-1] if words and _stem(words[-1]) not in _ANY_PERSON else None

    def comparable(self, other: "_Figure") -> bool:
        """Same measure of the same thing: dimension, unit, counted noun, and no subset relation."""
        return _same_measure(self.key, self.noun, other.key, other.noun) and not _counts_a_part(
            self.tied, self.excluded, other.tied, other.excluded)

    def display(self) -> str:
        """The figure as written, or its bound, value and unit when the text is unknown."""
        if self.text:
            return self.text
        return f"{_bound_words(self)} {_fmt_number(self.value)} {self.unit or ''}".strip()


def _same_measure(key_a: tuple, noun_a: str | None, key_b: tuple, noun_b: str | None) -> bool:
    """Two figures measure the same thing: the same dimension and unit, and the same counted noun."""
    return key_a == key_b and _same_noun(noun_a, noun_b)


def _counts_a_part(tied_a: Set[str], excluded_a: Set[str], tied_b: Set[str], excluded_b: Set[str]) -> bool:
    """One figure counts a part of what the other counts (it excludes an entity the other is tied to)."""
    return bool(excluded_a & tied_b) or bool(excluded_b & tied_a)


@dataclass
class _FactView:
    record: dict
    id: str
    text: str
    article_id: str | None
    publisher: str
    published: str | None
    score: float
    topic_entities: set[str]
    source_entities: set[str]
    entity_types: dict[str, str]
    terms: Counter
    term_set: set[str]
    figures: list[_Figure]
    negated: bool
    neg_scope: list[str]  # terms of the negated clause, entity names included
    neg_clause: str  # the negation as written, for reasons
    neg_clause_terms: Counter  # the negated clause as predicate terms
    hedged: bool
    speaker_key: str | None
    speaker: str | None
    predicate_text: str = ""  # the text with entity mentions, measures and the source blanked out
    meaning: "np.ndarray | None" = None  # embedding of predicate_text, computed once per (cached) view

    @property
    def entities(self) -> set[str]:
        return self.topic_entities | self.source_entities

    @property
    def dimensions(self) -> set[tuple]:
        return {f.key for f in self.figures if f.dimension}

    @cached_property
    def source_keys(self) -> frozenset[str]:
        """The speaker and organisation of the attribution, lower-cased."""
        attribution = self.record.get("attribution") or {}
        return frozenset(value.lower() for value in (attribution.get("speaker"), attribution.get("organization"))
                         if value)


def _same_noun(a: str | None, b: str | None) -> bool:
    """Counted nouns agree when either is unknown, they share a stem, or they mean nearly the same ("troops",
    "soldiers")."""
    if a is None or b is None or _stem(a) == _stem(b):
        return True
    return word_similarity(a, b) >= NOUN_SIMILARITY


def _fmt_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _require(record: dict, key: str, kind: str):
    if not isinstance(record, dict):
        raise ClaimInputError(f"{kind} must be a dict, got {type(record).__name__}")
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ClaimInputError(f"{kind} has no usable {key!r}")
    return value


def _locate(text: str, needle: str, rel_start: int | None, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text``: the stated offset when it matches, else the first free occurrence."""
    if not needle:
        return -1, -1
    if rel_start is not None and 0 <= rel_start and text[rel_start: rel_start + len(needle)] == needle:
        return rel_start, rel_start + len(needle)
    pos = text.find(needle)
    while pos != -1:
        span = (pos, pos + len(needle))
        if not any(s < span[1] and span[0] < e for s, e in taken):
            return span
        pos = text.find(needle, pos + 1)
    return -1, -1


def _effective_negation(text: str, negated: bool) -> tuple[bool, int, int, int]:
    """Polarity of the fact, and where its negation cue, negated clause and clause end are.

    The extractor's flag is trusted, except when every negation cue sits in a leading concessive clause ("While X
    did not confirm it, Y verified ...") or follows a modal of obligation ("they should not send more"): then the
    fact asserts something else.
    """
    if not negated:
        return False, 0, 0, 0
    cues = list(_NEGATION_CUE_RE.finditer(text))
    if not cues:
        return True, 0, 0, 0
    concessive = _CONCESSIVE_RE.match(text)
    main_cues = [
        c for c in cues
        if not (concessive and c.start() < concessive.end()) and not _DEONTIC_BEFORE_RE.search(text[: c.start()])
    ]
    if not main_cues:
        return False, 0, 0, 0
    cue = main_cues[0]
    end = _CLAUSE_END_RE.search(text, cue.end())
    return True, cue.start(), cue.end(), end.start() if end else len(text)


def _speaker(attribution: dict | None) -> tuple[str | None, str | None]:
    """(display name, comparison key) of who made the statement."""
    if not attribution:
        return None, None
    name = attribution.get("speaker") or attribution.get("organization") or attribution.get("description")
    key = attribution.get("speaker") or attribution.get("organization")
    return name, (key.lower() if key else None)


_VIEW_CACHE: "OrderedDict[tuple, _FactView]" = OrderedDict()
VIEW_CACHE_SIZE = 20_000  # fact views kept per process: the same neighbours are compared on every write


def _view(record: dict, kind: str = "fact") -> _FactView:
    """The comparison view of a fact record (cached for stored facts: a view is a pure function of the record)."""
    if kind != "fact" or not isinstance(record, dict):
        return _make_view(record, kind)
    try:
        key = json.dumps(record, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return _make_view(record, kind)
    view = _VIEW_CACHE.get(key)
    if view is None:
        view = _VIEW_CACHE[key] = _make_view(record, kind)
        if len(_VIEW_CACHE) > VIEW_CACHE_SIZE:
            _VIEW_CACHE.popitem(last=False)
    else:
        _VIEW_CACHE.move_to_end(key)
    return view


def _make_view(record: dict, kind: str = "fact") -> _FactView:
    text = _require(record, "text", kind)
    fact_id = record.get("id") if kind == "fact" else "claim"
    if kind == "fact" and (not isinstance(fact_id, str) or not fact_id):
        raise ClaimInputError("fact record has no usable 'id'")
    base = record.get("start") if isinstance(record.get("start"), int) else 0

    attribution = record.get("attribution") or None
    speaker_name, speaker_key = _speaker(attribution)
    source_names = set()
    if attribution:
        for key in ("speaker", "organization"):
            if attribution.get(key):
                source_names.add(attribution[key])

    blank = list(text)
    taken: list[tuple[int, int]] = []
    mentions: list[tuple[str, int, int]] = []
    entity_types: dict[str, str] = {}
    for ent in record.get("entities") or []:
        name = ent.get("name")
        if not name:
            continue
        entity_types.setdefault(name, ent.get("type") or "")
        start = ent.get("start")
        span = _locate(text, ent.get("mention") or "", start - base if isinstance(start, int) else None, taken)
        if span[0] >= 0:
            taken.append(span)
            mentions.append((name, *span))
            blank[span[0]: span[1]] = " " * (span[1] - span[0])
    topic = {name for name in entity_types if name not in source_names}
    sources = {name for name in source_names}

    description = (attribution or {}).get("description") or ""
    # Who said it is not what was said: the role, name and description of the source leave the predicate.
    for said_by in ((attribution or {}).get("role"), description, (attribution or {}).get("speaker")):
        if said_by and len(said_by) > 2:
            at = text.find(said_by)
            while at >= 0:  # each occurrence, left to right (a literal: no pattern to compile per fact)
                blank[at: at + len(said_by)] = " " * len(said_by)
                at = text.find(said_by, at + len(said_by))
    figures = []
    quantity_spans: list[tuple[int, int]] = []
    for q in record.get("quantities") or []:
        if not isinstance(q, dict) or not isinstance(q.get("value"), (int, float)):
            continue
        qtext = q.get("text") or ""
        # "three sources familiar with the matter" counts the sources, not the claim.
        if qtext and description and qtext in description:
            continue
        span = _locate(text, qtext, None, quantity_spans)
        if span[0] >= 0:
            quantity_spans.append(span)
            # Units of measure say nothing about the claim; a counted noun ("troops") does, so it stays.
            if q.get("dimension") not in _COUNTED_DIMENSIONS:
                blank[span[0]: span[1]] = " " * (span[1] - span[0])
        norm = q.get("normalized") or None
        value = float(norm["value"]) if norm and isinstance(norm.get("value"), (int, float)) else float(q["value"])
        unit = (norm.get("unit") if norm else None) or q.get("unit")
        figures.append(_Figure(q, qtext, value, unit, q.get("bound") or "exact", q.get("dimension"), *span))
    states_maximum = bool(_MAXIMUM_RE.search(text))
    for fig in figures:
        fig.maximum = fig.bound == "at_most" or (states_maximum and fig.bound in _POINT)
    _tie_figures(text, figures, mentions)
    _mark_earlier_figures(text, figures)

    blanked = "".join(blank)
    terms = Counter(_terms(blanked))
    negated, cue_start, scope_start, scope_end = _effective_negation(text, bool(record.get("negated")))
    return _FactView(
        record=record,
        id=fact_id,
        text=text,
        article_id=record.get("article_id"),
        publisher=(record.get("source") or "").strip().lower() or f"article:{record.get('article_id') or fact_id}",
        published=record.get("published") or None,
        score=float(record.get("score") or 0.0),
        topic_entities=topic,
        source_entities=sources,
        entity_types=entity_types,
        terms=terms,
        term_set=set(terms) | {"ent:" + e for e in topic | sources},
        figures=figures,
        negated=negated,
        neg_scope=_terms(text[scope_start:scope_end]),
        neg_clause=text[cue_start:scope_end].strip(),
        neg_clause_terms=Counter(_terms(blanked[scope_start:scope_end])),
        hedged=bool(record.get("hedged")),
        speaker_key=speaker_key,
        speaker=speaker_name,
        predicate_text=" ".join(blanked.split()),
    )


def _tie_figures(text: str, figures: list[_Figure], mentions: list[tuple[str, int, int]]) -> None:
    """Attach to each figure the entities it is about.

    An entity before the figure, or after it outside a subset phrase, is tied ("50,000 troops, including the X
    contingent, ..." is not a figure about X; the subset phrase ends at the next comma).
    """
    for fig in figures:
        fig.anchored = bool(mentions)
        for name, start, _end in mentions:
            if fig.start < 0 or start < fig.start:
                fig.tied.add(name)
                continue
            between = text[fig.end: start]
            markers = list(_SUBSET_MARKER_RE.finditer(between))
            if not markers or re.search(r"[,;]", between[markers[-1].end():]):
                fig.tied.add(name)
            else:
                fig.excluded.add(name)


def _mark_earlier_figures(text: str, figures: list[_Figure]) -> None:
    """Flag figures that the fact itself presents as a past value of the same measure."""
    located = sorted((f for f in figures if f.start >= 0), key=lambda f: f.start)
    for i, fig in enumerate(located):
        if _PAST_TIME_RE.match(text[fig.end:]):
            fig.earlier = True
        for other in located[i + 1:]:
            if not other.comparable(fig):
                continue
            between = text[fig.end: other.start]
            if _CHANGE_FROM_RE.search(between):
                other.earlier = True
            elif _TO_BETWEEN_RE.match(between) and _FROM_BEFORE_RE.search(text[: fig.start]):
                fig.earlier = True
    # Both flagged means the cues were ambiguous: keep neither as past.
    for key in {f.key for f in located}:
        same = [f for f in located if f.key == key]
        if same and all(f.earlier for f in same):
            for f in same:
                f.earlier = False


# ---------------------------------------------------------------------------------------------------------------
# Figures


def _interval(fig: _Figure) -> tuple[float, float]:
    v = fig.value
    slack = abs(v) * (APPROX_TOLERANCE if fig.bound == "approx" else EXACT_TOLERANCE)
    if fig.bound == "at_least":
        return v - slack, math.inf
    if fig.bound == "at_most":
        return -math.inf, v + slack
    return v - slack, v + slack


def _overlap(a: _Figure, b: _Figure) -> bool:
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _relative_gap(a: float, b: float) -> float:
    top = max(abs(a), abs(b))
    return abs(a - b) / top if top else 0.0


_POINT = ("exact", "approx")


def _figures_differ(a: _Figure, b: _Figure) -> bool:
    """Whether two reports of the same measure give different figures.

    Figures are compared as intervals: incompatible intervals differ, and two bounds in the same direction
    ("over 10,000" and "surpassed 11,000") or a value inside the other's bound ("300" vs "up to 306") agree. Two
    point values, or two stated maxima, differ beyond rounding.
    """
    if not _overlap(a, b):
        return True
    same_kind = (a.bound in _POINT and b.bound in _POINT) or (a.maximum and b.maximum)
    if not same_kind:
        return False
    tolerance = APPROX_TOLERANCE if "approx" in (a.bound, b.bound) else EXACT_TOLERANCE
    return _relative_gap(a.value, b.value) > tolerance


def _bound_words(fig: _Figure) -> str:
    return {"at_least": "at least", "at_most": "at most", "approx": "about"}.get(fig.bound, "exactly")


def _claim_figure_relation(claim: _Figure, evidence: _Figure) -> tuple[str, str]:
    """supports / contradicts / related for a claimed figure against an evidence figure of the same measure."""
    said = f"claim {claim.display()} vs evidence {evidence.display()}"
    if claim.maximum and evidence.maximum:
        # "Up to 306 km" reports the maximum itself; two maxima agree only when they are the same figure.
        gap = _relative_gap(claim.value, evidence.value)
        tolerance = APPROX_TOLERANCE if "approx" in (claim.bound, evidence.bound) else EXACT_TOLERANCE
        if gap <= tolerance:
            return "supports", f"{said}: same maximum ({gap:.1%} apart)"
        return "contradicts", f"{said}: different maximum ({gap:.0%} apart)"
    if not _overlap(claim, evidence):
        if evidence.bound in ("at_least", "at_most"):
            return "contradicts", f"{said}: outside the bound"
        return "contradicts", f"{said}: different figures ({_relative_gap(claim.value, evidence.value):.0%} apart)"
    if claim.bound == evidence.bound and claim.bound in ("at_least", "at_most"):
        stronger = evidence.value >= claim.value if claim.bound == "at_least" else evidence.value <= claim.value
        if not stronger and _relative_gap(claim.value, evidence.value) > EXACT_TOLERANCE:
            return "related", f"{said}: the evidence only establishes {evidence.display()}"
        return "supports", f"{said}: the evidence bound implies the claimed bound"
    if evidence.bound in ("at_least", "at_most") and claim.bound in _POINT:
        # "Over 11,000" reports a figure a little above 11,000, not any figure above it.
        if _relative_gap(claim.value, evidence.value) > BOUND_BAND:
            return "related", f"{said}: within the bound but far from it, so not established"
        return "supports", f"{said}: within the bound"
    if claim.bound in ("at_least", "at_most") and evidence.bound in _POINT:
        return "supports", f"{said}: the reported figure meets the claimed bound"
    gap = _relative_gap(claim.value, evidence.value)
    if gap == 0:
        return "supports", f"{said}: same figure"
    return "supports", f"{said}: within tolerance ({gap:.1%} apart)"


# ---------------------------------------------------------------------------------------------------------------
# Clustering


@dataclass
class _Corpus:
    """The views of a small collection (the cached ones, for a write's pool), with what scoring reads of them."""

    views: list[_FactView]
    vectors: list[dict[str, float]]
    clause_vectors: list[dict[str, float]]
    meanings: "np.ndarray"  # unit embedding of each fact's predicate text

    @cached_property
    def features(self) -> "_Features":
        return _merged_features([_features_part(self.views, self.meanings)], [v.id for v in self.views])


def _unit_vector(terms: Counter) -> dict[str, float]:
    vec = {t: 1 + math.log(c) for t, c in terms.items()}
    norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
    return {t: x / norm for t, x in vec.items()}


def _ordered_records(facts: list[dict]) -> list[dict]:
    """The fact records of a collection, checked, the first of each id, ordered by id."""
    if not isinstance(facts, list):
        raise ClaimInputError("facts must be a list of fact records")
    first: dict[str, dict] = {}
    for record in facts:
        _require(record, "text", "fact")
        fact_id = record.get("id")
        if not isinstance(fact_id, str) or not fact_id:
            raise ClaimInputError("fact record has no usable 'id'")
        first.setdefault(fact_id, record)  # the same fact retrieved twice
    return [first[fact_id] for fact_id in sorted(first)]


def _prepare(facts: list[dict]) -> _Corpus:
    """Views of the facts (duplicates dropped, ordered by id). Nothing here depends on the other facts, so the
    similarity of two facts is the same in any collection that holds them. A collection larger than the view
    cache would only churn it (and pay for the cache keys)."""
    records = _ordered_records(facts)
    make = _view if len(records) <= VIEW_CACHE_SIZE else _make_view
    views = [make(record) for record in records]
    return _Corpus(views, [_unit_vector(v.terms) for v in views], [_unit_vector(v.neg_clause_terms) for v in views],
                   _meanings_of(views))


def _meanings_of(views: list[_FactView]) -> "np.ndarray":
    """The predicate embeddings of the views, computing only those not yet known (a write reclusters the same
    neighbours again and again)."""
    missing = [v for v in views if v.meaning is None]
    if missing:
        for view, vector in zip(missing, embed([v.predicate_text for v in missing])):
            view.meaning = vector
    return np.stack([v.meaning for v in views]) if views else embed([])


# ---------------------------------------------------------------------------------------------------------------
# Compact rows: what scoring and blocking read of each fact of a large collection
#
# A full build's collection (about 970k facts at 1M passages) is never held as views: they are made in runs of
# FEATURE_CHUNK facts (in forked processes when workers are given), reduced to compact rows and dropped. A claim's
# views are made again from its records when it is built (a view is a pure function of its record).

# Facts viewed at a time per process while a collection's compact rows are made.
FEATURE_CHUNK = 4096
# Key sets of a fact, each a row of ones: entity overlap, topics, sources, measures, and the entity-measure link
# keys (the entity-term ones are made from the entity and term rows).
_KEY_SETS = {
    "entities": lambda v: v.entities,
    "topics": lambda v: v.topic_entities,
    "sources": lambda v: v.source_entities,
    "dimensions": lambda v: v.dimensions,
    "measured": lambda v: {f"{e}|#{fig.key[0]}:{fig.key[1] or ''}" for fig in v.figures if fig.dimension
                           for e in fig.tied},
}
# Kinds of rows merged over one vocabulary (the term vectors and the negated clauses' share theirs).
_ROW_GROUPS = (("entities",), ("topics",), ("sources",), ("dimensions",), ("measured",), ("vectors", "clauses"))


@dataclass
class _FeaturePart:
    """The compact rows of a run of facts, over vocabularies of their own (merged by ``_merged_features``)."""

    rows: dict[str, RowsPart]
    meanings: "np.ndarray | None"  # float32, one row per fact
    negated: np.ndarray
    speakers: tuple[list, np.ndarray]  # distinct speaker keys, and each fact's (-1: none)
    signatures: tuple[list, np.ndarray]  # distinct figure signatures, and each fact's
    predicates: list[str]  # lower-cased predicate texts, for the blocking order


@dataclass
class _Features:
    """What pair scoring and blocking read of each fact of a collection, as arrays: the rows of ``_KEY_SETS``,
    the term vectors and negated clauses (``vectors``, ``clauses``), predicate embeddings, polarity, speaker, figure
    signature (``kind``, numbering ``kinds``) and each fact's place in the order of predicate texts (``rank``)."""

    rows: dict[str, SparseRows]
    meanings: "np.ndarray"
    negated: np.ndarray
    speaker: np.ndarray
    kind: np.ndarray
    kinds: dict[frozenset, int]
    rank: np.ndarray

    def __len__(self) -> int:
        return len(self.negated)


def _features_part(views: list[_FactView], meanings: "np.ndarray") -> _FeaturePart:
    rows = {name: RowsPart.of([keys_of(v) for v in views]) for name, keys_of in _KEY_SETS.items()}
    rows["vectors"] = RowsPart.of([_unit_vector(v.terms) for v in views])
    rows["clauses"] = RowsPart.of([_unit_vector(v.neg_clause_terms) for v in views])
    return _FeaturePart(rows, np.asarray(meanings, dtype=np.float32),
                        np.fromiter((v.negated for v in views), dtype=bool, count=len(views)),
                        _interned([v.speaker_key for v in views]), _interned([_figure_signature(v) for v in views]),
                        [v.predicate_text.lower() for v in views])


def _interned(values: list) -> tuple[list, np.ndarray]:
    """(the distinct values in order of first appearance, each value's place among them; None: -1)."""
    places: dict = {}
    codes = np.fromiter((-1 if value is None else places.setdefault(value, len(places)) for value in values),
                        dtype=np.int64, count=len(values))
    return list(places), codes


def _features(records: list[dict], workers: int = 1) -> _Features:
    """The compact rows of a collection of checked, ordered records (``_ordered_records``), made in runs of
    FEATURE_CHUNK facts by up to ``workers`` forked processes."""
    chunks = [(lo, min(lo + FEATURE_CHUNK, len(records))) for lo in range(0, len(records), FEATURE_CHUNK)]
    with sharing(feature_records=records):
        parts = forked_map(_features_chunk, chunks, workers, "claims")
    return _merged_features(parts, [record["id"] for record in records])


def _features_chunk(bounds: tuple[int, int]) -> _FeaturePart:
    lo, hi = bounds
    views = [_make_view(record) for record in shared["feature_records"][lo:hi]]
    return _features_part(views, embed([v.predicate_text for v in views]))


def _merged_features(parts: list[_FeaturePart], ids: list[str]) -> _Features:
    """One collection's features from its parts, in order (each part's embeddings are dropped once copied)."""
    rows: dict[str, SparseRows] = {}
    for names in _ROW_GROUPS:
        rows.update(zip(names, merged_rows([[part.rows[name] for part in parts] for name in names])))
    meanings = np.empty((len(ids), DIMENSIONS), dtype=np.float32)
    at = 0
    for part in parts:
        meanings[at:at + len(part.meanings)] = part.meanings
        at += len(part.meanings)
        part.meanings = None
    negated = np.concatenate([part.negated for part in parts])
    speaker = _merged_codes([part.speakers for part in parts], {})
    unknown = speaker < 0
    speaker[unknown] = -1 - np.flatnonzero(unknown)  # a fact with no known speaker shares it with no other
    kinds: dict[frozenset, int] = {}
    kind = _merged_codes([part.signatures for part in parts], kinds)
    rank = _ranks([text for part in parts for text in part.predicates], ids)
    return _Features(rows, meanings, negated, speaker, kind, kinds, rank)


def _merged_codes(parts: list[tuple[list, np.ndarray]], places: dict) -> np.ndarray:
    """Codes of interned parts (``_interned``) renumbered over ``places`` (filled in order of appearance)."""
    merged = []
    for values, codes in parts:
        local = np.fromiter((places.setdefault(value, len(places)) for value in values), dtype=np.int64,
                            count=len(values))
        merged.append(np.where(codes >= 0, local[np.maximum(codes, 0)] if len(local) else -1, -1))
    return np.concatenate(merged).astype(np.int64)


def _ranks(predicates: list[str], ids: list[str]) -> np.ndarray:
    """Each fact's place in the order of lower-cased predicate texts (then ids)."""
    order = sorted(range(len(ids)), key=lambda i: (predicates[i], ids[i]))
    rank = np.empty(len(ids), dtype=np.int64)
    rank[order] = np.arange(len(ids))
    return rank


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _pair_similarity(corpus: _Corpus, i: int, j: int) -> float:
    """The similarity of two facts, rule by rule: the definition that ``_pair_similarities`` computes for many
    pairs at once (tests hold the two equal)."""
    a, b = corpus.views[i], corpus.views[j]
    shared_topic = a.topic_entities & b.topic_entities
    shared_source = a.source_entities & b.source_entities
    shared_any = a.entities & b.entities
    if not shared_any:
        return 0.0
    predicate = max(_cosine(corpus.vectors[i], corpus.vectors[j]),
                    float(corpus.meanings[i] @ corpus.meanings[j]) - MEANING_DISCOUNT)
    if a.negated != b.negated:
        # What a negated fact claims is its negated clause; the rest of the sentence is context.
        neg, aff = (i, j) if a.negated else (j, i)
        predicate = max(predicate, _cosine(corpus.clause_vectors[neg], corpus.vectors[aff]))
    figure_match = _same_measure_of_same_entity(a, b)
    if figure_match:
        predicate = max(predicate, FIGURE_MATCH_PREDICATE)
    if predicate < MIN_PREDICATE_SIMILARITY:
        return 0.0
    if not shared_topic and shared_source and predicate < SOURCE_ONLY_PREDICATE_SIMILARITY:
        return 0.0
    entity = len(a.entities & b.entities) / len(a.entities | b.entities)
    sim = ENTITY_WEIGHT * entity + PREDICATE_WEIGHT * predicate

    dims_a, dims_b = a.dimensions, b.dimensions
    if dims_a and dims_b:
        common = dims_a & dims_b
        if not common:
            return 0.0  # a distance and a head count are different claims
        same_measure = any(fa.comparable(fb) for fa in a.figures for fb in b.figures if fa.dimension)
        if same_measure and not figure_match:
            sim *= UNTIED_FIGURE_FACTOR  # the same measure of different things
    elif dims_a or dims_b:
        sim *= ONE_SIDED_FIGURE_FACTOR
    if a.speaker_key and a.speaker_key == b.speaker_key:
        sim += SAME_SPEAKER_BONUS
    return min(sim, 1.0)


def _same_measure_of_same_entity(a: _FactView, b: _FactView) -> bool:
    """Both facts give a figure of the same measure, tied to the same entity."""
    for fa in a.figures:
        for fb in b.figures:
            if fa.dimension and fa.comparable(fb) and fa.tied & fb.tied:
                return True
    return False


def link_keys(view: _FactView) -> set[str]:
    """Keys two facts must share to have a similarity above 0: an entity with a predicate term, or an entity with
    a figure of a measure tied to it. Indexed with each fact, they find every possible neighbour of a new fact."""
    keys = {f"{e}|{t}" for e in view.entities for t in view.terms}
    keys.update(f"{e}|#{fig.key[0]}:{fig.key[1] or ''}" for fig in view.figures if fig.dimension for e in fig.tied)
    return keys


def fact_link_keys(record: dict) -> list[str]:
    """What the index holds to find a fact's possible neighbours: its predicate terms and measures ("#persons:");
    with its entities (indexed anyway) they cover every ``link_keys`` pair."""
    view = _view(record)
    keys = set(view.terms)
    keys.update(f"#{fig.key[0]}:{fig.key[1] or ''}" for fig in view.figures if fig.dimension and fig.tied)
    return sorted(keys)


def _cluster_id(fact_ids: list[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(fact_ids)).encode("utf-8")).hexdigest()
    return f"c-{digest[:12]}"


def _date_key(published: str | None) -> tuple:
    return (published is None, published or "")


def _figure_entry(view: _FactView, fig: _Figure) -> dict:
    return {
        "value": fig.raw.get("value"),
        "unit": fig.raw.get("unit"),
        "bound": fig.bound,
        "normalized": fig.raw.get("normalized"),
        "text": fig.text,
        "earlier": fig.earlier,
        "source": view.record.get("source"),
        "published": view.published,
        "speaker": view.speaker,
        "fact_id": view.id,
    }


def _plain_terms(view: _FactView) -> set[str]:
    """All terms of the fact text, entity words included (negated clauses are compared on raw text)."""
    return set(_terms(view.text))


def _negation_conflicts(views: list[_FactView]) -> list[tuple[_FactView, _FactView]]:
    """(negated, affirmative) pairs whose negated predicate is the other's predicate."""
    pairs = []
    for neg in views:
        if not neg.negated or not neg.neg_scope:
            continue
        head = neg.neg_scope[0]
        scope = set(neg.neg_scope)
        for aff in views:
            if aff.negated or aff is neg:
                continue
            plain = _plain_terms(aff)
            if head not in plain:
                continue
            shared = scope & plain
            # The negated verb alone is too little: "should not send more" vs "the deployment of troops".
            if len(shared) >= 2 and len(shared) / len(scope) >= NEGATION_SCOPE_OVERLAP:
                pairs.append((neg, aff))
    return pairs


def _quantity_conflicts(views: list[_FactView], about: set[str]) -> list[dict]:
    """Different figures for the same measure across facts, each flagged when a change over time explains it."""
    by_key: dict[tuple, list[tuple[_FactView, _Figure]]] = defaultdict(list)
    for v in views:
        for fig in v.figures:
            if fig.dimension and (not about or fig.tied & about or not fig.anchored):
                by_key[fig.key].append((v, fig))
    conflicts = []
    for key in sorted(by_key, key=lambda k: (str(k[0]), str(k[1]))):
        entries = by_key[key]
        changes = [
            (past, now)
            for v in {id(v): v for v, _ in entries}.values()
            for past in v.figures if past.key == key and past.earlier
            for now in v.figures if now.key == key and not now.earlier and now.comparable(past)
        ]
        differing = []
        for x in range(len(entries)):
            for y in range(x + 1, len(entries)):
                (va, fa), (vb, fb) = entries[x], entries[y]
                if va is vb or not fa.comparable(fb) or not _figures_differ(fa, fb):
                    continue
                differing.append((entries[x], entries[y], _explained(va, fa, vb, fb, changes)))
        if not differing:
            if changes:  # the figures agree, but a report says the figure changed ("up from ...")
                conflicts.append(_change_entry(key, entries))
            continue
        involved = {}
        for (va, fa), (vb, fb), _ in differing:
            involved[(va.id, id(fa))] = (va, fa)
            involved[(vb.id, id(fb))] = (vb, fb)
        # The past values a fact reports are part of the story even when no other fact repeats them.
        for v, fig in entries:
            if fig.earlier and any(v is iv for iv, _ in involved.values()):
                involved[(v.id, id(fig))] = (v, fig)
        values = sorted(
            (_figure_entry(v, f) for v, f in involved.values()),
            key=lambda e: (e["normalized"]["value"] if e["normalized"] else e["value"], e["fact_id"]),
        )
        evolving = all(explained for *_, explained in differing)
        figures = sorted({f.display() for (_, f) in involved.values()})
        conflicts.append({
            "kind": "quantity",
            "dimension": key[0],
            "unit": key[1],
            "values": values,
            "evolving": evolving,
            "reason": (
                "the figure changed over time: " if evolving else "publishers report different figures: "
            ) + "; ".join(figures),
        })
    return conflicts


def _change_entry(key: tuple, entries: list[tuple[_FactView, _Figure]]) -> dict:
    values = sorted((_figure_entry(v, f) for v, f in entries),
                    key=lambda e: (e["normalized"]["value"] if e["normalized"] else e["value"], e["fact_id"]))
    return {
        "kind": "quantity",
        "dimension": key[0],
        "unit": key[1],
        "values": values,
        "evolving": True,
        "reason": "the figure changed over time, as reported: " + "; ".join(sorted({f.display() for _, f in entries})),
    }


def _same_source(va: _FactView, vb: _FactView) -> bool:
    """The same person, or two statements on behalf of the same organisation."""
    return bool(va.source_keys & vb.source_keys)


def _explained(va: _FactView, fa: _Figure, vb: _FactView, fb: _Figure, changes) -> bool:
    """Is a figure difference a change over time rather than a disagreement?

    Yes when a report of that change ("up from 10,000 last week") matches the two figures and either both come from
    the same speaker or organisation, or the older figure's report is dated before the newer one's; also yes when the
    same source gave the two figures on different dates. Undated reports from different sources cannot be put in
    order, so their figures conflict.
    """
    same_source = _same_source(va, vb)
    for past, now in changes:
        if not _figures_differ(fa, past) and not _figures_differ(fb, now):
            older, newer = va, vb
        elif not _figures_differ(fb, past) and not _figures_differ(fa, now):
            older, newer = vb, va
        else:
            continue
        older_figure = fa if older is va else fb
        if older_figure.earlier:  # the report itself calls that figure a past value
            return True
        if same_source or (older.published and newer.published and older.published < newer.published):
            return True
    return bool(same_source and va.published and vb.published and va.published != vb.published)


def _fact_entry(v: _FactView) -> dict:
    r = v.record
    return {
        "id": v.id,
        "article_id": v.article_id,
        "passage_id": r.get("passage_id"),
        "text": v.text,
        "source": r.get("source"),
        "published": v.published,
        "title": r.get("title"),
        "url": r.get("url"),
        "speaker": v.speaker,
        "attribution": r.get("attribution"),
        "quantities": r.get("quantities") or [],
        "negated": v.negated,
        "hedged": v.hedged,
        "score": v.score,
        "start": r.get("start"),
        "end": r.get("end"),
    }


def _build_cluster(views: list[_FactView]) -> dict:
    n = len(views)
    entity_count = Counter(e for v in views for e in v.topic_entities | v.source_entities)
    if n == 1:
        about_names = sorted(views[0].topic_entities or views[0].source_entities)
    else:
        about_names = sorted((e for e, c in entity_count.items() if c >= max(2, math.ceil(n / 2))),
                             key=lambda e: (-entity_count[e], e))
    about_set = set(about_names)
    entity_types = {}
    for v in views:
        for name, typ in v.entity_types.items():
            entity_types.setdefault(name, typ)

    neg_pairs = _negation_conflicts(views)
    quantity_conflicts = _quantity_conflicts(views, about_set)
    conflicts = []
    if neg_pairs:
        involved = {v.id: v for pair in neg_pairs for v in pair}
        conflicts.append({
            "kind": "negation",
            "values": [
                {"negated": v.negated, "source": v.record.get("source"), "published": v.published,
                 "speaker": v.speaker, "fact_id": v.id, "text": v.text}
                for v in sorted(involved.values(), key=lambda v: (v.negated, v.id))
            ],
            "reason": "one report affirms what another negates: "
                      + "; ".join(sorted({f'"{neg.neg_clause}"' for neg, _ in neg_pairs})),
        })
    conflicts.extend(quantity_conflicts)

    publishers = {v.publisher for v in views}
    if neg_pairs or any(not c["evolving"] for c in quantity_conflicts):
        status = "conflicting"
    elif quantity_conflicts:
        status = "evolving"
    elif len(publishers) >= 2:
        status = "corroborated"
    else:
        status = "single_source"

    representative = _representative(views, status == "evolving")
    # Only facts that take the statement's position can be where the claim appeared ("has not confirmed X" is not
    # an appearance of X).
    asserting = {v.id for v in views if v.negated == representative.negated}
    dated = sorted((v for v in views if v.published and v.id in asserting), key=lambda v: (v.published, v.id))
    first = None
    if dated:
        f = dated[0]
        first = {"fact_id": f.id, "article_id": f.article_id, "source": f.record.get("source"),
                 "published": f.published, "title": f.record.get("title"), "url": f.record.get("url")}
    ordered = sorted(views, key=lambda v: (*_date_key(v.published), v.id))
    return {
        "id": _cluster_id([v.id for v in views]),
        "statement": representative.text,
        "statement_fact_id": representative.id,
        "about": about_names,
        "about_types": {name: entity_types.get(name, "") for name in about_names},
        "facts": [dict(_fact_entry(v), asserts=v.id in asserting) for v in ordered],
        "undated_sources": sorted({v.record.get("source") or f"article {v.article_id}" for v in views
                                   if not v.published}),
        "articles": len({v.article_id or v.id for v in views}),
        "sources": len(publishers),
        "first_appearance": first,
        "status": status,
        "conflicts": conflicts,
        "timeline": [
            {"fact_id": v.id, "article_id": v.article_id, "source": v.record.get("source"),
             "published": v.published, "negated": v.negated,
             "figures": [f.display() for f in v.figures if f.dimension]}
            for v in ordered
        ],
    }


def _representative(views: list[_FactView], evolving: bool) -> _FactView:
    """The fact whose text stands for the cluster (rule in the module docstring)."""
    by_polarity = defaultdict(set)
    for v in views:
        by_polarity[v.negated].add(v.publisher)
    majority = len(by_polarity[True]) > len(by_polarity[False])
    pool = [v for v in views if v.negated == majority]

    def key(v: _FactView):
        reports_change = any(f.earlier for f in v.figures) if evolving else False
        latest = (v.published or "") if evolving else ""
        date = _date_key(v.published)
        return (not reports_change, _invert(latest), -v.score, *date, v.id)

    return min(pool, key=key)


def _invert(date: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010FFFF"


@dataclass
class ClaimComponent:
    """Facts joined by similarities of at least the linkage threshold, and the claims clustered among them.

    Average linkage merges two groups only when some pair across them reaches the threshold, so claims never cross
    components: clustering each component alone gives the same claims as clustering the whole collection, and a
    new fact only changes the components it links to.
    """

    members: dict[str, str]  # fact id -> article id
    claims: list[dict]

    @property
    def id(self) -> str:
        digest = hashlib.sha1("\n".join(sorted(self.members)).encode("utf-8")).hexdigest()
        return f"k-{digest[:12]}"


def _similar_pairs(corpus: _Corpus) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of facts with a similarity above 0, as arrays (first, second, similarity), first < second."""
    first, second, sims = _scored_pairs(corpus.features)
    keep = sims > 0
    return first[keep], second[keep], sims[keep]


def _check_threshold(min_similarity: float) -> None:
    if not 0 < min_similarity <= 1:
        raise ClaimInputError("min_similarity must be in (0, 1]")


def claim_components(facts: list[dict], *, min_similarity: float = DEFAULT_MIN_SIMILARITY,
                     workers: int = 1) -> list[ClaimComponent]:
    """The components of two or more facts among ``facts``, each with its claims (clusters of two or more facts).

    Facts in no component stand alone: no other fact of the collection is similar enough to them. With several
    ``workers`` a large collection's pairs are scored, and its components clustered, in forked processes: the
    result is the same, since a pair's similarity depends on its two facts alone and components are clustered
    apart. A collection larger than the view cache is held as compact rows (``_features``), never as views.
    """
    _check_threshold(min_similarity)
    records = _ordered_records(facts)
    workers = workers if len(records) >= PARALLEL_MIN_FACTS else 1
    if not records:
        return []
    if workers > 1:
        load_model()  # once, here: the forked processes inherit it instead of each loading it again
    if len(records) <= VIEW_CACHE_SIZE:
        corpus = _prepare(records)
        features, views = corpus.features, corpus.views
    else:
        features, views = _features(records, workers), None
    groups, locals_ = _components(features, min_similarity, workers)
    del features
    multi = [k for k, group in enumerate(groups) if len(group) >= 2]
    largest_first = sorted(multi, key=lambda k: (-len(groups[k]), k))  # the long ones start first
    with sharing(claims=(records, views, groups, locals_, min_similarity)):
        found = dict(zip(largest_first, forked_map(_component_claims, largest_first, workers, "claims")))
    return [ClaimComponent({records[i]["id"]: records[i].get("article_id") or records[i]["id"] for i in groups[k]},
                           found[k]) for k in multi]


def _component_claims(k: int) -> list[dict]:
    """The claims of component ``k`` of the shared collection, in listing order. Without the collection's views,
    each claim's views are made again from its records (only one claim's at a time)."""
    records, views, groups, locals_, min_similarity = shared["claims"]
    group = groups[k]
    claims = []
    for members in average_linkage_arrays(len(group), *locals_[k], min_similarity):
        if len(members) >= 2:
            places = [group[m] for m in members]
            claims.append(_build_cluster([views[i] for i in places] if views is not None
                                         else [_make_view(records[i]) for i in places]))
    claims.sort(key=claim_order)
    return claims


def _components(features: _Features, threshold: float, workers: int = 1) -> tuple[list[list[int]], list[tuple]]:
    """The components of a collection (facts connected by pairs whose similarity reaches the threshold, found
    with scipy) in the order of their smallest member, each with the pairs of similarity above 0 inside it, as
    arrays (first, second, similarity) of positions in the component (they weigh in its average linkage)."""
    n = len(features)
    if not n:
        return [], []
    first, second, sims, strong = _linkage_pairs(features, threshold, workers)
    graph = coo_matrix((np.ones(int(strong.sum())), (first[strong], second[strong])), shape=(n, n))
    _count, label = connected_components(graph, directed=False)
    order = np.argsort(label, kind="stable")  # by component, members ascending
    starts = np.flatnonzero(np.r_[True, label[order][1:] != label[order][:-1]])
    position = np.empty(n, dtype=np.int32)  # the pairs inside components keep int32 positions
    position[order] = np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))
    chunks = np.split(order, starts[1:])
    rank = np.argsort([int(chunk[0]) for chunk in chunks], kind="stable")
    groups = [chunks[g].tolist() for g in rank]
    slot = np.empty(len(chunks), dtype=np.int64)
    slot[label[order[starts]][rank]] = np.arange(len(chunks))  # component label -> place in ``groups``
    inside = np.flatnonzero((label[first] == label[second]) & (sims > 0))
    inside = inside[np.argsort(slot[label[first[inside]]], kind="stable")]
    where = slot[label[first[inside]]]
    bounds = np.searchsorted(where, np.arange(len(groups) + 1))
    local_i, local_j, values = position[first[inside]], position[second[inside]], sims[inside]
    locals_ = [(local_i[lo:hi], local_j[lo:hi], values[lo:hi]) for lo, hi in zip(bounds[:-1], bounds[1:])]
    return groups, locals_


def _scored_pairs(features: _Features, workers: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs of a collection (facts sharing a link key), as (first, second) positions with
    first < second, and the similarity of each (scored in runs of SCORE_CHUNK pairs by ``workers`` forked
    processes)."""
    first, second = _candidate_pairs(features)
    if not len(first):
        return first, second, np.zeros(0)
    runs = [(lo, min(lo + SCORE_CHUNK, len(first))) for lo in range(0, len(first), SCORE_CHUNK)]
    with sharing(pairs=(_PairScorer(features), first, second)):
        parts = forked_map(_slice_similarities, runs, workers, "claims")
    return first, second, np.concatenate(parts)


def _linkage_pairs(features: _Features, threshold: float,
                   workers: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs as ``_components`` reads them, in fewer bytes per pair: positions as int32, each
    similarity as the multiple of ``SIMILARITY_QUANTUM`` average linkage rounds it to (exact in float32), and
    whether it reaches the threshold (decided before rounding)."""
    first, second = _candidate_pairs(features, np.int32)
    if not len(first):
        return first, second, np.zeros(0, dtype=np.float32), np.zeros(0, dtype=bool)
    runs = [(lo, min(lo + SCORE_CHUNK, len(first))) for lo in range(0, len(first), SCORE_CHUNK)]
    with sharing(linkage=(_PairScorer(features), first, second, threshold)):
        parts = forked_map(_slice_linkage, runs, workers, "claims")
    return first, second, np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _slice_linkage(bounds: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    scorer, first, second, threshold = shared["linkage"]
    lo, hi = bounds
    sims = scorer.scores(first[lo:hi], second[lo:hi])
    return quantised(sims).astype(np.float32), sims >= threshold


def _slice_similarities(bounds: tuple[int, int]) -> np.ndarray:
    scorer, first, second = shared["pairs"]
    lo, hi = bounds
    return scorer.scores(first[lo:hi], second[lo:hi])


def _candidate_pairs(features: _Features, dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of facts that share a block (``_blocks``), once each, sorted, as positions of ``dtype``."""
    rows, cols = _blocks(features)
    return incidence_pairs(rows, cols, len(features), dtype)


def _blocks(features: _Features) -> tuple[np.ndarray, np.ndarray]:
    """The groups of facts whose pairs are candidates, as incidence entries (fact, block): the facts sharing a
    link key, all of them when there are at most ``2 * BLOCK_WINDOW``. A larger group (a place and a verb that
    thousands of facts share) is read in windows of that size, overlapping by half, over its facts in the order of
    their predicate text, so each fact meets the ``BLOCK_WINDOW`` facts worded most like it on either side
    (near-duplicates side by side) and the pairs grow with the corpus, not with its square (the
    sorted-neighbourhood method of record linkage)."""
    span = 2 * BLOCK_WINDOW
    facts, codes = _link_codes(features)
    order = np.argsort(codes, kind="stable")  # by key, facts ascending
    facts, codes = facts[order], codes[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(codes)])
    key = np.repeat(np.arange(len(starts)), sizes)
    small = (sizes[key] >= 2) & (sizes[key] <= span)
    rows, cols = [facts[small]], [key[small]]
    column = len(starts)
    for start, size in zip(starts[sizes > span].tolist(), sizes[sizes > span].tolist()):
        members = facts[start:start + size]
        ordered = members[np.argsort(features.rank[members], kind="stable")]
        for lo in range(0, size - BLOCK_WINDOW, BLOCK_WINDOW):
            window = ordered[lo:lo + span]
            rows.append(window)
            cols.append(np.full(len(window), column, dtype=np.int64))
            column += 1
    return np.concatenate(rows), np.concatenate(cols)


def _link_codes(features: _Features) -> tuple[np.ndarray, np.ndarray]:
    """(fact, key code) of each of each fact's ``link_keys``: an entity with a predicate term (entity id times
    the number of terms plus the term id), or an entity with a measure tied to it (numbered after those)."""
    entities, terms, measured = features.rows["entities"], features.rows["vectors"], features.rows["measured"]
    width = max(terms.width, 1)
    facts, codes = [], []
    for lo in range(0, len(features), FEATURE_CHUNK):
        places = np.arange(lo, min(lo + FEATURE_CHUNK, len(features)), dtype=np.int64)
        term_counts = terms.lengths(places)
        per_fact = entities.lengths(places) * term_counts
        owner = np.repeat(places, per_fact)
        step = np.arange(int(per_fact.sum()), dtype=np.int64) - np.repeat(np.cumsum(per_fact) - per_fact, per_fact)
        row_terms = np.repeat(term_counts, per_fact)
        entity = entities.ids[entities.indptr[owner] + step // np.maximum(row_terms, 1)].astype(np.int64)
        term = terms.ids[terms.indptr[owner] + step % np.maximum(row_terms, 1)]
        facts += [owner, np.repeat(places, measured.lengths(places))]
        codes += [entity * width + term,
                  entities.width * width + measured.ids[measured.indptr[places[0]]:measured.indptr[places[-1] + 1]]]
    if not facts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(facts), np.concatenate(codes).astype(np.int64)


def _pair_similarities(corpus: _Corpus, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """``_pair_similarity`` of each pair (first[k], second[k]), for all pairs at once (see ``_PairScorer``)."""
    return _PairScorer(corpus.features).scores(first, second)


class _PairScorer:
    """The similarity of many pairs of a collection at once: entity overlap, predicate similarity, the
    source-only, figure and dimension rules and the same-speaker bonus as array operations. Only the pairs that
    share an entity and a measure are looked at one by one, for the figure rules (counted nouns, subsets).

    It reads the collection's compact rows (``_Features``: what depends on one fact alone), which forked processes
    share to score runs of the pairs. Each pair's value depends on its two facts alone (sums run in the order of
    the keys), so a pair has the same similarity in any collection; it equals ``_pair_similarity`` up to float
    rounding."""

    def __init__(self, features: _Features):
        rows = features.rows
        self.entities, self.topics, self.sources = rows["entities"], rows["topics"], rows["sources"]
        self.dimensions = rows["dimensions"]
        every = np.arange(len(features), dtype=np.int64)
        self.entity_counts = self.entities.lengths(every).astype(np.float64)
        self.dimension_counts = self.dimensions.lengths(every).astype(np.float64)
        self.vectors, self.clauses = rows["vectors"], rows["clauses"]
        self.meanings = features.meanings
        self.negated = features.negated
        self.speaker = features.speaker
        # The figure rules depend only on the two facts' measured figures (measure, noun, tied and excluded
        # entities), which repeat across a corpus: each distinct pair of figure sets is compared once.
        self.kind = features.kind
        self.kinds = len(features.kinds)
        self.figure_sets = _FigureSets(features.kinds)

    def scores(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        if not len(first):
            return np.zeros(0)
        shared = self.entities.dots(self.entities, first, second)
        union = self.entity_counts[first] + self.entity_counts[second] - shared
        overlap = np.divide(shared, union, out=np.zeros(len(first)), where=union > 0)
        predicate = self._predicates(first, second)
        topic = self.topics.dots(self.topics, first, second)
        source = self.sources.dots(self.sources, first, second)

        dims = self.dimension_counts
        common_dims = self.dimensions.dots(self.dimensions, first, second)
        factor = np.ones(len(first))
        factor[(dims[first] > 0) != (dims[second] > 0)] = ONE_SIDED_FIGURE_FACTOR
        factor[(dims[first] > 0) & (dims[second] > 0) & (common_dims == 0)] = 0.0
        measured = np.flatnonzero((common_dims > 0) & (shared > 0))
        match, same_measure = self._figure_relations(first[measured], second[measured])
        predicate[measured[match]] = np.maximum(predicate[measured[match]], FIGURE_MATCH_PREDICATE)
        factor[measured[same_measure & ~match]] *= UNTIED_FIGURE_FACTOR

        sim = (ENTITY_WEIGHT * overlap + PREDICATE_WEIGHT * predicate) * factor
        sim += SAME_SPEAKER_BONUS * (self.speaker[first] == self.speaker[second])
        sim[(shared == 0) | (predicate < MIN_PREDICATE_SIMILARITY)] = 0.0
        sim[(topic == 0) & (source > 0) & (predicate < SOURCE_ONLY_PREDICATE_SIMILARITY)] = 0.0
        sim[factor == 0] = 0.0
        return np.minimum(sim, 1.0)

    def _figure_relations(self, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For pairs that share a measure: whether the two facts give a figure of the same measure of the same
        entity (``_same_measure_of_same_entity``), and whether they give comparable figures at all."""
        distinct, which = np.unique(self.kind[first] * self.kinds + self.kind[second], return_inverse=True)
        relations = [self.figure_sets.relation(code // self.kinds, code % self.kinds) for code in distinct.tolist()]
        same = np.fromiter((r[0] for r in relations), dtype=bool, count=len(relations))
        match = np.fromiter((r[1] for r in relations), dtype=bool, count=len(relations))
        return match[which], same[which]

    def _predicates(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The predicate similarity of each pair before the figure rules: terms, meaning, and a negated clause
        against the other fact."""
        predicate = self.vectors.dots(self.vectors, first, second)
        for start in range(0, len(first), MEANING_CHUNK):
            stop = start + MEANING_CHUNK
            meaning = np.einsum("ij,ij->i", self.meanings[first[start:stop]], self.meanings[second[start:stop]])
            np.maximum(predicate[start:stop], meaning.astype(np.float64) - MEANING_DISCOUNT,
                       out=predicate[start:stop])
        negated = self.negated
        mixed = np.flatnonzero(negated[first] != negated[second])
        if len(mixed):
            neg = np.where(negated[first[mixed]], first[mixed], second[mixed])
            aff = np.where(negated[first[mixed]], second[mixed], first[mixed])
            predicate[mixed] = np.maximum(predicate[mixed], self.clauses.dots(self.vectors, neg, aff))
        return predicate


def _figure_signature(view: _FactView) -> frozenset:
    """What the figure rules read of a fact's measured figures: measure, counted noun, tied and excluded entities."""
    return frozenset((f.key, f.noun, frozenset(f.tied), frozenset(f.excluded)) for f in view.figures if f.dimension)


class _FigureSets:
    """The figure rules between the distinct figure signatures of a collection (``_figure_signature``). Whether two
    figures measure the same thing (measure and counted noun) is decided once per pair of distinct measures, so a
    pair of figures costs two set intersections."""

    def __init__(self, kinds: dict[frozenset, int]):
        measures: dict[tuple, int] = {}
        self.sets: list[tuple] = [()] * len(kinds)
        for signature, k in kinds.items():
            self.sets[k] = tuple((measures.setdefault((key, noun), len(measures)), tied, excluded)
                                 for key, noun, tied, excluded in signature)
        self.measures = list(measures)
        self.same: dict[tuple[int, int], bool] = {}

    def relation(self, a: int, b: int) -> tuple[bool, bool]:
        """(the two figure sets hold comparable figures, one such pair is tied to a shared entity)."""
        comparable = tied = False
        for measure_a, tied_a, excluded_a in self.sets[a]:
            for measure_b, tied_b, excluded_b in self.sets[b]:
                if not self._same_measure(measure_a, measure_b):
                    continue
                if _counts_a_part(tied_a, excluded_a, tied_b, excluded_b):
                    continue
                comparable = True
                if tied_a & tied_b:
                    return True, True
        return comparable, tied

    def _same_measure(self, a: int, b: int) -> bool:
        same = self.same.get((a, b))
        if same is None:
            (key_a, noun_a), (key_b, noun_b) = self.measures[a], self.measures[b]
            same = self.same[(a, b)] = _same_measure(key_a, noun_a, key_b, noun_b)
        return same


def linked_facts(new: list[dict], old: list[dict], *, min_similarity: float = DEFAULT_MIN_SIMILARITY) -> set[str]:
    """Ids of the ``old`` facts whose similarity to some ``new`` fact reaches the linkage threshold."""
    _check_threshold(min_similarity)
    new_ids = {r["id"] for r in new}
    corpus = _prepare(list(new) + [r for r in old if r.get("id") not in new_ids])
    is_new = [v.id in new_ids for v in corpus.views]
    postings = defaultdict(list)
    for i, v in enumerate(corpus.views):
        if is_new[i]:
            for key in link_keys(v):
                postings[key].append(i)
    pairs = sorted({(min(i, j), max(i, j)) for j, v in enumerate(corpus.views) if not is_new[j]
                    for key in link_keys(v) for i in postings.get(key, ())})
    if not pairs:
        return set()
    first, second = np.asarray(pairs, dtype=np.int64).T
    reached = _pair_similarities(corpus, first, second) >= min_similarity
    old = np.where(np.asarray(is_new)[first], second, first)
    return {corpus.views[j].id for j in sorted_unique(old[reached]).tolist()}


def claim_order(cluster: dict) -> tuple:
    """Listing order of claims: most publishers first, then most facts, then id."""
    return (-cluster["sources"], -len(cluster["facts"]), cluster["id"])


def cluster_facts(
    facts: list[dict],
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    include_singletons: bool = False,
) -> list[dict]:
    """Group fact records that make the same claim; see the module docstring for the rules.

    Returns clusters of two or more facts (from one or more articles), ordered by distinct publishers, then size,
    then id. With ``include_singletons`` every remaining fact is returned as a one-fact cluster too.
    Raises ClaimInputError on records without ``id`` or ``text``.
    """
    _check_threshold(min_similarity)
    corpus = _prepare(facts)
    groups = average_linkage_arrays(len(corpus.views), *_similar_pairs(corpus), min_similarity)
    clusters = []
    for group in groups:
        if len(group) < 2 and not include_singletons:
            continue
        clusters.append(_build_cluster([corpus.views[i] for i in group]))
    clusters.sort(key=claim_order)
    return clusters


# ---------------------------------------------------------------------------------------------------------------
# Claim check




















def canonical_text(record: dict) -> str:
    """The text with each entity mention replaced by the entity's canonical name ("Kyiv" -> "Ukraine"), so that
    aliases do not move a text's embedding."""
    text = record.get("text") or ""
    base = record.get("start") if isinstance(record.get("start"), int) else 0
    spans, taken = [], []
    for ent in record.get("entities") or []:
        if not isinstance(ent, dict) or not ent.get("name"):
            continue
        start = ent.get("start")
        span = _locate(text, ent.get("mention") or "", start - base if isinstance(start, int) else None, taken)
        if span[0] >= 0:
            taken.append(span)
            spans.append((span, ent["name"]))
    for (start, end), name in sorted(spans, reverse=True):
        text = text[:start] + name + text[end:]
    return text
