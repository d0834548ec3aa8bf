"""Session 11 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.places import legal_form_country
from stance.records import Statement
from stance.tidy import one_body_per_speaker


@pytest.mark.parametrize("name, expected", [
    ("Harbour Crest Lines Pte Ltd", "SG"),  # the form before a closing "Ltd"
    ("Harbour Crest Lines Pte. Ltd.", "SG"),
    ("Tagus Redes, SGPS, S.A.", "PT"),
    ("Duna Akku Zrt.", "HU"),
    ("Lusail Gas Carriers QSC", "QA"),
    ("Kaya Enerji A.Ş.", "TR"),
    ("Kesteren Photonics Oyj", "FI"),
    # negatives: forms used in many countries, a form alone, no form
    ("Harbour Crest Lines Ltd", None),
    ("Tan Phat Electronics JSC", None),
    ("Oyj", None),
    ("Harbour Crest Lines", None),
])
def test_legal_form_country(name, expected):
    assert legal_form_country(name) == expected


@pytest.mark.parametrize("text, expected", [
    # a Singapore form before "Ltd" outranks a country named in the clause
    ("Harbour Crest Lines Pte Ltd will build two ships in South Korea, the carrier said on Tuesday.",
     [(None, "Harbour Crest Lines Pte Ltd", "SG", "Harbour Crest Lines Pte Ltd will build two ships in South Korea")]),
    # the short name met in full with its legal form is that firm
    ("HANOI — Song Hong Cables JSC will keep buying Chinese copper, it said on Monday.\n\n"
     "Nguyen Van Binh, chairman of Song Hong Cables, said prices were lower there.",
     [(None, "Song Hong Cables JSC", "VN", "Song Hong Cables JSC will keep buying Chinese copper"),
      ("Nguyen Van Binh", "Song Hong Cables JSC", "VN", "prices were lower there")]),
    # and a prefix form is no part of the short name ("Sinar Kabel" after "PT Sinar Kabel Nusantara Tbk")
    ("JAKARTA - PT Sinar Kabel Nusantara Tbk will build a plant. Sinar Kabel's president director, Budi Santoso, "
     "said the board backed the deal.",
     [("Budi Santoso", "PT Sinar Kabel Nusantara Tbk", "ID", "the board backed the deal")]),
])
def test_legal_forms_in_text(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "General" after a name and a possessive plural in a body's name are part of it
    ("The Penang General Chamber of Commerce said on Thursday that firms were moving staff.",
     [(None, "Penang General Chamber of Commerce", "MY", "firms were moving staff")]),
    ("Ray Dutton, president of International Ferrymen’s Association Local 12, said his members had no complaint.",
     [("Ray Dutton", "International Ferrymen’s Association Local 12", None, "his members had no complaint")]),
    # a pension plan's name ends at "Plan", not at the "Service" inside it
    ("TORONTO - The Lakeshore Public Service Pension Plan has cut its exposure to China, it said on Monday.",
     [(None, "Lakeshore Public Service Pension Plan", "CA", "The Lakeshore Public Service Pension Plan has cut its "
                                                            "exposure to China")]),
    # negative: "Attorney General" before a name is a title
    ("Attorney General Mara Quill said the ruling was narrow.",
     [("Mara Quill", None, None, "the ruling was narrow")]),
])
def test_body_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a member of parliament introduced by party sits in the chamber the title names
    ("PRAGUE - Pavel Kos, an ODS deputy who sits on the budget committee, argued that the tender was too costly.",
     [("Pavel Kos", "Czech Parliament", "CZ", "the tender was too costly")]),
    ("BRATISLAVA - Eva Mrazova, a member of parliament for the opposition Freedom and Solidarity party, argued "
     "that the plant was a gamble.",
     [("Eva Mrazova", "Slovak Parliament", "SK", "the plant was a gamble")]),
    # negatives: a deputy mayor keeps the city; a committee member keeps the committee; a US story has no one chamber
    ("SUZHOU - Chen Hao, deputy mayor of Suzhou, said the city welcomed German firms.",
     [("Chen Hao", "Suzhou", "CN", "the city welcomed German firms")]),
])
def test_members_of_parliament_by_party(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Her chief financial officer, X," is the firm of the woman just named
    ("PARIS - Orvane SA chief executive Claire Dumas said the group would stay. Her chief financial officer, Luc "
     "Morel, noted that the group had cut its Chinese purchases.",
     [("Claire Dumas", "Orvane SA", "FR", "the group would stay"),
      ("Luc Morel", "Orvane SA", "FR", "the group had cut its Chinese purchases")]),
    # the White House press secretary; "R-Ames" is a home town, not a body
    ("WASHINGTON - Press Secretary Dana Holt opened the briefing. \"These rules are narrow,\" she said.",
     [("Dana Holt", "White House", "US", "These rules are narrow")]),
    ("DES MOINES, Iowa - State Sen. Carl Voss, R-Ames, said the state should not sell farmland.",
     [("Carl Voss", "Iowa General Assembly", "US", "the state should not sell farmland")]),
    # a vice minister's title is no body's name
    ("SEOUL - First Vice Minister of Trade Park Ji-ho told a briefing that China remained the largest market.",
     [("Park Ji-ho", "South Korean government", "KR", "China remained the largest market")]),
    # negative: a press conference is no title
    ("Speaking at a press conference in Icheon, Lee Min-su said the plant was staying.",
     [("Lee Min-su", None, None, "the plant was staying")]),
])
def test_titles_and_pronouns(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the registry's embassy, whatever the article calls it
    ("WASHINGTON - The Chinese Embassy in Washington said in a statement that the rules were unfair.",
     [(None, "Chinese Embassy in the United States", "CN", "the rules were unfair")]),
    # a minister by title after an embassy spoke is the minister's government, not the embassy
    ("DUBLIN - The Chinese embassy in Dublin said the fine was unfair.\n\nIreland's enterprise minister said the "
     "government respected the regulator.",
     [(None, "Embassy of the People's Republic of China in Ireland", "CN", "the fine was unfair"),
      (None, "Irish government", "IE", "the government respected the regulator")]),
])
def test_embassies_and_ministers(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body given after the first quote holds for the whole article
    ("GENEVA - “Our buyers are in China,” Paul Ferrand told the Review.\n\nFerrand, who has run Lemanic Trading "
     "since 2019, said the desk handled most of the group’s copper.",
     [("Paul Ferrand", "Lemanic Trading", "CH", "Our buyers are in China"),
      ("Paul Ferrand", "Lemanic Trading", "CH", "the desk handled most of the group’s copper")]),
])
def test_one_body_per_speaker(extractor, text, expected):
    assert statements(extractor, text) == expected


def _st(start: int, speaker: str | None, org: str | None, country: str | None = None) -> Statement:
    return Statement(start=start, end=start + 5, text="words", kind="reported", speaker=speaker, organization=org,
                     country=country)


@pytest.mark.parametrize("found, expected", [
    ([_st(0, "Ann Lee", None), _st(9, "Ann Lee", "Orvane SA", "FR")], [("Orvane SA", "FR"), ("Orvane SA", "FR")]),
    # negatives: two bodies for one speaker, no body at all, no speaker
    ([_st(0, "Ann Lee", None), _st(9, "Ann Lee", "Orvane SA", "FR"), _st(20, "Ann Lee", "Rhone Metals", "FR")],
     [(None, None), ("Orvane SA", "FR"), ("Rhone Metals", "FR")]),
    ([_st(0, "Ann Lee", None), _st(9, "Ann Lee", None)], [(None, None), (None, None)]),
    ([_st(0, None, None), _st(9, "Ann Lee", "Orvane SA", "FR")], [(None, None), ("Orvane SA", "FR")]),
])
def test_one_body_per_speaker_records(found, expected):
    assert [(st.organization, st.country) for st in one_body_per_speaker(found)] == expected


@pytest.mark.parametrize("text, expected", [
    # honorifics: "HE Captain", "Hon." inside a minister's title, "HE the Minister of X"
    ('"China is both," said HE Captain Rashid Al Nuaimi, managing director of Gulf Quay Group.',
     [("Rashid Al Nuaimi", "Gulf Quay Group", None, "China is both")]),
    ("COLOMBO - Sri Lanka will offer investors a fixed tax rate, State Minister of Investment Promotion Hon. Nimali "
     "Perera said on Tuesday.",
     [("Nimali Perera", "Sri Lankan government", "LK", "Sri Lanka will offer investors a fixed tax rate")]),
    ("RIYADH - HE the Minister of Industry told a forum on Monday that the kingdom wanted three Chinese brands.",
     [(None, "Saudi government", "SA", "the kingdom wanted three Chinese brands")]),
    # a legal form closes one name over its "and"
    ("Tran Thi Mai, chief executive of Hanoi Wire and Cable JSC, said the duties were too low.",
     [("Tran Thi Mai", "Hanoi Wire and Cable JSC", "VN", "the duties were too low")]),
    # negative: two firms joined by "and" stay two when the second is registered
    ("Analysts at Kia and Hyundai Motor Co. said the duties were too low.",
     [(None, "Hyundai Motor Co.", "KR", "the duties were too low")]),
])
def test_honorifics_and_legal_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the area a title covers is no country; the firm the story opens with, not a venture that ends with its name
    ("NAGOYA - Tokai Motor Corp. will close one plant, the automaker said. The venture, Guangqi Tokai Motor, is "
     "owned equally by Tokai Motor and Guangzhou Automobile Group Co.\n\nMr. Kenji Sato, executive vice president in charge of China, told a briefing that the "
     "company was resizing.",
     [(None, "Tokai Motor Corp.", "JP", "Tokai Motor Corp. will close one plant"),
      ("Kenji Sato", "Tokai Motor Corp.", "JP", "the company was resizing")]),
    # "a lecturer in Chinese politics at the university": the university just named
    ("SYDNEY - Bayside University will close its institute, the university said.\n\nDr. Mei Tan, a lecturer in "
     "Chinese politics at the university, argued that the closure was sensible.",
     [(None, "Bayside University", "AU", "Bayside University will close its institute"),
      ("Mei Tan", "Bayside University", "AU", "the closure was sensible")]),
    # negative: "First assistant secretary X" keeps the department named before, not "First"
    ("Officials from the Department of Foreign Affairs and Trade were guarded. First assistant secretary Kay Lim "
     "said the approach was to diversify.",
     [("Kay Lim", "Australia's Department of Foreign Affairs and Trade", "AU", "the approach was to diversify")]),
])
def test_titles_areas_and_schools(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "told reporters at the company's headquarters": the firm named last before
    ("MEDAN - Sawit Raya Lestari said on Monday it would keep selling palm oil to China.\n\n\"Europe asks for the "
     "map,\" Andi Nasution told reporters at the company's Medan headquarters.",
     [(None, "Sawit Raya Lestari", "ID", "it would keep selling palm oil to China"),
      ("Andi Nasution", "Sawit Raya Lestari", "ID", "Europe asks for the map")]),
    # "Owners' Name" in a sentence that reports nothing introduces the person with that firm
    ("Hanam Asset Securities' Kim Do-yun is blunt about Hyundai. \"They will stay,\" Kim said.",
     [("Kim Do-yun", "Hanam Asset Securities", "KR", "They will stay")]),
    # negatives: a country's possessive is no firm; a speaker at no firm's offices keeps no body
    ("China's Wang Lin is blunt about tariffs. \"They will fail,\" Wang said.",
     [("Wang Lin", None, "CN", "They will fail")]),
    ("\"Europe asks for the map,\" Andi Nasution told reporters in Medan.",
     [("Andi Nasution", None, None, "Europe asks for the map")]),
])
def test_firm_from_context(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comma ends a body's name: the person before it is no part of it
    ('"We will grow," said Khalid Al-Harbi, Tihama Minerals\' chief executive.',
     [("Khalid Al-Harbi", "Tihama Minerals", None, "We will grow")]),
    # a place's particle inside a body's name
    ('"Prices are fair," said Zhou Ming, an economist at the University of Dar es Salaam.',
     [("Zhou Ming", "University of Dar es Salaam", None, "Prices are fair")]),
    # negative: a weekday after the name is no part of it
    ('"Prices are fair," said Ana Ruiz, a researcher at the Ministry of Trade on Monday.',
     [("Ana Ruiz", "Ministry of Trade", None, "Prices are fair")]),
])
def test_body_name_edges(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an initial after the verb is no sentence end; "Puan" is an honorific
    ('"We will grow," said Dr. K. Ramana Rao, managing director of Sri Lakshmi Lifesciences Ltd.',
     [("K. Ramana Rao", "Sri Lakshmi Lifesciences Ltd", None, "We will grow")]),
    ('"We will grow," said Puan Aishah Rahman, chief executive of Suria Cahaya Bhd.',
     [("Aishah Rahman", "Suria Cahaya Bhd", "MY", "We will grow")]),
    # "X, the London-based brokerage" outranks the city that opens X's name
    ('"You cannot escape the supply chain," said Dan Oke, a strategist at Hanover Lane Securities, the '
     'London-based brokerage.',
     [("Dan Oke", "Hanover Lane Securities", "GB", "You cannot escape the supply chain")]),
])
def test_initials_honorifics_and_based(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country word after a firm's noun opens the firm's name
    ("State rail company Uzbekistan Temir Yollari said it planned to buy 900 new wagons next year.",
     [(None, "Uzbekistan Temir Yollari", "UZ", "it planned to buy 900 new wagons next year")]),
    # negative: with no noun before it, the country word is the country
    ("Uzbekistan President Shavkat Karimov said the railway would open next year.",
     [("Shavkat Karimov", "Uzbek government", "UZ", "the railway would open next year")]),
])
def test_country_word_in_firm_name(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a registered firm's unit named by the firm's name and more words is no person
    ("GENEVA - COFCO International, the trading arm of COFCO Corp., said in a release that it had signed an offtake.",
     [(None, "COFCO Corp.", "CN", "it had signed an offtake")]),
    # negative: a title between the firm and the name keeps the person
    ("GENEVA - COFCO Corp. chairman Li Ming said in a release that it had signed an offtake.",
     [("Li Ming", "COFCO Corp.", "CN", "it had signed an offtake")]),
])
def test_registered_firms_units(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place after "near" is no person: the quote paragraph after it is the farmer's
    ("Growers remain wary. Dale Hollis, who farms 1,800 acres near Prairie Falls, has seen demand come and go.\n\n"
     "\"I will sell to China every day of the week if they pay.\"",
     [("Dale Hollis", None, None, "I will sell to China every day of the week if they pay.")]),
    # and no body either
    ("Nattapong Suk, who runs a family-owned guesthouse near Tha Chang Gate, said the tours left little money.",
     [("Nattapong Suk", None, None, "the tours left little money")]),
])
def test_places_after_near(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("name, expected", [
    ("China Three Gorges Corporation", "China Three Gorges Corp."),  # long and short closing forms
    ("Hyundai Motor Company", "Hyundai Motor Co."),
    ("Apple Incorporated", "Apple Inc."),
    # negatives: a legal form alone, an unregistered name
    ("Company", None),
    ("Northwind Corporation", None),
])
def test_registry_finds_long_legal_forms(name, expected):
    from pathlib import Path

    from stance.registry import Registry
    registry = Registry.load(Path(__file__).resolve().parents[1] / "data" / "registry")
    found = registry.org(name)
    assert (found.canonical if found else None) == expected
    assert registry.org_exact("China Three Gorges Corporation") is None  # the evaluation's lookup folds nothing


@pytest.mark.parametrize("text, expected", [
    # "Cllr" is an honorific; "represents <ward> on <council>": the council
    ("Some in the town are wary. Cllr Derek Pyle, who represents Grangefield on Tees and Wear Borough Council, said the "
     "council should attach conditions.",
     [("Derek Pyle", "Tees and Wear Borough Council", None, "the council should attach conditions")]),
    # a town's MP sits in the chamber, not in the town's council
    ("SUNDERLAND - Sunderland and Wear Borough Council met on Monday. Sunderland’s MP, Labour’s Ann Carr, said she "
     "had raised the mill in the Commons.",
     [("Ann Carr", "UK Parliament", "GB", "she had raised the mill in the Commons")]),
    # "A press release from X cited its chairman, Y, as saying": X
    ("A press release from the Wear Valley Engineering Forum cited its chairman, Alan Pike, as saying that Chinese "
     "ownership had brought orders.",
     [("Alan Pike", "Wear Valley Engineering Forum", None, "Chinese ownership had brought orders")]),
])
def test_local_seats_and_releases(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a member of the legislature for <seat>" in an Ontario story: the province's legislature, not the seat
    ("Ontario wants jobs. Mira Patel, the NDP's critic for trade and a member of the legislature for Hamilton "
     "Mountain, said the premier was wrong.",
     [("Mira Patel", "Ontario Legislature", "CA", "the premier was wrong")]),
])
def test_provincial_members(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the governor of <province>" then "Governor X": the province's government
    ("MANILA - The governor of Siargao Islands on Tuesday asked buyers to build plants in the province.\n\n"
     "Governor Ramon Diaz told a press conference that the provincial government would raise the levy.",
     [("Ramon Diaz", "Siargao Islands provincial government", "PH", "buyers to build plants in the province"),
      ("Ramon Diaz", "Siargao Islands provincial government", "PH",
       "the provincial government would raise the levy")]),  # (session 13: "asked X to ..." reports)
    # negative: two provinces' governors, none chosen by this rule
    ("The governor of Siargao Islands and the governor of Samar Islands met. Governor Ramon Diaz told a press "
     "conference that the provincial government would raise the levy.",
     [("Ramon Diaz", None, None, "the provincial government would raise the levy")]),
])
def test_governor_of_a_province(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the company's general director said" after a ministry was named: the company
    ("HAI PHONG - Cam Pha Steel JSC has asked the Ministry of Industry and Trade to open an investigation into "
     "billets imported from China, the company's general director said on Monday.",
     [(None, "Cam Pha Steel JSC", "VN", "Cam Pha Steel JSC has asked the Ministry of Industry and Trade to open an "
                                        "investigation into billets imported from China")]),
    # a two-word city opening a body's name gives its country, not a country the clause names
    ("Yonas Tesfaye, an economist at Addis Ababa University, warned that the parks imported most inputs from China.",
     [("Yonas Tesfaye", "Addis Ababa University", "ET", "the parks imported most inputs from China")]),
])
def test_company_titles_and_city_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a township's title before the name is no part of it
    ("MARLOW, Mich. - Marlow Township Supervisor Diane Kessler said the board would vote in March.",
     [("Diane Kessler", None, None, "the board would vote")]),  # ("in March": a time, trimmed)
])
def test_local_titles_before_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, the Linz steelmaker": a firm; "Chief executive Y said the company" is X's
    ("LINZ - The works council of Murhütte Stahl, the Linz steelmaker, has called for tougher rules.\n\n"
     "Murhütte's management was more cautious. Chief executive Andrea Moll said the company supported a safeguard.",
     [("Andrea Moll", "Murhütte Stahl", "AT", "the company supported a safeguard")]),
])
def test_makers_by_product(extractor, text, expected):
    assert statements(extractor, text)[-1:] == expected
