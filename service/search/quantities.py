"""Quantities in the index: what a fact's figures measure, in which unit, and their normalised values.

Each fact document carries
    ``q_units``       every unit of its quantities, as extracted ("miles") and normalised ("km");
    ``q_dimensions``  every dimension of its quantities ("length", "persons");
    ``q_values``      a column holding each quantity as (unit, normalised unit, dimension, value), packed.

A ``unit`` or ``dimension`` filter alone is a posting-list lookup. When a filter combines conditions (a unit and
a value range, say), they must hold for the same quantity: the candidates from the posting lists are then checked
against the packed column, which costs no record decoding.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq

from .schema import normalize_key

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

    def matches(self, packed: bytes) -> bool:
        return any(self._matches_one(*row) for row in unpack_quantities(packed))

    def _matches_one(self, unit: str, norm_unit: str, dimension: str, value: float | None) -> bool:
        if self.unit and self.unit not in (unit, norm_unit):
            return False
        if self.dimension and self.dimension != dimension:
            return False
        if self.min_value is not None or self.max_value is not None:
            if value is None:
                return False
            if self.min_value is not None and value < self.min_value:
                return False
            if self.max_value is not None and value > self.max_value:
                return False
        return True
