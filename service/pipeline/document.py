"""One article through the whole extraction pipeline, the same way for the service, the CLI and the evaluation.

    cleaning.clean_article -> discourse.analyse -> passages.split_passages -> facts.FactExtractor.extract
"""

from __future__ import annotations

from dataclasses import dataclass

from .cleaning import clean_article
from .costs import stage
from .errors import ArticleTooShort
from .discourse import Discourse, analyse
from .facts import FactExtractor, resolve_page_dollar, resolve_shared_names
from .html import clean_html
from .models import CleanedArticle, Fact, Passage
from .passages import split_passages

# The start of the raw page, where releases name themselves and their issuer before cleaning drops the header.
PAGE_HEAD_CHARS = 2048
# The end of a longer raw page, where a statement is signed ("Amina Karanja / Minister of Water") above the footer.
PAGE_TAIL_CHARS = 1024


@dataclass
class ProcessedDocument:
    article: CleanedArticle
    discourse: Discourse
    passages: list[Passage]
    facts: list[Fact]


def clean_page(raw: str | bytes, sidecar: dict | None, kind: str = "text", *, min_chars: int = 200,
               keep_short: bool = False) -> CleanedArticle:
    """Clean an article file of either kind: HTML is extracted first, scraped text goes straight in.

    A page with too little prose raises ``ArticleTooShort``; with ``keep_short`` it is returned instead, with its
    short (maybe empty) body and the reason in ``warnings``.
    """
    clean = clean_html if kind == "html" else clean_article
    try:
        return clean(raw, sidecar, min_chars=min_chars)
    except ArticleTooShort as short:
        if keep_short:
            return short.article
        raise


def process_document(raw: str | bytes, sidecar: dict | None, extractor: FactExtractor, *, kind: str = "text",
                     min_chars: int = 200, keep_short: bool = False) -> ProcessedDocument:
    """Clean one raw page, find who speaks in it, split it into passages and extract its facts.

    A page kept with ``keep_short`` is not split or mined: it has no passages and no facts.
    """
    with stage("cleaning"):
        article = clean_page(raw, sidecar, kind, min_chars=min_chars, keep_short=keep_short)
    if article.warnings:
        return ProcessedDocument(article, analyse("", title=article.title, source=article.source,
                                                  byline=article.byline, hints=sidecar), [], [])
    page = tail = None
    if kind == "text":  # the raw head and end of a scraped page still hold the lines cleaning drops
        head = raw[:PAGE_HEAD_CHARS]
        page = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
        if len(raw) > PAGE_HEAD_CHARS:
            end = raw[-PAGE_TAIL_CHARS:]
            tail = end.decode("utf-8", "replace") if isinstance(end, bytes) else end
    with stage("discourse"):
        discourse = analyse(article.text, title=article.title, source=article.source, byline=article.byline,
                            hints=sidecar, page=page, tail=tail, raw=raw if isinstance(raw, str) else None)
    article.kind = discourse.kind.value
    article.source = article.source or discourse.source
    with stage("passages"):
        passages = split_passages(article.text, skip=discourse.label_spans())
    with stage("facts"):
        facts = extractor.extract(article.text, passages, discourse)
        if page is not None:  # a dateline or footer that cleaning dropped may name the country of a bare peso
            resolve_shared_names(facts, "\n".join(part for part in (page, tail) if part))
            # a menu or footer may name the dollar country the text does not ("letters@courier.co.nz")
            resolve_page_dollar(facts, article.text, "\n".join(part for part in (page, tail) if part), discourse)
    return ProcessedDocument(article, discourse, passages, facts)
