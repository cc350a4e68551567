"""The read side: one service per resource (articles, passages, facts, entities, claims), each a query of the index
shaped into the records the API returns. ``Catalog`` builds them over its one ``IndexReader``; routes call them.

Nothing here writes; the write side (build, reconcile, ingest, delete, settling claims) is ``catalog.Catalog``.
"""

from __future__ import annotations

from typing import Callable

from .pipeline.claimreview import claim_to_jsonld
from .pipeline.claimcheck import compare_claim
from .pipeline.claims import canonical_text
from .pipeline.entities import Gazetteer
from .pipeline.facts import EXTRACTOR_VERSION
from .pipeline.semantic import embed
from .claimstore import listed_claim
from .search.claims_index import ClaimFilters, list_claims
from .search.errors import NoSearchableTerms
from .search.quantities import QuantityFilter
from .search.query import QueryCompiler
from .search.searcher import Filters, IndexReader, highlight
from .search.vectors import nearest_facts, stored_vector

CLAIM_CANDIDATES = 50  # facts retrieved by BM25 before the rule-based comparison
CLAIM_NEIGHBOURS = 30  # facts retrieved by embedding similarity, added to the BM25 candidates
MIN_NEIGHBOUR_SIMILARITY = 0.3  # below this a neighbour by meaning is not worth comparing
FACT_FACETS = ("speaker", "source", "entity", "unit")


class NotFound(LookupError):
    """The requested article, passage, fact or claim does not exist."""


class EntityNames:
    """Canonical entity names from the gazetteer, loaded on first use (with the extractor that owns it)."""

    def __init__(self, gazetteer: Callable[[], Gazetteer]):
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer()

    def resolve(self, name: str) -> str:
        entity = self.gazetteer.canonical(name)
        return entity.name if entity is not None else name


def get_record(reader: IndexReader, kind: str, item_id: str) -> dict:
    record = reader.get(kind, item_id)
    if record is None:
        raise NotFound(f"{kind} {item_id!r} does not exist")
    return record


def nothing_to_search(q: str, error: NoSearchableTerms, limit: int, offset: int, **extra) -> dict:
    """A well-formed query without searchable words matches nothing, and says why."""
    return {"items": [], "total": 0, "total_relation": "eq", "limit": limit, "offset": offset, **extra,
            "query": {"q": q, "parsed": None, "warnings": [str(error)]}}


def _described(q: str | None, parsed) -> dict:
    return {"q": q, "parsed": parsed.describe() if parsed else None}


class ArticleReads:
    def __init__(self, reader: IndexReader):
        self.reader = reader

    def get(self, article_id: str) -> dict:
        return get_record(self.reader, "article", article_id)

    def list(self, *, limit: int, offset: int, kind: str | None = None, **filters) -> dict:
        items, total = self.reader.list_articles(Filters(document_kind=kind, **filters), limit=limit,
                                                 offset=offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}


class PassageReads:
    def __init__(self, reader: IndexReader, names: EntityNames):
        self.reader, self.names = reader, names
        self.queries = QueryCompiler("passage_text", bigram_field="passage_bigrams")

    def search(self, *, q: str | None, limit: int, offset: int, entity: str | None = None, **filters) -> dict:
        try:
            parsed = self.queries.parse(q) if q is not None else None
        except NoSearchableTerms as error:
            return nothing_to_search(q, error, limit, offset)
        entities = (self.names.resolve(entity),) if entity else ()
        items, total, _ = self.reader.search("passage", parsed, Filters(entities=entities, **filters),
                                             limit=limit, offset=offset)
        for item in items:
            item["score"] = item.pop("score_bm25")
            spans = self.reader.matches(item["text"], parsed) if parsed else []
            item["matches"] = spans
            item["highlight"] = highlight(item["text"], spans)
        return {"items": items, "total": total["value"], "total_relation": total["relation"], "limit": limit,
                "offset": offset, "query": _described(q, parsed)}

    def get(self, passage_id: str) -> dict:
        record = get_record(self.reader, "passage", passage_id)
        aid, index = record["article_id"], record["index"]
        record["previous"] = self.reader.get("passage", f"{aid}-p{index - 1}") if index > 0 else None
        record["next"] = self.reader.get("passage", f"{aid}-p{index + 1}")
        return record


class FactReads:
    def __init__(self, reader: IndexReader, names: EntityNames):
        self.reader, self.names = reader, names
        self.queries = QueryCompiler("fact_text")

    def get(self, fact_id: str) -> dict:
        record = get_record(self.reader, "fact", fact_id)
        record.pop("score_bm25", None)
        return record

    def search(self, *, q: str | None, limit: int, offset: int, about: str | None = None,
               dimension: str | None = None, min_value: float | None = None, max_value: float | None = None,
               **filters) -> dict:
        try:
            parsed = self.queries.parse(q) if q is not None else None
        except NoSearchableTerms as error:
            return nothing_to_search(q, error, limit, offset, extractor_version=EXTRACTOR_VERSION,
                                     facets={**{name: [] for name in FACT_FACETS}, "counted": 0})
        entities = (self.names.resolve(about),) if about else ()
        quantity = QuantityFilter(filters.pop("unit", None), dimension, min_value, max_value)
        base = Filters(entities=entities, quantity=None if quantity.empty else quantity, **filters)
        items, total, _ = self.reader.search("fact", parsed, base, limit=limit, offset=offset)
        for item in items:
            item.pop("score_bm25", None)
        found, counted = self.reader.facets("fact", parsed, base)
        facets = {name: found.get(name, []) for name in FACT_FACETS}
        facets["counted"] = counted
        return {"items": items, "total": total["value"], "total_relation": total["relation"], "limit": limit,
                "offset": offset, "facets": facets, "extractor_version": EXTRACTOR_VERSION,
                "query": _described(q, parsed)}


class EntityReads:
    def __init__(self, reader: IndexReader, names: EntityNames):
        self.reader, self.names = reader, names

    def list(self, *, prefix: str | None, type_: str | None, limit: int, offset: int) -> dict:
        counts = self.reader.entity_counts()
        rows = {}
        for entity in self.names.gazetteer.entities:
            row = counts.get(entity.name, {})
            rows[entity.name] = {"name": entity.name, "type": entity.type, "aliases": list(entity.aliases),
                                 "mentions": row.get("mentions", 0), "facts": row.get("facts", 0)}
        for name, row in counts.items():
            rows.setdefault(name, {"name": name, "type": row["type"], "aliases": [],
                                   "mentions": row["mentions"], "facts": row["facts"]})
        items = [r for r in rows.values() if r["mentions"] or prefix]
        if prefix:
            p = prefix.lower()
            items = [r for r in items if r["name"].lower().startswith(p)
                     or any(a.lower().startswith(p) for a in r["aliases"])]
        if type_:
            items = [r for r in items if r["type"] == type_]
        items.sort(key=lambda r: (-r["facts"], -r["mentions"], r["name"]))
        return {"items": items[offset:offset + limit], "total": len(items), "limit": limit, "offset": offset}


class ClaimReads:
    def __init__(self, reader: IndexReader, names: EntityNames, parse_claim: Callable[[str], object]):
        self.reader, self.names, self.parse_claim = reader, names, parse_claim
        self.queries = QueryCompiler("claim_text")

    def list(self, *, limit: int, offset: int, about: str | None = None, q: str | None = None,
             status: str | None = None, source: str | None = None, published_from: str | None = None,
             published_to: str | None = None, unit: str | None = None, dimension: str | None = None,
             min_value: float | None = None, max_value: float | None = None) -> dict:
        parsed = None
        if q:
            try:
                parsed = self.queries.parse(q)
            except NoSearchableTerms as error:
                return nothing_to_search(q, error, limit, offset, extractor_version=EXTRACTOR_VERSION)
        quantity = QuantityFilter(unit, dimension, min_value, max_value)
        filters = ClaimFilters(about=self.names.resolve(about) if about else None, status=status, source=source,
                               published_from=published_from, published_to=published_to,
                               quantity=None if quantity.empty else quantity)
        items, total = list_claims(self.reader, filters, parsed, limit=limit, offset=offset)
        items = [item if "fact_count" in item else listed_claim(item) for item in items]
        return {"items": items, "total": total, "limit": limit, "offset": offset,
                "extractor_version": EXTRACTOR_VERSION, "query": _described(q, parsed)}

    def get(self, claim_id: str) -> dict:
        claim = get_record(self.reader, "claim", claim_id)
        return dict(claim, fact_count=len(claim["facts"]), conflict_count=len(claim.get("conflicts", [])))

    def jsonld(self, claim_id: str, base_url: str) -> dict:
        """The claim as a schema.org Claim, its links under ``base_url`` (configured, never a client's Host)."""
        return claim_to_jsonld(self.get(claim_id), base_url=base_url.rstrip("/") + "/v1")

    def check(self, text: str) -> dict:
        """Verdict on a free-text claim, with the facts that support or contradict it.

        Candidates come from BM25 over the claim's words plus its entities' canonical names and its figures as the
        index writes them ("Pyongyang ... eleven thousand" also searches "North Korea" and "11,000"), and from
        the facts nearest to it by meaning. The comparison, not the retrieval, decides the verdict.
        """
        claim = self.parse_claim(text).to_dict()
        claim.setdefault("text", text)
        (vector,) = embed([canonical_text(claim)])
        candidates = {}
        for record in nearest_facts(self.reader, vector, limit=CLAIM_NEIGHBOURS,
                                    min_similarity=MIN_NEIGHBOUR_SIMILARITY, with_vectors=True):
            candidates[record["id"]] = record
        for record in self.reader.search_words("fact", retrieval_text(claim), limit=CLAIM_CANDIDATES,
                                               column="fact_vector"):
            candidates.setdefault(record["id"], record)
        stored = [stored_vector(record.pop("fact_vector", None)) for record in candidates.values()]
        result = compare_claim(claim, list(candidates.values()), stored)
        for item in result["evidence"]:
            item["fact"].pop("similarity", None)
        result["extractor_version"] = EXTRACTOR_VERSION
        return result


def _figure_words(quantity: dict) -> list[str]:
    value = quantity.get("value")
    if not isinstance(value, (int, float)):
        return []
    return [f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"]


def retrieval_text(claim: dict) -> str:
    """The claim's words plus the canonical names of its entities and its figures written as digits."""
    extra = [e["name"] for e in claim.get("entities") or [] if e.get("name")]
    extra += [word for q in claim.get("quantities") or [] for word in _figure_words(q)]
    return " ".join([claim["text"], *extra])
