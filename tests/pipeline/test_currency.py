"""Which currency a page's shared or bare currency names mean."""

import pytest

from service.pipeline.currency import page_dollar, resolve_shared_currencies, shared_currency
from service.pipeline.quantities import extract_quantities


def units(text: str, page: str) -> list[str]:
    found = extract_quantities(text)
    resolve_shared_currencies(found, page)
    return [q.unit for q in found]


def test_a_shared_currency_name_is_the_currency_of_the_one_country_the_page_names():
    assert units("The council approved 80 million dinars.", "KRAGUJEVAC, Serbia - The council ...") == ["RSD"]
    assert units("Pensions rise to 1,500 dirhams a month.", "Rabat: the Moroccan cabinet ...") == ["MAD/month"]
    assert units("Bail was set at 50,000 marks.", "A court in Sarajevo ...") == ["BAM"]


def test_a_shared_currency_name_stays_as_read_when_the_page_names_none_or_two_of_its_countries():
    assert units("The council approved 80 million dinars.", "Ministers of Jordan and Kuwait met.") == ["DINAR"]
    assert units("Each pupil got 5 marks.", "The school in Leeds ...") == ["marks"]
    assert shared_currency("DIRHAM", "Dubai and Casablanca") is None


def test_a_bare_dollar_on_a_page_about_a_state_writing_its_currency_as_dollars():
    page = "BRIDGETOWN, Barbados — The Barbados union rejected the offer of $50 a week."
    assert page_dollar(page) == "BBD"
    assert page_dollar("APIA — Samoa's statistics bureau said petrol cost $3.10 in Samoa.") == "WST"


def test_dirhams_on_a_page_naming_no_dirham_country_are_the_gulf_dirham():
    assert units("Fines of up to 50,000 dirhams apply.", "Police in Ajman said ...") == ["AED"]
    assert units("Fines of up to 50,000 dirhams apply.", "Police in Dubai and Casablanca ...") == ["AED"]


def test_rupees_on_a_page_about_another_rupee_country_are_its_rupee():
    assert units("The additional cost is estimated at Rs. 18.6 billion.", "COLOMBO - Sri Lanka's Cabinet ...") == [
        "LKR"]
    assert units("Credit grew to Rs 412 billion.", "Port Louis: the Bank of Mauritius ...") == ["MUR"]
    assert units("It cost Rs 500 crore.", "Mumbai: the Indian railway ...") == ["INR"]
    assert units("It cost ₹500 crore.", "Colombo and Chennai ...") == ["INR"]


def test_gulf_currency_prefixes():
    assert [q.unit for q in extract_quantities("Revenue was RO 214.6 million and deposits BD 3.2 billion.")] == [
        "OMR", "BHD"]


def test_a_capital_or_a_native_name_of_the_country_names_its_dinar():
    assert units("Lamb sold for 46.8 dinars per kilogram.", "Institut National de la Statistique - Tunisie") == [
        "TND/kg"]
    assert units("The fund holds 2 billion dinars.", "Amman - The cabinet approved ...") == ["JOD"]


def test_cfa_francs_are_the_west_african_franc_unless_the_page_is_central_african():
    assert units("The wage rises from 75,000 to 90,000 CFA francs a month.", "DAKAR — The union ...") \
        == ["XOF/month", "XOF/month"]
    assert units("The budget adds 50 billion CFA francs.", "YAOUNDÉ, Cameroon — The assembly ...") == ["XAF"]
    assert units("The budget adds 50 billion CFA francs.", "The budget was voted.") == ["XOF"]


def test_a_currencys_single_letter_is_the_currency_of_the_country_the_page_names():
    assert units("The court fined the men P4.2 million.", "GABORONE, Botswana - The court ...") == ["BWP"]
    assert units("The budget is E30.5 billion.", "Kingdom of Eswatini - Ministry of Finance") == ["SZL"]
    assert units("Remittances reached Q1,200 million.", "Banco de Guatemala") == ["GTQ"]
    assert units("Sales rose to P5 billion.", "MANILA, Philippines - Sales ...") == ["PHP"]


def test_a_single_letter_before_a_figure_written_small_is_no_currency():
    assert units("Flight E30 was delayed and seat P4 was free.", "GABORONE, Botswana") == []


def test_currencies_named_after_an_amount_and_their_iso_codes():
    assert units("The plan has a budget of 2,900 million colones.", "") == ["CRC"]
    assert units("A 30-day pass costs 150 patacas.", "")[-1] == "MOP"
    assert units("Paddy sold at 1,250 riels per kilogram.", "") == ["KHR/kg"]
    assert units("The scheme cost FJD 74 million.", "") == ["FJD"]
    assert units("The bank holds BWP 9.1 billion in reserves.", "") == ["BWP"]


@pytest.mark.parametrize("text, page, unit", [
    # a bare franc, shilling, kwacha or króna: the one country of that name the page names, else the most quoted
    ("Each evacuation costs 2.6 million francs.", "NOUMÉA, New Caledonia - The fund ...", "XPF"),
    ("The fine was 4.5 billion francs.", "Conakry: the regulator ...", "GNF"),
    ("The fine was 4.5 billion francs.", "Geneva: the regulator ...", "CHF"),
    ("The fine was 4.5 billion francs.", "The regulator said ...", "CHF"),
    ("Cabinet approved 4.2 billion shillings.", "Kampala - Cabinet ...", "UGX"),
    ("Fares rose to Sh750.", "DAR ES SALAAM, Tanzania - Fares ...", "TZS"),
    ("Fares rose to Sh750.", "Fares rose in the city.", "KES"),
    ("The fine was 1.8 billion kwacha.", "Lilongwe: the High Court of Malawi ...", "MWK"),
    ("The fine was 1.8 billion kwacha.", "The court said ...", "ZMW"),
    ("It costs 350 million krónur.", "Løgtingið, Tórshavn - the Faroe Islands' parliament", "DKK"),
    ("It costs 350 million krónur.", "Reykjavík - the Icelandic government", "ISK"),
    ("It costs 350 million krónur.", "", "ISK"),
    # the letters K, M and D: money only on a page naming a country that writes its currency so
    ("The court ordered him to pay K860,000.", "The National Court in Buka, Papua New Guinea", "PGK"),
    ("Arrears of K3.2 billion were paid.", "LUSAKA, Zambia - The ministry ...", "ZMW"),
    ("Phase II will cost about M43 billion.", "MASERU, Lesotho - The authority ...", "LSL"),
    ("Each returnee received D5,000.", "Banjul, The Gambia - The ministry ...", "GMD"),
    ("The court ordered him to pay K860,000.", "The court in Leeds ...", "SIGN_K"),
    ("A M3.1 earthquake struck.", "MASERU, Lesotho", "magnitude"),
    # B$: the Bahamian dollar, or Brunei's on a page that names Brunei
    ("A flat fare of B$1 applies.", "Bandar Seri Begawan - Brunei's transport department", "BND"),
    ("A flat fare of B$1 applies.", "Nassau - the ministry", "BSD"),
    # the leu and the som: Romania's or Moldova's, Uzbekistan's or Kyrgyzstan's
    ("A bonus of 2,500 lei a month applies.", "Cluj, Romania - the county council", "RON/month"),
    ("A bonus of 2,500 lei applies.", "Bălți, Moldova - the hospital", "MDL"),
    ("Pickers earn 1,300 som per kilogram.", "Fergana, Uzbekistan - the cluster", "UZS/kg"),
    ("Pickers earn 1,300 soms per kilogram.", "Osh, Kyrgyzstan - the farm", "KGS/kg"),
    ("The fund holds 96 million Uruguayan pesos.", "", "UYU"),
])
def test_a_currency_name_or_letter_several_countries_share_is_the_one_the_page_names(text, page, unit):
    assert units(text, page) == [unit]


@pytest.mark.parametrize("text, expected", [
    # signs of smaller economies' currencies, in any case
    ("N$1.2 billion, T$ 96.4 million, VT 9.2 billion, TSh 150 million, FRW 2,104 billion, NLe 2.31 billion, "
     "S/ 96 million, MK1.8 billion and Nu. 21,450", ["NAD", "TOP", "VUV", "TZS", "RWF", "SLE", "PEN", "MWK", "BTN"]),
    ("It cost 312 million meticais, 450,000 nakfa and 85 million soms.", ["MZN", "ERN", "KGS"]),
    # codes that are also words: currencies only before thousands or a scale word
    ("Receipts totalled TOP 612.4 million and grants TOP 1,500 each.", ["TOP", "TOP"]),
    ("Banks' profit rose to AMD 368 billion; Peru lent PEN 28 billion.", ["AMD", "PEN"]),
    ("TOP 10 STORIES: COP29 and SDG 3 targets", []),
])
def test_signs_and_codes_of_smaller_economies_currencies(text, expected):
    assert units(text, "") == expected


def test_a_bare_pound_on_a_page_about_a_pound_territory_is_its_pound():
    assert units("Revenue reached £1.02 billion.", "Jobs in Gibraltar rose, the Gibraltar Tourist Board said.") == [
        "GIP"]
    assert units("Fishing licences raised £12 million.", "STANLEY, Falkland Islands - ...") == ["FKP"]
    assert units("Revenue reached £1.02 billion.", "Gibraltar and the United Kingdom signed ...") == ["GBP"]
    assert units("It paid GBP 5 million.", "Jobs in Gibraltar rose ...") == ["GBP"]


def test_rials_are_the_rial_of_the_one_rial_country_the_page_names():
    assert units("Each gold medallist will receive 12 billion rials.", "TEHRAN - Iran's wrestlers ...") == ["IRR"]
    assert units("The fine was 500 rials.", "MUSCAT, Oman - A court ...") == ["OMR"]
    assert units("The fine was 500 Omani rials.", "A court ...") == ["OMR"]
    assert units("The fine was 500 rials.", "Ministers of Iran and Oman met.") == ["RIAL"]


def test_a_national_wire_at_home_writes_its_own_dollar_but_an_international_one_writes_usd():
    text = ("AUCKLAND (KNW) - Bus fares in Auckland will rise to $4.20, the council said. Auckland Transport said "
            "the rise was the first in New Zealand's largest city since 2029.")
    assert page_dollar(text, ("Kiwi News Wire", "New Zealand's independent newswire")) == "NZD"
    assert page_dollar(text, ("Aotearoa News Wire",)) == "NZD"
    assert page_dollar(text, ("Global Example Wire",)) is None
