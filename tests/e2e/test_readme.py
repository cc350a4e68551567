"""The README's commands work as written: every curl example runs against a real server and succeeds."""

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.server

PROJECT = Path(__file__).resolve().parents[2]
README = PROJECT / "README.md"
DOCUMENTED_URL = "http://127.0.0.1:8000"


def section(title: str) -> str:
    return README.read_text().split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def sh_blocks(title: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", section(title), re.S)


def readme_curls() -> list[str]:
    return [line for block in sh_blocks("Using the API") for line in block.splitlines() if line.startswith("curl ")]


def documented_key() -> str:
    start = next(block for block in sh_blocks("Adding articles") if "make run" in block)
    return re.search(r"CLAIMDEX_API_KEYS=(\S+)", start).group(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The bundled corpus, with the README's own API key, so its write examples run unchanged."""
    root = tmp_path_factory.mktemp("readme")
    copy_corpus(root / "articles")
    with LiveServer(root, workers=2, api_keys=documented_key()) as live:
        yield live


def run_curl(command: str, base_url: str) -> requests.Response:
    args = shlex.split(command)[1:]
    method, headers, data, url = "GET", {}, None, None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "-X":
            method, i = args[i + 1], i + 1
        elif arg == "-H":
            name, _, value = args[i + 1].partition(":")
            headers[name.strip()] = value.strip()
            i += 1
        elif arg == "-d":
            data, i = args[i + 1], i + 1
        elif not arg.startswith("-"):
            url = arg
        i += 1
    url = url.replace(DOCUMENTED_URL, base_url)
    return requests.request(method, url, headers=headers, data=data, timeout=30)


def test_readme_has_examples_for_every_resource():
    paths = " ".join(readme_curls())
    for resource in ("/health", "/ready", "/v1/articles", "/v1/passages", "/v1/facts", "/v1/entities",
                     "/v1/claims", "/v1/claims/check"):
        assert resource in paths


@pytest.mark.parametrize("command", readme_curls())
def test_readme_example_succeeds(server, command):
    response = run_curl(command, server.url)
    assert response.status_code == 200, response.text[:500]
    body = response.json()
    if "items" in body:
        assert body["items"], f"{command} returned no items"


def test_write_examples_run_in_bash_and_succeed(server):
    """The write block runs unchanged in bash (curl --fail-with-body fails the script on any error status)."""
    block = next(block for block in sh_blocks("Adding articles") if "curl" in block)
    script = "set -euo pipefail\n" + block.replace(DOCUMENTED_URL, server.url) + 'echo "ARTICLE_ID=$ARTICLE_ID"\n'
    result = subprocess.run(["bash", "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    article_id = re.search(r"^ARTICLE_ID=(\S+)$", result.stdout, re.M).group(1)
    sample = json.loads((PROJECT / "examples" / "sample-article.json").read_text())
    assert requests.get(f"{server.url}/v1/articles/{article_id}", timeout=10).status_code == 404  # deleted last
    batch, _ = json.JSONDecoder().raw_decode(result.stdout, result.stdout.index('{"items"'))
    assert [item["status"] for item in batch["items"]] == [201, 201] and batch["failed"] == 0
    for article in json.loads((PROJECT / "examples" / "sample-batch.json").read_text())["articles"]:
        listed = requests.get(f"{server.url}/v1/articles", params={"source": article["source"]}, timeout=10).json()
        assert [item["url"] for item in listed["items"]] == [article["url"]]
    assert sample["source"] not in {item["source"] for item in requests.get(
        f"{server.url}/v1/articles", params={"limit": 100}, timeout=10).json()["items"]}


def test_service_commands_run_from_the_venv_as_written():
    """`python -m service` alone fails outside the venv; the README spells the venv's interpreter."""
    text = README.read_text()
    commands = re.findall(r"`([^`\n]*python -m service[^`\n]*)`", text)
    assert commands
    for command in commands:
        assert command.startswith(".venv/bin/python -m service "), command
        words = command.split()[3:]
        subcommand = [word for word in words if word.isalpha() and word.islower()][:2]
        result = subprocess.run([sys.executable, "-m", "service", *subcommand, "--help"], cwd=PROJECT,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (command, result.stderr)
