"""Which dollar a page's bare "$" means: the dollar of the country a news page is about.

A bare "$" is the US dollar (``quantities.py``), unless the page declares its dollar ("Values are in NZ$"), its
publisher is named for a dollar country ("Statistics Canada"), or, here, the page keeps naming one dollar country
other than the US: "VANCOUVER —", "British Columbia", "Queensland Police", "the Gold Coast". Places are the
countries, provinces and states of ``dollar_countries`` and the cities, abbreviations and demonyms of
``dollar_places`` (the US's names, states and largest cities count for the US dollar), and the addresses of its
country-code domain (``dollar_domains``: "letters@courier.co.nz"). International wires
("SYDNEY, May 2 (Reuters) -") and pages that write their local dollar with its prefix ("A$", "C$", "NZ$") write "$"
for the US dollar, as they say: such pages keep USD.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import language

# A country must be named at least this often, and more often than every other dollar country together.
MIN_MENTIONS = 2
# Names written in capitals count too ("VANCOUVER —", "SINGAPORE –") when at least this long.
MIN_CAPITALS_CHARS = 4
US_DOLLAR = "USD"

# The page's dateline and publisher say where it is from: a dollar country named there counts this much more.
DATELINE_WEIGHT = 2
PUBLISHER_WEIGHT = 2
# The place of a dateline opening the text's first paragraph: "VANCOUVER —", "SYDNEY, Nov 3 -", "Wellington –".
_DATELINE_PLACE_RE = re.compile(r"^\s*(?P<place>[A-Z][\w.'’ -]{1,40}?)(?:,[^\n—–]{1,40}?)?\s+[—–-]{1,2}\s")
# A wire dateline that names its agency in brackets: "SYDNEY, May 2 (Reuters) -", "TORONTO (Example Wire) —".
_AGENCY_DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’/-]{2,40}(?:,[^()\n]{2,40}?)?\s*\([A-Z][^()\n]{1,40}\)\s*[-–—]",
                                 re.MULTILINE)


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    names = {**language.lexicon_pairs("dollar_countries"), **language.lexicon_pairs("dollar_places")}
    spellings = set(names)
    spellings |= {name.upper() for name in names if len(name) >= MIN_CAPITALS_CHARS}
    alternatives = "|".join(re.escape(name) for name in sorted(spellings, key=len, reverse=True))
    # "US" but not "US$" (a currency symbol); a name is a whole word
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|\$)")


@lru_cache(maxsize=1)
def _code_of() -> dict[str, str]:
    names = {**language.lexicon_pairs("dollar_countries"), **language.lexicon_pairs("dollar_places")}
    return {**{name.upper(): code for name, code in names.items()}, **names}


@lru_cache(maxsize=1)
def _local_prefix_re() -> re.Pattern:
    """A prefixed dollar other than the US one ("A$", "C$", "NZ$", "HK$"): the page tells its dollars apart."""
    symbols = [s for s, code in language.lexicon_pairs("currency_symbols").items()
               if s.endswith("$") and s != "$" and code != US_DOLLAR]
    alternatives = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})\s?\d")


@lru_cache(maxsize=1)
def _domains_re() -> re.Pattern:
    """A host name or e-mail address ending in a dollar country's code ("courier.co.nz", "x@example.com.au")."""
    codes = "|".join(re.escape(tld) for tld in language.lexicon_pairs("dollar_domains"))
    return re.compile(rf"(?<![\w.-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.({codes})(?=[/:?#)\]\s,;>]|\.(?:\s|$)|$)",
                      re.IGNORECASE)


def country_mentions(text: str) -> Counter:
    """How often ``text`` names each dollar country, by ISO code of its dollar (the US's names count for USD), its
    places and the addresses of its country-code domain."""
    codes = _code_of()
    mentions = Counter(codes[m.group()] for m in _places().finditer(text))
    domains = language.lexicon_pairs("dollar_domains")
    mentions.update(domains[m.group(1).lower()] for m in _domains_re().finditer(text))
    return mentions


def page_dollar(text: str, publishers: tuple[str, ...] = ()) -> str | None:
    """The dollar of the one non-US dollar country ``text`` is about, or None (a bare "$" stays USD): it is named at
    least ``MIN_MENTIONS`` times and more often than every other dollar country together (its dateline and the
    page's ``publishers`` counting more), on a page that is no international wire and writes no local dollar with
    its prefix."""
    agency = _AGENCY_DATELINE_RE.search(text)
    if (agency and not _home_wire(agency.group(), publishers)) or _local_prefix_re().search(text):
        return None
    counts = country_mentions(text)
    dateline = _DATELINE_PLACE_RE.match(text)
    for code, n in (country_mentions(dateline.group("place")) if dateline else Counter()).items():
        counts[code] += n * DATELINE_WEIGHT
    for name in publishers:
        for code, n in country_mentions(name).items():
            counts[code] += n * PUBLISHER_WEIGHT
    mentions = counts.most_common()
    if not mentions:
        return None
    (code, count), others = mentions[0], sum(n for _, n in mentions[1:])
    return code if code != US_DOLLAR and count >= MIN_MENTIONS and count > others else None


def _home_wire(dateline: str, publishers: tuple[str, ...]) -> bool:
    """A national agency's dateline at home ("WELLINGTON (ANW) -" under "Aotearoa News Wire"): its place is in the
    one dollar country the publisher's own name names, so a bare "$" is that country's dollar, not a wire's USD."""
    home = set(country_mentions(" ".join(publishers)))
    return len(home) == 1 and set(country_mentions(dateline.split("(")[0])) == home


@lru_cache(maxsize=1)
def _shared_names() -> dict[str, dict[str, str]]:
    """Unit of a shared currency name -> {country or adjective: ISO code} (lexicon ``shared_currency_countries``)."""
    names: dict[str, dict[str, str]] = {}
    for key, code in language.lexicon_pairs("shared_currency_countries").items():
        unit, _, country = key.partition(" ")
        names.setdefault(unit, {})[country] = code
    return names


def shared_currency(unit: str, text: str) -> str | None:
    """The currency of the one country ``text`` names among those that call theirs ``unit`` ("DINAR", "DIRHAM",
    "marks"), else None."""
    codes = {code for country, code in _shared_names().get(unit, {}).items()
             if re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", text)}
    return codes.pop() if len(codes) == 1 else None


# "250 dirhams" is read as the UAE dirham; "UAE dirhams", "Emirati dirhams" say so
_DIRHAM_WORD_RE = re.compile(r"\bdirhams?\b", re.IGNORECASE)
_EMIRATI_RE = re.compile(r"\b(?:UAE|Emirati)\b", re.IGNORECASE)


# "Rs 500", "2.5 billion rupees" are read as the Indian rupee; "₹", "INR", "Indian rupees" say so
_RUPEE_WORD_RE = re.compile(r"(?<![\w])(?:Rs\.?|rupees?)(?![A-Za-z])", re.IGNORECASE)  # "Rs6,000" too
_INDIAN_RE = re.compile(r"₹|\bINR\b|\bIndian\b")


# "£12 million" is read as the pound sterling; "GBP", "UK£", "sterling" say so
_POUND_SIGN_RE = re.compile(r"(?<![A-Za-z])£")
_STERLING_RE = re.compile(r"\bGBP\b|\b(?:UK|GB)£|\bsterling\b", re.IGNORECASE)


def _shared_unit(head: str, written: str) -> str:
    """The shared name an amount's unit stands for: its placeholder ("DINAR", "marks"), or "DIRHAM" for an amount
    in dirhams read as AED that no country qualifies, or "RUPEE" for one in rupees read as INR ("Rs 18.6 billion"
    is Sri Lanka's on a page about Sri Lanka), or "POUND" for one in a bare "£" read as GBP."""
    if head == "AED" and _DIRHAM_WORD_RE.search(written) and not _EMIRATI_RE.search(written):
        return "DIRHAM"
    if head == "INR" and _RUPEE_WORD_RE.search(written) and not _INDIAN_RE.search(written):
        return "RUPEE"
    if head == "GBP" and _POUND_SIGN_RE.search(written) and not _STERLING_RE.search(written):
        return "POUND"  # "£42 million" is Gibraltar's pound on a page about Gibraltar
    return head


# a shared name's currency where the page names none of its countries, or several: "CFA francs" the West African
# franc (the more widely quoted), a bare franc the Swiss one, a shilling the Kenyan one, the kwacha Zambia's,
# krónur Iceland's, lei Romania's, a som Kyrgyzstan's
_SHARED_DEFAULTS = {"CFA": "XOF", "FRANC": "CHF", "SHILLING": "KES", "KWACHA": "ZMW", "KRONUR": "ISK", "LEU": "RON",
                    "SOM": "KGS"}


def resolve_shared_currencies(quantities: list, text: str) -> None:
    """Amounts in a currency name several countries share ("240 million dinars", "250 dirhams", "3.1 million marks")
    are in the currency of the one such country the page names; other amounts are left as they are."""
    for q in quantities:
        head, sep, per = (q.unit or "").partition("/")
        shared = _shared_unit(head, q.text)
        code = shared_currency(shared, text) or _SHARED_DEFAULTS.get(shared)
        if code is None:
            continue
        q.unit, q.dimension = code + sep + per, "money" if not sep else q.dimension
        if not sep:
            q.normalized = {"value": q.value, "unit": q.unit}
        elif q.normalized and str(q.normalized.get("unit", "")).startswith(head):
            q.normalized = dict(q.normalized, unit=code + q.normalized["unit"][len(head):])
