"""CPU time of one passage search request, in-process, split into phases (no profiler overhead on the total).

    python bench/request_cpu.py --index-dir <copy of an index> --data-dir <its corpus> --queries 3000

Distinct queries from bench's ``distinct`` set go through Flask's test client twice: a warm-up pass (postings,
columns and imports are read once) and a measured pass, timed with the process CPU clock. A third pass times the
phases by wrapping the functions that do them (outermost call only); what no phase covers is Flask, werkzeug, the
test client and the request hooks. ``--access-log`` turns the JSON access log on (written to ``os.devnull``), as
in a served request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.queries import QueryMaker, passage_queries, to_path  # noqa: E402

clock = time.process_time


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"mean {statistics.fmean(times) * 1e3:.3f} ms, p50 {statistics.median(times) * 1e3:.3f} ms, " \
           f"p99 {p99 * 1e3:.3f} ms"


def phase_targets() -> dict[str, tuple[object, str]]:
    """Label -> (owner, attribute) of the function that does the phase."""
    import flask.json.provider
    import marshmallow
    import webargs.core

    from service import reads
    from service.search import query, searcher
    try:
        from service.routes.dumping import DumpPlan
        plans = {"serialise (compiled dump plans)": (DumpPlan, "__call__")}
    except ImportError:  # before the plans
        plans = {}
    return {**plans,
        "arguments (webargs)": (webargs.core.Parser, "parse"),
        "query parsing": (query.QueryCompiler, "parse"),
        "index freshness": (searcher.IndexReader, "_state"),
        "engine (match, score, filter)": (searcher.IndexReader, "_ranked"),
        "top k + stored fields": (searcher.IndexReader, "_search_ranked"),
        "match offsets": (searcher.IndexReader, "matches"),
        "highlight": (reads, "highlight"),
        "serialise (marshmallow dump)": (marshmallow.Schema, "dump"),
        "JSON encoding": (flask.json.provider.DefaultJSONProvider, "response"),
    }


def instrument(totals: dict[str, float]):
    """Wrap each phase's function; returns a function that undoes it."""
    undo = []
    depth = {label: 0 for label in phase_targets()}
    for label, (owner, name) in phase_targets().items():
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)

        def wrapper(*args, _original=original, _label=label, **kwargs):
            if depth[_label]:
                return _original(*args, **kwargs)
            depth[_label] += 1
            started = clock()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_label] = totals.get(_label, 0.0) + clock() - started
                depth[_label] -= 1

        setattr(owner, name, wrapper)
        undo.append((owner, name, original))

    def restore():
        for owner, name, original in undo:
            setattr(owner, name, original)
    return restore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--access-log", action="store_true",
                        help="write the JSON access log (to os.devnull) as a served request does")
    args = parser.parse_args(argv)

    from service.app import create_app

    queries = passage_queries("distinct", n=args.queries, maker=QueryMaker())
    paths = [to_path("/v1/passages", q) for q in queries]
    app = create_app({"data_dir": Path(args.data_dir), "index_dir": Path(args.index_dir),
                      "reconcile_on_start": False, "result_cache_size": 0, "access_log": args.access_log})
    if args.access_log:
        from service.observability import access_logger
        for handler in access_logger().handlers:
            handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 - open for the life of the process
    client = app.test_client()
    statuses = {}
    for path in paths:  # warm-up
        status = client.get(path).status_code
        statuses[status] = statuses.get(status, 0) + 1
    times = []
    for path in paths:
        started = clock()
        client.get(path)
        times.append(clock() - started)
    print(f"## {len(paths)} distinct queries, statuses {statuses}\n")
    print(f"- whole request (CPU): {summary(times)}")
    totals: dict[str, float] = {}
    restore = instrument(totals)
    started = clock()
    try:
        for path in paths:
            client.get(path)
    finally:
        restore()
    elapsed = clock() - started
    for label in phase_targets():
        print(f"- {label}: {totals.get(label, 0.0) / len(paths) * 1e3:.3f} ms")
    print(f"- rest (Flask, werkzeug, test client, hooks): "
          f"{(elapsed - sum(totals.values())) / len(paths) * 1e3:.3f} ms (instrumented pass "
          f"{elapsed / len(paths) * 1e3:.3f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
