"""Claims kept in the index, updated as facts arrive and leave.

A claim component (``claims.ClaimComponent``) is a set of facts joined by similarities that reach the linkage
threshold; its claims are clustered among its facts alone. Each component and each of its claims is an index
document. When a write session adds or removes facts, only the components it touches are recomputed:

* components holding a fact of a deleted or replaced article lose that fact;
* a new fact pulls in every component holding a fact it is similar enough to. Such facts share an entity and a
  predicate term or measure with it, so the index finds them (up to ``MAX_CANDIDATES`` per write);
* the union of those facts and the new ones is clustered again, and its components replace the old ones.

Because a component depends only on the facts it holds, a full build (which clusters every fact at once) and any
sequence of incremental writes that ends with the same facts give the same claims. The exceptions are a write with more
than ``MAX_CANDIDATES`` candidate neighbours and a component above ``MAX_RECLUSTER`` facts (templated or near-duplicate text chains many facts together): a write then
reclusters only the claims it touches, marks the component ``exact: false``, and a rebuild makes it exact again.
"""

from __future__ import annotations

from typing import Iterable

from .pipeline.claims import ClaimComponent, claim_components, linked_facts
from .pipeline.facts import EXTRACTOR_VERSION

# A write whose affected components hold more facts than this reclusters only the claims it touches.
MAX_RECLUSTER = 100
# At most this many facts sharing an entity and a term with the new facts are compared with them (index order).
MAX_CANDIDATES = 100


def component_records(components: Iterable[ClaimComponent]) -> list[tuple[dict, list[dict]]]:
    """(component document, claim documents) for the index."""
    out = []
    for component in components:
        record = {"id": component.id, "facts": dict(component.members)}
        claims = [dict(claim, component=component.id, extractor_version=EXTRACTOR_VERSION)
                  for claim in component.claims]
        out.append((record, claims))
    return out


def build_claims(facts: list[dict]) -> list[tuple[dict, list[dict]]]:
    """Every component and claim of a complete collection of facts (for a full build)."""
    return component_records(claim_components(facts))


def update_claims(session) -> dict:
    """Bring the claims of the index in line with the facts a write session added and removed.

    Returns counts of the components replaced and written.
    """
    removed = set(session.removed_articles)
    new = list(session.added_facts.values())
    if not removed and not new:
        return {"replaced": 0, "written": 0}
    stale = {a for a in removed} | {f["article_id"] for f in new}  # their committed facts are gone or replaced

    def current(record: dict) -> bool:
        return record.get("article_id") not in stale

    touched = {c["id"]: c for c in session.components_with(articles=removed)}
    keys = {key for fact in new for key in fact.get("link_keys", ())}
    names = {e["name"] for fact in new for e in fact.get("entities", ()) if e.get("name")}
    candidates = [f for f in session.facts_sharing(names, keys, limit=MAX_CANDIDATES) if current(f)]
    linked = linked_facts(new, candidates) if new else set()
    for component in session.components_with(facts=linked):
        touched.setdefault(component["id"], component)

    in_components = {fid for c in touched.values() for fid, aid in c["facts"].items() if aid not in stale}
    if touched and len(in_components | linked) + len(new) > MAX_RECLUSTER:
        return _local_update(session, new, stale, touched, linked)
    pool = {f["id"]: f for f in new}
    missing = (in_components | linked) - set(pool)
    for fact in session.facts_by_id(sorted(missing)):
        if current(fact):
            pool[fact["id"]] = fact
    components = claim_components(sorted(pool.values(), key=lambda f: f["id"]))
    session.replace_components(sorted(touched), component_records(components))
    return {"replaced": len(touched), "written": len(components), "exact": True}


def _local_update(session, new: list[dict], stale: set[str], touched: dict[str, dict], linked: set[str]) -> dict:
    """Update a component too large to recluster on every write: only its claims that hold a linked or removed
    fact are clustered again, with the new facts, and the component keeps its id. The claims may then differ from
    a full build's until the next rebuild, which clusters the whole component."""
    big = max(touched.values(), key=lambda c: (len(c["facts"]), c["id"]))
    small = [c for c in touched.values() if c["id"] != big["id"]]
    gone = {fid for fid, aid in big["facts"].items() if aid in stale}
    affected = session.claims_with(sorted(linked | gone))
    affected = [c for c in affected if c.get("component") == big["id"]]
    pool_ids = (linked | {f["id"] for c in affected for f in c["facts"]}
                | {fid for c in small for fid in c["facts"]}) - gone
    pool = {f["id"]: f for f in new}
    for fact in session.facts_by_id(sorted(pool_ids - set(pool))):
        if fact.get("article_id") not in stale:
            pool[fact["id"]] = fact
    members = {fid: aid for fid, aid in big["facts"].items() if aid not in stale}
    for component in small:
        members.update({fid: aid for fid, aid in component["facts"].items() if aid not in stale})
    members.update({f["id"]: f["article_id"] for f in pool.values()})
    claims = [dict(claim, component=big["id"], extractor_version=EXTRACTOR_VERSION)
              for component in claim_components(sorted(pool.values(), key=lambda f: f["id"]))
              for claim in component.claims]
    session.delete_claims(c["id"] for c in affected)
    for component in small:
        session.replace_components([component["id"]], [])
    session.delete_component_record(big["id"])
    session.add_components([({"id": big["id"], "facts": members, "exact": False}, claims)])
    return {"replaced": len(touched), "written": 1, "exact": False}
