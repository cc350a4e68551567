"""Writer and searcher together on a small hand-made index (no pipeline involved)."""

import os
import threading

import pytest
from whoosh import index as windex

from service.search.errors import IndexBuildIncomplete, IndexBusy, IndexUnavailable
from service.search.query import QueryCompiler
from service.search.searcher import Filters, IndexReader, highlight
from service.search.writer import IndexBuilder, IndexLocation, write_session


def article(aid, source="Daily Planet", published="2024-11-17", text="x"):
    return {"id": aid, "title": f"Title {aid}", "source": source, "published": published, "url": None,
            "byline": None, "text": text, "passages": 2, "facts": 1, "content_hash": "h-" + aid,
            "raw_hash": "r-" + aid, "entities": [{"name": "Kursk", "type": "GPE", "mentions": 1, "facts": 1}]}


def passages(aid, sentences, source="Daily Planet", published="2024-11-17"):
    out, cursor = [], 0
    for i, sentence in enumerate(sentences):
        out.append({"id": f"{aid}-p{i}", "article_id": aid, "index": i, "start": cursor,
                    "end": cursor + len(sentence), "text": sentence, "title": f"Title {aid}", "source": source,
                    "published": published, "url": None, "entities": ["Kursk"] if "Kursk" in sentence else []})
        cursor += len(sentence) + 1
    return out


def fact(aid, i, text, speaker=None, entities=("Kursk",), negated=False, source="Daily Planet"):
    return {"id": f"{aid}-f{i}", "article_id": aid, "passage_id": f"{aid}-p{i}", "index": i, "text": text,
            "start": 0, "end": len(text), "source": source, "published": "2024-11-17", "title": None, "url": None,
            "entities": [{"name": e, "type": "GPE", "mention": e, "start": 0, "end": 1} for e in entities],
            "quantities": [], "attribution": {"speaker": speaker, "organization": "Pentagon"} if speaker else None,
            "negated": negated, "hedged": False, "score": 0.8}


@pytest.fixture
def index_root(tmp_path):
    root = tmp_path / "index"
    with IndexBuilder(root, {"extractor_version": "test"}) as builder:
        builder.add_article(article("a1"), passages("a1", ["Troops entered Kursk last week.",
                                                           "The weather was cold."]),
                            [fact("a1", 0, "Troops entered Kursk last week.", speaker="Sabrina Singh")])
        builder.add_article(article("a2", source="Other Times", published="2024-11-18"),
                            passages("a2", ["North Korean troops fight in Kursk.", "Missiles reach 300 km."],
                                     source="Other Times", published="2024-11-18"),
                            [fact("a2", 0, "North Korean troops fight in Kursk.", negated=True,
                                  source="Other Times")])
    return root


def test_build_swaps_in_a_complete_index(index_root):
    location = IndexLocation(index_root)
    assert location.current() is not None
    assert location.manifest()["counts"] == {"article": 2, "passage": 4, "fact": 2}
    assert IndexReader(index_root).counts() == {"articles": 2, "passages": 4, "facts": 2}


def test_failed_build_leaves_the_live_index_untouched(index_root):
    before = IndexLocation(index_root).current()
    with pytest.raises(RuntimeError):
        with IndexBuilder(index_root, {}) as builder:
            builder.add("article", article("a3"))
            raise RuntimeError("boom")
    assert IndexLocation(index_root).current() == before
    assert IndexReader(index_root).counts()["articles"] == 2


def _segments(root) -> list[int]:
    with windex.open_dir(str(IndexLocation(root).current())).reader() as reader:
        return [leaf.doc_count_all() for leaf, _offset in reader.leaf_readers()]


def test_a_build_with_sub_writers_writes_every_document_into_segments_of_their_own(tmp_path):
    root = tmp_path / "index"
    texts = [f"Troops entered Kursk on day {k}." for k in range(40)]
    with IndexBuilder(root, {"extractor_version": "test"}, procs=2, batch_docs=8) as builder:
        for k, text in enumerate(texts):
            aid = f"a{k:02d}"
            builder.add_article(article(aid), passages(aid, [text, "The weather was cold."]), [fact(aid, 0, text)])
            assert len(builder._writer.docbuffer) < 8  # a full batch goes to a sub-writer as its article ends
        builder.checkpoint()  # what follows goes to new sub-writers, into segments of its own
        builder.add("article", article("late"))
    reader = IndexReader(root)
    assert reader.counts() == {"articles": 41, "passages": 80, "facts": 40}
    sizes = _segments(root)
    # a segment per sub-writer (one of them may have got no batch) and the checkpoint's
    assert 2 <= len(sizes) <= 3 and sum(sizes) == 161 and 1 in sizes
    assert all(size % 4 == 0 for size in sizes if size != 1)  # an article's 4 documents are never split
    items, total, _ = reader.search("passage", QueryCompiler("passage_text").parse("Kursk"), Filters(), limit=100,
                                    offset=0)
    assert total["value"] == 40 and sorted(i["text"] for i in items) == sorted(texts)
    items, total, _ = reader.search("fact", None, Filters(entities=("kursk",)), limit=100, offset=0)
    assert total["value"] == 40


def test_a_failed_build_with_sub_writers_stops_them_and_keeps_the_live_index(index_root):
    before = IndexLocation(index_root).current()
    with pytest.raises(RuntimeError):
        with IndexBuilder(index_root, {}, procs=2, batch_docs=4) as builder:
            for k in range(6):
                builder.add_article(article(f"b{k}"), passages(f"b{k}", ["Kursk.", "Cold."]), [])
            sub_writers = list(builder._writer.tasks)
            raise RuntimeError("boom")
    assert sub_writers and not any(task.is_alive() for task in sub_writers)
    assert IndexLocation(index_root).current() == before
    assert IndexReader(index_root).counts()["articles"] == 2


def test_a_build_that_lost_documents_is_discarded_and_the_live_index_kept(index_root):
    before = IndexLocation(index_root).current()
    with pytest.raises(IndexBuildIncomplete, match="3 of the 4"):
        with IndexBuilder(index_root, {}) as builder:
            builder.add_article(article("a3"), passages("a3", ["Kursk again.", "Cold."]), [])
            builder.counts["fact"] += 1  # one document the writer never got, as from a sub-writer that died
    assert IndexLocation(index_root).current() == before
    assert IndexReader(index_root).counts()["articles"] == 2
    assert [p.name for p in IndexLocation(index_root).builds.iterdir()] == [before.name]


def test_missing_index_is_reported(tmp_path):
    with pytest.raises(IndexUnavailable):
        IndexReader(tmp_path / "nothing").counts()


def test_search_ranks_and_filters(index_root):
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk")
    items, total, _ = reader.search("passage", parsed, Filters(), limit=10, offset=0)
    assert total["value"] == 2 and {i["article_id"] for i in items} == {"a1", "a2"}
    items, total, _ = reader.search("passage", parsed, Filters(source="other times"), limit=10, offset=0)
    assert total["value"] == 1 and items[0]["article_id"] == "a2"
    items, total, _ = reader.search("passage", parsed, Filters(published_from="2024-11-18"), limit=10, offset=0)
    assert [i["article_id"] for i in items] == ["a2"]
    items, total, _ = reader.search("passage", parsed, Filters(published_to="2024-11-17"), limit=10, offset=0)
    assert [i["article_id"] for i in items] == ["a1"]


def test_fact_filters(index_root):
    reader = IndexReader(index_root)
    items, total, _ = reader.search("fact", None, Filters(speaker="singh"), limit=10, offset=0)
    assert [i["id"] for i in items] == ["a1-f0"]
    items, total, _ = reader.search("fact", None, Filters(speaker="pentagon"), limit=10, offset=0)
    assert total["value"] == 1
    items, total, _ = reader.search("fact", None, Filters(negated=True), limit=10, offset=0)
    assert [i["id"] for i in items] == ["a2-f0"]
    items, total, _ = reader.search("fact", None, Filters(entities=("kursk",)), limit=10, offset=0)
    assert total["value"] == 2


def test_writes_are_seen_by_an_open_reader_without_refresh(index_root):
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk")
    assert reader.search("passage", parsed, Filters(), limit=10, offset=0)[1]["value"] == 2
    with write_session(index_root, lock_timeout=1) as session:
        assert session.delete_article("a1")
    items, total, _ = reader.search("passage", parsed, Filters(), limit=10, offset=0)
    assert total["value"] == 1 and items[0]["article_id"] == "a2"
    assert reader.counts() == {"articles": 1, "passages": 2, "facts": 1}


def test_second_writer_gets_index_busy_after_its_timeout(index_root):
    with write_session(index_root, lock_timeout=1):
        with pytest.raises(IndexBusy) as caught:
            with write_session(index_root, lock_timeout=0.2):
                pass
    assert caught.value.retry_after >= 1


def test_readers_in_threads_get_their_own_searcher(index_root):
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("troops")
    errors = []

    def work():
        try:
            for _ in range(20):
                assert reader.search("passage", parsed, Filters(), limit=5, offset=0)[1]["value"] == 2
        except Exception as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_highlight_escapes_and_marks(index_root):
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse('troops OR "north korean"')
    text = "North Korean <troops> entered."
    spans = reader.matches(text, parsed)
    assert [text[s["start"]:s["end"]] for s in spans] == ["North", "Korean", "troops"]
    assert highlight(text, spans) == "<mark>North</mark> <mark>Korean</mark> &lt;<mark>troops</mark>&gt; entered."


def test_prune_keeps_the_live_build(index_root):
    for _ in range(3):
        with IndexBuilder(index_root, {}) as builder:
            builder.add("article", article("z"))
    location = IndexLocation(index_root)
    assert len(os.listdir(location.builds)) == 2
    assert IndexReader(index_root).counts()["articles"] == 1


def test_a_filter_that_matches_nothing_returns_nothing(index_root):
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk")
    items, total, _ = reader.search("passage", parsed, Filters(source="nobody"), limit=10, offset=0)
    assert items == [] and total["value"] == 0


def test_totals_are_exact_up_to_the_bound_then_a_lower_bound(index_root, monkeypatch):
    import service.search.searcher as searcher_module

    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk OR weather OR missiles")
    _, total, _ = reader.search("passage", parsed, Filters(), limit=1, offset=0)
    assert total == {"value": 4, "relation": "eq"}
    monkeypatch.setattr(searcher_module, "TOTAL_BOUND", 2)
    _, total, _ = reader.search("passage", parsed, Filters(), limit=1, offset=0)
    assert total == {"value": 2, "relation": "gte"}


def test_date_and_score_ranges_filter_from_columns(index_root):
    reader = IndexReader(index_root)
    _, total, _ = reader.search("fact", None, Filters(published_from="2024-11-17", published_to="2024-11-17"),
                                limit=10, offset=0)
    assert total["value"] == 2
    _, total, _ = reader.search("fact", None, Filters(min_score=0.9), limit=10, offset=0)
    assert total["value"] == 0
    _, total, _ = reader.search("fact", None, Filters(min_score=0.5, source="daily planet"), limit=10, offset=0)
    assert total["value"] == 1


def test_facet_packing_roundtrips():
    from service.search.documents import pack_facets, unpack_facets

    facets = {"speaker": ["Sabrina Singh"], "source": [], "entity": ["Kursk", "North Korea"], "unit": ["km"]}
    assert unpack_facets(pack_facets(facets)) == {k: v for k, v in facets.items() if v}
    assert unpack_facets(b"") == {}


# --- segment merges at a write's commit ------------------------------------------------------------------------


def test_a_full_tier_is_merged_and_large_segments_never_are():
    from service.search.writer import MAX_MERGE_DOCS, MERGE_FACTOR, merge_tier, segments_to_merge

    assert segments_to_merge([30] * (MERGE_FACTOR - 1)) == []
    assert segments_to_merge([300_000] + [30] * MERGE_FACTOR) == list(range(1, MERGE_FACTOR + 1))
    # the lowest full tier first; the tiers above wait
    mixed = [500] * MERGE_FACTOR + [30] * MERGE_FACTOR
    assert segments_to_merge(mixed) == list(range(MERGE_FACTOR, 2 * MERGE_FACTOR))
    # a tier whose merge would pass the bound stays as it is, however many segments it holds
    big = MAX_MERGE_DOCS // MERGE_FACTOR + 1
    assert merge_tier(big) == merge_tier(big + 1) and segments_to_merge([big] * (MERGE_FACTOR + 3)) == []


def test_writes_keep_the_segments_few_and_leave_the_built_one_alone(tmp_path):
    from service.search.writer import MERGE_FACTOR, MIN_TIER_DOCS, merge_segments, optimize

    index_root = tmp_path / "index"
    built_articles = MIN_TIER_DOCS // 2  # three documents each: a segment a tier above a write's
    with IndexBuilder(index_root, {"extractor_version": "test"}) as builder:
        for n in range(built_articles):
            builder.add_article(article(f"b{n}"), passages(f"b{n}", [f"Built {n} near Kursk."]),
                                [fact(f"b{n}", 0, f"Built {n} near Kursk.")])

    def segments():
        with IndexLocation(index_root).open().reader() as reader:
            return [leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()]

    built = segments()[0]
    counts = []
    for n in range(3 * MERGE_FACTOR):
        with write_session(index_root, lock_timeout=1) as session:
            session.replace_article(article(f"w{n}"), passages(f"w{n}", [f"Write {n} reached Kursk."]),
                                    [fact(f"w{n}", 0, f"Write {n} reached Kursk.")])
        written = len(segments())  # a write commits its own segment and merges nothing
        merged = merge_segments(index_root)
        counts.append(len(segments()))
        assert built in segments() and merged == (counts[-1] < written)
    assert max(counts) <= 2 * MERGE_FACTOR and counts[-1] < len(counts) and merge_segments(index_root) is False
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk")
    expected = built_articles + 3 * MERGE_FACTOR
    assert reader.search("passage", parsed, Filters(), limit=1, offset=0)[1]["value"] == expected
    assert optimize(index_root, lock_timeout=1) == counts[-1] and len(segments()) == 1
    assert reader.search("passage", parsed, Filters(), limit=1, offset=0)[1]["value"] == expected


def test_stored_fields_read_from_the_columns_equal_whooshs(index_root):
    """The ranked path reads stored fields from each segment's column: the same fields for every document, on one
    segment and on several (a write adds one, a delete marks documents of the first)."""
    reader = IndexReader(index_root)

    def compare():
        state = reader._state()
        direct = reader._stored_fields(state)
        count = state.searcher.reader().doc_count_all()
        assert count > 0
        for docnum in range(count):
            assert direct(docnum) == state.searcher.stored_fields(docnum)
        return len(state.searcher.reader().leaf_readers())

    assert compare() == 1
    with write_session(index_root, lock_timeout=1) as session:
        session.replace_article(article("a3"), passages("a3", ["Kursk again.", "Cold again."]), [])
        session.delete_article("a1")
    assert compare() == 2
    reader.close()


def test_a_commit_is_seen_when_the_folder_stat_replaces_the_listing(index_root, monkeypatch):
    """Reads skip Whoosh's listing of the index folder while one stat shows it unchanged since an old enough
    check; a commit after that changes the folder and the next read sees it."""
    import time

    from service.search import searcher as searcher_module

    monkeypatch.setattr(searcher_module, "RACY_NS", 50_000_000)  # 50 ms instead of 2 s, to keep the test short
    reader = IndexReader(index_root)
    parsed = QueryCompiler("passage_text").parse("Kursk")
    time.sleep(0.1)
    listings = []
    state = reader._state()
    original = state.searcher.up_to_date
    monkeypatch.setattr(state.searcher, "up_to_date", lambda: listings.append(1) or original())
    for _ in range(5):
        assert reader.search("passage", parsed, Filters(), limit=10, offset=0)[1]["value"] == 2
    assert len(listings) == 1  # listed once, then the stat answered
    with write_session(index_root, lock_timeout=1) as session:
        session.replace_article(article("a3"), passages("a3", ["Kursk again."]), [])
    assert reader.search("passage", parsed, Filters(), limit=10, offset=0)[1]["value"] == 3
    assert len(listings) == 2
    reader.close()


def test_a_table_of_contents_removed_by_a_commit_while_opening_is_read_again(index_root, monkeypatch):
    """Whoosh lists the folder, then reads the newest table of contents: a commit in between removes it. The open is
    tried again (a unit: the race is simulated by one FileNotFoundError)."""
    import service.search.writer as writer_module

    real, calls = writer_module.windex.open_dir, []

    def racing(path):
        calls.append(path)
        if len(calls) == 1:
            raise FileNotFoundError(f"{path}/_MAIN_1.toc")
        return real(path)

    monkeypatch.setattr(writer_module.windex, "open_dir", racing)
    assert IndexLocation(index_root).open() is not None and len(calls) == 2


def test_an_index_whose_table_of_contents_keeps_vanishing_is_unavailable(index_root, monkeypatch):
    import service.search.writer as writer_module

    def gone(path):
        raise FileNotFoundError(f"{path}/_MAIN_1.toc")

    monkeypatch.setattr(writer_module.windex, "open_dir", gone)
    with pytest.raises(IndexUnavailable):
        IndexLocation(index_root).open()
