"""The write side, and the root that joins the corpus, the pipeline and the index.

``Catalog`` builds, reconciles, ingests and deletes, and settles the claims writes leave pending; it holds the read
services (``reads``: articles, passages, facts, entities, claims) the HTTP layer calls. ``service.pipeline`` and
``service.search`` never import each other; ``processing`` turns pipeline output into the plain records the index
stores.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from functools import cached_property
from typing import Iterable

from .claimstore import build_claims, claim_input, settle_pending
from .config import Settings
from .corpus import ArticleStore, CorpusError, IngestQueue, StoredArticle, stored_form
from .pipeline import costs
from .pipeline.document import clean_page
from .pipeline.errors import ArticleRejected
from .pipeline.facts import EXTRACTOR_VERSION
from .processing import (PIPELINE_SOURCES, Processor, WorkerCosts, article_id_for, claims_beside_commit,
                         content_hash, fingerprint, identity_text, pool_size, process_articles, progress_bar,
                         rounded_costs)
from .reads import (ArticleReads, ClaimReads, EntityNames, EntityReads, FactReads, NotFound, PassageReads,
                    get_record)
from .search.errors import IndexBusy, IndexUnavailable, IndexVersionMismatch
from .search.searcher import IndexReader
from .search.writer import IndexBuilder, IndexLocation, merge_segments, optimize, write_session

__all__ = ["Catalog", "NotFound", "identity_text"]

log = logging.getLogger(__name__)

QUEUE_DIR = ".queue"  # in the corpus directory: the markers of articles accepted but not indexed yet
QUEUE_BATCH = 50  # queued articles indexed per commit



class _Phases:
    """Wall seconds of a build's consecutive phases: reading and extracting the articles (with their index
    writing), the claims (beside the commit of the articles), writing the claim records, the last commit."""

    def __init__(self, started: float):
        self._last = started
        self.seconds: dict[str, float] = {}

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        self.seconds[phase] = round(now - self._last, 3)
        self._last = now

class Catalog:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.merge_due = False  # a write committed since the last merge of segments
        self.settle_due = False  # this process committed a write whose claims it has not settled yet
        self.queue_due = False  # this process queued an article it has not indexed yet
        self.store = ArticleStore(settings.data_dir)
        self.queue = IngestQueue(settings.data_dir / QUEUE_DIR)
        self.location = IndexLocation(settings.index_dir)
        self.reader = IndexReader(settings.index_dir, result_cache_size=settings.result_cache_size)
        names = EntityNames(lambda: self.processor.extractor.gazetteer)
        self.articles = ArticleReads(self.reader)
        self.passages = PassageReads(self.reader, names)
        self.facts = FactReads(self.reader, names)
        self.entities = EntityReads(self.reader, names)
        self.claims = ClaimReads(self.reader, names, lambda text: self.processor.extractor.parse_claim(text))

    @cached_property
    def processor(self) -> Processor:
        return Processor(self.settings.entities_file, self.settings.min_article_chars)

    def build_manifest(self) -> dict:
        # The code fingerprint catches pipeline changes that nobody remembered to version.
        return {"extractor_version": EXTRACTOR_VERSION,
                "entities_fingerprint": fingerprint(self.settings.entities_file),
                "pipeline_fingerprint": fingerprint(*PIPELINE_SOURCES)}

    # -- building -----------------------------------------------------------------------------------------
    def _stored_articles(self, ids: Iterable[str]) -> Iterable[StoredArticle]:
        for article_id in ids:
            try:
                yield self.store.read(article_id)
            except CorpusError as error:
                log.warning("skipping article %s: %s", article_id, error)


    def build(self, *, progress: bool = False, workers: int | None = None, claims: bool = True) -> dict:
        """Rebuild the whole index from the corpus into a new directory and swap it in.

        ``claims=False`` leaves the claims out (the claim listings are then empty until articles are written):
        for measuring passage search at scales where grouping the corpus's facts takes too long.

        The result says what the build cost: CPU seconds per stage in the worker processes (extraction, the
        claims, and the index sub-writers that analyse and write the documents) and in this one (which feeds them),
        and the wall time.
        """
        started = time.perf_counter()
        costs.take()  # this process's stages from before the build are not the build's
        ids = self.store.ids()
        skipped, facts, worker_costs = [], [], {}
        phases = _Phases(started)
        bar = progress_bar(len(ids), progress)
        with costs.stage("index commit"):  # what the writer's exit costs; the stages inside count apart
            with IndexBuilder(self.settings.index_dir, dict(self.build_manifest(), claims=claims),
                              procs=pool_size(len(ids), workers)) as builder:
                for item in process_articles(self._stored_articles(ids), len(ids), self.settings,
                                                 self.processor, workers):
                    if isinstance(item, WorkerCosts):
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
                    if claims:  # kept for grouping into claims at the end
                        facts.extend(claim_input(fact) for fact in processed.facts)
                phases.mark("articles")
                if not claims:
                    components = []
                elif pool_size(len(ids), workers) > 1:
                    components = claims_beside_commit(facts, builder, worker_costs, pool_size(len(ids), workers))
                else:
                    with costs.stage("claims"):
                        components = build_claims(facts)
                phases.mark("claims")
                with costs.stage("index writing"):
                    for component in components:
                        for kind, record in component.records():
                            builder.add(kind, record)
                phases.mark("claim records")
        phases.mark("commit")
        bar.close()
        if builder.subwriter_seconds:
            costs.add(worker_costs, {"index writing": builder.subwriter_seconds})
        counts = {k + "s": v for k, v in builder.counts.items()}
        spent = {"writer": rounded_costs(costs.take()), "workers": rounded_costs(worker_costs),
                 "wall_seconds": round(time.perf_counter() - started, 3), "wall_phases": phases.seconds}
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
        # Not a request: queued articles are indexed (the store holds them, so they are in by now) and the claims
        # are settled before returning (at start-up this also does what a crash left undone).
        self.index_queued()
        settled = self.settle_claims()
        return {"added": added, "updated": updated, "removed": removed, "skipped": skipped,
                "claims_settled": settled["articles"]}

    # -- writes ---------------------------------------------------------------------------------------------
    @contextmanager
    def _writing(self, *, lock_timeout: float | None = None):
        """A write session that commits its articles, passages and facts with a pending-claims record naming the
        articles it changed; their claims are brought up to date afterwards by ``settle_claims``, in a commit of
        its own (the HTTP layer runs it once the answer has been sent)."""
        timeout = self.settings.write_lock_timeout if lock_timeout is None else lock_timeout
        with write_session(self.settings.index_dir, lock_timeout=timeout) as session:
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

    def accept(self, raw: bytes, metadata: dict | None = None, *, kind: str = "text") -> tuple[dict, bool]:
        """Clean and store an article durably, and queue it for indexing after the answer (``index_queued``).

        Returns (article, queued): the indexed article and False when the index holds this content already,
        otherwise ``{"id", "status": "queued"}`` and True. Rejections are raised as by ``ingest``."""
        sidecar = {k: v for k, v in (metadata or {}).items() if v is not None} or None
        cleaned = clean_page(raw, sidecar, kind, min_chars=self.settings.min_article_chars, keep_short=True)
        text = identity_text(cleaned.text, raw)
        article_id = article_id_for(text)
        # By content too, as ``ingest`` finds it: an article built from a corpus file has that file's name as its id,
        # and queuing its content again would promise a Location that indexing then skips as a duplicate.
        existing = self.reader.get("article", article_id) or self.reader.article_by_hash(content_hash(text))
        if existing is not None and article_id not in self.queue:
            existing = dict(existing)
            existing.pop("text", None)
            existing["claims_pending"] = existing["id"] in self.claims_pending(refresh=False)
            return existing, False
        if article_id not in self.queue:
            self.store.write(article_id, raw, sidecar, kind)  # the file first: a marker always has its article
            self.queue.add(article_id)
        self.queue_due = True
        return {"id": article_id, "status": "queued"}, True

    def index_queued(self, *, wait: bool = True) -> dict:
        """Index the articles the queue holds, QUEUE_BATCH per commit, and drop their markers.

        One process drains the queue at a time (``IngestQueue.draining``); another that finds it draining leaves
        the work to it, and the drainer looks at the queue again once it has let go, so a marker added meanwhile
        is never stranded. Extraction runs before the write lock is taken; an article indexed meanwhile (found by
        its content) or deleted is skipped. With ``wait=False`` it gives up at once when another writer holds the
        write lock (the next request does the work)."""
        self.queue_due = False
        started, indexed = time.perf_counter(), 0
        while self.queue.ids():
            with self.queue.draining() as mine:
                if not mine:
                    return {"indexed": indexed, "busy": True, "seconds": time.perf_counter() - started}
                try:
                    while queued := self.queue.ids()[:QUEUE_BATCH]:
                        indexed += self._index_batch(queued, wait)
                except IndexBusy:
                    if wait:
                        self.queue_due = True
                        raise
                    return {"indexed": indexed, "busy": True, "seconds": time.perf_counter() - started}
        return {"indexed": indexed, "seconds": time.perf_counter() - started}

    def _index_batch(self, queued: list[str], wait: bool) -> int:
        """Index these queued articles in one commit and drop their markers; returns how many were indexed."""
        prepared, dropped = [], set(queued)
        for stored in self._stored_articles(queued):
            try:
                prepared.append((stored, self.processor(stored)))
            except ArticleRejected as error:  # cleaned before it was queued; the pipeline may still refuse it
                log.warning("queued article %s not indexed: %s", stored.id, error)
        indexed = 0
        with self._writing(lock_timeout=None if wait else 0) as session:
            for stored, processed in prepared:
                if not self.store.exists(stored.id):
                    log.info("queued article %s was deleted before it was indexed", stored.id)
                elif _indexed(session, processed.article):
                    log.info("queued article %s: its content is indexed already", stored.id)
                else:
                    session.replace_article(processed.article, processed.passages, processed.facts)
                    indexed += 1
        self.queue.remove(sorted(dropped))
        return indexed

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
        if not self.store.exists(article_id):
            get_record(self.reader, "article", article_id)  # NotFound when the index lacks it too
        with self._writing() as session:
            self.store.delete(article_id)
            self.queue.remove([article_id])
            session.delete_article(article_id)

    # -- health ---------------------------------------------------------------------------------------------
    def status(self) -> dict:
        manifest = self.reader.manifest()
        return {"counts": self.reader.counts(), "schema_version": manifest.get("schema_version"),
                "extractor_version": manifest.get("extractor_version"), "built_at": manifest.get("built_at"),
                "generation": "%s.%d" % self.reader.generation(), "claims_pending": len(self.claims_pending()),
                "articles_queued": len(self.queue.ids())}


def _indexed(session, article: dict) -> bool:
    """Whether the session's index, or the session itself, holds this article's content already."""
    digest = article["content_hash"]
    return session.article_by_hash(digest) is not None or session.pending_article_by_hash(digest) is not None
