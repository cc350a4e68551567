"""Marks on the body once the headline is known: headline lists, "About" boilerplate and an issuer's
self-description, captions, repeats, labels and sub-headings, repeated summaries, and what a release prints after
its story."""

from __future__ import annotations

import re
from collections import Counter

from .. import issuer, language
from ._shared import (
    BULLET, CONNECTORS, MAX_CAPTION_WORDS, MIN_LIST_STOP_WORDS, MIN_PROSE_WORDS, ROLE_WORDS, SOURCE_PRIORITY, _Line,
    _ends_sentence, _fold, _is_prose, _labelled_pieces, _lowercase_share, _word_count, _words,
)
from .chrome import CAPTION_MARKERS, _line_pattern
from .title import MAX_FIELD_LINE_WORDS, _dated_field, _is_field_line


# The distributor's stamp that opens a distributed release: place, date and "/Distributor/", then a dash.
DISTRIBUTION_STAMP = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+[^()/\n]{0,30}?\s*/[^/\n]{1,40}/\s*[-–—]+\s")
# A block of short lines is a summary box when this share of its words repeats the article.
SUMMARY_CONTAINMENT = 0.8
FIGURE = re.compile(r"\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,}")  # "3.2", "6,412.7", "2026": a figure, not "5"
SUMMARY_MAX_WORDS = 20
# A paragraph before the body whose words nearly all reappear in one later paragraph is a standfirst
# that the article repeats.
STANDFIRST_CONTAINMENT = 0.8


def _mark_list_runs(lines: list[_Line], title_index: int | None) -> None:
    """A "more headlines" heading takes the run of short lines under it, up to real prose."""
    index = 0
    while index < len(lines):
        if lines[index].drop != "list-heading":
            index += 1
            continue
        index += 1
        while index < len(lines) and index != title_index:
            line = lines[index]
            if line.drop is None and _is_prose(line.text, MIN_LIST_STOP_WORDS):
                break
            line.drop = line.drop or "list"
            line.zone = "list"
            index += 1
SELF_DESCRIPTION = re.compile(r"\b(?:is|are)\s+(?:a|an|the|one)\b")


def _names_a_feature(name: str) -> bool:
    """"About Kanlaon Volcano", "About the Litani River": the geographic feature a bulletin is about (lexicon
    ``place_features``), which is no issuer describing itself."""
    return name.split()[-1].lower() in language.lexicon("place_features")


def _mark_about_sections(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """A release's boilerplate: "About Acme Wind" under the body, then "Acme Wind A/S is a developer of ...",
    a description of the issuer the body has already named (and so a name of the page's publisher)."""
    start = (title_index or 0) + 1
    for index in range(start, len(lines) - 1):
        match = ABOUT_HEADING.match(lines[index].text)
        if match is None:
            continue
        name = match.group("name")
        if _names_a_feature(name):
            continue
        described = lines[index + 1]
        named_before = any(name in line.text for line in lines[start:index] if line.drop is None)
        # an institution describing itself at the foot of its own release need not have named itself above
        if not ((named_before or issuer.is_institution(name))
                and re.sub(r"^The\s+", "", described.text).startswith(name.split()[0])
                and SELF_DESCRIPTION.search(described.text)):
            continue
        lines[index].drop = lines[index].drop or "boilerplate"
        if not sources:  # only when no line names a publisher: a distributor's page describes its clients too
            sources.append((SOURCE_PRIORITY["about"], index, name))
        elif all(priority >= SOURCE_PRIORITY["email"] for priority, _, _ in sources):
            # only a contact's mail domain ("media@acme.com") names the page otherwise: the company it describes
            sources.append((SOURCE_PRIORITY["footer_name"], index, name))
        for line in lines[index + 1:]:
            if line.block != described.block:
                break
            line.drop = line.drop or "boilerplate"


def _mark_closing_self_description(lines: list[_Line], title_index: int | None, sources: list) -> None:
    """"GeoNet is a partnership between ...": the body's last line, one sentence in which the page's own site name
    describes itself, is boilerplate even without an "About" heading."""
    kept = [line for line in lines[(title_index or 0) + 1:] if line.drop is None]
    if not kept:
        return
    last = kept[-1]
    for priority, _, name in sources:
        if priority != SOURCE_PRIORITY["site_name"] or not last.text.startswith(name + " "):
            continue
        rest = last.text[len(name):]
        if SELF_DESCRIPTION.match(rest.strip()) and rest.count(". ") == 0:
            last.drop = "boilerplate"
            return


# "The International Committee of the Red Cross (ICRC) is a neutral ... organization": a body introducing itself by
# its name and acronym.
SELF_INTRODUCTION = re.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|the|for|and|on|[A-Z][\w'’&-]*)){1,8})"
                               r"\s+\((?P<acronym>[A-Z]{2,8})\)\s+(?:is|are)\s+(?:a|an|the|one)\b")


def _mark_self_introduction(lines: list[_Line], title_index: int | None) -> None:
    """The last body paragraph of a release in which its issuer, already named above by its acronym ("SANAA (ICRC)
    - ..."), introduces itself: boilerplate, as an "About" section is."""
    body = [index for index, line in enumerate(lines) if line.drop is None and index > (title_index or 0)]
    if len(body) < 2:
        return
    last = lines[body[-1]]
    match = SELF_INTRODUCTION.match(last.text)
    if match is None:
        return
    above = "\n".join(lines[index].text for index in body[:-1])
    if re.search(rf"\b{match.group('acronym')}\b", above):
        last.drop = "boilerplate"


EXHIBIT_NUMBER = re.compile(r"^(?P<word>[^\W\d_]+\.?)\s+\d{1,2}[a-z]?(?:\.\d{1,2})?\s*[.:–—-]\s+\S")


def _exhibit_caption(text: str) -> bool:
    """"Table 1: Passenger movements by mode, Q2 2025 and Q2 2026": a numbered exhibit's label, then what it shows
    (lexicon ``exhibit_labels``); a sentence about it ("Table 1 shows ...") has no stop after the number."""
    match = EXHIBIT_NUMBER.match(text)
    return match is not None and match.group("word").lower() in language.lexicon("exhibit_labels")


def _mark_captions(lines: list[_Line]) -> None:
    """Drop photo captions found by their neighbours, their wording or their repetition."""
    one_block = len({line.block for line in lines}) == 1
    for index, line in enumerate(lines):
        if line.drop is not None:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        # The line right above a credit or file link, in the same block, describes the photo (on a page scraped
        # without blank lines, not when the credit closes the story: it credits the lead photo at the foot).
        if (following is not None and following.drop == "credit" and following.block == line.block
                and _word_count(line.text) <= MAX_CAPTION_WORDS
                and not (one_block and _closes_story(lines, index + 1))):
            line.drop = "caption"
        elif _word_count(line.text) <= MAX_CAPTION_WORDS and (
                CAPTION_MARKERS.search(line.text) or _exhibit_caption(line.text)):
            line.drop = "caption"
    # Image alt text and its caption print the same line twice in a row.
    for index in range(len(lines) - 1):
        first, second = lines[index], lines[index + 1]
        if _fold(first.text) == _fold(second.text) and _word_count(first.text) <= MAX_CAPTION_WORDS:
            for line in (first, second):
                if line.drop in (None, "lead"):
                    line.drop = "caption"


def _closes_story(lines: list[_Line], index: int) -> bool:
    """True when no sentence of the body follows line ``index`` (a credit after the story's last paragraph)."""
    return not any(line.drop is None and _is_prose(line.text) for line in lines[index + 1:])


def _mark_repeats(lines: list[_Line], title: str | None) -> None:
    """Drop repeats of the headline and later copies of any paragraph."""
    seen = {_fold(title)} if title else set()
    for line in lines:
        folded = _fold(line.text)
        if folded in seen and line.drop is None:
            line.drop = "repeat"
        seen.add(folded)


def _mark_non_sentences(lines: list[_Line]) -> None:
    """Drop labels and sub-headings; keep unpunctuated lines only if they read like a sentence."""
    for line in lines:
        if line.drop is not None:
            continue
        words = _word_count(line.text)
        if words < 3:
            line.drop = "label"
        elif (words <= MAX_FIELD_LINE_WORDS or _dated_field(line.text)) and _is_field_line(line.text):
            line.drop = "field"  # "Sources: Labour Force Survey; UWV.", "Tags: Trade, Exports"
        elif not _ends_sentence(line.text) and _labelled_pieces(line.text):
            line.drop = "field"  # "Specialist on duty: Natural Hazards · Next update: 20.01.2033 08:00"
        elif not _ends_sentence(line.text) and not (words >= 10 and _lowercase_share(line.text) >= 0.5):
            line.drop = "heading"


# --- Repeated summaries -----------------------------------------------------------------


def _terms(text: str) -> set[str]:
    return set(language.content_terms(text))


def _containment(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


# a sentence's end inside a line: another sentence follows (not an initial's full stop: "R. KRŪMIŅŠ", "(D. Liepiņa)")
INNER_SENTENCE_END = re.compile(r"(?<![\s(][A-Z])(?<!^[A-Z])[.!?][\"'”’)\]]?\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentence_per_line_body(block: list[_Line]) -> bool:
    """A block written a sentence per line (a statistics release, a transcript's turn), where short sentences stand
    among longer ones: every line one sentence, some of them longer than a key point. A key-point box is a block
    of its own, or stands among paragraphs."""
    return all(not INNER_SENTENCE_END.search(line.text) for line in block) \
        and any(_word_count(line.text) > SUMMARY_MAX_WORDS for line in block)


def _mark_summaries(lines: list[_Line]) -> None:
    """Drop key-point boxes and standfirsts that only repeat the article body."""
    kept = [line for line in lines if line.drop is None]
    stems = {id(line): _terms(line.text) for line in kept}
    stem_counts = Counter(stem for line in kept for stem in stems[id(line)])
    # A key-point box is a run of short lines, one block, between longer paragraphs or blank lines.
    runs: list[list[_Line]] = []
    for line in kept:
        short = _word_count(line.text) <= SUMMARY_MAX_WORDS
        if short and runs and runs[-1] and runs[-1][-1].block == line.block:
            runs[-1].append(line)
        else:
            runs.append([line] if short else [])
    blocks: dict[int, list[_Line]] = {}
    for line in kept:
        blocks.setdefault(line.block, []).append(line)
    for run in runs:
        if len(run) < 2 or len(kept) - len(run) < 3:
            continue
        if not all(line.bulleted for line in run) and _sentence_per_line_body(blocks[run[0].block]):
            continue
        in_run = Counter(stem for line in run for stem in stems[id(line)])
        rest = " ".join(line.text for line in kept if line not in run)
        scores = []
        for line in run:
            own = stems[id(line)]
            repeated = sum(1 for stem in own if stem_counts[stem] > in_run[stem])
            # "– Imports rose by 3.2% to $6,412.7 million.": a figure the body never gives is no repeat
            fresh = any(figure not in rest for figure in FIGURE.findall(line.text))
            scores.append(0.0 if fresh else repeated / len(own) if own else 0.0)
        if sum(scores) / len(scores) >= SUMMARY_CONTAINMENT:
            for line in run:
                line.drop = "summary"
    kept = [line for line in lines if line.drop is None]
    if len(kept) >= 3:
        first = kept[0]
        first_stems = _terms(first.text)
        if len(first_stems) >= MIN_PROSE_WORDS and any(
                _containment(first_stems, _terms(later.text)) >= STANDFIRST_CONTAINMENT
                and _word_count(later.text) >= _word_count(first.text) for later in kept[1:]):
            first.drop = "standfirst"


# --- The end of a release -----------------------------------------------------------------

# The mark that ends a press release ("###", "-30-", "ENDS", "- End -"): what follows is about the issuer.
END_MARKER = re.compile(
    r"^\s*(?:(?:#\s*){3,}|[-–—]*\s*(?:30|(?i:ends?))\s*[-–—]+|\(?(?i:ends)\)?|\(?END\)?"
    r"|(?i:end of (?:release|statement|press release|text|document)))\.?\s*$")
# "About Nordhavn Wind", "ABOUT THE CENTRAL BANK:": the heading of the issuer's description.
ABOUT_HEADING = re.compile(
    r"^about\s+(?:the\s+)?(?P<name>[A-Z0-9][^.!?:—–]{0,80}?(?:\s(?:Inc|Ltd|Co|Corp|Pty)\.)?)"  # "About Acme Inc."
    r"\s*(?:(?:[:—–]|\s-)\s*(?P<rest>.*))?$", re.I)
MAX_SECTION_HEADING_WORDS = 8
MAX_ABOUT_PARAGRAPHS = 2
# "Jane Roe is a senior reporter ...": a name, "is a/an/the", up to five words and the job.
AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+"
    r"(?P<role>(?:[\w'’-]+\s+){0,5}?[\w-]+)\s+(?:covering|who|for|at|with|based|in|of|and|on)\b")
MAX_BIO_WORDS = 60
# "Lea Hofmann covers transport for The Alpine Post.": the writer's beat, then the publication.
AUTHOR_BEAT = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:covers|reports on|writes about|writes on)\s+"
    r"[^.!?]{3,120}?\s+(?:for|at)\s+(?:the\s+)?[A-Z][^.!?]*[.!]?\s*$")
MAX_BEAT_WORDS = 25


def _mark_release_end(lines: list[_Line]) -> None:
    """Drop what a release prints after its story: everything after an end mark, the "About <issuer>" description,
    notes to editors, forward-looking-statement disclaimers and contact blocks."""
    body = [index for index, line in enumerate(lines) if line.drop is None]
    if not body:
        return
    for index in range(body[0] + 1, len(lines)):
        if END_MARKER.match(lines[index].text):
            for line in lines[index:]:
                line.drop = line.drop or "release-end"
            break
    ends = _boilerplate_section_ends(lines)
    index = body[0] + 1
    while index < len(lines):
        end = ends[index]
        if end is None:
            index += 1
            continue
        for line in lines[index:end]:
            line.drop = line.drop if line.drop not in (None, "heading", "label") else "release-end"
        index = end


def _is_section_heading(text: str) -> bool:
    return _word_count(text) <= MAX_SECTION_HEADING_WORDS and not _ends_sentence(text.rstrip(":"))


def _boilerplate_section_ends(lines: list[_Line]) -> list[int | None]:
    """For each line, where the boilerplate section that starts there ends (None when none starts there).

    Worked out from the bottom of the page up, so that "nothing but boilerplate follows" is known for every later
    line in one pass."""
    count = len(lines)
    next_heading = [count] * (count + 1)  # the first heading at or after each line
    for index in range(count - 1, -1, -1):
        line = lines[index]
        heading = line.drop is None and _is_section_heading(line.text) and not BULLET.match(line.text)
        next_heading[index] = index if heading else next_heading[index + 1]
    ends: list[int | None] = [None] * count
    clear = [True] * (count + 1)  # no story paragraph from this line on
    for index in range(count - 1, -1, -1):
        end = _boilerplate_section_end(lines, index, next_heading[index + 1], clear)
        ends[index] = end
        if end is not None:
            clear[index] = clear[end]
        else:
            clear[index] = clear[index + 1] and not (lines[index].drop is None and _is_prose(lines[index].text))
    return ends


def _boilerplate_section_end(lines: list[_Line], index: int, section_end: int, clear: list[bool]) -> int | None:
    """Where the boilerplate section that starts at ``index`` ends, or None when no such section starts there.

    ``section_end`` is the next heading below the line; ``clear[i]`` says that no story paragraph comes from line
    ``i`` on (known for every line below this one)."""
    text = lines[index].text
    folded = _fold(text).rstrip(" :")
    if _is_section_heading(text) and _line_pattern("chrome_sections").search(folded):
        return section_end
    if _is_author_bio(text):
        return index + 1 if clear[index + 1] else None
    about = ABOUT_HEADING.match(text)
    if about is None or not about.group("name")[0].isupper():
        return None
    name = about.group("name")
    if _names_a_feature(name):
        return None
    if about.group("rest"):  # "About Acme: Acme Corp makes ...", in one paragraph
        if _word_count(name) > MAX_SECTION_HEADING_WORDS:
            return None
        description, end = about.group("rest"), index + 1
    elif _is_section_heading(text):
        kept = []
        for number in range(index + 1, section_end):
            if lines[number].drop is None:
                kept.append(number)
                if len(kept) > MAX_ABOUT_PARAGRAPHS:
                    break
        if not kept:
            return None
        # The description is a paragraph or two; anything further belongs to the story again.
        description = lines[kept[0]].text
        end = kept[MAX_ABOUT_PARAGRAPHS] if len(kept) > MAX_ABOUT_PARAGRAPHS else section_end
    else:
        return None
    # ("About the MRC: Four riparian countries ... cooperate through the Commission": an acronym's body, described)
    described = _describes(name, description) or (bool(about.group("rest")) and issuer.is_acronym(name.strip()))
    return end if described and clear[end] else None


def _is_author_bio(text: str) -> bool:
    """"Jane Roe is a reporter covering farming for the Daily Example.", "Jane Roe covers farming for the Daily
    Example.": the writer's note closing a story."""
    if AUTHOR_BEAT.match(text) and _word_count(text) <= MAX_BEAT_WORDS:
        return True
    match = AUTHOR_BIO.match(text)
    return (match is not None and _word_count(text) <= MAX_BIO_WORDS
            and any(word.lower() in ROLE_WORDS for word in re.split(r"[\s-]+", match.group("role"))))


def _describes(name: str, paragraph: str) -> bool:
    """The paragraph under "About <name>" speaks of <name>: it repeats one of the name's words."""
    name_words = {word.lower() for word in _words(name) if word[0].isupper() and word.lower() not in CONNECTORS}
    return bool(name_words & {word.lower() for word in _words(paragraph)})


def _strip_distribution_stamp(lines: list[_Line]) -> None:
    """A distributed release opens with the distributor's stamp ("OSLO, April 24, 2025 /Example Newswire/ --"):
    its date is read above; the story's first sentence starts after it, with the issuer as its subject."""
    first = next((line for line in lines if line.drop is None), None)
    match = DISTRIBUTION_STAMP.match(first.text) if first is not None else None
    if match and _is_prose(first.text[match.end():]):
        first.text = first.text[match.end():].strip()
