"""Who speaks in an institution's release when the page names its issuer only in the masthead, a footer, the
sidecar or by acronym, or refers to it as "the agency", "the Authority", "the Board" or "we".

Every page here was written for these tests.
"""

import pytest

from service.pipeline.document import process_document
from service.pipeline.models import DocumentKind

from .helpers import speaker_of


HEALTH_UPDATE = """Eastmarch Centres for Disease Prevention
About | Programmes | Newsroom

Cholera regional situation update, week 9

Published: 6 March 2026

Since January, 3,410 cholera cases and 41 deaths have been reported from 6 Member States.

Norland reported 212 new cases this week.

We assess the regional risk as moderate.

Vaccination coverage remains below 40% in the affected districts.
"""


def test_a_plural_institution_word_in_the_masthead_makes_the_page_its_release(extractor):
    document = process_document(HEALTH_UPDATE, None, extractor)
    assert document.article.source == "Eastmarch Centres for Disease Prevention"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "Vaccination coverage") == "Eastmarch Centres for Disease Prevention"


def test_a_capitalised_states_at_the_end_of_a_sentence_is_no_reporting_verb(extractor):
    document = process_document(HEALTH_UPDATE, None, extractor)
    assert speaker_of(document, "6 Member States") == "Eastmarch Centres for Disease Prevention"
    assert speaker_of(document, "We assess") == "Eastmarch Centres for Disease Prevention"
    assert speaker_of(document, "Norland reported") == "Norland"


SPACE_UPDATE = """NOXA | Norland Orbital Exploration Agency
Norsk | English
Missions | Science | Press releases

Launch result of the Kestrel-2 weather satellite

3 March 2026

NOXA launched the Kestrel-2 weather satellite from the Vossberg Launch Site at 10:14 a.m. on 3 March 2026.

The rocket flew as planned, and the agency confirmed that the satellite separated 41 minutes after liftoff.

The agency plans a second launch from the site in June.
"""


def test_an_acronym_with_one_inner_letter_resolves_to_the_name_the_masthead_gives(extractor):
    document = process_document(SPACE_UPDATE, None, extractor)
    assert speaker_of(document, "NOXA launched") == "Norland Orbital Exploration Agency"
    assert speaker_of(document, "plans a second launch") == "Norland Orbital Exploration Agency"


def test_the_agency_in_a_release_is_its_issuer_not_the_last_organisation_named(extractor):
    document = process_document(SPACE_UPDATE, None, extractor)
    assert speaker_of(document, "the agency confirmed") == "Norland Orbital Exploration Agency"


@pytest.mark.parametrize("masthead", ["Statistik Nordland", "Stats Nordland", "Instituto Nacional de Estadística"])
def test_an_office_named_in_its_own_language_or_short_form_issues_the_release(extractor, masthead):
    raw = f"""{masthead}
Home | Statistics | Calendar

Retail sales up 0.8% in February

Published: 4 March 2026

Retail sales rose by 0.8% in February compared with January, seasonally adjusted.

Sales of food fell by 0.3%, while sales of clothing rose by 2.1%.

Online sales accounted for 14.2% of all retail sales, up from 13.5% a year earlier.
"""
    document = process_document(raw, None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "Sales of food") == masthead


BILINGUAL_MASTHEAD = """Instituto Regional de Estadística
Regional Statistics Office of Nordlandia
English | Español
Statistics | Press releases | Calendar

Industrial production rises 1.2% in January

4 March 2026

{lead} industrial production rose by 1.2% in January compared with December.

Energy output fell by 2.4%, while manufacturing output rose by 1.9%.

Output of capital goods was 3.1% higher than a year earlier.
"""


def test_a_masthead_in_two_languages_is_read_by_its_english_name(extractor):
    document = process_document(BILINGUAL_MASTHEAD.format(lead="Seasonally adjusted,"), None, extractor)
    assert document.article.source == "Regional Statistics Office of Nordlandia"
    assert speaker_of(document, "Energy output") == "Regional Statistics Office of Nordlandia"


def test_the_masthead_name_the_text_calls_by_its_acronym_issues_the_release(extractor):
    document = process_document(BILINGUAL_MASTHEAD.format(lead="IRE estimates that"), None, extractor)
    assert document.article.source == "Instituto Regional de Estadística"  # the name the text's acronym stands for
    assert speaker_of(document, "Energy output") == "Instituto Regional de Estadística"
    assert speaker_of(document, "IRE estimates") == "Instituto Regional de Estadística"


WEATHER_WARNING = """Eastmarch Government | Nordland Weather Bureau
Home | Warnings | Forecasts

Media release

Heavy rain forecast for the northern coast

Tuesday 3 March 2026

The Bureau has issued flood watches for six coastal catchments.

Rainfall totals of 150 mm are forecast over two days.

The Bureau recorded 212 mm at Port Ellis on Monday, the wettest March day there since 1998.
"""


def test_the_masthead_piece_the_body_calls_the_bureau_issues_the_release(extractor):
    document = process_document(WEATHER_WARNING, None, extractor)
    assert document.article.source == "Nordland Weather Bureau"
    assert speaker_of(document, "212 mm") == "Nordland Weather Bureau"


AGENCY_RULE = """United States Coastal Protection Agency
An official website of the United States government

News Releases

Coastal Protection Agency finalizes dredging limits

March 3, 2026

WASHINGTON - Today, the U.S. Coastal Protection Agency (CPA) issued new limits on dredging in 40 estuaries.

CPA expects the rule to protect about 12,000 hectares of seagrass.

The agency is also making $200 million available to help ports comply.
"""


def test_a_country_in_front_of_the_issuers_name_is_no_part_of_the_speaker(extractor):
    document = process_document(AGENCY_RULE, None, extractor)
    assert speaker_of(document, "40 estuaries") == "Coastal Protection Agency"
    assert speaker_of(document, "CPA expects") == "Coastal Protection Agency"
    assert speaker_of(document, "$200 million") == "Coastal Protection Agency"


CLIMATE_STATEMENT = """Forecasts | Warnings | Climate | Marine
Climate > Monthly statements

Climate Statement for March 2026

Issued: 3 April 2026

March 2026 was a cold and wet month at most stations.

Rainfall was above its long-term average at 18 of the 22 stations.

The highest monthly total, 141.2 mm, was measured at Harbour Point.

All figures are provisional and may be revised.

© Eastmarch Weather 2026 | 12 Hill Road, Eastport
"""

EVENT_SUMMARY = """Eastmarch Survey
Home | Earthquakes | Volcanoes | Data
Earthquakes > Event summary

Magnitude 4.6 earthquake near Lowford

Event ID: es2026abc
Depth: 9 km
Status: reviewed by duty seismologist

Issued 14 March 2026

A magnitude 4.6 earthquake occurred at 2:10 pm local time about 12 km west of Lowford.

More than 2,100 people submitted felt reports in the first two hours.

Five aftershocks had been recorded by 6 pm.

© State of Eastmarch (Eastmarch Geological Survey)
"""


def test_a_bulletin_dated_by_an_issued_line_is_its_publishers_release(extractor):
    """A page dated "Issued: <date>", without a byline, whose issuer only the copyright line names ("© Eastmarch
    Weather 2026 | address"): its passive sentences are the issuer's."""
    document = process_document(CLIMATE_STATEMENT, None, extractor)
    assert document.article.source == "Eastmarch Weather"
    assert speaker_of(document, "Rainfall was above") == "Eastmarch Weather"
    assert speaker_of(document, "141.2 mm") == "Eastmarch Weather"


def test_a_body_named_in_brackets_after_the_copyright_holder_issues_the_summary(extractor):
    document = process_document(EVENT_SUMMARY, None, extractor)
    assert document.article.source == "Eastmarch Geological Survey"
    assert speaker_of(document, "A magnitude 4.6 earthquake occurred") == "Eastmarch Geological Survey"
    # "felt reports", the object of "submitted", is no reporting verb with "people" as an unnamed source
    assert speaker_of(document, "felt reports") == "Eastmarch Geological Survey"


def test_a_news_story_with_a_published_line_stays_news(extractor):
    page = CLIMATE_STATEMENT.replace("Issued: 3 April 2026", "Published: 3 April 2026")
    document = process_document(page, None, extractor)
    assert speaker_of(document, "Rainfall was above") is None


FLOOD_UPDATE = """Eastmarch Rivers Trust
Home | Flooding | News

Flood update: Storm Ivo - Monday 9 March, 6pm

Here is the latest on the flooding across Eastmarch:

- We have 9 Flood Warnings in force across the county.
- The River Lowe at Dunmere peaked at 3.2 metres this morning.
- Our teams have checked 140 flood defences since Saturday.
- We estimate that 25 properties have flooded.
- River levels are falling on most rivers in the north.
- The River Tamar is still rising.

"Our staff worked through the night clearing culverts," said Ruth Hale, the duty manager.

She said people should not drive through flood water.

We will issue the next update at 10am on Tuesday.

© Eastmarch Rivers Trust
"""


def test_a_page_that_says_we_in_most_of_its_own_paragraphs_is_its_publishers_release(extractor):
    """Paragraphs that quote or report someone are not the page's own voice: "we" in four of the seven others
    makes the page the publisher's."""
    document = process_document(FLOOD_UPDATE, None, extractor)
    assert speaker_of(document, "The River Lowe at Dunmere peaked") == "Eastmarch Rivers Trust"
    assert speaker_of(document, "Our staff worked") == "Ruth Hale"


@pytest.mark.parametrize("holder", ["Met Eastmarch", "Eastport Observatory"])
def test_a_weather_service_named_met_or_observatory_issues_its_bylineless_page(extractor, holder):
    page = CLIMATE_STATEMENT.replace("Issued: 3 April", "Published: 3 April").replace("Eastmarch Weather", holder)
    document = process_document(page, None, extractor)
    assert speaker_of(document, "Rainfall was above") == holder


CLIMATE_SUMMARY = """NMHI
Väder | Klimat | Vatten | Om NMHI
Startsida > Nyheter

Month summary for March 2026: a mild month in the south

Publicerad: 2026-04-01

March was warmer than normal in most of the country.

Rainfall was below normal on the east coast, where Port Ellis received only 14 millimetres.

The statistics are based on preliminary observations and may be adjusted.

Kontakta oss | Tillgänglighet
© NMHI – Nordland Meteorological and Hydrological Institute, 601 76 Vossberg
"""


def test_a_copyright_holder_given_with_its_acronym_is_read_by_its_full_name(extractor):
    document = process_document(CLIMATE_SUMMARY, None, extractor)
    assert document.article.source == "Nordland Meteorological and Hydrological Institute"
    assert speaker_of(document, "Rainfall was below") == "Nordland Meteorological and Hydrological Institute"


EARTHQUAKE_BULLETIN = """Republic of Norland
Department of Science and Technology
NORLAND INSTITUTE OF SEISMOLOGY
Home | Earthquake | Volcano | Tsunami

Magnitude 5.8 earthquake off the coast of Vossberg

EARTHQUAKE INFORMATION NO. 2
Magnitude: 5.8 | Depth: 12 km | Origin: Tectonic
Issued On: 3 Mar 2026 - 10:30 AM

A magnitude 5.8 earthquake struck off the coast of Vossberg at 9:12 am.

The earthquake was tectonic in origin and was caused by movement along the Norland Trench.

A total of 17 aftershocks had been recorded by 10:00 am.
"""


def test_the_agency_under_its_parent_ministry_on_the_masthead_issues_the_bulletin(extractor):
    document = process_document(EARTHQUAKE_BULLETIN, None, extractor)
    assert document.article.source == "Norland Institute of Seismology"
    assert document.article.byline is None  # "EARTHQUAKE INFORMATION NO." is no author's name
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "17 aftershocks") == "Norland Institute of Seismology"


def test_a_ministry_over_its_government_stays_the_publisher(extractor):
    raw = """Ministry of External Affairs
Government of Norland
Home | Media | Briefings

Ministry opens a new consulate in Port Ellis

3 March 2026

The Ministry opened a new consulate in Port Ellis on Monday, its ninth in the region.

The consulate will issue visas from April and will serve about 12,000 citizens living in the area.

Consular staff will also help citizens register to vote in the general election next year.
"""
    document = process_document(raw, None, extractor)
    assert document.article.source == "Ministry of External Affairs"


STAFF_BLOG = """NOXA
Missions | Science | Blogs
Mission Blog

Kestrel-3 Core Stage Joins Its Boosters

By Jane Holm, NOXA's Vossberg Launch Center
March 3, 2026

Engineers at NOXA's Vossberg Launch Center lowered the Kestrel-3 core stage between its two boosters on Sunday.

Crews used two overhead cranes to lift the stage into the high bay.

The mission is scheduled to launch in June.
"""


def test_a_staff_writer_of_the_body_writes_its_release(extractor):
    document = process_document(STAFF_BLOG, None, extractor)
    assert document.article.source == "NOXA"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "two overhead cranes") == "NOXA"


def test_a_reporter_of_another_outlet_still_writes_news(extractor):
    raw = STAFF_BLOG.replace("NOXA's Vossberg Launch Center", "Nordland Daily News")
    document = process_document(raw, None, extractor)
    assert document.discourse.kind == DocumentKind.NEWS


CLIMATE_BLOG = """Nordland Weather Bureau
Home | Warnings | Forecasts | Climate

Winter 2025-26 climate summary: wettest winter since 1998

By Jane Holm, Senior Climatologist
3 March 2026

Winter was the wettest since 1998 across Nordland, with 412 mm of rain, 38% above the long-term average.

The mean temperature was 4.1 °C, 0.8 °C above normal.

We expect spring to start drier than normal.
"""


def test_a_byline_with_a_staff_job_keeps_an_institutions_page_its_release(extractor):
    document = process_document(CLIMATE_BLOG, None, extractor)
    assert document.article.source == "Nordland Weather Bureau"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "The mean temperature") == "Nordland Weather Bureau"


MEASLES_UPDATE = """Skip to main content
Logo of the Nordland Health Protection Agency
News | Publications | Data | About

Measles cases rise to 214 in the eastern region

Published 3 March 2026

A total of 214 measles cases have been confirmed in the eastern region since January.

Vaccination coverage in the region is 81%, below the 95% needed to stop outbreaks.

Most cases are in children under five who had not received two doses of the vaccine.
"""


def test_a_logos_text_names_the_publisher_and_a_passive_confirm_names_no_speaker(extractor):
    document = process_document(MEASLES_UPDATE, None, extractor)
    assert document.article.source == "Nordland Health Protection Agency"
    assert speaker_of(document, "214 measles cases") == "Nordland Health Protection Agency"


STUDY_RELEASE = """PRESS RELEASE
For immediate release

New survey finds 40% fewer bumblebees in farmland than a decade ago

3 March 2026 – Bumblebee numbers on farmland fell by 40% since 2015, according to a national survey published today.

The survey counted bees at 1,200 sites across the country between April and September.

"These are worrying results for pollination," said lead author Professor Lena Varga.

About the Varn Institute of Ecology
The Varn Institute of Ecology is an independent research institute with 300 staff.

Media contact: Anna Bell, press officer, press@varn-ecology.example.org
"""


def test_an_institute_describing_itself_at_the_foot_issues_its_release(extractor):
    document = process_document(STUDY_RELEASE, None, extractor)
    assert document.article.source == "Varn Institute of Ecology"
    assert document.article.published == "2026-03-03"  # the lead's date before a dash
    assert speaker_of(document, "1,200 sites") == "Varn Institute of Ecology"
    # a survey "published today" is evidence the issuer cites, not a speaker
    assert speaker_of(document, "Bumblebee numbers") == "Varn Institute of Ecology"


def test_the_issuer_a_lead_names_with_its_article_is_named_without_it(extractor):
    raw = """Home / News / Earthquakes

M 6.1 - 23 km SW of Port Ellis, Nordland

2026-03-03 14:22:05 (UTC)
Magnitude: 6.1 mww | Depth: 10.0 km

The Nordland Geological Survey reports that a magnitude 6.1 earthquake struck 23 km south-west of Port Ellis.

The earthquake occurred as the result of reverse faulting at shallow depth.

Aftershocks are likely to continue for weeks.
"""
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "reverse faulting") == "Nordland Geological Survey"


def test_a_footer_name_over_a_po_box_names_the_publisher(extractor):
    raw = """Skip to content
Home
About
Water
News

Drought to persist in the eastern catchments through summer

Issued at 10:00 on 3 March 2026

Rainfall over the eastern catchments has been 45% of the long-term average since October.

River flows are below normal at 21 of the 30 gauging stations.

Reservoir storage stands at 58% of capacity, compared with 81% a year ago.

Nordland Water Authority
PO Box 120, Port Ellis
"""
    document = process_document(raw, None, extractor)
    assert document.article.source == "Nordland Water Authority"
    assert speaker_of(document, "River flows") == "Nordland Water Authority"


SNOW_WARNING = """MetNorth
Forecasts | Warnings | Marine | Rural | About

Heavy snow warning for the central ranges

Monday 3 March 2026, 4:10 pm

Our meteorologists have issued a red heavy snow warning for the central ranges from Tuesday morning.

Up to 60 cm of snow is expected above 800 metres, with 20 cm possible down to 400 metres.

Roads over the passes are likely to close.

We will update this warning at 9 pm.
"""


def test_a_one_word_logo_over_the_menu_names_the_publisher(extractor):
    document = process_document(SNOW_WARNING, None, extractor)
    assert document.article.source == "MetNorth"
    assert document.discourse.kind == DocumentKind.RELEASE  # "Met" + "North": a weather service's brand
    assert speaker_of(document, "Roads over the passes") == "MetNorth"


def test_a_bodys_own_dated_dateline_names_it_as_the_issuer(extractor):
    raw = """Weather · Climate · Water
Home > Media > Press releases

Global temperatures in February were the second highest on record

VOSSBERG, 3 March 2026 (NMO) - The Nordland Meteorological Organization said on Tuesday that February was 1.5 °C warmer.

It was the second warmest February on record after 2024.

Sea ice extent in the north was 24% below the 1991-2020 average.
"""
    document = process_document(raw, None, extractor)
    assert document.article.source == "Nordland Meteorological Organization"
    assert speaker_of(document, "Sea ice extent") == "Nordland Meteorological Organization"


def test_a_weather_service_named_in_its_own_language_issues_its_release(extractor):
    raw = """Nordländischer Wetterdienst
Startseite | Wetter | Klima | Presse

Winter 2025/26: mild and wet in the north

28 February 2026

The winter was 1.9 degrees warmer than the 1961-1990 reference period, with a mean temperature of 2.1 °C.

Around 215 litres of rain fell per square metre, about 20% more than normal.

The sunniest region was the southern foothills, with up to 230 hours of sunshine.
"""
    document = process_document(raw, None, extractor)
    assert document.article.source == "Nordländischer Wetterdienst"
    assert speaker_of(document, "sunniest region") == "Nordländischer Wetterdienst"


@pytest.mark.parametrize("credit", ["Posted by Jane Holm", "Written by Jane Holm, Science Writer"])
def test_a_post_credited_to_its_writer_on_an_institutions_site_is_its_release(extractor, credit):
    document = process_document(CLIMATE_BLOG.replace("By Jane Holm, Senior Climatologist", credit), None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "The mean temperature") == "Nordland Weather Bureau"


# ---------------------------------------------------------------- agency layouts, sixth round

SUB_UNIT_OUTLOOK = """Northland Weather Service
Home | Forecast | Safety | News
News > Outlooks

Summer outlook: a dry season ahead for the coast

Released: June 2, 2026

The Seasonal Outlook Centre, a division of the Northland Weather Service, released its summer outlook on Monday.

Rainfall is likely to be below normal along the coast.

Forecasters expect river levels to fall through July.

"The soils are already dry," said Ana Ruiz, head of the centre's forecast branch.

Northland Weather Service | 12 Harbour Road, Port Ellis
"""


def test_a_unit_the_lead_names_under_its_parent_issues_the_release(extractor):
    document = process_document(SUB_UNIT_OUTLOOK, None, extractor)
    assert speaker_of(document, "Rainfall is likely") == "Seasonal Outlook Centre"
    assert speaker_of(document, "The soils are already dry") == "Ana Ruiz"


def test_the_bare_staff_of_a_release_speak_for_its_issuer(extractor):
    document = process_document(SUB_UNIT_OUTLOOK, None, extractor)
    assert speaker_of(document, "Forecasters expect river levels") == "Seasonal Outlook Centre"


TAGLINE_RELEASE = """ORSA
Eastmarch's National Research Agency
Research | News | About
News > Releases

Wheat trial finds a drought-tolerant variety

Media release
3 March 2026

A wheat variety bred by ORSA yielded 18% more grain in dry years, according to a five-year trial.

The trial ran at 14 farms across the northern plains, where rainfall was below average in three of the five years.

Plants of the new variety kept their leaves green for about ten days longer during dry spells.

ORSA will release the variety to growers in 2027.
"""


def test_a_tagline_under_a_logo_word_does_not_name_the_publisher(extractor):
    document = process_document(TAGLINE_RELEASE, None, extractor)
    assert document.article.source == "ORSA"
    assert speaker_of(document, "will release the variety") == "ORSA"


COUNTRY_CODE_REPORT = """GOV.UK
From: UK Fisheries Protection Agency

Weekly catch report: week 9

Published 5 March 2026

Landings of cod fell 12% on the previous week.

Landings of haddock rose 4%, the third weekly rise in a row, with most of the catch taken in the northern grounds.

Fleet activity was close to the seasonal average for early March.

"Catches are within quota," said Tom Hale, an analyst at UKFPA.
"""


def test_a_country_code_the_acronym_keeps_stays_in_the_issuers_name(extractor):
    document = process_document(COUNTRY_CODE_REPORT, None, extractor)
    assert speaker_of(document, "Landings of cod fell") == "UK Fisheries Protection Agency"


def test_a_passive_forecast_reports_nothing_about_its_subject(extractor):
    page = ("Issued by: Harbour Air Authority\n\nAir quality advice for the harbour\n\n"
            "Issued at: 10:00, 3 March 2026\n\n"
            "The harbour index is forecast to reach 9 tomorrow.\n\nLight winds are trapping pollutants near the ground "
            "over the harbour and the old town.\n\nAir quality is expected to improve on Thursday, when a northerly "
            "wind brings cleaner air from the sea.\n")
    document = process_document(page, None, extractor)
    assert speaker_of(document, "is forecast to reach") != "harbour index"


DOLLAR_RELEASE = """Statistics Fiji
Home | Statistics | Releases

Retail trade, January 2026

Released: 2026-03-04

Retail sales rose 2.1% to $412.5 million in January.

Sales of food and beverages increased 1.4% to $150.2 million, while fuel sales fell 0.8%.

Sales were higher in seven of the ten regions, led by the Western Division.

Data in this release are not seasonally adjusted.
"""


def test_a_bare_dollar_in_a_release_of_a_body_named_for_a_dollar_country_is_its_dollar(extractor):
    document = process_document(DOLLAR_RELEASE, None, extractor)
    fact = next(f for f in document.facts if "Retail sales rose" in f.text)
    assert {q.unit for q in fact.quantities} == {"%", "FJD"}


PARENT_OVER_SURVEY = """An official website of the Eastmarch government
U.S. Department of the Coast
U.S. Tidal Survey
Science | Data | News | About
News

King tides expected along the northern coast this weekend

Released: April 15, 2026

Water levels along the northern coast are expected to peak about 40 cm above the predicted tide on Saturday.

Minor flooding of low-lying roads is possible at high tide in three harbour towns.

The survey's gauges recorded the highest water level of the year at Port Ellis on Friday.
"""


def test_a_parent_department_with_a_country_code_is_not_the_publisher(extractor):
    document = process_document(PARENT_OVER_SURVEY, None, extractor)
    assert document.article.source == "U.S. Tidal Survey"


SIGNED_QUOTE_RELEASE = """Government of Eastmarch
Home > Eastmarch Space Office > News

News release

Weather satellite completes ten years in orbit

From: Eastmarch Space Office

June 12, 2026 – Port Ellis

The weather satellite has sent more than 3 million images since it was launched in June 2016.

The images are used to produce more than 400 forecasts a day across the country.

Quotes

"Ten years of images from this satellite have made our storm warnings earlier and more precise."

– The Honourable Ana Ruiz, Minister of Space

Quick facts

The satellite flies about 800 km above Earth.

Contacts

Media Relations, Eastmarch Space Office
"""


def test_a_quotation_signed_on_the_dash_line_under_it_is_the_signers(extractor):
    document = process_document(SIGNED_QUOTE_RELEASE, None, extractor)
    assert speaker_of(document, "Ten years of images") == "Ana Ruiz"
    assert speaker_of(document, "flies about 800 km") == "Eastmarch Space Office"


DEPARTMENT_NEWS = """An official website of the Eastmarch Union
Eastmarch Commission
Science Hub
Home > News > News

Frost damages orchards across the northern provinces

News article | 15 April 2026 | Agricultural Research Centre

Late frost damaged 18% of apple orchards in the northern provinces in the first week of April.

Losses were heaviest in the valleys, where temperatures fell to minus 6 degrees for two nights.

Yields of apples in the region are forecast to be 9% below the five-year average.
"""


def test_the_body_a_dated_metadata_line_names_issues_the_page(extractor):
    document = process_document(DEPARTMENT_NEWS, None, extractor)
    assert document.article.source == "Agricultural Research Centre"
    assert speaker_of(document, "Late frost damaged") == "Agricultural Research Centre"


NATIVE_LOGO_NEWS = """Hälsomyndigheten
The Public Health Agency of Eastmarch
Svenska | English
About us | Publications | News
News

Whooping cough cases rise in Eastmarch as the region records a peak

Published 14 March 2026

The World Health Organization reported on Thursday that 24,300 whooping cough cases were recorded in the region in 2025.

A total of 410 measles cases were reported in Eastmarch in 2025.

Most of the cases were in children too young to be fully vaccinated.

© Hälsomyndigheten | Nobels väg 18, Port Ellis
"""


def test_a_lead_reporting_another_bodys_figures_does_not_make_it_the_issuer(extractor):
    document = process_document(NATIVE_LOGO_NEWS, None, extractor)
    assert document.article.source == "Public Health Agency of Eastmarch"
    assert speaker_of(document, "Most of the cases were in children") == "Public Health Agency of Eastmarch"
    assert speaker_of(document, "24,300 whooping cough cases") == "World Health Organization"


def test_a_disease_name_ending_in_s_describes_the_noun_it_precedes(extractor):
    document = process_document(NATIVE_LOGO_NEWS, None, extractor)
    fact = next(f for f in document.facts if "410 measles cases" in f.text)
    assert [(q.value, q.unit) for q in fact.quantities] == [(410, "cases")]


BULLETIN = """TideNet
Eastmarch Coastal Hazards Monitoring
Home | Tides | Storm surge | News
News > Coastal Alert Bulletin

Storm surge expected along the eastern shore

Coastal Alert Bulletin CE – 2026/02
Fri Mar 13 2026 11:20 AM

Sea levels along the eastern shore are forecast to rise up to 800 mm above the predicted tide on Saturday night.

Waves of up to 4 m are expected at exposed beaches.

The surge will be highest at Port Ellis, where the harbour wall was overtopped in 2024.

Jonah Whitfield
Duty Forecaster

TideNet is a partnership between the Coastal Commission and the Eastmarch Survey.
"""


def test_a_logo_word_over_a_short_tagline_and_an_alert_bulletin_make_a_release(extractor):
    document = process_document(BULLETIN, None, extractor)
    assert document.article.source == "TideNet"
    assert speaker_of(document, "The surge will be highest") == "TideNet"


def test_a_closing_line_in_which_the_site_describes_itself_is_boilerplate(extractor):
    document = process_document(BULLETIN, None, extractor)
    assert "is a partnership" not in document.article.text


THREE_NAME_MASTHEAD = """Ilmatieteen laitos | Meteorologiska institutet | Eastmarch Meteorological Institute
Weather | Sea | Climate | News
News

Winter 2026 was the snowiest in a decade

Text: Anna Virtanen | Photo: Jussi Nieminen
30 March 2026

The mean snow depth in March was 48 cm, which is 12 cm above the 1991-2020 average.

The deepest snow, 92 cm, was measured in the northern fells on 14 March.

The snow cover is expected to melt about a week later than normal.
"""


def test_a_masthead_line_of_three_names_gives_the_english_one(extractor):
    document = process_document(THREE_NAME_MASTHEAD, None, extractor)
    assert document.article.source == "Eastmarch Meteorological Institute"
    assert speaker_of(document, "The mean snow depth") == "Eastmarch Meteorological Institute"


MINISTRY_SITE_FORECAST = """Ministry of Water and Climate
Home | Departments | News | Contact
News

Long rains expected to start late in the western highlands

Released: 4 March 2026

The Eastmarch Meteorological Department today released its forecast for the long rains.

The rains will start in the second week of April.

Rainfall is likely to be below average in the western highlands and near average along the coast.

Temperatures are expected to stay above average until the rains begin.
"""


def test_a_department_the_lead_names_on_its_ministrys_page_issues_the_release(extractor):
    document = process_document(MINISTRY_SITE_FORECAST, None, extractor)
    assert speaker_of(document, "Rainfall is likely to be below average") == "Eastmarch Meteorological Department"


PORTAL_REPORT = """GovEM 東瑪政府一站通
Press Releases
Home | Press Releases | Archive

Wettest March on record at the coast

The Eastmarch Observatory said today (April 1) that March 2026 was the wettest March on record at the coast.

The monthly mean temperature of 17.9 degrees was 0.8 degrees above the normal.

Total rainfall was 410.5 millimetres, about three times the normal amount for March.

The Observatory added that the wet weather is expected to ease in the second week of April.

Ends/Wednesday, April 1, 2026
Issued at 16:30
"""


def test_the_body_a_portal_release_opens_with_is_its_publisher(extractor):
    document = process_document(PORTAL_REPORT, None, extractor)
    assert document.article.source == "Eastmarch Observatory"
    assert speaker_of(document, "Total rainfall was") == "Eastmarch Observatory"


def test_bare_degrees_in_a_sentence_about_temperature_are_celsius(extractor):
    document = process_document(PORTAL_REPORT, None, extractor)
    fact = next(f for f in document.facts if "17.9 degrees" in f.text)
    assert [(q.value, q.unit) for q in fact.quantities] == [(17.9, "degC"), (0.8, "degC")]


ACRONYM_OUTLOOK = """NORMET
Climate | Weather | Oceans | News
Home > News > Media releases

Wet spring likely in the north

3 March 2026

Spring rainfall is likely to be above normal in the north of Norland, according to NORMET's seasonal outlook.

NORMET forecasters expect temperatures to be near average in the south.

Sea temperatures were 0.8°C above average at the end of February.

Media contact: Communications team, 0800 555 010
© NORMET 2026
"""


def test_an_outlook_of_the_issuer_itself_is_no_other_speaker(extractor):
    document = process_document(ACRONYM_OUTLOOK, None, extractor)
    assert document.article.source == "NORMET"
    assert speaker_of(document, "according to NORMET's seasonal outlook") == "NORMET"


MINISTRY_ROAD = """Ministry of Transport of Norland
Home > Media Centre > News

Coast road upgrade completed

Published on: 4 March 2026

The Ministry of Transport of Norland announced the completion of the coast road upgrade.

Journey times between Port Ellis and Holm have fallen by 30 per cent, according to the ministry's traffic studies.

A second phase is expected to be finished next year.
"""


def test_the_issuers_own_studies_cited_in_its_release_are_its_statement(extractor):
    document = process_document(MINISTRY_ROAD, None, extractor)
    assert speaker_of(document, "Journey times between") == "Ministry of Transport of Norland"


def test_the_issuers_own_forecasters_speak_for_it(extractor):
    document = process_document(ACRONYM_OUTLOOK, None, extractor)
    assert speaker_of(document, "NORMET forecasters expect") == "NORMET"


def test_another_bodys_forecasters_are_not_the_issuer(extractor):
    raw = ACRONYM_OUTLOOK.replace("NORMET forecasters expect", "Oxbridge University researchers expect")
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "researchers expect") != "NORMET"


MEETING_RECORD = """Eastmarch Reserve Bank
Monetary policy | Financial stability | Statistics | News
News > Monetary policy

Monetary Policy Board: Summary Record of Meeting

19 February 2026

The Board agreed to lower the policy rate by 25 basis points to 3.5 percent.

Members noted that annual inflation was 2.4 percent in the December quarter.

Most members agreed that economic activity remained subdued.

Copyright © Eastmarch Reserve Bank
"""


def test_members_in_a_record_of_a_meeting_speak_for_the_issuer(extractor):
    document = process_document(MEETING_RECORD, None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    needle = "Members noted that annual inflation"
    assert speaker_of(document, needle) in {"Eastmarch Reserve Bank", "Monetary Policy Board"}
    assert speaker_of(document, needle) == speaker_of(document, "The Board agreed")


@pytest.mark.parametrize("subset", ["Most members agreed", "Some members considered", "The majority considered"])
def test_an_unnamed_share_of_the_members_in_a_record_of_a_meeting_is_anonymous(extractor, subset):
    raw = MEETING_RECORD.replace("Most members agreed", subset)
    fact = next(f for f in process_document(raw, None, extractor).facts if subset in f.text)
    assert fact.attribution is not None and fact.attribution.anonymous and fact.attribution.speaker is None


SPACE_FEATURE = """Nordland Space Agency
Missions | Launchers | Media | Careers
Media > Features

Polar orbiter completes its first year in orbit

By Kara Lind
3 July 2026

The orbiter completed its 5,000th orbit of Earth on 2 July.

Its four instruments have mapped the sea ice every day since launch.

"We now see the ice edge move week by week," said Ola Berg, the mission's project scientist.
"""


def test_a_bare_by_line_on_a_public_agencys_site_is_its_staffs_feature(extractor):
    document = process_document(SPACE_FEATURE, None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "four instruments") == "Nordland Space Agency"
    assert speaker_of(document, "ice edge") == "Ola Berg"


def test_a_bare_by_line_on_a_universitys_site_is_no_release(extractor):
    raw = SPACE_FEATURE.replace("Nordland Space Agency", "University of Nordland")
    document = process_document(raw, None, extractor)
    assert document.discourse.kind != DocumentKind.RELEASE


MEDIA_ENQUIRIES_FOOT = """Skip to main content
Menu | Search

River water quality improves at most sites

Press release | 12 May 2026

Water quality was good at 64 per cent of the 1,200 river sites monitored in 2025, the agency said.

Nine sites were classified as bad, down from 15 the previous year.

Most pollution incidents followed heavy rain, which washes farm runoff and sewage overflows into the rivers.

ENDS

For media enquiries contact:
NEPA Media Relations Office
Nordland Environment Protection Agency
053 555 0100 | media@nepa.example
"""


def test_an_acronymed_press_office_over_its_body_names_the_publisher(extractor):
    document = process_document(MEDIA_ENQUIRIES_FOOT, None, extractor)
    assert document.article.source == "Nordland Environment Protection Agency"
    assert speaker_of(document, "Nine sites") == "Nordland Environment Protection Agency"


def test_a_press_office_with_another_bodys_acronym_names_no_publisher(extractor):
    raw = MEDIA_ENQUIRIES_FOOT.replace("NEPA Media Relations Office", "XYZ Media Relations Office")
    assert process_document(raw, None, extractor).article.source != "Nordland Environment Protection Agency"


FIELD_WARNING = """Winter Storm Warning
Issued by Nordland Weather Service Lowford, NL
3:45 AM Tue Jan 14 2026

...The Winter Storm Warning remains in effect until 5 PM this afternoon...

WHAT: Heavy snow. Additional snow accumulations of 6 to 12 inches are forecast.

WHERE: The northern foothills above 6,000 feet.

IMPACTS: Travel could be very difficult on mountain passes.

ADDITIONAL DETAILS: At 3 AM the snow depth at Lowford was 14 inches.
"""


def test_the_fields_of_a_warning_are_no_speakers(extractor):
    document = process_document(FIELD_WARNING, None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "Travel could be very difficult") == "Nordland Weather Service"
    assert speaker_of(document, "snow depth at Lowford") == "Nordland Weather Service"


def test_a_local_office_before_a_region_code_issues_for_its_body(extractor):
    assert process_document(FIELD_WARNING, None, extractor).article.source == "Nordland Weather Service"


TAGLINE_MASTHEAD = """Nordland Centers for Disease Prevention. NCDP around the clock. Saving Lives, Protecting People
Measles

Measles Cases and Outbreaks

What to know
As of March 6, 2026, a total of 122 confirmed measles cases were reported by 9 districts.
There have been 3 outbreaks in 2026, and 88% of cases are outbreak-associated.
Of the 122 cases, 90% were in people who were unvaccinated or whose vaccination status is unknown.

Source: National Center for Immunization and Respiratory Diseases
Last Reviewed: March 7, 2026
"""


def test_a_masthead_with_taglines_names_the_body_over_a_source_lines_unit(extractor):
    document = process_document(TAGLINE_MASTHEAD, None, extractor)
    assert document.article.source == "Nordland Centers for Disease Prevention"
    assert speaker_of(document, "3 outbreaks") == "Nordland Centers for Disease Prevention"


def test_a_source_line_naming_a_body_still_names_the_publisher(extractor):
    raw = TAGLINE_MASTHEAD.replace("Source: National Center for Immunization and Respiratory Diseases",
                                   "Source: Nordland Medical Association")
    assert process_document(raw, None, extractor).article.source == "Nordland Medical Association"


CENTRE_CONTACT = """Explore | Missions | News & Events | Multimedia

Polar Probe Completes Its Closest Pass to the Sun

Dec 27, 2026
Article

NOXA's Polar Probe passed 3.8 million miles from the solar surface on Dec. 24.

The spacecraft was moving at about 430,000 miles per hour at its closest point.

Mission operators received a beacon tone from the probe late on Dec. 26, confirming it was healthy.

Media Contact: Sara Lind, NOXA's Vossberg Space Flight Center, Lowford
Last Updated: Dec 27, 2026
"""


def test_a_media_contact_at_a_bodys_centre_names_the_body_and_makes_a_release(extractor):
    document = process_document(CENTRE_CONTACT, None, extractor)
    assert document.article.source == "NOXA"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "430,000 miles") == "NOXA"


PRODUCT_ADVISORY = """Tropical Storm Ada Advisory Number 7
NWS Nordland Storm Center Lowford NL       NL042026
1100 AM NST Tue Oct 06 2026

...ADA STRENGTHENS OVER WARM WATERS...

SUMMARY OF 1100 AM NST...1500 UTC...INFORMATION
LOCATION...22.6N 48.6W
MAXIMUM SUSTAINED WINDS...65 MPH...100 KM/H

DISCUSSION AND OUTLOOK
At 1100 AM NST, the center of Tropical Storm Ada was near latitude 22.6 North. Ada is moving west near 12 mph.

Maximum sustained winds are near 65 mph with higher gusts. Ada is expected to become a hurricane on Wednesday.

$$
Forecaster Lind
"""


def test_a_weather_products_office_line_and_stamp_name_its_issuer_title_and_date(extractor):
    document = process_document(PRODUCT_ADVISORY, None, extractor)
    assert document.article.title == "Tropical Storm Ada Advisory Number 7"
    assert document.article.published == "2026-10-06"
    assert document.article.source == "Nordland Storm Center"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "near 65 mph") == "Nordland Storm Center"


OCEAN_RELEASE = """Nordland Oceanic and Atmospheric Administration
Home | Weather | Climate | Oceans | News

Record ocean heat sustained through 2025

January 10, 2026

Sea surface temperatures around Nordland were at record levels for 15 consecutive months in 2025.

The agency said the average ocean surface temperature was 0.6 degrees above the 1991-2020 average.

Marine heatwaves affected about 90 percent of the coastal waters at some point during the year.
"""


def test_the_agency_in_a_public_agencys_release_is_the_issuer(extractor):
    document = process_document(OCEAN_RELEASE, None, extractor)
    assert speaker_of(document, "The agency said") == "Nordland Oceanic and Atmospheric Administration"


def test_the_agency_in_a_ministrys_release_is_another_body(extractor):
    raw = OCEAN_RELEASE.replace("Nordland Oceanic and Atmospheric Administration", "Ministry of Nordland Fisheries")
    document = process_document(raw, None, extractor)
    assert speaker_of(document, "The agency said") != "Ministry of Nordland Fisheries"


SHOUTED_DEPARTMENT = """REPUBLIC OF NORLAND
Ministry of Lands and Water
DEPARTMENT OF HYDROLOGY AND FLOOD SERVICES
Home | Forecasts | Warnings | Contact Us

FLOOD WARNING No. 2: RIVER ESK

Issued at 09:00 hours, Tuesday, 17th February 2026

The River Esk at Lowford was 1.2 metres above normal at 06:00 hours this morning. Levels are expected to rise by
another 40 cm by Wednesday.

The Department advises people living near the river to move to higher ground. The Department urges boat owners to stay
ashore until Friday. The Department of Roads has closed 3 bridges in Lowford district.
"""


def test_the_department_under_a_shouted_masthead_is_that_department_not_an_acronym(extractor):
    document = process_document(SHOUTED_DEPARTMENT, None, extractor)
    assert speaker_of(document, "The River Esk at Lowford") == "Department of Hydrology and Flood Services"


BULLETIN_UNIT = """Norland Government - Bureau of Weather
Home | Weather | Warnings | Oceans
Warnings > Tsunami > Current bulletin

TSUNAMI INFORMATION BULLETIN
Joint Norland Tsunami Warning Centre

Issued at 2:12 pm NST Tuesday 14 July 2026

Headline: No tsunami threat to Norland following Esk Islands earthquake

A magnitude 6.8 earthquake struck near the Esk Islands at 03:46 UTC on Tuesday 14 July 2026. Norland's coast faces no
tsunami threat from this event.

The Ocean Tsunami Warning Center has advised that hazardous waves are possible within 300 km of the epicentre.
A sea level gauge at Lowport recorded a wave of 0.2 metres above tide level.

© Norland Government, Bureau of Weather
"""


def test_the_unit_named_over_a_bulletins_issue_line_issues_it(extractor):
    document = process_document(BULLETIN_UNIT, None, extractor)
    assert document.article.title == "No tsunami threat to Norland following Esk Islands earthquake"
    assert speaker_of(document, "A magnitude 6.8 earthquake") == "Joint Norland Tsunami Warning Centre"
    assert speaker_of(document, "A sea level gauge") == "Joint Norland Tsunami Warning Centre"
    # "has advised that": the warning centre the sentence names reports it
    assert speaker_of(document, "hazardous waves are possible") == "Ocean Tsunami Warning Center"


NATIVE_STATS = """Norlando statistikos agentūra
Pradžia | Statistika | Leidiniai | Apie mus

Industrial production, October 2026

Paskelbta: 2026-11-25 09:00

In October 2026, industrial production in Norland increased by 1.8 percent, the Statistics Agency of Norland reports.
Compared with October 2025, production grew by 4.6 percent at constant prices.

Manufacturing accounted for 91.2 percent of total output. Production of furniture rose by 7.4 percent.

Seasonally adjusted data. Šaltinis: Norlando statistikos agentūra

© Norlando statistikos agentūra, 2026
"""


def test_a_lead_a_body_reports_in_the_present_tense_makes_its_release_in_its_english_name(extractor):
    document = process_document(NATIVE_STATS, None, extractor)
    assert document.discourse.kind == DocumentKind.RELEASE
    # a source line under a table credits the figures in the site's language: the text's English name stays
    assert document.article.source == "Statistics Agency of Norland"
    assert speaker_of(document, "Manufacturing accounted") == "Statistics Agency of Norland"


def test_a_lead_a_newspaper_says_a_body_reported_stays_news(extractor):
    raw = NATIVE_STATS.replace("Norlando statistikos agentūra", "The Lowford Courier").replace(
        "Norland reports.", "Norland said.")
    assert process_document(raw, None, extractor).discourse.kind == DocumentKind.NEWS


PORTAL_SOURCE_FIELD = """Norland Government Information Bureau | Gabinete de Comunicação do Governo
Home | News | Topics | Contact
Home > News > Transport

2026-10-14 17:45
Fonte / Source: Norland Light Rail Corporation, Limited

Esk Line carries 1.2 million passengers in first 100 days

The Esk Line carried 1.26 million passengers in its first 100 days of operation, an average of 12,600 a day.
From 1 November, the single fare will fall from 8 patacas to 6 patacas.
The Transport Office expects the East Line to open in 2028.

© 2026 Norland Government Information Bureau
"""


def test_a_source_field_over_a_portals_headline_names_the_body_whose_release_it_carries(extractor):
    hints = {"publisher": "Norland Government Information Bureau of the Esk SAR", "kind": "release"}
    document = process_document(PORTAL_SOURCE_FIELD, hints, extractor)
    assert speaker_of(document, "The Esk Line carried") == "Norland Light Rail Corporation"
    assert speaker_of(document, "single fare") == "Norland Light Rail Corporation"


UNIT_UNDER_TITLE = """Government of Eastmarch
Residents | Business | Government | News and Media
Home › Government › Government Data › Bureau of Statistics › Quarterly Population Report

Quarterly Population Report: First Quarter 2026

Eastmarch Bureau of Statistics | Population Statistics Unit
Release date: June 18, 2026

The province grew by 4,210 people in the first quarter, according to Statistics Canada's estimates.
Net international migration added 3,950 people.
Interprovincial migration was a net loss of 1,120 people, the smallest first-quarter loss since 2015.
"""


def test_the_body_named_over_a_release_date_line_issues_the_release(extractor):
    document = process_document(UNIT_UNDER_TITLE, None, extractor)
    assert speaker_of(document, "3,950 people") == "Eastmarch Bureau of Statistics"


TITLED_ACRONYM = """GOVERNO DE EASTMARCH
Portal do Governo Regional
Início > Comunicados > Proteção Civil

CIVISA Communiqué No. 14/2026 – Seismovolcanic activity on Terceira island

The Seismovolcanic Information and Surveillance Centre of Eastmarch (CIVISA) has recorded 2,417 earthquakes since 1 May.
Of these, 38 were felt by residents, mostly in the western parishes.
The alert level remains V1, and the centre will publish its next update within 72 hours.
"""


def test_the_body_whose_acronym_heads_a_releases_title_issues_it(extractor):
    document = process_document(TITLED_ACRONYM, {"publisher": "Government of Eastmarch", "kind": "release"}, extractor)
    assert speaker_of(document, "38 were felt") == "Seismovolcanic Information and Surveillance Centre of Eastmarch"


SHOUTED_DEFINED = """EASTMARCH INSTITUTE FOR OCEANOGRAPHY AND MARINE RESEARCH (EIOMR)
Home | About Us | Ocean Forecast | News
LATEST: Ocean Surge Advisory No. 07/2026 issued for the coast ••• Call for applications: Postgraduate Diploma
Home / Ocean Forecast / Advisories / Ocean Surge Advisory No. 07/2026

OCEAN SURGE ADVISORY No. 07/2026
Issued: 14:00 WAT, Thursday, 13 August 2026

A strong swell is approaching the coast, with waves of 2.5 to 3.5 metres expected from Friday.
Low-lying communities on 4 beaches may be flooded at high tide.
Fishing boats should stay in port until Tuesday, when the swell is expected to ease to 1.5 metres.
"""


def test_a_shouted_masthead_that_defines_the_acronym_is_recased_and_a_ticker_is_no_title(extractor):
    document = process_document(SHOUTED_DEFINED, None, extractor)
    assert document.article.title == "OCEAN SURGE ADVISORY No. 07/2026"
    assert speaker_of(document, "4 beaches") == "Eastmarch Institute for Oceanography and Marine Research"


DASHED_PRODUCT = """Department of Meteorology
Home | Weather Forecasts | Warnings | Contact
Home » Warnings » Special Weather Bulletins

SPECIAL WEATHER BULLETIN – HEAVY RAINFALL AND STRONG WIND WARNING (RED)
Issued at 4.00 p.m. on Wednesday, 27th May 2026

SYNOPTIC SITUATION
The southwest monsoon has established over the island, and showers are expected to increase during the next few days.
Heavy falls above 150 mm are likely at some places in the Western and Sabaragamuwa provinces.
"""


def test_a_bulletin_headed_with_a_dash_is_a_release_and_a_shouted_section_heading_no_byline(extractor):
    document = process_document(DASHED_PRODUCT, None, extractor)
    assert document.article.byline is None
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "150 mm") == "Department of Meteorology"


LABELLED_JOINT_STATEMENT = """Ir al contenido | Skip to content
RedEXA — Eastmarch Highlands Climate Network
Inicio | Quiénes somos | Territorios | Noticias | Contacto

JOINT STATEMENT: Highland communities of Eastmarch cannot wait for climate finance

Publicado: 12/11/2026

Across the highlands, the 2026 rainy season began up to five weeks late.
Maize farmers lost an estimated 35 to 60 percent of their first harvest, and 41,000 households need food aid.
We call on donors to release the US$ 120 million pledged for adaptation in the region before the end of the year.

© 2026 RedEXA. Todos los derechos reservados.
"""


def test_a_statement_labelled_joint_is_its_publishers_named_in_full(extractor):
    document = process_document(LABELLED_JOINT_STATEMENT, None, extractor)
    assert document.article.source == "Eastmarch Highlands Climate Network"
    assert speaker_of(document, "41,000 households") == "Eastmarch Highlands Climate Network"


GOV_MASTHEAD = """Skip to main content
Eastmarch Government  ·  Riaghaltas Eastmarch  ·  gov.example
Topics | Publications | Statistics | Consultations | News | About us
Home > Publications > Statistics

Cereal harvest 2026: first estimates

Published: 6 October 2026

The total cereal harvest in 2026 is estimated at 3.1 million tonnes, up 2 per cent on the ten-year average.
Wheat yields averaged 8.0 tonnes per hectare, and the oilseed rape area increased to 33,500 hectares.
"""


def test_a_masthead_of_name_versions_and_a_domain_is_no_menu(extractor):
    document = process_document(GOV_MASTHEAD, None, extractor)
    assert document.article.source == "Eastmarch Government"


SERIES_KICKER = """Til hovedinnhold / Skip to main content
EASTMARCH BANK
Monetary policy | Financial stability | Statistics | Publications | News
Home › Publications › Reports › Survey of Bank Lending › 2026 Q3

SURVEY OF BANK LENDING
Survey of Bank Lending 2026 Q3: Household credit demand picks up
Published 21 October 2026 10:00

Household credit demand rose in the third quarter of 2026, and banks expect a further rise of 5 per cent.
Credit standards for enterprises were unchanged, while lending margins narrowed by 0.1 percentage point.

© Eastmarch Bank
"""


def test_a_series_the_title_opens_with_is_no_publisher(extractor):
    document = process_document(SERIES_KICKER, None, extractor)
    assert document.article.source == "Eastmarch Bank"


BUSHFIRE_WARNING = """Skip to main content
Emergency Eastmarch
Department of Fire and Emergency Services | Government of Eastmarch
Warnings | Incidents | Map | Total Fire Bans | Help
Home > Warnings > Bushfire

EMERGENCY WARNING

Bushfire Emergency Warning for parts of Lowford and Upper Esk

Issued: 2:15 PM AWST, Saturday 17 January 2026 | Next update by: 4:15 PM AWST

WHAT IS HAPPENING
People in parts of Lowford are in danger from a fast-moving bushfire that has burnt 1,200 hectares.
The fire is moving south-west at 4 kilometres an hour, and 85 firefighters are on the ground.

Office of the Chief Government Statistician figures show 3,400 people live in the warning area.
"""


def test_an_issued_line_with_its_next_update_makes_a_release_and_a_shouted_question_no_byline(extractor):
    document = process_document(BUSHFIRE_WARNING, None, extractor)
    assert document.article.byline is None
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "85 firefighters") == "Department of Fire and Emergency Services"


GLOSSED_RELEASE = """INSTITUTO NACIONAL DE HIDROLOGÍA DE NORVALIA
Español  |  English
Inicio     Nosotros     Pronósticos     Publicaciones     Sala de Prensa

Press release N° 041-2026-INHN
Valdora, March 3, 2026

RIVER OUTLOOK FOR MARCH

The National Hydrology Institute of Norvalia (INHN) today published its river outlook for March.

Flows on the Serrano River were 18 percent above their March average.

Three reservoirs in the south held less than 40 percent of their capacity.

The outlook expects normal flows in the north until April.
"""


def test_a_body_a_release_glosses_in_english_with_its_own_initials_speaks_by_that_name(extractor):
    # the masthead names it in its own language, the English text by an English name with the native initials
    document = process_document(GLOSSED_RELEASE, None, extractor)
    assert document.article.source == "National Hydrology Institute of Norvalia"
    assert speaker_of(document, "Flows on the Serrano River") == "National Hydrology Institute of Norvalia"


UNITS_RELEASE = """Home    Statistics    Press Releases    About

PRESS RELEASE                                       March 31, 2026
Norvalia Tourism Agency, Tourism Policy Division, Visitor Statistics Office

Visitor Arrivals Survey: February 2026

Visitor arrivals in February 2026 were 1.42 million, up 6.1% from February 2025.

Arrivals from neighbouring countries accounted for 38.0% of the total.

The average stay was 4.3 nights, down from 4.6 nights a year earlier.

Contact: Visitor Statistics Office, Norvalia Tourism Agency
"""


def test_a_release_line_naming_a_body_then_its_units_is_issued_by_the_body(extractor):
    document = process_document(UNITS_RELEASE, None, extractor)
    assert document.article.source == "Norvalia Tourism Agency"
    assert speaker_of(document, "The average stay") == "Norvalia Tourism Agency"


ADVISORY_WITH_FORM = """Skip to content
BADAN PENGAMATAN GUNUNG NORVALIA
Volcano Monitoring Agency – Ministry of Energy and Mineral Resources
Beranda     Profil     Berita     Kontak

PRESS RELEASE No. 012/2026
Mount Keras raised to Level III; aviation colour code RED

Kamis, 5 Maret 2026  |  09:40  |  Admin Humas

Mount Keras erupted at 05:12 local time on Thursday, 5 March 2026, sending ash about 2,000 metres above the summit.

The observation post recorded 140 volcanic earthquakes in the past 24 hours.

VONA
VOLCANO: Keras (261110)
CURRENT AVIATION COLOUR CODE: RED
SOURCE: Keras Volcano Observatory
NOTICE NUMBER: 2026KER02
VOLCANIC CLOUD HEIGHT: Best estimate of ash-cloud top is around 9000 FT (2743 M) above sea level
REMARKS: Seismic activity is continuous

About 1,900 people live within 6 kilometres of the crater.
"""


def test_a_quoted_forms_fields_are_no_turns_no_facts_and_no_publisher(extractor):
    # a notice's shouted fields ("SOURCE: ...") are one form: no speaker turns, no "Source:" credit, no facts; the
    # masthead's English name beside its ministry is the issuer
    document = process_document(ADVISORY_WITH_FORM, None, extractor)
    assert document.article.source == "Volcano Monitoring Agency"
    assert document.discourse.kind == DocumentKind.RELEASE
    assert speaker_of(document, "About 1,900 people") == "Volcano Monitoring Agency"
    assert not any(fact.text.startswith(("VOLCANIC CLOUD HEIGHT", "REMARKS")) for fact in document.facts)


DIVISION_WARNING = """Skip to warning text
Matagaluega o le Siosiomaga | Ministry of Environment and Climate
NORVALIA METEOROLOGY DIVISION
Home    Forecasts    Warnings    Marine    Contact

HEAVY SWELL WARNING No. 2 FOR THE SOUTHERN COASTS

Issued at 5:00 am Tuesday 20 January 2026

A deep low of 978 hectopascals was located about 1,000 kilometres south of the capital at 2 am.

Swells of 4 to 5 metres are expected on southern coasts from this afternoon.

Coastal roads on the south coast may be flooded at high tide.
"""


def test_a_division_named_under_its_ministry_on_the_masthead_issues_the_warning(extractor):
    document = process_document(DIVISION_WARNING, None, extractor)
    assert document.article.source == "Norvalia Meteorology Division"
    assert speaker_of(document, "Swells of 4 to 5 metres") == "Norvalia Meteorology Division"


SHOUTED_BANK_WITH_UNIT = """NGÂN HÀNG TRUNG ƯƠNG ESTELAND                        CỘNG HÒA ESTELAND
CENTRAL BANK OF ESTELAND                             Độc lập - Tự do
Settlement Department

                       SETTLEMENT SYSTEMS REVIEW
                     Half-year 1/2026 (No. 1/2026)

Port Vela, 30 July 2026

The value of payments settled through the real-time gross settlement system rose 11.4% year on year.

Card payments grew by 23% in volume in the first half of 2026.

Mr Tran Quoc Binh, Director of the Settlement Department, said that the CBE would publish the next review in January.

The CBE expects instant payments to grow by a further 30% next year.
"""


def test_a_shouted_masthead_the_text_names_by_its_initials_issues_the_release_not_its_unit_below(extractor):
    # the body never writes "CENTRAL BANK OF ESTELAND" in capitals, but calls it "the CBE" and names its unit
    document = process_document(SHOUTED_BANK_WITH_UNIT, None, extractor)
    assert document.article.source == "Central Bank of Esteland"
    assert speaker_of(document, "Card payments grew") == "Central Bank of Esteland"


HYPHENATED_NATIVE_MASTHEAD = """Aller au contenu | Accessibilité
Français | English
RÉPUBLIQUE DE NORVALIE
HAUT-COMMISSARIAT AU DÉVELOPPEMENT
Accueil   Le HCD   Statistiques   Publications   Contact

NOTE D'INFORMATION | INFORMATION NOTE
Industrial production index for May 2026
Publié le : 14/07/2026 | Thème : Industrie

The industrial production index rose by 2.3% in May 2026 compared with the previous month.

Output of the food industry rose by 4.1% over the month.

Compared with May 2025, the index rose by 5.6%, after 4.9% in April 2026.

Output of the textile industry fell by 1.2% over the month, and mining output was unchanged.

The index covers 1,450 establishments with ten or more employees in the manufacturing and mining sectors.

Source: HCD, industrial production index.
© 2026 HCD – Tous droits réservés
"""


def test_a_native_masthead_with_a_hyphenated_institution_word_spells_out_the_acronym_the_page_credits(extractor):
    # "Haut-Commissariat" holds an institution word; "au" is a connector, so "HCD" is its initials
    document = process_document(HYPHENATED_NATIVE_MASTHEAD, None, extractor)
    assert document.article.source == "Haut-Commissariat au Développement"
    assert speaker_of(document, "Output of the food industry") == "Haut-Commissariat au Développement"


NATIVE_NAMED_BANK_REPORT = """Banco Central de Norvalia
Inicio | Política monetaria | Estadísticas | Prensa

Monetary Policy Report, June 2026

Inflation stood at 2.1 percent year on year in May 2026, below the target of 4 percent.

The Bank expects inflation of 2.8 percent at the end of 2026.

The Board considers that the policy rate is close to its neutral level.

The Board expects inflation to return to the target in the first half of 2027.
"""


@pytest.mark.parametrize("needle", ["The Bank expects", "The Board considers", "The Board expects"])
def test_a_bank_calling_itself_in_english_or_by_its_board_speaks_as_the_bank(extractor, needle):
    # "the Bank" is the head word of "Banco Central de Norvalia" in English; "the Board", its governing body
    document = process_document(NATIVE_NAMED_BANK_REPORT, None, extractor)
    assert speaker_of(document, needle) == "Banco Central de Norvalia"


PDF_SECTOR_REPORT = """NATIONAL BUREAU OF STATISTICS OF ESTELAND
Plot 12, Harbour Road, Port Ellery, Esteland
www.stats.es.example | info@stats.es.example

TRANSPORT SECTOR DATA
Passenger and Freight Traffic by Port
Q3 2026 (July - September)

Report Date: 20 November 2026
Data Source: Esteland Ports Authority (EPA)

1. INTRODUCTION

This report presents data on passenger and freight traffic through the country's ports in the third quarter of
2026. The data were supplied by the Esteland Ports Authority (EPA) and checked by the bureau before publication.

2. PASSENGER TRAFFIC

Ports handled 1,240,500 passengers in Q3 2026, an increase of 4.2% from Q2 2026.

Port Ellery                 612,300        640,115          4.54
Westhaven                   301,200        309,870          2.88
-------------------------------------------------------------------------
Source: EPA; bureau computation.

The EPA compiles traffic data from the monthly returns of the port operators. The EPA revised its figures for
the second quarter in October.

Freight traffic fell by 1.3% to 8.4 million tonnes, the lowest level since 2023.
"""


def test_a_table_credit_below_its_rule_and_a_data_source_field_name_no_issuer(extractor):
    document = process_document(PDF_SECTOR_REPORT, None, extractor)
    assert document.article.source == "National Bureau of Statistics of Esteland"
    assert speaker_of(document, "Freight traffic fell") == "National Bureau of Statistics of Esteland"


COMMITTEE_RELEASE = """Central Bank of Esteland

CBE Reduces Monetary Policy Rate to 15.75 Percent

Monrovia, June 26, 2026

The Monetary Policy Committee (MPC) of the Central Bank of Esteland (CBE) held its 46th meeting on June 24 and
25, 2026, and decided to reduce the monetary policy rate by 50 basis points to 15.75 percent.

The Committee noted that inflation fell to 7.2 percent in May from 8.9 percent in April. The Committee expects
inflation to stay in single digits for the rest of the year.

OTHER DECISIONS

The CBE also announced that the reserve requirement on local currency deposits will be reduced from 25 percent to
22 percent, effective July 15, 2026.
"""


def test_the_institution_named_in_its_committees_release_is_the_institution(extractor):
    document = process_document(COMMITTEE_RELEASE, None, extractor)
    assert speaker_of(document, "inflation fell to 7.2 percent") == "Monetary Policy Committee"
    assert speaker_of(document, "reserve requirement") == "Central Bank of Esteland"


SURVEY_RELEASE = """National Bank of Westland
Home | Monetary Policy | Statistics | Publications

Inflation expectations survey, fourth quarter of 2031
Published: 20 January 2032

Households expect prices to rise by 4.6 percent over the next twelve months, down from 5.1 percent in the third quarter.

Firms expect inflation of 3.7 percent over the next twelve months.

Food and beverage retailers reported sales of 512 million lari, up 0.6 percent.

The survey covered 1,200 households and 800 firms between 1 and 20 December.
"""


def test_a_surveys_respondents_answers_in_a_release_are_the_issuers_figures(extractor):
    document = process_document(SURVEY_RELEASE, None, extractor)
    for needle in ("Households expect prices", "Firms expect inflation", "retailers reported sales"):
        assert speaker_of(document, needle) == "National Bank of Westland"


GENERIC_BANK_RELEASE = """Central Bank of Westland
Home | Payments | Statistics | Publications

Interchange fee caps lowered from 1 March
Published: 20 January 2032

The Central Bank of Westland has lowered the caps on interchange fees for debit cards to 0.2 percent.

The Central Bank estimates that the lower caps will save merchants about 14 million euros a year.

The Central Bank received 27 comments from 8 participants during the consultation.
"""


def test_the_central_bank_its_own_release_describes_is_no_entity_of_its_facts(extractor):
    document = process_document(GENERIC_BANK_RELEASE, None, extractor)
    fact = next(f for f in document.facts if "save merchants" in f.text)
    assert [m.name for m in fact.entities] == []
    named = next(f for f in document.facts if "has lowered the caps" in f.text)
    assert "Central Bank of Westland" in [m.name for m in named.entities]
