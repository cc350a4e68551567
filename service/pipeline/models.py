"""Plain data objects passed between pipeline stages and to the index.

Every object converts to a JSON-ready dict with ``to_dict()``; the index stores those dicts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


# ---------------------------------------------------------------- the record contract's closed vocabularies
# Defined once here; the pipeline produces these values and the API derives its allowed values from them.


class Dimension(StrEnum):
    """What a quantity measures."""

    PERSONS = "persons"
    COUNT = "count"
    MONEY = "money"
    PERCENTAGE = "percentage"
    RATE = "rate"
    LENGTH = "length"
    AREA = "area"
    VOLUME = "volume"
    MASS = "mass"
    DURATION = "duration"
    SPEED = "speed"
    POWER = "power"
    ENERGY = "energy"
    TEMPERATURE = "temperature"
    MAGNITUDE = "magnitude"
    PRESSURE = "pressure"
    RATIO = "ratio"
    FLOW = "flow"
    CONCENTRATION = "concentration"
    VOLTAGE = "voltage"


class Bound(StrEnum):
    """How a figure is qualified: "exactly", "about", "at least", "at most"."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    WEAPON = "WEAPON"
    GROUP = "GROUP"
    EVENT = "EVENT"  # named events: storms, tournaments, summits, wars


class ClaimStatus(StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    CONFLICTING = "conflicting"
    EVOLVING = "evolving"


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MIXED = "mixed"
    NOT_ENOUGH_INFO = "not_enough_info"


class DocumentKind(StrEnum):
    """What kind of text an article is, which decides who speaks in it (see the ``discourse`` package)."""

    NEWS = "news"  # a report: speakers are whoever the text attributes statements to
    TRANSCRIPT = "transcript"  # a briefing or interview with speaker labels ("MS. SINGH:", "Q:")
    STATEMENT = "statement"  # a prepared statement, speech or address: its author speaks throughout
    READOUT = "readout"  # an official account of a call or meeting: the issuing body speaks
    RELEASE = "release"  # an institutional release (rate decision, statistics): the issuing body speaks
    QUESTIONS_ANSWERS = "questions_answers"  # questions and answers: the answers speak for the publisher


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The allowed string values of one of the vocabularies above, in definition order."""
    return tuple(member.value for member in enum)


@dataclass
class CleanedArticle:
    """A scraped page reduced to its metadata and body text (paragraphs joined by blank lines)."""

    text: str
    title: str | None = None
    source: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD", only when the page states one
    url: str | None = None
    kind: str = DocumentKind.NEWS.value  # a DocumentKind value
    warnings: list[str] = field(default_factory=list)  # why little or nothing of the page was kept

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Passage:
    """One sentence of an article; ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class EntityMention:
    name: str  # canonical name
    type: str  # PERSON | ORG | GPE | WEAPON | GROUP | EVENT
    mention: str  # surface form as written
    start: int = -1  # offsets in the article text
    end: int = -1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Quantity:
    text: str
    value: float
    unit: str | None  # "troops", "mile", "km", "day", "USD", ...
    bound: str = "exact"  # exact | approx | at_least | at_most
    normalized: dict | None = None  # {"value": float, "unit": str} in SI/base units
    dimension: str | None = None  # persons | length | duration | rate | money | count

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Attribution:
    speaker: str | None
    role: str | None = None
    organization: str | None = None
    cue: str | None = None
    anonymous: bool = False
    direct: bool = False
    description: str | None = None  # for anonymous sources: "three sources familiar with the matter"
    speaker_type: str | None = None  # PERSON | ORG

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Fact:
    index: int
    start: int
    end: int
    text: str
    passage_index: int | None = None  # the passage the fact is (or, for one speaker's clause, lies in)
    entities: list[EntityMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attribution: Attribution | None = None
    negated: bool = False
    hedged: bool = False
    score: float = 0.0  # check-worthiness, 0..1

    def to_dict(self) -> dict:
        return asdict(self)
