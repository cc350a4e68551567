"""Choosing among the rule, gazetteer and model spans; the chosen spans' final names."""

from __future__ import annotations

import bisect

from ..language import INITIAL_RE as _INITIAL_RE, lexicon, lexicon_entries, stop_words
from ..quantities import is_currency_code, is_glued_amount, is_magnitude_code
from .names import (
    MIN_UNQUALIFIED_WORDS, _DEMONSTRATIVES, _DISEASE_HEADS, _abbreviates, _dateline_agencies, _dateline_places,
    _initials_of, _rule_span_order,
)
from .records import Entity, PersonInfo
from .tokens import _is_acronym, _key
from .vocab import (
    _NAME_ABBREVIATIONS, _DIPLOMATIC_POSTS, _POSTED_BODY_HEADS, ALERT_CONTEXT_TOKENS, _ALERT_COLOURS, _ALERT_WORDS,
    CUE_FORMS, MAX_LISTED_NAME_WORDS, MAX_LISTED_PLACES, MIN_MODEL_NAME_CHARS, MIN_NATIONAL_BODY_WORDS,
    MIN_PLACE_SURNAME_NAME_WORDS, ORG_SUFFIXES, PERSON_NAME_TOKENS,
    ROLE_HEADS, ROLE_WORDS, _AMOUNT_WORDS, _BEFORE_INSTITUTIONS, _BENCHMARK_NAMES, _BODY_NAME_WORDS, _COMMON_HEADS,
    _COMPASS_WORDS,
    _CURRENCY_NOUNS, _DOCUMENT_NOUNS, _HONORIFICS, _INSIDE_PREPOSITIONS, _LEADING_FEATURES, _LIST_PREPOSITIONS,
    _MISSION_WORDS, _CAPITALISED_PLURALS,
    _MODEL_OVERRIDES, _NAME_PARTICLES, _NOT_NAMES, _NOT_PLACES, _NUMBER_WORDS, _ORDINAL_RE, _PLACE_FEATURES,
    _PLACE_WORDS, _POSSESSIVES, _PRODUCT_NOUNS, _PROGRAMME_WORDS, _RANKS, _SERIES_HEADS, _SERIES_JOINERS,
    _SERIES_TOPICS, _is_cap_word, _is_name_token, is_device_acronym, is_indicator_acronym,
)

# signs a country code is written onto: "US$", "FJ$", "GH¢", "GH₵"
_CURRENCY_SIGNS = frozenset("$¢₵£€¥₦")


MIN_RECURRING_NAME_TOKENS = 2  # "Air New Zealand": a body's name of several words, read once, recurs
# what an exchange rate or a denomination puts before a currency ("against the US dollar", "per US dollar", "in
# United States dollars") and the nouns a currency measures after it ("US dollar deposits", "in US dollar terms")
_RATE_PREPOSITIONS = frozenset(["against", "versus", "vs", "per", "on", "to", "in"])
_CURRENCY_MEASURED_NOUNS = frozenset(["terms", "deposits", "equivalent", "loans", "reserves"])
MIN_COMPOUND_PREFIX = 2  # "Nationalbank", "Bundesbank": letters before an institution's word in one compound


# heads of roles whose "of" names the body they work for, not a portfolio ("chief executive of KiwiRail")
_EMPLOYER_ROLE_HEADS = frozenset("executive officer founder chairman chairwoman chairperson".split())
# words after which a known place is the place itself, not a person's given name ("in Milan", "the Kenya team")
_PLACE_OPENERS = frozenset("in from to at near of across throughout outside around via into between and or the "
                           "for with within inside over under".split())


class _Assembly:
    """Rules of ``_Scanner`` (see ``scanner.py``): choosing among the rule, gazetteer and model spans, and the chosen
    spans' final names."""

    # -------------------------------------------------------------- assembly
    def _retyped(self, rule_spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Where a context rule and the recogniser agree on a name but not on its type, the recogniser's reading
        of a name as an event ("the Tokyo Marathon") wins, and so does its reading of a person as an organisation
        when a word before the name marks an institution ("analysts at Morgan Stanley noted"); titles, roles and
        a name directly before a reporting verb are stronger evidence than the model otherwise."""
        model = {(a, b): typ for a, b, typ in self.model_spans}
        out, renamed = [], {}
        for a, b, name, typ in rule_spans:
            wider = self._wider_model_body(a, b, typ) if name == self.surface(a, b) else None
            if wider is not None:  # "Lebanese Center for Energy" + "Conservation", "APM" + "Terminals Callao"
                a, b, typ = wider
                renamed[name], name = self.surface(a, b), self.surface(a, b)
            other = model.get((a, b))
            if name == self.surface(a, b) and (other, typ) in _MODEL_OVERRIDES:
                # a person only when nothing before the name marks an institution ("at", "of", "the") and its last
                # word is no institution's compound ("Danmarks Nationalbank expects ...")
                if typ != "PERSON" or other != "ORG" or self.key(a - 1) in _BEFORE_INSTITUTIONS \
                        or self._institution_compound(self.key(b - 1)):
                    typ = other
            out.append((a, b, name, typ))
        # the acronym a rule gave the shorter name ("(PDRRMO)") names the wider body too
        return [(a, b, renamed.get(name, name) if b - a == 1 and _is_acronym(self.tok(a)) else name, typ)
                for a, b, name, typ in out]

    def _currency_country(self, k: int) -> bool:
        """A known country's name, code or adjective at ``k`` right before a currency's noun that measures something
        ("against the US dollar", "per US dollar", "in United States dollars", "US dollar deposits"): the currency as a
        unit, no mention of the country ("replace the peso with the U.S. dollar" is about the country's money)."""
        cover = self.covered[k]
        if cover is None or cover[0] != k or cover[2].type != "GPE" or self.key(cover[1]) not in _CURRENCY_NOUNS:
            return False
        before = self.key(k - 2) if self.key(k - 1) in ("the", "a") else self.key(k - 1)
        return before in _RATE_PREPOSITIONS or self.key(cover[1] + 1) in _CURRENCY_MEASURED_NOUNS

    @staticmethod
    def _institution_compound(word: str) -> bool:
        """"nationalbank", "socialstyrelsen": one word ending in an institution's word (lexicon
        ``org_compound_endings``), longer than that word."""
        return any(word.endswith(end) and len(word) > len(end) + MIN_COMPOUND_PREFIX
                   for end in lexicon("org_compound_endings"))

    def _wider_model_body(self, a: int, b: int, typ: str) -> tuple[int, int, str] | None:
        """The recogniser's organisation around a rule's name that goes on with capitalised words only: a body's
        name a rule cut short ("the Lebanese Center for Energy Conservation"), or one whose acronym a rule took for
        a title before a person ("APM Terminals Callao")."""
        for ma, mb, mtyp in self.model_spans:
            if typ == "PERSON" and mtyp == "PERSON" and ma < a and mb == b and self._hyphenated_given_names(ma, a):
                return ma, mb, mtyp  # "Duncan R. McAlister-Te Rangi", which a rule read from "Te Rangi"
            if mtyp != "ORG" or not (ma <= a and b <= mb) or (ma, mb) == (a, b) \
                    or any(c is not None and (c[0] < ma or c[1] > mb) for c in self.covered[ma:mb]):
                continue  # (a known place inside, "Lebanese", is part of the name; one running past it is not)
            before, after = range(ma, a), range(b, mb)
            if typ == "ORG" and not before and all(_is_cap_word(self.tok(k)) for k in after):
                return ma, mb, mtyp
            if typ == "PERSON" and not after and before and all(_is_acronym(self.tok(k)) for k in before):
                return ma, mb, mtyp
            if typ == "ORG" and (not after or self.tok(b) == "(") and self._place_before_particle(before):
                # "Surigao del" + "Sur Provincial Disaster Risk Reduction ... Office" (the model may run on into the
                # bracket of its acronym)
                return ma, b, mtyp
        return None

    def _place_before_particle(self, before: range) -> bool:
        """The tokens before a rule's body are a place's name up to a lower-case particle ("Surigao del" before
        "Sur ..."), where the rule's capitalised run broke off."""
        return len(before) >= 2 and self.tok(before[-1]) in lexicon("name_particles") \
            and _is_cap_word(self.tok(before[0])) \
            and all(_is_cap_word(self.tok(k)) or self.tok(k) in lexicon("name_particles") for k in before)

    def _hyphenated_given_names(self, ma: int, a: int) -> bool:
        """The tokens [ma, a) before a rule's person are the rest of that person's name up to a hyphen that joins it
        ("Duncan R. McAlister-" before "Te Rangi"): given names or initials, then a surname part and the hyphen."""
        return a - ma >= PERSON_NAME_TOKENS and self.tok(a - 1) == "-" and self.adjacent(a - 2) \
            and all(_is_cap_word(self.tok(k)) or _INITIAL_RE.fullmatch(self.tok(k)) for k in range(ma, a - 1))

    def _gazetteer_places_inside_names(self) -> list[tuple[int, int, str, str]]:
        """Recognised organisations and events that contain a known place and more capitalised words
        ("Statistics Canada", "Tokyo Marathon"): the name, not the place inside it, is the entity."""
        out = [(a - 1, b, self.surface(a - 1, b), "PERSON") for a, b, typ in self.model_spans
               if typ == "PERSON" and self._given_name_place_before(a, b)]
        for a, b, typ in self.model_spans:
            if b - a < 2 or self._country_government(a, b):
                continue
            inner = {id(self.covered[k]): self.covered[k] for k in range(a, b) if self.covered[k] is not None}
            if not inner or any(sp[0] < a or sp[1] > b for sp in inner.values()):
                continue
            qualified = typ == "ORG" and (self._place_qualified_body(a, b, list(inner.values()))
                                          or self._unit_of_known_body(a, b, list(inner.values())))
            if not qualified and any(sp[2].type != "GPE" for sp in inner.values()):
                continue
            rest = [k for k in range(a, b) if self.covered[k] is None]
            if typ == "PERSON" and (self._surname_like_place(a, b, rest) or self._given_name_like_place(a, b, rest)):
                out.append((a, b, self.surface(a, b), typ))  # "Rodrigo Vasconcelos Lima": a surname, not Peru
                continue
            if typ == "GPE" and not self._place_named_after_place(a, b, rest):
                continue
            if typ not in ("ORG", "EVENT", "GPE"):
                continue
            if (rest or qualified) and all(_is_cap_word(self.tok(k)) or self.keys[k] in ("of", "for", "and", "&")
                                           or (self.keys[k] == "the" and self.key(k - 1) == "of") for k in rest):
                out.append((a, b, self.surface(a, b), typ))
        return out

    def _surname_like_place(self, a: int, b: int, rest: list[int]) -> bool:
        """A recognised person's name of three words or more whose last word alone is a known place ("Rodrigo
        Vasconcelos Lima"): a family name spelt like a city, the other words capitalised names."""
        return (b - a >= MIN_PLACE_SURNAME_NAME_WORDS and rest == list(range(a, b - 1))
                and all(_is_cap_word(self.tok(k)) and self.keys[k] not in ROLE_HEADS for k in rest))

    def _given_name_place_before(self, a: int, b: int) -> bool:
        """A known place of one word right before a recognised person's name, not after a preposition, a conjunction
        or "the" ("Milan Jeremić-Stojanović, 46, who grows ...": a given name spelt like a city; not "in Milan Jeremić
        said")."""
        span = self.covered[a - 1] if a > 0 else None
        if span is None or span[0] != a - 1 or span[1] != a or span[2].type != "GPE" or self.covered[a] is not None:
            return False
        if not _is_cap_word(self.tok(a - 1)) or _is_acronym(self.tok(a - 1)) or self.keys[a] in ROLE_WORDS:
            return False
        return a < 2 or self.keys[a - 2] not in _PLACE_OPENERS

    def _given_name_like_place(self, a: int, b: int, rest: list[int]) -> bool:
        """A recognised person's name whose first word alone is a known place of one word ("Milan Kovač", "Jordan
        Mbeki"): a given name spelt like a city or a country, the words after it capitalised names, none a title."""
        return (b - a >= PERSON_NAME_TOKENS and rest == list(range(a + 1, b)) and self.covered[a][1] == a + 1
                and self.key(b) != "of" and all(self._surname_word(k) for k in rest)
                and not (a > 0 and _is_name_token(self.tok(a - 1))))  # ("Adalberto Lima Brito": a middle name)

    def _surname_word(self, k: int) -> bool:
        """Token ``k`` can be a surname: capitalised letters only, no title or body word, and no word the text
        also writes in lower case ("Niue Tourism", "Zambia Chamber", "Tajikistan B3" are no people)."""
        word = self.tok(k)
        return (_is_cap_word(word) and word.replace("-", "").replace("'", "").isalpha()
                and self.keys[k] not in ROLE_WORDS and self.keys[k] not in _BODY_NAME_WORDS
                and self.keys[k] not in _COMMON_HEADS and self.keys[k] not in self.lower_words)

    def _place_qualified_body(self, a: int, b: int, inner: list[tuple[int, int, Entity]]) -> bool:
        """"Kenya Red Cross", "Australian Red Cross": a known place's name or demonym (not a code such as "U.S.")
        opens a recognised organisation whose last words (two or more) are a known body: the national body is one
        name."""
        first = min(inner, key=lambda sp: sp[0])
        last = max(inner, key=lambda sp: sp[1])
        return (first[0] == a and first[2].type == "GPE" and not _is_acronym(self.surface(first[0], first[1]))
                and last[1] == b and last[2].type == "ORG" and last is not first
                and last[1] - last[0] >= MIN_NATIONAL_BODY_WORDS
                and all(sp[2].type in ("GPE", "ORG") for sp in inner))

    def _unit_of_known_body(self, a: int, b: int, inner: list[tuple[int, int, Entity]]) -> bool:
        """"African Union Election Observation Mission": a recognised organisation that opens with a known body and
        goes on with capitalised words to an organisation's word (lexicon ``org_suffixes``, "Mission"): the body's
        unit is one name."""
        first = min(inner, key=lambda sp: sp[0])
        last_word = self.keys[b - 1]
        return (first[0] == a and first[2].type == "ORG" and first[1] < b and self.covered[b - 1] is None
                and last_word in ORG_SUFFIXES
                and all(_is_cap_word(self.tok(k)) for k in range(first[1], b))
                and not any(self.keys[k] in ROLE_HEADS for k in range(a, b)))

    def _names_body_around(self, span: tuple[int, int, str, str]) -> bool:
        """A recognised organisation around a known place that a rule may not cut: its name goes on with "of"
        ("Armed Forces of the Philippines") or ends in a body's word or a known body, and holds no title."""
        a, b, _name, typ = span
        if typ != "ORG" or any(self.keys[k] in ROLE_HEADS for k in range(a, b)):
            return False
        last = self.covered[b - 1]
        return ("of" in self.keys[a:b] or self.keys[b - 1] in ORG_SUFFIXES
                or (last is not None and last[2].type == "ORG"))

    def _place_named_after_place(self, a: int, b: int, rest: list[int]) -> bool:
        """A recognised place whose name opens with a known place's adjective ("British Columbia", "New South
        Wales" aside): one known word first, then capitalised words that are not a compass direction (the
        "Eastern" of "Eastern Ukraine" qualifies the country it names)."""
        first = self.covered[a]
        return (first is not None and first[0] == a and first[1] == a + 1 and rest == list(range(a + 1, b))
                and not any(self.keys[k] in _COMPASS_WORDS for k in range(a, b)))

    def _local_names(self, chosen: list[tuple[int, int, str, str]]) -> dict[str, list[tuple[int, str, str]]]:
        """Short forms by which chosen names recur: surnames, bare place names, "Norvik" for "Norvik Systems"."""
        local: dict[str, list[tuple[int, str, str]]] = {}
        places = self._place_surfaces(chosen)
        for a, b, name, typ in chosen:
            if typ == "PERSON":
                parts = [t for t in name.replace("-", " ").split() if t[:1].isupper()]
                if len(parts) >= 2:
                    local.setdefault(parts[-1], []).append((a, name, typ))
            elif b - a == 1 or typ == "GPE":
                local.setdefault(self.surface(a, b), []).append((a, name, typ))
                if typ == "GPE" and b - a == 2 and self.key(a) in _LEADING_FEATURES:
                    local.setdefault(self.tok(a + 1), []).append((a, name, typ))  # "the Tay" after "River Tay"
            elif typ == "EVENT" and a in self.event_names:
                # "Helene" after "Hurricane Helene"
                local.setdefault(self.surface(self.event_names[a], b), []).append((a, name, typ))
            elif typ == "ORG" and b - a == 2 and self.key(b - 1) in ORG_SUFFIXES and self.covered[a] is None:
                local.setdefault(self.tok(a), []).append((a, name, typ))
            elif typ == "ORG" and self.covered[a] is None and self._short_company_word(name, places) == self.tok(a) \
                    and _is_name_token(self.tok(a)):
                local.setdefault(self.tok(a), []).append((a, name, typ))  # "Kestrel" for "Kestrel Home Energy ..."
        for acronym, name in self.acronyms.items():
            local.setdefault(acronym, []).append((-1, name, "ORG"))
        return local

    def _storms_in_capitals(self, chosen: list[tuple[int, int, str, str]],
                            local: dict[str, list[tuple[int, str, str]]]) -> bool:
        """"HELING" after "Typhoon HELING": a word in capitals read as a body's acronym is the named event it
        recurs from. True when one was."""
        retyped = False
        for n_, (a, b, _name, typ) in enumerate(chosen):
            if typ == "ORG" and b - a == 1:
                event = next((full for at, full, kind in local.get(self.tok(a), ())
                              if kind == "EVENT" and at < a), None)
                if event:
                    chosen[n_] = (a, b, event, "EVENT")
                    retyped = True
        return retyped

    def _fill_from_model(self, chosen: list[tuple[int, int, str, str]], taken: list[bool]) -> None:
        """The statistical recogniser fills what the gazetteer and the rules left open: names of several words
        first, then single words; a single word that repeats a name introduced anywhere in the article (a
        surname, whatever type the recogniser gave it) is left to the linking in ``resolve``."""
        surnames = {name.split()[-1]: name for _a, _b, name, typ in chosen if typ == "PERSON" and " " in name}
        for several in (True, False):
            introduced = {} if several else self._local_names(chosen)
            givens = self._given_names(chosen)
            read: dict[str, str] = {}  # a single word's first reading: "Nagpur" a place, then a person no more
            for a, b, typ in self.model_spans:
                if typ == "PERSON" and self._compass_after_particle(b):
                    b, typ = b + 2, "GPE"  # "Mato Grosso do Sul", read as a person "Mato Grosso": a place
                b = self._with_particles(a, b, typ)
                if several and b - a == 1 and typ == "PERSON" and self._unread_given_name(a, taken):
                    a -= 1  # "world number three Marta Kowalczyk": the recogniser kept only the surname
                if (b - a > 1) != several or any(taken[a:b]) or self.tok(a) in introduced:
                    continue
                # "Prabowo said" after "Prabowo Subianto", "Tekle-Haimanot said" after "Tekle-Haimanot Girma"
                given = self.surface(a, b) if several and "-" in self.words[a:b] else None if several else self.tok(a)
                if given in givens and self._named_before(a, givens[given], chosen):
                    chosen.append((a, b, givens[given], "PERSON"))
                    taken[a:b] = [True] * (b - a)
                    continue
                if several and "-" in self.words[a:b] and self.surface(a, b) in surnames:
                    # "Martin-Wagner said", whatever the recogniser took it for: the surname of "Grace Martin-Wagner"
                    chosen.append((a, b, surnames[self.surface(a, b)], "PERSON"))
                    taken[a:b] = [True] * (b - a)
                    continue
                if not several and (self._ordinary_opener(a, typ) or len(self.tok(a)) < MIN_MODEL_NAME_CHARS):
                    continue
                if not several and typ == "PERSON" and self.keys[a] in _COMPASS_WORDS:
                    continue  # "over Westcentral and adjoining ...": a direction alone is no one's name
                if not several and self.keys[a] in _CAPITALISED_PLURALS:
                    continue  # "small island developing States": a common word capitalised, no place alone
                if typ == "ORG" and (self._portfolio(a) or self._country_government(a, b) or self._common_head(a, b)):
                    continue
                if typ == "GPE" and self._designation(a, b):
                    continue
                if typ == "ORG" and a > 0 and not taken[a - 1] and _ORDINAL_RE.fullmatch(self.tok(a - 1)):
                    a -= 1  # "3rd Infantry Division", "41st Field Artillery Brigade": the number names the unit
                name = self.surface(a, b)
                if name in _STYLES:
                    continue  # "H.E.", "Hon.": a style written before a name is nobody's name
                if not several:
                    typ = read.setdefault(name, typ)
                if typ == "ORG" and self._surname_reports(a, b):
                    typ = "PERSON"  # "Maren Holt of the Institute ... Holt said": a person the model took for a body
                chosen.append((a, b, name, typ))
                if typ == "PERSON":
                    self.people.setdefault(name, PersonInfo(name))
                    if " " in name:
                        surnames.setdefault(name.split()[-1], name)
                for k in range(a, b):
                    taken[k] = True

    def _surname_reports(self, a: int, b: int) -> bool:
        """A two-word name, neither word a body's, whose last word reports alone elsewhere in the text ("Holt said",
        "said Holt") or follows an honorific ("Mr Breen"): a person's surname, since a body is not cited by the last
        word of its name."""
        if b - a != 2 or any(self.keys[k] in _BODY_NAME_WORDS or not _is_name_token(self.tok(k)) for k in range(a, b)):
            return False
        surname = self.tok(b - 1)
        # "Mr Breen's death" after "Hamish Breen": an honorific before the last word alone marks a person too
        return any(self.tok(k) == surname and (self.key(k + 1) in CUE_FORMS or self.key(k - 1) in CUE_FORMS
                                               or self.key(k - 1) in _HONORIFICS)
                   for k in range(len(self.tokens)) if not a <= k < b)

    def _names_a_thing(self, k: int) -> bool:
        """An acronym the gazetteer does not know that names a thing, not a body: a variant of an indicator
        ("CPIF", "CPIX" beside "CPI"), a device ("GPS"), the modifier of a product noun ("MMR vaccine", "PCR test")
        or the name of a programme ("Project BRIDGE")."""
        t = self.tok(k)
        if not _is_acronym(t) or self.covered[k] is not None:
            return False
        programme = self.key(k - 1) in _PROGRAMME_WORDS and _is_cap_word(self.tok(k - 1))  # "Project BRIDGE"
        return is_indicator_acronym(t) or is_device_acronym(t) or self.key(k + 1) in _PRODUCT_NOUNS or programme

    def _designation(self, a: int, b: int) -> bool:
        """"the Green Belt": a capitalised phrase after "the" that the recogniser alone reads as a place, headed by
        no geographic word (sea, valley, region ...; lexicons place_features and place_words): a designation of
        land or policy, not a place name. A phrase opening with a particle ("the El Nino pattern") is a name."""
        if b - a < 2 or self.key(a - 1) != "the" or self.key(a) in _NAME_PARTICLES:  # "the El Nino pattern"
            return False
        head = self.key(b - 1)
        return head not in _PLACE_FEATURES and head not in _PLACE_WORDS

    def _with_particles(self, a: int, b: int, typ: str) -> int:
        """"Viña" read as a place before "del Mar", "Rio Grande" before "do Sul", "Banco" before "do Brasil": a place's
        or a body's name goes on over a particle and a capitalised word."""
        while typ in ("GPE", "ORG") and self.key(b) in _NAME_PARTICLES and b + 1 < len(self.tokens) \
                and _is_cap_word(self.tok(b + 1)) and self.covered[b + 1] is None:
            b += 2
        return b

    def _compass_after_particle(self, b: int) -> bool:
        """A particle and a compass word in another language follow token ``b`` ("do Sul", "del Norte")."""
        return self.key(b) in _NAME_PARTICLES and b + 1 < len(self.tokens) and _is_cap_word(self.tok(b + 1)) \
            and self.key(b + 1) in lexicon("native_compass_words") and self.covered[b + 1] is None

    def _common_head(self, a: int, b: int) -> bool:
        """A capitalised phrase headed by a common noun, not an organisation: a title in the plural ("the Special
        Representatives") or a rate, tax or index an institution sets ("Bank Rate", "Council Tax")."""
        of = next((k for k in range(a + 1, b - 1) if self.key(k) == "of"), None)
        head = self.key(b - 1) if of is None else self.key(of - 1)  # "Chamber of Commerce": the chamber heads it
        if b - a < 2 or head in ORG_SUFFIXES:
            return False
        return head.rstrip("s") in ROLE_WORDS or head in _COMMON_HEADS

    def _portfolio(self, a: int) -> bool:
        """"Foreign Affairs" in "Minister for Foreign Affairs": the portfolio of a title, not an organisation."""
        if self.key(a - 2) in _EMPLOYER_ROLE_HEADS and self.keys[a] not in lexicon("department_words"):
            return False  # "the chief executive of KiwiRail": the employer, no portfolio
        return self.key(a - 1) in ("of", "for") and self.key(a - 2) in ROLE_HEADS

    def _country_government(self, a: int, b: int) -> bool:
        """"the Government of Kenya": the country acting, named by the gazetteer's entry inside it."""
        return (b - a >= 3 and self.key(a) == "government" and self.key(a + 1) == "of"
                and all(self.covered[k] is not None and self.covered[k][2].type == "GPE" for k in range(a + 2, b)))

    def _unread_given_name(self, a: int, taken: list[bool]) -> bool:
        """A capitalised word nothing explains, one space before a one-word person's name inside a sentence: their
        given name ("beat world number three Marta Kowalczyk")."""
        k = a - 1
        return k > 0 and not taken[k] and self.covered[k] is None and not self.sentence_start(k) \
            and self.tokens[k][1] + 1 == self.tokens[a][0] and _is_name_token(self.tok(k)) \
            and self.keys[k] not in ROLE_WORDS and self.keys[k] not in _NOT_NAMES and self.keys[k] not in stop_words() \
            and self.keys[k] not in _RANKS and self.keys[k] not in _BODY_NAME_WORDS and self.keys[k] not in CUE_FORMS

    def _ordinary_opener(self, a: int, typ: str) -> bool:
        """True for a single word the recogniser read as a name only because it opens a sentence: one the article
        also writes in lower case ("Sea levels rose" beside "sea-level rise"), or a lone person's name that
        appears nowhere else in the article ("Turnout was 64%"), where people are named in full."""
        if not self.sentence_start(a):
            return False
        word = self.tok(a).lower()
        # "Households have ..." beside "household spending": the plural or singular of a lower-case word
        if word in self.lower_words or word.removesuffix("s") in self.lower_words or word + "s" in self.lower_words:
            return True
        return typ == "PERSON" and len(self.positions.get(self.keys[a], ())) == 1

    def resolve(self) -> list[tuple[int, int, str, str]]:
        """Merge rule spans with gazetteer spans; then find later short mentions of new names."""
        chosen: list[tuple[int, int, str, str]] = []
        rule_spans = sorted(dict.fromkeys(self.spans), key=_rule_span_order)
        rule_spans = self._retyped(rule_spans)
        self.terms |= self._counted_acronyms()
        # a term the text defines ("the standing deposit facility (SDF)"), a currency's country code and a
        # dateline's agency are never entities
        taken = [self.words[k] in self.terms for k in range(len(self.tokens))]
        for k in range(len(self.tokens)):
            if self.tok(k + 1) in _CURRENCY_SIGNS and self.adjacent(k) and _is_acronym(self.tok(k)):
                taken[k] = True  # a currency's country code: "US$2.5 billion", "FJ$20 million", "GH¢3,000"
            elif is_currency_code(self.tok(k)) and (self.tok(k + 1)[:1].isdigit() or self.tok(k - 1)[-1:].isdigit()):
                taken[k] = True  # a currency code with its amount: "NOK 1 284", "40 EUR"
            elif is_glued_amount(self.tok(k)):
                taken[k] = True  # a letter symbol written onto its amount: "R86 million", "K500"
            elif is_magnitude_code(self.tok(k), self.text[self.tokens[k][1]:].lstrip()[:3]) or self._alert_level(k):
                taken[k] = True  # "a local magnitude of ML 1.8", "The alert remains at Yellow"
            elif _is_acronym(self.tok(k)) and self.key(k + 1) in _CURRENCY_NOUNS and self.tok(k - 1)[-1:].isalnum() \
                    and (self.tok(k - 1)[-1:].isdigit() or self.key(k - 1) in _AMOUNT_WORDS):
                taken[k] = True  # a country's code naming its currency after an amount: "5 million US dollars",
                # "0.9 US cents"
            elif self._currency_country(k):
                taken[k:self.covered[k][1]] = [True] * (self.covered[k][1] - k)  # "against the US dollar",
                # "the Liberian dollar": the currency, not the country
            elif self._names_a_thing(k) or k in self.categories:
                taken[k] = True  # "the MMR vaccine", "CPIF inflation", "into a Severe Cyclonic Storm"
            elif self.keys[k] in _BENCHMARK_NAMES and not _is_name_token(self.tok(k + 1)) \
                    and not _is_name_token(self.tok(k - 1)):
                taken[k] = True  # "Brent was likely to average $71 a barrel": a traded benchmark's name
        for k in range(len(self.tokens)):
            if self.key(k - 1) in _POSSESSIVES and _is_cap_word(self.tok(k)) and self.covered[k] is None:
                end = self._capitalised_run_end(k)
                if self.key(end - 1) in _DOCUMENT_NOUNS:  # "our Business Survey": a publication, not a body
                    taken[k:end] = [True] * (end - k)
                elif " ".join(self.keys[k:end]) in _DIPLOMATIC_POSTS:  # "our High Commission in Colombo", "its
                    taken[k:end] = [True] * (end - k)  # Embassy": a description of the speaker's own post

        for lo, hi in self._series_names():  # "the Labour Force Survey": a statistic, not a body
            for k in range(lo, hi):
                if self.covered[k] is None and not _is_acronym(self.tok(k)):
                    taken[k] = True
        for start, end in _dateline_agencies(self.text):
            for k in range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)):
                taken[k] = True
        # a dateline's place in capitals is a name only when the gazetteer knows it: an unknown one is never
        # read as an organisation or a person ("WIESBADEN –")
        for start, end in _dateline_places(self.text):
            place = range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))
            if all(self.covered[k] is None for k in place):
                for k in place:
                    taken[k] = True
        overridden = self._gazetteer_places_inside_names()
        bodies = [(a, b) for a, b, name, typ in overridden if self._names_body_around((a, b, name, typ))]
        for a, b, name, typ in overridden:
            if typ == "PERSON" and not any(taken[a:b]):  # the whole name before a rule's shorter reading of it
                chosen.append((a, b, name, typ))
                taken[a:b] = [True] * (b - a)
        for a, b, name, typ in rule_spans:
            if any(taken[a:b]) or (typ == "ORG" and self._country_government(a, b)):
                continue
            if typ in ("ORG", "GPE") and any(lo <= a and b <= hi and (lo, hi) != (a, b) for lo, hi in bodies):
                continue  # "Armed Forces" of "Armed Forces of the Philippines": the recognised name is whole
            # a rule span may not cut a gazetteer name in half
            if (self.covered[a] is not None and self.covered[a][0] < a) or (
                self.covered[b - 1] is not None and self.covered[b - 1][1] > b
            ):
                continue
            if typ == "PERSON" and self.covered[a] is not None and self.covered[a][2].type != "PERSON":
                continue
            chosen.append((a, b, name, typ))
            for k in range(a, b):
                taken[k] = True
        for a, b, name, typ in overridden:
            if not any(taken[a:b]):
                chosen.append((a, b, name, typ))
                for k in range(a, b):
                    taken[k] = True
        surnamed = {name.split()[-1]: name for _a, _b, name, typ in chosen if typ == "PERSON" and " " in name}
        for a, b, e in self.gaz_spans:
            if any(taken[a:b]) and any(o[0] <= a and b <= o[1] for o in overridden):
                continue
            if b - a == 1 and e.type in ("GROUP", "ORG") and self.tok(a) in surnamed and not taken[a]:
                # "Wagner" after "Therese Kayikwamba Wagner" is her surname, with her other names before it
                name = surnamed[self.tok(a)]
                while a > 0 and not taken[a - 1] and self.tok(a - 1) in name.split()[:-1]:
                    a -= 1
                chosen.append((a, b, name, "PERSON"))
                for k in range(a, b):
                    taken[k] = True
                continue
            # a known entity inside a new organisation name is kept as well ("Ukraine" in
            # "Ukraine Defense Contact Group"); one overlapped by a person or place is not
            if not any(taken[a:b]) or (
                self.tok(b) == "'s" and any(c[0] <= a and b <= c[1] and c[3] == "ORG" for c in chosen)
            ):
                chosen.append((a, b, e.name, e.type))
            for k in range(a, b):
                taken[k] = True
        self._fill_from_model(chosen, taken)
        self._recurring_bodies(chosen, taken)
        self._coordinated_places(chosen, taken)
        self._styled_names(chosen)
        self._abbreviated_given_names(chosen)
        # "Yang Berhormat Dato" read as a person before "Seri Setia Awang Haji Rizal Azmi ...": styles, no name
        chosen[:] = [c for c in chosen if not (c[3] == "PERSON" and _only_styles(c[2]))]
        for n_, (a, b, name, typ) in enumerate(chosen):
            plain = _recased_surname(_without_style(name)) if typ == "PERSON" else name
            if plain != name:  # "Lyonpo Pema Lhundup", "Datuk Seri Ali Hassan": the style is no part of the name
                chosen[n_] = (a, b, plain, typ)
                self._merge_person(name, plain)
        # "Mr Whelan" after "Mick Whelan": an honorific plus surname is the same person
        surnames: dict[str, str] = {}
        for _start, _end, name, typ in chosen:
            if typ == "PERSON" and len(name.split()) >= 2:
                surnames.setdefault(name.split()[-1], name)
        givens = self._given_names(chosen)
        tails, heads = self._name_parts(chosen), self._name_parts(chosen, leading=True)
        for n_, (a, b, name, typ) in enumerate(chosen):
            if typ != "PERSON":
                continue
            if " " in name:
                full = tails.get(name) or (heads.get(name) if self._titled(a) else None)  # "Al Mazrouei" after
                # "Saeed Rashid Al Mazrouei"; "Minister Sigrún Eva" after "Sigrún Eva Hallgrímsdóttir" (Icelanders
                # are called by their given names, after a title)
            else:
                full = surnames.get(name) or (givens.get(name) if self._titled(a) else None)
            if full:
                chosen[n_] = (a, b, full, typ)
                self._merge_person(name, full)
        for n_, (a, b, _name, typ) in enumerate(chosen):
            place = self._shortened_place(a, b, typ, chosen)
            if place:
                chosen[n_] = (a, b, place, typ)
        # Later mentions of names introduced by a rule or the recogniser: surnames and bare place names.
        local = self._local_names(chosen)
        if local and self._storms_in_capitals(chosen, local):
            local = self._local_names(chosen)
        if local:
            for i, (_s, _e, t) in enumerate(self.tokens):
                if taken[i] or t not in local or _key(t) in _NOT_NAMES:
                    continue
                if _is_name_token(self.tok(i + 1)) and self.covered[i + 1] is None and not taken[i + 1]:
                    continue  # part of a longer, different name
                candidates = local[t]
                before = [c for c in candidates if c[0] < i]
                _, name, typ = before[-1] if before else candidates[0]
                chosen.append((i, i + 1, name, typ))
                taken[i] = True
        chosen.sort(key=lambda s: (s[0], s[1]))
        chosen = [(a, b, self._own_name(a, name) if b - a == 1 else name, typ) for a, b, name, typ in chosen
                  if not self._common_noun(a, b) and not self._names_a_disease(b, typ)]
        chosen = self._places_read_as_people(_people_opening_bodies(self._acronyms_spelled_elsewhere(chosen)))
        chosen = self._bodies_by_first_word(chosen)
        chosen = self._bodies_with_places([self._diplomatic_post(span) for span in chosen])
        return [self._without_country_code(span) for span in chosen]

    def _bodies_by_first_word(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """"Kestrel" after "Kestrel Home Energy Limited": a lone capitalised word, read as anything but a place, that
        opens the name of one company the article names (``_company_called_short``) is that company called short
        (not a word the article also writes in lower case, nor one after a title)."""
        firsts: dict[str, set[str]] = {}
        places = self._place_surfaces(chosen)
        for _a, _b, name, typ in chosen:
            word = self._short_company_word(name, places) if typ == "ORG" else None
            if word is not None:
                firsts.setdefault(word, set()).add(name)
        out = []
        for a, b, name, typ in chosen:
            bodies = firsts.get(self.tok(a), set()) if b - a == 1 and typ in ("PERSON", "ORG") else set()
            if len(bodies) == 1 and name not in bodies and not self._titled(a):
                name, typ = next(iter(bodies)), "ORG"
            out.append((a, b, name, typ))
        return out

    def _place_surfaces(self, chosen: list[tuple[int, int, str, str]]) -> set[str]:
        return {self.surface(a, b) for a, b, _name, typ in chosen if typ in ("GPE", "LOC")}

    def _short_company_word(self, name: str, places: set[str]) -> str | None:
        """The first word a company is called by ("Kestrel" for "Kestrel Home Energy Limited",
        ``_company_called_short``), unless the article writes it in lower case or as a place; else None."""
        word = name.split()[0] if _company_called_short(name) else ""
        if not word[:1].isupper() or word.lower() in self.lower_words or word in places or self._placed_word(word):
            return None
        return word

    def _placed_word(self, word: str) -> bool:
        """The word stands alone after a preposition of place somewhere in the article ("the north of Brno"), or
        closes another capitalised name ("Middle Caicos"): a place, whatever company's name it also opens ("Brno
        Public Transport Company", "Caicos Health Partners")."""
        return any(self.tok(k) == word and ((self.key(k - 1) in _PLACE_PREPOSITIONS
                                             and not _is_name_token(self.tok(k + 1)))
                                            or (_is_name_token(self.tok(k - 1)) and not self.sentence_start(k)))
                   for k in self.positions.get(_key(word), ()))

    def _places_read_as_people(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """"Velika Pisanica" read as a place in one sentence and as a person in another: a name of two words or more
        the article reads as a place is that place wherever no title stands before it."""
        places = {name for _a, _b, name, typ in chosen if typ == "GPE" and " " in name}
        return [(a, b, name, "GPE") if typ == "PERSON" and name in places and not self._titled(a)
                else (a, b, name, typ) for a, b, name, typ in chosen]

    def _bodies_with_places(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A body and the place right after it, read apart, that are one body: a country's post and where it is posted
        ("Embassy of Japan in Laos"), or a body's name ending in its kind before the place it serves ("Airport
        Authority Hong Kong said ...")."""
        out: list[tuple[int, int, str, str]] = []
        for span in chosen:
            if out and span[3] == "GPE" and out[-1][3] == "ORG" and self._place_ends_body(out[-1], span):
                a = out.pop()[0]
                span = (a, span[1], self.surface(a, span[1]), "ORG")
            out.append(span)
        return out

    def _place_ends_body(self, body: tuple[int, int, str, str], place: tuple[int, int, str, str]) -> bool:
        """"Consulate General of India | in | Dubai" (lexicon ``posted_body_heads``); "Airport Authority | Hong Kong",
        then a verb or a stop (lexicon ``placed_body_heads``)."""
        if place[0] == body[1] + 1:
            return self.key(body[1]) == "in" and self._posted_body(body[0], body[1])
        return place[0] == body[1] and self.key(body[1] - 1) in lexicon("placed_body_heads") \
            and (self.tok(place[1])[:1].islower() or self.tok(place[1]) in (",", ".", ";")) \
            and body[2] == self.surface(body[0], body[1])

    def _posted_body(self, a: int, b: int) -> bool:
        """Tokens [a, b) open with a post's head word and go on with "of": "Embassy of Japan", "Consulate General
        of India"."""
        return any(self.key(k) in _POSTED_BODY_HEADS and "of" in (self.key(k + 1), self.key(k + 2))
                   for k in range(a, min(a + 2, b)))

    def _recurring_bodies(self, chosen: list[tuple[int, int, str, str]], taken: list[bool]) -> None:
        """A body's name of several words read once ("Air New Zealand said ...") names the body wherever the text
        writes it again, though the recogniser read only a place inside it there ("An Air New Zealand spokesperson
        said ...": "New Zealand"): one name, one reading in an article."""
        names = {tuple(self.tok(k) for k in range(a, b)): name for a, b, name, typ in chosen
                 if typ == "ORG" and b - a >= MIN_RECURRING_NAME_TOKENS and name == self.surface(a, b)
                 and "-" not in self.words[a:b]}  # ("Nordic-Baltic": a compound, no name of several words)
        for words, name in names.items():
            n = len(words)
            for i in range(len(self.tokens) - n + 1):
                if any(self.tok(i + j) != words[j] for j in range(n)) \
                        or _is_name_token(self.tok(i - 1)) or _is_name_token(self.tok(i + n)):
                    continue
                inside = [span for span in chosen if span[0] < i + n and i < span[1]]
                if any(span[2] == name for span in inside) \
                        or any(span[3] != "GPE" or span[0] < i or span[1] > i + n for span in inside):
                    continue  # the name itself, or a person's or another body's name across it
                if not inside and any(taken[i:i + n]):
                    continue  # a term, a code or a dateline's agency
                for span in inside:
                    chosen.remove(span)
                chosen.append((i, i + n, name, "ORG"))
                taken[i:i + n] = [True] * n

    def _coordinated_places(self, chosen: list[tuple[int, int, str, str]], taken: list[bool]) -> None:
        """Unknown names listed with a place after a place's preposition are places: "in Otago and Southland", "of
        Rajasthan, Gujarat and Maharashtra", "to Northland and Gisborne"; so is a single unknown word the recogniser
        read as an organisation in a list after "in" (not after "to": "exports to China and Huawei")."""
        places = {a: b for a, b, _name, typ in chosen if typ == "GPE"}
        orgs = {a: n for n, (a, b, name, typ) in enumerate(chosen) if typ == "ORG" and b - a == 1
                and name == self.tok(a) and self.covered[a] is None and not _is_acronym(name)}
        for a in sorted(places):
            if self.key(a - 1) not in _LIST_PREPOSITIONS:
                continue
            members, k, closed = [], a, False
            while len(members) < MAX_LISTED_PLACES:
                retype = k in orgs and self.key(a - 1) in _INSIDE_PREPOSITIONS
                end = places.get(k) or (k + 1 if retype else self._unknown_name_end(k, taken))
                if end == k:
                    break
                members.append((k, end))
                if self.key(end) == "and" or (self.tok(end) == "," and self.key(end + 1) == "and"):
                    k, closed = end + (1 if self.key(end) == "and" else 2), True
                elif self.tok(end) == "," and not closed:
                    k = end + 1
                else:
                    break
            if not closed or len(members) < 2 or not self._list_ends(members[-1][1]):
                continue
            for lo, hi in members:
                if lo in orgs:
                    chosen[orgs[lo]] = (lo, hi, self.surface(lo, hi), "GPE")
                elif lo not in places:
                    chosen.append((lo, hi, self.surface(lo, hi), "GPE"))
                    taken[lo:hi] = [True] * (hi - lo)

    def _unknown_name_end(self, k: int, taken: list[bool]) -> int:
        """End of a run of one or two capitalised words from token ``k`` that nothing has named (``k`` if none)."""
        end = k
        while end < len(self.tokens) and end - k < MAX_LISTED_NAME_WORDS and not taken[end] \
                and self.covered[end] is None and _is_name_token(self.tok(end)) and self.key(end) not in ROLE_WORDS \
                and self.key(end) not in _NOT_PLACES and self.key(end) not in ORG_SUFFIXES:
            end += 1
        return end

    def _list_ends(self, k: int) -> bool:
        """Token ``k`` closes a list of names: punctuation, the text's end or a lower-case word."""
        return k >= len(self.tokens) or not self.tok(k)[:1].isalnum() or self.tok(k)[:1].islower()

    @staticmethod
    def _named_before(a: int, name: str, chosen: list[tuple[int, int, str, str]]) -> bool:
        """The person ``name`` is named in full before token ``a``."""
        return any(start < a and full == name and typ == "PERSON" for start, _end, full, typ in chosen)

    def _styled_names(self, chosen: list[tuple[int, int, str, str]]) -> None:
        """"Dato" and "A. Mohd Rashid" read apart in "Dato' Seri Zulkarnain A. Mohd Rashid": a person read as styles
        alone, then capitalised words up to the next person, is one styled name; the person spans all of it (its
        styles are left out after)."""
        ordered = sorted(range(len(chosen)), key=lambda n_: chosen[n_][0])
        for first, second in zip(ordered, ordered[1:]):
            a, b, name, typ = chosen[first]
            c, d, read, other = chosen[second]
            between = [self.tok(k) for k in range(b, c)]
            if typ == other == "PERSON" and _only_styles(name) and len(between) <= MAX_STYLE_GAP_TOKENS \
                    and all(t in ("'", "’") or t[:1].isupper() for t in between):
                whole = self.surface(a, d)
                plain = _without_style(whole)
                start = next((k for k in range(a, d) if self.surface(k, d) == plain), None)
                if start is not None and plain != whole and _only_styles(whole[:len(whole) - len(plain)].strip()):
                    chosen[second] = (start, d, plain, other)
                    self._merge_person(read, plain)
                    self._merge_person(name, plain)  # "Prime Minister" read before the styles is the name's role

    def _abbreviated_given_names(self, chosen: list[tuple[int, int, str, str]]) -> None:
        """"Cristina L. Dela Rosa-Villanueva" read after "Ma.": an abbreviated given name right before a person
        (lexicon ``name_abbreviations``: "Md.", "Mohd.", "Ma.") opens the name; no span is left on it alone."""
        opened = set()
        for n_, (a, b, name, typ) in enumerate(chosen):
            if typ == "PERSON" and a >= 1 and self.key(a - 1) in _NAME_ABBREVIATIONS:
                full = self.surface(a - 1, b)
                chosen[n_] = (a - 1, b, full, typ)
                self._merge_person(name, full)
                opened.add(a - 1)
        chosen[:] = [span for span in chosen if not (span[1] - span[0] == 1 and span[0] in opened)]

    @staticmethod
    def _given_names(chosen: list[tuple[int, int, str, str]]) -> dict[str, str]:
        """Given name (any name word but the last, the surname) -> full name, for the names only one person of the
        article has."""
        found: dict[str, set[str]] = {}
        for _a, _b, name, typ in chosen:
            if typ == "PERSON" and len(name.split()) >= 2:
                for word in name.split()[:-1]:  # "President Lula" of "Luiz Inácio Lula da Silva"
                    if word[:1].isupper() and len(word) > 2:
                        found.setdefault(word, set()).add(name)
        return {given: next(iter(names)) for given, names in found.items() if len(names) == 1}

    @staticmethod
    def _name_parts(chosen: list[tuple[int, int, str, str]], leading: bool = False) -> dict[str, str]:
        """The last (or, ``leading``, the first) two or more words of a longer name -> that name, for the parts only
        one person of the article has: "Al Mazrouei" of "Saeed Rashid Al Mazrouei", "Campos Vargas" of "Andrea
        Campos Vargas"; "Sigrún Eva" of "Sigrún Eva Hallgrímsdóttir"."""
        found: dict[str, set[str]] = {}
        for _a, _b, name, typ in chosen:
            words = name.split()
            if typ == "PERSON":
                for k in range(PERSON_NAME_TOKENS, len(words)):
                    found.setdefault(" ".join(words[:k] if leading else words[-k:]), set()).add(name)
        return {part: next(iter(names)) for part, names in found.items() if len(names) == 1}

    def _titled(self, a: int) -> bool:
        """A title or form of address stands right before token ``a`` ("President Arif", "Ms. Prapai")."""
        before = self.key(a - 1)
        return before in ROLE_WORDS or before in _HONORIFICS or before in _RANKS

    def _merge_person(self, short: str, full: str) -> None:
        """What the article says about ``short`` joins what it says about ``full``, the same person."""
        info = self.people.pop(short, None)
        person = self.people.setdefault(full, PersonInfo(full))
        if info is not None:
            person.gender = person.gender or info.gender
            person.role = person.role or info.role

    def _counted_acronyms(self) -> set[str]:
        """Unknown acronyms the article counts as things: "six PFAS in water", "two HFCs." (a number before, and a
        function word or punctuation after); a body is not counted. "two NHS trusts" counts the trusts."""
        out = set()
        for i, t in enumerate(self.words[: len(self.tokens)]):
            if not (_is_acronym(t) and t.isalpha()) or self.covered[i] is not None or i == 0:
                continue
            before = self.key(i - 1)
            if not (before.isdigit() or before in _NUMBER_WORDS):
                continue
            after = self.tok(i + 1)
            if after == "" or not after[:1].isalnum() or self.key(i + 1) in stop_words():
                out.add(t)
        return out

    def _acronyms_spelled_elsewhere(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """"the MPC" on a page that names the "Monetary Policy Committee" in its heading, without brackets: an
        unknown acronym is the one organisation of the article whose capitalised words it spells."""
        spelled: dict[str, set[str]] = {}
        for a, b, name, typ in chosen:
            if typ == "ORG" and b - a >= 2 and " " in name:
                spelled.setdefault(_initials_of(name), set()).add(name)
        out = []
        for a, b, name, typ in chosen:
            token = self.tok(a)
            if (b - a == 1 and name == token and _is_acronym(token) and token not in self.terms
                    and len(spelled.get(token, ())) == 1):
                name = next(iter(spelled[token]))
            out.append((a, b, name, typ))
        return out

    def _diplomatic_post(self, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """"the Chinese Embassy", "the U.S. Embassy": a country's post named by its demonym or code is the country."""
        a, b, _name, typ = span
        country = self.covered[a]
        if typ != "ORG" or country is None or country[0] != a or country[2].type != "GPE":
            return span
        if tuple(self.keys[country[1] : b]) not in _MISSION_WORDS:
            return span
        return a, b, country[2].name, "GPE"

    def _series_names(self) -> list[tuple[int, int]]:
        """Token ranges of capitalised runs naming a statistical series, survey or index: a head word of
        series_heads with a word of series_topics ("Labour Force Survey", "Harmonised Index of Consumer Prices").
        A run with no topic word ("U.S. Geological Survey", "British Antarctic Survey") may name a body."""
        out: list[tuple[int, int]] = []
        for head in sorted(k for key in _SERIES_HEADS for k in self.positions.get(key, ())):
            if not _is_cap_word(self.tok(head)) or (out and head < out[-1][1]):
                continue
            lo, hi = self._series_run(head)
            if any(self.key(k) in _SERIES_TOPICS for k in range(lo, hi)):
                out.append((lo, hi))
        return out

    def _series_ends_at(self, p: int) -> bool:
        """The capitalised words right before token ``p`` name a statistical series or index."""
        head = p - 1
        if head < 0 or self.key(head) not in _SERIES_HEADS or not _is_cap_word(self.tok(head)):
            return False
        lo, _hi = self._series_run(head)
        return any(self.key(k) in _SERIES_TOPICS for k in range(lo, head))

    def _series_run(self, head: int) -> tuple[int, int]:
        """The capitalised words (joined by "of" or a possessive apostrophe) around token ``head``."""
        lo = head
        while lo > 0 and not self.sentence_start(lo) and (
            _is_cap_word(self.tok(lo - 1))
            or (self.key(lo - 1) in _SERIES_JOINERS and lo > 1 and _is_cap_word(self.tok(lo - 2)))
        ):
            lo -= 1
        while lo < head and self.key(lo) in stop_words():
            lo += 1  # "The Consumer Price Index"
        hi = head + 1
        while hi < len(self.tokens) and (
            _is_cap_word(self.tok(hi)) or (self.key(hi) in _SERIES_JOINERS and _is_cap_word(self.tok(hi + 1)))
        ):
            hi += 1
        return lo, hi

    def _common_noun(self, a: int, b: int) -> bool:
        """"this Budget", "these Rules": one capitalised word after a demonstrative is a common noun; so is a body's
        description ("the Centre", "the Kingdom", "its Member States"), which names no body of its own."""
        if b - a == 1 and a > 0 and self.tok(a - 1).lower() in _DEMONSTRATIVES and not _is_acronym(self.tok(a)):
            return True
        words = " ".join(self.keys[a:b])
        return a > 0 and self.key(a - 1) in _DESCRIBING_DETERMINERS and not _is_acronym(self.tok(a)) \
            and (words in _DESCRIPTION_NOUNS or (b - a == 1 and words in _GROUP_NOUNS))

    def _names_a_disease(self, b: int, typ: str) -> bool:
        """"West Nile virus", "Rift Valley fever", "Lassa fever": a name (a place's, or one the recogniser reads as a
        person's) in front of a disease's head word names the disease."""
        return typ != "EVENT" and self.tok(b) in _DISEASE_HEADS  # lower case: "Lassa fever", not "Fever Hospital"

    def _shortened_place(self, a: int, b: int, typ: str, chosen: list) -> str | None:
        """"the Strip" after "Gaza": one word after "the" that ends a longer name of a place named before it."""
        if b - a != 1 or typ not in ("GPE", "LOC") or self.key(a - 1) != "the":
            return None
        if self.gazetteer.canonical(self.tok(a)) is not None:
            return None  # "the Sudanese army": a listed name of its own
        word = self.tok(a)
        for start, _end, name, kind in reversed(chosen):
            entity = self.gazetteer.canonical(name) if start < a and kind in ("GPE", "LOC") else None
            if entity is not None and any(len(alias.split()) >= 2 and alias.split()[-1] == word
                                          for alias in (entity.name, *entity.aliases)):
                return entity.name
        return None

    def _alert_level(self, k: int) -> bool:
        """Token ``k`` is a colour naming an alert's level, an alert word or "level" shortly before it."""
        return self.key(k) in _ALERT_COLOURS and not _is_cap_word(self.tok(k + 1)) and any(
            self.key(j) in _ALERT_WORDS or self.key(j) == "level" for j in range(max(0, k - ALERT_CONTEXT_TOKENS), k))

    def _own_name(self, a: int, name: str) -> str:
        """The publisher's name for its own acronym, written ("CBS" on the page of "Statistics Netherlands (CBS)",
        even though the gazetteer knows another CBS) or spelled by its initials ("ABS")."""
        token = self.tok(a)
        if _is_acronym(token) and token in self.own_acronyms:
            return self.own_acronyms[token]
        # "ECDC" for the "European Centre for Disease Prevention and Control", unless the text spells the acronym
        # out as something else ("Prime Minister's Official Spokesperson (PMOS)" on the Prime Minister's Office page)
        if _is_acronym(token) and name == token and token not in self.terms:
            shortened = [full for initials, full in self.own_acronyms.items() if _abbreviates(token, initials)]
            if len(shortened) == 1:
                return shortened[0]
        return self.own_acronyms.get(name, name)

    def _without_country_code(self, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """A country's code in front of an organisation's own name is not part of the name: "U.S. Bureau of Labor
        Statistics" is the Bureau of Labor Statistics. A demonym ("Lebanese Armed Forces") or a name of one or two
        words after the code ("U.S. Army", "U.S. Geological Survey") stays as written."""
        a, b, name, typ = span
        code = self.covered[a]
        if (
            typ != "ORG"
            or name != self.surface(a, b)
            or code is None
            or code[0] != a
            or code[2].type != "GPE"
            or not _is_acronym(self.surface(a, code[1]))
            or b - code[1] < MIN_UNQUALIFIED_WORDS  # "U.S. Geological Survey": "Geological Survey" names nobody
            or not _is_cap_word(self.tok(code[1]))  # "U.S.-Japan Alliance"
        ):
            return span
        return a, b, self.surface(code[1], b), typ


_STYLES = tuple(sorted(lexicon_entries("name_styles"), key=len, reverse=True))
MAX_STYLE_GAP_TOKENS = 3  # "Dato" ' "Seri Zulkarnain" before "A. Mohd Rashid": an apostrophe, a style, a given name


MIN_SHOUTED_SURNAME_LETTERS = 3  # "TAKAMURA", not a two-letter acronym ("HK Daugava Riga")


_PLACE_PREPOSITIONS = frozenset("in at near from across around outside to of".split())
MIN_SHORTENED_BODY_WORDS = 3  # "Kestrel Home Energy Limited", called "Kestrel"; not "Acme Bank", called "Acme"
_COMPANY_FORM_WORDS = lexicon("legal_forms") | {"partners", "holdings", "group", "limited", "company", "corporation"}


def _company_called_short(name: str) -> bool:
    """"Kestrel Home Energy Limited": a company's name of three words or more ending in its form, which the text may
    shorten to its first word ("Kestrel"); an institution ("National Bank of Rwanda") is never called so."""
    words = name.split()
    return len(words) >= MIN_SHORTENED_BODY_WORDS and words[-1].lower() in _COMPANY_FORM_WORDS


def _people_opening_bodies(chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"Santa Cruz Alumina" read as a person where the article names "Santa Cruz Alumina Partners": a person's name
    of two words or more that opens the name of one company the article names, before only the words of its form
    ("Partners", "Holdings", "Ltd"), is that company, called short."""
    bodies = {name for _a, _b, name, typ in chosen if typ == "ORG"}
    opened: dict[str, set[str]] = {}
    for body in bodies:
        words = body.split()
        for k in range(PERSON_NAME_TOKENS, len(words)):
            if all(word.lower() in _COMPANY_FORM_WORDS for word in words[k:]):
                opened.setdefault(" ".join(words[:k]), set()).add(body)
    return [(a, b, next(iter(opened[name])), "ORG") if typ == "PERSON" and len(opened.get(name, ())) == 1
            else (a, b, name, typ) for a, b, name, typ in chosen]


def _recased_surname(name: str) -> str:
    """"TAKAMURA Shinji" -> "Takamura Shinji": a surname a protocol office prints in capitals beside a given name in
    ordinary case is that name, in ordinary case."""
    words = name.split()
    shouted = [w for w in words if w.isupper() and w.isalpha() and len(w) >= MIN_SHOUTED_SURNAME_LETTERS]
    if not shouted or len(shouted) == len(words) or not any(w[:1].isupper() and not w.isupper() for w in words):
        return name
    return " ".join(w.title() if w in shouted else w for w in words)


def _only_styles(name: str) -> bool:
    """True for a run of styles of address and nothing else ("Yang Berhormat Dato")."""
    rest = name.strip()
    while rest:
        style = next((style for style in _STYLES if rest == style or rest.startswith(style + " ")), None)
        if style is None:
            return False
        rest = rest[len(style):].lstrip()
    return True


def _without_style(name: str) -> str:
    """A person's name without the styles written before it (lexicon ``name_styles``, as written), when a given
    name and a surname remain."""
    for style in _STYLES:
        rest = name[len(style):].lstrip()
        if name.startswith(style + " ") and len(rest.split()) >= 2:
            return _without_style(rest)
    return name


_DESCRIBING_DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "this", "that", "these", "those"})
# a body's description, capitalised as its own pages write it: "the Centre", "the Kingdom", "its Member States"
_DESCRIPTION_NOUNS = frozenset({"centre", "center", "kingdom", "republic", "state", "states", "member states",
                                "member state", "organisation", "organization", "institute", "institution"})
_GROUP_NOUNS = lexicon("group_organisations")
