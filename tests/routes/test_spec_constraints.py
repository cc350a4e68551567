"""The server enforces exactly what the spec states: JSON Schema patterns, RFC 3339 dates, non-blank text."""

import pytest
from marshmallow import ValidationError

from service.routes.articles import URL_PATTERN
from service.routes.common import NOT_BLANK, Pattern
from tests.conftest import assert_problem

ARTICLE = ("Harbor Board Approves New Ferry Route\n\nThe Bayside harbor board approved a ferry route to Gull Island on "
           "Tuesday, its chair said.\n\nChair Rosa Imani said the route will carry about 1,200 passengers a day and "
           "cut the crossing to 25 minutes. \"Islanders have waited ten years for this,\" she said.\n")


@pytest.mark.parametrize("value, valid", [
    ("https://example.org/a?b=c#d", True),
    ("https://example.org/a\n", False),  # Python's `$` would accept this; JSON Schema's does not
    ("https://þ.example", False),
    ("ftp://example.org", False),
    ("see https://example.org", False),
])
def test_url_pattern_is_applied_as_json_schema_applies_it(value, valid):
    validator = Pattern(URL_PATTERN)
    if valid:
        assert validator(value) == value
    else:
        with pytest.raises(ValidationError):
            validator(value)


@pytest.mark.parametrize("value, valid", [
    ("  x", True),  # searched anywhere, not only at the start
    ("\ufeff", True),  # not whitespace to Python's strip()
    ("\x1c\x1d\x1e\x1f", False),  # whitespace to Python, but not to ECMA-262's \s: spelled out in the pattern
    ("\u3000 \t\n", False),
])
def test_not_blank_means_what_strip_means(value, valid):
    assert bool(value.strip()) == valid
    validator = Pattern(NOT_BLANK)
    if valid:
        assert validator(value) == value
    else:
        with pytest.raises(ValidationError):
            validator(value)


@pytest.mark.parametrize("claim", ["   ", "\x1e\x1e\x1e", "\u2003\u2003\u2003"])
def test_blank_claims_are_422_not_500(client, claim):
    response = client.post("/v1/claims/check", json={"claim": claim})
    assert "blank" in assert_problem(response, 422)["detail"]


@pytest.mark.parametrize("date", ["20250408", "2025-W15-2", "2025-4-8", "2025-04-08T00:00"])
def test_only_rfc3339_full_dates_are_accepted(writable_client, auth, date):
    response = writable_client.post("/v1/articles", json={"text": ARTICLE, "published": date}, headers=auth)
    assert "published" in assert_problem(response, 422)["detail"]
    assert_problem(writable_client.get("/v1/articles", query_string={"published_from": date}), 400)


def test_text_shorter_than_the_documented_minimum_is_422(writable_client, auth):
    response = writable_client.post("/v1/articles", json={"text": "x" * 199}, headers=auth)
    assert "at least 200 characters" in assert_problem(response, 422)["detail"]
