"""A free-text claim checked against retrieved fact records (``compare_claim``).

Claim entities are those the extractor found plus candidate entity names spelled out in the claim. Evidence must
share an entity with the claim (any fact, when the claim names none) and either contain a third of its
predicate terms, mean nearly the same (embedding similarity ``SEMANTIC_RELATED``) or give a figure of the
claim's measure about a shared entity; anything else is dropped, so an unrelated claim gets no evidence at all.
Similarity only admits evidence: figures and polarity decide. A claimed figure is judged only against figures
of the same measure tied to a shared entity: outside the evidence bound or tolerance contradicts; within it
supports, but a one-sided bound establishes only figures within 25 % of it ("over 11,000" does not establish
50,000) and two stated maxima ("up to 306 km" vs "a maximum range of 190 km") must be the same figure. Without
figures a polarity mismatch on the same predicate contradicts and agreement supports, both only with two thirds
of the claim's terms covered or the same meaning (``SEMANTIC_STRONG``); a claim spelling a figure the extractor
could not read is not supported by wording alone; "has not confirmed X" neither supports nor refutes "X". A
claim attributed to a source
("The Pentagon confirmed ...") is settled only by evidence naming that source.

Facts and claims are compared as the fact views and figures of ``claims`` (the same text features, entities and
figure rules as clustering).
"""

from __future__ import annotations

import numpy as np

from .claims import (_EPISTEMIC, _WORD_RE, _claim_figure_relation, _FactView, _Figure, _locate, _plain_terms,
                     _require, _view, canonical_text)
from .errors import ClaimInputError
from .language import lexicon
from .semantic import embed

# Claim-check thresholds, as shares of the claim's terms found in the evidence.
MIN_PREDICATE_COVERAGE = 0.34  # below this the evidence is about something else
STRONG_COVERAGE = 0.66  # support without figures (two of three terms)
NEGATION_COVERAGE = STRONG_COVERAGE  # contradiction by polarity needs the same overlap as support
# Embedding similarity of claim and evidence (WordLlama, cosine) that stands in for shared words: enough to be
# evidence at all, and enough to count as saying the same thing (then polarity decides).
SEMANTIC_RELATED = 0.55
SEMANTIC_STRONG = 0.6


def _citation(record: dict) -> dict:
    return {key: record.get(key) for key in ("article_id", "source", "published", "title", "url", "start", "end")}


def _coverage(claim_terms: set[str], evidence_terms: set[str]) -> float:
    return len(claim_terms & evidence_terms) / len(claim_terms) if claim_terms else 0.0


def _judge(claim: _FactView, ev: _FactView, shared: set[str], meaning: float) -> tuple[str, str] | None:
    """Relation of one evidence fact to the claim, or None when it is not evidence at all.

    ``meaning`` is the embedding similarity of the two texts: it stands in for shared words when the evidence says
    the same thing in other words, but only polarity and figures decide between supports and contradicts.
    """
    claim_predicate = set(claim.terms)
    predicate = _coverage(claim_predicate, ev.term_set)
    claim_figures = [f for f in claim.figures if f.dimension]
    # A figure of the claim's measure about a shared entity makes the fact evidence whatever the wording ("sent
    # fifty thousand soldiers" against "11,000 troops have moved into"); a bare figure claim ("ATACMS: 300 km")
    # has no predicate words at all.
    same_measure = any(f.comparable(c) and (f.tied & shared or (not claim_predicate and not f.anchored))
                       for c in claim_figures for f in ev.figures)
    if predicate < MIN_PREDICATE_COVERAGE and meaning < SEMANTIC_RELATED and not same_measure:
        return None
    overall = _coverage(claim.term_set, ev.term_set)
    about = (f"shares {', '.join(sorted(shared))}; " if shared else "") + \
        f"{overall:.0%} of the claim's terms, meaning similarity {meaning:.2f}"

    if claim_figures:
        relation, reason = _judge_figures(claim, claim_figures, ev, shared, about)
    else:
        strong = meaning >= SEMANTIC_STRONG
        relation, reason = _judge_polarity(claim, ev, max(predicate, strong), max(overall, strong), about, strong)
        if relation == "supports" and _mentions_number(claim.text) and any(f.dimension for f in ev.figures):
            relation, reason = "related", f"{reason}; but the claim's figure could not be read to compare"
    if relation != "related" and claim.source_entities:
        # "The Pentagon confirmed X" is only settled by what the Pentagon said, not by another source saying X.
        claimed = {n.lower() for n in claim.source_entities}
        # The evidence may name the source as its subject ("The Pentagon has not confirmed ...").
        said_by = {n.lower() for n in ev.entities}
        if not claimed & said_by:
            who = ", ".join(sorted(ev.source_entities)) or "no named source"
            return "related", f"{reason}; but the claim is attributed to {', '.join(sorted(claim.source_entities))} " \
                              f"and the evidence to {who}"
    return relation, reason


def _judge_figures(claim: _FactView, claim_figures: list[_Figure], ev: _FactView, shared: set[str],
                   about: str) -> tuple[str, str]:
    outcomes = []
    for cf in claim_figures:
        # A claim that names no entity is about the measure alone.
        comparable = [f for f in ev.figures
                      if f.comparable(cf) and (f.tied & shared or not f.anchored or not claim.entities)]
        if not comparable:
            continue
        current = [f for f in comparable if not f.earlier] or comparable
        judged = [_claim_figure_relation(cf, f) for f in current]
        supporting = [r for r in judged if r[0] == "supports"]
        if supporting:
            outcomes.append(supporting[0])
            continue
        past_match = [f for f in comparable if f.earlier and _claim_figure_relation(cf, f)[0] == "supports"]
        if past_match:
            outcomes.append(("contradicts", f"claim {cf.display()} matches only the earlier figure "
                             f"{past_match[0].display()}; the evidence reports it changed to "
                             f"{current[0].display()}"))
            continue
        contradicting = [r for r in judged if r[0] == "contradicts"]
        outcomes.append(contradicting[0] if contradicting else judged[0])
    if not outcomes:
        dims = ", ".join(sorted({f.dimension for f in claim_figures}))
        return "related", f"{about}; the evidence gives no figure for {dims}" + \
            (f" about {', '.join(sorted(shared))}" if shared else "")
    if ev.negated:
        return "related", f"{about}; the evidence figure is negated: {outcomes[0][1]}"
    if any(r == "contradicts" for r, _ in outcomes):
        relation = "contradicts"
    elif any(r == "supports" for r, _ in outcomes):
        relation = "supports"
    else:
        relation = "related"
    hedge = " (the evidence is hedged)" if ev.hedged and relation == "supports" else ""
    return relation, "; ".join(reason for _, reason in outcomes) + hedge


def _judge_polarity(claim: _FactView, ev: _FactView, predicate: float, overall: float,
                    about: str, same_meaning: bool = False) -> tuple[str, str]:
    if claim.negated != ev.negated:
        negated, other = (claim, ev) if claim.negated else (ev, claim)
        if negated.neg_scope and predicate >= NEGATION_COVERAGE and overall >= NEGATION_COVERAGE:
            head = negated.neg_scope[0]
            who = "claim" if negated is claim else "evidence"
            if head in _plain_terms(other):
                return "contradicts", f'{about}; the {who} says "{negated.neg_clause}", the other affirms it'
            if head in _EPISTEMIC and negated is ev:
                return "related", f'{about}; the evidence only says "{negated.neg_clause}", which neither ' \
                                  f"supports nor refutes the claim"
            # The other says the same in other words (a close embedding similarity).
            if same_meaning and head not in _EPISTEMIC:
                return "contradicts", f'{about}; the {who} says "{negated.neg_clause}", the other affirms it ' \
                                      f"in other words"
        return "related", f"{about}; polarity differs but the negated predicate is not the claim's"
    if predicate >= STRONG_COVERAGE and overall >= STRONG_COVERAGE:
        hedge = " (the evidence is hedged)" if ev.hedged else ""
        polarity = "both negated" if claim.negated else "same polarity"
        return "supports", f"{about}; strong overlap, {polarity}{hedge}"
    return "related", f"{about}; overlap too weak to support without figures"


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches in a regular expression


def _whole_word_spans(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` occurs in ``text`` as whole words, left to right without overlaps (no pattern is compiled
    per name: a claim check meets hundreds of names)."""
    spans, start = [], text.find(surface)
    while start >= 0:
        end = start + len(surface)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            spans.append((start, end))
            start = text.find(surface, end)
        else:
            start = text.find(surface, start + 1)
    return spans


def _with_names_from(claim: dict, candidates: list[dict]) -> dict:
    """The claim plus mentions of entity names that the candidates know and the claim spells out.

    A name found in an article by context ("the Parnitha region" -> Parnitha) is unknown to a one-line claim;
    matching the candidates' own names (case-sensitive, whole words) recovers it.
    """
    text = claim["text"]
    base = claim.get("start") if isinstance(claim.get("start"), int) else 0
    existing = [e for e in claim.get("entities") or [] if isinstance(e, dict)]
    taken = []
    for ent in existing:
        span = _locate(text, ent.get("mention") or "", (ent["start"] - base) if isinstance(ent.get("start"), int)
                       else None, taken)
        if span[0] >= 0:
            taken.append(span)
    surfaces: dict[str, tuple[str, str | None]] = {}
    for record in candidates:
        for ent in (record.get("entities") or []) if isinstance(record, dict) else []:
            for surface in (ent.get("name"), ent.get("mention")):
                if surface and len(surface) >= 3 and surface[0].isupper():
                    surfaces.setdefault(surface, (ent.get("name"), ent.get("type")))
    added = []
    for surface in sorted(surfaces, key=lambda x: (-len(x), x)):
        for start, end in _whole_word_spans(text, surface):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            name, kind = surfaces[surface]
            added.append({"name": name, "type": kind, "mention": surface, "start": base + start, "end": base + end})
    return {**claim, "entities": existing + added} if added else claim


def _meanings(claim: dict, candidates: list[dict], stored: list | None = None) -> list[float]:
    """Embedding similarity of the claim to each candidate, both with entity names made canonical. ``stored`` may
    give a candidate's unit embedding as the index keeps it (the same model over the same canonical text); the
    others are embedded here."""
    stored = stored if stored is not None else [None] * len(candidates)
    missing = [c for c, vector in zip(candidates, stored) if vector is None]
    fresh = iter(embed([canonical_text(claim)] + [canonical_text(c) for c in missing]))
    claim_vector = next(fresh)
    rows = [np.asarray(vector, dtype=np.float32) if vector is not None else next(fresh) for vector in stored]
    return [float(row @ claim_vector) for row in rows]


def _mentions_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or not lexicon("number_words").isdisjoint(_WORD_RE.findall(text.lower()))


def compare_claim(claim: dict, candidates: list[dict], vectors: list | None = None) -> dict:
    """Check a parsed claim (``parse_claim(text).to_dict()``) against retrieved fact records (``vectors``: their
    stored unit embeddings where known, in the same order, so that only the others are embedded again).

    Returns {"claim", "verdict", "evidence"}; evidence keeps only facts sharing an entity and enough predicate
    terms with the claim, decisive ones first, each in candidate order.
    Raises ClaimInputError on a claim without text or malformed candidates.
    """
    _require(claim, "text", "claim")
    if not isinstance(candidates, list):
        raise ClaimInputError("candidates must be a list of fact records")
    claim = _with_names_from(claim, candidates)
    claim_view = _view(claim, kind="claim")
    claim_entities = claim_view.entities
    views = [_view(record) for record in candidates]
    meanings = _meanings(claim, candidates, vectors)
    decisive, related, seen = [], [], set()
    for record, ev, meaning in zip(candidates, views, meanings):
        if ev.id in seen:
            continue
        seen.add(ev.id)
        shared = claim_entities & ev.entities
        # A claim naming entities is settled by facts about them; one naming none, by its words, meaning and figures.
        if not shared and claim_entities:
            continue
        judged = _judge(claim_view, ev, shared, meaning)
        if judged is None:
            continue
        relation, reason = judged
        item = {"fact": record, "relation": relation, "reason": reason, "citation": _citation(record)}
        (related if relation == "related" else decisive).append(item)

    relations = {item["relation"] for item in decisive}
    if relations == {"supports"}:
        verdict = "supported"
    elif relations == {"contradicts"}:
        verdict = "contradicted"
    elif relations:
        verdict = "mixed"
    else:
        verdict = "not_enough_info"
    return {
        "claim": {
            "text": claim_view.text,
            "entities": claim.get("entities") or [],
            "quantities": claim.get("quantities") or [],
            "negated": claim_view.negated,
            "hedged": claim_view.hedged,
        },
        "verdict": verdict,
        "evidence": decisive + related,
    }
