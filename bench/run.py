"""Benchmark the service against a hello-world ceiling and an SQLite FTS5 peer, at one or more corpus scales.

    python bench/run.py --scales 10k --duration 10 --rounds 3
    python bench/run.py --smoke          # CI: 10k passages, 5 s runs, one round

Per scale: generate the corpus, build the service index and the FTS5 database (timed), start every contender
under the same gunicorn settings, check that answers are sane, then load them with wrk in alternation
(ceiling, peer, service, ceiling, peer, service, ...) for several rounds and report medians. Results go to
``bench/results/<timestamp>.json`` and ``bench/results/latest.md``; the Markdown is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO_ROOT))

from bench.generate import DEFAULT_SEED, parse_scale, write_corpus  # noqa: E402
from bench.peers.fts5 import build_db  # noqa: E402
from bench.queries import PASSAGE_SETS, QueryMaker, fact_queries, passage_queries, to_path  # noqa: E402

RESULTS_DIR = REPO_ROOT / "bench" / "results"
LUA_SCRIPT = REPO_ROOT / "bench" / "wrk" / "cycle.lua"
WRK = shutil.which("wrk") or "/usr/bin/wrk"
WORKERS = 2
READY_TIMEOUT_S = 300
# Above this many passages the service index is built without claims: on the generated corpus the facts of a place
# share link keys (one template, one place), so the candidate pairs grow with the square of the corpus (14 million
# at 100k, on the order of a billion at 1M) and the grouping would not finish. Passage search is measured there.
CLAIMS_MAX_PASSAGES = 100_000
SANITY_SAMPLE = 40
# A run during which other processes took more than this share of the CPU is left out of the medians.
DISTURBED_ABOVE = 0.10


@dataclass
class Server:
    name: str
    app: str
    env: dict
    options: tuple[str, ...] = ()  # more gunicorn options, e.g. the service's own config file
    port: int = 0
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Job:
    contender: str  # hello | fts5 | claimdex-passages | claimdex-facts
    server: str
    query_set: str
    paths_file: Path
    paths: list[str] = field(default_factory=list)


# Environment -------------------------------------------------------------------------------------------------------

def machine_info() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions = {}
    for dist in ("flask", "gunicorn", "whoosh3", "whoosh-reloaded", "Whoosh"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    wrk_version = subprocess.run([WRK, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gib": ram_gib,
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "wrk": wrk_version.strip(),
            "packages": versions}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# Builds ------------------------------------------------------------------------------------------------------------

def build_service_index(data_dir: Path, index_dir: Path, log_path: Path, *, claims: bool = True) -> dict:
    shutil.rmtree(index_dir, ignore_errors=True)
    started = time.perf_counter()
    with log_path.open("w") as log:
        completed = subprocess.run(
            [sys.executable, "-m", "service", "index", "build", "--data-dir", str(data_dir),
             "--index-dir", str(index_dir), *([] if claims else ["--without-claims"])],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True,
            env=dict(os.environ, CLAIMDEX_RECONCILE_ON_START="false"))
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"index build failed ({completed.returncode}); see {log_path}")
    result = {"seconds": round(seconds, 3), "size_bytes": dir_size(index_dir), "claims": claims}
    try:
        output = json.loads(completed.stdout)
        result["counts"] = output.get("counts")
        result["skipped"] = len(output.get("skipped") or [])
        result["costs"] = output.get("costs")
    except ValueError:
        pass
    return result


# Servers -----------------------------------------------------------------------------------------------------------

def start_server(server: Server, log_dir: Path) -> None:
    server.port = free_port()
    server.log_path = log_dir / f"{server.name}.log"
    env = dict(os.environ, **server.env)
    command = [sys.executable, "-m", "gunicorn", "-w", str(WORKERS), "-k", "sync", "--timeout", "60",
               "-b", f"127.0.0.1:{server.port}", "--log-level", "warning", *server.options, server.app]
    with server.log_path.open("w") as log:
        server.process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, start_new_session=True)


def wait_ready(server: Server, path: str = "/ready") -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < READY_TIMEOUT_S:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited ({server.process.returncode}); see {server.log_path}")
        try:
            with urllib.request.urlopen(server.base_url + path, timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{server.name} not ready after {READY_TIMEOUT_S} s; see {server.log_path}")


def worker_pids(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return [int(pid) for pid in children]
    except OSError:
        return []


def peak_rss_mib(pid: int) -> float | None:
    """VmHWM: the most resident memory the process ever had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def stop_server(server: Server) -> None:
    if server.process is None or server.process.poll() is not None:
        return
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait()


# Measurement -------------------------------------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_busy_ticks() -> int:
    """Busy CPU time of the whole machine, in clock ticks."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq + steal


def process_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def wait_for_quiet(threshold: float, max_wait: float) -> float:
    """Wait (up to ``max_wait`` s) until other processes use less than ``threshold`` of the CPU; returns seconds
    waited."""
    started = time.perf_counter()
    while True:
        before = cpu_busy_ticks()
        time.sleep(1)
        busy = (cpu_busy_ticks() - before) / CLOCK_TICKS / os.cpu_count()
        waited = time.perf_counter() - started
        if busy < threshold or waited >= max_wait:
            return round(waited - 1, 1)


def children_ticks() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * CLOCK_TICKS

def result_list(body) -> list | None:
    if isinstance(body, dict):
        for key in ("results", "facts", "passages", "items", "hits"):
            if isinstance(body.get(key), list):
                return body[key]
        for value in body.values():
            if isinstance(value, list):
                return value
    return body if isinstance(body, list) else None


def sanity_check(base_url: str, paths: list[str]) -> dict:
    """Status codes and how many of a sample of queries return at least one result."""
    statuses: dict[str, int] = {}
    hits = results = 0
    sample = paths[:SANITY_SAMPLE]
    for path in sample:
        try:
            with urllib.request.urlopen(base_url + path, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read()
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        if status == 200:
            found = result_list(json.loads(body))
            if found:
                hits += 1
                results += len(found)
    return {"sampled": len(sample), "statuses": statuses, "with_results": hits,
            "mean_results": round(results / len(sample), 2) if sample else 0}


def run_wrk(base_url: str, paths_file: Path, duration: int, threads: int, connections: int,
            offset: int = 0) -> dict:
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s",
               str(LUA_SCRIPT), base_url, "--", str(paths_file), str(threads), str(offset)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    for line in completed.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line[len("BENCH_JSON "):])
    raise RuntimeError(f"wrk printed no summary: {completed.stdout}\n{completed.stderr}")


def write_paths(path: Path, paths: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(paths) + "\n")
    return path


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def summarise(runs: list[dict], disturbed_above: float = DISTURBED_ABOVE) -> list[dict]:
    """Medians per (contender, set) over the undisturbed rounds (all rounds when every one was disturbed)."""
    groups: dict[tuple, list[dict]] = {}
    for run in runs:
        groups.setdefault((run["contender"], run["query_set"]), []).append(run)
    rows = []
    for (contender, query_set), every in groups.items():
        quiet = [r for r in every if r.get("foreign_cpu", 0) <= disturbed_above]
        group = quiet or every
        requests = sum(r["requests"] for r in every)
        errors = sum(sum(r["errors"].values()) for r in every)
        rows.append({"contender": contender, "query_set": query_set, "rounds": len(every), "rounds_used": len(group),
                     "rps": median([r["rps"] for r in group]),
                     "p50_ms": median([r["latency_ms"]["p50"] for r in group]),
                     "p99_ms": median([r["latency_ms"]["p99"] for r in group]),
                     "requests": requests, "errors": errors,
                     "list_passes": max(r.get("list_passes", 0) for r in group),
                     "foreign_cpu_max": max(r.get("foreign_cpu", 0) for r in group)})
    ceiling = next((r["rps"] for r in rows if r["contender"] == "hello"), None)
    peers = {r["query_set"]: r["rps"] for r in rows if r["contender"] == "fts5"}
    for row in rows:
        row["x_ceiling"] = round(row["rps"] / ceiling, 3) if ceiling else None
        peer = peers.get(row["query_set"])
        row["x_peer"] = round(row["rps"] / peer, 3) if peer and row["contender"] != "fts5" else None
    order = {"hello": 0, "fts5": 1, "claimdex-passages": 2, "claimdex-facts": 3}
    sets = {name: i for i, name in enumerate(("-",) + PASSAGE_SETS + ("facts",))}
    rows.sort(key=lambda r: (sets.get(r["query_set"], 99), order.get(r["contender"], 99)))
    return rows


def bench_scale(label: str, args, work_dir: Path, query_files: dict[str, Path], query_paths: dict[str, list[str]],
                service_available: bool) -> dict:
    passages = parse_scale(label)
    log_dir = work_dir / "logs" / label
    log_dir.mkdir(parents=True, exist_ok=True)
    report: dict = {"scale": label, "passages_requested": passages}

    print(f"[{label}] corpus", file=sys.stderr, flush=True)
    started = time.perf_counter()
    corpus_dir = work_dir / f"corpus-{label}"
    report["corpus"] = dict(write_corpus(corpus_dir, passages, args.seed, progress=sys.stderr.isatty()),
                            seconds=round(time.perf_counter() - started, 3))

    builds: dict = {}
    index_dir = work_dir / f"index-{label}"
    if service_available and args.reuse_index and (index_dir / "CURRENT").exists():
        print(f"[{label}] reusing the service index in {index_dir}", file=sys.stderr, flush=True)
        builds["claimdex"] = {"reused": True, "size_bytes": dir_size(index_dir)}
    elif service_available:
        print(f"[{label}] service index build", file=sys.stderr, flush=True)
        builds["claimdex"] = build_service_index(corpus_dir, index_dir, log_dir / "build.log",
                                                 claims=passages <= CLAIMS_MAX_PASSAGES)
    fts5_db = work_dir / f"fts5-{label}.sqlite"
    reused_db = work_dir / f"fts5-{label}.build.json"
    if args.reuse_index and fts5_db.exists() and reused_db.exists():
        print(f"[{label}] reusing the FTS5 database {fts5_db}", file=sys.stderr, flush=True)
        builds["fts5"] = json.loads(reused_db.read_text())
    else:
        print(f"[{label}] FTS5 build", file=sys.stderr, flush=True)
        builds["fts5"] = build_db(corpus_dir, fts5_db)
        reused_db.write_text(json.dumps(builds["fts5"]))
    if "claimdex" in builds and not builds["claimdex"].get("reused"):
        # Both build from the same cleaned passages; use the peer's count if the service printed none.
        service = builds["claimdex"]
        service["passages"] = (service.get("counts") or {}).get("passages") or builds["fts5"]["passages"]
        service["passages_per_second"] = round(service["passages"] / service["seconds"], 1)
    report["builds"] = builds

    servers = {"hello": Server("hello", "bench.peers.hello:app", {}),
               "fts5": Server("fts5", "bench.peers.fts5:app", {"BENCH_FTS5_DB": str(fts5_db)})}
    if service_available:
        servers["claimdex"] = Server("claimdex", "service.wsgi:app", {
            "CLAIMDEX_DATA_DIR": str(corpus_dir), "CLAIMDEX_INDEX_DIR": str(work_dir / f"index-{label}"),
            "CLAIMDEX_RECONCILE_ON_START": "false"})
    jobs_per_round: list[Job] = [Job("hello", "hello", "-", query_files["hello"], query_paths["hello"])]
    for query_set in args.query_sets:
        jobs_per_round.append(Job("fts5", "fts5", query_set, query_files[query_set], query_paths[query_set]))
        if service_available:
            jobs_per_round.append(Job("claimdex-passages", "claimdex", query_set, query_files[query_set],
                                      query_paths[query_set]))
    if service_available:
        jobs_per_round.append(Job("claimdex-facts", "claimdex", "facts", query_files["facts"], query_paths["facts"]))

    runs: list[dict] = []
    try:
        for server in servers.values():
            start_server(server, log_dir)
        report["ready_seconds"] = {name: round(wait_ready(server, "/" if name == "hello" else "/ready"), 2)
                                   for name, server in servers.items()}
        report["sanity"] = {f"{job.contender}/{job.query_set}": sanity_check(servers[job.server].base_url, job.paths)
                            for job in jobs_per_round}
        # Each (contender, set) continues through its list where its previous run stopped (starting after the
        # queries the answer check sent), so a query comes back only after the whole list has been sent: the
        # result cache sees repeats only where the set has them.
        sent = {(job.contender, job.query_set): SANITY_SAMPLE for job in jobs_per_round}

        ours = [server.process.pid for server in servers.values()]
        ours += [pid for master in list(ours) for pid in worker_pids(master)]

        def measure(job: Job, seconds: int, quiet: bool = True) -> dict:
            key = (job.contender, job.query_set)
            waited = 0.0
            if quiet and args.quiet_wait > 0:
                waited = wait_for_quiet(args.quiet_threshold, args.quiet_wait)
            before = (time.perf_counter(), cpu_busy_ticks(), process_ticks(ours), children_ticks())
            result = run_wrk(servers[job.server].base_url, job.paths_file, seconds, args.threads, args.connections,
                             sent[key])
            elapsed = time.perf_counter() - before[0]
            foreign = ((cpu_busy_ticks() - before[1]) - (process_ticks(ours) - before[2])
                       - (children_ticks() - before[3]))
            # Share of the machine's CPU used by processes other than the servers and wrk (other workloads).
            result["foreign_cpu"] = round(max(0.0, foreign / CLOCK_TICKS / (elapsed * os.cpu_count())), 3)
            result["waited_for_quiet_s"] = waited
            sent[key] += result["requests"] // args.threads
            result["list_passes"] = round(sent[key] * args.threads / len(job.paths), 2)
            return result

        warmup = min(2, args.duration)
        for job in jobs_per_round:
            measure(job, warmup, quiet=False)
        for round_number in range(1, args.rounds + 1):
            for job in jobs_per_round:
                print(f"[{label}] round {round_number}/{args.rounds}: {job.contender} {job.query_set}",
                      file=sys.stderr, flush=True)
                runs.append({"contender": job.contender, "query_set": job.query_set, "round": round_number,
                             **measure(job, args.duration)})
        report["peak_rss_mib"] = {name: [peak_rss_mib(pid) for pid in worker_pids(server.process.pid)]
                                  for name, server in servers.items()}
    finally:
        for server in servers.values():
            stop_server(server)
    if passages > CLAIMS_MAX_PASSAGES:
        print(f"[{label}] no claims part: the index is built without claims above {CLAIMS_MAX_PASSAGES:,} passages",
              file=sys.stderr, flush=True)
    elif service_available and args.claim_requests > 0:
        from bench.claims import measure_service  # bench/claims.py imports this module

        print(f"[{label}] claims, quantity filters, checks and HTTP ingest", file=sys.stderr, flush=True)
        report["claims"] = measure_service(corpus_dir, index_dir, work_dir / f"claims-{label}",
                                           requests=args.claim_requests, writes=args.claim_writes, seed=args.seed)
    report["runs"] = runs
    report["summary"] = summarise(runs)
    report["ratios"] = ratios(report["summary"])
    return report


# Report ------------------------------------------------------------------------------------------------------------

def _mib(size: int | None) -> str:
    return f"{size / 1024 / 1024:.1f}" if size is not None else "—"


def _num(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def ratios(summary: list[dict]) -> dict:
    """The service's targets, per scale: distinct-query throughput against the peer, its p99, and what a filter
    costs (the unfiltered twin's rate over the filtered set's rate, for the service and, for reference, the peer)."""
    rows = {(r["contender"], r["query_set"]): r for r in summary}
    out: dict = {}
    distinct = rows.get(("claimdex-passages", "distinct"))
    if distinct:
        out["distinct_x_peer"] = distinct["x_peer"]
        out["distinct_p99_ms"] = distinct["p99_ms"]
    for contender in ("claimdex-passages", "fts5"):
        filtered, plain = rows.get((contender, "filtered")), rows.get((contender, "unfiltered"))
        if filtered and plain and filtered["rps"]:
            out[f"{contender}_filtered_cost"] = round(plain["rps"] / filtered["rps"], 2)
    return out


def ratio_lines(results: dict) -> list[str]:
    lines = ["## Ratios", "",
             "| scale | distinct × FTS5 peer | distinct p99 ms | filtered cost (unfiltered / filtered req/s) | "
             "the peer's filtered cost |", "|---|---:|---:|---:|---:|"]
    for scale in results["scales"]:
        r = ratios(scale["summary"])
        lines.append(f"| {scale['scale']} | {_num(r.get('distinct_x_peer'), 2)} | {_num(r.get('distinct_p99_ms'), 1)} "
                     f"| {_num(r.get('claimdex-passages_filtered_cost'), 2)} "
                     f"| {_num(r.get('fts5_filtered_cost'), 2)} |")
    return lines + [""]


def markdown(results: dict) -> str:
    machine = results["machine"]
    settings = results["settings"]
    lines = [f"# Benchmark {results['timestamp']}", "",
             f"Machine: {machine['nproc']} CPU ({machine['cpu']}), {machine['ram_gib']} GiB RAM; "
             f"Python {machine['python']}, SQLite {machine['sqlite']}, {machine['wrk']}.  ",
             f"Load: wrk -t{settings['threads']} -c{settings['connections']} -d{settings['duration']}s, "
             f"{settings['rounds']} round(s), medians; gunicorn -w {WORKERS} (sync) for every contender; "
             "wrk shares the machine with the servers.  ",
             "*list passes*: how many times a set was cycled through (repeats reach the service's result cache only "
             "above 1). *rounds used*: rounds in the medians; a round during which other processes took more than "
             f"{DISTURBED_ABOVE:.0%} of the CPU is left out unless all were. *other CPU*: the largest such share "
             "among the rounds used.", "", *ratio_lines(results),
             "## Throughput and latency", "",
             "| scale | contender | query set | req/s | p50 ms | p99 ms | × ceiling | × peer | errors | list passes "
             "| rounds used | other CPU |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for scale in results["scales"]:
        for row in scale["summary"]:
            lines.append(f"| {scale['scale']} | {row['contender']} | {row['query_set']} | {_num(row['rps'], 0)} | "
                         f"{_num(row['p50_ms'], 2)} | {_num(row['p99_ms'], 2)} | {_num(row['x_ceiling'], 3)} | "
                         f"{_num(row['x_peer'], 2)} | {row['errors']} | "
                         f"{_num(row['list_passes'] if row['query_set'] != '-' else None, 2)} | "
                         f"{row.get('rounds_used', row['rounds'])}/{row['rounds']} "
                         f"| {row.get('foreign_cpu_max', 0):.0%} |")
    lines += ["", "## Builds and memory", "",
              "| scale | articles | passages | facts | service build s | service passages/s | service index MiB | "
              "FTS5 build s | FTS5 passages/s | FTS5 MiB | peak RSS/worker MiB (hello / fts5 / service) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for scale in results["scales"]:
        builds = scale["builds"]
        service = builds.get("claimdex", {})
        counts = service.get("counts") or {}
        fts5 = builds["fts5"]
        rss = scale.get("peak_rss_mib", {})
        rss_text = " / ".join(_num(max(filter(None, rss.get(name, [])), default=None)) for name in
                              ("hello", "fts5", "claimdex"))
        lines.append(f"| {scale['scale']} | {counts.get('articles', fts5['articles']):,} | "
                     f"{counts.get('passages', fts5['passages']):,} | {_num(counts.get('facts'), 0)} | "
                     f"{_num(service.get('seconds'))} | {_num(service.get('passages_per_second'), 0)} | "
                     f"{_mib(service.get('size_bytes'))} | {_num(fts5['seconds'])} | "
                     f"{_num(fts5['passages_per_second'], 0)} | {_mib(fts5['size_bytes'])} | {rss_text} |")
    lines += build_cost_lines(results["scales"])
    sizes = settings["query_set_sizes"]
    distinct = settings["distinct_queries"]
    lines += ["", "Query sets (requests cycled / distinct): " + ", ".join(
        f"{name} {sizes[name]:,} / {distinct[name]:,}" for name in sizes if name != "hello") + "."]
    lines += ["", "## Answer check (first queries of each set)", "",
              "| scale | contender / set | sampled | HTTP statuses | with results | mean results |",
              "|---|---|---:|---|---:|---:|"]
    for scale in results["scales"]:
        for name, check in scale.get("sanity", {}).items():
            statuses = ", ".join(f"{k}×{v}" for k, v in sorted(check["statuses"].items()))
            lines.append(f"| {scale['scale']} | {name} | {check['sampled']} | {statuses} | {check['with_results']} | "
                         f"{check['mean_results']} |")
    lines += claim_lines(results)
    return "\n".join(lines) + "\n"


def claim_lines(results: dict) -> list[str]:
    """The claims part: one request at a time against a writable copy of the index (bench/claims.py)."""
    rows = [(scale["scale"], scale["claims"]) for scale in results["scales"] if scale.get("claims")]
    if not rows:
        return []
    from bench.claims import table

    return ["", "## Claims, quantity filters, claim checks and HTTP ingest", "",
            "One request at a time (no concurrency) against gunicorn -w 2 serving a copy of the index; each ingest "
            "is followed at once by a claim listing (plain and filtered in turn), the first request after a "
            "write.", "", *table(rows)]


def build_cost_lines(scales: list[dict]) -> list[str]:
    """The service build's CPU seconds per stage (from ``index build``'s own report) and each stage's share of the
    build's CPU time: the extraction workers' stages, then the writer process's (index writing, claims)."""
    lines = []
    for scale in scales:
        report = (scale["builds"].get("claimdex") or {}).get("costs")
        if not report:
            continue
        total = sum(report["workers"].values()) + sum(report["writer"].values())
        if not lines:
            lines += ["", "## Build cost per stage (CPU seconds)", "",
                      "| scale | process | stage | CPU s | share of build CPU |", "|---|---|---|---:|---:|"]
        for process in ("workers", "writer"):
            for name, seconds in report[process].items():
                lines.append(f"| {scale['scale']} | {process} | {name} | {seconds:,.1f} | "
                             f"{seconds / total if total else 0:.1%} |")
        lines.append(f"| {scale['scale']} | all | total CPU (wall {report['wall_seconds']:,.1f} s) | {total:,.1f} | "
                     f"100% |")
    return lines


def _stop_on_sigterm(signum, frame):
    # Turn SIGTERM into an exception so that the servers started so far are stopped on the way out.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="10k", help="comma-separated passage counts: 10k,100k,1M")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured wrk run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--query-sets", default=",".join(PASSAGE_SETS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--work-dir", default=str(REPO_ROOT / "build" / "bench"),
                        help="corpora, indexes and logs (reused across runs when unchanged)")
    parser.add_argument("--quiet-threshold", type=float, default=0.10,
                        help="before each run, wait while other processes use more than this share of the CPU")
    parser.add_argument("--quiet-wait", type=float, default=20, help="longest such wait per run, seconds (0: off)")
    parser.add_argument("--smoke", action="store_true", help="CI mode: 10k passages, 5 s runs, one round")
    parser.add_argument("--no-service", action="store_true", help="measure only the ceiling and the peer")
    parser.add_argument("--results-dir", default=str(RESULTS_DIR))
    parser.add_argument("--claim-requests", type=int, default=200,
                        help="requests per group in the claims part (bench/claims.py), one at a time; 0: skip it")
    parser.add_argument("--claim-writes", type=int, default=20,
                        help="HTTP ingests in the claims part, each followed by a claim listing")
    parser.add_argument("--reuse-index", action="store_true",
                        help="query the service index and FTS5 database already in the work dir instead of "
                             "rebuilding them (no service build rate is measured then)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.scales, args.duration, args.rounds = "10k", 5, 1
        args.claim_requests, args.claim_writes = min(args.claim_requests, 60), min(args.claim_writes, 8)
        args.quiet_wait = min(args.quiet_wait, 5)
    args.query_sets = [s for s in args.query_sets.split(",") if s]
    unknown = set(args.query_sets) - set(PASSAGE_SETS)
    if unknown:
        parser.error(f"unknown query sets: {sorted(unknown)}")
    scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    for scale in scales:
        parse_scale(scale)
    if not Path(WRK).exists():
        parser.error("wrk is not installed (apt-get install wrk)")
    service_available = not args.no_service and (REPO_ROOT / "service" / "wsgi.py").exists()
    if not service_available and not args.no_service:
        print("service/wsgi.py not found: measuring only the ceiling and the peer", file=sys.stderr)

    work_dir = Path(args.work_dir).resolve()
    work_dir.mkdir(parents=True, exist_ok=True)
    maker = QueryMaker(args.seed)
    query_paths = {"hello": ["/v1/passages?q=hello&limit=10"],
                   "facts": [to_path("/v1/facts", q) for q in fact_queries(seed=args.seed, pools=maker.pools)]}
    for query_set in args.query_sets:
        query_paths[query_set] = [to_path("/v1/passages", q)
                                  for q in passage_queries(query_set, seed=args.seed, maker=maker)]
    query_files = {name: write_paths(work_dir / "queries" / f"{name}.txt", paths)
                   for name, paths in query_paths.items()}

    timestamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    results = {"timestamp": timestamp, "machine": machine_info(),
               "settings": {"duration": args.duration, "rounds": args.rounds, "threads": args.threads,
                            "connections": args.connections, "seed": args.seed, "query_sets": args.query_sets,
                            "quiet_threshold": args.quiet_threshold, "quiet_wait": args.quiet_wait,
                            "workers": WORKERS,
                            "query_set_sizes": {k: len(v) for k, v in query_paths.items()},
                            "distinct_queries": {k: len(set(v)) for k, v in query_paths.items()}},
               "scales": []}
    for scale in scales:
        results["scales"].append(bench_scale(scale, args, work_dir, query_files, query_paths, service_available))

    results_dir = Path(args.results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    (results_dir / f"{timestamp}.json").write_text(json.dumps(results, indent=2) + "\n")
    text = markdown(results)
    (results_dir / "latest.md").write_text(text)
    print(text)
    problems = failures(results)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def failures(results: dict) -> list[str]:
    """Failed requests or non-200 answers: the numbers of such a run do not measure the intended work."""
    problems = []
    for scale in results["scales"]:
        for row in scale["summary"]:
            if row["errors"]:
                problems.append(f"{scale['scale']} {row['contender']}/{row['query_set']}: {row['errors']} failed "
                                f"or non-2xx requests out of {row['requests']}")
        for name, check in scale.get("sanity", {}).items():
            bad = {status: n for status, n in check["statuses"].items() if status != "200"}
            if bad:
                problems.append(f"{scale['scale']} {name}: answer check got HTTP {bad}")
        if scale.get("claims"):
            from bench.claims import errors

            problems += [f"{scale['scale']} claims {problem}" for problem in errors(scale["claims"])]
    return problems


if __name__ == "__main__":
    sys.exit(main())
