"""Quantities in news sentences: numbers with their unit, qualifier bound and a normalised value.

``find_quantities(sentence)`` reads figures such as "about 190 miles (306 km)", "surpassed 11,000",
"$61 billion", "€5m", "1,200 per day", "two months", "three sources", "12.5%". Numbers that are
dates, years, times, ordinals or parts of identifiers ("F-16", "5+1", "230515-D-KY598-1364") are
not quantities.

Units are normalised with pint (length → km, duration → days, mass → kg, ...); one registry is
built when the module is imported and turned into plain conversion factors, so extraction
itself never calls pint.
"""

from __future__ import annotations

import itertools
import math
import re

import pint

from . import language, verbs
from .models import Quantity
from .verbs import single_word_finite_forms

# "the emergency number 112": a number named by the word "number" right before it is an identifier.
_NUMBER_NAME_BEFORE_RE = re.compile(r"\b[a-z]+\s+number\s+$")

ureg = pint.UnitRegistry()

# canonical unit -> (pint unit, dimension); the normalised unit of each dimension is below.
_MEASURES = {
    "km": ("kilometer", "length"),
    "m": ("meter", "length"),
    "cm": ("centimeter", "length"),
    "mm": ("millimeter", "length"),
    "mile": ("mile", "length"),
    "nautical mile": ("nautical_mile", "length"),
    "ft": ("foot", "length"),
    "yard": ("yard", "length"),
    "inch": ("inch", "length"),
    "second": ("second", "duration"),
    "minute": ("minute", "duration"),
    "hour": ("hour", "duration"),
    "day": ("day", "duration"),
    "week": ("week", "duration"),
    "month": ("month", "duration"),
    "year": ("year", "duration"),
    "decade": ("10 * year", "duration"),  # pint's "decade" is a logarithmic unit
    "century": ("century", "duration"),
    "kg": ("kilogram", "mass"),
    "g": ("gram", "mass"),
    "mg": ("milligram", "mass"),
    "µg": ("microgram", "mass"),
    "mg/m3": ("milligram / meter ** 3", "concentration"),
    "tonne": ("metric_ton", "mass"),
    "ton": ("short_ton", "mass"),
    "lb": ("pound", "mass"),
    "carat": ("carat", "mass"),
    "L": ("liter", "volume"),
    "L/m2": ("liter / meter ** 2", "length"),  # rainfall: a litre on each square metre is a millimetre of depth
    "gallon": ("gallon", "volume"),
    "barrel": ("oil_barrel", "volume"),
    "m3": ("meter ** 3", "volume"),
    "hm3": ("hectometer ** 3", "volume"),
    "km3": ("kilometer ** 3", "volume"),
    "m2": ("meter ** 2", "area"),
    "quintal": ("100 * kilogram", "mass"),
    "m3/s": ("meter ** 3 / second", "flow"),
    "µg/m3": ("microgram / meter ** 3", "concentration"),
    "µg/L": ("microgram / liter", "concentration"),
    "mg/L": ("milligram / liter", "concentration"),
    "g/L": ("gram / liter", "concentration"),
    "V": ("volt", "voltage"),
    "kV": ("kilovolt", "voltage"),
    "km2": ("kilometer ** 2", "area"),
    "mile2": ("mile ** 2", "area"),
    "hectare": ("hectare", "area"),
    "acre": ("acre", "area"),
    # land measures of the Levant and Iraq (the dunam, 1,000 m2) and of Afghanistan and Iran (the jerib, 2,000 m2)
    "dunam": ("1000 * meter ** 2", "area"),
    "jerib": ("2000 * meter ** 2", "area"),
    "km/h": ("kilometer / hour", "speed"),
    "mph": ("mile / hour", "speed"),
    "knot": ("knot", "speed"),
    "m/s": ("meter / second", "speed"),
    "km/s": ("kilometer / second", "speed"),
    "kW": ("kilowatt", "power"),
    "MW": ("megawatt", "power"),
    "GW": ("gigawatt", "power"),
    "kWh": ("kilowatt_hour", "energy"),
    "MWh": ("megawatt_hour", "energy"),
    "GWh": ("gigawatt_hour", "energy"),
    "TWh": ("terawatt_hour", "energy"),
    "degC": ("degC", "temperature"),
    "degF": ("degF", "temperature"),
    "mb": ("millibar", "pressure"),
    "hPa": ("hectopascal", "pressure"),
}
_TARGET = {
    "length": ("kilometer", "km"),
    "duration": ("day", "day"),
    "mass": ("kilogram", "kg"),
    "volume": ("liter", "L"),
    "area": ("kilometer ** 2", "km2"),
    "speed": ("kilometer / hour", "km/h"),
    "power": ("megawatt", "MW"),
    "energy": ("megawatt_hour", "MWh"),
    "temperature": ("degC", "degC"),
    "pressure": ("millibar", "mb"),
    "flow": ("meter ** 3 / second", "m3/s"),
    "concentration": ("milligram / liter", "mg/L"),
    "voltage": ("kilovolt", "kV"),
}
_FACTORS = {
    unit: float(ureg.parse_expression(pint_unit).to(_TARGET[dim][0]).magnitude)
    for unit, (pint_unit, dim) in _MEASURES.items()
    if dim != "temperature"
}
_DAYS = {k: _FACTORS[k] for k in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")}

# Surface forms of measurement units, longest first so "nautical miles" beats "miles".
_UNIT_WORDS = {
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "sq km": "km2",
    "km2": "km2",
    "km²": "km2",
    "square miles": "mile2",
    "square mile": "mile2",
    "sq mi": "mile2",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "km/h": "km/h",
    "kph": "km/h",
    "km per hour": "km/h",
    "miles per hour": "mph",
    "mph": "mph",
    "knots": "knot",
    "knot": "knot",
    "kilometres per second": "km/s",
    "kilometers per second": "km/s",
    "km/s": "km/s",
    "km per second": "km/s",
    "metres per second": "m/s",
    "meters per second": "m/s",
    "m/s": "m/s",
    "nautical miles": "nautical mile",
    "nautical mile": "nautical mile",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "centimetres": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimeter": "cm",
    "cm": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "miles": "mile",
    "mile": "mile",
    "mi": "mile",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "yards": "yard",
    "yard": "yard",
    "inches": "inch",
    "inch": "inch",
    "seconds": "second",
    "second": "second",
    "secs": "second",
    "minutes": "minute",
    "minute": "minute",
    "mins": "minute",
    "min": "minute",
    "hours": "hour",
    "hour": "hour",
    "hrs": "hour",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
    "century": "century",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilos": "kg",
    "kilogrammes": "kg",
    "kilogramme": "kg",
    "kg": "kg",
    "grams": "g",
    "mg/m3": "mg/m3",
    "mg/m³": "mg/m3",
    "milligrams": "mg",
    "milligram": "mg",
    "micrograms": "µg",
    "microgram": "µg",
    "grammes": "g",
    "gram": "g",
    "metric tons": "tonne",
    "metric tonnes": "tonne",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "ton",
    "ton": "ton",
    "pounds": "lb",
    "pound": "lb",
    "lbs": "lb",
    "lb": "lb",
    "litres": "L",
    "liters": "L",
    "litre": "L",
    "liter": "L",
    "gallons": "gallon",
    "gallon": "gallon",
    "barrels": "barrel",
    "barrel": "barrel",
    "cubic metres per second": "m3/s",
    "cubic meters per second": "m3/s",
    "cubic metres a second": "m3/s",
    "cubic meters a second": "m3/s",
    "m3/s": "m3/s",
    "m³/s": "m3/s",
    "cumecs": "m3/s",
    "micrograms per cubic metre": "µg/m3",
    "micrograms per cubic meter": "µg/m3",
    "µg/m3": "µg/m3",
    "µg/m³": "µg/m3",
    "μg/m3": "µg/m3",
    "μg/m³": "µg/m3",
    "ug/m3": "µg/m3",
    "micrograms per litre": "µg/L",
    "micrograms per liter": "µg/L",
    "µg/l": "µg/L",
    "μg/l": "µg/L",
    "milligrams per litre": "mg/L",
    "milligrams per liter": "mg/L",
    "mg/l": "mg/L",
    "grams per litre": "g/L",
    "grams per liter": "g/L",
    "g/l": "g/L",
    "cubic kilometres": "km3",
    "cubic kilometers": "km3",
    "cubic kilometre": "km3",
    "cubic kilometer": "km3",
    "km3": "km3",
    "km³": "km3",
    "cubic hectometres": "hm3",
    "cubic hectometers": "hm3",
    "hm3": "hm3",
    "hm³": "hm3",
    "square metres": "m2",
    "square meters": "m2",
    "square metre": "m2",
    "square meter": "m2",
    "sq m": "m2",
    "m2": "m2",
    "m²": "m2",
    "quintals": "quintal",
    "quintal": "quintal",
    "kilovolts": "kV",
    "kilovolt": "kV",
    "kv": "kV",
    "volts": "V",
    "volt": "V",
    "cubic metres": "m3",
    "cubic meters": "m3",
    "cubic metre": "m3",
    "cubic meter": "m3",
    "m³": "m3",
    "hectares": "hectare",
    "hectare": "hectare",
    "carats": "carat",
    "carat": "carat",
    "acres": "acre",
    "acre": "acre",
    "dunams": "dunam",
    "dunam": "dunam",
    "dunums": "dunam",
    "dunum": "dunam",
    "donums": "dunam",
    "jeribs": "jerib",
    "jerib": "jerib",
    "kilowatts": "kW",
    "kilowatt": "kW",
    "kw": "kW",
    "megawatts": "MW",
    "megawatt": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gigawatt": "GW",
    "gw": "GW",
    # "11,400 gigawatt hours", "a gigawatt-hour": energy, spelled with a hyphen or a space
    "kilowatt-hours": "kWh",
    "kilowatt-hour": "kWh",
    "kilowatt hours": "kWh",
    "kilowatt hour": "kWh",
    "kwh": "kWh",
    "megawatt-hours": "MWh",
    "megawatt-hour": "MWh",
    "megawatt hours": "MWh",
    "megawatt hour": "MWh",
    "mwh": "MWh",
    "gigawatt-hours": "GWh",
    "gigawatt-hour": "GWh",
    "gigawatt hours": "GWh",
    "gigawatt hour": "GWh",
    "gwh": "GWh",
    "terawatt-hours": "TWh",
    "terawatt-hour": "TWh",
    "terawatt hours": "TWh",
    "terawatt hour": "TWh",
    "twh": "TWh",
    "degrees celsius": "degC",
    "degrees centigrade": "degC",
    "°c": "degC",
    "c": "degC",
    "degrees fahrenheit": "degF",
    "millibars": "mb",
    "millibar": "mb",
    "mb": "mb",
    "hectopascals": "hPa",
    "hectopascal": "hPa",
    "hpa": "hPa",
    "°f": "degF",
    "f": "degF",
}
# "c"/"f" are units only when written as "°C"/"30C"; plain words must be spelled out.
_ATTACHED_ONLY = {"c", "f", "m", "g"}
# "1,000 m above the vent", "a plume 500 m high": a spaced "m" before a word of height, depth or distance is metres.
_METRE_AFTER_RE = re.compile(r"\s+(?:above|below|beneath|high|deep|tall|long|wide|thick|away|in\s+diameter)\b")

# Nouns counting people: their figures get dimension "persons".
_PERSON_NOUNS = {
    w: (
        w
        if w.endswith("s") or w in {"personnel", "staff", "people", "police", "dead", "wounded", "injured"}
        else w + "s"
    )
    for w in """troops troop soldiers soldier casualties casualty people persons person officials official civilians
    civilian workers worker employees employee residents resident refugees refugee migrants migrant children child
    adults adult patients patient deaths death fatalities fatality victims victim fans fan spectators spectator
    students student voters voter members member personnel fighters fighter militants militant prisoners prisoner
    hostages hostage sources source players player staff servicemen serviceman marines marine sailors sailor pilots
    pilot doctors doctor nurses nurse teachers teacher passengers passenger tourists tourist visitors visitor
    inhabitants inhabitant citizens citizen individuals individual men man women woman boys boy girls girl babies baby
    infants infant protesters protester protestors demonstrators demonstrator detainees detainee survivors survivor
    wounded injured dead journalists journalist reporters reporter athletes athlete runners runner participants
    participant applicants applicant recruits recruit volunteers volunteer conscripts conscript mercenaries
    mercenary officers officer firefighters firefighter miners miner farmers farmer scientists scientist
    researchers researcher users user customers customer subscribers subscriber delegates delegate lawmakers
    lawmaker senators senator diplomats diplomat police policemen guards guard crew""".split()
}
_PERSON_NOUNS.update(
    {
        "men": "men",
        "women": "women",
        "fishermen": "fishermen",
        "fisherman": "fishermen",
        "gunmen": "gunmen",
        "gunman": "gunmen",
        "crewmen": "crewmen",
        "children": "children",
        "child": "children",
        "man": "men",
        "woman": "women",
        "people": "people",
        "person": "people",
        "staff": "staff",
        "crew": "crew",
        "casualty": "casualties",
        "fatality": "fatalities",
        "baby": "babies",
        "mercenary": "mercenaries",
        "protestors": "protesters",
        "policemen": "policemen",
        "serviceman": "servicemen",
    }
)
# Counted nouns whose plural does not end in "s".
_INVARIANT_NOUNS = frozenset("aircraft sheep cattle fish deer livestock equipment hectares head".split())
# Words that end the search for a counted noun: a verb or preposition follows the number.
_NOUN_STOPS = frozenset(
    """of in to the and or a an were was had have has is are be been from at for on by with per than as that which who
    whom last next this these those it its their his her our we they he she more less most least times into onto
    through across after before during against toward towards between among within without about around near since
    until via up down out off""".split()
)
# Lower-case words that may stand between a number and its noun ("11,000 more North Korean troops").
_NOUN_MODIFIERS = frozenset(
    """more new additional other extra further separate different large small major minor armed civilian military
    foreign local total combined active ground elite young old senior junior full-time part-time registered unique
    confirmed reported suspected estimated known former current regular reserve enemy allied government private public
    domestic international migrant unaccompanied special key""".split()
)
# Plural-looking words that are not counted nouns.
_NOT_NOUNS = frozenset(
    """is was has its this his hers was as us yes thus plus across less unless always perhaps towards afterwards
    news series means species its whereas applies remains says goes comes does seems includes shows appears
    stands makes takes gives holds leads follows needs wants plans calls looks gets runs rises falls hits sits sets
    puts lies""".split()
)

_CURRENCY_SYMBOLS = language.lexicon_pairs("currency_symbols")
# "FRW 2,104 billion" as "Frw": prefixes are matched in any case
_FOLDED_SYMBOLS = {symbol.casefold(): code for symbol, code in reversed(_CURRENCY_SYMBOLS.items())}
_CURRENCY_CODES = language.lexicon_entries("currency_codes")
_WORD_CODES = language.lexicon_entries("word_currency_codes")  # only before thousands or a scale word
_CURRENCY_WORDS = {name.lower(): code for name, code in language.lexicon_pairs("currency_words").items()}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "trln": 1e12,
    "cr": 1e7,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_PERIODS = {
    "second": "second",
    "night": "night",  # "$8.50 per night": a room's or a stay's rate
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "quarter": "quarter",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "annual": "year",
}
_DAYS["quarter"] = _DAYS["year"] / 4
# Periods that only count as durations after a number ("the first three quarters"), never as a unit alone.
_PERIOD_NOUNS = {"quarters": "quarter"}

_BOUNDS = [
    (
        "at_least",
        (
            "more than|greater than|higher than|over|at least|surpassed|surpassing|surpasses|surpass|exceeded|"
            "exceeding|"
            "exceeds|exceed|topped|topping|tops|above|upwards of|in excess of|just over|well over|well above|"
            "just above|a minimum of|no fewer than|no less than|not less than"
        ),
    ),
    (
        "at_most",
        (
            "up to|at most|no more than|not more than|as many as|as much as|less than|fewer than|under|below|"
            "just under|a maximum of|at a maximum of|a max of"
        ),
    ),
    (
        "approx",
        (
            "about|approximately|approx\\.|nearly|almost|roughly|around|some|an estimated|estimated|close to|"
            "circa|c\\.|an average of|on average|averaging|averaged|averages"
        ),
    ),
]
_BOUND_OF = {}
_alternatives = []
for _bound, _words in _BOUNDS:
    for _w in _words.split("|"):
        _BOUND_OF[_w.replace("\\", "").lower()] = _bound
        _alternatives.append(_w)
_alternatives.sort(key=len, reverse=True)
_QUALIFIER_RE = re.compile(r"(?:^|(?<=[\s(\"'“,;:—–-]))(" + "|".join(_alternatives) + r")\s+$", re.IGNORECASE)

_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SMALL = "|".join(sorted(list(_ONES) + list(_TENS), key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:half\s+a\s+dozen|a\s+dozen|half\s+a(?=\s+(?:million|billion|trillion)\b)"
    rf"|(?:a|one)\s+quarter\s+of\s+a(?=\s+(?:million|billion|trillion)\b)"
    rf"|three[-\s]quarters\s+of\s+a(?=\s+(?:million|billion|trillion)\b)"
    rf"|(?:{_SMALL})\s+and\s+a\s+half"
    rf"|an?(?=\s+(?:million|billion|trillion)\b)"
    rf"|(?:an?|{_SMALL})(?:[-\s](?:{'|'.join(_ONES)}))?(?:\s+(?:hundred|thousand)(?:\s+and)?(?:\s+(?:{_SMALL}))?)+"
    rf"|(?:{_SMALL})(?:-(?:{'|'.join(_ONES)}))?)"
)
# Thousands grouped by commas ("1,284") or, as many statistics offices print them, by a space ("NOK 1 284",
# "1 000 kWh"; also no-break and thin spaces): every group after the first has exactly three digits.
_GROUP_SPACES = " \u00a0\u202f\u2009"
# "2,4 %", "0,3 percentage points", "1,5 billion", "3,2 °C": a decimal comma before a percentage, a scale or a unit
_DIGITS = (r"\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent\b|percent(?:age)?\b|(?:thousand|million|billion|trillion|mln|bn)\b"
           r"|°|degrees\b|(?:km|kg|cm|mm|m|t)\b|(?:euros?|kronor|kroner|zloty|złoty|forints?|lei)\b))"
           # "2,65,000", "1,55,000 crore": Indian grouping (lakhs and crores), two digits a group before the last three
           r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
           rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|[1-9]\d{{0,2}}(?:[{_GROUP_SPACES}]\d{{3}})+(?![\d,]|\.\d)(?:\.\d+)?"
           r"|\d+(?:\.\d+)?|\.\d+")
# A single-letter currency prefix ("R940 billion", South African rand) counts only before a figure written with
# thousands or a scale word, so that "R2" or "grade R 3" stay what they are; the scale word may be joined by a
# hyphen ("R1.2-billion"), as South African papers write it.
_LETTER_PREFIX_GUARD = r"(?=\d{1,3},\d{3}|\d[\d.]*(?:\s?|-)(?:thousand|million|billion|trillion|bn|tn|m)\b)"


# Prefixes that are also a unit's abbreviation ("KM 95 million" is Bosnian marks, "km 45" a road's kilometre): as
# written, and as a single letter's, only before thousands or a scale word
_UNIT_LIKE_PREFIXES = frozenset({"KM"})


def _symbol_pattern(symbol: str) -> str:
    if (len(symbol) == 1 and symbol.isalpha()) or symbol in _UNIT_LIKE_PREFIXES:
        return rf"(?-i:{re.escape(symbol)})\s?{_LETTER_PREFIX_GUARD}" if len(symbol) > 1 \
            else rf"(?-i:{re.escape(symbol)}){_LETTER_PREFIX_GUARD}"
    # "Rs 500", "US$ 1.2 billion", "€ 1.2 billion": a space may follow a prefix (not a bare "$", "$ 5" is rare)
    return re.escape(symbol) + (r"\s?" if symbol != "$" else "")


_CURRENCY_PREFIX = "|".join([*(_symbol_pattern(s) for s in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)),
                             r"(?-i:" + "|".join(_CURRENCY_CODES) + r")\s?",
                             r"(?-i:" + "|".join(_WORD_CODES) + r")\s?" + _LETTER_PREFIX_GUARD])
# Characters that glue a number to what precedes it, so that it starts no figure: word characters, separators,
# and the currency signs themselves ("$$5").
_NOT_BEFORE = r"\w.,+\-/#:@" + "".join(sorted({re.escape(c) for s in _CURRENCY_SYMBOLS for c in s
                                                  if not (c.isalnum() or c == ".")}))
_NUMBER_RE = re.compile(
    rf"(?<![{_NOT_BEFORE}])(?:[+\-−](?=\d))?(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_DIGITS})"
    rf"|(?<![\w\-])(?P<word>{_WORD_NUMBER})\b",
    re.IGNORECASE,
)
# Same, digits only: most sentences have no number words, and this one is much faster.
_DIGIT_NUMBER_RE = re.compile(
    rf"(?<![{_NOT_BEFORE}])(?:[+\-−](?=\d))?(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_DIGITS})(?P<word>(?!))?",
    re.IGNORECASE
)
# A number word standing alone as a subject ("a dozen were injured", "five intensified into major hurricanes") or
# taken out of a set ("all four of our bases", "two of the compounds"): a count with unit null.
_WORD_STANDS_ALONE_RE = re.compile(
    r"\s+(?:of\s+(?:the|our|its|their|his|her|your|my)\b|(?:were|are|have|had|died|remain|remained)\b"
    r"|(?!(?:of|in|to|for|and|or|per|times|than|at|on|by|from|with)\b)[a-z]+ed\b(?!\s+(?:by|from)\b))")
# "sentences of three and four years", "between two and three days": the first figure of a range whose unit is
# written after the second (filled in from it)
_WORD_RANGE_AFTER_RE = re.compile(rf"\s+(?:and|or|to)\s+(?:{_SMALL}|\d+)\b", re.IGNORECASE)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A count taken out of a set named before: "two of them", "three of whom" (a number standing alone, unit null).
# "two of them", "fourteen of the cases": a share of a set the text names, counted without a unit of its own
# ("eight of us", "forty-three of you", "sixty-one of today's graduates", "two of our regional offices" too)
_OF_A_SET_RE = re.compile(r"\s+of\s+(?:them|whom|which|these|those|us|you"
                          r"|(?:the|our|your|their|its|today['’]s)\s+(?:[a-z]+\s+)?[a-z]+s)\b", re.IGNORECASE)
_NUMBER_WORDS = frozenset(list(_ONES) + list(_TENS) + ["dozen", "half", "hundred", "thousand"])
_LOWER_WORD_RE = re.compile(r"[a-z]+")
_ANY_DIGIT_RE = re.compile(r"\d")
_SCALE_RE = re.compile(r"(\s?)(thousand|million|billion|trillion|crores?|lakhs?|mln|bln|trln|mn|bn|trn|tn|cr|m|b|k)\b",
                       re.IGNORECASE)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_BEFORE_RE = re.compile(rf"\b{_MONTHS}\s+$")
# "5 March", "23rd of May", and the first day of "23 and 24 November", "4-6 June"
_DATE_AFTER_RE = re.compile(
    rf"\s*(?:st|nd|rd|th)?(?:\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTHS}(?!\w)")
_TIME_AFTER_RE = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|[AP]M\b|o'clock)", re.IGNORECASE)
_PRESSURE_CONTEXT_RE = re.compile(r"\b(?:pressure|barometric|millibars?|hurricane|typhoon|cyclone|storm)\b",
                                  re.IGNORECASE)
# "22.6 North, longitude 88.6 West", "22.6N, 88.6W": a position (not "10,000 North Korean soldiers")
_COORDINATE_AFTER_RE = re.compile(
    r"\s?°?\s?(?:North|South|East|West|[NSEW])(?=\s*(?:[,;]|\.(?!\w)|$|\s+(?:and|latitude|longitude)\b))")
_COORDINATE_BEFORE_RE = re.compile(r"\b(?:latitude|longitude|lat\.?|long\.?)\s+$", re.IGNORECASE)
_DATA_UNIT_RE = re.compile(r"\s?(?:[KMGTP]B|[KMGT]iB|bytes?|kb|mb|gb|tb)\b")
_UNIT_RE = re.compile(
    r"\s*(" + "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_COMPOUND_UNIT_RE = re.compile(
    r"-(day|week|month|year|hour|minute|second|mile|cubic-met(?:re|er)|square-met(?:re|er)|kilometre|kilometer|km|metre|meter|centimetre|centimeter|millimetre|millimeter|foot|yard|inch|ton|tonne|"
    r"megawatt|gigawatt|kilowatt|kilovolt|acre|hectare|litre|liter|kilogram|gram)"
    r"(?:-(?:olds?|tall|long|high|wide|deep|thick))?(?![\w-])",  # ("16-year-olds")
    re.IGNORECASE,
)
_CURRENCY_WORD_RE = re.compile(
    r"\s*(" + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE
)
_CODE_AFTER_RE = re.compile(r"\s?(" + "|".join(_CURRENCY_CODES) + r")\b")
# "1,012 MD", "TND 27,840 MD": millions of dinars (lexicon ``scaled_currency_codes``)
_SCALED_CODES = {code: tuple(value.split()) for code, value in language.lexicon_pairs("scaled_currency_codes").items()}
_SCALED_CODE_RE = re.compile(r"\s?(" + "|".join(sorted(_SCALED_CODES, key=len, reverse=True)) + r")(?![\w'’])")
# "six tenths above the rate", "one tenth of a percentage point": a change in a rate, counted in tenths of a point
_TENTHS_RE = re.compile(r"\s+tenths?\b(?:\s+of\s+an?\s+(?:percentage\s+)?point\b)?(?!\s+of\b)", re.IGNORECASE)
TENTHS_PER_POINT = 10
_PERCENT_RE = re.compile(r"\s?(%|per\s?cent\b|percentage points?\b|pct\b|pc\b)", re.IGNORECASE)
_RATE_RE = re.compile(
    # "$100 extra per month", "€20 more a week": a word for an increase may stand before the period
    r"\s*(?:(?:extra|more|additional)\s+)?(?:(?:per|a|an|each|every)\s+(second|minute|hour|day|night|week|month|year|quarter)\b"
    r"|/\s?(second|minute|hour|day|week|month|year)\b|\s(daily|weekly|monthly|annually|yearly|a\s+year|per\s+annum)\b)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\s*([A-Za-z][\w’'-]*)")
# "11 weekly flights", "40 daily departures": what the period's adjective counts, a plural noun after it
_ADJECTIVE_RATE_NOUN_RE = re.compile(r"\s+(?:(?:return|direct|scheduled|international|domestic)\s+)?"
                                     r"(?P<noun>[a-z]{3,}s)\b(?![-'’])")
# Minor currency units: "41 cents" is 0.41 dollars, "30 pence" 0.30 pounds.
_MINOR_CURRENCY = {"cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "p": "GBP"}  # "212.5p"
MINOR_PER_MAJOR = 100
_PENCE_CONTEXT_RE = re.compile(r"£|\b(?:pence|penny|shares?|stock|prices?|fares?|duty|litre|per\s+unit)\b",
                               re.IGNORECASE)
_MINOR_CURRENCY_RE = re.compile(r"\s?(cents?|pence|penny)\b|(?<=\d)(p)(?![\w.’'])", re.IGNORECASE)
_BASIS_POINT_RE = re.compile(r"\s?(basis[\s-]points?|bps?)\b", re.IGNORECASE)
BASIS_POINTS_PER_POINT = 100
# A price per traded unit: "$72.90 a barrel", "€310 per tonne".
_PRICE_PER_RE = re.compile(
    # "GH¢3,000 for a bag of cocoa": a price paid for each traded unit
    # ("3,228 cedis per 64-kilogram bag": the traded unit's own size may come first)
    r"\s*(?:a|an|per|for\s+an?|for\s+each)\s+(?:\d+(?:\.\d+)?-[a-z]+\s+)?"
    r"(metric\s+tonne|metric\s+ton|barrel|tonne|ton|ounce|troy ounce|gallon|"
    r"litre|liter|bushel|bag|sack|box|carton|crate|container|"
    r"share|kilogram(?:me)?|kilo|kg|pound|lb|quintal|hectare|acre|kilometre|kilometer|km|mile|square\s+met(?:re|er)|"
    r"megawatt[\s-]hour|MWh|kWh|kilowatt[\s-]hour|megawatt|MW|million\s+British\s+thermal\s+units?|mmBtu)\b"
    # "$81.20/bbl", "$2,350/t", "$2,650/oz": the trade's abbreviations after a slash
    r"|\s?/\s?(bbl|barrel|t|tonne|oz|ounce|MWh|kWh|kg|lb|MW|mmBtu)\b",
    re.IGNORECASE,
)
_PER_UNIT_NAMES = {"bbl": "barrel", "t": "tonne", "oz": "ounce", "lb": "pound", "megawatt": "MW", "mw": "MW",
                   "kilogram": "kg", "kilo": "kg", "kilogramme": "kg", "kilometre": "km", "kilometer": "km",
                   "square metre": "m2", "square meter": "m2",
                   "mwh": "MWh", "kwh": "kWh", "megawatt hour": "MWh", "kilowatt hour": "kWh",
                   # a gas price per million British thermal units, written with the trade's symbol
                   "million british thermal units": "mmBtu", "million british thermal unit": "mmBtu",
                   "mmbtu": "mmBtu",
                   # a price per litre or hectare is written with the unit's symbol, as a yield is ("tonne/ha")
                   "litre": "L", "liter": "L", "hectare": "ha"}
# "US$25 per private vehicle", "$150 per container": a price for each of any other thing, by its noun
_PRICE_PER_NOUN_RE = re.compile(r"\s*per\s+(?:(?P<modifier>[a-z]+)\s+)?(?P<noun>[a-z]{3,})\b(?![-'’])")
# "0.5 milligrams of oxygen per litre", "27 micrograms per cubic metre": a mass in each unit of volume, a concentration
_PER_VOLUME_RE = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:per|a|/)\s*"
                            r"(?P<volume>litre|liter|l|cubic\s+met(?:re|er)|m3|m³)(?![\w/])", re.IGNORECASE)
_CONCENTRATION_MASSES = frozenset({"g", "mg", "µg"})
# "3.2 tonnes per hectare", "28 quintals a hectare", "450 kg/ha": a yield, a mass on each unit of land
_PER_LAND_RE = re.compile(r"\s*(?:per|a|an|/)\s*(?P<land>hectare|ha|acre)(?![\w/])", re.IGNORECASE)
# "had a magnitude of 3.0 or more", "estimated the magnitude at 5.2", "revised the magnitude to 6.1": a quake's size
_MAGNITUDE_OF_RE = re.compile(r"\bmagnitudes?\s+(?:of|at|to|was|is|as)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|an\s+estimated\s+)?$", re.IGNORECASE)
# "60 litres per square metre", "40 l/m²": rainfall
_PER_SQUARE_METRE_RE = re.compile(r"\s*(?:per|a|/)\s*(?:square\s+met(?:re|er)|m2|m²|sq\.?\s*m)(?![\w/])", re.IGNORECASE)
# "$34 per capita", "2.1 tonnes per person", "€410 a head": an amount for each person
# ("58 cubic metres of renewable water per person": the thing measured may come between)
_PER_PERSON_RE = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:per|a)\s+"
                            r"(?:capita|person|head|inhabitant|resident)\b", re.IGNORECASE)
# "5,900 pounds a tonne": pounds priced per a traded unit are sterling, not a mass in each unit
_POUNDS_PRICE_RE = re.compile(r"\s+(?:a|an|per)\s+(?:metric\s+)?(?:tonne|ton|barrel|ounce|share|kilogram|kilo|kg"
                              r"|litre|gallon|bushel|bag|sack)\b", re.IGNORECASE)
# "90 cases a week ago": "a week" here points back in time, not a rate.
_TIME_AGO_RE = re.compile(r"\s*(?:ago|earlier|before|later|prior)\b", re.IGNORECASE)
# "980,000 pesos a month before tax", "30 kilograms a day before the spill": an amount's rate, before what it names
_BEFORE_NAMED_RE = re.compile(r"\s*before\s+(?:the|a|an|tax|taxes|deductions|overtime|bonuses|allowances)\b",
                              re.IGNORECASE)
_AGO_RE = re.compile(r"\s*ago\b", re.IGNORECASE)
_EARLIER_POINT_RE = re.compile(r"\s*(?:earlier\b(?!\s+than\b)|before(?=\s*[.,;:)]))", re.IGNORECASE)
# what a change is measured against, right before a period: "compared with 12 months earlier", "from two years before"
_COMPARED_POINT_BEFORE_RE = re.compile(r"\b(?:compared\s+(?:with|to)|against|from|versus|vs\.?|than)\s+(?:the\s+)?$",
                                       re.IGNORECASE)
# Elapsed time written as a clock: "2:11:53", "1:04:16" (hours, minutes, seconds).
_CLOCK_DURATION_RE = re.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
SECONDS_PER_MINUTE = 60
# A race time in minutes, seconds and hundredths: "1:55.42", "3:29.07" (a time of day has no fraction of a second).
_RACE_TIME_RE = re.compile(r"(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])")
_SINGLE_PERIOD_RE = re.compile(
    r"(?<![\w-])(?P<qual>more than|less than|rather than|instead of|nearly|almost|about|roughly|around|over|under|"
    r"at least|by)\s+an?\s+"
    r"(?P<unit>century|decade|year|month|week|day|hour|minute|second(?!\s+[a-z]))\b(?![\w-])"
    # "2.1 percent more than a month earlier": a point of comparison, not a length of time
    r"(?!\s+(?:earlier|before|previously|ago)\b)",
    re.IGNORECASE,
)
_VULGAR_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
                     "⅓": 1 / 3, "⅔": 2 / 3}
_THAN_RE = re.compile(r"\s+than\b", re.IGNORECASE)
# "one in five", "1 in 4": the terms of a share written as a ratio (never a year: "7 in 2023"); "97 vacancies for
# every 100 people" counts both
_RATIO_NUMBER = rf"(?:\d{{1,3}}(?![\d,.])|{_SMALL})"
_RATIO_BEFORE_RE = re.compile(rf"(?<![\w.,]){_RATIO_NUMBER}\s+in\s+(?:every\s+)?$", re.IGNORECASE)
_RATIO_AFTER_RE = re.compile(
    rf"\s+in\s+(?:every\s+)?(?:\d{{1,3}}(?:,\d{{3}})+(?![\d.])|{_RATIO_NUMBER})\b(?!\s*(?:%|per\s?cent|percent))",
    re.IGNORECASE)
# "1.5 times the figure", "three times as many", "four times a week": a multiplier or a count of occasions
_TIMES_RE = re.compile(r"\s+times\b", re.IGNORECASE)
# "fell by a factor of 2.3", "a factor of three": a multiplier written before its number
_FACTOR_BEFORE_RE = re.compile(r"\bfactor\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "two thirds", "three fifths": the denominator of a share written in words (quarters may be periods: "three quarters")
_SHARE_DENOMINATOR_RE = re.compile(r"[\s-]+(?:thirds|fifths|sixths|sevenths|eighths|ninths)\b", re.IGNORECASE)
_BPD_RE = re.compile(r"\s?(?:bpd|b/d)\b", re.IGNORECASE)
_CLOCK_TIME_BEFORE_RE = re.compile(r"(?:\b(?:at|from|until|till|by)|\d)\s*$", re.IGNORECASE)
# "December 4 to 6": the later day of a date range.
_DATE_RANGE_BEFORE_RE = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}\s*(?:-|–|to|and|through)\s*$")
_PAREN_RE = re.compile(
    r"\s*\((?:about |approximately |around |roughly |some |nearly |c\. |~)?(?:[A-Z]{1,3}\$|[$€£¥₹])?\s?\d[\d,.]*\s?"
    r"[^()\d]{0,30}\)"
)
_MONEY_IN_BRACKET_RE = re.compile(r"\s*\((?:about |approximately |around |roughly |some |nearly |c\. |~)?"
                                  r"(?:[A-Z]{1,3}\$|[$€£¥₹])")
_CLAUSE_BREAK_RE = re.compile(r"[;:!?]|,\s|\.\s|\b(?:and|but|while|whereas|which|who)\b")
_NUMBER_OF_RE = re.compile(r"\bnumbers?\s+of\b", re.IGNORECASE)
_AGE_CONTEXT_RE = re.compile(r"\b(?P<word>[A-Z][\w'’-]+|[a-z]+),\s$")
# "children aged 5 to 17", "people between the ages of 18 and 70": ages, in years.
_AGED_BEFORE_RE = re.compile(
    r"\b(?:aged|ages?(?: of)?|between the ages of)\s+(?:between\s+|under\s+|over\s+|below\s+|above\s+)?"
    r"(?:\d{1,3}\s*(?:-|–|to|and)\s*)?$", re.IGNORECASE)
# Fractions as central banks write them: "4-1/2" (four and a half), "1/4 percentage point". Only proper
# fractions with a common denominator, so dates ("11/17") and scores stay out.
_FRACTION_RE = re.compile(r"(?:(?P<whole>\d{1,3})-)?(?P<num>\d{1,2})/(?P<den>2|3|4|8|16|32)(?![\d/])")


_AGE_BOUND_BEFORE_RE = re.compile(
    r"\b(?:children|kids|people|adults|persons|men|women|girls|boys|infants|babies|patients|residents|pensioners"
    r"|those|anyone|everyone|citizens|athletes|players|pupils|students|voters|drivers|workers|teenagers|youths"
    r"|youngsters|competitors|runners|swimmers|cyclists|motorists)\s+"
    r"(?:under|over|below|above|younger\s+than|older\s+than)\s+$", re.IGNORECASE)
# "both were over 70 and ...", "920 of them are under 30.": people who are over or under a number that ends the clause
_STATED_AGE_BOUND_BEFORE_RE = re.compile(
    r"\b(?:them|those|both|they|who|people|children|adults|patients|residents|victims|members|workers|voters"
    r"|pupils|students|inhabitants|women|men)\b[^,;.]{0,40}?\b(?:are|were)\s+"
    r"(?P<bound>under|over|below|above|younger\s+than|older\s+than)\s+$", re.IGNORECASE)


# "I am 63,", "she's 71 and": a person's age stated with the verb "be"
_PRONOUN_AGE_BEFORE_RE = re.compile(r"\b(?:I\s+am|I['’]m|(?:[Ss]he|[Hh]e|who)\s+(?:is|was)|(?:[Ss]he|[Hh]e)['’]s)\s+$")
# "Declan Furey (54), of ...": an age in brackets after a person's full name
_BRACKETED_AGE_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+\($")
# "the driver, 43, had", "The skipper, 34, has": an age between commas after "the" and a noun for a person
_THE_NOUN_AGE_BEFORE_RE = re.compile(r"\b[Tt]he\s+[a-z]+,\s$")
MIN_ADULT_AGE, MAX_AGE = 16, 110
_AGE_END_RE = re.compile(r"(?:[,.;!?]|\s+and\b|\s*$)")


def _is_age(text: str, start: int, end: int) -> bool:
    """An age: a one- to three-digit number between commas right after a name ("Halvorsen, 58, was")."""
    number = text[start:end]
    if number.isalpha() and _AGED_BEFORE_RE.search(text[max(0, start - 40) : start]):
        return True  # "children aged two"
    if not number.isdigit() or len(number) > 3:
        return False
    if _AGED_BEFORE_RE.search(text[max(0, start - 40) : start]):
        return True
    if _PRONOUN_AGE_BEFORE_RE.search(text, max(0, start - 12), start) and _AGE_END_RE.match(text, end):
        return True  # "I am 63, and I cannot keep doing this."
    if MIN_ADULT_AGE <= int(number) <= MAX_AGE and (
            (_BRACKETED_AGE_BEFORE_RE.search(text, max(0, start - 60), start) and text[end:end + 1] == ")")
            or (_THE_NOUN_AGE_BEFORE_RE.search(text, max(0, start - 30), start) and text[end:end + 1] == ",")):
        return True
    context = _AGE_CONTEXT_RE.search(text[max(0, start - 40) : start]) if text[end : end + 1] == "," else None
    # after a name, a noun for a person or a role ("The minister, 58, said")
    return context is not None and (context.group("word")[0].isupper() or context.group("word") in _PERSON_NOUNS
                                    or context.group("word") in language.lexicon("role_heads"))


_TOLL_RE = re.compile(r"\b(?:death|casualty) toll\b[^,;.]{0,30}$", re.IGNORECASE)
_COMPARISON_RE = re.compile(
    r"\b(?:up|down|rising|falling|increase|decrease|up from|down from|from|to|compared (?:with|to)|versus|vs\.?|"
    r"than|and|or)\s+$",
    re.IGNORECASE,
)
# A capitalised word inside a sentence right before a bare number names a label ("Article 5",
# "Windows 11", "Group of 20"); sentence-initial words ("Between 5,000 and ...") do not count.
_LABEL_BEFORE_RE = re.compile(
    r"(?:\b(?:No|Nos|Art|Vol|Fig)\.|#|(?<=[a-z0-9,;] )[A-Z][A-Za-z]*(?:\s+of)?"
    r"|\b(?:Article|Section|Chapter|Clause|Paragraph|Resolution|Amendment|Level|Phase|Round|Stage|Season|Game|"
    r"Flight|Route|Highway|Gate|Platform|Terminal|Block|Unit|Category|Class|Grade|Model|Version|Title|Part|Room|"
    r"Year|Box)"
    # "resolution 2728", "under article 5", "page 4": a label's word written in lower case
    r"|\b(?:resolution|article|section|paragraph|clause|annex|chapter|page|box|route|flight|platform|gate)"
    # "pier 3", "state road 129", "at level 1", "Lot 4", "grade 10", "PNDC Law 279", "at kilometre 42"
    r"|\b(?:pier|road|level|lot|Lot|grade|Law|ward|helpline|hotline|kilometre|milepost)"
    # "Bus line 139", "metro line 2", "bus 42": the number of a transport line, as a route's
    r"|\b(?:line|bus)"
    # "lines 1 to 8", "platforms 3 and 4", "routes 12-14": numbers naming several lines or routes, both ends
    r"|\b(?:lines|routes|Routes|platforms|gates|pages|articles|sections|chapters|paragraphs|clauses|terminals|piers)"
    r"(?:\s+\d{1,3}\s*(?:to|and|or|through|-|–|,))?"
    # "SDG 3", "COP 29", "FTSE 100", "S&P 500": an acronym right before the number names it
    r"|(?<![\w&])[A-Z][A-Z&]{1,5}"
    r")\s*$"
)
# "in week 10", "from week 1 to week 10", "on day 3": a period named in the singular before a bare number is its
# index (an amount of periods comes first: "10 weeks").
_PERIOD_INDEX_BEFORE_RE = re.compile(r"\b(?i:week|day|month|quarter)\s+$")
_RANGE_RE = re.compile(r"\s*(?:-|–|to|and)\s*")
# A number opening a line, "2." or "2)" then a capitalised word: the number of a paragraph or list item.
# "0.1 pts", "2 points", "0.3 pp": points of a percentage when the abbreviation says so ("pp", "ppt") or the
# change moves a percentage ("fell 0.1 pts to 64.4%"), or when the sentence already counted percentage points.
_POINTS_RE = re.compile(r"\s?(pts?|points?|ppts?|pp|p\.p\.)(?![\w])", re.IGNORECASE)
_TO_PERCENT_RE = re.compile(r"[^.;%]{0,30}?\b(?:to|from|at)\s+\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)",
                            re.IGNORECASE)


# "The participation rate was 63.2%, up 0.4 points": a change written right after a percentage is in its points
_CHANGE_AFTER_PERCENT_RE = re.compile(
    r",?\s+(?:up|down|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain)\s+of)\s+(?:by\s+)?$", re.IGNORECASE)


def _percentage_points(text: str, points: re.Match, found: list, start: int = -1) -> bool:
    if points.group(1).lower().startswith("pp") or points.group(1).lower() == "p.p.":
        return True
    if found and found[-1].quantity.unit == "%" and _CHANGE_AFTER_PERCENT_RE.fullmatch(text, found[-1].end, start):
        return True
    return bool(_TO_PERCENT_RE.match(text, points.end())) or any(f.quantity.unit == "percentage point" for f in found)


_PERCENT_IN_RE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
_SPACE_GROUPED_RE = re.compile(rf"\d[{_GROUP_SPACES}]\d")
_MORE_DIGITS_RE = re.compile(rf"[{_GROUP_SPACES}]\d")
_DIGITS_BEFORE_RE = re.compile(rf"\d[{_GROUP_SPACES}]$")
_LIST_MARKER_RE = re.compile(r"(?<![^\n])\(?\d{1,2}[.)][ \t]+(?=[A-Z“\"(])")
# "35-38C", "4-5 percent", "3-4 metres": a range of two figures sharing the later one's unit (same length as the
# text it replaces, so offsets hold). Scores ("3-1") and years ("2024-25") have no unit after them.
_HYPHEN_RANGE_RE = re.compile(
    r"(?<![\w.,/-])(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?(?=\s?(?:%|°|per\s?cent\b|percent\b|(?:"
    + "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True) if u not in ("m", "c", "f", "g"))
    + r"|degrees|[mcfgCF])(?![\w-]))))")
_DIGIT_HYPHEN_RE = re.compile(r"\d-\d")
# a range of amounts after a currency sign ("$352-$357 a tonne", "€20-25"), read with a dash of the same length
_MONEY_HYPHEN_RANGE_RE = re.compile(r"(?P<first>[$€£¥₹]\d[\d,]*(?:\.\d+)?)-(?P<later>[$€£¥₹]?\d)")
# "voted 8-5", "in a 4-3 vote": a vote's tally is two figures (read as a dash range, same length), a score ("won 3-1")
# none
_VOTE_TALLY_RE = re.compile(r"(?<=\bvoted )(\d{1,3})-(\d{1,3})\b|\b(\d{1,3})-(\d{1,3})(?= (?:vote|votes|ballot)\b)",
                            re.IGNORECASE)
# "a 31,000-seat stadium", "her 62-page decision", "a seven-member panel": a figure joined by a hyphen to the noun it
# counts, before the noun the compound describes (not an adjective: "100-strong", "2.5-fold", "40-odd")
_COMPOUND_NOUN_RE = re.compile(r"-(?P<noun>[a-z]{3,})(?=\s+[a-z])")
_NOT_COMPOUND_NOUNS = frozenset("strong odd fold plus something ish like based long high wide deep tall old".split())
# "12.5 cases per 100,000 people", "per 1,000 live births": the base of a rate is no amount
_RATE_BASE_BEFORE_RE = re.compile(r"\bper\s+$", re.IGNORECASE)
MIN_RATE_BASE = 100
_LEADING_ZERO_RE = re.compile(r"0\d")
_NAMED_SCALE_RE = re.compile(r"\s(?-i:Thousand|Million|Billion)\s+(?-i:[A-Z][a-z]+)")
_DOTTED_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d|\.\d)")
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_HYPHEN_SCALE_RE = re.compile(r"-(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
_CRORE_AFTER_RE = re.compile(r"\s+crores?\b", re.IGNORECASE)
_AGED_RANGE_RE = re.compile(r"(?<=\baged )(\d{1,3})-(\d{1,3})\b", re.IGNORECASE)
_MAGNITUDE_AFTER_RE = re.compile(r"-magnitude\b", re.IGNORECASE)
# The words after a millimetre figure that may name what it is the calibre of ("155mm self-propelled howitzers").
_CALIBRE_AFTER_RE = re.compile(r"((?:\s*-?\s*[A-Za-z][\w-]*){1,3})")
# "1.2m barrels", "5m people": an attached "m" before a counted noun is a million.
_COUNTED_AFTER_RE = re.compile(
    r"\s+(?:" + "|".join(sorted(set(_PERSON_NOUNS) | {"barrels", "tonnes", "tons", "households", "homes", "jobs",
                                                       "vehicles", "doses", "votes", "visitors", "users"},
                                  key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _parse_word_number(words: str) -> float | None:
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    if w in ("a dozen", "dozen"):
        return 12.0
    if w == "half a dozen":
        return 6.0
    if w in ("half a", "a half"):
        return 0.5
    if w in ("a quarter of a", "one quarter of a"):
        return 0.25
    if w == "three quarters of a":
        return 0.75
    if w.endswith(" and a half"):
        whole = _parse_word_number(w[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    total, current = 0.0, 0.0
    for part in w.split():
        if part in ("a", "an"):
            current = current or 1
        elif part in _ONES:
            current += _ONES[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif part == "and":
            continue
        else:
            return None
    return total + current


def _clause_before(text: str, start: int) -> str:
    """Text from the start of the clause holding position ``start`` up to it."""
    head = text[max(0, start - 160) : start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


def _plural(word: str) -> str:
    w = word.lower()
    if w in _PERSON_NOUNS:
        return _PERSON_NOUNS[w]
    # "six PFAS": an acronym keeps its letters; "49 Filipinos": a people's name (see _proper_plural) its capital;
    # "the two Governments", "three Presidents": an office or a body capitalised out of respect is a common noun
    if word.istitle() and _common_title_noun(w):
        return w
    return word if (word.isupper() and len(word) > 1) or word.istitle() else w


def _common_title_noun(plural: str) -> bool:
    singular = plural[:-1] if plural.endswith("s") and not plural.endswith("ss") else plural
    return any(singular in language.lexicon(name) or plural in language.lexicon(name)
               for name in ("role_heads", "institution_words", "body_nouns"))


class _Found:
    __slots__ = ("end", "explicit_unit", "quantity", "start")

    def __init__(self, start: int, end: int, quantity: Quantity, explicit_unit: bool):
        self.start, self.end, self.quantity, self.explicit_unit = start, end, quantity, explicit_unit


def _round(value: float) -> float:
    """Two decimals for ordinary magnitudes, six significant digits for small ones."""
    if value == 0 or abs(value) >= 1:
        return round(value, 2)
    return float(f"{value:.6g}")


def _normalise(q: Quantity) -> None:
    dim = q.dimension
    if dim in _TARGET and q.unit in _MEASURES:
        if dim == "temperature":
            value = ureg.Quantity(q.value, _MEASURES[q.unit][0]).to("degC").magnitude
        else:
            value = q.value * _FACTORS[q.unit]
        q.normalized = {"value": _round(value), "unit": _TARGET[dim][1]}
    elif dim == "money":
        q.normalized = {"value": q.value, "unit": q.unit}
    elif dim == "persons":
        q.normalized = {"value": q.value, "unit": "persons"}
    elif dim == "rate":
        normalise_rate(q)
    elif dim == "percentage":
        q.normalized = {"value": q.value, "unit": "%" if q.unit == "%" else q.unit}


_DOLLAR_SYMBOLS = {symbol: code for symbol, code in _CURRENCY_SYMBOLS.items() if symbol.endswith("$") and symbol != "$"}
_DOLLAR_NAME = "|".join(re.escape(symbol) for symbol in sorted(_DOLLAR_SYMBOLS, key=len, reverse=True))
# A page that says which dollar its figures are in: "Values are in NZ$", "all figures in A$ million", "(C$ millions)".
_DOLLAR_DECLARATION_RE = re.compile(
    r"(?:\b(?:values|figures|amounts|prices|data|numbers)\s+(?:are\s+)?(?:in|expressed\s+in|shown\s+in|given\s+in)"
    rf"\s+(?:millions\s+of\s+|thousands\s+of\s+)?|\()(?<![A-Za-z])({_DOLLAR_NAME})(?=[\s.,;:)]|$|m\b|bn\b)",
    re.IGNORECASE)
# "$2.1 billion", "13 cents", "5,000 dollars", "1.2 billion dollars": a dollar no country qualifies ("US dollars")
_BARE_DOLLAR_RE = re.compile(r"(?<![A-Za-z$])\$|\bcents?\b"
                             r"|(?:\d|\b(?:thousand|million|billion|trillion|bn|m))\s+dollars?\b", re.IGNORECASE)


def declared_dollar(text: str) -> str | None:
    """The dollar a page says its figures are in ("Values are in NZ$", "(A$ million)"), when it declares exactly
    one and never the US dollar: a bare "$" on that page means it. None otherwise (a bare "$" stays USD)."""
    codes = {_DOLLAR_SYMBOLS[_canonical_dollar(m.group(1))] for m in _DOLLAR_DECLARATION_RE.finditer(text)}
    return codes.pop() if len(codes) == 1 and "USD" not in codes else None


def publisher_dollar(names: tuple[str, ...]) -> str | None:
    """The dollar of the one country the page's publisher is named for ("Statistics Canada" -> CAD; lexicon
    ``dollar_countries``), else None."""
    codes = {code for name in names for country, code in language.lexicon_pairs("dollar_countries").items()
             if re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", name)}
    return codes.pop() if len(codes) == 1 else None


_BARE_PESO = "PESO"


def page_peso(text: str) -> str | None:
    """The peso of the one peso country a page names ("Guadalajara, Jalisco, Mexico" -> MXN; lexicon
    ``peso_countries``), else None: an amount in bare pesos stays PESO."""
    codes = {code for country, code in language.lexicon_pairs("peso_countries").items()
             if re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", text)}
    return codes.pop() if len(codes) == 1 else None


def in_page_peso(q: Quantity, code: str) -> None:
    """Read an amount in bare pesos ("Ps. 372.50", "PESO/tonne") as the page's peso."""
    if not (q.unit or "").startswith(_BARE_PESO):
        return
    q.unit = code + q.unit[len(_BARE_PESO):]
    if q.normalized and str(q.normalized.get("unit", "")).startswith(_BARE_PESO):
        q.normalized = dict(q.normalized, unit=code + q.normalized["unit"][len(_BARE_PESO):])


def _canonical_dollar(symbol: str) -> str:
    return next(key for key in _DOLLAR_SYMBOLS if key.lower() == symbol.lower())


def in_declared_dollar(q: Quantity, code: str) -> None:
    """Read a bare-dollar amount ("$2.1 billion", "13 cents", "$80/barrel") as the page's declared dollar."""
    if not (q.unit or "").startswith("USD") or not _BARE_DOLLAR_RE.search(q.text):
        return
    q.unit = code + q.unit[3:]
    if q.normalized and str(q.normalized.get("unit", "")).startswith("USD"):
        q.normalized = dict(q.normalized, unit=code + q.normalized["unit"][3:])


_GLUED_AMOUNT_RE = re.compile(r"(?P<symbol>[A-Za-z]{1,3})\d[\d.,]*")


def is_glued_amount(token: str) -> bool:
    """"R86", "K500", "P20": a currency's letter symbol written onto its figure, one token that is an amount."""
    m = _GLUED_AMOUNT_RE.fullmatch(token)
    return m is not None and m.group("symbol") in _CURRENCY_SYMBOLS


def is_currency_code(token: str) -> bool:
    """"NOK", "EUR": an ISO code of a currency this module reads amounts in."""
    return token in _CURRENCY_CODES


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """Quantities in ``text`` as (start, end, Quantity), in text order."""
    has_words = not _NUMBER_WORDS.isdisjoint(_LOWER_WORD_RE.findall(text.lower()))
    if not has_words and not _ANY_DIGIT_RE.search(text) and not _SINGLE_PERIOD_RE.search(text) \
            and not _FOLD_RE.search(text) and not _UNIT_FRACTION_RE.search(text):
        return []
    found: list[_Found] = []
    consumed = 0
    if _DIGIT_HYPHEN_RE.search(text):  # "35-38C" and "aged 18-35" read as "35–38C" and "aged 18–35"
        text = _HYPHEN_RANGE_RE.sub(lambda m: m.group(1) + "–" + m.group(2), text)
        text = _AGED_RANGE_RE.sub(lambda m: m.group(1) + "–" + m.group(2), text)
        text = _VOTE_TALLY_RE.sub(lambda m: "–".join(g for g in m.groups() if g is not None), text)
    if "-" in text:  # "$352-$357", "$352-357": a range of prices
        text = _MONEY_HYPHEN_RANGE_RE.sub(lambda m: m.group("first") + "–" + m.group("later"), text)
    for m in (_NUMBER_RE if has_words else _DIGIT_NUMBER_RE).finditer(text):
        if m.start() < consumed:
            continue
        item = _read(text, m, found)
        if item is None:
            continue
        found.append(item)
        consumed = item.end
    found = _add_single_periods(text, found)
    found = _add_folds(text, found)
    found = _add_magnitude_codes(text, found)
    found = _add_unit_fractions(text, found)
    found = _merge_compound_amounts(text, found)
    _fill_units(text, found)
    found = _merge_durations(text, found)
    _late_rates(text, found)
    _bracketed_conversions(text, found)
    _prices_of_a_unit(text, found)
    _shared_prices(text, found)
    out = []
    for f in found:
        q = f.quantity
        if q.unit in _DAYS and q.value == 1 and _TIME_AGO_RE.match(text, f.end):
            continue  # "18 per cent fewer than one year earlier": a point of comparison, as "a year earlier"
        if q.unit in _DAYS and _EARLIER_POINT_RE.match(text, f.end):
            continue  # "from £17.2 million two years earlier": a point in time ("two weeks earlier than usual" is not)
        if (q.unit in _DAYS or q.dimension in (None, "count")) and _AGO_RE.match(text, f.end):
            continue  # "Ten years ago", "two seasons ago": a point in time, as a date is
        if q.unit in _DAYS and _COMPARED_POINT_BEFORE_RE.search(text, 0, f.start) and _TIME_AGO_RE.match(text, f.end) \
                and not _THAN_RE.match(text, _TIME_AGO_RE.match(text, f.end).end()):
            continue  # "up 1.1% compared with 12 months earlier": the point compared with, as "a year earlier"
        if q.unit == "degrees" and _TEMPERATURE_CONTEXT_RE.search(text):
            q.unit, q.dimension = "degC", "temperature"  # "a mean temperature of 29.9 degrees"
        if q.dimension == "temperature" and (_below_zero(text, f) or _carries_minus(text, out, f)):
            q.value = -abs(q.value)  # "-12C", "minus 4 degrees", "minus 25-30°C": a sign is part of a temperature
        if q.dimension is None:
            q.dimension = "count"
        _normalise(q)
        out.append((f.start, f.end, q))
    return out


# "$22 billion 316 million", "1 billion 482 million": an amount written in a scale word and a smaller one after it
_SCALED_END_RE = re.compile(r"\s(billion|million|thousand)$", re.IGNORECASE)
_SMALLER_SCALED_RE = re.compile(r"^\d{1,3}\s(million|thousand)$", re.IGNORECASE)


def _merge_compound_amounts(text: str, found: list[_Found]) -> list[_Found]:
    """One amount for "$22 billion 316 million": a bare figure in a smaller scale right after a scaled amount adds
    to it."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        first = _SCALED_END_RE.search(prev.quantity.text) if prev else None
        second = _SMALLER_SCALED_RE.match(f.quantity.text)
        if first and second and f.quantity.unit is None and text[prev.end:f.start] in (" ", "\n") \
                and _SCALES[second.group(1).lower()] < _SCALES[first.group(1).lower()]:
            q = prev.quantity
            q.value, q.text = q.value + f.quantity.value, text[prev.start:f.end]
            if q.normalized:
                q.normalized = dict(q.normalized, value=q.value)
            prev.end = f.end
            continue
        out.append(f)
    return out


_MINUS_WORD_RE = re.compile(r"\bminus\s+$", re.IGNORECASE)
_FIRST_DIGIT_RE = re.compile(r"\d")
_DASH_RANGE_RE = re.compile(r"\s*[-–]\s*")


def _below_zero(text: str, f: _Found) -> bool:
    """A figure written with a minus sign or the word "minus" right before its digits."""
    digit = _FIRST_DIGIT_RE.search(text, f.start, f.end)
    if digit is None:
        return False
    i = digit.start()
    return text[i - 1 : i] in ("-", "−") or bool(_MINUS_WORD_RE.search(text[max(0, i - 12) : i]))


def _carries_minus(text: str, out: list[tuple[int, int, Quantity]], f: _Found) -> bool:
    """The later figure of a dash range of temperatures below zero ("minus 25-30°C") is below zero too."""
    if not out:
        return False
    start, end, prev = out[-1]
    return prev.dimension == "temperature" and prev.value < 0 and bool(_DASH_RANGE_RE.fullmatch(text[end : f.start]))


# Words of a sentence about temperature: its bare "degrees" are degrees Celsius ("the minimum stayed above 28 degrees").
_TEMPERATURE_CONTEXT_RE = re.compile(r"\b(?:temperatures?|hot|hotter|hottest|warm|warmer|warmest|cold|colder|coldest"
                                     r"|heat|heatwave|frost|chill|freezing|lows?|highs?|mercury|thermometers?"
                                     # "a drop of 3 to 5 degrees", "cooler by 4 degrees": a temperature's change
                                     r"|cool|cooler|cooling|warming|drops?|dips?)\b",
                                     re.IGNORECASE)


def extract_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text``, in text order."""
    return [q for _, _, q in find_quantities(text)]


# "Eight Mile Rock", "Three Mile Island", "Twelve Mile Creek", "Forty Foot Point": a capitalised number word and a
# capitalised unit of length or area inside a sentence, before another capitalised word, are a place's name
_NAMED_WITH_NUMBER_RE = re.compile(r"\s+(?:Mile|Miles|Foot|Feet|Acre|Acres|Yard|Yards)\s+[A-Z][a-z]")


def _named_with_number(text: str, m: re.Match) -> bool:
    """A number word written with a capital inside its sentence, then two capitalised words: a name."""
    word = m.group("word")
    before = text[:m.start()].rstrip()
    return word[:1].isupper() and bool(before) and before[-1] not in ".!?:;\"“(" \
        and _NAMED_WITH_NUMBER_RE.match(text, m.end()) is not None


def _read(text: str, m: re.Match, found: list[_Found]) -> _Found | None:
    start = m.start()
    pos = m.end()
    currency = None
    if m.group("word") is not None:
        value = _parse_word_number(m.group("word"))
        if value is None or _named_with_number(text, m):
            return None
        from_words = True
    else:
        from_words = False
        raw = m.group("num")
        decimal_comma = _DECIMAL_COMMA_RE.fullmatch(raw)
        value = float(raw.replace(",", ".") if decimal_comma else re.sub(rf"[,{_GROUP_SPACES}]", "", raw))
        fraction = _fraction(text, m.start("num"))
        if fraction is not None:
            value, pos = fraction
        elif text[pos : pos + 1] in _VULGAR_FRACTIONS and text[pos : pos + 1]:  # "3¼%" as central banks print it
            value, pos = value + _VULGAR_FRACTIONS[text[pos]], pos + 1
        if m.group("cur"):
            cur = m.group("cur").strip()
            currency = _CURRENCY_SYMBOLS.get(cur) or _FOLDED_SYMBOLS.get(cur.casefold(), cur.upper())
        clock = _CLOCK_DURATION_RE.match(text, m.start("num"))
        if clock and not currency and not _is_clock_time(text, start, clock.end()):
            return _clock_duration(text, start, clock)
        race = _RACE_TIME_RE.match(text, m.start("num"))
        if race and not currency:  # "touched in 1:55.42": minutes, seconds and hundredths, no time of day
            return _race_time(text, start, race)
        if _DOTTED_DATE_RE.match(text, m.start("num")):
            return None  # "12.11.2024": a date written with full stops
        if _LEADING_ZERO_RE.match(raw):
            return None  # "0800 123 456", "007": a phone number or a code, not an amount
        nxt = text[pos : pos + 1]
        if nxt and (nxt in "+" or (nxt in ":/." and text[pos + 1 : pos + 2].isdigit())):  # "5+1", "11/17", "4.2.1"
            return None  # "5+1", times, dates like 11/17
        opened = text[start - 1 : start] == "("
        if "=" in (nxt, text[start - 1 : start]) or _LIST_MARKER_RE.match(text, start - opened):
            return None  # an index base ("2015=100"), a list or paragraph number ("2. The ministers ...")
        if _SPACE_GROUPED_RE.search(raw) and (text[start - 1 : start] == "+" or _MORE_DIGITS_RE.match(text, pos)
                                              or _DIGITS_BEFORE_RE.search(text, 0, start)):
            return None  # "+47 409 02 311", "14 519.6 14 535.6": a phone number or a table row, not one figure
        magnitude = _MAGNITUDE_AFTER_RE.match(text, pos)
        if magnitude:  # "a 7.1-magnitude earthquake"
            q = Quantity(text=text[start : magnitude.end()].strip(), value=value, unit="magnitude",
                         dimension="magnitude")
            return _Found(start, magnitude.end(), q, True)
        if nxt == "-" and currency and _HYPHEN_SCALE_RE.match(text, pos):
            pos += 1  # "$5.5-billion", "$1.2-million": a scale word joined by a hyphen, as Canadian papers write it
            nxt = ""
        if nxt == "-" and not currency and (counted := _compound_noun(text, start, pos, value)):
            return counted  # "a 31,000-seat stadium"
        if nxt == "-" and not _COMPOUND_UNIT_RE.match(text, pos):
            return None  # identifiers and ranges glued by hyphens
        if not currency and _is_rate_base(value, text, start):
            return None  # "12.5 cases per 100,000 people": the base of the rate
        before = text[max(0, start - 14) : start]
        if _NUMBER_NAME_BEFORE_RE.search(before) and not currency:
            return None  # "the emergency number 112", "hotline number 1199": a number's name, not a count
        if _DATE_RANGE_BEFORE_RE.search(text[max(0, start - 30) : start]):
            return None
        if _DATE_BEFORE_RE.search(before) or _DATE_AFTER_RE.match(text, pos) or _TIME_AFTER_RE.match(text, pos):
            return None
        data = _DATA_UNIT_RE.match(text, pos)
        if data and not (data.group().strip() == "mb" and _PRESSURE_CONTEXT_RE.search(text)):
            return None  # "500 MB"; but "a central pressure of 915 mb" is in millibars
        if _COORDINATE_AFTER_RE.match(text, pos) or _COORDINATE_BEFORE_RE.search(text, max(0, start - 12), start):
            return None  # "latitude 22.6 North, longitude 88.6 West": a position, not an amount
        if re.match(r"(?:st|nd|rd|th)\b", text[pos : pos + 3]):
            return None  # ordinals
    if _RATIO_BEFORE_RE.search(text[max(0, start - 20) : start]) or (_RATIO_AFTER_RE.match(text, pos) and not currency):
        return None  # "one in five children", "1 in 4 adults": a share, no amount
    if not currency and _SHARE_DENOMINATOR_RE.match(text, pos):
        return None  # "two thirds of them", "three fifths": a share written in words, as "two-thirds"
    scale_m = _SCALE_RE.match(text, pos)
    if scale_m and _NAMED_SCALE_RE.match(text, pos) and _in_sentence_case(text):
        return None  # "the 3 Million Technical Talent programme": a capitalised scale inside a name
    if scale_m:
        word = scale_m.group(2).lower()
        attached = scale_m.group(1) == ""
        # single letters scale a number only when glued to it and money is involved ("€5m", "$2bn")
        if (
            len(word) > 2
            or (attached and (currency or word in ("bn", "mn", "mln", "tn", "trn", "k")))
            or (word in ("bn", "mn", "cr") and currency)
            or (attached and word == "m" and _millions_counted(text, scale_m.end(), "." in (m.group("num") or "")))
        ):
            value *= _SCALES[word]
            pos = scale_m.end()
            crore = _CRORE_AFTER_RE.match(text, pos) if word in ("lakh", "lakhs", "thousand") else None
            if crore:  # "Rs 1.2 lakh crore", "Tk 50 thousand crore"
                value, pos = value * _SCALES["crore"], crore.end()
    elif scaled := _SCALED_CODE_RE.match(text, pos):
        scale, code = _SCALED_CODES[scaled.group(1)]
        value, pos, currency = value * _SCALES[scale], scaled.end(), currency or code
    elif from_words is False and text[pos : pos + 1].isalpha() and not currency:
        # digits glued to letters: only a known unit may follow ("190km", "30C")
        unit_m = _UNIT_RE.match(text, pos)
        if not unit_m and not _PERCENT_RE.match(text, pos) and not _CODE_AFTER_RE.match(text, pos) \
                and not _BASIS_POINT_RE.match(text, pos) and not _POINTS_RE.match(text, pos) \
                and not _MINOR_CURRENCY_RE.match(text, pos):  # "50bp", "0.25pp", "212.5p"
            return None
    q = Quantity(text="", value=value, unit=None)
    explicit = False
    if currency:
        q.unit, q.dimension, explicit = currency, "money", True
    unit_end = pos
    if not explicit:
        pm = _PERCENT_RE.match(text, pos)
        cw = _CURRENCY_WORD_RE.match(text, pos)
        code = _CODE_AFTER_RE.match(text, pos)
        um = _UNIT_RE.match(text, pos)
        compound = _COMPOUND_UNIT_RE.match(text, pos)
        minor = _MINOR_CURRENCY_RE.match(text, pos)
        bp = _BASIS_POINT_RE.match(text, pos)
        points = _POINTS_RE.match(text, pos)
        if minor and minor.group(2) and not _PENCE_CONTEXT_RE.search(text):
            minor = None  # a glued "p" is pence only where money is talked of ("closed at 212.5p, valuing it at £1bn")
        if minor and not scale_m:
            q.unit, q.dimension, explicit = _MINOR_CURRENCY[(minor.group(1) or minor.group(2)).lower()], "money", True
            q.value, unit_end = value / MINOR_PER_MAJOR, minor.end()
        elif bp:
            q.unit, q.dimension, explicit, unit_end = "basis point", "percentage", True, bp.end()
        elif points and _percentage_points(text, points, found, start):
            q.unit, q.dimension, explicit, unit_end = "percentage point", "percentage", True, points.end()
        elif (tenths := _TENTHS_RE.match(text, pos)) and _PERCENT_RE.search(text):
            # "six tenths above the October rate", "one tenth of a point": tenths of a percentage point
            q.unit, q.dimension, explicit, unit_end = "percentage point", "percentage", True, tenths.end()
            q.value = value / TENTHS_PER_POINT
        elif pm:
            unit = pm.group(1).lower()
            q.unit = "%" if unit in ("%", "percent", "per cent", "pct", "pc") else "percentage point"
            q.dimension, explicit, unit_end = "percentage", True, pm.end()
        elif cw and not (cw.group(1).lower() in ("pounds", "pound")
                         and (not scale_m or re.match(r"\s+of\b", text[cw.end():]))):
            # ("40 million pounds" is sterling; "12,000 pounds" and "40 million pounds of cocoa" weigh)
            q.unit, q.dimension, explicit, unit_end = _CURRENCY_WORDS[cw.group(1).lower()], "money", True, cw.end()
        elif code:
            q.unit, q.dimension, explicit, unit_end = code.group(1), "money", True, code.end()
        elif bpd := _BPD_RE.match(text, pos):  # "1.2 million bpd", "300,000 b/d": barrels a day
            q.unit, q.dimension, explicit, unit_end = "barrel/day", "rate", True, bpd.end()
        elif times := _TIMES_RE.match(text, pos):  # "1.5 times the figure", "three times as many": a multiplier
            q.unit, q.dimension, explicit, unit_end = "times", "ratio", True, times.end()
        elif _FACTOR_BEFORE_RE.search(text, max(0, start - 30), start):  # "decreased by a factor of 2.3"
            q.unit, q.dimension, explicit = "times", "ratio", True
        elif compound:
            word = compound.group(1).lower().replace("-", " ")  # "5-cubic-metre tank"
            unit = _UNIT_WORDS.get(word, word)
            q.unit, q.dimension, explicit, unit_end = unit, _MEASURES[unit][1], True, compound.end()
            if unit == "mm" and _names_calibre(text, compound.end()):
                return None
        elif um and (um.group(1).lower() not in _ATTACHED_ONLY or um.start(1) == pos
                     or (um.group(1) == "m" and _METRE_AFTER_RE.match(text, um.end()))):
            unit = _UNIT_WORDS[um.group(1).lower()]
            if unit == "degC" and um.group(1).lower() == "c" and text[pos - 1 : pos] != "°" and um.start(1) != pos:
                return None
            q.unit, q.dimension, explicit, unit_end = unit, _MEASURES[unit][1], True, um.end()
            if unit == "mm" and _names_calibre(text, um.end()):
                return None  # "155mm artillery rounds": a calibre names the weapon
        else:
            determiner = q.value == 1 and _DETERMINER_ONE_RE.search(text[max(0, start - 5):start])
            noun, noun_end = (None, pos) if determiner else _counted_noun(text, pos)
            if noun and from_words and q.value == 1 and _PLURAL_END_RE.search(text, pos, noun_end):
                noun, noun_end = None, pos  # "one thing families can change": "one" counts no plural after it
            if noun is None and q.value == 1 and not determiner:
                noun, noun_end = _single_counted_noun(text, pos)
            if noun is None and q.value == 1 and not determiner:
                noun, noun_end = _one_counted(text, start, pos)
            period = _UNIT_WORDS.get(noun.lower(), _PERIOD_NOUNS.get(noun.lower())) if noun else None
            if period in _DAYS:  # "14 consecutive months", "four consecutive quarters": a duration
                q.unit, q.dimension, explicit, unit_end = period, "duration", True, noun_end
            elif noun:
                q.unit = _plural(noun)
                q.dimension = "persons" if noun.lower() in _PERSON_NOUNS else "count"
                explicit, unit_end = True, noun_end
    stated = _STATED_AGE_BOUND_BEFORE_RE.search(text, max(0, start - 80), start)
    age_bound = not explicit and (
        _AGE_BOUND_BEFORE_RE.search(text, max(0, start - 40), start)
        or (stated if stated and q.value == int(q.value) and q.value <= MAX_AGE
            and _AGE_END_RE.match(text, unit_end) else None))
    if age_bound:  # "children under five", "people over 65", "both were over 70 and": an age, in years
        q.unit, q.dimension, explicit = "year", "duration", True
        q.bound = "at_most" if re.search(r"under|below|younger", age_bound.group(), re.IGNORECASE) else "at_least"
    if from_words and not explicit and not _AGED_BEFORE_RE.search(text[max(0, start - 40) : start]) \
            and not (q.value >= 2 and (_OF_A_SET_RE.match(text, pos) or _WORD_STANDS_ALONE_RE.match(text, pos)
                                       or _compares_with_earlier(text, start, found))) \
            and not (_WORD_RANGE_AFTER_RE.match(text, pos)
                     and not _THE_BEFORE_RE.search(text, max(0, start - 5), start)):
        return None  # "one of the goals": number words count only with a unit, or a share of a set ("two of them")
    if not explicit and not currency and _not_an_amount(text, start, m.group("num") or ""):
        return None  # "at 6.48 this morning", "in 2024–25", "on Wednesday (22)"
    if _is_year(m.group("num"), q, explicit, bool(currency or scale_m), text, pos) or (
            _PERIOD_LABEL_BEFORE_RE.search(text, max(0, start - 6), start)
            and _YEAR_RE.fullmatch(m.group("num") or "")):
        return None  # a year
    if (
        q.unit is None
        and not currency
        and (re.search(r"\bmagnitude[\s-]$", text[max(0, start - 10) : start], re.IGNORECASE)
             or _MAGNITUDE_OF_RE.search(text, max(0, start - 40), start)
             or _ON_A_SCALE_RE.match(text, unit_end))
    ):
        q.unit, q.dimension, explicit = "magnitude", "magnitude", True  # "a magnitude 7.8 quake"
    elif q.unit is None and _is_age(text, start, unit_end):
        q.unit, q.dimension, explicit = "year", "duration", True  # "Halvorsen, 58, was convicted"
    if q.dimension in (None, "count", "persons") and _LABEL_BEFORE_RE.search(text[max(0, start - 20) : start]):
        return None  # "Article 5", "No. 1", "Group of 20": a label, not an amount
    if q.unit is None and _PERIOD_INDEX_BEFORE_RE.search(text[max(0, start - 20) : start]):
        return None  # "in week 10": the week's number, not an amount
    end = unit_end
    if q.unit == "lb" and _POUNDS_PRICE_RE.match(text, end):
        q.unit, q.dimension = "GBP", "money"
    rate = _RATE_RE.match(text, end)
    price = _PRICE_PER_RE.match(text, end) if q.dimension == "money" else None
    capita = _PER_PERSON_RE.match(text, end) if q.unit and q.dimension not in ("persons", "rate") else None
    if capita:  # "$34 per capita", "2.1 tonnes per person": an amount for each person
        q.unit, price, rate = f"{q.unit}/person", None, None
        end = capita.end()
    elif q.unit in _CONCENTRATION_MASSES and (volume := _PER_VOLUME_RE.match(text, end)):
        per = "L" if volume.group("volume").lower() in ("litre", "liter", "l") else "m3"
        if f"{q.unit}/{per}" in _MEASURES:
            q.unit, q.dimension, rate, end = f"{q.unit}/{per}", "concentration", None, volume.end()
    elif q.unit == "L" and (area := _PER_SQUARE_METRE_RE.match(text, end)):
        q.unit, q.dimension, rate, end = "L/m2", "length", None, area.end()  # "60 litres per square metre" of rain
    elif q.dimension == "mass" and (land := _PER_LAND_RE.match(text, end)):
        q.unit, rate, end = f"{q.unit}/{'acre' if land.group('land').lower() == 'acre' else 'ha'}", None, land.end()
    if price is None and rate is None and capita is None and q.dimension == "money":
        price = _price_per_noun(text, end)
    resume = None  # where the next figure may start, when the price's unit has a size ("per 64-kilogram bag")
    if price:
        q.unit = f"{q.unit}/{_priced_unit(price)}"
        end = price.end()
        size = _ANY_DIGIT_RE.search(price.group())
        resume = price.start() + size.start() if size else None
    elif rate and _TIME_AGO_RE.match(text, rate.end()) and not (q.unit and _BEFORE_NAMED_RE.match(text, rate.end())):
        rate = None  # "up from 290 a week earlier", "290 a week before the vote": when, not how often
    if rate and rate.group(3) and q.unit in _SHARE_UNITS and not rate.group(3).lower().startswith(("a ", "per")):
        rate = None  # "rose 0.12% fortnightly and 4.25% annually": a change over the period, as "year on year"
    if rate and q.dimension not in ("speed",) and not price:
        counted = _ADJECTIVE_RATE_NOUN_RE.match(text, rate.end()) if q.unit is None and rate.group(3) else None
        if counted and counted.group("noun").lower() not in language.stop_words():
            q.unit = counted.group("noun").lower()  # "11 weekly flights": flights each week
        q.unit = f"{q.unit or 'count'}/{_rate_period(rate)}"
        q.dimension = "rate"
        end = rate.end()
        q.normalized = None
    paren = _PAREN_RE.match(text, end)
    if paren and q.dimension == "money" and _MONEY_IN_BRACKET_RE.match(paren.group()):
        paren = None  # "41 billion CFA francs (about $72 million)": a conversion into another currency is a figure
    if paren and explicit and (q.dimension == "percentage" or not _PERCENT_IN_RE.search(paren.group())):
        end = paren.end()  # "190 miles (306 km)": the bracket restates the same figure; "16,000 people (0.1%)" does not
    # qualifier in front
    qual = _QUALIFIER_RE.search(text[max(0, start - 40) : start])
    if qual and not (qual.group(1).lower() in ("over", "under") and q.dimension == "duration" and found):
        # ("spend C$4.5 billion over five years": "over" spans the period)
        q.bound = _BOUND_OF[qual.group(1).lower()]
        start = start - (len(text[max(0, start - 40) : start]) - qual.start(1))
    q.text = text[start:end].strip()
    return _Found(start, resume or end, q, explicit)


def _priced_unit(price: re.Match) -> str:
    """The unit a price is per, from its "per ..." match ("a metric ton" -> tonne, "barrel", "kg")."""
    per = re.sub(r"[\s-]+", " ", (price.groupdict().get("noun") or price.group(1) or price.group(2)).lower())
    per = _PER_UNIT_NAMES.get(per, per)
    return "tonne" if per.startswith("metric ") else per  # "$9,720 a metric ton" is per tonne


def _rate_period(rate: re.Match) -> str:
    """The period a rate is per, from its match ("a year", "per annum", "monthly", "/day")."""
    word = re.sub(r"\s+", " ", (rate.group(1) or rate.group(2) or rate.group(3)).lower())
    return "year" if word in ("a year", "per annum") else _PERIODS[word]


def _price_per_noun(text: str, end: int) -> re.Match | None:
    """"per private vehicle" after an amount: the match, its noun the thing priced, or None ("per cent", "per the
    agreement", a plural, a period)."""
    m = _PRICE_PER_NOUN_RE.match(text, end)
    if m is None:
        return None
    words = [w for w in (m.group("modifier"), m.group("noun")) if w]
    if any(w in language.stop_words() for w in words) or m.group("noun") in _PERIODS \
            or m.group("noun") in ("cent", "percent", "annum") or m.group("noun").endswith("s"):
        return None
    return m


def _compound_noun(text: str, start: int, pos: int, value: float) -> _Found | None:
    """The count a figure joined by a hyphen to a noun makes of that noun ("31,000-seat stadium" -> 31,000 seats), or
    None (a unit compound, "5-year", is read as a unit; an adjective, "100-strong", counts nothing)."""
    m = _COMPOUND_NOUN_RE.match(text, pos)
    if m is None or _COMPOUND_UNIT_RE.match(text, pos) or m.group("noun") in _NOT_COMPOUND_NOUNS \
            or m.group("noun") in _UNIT_WORDS:
        return None
    noun = m.group("noun")
    if noun == "percent":  # "the 3.4-percent increase": a percentage
        return _Found(start, m.end(), Quantity(text=text[start : m.end()], value=value, unit="%",
                                               dimension="percentage"), True)
    if noun in _CURRENCY_WORDS:  # "a 300-won rise", "a 50-rand fee": an amount of that currency
        return _Found(start, m.end(), Quantity(text=text[start : m.end()], value=value, unit=_CURRENCY_WORDS[noun],
                                               dimension="money"), True)
    q = Quantity(text=text[start : m.end()], value=value, unit=_plural(_pluralise(noun)),
                 dimension="persons" if noun in _PERSON_NOUNS else "count")
    return _Found(start, m.end(), q, True)


def _pluralise(noun: str) -> str:
    """The plural of a singular noun of a compound ("seat" -> "seats", "storey" -> "storeys", "city" -> "cities")."""
    if noun in _PERSON_NOUNS:
        return noun
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _is_rate_base(value: float, text: str, start: int) -> bool:
    """A round figure after "per" ("per 100,000 people") is the base a rate is counted on ("97 vacancies for every 100
    people" counts both, as labelled)."""
    if value < MIN_RATE_BASE or not _RATE_BASE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    return math.log10(value).is_integer()


def _millions_counted(text: str, end: int, decimal: bool) -> bool:
    """"1.2m barrels", "5m people", "3.2m insecticide-treated nets": an attached "m" before a noun it counts is a
    million (any plural noun after a decimal figure); before a word of height, depth or distance, a singular noun
    ("a 3.2m wall") or a race ("400m hurdles") it stays metres."""
    if _COUNTED_AFTER_RE.match(text, end):
        return True
    if _METRE_AFTER_RE.match(text, end) or not text[end : end + 1].isspace():
        return False
    noun, _ = _counted_noun(text, end)
    # any plural after a decimal figure ("3.2m nets"); after a whole one only people ("1m extra passengers")
    return noun is not None and noun.lower() not in _UNIT_WORDS and (decimal or noun.lower() in _PERSON_NOUNS)


# "measuring 6.1 on the Richter scale": a magnitude named by its scale after it
_ON_A_SCALE_RE = re.compile(r"\s+on\s+the\s+(?:Richter|moment[\s-]magnitude)\s+scale\b", re.IGNORECASE)


_COMPARED_BEFORE_RE = re.compile(r"\b(?:up|down)\s+from\s+$|\bcompared\s+(?:with|to)\s+$", re.IGNORECASE)


def _compares_with_earlier(text: str, start: int, found: list[_Found]) -> bool:
    """"Five bathing waters ..., down from seven": a number word compared with an earlier figure of the sentence."""
    return bool(found) and found[-1].quantity.unit is not None \
        and bool(_COMPARED_BEFORE_RE.search(text, max(0, start - 20), start))


def _names_calibre(text: str, end: int) -> bool:
    """A length in millimetres right before a weapon or munition noun (or "calibre") is a calibre."""
    m = _CALIBRE_AFTER_RE.match(text, end)
    return m is not None and any(word.lower() in language.lexicon("calibre_nouns") for word in m.group(1).split())


# "H1 2024 results", "Q3 2024 revenue", "FY 2025 guidance": a half, quarter or fiscal year names the year after it
_PERIOD_LABEL_BEFORE_RE = re.compile(r"\b(?:H[12]|Q[1-4]|FY)\s*$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


_YEAR_PREPOSITION_RE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring)\s+$")


def _is_year(num: str | None, q: Quantity, explicit: bool, money: bool, text: str, pos: int) -> bool:
    """A calendar year, bare ("in 2022") or naming one thing ("a 2022 economic crisis")."""
    if money or not re.fullmatch(r"(?:1[89]\d\d|20\d\d|2100)", num or ""):
        return False
    if not explicit or _YEAR_PREPOSITION_RE.search(text, max(0, pos - len(num) - 8), pos - len(num)):
        return True  # "In 2020 swarms destroyed crops": a year after "in", whatever follows it
    # a count takes a plural noun; a year modifies a singular one
    if q.dimension not in ("count", "persons") or q.unit is None:
        return False
    noun = _WORD_RE.match(text, pos)
    return noun is not None and not noun.group(1).lower().endswith("s")


# "At 6.48 this morning", "by 8.30", "completed at 13.10": a time of day written with a dot, after a word of time
_DOTTED_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# (what follows a time of day: its mark or a part of the day; not "from 1.25 to 6.3 percent", "from 1.12 million" or
# "the lowest rate, at 0.58.")
_CLOCK_END_RE = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b|this\s+(?:morning|afternoon|evening)\b|in\s+the\s+"
                           r"(?:morning|afternoon|evening)\b|local\b|(?-i:[A-Z]{2,4})\b)", re.IGNORECASE)
_TIME_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:at|by|until|till|from|since|before|after)\s+$", re.IGNORECASE)
# "in 2024–25", "the 2026/27 season": the second year of a span, written short
_SHORT_SECOND_YEAR_BEFORE_RE = re.compile(r"\b(?:19|20)\d\d\s*[–/-]\s*$")
# "On Wednesday (22)": the day of the month in brackets after the day's name
_WEEKDAY_BRACKET_BEFORE_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\($")


def _not_an_amount(text: str, start: int, num: str) -> bool:
    """A bare number that is a time of day, the short second year of a span or a bracketed day of the month."""
    before = text[max(0, start - 16):start]
    if _DOTTED_CLOCK_RE.fullmatch(num) and _TIME_PREPOSITION_BEFORE_RE.search(before) \
            and _CLOCK_END_RE.match(text, start + len(num)):
        return True
    if len(num) == 2 and num.isdigit() and _SHORT_SECOND_YEAR_BEFORE_RE.search(before):
        return True
    return len(num) <= 2 and num.isdigit() and _WEEKDAY_BRACKET_BEFORE_RE.search(before) is not None


def _is_clock_time(text: str, start: int, end: int) -> bool:
    """"at 19:00:30", "2024-11-17 19:00:30", "10:30:00 a.m.": a time of day, not an elapsed time."""
    return bool(_TIME_AFTER_RE.match(text, end) or _CLOCK_TIME_BEFORE_RE.search(text[max(0, start - 12) : start]))


def _add_single_periods(text: str, found: list[_Found]) -> list[_Found]:
    """"more than a decade", "about an hour", "by a year": one period, measured by a qualifier in front."""
    extra = []
    for m in _SINGLE_PERIOD_RE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        q = Quantity(text=m.group(0), value=1.0, unit=m.group("unit").lower(), dimension="duration")
        q.bound = _BOUND_OF.get(re.sub(r"\s+", " ", m.group("qual").lower()), "exact")
        extra.append(_Found(m.start(), m.end(), q, True))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "threefold", "a 2.5-fold rise", "ten-fold": a multiplier written in one word
_FOLD_RE = re.compile(rf"(?<![\w.-])(?:(?P<num>\d+(?:\.\d+)?)|(?P<word>{_SMALL}|hundred|thousand))-?fold\b",
                      re.IGNORECASE)


def _add_folds(text: str, found: list[_Found]) -> list[_Found]:
    """Multipliers written with "-fold" ("nearly threefold", "a 2.5-fold rise"), unit "times"."""
    extra = []
    for m in _FOLD_RE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        value = float(m.group("num")) if m.group("num") else _parse_word_number(m.group("word"))
        q = Quantity(text=m.group(0), value=value, unit="times", dimension="ratio")
        start = m.start()
        qual = _QUALIFIER_RE.search(text[max(0, start - 40) : start])
        if qual:
            q.bound = _BOUND_OF[qual.group(1).lower()]
            start -= len(text[max(0, start - 40) : start]) - qual.start(1)
            q.text = text[start : m.end()]
        extra.append(_Found(start, m.end(), q, True))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "the largest M3.9", "Mw 6.2", "ML 2.8": a seismic magnitude written with its scale's letters, in a sentence
# about earthquakes (so that "M1" or a model "M2.5" stay names)
_MAGNITUDE_CODE_RE = re.compile(r"(?<![\w.-])(?-i:M[wLbsS]?)\s?(?P<num>\d\.\d{1,2})(?!\d|\.\d)")
def is_magnitude_code(token: str, following: str) -> bool:
    """"ML" of "ML 1.8", "Mw" of "Mw 6.2": a magnitude scale's code before its value."""
    return bool(re.fullmatch(r"M[wLbsS]", token)) and bool(re.match(r"\d\.\d", following))


_SEISMIC_RE = re.compile(r"\b(?:earthquakes?|quakes?|aftershocks?|tremors?|seismic|magnitude|temblors?)\b",
                         re.IGNORECASE)


def _add_magnitude_codes(text: str, found: list[_Found]) -> list[_Found]:
    """Magnitudes written "M3.9", "Mw 6.2" in a sentence about earthquakes."""
    if "M" not in text or not _SEISMIC_RE.search(text):
        return found
    extra = []
    for m in _MAGNITUDE_CODE_RE.finditer(text):
        bare = [f for f in found if f.start == m.start("num") and f.quantity.unit is None]
        if bare:  # "Mw 6.2": the figure was read without its scale
            bare[0].start, bare[0].quantity.text = m.start(), text[m.start() : bare[0].end].strip()
            bare[0].quantity.unit = bare[0].quantity.dimension = "magnitude"
            continue
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        q = Quantity(text=m.group(0), value=float(m.group("num")), unit="magnitude", dimension="magnitude")
        extra.append(_Found(m.start(), m.end(), q, True))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_FRACTION_WORDS = {"quarter": 0.25, "half": 0.5, "third": 1 / 3, "three-quarters": 0.75, "three quarters": 0.75,
                   "two-thirds": 2 / 3, "two thirds": 2 / 3}
# "a quarter of a percentage point", "half a point", "half an hour": a fraction of one unit, in that unit
_UNIT_FRACTION_RE = re.compile(
    r"(?<![\w-])(?:an?\s+|one\s+)?(?P<frac>three[-\s]quarters|two[-\s]thirds|quarter|half|third)\s+(?:of\s+)?(?:an?|one)\s+"
    r"(?P<unit>percentage\s+point|basis\s+point|point|hour|day|week|month|year|decade|century|mile|kilometre|kilometer"
    r"|metre|meter|tonne|litre|liter)\b(?![\w-])", re.IGNORECASE)


def _add_unit_fractions(text: str, found: list[_Found]) -> list[_Found]:
    """Fractions of one unit ("a quarter of a percentage point" -> 0.25 percentage point, "half an hour" -> 0.5
    hour); a bare "point" is a percentage point when the sentence counts percentages."""
    extra = []
    for m in _UNIT_FRACTION_RE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        word = re.sub(r"\s+", " ", m.group("unit").lower())
        if word in ("percentage point", "basis point") or (word == "point" and _PERCENT_IN_RE.search(text)):
            unit, dim = ("basis point" if word == "basis point" else "percentage point"), "percentage"
        elif word in _UNIT_WORDS:
            unit = _UNIT_WORDS[word]
            dim = _MEASURES[unit][1]
        else:
            continue
        value = _FRACTION_WORDS[m.group("frac").lower().replace("  ", " ")]
        q = Quantity(text=m.group(0), value=round(value, 6), unit=unit, dimension=dim)
        extra.append(_Found(m.start(), m.end(), q, True))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _race_time(text: str, start: int, race: re.Match) -> _Found:
    value = int(race.group(1)) * SECONDS_PER_MINUTE + float(race.group(2))
    q = Quantity(text=text[start : race.end()].strip(), value=_round(value), unit="second", dimension="duration")
    return _Found(start, race.end(), q, True)


def _clock_duration(text: str, start: int, clock: re.Match) -> _Found:
    hours, minutes, seconds = (int(g) for g in clock.groups())
    value = (hours * SECONDS_PER_MINUTE + minutes) * SECONDS_PER_MINUTE + seconds
    q = Quantity(text=text[start : clock.end()].strip(), value=float(value), unit="second", dimension="duration")
    qual = _QUALIFIER_RE.search(text[max(0, start - 40) : start])
    if qual:
        q.bound = _BOUND_OF[qual.group(1).lower()]
    return _Found(start, clock.end(), q, True)


def _fraction(text: str, start: int) -> tuple[float, int] | None:
    """(value, end) of a fraction such as "4-1/2" or "3/4" starting at ``start``, or None."""
    m = _FRACTION_RE.match(text, start)
    if m is None or int(m.group("num")) >= int(m.group("den")):
        return None
    return int(m.group("whole") or 0) + int(m.group("num")) / int(m.group("den")), m.end()


def _shouted(text: str) -> bool:
    """A line in capitals ("12 PEOPLE KILLED"): its capitalised words are no acronyms."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


def _plural_noun_after(text: str, pos: int) -> bool:
    """A lower-case plural noun right after ``pos`` ("missions" in "United Nations missions")."""
    nxt = _WORD_RE.match(text, pos)
    low = nxt.group(1) if nxt else ""
    return (low.islower() and low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "us"))
            and low not in _NOUN_STOPS and low not in _NOT_NOUNS)


def _proper_plural(word: str, text: str) -> bool:
    """"49 Filipinos", "2.1 million Kenyans": a capitalised plural in a sentence written in lower case is a people's
    name and keeps its capital (not in a title-case headline, "12 Suspects Held")."""
    if not word.istitle():
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", text) if w.lower() not in language.stop_words()]
    lower = sum(w[0].islower() for w in words)
    if word.lower().endswith(_DEMONYM_ENDINGS):  # "4.8 million Kenyans have registered for the new Social Health ..."
        return lower * DEMONYM_LOWER_SHARE_INV > len(words)
    return lower * PROPER_PLURAL_LOWER_SHARE_INV > len(words)


def _in_sentence_case(text: str) -> bool:
    """A sentence, not a title-case headline: a quarter of its content words are in lower case."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", text) if w.lower() not in language.stop_words()]
    return sum(w[0].islower() for w in words) * DEMONYM_LOWER_SHARE_INV > len(words)


PROPER_PLURAL_LOWER_SHARE_INV = 2  # more than half of a sentence's content words in lower case
DEMONYM_LOWER_SHARE_INV = 4  # a people's name ("Kenyans", "Pakistanis") needs only a quarter: no headline
_DEMONYM_ENDINGS = ("ans", "anis", "ese", "inos")
MAX_COUNTED_NOUN_WORDS = 6  # "1,436 locally acquired West Nile virus infections"
MAX_PLAIN_MODIFIERS = 3  # "13 average annual gross wages", "1,250 new piped water supply schemes"


MAX_SINGLE_NOUN_MODIFIERS = 2  # "one new case", "one confirmed measles case"
_DETERMINER_ONE_RE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)  # "the one case that ...": not a count


# "at least one net", "one net for every two people": "one" counts the noun after it, whatever it is
_AT_LEAST_BEFORE_RE = re.compile(r"\bat\s+least\s+$", re.IGNORECASE)
_FOR_EVERY_AFTER_RE = re.compile(r"\s+(?:for\s+every|per)\s+(?=\d|[a-z]+\s)", re.IGNORECASE)


def _one_counted(text: str, start: int, pos: int) -> tuple[str | None, int]:
    """The noun "one" counts after "at least" or before "for every <number>" ("at least one net" -> nets, "one
    doctor for every 1,000 people" -> doctors), else (None, pos)."""
    wm = _WORD_RE.match(text, pos)
    if wm is None or not wm.group(1).islower():
        return None, pos
    low = wm.group(1)
    if low in _NOUN_STOPS or low in _NOT_NOUNS or low in language.lexicon("linking_verbs") or low.endswith("s"):
        return None, pos
    if _AT_LEAST_BEFORE_RE.search(text, max(0, start - 10), start) or _FOR_EVERY_AFTER_RE.match(text, wm.end()):
        return _plural(_pluralise(low)), wm.end()
    return None, pos


def _single_counted_noun(text: str, pos: int) -> tuple[str | None, int]:
    """The noun "one" counts when it is a thing that is counted one by one ("one new case" -> case; lexicon
    ``single_counted_nouns``), after at most two plain lower-case words: "one of the most", "at one point" and
    "on the one hand" count nothing."""
    p = pos
    for _ in range(MAX_SINGLE_NOUN_MODIFIERS + 1):
        wm = _WORD_RE.match(text, p)
        if not wm or not wm.group(1).islower():
            return None, pos
        low = wm.group(1)
        plural = language.lexicon_pairs("single_counted_nouns").get(low)
        if plural is not None:
            return plural, wm.end()
        if low in _NOUN_STOPS or low in _NOT_NOUNS or low in language.lexicon("linking_verbs"):
            return None, pos
        p = wm.end()
    return None, pos


def _counted_noun(text: str, pos: int) -> tuple[str | None, int]:
    """The noun a bare number counts: "11,000 North Korean troops" -> troops, "40 new treatment centres" -> centres."""
    p = pos
    lower_modifiers = 0
    for _ in range(MAX_COUNTED_NOUN_WORDS):
        wm = _WORD_RE.match(text, p)
        if not wm:
            return None, pos
        word = wm.group(1)
        low = word.lower().rstrip("'’")
        if low in _PERSON_NOUNS or low in _INVARIANT_NOUNS:
            return _compound_head(text, low, wm.end(), word[:1].isupper())
        if word.istitle() and low.endswith("ese") and len(low) > 5 and not _plural_noun_after(text, wm.end()) \
                and (not _plain_word_after(text, wm.end()) or _past_verb_after(text, wm.end())) \
                and not _joined_modifier_after(text, wm.end()):
            # "2.3 million Sudanese" (not "12 Japanese experts", "4 Vietnamese fishing boats", "150 Vietnamese and
            # Chilean companies"): a people's name in -ese
            return word, wm.end()
        if word.isupper() and len(word) > 1 and (low in _NOUN_STOPS or low in _NOT_NOUNS) and not _shouted(text):
            p = wm.end()  # "40 US troops": an acronym that spells a function word describes the noun
            continue
        if low in _NOUN_STOPS and low in _NOUN_MODIFIERS and not _THAN_RE.match(text, wm.end()):
            p = wm.end()  # "2,000 more nurses", but "2,000 more than last year"
            continue
        if low in _COORDINATORS and p > pos and (_plain_word_after(text, wm.end())
                                                 or _joined_modifier_after(text, p)):
            p = wm.end()  # "310 work and holiday visas", "14 ship and aircraft campaigns": joined modifiers
            continue  # ("150 Vietnamese and Chilean companies": two proper modifiers)
        if low in _VERB_NOUN_HOMOGRAPHS and (p == pos or lower_modifiers):
            return low, wm.end()  # "1,320 calls could not be connected", "92 cruise calls": after a number, a noun
        if low in _NOUN_STOPS or low in _NOT_NOUNS or low in language.lexicon("linking_verbs"):
            return None, pos
        if low in language.lexicon("plural_looking_modifiers"):
            p = wm.end()  # "30 measles cases": a disease's name describes the noun it counts
            continue
        if low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "us")):  # not "virus", "status"
            if word.istitle() and _plural_noun_after(text, wm.end()):
                p = wm.end()  # "14 United Nations missions": a name before the noun it counts
                continue
            if p > pos and word.islower() and _plural_noun_after(text, wm.end()):
                p = wm.end()  # "1,300 border and customs officers": a modifier in -s before the noun it describes
                continue
            acronym = word.isupper() and not _shouted(text)  # "six PFAS" keeps its acronym's letters
            return (word if acronym or _proper_plural(word, text) else low), wm.end()
        if word[:1].isupper() or "-" in word or low in _NOUN_MODIFIERS:
            p = wm.end()
            if word.isupper():  # "Two OPEC+ delegates", "three U.S. officials": the marks of an acronym's name
                tail = _ACRONYM_TAIL_RE.match(text, p)
                p = tail.end() if tail else p
            continue
        after = _WORD_RE.match(text, wm.end())
        if low.endswith("ly") and after is not None and after.group(1).lower().endswith("ed"):
            p = wm.end()  # "713 locally acquired cases": an adverb before a participle describes the noun too
            continue
        # one or two plain words may describe the noun ("new cholera cases", "firefighting planes"), not an adverb
        if lower_modifiers < MAX_PLAIN_MODIFIERS and (not low.endswith("ly") or low in _LY_NOUNS):
            lower_modifiers += 1
            p = wm.end()
            continue
        return None, pos
    return None, pos


# Nouns in -ly that describe a counted noun as any noun does ("1,250 new water supply schemes", "family homes")
_LY_NOUNS = frozenset("supply family assembly rally ally reply monopoly anomaly".split())
_COORDINATORS = frozenset({"and", "or"})
_ACRONYM_TAIL_RE = re.compile(r"(?:[+&]|(?:\.[A-Z])+\.)(?=\s+[a-z])")
_PLURAL_END_RE = re.compile(r"(?<!s)s$")
# Plurals that read as verbs elsewhere ("she calls", "it runs") but count things right after a number
_VERB_NOUN_HOMOGRAPHS = language.lexicon("verb_noun_homographs")


_JOINED_MODIFIER_RE = re.compile(r"\s+(?:and|or)\s+[A-Z][a-z]+\s+[a-z]+")


def _joined_modifier_after(text: str, end: int) -> bool:
    """"and Chilean companies" after "150 Vietnamese": a proper modifier joined to another before the noun."""
    return _JOINED_MODIFIER_RE.match(text, end) is not None


def _past_verb_after(text: str, end: int) -> bool:
    """A verb in the past tense follows ("9,400 Bhutanese left", "2.3 million Sudanese fled"): the word before is the
    noun that counts."""
    wm = _WORD_RE.match(text, end)
    if wm is None:
        return False
    word = wm.group(1)
    return word.islower() and (word.endswith("ed") or word in {forms[0] for forms in verbs._irregular().values()})


def _plain_word_after(text: str, end: int) -> bool:
    """A lower-case word that may describe a noun follows ("and holiday visas"), not a number or a stop word."""
    wm = _WORD_RE.match(text, end)
    if wm is None:
        return False
    word = wm.group(1)
    return word.islower() and word not in _NOUN_STOPS and word not in _NOT_NOUNS \
        and word not in language.lexicon("linking_verbs")


def _compound_head(text: str, noun: str, end: int, capitalised: bool = False) -> tuple[str, int]:
    """"193 member states", "19 Member States": a noun for people may modify the noun that heads the phrase."""
    wm = _WORD_RE.match(text, end)
    if wm is None:
        return noun, end
    word = wm.group(1)
    low = word.lower()
    if ((word.islower() or (capitalised and word.istitle())) and low.endswith("s") and len(low) > 3
            and not low.endswith(("ss", "ous"))
            and low not in _NOUN_STOPS and low not in _NOT_NOUNS and low not in language.lexicon("linking_verbs")):
        return low, wm.end()
    return noun, end


_WORD_SCALE_RE = re.compile(r"(?<=\d)\s(thousand|million|billion|trillion|crores?|lakhs?)\b", re.IGNORECASE)


def _share_scale(text: str, first: _Found, later: _Found) -> None:
    """"17 to 19 billion euros": the earlier figure of a range is in the later one's scale word too, when it has
    none of its own and is the smaller figure ("500 to 2 million" is no such range)."""
    m = _WORD_SCALE_RE.search(text, later.start, later.end)
    if m is None or _WORD_SCALE_RE.search(text, first.start, first.end) or _SCALE_RE.match(text, first.end):
        return
    scale = _SCALES[m.group(1).lower()]
    if first.quantity.value * scale <= later.quantity.value:
        first.quantity.value *= scale


def _ends_money_range(text: str, found: list[_Found], i: int) -> bool:
    """The bare figure ``i`` ends a dash range that an amount of money opens ("$352-357", "₹600-650 crore"; the
    earlier end takes the later one's scale word): the two ends are of one order of magnitude."""
    if i == 0 or found[i - 1].quantity.dimension != "money" or "/" in (found[i - 1].quantity.unit or "") \
            or not _DASH_RANGE_RE.fullmatch(text[found[i - 1].end : found[i].start]):
        return False
    earlier, later = found[i - 1].quantity, found[i].quantity
    _share_scale(text, found[i - 1], found[i])
    return earlier.value <= later.value <= earlier.value * MAX_PRICE_RATIO


def _fill_units(text: str, found: list[_Found]) -> None:
    """Give bare figures the unit their context implies."""
    for i, f in enumerate(found):
        q = f.quantity
        bare = q.unit is None or q.unit.startswith("count/")
        if not bare or _OF_A_SET_RE.match(text, f.end):
            continue  # "two of them": a number standing alone, whatever the set is
        noun = None
        # "from 10 to 12 percent", "between 5,000 and 7,000 troops": the later figure's unit
        if i + 1 < len(found) and _RANGE_RE.fullmatch(text[f.end : found[i + 1].start]):
            noun = found[i + 1].quantity.unit
            dim = found[i + 1].quantity.dimension
            head, _, period = (noun or "").partition("/")
            if period and head.isupper() and q.unit in (None, "count/" + period):
                q.unit, q.dimension = noun, dim  # "from 75,000 to 90,000 CFA francs a month": the same money rate
                continue
            if noun and ("/" not in noun or dim == "speed"):  # "75 to 90 km/h" (not "3 to 4 people/day")
                _set_unit(q, noun, dim)
                _share_scale(text, f, found[i + 1])
                if q.bound == "exact" and re.search(
                    r"\bbetween\s+$", text[max(0, f.start - 10) : f.start], re.IGNORECASE
                ):
                    q.bound = "at_least"
                    if found[i + 1].quantity.bound == "exact":
                        found[i + 1].quantity.bound = "at_most"
                continue
        if _ends_money_range(text, found, i):
            _set_unit(q, found[i - 1].quantity.unit, "money")  # "$352-357 a tonne": the later end is in dollars too
            continue
        clause = _clause_before(text, f.start)
        if _TOLL_RE.search(clause):
            _set_unit(q, "deaths", "persons")
            continue
        # "the number of unemployed people was 120,600", "Mobile subscriptions rose to 70.2 million", "Deaths ...
        # halved, to 412 from 1,030": a level of a counted noun the sentence names
        subject = _number_of_noun(text, f) or _level_subject(text, f)
        if subject:
            _set_unit(q, _plural(subject), "persons" if subject.lower() in _PERSON_NOUNS else None)
            continue
        # "surpassed 11,000, up from over 10,000 last week": the earlier figure's unit (not into a bare pair of its
        # own: "the index rose 0.30 percent, from 105.93 in October to 106.25" has levels with no unit)
        partner = _compared_with(text, found, i)
        if partner is not None:
            _set_unit(q, partner.quantity.unit, partner.quantity.dimension)
            continue
        if i and _MORE_THAN_AFTER_RE.match(text, f.end) and _COMMA_ONLY_RE.fullmatch(text[found[i - 1].end:f.start]) \
                and found[i - 1].quantity.dimension in ("count", "persons") and found[i - 1].quantity.unit \
                and "/" not in found[i - 1].quantity.unit:
            # "will admit 2,400 cadets, 600 more than last year": the difference counts the same noun
            _set_unit(q, found[i - 1].quantity.unit, found[i - 1].quantity.dimension)
            continue
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", clause.lower())  # "pupil-teacher ratio" names no teachers
        for w in reversed(words[-10:]):
            if w in _PERSON_NOUNS:
                noun = w
                break
        if noun:
            _set_unit(q, _plural(noun), "persons")


_MORE_THAN_AFTER_RE = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)
_COMMA_ONLY_RE = re.compile(r"\s*,\s*")


# A short join of two figures that compares them or lists them ("and 7", "or more than 9", "while 12"), with no verb
# between: "1,500 people have died and over 4 million have been affected" counts another set.
MAX_JOIN_CHARS = 40
_VERB_BETWEEN_RE = re.compile(r"\b(?:have|has|had|are|is|was|were|will|would|could|can|may|might|must|should|been"
                              r"|being|do|does|did)\b|\b[a-z]{2,}ed\b")
_NEAR_COMPARISON_RE = re.compile(r"\b(?:up|down|rising|falling|increase|decrease|from|to|compared (?:with|to)|versus"
                                 r"|vs\.?|than)\s+$", re.IGNORECASE)
_CHANGE_OF_RE = re.compile(r"\b(?:increase|decrease|rise|fall|drop|gain|decline|reduction)\s+of\s+$", re.IGNORECASE)
# A level a change reached, after a comma ("rose 18 per cent this season, to 9,800"): the change's unit is not its.
_LEVEL_AFTER_CHANGE_RE = re.compile(r",\s+to\s+$", re.IGNORECASE)
# A figure that opens a range ("from 3% to 4", "between 3 and 4%"): the later one shares its unit.
_RANGE_START_RE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# A verb of change right before a figure: "fell 45.3 points", "weakened 1.2%", "grew by 0.4 per cent".
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|added|shed|dropped|declined|climbed|jumped|slipped|slid|weakened|strengthened|eased"
    r"|increased|decreased|grew|advanced|retreated|raised|cut|lowered|reduced|hiked|trimmed|rising|falling|up|down"
    r"|by)\s+$", re.IGNORECASE)
_TO_LEVEL_RE = re.compile(r"^\s*(?:,\s*)?to\s+$", re.IGNORECASE)


def _reaches_level(text: str, earlier: _Found, between: str) -> bool:
    """The later figure is the level a change in a share or in index points reached ("rose 18 per cent this season,
    to 9,800", "fell 45.3 points to 8,012", "weakened 1.2% to 18.45"), not a second figure in the change's unit:
    not the other end of a range ("from 3% to 4")."""
    unit = earlier.quantity.unit
    if unit not in _SHARE_UNITS and unit != "points":
        return False
    if _RANGE_START_RE.search(text, max(0, earlier.start - 10), earlier.start):
        return False
    if _LEVEL_AFTER_CHANGE_RE.search(between) and unit in _SHARE_UNITS:
        return True
    return bool(_TO_LEVEL_RE.match(between)) and bool(_CHANGE_BEFORE_RE.search(text, max(0, earlier.start - 16),
                                                                               earlier.start))


MIN_BASE_LEVEL = 1000  # "an increase of 1.48% from 169,902,117": no share is in the thousands


def _base_of_change(text: str, earlier: _Found, later: _Found, between: str) -> bool:
    """The later figure is the level a change in a share started from ("an increase of 1.48% from 169,902,117",
    "rose 4% from 1,200"), not a second share: a figure in the thousands right after "from"."""
    return earlier.quantity.unit in _SHARE_UNITS and re.fullmatch(r"\s*from\s+", between) is not None \
        and (later.quantity.value or 0) >= MIN_BASE_LEVEL \
        and (_CHANGE_OF_RE.search(text, max(0, earlier.start - 30), earlier.start) is not None
             or _CHANGE_BEFORE_RE.search(text, max(0, earlier.start - 16), earlier.start) is not None)


# A comparison cue right before the later figure: it may reach back over a clause ("30 measles cases were reported
# in Sweden in 2024, up from 7 in 2023"), or a comma and "against" ("now total 6,842,100, against 6,815,400 in the
# first estimate").
_FAR_COMPARISON_RE = re.compile(r"(?:\b(?:up from|down from|compared (?:with|to)|versus|vs\.?|than)|,\s+against)\s+$",
                                re.IGNORECASE)


def _compared_with(text: str, found: list[_Found], i: int) -> _Found | None:
    """The earlier figure whose unit the bare figure ``i`` shares, by a comparison or a short list, else None."""
    f = found[i]
    if i == 0 or _bare_pair(text, found, i):
        return None
    earlier = found[i - 1]
    unit = earlier.quantity.unit
    if not unit or (unit in _SHARE_UNITS and _WORD_SCALE_RE.search(text, f.start, f.end)):
        return None  # "grew by 4.1 per cent to 50.6 million": no share is counted in millions
    between = text[earlier.end : f.start]
    if _OPEN_END_RE.match(between) or re.search(r"[;:]|[.!?]\s", between):
        return None
    if unit in _SHARE_UNITS and (f.quantity.value or 0) >= MIN_BASE_LEVEL:
        return None  # "rose 23 percent in January-June to 812,000": a level in the thousands is no share
    if _FAR_COMPARISON_RE.search(between):
        return earlier  # "7,900 vehicles a day last year, up from 5,000": a rate's base is that rate too
    if "/" in unit:
        return None
    if _PARALLEL_PARTICIPLES_RE.fullmatch(between) and _PARTICIPLE_AFTER_RE.match(text, f.end):
        return earlier  # "9,740 houses partially damaged and 1,210 totally destroyed"
    if _bracketed_in_list(text, earlier, f):
        return earlier  # "with 11,450 arrivals, followed by Australia (2,310) and Portugal (1,760)"
    if len(between) >= MAX_JOIN_CHARS:
        return None
    if _reaches_level(text, earlier, between) or _base_of_change(text, earlier, f, between):
        return None  # "gained 0.8 per cent, to 6,012.4", "fell 45.3 points to 8,012": a level, not the change's unit
    if _NEAR_COMPARISON_RE.search(between):
        return earlier
    if _CHANGE_OF_RE.search(between) and unit not in _SHARE_UNITS:
        return earlier  # "5,123,400 employed persons, an increase of 45,600"
    if re.search(r"\b(?:and|or|while)\b", between) and not _VERB_BETWEEN_RE.search(between) \
            and not _own_clause_subject(text, f, between):
        return earlier
    return None


# "9,740 houses partially damaged and 1,210 totally destroyed", "40 people injured and 3 killed": two figures, each
# with a participle of its own and no auxiliary, joined by "and"/"or": the later one counts the same things
_PARALLEL_PARTICIPLES_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+(?:and|or)\s+")
_PARTICIPLE_AFTER_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b")
MAX_BRACKETED_LIST_CHARS = 120  # from a counted figure to a bracketed one that goes on its list


# "..., followed by China with 97,500 and Australia with 96,200.": a name, "with" and a figure that ends its item
_NAME_WITH_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+with\s+$")
_ITEM_END_RE = re.compile(r"\s*(?:[,.;)]|\s+and\b|$)")


def _bracketed_in_list(text: str, earlier: _Found, f: _Found) -> bool:
    """A bare figure alone in brackets after a name ("Australia (2,310)") or after a name and "with" ("China with
    97,500"), in the sentence of a figure that counts things ("11,450 arrivals"): one more line of that count, broken
    down by the names."""
    before = text[max(0, f.start - 40) : f.start]
    if text[f.start - 1 : f.start] == "(" and text[f.end : f.end + 1] == ")":
        name = re.search(r"\b[A-Z][\w'’-]*\s+\($", before)
    else:
        name = _NAME_WITH_BEFORE_RE.search(before) if _ITEM_END_RE.match(text, f.end) else None
    q = earlier.quantity
    return name is not None and q.dimension in ("count", "persons") and not q.unit.startswith("count/") \
        and f.start - earlier.end <= MAX_BRACKETED_LIST_CHARS


# an auxiliary right after a bare figure: the figure is the subject of a clause ("165,000 have been displaced")
_AUXILIARY_AFTER_RE = re.compile(r"\s+(?:have|has|had|are|were|is|was|will|would|could|may|might|remain|remains"
                                 r"|remained)\b", re.IGNORECASE)
_PREDICATE_BEFORE_JOIN_RE = re.compile(r"^\s*[a-z]+\b[^,;]*?\s(?:and|or|while)\s", re.IGNORECASE)


def _own_clause_subject(text: str, f: _Found, between: str) -> bool:
    """"Ninety people remain missing and more than 165,000 have been forced from their homes": the bare figure is the
    subject of a clause of its own, after a clause that said something of the earlier figure (words before the
    "and"): another set than the earlier one counts."""
    return bool(_AUXILIARY_AFTER_RE.match(text, f.end)) and bool(_PREDICATE_BEFORE_JOIN_RE.match(between))


_LEVEL_CUE_RE = re.compile(r"\b(?:to|at|from|by|was|were|is|are|reached|reach|totall?ed|hit|surpassed|exceeded"
                           r"|stood at)\s+$", re.IGNORECASE)


# "has surpassed 11,000": a qualifier that is itself a verb of level
_LEVEL_QUALIFIER_RE = re.compile(r"(?:surpass|exceed|top)", re.IGNORECASE)


def _sentence_before(text: str, start: int) -> tuple[int, str]:
    """(offset, text) of the sentence that holds ``start``, up to it."""
    starts = [m.end() for m in _SENTENCE_START_RE.finditer(text, 0, start)]
    begin = starts[-1] if starts else 0
    return begin, text[begin:start]


def _number_of_noun(text: str, f: _Found) -> str | None:
    """"the number of unemployed people was 120,600", "double the number of water monitoring stations, to 240": the
    head noun after "number of" when the figure is given as its level."""
    if not (_LEVEL_CUE_RE.search(text, 0, f.start) or _LEVEL_QUALIFIER_RE.match(f.quantity.text)):
        return None
    begin, sentence = _sentence_before(text, f.start)
    nms = list(_NUMBER_OF_RE.finditer(sentence))
    if not nms:
        return None
    noun, _ = _counted_noun(text, begin + nms[-1].end())
    return noun


_SHARE_UNITS = frozenset({"%", "percentage point", "basis point"})
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_LATER_RE = re.compile(r"[^;:.\d]{0,30}?\bto\s+$", re.IGNORECASE)


def _bare_pair(text: str, found: list[_Found], i: int) -> bool:
    """"from 105.93 in October to 106.25": figure ``i`` opens a from-to pair whose other end has no unit either."""
    if i + 1 >= len(found) or found[i + 1].quantity.unit is not None:
        return False
    return bool(_FROM_BEFORE_RE.search(text, 0, found[i].start)) and bool(
        _TO_LATER_RE.fullmatch(text, found[i].end, found[i + 1].start))

# "Mobile data subscriptions in Kenya grew by 4.1 per cent to 50.6 million", "Dengue cases this season have reached
# 48,200", "Deaths from malaria more than halved, to 412": a sentence whose subject is a plural noun that a verb of
# level or change follows; the bare figures it reaches ("to", "at", "from", "reached") count that noun.
# ("Guest nights by foreign guests were 14.31 million": a copula right before the figure states its level too)
_LEVEL_VERB_RE = re.compile(
    r"\b(?:rose|risen|rise|rises|fell|fallen|fall|falls|grew|grown|grow|increased|decreased|declined|climbed|dropped"
    r"|jumped|surged|slipped|stood|reached|reach|reaches|totall?ed|totals?|numbered|halved|doubled|tripled|hit"
    r"|were|was|are|is)\b",
    re.IGNORECASE)
_LEVEL_BEFORE_RE = re.compile(r"\b(?:to|at|from|reached|reach|totall?ed|totals?|numbered|hit|were|was|are|is)\s+$",
                              re.IGNORECASE)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+)(?=[A-Z])")
MAX_SUBJECT_WORDS = 6  # the subject's head noun is among the first words of its sentence
MAX_LEVEL_CUE_CHARS = 12
# words after a subject's head noun: a preposition, a determiner, an auxiliary, a participle ("Nights spent by")
# or a relative clause ("Tourists, who stay overnight, numbered 478,920")
_AFTER_HEAD_RE = re.compile(r"\s*(?:,\s*(?:who|which|that)\b"
                            r"|(?:in|of|from|for|at|on|by|against|among|with|to|this|that|these|last|across|"
                            r"have|has|had|are|were|is|was|will|would|could|may|might|spent|made|held|sold|paid)\b"
                            r"|[a-z]+ed\b)")


def _level_subject(text: str, f: _Found) -> str | None:
    """The plural noun heading the subject of the sentence whose level a bare figure gives, else None."""
    # "Arrivals could exceed 38 million": a qualifier that passes a level is the sentence's verb of level
    qualifier = _LEVEL_QUALIFIER_RE.match(f.quantity.text)
    if not qualifier and not _LEVEL_BEFORE_RE.search(text, max(0, f.start - MAX_LEVEL_CUE_CHARS), f.start):
        return None
    _, sentence = _sentence_before(text, f.start + (len(f.quantity.text.split()[0]) if qualifier else 0))
    # (not the sentence's first word: "Total guest nights ... were 0.71 million")
    # a copula gives the level of the figure right after it only ("were found in nine pools, down from 11")
    verb = re.search(r"\S+$", sentence) if qualifier else next(
        (v for v in _LEVEL_VERB_RE.finditer(sentence, 1)
         if v.group().lower() not in _COPULAS or not sentence[v.end():].strip()), None)
    if verb is None:
        return None
    start = 0
    while start is not None:
        head, start = _subject_head(sentence, start, verb.start())
        if head is not None:
            return head
    return None


def _subject_head(sentence: str, start: int, end: int) -> tuple[str | None, int | None]:
    """The plural noun heading the subject that opens at ``start``, and None; or where the subject of a reported
    clause starts ("The Police Service reports that firearm incidents fell to 19": after "that"), or None there."""
    previous = ""
    for m in itertools.islice(_WORD_RE.finditer(sentence, start, end), MAX_SUBJECT_WORDS):
        word = m.group(1)
        low = word.lower()
        if low in single_word_finite_forms() and (that := _THAT_AFTER_RE.match(sentence, m.end())):
            return None, that.end()
        if low == "toll" and previous in ("death", "casualty"):
            return "deaths", None  # "The death toll from weeks of flooding has risen to 228"
        if m.start() == start or not word[:1].isupper():
            # "Calls to the helpline rose to 3,870": opening its sentence before a preposition, no verb but a noun
            homograph = m.start() == start and low in _VERB_NOUN_HOMOGRAPHS
            if (_plural_looking(low) or homograph) and (_AFTER_HEAD_RE.match(sentence, m.end())
                                         or _LEVEL_VERB_RE.match(sentence, m.end() + 1)):
                amount = low in language.lexicon("amount_subjects")
                return (None if amount else (word if word.isupper() and len(word) > 1 else low)), None
        if low in _SUBJECT_ENDS:
            return None, None  # the head noun stands before the subject's first preposition
        previous = low
    return None, None


_COPULAS = frozenset("were was are is".split())
_THAT_AFTER_RE = re.compile(r"\s+that\b")
_SUBJECT_ENDS = frozenset("in of from for at on by against among with about over under".split())


def _plural_looking(low: str) -> bool:
    """A lower-case word that may be a plural noun ("cases", "nights", "people"), not a function word or verb."""
    return (low in _PERSON_NOUNS and _PERSON_NOUNS[low] == low) or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous", "us", "is"))
        and low not in _NOUN_STOPS and low not in _NOT_NOUNS and low not in language.lexicon("linking_verbs"))


# "jobless for 27 weeks or more, ... at 1.7 million": the "or" closes the earlier figure, it joins nothing
_OPEN_END_RE = re.compile(r"\s*or\s+(?:more|less|longer|shorter|fewer|older|younger|above|below)\b", re.I)


_DURATION_ORDER = {
    "century": 7,
    "decade": 6,
    "year": 5,
    "month": 4,
    "week": 3,
    "day": 2,
    "hour": 1,
    "minute": 0,
    "second": -1,
}
_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|\s)\s*")


def _merge_durations(text: str, found: list[_Found]) -> list[_Found]:
    """Join a compound duration ("2 hours, 13 minutes and 44 seconds") into one, in its smallest unit."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.quantity.dimension == "duration" == f.quantity.dimension
            and f.quantity.bound == "exact"
            and _DURATION_ORDER.get(prev.quantity.unit, 99) > _DURATION_ORDER.get(f.quantity.unit, 99)
            and _JOINER_RE.fullmatch(text[prev.end : f.start])
        ):
            small = f.quantity.unit
            factor = _DAYS[prev.quantity.unit] / _DAYS[small]
            merged = Quantity(
                text=text[prev.start : f.end].strip(),
                value=round(prev.quantity.value * factor + f.quantity.value, 6),
                unit=small,
                bound=prev.quantity.bound,
                dimension="duration",
            )
            out[-1] = _Found(prev.start, f.end, merged, True)
            continue
        out.append(f)
    return out


# "800 people were arriving at a border crossing each day": a period later in the clause
_LATE_RATE_RE = re.compile(
    r"^[^,;:.\d]{0,60}?(?<!\bin )\b(?:per|each|every|a)\s+(day|week|month|year|hour)\b"
    # "daily" as an adverb, not an adjective before its noun ("the three firms held monthly meetings")
    r"|^[^,;:.\d]{0,60}?\b(daily|weekly|monthly|annually)\b"
    r"(?!\s+(?!(?:at|in|on|to|for|from|by|and|or|since|until|during|across|over)\b)[a-z]+)",
    re.IGNORECASE,
)


# "800 people were arriving ... each day", "25,000 tonnes of graphite a year", "five hours of extra sleep every week"
_LATE_RATE_DIMENSIONS = frozenset({"persons", "count", "mass", "volume", "energy", "duration"})


def _late_rates(text: str, found: list[_Found]) -> None:
    for i, f in enumerate(found):
        q = f.quantity
        if q.dimension not in _LATE_RATE_DIMENSIONS:
            continue
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        m = _LATE_RATE_RE.match(text[f.end : limit])
        if m and not _TIME_AGO_RE.match(text, f.end + m.end()):
            period = _PERIODS[(m.group(1) or m.group(2)).lower()]
            q.unit = f"{q.unit}/{period}"
            q.dimension = "rate"


MAX_PRICE_RATIO = 10  # two prices compared or in a range are of one order of magnitude


_OPEN_CONVERSION_RE = re.compile(r"\s*\((?:about |approximately |around |roughly |some |nearly |c\. |~)?")
_CLOSE_CONVERSION_RE = re.compile(r"\s*\)")


def _bracketed_conversions(text: str, found: list[_Found]) -> None:
    """"712 colones ($1.40) a litre", "18 million pesos ($19,600) per worker": an amount and its conversion in
    brackets are both prices of the unit or rates of the period written after the bracket."""
    for earlier, later in zip(found, found[1:]):
        a, b = earlier.quantity, later.quantity
        if a.dimension != "money" or b.dimension != "money" or "/" in (a.unit or "") + (b.unit or ""):
            continue
        close = _CLOSE_CONVERSION_RE.match(text, later.end)
        if close is None or not _OPEN_CONVERSION_RE.fullmatch(text, earlier.end, later.start):
            continue
        price = _PRICE_PER_RE.match(text, close.end()) or _price_per_noun(text, close.end())
        rate = None if price else _RATE_RE.match(text, close.end())
        if not (price or rate):
            continue
        suffix = _priced_unit(price) if price else _rate_period(rate)
        for q in (a, b):
            q.unit, q.normalized = f"{q.unit}/{suffix}", None
            q.dimension = "rate" if rate else q.dimension


# "to $13,200 a tonne from $11,000": the earlier level right after the new one
_FROM_ONLY_RE = re.compile(r"\s*,?\s+from\s+", re.IGNORECASE)


def _shared_prices(text: str, found: list[_Found]) -> None:
    """A price per traded unit, or any rate, and an amount of its unit it is compared with or ranged with share the
    rate: "NOK 71.40 per kilogram ..., down from NOK 84.10 a year ago", "$71 a barrel ..., down from $73", "between
    $70 and $75 a barrel", "3.2 tonnes per hectare from 3.5 tonnes", "24 hours a week ..., down from 36 hours"."""
    for earlier, later in zip(found, found[1:]):
        a, b = earlier.quantity, later.quantity
        price, plain = (a, b) if a.unit and "/" in a.unit else (b, a)
        if not price.unit or "/" not in price.unit or not plain.unit \
                or plain.unit != price.unit.split("/")[0]:  # "from $5 to $8.50 per night": a rate of money too
            continue
        if not plain.value or not 1 / MAX_PRICE_RATIO <= price.value / plain.value <= MAX_PRICE_RATIO:
            continue
        between = text[earlier.end : later.start]
        if re.search(r"[;:]|[.!?]\s", between):
            continue
        if (_RANGE_RE.fullmatch(between) and plain.dimension == "money") \
                or (plain is b and (_FAR_COMPARISON_RE.search(between)
                                                            or _FROM_ONLY_RE.fullmatch(between))):
            plain.unit, plain.dimension, plain.normalized = price.unit, price.dimension, None


# "The price of a litre of petrol dropped to $3.62", "the cost of a bag of rice rose to N45,000": the amounts that
# follow in the sentence are prices of that unit
_PRICE_OF_UNIT_RE = re.compile(
    r"\b(?:price|cost)s?\s+of\s+(?:a|an|one)\s+(litre|liter|kilogram|kilo|kg|barrel|tonne|gallon|bag|sack|"
    r"loaf|dozen|pound)\s+of\b", re.IGNORECASE)


def _prices_of_a_unit(text: str, found: list[_Found]) -> None:
    """Amounts of money after "the price of a <unit> of <good>" in the same clause are per that unit."""
    for m in _PRICE_OF_UNIT_RE.finditer(text):
        per = _PER_UNIT_NAMES.get(m.group(1).lower(), m.group(1).lower())
        per = {"kilo": "kg", "liter": "litre"}.get(per, per)
        for f in found:
            q = f.quantity
            if f.start < m.end() or re.search(r"[.!?;,]\s", text[m.end() : f.start]):
                continue  # only in the clause that names the price
            if q.dimension == "money" and q.unit and "/" not in q.unit:
                q.unit = f"{q.unit}/{per}"


def _set_unit(q: Quantity, unit: str, dimension: str | None) -> None:
    if q.unit and q.unit.startswith("count/"):
        # ("140 samples a day, up from 40 a day": the counted noun of the partner's own rate, over this period)
        q.unit = f"{unit.split('/', 1)[0]}/{q.unit.split('/', 1)[1]}"
        q.dimension = "rate"
    else:
        q.unit = unit
        q.dimension = dimension


def normalise_rate(q: Quantity) -> None:
    """Per-day value for a rate quantity ("1,200 per week" -> 171.43 per day)."""
    if q.dimension != "rate" or not q.unit or "/" not in q.unit:
        return
    noun, period = q.unit.rsplit("/", 1)
    days = _DAYS.get(period)
    if days:
        q.normalized = {"value": _round(q.value / days), "unit": f"{noun}/day"}
