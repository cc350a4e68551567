"""Claims settle after a write commits: the pending-claims record, the settling commit, crash recovery."""

import shutil
import signal
import subprocess
import sys
import threading

from service.catalog import Catalog
from service.config import Settings
from tests.conftest import BUNDLED_CORPUS, PROJECT, copy_corpus, settings_for
from tests.test_claimstore import snapshot

REPORT = sorted(BUNDLED_CORPUS.glob("*.txt"))[0]


def corroborating_text(n: int = 0) -> bytes:
    """A bundled report with a paragraph of its own before its closing one: a new article whose facts join the
    claims of the report's."""
    closing = "As the situation continues to develop"
    text = REPORT.read_text(encoding="utf-8")
    assert closing in text
    added = f"Officials said further details would be released within {n + 2} days.\n\n"
    return text.replace(closing, added + closing).encode()


def make_catalog(root) -> Catalog:
    return Catalog(Settings().with_overrides(settings_for(root)))


def claimed_facts(catalog) -> set[str]:
    return {f["id"] for claim in snapshot(catalog)["claims"] for f in claim["facts"]}


def built(root) -> Catalog:
    copy_corpus(root / "articles")
    catalog = make_catalog(root)
    catalog.build(workers=1)
    return catalog


def test_a_write_commits_its_article_and_facts_with_a_pending_claims_record(tmp_path):
    catalog = built(tmp_path)
    before = snapshot(catalog)
    article, created = catalog.ingest(corroborating_text())
    assert created and article["facts"] >= 3 and article["claims_pending"] is True
    again, created = catalog.ingest(corroborating_text())
    assert (again["id"], again["claims_pending"], created) == (article["id"], True, False)
    # Committed and readable at once, together with the record that names it.
    assert catalog.articles.get(article["id"])["facts"] == article["facts"]
    assert catalog.facts.search(q=None, limit=100, offset=0, article_id=article["id"])["total"] == article["facts"]
    (record,) = catalog.reader.all_records("pending_claims")
    assert record["articles"] == record["added"] == [article["id"]] and record["removed"] == []
    assert catalog.claims_pending() == [article["id"]] and catalog.status()["claims_pending"] == 1
    assert catalog.settle_due is True
    # The claims are as they were until the settling commit.
    assert snapshot(catalog) == before

    result = catalog.settle_claims()
    assert (result["records"], result["articles"], result["facts"]) == (1, 1, article["facts"])
    assert catalog.claims_pending() == [] and catalog.reader.all_records("pending_claims") == []
    assert catalog.settle_due is False
    mine = {f"{article['id']}-f{i}" for i in range(article["facts"])}
    assert mine & claimed_facts(catalog)
    again, created = catalog.ingest(corroborating_text())
    assert (again["id"], again["claims_pending"], created) == (article["id"], False, False)


def test_settling_with_nothing_pending_commits_nothing(tmp_path):
    catalog = built(tmp_path)
    generation = catalog.reader.generation()
    assert catalog.settle_claims()["records"] == 0
    assert catalog.reader.generation() == generation


def test_a_delete_is_pending_until_settled_and_then_leaves_no_claim_with_its_facts(tmp_path):
    catalog = built(tmp_path)
    gone = REPORT.stem
    assert any(fid.startswith(gone + "-") for fid in claimed_facts(catalog))
    catalog.delete(gone)
    (record,) = catalog.reader.all_records("pending_claims")
    assert record["removed"] == [gone] and record["added"] == record["replaced"] == []
    assert catalog.reader.get("article", gone) is None  # the delete itself is committed
    catalog.settle_claims()
    assert not any(fid.startswith(gone + "-") for fid in claimed_facts(catalog))


def test_an_article_added_and_deleted_before_settling_leaves_the_claims_unchanged(tmp_path):
    catalog = built(tmp_path)
    before = snapshot(catalog)
    article, _ = catalog.ingest(corroborating_text())
    catalog.delete(article["id"])
    assert len(catalog.reader.all_records("pending_claims")) == 2
    assert catalog.settle_claims()["articles"] == 1
    assert snapshot(catalog) == before


def test_several_writes_settled_together_give_the_claims_of_a_full_build(tmp_path):
    catalog = built(tmp_path / "live")
    ids = [catalog.ingest(corroborating_text(n))[0]["id"] for n in range(3)]
    catalog.delete(sorted(BUNDLED_CORPUS.glob("*.txt"))[-1].stem)
    assert catalog.claims_pending() == sorted({*ids, sorted(BUNDLED_CORPUS.glob("*.txt"))[-1].stem})
    assert catalog.settle_claims()["records"] == 4
    shutil.copytree(tmp_path / "live" / "articles", tmp_path / "fresh" / "articles")
    fresh = make_catalog(tmp_path / "fresh")
    fresh.build(workers=1)
    assert snapshot(catalog) == snapshot(fresh)
    assert {fid.rsplit("-f", 1)[0] for fid in claimed_facts(catalog)} >= set(ids)


def test_two_processes_settling_at_once_settle_each_record_once(tmp_path):
    catalog = built(tmp_path)
    article, _ = catalog.ingest(corroborating_text())
    others = [make_catalog(tmp_path) for _ in range(2)]  # as two gunicorn workers would
    results, start = [], threading.Barrier(2)

    def settle(other):
        start.wait()
        results.append(other.settle_claims())

    threads = [threading.Thread(target=settle, args=(other,)) for other in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(r["articles"] for r in results) == [0, 1]
    assert catalog.claims_pending() == []
    assert {f"{article['id']}-f{i}" for i in range(article["facts"])} & claimed_facts(catalog)


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from service.catalog import Catalog
from service.config import Settings
root = Path(sys.argv[1])
catalog = Catalog(Settings().with_overrides({"data_dir": root / "articles", "index_dir": root / "index",
                                             "reconcile_on_start": False}))
article, created = catalog.ingest(sys.stdin.buffer.read())
print(article["id"], flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # after the write's commit, before any settling
"""


def write_then_kill(root) -> str:
    """Ingest an article in another process, which is then killed with SIGKILL before settling its claims."""
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(root)], input=corroborating_text(),
                          capture_output=True, cwd=PROJECT, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    return done.stdout.decode().split()[0]


def test_claims_left_pending_by_a_killed_writer_are_settled_at_start_up(tmp_path):
    built(tmp_path)
    article_id = write_then_kill(tmp_path)
    restarted = make_catalog(tmp_path)
    assert restarted.claims_pending() == [article_id]
    assert restarted.articles.get(article_id)["id"] == article_id  # acknowledged, so durable
    result = restarted.ensure()
    assert result["action"] == "reconciled" and result["claims_settled"] == 1
    assert restarted.claims_pending() == []
    assert any(fid.startswith(article_id + "-f") for fid in claimed_facts(restarted))


def test_the_next_write_settles_what_a_killed_writer_left(tmp_path):
    built(tmp_path)
    left = write_then_kill(tmp_path)
    catalog = make_catalog(tmp_path)
    article, _ = catalog.ingest(corroborating_text(5))
    assert catalog.claims_pending() == sorted([left, article["id"]])
    assert catalog.settle_claims()["articles"] == 2
    claimed = {fid.rsplit("-f", 1)[0] for fid in claimed_facts(catalog)}
    assert {left, article["id"]} <= claimed


def test_no_pending_record_survives_a_full_build(tmp_path):
    catalog = built(tmp_path)
    catalog.ingest(corroborating_text())
    assert catalog.claims_pending()
    catalog.build(workers=1)
    assert catalog.claims_pending() == [] and catalog.reader.all_records("pending_claims") == []
