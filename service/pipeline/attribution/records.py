"""What the attributor returns for a sentence, and a reporting-clause candidate inside it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Attribution


@dataclass
class SentenceAttribution:
    """The attribution of one sentence and how it was found."""

    attribution: Attribution | None
    refers_back: bool = False  # "This information was disclosed by X.": belongs to the previous statement
    # "That warning came from X, ...": X said the unattributed quotation before; the sentence itself is narration
    names_previous: bool = False
    coreference: bool = False  # the speaker was resolved from a pronoun, surname or description
    # when two speakers report in one sentence ("Smith said ..., while Jones said ..."): each clause's
    # (start, end) in the sentence and its attribution, in order; empty otherwise
    clauses: list[tuple[int, int, Attribution]] = field(default_factory=list)


@dataclass
class _Candidate:
    start: int
    lemma: str
    np: str
    np_start: int
    inverted: bool
