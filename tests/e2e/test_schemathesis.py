"""schemathesis against real gunicorn with an API key, using the committed spec: seeded, all checks, writes too."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.server

PROJECT = Path(__file__).resolve().parents[2]
API_KEY = "schemathesis-key-0123"
MIN_CASES = 1000


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory):
    """Its own corpus copy: schemathesis creates and deletes articles."""
    root = tmp_path_factory.mktemp("schemathesis")
    copy_corpus(root / "articles")
    with LiveServer(root, workers=2, api_keys=API_KEY) as server:
        yield server


MAX_LOG_CHARS = 6000


def _tracebacks(log: str) -> str:
    """The server log's tracebacks (a 500's cause), else its tail: the access lines after a traceback would push it
    out of a tail."""
    found = [m.start() for m in re.finditer(r"Traceback \(most recent call last\)", log)]
    return "\n".join(log[start:start + MAX_LOG_CHARS] for start in found[:3]) if found else log[-MAX_LOG_CHARS:]


def test_schemathesis_finds_no_failures_with_writes(keyed_server, tmp_path):
    cli = Path(sys.executable).with_name("schemathesis")
    har = tmp_path / "requests.har"
    result = subprocess.run(
        [str(cli), "--config-file", str(Path(__file__).with_name("schemathesis.toml")), "run",
         str(PROJECT / "openapi.yaml"), "--url", keyed_server.url, "--checks", "all",
         "--header", f"Authorization: Bearer {API_KEY}",
         "--max-examples", "40", "--seed", "1", "--generation-database", "none", "--max-response-time", "10",
         "--request-timeout", "20", "--report", "har", "--report-har-path", str(har)],
        cwd=tmp_path, capture_output=True, text=True, timeout=900)
    # On failure the server's own log comes too: a 500's traceback is there, not in schemathesis's report.
    assert result.returncode == 0, (result.stdout[-8000:] + result.stderr[-2000:]
                                    + "\n--- server log ---\n" + _tracebacks(keyed_server.log.read_text()))
    generated = re.search(r"(\d+) generated", result.stdout)
    assert generated and int(generated.group(1)) >= MIN_CASES, result.stdout[-2000:]

    # The key let writes through: articles were created and deleted, not only refused.
    statuses = {(entry["request"]["method"], re.sub(r"^https?://[^/]+", "", entry["request"]["url"]).split("?")[0],
                 entry["response"]["status"]) for entry in json.loads(har.read_text())["log"]["entries"]}
    assert ("POST", "/v1/articles", 201) in statuses
    assert any(method == "DELETE" and status == 204 for method, _, status in statuses)
    assert any(path == "/v1/articles:batch" and status == 200 for _, path, status in statuses)
