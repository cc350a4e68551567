"""User query language: words, "quoted phrases", AND / OR / NOT, parentheses and prefix*.

Whoosh's parser silently repairs broken input ("(foo" becomes "foo", "a AND OR b" matches nothing), which would
turn a typo into a wrong answer. So the query is checked first and every problem is reported with its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.qparser.plugins import FieldsPlugin, WildcardPlugin

from .errors import NoSearchableTerms, QuerySyntaxError
from .schema import build_schema

OPERATORS = ("AND", "OR", "NOT")
MIN_PREFIX = 2
_LEXEME = re.compile(r'\s+|"[^"]*"|"|\(|\)|[^\s()"]+')
_FIELD = re.compile(r"^([A-Za-z_]\w*):")
# Queries of plain words only (no quotes, groups, wildcards, field syntax or operators) are the common case; they
# are analysed directly into the query Whoosh's parser would build, without its plugin machinery.
_PLAIN = re.compile(r'[^"()*?:]+')


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    query: wq.Query
    terms: frozenset[str]  # analysed terms, for highlighting
    prefixes: frozenset[str]

    def describe(self) -> str:
        return str(self.query)


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
        self._parser.add_plugin(_PrefixOnlyPlugin())

    def parse(self, text: str) -> ParsedQuery:
        text = text.strip()
        if not text:
            raise QuerySyntaxError("the query is empty", query=text, position=0)
        _check_syntax(text)
        parsed = self._plain(text)
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
        if not _PLAIN.fullmatch(text) or any(word in OPERATORS for word in words):
            return None
        field = self._parser.schema[self.fieldname]
        terms = list(dict.fromkeys(token for word in words for token in field.process_text(word, mode="query")))
        if not terms:
            return wq.NullQuery
        if len(terms) == 1:
            return wq.Term(self.fieldname, terms[0])
        return wq.And([wq.Term(self.fieldname, term) for term in terms])


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
