"""Read access to the index: one searcher per thread, reopened only when the index changed.

``Searcher.refresh()`` is never used: in every maintained Whoosh fork it keeps returning deleted and duplicated
documents. A stale searcher is closed and a new one opened instead (see Whoosh's threads documentation).
"""

from __future__ import annotations

import functools
import html
import os
import pickle
import re
import threading
import time
from bisect import bisect_right
from collections import Counter, OrderedDict
from itertools import compress, islice
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import STORED_COLUMN
from whoosh.columns import CompressedBytesColumn, PickleColumn, VarBytesColumn

from .columns import SEGMENT_COLUMNS
from .documents import indexed_text, record_of, unpack_facets
from .errors import IndexUnavailable
from ..arrays import sorted_unique
from .postings import segment_key
from .quantities import QuantityFilter
from .query import ParsedQuery
from .schema import KIND_CODES, TOKEN_PATTERN, WORD_TERMS, day_bounds, normalize_key, text_analyzer
from .vector import Hits, Unsupported, VectorSearcher, contains, intersect_docs
from .writer import IndexLocation, newest_commit

FACET_SAMPLE = 1_000  # facets count at most this many matching facts (the first in index order)
TOTAL_BOUND = 1_000  # totals are exact up to here, then reported as a lower bound (like track_total_hits)
# The index folder's modification time is trusted to show a commit only when it was already this old when the
# folder was listed: a change in the same tick of the file system's coarse clock could leave it as it was.
RACY_NS = 2_000_000_000


def _bytes_getter(column):
    """docnum -> the bytes of one segment's variable-bytes column, each read by one ``pread`` of its bytes (Whoosh's
    reader seeks and reads through two wrappers per value), or None when the column is not one over a real file."""
    dbfile = getattr(column, "_dbfile", None)
    if not isinstance(column, VarBytesColumn.Reader) or not getattr(dbfile, "is_real", False) \
            or not hasattr(os, "pread"):
        return None
    fd = dbfile.file.fileno()
    lengths, offsets, basepos = column._lengths, column._offsets, column._basepos

    def value(docnum: int) -> bytes:
        length = lengths[docnum]
        if not length:
            return b""
        position = basepos + offsets[docnum]
        data = os.pread(fd, length, position)
        while len(data) < length:  # a short read: read on from where it stopped (never moving a file position)
            more = os.pread(fd, length - len(data), position + len(data))
            if not more:
                raise EOFError(f"{dbfile!r}: {length} bytes at {position} past its end")
            data += more
        return data

    return value


def _column_getter(column):
    """docnum -> stored fields ({} for none) of one segment's stored-fields column (``_stored_getter``); any other
    column is read through its own ``__getitem__``."""
    return _stored_getter(column) or (lambda docnum: column[docnum] or {})


def _stored_getter(column):
    """docnum -> stored fields ({} for none) of one segment's stored-fields column: a pickle column over a
    compressed bytes column, whose bytes are read by ``_bytes_getter`` and then decoded by the same two steps; None
    for any other column."""
    inner = getattr(column, "_child", None)
    raw = _bytes_getter(inner) if type(column) is PickleColumn.Reader and type(inner) is CompressedBytesColumn.Reader \
        else None
    if raw is None:
        return None
    decompress = inner._decompress

    def stored_fields(docnum: int) -> dict:
        data = raw(docnum)
        data = decompress(data) if data else data
        return (pickle.loads(data) if data else None) or {}

    return stored_fields


def leaf_bytes_column(leaf, name: str):
    """local docnum -> the value of one leaf (segment) reader's bytes column (b"" for none), by ``pread`` where it
    can be: then from the column opened once per segment (``SEGMENT_COLUMNS``; threads share it, and ``pread``
    moves no file position), else through the leaf's own reader."""
    shared = SEGMENT_COLUMNS.reader(leaf, name, leaf.schema[name].column_type) if name in leaf.schema else None
    value = _bytes_getter(shared) if shared is not None else None
    if value is not None:
        return value
    column = leaf.column_reader(name, translate=False)
    return _bytes_getter(column) or column.__getitem__


def leaf_stored_fields(leaf):
    """local docnum -> stored fields of one leaf (segment) reader, read from its stored-fields column directly (by
    ``pread`` from the column opened once per segment where it can be, like ``leaf_bytes_column``), or None for a
    reader without that column."""
    shared = SEGMENT_COLUMNS.reader(leaf, "_stored", STORED_COLUMN)
    stored = _stored_getter(shared) if shared is not None else None
    if stored is not None:
        return stored
    perdoc = getattr(leaf, "_perdoc", None)
    column = perdoc._cached_reader("_stored", STORED_COLUMN) if hasattr(perdoc, "_cached_reader") else None
    return _column_getter(column) if column is not None else None


def _across_leaves(leaves: list, getters: list):
    """docnum -> ``getters[i](local docnum)`` for the leaf ``i`` (of ``leaves``, (reader, base) pairs) holding it."""
    if len(getters) == 1:
        return getters[0]
    bases = [base for _, base in leaves]

    def get(docnum: int):
        leaf = bisect_right(bases, docnum) - 1
        return getters[leaf](docnum - bases[leaf])

    return get


@dataclass(frozen=True)
class Filters:
    """Structured filters shared by passage and fact searches; all optional."""

    source: str | None = None
    article_id: str | None = None
    published_from: str | None = None
    published_to: str | None = None
    entities: tuple[str, ...] = ()
    speaker: str | None = None
    unit: str | None = None
    negated: bool | None = None
    hedged: bool | None = None
    has_quantity: bool | None = None
    min_score: float | None = None
    document_kind: str | None = None  # articles only: their DocumentKind value, matched on the record
    quantity: QuantityFilter | None = None  # conditions one quantity of a fact meets (search/quantities.py)

    def term_queries(self) -> list[wq.Query]:
        """Clauses answered from posting lists; their doc sets are cached per index generation."""
        clauses: list[wq.Query] = []
        if self.source:
            clauses.append(wq.Term("source", normalize_key(self.source)))
        if self.article_id:
            clauses.append(wq.Term("article_id", self.article_id))
        clauses.extend(wq.Term("entities", normalize_key(e)) for e in self.entities)
        if self.speaker:
            clauses.append(wq.Term("speakers", normalize_key(self.speaker)))
        if self.unit:
            clauses.append(wq.Term("units", normalize_key(self.unit)))
        for name in ("negated", "hedged", "has_quantity"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(wq.Term(name, value))
        if self.quantity is not None:
            clauses.extend(self.quantity.term_queries())
        return clauses

    def day_bounds(self) -> tuple[int, int] | None:
        return day_bounds(self.published_from, self.published_to)

    def term_key(self) -> tuple:
        return (self.source, self.article_id, self.entities, self.speaker, self.unit, self.negated, self.hedged,
                self.has_quantity, self.quantity)


@dataclass
class _ThreadState:
    path: Path
    index: object
    searcher: object
    generation: int
    cache: dict = field(default_factory=dict)  # per-searcher memo: filter doc sets, counts
    unchanged: tuple | None = None  # the index folder's (mtime, ctime, inode) when the searcher was last up to date
    results: OrderedDict = field(default_factory=OrderedDict)  # LRU of search pages


def _read_again_if_merged_away(read):
    """Whoosh opens a segment's column files only when a read first needs them, and a commit that merges segments
    deletes their files. A read that starts just before such a commit can then find a segment's files gone (Whoosh
    raises TypeError on the missing stored-fields reader, or FileNotFoundError): when the index has moved on since
    the searcher was opened, the read starts again on a new searcher. Any other failure is raised as it is."""

    @functools.wraps(read)
    def wrapper(self, *args, **kwargs):
        try:
            return read(self, *args, **kwargs)
        except (TypeError, AttributeError, FileNotFoundError):
            state = getattr(self._local, "state", None)
            if state is None or state.searcher.up_to_date():
                raise
            self._close(state)
            return read(self, *args, **kwargs)

    return wrapper


def _keep_segments_of(searcher) -> None:
    """Keep the per-segment columns of this searcher's segments only (a merge's inputs are dropped)."""
    SEGMENT_COLUMNS.keep({segment_key(leaf) for leaf, _ in searcher.reader().leaf_readers()})


class IndexReader:
    """Thread-safe facade over the live index for one process."""

    def __init__(self, root: str | Path, *, result_cache_size: int = 0):
        self.location = IndexLocation(root)
        self.result_cache_size = result_cache_size
        self._local = threading.local()
        self._analyzer = text_analyzer()

    # -- searcher lifecycle -------------------------------------------------------------------------------
    def _state(self) -> _ThreadState:
        path = self.location.current()
        state: _ThreadState | None = getattr(self._local, "state", None)
        if path is None:
            self._close(state)
            raise IndexUnavailable(f"no index has been built in {self.location.root}")
        if state is None or state.path != path:
            self._close(state)
            index = self.location.open()
            state = _ThreadState(path, index, newest_commit(index.searcher), index.latest_generation())
            self._local.state = state
            _keep_segments_of(state.searcher)
        elif not self._up_to_date(state):
            state.searcher.close()
            state.searcher = newest_commit(state.index.searcher)
            state.generation = state.index.latest_generation()
            state.cache = {}
            state.results = OrderedDict()
            _keep_segments_of(state.searcher)
        return state

    @staticmethod
    def _up_to_date(state: _ThreadState) -> bool:
        """Whether the searcher reads the latest commit. Whoosh lists the index folder for its newest generation;
        every commit adds a file to that folder, which changes its modification time, so while one stat shows
        the folder as it was when it was last found up to date, no listing is needed.

        That is trusted only when the folder was at least RACY_NS old at that check (the clock is read before
        the stat, the folder listed after it): a commit after the check gets a later time, however coarse the
        file system's clock, and one before it is in the listing.
        """
        checked = time.time_ns()
        try:
            stat = os.stat(state.path)
        except OSError:
            return state.searcher.up_to_date()
        seen = (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        if seen == state.unchanged:
            return True
        fresh = state.searcher.up_to_date()
        state.unchanged = seen if fresh and checked - max(seen[0], seen[1]) > RACY_NS else None
        return fresh

    def _close(self, state: _ThreadState | None) -> None:
        if state is not None:
            state.searcher.close()
            self._local.state = None

    def close(self) -> None:
        self._close(getattr(self._local, "state", None))

    def generation(self) -> tuple[str, int]:
        state = self._state()
        return (state.path.name, state.generation)

    def last_generation(self) -> tuple[str, int] | None:
        """The generation this thread's latest read used, without looking for a newer one (no disk access)."""
        state = getattr(self._local, "state", None)
        return None if state is None else (state.path.name, state.generation)

    def _memo(self, state: _ThreadState, key, compute):
        if key not in state.cache:
            state.cache[key] = compute()
        return state.cache[key]

    def bytes_column(self, state: _ThreadState, name: str):
        """docnum -> the value of a bytes column (``COLUMN(VarBytesColumn())``: facet values, vectors, listings; b""
        for none), each read by one ``pread``; opened once per searcher (opening one reads its offsets)."""
        def compute():
            leaves = state.searcher.reader().leaf_readers()
            return _across_leaves(leaves, [leaf_bytes_column(leaf, name) for leaf, _ in leaves])

        return self._memo(state, ("bytes_column", name), compute)

    def _term_docs(self, state: _ThreadState, kind: str, filters: Filters) -> np.ndarray | None:
        """Documents of ``kind`` matching every term filter (ascending), or None when there is none: each term's
        posting array is cached by the engine, and so is their intersection."""
        clauses = filters.term_queries()
        if not clauses:
            return None
        engine = self._engine(state)

        def combine():
            docs = intersect_docs([engine.term_docs(c.fieldname, c.text) for c in clauses])
            return docs[engine.column("kind_code")[docs] == KIND_CODES[kind]]

        return engine.cached_docs(("filters", kind, filters.term_key()), combine)

    def _filter_docs(self, state: _ThreadState, kind: str, filters: Filters,
                     q: wq.Query | None = None) -> np.ndarray | None:
        """Documents allowed by the filters (ascending), or None when nothing is filtered.

        Range filters (dates, score, quantities) are checked from columns over the smaller of the term filters'
        documents and the query's own matches, as array operations: no per-document Python work. A listing's
        documents (``q`` its kind's term) are kept with the postings, for its facets and its next pages.
        """
        allowed = self._term_docs(state, kind, filters)
        days = filters.day_bounds()
        quantity = filters.quantity if filters.quantity is not None and filters.quantity.needs_column else None
        if days is None and filters.min_score is None and quantity is None:
            return allowed
        engine = self._engine(state)

        def compute():
            if isinstance(q, wq.Term):  # a listing's kind: its posting array, cached per searcher
                candidates = engine.term_docs(q.fieldname, q.text)
            elif q is not None:
                candidates = sorted_unique(np.fromiter(state.searcher.docs_for_query(q), dtype=np.int64))
            else:
                candidates = None
            if allowed is not None:
                candidates = allowed if candidates is None else intersect_docs([candidates, allowed])
            elif candidates is None:
                candidates = engine.term_docs("kind", kind)
            keep = np.ones(len(candidates), dtype=bool)
            if days is not None:
                published = engine.column("published")[candidates]
                keep &= (published >= days[0]) & (published <= days[1])
            if filters.min_score is not None:
                keep &= engine.column("score")[candidates].astype(np.float64) >= filters.min_score
            if quantity is not None:  # conditions that one quantity must meet together: the quantity tables decide
                keep &= engine.quantity_mask(quantity, candidates)
            return candidates[keep]

        if q is None or isinstance(q, wq.Term):
            return engine.cached_docs(("allowed", kind, filters, q), compute)
        return compute()

    def _engine(self, state: _ThreadState) -> VectorSearcher:
        """The array engine of this thread's searcher; it is dropped with the searcher when the index changes."""
        def text_of(docnum: int, fieldname: str) -> str | None:
            return indexed_text(self._stored_fields(state)(docnum), fieldname)

        return self._memo(state, "vector", lambda: VectorSearcher(state.searcher, text_of=text_of))

    def _filter_mask(self, state: _ThreadState, kind: str, filters: Filters, docs: np.ndarray) -> np.ndarray | None:
        """Which of ``docs`` (ascending) the filters allow, or None when nothing is filtered: each term filter
        is a cached sorted array of documents, dates and scores are columns."""
        clauses = filters.term_queries()
        days = filters.day_bounds()
        quantity = filters.quantity if filters.quantity is not None and filters.quantity.needs_column else None
        if not clauses and days is None and filters.min_score is None and quantity is None:
            return None
        engine = self._engine(state)
        keep = np.ones(len(docs), dtype=bool)
        for clause in clauses:
            keep &= contains(engine.term_docs(clause.fieldname, clause.text), docs)
        if clauses:  # filter terms (a source, an entity) are shared by every kind of document
            keep &= engine.column("kind_code")[docs] == KIND_CODES[kind]
        if days is not None:
            published = engine.column("published")[docs]
            keep &= (published >= days[0]) & (published <= days[1])
        if filters.min_score is not None:
            keep &= engine.column("score")[docs].astype(np.float64) >= filters.min_score
        if quantity is not None:  # conditions that one quantity must meet together: the quantity tables decide
            keep &= engine.quantity_mask(quantity, docs)
        return keep

    def _ranked(self, state: _ThreadState, kind: str, parsed: ParsedQuery, filters: Filters) -> Hits | None:
        """Every match of the query that the filters allow, with Whoosh's BM25F scores; None when the query has
        a shape the array engine does not evaluate (then Whoosh answers)."""
        try:
            hits = self._engine(state).evaluate(parsed.query)
        except Unsupported:
            return None
        keep = self._filter_mask(state, kind, filters, hits.docs)
        return hits if keep is None else hits.select(keep)

    def _stored_fields(self, state: _ThreadState):
        """docnum -> stored fields, read from each segment's stored-fields column directly: Whoosh's own
        ``stored_fields`` finds the segment and copies the fields through the schema on every call (about a third
        of the cost of a read). Falls back to it for readers without that column."""
        def compute():
            leaves = state.searcher.reader().leaf_readers()
            columns = [leaf_stored_fields(leaf) for leaf, _ in leaves]
            if any(column is None for column in columns):
                return state.searcher.stored_fields
            return _across_leaves(leaves, columns)

        return self._memo(state, "stored_fields", compute)

    def _records(self, state: _ThreadState, docs: np.ndarray, scores: np.ndarray, field: str = "score_bm25"):
        stored_fields = self._stored_fields(state)
        for docnum, score in zip(docs.tolist(), scores.tolist()):
            record = record_of(stored_fields(docnum))
            record[field] = round(score, 4)
            yield record

    def _search_ranked(self, state: _ThreadState, hits: Hits, *, limit: int, offset: int, keep, cache_key):
        if keep is not None:
            docs, scores = hits.top(len(hits))
            kept = [record for record in self._records(state, docs, scores) if keep(record)]
            return kept[offset:offset + limit], {"value": len(kept), "relation": "eq"}, kept
        docs, scores = hits.top(offset + limit)
        page = list(self._records(state, docs[offset:], scores[offset:]))
        if len(hits) > TOTAL_BOUND:  # the count is known, but the API promises exact totals only up to the bound
            total = {"value": TOTAL_BOUND, "relation": "gte"}
        else:
            total = {"value": len(hits), "relation": "eq"}
        if cache_key is not None:
            state.results[cache_key] = (page, total)
            if len(state.results) > self.result_cache_size:
                state.results.popitem(last=False)
            page = [dict(r) for r in page]
        return page, total, page

    # -- reads ---------------------------------------------------------------------------------------------
    def manifest(self) -> dict:
        self._state()
        return self.location.manifest() or {}

    @_read_again_if_merged_away
    def counts(self) -> dict[str, int]:
        state = self._state()

        def compute():
            return {kind + "s": sum(1 for _ in state.searcher.docs_for_query(wq.Term("kind", kind)))
                    for kind in ("article", "passage", "fact")}

        return self._memo(state, "counts", compute)

    @_read_again_if_merged_away
    def pending_claims(self, *, refresh: bool = True) -> list[str]:
        """The articles whose claims await a settling write (pending-claims records), sorted.

        With ``refresh=False`` the answer is about the generation this thread last read, with no disk access
        (an empty list before its first read); the few pending records are read once per generation."""
        state = self._state() if refresh else getattr(self._local, "state", None)
        if state is None:
            return []

        def compute():
            docs = state.searcher.docs_for_query(wq.Term("kind", "pending_claims"))
            return sorted({a for doc in docs for a in record_of(state.searcher.stored_fields(doc))["articles"]})

        return self._memo(state, "pending_claims", compute)

    @_read_again_if_merged_away
    def get(self, kind: str, doc_id: str) -> dict | None:
        fields = self._state().searcher.document(id=doc_id)
        if not fields or fields.get("kind") != kind:
            return None
        return record_of(fields)

    @_read_again_if_merged_away
    def article_by_hash(self, content_hash: str) -> dict | None:
        """The article whose cleaned body has this hash, whatever its id (a corpus file keeps its file name)."""
        fields = self._state().searcher.document(content_hash=content_hash)
        return record_of(fields) if fields and fields.get("kind") == "article" else None

    @_read_again_if_merged_away
    def list_articles(self, filters: Filters, *, limit: int, offset: int) -> tuple[list[dict], int]:
        """Articles, newest first (undated last), each without its body text."""
        state = self._state()

        def summaries():
            rows = []
            for docnum in state.searcher.docs_for_query(wq.Term("kind", "article")):
                record = record_of(state.searcher.stored_fields(docnum))
                record.pop("text", None)
                rows.append((docnum, record))
            rows.sort(key=lambda row: (row[1].get("published") or "", row[1]["id"]), reverse=True)
            rows.sort(key=lambda row: row[1].get("published") is None)
            return rows

        rows = self._memo(state, "articles", summaries)
        allowed = self._filter_docs(state, "article", filters, wq.Term("kind", "article"))
        if allowed is not None:
            docnums = np.fromiter((docnum for docnum, _ in rows), dtype=np.int64, count=len(rows))
            rows = list(compress(rows, contains(allowed, docnums).tolist()))
        if filters.document_kind:
            rows = [row for row in rows if row[1].get("kind", "news") == filters.document_kind]
        return [record for _, record in rows[offset:offset + limit]], len(rows)

    @_read_again_if_merged_away
    def search(self, kind: str, parsed: ParsedQuery | None, filters: Filters, *, limit: int, offset: int,
               keep=None) -> tuple[list[dict], dict, list[dict]]:
        """Ranked records of one kind; ``keep(record)`` post-filters (then every match is read).

        Returns (page, total, kept) where total is {"value", "relation": "eq" | "gte"} and kept holds every
        post-filtered record (or the page when there is no post-filter).
        """
        state = self._state()
        cache_key = None
        if keep is None and self.result_cache_size:
            cache_key = (kind, parsed.describe() if parsed else None, filters, limit, offset)
            cached = state.results.get(cache_key)
            if cached is not None:
                state.results.move_to_end(cache_key)
                page, total = cached
                return [dict(r) for r in page], total, page
        hits = self._ranked(state, kind, parsed, filters) if parsed is not None else None
        if hits is not None:
            return self._search_ranked(state, hits, limit=limit, offset=offset, keep=keep, cache_key=cache_key)
        q: wq.Query = parsed.query if parsed is not None else wq.Term("kind", kind)
        allowed = self._filter_docs(state, kind, filters, q)
        if allowed is not None and not len(allowed):  # Whoosh would take an empty filter set as "no filter"
            return [], {"value": 0, "relation": "eq"}, []
        if parsed is None:
            # A listing needs no scoring: the allowed documents in index order, paged by slicing.
            docs = allowed if allowed is not None else self._engine(state).term_docs("kind", kind)
            if keep is not None:
                kept = [r for r in (record_of(state.searcher.stored_fields(d)) for d in docs.tolist()) if keep(r)]
                for record in kept:
                    record["score_bm25"] = None
                return kept[offset:offset + limit], {"value": len(kept), "relation": "eq"}, kept
            page, stored_fields = [], self._stored_fields(state)
            for docnum in docs[offset:offset + limit].tolist():
                record = record_of(stored_fields(docnum))
                record["score_bm25"] = None
                page.append(record)
            return page, {"value": len(docs), "relation": "eq"}, page
        # A query shape the array engine does not evaluate: Whoosh searches, filtered by a set of documents.
        allowed = set(allowed.tolist()) if allowed is not None else None
        if keep is not None:
            kept = []
            for hit in state.searcher.search(q, limit=None, filter=allowed, terms=False):
                record = record_of(hit.fields())
                if keep(record):
                    record["score_bm25"] = round(hit.score, 4) if parsed is not None else None
                    kept.append(record)
            return kept[offset:offset + limit], {"value": len(kept), "relation": "eq"}, kept
        results = state.searcher.search(q, limit=offset + limit, filter=allowed, terms=False)
        page = []
        for hit in results[offset:offset + limit]:
            record = record_of(hit.fields())
            record["score_bm25"] = round(hit.score, 4) if parsed is not None else None
            page.append(record)
        total = self._total(state, results, offset + limit, q, allowed)
        if cache_key is not None:
            state.results[cache_key] = (page, total)
            if len(state.results) > self.result_cache_size:
                state.results.popitem(last=False)
            page = [dict(r) for r in page]
        return page, total, page

    @staticmethod
    def _total(state: _ThreadState, results, wanted: int, q: wq.Query, allowed: set | None) -> dict:
        """Count matches exactly up to TOTAL_BOUND; counting more would cost as much as the search."""
        if results.scored_length() < wanted:  # the collector saw every match
            return {"value": results.scored_length(), "relation": "eq"}
        if results.has_exact_length():  # the collector counted while it scored (no block skipping)
            return {"value": len(results), "relation": "eq"}
        count = 0
        for docnum in state.searcher.docs_for_query(q):
            if allowed is None or docnum in allowed:
                count += 1
                if count >= TOTAL_BOUND:
                    return {"value": count, "relation": "gte"}
        return {"value": count, "relation": "eq"}

    @_read_again_if_merged_away
    def facets(self, kind: str, parsed: ParsedQuery | None, filters: Filters) -> tuple[dict[str, list[dict]], int]:
        """Facet counts over at most FACET_SAMPLE matching documents (the first in index order), read from the
        facet column.

        Returns (facets, number of documents counted); cached with the search results.
        """
        state = self._state()
        key = ("facets", kind, parsed.describe() if parsed else None, filters)
        if key in state.results:
            state.results.move_to_end(key)
            return state.results[key]
        hits = self._ranked(state, kind, parsed, filters) if parsed is not None else None
        if hits is not None:
            docs = hits.docs[:FACET_SAMPLE].tolist()
        else:
            q = parsed.query if parsed is not None else wq.Term("kind", kind)
            allowed = self._filter_docs(state, kind, filters, q)
            if parsed is None:
                docs = allowed if allowed is not None else self._engine(state).term_docs("kind", kind)
                docs = docs[:FACET_SAMPLE].tolist()
            else:  # a query shape the array engine does not evaluate
                allowed = set(allowed.tolist()) if allowed is not None else None
                matches = (d for d in state.searcher.docs_for_query(q) if allowed is None or d in allowed)
                docs = list(islice(matches, FACET_SAMPLE))
        column = self.bytes_column(state, "facet_values")
        values: dict[str, list[str]] = {}
        for docnum in docs:
            for name, found in unpack_facets(column(docnum)).items():
                values.setdefault(name, []).extend(found)
        # One Counter per facet over every value: the same counts and first-seen order as counting fact by fact.
        result = ({name: top_counts(Counter(found)) for name, found in values.items()}, len(docs))
        if self.result_cache_size:
            state.results[key] = result
            if len(state.results) > self.result_cache_size:
                state.results.popitem(last=False)
        return result

    @_read_again_if_merged_away
    def memo(self, key, compute):
        """Cache ``compute()`` until the index changes (per thread, like the searcher)."""
        return self._memo(self._state(), ("user", key), compute)

    @_read_again_if_merged_away
    def all_records(self, kind: str) -> list[dict]:
        state = self._state()
        return [record_of(state.searcher.stored_fields(docnum))
                for docnum in state.searcher.docs_for_query(wq.Term("kind", kind))]

    @_read_again_if_merged_away
    def search_words(self, kind: str, text: str, *, limit: int, column: str | None = None) -> list[dict]:
        """BM25 over free text taken literally (no query syntax), best first; for matching claims. With ``column``,
        each record also carries that column's value under the column's name."""
        state = self._state()
        field = f"{kind}_text"
        words = sorted({token.text for token in self._analyzer(text)})
        if not words:
            return []
        q = wq.Or([wq.Term(field, word) for word in words])
        try:
            hits = self._engine(state).evaluate(q)
        except Unsupported:
            hits = None
        if hits is not None:
            docs, scores = hits.top(limit)
            pairs = zip(docs.tolist(), self._records(state, docs, scores, field="rank_score"))
        else:
            pairs = []
            for hit in state.searcher.search(q, limit=limit, terms=False):
                record = record_of(hit.fields())
                record["rank_score"] = round(hit.score, 4)
                pairs.append((hit.docnum, record))
        values = self.bytes_column(state, column) if column else None
        out = []
        for docnum, record in pairs:
            if values is not None:
                record[column] = values(docnum)
            out.append(record)
        return out

    @_read_again_if_merged_away
    def entity_counts(self) -> dict[str, dict]:
        """Per canonical entity: type, mention count (passages) and the number of facts naming it."""
        state = self._state()

        def compute():
            totals: dict[str, dict] = {}
            for docnum in state.searcher.docs_for_query(wq.Term("kind", "article")):
                record = record_of(state.searcher.stored_fields(docnum))
                for entity in record.get("entities", ()):
                    row = totals.setdefault(entity["name"], {"type": entity["type"], "mentions": 0, "facts": 0})
                    row["mentions"] += entity.get("mentions", 0)
                    row["facts"] += entity.get("facts", 0)
            return totals

        return self._memo(state, "entities", compute)

    # -- highlighting ---------------------------------------------------------------------------------------
    def matches(self, text: str, parsed: ParsedQuery) -> list[dict]:
        """Character spans of the query's terms in ``text``, analysed like the index (text_analyzer: tokens,
        lowercase, stop words, Porter stems), without building Whoosh token objects. Without prefixes the tokens
        are looked up and filtered by C loops (map, compress) over the remembered terms of words."""
        terms, prefixes = parsed.terms, tuple(parsed.prefixes)  # str.startswith takes a tuple: any of them
        tokens = list(TOKEN_PATTERN.finditer(text))
        if not prefixes:
            found = map(terms.__contains__, map(WORD_TERMS.__getitem__, map(str.lower, map(re.Match.group, tokens))))
            return [{"start": match.start(), "end": match.end(), "term": match.group()}
                    for match in compress(tokens, found)]
        spans = []
        for match in tokens:
            word = match.group().lower()
            term = WORD_TERMS[word]
            if term is not None and (term in terms or word.startswith(prefixes)):
                spans.append({"start": match.start(), "end": match.end(), "term": match.group()})
        return spans


def highlight(text: str, spans: list[dict]) -> str:
    """HTML-escape ``text`` and wrap each span in <mark>."""
    out, cursor = [], 0
    for span in spans:
        out.append(html.escape(text[cursor:span["start"]]))
        out.append("<mark>" + html.escape(text[span["start"]:span["end"]]) + "</mark>")
        cursor = span["end"]
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def top_counts(counter: Counter, size: int = 20) -> list[dict]:
    return [{"value": value, "count": count} for value, count in counter.most_common(size)]
