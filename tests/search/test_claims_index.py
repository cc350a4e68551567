"""Claim listings (the allowed documents as sorted arrays, a page by partitioning their places in the listing order)
equal a straightforward reference: Whoosh's own matches of the term filters, each other condition checked on the
claim's record, sorted by the listing key. On an index of several segments with deletions."""

from __future__ import annotations

import random

import pytest
from whoosh import query as wq

from service.search.claims_index import ClaimFilters, list_claims
from service.search.documents import record_of
from service.search.quantities import QuantityFilter
from service.search.query import QueryCompiler
from service.search.searcher import IndexReader
from service.search.writer import IndexBuilder, write_session
from tests.search.test_quantities import matches

ABOUT = ["Kursk", "Ukraine", "North Korea"]
SOURCES = ["Reuters", "AP", "BBC"]
DATES = [None, "2024-11-10", "2024-11-12", "2024-11-18"]
UNITS = [("km", "length", None), ("mile", "length", "km"), ("troops", "persons", None)]


def claim(n: int, rng: random.Random) -> dict:
    facts = []
    for i in range(rng.randint(1, 4)):
        quantities = []
        for _ in range(rng.randint(0, 2)):
            unit, dimension, normal = rng.choice(UNITS)
            value = rng.choice([None, 5, 190, 11000])
            quantities.append({"text": "x", "value": value, "unit": unit, "dimension": dimension, "bound": "exact",
                               "normalized": {"value": value, "unit": normal} if normal and value is not None
                               else None})
        facts.append({"id": f"f{n}-{i}", "text": f"claim {n} fact {i}", "source": rng.choice(SOURCES),
                      "published": rng.choice(DATES), "quantities": quantities})
    record = {"id": f"c{n:04d}", "component": f"k{n % 7}", "facts": facts,
              "about": rng.sample(ABOUT, rng.randint(0, 2)), "sources": len({f["source"] for f in facts}),
              "status": rng.choice(["corroborated", "conflicting", "single_source"])}
    if n % 3:  # most claims have a listing form of their own, the others are listed whole
        record["listing"] = {"id": record["id"], "listed": True}
    return record


class _Claims:
    """What ``WriteSession.add_components`` takes: an object whose ``records()`` yield (kind, record)."""

    def __init__(self, records):
        self._records = records

    def records(self):
        return [("claim", record) for record in self._records]


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    rng = random.Random(23)
    root = tmp_path_factory.mktemp("claims") / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(300):
            builder.add("claim", claim(n, rng))
    with write_session(root, lock_timeout=5) as session:  # deletions in the built segment, a second segment
        session.delete_claims(f"c{n:04d}" for n in range(0, 300, 5))
        session.add_components([_Claims([claim(n, rng) for n in range(300, 360)])])
    with write_session(root, lock_timeout=5) as session:  # a third segment, deletions in the second
        session.delete_claims(f"c{n:04d}" for n in range(300, 360, 4))
        session.add_components([_Claims([claim(n, rng) for n in range(360, 400)])])
    reader = IndexReader(root)
    state = reader._state()
    assert len(state.searcher.reader().leaf_readers()) >= 3 and state.searcher.reader().has_deletions()
    return reader


def reference(searcher, filters: ClaimFilters, q: wq.Query | None = None) -> list[str]:
    """The ids of every live claim the filters allow, in listing order (claim key, then document)."""
    terms = [wq.Term("kind", "claim"), *filters.term_queries(), *([q] if q is not None else [])]
    keys = searcher.reader().column_reader("claim_key")
    values = searcher.reader().column_reader("q_values")
    days = filters.day_bounds()
    rows = []
    for doc in searcher.docs_for_query(wq.And(terms)):
        record = record_of(searcher.stored_fields(doc))
        dates = sorted(int(f["published"].replace("-", "")) for f in record["facts"] if f.get("published"))
        if days is not None and not (dates and dates[0] <= days[1] and dates[-1] >= days[0]):
            continue
        if filters.quantity is not None and not matches(filters.quantity, values[doc]):
            continue
        rows.append((keys[doc], doc, record["id"]))
    return [claim_id for _, _, claim_id in sorted(rows)]


FILTERS = [
    ClaimFilters(),
    ClaimFilters(about="Kursk"),
    ClaimFilters(status="conflicting", source="AP"),
    ClaimFilters(quantity=QuantityFilter(dimension="length")),
    ClaimFilters(quantity=QuantityFilter(unit="km", min_value=100)),
    ClaimFilters(quantity=QuantityFilter(dimension="persons", max_value=1000)),
    ClaimFilters(about="Ukraine", quantity=QuantityFilter(unit="troops", dimension="persons")),
    ClaimFilters(published_from="2024-11-11", published_to="2024-11-12"),
    ClaimFilters(published_from="2024-11-13", quantity=QuantityFilter(min_value=10)),
    ClaimFilters(about="Kursk", status="conflicting", source="BBC", quantity=QuantityFilter(unit="km", max_value=200)),
    ClaimFilters(quantity=QuantityFilter(unit="furlong", min_value=1)),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_pages_and_totals_equal_the_reference(reader, filters):
    expected = reference(reader._state().searcher, filters)
    for offset in (0, 9, max(len(expected) - 4, 0), len(expected) + 3):
        page, total = list_claims(reader, filters, None, limit=9, offset=offset)
        assert [item["id"] for item in page] == expected[offset:offset + 9]
        assert total == len(expected)


def test_a_text_query_with_filters_equals_the_reference(reader):
    parsed = QueryCompiler("claim_text").parse("fact")
    filters = ClaimFilters(quantity=QuantityFilter(dimension="length", min_value=100))
    expected = reference(reader._state().searcher, filters, parsed.query)
    for offset in (0, 20, len(expected) - 5):
        page, total = list_claims(reader, filters, parsed, limit=20, offset=offset)
        assert [item["id"] for item in page] == expected[offset:offset + 20] and total == len(expected) > 40


def test_the_filters_are_exercised(reader):
    sizes = [len(reference(reader._state().searcher, filters)) for filters in FILTERS]
    assert sizes[0] > 250 and sizes[-1] == 0 and 0 < min(s for s in sizes if s) < 9 < max(sizes[1:])
