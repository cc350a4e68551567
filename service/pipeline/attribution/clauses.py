"""Clauses of one sentence: one per speaker when two speakers report in it, a contrasting clause, and the
speaker whose closing clause frames the whole sentence."""

from __future__ import annotations

import re

from ..models import Attribution
from .records import _Candidate


# where one speaker's clause ends and the next one's begins: "; ", ", while", ", but", " whereas"
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*(?:;|,\s*(?:while|whereas|but|and|although|though)\b|\s(?:while|whereas|and|but)\b)\s*"
)


def _speaker_key(a: Attribution) -> str:
    return a.speaker or a.description or ""


def _speaker_clauses(
    text: str, speaking: list[tuple[_Candidate, Attribution, bool]]
) -> list[tuple[int, int, Attribution]]:
    """One clause per speaker when different speakers report in the same sentence, else []; a sentence whose one
    speaker reports in a contrasting clause ("X urged a quick deal, whereas Y said ...") is two clauses, the first
    with no speaker of its own."""
    if len({_speaker_key(a) for _, a, _ in speaking}) == 1:
        return _contrast_clauses(text, speaking)
    if len(speaking) < 2:
        return []
    ordered = sorted(speaking, key=lambda s: s[0].start)
    out: list[tuple[int, int, Attribution]] = []
    start = 0
    for (before, attribution, _), (after, nxt, _) in zip(ordered, ordered[1:]):
        if _speaker_key(attribution) == _speaker_key(nxt):
            continue
        left = max(before.start, before.np_start if before.inverted else before.start)
        right = after.start if after.inverted else after.np_start
        splits = [m for m in _CLAUSE_SPLIT_RE.finditer(text, left, right) if m.end() <= right]
        if not splits:
            return []
        cut = splits[-1]
        out.append((start, cut.start(), attribution))
        start = cut.end()
    out.append((start, len(text.rstrip()), ordered[-1][1]))
    return out if len(out) >= 2 else []


def _named_person(a: Attribution) -> bool:
    return a.speaker_type == "PERSON" and bool(a.speaker) and not a.anonymous


def _closing_speaker_first(text: str, speaking: list[tuple[_Candidate, Attribution, bool]]
                           ) -> list[tuple[_Candidate, Attribution, bool]]:
    """"The board expects output to recover to 650,000 tonnes, Adjei said.": a named person's reporting clause that
    closes the sentence after its last comma frames the whole of it, over a body or unnamed source reporting inside."""
    if len(speaking) < 2:
        return speaking
    last = max(speaking, key=lambda s: s[0].start)
    cand, attribution = last[0], last[1]
    if not _named_person(attribution) or any(_named_person(a) for c, a, _ in speaking if c is not cand):
        return speaking
    clause_start = min(cand.start, cand.np_start)
    if text.rfind(",", 0, len(text)) > clause_start or not text[:clause_start].rstrip().endswith(","):
        return speaking
    return [last] + [s for s in speaking if s is not last]


# ", while Y said", ", whereas Y said": a contrasting clause whose own subject reports
_CONTRAST_SPLIT_RE = re.compile(r",\s*(?:while|whereas)\s+")
MIN_CONTRAST_CLAUSE_WORDS = 4


def _contrast_clauses(text: str, speaking: list[tuple[_Candidate, Attribution, bool]]) -> list:
    """The clause before ", while/whereas" and the reporting clause after it, when the speaker's subject opens the
    contrasting clause and the clause before it is a statement of its own; else []."""
    first = min(speaking, key=lambda s: s[0].start)
    candidate, attribution = first[0], first[1]
    if candidate.inverted:
        return []
    splits = [m for m in _CONTRAST_SPLIT_RE.finditer(text, 0, candidate.np_start) if m.end() == candidate.np_start]
    if not splits or len(text[:splits[-1].start()].split()) < MIN_CONTRAST_CLAUSE_WORDS:
        return []
    cut = splits[-1]
    return [(0, cut.start(), None), (cut.end(), len(text.rstrip()), attribution)]
