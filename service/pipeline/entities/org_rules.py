"""Organisations, agreements, ships and acronyms."""

from __future__ import annotations

import re

from ..issuer import institution_vocabulary
from ..language import lexicon, lexicon_pairs, stop_words, unaccented
from .names import MAX_BRACKETED_NAME_TOKENS, _initials_of
from .tokens import _is_acronym
from .vocab import (
    MAX_CLUB_NAME_WORDS, MAX_PLACE_BEFORE_PORTFOLIO, MAX_PORTFOLIO_LIST_TOKENS, MAX_PORTFOLIO_PHRASE_TOKENS,
    CUE_FORMS, MAX_SHIP_NAME_WORDS, ORG_SUFFIXES, POST_NOMINALS,
    ROLE_HEADS, ROLE_WORDS, _ACRONYM_CONNECTORS, _AGENCY_WORDS, _AGREEMENT_HEADS, _AGREEMENT_JOINERS, _BODY_NAME_WORDS,
    _BODY_NOUNS, _CLUB_PREFIXES, _COMMON_HEADS, _DEPARTMENT_WORDS, _FACILITY_HEADS, _GENERIC_BODIES, _GENERIC_ORG_WORDS,
    _GOVERNMENT_TITLES, _HONORIFICS, _LEGAL_FORM_RE, _NAME_JOINERS, _NOT_ACRONYM_ORGS, _NOT_NAMES, _ORDINAL_RE,
    _ORG_DESCRIPTORS, _ORG_PREFIXES, _POSTED_BODY_HEADS, _RANKS, _PROGRAMME_WORDS, _SHIP_PREFIXES, _is_cap_word,
    _is_name_token,
)

# "d'", "l'": the elided article before a name's word ("Société d'Exploitation du Téléphérique d'Antananarivo")
_ELIDED_ARTICLES = frozenset({"d", "l", "'", "’"})


# joiners after which a body's name goes on with "the" ("Office for the Coordination of ...")
_THE_JOINERS = frozenset(("for", "of", "on"))
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_LEGAL_FORM_WORDS = lexicon("legal_forms") | lexicon("leading_legal_forms")  # "Ltd", "JSC", "PT"
MAX_BODY_DESCRIPTION_TOKENS = 9  # "the country's largest money transfer operator": a description between commas
MAX_DESCRIBED_NAME_TOKENS = 4
MIN_APPOSITIVE_ACRONYM = 3  # "COCOBOD", "ELSTAT": a body's short name between commas after its full name
_LIST_CONTINUATIONS = frozenset(["and", "or", "the", "a", "an", "nor"])  # "the EU, NATO, and the UN": a list
MAX_SENDER_WORDS = 4  # "of the United Arab Emirates": the sending state between a posted body's head and "to"
# nouns that name a company or body and never a person's trade ("producer", "developer" may be a person's)
_DESCRIBED_BODY_NOUNS = _ORG_DESCRIPTORS - lexicon("person_trades")
_CURRENCY_SYMBOL_WORDS = frozenset(lexicon_pairs("currency_symbols"))  # "Rs", "KSh": an amount's sign, no body's name
_PERSON_DESCRIPTION_JOINERS = frozenset("of at for with in who".split())  # "the owner of a small firm"
MIN_NATIVE_INITIALS = 3  # "DPMB": an acronym of this many letters may spell every word of a native name
MIN_APPOSITIVE_BODY_WORDS = 2  # "the Bruhat Bengaluru Mahanagara Palike": a body's name in apposition
MAX_LEGAL_FORM_TOKENS = 2  # "Pty Ltd", "Co., Ltd": a legal form may take the run's last two words
MAX_ACRONYM_NAME_WORDS = 3  # "DNB Markets", "KPMG Law Firm": an acronym opening a name the recogniser reads whole


MIN_TITLED_NAME_TOKENS = 2  # "Huda Al-Mutairi" before "of": a given name and a surname


MAX_ACRONYM_PART = 4  # letters one word may give an acronym: "CAFE" of "Café" in "IHCAFE"


# Norwegian and Estonian "AS" ("Nordstraum Havbruk AS"): a legal form only in capitals, "as" being an English word
_CAPITALS_FORM_RE = re.compile(r"AS(?![\w/])")
MAX_NATIVE_NAME_TOKENS = 8
MIN_NATIVE_NAME_TOKENS = 3
MAX_PLACE_NAME_TOKENS = 4  # "Czech Republic", "Le Robert", "Santa Cruz de Tenerife"
MAX_GOVERNMENT_MODIFIERS = 2  # "County Government of Mombasa", "Metropolitan Police of ..."
MAX_STATE_NAME_TOKENS = 5  # "Lao People's Democratic Republic"
_STATE_HEADS = frozenset({"republic", "kingdom", "federation", "principality", "emirates", "sultanate"})
_BODY_HEADS_AFTER_MODIFIERS = frozenset({"government", "police"})  # not "Bokeo Province of the Lao PDR"


def native_institution_words() -> frozenset[str]:
    return lexicon("native_institution_words")


# Particles that join the words of a name in a Romance language ("Banco de Cabo Verde", "Banque de France", "Instituto
# Brasileiro de Geografia e Estatística"); the English ones are ``_NAME_JOINERS``. An article may follow ("Banco de la
# República", "des Etats de l'Afrique"), and "d" and "l" take an apostrophe ("Banca d'Italia").
_ROMANCE_JOINERS = frozenset({"de", "du", "des", "del", "do", "da", "dos", "das", "di", "della", "d", "e", "y", "et"})
_ROMANCE_ANDS = frozenset({"e", "y", "et"})
_ROMANCE_ARTICLES = frozenset({"la", "le", "les", "los", "las", "l"})
_APOSTROPHES = frozenset("'’")
# the small words inside an institution's name in a Romance language, written in lower case ("Agence pour le
# développement de l'emploi", "Caisse nationale de santé")
_NATIVE_NAME_PARTICLES = _ROMANCE_JOINERS | _ROMANCE_ARTICLES | frozenset(
    {"pour", "para", "per", "à", "au", "aux", "en"})
_AUXILIARY_WORDS = frozenset({"has", "have", "had", "is", "was", "will", "would", "says", "said"})


# first parts of hyphenated words that make no name ("Pro-Russia", "Anti-Japan", "Sino-Korean")
_HYPHEN_PREFIXES = frozenset("pro anti sino indo euro afro franco anglo russo trans pan inter post pre non ex mid "
                             "north south east west central".split())


MAX_TRANSLATED_NAME_TOKENS = 14  # "Multisectoral Committee for the National Study of the El Niño Phenomenon"

class _OrganisationRules:
    """Rules of ``_Scanner`` (see ``scanner.py``): organisations, agreements, ships and acronyms."""

    def capitalised_org(self, a: int, b: int) -> str | None:
        """First run of capitalised words after at/for/of inside [a, b): an employer."""
        for k in range(a, b - 1):
            if self.key(k) in ("at", "for", "of") and _is_cap_word(self.tok(k + 1)):
                m = k + 1
                while m < b and (
                    _is_cap_word(self.tok(m))
                    or (self.key(m) in ("of", "for", "and", "&") and _is_cap_word(self.tok(m + 1)))
                ):
                    m += 1
                return self.surface(k + 1, m)
        return None

    def organisations(self) -> None:
        """Organisation names from capitalisation and context.

        "Acme Bank", "Ministry of Health", "Royal Bank of Canada", "Rapid Support Forces (RSF)",
        "consultancy Atlas Intel", "Statistics Canada", and unknown acronyms such as "INDEC".
        """
        n = len(self.tokens)
        i = 0
        for start in self.capitalised:
            if start < i:
                continue
            i = start
            t = self.tok(i)
            if not _is_cap_word(t):
                continue
            j = self._capitalised_run_end(i)
            if self.key(i) in _NOT_NAMES and self.key(i) != "the" and not self._model_org_opens(i, j) \
                    and not self._agency_of_a_place(i, j):
                # "the Central Election Commission": such a word opens a name after "the" inside a sentence
                if self.key(i - 1) != "the" or self.sentence_start(i) or not self._org_end(i, j):
                    continue
            a = i + 1 if self.key(i) == "the" else i
            if self.key(a) in stop_words() and self.key(a + 1) == "the" and self.sentence_start(a):
                a += 2  # "Through the Renewable Energy ... Programme,": a preposition opening the sentence
            # "Malawi's Ministry of Health", "NASA's Kennedy Space Center": the country or organisation owns the
            # body, it is not part of its name
            if (
                self.covered[a] is not None
                and self.covered[a][2].type in ("GPE", "ORG")
                and self.tok(self.covered[a][1]) == "'s"
            ):
                a = self.covered[a][1] + 1
            else:  # ("The Kurdistan Region's Civil Defence Directorate": a place the recogniser reads owns it)
                a = next((mb + 1 for ma, mb, typ in self.model_spans
                          if ma == a and typ == "GPE" and mb < j and self.tok(mb) == "'s"), a)
                if a + 2 < j and self.key(a + 1) == "'s" and self._owner_of_body(a + 1):
                    a += 2  # "Mendoza's Directorate of Agriculture": a place no list holds owns it
            owner = self._owning_body_end(a, j)
            if owner is not None:
                # "Bank of Thailand's Monetary Policy Committee": the bank owns the committee, two organisations
                if not all(self.covered[k] is not None for k in range(a, owner)):
                    self.spans.append((a, owner, self.surface(a, owner), "ORG"))
                i = owner + 1
                continue
            legal = self._legal_form_in(a, j)
            if legal is not None:
                name_start, name_end, form_end = legal
                if not all(self.covered[k] is not None for k in range(name_start, name_end)):
                    self.spans.append((name_start, form_end, self.surface(name_start, name_end), "ORG"))
                i = max(j, form_end)
                continue
            end = self._org_end(a, j)
            if end and self._title_portfolio(a, j):
                end = None  # "Saudi Energy Minister": a country and a portfolio in front of a title, no organisation
            place_end = self._place_before_portfolio(a, j) if end or self.key(j) in _GOVERNMENT_TITLES else None
            if place_end:
                self.spans.append((a, place_end, self.surface(a, place_end), "GPE"))
                end = None  # "Tamil Nadu Industries Minister": a state and a portfolio before a title
            if end and end < j and self.key(j - 1) in _COMMON_HEADS:
                end = None  # "the Central Bank Rate": a rate the bank sets, not the bank
            if end and self.key(a) in ROLE_HEADS and self.key(a + 1) in ("of", "for"):
                end = None  # "Minister of Water Resources": a title and its portfolio, no organisation
            if end and self._described_office(a, end):
                end = None  # "the Programme Office implemented ...": a kind of office, named elsewhere
            if end:
                a = self._body_after_titled_person(a, end)
            split = self._model_split(a, end) if end else None
            if split is not None:
                # "Fast Retailing and SoftBank Group": two organisations the recogniser reads apart
                self.spans.extend([(a, split, self.surface(a, split), "ORG"),
                                   (split + 1, end, self.surface(split + 1, end), "ORG")])
                i = j
                continue
            hyphens = self._hyphens(a, j)
            if end:
                if a > 0 and _ORDINAL_RE.fullmatch(self.tok(a - 1)):
                    a -= 1  # "3rd Infantry Division", "41st Field Artillery Brigade": the number names the unit
                if not all(self.covered[k] is not None for k in range(a, end)):
                    self.spans.append((a, end, self.surface(a, end), "ORG"))
                    self._acronym_after(a, end)
            elif self._portfolio_department(a, j):
                self.spans.append((a, j, self.surface(a, j), "ORG"))
            elif 2 <= j - a <= 3 + 2 * hyphens and (
                    not self.sentence_start(a) or self.key(a) in _AGENCY_WORDS
                    or self._agency_of_a_place(a, j) or hyphens):  # "Public Health Wales says ..."
                # a known country next to another capitalised word names something else: "Statistics Canada"
                ends_known = (
                    self.covered[j - 1] is not None
                    and self.covered[j - 1][2].type == "GPE"
                    and self.covered[j - 1][0] > a
                )
                starts_known = (
                    self.covered[a] is not None and self.covered[a][2].type == "GPE" and self.covered[a][1] < j
                )
                others = [k for k in range(a, j) if self.covered[k] is None]
                # "Météo-France", "Energo-Pro Georgia": a name joined by a hyphen to the country it serves (not
                # "Pro-Russia", "Franco-German": a prefix of a word)
                others = [k for k in others if not self._joining_hyphen(k)]
                if (
                    (ends_known or starts_known)
                    and others
                    and not (hyphens and (self.key(a) in _HYPHEN_PREFIXES or self.covered[a] is not None))
                    and not (hyphens and self.key(j) in lexicon("link_nouns"))
                    # "Health New Zealand": a portfolio word may name an agency
                    and all(_is_name_token(self.tok(k))
                            and (self.key(k) not in ROLE_WORDS or self.key(k) in _AGENCY_WORDS
                                 or self._agency_of_a_place(a, j)) for k in others)
                    and self.tok(j) != "'s"
                    and self.key(j) not in ROLE_WORDS
                ):
                    self.spans.append((a, j, self.surface(a, j), "ORG"))
            i = j
        for i in self.capitalised:
            k = self.key(i - 1)  # "" before the first token: an acronym may open the text ("IFA President ...")
            # "consultancy Atlas Intel", "state broadcaster ERT", "oil company NNPC"
            if (
                k in _ORG_DESCRIPTORS
                and not _is_cap_word(self.tok(i - 1))
                and _is_cap_word(self.tok(i))
                and self.covered[i] is None
                and self.tok(i) not in _CURRENCY_SYMBOL_WORDS  # "fined the utility Rs 50 million": an amount
            ):
                end = i
                while (
                    end < n
                    and end - i < 3
                    and (_is_name_token(self.tok(end)) or _is_acronym(self.tok(end)))
                    and self.covered[end] is None
                ):
                    end += 1
                if end > i and self.key(end) not in ROLE_WORDS:
                    self.spans.append((i, end, self.surface(i, end), "ORG"))
            # "the Aslef union", "the Wagner group": a name before a lower-case organisation noun
            if (
                k == "the"
                and _is_cap_word(self.tok(i))
                and self.covered[i] is None
                and self.key(i + 1) in _ORG_DESCRIPTORS
                and not _is_cap_word(self.tok(i + 1))
                and self.key(i) not in _NOT_NAMES
            ):
                self.spans.append((i, i + 1, self.tok(i), "ORG"))
            # an unknown acronym inside a sentence: "INDEC said", "The NNPC did not respond"
            t = self.tok(i)
            if (
                _is_acronym(t)
                and t.isalpha()
                and 2 <= len(t) <= 6
                and self.covered[i] is None
                and (not self.sentence_start(i) or self._acronym_opens_sentence(i))
                and not _is_acronym(self.tok(i - 1))
                and not _is_acronym(self.tok(i + 1))
                and t not in _NOT_ACRONYM_ORGS
                and not (self.tok(i + 1) == "-" and self.adjacent(i))
                and not (self.tok(i - 1) == "-" and self.adjacent(i - 1))
                and not self._model_org_opens(i, i + MAX_ACRONYM_NAME_WORDS)
                and not self._shouted_surname(i)
                and not self._post_nominal(i)
                and not self._legal_form_after_name(i)
            ):
                if self._institution_word_before(i):  # "Stats NZ said", "Statistics SA": the body's whole name
                    self.spans.append((i - 1, i + 1, self.surface(i - 1, i + 1), "ORG"))
                else:
                    self.spans.append((i, i + 1, self.acronyms.get(t, t), "ORG"))

    def _legal_form_after_name(self, i: int) -> bool:
        """"Agricultural Reinsurance JSC", "Tavan Tolgoi LLC": a legal form closing a company's capitalised name is
        no body of its own (lexicons ``legal_forms``, ``leading_legal_forms``)."""
        return self.key(i) in _LEGAL_FORM_WORDS and _is_cap_word(self.tok(i - 1)) and not self.sentence_start(i)

    def _post_nominal(self, i: int) -> bool:
        """"Euan Macallister KC", "Ana Ruiz TD": letters after a capitalised name (lexicon ``post_nominals``) are the
        person's honours or office, no organisation."""
        return self.key(i) in POST_NOMINALS and i > 0 and _is_cap_word(self.tok(i - 1)) \
            and not _is_acronym(self.tok(i - 1))

    def _institution_word_before(self, i: int) -> bool:
        """A capitalised institution word right before an acronym ("Stats NZ", "Statistics SA"): one name, whose
        acronym part alone would read as the place it abbreviates."""
        return i > 0 and self.covered[i - 1] is None and _is_cap_word(self.tok(i - 1)) \
            and not _is_acronym(self.tok(i - 1)) and self.key(i - 1) in lexicon("institution_words")

    def _shouted_surname(self, i: int) -> bool:
        """"Mr. HARUNO Kenji": a word in capitals after a form of address and before a given name in ordinary case
        is a surname printed in capitals, no acronym."""
        before = self.key(i - 2) if self.tok(i - 1) == "." else self.key(i - 1)
        after = self.tok(i + 1)
        return before.rstrip(".") in _HONORIFICS and _is_cap_word(after) and not after.isupper() \
            and self.key(i + 1) not in _NOT_NAMES

    def appositive_bodies(self) -> None:
        """"Bengaluru's civic body, the Bruhat Bengaluru Mahanagara Palike, reported ...": capitalised words (a known
        one-word place among them) in apposition to a lower-case noun for a body, between commas, name that body."""
        for c in self.at(frozenset(",")):
            if self.key(c - 1) not in _BODY_NOUNS or _is_cap_word(self.tok(c - 1)) or self.key(c + 1) != "the":
                continue
            end = self._capitalised_run_end(c + 2) if _is_cap_word(self.tok(c + 2)) else c + 2
            words = range(c + 2, end)
            if end - (c + 2) < MIN_APPOSITIVE_BODY_WORDS or self.tok(end) not in (",", "(", ".") \
                    or all(self.covered[k] is not None for k in words) \
                    or any(self.covered[k] is not None and self.covered[k][2].type != "GPE" for k in words):
                continue
            self.spans.append((c + 2, end, self.surface(c + 2, end), "ORG"))
        for c in self.at(frozenset(",")):
            start = self._described_body_start(c)
            if start is not None:  # "Somon Remit, the country's largest money transfer operator, said ..."
                self.spans.append((start, c, self.surface(start, c), "ORG"))

    def _described_body_start(self, c: int) -> int | None:
        """Where a name opens that the comma at ``c`` sets in apposition to a description ending in a noun for a
        company or body ("the country's largest money transfer operator,", "a Dushanbe-based lender,"): one to four
        capitalised words, not a known place or body; None when there is none."""
        if self.key(c + 1) not in ("the", "a", "an"):
            return None
        close = next((k for k in range(c + 2, min(c + 2 + MAX_BODY_DESCRIPTION_TOKENS, len(self.tokens)))
                      if self.tok(k) in (",", ".", ";")), None)
        if close is None or self.tok(close) != ",":
            return None
        # ("the research fund financed by growers and juice makers,": the noun before the participle heads it)
        head = next((k for k in range(c + 3, close) if self.tok(k).islower() and self.tok(k).endswith("ed")), close)
        if self.key(head - 1) not in _DESCRIBED_BODY_NOUNS or _is_cap_word(self.tok(head - 1)) \
                or any(self.key(k) in _PERSON_DESCRIPTION_JOINERS for k in range(c + 2, head)):
            return None
        start = c
        while start > 0 and c - start < MAX_DESCRIBED_NAME_TOKENS and _is_name_token(self.tok(start - 1)) \
                and self.key(start - 1) not in ROLE_WORDS and self.key(start - 1) not in _NOT_NAMES:
            start -= 1
            if start > 1 and self.tok(start - 1) == "-" and self.adjacent(start - 2) and self.adjacent(start - 1) \
                    and _is_cap_word(self.tok(start - 2)):
                start -= 2  # "K-Electric, the city's power utility,": a hyphenated name is one word
        if start == c or not (self.sentence_start(start) or not _is_cap_word(self.tok(start - 1))) \
                or any(self.covered[k] is not None and self.covered[k][2].type != "PERSON" for k in range(start, c)):
            return None
        return start

    def _portfolio_department(self, a: int, j: int) -> bool:
        """"Environment and Climate Change Canada": portfolios joined by "and" before the country's name are one
        department, not the country (a portfolio word of department_words, the rest capitalised names)."""
        last = self.covered[j - 1]
        if j - a < 4 or last is None or last[2].type != "GPE" or last[1] != j or last[0] - a < 3:
            return False
        words = range(a, last[0])
        if "and" not in {self.key(k) for k in words} or self.key(last[0] - 1) == "and":
            return False
        return (any(self.key(k) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(k)) for k in words)
                and all(self.key(k) in ("and", ",") or (_is_name_token(self.tok(k)) and self.covered[k] is None
                                                       and self.key(k) not in ROLE_HEADS) for k in words))

    def agreements(self) -> None:
        """Named agreements: capitalised words before an agreement's head word ("Reciprocal Access Agreement",
        "Status of Visiting Forces Agreement", "Indonesia-Australia Comprehensive Economic Partnership Agreement") or
        after it with "of" or "on" ("Treaty of Asunción") name one instrument; the places inside the name are not
        entities of their own."""
        for h in self.at(_AGREEMENT_HEADS):
            if not _is_cap_word(self.tok(h)):
                continue
            a, b = self._agreement_start(h), self._agreement_end(h)
            if a < h or b > h + 1:
                self.spans.append((a, b, self.surface(a, b), "EVENT"))

    def _agreement_end(self, h: int) -> int:
        """End of the name that goes on after the head word ``h`` with "of" or "on" ("Treaty of Asunción",
        "Convention on Biological Diversity", "Convention on the Rights of the Child"); ``h + 1`` when none does."""
        if self.key(h + 1) not in ("of", "on"):
            return h + 1
        end, k = h + 1, h + 1
        while k < len(self.tokens):
            if _is_cap_word(self.tok(k)) and self.key(k) not in stop_words():
                k += 1
                end = k
            elif self.key(k) in _AGREEMENT_JOINERS or (self.key(k) == "the" and self.key(k - 1) in _AGREEMENT_JOINERS):
                k += 1
            else:
                break
        return end

    def _agreement_start(self, h: int) -> int:
        """First token of the name whose head word is token ``h`` (``h`` itself when no name word precedes it)."""
        a = h
        while a > 0 and not self.sentence_start(a):
            p = a - 1
            word, key = self.tok(p), self.key(p)
            if _is_cap_word(word) and key not in stop_words() and key not in _NOT_NAMES and key not in ROLE_HEADS:
                a = p
            elif word == "-" and p > 0 and self.adjacent(p - 1) and self.adjacent(p) and _is_cap_word(self.tok(p - 1)):
                a = p
            elif key in _AGREEMENT_JOINERS and p > 0 and _is_cap_word(self.tok(p - 1)):
                a = p
            else:
                break
        while a < h and (self.key(a) in _AGREEMENT_JOINERS or self.tok(a) == "-"):
            a += 1
        return a

    def ships(self) -> None:
        """"USS Harry S. Truman": a ship's prefix and the name after it are one name."""
        for i in self.at(frozenset(p.lower() for p in _SHIP_PREFIXES)):
            if self.tok(i) not in _SHIP_PREFIXES:
                continue
            end = i + 1
            while end - i <= MAX_SHIP_NAME_WORDS and _is_name_token(self.tok(end)):
                end += 1  # "HMS Queen Elizabeth": a title word is part of a ship's name
            if end > i + 1:
                self.spans.append((i, end, self.surface(i, end), "WEAPON"))

    def _acronym_opens_sentence(self, i: int) -> bool:
        """"GRCA staff will ...", "IFA President Rachel Kenny said": an acronym opening a sentence that goes on in
        lower case or with a title is a name when it is the publisher's or the article writes it more than once (a
        heading in capitals is neither)."""
        t = self.tok(i)
        if self.tok(i + 1) == "," and self.key(i + 2) in ("which", "whose"):
            return True  # "STASY, which runs the Athens Metro, said ...": a relative clause describes the body
        if not self.tok(i + 1)[:1].islower() and self.key(i + 1) not in ROLE_HEADS:
            return False
        return t in self.own_acronyms or t in self.acronyms or len(self.positions.get(self.keys[i], ())) > 1

    def _hyphens(self, a: int, j: int) -> int:
        """The number of hyphens joining capitalised words in tokens [a, j)."""
        return sum(self._joining_hyphen(k) for k in range(a, j))

    def _joining_hyphen(self, k: int) -> bool:
        """Token ``k`` is a hyphen written between two capitalised words."""
        return self.tok(k) == "-" and self.adjacent(k - 1) and self.adjacent(k) and _is_cap_word(self.tok(k - 1)) \
            and _is_cap_word(self.tok(k + 1))

    def _agency_of_a_place(self, i: int, j: int) -> bool:
        """Tokens [i, j) are two or three words, one of them an agency's word (lexicon ``agency_words``), then a
        known place: "Public Health Wales", an agency named for the place it serves."""
        return 3 <= j - i <= 4 and any(self.key(k) in _AGENCY_WORDS for k in range(i, j - 1)) \
            and self.covered[j - 1] is not None and self.covered[j - 1][2].type == "GPE" \
            and self.covered[j - 1][0] > i

    def _capitalised_run_end(self, i: int) -> int:
        """End token of the run of capitalised words (joined by of, for, and, ...) that starts at token ``i``."""
        n = len(self.tokens)
        j = i + 1
        native = False  # the run holds a name in a Romance language, which no English "and" goes on with
        while j < n:
            tj = self.tok(j)
            if self.key(j) in ROLE_HEADS and j > i + 1 and not self._heads_body(j):
                break  # "Bank of Canada Governor Tiff Macklem": the role starts a new phrase
            if _is_cap_word(tj):
                j += 1
            elif self.key(j) in _NAME_JOINERS and j + 1 < n and _is_cap_word(self.tok(j + 1)) \
                    and not (self.key(j) == "on" and self.key(j + 1) in _NOT_NAMES) \
                    and not (native and self.key(j) in ("and", "&")):  # "Banco de Portugal and Spain"
                j += 1  # not "on Monday", "on July 4": a date after the name
            elif self._native_joint(i, j):
                j += self._native_joint(i, j)  # "Banco de Cabo Verde", "Banque Centrale des Etats de l'Afrique"
                native = True
            elif tj == "," and native and self._native_joint(i, j + 1):
                j += 1  # "Ministère de l'Agriculture, des Pêcheries et de l'Alimentation": its portfolios
            elif self._body_goes_on_with_the(j):
                j += 2 + (not _is_cap_word(self.tok(j + 2)))  # "Association for the 2025 World Exposition"
            elif tj == "-" and self.adjacent(j - 1) and self.adjacent(j) and self.tok(j + 1)[:1].isalpha():
                j += 2  # "Co-operation", "Al-Shabaab"
            elif tj == "\u2013" and self.adjacent(j - 1) and self.adjacent(j) and _is_cap_word(self.tok(j + 1)):
                j += 2  # "Guyana–Brazil Joint Commission": an en dash joins the two parties a body's name pairs
            elif self._posted_to(j):
                j += 2 if self.key(j + 1) == "the" else 1  # "OSCE Mission to Moldova", "Delegation to the AU"
            elif self._plural_possessive(j):
                j += 1  # "Barbados Workers' Union", "Jamaica Teachers' Association"
            elif tj == "," and self._portfolio_list_after(i, j):
                j += 1  # "Ministry of Trade, Industry and Energy": the portfolios of one ministry
            elif tj == "," and self._portfolio_phrases_end(i, j):
                j = self._portfolio_phrases_end(i, j)  # "Ministry of Health, Public Hygiene and Universal Access"
            else:
                break
        return j

    def _posted_to(self, j: int) -> bool:
        """Token ``j`` is the "to" after a posted body's capitalised head, before a capitalised place or body."""
        after = j + 2 if self.key(j + 1) == "the" else j + 1
        if self.key(j) != "to" or after >= len(self.tokens) or not _is_cap_word(self.tok(after)):
            return False
        # "Permanent Mission of Ghana to", "Delegation of the European Union to": the sending state between
        k = j - 1
        while j - k <= MAX_SENDER_WORDS and self.key(k) != "of" and _is_cap_word(self.tok(k)) \
                and self.key(k) not in _POSTED_BODY_HEADS:
            k -= 1
        if self.key(k) == "the":
            k -= 1
        head = k - 1 if self.key(k) == "of" and k < j - 1 else k
        return self.key(head) in _POSTED_BODY_HEADS and _is_cap_word(self.tok(head))

    def _plural_possessive(self, j: int) -> bool:
        """Token ``j`` is the apostrophe of a plural possessive written right after a capitalised plural and followed
        by another capitalised word ("Workers' Union", "Growers' Association"): the name goes on."""
        return (self.tok(j) in ("'", "\u2019") and self.adjacent(j - 1) and self.tok(j - 1).endswith("s")
                and _is_cap_word(self.tok(j - 1)) and j + 1 < len(self.tokens) and _is_cap_word(self.tok(j + 1)))

    def _body_goes_on_with_the(self, j: int) -> bool:
        """A body's word, then "for the", "of the" or "on the" and capitalised words (after a year, perhaps): the
        body's name goes on ("Office for the Coordination of Humanitarian Affairs", "American Association for the
        Advancement of Science", "Organising Committee for the 2028 Olympic Games"), unless the words after "the" end
        in a body's word of their own that the gazetteer does not know ("... Centre for the European Drought
        Observatory": two bodies). After "of the" only a known organisation goes on ("Council of the European Union",
        "Court of Justice of the European Union"); a place or unknown words there name the body's territory or
        parent."""
        if self.key(j) not in _THE_JOINERS or self.key(j + 1) != "the" \
                or (self.key(j - 1) not in ORG_SUFFIXES and self.key(j - 1) not in _POSTED_BODY_HEADS):
            return False  # ("Delegation of the European Union to Georgia": a posted body's head too)
        after = j + 3 if _YEAR_RE.fullmatch(self.tok(j + 2)) else j + 2
        if not _is_cap_word(self.tok(after)) or self.key(after) in stop_words():
            return False
        if self.key(j) == "of" and (self.covered[after] is None or self.covered[after][2].type != "ORG") \
                and not self._formal_state_name(after) and not self._organ_of_a_body(j, after):
            # "Government of the Philippines": "of the" goes on only into a known organisation, or a state's formal
            # name ("Statistical Committee of the Republic of Armenia", "... Directorate of the Czech Republic")
            return False
        last = after
        while _is_cap_word(self.tok(last + 1)) or (self.key(last + 1) in ("of", "and")
                                                   and _is_cap_word(self.tok(last + 2))):
            last += 1
        # "Joint Research Centre for the European Drought Observatory": a body of its own comes after "the"
        return self.key(last) not in ORG_SUFFIXES or self.covered[last] is not None

    def _organ_of_a_body(self, j: int, after: int) -> bool:
        """The words before "of the" at ``j`` end in an organ's name (lexicon ``organ_heads``), and the capitalised
        words from ``after`` end in a body's word: the organ of that body ("General Secretariat of the League of Arab
        States", "Executive Board of the Caribbean Development Bank")."""
        if not any(self._ends_with(j, entry) for entry in lexicon("organ_heads")):
            return False
        last = after
        while _is_cap_word(self.tok(last + 1)) or (self.key(last + 1) in ("of", "and")
                                                   and _is_cap_word(self.tok(last + 2))):
            last += 1 + (not _is_cap_word(self.tok(last + 1)))
        return any(self.key(k) in ORG_SUFFIXES for k in range(after, last + 1))

    def _ends_with(self, j: int, entry: str) -> bool:
        """The tokens before ``j`` are the words of ``entry``."""
        words = entry.split()
        return j >= len(words) and [self.key(j - len(words) + i) for i in range(len(words))] == words

    def _formal_state_name(self, k: int) -> bool:
        """Tokens from ``k`` are a state's formal name: a state's form, "of" and a name ("Republic of Armenia",
        "Kingdom of Tonga"), or a few capitalised words ending in one ("Czech Republic", "Lao People's Democratic
        Republic"; lexicon ``state_forms``)."""
        forms = lexicon("state_forms")
        if self.key(k) in forms and self.key(k + 1) == "of" and _is_cap_word(self.tok(k + 2)):
            return True
        end = k
        while end < len(self.tokens) and end - k < MAX_STATE_NAME_TOKENS and _is_cap_word(self.tok(end)):
            end += 1
        return end - k >= 2 and self.key(end - 1) in _STATE_HEADS

    def _portfolio_list_after(self, i: int, j: int) -> bool:
        """The comma at ``j`` goes on with capitalised portfolio words ending in "and <Portfolio>", after a body's
        word and "of" or "for" in the run that starts at ``i`` ("Ministry of Trade, Industry and Energy")."""
        if not any(self.key(k) in ("of", "for") and self.key(k - 1) in ORG_SUFFIXES for k in range(i + 1, j)):
            return False
        k, joined = j + 1, False
        while k < len(self.tokens) and k - j <= MAX_PORTFOLIO_LIST_TOKENS:
            if self.key(k) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(k)):
                if joined:
                    return True
            elif self.key(k) == "and" and not joined:
                joined = True
            elif self.tok(k) != ",":
                return False
            k += 1
        return False

    def _portfolio_phrases_end(self, i: int, j: int) -> int | None:
        """"Ministry of Health, Public Hygiene and Universal Access to Care said": after the comma, capitalised
        portfolio phrases (joined inside by "to", "of" or "for") up to a last one after "and", then a word in lower
        case or a stop: one ministry's name (its end token, else None). No office ("Labour Minister ...") and no
        second body's word."""
        if not any(self.key(k) in ("of", "for") and self.key(k - 1) in ORG_SUFFIXES for k in range(i + 1, j)):
            return None
        k, joined = j + 1, False
        while k < len(self.tokens) and k - j <= MAX_PORTFOLIO_PHRASE_TOKENS:
            key = self.key(k)
            if key in ROLE_HEADS or key in ORG_SUFFIXES or (self.covered[k] is not None and not self._demonym(k)) \
                    or any(ma == k and typ == "GPE" for ma, _, typ in self.model_spans):
                # ("... and Mauritanians Abroad": a people's name may name a portfolio; ", Luleå, Boden and
                # Skellefteå will need ...": places after the body's name, no portfolio)
                return None
            if _is_cap_word(self.tok(k)):
                k += 1
            elif key in ("to", "of", "for") and k > j + 1 and _is_cap_word(self.tok(k + 1)):
                k += 1
            elif key == "and" and not joined and _is_cap_word(self.tok(k - 1)) and _is_cap_word(self.tok(k + 1)):
                joined, k = True, k + 1
            elif self.tok(k) == "," and not joined and _is_cap_word(self.tok(k + 1)):
                k += 1
            else:
                return k if joined and k > j + 1 and not _is_cap_word(self.tok(k)) else None
        return None

    def _demonym(self, k: int) -> bool:
        """Token ``k`` is a known place's people or adjective ("Mauritanians", "Senegalese"), not its name."""
        span = self.covered[k]
        return span is not None and span[2].type == "GPE" and span[1] - span[0] == 1 \
            and self.tok(span[0]) != span[2].name

    def _model_split(self, a: int, end: int) -> int | None:
        """The "and" of the organisation name [a, end) that the recogniser reads as two organisations' names on each
        side of it, with no "of" or "for" before it ("Fast Retailing and SoftBank Group", not "Department of Health
        and Aged Care"); None otherwise. A name opening with a country or its demonym ("Australian Competition and
        Consumer Commission", "Canadian Radio-television and Telecommunications Commission") is one national body."""
        if self._national_prefix(a):
            return None
        for m in range(a + 1, end - 1):
            if self.key(m) in ("of", "for"):
                return None
            if self.key(m) == "and":
                model = set(self.model_spans)
                if m - a == 1 and not _is_acronym(self.tok(a)) and self.covered[a] is None \
                        and self.key(end - 1) in lexicon("institution_words"):
                    return None  # "Driver and Vehicle Licensing Department": one word, then the rest of one body
                return m if (a, m, "ORG") in model and (m + 1, end, "ORG") in model else None
        return None

    def _model_org_opens(self, i: int, j: int) -> bool:
        """"Southern Cross Telecom", "Eastern Star Mining": a word that names nothing alone (a compass word) opens a
        name of several capitalised words up to token ``j`` that the recogniser reads as one organisation."""
        return _is_cap_word(self.tok(i)) and self.key(i) != "the" and any(
            a == i and typ == "ORG" and i + 2 <= b <= j + 2
            and all(_is_cap_word(self.tok(k)) or self.key(k) in _NAME_JOINERS for k in range(i, b))
            for a, b, typ in self.model_spans)

    def _national_prefix(self, a: int) -> bool:
        """Token ``a`` is a one-word country or demonym of the gazetteer ("Australian", "Korea") that opens a longer
        name, not a code ("U.S.")."""
        place = self.covered[a]
        return (place is not None and place[0] == a and place[1] == a + 1 and place[2].type == "GPE"
                and not _is_acronym(self.tok(a)))

    def _owning_body_end(self, a: int, j: int) -> int | None:
        """The end of an organisation's name before a possessive "'s" inside the capitalised run [a, j) that goes on
        with another capitalised name ("Bank of Thailand's Monetary Policy Committee", "NOAA's Climate Prediction
        Center"), or None ("Prime Minister's Office": no organisation before the possessive)."""
        if self.key(a + 1) == "'s" and _is_acronym(self.tok(a)) and a + 2 < j:
            return a + 1  # "NOAA's Climate Prediction Center"
        for k in range(a + 2, j - 1):
            if self.key(k) == "'s" and _is_cap_word(self.tok(k + 1)) and self._org_end(a, k) == k:
                return k
        return None

    def _heads_body(self, j: int) -> bool:
        """"General" in "Hong Kong General Chamber of Commerce": a title word before a body's head word is part of
        the body's name, not a title."""
        return self.key(j + 1) in ORG_SUFFIXES and _is_cap_word(self.tok(j + 1))

    def _place_before_portfolio(self, a: int, j: int) -> int | None:
        """"Tamil Nadu Industries Minister", "Ontario Finance Minister": unknown name words, then portfolio words,
        right before a title at ``j`` -> the end of the place's words (the place is an entity, the portfolio is part
        of the title). The caller asks only where the words read as a body's name or the title is a government's."""
        if self.key(j) not in ROLE_HEADS:
            return None
        p = j
        while p > a and self.key(p - 1) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(p - 1)):
            p -= 1
        if p == j or p == a or p - a > MAX_PLACE_BEFORE_PORTFOLIO:
            return None
        if all(_is_name_token(self.tok(k)) and self.covered[k] is None and self.key(k) not in _BODY_NAME_WORDS
               and self.key(k) not in ROLE_WORDS for k in range(a, p)):
            return p
        return None

    def _body_after_titled_person(self, a: int, end: int) -> int:
        """Where a body's name starts in "Economist Dr. Huda Al-Mutairi of Kuwait University": after the "of" that
        follows a title and a person's name of two words or more; else ``a``."""
        of = next((k for k in range(a + 1, end) if self.key(k) == "of"), None)
        if of is None or of - a < 1 + MIN_TITLED_NAME_TOKENS or self.key(a) not in ROLE_HEADS | _RANKS:
            return a
        if any(typ == "PERSON" and a < p and q == of for p, q, typ in self.model_spans):
            return of + 1  # the recogniser reads the name before "of" as a person's
        name = range(of - MIN_TITLED_NAME_TOKENS, of)
        if any(not _is_name_token(self.tok(k)) or self.key(k) in ROLE_WORDS or self.key(k) in _DEPARTMENT_WORDS
               or self.key(k) in _BODY_NAME_WORDS for k in name):
            return a
        return of + 1

    def _title_portfolio(self, a: int, j: int) -> bool:
        """True when the capitalised run [a, j) is a place and portfolio words before a title at ``j``."""
        if self.key(j) not in ROLE_HEADS or self.covered[a] is None or self.covered[a][2].type != "GPE":
            return False
        rest = range(self.covered[a][1], j)
        return len(rest) > 0 and all(self.key(k) in _DEPARTMENT_WORDS for k in rest)

    def _legal_form_in(self, a: int, j: int) -> tuple[int, int, int] | None:
        """"Nordhavn Wind A/S", "Acme Foods Inc.": a company's name before a legal form at the end of the run
        [a, j) -> (name start, name end, end of the legal form); the name is the capitalised words before it."""
        for k in range(max(a + 1, j - MAX_LEGAL_FORM_TOKENS), j + 1):
            if k >= len(self.tokens):
                break
            at = self.tokens[k][0]
            m = _LEGAL_FORM_RE.match(self.text, at) or _CAPITALS_FORM_RE.match(self.text, at)
            if m is None or m.group()[0].islower() and m.group() != "plc":
                continue
            form_end = next((t for t in range(k, len(self.tokens)) if self.tokens[t][1] >= m.end()), None)
            if form_end is None or self.tokens[form_end][1] != m.end():
                continue
            start = k
            while start > a and (
                (_is_cap_word(self.tok(start - 1)) and self.key(start - 1) not in _NOT_NAMES)
                or (self.tok(start - 1) == "&" and start - 1 > a and _is_cap_word(self.tok(start - 2)))
                # "Airports of Mauritius Ltd", "Ports of Auckland Ltd": "of" joins the name's words
                or (self.key(start - 1) == "of" and start - 2 == a and _is_cap_word(self.tok(a))
                    and self.key(a) not in ROLE_WORDS)
                or self._model_org_opens(start - 1, k)
            ):
                start -= 1
            if start < k:
                return start, k, form_end + 1
        return None

    def _native_joint(self, i: int, j: int) -> int:
        """How many tokens, from ``j``, join the name of an institution in its own language that the run from ``i``
        holds ("Banque de France", "Instituto Nacional de Estadística") to the capitalised word after them: a
        Romance particle and its article or apostrophe. 0 when none does."""
        if self.key(j) not in _ROMANCE_JOINERS or not any(self.key(k) in native_institution_words()
                                                          for k in range(i, j)):
            return 0
        start, k = j, j + 1
        if self.key(j) in _ROMANCE_ANDS and self.key(k) in _ROMANCE_JOINERS - _ROMANCE_ANDS:
            j, k = k, k + 1  # "... et de l'Alimentation"
        if self.key(j) == "d" or self.key(k) == "l":
            k += self.key(k) == "l"
            if self.tok(k) not in _APOSTROPHES or not self.adjacent(k - 1):
                return 0
            k += 1
        elif self.key(k) in _ROMANCE_ARTICLES:
            k += 1
        return k - start if k < len(self.tokens) and _is_cap_word(self.tok(k)) else 0

    def _org_end(self, a: int, j: int) -> int | None:
        """End token of an organisation name in the capitalised run [a, j), or None."""
        if j - a < 2:
            return None
        if self.key(a) in native_institution_words() and _is_cap_word(self.tok(a)) and any(
                self.key(k) in _ROMANCE_JOINERS for k in range(a + 1, j)):
            return j  # "Banco de Cabo Verde": an institution's word, a particle and what the body serves
        if self.key(a) in _ORG_PREFIXES and self.key(a + 1) in ("of", "for"):
            return j
        place = self.covered[a + 1]
        if self.key(a) in _ORG_PREFIXES and place is not None and place[0] == a + 1 and place[1] == j \
                and place[2].type == "GPE":
            return j  # "Bank Indonesia": a body's head word, then the country it serves
        for k in range(j - 1, a, -1):
            posted = self._posted_to(k + 1)  # "OSCE Mission to Moldova"
            if (self.key(k) in ORG_SUFFIXES or posted) and _is_cap_word(self.tok(k)):  # not "Data-center"
                if k == j - 1 or self.key(k + 1) in ("of", "for") or posted:
                    # "Russian Forces" stays Russia: a known place plus a generic word
                    if (
                        k == j - 1
                        and self.covered[a] is not None
                        and self.covered[a][1] == k
                        and self.key(k) in _GENERIC_ORG_WORDS
                    ):
                        return None
                    return j
                if self.key(k + 1) in _FACILITY_HEADS and _is_cap_word(self.tok(k + 1)):
                    return k + 2  # "Vehicle Assembly Building": the building named after the body's word
                return k + 1
        return None

    def _acronym_after(self, a: int, b: int) -> None:
        """Remember an acronym in brackets after a name ("Rapid Support Forces (RSF)") for later mentions, or a short
        name of one word the text uses again ("National Geology and Mining Service (Sernageomin)", "(Cocobod)")."""
        if self.tok(b) == "(" and self.tok(b + 2) == ")" and (_is_acronym(self.tok(b + 1)) or self._short_name(b + 1)):
            self.acronyms[self.tok(b + 1)] = self.surface(a, b)

    def _described_office(self, a: int, b: int) -> bool:
        """"the Programme Office", "the Project Office": after "the", words for a programme and then a kind of body
        describe a body the text names in full elsewhere."""
        return (b - a >= 2 and self.key(a - 1) == "the" and self.key(b - 1) in _GENERIC_BODIES
                and all(self.key(k) in _PROGRAMME_WORDS for k in range(a, b - 1)))

    def _short_name(self, k: int) -> bool:
        """Token ``k`` is a capitalised word, no listed name nor a date word, that the text writes more than once."""
        word = self.tok(k)
        return (_is_cap_word(word) and word.isalpha() and self.covered[k] is None
                and self.key(k) not in _NOT_NAMES and len(self.positions.get(self.keys[k], ())) > 1)

    def clubs(self) -> None:
        """"HK Daugava Riga beat HK Kurzeme Ventspils": a club's abbreviation (lexicon ``club_prefixes``) and the
        capitalised words after it name one club, known places among them; its first name word alone ("Daugava
        won", "Kurzeme coach") names it later."""
        for i in range(len(self.tokens) - 1):
            if self.tok(i) not in _CLUB_PREFIXES or not _is_cap_word(self.tok(i + 1)) or _is_acronym(self.tok(i + 1)):
                continue
            end = i + 1
            while end < len(self.tokens) and end - i <= MAX_CLUB_NAME_WORDS and _is_cap_word(self.tok(end)) \
                    and self.key(end) not in _NOT_NAMES and self.key(end) not in ROLE_WORDS \
                    and not self.adjacent(end - 1):
                end += 1  # not "HK Chief Executive ...": a title ends the name
            if end == i + 1:
                continue
            self.spans.append((i, end, self.surface(i, end), "ORG"))
            if self.tok(i).isupper():  # ("Maccabi Haifa": the word after a club's word is its city, no short name)
                self.acronyms.setdefault(self.tok(i + 1), self.surface(i, end))

    def native_names_in_lower_case(self) -> None:
        """"The Caisse nationale de santé reports", "The Agence pour le développement de l'emploi (ADEM) reports": a
        capitalised institution word of another language (lexicon ``native_institution_words``), then the lower-case
        words and particles of its name in that language, up to a bracket, a comma or a verb: one organisation."""
        for i in self.at(native_institution_words()):
            if not _is_cap_word(self.tok(i)) or self.covered[i] is not None and self.covered[i][1] - i > 1:
                continue
            j, particles = i + 1, 0
            while j < len(self.tokens) and j - i <= MAX_NATIVE_NAME_TOKENS:
                if self.tok(j) in _APOSTROPHES and self.adjacent(j - 1) and self.key(j - 1) in ("d", "l"):
                    j += 1
                elif self.key(j) in _NATIVE_NAME_PARTICLES:
                    particles += 1
                    j += 1
                elif self.tok(j)[:1].isalpha() and self.key(j) not in stop_words() and self.key(j) not in CUE_FORMS \
                        and self.key(j) not in ROLE_WORDS and (self.tok(j)[:1].islower() or particles):
                    j += 1
                else:
                    break
            while j > i + 1 and (self.key(j - 1) in _NATIVE_NAME_PARTICLES or self.tok(j - 1) in _APOSTROPHES):
                j -= 1
            ends = j < len(self.tokens) and (self.tok(j) in ("(", ",", ".", ";") or self.key(j) in CUE_FORMS
                                             or self.key(j) in _AUXILIARY_WORDS)
            if particles and ends and j - i >= MIN_NATIVE_NAME_TOKENS and any(
                    self.tok(k)[:1].islower() and self.key(k) not in _NATIVE_NAME_PARTICLES for k in range(i + 1, j)):
                self.spans.append((i, j, self.surface(i, j), "ORG"))
                self._acronym_after(i, j)  # "(ADEM)": its short name for later mentions

    def native_names_in_capitals(self) -> None:
        """"The Entidad Binacional Yacyretá has informed us": after "the", a capitalised institution word of another
        language (lexicon ``native_institution_words``) and the capitalised words after it, up to a reporting verb
        or an auxiliary: one organisation, though no word of it ends an English body's name."""
        for i in self.at(native_institution_words()):
            if not _is_cap_word(self.tok(i)) or self.key(i - 1) != "the" or self.covered[i] is not None:
                continue
            j = i + 1
            while j < len(self.tokens) and j - i < MAX_NATIVE_NAME_TOKENS and _is_cap_word(self.tok(j)) \
                    and self.tok(j).isalpha() and (self.covered[j] is None or self.covered[j][2].type == "GPE"):
                j += 1
            if j - i >= MIN_NATIVE_NAME_TOKENS and (self.key(j) in CUE_FORMS or self.key(j) in _AUXILIARY_WORDS):
                self.spans.append((i, j, self.surface(i, j), "ORG"))

    def speaking_local_governments(self) -> None:
        """"The City of Duluth said", "According to the Canton of Bern", "The Police of the Czech Republic reported": a
        body that governs or polices a place (lexicon ``local_government_heads``), named "<Word> of <Place>" as the
        subject of a statement or after "according to", is an organisation, not the place."""
        for i in self.at(lexicon("local_government_heads")):
            if not _is_cap_word(self.tok(i)) or self.key(i + 1) != "of":
                continue
            j = i + 2 + (self.key(i + 2) == "the")
            start = j
            while j < len(self.tokens) and j - start < MAX_PLACE_NAME_TOKENS and _is_cap_word(self.tok(j)):
                j += 1
            if j == start:
                continue
            said = self.key(j) in CUE_FORMS or self.key(j) in _AUXILIARY_WORDS
            cited = self.key(i - 1) == "to" and self.key(i - 2) == "according" or (
                self.key(i - 1) == "the" and self.key(i - 2) == "to" and self.key(i - 3) == "according")
            a = i
            while a > 0 and i - a < MAX_GOVERNMENT_MODIFIERS and _is_cap_word(self.tok(a - 1)) \
                    and self.key(a - 1) not in ("the", "according") and not self.sentence_start(a):
                a -= 1  # "The County Government of Mombasa", "The Regional Government of Maule"
            cited = cited or self.key(a - 1) == "to" and self.key(a - 2) == "according" or (
                self.key(a - 1) == "the" and self.key(a - 2) == "to" and self.key(a - 3) == "according")
            if a < i and self.key(i) not in _BODY_HEADS_AFTER_MODIFIERS:
                continue  # "Bokeo Province of the Lao PDR reported": a place's own name and its country
            if (said or cited) and self.key(a - 1) not in ("and", "&", "of"):  # not "Heads of State and Government"
                self.spans.append((a, j, self.surface(a, j), "ORG"))

    def national_branches(self) -> None:
        """"WWF Greece estimates ...", "according to MSF Belgium": an organisation's acronym and a country's name, as
        the subject of a statement or after "according to", is the organisation's branch in that country, not the
        country."""
        for i in range(len(self.tokens) - 1):
            acronym = self.tok(i)
            if not (_is_acronym(acronym) and acronym.isalpha()) or (
                    self.covered[i] is not None and self.covered[i][2].type == "GPE"):
                continue  # ("UK", "US": a place's own short name)
            place = self.covered[i + 1]
            if place is None or place[0] != i + 1 or place[2].type != "GPE":
                continue
            j = place[1]
            said = self.key(j) in CUE_FORMS or self.key(j) in _AUXILIARY_WORDS
            cited = i >= 2 and self.key(i - 1) == "to" and self.key(i - 2) == "according"
            if (said and self.sentence_start(i)) or cited:
                self.spans.append((i, j, self.surface(i, j), "ORG"))

    def _native_name_start(self, p: int, acronym: str) -> int | None:
        """The first token of a body's name in its own language before the bracket at ``p``, capitalised only at
        its institution word and its place ("Syndicat des praticiens hospitaliers du Togo"), whose initial the
        acronym starts with; None when there is none."""
        k = p - 1
        while k > 0 and p - k <= MAX_NATIVE_NAME_TOKENS and self.tok(k)[:1].isalpha() \
                and not (self.key(k) in native_institution_words() and _is_cap_word(self.tok(k))):
            k -= 1
        if self.key(k) not in native_institution_words() or not _is_cap_word(self.tok(k)) \
                or acronym[0].lower() != self.key(k)[0] or p - k < MIN_NATIVE_NAME_TOKENS:
            return None
        lower = [j for j in range(k + 1, p) if not _is_cap_word(self.tok(j))]
        return k if len(lower) >= MIN_NATIVE_NAME_TOKENS - 1 else None

    def _native_initials_start(self, p: int, acronym: str) -> int | None:
        """The first token of a name in its own language before the bracket at ``p`` whose every word, lower-case
        ones too, gives the acronym a letter ("Dopravní podnik města Brna (DPMB)"): capitalised first, with a
        letter English does not write; None otherwise."""
        k = p - len(acronym)
        if len(acronym) < MIN_NATIVE_INITIALS or k < 0:
            return None
        words = [self.tok(j) for j in range(k, p)]
        if not all(w.isalpha() for w in words) or not _is_cap_word(words[0]) \
                or "".join(w[0] for w in words).lower() != acronym.lower():
            return None
        if not any(w[:1].islower() for w in words) or all(w.isascii() for w in words):
            return None
        return k

    def acronym_definitions(self) -> None:
        """Acronyms defined in brackets after what they stand for, where no organisation rule named it.

        After a name the recogniser found ("Monetary Policy Committee (MPC)"), or after words whose initials
        spell it and whose last word makes an organisation ("Kenya Medical Research Institute (KEMRI)"), the
        acronym names that organisation. After words whose initials spell it but that name no organisation
        ("the standing deposit facility (SDF)", "the Consumer Price Index (CPI)"), it is a term the text defines,
        and none of its mentions is an entity, even one the gazetteer lists under another meaning.
        """
        model_end = {b: a for a, b, typ in self.model_spans if typ in ("ORG", "GPE")}
        for p in self.at(frozenset("(")):
            acronym = self.tok(p + 1)
            if not (_is_acronym(acronym) and acronym.isalpha() and self.tok(p + 2) == ")"):
                continue
            if self._series_ends_at(p) and (p == 0 or self.covered[p - 1] is None):
                self.terms.add(acronym)  # "the Air Quality Health Index (AQHI)": a statistic's short name
                continue
            person_before = p > 0 and self.covered[p - 1] is not None and self.covered[p - 1][2].type == "PERSON" \
                and self.covered[p - 1][1] - self.covered[p - 1][0] == 1  # "Marítimos" read alone as a name
            native = (self._native_name_start(p, acronym) or self._native_initials_start(p, acronym)) \
                if acronym not in self.acronyms else None
            if native is not None:  # "Syndicat des praticiens hospitaliers du Togo (SYNPHOT)": a body in its language
                self.acronyms[acronym] = self.surface(native, p)
                self.spans.append((native, p, self.surface(native, p), "ORG"))
                continue
            if acronym in self.acronyms or (p > 0 and self.covered[p - 1] is not None and not person_before
                                             and not self._company_ending_in_place(p, acronym)):
                continue  # a listed name ("North Atlantic Treaty Organization (NATO)") or one a rule named
            if p in model_end and model_end[p] < p:
                whole = self._spelled_body_before(p, acronym, model_end[p])
                translated = self._translated_body_before(p) if whole is None else None
                if translated is not None and translated < model_end[p]:
                    whole = translated  # "the River Administration of the Lower Danube (AFDJ)", read as its tail
                if whole is not None:  # "National Oil Spill Detection and Response Agency (NOSDRA)", read as two
                    self.spans.append((whole, p, self.surface(whole, p), "ORG"))
                self.acronyms[acronym] = self.surface(model_end[p] if whole is None else whole, p)
                continue
            start = self._spelled_out(p, acronym)
            if start is None and model_end.get(p + 2, p) < p \
                    and all(self.covered[k] is None for k in range(model_end[p + 2], p)):
                # "Pacific Community (SPC": the recogniser's body runs on into the bracket of an acronym that spells
                # none of its words, the body's former name
                self.acronyms[acronym] = self.surface(model_end[p + 2], p)
                self.spans.append((model_end[p + 2], p, self.surface(model_end[p + 2], p), "ORG"))
                continue
            if start is None:
                translated = self._translated_body_before(p)
                if translated is not None:  # "the Directorate-General of Health (DGS)": its name in English, its
                    # acronym in its own language
                    self.acronyms[acronym] = self.surface(translated, p)
                    self.spans.append((translated, p, self.surface(translated, p), "ORG"))
                continue
            read_as_name = any(a == start and b == p for a, b, _typ in self.model_spans)
            if (self.key(p - 1) in ORG_SUFFIXES or self.key(start) in institution_vocabulary() or read_as_name
                    or self.key(start) in lexicon("company_heads")) \
                    and _is_cap_word(self.tok(start)) and _is_cap_word(self.tok(p - 1)):
                # (a name the recogniser read, whatever its type, with an acronym defined after it: "Électricité
                # du Liban (EDL)" is a body)
                # "Kenya Medical Research Institute (KEMRI)", "Centro de Armadores Fluviales y Marítimos (CAFYM)"
                self.acronyms[acronym] = self.surface(start, p)
                if person_before or not all(self.covered[k] is not None for k in range(start, p)):
                    self.spans.append((start, p, self.surface(start, p), "ORG"))
            else:
                self.terms.add(acronym)
        self._appositive_acronyms()
        # mentions of an acronym read before its definition was ("CAFYM said ... (CAFYM)") name what it stands for
        self.spans = [(a, b, self.acronyms[name] if typ == "ORG" and b - a == 1 and name in self.acronyms else name,
                       typ) for a, b, name, typ in self.spans]

    def _appositive_acronyms(self) -> None:
        """An acronym set off by commas right after a body's name, before the verb ("The Ghana Cocoa Board, COCOBOD,
        informs me ..."), is that body's short name, whatever letters it spells; not an item of a list ("the EU,
        NATO, and the UN")."""
        ending = {b: self.surface(a, b) for a, b, typ in self.model_spans if typ == "ORG"}
        ending.update({b: name for a, b, name, typ in self.spans if typ == "ORG"})
        ending.update({c + 1: cover[2].name for c, cover in enumerate(self.covered)
                       if cover is not None and cover[2].type == "ORG"})
        for c in self.at(frozenset(",")):
            acronym, after = self.tok(c + 1), self.tok(c + 3)
            if c not in ending or acronym in self.acronyms or self.tok(c + 2) != "," \
                    or not (_is_acronym(acronym) and acronym.isalpha() and len(acronym) >= MIN_APPOSITIVE_ACRONYM) \
                    or not after.isalpha() or not after.islower() or after in _LIST_CONTINUATIONS:
                continue
            self.acronyms[acronym] = ending[c]

    def _translated_body_before(self, p: int) -> int | None:
        """First token of a body's name before token ``p`` that its acronym does not spell, being the name in English
        and the acronym in the body's language ("the Directorate-General of Health (DGS)", "the National Institute of
        Statistics (INE)"): capitalised words and joiners, the first an institution's word, after "the"; else None."""
        k = p - 1
        while k >= 0 and p - k <= MAX_TRANSLATED_NAME_TOKENS and (
                self.key(k) != "the" and (_is_cap_word(self.tok(k)) or self.key(k) in _ACRONYM_CONNECTORS)
                or self.key(k) == "the" and self.key(k - 1) in _THE_JOINERS):  # "... of the Lower Danube"
            k -= 1
        start = k + 1
        while start < p and self.key(start) in _ACRONYM_CONNECTORS:
            start += 1
        if start >= p - 1 or k < 0 or self.key(k) != "the" or not _is_cap_word(self.tok(p - 1)):
            return None
        head = next((j for j in range(start, p) if self.key(j) in _ACRONYM_CONNECTORS), p)
        # ("the Multisectoral Committee for the National Study of ... (ENFEN)": the body's word in its first words)
        return start if any(self.key(j) in institution_vocabulary() for j in range(start, head)) else None

    def acronyms_before_names(self) -> None:
        """An acronym followed by its name in brackets ("the SLS (Space Launch System)"): the acronym names it."""
        for p in self.at(frozenset("(")):
            acronym = self.tok(p - 1) if p > 0 else ""
            if not (_is_acronym(acronym) and acronym.isalpha()) or acronym in self.acronyms:
                continue
            close = next((k for k in range(p + 1, min(p + MAX_BRACKETED_NAME_TOKENS, len(self.tokens)))
                          if self.tok(k) == ")"), None)
            words = [self.tok(k) for k in range(p + 1, close)] if close else []
            if words and _initials_of(" ".join(words)) == acronym and all(
                    _is_cap_word(w) or w.lower() in _ACRONYM_CONNECTORS for w in words):
                self.acronyms[acronym] = self.surface(p + 1, close)

    def _spelled_body_before(self, p: int, acronym: str, model_start: int) -> int | None:
        """First token of a body's name the acronym after it spells whole, from before the start of the organisation
        the recogniser read there ("National Oil Spill Detection and Response Agency (NOSDRA)", read as "Response
        Agency"): capitalised words and joiners ending in an organisation's word; None otherwise."""
        start = self._spelled_out(p, acronym)
        if start is None or start >= model_start or self.key(p - 1) not in ORG_SUFFIXES:
            return None
        joiners = _ACRONYM_CONNECTORS | lexicon("name_connectors")
        return start if all(_is_cap_word(self.tok(k)) or self.key(k) in joiners for k in range(start, p)) else None

    def _company_ending_in_place(self, p: int, acronym: str) -> bool:
        """"Société d'Exploitation du Téléphérique d'Antananarivo (SETA)", "Électricité du Laos (EDL)": a body's name
        the acronym spells, whose last word only is a listed place, opening with a capitalised word that is no
        place."""
        span = self.covered[p - 1]
        start = self._spelled_out(p, acronym)
        return span is not None and span[2].type == "GPE" and start is not None and start < span[0] \
            and _is_cap_word(self.tok(start)) and (self.covered[start] is None or self.covered[start][2].type != "GPE")

    def _spelled_out(self, p: int, acronym: str) -> int | None:
        """First token of the words before token ``p`` whose initials spell ``acronym``, or None; a word may give
        its first few letters ("Instituto Hondureño del Café (IHCAFE)", "Centro Nacional de Control de Energía
        (CENACE)")."""
        letters = unaccented(acronym.lower())
        # (and a French or Italian elided article: "Téléphérique d'Antananarivo (SETA)")
        connectors = _ACRONYM_CONNECTORS | lexicon("name_connectors") | _ELIDED_ARTICLES

        def start(k: int, end: int) -> int | None:  # letters[:end] still to spell, from word k backwards
            # a connector may give its letter ("y" in "Fluviales y Marítimos (CAFYM)") or be passed over ("de")
            if end == 0:
                return k + 1
            if k < 0:
                return None
            word = unaccented(self.key(k))
            if self.tok(k)[:1].isalpha():
                for n in range(min(MAX_ACRONYM_PART, len(word), end), 0, -1):
                    if letters[end - n:end] == word[:n]:
                        found = start(k - 1, end - n)
                        if found is not None:
                            return found
            return start(k - 1, end) if self.key(k) in connectors else None
        return start(p - 1, len(letters))
