"""Session 10 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


@pytest.mark.parametrize("text, expected", [
    # a brewery, a distillery, a grower owned by a family are firms; "the brewery's director" is theirs
    ('BRNO — Pivnice Hradek, a small brewery in southern Moravia, now sells lager in Chengdu.\n\n"Chengdu is our '
     'best market," said Marek Dolezal, the brewery\'s sales director.',
     [("Marek Dolezal", "Pivnice Hradek", "CZ", "Chengdu is our best market")]),
    ("LIMA, May 4 (Agro Wire) – Rosas del Sur, a family-owned flower grower near Huaral, ships to Shanghai now.\n\n"
     "The company’s export manager, Ana Quispe, said Chinese buyers paid on time.",
     [("Ana Quispe", "Rosas del Sur", "PE", "Chinese buyers paid on time")]),
    # negative: a grower who is a person stays a person
    ("Residents spoke against the sale. Dale Harmsen, a soybean grower from Ames, told the board that "
     "farmland should stay local.",
     [("Dale Harmsen", None, None, "farmland should stay local")]),
])
def test_firms_described_by_their_trade(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, its general manager" after the verb: the firm named before; a trailing ", by video link" is no part of it
    ('Yantai Bluesea Trading, a Chinese importer, wants more cider. "Demand is rising," said Li Na, its general '
     'manager, by video link.',
     [("Li Na", "Yantai Bluesea Trading", "CN", "Demand is rising")]),
    # "Owner's importer, X, sees ...": X is a firm, and "its" is X
    ('Brodek\'s distributor, Harbin Northstar Foods, sees room for more. "Orders will double," said Wang Fei, its '
     'sales director.',
     [("Wang Fei", "Harbin Northstar Foods", "CN", "Orders will double")]),
    # negative: "its" with no firm before stays unresolved
    ('"Orders will double," said Wang Fei, its sales director.',
     [("Wang Fei", None, None, "Orders will double")]),
])
def test_its_title_after_the_verb(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "government spokesman X": the government of the story's country
    ("WARSAW, March 3 (Vistula Wire) - Poland will cap subsidies for the plant, government spokesman Adam "
     "Nowicki said on Monday.",
     [("Adam Nowicki", "Polish government", "PL", "Poland will cap subsidies for the plant")]),
    # a governor in a story datelined by a city alone: the US state the story names
    ("SALEM — Gov. Laura Finch on Monday defended her trip to Shenzhen, saying Oregon needed Chinese buyers for "
     "its hazelnuts. Oregon farmers sold more last year.",
     [("Laura Finch", "Oregon state government", "US", "Oregon needed Chinese buyers for its hazelnuts")]),
    # negative: "Washington" is the capital, not a state, in a Mexican state's story
    ("Washington pressed Mexico and Washington officials warned. Gov. Ana Ruiz said the state would keep "
     "welcoming Chinese suppliers.",
     [("Ana Ruiz", None, None, "the state would keep welcoming Chinese suppliers")]),
])
def test_government_voices(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline city by its English name ("Patras" for Pátra): the company's country
    ("PATRAS - Achaia Ferries, the ferry company on the Bari route, ordered two ships from a Chinese yard, its "
     "managing director Nikos Laskaris said.",
     [("Nikos Laskaris", "Achaia Ferries", "GR", "Achaia Ferries, the ferry company on the Bari route, ordered "
       "two ships from a Chinese yard")]),
    # "the province's secretary" in a story datelined by the capital: the province the story names
    ("SAN FERNANDO DEL VALLE DE CATAMARCA, Nov 18 - Catamarca's provincial government will require local "
     "processing, officials said.\n\nMarta Ruiz, the province's secretary of mining, said Catamarca exported "
     "more lithium.",
     [("Marta Ruiz", "Catamarca provincial government", "AR", "Catamarca exported more lithium")]),
    # negative: a surname that is also another name of a city is no place
    ("Residents were split. Kamau, a farmer from Limuru, said the Chinese buyers paid well.",
     [("Kamau", None, None, "the Chinese buyers paid well")]),
])
def test_places_and_provinces(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of government's country is the story's, not China named in the content before the attribution
    ("VIENTIANE, May 2 (Mekong Wire) — Laos will open a second rail link to China next year, Deputy Prime "
     "Minister Somsak Vongsa said on Monday.",
     [("Somsak Vongsa", "Laotian government", "LA", "Laos will open a second rail link to China next year")]),
    # a trustee of "the township board" in a story about Alder Township
    ("ALDER TOWNSHIP - The township board heard Michigan residents on a Chinese-owned plant.\n\nTrustee Ron Blake was the "
     "sharpest critic on the board. Blake said the plant answered to Beijing.",
     [("Ron Blake", "Alder Township Board", "US", "the plant answered to Beijing")]),
])
def test_heads_and_boards(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opened by a foreign word for a cooperative is a body, and "the cooperative's president" is its
    ("CURITIBA - A Paraná cooperative shipped soybeans to a COFCO plant, according to the Cooperativa Agrícola "
     'Serra Azul.\n\n"China buys most of what we grow," said Joao Pereira, the cooperative\'s president.',
     [(None, "Cooperativa Agrícola Serra Azul", "BR", "A Paraná cooperative shipped soybeans to a COFCO plant"),
      ("Joao Pereira", "Cooperativa Agrícola Serra Azul", "BR", "China buys most of what we grow")]),
    # "The University of X will ... with the Y Institute ..., its vice-chancellor said": the subject's
    ("The University of Eastmoor will keep its laboratory with the Dalian Institute of Chemistry but will move "
     "coatings work to a local team, its vice-chancellor said on Tuesday.",
     [(None, "University of Eastmoor", None, "The University of Eastmoor will keep its laboratory with the "
       "Dalian Institute of Chemistry but will move coatings work to a local team")]),
])
def test_bodies_by_their_first_word(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an honorific opening the name set off after its title: the title phrase comes along
    ("MONTERREY - Forjas del Norte, a family-owned forge, is losing orders.\n\nThe company's director general, "
     "Ing. Raul Trevino, told a trade weekly that Chinese parts arrive cheaper.",
     [("Raul Trevino", "Forjas del Norte", "MX", "Chinese parts arrive cheaper")]),
    # a title with a list of areas before the name
    ("IBADAN - Oyo State's commissioner for trade, investment and cooperatives, Mrs. Bisi Alade, said the state "
     "would back any project that created jobs.",
     [("Bisi Alade", "Oyo state government", "NG", "the state would back any project that created jobs")]),
    # "its secretary-general said" is a title; the name opening the next paragraph holds it
    ("MANILA, May 2 — The Philippines' Board of Investments will keep incentives for Chinese battery makers, its "
     "secretary-general said on Monday.\n\nMaria Santos told a forum that Chinese firms had brought new plants.",
     [("Maria Santos", "Board of Investments", "PH",
       "The Philippines' Board of Investments will keep incentives for Chinese battery makers"),
      ("Maria Santos", "Board of Investments", "PH", "Chinese firms had brought new plants")]),
    # negative: a name that opens the next paragraph with an appositive is someone else
    ("MANILA, May 2 — The Philippines' Board of Investments will keep incentives for Chinese battery makers, its "
     "secretary-general said on Monday.\n\nJose Reyes, an analyst at Luzon Capital, said the incentives cost "
     "too much.",
     [(None, "Board of Investments", "PH",
       "The Philippines' Board of Investments will keep incentives for Chinese battery makers"),
      ("Jose Reyes", "Luzon Capital", "PH", "the incentives cost too much")]),
])
def test_titles_before_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an Austrian academic title is no organization
    ('LINZ - Mühlviertel Hebetechnik GmbH makes hoists. "Chinese rivals sell below cost," said Mag. Eva Gruber, '
     "who has led the family-owned company since 2018.",
     [("Eva Gruber", "Mühlviertel Hebetechnik GmbH", "AT", "Chinese rivals sell below cost")]),
    # "Chief Cabinet Secretary X": the government
    ("TOKYO, May 2 (Kanto Wire) — Japan will add magnets to its list of critical materials, Chief Cabinet "
     "Secretary Kenji Mori said on Monday.",
     [("Kenji Mori", "Japanese government", "JP", "Japan will add magnets to its list of critical materials")]),
    # a president in Canada heads a company, not the state
    ("REGINA - Prairie Canola Crushers Ltd. runs a plant in Regina. President Tom Baker said China's duties had "
     "idled the plant.",
     [("Tom Baker", "Prairie Canola Crushers Ltd.", "CA", "China's duties had idled the plant")]),
    # negative: a president in a presidential republic is the government's
    ("SANTIAGO, May 2 - Chile will sell more copper to China, President Ana Rojas said on Monday.",
     [("Ana Rojas", "Chilean government", "CL", "Chile will sell more copper to China")]),
    # "the Lagos State Commissioner for ...": the state's government
    ("IKEJA - Mrs. Funke Bello, the Lagos State Commissioner for Commerce, Industry and Cooperatives, said the "
     "state had chosen a Chinese developer.",
     [("Funke Bello", "Lagos state government", "NG", "the state had chosen a Chinese developer")]),
    # a member of parliament "from X county": the parliament, not the county
    ("BUDAPEST - Anna Toth, an opposition member of parliament from Baranya county, said the contract was "
     "signed in secret.",
     [("Anna Toth", "Hungarian Parliament", "HU", "the contract was signed in secret")]),
    # a masthead line names a paper and its section, no organization of the people below it
    ("Aberdeen Business Review | Food & Drink\n\nDistillers fear Chinese duties. Ewan Grant, the MSP for "
     "Banff, said ministers should press Beijing to drop the review.",
     [("Ewan Grant", "Scottish Parliament", "GB", "ministers should press Beijing to drop the review")]),
    # a content's China before a trailing attribution is not the minister's country
    ("OTTAWA, May 21 (Capital Wire) - The federal government has ordered Norland Cobalt Ltd.'s Chinese suitor to "
     "drop its offer, Industry Minister Paul Roy said on Wednesday.",
     [("Paul Roy", "Canadian government", "CA", "The federal government has ordered Norland Cobalt Ltd.'s "
       "Chinese suitor to drop its offer")]),
    # negative: "In Beijing, commerce ministry spokeswoman X" in a story datelined elsewhere is China's
    ("RIYADH, May 2 - Saudi Arabia courts Chinese carmakers. In Beijing, commerce ministry spokeswoman Li Wen "
     "told a briefing that China welcomed Gulf investment.",
     [("Li Wen", "China's Ministry of Commerce", "CN", "China welcomed Gulf investment")]),
])
def test_titles_and_bodies(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form written in two parts is one name
    ('HSINCHU - Tailu Microchips Co., Ltd. designs chips. "We sell to China," said Wu Ming, chairman of Tailu '
     "Microchips Co., Ltd.",
     [("Wu Ming", "Tailu Microchips Co., Ltd.", "TW", "We sell to China")]),
    ('POZNAN - Wielkopolska Trans Sp. z o.o. runs freight trains. "China is our main market," said Jan Nowak, '
     "chief executive of Wielkopolska Trans Sp. z o.o.",
     [("Jan Nowak", "Wielkopolska Trans Sp. z o.o.", "PL", "China is our main market")]),
    # a day that follows a body's name is no part of it
    ("The Cloud County Board of Commissioners on Monday voted against the farm sale. Commissioner Ann Ries said "
     "the farm should stay local.",
     [("Ann Ries", "Cloud County Board of Commissioners", None, "the farm should stay local")]),
    # a Malaysian legal form outweighs the Chinese tenants of the clause after it
    ("KUALA LUMPUR, Oct 2 — Data centres are booming. Awan Compute Bhd, a listed builder that counts two Chinese "
     "groups among its tenants, said its customers were still signing leases.",
     [(None, "Awan Compute Bhd", "MY", "its customers were still signing leases")]),
    # a day-first dateline on its own line gives the story's country
    ("SAN PEDRO SULA, Honduras, 4 May\n\nYarn from China\n\nAna Lopez, chief executive of Tejidos del Norte, a "
     "knitting mill, said her company had switched a quarter of its yarn to Chinese spinners.",
     [("Ana Lopez", "Tejidos del Norte", "HN", "her company had switched a quarter of its yarn to Chinese "
       "spinners")]),
    # a region after "in" is no organization
    ("TOKYO/JAKARTA, Oct 27 - Japan's Sakura Metals Corp. will buy a stake in a nickel plant in Central Sulawesi "
     "from its Chinese operator, the Tokyo-based trading house said on Monday.",
     [(None, "Sakura Metals Corp.", "JP", "Japan's Sakura Metals Corp. will buy a stake in a nickel plant in "
       "Central Sulawesi from its Chinese operator")]),
])
def test_names_forms_and_datelines(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with its area in lower case opening the sentence
    ("QUITO, 4 May\n\nThe minister of economic development told business leaders on Tuesday that Ecuador would "
     "not shut the door on Chinese suppliers.",
     [(None, "Ecuadorian government", "EC", "Ecuador would not shut the door on Chinese suppliers")]),
    # "the X-based maker of heavy trucks said": the company the lede names
    ("UMEA — Norrland Lastbilar AB will invest 2 billion kronor in its plant in Hefei, the Umea-based maker of "
     "heavy trucks said on Wednesday.",
     [(None, "Norrland Lastbilar AB", "SE", "Norrland Lastbilar AB will invest 2 billion kronor in its plant in "
       "Hefei")]),
    # "disclosed" reports
    ("ULSAN, March 11 — Donghae Shipbuilding Co. bought half of its steel plate from Chinese mills last year, the "
     "company disclosed in its annual report.",
     [(None, "Donghae Shipbuilding Co.", "KR", "Donghae Shipbuilding Co. bought half of its steel plate from "
       "Chinese mills")]),
    # "X expects ..., executives said": the company
    ("BOSTON, Oct 29 (Bay Wire) - Quarry Vacuum Systems Inc. expects sales to Chinese chipmakers to fall next "
     "year, executives said on Wednesday.",
     [(None, "Quarry Vacuum Systems Inc.", "US", "Quarry Vacuum Systems Inc. expects sales to Chinese chipmakers "
       "to fall next year")]),
    # negative: "executives said" with no company opening the sentence names no one
    ("Sales to Chinese chipmakers will fall next year, executives said on Wednesday.", []),
])
def test_lede_sources(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Belgian region's minister, introduced in a sentence that reports nothing, speaks later for its government
    ("GHENT - Flanders’ minister for ports and innovation, Sofie Peeters, wants guarantees first. Peeters said "
     "the region would not approve a larger Chinese stake.",
     [("Sofie Peeters", "Flemish government", "BE", "the region would not approve a larger Chinese stake")]),
    # titles before a name that are no part of it, and the bodies they belong to
    ("BAIRD, Texas - The Callahan County Commissioners Court voted on a wind farm. County Judge Roy Tate said the "
     "court would not stand in the way.",
     [("Roy Tate", "Callahan County Commissioners Court", "US", "the court would not stand in the way")]),
    ("REGINA - NDP MLA Dana Kuchar said Saskatchewan should press Ottawa on canola duties.",
     [("Dana Kuchar", "Saskatchewan Legislature", "CA", "Saskatchewan should press Ottawa on canola duties")]),
    ("ABU DHABI - HE Dr. Salem Rashid Al Mansoori said the UAE welcomed Chinese rail investment.",
     [("Salem Rashid Al Mansoori", None, None, "the UAE welcomed Chinese rail investment")]),
    # negative: a rancher is no organization
    ("ABILENE, Texas - Rancher Wade Hollis said the wind farm should be stopped.",
     [("Wade Hollis", None, None, "the wind farm should be stopped")]),
])
def test_regional_and_local_titles(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Managing director X" in a story that opens with a local firm, after its foreign buyer was named
    ("MENDOZA - Frigorifico Los Alamos will ship beef to China under a contract with Huanan Meat Trading, a "
     "Shanghai importer.\n\nManaging director Pablo Gil said the contract would add a second shift.",
     [("Pablo Gil", "Frigorifico Los Alamos", "AR", "the contract would add a second shift")]),
    # negative: a story that opens with the foreign firm keeps the firm just named
    ("CAIRO - Xinhe Solar Glass, the Zhejiang-based maker of solar glass, said on Monday it would build a plant "
     "in the Suez Canal Economic Zone. The release cited chairman Zhou Ping as saying the plant was a bridge to "
     "Europe.",
     [(None, "Xinhe Solar Glass", "CN", "it would build a plant in the Suez Canal Economic Zone"),
      ("Zhou Ping", "Xinhe Solar Glass", "CN", "the plant was a bridge to Europe")]),
    # a union local's number is part of its name before a title and a name
    ("SUDBURY, Ontario - The city wants nickel duties. United Steelworkers Local 6500 president Dan Roy noted "
     "that Sudbury had lost 900 mining jobs.",
     [("Dan Roy", "United Steelworkers Local 6500", "CA", "Sudbury had lost 900 mining jobs")]),
    # a one-word firm set off by "the <noun> of ..." is a firm; "its chief executive, X" after "according to"
    ("STOCKHOLM - Magnetik, the Swedish maker of motor magnets, is in talks with Hokuyo for part of the volume, "
     "according to its chief executive, Eva Berg.",
     [("Eva Berg", "Magnetik", "SE", "Magnetik, the Swedish maker of motor magnets, is in talks with Hokuyo for "
       "part of the volume")]),
    # negative: "According to X, the company hopes ...": X is no firm
    ("LAGOS - Delta Quay Terminals wants a berth. Delta Quay’s chief financial officer, Ada Obi, said the company "
     "had held talks.\n\nAccording to Obi, the company hopes to sign the loan this year.",
     [("Ada Obi", "Delta Quay Terminals", "NG", "the company had held talks"),
      ("Ada Obi", "Delta Quay Terminals", "NG", "the company hopes to sign the loan this year")]),
])
def test_firms_and_their_people(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Its managing director, Riaan van der Merwe," introduces a name with particles
    ("DURBAN - The order helps Umgeni Cranes (Pty) Ltd, a Durban engineering firm. Its managing director, Pieter "
     "van der Berg, said the work would keep his staff busy.",
     [("Pieter van der Berg", "Umgeni Cranes Ltd", "ZA", "the work would keep his staff busy")]),
    # "X, Org's country manager in Argentina, was more direct": X of Org
    ("SALTA - Ganfeng Lithium Group Co. Ltd. buys lithium here. Li Jun, Ganfeng’s country manager in Argentina, was "
     "more direct at a forum. “We have been patient,” Li said.",
     [("Li Jun", "Ganfeng Lithium Group Co. Ltd.", "CN", "We have been patient")]),
    # an under-secretary at a ministry, introduced in a sentence that reports nothing
    ("DUBAI - HE Omar Al Suwaidi, under-secretary at the UAE Ministry of Industry and Advanced Technology, attended "
     "the ceremony. He said the UAE welcomed Chinese jets.",
     [("Omar Al Suwaidi", "UAE Ministry of Industry and Advanced Technology", "AE",
       "the UAE welcomed Chinese jets")]),
    # "The governor of <Department>, X, backed ...": the department's government
    ("Coal is leaving the port. The governor of La Guajira, Ana Ipuana, backed the sale. Ipuana said the "
     "department needed the jobs.",
     [("Ana Ipuana", "La Guajira departmental government", "CO", "the department needed the jobs")]),
])
def test_introductions_without_a_report(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legislator introduced with a party, in a story that names the chamber: the chamber (README convention)
    ("WARSAW - The Sejm debated Chinese buses. Civic Coalition MP Anna Nowak said the buses should not run on "
     "Chinese software.",
     [("Anna Nowak", "Sejm", "PL", "the buses should not run on Chinese software")]),
    # no chamber named: an MP's title names it (session 11; the party before that)
    ("WARSAW - Buses are on the agenda. Civic Coalition MP Anna Nowak said the buses should not run on Chinese "
     "software.",
     [("Anna Nowak", "Sejm", "PL", "the buses should not run on Chinese software")]),
    # negative: a party's spokeswoman speaks for the party
    ("WARSAW - Buses are on the agenda. Civic Coalition spokeswoman Anna Nowak said the buses should not run on "
     "Chinese software.",
     [("Anna Nowak", "Civic Coalition", "PL", "the buses should not run on Chinese software")]),
])
def test_party_or_chamber(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A Stuttgart-based rival, X," is a firm; "Its chief executive Y said" is X's
    ("BERLIN - A Munich-based rival, Huber Schleiftechnik, closed its Chinese plant in 2024. Its chief executive "
     "Jonas Huber said last month the move had cost money.",
     [("Jonas Huber", "Huber Schleiftechnik", "DE", "the move had cost money")]),
    # negative: "Its chief executive Y said" with no firm before: the person still speaks
    ("BERLIN - The plant closed in 2024. Its chief executive Jonas Huber said last month the move had cost money.",
     [("Jonas Huber", None, None, "the move had cost money")]),
    # a senator "for the Northern Territory": the territory is the seat, not the organization
    ("DARWIN - Labor senator for the Northern Territory, Ann Ferris, said the buyback talk was cheap politics.",
     [("Ann Ferris", "Australian Senate", "AU", "the buyback talk was cheap politics")]),
    # the chapter or branch of a federation or union: the federation, the union
    ("QUERETARO - Owners are split. Luis Mendez, president of the Querétaro chapter of the employers' federation "
     "Coparmex, said the state should not risk its access to the US.",
     [("Luis Mendez", "Coparmex", "MX", "the state should not risk its access to the US")]),
    ("VOLOS - Not everyone was pleased. Maria Kosta, who heads the Volos branch of the seafarers' union PNO, "
     "argued that European money should not flow to Chinese yards.",
     [("Maria Kosta", "PNO", "GR", "European money should not flow to Chinese yards")]),
])
def test_pronouns_seats_and_branches(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_capitalised_area_list_before_a_name(extractor):
    text = ("DURBAN - KwaZulu-Natal's MEC for Economic Development, Tourism and Environmental Affairs, Thandi Zulu, "
            "said the province would not let quarrels delay the port upgrade.")
    assert statements(extractor, text) == [
        ("Thandi Zulu", "KwaZulu-Natal provincial government", "ZA",
         "the province would not let quarrels delay the port upgrade")]


def test_senator_in_a_story_without_a_dateline(extractor):
    # "Sen. X" in an undatelined story about Kenya sits in Kenya's Senate
    text = ("POLITICS\n\nKenya has asked China to stretch its loan, the National Treasury said on Tuesday, as "
            "senators demanded the contracts. Kenya's Treasury wants ten more years.\n\nNot all senators agreed. "
            "Sen. Peter Otieno argued that the railway had halved freight costs.")
    assert statements(extractor, text)[-1] == (
        "Peter Otieno", "Senate of Kenya", "KE", "the railway had halved freight costs")


@pytest.mark.parametrize("text, expected", [
    # "a vice-president at X, the Chinese automaker's Canadian unit": the Chinese parent (README parent rule)
    ("OTTAWA - Marc Roy, a vice-president at BYD Canada, the Chinese automaker's Canadian unit, told the committee "
     "that the surtax was denying buyers a choice.",
     [("Marc Roy", "BYD Co. Ltd.", "CN", "the surtax was denying buyers a choice")]),
    # "The company's chairman, X, has been ..." introduces X at the company
    ("HONG KONG - Kwun Tong Logistics Holdings is quiet. The company's chairman, Tony Lau Ka-ming, has been more "
     "open in the past. At a lunch in September, Lau said that forwarders had to go where customers were.",
     [("Tony Lau Ka-ming", "Kwun Tong Logistics Holdings", "HK", "forwarders had to go where customers were")]),
    # negative: a surname that is also an industry word stays a person's
    ("FRANKFURT - Odenwald Harze sells resins. Friederike Stahl of Maintal Research said Odenwald earned a third "
     "of its sales in China.",
     [("Friederike Stahl", "Maintal Research", "DE", "Odenwald earned a third of its sales in China")]),
])
def test_units_chairs_and_surnames(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who has run the cooperative since 2019": the body the story named with that noun
    ("LONDRINA - The Cooperativa Agrícola Vale Verde ships soy to China. Marcos Lima, who has run the cooperative "
     "since 2019, said Chinese buyers paid on time.",
     [("Marcos Lima", "Cooperativa Agrícola Vale Verde", "BR", "Chinese buyers paid on time")]),
    # negative: no body named with the noun
    ("LONDRINA - Soy ships to China. Marcos Lima, who has run the cooperative since 2019, said Chinese buyers "
     "paid on time.",
     [("Marcos Lima", None, None, "Chinese buyers paid on time")]),
])
def test_who_runs_the_noun(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Malaysia's investment, trade and industry minister, Datuk Seri X, said": the country's government
    ("KUALA LUMPUR - Malaysia's investment, trade and industry minister, Datuk Seri Ahmad Zaki, said the "
     "government would not take sides.",
     [("Ahmad Zaki", "Malaysian government", "MY", "the government would not take sides")]),
    # "X will ..., its vice-rector for international affairs, Y, told": the subject's, and the content stops
    ("BRNO - Moravia University will double its intake of Chinese students by 2028, its vice-rector for "
     "international affairs, Eva Novak, told the Brief.",
     [("Eva Novak", "Moravia University", "CZ", "Moravia University will double its intake of Chinese students "
       "by 2028")]),
])
def test_titles_split_by_commas(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "“...” X said CLAUSE": the quote is X's, and so is the clause after the verb
    ("Airlift's sales chief, Anne Morel, was relaxed. “Competition is healthy,” she said. “The market is big "
     "enough.” Morel said Airlift had delivered 900 aircraft assembled in Tianjin and would double output by 2028.",
     [("Anne Morel", "Airlift", None, "Competition is healthy"), ("Anne Morel", "Airlift", None, "The market is big enough."),
      ("Anne Morel", "Airlift", None, "Airlift had delivered 900 aircraft assembled in Tianjin and would double output "
       "by 2028")]),
    # negative: "“...” X said on Monday." adds nothing
    ("Airlift's sales chief, Anne Morel, was relaxed. “The market is big enough,” Morel said on Monday.",
     [("Anne Morel", "Airlift", None, "The market is big enough")]),
])
def test_quote_then_clause(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, Denmark's largest turbine maker, said": the appositive is stepped over, and its owner is no source
    ("Vestas, Denmark’s largest turbine maker, said it would cooperate fully with the investigation.",
     [(None, "Vestas Wind Systems A/S", "DK", "it would cooperate fully with the investigation")]),
    ("Zibo Hengtai Biochemical, Kanzaki's largest supplier, said it valued the partnership.",
     [(None, "Zibo Hengtai Biochemical", None, "it valued the partnership")]),
])
def test_owner_described_appositive(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country opening its sentence as the speaker: its government
    ("Japan said on Monday that it would retaliate against the tariffs.",
     [(None, "Japanese government", "JP", "it would retaliate against the tariffs")]),
    ("South Korea, whose display makers are among the biggest buyers, said it would seek talks with Beijing.",
     [(None, "South Korean government", "KR", "it would seek talks with Beijing")]),
    # negative: a country inside a clause is no speaker
    ("He was dismissive of the fees, which apply to vessels built in China calling at US ports to stop.", []),
])
def test_country_as_speaker(extractor, text, expected):
    assert statements(extractor, text) == expected


def test_its_division_speaks_for_the_firm(extractor):
    text = ("DURBAN - Umgeni Rail Holdings, a state-owned freight group, allocates rail capacity. Its freight "
            "division said in a statement that it would add two train sets by March.")
    assert statements(extractor, text) == [
        (None, "Umgeni Rail Holdings", "ZA", "it would add two train sets by March")]


@pytest.mark.parametrize("text, expected", [
    # a live blog's timestamp line opens no subject; "she" is the titled speaker with no name; a byline is no one
    ("LIVE | Ministers meet\n\nBy Anna Berg, Brussels\n\n09:18 CET\nArriving at the doorstep, the EU's trade "
     "commissioner told reporters that the Commission would not be rushed. She added that the toolbox was "
     "designed to cut dependencies.\n\n\"We are not building a wall,\" she said.",
     [(None, "European Commission", "EU", "the Commission would not be rushed"),
      (None, "European Commission", "EU", "the toolbox was designed to cut dependencies"),
      (None, "European Commission", "EU", "We are not building a wall")]),
    # a building's name is no person
    ("Ministers met in the Justus Lipsius building. Anna Berg, a trade official, said the talks went well. "
     "\"It was calm,\" she said.",
     [("Anna Berg", None, None, "the talks went well"), ("Anna Berg", None, None, "It was calm")]),
])
def test_live_blog_and_unnamed_speakers(extractor, text, expected):
    assert statements(extractor, text) == expected
