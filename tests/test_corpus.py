import json
import os

import pytest

from service.corpus import ArticleStore, CorpusError, IngestQueue, StoredArticle


def test_write_read_delete_roundtrip(tmp_path):
    store = ArticleStore(tmp_path)
    store.write("a1", "Body text".encode(), {"url": "https://example.org/a", "title": None})
    stored = store.read("a1")
    assert stored.raw == b"Body text" and stored.sidecar == {"url": "https://example.org/a"}
    assert store.ids() == ["a1"]
    assert store.delete("a1") is True
    assert store.ids() == [] and store.delete("a1") is False


def test_writes_leave_no_temporary_files(tmp_path):
    store = ArticleStore(tmp_path)
    store.write("a1", b"x", {"title": "T"})
    assert sorted(os.listdir(tmp_path)) == ["a1.json", "a1.txt"]


def test_raw_hash_changes_with_sidecar(tmp_path):
    store = ArticleStore(tmp_path)
    first = store.write("a1", b"x", None).raw_hash
    assert store.write("a1", b"x", {"title": "T"}).raw_hash != first


@pytest.mark.parametrize("bad", ["../etc/passwd", "a/b", "", ".hidden", "a" * 101])
def test_ids_that_could_escape_the_directory_are_refused(tmp_path, bad):
    with pytest.raises(CorpusError):
        ArticleStore(tmp_path).write(bad, b"x", None)


def test_bad_sidecar_is_reported(tmp_path):
    (tmp_path / "a1.txt").write_text("x")
    (tmp_path / "a1.json").write_text("{nope")
    with pytest.raises(CorpusError, match="not valid JSON"):
        ArticleStore(tmp_path).read("a1")
    (tmp_path / "a1.json").write_text(json.dumps([1]))
    with pytest.raises(CorpusError, match="JSON object"):
        ArticleStore(tmp_path).read("a1")


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(CorpusError):
        ArticleStore(tmp_path / "none").ids()


def test_html_articles_are_stored_and_read_back_as_html(tmp_path):
    store = ArticleStore(tmp_path)
    store.write("page", b"<html><p>Hello</p></html>", {"url": "https://example.org/p"}, kind="html")
    store.write("note", b"plain text", None)
    assert store.ids() == ["note", "page"]
    stored = store.read("page")
    assert (stored.kind, stored.raw, (tmp_path / "page.html").exists()) == ("html", b"<html><p>Hello</p></html>", True)
    assert store.read("note").kind == "text"
    # The same bytes as text and as HTML are different articles to the index.
    assert stored.raw_hash != StoredArticle("page", stored.raw, stored.sidecar).raw_hash
    assert store.delete("page") and not (tmp_path / "page.html").exists() and not store.exists("page")


def test_unknown_article_kind_is_refused(tmp_path):
    with pytest.raises(CorpusError):
        ArticleStore(tmp_path).write("page", b"x", None, kind="pdf")


def test_the_ingest_queue_keeps_markers_durably_oldest_first(tmp_path):
    queue = IngestQueue(tmp_path / ".queue")
    assert queue.ids() == [] and "a1" not in queue  # no directory yet: an empty queue
    queue.add("a2")
    queue.add("a1")
    os.utime(tmp_path / ".queue" / "a2", ns=(1, 1))  # a2 came first
    assert queue.ids() == ["a2", "a1"] and "a1" in queue
    assert not [p for p in (tmp_path / ".queue").iterdir() if p.name.startswith(".")]  # no temporary files left
    queue.remove(["a2", "unknown"])
    assert IngestQueue(tmp_path / ".queue").ids() == ["a1"]  # what another process sees


def test_the_ingest_queue_refuses_ids_that_could_escape_its_directory(tmp_path):
    queue = IngestQueue(tmp_path / ".queue")
    with pytest.raises(CorpusError):
        queue.add("../escape")
    assert "../escape" not in queue
    queue.remove(["../escape"])
    assert not (tmp_path / "escape").exists()


def test_one_process_drains_the_ingest_queue_at_a_time(tmp_path):
    import subprocess
    import sys

    queue = IngestQueue(tmp_path / ".queue")
    with queue.draining() as mine:
        assert mine
        other = subprocess.run([sys.executable, "-c", (
            "import sys; from service.corpus import IngestQueue\n"
            f"with IngestQueue({str(tmp_path / '.queue')!r}).draining() as mine: sys.exit(0 if mine else 3)")],
            cwd=os.getcwd(), check=False)
        assert other.returncode == 3  # another process is refused while this one holds it
    with queue.draining() as mine:
        assert mine  # let go at the end of the block
    assert queue.ids() == []  # the lock file is not a marker
