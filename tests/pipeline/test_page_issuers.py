"""Publishers, titles and issuers of institutional pages laid out as their sites print them: a short form in
brackets after the copyright holder, a bulletin's name on the masthead, a trail through the issuing body."""

from __future__ import annotations

import pytest

from service.pipeline import issuer
from service.pipeline.cleaning import clean_article
from service.pipeline.document import process_document

from .helpers import speaker_of


SHORT_FORM_HOLDER = """Landesamt Nordmark
EN | DE
Press > Releases > 2026

Farm output in Nordmark fell by 4% in 2025

The harvest of cereals in Nordmark fell by 4% in 2025 compared with the previous year.

As reported by the Nordmark Statistical Office (Nordstat), the harvest of potatoes rose by 2% to 1.2 million tonnes.

Share: LinkedIn | Email
© Nordmark Statistical Office (Nordstat), 2026
"""


def test_a_short_form_in_brackets_after_the_copyright_holder_is_no_part_of_its_name(extractor):
    assert clean_article(SHORT_FORM_HOLDER, min_chars=50).source == "Nordmark Statistical Office"
    document = process_document(SHORT_FORM_HOLDER, None, extractor)
    assert speaker_of(document, "harvest of cereals") == "Nordmark Statistical Office"
    mention = next(f for f in document.facts if "potatoes" in f.text)
    assert [e.name for e in mention.entities if e.type == "ORG"] == ["Nordmark Statistical Office"]


BULLETIN_MASTHEAD = """Skip to main content
Westland.gov > Statistics Westland > The Weekly
The Weekly

Retail Trade Survey, March 2026
Released: 2026-04-20

Retail sales rose 1.2% in March, led by sales at food stores.

Sales at motor vehicle dealers fell 0.8% in the month.

Sales at gasoline stations rose 2.4%, as prices at the pump increased for a third month in a row.

In volume terms, retail sales were up 0.9% in March compared with February.

Contact information
Terms and conditions | Privacy
"""


def test_a_bulletins_name_ending_the_trail_under_its_body_is_published_by_the_body(extractor):
    assert clean_article(BULLETIN_MASTHEAD, min_chars=50).source == "Statistics Westland"
    document = process_document(BULLETIN_MASTHEAD, None, extractor)
    assert speaker_of(document, "Retail sales rose") == "Statistics Westland"


def test_a_masthead_name_inside_the_trail_is_the_site_not_a_section():
    page = BULLETIN_MASTHEAD.replace("> The Weekly\nThe Weekly", "> The Weekly > News\nThe Weekly")
    assert clean_article(page, min_chars=50).source != "Statistics Westland"


STATE_BANNER_BULLETIN = """Republic of Westland
DEPARTMENT OF NATURAL HAZARDS
WESTLAND INSTITUTE OF SEISMOLOGY
Home | Volcano | Earthquake | Tsunami
Bulletins > Mount Arden

MOUNT ARDEN ACTIVITY BULLETIN
14 March 2026 08:00 AM

In the past 24-hour period, the Mount Arden network recorded 8 volcanic earthquakes.

Sulfur dioxide emission averaged 1,240 tonnes/day on 13 March 2026.

Alert Level 2 remains in effect over Mount Arden, and entry into the 4-kilometer radius is prohibited.
"""


def test_a_states_name_over_a_masthead_is_no_headline_and_the_agency_under_its_department_issues(extractor):
    article = clean_article(STATE_BANNER_BULLETIN, min_chars=50)
    assert article.title == "MOUNT ARDEN ACTIVITY BULLETIN"
    assert article.source == "Westland Institute of Seismology"
    document = process_document(STATE_BANNER_BULLETIN, None, extractor)
    assert speaker_of(document, "Sulfur dioxide") == "Westland Institute of Seismology"


TAGLINE_AND_REPORT = """EWHA
Eastland Centre for Disease Control
Keeping the people of Eastland healthy
Home | About | Diseases | Situation Reports | Careers
Measles Situation Report
Week 12: 16 - 22 March 2026
Published: 27/03/2026

In week 12, 96 new suspected cases of measles were reported from 7 districts.

Since the beginning of 2026, a cumulative total of 1,204 suspected cases have been reported.

Children under 5 years of age made up 44% of the suspected cases.
"""


def test_a_tagline_under_the_masthead_is_no_headline_and_a_report_under_the_menu_is():
    article = clean_article(TAGLINE_AND_REPORT, min_chars=50)
    assert article.title == "Measles Situation Report"
    assert article.source == "Eastland Centre for Disease Control"


def test_a_name_shaped_heading_above_the_menu_is_still_a_masthead():
    page = TAGLINE_AND_REPORT.replace("Keeping the people of Eastland healthy\n", "")
    page = page.replace("Measles Situation Report\n", "Measles cases rise again in the eastern districts\n")
    assert clean_article(page, min_chars=50).title == "Measles cases rise again in the eastern districts"


SUBJECT_RELEASE = """Eastland Meteorological Department
Ministry of Earth and Climate, Government of Eastland
Home / Press Release
Date: 12.04.2026
Time of issue: 1100 hours
PRESS RELEASE
Subject: Deep Depression over the Eastern Gulf – Heavy Rainfall Warning for the coastal districts

The Deep Depression over the Eastern Gulf moved northwards at a speed of 15 km/h during the past six hours.

It is very likely to intensify into a Cyclonic Storm during the next 12 hours.

Fishermen are advised not to venture into the sea until 14 April.
"""


def test_a_subject_field_under_a_kicker_is_the_headline_without_its_label():
    article = clean_article(SUBJECT_RELEASE, min_chars=50)
    assert article.title == "Deep Depression over the Eastern Gulf – Heavy Rainfall Warning for the coastal districts"
    assert "Subject:" not in article.text


def test_a_subject_field_among_a_pages_tags_is_no_headline():
    page = SUBJECT_RELEASE.replace("PRESS RELEASE\n", "Rainfall warning for the coastal districts\n")
    assert clean_article(page, min_chars=50).title == "Rainfall warning for the coastal districts"


MISSION_STATEMENT = """PERMANENT MISSION OF WESTLAND TO THE UNITED NATIONS
12 East 40th Street, New York, NY 10016 | Tel: (212) 555-0100
Home | About the Mission | Statements | Press | Contact

Statements > Security Council

Statement at the Security Council Open Debate on the Great Lakes
Delivered by H.E. Mara Quist, Ambassador and Permanent Representative of Westland
9 October 2026

Mr. President, the Security Council has discussed the region four times this year.

More than 3 million people are now displaced across the Great Lakes region.

Westland has contributed 1,200 peacekeepers to the mission since 2019.

© 2026 Permanent Mission of Westland to the United Nations. All rights reserved.
"""


def test_a_body_named_at_the_head_and_the_foot_publishes_over_a_body_the_text_names():
    source = clean_article(MISSION_STATEMENT, min_chars=50).source
    assert source == "Permanent Mission of Westland to the United Nations"


NATIVE_MASTHEAD = """INEC
Instituto Nacional de Estadística y Censos
ES | EN
Inicio > Sala de prensa > Comunicados

CONSUMER PRICE INDEX, MARCH 2026

The National Institute of Statistics and Censuses reports that the Consumer Price Index rose 0.4% in March 2026.

With this result, annual headline inflation stood at 3.2%.

Food prices fell 0.3% in the month, while energy prices rose 1.1%.
"""


def test_the_english_name_of_a_native_masthead_runs_on_past_and_to_as_many_words():
    assert clean_article(NATIVE_MASTHEAD, min_chars=50).source == "National Institute of Statistics and Censuses"


def test_a_kind_of_measurement_cited_in_a_bulletin_leaves_the_sentence_to_its_issuer(extractor):
    page = STATE_BANNER_BULLETIN.replace(
        "Alert Level 2", "The edifice remains inflated, according to continuous GPS and electronic tilt data.\n\nAlert"
        " Level 2")
    document = process_document(page, None, extractor)
    assert speaker_of(document, "edifice remains inflated") == "Westland Institute of Seismology"


PORTAL_SPEECH = """Westland Government
www.gov.wl
Home | About | Government | Services | Newsroom | Documents
Home » Newsroom » Speeches
Minister Ana Ruiz: Westland Water Summit 2026
4 Mar 2026
Programme Director,
Ladies and gentlemen,
Westland has now gone more than 200 days without water restrictions.
Dam levels rose to 78 per cent in February, up from 61 per cent a year earlier.
We have also signed agreements for R4 billion in new pipelines, which will add 300 kilometres to the network.
The government will not privatise the water utility.
I thank you.
Issued by: Department of Water and Sanitation
More on: Water and Sanitation
Share: Facebook Twitter WhatsApp Email
Related: Minister Ruiz on the dry season | Deputy Minister on boreholes
Copyright © Westland Government. All rights reserved.
"""


def test_a_headline_with_a_colon_on_a_page_without_blank_lines_is_no_field_row():
    assert clean_article(PORTAL_SPEECH, min_chars=50).title == "Minister Ana Ruiz: Westland Water Summit 2026"


def test_a_page_in_a_section_of_speeches_is_the_speech_of_the_person_its_heading_names(extractor):
    document = process_document(PORTAL_SPEECH, None, extractor)
    assert speaker_of(document, "200 days without water restrictions") == "Ana Ruiz"


def test_a_page_in_a_section_of_releases_stays_the_issuers(extractor):
    page = PORTAL_SPEECH.replace("Home » Newsroom » Speeches", "Home » Newsroom » Media releases")
    document = process_document(page, None, extractor)
    assert speaker_of(document, "200 days without water restrictions") != "Ana Ruiz"


POLICE_RELEASE = """Westland Police | Pirihimana o Westland
Home   News   Safety   Contact us
News » Northern District

Arrest made in Harbour Street robbery

Police have arrested a 34-year-old man in connection with the robbery of a jewellery store on Harbour Street.

The man will appear in the Northport District Court on Monday charged with aggravated robbery.

Items worth about $40,000 were recovered from an address in Northport on Saturday.

Issued by Police Media Centre
Share this article: Facebook | X | Email
"""


def test_a_press_office_named_after_its_body_gives_the_masthead_that_ends_with_it():
    assert clean_article(POLICE_RELEASE, min_chars=50).source == "Westland Police"


AMPERSAND_HOLDER = """English | Français
Ministry of Water & Agriculture
Home > Media Centre > News
Ministry completes AED 300 million dam upgrade
Published on: 13 Jan 2026
The Ministry of Water and Agriculture announced the completion of the AED 300 million upgrade of the Wadi Safa dam.
The project raised the dam's storage capacity to 12 million cubic metres.
How happy are you with this page?
© 2026 Ministry of Water & Agriculture – Westland Emirates
"""


def test_a_holders_country_after_a_dash_is_dropped_and_the_body_spells_its_and():
    assert clean_article(AMPERSAND_HOLDER, min_chars=50).source == "Ministry of Water and Agriculture"


def test_a_copyright_after_a_notice_in_another_script_names_the_publisher_and_is_dropped():
    page = ("ウェストランド新聞 THE WESTLAND HERALD\n日本語 | English\n\n"
            "Harbour ferry fares to rise by 10% in April\n2026/02/03 18:30 JST\n\n"
            "Ferry fares across the harbour will rise by 10% from April 1, the city's transport bureau said.\n\n"
            "The bureau said fuel costs had risen by 18% over the past year.\n\n"
            "無断転載を禁じます。 © The Westland Herald Co., Ltd.\n")
    article = clean_article(page, min_chars=50)
    assert article.source == "The Westland Herald"
    assert "©" not in article.text


def test_a_named_governments_banner_beside_its_department_leaves_the_department_the_publisher():
    page = ("Westland Government — Department of Fisheries\nSkip to content\n"
            "Home / News and events / Media releases\n\n"
            "Fishing season opens on the northern coast\nDate: 10 March 2026\n\n"
            "The northern coast fishing season opens on 1 April with a catch limit of 12,000 tonnes.\n\n"
            "The limit is 8% lower than last season's, after surveys found fewer juvenile fish.\n\n"
            "© Commonwealth of Westland 2026 | Accessibility | Privacy\n")
    assert clean_article(page, min_chars=50).source == "Department of Fisheries"


def test_a_document_of_the_body_the_release_calls_by_its_word_is_the_issuers(extractor):
    page = AMPERSAND_HOLDER.replace(
        "The project raised",
        "Flood risk downstream has fallen by 30 per cent, according to the ministry's hydrology studies.\nThe project"
        " raised")
    document = process_document(page, None, extractor)
    assert speaker_of(document, "Flood risk downstream") == "Ministry of Water and Agriculture"


CLIPPED_COPYRIGHT_NAME = """Oficina Nacional de Hidrografía
Inicio | Avisos | Clima | Contacto
Inicio > Avisos

Flood warning for the lower Vallena basin

Issued: 3 March 2026, 09:00

River levels on the lower Vallena will rise by up to 1.5 metres on Wednesday.

The warning is likely to stay in force until Friday.

Residents of low-lying streets in the three riverside districts should move vehicles and valuables to higher ground.

© ONAHI 2026
"""


def test_a_clipped_name_in_the_copyright_line_is_the_masthead_it_shortens(extractor):
    # "ONAHI" takes the start of each of "Oficina Nacional de Hidrografía"'s words: not an acronym of initials
    assert clean_article(CLIPPED_COPYRIGHT_NAME, min_chars=50).source == "Oficina Nacional de Hidrografía"
    document = process_document(CLIPPED_COPYRIGHT_NAME, None, extractor)
    assert speaker_of(document, "River levels") == "Oficina Nacional de Hidrografía"


def test_a_one_word_name_of_the_body_is_not_short_for_a_longer_name_around_it():
    from service.pipeline import issuer

    assert issuer.shortens("Ofgem", "Office of Gas and Electricity Markets")
    assert not issuer.shortens("Reuters", "Thomson Reuters Foundation")  # one word of the name, not its starts
    assert not issuer.shortens("Ofgem", "Office")  # a name of one word shortens nothing


POSSESSIVE_NATIVE_BANK = """VALLMARKS NATIONALBANK
Dansk | English
Menu | Search
Home / News / Press releases
Policy rate lowered by 0.25 percentage point
5 March 2026 | Press release | Monetary policy
Effective from 6 March 2026, Vallmarks Nationalbank's lending rate is reduced by 0.25 percentage point to 2.10 per cent.
The deposit rate is reduced to 1.95 per cent.
The krone has been stable against the euro since the previous rate decision in January.
Subscribe to news from Vallmarks Nationalbank
Cookie settings | Privacy | Accessibility statement
"""


def test_a_native_name_the_text_writes_with_a_possessive_is_the_publisher_without_it():
    assert clean_article(POSSESSIVE_NATIVE_BANK, min_chars=50).source == "Vallmarks Nationalbank"


PORTAL_SIGNED_BY_MINISTRY = """Vallenia Government | Gouvernement de la Vallénie
Government | Ministries | News | Contact
Home > News > Press releases

Press release

School meals: 41,000 pupils served in 2025

Published on 04.03.2026

In 2025, schools served free meals to 41,000 pupils, 9 per cent more than in 2024.

The number of participating schools rose to 312, and every district now offers the programme in at least one school.

Ministry of Education and Youth
Share: Facebook | X | E-mail
© 2026 Vallenia Government
"""


def test_a_ministry_signing_off_a_release_on_its_governments_portal_issues_it(extractor):
    document = process_document(PORTAL_SIGNED_BY_MINISTRY, None, extractor)
    assert speaker_of(document, "schools served free meals") == "Ministry of Education and Youth"
    assert document.article.source == "Vallenia Government"  # the portal still publishes the page


def test_a_source_line_ends_where_the_next_fields_label_starts_and_a_run_on_acronym_goes():
    page = """Vallenian Space Agency
Home > News > Missions
Cargo craft docks with the station
Source: Vallenian Space Agency Release time: 2026-03-04 09:58 [Large] [Small]

The cargo craft docked with the station at 03:12 on Wednesday, carrying 5.8 tonnes of supplies.

The station's crew will unload the craft over the next 10 days.

Copyright © Vallenian Space. All Rights Reserved.
"""
    assert clean_article(page, min_chars=50).source == "Vallenian Space Agency"
    from service.pipeline import issuer

    assert issuer.without_trailing_acronym("Vallenian Federal Nuclear Safety Inspectorate VFNSI") \
        == "Vallenian Federal Nuclear Safety Inspectorate"
    assert issuer.without_trailing_acronym("Council of the EU") == "Council of the EU"


def test_an_acronym_run_on_after_a_name_with_the_in_it_goes_when_it_spells_the_name():
    from service.pipeline import issuer

    assert issuer.without_trailing_acronym("Federal Office for the Environment FOEN") \
        == "Federal Office for the Environment"
    assert issuer.without_trailing_acronym("Federal Office for the Climate FOC") == "Federal Office for the Climate"
    assert issuer.without_trailing_acronym("Statistics Bureau of the Macao SAR") == "Statistics Bureau of the Macao SAR"


OFFICIAL_AFTER_ENGLISH_NAME = """STATISTIK VALLENIA
Die Informationsmanager
Home > Press > Press releases

Winter season 2025 with 40 million overnight stays

From November to April, hotels and guest houses recorded 40.1 million overnight stays, 1.2% more than a year before.
"Growth came mostly from abroad," says Statistics Vallenia Director General Karl Moser.
Foreign guests accounted for 68% of all overnight stays.
© STATISTIK VALLENIA
"""


def test_an_english_name_in_the_text_ends_before_an_officials_title(extractor):
    assert clean_article(OFFICIAL_AFTER_ENGLISH_NAME, min_chars=50).source == "Statistics Vallenia"


MENU_BEFORE_GOVERNMENT = """Skip to main content
Regional Government of Vallena
President   Government   Departments   Press room
You are here: Home > Press room > News
Press release
Tuesday, 3 March 2026 | 14:05

The Government lifts the water restrictions in the northern basin

The Government has lifted the water restrictions in the northern basin, which supplies 40 municipalities.
The reserves of the basin stand at 61% of capacity, up from 22% in January.
The Government will invest 900 million euros in water infrastructure until 2030.
"""


def test_a_menu_of_items_set_apart_by_spaces_never_names_the_deciding_body(extractor):
    document = process_document(MENU_BEFORE_GOVERNMENT, None, extractor)
    assert "   " not in (speaker_of(document, "61% of capacity") or "")


SEARCH_BOX_MASTHEAD = """Skip to main content | Français
Government of Vallenia
Search Statistics Vallenia
Menu   Subjects   Data   Analysis
Home > The Daily

Vallenian retail trade, March 2026

Released: 2026-05-12

Retail sales rose 1.4% to $7.2 billion in March. Sales at gasoline stations fell 3.1% on lower prices.
Sales were up in 8 of 11 subsectors, led by food and beverage retailers.
In volume terms, retail sales increased 0.9% in March after a decline of 0.2% in February.
"""


def test_a_search_boxs_prompt_names_the_site_it_searches(extractor):
    assert clean_article(SEARCH_BOX_MASTHEAD, min_chars=50).source == "Statistics Vallenia"
    document = process_document(SEARCH_BOX_MASTHEAD, None, extractor)
    assert speaker_of(document, "Retail sales rose") == "Statistics Vallenia"


FEDERAL_BODIES_IN_AN_ADVISORY = """NVHA | Norland Veterinary Health Agency
Home / Advisories
Download: Avian Influenza Advisory (PDF, 640 KB)

AVIAN INFLUENZA ADVISORY: SITUATION UPDATE

The NVHA confirmed 41 outbreaks of avian influenza on poultry farms between January and March.
The Federal Government has released 900 million crowns for compensation to farmers.
The NVHA has culled 1.2 million birds and set up 14 control zones.
A new laboratory at the Federal Veterinary Institute in Brakke doubled testing capacity to 2,000 samples a day.
The NVHA assesses the risk to the public as low.

© 2026 Norland Veterinary Health Agency. All rights reserved.
"""


def test_the_first_word_of_a_longer_name_is_no_deciding_body(extractor):
    """"the Federal Government", "the Federal Veterinary Institute": no "the Federal" deciding, and no acronym of
    the heading's download line ("PDF") for it."""
    document = process_document(FEDERAL_BODIES_IN_AN_ADVISORY, None, extractor)
    assert speaker_of(document, "culled 1.2 million birds") == "Norland Veterinary Health Agency"


ACRONYM_MASTHEAD_LISTED_NAME = """CRGSV
Centre de Recherche en Géologie, Sismologie et Volcanologie
Accueil   Le Centre   Sismologie   Contact

Volcano bulletin: Mont Arlet, 3 May 2026
Publié le : 04/05/2026

The Centre for Research in Geology, Seismology and Volcanology (CRGSV) reports that the lava lake rose 12 metres.
Sulphur dioxide emissions averaged 2,400 tonnes a day, up from 1,100 tonnes in March.
The alert level remains at orange.

© 2026 CRGSV – Tous droits réservés
"""


def test_an_acronym_takes_the_name_the_text_defines_it_by_commas_and_all(extractor):
    document = process_document(ACRONYM_MASTHEAD_LISTED_NAME, None, extractor)
    assert speaker_of(document, "Sulphur dioxide") == "Centre for Research in Geology, Seismology and Volcanology"


def test_a_feeds_country_after_a_bodys_name_goes_when_the_page_never_writes_it():
    text = "The Ministry of Fisheries announced that catches rose by 8%. The ministry expects exports to grow."
    assert issuer.speaker_name("Ministry of Fisheries of Norland", text) == "Ministry of Fisheries"
    assert issuer.speaker_name("Central Bank of Norland", "The Central Bank said ...") == "Central Bank of Norland"
    written = "The Ministry of Fisheries of Norland said catches rose."
    assert issuer.speaker_name("Ministry of Fisheries of Norland", written) == "Ministry of Fisheries of Norland"


def test_a_governments_name_in_its_own_language_reads_in_english_where_the_place_is_spelt_alike():
    text = "The two Governments agreed that trade between Portugal and the Kingdom of Morocco grew by 9%."
    assert issuer.publisher_name("Governo de Portugal", text) == "Government of Portugal"
    assert issuer.publisher_name("Gobierno de España", "Trade with Spain grew in the year.") == "Gobierno de España"
    menu = "Inicio | Gobierno | España | Servicios\nThe minister said the drought aid reached 40,000 farms."
    assert issuer.publisher_name("Gobierno de España", menu) == "Gobierno de España"  # a menu's word, no sentence's


JOINT_DECLARATION = """Saltar para o conteúdo principal
República de Vallenia · Governo Constitucional
Governo    Ministérios    Comunicação
Este sítio utiliza cookies para melhorar a sua experiência de navegação. Ao continuar está a consentir.
Aceitar   Rejeitar   Saber mais

Início > Comunicação > Declarações conjuntas

Joint Declaration on the occasion of the 4th Summit between Vallenia and Norland

Porto Arlet, 12 May 2026

1. The 4th Summit between the Republic of Vallenia and the Kingdom of Norland took place in Porto Arlet on 12 May 2026.

2. The two Governments noted that bilateral trade reached EUR 2.1 billion in 2025, an increase of 7 per cent.

3. Both sides welcomed the completion of a study for a 400-megawatt power interconnection.

© Governo de Vallenia 2026
"""


def test_a_joint_declaration_speaks_as_the_government_that_publishes_it(extractor):
    article = clean_article(JOINT_DECLARATION, min_chars=50)
    assert article.title.startswith("Joint Declaration on the occasion")
    assert article.source == "Government of Vallenia"
    assert "cookies" not in article.text
    document = process_document(JOINT_DECLARATION, None, extractor)
    assert speaker_of(document, "bilateral trade reached") == "Government of Vallenia"
    assert speaker_of(document, "power interconnection") == "Government of Vallenia"


SUMMIT_PARTICIPATION = """Ministry of Foreign Affairs of Vallenia
Home > Press Releases

Vallenia Participates in the 12th Summit of Heads of State of the Northern Forum
Posted on 27 March 2026

Porto Arlet, 27 March 2026. The Minister of Foreign Affairs, Ana Ruiz, led Vallenia's delegation to the summit.
Leaders of the nine member states adopted a declaration with 30 mandates on trade and climate.
In her address, Minister Ruiz said Vallenia's exports to the region rose 12 per cent in 2025.
The leaders agreed to share data from border posts.
Vallenia pledged US$1.5 million to a regional climate facility over three years.
"""


def test_a_delegations_part_in_a_summit_is_a_readout_the_publisher_narrates(extractor):
    document = process_document(SUMMIT_PARTICIPATION, None, extractor)
    assert document.discourse.kind.value == "readout"
    assert speaker_of(document, "share data from border posts") is None
    assert speaker_of(document, "exports to the region rose") == "Ana Ruiz"


COMMITTEE_WITH_AN_ASIDE = """BANK OF VALLENIA
CENTRAL BANK OF VALLENIA

FOR IMMEDIATE RELEASE

MONETARY POLICY STATEMENT

The Monetary Policy Committee (MPC) of the Bank of Vallenia, meeting today, decided to keep the policy rate
unchanged at 2.75 percent.
The economy grew by 4.6 percent in the first quarter, compared with 5.2 percent in the fourth quarter.
Headline inflation averaged 1.4 percent in the first quarter.
At the current rate, the MPC considers the stance of monetary policy supportive of the economy.
"""


def test_a_committee_that_decides_after_an_aside_speaks_for_the_release(extractor):
    document = process_document(COMMITTEE_WITH_AN_ASIDE, None, extractor)
    assert speaker_of(document, "grew by 4.6 percent") == "Monetary Policy Committee"


SHOUTED_NATIVE_MASTHEAD = """BANCO DE VALLENIA
Inicio | Mapa del sitio | Contacto | Español | English
Inicio > Publicaciones y prensa > Comunicados de prensa

Press release
Porto Arlet, June 17, 2026

Banco de Vallenia publishes its Financial Stability Report, January-June 2026

The financial system has maintained a solid position during the first half of 2026.
Banks' capitalization ratio stood at 19.8% in April 2026, well above the regulatory minimum of 10.5%.
Deposits covered by the Institute for the Protection of Bank Savings (IPAB) accounted for 56% of the total.
Banco de Vallenia identifies six main risks to financial stability for the coming months.

D.R. © Banco de Vallenia, 2026
"""


def test_a_shouted_native_masthead_the_text_writes_as_is_stays_the_publisher(extractor):
    assert clean_article(SHOUTED_NATIVE_MASTHEAD, min_chars=50).source == "Banco de Vallenia"
    document = process_document(SHOUTED_NATIVE_MASTHEAD, None, extractor)
    assert speaker_of(document, "capitalization ratio") == "Banco de Vallenia"


ACRONYM_OF_A_NATIVE_NAME = """NSV
Nationale Statistiek Vallenië
Vallenian National Statistics Office
Főoldal   Statisztikák   Adatbázisok
Közzététel: 2026.04.30. 8:30        Következő közlés: 2026.06.04.

Gross domestic product, 1st quarter 2026 (flash estimate)

According to the flash estimate, GDP volume in the first quarter of 2026 was 1.7% higher than a year earlier.
Compared with the previous quarter, GDP rose by 0.6% on a seasonally adjusted basis.
Agriculture and industry both contributed to growth, while construction fell by 2.1%.

© NSV 2026 | Adatvédelem
"""


def test_a_copyright_acronym_of_a_native_name_takes_the_english_masthead_name(extractor):
    article = clean_article(ACRONYM_OF_A_NATIVE_NAME, min_chars=50)
    assert article.source == "Vallenian National Statistics Office"
    assert article.published == "2026-04-30"
    document = process_document(ACRONYM_OF_A_NATIVE_NAME, None, extractor)
    assert speaker_of(document, "construction fell") == "Vallenian National Statistics Office"


TABLE_HEADING_IN_CAPITALS = """National Statistical Office of Vallenia
Home | Statistics | Prices

Consumer Price Index – June Quarter 2026

Release date: Tuesday, 29 September 2026

The Consumer Price Index rose 1.1 per cent in the June quarter 2026, after 0.8 per cent in the March quarter.
Over the twelve months to the June quarter 2026, the CPI rose 4.3 per cent.

BY URBAN CENTRE
Prices rose most in Lae, by 1.6 per cent, and least in Goroka, by 0.7 per cent.

Copyright © 2026 National Statistical Office of Vallenia | Disclaimer
"""


def test_a_heading_in_capitals_in_the_body_is_no_byline(extractor):
    assert clean_article(TABLE_HEADING_IN_CAPITALS, min_chars=50).source == "National Statistical Office of Vallenia"


MEETING_OF_TWO_PRESIDENTS = """Administrația Prezidențială
Home > Press releases

Meeting of the President of Vallenia, Mr Ion Petrescu, with the President of Norland, Ms Ana Lungu

On Tuesday, 28 April 2026, the President of Vallenia received the President of Norland at the palace.
The two Presidents had a one-on-one meeting, followed by official talks with the delegations.
President Petrescu said that 40 experts would help Norland prepare its accession.
The talks focused on energy security.
"""


JOINT_RELEASE_OF_TWO_MINISTRIES = """Ministry of Energy of Vallenia
Home > Press service > News

Joint press release of the Ministry of Energy of Vallenia and the Ministry of Energy of Norland

On 23 September 2026, the fourth meeting of the joint working group on energy was held in Porto Arlet.
The meeting brought together 34 officials and specialists from the two countries.
The sides agreed to raise the investment estimate for the two plants to 612 million US dollars.
Minister Ruiz said the first two units would be commissioned in 2027.
"""


def test_a_meeting_of_two_parties_and_a_joint_release_of_two_ministries_are_readouts(extractor):
    for page in (MEETING_OF_TWO_PRESIDENTS, JOINT_RELEASE_OF_TWO_MINISTRIES):
        document = process_document(page, None, extractor)
        assert document.discourse.kind.value == "readout"
    document = process_document(JOINT_RELEASE_OF_TWO_MINISTRIES, None, extractor)
    assert speaker_of(document, "brought together 34 officials") is None


REPORT_SUMMARY_WITH_A_QUOTED_COMMITTEE = """Banco Central de Vallenia
Português | English
Início > Publicações > Nota para a imprensa

Press note

Monetary Policy Report – March 2026: press summary

Publicado em 26/03/2026 08h00

The Banco Central de Vallenia today published the Monetary Policy Report for the first quarter of 2026.
The Report presents the projections of the Monetary Policy Committee (Copom) that underpinned its decision.
Inflation stood at 4.6% year on year in February, down from 5.5% in September 2025.
"The Committee will remain vigilant," said Director Renata Salles. She said the Committee saw risks ahead.
"""


def test_a_committee_named_only_in_quotations_does_not_speak_for_the_release(extractor):
    document = process_document(REPORT_SUMMARY_WITH_A_QUOTED_COMMITTEE, None, extractor)
    assert speaker_of(document, "4.6% year on year") == "Banco Central de Vallenia"


NATIVE_THEN_ENGLISH_MISSION = """Mission permanente de la République de Vallenia auprès des Nations Unies
Permanent Mission of the Republic of Vallenia to the United Nations
FR | EN
Accueil | La Mission | Discours et déclarations

Statement by H.E. Mr. Idriss Farah, Minister of Foreign Affairs of the Republic of Vallenia, at the General Debate
New York, le 27 septembre 2025
Check against delivery

Mr. President,

My country today hosts more than 32,000 refugees and asylum-seekers. Traffic through the strait fell by 60 per cent.
We aim to generate all of our electricity from renewable sources by 2035.
"""


def test_an_english_masthead_name_under_a_native_one_with_english_words_in_it(extractor):
    article = clean_article(NATIVE_THEN_ENGLISH_MISSION, min_chars=50)
    assert article.source == "Permanent Mission of the Republic of Vallenia to the United Nations"
    assert article.published == "2025-09-27"


def test_a_legal_form_with_capital_initials_and_an_acronym_before_the_name():
    page = ("Court fines storage firm.\nThe court fined the firm 1.2 million euros.\n"
            "© 2025 Vallenia Herald B.V. All rights reserved.")
    assert clean_article(page, min_chars=0).source == "Vallenia Herald"
    assert issuer.publisher_name("NEPA Northern European Press Agency") == "Northern European Press Agency"


CABINET_SESSION = """Valtioneuvosto  Statsrådet  Vallenian Government
Front page / Current issues / Press releases

Government Communications Department
Press release 312/2026
21.5.2026 14.25

Supplementary budget and two new icebreakers on the Government's agenda

At its plenary session on Thursday 21 May, the Government submitted its first supplementary budget to Parliament.
The proposal adds EUR 412 million in appropriations, bringing the total for the year to EUR 89.7 billion.
"Every euro we add now must be found elsewhere," said Minister of Finance Ilmari Koski.
"""


def test_a_release_whose_lead_tells_what_the_government_did_at_its_session_is_a_readout(extractor):
    document = process_document(CABINET_SESSION, None, extractor)
    assert document.discourse.kind.value == "readout"
    assert speaker_of(document, "EUR 412 million") is None


NAMED_PRINCIPAL_READOUT = """Prime Minister's Office – Government of Vallenia
Media Centre » Press Releases » 2026

PRESS RELEASE – FOR IMMEDIATE RELEASE

READOUT: Prime Minister's video call with Norland's Minister of Foreign Affairs

Porto Arlet, Thursday 12 February 2026

The Prime Minister of Vallenia, Hon. Dr. Samuel Havili Moala, held a video call with Hon. Rachel Whitcombe.
The call lasted about 45 minutes, and the two agreed to meet in Porto Arlet in June.
The Prime Minister noted that 1,870 people had spent at least one night in evacuation centres.
The two leaders discussed recovery from the cyclone.
"""


def test_the_bare_role_of_a_readouts_principal_named_in_apposition_is_that_person(extractor):
    document = process_document(NAMED_PRINCIPAL_READOUT, None, extractor)
    assert speaker_of(document, "1,870 people") == "Samuel Havili Moala"


PRINTOUT_WITH_RUNNING_HEADERS = """BANK OF VALLENIA

REMARKS BY THE GOVERNOR, MS NALEDI MOTSWANA, AT THE ECONOMIC OUTLOOK BREAKFAST

1.    Good morning. Rough diamond sales fell by 38 percent in 2025, the second steep decline in a row.

2.    We project growth of 2.5 percent in 2026 as diamond demand recovers and copper output rises.
________________________________________________________________________________
BANK OF VALLENIA — Governor's remarks, Economic Outlook Breakfast

3.    Headline inflation averaged 2.8 percent in 2025, below the Bank's objective range of 3 to 6 percent.
________________________________________________________________________________
BANK OF VALLENIA — Governor's remarks, Economic Outlook Breakfast

4.    Government debt rose to 33 percent of GDP in March, from 27 percent a year earlier.
________________________________________________________________________________
BANK OF VALLENIA — Governor's remarks, Economic Outlook Breakfast

5.    I am confident that the economy will return to growth this year, and I thank you.
"""


def test_a_printouts_running_header_with_a_dash_is_no_speaker_label(extractor):
    document = process_document(PRINTOUT_WITH_RUNNING_HEADERS, None, extractor)
    assert "Governor's remarks" not in document.article.text
    assert speaker_of(document, "Government debt rose") == "Naledi Motswana"


NUMBERED_BULLETIN = """Ce site utilise des cookies pour mesurer l'audience. [Tout accepter] [Tout refuser]
MÉTÉO-VALLENIE  |  Antilles
Prévisions   Vigilance   Cyclones   Climat
Accueil > Vigilance > Bulletin de suivi

VIGILANCE BULLETIN No. 2 – HEAVY RAIN AND THUNDERSTORMS – ORANGE
Publié le 03/11/2026 à 10h45 (heure locale)  –  Valid until Wednesday 04/11 at 18h00

Rainfall accumulations of 80 to 120 mm are forecast over 24 hours, with local peaks of 150 mm on relief.
Soils are already saturated after 96 mm of rain fell at Grand Case on Sunday.
Improvement is expected from Wednesday afternoon, with a return to yellow vigilance likely on Thursday.

© Météo-Vallenie 2026
"""


def test_a_numbered_bulletin_is_its_bodys_release_dated_day_first(extractor):
    article = clean_article(NUMBERED_BULLETIN, min_chars=50)
    assert article.published == "2026-11-03"
    document = process_document(NUMBERED_BULLETIN, None, extractor)
    assert document.discourse.kind.value == "release"


COMMUNIQUE_WITH_A_BRIEFING_EXCERPT = """CENTRAL BANK OF VALLENIA
Home > Monetary Policy > MPC Communiqués

Date: 24/11/2026

COMMUNIQUÉ NO. 164 OF THE MONETARY POLICY COMMITTEE MEETING HELD ON 23RD AND 24TH NOVEMBER 2026

The Monetary Policy Committee (MPC) met on 23 and 24 November 2026, with all 12 members in attendance.
Headline inflation moderated to 16.05 per cent in October 2026 from 18.02 per cent in September.
The MPC voted to reduce the Monetary Policy Rate by 50 basis points to 26.50 per cent.

Thank you.

Dr. Ngozi Adeyemi-Bello
Governor, Central Bank of Vallenia
24th November 2026

---
EXCERPT: GOVERNOR'S PRESS BRIEFING AFTER THE MPC MEETING

Q (Channels TV): Is this the start of an easing cycle?

GOVERNOR: The Committee will be guided by the data. Inflation has fallen for eight consecutive months.

Q (Reuters): What about the exchange rate?

GOVERNOR: Reserves rose to 46.3 billion dollars, enough to cover 9.1 months of imports.
"""


def test_a_communique_over_a_briefing_excerpt_speaks_as_its_committee_and_the_signed_governor_answers(extractor):
    document = process_document(COMMUNIQUE_WITH_A_BRIEFING_EXCERPT, None, extractor)
    assert speaker_of(document, "16.05 per cent") == "Monetary Policy Committee"
    assert speaker_of(document, "eight consecutive months") == "Ngozi Adeyemi-Bello"


DEPARTMENT_UNDER_A_GOVERNMENT = """Skip to content
VT.GOV.AU | Vallenian Territory Government
Department of Treasury and Finance
Home   Budget   Economy   Publications

Home > Economy > Economic briefs > Labour force

Economic brief
LABOUR FORCE, OCTOBER 2026
Released: 13 November 2026

The Territory's seasonally adjusted unemployment rate rose to 4.6% in October 2026, up 0.3 percentage points.
Employment fell by 1,200 persons to 136,400, while the participation rate eased to 74.1%.

© Vallenian Territory Government of Australia
"""


def test_a_governments_copyright_gives_way_to_the_department_its_masthead_names_below_it():
    assert clean_article(DEPARTMENT_UNDER_A_GOVERNMENT, min_chars=50).source == "Department of Treasury and Finance"


def test_a_dutch_name_in_capitals_takes_the_case_the_page_writes_it_in():
    text = "Willemstad – The Centrale Bank van Vallenia en Sint Arlet (CBVS) today published its bulletin."
    assert issuer.recase("CENTRALE BANK VAN VALLENIA EN SINT ARLET", text) == "Centrale Bank van Vallenia en Sint Arlet"


def test_an_arrow_breadcrumb_and_one_ending_in_a_long_title_are_navigation():
    page = ("Ministry of Foreign Affairs of Vallenia\nHome → Press releases\n\n"
            "Prime Minister and President hold talks in Porto Arlet; seven documents signed\n\n"
            "Posted on 14 October 2026\n\nThe two leaders discussed trade, which reached 84 million dollars in 2025.\n")
    assert clean_article(page, min_chars=0).title.startswith("Prime Minister and President hold talks")


PORTUGUESE_MISSION_PAGE = """Ir direto ao conteúdo principal
gov.br | Órgãos do Governo | Acessibilidade
Missão Permanente de Sureña junto à Organização Mundial do Comércio
Início | A Missão | Discursos | Contato

Statement by Sureña at the Council for Trade in Services

Genebra, 4 de março de 2026

Chair, services account for 58 percent of Sureña's output and 71 percent of its jobs.

Our exports of computer services rose by 19 percent in 2025.
"""


def test_a_states_mission_named_in_portuguese_on_the_masthead_publishes_its_statement():
    # "Missão" is a post abroad's first word; "junto" and "à" join the mission to the body it is posted to
    assert clean_article(PORTUGUESE_MISSION_PAGE, min_chars=50).source == \
        "Missão Permanente de Sureña junto à Organização Mundial do Comércio"


NGO_COLLECTIVE_PAGE = """Skip to content
DONATE  |  Newsletter  |  Member login
TIDEWATER RIGHTS COLLECTIVE
Communities, land and rights along the coast
ABOUT US   OUR WORK   ADVOCACY   NEWS   CONTACT

ORAL STATEMENT
Statement on coastal relocation at the regional human rights dialogue
24/06/2026 · Advocacy team

Delivered by: Ms. Anna Kerrow, Policy Coordinator

Our members report that 14 villages have been moved inland since 2015.

Relocated families wait an average of 3 years for title to their new land.
"""


def test_a_shouted_masthead_of_a_collective_names_the_publisher():
    assert clean_article(NGO_COLLECTIVE_PAGE, min_chars=50).source == "Tidewater Rights Collective"


def test_a_chart_note_crediting_several_sources_does_not_name_the_publisher(extractor):
    raw = """Skip to content
BANK OF NORVALIA
EN | NV
About   Monetary policy   Payment systems   Statistics   Publications

Monetary Policy Report – Quarter I 2026: Summary

Thursday, 21 May 2026

The Norvalian economy grew by 5.1% in 2025, according to Statistics Norvalia. Growth slowed to 4.9% in the first quarter of 2026.

CPI inflation was 2.6% in March 2026, within the target range of 1.5% to 3.5%.

  Chart 1. CPI inflation projection, % yoy
  Q1-26 2.6 | Q2-26 2.8 | Q3-26 2.9 | Q4-26 2.8
  Source: Statistics Norvalia; Bank of Norvalia projections

Bank of Norvalia bought 142 billion crowns of government securities during the quarter.

Bank of Norvalia | 2 Harbour Street, Portsea | Contact centre 131
Copyright © Bank of Norvalia 2026
"""
    assert clean_article(raw, min_chars=50).source == "Bank of Norvalia"
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "CPI inflation was 2.6%") == "Bank of Norvalia"


def test_a_masthead_listing_the_body_in_three_languages_gives_its_english_name(extractor):
    raw = """Kisitsisaasiortarfik | Nordlands Statistik | Statistics Nordland
Kalaallisut   Dansk   English
Statistics   Statbank   Publications   About us   Contact
Statistics > Business > Tourism

Tourism 2025: Record number of overnight stays

Published 24-04-2026   |   Subject: Accommodation statistics   |   Next release: 19-06-2026

The number of overnight stays at hotels in Nordland rose to 352,400 in 2025, an increase of 14.6% on 2024.

Growth was strongest in the capital region, where overnight stays rose by 19.0% to 176,410.

Room occupancy at hotels averaged 58.3% over the year, compared with 55.1% in 2024.

Contact: Aputsiaq Berthelsen, tel. +299 34 56 00, e-mail: stat@stat.nl
Download: PDF   |   Excel   |   Statbank
Share  |  Print  |  Subscribe to releases

Statistics Nordland · Havnevej 4 · P.O. Box 1025 · 3900 Nordby
Cookies and privacy   |   Accessibility   |   © Kisitsisaasiortarfik 2026
"""
    assert clean_article(raw, min_chars=50).source == "Statistics Nordland"
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "Room occupancy at hotels") == "Statistics Nordland"


def test_a_document_type_kicker_above_the_headline_names_no_publisher(extractor):
    raw = """Skip to main content
Institut de la statistique de Norvalia
Français | English
Themes   Data and tools   Publications   About the Institut
Home > Themes > Agriculture > Field crops

STATISTICAL RELEASE
Field crop production in Norvalia expected to rise 5.8% in 2026

Publication date: September 3, 2026 | Next update: December 4, 2026

Norvalian farmers are expected to harvest 5.62 million tonnes of field crops in 2026, according to estimates of the Institut de la statistique de Norvalia.

Grain corn production is forecast at 3.71 million tonnes, up 7.4%.

© Institut de la statistique de Norvalia
"""
    assert clean_article(raw, min_chars=50).source == "Institut de la statistique de Norvalia"
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "Grain corn production") == "Institut de la statistique de Norvalia"


def test_a_shouted_catalan_masthead_under_its_government_gives_the_department_in_its_own_case(extractor):
    raw = """Saltar al contingut principal
GOVERN DE VALLNEGRA | DEPARTAMENT D'ESTADÍSTICA
CA | ES | EN
Inici   Temes   Publicacions   Contacte
Inici > Temes > Turisme

NOTA DE PREMSA / PRESS RELEASE

Hotel occupancy – April 2026

Data de publicació: 21/05/2026  ·  Periodicitat: mensual

Hotel establishments recorded an average occupancy rate of 61.2% in April, 2.4 percentage points more than a year earlier.

Hotels registered 402,300 overnight stays, 3.8% more than in April 2025.

The average length of stay was 2.9 nights.
"""
    cleaned = clean_article(raw, min_chars=50)
    assert cleaned.source == "Departament d'Estadística"
    assert cleaned.published == "2026-05-21"
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "Hotels registered 402,300") == "Departament d'Estadística"


def test_a_syllabic_short_name_taken_out_of_order_resolves_to_the_masthead_name(extractor):
    raw = """NORSTAT
Zavod za statistiku Nordanije  |  Statistical Office of Nordania
Nordanski  ·  English                         Search      Release calendar
Home | Releases | Methodology | Contacts

Release No. 118                 Vardin, 29 October 2026                 Next release: 30 November 2026
RETAIL TRADE IN NORDANIA, SEPTEMBER 2026

Retail trade turnover in Nordania was 3.2% higher in September 2026 than in September 2025.

Turnover in food, beverages and tobacco rose 2.1%, while turnover in automotive fuel fell 1.4%.

Source: NORSTAT, monthly retail trade survey

Terms of use | Sitemap | © NORSTAT 2026
"""
    assert issuer.shortens("NORSTAT", "Statistical Office of Nordania")
    assert not issuer.shortens("Reuters", "Thomson Reuters Foundation")
    cleaned = clean_article(raw, min_chars=50)
    assert cleaned.source == "Statistical Office of Nordania"
    # the release's schedule row, its fields a wide gap apart, dates the page and is no headline
    assert cleaned.title == "RETAIL TRADE IN NORDANIA, SEPTEMBER 2026"
    assert cleaned.published == "2026-10-29"


def test_a_copyright_holder_followed_by_its_year_and_address_is_the_holder_alone():
    raw = """Press releases

Quarterly survey of hotel prices, third quarter 2026

18 October 2026

The average price of a double room rose 4.1% in the third quarter, to 131 euros.

Prices rose in all twelve provinces.

© INE-N 2026 - Calle Mayor, 12 - 28001 Vardin
"""
    assert clean_article(raw, min_chars=50).source == "INE-N"
    assert issuer.title_case("DEPARTAMENT D'ESTADÍSTICA") == "Departament d'Estadística"
    assert issuer.title_case("INSTITUTO NACIONAL DE ESTADÍSTICA") == "Instituto Nacional de Estadística"
    assert issuer.title_case("ANNE-MARIE O'NEILL") == "Anne-Marie O'Neill"


def test_a_native_administration_masthead_names_the_agency_and_its_footer_chrome_stays_out(extractor):
    raw = """Aller directement au contenu
Le gouvernement de Nordanie
Administration de la gestion des forêts
Français | English
Accueil   Forêts   Incendies   Publications   Contact

Forest fire danger bulletin No. 3/2026

Publié le 12.08.2026 à 10:00
Catégorie : Incendies / sécheresse

The forest fire danger index rose to level 4 in the northern districts on 11 August.
Firefighters put out 14 fires in the first ten days of August, against 6 in the same period of 2025.
Burning garden waste is banned in 31 municipalities until further notice.

Next bulletin: Monday 17 August 2026.
Administration de la gestion des forêts · 12, rue des Chênes · N-4410 Valmont
Paparan terbaik menggunakan pelayar Google Chrome atau Mozilla Firefox dengan resolusi 1920 x 1080.
"""
    cleaned = clean_article(raw, min_chars=50)
    assert cleaned.source == "Administration de la gestion des forêts"
    assert cleaned.title == "Forest fire danger bulletin No. 3/2026"
    assert cleaned.published == "2026-08-12"
    assert "rue des Chênes" not in cleaned.text and "Google Chrome" not in cleaned.text
    assert "Next bulletin" not in cleaned.text
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "Firefighters put out 14 fires") == "Administration de la gestion des forêts"


def test_a_copyright_line_opening_with_a_rights_notice_in_malay_names_the_holder():
    raw = """Lompat terus ke kandungan
Utama | Profil | Pusat Media | Hubungi Kami

Dengue cases fall for a sixth week

12 March 2026

Dengue cases in Nordania fell to 412 in the week to 7 March, down from 455 a week earlier.

No deaths were reported during the week.

Hak Cipta Terpelihara © 2026 Agensi Kesihatan Nordania (AKN)
"""
    assert clean_article(raw, min_chars=50).source == "Agensi Kesihatan Nordania"


def test_a_native_central_bank_name_is_not_replaced_by_the_description_its_english_text_uses(extractor):
    raw = """Saltar al contenido | Accesibilidad | English
BANCO CENTRAL DE NORDANIA
Inicio | Política monetaria | Estadísticas | Prensa
Inicio > Prensa > Comunicados de prensa > 2026

Comunicado de prensa CP-BCN-021-2026
Vardín, 9 de marzo de 2026

Deposit Guarantee Fund to pay savers of Coopenorte from 16 March

The Deposit Guarantee Fund, which the Central Bank administers, will pay each depositor up to 6 million pesos.

About 37,900 depositors will receive their full balance.

© 2026 Banco Central de Nordania. Todos los derechos reservados.
"""
    assert clean_article(raw, min_chars=50).source == "Banco Central de Nordania"


def test_an_acronym_and_the_native_name_it_stands_for_name_the_agency_unless_an_english_name_follows():
    raw = """Lewati ke konten utama
Bahasa Indonesia | English
BMGN — Badan Meteorologi, Geofisika, dan Navigasi
Beranda | Cuaca | Gempabumi | Siaran Pers
Beranda > Gempabumi > Siaran Pers

SIARAN PERS / PRESS RELEASE
No. UM.505/3/12/KGT/V/2026
Kamis, 14 Mei 2026 | 08:40 WIB

Magnitude 6.1 Earthquake in the Nordan Sea: Tsunami Warning Ended

An earthquake of magnitude 6.1 struck the Nordan Sea at 03:12 local time.

Tide gauges recorded a tsunami of 0.18 metres at 03:51.
"""
    cleaned = clean_article(raw, min_chars=50)
    assert cleaned.source == "Badan Meteorologi, Geofisika, dan Navigasi"
    assert cleaned.title == "Magnitude 6.1 Earthquake in the Nordan Sea: Tsunami Warning Ended"
    english = raw.replace("BMGN — Badan Meteorologi, Geofisika, dan Navigasi\n",
                          "BMGN — Badan Meteorologi, Geofisika, dan Navigasi\nMeteorology, Geophysics and Navigation Agency\n")
    assert clean_article(english, min_chars=50).source == "Meteorology, Geophysics and Navigation Agency"


def test_a_kicker_with_the_issuers_acronym_dates_the_release_and_a_summary_heading_is_no_byline():
    raw = """Skip to main content
An Phríomh-Oifig Staidrimh | Central Statistics Office of Nordania
Statistics | Releases | About Us
Home > Releases > Population

Population and Migration Estimates, April 2026
CSO statistical release, 27 August 2026, 11am

Key Findings
Population, April 2026: 5,531,900 (+71,800)

The population of Nordania was estimated at 5,531,900 in April 2026, up 71,800 on a year earlier.

An estimated 121,300 people immigrated to Nordania in the year to April 2026.
"""
    cleaned = clean_article(raw, min_chars=50)
    assert cleaned.published == "2026-08-27"
    assert cleaned.byline is None
    monaco = """Monaco Statistics
Economy | Publications | About

RETAIL TRADE BULLETIN | No. 2026-2
Publication: 17.09.2026 – 10:00 | Reference period: April–June 2026

Retail turnover up 3.2% in the second quarter

Retail turnover rose 3.2% year on year in the second quarter of 2026.

Online sales rose 11.4% and reached 8.2% of total turnover.
"""
    assert clean_article(monaco, min_chars=50).published == "2026-09-17"


PRINTED_BULLETIN = """Ardmore Government
Reiltys Ardmore
Treasury | Statistics Ardmore


ARDMORE HARBOUR STATISTICS
Quarter 3 (July – September) 2026

Published: 12 November 2026

Reiltys Ardmore | Ardmore Government | Treasury                                 Page 1 of 3
Ardmore Harbour Statistics – Quarter 3 2026                                   Statistics Ardmore

Ship arrivals at Ardmore harbour reached 1,420 in the third quarter of 2026, an increase of 4.2%
on the same quarter of 2025. Cargo handled rose by 6.1% to 812,000 tonnes, the highest figure
for a third quarter since the new quay opened. Most of the increase came from the Harbour Board
Ferry Company, whose sailings to the mainland rose by 9.0%.

Table 1: Ship arrivals by type, Q3 2025 and Q3 2026

                    Q3 2025      Q3 2026      Change
  Cargo             610          640          +4.9%
  Ferry             752          780          +3.7%

Source: Harbour Board Ferry Company; Ardmore Port Authority, Department of Transport.

Figures for the third quarter of 2025 have been revised following a correction to the Harbour Board
Ferry Company's returns for August 2025. The revision raised ferry arrivals and cargo handled in that
quarter by about 1%.
"""


def test_a_printed_release_names_the_unit_under_its_governments_banner_not_a_table_credit(extractor):
    article = clean_article(PRINTED_BULLETIN, min_chars=50)
    assert article.source == "Statistics Ardmore"
    assert "Source: Harbour Board" not in article.text
    document = process_document(PRINTED_BULLETIN, None, extractor)
    assert speaker_of(document, "Cargo handled rose by 6.1%") == "Statistics Ardmore"
    # a name the fixed width cut in two ("Harbour Board" / "Ferry Company's") is one sentence again
    assert any("correction to the Harbour Board Ferry Company's returns" in p.text for p in document.passages)


def test_a_source_line_naming_a_body_then_its_series_gives_the_body():
    raw = """INSTITUTO NACIONAL DE ESTADÍSTICA
Inicio | Estadísticas | Notas de prensa

Producer prices rose 0.8% in August

The Producer Price Index rose by 0.8% in August 2026 compared with July, driven by higher fuel costs.

Table 1. Producer Price Index, August 2026
General index      142.10     0.80
Source: INE – Producer Price Index (PPI), base 2016 = 100
"""
    assert clean_article(raw, min_chars=50).source == "Instituto Nacional de Estadística"


def test_a_directory_under_a_governments_banner_is_no_body():
    raw = """Westmark Government
The Westmark Cabinet and Ministerial Directory
Home > Media statements
Premier opens the new ferry terminal at Port Ellis

Monday 3 March 2026

The Premier of Westmark opened the new ferry terminal at Port Ellis, which cost 84 million dollars to build.
"""
    assert clean_article(raw, min_chars=50).source == "Westmark Government"


POST_STATEMENT = """Skip to content
Embassy of St. Lucerne and the Marigolds | Washington, D.C.
Permanent Mission to the Organization of American States
Home | About the Embassy | Statements | Contact Us

Group statement at the Permanent Council on ocean shipping costs

Posted on March 4, 2026 by Mission Press Office | Category: Statements

STATEMENT BY AMBASSADOR DR. ROSALIND QUAMINA-BENT, PERMANENT REPRESENTATIVE OF ST. LUCERNE AND THE MARIGOLDS, ON BEHALF OF THE ISLAND GROUP

Item 2: Presentation by the Regional Shipping Council on freight rates

Thank you, Mr. Chair.

Freight rates to our islands have risen by 40 per cent since 2024. Our ports handled 2.1 million tonnes of cargo last year.

The Council heard that three of the five regional carriers have cut their sailings. Our Governments have asked the carriers to publish their surcharges each quarter. We call on all Member States to support the regional freight observatory.

© 2026 Embassy of St. Lucerne and the Marigolds. All rights reserved. | Privacy
"""


def test_a_posts_masthead_of_names_its_press_office_and_a_saints_name_in_the_copyright(extractor):
    article = clean_article(POST_STATEMENT, min_chars=50)
    assert article.title == "Group statement at the Permanent Council on ocean shipping costs"
    assert article.source == "Embassy of St. Lucerne and the Marigolds"
    document = process_document(POST_STATEMENT, None, extractor)
    assert speaker_of(document, "Freight rates to our islands") == "Rosalind Quamina-Bent"


def test_an_elisions_apostrophe_opens_no_quote_and_a_laboratory_placed_in_a_city_then_called_the_laboratory_speaks(
        extractor):
    raw = """Skip to main content
The Windward Seismic Research Centre
Home | About Us | Volcanoes | Contact

ROCK 'N' ROLL REEF: ACTIVITY UPDATES
Posted: 14 July 2026

UPDATE #2 – Wednesday 15 July 2026
The alert level for Rock 'n' Roll Reef was raised from YELLOW to ORANGE at 13:00 today. The exclusion zone has been extended from 1.5 kilometres to 5 kilometres around the reef.
The Windward Disaster Management Agency (WiDMA) said ferries between the two main islands would keep to their normal route. WiDMA said there was no need for evacuations on land.
The Windward Regional Public Health Laboratory (WRPHL) in Port of Spain reported that water samples from the reef contained high levels of sulphur. The laboratory said that the samples were 2 degrees Celsius warmer than the surrounding sea.
"""
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "would keep to their normal route") == "Windward Disaster Management Agency"
    assert speaker_of(document, "no need for evacuations on land") == "Windward Disaster Management Agency"
    assert speaker_of(document, "water samples from the reef contained") == "Windward Regional Public Health Laboratory"
    assert speaker_of(document, "the samples were 2 degrees") == "Windward Regional Public Health Laboratory"


def test_an_english_headline_under_a_version_note_is_the_title_and_makes_the_page_a_readout(extractor):
    raw = """Aller au contenu
FR | EN
PRÉSIDENCE DE LA RÉPUBLIQUE DE MARVELLE
Accueil | Actualités | Communiqués | Contact

COMMUNIQUÉ N°42/PR/2026
Port-Marvelle, le 3 mars 2026

Entretien téléphonique du Chef de l'État avec le Directeur général de Solaris Energy

Version anglaise / English version

Head of State holds telephone call with the Chief Executive of Solaris Energy on the northern solar park

The President of the Republic, H.E. Mr. Adrien Kolla, held a telephone conversation on Monday 2 March 2026 with Mr. Tomas Berg, Chief Executive Officer of Solaris Energy. The two discussed the solar park planned near the northern port, which would supply about 40 megawatts.
"""
    article = clean_article(raw, min_chars=50)
    assert article.title == ("Head of State holds telephone call with the Chief Executive of Solaris Energy on the "
                             "northern solar park")
    assert process_document(raw, None, extractor).discourse.kind.value == "readout"


def test_the_head_of_state_in_a_readout_is_its_principal_named_after_a_states_name_with_an_article(extractor):
    raw = """Presidency of the Union of the Marvelles
Home | News | Statements | Contact

Head of State holds telephone call with the Chief Executive of Solaris Energy

3 March 2026

The President of the Union of the Marvelles, H.E. Mr. Adrien Kolla Mbaye, held a telephone conversation on Monday with Mr. Tomas Berg, Chief Executive Officer of Solaris Energy.

The Head of State recalled that the islands still generate more than 90 per cent of their electricity from imported diesel. He added that power cuts cost the economy an estimated 4 per cent of GDP each year.
"""
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "still generate more than 90 per cent") == "Adrien Kolla Mbaye"
    assert speaker_of(document, "power cuts cost the economy") == "Adrien Kolla Mbaye"


def test_a_menu_item_in_capitals_is_no_short_name_of_a_body_the_release_mentions(extractor):
    raw = """Skip to content
REPUBLIC OF MARVELLE
Ministry of Foreign Affairs and Marvellans Abroad
HOME | ABOUT US | THE MINISTER | MISSIONS ABROAD | PRESS RELEASES | CONTACT

PRESS RELEASE

RETURN OF 120 MARVELLAN NATIONALS FROM THE NORTHERN DESERT

Port Marvelle, 2 March 2026

The Ministry of Foreign Affairs and Marvellans Abroad informs the general public that 120 Marvellan nationals returned home on Sunday aboard a charter flight.

The Embassy of Marvelle in Tunis, which is also accredited to the northern states, registered the returnees before the flight. According to the Embassy, more than 300 Marvellans remain in detention centres. The Embassy will register them for the next flight.

The returnees comprise 101 men and 19 women. Each returnee received a cash allowance of 5,000 marvels for immediate needs.
"""
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "The returnees comprise 101 men") == "Ministry of Foreign Affairs and Marvellans Abroad"


def test_a_speech_heading_whose_portfolio_lists_several_fields_names_its_holder_after_the_list(extractor):
    raw = """Ministerio de Industria y Energía
Inicio | Energía | Industria | Comunicación
DISCURSO
Discurso de la ministra de Industria, Energía y Minería en el Foro de Energía 2026
Fecha de publicación: 23/04/2026
Tiempo de lectura: 6 minutos
Idioma: Español | English

ENGLISH VERSION
Speech by the Minister of Industry, Energy and Mining, Valentina Arrieta, at the opening of the Energy Storage Forum 2026

Good morning to all of you, and welcome to the forum.

Last year, 97 per cent of the electricity generated in our country came from renewable sources. We will launch a tender next month for battery systems with a total capacity of 200 megawatts.
"""
    article = clean_article(raw, min_chars=50)
    assert article.title.startswith("Speech by the Minister of Industry, Energy and Mining")
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "launch a tender next month") == "Valentina Arrieta"


NETWORK_BULLETIN = """Aller au contenu | Skip to content
RESOMAR
Réseau de surveillance océanographique de Maréland
Oceanographic Monitoring Network of Mareland
Accueil | Bulletins | Contact
SPECIAL BULLETIN No. 2027-03

Sea-level surge along the north coast: numbered updates

UPDATE 1 — Monday 4 January 2027, 07:10

Since 02:00 local time, RESOMAR has recorded a sea-level surge of 60 centimetres at the Port-Lune tide gauge.

By 06:00 this morning, four tide gauges had recorded levels above the seasonal maximum.

UPDATE 2 — Monday 4 January 2027, 18:00

Sea levels fell steadily during the afternoon and returned to normal by 17:00.

Partager : Facebook | X
© 2027 RESOMAR – IOMA
"""


def test_a_networks_acronym_over_its_native_and_english_names_issues_its_numbered_bulletin(extractor):
    # the copyright pairs the network's acronym with its operator's; the masthead spells the acronym out in the
    # site's language, then in English; "SPECIAL BULLETIN No. ..." over the title makes the page the network's own
    assert clean_article(NETWORK_BULLETIN, min_chars=50).source == "Oceanographic Monitoring Network of Mareland"
    document = process_document(NETWORK_BULLETIN, None, extractor)
    assert speaker_of(document, "four tide gauges") == "Oceanographic Monitoring Network of Mareland"
    assert speaker_of(document, "Sea levels fell") == "Oceanographic Monitoring Network of Mareland"


STABILITY_SUMMARY = """Saltar al contenido | Skip to content
ES | EN
Banco Central de Reserva de Westlandia
Inicio | Publicaciones | Sala de Prensa
Inicio > Publicaciones > Estabilidad Financiera

PUBLICACIÓN | Informe de Estabilidad Financiera

Financial Stability Report, First Half of 2027: Executive Summary

Publicado: 17/06/2027 | Departamento de Estabilidad Financiera

KEY MESSAGES
▪ The banking system remained well capitalised through March 2027.
▪ Bank deposits rose 6.2 percent year on year to US$12.4 billion.

1. Banking system
The capital adequacy ratio of the banking system stood at 15.1 percent in March.

"Households are borrowing faster than their incomes grow," said the President of the Central Reserve Bank, Ana \
Ruiz Vega, when she presented the report.

The Bank's stress tests assume a two-year recession in which output falls 5 percent.
The Bank expects credit to grow between 4 and 5 percent in 2027.

© 2027 Banco Central de Reserva de Westlandia. Todos los derechos reservados.
"""


def test_an_english_description_of_a_native_bank_is_no_english_name_and_a_summary_heading_no_byline(extractor):
    # "the Central Reserve Bank" leaves out the bank's place: a description, so the masthead's name stays the
    # publisher and the issuer, and "the Bank" is that bank, no other body; "KEY MESSAGES" heads a list
    article = clean_article(STABILITY_SUMMARY, min_chars=50)
    assert (article.source, article.byline) == ("Banco Central de Reserva de Westlandia", None)
    document = process_document(STABILITY_SUMMARY, None, extractor)
    assert speaker_of(document, "stress tests") == "Banco Central de Reserva de Westlandia"
    assert speaker_of(document, "capital adequacy ratio") == "Banco Central de Reserva de Westlandia"


@pytest.mark.parametrize("masthead, holder, publisher", [
    # a state's banner and its office on one line, set apart by a middle dot
    ("ΔΗΜΟΚΡΑΤΙΑ ΤΗΣ ΔΥΤΙΚΗΣ · ΓΡΑΦΕΙΟ ΤΥΠΟΥ\nRepublic of Westland · Press and Information Office", "",
     "Press and Information Office"),
    # the government's name in its own language, then in English
    ("GOBIERNO REGIONAL PUERTO ELLIS — Puerto Ellis Regional Government", "Gobierno Regional Puerto Ellis",
     "Puerto Ellis Regional Government"),
    # an acronym over its name in its own language and then in English
    ("WRA — Direktoratet for vannressurser og atomsikkerhet\nWestland Water and Nuclear Safety Authority", "WRA",
     "Westland Water and Nuclear Safety Authority"),
])
def test_a_masthead_in_two_languages_gives_its_english_name(masthead, holder, publisher):
    raw = (f"Ir al texto | Go to the text\nEspañol | English\n{masthead}\nHome | News | Contact\n\nNOTICIA | NEWS\n"
           "Harbour works in Port Ellis to start in May\nPort Ellis, 4 March 2026\n\n"
           "The works on the outer harbour wall will start in May and last two years, at a cost of 40 million.\n\n"
           "About 300 workers will be hired for the works, most of them from the district.\n\n"
           + (f"© 2026 {holder} · Privacy\n" if holder else ""))
    assert clean_article(raw, min_chars=50).source == publisher


def test_a_ministry_under_its_governments_native_banner_is_named_as_the_text_names_it(extractor):
    raw = ("Gobierno de Westlandia\nMinisterio de Salud\nInicio | El Ministerio | Prensa | English\n\n"
           "HEALTH ALERT: EXTREME HEAT IN THE NORTH\n\nPort Ellis, 27-01-2026 | 10:30 h\n\n"
           "The Ministry of Health has declared a red heat-health alert for the northern regions from Wednesday.\n\n"
           "Hospitals in the red-alert regions will add 320 extra beds, the Ministry of Health said.\n\n"
           "Night-time minimums in the capital are expected to stay above 22 degrees until the weekend.\n")
    assert clean_article(raw, min_chars=50).source == "Ministry of Health"
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "Night-time minimums") == "Ministry of Health"


APPOSED_MASTHEAD = """Direkt zum Inhalt | Skip to content
DE | FR | EN
Nordmed, Nordmärkisches Heilmittelinstitut
Nordmed, Westland Agency for Therapeutic Products
Human Medicines | Medical Devices | About us
Homepage › Market Surveillance › Warnings

WARNUNG · WARNING
Falsified pens sold online: Nordmed warns of fake injections
Bern, 06.07.2027 · Type: Warning

Nordmed, the Westland Agency for Therapeutic Products, is warning the public against buying pens online.

Nordmed's laboratory analysed 46 pens seized between March and June 2027.

"A pen bought online is a gamble with your health," said Dr. Ana Ruiz-Berg, head of the Nordmed Division of Illegal Medicines.

Nordmed recorded 6,840 illegal imports of medicines in 2026.

© Nordmed 2027
"""


def test_a_short_name_with_its_institutions_name_beside_it_publishes_and_issues_the_page(extractor):
    assert clean_article(APPOSED_MASTHEAD, min_chars=50).source == "Nordmed"
    document = process_document(APPOSED_MASTHEAD, None, extractor)
    assert speaker_of(document, "laboratory analysed 46 pens") == "Nordmed"
    assert speaker_of(document, "6,840 illegal imports") == "Nordmed"  # not its division a quote named


MEETING_UNDER_MINISTRY = """Ir al contenido principal
ES | EN (versión en inglés)
Gobierno de Westlandia
MINISTERIO DE RELACIONES EXTERIORES
Inicio | Ministerio | Sala de Prensa | Contacto
Inicio / Sala de Prensa / Noticias / Abril 2027

NOTICIAS · ENGLISH VERSION
Foreign Ministers of Westlandia and Eastmarch review border crossings and gas supply in Port Ellis
Jueves 22 de abril de 2027 | Port Ellis

Foreign Minister Ana Ortúzar Lagos received her Eastmarch counterpart, Tomas Echeverry Paz, at the Foreign Ministry \
in Port Ellis on Thursday. The working meeting lasted about three hours.

Minister Ortúzar said that the mountain pass had been closed for 41 days last winter.

The two ministers signed a memorandum of understanding on consular cooperation.
"""


def test_a_ministry_page_whose_lead_tells_of_a_meeting_is_its_readout(extractor):
    document = process_document(MEETING_UNDER_MINISTRY, None, extractor)
    assert document.discourse.kind.value == "readout"
    assert speaker_of(document, "signed a memorandum") is None
    assert speaker_of(document, "closed for 41 days") == "Ana Ortúzar Lagos"


BILINGUAL_PDF_RELEASE = """                         URZĄD STATYSTYCZNY WESTMARKU
                              Statistics Westmark

   INFORMACJE SYGNALNE · STATISTICAL NEWS RELEASE                      14.03.2031 r.

                     Industrial output in February 2031
                 Produkcja przemysłowa w lutym 2031 r.

        2,7%        Wzrost produkcji przemysłowej w porównaniu
                    z lutym 2030 r.

Figures from the Monthly Industry Survey (MIS) show that industrial output was 2.7 percent higher than a year
earlier. Output in manufacturing rose by 3.1 percent, while mining fell by 1.4 percent. The MIS covers
enterprises with more than 9 employees, and the MIS results for January were revised up by 0.2 points.

Źródło / Source: USW, badanie P-01
When publishing Statistics Westmark data, please indicate the source.
"""


def test_a_bilingual_pdf_release_is_its_english_body_and_its_survey_is_no_deciding_body(extractor):
    article = clean_article(BILINGUAL_PDF_RELEASE, min_chars=50)
    # the text writes the English name, whatever initials a source line uses
    assert article.source == "Statistics Westmark"
    # the date set alone at the right of the kicker, with its year's mark; the key figure is no headline
    assert article.published == "2031-03-14"
    assert article.title == "Industrial output in February 2031"
    assert "Wzrost" not in article.text
    document = process_document(BILINGUAL_PDF_RELEASE, None, extractor)
    # "the MIS" again and again names a survey, which shows figures and decides nothing
    assert speaker_of(document, "Output in manufacturing") == "Statistics Westmark"


@pytest.mark.parametrize(("name", "series"), [
    ("Labour Force Survey", True), ("Harmonised Index of Consumer Prices", True),
    ("British Antarctic Survey", False), ("Monetary Policy Committee", False),
])
def test_a_series_name_has_a_head_word_and_a_topic_word(name, series):
    assert issuer.is_series(name) is series


INITIALS_UNDER_PLACED_MASTHEAD = """Skip to content
WESTLAND GOVERNMENT INFORMATION SERVICE
WGIS · Keeping the public informed since 1961
Home | News | Press Releases | Contact

PRIME MINISTER'S OFFICE · PRESS RELEASE
Prime Minister and President discuss a ferry link in a phone call
Posted on March 5, 2031 by GIS  ·  Category: Foreign Affairs  ·  3 min read

Prime Minister Ana Ruiz spoke by telephone with the President of Eastmarch on Tuesday about a ferry link between
the two countries. The two leaders agreed that officials would meet in April to settle the route and the fares.

Westland Government Information Service · Bay Street, Port Ellery · Tel: (246) 535-1900
© 2031 Westland Government Information Service. All Rights Reserved.
"""


def test_initials_that_spell_the_sites_name_without_its_place_are_the_sites_name():
    assert clean_article(INITIALS_UNDER_PLACED_MASTHEAD, min_chars=50).source == "Westland Government Information Service"


STATE_INITIALS_COPYRIGHT = """Ana sayfaya git | Skip to main content
Westland Ministry of Interior · Flood Management Directorate
Ana Sayfa | Kurumsal | Duyurular | İletişim

PRESS BULLETIN · Bulletin No: 3
River levels fall in the Kestrel valley
Issued: 07.03.2033 · 12:40

River levels in the Kestrel valley fell by 40 centimetres overnight and 3 roads were reopened on Monday morning.
Teams from 6 provinces have pumped water from 220 houses since the flood began on Friday.

© 2033 W.C. İçişleri Bakanlığı · Tüm hakları saklıdır · KVKK
"""


@pytest.mark.parametrize(("line", "holder"), [
    ("© 2033 T.C. İçişleri Bakanlığı AFAD · Tüm hakları saklıdır", "T.C. İçişleri Bakanlığı AFAD"),
    ("© 2025 U.S. Department of State", "U.S. Department of State"),
    ("© 2025 Kestrel S.A. All rights reserved", "Kestrel S.A"),
])
def test_a_states_initials_open_a_copyright_holders_name(line, holder):
    from service.pipeline.cleaning.sources import COPYRIGHT
    assert COPYRIGHT.search(line).group("org") == holder


def test_a_copyright_holder_is_never_its_initials_alone():
    assert clean_article(STATE_INITIALS_COPYRIGHT, min_chars=50).source != "W.C"


OFFICE_UNDER_NATIVE_BANNER = """Прескочи на садржај | Skip to content
Ћирилица | Latinica | English
ПРЕДСЕДНИК РЕПУБЛИКЕ ВЕСТЛАНДИЈЕ · PREDSEDNIK REPUBLIKE VESTLANDIJE
President of the Republic of Westlandia
Почетна | Председник | Активности | Саопштења | Контакт
Почетна › Саопштења › 2032

PRESS RELEASE
President Ruiz and the Prime Minister of Eastmarch discuss a gas link
Tuesday, 11 May 2032

President Ana Ruiz met the Prime Minister of Eastmarch in the capital on Tuesday. The two leaders agreed to
build a gas link of 180 kilometres by 2035, and trade between the two countries reached 2.1 billion euros last year.
"""


def test_an_office_masthead_under_a_skip_link_and_a_native_banner_is_the_publisher():
    assert clean_article(OFFICE_UNDER_NATIVE_BANNER, min_chars=50).source == "President of the Republic of Westlandia"


BODY_THEN_PARENT_MINISTRY = """Skip to main content
Westland Weather Administration, Ministry of Transport and Communications
Forecasts | Typhoons | Earthquakes | News | About us

Typhoon Kestrel to bring heavy rain to the east coast
Published: 21 September 2032

The Westland Weather Administration said on Tuesday that Typhoon Kestrel would bring up to 600 millimetres of rain
to the east coast by Thursday, and that winds would reach 150 kilometres an hour on the outlying islands.
"""



def test_a_masthead_names_its_body_without_its_parent_ministry():
    assert clean_article(BODY_THEN_PARENT_MINISTRY, min_chars=50).source == "Westland Weather Administration"


@pytest.mark.parametrize(("body", "name"), [
    ("Nine people fell ill, the Westland Food Administration said.", "Westland Food Administration"),
    ("Nine people fell ill, The Westland Herald reported.", "The Westland Herald"),
])
def test_an_article_the_text_writes_in_lower_case_is_no_part_of_the_name(body, name):
    from service.pipeline.cleaning._shared import _Line
    from service.pipeline.cleaning.publisher import _article_in_text
    masthead = "The " + name.removeprefix("The ")
    assert _article_in_text(masthead, [_Line(masthead, 0, drop="header"), _Line(body, 1)]) == name


FILIPINO_BULLETIN = """Lumaktaw sa nilalaman | Skip to main content
Filipino | English
REPUBLIKA NG PILIPINAS · Kagawaran ng Kapaligiran
Visayas Institute of Hydrology and Coastal Sciences (VIHCOS)
Tahanan | Baha | Baybayin | Mga Serbisyo | Balita | Makipag-ugnayan
Tahanan › Baha › Abiso › Hulyo 2031

ABISO SA BAHA · FLOOD ADVISORY · Blg. / No. 3
Panay River overflows its banks near Roxas City: flood advisory and updates
Inilabas / Issued: Martes, ika-9 ng Hulyo 2031, 3:10 PM PST

The Panay River rose 2.4 metres above its alarm level at the Sapian gauge on Tuesday. Low-lying villages in four
towns are flooded to a depth of about one metre.

The water is expected to recede from Thursday.

© 2031 VIHCOS-DENR · Lahat ng karapatan ay nakalaan
"""


def test_a_filipino_issue_line_dates_the_bulletin_and_the_masthead_spells_the_agency_of_a_hyphened_pair(extractor):
    article = clean_article(FILIPINO_BULLETIN, min_chars=50)
    assert article.published == "2031-07-09"  # "ika-9 ng Hulyo 2031"
    assert article.source == "Visayas Institute of Hydrology and Coastal Sciences"  # "© VIHCOS-DENR"
    document = process_document(FILIPINO_BULLETIN, None, extractor)
    assert speaker_of(document, "2.4 metres above") == "Visayas Institute of Hydrology and Coastal Sciences"


NATIVE_AND_ENGLISH_MASTHEAD = """Langkau ke kandungan utama
Bahasa Melayu | English
PEJABAT MENTERI BESAR WESTLAND · CHIEF MINISTER'S OFFICE OF WESTLAND
Laman Utama | Profil | Kenyataan Media | Ucapan | Hubungi Kami

KENYATAAN MEDIA · PRESS STATEMENT
Chief Minister receives delegation from Eastmarch
Isnin, 8 Ogos 2033 · 17:45

KOTA WESTLAND, 8 August 2033 - Chief Minister Datuk Seri Amir H. Zainal-Rashid received a trade delegation from
Eastmarch on Monday. The Chief Minister said that trade between the two states had reached 2.1 billion ringgit.

Hak Cipta Terpelihara © 2033 Pejabat Menteri Besar Westland | Penafian | Dasar Privasi
"""


def test_an_english_name_beside_the_native_one_at_the_top_of_the_page_publishes_it(extractor):
    assert clean_article(NATIVE_AND_ENGLISH_MASTHEAD, min_chars=50).source == "Chief Minister's Office of Westland"
    document = process_document(NATIVE_AND_ENGLISH_MASTHEAD, None, extractor)
    # ("Datuk Seri": styles do not count against the words of the name after them)
    assert speaker_of(document, "2.1 billion ringgit") == "Amir H. Zainal-Rashid"


BOARD_COMMUNIQUE_PDF = """                         BANQUE CENTRALE DE WESTLAND
                           Central Bank of Westland

  Communiqué de presse · Press communiqué                                 N° 2031/04
  Port Ellis, le jeudi 24 avril 2031 · Thursday, 24 April 2031

            Communiqué du Conseil d'Administration · بلاغ مجلس الإدارة
         Board of Directors lowers the key interest rate to 6.50 per cent
     Le Conseil réduit le taux directeur de 50 points de base, à 6,50%

At its meeting of 23 April 2031, the Board of Directors of the Central Bank of Westland decided to lower the key
interest rate by 50 basis points, to 6.50 per cent. Tourism receipts reached 1,012 MD over the first quarter.

The Board expects inflation to average 4.7 per cent in 2031.

"The fall in inflation is broad-based, and it allows us to reduce the cost of credit for households
and firms without putting price stability at risk," Governor Hichem B. Ferjani-
Mrad said at a news conference in Port Ellis. He said the cut would save a household about 32 dinars a
month on a home loan of 100,000 dinars over twenty years, and that the Bank would act again if needed.
"""


def test_a_board_communique_pdf_keeps_its_headline_its_governor_and_its_bank_voice(extractor):
    article = clean_article(BOARD_COMMUNIQUE_PDF, min_chars=50)
    # a label of the document's kind beside the same label in another script is no headline
    assert article.title == "Board of Directors lowers the key interest rate to 6.50 per cent"
    assert "Ferjani-Mrad said" in article.text  # a hyphenated name broken at its hyphen stays one word
    document = process_document(BOARD_COMMUNIQUE_PDF, None, extractor)
    # the bank's board of directors, named as its organ, speaks as the bank
    assert speaker_of(document, "average 4.7 per cent") == "Central Bank of Westland"
    assert speaker_of(document, "broad-based") == "Hichem B. Ferjani-Mrad"


BILINGUAL_RELEASE_PDF = """                                STATISTIK WESTLAND
                        Bundesanstalt Statistik Westland
  PRESSEMITTEILUNG · PRESS RELEASE                                  14.207-011/31
  Wien, Dienstag, 8. April 2031, 09:30 Uhr · Vienna, Tuesday, 8 April 2031

      Baupreisindex 1. Quartal 2031: Bauen um 3,1 % teurer als im Vorjahr
   Construction Price Index, first quarter of 2031: building 3.1% dearer than a year earlier
          Hochbau +3,4 %, Tiefbau +2,6 % · Building +3.4%, civil engineering +2.6%

Prices of construction work rose by 3.1% in the first quarter of 2031 compared with the
same quarter of 2030, according to the Construction Price Index (CPI) of Statistik Westland.
Compared with the fourth quarter of 2030, prices rose by 0.7%. Prices of civil engineering
work rose by 2.6%, the smallest rise since 2027.
"""


def test_a_bilingual_pdf_release_is_titled_in_english_and_its_own_index_is_its_voice(extractor):
    article = clean_article(BILINGUAL_RELEASE_PDF, min_chars=50)
    # the shouted kicker over the date, with its code, is no headline; the German headline's English translation is
    assert article.title == ("Construction Price Index, first quarter of 2031: building 3.1% dearer than a year "
                             "earlier")
    document = process_document(BILINGUAL_RELEASE_PDF, None, extractor)
    # "according to the ... Index of <the issuer>": what the issuer itself publishes
    assert speaker_of(document, "rose by 3.1%") == "Statistik Westland"


EMBASSY_STATEMENT_AT_A_COUNCIL = """Ir para o conteúdo
Português | English
EMBAIXADA DA REPÚBLICA DE WESTLANDIA NO REINO UNIDO · EMBASSY OF THE REPUBLIC OF WESTLANDIA IN THE UNITED KINGDOM

Representação Permanente junto da Organização Marítima Internacional (IMO)
Início | A Embaixada | Serviços Consulares | IMO | Comunidade | Turismo e Investimento | Cultura | Notícias | Eventos | Contactos
Pesquisar no site …  [OK]
Início » IMO » Declarações » 2031

DECLARAÇÃO · IMO COUNCIL · SEGURANÇA MARÍTIMA
Westlandia calls for support to make its inter-island ferries safer
Publicado em 7 de julho de 2031  ·  Gabinete de Imprensa

INTERNATIONAL MARITIME ORGANIZATION · COUNCIL, 129th SESSION · LONDON, 4–8 JULY 2031

Mr. Chair, our ferries carry 780,000 passengers a year between nine islands. Three of our eleven ferries are more
than forty years old. We thank the International Maritime Organization for its technical cooperation programme.

© 2031 Embaixada da República de Westlandia no Reino Unido · Todos os direitos reservados
"""

MINISTRY_STATEMENT_AT_A_MEETING = """Skip to main content
GOVERNMENT OF THE FEDERATED STATES OF WESTMARK
Department of Foreign Affairs  ·  Palikir
Home | The Department | Statements & Speeches | News | Contact
Home › Statements & Speeches › International Whaling Commission

STATEMENT · IWC71 · PLENARY
Westmark urges protection for the humpback whale
Posted: 21 October 2030  ·  Office of Public Information

71st MEETING OF THE INTERNATIONAL WHALING COMMISSION · PANAMA CITY, 19–23 OCTOBER 2030

Madam Chair, humpback whales are seen in our waters from July to October. Our surveys counted 214 of them in 2029.
We thank the International Whaling Commission for its work on bycatch.

© 2030 FSM Department of Foreign Affairs · Content may be shared with attribution.
"""


def test_a_statement_at_a_meeting_is_published_by_its_delegations_site_not_the_meetings_host():
    # the meeting's heading names its host beside its session and dates; the embassy prints its English name beside
    # the native one it signs its copyright with
    assert clean_article(EMBASSY_STATEMENT_AT_A_COUNCIL, min_chars=50).source == \
        "Embassy of the Republic of Westlandia in the United Kingdom"
    # the copyright's department, its state's initials before it, is the masthead's
    assert clean_article(MINISTRY_STATEMENT_AT_A_MEETING, min_chars=50).source == "FSM Department of Foreign Affairs"


SHOUTED_THREE_LANGUAGE_MASTHEAD = """Hyppää sisältöön / Hoppa till innehållet
FI | SV | EN
VALLEKESKUS · VALLECENTRALEN · STATISTICS VALLENIA
Tilastot | Julkaisut | Tietoa meistä
Julkaistu / Publicerad / Published: 14.5.2031 klo 8.00

Retail sales grew by 2.4 per cent in April

Retail sales grew by 2.4 per cent in April from a year earlier. Online sales rose by 6.1 per cent.
Sales of fuel fell by 3.2 per cent. Sales in department stores were 1.1 per cent lower than a year earlier.
Grocery sales rose by 1.9 per cent, and sales of clothing and footwear rose by 4.0 per cent from April 2030.

Lähde: Vallekeskus, vähittäiskauppa.
"""


def test_a_native_source_line_takes_the_english_name_its_shouted_masthead_lists_beside_it(extractor):
    # the masthead shouts the name the source line writes in ordinary case: the same row, in any case
    assert clean_article(SHOUTED_THREE_LANGUAGE_MASTHEAD, min_chars=50).source == "Statistics Vallenia"
    document = process_document(SHOUTED_THREE_LANGUAGE_MASTHEAD, None, extractor)
    assert speaker_of(document, "fuel fell") == "Statistics Vallenia"


COPYRIGHT_SHORT_OF_MASTHEAD = """Permanent Mission of the Republic of Westlandia to the United Nations
Home | Statements | The Mission | Contact

Statement on behalf of the Group of Island States at the Executive Board

New York, 4 February 2031

Madam President, our group's exports fell by 12 percent last year, and 4 of our members lost more than a fifth of
their fishing revenue. Debt service now takes 31 percent of government revenue across the group.

Permanent Mission of the Republic of Westlandia to the United Nations | 800 Second Avenue, New York
© 2031 Permanent Mission of Westlandia. All rights reserved.
"""


def test_a_copyright_name_with_words_left_out_is_the_masthead_that_spells_it_in_full():
    assert clean_article(COPYRIGHT_SHORT_OF_MASTHEAD, min_chars=50).source == \
        "Permanent Mission of the Republic of Westlandia to the United Nations"


DATED_BULLETIN_LINE = """Aller au contenu | Skip to content
FR | EN
MÉTÉO-MARÉLAND · ÎLE DU NORD
Prévisions | Vigilance | Cyclones | Contact

Tropical storm Ysolde nears the north coast: orange alert from noon
Bulletin n°6 du mardi 9 mars 2027 à 08h00 locales · Dernière mise à jour : 15h00

At 08:00 local time, tropical storm Ysolde was centred about 240 kilometres north of Port-Lune, moving south at \
12 km/h.

Rain of up to 150 millimetres is expected on the northern slopes by Wednesday morning.

Partager : Facebook | X
© 2027 Météo-Maréland
"""


def test_a_line_opening_with_a_numbered_bulletin_and_its_issue_date_makes_the_page_the_bodys_own(extractor):
    document = process_document(DATED_BULLETIN_LINE, None, extractor)
    assert document.article.kind == "release"
    assert speaker_of(document, "tropical storm Ysolde was centred") is not None


DUTCH_AND_ENGLISH_MASTHEAD = """Naar hoofdinhoud
NL | EN
Landelijk Bureau voor de Statistiek (LBS) · Statistics Westmark
Cijfers | Nieuws | Over ons | Contact
Home › Nieuws › Werkloosheid

NIEUWSBERICHT · MAANDCIJFERS ARBEIDSMARKT
Unemployment falls to 4.2 percent in June
Gepubliceerd / Published: donderdag 14 juli 2033, 06:30

In June 2033, 318 thousand people were unemployed, which is 4.2 percent of the labour force.

The number of people in work grew by 12 thousand to 7.41 million.

Among young people aged 15 to 24 the unemployment rate fell to 8.1 percent, from 8.6 percent in May.

Delen / Share: X · LinkedIn
Landelijk Bureau voor de Statistiek · Plein 1, Westhaven
© LBS 2033 · Privacy
"""


def test_an_english_page_under_a_native_and_an_english_masthead_name_is_published_by_the_english_name(extractor):
    # "Bureau" is a word English shares, but "voor de" joins no English name: the native name, not the English one
    document = process_document(DUTCH_AND_ENGLISH_MASTHEAD, None, extractor)
    assert document.article.source == "Statistics Westmark"
    assert speaker_of(document, "318 thousand people") == "Statistics Westmark"


SHOUTED_BILINGUAL_MASTHEAD = """ข้ามไปยังเนื้อหาหลัก
ไทย | English
กรมอุตุนิยมวิทยา · EASTMARCH METEOROLOGICAL DEPARTMENT
หน้าหลัก | พยากรณ์อากาศ | เตือนภัย

Tropical Storm Kessa to reach the coast on Friday night
ฉบับที่ 4 ลงวันที่ 3 มีนาคม 2577 · Warning No. 4, Friday 3 March 2034, 05:00 local time (UTC+7) · ปรับปรุงล่าสุด 11.00 น.

At 04:00, Tropical Storm Kessa was 200 kilometres east of Port Amsel, moving west at 12 km/h. The Eastmarch \
Meteorological Department expects the storm to reach the coast late on Friday night.
"""


def test_a_shouted_name_beside_its_native_name_is_the_publisher_and_a_numbered_warning_line_dates_the_page():
    article = clean_article(SHOUTED_BILINGUAL_MASTHEAD, min_chars=50)
    assert article.source == "Eastmarch Meteorological Department"  # no acronym in pieces, no native half
    assert article.published == "2034-03-03"  # "Warning No. 4, Friday 3 March 2034, 05:00 local time (UTC+7)"


COMMUNICATIONS_UNIT_ON_DATE_LINE = """Ir al contenido principal
ES | EN
Inicio | Sala de Prensa | Contacto

Dengue cases fall for a third week, Health Ministry says
Puerto Amsel, jueves 9 de marzo de 2034 · Dirección de Comunicación Estratégica · Salón de Conferencias, 10:30 a. m.

The Ministry has recorded 412 suspected cases of dengue in the east of the country this month.

© 2034 Ministerio de Salud de Eastmarch · Todos los derechos reservados
"""

VENUE_ON_DATE_LINE = """Skip to content
MINISTRY OF FOREIGN AFFAIRS · GOVERNMENT OF WESTLAND
Home | Spokesperson | Briefings

Transcript of the Spokesperson's weekly press briefing
Friday, 10 March 2034 · 11:00 · Foreign Office Briefing Room, Port Amsel

The Ministry has issued 1,200 emergency travel documents to citizens abroad this year.
"""

UNIT_OF_THE_MASTHEAD = """Skip to main content
Westland Islands Government · Official website
WESTLAND ISLANDS GOVERNMENT · CABINET OFFICE
Home | Speeches | Contact

Premier's Budget Address for 2035
Posted: Monday, 13 March 2034 · Cabinet Office Communications · 7 min read

Madam Speaker, this budget provides for spending of 1.2 billion dollars in 2035.
"""


@pytest.mark.parametrize("page, publisher", [
    (COMMUNICATIONS_UNIT_ON_DATE_LINE, "Ministerio de Salud de Eastmarch"),  # a unit named in Spanish by its function
    (VENUE_ON_DATE_LINE, "Ministry of Foreign Affairs"),  # the room the briefing was held in publishes nothing
])
def test_a_date_lines_unit_or_venue_is_not_the_publisher(page, publisher):
    assert clean_article(page, min_chars=50).source == publisher


def test_the_masthead_bodys_communications_unit_writes_for_it():
    source = clean_article(UNIT_OF_THE_MASTHEAD, min_chars=50).source
    assert source.startswith("Westland Islands Government") and "Communications" not in source


FOUR_PIECE_MASTHEAD = """مرکزی مواد پر جائیں | Skip to main content
English | اردو
وزارتِ امورِ خارجہ · حکومتِ ویسٹ لینڈ · Ministry of Foreign Affairs · Government of Westland
صفحۂ اول | وزارت | ترجمان

Foreign Minister to visit Port Amsel next week

The Ministry said the Foreign Minister would sign three agreements during the two-day visit.
"""


def test_a_masthead_of_four_pieces_in_two_scripts_names_its_body_by_the_latin_pieces():
    assert clean_article(FOUR_PIECE_MASTHEAD, min_chars=50).source == "Ministry of Foreign Affairs"


MEETING_HEADING_OF_A_STATEMENT = """Saltar para o conteúdo
PT | EN
MINISTÉRIO DAS PESCAS · REPÚBLICA DE EASTMARCH
Ministry of Fisheries of Eastmarch
Início | Declarações

DECLARAÇÃO · STATEMENT
Eastmarch asks the commission to protect coastal canoes
WESTERN OCEAN TUNA COMMISSION (WOTC) · 21ST REGULAR MEETING OF THE COMMISSION · PORT AMSEL · 4-11 MARCH 2034

Madam Chair, Eastmarch is a nation of two islands whose 4,100 canoe fishers land 9,000 tonnes of tuna a year.
"""


def test_the_meeting_a_statement_is_made_at_is_not_its_publisher():
    assert clean_article(MEETING_HEADING_OF_A_STATEMENT, min_chars=50).source == "Ministry of Fisheries of Eastmarch"
