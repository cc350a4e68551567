"""Where an ingest's time goes, in-process: cleaning, extraction, the commit that answers, the claims settle after it.

    python bench/ingest_split.py --corpus build/bench-claims/10k/corpus --index build/bench-claims/10k/index \\
        --writes 10

Works on copies of the corpus and the index (in ``--work-dir``), so the originals never change. Each write is
built like ``bench/claims.py``'s: a corpus page with lines of another page and a closing paragraph of its own. Per
write, wall time of

* ``clean``: cleaning the page (before the write lock),
* ``extract``: extraction, entities, embeddings and the index records, before the write lock
  (``Catalog._prepared``),
* ``lock + store``: taking the write lock, the duplicate check under it, storing the file durably and adding the
  records to the writer (``Catalog._ingest_cleaned``),
* ``commit``: the Whoosh commit of the article, passages, facts and the pending-claims record,
* ``answered``: the three together, what ``POST /v1/articles`` waits for,
* ``claims settle``: ``Catalog.settle_claims`` (candidate facts, linkage, component and claim records, its commit),
  which the service runs after the answer,

then p50/max of each over the writes, printed as JSON and as a Markdown table, and written to
``bench/results/ingest-split-<label>-<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.claims import new_page  # noqa: E402
from bench.run import RESULTS_DIR  # noqa: E402
from service.catalog import Catalog, identity_text  # noqa: E402
from service.config import Settings  # noqa: E402
from service.pipeline.document import clean_page  # noqa: E402

STAGES = ("clean", "extract", "lock + store", "commit", "answered", "claims settle")


def one_write(catalog: Catalog, raw: bytes) -> dict:
    started = time.perf_counter()
    cleaned = clean_page(raw, None, "text", min_chars=catalog.settings.min_article_chars, keep_short=True)
    clean = time.perf_counter()
    text = identity_text(cleaned.text, raw)
    prepared = catalog._prepared(raw, None, text, "text")
    extracted = time.perf_counter()
    with catalog._writing() as session:
        _, created = catalog._ingest_cleaned(session, raw, None, text, "text", prepared)
        stored = time.perf_counter()
    committed = time.perf_counter()
    settle = catalog.settle_claims()
    settled = time.perf_counter()
    return {"created": created, "clean": clean - started, "extract": extracted - clean,
            "lock + store": stored - extracted, "commit": committed - stored, "answered": committed - started,
            "claims settle": settled - committed, "settled_facts": settle.get("facts", 0),
            "exact": settle.get("exact")}


def summary(rows: list[dict]) -> dict:
    return {stage: {"p50_ms": round(statistics.median(r[stage] for r in rows) * 1000, 1),
                    "max_ms": round(max(r[stage] for r in rows) * 1000, 1)} for stage in STAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", required=True, help="an index root (with CURRENT) built from the corpus")
    parser.add_argument("--writes", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured writes first (models, caches)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work-dir", default=str(REPO_ROOT / "build" / "bench-ingest"))
    parser.add_argument("--label", default="run", help="names the results file, e.g. the corpus scale")
    parser.add_argument("--results-dir", default=str(RESULTS_DIR))
    args = parser.parse_args(argv)
    work = Path(args.work_dir)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copytree(args.corpus, work / "data")
    shutil.copytree(args.index, work / "index", symlinks=True)
    catalog = Catalog(Settings().with_overrides({"data_dir": work / "data", "index_dir": work / "index",
                                                 "reconcile_on_start": False, "write_lock_timeout": 600}))
    sources = sorted(Path(args.corpus).glob("*.txt"))
    rng = random.Random(args.seed)
    rows = []
    for i in range(args.warmup + args.writes):
        row = one_write(catalog, new_page(sources, rng, i).encode())
        catalog.merge_segments()  # as the service does after each answer
        if i >= args.warmup and row["created"]:
            rows.append(row)
    timestamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    result = {"timestamp": timestamp, "label": args.label, "corpus": Path(args.corpus).name,
              "manifest": catalog.location.manifest(),
              "load_average_1_5_15": os.getloadavg(), "writes": len(rows), "stages": summary(rows), "rows": rows}
    out = Path(args.results_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"ingest-split-{args.label}-{timestamp}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print("\n| stage | p50 ms | max ms |\n|---|---:|---:|")
    for stage, row in result["stages"].items():
        print(f"| {stage} | {row['p50_ms']} | {row['max_ms']} |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
