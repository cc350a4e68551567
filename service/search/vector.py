"""Query evaluation and BM25F scoring as array operations over Whoosh's postings.

Whoosh stays the index (writer, segments, stored fields, analysers, query parser); this module replaces its
per-posting Python matching and scoring. A :class:`VectorSearcher` belongs to one Whoosh searcher (one index
generation) and is dropped with it, so a reopened searcher never sees postings of deleted or replaced documents.

* A term's postings are read from each leaf reader's blocks (:mod:`.postings`), deleted documents removed, the
  leaf's document offset added, and its BM25F scores computed for the whole list at once with Whoosh's own
  statistics (``Searcher.idf``, ``avg_field_length``, the byte-encoded field lengths), so scores equal Whoosh's.
  (document numbers, scores) pairs are cached per searcher, bounded in bytes.
* AND intersects sorted arrays and adds scores, OR unions them and adds the scores of every clause a document
  matches, NOT removes documents (Whoosh's inverse matcher scores 1.0 for every document it lets through, and so
  does this); prefixes expand to their terms (scored like terms, as Whoosh does).
* Positional phrase checks are left to Whoosh's phrase matcher, asked only about the documents that already
  contain every word pair (or word) of the phrase.
* Any other query node raises :class:`Unsupported`, and the caller answers with Whoosh itself.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F

from ..arrays import unique_inverse
from .columns import SEGMENT_COLUMNS
from .postings import EMPTY_IDS, SEGMENT_POSTINGS, decoded_lengths, deleted_mask, field_lengths, numeric_column
from .quantities import quantity_table
from .schema import analysed_terms, text_analyzer

POSTINGS_CACHE_BYTES = 64 * 1024 * 1024  # scored postings kept per searcher (12 bytes per posting)
NOT_SCORE = 1.0  # what Whoosh's InverseMatcher adds for each document a NOT clause lets through
DOC_DTYPE = np.int32
OR_TREE_ABOVE_DOCS = 5000  # the leaf size above which Whoosh's Or always builds a tree of unions (Or._matcher)

EMPTY_SCORES = np.zeros(0, dtype=np.float64)
EMPTY_DOCS = EMPTY_IDS.astype(DOC_DTYPE)


class Unsupported(Exception):
    """A query node this engine does not evaluate; the caller falls back to Whoosh."""


class Hits:
    """Matching documents (global numbers, ascending, unique) and their scores."""

    __slots__ = ("docs", "scores")

    def __init__(self, docs: np.ndarray, scores: np.ndarray):
        self.docs = docs
        self.scores = scores

    def __len__(self) -> int:
        return len(self.docs)

    def select(self, keep: np.ndarray) -> Hits:
        return Hits(self.docs[keep], self.scores[keep])

    def top(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The best ``count`` (documents, scores): score descending, then document number ascending, like
        Whoosh's collector. argpartition finds the cut-off score; every tie at the cut-off is ordered too."""
        size = len(self.docs)
        if count <= 0 or size == 0:
            return EMPTY_DOCS, EMPTY_SCORES
        if count < size:
            cutoff = np.partition(self.scores, size - count)[size - count]
            chosen = np.flatnonzero(self.scores >= cutoff)
        else:
            chosen = np.arange(size)
        docs, scores = self.docs[chosen], self.scores[chosen]
        order = np.lexsort((docs, -scores))[:count]
        return docs[order], scores[order]


EMPTY_HITS = Hits(EMPTY_DOCS, EMPTY_SCORES)


class _Leaf:
    __slots__ = ("reader", "offset", "deleted", "lengths")

    def __init__(self, reader, offset: int):
        self.reader = reader
        self.offset = offset
        self.deleted = deleted_mask(reader)
        self.lengths: dict[str, np.ndarray] = {}

    def field_lengths(self, fieldname: str) -> np.ndarray:
        """The leaf's field lengths, read once per segment (they never change once written)."""
        if fieldname not in self.lengths:
            self.lengths[fieldname] = SEGMENT_COLUMNS.value(self.reader, ("lengths", fieldname),
                                                            partial(field_lengths, self.reader, fieldname))
        return self.lengths[fieldname]


class VectorSearcher:
    """Array evaluation of queries for one Whoosh searcher. Not thread-safe: one per thread, like searchers."""

    def __init__(self, searcher, cache_bytes: int = POSTINGS_CACHE_BYTES, text_of=None):
        """``text_of(docnum, fieldname)`` returns the text a document indexed in a field (for phrase checks)."""
        self.searcher = searcher
        self.text_of = text_of
        self.schema = searcher.schema
        reader = searcher.reader()
        self.leaves = [_Leaf(r, offset) for r, offset in reader.leaf_readers()]
        self.doc_count_all = searcher.doc_count_all()
        weighting = searcher.weighting
        self.bm25 = weighting if type(weighting) is BM25F else None
        self.cache_bytes = cache_bytes
        self.cached_bytes = 0
        self._cache: OrderedDict = OrderedDict()
        self._columns: dict[str, np.ndarray] = {}
        self._text_fields: dict[str, bool] = {}

    # -- terms -----------------------------------------------------------------------------------------------
    def term(self, fieldname: str, text, boost: float = 1.0) -> Hits:
        """Scored postings of one term over all leaves, live documents only."""
        hits = self._cached(("scored", fieldname, text), lambda: self._scored_term(fieldname, text))
        if boost != 1.0:
            return Hits(hits.docs, hits.scores * boost)
        return hits

    def term_docs(self, fieldname: str, text) -> np.ndarray:
        """Live documents containing the term (no scores), ascending; for filters."""
        return self._cached(("docs", fieldname, text), lambda: self._term_docs(fieldname, text)).docs

    def cached_docs(self, key: tuple, compute) -> np.ndarray:
        """A document array derived from postings (filters combined, say), kept with them in the LRU."""
        return self._cached(("derived", *key), lambda: Hits(compute(), EMPTY_SCORES)).docs

    def _cached(self, key, compute) -> Hits:
        hits = self._cache.get(key)
        if hits is not None:
            self._cache.move_to_end(key)
            return hits
        hits = compute()
        size = hits.docs.nbytes + hits.scores.nbytes
        if size <= self.cache_bytes:
            self._cache[key] = hits
            self.cached_bytes += size
            while self.cached_bytes > self.cache_bytes:
                _, old = self._cache.popitem(last=False)
                self.cached_bytes -= old.docs.nbytes + old.scores.nbytes
        return hits

    def _term_bytes(self, fieldname: str, text) -> bytes | None:
        if fieldname not in self.schema:
            return None
        try:
            return self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None

    def _leaf_postings(self, fieldname: str, text):
        """(leaf, local ids, weights) per leaf where the term occurs, deleted documents removed."""
        btext = self._term_bytes(fieldname, text)
        if btext is None:
            return
        for leaf in self.leaves:
            ids, weights = SEGMENT_POSTINGS.postings(leaf.reader, fieldname, btext)
            if not len(ids):
                continue
            if leaf.deleted is not None:
                live = ~leaf.deleted[ids]
                ids, weights = ids[live], weights[live]
            yield leaf, ids, weights

    def leaf_term_docs(self, fieldname: str, text) -> list[tuple[_Leaf, np.ndarray]]:
        """(leaf, its live local documents ascending) for each leaf where the term has a live document, in index
        order."""
        return [(leaf, ids) for leaf, ids, _ in self._leaf_postings(fieldname, text) if len(ids)]

    def _term_docs(self, fieldname: str, text) -> Hits:
        parts = [ids + leaf.offset for leaf, ids, _ in self._leaf_postings(fieldname, text)]
        docs = np.concatenate(parts).astype(DOC_DTYPE) if parts else EMPTY_DOCS
        return Hits(docs, EMPTY_SCORES)

    def _scored_term(self, fieldname: str, text) -> Hits:
        if self.bm25 is None:
            raise Unsupported(f"weighting {type(self.searcher.weighting).__name__}")
        field = self.schema[fieldname] if fieldname in self.schema else None
        doc_parts, score_parts = [], []
        for leaf, ids, weights in self._leaf_postings(fieldname, text):
            if field.scorable:
                scores = self._bm25f(fieldname, text, weights, decoded_lengths(leaf.field_lengths(fieldname), ids))
            else:  # Whoosh's WeightScorer: the weight itself
                scores = weights
            doc_parts.append(ids + leaf.offset)
            score_parts.append(scores)
        if not doc_parts:
            return EMPTY_HITS
        return Hits(np.concatenate(doc_parts).astype(DOC_DTYPE), np.concatenate(score_parts))

    def _bm25f(self, fieldname: str, text, tf: np.ndarray, fl: np.ndarray) -> np.ndarray:
        """whoosh.scoring.bm25 over arrays, with the same operations in the same order (hence equal floats)."""
        searcher = self.searcher
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        B = self.bm25._field_B.get(fieldname, self.bm25.B)
        K1 = self.bm25.K1
        return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))

    # -- columns ---------------------------------------------------------------------------------------------
    def column(self, fieldname: str) -> np.ndarray:
        """A numeric column over all documents (global numbers), read once per searcher."""
        if fieldname not in self._columns:
            parts = [numeric_column(leaf.reader, fieldname) for leaf in self.leaves]
            self._columns[fieldname] = np.concatenate(parts) if parts else np.zeros(0)
        return self._columns[fieldname]

    def quantity_mask(self, quantity, docs: np.ndarray) -> np.ndarray:
        """For each of ``docs`` (global numbers, ascending), whether it is live and has a quantity meeting every
        condition of ``quantity`` (a ``quantities.QuantityFilter``). Only those documents' rows of each segment's
        quantity table are compared, so the cost follows the number of ``docs``, not of quantities in the index."""
        found = np.zeros(len(docs), dtype=bool)
        bounds = np.searchsorted(docs, [leaf.offset for leaf in self.leaves] + [self.doc_count_all]).tolist()
        for leaf, low, high in zip(self.leaves, bounds, bounds[1:]):
            if low == high:
                continue
            local = docs[low:high] - leaf.offset
            hit = quantity_table(leaf.reader).meets(quantity, local)
            if leaf.deleted is not None:
                hit &= ~leaf.deleted[local]
            found[low:high] = hit
        return found

    def live_docs(self) -> np.ndarray:
        parts = []
        for leaf in self.leaves:
            ids = np.arange(leaf.reader.doc_count_all(), dtype=np.int64)
            if leaf.deleted is not None:
                ids = ids[~leaf.deleted]
            parts.append(ids + leaf.offset)
        return np.concatenate(parts).astype(DOC_DTYPE) if parts else EMPTY_DOCS

    # -- queries ---------------------------------------------------------------------------------------------
    def evaluate(self, q: wq.Query) -> Hits:
        """All matches of ``q`` with Whoosh's scores; raises Unsupported for nodes it does not know."""
        if _is_null(q):
            return EMPTY_HITS
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Prefix):
            return self._prefix(q)
        if isinstance(q, wq.And):
            return self._boosted(self._and(q.subqueries), q.boost)
        if isinstance(q, wq.Or) and type(q) in (wq.Or, wq.DefaultOr, wq.PreloadedOr) and not q.scale:
            return self._boosted(self._or(q.subqueries), q.boost)
        if isinstance(q, wq.AndNot):
            positive = self.evaluate(q.a)
            return positive.select(~contains(self.evaluate(q.b).docs, positive.docs))
        if isinstance(q, wq.Not):
            docs = self.live_docs()
            docs = docs[~contains(self.evaluate(q.query).docs, docs)]
            return Hits(docs, np.full(len(docs), NOT_SCORE))
        if isinstance(q, wq.Phrase):
            return self._phrase(q, None)
        raise Unsupported(type(q).__name__)

    @staticmethod
    def _boosted(hits: Hits, boost: float) -> Hits:
        return hits if boost == 1.0 else Hits(hits.docs, hits.scores * boost)

    def _prefix(self, q: wq.Prefix) -> Hits:
        """A prefix expands to its terms per leaf, as in Whoosh's MultiTerm.matcher: one term is scored as a term;
        several are OR-ed without weighting, which Whoosh still scores with BM25F (sums), except where it preloads
        the union (see _preloaded_or): then every match scores 1.0."""
        parts = []
        for leaf in self.leaves:
            words = [w.decode("utf-8") if isinstance(w, bytes) else w
                     for w in leaf.reader.expand_prefix(q.fieldname, q.text) if w]
            if not words:
                continue
            start, end = leaf.offset, leaf.offset + leaf.reader.doc_count_all()
            hits = union([_slice(self.term(q.fieldname, word, q.boost), start, end) for word in words])
            if len(words) > 1 and _preloaded_or(len(words), leaf.reader.doc_count_all()):
                hits = Hits(hits.docs, np.ones(len(hits)))
            parts.append(hits)
        if not parts:
            return EMPTY_HITS
        return Hits(np.concatenate([p.docs for p in parts]), np.concatenate([p.scores for p in parts]))

    def _or(self, subqueries) -> Hits:
        return union([self.evaluate(sub) for sub in subqueries])

    def _and(self, subqueries) -> Hits:
        if any(_is_null(sub) for sub in subqueries):
            return EMPTY_HITS
        # A phrase rewritten into its word pairs is an AND inside the user's AND: flattening lets every clause
        # narrow the documents whose positions are checked.
        subqueries = [child for sub in subqueries
                      for child in (sub.subqueries if isinstance(sub, wq.And) and sub.boost == 1.0 else [sub])]
        negatives = [sub.query for sub in subqueries if isinstance(sub, wq.Not)]
        phrases = [sub for sub in subqueries if isinstance(sub, wq.Phrase)]
        positives = [sub for sub in subqueries if not isinstance(sub, (wq.Not, wq.Phrase))]
        if not positives and not phrases:
            raise Unsupported("AND of NOT clauses only")
        hits = intersection([self.evaluate(sub) for sub in positives]) if positives else None
        for phrase in phrases:
            found = self._phrase(phrase, hits.docs if hits is not None else None)
            hits = found if hits is None else _add_matching(hits, found)
        for negative in negatives:
            if not len(hits):
                break
            hits = hits.select(~contains(self.evaluate(negative).docs, hits.docs))
            hits = Hits(hits.docs, hits.scores + NOT_SCORE)
        return hits

    def _phrase(self, q: wq.Phrase, candidates: np.ndarray | None) -> Hits:
        """Documents where the words occur next to each other, in order. Whoosh scores a phrase as the sum of its
        words' scores (SpanNear2 over an intersection of term matchers), which is the intersection of the words'
        scored postings. Positions are checked on the documents' own text, analysed again (so with the index's
        positions); without a text source, or with a slop, Whoosh's phrase matcher checks them."""
        hits = intersection([self.term(q.fieldname, word) for word in q.words])
        if candidates is not None:
            hits = hits.select(contains(candidates, hits.docs))
        if not len(hits):
            return EMPTY_HITS
        if q.slop != 1 or self.text_of is None:
            return self._phrase_by_matcher(q, hits.docs)
        analyzer = self.schema[q.fieldname].analyzer
        words = list(q.words)
        check = _in_terms if self._analysed_as_text(q.fieldname, analyzer) else partial(_in_sequence, analyzer)
        keep = np.fromiter((check(self.text_of(doc, q.fieldname), words)
                            for doc in hits.docs.tolist()), dtype=bool, count=len(hits))
        return self._boosted(hits.select(keep), q.boost)

    def _analysed_as_text(self, fieldname: str, analyzer) -> bool:
        """Whether the field's analyser is ``text_analyzer()`` (equal as Whoosh compares analysers), so that
        ``analysed_terms`` gives its terms; decided once per field."""
        found = self._text_fields.get(fieldname)
        if found is None:
            found = self._text_fields[fieldname] = analyzer == text_analyzer()
        return found

    def _phrase_by_matcher(self, q: wq.Phrase, words: np.ndarray) -> Hits:
        docs, scores = [], []
        context = self.searcher.context(needs_current=True)
        for leaf, subsearcher in zip(self.leaves, self._subsearchers()):
            end = leaf.offset + leaf.reader.doc_count_all()
            local = words[(words >= leaf.offset) & (words < end)] - leaf.offset
            if not len(local):
                continue
            matcher = q.matcher(subsearcher, context)
            for doc in local.tolist():
                if not matcher.is_active():
                    break
                matcher.skip_to(doc)
                if matcher.is_active() and matcher.id() == doc:
                    docs.append(doc + leaf.offset)
                    scores.append(matcher.score())
        return Hits(np.array(docs, dtype=DOC_DTYPE), np.array(scores, dtype=np.float64))

    def _subsearchers(self):
        if self.searcher.subsearchers:
            return [sub for sub, _ in self.searcher.subsearchers]
        return [self.searcher]


def _preloaded_or(clauses: int, leaf_docs: int) -> bool:
    """Whoosh's Or._matcher (searches need no current match): a binary tree of unions for two clauses or leaves
    of more than OR_TREE_ABOVE_DOCS documents, else (or from TOO_MANY_CLAUSES on) a preloaded array union."""
    return clauses >= wq.Or.TOO_MANY_CLAUSES or (clauses != 2 and leaf_docs <= OR_TREE_ABOVE_DOCS)


def _slice(hits: Hits, start: int, end: int) -> Hits:
    low, high = np.searchsorted(hits.docs, [start, end])
    return Hits(hits.docs[low:high], hits.scores[low:high])


def _in_terms(text: str | None, words: list[str]) -> bool:
    """``_in_sequence`` for a field analysed by ``text_analyzer()``: its terms in order, their indexes the
    positions."""
    if text is None:
        return False
    terms = analysed_terms(text)
    if len(words) == 1:
        return words[0] in terms
    wanted = tuple(words)
    return wanted in zip(*(terms[i:] for i in range(len(words))))


def _in_sequence(analyzer, text: str | None, words: list[str]) -> bool:
    """Whether the analysed ``text`` has ``words`` at consecutive positions (Whoosh's positions: stop words are
    removed and the rest renumbered)."""
    if text is None:
        return False
    positions: dict[str, set[int]] = {}
    for token in analyzer(text, positions=True):
        positions.setdefault(token.text, set()).add(token.pos)
    following = [positions.get(word) for word in words[1:]]
    if not all(following):
        return False
    return any(all(start + i in found for i, found in enumerate(following, 1))
               for start in positions.get(words[0], ()))


def _is_null(q: wq.Query) -> bool:
    return q is wq.NullQuery or isinstance(q, type(wq.NullQuery))


def contains(sorted_docs: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """For each of ``docs``, whether it is in ``sorted_docs`` (ascending)."""
    if not len(sorted_docs) or not len(docs):
        return np.zeros(len(docs), dtype=bool)
    positions = np.searchsorted(sorted_docs, docs)
    positions[positions == len(sorted_docs)] = 0
    return sorted_docs[positions] == docs


def _add_matching(hits: Hits, other: Hits) -> Hits:
    """Documents in both, with their scores added (``other`` is a subset of ``hits`` or not)."""
    keep = contains(other.docs, hits.docs)
    docs = hits.docs[keep]
    positions = np.searchsorted(other.docs, docs)
    return Hits(docs, hits.scores[keep] + other.scores[positions])


def intersect_docs(arrays: list[np.ndarray]) -> np.ndarray:
    """Documents in every one of the ascending ``arrays``; the smallest drives the lookups."""
    arrays = sorted(arrays, key=len)
    docs = arrays[0]
    for other in arrays[1:]:
        if not len(docs):
            break
        docs = docs[contains(other, docs)]
    return docs


def intersection(parts: list[Hits]) -> Hits:
    """Documents in every part, scores added; the smallest part drives the lookups."""
    if not parts:
        return EMPTY_HITS
    parts = sorted(parts, key=len)
    hits = parts[0]
    for other in parts[1:]:
        if not len(hits):
            break
        hits = _add_matching(hits, other)
    return hits


def union(parts: list[Hits]) -> Hits:
    """Documents in any part, with the scores of every part they are in added."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return EMPTY_HITS
    if len(parts) == 1:
        return parts[0]
    docs = np.concatenate([p.docs for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    unique, inverse = unique_inverse(docs)
    return Hits(unique, np.bincount(inverse, weights=scores, minlength=len(unique)))
