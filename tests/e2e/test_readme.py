"""Every curl example in the README's "Using the API" section runs against a real server and succeeds."""

import re
import shlex
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.server

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_curls() -> list[str]:
    section = README.read_text().split("## Using the API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines() if line.startswith("curl ")]


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
    url = url.replace("http://127.0.0.1:8000", base_url)
    return requests.request(method, url, headers=headers, data=data, timeout=30)


def test_readme_has_examples_for_every_resource():
    paths = " ".join(readme_curls())
    for resource in ("/health", "/ready", "/v1/articles", "/v1/passages", "/v1/facts", "/v1/entities",
                     "/v1/claims", "/v1/claims/check"):
        assert resource in paths


@pytest.mark.parametrize("command", readme_curls())
def test_readme_example_succeeds(live_server, command):
    response = run_curl(command, live_server.url)
    assert response.status_code == 200, response.text[:500]
    body = response.json()
    if "items" in body:
        assert body["items"], f"{command} returned no items"
