"""The public entry points: ``clean_article``, ``load_sidecar`` and ``stated_metadata``."""

from __future__ import annotations

import json
import pathlib

from ..errors import ArticleRejected, ArticleTooShort
from ..models import CleanedArticle
from ._shared import ELSEWHERE_ZONES, SOURCE_PRIORITY
from .body import (
    _mark_about_sections, _mark_captions, _mark_closing_self_description, _mark_list_runs, _mark_non_sentences,
    _mark_release_end, _mark_repeats, _mark_self_introduction, _mark_summaries, _strip_distribution_stamp,
)
from .credits import _collect_welcome, _mark_editor_notes
from .chrome import _mark_appeals, _mark_chrome_lines, _mark_paywall_tail
from .dates import _own_url_date, _parse_date_text, _pick_published, _prefers_day_first
from .labels import _join_speaker_labels
from .lines import _decode, _mark_footnotes, _split_lines
from .publisher import _publisher
from .sitenames import _collect_site_names
from .sources import _collect_heading_author, _collect_portal_name, _mark_metadata
from .title import _find_title, _join_split_kind_headings, _lead_byline, _mark_header_and_lead


SIDECAR_FIELDS = ("title", "source", "byline", "published", "url")


def load_sidecar(path: pathlib.Path) -> dict | None:
    """Read the ``<name>.json`` metadata next to ``<name>.txt``; None when there is none."""
    path = pathlib.Path(path)
    sidecar_path = path if path.suffix == ".json" else path.with_suffix(".json")
    if not sidecar_path.is_file():
        return None
    try:
        data = json.loads(sidecar_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleRejected(f"sidecar {sidecar_path.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ArticleRejected(f"sidecar {sidecar_path.name} must hold a JSON object")
    for key in SIDECAR_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ArticleRejected(f"sidecar field {key!r} must be a string")
    return data


def clean_article(raw: str | bytes, sidecar: dict | None = None, *, min_chars: int = 200) -> CleanedArticle:
    """Strip site chrome from a scraped page and extract its metadata."""
    text = _decode(raw)
    lines = _join_split_kind_headings(_join_speaker_labels(_split_lines(text)))
    sources: list[tuple[int, int, str]] = []  # (priority, line index, name)

    _mark_chrome_lines(lines, sources)
    _mark_footnotes(lines)
    _mark_appeals(lines, sources)
    _mark_paywall_tail(lines)
    bylines, date_candidates = _mark_metadata(lines, sources, _prefers_day_first(lines))
    title_index = _find_title(lines, (sidecar or {}).get("title"))
    title = lines[title_index].text if title_index is not None else None
    _collect_site_names(lines, title_index, sources, (sidecar or {}).get("title"))
    _collect_heading_author(title, title_index, sources)
    _collect_portal_name(lines, sources)
    _mark_list_runs(lines, title_index)
    # Items of a headline list carry other articles' bylines; site-wide lines there still name the site.
    sources = [source for source in sources
               if not (source[0] == SOURCE_PRIORITY["byline"] and lines[source[1]].zone in ELSEWHERE_ZONES)]
    byline = next((names for index, names in bylines if lines[index].zone not in ELSEWHERE_ZONES), None)
    _mark_header_and_lead(lines, title_index)
    _mark_release_end(lines)
    _mark_self_introduction(lines, title_index)
    lead_byline = _lead_byline(lines, title_index)
    _mark_captions(lines)
    _mark_about_sections(lines, title_index, sources)
    _mark_editor_notes(lines, title_index, sources)
    _collect_welcome(lines, title_index, sources)
    _mark_closing_self_description(lines, title_index, sources)
    _mark_repeats(lines, title)
    _mark_non_sentences(lines)
    _mark_summaries(lines)

    _strip_distribution_stamp(lines)
    body = "\n\n".join(line.text for line in lines if line.drop is None)
    meta = {
        "title": title,
        "source": _publisher(sources, lines),
        "byline": byline or lead_byline,
        # A headline that carries a date ("Press Briefing – November 14, 2024") dates the page when no
        # line states the date on its own.
        "published": (_pick_published(lines, date_candidates, title_index)
                      or (_parse_date_text(title) if title else None) or _own_url_date(lines)),
        "url": None,
    }
    meta.update(stated_metadata(sidecar, published=meta["published"]))
    if not body:
        _too_short("article is too short: no text left after removing page chrome", "", meta)
    if len(body) < min_chars:
        _too_short(f"article is too short: {len(body)} characters after cleaning, fewer than {min_chars}", body, meta)
    return CleanedArticle(text=body, **meta)


def stated_metadata(sidecar: dict | None, *, published: str | None = None) -> dict:
    """The metadata fields a sidecar (or a request) states, spaces collapsed and the date read as ISO; a date that
    cannot be read leaves ``published`` as found on the page."""
    sidecar = dict(sidecar or {})
    if not sidecar.get("source") and isinstance(sidecar.get("publisher"), str):
        sidecar["source"] = sidecar["publisher"]
    stated = {}
    for key in SIDECAR_FIELDS:
        value = sidecar.get(key)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            if key == "published":
                value = _parse_date_text(value) or published
            stated[key] = value
    return stated


def _too_short(message: str, body: str, meta: dict):
    raise ArticleTooShort(message, CleanedArticle(text=body, **meta, warnings=[message]))
