"""What the entity finder returns: known entities, people, an article's mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..models import EntityMention


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()  # aliases that are the entity's other official names, reported as written


@dataclass
class PersonInfo:
    """What the article says about a person: the role they were introduced with, and gender."""

    name: str
    role: str | None = None
    organization: str | None = None
    gender: str | None = None  # "m" | "f", from honorifics or later pronouns


@dataclass
class ArticleEntities:
    """All mentions of one article (sorted by offset) and what is known about its people."""

    mentions: list[EntityMention]
    people: dict[str, PersonInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[EntityMention]:
        """Mentions lying inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out
