"""Compare two Whoosh distributions on the service's schema: build time, index size, query latency, compatibility.

    python bench/whoosh_dists.py [--passages 20k] [--keep]

Each distribution is installed from PyPI into its own throwaway virtualenv under a temporary directory. Both
build the same index from the same generated passages (documents made by ``service/search/documents.py`` with the
schema of ``service/search/schema.py``) and run the same queries. Then each reads the other's index and the top-10
lists are compared. Prints a JSON report and a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DISTRIBUTIONS = {"whoosh3": "whoosh3==3.54.0", "whoosh-reloaded": "whoosh-reloaded==2.7.5"}
SEARCH_PACKAGE_DIR = REPO_ROOT / "service" / "search"


# Worker side: runs inside one of the throwaway virtualenvs and imports only the stdlib and that Whoosh. -------------

def _search_modules():
    """The service's schema and document modules, loaded without the rest of the service package."""
    import importlib
    import types

    package = types.ModuleType("claimdex_search")
    package.__path__ = [str(SEARCH_PACKAGE_DIR)]
    sys.modules["claimdex_search"] = package
    return importlib.import_module("claimdex_search.schema"), importlib.import_module("claimdex_search.documents")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def worker_build(index_dir: str, passages_file: str) -> dict:
    from whoosh import index

    schema_module, documents = _search_modules()
    records = [json.loads(line) for line in Path(passages_file).read_text().splitlines()]
    Path(index_dir).mkdir(parents=True)
    started = time.perf_counter()
    ix = index.create_in(index_dir, schema_module.build_schema())
    writer = ix.writer(limitmb=256)
    for record in records:
        writer.add_document(**documents.passage_document(record))
    writer.commit()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "documents": len(records), "size_bytes": _dir_size(Path(index_dir))}


def worker_query(index_dir: str, queries_file: str) -> dict:
    from whoosh import index
    from whoosh.qparser import QueryParser

    schema_module, _ = _search_modules()
    queries = json.loads(Path(queries_file).read_text())
    ix = index.open_dir(index_dir)
    parser = QueryParser("passage_text", schema_module.build_schema())
    parsed = [parser.parse(q) for q in queries]
    out = {"times_ms": [], "top10": [], "totals": []}
    with ix.searcher() as searcher:
        for query in parsed:  # warm-up pass: loads posting lists and caches the same way for both
            searcher.search(query, limit=10)
        for query in parsed:
            started = time.perf_counter()
            results = searcher.search(query, limit=10)
            top = [hit["id"] for hit in results]
            out["times_ms"].append((time.perf_counter() - started) * 1000)
            out["top10"].append(top)
            out["totals"].append(len(results))
    return out


# Driver side -----------------------------------------------------------------------------------------------------

def _run_worker(python: Path, *args: str) -> dict:
    completed = subprocess.run([str(python), str(Path(__file__).resolve()), "worker", *args],
                               capture_output=True, text=True, cwd=REPO_ROOT)
    if completed.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.splitlines()[-1])


def make_venv(root: Path, requirement: str) -> tuple[Path, str]:
    venv = root / ("venv-" + requirement.split("==")[0])
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement],
                   check=True)
    name = requirement.split("==")[0]
    version = subprocess.run([str(python), "-c", f"from importlib.metadata import version; print(version('{name}'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    return python, version


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 3)


def _same_top10(a: list[list[str]], b: list[list[str]]) -> float:
    return round(sum(x == y for x, y in zip(a, b)) / len(a), 4)


def compare(passages: int, work: Path, repeats: int = 3) -> dict:
    from bench.generate import iter_passages
    from bench.queries import QueryMaker, passage_queries

    passages_file = work / "passages.jsonl"
    with passages_file.open("w") as out:
        for record in iter_passages(passages):
            record = dict(record, index=record.pop("position"), entities=[])
            out.write(json.dumps(record) + "\n")
    maker = QueryMaker()
    general = [q["q"] for q in passage_queries("realistic", 2000, maker=maker)]
    phrases = [f"\"{p}\"" for p in maker.phrases]
    (work / "general.json").write_text(json.dumps(general))
    (work / "phrases.json").write_text(json.dumps(phrases))

    pythons, versions = {}, {}
    for name, requirement in DISTRIBUTIONS.items():
        print(f"installing {requirement}", file=sys.stderr, flush=True)
        pythons[name], versions[name] = make_venv(work, requirement)
    # Alternate the distributions (A B A B ...) and take medians, so that a disturbance hits both alike.
    builds: dict[str, list[dict]] = {name: [] for name in DISTRIBUTIONS}
    own: dict[str, list[dict]] = {name: [] for name in DISTRIBUTIONS}
    for repeat in range(repeats):
        for name in DISTRIBUTIONS:
            print(f"round {repeat + 1}/{repeats}: {name}", file=sys.stderr, flush=True)
            index_dir = work / f"index-{name}"
            shutil.rmtree(index_dir, ignore_errors=True)
            builds[name].append(_run_worker(pythons[name], "build", str(index_dir), str(passages_file)))
            own[name].append({kind: _run_worker(pythons[name], "query", str(index_dir), str(work / f"{kind}.json"))
                              for kind in ("general", "phrases")})

    def median_of(name: str, kind: str, fraction: float) -> float:
        return round(statistics.median(_percentile(r[kind]["times_ms"], fraction) for r in own[name]), 3)

    report = {"passages": passages, "queries": len(general), "phrase_queries": len(phrases), "repeats": repeats,
              "distributions": {}}
    names = list(DISTRIBUTIONS)
    for name in names:
        other = next(n for n in names if n != name)
        try:
            cross = _run_worker(pythons[name], "query", str(work / f"index-{other}"), str(work / "general.json"))
            cross_read = {"ok": True,
                          "same_top10_as_owner": _same_top10(cross["top10"], own[other][-1]["general"]["top10"])}
        except RuntimeError as error:
            cross_read = {"ok": False, "error": str(error).strip().splitlines()[-1]}
        build_seconds = statistics.median(b["seconds"] for b in builds[name])
        report["distributions"][name] = {
            "version": versions[name],
            "build_seconds": round(build_seconds, 3),
            "build_seconds_all": [b["seconds"] for b in builds[name]],
            "build_passages_per_second": round(passages / build_seconds, 1),
            "index_size_bytes": builds[name][-1]["size_bytes"],
            "query_p50_ms": median_of(name, "general", 0.5),
            "query_p95_ms": median_of(name, "general", 0.95),
            "phrase_p50_ms": median_of(name, "phrases", 0.5),
            "phrase_p95_ms": median_of(name, "phrases", 0.95),
            "queries_with_hits": sum(1 for t in own[name][-1]["general"]["totals"] if t),
            f"reads_{other}_index": cross_read,
        }
    report["same_top10_between_distributions"] = {
        kind: _same_top10(own[names[0]][-1][kind]["top10"], own[names[1]][-1][kind]["top10"])
        for kind in ("general", "phrases")
    }
    return report


def markdown(report: dict) -> str:
    names = list(report["distributions"])
    rows = [
        ("version", lambda d: d["version"]),
        ("build s", lambda d: f"{d['build_seconds']:.2f}"),
        ("build passages/s", lambda d: f"{d['build_passages_per_second']:,.0f}"),
        ("index MiB", lambda d: f"{d['index_size_bytes'] / 1048576:.1f}"),
        ("query p50 ms", lambda d: f"{d['query_p50_ms']:.3f}"),
        ("query p95 ms", lambda d: f"{d['query_p95_ms']:.3f}"),
        ("phrase p50 ms", lambda d: f"{d['phrase_p50_ms']:.3f}"),
        ("queries with hits", lambda d: str(d["queries_with_hits"])),
    ]
    lines = [f"| {report['passages']:,} passages, median of {report['repeats']} | " + " | ".join(names) + " |",
             "|---|" + "---:|" * len(names)]
    for label, get in rows:
        lines.append(f"| {label} | " + " | ".join(get(report["distributions"][n]) for n in names) + " |")
    cross = []
    for name in names:
        other = next(n for n in names if n != name)
        result = report["distributions"][name][f"reads_{other}_index"]
        cross.append(f"same top-10 as owner: {result['same_top10_as_owner']:.1%}" if result["ok"]
                     else f"fails: {result['error']}")
    lines.append("| reads the other's index | " + " | ".join(cross) + " |")
    same = report["same_top10_between_distributions"]
    lines.append(f"\nSame top-10 from both distributions on their own index: general {same['general']:.1%}, "
                 f"phrases {same['phrases']:.1%}.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["worker"]:
        command, *rest = argv[1:]
        result = {"build": worker_build, "query": worker_query}[command](*rest)
        print(json.dumps(result))
        return 0
    if __package__ in (None, ""):
        sys.path.insert(0, str(REPO_ROOT))
    from bench.generate import parse_scale

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default="20k")
    parser.add_argument("--repeats", type=int, default=3, help="alternating build + query rounds; medians reported")
    parser.add_argument("--keep", action="store_true", help="keep the temporary virtualenvs and indexes")
    parser.add_argument("--json", help="also write the report to this file")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="whoosh-dists-"))
    try:
        report = compare(parse_scale(args.passages), work, args.repeats)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    print()
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
