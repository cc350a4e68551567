"""People from roles, reporting cues, context and appositions."""

from __future__ import annotations


from ..language import INITIAL_RE as _INITIAL_RE, lexicon
from .tokens import _key
from .vocab import (
    CUE_FORMS, ORG_SUFFIXES, ROLE_HEADS, ROLE_WORDS, _BETWEEN_NAME_AND_CUE, _COMMA, _CONTEXT_TRIGGERS,
    _BODY_NAME_WORDS, _DEPARTMENT_WORDS, _HONORIFICS, _NAME_PARTICLES, _NOT_NAMES, _RANKS, _is_cap_word,
    _is_name_token,
)

MAX_RUN_NAME_TOKENS = 3  # "Jane Ann Doe": the name tokens a rule reads back from a comma or a cue

_PREMISES_WORDS = lexicon("premises_words")


# the nouns that close a style of address ("Her Excellency", "His Royal Highness", "Your Honour")
_STYLE_NOUNS = frozenset({"excellency", "excellence", "highness", "majesty", "honour", "honor"})
MIN_FULL_NAME_TOKENS = 2  # "Dagmawit Bekele": a given name and a surname
MAX_STYLED_NAME_WORDS = 4  # "Mr. Ram Bahadur Thapa" after a portfolio: a name of up to four words
PORTFOLIO_AND_NAME_TOKENS = 3  # "Jal Shakti Suresh Menon": at least one word of portfolio before a full name


MAX_ROLE_PHRASE_TOKENS = 12  # "Minister for the Ecological Transition and the Demographic Challenge"
MAX_STATE_FORM_WORDS = 3  # "Federal Democratic Republic" of Ethiopia: the words of a state's formal name before "of"
MAX_APPOSED_NAME_WORDS = 4
_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "(", ")"})
_ARTICLES = frozenset({"the", "a", "an"})
_GIVER_POSSESSIVES = frozenset({"his", "her", "their"})  # "who gave his name only as ...", "gave only her first name"
# lower-cased tokens of a style ("the Right Honourable", "H.E.", "Her Excellency")
_STATE_FORMS = lexicon("state_forms")  # "Republic", "Kingdom": a state's formal name before "of" and the place
_ADDRESS_STYLES = frozenset({"honourable", "honorable", "hon", "hon.", "right", "rt", "h.e.", "excellency"})
_POSSESSIVES = frozenset({"'s", "’s"})  # "Ethiopia's Minister of Trade, ...": a determiner as "the" is


MAX_PORTFOLIO_PART_WORDS = 3
MAX_AGE_DIGITS = 3  # "and International Cooperation": the words of a portfolio's part after "and"


MAX_STATE_FORM_WORDS = 4  # "Federal Democratic Republic" before "of Ethiopia"


class _PeopleRules:
    """Rules of ``_Scanner`` (see ``scanner.py``): people from roles, reporting cues, context and appositions."""

    def role_people(self) -> None:
        """People after a title or role: Deputy Pentagon Press Secretary Sabrina Singh, President-elect Donald Trump."""
        n = len(self.tokens)
        self.org_end_at = {b - 1: a for a, b, _, typ in self.spans if typ == "ORG"}
        heads = self.at(ROLE_HEADS)
        h = 0
        i = 0
        while h < len(heads):
            if heads[h] < i:
                h += 1
                continue
            i = heads[h]
            h += 1
            start = self.role_start(i)
            if self.tok(start - 1) == "," and any(self.key(k) in _ADDRESS_STYLES for k in range(start, i + 1)) \
                    and all(self.key(k) in _ADDRESS_STYLES or self.key(k) in _RANKS for k in range(start, i + 1)):
                continue  # "The Minister for Agriculture, Hon. Dr. Neema Mollel,": the role before the comma is hers
            j = i + 1
            while j < n:
                k = self.key(j)
                if k in ROLE_WORDS and (self.covered[j] is None) and not self._given_name_title(j):
                    j += 1
                elif k == "-" and self.key(j + 1) in ROLE_WORDS and self.adjacent(j - 1):
                    j += 2
                elif k == "of":
                    m = j + 1
                    if self.key(m) == "the":
                        m += 1
                    start = m
                    while m < n:
                        if self.covered[m] is not None and self.covered[m][2].type in ("GPE", "ORG"):
                            m = self.covered[m][1]
                        elif m == start and self._formal_state_end(m) is not None:
                            m = self._formal_state_end(m)  # "... of the Republic of Armenia Vahagn Melikyan"
                        elif self.key(m) in _DEPARTMENT_WORDS and _is_cap_word(self.tok(m)):
                            m += 1
                        elif self._portfolio_after_and(start, m):
                            m += 2  # "Minister of Transport and Logistics Dagmawit Bekele"
                        elif self.tok(m) == "," and m > start and self.key(m + 1) in _DEPARTMENT_WORDS \
                                and _is_cap_word(self.tok(m + 1)):
                            m += 1  # "Minister of Trade, Industry and Energy Han Seo-jun"
                        else:
                            break
                    if m == start:
                        break
                    j = m
                else:
                    break
            end = self.read_name(j)
            if end == j and self.tok(j) == "," and (self.key(j - 1) in ROLE_HEADS or self.key(i + 1) == "of"):
                # "The Minister of Health, Élia dos Reis Amaral, briefed ..." too
                # "The summit's president, Sultan Al Jaber, called ...": a name set off by commas
                named = j + 1
                while self.key(named) in _RANKS and self.key(named) in ROLE_WORDS:
                    named += 1  # "The Prime Minister of Tonga, Hon. Dr. Siaosi Fifita Lātū,": styles before the name
                end = self.read_name(named)
                if end - named >= 2 and self.tok(end) == ",":
                    # ("Canada's Minister of Foreign Affairs, Étienne Baird,": the country the role is of)
                    owner = self.org_within(self.role_start(i), j) or self._possessing_place(self.role_start(i))
                    self.add_person(named, end, self.surface(self.role_start(i), j), owner, None)
                    i = end
                    continue
                end = j
            if end == j + 1 and (self.key(j) in _BODY_NAME_WORDS or self.key(j) in _PREMISES_WORDS):
                end = j  # "head of the Climate and Environment Headquarters": the body's last word, no surname
            if end == j and self.key(j) == "for" and self.key(i) in lexicon("voice_nouns"):
                self._voiced_body(j + 1)  # "a spokesman for Pacifica Container Line": the body it speaks for
                i = j
                continue
            if end == j and self.key(j) in ("of", "for") \
                    and (self.tok(self.role_start(i) - 1) != "," or self._named_before_cue(j + 1)):
                # "Minister for Jal Shakti Suresh Menon" (not "Ana Ruiz, Chief Executive Officer of Cedar Plains";
                # but "..., Minister of Marine Resources Teva Maraetefau told ...": the holder before the verb)
                j = self._name_after_portfolio(j + 1)
                end = self.read_name(j) if j is not None else None
                j = j if end is not None and end - j >= MIN_FULL_NAME_TOKENS else i + 1
                end = end if j > i + 1 else j
            if end == j:
                i = j if j > i else i + 1
                continue
            start = self.role_start(i)
            role_tokens = list(range(start, j))
            gender = None
            for k in role_tokens:
                gender = _HONORIFICS.get(self.key(k), gender)
            while role_tokens and self.key(role_tokens[-1]) in _HONORIFICS:
                role_tokens.pop()
            trimmed = list(role_tokens)
            while trimmed and self.key(trimmed[-1]) in _RANKS:
                trimmed.pop()
            if trimmed:
                role_tokens = trimmed
            role = self.surface(role_tokens[0], role_tokens[-1] + 1) if role_tokens else None
            org = self.org_within(start, j) or (self._country_after_name(end) if role else None)
            self.add_person(j, end, role, org, gender)
            i = end

    def _voiced_body(self, k: int) -> None:
        """The capitalised words from token ``k`` after a spokesperson's "for" ("APM Terminals Callao", "Pacifica
        Container Line", "StraitNZ") that no known name covers whole: the organisation they speak for."""
        end = k
        while end < len(self.tokens) and _is_cap_word(self.tok(end)) and self.key(end) not in ROLE_WORDS:
            end += 1
        known = any(self.covered[t] is not None and self.covered[t][0] <= k and self.covered[t][1] >= end
                    for t in range(k, end))
        if end > k and self.key(end - 1) not in self.lower_words and not known:
            self.spans.append((k, end, self.surface(k, end), "ORG"))

    def _named_before_cue(self, k: int) -> bool:
        """The capitalised words from token ``k`` (a portfolio, then a name) end right before a reporting verb."""
        name = self._name_after_portfolio(k)
        return name is not None and self.key(self.read_name(name)) in CUE_FORMS

    def _name_after_portfolio(self, k: int) -> int | None:
        """Where the name starts in a run of capitalised words after an office's "of" or "for" that no list knows
        ("Public Works and Transport Souksavanh Vongsa", "a Solidarity-based Future Tomaž Rupnik"): the portfolio
        runs up to the last two words, a given name and a surname (or the name particles and surname after them)."""
        n = len(self.tokens)
        while k < n and self.key(k) in ("the", "a", "an"):
            k += 1
        run = []  # the first token of each word; "Al-Rashidi", "Solidarity-based" are one word each
        styled = False  # "Minister for Health Mr. Ram Bahadur Thapa": the name starts after the honorific
        while k < n:
            if self.key(k) == "-" and run and self.adjacent(k - 1) and self.adjacent(k) \
                    and self.tok(k + 1)[:1].isalpha():
                k += 2
            elif run and not styled and (self.key(k) in _HONORIFICS or self.key(k) + "." in _HONORIFICS
                                         or self.key(k).rstrip(".") in _ADDRESS_STYLES):  # "Affairs Hon. Mwansa"
                k += 2 if self.tok(k + 1) == "." else 1
                run, styled = [], True
            elif _is_cap_word(self.tok(k)):
                run.append(k)
                k += 1
            elif self.key(k) in ("and", "&") and run and k + 1 < n and _is_cap_word(self.tok(k + 1)):
                k += 1
            elif self.tok(k) == "," and run and not styled and self.key(k + 1) in _DEPARTMENT_WORDS:
                k += 1  # "Minister of Trade, Industry and Energy Han Seo-jun": a portfolio of several parts
            else:
                break
        if styled:
            return run[0] if MIN_FULL_NAME_TOKENS <= len(run) <= MAX_STYLED_NAME_WORDS else None
        if len(run) < PORTFOLIO_AND_NAME_TOKENS:
            return None
        at = len(run) - MIN_FULL_NAME_TOKENS
        if at > 1 and self.key(run[at]) in _NAME_PARTICLES:
            at -= 1  # "Health Cathal Ó Riain-Dempsey": a capitalised particle, a given name before it
        if at > 1 and _INITIAL_RE.fullmatch(self.tok(run[at])):
            at -= 1  # "Technical Services Moses P. Kapaona-Reu": a given name before the middle initial
        elif at > 1 and (run[at - 1], k, "PERSON") in self.model_spans \
                and self.key(run[at - 1]) not in _DEPARTMENT_WORDS:
            at -= 1  # "Foreign Affairs Sabitri Kumari Gurung": the recogniser reads three names
        name = run[at]
        while name - 1 > run[0] and self.key(name - 1) in _NAME_PARTICLES:
            name -= 1  # "... Ursula von der Leyen"
        # ("... of the Federal Democratic Republic of Ethiopia": a state's formal name, no person's)
        if any(self.key(t) in ROLE_WORDS or self.key(t) in _DEPARTMENT_WORDS or self.key(t) in _NOT_NAMES
               or self.key(t) in _STATE_FORMS
               or (self.covered[t] is not None and self.covered[t][2].type != "PERSON") for t in range(name, k)) \
                or self.key(name - 1) in ("and", "&"):
            return None
        return name

    def _portfolio_after_and(self, start: int, m: int) -> bool:
        """"and Logistics" after a portfolio ("Minister of Transport and Logistics Dagmawit Bekele"): the capitalised
        word after "and" is the portfolio's when it is a department word or a full name of two words follows it."""
        if m == start or self.key(m) != "and" or not _is_cap_word(self.tok(m + 1)) or self.covered[m + 1] is not None:
            return False
        run = range(m + 1, min(m + 1 + MAX_PORTFOLIO_PART_WORDS, len(self.tokens)))
        capitalised = [k for k in run if _is_cap_word(self.tok(k))][:MAX_PORTFOLIO_PART_WORDS]
        # "and International Cooperation, Mrs. ...": a department word closes the capitalised words after "and"
        return any(self.key(k) in _DEPARTMENT_WORDS for k in capitalised if k - m == capitalised.index(k) + 1) \
            or self.read_name(m + 2) - (m + 2) >= MIN_FULL_NAME_TOKENS

    def role_start(self, head: int) -> int:
        """First token of the role phrase that ends at ``head`` (walking left)."""
        b = head
        unknown = 0
        while b > 0:
            p = b - 1
            k = self.key(p)
            span = self.covered[p]
            if p in self.org_end_at:
                b = self.org_end_at[p]
            elif span is not None and span[2].type in ("GPE", "ORG"):
                b = span[0]
            elif k in ROLE_WORDS and not self.sentence_boundary_before(b):
                b = p
            elif k in ("'s",) and p > 0 and (self.covered[p - 1] is not None or _is_cap_word(self.tok(p - 1))):
                b = p
            elif k == "-" and self.key(p - 1) in ROLE_WORDS:
                b = p
            elif k == "and" and p > 0 and self.key(p - 1) in ROLE_HEADS and self.key(b) in ROLE_WORDS:
                b = p  # "Deputy Prime Minister and Minister of Foreign Affairs Sengphet ...": one holder's two posts
            elif (
                _is_cap_word(self.tok(p))
                and k not in _NOT_NAMES
                and unknown < 3
                and not self.sentence_boundary_before(b)
            ):
                b = p
                unknown += 1
            else:
                break
            if self.sentence_start(b):
                break
        # never start a role on a lower-case word
        while b < head and not _is_cap_word(self.tok(b)) and self.key(b) not in ROLE_WORDS:
            b += 1
        return b

    def sentence_boundary_before(self, i: int) -> bool:
        return i > 0 and self.tok(i - 1) in {".", "!", "?", ",", ";", ":", "(", ")", '"', "\u201c", "\u201d"}

    def _country_after_name(self, k: int) -> str | None:
        """The known place "of" names right after a titled name, token ``k`` being "of" ("President Ravindra Persaud
        of Guyana"): the country whose office the role is."""
        place = k + 2 if self.key(k + 1) == "the" else k + 1
        form = place
        while form < min(len(self.tokens), place + MAX_STATE_FORM_WORDS) and self.covered[form] is None \
                and self.tok(form)[:1].isupper():
            form += 1  # "President Abdoulaye S. Diouf-Sarr of the Republic of Senegal": the state by its form
        if form > place and self.key(form) == "of":
            place = form + 1
        span = self.covered[place] if self.key(k) == "of" and place < len(self.tokens) else None
        return span[2].name if span is not None and span[0] == place and span[2].type == "GPE" else None

    def _possessing_place(self, k: int) -> str | None:
        """The known place whose possessive stands right before token ``k`` ("Canada's" before "Minister ...")."""
        span = self.covered[k - 2] if k >= 2 and self.key(k - 1) == "'s" else None
        return span[2].name if span is not None and span[1] == k - 1 and span[2].type == "GPE" else None

    def org_within(self, a: int, b: int) -> str | None:
        found_gpe = None
        for span in self.gaz_spans:
            if span[0] >= a and span[1] <= b:
                if span[2].type == "ORG":
                    return span[2].name
                if span[2].type == "GPE" and found_gpe is None:
                    found_gpe = span[2].name
        for sa, sb, name, typ in self.spans:
            if sa >= a and sb <= b and typ == "ORG":
                return name
        return found_gpe

    def cue_people(self) -> None:
        """Two- or three-word names next to a speech verb ("Maria Lopez said", "said Maria Lopez")."""
        n = len(self.tokens)
        known = [False] * n
        for a, b, _, _typ in self.spans:
            for k in range(a, b):
                known[k] = True

        def plain(k: int) -> bool:
            t = self.tok(k)
            return _is_name_token(t) and self.covered[k] is None and not known[k] and _key(t) not in ROLE_WORDS

        for i in self.at(CUE_FORMS):
            # name before the cue, perhaps with "has", "also", "later" in between
            c = i
            while c > 0 and i - c < 3 and self.key(c - 1) in _BETWEEN_NAME_AND_CUE:
                c -= 1
            appositive = self.tok(c - 1) == ","
            if appositive:
                c -= 1  # "Africa's richest man, Aliko Dangote, has said"
            a = c
            while a > 0 and c - a < 4 and plain(a - 1):
                a -= 1
            if (
                2 <= c - a <= 3
                and self.key(c - 1) not in ORG_SUFFIXES
                and ((not appositive and not _is_cap_word(self.tok(a - 1))) or (appositive and self.tok(a - 1) == ","))
            ):
                self.add_person(a, c, None, None, None)
            # name after the cue
            end, words = i + 1, 0
            while end < n and words < 3 and plain(end):
                end, words = self._past_hyphen_parts(end + 1), words + 1  # "Lee Seo-yeon", "Jean-Pierre Martin"
            if words >= 2 and not _is_cap_word(self.tok(end)) and self.key(end - 1) not in ORG_SUFFIXES:
                if self.tok(end)[:1].islower() and self.key(end) in ROLE_WORDS:
                    # "said Met Éireann forecaster Ana Ruiz": capitalised words before a role noun name its employer
                    self.spans.append((i + 1, end, self.surface(i + 1, end), "ORG"))
                else:
                    self.add_person(i + 1, end, None, None, None)

    def _past_hyphen_parts(self, k: int) -> int:
        """Token ``k`` moved past the hyphenated parts of the word before it ("-yeon" of "Seo-yeon")."""
        while k + 1 < len(self.tokens) and self.tok(k) == "-" and self.adjacent(k - 1) and self.adjacent(k) \
                and self.tok(k + 1)[:1].isalpha():
            k += 2
        return k

    def context_people(self) -> None:
        """Names marked by their context: "Kenya's Kelvin Kiptum", "Patricia Bullrich, who ..."."""
        for i in self.at(_CONTEXT_TRIGGERS):
            if i == 0:
                continue
            if (
                self.tok(i) in ("'s", "'", "’")
                and self.covered[i - 1] is not None
                and self.covered[i - 1][2].type == "GPE"
            ):
                end = self.read_name(i + 1, limit=3)
                if (
                    2 <= end - (i + 1) <= 3
                    and self.covered[i + 1] is None
                    and self.key(end - 1) not in ORG_SUFFIXES
                    and not _is_cap_word(self.tok(end))
                ):
                    self.add_person(i + 1, end, None, self.covered[i - 1][2].name, None)
            if self.tok(i) == "," and self.key(i + 1) == "who":
                a = self.name_start_before(i)
                if (
                    2 <= i - a <= 3
                    and not _is_cap_word(self.tok(a - 1))
                    and self.key(i - 1) not in ORG_SUFFIXES
                    and not any(s[0] < i and s[1] > a for s in self.spans)
                ):
                    self.add_person(a, i, None, None, None)

    def given_names(self) -> None:
        """The name a person gave ("a fisherman who gave his name only as Tonye", "who gave only her first name,
        Amara,"): a person's name, however it reads alone."""
        for i in self.at(frozenset({"name"})):
            if self.key(i - 1) == "first":
                i -= 1
            if self.key(i - 1) not in _GIVER_POSSESSIVES:
                continue
            k = i + (2 if self.key(i) == "first" else 1)
            k += self.key(k) == "only"
            if self.key(k) not in ("as", ","):
                continue
            end = self.read_name(k + 1, limit=2)
            if end > k + 1 and not any(self.key(n) in ROLE_WORDS for n in range(k + 1, end)):
                self.add_person(k + 1, end, None, None, None)

    def name_start_before(self, i: int) -> int:
        """Start of the run of up to three unclaimed name tokens that ends just before token ``i``; four when a
        particle is one of them ("Rashed Obaid Al Tunaiji")."""
        a = i
        while (
            a > 0
            and i - a < (MAX_RUN_NAME_TOKENS + 1 if any(self.keys[k] in _NAME_PARTICLES for k in range(a - 1, i))
                         else MAX_RUN_NAME_TOKENS)
            and _is_name_token(self.tok(a - 1))
            and self.covered[a - 1] is None
            and self.key(a - 1) not in ROLE_WORDS
        ):
            a -= 1
        # "Joana Maria da Costa Sarmento": a particle in lower case inside the name, given names before it
        if a >= 2 and a < i and self.tok(a - 1) in _NAME_PARTICLES and self.covered[a - 1] is None \
                and _is_name_token(self.tok(a - 2)) and self.key(a - 2) not in ROLE_WORDS:
            before = self.name_start_before(a - 1)
            return before if before < a - 1 else a
        return a

    def _formal_state_end(self, m: int) -> int | None:
        """The end of a state's formal name from token ``m`` ("Republic of Armenia", "Socialist Republic of Viet
        Nam": its form's words, "of", the known country), or None."""
        k = m
        while k < len(self.tokens) and self.key(k) in _STATE_FORMS and k - m < MAX_STATE_FORM_WORDS:
            k += 1
        if k == m or self.key(k) != "of" or self.covered[k + 1] is None or self.covered[k + 1][2].type != "GPE":
            return None
        return self.covered[k + 1][1]

    def role_then_name_people(self) -> None:
        """A name in apposition after a role phrase, closing its clause: "... held talks with the Spanish Minister for
        the Ecological Transition and the Demographic Challenge, Elena Sanjurjo Vidal."."""
        n = len(self.tokens)
        for i in self.at(_COMMA):
            k = i - 1
            while k > 0 and i - k <= MAX_ROLE_PHRASE_TOKENS and self.tok(k) not in _CLAUSE_MARKS \
                    and self.key(k) not in ROLE_HEADS:
                k -= 1
            if self.key(k) not in ROLE_HEADS or not any(self.key(d) in _ARTICLES or self.key(d) in _POSSESSIVES
                                                        for d in range(max(0, k - 3), k)):
                continue  # "the Minister ...", "the Spanish Minister ...": a role the phrase introduces
            first = self._after_style(i + 1)  # "..., the Honourable Martine Lagacé-Dunn, met ..."
            end, words = first, 0
            while end < n and words < MAX_APPOSED_NAME_WORDS and _is_name_token(self.tok(end)) \
                    and (self.covered[end] is None or (end > first and self.covered[end][2].type == "PERSON")) \
                    and self.key(end) not in ROLE_WORDS \
                    and "\n" not in self.text[self.tokens[end - 1][1]:self.tokens[end][0]]:
                end, words = end + 1, words + 1  # (one line: a name over a "Question" heading is no longer name)
                if self.tok(end) == "-" and self.adjacent(end - 1) and self.adjacent(end) \
                        and _is_name_token(self.tok(end + 1)):
                    end += 2  # "Lagacé-Dunn": one word of the name
            closed = end == n or self.tok(end) in _CLAUSE_MARKS or "\n" in self.text[self.tokens[end - 1][1]:
                                                                                   self.tokens[end][0]]
            if 2 <= words <= MAX_APPOSED_NAME_WORDS and closed \
                    and self.key(end - 1) not in ORG_SUFFIXES:
                start = k
                while start > 0 and _is_cap_word(self.tok(start - 1)) and self.key(start - 1) not in _ARTICLES:
                    start -= 1  # "the Spanish Minister for ...": the role with its country's adjective
                gender = next((_HONORIFICS[self.key(k)] for k in range(i + 1, first) if self.key(k) in _HONORIFICS),
                              None)  # "H.E. Mr. ...": the form of address gives the gender
                # ("Canada's Minister of Foreign Affairs, Étienne Baird": the country the role is of)
                self.add_person(first, end, self.surface(start, i), self._possessing_place(start), gender)

    def _after_style(self, j: int) -> int:
        """The token after a style of address that opens a name ("the Honourable", "Hon.", "the Right Honourable")."""
        k = j + 1 if self.key(j) == "the" else j
        if self.key(k) not in _ADDRESS_STYLES:
            return j
        while self.key(k) in _ADDRESS_STYLES or self.key(k) in _HONORIFICS or self.tok(k) == ".":
            k += 1  # "H.E. Mr. Semi Vunivalu": a form of address after the style
        return k

    def appositive_people(self) -> None:
        """A name followed by a role in commas: "Jane Doe, chief economist at Acme Bank, said"."""
        n = len(self.tokens)
        for i in self.at(_COMMA):
            if i < 2:
                continue
            a = self.name_start_before(i)
            if self.tok(i + 1).isdigit() and len(self.tok(i + 1)) <= MAX_AGE_DIGITS and self.tok(i + 2) == ",":
                # "Rustam Saidov-Qodirov, 34, who spent ...": a name, then an age
                named = a
                while named >= 2 and self.tok(named - 1) == "-" and self.adjacent(named - 2) \
                        and self.adjacent(named - 1) and _is_name_token(self.tok(named - 2)):
                    named = self.name_start_before(named - 1)  # a surname of two parts joined by a hyphen
                read = any(mb == i and typ == "PERSON" for _, mb, typ in self.model_spans)  # the recogniser's
                if not read and i - named >= MIN_FULL_NAME_TOKENS and self.sentence_start(named) \
                        and all(self.covered[k] is None for k in range(named, i)):
                    self.add_person(named, i, None, None, None)
                continue
            # ("Her Excellency Joana Maria da Costa Sarmento, Minister ...": a style, no name's first word, before it)
            if i - a < 2 or (_is_cap_word(self.tok(a - 1)) and self.key(a - 1) not in _STYLE_NOUNS) \
                    or any(s[0] < i and s[1] > a for s in self.spans):
                continue
            j = i + 1
            if self.key(j) in _HONORIFICS or self.key(j) + "." in _HONORIFICS \
                    or any(self.key(t) in _DEPARTMENT_WORDS for t in range(a, i)):
                continue  # "... and International Cooperation, Mrs. Fatouma ...": a portfolio, then its holder
            if self.key(j) in ("a", "an", "the"):
                j += 1
            k = j
            has_head = False
            while k < n and k - j < 10 and self.tok(k) not in {",", ".", ";", ":", "(", ")"}:
                if self.key(k) in ROLE_HEADS:
                    has_head = True
                k += 1
            if has_head and k > j:
                self.add_person(a, i, self.surface(j, k), self.org_within(j, k) or self.capitalised_org(j, k), None)
