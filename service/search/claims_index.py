"""Claim listings answered from the index: filters are posting lists and columns, the order is a column.

Claim documents are written by the claim store (see ``documents.claim_document``); nothing here clusters facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from .documents import keyword, listing_of
from .postings import deleted_mask, fixed_bytes_column, numeric_column
from .quantities import QuantityFilter
from .vector import contains
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


def _ordered_claims(reader: IndexReader, state) -> list[int]:
    """Every live claim document, in listing order; computed once per index generation from the kind and sort-key
    columns of each segment, as arrays."""
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
            return []
        docs, keys = np.concatenate(docs), np.concatenate(keys)
        return docs[np.lexsort((docs, keys))].tolist()

    return reader._memo(state, ("claims", "order"), compute)



def _allowed(reader: IndexReader, state, filters: ClaimFilters, parsed: ParsedQuery | None) -> set | None:
    sets = [reader._filter_set(state, ("claim-term", c.fieldname, c.text),
                               lambda c=c: set(state.searcher.docs_for_query(c)))
            for c in filters.term_queries()]
    if parsed is not None:
        sets.append(set(state.searcher.docs_for_query(parsed.query)))
    days = filters.day_bounds()
    quantity = filters.column_quantity
    if not sets and days is None and quantity is None:
        return None
    docs = set.intersection(*sorted(sets, key=len)) if sets else set(_ordered_claims(reader, state))
    if days is None and quantity is None:
        return docs
    engine = reader._engine(state)
    candidates = np.sort(np.fromiter(docs, dtype=np.int64, count=len(docs)))
    keep = np.ones(len(candidates), dtype=bool)
    if days is not None:
        low, high = days
        first, last = engine.column("published")[candidates], engine.column("last_published")[candidates]
        keep &= (first != 0) & (first <= high) & (last >= low)  # undated claims (first == 0) are in no range
    if quantity is not None:
        keep &= contains(engine.quantity_docs(quantity), candidates)
    return set(candidates[keep].tolist())


def list_claims(reader: IndexReader, filters: ClaimFilters, parsed: ParsedQuery | None, *, limit: int,
                offset: int) -> tuple[list[dict], int]:
    """A page of claims (their listing forms) in listing order and the exact number of matching claims."""
    state = reader._state()
    order = _ordered_claims(reader, state)
    allowed = _allowed(reader, state, filters, parsed)
    if allowed is not None:
        order = [doc for doc in order if doc in allowed]
    listings = reader.column_reader(state, "listing")
    page = [listing_of(listings[doc], lambda doc=doc: state.searcher.stored_fields(doc))
            for doc in order[offset:offset + limit]]
    return page, len(order)
