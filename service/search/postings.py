"""Whoosh's own postings and per-document columns, decoded into numpy arrays, one leaf (segment) reader at a time.

Everything here reads what Whoosh wrote, through its segment readers: the posting blocks of a term (document
numbers and term frequencies), the byte-encoded field lengths and fixed-width numeric columns. Local document
numbers are returned; callers add the leaf's document offset. Deleted documents are *not* removed here (a
segment's postings keep them until a merge); :func:`deleted_mask` says which they are.

The fast paths use the structure of Whoosh's W3 codec (pickled blocks of delta-encoded ids and weights, and
columns of big-endian fixed-width values); anything else is read through Whoosh's public matcher and column
interfaces, which give the same numbers more slowly.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.columns import FixedBytesColumn, NumericColumn
from whoosh.util.numeric import byte_to_length

from ..arrays import sorted_unique

# Whoosh stores each field length as one byte; this is its decoding (byte_to_length), as a lookup table.
LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)

EMPTY_IDS = np.zeros(0, dtype=np.int64)
EMPTY_WEIGHTS = np.zeros(0, dtype=np.float64)
# Decoded postings kept per process, across searchers: a segment never changes once written (deletions are a
# separate mask), so a searcher reopened after a write decodes only the terms of the segments that are new.
SEGMENT_POSTINGS_BYTES = 64 * 1024 * 1024


class SegmentPostingsCache:
    """An LRU of decoded postings by (segment, field, term), bounded in bytes and safe across threads."""

    def __init__(self, max_bytes: int = SEGMENT_POSTINGS_BYTES):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def postings(self, reader, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
        """``term_postings`` of one leaf reader, decoded once per segment and term. The arrays are shared:
        callers must not modify them in place."""
        key = (segment_key(reader), fieldname, btext)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        found = term_postings(reader, fieldname, btext)
        for array in found:
            array.flags.writeable = False
        size = found[0].nbytes + found[1].nbytes
        if size <= self.max_bytes and key[0] is not None:
            with self._lock:
                if key not in self._items:
                    self._items[key] = found
                    self.bytes += size
                    while self.bytes > self.max_bytes:
                        _, (ids, weights) = self._items.popitem(last=False)
                        self.bytes -= ids.nbytes + weights.nbytes
        return found

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.bytes = 0


def segment_key(reader) -> tuple | None:
    """What identifies a leaf reader's segment for ever: its index folder and segment id (None when unknown)."""
    segment = reader.segment() if callable(getattr(reader, "segment", None)) else None
    if segment is None:
        return None
    storage = reader.storage() if callable(getattr(reader, "storage", None)) else None
    return getattr(storage, "folder", None), segment.segment_id()


SEGMENT_POSTINGS = SegmentPostingsCache()


def term_postings(reader, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(local document numbers ascending, weights) of one term in one leaf reader, deleted documents included."""
    if (fieldname, btext) not in reader:
        return EMPTY_IDS, EMPTY_WEIGHTS
    terms = getattr(reader, "_terms", None)
    if terms is None:
        return _matcher_postings(reader.postings(fieldname, btext))
    matcher = terms.matcher(fieldname, btext, reader.schema[fieldname].format)
    if type(matcher) is W3LeafMatcher:
        return _block_postings(matcher)
    return _matcher_postings(matcher)


def _block_postings(matcher: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """Decode every block at once: ids are delta-encoded per block, weights are None (all 1), one float or a
    tuple (see W3PostingsWriter._mini_ids/_mini_weights)."""
    id_parts, weight_parts = [], []
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        deltas, weights = matcher._data[0], matcher._data[1]
        count = matcher._blocklength
        id_parts.append(np.cumsum(np.array(deltas, dtype=np.int64)))
        if weights is None:
            weight_parts.append(np.ones(count, dtype=np.float64))
        elif isinstance(weights, float):
            weight_parts.append(np.full(count, weights, dtype=np.float64))
        else:
            weight_parts.append(np.array(weights, dtype=np.float64))
        matcher._next_block()
    if not id_parts:
        return EMPTY_IDS, EMPTY_WEIGHTS
    if len(id_parts) == 1:
        return id_parts[0], weight_parts[0]
    return np.concatenate(id_parts), np.concatenate(weight_parts)


def _matcher_postings(matcher) -> tuple[np.ndarray, np.ndarray]:
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)


def deleted_mask(reader) -> np.ndarray | None:
    """True for each deleted document of the leaf, or None when it has none."""
    if not reader.has_deletions():
        return None
    mask = np.zeros(reader.doc_count_all(), dtype=bool)
    docs = getattr(reader, "deleted_docs_set", None)
    if docs is None:
        docs = [doc for doc in range(len(mask)) if reader.is_deleted(doc)]
    deleted = np.fromiter(docs, dtype=np.int64)
    mask[deleted[deleted < len(mask)]] = True
    return mask


def field_lengths(reader, fieldname: str) -> np.ndarray:
    """Length of ``fieldname`` per document of the leaf as BM25F sees it (``doc_field_length``): the stored
    length bytes (uint8, 1 byte per document; decode with LENGTH_OF_BYTE), or decoded lengths (float64) when the
    column cannot be read directly."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc is not None else None
    raw = _fixed_width(column, np.uint8, count, 0)
    if raw is not None:
        return raw
    return np.array([reader.doc_field_length(doc, fieldname, 1) or 0 for doc in range(count)], dtype=np.float64)


def decoded_lengths(lengths: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The lengths of documents ``ids`` from what field_lengths returned."""
    if lengths.dtype == np.uint8:
        return LENGTH_OF_BYTE[lengths[ids]]
    return lengths[ids]


def numeric_column(reader, fieldname: str) -> np.ndarray:
    """A NumericColumn field's value per document of the leaf (its default where none was written), in the
    column's own number type."""
    count = reader.doc_count_all()
    column_type = reader.schema[fieldname].column_type
    dtype = np.dtype(column_type._typecode).newbyteorder(">")
    if not reader.has_column(fieldname):
        return np.full(count, column_type.default_value(), dtype=dtype.newbyteorder("="))
    column = reader.column_reader(fieldname, translate=False)
    raw = _fixed_width(column, dtype, count, column_type.default_value())
    if raw is None:
        raw = np.array(list(column), dtype=dtype)
    return raw.astype(dtype.newbyteorder("="))


def fixed_bytes_column(reader, fieldname: str, width: int) -> np.ndarray:
    """A FixedBytesColumn field's value per document of the leaf, as a numpy bytes array (``S<width>``; empty
    bytes where none was written)."""
    count = reader.doc_count_all()
    dtype = np.dtype(f"S{width}")
    if not reader.has_column(fieldname):
        return np.zeros(count, dtype=dtype)
    column = reader.column_reader(fieldname, translate=False)
    if type(column) is FixedBytesColumn.Reader and column._fixedlen == width:
        written = min(column._count, count)
        out = np.zeros(count, dtype=dtype)
        out[:written] = np.frombuffer(column._dbfile.get(column._basepos, written * width), dtype=dtype)
        return out
    return np.array([column[doc] or b"" for doc in range(count)], dtype=dtype)


def _fixed_width(column, dtype, count: int, default) -> np.ndarray | None:
    """Values of a Whoosh NumericColumn reader: ``_count`` big-endian values from ``_basepos``, then defaults."""
    if not isinstance(column, NumericColumn.Reader):
        return None
    dtype = np.dtype(dtype)
    if dtype.itemsize != column._fixedlen:
        return None
    written = min(column._count, count)
    data = np.frombuffer(column._dbfile.get(column._basepos, written * dtype.itemsize), dtype=dtype)
    if written == count:
        return data
    out = np.full(count, default, dtype=dtype)
    out[:written] = data
    return out


def docs_with_any(searcher, fieldname: str, texts) -> np.ndarray:
    """Global document numbers (ascending, live documents only) holding any of ``texts`` in ``fieldname``: the
    same set as ``docs_for_query(Or([Term(fieldname, t) ...]))``, from decoded posting blocks instead of Whoosh's
    per-posting matcher loop."""
    parts = []
    for leaf, offset in searcher.reader().leaf_readers():
        field = leaf.schema[fieldname]
        deleted = deleted_mask(leaf)
        for text in texts:
            ids, _ = term_postings(leaf, fieldname, field.to_bytes(text))
            if deleted is not None and len(ids):
                ids = ids[~deleted[ids]]
            if len(ids):
                parts.append(ids + offset)
    return sorted_unique(np.concatenate(parts)) if parts else EMPTY_IDS
