"""What ``analyse`` returns: ``Discourse`` (the document's kind, turns and default speaker), its ``Turn``s and
their ``Speaker``s."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import DocumentKind


@dataclass
class Speaker:
    name: str
    role: str | None = None
    organization: str | None = None
    speaker_type: str = "PERSON"  # PERSON | ORG


@dataclass
class Turn:
    start: int  # where the label starts
    body_start: int  # where the spoken text starts (after the label)
    end: int  # where the next turn starts, or the end of the text
    speaker: Speaker | None
    question: bool = False
    floor: bool = False  # a moderator or operator: procedural

    @property
    def silent(self) -> bool:
        """True for turns whose sentences are never facts (questions, floor management)."""
        return self.question or self.floor


@dataclass
class Discourse:
    kind: DocumentKind = DocumentKind.NEWS
    turns: list[Turn] = field(default_factory=list)
    default_speaker: Speaker | None = None
    # the publisher, the source and the page's site-name lines: a person speaking in the document speaks for them
    own: tuple[str, ...] = ()
    preamble_end: int = 0  # the publisher's introduction of a speech ends here: nobody speaks in it
    # a publisher the cleaned page did not name but its text defines ("Eurostat" above the title, "Eurostat, the
    # statistical office of ..." in the lead)
    source: str | None = None
    # the people the heading names with their role ("Highlights of the noon briefing by Tomas Lindqvist,
    # Spokesperson for ..."): "the Spokesperson" and "Mr. Lindqvist" in the text are them
    heading_people: tuple[Speaker, ...] = ()
    # the group a statement is delivered on behalf of ("Statement by ... on behalf of the Association of Southeast
    # Asian Nations (ASEAN)"): "ASEAN supports ..." in it is the speaker's own voice
    behalf: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.turns]

    def speaks_for(self, speaker: Speaker, name: str) -> bool:
        """True when ``speaker`` (a person speaking here) speaks for ``name``: their organisation, the publisher, or
        the country or body the page is issued by ("Kenya has confirmed ..." in a Kenyan ministry's briefing)."""
        if speaker.speaker_type != "PERSON" or not name:
            return False
        pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", re.IGNORECASE)
        return any(pattern.search(own) for own in (*self.own, speaker.organization or ""))

    def speaks_on_behalf(self, speaker: Speaker, name: str) -> bool:
        """True when ``speaker`` (a person) delivers the statement on behalf of the group ``name`` names."""
        if speaker.speaker_type != "PERSON" or not name:
            return False
        pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", re.IGNORECASE)
        return any(pattern.search(group) for group in self.behalf)

    def label_spans(self) -> list[tuple[int, int]]:
        return [(t.start, t.body_start) for t in self.turns]

    def turn_at(self, offset: int) -> Turn | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.turns[i].end:
            return self.turns[i]
        return None

    def speaker_at(self, offset: int) -> Speaker | None:
        """Who speaks at ``offset``: the turn's speaker, else the document's default speaker."""
        if offset < self.preamble_end:
            return None
        turn = self.turn_at(offset)
        if turn is not None:
            return None if turn.silent else turn.speaker or self.default_speaker
        return self.default_speaker

    def silent_at(self, offset: int) -> bool:
        turn = self.turn_at(offset)
        return turn is not None and turn.silent
