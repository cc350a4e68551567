"""Every error is problem+json, with the headers HTTP requires."""

from tests.conftest import assert_problem


def test_unknown_route(client):
    assert_problem(client.get("/v1/nothing"), 404)


def test_wrong_method_keeps_allow_header(client):
    response = client.put("/v1/passages")
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


def test_body_over_the_limit_is_413(writable_client, auth):
    response = writable_client.post("/v1/articles", data="x" * (1024 * 1024 + 10), headers=auth,
                                    content_type="application/json")
    assert_problem(response, 413)


def test_malformed_json_is_400(writable_client, auth):
    assert_problem(writable_client.post("/v1/articles", data="{nope", headers=auth,
                                        content_type="application/json"), 400)


def test_root_redirects_to_docs(client):
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/docs")
