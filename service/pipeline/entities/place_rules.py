"""Places: listed, featured, compass regions and stations."""

from __future__ import annotations

from .vocab import (
    MAX_FEATURE_NAME_WORDS, MAX_STATION_WORDS, ORG_SUFFIXES, ROLE_HEADS, ROLE_WORDS, _AFTER_STATION, _ARTICLES,
    _BARE_COMPASS, _COMPASS_WORDS, _DIVISION_HEADS, _LEADING_FEATURES, _MEASURED_AT_CUES, _NOT_NAMES, _NOT_PLACES,
    _OF_FEATURES, _PLACE_FEATURES, _PLACE_PREFIXES, _PLACE_TRIGGERS, _PLACE_WORDS, _is_cap_word, _is_name_token,
)


_BASED_WORDS = frozenset(["based"])


class _PlaceRules:
    """Rules of ``_Scanner`` (see ``scanner.py``): places: listed, featured, compass regions and stations."""

    def places(self) -> None:
        """Places from context: "the Kursk region", "city of Tapa", "in Tapa, Estonia", "Second Thomas Shoal"."""
        n = len(self.tokens)
        self._featured_places()
        self._divisions()
        self._compass_places()
        for i in self.at(_PLACE_TRIGGERS):
            k = self.key(i)
            if k in _PLACE_WORDS and not _is_cap_word(self.tok(i)):
                b = i
                a = b
                while a > 0 and b - a < 2 and self._region_name_token(a - 1) and self.covered[a - 1] is None:
                    a -= 1
                if a < b and (b - a > 1 or _is_name_token(self.tok(a))):
                    self.spans.append((a, b, self.surface(a, b), "GPE"))
            if k == "of" and self.key(i - 1) in _PLACE_PREFIXES:
                end = i + 1
                while end < n and end - i <= 2 and _is_name_token(self.tok(end)) and self.covered[end] is None:
                    end += 1
                if end > i + 1:
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
            if (
                k in ("in", "near", "outside", "from", "to")
                and _is_name_token(self.tok(i + 1))
                and self.covered[i + 1] is None
            ):
                end = i + 2
                while end < n and end - i <= 2 and _is_name_token(self.tok(end)) and self.covered[end] is None:
                    end += 1
                nxt = self.covered[end + 1] if self.tok(end) == "," and end + 1 < n else None
                if nxt is not None and nxt[2].type == "GPE":
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
                elif (
                    k in ("in", "near", "outside")
                    and end == i + 2
                    and self.key(i + 1) not in _NOT_PLACES
                    and (
                        self.tok(end) in (",", ".", ";", "")
                        or self.key(end)
                        in ("on", "at", "and", "last", "this", "since", "after", "before", "for", "who", "where")
                    )
                    and not self.tok(i + 1).endswith("s")
                ):
                    # a single unknown capitalised word after "in" that ends the phrase: "a clinic in Blantyre."
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))
            if k in ("in", "near", "across") and self._compass_region(i + 1):
                self.spans.append((i + 1, i + 3, self.surface(i + 1, i + 3), "GPE"))
        for i in self.at(frozenset(["at"])):
            self._measured_at(i)
        for i in self.at(_BASED_WORDS):
            self._based_in(i)

    def _based_in(self, i: int) -> None:
        """"Adelaide-based energy retailer", "Gold Coast-based firm": unknown capitalised words joined to "based" by a
        hyphen name the place a body is based in."""
        if self.tok(i - 1) != "-" or not self.adjacent(i - 2) or not self.adjacent(i - 1):
            return
        a = i - 1
        while a > 0 and i - 1 - a < MAX_STATION_WORDS and self._based_name_token(a - 1):
            a -= 1
        if a < i - 1:
            self.spans.append((a, i - 1, self.surface(a, i - 1), "GPE"))

    def _divisions(self) -> None:
        """Capitalised names before a capitalised division head that ends them ("Tana River County", "Osaka
        Prefecture", "Federal Capital Territory") are one place; a head word going on with a capitalised word
        ("District Court", "Region Health Authority") names a body instead."""
        for i in self.at(_DIVISION_HEADS):
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None or _is_cap_word(self.tok(i + 1)):
                continue
            a = i
            while a > 0 and i - a < MAX_FEATURE_NAME_WORDS and self._division_name_token(a - 1):
                a -= 1
                if a > 1 and self.tok(a - 1) == "-" and self.adjacent(a - 2) and self.adjacent(a - 1) \
                        and self._division_name_token(a - 2):
                    a -= 2  # "Split-Dalmatia County", "Primorje-Gorski Kotar County": hyphenated names of a division
            if a < i:
                self.spans.append((a, i + 1, self.surface(a, i + 1), "GPE"))

    def _division_name_token(self, k: int) -> bool:
        """Token ``k`` may be a word of a division's name: a capitalised word that no title, body or article is, and
        that is no known name but a one-word place ("Osaka" of "Osaka Prefecture"); a title's modifier may be one
        ("Federal Capital Territory"), its head may not."""
        span = self.covered[k]
        return (_is_cap_word(self.tok(k)) and self.key(k) not in _ARTICLES and self.key(k) not in ROLE_HEADS
                and not (self.sentence_start(k) and self.key(k) in _NOT_NAMES)
                and (span is None or (span[1] - span[0] == 1 and span[2].type == "GPE")))

    def _based_name_token(self, k: int) -> bool:
        """Token ``k`` may be a word of the place before "-based": an unknown name word, no title's or body's word."""
        return (_is_name_token(self.tok(k)) and self.covered[k] is None and self.key(k) not in ROLE_WORDS
                and self.key(k) not in ORG_SUFFIXES and not (self.sentence_start(k) and self.key(k) in _NOT_NAMES))

    def _region_name_token(self, k: int) -> bool:
        """A word of a region's name before "region" or "province": a name, or a capitalised compass word when the
        name has two words ("the Western North region", "the Upper East region")."""
        return _is_name_token(self.tok(k)) or (self.key(k) in _COMPASS_WORDS and _is_cap_word(self.tok(k)))

    def _compass_region(self, k: int) -> bool:
        """"in Central Java", "in West Papua": a capitalised direction and one unknown name word that ends the
        phrase after "in" name a region."""
        name = k + 1
        return (self.key(k) in _COMPASS_WORDS and _is_cap_word(self.tok(k)) and self.covered[k] is None
                and _is_name_token(self.tok(name)) and self.covered[name] is None
                and self.key(name) not in ORG_SUFFIXES and self.key(name) not in ROLE_WORDS
                and (self.tok(name + 1) in (",", ".", ";", "") or self.tok(name + 1)[:1].islower()))

    def _measured_at(self, i: int) -> None:
        """"recorded at Mullingar", "the temperature at Lund was", "the River Taff at Pontypridd": the station a
        value was measured at, or a river's gauge."""
        measured = any(any(c.isdigit() for c in self.tok(k)) for k in range(max(0, i - 2), i))  # "46.2°C at"
        gauge = i > 0 and self._after_watercourse(i)
        if i == 0 or not (self.key(i - 1) in _MEASURED_AT_CUES or measured or gauge):
            return
        end = i + 1
        while end < len(self.tokens) and end - i <= MAX_STATION_WORDS and _is_name_token(self.tok(end)) \
                and self.covered[end] is None and self.key(end) not in _NOT_NAMES:
            end += 1
        if end > i + 1 and (end == len(self.tokens) or self.tok(end) in (",", ".", ";")
                            or self.key(end) in _AFTER_STATION or (gauge and self.tok(end)[:1].islower())):
            self.spans.append((i + 1, end, self.surface(i + 1, end), "GPE"))

    def _after_watercourse(self, i: int) -> bool:
        """Token ``i`` ("at") follows a feature's name found before it ("River Taff", "Grand River")."""
        return any(typ == "GPE" and b == i and (self.key(a) in _LEADING_FEATURES or self.key(b - 1) in _PLACE_FEATURES)
                   for a, b, _name, typ in self.spans)

    def _featured_places(self) -> None:
        """A capitalised geographic feature word after capitalised names is a place: "Second Thomas Shoal",
        "Litani River", "Scarborough Reef" (known names keep the gazetteer's reading)."""
        for i in self.at(_PLACE_FEATURES):
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None or self._of_feature(i):
                continue  # "Southwest Bay of Bengal": the feature is named after "of", a direction only qualifies it
            if _is_name_token(self.tok(i + 1)) and self.key(i + 1) not in _PLACE_FEATURES \
                    and self.key(i + 1) not in _DIVISION_HEADS and self.covered[i + 1] is None:
                continue  # "Cedar Plains Solar", "Blue Hills Bank": the name goes on, a body's or a firm's
            a = i
            while a > 0 and i - a < MAX_FEATURE_NAME_WORDS and _is_cap_word(self.tok(a - 1)) \
                    and self.key(a - 1) not in _ARTICLES \
                    and self._inside_feature_name(a - 1, i) and self.key(a - 1) not in ROLE_WORDS \
                    and not (self.sentence_start(a - 1) and self.key(a - 1) in _NOT_NAMES and a - 1 != i - 1):
                a -= 1
            if a < i:
                self.spans.append((a, i + 1, self.surface(a, i + 1), "GPE"))
        for i in self.at(_OF_FEATURES):  # "Gulf of Mexico", "Bay of Bengal": the feature, "of" and its name
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None or self.key(i + 1) != "of":
                continue
            b = i + 2
            while b - i - 2 < MAX_FEATURE_NAME_WORDS and _is_cap_word(self.tok(b)) and self.key(b) not in _ARTICLES:
                b += 1
            if b > i + 2:
                self.spans.append((i, b, self.surface(i, b), "GPE"))
        for i in self.at(_LEADING_FEATURES):  # "River Tay", "Lake Malawi": the feature word before the name
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None:
                continue
            b = i + 1
            while b - i <= MAX_FEATURE_NAME_WORDS and _is_name_token(self.tok(b)) and self.covered[b] is None \
                    and self.key(b) not in _PLACE_FEATURES:
                b += 1
                if self.tok(b) == "-" and _is_name_token(self.tok(b + 1)):
                    b += 1  # "Lac Saint-Jean": a hyphenated name
            if b > i + 1:
                self.spans.append((i, b, self.surface(i, b), "GPE"))

    def _of_feature(self, i: int) -> bool:
        """Token ``i`` is a feature word named by the capitalised words after its "of" ("Bay of Bengal")."""
        return self.key(i) in _OF_FEATURES and self.key(i + 1) == "of" and _is_cap_word(self.tok(i + 2)) \
            and self.key(i + 2) not in _ARTICLES

    def _compass_places(self) -> None:
        """A capitalised bare direction before a known place names a place of its own: "West Texas", "South
        Australia", "South-East Asia", "New South Wales" (a known name such as "South Africa" is the gazetteer's)."""
        for a, b, entity in self.gaz_spans:
            start = self._compass_start(a) if entity.type == "GPE" else None
            if start is None:
                continue
            new = start - 1
            if new >= 0 and self.tok(new) == "New" and self._spaced(new) and not self.sentence_start(new):
                start -= 1  # "southern New South Wales"
            self.spans.append((start, b, self.surface(start, b), "GPE"))

    def _compass_start(self, a: int) -> int | None:
        """First token of a capitalised direction just before token ``a`` ("West", "South-East"), or None."""
        k = a - 1
        if k < 0 or self.key(k) not in _BARE_COMPASS or not _is_cap_word(self.tok(k)) or not self._spaced(k):
            return None
        if self.covered[k] is not None:
            return None
        if k >= 2 and self.tok(k - 1) == "-" and self.adjacent(k - 2) and self.adjacent(k - 1) \
                and self.key(k - 2) in _BARE_COMPASS and _is_cap_word(self.tok(k - 2)):
            k -= 2  # "South-East Asia"
        return k

    def _spaced(self, k: int) -> bool:
        """Token ``k`` and the next one are separated by one space (not a line break)."""
        return self.text[self.tokens[k][1] : self.tokens[k + 1][0]] == " " if k + 1 < len(self.tokens) else False

    def _inside_feature_name(self, k: int, feature: int) -> bool:
        """Token k may open the name of a geographic feature: it is no known name, or a known place's adjective
        of one word ("Indian Ocean", "English Channel", "Persian Gulf"): the feature, not the country, is meant."""
        span = self.covered[k]
        return span is None or (span[0] == k and span[1] == k + 1 and span[2].type == "GPE" and k + 1 == feature)
