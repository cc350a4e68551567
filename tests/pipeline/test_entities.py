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
    assert {e.type for e in gazetteer.entities} <= {"PERSON", "ORG", "GPE", "WEAPON", "GROUP", "EVENT"}
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
        ("entities: [{name: Atlantis, type: GPE, aliases: [Atlantea], spellings: [Atlantida]}]",
         "spellings must be a list of its aliases"),
    ],
)
def test_malformed_gazetteer_files_are_rejected(tmp_path, content, message):
    path = tmp_path / "entities.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(path)


def test_another_official_name_is_reported_as_the_page_writes_it_and_a_demonym_under_the_canonical_name(gazetteer):
    found = {name for _, name, _ in names("Côte d'Ivoire exported 2.1 million tonnes of cocoa.", gazetteer)}
    assert found == {"Côte d'Ivoire"}
    found = {name for _, name, _ in names("Ivory Coast exported 2.1 million tonnes, Ivorian officials said.",
                                          gazetteer)}
    assert found == {"Ivory Coast"}


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


def test_a_bodys_name_read_once_names_it_again_where_only_a_place_inside_was_read(gazetteer):
    text = ("Air Namibia said the route had lost money in the year to June, even after a subsidy. "
            "Air Namibia will cut its flights to one a week. An Air Namibia spokesperson said loads had fallen.")
    found = [(mention, name) for mention, name, typ in names(text, gazetteer) if typ == "ORG"]
    assert found.count(("Air Namibia", "Air Namibia")) == 3


def test_an_occupation_before_a_name_is_no_part_of_it(gazetteer):
    text = "Fisherman Chhorn Sovann, 52, from Sambor district, said he stopped using gill nets two years ago."
    assert "Chhorn Sovann" in find_entities(text, gazetteer).people


def test_an_authority_for_what_it_regulates_is_one_body(gazetteer):
    text = "According to the Authority for the Regulation and Control of Mineral Markets, quotas limited exports."
    assert names(text, gazetteer) == [("Authority for the Regulation and Control of Mineral Markets",
                                       "Authority for the Regulation and Control of Mineral Markets", "ORG")]


def test_a_prefecture_of_a_place_is_a_body(gazetteer):
    text = "The Prefecture of Mayotte announced that schools in Dzaoudzi would stay closed on Tuesday."
    assert ("Prefecture of Mayotte", "Prefecture of Mayotte", "ORG") in names(text, gazetteer)


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


# ------------------------------------------------------------------ the statistical recogniser under the gazetteer

ENTITY_SENTENCES = Path(__file__).resolve().parent / "data" / "entity_sentences.yaml"
# Measured on the composed sentences: recall 0.91, precision 0.94 (rules alone: 0.57 and 0.91).
RECALL_FLOOR = 0.85
PRECISION_FLOOR = 0.88


def test_named_storms_are_events_not_people(gazetteer):
    found = names("Hurricane Milton strengthened overnight, and Tropical Storm Debby weakened.", gazetteer)
    assert ("Hurricane Milton", "Hurricane Milton", "EVENT") in found
    assert ("Tropical Storm Debby", "Tropical Storm Debby", "EVENT") in found
    assert not [f for f in found if f[2] == "PERSON"]


def test_a_role_of_a_states_long_formal_name_before_a_name_opens_the_person(gazetteer):
    found = names("The President received Prime Minister of the Socialist Republic of Vietnam Tran Minh Quang-Duc "
                  "at the State Palace.", gazetteer)
    assert ("Tran Minh Quang-Duc", "Tran Minh Quang-Duc", "PERSON") in found


def test_a_companys_short_name_read_as_a_person_is_the_company(gazetteer):
    # the short name drops only the company's form; another body that opens with a place stays apart
    text = ("The court fined Bahia Verde Cement Holdings Ltd for dust. Bahia Verde Cement said it would appeal. The "
            "plant has produced cement since 1971. The Grand Port Fishermen's Association welcomed the ruling.")
    found = names(text, gazetteer)
    assert all(typ != "PERSON" for mention, _name, typ in found if "Verde" in mention)


def test_a_name_read_as_a_place_once_is_that_place_where_no_title_stands_before_it(gazetteer):
    from service.pipeline.entities.scanner import _Scanner

    # the recogniser's readings of one name in three places: after a title, after "of", alone
    scanner = _Scanner("Mayor Gorna Brezna of Gorna Brezna spoke. Gorna Brezna has 900 homes.", gazetteer)
    chosen = [(1, 3, "Gorna Brezna", "PERSON"), (4, 6, "Gorna Brezna", "GPE"), (8, 10, "Gorna Brezna", "PERSON")]
    assert [t for _a, _b, _n, t in scanner._places_read_as_people(chosen)] == ["PERSON", "GPE", "GPE"]


def test_a_company_called_by_its_first_word_unless_the_word_is_a_place(gazetteer):
    text = ("The regulator fined Marlowe Home Energy Limited £12 million. Marlowe supplies gas to 740,000 homes. "
            "Complaints about Marlowe rose. Tarnby Bus Services Limited runs 40 buses in the north of Tarnby.")
    found = names(text, gazetteer)
    assert [n for m, n, _t in found if m == "Marlowe"] == ["Marlowe Home Energy Limited"] * 2
    assert "Tarnby Bus Services Limited" not in [n for m, n, _t in found if m == "Tarnby"]


def test_a_storm_named_in_capitals_is_the_event_when_named_again(gazetteer):
    # a weather service writes the name in capitals; alone later, and after a line in capitals, it is still the storm
    text = ("At 2:00 PM the eye of Typhoon MARISOL was 120 km east of Palanan. MARISOL is moving west at 18 km/h.\n\n"
            "UPDATE 8:00 PM\n\nSignal No. 2 is now raised over Cagayan. MARISOL's gusts have reached 170 km/h.")
    found = names(text, gazetteer)
    assert [f for f in found if "MARISOL" in f[0]] == [("Typhoon MARISOL", "Typhoon MARISOL", "EVENT"),
                                                      ("MARISOL", "Typhoon MARISOL", "EVENT"),
                                                      ("MARISOL", "Typhoon MARISOL", "EVENT")]


@pytest.mark.parametrize("name", ["Ma. Lourdes T. Dizon", "Md. Rafiqul Islam", "Mohd. Hafiz Rahman",
                                  "Gantulga Ch. Erdenebat"])  # and a patronymic's two-letter initial
def test_an_abbreviated_given_name_or_initial_is_part_of_the_persons_name(gazetteer, name):
    found = names(f"Forecaster {name} said the rain would ease by Sunday.", gazetteer)
    assert (name, name, "PERSON") in found
    assert len([f for f in found if f[2] == "PERSON"]) == 1


def test_an_organisation_named_after_a_country_is_the_organisation(gazetteer):
    found = names("Statistics Canada said retail sales climbed 0.4 percent in August.", gazetteer)
    assert ("Statistics Canada", "Statistics Canada", "ORG") in found
    assert not [f for f in found if f[1] == "Canada"]


def test_a_single_word_company_at_sentence_start(gazetteer):
    found = names("Nvidia said demand for its chips would outstrip supply well into next year.", gazetteer)
    assert ("Nvidia", "Nvidia", "ORG") in found


def test_a_name_at_sentence_start_without_a_title(gazetteer):
    found = names("Carlos Mendez testified that he had never met the defendant.", gazetteer)
    assert ("Carlos Mendez", "Carlos Mendez", "PERSON") in found


def test_the_gazetteer_wins_over_the_recogniser(gazetteer):
    found = names("Diplomats in Pyongyang said the border would reopen, while Kyiv disagreed.", gazetteer)
    assert ("Pyongyang", "North Korea", "GPE") in found
    assert ("Kyiv", "Ukraine", "GPE") in found


def test_a_later_surname_links_to_a_name_the_recogniser_found(gazetteer):
    text = "Amelia Hartwell won the sprint in record time. Hartwell said the wind had helped."
    found = names(text, gazetteer)
    assert found[0] == ("Amelia Hartwell", "Amelia Hartwell", "PERSON")
    assert ("Hartwell", "Amelia Hartwell", "PERSON") in found


def test_the_recogniser_runs_only_on_sentences_that_need_it(gazetteer, monkeypatch):
    from service.pipeline import recogniser

    seen: list[list[str]] = []
    real = recogniser.recognise
    monkeypatch.setattr(recogniser, "recognise", lambda texts: seen.append(texts) or real(texts))
    text = "Russia and Ukraine traded fire. The talks stalled on Monday. Greta Lindqvist chaired them."
    find_entities(text, gazetteer)
    assert len(seen) == 1  # one batch per article
    assert all("Lindqvist" in window for window in seen[0])  # only the sentence with an unknown name


def test_recall_and_precision_on_composed_sentences(gazetteer):
    import yaml

    tp = fp = fn = 0
    for item in yaml.safe_load(ENTITY_SENTENCES.read_text(encoding="utf-8"))["sentences"]:
        gold = {tuple(e) for e in item["entities"]}
        got = {(m.name, m.type) for m in find_entities(item["text"], gazetteer).mentions}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    assert tp / (tp + fn) >= RECALL_FLOOR
    assert tp / (tp + fp) >= PRECISION_FLOOR


def test_a_surname_links_to_the_full_name_whatever_type_the_recogniser_gives_it(gazetteer):
    # the recogniser finds both full names, and reads the bare surnames as organisations
    text = (
        "The court ordered Walter Crane, 52, to pay a fine. Crane's attorney had asked for less. "
        "Incumbent Ruth Bellamy finished third with 17%. Bellamy said she would hand over power peacefully."
    )
    found = names(text, gazetteer)
    assert ("Crane", "Walter Crane", "PERSON") in found
    assert ("Bellamy", "Ruth Bellamy", "PERSON") in found
    assert not [f for f in found if f[1] in ("Crane", "Bellamy")]


def test_a_storm_named_again_without_its_head_word_is_the_event(gazetteer):
    text = "Hurricane Odalys made landfall on Tuesday. Odalys caused flooding far inland."
    found = names(text, gazetteer)
    assert ("Odalys", "Hurricane Odalys", "EVENT") in found


def test_an_acronym_the_text_defines_as_a_term_is_never_an_entity(gazetteer):
    text = (
        "The bank kept the overnight lending window (OLW) rate at 4 per cent and the marginal standing "
        "facility (MSF) rate at 4.5 per cent. The Household Price Index (HPI) rose 2.1%. The MSF rate is a "
        "ceiling, and the HPI excludes energy."
    )
    assert find_entities(text, gazetteer).mentions == []  # MSF is listed, for another meaning


def test_an_acronym_after_a_spelled_out_organisation_names_it(gazetteer):
    text = "The Halvard Marine Research Institute (HMRI) sampled the bay. HMRI said the water had warmed."
    found = names(text, gazetteer)
    assert found.count(("HMRI", "Halvard Marine Research Institute", "ORG")) == 2


def test_the_agency_code_of_a_wire_dateline_is_not_an_entity(gazetteer):
    text = (
        "OSLO, May 2, 2025 (NXW) - Talks on the fishing quota resumed, the Norwegian ministry said.\n\n"
        "VALLETTA (QRT) -- The harbour reopened on Friday after the KLM strike ended."
    )
    found = names(text, gazetteer)
    assert not [f for f in found if f[0] in ("NXW", "QRT")]
    assert ("OSLO", "Norway", "GPE") in found  # the place stays
    assert ("KLM", "KLM", "ORG") in found  # an acronym in the story stays


def test_a_kind_of_body_alone_is_a_description_not_a_name(gazetteer):
    text = (
        "The Harbour Authority of Velmar raised its fees. In its statement, the Committee decided to hold "
        "rates, and the Board will meet again in March."
    )
    found = names(text, gazetteer)
    assert not [f for f in found if f[0] in ("Committee", "Board")]


def test_opec_plus_is_not_opec(gazetteer):
    found = names("OPEC+ delayed the increase, although some OPEC members wanted it.", gazetteer)
    assert ("OPEC+", "OPEC+", "ORG") in found
    assert ("OPEC", "OPEC", "ORG") in found


def test_a_country_and_a_portfolio_before_a_title_are_no_organisation(gazetteer):
    found = names("Norwegian Energy Minister Kari Lunde said output would fall.", gazetteer)
    assert ("Norwegian", "Norway", "GPE") in found
    assert ("Kari Lunde", "Kari Lunde", "PERSON") in found
    assert not [f for f in found if f[2] == "ORG"]
    # a company named after a portfolio word keeps its name when no title follows
    assert ("Velmar Energy", "Velmar Energy", "ORG") in names("Shares in Velmar Energy fell 3%.", gazetteer)


def test_a_title_before_a_name_is_not_an_organisation(gazetteer):
    found = names("The county has since hired an outside auditor, County Executive Lena Brooks said.", gazetteer)
    assert found == [("Lena Brooks", "Lena Brooks", "PERSON")]


def test_a_country_code_in_front_of_an_organisation_is_not_part_of_its_name(gazetteer):
    text = (
        "The UK Office for Coastal Monitoring said erosion doubled. The U.S.-Canada Fisheries Council met, "
        "and the Lebanese Armed Forces deployed."
    )
    found = names(text, gazetteer)
    assert ("UK Office for Coastal Monitoring", "Office for Coastal Monitoring", "ORG") in found
    assert not [f for f in found if f[1] == "United Kingdom"]
    assert ("Lebanese Armed Forces", "Lebanese Armed Forces", "ORG") in found  # a demonym stays


def test_a_common_word_opening_a_sentence_is_not_a_name(gazetteer):
    found = names("The referendum passed easily. Attendance was 58.1%, the election board said.", gazetteer)
    assert found == []  # a lone "person" named once, at the start of a sentence
    text = "Sea levels in parts of the Pacific have risen by up to 15 centimetres since 1993. The sea keeps rising."
    assert names(text, gazetteer) == [("Pacific", "Pacific", "GPE")]  # the article writes "sea" in lower case
    # a single-word company at the start of a sentence stays
    assert ("Nvidia", "Nvidia", "ORG") in names("Nvidia said demand would outstrip supply.", gazetteer)


def test_a_name_may_open_with_a_word_that_opens_sentences_after_the(gazetteer):
    found = names("Voters approved the plan on Sunday, the Central Election Commission said.", gazetteer)
    assert ("Central Election Commission", "Central Election Commission", "ORG") in found


def test_a_hyphenated_common_compound_is_no_organisation(gazetteer):
    assert names("Data-center revenue rose 94 percent in the quarter.", gazetteer) == []


def test_a_currency_code_is_not_a_country(gazetteer):
    found = names("The State is investing US$2.5 billion, and Fiji spent FJ$20 million on sea walls.", gazetteer)
    assert [f[0] for f in found] == ["Fiji"]


def test_demonyms_and_adjectives_of_listed_places(gazetteer):
    found = names("Georgian officials said Antarctic sea ice had shrunk.", gazetteer)
    assert ("Georgian", "Georgia", "GPE") in found
    assert ("Antarctic", "Antarctica", "GPE") in found


def test_the_plural_of_an_acronym_counts_things_and_names_nothing(gazetteer):
    found = names("The Ukrainians have used UAVs to strike depots, and NGOs said ICBMs were moved.", gazetteer)
    assert found == [("Ukrainians", "Ukraine", "GPE")]


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Exports fell, the U.S. Bureau of Fisheries Statistics reported.", "U.S. Bureau of Fisheries Statistics",
         "Bureau of Fisheries Statistics"),
        ("Rainfall doubled, according to the UK Office for Rain Data.", "UK Office for Rain Data",
         "Office for Rain Data"),
    ],
)
def test_an_abbreviated_country_in_front_of_an_institution_stays_in_the_mention_not_the_name(
        gazetteer, text, mention, name):
    found = [m for m in find_entities(text, gazetteer).mentions if m.type != "PERSON"]
    assert [(m.mention, m.name, m.type) for m in found] == [(mention, name, "ORG")]


def test_central_opens_an_organisation_name(gazetteer):
    found = names("Voters approved the plan, the Central Vote Commission said on Monday.", gazetteer)
    assert ("Central Vote Commission", "Central Vote Commission", "ORG") in found


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Fjordline Energy A/S today announced a new plant.", "Fjordline Energy A/S", "Fjordline Energy"),
        ("Shares of Maple Foods Inc. rose 4% on Monday.", "Maple Foods Inc.", "Maple Foods"),
        ("Prices at Hill & Stone plc rose again.", "Hill & Stone plc", "Hill & Stone"),
    ],
)
def test_a_company_before_a_legal_form_is_an_organisation_named_without_it(gazetteer, text, mention, name):
    assert (mention, name, "ORG") in names(text, gazetteer)


def test_an_organisations_possessive_owns_the_body_after_it_and_a_time_zone_is_no_organisation(gazetteer):
    found = names("The probe left at 9 a.m. EDT from NASA's Wallops Flight Center on Monday.", gazetteer)
    assert ("Wallops Flight Center", "Wallops Flight Center", "ORG") in found
    assert not any(mention == "EDT" for mention, _, _ in found)


def _entity_names(text: str, gazetteer: Gazetteer, publishers: tuple[str, ...] = ()) -> list[str]:
    return [m.name for m in find_entities(text, gazetteer, publishers=publishers).mentions]


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a currency code with its amount is no organisation
        ("Households paid SEK 1 950 a month for power.", [], ["SEK"]),
        # the portfolio of a title is no organisation; the country is kept
        ("Ms. Lena Varga, Minister for Foreign Affairs of Hungary, spoke first.", ["Lena Varga", "Hungary"],
         ["Foreign Affairs"]),
        # "the Government of <country>" is the country
        ("At the invitation of the Government of Ghana, the delegation arrived on Monday.", ["Ghana"],
         ["Government of Ghana"]),
        # a geographic feature word ends a place name
        ("Fishing boats were turned back near Half Moon Shoal on Sunday.", ["Half Moon Shoal"], ["Half"]),
        # a place name goes on over a particle
        ("Fires reached the outskirts of Villa del Lago overnight.", ["Villa del Lago"], []),
        # an agency named by a sector word and a country, even opening the sentence
        ("Tourism Ireland opened three offices in Asia.", ["Tourism Ireland"], []),
        # a name of two letters is a designation ("clade Ib"), not an entity
        ("The new clade Ib spread to three provinces.", [], ["Ib"]),
    ],
)
def test_names_that_are_not_entities_and_names_that_are(gazetteer, text, present, absent):
    found = _entity_names(text, gazetteer)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


def test_an_acronym_of_the_publishers_name_is_the_publisher(gazetteer):
    text = "“Exports rose 4%,” said Ana Ruiz, NSI head of trade statistics."
    assert "National Statistics Institute" in _entity_names(text, gazetteer, ("National Statistics Institute",))
    assert "NSI" in _entity_names(text, gazetteer)


def test_an_unknown_dateline_place_in_capitals_is_no_entity_but_a_known_one_is(gazetteer):
    text = ("KORVELLA – According to provisional results of the Office for Statistics, exports rose by 2% in March.\n\n"
            "GENEVA, May 4 (Desk) - The agency said aid deliveries resumed.")
    found = {name for _, name, _ in names(text, gazetteer)}
    assert "KORVELLA" not in found and "Korvella" not in found
    assert "Geneva" in found


def test_the_acronym_the_page_gives_its_publisher_beats_a_gazetteer_alias(gazetteer):
    text = "Unemployment fell by 6 thousand, CBS reports. CBS chief economist Ada de Wit said the market was tight."
    entities = find_entities(text, gazetteer, publishers=("Statistics Eastmarch (CBS)",))
    assert {m.name for m in entities.mentions if m.mention == "CBS"} == {"Statistics Eastmarch"}
    assert {m.name for m in find_entities(text, gazetteer).mentions if m.mention == "CBS"} == {"CBS News"}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Central Bank of Eastmarch cut its deposit rate, leaving the Bank Rate at 4½%.", "Bank Rate"),
        ("The Special Representatives of the two countries will meet in March to discuss the border.",
         "Special Representatives"),
        ("Households will pay 3% more in Council Tax from April, the council said.", "Council Tax"),
    ],
)
def test_a_capitalised_rate_tax_or_plural_title_is_no_organisation(gazetteer, text, absent):
    assert absent not in {name for _, name, _ in names(text, gazetteer)}


def test_a_shipping_line_names_the_company_after_it(gazetteer):
    found = names("Shipping line Kestrelborg said it had diverted five vessels to Antwerp.", gazetteer)
    assert ("Kestrelborg", "Kestrelborg", "ORG") in found


def test_indicator_acronyms_and_a_banks_own_rate_are_no_organisations(gazetteer):
    found = {name for _, name, _ in names(
        "Twelve-month CPI inflation fell to 1.7%, and the Central Bank Rate stayed at 9 percent.", gazetteer)}
    assert "CPI" not in found and "Central Bank" not in found and "Central Bank Rate" not in found


def test_an_event_head_before_a_title_is_no_event(gazetteer):
    found = names("Fire Chief Mara Quist said crews would contain the blaze by Friday.", gazetteer)
    assert ("Mara Quist", "Mara Quist", "PERSON") in found and not any(t == "EVENT" for _, _, t in found)


def test_an_acronym_leaving_out_one_word_of_the_publishers_name_is_the_publisher(gazetteer):
    names_found = _entity_names("The NCFS advises hikers to carry water. NCFS expects more fires in August.",
                                gazetteer, publishers=("Northern Centre for Forest Fire Safety",))
    assert names_found == ["Northern Centre for Forest Fire Safety"] * 2


def test_an_acronym_missing_more_than_one_word_of_the_publishers_name_is_not_the_publisher(gazetteer):
    names_found = _entity_names("NCS expects more fires in August.", gazetteer,
                                publishers=("Northern Centre for Forest Fire Safety",))
    assert "Northern Centre for Forest Fire Safety" not in names_found


def test_a_capitalised_word_after_this_is_a_common_noun(gazetteer):
    assert "Budget" not in _entity_names("Madam Speaker, this Budget restores order to the finances.", gazetteer)


def test_a_place_before_a_diseases_head_word_names_the_disease_not_the_place(gazetteer):
    found = _entity_names("Cases of West Nile virus rose in Italy, and Rift Valley fever spread in Kenya.", gazetteer)
    assert "Italy" in found and "Kenya" in found
    assert not {"West Nile", "Nile", "Rift Valley"} & set(found)


@pytest.mark.parametrize("text, expected, unexpected", [
    ("Unemployment fell in Quebec and British Columbia last month.", "British Columbia", "United Kingdom"),
    ("Tankers waited in the Persian Gulf and the Indian Ocean for days.", "Indian Ocean", "India"),
])
def test_a_place_named_after_a_known_place_is_a_place_of_its_own(gazetteer, text, expected, unexpected):
    names = _entity_names(text, gazetteer)
    assert expected in names and unexpected not in names


def test_a_compass_word_before_a_known_country_leaves_the_country(gazetteer):
    names = _entity_names("Shelling in Eastern Ukraine killed four people on Tuesday.", gazetteer)
    assert "Ukraine" in names and "Eastern Ukraine" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Excluding energy, CPIF inflation was 2.2 per cent in May.",  # a variant of an indicator acronym
        "Two doses of the MMR vaccine protect almost everyone.",  # an acronym naming a product
        "Companies in our Business Survey expect smaller price rises.",  # a publication of the speaker's
    ],
)
def test_things_named_by_capitals_are_no_organisations(text, gazetteer):
    assert names(text, gazetteer) == []


def test_a_designation_after_the_is_no_place_but_a_particle_name_is_kept(gazetteer):
    assert not any(t == "GPE" for _, _, t in names("We will not build on the Green Belt without conditions.",
                                                     gazetteer))
    found = names("The rains were intensified by the El Nino weather pattern, the agency said.", gazetteer)
    assert [mention for mention, _, _ in found] == ["El Nino"]


def test_an_acronym_the_text_spells_out_as_a_role_is_no_organisation_of_the_publisher(gazetteer):
    text = ("The Prime Minister's Official Spokesperson (PMOS) said the budget would be published on Friday.\n\n"
            "The PMOS said 300 new teachers would be hired in Wales.")
    found = find_entities(text, gazetteer, publishers=("Prime Minister's Office, 10 Downing Street",))
    assert [m.name for m in found.mentions] == ["Wales"]
    found = find_entities("The PMDS said the budget would be published on Friday.", gazetteer,
                          publishers=("Prime Minister's Office, 10 Downing Street",))
    assert [m.name for m in found.mentions] == ["Prime Minister's Office, 10 Downing Street"]  # no definition


def test_the_last_word_of_a_place_named_before_stands_for_that_place(gazetteer):
    found = find_entities("Convoys left Gaza at dawn. By noon, 40 trucks had entered the Strip.", gazetteer)
    assert [(m.mention, m.name) for m in found.mentions] == [("Gaza", "Gaza"), ("Strip", "Gaza")]
    found = find_entities("By noon, 40 trucks had entered the Strip.", gazetteer)
    assert "Gaza" not in [m.name for m in found.mentions]  # no place named before it


def test_an_acronym_followed_by_its_name_in_brackets_is_that_name(gazetteer):
    found = names("The stage is the largest part of the KLS (Kestrel Launch System) rocket.", gazetteer)
    assert ("KLS", "Kestrel Launch System", "ORG") in found
    assert "KLS" not in {name for _, name, _ in found}


def test_a_roman_numeral_after_a_name_belongs_to_it(gazetteer):
    found = names("Engineers at the Vossberg Launch Center stacked the rocket for the Artemis II mission.", gazetteer)
    assert "Artemis II" in {name for _, name, _ in found}
    assert "Artemis" not in {name for _, name, _ in found}


@pytest.mark.parametrize("sentence, place", [
    ("Officers will continue to monitor the Varnoway Burn after the spill.", "Varnoway Burn"),
    ("The earthquake was caused by movement along the Nordland Trench.", "Nordland Trench"),
])
def test_a_stream_or_trench_word_ends_a_place_name(gazetteer, sentence, place):
    assert place in {name for _, name, _ in names(sentence, gazetteer)}


@pytest.mark.parametrize("sentence, place", [
    ("The monthly mean temperature at Varnby was 11.6 °C.", "Varnby"),
    ("A snow depth of 38 centimetres was measured at Kattervik at the end of the month.", "Kattervik"),
    ("A ground frost was recorded on 9 days at Mullinby.", "Mullinby"),
])
def test_the_station_a_value_was_measured_at_is_a_place(gazetteer, sentence, place):
    assert place in {name for _, name, _ in names(sentence, gazetteer)}


def test_at_before_a_time_or_the_end_of_a_phrase_names_no_place(gazetteer):
    assert names("Inflation was 2.4% at the end of the year.", gazetteer) == []


def test_a_country_code_stays_on_a_two_word_name(gazetteer):
    sentence = "Chile produces a quarter of the copper, according to the U.S. Geological Survey."
    found = {name for _, name, _ in names(sentence, gazetteer)}
    assert "U.S. Geological Survey" in found


# ------------------------------------------------------------------ statistics and committees


@pytest.mark.parametrize("sentence", [
    "The figures come from the Quarterly Household Income Survey and will be revised.",
    "The statistics office said the annual rate of the Harmonised Index of Consumer Prices was 2.1%.",
    "The Purchasing Managers' Index for manufacturing fell to 48.7 in March.",
])
def test_a_statistical_series_is_no_organisation(gazetteer, sentence):
    found = {name for _, name, _ in names(sentence, gazetteer)}
    assert not any(word in name for name in found for word in ("Survey", "Index", "Harmonised", "Purchasing"))


def test_a_survey_without_a_topic_word_may_name_a_body(gazetteer):
    found = {name for _, name, _ in names("Scientists at the Polar Survey of Norland measured the ice.", gazetteer)}
    assert any("Polar Survey" in name for name in found)


def test_a_plural_opener_beside_its_lower_case_singular_is_a_common_noun(gazetteer):
    text = '"Retailers expect a slow spring," said Ola Brenna. Each retailer reported lower sales.'
    assert "Retailers" not in {name for _, name, _ in names(text, gazetteer)}


def test_an_acronym_spelled_out_elsewhere_names_that_body(gazetteer):
    text = "Decision of the Financial Stability Council\n\nToday the FSC decided to raise the buffer."
    found = [(mention, name) for mention, name, _ in names(text, gazetteer)]
    assert ("FSC", "Financial Stability Council") in found


@pytest.mark.parametrize("sentence, place", [
    ("Storms will cross East Norland overnight.", None),
    ("Frost is expected across West Virginia and North Dakota tonight.", None),
    ("Showers are forecast for South-East Asia next week.", "South-East Asia"),
    ("Bushfire warnings cover much of South Australia.", "South Australia"),
])
def test_a_bare_direction_before_a_known_place_names_a_place_of_its_own(gazetteer, sentence, place):
    found = {name for _, name, _ in names(sentence, gazetteer)}
    if place is not None:
        assert place in found
    assert "Asia" not in found and "Australia" not in found


def test_a_direction_ending_in_ern_still_qualifies_the_country(gazetteer):
    assert "Ukraine" in {name for _, name, _ in names("Shelling continued in Eastern Ukraine.", gazetteer)}


def test_a_title_that_is_also_a_given_name_opens_the_name_after_a_title(gazetteer):
    text = '"Rain will ease by Friday," said Duty Forecaster Dean Holloway. Mr Holloway added more.'
    found = [name for _, name, typ in names(text, gazetteer) if typ == "PERSON"]
    assert found == ["Dean Holloway", "Dean Holloway"]


def test_an_article_opens_no_river_name(gazetteer):
    found = {name for _, name, _ in names("The River Brenn at Castleby peaked at 3.2 metres.", gazetteer)}
    assert "River Brenn" in found and "The River" not in found


@pytest.mark.parametrize("sentence, country", [
    ("Citizens were told to contact the Japanese Embassy in Nairobi.", "Japan"),
    ("The U.S. Embassy in Lima suspended visa interviews.", "United States"),
])
def test_an_embassy_named_by_its_demonym_is_the_country(gazetteer, sentence, country):
    found = {name for _, name, _ in names(sentence, gazetteer)}
    assert country in found and not any("Embassy" in name for name in found)


def test_a_building_named_after_a_body_keeps_its_facility_head(gazetteer):
    found = {name for _, name, _ in names("Engineers tested the valves in the Rocket Assembly Building.", gazetteer)}
    assert "Rocket Assembly Building" in found


def test_the_recogniser_counts_a_named_facility_as_a_place():
    from service.pipeline import recogniser

    assert recogniser.LABELS["FAC"] == "GPE"


def test_a_publishers_acronym_opening_a_sentence_is_the_publisher(gazetteer):
    found = find_entities("KVWA crews will inspect the levees on Friday.", gazetteer,
                          publishers=("Kessel Valley Water Authority",)).mentions
    assert [m.name for m in found] == ["Kessel Valley Water Authority"]


def test_a_heading_in_capitals_is_no_organisation(gazetteer):
    assert names("TORNADO season starts early.", gazetteer) == []


def test_a_counted_acronym_is_a_thing_not_a_body(gazetteer):
    text = "The agency limited nine VOCs and four PCBX in soil. Sites with PCBX must be cleaned."
    assert "PCBX" not in {name for _, name, _ in names(text, gazetteer)}


def test_a_name_before_a_disease_head_names_the_disease(gazetteer):
    text = "The ward for Tembari fever patients opened on Monday."
    assert "Tembari" not in {name for _, name, _ in names(text, gazetteer)}


@pytest.mark.parametrize("sentence, department", [
    ("Frost warnings come from Environment and Climate Change Canada.", "Environment and Climate Change Canada"),
    ("The season was closed by Fisheries and Oceans Canada.", "Fisheries and Oceans Canada"),
])
def test_portfolios_joined_by_and_before_a_country_are_one_department(gazetteer, sentence, department):
    found = {name for _, name, _ in names(sentence, gazetteer)}
    assert department in found and "Canada" not in found


def test_two_countries_joined_by_and_stay_two(gazetteer):
    found = {name for _, name, _ in names("Trade between Australia and New Zealand grew.", gazetteer)}
    assert found == {"Australia", "New Zealand"}


@pytest.mark.parametrize("sentence, gauge", [
    ("The River Brenn at Castleby peaked at 3.2 metres.", "Castleby"),
    ("Flows in the Tana River at Garissa could exceed the threshold.", "Garissa"),
])
def test_a_rivers_gauge_after_at_is_a_place(gazetteer, sentence, gauge):
    assert (gauge, "GPE") in {(name, typ) for _, name, typ in names(sentence, gazetteer)}


def test_a_ships_prefix_and_name_are_one_name(gazetteer):
    found = {name for _, name, _ in names("The USS Dwight D. Eisenhower left port on Monday.", gazetteer)}
    assert "USS Dwight D. Eisenhower" in found and "USS" not in found


def test_a_short_name_in_commas_after_a_long_one_recurs_as_it(gazetteer):
    from service.pipeline.entities import _Scanner

    scanner = _Scanner("Engineers said the Deep Ocean Survey Vessel, Marlin, reached the trench.", gazetteer)
    words = [t for _, _, t in scanner.tokens]
    a, b = words.index("Deep"), words.index("Marlin") + 1
    assert scanner._without_short_name(a, b) == words.index(",")
    assert scanner.acronyms["Marlin"] == "Deep Ocean Survey Vessel"


def test_an_acronym_after_a_programme_word_names_a_programme(gazetteer):
    found = {name for _, name, _ in names("Under Programme REACH the ministry will connect 400 clinics.", gazetteer)}
    assert "REACH" not in found


def test_a_hyphenated_given_name_after_a_speech_verb_is_kept_whole():
    from service.pipeline.entities import find_entities, load_gazetteer
    from pathlib import Path
    gazetteer = load_gazetteer(Path(__file__).resolve().parents[2] / "data" / "entities.yaml")
    text = '"It works," said Min Seo-yeon, head of the team. "It is late," said Jean-Luc Darrow.'
    names = {m.name for m in find_entities(text, gazetteer).mentions if m.type == "PERSON"}
    assert names == {"Min Seo-yeon", "Jean-Luc Darrow"}


def test_a_country_code_before_dollars_after_an_amount_names_a_currency(gazetteer):
    found = [name for _, name, _ in names("The agency released 5 million US dollars for Chad.", gazetteer)]
    assert "United States" not in found and "Chad" in found
    assert "United States" in [name for _, name, _ in names("US troops left Chad in 2024.", gazetteer)]


def _model_reads_one_organisation(monkeypatch, span_text: str) -> None:
    """The recogniser reads ``span_text`` of every window as one organisation, as it does with rare names."""
    from service.pipeline import recogniser

    monkeypatch.setattr(recogniser, "recognise", lambda texts: [
        ((t.find(span_text), t.find(span_text) + len(span_text), "ORG"),) if span_text in t else () for t in texts])


def test_a_person_of_a_body_before_a_reporting_verb_is_two_names(gazetteer, monkeypatch):
    _model_reads_one_organisation(monkeypatch, "Saoirse Kealy of Met Norland")
    found = names("Saoirse Kealy of Met Norland said the services would share their warnings.", gazetteer)
    assert ("Saoirse Kealy", "Saoirse Kealy", "PERSON") in found
    assert ("Met Norland", "Met Norland", "ORG") in found


@pytest.mark.parametrize("text, span", [
    ("The Reserve Bank of Norland said rates would stay.", "Reserve Bank of Norland"),
    ("Saoirse Kealy of Met Norland chaired the meeting.", "Saoirse Kealy of Met Norland"),
])
def test_a_body_named_with_of_or_without_a_reporting_verb_stays_one_name(gazetteer, monkeypatch, text, span):
    _model_reads_one_organisation(monkeypatch, span)
    assert (span, span, "ORG") in names(text, gazetteer)


@pytest.mark.parametrize("text, place", [
    ("The storm will cross the Gulf of Mexico on Wednesday.", "Gulf of Mexico"),
    ("A depression formed over the Bay of Bengal.", "Bay of Bengal"),
    ("Tankers avoided the Strait of Hormuz.", "Strait of Hormuz"),
])
def test_a_feature_of_a_named_place_is_one_place(gazetteer, text, place):
    found = names(text, gazetteer)
    assert (place, place, "GPE") in found
    assert not any(name in ("Mexico", "Bengal") for _, name, _ in found)


@pytest.mark.parametrize("text, words", [
    ("The Official Cash Rate (OCR) was cut by 50 basis points.", ("Cash", "Rate")),
    ("A Major Tsunami Warning was issued for the northern coast.", ("Tsunami", "Warning")),
])
def test_a_named_measure_or_warning_is_no_entity(gazetteer, text, words):
    assert not any(word in mention for mention, _, _ in names(text, gazetteer) for word in words)


@pytest.mark.parametrize("text, place", [
    ("Naval patrols crossed the Taiwan Strait twice last month.", "Taiwan Strait"),
    ("Barge traffic on the Mississippi River slowed in August.", "Mississippi River"),
    ("The front stalled over Florida's Big Bend region overnight.", "Big Bend"),
    ("Exports to Southeast Asia rose sharply in the quarter.", "Southeast Asia"),
    ("Aftershocks continued along the Philippine Trench on Monday.", "Philippine Trench"),
])
def test_a_place_word_outranks_an_organisation_or_person_reading_of_the_same_words(gazetteer, text, place):
    # the organisation rule (a known place beside a capitalised word) or a person rule reads the same words; the
    # feature word, place word or compass direction is the more specific evidence, whatever the hash seed
    assert (place, place, "GPE") in names(text, gazetteer)


# ------------------------------------------------------------------ names holding a place, titles, surnames, agreements


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Congress of Ghanaian Trade Unions (CGTU) rejected the offer.", "Congress of Ghanaian Trade Unions"),
        ("The Armed Forces of the Philippines said the drill ended.", "Armed Forces of the Philippines"),
        ("The Lagos Chamber of Commerce and Industry said costs rose.", "Lagos Chamber of Commerce and Industry"),
        ("The Busan General Chamber of Commerce said exports fell.", "Busan General Chamber of Commerce"),
        ("The Uganda Red Cross sent tents to the camp.", "Uganda Red Cross"),
    ],
)
def test_an_organisation_named_after_a_place_is_one_organisation_and_no_place(gazetteer, text, name):
    found = names(text, gazetteer)
    assert (name, "ORG") in [(n, t) for _m, n, t in found]
    assert not any(t == "GPE" for _m, _n, t in found), found


def test_an_acronym_given_to_a_body_named_after_a_place_names_that_body_later(gazetteer):
    text = "The Congress of Ghanaian Trade Unions (CGTU) rejected the offer. CGTU will strike on Monday."
    assert ("CGTU", "Congress of Ghanaian Trade Unions", "ORG") in names(text, gazetteer)


def test_a_company_beside_a_demonym_stays_apart_from_it(gazetteer):
    found = [n for _m, n, _t in names("Russian Gazprom raised its prices again.", gazetteer)]
    assert "Russian Gazprom" not in found


def test_a_place_and_a_portfolio_before_a_title_give_the_place_and_the_person(gazetteer):
    found = names("Karnataka Industries Minister Ravi Gowda said on Monday that the plant would open.", gazetteer)
    assert ("Karnataka", "Karnataka", "GPE") in found
    assert ("Ravi Gowda", "Ravi Gowda", "PERSON") in found
    assert not any("Industries" in m for m, _n, _t in found)


@pytest.mark.parametrize(
    "text, person, alias_entity",
    [
        ("Finance chief Anna Keller-Wagner said costs fell. Keller-Wagner said margins rose.", "Anna Keller-Wagner",
         "Wagner Group"),
        ("Union leader Peter Mokoena-Jordan said the talks failed. Mokoena-Jordan said a strike was likely.",
         "Peter Mokoena-Jordan", "Jordan"),
    ],
)
def test_a_listed_name_inside_a_hyphenated_surname_is_the_person(gazetteer, text, person, alias_entity):
    found = [n for _m, n, _t in names(text, gazetteer)]
    assert found.count(person) == 2, found
    assert alias_entity not in found


def test_a_hyphenated_pair_of_places_keeps_both_places(gazetteer):
    found = [n for _m, n, _t in names("The Kenya-Uganda border reopened on Monday.", gazetteer)]
    assert "Kenya" in found and "Uganda" in found


def test_a_given_name_after_a_title_resolves_to_the_only_person_of_that_name(gazetteer):
    text = ("President Budi Hartono opened the port. Later, President Budi visited Surabaya. "
            "Ms. Lestari Wulan spoke next. Ms. Lestari said the port would grow.")
    found = [(m, n) for m, n, t in names(text, gazetteer) if t == "PERSON"]
    assert ("Budi", "Budi Hartono") in found and ("Lestari", "Lestari Wulan") in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our Comprehensive Strategic Partnership Agreement with Chile took effect.",
         "Comprehensive Strategic Partnership Agreement"),
        ("They signed a Status of Forces Agreement with Norway.", "Status of Forces Agreement"),
        ("Trade grew under the Kenya-Uganda Customs Treaty last year.", "Kenya-Uganda Customs Treaty"),
    ],
)
def test_a_named_agreement_is_one_entity_with_its_places(gazetteer, text, name):
    found = [n for _m, n, _t in names(text, gazetteer)]
    assert name in found
    assert "Kenya" not in found and "Uganda" not in found


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Nepal will leave LDC status in 2026.", "LDC"),
        ("The loan pays SOFR plus 1.2 percentage points.", "SOFR"),
        ("The rate is set at HIBOR plus a margin.", "HIBOR"),
    ],
)
def test_a_status_or_a_reference_rate_is_no_organisation(gazetteer, text, acronym):
    assert not any(m == acronym for m, _n, _t in names(text, gazetteer))


def test_shares_of_a_company_name_the_company_alone(gazetteer):
    found = names("Shares of Kestrel Motors rose 2% in Mumbai.", gazetteer)
    assert ("Kestrel Motors", "ORG") in [(n, t) for _m, n, t in found]
    assert not any(m.startswith("Shares") for m, _n, _t in found)


def test_a_place_before_a_portfolio_and_a_government_title_is_a_place(gazetteer):
    found = names("Manitoba Finance Minister Carla Dueck said the deficit would narrow.", gazetteer)
    assert ("Manitoba", "Manitoba", "GPE") in found
    assert not any(n == "Manitoba" for _m, n, t in found if t != "GPE")


@pytest.mark.parametrize(
    "text", ["Shadow Finance Minister Mel Rowe said so.", "Federal Finance Minister Mel Rowe said so."]
)
def test_a_qualifier_before_a_portfolio_is_no_place(gazetteer, text):
    assert [t for _m, _n, t in names(text, gazetteer)] == ["PERSON"]


def test_a_middle_name_after_a_title_resolves_to_the_full_name(gazetteer):
    text = "President Carlos Manuel Tito da Costa opened the port. President Tito said it would grow."
    assert ("Tito", "Carlos Manuel Tito da Costa", "PERSON") in names(text, gazetteer)


def test_a_bare_given_name_read_as_a_name_after_the_full_name_is_that_person(gazetteer):
    text = "Indonesian President Prabowo Subianto met the team. Prabowo said the deal was fair."
    assert ("Prabowo", "Prabowo Subianto", "PERSON") in names(text, gazetteer)


def test_a_ministry_with_several_portfolios_is_one_organisation(gazetteer):
    text = "Officials of the Ministry of Agriculture, Forestry and Fisheries met in Tokyo."
    found = names(text, gazetteer)
    assert ("Ministry of Agriculture, Forestry and Fisheries", "ORG") in [(n, t) for _m, n, t in found]


def test_a_title_with_its_portfolio_is_no_organisation(gazetteer):
    found = names("Minister of Water Resources Amina Bello said the dam was safe.", gazetteer)
    assert found == [("Amina Bello", "Amina Bello", "PERSON")]


def test_an_acronym_opening_the_text_before_a_title_is_the_publisher(gazetteer):
    text = "GFA President Ann Moyo said prices fell.\n\nThe GFA will meet on Monday."
    found = find_entities(text, gazetteer, publishers=("Ghana Farmers Association",)).mentions
    assert [(m.mention, m.name) for m in found if m.type == "ORG"] == [("GFA", "Ghana Farmers Association")] * 2


@pytest.mark.parametrize(
    "text, place",
    [
        ("Pupils from 14 schools in Otago and Southland took part.", "Southland"),
        ("New wells were dug in Rajasthan, Gujarat and Maharashtra last year.", "Maharashtra"),
    ],
)
def test_an_unknown_name_listed_with_a_place_after_a_preposition_is_a_place(gazetteer, text, place):
    assert (place, place, "GPE") in names(text, gazetteer)


@pytest.mark.parametrize("text", ["Trade with Germany and Siemens AG grew.", "Exports to China and Huawei rose."])
def test_a_company_listed_with_a_country_stays_a_company(gazetteer, text):
    found = names(text, gazetteer)
    assert [t for _m, _n, t in found] == ["GPE", "ORG"], found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Treaty of Asunción created the bloc in 1991.", "Treaty of Asunción"),
        ("Parties to the Convention on Biological Diversity meet in May.", "Convention on Biological Diversity"),
        ("States must respect the Convention on the Rights of the Child, she said.",
         "Convention on the Rights of the Child"),
    ],
)
def test_an_agreement_named_after_its_head_word_is_one_entity(gazetteer, text, name):
    assert name in [n for _m, n, _t in names(text, gazetteer)]


def test_a_body_owning_another_by_a_possessive_is_an_organisation_of_its_own(gazetteer):
    found = names("The Bank of Namibia's Monetary Policy Committee kept the rate unchanged.", gazetteer)
    assert [(n, t) for _m, n, t in found] == [("Bank of Namibia", "ORG"), ("Monetary Policy Committee", "ORG")]


def test_a_form_of_address_before_a_title_is_no_person(gazetteer):
    found = names("His Majesty King Letsie III opened the session.", gazetteer)
    assert [n for _m, n, _t in found] == ["Letsie III"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leaders of the Pacific Islands Forum met in Apia.", "Pacific Islands Forum"),
        ("Staff of the Woods Hole Institution of Oceanography said so.", "Woods Hole Institution of Oceanography"),
    ],
)
def test_a_forum_or_an_institution_heads_an_organisation(gazetteer, text, name):
    assert (name, "ORG") in [(n, t) for _m, n, t in names(text, gazetteer)]


def test_an_acronym_owning_a_body_by_a_possessive_is_its_own_organisation(gazetteer):
    found = names("BOM's Climate Outlook Centre gives La Nina a low chance.", gazetteer)
    assert ("BOM", "ORG") in [(n, t) for _m, n, t in found]
    assert ("Climate Outlook Centre", "ORG") in [(n, t) for _m, n, t in found]


@pytest.mark.parametrize("text", ["The PCE price index rose 2.5 percent.", "WPI inflation eased in May."])
def test_an_indicator_acronym_is_no_organisation(gazetteer, text):
    assert not any(t == "ORG" for _m, _n, t in names(text, gazetteer))


def test_two_companies_joined_by_and_stay_two_organisations(gazetteer):
    found = names("The index fell 2%, dragged down by Fast Retailing and SoftBank Group.", gazetteer)
    assert [(n, t) for _m, n, t in found] == [("Fast Retailing", "ORG"), ("SoftBank Group", "ORG")]


def test_initials_without_dots_open_a_name_after_a_title(gazetteer):
    found = names("Vice President JD Vance said the talks would go on.", gazetteer)
    assert found == [("JD Vance", "JD Vance", "PERSON")]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Floods in West Papua displaced 3,000 people.", "West Papua"),
        ("Aid reached families in Central Sulawesi, officials said.", "Central Sulawesi"),
    ],
)
def test_a_direction_and_an_unknown_name_after_in_are_a_region(gazetteer, text, place):
    assert (place, place, "GPE") in names(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The Air Quality Health Index (AQHI) reached 8. The AQHI will fall tomorrow.",
        "The Labour Force Survey (LFS) showed gains. The LFS covers 9,000 homes.",
        "The Air Quality Index reached 180 in Lahore.",
    ],
)
def test_a_statistic_and_its_short_name_are_no_organisation(gazetteer, text):
    assert not any(t == "ORG" for _m, _n, t in names(text, gazetteer))


def test_a_survey_body_keeps_its_acronym(gazetteer):
    found = names("The U.S. Geological Survey (USGS) said the quake was shallow. USGS staff agreed.", gazetteer)
    assert [m for m, n, t in found if t == "ORG" and m == "USGS"] == ["USGS", "USGS"]


@pytest.mark.parametrize("text, name", [
    ("Health New Zealand and the Ministry of Health confirmed one new case.", "Health New Zealand"),
    ("Officials at Transport Canada said the aircraft was grounded.", "Transport Canada"),
])
def test_a_portfolio_word_before_a_country_names_its_agency(gazetteer, text, name):
    assert name in [m.name for m in find_entities(text, gazetteer).mentions]


@pytest.mark.parametrize("text, name", [
    ("The European Drought Observatory said rainfall was low.", "European Drought Observatory"),
    ("The Hong Kong Observatory issued a typhoon signal.", "Hong Kong Observatory"),
])
def test_an_observatory_is_an_institution_not_a_place(gazetteer, text, name):
    assert [(m.name, m.type) for m in find_entities(text, gazetteer).mentions if m.name == name] == [(name, "ORG")]


def test_a_hyphenated_given_name_is_part_of_the_name_and_of_later_mentions(gazetteer):
    found = names("Jean-Pierre Dubois said the plan would work. Later, Dubois said more.", gazetteer)
    assert ("Jean-Pierre Dubois", "Jean-Pierre Dubois", "PERSON") in found
    assert ("Dubois", "Jean-Pierre Dubois", "PERSON") in found
    assert ("Trump", "Donald Trump", "PERSON") in names("Anti-Trump groups met after Donald Trump spoke.", gazetteer)


# ------------------------------------------------------------------ people the recogniser takes for bodies


def test_a_two_word_name_whose_surname_reports_alone_is_a_person(gazetteer):
    text = 'Maren Holt of the Polar Institute used a robot. "We found channels," Holt said.'
    assert {(n, t) for _m, n, t in names(text, gazetteer)} >= {("Maren Holt", "PERSON")}
    assert ("Holt", "Maren Holt", "PERSON") in names(text, gazetteer)


def test_a_scientist_named_by_a_capitalised_job_is_not_part_of_the_name(gazetteer):
    text = "Glaciologist Maren Holt of the Polar Institute used a robot to measure the melting."
    assert ("Maren Holt", "Maren Holt", "PERSON") in names(text, gazetteer)


def test_solutions_ends_a_company_name(gazetteer):
    assert ("Fitch Solutions", "Fitch Solutions", "ORG") in names(
        "Analysts at Fitch Solutions said the higher price would slow smuggling.", gazetteer)


def test_a_given_name_the_recogniser_left_out_joins_the_surname(gazetteer):
    text = "Canadian wildcard Chloé Tremblay beat world number three Marta Kowalczyk in three sets on Thursday."
    assert ("Marta Kowalczyk", "Marta Kowalczyk", "PERSON") in names(text, gazetteer)


def test_an_acronym_of_a_shouted_masthead_names_the_publisher_in_mixed_case(gazetteer):
    found = find_entities("Inflation returned close to the WNB's 2% target.", gazetteer,
                          publishers=("WESTLAND NATIONAL BANK",))
    assert [m.name for m in found.mentions] == ["Westland National Bank"]

@pytest.mark.parametrize("text, place", [
    ("Cocoa farms in the Western North region were lost to mining.", "Western North"),
    ("Farms in the Upper East region were hit.", "Upper East"),
])
def test_a_region_named_with_a_compass_word_before_region(gazetteer, text, place):
    assert (place, place, "GPE") in names(text, gazetteer)


def test_a_lone_compass_word_before_region_names_no_place(gazetteer):
    assert names("Rain fell in the Western region.", gazetteer) == []
    assert ("Lomé", "Togo", "GPE") in names("Beans were smuggled to Lomé.", gazetteer)


def test_a_national_body_joined_by_and_is_one_organisation(gazetteer):
    found = names("The Australian Fisheries and Consumer Commission, which ran the inquiry, said prices rose. "
                  "The AFCC said more work was needed.", gazetteer)
    assert ("Australian Fisheries and Consumer Commission", "Australian Fisheries and Consumer Commission",
            "ORG") in found
    assert ("AFCC", "Australian Fisheries and Consumer Commission", "ORG") in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Lindqvist Association for the 2031 World Games said tickets sold out.",
         "Lindqvist Association for the 2031 World Games"),
        ("Staff of the Oduya Institute for the Study of Coastal Erosion said the dunes moved.",
         "Oduya Institute for the Study of Coastal Erosion"),
    ],
)
def test_a_body_goes_on_with_for_the_and_capitalised_words(gazetteer, text, name):
    assert name in [n for _m, n, t in names(text, gazetteer) if t == "ORG"]


def test_a_body_named_after_for_the_is_a_body_of_its_own(gazetteer):
    found = [n for _m, n, _t in names("The data come from the Marlow Research Centre for the Baltic Ice Observatory.",
                                      gazetteer)]
    assert "Marlow Research Centre" in found and "Baltic Ice Observatory" in found


def test_a_compass_word_opens_a_company_name_the_recogniser_reads_whole(gazetteer):
    found = names("Northern Harbour Logistics Pty Ltd has paid a fine. Northern Harbour Logistics will appeal.",
                  gazetteer)
    assert [n for _m, n, t in found if t == "ORG"] == ["Northern Harbour Logistics"] * 2


@pytest.mark.parametrize(
    "text, place",
    [
        ("Roads were cut in Kilindi Hills County after the storm.", "Kilindi Hills County"),
        ("Kagoshi Prefecture officials said the bridge had reopened.", "Kagoshi Prefecture"),
        ("Cases were reported in 12 states and the Federal Capital Territory.", "Federal Capital Territory"),
    ],
)
def test_names_before_a_capitalised_division_head_are_one_place(gazetteer, text, place):
    assert (place, place, "GPE") in names(text, gazetteer)


def test_a_division_head_before_a_capitalised_word_names_a_body(gazetteer):
    found = names("He appeared in Waimaru District Court on Monday.", gazetteer)
    assert not any(t == "GPE" and n.endswith("District") for _m, n, t in found)


def test_a_preposition_opening_the_sentence_is_no_part_of_a_programme_name(gazetteer):
    found = names("Through the Coastal Housing Renewal Programme, 4,000 homes were rebuilt.", gazetteer)
    assert ("Coastal Housing Renewal Programme", "Coastal Housing Renewal Programme", "ORG") in found


def test_capitalised_words_in_apposition_to_a_body_noun_name_the_body(gazetteer):
    found = names("The city's water body, the Maji Safi Wanjiru Idara, said supply would resume.", gazetteer)
    assert ("Maji Safi Wanjiru Idara", "Maji Safi Wanjiru Idara", "ORG") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Taoiseach said the talks had gone well.",
        "The Society said it had opened 12 shelters.",
        "Operating EBITDA fell to 12 million euros.",
        "The station recorded uplift through continuous GPS readings.",
        "Detectives reviewed 300 hours of CCTV footage.",
        "Analysts said Brent would average $71 a barrel.",
    ],
)
def test_roles_generic_bodies_indicators_devices_and_benchmarks_are_no_entities(gazetteer, text):
    assert names(text, gazetteer) == []


def test_a_benchmark_word_before_another_name_word_is_a_persons_name(gazetteer):
    assert ("Brent Hayes", "Brent Hayes", "PERSON") in names("Brent Hayes said the team won.", gazetteer)


def test_a_storm_named_in_quotes_is_the_event_and_its_kind_is_none(gazetteer):
    found = names('Typhoon "Halong" weakened over the Sea of Okhotsk on Monday.', gazetteer)
    assert ("Halong", "Halong", "EVENT") in found
    assert not any(n == "Typhoon" for _m, n, _t in found)


def test_a_kind_of_storm_after_a_is_no_entity(gazetteer):
    assert names("The system may become a Very Severe Cyclonic Storm by Friday.", gazetteer) == []


def test_a_direction_qualifies_a_feature_named_after_of(gazetteer):
    found = names("A low formed over Southeast Gulf of Carpentaria and Eastcentral Coral Sea.", gazetteer)
    assert ("Gulf of Carpentaria", "Gulf of Carpentaria", "GPE") in found
    assert not any(t == "PERSON" for _m, _n, t in found)


def test_a_name_before_a_lower_case_island_is_a_place(gazetteer):
    assert ("Malekula", "Malekula", "GPE") in names("Landslides cut roads on Malekula island overnight.", gazetteer)


def test_an_unknown_name_before_based_is_a_place(gazetteer):
    found = names("A Wollongong-based builder won the contract.", gazetteer)
    assert ("Wollongong", "Wollongong", "GPE") in found
    assert not any(t == "GPE" for _m, _n, t in names("The cloud-based system failed.", gazetteer))


def test_an_acronym_opening_a_name_the_recogniser_reads_whole_keeps_the_name(gazetteer):
    found = names("Analysts at SEB Markets said the outlook was weak.", gazetteer)
    assert [n for _m, n, t in found if t == "ORG"] == ["SEB Markets"]


def test_a_metro_named_after_a_capital_is_an_organisation(gazetteer):
    found = names("Tokyo Metro said ridership rose.", gazetteer)
    assert ("Tokyo Metro", "Tokyo Metro", "ORG") in found


def test_a_two_word_name_whose_surname_follows_an_honorific_is_a_person(gazetteer):
    found = names("Police charged a man with the murder of Tamati Kereama, 52. We extend our sympathy to "
                  "Mr Kereama's family.", gazetteer)
    assert [(n, t) for _m, n, t in found] == [("Tamati Kereama", "PERSON"), ("Tamati Kereama", "PERSON")]


def test_a_highlands_region_is_a_place_and_a_feature_word_inside_a_firms_name_is_not(gazetteer):
    assert ("Western Highlands", "Western Highlands", "GPE") in names(
        "Frost hit farms in the Western Highlands on Monday.", gazetteer)
    assert not any(n == "Maple Plains" for _m, n, _t in names("Maple Plains Solar hired 40 staff.", gazetteer))


def test_of_the_goes_on_only_into_a_known_organisation(gazetteer):
    found = [n for _m, n, _t in names("Ministers met at the Council of the European Union on Monday.", gazetteer)]
    assert "Council of the European Union" in found
    found = [n for _m, n, _t in names("The Bureau of the Tamsin Valley said roads were shut.", gazetteer)]
    assert "Bureau of the Tamsin Valley" not in found


def test_a_date_after_on_is_no_part_of_a_body_name(gazetteer):
    found = [n for _m, n, t in names("The Reserve Bank of Malawi on Monday raised rates.", gazetteer) if t == "ORG"]
    assert found == ["Reserve Bank of Malawi"]


def test_names_before_a_capitalised_event_word_are_one_event(gazetteer):
    found = names("Visitors flocked to the Lisbon-Tagus Expo on Sunday. He won the Varna Marathon.", gazetteer)
    assert ("Lisbon-Tagus Expo", "Lisbon-Tagus Expo", "EVENT") in found
    assert ("Varna Marathon", "Varna Marathon", "EVENT") in found


def test_a_name_keeps_the_accents_a_page_writes_when_an_alias_differs_by_diacritics_alone():
    gaz = Gazetteer([Entity("Bogota", "GPE", ("Bogotá", "Bogotan")), Entity("Colombia", "GPE", ("Colombian",))])
    assert [m.name for m in gaz.find("Traffic in Bogotá eased.")] == ["Bogotá"]
    assert [m.name for m in gaz.find("Traffic in Bogota eased.")] == ["Bogota"]
    assert [m.name for m in gaz.find("A Colombian official spoke.")] == ["Colombia"]
    assert gaz.canonical("Bogotá").name == "Bogota"


def test_asian_legal_forms_end_a_company_name_and_are_not_cut_in_half():
    names = [m.name for m in find_entities("The tender went to Meranti Rail Systems Pte Ltd. on Friday.",
                                           load_gazetteer(GAZETTEER_FILE)).mentions]
    assert "Meranti Rail Systems Pte" not in names
    assert "Meranti Rail Systems" in names


def test_a_currency_letter_written_onto_its_amount_is_no_entity():
    names = [m.name for m in find_entities("The rival bid was R45 million lower, and Kestrel Foods lost.",
                                           load_gazetteer(GAZETTEER_FILE)).mentions]
    assert names == ["Kestrel Foods"]


def test_a_diplomatic_post_after_a_possessive_is_described_not_named():
    names = [m.name for m in find_entities("Our Embassy in Lima has contacted the two detained sailors.",
                                           load_gazetteer(GAZETTEER_FILE)).mentions]
    assert "Embassy" not in names


def test_smaller_states_and_their_capitals_are_countries(gazetteer):
    found = names("Envoys from Port Moresby met ministers of Trinidad and Tobago in Dushanbe. "
                  "A second round opens in Chișinău.", gazetteer)
    assert [name for _m, name, _t in found] == ["Papua New Guinea", "Trinidad and Tobago", "Tajikistan", "Moldova"]


def test_a_plural_possessive_inside_a_body_name_keeps_the_name_whole(gazetteer):
    found = names("The Fiji Growers' Union rejected the offer, and the Samoa Nurses’ Association agreed.", gazetteer)
    assert [name for _m, name, t in found if t == "ORG"] == ["Fiji Growers' Union", "Samoa Nurses’ Association"]


def test_a_one_word_short_name_in_brackets_after_a_body_names_it_later(gazetteer):
    found = names("The Ghana Cocoa Board (Cocobod) raised prices. Cocobod said farmers will be paid in May.", gazetteer)
    assert {name for _m, name, _t in found} == {"Ghana Cocoa Board"}


def test_a_hazard_followed_by_an_alert_word_is_an_alert_not_an_event(gazetteer):
    found = names("A Hurricane Watch is in effect for Bermuda, and Hurricane Ernesto is strengthening.", gazetteer)
    assert [name for _m, name, _t in found] == ["Bermuda", "Hurricane Ernesto"]


def test_the_programme_office_describes_a_body_named_elsewhere(gazetteer):
    found = names("The UNDP Project Office in Suva opened in May. Last year the Project Office trained 90 staff.",
                  gazetteer)
    assert "Project Office" not in [name for _m, name, _t in found]


def test_a_country_code_written_onto_a_currency_sign_is_no_entity(gazetteer):
    assert names("Each grower will get GH¢800 more per bag this season.", gazetteer) == []


def test_named_regions_are_places(gazetteer):
    found = names("Drought across the Sahel and the Horn of Africa has displaced herders.", gazetteer)
    assert [name for _m, name, _t in found] == ["Sahel", "Horn of Africa"]


def test_a_posted_body_to_a_place_and_a_named_mechanism_are_one_organisation(gazetteer):
    found = names("The OSCE Mission to Serbia and the EU Delegation to Ghana asked the European Stability Mechanism.",
                  gazetteer)
    assert [name for _m, name, t in found if t == "ORG"] == [
        "OSCE Mission to Serbia", "EU Delegation to Ghana", "European Stability Mechanism"]
    assert [name for _m, name, _t in names("The mission to Mars was delayed again.", gazetteer)] == ["Mars"]
    # the sending state or union between the head and "to"
    found = names("The Permanent Mission of Ghana to the United Nations and the Delegation of the European Union to "
                  "Georgia wrote to the ministry.", gazetteer)
    assert [name for _m, name, t in found if t == "ORG"] == [
        "Permanent Mission of Ghana to the United Nations", "Delegation of the European Union to Georgia"]


def test_a_club_abbreviation_and_its_name_are_one_club_named_later_by_its_first_word(gazetteer):
    found = names("FK Vardar Skopje beat NK Osijek 2-0. Vardar coach Ilija Petrov said the win was deserved.",
                  gazetteer)
    assert [name for _m, name, t in found if t == "ORG"] == ["FK Vardar Skopje", "NK Osijek", "FK Vardar Skopje"]


def test_magnitude_codes_device_acronyms_and_alert_colours_are_no_names(gazetteer):
    assert names("The strongest tremor reached Mw 4.6 on the InSAR images.", gazetteer) == []
    assert names("The volcanic alert stays at Orange for a second week.", gazetteer) == []
    assert [name for _m, name, _t in names("The Orange alert covers Orange County.", gazetteer)] == ["Orange County"]


def test_hyphenated_names_of_a_division_are_one_place(gazetteer):
    found = names("Wildfires spread across Primorje-Gorski Kotar County on Sunday.", gazetteer)
    assert [name for _m, name, _t in found] == ["Primorje-Gorski Kotar County"]


def test_capitalised_words_between_a_body_acronym_and_an_operation_noun_name_the_operation(gazetteer):
    found = names("Two frigates joined the NATO Steadfast Shield exercise in the Baltic Sea.", gazetteer)
    assert "Steadfast Shield" in [name for _m, name, _t in found]


def test_a_title_after_a_club_abbreviation_is_no_club(gazetteer):
    assert "HK Chief Executive" not in [name for _m, name, _t in names("HK Chief Executive John Lee spoke.", gazetteer)]


def test_a_titled_person_of_a_body_is_a_person_and_the_body(gazetteer):
    found = names("Economist Dr. Samira Al-Khatib of Vallena University told reporters that demand would rise.",
                  gazetteer)
    assert ("Samira Al-Khatib", "Samira Al-Khatib", "PERSON") in found
    assert ("Vallena University", "Vallena University", "ORG") in found


def test_a_portfolio_joined_by_and_stays_in_the_title(gazetteer):
    found = names("Minister of Transport and Logistics Marta Eskedal said the line would open in 2029.", gazetteer)
    assert [(m, t) for m, _n, t in found if t == "PERSON"] == [("Marta Eskedal", "PERSON")]


def test_later_mentions_by_the_last_two_names_or_a_hyphenated_given_name_are_the_full_name(gazetteer):
    text = ("Khalid Rashid Al Qassimi met airline chief executive Yohannes-Berhane Tadesse on Monday. "
            "Al Qassimi praised the talks. "
            "The agreement is a milestone, Yohannes-Berhane said.")
    found = names(text, gazetteer)
    assert ("Al Qassimi", "Khalid Rashid Al Qassimi", "PERSON") in found
    assert ("Yohannes-Berhane", "Yohannes-Berhane Tadesse", "PERSON") in found


def test_name_particles_in_a_row_stay_in_the_surname_also_after_a_title(gazetteer):
    found = names("Commissioner Ilse van der Berg spoke first. Later, President van der Berg said the talks would "
                  "resume.", gazetteer)
    people = {name for _, name, typ in found if typ == "PERSON"}
    assert people == {"Ilse van der Berg"}
    assert not any(mention == "Berg" for mention, _, _ in found)


def test_an_acronym_after_a_name_in_another_language_names_that_body(gazetteer):
    found = names("The Centro de Estudios Fluviales y Portuarios (CEFYP) said freight costs had doubled, according "
                  "to a survey. Shippers agreed with CEFYP on Monday.", gazetteer)
    bodies = [(mention, name) for mention, name, typ in found if typ == "ORG"]
    assert ("CEFYP", "Centro de Estudios Fluviales y Portuarios") in bodies
    assert all(name == "Centro de Estudios Fluviales y Portuarios" for _, name in bodies)


@pytest.mark.parametrize("sentence, person", [
    ("Deputy Minister of Public Works and Transport Vilay Somsanith said the line carried more freight.",
     "Vilay Somsanith"),
    ("Minister for Jal Prabandh Kiran Deshmukh said the schemes reached every district.", "Kiran Deshmukh"),
    ("Minister for a Fairer-minded Tomorrow Petra Kovač said the fund would open in May.", "Petra Kovač"),
    ("Minister of Oil Tariq Hamad Al-Mutairi said the ministry would expand output.", "Tariq Hamad Al-Mutairi"),
])
def test_a_portfolio_no_list_knows_ends_before_the_name(gazetteer, sentence, person):
    people = {name for _, name, typ in names(sentence, gazetteer) if typ == "PERSON"}
    assert people == {person}


@pytest.mark.parametrize("sentence, person", [
    ("Eastmarch Energy Minister Khalid al-Rasheed told reporters the pause would last.", "Khalid al-Rasheed"),
    ("Oil Minister Hayder el-Saadi said output would rise.", "Hayder el-Saadi"),
])
def test_a_surnames_article_joined_by_a_hyphen_stays_in_the_name_after_a_title(gazetteer, sentence, person):
    people = {name for _, name, typ in names(sentence, gazetteer) if typ == "PERSON"}
    assert people == {person}


@pytest.mark.parametrize("sentence, body", [
    ("The Ministry of Health, Public Hygiene and Universal Access to Care said 2 billion had been paid.",
     "Ministry of Health, Public Hygiene and Universal Access to Care"),
    ("The Ministry of Trade, Industry and Energy said exports rose.", "Ministry of Trade, Industry and Energy"),
])
def test_a_ministrys_portfolios_after_a_comma_are_its_name(gazetteer, sentence, body):
    assert body in {name for _, name, typ in names(sentence, gazetteer) if typ == "ORG"}


def test_a_comma_before_an_office_ends_the_ministrys_name(gazetteer):
    found = names("The Ministry of Health, Labour Minister John Smith and the police said 3 clinics closed.", gazetteer)
    assert "Ministry of Health" in {name for _, name, typ in found if typ == "ORG"}


def test_an_umbrella_bodys_name_before_a_body_its_acronym_leaves_out_is_dropped(gazetteer):
    found = names("The UN Food and Agriculture Organization (FAO) said swarms formed. FAO warned of more.", gazetteer)
    assert {name for _, name, typ in found if typ == "ORG"} == {"Food and Agriculture Organization"}
    # (a body the gazetteer does not list, whose acronym keeps the umbrella's letters, keeps its name as written)
    found = names("The UN Capital Development Fund (UNCDF) said 2 million people need credit.", gazetteer)
    assert "UN Capital Development Fund" in {name for _, name, typ in found if typ == "ORG"}
    # a listed body takes the gazetteer's name
    found = names("The UN Development Programme (UNDP) said 2 million people need aid.", gazetteer)
    assert "United Nations Development Programme" in {name for _, name, typ in found if typ == "ORG"}


def test_a_body_named_in_its_own_language_before_its_acronym_is_one_body(gazetteer):
    found = names("The Syndicat des praticiens hospitaliers du Nordland (SYNPHON) called the strike. "
                  "SYNPHON said 1,100 doctors joined.", gazetteer)
    assert {name for _, name, typ in found if typ == "ORG"} == {"Syndicat des praticiens hospitaliers du Nordland"}


def test_a_portfolios_last_word_is_no_given_name(gazetteer):
    found = names("Briefing the media after the meeting, Union Minister for Information and Broadcasting Ravindra "
                  "Menon said the decisions would help farmers. Menon said 3 plants would open.", gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Ravindra Menon"}
    assert all(mention for mention, _, _ in found)


def test_a_barrister_is_a_title_before_a_name(gazetteer):
    found = names("Defence lawyer Barrister Ebenezer Nkwelle Fon told reporters the trial would resume.", gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Ebenezer Nkwelle Fon"}


def test_a_body_after_an_appositive_office_is_no_person(gazetteer):
    found = names('"The loan builds the plant," said Rosa Ibarra, Chief Executive Officer of Juniper Flats Solar.',
                  gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Rosa Ibarra"}


def test_a_style_before_a_name_is_no_part_of_it(gazetteer):
    found = names("Dasho Tshering Dorji said the road would open in June. Datuk Seri Aminah Yusof agreed.", gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Tshering Dorji", "Aminah Yusof"}


@pytest.mark.parametrize("sentence, name, typ", [
    ("Annie Fo'oa, from Buma village, said her children had been admitted to hospital.", "Annie Fo'oa", "PERSON"),
    ("Provincial Health Director Dr. Mary Olisukulu-Fa'arodo said teams would reach 33 wards.",
     "Mary Olisukulu-Fa'arodo", "PERSON"),
    ("Speaking at the opening, Akim Yerlan Zhaksylykov said the city would buy 40 trains.", "Yerlan Zhaksylykov",
     "PERSON"),
    ("Port Ellis Town Clerk Samuel T. Kalmet-Roro told the paper that the council would appeal.",
     "Samuel T. Kalmet-Roro", "PERSON"),
    ("The Société d'Exploitation du Téléphérique d'Antananarivo (SETA) runs the line. SETA said so.",
     "Société d'Exploitation du Téléphérique d'Antananarivo", "ORG"),
    ("Nordstraum Havbruk AS has informed the Authority that it will empty the site.", "Nordstraum Havbruk", "ORG"),
    ("Vehicle numbers come from the register of the Driver and Vehicle Licensing Department.",
     "Driver and Vehicle Licensing Department", "ORG"),
])
def test_names_with_an_inner_apostrophe_a_local_title_a_capitals_legal_form_or_a_one_word_first_portfolio(
        sentence, name, typ, gazetteer):
    assert (name, typ) in {(n, t) for _, n, t in names(sentence, gazetteer)}


def test_a_chain_of_styles_and_a_style_of_address_leave_names_with_their_particles(gazetteer):
    # "Yang Berhormat Dato Seri Setia Awang Haji": styles only; "bin Haji Omar", "da Silva Pereira": the name's own
    found = names("Yang Berhormat Dato Seri Setia Awang Haji Ali Hassan bin Haji Omar, Second Minister of Foreign "
                  "Affairs, today received Her Excellency Maria Luisa da Silva Pereira, Minister of Trade of the "
                  "Republic of Eastmarch, at the Ministry.", gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Ali Hassan bin Haji Omar",
                                                                   "Maria Luisa da Silva Pereira"}


def test_a_holder_named_between_commas_after_an_office_with_its_portfolio(gazetteer):
    found = names("The Minister of Health, Élia dos Reis Amaral, briefed the Council on the campaign.", gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Élia dos Reis Amaral"}


def test_the_last_word_of_a_body_after_an_office_is_no_surname(gazetteer):
    found = names("Kim Dae-ho, head of the Climate and Environment Headquarters, said the card cut emissions.",
                  gazetteer)
    assert not any(name == "Headquarters" for _, name, _ in found)


def test_an_acronym_made_of_a_words_first_letters_names_what_it_stands_for(gazetteer):
    found = names("Exports fell, according to the Instituto Eastmarqueño del Café (IECAFE). IECAFE said the crop was "
                  "smaller.", gazetteer)
    assert [(mention, name) for mention, name, typ in found if typ == "ORG"] == [
        ("Instituto Eastmarqueño del Café", "Instituto Eastmarqueño del Café"),
        ("IECAFE", "Instituto Eastmarqueño del Café"), ("IECAFE", "Instituto Eastmarqueño del Café")]


def test_a_long_portfolio_with_its_country_ends_before_the_name(gazetteer):
    found = names("Minister of Economy and Sustainable Development of Georgia Mariam Tsereteli met the delegation.",
                  gazetteer)
    assert {name for _, name, typ in found if typ == "PERSON"} == {"Mariam Tsereteli"}


def test_a_bodys_description_names_no_entity(gazetteer):
    found = names("The Centre will deploy teams. The Kingdom affirms its support. The EU and its Member States agreed. "
                  "The European Centre for Disease Prevention said so.", gazetteer)
    assert {name for _, name, _ in found} == {"European Union", "European Centre for Disease Prevention"}


@pytest.mark.parametrize("sentence, person", [
    # an honorific after the portfolio opens the name, of up to four words
    ("Minister for Health Mr. Ram Bahadur Thapa said trade rose.", "Ram Bahadur Thapa"),
    ("Minister for Foreign Affairs Ms. Sabitri Kumari Gurung met the envoy.", "Sabitri Kumari Gurung"),
    # a portfolio of several parts set apart by commas
    ("Minister of Trade, Industry and Energy Han Seo-jun held talks in Manila.", "Han Seo-jun"),
    # with neither, a given name and a surname after the portfolio, as before
    ("Minister of Tourism David Collado said arrivals rose.", "David Collado"),
])
def test_the_name_after_a_portfolio(gazetteer, sentence, person):
    assert person in [name for _mention, name, typ in names(sentence, gazetteer) if typ == "PERSON"]


def test_korea_alone_is_the_south_and_capitalised_plurals_of_official_style_are_no_entities(gazetteer):
    assert ("Korea", "South Korea", "GPE") in names("Korea imported 316,000 tonnes of bananas.", gazetteer)
    assert names("Member States agreed the plan, and small island developing States welcomed it.", gazetteer) == []
    # the gazetteer's names holding those words stay
    assert [n for _, n, _ in names("The United States and the United Nations agreed.", gazetteer)] == [
        "United States", "United Nations"]


def test_a_surname_in_capitals_beside_a_given_name_is_recased(gazetteer):
    text = "Mr. HARUNO Kenji, Minister for Foreign Affairs, held a call. Minister Haruno stated that trade grew."
    assert "Haruno Kenji" in [name for _m, name, typ in names(text, gazetteer) if typ == "PERSON"]


def test_a_family_name_spelt_like_a_city_stays_in_the_persons_name(gazetteer):
    text = "The minister held talks with H.E. Mr. Tomás Ferreira Lima, Minister of External Relations of Brazil."
    found = names(text, gazetteer)
    assert ("Tomás Ferreira Lima", "Tomás Ferreira Lima", "PERSON") in found
    assert not any(name in ("Peru", "H.E.") for _m, name, _t in found)


def test_a_single_name_keeps_the_type_it_was_first_read_with(gazetteer):
    text = ("Patil said the company's new plant in Nagpur would open in July. The Nagpur facility will add 5 lakh "
            "litres a day of capacity.")
    assert {typ for mention, _n, typ in names(text, gazetteer) if mention == "Nagpur"} == {"GPE"}


def test_a_name_the_recogniser_read_is_a_body_when_an_acronym_is_defined_after_it(gazetteer):
    text = "Électricité de Vallenie (EDV) will raise power supply to 12 hours a day. EDV said collection improved."
    found = names(text, gazetteer)
    assert ("EDV", "Électricité de Vallenie", "ORG") in found
    assert not any(typ == "PERSON" for _m, _n, typ in found)


def test_the_recognisers_wider_body_wins_over_a_rules_shorter_reading(gazetteer):
    text = "Rooftop solar grew to 1,300 megawatts, according to the Lebanese Center for Energy Conservation."
    assert "Lebanese Center for Energy Conservation" in [n for _m, n, typ in names(text, gazetteer) if typ == "ORG"]
    text = "A spokeswoman for APM Terminals Callao said the decline was within expectations."
    assert ("APM Terminals Callao", "APM Terminals Callao", "ORG") in names(text, gazetteer)


def test_a_name_with_a_particle_may_run_to_four_words_before_its_role(gazetteer):
    text = ("The deal was signed by Rashed Obaid Al Tunaiji, Director-General of the Civil Aviation Authority. "
            "Al Tunaiji said passenger numbers rose 27 per cent.")
    assert [n for _m, n, typ in names(text, gazetteer) if typ == "PERSON"] == ["Rashed Obaid Al Tunaiji"] * 2


def test_a_name_apposed_to_a_role_phrase_at_the_end_of_its_clause_is_a_person(gazetteer):
    text = ("The minister held talks on 3 March with the Spanish Minister for Fisheries and Food, Lucía Herrero Sanz. "
            "Both agreed to meet again.")
    people = [(n, typ) for _m, n, typ in names(text, gazetteer) if typ == "PERSON"]
    assert people == [("Lucía Herrero Sanz", "PERSON")]
    # over a paragraph break, the next line's heading is no part of the name
    text = "The vote was read by the Chair of the Board, Aino Rask\n\nQuestion time\n\nThe session closed at noon."
    assert ("Aino Rask", "PERSON") in [(n, typ) for _m, n, typ in names(text, gazetteer)]
    assert not any("Question" in n for _m, n, _typ in names(text, gazetteer))


def test_one_capitalised_word_after_a_lower_case_the_is_no_person(gazetteer):
    text = "Farmers in the Alentejo have cut water use by 18 percent, the cooperative said on Monday."
    assert not any(typ == "PERSON" for _m, _n, typ in names(text, gazetteer))


def test_an_irish_police_rank_before_a_name_is_a_role(gazetteer):
    text = "Detective Garda Aoife Brennock told the court that the thefts began in 2019."
    assert [n for _m, n, typ in names(text, gazetteer) if typ == "PERSON"] == ["Aoife Brennock"]


def test_a_name_apposed_to_a_role_after_a_possessive_is_a_person(gazetteer):
    # "Ecuador's Minister of ..., <name>," as "the Minister of ..., <name>,": the possessive is the phrase's determiner
    found = names("The council received Ecuador's Minister of Trade and Regional Integration, Rosalba Quishpe "
                  "Andrango, in Quito on Monday.", gazetteer)
    people = [(m, t) for m, _n, t in found if t == "PERSON"]
    assert people == [("Rosalba Quishpe Andrango", "PERSON")]


def test_national_and_integration_portfolios_stay_in_the_title(gazetteer):
    found = names("Minister of National Education Amadou Ndiaye Sarr said 900 classrooms would be built.", gazetteer)
    assert [(m, t) for m, _n, t in found if t == "PERSON"] == [("Amadou Ndiaye Sarr", "PERSON")]


def test_a_styled_hyphenated_name_apposed_to_a_role_is_the_person_a_later_surname_names(gazetteer):
    text = ("Today, the Minister of Transport, the Honourable Odile Brassard-Keane, met the port authorities. "
            "Minister Brassard-Keane said that freight volumes had risen by 12 per cent.")
    found = names(text, gazetteer)
    assert ("Brassard-Keane", "Odile Brassard-Keane", "PERSON") in found


def test_an_institution_word_before_an_acronym_is_one_name_not_the_place_the_acronym_abbreviates(gazetteer):
    # "NZ" alone abbreviates New Zealand; "Stats NZ" is the statistics office
    found = names("Stats NZ said the number of filled jobs rose 0.4 percent in October.", gazetteer)
    assert [(n, t) for _m, n, t in found] == [("Stats NZ", "ORG")]


def test_a_bodys_head_word_before_a_country_names_the_body(gazetteer):
    found = names("Bank Indonesia estimates the probability that inflation will exceed 3.5% at 15%.", gazetteer)
    assert ("Bank Indonesia", "Bank Indonesia", "ORG") in found
    assert not [f for f in found if f[1] == "Indonesia"]


def test_a_governments_name_with_its_place_is_one_organisation(gazetteer):
    found = names("A spokesman for the Government of Santa Rosa said new talks could start on Monday.", gazetteer)
    assert ("Government of Santa Rosa", "Government of Santa Rosa", "ORG") in found


def test_a_lake_named_in_its_own_language_is_a_place_with_its_hyphenated_name(gazetteer):
    found = names("The operator said Lac Saint-Amable was 1.2 metres below its summer level.", gazetteer)
    assert ("Lac Saint-Amable", "Lac Saint-Amable", "GPE") in found


def test_letters_after_a_name_are_no_organisation_and_no_part_of_the_name(gazetteer):
    found = names("Counsel for the group, Euan Macallister KC, told the court that 640 members had reported fraud.",
                  gazetteer)
    assert ("Euan Macallister", "Euan Macallister", "PERSON") in found
    assert not [f for f in found if f[1] == "KC"]
    found = names("Morag Ellwood KC, for Crannog, argued that the claims were too different.", gazetteer)
    assert ("Morag Ellwood", "Morag Ellwood", "PERSON") in found


def test_a_company_named_with_of_before_its_legal_form_keeps_its_whole_name(gazetteer):
    found = names("Airports of Norvalia Ltd said the airport handled 4.1 million passengers in 2025.", gazetteer)
    assert ("Airports of Norvalia Ltd", "Airports of Norvalia", "ORG") in found
    # a title before "of" is the person's, not part of the company's name
    found = names("Profits rose, said the Chairman of Kestrel Motors Ltd, Ana Ruiz.", gazetteer)
    assert ("Kestrel Motors Ltd", "Kestrel Motors", "ORG") in found


def test_an_undersecretary_is_a_title_before_the_name(gazetteer):
    found = names("Undersecretary Lorena Bustamante said charges that are not authorised would be refunded.", gazetteer)
    assert ("Lorena Bustamante", "Lorena Bustamante", "PERSON") in found


def test_a_body_named_after_two_parties_joined_by_an_en_dash_keeps_both(gazetteer):
    found = names("The ministers agreed to convene the Chile\u2013Peru Joint Commission in Lima in March.", gazetteer)
    assert ("Chile\u2013Peru Joint Commission", "Chile\u2013Peru Joint Commission", "ORG") in found
    assert not [f for f in found if f[1] == "Peru Joint Commission"]


def test_a_name_after_a_role_and_his_excellency_is_the_whole_name_with_that_role(gazetteer):
    text = ("The minister held talks with the Minister of Foreign Affairs of Brazil, H.E. Ms. Helena Vasconcelos "
            "Prado, at the lodge on Monday.")
    found = find_entities(text, gazetteer)
    assert ("Helena Vasconcelos Prado", "Helena Vasconcelos Prado", "PERSON") in names(text, gazetteer)
    info = found.people["Helena Vasconcelos Prado"]
    assert (info.role, info.gender) == ("Minister of Foreign Affairs of Brazil", "f")


def test_a_ministrys_portfolio_list_may_name_a_people_abroad(gazetteer):
    found = names("The Ministry of Foreign Affairs, Cooperation and Senegalese Abroad said on Monday that fees would "
                  "fall.", gazetteer)
    assert ("Ministry of Foreign Affairs, Cooperation and Senegalese Abroad",
            "Ministry of Foreign Affairs, Cooperation and Senegalese Abroad", "ORG") in found
    found = names("The Ministry of Health, Kenya and Uganda agreed on Monday that fees would fall.", gazetteer)
    assert ("Kenya", "Kenya", "GPE") in found


def test_a_role_naming_a_state_by_its_formal_name_still_introduces_the_name_after_it(gazetteer):
    found = find_entities("Minister of Foreign Affairs of the Republic of Armenia Anahit Sarkis held talks in "
                          "Yerevan on Monday.", gazetteer)
    assert found.people["Anahit Sarkis"].role == "Minister of Foreign Affairs of the Republic of Armenia"


def test_a_title_word_that_is_also_a_surname_ends_a_name_before_a_verb(gazetteer):
    found = names("Association chairman Tariq Nadeem Sheikh said that 100 mills had closed since 2024.", gazetteer)
    assert ("Tariq Nadeem Sheikh", "Tariq Nadeem Sheikh", "PERSON") in found
    found = names("Supporters of Ana Ruiz Chief Justice Tom Lee said the ruling stands.", gazetteer)
    assert ("Tom Lee", "Tom Lee", "PERSON") in found


def test_a_market_operator_named_in_its_own_language_is_an_organisation_and_its_acronym_too(gazetteer):
    found = names("Prices rose, according to the market operator, the Administrador del Mercado Electrico (AME). "
                  "The AME said prices would fall in May.", gazetteer)
    assert ("Administrador del Mercado Electrico", "Administrador del Mercado Electrico", "ORG") in found
    assert ("AME", "Administrador del Mercado Electrico", "ORG") in found


@pytest.mark.parametrize("text, place", [
    ("The authorities in French Guiana said on Monday that 120 agents would be deployed.", "French Guiana"),
    ("Ferries to Montserrat resumed on Tuesday after the storm.", "Montserrat"),
    ("Tourist arrivals in the Turks and Caicos rose by 8 per cent.", "Turks and Caicos Islands"),
])
def test_territories_that_are_no_states_are_places(gazetteer, text, place):
    assert place in [name for _, name, kind in names(text, gazetteer) if kind == "GPE"]


def test_a_portfolio_before_its_styled_holder_and_a_states_formal_name_are_no_people(gazetteer):
    found = names("The Minister of Foreign Affairs and International Cooperation, Mrs. Fatouma Ibrahim Guedi, received "
                  "the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, Mr. Dawit Alemayehu "
                  "Bekele, on Thursday.", gazetteer)
    people = {name for _, name, typ in found if typ == "PERSON"}
    assert people == {"Fatouma Ibrahim Guedi", "Dawit Alemayehu Bekele"}


# a name's extent and type where its words could be read otherwise: a middle initial after a portfolio, a name before
# an age the recogniser reads as a body, a body a region owns, places listed after a body's portfolios, a place read
# inside a styled person's name
@pytest.mark.parametrize("text, expected", [
    ("ABG Minister for Technical Services Moses P. Kapaona-Reu told the court that rules would change.",
     ("Moses P. Kapaona-Reu", "Moses P. Kapaona-Reu", "PERSON")),
    ("Minister for Health Ciarán P. Ó Duibhir-Nolan said the wards would reopen in March.",
     ("Ciarán P. Ó Duibhir-Nolan", "Ciarán P. Ó Duibhir-Nolan", "PERSON")),
    ("Minister for Rural Affairs Aoife Ní Bhraonáin said the grants would be paid in May.",
     ("Aoife Ní Bhraonáin", "Aoife Ní Bhraonáin", "PERSON")),
    ("Rustam Saidov-Qodirov, 34, who spent six years on building sites around Moscow, said he returned home in "
     "November.", ("Rustam Saidov-Qodirov", "Rustam Saidov-Qodirov", "PERSON")),
    ("The Kurdistan Region's Civil Defence Directorate said fires had destroyed 1,200 hectares of wheat.",
     ("Civil Defence Directorate", "Civil Defence Directorate", "ORG")),
    ("According to the National Board of Housing, Building and Planning, Luleå, Boden and Skellefteå will need 9,000 "
     "new homes by 2030.", ("National Board of Housing, Building and Planning",
                            "National Board of Housing, Building and Planning", "ORG")),
    ("The meeting was also attended by the Minister of Finance, Ms. Ilda Monteiro Rocha, and the Minister of Maritime "
     "Economy, Mr. Adalberto Lima Brito.", ("Adalberto Lima Brito", "Adalberto Lima Brito", "PERSON")),
])
def test_a_names_extent_and_type(gazetteer, text, expected):
    assert expected in names(text, gazetteer)


def test_a_native_institutions_name_in_capitals_before_a_verb_is_a_body(gazetteer):
    text = "The Entidad Binacional Yacyretá told the ministry on Monday that it would open two more spillway gates."
    assert ("Entidad Binacional Yacyretá", "Entidad Binacional Yacyretá", "ORG") in names(text, gazetteer)


def test_a_known_bodys_unit_named_after_it_is_one_name(gazetteer):
    text = ("The African Union Election Observation Mission, which deployed 42 observers, said the vote was calm. "
            "The African Union said it would send a second team.")
    found = [name for _, name, typ in names(text, gazetteer) if typ == "ORG"]
    assert found == ["African Union Election Observation Mission", "African Union"]


def test_a_native_name_whose_every_word_spells_its_acronym_is_a_body(gazetteer):
    text = ("Vodárenská společnost města Zlína (VSMZ), the city's water company, said 14 streets were dry. The "
            "company said VSMZ crews would work overnight. The gross domestic product (GDP) grew by 2 percent.")
    found = {(m.mention, m.name) for m in find_entities(text, gazetteer).mentions if m.type == "ORG"}
    assert ("VSMZ", "Vodárenská společnost města Zlína") in found
    assert not any(name.lower().startswith("gross") for _, name in found)


def test_a_clocks_time_zone_before_a_storms_name_is_no_part_of_it(gazetteer):
    text = ("Severe Tropical Cyclone Wendell is expected to cross the coast tonight. At 10 am AEST Wendell was 330 "
            "kilometres east northeast of Townsville.")
    assert not [name for _, name, _ in names(text, gazetteer) if "aest" in name.lower()]


def test_a_currency_sign_after_a_description_of_a_body_is_no_body(gazetteer):
    found = names("The regulator said it had fined the utility Rs 50 million and the carrier KSh 2 million.", gazetteer)
    assert not {name for _, name, _ in found} & {"Rs", "KSh"}


def test_an_acronym_the_recogniser_reads_into_a_bodys_name_is_that_body_though_it_spells_another(gazetteer):
    # the recogniser runs the body on into its bracket ("Pacific Community (SPC"); the acronym, from the body's
    # former name, spells no word of it
    text = ("The Pacific Community (SPC), the region's science body, expects the lagoon to warm by 1.5 degrees. SPC "
            "also says that 40 percent of reefs are bleached.")
    found = {(m.mention, m.name) for m in find_entities(text, gazetteer).mentions if m.type == "ORG"}
    assert found == {("Pacific Community", "Pacific Community"), ("SPC", "Pacific Community")}


def test_a_short_name_in_brackets_after_a_body_is_that_body_wherever_the_text_writes_it(gazetteer):
    text = ("Électricité du Laos (EDL), the state power utility, said demand peaked. EDL-Generation Public Company "
            "(EDL-Gen), which runs the dam, said the level had fallen. EDL-Gen said it had followed the rules, and "
            "EDL said imports would go on.")
    found = {(m.mention, m.name) for m in find_entities(text, gazetteer).mentions if m.type == "ORG"}
    assert ("EDL", "Électricité du Laos") in found
    assert ("EDL-Gen", "EDL-Generation Public Company") in found


def test_a_word_for_what_a_person_is_before_their_name_is_no_part_of_it(gazetteer):
    people = [m for m in find_entities("Driver Mwape Chileshe-Banda, 44, said he had waited nine days.",
                                       gazetteer).mentions if m.type == "PERSON"]
    assert [(m.name, m.mention) for m in people] == [("Mwape Chileshe-Banda", "Mwape Chileshe-Banda")]


def test_a_body_named_again_without_its_place_is_the_body_named_in_full(gazetteer):
    text = ("Fares on the buses of Lusaka will rise in May, the Lusaka City Council said on Monday. The City Council "
            "said it had lost 12 million kwacha on the routes in 2026.")
    assert ("City Council", "Lusaka City Council", "ORG") in names(text, gazetteer)


def test_a_body_whose_name_ends_another_bodys_name_keeps_its_own(gazetteer):
    text = ("The Development Bank of Mongolia raised 300 million dollars. The Bank of Mongolia said reserves rose, and "
            "the Supervisory Council of the Bank of Albania met on Friday.")
    found = names(text, gazetteer)
    assert not any(mention == "Bank of Mongolia" and name != "Bank of Mongolia" for mention, name, _ in found)


@pytest.mark.parametrize("text, name", [
    ("The Banco de Cabo Verde reported that travel receipts reached 9 billion escudos.", "Banco de Cabo Verde"),
    ("The Banque de France said growth slowed.", "Banque de France"),
    ("The Banque Centrale des Etats de l'Afrique de l'Ouest (BCEAO) kept its rate.",
     "Banque Centrale des Etats de l'Afrique de l'Ouest"),
    ("Output rose, according to the Instituto Brasileiro de Geografia e Estatística.",
     "Instituto Brasileiro de Geografia e Estatística"),
    ("Banco de Portugal and Spain signed the accord.", "Banco de Portugal"),
])
def test_an_institution_named_in_a_romance_language_is_one_organisation(gazetteer, text, name):
    assert (name, "ORG") in {(n, typ) for _mention, n, typ in names(text, gazetteer)}


@pytest.mark.parametrize("text, name", [
    ("The Caisse nationale d'assurance pension reports that 4,100 claims were paid.",
     "Caisse nationale d'assurance pension"),
    ("The Agence pour la sécurité routière (ASR) said road deaths fell.", "Agence pour la sécurité routière"),
    ("The Banque centrale du Vallenia tells us that lending slowed.", "Banque centrale du Vallenia"),
])
def test_an_institution_named_in_lower_case_in_its_own_language_is_one_organisation(gazetteer, text, name):
    assert (name, "ORG") in {(n, typ) for _mention, n, typ in names(text, gazetteer)}


def test_a_native_institution_word_before_english_words_names_no_lower_case_body(gazetteer):
    text = "Institut researchers say the data show growth."
    assert not any(typ == "ORG" and " " in n for _mention, n, typ in names(text, gazetteer))


@pytest.mark.parametrize("text, name", [
    ("The City of Westport said water use fell by 9 percent.", "City of Westport"),
    ("According to the Police of the Czech Republic, 318 migrants were detained.", "Police of the Czech Republic"),
    ("The County Government of Mombasa has opened 12 cooling centres.", "County Government of Mombasa"),
])
def test_a_body_governing_or_policing_a_place_that_speaks_is_an_organisation(gazetteer, text, name):
    assert (name, "ORG") in {(n, typ) for _mention, n, typ in names(text, gazetteer)}


def test_a_place_named_with_its_country_is_no_speaking_body(gazetteer):
    found = names("Local authorities in Bokeo Province of the Lao PDR reported flooding.", gazetteer)
    assert not any(n.startswith("Bokeo Province of") for _mention, n, _typ in found)


@pytest.mark.parametrize("text, body", [
    ("According to the Embassy of Japan in Laos, no Japanese nationals were hurt.", "Embassy of Japan in Laos"),
    ("The Consulate General of India in Dubai said 40 workers were freed.", "Consulate General of India in Dubai"),
])
def test_a_countrys_post_and_the_place_it_is_posted_in_are_one_body(gazetteer, text, body):
    found = names(text, gazetteer)
    assert (body, body, "ORG") in found
    assert not any(mention in ("Laos", "Dubai") for mention, _, _ in found)


def test_an_agency_word_in_the_countrys_own_language_before_it_names_the_agency(gazetteer):
    assert ("Statistik Austria", "Statistik Austria", "ORG") in names(
        "Statistik Austria reports that the deficit reached 3.1 percent.", gazetteer)


@pytest.mark.parametrize("text, body", [
    ("According to the Statistical Committee of the Republic of Armenia, inflation reached 4.9 percent.",
     "Statistical Committee of the Republic of Armenia"),
    ("The Road and Motorway Directorate of the Czech Republic said the bypass will open in 2031.",
     "Road and Motorway Directorate of the Czech Republic"),
    ("The Supreme Court of the Republic of Korea ruled on Tuesday.", "Supreme Court of the Republic of Korea"),
    # an acronym and a country that speak: the body's national branch
    ("WWF Greece estimates that natural regeneration will cover only 40 percent.", "WWF Greece"),
    ("According to MSF Belgium, 300 patients were treated last week.", "MSF Belgium"),
])
def test_a_body_named_with_its_states_formal_name_or_its_national_branch_is_one_organisation(gazetteer, text, body):
    assert (body, body, "ORG") in names(text, gazetteer)


@pytest.mark.parametrize("text", [
    "Bokeo Province of the Lao PDR reported floods.",  # a place of a state, no body of its formal name
    "Exports on the UK Greece route rose by 4 percent.",  # a country's short name before another, no branch
])
def test_places_beside_a_states_name_are_no_organisation(gazetteer, text):
    assert not any(kind == "ORG" for _, _, kind in names(text, gazetteer))


def test_an_initial_with_an_accent_stays_inside_the_name(gazetteer):
    found = names("Most of the rise came from food, said Ragnheiður Ó. Steingrímsdóttir of the statistics office. "
                  "Ólafur Á. Þórsson said prices rose.", gazetteer)
    people = [name for _, name, kind in found if kind == "PERSON"]
    assert people == ["Ragnheiður Ó. Steingrímsdóttir", "Ólafur Á. Þórsson"]


def test_a_clubs_word_before_its_city_names_the_club_and_leaves_the_city_a_place(gazetteer):
    found = names("Maccabi Haifa beat Dinamo Zagreb 2-1. Haifa is a port city.", gazetteer)
    assert ("Maccabi Haifa", "Maccabi Haifa", "ORG") in found and ("Dinamo Zagreb", "Dinamo Zagreb", "ORG") in found
    assert not any(mention == "Haifa" and kind == "ORG" for mention, _, kind in found)


def test_an_acronym_spelling_a_name_the_recogniser_split_at_and_names_it_whole_and_a_given_name_is_a_person(gazetteer):
    text = ("The National Oil Spill Detection and Response Agency (NOSDRA) said the spill began on March 3. "
            "NOSDRA recorded 412 spills in 2029. A fisherman who gave his name only as Tonye said the catch fell.")
    found = names(text, gazetteer)
    body = "National Oil Spill Detection and Response Agency"
    assert (body, body, "ORG") in found and ("NOSDRA", body, "ORG") in found
    assert ("Tonye", "Tonye", "PERSON") in found


def test_a_place_owning_a_public_body_by_its_possessive_is_no_part_of_the_bodys_name(gazetteer):
    found = names("Hail hit 21,000 hectares, according to Cuyoland's Directorate of Agriculture and Climate "
                  "Contingencies. The Women's Institute and McDonald's Corporation were not affected.", gazetteer)
    assert ("Directorate of Agriculture and Climate Contingencies", "Directorate of Agriculture and Climate "
            "Contingencies", "ORG") in found
    assert not any(name.startswith("Cuyoland's") for _, name, _ in found)


def test_an_irish_companys_legal_form_closes_its_name(gazetteer):
    found = names("The commission fined Kestrel Telecom Westland DAC on Monday.", gazetteer)
    assert ("Kestrel Telecom Westland DAC", "Kestrel Telecom Westland", "ORG") in found
    assert not any(name == "DAC" for _, name, _ in found)


def test_a_place_name_going_on_over_a_particle_and_a_compass_word_is_one_place(gazetteer):
    # the recogniser reads "Mato Grosso" alone, and as a person; "do Sul" ends the state's name
    found = names("A red alert is in force for Mato Grosso do Sul and Goiás. Mato Grosso do Sul's State Health "
                  "Department said hospitals were full.", gazetteer)
    assert ("Mato Grosso do Sul", "Mato Grosso do Sul", "GPE") in found
    assert ("State Health Department", "State Health Department", "ORG") in found
    assert not any(typ == "PERSON" for _, _, typ in found)


def test_acronyms_of_fuels_indices_and_codes_are_no_names(gazetteer):
    found = names("LNG imports rose by 12 percent. The UV index will reach 11 on Friday. Buyers can pay with a QR "
                  "code at any ATM.", gazetteer)
    assert not {"LNG", "UV", "QR", "ATM"} & {name for _, name, _ in found}


@pytest.mark.parametrize("text, person", [
    ("Milan Kovač said he had lost 90 percent of his raspberries.", "Milan Kovač"),
    ("Milan Jeremić-Stojanović, 46, who grows raspberries on 1.2 hectares, said the hail took everything.",
     "Milan Jeremić-Stojanović"),
    ("Duncan R. McAlister-Te Rangi, chief executive of the ferry operator, said fares would rise.",
     "Duncan R. McAlister-Te Rangi"),
])
def test_a_given_name_spelt_like_a_place_and_a_surname_after_a_hyphen_stay_in_the_whole_name(text, person,
                                                                                           gazetteer):
    found = [(m.mention, m.name, m.type) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions]
    assert (person, person, "PERSON") in found
    assert not [f for f in found if f[2] == "GPE"]


def test_a_place_before_a_body_word_or_after_a_preposition_stays_a_place(gazetteer):
    found = names("Tourism accounts for 40 percent of output, Niue Tourism said, and farmers in Milan agreed.",
                  gazetteer)
    assert not [f for f in found if f[2] == "PERSON"]


def test_the_body_a_chief_executive_works_for_is_no_portfolio(gazetteer):
    text = "Transport costs rose, the chief executive of KiwiRail said, and the Minister of Transport agreed."
    found = [(m.name, m.type) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions]
    assert ("KiwiRail", "ORG") in found
    assert not [name for name, _ in found if name == "Transport"]


@pytest.mark.parametrize("text, person", [
    ("The state will spend 350 million francs, Minister of Marine Resources Tavita Roanui told reporters.",
     "Tavita Roanui"),
    ("Exports rose 4 percent, Minister for Trade and Industry Lena Okafor-Brandt said on Monday.",
     "Lena Okafor-Brandt"),
])
def test_an_office_and_its_holder_after_a_comma_before_the_reporting_verb_name_the_holder(text, person, gazetteer):
    found = [(m.name, m.type) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions]
    assert (person, "PERSON") in found




def one_passage(text: str, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """The (name, type) pairs found in ``text`` read as one passage, as the pipeline reads a paragraph."""
    return {(m.name, m.type) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions}


@pytest.mark.parametrize("text, body", [
    ("A spokesman for Pacifica Container Line said two of its ships would skip the port.",
     "Pacifica Container Line"),
    ("A spokeswoman for StraitNZ said fares would rise by 8 percent.", "StraitNZ"),
])
def test_the_words_after_a_spokespersons_for_name_the_body_not_a_person(text, body, gazetteer):
    found = one_passage(text, gazetteer)
    assert (body, "ORG") in found
    assert not [name for name, typ in found if typ == "PERSON"]


def test_a_bracketed_short_name_that_is_the_full_names_first_word_is_that_body_wherever_written(gazetteer):
    text = ("Electricity retailer Kōwhai Energy Limited (Kōwhai) was fined $4.85 million. "
            "Kōwhai told about 23,400 customers that its plans were the cheapest.")
    found = [(m.mention, m.name, m.type) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions]
    assert ("Kōwhai", "Kōwhai Energy Limited", "ORG") in found
    assert not [f for f in found if f[1] == "Kōwhai"]


def test_a_title_before_a_persons_given_names_names_the_whole_person(gazetteer):
    text = ("Minister for Foreign Affairs Katrín Ósk Jónsdóttir spoke with her Canadian counterpart. "
            "Minister Katrín Ósk said that the coast guard had taken part in 241 missions.")
    found = [(m.mention, m.name) for m in find_entities(text, gazetteer, [(0, len(text))]).mentions]
    assert ("Katrín Ósk", "Katrín Ósk Jónsdóttir") in found


@pytest.mark.parametrize("sentence, name", [
    ("PUTRAJAYA, 15 December – Prime Minister Dato' Seri Hakimi A. Mohd Rashid held a telephone call this afternoon.",
     "Hakimi A. Mohd Rashid"),
    ("Prime Minister Dato' Seri Hakimi Salleh held a telephone call this afternoon.", "Hakimi Salleh"),
])
def test_a_style_the_model_reads_apart_from_the_name_after_it_is_left_out_and_the_name_kept_whole(sentence, name,
                                                                                                 gazetteer):
    result = find_entities(sentence, gazetteer, [(0, len(sentence))])  # one passage, as the pipeline reads it
    assert {m.name for m in result.mentions if m.type == "PERSON"} == {name}
    assert result.people[name].role == "Prime Minister"


@pytest.mark.parametrize("sentence, present, absent", [
    pytest.param("Ana Ruiz, Chief Executive Officer of Cedar Plains Energy, said costs rose.",
                 {("Ana Ruiz", "PERSON"), ("Cedar Plains Energy", "ORG")}, set(),
                 id="an office after a name and a comma still names its body"),
    pytest.param("Minister of Home Affairs and Internal Security Hon. Mwila Chanda Phiri met the envoy on Monday.",
                 {("Mwila Chanda Phiri", "PERSON")}, set(),
                 id="a style between a portfolio and its holder opens the holder's name"),
    pytest.param('"The winds will peak at dawn," said Met Éireann forecaster Séamus T. Ó Floinn-Walsh.',
                 {("Séamus T. Ó Floinn-Walsh", "PERSON")}, set(), id="an Irish surname after Ó"),
    pytest.param("Agrovale, the research fund financed by growers and millers, raised its cane forecast on Monday.",
                 {("Agrovale", "ORG")}, set(), id="a name in apposition to a body described with a participle"),
    pytest.param("Livestock Reinsurance JSC tells us that claims could reach 40 billion tugriks.",
                 {("Livestock Reinsurance JSC", "ORG")}, {("JSC", "ORG")},
                 id="a legal form closing a company's name is no body of its own"),
    pytest.param('"The storm is deepening quickly," said Eastmarch Meteo forecaster Ciara T. Ó Braonáin.',
                 {("Eastmarch Meteo", "ORG"), ("Ciara T. Ó Braonáin", "PERSON")}, {("Eastmarch Meteo", "PERSON")},
                 id="words after a cue and before a role noun name the employer"),
    pytest.param("The Civil Aviation Authority Malaysia said 426 flights had been cancelled on Monday.",
                 {("Civil Aviation Authority Malaysia", "ORG")}, set(),
                 id="a body's kind right before the place it serves ends in that place"),
    pytest.param("Officials from the Port Authority in Malaysia said 12 ships had been delayed.",
                 {("Malaysia", "GPE")}, set(), id="'in' keeps the place apart from the body"),
])
def test_names_read_in_one_passage(sentence, present, absent, gazetteer):
    found = one_passage(sentence, gazetteer)
    assert present <= found and not absent & found


@pytest.mark.parametrize("sentence", [
    "The Fire Rescue Service of the Westland Region said its crews had carried out 312 interventions.",
    "Storm Control Authority officials said the barrier would close at noon.",
])
def test_a_body_named_for_what_it_fights_is_no_event(sentence, gazetteer):
    found = names(sentence, gazetteer)
    assert not any(t == "EVENT" for _, _, t in found), found


def test_a_body_named_in_english_before_its_own_languages_acronym_is_that_body(gazetteer):
    found = names("Visits rose 20 percent, the Directorate-General of Health (DGS) said. The DGS said 12 people died.",
                  gazetteer)
    bodies = [n for _, n, t in found if t == "ORG"]
    assert len(bodies) >= 2 and set(bodies) == {"Directorate-General of Health"}


def test_a_body_named_after_a_place_with_a_particle_keeps_the_place_and_its_acronym_names_it_whole(gazetteer):
    text = ("The Agusan del Sur Provincial Disaster Risk Reduction and Management Office (ASPDO) reported cracks in "
            "two schools. The ASPDO said no deaths had been reported.")
    found = names(text, gazetteer)
    whole = "Agusan del Sur Provincial Disaster Risk Reduction and Management Office"
    assert (whole, whole, "ORG") in found
    assert [name for mention, name, _ in found if mention == "ASPDO"] == [whole, whole]


def test_a_given_name_before_an_initial_the_recogniser_left_out_is_the_persons(gazetteer):
    text = ("Last month I met Nélida R. Cabrera-Sosa, who has fished for thirty years from the beach. "
            "Cabrera-Sosa said the catch was small.")
    found = find_entities(text, gazetteer, [(0, len(text))]).mentions
    assert [m.name for m in found if m.type == "PERSON"] == ["Nélida R. Cabrera-Sosa"] * 2


def test_a_country_code_before_cents_after_an_amount_names_a_currency_not_the_country(gazetteer):
    text = "The wheeling charge will stay at 0.9 US cents per kilowatt hour until 2034."
    assert "United States" not in {name for _, name, _ in names(text, gazetteer)}


def test_an_acronym_set_off_by_commas_after_a_bodys_name_is_its_short_name(gazetteer):
    text = ("The Westland Statistical Authority, WESTSTAT, informs me that receipts reached 19.8 billion euros. "
            "According to WESTSTAT, some 192,000 people work in shipping.")
    short = [m.name for m in find_entities(text, gazetteer).mentions if m.mention == "WESTSTAT"]
    assert short == ["Westland Statistical Authority", "Westland Statistical Authority"]


def test_acronyms_listed_after_a_body_are_no_short_names_of_it(gazetteer):
    text = "The Westland Statistical Authority, NATO, the EU and OSCE met. NATO, and the EU, agreed."
    assert all(m.name != "Westland Statistical Authority" for m in find_entities(text, gazetteer).mentions
               if m.mention == "NATO")


@pytest.mark.parametrize(("text", "body"), [
    ("The Embassy of Viet Nam in Myanmar informs us that 212 citizens were handed over.",
     "Embassy of Viet Nam in Myanmar"),
    ("The Consulate of Westland said it had issued 40 passports.", "Consulate of Westland"),
])
def test_a_diplomatic_post_of_a_country_is_one_body(gazetteer, text, body):
    assert (body, "ORG") in [(m.name, m.type) for m in find_entities(text, gazetteer).mentions]


def test_a_county_prefect_before_a_name_is_a_role_and_the_name_a_person(gazetteer):
    text = "Split-Dalmatia County Prefect Ivana M. Perkovic-Saric said the county would ask for a mediator."
    assert ("Ivana M. Perkovic-Saric", "PERSON") in [(m.name, m.type) for m in find_entities(text, gazetteer).mentions]


def test_a_countrys_name_before_its_currency_as_a_unit_names_the_currency_not_the_country(gazetteer):
    text = ("The tenge strengthened 2.4% against the US dollar. All values are in United States dollars. "
            "The kip traded at 21,480 per US dollar. The United States said it would help. "
            "Milei has promised to replace the peso with the U.S. dollar.")
    assert [(m.mention, m.name) for m in find_entities(text, gazetteer).mentions] == [
        ("United States", "United States"), ("U.S.", "United States")]


@pytest.mark.parametrize("text, person", [
    ("The labour market is cooling, says chief economist Maartje K. van Dijkhuizen-Bos. She expects a slowdown.",
     "Maartje K. van Dijkhuizen-Bos"),
    ("Inspector Joost P. van der Velde-Hart spoke to reporters on Monday.", "Joost P. van der Velde-Hart"),
    ("Fishers' leader Ana L. da Fonseca said the catch was small.", "Ana L. da Fonseca"),
])
def test_a_middle_initial_before_lower_case_name_particles_keeps_one_persons_name(gazetteer, text, person):
    sentences = [(0, len(text))]
    found = find_entities(text, gazetteer, sentences).mentions
    assert [m.name for m in found if m.type == "PERSON"] == [person]


@pytest.mark.parametrize("text, body", [
    ("The General Secretariat of the Union of Coastal States is following the dam's filling with concern.",
     "General Secretariat of the Union of Coastal States"),
    ("The Steering Committee of the Federation of Island Ports met on Monday.",
     "Steering Committee of the Federation of Island Ports"),
])
def test_an_organ_named_with_its_parent_body_is_one_organisation(gazetteer, text, body):
    assert [m.name for m in find_entities(text, gazetteer, [(0, len(text))]).mentions if m.type == "ORG"] == [body]


def test_a_bodys_name_written_again_without_its_country_and_scope_words_is_that_body(gazetteer):
    text = ("The Norwegian Public Roads Administration said the road had been closed at Otta for 12 hours. "
            "The Roads Administration said it expected the road to stay closed for two days.")
    found = find_entities(text, gazetteer, [(0, len(text))]).mentions
    assert [m.name for m in found if m.mention.endswith("Roads Administration")] == \
        ["Norwegian Public Roads Administration"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Public Health Wales says 63 cases have now been confirmed.", [("Public Health Wales", "ORG")]),
    ("Energo-Pro Georgia said power would be restored on Friday.", [("Energo-Pro Georgia", "ORG")]),
    ("Meteo-France said the storm had weakened overnight.", [("Meteo-France", "ORG")]),
    ("Meteo-France La Reunion expects the eye to pass 60 kilometres off the coast.",
     [("Meteo-France La Reunion", "ORG")]),
    # a hyphened pair of places before a noun it describes is no organisation
    ("Trade on the Kigoma-Burundi route fell by a third.", [("Burundi", "GPE")]),
    ("Pro-Russia groups said the vote was fair.", [("Russia", "GPE")]),
])
def test_an_agency_or_a_hyphened_name_that_ends_in_the_place_it_serves_is_an_organisation(gazetteer, text, expected):
    found = find_entities(text, gazetteer, [(0, len(text))]).mentions
    assert [(m.name, m.type) for m in found] == expected


def test_an_acronym_no_bracket_defined_is_the_body_named_earlier_whose_initials_spell_it():
    from service.pipeline.entities.aliases import _with_earlier_spelled_names
    from service.pipeline.models import EntityMention
    full = "Alliance of Coastal Island Territories"
    mentions = [EntityMention(full, "ORG", full, 4, 42), EntityMention("ACIT", "ORG", "ACIT", 120, 124),
                EntityMention("CIT", "ORG", "CIT", 200, 203)]
    assert [m.name for m in _with_earlier_spelled_names(mentions)] == [full, full, "CIT"]



def test_an_acronym_apposed_to_a_bodys_full_name_is_that_body_in_every_mention(gazetteer):
    text = ("According to WESTAT, the Westland National Institute of Statistics, 4,000 boats still fish. "
            "WESTAT also reports that fishing employment has fallen by a fifth.")
    found = find_entities(text, gazetteer, [(0, len(text))]).mentions
    assert {m.name for m in found if m.type == "ORG"} == {"Westland National Institute of Statistics"}


def test_an_organ_named_again_without_its_parent_is_the_organ(gazetteer):
    text = ("The General Secretariat of the Union of Coastal States is following the filling of the dam. "
            "The General Secretariat recalls that the three states signed a declaration in 2015.")
    found = find_entities(text, gazetteer, [(0, len(text))]).mentions
    assert [m.name for m in found if m.type == "ORG"] == ["General Secretariat of the Union of Coastal States"] * 2


def test_an_acronym_the_text_spells_out_in_brackets_is_that_body_not_the_listed_one(gazetteer):
    text = ("The National Bank of Cambodia (NBC) reported that the riel traded at 4,065 per dollar. "
            "The NBC said reserves rose.")
    assert {name for _, name, _ in names(text, gazetteer)} == {"National Bank of Cambodia"}
    assert ("NBC News", "ORG") in {(name, kind) for _, name, kind in names("NBC reported the result.", gazetteer)}


@pytest.mark.parametrize("text, body", [
    # a body's English name before the acronym of its name in its own language, "of the" and "for the" inside it
    ("The Multisectoral Committee for the National Study of the El Niño Phenomenon (ENFEN) said sea temperatures "
     "rose.", "Multisectoral Committee for the National Study of the El Niño Phenomenon"),
    ("The Directorate-General of Health (DGS) reported 40 cases.", "Directorate-General of Health"),
])
def test_an_english_name_before_its_native_acronym_is_one_body(text, body, gazetteer):
    assert body in {name for _, name, _ in names(text, gazetteer)}


def test_a_name_joined_by_and_the_to_another_body_is_two_bodies(gazetteer):
    text = ("Officials of the Department of Social Welfare and the National Agency Against Trafficking in Persons "
            "(NAATIP) met the returnees.")
    found = {name for _, name, _ in names(text, gazetteer)}
    assert not any("Welfare and the National" in name for name in found)


def test_a_name_before_a_distributor_or_supplier_in_apposition_is_a_body(gazetteer):
    text = "Brestenergo, the regional power distributor, said its crews had restored power to 300 villages."
    assert ("Brestenergo", "ORG") in {(name, kind) for _, name, kind in names(text, gazetteer)}
