"""The ceiling: a Flask app answering every request with the same ~1 KB JSON body.

Served by gunicorn with the service's settings, it shows what the framework and server cost on their own.
"""

from __future__ import annotations

from flask import Flask, jsonify

app = Flask(__name__)

# Shaped like a search response so that serialisation work is comparable.
PAYLOAD = {
    "query": "hello",
    "limit": 10,
    "results": [
        {"id": f"article-{i:04d}:{i}", "score": round(10.0 / (i + 1), 4), "text": "Hello, world. " * 3}
        for i in range(10)
    ],
}


@app.get("/", defaults={"path": ""})
@app.get("/<path:path>")
def hello(path: str):
    return jsonify(PAYLOAD)
