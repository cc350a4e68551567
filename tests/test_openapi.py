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


def _operations(spec):
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                yield f"{method.upper()} {path}", operation


def _response(spec, response):
    if "$ref" in response:
        return spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response


def test_every_error_status_is_a_problem_json_document_and_there_is_no_default():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for name, operation in _operations(spec):
        assert "default" not in operation["responses"], name
        for status, response in operation["responses"].items():
            if int(status) < 400:
                continue
            content = _response(spec, response)["content"]
            assert list(content) == ["application/problem+json"], (name, status)
            assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}


def test_challenge_and_retry_headers_are_declared_where_they_are_sent():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for name, operation in _operations(spec):
        responses = {status: _response(spec, response) for status, response in operation["responses"].items()}
        if "401" in responses:
            assert "WWW-Authenticate" in responses["401"]["headers"], name
        if "503" in responses:
            assert "Retry-After" in responses["503"]["headers"], name


def test_writes_and_index_reads_document_their_error_statuses():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for name, operation in _operations(spec):
        statuses = set(operation["responses"])
        if operation.get("security"):
            assert {"401", "403", "503"} <= statuses, name
        if "requestBody" in operation:
            assert {"400", "413", "422"} <= statuses, name
        if "{" in name:
            assert "404" in statuses, name


def test_operation_ids_are_unique_camel_case():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    ids = [operation.get("operationId") for _, operation in _operations(spec)]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", op_id) for op_id in ids), ids
    assert {"listPassages", "getClaim", "createArticle", "createArticlesBatch", "checkClaim"} <= set(ids)


def test_closed_vocabularies_are_named_enums_used_in_responses():
    from service.records import BOUNDS, CLAIM_STATUSES, DIMENSIONS, ENTITY_TYPES, VERDICTS

    schemas = yaml.safe_load(SPEC_FILE.read_text())["components"]["schemas"]
    for name, values in (("Dimension", DIMENSIONS), ("Bound", BOUNDS), ("EntityType", ENTITY_TYPES),
                         ("ClaimStatus", CLAIM_STATUSES), ("Verdict", VERDICTS)):
        assert schemas[name]["enum"] == list(values), name

    def ref(name):
        return {"$ref": f"#/components/schemas/{name}"}

    quantity = schemas["Quantity"]["properties"]
    assert quantity["bound"] == ref("Bound")
    assert quantity["dimension"]["anyOf"] == [ref("Dimension"), {"type": "null"}]
    assert schemas["EntityMention"]["properties"]["type"] == ref("EntityType")
    assert schemas["Entity"]["properties"]["type"] == ref("EntityType")
    assert schemas["Claim"]["properties"]["status"] == ref("ClaimStatus")
    assert schemas["CheckResult"]["properties"]["verdict"] == ref("Verdict")


def test_batch_items_are_typed_and_nothing_unused_is_declared():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    item = spec["components"]["schemas"]["BatchItem"]["properties"]
    assert {"$ref": "#/components/schemas/Problem"} in item["problem"]["anyOf"]
    assert {"$ref": "#/components/schemas/WrittenArticle"} in item["article"]["anyOf"]  # with claims_pending
    text = SPEC_FILE.read_text()
    for name in spec["components"]["schemas"]:
        assert f"#/components/schemas/{name}'" in text, f"{name} is declared but never used"


def test_request_bodies_have_valid_examples():
    from service.routes.articles import ArticleInputSchema, BatchInputSchema
    from service.routes.claims import CheckInputSchema

    spec = yaml.safe_load(SPEC_FILE.read_text())
    loaders = {"createArticle": ArticleInputSchema(), "createArticlesBatch": BatchInputSchema(),
               "checkClaim": CheckInputSchema()}
    for name, operation in _operations(spec):
        if "requestBody" in operation:
            example = operation["requestBody"]["content"]["application/json"]["example"]
            assert loaders.pop(operation["operationId"]).validate(example) == {}, name
    assert not loaders


def test_every_operation_has_a_summary():
    spec = yaml.safe_load(SPEC_FILE.read_text())
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert operation.get("summary"), f"{method.upper()} {path} has no summary"
