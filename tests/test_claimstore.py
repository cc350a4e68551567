"""Claims kept in the index: a full build and article-by-article writes give the same claims."""

import random
import shutil

import numpy as np
import pytest

import service.claimstore as claimstore
from service.catalog import Catalog
from service.config import Settings
from tests.conftest import BUNDLED_CORPUS, PROJECT, settings_for

SOURCES = [BUNDLED_CORPUS, PROJECT / "tests" / "eval" / "claims_synthetic"]


def _articles() -> list:
    return sorted(path for folder in SOURCES for path in folder.glob("*.txt"))


def _put(path, folder):
    shutil.copy(path, folder / path.name)
    if path.with_suffix(".json").exists():
        shutil.copy(path.with_suffix(".json"), folder / path.with_suffix(".json").name)


def _remove(path, folder):
    (folder / path.name).unlink()
    (folder / path.with_suffix(".json").name).unlink(missing_ok=True)


def make_catalog(root, articles=()):
    (root / "articles").mkdir(parents=True, exist_ok=True)
    for path in articles:
        _put(path, root / "articles")
    return Catalog(Settings().with_overrides(settings_for(root)))


def snapshot(catalog) -> dict:
    page = catalog.claims.list(limit=100, offset=0)
    assert page["total"] == len(page["items"])
    components = sorted(catalog.reader.all_records("component"), key=lambda c: c["id"])
    for component in components:  # with the members its parts hold, each article's in one part
        parts = [p for p in catalog.reader.all_records("component_part") if p["component"] == component["id"]]
        assert len({p["article"] for p in parts}) == len(parts)
        component["facts"] = {fid: aid for p in parts for fid, aid in p["facts"].items()}
        assert component["size"] == len(component["facts"])
    # The claims' indexed quantities too: written by the build and by each write alike.
    by_quantity = {f"{unit}/{dimension}/{low}": [c["id"] for c in catalog.claims.list(
        limit=100, offset=0, unit=unit, dimension=dimension, min_value=low)["items"]]
        for unit, dimension, low in (("km", None, 250), (None, "persons", 1000), (None, "length", None))}
    return {"claims": page["items"], "components": components, "by_quantity": by_quantity}


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    catalog = make_catalog(tmp_path_factory.mktemp("full"), _articles())
    catalog.build(workers=1)
    return snapshot(catalog)


def test_the_full_build_stores_claims_across_publishers(full):
    assert len(full["claims"]) >= 5
    assert all(full["by_quantity"].values())
    assert {"corroborated", "conflicting"} <= {c["status"] for c in full["claims"]}
    members = [f["id"] for c in full["claims"] for f in c["facts"]]
    assert len(members) == len(set(members))  # a fact is in at most one claim
    for claim in full["claims"]:
        (component,) = [c for c in full["components"] if c["id"] == claim["component"]]
        assert {f["id"] for f in claim["facts"]} <= set(component["facts"])


def test_articles_written_one_by_one_give_the_claims_of_a_full_build(tmp_path, full):
    catalog = make_catalog(tmp_path)
    catalog.build(workers=1)
    order = _articles()
    random.Random(7).shuffle(order)
    for path in order:
        _put(path, tmp_path / "articles")
        assert catalog.reconcile()["added"] == [path.stem]
    assert snapshot(catalog) == full


def test_deleting_articles_updates_their_claims(tmp_path):
    everything = _articles()
    catalog = make_catalog(tmp_path, everything)
    catalog.build(workers=1)
    kept = [p for p in everything if "wildfire" in p.name or p.stem < everything[2].stem]
    for path in everything:
        if path not in kept:
            catalog.delete(path.stem)
    catalog.settle_claims()  # a delete commits at once; its claims follow in the settling commit
    expected = make_catalog(tmp_path / "fresh", kept)
    expected.build(workers=1)
    assert snapshot(catalog) == snapshot(expected)
    gone = {p.stem for p in everything} - {p.stem for p in kept}
    assert all(f["article_id"] not in gone for c in snapshot(catalog)["claims"] for f in c["facts"])


def test_a_write_reclusters_only_the_facts_it_touches(tmp_path, monkeypatch):
    everything = _articles()
    catalog = make_catalog(tmp_path, everything[1:])
    catalog.build(workers=1)
    total_facts = catalog.status()["counts"]["facts"]
    clustered = []
    real = claimstore.claim_components
    monkeypatch.setattr(claimstore, "claim_components", lambda facts: clustered.append(len(facts)) or real(facts))
    _put(everything[0], tmp_path / "articles")
    catalog.reconcile()
    (pool,) = clustered
    new_facts = catalog.status()["counts"]["facts"] - total_facts
    assert new_facts <= pool < catalog.status()["counts"]["facts"]
    # Reading claims after the write clusters nothing.
    clustered.clear()
    assert catalog.claims.list(limit=10, offset=0)["total"] >= 1
    assert clustered == []


def test_large_components_are_updated_locally_and_made_exact_by_a_rebuild(tmp_path, monkeypatch, full):
    monkeypatch.setattr(claimstore, "MAX_RECLUSTER", 2)
    everything = _articles()
    catalog = make_catalog(tmp_path, everything[1:])
    catalog.build(workers=1)
    for path in everything[:1]:
        _put(path, tmp_path / "articles")
    catalog.reconcile()
    catalog.delete(everything[-1].stem)
    catalog.settle_claims()
    state = snapshot(catalog)
    members = [f["id"] for c in state["claims"] for f in c["facts"]]
    assert len(members) == len(set(members))
    assert all(f["article_id"] != everything[-1].stem for c in state["claims"] for f in c["facts"])
    assert any(c.get("exact") is False for c in state["components"])
    covered = {fid for c in state["components"] for fid in c["facts"]}
    assert set(members) <= covered
    _put(everything[-1], tmp_path / "articles")
    catalog.build(workers=1)
    assert snapshot(catalog) == full


def test_listings_hold_the_first_facts_and_conflicts_of_each_claim_with_their_counts(tmp_path, monkeypatch):
    monkeypatch.setattr(claimstore, "LISTED_CLAIM_FACTS", 1)
    monkeypatch.setattr(claimstore, "LISTED_CLAIM_CONFLICTS", 1)
    monkeypatch.setattr(claimstore, "LISTED_CONFLICT_VALUES", 1)
    catalog = make_catalog(tmp_path, _articles())
    catalog.build(workers=1)
    listed = catalog.claims.list(limit=100, offset=0)["items"]
    assert any(c["fact_count"] > 1 for c in listed) and any(c["conflict_count"] >= 1 for c in listed)
    for claim in listed:
        detail = catalog.claims.get(claim["id"])
        assert claim["facts"] == detail["facts"][:1]
        for shown, full in zip(claim["conflicts"], detail["conflicts"][:1], strict=True):
            expected = dict(full, values=full["values"][:1], value_count=len(full["values"])) \
                if "values" in full else full
            assert shown == expected
        assert (claim["fact_count"], claim["conflict_count"]) == (len(detail["facts"]), len(detail["conflicts"]))
        assert "timeline" not in claim and "timeline" in detail


def test_the_listing_form_keeps_the_first_of_each_list_and_counts_them():
    claim = {"id": "c1", "facts": [{"id": f"f{i}"} for i in range(15)], "timeline": [{"date": "2024-11-01"}],
             "conflicts": [{"kind": "negation", "facts": [f"f{i}", "f0"]} for i in range(1, 13)]}
    listed = claimstore.listed_claim(claim)
    assert listed["facts"] == claim["facts"][:claimstore.LISTED_CLAIM_FACTS] and listed["fact_count"] == 15
    assert listed["conflicts"] == claim["conflicts"][:claimstore.LISTED_CLAIM_CONFLICTS]
    assert listed["conflict_count"] == 12 and "timeline" not in listed and len(claim["facts"]) == 15


def test_a_listed_conflict_keeps_its_first_values_and_counts_them():
    values = [{"fact_id": f"f{i}", "value": i} for i in range(25)]
    claim = {"id": "c1", "facts": [{"id": "f0"}], "conflicts": [{"kind": "quantity", "values": values}]}
    (conflict,) = claimstore.listed_claim(claim)["conflicts"]
    assert conflict["values"] == values[:claimstore.LISTED_CONFLICT_VALUES] and conflict["value_count"] == 25
    assert len(claim["conflicts"][0]["values"]) == 25  # the full claim is left as it was


def test_the_listing_order_read_as_arrays_equals_whooshs_column_reads(tmp_path):
    from whoosh import query as wq

    from service.search.claims_index import _claim_order

    everything = _articles()
    catalog = make_catalog(tmp_path, everything[2:])
    catalog.build(workers=1)
    for path in everything[:2]:  # segments of their own, and claims deleted from the built one
        _put(path, tmp_path / "articles")
        catalog.reconcile()
    catalog.delete(everything[-1].stem)
    catalog.settle_claims()
    state = catalog.reader._state()
    assert len(state.searcher.reader().leaf_readers()) >= 2 and state.searcher.reader().has_deletions()
    keys = state.searcher.reader().column_reader("claim_key")
    expected = [doc for _, doc in sorted((keys[doc], doc)
                                         for doc in state.searcher.docs_for_query(wq.Term("kind", "claim")))]
    order = _claim_order(catalog.reader, state)
    assert order.docs.tolist() == expected and len(expected) >= 5
    assert order.ascending.tolist() == sorted(expected)
    assert order.ranks_of(np.arange(state.searcher.doc_count_all())).tolist() == [
        expected.index(doc) for doc in sorted(expected)]


def test_a_local_update_leaves_claims_too_large_for_its_pool_as_they_are(tmp_path, monkeypatch):
    monkeypatch.setattr(claimstore, "MAX_RECLUSTER", 2)
    monkeypatch.setattr(claimstore, "MAX_LOCAL_POOL", 3)
    real, kept = claimstore._affected_claims, []

    def recording(*args):
        affected, left = real(*args)
        kept.extend(left)
        return affected, left

    monkeypatch.setattr(claimstore, "_affected_claims", recording)
    everything = _articles()
    catalog = make_catalog(tmp_path, everything[1:])
    catalog.build(workers=1)
    _put(everything[0], tmp_path / "articles")
    catalog.reconcile()
    state = snapshot(catalog)
    members = [f["id"] for c in state["claims"] for f in c["facts"]]
    assert len(members) == len(set(members))  # a fact is still in at most one claim
    assert set(members) <= {fid for c in state["components"] for fid in c["facts"]}
    assert kept, "no claim was too large for the pool"
    after = {c["id"]: [f["id"] for f in c["facts"]] for c in state["claims"]}
    for claim in kept:  # left exactly as they were
        assert after[claim["id"]] == [f["id"] for f in claim["facts"]]
    catalog.delete(everything[-1].stem)  # a claim that loses a fact is reclustered, whatever its size
    catalog.settle_claims()
    assert all(f["article_id"] != everything[-1].stem for c in snapshot(catalog)["claims"] for f in c["facts"])


def test_the_claims_step_reads_facts_without_the_index_only_fields():
    from service.pipeline.claims import claim_components, fact_link_keys
    from tests.pipeline.test_claims import fact

    facts = [fact(f"a{n}-f1", f"Norland moved {1000 + n} troops to the border with Vesta.",
                  [("Norland", "Norland"), ("Vesta", "Vesta")], source=f"Outlet {n}") for n in range(4)]
    indexed = [dict(record, link_keys=fact_link_keys(record), vector=b"\0" * 512) for record in facts]
    kept = [claimstore.claim_input(record) for record in indexed]
    assert all(set(claimstore.INDEX_ONLY_FIELDS).isdisjoint(record) for record in kept)
    assert all(record.keys() == plain.keys() for record, plain in zip(kept, facts))
    grouped = [(c.members, c.claims) for c in claim_components(kept)]
    assert grouped and grouped == [(c.members, c.claims) for c in claim_components(indexed)]
