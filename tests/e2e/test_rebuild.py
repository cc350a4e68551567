"""`python -m service index rebuild` swaps the index while readers keep getting answers."""

import os
import subprocess
import sys
import threading

import pytest
import requests

from tests.conftest import copy_corpus
from tests.e2e.server import PROJECT, LiveServer

pytestmark = pytest.mark.server


def test_readers_see_no_errors_during_rebuilds(tmp_path):
    copy_corpus(tmp_path / "articles")
    with LiveServer(tmp_path, workers=2) as server:
        before = requests.get(server.url + "/ready", timeout=5).json()
        failures, answered, stop = [], [], threading.Event()

        def reader():
            while not stop.is_set():
                response = requests.get(server.url + "/v1/passages", params={"q": "Kursk"}, timeout=10)
                if response.status_code != 200 or response.json()["total"] == 0:
                    failures.append((response.status_code, response.text[:200]))
                answered.append(1)

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for thread in threads:
            thread.start()
        try:
            for _ in range(2):
                subprocess.run([sys.executable, "-m", "service", "index", "rebuild"], cwd=PROJECT, check=True,
                               env=server.env, capture_output=True, timeout=300)
        finally:
            stop.set()
            for thread in threads:
                thread.join(30)
        after = requests.get(server.url + "/ready", timeout=5).json()
        assert failures == []
        assert len(answered) > 10
        assert after["generation"] != before["generation"]
        assert {k: after[k] for k in ("articles", "passages", "facts")} == \
            {k: before[k] for k in ("articles", "passages", "facts")}
        builds = os.listdir(tmp_path / "index" / "builds")
        assert len(builds) <= 2
