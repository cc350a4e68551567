import re
from pathlib import Path

import pytest

from service.pipeline import language
from service.pipeline.cleaning._shared import _words
from service.pipeline.language import LEXICON_DIR


def test_tokens_keep_numbers_and_inner_apostrophes():
    assert language.tokens("He didn’t say 11,000 troops, 3.5% or 3rd-party") == [
        "he", "didn't", "say", "11,000", "troops", "3.5", "or", "3rd", "party"]


def test_stem_is_the_index_porter_stemmer():
    from whoosh.analysis import StemmingAnalyzer

    indexed = [t.text for t in StemmingAnalyzer()("deployed troops")]
    assert [language.stem(w) for w in ("deployed", "troops")] == indexed


def test_content_terms_drop_stop_words_and_numbers():
    assert language.content_terms("The troops were deployed in 2024") == ["troop", "deploi"]


def test_lexicon_files_parse_comments_and_case():
    stops = language.stop_words()
    assert "the" in stops and "troops" not in stops
    assert all(entry == entry.strip() and "#" not in entry for entry in stops)


def test_phrase_pattern_matches_whole_words_only():
    pattern = language.phrase_pattern("stopwords")
    assert pattern.search("Then IT happened")
    assert not pattern.search("xyzzy")


def test_no_lexicon_lists_an_entry_twice():
    from pathlib import Path

    folder = Path(language.__file__).with_name("lexicons")
    twice = {}
    for path in sorted(folder.glob("*.txt")):
        entries = list(language.lexicon_entries(path.stem))
        repeated = sorted({entry for entry in entries if entries.count(entry) > 1})
        if repeated:
            twice[path.stem] = repeated
    assert twice == {}


def test_every_lexicon_is_documented_and_every_named_lexicon_exists():
    """The lexicons' README has a row for each file, and each ``lexicon("name")`` in the service names a file."""
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    undocumented = [f.name for f in sorted(LEXICON_DIR.glob("*.txt")) if f"`{f.name}`" not in readme]
    assert not undocumented, undocumented
    service = Path(__file__).resolve().parents[2] / "service"
    named = {m.group(1) for path in service.rglob("*.py")
             for m in re.finditer(r"lexicon(?:_entries|_pairs)?\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8"))}
    assert named, "no lexicon is named in the service"
    missing = sorted(name for name in named if not (LEXICON_DIR / f"{name}.txt").exists())
    assert not missing, missing


def test_a_shouted_field_is_read_with_its_name_and_only_with_a_value():
    assert language.shouted_field("NOTICE NUMBER: 2026KER02") == "NOTICE NUMBER"
    assert language.shouted_field("SOURCE: Keras Volcano Observatory") == "SOURCE"
    assert language.shouted_field("RECOMMENDATIONS:") is None  # a heading, no value
    assert language.shouted_field("Source: Keras Volcano Observatory") is None  # not shouted


def test_letter_words_are_lower_cased_runs_of_letters_in_any_script():
    assert language.letter_words("Lexo edhe: 3 të rejat e BQK-së") == ["lexo", "edhe", "të", "rejat", "e", "bqk", "së"]
    assert language.letter_words("Ulaanbaatar Улаанбаатар 2026") == ["ulaanbaatar", "улаанбаатар"]


@pytest.mark.parametrize("text, count", [
    ("नेपाल सरकार। जल तथा मौसम", 5),  # Devanagari vowel signs stay inside their words; the danda ends a sentence
    ("ทดสอบ ภาษาไทย", 2),  # Thai vowel marks
    ("தேயிலை ஏலம்", 2),  # Tamil
    ("well-known don't 3.5 café", 4),
])
def test_a_word_keeps_the_combining_marks_of_its_script(text, count):
    assert len(_words(text)) == count


def test_a_page_read_again_compiles_no_pattern_again(extractor, monkeypatch):
    # every pattern the rules use stays compiled: the standard library's cache of 512 would drop and recompile them
    import re._compiler

    from service.pipeline.document import process_document

    pages = sorted(Path(__file__).resolve().parents[1].joinpath("eval").rglob("*.txt"))[::150]
    raws = [page.read_text(encoding="utf-8") for page in pages]
    re.purge()  # (what other tests compiled does not count)
    for raw in raws:
        process_document(raw, None, extractor, min_chars=0)
    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or original(p, flags))
    for raw in raws:
        process_document(raw, None, extractor, min_chars=0)
    assert compiled == []


@pytest.mark.parametrize(("text", "latin"), [
    ("José Pérez", True), ("Łukasz Żak", True), ("Nikos Pappas", True),
    ("Νίκος Παππάς", False), ("Иван Петров", False), ("Trịnh Quốc Bảo", True), ("山田太郎", False),
])
def test_latin_script_tells_names_in_latin_letters_from_other_scripts(text, latin):
    assert language.latin_script(text) is latin
