"""Measure the fact extractor against hand-labelled facts.

Each article goes through the real pipeline (clean_article -> split_passages -> FactExtractor.extract)
and the facts are compared with the labels in ``corpus_labels.yaml`` (the bundled articles) and
``synthetic_labels.yaml`` (articles in ``synthetic/``, written for this evaluation) and
``holdout_labels.yaml`` (articles in ``holdout/``, written and labelled after the rules were tuned,
so they measure how the rules carry over to text they were not fitted to).

    python tests/eval/evaluate.py            # tables for both sets
    python tests/eval/evaluate.py --errors   # and every disagreement
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.pipeline.cleaning import clean_article
from service.pipeline.discourse import analyse
from service.pipeline.entities import load_gazetteer
from service.pipeline.facts import FactExtractor
from service.pipeline.models import Fact
from service.pipeline.passages import split_passages

EVAL_DIR = Path(__file__).resolve().parent
LABEL_SETS = {
    "corpus": EVAL_DIR / "corpus_labels.yaml",
    "synthetic": EVAL_DIR / "synthetic_labels.yaml",
    "holdout": EVAL_DIR / "holdout_labels.yaml",
}
GAZETTEER = ROOT / "data" / "entities.yaml"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, predicted: set, expected: set) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1


@dataclass
class Report:
    articles: int = 0
    facts: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    quantities: Counts = field(default_factory=Counts)
    bounds: Accuracy = field(default_factory=Accuracy)
    speaker: Accuracy = field(default_factory=Accuracy)
    speaker_coref: Accuracy = field(default_factory=Accuracy)
    attribution: Counts = field(default_factory=Counts)
    negated: Counts = field(default_factory=Counts)
    hedged: Counts = field(default_factory=Counts)
    boilerplate_facts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def speaker_key(fact: Fact) -> str | None:
    """How a fact's speaker is compared with a label: a name, "anonymous", or None."""
    a = fact.attribution
    if a is None:
        return None
    if a.anonymous:
        return "anonymous"
    return a.speaker


def quantity_keys(items) -> set:
    """Quantities as comparable (value, unit) pairs; values rounded so 11000 == 11000.0."""
    return {(round(float(v), 2), u) for v, u in items}


def extract_file(path: Path, extractor: FactExtractor) -> tuple[str, list[Fact]]:
    """The article's cleaned text and facts, read as the service reads it (document kind and turns included)."""
    raw = path.read_text(encoding="utf-8")
    article = clean_article(raw)
    discourse = analyse(article.text, title=article.title, source=article.source, byline=article.byline, page=raw)
    passages = split_passages(article.text, skip=discourse.label_spans())
    return article.text, extractor.extract(article.text, passages, discourse)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


def evaluate(labels_path: Path, extractor: FactExtractor | None = None) -> Report:
    """Compare extracted facts with one label file."""
    extractor = extractor or FactExtractor(load_gazetteer(GAZETTEER))
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    report = Report()
    for article in labels["articles"]:
        path = ROOT / article["file"]
        text, facts = extract_file(path, extractor)
        report.articles += 1
        normalised = [_norm(f.text) for f in facts]
        matched: set[int] = set()
        for label in article.get("facts", []):
            needle = _norm(label["text"])
            hits = [i for i, t in enumerate(normalised) if needle in t]
            if len(hits) > 1:
                raise ValueError(f"{path.name}: label text {label['text']!r} matches {len(hits)} facts")
            optional = bool(label.get("optional"))
            if not hits:
                if needle not in _norm(text):
                    raise ValueError(f"{path.name}: label text {label['text']!r} is not in the cleaned article")
                if not optional:
                    report.facts.fn += 1
                    report.errors.append(f"{path.name}: missed fact {label['text']!r}")
                continue
            i = hits[0]
            matched.add(i)
            if optional:
                continue
            report.facts.tp += 1
            _compare(report, path.name, label, facts[i])
        for i, fact in enumerate(facts):
            if i not in matched:
                report.facts.fp += 1
                report.errors.append(f"{path.name}: unlabelled fact {fact.text[:90]!r}")
        for phrase in article.get("boilerplate", []):
            for fact in facts:
                if _norm(phrase) in _norm(fact.text):
                    report.boilerplate_facts.append(f"{path.name}: {fact.text[:90]!r}")
    return report


def _compare(report: Report, name: str, label: dict, fact: Fact) -> None:
    where = f"{name}: {label['text'][:60]!r}"
    expected_entities = set(label.get("entities") or [])
    predicted_entities = {m.name for m in fact.entities}
    report.entities.add(predicted_entities, expected_entities)
    if predicted_entities != expected_entities:
        report.errors.append(
            f"{where}: entities missing {sorted(expected_entities - predicted_entities)} "
            f"extra {sorted(predicted_entities - expected_entities)}"
        )
    expected_q = label.get("quantities") or []
    expected_keys = quantity_keys((q["value"], q["unit"]) for q in expected_q)
    predicted_keys = quantity_keys((q.value, q.unit) for q in fact.quantities)
    report.quantities.add(predicted_keys, expected_keys)
    if predicted_keys != expected_keys:
        report.errors.append(f"{where}: quantities expected {sorted(expected_keys)} got {sorted(predicted_keys)}")
    by_key = {(round(q.value, 2), q.unit): q for q in fact.quantities}
    for q in expected_q:
        got = by_key.get((round(float(q["value"]), 2), q["unit"]))
        if got is not None:
            ok = got.bound == q.get("bound", "exact")
            report.bounds.add(ok)
            if not ok:
                report.errors.append(
                    f"{where}: bound of {q['value']} expected {q.get('bound', 'exact')} got {got.bound}"
                )
    expected_speaker = label.get("speaker")
    predicted_speaker = speaker_key(fact)
    ok = expected_speaker == predicted_speaker
    report.speaker.add(ok)
    if label.get("coref"):
        report.speaker_coref.add(ok)
    report.attribution.add(
        {predicted_speaker} - {None} if predicted_speaker else set(),
        {expected_speaker} - {None} if expected_speaker else set(),
    )
    if not ok:
        report.errors.append(f"{where}: speaker expected {expected_speaker!r} got {predicted_speaker!r}")
    for flag, counts in (("negated", report.negated), ("hedged", report.hedged)):
        expected = bool(label.get(flag, False))
        predicted = bool(getattr(fact, flag))
        counts.add({1} if predicted else set(), {1} if expected else set())
        if expected != predicted:
            report.errors.append(f"{where}: {flag} expected {expected} got {predicted}")


def format_report(name: str, report: Report) -> str:
    rows = [
        ("fact detection", report.facts),
        ("entities", report.entities),
        ("quantity value+unit", report.quantities),
        ("attribution (speaker)", report.attribution),
        ("negation", report.negated),
        ("hedging", report.hedged),
    ]
    lines = [
        f"== {name}: {report.articles} articles, {report.facts.tp + report.facts.fn} labelled facts ==",
        f"{'attribute':<24}{'precision':>10}{'recall':>10}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for title, c in rows:
        lines.append(f"{title:<24}{c.precision:>10.3f}{c.recall:>10.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    for title, acc in (
        ("quantity bound", report.bounds),
        ("speaker, all facts", report.speaker),
        ("speaker, coreference", report.speaker_coref),
    ):
        lines.append(f"{title:<24}{'accuracy':>10}{acc.value:>10.3f}{acc.right:>6}/{acc.total}")
    lines.append(f"{'boilerplate facts':<24}{len(report.boilerplate_facts):>10}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement with the labels")
    args = parser.parse_args(argv)
    extractor = FactExtractor(load_gazetteer(GAZETTEER))
    for name, path in LABEL_SETS.items():
        report = evaluate(path, extractor)
        print(format_report(name, report))
        if args.errors:
            for line in report.errors + [f"boilerplate: {b}" for b in report.boilerplate_facts]:
                print("  " + line)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
