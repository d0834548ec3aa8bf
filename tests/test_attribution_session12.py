"""Session 12 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.places import legal_form_country, place_country


@pytest.mark.parametrize("name, expected", [
    ("Aceros del Bajío S.A. de C.V.", "MX"),
    ("Terminal Sur S.A.A.", "PE"),
    ("Porcinos Vilaró S.L.", "ES"),
    ("Tianyu Microelectronics Sdn Bhd", "MY"),
    ("Sahyadri Biotech Pvt Ltd", "IN"),
    ("Highveld Motors (Pty) Ltd", "ZA"),
    # negatives: "S.A." and "Ltd" alone are used in many countries
    ("Aceros del Bajío S.A.", None),
    ("Kilima Roads Ltd", None),
])
def test_legal_form_country(name, expected):
    assert legal_form_country(name) == expected


@pytest.mark.parametrize("place, expected", [
    ("Wales", "GB"), ("Welsh", "GB"), ("Scotland", "GB"), ("England", "GB"), ("Flanders", "BE"),
    ("South Wales", "GB"),
    ("New South Wales", "AU"),  # negative: the whole name is Australian
])
def test_uk_nations_are_places(place, expected):
    assert place_country(place) == expected


@pytest.mark.parametrize("text, expected", [
    # "Ebbw Vale" is a town, not the registry's miner Vale (BR)
    ("EBBW VALE, Wales — Caerwen County Borough Council has voted to buy 30 buses from Hafod Coachworks, the Ebbw "
     "Vale factory owned by a Chinese group. Council leader Cllr Megan Rhys said the vote was about jobs in the "
     "valley.",
     [("Megan Rhys", "Caerwen County Borough Council", "GB", "the vote was about jobs in the valley")]),
    ("The Welsh Government's economy secretary, Iwan Price, said grants were a matter for ministers.",
     [("Iwan Price", "Welsh Government", "GB", "grants were a matter for ministers")]),
    # negative: a party word before a one-word alias is no part of its name
    ("The Bundestag will debate the port stake next week. Green Bundestag member Lena Sommer said the government "
     "should block the deal.",
     [("Lena Sommer", "Bundestag", "DE", "the government should block the deal")]),
])
def test_a_word_before_a_one_word_alias(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X was bought in 2021 by Hunan-based Y": X's people speak for the Chinese parent
    ("Morlais Coachworks was bought in 2021 by Hunan-based Xiangjiang Bus Group, which kept every job. The "
     "company's managing director, Tom Ellis, said the plant would hire 40 more workers.",
     [("Tom Ellis", "Xiangjiang Bus Group", "CN", "the plant would hire 40 more workers")]),
    # "X, whose local unit, Y S.A. de C.V., ..."; a town after "in" is no body
    ("Among the newcomers is Ningbo-based Haida Precision Parts, whose local unit, Haida Autopartes México S.A. de "
     "C.V., opened a plant in Apodaca in May. Its general manager, Li Wen, said the company chose Mexico for its "
     "customers.",
     [("Li Wen", "Haida Precision Parts", "CN", "the company chose Mexico for its customers")]),
    # the parent's name runs over "and"
    ("Kilima Roads Ltd, the local unit of China Road and Bridge Corp., runs the bypass. Kilima Roads' managing "
     "director, Sun Wei, said the tolls followed the contract.",
     [("Sun Wei", "China Road and Bridge Corp.", "CN", "the tolls followed the contract")]),
    # the whole Mexican legal form, and its country
    ("Rafael Ortiz, chief executive of Aceros del Bajío S.A. de C.V., said the plant would stay open.",
     [("Rafael Ortiz", "Aceros del Bajío S.A. de C.V.", "MX", "the plant would stay open")]),
])
def test_units_parents_and_legal_forms(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the state government says" and "the state's economy secretary": the state the article names most
    ("MONTERREY, Nov. 3 -- Nuevo León has won nine supplier projects this year, and the state government says it "
     "wants more of them. Nuevo León officials are courting Korean firms too.\n\nAna Garza, the state's economy "
     "secretary, told a business breakfast that Nuevo León would open an office in Seoul.",
     [(None, "Nuevo León state government", "MX", "it wants more of them"),
      ("Ana Garza", "Nuevo León state government", "MX", "Nuevo León would open an office in Seoul")]),
    # a sub-national title without a possessive; Penang's government is in the registry
    ("Penang Chief Minister Datuk Seri Lim Keat Hong said the state welcomed investors from every country.",
     [("Lim Keat Hong", "Penang state government", "MY", "the state welcomed investors from every country")]),
    ("Flemish economy minister Els Peeters said Flanders could not export its chemical future.",
     [("Els Peeters", "Flemish government", "BE", "Flanders could not export its chemical future")]),
    # an Australian premier heads the state the article names
    ("PERTH - The Premier, Kate Morrow, has backed a Chinese stake in a refinery in Western Australia, saying "
     "Western Australia \"cannot afford to be fussy.\"",
     [("Kate Morrow", "Western Australian government", "AU", "Western Australia \"cannot afford to be fussy.\"")]),
    # negative: China's premier is the national government's
    ("BEIJING - Premier Li Wei said China would keep opening its market.",
     [("Li Wei", "Chinese government", "CN", "China would keep opening its market")]),
])
def test_sub_national_governments(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the transport ministry" and the article's own full name for it
    ("ABUJA, Nov 2 (Wire) - Nigeria has signed a loan for the Kano rail line, the transport ministry said on "
     "Tuesday.\n\nThe Federal Ministry of Transportation said in a statement that work would resume in March.",
     [(None, "Federal Ministry of Transportation", "NG", "Nigeria has signed a loan for the Kano rail line"),
      (None, "Federal Ministry of Transportation", "NG", "work would resume")]),
    # negative: a minister by title whose ministry the article never names stays the national government
    ("In Madrid, Spain's industry minister, Lucía Navarro, said the country would not close the door on Chinese "
     "investment.",
     [("Lucía Navarro", "Spanish government", "ES", "the country would not close the door on Chinese investment")]),
    # "Government spokesman X": the story country's government
    ("BUDAPEST - Hungary will grant a Chinese battery maker 40 billion forints.\n\nGovernment spokesman Zoltán "
     "Kerekes told reporters that the government welcomed every investor.",
     [("Zoltán Kerekes", "Hungarian government", "HU", "the government welcomed every investor")]),
    # a seat is no body; the chamber is
    ("Sen. Musa Ibrahim, who represents Kano Central in the Senate, said the loan terms were too secret.",
     [("Musa Ibrahim", "Senate of Nigeria", "NG", "the loan terms were too secret")]),
    ("ALBANY, New York — Assemblymember Dan Kearney, a Republican from Suffolk County, said the drones were a "
     "security risk.",
     [("Dan Kearney", "New York Legislature", "US", "the drones were a security risk")]),
])
def test_ministries_governments_and_chambers(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym takes the name spelled out for it
    ("The Swedish Post and Telecom Authority (PTS) ordered the removal. PTS director-general Karin Lund said the "
     "ruling confirmed the authority's powers.",
     [("Karin Lund", "Swedish Post and Telecom Authority", "SE", "the ruling confirmed the authority's powers")]),
    # "the company's <title>" stays the firm "the company" has meant, not a rival named in passing
    ("MILAN — Casa Verbano S.p.A. will open six boutiques in China next year, the company said on Thursday.\n\n"
     "Rivals are cautious. Prada S.p.A. has said it will hold its network flat.\n\nThe company's finance director, "
     "Paolo Riva, said none of the group's production was in China.",
     [(None, "Casa Verbano S.p.A.", "IT", "Casa Verbano S.p.A. will open six boutiques in China next year"),
      (None, "Prada S.p.A.", "IT", "it will hold its network flat"),
      ("Paolo Riva", "Casa Verbano S.p.A.", "IT", "none of the group's production was in China")]),
    # "Textile" closes a firm's name; a weaver is a firm
    ("Several mills are expanding. One of them is Shaoxing Huamei Textile, a Zhejiang-based weaver. Its general "
     "manager, Chen Bo, said the company planned a new mill in Chittagong.",
     [("Chen Bo", "Shaoxing Huamei Textile", "CN", "the company planned a new mill in Chittagong")]),
    # a LinkedIn post is a medium; "its founders" speak for the firm the sentence opens with
    ("Kesher Photonics, the Haifa-based maker of optical switches, has stopped shipping to China, its founders said "
     "in a LinkedIn post on Sunday.",
     [(None, "Kesher Photonics", "IL", "Kesher Photonics, the Haifa-based maker of optical switches, has stopped "
                                      "shipping to China")]),
    # a name led by a Chinese province is a firm, under the full name met first
    ("Shandong Huaxin Paper, which makes tissue for supermarkets, buys Finnish pulp. Shandong Huaxin, in a statement "
     "sent through its agent, said it valued a long partnership with Finnish suppliers.",
     [(None, "Shandong Huaxin Paper", "CN", "it valued a long partnership with Finnish suppliers")]),
    # a compass word after "X-based" opens the name
    ("Economist Rafiq Ahmed of the Dhaka-based South Asian Network on Economic Modeling said the dependence on "
     "Chinese fabric was a structural weakness.",
     [("Rafiq Ahmed", "South Asian Network on Economic Modeling", "BD",
       "the dependence on Chinese fabric was a structural weakness")]),
])
def test_firms_from_context(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # county commissioners sit on the commission the article named before them
    ("SEDALIA - The Benton County Commission voted 2-1 on Monday to keep the sponsor.\n\nPresiding Commissioner Ron "
     "Hale said the sponsorship was a local matter. Eastern District Commissioner Jo Beck said the plant paid its "
     "bills on time.",
     [("Ron Hale", "Benton County Commission", "US", "the sponsorship was a local matter"),
      ("Jo Beck", "Benton County Commission", "US", "the plant paid its bills on time")]),
    # a parliamentary committee's chair speaks for the chamber
    ("LONDON - The Business and Trade Committee's report urged wider screening of Chinese stakes, MPs said. Dame "
     "Ruth Cole, the committee's chair, said the government should publish a list of cleared deals.",
     [("Ruth Cole", "UK Parliament", "GB", "the government should publish a list of cleared deals")]),
])
def test_commissions_and_committees(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The X Port Authority, which has been controlled by China's COSCO": a unit without its "The"
    ("The Thessaloniki Port Authority, which has been controlled by China's COSCO Shipping since 2018, said "
     "staffing complied with the law. Its managing director, Li Gang, said the company would add two cranes.",
     [(None, "China COSCO Shipping Corp. Ltd.", "CN", "staffing complied with the law"),
      ("Li Gang", "China COSCO Shipping Corp. Ltd.", "CN", "the company would add two cranes")]),
    # "The company is 60 percent owned by X"
    ("Puerto Sur S.A. began dredging on Monday, the company said. The company is 60 percent owned by Guangxi "
     "Haiyang Port Group, a state-owned Chinese operator. Its general manager, Wu Lei, said the port would open in "
     "2029.",
     [(None, "Guangxi Haiyang Port Group", "CN", "Puerto Sur S.A. began dredging"),
      ("Wu Lei", "Guangxi Haiyang Port Group", "CN", "the port would open in 2029")]),
    # "X opened ... through its local unit, Y (Penang) Sdn Bhd"; the unit met without the bracketed place
    ("The move comes as Chinese groups expand in Penang. Jiangsu Kaida Microelectronics opened a RM900 million plant "
     "in March through its local unit, Kaida Microelectronics (Penang) Sdn Bhd. Kaida Microelectronics Sdn Bhd's "
     "managing director, Zhou Ming, said Penang had the best engineers.",
     [("Zhou Ming", "Jiangsu Kaida Microelectronics", "CN", "Penang had the best engineers")]),
])
def test_more_chinese_parents(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the firm the dateline's sentence opens with is from the dateline's country
    ("ULSAN — Haneul Heavy Industries Co. said on Wednesday it had won 12 orders as owners moved away from Chinese "
     "yards.",
     [(None, "Haneul Heavy Industries Co.", "KR", "it had won 12 orders as owners moved away from Chinese yards")]),
    # "in adding" reports nothing: one statement, the government's
    ("BERN - Switzerland's economy minister told parliament that the government would not follow the European Union "
     "in adding new duties on Chinese goods.",
     [(None, "Swiss government", "CH", "the government would not follow the European Union in adding new duties on "
                                        "Chinese goods")]),
    # a registered body keeps the registry's country when the article names it
    ("CHENNAI, India — Taiwan's Kuang Hua Display will open a plant near Chennai. The Tamil Nadu government said it "
     "had allotted land for the Taiwanese firm.",
     [(None, "Tamil Nadu government", "IN", "it had allotted land for the Taiwanese firm")]),
    # negative: "Farmers in Lleida" are people in a place, no body for "the association" to mean
    ("The association made its request on Monday. Farmers in Lleida have started calling the dispute a pork war.\n\n"
     "\"We are paying for a quarrel about cars,\" the association's president, Marta Puig, said.",
     [("Marta Puig", None, None, "We are paying for a quarrel about cars")]),
])
def test_countries_and_non_reports(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X's remarks, that ...," reports, with or without the comma
    ("Karen Lowe, general counsel of Sandhill Crest Ventures, argued that the rules cost investors deals.\n\n"
     "Lowe's remarks, that the rules \"only move the money, not stop it,\" drew a sharp reply.",
     [("Karen Lowe", "Sandhill Crest Ventures", None, "the rules cost investors deals"),
      ("Karen Lowe", "Sandhill Crest Ventures", None, "the rules \"only move the money, not stop it,\"")]),
    # negative: a remark with no "that" after it reports nothing
    ("Karen Lowe, general counsel of Sandhill Crest Ventures, argued that the rules cost investors deals.\n\n"
     "Lowe's remarks drew a sharp reply from the committee.",
     [("Karen Lowe", "Sandhill Crest Ventures", None, "the rules cost investors deals")]),
])
def test_remarks_that(extractor, text, expected):
    assert statements(extractor, text) == expected
