"""Index lifecycle through the catalog: ensure, staleness, reconciling with the corpus."""

import shutil

from tests.conftest import copy_corpus, settings_for

from service.catalog import Catalog
from service.config import Settings


def make_catalog(root):
    return Catalog(Settings().with_overrides(settings_for(root)))


def test_ensure_builds_once_then_only_reconciles(tmp_path):
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    assert catalog.ensure()["action"] == "built"
    generation = catalog.status()["generation"]
    again = catalog.ensure()
    assert again["action"] == "reconciled" and again["added"] == again["removed"] == []
    assert catalog.status()["generation"] == generation  # nothing changed, nothing committed


def test_reconcile_follows_added_changed_and_removed_files(tmp_path):
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    catalog.build(workers=1)
    articles = sorted((tmp_path / "articles").glob("*.txt"))
    shutil.copy(articles[0], tmp_path / "articles" / "copy-of-first.txt")
    articles[1].write_text(articles[1].read_text() + "\n\nA new closing paragraph says the Pentagon will "
                                                     "publish more figures next week, officials said.\n")
    articles[2].unlink()
    result = catalog.reconcile()
    assert result["added"] == ["copy-of-first"]
    assert result["updated"] == [articles[1].stem]
    assert result["removed"] == [articles[2].stem]
    assert catalog.status()["counts"]["articles"] == 5


def test_entity_file_change_forces_a_rebuild(tmp_path):
    copy_corpus(tmp_path / "articles")
    entities = tmp_path / "entities.yaml"
    shutil.copy(Settings().entities_file, entities)
    catalog = Catalog(Settings().with_overrides(settings_for(tmp_path, entities_file=entities)))
    catalog.build(workers=1)
    assert catalog.needs_rebuild() is None
    entities.write_text(entities.read_text() + "\n")
    assert "entities_fingerprint" in catalog.needs_rebuild()


def test_parallel_build_matches_serial_build(tmp_path, monkeypatch):
    import service.processing as processing

    copy_corpus(tmp_path / "a" / "articles")
    copy_corpus(tmp_path / "b" / "articles")
    serial, parallel = make_catalog(tmp_path / "a"), make_catalog(tmp_path / "b")
    serial.build(workers=1)
    monkeypatch.setattr(processing, "PARALLEL_BUILD_THRESHOLD", 1)
    parallel.build(workers=2)

    def facts(catalog):
        return [f["id"] + f["text"] for f in catalog.facts.search(q=None, limit=100, offset=0)["items"]]

    assert facts(serial) == facts(parallel) and facts(serial)

    def claims(catalog):  # grouped in a process of their own, beside the commit, in the parallel build
        return [(c["id"], c["status"], c["fact_count"]) for c in catalog.claims.list(limit=100, offset=0)["items"]]

    assert claims(serial) == claims(parallel) and claims(serial)


def test_bounded_map_keeps_order_and_limits_work_in_flight():
    from concurrent.futures import ThreadPoolExecutor

    from service.processing import _batches, _bounded_map

    def work(batch):
        return [n * 2 for n in batch]

    submitted = []

    def numbers():
        for n in range(100):
            submitted.append(n)
            yield n

    with ThreadPoolExecutor(4) as pool:
        out = []
        for value in _bounded_map(pool, work, _batches(numbers(), 5), window=3):
            out.append(value)
            # The producer is never more than the window ahead of the consumer.
            assert len(submitted) <= len(out) + 3 * 5 + 5
    assert out == [n * 2 for n in range(100)]


def test_build_reports_its_costs_per_stage(tmp_path, monkeypatch):
    import service.processing as processing

    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    monkeypatch.setattr(processing, "PARALLEL_BUILD_THRESHOLD", 1)
    report = catalog.build(workers=2)["costs"]
    # the workers extract and (in a process of their own, beside the commit) group the claims, and sub-writers
    # analyse and write the documents; this process feeds them
    assert {"cleaning", "passages", "facts", "records", "claims", "index writing"} <= set(report["workers"])
    assert {"index writing", "index commit"} <= set(report["writer"])
    assert "cleaning" not in report["writer"] and "claims" not in report["writer"]
    assert all(seconds >= 0 for part in ("workers", "writer") for seconds in report[part].values())
    assert report["wall_seconds"] > 0
    # the wall time split into its consecutive phases, which add up to it
    assert list(report["wall_phases"]) == ["articles", "claims", "claim records", "commit"]
    assert abs(sum(report["wall_phases"].values()) - report["wall_seconds"]) < 0.05


def test_a_build_without_claims_has_passages_and_facts_only(tmp_path):
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    result = catalog.build(workers=1, claims=False)
    assert result["counts"]["passages"] > 0 and result["counts"]["facts"] > 0
    assert "claims" not in result["counts"] and "claims" not in result["costs"]["writer"]
    assert catalog.claims.list(limit=10, offset=0)["items"] == []
    assert catalog.location.manifest()["claims"] is False
    catalog.build(workers=1)
    assert catalog.claims.list(limit=10, offset=0)["items"] and catalog.location.manifest()["claims"] is True


def test_a_parallel_build_without_claims_still_counts_its_sub_writers(tmp_path, monkeypatch):
    import service.processing as processing

    copy_corpus(tmp_path / "articles")
    monkeypatch.setattr(processing, "PARALLEL_BUILD_THRESHOLD", 1)
    report = make_catalog(tmp_path).build(workers=2, claims=False)["costs"]
    assert report["workers"]["index writing"] > 0 and "claims" not in report["workers"]


QUEUED_PAGE = ("Harbor Board Opens Ferry Terminal\n\nThe Bayside harbor board opened a ferry terminal on Tuesday, "
               "its chair said. Chair Rosa Imani said the terminal will handle about 1,500 passengers a day and "
               "cut waiting times by a third. Fishermen's association head Colin Maher warned that the schedule "
               "could crowd the inner harbor.\n")


def test_queued_articles_are_indexed_by_whoever_drains_the_queue_and_only_once(tmp_path):
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    catalog.build(workers=1)
    queued, is_queued = catalog.accept(QUEUED_PAGE.encode(), {"source": "Bayside Courier"})
    assert is_queued and queued["status"] == "queued" and catalog.status()["articles_queued"] == 1
    other = make_catalog(tmp_path)  # another worker
    with other.queue.draining():  # ... that is draining the queue right now
        assert catalog.index_queued()["busy"] and catalog.status()["articles_queued"] == 1
    assert catalog.index_queued()["indexed"] == 1
    assert other.index_queued()["indexed"] == 0  # nothing left for the other worker
    status = catalog.status()
    assert (status["articles_queued"], status["counts"]["articles"]) == (0, 6)
    article, created = catalog.accept(QUEUED_PAGE.encode(), {"source": "Bayside Courier"})
    assert not created and article["id"] == queued["id"] and article["source"] == "Bayside Courier"


def test_a_queued_article_indexed_meanwhile_is_not_indexed_twice(tmp_path):
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    catalog.build(workers=1)
    queued, _ = catalog.accept(QUEUED_PAGE.encode())
    catalog.ingest(QUEUED_PAGE.encode())  # the same page posted synchronously before the queue is drained
    assert catalog.index_queued()["indexed"] == 0
    assert catalog.status()["counts"]["articles"] == 6 and catalog.status()["articles_queued"] == 0


def test_posting_a_corpus_files_content_async_answers_with_that_article_not_a_queued_id(tmp_path):
    # A corpus file is indexed under its file name; a post of the same body (here with chrome after an appeal,
    # which cleaning drops) must find it by content, as a synchronous post does, and never queue a new id that
    # indexing would then skip as a duplicate (its Location would never be found).
    copy_corpus(tmp_path / "articles")
    catalog = make_catalog(tmp_path)
    catalog.build(workers=1)
    first = sorted((tmp_path / "articles").glob("*.txt"))[0]
    built = catalog.reader.get("article", first.stem)
    assert built is not None
    article, queued = catalog.accept(first.read_bytes())
    assert not queued and article["id"] == first.stem and "status" not in article
    assert catalog.status()["articles_queued"] == 0
    synchronous, created = catalog.ingest(first.read_bytes())
    assert not created and synchronous["id"] == article["id"]
