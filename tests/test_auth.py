"""Writes need a valid key; reads stay open unless configured otherwise."""

import pytest

from tests.conftest import API_KEY, assert_problem, settings_for

from service.app import create_app
from service.auth import key_is_valid

WRITES = [
    ("post", "/v1/articles", {"text": "x" * 300}),
    ("post", "/v1/articles:batch", {"articles": [{"text": "x" * 300}]}),
    ("delete", "/v1/articles/some-id", None),
]


@pytest.mark.parametrize("method, path, body", WRITES)
@pytest.mark.parametrize("header", [None, "Bearer wrong-key", "Basic dXNlcjpwYXNz", "Bearer "])
def test_writes_without_a_valid_key_are_401(writable_client, method, path, body, header):
    headers = {"Authorization": header} if header else {}
    response = getattr(writable_client, method)(path, json=body, headers=headers)
    problem = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert API_KEY not in response.get_data(as_text=True)
    assert "second-key" not in problem["detail"]


@pytest.mark.parametrize("method, path, body", WRITES)
def test_writes_with_a_valid_key_pass_authentication(writable_client, method, path, body):
    response = getattr(writable_client, method)(path, json=body, headers={"Authorization": f"Bearer {API_KEY}"})
    assert response.status_code not in (401, 403)


@pytest.mark.parametrize("method, path, body", WRITES)
def test_writes_are_refused_when_no_keys_are_configured(built_corpus, method, path, body):
    client = create_app(settings_for(built_corpus)).test_client()
    response = getattr(client, method)(path, json=body, headers={"Authorization": "Bearer anything"})
    assert "no API keys" in assert_problem(response, 403)["detail"]


def test_reads_are_open_by_default(client):
    assert client.get("/v1/articles").status_code == 200


def test_reads_can_be_protected(built_corpus):
    client = create_app(settings_for(built_corpus, api_keys=(API_KEY,), protect_reads=True)).test_client()
    assert_problem(client.get("/v1/articles"), 401)
    assert client.get("/v1/articles", headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    assert client.get("/health").status_code == 200 and client.get("/docs").status_code == 200


def test_key_comparison_checks_every_key(monkeypatch):
    calls = []
    import hmac

    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append(b) or real(a, b))
    assert key_is_valid("k1", ("k1", "k2", "k3")) is True
    assert len(calls) == 3  # no early exit on the first match
    assert key_is_valid("nope", ("k1",)) is False
    assert key_is_valid("", ()) is False


def test_security_scheme_is_in_the_spec(client):
    spec = client.get("/openapi.json").get_json()
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": "One of the keys in CLAIMDEX_API_KEYS"}
    assert spec["paths"]["/v1/articles"]["post"]["security"] == [{"bearerAuth": []}]
    assert "security" not in spec["paths"]["/v1/articles"]["get"]
