"""schema.org ``Claim`` JSON-LD for a claim cluster (from ``claims.cluster_facts``).

Only schema.org vocabulary is emitted: Claim (text, author, datePublished, appearance, firstAppearance, about,
identifier, description, url), NewsArticle for each article the claim appears in, Person/Organization for who made
it. Unknown values are left out rather than written as null, as JSON-LD consumers expect.
"""

from __future__ import annotations

from .errors import ClaimInputError

SCHEMA_CONTEXT = "https://schema.org"

# Entity types of the gazetteer mapped to the closest schema.org type.
_ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "GROUP": "Organization", "EVENT": "Event"}

_STATUS_TEXT = {
    "corroborated": "corroborated",
    "single_source": "single source",
    "conflicting": "conflicting reports",
    "evolving": "figure evolving",
}


def _compact(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if v not in (None, "", [], {})}


def _organization(name: str | None) -> dict | None:
    return {"@type": "Organization", "name": name} if name else None


def _author(fact: dict) -> dict | None:
    """Who made the claim: the attributed speaker, else the publisher that printed it."""
    attribution = fact.get("attribution") or {}
    speaker, organization = attribution.get("speaker"), attribution.get("organization")
    if attribution.get("speaker_type") == "ORG" and (speaker or organization):
        return _organization(speaker or organization)
    if speaker:
        return _compact({
            "@type": "Person",
            "name": speaker,
            "jobTitle": attribution.get("role"),
            "affiliation": _organization(organization) if organization != speaker else None,
        })
    if attribution.get("anonymous") and attribution.get("description"):
        # An unnamed source has no name; schema.org allows a description instead.
        return _compact({"@type": "Person", "description": attribution["description"],
                         "affiliation": _organization(organization)})
    if organization:
        return _organization(organization)
    return _organization(fact.get("source"))


def _appearance(fact: dict) -> dict:
    return _compact({
        "@type": "NewsArticle",
        "identifier": fact.get("article_id"),
        "url": fact.get("url"),
        "headline": fact.get("title"),
        "publisher": _organization(fact.get("source")),
        "datePublished": fact.get("published"),
    })


def _description(cluster: dict) -> str:
    """One line for readers: how many publishers, the status, and what the conflicts are."""
    count = cluster.get("sources") or 0
    status = _STATUS_TEXT.get(cluster.get("status"), cluster.get("status") or "")
    head = f"Reported by {count} publisher{'' if count == 1 else 's'}" + (f", {status}" if status else "")
    reasons = [c["reason"] for c in cluster.get("conflicts") or [] if c.get("reason")]
    undated = cluster.get("undated_sources") or []
    if undated:
        reasons.append("undated: " + ", ".join(undated))
    return "; ".join([head, *reasons])


def claim_to_jsonld(cluster: dict, *, base_url: str | None = None) -> dict:
    """The cluster as a schema.org ``Claim``; ``base_url`` (the service root) adds ``@id``/``url`` for the claim.

    Raises ClaimInputError when the cluster lacks an id, a statement or facts.
    """
    if not isinstance(cluster, dict):
        raise ClaimInputError("cluster must be a dict")
    cluster_id, statement, facts = cluster.get("id"), cluster.get("statement"), cluster.get("facts")
    if not cluster_id or not statement or not isinstance(facts, list) or not facts:
        raise ClaimInputError("cluster needs 'id', 'statement' and a non-empty 'facts' list")

    stated_by = next((f for f in facts if f.get("id") == cluster.get("statement_fact_id")), None)
    stated_by = stated_by or next((f for f in facts if f.get("text") == statement), facts[0])

    appearances, seen = [], set()
    for fact in facts:
        if fact.get("asserts") is False:  # a fact denying the claim is not an appearance of it
            continue
        key = fact.get("article_id") or fact.get("url") or fact.get("id")
        if key in seen:
            continue
        seen.add(key)
        appearances.append(_appearance(fact))

    first = cluster.get("first_appearance") or None
    first_fact = None
    if first:
        first_fact = next((f for f in facts if f.get("id") == first.get("fact_id")), first)
    # Author and date come from one fact: where the claim first appeared, else the statement itself.
    origin = first_fact or stated_by

    types = cluster.get("about_types") or {}
    about = [{"@type": _ENTITY_TYPES.get(types.get(name, ""), "Thing"), "name": name}
             for name in cluster.get("about") or []]

    root = base_url.rstrip("/") if base_url else None
    return _compact({
        "@context": SCHEMA_CONTEXT,
        "@type": "Claim",
        "@id": f"{root}/claims/{cluster_id}" if root else None,
        "url": f"{root}/claims/{cluster_id}" if root else None,
        "identifier": cluster_id,
        "text": statement,
        "about": about,
        "author": _author(origin),
        "datePublished": origin.get("published"),
        "description": _description(cluster),
        "appearance": appearances,
        "firstAppearance": _appearance(first_fact) if first_fact else None,
    })
