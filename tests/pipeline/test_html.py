"""HTML pages in: main text, metadata and dates from the markup; chrome never reaches passages or facts."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.pipeline.errors import ArticleRejected
from service.pipeline.html import clean_html, extract_html, extract_without_trafilatura
from service.pipeline.passages import split_passages

PAGES = Path(__file__).resolve().parent / "pages"

# page: (title, source, byline, published, url, text a passage (and a fact, where the page attributes it) must
# contain, chrome that must not survive)
EXPECTED = {
    "news_site": ("Harbour authority approves second container terminal", "The Coastal Ledger", "Priya Natarajan",
                  "2024-09-12", "https://ledger.example.com/business/harbour-terminal", "1.2 million containers",
                  ["cookies", "Accept all", "Subscribe", "newsletter", "inbox", "Most read", "Council votes",
                   "Share on", "Email this story", "Copyright", "Privacy", "Skip to", "Home"]),
    "gov_release": ("Department Awards $85 Million for Rural Water Systems", "Department of Water Resources", None,
                    "2024-11-14", None, "85 million dollars",
                    ["official website", "how you know", ".gov website", "HTTPS", "Newsroom", "Immediate Release",
                     "###", "FOIA", "Example Avenue"]),
    "central_bank": ("Monetary Policy Statement", "Example Reserve Bank", None, "2024-11-07", None,
                     "25 basis points",
                     ["Financial Stability", "Released", "Indicator", "Media enquiries", "@", "©"]),
    "blog": ("What a year of measuring my garden's soil taught me", None, "Tom Okafor", "2023-05-02", None,
             "3 degrees",
             ["Comments", "Reply", "Great post", "lime", "Powered by", "Archive", "Allotment"]),
}


# Pages whose key sentence is attributed ("... told reporters", "... announced"), so it must become a fact.
ATTRIBUTED = {"news_site", "gov_release"}


def page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_comes_from_the_markup(name):
    title, source, byline, published, url, *_ = EXPECTED[name]
    article = clean_html(page(name), min_chars=50)
    assert (article.title, article.source, article.byline, article.published, article.url) == (
        title, source, byline, published, url)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_facts_come_out_and_chrome_does_not(name, extractor):
    *_, fact_text, chrome = EXPECTED[name]
    article = clean_html(page(name), min_chars=50)
    passages = split_passages(article.text)
    facts = extractor.extract(article.text, passages)
    assert any(fact_text in passage.text for passage in passages)
    if name in ATTRIBUTED:
        assert any(fact_text in fact.text for fact in facts), [fact.text for fact in facts]
    for passage in passages:
        assert [word for word in chrome if word in passage.text] == [], passage.text
    assert article.title not in article.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_built_in_extractor_drops_chrome_elements(name):
    # The standard-library extractor stands in when trafilatura is missing; it must skip the same elements.
    extracted = extract_without_trafilatura(page(name))
    for word in ("cookies", "Most read", "Share on", "Great post", "Here's how you know", "Powered by"):
        assert word not in extracted.text
    assert extracted.metadata["title"] == EXPECTED[name][0]


def test_a_sidecar_wins_over_the_markup():
    article = clean_html(page("news_site"), {"title": "Given title", "published": "2024-09-13"}, min_chars=50)
    assert (article.title, article.published, article.source) == ("Given title", "2024-09-13",
                                                                  "The Coastal Ledger")


def test_dates_in_the_running_text_are_not_taken_for_the_publication_date():
    html = ("<html><body><article><h1>Council delays the bridge vote again</h1>"
            "<p>The council said on Monday that the vote on the new bridge, first planned for March 3, 2023, "
            "would be held later in the year after a review of the costs.</p>"
            "<p>Residents have waited for a decision since the old bridge closed, the council said.</p>"
            "</article></body></html>")
    article = clean_html(html, min_chars=50)
    assert article.published is None
    assert article.title == "Council delays the bridge vote again"


@pytest.mark.parametrize("html", ["", "   ", "<html><body><nav><a>Home</a></nav></body></html>", b"\xff\xfe<p>"])
def test_pages_without_main_text_are_rejected(html):
    with pytest.raises(ArticleRejected):
        clean_html(html, min_chars=50)


def test_extract_html_keeps_only_sidecar_fields():
    extracted = extract_html(page("news_site"))
    assert set(extracted.metadata) <= {"title", "source", "byline", "published", "url"}
    assert "Harbour authority" in extracted.text


markup = st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<article>", "</article>", "<nav>", "</div>", "<h1>",
                                             "<script>", "<!--", "&amp;", "<title>", "<meta name=author content=",
                                             "The council voted on Monday to build a new library, the mayor said. "]),
                            st.text(max_size=20)), max_size=30).map("".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup)
def test_any_markup_cleans_or_is_rejected(html):
    try:
        article = clean_html(html, min_chars=1)
    except ArticleRejected:
        return
    assert article.text.strip() and "\n\n\n" not in article.text
    assert article.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
