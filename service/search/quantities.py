"""Quantities in the index: what a fact's figures measure, in which unit, and their normalised values.

Each fact document carries
    ``q_units``       every unit of its quantities, as extracted ("miles") and normalised ("km");
    ``q_dimensions``  every dimension of its quantities ("length", "persons");
    ``q_values``      a column holding each quantity as (unit, normalised unit, dimension, value), packed.

A ``unit`` or ``dimension`` filter alone is a posting-list lookup. When a filter combines conditions (a unit and
a value range, say), they must hold for the same quantity: each segment's packed column is then decoded once per
process into a ``QuantityTable`` (one row per quantity: its document, unit, normalised unit and dimension codes,
and value), and a filter is a few array comparisons over the rows of the documents the posting lists allowed
(``QuantityTable.meets``), never over every quantity of the segment. A segment never changes once written (deletions are
a separate mask), so a searcher reopened after a write decodes only the segments that are new.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh.columns import VarBytesColumn

from .postings import segment_key
from .schema import normalize_key

# Segments whose quantity tables a process keeps (a table costs about 20 bytes a quantity).
QUANTITY_TABLES = 256

_QUANTITY, _FIELD = "\x1e", "\x1f"


def _clean(value) -> str:
    return normalize_key(str(value)).replace(_QUANTITY, " ").replace(_FIELD, " ") if value is not None else ""


def quantity_value(quantity: dict) -> float | None:
    """The value a range filter compares: the normalised one when the extractor normalised it."""
    normalized = quantity.get("normalized") or {}
    value = normalized.get("value") if isinstance(normalized, dict) else None
    if value is None:
        value = quantity.get("value")
    return float(value) if isinstance(value, (int, float)) else None


def quantity_units(quantity: dict) -> list[str]:
    normalized = quantity.get("normalized") or {}
    units = [quantity.get("unit"), normalized.get("unit") if isinstance(normalized, dict) else None]
    return [u for u in units if u]


def pack_quantities(quantities) -> bytes:
    rows = []
    for q in quantities or ():
        units = [_clean(q.get("unit")), _clean(((q.get("normalized") or {}) or {}).get("unit"))]
        value = quantity_value(q)
        rows.append(_FIELD.join([*units, _clean(q.get("dimension")), repr(value) if value is not None else ""]))
    return _QUANTITY.join(rows).encode()


def unpack_quantities(packed: bytes) -> list[tuple[str, str, str, float | None]]:
    out = []
    for row in packed.decode().split(_QUANTITY) if packed else ():
        unit, norm_unit, dimension, value = row.split(_FIELD)
        out.append((unit, norm_unit, dimension, float(value) if value else None))
    return out


@dataclass(frozen=True)
class QuantityFilter:
    """Conditions that one quantity of a fact must meet together; all optional."""

    unit: str | None = None
    dimension: str | None = None
    min_value: float | None = None
    max_value: float | None = None

    def __post_init__(self):
        object.__setattr__(self, "unit", normalize_key(self.unit) if self.unit else None)
        object.__setattr__(self, "dimension", normalize_key(self.dimension) if self.dimension else None)

    @property
    def empty(self) -> bool:
        return self.unit is None and self.dimension is None and self.min_value is None and self.max_value is None

    def term_queries(self) -> list[wq.Query]:
        """Posting-list clauses: each condition holds for some quantity of the fact."""
        clauses: list[wq.Query] = []
        if self.unit:
            clauses.append(wq.Term("q_units", self.unit))
        if self.dimension:
            clauses.append(wq.Term("q_dimensions", self.dimension))
        if not clauses and not self.empty:
            clauses.append(wq.Term("has_quantity", True))
        return clauses

    @property
    def needs_column(self) -> bool:
        """Whether the posting lists alone cannot decide (a value range, or two conditions on one quantity)."""
        return self.min_value is not None or self.max_value is not None or bool(self.unit and self.dimension)


@dataclass(frozen=True)
class QuantityTable:
    """Every quantity of one segment, one row each: its local document (ascending), the codes of its unit,
    normalised unit and dimension (``codes`` maps each string to its code), and its value (NaN: none)."""

    docs: np.ndarray
    units: np.ndarray
    norm_units: np.ndarray
    dimensions: np.ndarray
    values: np.ndarray
    codes: dict

    def meets(self, wanted: QuantityFilter, local: np.ndarray) -> np.ndarray:
        """For each of the ``local`` documents, whether one of its quantities meets every condition of ``wanted``.
        Only those documents' rows are compared (each document's rows are a run of ``docs``, found by bisection)."""
        start = np.searchsorted(self.docs, local, "left")
        counts = np.searchsorted(self.docs, local, "right") - start
        owner = np.repeat(np.arange(len(local)), counts)
        rows = np.arange(len(owner)) + np.repeat(start - (np.cumsum(counts) - counts), counts)
        keep = np.ones(len(rows), dtype=bool)
        if wanted.unit:
            code = self.codes.get(wanted.unit, -1)
            keep &= (self.units[rows] == code) | (self.norm_units[rows] == code)
        if wanted.dimension:
            keep &= self.dimensions[rows] == self.codes.get(wanted.dimension, -1)
        values = self.values[rows] if wanted.min_value is not None or wanted.max_value is not None else None
        if wanted.min_value is not None:
            keep &= values >= wanted.min_value  # NaN (no value) never compares true
        if wanted.max_value is not None:
            keep &= values <= wanted.max_value
        found = np.zeros(len(local), dtype=bool)
        found[owner[keep]] = True
        return found


def _packed_values(reader):
    """(local document, packed quantities) for each document of a leaf reader that has some."""
    if not reader.has_column("q_values"):
        return
    column = reader.column_reader("q_values", translate=False)
    if type(column) is VarBytesColumn.Reader:  # one read of the whole data, then slices
        lengths = np.frombuffer(column._lengths, dtype=np.dtype(column._lengths.typecode))
        offsets = np.frombuffer(column._offsets, dtype=np.dtype(column._offsets.typecode))
        present = np.flatnonzero(lengths)
        if not len(present):
            return
        end = int(offsets[present[-1]] + lengths[present[-1]])
        data = column._dbfile.get(column._basepos, end)
        for doc, start, length in zip(present.tolist(), offsets[present].tolist(), lengths[present].tolist()):
            yield doc, data[start:start + length]
        return
    for doc in range(reader.doc_count_all()):
        packed = column[doc]
        if packed:
            yield doc, packed


def quantity_table(reader) -> QuantityTable:
    """The ``QuantityTable`` of one leaf reader, decoded once per process and segment."""
    key = segment_key(reader)
    with _TABLES_LOCK:
        found = _TABLES.get(key) if key is not None else None
        if found is not None:
            _TABLES.move_to_end(key)
            return found
    table = table_of(_packed_values(reader))
    if key is not None:
        with _TABLES_LOCK:
            _TABLES[key] = table
            while len(_TABLES) > QUANTITY_TABLES:
                _TABLES.popitem(last=False)
    return table


def table_of(packed_values) -> QuantityTable:
    """The ``QuantityTable`` of (local document, packed quantities) pairs, documents ascending."""
    codes: dict[str, int] = {}
    docs, units, norms, dimensions, values = [], [], [], [], []
    for doc, packed in packed_values:
        for unit, norm_unit, dimension, value in unpack_quantities(packed):
            docs.append(doc)
            units.append(codes.setdefault(unit, len(codes)))
            norms.append(codes.setdefault(norm_unit, len(codes)))
            dimensions.append(codes.setdefault(dimension, len(codes)))
            values.append(np.nan if value is None else value)
    return QuantityTable(np.array(docs, dtype=np.int64), np.array(units, dtype=np.int32),
                         np.array(norms, dtype=np.int32), np.array(dimensions, dtype=np.int32),
                         np.array(values, dtype=np.float64), codes)


_TABLES: OrderedDict = OrderedDict()
_TABLES_LOCK = threading.Lock()
