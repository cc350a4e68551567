"""Events and the statistical recogniser's spans under the rules."""

from __future__ import annotations

import bisect
import re

from .. import recogniser
from ..language import lexicon, stop_words
from .names import _event_heads
from .tokens import _is_acronym
from .vocab import (
    CUE_FORMS, MAX_OPERATION_NAME_WORDS, MIN_NATIONAL_BODY_WORDS, MIN_SHORTENED_NAME_WORDS, MODEL_CONTEXT_TOKENS,
    ORG_SUFFIXES, PERSON_NAME_TOKENS, PERSON_OF_BODY_MIN_TOKENS, POST_NOMINALS, ROLE_HEADS, ROLE_WORDS, _ALERT_WORDS,
    _BODY_NAME_WORDS,
    _EVENT_SUFFIXES, _GENERIC_BODIES, _MEASURE_HEADS, _NOT_ACRONYM_ORGS, _NOT_NAMES, _OPERATION_NOUNS, _PLACE_WORDS,
    _PLURAL_ACRONYM, _RANKS, _is_cap_word, _is_name_token,
)


_TIME_ZONES = lexicon("time_zones")  # "At 10 am AEST Wendell was ...": a clock's zone, no part of the name after it
_OPEN_QUOTES = frozenset(('"', "\u201c", "'", "\u2018"))
_CLOSE_QUOTES = frozenset(('"', "\u201d", "'", "\u2019"))
MAX_EVENT_NAME_TOKENS = 5  # "Osaka - Kansai Expo": name tokens (hyphens included) before an event's last word
MAX_QUOTED_EVENT_TOKENS = 5  # 'Cyclonic Storm "Montha"': the quote, up to three name tokens, the closing quote


MIN_SHOUTED_NAME_LETTERS = 3


def _shouted_name(token: str) -> bool:
    """"HELING": a name in capitals, longer than most acronyms' shortest."""
    return token.isalpha() and token.isupper() and len(token) >= MIN_SHOUTED_NAME_LETTERS


class _ModelRules:
    """Rules of ``_Scanner`` (see ``scanner.py``): events and the statistical recogniser's spans under the rules."""

    # -------------------------------------------------------------- rules
    def events(self) -> None:
        """Named events from their head word: "Hurricane Milton", "Tropical Storm Debby", "Operation Sandstorm"."""
        heads = _event_heads()
        for i in self.capitalised:
            for length in (2, 1):
                head = " ".join(self.keys[i : i + length])
                if head not in heads or not all(_is_cap_word(self.tok(k)) for k in range(i, i + length)):
                    continue
                if length == 1 and " ".join(self.keys[i - 1 : i + 1]) in heads and i > 0:
                    continue  # the second word of a two-word head
                if self.key(i + length) in ROLE_WORDS:
                    break  # "Fire Chief Daniel Okoro": a title, not the fire's name
                if self.key(i + length) in _ALERT_WORDS:
                    break  # "A Tropical Storm Warning remains in effect": an alert of that kind, no event
                end = i + length
                while end < len(self.tokens) and end - (i + length) < 2 and _is_name_token(self.tok(end)):
                    end += 1
                if end == i + length and _shouted_name(self.tok(end)):
                    end += 1  # 'Typhoon "HELING"', "Typhoon HELING": a weather service writes the name in capitals
                if end > i + length and self.key(end - 1) in ORG_SUFFIXES:
                    break  # "Fire Rescue Service", "Hurricane Center": a body, named for what it fights
                if end > i + length and (self.covered[i + length] is None or self.covered[i + length][0] < i + length):
                    self.spans.append((i, end, self.surface(i, end), "EVENT"))
                    self.events_at.update(range(i, end))
                    self.event_names[i] = i + length
                elif end == i + length:
                    self._quoted_or_unnamed_event(i, end)
                break

    def operations(self) -> None:
        """"the NATO Baltic Sentry mission", "the EU Aspides operation": capitalised words that no rule or listed name
        covers, between a body's acronym and a lower-case noun for an operation (lexicon ``operation_nouns``), name
        the operation."""
        for i in self.at(_OPERATION_NOUNS):
            if not self.tok(i).islower():
                continue
            a = i
            while a > 0 and i - a < MAX_OPERATION_NAME_WORDS and _is_cap_word(self.tok(a - 1)) \
                    and not _is_acronym(self.tok(a - 1)) and self.covered[a - 1] is None:
                a -= 1
            if a < i and a > 0 and _is_acronym(self.tok(a - 1)) and not self.sentence_start(a):
                self.spans.append((a, i, self.surface(a, i), "EVENT"))
                self.events_at.update(range(a, i))

    def suffixed_events(self) -> None:
        """"Osaka-Kansai Expo", "Frankfurt Marathon": capitalised name words (known places and hyphens among them)
        right before a capitalised event word of event_suffixes that ends them name one event."""
        for i in self.at(_EVENT_SUFFIXES):
            if not _is_cap_word(self.tok(i)) or i in self.events_at or _is_cap_word(self.tok(i + 1)):
                continue
            a = i
            while a > 0 and i - a < MAX_EVENT_NAME_TOKENS and not self.sentence_start(a) and (
                    (_is_name_token(self.tok(a - 1)) and self.key(a - 1) not in ROLE_WORDS)
                    or (self.tok(a - 1) == "-" and self.adjacent(a - 2) and self.adjacent(a - 1))):
                a -= 1
            while a < i and self.tok(a) == "-":
                a += 1
            if a < i:
                self.spans.append((a, i + 1, self.surface(a, i + 1), "EVENT"))
                self.events_at.update(range(a, i + 1))

    def _quoted_or_unnamed_event(self, head: int, end: int) -> None:
        """After an event's head word with no name: a name in quotes is the event's ('Cyclonic Storm "Montha"',
        'Typhoon "Kong-rey"'; the kind before it is no entity); none after a capitalised category that "a" or "an"
        opens ("intensify into a Severe Cyclonic Storm") leaves a kind of event, never an entity."""
        start = head
        while start > 0 and _is_cap_word(self.tok(start - 1)) and not self.sentence_start(start):
            start -= 1
        if self.tok(end) in _OPEN_QUOTES:
            close = next((k for k in range(end + 1, min(end + MAX_QUOTED_EVENT_TOKENS, len(self.tokens)))
                          if self.tok(k) in _CLOSE_QUOTES), None)
            if close is not None and close > end + 1 and all(self._quoted_name_token(k) for k in range(end + 1, close)):
                self.spans.append((end + 1, close, self.surface(end + 1, close), "EVENT"))
                self.events_at.update(range(end + 1, close))
                self.categories.update(range(start, end))  # the kind before the name
            return
        if self.key(start - 1) in ("a", "an"):
            self.categories.update(range(start, end))

    def _quoted_name_token(self, k: int) -> bool:
        """A token of a name in quotes: a name word, a hyphen, or the word after one ("Kong-rey")."""
        return _is_name_token(self.tok(k)) or self.tok(k) == "-" or (self.tok(k - 1) == "-" and self.tok(k).isalpha())

    def statistical(self, sentences: list[tuple[int, int]]) -> None:
        """Spans of the statistical recogniser, run only on sentences with a capitalised word nothing explains."""
        starts = [t[0] for t in self.tokens]
        lower = self.lower_words
        wanted: list[tuple[int, int]] = []
        for s_char, e_char in sentences:
            a, b = bisect.bisect_left(starts, s_char), bisect.bisect_left(starts, e_char)
            first = next((k for k in range(a, b) if self.tok(k)[:1].isalnum()), b)
            unexplained = [k for k in range(first, b) if self._unexplained(k, k == first, lower)]
            wanted.extend(self._windows(a, b, unexplained))
        if not wanted:
            return
        found = recogniser.recognise([self.text[s:e] for s, e in wanted])
        for (s_char, _e), spans in zip(wanted, found):
            for start, end, label in spans:
                span = self._token_span(starts, s_char + start, s_char + end)
                if span is not None:
                    self.model_spans.extend(self._person_of_body(*span, label))

    def _person_of_body(self, a: int, b: int, label: str) -> list[tuple[int, int, str]]:
        """A one-word person after a lower-case "the" is a place. A model span "Aoife Kealy of Met Éireann" right
        before a reporting verb (two name words that are no words of an institution, then "of" and a body) is a
        person and the body they speak for."""
        if label == "PERSON" and self.tok(b) == "," and self.key(b + 1) == "which" \
                and (a == 0 or not _is_cap_word(self.tok(a - 1))):
            # "HS Orka, which operates the power plant, reported ...": no person is a "which" (a span cut out of a
            # longer capitalised name is left as it was read)
            return [(a, b, "ORG")]
        if label == "PERSON" and b - a == 1 and a > 0 and self.tok(a - 1) == "the":
            # "farmers in the Alentejo": a person is never "the" one name; a region is (but "the Intendencia" on a
            # page that names the "Intendencia de Montevideo" is that body's short name)
            short_name = re.search(rf"\b{re.escape(self.tok(a))}\s+(?:of|de|del|du|des|di|van|von)\s+[A-Z]", self.text)
            return [(a, b, label if short_name else "GPE")]
        if b - a < PERSON_OF_BODY_MIN_TOKENS or self.keys[a + PERSON_NAME_TOKENS] != "of" \
                or self.key(b) not in CUE_FORMS:
            return [(a, b, label)]
        name = range(a, a + PERSON_NAME_TOKENS)
        if any(not _is_cap_word(self.tok(k)) or self.covered[k] is not None or self.keys[k] in _NOT_NAMES
               or self.keys[k] in _BODY_NAME_WORDS for k in name):
            return [(a, b, label)]
        return [(a, a + PERSON_NAME_TOKENS, "PERSON"), (a + PERSON_NAME_TOKENS + 1, b, "ORG")]

    def _place_before_body(self, k: int) -> bool:
        """Token ``k`` opens a known place's name (not a code such as "U.S.") written right before a known body's."""
        span = self.covered[k]
        if span is None or span[0] != k or span[2].type != "GPE" or _is_acronym(self.surface(span[0], span[1])):
            return False
        after = self.covered[span[1]]
        return (after is not None and after[0] == span[1] and after[2].type == "ORG"
                and after[1] - after[0] >= MIN_NATIONAL_BODY_WORDS)

    def _windows(self, a: int, b: int, unexplained: list[int]) -> list[tuple[int, int]]:
        """Character spans around the unexplained words of the sentence of tokens [a, b).

        The recogniser sees a few words either side of each token (its encoder has a window of one word and
        four layers), so a window of MODEL_CONTEXT_TOKENS around each unknown word gives the same entities as
        the whole sentence for a fraction of the cost.
        """
        out: list[tuple[int, int]] = []
        for k in unexplained:
            lo, hi = max(a, k - MODEL_CONTEXT_TOKENS), min(b, k + MODEL_CONTEXT_TOKENS + 1)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return [(self.tokens[lo][0], self.tokens[hi - 1][1]) for lo, hi in out]

    def _unexplained(self, k: int, first: bool, lower: set[str]) -> bool:
        t = self.tok(k)
        if self._place_before_body(k):
            return True  # "Kenya Red Cross": the recogniser tells a national body from a place beside a body
        if not _is_cap_word(t) or self.covered[k] is not None or self.keys[k] in _NOT_NAMES:
            return False
        return not first or (self.keys[k] not in stop_words() and self.keys[k] not in lower)

    def _token_span(self, starts: list[int], start: int, end: int) -> tuple[int, int] | None:
        """Token range of a model span, trimmed of articles and possessives; None when it is not a name."""
        a = bisect.bisect_left(starts, start)
        b = bisect.bisect_left(starts, end)
        if a >= len(self.tokens) or self.tokens[a][0] != start or b == a:
            return None
        while a < b and (self.keys[a] in ("the", "a", "an") or not _is_cap_word(self.tok(a))
                         or (self.keys[a] in _RANKS and b - a > PERSON_NAME_TOKENS)
                         or (self.keys[a] in _TIME_ZONES and self.tok(a).isupper())):
            a += 1  # "H.E. Olivier Zehnder", "Dr. Ana Ruiz": a form of address before the name
        while b > a and (self.keys[b - 1] in ("'s", "'") or not _is_cap_word(self.tok(b - 1))):
            b -= 1  # "Massa 45.5", "Biden's"
        owner = next((k for k in range(a + 1, b - 1) if self.keys[k] == "'s" and self._owner_of_body(k)), None)
        if owner is not None:
            a = owner + 1  # "Mendoza's Directorate of Agriculture": the body, its place's possessive aside
        while b - a > 1 and self.keys[b - 1] in POST_NOMINALS and self.tok(b - 1).isupper():
            b -= 1  # "Morag Ellwood KC", "Aoife Brennan TD": the letters after a name are no part of it
        if (a > 0 and self.tok(a - 1) == "-" and self.adjacent(a - 1)) or (self.tok(b) == "-" and self.adjacent(b - 1)):
            return None  # part of a hyphenated word: "OSIRIS" of "OSIRIS-REx"
        b = self._without_short_name(a, b)
        # ("Ing." tagged alone before "Jana Novotná": a title, no name)
        if b <= a or all(self.keys[k] in _NOT_NAMES or self.keys[k] in stop_words() or self.keys[k] in _RANKS
                         for k in range(a, b)):
            return None
        if self.keys[b - 1] in _MEASURE_HEADS:
            return None  # "Official Cash Rate", "Tsunami Warning": a named measure or warning
        if all(self.keys[k] in ROLE_WORDS for k in range(a, b)):
            return None  # "Interior" of "Interior Minister ...": part of a title
        if self.keys[b - 1] in ROLE_HEADS and self.read_name(b) > b:
            # "County Executive Lena Brooks": a title in front of a name; what precedes the title word is the
            # employer only when it is more than words for a kind of place or body
            while b > a and self.keys[b - 1] in ROLE_WORDS:
                b -= 1
            if all(self.keys[k] in _PLACE_WORDS or self.keys[k] in _GENERIC_BODIES or self.keys[k] in _NOT_NAMES
                   for k in range(a, b)):
                return None  # "His Majesty King ...": a form of address before the title
        if b - a == 1 and (
            len(self.tok(a)) < 2
            or self.tok(a) in _NOT_ACRONYM_ORGS
            or self.keys[a] in _GENERIC_BODIES
            or _PLURAL_ACRONYM.fullmatch(self.tok(a))
        ):
            return None
        if self._described_office(a, b):
            return None  # "the Programme Office": a description of a body named elsewhere
        return a, b

    def _owner_of_body(self, k: int) -> bool:
        """The possessive "'s" at token ``k`` follows a place that owns the public body named after it: a known
        place's name, or a capitalised word the text never writes in lower case before a public body's word
        ("Mendoza's Directorate of ...", not "Women's Institute" or "McDonald's Corporation")."""
        span = self.covered[k - 1] if k > 0 else None
        if span is not None and span[1] == k and span[2].type == "GPE":
            return True
        if k == 0 or not _is_cap_word(self.tok(k - 1)) or self.keys[k - 1] in self.lower_words:
            return False
        j = k + 1  # ("Mato Grosso do Sul's State Health Department": the body's word may close a run of capitals)
        while j < len(self.tokens) and j - k <= MAX_OWNED_BODY_WORDS and _is_cap_word(self.tok(j)):
            if self.keys[j] in lexicon("public_agency_words") | {"ministry", "department"}:
                return True
            j += 1
        return False

    def _without_short_name(self, a: int, b: int) -> int:
        """"Jupiter Icy Moons Explorer, Juice,": a name read together with the one word set off by commas after it
        ends before the comma, and that word is its short name for later mentions."""
        if b - 2 - a >= MIN_SHORTENED_NAME_WORDS and self.tok(b - 2) == "," and self.tok(b) == "," \
                and _is_name_token(self.tok(b - 1)) and "," not in self.words[a : b - 2]:
            self.acronyms.setdefault(self.tok(b - 1), self.surface(a, b - 2))
            return b - 2
        return b


MAX_OWNED_BODY_WORDS = 4  # capitalised words after a place's "'s" up to the public body's word
