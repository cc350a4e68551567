"""Memory of the claims step of a full build, per fact: what ``claimstore.build_claims`` holds for a collection.

    python bench/claims_memory.py                      # 30k generated passages, one process
    python bench/claims_memory.py --passages 20k --workers 2

The first run generates the corpus (``bench/generate.py``), runs the real pipeline over it (``Processor``, as a
build does) and caches the fact records, as the claims step reads them (``claimstore.claim_input``), as JSON
lines under ``build/claims-memory/``; later runs load that file. Then, per fact:

* ``records``: what the loaded records take (tracemalloc), the input the build process holds anyway;
* ``view step``: what the comparison views of the whole collection hold once made (tracemalloc, the object
  ``claims._features`` returns: compact rows, embeddings, ranks), and the size of that object's arrays;
* ``build_claims``: the tracemalloc peak above the records while it runs, the resident-set peak above the
  resident set before it (``VmHWM`` after resetting it), and the wall time (timed in a run without tracemalloc).

A digest of the components and claims (``claims_digest``) shows that two versions give the same output.
Results are printed as JSON.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.generate import DEFAULT_SEED, iter_articles, parse_scale  # noqa: E402

WORK_DIR = REPO_ROOT / "build" / "claims-memory"
DEFAULT_PASSAGES = "30k"
MB = 1024 * 1024


def facts_path(passages: int, seed: int) -> Path:
    from service.pipeline.facts import EXTRACTOR_VERSION

    return WORK_DIR / f"facts-{passages}-{seed}-{EXTRACTOR_VERSION}.jsonl"


def extract_facts(passages: int, seed: int, workers: int) -> list[dict]:
    """The claim inputs of the generated corpus, as a build makes them."""
    from service.claimstore import claim_input
    from service.config import Settings
    from service.corpus import stored_form
    from service.processing import Processor, process_articles

    settings = Settings()
    stored = [stored_form(a.article_id, a.raw.encode("utf-8"), a.sidecar) for a in iter_articles(passages, seed)]
    processor = Processor(settings.entities_file, settings.min_article_chars)
    facts = []
    for item in process_articles(stored, len(stored), settings, processor, workers):
        if isinstance(item, tuple) and item[1] is not None:
            facts.extend(claim_input(fact) for fact in item[1].facts)
    return facts


def cache_facts(passages: int, seed: int, workers: int) -> Path:
    """The cached fact records of the generated corpus (extracted on the first run)."""
    path = facts_path(passages, seed)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            for fact in extract_facts(passages, seed, workers):
                out.write(json.dumps(fact, ensure_ascii=False) + "\n")
        partial.replace(path)
    return path


def load_facts(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def rss_bytes(field: str = "VmRSS") -> int:
    """A field of /proc/self/status in bytes (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def reset_rss_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current resident set
    except OSError:
        pass


def claims_digest(components) -> str:
    digest = hashlib.sha256()
    for component in components:
        digest.update(json.dumps([component.head, component.parts, component.claims], sort_keys=True,
                                 default=str).encode("utf-8"))
    return digest.hexdigest()[:16]


def array_bytes(held) -> int:
    """Bytes of the numpy arrays reachable through an object's attributes and dicts."""
    import numpy as np

    total, seen = 0, set()
    stack = [held]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, np.ndarray):
            total += obj.nbytes
        elif hasattr(obj, "__dict__"):
            stack.extend(vars(obj).values())
        elif isinstance(obj, dict):
            stack.extend(obj.values())
    return total


def traced(fn):
    """(result, bytes still held after, peak bytes while it ran), both above what was held before."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = fn()
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, current - before, peak - before


def measure(facts: list[dict], workers: int) -> dict:
    from service.claimstore import build_claims
    from service.pipeline import claims
    from service.pipeline.semantic import load_model

    load_model()
    n = len(facts)
    gc.collect()
    reset_rss_peak()
    rss_before = rss_bytes()
    started = time.perf_counter()
    components = build_claims(facts, workers)
    seconds = time.perf_counter() - started
    rss_peak = rss_bytes("VmHWM") - rss_before
    digest = claims_digest(components)
    del components
    views, views_held, views_peak = traced(lambda: claims._features(claims._ordered_records(facts)))
    arrays = array_bytes(views)
    del views
    _, _, build_peak = traced(lambda: build_claims(facts, 1))
    return {
        "facts": n, "workers": workers, "claims_digest": digest, "seconds": round(seconds, 1),
        "bytes_per_fact": {
            "view step held": round(views_held / n), "view step arrays": round(arrays / n),
            "view step peak": round(views_peak / n), "build_claims peak (tracemalloc)": round(build_peak / n),
            "build_claims peak (RSS)": round(rss_peak / n),
        },
        "projected_gb_at_970k": {"view step held": round(views_held / n * 970_000 / 1024 ** 3, 2),
                                 "build_claims peak (tracemalloc)": round(build_peak / n * 970_000 / 1024 ** 3, 2)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default=DEFAULT_PASSAGES, help="generated passages: 20k, 30k, ...")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, default=1, help="processes of build_claims (the timed run)")
    args = parser.parse_args(argv)
    passages = parse_scale(args.passages)
    path = cache_facts(passages, args.seed, max(args.workers, 2))
    facts, held, _ = traced(lambda: load_facts(path))
    result = measure(facts, args.workers)
    result["bytes_per_fact"]["records"] = round(held / len(facts))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
