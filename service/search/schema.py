"""The Whoosh schema shared by article, passage and fact documents.

Each document kind has its own text field (``passage_text``, ``fact_text``), so a text query only ever matches
documents of one kind and needs no kind filter, which Whoosh would pay for on every query.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import LowercaseFilter, RegexTokenizer, ShingleFilter, StemFilter, StopFilter
from whoosh.columns import FixedBytesColumn, NumericColumn, VarBytesColumn
from whoosh.fields import BOOLEAN, COLUMN, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.lang.porter import stem

# Bump whenever the schema or the way documents are written changes; a mismatch forces a rebuild.
SCHEMA_VERSION = 16

# Numbers keep their separators ("11,000" is one token, so a plain term query finds it) and dotted
# acronyms stay whole ("U.S." -> "u.s"), unlike Whoosh's default tokenizer.
TOKEN_PATTERN = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*", re.UNICODE)

# Whoosh's default stop list contains "us", which would make "US" (the country) unsearchable.
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it of on or that the this to was were will with".split()
)


def text_analyzer():
    """Tokenize, lowercase, drop stop words and stem (the same chain is used to highlight)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(cachesize=50000)
    )


STEM_CACHE = 50_000  # the same bound as the index analyser's StemFilter cache
WORD_TERMS_KEPT = 100_000  # distinct lowercased words whose term is remembered (at most ~15 MB)
stem_word = lru_cache(maxsize=STEM_CACHE)(stem)


class _WordTerms(dict):
    """Lowercased word -> the term ``text_analyzer()`` makes of it (its Porter stem), None for a stop word; each
    word analysed once, so that a text's terms are found by lookups in C loops (``map``)."""

    def __missing__(self, word: str) -> str | None:
        term = None if word in STOP_WORDS else stem_word(word)
        if len(self) < WORD_TERMS_KEPT:
            self[word] = term
        return term


WORD_TERMS = _WordTerms()


def analysed_terms(text: str) -> list[str]:
    """The terms ``text_analyzer()`` makes of ``text``, in order (their positions are their indexes: stop words
    are dropped and the rest renumbered), without building Whoosh token objects."""
    return [term for term in map(WORD_TERMS.__getitem__, map(str.lower, TOKEN_PATTERN.findall(text)))
            if term is not None]


def bigram_analyzer():
    """Adjacent word pairs of the analysed text ("north korean"), so a two-word phrase is one term lookup."""
    return text_analyzer() | ShingleFilter(size=2, sep=" ")


CLAIM_KEY_BYTES = 26  # documents.claim_sort_key: two 6-digit counts and the 14-character claim id


def build_schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        kind_code=COLUMN(NumericColumn("B", default=0)),  # KIND_CODES, for per-document kind checks
        article_id=ID(stored=True),
        source=ID(),  # normalised with normalize_key()
        # Dates and scores are range-filtered from per-document columns, not through Whoosh's range queries,
        # which expand to thousands of terms and cost hundreds of milliseconds per distinct range. Column-only
        # fields also index no terms, which keeps the build fast.
        published=COLUMN(NumericColumn("i", default=0)),  # YYYYMMDD, 0 when the article states no date
        passage_text=TEXT(analyzer=analyzer, phrase=True),
        passage_bigrams=TEXT(analyzer=bigram_analyzer(), phrase=False),
        fact_text=TEXT(analyzer=analyzer, phrase=True),
        entities=KEYWORD(commas=True, lowercase=True),
        speakers=KEYWORD(commas=True, lowercase=True),
        units=KEYWORD(commas=True, lowercase=True),
        # Quantities of a fact, and of a claim's facts (search/quantities.py): units as extracted and normalised,
        # dimensions, and each quantity's unit, dimension and normalised value packed in a column for range filters.
        q_units=KEYWORD(commas=True, lowercase=True),
        q_dimensions=KEYWORD(commas=True, lowercase=True),
        q_values=COLUMN(VarBytesColumn()),
        negated=BOOLEAN(),
        hedged=BOOLEAN(),
        has_quantity=BOOLEAN(),
        score=COLUMN(NumericColumn("f", default=0.0)),
        # Facet values of a fact (documents.pack_facets), read per matching document without decoding its payload.
        facet_values=COLUMN(VarBytesColumn()),
        # Claims (search/claims_index.py): a fact's link keys find the facts it may be similar to; a claim
        # component's parts (one per article) list its member facts and that article; a claim is filtered by
        # status, publishers and dates and listed in the order of its packed sort key.
        link_keys=KEYWORD(commas=True, lowercase=True),
        members=KEYWORD(commas=True),
        articles=KEYWORD(commas=True),
        component=ID(),
        claim_status=ID(),
        claim_sources=KEYWORD(commas=True, lowercase=True),
        claim_text=TEXT(analyzer=analyzer, phrase=True),
        last_published=COLUMN(NumericColumn("i", default=0)),
        # Fixed width: a reader finds a claim's key without reading an offset table over every document first.
        claim_key=COLUMN(FixedBytesColumn(CLAIM_KEY_BYTES)),
        fact_vector=COLUMN(VarBytesColumn()),  # the fact's unit embedding, float16 (search/vectors.py)
        content_hash=ID(stored=True),
        # "<article id> <raw hash>" for article documents, so syncing with the corpus reads no payloads.
        article_key=COLUMN(VarBytesColumn()),
        payload=STORED(),
        # A claim's listing form as JSON (documents.claim_document): a column, so that a page of claims never
        # decompresses their whole stored records.
        listing=COLUMN(VarBytesColumn()),
    )


# "pending_claims": a write's record of the articles whose claims are still to be brought up to date (writer.py).
KIND_CODES = {"article": 1, "passage": 2, "fact": 3, "claim": 4, "component": 5, "component_part": 6,
              "pending_claims": 7}


def day_number(iso_date: str | None) -> int:
    """"2024-11-18" -> 20241118; 0 for no date (sorts before every real date)."""
    return int(iso_date[:10].replace("-", "")) if iso_date else 0


LAST_DAY = 99999999  # day_number of an open upper bound


def day_bounds(published_from: str | None, published_to: str | None) -> tuple[int, int] | None:
    """Inclusive day-number range of an optional date filter; None when neither end is given."""
    if not (published_from or published_to):
        return None
    return (day_number(published_from) if published_from else 1,
            day_number(published_to) if published_to else LAST_DAY)


def normalize_key(value: str) -> str:
    """Lowercase and collapse whitespace so that keyword filters are case-insensitive."""
    return " ".join(value.split()).lower()
