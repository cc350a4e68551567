"""Claim listings answered from the index: filters are posting lists and columns, the order is a column.

Claim documents are written by the claim store (see ``documents.claim_document``); nothing here clusters facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from ..arrays import sorted_unique
from .documents import keyword, listing_of
from .postings import deleted_mask, fixed_bytes_column, numeric_column
from .quantities import QuantityFilter
from .vector import contains, intersect_docs
from .query import ParsedQuery
from .schema import CLAIM_KEY_BYTES, KIND_CODES, day_bounds, normalize_key
from .searcher import IndexReader


@dataclass(frozen=True)
class ClaimFilters:
    about: str | None = None  # canonical entity name
    status: str | None = None
    source: str | None = None  # a publisher among the claim's facts
    published_from: str | None = None  # the claim's facts span a date in this range
    published_to: str | None = None
    quantity: QuantityFilter | None = None  # conditions one quantity of one of the claim's facts meets

    def term_queries(self) -> list[wq.Query]:
        clauses: list[wq.Query] = []
        if self.about:
            clauses.append(wq.Term("entities", keyword(self.about)))
        if self.status:
            clauses.append(wq.Term("claim_status", self.status))
        if self.source:
            clauses.append(wq.Term("claim_sources", keyword(normalize_key(self.source))))
        if self.quantity is not None:
            clauses.extend(self.quantity.term_queries())
        return clauses

    @property
    def column_quantity(self) -> QuantityFilter | None:
        """The quantity filter when posting lists alone cannot decide it (a value range, or unit and dimension)."""
        return self.quantity if self.quantity is not None and self.quantity.needs_column else None

    def day_bounds(self) -> tuple[int, int] | None:
        return day_bounds(self.published_from, self.published_to)


@dataclass(frozen=True)
class _ClaimOrder:
    """Every live claim document in listing order (``docs``), the same documents ascending (``ascending``), and the
    place of each of those in the listing order (``ranks``)."""

    docs: np.ndarray
    ascending: np.ndarray
    ranks: np.ndarray

    def ranks_of(self, allowed: np.ndarray) -> np.ndarray:
        """The places in the listing order of the claims among ``allowed`` (ascending documents of any kind)."""
        claims = allowed[contains(self.ascending, allowed)]
        return self.ranks[np.searchsorted(self.ascending, claims)]


def _claim_order(reader: IndexReader, state) -> _ClaimOrder:
    """The listing order, computed once per index generation from the kind and sort-key columns of each segment,
    as arrays."""
    def compute():
        docs, keys = [], []
        for leaf, offset in state.searcher.reader().leaf_readers():
            claims = numeric_column(leaf, "kind_code") == KIND_CODES["claim"]
            deleted = deleted_mask(leaf)
            if deleted is not None:
                claims &= ~deleted
            local = np.flatnonzero(claims)
            if len(local):
                docs.append(local + offset)
                keys.append(fixed_bytes_column(leaf, "claim_key", CLAIM_KEY_BYTES)[local])
        if not docs:
            empty = np.zeros(0, dtype=np.int64)
            return _ClaimOrder(empty, empty, empty)
        docs, keys = np.concatenate(docs), np.concatenate(keys)
        ordered = docs[np.lexsort((docs, keys))]
        ranks = np.argsort(ordered)
        return _ClaimOrder(ordered, ordered[ranks], ranks)

    return reader._memo(state, ("claims", "order"), compute)


def _allowed(reader: IndexReader, state, filters: ClaimFilters, parsed: ParsedQuery | None) -> np.ndarray | None:
    """The documents the filters allow (ascending; not only claims: the caller keeps the claims), or None when
    nothing is filtered."""
    engine = reader._engine(state)
    arrays = [engine.term_docs(c.fieldname, c.text) for c in filters.term_queries()]
    if parsed is not None:
        arrays.append(sorted_unique(np.fromiter(state.searcher.docs_for_query(parsed.query), dtype=np.int64)))
    days = filters.day_bounds()
    quantity = filters.column_quantity
    if not arrays and days is None and quantity is None:
        return None
    docs = intersect_docs(arrays) if arrays else _claim_order(reader, state).ascending
    keep = np.ones(len(docs), dtype=bool)
    if days is not None:
        low, high = days
        first, last = engine.column("published")[docs], engine.column("last_published")[docs]
        keep &= (first != 0) & (first <= high) & (last >= low)  # undated claims (first == 0) are in no range
    if quantity is not None:
        keep &= engine.quantity_mask(quantity, docs)
    return docs[keep]


def _page(order: _ClaimOrder, allowed: np.ndarray | None, *, limit: int, offset: int) -> tuple[np.ndarray, int]:
    """The claims of one page in listing order, and how many claims there are in all: the allowed claims' ranks
    are partitioned for the first ``offset + limit`` and only those are sorted."""
    if allowed is None:
        return order.docs[offset:offset + limit], len(order.docs)
    ranks = order.ranks_of(allowed)
    total = len(ranks)
    wanted = min(offset + limit, total)
    if wanted < total:
        ranks = np.partition(ranks, wanted - 1)[:wanted]
    return order.docs[np.sort(ranks)[offset:]], total


def list_claims(reader: IndexReader, filters: ClaimFilters, parsed: ParsedQuery | None, *, limit: int,
                offset: int) -> tuple[list[dict], int]:
    """A page of claims (their listing forms) in listing order and the exact number of matching claims."""
    state = reader._state()
    docs, total = _page(_claim_order(reader, state), _allowed(reader, state, filters, parsed), limit=limit,
                        offset=offset)
    listings = reader.bytes_column(state, "listing")
    page = [listing_of(listings(doc), lambda doc=doc: state.searcher.stored_fields(doc)) for doc in docs.tolist()]
    return page, total
