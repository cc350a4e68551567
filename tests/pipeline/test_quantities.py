"""Reading figures, units and qualifier bounds from sentences."""

import importlib
import re
from pathlib import Path

import pint
import pytest

from service.pipeline import quantities
from service.pipeline.models import Dimension
from service.pipeline.quantities import extract_quantities, find_quantities


def one(text: str):
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, unit, bound, dimension",
    [
        ("has surpassed 11,000, up from", 11000, None, "at_least", "count"),
        ("over 10,000 North Korean soldiers", 10000, "soldiers", "at_least", "persons"),
        ("about 11,000 North Korean troops", 11000, "troops", "approx", "persons"),
        ("Approximately 50,000 troops", 50000, "troops", "approx", "persons"),
        ("some 3,500 civilians fled", 3500, "civilians", "approx", "persons"),
        ("an estimated 200 people", 200, "people", "approx", "persons"),
        ("nearly 40 casualties", 40, "casualties", "approx", "persons"),
        ("roughly 12 officials", 12, "officials", "approx", "persons"),
        ("more than 6 million people", 6_000_000, "people", "at_least", "persons"),
        ("at least 54 people", 54, "people", "at_least", "persons"),
        ("exceeding 300 workers", 300, "workers", "at_least", "persons"),
        ("as many as 20 civilians", 20, "civilians", "at_most", "persons"),
        ("no more than 15 soldiers", 15, "soldiers", "at_most", "persons"),
        ("fewer than 30 residents", 30, "residents", "at_most", "persons"),
        ("less than 2 percent", 2, "%", "at_most", "percentage"),
        ("three sources familiar with the matter", 3, "sources", "exact", "persons"),
        ("a dozen drones", 12, "drones", "exact", "count"),
        ("1.2 million vehicles", 1_200_000, "vehicles", "exact", "count"),
        ("40 new treatment centres", 40, "centres", "exact", "count"),
        ("35 water-dropping aircraft", 35, "aircraft", "exact", "count"),
        ("inflation of 3.5%", 3.5, "%", "exact", "percentage"),
        ("12 per cent", 12, "%", "exact", "percentage"),
    ],
)
def test_counts_and_bounds(text, value, unit, bound, dimension):
    q = one(text)
    assert (q.value, q.unit, q.bound, q.dimension) == (value, unit, bound, dimension)


def test_count_of_people_is_normalised_to_persons():
    assert one("over 10,000 North Korean soldiers").normalized == {"value": 10000, "unit": "persons"}


def test_range_in_miles_is_normalised_to_km():
    q = one("The maximum range of ATACMS is about 190 miles.")
    assert (q.value, q.unit, q.bound, q.dimension) == (190, "mile", "approx", "length")
    assert q.normalized == {"value": 305.78, "unit": "km"}


def test_parenthetical_equivalent_is_one_quantity():
    q = one("ATACMS rockets, which have a range of up to 190 miles (306 km), according to the sources.")
    assert q.text == "up to 190 miles (306 km)"
    assert (q.value, q.unit, q.bound) == (190, "mile", "at_most")


@pytest.mark.parametrize(
    "text, value, unit, normalized",
    [
        ("a depth of 17.9 kilometres", 17.9, "km", 17.9),
        ("a 5-mile walk", 5, "mile", 8.05),
        ("500 meters wide", 500, "m", 0.5),
        ("about 190 mi", 190, "mile", 305.78),
    ],
)
def test_lengths(text, value, unit, normalized):
    q = quantities.extract_quantities(text)[0]
    assert (q.value, q.unit, q.dimension) == (value, unit, "length")
    assert q.normalized == {"value": normalized, "unit": "km"}


@pytest.mark.parametrize(
    "text, value, unit, days",
    [
        ("comes two months before", 2, "month", 60.88),
        ("a 60-day truce", 60, "day", 60),
        ("for four years", 4, "year", 1461),
        ("three weeks later", 3, "week", 21),
    ],
)
def test_durations_are_normalised_to_days(text, value, unit, days):
    q = one(text)
    assert (q.value, q.unit, q.dimension) == (value, unit, "duration")
    assert q.normalized == {"value": days, "unit": "day"}


def test_compound_duration_is_one_quantity_in_its_smallest_unit():
    q = one("won in 2 hours, 13 minutes and 44 seconds, a record")
    assert (q.value, q.unit) == (8024, "second")


def test_age_after_a_name():
    assert [(q.value, q.unit) for q in extract_quantities("Halvorsen, 58, was convicted.")] == [(58, "year")]
    assert [(q.value, q.unit) for q in extract_quantities("The 23-year-old won.")] == [(23, "year")]


def test_rate_takes_its_noun_from_the_sentence():
    q = one("Russian casualties are now averaging about 1,200 per day, she noted.")
    assert (q.value, q.unit, q.bound, q.dimension) == (1200, "casualties/day", "approx", "rate")
    assert q.normalized == {"value": 1200, "unit": "casualties/day"}


def test_weekly_rate_is_normalised_per_day():
    q = one("Mozambique has reported 700 cases a week.")
    assert (q.unit, q.dimension) == ("cases/week", "rate")
    assert q.normalized == {"value": 100, "unit": "cases/day"}


def test_rate_stated_later_in_the_clause():
    q = one("about 800 people were arriving at a single border crossing each day")
    assert (q.value, q.unit) == (800, "people/day")


def test_units_come_from_the_counted_noun_earlier_in_the_sentence():
    found = extract_quantities(
        "the number of North Korean troops involved has surpassed 11,000, up from over 10,000 last week."
    )
    assert [(q.value, q.unit, q.bound) for q in found] == [
        (11000, "troops", "at_least"),
        (10000, "troops", "at_least"),
    ]
    toll = extract_quantities("bringing the total death toll to 1,210")
    assert [(q.value, q.unit) for q in toll] == [(1210, "deaths")]


def test_a_speed_range_with_its_unit_on_one_side_is_two_speeds():
    found = extract_quantities("Inland, gusts are likely to reach 75 to 90 km/h.")
    assert [(q.value, q.unit) for q in found] == [(75, "km/h"), (90, "km/h")]


def test_range_between_two_figures():
    found = extract_quantities("Between 5,000 and 7,000 soldiers died.")
    assert [(q.value, q.unit, q.bound) for q in found] == [
        (5000, "soldiers", "at_least"),
        (7000, "soldiers", "at_most"),
    ]


@pytest.mark.parametrize(
    "text, value, code",
    [
        ("starting from just $2.", 2, "USD"),
        ("approved $61 billion in aid", 61e9, "USD"),
        ("pledged €5m", 5e6, "EUR"),
        ("raised £3.2bn", 3.2e9, "GBP"),
        ("spend C$4.5 billion", 4.5e9, "CAD"),
        ("spent 4 trillion naira", 4e12, "NGN"),
        ("worth 300 million euros", 3e8, "EUR"),
    ],
)
def test_money(text, value, code):
    q = one(text)
    assert (q.value, q.unit, q.dimension) == (value, code, "money")
    assert q.normalized == {"value": value, "unit": code}


def test_money_over_a_period_is_not_a_lower_bound():
    found = extract_quantities("would spend C$4.5 billion over five years")
    assert [(q.unit, q.bound) for q in found] == [("CAD", "exact"), ("year", "exact")]


def test_other_measures():
    found = extract_quantities("a 435-megawatt plant, 650,000 barrels per day, 39C heat, 70 kilometres per hour winds")
    assert [(q.value, q.unit, q.dimension) for q in found] == [
        (435, "MW", "power"),
        (650000, "barrel/day", "rate"),
        (39, "degC", "temperature"),
        (70, "km/h", "speed"),
    ]
    assert one("a magnitude 7.8 quake").unit == "magnitude"


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed in 2024 after a pause.",
        "President-elect Trump takes office on Jan. 20.",
        "An aerial view of the Pentagon, May 15, 2023.",
        "The exercise was held in Tapa, Estonia, Sept. 19, 2024.",
        "It happened on 18 November at 19:00 and again at 3 p.m.",
        "Download: Full Size (5.2 MB)",
        "VIRIN: 230515-D-KY598-1364",
        "informal 5+1 Cyprus talks",
        "F-16 jets and the BMW i3 beside a Ferrari SF-24",
        "the 1st and 18th rounds",
        "Article 5 applies and No. 1 seed won.",
        "One of the goals is peace.",
        "Updated at 2024-11-17 19:00:30",
    ],
)
def test_dates_years_times_ids_and_labels_are_not_quantities(text):
    assert extract_quantities(text) == []


def test_offsets_cover_the_quantity_text():
    text = "Officials said about 190 miles (306 km) separate them."
    [(start, end, q)] = find_quantities(text)
    assert text[start:end] == q.text == "about 190 miles (306 km)"


def test_unit_registry_is_built_once_at_import():
    registry = quantities.ureg
    assert isinstance(registry, pint.UnitRegistry)
    extract_quantities("about 190 miles")
    assert quantities.ureg is registry
    assert importlib.import_module("service.pipeline.quantities").ureg is registry


def test_sentence_without_numbers():
    assert extract_quantities("The White House declined to comment.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("lower the target range by 1/4 percentage point to 4-1/2 to 4-3/4 percent",
         [(0.25, "percentage point"), (4.5, "%"), (4.75, "%")]),
        ("raised the rate 1/2 percentage point to 5-1/4 percent", [(0.5, "percentage point"), (5.25, "%")]),
    ],
)
def test_fractions_as_central_banks_write_them(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text", ["The ceasefire began on 11/17 at dawn.", "The squad won 2-1 and drew 3-3 in May.",
                                  "Form 10/12 was filed."])
def test_dates_scores_and_identifiers_are_not_fractions(text):
    assert extract_quantities(text) == []


def _pairs(text):
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bus fares went up 35 cents to $2.90.", [(0.35, "USD"), (2.9, "USD")]),
        ("A stamp now costs 85 pence.", [(0.85, "GBP")]),
    ],
)
def test_cents_and_pence_are_fractions_of_the_currency(text, expected):
    assert _pairs(text) == expected


def test_basis_points_keep_their_unit():
    assert _pairs("The bank cut its rate by 50 basis points.") == [(50.0, "basis point")]


def test_price_per_traded_unit():
    assert _pairs("Copper rose to $9,100 a tonne and gold to $2,400 per ounce.") == [
        (9100.0, "USD/tonne"), (2400.0, "USD/ounce")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fund holds FJ$4 million.", [(4e6, "FJD")]),
        ("They paid 3 billion Swedish kronor for it.", [(3e9, "SEK")]),
        ("The budget sets aside ₱1.2 trillion for roads.", [(1.2e12, "PHP")]),
        ("Lenders wrote off ₦45 billion.", [(45e9, "NGN")]),
        ("Parliament approved R940 billion for the grid.", [(940e9, "ZAR")]),
        ("Each learner receives R15,300 a year.", [(15300.0, "ZAR/year")]),
        ("Exports reached THB 310 billion.", [(310e9, "THB")]),
        ("Remittances rose to 40 billion pesos.", [(40e9, "PESO")]),
    ],
)
def test_further_currency_symbols_and_names(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Pupils in Grade R2 sat the test.",  # a single-letter prefix needs thousands or a scale word
    "Delegates met at COP29 in Baku.",  # a code that is also a name is not read as money
    "The team upgraded to PHP 8 last year.",
])
def test_letters_before_a_number_are_not_always_a_currency(text):
    assert all(unit is None or unit not in ("ZAR", "COP", "PHP") for _, unit in _pairs(text))


def test_currency_lexicons_are_data():
    from service.pipeline.language import lexicon_pairs
    from service.pipeline.quantities import is_currency_code

    assert lexicon_pairs("currency_symbols")["NZ$"] == "NZD"
    assert is_currency_code("ZAR") and not is_currency_code("zar")


def test_signed_figures_are_read():
    assert _pairs("Output was revised from +120,000 to +95,000.") == [(120000.0, None), (95000.0, None)]


def test_year_naming_a_single_thing_is_not_a_count():
    assert _pairs("The country still feels the 2019 banking collapse.") == []
    assert _pairs("The club has 2019 members.") == [(2019.0, "members")]


@pytest.mark.parametrize("text, seconds", [("She won in 2:31:07.", 9067.0), ("He reached halfway in 1:02:30.", 3750.0)])
def test_clock_written_durations(text, seconds):
    [q] = extract_quantities(text)
    assert (q.value, q.unit, q.dimension) == (seconds, "second", "duration")


def test_clock_time_of_day_is_not_a_duration():
    assert extract_quantities("Doors open at 09:30:00 a.m. sharp.") == []


def test_later_day_of_a_date_range_is_not_a_quantity():
    assert extract_quantities("The summit runs March 3 to 5, 2025.") == []


def test_a_week_ago_is_not_a_rate():
    assert _pairs("There are 40 patients, up from 25 patients a week ago.") == [(40.0, "patients"), (25.0, "patients")]


def test_open_ended_figure_does_not_lend_its_unit():
    assert _pairs("Those waiting 18 months or longer numbered 2.3 million.") == [(18.0, "month"), (2300000.0, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The review took more than a decade.", (1.0, "decade", "at_least")),
        ("The bus arrived about an hour late.", (1.0, "hour", "approx")),
        ("The deadline was pushed back by a month.", (1.0, "month", "exact")),
    ],
)
def test_single_period_measured_by_a_qualifier(text, expected):
    [q] = extract_quantities(text)
    assert (q.value, q.unit, q.bound) == expected


def test_single_period_without_a_qualifier_is_not_a_quantity():
    assert extract_quantities("It was a year of change.") == []


def pairs(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # a number standing alone before a verb counts nothing: the noun after the verb is not its unit
    ("The season produced 18 named storms, of which 11 became hurricanes.", [(18, "storms"), (11, None)]),
    ("Of the 40 boats, 12 turned back and 28 reached the coast.", [(40, "boats"), (12, None), (28, None)]),
    ("Five storms formed, and two strengthened into typhoons.", [(5, "storms"), (2, None)]),
    # the head of the phrase, not a noun for people that modifies it
    ("The treaty was signed by 193 member states.", [(193, "states")]),
    ("About 300 police officers were deployed.", [(300, "officers")]),
    ("Police detained 40 protesters.", [(40, "protesters")]),
])
def test_the_counted_noun_is_the_head_of_the_number_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The package includes 155mm artillery rounds.",
    "The army fired 120-mm mortar shells at the positions.",
    "Officers carried 9mm pistols.",
    "The plant makes 5.56 mm calibre ammunition.",
])
def test_a_calibre_is_a_designation_not_an_amount(text):
    assert pairs(text) == []


def test_millimetres_of_rain_are_still_an_amount():
    assert pairs("The storm dumped 200mm of rain on the city.") == [(200, "mm")]


@pytest.mark.parametrize("text, expected", [
    ("Temperatures will reach 35-38C in the south.", [(35, "degC"), (38, "degC")]),
    ("Growth is forecast at 4-5 percent.", [(4, "%"), (5, "%")]),
    ("Waves of 3-4 metres are expected.", [(3, "m"), (4, "m")]),
    ("The home side won 3-1 on Saturday.", []),
    ("Growth for 2024-25 is projected at 7.2 per cent.", [(7.2, "%")]),
])
def test_a_hyphenated_range_is_two_figures_in_the_later_unit(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 7.1-magnitude earthquake struck the coast.", [(7.1, "magnitude")]),
    ("The state will spend Rs 500 crore on new roads.", [(5e9, "INR")]),
    ("The scheme covers 1.5 lakh farmers.", [(150_000, "farmers")]),
    ("The ministry spent KSh 3.2 billion on vaccines.", [(3.2e9, "KES")]),
    ("The tanker carried 1.2m barrels of crude.", [(1.2e6, "barrel")]),
    ("The city has 5m people.", [(5e6, "people")]),
    ("She won the 400m hurdles.", [(400, "m")]),
])
def test_magnitudes_south_asian_scales_and_attached_millions(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the 146 cases, 80 are in children aged 5 to 17.", [(146, "cases"), (80, None), (5, "year"), (17, "year")]),
    ("The law covers people between the ages of 18 and 25.", [(18, "year"), (25, "year")]),
    ("The patient, 67, was treated at the regional hospital.", [(67, "year")]),
    ("In total, 45, or about half, were released.", [(45, None)]),
])
def test_ages_after_aged_and_after_a_noun_for_a_person(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # thousands grouped by a space, as statistics offices print them
        ("Households paid NOK 2 415 per quarter for heating.", [(2415, "NOK/quarter")]),
        ("The fund holds 12 500 000 shares and 3 000 bonds.", [(12_500_000, "shares"), (3000, "bonds")]),
        ("A plant of 1 000 kWh a day.", [(1000, "kWh/day")]),
        # ... but a phone number or a flattened table row is not one figure
        ("Call +41 612 55 908 for details.", []),
        # an index base and paragraph numbers are no amounts
        ("The index stood at 118.4 (2020=100) in May.", [(118.4, None)]),
        ("3. The delegations agreed on 4 joint projects.", [(4, "projects")]),
        ("(2) The council approved 12 grants.", [(12, "grants")]),
        # points of a percentage
        ("The jobless rate fell 0.2 pts to 5.1% in June.", [(0.2, "percentage point"), (5.1, "%")]),
        ("Turnout rose 3 pp on the last election.", [(3, "percentage point")]),
        ("The ratio rose 0.4 pts to 61.2%, 0.6 pts above its average.",
         [(0.4, "percentage point"), (61.2, "%"), (0.6, "percentage point")]),
        ("The share index rose 42 points, or 0.5%.", [(42, "points"), (0.5, "%")]),
        # a percentage in brackets after a count is a second figure, not the same one restated
        ("Exports grew by 4,300 tonnes (2.1%) in the year.", [(4300, "tonne"), (2.1, "%")]),
        ("The river rose 12 feet (3.7 m) overnight.", [(12, "ft")]),
    ],
)
def test_release_number_formats(text, expected):
    got = [(q.value, q.unit) for q in extract_quantities(text)]
    assert [(round(v, 2), u) for v, u in got] == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fuel prices fell 1.2%, compared with -3.4% in May.", [(1.2, "%"), (3.4, "%")]),
        ("The balance moved by −0.5 percentage points.", [(0.5, "percentage point")]),
        ("The 2023-24 season ended early.", []),
    ],
)
def test_the_sign_of_a_change_is_not_part_of_its_value(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # central banks print quarter and half points as vulgar fractions
        ("lowered the target rate to 2¾%, with the deposit rate at 2½%", [(2.75, "%"), (2.5, "%")]),
        # quarters counted after a number are a duration
        ("exports grew for three consecutive quarters", [(3, "quarter")]),
        # "more" between a number and its noun, unless a comparison follows
        ("the clinic needs about 300 more midwives", [(300, "midwives")]),
        ("sales were 300 more than in March", [(300, None)]),
        # "a month earlier" is the point of comparison, not a length of time
        ("orders rose 1.4 percent more than a month earlier", [(1.4, "%")]),
        ("the strike lasted more than a month", [(1, "month")]),
    ],
)
def test_fractions_quarters_more_and_reference_periods(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Officials counted 713 locally acquired human cases of the infection.", "cases"),
        ("The clinic saw 40 newly diagnosed patients in May.", "patients"),
    ],
)
def test_an_adverb_before_a_participle_leaves_the_counted_noun_after_them(text, unit):
    assert [(q.value, q.unit) for q in extract_quantities(text)][0][1] == unit


@pytest.mark.parametrize("page, code", [
    ("Merchandise trade, October 2024. Values are in NZ$ and are not seasonally adjusted.", "NZD"),
    ("Table 2. Exports by commodity (A$ million)", "AUD"),
    ("All figures in C$ millions unless stated otherwise.", "CAD"),
    ("Prices are shown in HK$.", "HKD"),
    ("The company paid $5 million and A$3 million for the two mines.", None),  # mentioned, not declared
    ("Values are in NZ$. Figures are in A$ where marked.", None),  # two dollars: no single reading
    ("Prices rose 3 percent.", None),
])
def test_a_page_may_declare_which_dollar_its_figures_are_in(page, code):
    assert quantities.declared_dollar(page) == code


def test_bare_dollar_amounts_take_the_declared_dollar_and_others_keep_theirs():
    found = [q for _, _, q in find_quantities("Exports rose $2.1 billion, dairy 13 cents a kilo, US$4 million.")]
    for q in found:
        quantities.in_declared_dollar(q, "NZD")
    assert [(q.text, q.unit, q.normalized["unit"]) for q in found if q.dimension == "money"] == [
        ("$2.1 billion", "NZD", "NZD"), ("13 cents a kilo", "NZD/kg", "NZD/kg"), ("US$4 million", "USD", "USD")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All nine patients were unvaccinated, and two of them are infants.", [(9, "patients"), (2, None)]),
        ("All 9 patients were unvaccinated, and 2 of them are infants.", [(9, "patients"), (2, None)]),
        ("Forty ships arrived, three of which carried grain.", [(40, "ships"), (3, None)]),
        ("One of them was hurt.", []),
        ("Fourteen of the cases were confirmed by the national laboratory.", [(14, None)]),
        ("One of the goals was offside.", []),
        ("Sixty-one of today's graduates are the first in their families.", [(61, None)]),
        ("Forty-three of you completed the course, and there are eight of us.", [(43, None), (8, None)]),
        ("Two of our regional offices closed.", [(2, None)]),
    ],
)
def test_a_share_of_a_set_is_a_number_standing_alone(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The probe's speed changed by about 4.8 km/s.", [(4.8, "km/s")]),
        ("Heavy rain fell on 23 and 24 November, up to 80 mm.", [(80, "mm")]),
        ("Sales were 12 per cent lower than one year earlier.", [(12, "%")]),
        ("The rule covers six PFAS in tap water.", [(6, "PFAS")]),
        ("Cases came from 19 Member States of the union.", [(19, "states")]),
        ("There were 1,436 locally acquired West Nile virus infections.", [(1436, "infections")]),
        ("The rate was 2.4%, six tenths above the October rate.", [(2.4, "%"), (0.6, "percentage point")]),
        ("The rate is 2.4%, one tenth lower than in October.", [(2.4, "%"), (0.1, "percentage point")]),
        ("12 TANKS DESTROYED IN RAID", [(12, "tanks")]),
    ],
)
def test_release_figures(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(float(v), u) for v, u in expected]


def test_a_price_per_metric_ton_is_per_tonne():
    found = [(q.value, q.unit) for _, _, q in find_quantities("Copper rose 1.3% to $9,720 a metric ton on Friday.")]
    assert found == [(1.3, "%"), (9720.0, "USD/tonne")]


def test_the_earlier_figure_of_a_range_shares_the_later_ones_scale_word():
    found = [(q.value, q.unit) for q in extract_quantities("guidance for revenue of 17 to 19 billion euros")]
    assert found == [(17e9, "EUR"), (19e9, "EUR")]
    assert [q.value for q in extract_quantities("between 5 and 7 million people")] == [5e6, 7e6]
    assert extract_quantities("from 500 to 2 million dollars")[0].value == 500  # no range of one scale
    assert [q.value for q in extract_quantities("from 10 to 12 percent")] == [10, 12]


def test_a_nationality_between_the_number_and_an_irregular_plural_of_people():
    assert [(q.value, q.unit) for q in extract_quantities("14 Indonesian fishermen are detained")] == [
        (14, "fishermen")]


@pytest.mark.parametrize("text, unit", [
    ("There are currently 49 Filipinos on death row abroad, most of them in Malaysia.", "Filipinos"),
    ("We have trained 110,000 young Nigerians in digital skills since 2023.", "Nigerians"),
    ("The ministry hired 300 new nurses for the northern hospitals this year.", "nurses"),
    ("Our peacekeepers have served in 14 United Nations missions since 1960.", "missions"),
])
def test_a_peoples_name_counted_in_a_sentence_keeps_its_capital(text, unit):
    assert [q.unit for _, _, q in find_quantities(text)] == [unit]


def test_a_title_case_headline_does_not_keep_the_capital():
    assert all(q.unit != "Suspects" for _, _, q in find_quantities("Police Hold 12 Suspects After Harbour Raid"))


@pytest.mark.parametrize("text, expected", [
    ("In week 10, new cases decreased from 57 in week 9 to 41.", [57.0, 41.0]),
    ("From week 1 to week 10, 114 deaths have been reported.", [114.0]),
    ("On day 3 of the strike, 40 flights were cancelled.", [40.0]),
    ("The outbreak lasted 10 weeks.", [10.0]),
])
def test_the_number_of_a_week_or_day_is_no_amount(text, expected):
    assert [q.value for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, unit", [
    ("The ministry issued 310 work and holiday visas last year.", "visas"),
    ("The team combined data from 14 ship and aircraft campaigns.", "campaigns"),
    ("The city will hold 50 local and regional elections.", "elections"),
])
def test_modifiers_joined_by_and_describe_the_counted_noun(text, unit):
    assert [q.unit for _, _, q in find_quantities(text)] == [unit]


def test_a_number_joined_by_and_to_another_number_keeps_no_noun():
    assert [q.unit for q in extract_quantities("The attack killed 5 and injured 20 people.")] == [None, "people"]


@pytest.mark.parametrize("text, expected", [
    ("Mobile subscriptions in Kenya rose to 70.2 million, up from 68.1 million.",
     [(70200000.0, "subscriptions"), (68100000.0, "subscriptions")]),
    ("Fixed broadband subscriptions stood at 1.4 million.", [(1400000.0, "subscriptions")]),
    ("Data subscriptions grew by 4.1 per cent to 50.6 million.", [(4.1, "%"), (50600000.0, "subscriptions")]),
    ("Exports rose to 4.5 billion euros.", [(4500000000.0, "EUR")]),
    ("The rate rose to 4.2 per cent.", [(4.2, "%")]),
])
def test_a_level_in_millions_counts_the_subject_of_its_sentence(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text", ["We will spend 4 billion złoty on training.",
                                  "We will spend 4 billion zloty on training."])
def test_the_zloty_is_read_with_and_without_its_polish_letter(text):
    q = extract_quantities(text)
    assert [(x.value, x.unit) for x in q] == [(4_000_000_000, "PLN")]


def test_a_spaced_m_before_a_word_of_height_is_metres():
    from service.pipeline.quantities import find_quantities
    found = [(q.value, q.unit) for _, _, q in find_quantities("Ash rose up to 1,000 m above the vent.")]
    assert found == [(1000, "m")]


def test_a_number_named_by_the_word_number_is_an_identifier():
    from service.pipeline.quantities import extract_quantities
    found = [(q.value, q.unit) for q in extract_quantities("The emergency number 112 was down for 47 minutes.")]
    assert found == [(47.0, "minute")]
    assert [q.value for q in extract_quantities("The number of cases rose to 112.")] == [112.0]


def test_a_length_of_time_ago_is_a_point_in_time_not_a_quantity():
    assert [q.unit for _, _, q in find_quantities("Ten years ago, the region made less than 1 percent of it.")] == ["%"]
    assert [q.value for _, _, q in find_quantities("The plant opened 3 years ago with 40 workers.")] == [40]


def test_bare_dollars_in_words_take_a_provincial_publishers_dollar_but_a_qualified_dollar_does_not():
    code = quantities.publisher_dollar(("Government of Nova Scotia",))
    assert code == "CAD"
    bare, qualified = (find_quantities(t)[0][2] for t in ("It pays 5,000 dollars.", "It pays 5,000 US dollars."))
    quantities.in_declared_dollar(bare, code)
    quantities.in_declared_dollar(qualified, code)
    assert (bare.unit, qualified.unit) == ("CAD", "USD")


def test_caribbean_dollar_symbols_name_their_currencies():
    assert [(q.value, q.unit) for _, _, q in find_quantities("The company will pay TT$450 million in arrears.")] == \
        [(450000000, "TTD")]
    assert [q.unit for _, _, q in find_quantities("The grant is EC$12 million.")] == ["XCD"]


@pytest.mark.parametrize("text, expected", [
    ("Officials can confirm one new case of measles in Auckland.", [(1.0, "cases")]),
    ("One confirmed death was reported on Tuesday.", [(1.0, "deaths")]),
    ("Only one injury was reported.", [(1.0, "injuries")]),
    ("It is one of the most infectious diseases.", []),
    ("At one point the talks stalled.", []),
    ("On the one hand prices rose.", []),
    ("The one case that matters is still pending.", []),
])
def test_one_counts_only_things_reported_one_by_one(text, expected):
    assert [(q.value, q.unit) for _, _, q in find_quantities(text)] == expected


def test_ringgit_written_rm_before_the_amount():
    found = [q for _, _, q in find_quantities("The cost remains at RM50.27 billion.")]
    assert [(q.value, q.unit) for q in found] == [(50270000000.0, "MYR")]


def found(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for _, _, q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("Its net profit rose to Tk 412 crore.", [(4_120_000_000, "BDT")]),
    ("The ministry asked for Shs 48.5 billion to buy tests.", [(48_500_000_000, "UGX")]),
    ("The government would pay farmers GH¢1.2 billion in arrears.", [(1_200_000_000, "GHS")]),
    ("Total revenues were Ps. 6,842 million.", [(6_842_000_000, "PESO")]),
    ("The fine was 2 million Mexican pesos.", [(2_000_000, "MXN")]),
])
def test_currency_prefixes_of_south_asia_africa_and_latin_america(text, expected):
    assert found(text) == expected


def test_bare_pesos_take_the_peso_of_the_one_country_a_page_names():
    assert quantities.page_peso("Guadalajara, Jalisco, Mexico, October 24, 2024") == "MXN"
    assert quantities.page_peso("Trade between Mexico and Chile grew.") is None
    q = find_quantities("Revenue per passenger was Ps. 372.50.")[0][2]
    quantities.in_page_peso(q, "MXN")
    assert q.unit == "MXN"


@pytest.mark.parametrize("text, expected", [
    ("Net income was 1.4 times the figure a year earlier.", [(1.4, "times", "exact")]),
    ("Attendance is about 1.5 times last season's.", [(1.5, "times", "approx")]),
    ("Reserves are more than 1.5 times short-term debt.", [(1.5, "times", "at_least")]),
    ("Spending rose nearly threefold.", [(3.0, "times", "approx")]),
    ("a 2.5-fold rise and a tenfold increase", [(2.5, "times", "exact"), (10.0, "times", "exact")]),
    ("The bus runs three times a week.", [(3.0, "times/week", "exact")]),
])
def test_multipliers_are_times(text, expected):
    assert [(q.value, q.unit, q.bound) for _, _, q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Temperatures will drop to minus 25-30°C, and to -35°C in places.", [(-25, "degC"), (-30, "degC"),
                                                                         (-35, "degC")]),
    ("The temperature will fall from -8°C on Monday to -27°C.", [(-8, "degC"), (-27, "degC")]),
    ("The low was minus 4 degrees.", [(-4, "degC")]),
    ("Temperatures have been 4-6 degrees below the norm.", [(4, "degC"), (6, "degC")]),
    ("Temperatures rose by 1.3C since 1960.", [(1.3, "degC")]),
])
def test_temperatures_keep_their_sign_and_ranges_of_degrees(text, expected):
    assert found(text) == expected


def test_a_sign_of_anything_but_a_temperature_is_dropped():
    assert found("Energy prices changed by -2.0% on the year.") == [(2.0, "%")]


@pytest.mark.parametrize("text, expected", [
    ("The government distributed 3.2m insecticide-treated nets.", [(3_200_000, "nets")]),
    ("The country has 12.4m registered voters.", [(12_400_000, "voters")]),
    ("She won the 400m hurdles.", [(400, "m")]),
    ("a 3.2m wall and a 10m high tower", [(3.2, "m"), (10, "m")]),
])
def test_an_attached_m_before_a_counted_noun_is_a_million(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("One in five children still carried the parasite.", []),
    ("Seven in 10 Kenyans and 1 in 4 adults agreed.", []),
    ("The rate is 5 in 100,000 people.", []),
    ("There were 97 vacancies for every 100 people.", [(97, "vacancies"), (100, "people")]),
    ("Cases rose to 30 in 2024, up from 7 in 2023.", [(30, "cases"), (7, "cases")]),
])
def test_shares_written_as_ratios_are_no_quantities(text, expected):
    assert found(text) == expected


def test_an_amount_per_person():
    assert found("Uganda spends about $34 per capita on health.") == [(34, "USD/person")]
    assert found("Emissions are 2.1 tonnes per person.") == [(2.1, "tonne/person")]


def test_a_count_of_anything_ago_is_a_point_in_time():
    assert found("The club, promoted two seasons ago, won a dozen matches.") == [(12, "matches")]


@pytest.mark.parametrize("text, expected", [
    ("Eleven aftershocks followed, the largest M3.9.", [(11, "aftershocks"), (3.9, "magnitude")]),
    ("A Mw 6.2 quake struck the coast.", [(6.2, "magnitude")]),
    ("Traffic on the M1 motorway and the M2.5 engine", []),
])
def test_magnitudes_written_with_their_scale(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The base rate was cut by a quarter of a percentage point to 6.50 per cent.",
     [(0.25, "percentage point"), (6.5, "%")]),
    ("Rates rose by half a percentage point.", [(0.5, "percentage point")]),
    ("The drive takes half an hour.", [(0.5, "hour")]),
    ("Nearly half of you graduated; a quarter of its members wait.", []),
])
def test_a_fraction_of_one_unit_is_in_that_unit(text, expected):
    assert found(text) == expected


def test_a_from_to_pair_of_levels_takes_no_unit_from_the_change_before_it():
    assert found("The index rose 0.30 percent, from 105.93 in October to 106.25 in November.") == \
        [(0.3, "%"), (105.93, None), (106.25, None)]
    assert found("Inflation rose to 2.6 percent from 2.4.") == [(2.6, "%"), (2.4, "%")]


def test_the_level_a_change_in_a_share_started_from_is_no_share():
    assert found("Total active voice lines stood at 172,418,903 in June, an increase of 1.48% from 169,902,117 in "
                 "March.")[2] == (169902117, "lines")  # the subject's level (convention c), no percentage
    assert found("Sales rose 4% from 1,200 a year earlier.")[1] == (1200, None)
    assert found("Prices rose 2.1% from 1.9 in April.") == [(2.1, "%"), (1.9, "%")]


@pytest.mark.parametrize("text, expected", [
    ("A total of 30 measles cases were reported in Sweden in 2024, up from 7 in 2023.", [(30, "cases"), (7, "cases")]),
    ("There were 2,140 new hospital admissions with influenza in England in week 3, down from 2,780 in week 2.",
     [(2140, "admissions"), (2780, "admissions")]),
    ("More than 1,500 people have died and over 4 million have been affected.", [(1500, "people"), (4e6, None)]),
    ("It reported 5 cases in May and 7 in June.", [(5, "cases"), (7, "cases")]),
])
def test_a_bare_figure_shares_the_unit_of_the_figure_it_is_compared_with_not_of_another_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The number of Indonesian nationals living in Japan has more than tripled over five years, to about 170,000.",
     [(5, "year"), (170_000, "nationals")]),
    ("We will also double the number of water monitoring stations, to 240.", [(240, "stations")]),
    ("It raises the annual number of places for young Czech citizens from 500 to 1,000.",
     [(500, "places"), (1000, "places")]),
    ("The number of North Korean troops has surpassed 11,000, up from over 10,000 last week.",
     [(11_000, "troops"), (10_000, "troops")]),
])
def test_a_level_of_the_number_of_a_noun_counts_its_head_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Deaths from malaria more than halved, to 412 from 1,030.", [(412, "deaths"), (1030, "deaths")]),
    ("Nights spent by visitors from the United States rose to 268,000.", [(268_000, "nights")]),
    ("The ministry expects visitor arrivals to reach 4.5 million in 2025.", [(4.5e6, "arrivals")]),
    ("Grave violations against children reached 32,990 in 2023.", [(32_990, "violations")]),
    ("Dengue cases this season have reached 48,200 across the country.", [(48_200, "cases")]),
    ("Fixed broadband subscriptions stood at 1.4 million.", [(1.4e6, "subscriptions")]),
    ("The death toll from weeks of flooding in Kenya has risen to 228.", [(228, "deaths")]),
    ("Consumer prices rose to 105.2 in October.", [(105.2, None)]),
    ("Day visitors, who stay no night, numbered 412,300 in March.", [(412_300, "visitors")]),
    ("Overnight stays for the whole year now total 6,120,400, against 6,098,200 in the first estimate.",
     [(6_120_400, "stays"), (6_098_200, "stays")]),
    # a copula right before the figure states its level; a verb that reads as a noun opening its sentence
    ("Guest nights by foreign guests were 14.31 million, up 15.0%.", [(14.31e6, "nights"), (15.0, "%")]),
    ("Total guest nights in the prefecture were 0.71 million.", [(0.71e6, "nights")]),
    ("Domestic workers, who are not covered by the survey, totalled 3.96 million.", [(3.96e6, "workers")]),
    ("The dolphins were found in nine deep-water pools, down from 11.", [(9, "pools"), (11, "pools")]),
    ("Calls to the helpline rose to 3,870 on Thursday.", [(3870, "calls")]),
    ("The port said 92 cruise calls were made in the quarter.", [(92, "calls")]),
])
def test_a_bare_level_counts_the_plural_subject_of_its_sentence(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Security Council adopted resolution 2728 under article 5.", []),
    ("Year 10 pupils sat exams; write to PO Box 1234, Nairobi.", []),
    ("SDG 3 targets; the FTSE 100 rose 0.5% and the S&P 500 fell 1%.", [(0.5, "%"), (1, "%")]),
    ("H1 2024 results and Q3 2024 revenue beat forecasts.", []),
    ("Call 0800 123 456 for help.", []),
])
def test_labels_acronyms_periods_and_phone_numbers_are_no_amounts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unemployment stood at 7.3pc, up 0.2pc.", [(7.3, "%"), (0.2, "%")]),
    ("Growth was 0.25pp higher; the rate was cut by 50bp to 3.75%.",
     [(0.25, "percentage point"), (50, "basis point"), (3.75, "%")]),
    ("He sent 40 US troops.", [(40, "troops")]),
    # "Sh": a shilling whose country the page decides (KES when it names none; test_currency.py)
    ("The shilling traded at Sh129.5 and the firm raised N5bn.", [(129.5, "SHILLING"), (5e9, "NGN")]),
    ("The ministry spent Rs 1.2 lakh crore on subsidies.", [(1.2e12, "INR")]),
    ("WTI traded at $81.20/bbl, gold at $2,650/oz and copper at $9,100/t.",
     [(81.2, "USD/barrel"), (2650, "USD/ounce"), (9100, "USD/tonne")]),
    ("Turbines sold at around 1.1 million euros per megawatt and power at €95 per MWh.",
     [(1.1e6, "EUR/MW"), (95, "EUR/MWh")]),
    ("Gas for mills rose to $12.40 per million British thermal units and LNG to $11.20/mmBtu.",
     [(12.4, "USD/mmBtu"), (11.2, "USD/mmBtu")]),
    ("Women aged 18-35 took part.", [(18, "year"), (35, "year")]),
    ("The minister, 58, said so.", [(58, "year")]),
    ("The quake, measuring 6.1 on the Richter scale, struck.", [(6.1, "magnitude")]),
])
def test_abbreviated_units_currencies_and_scales(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seventeen people died and a dozen were injured.", [(17, "people"), (12, None)]),
    ("Of 18 storms, 11 became hurricanes and five intensified into major hurricanes.",
     [(18, "storms"), (11, None), (5, None)]),
    ("No, all four of our bases are fully crewed.", [(4, None)]),
    ("It is one of the most infectious diseases; we have five ready.", []),
])
def test_a_number_word_standing_alone_is_a_count_without_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Overtime has been capped at 960 hours a year.", [(960, "hour/year")]),
    ("That is almost five hours of extra sleep every week.", [(5, "hour/week")]),
    ("The plant will produce 25,000 tonnes of graphite a year.", [(25_000, "tonne/year")]),
    ("The three firms held monthly meetings.", [(3, "firms")]),
    ("About 800 people arrive daily at the border.", [(800, "people/day")]),
])
def test_rates_of_durations_and_measures_and_adjectives_that_are_no_rates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 212-foot-tall stage was rolled out.", [(212, "ft")]),
    ("The minimum central pressure is 915 mb and fell to 980 hPa.", [(915, "mb"), (980, "hPa")]),
    ("The file is 500 mb.", []),
    ("The eye was near latitude 22.6 North, longitude 88.6 West.", []),
    ("Over 10,000 North Korean soldiers were sent.", [(10_000, "soldiers")]),
    ("The average flat costs about 13 average annual gross wages.", [(13, "wages")]),
    ("During the outage, 1,320 calls could not be connected.", [(1320, "calls")]),
    ("Coverage among children aged two was 96%.", [(2, "year"), (96, "%")]),
    ("Five bathing waters were poor, down from seven the previous year.", [(5, "waters"), (7, "waters")]),
    ("This is one thing families can change; one member voted.", [(1, "members")]),
])
def test_compound_heights_pressures_positions_and_counted_nouns(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("More than half a million people and a quarter of a million children fled.",
     [(5e5, "people"), (2.5e5, "children")]),
    ("The project took two and a half years; one and a half million voters took part.",
     [(2.5, "year"), (1.5e6, "voters")]),
    ("It will cost US$ 1.2 billion, € 5 million and 1.2 bln euros.", [(1.2e9, "USD"), (5e6, "EUR"), (1.2e9, "EUR")]),
    ("The scheme costs Rs1,200cr and Rs 500 cr.", [(1.2e10, "INR"), (5e9, "INR")]),
    ("Ottawa will spend $5.5-billion on the program.", [(5.5e9, "USD")]),
    ("Oil output is 1.2 million bpd and 300,000 b/d.", [(1.2e6, "barrel/day"), (3e5, "barrel/day")]),
    ("Capacity is 5.2 million tonnes per annum.", [(5.2e6, "tonne/year")]),
    ("The deal is worth Rs 500 crore (US$60 million).", [(5e9, "INR"), (6e7, "USD")]),  # the conversion counts too
])
def test_more_scales_prefixes_and_rates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Five million children under five are malnourished.", [(5e6, "children", "exact"), (5, "year", "at_most")]),
    ("People over 65 were exempt.", [(65, "year", "at_least")]),
    ("Some 2.3 million Sudanese have fled.", [(2.3e6, "Sudanese", "approx")]),
    ("A delegation of 12 Japanese experts arrived.", [(12, "experts", "exact")]),
    ("That 3 in every 4 went on to university.", []),
])
def test_age_limits_demonyms_in_ese_and_ratios_with_every(text, expected):
    assert [(q.value, q.unit, q.bound) for _, _, q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Shares closed up 3.4% at 212.5p, valuing the company at £1.1bn.", [(3.4, "%"), (2.125, "GBP"), (1.1e9, "GBP")]),
    ("Section 5p of the code; page 12p.", []),
    ("Polls close at 8pm.", []),
    ("The airline will carry 1m extra passengers.", [(1e6, "passengers")]),
])
def test_pence_glued_to_a_price_and_whole_millions_of_people(text, expected):
    assert found(text) == expected


def test_a_peoples_name_keeps_its_capital_in_a_sentence_of_many_names():
    assert found("More than 4.8 million Kenyans have registered for the new Social Health Authority.") == \
        [(4.8e6, "Kenyans")]
    assert found("12 Suspects Held After Raid In Nairobi") == [(12, "suspects")]


@pytest.mark.parametrize("text, expected", [
    ("Inflation was 2,4 % in November, down from 2,7 % in October.", [(2.4, "%"), (2.7, "%")]),
    ("There were 1,234 cases.", [(1234, "cases")]),
    ("The number of employed persons was 5,123,400, an increase of 45,600.", [(5_123_400, "persons"),
                                                                              (45_600, "persons")]),
    ("Employment rose 1.2%, an increase of 45,600.", [(1.2, "%"), (45_600, None)]),
])
def test_decimal_commas_before_a_percentage_and_an_increase_of_the_same_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("GDP rose by 0,3 percentage points and exports reached EUR 1,5 billion.",
     [(0.3, "percentage point"), (1.5e9, "EUR")]),
    ("It was 3,2 °C and a ticket cost 2,40 euros.", [(3.2, "degC"), (2.4, "EUR")]),
])
def test_decimal_commas_before_scales_units_and_currency_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 12.11.2024 the council met; version 1.2.3 shipped under section 4.2.1.", []),
    ("The delay was 90 min and a 25-yard strike won it on a 2-acre pitch.",
     [(90, "minute"), (25, "yard"), (2, "acre")]),
])
def test_dotted_dates_and_section_numbers_and_more_compound_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("One million people need help and two million have fled.", [(1e6, "people"), (2e6, None)]),
    ("The pupil-teacher ratio is 40 to 1.", [(40, None), (1, None)]),
])
def test_scaled_number_words_standing_alone_and_compounds_that_name_no_people(text, expected):
    assert found(text) == expected


def test_a_capitalised_scale_inside_a_name_is_no_amount():
    assert found("We trained 110,000 young Nigerians under the 3 Million Technical Talent programme.") == \
        [(110_000, "Nigerians")]
    assert found("The fund holds $3 Million. It planted 2 million trees.") == [(3e6, "USD"), (2e6, "trees")]


@pytest.mark.parametrize("page, code", [
    ("VANCOUVER — A British Columbia judge quashed the permit. The company spent $14 million.", "CAD"),
    ("A Gold Coast man took $2.4 million. Queensland Police said more investors lost money.", "AUD"),
    ("SINGAPORE – Buyers in Singapore will get $30,000 more in grants.", "SGD"),
    ("A Canadian company will build a $200 million plant in Texas.", None),  # once, and the US as often
    ("TORONTO — Ottawa will spend $2 billion. Canada's exporters face U.S. tariffs.", "CAD"),  # mostly Canada
    ("SYDNEY, May 2 (Example Wire) - Australia's miners in Sydney spent $3 billion.", None),  # an international wire
    ("Melbourne's council spent A$40 million, and Sydney's $25 million.", None),  # it writes its dollar as A$
    ("The mayor of Tucson froze bus fares at $1.50.", None),
    ("Police in Perth and Kinross said the Perth bypass would close; the trust raised $5,000.", None),  # Scotland
])
def test_a_bare_dollar_is_the_dollar_of_the_country_a_page_keeps_naming(page, code):
    from service.pipeline.currency import page_dollar
    assert page_dollar(page) == code


def test_a_news_page_about_a_dollar_country_reads_its_bare_dollars_in_that_dollar():
    from service.pipeline.facts import _in_page_currency
    from service.pipeline.models import Fact
    page = "BRISBANE — A Queensland court heard he took $2.4 million and US$50,000 from investors."
    fact = Fact(index=0, start=0, end=len(page), text=page, quantities=[q for _, _, q in find_quantities(page)])
    _in_page_currency(page, [fact])
    assert [q.unit for q in fact.quantities] == ["AUD", "USD"]
    abroad = Fact(index=0, start=0, end=len(page), text=page, quantities=[q for _, _, q in find_quantities(page)])
    _in_page_currency(page, [abroad], abroad=True)  # a statement at the UN quotes US dollars
    assert [q.unit for q in abroad.quantities] == ["USD", "USD"]


@pytest.mark.parametrize("text, value, unit", [
    ("The club will build a stadium costing 450 million zlotys.", 450e6, "PLN"),
    ("The city pays 120 mln zł.", 120e6, "PLN"),
    ("The fine was 12 billion forint.", 12e9, "HUF"),
    ("It borrowed 5 billion Czech crowns.", 5e9, "CZK"),
    ("It will sell 5 billion Qatari riyals of bonds.", 5e9, "QAR"),
    ("It cost 2 billion Canadian dollars.", 2e9, "CAD"),  # a qualified dollar, not a count of "dollars"
    ("Exports reached 3 billion Hong Kong dollars.", 3e9, "HKD"),
    ("Qatar National Bank will sell QR 3.5 billion of bonds.", 3.5e9, "QAR"),
    ("The lender earned Dh5 billion.", 5e9, "AED"),
    ("The company reported a net profit of Baht 1,215 million.", 1215e6, "THB"),
    ("The budget is Rp 5 trillion.", 5e12, "IDR"),
    ("Remittances reached E£ 2 billion.", 2e9, "EGP"),
])
def test_currencies_named_after_the_number_and_local_prefixes(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, expected", [
    ("It will build a new 31,000-seat stadium.", [(31000, "seats")]),
    ("In her 62-page decision she gave the nation 30 days to answer a 900-page application.",
     [(62, "pages"), (30, "day"), (900, "pages")]),
    ("A 7-member panel will review a 12-storey tower and a 40-city tour.", [(7, "members"), (12, "storeys"),
                                                                           (40, "cities")]),
    ("A 100-strong crowd saw a 3-1 win over the 17-year-old's team.", [(17, "year")]),  # an adjective, a score
])
def test_a_figure_joined_to_a_noun_by_a_hyphen_counts_that_noun(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The council voted 8-5 on Wednesday to borrow the money.", [(8, None), (5, None)]),
    ("The plan passed in a 4-3 vote.", [(4, None), (3, None)]),
    ("They won 3-1 on Sunday.", []),  # a score
])
def test_a_vote_tally_written_with_a_hyphen_is_two_figures(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


def test_the_base_of_a_rate_per_population_is_no_amount():
    found = extract_quantities("Incidence reached 12.5 cases per 100,000 people, against 2.1 cases per 100,000.")
    assert [(q.value, q.unit) for q in found] == [(12.5, "cases"), (2.1, "cases")]
    assert [(q.value, q.unit) for q in extract_quantities("It costs $5 per 1,000 litres.")] == [(5, "USD")]


@pytest.mark.parametrize("text, expected", [
    ("Attendance has risen by 18 per cent this season, to an average of 9,800.", [(18, "%"), (9800, None)]),
    ("The index gained 45.3 points, or 0.8 per cent, to 6,012.4.", [(45.3, "points"), (0.8, "%"), (6012.4, None)]),
    ("Inflation rose from 3% in May, to 4 in June.", [(3, "%"), (4, "%")]),  # the other end of a range
])
def test_a_level_after_a_percentage_change_takes_no_percent(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


def test_a_single_period_after_rather_than_is_one_period():
    found = extract_quantities("The council could have spread the work over 20 years rather than a decade.")
    assert [(q.value, q.unit) for q in found] == [(20, "year"), (1, "decade")]


@pytest.mark.parametrize("text, expected", [
    ("Barker touched in 1:55.42, ahead of the field.", [(115.42, "second")]),  # minutes, seconds, hundredths
    ("She lowered her best by more than a second.", [(1, "second")]),
    ("It passed by a second vote.", []),  # an ordinal
    ("In 2020 swarms destroyed crops.", []),  # a year after "in", though a plural follows
    ("The participation rate was 63.2%, up 0.4 points from a year earlier.", [(63.2, "%"), (0.4, "percentage point")]),
    ("The index rose 0.8 per cent, or 45 points.", [(0.8, "%"), (45, "points")]),  # the same change in index points
])
def test_race_times_single_seconds_years_after_in_and_points_of_a_percentage(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The FTSE 100 fell 45.3 points to 8,012.", [(45.3, "points"), (8012, None)]),  # an index's level
    ("The rand weakened 1.2% to 18.45 per dollar.", [(1.2, "%"), (18.45, None)]),
    ("The rate was raised 25 basis points to 4.5.", [(25, "basis point"), (4.5, None)]),
    ("Inflation rose from 3% in May to 4.", [(3, "%"), (4, "%")]),  # the other end of a range
    ("The team went from 10 points to 12.", [(10, "points"), (12, "points")]),
    ("The project costs Kč 3 billion.", [(3e9, "CZK")]),
])
def test_the_level_a_change_reached_takes_no_unit_of_the_change(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


def test_a_dollar_countrys_domain_names_it_once_per_address():
    from service.pipeline.currency import country_mentions, page_dollar
    footer = "Email letters@courier.co.nz or visit www.courier.co.nz/news."
    assert country_mentions(footer) == {"NZD": 2}
    assert page_dollar("The council will borrow $62 million.\n" + footer) == "NZD"
    assert page_dollar("See cbc.ca/news and www.example.com for $5 offers.") is None  # once


def test_a_news_pages_menu_and_footer_may_name_its_dollar_country():
    from service.pipeline.document import process_document
    from service.pipeline.entities import load_gazetteer
    from service.pipeline.facts import FactExtractor
    from tests.eval import load_evaluate
    extractor = FactExtractor(load_gazetteer(load_evaluate().GAZETTEER))
    page = ("Harbour City Courier\nHome | Local | Business | Sport\n\nCouncil votes to borrow for new pipes\n\n"
            "By Jess Tane\nJune 26, 2025\n\n"
            "The district council voted on Wednesday to borrow $62 million to replace ageing water pipes.\n\n"
            "The mayor said the work would take eight years and keep rates rises below 5 per cent.\n\n"
            "Councillors who voted against the plan said pensioners would struggle to pay.\n\n"
            "Email letters@harbourcourier.co.nz\n© 2025 Harbour City Courier | harbourcourier.co.nz\n")
    facts = process_document(page, None, extractor, min_chars=50).facts
    assert {q.unit for f in facts for q in f.quantities if q.value == 62e6} == {"NZD"}


@pytest.mark.parametrize("text, expected", [
    ("Nearly two-thirds of households had received at least one net.", [(1, "nets", "at_least")]),
    ("There is one doctor for every 1,000 people.", [(1, "doctors", "exact"), (1000, "people", "exact")]),
    ("At least one of the victims was a child.", []),  # a partitive
    ("She had played only one match since July.", []),  # "one" alone counts only things counted one by one
])
def test_one_counts_its_noun_after_at_least_and_before_for_every(text, expected):
    assert [(q.value, q.unit, q.bound) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Cabinet approved 1,250 new piped water supply schemes.", [(1250, "schemes")]),
    ("The council built 300 family homes.", [(300, "homes")]),
])
def test_nouns_in_ly_describe_the_counted_noun(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("page, publishers, code", [
    ("OTTAWA — The government will spend $2 billion to help firms hit by U.S. tariffs. Canada said the U.S. "
     "measures were unfair.", (), "CAD"),  # the dateline outweighs the country it quarrels with
    ("WASHINGTON — Canada and Australia agreed to spend $2 billion.", (), None),
    ("The council will spend $5 million on roads, the mayor said.", ("Toronto Daily Star",), "CAD"),
    ("The council will spend $5 million on roads, the mayor said.", ("Sonoran Sentinel",), None),
])
def test_a_pages_dateline_and_publisher_weigh_more_in_its_dollar(page, publishers, code):
    from service.pipeline.currency import page_dollar
    assert page_dollar(page, publishers) == code


def test_a_period_compared_with_is_a_point_in_time():
    assert pairs("Retail sales were up 2.3% compared with 18 months earlier.") == [(2.3, "%")]
    assert pairs("The snow melted about three weeks earlier than usual.") == [(3, "week")]


def test_a_percentage_with_a_period_adverb_is_a_change_over_it_not_a_rate():
    assert pairs("The rent index rose 0.3% monthly and 5.1% annually.") == [(0.3, "%"), (5.1, "%")]
    assert pairs("The mill produced 40 tonnes annually.") == [(40, "tonne/year")]


def test_a_qualifier_that_passes_a_level_takes_the_subjects_noun():
    assert pairs("Passengers could surpass 12 million next year.") == [(12_000_000, "passengers")]


def test_a_bare_figure_opening_a_clause_of_its_own_counts_another_set():
    found = pairs("Forty climbers remain stranded and more than 2,000 have been evacuated from the valley.")
    assert found == [(40, "climbers"), (2000, None)]
    assert pairs("Rescuers reached 300 residents and 120 more by boat.")[0] == (300, "residents")


def test_a_price_per_unit_shares_its_unit_with_the_amount_it_is_compared_or_ranged_with():
    assert pairs("Cod fetched SEK 52.10 per kilogram in May, down from SEK 61.80 a year ago.") == [
        (52.1, "SEK/kg"), (61.8, "SEK/kg")]
    assert pairs("Copper traded between $9,100 and $9,400 a tonne.") == [(9100, "USD/tonne"), (9400, "USD/tonne")]
    assert pairs("Gold hit $2,400 an ounce, and the miner paid $3 billion.")[1] == (3_000_000_000, "USD")


def test_a_currency_joined_by_a_hyphen_is_an_amount_of_it():
    assert pairs("Bus fares rise by a 200-won step.") == [(200, "KRW")]


def test_numbers_naming_several_lines_or_platforms_are_ids():
    assert pairs("The operator, which runs lines 2 to 6, hired 40 drivers.") == [(40, "drivers")]
    assert pairs("Trains on platforms 3 and 4 were cancelled.") == []


def test_an_acronyms_marks_do_not_hide_the_noun_it_describes():
    assert pairs("Three OPEC+ ministers said output would rise.") == [(3, "ministers")]
    assert pairs("Two U.S. diplomats arrived on Monday.") == [(2, "diplomats")]


def test_a_later_figure_after_a_passing_qualifier_keeps_its_comparison_unit():
    found = pairs("Evacuations in the valley now exceed 4,000 residents, up from 2,500 on Friday.")
    assert found == [(4000, "residents"), (2500, "residents")]


def test_a_number_naming_one_transport_line_is_an_id():
    assert pairs("Tram line 7 will close for works, affecting 12,000 riders.") == [(12000, "riders")]
    assert (42, None) not in pairs("Passengers on bus 42 waited for 50 minutes.")


def test_a_single_letter_currency_takes_a_scale_joined_by_a_hyphen():
    assert pairs("The council cancelled a R3.5-billion housing contract.") == [(3_500_000_000, "ZAR")]
    assert pairs("Children in grade R get a meal.") == []


def test_cubic_metres_and_kilogrammes_are_m3_and_kg():
    assert pairs("The new reservoir holds 45 million cubic metres, enough for 12 kilogrammes of rice.") == [
        (45_000_000, "m3"), (12, "kg")]


def test_a_share_written_as_words_without_a_hyphen_is_no_quantity():
    assert pairs("Nearly two thirds of the pupils and three fifths of staff were absent.") == []


def test_a_factor_of_a_number_is_a_multiplier():
    assert pairs("Sales of diesel vans fell by a factor of 1.8 last year.") == [(1.8, "times")]


def test_a_price_for_a_traded_unit_and_after_the_price_of_a_unit():
    assert pairs("Growers now get KSh 4,000 for a bag of maize.") == [(4000, "KES/bag")]
    assert pairs("The price of a litre of diesel rose to €1.71 from €1.64.") == [
        (1.71, "EUR/L"), (1.64, "EUR/L")]


def test_a_plural_modifier_after_a_coordinated_one_describes_the_counted_noun():
    assert pairs("Some 450 port and customs inspectors joined the raids.") == [(450, "inspectors")]


def test_a_number_word_before_a_range_partner_takes_its_unit():
    assert pairs("Both men received sentences of five and seven years.") == [(5, "year"), (7, "year")]
    assert pairs("Talks between the two and three other parties failed.") == [(3, "parties")]


def test_a_rate_may_follow_a_word_for_an_increase():
    assert pairs("Nurses asked for €150 extra per month.") == [(150, "EUR/month")]


def test_the_price_of_a_unit_reaches_only_the_amounts_of_its_clause():
    assert pairs("The price of a barrel of crude rose to $82, and the state spent $2 billion on subsidies.") == [
        (82, "USD/barrel"), (2_000_000_000, "USD")]


def test_indian_digit_grouping_reads_lakhs_and_crores():
    amounts = [(q.value, q.unit) for q in extract_quantities("A budget of ₹2,65,000 crore, and Rs 12,34,567 paid.")]
    assert amounts == [(2.65e12, "INR"), (1234567.0, "INR")]
    # thousands grouped by three stay as they are
    assert [q.value for q in extract_quantities("It shipped 1,234,567 tonnes.")] == [1234567.0]


@pytest.mark.parametrize("text, expected", [
    ("Farmers received ₹3,100 per quintal.", [(3100, "INR/quintal")]),
    ("The price, about €17.5 million per kilometre, was high.", [(17_500_000, "EUR/km")]),
    ("Land sold for $4,000 per hectare and flats for $2,100 per square metre.",
     [(4000, "USD/ha"), (2100, "USD/m2")]),
    # a rate per night, and the other end of its range in the same currency
    ("The room levy will rise from $5 to $8.50 per night.", [(5, "USD/night"), (8.5, "USD/night")]),
])
def test_a_price_per_unit_of_land_length_or_weight_and_a_rate_per_night(text, expected):
    assert pairs(text) == expected


def test_signs_of_currencies_without_a_dollar():
    assert pairs("The stock fell to ₲14,200 billion.") == [(14_200_000_000_000, "PYG")]
    assert pairs("The budget includes KM 95 million for the route.") == [(95_000_000, "BAM")]
    assert pairs("We forecast an operating surplus of CI$ 92 million.") == [(92_000_000, "KYD")]  # Cayman dollar
    # "km 45" of a road stays a kilometre mark, not an amount of marks
    assert pairs("The crash happened at km 45 of the motorway, 3 km from the toll.")[1] == (3, "km")


def test_every_dimension_the_extractor_assigns_is_in_the_record_contract():
    """The API's dimension filter allows the enum's values: each dimension quantities.py can produce must be one."""
    source = Path(quantities.__file__).read_text(encoding="utf-8")
    assigned = set(re.findall(r'dimension(?:=|\s*=\s*)"([a-z]+)"', source))
    assigned |= set(re.findall(r'q\.unit, q\.dimension(?:, \w+)*\s*=\s*[^,]+,\s*"([a-z]+)"', source))
    assigned |= {dim for _, dim in quantities._MEASURES.values()}
    assert {"money", "ratio", "flow", "concentration"} <= assigned
    assert assigned <= {d.value for d in Dimension}, assigned - {d.value for d in Dimension}


def test_compound_physical_units_are_read_as_their_symbols():
    cases = {
        "Inflow peaked at 610 cubic metres per second.": [(610, "m3/s", "flow")],
        "The EU annual limit is 5 micrograms per cubic metre.": [(5, "µg/m3", "concentration")],
        "Hourly PM2.5 reached 184 µg/m³ at noon.": [(184, "µg/m3", "concentration")],
        "Bottom water held under 0.5 milligrams of oxygen per litre.": [(0.5, "mg/L", "concentration")],
        "The reservoir held 10.2 cubic kilometres of water.": [(10.2, "km3", "volume")],
        "The warehouse covers 9,000 square metres.": [(9000, "m2", "area")],
        "A new 500-kilovolt line and a 220 kV substation.": [(500, "kV", "voltage"), (220, "kV", "voltage")],
        "Yields reached 3.2 tonnes per hectare.": [(3.2, "tonne/ha", "mass")],
        "A fee of US$25 per private vehicle.": [(25, "USD/vehicle", "money")],
        "The 3.4-percent increase was the largest.": [(3.4, "%", "percentage")],
        "The two Governments agreed to meet again.": [(2, "governments", "count")],
        "Minimum wages rose to 1,271,000 soums a month.": [(1271000, "UZS/month", "rate")],
        "A gradual drop of 3 to 5 degrees is possible.": [(3, "degC", "temperature"), (5, "degC", "temperature")],
    }
    for text, expected in cases.items():
        got = [(q.value, q.unit, q.dimension) for q in extract_quantities(text)]
        assert got == [(float(v), u, d) for v, u, d in expected], text
    # a bare "degrees" with no temperature in the sentence counts degrees; "per the agreement" prices nothing
    assert [(q.unit) for q in extract_quantities("The university conferred 1,200 degrees.")] == ["degrees"]
    assert [q.unit for q in extract_quantities("It paid $5 million per the agreement.")] == ["USD"]


@pytest.mark.parametrize("text, expected", [
    ("Lobo Gold paid 41 billion CFA francs (about $72 million) in royalties.", [(41e9, "CFA"), (72e6, "USD")]),
    ("The regulator raised 96.5 billion riyals ($158 million).", [(96.5e9, "SAR"), (158e6, "USD")]),
    ("The price rose to 712 colones ($1.40) a litre.", [(712, "CRC/L"), (1.4, "USD/L")]),
    ("The bonus is 18 million pesos ($19,600) per worker.", [(18e6, "PESO/worker"), (19_600, "USD/worker")]),
    ("He earns 600,000 pesos ($650) a month.", [(600_000, "PESO/month"), (650, "USD/month")]),
    ("It has a range of 190 miles (306 km).", [(190, "mile")]),  # a unit conversion restates the figure
])
def test_a_conversion_into_another_currency_in_brackets_is_a_figure_of_its_own(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Council limited the rice plan to 35,000 dunams, down from 100,000.", [(35_000, "dunam"), (100_000, "dunam")]),
    ("Farmers planted 12,400 jeribs of saffron.", [(12_400, "jerib")]),
    ("It committed 2.4 million Seychelles rupees.", [(2.4e6, "SCR")]),
])
def test_regional_land_measures_and_rupees_that_name_their_country(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The goat herd shrank to 24.8 million head at the end of 2027.", [(24.8e6, "head")]),
    ("Herders kept 64.7 million head of livestock.", [(64.7e6, "head")]),
    ("The school hired 10 head teachers.", [(10, "teachers")]),  # a compound's head word, no livestock
    ("Travel receipts reached 28.6 billion escudos in the quarter.", [(28.6e9, "CVE")]),
])
def test_livestock_counted_by_the_head_and_the_escudo(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rice sells at ₱48 to ₱52 per kilo.", [(48, "PHP/kg"), (52, "PHP/kg")]),
    ("Rice stays at ₱29 a kilo in the stores.", [(29, "PHP/kg")]),
    ("Beef costs 12 dollars a kilogramme.", [(12, "USD/kg")]),
])
def test_a_price_per_kilo_is_per_kilogram(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The count stands at 4,310 huts partly flooded and 980 fully washed away.", [(4310, "huts"), (980, "huts")]),
    ("The ferry carried 2,400 passengers a day in May, up from 1,900 in April.",
     [(2400, "passengers/day"), (1900, "passengers/day")]),
    ("Cruise calls brought 8,200 visitors, led by Germany (3,100) and Canada (1,450).",
     [(8200, "visitors"), (3100, "visitors"), (1450, "visitors")]),
    ("1,500 people have died and over 4 million have been affected.", [(1500, "people"), (4_000_000, None)]),
])
def test_a_bare_figure_counts_what_a_parallel_figure_before_it_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Exports amounted to $22 billion 316 million in June.", [(22_316_000_000, "USD")]),
    ("Imports fell to $4 billion\n116 million from $4 billion 802 million.",
     [(4_116_000_000, "USD"), (4_802_000_000, "USD")]),
    ("It rose by 2 million 300 people.", [(2_000_000, None), (300, "people")]),
])
def test_an_amount_in_a_scale_word_and_a_smaller_one_after_it_is_one_amount(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan uses the wider 1,520-millimetre gauge.", [(1520, "mm")]),
    ("Floods left a 30-centimetre layer of mud.", [(30, "cm")]),
    ("Congress will vote on a fund of 90 billion guaranies.", [(90_000_000_000, "PYG")]),
    ("Transit traffic rose 23 percent in January-June to 812,000.", [(23, "%"), (812_000, None)]),
])
def test_singular_length_compounds_guaranies_and_levels_after_a_percentage(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The forecast rose to $9,400 a tonne from $8,100.", [(9400, "USD/tonne"), (8100, "USD/tonne")]),
    ("Yields fell to 2.7 tonnes per hectare from 3.1 tonnes.", [(2.7, "tonne/ha"), (3.1, "tonne/ha")]),
    ("Pumps will run 30 hours a week from May, down from 42 hours.", [(30, "hour/week"), (42, "hour/week")]),
    ("Malta has about 44 cubic metres of fresh water per person.", [(44, "m3/person")]),
    ("Growers get 2,950 cedis per 64-kilogram bag.", [(2950, "GHS/bag"), (64, "kg")]),
    ("Coffee traded at 3,100 pounds a tonne; the sack weighs 130 pounds.", [(3100, "GBP/tonne"), (130, "lb")]),
])
def test_a_rate_carries_to_its_earlier_level_and_prices_name_their_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Germany led with 51,300 students, followed by France with 12,400 and Chile with 9,900.",
     [(51300, "students"), (12400, "students"), (9900, "students")]),
    ("Exports fell to 410,000 tonnes, down from 650,000 tonnes three years earlier.",
     [(410_000, "tonne"), (650_000, "tonne")]),
    ("The frost came about ten days earlier than usual.", [(10, "day")]),
    ("I'm 58, and my knees are gone.", [(58, "year")]),
    ("A 3-cubic-metre skip and 250-gram jars were sold.", [(3, "m3"), (250, "g")]),
])
def test_listed_figures_earlier_points_ages_and_hyphenated_volumes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rainfall exceeded 55 litres per square metre at 9 stations.", [(55, "L/m2"), (9, "stations")]),
    ("The council bought the port for 30 million pounds in 2021.", [(30_000_000, "GBP")]),
    ("Farmers sold 30 million pounds of cocoa and a truck of 9,000 pounds.", [(30_000_000, "lb"), (9_000, "lb")]),
    ("Six aftershocks had a magnitude of 4.0 or more.", [(6, "aftershocks"), (4.0, "magnitude")]),
    ("The institute estimated the magnitude at 5.4.", [(5.4, "magnitude")]),
])
def test_rainfall_per_square_metre_sterling_with_a_scale_word_and_a_quakes_magnitude_of(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At 7.42 this morning the ferry ran aground about 2 kilometres off the pier.", [(2, "km")]),  # a time of day
    ("In 2025–26, the islands spent $212 million on medical travel.", [(212_000_000, "USD")]),  # a span's short year
    ("On Tuesday (14), the delegation visited Recife.", []),  # the day of the month
    ("Divers found scour of 1.4 metres at pier 5 and on state road 118.", [(1.4, "m")]),  # labels, not amounts
    ("The regional rate was the lowest, at 0.61.", [(0.61, None)]),
    ("The rate rose from 1.75 to 5.5 percent.", [(1.75, "%"), (5.5, "%")]),
])
def test_times_of_day_short_years_bracketed_days_and_labels_are_no_amounts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Children aged under 12 made up 15% of the cases.", [(12, "year"), (15, "%")]),
    ("Police said the driver, 47, had been arrested.", [(47, "year")]),
    ("The skipper, who is 61, remains in hospital.", [(61, "year")]),
    ("Aoife Brennan (39), of Main Street, pleaded guilty.", [(39, "year")]),
    ("Cases were reported from the northern region (4).", [(4, None)]),  # a count in brackets, no age
])
def test_ages_under_a_bound_after_the_and_a_noun_after_who_is_and_in_brackets_after_a_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trials for swimmers under 14 begin in May.", [(14, "year")]),
    ("Three residents died; all of them were over 80 and lived alone.", [(3, "residents"), (80, "year")]),
    ("The club has 640 members, and 210 of them are under 25.", [(640, "members"), (210, None), (25, "year")]),
    ("Voting is open to 17-year-olds in the canton.", [(17, "year")]),
    ("Temperatures were over 40 in the afternoon.", [(40, None)]),  # no people: no age
    ("The queue of cases is under 300.", [(300, None)]),
])
def test_ages_of_people_above_or_below_a_bound_that_ends_the_clause_and_year_olds(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("White rice was offered at $352-$357 a tonne.", [(352, "USD/tonne"), (357, "USD/tonne")]),
    ("Tickets cost $15-20 at the gate.", [(15, "USD"), (20, "USD")]),
    ("The plant is budgeted at ₹600-650 crore.", [(6_000_000_000, "INR"), (6_500_000_000, "INR")]),
    ("The boats were worth about 14 million Kenyan shillings.", [(14_000_000, "KES")]),
    ("He earned about NIS 1.1 million a year.", [(1_100_000, "ILS/year")]),
    ("The $5-million grant was approved.", [(5_000_000, "USD")]),
])
def test_ranges_of_money_with_a_hyphen_and_named_shillings_and_shekels(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("His catch fell from about 30 kilograms a day before the spill.", [(30, "kg/day")]),
    ("A teacher earns about 980,000 pesos a month before tax.", [(980_000, "PESO/month")]),
    ("Cases rose to 320, up from 290 a day before.", [(320, "cases"), (290, "cases")]),
    ("It rose to 320, from 290 a week before the vote.", [(320, None), (290, None)]),
])
def test_an_amounts_rate_goes_on_before_what_it_names_and_a_bare_count_a_day_before_is_when(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Police Service reports that firearm incidents fell to 19 in 2029 from 34 in 2028.",
     [(19, "incidents"), (34, "incidents")]),
    ("The Tourism Authority reports that air arrivals reached 208,400 in 2029.", [(208_400, "arrivals")]),
    ("Calls to the helpline rose to 3,870.", [(3_870, "calls")]),
])
def test_a_level_counts_the_subject_of_the_clause_a_body_reports_not_the_reporting_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It is now testing about 140 samples a day, up from 40 a day in January.",
     [(140, "samples/day"), (40, "samples/day")]),
    ("It tests 140 samples a day, up from 300 a week.", [(140, "samples/day"), (300, "samples/week")]),
])
def test_a_bare_rate_compared_with_a_counted_rate_counts_its_noun_over_its_own_period(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, value, unit", [
    ("Prices held at US$13.50 a box in March.", 13.5, "USD/box"),  # a price for each traded box or container
    ("Freight rose to US$4,800 a container.", 4800.0, "USD/container"),
    ("We are paying RD$1,150 a day for water trucks.", 1150.0, "DOP/day"),  # the Dominican peso's symbol
    ("It would lend RD$310 million to growers.", 310000000.0, "DOP"),
])
def test_prices_per_box_and_the_dominican_pesos_symbol(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("There are now 21 weekly flights to the capital.", 21.0, "flights/week"),  # the noun the period counts
    ("About 12,000 daily passengers use the line.", 12000.0, "passengers/day"),
    ("The cost is 400 weekly and rising.", 400.0, "count/week"),
])
def test_a_period_adjective_before_a_plural_noun_counts_that_noun_per_period(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "unit"), [
    ("The link carried 2,100 gigawatt hours in its first year.", "GWh"),
    ("Households used one terawatt-hour less.", "TWh"),
    ("The plant sold 900 megawatt hours.", "MWh"),
    ("A meter reads 12 kilowatt hour.", "kWh"),
])
def test_energy_spelled_with_a_space_or_a_hyphen_is_energy_not_power(text, unit):
    found = extract_quantities(text)
    assert [(q.unit, q.dimension) for q in found] == [(unit, "energy")]


@pytest.mark.parametrize("text, value, unit", [
    ("Tourism receipts reached 1,012 MD over January.", 1_012_000_000, "DINAR"),  # millions of dinars
    ("Net foreign assets stood at TND 27,840 MD on 22 February.", 27_840_000_000, "TND"),
    ("Exports of phosphates reached 4,300 MDH in the first half.", 4_300_000_000, "MAD"),
])
def test_an_abbreviation_of_millions_of_a_currency_scales_the_figure(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_doctors_letters_after_a_name_are_no_currency():
    assert [q.unit for q in extract_quantities("Dr. Ali Ben Salah, MD, said 5 patients had died.")] == ["patients"]


@pytest.mark.parametrize(("text", "unit"), [
    ("A business forum will bring together about 150 Vietnamese and Chilean companies.", "companies"),
    ("Police detained 4 Vietnamese fishing boats on Tuesday.", "boats"),
    ("Japan would train 2,000 Vietnamese railway engineers.", "engineers"),
    ("The county had opened 2 sports halls in Split.", "halls"),
    ("About 2.3 million Sudanese have fled.", "Sudanese"),
])
def test_a_demonym_in_ese_or_a_noun_in_s_before_the_counted_noun_describes_it(text, unit):
    assert [q.unit for q in extract_quantities(text)] == [unit]


@pytest.mark.parametrize(("text", "units"), [
    ("Deckhands on the Split lines earned 1,180 euros a month before overtime.", ["EUR/month"]),
    ("The boat lost 3.5 tonnes of fish and equipment worth some 420 million đồng.", ["tonne", "VND"]),
    ("This autumn the academies will admit 2,400 cadets, 600 more than last year.", ["cadets", "cadets"]),
])
def test_pay_before_overtime_money_in_dong_and_a_difference_after_a_count_take_their_units(text, units):
    assert [q.unit for q in extract_quantities(text)] == units


@pytest.mark.parametrize("text, expected", [
    ("Seawater rose about 3.5 metres around Eight Mile Rock on Monday.", [(3.5, "m")]),
    ("Flooding closed the road at Twelve Mile Creek for 6 hours.", [(6, "hour")]),
    ("They walked eight miles to the shelter.", [(8, "mile")]),
])
def test_a_capitalised_number_and_unit_inside_a_place_name_are_no_quantity(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize("text, unit", [
    ("Last year 9,400 young Lusitanese left to study or work abroad.", "Lusitanese"),
    ("About 2.3 million Sudanese fled across the border.", "Sudanese"),
    ("12 Japanese experts arrived on Monday.", "experts"),
])
def test_a_people_in_ese_before_a_verb_in_the_past_is_the_counted_noun(text, unit):
    assert [q.unit for q in extract_quantities(text)] == [unit]
