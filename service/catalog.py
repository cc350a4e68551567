"""The domain facade the HTTP layer calls: it joins the corpus, the pipeline and the index.

``service.pipeline`` and ``service.search`` never import each other; this module turns pipeline output into the
plain records the index stores.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable

from .config import Settings
from .corpus import ArticleStore, CorpusError, StoredArticle, stored_form
from .pipeline.claimreview import claim_to_jsonld
from .claimstore import build_claims, listed_claim, settle_pending
from .pipeline.claims import canonical_text, compare_claim, fact_link_keys
from .pipeline.document import clean_page, process_document
from .pipeline.entities import load_gazetteer
from .pipeline.errors import ArticleRejected
from .pipeline.facts import EXTRACTOR_VERSION, FactExtractor
from .pipeline import costs
from .pipeline.semantic import embed, pack
from .search.errors import IndexBusy, IndexUnavailable, IndexVersionMismatch, NoSearchableTerms
from .search.query import QueryCompiler
from .search.claims_index import ClaimFilters, list_claims
from .search.quantities import QuantityFilter
from .search.vectors import nearest_facts
from .search.searcher import Filters, IndexReader, highlight
from .search.writer import IndexBuilder, IndexLocation, merge_segments, optimize, write_session

log = logging.getLogger(__name__)

PARALLEL_BUILD_THRESHOLD = 200  # below this many articles a process pool costs more than it saves
CLAIM_CANDIDATES = 50  # facts retrieved by BM25 before the rule-based comparison
CLAIM_NEIGHBOURS = 30  # facts retrieved by embedding similarity, added to the BM25 candidates
MIN_NEIGHBOUR_SIMILARITY = 0.3  # below this a neighbour by meaning is not worth comparing
BATCH = 16  # articles per task sent to a build worker


class NotFound(LookupError):
    """The requested article, passage, fact or claim does not exist."""


@dataclass(frozen=True)
class Processed:
    article: dict
    passages: list[dict]
    facts: list[dict]


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def article_id_for(text: str) -> str:
    """IDs of posted articles derive from their cleaned body, so a re-post maps to the same article."""
    return "a" + content_hash(text)[:19]


def identity_text(cleaned_text: str, raw: str | bytes) -> str:
    """What an article's identity (id and duplicate check) derives from: its cleaned body, or, for a page that
    kept no body at all, the page as posted, so that two different pages of chrome stay two articles."""
    if cleaned_text.strip():
        return cleaned_text
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def _fingerprint(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing:" + str(path).encode())
    return digest.hexdigest()[:16]


# Code and word lists: changing either changes what the pipeline extracts.
PIPELINE_SOURCES = sorted((Path(__file__).parent / "pipeline").glob("*.py")) + sorted(
    (Path(__file__).parent / "pipeline" / "lexicons").glob("*.txt"))


class Processor:
    """Runs the pipeline on one stored article and shapes its records."""

    def __init__(self, entities_file: Path, min_article_chars: int):
        self.extractor = FactExtractor(load_gazetteer(entities_file))
        self.min_article_chars = min_article_chars

    def __call__(self, stored: StoredArticle) -> Processed:
        with costs.stage("records"):
            return self._process(stored)

    def _process(self, stored: StoredArticle) -> Processed:
        document = process_document(stored.raw, stored.sidecar, self.extractor, kind=stored.kind,
                                    min_chars=self.min_article_chars, keep_short=True)
        cleaned, passages, facts = document.article, document.passages, document.facts
        meta = {"title": cleaned.title, "source": cleaned.source, "published": cleaned.published,
                "url": cleaned.url}
        aid = stored.id
        passage_records = []
        mention_counts: dict[str, dict] = {}
        passage_entities: dict[int, set] = {}
        for fact in facts:
            for entity in fact.entities:
                row = mention_counts.setdefault(entity.name, {"name": entity.name, "type": entity.type,
                                                              "mentions": 0, "facts": 0})
                row["mentions"] += 1
            for name in {e.name for e in fact.entities}:
                mention_counts[name]["facts"] += 1
            if fact.passage_index is not None:
                passage_entities.setdefault(fact.passage_index, set()).update(e.name for e in fact.entities)
        for passage in passages:
            passage_records.append({
                "id": f"{aid}-p{passage.index}", "article_id": aid, "index": passage.index,
                "start": passage.start, "end": passage.end, "text": passage.text, **meta,
                "entities": sorted(passage_entities.get(passage.index, ())),
            })
        fact_records = []
        plain = [fact.to_dict() for fact in facts]
        vectors = embed([canonical_text(record) for record in plain])
        for fact, record, vector in zip(facts, plain, vectors):
            record.update({
                "id": f"{aid}-f{fact.index}", "article_id": aid,
                "passage_id": f"{aid}-p{fact.passage_index}" if fact.passage_index is not None else None,
                **meta, "extractor_version": EXTRACTOR_VERSION,
            })
            record["link_keys"] = fact_link_keys(record)  # indexed for finding similar facts, not stored
            record["vector"] = pack(vector)  # indexed as a column for matching by meaning, not stored
            fact_records.append(record)
        article = {
            "id": aid, **meta, "byline": cleaned.byline, "kind": cleaned.kind, "text": cleaned.text,
            "passages": len(passage_records), "facts": len(fact_records),
            "content_hash": content_hash(identity_text(cleaned.text, stored.raw)), "raw_hash": stored.raw_hash,
            "warnings": cleaned.warnings,
            "entities": sorted(mention_counts.values(), key=lambda e: e["name"]),
        }
        return Processed(article, passage_records, fact_records)


_worker_processor: Processor | None = None


def _init_worker(entities_file: Path, min_chars: int) -> None:
    global _worker_processor
    _worker_processor = Processor(entities_file, min_chars)


def _process_in_worker(batch: list[StoredArticle]):
    """The batch's results, then the CPU seconds each pipeline stage took in this worker since its last batch."""
    results = []
    for stored in batch:
        try:
            results.append((stored.id, _worker_processor(stored), None))
        except ArticleRejected as error:
            results.append((stored.id, None, str(error)))
    results.append(_WorkerCosts(costs.take()))
    return results


def _batches(items: Iterable, size: int) -> Iterable[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bounded_map(pool, fn, batches: Iterable[list], window: int):
    """Like ``pool.map`` but with at most ``window`` batches in flight, so a slow consumer (the single index
    writer) holds back the readers and workers instead of buffering the whole corpus in memory."""
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.submit(fn, batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _pool_size(articles: int, workers: int | None) -> int:
    """How many processes a build of this many articles runs its work in (1: all in this one)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return workers if workers > 1 and articles >= PARALLEL_BUILD_THRESHOLD else 1


def _claims_in_worker(facts: list[dict]):
    """The claims of a whole collection of facts, and the CPU seconds they took in this process."""
    costs.take()
    with costs.stage("claims"):
        components = build_claims(facts)
    return components, costs.take()


def _claims_beside_commit(facts: list[dict], builder: IndexBuilder, worker_costs: dict) -> list:
    """Group the built facts into claims in a process of their own while this one commits the articles, passages
    and facts written so far: the two are independent, and each takes minutes on a large corpus."""
    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(_claims_in_worker, facts)
        builder.checkpoint()
        components, seconds = future.result()
    costs.add(worker_costs, seconds)
    return components


@dataclass(frozen=True)
class _WorkerCosts:
    seconds: dict[str, float]


def _rounded(seconds: dict[str, float]) -> dict[str, float]:
    return {name: round(value, 3) for name, value in sorted(seconds.items(), key=lambda kv: -kv[1])}


class Catalog:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.merge_due = False  # a write committed since the last merge of segments
        self.settle_due = False  # this process committed a write whose claims it has not settled yet
        self.store = ArticleStore(settings.data_dir)
        self.location = IndexLocation(settings.index_dir)
        self.reader = IndexReader(settings.index_dir, result_cache_size=settings.result_cache_size)
        self.passage_queries = QueryCompiler("passage_text", bigram_field="passage_bigrams")
        self.fact_queries = QueryCompiler("fact_text")
        self.claim_queries = QueryCompiler("claim_text")

    @cached_property
    def processor(self) -> Processor:
        return Processor(self.settings.entities_file, self.settings.min_article_chars)

    @property
    def gazetteer(self):
        return self.processor.extractor.gazetteer

    def build_manifest(self) -> dict:
        # The code fingerprint catches pipeline changes that nobody remembered to version.
        return {"extractor_version": EXTRACTOR_VERSION,
                "entities_fingerprint": _fingerprint(self.settings.entities_file),
                "pipeline_fingerprint": _fingerprint(*PIPELINE_SOURCES)}

    # -- building -----------------------------------------------------------------------------------------
    def _stored_articles(self, ids: Iterable[str]) -> Iterable[StoredArticle]:
        for article_id in ids:
            try:
                yield self.store.read(article_id)
            except CorpusError as error:
                log.warning("skipping article %s: %s", article_id, error)

    def _processed(self, ids: list[str], workers: int | None) -> Iterable:
        """(id, processed or None, rejection or None) per article; when a process pool runs, each batch is followed
        by its worker's stage costs (``_WorkerCosts``)."""
        workers = _pool_size(len(ids), workers)
        if workers > 1:
            with ProcessPoolExecutor(workers, initializer=_init_worker,
                                     initargs=(self.settings.entities_file,
                                               self.settings.min_article_chars)) as pool:
                yield from _bounded_map(pool, _process_in_worker, _batches(self._stored_articles(ids), BATCH),
                                        window=workers * 4)
            return
        for stored in self._stored_articles(ids):
            try:
                yield stored.id, self.processor(stored), None
            except ArticleRejected as error:
                yield stored.id, None, str(error)

    def build(self, *, progress: bool = False, workers: int | None = None) -> dict:
        """Rebuild the whole index from the corpus into a new directory and swap it in.

        The result says what the build cost: CPU seconds per stage in the worker processes and in this one (the
        single index writer), and the wall time.
        """
        started = time.perf_counter()
        costs.take()  # this process's stages from before the build are not the build's
        ids = self.store.ids()
        skipped, facts, worker_costs = [], [], {}
        bar = _progress(len(ids), progress)
        with costs.stage("index commit"):  # what the writer's exit costs; the stages inside count apart
            with IndexBuilder(self.settings.index_dir, self.build_manifest()) as builder:
                for item in self._processed(ids, workers):
                    if isinstance(item, _WorkerCosts):
                        costs.add(worker_costs, item.seconds)
                        continue
                    article_id, processed, error = item
                    bar.update(1)
                    if processed is None:
                        skipped.append({"id": article_id, "reason": error})
                        log.warning("skipping article %s: %s", article_id, error)
                        continue
                    with costs.stage("index writing"):
                        builder.add_article(processed.article, processed.passages, processed.facts)
                    facts.extend(processed.facts)
                if _pool_size(len(ids), workers) > 1:
                    components = _claims_beside_commit(facts, builder, worker_costs)
                else:
                    with costs.stage("claims"):
                        components = build_claims(facts)
                with costs.stage("index writing"):
                    for component in components:
                        for kind, record in component.records():
                            builder.add(kind, record)
        bar.close()
        counts = {k + "s": v for k, v in builder.counts.items()}
        spent = {"writer": _rounded(costs.take()), "workers": _rounded(worker_costs),
                 "wall_seconds": round(time.perf_counter() - started, 3)}
        # Articles written while the build ran are not in it: bring them in now.
        reconciled = self.reconcile()
        return {"counts": counts, "skipped": skipped, "reconciled": reconciled, "costs": spent}

    def optimize(self) -> dict:
        """Merge the segments that writes left behind into one: the same documents, searched faster."""
        before = optimize(self.settings.index_dir, lock_timeout=self.settings.write_lock_timeout)
        return {"segments_before": before, "segments_after": 1}

    def needs_rebuild(self) -> str | None:
        """Why the index must be rebuilt from scratch, or None when incremental reconciling suffices."""
        manifest = self.location.manifest()
        if manifest is None:
            return "no index"
        try:
            self.location.open().close()
        except (IndexUnavailable, IndexVersionMismatch) as error:
            return str(error)
        expected = self.build_manifest()
        for key, value in expected.items():
            if manifest.get(key) != value:
                return f"{key} changed ({manifest.get(key)} -> {value})"
        return None

    def ensure(self, *, progress: bool = False) -> dict:
        """Build the index when missing or outdated; otherwise sync it with the corpus."""
        reason = self.needs_rebuild()
        if reason:
            log.info("building index: %s", reason)
            return {"action": "built", "reason": reason, **self.build(progress=progress)}
        return {"action": "reconciled", **self.reconcile()}

    def reconcile(self) -> dict:
        """Index corpus articles that are missing or changed, and drop index entries whose file is gone."""
        on_disk = set(self.store.ids())
        with self._writing() as session:
            indexed = session.article_raw_hashes()
            removed = sorted(set(indexed) - on_disk)
            for article_id in removed:
                session.delete_article(article_id)
            added, updated, skipped = [], [], []
            for stored in self._stored_articles(sorted(on_disk)):
                if indexed.get(stored.id) == stored.raw_hash:
                    continue
                try:
                    processed = self.processor(stored)
                except ArticleRejected as error:
                    skipped.append(stored.id)
                    log.warning("skipping article %s: %s", stored.id, error)
                    if stored.id in indexed:
                        session.delete_article(stored.id)
                    continue
                session.replace_article(processed.article, processed.passages, processed.facts)
                (updated if stored.id in indexed else added).append(stored.id)
        # Not a request: the claims are settled before returning (at start-up this also settles what a crash
        # left pending).
        settled = self.settle_claims()
        return {"added": added, "updated": updated, "removed": removed, "skipped": skipped,
                "claims_settled": settled["articles"]}

    # -- writes ---------------------------------------------------------------------------------------------
    @contextmanager
    def _writing(self):
        """A write session that commits its articles, passages and facts with a pending-claims record naming the
        articles it changed; their claims are brought up to date afterwards by ``settle_claims``, in a commit of
        its own (the HTTP layer runs it once the answer has been sent)."""
        with write_session(self.settings.index_dir, lock_timeout=self.settings.write_lock_timeout) as session:
            yield session
            pending = session.mark_claims_pending()
        self.merge_due = True
        if pending is not None:
            self.settle_due = True

    def settle_claims(self, *, wait: bool = True) -> dict:
        """Bring the claims up to date for every pending-claims record in the index, and delete the records, in
        one commit under the write lock (``claimstore.settle_pending``). Safe to run from several processes at
        once: the lock serialises them and the later ones find nothing to do.

        With ``wait=False`` it gives up at once when another writer holds the lock (that writer settles after its
        own commit, or the next request that sees the records does). Returns what was settled, with the time it
        took in ``seconds`` and ``busy`` when it gave up.
        """
        started = time.perf_counter()
        self.settle_due = False
        timeout = self.settings.write_lock_timeout if wait else 0
        try:
            with write_session(self.settings.index_dir, lock_timeout=timeout) as session:
                result = settle_pending(session)
        except IndexBusy:
            if wait:
                self.settle_due = True  # still ours to do: the next request retries
                raise
            return {"records": 0, "articles": 0, "busy": True, "seconds": time.perf_counter() - started}
        if result["records"]:
            self.merge_due = True
        return dict(result, seconds=time.perf_counter() - started)

    def claims_pending(self, *, refresh: bool = True) -> list[str]:
        """The articles whose claims are not settled yet (``IndexReader.pending_claims``)."""
        return self.reader.pending_claims(refresh=refresh)

    def merge_segments(self) -> bool:
        """Merge the segments writes left, a tier at a time (``search.writer.merge_segments``); called after a
        write has been answered."""
        self.merge_due = False
        return merge_segments(self.settings.index_dir)

    def ingest(self, raw: bytes, metadata: dict | None = None, *, kind: str = "text") -> tuple[dict, bool]:
        """Clean, persist durably and index one article (``kind`` "text" or "html"). Returns (article, created)."""
        sidecar = {k: v for k, v in (metadata or {}).items() if v is not None} or None
        cleaned = clean_page(raw, sidecar, kind, min_chars=self.settings.min_article_chars, keep_short=True)
        text = identity_text(cleaned.text, raw)
        prepared = self._prepared(raw, sidecar, text, kind)
        with self._writing() as session:
            return self._ingest_cleaned(session, raw, sidecar, text, kind, prepared)

    def ingest_many(self, items: list[tuple]) -> list[tuple[int, dict | None, bool, str | None]]:
        """Ingest several articles under one write lock: [(key, article, created, error)].

        Each item is ``(key, raw, metadata)`` or ``(key, raw, metadata, kind)``; the kind defaults to "text".
        """
        results, ready = [], []
        for key, raw, metadata, *rest in items:
            kind = rest[0] if rest else "text"
            sidecar = {k: v for k, v in (metadata or {}).items() if v is not None} or None
            try:
                cleaned = clean_page(raw, sidecar, kind, min_chars=self.settings.min_article_chars,
                                     keep_short=True)
            except ArticleRejected as error:
                results.append((key, None, False, str(error)))
                continue
            text = identity_text(cleaned.text, raw)
            try:
                prepared = self._prepared(raw, sidecar, text, kind)
            except ArticleRejected as error:
                results.append((key, None, False, str(error)))
                continue
            ready.append((key, raw, sidecar, text, kind, prepared))
        if ready:
            with self._writing() as session:
                for key, raw, sidecar, text, kind, prepared in ready:
                    article, created = self._ingest_cleaned(session, raw, sidecar, text, kind, prepared)
                    results.append((key, article, created, None))
        return results

    def _prepared(self, raw: bytes, sidecar: dict | None, text: str, kind: str) -> tuple | None:
        """(the article as it will be stored, its records), extracted before the write lock is taken, so that a
        write holds the lock only to store and commit, and extracts while another write or a claims settle holds
        it; None when the index already holds this content (the check under the lock decides)."""
        article_id = article_id_for(text)
        if self.reader.get("article", article_id) is not None:
            return None
        stored = stored_form(article_id, raw, sidecar, kind)
        return stored, self.processor(stored)

    def _ingest_cleaned(self, session, raw: bytes, sidecar: dict | None, text: str,
                        kind: str = "text", prepared: tuple | None = None) -> tuple[dict, bool]:
        # Checked under the write lock, so two workers posting the same text cannot both create it.
        existing = session.article_by_hash(content_hash(text))
        if existing is None:
            existing = session.pending_article_by_hash(content_hash(text))
        if existing is not None:
            existing = dict(existing)
            existing.pop("text", None)
            existing["claims_pending"] = session.claims_pending_for(existing["id"])
            return existing, False
        stored = self.store.write(article_id_for(text), raw, sidecar, kind)
        if prepared is not None and prepared[0] == stored:
            processed = prepared[1]
        else:  # not extracted beforehand (its content looked indexed already), or not what was stored
            processed = self.processor(stored)
        session.replace_article(processed.article, processed.passages, processed.facts)
        article = dict(processed.article)
        article.pop("text", None)
        article["claims_pending"] = True  # until the settle after this write's commit
        return article, True

    def delete(self, article_id: str) -> None:
        if not self.store.exists(article_id) and self.reader.get("article", article_id) is None:
            raise NotFound(f"article {article_id!r} does not exist")
        with self._writing() as session:
            self.store.delete(article_id)
            session.delete_article(article_id)

    # -- reads ----------------------------------------------------------------------------------------------
    def status(self) -> dict:
        manifest = self.reader.manifest()
        return {"counts": self.reader.counts(), "schema_version": manifest.get("schema_version"),
                "extractor_version": manifest.get("extractor_version"), "built_at": manifest.get("built_at"),
                "generation": "%s.%d" % self.reader.generation(), "claims_pending": len(self.claims_pending())}

    def _get(self, kind: str, item_id: str) -> dict:
        record = self.reader.get(kind, item_id)
        if record is None:
            raise NotFound(f"{kind} {item_id!r} does not exist")
        return record

    def article(self, article_id: str) -> dict:
        return self._get("article", article_id)

    def articles(self, *, limit: int, offset: int, kind: str | None = None, **filters) -> dict:
        items, total = self.reader.list_articles(Filters(document_kind=kind, **filters), limit=limit,
                                                 offset=offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def resolve_entity(self, name: str) -> str:
        entity = self.gazetteer.canonical(name)
        return entity.name if entity is not None else name

    @staticmethod
    def _nothing_to_search(q: str, error: NoSearchableTerms, limit: int, offset: int, **extra) -> dict:
        """A well-formed query without searchable words matches nothing, and says why."""
        return {"items": [], "total": 0, "total_relation": "eq", "limit": limit, "offset": offset, **extra,
                "query": {"q": q, "parsed": None, "warnings": [str(error)]}}

    def passages(self, *, q: str | None, limit: int, offset: int, entity: str | None = None, **filters) -> dict:
        try:
            parsed = self.passage_queries.parse(q) if q is not None else None
        except NoSearchableTerms as error:
            return self._nothing_to_search(q, error, limit, offset)
        entities = (self.resolve_entity(entity),) if entity else ()
        items, total, _ = self.reader.search("passage", parsed, Filters(entities=entities, **filters),
                                             limit=limit, offset=offset)
        for item in items:
            item["score"] = item.pop("score_bm25")
            spans = self.reader.matches(item["text"], parsed) if parsed else []
            item["matches"] = spans
            item["highlight"] = highlight(item["text"], spans)
        return {"items": items, "total": total["value"], "total_relation": total["relation"], "limit": limit,
                "offset": offset, "query": {"q": q, "parsed": parsed.describe() if parsed else None}}

    def passage(self, passage_id: str) -> dict:
        record = self._get("passage", passage_id)
        aid, index = record["article_id"], record["index"]
        record["previous"] = self.reader.get("passage", f"{aid}-p{index - 1}") if index > 0 else None
        record["next"] = self.reader.get("passage", f"{aid}-p{index + 1}")
        return record

    def fact(self, fact_id: str) -> dict:
        record = self._get("fact", fact_id)
        record.pop("score_bm25", None)
        return record

    def facts(self, *, q: str | None, limit: int, offset: int, about: str | None = None,
              dimension: str | None = None, min_value: float | None = None, max_value: float | None = None,
              **filters) -> dict:
        try:
            parsed = self.fact_queries.parse(q) if q is not None else None
        except NoSearchableTerms as error:
            return self._nothing_to_search(q, error, limit, offset, extractor_version=EXTRACTOR_VERSION,
                                           facets={"speaker": [], "source": [], "entity": [], "unit": [],
                                                   "counted": 0})
        entities = (self.resolve_entity(about),) if about else ()
        quantity = QuantityFilter(filters.pop("unit", None), dimension, min_value, max_value)
        base = Filters(entities=entities, quantity=None if quantity.empty else quantity, **filters)
        items, total, _ = self.reader.search("fact", parsed, base, limit=limit, offset=offset)
        for item in items:
            item.pop("score_bm25", None)
        facets, counted = self.reader.facets("fact", parsed, base)
        facets = {name: facets.get(name, []) for name in ("speaker", "source", "entity", "unit")}
        facets["counted"] = counted
        return {"items": items, "total": total["value"], "total_relation": total["relation"], "limit": limit,
                "offset": offset, "facets": facets,
                "extractor_version": EXTRACTOR_VERSION,
                "query": {"q": q, "parsed": parsed.describe() if parsed else None}}

    def entities(self, *, prefix: str | None, type_: str | None, limit: int, offset: int) -> dict:
        counts = self.reader.entity_counts()
        rows = {}
        for entity in self.gazetteer.entities:
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


    # -- claims ---------------------------------------------------------------------------------------------
    def claims(self, *, limit: int, offset: int, about: str | None = None, q: str | None = None,
               status: str | None = None, source: str | None = None, published_from: str | None = None,
               published_to: str | None = None, unit: str | None = None, dimension: str | None = None,
               min_value: float | None = None, max_value: float | None = None) -> dict:
        parsed = None
        if q:
            try:
                parsed = self.claim_queries.parse(q)
            except NoSearchableTerms as error:
                return self._nothing_to_search(q, error, limit, offset, extractor_version=EXTRACTOR_VERSION)
        quantity = QuantityFilter(unit, dimension, min_value, max_value)
        filters = ClaimFilters(about=self.resolve_entity(about) if about else None, status=status, source=source,
                               published_from=published_from, published_to=published_to,
                               quantity=None if quantity.empty else quantity)
        items, total = list_claims(self.reader, filters, parsed, limit=limit, offset=offset)
        items = [item if "fact_count" in item else listed_claim(item) for item in items]
        return {"items": items, "total": total, "limit": limit, "offset": offset,
                "extractor_version": EXTRACTOR_VERSION,
                "query": {"q": q, "parsed": parsed.describe() if parsed else None}}

    def claim(self, claim_id: str) -> dict:
        claim = self._get("claim", claim_id)
        return dict(claim, fact_count=len(claim["facts"]), conflict_count=len(claim.get("conflicts", [])))

    def claim_jsonld(self, claim_id: str, base_url: str) -> dict:
        root = (self.settings.public_url or base_url).rstrip("/")
        return claim_to_jsonld(self.claim(claim_id), base_url=root + "/v1")

    def check(self, text: str) -> dict:
        """Verdict on a free-text claim, with the facts that support or contradict it.

        Candidates come from BM25 over the claim's words plus its entities' canonical names and its figures as the
        index writes them ("Pyongyang ... eleven thousand" also searches "North Korea" and "11,000"), and from
        the facts nearest to it by meaning. The comparison, not the retrieval, decides the verdict.
        """
        claim = self.processor.extractor.parse_claim(text).to_dict()
        claim.setdefault("text", text)
        (vector,) = embed([canonical_text(claim)])
        candidates = {}
        for record in nearest_facts(self.reader, vector, limit=CLAIM_NEIGHBOURS,
                                    min_similarity=MIN_NEIGHBOUR_SIMILARITY):
            candidates[record["id"]] = record
        for record in self.reader.search_words("fact", _retrieval_text(claim), limit=CLAIM_CANDIDATES):
            candidates.setdefault(record["id"], record)
        result = compare_claim(claim, list(candidates.values()))
        for item in result["evidence"]:
            item["fact"].pop("similarity", None)
        result["extractor_version"] = EXTRACTOR_VERSION
        return result


def _figure_words(quantity: dict) -> list[str]:
    value = quantity.get("value")
    if not isinstance(value, (int, float)):
        return []
    return [f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"]


def _retrieval_text(claim: dict) -> str:
    """The claim's words plus the canonical names of its entities and its figures written as digits."""
    extra = [e["name"] for e in claim.get("entities") or [] if e.get("name")]
    extra += [word for q in claim.get("quantities") or [] for word in _figure_words(q)]
    return " ".join([claim["text"], *extra])


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="indexing")
