"""Per-genre quality of cleaning and fact extraction on the multi-genre set (tests/eval/genres_labels.yaml).

Targets for every genre: fact recall >= 0.90, fact precision >= 0.85, speaker accuracy >= 0.85, quantity
value+unit (precision and recall) >= 0.95, title and date accuracy >= 0.90, no labelled chrome string in
any passage. Floors still below their target carry a "target X" comment: raise them as the extractor
improves; never lower one to get green.

The held-out genre set (tests/eval/holdout_genres_labels.yaml) has the same targets and one set of floors
for all of its pages (two dozen pages are still too few for per-genre floors). Nobody tunes the extractor
against it: read its scores, never its disagreements, when changing a rule. When new pages join it, a floor
the larger set measures below restarts at that value, marked "N pages since <date>".

The second and third fresh held-out sets (tests/eval/holdout_fresh2_labels.yaml and holdout_fresh3_labels.yaml, two
pages per genre each) have no floors yet: the tests below only check that each covers every genre and shares no page,
title or labelled sentence with any other set.
"""

import functools
import json
from pathlib import Path

import pytest
import yaml

from tests.eval import load_evaluate

from service.pipeline.models import Attribution, Fact, Quantity

FLOORS = {
    "briefing": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "statement": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "speech": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "readout": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "centralbank": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "statistics": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "agency": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "news": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "wire": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
    "chrome": {
        "fact_recall": 0.90,
        "fact_precision": 0.85,
        "speaker": 0.85,
        "quantity": 0.95,
        "title": 0.90,
        "date": 0.90,
        "boilerplate_leaks": 0,
    },
}

HOLDOUT_FLOORS = {
    "fact_recall": 0.90,
    "fact_precision": 0.85,
    "speaker": 0.85,
    "quantity": 0.91,  # target 0.95; measured 0.92 after the quantities round (issue 9), 2026-12-03
    "title": 0.90,
    "date": 0.90,
    "boilerplate_leaks": 6,  # target 0; 24 pages since 2026-12-01
}
# The sets scored as one table each, with one set of floors for all their pages (too few pages for per-genre
# floors). Both layout dev sets are at target: tests/eval/release_layouts_labels.yaml (releases naming their issuer
# only in the masthead, a footer, the sidecar or by acronym) and tests/eval/layouts_labels.yaml (briefing, interview
# and wire turn layouts).
AT_TARGET = {
    "fact_recall": 0.90,
    "fact_precision": 0.85,
    "speaker": 0.85,
    "quantity": 0.95,
    "title": 0.90,
    "date": 0.90,
    "boilerplate_leaks": 0,
}
RELEASE_LAYOUT_FLOORS = AT_TARGET
LAYOUT_FLOORS = AT_TARGET
# the several-speaker and quantity dev sets (tests/eval/speakers_labels.yaml, quantity_pages_labels.yaml)
SPEAKER_PAGE_FLOORS = dict(AT_TARGET, quantity=0.90)  # target 0.95; measured 0.93 on 19 pages since 2026-12-03
QUANTITY_PAGE_FLOORS = AT_TARGET
# the naive pages (tests/eval/naive_pages_labels.yaml), written by writers who never saw the extractor
NAIVE_PAGE_FLOORS = dict(AT_TARGET, boilerplate_leaks=1)  # target 0; one acknowledgement line since 2026-12-03
NAIVE_PAGE2_FLOORS = AT_TARGET  # the second round (tests/eval/naive_pages2_labels.yaml)
TARGETS = {"fact_recall": 0.90, "fact_precision": 0.85, "speaker": 0.85, "quantity": 0.95, "title": 0.90,
           "date": 0.90}
HOLDOUT_MIN_ARTICLES = {
    "briefing": 4, "statement": 2, "speech": 3, "readout": 2, "centralbank": 2,
    "statistics": 2, "agency": 3, "news": 2, "wire": 2, "chrome": 2,
}

FRESH2_MIN_ARTICLES = {
    "briefing": 2, "statement": 2, "speech": 2, "readout": 2, "centralbank": 2,
    "statistics": 2, "agency": 2, "news": 2, "wire": 2, "chrome": 2,
}
FRESH3_MIN_ARTICLES = FRESH2_MIN_ARTICLES

evaluation = load_evaluate()

# Held-out sets whose coverage and separation from the dev pages are checked: name -> (labels, minimum articles per
# genre, minimum labelled facts).
HELD_OUT_SETS = {
    "held-out": (evaluation.HOLDOUT_GENRE_LABELS, HOLDOUT_MIN_ARTICLES, 200),
    "fresh held-out 2": (evaluation.FRESH2_GENRE_LABELS, FRESH2_MIN_ARTICLES, 150),
    "fresh held-out 3": (evaluation.FRESH3_GENRE_LABELS, FRESH3_MIN_ARTICLES, 150),
    "fresh held-out 4": (evaluation.FRESH4_GENRE_LABELS, FRESH2_MIN_ARTICLES, 120),
    "fresh held-out 5": (evaluation.FRESH5_GENRE_LABELS, FRESH2_MIN_ARTICLES, 120),
    "fresh held-out 6": (evaluation.FRESH6_GENRE_LABELS, FRESH2_MIN_ARTICLES, 150),
    "fresh held-out 7": (evaluation.FRESH7_GENRE_LABELS, FRESH2_MIN_ARTICLES, 140),
    "fresh held-out 8": (evaluation.FRESH8_GENRE_LABELS, FRESH2_MIN_ARTICLES, 160),
    "fresh held-out 9": (evaluation.FRESH9_GENRE_LABELS, FRESH2_MIN_ARTICLES, 170),
    "fresh held-out 10": (evaluation.FRESH10_GENRE_LABELS, FRESH2_MIN_ARTICLES, 250),
    "fresh held-out 11": (evaluation.FRESH11_GENRE_LABELS, FRESH2_MIN_ARTICLES, 280),
    "fresh held-out 12": (evaluation.FRESH12_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 13": (evaluation.FRESH13_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 14": (evaluation.FRESH14_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 15": (evaluation.FRESH15_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 16": (evaluation.FRESH16_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 17": (evaluation.FRESH17_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 18": (evaluation.FRESH18_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 19": (evaluation.FRESH19_GENRE_LABELS, FRESH2_MIN_ARTICLES, 480),
    "fresh held-out 20": (evaluation.FRESH20_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 21": (evaluation.FRESH21_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 22": (evaluation.FRESH22_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 23": (evaluation.FRESH23_GENRE_LABELS, FRESH2_MIN_ARTICLES, 550),
    "fresh held-out 24": (evaluation.FRESH24_GENRE_LABELS, FRESH2_MIN_ARTICLES, 530),
    "fresh held-out 25": (evaluation.FRESH25_GENRE_LABELS, FRESH2_MIN_ARTICLES, 540),
    "fresh held-out 26": (evaluation.FRESH26_GENRE_LABELS, FRESH2_MIN_ARTICLES, 550),
    "fresh held-out 27": (evaluation.FRESH27_GENRE_LABELS, FRESH2_MIN_ARTICLES, 500),
    "fresh held-out 28": (evaluation.FRESH28_GENRE_LABELS, FRESH2_MIN_ARTICLES, 490),
    "fresh held-out 29": (evaluation.FRESH29_GENRE_LABELS, FRESH2_MIN_ARTICLES, 520),
    "fresh held-out 30": (evaluation.FRESH30_GENRE_LABELS, FRESH2_MIN_ARTICLES, 550),
    "fresh held-out 31": (evaluation.FRESH31_GENRE_LABELS, FRESH2_MIN_ARTICLES, 480),
    "fresh held-out 32": (evaluation.FRESH32_GENRE_LABELS, FRESH2_MIN_ARTICLES, 550),
    "fresh held-out 33": (evaluation.FRESH33_GENRE_LABELS, FRESH2_MIN_ARTICLES, 530),
    "fresh held-out 34": (evaluation.FRESH34_GENRE_LABELS, FRESH2_MIN_ARTICLES, 520),
    "fresh held-out 35": (evaluation.FRESH35_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 36": (evaluation.FRESH36_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 37": (evaluation.FRESH37_GENRE_LABELS, FRESH2_MIN_ARTICLES, 470),
    "fresh held-out 38": (evaluation.FRESH38_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 39": (evaluation.FRESH39_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 40": (evaluation.FRESH40_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 41": (evaluation.FRESH41_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 42": (evaluation.FRESH42_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 43": (evaluation.FRESH43_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 44": (evaluation.FRESH44_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 45": (evaluation.FRESH45_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 46": (evaluation.FRESH46_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 47": (evaluation.FRESH47_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 48": (evaluation.FRESH48_GENRE_LABELS, FRESH2_MIN_ARTICLES, 450),
    "fresh held-out 49": (evaluation.FRESH49_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 50": (evaluation.FRESH50_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 51": (evaluation.FRESH51_GENRE_LABELS, FRESH2_MIN_ARTICLES, 430),
    "fresh held-out 52": (evaluation.FRESH52_GENRE_LABELS, FRESH2_MIN_ARTICLES, 430),
    "fresh held-out 53": (evaluation.FRESH53_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 54": (evaluation.FRESH54_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 55": (evaluation.FRESH55_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 56": (evaluation.FRESH56_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
    "fresh held-out 57": (evaluation.FRESH57_GENRE_LABELS, FRESH2_MIN_ARTICLES, 420),
}
# The fresh held-out sets that must share nothing with any other genre set.
FRESH_SETS = {
    "fresh held-out 2": evaluation.FRESH2_GENRE_LABELS,
    "fresh held-out 3": evaluation.FRESH3_GENRE_LABELS,
    "fresh held-out 4": evaluation.FRESH4_GENRE_LABELS,
    "fresh held-out 5": evaluation.FRESH5_GENRE_LABELS,
    "fresh held-out 6": evaluation.FRESH6_GENRE_LABELS,
    "fresh held-out 7": evaluation.FRESH7_GENRE_LABELS,
    "fresh held-out 8": evaluation.FRESH8_GENRE_LABELS,
    "fresh held-out 9": evaluation.FRESH9_GENRE_LABELS,
    "fresh held-out 10": evaluation.FRESH10_GENRE_LABELS,
    "fresh held-out 11": evaluation.FRESH11_GENRE_LABELS,
    "fresh held-out 12": evaluation.FRESH12_GENRE_LABELS,
    "fresh held-out 13": evaluation.FRESH13_GENRE_LABELS,
    "fresh held-out 14": evaluation.FRESH14_GENRE_LABELS,
    "fresh held-out 15": evaluation.FRESH15_GENRE_LABELS,
    "fresh held-out 16": evaluation.FRESH16_GENRE_LABELS,
    "fresh held-out 17": evaluation.FRESH17_GENRE_LABELS,
    "fresh held-out 18": evaluation.FRESH18_GENRE_LABELS,
    "fresh held-out 19": evaluation.FRESH19_GENRE_LABELS,
    "fresh held-out 20": evaluation.FRESH20_GENRE_LABELS,
    "fresh held-out 21": evaluation.FRESH21_GENRE_LABELS,
    "fresh held-out 22": evaluation.FRESH22_GENRE_LABELS,
    "fresh held-out 23": evaluation.FRESH23_GENRE_LABELS,
    "fresh held-out 24": evaluation.FRESH24_GENRE_LABELS,
    "fresh held-out 25": evaluation.FRESH25_GENRE_LABELS,
    "fresh held-out 26": evaluation.FRESH26_GENRE_LABELS,
    "fresh held-out 27": evaluation.FRESH27_GENRE_LABELS,
    "fresh held-out 28": evaluation.FRESH28_GENRE_LABELS,
    "fresh held-out 29": evaluation.FRESH29_GENRE_LABELS,
    "fresh held-out 30": evaluation.FRESH30_GENRE_LABELS,
    "fresh held-out 31": evaluation.FRESH31_GENRE_LABELS,
    "fresh held-out 32": evaluation.FRESH32_GENRE_LABELS,
    "fresh held-out 33": evaluation.FRESH33_GENRE_LABELS,
    "fresh held-out 34": evaluation.FRESH34_GENRE_LABELS,
    "fresh held-out 35": evaluation.FRESH35_GENRE_LABELS,
    "fresh held-out 36": evaluation.FRESH36_GENRE_LABELS,
    "fresh held-out 37": evaluation.FRESH37_GENRE_LABELS,
    "fresh held-out 38": evaluation.FRESH38_GENRE_LABELS,
    "fresh held-out 39": evaluation.FRESH39_GENRE_LABELS,
    "fresh held-out 40": evaluation.FRESH40_GENRE_LABELS,
    "fresh held-out 41": evaluation.FRESH41_GENRE_LABELS,
    "fresh held-out 42": evaluation.FRESH42_GENRE_LABELS,
    "fresh held-out 43": evaluation.FRESH43_GENRE_LABELS,
    "fresh held-out 44": evaluation.FRESH44_GENRE_LABELS,
    "fresh held-out 45": evaluation.FRESH45_GENRE_LABELS,
    "fresh held-out 46": evaluation.FRESH46_GENRE_LABELS,
    "fresh held-out 47": evaluation.FRESH47_GENRE_LABELS,
    "fresh held-out 48": evaluation.FRESH48_GENRE_LABELS,
    "fresh held-out 49": evaluation.FRESH49_GENRE_LABELS,
    "fresh held-out 50": evaluation.FRESH50_GENRE_LABELS,
    "fresh held-out 51": evaluation.FRESH51_GENRE_LABELS,
    "fresh held-out 52": evaluation.FRESH52_GENRE_LABELS,
    "fresh held-out 53": evaluation.FRESH53_GENRE_LABELS,
    "fresh held-out 54": evaluation.FRESH54_GENRE_LABELS,
    "fresh held-out 55": evaluation.FRESH55_GENRE_LABELS,
    "fresh held-out 56": evaluation.FRESH56_GENRE_LABELS,
    "fresh held-out 57": evaluation.FRESH57_GENRE_LABELS,
}

METRICS = {
    "fact_recall": lambda r: r.facts.recall,
    "fact_precision": lambda r: r.facts.precision,
    "speaker": lambda r: r.speaker.value,
    "quantity": lambda r: r.quantity_floor_value,
    "title": lambda r: r.titles.value,
    "date": lambda r: r.dates.value,
}
MIN_ARTICLES = {
    "briefing": 8, "statement": 5, "speech": 7, "readout": 4, "centralbank": 7,
    "statistics": 8, "agency": 3, "news": 6, "wire": 5, "chrome": 6,
}


@pytest.fixture(scope="module")
def reports():
    return evaluation.evaluate_genres(evaluation.GENRE_LABELS)


@pytest.mark.parametrize("genre", sorted(FLOORS))
@pytest.mark.parametrize("metric", sorted(METRICS))
def test_genre_floor(reports, genre, metric):
    report = reports[genre]
    value = METRICS[metric](report)
    assert value >= FLOORS[genre][metric], (
        f"{genre} {metric} {value:.3f} < {FLOORS[genre][metric]}\n" + evaluation.format_genre_table(reports)
    )


@pytest.mark.parametrize("genre", sorted(FLOORS))
def test_genre_boilerplate_leaks(reports, genre):
    leaks = reports[genre].leaks
    assert len(leaks) <= FLOORS[genre]["boilerplate_leaks"], leaks


def test_every_genre_is_covered_and_floored(reports):
    for genre, minimum in MIN_ARTICLES.items():
        assert reports[genre].articles >= minimum, genre
    assert set(FLOORS) == set(MIN_ARTICLES)
    assert reports[evaluation.ALL_GENRES].articles >= 42
    assert reports[evaluation.ALL_GENRES].facts.tp + reports[evaluation.ALL_GENRES].facts.fn >= 430


def test_floors_never_exceed_targets():
    for name, floors in [*FLOORS.items(), ("held-out", HOLDOUT_FLOORS), ("release layouts", RELEASE_LAYOUT_FLOORS),
                         ("layouts", LAYOUT_FLOORS), ("speaker pages", SPEAKER_PAGE_FLOORS),
                         ("quantity pages", QUANTITY_PAGE_FLOORS), ("naive pages", NAIVE_PAGE_FLOORS),
                         ("naive pages 2", NAIVE_PAGE2_FLOORS)]:
        for metric, target in TARGETS.items():
            assert floors[metric] <= target, (name, metric)


@pytest.mark.parametrize(
    "labels_path",
    [evaluation.GENRE_LABELS, evaluation.RELEASE_LAYOUT_LABELS, evaluation.HOLDOUT_GENRE_LABELS,
     evaluation.FRESH_GENRE_LABELS, evaluation.FRESH2_GENRE_LABELS, evaluation.FRESH3_GENRE_LABELS],
)
def test_sidecars_are_the_exception(labels_path):
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    files = [evaluation.ROOT / a["file"] for a in labels["articles"]]
    sidecars = [f for f in files if f.with_suffix(".json").exists()]
    assert 0 < len(sidecars) <= len(files) // 3
    for path in sidecars:
        assert isinstance(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")), dict)


# ---------------------------------------------------------------- sets scored as one table each


WHOLE_SETS = {  # name -> (labels, floors)
    "release layouts": (evaluation.RELEASE_LAYOUT_LABELS, RELEASE_LAYOUT_FLOORS),
    "turn layouts": (evaluation.LAYOUT_LABELS, LAYOUT_FLOORS),
    "speaker pages": (evaluation.SPEAKER_LABELS, SPEAKER_PAGE_FLOORS),
    "quantity pages": (evaluation.QUANTITY_PAGE_LABELS, QUANTITY_PAGE_FLOORS),
    "naive pages": (evaluation.NAIVE_PAGE_LABELS, NAIVE_PAGE_FLOORS),
    "naive pages 2": (evaluation.NAIVE_PAGE2_LABELS, NAIVE_PAGE2_FLOORS),
    "held-out": (evaluation.HOLDOUT_GENRE_LABELS, HOLDOUT_FLOORS),
}


@functools.lru_cache(maxsize=None)
def _whole_set(name: str) -> dict:
    return evaluation.evaluate_genres(WHOLE_SETS[name][0])


@pytest.mark.parametrize("name", sorted(WHOLE_SETS))
@pytest.mark.parametrize("metric", sorted(METRICS))
def test_whole_set_floor(name, metric):
    reports = _whole_set(name)
    floors = WHOLE_SETS[name][1]
    value = METRICS[metric](reports[evaluation.ALL_GENRES])
    assert value >= floors[metric], f"{name} {metric} {value:.3f} < {floors[metric]}\n" + \
        evaluation.format_genre_table(reports)


@pytest.mark.parametrize("name", sorted(WHOLE_SETS))
def test_whole_set_boilerplate_leaks(name):
    leaks = _whole_set(name)[evaluation.ALL_GENRES].leaks
    assert len(leaks) <= WHOLE_SETS[name][1]["boilerplate_leaks"], leaks


def test_release_layouts_are_releases_and_statements():
    reports = _whole_set("release layouts")
    assert {g for g in reports if g != evaluation.ALL_GENRES} == {"statistics", "agency", "centralbank", "statement"}
    assert reports[evaluation.ALL_GENRES].articles >= 10


def test_layout_pages_are_not_in_the_genres_set():
    dev = yaml.safe_load(evaluation.GENRE_LABELS.read_text(encoding="utf-8"))
    layouts = yaml.safe_load(evaluation.LAYOUT_LABELS.read_text(encoding="utf-8"))
    assert len(layouts["articles"]) >= 9
    assert {a["file"] for a in dev["articles"]}.isdisjoint(a["file"] for a in layouts["articles"])


def test_speaker_pages_are_not_in_the_other_dev_sets():
    speakers = yaml.safe_load(evaluation.SPEAKER_LABELS.read_text(encoding="utf-8"))
    assert len(speakers["articles"]) >= 16
    assert {a["genre"] for a in speakers["articles"]} == {"news", "wire", "chrome"}
    files = {a["file"] for a in speakers["articles"]}
    for path in (evaluation.GENRE_LABELS, evaluation.RELEASE_LAYOUT_LABELS, evaluation.LAYOUT_LABELS):
        assert files.isdisjoint(a["file"] for a in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"])


def test_quantity_pages_are_not_in_the_other_dev_sets():
    pages = yaml.safe_load(evaluation.QUANTITY_PAGE_LABELS.read_text(encoding="utf-8"))
    assert len(pages["articles"]) >= 8
    files = {a["file"] for a in pages["articles"]}
    for path in (evaluation.GENRE_LABELS, evaluation.RELEASE_LAYOUT_LABELS, evaluation.LAYOUT_LABELS,
                 evaluation.SPEAKER_LABELS):
        assert files.isdisjoint(a["file"] for a in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"])


@pytest.mark.parametrize("labels_path", [evaluation.NAIVE_PAGE_LABELS, evaluation.NAIVE_PAGE2_LABELS])
def test_naive_pages_are_not_in_the_other_dev_sets(labels_path):
    pages = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    assert len(pages["articles"]) >= 30
    assert {a["genre"] for a in pages["articles"]} == set(MIN_ARTICLES)
    files = {a["file"] for a in pages["articles"]}
    others = {evaluation.NAIVE_PAGE_LABELS, evaluation.NAIVE_PAGE2_LABELS} - {labels_path}
    for path in (evaluation.GENRE_LABELS, evaluation.RELEASE_LAYOUT_LABELS, evaluation.LAYOUT_LABELS,
                 evaluation.SPEAKER_LABELS, evaluation.QUANTITY_PAGE_LABELS, *others):
        assert files.isdisjoint(a["file"] for a in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"])


@pytest.mark.parametrize("name", sorted(HELD_OUT_SETS))
def test_holdout_covers_every_genre(name):
    labels_path, min_articles, min_facts = HELD_OUT_SETS[name]
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    genres = [a["genre"] for a in labels["articles"]]
    assert set(min_articles) == set(MIN_ARTICLES)
    for genre, minimum in min_articles.items():
        assert genres.count(genre) >= minimum, genre
    assert sum(len(a["facts"]) for a in labels["articles"]) >= min_facts


def _sentences(labels_path: Path) -> set[str]:
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    return {evaluation._key(f["text"]) for a in labels["articles"] for f in a["facts"]}


@pytest.mark.parametrize("name", sorted(HELD_OUT_SETS))
def test_holdout_pages_are_not_dev_pages(name):
    """No held-out page repeats a dev page, and no labelled sentence of one set appears in the other."""
    labels_path = HELD_OUT_SETS[name][0]
    dev = yaml.safe_load(evaluation.GENRE_LABELS.read_text(encoding="utf-8"))
    held = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    dev_texts = [evaluation._key((evaluation.ROOT / a["file"]).read_text(encoding="utf-8")) for a in dev["articles"]]
    assert {a["file"] for a in dev["articles"]}.isdisjoint(a["file"] for a in held["articles"])
    assert {a["title"] for a in dev["articles"]}.isdisjoint(a["title"] for a in held["articles"])
    for sentence in _sentences(labels_path):
        assert not any(sentence in text for text in dev_texts), sentence
    assert _sentences(evaluation.GENRE_LABELS).isdisjoint(_sentences(labels_path))


@pytest.mark.parametrize("name", sorted(FRESH_SETS))
def test_fresh_holdout_shares_nothing_with_other_sets(name):
    """A fresh held-out set repeats no page, title or labelled sentence of any other genre set."""
    labels_path = FRESH_SETS[name]
    fresh = yaml.safe_load(labels_path.read_text(encoding="utf-8"))["articles"]
    others = [a for path in evaluation.GENRE_SETS.values() if path != labels_path
              for a in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]]
    assert {a["file"] for a in others}.isdisjoint(a["file"] for a in fresh)
    assert {a["title"] for a in others}.isdisjoint(a["title"] for a in fresh)
    texts = {evaluation._key((evaluation.ROOT / a["file"]).read_text(encoding="utf-8")) for a in others}
    for sentence in _sentences(labels_path):
        assert not any(sentence in text for text in texts), sentence


PAGE = """Example Gazette
Home | World | Business
Accept all cookies

Port authority reports record cargo volume

March 3, 2025

The port handled 4.2 million containers last year, the port authority said.

Harbour master Lena Fisk said dredging would start in May.

The channel will be deepened to 18 metres so that larger ships can berth at the new terminal.

Share this article
"""


class StubExtractor:
    """One fact per passage: a named speaker when one is written, and the port's container figure."""

    def extract(self, text, passages, discourse=None):
        facts = []
        for i, p in enumerate(passages):
            fact = Fact(index=i, start=p.start, end=p.end, text=p.text)
            if "Lena Fisk" in p.text:
                fact.attribution = Attribution(speaker="Lena Fisk")
            if "4.2 million" in p.text:
                fact.quantities = [Quantity(text="4.2 million containers", value=4.2e6, unit="containers")]
            facts.append(fact)
        return facts


def _labels(tmp_path: Path, facts: list[dict], **article) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    entry = {"file": str(page), "genre": "news", "title": "Port authority reports record cargo volume",
             "published": "2025-03-03", "source": None, "boilerplate": ["Share this article"], "facts": facts}
    entry.update(article)
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump({"articles": [entry]}), encoding="utf-8")
    return path


def _report(path: Path):
    return evaluation.evaluate_genres(path, StubExtractor())["news"]


def test_the_harness_reports_wrong_labels(tmp_path):
    """The harness itself can fail: wrong speakers, quantities, titles, dates and leaks are all counted."""
    facts = [
        {"text": "The port handled 4.2 million containers", "speaker": "Lena Fisk",
         "quantities": [{"value": 9, "unit": "containers", "bound": "exact"}]},
        {"text": "Harbour master Lena Fisk said dredging", "speaker": "Lena Fisk"},
    ]
    path = _labels(tmp_path, facts, title="Another headline", published="2020-01-01",
                   boilerplate=["Harbour master Lena Fisk", "Accept all cookies"])
    report = _report(path)
    assert report.facts.recall == 1.0
    assert report.quantities.recall == 0.0 and report.quantities.precision == 0.0
    assert report.speaker.value == 0.5
    assert report.titles.value == 0.0 and report.dates.value == 0.0
    assert len(report.leaks) == 1 and "Harbour master Lena Fisk" in report.leaks[0]


def test_right_labels_score_full_marks(tmp_path):
    facts = [
        {"text": "The port handled 4.2 million containers", "speaker": None,
         "quantities": [{"value": 4200000, "unit": "containers", "bound": "exact"}]},
        {"text": "Harbour master Lena Fisk said dredging", "speaker": "Lena Fisk"},
        {"text": "The channel will be deepened", "speaker": None},
    ]
    report = _report(_labels(tmp_path, facts))
    assert report.facts.precision == 1.0 and report.facts.recall == 1.0
    assert report.quantities.f1 == 1.0 and report.speaker.value == 1.0
    assert report.titles.value == 1.0 and report.dates.value == 1.0 and report.leaks == []


def test_unlabelled_facts_lower_precision_and_missing_ones_recall(tmp_path):
    facts = [{"text": "Harbour master Lena Fisk said dredging", "speaker": "Lena Fisk"}]
    report = _report(_labels(tmp_path, facts))
    assert report.facts.tp == 1 and report.facts.fp == 2 and report.facts.precision == 1 / 3
    missing = facts + [{"text": "Accept all cookies", "speaker": None}]
    report = _report(_labels(tmp_path, missing))
    assert report.facts.fn == 1


def test_a_label_that_is_not_in_the_page_is_an_error(tmp_path):
    with pytest.raises(ValueError):
        _report(_labels(tmp_path, [{"text": "No such sentence anywhere", "speaker": None}]))


@pytest.mark.parametrize(
    "expected, predicted, kind",
    [
        (None, "Dana Hayes", "speaker for a narrated sentence"),
        ("Dana Hayes", None, "no speaker for a stated one"),
        ("Dana Hayes", "anonymous", "named and anonymous confused"),
        ("Dana Hayes", "Hayes", "same speaker, other form"),
        ("Ministry of Health", "Ministry of Health of Ruritania", "same speaker, other form"),
        ("Ministry of Finance", "Ministry of Foreign Affairs", "another speaker"),
    ],
)
def test_a_speaker_miss_is_counted_by_its_kind_without_its_text(expected, predicted, kind):
    assert evaluation.speaker_miss_kind(expected, predicted) == kind


@pytest.mark.parametrize("expected, predicted, same", [
    ("Tamarack Ridge Energy Inc.", "Tamarack Ridge Energy", True),
    ("Nordkyst Seafood ASA", "Nordkyst Seafood", True),
    ("Velan Motors Limited", "Velan Motors", True),
    ("Velan Motors", "Velan", False),
    ("Kestilä Oy", "Kestilä", True),
    ("Karoo Denim Mills (Pty) Ltd", "Karoo Denim Mills", True),
    ("Nilgiri Tea Brokers Pvt. Ltd.", "Nilgiri Tea Brokers", True),
    ("Statistics Norway", "Statistics", False),
    ("Bae Seung-min", "Bae Seung-Min", True),
    ("Bae Seung-min", "Bae Seung-hoon", False),
    ("Ministry of Health", "Ministry of Health of Rwanda", False),
    ("United Nations Children's Fund", "UNICEF", True),  # an alias the gazetteer lists names its entity
    (None, None, True),
    ("anonymous", None, False),
])
def test_a_companys_legal_form_and_letter_case_name_no_other_speaker(expected, predicted, same):
    assert evaluation.same_speaker(expected, predicted) is same


def test_an_entity_named_with_or_without_its_legal_form_is_one_entity():
    keys = evaluation.entity_keys
    assert keys(["Kestrel Home Energy Limited", "Sunveld Bread Company (Pty) Ltd"]) == keys(
        ["Kestrel Home Energy", "Sunveld Bread Company"])
    assert keys(["Kestrel Home Energy"]) != keys(["Kestrel Energy"])


def test_an_entity_named_by_an_alias_the_gazetteer_lists_is_its_canonical_entity():
    keys = evaluation.entity_keys
    assert keys(["Türkiye", "Côte d'Ivoire"]) == keys(["Turkey", "Ivory Coast"])
    assert keys(["Association of Southeast Asian Nations"]) == keys(["ASEAN"])
    assert keys(["Türkiye"]) != keys(["Greece"])


def test_a_units_symbol_or_plural_is_the_same_unit_and_a_short_ton_is_not_a_tonne():
    keys = evaluation.quantity_keys
    written = [(12, "nmi"), (3, "tonnes"), (40, "ha")]
    assert keys(written) == keys([(12, "nautical mile"), (3, "tonne"), (40, "hectare")])
    assert keys([(3, "ton")]) != keys([(3, "tonne")])


@pytest.mark.parametrize("expected, got, same", [
    ("Ministry of Health Ghana", "Ministry of Health", True),
    ("Ministry of Foreign Affairs, Republic of Korea", "Ministry of Foreign Affairs", True),
    ("Bank of Ghana", "Bank of Ghana, Accra", True),
    ("Meridian Newswire", "Meridian", False),  # a name cut short is no state's qualifier
    ("Mano River Union", "Mano River Union Secretariat", False),  # another body, the union's secretariat
    ("Ministry of Health", "Ministry of Finance", False),
    ("Competition Commission South Africa", "Competition Commission of South Africa", True),  # one qualifier, two ways
    ("Competition Commission South Africa", "Competition Commission of Namibia", False),
])
def test_a_publisher_with_or_without_its_state_is_the_same_publisher(expected, got, same):
    assert evaluation._same_publisher(expected, got) is same
