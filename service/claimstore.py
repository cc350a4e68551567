"""Claims kept in the index, updated as facts arrive and leave.

A claim component (``claims.ClaimComponent``) is a set of facts joined by similarities that reach the linkage
threshold; its claims are clustered among its facts alone. The index keeps each component as a head (id, size), one
part per article holding that article's member facts, and its claims. When a write session adds or removes facts,
only the components it touches are recomputed:

* components holding a fact of a deleted or replaced article lose that fact;
* a new fact pulls in every component holding a fact it is similar enough to. Such facts share an entity and a
  predicate term or measure with it, so the index finds them (up to ``MAX_CANDIDATES`` per write);
* the union of those facts and the new ones is clustered again, and its components replace the old ones.

A write does not wait for this: it commits its articles, passages and facts with a pending-claims record naming the
articles it changed, and ``settle_pending`` updates the claims of every pending record afterwards, in a commit of
its own (``Catalog.settle_claims``).

Because a component depends only on the facts it holds, a full build (which clusters every fact at once) and any
sequence of incremental writes that ends with the same facts give the same claims. The exceptions are a write with
more than ``MAX_CANDIDATES`` candidate neighbours and a component above ``MAX_RECLUSTER`` facts (templated or
near-duplicate text chains many facts together): a write then reclusters only the claims it touches, rewrites only
the parts of the articles that come or go, marks the component ``exact: false``, and a rebuild makes it exact again.
Likewise a full build compares the facts of a link key shared by more than ``2 * claims.BLOCK_WINDOW`` facts in
windows of their nearest wordings (``claims._blocks``), so that its pairs grow with the corpus and not with its
square; a write's pool never holds that many.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .pipeline.claims import ClaimComponent, claim_components, fact_link_keys, linked_facts
from .pipeline.facts import EXTRACTOR_VERSION

# A write whose affected components hold more facts than this reclusters only the claims it touches.
MAX_RECLUSTER = 100
# At most this many facts sharing an entity and a term with the new facts are compared with them (index order).
MAX_CANDIDATES = 100
# A local update reclusters at most about this many facts of a large component's claims (see _affected_claims).
MAX_LOCAL_POOL = 300
# A claim in a listing holds its first facts (by date) and conflicts, with their counts; GET /v1/claims/{id} has
# them all. The listing form is stored beside the full claim, so a page of large claims decodes little.
LISTED_CLAIM_FACTS = 10
LISTED_CLAIM_CONFLICTS = 10
LISTED_CONFLICT_VALUES = 10  # a conflict among hundreds of reports would otherwise fill a page on its own


def listed_claim(claim: dict) -> dict:
    """A claim as a listing shows it (no timeline: GET /v1/claims/{id} has it): its first facts and conflicts,
    each conflict with its first values, and how many of each there are."""
    listed = {key: value for key, value in claim.items() if key != "timeline"}
    conflicts = claim.get("conflicts", [])
    listed.update(facts=claim["facts"][:LISTED_CLAIM_FACTS], fact_count=len(claim["facts"]),
                  conflicts=[_listed_conflict(c) for c in conflicts[:LISTED_CLAIM_CONFLICTS]],
                  conflict_count=len(conflicts))
    return listed


def _listed_conflict(conflict: dict) -> dict:
    if "values" not in conflict:  # a negation conflict names its two facts
        return conflict
    return dict(conflict, values=conflict["values"][:LISTED_CONFLICT_VALUES], value_count=len(conflict["values"]))


def _stored_claim(claim: dict, component_id: str) -> dict:
    """A claim record for the index: the full claim, and its listing form under ``listing`` (stored apart)."""
    record = dict(claim, component=component_id, extractor_version=EXTRACTOR_VERSION)
    record["listing"] = listed_claim(record)
    return record


@dataclass
class StoredComponent:
    """A component as the index keeps it: a head (id, size), one part per article (that article's member facts),
    and the claims clustered among its facts."""

    head: dict | None  # None: claims added to a component whose head is written apart
    parts: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)

    def records(self) -> Iterator[tuple[str, dict]]:
        if self.head is not None:
            yield "component", self.head
        for part in self.parts:
            yield "component_part", part
        for claim in self.claims:
            yield "claim", claim


def _by_article(members: dict[str, str]) -> dict[str, dict[str, str]]:
    grouped: dict[str, dict[str, str]] = {}
    for fact_id, article_id in sorted(members.items()):
        grouped.setdefault(article_id, {})[fact_id] = article_id
    return grouped


def _parts(component_id: str, members: dict[str, str]) -> list[dict]:
    return [{"id": f"{component_id}/{article_id}", "component": component_id, "article": article_id, "facts": facts}
            for article_id, facts in _by_article(members).items()]


def component_records(components: Iterable[ClaimComponent]) -> list[StoredComponent]:
    """The index records of each component: head, parts and claims."""
    out = []
    for component in components:
        members = dict(component.members)
        cid = component.id  # a digest of every member: once per component, not once per claim
        claims = [_stored_claim(claim, cid) for claim in component.claims]
        out.append(StoredComponent({"id": cid, "size": len(members)}, _parts(cid, members), claims))
    return out


# What a fact record carries only for the index (its link keys and its embedding as a column): a full build keeps
# every fact for grouping into claims, and at 1M passages these two would take about 4 GB of its memory.
INDEX_ONLY_FIELDS = ("link_keys", "vector")


def claim_input(record: dict) -> dict:
    """The fact as the claims step reads it: without the fields only the index needs."""
    return {key: value for key, value in record.items() if key not in INDEX_ONLY_FIELDS}


def build_claims(facts: list[dict], workers: int = 1) -> list[StoredComponent]:
    """Every component and claim of a complete collection of facts (for a full build), worked out by up to
    ``workers`` processes."""
    return component_records(claim_components(facts, workers=workers))


def update_claims(session, new: Iterable[dict], removed: Iterable[str]) -> dict:
    """Bring the claims of the index in line with new facts (with their link keys) and removed articles.

    ``settle_pending`` passes the committed facts of the articles a pending record names, and those articles as
    removed: any component part they had is stale either way.

    Returns counts of the components replaced and written.
    """
    removed = set(removed)
    new = list(new)
    if not removed and not new:
        return {"replaced": 0, "written": 0}
    stale = {a for a in removed} | {f["article_id"] for f in new}  # their committed facts are gone or replaced

    def current(record: dict) -> bool:
        return record.get("article_id") not in stale

    parts = session.component_parts_with(articles=removed)
    keys = {key for fact in new for key in fact.get("link_keys", ())}
    names = {e["name"] for fact in new for e in fact.get("entities", ()) if e.get("name")}
    candidates = [f for f in session.facts_sharing(names, keys, limit=MAX_CANDIDATES, exclude_articles=stale)
                  if current(f)]
    linked = linked_facts(new, candidates) if new else set()
    parts += session.component_parts_with(facts=linked)
    touched = {head["id"]: head for head in session.component_heads(sorted({p["component"] for p in parts}))}

    stale_members = {fid for p in parts if p["article"] in stale for fid in p["facts"]}
    in_touched = {fid for p in parts for fid in p["facts"]}
    live = sum(head["size"] for head in touched.values()) - len(stale_members) + len(linked - in_touched)
    if touched and live + len(new) > MAX_RECLUSTER:
        return _local_update(session, new, stale, touched, linked)
    pool = {f["id"]: f for f in new}
    members = {fid for cid in touched for fid, aid in session.component_members(cid).items() if aid not in stale}
    missing = (members | linked) - set(pool)
    for fact in session.facts_by_id(sorted(missing)):
        if current(fact):
            pool[fact["id"]] = fact
    components = claim_components(sorted(pool.values(), key=lambda f: f["id"]))
    session.replace_components(sorted(touched), component_records(components))
    return {"replaced": len(touched), "written": len(components), "exact": True}


def settle_pending(session) -> dict:
    """Update the claims for every pending-claims record in the index, and delete those records, in the session's
    one commit. The new facts are the committed facts of the articles the records name (whatever happened to them
    since: an article added and then deleted has none); the link keys the index holds are recomputed, since a
    stored fact does not keep them. Returns what was settled."""
    pending = session.pending_claims()
    if not pending:
        return {"records": 0, "articles": 0}
    articles = sorted({a for record in pending for a in record["articles"]})
    facts = [dict(fact, link_keys=fact_link_keys(fact)) for fact in session.facts_of_articles(articles)]
    result = update_claims(session, new=facts, removed=articles)
    session.delete_pending_claims(record["id"] for record in pending)
    return {"records": len(pending), "articles": len(articles), "facts": len(facts), **result}


def _affected_claims(session, component_id: str, linked: set[str], gone: set[str],
                     pooled: int) -> tuple[list[dict], list[dict]]:
    """The claims of a large component that a write reclusters, and those it leaves as they are.

    A claim that loses a fact is always reclustered. Of the claims holding a fact the new ones link to, the
    smallest are reclustered while the pool stays within MAX_LOCAL_POOL facts; a larger claim keeps its facts (the
    new facts may then form claims of their own beside it until the next rebuild), so the cost of a write does not
    grow with the size of the claims it touches."""
    claims = [c for c in session.claims_with(sorted(linked | gone)) if c.get("component") == component_id]
    affected = [c for c in claims if any(f["id"] in gone for f in c["facts"])]
    losing = {c["id"] for c in affected}
    pooled += sum(len(c["facts"]) for c in affected)
    kept = []
    for claim in sorted((c for c in claims if c["id"] not in losing), key=lambda c: (len(c["facts"]), c["id"])):
        if pooled + len(claim["facts"]) <= MAX_LOCAL_POOL:
            affected.append(claim)
            pooled += len(claim["facts"])
        else:
            kept.append(claim)
    return affected, kept


def _local_update(session, new: list[dict], stale: set[str], touched: dict[str, dict], linked: set[str]) -> dict:
    """Update a component too large to recluster on every write: only its claims that hold a linked or removed
    fact are clustered again, with the new facts, and the component keeps its id. Only the parts of the articles
    that come or go are rewritten. The claims may then differ from a full build's until the next rebuild, which
    clusters the whole component."""
    big = max(touched.values(), key=lambda c: (c["size"], c["id"]))
    small = [c for c in touched.values() if c["id"] != big["id"]]
    gone = session.component_members(big["id"], articles=sorted(stale))
    small_members = {}
    for component in small:
        small_members.update({fid: aid for fid, aid in session.component_members(component["id"]).items()
                              if aid not in stale})
    affected, kept = _affected_claims(session, big["id"], linked, set(gone), len(new) + len(small_members))
    held = {f["id"] for c in kept for f in c["facts"]}  # stay in the claims left as they are
    pool_ids = ((linked - held) | {f["id"] for c in affected for f in c["facts"]} | set(small_members)) - set(gone)
    pool = {f["id"]: f for f in new}
    for fact in session.facts_by_id(sorted(pool_ids - set(pool))):
        if fact.get("article_id") not in stale:
            pool[fact["id"]] = fact
    claims = [_stored_claim(claim, big["id"])
              for component in claim_components(sorted(pool.values(), key=lambda f: f["id"]))
              for claim in component.claims]
    session.delete_claims(c["id"] for c in affected)
    for component in small:
        session.replace_components([component["id"]], [])
    joining = _by_article({**small_members, **{f["id"]: f["article_id"] for f in pool.values()}})
    gone_articles = set(gone.values())
    size = big["size"] - len(gone)
    changed = sorted(gone_articles | set(joining))
    held_parts = session.component_parts(big["id"], [a for a in changed if a not in stale])
    for article_id in changed:
        held = held_parts.get(article_id, {})
        facts = {**held, **joining.get(article_id, {})}
        added = len(facts) - len(held)
        if added or article_id in gone_articles:
            session.write_component_part(big["id"], article_id, facts)
            size += added
    session.write_component_head({"id": big["id"], "size": size, "exact": False})
    session.add_components([StoredComponent(None, [], claims)])
    return {"replaced": len(touched), "written": 1, "exact": False}
