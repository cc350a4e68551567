"""Turn article, passage and fact records (plain dicts) into Whoosh documents and back."""

from __future__ import annotations

import json
from .quantities import pack_quantities, quantity_units
from .schema import CLAIM_KEY_BYTES, KIND_CODES, day_number, normalize_key


def keyword(value: str) -> str:
    """A value as a KEYWORD field holds it. Commas separate keywords, so a comma inside a name would split it."""
    return " ".join(value.replace(",", " ").split()).lower()


def _keywords(values) -> str:
    return ",".join(sorted({keyword(v) for v in values if v}))


def _common(record: dict, kind: str) -> dict:
    doc = {
        "id": record["id"],
        "kind": kind,
        "kind_code": KIND_CODES[kind],
        "article_id": record["article_id"] if kind != "article" else record["id"],
        "payload": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
    }
    if record.get("source"):
        doc["source"] = normalize_key(record["source"])
    doc["published"] = day_number(record.get("published"))
    return doc


def article_document(record: dict) -> dict:
    doc = _common(record, "article")
    doc["content_hash"] = record["content_hash"]
    doc["article_key"] = f"{record['id']} {record['raw_hash']}".encode()
    return doc


def passage_document(record: dict) -> dict:
    doc = _common(record, "passage")
    doc["passage_text"] = record["text"]
    doc["passage_bigrams"] = record["text"]
    doc["entities"] = _keywords(record.get("entities", ()))
    return doc


def speaker_keys(attribution: dict | None) -> list[str]:
    """Everything a ``speaker=`` filter may name: full name, each name part, organisation."""
    if not attribution:
        return []
    keys = []
    for value in (attribution.get("speaker"), attribution.get("organization")):
        if value:
            keys.append(value)
            keys.extend(part for part in value.replace(".", " ").split() if len(part) > 1)
    return keys


FACET_NAMES = ("speaker", "source", "entity", "unit")
_GROUP, _VALUE = "\x1e", "\x1f"  # ASCII record and unit separators: cheaper to split than JSON to parse


def pack_facets(facets: dict[str, list[str]]) -> bytes:
    return _GROUP.join(_VALUE.join(v.replace(_GROUP, " ").replace(_VALUE, " ") for v in facets[name])
                       for name in FACET_NAMES).encode()


def unpack_facets(packed: bytes) -> dict[str, list[str]]:
    groups = packed.decode().split(_GROUP) if packed else []
    return {name: group.split(_VALUE) for name, group in zip(FACET_NAMES, groups) if group}


def fact_facets(record: dict) -> dict[str, list[str]]:
    """The values a fact contributes to each facet of a fact listing."""
    attribution = record.get("attribution") or {}
    return {
        "speaker": [attribution["speaker"]] if attribution.get("speaker") else [],
        "source": [record["source"]] if record.get("source") else [],
        "entity": sorted({e["name"] for e in record.get("entities", ())}),
        "unit": sorted({q["unit"] for q in record.get("quantities", ()) if q.get("unit")}),
    }


def _quantity_fields(quantities) -> dict:
    """The quantity fields of a fact or claim document (search/quantities.py)."""
    quantities = list(quantities or ())
    return {"q_units": _keywords(u for q in quantities for u in quantity_units(q)),
            "q_dimensions": _keywords(q.get("dimension") for q in quantities),
            "q_values": pack_quantities(quantities), "has_quantity": bool(quantities)}


def fact_document(record: dict) -> dict:
    record = dict(record)
    link_keys = record.pop("link_keys", ())  # computed by the claim pipeline; indexed, not stored
    vector = record.pop("vector", None)  # the fact's embedding (float16 bytes); a column, not in the payload
    doc = _common(record, "fact")
    if vector:
        doc["fact_vector"] = vector
    doc["link_keys"] = _keywords(link_keys)
    doc["fact_text"] = record["text"]
    doc["entities"] = _keywords(e["name"] for e in record.get("entities", ()))
    doc["speakers"] = _keywords(speaker_keys(record.get("attribution")))
    quantities = record.get("quantities", ())
    doc["units"] = _keywords([q.get("unit") for q in quantities] + [q.get("dimension") for q in quantities])
    doc.update(_quantity_fields(quantities))
    doc["negated"] = bool(record.get("negated"))
    doc["hedged"] = bool(record.get("hedged"))
    doc["score"] = float(record.get("score", 0.0))
    doc["facet_values"] = pack_facets(fact_facets(record))
    return doc


def component_document(record: dict) -> dict:
    """A claim component's head: ``{"id", "size"}`` (and ``"exact": false`` after a local update). Its members are
    in its parts, so a write that changes a few of them rewrites a few small documents, not one per member."""
    return {"id": record["id"], "kind": "component", "kind_code": KIND_CODES["component"], "component": record["id"],
            "payload": json.dumps(record, ensure_ascii=False, separators=(",", ":"))}


def component_part_id(component_id: str, article_id: str) -> str:
    return f"{component_id}/{article_id}"


def component_part_document(record: dict) -> dict:
    """The facts of one article in one component: ``{"id", "component", "article", "facts": {fact id: article id}}``,
    found by any of its facts (``members``) or by its article."""
    return {"id": record["id"], "kind": "component_part", "kind_code": KIND_CODES["component_part"],
            "component": record["component"], "members": ",".join(sorted(record["facts"])),
            "articles": record["article"],
            "payload": json.dumps(record, ensure_ascii=False, separators=(",", ":"))}


def pending_claims_document(record: dict) -> dict:
    """A write's pending-claims record: ``{"id", "articles", "added", "replaced", "removed", "committed_at"}``,
    found by its kind. Its articles are listed in ``articles``, never in ``article_id``: deleting an article must
    not delete the record that says its claims are still to be updated."""
    return {"id": record["id"], "kind": "pending_claims", "kind_code": KIND_CODES["pending_claims"],
            "articles": ",".join(record["articles"]),
            "payload": json.dumps(record, ensure_ascii=False, separators=(",", ":"))}


MAX_SORT_COUNT = 999_999


def claim_sort_key(sources: int, facts: int, claim_id: str) -> bytes:
    """Most publishers first, then most facts, then id, as one byte string of CLAIM_KEY_BYTES that sorts ascending."""
    key = f"{MAX_SORT_COUNT - min(sources, MAX_SORT_COUNT):06d}{MAX_SORT_COUNT - min(facts, MAX_SORT_COUNT):06d}" \
          f"{claim_id}".encode()
    return key.ljust(CLAIM_KEY_BYTES)[:CLAIM_KEY_BYTES]


def claim_document(record: dict) -> dict:
    """A claim (``claims.cluster_facts`` output plus its ``component`` id, and maybe its ``listing`` form, which
    is stored apart and read by listings instead of the whole claim)."""
    listing = record.pop("listing", None)
    facts = record["facts"]
    dates = sorted(f["published"] for f in facts if f.get("published"))
    return {
        "id": record["id"], "kind": "claim", "kind_code": KIND_CODES["claim"], "component": record["component"],
        "members": ",".join(sorted(f["id"] for f in facts)),
        "entities": _keywords(record.get("about", ())),
        "claim_status": record["status"],
        "claim_sources": _keywords(f.get("source") for f in facts),
        "claim_text": "\n".join(f["text"] for f in facts),
        "published": day_number(dates[0]) if dates else 0,
        "last_published": day_number(dates[-1]) if dates else 0,
        "claim_key": claim_sort_key(record["sources"], len(facts), record["id"]),
        # The claim's figures are those of its facts: a quantity filter matches a claim when one fact's quantity
        # meets every condition.
        **_quantity_fields(q for f in facts for q in f.get("quantities") or ()),
        "payload": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
        **({"listing": json.dumps(listing, ensure_ascii=False, separators=(",", ":")).encode()} if listing else {}),
    }


def record_of(stored_fields: dict) -> dict:
    return json.loads(stored_fields["payload"])


def listing_of(listing: bytes, stored_fields) -> dict:
    """A claim's listing form (its ``listing`` column value) when it has one, else the whole record
    (``stored_fields()``)."""
    return json.loads(listing) if listing else record_of(stored_fields())


def indexed_text(stored_fields: dict, fieldname: str) -> str | None:
    """The text a document indexed in the text field ``fieldname`` (every ``*_text`` field indexes the record's
    ``text``), or None when it has none."""
    if not fieldname.endswith("_text"):
        return None
    return record_of(stored_fields).get("text")
