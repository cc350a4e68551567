"""Where a passage search spends its time, in-process, on an index built by ``bench/run.py`` (or any index).

    python bench/profile_search.py --index-dir build/bench/index-100k --data-dir build/bench/corpus-100k

1. Engine: the same distinct queries through Whoosh's collector (``Searcher.search``, top 10) and through the
   array engine (``VectorSearcher``), cold (first read of each term's postings) and warm, with the memory the
   cached postings take.
2. Filters: queries of the set that carry a filter, run through the catalog with and without it.
3. Whole request: ``GET /v1/passages`` through Flask's test client under cProfile, split into parsing, search,
   stored fields, highlighting and serialisation.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.queries import QueryMaker, passage_queries, to_path  # noqa: E402


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"mean {statistics.fmean(times) * 1e3:.3f} ms, p50 {statistics.median(times) * 1e3:.3f} ms, "
            f"p99 {p99 * 1e3:.3f} ms")


def timed(fn, items) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - started)
    return out


def engine_comparison(index_dir: Path, texts: list[str]) -> None:
    from service.search.errors import SearchError
    from service.search.query import QueryCompiler
    from service.search.vector import VectorSearcher
    from service.search.writer import IndexLocation

    compiler = QueryCompiler("passage_text", "passage_bigrams")
    parsed = []
    for text in texts:
        try:
            parsed.append(compiler.parse(text).query)
        except SearchError:
            continue
    index = IndexLocation(index_dir).open()
    with index.searcher() as searcher:
        whoosh = timed(lambda q: searcher.search(q, limit=10), parsed)
        engine = VectorSearcher(searcher)
        cold = timed(lambda q: engine.evaluate(q).top(10), parsed)
        warm = timed(lambda q: engine.evaluate(q).top(10), parsed)
        print(f"## Engine, {len(parsed)} distinct queries, top 10\n")
        print(f"- Whoosh collector: {summary(whoosh)}")
        print(f"- array engine, postings read the first time: {summary(cold)}")
        print(f"- array engine, postings cached: {summary(warm)}")
        print(f"- cached postings: {len(engine._cache)} terms, {engine.cached_bytes / 2**20:.1f} MiB")
        print(f"- Whoosh / cached engine mean: {statistics.fmean(whoosh) / statistics.fmean(warm):.1f}x\n")


def filter_comparison(app, queries: list[dict]) -> None:
    from service.routes import catalog

    filtered = [q for q in queries if len(q) > 1][:400]
    with app.app_context():
        cat = catalog()

        def run(query):
            try:
                cat.passages.search(limit=10, offset=0, **query)
            except Exception:  # noqa: BLE001 - malformed generated queries are answered as 400s by the API
                pass

        for query in filtered:  # warm both: postings, filter arrays, columns
            run(query)
            run({"q": query["q"]})
        reader = cat.reader
        size = reader.result_cache_size
        reader.result_cache_size = 0
        try:
            with_filters = timed(run, filtered)
            without = timed(lambda q: run({"q": q["q"]}), filtered)
        finally:
            reader.result_cache_size = size
    print(f"## Filters, {len(filtered)} filtered queries with and without their filter (warm)\n")
    print(f"- with filters: {summary(with_filters)}")
    print(f"- without: {summary(without)}")
    print(f"- ratio of means: {statistics.fmean(with_filters) / statistics.fmean(without):.2f}\n")


PHASES = {
    "validate the arguments (webargs)": ("webargs/core.py", "parse"),
    "parse the query (Whoosh's parser)": ("search/query.py", "parse"),
    "match, score, filter, top 10 (array engine)": ("search/searcher.py", "_ranked"),
    "read stored fields": ("search/searcher.py", "_records"),
    "match offsets": ("search/searcher.py", "matches"),
    "highlight": ("search/searcher.py", "highlight"),
    "serialise (marshmallow dump)": ("marshmallow/schema.py", "dump"),
    "JSON encoding": ("flask/json/provider.py", "response"),
}


def request_profile(app, paths: list[str]) -> None:
    client = app.test_client()
    for path in paths[:200]:  # warm-up: caches of the first queries, imports
        client.get(path)
    measured = paths[200:]
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for path in measured:
        client.get(path)
    profile.disable()
    elapsed = time.perf_counter() - started
    stats = pstats.Stats(profile)
    print(f"## Whole request, {len(measured)} requests under cProfile: {elapsed / len(measured) * 1e3:.2f} ms each\n")
    for label, (filename, function) in PHASES.items():
        total = sum(value[3] for key, value in stats.stats.items()
                    if key[0].endswith(filename) and key[2] == function)
        print(f"- {label}: {total / len(measured) * 1e3:.3f} ms ({total / elapsed:.0%})")
    print()
    stats.sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile part")
    args = parser.parse_args(argv)

    queries = passage_queries("distinct", n=args.queries, maker=QueryMaker())
    engine_comparison(Path(args.index_dir), [q["q"] for q in queries])

    from service.app import create_app

    app = create_app({"data_dir": Path(args.data_dir), "index_dir": Path(args.index_dir),
                      "reconcile_on_start": False, "result_cache_size": 0})
    filter_comparison(app, queries)
    if not args.no_profile:
        request_profile(app, [to_path("/v1/passages", q) for q in queries])
    return 0


if __name__ == "__main__":
    sys.exit(main())
