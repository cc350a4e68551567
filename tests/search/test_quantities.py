import numpy as np

from service.search.quantities import QuantityFilter, pack_quantities, table_of, unpack_quantities

MILES = {"text": "190 miles", "value": 190, "unit": "mile", "bound": "approx",
         "normalized": {"value": 305.8, "unit": "km"}, "dimension": "length"}
TROOPS = {"text": "11,000 troops", "value": 11000, "unit": "troops", "bound": "exact", "normalized": None,
          "dimension": "persons"}


def test_packing_round_trips_units_dimension_and_normalised_value():
    rows = unpack_quantities(pack_quantities([MILES, TROOPS]))
    assert rows == [("mile", "km", "length", 305.8), ("troops", "", "persons", 11000.0)]
    assert unpack_quantities(pack_quantities([])) == []


def matches(wanted: QuantityFilter, packed: bytes) -> bool:
    """The filter's definition on one document: some quantity meets every condition."""
    def one(unit, norm_unit, dimension, value):
        return ((not wanted.unit or wanted.unit in (unit, norm_unit))
                and (not wanted.dimension or wanted.dimension == dimension)
                and (wanted.min_value is None or (value is not None and value >= wanted.min_value))
                and (wanted.max_value is None or (value is not None and value <= wanted.max_value)))

    return any(one(*row) for row in unpack_quantities(packed))


def test_conditions_must_hold_for_one_quantity():
    table = table_of([(0, pack_quantities([MILES, TROOPS]))])

    def found(wanted):
        return table.meets(wanted, np.array([0])).tolist() == [True]

    assert found(QuantityFilter(unit="KM", min_value=300))
    assert found(QuantityFilter(unit="mile", max_value=400))
    assert not found(QuantityFilter(unit="km", min_value=1000))
    # 11,000 is a head count, not a length: the range and the dimension belong to different quantities.
    assert not found(QuantityFilter(dimension="length", min_value=10000))
    assert found(QuantityFilter(dimension="persons", min_value=10000))


def test_single_conditions_are_posting_lookups():
    assert not QuantityFilter(unit="km").needs_column
    assert QuantityFilter(unit="km", dimension="length").needs_column
    assert QuantityFilter(min_value=1).needs_column
    assert [str(c) for c in QuantityFilter(min_value=1).term_queries()] == ["has_quantity:True"]
    assert QuantityFilter().empty


def _article_with_quantities(n: int, rng):
    from tests.search.test_postings import article

    record, passages, facts = article(n, rng)
    units = [("km", "length", None), ("mile", "length", "km"), ("troops", "persons", None), ("USD", "money", None),
             ("%", "percentage", None)]
    for fact in facts:
        fact["quantities"] = []
        for _ in range(rng.randint(0, 3)):
            unit, dimension, normal = rng.choice(units)
            value = rng.choice([None, 1, 10, 190, 305.8, 11000])
            fact["quantities"].append({"text": "x", "value": value, "unit": unit, "dimension": dimension,
                                       "bound": "exact", "normalized": {"value": value, "unit": normal}
                                       if normal and value is not None else None})
    return record, passages, facts


def test_quantity_tables_equal_the_packed_column_across_segments_and_deletions(tmp_path):
    import random

    import numpy as np
    from whoosh.query import Term

    from service.search.vector import VectorSearcher
    from service.search.writer import IndexBuilder, IndexLocation, write_session

    rng = random.Random(11)
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        for n in range(120):
            builder.add_article(*_article_with_quantities(n, rng))
    with write_session(root, lock_timeout=5) as session:
        for n in range(0, 120, 5):
            session.delete_article(f"a{n:04d}")
        for n in range(120, 150):
            session.replace_article(*_article_with_quantities(n, rng))
    filters = [QuantityFilter(unit="km", min_value=100), QuantityFilter(unit="mile", max_value=200),
               QuantityFilter(dimension="length", min_value=200), QuantityFilter(unit="troops", dimension="persons"),
               QuantityFilter(min_value=1000), QuantityFilter(max_value=1), QuantityFilter(unit="usd", min_value=1),
               QuantityFilter(unit="furlong", min_value=1), QuantityFilter(dimension="percentage", max_value=20)]
    with IndexLocation(root).open().searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) >= 2 and searcher.reader().has_deletions()
        engine = VectorSearcher(searcher)
        facts = sorted(searcher.docs_for_query(Term("kind", "fact")))
        column = searcher.reader().column_reader("q_values")
        matched = 0
        docs = np.array(facts)
        for wanted in filters:
            expected = [doc for doc in facts if matches(wanted, column[doc])]
            assert docs[engine.quantity_mask(wanted, docs)].tolist() == expected, wanted
            some = docs[::3]  # any ascending documents: only their rows are compared
            assert some[engine.quantity_mask(wanted, some)].tolist() == [d for d in expected if d in set(some)]
            matched += len(expected)
        assert matched > 0
        deleted = np.flatnonzero([searcher.reader().is_deleted(d) for d in range(searcher.doc_count_all())])
        assert len(deleted) and not engine.quantity_mask(QuantityFilter(min_value=0), deleted).any()


def test_a_table_compares_only_the_rows_of_the_documents_asked_about():
    table = table_of([(0, pack_quantities([MILES])), (2, pack_quantities([TROOPS, MILES])),
                      (5, pack_quantities([TROOPS]))])
    wanted = QuantityFilter(dimension="persons", min_value=100)
    assert table.meets(wanted, np.array([0, 1, 2, 5, 7])).tolist() == [False, False, True, True, False]
    assert table.meets(wanted, np.array([5, 2])).tolist() == [True, True]
    assert table.meets(wanted, np.zeros(0, dtype=np.int64)).tolist() == []
