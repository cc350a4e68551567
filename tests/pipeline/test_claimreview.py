"""schema.org Claim JSON-LD built from claim clusters."""

from __future__ import annotations

import json

import pytest

from service.pipeline.claimreview import claim_to_jsonld
from service.pipeline.claims import cluster_facts
from service.pipeline.errors import ClaimInputError

# Property names allowed per schema.org type (from the schema.org vocabulary; subsets of each type's properties,
# inherited ones included).
THING = {"additionalType", "alternateName", "description", "disambiguatingDescription", "identifier", "image",
         "mainEntityOfPage", "name", "potentialAction", "sameAs", "subjectOf", "url"}
CREATIVE_WORK = THING | {"about", "abstract", "author", "citation", "contributor", "creator", "dateCreated",
                         "dateModified", "datePublished", "headline", "inLanguage", "isBasedOn", "keywords",
                         "mentions", "publisher", "sourceOrganization", "text", "version"}
ARTICLE = CREATIVE_WORK | {"articleBody", "articleSection", "backstory", "pageEnd", "pageStart", "pagination",
                           "speakable", "wordCount"}
ALLOWED = {
    "Claim": CREATIVE_WORK | {"appearance", "claimInterpreter", "firstAppearance"},
    "CreativeWork": CREATIVE_WORK,
    "NewsArticle": ARTICLE | {"dateline", "printColumn", "printEdition", "printPage", "printSection"},
    "Person": THING | {"additionalName", "affiliation", "familyName", "givenName", "honorificPrefix", "jobTitle",
                       "nationality", "worksFor"},
    "Organization": THING | {"address", "email", "legalName", "parentOrganization", "subOrganization"},
    "Place": THING | {"address", "containedInPlace", "geo"},
    "Thing": THING,
}
KEYWORDS = {"@context", "@type", "@id"}

OFFSET = 40


def fact(fact_id, text, mentions, *, source, published=None, attribution=None, title=None, url=None):
    article_id = fact_id.rsplit("-", 1)[0]
    entities = []
    for name, mention, kind in mentions:
        at = text.index(mention)
        entities.append({"name": name, "type": kind, "mention": mention, "start": OFFSET + at,
                         "end": OFFSET + at + len(mention)})
    return {"id": fact_id, "article_id": article_id, "passage_id": None, "text": text, "start": OFFSET,
            "end": OFFSET + len(text), "source": source, "published": published, "title": title, "url": url,
            "entities": entities, "quantities": [], "attribution": attribution, "negated": False,
            "hedged": False, "score": 0.5}


MAYOR = {"speaker": "Ada Obi", "role": "Mayor", "organization": "Lagos City Council", "cue": "say",
         "anonymous": False, "direct": False, "description": None, "speaker_type": "PERSON"}


def rail_cluster(attribution=MAYOR):
    facts = [
        fact("rail-a-f3", "The Blue Line rail will open in March, Mayor Ada Obi said.",
             [("Blue Line", "Blue Line", "ORG"), ("Ada Obi", "Ada Obi", "PERSON")], source="Lagos Daily",
             published="2024-02-10", attribution=attribution, title="Blue Line opens in March",
             url="https://lagosdaily.example/blue-line"),
        fact("rail-b-f1", "The Blue Line rail opens in March, Ada Obi said on Friday.",
             [("Blue Line", "Blue Line", "ORG"), ("Ada Obi", "Ada Obi", "PERSON")], source="Coast Times",
             published="2024-02-09", attribution=attribution, title="Rail date set"),
        fact("rail-b-f4", "The Blue Line rail opens in March, Ada Obi repeated.",
             [("Blue Line", "Blue Line", "ORG"), ("Ada Obi", "Ada Obi", "PERSON")], source="Coast Times",
             published="2024-02-09", attribution=attribution, title="Rail date set"),
    ]
    (cluster,) = cluster_facts(facts)
    return cluster


def walk(node, path="$"):
    """Yield (path, typed object) for every object with an @type."""
    if isinstance(node, dict):
        if "@type" in node:
            yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}[{i}]")


def test_every_property_is_schema_org_vocabulary():
    doc = claim_to_jsonld(rail_cluster(), base_url="https://claimdex.example/")
    typed = list(walk(doc))
    assert {t["@type"] for _, t in typed} >= {"Claim", "NewsArticle", "Organization", "Person"}
    for path, obj in typed:
        unknown = set(obj) - ALLOWED[obj["@type"]] - KEYWORDS
        assert not unknown, f"{path} ({obj['@type']}) has non-schema.org properties {unknown}"


def test_no_empty_values_and_valid_json():
    doc = claim_to_jsonld(rail_cluster())
    text = json.dumps(doc)
    assert "null" not in text and '""' not in text
    assert json.loads(text) == doc


def test_claim_core_fields():
    cluster = rail_cluster()
    doc = claim_to_jsonld(cluster, base_url="https://claimdex.example/")
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Claim"
    assert doc["@id"] == doc["url"] == f"https://claimdex.example/claims/{cluster['id']}"
    assert doc["identifier"] == cluster["id"] and doc["text"] == cluster["statement"]
    assert doc["datePublished"] == "2024-02-09"
    assert {"@type": "Organization", "name": "Blue Line"} in doc["about"]
    assert doc["description"] == "Reported by 2 publishers, corroborated"


def test_appearances_are_one_per_article_with_publisher():
    doc = claim_to_jsonld(rail_cluster())
    assert len(doc["appearance"]) == 2
    first = doc["firstAppearance"]
    assert first == {"@type": "NewsArticle", "identifier": "rail-b", "headline": "Rail date set",
                     "publisher": {"@type": "Organization", "name": "Coast Times"}, "datePublished": "2024-02-09"}
    later = [a for a in doc["appearance"] if a["identifier"] == "rail-a"][0]
    assert later["url"] == "https://lagosdaily.example/blue-line" and later["headline"] == "Blue Line opens in March"


def test_person_author_keeps_role_and_affiliation():
    doc = claim_to_jsonld(rail_cluster())
    assert doc["author"] == {"@type": "Person", "name": "Ada Obi", "jobTitle": "Mayor",
                             "affiliation": {"@type": "Organization", "name": "Lagos City Council"}}


def test_organisation_and_anonymous_authors():
    org = {"speaker": "Lagos City Council", "organization": "Lagos City Council", "speaker_type": "ORG"}
    assert claim_to_jsonld(rail_cluster(org))["author"] == {"@type": "Organization", "name": "Lagos City Council"}
    anonymous = {"speaker": None, "organization": None, "anonymous": True,
                 "description": "two officials familiar with the plan"}
    author = claim_to_jsonld(rail_cluster(anonymous))["author"]
    assert author == {"@type": "Person", "description": "two officials familiar with the plan"}


def test_unattributed_claim_is_authored_by_its_publisher():
    cluster = rail_cluster(None)
    statement_source = [f for f in cluster["facts"] if f["id"] == cluster["statement_fact_id"]][0]["source"]
    assert claim_to_jsonld(cluster)["author"] == {"@type": "Organization", "name": statement_source}


def test_undated_cluster_has_no_dates():
    cluster = rail_cluster()
    for f in cluster["facts"]:
        f["published"] = None
    cluster["first_appearance"] = None
    doc = claim_to_jsonld(cluster)
    assert "datePublished" not in doc and "firstAppearance" not in doc
    assert all("datePublished" not in a for a in doc["appearance"])


@pytest.mark.parametrize("bad", [None, {}, {"id": "c-1", "statement": "x", "facts": []},
                                 {"id": "c-1", "facts": [{"id": "f"}]}])
def test_incomplete_cluster_is_rejected(bad):
    with pytest.raises(ClaimInputError):
        claim_to_jsonld(bad)


def test_denials_are_not_appearances_and_author_and_date_come_from_one_fact():
    from service.pipeline.claims import cluster_facts
    from tests.pipeline.test_claims import fact

    pentagon = {"speaker": "Sabrina Singh", "organization": "Pentagon", "role": "Deputy Press Secretary",
                "speaker_type": "PERSON"}
    ryder = {"speaker": "Pat Ryder", "organization": "Pentagon", "speaker_type": "PERSON"}
    facts = [
        fact("a-f0", "The Pentagon has not confirmed that the troops have engaged in combat.",
             [("Pentagon", "Pentagon")], source="DOD News", published="2024-11-01", negated=True,
             attribution=pentagon),
        fact("b-f0", "Pat Ryder of the Pentagon confirmed that the troops have engaged in combat.",
             [("Pentagon", "Pentagon")],
             source="Daily B", published="2024-11-05", attribution=ryder),
        fact("c-f0", "The Pentagon confirmed the troops have engaged in combat.", [("Pentagon", "Pentagon")],
             source="Daily C", published="2024-11-06"),
    ]
    (cluster,) = cluster_facts(facts)
    doc = claim_to_jsonld(cluster)
    assert {a["identifier"] for a in doc["appearance"]} == {"b", "c"}
    assert doc["firstAppearance"]["identifier"] == "b"
    assert doc["datePublished"] == "2024-11-05"
    assert doc["author"]["name"] == "Pat Ryder"
