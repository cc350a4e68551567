"""The committed openapi.yaml is exactly what the app generates, it validates, and it matches the routes."""

import re
from pathlib import Path

import yaml
from openapi_spec_validator import validate

from service.routes.spec import spec_as_yaml

SPEC_FILE = Path(__file__).resolve().parent.parent / "openapi.yaml"
# Routes that serve the documentation itself rather than the API.
# Operational and documentation endpoints: /metrics is Prometheus text for scrapers, not part of the client API.
UNDOCUMENTED = {"/", "/docs", "/openapi.json", "/openapi.yaml", "/_swagger-ui/<path:filename>", "/metrics"}


def test_committed_spec_equals_the_generated_one(app):
    assert SPEC_FILE.read_text() == spec_as_yaml(app), "openapi.yaml is stale: run `make openapi`"


def test_spec_is_valid_openapi_3_1():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def _openapi_path(rule: str) -> str:
    """Flask's /a/<string(length=14):x> is OpenAPI's /a/{x}."""
    return re.sub(r"<(?:[a-z]+(?:\([^)]*\))?:)?(\w+)>", r"{\1}", rule)


def test_every_route_is_documented_and_every_path_exists(app):
    spec = yaml.safe_load(SPEC_FILE.read_text())
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.rule in UNDOCUMENTED:
            continue
        routes.setdefault(_openapi_path(rule.rule), set()).update(
            m.lower() for m in rule.methods - {"HEAD", "OPTIONS"})
    documented = {path: set(ops) - {"parameters"} for path, ops in spec["paths"].items()}
    assert routes == documented


def test_errors_are_documented_as_problem_json():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for name, response in spec["components"]["responses"].items():
        assert list(response.get("content", {"application/problem+json": 0})) == ["application/problem+json"], name


def test_every_operation_has_a_summary():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert operation.get("summary"), f"{method.upper()} {path} has no summary"
