"""Small assertions shared by the pipeline tests."""

from __future__ import annotations


def speaker_of(facts, needle: str) -> str | None:
    """The speaker of the one fact whose text contains ``needle`` (a document's facts or a list of facts)."""
    facts = getattr(facts, "facts", facts)
    hits = [f for f in facts if needle in f.text]
    assert len(hits) == 1, [f.text for f in facts]
    return hits[0].attribution.speaker if hits[0].attribution is not None else None
