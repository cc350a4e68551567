"""Gazetteer loading and entity finding."""

from pathlib import Path

import pytest

from service.pipeline.entities import Entity, Gazetteer, find_entities, load_gazetteer
from service.pipeline.errors import GazetteerError

GAZETTEER_FILE = Path(__file__).resolve().parents[2] / "data" / "entities.yaml"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(GAZETTEER_FILE)


def names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    return [(m.mention, m.name, m.type) for m in find_entities(text, gazetteer).mentions]


# ------------------------------------------------------------------ gazetteer file


def test_bundled_gazetteer_has_the_required_aliases(gazetteer):
    expected = {
        "Army Tactical Missile Systems": "ATACMS",
        "ATACMS rockets": "ATACMS",
        "DPRK": "North Korea",
        "Pyongyang": "North Korea",
        "North Korean": "North Korea",
        "Department of Defense": "Pentagon",
        "DOD": "Pentagon",
        "U.S.": "United States",
        "Washington": "United States",
        "Kremlin": "Russia",
        "Moscow": "Russia",
        "Kiev": "Ukraine",
        "Kyiv": "Ukraine",
        "NATO": "NATO",
        "AFP": "Agence France-Presse",
        "New York Times": "The New York Times",
    }
    for alias, canonical in expected.items():
        assert gazetteer.canonical(alias).name == canonical, alias


def test_canonical_lookup_is_case_insensitive_and_returns_none_for_unknown_names(gazetteer):
    assert gazetteer.canonical("north korean").name == "North Korea"
    assert gazetteer.canonical("  the new york times ").name == "The New York Times"
    assert gazetteer.canonical("Atlantis") is None


def test_every_entity_has_a_known_type(gazetteer):
    assert {e.type for e in gazetteer.entities} <= {"PERSON", "ORG", "GPE", "WEAPON", "GROUP"}
    assert all(isinstance(e, Entity) for e in gazetteer.entities)


@pytest.mark.parametrize(
    "content, message",
    [
        ("entities: [", "not valid YAML"),
        ("- just a list", "top-level 'entities'"),
        ("entities: []", "lists no entities"),
        ("entities: [{type: GPE}]", "has no name"),
        ("entities: [{name: Atlantis, type: PLANET}]", "has type 'PLANET'"),
        ("entities: [{name: Atlantis, type: GPE, aliases: Atlantean}]", "aliases must be a list"),
        ("entities: [{name: Atlantis, type: GPE, aliases: ['']}]", "aliases must be a list"),
        ("entities: [plain string]", "is not a mapping"),
    ],
)
def test_malformed_gazetteer_files_are_rejected(tmp_path, content, message):
    path = tmp_path / "entities.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(path)


def test_missing_gazetteer_file_is_rejected(tmp_path):
    with pytest.raises(GazetteerError, match="cannot read"):
        load_gazetteer(tmp_path / "absent.yaml")


def test_a_user_extended_file_is_used(tmp_path):
    path = tmp_path / "entities.yaml"
    path.write_text("entities:\n  - {name: Zephyr Dynamics, type: ORG, aliases: [Zephyr, ZD]}\n", encoding="utf-8")
    gazetteer = load_gazetteer(path)
    assert names("Zephyr said ZD would grow.", gazetteer) == [
        ("Zephyr", "Zephyr Dynamics", "ORG"),
        ("ZD", "Zephyr Dynamics", "ORG"),
    ]


# ------------------------------------------------------------------ matching rules


def test_the_pronoun_us_is_not_the_united_states(gazetteer):
    assert names("Tell us what the US plans.", gazetteer) == [("US", "United States", "GPE")]


def test_longest_alias_wins(gazetteer):
    found = names("The Washington Post said Washington would act.", gazetteer)
    assert found == [("The Washington Post", "The Washington Post", "ORG"), ("Washington", "United States", "GPE")]


def test_aliases_inside_hyphenated_words_and_possessives(gazetteer):
    found = names("U.S.-made missiles reached Russia's border and North Koreans watched.", gazetteer)
    assert [n for _, n, _ in found] == ["United States", "Russia", "North Korea"]


def test_offsets_point_at_the_mention(gazetteer):
    text = "Ukrainian Defense Minister Rustem Umerov met NATO officials in Kyiv."
    for m in find_entities(text, gazetteer).mentions:
        assert text[m.start : m.end] == m.mention


# ------------------------------------------------------------------ names not in the file


@pytest.mark.parametrize(
    "text, person, role, organization",
    [
        (
            "In a briefing, Deputy Spokesperson Vedant Patel reported gains.",
            "Vedant Patel",
            "Deputy Spokesperson",
            None,
        ),
        ("Ukrainian Defense Minister Rustem Umerov spoke.", "Rustem Umerov", "Ukrainian Defense Minister", "Ukraine"),
        ("Pentagon spokesperson Maj. Gen. Pat Ryder confirmed it.", "Pat Ryder", "Pentagon spokesperson", "Pentagon"),
        (
            "Troops moved, said Deputy Pentagon Press Secretary Sabrina Singh.",
            "Sabrina Singh",
            "Deputy Pentagon Press Secretary",
            "Pentagon",
        ),
        (
            "U.S. Secretary of Defense Lloyd Austin called.",
            "Lloyd Austin",
            "U.S. Secretary of Defense",
            "United States",
        ),
        ("Bank of Canada Governor Tiff Macklem spoke.", "Tiff Macklem", "Bank of Canada Governor", "Bank of Canada"),
    ],
)
def test_people_introduced_with_a_title(gazetteer, text, person, role, organization):
    found = find_entities(text, gazetteer)
    assert person in [m.name for m in found.mentions if m.type == "PERSON"]
    info = found.people[person]
    assert (info.role, info.organization) == (role, organization)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Maria Lopez said the vote was fair.", "Maria Lopez"),
        ("The vote was fair, said Maria Lopez.", "Maria Lopez"),
        ("Kenya's Kelvin Kiptum won the race.", "Kelvin Kiptum"),
        ("Patricia Bullrich, who came third, endorsed him.", "Patricia Bullrich"),
        ("His coach, Gervais Hakizimana, said he was ready.", "Gervais Hakizimana"),
        ("Jane Doe, chief economist at Acme Bank, said rates would rise.", "Jane Doe"),
    ],
)
def test_people_found_from_context(gazetteer, text, person):
    assert person in [m.name for m in find_entities(text, gazetteer).mentions if m.type == "PERSON"]


def test_later_surnames_link_to_the_full_name(gazetteer):
    text = "Deputy Spokesperson Vedant Patel briefed reporters. Patel stated that talks continue. Mr Patel left."
    found = find_entities(text, gazetteer)
    persons = [(m.mention, m.name) for m in found.mentions if m.type == "PERSON"]
    assert persons == [("Vedant Patel", "Vedant Patel"), ("Patel", "Vedant Patel"), ("Patel", "Vedant Patel")]


def test_honorifics_give_gender(gazetteer):
    found = find_entities("Ms Rebecca Long and Mr. John Hale spoke.", gazetteer)
    assert found.people["Rebecca Long"].gender == "f"
    assert found.people["John Hale"].gender == "m"


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Malawi's Ministry of Health said cases rose.", "Ministry of Health"),
        ("Analysts at the Royal Bank of Canada expect growth.", "Royal Bank of Canada"),
        ("The Rapid Support Forces advanced.", "Rapid Support Forces"),
        ("Prices rose, Statistics Canada said.", "Statistics Canada"),
        ("The poll by consultancy Atlas Intel showed a tie.", "Atlas Intel"),
        ("Figures from the national institute INDEC were late.", "INDEC"),
        ("Drivers will strike, the Aslef union said.", "Aslef"),
    ],
)
def test_organisations_found_from_capitalisation_and_context(gazetteer, text, organisation):
    assert organisation in [m.name for m in find_entities(text, gazetteer).mentions if m.type == "ORG"]


def test_acronym_defined_in_brackets_names_the_organisation_later(gazetteer):
    text = "Fighting between the army and the Rapid Support Forces (RSF) continued. The RSF denied it."
    orgs = [m.name for m in find_entities(text, gazetteer).mentions if m.mention == "RSF"]
    assert orgs == ["Rapid Support Forces", "Rapid Support Forces"]


def test_places_named_once_by_region_are_found_alone_later(gazetteer):
    text = "Troops entered the Vostrava region. Vostrava was the site of fighting near Tapa, Estonia."
    places = [(m.mention, m.name) for m in find_entities(text, gazetteer).mentions if m.type == "GPE"]
    assert places.count(("Vostrava", "Vostrava")) == 2
    assert ("Tapa", "Tapa") in places


def test_sentence_initial_words_are_not_names(gazetteer):
    found = find_entities("However, the plan failed. Recent reports said it was late.", gazetteer)
    assert found.mentions == []
