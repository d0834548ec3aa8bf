"""Session 8 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


@pytest.mark.parametrize("text, expected", [
    # a surname that opens with a particle, capitalised at the start of a sentence, is the person met before
    ("ROTTERDAM - “We checked every one,” said Femke van Dijk, chief executive of Nordkade Terminals. "
     "Van Dijk said the company had hired outside inspectors.",
     [("Femke van Dijk", "Nordkade Terminals", "NL", "We checked every one"),
      ("Femke van Dijk", "Nordkade Terminals", "NL", "the company had hired outside inspectors")]),
    # a nickname in quote marks is no part of the name, and the two-word surname finds the person again
    ('MANILA - Senator Ramon "Bong" Dela Rosa, who chairs the Senate committee on agriculture, said the vessels '
     'were damaging coral beds. "We will hold hearings," Dela Rosa said.',
     [("Ramon Dela Rosa", "Philippine Senate", "PH", "the vessels were damaging coral beds"),
      ("Ramon Dela Rosa", "Philippine Senate", "PH", "We will hold hearings")]),
    # "Ms X added that she" names again the X introduced before, not a new person "Ms X"
    ("Joan Ashby, chief executive of Coral Bay Lithium, backed the plan on Monday. Ms Ashby added that she had "
     "spoken to the buyers.",
     [("Joan Ashby", "Coral Bay Lithium", None, "she had spoken to the buyers")]),
])
def test_people_named_again(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university named after its country is a body, not a place
    ("ACCRA, Ghana - Kofi Mensah, an economist at the University of Ghana, said buyers from Shanghai were paying "
     "more.",
     [("Kofi Mensah", "University of Ghana", "GH", "buyers from Shanghai were paying more")]),
    # negative: a country after a plain preposition is no body
    ("ACCRA, Ghana - Kofi Mensah, an economist in Ghana, said buyers from Shanghai were paying more.",
     [("Kofi Mensah", None, None, "buyers from Shanghai were paying more")]),
    # "a nurse who chairs the residents' group X": the group she chairs
    ('SZEGED, Hungary - "We are not against investors," said Ilona Kiss, a nurse who chairs the residents\' group '
     'Green Szeged Alliance.',
     [("Ilona Kiss", "Green Szeged Alliance", "HU", "We are not against investors")]),
    # negative: a relative clause that runs nothing names no body
    ('SZEGED, Hungary - "We are not against investors," said Ilona Kiss, a nurse who moved to the city in 2019.',
     [("Ilona Kiss", None, None, "We are not against investors")]),
    # "the Perth-listed X" introduces a company that "the company" then refers to; a kicker in capitals is none
    ("STATE NEWS | Perth\n\nThe refinery, built by the Perth-listed Coral Bay Lithium, has run at half its capacity, "
     "and the company warned that it needed fresh capital.",
     [(None, "Coral Bay Lithium", "AU", "it needed fresh capital")]),
])
def test_bodies_named_in_an_introduction(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle clause between the title and the verb names nobody
    ("PERTH - The energy minister, asked in Question Time whether the state had sought advice, said the plan was "
     "sound.",
     [(None, "Australian government", "AU", "the plan was sound")]),
    # a minister who "told Parliament" speaks for the government, not for the chamber named before
    ("COLOMBO - Sri Lanka's Parliament met on Tuesday. The ports minister told Parliament that the government "
     "would sign the loan in January.",
     [(None, "Sri Lankan government", "LK", "the government would sign the loan")]),
    # members of a legislature by title: the country's one registry chamber of that kind
    ("THE HAGUE - Member of Parliament Pieter Bos said the government should set rules for port cranes.",
     [("Pieter Bos", "Dutch Parliament", "NL", "the government should set rules for port cranes")]),
    ("LIMA - Congressman Hugo Salas argued that Peru should cap foreign stakes in mines.",
     [("Hugo Salas", "Congress of Peru", "PE", "Peru should cap foreign stakes in mines")]),
    # negative: in Washington a congressman still sits in the US House
    ("WASHINGTON - Congressman Hugo Salas argued that the United States should cap Chinese stakes in mines.",
     [("Hugo Salas", "US House of Representatives", "US", "the United States should cap Chinese stakes in mines")]),
])
def test_officials_and_legislators(extractor, text, expected):
    assert statements(extractor, text) == expected


_SOLAR = ("Front Range Sun Co., one of the largest solar installers on Colorado's Front Range, raised its prices, "
          "blaming duties on panels made in Southeast Asia.\n\n")


@pytest.mark.parametrize("text, expected", [
    # "the company" in a person's appositive or relative clause is the company named before
    ('ZARAGOZA, Spain - Porcinos del Ebro, a pork exporter, has lost its Chinese orders. "There is no margin left," '
     'said Javier Lafuente, chief executive of the family-owned company.',
     [("Javier Lafuente", "Porcinos del Ebro", "ES", "There is no margin left")]),
    ("BERGEN, Norway - Fjordlaks AS sells salmon to China. Kari Haugland, who has run the family-owned company "
     "since 2019, said China had become its fastest-growing market.",
     [("Kari Haugland", "Fjordlaks AS", "NO", "China had become its fastest-growing market")]),
    # negative: a body named before "at the plant" is the one the person chairs
    ("UMEA, Sweden - Union members at Nordvik Trucks were cautious. Lars Berg, chairman of the IF Metall club at "
     "the plant, said workers wanted battery assembly kept in Sweden.",
     [("Lars Berg", "IF Metall", "SE", "workers wanted battery assembly kept in Sweden")]),
    # a bare place ("Colorado's Front Range") and a region ending a sentence ("Asia.") are not "the company"
    (_SOLAR + '"Our customers are paying for a trade war," said Marcus Delgado, the company\'s founder.',
     [("Marcus Delgado", "Front Range Sun Co.", None, "Our customers are paying for a trade war")]),
    # "the terminal's managing director", "the cooperative said": the body of that kind named before
    ("ANTWERP - Scheldt Gateway Terminal is 40 percent owned by a Chinese group. The terminal’s managing director, "
     "Els Wouters, said the shareholder had never interfered.",
     [("Els Wouters", "Scheldt Gateway Terminal", "BE", "the shareholder had never interfered")]),
    ("ESPERANCE - The Bayside Growers Cooperative opened its silo. The cooperative said the silo cost $38 million.",
     [(None, "Bayside Growers Cooperative", None, "the silo cost $38 million")]),
    # a Chinese province opening a firm's name places it, whatever country the sentence names before
    ("Beibu Lagos FZE, the local subsidiary of Guangxi Beibu Industrial Co., has signed the zone agreement. The "
     "company's managing director, Huang Jian, said 40 Chinese manufacturers were interested.",
     [("Huang Jian", "Guangxi Beibu Industrial Co.", "CN", "40 Chinese manufacturers were interested")]),
])
def test_the_company_in_an_introduction(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # honorifics dropped from the name: "Engr.", "HE Eng.", "Alhaji"; "Supervisor X" sits on the board of supervisors
    ("MANILA - Engr. Teodoro Sandoval, president of Dinagat Ore Corp., said buyers were waiting.",
     [("Teodoro Sandoval", "Dinagat Ore Corp.", "PH", "buyers were waiting")]),
    ("RIYADH - HE Eng. Khalid Al-Harbi, governor of the Public Investment Fund, said the fund would keep investing.",
     [("Khalid Al-Harbi", "Public Investment Fund", "SA", "the fund would keep investing")]),
    ("LAGOS - Alhaji Musa Danjuma, a trader in Lagos, said prices had doubled.",
     [("Musa Danjuma", None, None, "prices had doubled")]),
    ("ELDORA, Iowa - The Hardy County Board of Supervisors voted 3-2 on Monday. Supervisor Dale Kirk, who proposed "
     "the resolution, said the county had a duty to know who owns its land.",
     [("Dale Kirk", "Hardy County Board of Supervisors", "US", "the county had a duty to know who owns its land")]),
    # negative: with no board of supervisors named, a supervisor gets no body
    ("ELDORA, Iowa - Supervisor Dale Kirk, who proposed the resolution, said the county had a duty to know who owns "
     "its land.",
     [("Dale Kirk", None, None, "the county had a duty to know who owns its land")]),
])
def test_honorifics_and_boards(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker no rule gave a body takes the one the introducing clause names next to the name
    ("REGINA - Bev Hanlon, who grows canola near Kindersley and chairs the marketing committee of the Prairie "
     "Canola Growers Association, said buyers had paid a premium for years.",
     [("Bev Hanlon", "Prairie Canola Growers Association", "CA", "buyers had paid a premium for years")]),
    ("CARDIFF - Gareth Lloyd, a former mill manager who now advises the consultancy Dur Cymru Advisers, argued that "
     "a second source of slab was overdue.",
     [("Gareth Lloyd", "Dur Cymru Advisers", "GB", "a second source of slab was overdue")]),
    # negatives: a past post, a body the person only stands beside, an office of state beside a company
    ("TEL AVIV - Eitan Barak, a former deputy head of the National Security Council, argued that Israel should buy "
     "out the concession.",
     [("Eitan Barak", None, None, "Israel should buy out the concession")]),
    ("Joan Ashby, standing beside Coral Bay Lithium Ltd. executives, said the state could not afford an idle plant.",
     [("Joan Ashby", None, None, "the state could not afford an idle plant")]),
    ("Senator Joan Ashby, standing beside Coral Bay Lithium Ltd. executives, said the state could not afford an "
     "idle plant.",
     [("Joan Ashby", None, None, "the state could not afford an idle plant")]),
])
def test_body_from_the_introducing_clause(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's bare "X del Y halts ..." read as a name gives way to the lede's "X, the ... processor"
    ("Porcinos del Monte halts Chinese shipments\n\nZARAGOZA - Porcinos del Monte, the Zaragoza pork processor that "
     "made China its biggest market, suspended shipments on Friday.\n\n\"There is no margin left,\" said Javier "
     "Gil Soto, chief executive of the family-owned company.",
     [("Javier Gil Soto", "Porcinos del Monte", "ES", "There is no margin left")]),
    # a plural possessive inside a body's name does not split it into an owner and a person
    ("TORONTO - The board of the Ontario Ferry Workers' Pension Plan voted 7-2 on Thursday. Board Chair Diane "
     "Leclair said the fund would sell its Chinese shares slowly.",
     [("Diane Leclair", "Ontario Ferry Workers' Pension Plan", "CA", "the fund would sell its Chinese shares slowly")]),
    # a state's name of several words before a minister's title: that state's government
    ("SYDNEY - The New South Wales Minister for Natural Resources, Courtney Hall, said China was a customer to "
     "keep.",
     [("Courtney Hall", "New South Wales government", "AU", "China was a customer to keep")]),
    ("PERTH - Western Australia's Mines Minister Ana Reid said the refinery would reopen.",
     [("Ana Reid", "Western Australian government", "AU", "the refinery would reopen")]),
    # negative: a national minister stays the national government's
    ("BEIJING - The Commerce Minister Wang Tao said China would respond.",
     [("Wang Tao", "Chinese government", "CN", "China would respond")]),
])
def test_firms_and_states_named_in_full(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<place body> will ..., Governor X said": the governor speaks for the body the clause opens with
    ("OSAKA - Wakayama Prefecture will spend 480 million yen next year on promotion in China, Governor Kenji Morita "
     "said on Friday.",
     [("Kenji Morita", "Wakayama Prefecture", "JP",
       "Wakayama Prefecture will spend 480 million yen next year on promotion in China")]),
    ("SALVADOR - The Bahia state government has offered land to Chery for an EV plant, Governor Rui Lima said on "
     "Monday.",
     [("Rui Lima", "Bahia state government", "BR", "The Bahia state government has offered land to Chery for an EV "
       "plant")]),
    # a local body with no other cue is the dateline's
    ("PALACIOS, Texas - The Palacios Bay Port Commission voted 3-2 on Tuesday. Commissioner Linda Castillo, who "
     "voted against, argued that the port was walking away from loyal customers.",
     [("Linda Castillo", "Palacios Bay Port Commission", "US", "the port was walking away from loyal customers")]),
    # a person's role "at a bank" does not make the person a firm
    ("Ravi Menon, a private banker at a Swiss bank in Singapore, says clients' worries are practical.",
     [("Ravi Menon", None, None, "clients' worries are practical")]),
])
def test_offices_and_local_bodies(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who runs the house", "who chairs the board": the firm named before
    ("BORDEAUX - Maison Ferrand-Vigier, a cognac house founded in 1891, has lost its Chinese orders. \"Today China is "
     "our fifth market,\" said Claire Ferrand, who runs the house with her brother.",
     [("Claire Ferrand", "Maison Ferrand-Vigier", "FR", "Today China is our fifth market")]),
    # negative: "the trading house's business" is a unit of another body, not the one named before
    ("TOKYO - Japan Organization for Metals and Energy Security backed the deal. Hanwa Trading's Kenji Mori, who "
     "heads the trading house's rare-earths business, said magnet makers would pay a premium.",
     [("Kenji Mori", "Hanwa Trading", "JP", "magnet makers would pay a premium")]),
])
def test_who_runs_the_house(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named by its form in the introducing clause
    ("MUNICH - Martina Reiter, who teaches supply-chain management at the Technical University of Munich, said the "
     "plan was risky.",
     [("Martina Reiter", "Technical University of Munich", "DE", "the plan was risky")]),
    # "the Singapore-listed shipyard said": the firm named before; "Shares of X" is no person
    ("SINGAPORE -- Shares of Temasek Marine Holdings rose 4.2 percent on Monday after the Singapore-listed shipyard "
     "said it had won orders for six vessels.",
     [(None, "Temasek Marine Holdings", "SG", "it had won orders for six vessels")]),
    # a dateline with a double hyphen places the story ("MEXICO CITY -- ")
    ("MEXICO CITY -- A bill was introduced in the Mexican Senate on Tuesday.\n\nThe bill’s author, Senator Patricia "
     "Ledo Ruiz of the governing Morena party, said Chinese brands had taken a fifth of the market.",
     [("Patricia Ledo Ruiz", "Mexican Senate", "MX", "Chinese brands had taken a fifth of the market")]),
])
def test_bodies_by_form_and_firm_nouns(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list inside a relative clause is no appositive: the name before "who" speaks, and the brands it sells are
    # not its employer
    ("Dealers were less welcoming. Mauricio Ibarra, who runs a group of 14 dealerships in Jalisco selling MG, Chirey "
     "and BYD vehicles, said the cap would raise prices.",
     [("Mauricio Ibarra", None, None, "the cap would raise prices")]),
])
def test_relative_clause_with_a_list(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal that goes on with "but that ..." says something
    ("SINGAPORE - A spokesperson for Singapore's Ministry of Trade and Industry said the government does not "
     "comment on individual contracts but that Singapore remains open to business with all partners.",
     [(None, "Singapore's Ministry of Trade and Industry", "SG", "the government does not comment on individual "
       "contracts but that Singapore remains open to business with all partners")]),
    # negative: a bare refusal is no statement
    ("SINGAPORE - A spokesperson for Singapore's Ministry of Trade and Industry said the government does not "
     "comment on individual contracts.", []),
])
def test_refusal_that_goes_on(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled name set off after a phrase that names no one ("The bill's author, Senator X, said") speaks
    ("The author, Senator Ana Ruiz, said Chinese brands had taken a fifth of the market.",
     [("Ana Ruiz", None, None, "Chinese brands had taken a fifth of the market")]),
    # "X of the governing Morena party said": the name before "of the ... party"
    ("MEXICO CITY - Senator Ana Ruiz of the governing Morena party said Chinese brands had taken a fifth of the "
     "market.",
     [("Ana Ruiz", "Mexican Senate", "MX", "Chinese brands had taken a fifth of the market")]),
    # negative: with no name after the comma, the words after "said" are no speaker
    ("The author, a senator, said Chinese brands had taken a fifth of the market.", []),
])
def test_titled_name_after_a_phrase(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-only minister in a story datelined in a country the hand lists lack (Georgia) is that country's
    # government, not the one a "Chinese-led consortium" names
    ("TBILISI, Dec 3 (Caucasus Wire) - Georgia will sign a revised concession for the port with a Chinese-led "
     "consortium before the end of the year, the economy minister said on Wednesday.",
     [(None, "Georgian government", "GE", "Georgia will sign a revised concession for the port with a Chinese-led "
       "consortium before the end of the year")]),
    # "who grows roses ... and chairs the growers' association X": the body she chairs
    ("NAALDWIJK, Netherlands - Anna Vos, who grows roses near Naaldwijk and chairs the growers' association "
     "Kassen Westland, warned that Chinese greenhouses were learning fast.",
     [("Anna Vos", "Kassen Westland", "NL", "Chinese greenhouses were learning fast")]),
])
def test_governments_by_code_and_chairs(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Governor X" in a story datelined in a province: the province's government ("provincial" outside Canada)
    ("SALTA - The province will raise the royalty.\n\nGovernor Gustavo Saenz defended the increase in a radio "
     "interview, saying the province welcomed all investors.",
     [("Gustavo Saenz", "Salta provincial government", "AR", "the province welcomed all investors")]),
    # an honorific inside a title phrase opens the name
    ("KAMPALA - Minister of State for Energy Dr. Peter Lokwang said the ministry had audited the contractors.",
     [("Peter Lokwang", "Ugandan government", "UG", "the ministry had audited the contractors")]),
    # "Councilman" is dropped from the name, and the council the article names is the body
    ("PORT VANCE, Pa. - The Port Vance Borough Council voted 4-1 on Monday. Councilman Ray Peters, the lone vote "
     "against, argued that tariffs would raise prices.",
     [("Ray Peters", "Port Vance Borough Council", "US", "tariffs would raise prices")]),
])
def test_governors_and_councillors(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the port's chief executive" after "the Port of X" named in passing, not the last body met
    ("BRUSSELS, May 13 - MPs questioned the leadership of the Port of Oostdam-Lier for three hours on Wednesday, "
     "after a report by the State Security service.\n\nThe port's chief executive, Koen Verhoef, told the committee "
     "that shareholders had no access to its systems.",
     [("Koen Verhoef", "Port of Oostdam-Lier", "BE", "shareholders had no access to its systems")]),
])
def test_anaphor_by_the_name_it_heads(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a local body takes the country of the town it governs, whatever region a sentence names near it
    ("PRAGUE - The Karlovy Vary Regional Council voted on Monday to back the plant. \"We would be handing a "
     "company tied to the Chinese state a key part of Europe's battery supply chain,\" said Councillor Tomas "
     "Hruby.",
     [("Tomas Hruby", "Karlovy Vary Regional Council", "CZ",
       "We would be handing a company tied to the Chinese state a key part of Europe's battery supply chain")]),
])
def test_local_body_country(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's unit speaks for the firm
    ("Siemens' rail unit said the order was its largest.", [(None, "Siemens AG", "DE", "the order was its largest")]),
    # "..., the bank said on Thursday as it reported X": the lede clause is the statement, the occasion is none
    ("VIENNA, Nov. 26 — Alpenbank AG, Austria's fourth-largest lender, cut its lending to Chinese companies by a "
     "third, the bank said on Thursday as it reported a 9 percent rise in quarterly profit.",
     [(None, "Alpenbank AG", "AT", "Alpenbank AG, Austria's fourth-largest lender, cut its lending to Chinese "
       "companies by a third")]),
    # negative: "said as it ..." with a verb of saying still reports what follows
    ("VIENNA - Alpenbank AG said on Thursday that lending to Chinese companies would shrink.",
     [(None, "Alpenbank AG", "AT", "lending to Chinese companies would shrink")]),
])
def test_units_and_occasions(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "..., the company said in a disclosure on Tuesday, even as ...": the lede clause, not the phrase after "said"
    ("MANILA - Dinagat Ore Corp. has signed supply agreements with two Chinese mills, the company said in a "
     "disclosure to the exchange on Tuesday, even as the Senate debates a bill that would ban ore exports.",
     [(None, "Dinagat Ore Corp.", "PH", "Dinagat Ore Corp. has signed supply agreements with two Chinese mills")]),
])
def test_lede_clause_before_a_disclosure(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "said A, and urged Canberra to B": the speaker goes on; the capitalised object is no inverted subject
    ("The Chinese Embassy in Australia said Chinese firms had always abided by the law, and urged Canberra to "
     "provide a fair environment.",
     [(None, "Embassy of the People's Republic of China in Australia", "CN", "Chinese firms had always abided by "
       "the law"),
      (None, "Embassy of the People's Republic of China in Australia", "CN", "Canberra to provide a fair "
       "environment")]),
])
def test_and_urged_an_object(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X Mine will ..., the company said": the firm the lede opens with, by its name's last word
    ("The Chinese-owned Mwenje Lithium Mine in Murewa district will build a sulphate plant by 2028, the company said "
     "yesterday, as traditional leaders pressed for more jobs.",
     [(None, "Mwenje Lithium Mine", "CN", "The Chinese-owned Mwenje Lithium Mine in Murewa district will build a "
       "sulphate plant by 2028")]),
    # "..., the company said Monday, a deal that ...": a bare weekday is an adjunct, the lede clause is the statement
    ("SASKATOON – Northern Lights Uranium Corp., a Saskatoon-based developer, has agreed to sell 30 per cent of its "
     "output to a Chinese buyer, the company said Monday, a deal that has drawn questions from MPs.",
     [(None, "Northern Lights Uranium Corp.", "CA", "Northern Lights Uranium Corp., a Saskatoon-based developer, has "
       "agreed to sell 30 per cent of its output to a Chinese buyer")]),
    # a compass word opening a firm's name stays in it; a registry alias takes its legal tail with it
    ("Southern Copper Corp. said it would sell copper to China.",
     [(None, "Southern Copper Corp.", None, "it would sell copper to China")]),
    ("South Korean steelmaker Posco Holdings said it would cut exports to China.",
     [(None, "POSCO Holdings Inc.", "KR", "it would cut exports to China")]),
])
def test_lede_firms_by_name(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X said this week, arguing that ...": the lede clause and the participle's clause, one speaker
    ("LIMA – Harinas del Norte, one of Peru’s mid-sized fishmeal exporters, will cut the share of its output sold to "
     "China within four years, its general manager said this week, arguing that a single buyer had become too large "
     "a risk.",
     [(None, "Harinas del Norte", "PE", "Harinas del Norte, one of Peru’s mid-sized fishmeal exporters, will cut the "
       "share of its output sold to China within four years"),
      (None, "Harinas del Norte", "PE", "a single buyer had become too large a risk")]),
    # "the cabinet said": the government; a wire in the dateline is no body
    ("CAIRO, Nov 18 (Nile News Wire) – Egypt’s cabinet on Wednesday approved a licence for a car plant, the cabinet "
     "said in a statement.",
     [(None, "Egyptian government", "EG", "Egypt’s cabinet on Wednesday approved a licence for a car plant")]),
    # '“...,” cabinet spokesman X told reporters': the quote is his, for the government
    ("CAIRO - “This decision tells every investor that Egypt is open and fast,” cabinet spokesman Ashraf Zaki told "
     "reporters after the meeting.",
     [("Ashraf Zaki", "Egyptian government", "EG", "This decision tells every investor that Egypt is open and "
       "fast")]),
    # an office named with its areas in lower case; another country's "secretary of state" is not the US body
    ("LISBON - Portugal's secretary of state for internationalisation told reporters that the government supported "
     "cork exporters in every market.",
     [(None, "Portuguese government", "PT", "the government supported cork exporters in every market")]),
    ("WASHINGTON - The secretary of state told reporters that the United States would respond.",
     [(None, "US Department of State", "US", "the United States would respond")]),
])
def test_offices_and_ledes(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # members of a chamber introduced with a party sit for the chamber
    ("BRUSSELS - Ilse Maes, a Green MEP from Ghent, said duties alone would not save the sector.",
     [("Ilse Maes", "European Parliament", "EU", "duties alone would not save the sector")]),
    ("SAPPORO - The Hokkaido Prefectural Assembly will vote next month. Kenji Morita, a Liberal Democratic Party "
     "member of the assembly, said the investment was the best news in a decade.",
     [("Kenji Morita", "Hokkaido Prefectural Assembly", "JP", "the investment was the best news in a decade")]),
    ("DUBLIN - Sinn Féin’s agriculture spokesperson, Áine Ní Bhriain TD, said the Government had no plan B.",
     [("Áine Ní Bhriain", "Dáil", "IE", "the Government had no plan B")]),
    ("LONDON - Conservative MP for North Devon Chris Whelan said British dairy could compete.",
     [("Chris Whelan", "UK Parliament", "GB", "British dairy could compete")]),
    # negative: a party spokesperson with no member's title keeps the party
    ("DUBLIN - Sinn Féin’s agriculture spokesperson, Áine Ní Bhriain, said the Government had no plan B.",
     [("Áine Ní Bhriain", "Sinn Féin", "IE", "the Government had no plan B")]),
])
def test_members_sit_for_the_chamber(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the rector" speaks for the university named before, which is no company for a chief executive
    ("BRNO - The Moravian Technical University in Brno will review its agreements with Chinese institutes. Jan "
     "Dvorak, the rector, told the academic senate that the review would cover joint laboratories.",
     [("Jan Dvorak", "Moravian Technical University", "CZ", "the review would cover joint laboratories")]),
])
def test_academic_titles(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word registry alias inside a longer name is no match ("Carbery Vale Co-operative" is not Vale S.A.)
    ("CORK - Carbery Vale Co-operative processes milk from 3,000 farms. “It is where a third of our members’ milk "
     "ends up,” chief executive Siobhán Kearney told the co-op’s annual meeting.",
     [("Siobhán Kearney", "Carbery Vale Co-operative", None, "It is where a third of our members’ milk ends up")]),
    # negative: the alias on its own, or before its legal form, is the registry firm
    ("RIO - Brazilian miner Vale said it would sell more ore to China.",
     [(None, "Vale S.A.", "BR", "it would sell more ore to China")]),
])
def test_alias_inside_a_longer_name(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Title Name of the X": the name speaks; a councillor's "of" names a party, the council is the body
    ("CONSTANTA - The Constanta County Council voted on Monday. County councillor Adrian Popa of the Save Romania "
     "Union saw it differently. “This is a NATO port on the Black Sea,” Popa said.",
     [("Adrian Popa", "Constanta County Council", "RO", "This is a NATO port on the Black Sea")]),
    ("MADRID - Director Ana Lopez of the Spanish Solar Association said tariffs would hurt installers.",
     [("Ana Lopez", "Spanish Solar Association", "ES", "tariffs would hurt installers")]),
    # negative: with no council named, a councillor's party is not taken for the body
    ("PRAGUE - Councillor Tomas Hruby of the Civic Democrats said the plant was a risk.",
     [("Tomas Hruby", None, None, "the plant was a risk")]),
])
def test_title_name_of_the_body(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # members of devolved chambers: an MSP sits in the Scottish Parliament, an MS in the Senedd
    ("INVERNESS - Kirsty Ball, the Scottish National Party MSP for the Highlands, said the tariff would hurt fish "
     "farms.",
     [("Kirsty Ball", "Scottish Parliament", "GB", "the tariff would hurt fish farms")]),
    ("CARDIFF - Plaid Cymru's economy spokesperson, Sioned Harris MS, said the steelworks needed a second supplier.",
     [("Sioned Harris", "Senedd", "GB", "the steelworks needed a second supplier")]),
])
def test_devolved_chambers(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The yard said in a filing to the Singapore Exchange": the firm named before, not the body named after
    ("SINGAPORE -- Shares of Temasek Marine Holdings rose after the Singapore-listed shipyard said it had won orders "
     "for six vessels.\n\nThe yard said in a filing to the Singapore Exchange that the contracts were worth about "
     "S$640 million.",
     [(None, "Temasek Marine Holdings", "SG", "it had won orders for six vessels"),
      (None, "Temasek Marine Holdings", "SG", "the contracts were worth about S$640 million")]),
    # "Thiru" is an honorific
    ("CHENNAI - Thiru R. Senthil, managing director of Kovai Sunpower Ltd., said the plant would open in 2027.",
     [("R. Senthil", "Kovai Sunpower Ltd.", "IN", "the plant would open in 2027")]),
])
def test_yard_and_thiru(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a <Party> member of Parliament", "a <Party> member of the Storting's committee": the chamber
    ("WELLINGTON - Opposition trade spokesperson Rachel Boyd, a Green Party member of Parliament, said the "
     "government should do more to help exporters.",
     [("Rachel Boyd", "New Zealand Parliament", "NZ", "the government should do more to help exporters")]),
    ("OSLO - Ingrid Aasland, a Progress Party member of the Storting's finance committee, said the fund should go "
     "further.",
     [("Ingrid Aasland", "Storting", "NO", "the fund should go further")]),
    ("HELSINKI - Jari Nieminen, a member of parliament from Kokkola for the Finns Party, argued that the plant "
     "should never have been built with Chinese money.",
     [("Jari Nieminen", "Eduskunta", "FI", "the plant should never have been built with Chinese money")]),
])
def test_party_members_of_parliament(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form used in several countries takes the dateline's when it is one of them
    ("LAGOS - Savanna Cement Plc said it would buy two kilns from a Chinese supplier.",
     [(None, "Savanna Cement Plc", "NG", "it would buy two kilns from a Chinese supplier")]),
    ("LISBON - Beira Litio SA said it would sell its lithium to a Chinese refiner.",
     [(None, "Beira Litio SA", "PT", "it would sell its lithium to a Chinese refiner")]),
    # negative: with no dateline, the form's home country
    ("Savanna Cement Plc said it would buy two kilns from a Chinese supplier.",
     [(None, "Savanna Cement Plc", "GB", "it would buy two kilns from a Chinese supplier")]),
])
def test_shared_legal_forms(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's city is no one's body
    ("POHANG - Park Seon-ju, who heads the Pohang branch of the Korean Metal Workers’ Union, said the union would "
     "not accept layoffs.",
     [("Park Seon-ju", "Korean Metal Workers’ Union", "KR", "the union would not accept layoffs")]),
    # "Southeast Asian countries" names no body for "the company" to mean
    ("HANOI - Trade with Southeast Asian countries has grown. Nguyen Thi Lan, who founded the company in 2012, said "
     "US customers wanted cells made outside China.",
     [("Nguyen Thi Lan", None, None, "US customers wanted cells made outside China")]),
])
def test_datelines_and_regions_name_no_body(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mayor with no council named speaks for the dateline's town; with a council named, for the council
    ("SZEGED - Nickel buyers are waiting. Mayor Anna Kis said the city would welcome the plant.",
     [("Anna Kis", "Szeged", "HU", "the city would welcome the plant")]),
    ("SZEGED - The Szeged City Council voted. Mayor Anna Kis said the city would welcome the plant.",
     [("Anna Kis", "Szeged City Council", "HU", "the city would welcome the plant")]),
    # an abbreviation in brackets after a body's name, with the country's possessive, is that body
    ("CALLAO, Peru - Peru's National Port Authority (APN) is reviewing the concession. APN president Rosa Villanueva "
     "told reporters that Peru wanted Chinese investment to keep coming.",
     [("Rosa Villanueva", "Peru's National Port Authority", "PE", "Peru wanted Chinese investment to keep coming")]),
    # a Texas county's "Commissioners Court"
    ("ROBERT LEE, Texas - The Coke County Commissioners Court voted 3-2 on Monday. Commissioner Dale Pruitt, who "
     "voted no, said he could not support the turbines.",
     [("Dale Pruitt", "Coke County Commissioners Court", "US", "he could not support the turbines")]),
])
def test_mayors_abbreviations_commissioners(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X on Thursday cut its forecast and said ...": an irregular past tense opens the clause before "and said"
    ("HAMBURG — Nordwind Energietechnik AG on Thursday cut its order-intake forecast for the year and said Chinese "
     "turbine makers were offering lower prices.",
     [(None, "Nordwind Energietechnik AG", "DE", "Chinese turbine makers were offering lower prices")]),
])
def test_irregular_past_before_and_said(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's town of under 100,000 people still places the story ("SAN ANGELO - ")
    ("TEXAS ENERGY WIRE | Austin\n\nSAN ANGELO - The Coke County Commissioners Court voted 3-2. Commissioner Dale "
     "Pruitt said he could not support the turbines.",
     [("Dale Pruitt", "Coke County Commissioners Court", "US", "he could not support the turbines")]),
])
def test_small_dateline_towns(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Senator X, a Liberal senator for Queensland": the chamber, not the party
    ("DARWIN - Senator Bronwyn Keane, a Liberal senator for Queensland, told a lunch in Darwin on Monday that the "
     "lease was a strategic mistake.",
     [("Bronwyn Keane", "Australian Senate", "AU", "the lease was a strategic mistake")]),
])
def test_senator_by_party(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country the hand lists lack is still a place ("Zimbabwe"); a body "of <country>" is from there
    ("HARARE - Tapiwa Moyo, a mining economist at the University of Zimbabwe, warned that the country was swapping "
     "one dependence for another. Most lithium goes to Chinese refiners.",
     [("Tapiwa Moyo", "University of Zimbabwe", "ZW", "the country was swapping one dependence for another")]),
])
def test_country_names_outside_the_lists(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline states nothing, whatever verb it uses; the lede does
    ("Nordwind warns of Chinese turbine pricing as order intake slips\n\nHAMBURG — Nordwind Energietechnik AG said "
     "Chinese turbine makers were offering lower prices.",
     [(None, "Nordwind Energietechnik AG", "DE", "Chinese turbine makers were offering lower prices")]),
])
def test_headline_states_nothing(extractor, text, expected):
    assert statements(extractor, text) == expected
