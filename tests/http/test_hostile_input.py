"""No input reaches a 500: every hostile body or claim gets its documented 4xx, and keys are checked first."""

import io

import pytest

from service.body import MAX_JSON_DEPTH, json_depth, read_bounded, BodyTooLarge
from service.catalog import NotFound
from service.corpus import CorpusError
from service.errors import REGISTRY, mapping_for
from service.pipeline import errors as pipeline_errors
from service.search import errors as search_errors
from tests.conftest import assert_problem

LIMIT = 1024 * 1024


def _subclasses(base):
    for cls in base.__subclasses__():
        yield cls
        yield from _subclasses(cls)


def test_every_domain_exception_has_a_registered_status():
    domain = {*_subclasses(pipeline_errors.PipelineError), *_subclasses(search_errors.SearchError),
              NotFound, CorpusError}
    for cls in domain:
        mapping = mapping_for(cls.__new__(cls))
        assert mapping is not None, cls
        assert 400 <= mapping.status < 600
    # Only a broken server-side store is the server's fault.
    assert {cls for cls, mapping in REGISTRY.items() if mapping.status >= 500 and mapping.status != 503} == {
        CorpusError, pipeline_errors.GazetteerError}


@pytest.mark.parametrize("claim", ["   ", "\t\n ", "ATACMS\0 can reach 300 km", "\0\0\0", "abc\x1bdef"])
def test_blank_or_control_character_claims_are_422(client, claim):
    body = assert_problem(client.post("/v1/claims/check", json={"claim": claim}), 422)
    assert "claim" in body["detail"]


def test_a_claim_input_error_from_the_pipeline_is_422(client, monkeypatch):
    catalog = client.application.extensions["claimdex"]

    def refuse(text):
        raise pipeline_errors.ClaimInputError("claim has no usable 'text'")

    monkeypatch.setattr(catalog.claims, "check", refuse)
    assert "invalid claim" in assert_problem(client.post("/v1/claims/check", json={"claim": "abc def"}), 422)["detail"]


def test_the_entity_matcher_survives_nul_characters(app):
    gazetteer = app.extensions["claimdex"].processor.extractor.gazetteer
    assert [m.name for m in gazetteer.find("ATACMS \0 and \0ATACMS\0")].count("ATACMS") >= 1


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 100_000])
def test_deeply_nested_json_is_400_without_a_key(client, depth):
    data = "[" * depth + "]" * depth
    body = assert_problem(client.post("/v1/claims/check", data=data, content_type="application/json"), 400)
    assert "nested" in body["detail"]


def test_deep_json_on_a_write_needs_the_key_first(writable_client, auth):
    data = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_problem(writable_client.post("/v1/articles", data=data, content_type="application/json"), 401)
    assert_problem(writable_client.post("/v1/articles", data=data, content_type="application/json",
                                        headers=auth), 400)


def test_brackets_inside_strings_do_not_count():
    assert json_depth(b'{"claim": "[[[[[[[[[[[[ \\" {{{{{{"}') == 1
    assert json_depth(b'[[1], {"a": [2]}]') == 3


def test_non_utf8_body_without_a_key_is_401_not_422(writable_client):
    response = writable_client.post("/v1/articles", data=b'{"text": "caf\xe9"}', content_type="application/json")
    assert_problem(response, 401)


def test_invalid_body_without_a_key_is_401_on_every_write(writable_client):
    for path in ("/v1/articles", "/v1/articles:batch"):
        assert_problem(writable_client.post(path, json={"nonsense": True}), 401)


def _chunked(client, path, payload: bytes, headers=None):
    return client.post(path, input_stream=io.BytesIO(payload), content_type="application/json",
                       headers={"Transfer-Encoding": "chunked", **(headers or {})},
                       environ_overrides={"wsgi.input_terminated": True})


def test_chunked_body_over_the_limit_is_413(writable_client, auth):
    payload = b'{"text": "' + b"x" * (2 * LIMIT) + b'"}'
    assert_problem(_chunked(writable_client, "/v1/articles", payload, auth), 413)


def test_chunked_body_under_the_limit_is_read(client):
    response = _chunked(client, "/v1/claims/check", b'{"claim": "ATACMS missiles can reach 300 km"}')
    assert response.status_code == 200 and response.get_json()["verdict"]


def test_read_bounded_stops_at_limit_plus_one():
    class Counting(io.BytesIO):
        served = 0

        def read(self, n=-1):
            data = super().read(n)
            self.served += len(data)
            return data

    stream = Counting(b"y" * (10 * LIMIT))
    with pytest.raises(BodyTooLarge):
        read_bounded(stream, LIMIT)
    assert stream.served == LIMIT + 1
    assert read_bounded(io.BytesIO(b"abc"), 3) == b"abc"


def test_spec_min_length_of_text_is_what_the_code_enforces(writable_client, auth, app):
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    minimum = spec["components"]["schemas"]["ArticleInput"]["properties"]["text"]["minLength"]
    just_short = "word " * ((minimum - 1) // 5) + "x" * ((minimum - 1) % 5)
    assert len(just_short) == minimum - 1
    assert "short" in assert_problem(writable_client.post("/v1/articles", json={"text": just_short},
                                                          headers=auth), 422)["detail"]


def test_wrong_method_with_a_bad_body_is_still_405(client):
    response = client.patch("/v1/articles", data="[" * 1000, content_type="application/json")
    assert_problem(response, 405)


def test_a_recursion_error_anywhere_is_a_400_not_a_500(client, monkeypatch):
    catalog = client.application.extensions["claimdex"]

    def too_deep(text):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(catalog.claims, "check", too_deep)
    assert_problem(client.post("/v1/claims/check", json={"claim": "abc def"}), 400)


def test_query_errors_keep_their_field_errors(client):
    body = assert_problem(client.get("/v1/passages", query_string={"q": '"open'}), 400)
    assert body["errors"]["query"]["q"]
