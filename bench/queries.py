"""Deterministic query sets for the benchmark, drawn from the same pools as the generated corpus.

- ``realistic``: 1-3 terms, about 20% quoted phrases, a few OR / NOT / prefix* queries, some with source,
  published_from or entity filters.
- ``distinct``: at least 10,000 different queries, so no cache can serve a repeat.
- ``zipf``: a small pool of realistic queries repeated with Zipf-distributed popularity, like real traffic.
- ``filtered``: distinct queries that each carry a source, published_from or entity filter, and ``unfiltered``:
  the same queries in the same order without their filter, so that the two rates compare what a filter costs.
- ``facts``: ``about=<entity>`` and ``speaker=<name>`` queries for ``/v1/facts``.

A query is a dict of URL parameters; ``to_path`` turns it into a request path.
"""

from __future__ import annotations

import itertools
import random
import re
from urllib.parse import quote, urlencode

from .generate import COMMON_WORDS, DEFAULT_SEED, FIRST_DATE, DATE_SPAN_DAYS, Pools, generate_article

PASSAGE_SETS = ("realistic", "distinct", "zipf", "filtered", "unfiltered")
# Large enough that a benchmark run does not cycle through a set and hit the service's result cache by accident.
DEFAULT_SIZES = {"realistic": 20_000, "distinct": 50_000, "zipf": 20_000, "filtered": 10_000, "unfiltered": 10_000,
                 "facts": 5_000}
ZIPF_POOL = 1_000
# Phrases are cut from the first articles, which every corpus size contains, so they match at every scale.
PHRASE_SOURCE_ARTICLES = 200
# The service drops these at index time; a query made only of them is rejected, so they are never drawn alone.
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it of on or that the this to was were will with".split())
_WORD = re.compile(r"^[A-Za-z]+$")
_COMMON = frozenset(COMMON_WORDS)


class QueryMaker:
    """Draws query strings and filters from the corpus pools."""

    def __init__(self, seed: int = DEFAULT_SEED, pools: Pools | None = None):
        self.pools = pools or Pools(seed)
        self.seed = seed
        self.phrases, self.sentence_words = self._from_corpus_prefix()
        # Skip the function words at the top of the vocabulary: users rarely search for them.
        self.terms = self.pools.vocabulary[60:]
        self.terms_cum = list(itertools.accumulate(1.0 / rank for rank in range(1, len(self.terms) + 1)))

    def _from_corpus_prefix(self) -> tuple[list[str], list[list[str]]]:
        """Phrases and per-sentence word lists cut from the first articles of the corpus."""
        rng = random.Random(f"phrases:{self.seed}")
        phrases: list[str] = []
        sentence_words: list[list[str]] = []
        for position in range(PHRASE_SOURCE_ARTICLES):
            article = generate_article(self.pools, self.seed, position)
            for sentence in article.sentences:
                words = sentence.replace(",", " , ").replace(".", " . ").replace('"', ' " ').split()
                searchable = list(dict.fromkeys(w.lower() for w in words
                                                if _WORD.match(w) and w.lower() not in _COMMON))
                if len(searchable) >= 2:
                    sentence_words.append(searchable)
            for sentence in rng.sample(article.sentences, 3):
                words = sentence.replace(",", " , ").replace(".", " . ").split()
                length = rng.choice((2, 2, 3))
                starts = list(range(len(words) - length + 1))
                rng.shuffle(starts)
                for start in starts:
                    window = words[start:start + length]
                    if _usable_phrase(window):
                        phrases.append(" ".join(window).lower())
                        break
        return list(dict.fromkeys(phrases)), sentence_words

    def term(self, rng: random.Random) -> str:
        roll = rng.random()
        if roll < 0.35:
            return self.pools.topic(rng)
        if roll < 0.5:
            name = self.pools.place(rng) if rng.random() < 0.6 else self.pools.person(rng).last
            return name.split()[-1].lower()
        return rng.choices(self.terms, cum_weights=self.terms_cum)[0]

    def text(self, rng: random.Random) -> str:
        roll = rng.random()
        if roll < 0.2:
            if rng.random() < 0.8:
                phrase = rng.choice(self.phrases)
            else:
                phrase = self.pools.place(rng) if rng.random() < 0.5 else self.pools.person(rng).name
            extra = f" {self.term(rng)}" if rng.random() < 0.3 else ""
            return f"\"{phrase}\"{extra}"
        if roll < 0.25:
            return f"{self.term(rng)} OR {self.term(rng)}"
        if roll < 0.28:
            return f"{self.term(rng)} NOT {self.term(rng)}"
        if roll < 0.33:
            topic = self.pools.topic(rng)
            return f"{topic[:rng.randint(4, max(4, len(topic) - 1))]}*"
        count = rng.choices((1, 2, 3), weights=(35, 45, 20))[0]
        if count > 1 and rng.random() < 0.6:
            # Words a user remembers from one passage: they co-occur, unlike independently drawn terms.
            words = rng.choice(self.sentence_words)
            return " ".join(rng.sample(words, min(count, len(words))))
        return " ".join(self.term(rng) for _ in range(count))

    def filters(self, rng: random.Random) -> dict:
        roll = rng.random()
        if roll < 0.10:
            return {"source": self.pools.publisher(rng)}
        if roll < 0.18:
            day = FIRST_DATE.toordinal() + rng.randrange(DATE_SPAN_DAYS)
            return {"published_from": FIRST_DATE.fromordinal(day).isoformat()}
        if roll < 0.25:
            return {"entity": entity_name(self.pools.place(rng) if rng.random() < 0.7 else self.pools.org(rng))}
        return {}

    def realistic(self, rng: random.Random) -> dict:
        return {"q": self.text(rng), **self.filters(rng)}


def _usable_phrase(words: list[str]) -> bool:
    """Plain words that start and end with a searchable word and carry at least one uncommon one."""
    if not all(_WORD.match(w) for w in words):
        return False
    lowered = [w.lower() for w in words]
    return (lowered[0] not in STOP_WORDS and lowered[-1] not in STOP_WORDS
            and any(w not in _COMMON for w in lowered))


def entity_name(name: str) -> str:
    """Entity names as a user types them: without a leading article."""
    return name[4:] if name.startswith("the ") else name


def passage_queries(kind: str, n: int | None = None, seed: int = DEFAULT_SEED,
                    maker: QueryMaker | None = None) -> list[dict]:
    """Query parameter dicts for ``/v1/passages``; ``kind`` is one of PASSAGE_SETS."""
    n = n or DEFAULT_SIZES[kind]
    maker = maker or QueryMaker(seed)
    rng = random.Random(f"queries:{kind}:{seed}")
    if kind == "realistic":
        return [maker.realistic(rng) for _ in range(n)]
    if kind == "distinct":
        seen: dict[str, dict] = {}
        while len(seen) < n:
            query = maker.realistic(rng)
            seen.setdefault(urlencode(sorted(query.items())), query)
        return list(seen.values())
    if kind == "zipf":
        pool = passage_queries("distinct", ZIPF_POOL, seed, maker)
        cum = list(itertools.accumulate(1.0 / rank for rank in range(1, len(pool) + 1)))
        return rng.choices(pool, cum_weights=cum, k=n)
    if kind in ("filtered", "unfiltered"):
        rng = random.Random(f"queries:filtered:{seed}")
        seen = {}
        while len(seen) < n:
            query = maker.realistic(rng)
            if len(query) > 1:
                seen.setdefault(urlencode(sorted(query.items())), query)
        queries = list(seen.values())
        return queries if kind == "filtered" else [{"q": q["q"]} for q in queries]
    raise ValueError(f"unknown query set {kind!r}; expected one of {PASSAGE_SETS}")


def fact_queries(n: int | None = None, seed: int = DEFAULT_SEED, pools: Pools | None = None) -> list[dict]:
    """Half ``about=<entity>``, half ``speaker=<person>`` queries for ``/v1/facts``."""
    n = n or DEFAULT_SIZES["facts"]
    pools = pools or Pools(seed)
    rng = random.Random(f"queries:facts:{seed}")
    queries = []
    for _ in range(n):
        if rng.random() < 0.5:
            queries.append({"about": entity_name(pools.place(rng) if rng.random() < 0.6 else pools.org(rng))})
        else:
            queries.append({"speaker": pools.person(rng).name})
    return queries


def to_path(endpoint: str, params: dict, limit: int = 10) -> str:
    """'/v1/passages' + {'q': 'troops kursk'} -> '/v1/passages?q=troops%20kursk&limit=10'."""
    return f"{endpoint}?{urlencode({**params, 'limit': limit}, quote_via=quote)}"
