"""The shipped nginx config (deploy/nginx/claimdex.conf.template) in front of real gunicorn, over loopback.

gunicorn's sync workers block on a connection until its headers are complete; nginx absorbs slow clients, so 50
stalled connections do not delay anyone else.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests

from service.config import Settings
from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer, free_port

pytestmark = pytest.mark.server

PROJECT = Path(__file__).resolve().parents[2]
TEMPLATE = PROJECT / "deploy" / "nginx" / "claimdex.conf.template"
NGINX = "/usr/sbin/nginx"
STALLED = 50
PARTIAL_REQUEST = b"GET /health HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow"
FAST_ENOUGH_SECONDS = 2.0  # the stall it guards against lasts gunicorn's timeout (60 s), or nginx's (10 s)
LIMIT = Settings().max_body_bytes


def render(template: str, values: dict) -> str:
    """What the nginx image's envsubst does: replace ${NAME} for the names given, leave nginx's $variables."""
    text = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
    missing = set(re.findall(r"\$\{(\w+)\}", text))
    assert not missing, f"the template needs {missing}"
    return text


def main_config(work: Path, site: Path) -> str:
    """A minimal main nginx.conf for a private run in ``work``; the shipped site file is included as is."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"    {kind}_temp_path {work}/{kind};" for kind in kinds)
    return (f"{user}worker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/error.log warn;\n"
            f"events {{ worker_connections 512; }}\n"
            f"http {{\n    access_log {work}/access.log;\n{temp}\n    include {site};\n}}\n")


def wait_for_port(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not os.access(NGINX, os.X_OK):
        pytest.fail(f"{NGINX} is missing: apt-get install nginx (.ci/run does)")
    root = tmp_path_factory.mktemp("nginx")
    copy_corpus(root / "articles")
    work = root / "nginx"
    work.mkdir()
    with LiveServer(root, workers=2) as app:
        port = free_port()
        site = work / "claimdex.conf"
        site.write_text(render(TEMPLATE.read_text(), {
            "CLAIMDEX_UPSTREAM": f"127.0.0.1:{app.port}", "NGINX_PORT": f"127.0.0.1:{port}",
            "CLAIMDEX_MAX_BODY_BYTES": str(LIMIT)}))
        (work / "nginx.conf").write_text(main_config(work, site))
        command = [NGINX, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"]
        check = subprocess.run([*command[:-2], "-t"], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        nginx = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(work / "stderr.log", "wb"))
        try:
            wait_for_port(port)
            yield {"url": f"http://127.0.0.1:{port}", "app": app, "port": port}
        finally:
            nginx.terminate()
            nginx.wait(10)
    shutil.rmtree(work, ignore_errors=True)


def stall(port: int, count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(PARTIAL_REQUEST)
        sockets.append(sock)
    return sockets


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    finally:
        sock.setblocking(True)


def test_stalled_connections_do_not_delay_health(stack):
    stalled = stall(stack["port"], STALLED)
    try:
        time.sleep(0.5)
        timings = []
        for _ in range(10):
            started = time.monotonic()
            response = requests.get(stack["url"] + "/health", timeout=10)
            timings.append(time.monotonic() - started)
            assert response.status_code == 200 and response.json() == {"status": "ok"}
        assert max(timings) < FAST_ENOUGH_SECONDS, timings
        assert all(still_open(sock) for sock in stalled)  # they were really stalled, not turned away
    finally:
        for sock in stalled:
            sock.close()


def test_without_nginx_two_stalled_connections_block_gunicorn(stack):
    """Why nginx is there: the same stall straight at gunicorn's two sync workers."""
    stalled = stall(stack["app"].port, 2)
    try:
        time.sleep(0.5)
        with pytest.raises(requests.Timeout):
            requests.get(stack["app"].url + "/health", timeout=FAST_ENOUGH_SECONDS)
    finally:
        for sock in stalled:
            sock.close()
    assert requests.get(stack["app"].url + "/health", timeout=10).status_code == 200


def test_body_limit_is_the_apps_and_answered_as_problem_json(stack):
    too_big = requests.post(stack["url"] + "/v1/articles", data=b"x" * (LIMIT + 1), timeout=10,
                            headers={"Content-Type": "application/json"})
    assert too_big.status_code == 413 and too_big.headers["Content-Type"] == "application/problem+json"
    assert too_big.json()["status"] == 413
    chunked = requests.post(stack["url"] + "/v1/articles", data=iter([b"x" * 65536] * (LIMIT // 65536 + 1)),
                            timeout=10, headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413
    at_limit = requests.post(stack["url"] + "/v1/articles", data=b"x" * LIMIT, timeout=10,
                             headers={"Content-Type": "application/json"})
    assert at_limit.status_code == 401  # through nginx to the app, which wants a key first


def test_request_ids_and_gzip_pass_through(stack):
    mine = requests.get(stack["url"] + "/health", headers={"X-Request-ID": "via-nginx-1"}, timeout=5)
    assert mine.headers["X-Request-ID"] == "via-nginx-1"
    generated = requests.get(stack["url"] + "/health", timeout=5).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated)
    docs = requests.get(stack["url"] + "/_swagger-ui/swagger-ui-bundle.js", timeout=10, stream=True,
                        headers={"Accept-Encoding": "gzip"})
    assert docs.status_code == 200 and docs.headers["Content-Encoding"] == "gzip"
    compressed = docs.raw.read(decode_content=False)
    assert 0 < len(compressed) < 1_000_000  # the bundle itself is about 1.5 MB


def test_longest_percent_encoded_queries_fit_through_nginx(stack):
    params = {"q": "漢" * 512, "source": "é" * 200, "article_id": "漢" * 200, "entity": "漢" * 200}
    response = requests.get(stack["url"] + "/v1/passages", params=params, timeout=20)
    assert len(response.request.url) > 8000
    assert response.status_code in (200, 400), response.status_code
    assert response.headers["Content-Type"] in ("application/json", "application/problem+json")
