"""HTML pages in: main text and metadata from the markup, then the same cleaning as scraped text.

trafilatura finds the main text (without comments) and the page's title, site name and author; htmldate reads
the publication date from the markup only (``extensive_search=False``: a date in the running text or the URL
is not taken for the publication date). The text then goes through ``clean_article`` with the HTML metadata
used like a sidecar; a real sidecar (or fields sent with the request) still wins.

When trafilatura cannot be imported (its HTML cleaner is a separate distribution that a partial install may
lack), a small standard-library extractor takes over: it keeps ``<article>``/``<main>`` and skips navigation,
asides, headers, footers, forms and elements whose class, id or role name chrome (cookie banners,
newsletter boxes, share bars, comment threads).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

from .cleaning import SIDECAR_FIELDS, clean_article, stated_metadata
from .cleaning.lines import _decode
from .errors import ArticleTooShort
from .models import CleanedArticle

log = logging.getLogger(__name__)

TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
MAX_SITE_NAME_WORDS = 8
# Several authors come separated by semicolons from trafilatura.
AUTHOR_SEPARATOR = re.compile(r"\s*;\s*")


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    metadata: dict = field(default_factory=dict)  # title, source, byline, published, url (when stated)


def clean_html(raw: str | bytes, sidecar: dict | None = None, *, min_chars: int = 200) -> CleanedArticle:
    """Extract an HTML page's main text and metadata, then clean it like any scraped page."""
    page = extract_html(raw)
    merged = dict(page.metadata)
    merged.update({k: v for k, v in (sidecar or {}).items() if isinstance(v, str) and v.strip()})
    if not page.text.strip():
        message = "article is too short: the HTML page has no main text"
        raise ArticleTooShort(message, CleanedArticle(text="", **stated_metadata(merged), warnings=[message]))
    return clean_article(page.text, merged, min_chars=min_chars)


def extract_html(raw: str | bytes) -> ExtractedPage:
    markup = _decode(raw, "HTML")
    extracted = _extract_with_trafilatura(markup)
    if extracted is None:
        extracted = extract_without_trafilatura(markup)
    metadata = dict(extracted.metadata)
    if not metadata.get("source"):
        metadata["source"] = _site_from_title(markup, metadata.get("title"))
    published = _markup_date(markup)
    if published:
        metadata["published"] = published
    return ExtractedPage(extracted.text, {k: v for k, v in metadata.items() if k in SIDECAR_FIELDS and v})


def _site_from_title(markup: str, headline: str | None) -> str | None:
    """"Headline | Site name" in ``<title>``: the piece that is not the headline names the site."""
    match = TITLE_ELEMENT.search(markup)
    if not match or not headline:
        return None
    pieces = TITLE_SEPARATOR.split(" ".join(unescape(match.group(1)).split()))
    if len(pieces) != 2 or headline not in pieces:
        return None
    site = pieces[1] if pieces[0] == headline else pieces[0]
    return site if 0 < len(site.split()) <= MAX_SITE_NAME_WORDS else None


@lru_cache(maxsize=1)
def _trafilatura():
    try:
        import trafilatura
    except ImportError as error:  # a partial install: the extractor below takes over
        log.warning("trafilatura is unavailable (%s); using the built-in HTML extractor", error)
        return None
    return trafilatura


def _extract_with_trafilatura(markup: str) -> ExtractedPage | None:
    trafilatura = _trafilatura()
    if trafilatura is None:
        return None
    try:
        document = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True,
                                               with_metadata=True)
    except Exception as error:  # noqa: BLE001 - a parser failing on hostile markup must not fail the request
        log.warning("trafilatura failed (%s); using the built-in HTML extractor", error)
        return None
    if document is None:
        return ExtractedPage("")
    byline = document.author and " and ".join(AUTHOR_SEPARATOR.split(document.author.strip()))
    metadata = {"title": document.title, "source": document.sitename, "byline": byline, "url": document.url}
    return ExtractedPage(document.text or "", metadata)


def _markup_date(markup: str) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(markup, extensive_search=False, original_date=True)
    except Exception as error:  # noqa: BLE001 - no date is better than a failed request
        log.warning("htmldate failed: %s", error)
        return None


# --- The built-in extractor ---------------------------------------------------------------

SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form", "button",
                "iframe", "dialog", "select", "figure", "head"}
# A <header> outside the article holds the site's masthead; inside it, the headline.
PAGE_ONLY_TAGS = {"header"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"}
# Words in class or id names that mark page chrome.
CHROME_NAMES = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|subscri|signup|paywall|share|social|comment|related|recommend"
    r"|promo|advert|sponsor|sidebar|breadcrumb|menu|navbar|popup|modal|skip|footer|masthead|disclaimer",
    re.I)
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
              "blockquote", "pre", "tr", "table", "dd", "dt", "dl", "br", "hr", "header", "time", "address"}
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed",
             "param", "track"}
META_FIELDS = {
    "og:title": "title", "twitter:title": "title", "og:site_name": "source", "application-name": "source",
    "author": "byline", "article:author": "byline", "og:url": "url",
}


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.content_depth = 0  # inside <article> or <main>
        self.parts: dict[str, list[str]] = {"all": [], "content": []}
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.headline: list[str] = []  # the first <h1>
        self.in_headline = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").split():
            self.meta.setdefault("url", attributes.get("href", ""))
        if tag == "title":
            self.in_title = True
        if tag == "h1" and not self.headline:
            self.in_headline = True
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self._break()
            return
        skipped = self.skip_depth > 0 or self._is_chrome(tag, attributes)
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.content_depth += 1
        if tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_headline = False
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            if open_tag in ("article", "main"):
                self.content_depth -= 1
            if open_tag == tag:
                break
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.in_headline:
            self.headline.append(data)
        if self.skip_depth:
            return
        self.parts["all"].append(data)
        if self.content_depth:
            self.parts["content"].append(data)

    def _is_chrome(self, tag: str, attributes: dict) -> bool:
        if tag in SKIPPED_TAGS or (tag in PAGE_ONLY_TAGS and not self.content_depth):
            return True
        if attributes.get("role", "").lower() in CHROME_ROLES or "hidden" in attributes:
            return True
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}"
        return tag not in ("article", "main", "body", "html") and bool(CHROME_NAMES.search(names))

    def _meta(self, attributes: dict) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        if key in META_FIELDS and attributes.get("content"):
            self.meta.setdefault(META_FIELDS[key], attributes["content"].strip())

    def _break(self) -> None:
        for part in self.parts.values():
            part.append("\n")

    def text(self) -> str:
        chosen = self.parts["content"] if "".join(self.parts["content"]).strip() else self.parts["all"]
        lines = (" ".join(line.split()) for line in "".join(chosen).split("\n"))
        return "\n".join(line for line in lines if line)


def extract_without_trafilatura(markup: str) -> ExtractedPage:
    """The standard-library extractor: main text and ``<meta>`` metadata."""
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    metadata = dict(parser.meta)
    headline = " ".join("".join(parser.headline).split())
    if headline:
        metadata["title"] = headline
    elif "title" not in metadata and parser.title_parts:
        # "Headline | Site name": the longest piece is the headline.
        pieces = TITLE_SEPARATOR.split(" ".join("".join(parser.title_parts).split()))
        metadata["title"] = max(pieces, key=len)
    return ExtractedPage(parser.text(), metadata)
