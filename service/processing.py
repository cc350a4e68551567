"""The pipeline run over stored articles: one article's records (``Processor``), and a whole build's work spread
over a process pool, with what each stage cost.

Framework-free like the packages it joins: ``catalog`` writes what it returns into the index.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .claimstore import build_claims
from .config import Settings
from .corpus import StoredArticle
from .pipeline import costs
from .pipeline.claims import canonical_text, fact_link_keys
from .pipeline.document import process_document
from .pipeline.entities import load_gazetteer
from .pipeline.errors import ArticleRejected
from .pipeline.facts import EXTRACTOR_VERSION, FactExtractor
from .pipeline.forked import frozen_heap, shared, sharing
from .pipeline.semantic import embed, pack
from .search.writer import IndexBuilder

log = logging.getLogger(__name__)

PARALLEL_BUILD_THRESHOLD = 200  # below this many articles a process pool costs more than it saves
BATCH = 16  # articles per task sent to a build worker


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


def fingerprint(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing:" + str(path).encode())
    return digest.hexdigest()[:16]


# Code and word lists: changing either changes what the pipeline extracts. The code includes the pipeline's
# sub-packages (``pipeline/attribution/``, ``pipeline/cleaning/``, ``pipeline/discourse/``, ``pipeline/entities/``).
PIPELINE_SOURCES = sorted((Path(__file__).parent / "pipeline").rglob("*.py")) + sorted(
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
    results.append(WorkerCosts(costs.take()))
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


def pool_size(articles: int, workers: int | None) -> int:
    """How many processes a build of this many articles runs its work in (1: all in this one)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return workers if workers > 1 and articles >= PARALLEL_BUILD_THRESHOLD else 1


def _claims_in_worker(facts: list[dict] | None, workers: int):
    """The claims of a whole collection of facts (``None``: the ones this forked process inherited), and the CPU
    seconds they took in this process and the ones it forked."""
    costs.take()
    with costs.stage("claims"):
        components = build_claims(shared["build_facts"] if facts is None else facts, workers)
    return components, costs.take()


def claims_beside_commit(facts: list[dict], builder: IndexBuilder, worker_costs: dict, workers: int) -> list:
    """Group the built facts into claims in a process of their own (which forks ``workers`` more for the largest
    steps) while this one commits the articles, passages and facts written so far: the two are independent, and
    each takes minutes on a large corpus. The process is forked where the platform can, so the facts (hundreds of
    megabytes at 100k passages) reach it without being pickled."""
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forking else None
    with sharing(build_facts=facts), frozen_heap(), ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(_claims_in_worker, None if forking else facts, workers)
        builder.checkpoint()
        components, seconds = future.result()
    costs.add(worker_costs, seconds)
    return components


@dataclass(frozen=True)
class WorkerCosts:
    seconds: dict[str, float]


def rounded_costs(seconds: dict[str, float]) -> dict[str, float]:
    return {name: round(value, 3) for name, value in sorted(seconds.items(), key=lambda kv: -kv[1])}



def process_articles(stored: Iterable[StoredArticle], count: int, settings: Settings, processor: Processor,
                     workers: int | None) -> Iterable:
    """(id, processed or None, rejection or None) per article; when a process pool runs, each batch is followed by
    its worker's stage costs (``WorkerCosts``)."""
    workers = pool_size(count, workers)
    if workers > 1:
        with ProcessPoolExecutor(workers, initializer=_init_worker,
                                 initargs=(settings.entities_file, settings.min_article_chars)) as pool:
            yield from _bounded_map(pool, _process_in_worker, _batches(stored, BATCH), window=workers * 4)
        return
    for article in stored:
        try:
            yield article.id, processor(article), None
        except ArticleRejected as error:
            yield article.id, None, str(error)


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def progress_bar(total: int, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="indexing")
