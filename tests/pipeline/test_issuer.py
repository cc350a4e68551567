"""Issuer and publisher names (service/pipeline/issuer.py) and the releases they speak for.

Every name and page here was written for these tests.
"""

import pytest

from service.pipeline import issuer
from service.pipeline.models import DocumentKind
from tests.pipeline.test_discourse import facts_of, fact_with, read


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("U.S. BUREAU OF FISHERIES STATISTICS", "", "U.S. Bureau of Fisheries Statistics"),
        ("U.S. DEPARTMENT of TRANSPORT", "", "U.S. Department of Transport"),
        ("NATIONAL WEATHER OFFICE", "the National Weather Office said", "National Weather Office"),
        ("ALPINE SNOW INSTITUTE", "the Alpine Snow Institute (ASI) measured", "Alpine Snow Institute"),
        ("NOAA", "", "NOAA"),  # an acronym stays
        ("Bureau of Tides", "", "Bureau of Tides"),  # mixed case stays
    ],
)
def test_an_all_capitals_name_takes_the_pages_case_or_title_case(name, text, expected):
    assert issuer.recase(name, text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [("Harbour Ferries AG", "Harbour Ferries"), ("Fjordline Energy A/S", "Fjordline Energy"),
     ("Maple Foods Inc.", "Maple Foods"), ("Hill & Stone plc", "Hill & Stone"), ("AG", "AG"),
     ("Horizon Rail Co", "Horizon Rail"), ("Baltic Markets Daily AS", "Baltic Markets Daily"),
     ("Karoo Ledger Media (Pty) Ltd", "Karoo Ledger Media"), ("Lowveld Radio (Pty)", "Lowveld Radio"),
     ("Lagoon Press SAS", "Lagoon Press"),
     # a Polish "Sp. z o.o." a sentence break cut after its first word; a Welsh "Cyf."
     ("The Vistula Courier Sp", "The Vistula Courier"), ("Dyfed Daily Cyf.", "Dyfed Daily")],
)
def test_a_legal_form_is_left_out(name, expected):
    assert issuer.without_legal_form(name) == expected


def test_a_norwegian_company_form_is_no_acronym_to_expand():
    page = "Baltic Markets Daily\nSales fell in August and September.\n© 2026 Baltic Markets Daily AS"
    assert issuer.publisher_name("Baltic Markets Daily AS", page) == "Baltic Markets Daily"


def test_an_acronym_is_expanded_when_the_page_spells_it_out():
    page = "NORTHERN LIGHTS PRESS\nLatest | World\nFollow NLP on X\n\nCopyright NLP."
    assert issuer.publisher_name("NLP", page) == "Northern Lights Press"
    assert issuer.publisher_name("NLP", "no spelled-out name here") == "NLP"


def test_a_name_the_page_writes_longer_after_the_article_is_taken_whole():
    page = "Ocean Watch Service\nBorealis\n\nThe Borealis Ocean Watch Service (BOWS) confirms that sea ice fell."
    assert issuer.publisher_name("Ocean Watch Service", page) == "Borealis Ocean Watch Service"
    # a sentence opener in front of the name is not part of it
    assert issuer.longer_spelling("Ocean Watch Service", "the Yesterday Ocean Watch Service said") is None


@pytest.mark.parametrize(
    "name, expected",
    [("U.S. Bureau of Fisheries Statistics", "Bureau of Fisheries Statistics"),
     ("UK Office for Rail Data", "Office for Rail Data"),
     ("U.S. Army", "U.S. Army"),  # one word left: the qualifier is part of the name
     ("US Open Tennis", "US Open Tennis"),  # not an institution
     ("Statistics Norway", "Statistics Norway")],
)
def test_an_abbreviated_country_in_front_of_an_institution_is_dropped_for_speakers(name, expected):
    assert issuer.speaker_name(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [("National Office of Meteorology", True), ("Lakeland Statistics Bureau", True),
     ("Northern Lights Press", False), ("Global Wire Service", False), ("Harbour Herald", False), (None, False),
     ("Brightwater City Hall", True), ("Eastholm Town Hall", True), ("Riverside Concert Hall", False)],
)
def test_institutions_are_told_from_news_outlets(name, expected):
    assert issuer.is_institution(name) is expected


@pytest.mark.parametrize(
    "lead, expected",
    [("OSLO, Norway, May 2, 2025 /WireDesk/ -- Fjordline Energy A/S today announced a new plant.",
      "Fjordline Energy A/S"),
     ("The Borealis Ocean Watch Service (BOWS) confirms that sea ice fell.", "Borealis Ocean Watch Service"),
     ("Sea ice fell for a third year.", None),
     ("Officials announced a new plant.", None)],
)
def test_the_announcer_of_a_release_is_the_subject_of_its_lead(lead, expected):
    assert issuer.announcer(lead) == expected


AGENCY_PAGE = """Skip to main content
National Office of Meteorology
Forecasts | Warnings | Climate | Research
Climate summaries

Wet 2025 spring season ends with record rainfall

June 1, 2025

The spring season brought 412 millimetres of rain to the northern districts, the most since 1961.

Three rivers broke their banks in April and flooded 2,300 homes.

Storm Irma caused power cuts across eleven states.

"We saw rain on 61 of 92 days," said chief forecaster Hana Lind.

Contact the press office
"""


def test_a_page_an_institution_publishes_without_a_byline_is_its_release():
    article, discourse = read(AGENCY_PAGE)
    assert article.source == "National Office of Meteorology"
    assert discourse.kind == DocumentKind.RELEASE
    _, _, facts = facts_of(AGENCY_PAGE)
    assert fact_with(facts, "412 millimetres").attribution.speaker == "National Office of Meteorology"
    assert fact_with(facts, "flooded 2,300 homes").attribution.speaker == "National Office of Meteorology"
    assert fact_with(facts, "across eleven states").attribution.speaker == "National Office of Meteorology"
    assert fact_with(facts, "We saw rain").attribution.speaker == "Hana Lind"


def test_the_same_page_with_a_reporters_byline_is_news():
    # an institute's page (lexicon public_agency_words leaves institutes out): a bare by-line there may be a
    # reporter's; on a public agency's own site it is its staff's (test_release_issuers.py)
    raw = AGENCY_PAGE.replace("National Office of Meteorology", "National Institute of Meteorology").replace(
        "June 1, 2025", "By Tom Reed\n\nJune 1, 2025")
    article, discourse = read(raw)
    assert article.byline == "Tom Reed"
    assert discourse.kind == DocumentKind.NEWS
    _, _, facts = facts_of(raw)
    assert fact_with(facts, "412 millimetres").attribution is None


def test_a_news_outlets_page_without_a_byline_stays_news():
    raw = AGENCY_PAGE.replace("National Office of Meteorology", "Northern Daily Herald")
    assert read(raw)[1].kind == DocumentKind.NEWS


def test_a_shouted_masthead_speaks_without_its_country_prefix():
    raw = AGENCY_PAGE.replace("National Office of Meteorology", "U.S. NATIONAL OFFICE OF METEOROLOGY")
    _, discourse = read(raw)
    assert discourse.default_speaker.name == "National Office of Meteorology"


# ------------------------------------------------------------------ publishers stated by the page

BODY = """Harbour tolls rose by 4 percent in the third quarter, the port authority said on Monday.

Cargo volumes fell for a second quarter as two shipping lines moved their routes to other ports.
"""


def _page(header: str, headline: str = "Harbour tolls rise again", footer: str = "") -> str:
    return f"{header}\n\n{headline}\n\nMarch 3, 2025\n\n{BODY}\n{footer}\n"


def _source(raw: str) -> str | None:
    from service.pipeline.cleaning import clean_article

    return clean_article(raw, min_chars=50).source


def test_a_masthead_with_dotted_initials_in_capitals_is_the_publisher_in_the_pages_case():
    raw = _page("U.S. PORT AUTHORITY OF THE GULF\nHome | Ports | Data | Contact",
                footer="Questions go to the U.S. Port Authority of the Gulf press desk.")
    assert _source(raw) == "U.S. Port Authority of the Gulf"


def test_a_copyright_acronym_is_expanded_from_the_masthead():
    raw = _page("NORTHERN LIGHTS PRESS\nLatest | World | Business", footer="Copyright NLP. Not for redistribution.")
    assert _source(raw) == "Northern Lights Press"


def test_an_institutions_short_copyright_name_takes_the_country_the_masthead_adds():
    raw = _page("Ministry of Transport Lesotho\nHome | About | News",
                footer="Copyright © 2025 Ministry of Transport. All Rights Reserved.")
    assert _source(raw) == "Ministry of Transport Lesotho"


def test_a_copyright_policy_link_names_no_publisher_and_a_legal_form_is_dropped():
    assert _source(_page("Home | About | News", footer="Privacy Policy\nCopyright Policy")) is None
    assert _source(_page("Home | About | News", footer="© Harbour Ferries AG 2025")) == "Harbour Ferries"


def test_a_release_wires_dateline_names_the_distributor():
    raw = _page("Home | Releases | Submit", headline="Harbour Ferries orders four electric vessels").replace(
        "Harbour tolls rose", "BERGEN, Norway, March 3, 2025 /Fjord Release Wire/ -- Harbour tolls rose")
    assert _source(raw) == "Fjord Release Wire"


def test_a_mastheads_motto_is_chrome_and_the_headline_below_it_is_the_title():
    from service.pipeline.cleaning import clean_article

    raw = ("Skip to main content\nCentral Bank of Ruritania\nThe Central Bank of Ruritania, the monetary authority of "
           "the republic, keeps prices stable and the payment system safe.\nPolicy | Markets | Statistics | Contact\n\n"
           "Central Bank of Ruritania issues rate statement\n\nMay 7, 2025\n\n" + BODY)
    article = clean_article(raw, min_chars=50)
    assert article.title == "Central Bank of Ruritania issues rate statement"
    assert article.source == "Central Bank of Ruritania"
    assert "monetary authority" not in article.text


RATE_RELEASE = """Central Bank of Ruritania
Policy | Markets | Statistics | Contact

Central Bank of Ruritania issues rate statement

May 7, 2025

Household spending has slowed since the spring, according to recent indicators.

Inflation eased to 2.9 percent in April, according to the National Statistics Office.

In support of its goals, the Board decided to keep the policy rate at 4 percent.
"""


def test_evidence_cited_with_according_to_keeps_the_issuer_and_a_named_source_does_not():
    _, discourse, facts = facts_of(RATE_RELEASE)
    assert discourse.kind == DocumentKind.RELEASE
    assert fact_with(facts, "recent indicators").attribution.speaker == "Central Bank of Ruritania"
    assert fact_with(facts, "Inflation eased").attribution.speaker != "Central Bank of Ruritania"


def test_a_byline_with_the_authors_unit_is_a_reporters_byline_and_keeps_the_page_news():
    raw = AGENCY_PAGE.replace("National Office of Meteorology", "U.S. Army").replace(
        "June 1, 2025", "By Sgt. Tom Reed, 3rd Signal Battalion\n\nJune 1, 2025")
    article, discourse = read(raw)
    assert article.source == "U.S. Army"
    assert article.byline == "Sgt. Tom Reed"
    assert discourse.kind == DocumentKind.NEWS


def test_the_about_section_of_a_release_is_boilerplate():
    from service.pipeline.cleaning import clean_article

    raw = ("Home | Releases | Submit\n\nFjordline Energy orders four turbines\n\n"
           "OSLO, Norway, May 2, 2025 /Fjord Release Wire/ -- Fjordline Energy AS today announced an order for four "
           "turbines worth 90 million euros.\n\nThe turbines will be delivered in 2027.\n\nAbout Fjordline Energy\n"
           "Fjordline Energy AS is a Norwegian developer of wind power, based in Oslo.\n\nMedia contact: press desk\n")
    article = clean_article(raw, min_chars=50)
    assert "Norwegian developer" not in article.text and "About Fjordline" not in article.text
    assert "delivered in 2027" in article.text
    # a heading "About ..." over body text that does not describe a named body stays
    body = raw.replace("Fjordline Energy AS is a Norwegian", "The wind farm will be a Norwegian")
    assert "Norwegian" in clean_article(body, min_chars=50).text


def test_a_section_and_site_masthead_and_a_footer_name_above_an_address_name_the_publisher():
    assert _source(_page("Health Desk | Lakeside Public News\nDonate  Listen")) == "Lakeside Public News"
    footer = "The Lakeside Council\n12 Harbour Road\nLakeside, OR 97001\nPrivacy Policy"
    assert _source(_page("Home | Council | Services", footer=footer)) == "The Lakeside Council"


def test_a_press_release_narrating_a_meeting_is_a_readout_without_a_speaker():
    raw = ("Home > Government > Office of the Premier\n\nPress release\n\n"
           "Premier meeting with the President of Ruritania: 3 March 2025\n\nPublished 3 March 2025\n\n"
           "The Premier met the President of Ruritania in Lakeside today.\n\n"
           "The leaders agreed a new trade partnership worth 2 billion euros.\n")
    _, discourse, facts = facts_of(raw)
    assert discourse.kind == DocumentKind.READOUT
    assert fact_with(facts, "new trade partnership").attribution is None
    release = raw.replace("Premier meeting with the President of Ruritania", "Premier announces trade partnership")
    release = release.replace("The Premier met the President of Ruritania in Lakeside today.",
                              "The Premier announced a partnership with Ruritania in Lakeside today.")
    assert read(release)[1].kind == DocumentKind.RELEASE  # (a lead that tells of the meeting makes it a readout)


def test_an_issued_by_sign_off_names_the_publisher_and_is_no_fact():
    raw = ("Home | Statistics | Census | Contact\n\nConsumer prices, October 2025\n\nMedia release\n\n"
           "Consumer prices rose 2.3 per cent in the year to October.\n\nFood prices rose 3.1 per cent.\n\n"
           "Issued by the Ruritania Statistics Office, Lakeside.\n")
    article, discourse, facts = facts_of(raw)
    assert article.source == "Ruritania Statistics Office"
    assert "Issued by" not in article.text
    assert fact_with(facts, "Food prices").attribution.speaker == "Ruritania Statistics Office"


def test_an_acronym_may_take_one_inner_letter_of_an_institutions_name():
    from service.pipeline.issuer import abbreviates, spelled_out
    assert abbreviates("JAXA", "Japan Aerospace Exploration Agency")
    assert not abbreviates("JXXA", "Japan Aerospace Exploration Agency")  # two inner letters
    assert not abbreviates("JAXA", "Japan Aerospace Exploration")  # a word too few, and no institution
    assert not abbreviates("PAXS", "Pacific Air Express Society")  # no institution
    text = "JAXA | Japan Aerospace Exploration Agency\nJAXA launched the rocket."
    assert spelled_out("JAXA", text) == "Japan Aerospace Exploration Agency"
    # a name whose initials are the acronym wins over an earlier one it abbreviates loosely
    both = "the Japan Aerospace Exploration Agency and the Joint Atlantic Xenon Authority"
    assert spelled_out("JAXA", both) == "Joint Atlantic Xenon Authority"


def test_a_one_word_brand_is_an_institution_by_its_parts():
    from service.pipeline.issuer import is_institution

    assert is_institution("MetService")
    assert not is_institution("BlackRock")
    assert not is_institution("NOAA")


def test_a_two_word_name_keeps_its_country():
    from service.pipeline.issuer import without_country

    assert without_country("U.S. Bureau of Labor Statistics") == "Bureau of Labor Statistics"
    assert without_country("U.S. Geological Survey") == "U.S. Geological Survey"


def test_a_country_code_stays_when_the_pages_acronym_spells_it():
    assert issuer.without_country("UK Fisheries Protection Agency", "said an analyst at UKFPA.") \
        == "UK Fisheries Protection Agency"
    assert issuer.without_country("UK Fisheries Protection Agency", "") == "Fisheries Protection Agency"


def test_a_one_word_name_in_capitals_inside_prose_is_an_acronym():
    assert issuer.recase("NARIO", "a variety bred by NARIO yielded more") == "NARIO"
    assert issuer.recase("NARIO", "") == "Nario"


def test_the_lead_names_its_issuer_before_an_appositive_of_its_parent():
    lead = "The Seasonal Outlook Centre, a division of the Northland Weather Service, released its outlook."
    assert issuer.announcer(lead) == "Seasonal Outlook Centre"


def test_the_company_others_join_in_announcing_is_the_announcer():
    lead = ("STOCKHOLM, Sweden, May 06, 2025 (GLOBE NEWSWIRE) -- Volvo Cars and the Swedish Energy Agency today "
            "joined Nordic Battery Group AB in announcing a supply agreement for 20 GWh of battery cells.")
    assert issuer.announcer(lead) == "Nordic Battery Group"


def test_a_legal_form_written_out_is_no_part_of_a_publishers_name():
    assert issuer.without_legal_form("Boreal Graphite Limited") == "Boreal Graphite"


def test_a_shouted_institution_name_drops_its_leading_the():
    assert issuer.recase("THE BANK OF WESTLAND", "") == "Bank of Westland"
    assert issuer.recase("THE WHITE HOUSE", "") == "The White House"  # no institution word: the name keeps it


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("Stats Ruritania Tilasto Kirjasto", "figures released by Stats Ruritania today", "Stats Ruritania"),
        ("Stats Ruritania Tilasto Kirjasto", "Stats Ruritania Tilasto Kirjasto figures",
         "Stats Ruritania Tilasto Kirjasto"),
        ("Ministry of Health of Ruritania", "the Ministry of Health can confirm", "Ministry of Health of Ruritania"),
        ("Centre for Disease Prevention and Control", "the Centre for Disease said",
         "Centre for Disease Prevention and Control"),
        ("Harbour Weather Observatory", "Harbour Weather recorded rain", "Harbour Weather Observatory"),
        # a place the page names as such ("Government of Sint Ardmore") is no second name
        ("Department of Statistics Sint Ardmore", "Government of Sint Ardmore\nthe Department of Statistics said",
         "Department of Statistics Sint Ardmore"),
    ],
)
def test_a_second_name_in_another_language_is_dropped_when_the_text_uses_the_first_alone(name, text, expected):
    assert issuer.without_second_name(name, text) == expected


def test_a_lead_that_says_the_company_announced_it_names_the_announcer():
    lead = ("Kestrel Cells Co., Ltd. will invest 90 billion won in a plant in Gdansk, the company announced on "
            "Tuesday.\n\nThe plant will employ 300 people.")
    assert issuer.announcer(lead) == "Kestrel Cells"
    assert issuer.announcer("Toronto will host 40 matches, the company said.") is None  # one word: no company name


def test_a_legal_form_in_front_of_a_name_is_no_part_of_it():
    assert issuer.without_legal_form("RSE Northhydromet") == "Northhydromet"
    assert issuer.without_legal_form("JSC") == "JSC"  # a name that is only a legal form stays


def test_a_longer_spelling_ends_where_the_name_ends_its_capitalised_run():
    assert issuer.longer_spelling("Wire", "Our Standards: The Harbour Wire Trust Principles.") is None
    assert issuer.longer_spelling("Wire", "Stories from the Harbour Wire are checked twice.") == "Harbour Wire"


@pytest.mark.parametrize("name, native", [
    ("Ministria për Evropën dhe Punët e Jashtme", True),  # joined by words no English name has
    ("Agjencia e Statistikave të Kosovës", True),
    ("Instituto Nacional de Estadística", True),
    ("Ministry for Europe and Foreign Affairs", False),
    ("Bureau National de Gestion des Risques", False),  # an English institution word: not only its own language
    ("Nevis Island Administration", False),  # a word English shares with French: no sign of either
])
def test_a_name_in_its_own_language(name, native):
    assert issuer.is_native_name(name) is native


@pytest.mark.parametrize(("name", "text", "expected"), [
    # a feed's country in brackets, when the text calls the body without it
    ("Ministry of Agriculture, Forestry and Fisheries (Eastmarch)",
     "The Ministry of Agriculture, Forestry and Fisheries reports that exports rose.",
     "Ministry of Agriculture, Forestry and Fisheries"),
    ("Ministry of Agriculture (Eastmarch)", "Exports rose, the ministry said.", "Ministry of Agriculture (Eastmarch)"),
    # "SAR" closes a territory's name after "the": no acronym run on after the body's name
    ("Government Information Bureau of the Esk SAR", "", "Government Information Bureau of the Esk SAR"),
])
def test_a_speakers_name_keeps_what_names_it_and_drops_what_only_places_it(name, text, expected):
    assert issuer.speaker_name(name, text) == expected


@pytest.mark.parametrize("name, bare", [("PortfolioWire Media Pte. Ltd.", "PortfolioWire Media"),
                                        ("Kestrel Holdings Sdn. Bhd.", "Kestrel Holdings")])
def test_singapore_and_malaysian_legal_forms_are_cut_off(name, bare):
    assert issuer.without_legal_form(name) == bare


def test_a_masthead_form_without_the_country_is_the_form_the_page_uses():
    text = "METEOROLOGICAL SERVICES DEPARTMENT\nMost of the country received little rain."
    assert issuer.without_place_of("Meteorological Services Department of Eastmarch", text) \
        == "Meteorological Services Department"
    assert issuer.without_place_of("Ministry of Health of Eastmarch", "The Ministry of Health of Eastmarch said") \
        == "Ministry of Health of Eastmarch"


def test_an_acronym_may_take_a_second_letter_from_a_compound_word():
    abbreviates_compounds = issuer.abbreviates_compounds
    assert abbreviates_compounds("CNW", "Cardinal Newswire")
    assert abbreviates_compounds("IAP", "Interamerica Press")
    assert abbreviates_compounds("AP", "Associated Press")
    assert not abbreviates_compounds("ABC", "Cardinal Newswire")
    assert not abbreviates_compounds("CNWX", "Cardinal Newswire")  # one more letter than two words allow in order
    assert not abbreviates_compounds("CN", "Cardinal")  # one word is no name to abbreviate


@pytest.mark.parametrize("name, text, expected", [
    ("MRC Secretariat", "The Mekong River Commission Secretariat (MRCS) issues the following.",
     "Mekong River Commission Secretariat"),
    ("UN Secretariat", "The MRC Secretariat said.", "UN Secretariat"),  # the text never spells it out
    ("WRC Board", "The Board of the Westland River Commission met.", "WRC Board"),  # no such longer form
])
def test_an_acronym_heading_a_name_is_spelled_out_as_the_text_writes_the_longer_form(name, text, expected):
    assert issuer.with_acronym_spelled(name, text) == expected
