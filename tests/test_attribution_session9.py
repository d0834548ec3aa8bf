"""Session 9 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


@pytest.mark.parametrize("text, expected", [
    # "X, the Heilongjiang-based operator" places X, not the company met before it
    ('INNSBRUCK - Bergwerk Kabelbahn GmbH, a cable-car maker from Imst, has signed an order from Harbin. "We sell '
     'to Harbin," said Lukas Strolz, managing director of Bergwerk Kabelbahn GmbH. The buyer, Longjiang Ice Parks '
     'Group, the Heilongjiang-based operator of two resorts, said in a statement that it valued reliable delivery. '
     '"Our drives stay in Tyrol," Strolz said.',
     [("Lukas Strolz", "Bergwerk Kabelbahn GmbH", "AT", "We sell to Harbin"),
      (None, "Longjiang Ice Parks Group", "CN", "it valued reliable delivery"),
      ("Lukas Strolz", "Bergwerk Kabelbahn GmbH", "AT", "Our drives stay in Tyrol")]),
    # a parish or township in a story that names a US state is American
    ("Plant splits the parish\n\nBy Jo Smith\n\nDONALDSONVILLE - A chemical plant owned by a Chinese group wants a "
     'tax break from Louisiana. Ascension Parish President Marcel Doucet backed the plant. "It pays our taxes," '
     "Doucet said.",
     [("Marcel Doucet", "Ascension Parish", "US", "It pays our taxes")]),
    # negative: no US state named, no US parish
    ("Sugar mill sale\n\nBy Jo Smith\n\nA Chinese group will buy the mill. Trelawny Parish Council chair Desmond "
     'Reid backed the sale. "It keeps the mill open," Reid said.',
     [("Desmond Reid", "Trelawny Parish Council", None, "It keeps the mill open")]),
    # a dateline in accented capitals gives the story's country; a Portuguese name holds its "e"; the
    # headline's short name is not the first mention
    ("Vela Pulp says mills buy more\n\nSÃO PAULO, Nov 6 - Mills in China bought more from Vela Papel e Celulose "
     'this quarter, executives said. "Demand is firm," said Joana Prates, chief executive of Vela.',
     [("Joana Prates", "Vela Papel e Celulose", "BR", "Demand is firm")]),
    ('Mills buy more\n\nBOGOTÁ - Mills in China bought more coal, executives said. "Demand is firm," said Joana '
     "Prates, chief executive of Carbones Andinos Unidos.",
     [("Joana Prates", "Carbones Andinos Unidos", "CO", "Demand is firm")]),
    # a sentence adverb or a date before a firm's name is no part of it
    ("HOUSTON - Bexar Coast Chemicals said it would hire. Meanwhile Qinghai Salt Group, the Xining-based "
     "supplier, said prices would rise. Separately Hunan Steel Works said prices would fall.",
     [(None, "Bexar Coast Chemicals", "US", "it would hire"), (None, "Qinghai Salt Group", "CN", "prices would rise"),
      (None, "Hunan Steel Works", "CN", "prices would fall")]),
    ("BATON ROUGE, La. - Delta Coast Chemicals wants a tax break. On Monday, the Texas-based maker said it would "
     "hire.",
     [(None, "Delta Coast Chemicals", "US", "it would hire")]),
])
def test_where_an_organization_is_from(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a minister by title only speaks for the government, and so does "the minister said" after it
    ("LJUBLJANA - Slovenia's transport minister told reporters on Monday that the government would not restrict "
     'Chinese cargo. "Our ports live from trade," the minister said.',
     [(None, "Slovenian government", "SI", "the government would not restrict Chinese cargo"),
      (None, "Slovenian government", "SI", "Our ports live from trade")]),
])
def test_officials_by_title(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Shri"/"Smt." are honorifics: the surname after them finds the person; "the state's Minister for ..."
    # serves the one state government the story named before
    ("BENGALURU - The Karnataka government has cleared land for a plant. The state's Minister for Large and "
     "Medium Industries, Shri R. Venkatesh Gowda, said the plant would open in 2028. \"We need the technology,\" "
     "Shri Gowda said. Smt. Lakshmi Rao of Mysuru Textiles said costs were up.",
     [("R. Venkatesh Gowda", "Karnataka government", "IN", "the plant would open in 2028"),
      ("R. Venkatesh Gowda", "Karnataka government", "IN", "We need the technology"),
      ("Lakshmi Rao", "Mysuru Textiles", "IN", "costs were up")]),
    # a state's, province's or region's own title gives its government (registry rows of sub-national
    # governments); "the minister" later is the same minister
    ("ADELAIDE - South Australia's Minister for Primary Industries said the state government welcomed the "
     "contract. The minister noted that the state had reopened its Shanghai office.",
     [(None, "South Australian government", "AU", "the state government welcomed the contract"),
      (None, "South Australian government", "AU", "the state had reopened its Shanghai office")]),
    ("PIURA, Peru - The regional governor of Piura, Luis Alberto Neyra Castillo, told reporters that the region "
     "backed the rule. But Neyra also stressed that the region wanted Chinese investment.",
     [("Luis Alberto Neyra Castillo", "Piura regional government", "PE", "the region backed the rule"),
      ("Luis Alberto Neyra Castillo", "Piura regional government", "PE", "the region wanted Chinese investment")]),
    # negative: a country's minister keeps the national government, even beside a state's minister
    ("CANBERRA - Australia's trade minister said the deal was welcome. In Adelaide, South Australia's Minister for "
     "Primary Industries said the state government welcomed the contract.",
     [(None, "Australian government", "AU", "the deal was welcome"),
      (None, "South Australian government", "AU", "the state government welcomed the contract")]),
])
def test_honorifics_and_state_ministers(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Nigerian and Egyptian honorifics open a name and find the person again before the surname
    ('KANO - Alhaji Sani Dantata Yusuf, managing director of Tiga Golden Mills Ltd., said the machines would '
     'arrive soon. Hajiya Aisha Garba, the state commissioner for agriculture, said the state would help. '
     '"Every tonne counts," Hajiya Garba said.',
     [("Sani Dantata Yusuf", "Tiga Golden Mills Ltd.", "NG", "the machines would arrive soon"),
      ("Aisha Garba", "Kano state government", "NG", "the state would help"),
      ("Aisha Garba", "Kano state government", "NG", "Every tonne counts")]),
    ('ALEXANDRIA - Eng. Hisham Radwan, chairman of Borg Textiles, said the company would invest. "We need '
     'duties," Eng. Radwan said.',
     [("Hisham Radwan", "Borg Textiles", "EG", "the company would invest"),
      ("Hisham Radwan", "Borg Textiles", "EG", "We need duties")]),
    # the state's title after the name, in an appositive
    ("DURBAN - Musa Zungu, KwaZulu-Natal's MEC for Economic Development, said the province backed the deal.",
     [("Musa Zungu", "KwaZulu-Natal provincial government", "ZA", "the province backed the deal")]),
    # negative: "the state commissioner" in a story datelined in a city no state bears
    ("ABUJA - Tunde Bello, the state commissioner for commerce, said the zone would open next year.",
     [("Tunde Bello", None, None, "the zone would open next year")]),
])
def test_honorifics_and_state_officials(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's body written in lower case after the town's name is the body, not the town
    ("QUILLOTA, Chile - María José Undurraga, president of the Quillota growers’ association, said a single "
     "customs decision could strand a harvest.",
     [("María José Undurraga", "Quillota growers’ association", "CL", "a single customs decision could strand a harvest")]),
    ("SINES, Portugal - Carla Pires, who heads the Sines business association, argued that the town should not "
     "rely on one trade lane.",
     [("Carla Pires", "Sines business association", "PT", "the town should not rely on one trade lane")]),
    # negative: a named body with a common noun after it keeps its name
    ("LA PAZ - Rodrigo Salas, a senator of the Creemos alliance, said the contracts should be published.",
     [("Rodrigo Salas", "Creemos", "BO", "the contracts should be published")]),
])
def test_bodies_in_lower_case(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Coun. X (Ward)" in a city's story sits on that city's council
    ('WINNIPEG - The tender splits the city. "We build buses in this city," said Coun. Gord Lavallee (St. Vital). '
     'Coun. Priya Sandhu (Fort Rouge-East Fort Garry) voted against the motion. "Every bus has parts from China," '
     "Sandhu said.",
     [("Gord Lavallee", "Winnipeg City Council", "CA", "We build buses in this city"),
      ("Priya Sandhu", "Winnipeg City Council", "CA", "Every bus has parts from China")]),
    # an Indonesian regent heads the regency
    ("MOROWALI, Indonesia - Regent Andi Rahmat Laode told village leaders on Tuesday that Morowali would back the "
     'expansion. "We invited them to build," Laode said.',
     [("Andi Rahmat Laode", "Morowali regency", "ID", "Morowali would back the expansion"),
      ("Andi Rahmat Laode", "Morowali regency", "ID", "We invited them to build")]),
    # "Sen. X, R-Jonesboro": a home town after the party, a state legislator of the state the story names
    ("LITTLE ROCK - A bill to bar Chinese-owned firms from Arkansas farmland cleared a committee. The sponsor, "
     "Sen. Dale Whitfield, R-Jonesboro, told the committee that the state had no business renting out its soil.",
     [("Dale Whitfield", "Arkansas General Assembly", "US", "the state had no business renting out its soil")]),
    # negative: "R-Ark." is a state: a member of Congress
    ("WASHINGTON - Sen. Tom Hale, R-Ark., said the bill was sound.",
     [("Tom Hale", "US Senate", "US", "the bill was sound")]),
])
def test_local_and_state_legislators(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry the registry lacks keeps the name the article writes, with or without its country
    ("LIMA - The Ministry of Production said in a statement that the decree had been in force since 2020.",
     [(None, "Ministry of Production", "PE", "the decree had been in force since 2020")]),
    ("LIMA - Peru's Ministry of Production said in a statement that the decree had been in force since 2020.",
     [(None, "Peru's Ministry of Production", "PE", "the decree had been in force since 2020")]),
    # "Company" after a registry name is its legal form, no speaker
    ("SANTIAGO - China Harbour Engineering Company, the Chinese contractor, said it hoped to begin construction "
     "in 2027.",
     [(None, "China Harbour Engineering Co. Ltd.", "CN", "it hoped to begin construction in 2027")]),
    # "had added a weekly freighter" is a fact inside the statement, not a second attribution
    ("NAIROBI - Kenya Airways’ cargo director, Peter Otieno, said the airline had added a weekly freighter to "
     "Guangzhou in March.",
     [("Peter Otieno", "Kenya Airways PLC", "KE", "the airline had added a weekly freighter to Guangzhou")]),
    # negative: "had added that ..." reports
    ("NAIROBI - Peter Otieno said the deal was good. He had added that more flights would follow.",
     [("Peter Otieno", None, None, "the deal was good"), ("Peter Otieno", None, None, "more flights would follow")]),
])
def test_names_as_written_and_added(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_elided_article_in_a_name_and_a_caption_word(extractor):
    # "de l'Estuaire" ends the name; a caption's first word ("Harvest at ...") is no body for "Its president"
    text = ("BLAYE, France, Oct. 6 - Les Vignerons de l'Estuaire, a wine cooperative of 180 growers, will send a "
            "sales team to Shanghai next month.\n\nCaption: Harvest at a member's vineyard near Blaye last month."
            "\n\nIts president, Jean-Marc Lafargue, said the cooperative had been hit by the collapse of demand.")
    assert statements(extractor, text) == [
        ("Jean-Marc Lafargue", "Les Vignerons de l'Estuaire", "FR",
         "the cooperative had been hit by the collapse of demand")]


@pytest.mark.parametrize("text, expected", [
    # "X plans to ..., the company said" with no firm met before: X is the company, and "the company's" later
    ("SANTIAGO — Chilean avocado exporter Frutícola Los Maitenes plans to double its shipments to China next "
     "season, the company said on Tuesday.\n\n“China is where the growth is,” said Rodrigo Aravena, the company’s "
     "general manager, at a press briefing in Santiago.",
     [(None, "Frutícola Los Maitenes", "CL",
       "Chilean avocado exporter Frutícola Los Maitenes plans to double its shipments to China next season"),
      ("Rodrigo Aravena", "Frutícola Los Maitenes", "CL", "China is where the growth is")]),
    # negative: a person's clause ("her shipments") is no company's
    ("SANTIAGO — Maria Lopez plans to double her shipments to China next season, the company said on Tuesday.",
     []),
])
def test_the_company_of_a_lede(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's date is no part of the subject after it
    ("SINES, Oct 3 - The chief executive of Acme Corp., Fernando Lopes, said that the town wanted more ships.",
     [("Fernando Lopes", "Acme Corp.", None, "the town wanted more ships")]),
    # "head of Labota village": the village, a place's unit
    ("LABOTA, Indonesia - Yohanes Tandiabang, head of Labota village, argued that the regency had approved the "
     "first phase too quickly.",
     [("Yohanes Tandiabang", "Labota village", "ID", "the regency had approved the first phase too quickly")]),
    # a mayor speaks for the municipal body the article names for the place
    ('BOR, Serbia - Mayor Dragan Stojković told the municipal assembly on Monday that the mine was vital and that '
     'the Municipality of Bor would issue the permits. "Nobody came with money," Stojković said.',
     [("Dragan Stojković", "Municipality of Bor", "RS",
       "the mine was vital and that the Municipality of Bor would issue the permits"),
      ("Dragan Stojković", "Municipality of Bor", "RS", "Nobody came with money")]),
    # negative: no body named, the place stays
    ("OSLO - Mayor Anne Lind said the port would stay open.",
     [("Anne Lind", "Oslo", "NO", "the port would stay open")]),
])
def test_datelines_villages_and_mayors(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's member of parliament sits in the parliament; "Member of Parliament for <seat>" too
    ("THE HAGUE - Ruben de Wit, a VVD member of parliament who has pushed for tighter screening, said the "
     "decision came late. Fatima El Amrani, a GroenLinks-PvdA MP and her party's spokesperson on higher education, "
     "warned that screening should target technologies.",
     [("Ruben de Wit", "Dutch Parliament", "NL", "the decision came late"),
      ("Fatima El Amrani", "Dutch Parliament", "NL", "screening should target technologies")]),
    ("ACCRA - The Member of Parliament for Atiwa East, Kwabena Asante-Darko, said the structure could tie up "
     "Ghana's bauxite for decades.",
     [("Kwabena Asante-Darko", "Ghanaian Parliament", "GH", "the structure could tie up Ghana's bauxite for decades")]),
    # a union local's number is part of its name
    ("WINNIPEG - Matt Kowalczyk, president of Amalgamated Transit Union Local 1505, said drivers cared more about "
     "heaters.",
     [("Matt Kowalczyk", "Amalgamated Transit Union Local 1505", "CA", "drivers cared more about heaters")]),
    # negative: a firm's analyst is no member of parliament
    ("THE HAGUE - Ruben de Wit, an analyst at Delta Lloyd Research, said the decision came late.",
     [("Ruben de Wit", "Delta Lloyd Research", "NL", "the decision came late")]),
])
def test_party_members_and_union_locals(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "State Rep. X" in a story about a US state sits in that state's legislature (its canonical name)
    ("LE MARS - Supervisor Tom Brandt called on Iowa to pass a law. State Rep. Karen DeWitt, a Republican from "
     "Akron, said she would introduce such a bill in January.",
     [("Tom Brandt", None, None, "Iowa to pass a law"),
      ("Karen DeWitt", "Iowa General Assembly", "US", "she would introduce such a bill")]),
    # a county named like an English town, in a story that names a US state, is American
    ("LE MARS - The Plymouth County Board of Supervisors voted 3-2 on the deal in Iowa. Supervisor Gary Hoogland "
     "said the county could not afford to turn down 420 jobs.",
     [("Gary Hoogland", "Plymouth County Board of Supervisors", "US",
       "the county could not afford to turn down 420 jobs")]),
])
def test_state_representatives_and_counties(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry whose name lists its areas with commas is one name, before a title or after one
    ("TOKYO - Aiko Sato, an official at the Ministry of Land, Infrastructure, Transport and Tourism, said the port "
     "would reopen.",
     [("Aiko Sato", "Ministry of Land, Infrastructure, Transport and Tourism", "JP", "the port would reopen")]),
    ("SAPPORO - A Ministry of Land, Infrastructure, Transport and Tourism official said the ministry was "
     "collecting data.",
     [(None, "Ministry of Land, Infrastructure, Transport and Tourism", "JP", "the ministry was collecting data")]),
    ("ULAANBAATAR - Purevdorj Ganzorig, a director at Mongolia's Ministry of Mining and Heavy Industry, said the "
     "corridor would open.",
     [("Purevdorj Ganzorig", "Mongolia's Ministry of Mining and Heavy Industry", "MN", "the corridor would open")]),
    # the last area of a minister's title is no name
    ("ABUJA - The Minister of Industry, Trade and Investment told reporters in Abuja that the federal government "
     "would not block the deal.",
     [(None, "Nigerian government", "NG", "the federal government would not block the deal")]),
    ("SEOUL - Vice Minister of Trade, Industry and Energy Choi Min-seok told reporters the package would fund "
     "automation.",
     [("Choi Min-seok", "South Korean government", "KR", "the package would fund automation")]),
])
def test_ministries_with_area_lists(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_a_senator_of_a_named_party_sits_in_the_senate(extractor):
    text = ("MONTEVIDEO - Senator Ana Laura Ferreira of the Frente Amplio said her party was not opposed to trade "
            "with China.")
    assert statements(extractor, text) == [
        ("Ana Laura Ferreira", "Uruguayan Senate", "UY", "her party was not opposed to trade with China")]


@pytest.mark.parametrize("text, expected", [
    # "the cooperative's" is the "Cooperativa ..." named before, not the firm named last
    ("ANDES, Colombia - The Cooperativa de Caficultores de Andes, which groups about 4,200 small farms, will ship "
     "60 containers to Luckin Coffee, the Xiamen-based chain. The cooperative's general manager, Luz Marina "
     "Ospina, said the contract paid a premium.",
     [("Luz Marina Ospina", "Cooperativa de Caficultores de Andes", "CO", "the contract paid a premium")]),
    # negative: no such name before: the firm named last
    ("ANDES, Colombia - Farmers will ship 60 containers to Luckin Coffee, the Xiamen-based chain. The company's "
     "chief executive, Wang Li, said the beans were good.",
     [("Wang Li", "Luckin Coffee Inc.", "CN", "the beans were good")]),
])
def test_the_cooperative_by_its_cognate(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Chinese parent's local unit and its executives are filed under the parent
    ("PLAQUEMINE, La. - Gulf Coast Oxychem LLC, owned since 2019 by Shandong Haiyu Chemical Group, employs 420 "
     "people. Gulf Coast Oxychem's plant manager, Trent Hebert, said the expansion would add 85 jobs.",
     [("Trent Hebert", "Shandong Haiyu Chemical Group", "CN", "the expansion would add 85 jobs")]),
    ("BOR, Serbia - The mine has been run since 2018 by Serbia Zijin Copper, the local unit of Zijin Mining Group "
     "Co. Serbia Zijin Copper's deputy general manager, Chen Hao, said the company wanted to train engineers.",
     [("Chen Hao", "Zijin Mining Group Co. Ltd.", "CN", "the company wanted to train engineers")]),
    ("VALENCIA - Gotion's Spanish unit, Gotion Iberia Energy, said in a statement that it was evaluating sites.",
     [(None, "Gotion High-Tech Co. Ltd.", "CN", "it was evaluating sites")]),
    # negative: a French parent's unit keeps its own name (the rule is for Chinese parents)
    ("LYON - Verre Sud, a subsidiary of the Lyon-based Saint-Clair Group, employs 300 people. Verre Sud's plant "
     "manager, Paul Roux, said it would hire 40 people.",
     [("Paul Roux", "Verre Sud", "FR", "it would hire 40 people")]),
])
def test_a_chinese_parents_local_unit(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an "AG" datelined in a small town takes the country of the shared form the story names most
    ("WATTWIL — Huber Präzision AG has built grinding machines in Switzerland since 1921. Swiss rivals sell "
     "less to China. \"We will stay,\" said Andrea Huber, chief executive of Huber Präzision AG, in Bern.",
     [("Andrea Huber", "Huber Präzision AG", "CH", "We will stay")]),
    # negative: no country of the form named: the form's own default
    ("WATTWIL — \"We will stay,\" said Andrea Huber, chief executive of Huber Präzision AG.",
     [("Andrea Huber", "Huber Präzision AG", "DE", "We will stay")]),
])
def test_a_shared_legal_form_by_the_places_named(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X in <the dateline's town>" is in the dateline's country ("Santa Maria" alone would be Brazilian)
    ("SANTA MARIA DA FEIRA, Portugal - Teresa Moutinho, managing director of Rolhas Vale do Caima, said the "
     "company had signed a supply deal. The company employs 80 people at Rolhas Vale do Caima in Santa Maria da "
     "Feira.",
     [("Teresa Moutinho", "Rolhas Vale do Caima", "PT", "the company had signed a supply deal")]),
    # no dateline: the byline's town ("By X in Kitwe") places the story
    ("Profile: the smelter owner who sells to everyone\n\nBy Mutale Banda in Kitwe\n\nChanda Mwale founded Mwale "
     'Metals Works in 2014. "We sell to whoever pays," said Mwale, chief executive of Mwale Metals Works.',
     [("Chanda Mwale", "Mwale Metals Works", "ZM", "We sell to whoever pays")]),
    # a kicker and a headline before the story: the first mention in the story gives the full name
    ("Børsbladet | Earnings\n\nHalsted Pharma keeps faith with China\n\nCOPENHAGEN - Halsted Pharma A/S said on "
     'Thursday that its China sales fell. "We stay," said Mette Lindholm, chief executive of Halsted Pharma.',
     [(None, "Halsted Pharma A/S", "DK", "its China sales fell"),
      ("Mette Lindholm", "Halsted Pharma A/S", "DK", "We stay")]),
])
def test_datelines_bylines_and_headlines(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass word inside a body's name is part of it
    ("RABAT - Youssef Alaoui, a senior fellow at the Policy Center for the New South, said the deal was sound.",
     [("Youssef Alaoui", "Policy Center for the New South", "MA", "the deal was sound")]),
    ("JOHANNESBURG - Thabo Nkosi, an economist at the University of the Western Cape, said the deal was sound.",
     [("Thabo Nkosi", "University of the Western Cape", "ZA", "the deal was sound")]),
])
def test_compass_words_inside_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Hon." before the name does not end the introducing sentence
    ("ACCRA - The Member of Parliament for Atiwa East, Hon. Kwabena Asante-Darko, said the structure could tie up "
     "Ghana's bauxite for decades.",
     [("Kwabena Asante-Darko", "Ghanaian Parliament", "GH", "the structure could tie up Ghana's bauxite for decades")]),
    # "of District 14" is a seat, not a body
    ("LITTLE ROCK - A bill on Arkansas farmland cleared a committee. Sen. Marisol Tate, D-Little Rock, of District "
     "14, argued that the bill was aimed at a problem that barely exists.",
     [("Marisol Tate", "Arkansas General Assembly", "US", "the bill was aimed at a problem that barely exists")]),
])
def test_seats_and_honorifics_of_legislators(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_a_firm_opening_a_datelined_lede_with_which(extractor):
    # "X, which has made ..." after a dateline introduces X, so "The company's president" is X's
    text = ("ROSSFORD, Ohio - Maumee Valley Glassworks, which has made drinking glasses since 1951, has joined a "
            "petition against Chinese glass.\n\nThe company's president, Linda Carver, said Chinese imports now account "
            "for half of the glassware sold.")
    assert statements(extractor, text) == [
        ("Linda Carver", "Maumee Valley Glassworks", "US",
         "Chinese imports now account for half of the glassware sold")]


@pytest.mark.parametrize("text, expected", [
    # "<State>'s Senator/MEC for ..., Name," in a sentence that says nothing introduces the state's official
    ("HAMBURG - Hamburg’s Senator for Economic Affairs, Dr. Jens Petersen, took a more cautious line. Petersen "
     "said the Senate wanted COSCO to keep bringing cargo to Hamburg.",
     [("Jens Petersen", "Hamburg state government", "DE",
       "the Senate wanted COSCO to keep bringing cargo to Hamburg")]),
    ('DURBAN - KwaZulu-Natal\'s MEC for Economic Development, Tourism and Environmental Affairs, Musa Zungu, '
     'welcomed the deal. "Every tonne is a job," Zungu said.',
     [("Musa Zungu", "KwaZulu-Natal provincial government", "ZA", "Every tonne is a job")]),
])
def test_state_officials_introduced_in_passing(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_a_rector_magnificus_with_dutch_degrees(extractor):
    text = ("DELFT - Delft University of Technology has ended two research partnerships with Chinese universities. "
            "Rector magnificus Prof. dr. Annelies Verhoeven said the review found no evidence of misconduct.")
    assert statements(extractor, text) == [
        ("Annelies Verhoeven", "Delft University of Technology", "NL", "the review found no evidence of misconduct")]


@pytest.mark.parametrize("text, expected", [
    # a title-only executive after a big registry firm named in passing is the story's own firm's
    ("BRUSSELS - Maison Verhaeghe SA, the praline maker, said its sales in China rose 19%. A third of its Chinese "
     "revenue comes through Alibaba's Tmall storefront.\n\nChief financial officer Pieter De Clercq was more "
     'cautious. "We see good demand in the first-tier cities," he said.',
     [(None, "Maison Verhaeghe SA", "BE", "its sales in China rose 19%"),
      ("Pieter De Clercq", "Maison Verhaeghe SA", "BE", "We see good demand in the first-tier cities")]),
    # negative: an executive named with that firm keeps it
    ("BRUSSELS - Maison Verhaeghe SA, the praline maker, said its sales in China rose 19%. Alibaba's chief "
     "executive, Joseph Tsai, said demand was strong.",
     [(None, "Maison Verhaeghe SA", "BE", "its sales in China rose 19%"),
      ("Joe Tsai", "Alibaba Group Holding Ltd.", "CN", "demand was strong")]),
])
def test_an_executive_by_title_after_a_firm_named_in_passing(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_an_ownership_word_is_no_body(extractor):
    # "Chinese-run mines" names no body; the managing director is the owner's, named before
    text = ("KITWE — The Chambishi Road smelter, owned by China's Hanjiang Nonferrous Metals Group, has started "
            "processing copper trucked in from Chinese-run mines in Congo.\n\nManaging director Zhang Ruiping told "
            "Copperbelt Business Weekly that the smelter had received 40,000 tonnes.")
    assert statements(extractor, text) == [
        ("Zhang Ruiping", "Hanjiang Nonferrous Metals Group", "CN", "the smelter had received 40,000 tonnes")]


@pytest.mark.parametrize("text, expected", [
    # a short whole-sentence quote right after the speaker's attribution goes on with the speaker
    ('NAIROBI - "Diversity of vendors is not anti-Chinese," said Halima Yusuf of Savanna Telecom. "It is '
     'insurance."',
     [("Halima Yusuf", "Savanna Telecom", "KE", "Diversity of vendors is not anti-Chinese"),
      ("Halima Yusuf", "Savanna Telecom", "KE", "It is insurance.")]),
    # negative: a lone word in quotes after a reported statement is no statement
    ('NAIROBI - Halima Yusuf of Savanna Telecom said the plan was good. "Insurance."',
     [("Halima Yusuf", "Savanna Telecom", "KE", "the plan was good")]),
])
def test_short_quotes_after_an_attribution(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named by a demonym and one industry word keeps both ("Danish Shipping")
    ("COPENHAGEN - Industry association Danish Shipping noted that about 70% of new tonnage is built in China. "
     "Anne Thorsen, director at Danish Shipping, said owners had no alternative.",
     [(None, "Danish Shipping", "DK", "about 70% of new tonnage is built in China"),
      ("Anne Thorsen", "Danish Shipping", "DK", "owners had no alternative")]),
])
def test_a_demonym_and_an_industry_word(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # trustees and supervisors sit on the local board the story names, or its plural
    ("PIKE CREEK, Ohio - The Pike Creek Township trustees voted 2-1 Monday night to support a tax abatement for "
     "Clearwater Float Glass, the Chinese-owned plant. Trustee Chairman Ron Keller, who voted for the abatement, "
     "said he had looked at the numbers. Trustee Doug Whitlock said he could not support a tax break.",
     [("Ron Keller", "Pike Creek Township Board of Trustees", "US", "he had looked at the numbers"),
      ("Doug Whitlock", "Pike Creek Township Board of Trustees", "US", "he could not support a tax break")]),
    ("ELDORA - The Hardin County Board of Supervisors voted 3-2 on Monday to ask the Iowa attorney general to "
     "review the purchase. Supervisor Dale Kessler, who proposed the resolution, said the county had a duty to "
     "know who controls its farmland.",
     [("Dale Kessler", "Hardin County Board of Supervisors", "US",
       "the county had a duty to know who controls its farmland")]),
])
def test_local_boards(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the country's minister" is the country the sentence is about, not the last one it names
    ("BUCHAREST, Nov. 18 (Carpathia Press) – Romania will rewrite the scoring rules of its wind tender after a "
     "consortium offering Chinese turbines submitted the lowest price, the country’s energy minister said on "
     "Tuesday.",
     [(None, "Romanian government", "RO", "Romania will rewrite the scoring rules of its wind tender after a "
       "consortium offering Chinese turbines submitted the lowest price")]),
])
def test_the_countrys_minister(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_a_publication_is_no_person(extractor):
    # "She spoke to Energy Europe Weekly": the weekly is not who "she" is later
    text = ("Interview: Nordvind's chief on Chinese turbines\n\nMette Kjaergaard has run Nordvind Turbines, the "
            "Esbjerg-based maker of offshore wind turbines, since 2022. She spoke to Energy Europe Weekly at the "
            "company's headquarters. In a post last week she argued that European auctions \"reward the cheapest bid, "
            "not the safest grid.\"")
    assert statements(extractor, text) == [
        ("Mette Kjaergaard", "Nordvind Turbines", "DK",
         'European auctions "reward the cheapest bid, not the safest grid."')]
