"""A client generated from openapi.yaml with openapi-python-client, driven against real gunicorn.

The client is generated into a temporary directory at test time (never committed). Success bodies and error bodies
(400, 401, 404, 413, 422) must parse into the generated models, and every call must hit a documented status: the client
raises on an undocumented one.
"""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.server

PROJECT = Path(__file__).resolve().parents[2]
PACKAGE = "claimdex_generated_client"
API_KEY = "client-key-0123456789"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("client")
    config = root / "config.yaml"
    config.write_text("post_hooks: []\n")  # no formatter run: the test needs the code, not its style
    cli = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run(
        [str(cli), "generate", "--path", str(PROJECT / "openapi.yaml"), "--meta", "none", "--config", str(config),
         "--output-path", str(root / PACKAGE), "--fail-on-warning"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(root))
    try:
        yield lambda name: importlib.import_module(f"{PACKAGE}.{name}")
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("client-server")
    copy_corpus(root / "articles")
    with LiveServer(root, workers=2, api_keys=API_KEY) as live:
        yield live


@pytest.fixture(scope="module")
def clients(generated, server):
    client_module = generated("client")
    options = {"base_url": server.url, "raise_on_unexpected_status": True, "timeout": None}
    return {"anonymous": client_module.Client(**options),
            "keyed": client_module.AuthenticatedClient(token=API_KEY, **options),
            "wrong_key": client_module.AuthenticatedClient(token="not-the-key", **options)}


def test_functions_are_named_after_operation_ids(generated):
    for module, function in (("passages", "list_passages"), ("claims", "get_claim"), ("claims", "check_claim"),
                             ("articles", "create_article"), ("articles", "create_articles_batch")):
        assert hasattr(generated(f"api.{module}.{function}"), "sync_detailed"), function


def test_search_results_parse_into_typed_models_with_enums(generated, clients):
    models = generated("models")
    page = generated("api.facts.list_facts").sync(client=clients["anonymous"], about="ATACMS", has_quantity=True)
    assert isinstance(page, models.FactPage) and page.items
    quantities = [quantity for fact in page.items for quantity in fact.quantities]
    assert quantities and all(isinstance(quantity.bound, models.Bound) for quantity in quantities)
    assert any(isinstance(quantity.dimension, models.Dimension) for quantity in quantities)
    assert isinstance(page.total_relation, models.TotalRelation)


def test_claim_round_trip_and_check(generated, clients):
    models = generated("models")
    claims = generated("api.claims.list_claims").sync(client=clients["anonymous"], about="ATACMS")
    assert claims.items and all(isinstance(claim.status, models.ClaimStatus) for claim in claims.items)
    claim = generated("api.claims.get_claim").sync(claim_id=claims.items[0].id, client=clients["anonymous"])
    assert isinstance(claim, models.ClaimDetail) and claim.id == claims.items[0].id
    result = generated("api.claims.check_claim").sync(
        client=clients["anonymous"], body=models.CheckInput(claim="ATACMS missiles can reach 300 km"))
    assert isinstance(result, models.CheckResult) and isinstance(result.verdict, models.Verdict)


def test_query_error_parses_into_the_problem_model(generated, clients):
    models = generated("models")
    response = generated("api.passages.list_passages").sync_detailed(client=clients["anonymous"], q='"unclosed')
    assert response.status_code == 400
    assert isinstance(response.parsed, models.Problem)
    assert response.parsed.status == 400 and "unclosed quote" in response.parsed.detail


def test_missing_resource_parses_into_the_problem_model(generated, clients):
    models = generated("models")
    response = generated("api.articles.get_article").sync_detailed(article_id="no-such-article",
                                                                   client=clients["anonymous"])
    assert response.status_code == 404
    assert isinstance(response.parsed, models.Problem) and response.parsed.instance == "/v1/articles/no-such-article"


@pytest.mark.parametrize("caller", ["anonymous", "wrong_key"])
def test_write_without_a_valid_key_is_a_401_problem_with_a_challenge(generated, clients, caller):
    models = generated("models")
    body = models.ArticleInput.from_dict(_sample())
    response = generated("api.articles.create_article").sync_detailed(client=clients[caller], body=body)
    assert response.status_code == 401
    assert isinstance(response.parsed, models.Problem) and response.parsed.status == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_oversized_body_is_a_413_problem(generated, clients):
    models = generated("models")
    body = models.ArticleInput(text="A long sentence about the harbor. " * 40_000)  # about 1.3 MB, over 1 MiB
    response = generated("api.articles.create_article").sync_detailed(client=clients["keyed"], body=body)
    assert response.status_code == 413
    assert isinstance(response.parsed, models.Problem) and response.parsed.status == 413


def test_invalid_write_is_a_422_problem_with_field_errors(generated, clients):
    models = generated("models")
    body = models.ArticleInput(text="Too short to be an article.")
    response = generated("api.articles.create_article").sync_detailed(client=clients["keyed"], body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.Problem)
    assert "text" in response.parsed.errors.to_dict()["json"]


def test_create_read_and_delete_an_article(generated, clients):
    models = generated("models")
    created = generated("api.articles.create_article").sync_detailed(
        client=clients["keyed"], body=models.ArticleInput.from_dict(_sample()))
    assert created.status_code == 201 and isinstance(created.parsed, models.WrittenArticle)
    assert created.parsed.claims_pending is True  # answered before its claims settle
    article_id = created.parsed.id
    detail = generated("api.articles.get_article").sync(article_id=article_id, client=clients["anonymous"])
    assert isinstance(detail, models.ArticleDetail) and "reservoir" in detail.text
    deleted = generated("api.articles.delete_article").sync_detailed(article_id=article_id, client=clients["keyed"])
    assert deleted.status_code == 204


def test_batch_items_are_typed(generated, clients):
    models = generated("models")
    sample = _sample()
    other = dict(sample, text=sample["text"].replace("reservoir", "water tower"))
    batch = models.BatchInput.from_dict({"articles": [sample, other]})
    assert all(isinstance(item, models.ArticleInput) for item in batch.articles)  # typed in, not bare objects
    result = generated("api.articles.create_articles_batch").sync(client=clients["keyed"], body=batch)
    assert isinstance(result, models.BatchResult)
    first, second = result.items
    for item in (first, second):
        assert item.status in (models.BatchItemStatus.VALUE_200, models.BatchItemStatus.VALUE_201)
        assert isinstance(item.article, models.WrittenArticle) and item.problem is None
        assert isinstance(item.article.claims_pending, bool)
    assert first.article.id != second.article.id


def test_a_batch_with_an_invalid_article_is_a_422_problem(generated, clients):
    models = generated("models")
    batch = models.BatchInput(articles=[models.ArticleInput.from_dict(_sample()), models.ArticleInput(text="short")])
    response = generated("api.articles.create_articles_batch").sync_detailed(client=clients["keyed"], body=batch)
    assert response.status_code == 422 and isinstance(response.parsed, models.Problem)
    assert "1" in response.parsed.errors.to_dict()["json"]["articles"]


def _sample() -> dict:
    return json.loads((PROJECT / "examples" / "sample-article.json").read_text())
