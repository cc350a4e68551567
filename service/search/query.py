"""User query language: words, "quoted phrases", AND / OR / NOT, parentheses and prefix*.

Whoosh's parser silently repairs broken input ("(foo" becomes "foo", "a AND OR b" matches nothing), which would
turn a typo into a wrong answer. So the query is checked first and every problem is reported with its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.qparser.plugins import FieldsPlugin, OperatorsPlugin, WildcardPlugin

from .errors import NoSearchableTerms, QuerySyntaxError
from .schema import analysed_terms, build_schema, text_analyzer

OPERATORS = ("AND", "OR", "NOT")
MIN_PREFIX = 2
_LEXEME = re.compile(r'\s+|"[^"]*"|"|\(|\)|[^\s()"]+')
_FIELD = re.compile(r"^([A-Za-z_]\w*):")
# A character that one of the taggers of Whoosh's parser other than words looks for: phrases, groups, wildcards and
# prefixes, fields, boosts, ranges, its question marks, and a single quote that may open a quoted word (at the start
# of a word; one inside a word, as in "Ukraine's", is part of it).
_SYNTAX = re.compile(r"""["()*?:^\[\]{}\u055e\u061f\u1367]|(?<!\w)'""")
# Queries of words, "quoted phrases", prefix* and AND / OR / NOT between them are turned into Whoosh syntax by the
# parser's own steps (QueryCompiler._shaped) without running its every tagger at every character. A lexeme is
# whitespace, a phrase or a run of other characters.
_SHAPE_LEXEME = re.compile(r'\s+|"[^"]*"?|[^\s"]+')
_INFIX = ("AND", "OR")


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    query: wq.Query
    terms: frozenset[str]  # analysed terms, for highlighting
    prefixes: frozenset[str]

    @cached_property
    def _description(self) -> str:
        return str(self.query)

    def describe(self) -> str:
        """The query as Whoosh writes it (read twice per search: the result cache's key and the answer)."""
        return self._description


def _check_syntax(text: str) -> None:
    depth = 0
    previous = None  # "operand" | "operator" | "open" | None
    for match in _LEXEME.finditer(text):
        lexeme, pos = match.group(), match.start()
        if lexeme.isspace():
            continue
        if lexeme == '"':
            raise QuerySyntaxError(f"unclosed quote at position {pos}", query=text, position=pos)
        if lexeme == "(":
            depth += 1
            previous = "open"
            continue
        if lexeme == ")":
            if depth == 0:
                raise QuerySyntaxError(f"unmatched ')' at position {pos}", query=text, position=pos)
            if previous in ("operator", "open"):
                raise QuerySyntaxError(f"empty group or dangling operator before ')' at position {pos}",
                                       query=text, position=pos)
            depth -= 1
            previous = "operand"
            continue
        if lexeme in OPERATORS:
            if lexeme != "NOT" and previous in (None, "operator", "open"):
                raise QuerySyntaxError(f"{lexeme} at position {pos} needs a term on its left",
                                       query=text, position=pos)
            previous = "operator"
            continue
        if lexeme.startswith('"'):
            if not lexeme.strip('"').strip():
                raise QuerySyntaxError(f"empty phrase at position {pos}", query=text, position=pos)
            previous = "operand"
            continue
        field = _FIELD.match(lexeme)
        if field:
            raise QuerySyntaxError(
                f"unknown field '{field.group(1)}' at position {pos}: the query searches text only; "
                "use the filter parameters (source, entity, published_from, ...) instead",
                query=text, position=pos)
        if "*" in lexeme or "?" in lexeme:
            stem = lexeme.rstrip("*")
            if "*" in stem or "?" in lexeme or len(stem) < MIN_PREFIX:
                raise QuerySyntaxError(
                    f"'{lexeme}' at position {pos}: only trailing '*' after at least {MIN_PREFIX} characters "
                    "is supported", query=text, position=pos)
        previous = "operand"
    if depth:
        raise QuerySyntaxError("unclosed '('", query=text, position=len(text))
    if previous == "operator":
        raise QuerySyntaxError("the query ends with an operator", query=text, position=len(text))


class QueryCompiler:
    """Parses user queries for one text field of the schema (and its word-pair field, when it has one)."""

    def __init__(self, fieldname: str, bigram_field: str | None = None):
        self.fieldname = fieldname
        self.bigram_field = bigram_field
        self._parser = QueryParser(fieldname, build_schema())
        self._parser.remove_plugin_class(FieldsPlugin)
        self._parser.remove_plugin_class(WildcardPlugin)
        # Only the documented operators: the parser's ANDNOT, ANDMAYBE and REQUIRE are words like any other (two of
        # them in a row made the parser fail).
        self._parser.replace_plugin(OperatorsPlugin(AndNot=None, AndMaybe=None, Require=None))
        self._parser.add_plugin(_PrefixOnlyPlugin())
        # A field analysed by text_analyzer() has its words' terms looked up (schema.analysed_terms), not analysed
        # by Whoosh's token chain on every query.
        self._text_terms = self._parser.schema[fieldname].analyzer == text_analyzer()

    def parse(self, text: str) -> ParsedQuery:
        text = text.strip()
        if not text:
            raise QuerySyntaxError("the query is empty", query=text, position=0)
        _check_syntax(text)
        parsed = self._plain(text)
        if parsed is None:
            parsed = self._shaped(text)
        if parsed is None:
            parsed = self._parser.parse(text)
        if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
            raise NoSearchableTerms("the query has no searchable words (only stop words or symbols)", query=text)
        parsed = _stem_prefixes(parsed)
        if self.bigram_field:
            parsed = _phrases_as_bigrams(parsed, self.bigram_field)
        terms, prefixes = set(), set()
        for leaf in _positive_leaves(parsed):
            if isinstance(leaf, wq.Prefix):
                prefixes.add(leaf.text)
            elif isinstance(leaf, wq.Term) and leaf.fieldname == self.bigram_field:
                terms.update(leaf.text.split(" "))
            elif isinstance(leaf, wq.Term) and any(p.startswith(leaf.text) for p in prefixes):
                continue  # a truncated prefix; highlighting goes by the prefix itself
            elif isinstance(leaf, wq.Term):
                terms.add(leaf.text)
            elif isinstance(leaf, wq.Phrase):
                terms.update(leaf.words)
        if not terms and not prefixes:
            raise QuerySyntaxError("the query only excludes terms; add at least one term to match", query=text)
        return ParsedQuery(text=text, query=parsed, terms=frozenset(terms), prefixes=frozenset(prefixes))


    def _plain(self, text: str) -> wq.Query | None:
        """What Whoosh's parser makes of words without any syntax: the AND of their analysed terms, each once and
        in order (one term alone, NullQuery for none); None when the text has syntax or an operator."""
        words = text.split()
        if _SYNTAX.search(text) or any(word in OPERATORS for word in words):
            return None
        if self._text_terms:
            terms = list(dict.fromkeys(term for word in words for term in analysed_terms(word)))
        else:
            field = self._parser.schema[self.fieldname]
            terms = list(dict.fromkeys(token for word in words for token in field.process_text(word, mode="query")))
        if not terms:
            return wq.NullQuery
        if len(terms) == 1:
            return wq.Term(self.fieldname, terms[0])
        return wq.And([wq.Term(self.fieldname, term) for term in terms])


    def _shaped(self, text: str) -> wq.Query | None:
        """What Whoosh's parser makes of words, phrases, prefixes and AND / OR / NOT between them, built by the
        parser's own steps (term_query, Phrase over the field's tokens, its operator grouping, normalize); None
        for anything else, which the parser answers."""
        items = _shape_items(text)
        if items is None:
            return None
        group = _group_operators(items)
        if group is None:
            return None
        q = wq.And([sub for sub in (self._node_query(node) for node in group) if sub is not None])
        return q.normalize() if q else wq.NullQuery

    def _word_query(self, word: str) -> wq.Query | None:
        """``QueryParser.term_query(field, word, Term)`` for a field analysed by text_analyzer(): the word's terms
        looked up (schema.analysed_terms), then the parser's own steps (several terms are its multitoken query,
        none is no query)."""
        terms = analysed_terms(word)
        if len(terms) > 1:
            field = self._parser.schema[self.fieldname]
            return self._parser.multitoken_query(field.multitoken_query, terms, self.fieldname, wq.Term, 1.0)
        if not terms:
            return None
        return wq.Term(self.fieldname, terms[0], boost=1.0)

    def _node_query(self, node) -> wq.Query | None:
        """The query of one syntax node, as Whoosh's node classes make it (``syntax.TextNode.query``,
        ``PhrasePlugin.PhraseNode.query``, ``GroupNode.query``, ``Wrapper.query``), without their char offsets."""
        kind, value = node
        if kind == "word":
            if self._text_terms:
                return self._word_query(value)
            return self._parser.term_query(self.fieldname, value, wq.Term)
        if kind == "prefix":
            return self._parser.term_query(self.fieldname, value, wq.Prefix, tokenize=False, removestops=False)
        if kind == "phrase":
            phrase, start = value
            tokens = self._parser.schema[self.fieldname].tokenize(phrase, mode="query", chars=True)
            words, ranges = [], []
            for token in tokens:
                words.append(token.text)
                ranges.append((start + token.startchar, start + token.endchar))
            return wq.Phrase(self.fieldname, words, slop=1, boost=1.0, char_ranges=ranges)
        if kind == "NOT":
            sub = self._node_query(value[0])
            return wq.Not(sub) if sub else None
        subs = [sub for sub in (self._node_query(child) for child in value) if sub is not None]
        return (wq.And if kind == "AND" else wq.Or)(subs, boost=1.0)


def _shape_items(text: str) -> list | None:
    """The whitespace-separated items of a query: ("op", AND | OR | NOT), ("word", text), ("prefix", text before
    '*') or ("phrase", (text, offset of the text)); None when the text has any other syntax."""
    items = []
    previous_space = True
    for match in _SHAPE_LEXEME.finditer(text):
        lexeme = match.group()
        if lexeme[0].isspace():
            previous_space = True
            continue
        if not previous_space:  # two lexemes touch: e.g. 'word"phrase"', which Whoosh tags its own way
            return None
        previous_space = False
        if lexeme[0] == '"':
            if len(lexeme) < 2 or lexeme[-1] != '"':
                return None
            items.append(("phrase", (lexeme[1:-1], match.start() + 1)))
        elif lexeme in OPERATORS:
            items.append(("op", lexeme))
        else:
            prefix = lexeme.endswith("*")
            word = lexeme[:-1] if prefix else lexeme
            if not word or _SYNTAX.search(word):
                return None
            items.append(("prefix" if prefix else "word", word))
    return items


def _group_operators(items: list) -> list | None:
    """Whoosh's ``OperatorsPlugin.do_operators`` over the items: every NOT takes the node after it, then AND,
    then OR join their neighbours left to right, a join extending the group on its left when it is of the same
    operator. Returns the top-level nodes, or None for operator sequences left to the parser (an operator first
    or last, two in a row other than AND / OR before NOT)."""
    for i, (kind, value) in enumerate(items):
        if kind != "op":
            continue
        after = items[i + 1] if i + 1 < len(items) else None
        if after is None or (after[0] == "op" and (value == "NOT" or after[1] != "NOT")):
            return None
        if value != "NOT" and (i == 0 or items[i - 1][0] == "op"):
            return None
    group = list(items)
    i = 0
    while i < len(group):  # NOT: a prefix operator
        if group[i] == ("op", "NOT"):
            del group[i]
            group[i] = ("NOT", [group[i]])
        i += 1
    for operator in _INFIX:  # left-associative infix operators, AND before OR
        i = 0
        while i < len(group):
            if group[i] != ("op", operator):
                i += 1
                continue
            left, right = group[i - 1], group[i + 1]
            if left[0] == operator:
                left[1].append(right)
                del group[i:i + 2]
            else:
                group[i - 1:i + 2] = [(operator, [left, right])]
    return group


def _stem_prefixes(q: wq.Query) -> wq.Query:
    """The index holds stems ("escalation" -> "escal"), shorter than the prefix "escalat" a user types.

    Stemming strips at most a few letters, so the prefix's truncations down to three letters less are also
    tried as whole terms; terms that are not in the index cost nothing.
    """
    if isinstance(q, wq.Prefix):
        text = q.text
        shorter = [wq.Term(q.fieldname, text[:k]) for k in range(max(3, len(text) - 3), len(text))]
        return wq.Or([q, *shorter]) if shorter else q
    if q.is_leaf():
        return q
    return q.apply(_stem_prefixes)


def _phrases_as_bigrams(q: wq.Query, bigram_field: str) -> wq.Query:
    """A two-word phrase is exactly its word pair; a longer one needs all its pairs, then the positional check
    runs only on documents that have them all."""
    if isinstance(q, wq.Phrase) and len(q.words) >= 2:
        pairs = [wq.Term(bigram_field, f"{a} {b}") for a, b in zip(q.words, q.words[1:])]
        if len(q.words) == 2:
            return pairs[0]
        return wq.And([*pairs, q])
    if q.is_leaf():
        return q
    return q.apply(lambda child: _phrases_as_bigrams(child, bigram_field))


def _positive_leaves(q: wq.Query):
    """Leaves that a match must (or may) contain; excluded terms are never highlighted."""
    if isinstance(q, wq.Not):
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


class _PrefixOnlyPlugin(WildcardPlugin):
    """Whoosh's wildcard syntax restricted to a trailing '*' (validated before parsing)."""
