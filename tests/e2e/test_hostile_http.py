"""Hostile bodies over real gunicorn, where the transport matters: chunked bodies have no Content-Length."""

import socket

import pytest
import requests

from service.config import Settings

pytestmark = pytest.mark.server

LIMIT = Settings().max_body_bytes
CHUNK = 64 * 1024


def post_chunked(port: int, path: str, total: int, headers: str = "") -> tuple[int, bytes]:
    """Send ``total`` bytes of a JSON string in chunks; return the status and body the server answered with."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall((f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                      f"Transfer-Encoding: chunked\r\n{headers}Connection: close\r\n\r\n").encode())
        payload = b'{"claim": "' + b"x" * (total - 13) + b'"}'
        try:
            for start in range(0, len(payload), CHUNK):
                piece = payload[start:start + CHUNK]
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before reading everything: that is the point
        response = b""
        try:
            while chunk := sock.recv(65536):
                response += chunk
        except ConnectionResetError:
            pass
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_chunked_body_over_the_limit_is_413(live_server):
    status, body = post_chunked(live_server.port, "/v1/claims/check", 2 * LIMIT)
    assert status == 413 and b'"status": 413' in body


def test_chunked_body_under_the_limit_reaches_validation(live_server):
    status, body = post_chunked(live_server.port, "/v1/claims/check", 5000)
    assert status == 422 and b"claim" in body  # read in full, parsed, and refused for its length (1,000 max)


def test_chunked_write_without_a_key_is_401(live_server):
    status, _ = post_chunked(live_server.port, "/v1/articles", 5000)
    assert status == 401


def test_deep_json_over_http_is_400(live_server):
    response = requests.post(live_server.url + "/v1/claims/check", data="[" * 200_000 + "]" * 200_000,
                             headers={"Content-Type": "application/json"}, timeout=20)
    assert response.status_code == 400 and response.headers["Content-Type"] == "application/problem+json"
