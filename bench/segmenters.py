"""Compare pysbd and syntok as sentence segmenters for news text: errors and throughput.

Usage: python bench/segmenters.py [--repeat N]

Errors are counted against hand-checked splits: the cleaned bundled articles (sentences per
paragraph) and a set of news-style cases with the exact expected sentences. A quotation
stays with its speaker ("..., she said, adding, "A. B."" is one sentence).
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pysbd  # noqa: E402
import syntok.segmenter  # noqa: E402

from service.pipeline.cleaning import clean_article  # noqa: E402
from service.pipeline.passages import split_passages  # noqa: E402

# Sentences per paragraph of each cleaned bundled article, checked by hand.
ARTICLE_GOLD = {
    "000_bc495147d7f0ef85.txt": [2, 1, 3, 2, 2, 1],
    "001_cb5397731a1b1038.txt": [1, 2, 1, 1, 1, 1, 1, 1, 1],
    "002_7815920d7a76d06f.txt": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    "003_488568a04ebb4959.txt": [2, 2, 2, 2, 2, 2, 1],
    "004_014c2d8a4cbccb0c.txt": [1, 1, 1, 2, 1, 1, 1, 1, 1, 1],
}

# News-style abbreviations, dates, quotes and ellipses with their exact expected sentences.
CASES = [
    ["Pentagon spokesperson Maj. Gen. Pat Ryder confirmed the reports.", "He also revealed the call."],
    ["The U.S. views North Korea as cobelligerents with Russia, she said.",
     "North Korean troops began entering Russia last month."],
    ["The move comes before Trump takes office on Jan. 20, officials said.", "The White House declined to comment."],
    ["Soldiers fired rockets in Tapa, Estonia, Sept. 19, 2024, during an exercise.", "The system can fire missiles."],
    ["Nov. 18, 2024 was the day Singh spoke to reporters.", "She took questions."],
    ['The Pentagon has not confirmed it, she said, adding, "They\'re moving into Kursk for a reason. '
     'We have every expectation that they would be engaged in combat operations."'],
    ["The Ukrainians used drones to target … weapons storage facilities, she said.", "Casualties are rising."],
    ["Troops were sent to the U.S.", "The move angered Moscow."],
    ["Lt. Col. Jane Doe and Sen. John Roe spoke.", "Gov. Lee agreed."],
    ['"We will win. We have the means," he said.', "Then he left."],
    ["He met Dr. Smith at 5 p.m. on Friday.", "They talked."],
    ["It was the U.K. and the U.S. that signed.", "Talks resumed."],
    ["Is this real?", "Yes!", "It is."],
    ["The company, Acme Inc., said it would comply.", "Shares fell 3%."],
    ["President John F. Kennedy spoke.", "He left at 3 a.m.", "Officials said nothing."],
    ["The range is about 190 miles (306 km), according to the sources.", "Nobody disputed it."],
]

PYSBD = pysbd.Segmenter(language="en", clean=False)


def pysbd_sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in PYSBD.processor(paragraph).process() if s.strip()]


def syntok_sentences(paragraph: str) -> list[str]:
    out = []
    for para in syntok.segmenter.analyze(paragraph):
        for sentence in para:
            out.append(paragraph[sentence[0].offset:sentence[-1].offset + len(sentence[-1].value)])
    return out


def passages_sentences(paragraph: str) -> list[str]:
    return [p.text for p in split_passages(paragraph)]


SEGMENTERS = {"pysbd": pysbd_sentences, "syntok": syntok_sentences, "split_passages": passages_sentences}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="passes over the articles for throughput")
    args = parser.parse_args()

    paragraphs_by_article = {}
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        paragraphs = clean_article(path.read_bytes()).text.split("\n\n")
        gold = ARTICLE_GOLD.get(path.name)
        if gold is None or len(gold) != len(paragraphs):
            print(f"skip {path.name}: cleaned paragraphs changed ({len(paragraphs)}), gold needs re-checking")
            continue
        paragraphs_by_article[path.name] = (paragraphs, gold)
    all_paragraphs = [p for paragraphs, _ in paragraphs_by_article.values() for p in paragraphs]
    gold_sentences = sum(sum(gold) for _, gold in paragraphs_by_article.values())

    print(f"{len(paragraphs_by_article)} articles, {len(all_paragraphs)} paragraphs, {gold_sentences} gold sentences;"
          f" {len(CASES)} targeted cases")
    print(f"{'segmenter':<15} {'article errors':>15} {'case errors':>12} {'sentences/s':>12}")
    for name, segment in SEGMENTERS.items():
        article_errors = []
        for article, (paragraphs, gold) in paragraphs_by_article.items():
            for number, (paragraph, expected) in enumerate(zip(paragraphs, gold)):
                got = segment(paragraph)
                if len(got) != expected:
                    article_errors.append(f"{article} paragraph {number}: {got}")
        case_errors = []
        for expected in CASES:
            got = segment(" ".join(expected))
            if got != expected:
                case_errors.append(f"expected {expected}\n      got {got}")
        started = time.perf_counter()
        produced = 0
        for _ in range(args.repeat):
            for paragraph in all_paragraphs:
                produced += len(segment(paragraph))
        rate = produced / (time.perf_counter() - started)
        print(f"{name:<15} {len(article_errors):>15} {len(case_errors):>12} {rate:>12,.0f}")
        for error in article_errors + case_errors:
            print(f"    {error}")


if __name__ == "__main__":
    main()
