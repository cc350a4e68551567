"""Named entities: a user-extendable gazetteer plus title, role and context rules.

``find_entities(text, gazetteer)`` scans one whole article, so that a name introduced once
("Deputy Spokesperson Vedant Patel") is recognised again by surname ("Patel stated") and a place
named once as "the Kursk region" is recognised when it appears alone.

Matching works on tokens, not characters: the gazetteer is a token trie walked once per token,
so the cost grows with the text, not with the number of aliases.

The package's modules, by concern: ``tokens`` (name tokens), ``records`` (what is returned), ``gazetteer`` (known
names and aliases), ``vocab`` (shared vocabularies and thresholds), ``names`` (helpers over names and text), the rule
mixins of ``scanner._Scanner`` (``model_rules``, ``people_rules``, ``org_rules``, ``place_rules``, ``assembly``),
``aliases`` (mentions written again under another name: short names, acronyms, names without their place or parent)
and ``find`` (``find_entities``).
"""

from .find import find_entities, generic_body
from .gazetteer import Gazetteer, load_gazetteer
from .records import ArticleEntities, Entity, PersonInfo
from .scanner import _Scanner
from .vocab import ORG_SUFFIXES, PORTFOLIO_BEFORE_AND, ROLE_HEADS, ROLE_WORDS, is_indicator_acronym

__all__ = [
    "ORG_SUFFIXES", "PORTFOLIO_BEFORE_AND", "ROLE_HEADS", "ROLE_WORDS", "ArticleEntities", "Entity", "Gazetteer",
    "PersonInfo", "_Scanner",
    "find_entities", "generic_body", "is_indicator_acronym", "load_gazetteer",
]
