"""Who speaks, from files: sidecar ``speaker``, ``publisher`` and ``kind`` reach the extractor and the index."""

import json

from tests.conftest import settings_for

from service.catalog import Catalog
from service.config import Settings

STATEMENT = """Statement on the reopening of the river crossing

The crossing at the old mill reopened this morning after eleven weeks of repairs. Our crews replaced 140 metres of
damaged embankment and we will keep a weight limit of 7.5 tonnes until the spring inspection.

I want to thank the residents of both villages for their patience.
"""


def test_sidecar_speaker_publisher_and_kind_are_used_when_building_from_files(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "crossing.txt").write_text(STATEMENT)
    (articles / "crossing.json").write_text(json.dumps(
        {"speaker": "Mayor Ines Duarte", "publisher": "Valdemoro Town Council", "kind": "statement"}))
    catalog = Catalog(Settings().with_overrides(settings_for(tmp_path, min_article_chars=100)))
    catalog.build(workers=1)
    article = catalog.articles.get("crossing")
    assert article["kind"] == "statement"
    facts = catalog.facts.search(q=None, limit=20, offset=0, speaker="Duarte")["items"]
    texts = [f["text"] for f in facts]
    assert any(t.startswith("Our crews replaced 140 metres") for t in texts), texts
    assert not any(t.startswith("I want to thank") for t in texts)
    for fact in facts:
        attribution = fact["attribution"]
        assert attribution["speaker"] == "Ines Duarte" and attribution["role"] == "Mayor"
        assert attribution["organization"] == "Valdemoro Town Council" and attribution["direct"] is True
    assert catalog.articles.list(limit=10, offset=0, kind="news")["total"] == 0
    assert catalog.articles.list(limit=10, offset=0, kind="statement")["total"] == 1
