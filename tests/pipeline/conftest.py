"""Fixtures shared by the pipeline tests: one fact extractor over the project's gazetteer per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.pipeline.entities import load_gazetteer
from service.pipeline.facts import FactExtractor

GAZETTEER = Path(__file__).resolve().parents[2] / "data" / "entities.yaml"


@pytest.fixture(scope="session")
def extractor() -> FactExtractor:
    return FactExtractor(load_gazetteer(GAZETTEER))
