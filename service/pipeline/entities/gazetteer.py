"""The user-extendable gazetteer: a token trie over names and aliases, and its YAML loader."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import GazetteerError
from ..language import unaccented
from ..models import EntityMention
from .records import Entity
from .tokens import ENTITY_TYPES, _is_acronym, _key, tokenize


# Trie key for "an alias ends here": an object, not a string, so that no token (not even "\0") can equal it.
_TERMINAL = object()


class Gazetteer:
    """Known entities and a token-trie matcher over all their names and aliases."""

    def __init__(self, entities: list[Entity]):
        self.entities = list(entities)
        self._by_name: dict[str, Entity] = {}
        self._trie: dict = {}
        for entity in self.entities:
            for alias in (entity.name, *entity.aliases):
                self._by_name.setdefault(alias.lower().replace("’", "'"), entity)
                self._add(alias, _as_spelled(entity, alias))
                # Demonyms name their plural too ("Korean" -> "Koreans").
                if entity.type == "GPE" and alias.endswith("an") and " " not in alias and alias != entity.name:
                    self._add(alias + "s", entity)

    def _add(self, alias: str, entity: Entity) -> None:
        tokens = [t for _, _, t in tokenize(alias)]
        if not tokens:
            return
        node = self._trie
        for token in tokens:
            node = node.setdefault(_key(token), {})
        node.setdefault(_TERMINAL, []).append((tokens, entity))

    def canonical(self, name_or_alias: str) -> Entity | None:
        """The entity called ``name_or_alias`` (any listed name, case-insensitive)."""
        return self._by_name.get(name_or_alias.strip().lower().replace("’", "'"))

    @staticmethod
    def _case_ok(surface: list[str], alias: list[str]) -> bool:
        # Acronyms must match exactly ("US" is never "us"); other words must start with the same
        # letter case only for the first word, so headlines and lower-cased descriptors still match.
        for i, (s, a) in enumerate(zip(surface, alias)):
            if _is_acronym(a):
                if s != a:
                    return False
            elif i == 0 and a[:1].isupper() != s[:1].isupper():
                return False
        return True

    def match_tokens(
        self, tokens: list[tuple[int, int, str]], keys: list[str] | None = None
    ) -> list[tuple[int, int, Entity]]:
        """Longest, leftmost, non-overlapping alias matches as (first token, end token, entity)."""
        out = []
        i, n = 0, len(tokens)
        if keys is None:
            keys = [_key(t[2]) for t in tokens]
        trie = self._trie
        while i < n:
            node = trie.get(keys[i]) if keys[i] != _TERMINAL else None
            best = None
            j = i
            while node is not None:
                j += 1
                ends = node.get(_TERMINAL)
                if ends:
                    surface = [t[2] for t in tokens[i:j]]
                    for alias_tokens, entity in ends:
                        if self._case_ok(surface, alias_tokens):
                            best = (i, j, entity)
                            break
                if j >= n:
                    break
                node = node.get(keys[j]) if keys[j] != _TERMINAL else None
            if best:
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out

    def find(self, text: str) -> list[EntityMention]:
        """Gazetteer mentions only (no context rules)."""
        tokens = tokenize(text)
        return [
            EntityMention(e.name, e.type, text[tokens[a][0] : tokens[b - 1][1]], tokens[a][0], tokens[b - 1][1])
            for a, b, e in self.match_tokens(tokens)
        ]


def _as_spelled(entity: Entity, alias: str) -> Entity:
    """The entity under the spelling a page writes when an alias differs from its name by diacritics alone
    ("São Paulo" / "Sao Paulo", "António Guterres" / "Antonio Guterres"): a name keeps its accents as written,
    or their absence; any other alias ("Kazakh", "Berlin") takes the canonical name."""
    # ("Côte d'Ivoire" / "Ivory Coast", "Türkiye" / "Turkey": another official name, which a page's own choice keeps)
    if alias == entity.name or (unaccented(alias) != unaccented(entity.name) and alias not in entity.spellings):
        return entity
    return Entity(alias, entity.type, tuple(a for a in (entity.name, *entity.aliases) if a != alias))


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Read a gazetteer YAML file (``entities: [{name, type, aliases, spellings}]``)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read entity file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise GazetteerError(f"entity file {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise GazetteerError(f"entity file {path} must have a top-level 'entities' list")
    entities = []
    for i, item in enumerate(data["entities"]):
        where = f"{path}: entry {i + 1}"
        if not isinstance(item, dict):
            raise GazetteerError(f"{where} is not a mapping")
        name, etype, aliases = item.get("name"), item.get("type"), item.get("aliases", []) or []
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"{where} has no name")
        if etype not in ENTITY_TYPES:
            raise GazetteerError(f"{where} ({name}) has type {etype!r}; expected one of {', '.join(ENTITY_TYPES)}")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise GazetteerError(f"{where} ({name}) aliases must be a list of non-empty strings")
        spellings = item.get("spellings", []) or []
        if not isinstance(spellings, list) or not set(spellings) <= set(aliases):
            raise GazetteerError(f"{where} ({name}) spellings must be a list of its aliases")
        entities.append(Entity(name.strip(), etype, tuple(a.strip() for a in aliases), tuple(spellings)))
    if not entities:
        raise GazetteerError(f"entity file {path} lists no entities")
    return Gazetteer(entities)
