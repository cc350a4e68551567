"""Deterministic generator of news-like scraped pages for benchmarking.

Each article is a raw page: optional navigation lines, a headline, a byline ("By <Name>, <Publisher> | Nov. 18,
2024"), paragraphs of sentences, and trailing boilerplate (paywall prompts, related-headline lists, donation
appeals) so that cleaning is exercised too. Some articles get a ``<id>.json`` sidecar with the metadata.

Running text is drawn from a Zipf-distributed vocabulary of about 20,000 words (real function words at the top,
news topic terms in the middle ranks, invented words in the tail) mixed with per-article topic terms and a pool of
people, organisations and places, so posting-list lengths resemble real news.

Every article is generated from its own seed derived from the corpus seed and its position, so a smaller corpus
is always a prefix of a larger one with the same seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

GENERATOR_VERSION = 1
DEFAULT_SEED = 1729
VOCABULARY_SIZE = 20_000
ZIPF_EXPONENT = 1.07
MEAN_SENTENCES = 20
STAMP_SUFFIX = ".stamp.json"  # kept beside the corpus directory, so the corpus holds only articles

# The most frequent English words, in rough frequency order: they take the top Zipf ranks.
COMMON_WORDS = """
the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you
were her she there been one all we their has would when if so no will more what up out who about them some could
other into its than then two time only these may first new over also after two year years said people last week
before while most made between under three while since against during because any many those back until where
state government officials military forces told early well later still now such just even much both each own
""".split()

# News vocabulary placed in the middle ranks and used as per-article topics.
TOPIC_TERMS = """
missile missiles troops ceasefire sanctions election offensive drone drones border strike strikes negotiations aid
weapons artillery casualties refugees inflation budget parliament minister ministry embassy treaty alliance
deployment escalation frontline airfield airfields brigade battalion convoy shelling evacuation humanitarian
reconstruction pipeline tariffs exports imports economy currency recession vaccine outbreak hospital earthquake
flooding wildfire drought harvest grain fuel energy blackout satellite cyberattack hackers protest protesters
opposition referendum coalition summit delegation envoy diplomat diplomats talks agreement accord resolution veto
tribunal investigation prosecutors court verdict corruption bribery smuggling militia insurgents rebels soldiers
commander navy warship submarine fighter jets radar launcher rocket rockets warhead ammunition shells mines trenches
counteroffensive incursion occupation territory region province capital villages infrastructure bridge railway port
shipping tanker oil gas nuclear reactor uranium inspectors intelligence surveillance spokesperson statement briefing
lawmakers senate congress governor mayor police arrests detained hostages prisoners exchange funding package loan
debt bonds markets stocks investors unemployment wages union workers factory production supply shortages prices
customs visa migrants asylum coastguard storm typhoon airstrike airstrikes bombardment blockade sovereignty annexation
mobilization conscription recruits reservists logistics reinforcements withdrawal stalemate
""".split()

PLACES = """
Ukraine Russia Poland Germany France Britain Italy Spain Turkey Iran Iraq Syria Israel Lebanon Jordan Egypt Libya
Sudan Ethiopia Kenya Nigeria Ghana Mali Niger Chad Somalia Yemen Oman Qatar Bahrain Kuwait India Pakistan
Afghanistan Bangladesh China Japan Taiwan Vietnam Thailand Myanmar Indonesia Malaysia Philippines Australia Canada
Mexico Brazil Argentina Chile Peru Colombia Venezuela Cuba Haiti Moldova Romania Hungary Serbia Georgia Armenia
Azerbaijan Kazakhstan Belarus Finland Sweden Norway Denmark Estonia Latvia Lithuania Greece Cyprus Austria Belgium
Netherlands Portugal Ireland Switzerland Kursk Donetsk Kharkiv Odesa Crimea Gaza Beirut Damascus Baghdad Tehran
Kabul Islamabad Delhi Beijing Tokyo Seoul Manila Jakarta Nairobi Lagos Cairo Tripoli Khartoum Berlin Paris London
Rome Madrid Warsaw Vienna Brussels Geneva Ankara Athens Bucharest Budapest Minsk Riga Vilnius Tallinn Helsinki Oslo
Stockholm Copenhagen Ottawa Caracas Havana Lima Santiago Brasilia
""".split() + [
    "North Korea", "South Korea", "United States", "Saudi Arabia", "South Africa", "New Zealand", "Sri Lanka",
    "West Bank", "Black Sea", "Red Sea", "Baltic Sea", "South China Sea", "New York", "Los Angeles",
]

REAL_ORGS = [
    "NATO", "the United Nations", "the European Union", "the World Bank", "the International Monetary Fund",
    "the Red Cross", "the Pentagon", "the State Department", "the Kremlin", "the White House", "the African Union",
    "the World Health Organization", "the International Atomic Energy Agency", "Amnesty International",
    "Human Rights Watch", "the Defense Ministry", "the Foreign Ministry", "the Interior Ministry",
    "the Central Bank", "the Supreme Court", "the Electoral Commission", "the Coast Guard",
]
ORG_HEADS = """Meridian Harbor Northfield Crestline Ironwood Bluewater Stonebridge Silverline Eastgate Redmont
Westbrook Pinecrest Greystone Oakridge Lakeside Summit Granite Clearwater Highmoor Riverton""".split()
ORG_TAILS = ["Institute", "Group", "Holdings", "Foundation", "Council", "Alliance", "Energy", "Logistics",
             "Security", "Research Center", "Defense Systems", "Analytics", "Partners", "Agency"]

FIRST_NAMES = """Anna Maria Elena Sofia Olga Irina Laura Sarah Emma Julia Nadia Leila Amira Fatima Chen Mei Yuki
Hana Priya Ana Clara Ingrid Maja Petra David Daniel Michael James John Robert Peter Paul Mark Thomas Andrew Viktor
Oleksandr Dmitri Sergei Pavel Ivan Marek Tomas Ahmed Omar Karim Hassan Rafael Carlos Diego Luis Jorge Kenji Hiroshi
Wei Arjun Rahul Samuel Joseph Lukas Felix Henrik Jonas""".split()
LAST_NAMES = """Kowalski Novak Horvat Petrenko Shevchenko Ivanova Kuznetsov Markovic Lindqvist Andersen Johansson
Moreau Dubois Lambert Rossi Bianchi Romano Garcia Martinez Lopez Fernandez Silva Santos Oliveira Costa Mendes
Schneider Fischer Weber Becker Hoffmann Keller Brennan Gallagher Murphy Walsh Carter Mitchell Turner Parker Collins
Harris Bennett Hughes Reynolds Foster Hayes Sullivan Tanaka Yamamoto Sato Nakamura Kim Park Lee Choi Wang Zhang Liu
Chen Nguyen Tran Patel Sharma Gupta Singh Khan Rahman Haddad Nasser Aziz Mansour Okafor Mensah Abebe Mwangi
Diallo""".split()
ROLES = [
    "spokesperson", "deputy spokesperson", "defense minister", "foreign minister", "press secretary",
    "deputy press secretary", "senior analyst", "chief executive", "commander", "ambassador", "governor",
    "prime minister", "president", "director", "economist", "researcher", "envoy", "general",
]

PUBLISHER_HEADS = ["Harbor", "Northern", "Capital", "Meridian", "Coastal", "Global", "Metro", "Continental",
                   "Frontier", "Evening", "Morning", "Union", "Pacific", "Atlantic", "Highland", "Valley"]
PUBLISHER_TAILS = ["Times", "Post", "Ledger", "Herald", "Wire", "Tribune", "Gazette", "Courier", "Chronicle",
                   "Observer", "Monitor", "Dispatch"]
AGENCIES = ["AP", "Reuters", "AFP", "EPA", "Getty Images"]

MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
FIRST_DATE = date(2023, 1, 1)
DATE_SPAN_DAYS = 730

# Lines a scraper picks up around the article; the cleaner is expected to drop them.
TOP_BOILERPLATE = ["Get all your news in one place.", "Top News", "Skip to main content", "Advertisement",
                   "3 MIN READ", "Menu", "Subscribe", "Quick access to main page"]
PAYWALL_BLOCK = ["Sign up to read this article", "Read news from 100's of titles, curated specifically for you.",
                 "Already a member? Sign in here"]
RELATED_HEADINGS = ["Related Stories", "Latest Stories", "Our Picks", "Popular Now", "Explore"]
SHARE_LINES = ["Share this article", "Comments0", "Download the app", "Follow us"]

HEADLINE_VERBS = ["Approves", "Rejects", "Expands", "Halts", "Warns Of", "Confirms", "Weighs", "Launches",
                  "Delays", "Backs", "Condemns", "Boosts"]
HEADLINE_LINKS = ["As", "Amid", "After", "Despite", "While"]
VERBS = ["deployed", "moved", "sent", "withdrew", "pledged", "announced", "approved", "reported", "confirmed",
         "estimated", "delivered", "launched", "blocked", "expanded"]
SPEECH_CUES = ["said", "said", "said", "told reporters", "stated", "noted", "added", "wrote", "warned", "explained"]
PERSON_NOUNS = ["troops", "soldiers", "people", "civilians", "workers", "refugees", "officials", "migrants"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str
    org: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class GeneratedArticle:
    article_id: str
    raw: str
    sidecar: dict | None
    title: str
    source: str
    published: str  # ISO date
    sentences: list[str] = field(default_factory=list)


def parse_scale(text: str) -> int:
    """'10k' -> 10000, '1M' -> 1000000, '2500' -> 2500."""
    text = text.strip()
    multiplier = {"k": 1_000, "K": 1_000, "m": 1_000_000, "M": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if multiplier != 1 else text
    value = int(float(number) * multiplier)
    if value <= 0:
        raise ValueError(f"scale must be positive: {text!r}")
    return value


def _invented_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr",
              "dr", "fr", "gr", "pr", "tr", "st", "sp", "sk", "sl", "pl", "bl", "cl", "gl", "fl", "sh", "ch", "th"]
    vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io"]
    codas = ["", "", "", "n", "r", "l", "s", "t", "m", "nd", "rt", "st", "ck", "ng"]
    words: list[str] = []
    seen = set(taken)
    while len(words) < count:
        syllables = rng.choice((1, 2, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)) + rng.choice(codas)
        if len(word) >= 3 and word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _cumulative_zipf(size: int, exponent: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank ** exponent) for rank in range(1, size + 1)))


class Pools:
    """Vocabulary and named-entity pools shared by the corpus and the query sets (same seed, same pools)."""

    def __init__(self, seed: int = DEFAULT_SEED, vocabulary_size: int = VOCABULARY_SIZE):
        rng = random.Random(f"pools:{seed}")
        common = list(dict.fromkeys(COMMON_WORDS))
        topics = list(dict.fromkeys(TOPIC_TERMS))
        invented = _invented_words(rng, vocabulary_size - len(common) - len(topics), set(common) | set(topics))
        # Topic terms are spread over ranks ~100..2000 so that some are frequent and some are rare.
        vocabulary = common + invented
        for i, term in enumerate(topics):
            vocabulary.insert(len(common) + 5 + i * 10, term)
        self.vocabulary = vocabulary[:vocabulary_size]
        self.topics = topics
        self.vocabulary_cum = _cumulative_zipf(len(self.vocabulary), ZIPF_EXPONENT)

        self.places = list(PLACES)
        rng.shuffle(self.places)
        synthetic_orgs = [f"{h} {t}" for h in ORG_HEADS for t in ORG_TAILS]
        rng.shuffle(synthetic_orgs)
        self.orgs = list(REAL_ORGS) + synthetic_orgs[:120]
        rng.shuffle(self.orgs)
        names = [(f, last) for f in FIRST_NAMES for last in LAST_NAMES]
        rng.shuffle(names)
        self.people = [Person(f, last, rng.choice(ROLES), rng.choice(self.orgs)) for f, last in names[:800]]
        self.authors = [f"{f} {last}" for f, last in names[800:1000]]
        publishers = [f"The {h} {t}" if rng.random() < 0.5 else f"{h} {t}"
                      for h in PUBLISHER_HEADS for t in PUBLISHER_TAILS]
        rng.shuffle(publishers)
        self.publishers = publishers[:30]
        self.places_cum = _cumulative_zipf(len(self.places), 0.9)
        self.orgs_cum = _cumulative_zipf(len(self.orgs), 0.9)
        self.people_cum = _cumulative_zipf(len(self.people), 0.8)
        self.publishers_cum = _cumulative_zipf(len(self.publishers), 0.8)
        self.topics_cum = _cumulative_zipf(len(self.topics), 0.7)

    def words(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.vocabulary, cum_weights=self.vocabulary_cum, k=k)

    def place(self, rng: random.Random) -> str:
        return rng.choices(self.places, cum_weights=self.places_cum)[0]

    def org(self, rng: random.Random) -> str:
        return rng.choices(self.orgs, cum_weights=self.orgs_cum)[0]

    def person(self, rng: random.Random) -> Person:
        return rng.choices(self.people, cum_weights=self.people_cum)[0]

    def publisher(self, rng: random.Random) -> str:
        return rng.choices(self.publishers, cum_weights=self.publishers_cum)[0]

    def topic(self, rng: random.Random) -> str:
        return rng.choices(self.topics, cum_weights=self.topics_cum)[0]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _org_as_subject(org: str) -> str:
    return _cap(org)


def _format_date(day: date, rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"{MONTHS_AP[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS_FULL[day.month - 1]} {day.day}, {day.year}"


class _ArticleWriter:
    """Builds one article; holds the article's topics and cast so that they recur like in real reporting."""

    def __init__(self, pools: Pools, rng: random.Random):
        self.pools = pools
        self.rng = rng
        self.topics = [pools.topic(rng) for _ in range(rng.randint(3, 6))]
        self.places = [pools.place(rng) for _ in range(rng.randint(2, 4))]
        self.orgs = [pools.org(rng) for _ in range(rng.randint(2, 3))]
        self.cast = [pools.person(rng) for _ in range(rng.randint(2, 5))]
        self.introduced: set[str] = set()

    # Building blocks -------------------------------------------------------------------------------------------

    def topic(self) -> str:
        return self.rng.choice(self.topics) if self.rng.random() < 0.8 else self.pools.topic(self.rng)

    def place(self) -> str:
        return self.rng.choice(self.places) if self.rng.random() < 0.75 else self.pools.place(self.rng)

    def org(self) -> str:
        return self.rng.choice(self.orgs) if self.rng.random() < 0.75 else self.pools.org(self.rng)

    def clause(self, low: int = 6, high: int = 14) -> str:
        rng = self.rng
        words = self.pools.words(rng, rng.randint(low, high))
        words.insert(rng.randint(0, len(words)), self.topic())
        if rng.random() < 0.5:
            words.insert(rng.randint(1, len(words)), ("in " if rng.random() < 0.6 else "near ") + self.place())
        if rng.random() < 0.2:
            words.insert(rng.randint(1, len(words)), "by " + self.org())
        return " ".join(words)

    def speaker(self) -> str:
        """A person: full name with role on first mention, surname afterwards."""
        person = self.rng.choice(self.cast)
        if person.name in self.introduced:
            return person.last
        self.introduced.add(person.name)
        if self.rng.random() < 0.5:
            return f"{person.role.title()} {person.name}"
        return f"{person.name}, {person.role} at {person.org},"

    def number(self, low: int, high: int) -> str:
        value = self.rng.randint(low, high)
        if value >= 1000:
            value = round(value, -2)
        return f"{value:,}"

    # Sentence kinds --------------------------------------------------------------------------------------------

    def plain(self) -> str:
        return _cap(self.clause(8, 18)) + "."

    def said_tail(self) -> str:
        speaker = self.speaker().rstrip(",")
        return f"{_cap(self.clause())}, {speaker} {self.rng.choice(SPEECH_CUES)}."

    def said_head(self) -> str:
        speaker = self.speaker()
        joiner = " that " if self.rng.random() < 0.5 else " "
        return f"{speaker} {self.rng.choice(SPEECH_CUES)}{joiner}{self.clause()}."

    def according(self) -> str:
        who = self.org() if self.rng.random() < 0.6 else self.speaker().rstrip(",")
        return f"According to {who}, {self.quantity_clause()}."

    def quote(self) -> str:
        speaker = self.speaker().rstrip(",")
        if self.rng.random() < 0.5:
            return f"\"{_cap(self.clause())},\" {speaker} said."
        return f"\"{_cap(self.clause())}. {_cap(self.clause(4, 9))},\" said {speaker}."

    def quantity_clause(self) -> str:
        rng = self.rng
        kind = rng.randrange(6)
        if kind == 0:
            qualifier = rng.choice(["about ", "more than ", "over ", "nearly ", "", "an estimated "])
            return (f"{qualifier}{self.number(200, 60000)} {rng.choice(PERSON_NOUNS)} from {self.place()} "
                    f"have been {rng.choice(VERBS)} to the {self.place()} {self.topic()}")
        if kind == 1:
            miles = rng.randint(20, 1500)
            return (f"the {self.topic()} has a range of up to {miles} miles ({round(miles * 1.609344):,} km) "
                    f"{' '.join(self.pools.words(rng, 3))}")
        if kind == 2:
            return (f"{rng.choice(['casualties', 'strikes', 'arrivals', 'attacks'])} averaged about "
                    f"{self.number(20, 3000)} per day in {self.place()}")
        if kind == 3:
            amount = rng.choice([f"${rng.randint(2, 900)} million", f"${rng.randint(1, 90) / 2:g} billion",
                                 f"${self.number(500, 90000)}"])
            return (f"{self.place()} {rng.choice(VERBS)} {amount} in {self.topic()} aid over "
                    f"{rng.randint(2, 36)} months")
        if kind == 4:
            return (f"{rng.choice(['two', 'three', 'four', 'several', 'a dozen'])} {self.topic()} sites within "
                    f"{rng.randint(5, 400)} kilometres of {self.place()} were {rng.choice(VERBS)}")
        return f"{self.clause(4, 8)} rose {rng.randint(2, 80)}% in {rng.randint(2, 12)} weeks"

    def quantity(self) -> str:
        clause = self.quantity_clause()
        if self.rng.random() < 0.4:
            return f"{_cap(clause)}, {self.speaker().rstrip(',')} said."
        return _cap(clause) + "."

    def negated(self) -> str:
        rng = self.rng
        kind = rng.randrange(5)
        if kind == 0:
            return f"{_org_as_subject(self.org())} did not confirm that {self.clause()}."
        if kind == 1:
            return f"There is no evidence that {self.clause()}, {self.speaker().rstrip(',')} said."
        if kind == 2:
            return f"{self.speaker().rstrip(',')} denied that {self.clause()}."
        if kind == 3:
            return f"{_org_as_subject(self.org())} declined to comment on the {self.topic()}."
        return f"Officials do not expect the {self.topic()} to {self.clause(4, 10)}."

    def hedged(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"The {self.topic()} could {self.clause(5, 12)}."
        return f"{self.place()} is likely to {self.clause(5, 12)}, {rng.choice(['analysts', 'officials'])} said."

    def sentence(self) -> str:
        kinds = (self.plain, self.said_tail, self.said_head, self.according, self.quote, self.quantity,
                 self.negated, self.hedged)
        return self.rng.choices(kinds, weights=(35, 12, 8, 7, 8, 15, 8, 7))[0]()

    def headline(self) -> str:
        rng = self.rng
        words = [self.place(), rng.choice(HEADLINE_VERBS), self.topic().title(), self.pools.words(rng, 1)[0].title(),
                 rng.choice(HEADLINE_LINKS), _cap(self.org()), rng.choice(VERBS).title(), self.topic().title()]
        return " ".join(words)


def generate_article(pools: Pools, seed: int, position: int) -> GeneratedArticle:
    """The article at ``position`` of the corpus with ``seed``; depends on nothing else."""
    rng = random.Random(f"article:{seed}:{position}")
    writer = _ArticleWriter(pools, rng)
    article_id = f"{position:07d}_{rng.getrandbits(48):012x}"
    title = writer.headline()
    source = pools.publisher(rng)
    author = rng.choice(pools.authors)
    day = FIRST_DATE + timedelta(days=rng.randrange(DATE_SPAN_DAYS))
    when = _format_date(day, rng)

    lines: list[str] = []
    lines.extend(rng.sample(TOP_BOILERPLATE, rng.randint(0, 3)))
    if lines:
        lines.append("")
    lines += [title, ""]
    if rng.random() < 0.8:
        lines.append(f"By {author}, {source} | {when}")
    else:
        lines.append(f"{when} | By {author}, {source}")
    lines.append("")
    if rng.random() < 0.2:
        lines += [f"{_cap(writer.clause(5, 9))} on {when}. / {rng.choice(AGENCIES)}", ""]

    sentences = [writer.sentence() for _ in range(max(4, round(rng.gauss(MEAN_SENTENCES, 3))))]
    position_in_body = 0
    while position_in_body < len(sentences):
        size = rng.randint(1, 4)
        lines.append(" ".join(sentences[position_in_body:position_in_body + size]))
        lines.append("")
        position_in_body += size

    if rng.random() < 0.3:
        lines += [rng.choice(SHARE_LINES), ""]
    if rng.random() < 0.6:
        lines += PAYWALL_BLOCK + [""]
    if rng.random() < 0.1:
        lines += [f"A Message from {source}:", "", "Dear readers,", "",
                  "Independent journalism needs your support. Please support us monthly starting from just $2.", ""]
    if rng.random() < 0.6:
        lines.append(rng.choice(RELATED_HEADINGS))
        lines += [writer.headline() for _ in range(rng.randint(3, 6))]
    raw = "\n".join(lines).rstrip() + "\n"

    sidecar = None
    if rng.random() < 0.3:
        slug = "-".join(title.lower().split()[:6])
        sidecar = {"title": title, "source": source, "published": day.isoformat(),
                   "url": f"https://{source.lower().replace('the ', '').replace(' ', '')}.example/{slug}"}
    return GeneratedArticle(article_id, raw, sidecar, title, source, day.isoformat(), sentences)


def iter_articles(passages: int, seed: int = DEFAULT_SEED, pools: Pools | None = None):
    """Articles until their body sentences add up to at least ``passages``."""
    pools = pools or Pools(seed)
    total = 0
    for position in itertools.count():
        if total >= passages:
            return
        article = generate_article(pools, seed, position)
        total += len(article.sentences)
        yield article


def iter_passages(passages: int, seed: int = DEFAULT_SEED):
    """Exactly ``passages`` sentence records {id, article_id, position, text, title, source, published}."""
    emitted = 0
    for article in iter_articles(passages, seed):
        for position, sentence in enumerate(article.sentences):
            if emitted >= passages:
                return
            yield {"id": f"{article.article_id}:{position}", "article_id": article.article_id,
                   "position": position, "text": sentence, "title": article.title, "source": article.source,
                   "published": article.published}
            emitted += 1


def corpus_stamp(passages: int, seed: int) -> dict:
    return {"generator_version": GENERATOR_VERSION, "seed": seed, "passages": passages}


def stamp_path(out_dir: Path) -> Path:
    return out_dir.with_name(out_dir.name + STAMP_SUFFIX)


def read_stamp(out_dir: Path) -> dict | None:
    try:
        return json.loads(stamp_path(out_dir).read_text())
    except (OSError, ValueError):
        return None


def write_corpus(out_dir: str | Path, passages: int, seed: int = DEFAULT_SEED, *, force: bool = False,
                 progress: bool = False) -> dict:
    """Write the corpus as ``<id>.txt`` (+ ``<id>.json``) files; reuse an existing identical one.

    Returns the stamp: generator version, seed, passages asked for, articles, sentences and bytes written.
    """
    out_dir = Path(out_dir)
    wanted = corpus_stamp(passages, seed)
    existing = read_stamp(out_dir)
    if not force and existing and out_dir.is_dir() and all(existing.get(k) == v for k, v in wanted.items()):
        return existing
    stamp_path(out_dir).unlink(missing_ok=True)
    staging = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    articles = sentences = size = 0
    for article in iter_articles(passages, seed):
        body = article.raw.encode("utf-8")
        (staging / f"{article.article_id}.txt").write_bytes(body)
        size += len(body)
        if article.sidecar is not None:
            sidecar = json.dumps(article.sidecar, ensure_ascii=False).encode("utf-8")
            (staging / f"{article.article_id}.json").write_bytes(sidecar)
            size += len(sidecar)
        articles += 1
        sentences += len(article.sentences)
        if progress and articles % 1000 == 0:
            print(f"\r  generated {sentences:,} sentences", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    stamp = dict(wanted, articles=articles, sentences=sentences, bytes=size)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.replace(staging, out_dir)
    stamp_path(out_dir).write_text(json.dumps(stamp, indent=2))
    return stamp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default="10k", help="sentences to generate: 10k, 100k, 1M, ...")
    parser.add_argument("--out", required=True, help="output directory (replaced)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even if an identical corpus exists")
    args = parser.parse_args(argv)
    stamp = write_corpus(args.out, parse_scale(args.passages), args.seed, force=args.force,
                         progress=sys.stderr.isatty())
    print(json.dumps(stamp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
