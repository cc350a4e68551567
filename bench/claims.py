"""Claims and quantity filters under gunicorn: per-request latency, the first request after a write, ingest cost.

    python bench/claims.py --scales 10k --requests 200 --writes 20
    (and as part of every ``bench/run.py`` scale: see ``measure_service``)

Per scale: generate (or reuse) the corpus, build the index (timed: the build rate), start the service with
``gunicorn -w 2`` and an API key on copies of the corpus and index (writes never change the originals), then send
requests one at a time and report p50/p99 for

* ``/v1/claims`` without filters, with ``status``/``about``/``source``/date filters, with ``q``, and with quantity
  filters (``dimension``, ``unit`` + ``min``);
* ``/v1/facts`` with quantity filters (``unit`` + ``min``, ``dimension``, ``dimension`` + ``max``);
* ``POST /v1/claims/check`` with claims built from the corpus's own entities and figures;
* ``POST /v1/articles`` (an HTTP ingest: clean, extract, embed, index; answered before its claims are updated)
  followed at once by ``/v1/claims``, plain and filtered in turn: the first request after a write, which must not
  recluster the corpus; then ``/ready`` is polled until no claim is pending: the time from the answer to settled
  claims, and the settle's own duration in the worker (``claimdex_claims_settle_duration_seconds``);
* ``POST /v1/articles`` followed at once by ``POST /v1/claims/check``: the first claim check after a write.

Results go to ``bench/results/claims-<timestamp>.json`` and ``bench/results/claims-latest.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import statistics
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.generate import DEFAULT_SEED, parse_scale, write_corpus  # noqa: E402
from bench.run import (RESULTS_DIR, Server, _stop_on_sigterm, build_service_index, start_server,  # noqa: E402
                       stop_server, wait_ready)

API_KEY = "bench-key-0123456789"
DIMENSIONS = ("persons", "length", "money", "rate", "duration", "count")
# As `make run` serves it: the service's gunicorn settings load the entity recogniser once in the master, so no
# request pays for loading it (bench/run.py's contenders share plain settings instead).
SERVICE_CONFIG = ("-c", "python:service.gunicorn_conf")
WARMUP_REQUESTS = 8  # unmeasured requests per group first
BORROWED_LINES = slice(8, 20)  # the lines of another page added to each posted one (past its header)
SETTLE_TIMEOUT = 120  # seconds a write's claims may take to settle before it counts as an error
SETTLE_POLL = 0.01  # seconds between two /ready polls while waiting for them


def _request(base: str, path: str, body: dict | None = None, headers: dict | None = None) -> tuple[float, int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method="POST" if body is not None else "GET",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {API_KEY}", **(headers or {})})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            payload = json.loads(response.read() or b"{}")
            status = response.status
    except urllib.error.HTTPError as error:
        payload, status = {}, error.code
    return (time.perf_counter() - started) * 1000, status, payload


def _summary(times: list[float], statuses: list[int]) -> dict:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))] if ordered else None
    return {"n": len(times), "p50_ms": round(statistics.median(ordered), 2) if ordered else None,
            "p99_ms": round(p99, 2) if p99 is not None else None,
            "errors": sum(1 for s in statuses if s >= 400)}


def _measure(base: str, paths: list, rounds: int) -> dict:
    times, statuses = [], []
    for i in range(rounds):
        item = paths[i % len(paths)]
        path, body = item if isinstance(item, tuple) else (item, None)
        ms, status, _ = _request(base, path, body)
        times.append(ms)
        statuses.append(status)
    return _summary(times, statuses)


def _samples(base: str, rng: random.Random) -> dict:
    """Filter values and claims drawn from what the index holds."""
    facts = _request(base, "/v1/facts?has_quantity=true&limit=100")[2].get("items", [])
    claims = _request(base, "/v1/claims?limit=100")[2].get("items", [])
    abouts = sorted({a for c in claims for a in c["about"]}) or ["Russia"]
    sources = sorted({f["source"] for c in claims for f in c["facts"] if f.get("source")}) or ["Reuters"]
    units = sorted({q["unit"] for f in facts for q in f["quantities"] if q.get("unit")}) or ["km"]
    checks = []
    for fact in facts[:40]:
        names = [e["name"] for e in fact["entities"]][:2]
        for q in fact["quantities"][:1]:
            factor = rng.choice((1, 1, 3))
            checks.append(f"{' and '.join(names) or 'They'} reported {q['value'] * factor:,.0f} {q.get('unit') or ''}")
    return {"abouts": abouts, "sources": sources, "units": units,
            "checks": checks or ["Russian casualties average 1,200 per day"]}


def _claim_quantity_paths(samples: dict) -> list[str]:
    q = urllib.parse.quote
    return ([f"/v1/claims?dimension={d}&limit=10" for d in DIMENSIONS]
            + [f"/v1/claims?unit={q(u)}&min=10&limit=10" for u in samples["units"][:10]])


def _paths(samples: dict, rng: random.Random) -> dict:
    q = urllib.parse.quote
    return {
        # What any request costs on the machine as it is (no index work): the floor under the other groups.
        "health (baseline)": ["/health"],
        "claims": ["/v1/claims?limit=10", "/v1/claims?limit=10&offset=10"],
        "claims filtered": [f"/v1/claims?status={s}&limit=10" for s in ("corroborated", "conflicting", "evolving")]
        + [f"/v1/claims?about={q(a)}&limit=10" for a in samples["abouts"][:20]]
        + [f"/v1/claims?source={q(s)}&limit=10" for s in samples["sources"][:10]]
        + ["/v1/claims?q=troops&limit=10", "/v1/claims?published_from=2024-01-01&limit=10"],
        "claims by quantity": _claim_quantity_paths(samples),
        "facts by quantity": [f"/v1/facts?unit={q(u)}&min={rng.choice((1, 10, 100))}&limit=10"
                              for u in samples["units"][:20]]
        + [f"/v1/facts?dimension={d}&limit=10" for d in DIMENSIONS]
        + [f"/v1/facts?dimension={d}&max=1000&limit=10" for d in DIMENSIONS],
        "claim check": [("/v1/claims/check", {"claim": c}) for c in samples["checks"]],
    }


def new_page(sources: list[Path], rng: random.Random, i: int) -> str:
    """A page of the corpus with a paragraph of its own in the middle, and lines of another page at the end.

    The new paragraph goes among the body's: a page may begin with a menu and end in chrome (a sign-up or donation
    appeal) after which cleaning keeps nothing, and a page whose new text was all dropped is a corpus article."""
    page, other = (path.read_text(encoding="utf-8", errors="replace") for path in rng.sample(sources, 2))
    evacuated = rng.randint(2, 90) * 100
    paragraphs = page.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs.insert(middle, f"Officials said {evacuated:,} people were evacuated by update {i}, a spokesperson said.")
    return "\n\n".join(paragraphs) + "\n\n" + "\n".join(other.splitlines()[BORROWED_LINES]) + "\n"


def _writes(base: str, corpus: Path, writes: int, rng: random.Random, samples: dict) -> dict:
    """Post new articles, each followed by one claim listing (plain and filtered in turn). Each is a page of the
    corpus with paragraphs of another one and a new closing paragraph: new text with the corpus's entities and
    figures (a page plus a paragraph alone may clean to an article already there, which is answered 200)."""
    sources = sorted(corpus.glob("*.txt"))
    filtered = [f"/v1/claims?status={s}&limit=10" for s in ("corroborated", "conflicting")] \
        + _claim_quantity_paths(samples)[:4]
    ingest, plain, after_filtered, settled, in_worker = [], [], [], [], []
    for i in range(writes):
        before = _settle_seconds(base)
        ms, status, _ = _request(base, "/v1/articles", {"text": new_page(sources, rng, i)})
        answered = time.perf_counter()
        ingest.append((ms, status))
        path = "/v1/claims?limit=10" if i % 2 == 0 else filtered[(i // 2) % len(filtered)]
        ms, status, _ = _request(base, path)
        (plain if i % 2 == 0 else after_filtered).append((ms, status))
        if status < 400 and _wait_settled(base):
            settled.append(((time.perf_counter() - answered) * 1000, 200))
            after = _settle_seconds(base)
            if after[1] > before[1]:  # the settles this write caused, as the worker timed them
                in_worker.append(((after[0] - before[0]) * 1000, 200))
        else:
            settled.append((SETTLE_TIMEOUT * 1000, 599))

    def summary(rows):
        return _summary([ms for ms, _ in rows], [status for _, status in rows])

    created = dict(summary(ingest), created=sum(1 for _, status in ingest if status == 201))
    back_to_back = []
    for i in range(writes):  # each POST sent as soon as the last was answered, while its claims settle
        back_to_back.append(_request(base, "/v1/articles", {"text": new_page(sources, rng, writes + i)})[:2])
    _wait_settled(base)
    accepted, visible = _async_writes(base, sources, writes, rng)
    checks = _checks_after_writes(base, sources, writes, rng, samples)
    return {"ingest (POST /v1/articles)": created,
            "ingest, Prefer: respond-async (202 once stored)": dict(
                summary(accepted), accepted=sum(1 for _, status in accepted if status == 202)),
            "respond-async: the article readable after": summary(visible),
            "ingest back to back (the last one's claims settling)": dict(
                summary(back_to_back), created=sum(1 for _, status in back_to_back if status == 201)),
            "claims right after a write": summary(plain),
            "claims filtered right after a write": summary(after_filtered),
            "claims settled (answer to nothing pending)": summary(settled),
            "claims settle in the worker, after the answer": summary(in_worker),
            "claim check after a write": summary(checks)}


def _checks_after_writes(base: str, sources: list[Path], writes: int, rng: random.Random, samples: dict) -> list:
    """Post ``writes`` more articles, each followed at once by a claim check (sampled like the "claim check"
    group), then wait for its claims to settle: (ms, status) of each check, the first after its write."""
    checks = []
    for i in range(writes):
        _request(base, "/v1/articles", {"text": new_page(sources, rng, 3 * writes + i)})
        checks.append(_request(base, "/v1/claims/check", {"claim": rng.choice(samples["checks"])})[:2])
        _wait_settled(base)
    return checks


def _async_writes(base: str, sources: list[Path], writes: int, rng: random.Random) -> tuple[list, list]:
    """Post ``writes`` articles with ``Prefer: respond-async``, one at a time, each once the last is indexed and
    its claims settled: (ms, status) of each answer (202 once stored and queued), and the time from sending it until
    GET on its Location answers 200 (indexed after the answer)."""
    accepted, visible = [], []
    for i in range(writes):
        started = time.perf_counter()
        ms, status, body = _request(base, "/v1/articles", {"text": new_page(sources, rng, 2 * writes + i)},
                                    headers={"Prefer": "respond-async"})
        accepted.append((ms, status))
        found = status == 202 and _wait_found(base, f"/v1/articles/{body['id']}")
        visible.append((((time.perf_counter() - started) * 1000) if found else SETTLE_TIMEOUT * 1000,
                        200 if found else 599))
        _wait_settled(base)
    return accepted, visible


def _wait_found(base: str, path: str) -> bool:
    """Poll ``path`` until it answers 200 (False after SETTLE_TIMEOUT seconds)."""
    deadline = time.perf_counter() + SETTLE_TIMEOUT
    while time.perf_counter() < deadline:
        if _request(base, path)[1] == 200:
            return True
        time.sleep(SETTLE_POLL)
    return False


def _wait_settled(base: str) -> bool:
    """Poll ``/ready`` until no article awaits its claims (False after SETTLE_TIMEOUT seconds)."""
    deadline = time.perf_counter() + SETTLE_TIMEOUT
    while time.perf_counter() < deadline:
        _, status, body = _request(base, "/ready")
        if status == 200 and body.get("claims_pending") == 0 and not body.get("articles_queued"):
            return True
        time.sleep(SETTLE_POLL)
    return False


def _settle_seconds(base: str) -> tuple[float, float]:
    """(sum, count) of the service's settle-duration histogram, summed over its workers."""
    request = urllib.request.Request(base + "/metrics", headers={"Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
    values = {"sum": 0.0, "count": 0.0}
    for line in text.splitlines():
        for name in values:
            if line.startswith(f"claimdex_claims_settle_duration_seconds_{name} "):
                values[name] += float(line.split()[-1])
    return values["sum"], values["count"]


def measure_service(corpus: Path, index: Path, work: Path, *, requests: int, writes: int, seed: int) -> dict:
    """Serve copies of ``corpus`` and ``index`` (built from it) with writes allowed, and measure every group."""
    data, index_copy = work / "data", work / "index"
    for target in (data, index_copy):
        shutil.rmtree(target, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    shutil.copytree(corpus, data)
    shutil.copytree(index, index_copy, symlinks=True)
    server = Server("claimdex-claims", "service.wsgi:app", {
        "CLAIMDEX_DATA_DIR": str(data), "CLAIMDEX_INDEX_DIR": str(index_copy),
        "CLAIMDEX_RECONCILE_ON_START": "false", "CLAIMDEX_API_KEYS": API_KEY, "HF_HUB_OFFLINE": "1"},
        options=SERVICE_CONFIG)
    start_server(server, work)
    try:
        wait_ready(server)
        rng = random.Random(seed)
        samples = _samples(server.base_url, rng)
        groups = _paths(samples, rng)
        for paths in groups.values():  # each worker's first use of a path loads what it needs (e.g. a column)
            _measure(server.base_url, paths, min(len(paths), WARMUP_REQUESTS))
        results = {name: _measure(server.base_url, paths, requests) for name, paths in groups.items()}
        results.update(_writes(server.base_url, corpus, writes, rng, samples))
    finally:
        stop_server(server)
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(index_copy, ignore_errors=True)
    return results


def bench_scale(label: str, args) -> dict:
    work = Path(args.work_dir) / label
    corpus = work / "corpus"
    if not corpus.exists():
        write_corpus(corpus, parse_scale(label), seed=args.seed)
    if args.reuse_index and (work / "index" / "CURRENT").exists():
        build = {"reused": True, "seconds": None}
    else:
        build = build_service_index(corpus, work / "index", work / "build.log")
    results = measure_service(corpus, work / "index", work / "serve", requests=args.requests, writes=args.writes,
                              seed=args.seed)
    passages = (build.get("counts") or {}).get("passages")
    return {"scale": label, "build": build,
            "build_passages_per_s": round(passages / build["seconds"], 1) if passages and build["seconds"] else None,
            "endpoints": results}


# Targets of the claims work (p99, milliseconds), per group of requests.
TARGETS_MS = {"claims": 50, "claims filtered": 50, "claims by quantity": 50, "facts by quantity": 50,
              "claim check": 100, "claim check after a write": 100,
              "claims right after a write": 50, "claims filtered right after a write": 50,
              "ingest (POST /v1/articles)": 20, "ingest, Prefer: respond-async (202 once stored)": 20}


def table(rows: list[tuple[str, dict]]) -> list[str]:
    """Markdown rows ``(scale, endpoints)``: one line per group with its p50, p99 and target."""
    lines = ["| scale | requests | n | p50 ms | p99 ms | p99 target ms | errors |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for scale, endpoints in rows:
        for name, row in endpoints.items():
            target = TARGETS_MS.get(name)
            created = f" ({row['created']} created)" if "created" in row else ""
            created += f" ({row['accepted']} accepted)" if "accepted" in row else ""
            lines.append(f"| {scale} | {name}{created} | {row['n']} | {row['p50_ms']} | {row['p99_ms']} | "
                         f"{target if target is not None else '—'} | {row['errors']} |")
    return lines


def errors(endpoints: dict) -> list[str]:
    return [f"{name}: {row['errors']} error answers out of {row['n']}" for name, row in endpoints.items()
            if row["errors"]]


def markdown(results: dict) -> str:
    lines = table([(scale["scale"], scale["endpoints"]) for scale in results["scales"]])
    for scale in results["scales"]:
        lines.append(f"\n{scale['scale']}: build {scale['build']['seconds']} s, "
                     f"{scale['build_passages_per_s']} passages/s, counts {scale['build'].get('counts')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="10k")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint group")
    parser.add_argument("--writes", type=int, default=20, help="HTTP ingests, each followed by /v1/claims")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--work-dir", default=str(REPO_ROOT / "build" / "bench-claims"))
    parser.add_argument("--results-dir", default=str(RESULTS_DIR))
    parser.add_argument("--reuse-index", action="store_true",
                        help="measure the index already built in the work dir (<work-dir>/<scale>/index)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)  # so that the server started is stopped on the way out
    timestamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    results = {"timestamp": timestamp, "scales": [bench_scale(s.strip(), args) for s in args.scales.split(",")]}
    out = Path(args.results_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"claims-{timestamp}.json").write_text(json.dumps(results, indent=2) + "\n")
    text = markdown(results)
    (out / "claims-latest.md").write_text(text)
    print(text)
    problems = [f"{scale['scale']} {problem}" for scale in results["scales"] for problem in errors(scale["endpoints"])]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
