"""Fact listings filtered by terms, dates, scores and quantities (sorted document arrays, pages by slicing, totals
from array sizes) equal a straightforward reference: Whoosh's own matches of the term filters, each other
condition checked on the fact's record, then paged and faceted in index order. On an index of several segments
with deletions."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from whoosh import query as wq

import service.search.searcher as searcher_module
from service.search.documents import fact_facets, record_of
from service.search.quantities import QuantityFilter
from service.search.query import QueryCompiler
from service.search.schema import day_number
from service.search.searcher import Filters, IndexReader, top_counts
from service.search.writer import IndexBuilder, write_session
from tests.search.test_quantities import matches

ENTITIES = ["Kursk", "Ukraine", "North Korea", "Pentagon"]
SOURCES = ["Reuters", "AP", "BBC"]
SPEAKERS = [None, "Anna Singh", "John Doe"]
DATES = [None, "2024-11-10", "2024-11-12", "2024-11-18"]
UNITS = [("km", "length", None), ("mile", "length", "km"), ("troops", "persons", None), ("USD", "money", None)]
FACET_SAMPLE = 25  # below the number of facts most filters allow, so that the sample is cut


def article(n: int, rng: random.Random):
    aid = f"a{n:04d}"
    record = {"id": aid, "title": None, "source": "S", "published": None, "url": None, "byline": None, "text": "t",
              "passages": 0, "facts": 4, "content_hash": "h" + aid, "raw_hash": "r" + aid, "entities": []}
    facts = []
    for i in range(4):
        quantities = []
        for _ in range(rng.randint(0, 3)):
            unit, dimension, normal = rng.choice(UNITS)
            value = rng.choice([None, 1, 10, 190, 305.8, 11000])
            quantities.append({"text": "x", "value": value, "unit": unit, "dimension": dimension, "bound": "exact",
                               "normalized": {"value": value, "unit": normal} if normal and value is not None
                               else None})
        speaker = rng.choice(SPEAKERS)
        facts.append({"id": f"{aid}-f{i}", "article_id": aid, "passage_id": None, "index": i,
                      "text": f"fact {n} {i}", "start": 0, "end": 1, "source": rng.choice(SOURCES),
                      "published": rng.choice(DATES), "title": None, "url": None,
                      "entities": [{"name": e, "type": "GPE"} for e in rng.sample(ENTITIES, rng.randint(0, 2))],
                      "quantities": quantities, "attribution": {"speaker": speaker} if speaker else None,
                      "negated": rng.random() < 0.3, "hedged": False, "score": rng.choice([0.25, 0.5, 0.75])})
    return record, [], facts


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    rng = random.Random(17)
    root = tmp_path_factory.mktemp("searcher") / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(160):
            builder.add_article(*article(n, rng))
    with write_session(root, lock_timeout=5) as session:  # deletions in the built segment, a second segment
        for n in range(0, 160, 7):
            session.delete_article(f"a{n:04d}")
        for n in range(150, 200):
            session.replace_article(*article(n, rng))
    with write_session(root, lock_timeout=5) as session:  # a third segment, deletions in the second
        for n in range(190, 230):
            session.replace_article(*article(n, rng))
    reader = IndexReader(root)
    state = reader._state()
    assert len(state.searcher.reader().leaf_readers()) >= 3 and state.searcher.reader().has_deletions()
    return reader


def reference(searcher, filters: Filters) -> list[tuple[int, dict]]:
    """(document, record) of every live fact the filters allow, in index order."""
    q = wq.And([wq.Term("kind", "fact"), *filters.term_queries()])
    values = searcher.reader().column_reader("q_values")
    days = filters.day_bounds()
    out = []
    for doc in sorted(searcher.docs_for_query(q)):
        record = record_of(searcher.stored_fields(doc))
        if days is not None and not days[0] <= day_number(record.get("published")) <= days[1]:
            continue
        if filters.min_score is not None and record["score"] < filters.min_score:
            continue
        if filters.quantity is not None and not matches(filters.quantity, values[doc]):
            continue
        out.append((doc, record))
    return out


def reference_facets(records: list[dict]) -> dict:
    counters: dict[str, Counter] = {}
    for record in records[:FACET_SAMPLE]:  # fact by fact, in index order
        for name, found in fact_facets(record).items():
            if found:
                counters.setdefault(name, Counter()).update(found)
    return {name: top_counts(counter) for name, counter in counters.items()}


FILTERS = [
    Filters(),
    Filters(quantity=QuantityFilter(unit="km", min_value=100)),
    Filters(quantity=QuantityFilter(dimension="length")),
    Filters(quantity=QuantityFilter(dimension="length", max_value=1000)),
    Filters(quantity=QuantityFilter(unit="troops", dimension="persons")),
    Filters(quantity=QuantityFilter(min_value=1000)),
    Filters(entities=("kursk",), quantity=QuantityFilter(min_value=10)),
    Filters(source="Reuters", published_from="2024-11-12"),
    Filters(published_to="2024-11-12", quantity=QuantityFilter(unit="usd", max_value=200)),
    Filters(min_score=0.5, negated=False),
    Filters(speaker="Singh", has_quantity=True),
    Filters(unit="mile"),
    Filters(article_id="a0155", quantity=QuantityFilter(min_value=1)),  # an article replaced in a later segment
    Filters(quantity=QuantityFilter(unit="furlong", min_value=1)),
    Filters(entities=("never named",)),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_listing_pages_totals_and_facets_equal_the_reference(reader, filters, monkeypatch):
    monkeypatch.setattr(searcher_module, "FACET_SAMPLE", FACET_SAMPLE)
    expected = reference(reader._state().searcher, filters)
    ids = [record["id"] for _, record in expected]
    for offset in (0, 7, max(len(ids) - 3, 0), len(ids) + 5):
        page, total, _ = reader.search("fact", None, filters, limit=7, offset=offset)
        assert [r["id"] for r in page] == ids[offset:offset + 7]
        assert total == {"value": len(ids), "relation": "eq"}
    facets, counted = reader.facets("fact", None, filters)
    assert counted == min(len(ids), FACET_SAMPLE)
    assert facets == reference_facets([record for _, record in expected])


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_ranked_matches_are_filtered_like_the_reference(reader, filters):
    """Every fact's text holds the word "fact": the ranked path filters the same facts as the listing."""
    parsed = QueryCompiler("fact_text").parse("fact")
    expected = reference(reader._state().searcher, filters)
    hits = reader._ranked(reader._state(), "fact", parsed, filters)
    assert hits.docs.tolist() == [doc for doc, _ in expected]
    page, total, _ = reader.search("fact", parsed, filters, limit=5, offset=0)
    assert total == {"value": len(expected), "relation": "eq"} and len(page) == min(5, len(expected))


def test_the_filters_are_exercised(reader):
    """The reference lists are neither all empty nor all the same (the parametrised cases mean something)."""
    sizes = [len(reference(reader._state().searcher, filters)) for filters in FILTERS]
    assert sizes[0] > 400 and 0 < min(size for size in sizes if size) < FACET_SAMPLE < max(sizes[1:])
    assert sizes[-1] == sizes[-2] == 0 and len(set(sizes)) > len(sizes) // 2


READS = {
    "get": lambda reader: reader.get("article", "a0003"),
    "article_by_hash": lambda reader: reader.article_by_hash("ha0004"),
    "list_articles": lambda reader: reader.list_articles(Filters(), limit=5, offset=0),
    "search": lambda reader: reader.search("fact", None, Filters(), limit=5, offset=0),
    "all_records": lambda reader: reader.all_records("fact"),
    "entity_counts": lambda reader: reader.entity_counts(),
    "search_words": lambda reader: reader.search_words("fact", "fact 3", limit=5),
}


@pytest.mark.parametrize("read", sorted(READS))
def test_a_read_that_finds_its_segments_merged_away_reads_again_on_a_new_searcher(tmp_path, monkeypatch, read):
    """Whoosh opens a segment's files lazily; a merge committed between the freshness check and the read deletes
    them (the stored-fields reader is then None). The read starts again on the new generation, with the answer a
    new reader gives."""
    rng = random.Random(3)
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(20):
            builder.add_article(*article(n, rng))
    with write_session(root, lock_timeout=5) as session:
        for n in range(20, 30):
            session.replace_article(*article(n, rng))
    reader = IndexReader(root)
    stale = reader._state()
    index = reader.location.open()
    index.writer().commit(optimize=True)  # one segment: the files of both earlier ones are deleted
    monkeypatch.setattr(IndexReader, "_up_to_date", staticmethod(lambda state: True))  # the commit came just after
    assert reader._state() is stale and not stale.searcher.up_to_date()
    expected = READS[read](IndexReader(root))
    assert READS[read](reader) == expected
    assert reader._state() is not stale
