"""Measured quality of the fact extractor on hand-labelled articles (see tests/eval/evaluate.py).

The bundled corpus and the synthetic articles must meet the quality bar; the held-out articles,
written after the rules were tuned, guard against regressions with a slightly lower bar.
"""

import pytest

from tests.eval import load_evaluate

evaluation = load_evaluate()

FLOORS = {
    # set: (fact recall, speaker accuracy, coreference speaker accuracy, quantity value+unit)
    "corpus": (0.95, 0.90, 0.80, 0.98),
    "synthetic": (0.95, 0.90, 0.80, 0.98),
    "holdout": (0.90, 0.90, 0.80, 0.90),
}


@pytest.fixture(scope="module")
def reports():
    extractor = evaluation.FactExtractor(evaluation.load_gazetteer(evaluation.GAZETTEER))
    return {name: evaluation.evaluate(path, extractor) for name, path in evaluation.LABEL_SETS.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_fact_recall(reports, name):
    report = reports[name]
    assert report.facts.recall >= FLOORS[name][0], evaluation.format_report(name, report)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_speaker_accuracy(reports, name):
    report = reports[name]
    assert report.speaker.total >= 20
    assert report.speaker.value >= FLOORS[name][1], evaluation.format_report(name, report)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_coreference_speaker_accuracy(reports, name):
    report = reports[name]
    assert report.speaker_coref.total >= 5
    assert report.speaker_coref.value >= FLOORS[name][2], evaluation.format_report(name, report)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quantity_value_and_unit(reports, name):
    report = reports[name]
    assert report.quantities.tp >= 10
    floor = FLOORS[name][3]
    assert report.quantities.recall >= floor, evaluation.format_report(name, report)
    assert report.quantities.precision >= floor, evaluation.format_report(name, report)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_boilerplate_becomes_a_fact(reports, name):
    assert reports[name].boilerplate_facts == []


def test_the_synthetic_set_is_large_enough(reports):
    assert reports["synthetic"].articles >= 8
    assert reports["corpus"].articles == 5


def test_a_wrong_label_is_reported(tmp_path):
    """The harness itself can fail: a label that no fact matches counts as a miss."""
    labels = tmp_path / "labels.yaml"
    labels.write_text(
        "articles:\n"
        "  - file: data/articles/004_014c2d8a4cbccb0c.txt\n"
        "    facts:\n"
        '      - text: "The maximum range of ATACMS is about 190 miles."\n'
        "        entities: [ATACMS]\n"
        "        quantities: [{value: 300, unit: mile, bound: approx}]\n"
        "        speaker: Sabrina Singh\n",
        encoding="utf-8",
    )
    report = evaluation.evaluate(labels)
    assert report.facts.recall == 1.0
    assert report.quantities.recall == 0.0
    assert report.speaker.value == 0.0
