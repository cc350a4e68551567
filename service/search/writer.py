"""Write access to the index: atomic full builds and locked incremental updates.

Layout of the index root::

    <root>/CURRENT            symlink to the live build (swapped with an atomic rename)
    <root>/builds/<build-id>/ a complete Whoosh index plus MANIFEST.json
    <root>/BUILD.lock         held while a full build runs

Readers resolve CURRENT on every request, so a swap is seen at once and never half-done.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import resource
import shutil
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from whoosh import index as windex
from whoosh.multiproc import MpWriter
from whoosh.query import And, Term
from whoosh.reading import SegmentReader

from .documents import (article_document, claim_document, component_document, component_part_document,
                        component_part_id, fact_document, keyword, passage_document, pending_claims_document,
                        record_of)
from .errors import IndexBuildIncomplete, IndexBusy, IndexUnavailable, IndexVersionMismatch
from ..arrays import sorted_unique
from .postings import docs_with_any
from .schema import KIND_CODES, SCHEMA_VERSION, build_schema

MANIFEST = "MANIFEST.json"
# Segment merges, by size tiers. A write commits its own segment without merging (its answer never waits for a
# merge); ``merge_segments`` runs after it, once the client has its answer. Segments of up to MIN_TIER_DOCS
# documents form tier 0, and each tier above holds segments up to MERGE_FACTOR times larger. A tier is merged into
# one segment once it holds MERGE_FACTOR segments, unless the result would exceed MAX_MERGE_DOCS. So a document is
# copied a couple of times over its life, a merge holds the write lock for a bounded time (Whoosh's default policy
# sometimes merges every segment, the built one included: seconds at 10k passages, a minute or more at 100k), and
# the largest segments that writes leave stay until a rebuild or `index optimize` makes one segment again.
MERGE_FACTOR = 10
MIN_TIER_DOCS = 100
MAX_MERGE_DOCS = 20_000
KEEP_OLD_BUILDS = 1
OPEN_ATTEMPTS = 5  # a commit may replace the table of contents Whoosh is about to read; read the new one
# A full build's writer: memory for sorting postings per writing process before they spill to disk in runs (which
# are merged back at commit), and documents per batch handed to a sub-writer process.
BUILD_MEMORY_MB = 1024
BUILD_BATCH_DOCS = 200


def newest_commit(read):
    """``read()`` of the index's newest commit. A commit between Whoosh's listing of the folder and its reading of the
    newest table of contents may remove that one (FileNotFoundError); the next listing finds the commit's."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return read()
        except FileNotFoundError:
            if attempt == OPEN_ATTEMPTS - 1:
                raise


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class IndexLocation:
    """Where the live index is, and how to swap in a new one."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.current_link = self.root / "CURRENT"
        self._current_link_text = str(self.current_link)
        self._paths: dict[str, tuple[Path, str]] = {}  # CURRENT's target -> (build folder, its manifest)
        self.builds = self.root / "builds"

    def current(self) -> Path | None:
        try:
            target = os.readlink(self._current_link_text)
        except (FileNotFoundError, OSError):
            return None
        paths = self._paths.get(target)  # every request asks: the Path objects of a target are made once
        if paths is None:
            path = self.root / target
            paths = self._paths[target] = (path, str(path / MANIFEST))
        return paths[0] if os.path.exists(paths[1]) else None

    def manifest(self) -> dict | None:
        path = self.current()
        if path is None:
            return None
        return json.loads((path / MANIFEST).read_text())

    def open(self):
        """Open the live Whoosh index, checking its schema version."""
        path = self.current()
        if path is None:
            raise IndexUnavailable(f"no index has been built in {self.root}")
        manifest = json.loads((path / MANIFEST).read_text())
        if manifest.get("schema_version") != SCHEMA_VERSION:
            raise IndexVersionMismatch(
                f"index schema version {manifest.get('schema_version')} != {SCHEMA_VERSION}; rebuild the index")
        try:
            return newest_commit(lambda: windex.open_dir(str(path)))
        except (windex.EmptyIndexError, OSError) as error:
            raise IndexUnavailable(f"cannot open index at {path}: {error}") from error

    def swap_to(self, build: Path) -> None:
        tmp_link = self.root / f".CURRENT.{uuid.uuid4().hex}"
        os.symlink(os.path.relpath(build, self.root), tmp_link)
        os.replace(tmp_link, self.current_link)
        _fsync_dir(self.root)

    def prune(self) -> None:
        """Delete old builds; open readers keep their files until they close them."""
        live = self.current()
        if not self.builds.exists():
            return
        old = sorted((p for p in self.builds.iterdir() if p != live), key=lambda p: p.stat().st_mtime)
        for path in old[: max(0, len(old) - KEEP_OLD_BUILDS)]:
            shutil.rmtree(path, ignore_errors=True)


def merge_tier(docs: int) -> int:
    return 0 if docs <= MIN_TIER_DOCS else int(math.log(docs / MIN_TIER_DOCS, MERGE_FACTOR)) + 1


def segments_to_merge(sizes: list[int]) -> list[int]:
    """Positions of the segments (given by their document counts) to merge now: the lowest tier that is full."""
    tiers: dict[int, list[int]] = {}
    for position, docs in enumerate(sizes):
        tiers.setdefault(merge_tier(docs), []).append(position)
    for tier in sorted(tiers):
        members = tiers[tier]
        if len(members) >= MERGE_FACTOR and sum(sizes[i] for i in members) <= MAX_MERGE_DOCS:
            return members
    return []


def tiered_merge(writer, segments):
    """A Whoosh merge policy (``commit(mergetype=...)``): merges ``segments_to_merge`` into the segment being
    written and returns the segments kept as they are."""
    chosen = set(segments_to_merge([segment.doc_count_all() for segment in segments]))
    for position in sorted(chosen):
        writer.add_reader(SegmentReader(writer.storage, writer.schema, segments[position]))
    return [segment for position, segment in enumerate(segments) if position not in chosen]


def _add_record(writer, kind: str, record: dict) -> None:
    make = {"article": article_document, "passage": passage_document, "fact": fact_document,
            "claim": claim_document, "component": component_document,
            "component_part": component_part_document, "pending_claims": pending_claims_document}[kind]
    writer.add_document(**make(record))


# Segments are written as separate files, never compound: a reader copies each sub-file of a compound segment
# into memory (about 300 MB per 100k passages), while plain files are read on demand.


def _children_cpu_seconds() -> float:
    """CPU seconds of this process's child processes that have ended and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _BuildWriter(MpWriter):
    """Whoosh's multiprocessing writer, handing a full batch to a sub-writer when a group of documents (an
    article's) ends: Whoosh's own never hands one over inside a group, and a build adds every document in one."""

    def end_group(self):
        super().end_group()
        if not self._grouping and len(self.docbuffer) >= self.batchsize:
            self._enqueue()

    def cancel(self):
        """Stop the sub-writers too: Whoosh cancels only those it started itself, and one left waiting for work
        would keep the process from exiting. What they wrote goes with the discarded build."""
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join()
        super().cancel()


class IndexBuilder:
    """Builds a complete index in a fresh directory and swaps it in on success.

    A failed or interrupted build leaves the live index untouched.
    """

    def __init__(self, root: str | os.PathLike, manifest: dict, *, memory_mb: int = BUILD_MEMORY_MB,
                 procs: int = 1, batch_docs: int = BUILD_BATCH_DOCS):
        self.location = IndexLocation(root)
        self.manifest = dict(manifest, schema_version=SCHEMA_VERSION)
        self.memory_mb = memory_mb
        self.procs = procs
        self.batch_docs = batch_docs
        self.subwriter_seconds = 0.0  # CPU of the sub-writer processes, known once they have ended
        self.counts = {"article": 0, "passage": 0, "fact": 0}  # claims and components once there are any

    def __enter__(self):
        self.location.builds.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self.location.root / "BUILD.lock", "w")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            self._lock_file.close()
            raise IndexBusy("another index build is running", retry_after=30) from error
        self.path = self.location.builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self.path.mkdir()
        self._index = windex.create_in(str(self.path), build_schema())
        self._writer = self._new_writer(self.procs)
        return self

    def _new_writer(self, procs: int):
        """A writer for the build. With more than one process, Whoosh's multiprocessing writer analyses and
        writes the documents in sub-processes, each into a segment of its own (``multisegment``: no merge at
        commit), so the one process that feeds it is not the build's bottleneck."""
        if procs > 1:
            return _BuildWriter(self._index, procs=procs, multisegment=True, start_method="spawn",
                                batchsize=self.batch_docs, limitmb=self.memory_mb, compound=False)
        return self._index.writer(limitmb=self.memory_mb, compound=False)

    def add(self, kind: str, record: dict) -> None:
        _add_record(self._writer, kind, record)
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def checkpoint(self) -> None:
        """Commit what was added so far and go on: what is added next (a build's claims, a few percent of its
        documents but a third of its stored bytes) lands in segments of its own, written by as many sub-writers as
        the build's. The build stays invisible until it is swapped in on exit."""
        self._commit()
        self._writer = self._new_writer(self.procs)

    def _commit(self) -> None:
        """Commit the writer; a multiprocessing writer's commit waits for its sub-writers, whose CPU seconds are
        then added to ``subwriter_seconds``."""
        before = _children_cpu_seconds()
        self._writer.commit(optimize=False)
        self.subwriter_seconds += _children_cpu_seconds() - before

    def add_article(self, article: dict, passages: Iterable[dict], facts: Iterable[dict]) -> None:
        with self._writer.group():  # an article's documents go to one sub-writer, so to one segment
            self.add("article", article)
            for passage in passages:
                self.add("passage", passage)
            for fact in facts:
                self.add("fact", fact)

    def _check_complete(self) -> None:
        """Every document added is in the committed build: a sub-writer that died would otherwise lose its
        segment without a word (Whoosh's multiprocessing writer skips a sub-writer that sent no result)."""
        with self._index.reader() as reader:
            written = reader.doc_count_all()
        added = sum(self.counts.values())
        if written != added:
            raise IndexBuildIncomplete(f"the build wrote {written} of the {added} documents it was given")

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is not None:
                self._writer.cancel()
                shutil.rmtree(self.path, ignore_errors=True)
                return False
            self._commit()
            try:
                self._check_complete()
            except IndexBuildIncomplete:
                shutil.rmtree(self.path, ignore_errors=True)
                raise
            manifest = dict(self.manifest, counts=self.counts, built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                                      time.gmtime()))
            (self.path / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
            _fsync_dir(self.path)
            self.location.swap_to(self.path)
            self.location.prune()
            return False
        finally:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()


class WriteSession:
    """Changes to the live index made under its write lock; committed together or not at all."""

    def __init__(self, index, writer):
        self._index = index
        self._writer = writer
        self._searcher = writer.searcher()
        self._kinds = None  # the kind_code column reader, opened on first use
        self._pending: dict[str, dict] = {}  # content hash -> article added in this session, not yet committed
        self.changed = False
        self.removed_articles: set[str] = set()  # articles deleted or replaced in this session
        self.written_articles: set[str] = set()  # articles (re)written in this session and not deleted after

    def article_by_hash(self, content_hash: str) -> dict | None:
        fields = self._searcher.document(content_hash=content_hash)
        return record_of(fields) if fields and fields.get("kind") == "article" else None

    def pending_article_by_hash(self, content_hash: str) -> dict | None:
        return self._pending.get(content_hash)

    def article(self, article_id: str) -> dict | None:
        fields = self._searcher.document(id=article_id)
        return record_of(fields) if fields and fields.get("kind") == "article" else None

    def article_raw_hashes(self) -> dict[str, str]:
        """Map each indexed article id to the hash of the raw file it was built from."""
        docs = list(self._searcher.docs_for_query(Term("kind", "article")))
        if not docs:  # an empty index has no columns to read
            return {}
        keys = self._searcher.reader().column_reader("article_key")
        pairs = (keys[docnum].decode().split(" ", 1) for docnum in docs)
        return dict(pair for pair in pairs if len(pair) == 2)

    def replace_article(self, article: dict, passages: Iterable[dict], facts: Iterable[dict]) -> None:
        self.delete_article(article["id"])
        _add_record(self._writer, "article", article)
        self._pending[article["content_hash"]] = article
        self.written_articles.add(article["id"])
        self.changed = True
        for passage in passages:
            _add_record(self._writer, "passage", passage)
        for fact in facts:
            _add_record(self._writer, "fact", fact)

    def delete_article(self, article_id: str) -> bool:
        deleted = self._writer.delete_by_term("article_id", article_id) > 0
        self.changed |= deleted
        self.written_articles.discard(article_id)
        if deleted:
            self.removed_articles.add(article_id)
        return deleted

    # -- pending claims: articles whose claims a later session brings up to date -------------------------
    def mark_claims_pending(self) -> dict | None:
        """Record, in this session's commit, which articles it added, replaced or removed, so that their claims
        can be updated after the commit (``pending_claims``). Returns the record, or None when no article
        changed."""
        articles = self.written_articles | self.removed_articles
        if not articles:
            return None
        record = {"id": f"pending-{uuid.uuid4().hex}", "articles": sorted(articles),
                  "added": sorted(self.written_articles - self.removed_articles),
                  "replaced": sorted(self.written_articles & self.removed_articles),
                  "removed": sorted(self.removed_articles - self.written_articles),
                  "committed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        _add_record(self._writer, "pending_claims", record)
        self.changed = True
        return record

    def pending_claims(self) -> list[dict]:
        """Every committed pending-claims record, oldest first."""
        return sorted(self._records("pending_claims", ("kind", ["pending_claims"])),
                      key=lambda r: (r["committed_at"], r["id"]))

    def claims_pending_for(self, article_id: str) -> bool:
        """Whether the article's claims await settling: it was written in this session, or a committed pending
        record names it."""
        if article_id in self.written_articles:
            return True
        q = And([Term("kind", "pending_claims"), Term("articles", article_id)])
        return any(True for _ in self._searcher.docs_for_query(q))

    def delete_pending_claims(self, record_ids: Iterable[str]) -> None:
        for record_id in record_ids:
            self._writer.delete_by_term("id", record_id)
            self.changed = True

    def facts_of_articles(self, article_ids: Iterable[str]) -> list[dict]:
        """The committed facts of these articles (stored records: no link keys, no vector)."""
        return self._records("fact", ("article_id", article_ids))

    # -- claims (the committed state, as a settle reads it) ---------------------------------------------------
    def _records(self, kind: str, *conditions: tuple[str, Iterable[str]]) -> list[dict]:
        """Committed records of ``kind`` holding any of the values of any (field, values) condition, in index
        order. The posting lists of the values are read as arrays and the kind is checked per document found:
        intersecting with the kind's own posting list (every fact, say) would walk it posting by posting."""
        parts = [docs_with_any(self._searcher, fieldname, sorted(set(values))) for fieldname, values in conditions]
        docs = sorted_unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
        if not len(docs):
            return []
        if self._kinds is None:
            self._kinds = self._searcher.reader().column_reader("kind_code")
        kinds, code = self._kinds, KIND_CODES[kind]
        return [record_of(self._searcher.stored_fields(doc)) for doc in docs.tolist() if kinds[doc] == code]

    def component_parts_with(self, *, articles: Iterable[str] = (), facts: Iterable[str] = ()) -> list[dict]:
        """Committed component parts holding any of these articles or facts."""
        return self._records("component_part", ("articles", articles), ("members", facts))

    def _by_id(self, kind: str, ids: Iterable[str]) -> list[dict]:
        """The committed records of ``kind`` with these ids, in index order (ids that are not of that kind are
        skipped)."""
        return self._records(kind, ("id", ids))

    def component_heads(self, component_ids: Iterable[str]) -> list[dict]:
        """The committed heads (``{"id", "size"}``, maybe ``"exact"``) of these components."""
        return self._by_id("component", component_ids)

    def component_members(self, component_id: str, *, articles: Iterable[str] | None = None) -> dict[str, str]:
        """{fact id: article id} of a committed component, or of its parts for these articles only."""
        if articles is None:
            parts = self._records("component_part", ("component", [component_id]))
        else:
            parts = self._by_id("component_part", [component_part_id(component_id, a) for a in articles])
        members: dict[str, str] = {}
        for part in parts:
            members.update(part["facts"])
        return members

    def component_parts(self, component_id: str, articles: Iterable[str]) -> dict[str, dict[str, str]]:
        """{article id: {fact id: article id}} of a committed component's parts for these articles (one look-up
        for them all)."""
        parts = self._by_id("component_part", [component_part_id(component_id, a) for a in articles])
        return {part["article"]: part["facts"] for part in parts}

    def claims_with(self, facts: Iterable[str]) -> list[dict]:
        """Committed claims holding any of these facts."""
        return self._records("claim", ("members", facts))

    def delete_claims(self, claim_ids: Iterable[str]) -> None:
        for claim_id in claim_ids:  # ids are unique across kinds
            self._writer.delete_by_term("id", claim_id)
            self.changed = True

    def write_component_head(self, head: dict) -> None:
        """Replace a component's head document, keeping its parts and claims."""
        self._writer.delete_by_term("id", head["id"])
        _add_record(self._writer, "component", head)
        self.changed = True

    def write_component_part(self, component_id: str, article_id: str, facts: dict[str, str]) -> None:
        """Replace (or, with no facts, delete) the part of a component that holds one article's facts."""
        part_id = component_part_id(component_id, article_id)
        self._writer.delete_by_term("id", part_id)
        if facts:
            _add_record(self._writer, "component_part",
                        {"id": part_id, "component": component_id, "article": article_id, "facts": facts})
        self.changed = True

    def facts_sharing(self, entities: Iterable[str], keys: Iterable[str], *, limit: int,
                      exclude_articles: Iterable[str] = ()) -> list[dict]:
        """Committed facts naming one of these entities and indexed with one of these link keys, at most
        ``limit`` of them (in index order), leaving out the facts of ``exclude_articles``."""
        excluded = set(exclude_articles)
        names = sorted({keyword(e) for e in entities})
        terms = sorted({keyword(k) for k in keys})
        if not names or not terms:
            return []
        # Only facts carry link keys; the kind is checked on the few documents read all the same.
        docs = np.intersect1d(docs_with_any(self._searcher, "link_keys", terms),
                              docs_with_any(self._searcher, "entities", names), assume_unique=True)
        out = []
        for doc in docs.tolist():
            fields = self._searcher.stored_fields(doc)
            if fields.get("kind") == "fact" and fields.get("article_id") not in excluded:
                out.append(record_of(fields))
                if len(out) == limit:
                    break
        return out

    def facts_by_id(self, ids: Iterable[str]) -> list[dict]:
        return self._by_id("fact", ids)

    def replace_components(self, old_ids: Iterable[str], components: Iterable) -> None:
        """Delete these components (head, parts and claims), then add new ones (``StoredComponent``-like objects
        whose ``records()`` yield ``(kind, record)``)."""
        for component_id in old_ids:
            self._writer.delete_by_term("component", component_id)
            self.changed = True
        self.add_components(components)

    def add_components(self, components: Iterable) -> None:
        for component in components:
            for kind, record in component.records():
                _add_record(self._writer, kind, record)
            self.changed = True


def _locked_writer(root: str | os.PathLike, lock_timeout: float):
    """(index, writer) holding the index write lock, waiting at most ``lock_timeout`` seconds for it."""
    index = IndexLocation(root).open()
    try:
        return index, index.writer(timeout=lock_timeout, delay=0.05, compound=False)
    except windex.LockError as error:
        raise IndexBusy(f"the index stayed locked for {lock_timeout:g}s", retry_after=max(1, round(lock_timeout)))\
            from error


@contextmanager
def write_session(root: str | os.PathLike, *, lock_timeout: float) -> Iterator[WriteSession]:
    """Hold the index write lock (waiting at most ``lock_timeout`` seconds) and commit on success."""
    index, writer = _locked_writer(root, lock_timeout)
    session = WriteSession(index, writer)
    try:
        yield session
    except BaseException:
        session._searcher.close()
        writer.cancel()
        raise
    session._searcher.close()
    if session.changed:
        writer.commit(merge=False)
    else:  # an empty commit would still bump the generation and make every reader reopen
        writer.cancel()


def merge_segments(root: str | os.PathLike) -> bool:
    """Merge the lowest full tier of segments, if any, unless another writer holds the lock (it will leave a
    segment of its own, and the merge after it takes them all). True when segments were merged."""
    index = IndexLocation(root).open()
    try:
        writer = index.writer(timeout=0, compound=False)
    except windex.LockError:
        return False
    if not segments_to_merge([segment.doc_count_all() for segment in writer.segments]):
        writer.cancel()  # nothing to merge: no new generation, so readers keep their searchers
        return False
    writer.commit(mergetype=tiered_merge)
    return True


def optimize(root: str | os.PathLike, *, lock_timeout: float) -> int:
    """Merge every segment of the live index into one (under the write lock); returns the segments there were."""
    _, writer = _locked_writer(root, lock_timeout)
    segments = len(writer.segments)
    writer.commit(optimize=True)
    return segments


__all__ = ["IndexBuilder", "IndexLocation", "WriteSession", "merge_segments", "optimize", "tiered_merge",
           "write_session"]
