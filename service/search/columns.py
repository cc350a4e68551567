"""What a segment's columns give, kept per segment across index generations.

A segment never changes once written (deletions are a separate mask), but every new searcher opens its segments'
readers again, and opening a variable-bytes column reads the offsets and lengths of all its documents (Whoosh's
``VarBytesColumn.Reader``): at 100k passages the stored fields and vectors cost a new searcher about 8 ms, and the
first request after each write paid it. Here a (segment, column) is opened once per process, on a file of its own
(a searcher closes its readers' files when it is replaced), and kept while its segment is in the index; the file
closes once nothing reads through it any more. Values derived from a segment's columns (its field lengths) are
kept the same way.
"""

from __future__ import annotations

import threading
import weakref

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader

from .postings import segment_key

_MISSING = object()


class SegmentColumns:
    """Per (segment, name): a value computed once from the segment's files, safe across threads. ``opened`` counts
    the values computed."""

    def __init__(self):
        self._items: dict = {}
        self._lock = threading.Lock()
        self.opened = 0

    def value(self, leaf, name, compute):
        """``compute()`` for the leaf's segment, once per segment and ``name`` (not kept for a leaf whose segment
        is unknown)."""
        key = segment_key(leaf)
        with self._lock:
            found = self._items.get((key, name), _MISSING)
        if found is not _MISSING:
            return found
        found = compute()
        if key is not None:
            with self._lock:
                found = self._items.setdefault((key, name), found)
                self.opened += 1
        return found

    def reader(self, leaf, fieldname: str, column):
        """``column``'s reader of the leaf's ``fieldname`` column file, opened once per segment; None when the
        segment has no such file or the leaf is not a W3 segment reader (then the leaf's own reader serves)."""
        perdoc = getattr(leaf, "_perdoc", None)
        if type(perdoc) is not W3PerDocReader:
            return None
        return self.value(leaf, ("column", fieldname), lambda: _open_column(perdoc, fieldname, column))

    def keep(self, segments: set) -> None:
        """Drop every segment but these (index folder, segment id) pairs."""
        with self._lock:
            self._items = {key: value for key, value in self._items.items() if key[0] in segments}

    def segments(self) -> set:
        with self._lock:
            return {segment for segment, _ in self._items}


def _open_column(perdoc: W3PerDocReader, fieldname: str, column):
    """A reader of one segment's column file on a file of its own (as ``W3PerDocReader.column_reader`` opens it),
    or None when the segment has none. The file is closed when its last user lets go of it."""
    storage, segment = perdoc._storage, perdoc._segment
    filename = W3Codec.column_filename(segment, fieldname)
    if not storage.file_exists(filename):
        return None
    colfile = storage.open_file(filename)
    raw = getattr(colfile, "file", None)
    if raw is not None and hasattr(raw, "close"):
        weakref.finalize(colfile, raw.close)
    return column.reader(colfile, 0, storage.file_length(filename), perdoc.doc_count_all())


SEGMENT_COLUMNS = SegmentColumns()
