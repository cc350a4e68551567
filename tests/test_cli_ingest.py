"""python -m service ingest: HTML files are stored and extracted as HTML, other files as scraped text."""

import shutil
from pathlib import Path

from service.__main__ import main
from service.corpus import ArticleStore
from tests.conftest import copy_corpus

PAGES = Path(__file__).resolve().parent / "pipeline" / "pages"


def test_ingest_stores_html_files_as_html(tmp_path, capsys):
    data, index = tmp_path / "articles", tmp_path / "index"
    bundled = set(ArticleStore(copy_corpus(data)).ids())
    page = tmp_path / "incoming" / "harbour.html"
    page.parent.mkdir()
    shutil.copy(PAGES / "news_site.html", page)
    assert main(["ingest", str(page), "--data-dir", str(data), "--index-dir", str(index)]) == 0
    assert '"created": 1' in capsys.readouterr().out
    store = ArticleStore(data)
    [article_id] = set(store.ids()) - bundled
    stored = store.read(article_id)
    assert stored.kind == "html" and stored.raw == page.read_bytes()


def test_index_optimize_merges_what_writes_left_into_one_segment(tmp_path, capsys):
    import json

    from service.search.writer import IndexLocation

    data, index = tmp_path / "articles", tmp_path / "index"
    copy_corpus(data)
    page = tmp_path / "incoming" / "harbour.html"
    page.parent.mkdir()
    shutil.copy(PAGES / "news_site.html", page)
    assert main(["ingest", str(page), "--data-dir", str(data), "--index-dir", str(index)]) == 0
    with IndexLocation(index).open().reader() as reader:
        before = len(reader.leaf_readers())
        documents = reader.doc_count()
    assert before >= 2  # the build's segment and the ingest's
    capsys.readouterr()
    assert main(["index", "optimize", "--data-dir", str(data), "--index-dir", str(index)]) == 0
    assert json.loads(capsys.readouterr().out) == {"segments_before": before, "segments_after": 1}
    with IndexLocation(index).open().reader() as reader:
        assert len(reader.leaf_readers()) == 1 and reader.doc_count() == documents
