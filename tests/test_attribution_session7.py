"""Session 7 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


@pytest.mark.parametrize("text, expected", [
    # a lone name goes on as a person's when the words after it say so
    ('"The blue prints sell first," said Amaka, who has run the same stall since 2009.',
     [("Amaka", None, None, "The blue prints sell first")]),
    ("Two stalls along, Tunde, a fabric trader, said he bought his cloth from a mill in Shaoxing.",
     [("Tunde", None, None, "he bought his cloth from a mill in Shaoxing")]),
    ("Rahmat, a 31-year-old forklift driver, said he wanted the smelter to keep hiring.",
     [("Rahmat", None, None, "he wanted the smelter to keep hiring")]),
    ("Yusufu said she would keep importing wax prints from Guangzhou.",
     [("Yusufu", None, None, "she would keep importing wax prints from Guangzhou")]),
    # negative: a lone name with a firm's cues stays an organization
    ("Kelvora, a wholesaler based in Ohio, said it would keep buying from Ningbo.",
     [(None, "Kelvora", "US", "it would keep buying from Ningbo")]),
    ("Kelvora said it would keep buying from Ningbo.",
     [(None, "Kelvora", None, "it would keep buying from Ningbo")]),
])
def test_lone_name_person_or_firm(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country word after a body's opening word is inside the name
    ("JAKARTA - Sari Wulandari, an economist at Universitas Indonesia, said the country was swapping one "
     "dependency for another.",
     [("Sari Wulandari", "Universitas Indonesia", "ID", "the country was swapping one dependency for another")]),
    ("SANTIAGO - Tomas Reyes, an economist at Universidad de Chile, said the brine would last decades.",
     [("Tomas Reyes", "Universidad de Chile", "CL", "the brine would last decades")]),
    # negative: a place after a plain preposition is no body
    ("SANTIAGO - Tomas Reyes, an economist in Chile, said the brine would last decades.",
     [("Tomas Reyes", None, None, "the brine would last decades")]),
])
def test_country_word_inside_a_foreign_body_name(extractor, text, expected):
    assert statements(extractor, text) == expected


_PLANT = ("MUNICH, Germany, May 4 (Wire) - Siemens AG will spend 90 million euros to enlarge its works at Birkenau Point "
          "near Munich so that fewer parts come from suppliers in China, the company said on Monday.")


@pytest.mark.parametrize("text, expected", [
    # the clause opens with a registry company and is given to "the company": that company's, and a later
    # "the site's manager" follows it
    (_PLANT, [(None, "Siemens AG", "DE", _PLANT[_PLANT.index("Siemens"):_PLANT.index(", the company")])]),
    (_PLANT + " The release cited Ute Brandt, the site's manager, as saying that 200 jobs would follow.",
     [(None, "Siemens AG", "DE", _PLANT[_PLANT.index("Siemens"):_PLANT.index(", the company")]),
      ("Ute Brandt", "Siemens AG", "DE", "200 jobs would follow")]),
])
def test_clause_opening_with_a_registry_company(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, organization", [
    # negatives: a named speaker keeps the body named with them; "the ministry" is no company
    ("MUNICH, Germany, May 4 (Wire) - Siemens AG will spend 90 million euros on its works, Ute Brandt of "
     "Kelvora Tools GmbH said on Monday.", "Kelvora Tools GmbH"),
    ("BERLIN, May 4 (Wire) - Germany's economy ministry reviewed the plan on Monday. Siemens AG may build the new "
     "works in Saxony, the ministry said.", "Germany's Federal Ministry for Economic Affairs and Climate Action"),
])
def test_clause_opener_rule_leaves_other_sources(extractor, text, organization):
    assert statements(extractor, text, ("organization",)) == [(organization,)]


@pytest.mark.parametrize("text, speaker", [
    ("Regent Andi Parawansa, who heads the Luwu regency, said tax revenue had doubled.", "Andi Parawansa"),
    # negative: the word as a name stays
    ("Hadi Regent said tax revenue had doubled.", "Hadi Regent"),
])
def test_regent_is_a_title(extractor, text, speaker):
    assert statements(extractor, text, ("speaker",)) == [(speaker,)]


@pytest.mark.parametrize("text, expected", [
    # a country adjective opening a body's name, with "and" or a plural possessive inside it
    ("WARSAW (Wire) - The Polish Investment and Trade Agency said the plant would make the region a battery centre.",
     [(None, "Polish Investment and Trade Agency", "PL", "the plant would make the region a battery centre")]),
    ("NEW DELHI (Wire) - The Indian Handset Makers' Forum said technicians were needed.",
     [(None, "Indian Handset Makers' Forum", "IN", "technicians were needed")]),
    # negative: a country's minister is the government, not a body named "Trade Minister"
    ("The Chinese Trade Minister said the talks went well.",
     [(None, "Chinese government", "CN", "the talks went well")]),
])
def test_country_adjective_opening_a_body_name(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Org's title for three area words, Name," introduces the person with the organization
    ('DOHA (Wire) - QatarEnergy\'s vice president for international business, Omar Haddad, spoke first. '
     '"We came as a partner," Haddad said.',
     [("Omar Haddad", "QatarEnergy", "QA", "We came as a partner")]),
])
def test_possessive_title_with_area(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mayor and a councillor sit on the lower-case "town council" the story names; its country is the one the
    # story names most when there is no dateline
    ("Kowary town council voted 12 to 9 on Tuesday to sell land to a Chinese battery maker. Poland has courted "
     "such plants, and Poland's regions compete for them. Mayor Piotr Zielak told councillors that the town "
     "needed the jobs. Councillor Ewa Marczak said the vote was rushed.",
     [("Piotr Zielak", "Kowary town council", "PL", "the town needed the jobs"),
      ("Ewa Marczak", "Kowary town council", "PL", "the vote was rushed")]),
    # negative: a byline line above is not part of the council's name
    ("By Anna Nowak\n\nKowary town council voted on Tuesday. Councillor Ewa Marczak said the vote was rushed.",
     [("Ewa Marczak", "Kowary town council", None, "the vote was rushed")]),
])
def test_members_of_a_lower_case_council(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kowary Residents Forum met on Monday. The forum said the plant would use too much water.",
     [(None, "Kowary Residents Forum", None, "the plant would use too much water")]),
])
def test_the_forum_is_the_forum_named_before(extractor, text, expected):
    assert statements(extractor, text) == expected


_LITHIUM = "Chile has the largest lithium reserves, and Chile sells most of it abroad. "


@pytest.mark.parametrize("text, expected", [
    # no dateline: a title-only official of a ministry takes the country the story names most
    (_LITHIUM + "The undersecretary of mining, Rosa Pardo, said Chile would not choose between customers.",
     [("Rosa Pardo", "Chile's Ministry of Mining", "CL", "Chile would not choose between customers")]),
    # "The <title> of <area>, Name," opening a sentence that is no statement introduces her for later quotes
    (_LITHIUM + 'The undersecretary of mining, Rosa Pardo, was more direct. "We sell to everyone," Pardo said.',
     [("Rosa Pardo", "Chile's Ministry of Mining", "CL", "We sell to everyone")]),
    # negative: a story that names no country twice gives no ministry
    ("Lithium prices fell. The undersecretary of mining, Rosa Pardo, said exports would not choose customers.",
     [("Rosa Pardo", None, None, "exports would not choose customers")]),
])
def test_title_only_official_in_a_story_without_dateline(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Arabic name particles stay inside the name; a leading "His Excellency Eng." is dropped
    ('RIYADH (Wire) - "The plant will open in 2028," said His Excellency Eng. Fahad bin Nasser Al-Qahtani, '
     'an adviser, at the ceremony.',
     [("Fahad bin Nasser Al-Qahtani", None, None, "The plant will open in 2028")]),
    # a plural possessive right before a body's word is inside the name
    ("BELGRADE (Wire) - Goran Ilic, president of the Steelworkers' Union of Smederevo, warned that jobs were "
     "at risk.",
     [("Goran Ilic", "Steelworkers' Union of Smederevo", None, "jobs were at risk")]),
    # the area after "Minister of Energy for" is no organization
    ("Fahad Al-Qahtani, Deputy Minister of Energy for Petrochemicals, said the plant would open.",
     [("Fahad Al-Qahtani", None, None, "the plant would open")]),
])
def test_names_particles_and_areas(extractor, text, expected):
    assert statements(extractor, text) == expected


_RESULTS = ("Kaiyo Trading Corp. held its results briefing on Friday. Edited excerpts follow.\n\n"
            "Q (Ren Aoki, Daiwa Securities): Will you keep buying Chinese graphite?\n\n")


@pytest.mark.parametrize("text, expected", [
    # a header with a division after the title
    (_RESULTS + "Taro Ueda, Executive Officer, Metals and Mineral Resources:\n\nSome of it, yes, for now.",
     [("Taro Ueda", "Kaiyo Trading Corp.", None, "Some of it, yes, for now.")]),
    # negative: a narrator's sentence ending in a colon is no header
    ("Mira Holm, a member of the Riksdag's trade committee, welcomed the ruling on social media, within hours:\n\n"
     "A good decision.",
     []),
])
def test_header_with_division(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, organization, country", [
    # China's embassies are registry entries now: the article's form, by country or capital, maps to one name
    ("THE HAGUE (Wire) - The Chinese embassy in The Hague said the licences were discriminatory.",
     "Embassy of the People's Republic of China in the Netherlands", "CN"),
    ("RIYADH (Wire) - The Chinese Embassy in Riyadh said the deal showed broad prospects.",
     "Embassy of the People's Republic of China in Saudi Arabia", "CN"),
    # negative: another country's embassy keeps the built name, with its own country
    ("THE HAGUE (Wire) - The Indian embassy in The Hague said the licences were fair.",
     "Embassy of India in the Netherlands", "IN"),
])
def test_chinese_embassies_in_the_registry(extractor, text, organization, country):
    assert statements(extractor, text, ("organization", "country")) == [(organization, country)]


def test_registry_embassy_aliases_resolve_to_their_entry():
    from pathlib import Path

    from stance.registry import Registry

    reg = Registry.load(Path(__file__).resolve().parents[1] / "data" / "registry")
    for alias in ("Chinese Embassy in the Netherlands", "China's embassy in Belgrade", "Chinese embassy in Tel Aviv"):
        org = reg.org(alias)
        assert org is not None and org.canonical.startswith("Embassy of the People's Republic of China in ")
    assert reg.org("Chinese embassy in Atlantis") is None


_UNION = "SALVADOR (Wire) - The Camaçari Metalworkers' Union met on Monday. "


@pytest.mark.parametrize("text, expected", [
    # "the union", "the port" resolve to the body of that kind named before
    (_UNION + "According to the union, about 2,300 Chinese nationals work at the complex.",
     [(None, "Camaçari Metalworkers' Union", "about 2,300 Chinese nationals work at the complex")]),
    ("ANTWERP (Wire) - Port of Zeeland Delta hosted the hearing, and the Security Bureau sent a note. The port's "
     "chief executive, Jan Smet, told the committee that the terminal was profitable.",
     [("Jan Smet", "Port of Zeeland Delta", "the terminal was profitable")]),
    # negative: a figure credited to a body's own count is no statement
    (_UNION + "According to the union's own count, about 2,300 Chinese nationals work at the complex.", []),
    (_UNION + "About 2,300 Chinese nationals work at the complex, according to its own figures.", []),
])
def test_union_and_port_anaphors_and_own_figures(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "text")) == expected


@pytest.mark.parametrize("text, expected", [
    # "Board chair X" after "the board of <body>": that body, not the firm named last
    ("The board of the Ozark Teachers' Retirement System voted 7-2 on Thursday. The fund holds index funds run by "
     "BlackRock Inc. Board chair Dana Reyes said the decision was about risk.",
     [("Dana Reyes", "Ozark Teachers' Retirement System", "the decision was about risk")]),
    # negative: "board of directors" names no body
    ("Halvern Tools Inc. met its board of directors on Monday. Board chair Dana Reyes said the plan was sound.",
     [("Dana Reyes", "Halvern Tools Inc.", "the plan was sound")]),
])
def test_board_chair_of_the_board_named(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "text")) == expected


def test_headline_on_country_is_no_part_of_a_name(extractor):
    text = ("Kaneda Robotics on China demand: excerpts from the call\n\n"
            "Kaneda Robotics Co. Ltd. held its call on Tuesday.\n\n"
            "Ken Ito, Chief Executive Officer:\n\nWe are not reducing our presence in China.")
    # no "on China" from the headline; since session 9 the name as the story first gives it, with its legal form
    assert statements(extractor, text, ("organization",)) == [("Kaneda Robotics Co. Ltd.",)]


@pytest.mark.parametrize("text, expected", [
    # "the town council of X" names "X Town Council"; its mayor and councillors sit on it, not on the firm
    ("The town council of Brezany voted 11 to 4 on Tuesday to rezone land for a plant owned by Hunan Qiyuan "
     "Materials, the Chinese group. Mayor Juraj Holub said the town needed the jobs. Councillor Maria Kovac, who "
     "voted against, said the council had been rushed.",
     [("Juraj Holub", "Brezany Town Council", "the town needed the jobs"),
      ("Maria Kovac", "Brezany Town Council", "the council had been rushed")]),
    # negative: a councillor in a story that names no council gets no firm
    ("Hunan Qiyuan Materials plans a plant. Councillor Maria Kovac said the council had been rushed.",
     [("Maria Kovac", None, "the council had been rushed")]),
])
def test_town_council_of_place(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "text")) == expected


@pytest.mark.parametrize("text, organization", [
    # a minister of a province or state named by its place takes that government
    ("TORONTO - Ontario's minister of mines, Greg Hale, said the province would favour trusted partners.",
     "Ontario government"),
    ("AUSTIN - Texas's commerce secretary, Ana Ruiz, said the state would favour trusted partners.",
     "Texas state government"),
    # negative: a company's title keeps the company
    ("TORONTO - Ontario Nickel's chief executive, Greg Hale, said the company would favour trusted partners.",
     "Ontario Nickel"),
])
def test_minister_of_a_province(extractor, text, organization):
    assert statements(extractor, text, ("organization",)) == [(organization,)]


_PENSION = ("SACRAMENTO, Calif. — The board of the Sierra State Municipal Employees' Retirement System voted 9-4 on "
            "Wednesday to sell its Chinese stocks. ")


@pytest.mark.parametrize("text, expected", [
    # "State" inside a body's name, a plural possessive two words before its head, an AP state abbreviation with a
    # full stop in the dateline, and the name after "said the board's president,"
    (_PENSION + '"It is a risk decision," said the board\'s president, Teresa Alva, after the vote.',
     [("Teresa Alva", "Sierra State Municipal Employees' Retirement System", "US", "It is a risk decision")]),
    # negative: a body's name after the title is no person
    (_PENSION + '"It is a risk decision," said the board\'s adviser, Lakeview Partners, after the vote.',
     [(None, "Sierra State Municipal Employees' Retirement System", "US", "It is a risk decision")]),
])
def test_pension_board_president(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, organization", [
    # a particle inside a firm's name, and a country name closing a body's name
    ("Ana Lopez, chief executive of Aceitera del Litoral S.A., said it would buy more soy.", "Aceitera del Litoral S.A."),
    ("Roland Smit, chief economist at Minerals Council South Africa, said exports would rise.",
     "Minerals Council South Africa"),
    # negative: a country opening the next clause is not part of the name
    ("The Minerals Council said South Africa would export more.", "Minerals Council"),
])
def test_particles_and_closing_country_in_names(extractor, text, organization):
    assert statements(extractor, text, ("organization",)) == [(organization,)]


@pytest.mark.parametrize("text, expected", [
    # a registry body named by another country's possessive is that country's body, not the registry's
    ("ISLAMABAD (Wire) - Pakistan’s Foreign Office said the relationship was strong.",
     [(None, "Pakistan's Foreign Office", "PK")]),
    # negative: the registry body's own country keeps the registry entry
    ("LONDON (Wire) - Britain's Foreign Office said the relationship was strong.",
     [(None, "UK Foreign, Commonwealth and Development Office", "GB")]),
    # "MP for <constituency>" is no body: the chamber of a Westminster story
    ("LONDON (Wire) - Labour's Dan Okoro, MP for Grimsby West, argued in the Commons that the review should go "
     "further.",
     [("Dan Okoro", "UK Parliament", "GB")]),
    # "of the <party>": an MP sits in the chamber her title names (session 11; set p's convention gave the party)
    ("BELGRADE - Opposition MP Jelena Stankic, of the Green-Left Front, says the government chose Beijing.",
     [("Jelena Stankic", "National Assembly of Serbia", "RS")]),
    # negative: the party's leader speaks for the party
    ("BELGRADE - Jelena Stankic, leader of the Green-Left Front, says the government chose Beijing.",
     [("Jelena Stankic", "Green-Left Front", "RS")]),
])
def test_foreign_bodies_and_constituencies(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected
