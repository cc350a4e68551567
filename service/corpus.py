"""The article corpus on disk: the source of truth from which the index can always be rebuilt.

Each article is ``<id>.txt`` (the raw scraped text, as received) or ``<id>.html`` (the raw HTML page, re-extracted
at every rebuild) with an optional ``<id>.json`` sidecar holding metadata the page lacks (title, source, byline,
published, url, and who speaks: speaker, publisher, document kind). Writes are durable before they return: temp
file, fsync, atomic rename, fsync of the directory.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
# "speaker", "publisher" and "kind" say who speaks in the text when the page does not (see pipeline/discourse/).
SIDECAR_FIELDS = ("title", "source", "byline", "published", "url", "speaker", "publisher", "kind")
# The kinds of article file, by suffix, in the order they are looked for.
KINDS = {"text": ".txt", "html": ".html"}
DRAIN_LOCK = ".drain.lock"  # in the queue directory; not an article id, so never read as a marker


class CorpusError(Exception):
    """A corpus file cannot be read or written."""


@dataclass(frozen=True)
class StoredArticle:
    id: str
    raw: bytes
    sidecar: dict | None
    kind: str = "text"  # "text" (a scraped page) or "html"

    @property
    def raw_hash(self) -> str:
        digest = hashlib.sha256(self.raw)
        if self.kind != "text":
            digest.update(self.kind.encode())
        if self.sidecar:
            digest.update(json.dumps(self.sidecar, sort_keys=True).encode())
        return digest.hexdigest()


def stored_form(article_id: str, raw: bytes, sidecar: dict | None, kind: str = "text") -> StoredArticle:
    """The article as ``ArticleStore.write`` stores it (and ``read`` reads it back), without writing it."""
    sidecar = {k: sidecar[k] for k in SIDECAR_FIELDS if sidecar and sidecar.get(k) is not None} or None
    return StoredArticle(article_id, raw, sidecar, kind)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ArticleStore:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    def ids(self) -> list[str]:
        if not self.directory.is_dir():
            raise CorpusError(f"corpus directory {self.directory} does not exist")
        return sorted({p.stem for suffix in KINDS.values() for p in self.directory.glob(f"*{suffix}")
                       if ARTICLE_ID.match(p.stem)})

    def _article_file(self, article_id: str) -> tuple[str, Path] | None:
        for kind, suffix in KINDS.items():
            path = self.directory / f"{article_id}{suffix}"
            if path.exists():
                return kind, path
        return None

    def exists(self, article_id: str) -> bool:
        return bool(ARTICLE_ID.match(article_id)) and self._article_file(article_id) is not None

    def read(self, article_id: str) -> StoredArticle:
        if not ARTICLE_ID.match(article_id):
            raise CorpusError(f"invalid article id {article_id!r}")
        found = self._article_file(article_id)
        if found is None:
            raise CorpusError(f"cannot read article {article_id}: no such file")
        kind, path = found
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CorpusError(f"cannot read article {article_id}: {error}") from error
        sidecar_path = self.directory / f"{article_id}.json"
        sidecar = None
        if sidecar_path.exists():
            try:
                loaded = json.loads(sidecar_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise CorpusError(f"sidecar {sidecar_path.name} is not valid JSON: {error}") from error
            if not isinstance(loaded, dict):
                raise CorpusError(f"sidecar {sidecar_path.name} must hold a JSON object")
            sidecar = {k: loaded[k] for k in SIDECAR_FIELDS if loaded.get(k) is not None}
            if "source" not in sidecar and loaded.get("publisher") is not None:
                sidecar["source"] = loaded["publisher"]  # "publisher" is read as another name for "source"
        return StoredArticle(article_id, raw, sidecar or None, kind)

    def write(self, article_id: str, raw: bytes, sidecar: dict | None, kind: str = "text") -> StoredArticle:
        """Persist an article durably; the sidecar lands first so the article never appears without it."""
        if not ARTICLE_ID.match(article_id):
            raise CorpusError(f"invalid article id {article_id!r}")
        if kind not in KINDS:
            raise CorpusError(f"unknown article kind {kind!r}")
        self.directory.mkdir(parents=True, exist_ok=True)
        sidecar = stored_form(article_id, raw, sidecar, kind).sidecar
        if sidecar:
            _write_durably(self.directory / f"{article_id}.json",
                           json.dumps(sidecar, ensure_ascii=False, indent=2, sort_keys=True).encode())
        _write_durably(self.directory / f"{article_id}{KINDS[kind]}", raw)
        _fsync_dir(self.directory)
        return StoredArticle(article_id, raw, sidecar, kind)

    def delete(self, article_id: str) -> bool:
        """Remove an article; the text goes first so a crash never leaves a half-deleted article visible."""
        if not self.exists(article_id):
            return False
        for suffix in KINDS.values():
            (self.directory / f"{article_id}{suffix}").unlink(missing_ok=True)
        (self.directory / f"{article_id}.json").unlink(missing_ok=True)
        _fsync_dir(self.directory)
        return True


class IngestQueue:
    """Articles stored but not indexed yet: an empty marker file per article id, written durably before an
    asynchronous ingest is acknowledged and removed once the article's index commit is done. Any worker indexes
    what the queue holds (``Catalog.index_queued``), so an acknowledged article survives a crash of the worker that
    took it: the stored file and its marker are both on disk before the answer."""

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    def add(self, article_id: str) -> None:
        if not ARTICLE_ID.match(article_id):
            raise CorpusError(f"invalid article id {article_id!r}")
        self.directory.mkdir(parents=True, exist_ok=True)
        _write_durably(self.directory / article_id, b"")
        _fsync_dir(self.directory)

    def ids(self) -> list[str]:
        """The queued ids, oldest first (then by id)."""
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return []
        found = []
        for entry in entries:
            if ARTICLE_ID.match(entry.name):
                try:
                    found.append((entry.stat().st_mtime_ns, entry.name))
                except FileNotFoundError:  # indexed and removed by another worker meanwhile
                    continue
        return [name for _, name in sorted(found)]

    def __contains__(self, article_id: str) -> bool:
        return bool(ARTICLE_ID.match(article_id)) and (self.directory / article_id).exists()

    @contextmanager
    def draining(self) -> Iterator[bool]:
        """Whether this process may drain the queue now: an exclusive, non-blocking lock on a file beside the
        markers, held for the block (the kernel lets go if the process dies)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / DRAIN_LOCK, "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def remove(self, article_ids: Iterable[str]) -> None:
        removed = False
        for article_id in article_ids:
            path = self.directory / article_id
            if ARTICLE_ID.match(article_id) and path.exists():
                path.unlink(missing_ok=True)
                removed = True
        if removed:
            _fsync_dir(self.directory)
