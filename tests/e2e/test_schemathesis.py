"""schemathesis against the running server, using the committed spec: bounded, seeded, all checks."""

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.server

PROJECT = Path(__file__).resolve().parents[2]


def test_schemathesis_finds_no_failures(live_server, tmp_path):
    cli = Path(sys.executable).with_name("schemathesis")
    result = subprocess.run(
        [str(cli), "--config-file", str(Path(__file__).with_name("schemathesis.toml")), "run",
         str(PROJECT / "openapi.yaml"), "--url", live_server.url, "--checks", "all",
         "--max-examples", "40", "--seed", "1", "--generation-database", "none", "--max-response-time", "10",
         "--request-timeout", "20"],
        cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
