"""Shared fixtures: a tiny corpus, an index built from it in a temporary directory, the app and its client."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.app import create_app
from service.catalog import Catalog
from service.config import Settings

PROJECT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = PROJECT / "data" / "articles"
API_KEY = "test-key-0123456789"


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch):
    """Tests never see the developer's CLAIMDEX_* settings."""
    import os

    for name in list(os.environ):
        if name.startswith("CLAIMDEX_"):
            monkeypatch.delenv(name)


def copy_corpus(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in BUNDLED_CORPUS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    for path in BUNDLED_CORPUS.glob("*.json"):
        shutil.copy(path, target / path.name)
    return target


def settings_for(root: Path, **overrides) -> dict:
    return {"data_dir": root / "articles", "index_dir": root / "index", "reconcile_on_start": False, **overrides}


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory) -> Path:
    """The bundled five articles, indexed once per test session (read-only tests share it)."""
    root = tmp_path_factory.mktemp("corpus")
    copy_corpus(root / "articles")
    Catalog(Settings().with_overrides(settings_for(root))).build(workers=1)
    return root


@pytest.fixture
def app(built_corpus):
    return create_app(settings_for(built_corpus))


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def writable_root(tmp_path) -> Path:
    """A private corpus and index that a test may change."""
    copy_corpus(tmp_path / "articles")
    Catalog(Settings().with_overrides(settings_for(tmp_path))).build(workers=1)
    return tmp_path


@pytest.fixture
def writable_client(writable_root):
    return create_app(settings_for(writable_root, api_keys=(API_KEY, "second-key"))).test_client()


@pytest.fixture
def auth():
    return {"Authorization": f"Bearer {API_KEY}"}


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status and body["title"] and body["type"]
    return body
