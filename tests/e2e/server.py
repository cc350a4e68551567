"""Start and stop a real gunicorn server on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PROJECT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    def __init__(self, root: Path, *, workers: int = 2, api_keys: str = "", extra_env: dict | None = None):
        self.root = root
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(self.port), "WEB_CONCURRENCY": str(workers),
                    "CLAIMDEX_DATA_DIR": str(root / "articles"), "CLAIMDEX_INDEX_DIR": str(root / "index"),
                    "CLAIMDEX_API_KEYS": api_keys, **(extra_env or {})}
        self.process: subprocess.Popen | None = None
        self.log = root / f"gunicorn-{self.port}.log"

    def start(self, timeout: float = 60) -> "LiveServer":
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self._log_handle = open(self.log, "ab")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "python:service.gunicorn_conf", "service.wsgi:app"], cwd=PROJECT, env=self.env,
            stdout=self._log_handle, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                if requests.get(self.url + "/ready", timeout=1).status_code == 200:
                    return self
            except (requests.ConnectionError, requests.Timeout):  # not listening yet, or a worker still booting
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn did not become ready:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL the whole process group: master and workers die without any cleanup."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self._log_handle.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self._log_handle.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
