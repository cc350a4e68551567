"""The peer: a minimal Flask + SQLite FTS5 passage search over the same cleaned passages as the service.

Build:  python -m bench.peers.fts5 build --data-dir DIR --db FILE
Serve:  BENCH_FTS5_DB=FILE gunicorn -w 2 -b 127.0.0.1:PORT bench.peers.fts5:app

``GET /v1/passages?q=..&limit=10[&source=..][&published_from=YYYY-MM-DD][&entity=..]`` returns the top passages by
bm25 with a snippet. The query language is translated to FTS5 (words, "phrases", AND/OR/NOT, parentheses,
prefix*). The peer has no entity extraction, so ``entity`` is applied as an extra required phrase.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import sys
import time
from multiprocessing import Pool
from pathlib import Path

from flask import Flask, jsonify, request

SCHEMA = """
CREATE VIRTUAL TABLE passages USING fts5(
    text, id UNINDEXED, article_id UNINDEXED, title UNINDEXED, source UNINDEXED, source_key UNINDEXED,
    published UNINDEXED, tokenize = 'porter unicode61'
)
"""
MAX_LIMIT = 100
_LEXEME = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
_TOKEN = re.compile(r"\w+", re.UNICODE)


class QueryError(ValueError):
    """The query cannot be translated to FTS5."""


def to_fts5(text: str) -> str:
    """Translate the service's query language to an FTS5 MATCH expression with every term quoted."""
    parts: list[str] = []
    for lexeme in _LEXEME.findall(text):
        if lexeme in ("AND", "OR", "NOT", "(", ")"):
            parts.append(lexeme)
        elif lexeme.startswith('"'):
            words = _TOKEN.findall(lexeme)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif lexeme.endswith("*"):
            words = _TOKEN.findall(lexeme)
            if words:
                parts.append(" ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*')
        else:
            words = _TOKEN.findall(lexeme)
            if words:
                # "U.S." or "11,000" become adjacent tokens, as the tokenizer indexed them.
                parts.append('"' + " ".join(words) + '"')
    if not any(p not in ("AND", "OR", "NOT", "(", ")") for p in parts):
        raise QueryError("the query has no searchable words")
    return " ".join(parts)


# Building ---------------------------------------------------------------------------------------------------------

def _article_passages(path_text: str) -> list[tuple] | None:
    from service.pipeline.cleaning import clean_article, load_sidecar
    from service.pipeline.errors import PipelineError
    from service.pipeline.passages import split_passages

    path = Path(path_text)
    try:
        article = clean_article(path.read_bytes(), load_sidecar(path.with_suffix(".json")))
    except PipelineError:
        return None
    source = article.source or ""
    return [(p.text, f"{path.stem}:{p.index}", path.stem, article.title or "", source, source.lower(),
             article.published or "") for p in split_passages(article.text)]


def _worker_init() -> None:
    # Pool.terminate() stops workers with SIGTERM; a handler inherited from the parent would stall that.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def build_db(data_dir: str | Path, db_path: str | Path, *, processes: int = 2) -> dict:
    """Clean and split every ``*.txt`` in ``data_dir`` and write an FTS5 database atomically."""
    started = time.perf_counter()
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staging = db_path.with_name(db_path.name + ".partial")
    staging.unlink(missing_ok=True)
    files = sorted(str(p) for p in Path(data_dir).glob("*.txt"))
    connection = sqlite3.connect(staging)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(SCHEMA)
    articles = rejected = passages = 0
    with Pool(processes, initializer=_worker_init) as pool:
        for rows in pool.imap(_article_passages, files, chunksize=16):
            if rows is None:
                rejected += 1
                continue
            articles += 1
            passages += len(rows)
            connection.executemany("INSERT INTO passages (text, id, article_id, title, source, source_key, "
                                   "published) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("INSERT INTO passages (passages) VALUES ('optimize')")
    connection.commit()
    connection.close()
    os.replace(staging, db_path)
    seconds = time.perf_counter() - started
    return {"articles": articles, "rejected": rejected, "passages": passages, "seconds": round(seconds, 3),
            "passages_per_second": round(passages / seconds, 1) if seconds else None,
            "size_bytes": db_path.stat().st_size}


# Serving ----------------------------------------------------------------------------------------------------------

app = Flask(__name__)
_connection: sqlite3.Connection | None = None


def _db() -> sqlite3.Connection:
    # Opened on first use so that every gunicorn worker gets its own connection after the fork.
    global _connection
    if _connection is None:
        path = os.environ["BENCH_FTS5_DB"]
        _connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        _connection.execute("PRAGMA mmap_size = 268435456")
    return _connection


def _error(message: str, status: int = 400):
    return jsonify({"error": message}), status


@app.get("/ready")
def ready():
    _db().execute("SELECT 1 FROM passages LIMIT 1").fetchall()
    return jsonify({"status": "ready"})


@app.get("/v1/passages")
def search_passages():
    args = request.args
    q = args.get("q", "").strip()
    if not q:
        return _error("q is required")
    try:
        limit = int(args.get("limit", 10))
    except ValueError:
        return _error("limit must be an integer")
    if not 1 <= limit <= MAX_LIMIT:
        return _error(f"limit must be between 1 and {MAX_LIMIT}")
    try:
        match = to_fts5(q)
        if args.get("entity"):
            match = f"({match}) AND {to_fts5(chr(34) + args['entity'] + chr(34))}"
    except QueryError as exc:
        return _error(str(exc))
    sql = ("SELECT id, article_id, title, source, published, text, "
           "snippet(passages, 0, '<mark>', '</mark>', '…', 24), bm25(passages) "
           "FROM passages WHERE passages MATCH ?")
    params: list = [match]
    if args.get("source"):
        sql += " AND source_key = ?"
        params.append(" ".join(args["source"].split()).lower())
    if args.get("published_from"):
        sql += " AND published >= ?"
        params.append(args["published_from"])
    sql += " ORDER BY rank LIMIT ?"
    params.append(limit)
    try:
        rows = _db().execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        return _error(f"invalid query: {exc}")
    results = [{"id": r[0], "article_id": r[1], "title": r[2], "source": r[3] or None, "published": r[4] or None,
                "text": r[5], "highlight": r[6], "score": round(-r[7], 4)} for r in rows]
    return jsonify({"query": q, "limit": limit, "results": results})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the FTS5 peer database.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("--data-dir", required=True)
    build.add_argument("--db", required=True)
    build.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    print(json.dumps(build_db(args.data_dir, args.db, processes=args.processes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
