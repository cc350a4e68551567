from service.search.quantities import QuantityFilter, pack_quantities, unpack_quantities

MILES = {"text": "190 miles", "value": 190, "unit": "mile", "bound": "approx",
         "normalized": {"value": 305.8, "unit": "km"}, "dimension": "length"}
TROOPS = {"text": "11,000 troops", "value": 11000, "unit": "troops", "bound": "exact", "normalized": None,
          "dimension": "persons"}


def test_packing_round_trips_units_dimension_and_normalised_value():
    rows = unpack_quantities(pack_quantities([MILES, TROOPS]))
    assert rows == [("mile", "km", "length", 305.8), ("troops", "", "persons", 11000.0)]
    assert unpack_quantities(pack_quantities([])) == []


def test_conditions_must_hold_for_one_quantity():
    packed = pack_quantities([MILES, TROOPS])
    assert QuantityFilter(unit="KM", min_value=300).matches(packed)
    assert QuantityFilter(unit="mile", max_value=400).matches(packed)
    assert not QuantityFilter(unit="km", min_value=1000).matches(packed)
    # 11,000 is a head count, not a length: the range and the dimension belong to different quantities.
    assert not QuantityFilter(dimension="length", min_value=10000).matches(packed)
    assert QuantityFilter(dimension="persons", min_value=10000).matches(packed)


def test_single_conditions_are_posting_lookups():
    assert not QuantityFilter(unit="km").needs_column
    assert QuantityFilter(unit="km", dimension="length").needs_column
    assert QuantityFilter(min_value=1).needs_column
    assert [str(c) for c in QuantityFilter(min_value=1).term_queries()] == ["has_quantity:True"]
    assert QuantityFilter().empty
