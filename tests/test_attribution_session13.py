"""Session 13 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.mentions import split_and
from stance.names import country_ended_body
from stance.org_context import _most_named_country


@pytest.mark.parametrize("run, expected", [
    ("Minister of Mining and Heavy Industry Bat Erdene told", ["Minister of Mining and Heavy Industry Bat Erdene told"]),
    ("Ministry of Energy and Mines", ["Ministry of Energy and Mines"]),
    # negative: two names joined by "and" stay two
    ("Lopez and Chen", ["Lopez", "Chen"]),
])
def test_split_and_keeps_a_ministers_areas(run, expected):
    assert split_and(run) == expected


@pytest.mark.parametrize("words, expected", [
    ("Universities UK", True), ("IDA Ireland", True), ("Export Development Canada", True),
    ("Retail Ireland", False),  # no acronym, plural or area word: too weak to tell from a person
    ("John Ireland", False), ("Anna Poland", False),  # negatives: surnames
    ("Universities", False),
])
def test_country_ended_body(words, expected):
    assert country_ended_body(words.split()) is expected


@pytest.mark.parametrize("text, expected", [
    ("The MPs on the committee met on Monday. The Commons will vote on the guidance next week; the fund is £3m.",
     "GB"),
    ("The bill passed the Lok Sabha on Monday and costs ₹400 crore.", "IN"),
    # negative: a story that names a country decides by its names, not by the cues
    ("Germany's MPs and Germany's ministers met; Germany will decide. The Commons was not mentioned by Berlin.",
     "DE"),
    ("The company makes valves and sells them abroad.", None),
])
def test_a_story_country_from_its_cues(text, expected):
    assert _most_named_country(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "said its <title>, <Name>." after a quote: the name is the speaker, "its" the body named before
    ("DUBLIN, May 3 - Lisnagry Valves Ltd, the Cork-based maker of valves, backed the plan on Monday.\n\n"
     "\"We will stay open,\" said its chief executive, Tom Ryan.\n\nMore text follows here.",
     [("Tom Ryan", "Lisnagry Valves Ltd", "IE", "We will stay open")]),
    ("DUBLIN, May 3 - Lisnagry Valves Ltd, the Cork-based maker of valves, backed the plan on Monday.\n\n"
     "\"We will stay open,\" said the company's head of technology, Mary Byrne.\n\nMore text follows here.",
     [("Mary Byrne", "Lisnagry Valves Ltd", "IE", "We will stay open")]),
    ("DUBLIN, May 3 - Lisnagry Valves Ltd, the Cork-based maker of valves, backed the plan on Monday.\n\n"
     "\"We will stay open,\" said its regional manager for exports, Declan Hurley.\n\nMore text follows here.",
     [("Declan Hurley", "Lisnagry Valves Ltd", "IE", "We will stay open")]),
    # the title before "and": "the managing director and the fifth generation of ..."
    ("Maison Arnaud SAS, a cognac house in Jarnac, will buy less spirit this year.\n\n"
     "\"We cannot buy for a market that may close,\" said Paul Arnaud, the managing director and the fourth "
     "generation of his family to run the house.",
     [("Paul Arnaud", "Maison Arnaud SAS", "FR", "We cannot buy for a market that may close")]),
])
def test_inverted_subject_with_owner_or_long_appositive(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a minister's areas joined by "and": the ministry the article names in full
    ("ULAANBAATAR - Coal exports to China rose by a third, Mongolia's Ministry of Mining and Heavy Industry said.\n\n"
     "Minister of Mining and Heavy Industry Bat-Erdene Dorj told reporters that China would stay the main buyer.",
     [(None, "Mongolia's Ministry of Mining and Heavy Industry", "MN", "Coal exports to China rose by a third"),
      ("Bat-Erdene Dorj", "Mongolia's Ministry of Mining and Heavy Industry", "MN",
       "China would stay the main buyer")]),
    # "KYIV - Ukraine ... to China ..., the Ministry of X said": Ukraine's ministry, though China is named nearer
    ("KYIV, May 6 - Ukraine shipped two million tonnes of corn to China in the first four months of the year, a "
     "fifth more than a year earlier, the Ministry of Agrarian Policy and Food said on Tuesday.\n\n"
     "Agrarian Policy Minister Taras Melnyk said China had become a market Ukraine intended to keep.",
     [(None, "Ministry of Agrarian Policy and Food", "UA", "Ukraine shipped two million tonnes of corn to China in "
                                                           "the first four months of the year, a fifth more than a "
                                                           "year earlier"),
      ("Taras Melnyk", "Ministry of Agrarian Policy and Food", "UA",
       "China had become a market Ukraine intended to keep")]),
    # "Federal" is a level of government, not a body's name (a title-only minister: the government, by the
    # round-9 convention); an opposition spokesman speaks for no ministry
    ("ADELAIDE - Barley shipments from Australia to China resumed in March.\n\nFederal Trade Minister Jane Cole said patient "
     "diplomacy had worked. Not everyone in Canberra agrees. Opposition trade spokesman Rob Hale said Australia "
     "was walking into the same trap.",
     [("Jane Cole", "Australian government", "AU", "patient diplomacy had worked"),
      ("Rob Hale", None, None, "Australia was walking into the same trap")]),  # (no body; no country either: a
    # limit, the annotated sets give such a speaker the country)
])
def test_ministers_and_ministries(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # members of the European Parliament by their group tag
    ("STRASBOURG - MEPs backed a resolution on Chinese magnet licences.\n\n"
     "Rapporteur Anne Morel (Renew Europe, France) told the chamber that the licences had turned a commodity into a "
     "weapon. Piet de Boer (EPP, Netherlands) argued that Europe needed its own magnet supply.",
     [("Anne Morel", "European Parliament", "EU", "the licences had turned a commodity into a weapon"),
      ("Piet de Boer", "European Parliament", "EU", "Europe needed its own magnet supply")]),
    # a country's mission to the EU is the sender's
    ("BRUSSELS - MEPs backed a resolution on Chinese magnet licences.\n\nChina's Mission to the EU said in a "
     "statement that its export controls were not targeted at any country.",
     [(None, "China's Mission to the EU", "CN", "its export controls were not targeted at any country")]),
])
def test_european_parliament_and_missions(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state senator "of <town>": the town is her seat, the chamber her body
    ("LANSING, Mich. - The incentive drew fire from Republicans.\n\nAnother Republican, State Sen. Ruth Dunn of "
     "Holland, told the Lakeshore Ledger she would vote against any budget that contained the incentive.",
     [("Ruth Dunn", "Michigan Legislature", "US",
       "she would vote against any budget that contained the incentive")]),
    # negative: "told reporters that ..." still skips the addressee and the "that"
    ("LANSING, Mich. - The incentive drew fire.\n\nState Sen. Ruth Dunn told reporters that the budget would pass.",
     [("Ruth Dunn", "Michigan Legislature", "US", "the budget would pass")]),
])
def test_told_and_legislators(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Q&A: "A:" is the person the introduction names and the article names most, not the last one introduced
    ("Asha Rao, chief investment officer of Banyan Crest Capital, says investors sold China too fast. Rao spoke "
     "after a panel with Tom Reyes of Harbour Bank.\n\nQ: Why buy now?\n\nA: Because prices fell further than "
     "earnings. Rao thinks that will change.",
     [("Asha Rao", "Banyan Crest Capital", None, "investors sold China too fast"),
      ("Asha Rao", "Banyan Crest Capital", None, "Because prices fell further than earnings. Rao thinks that will "
                                                  "change.")]),
    # "as China's ambassador to X": the embassy, for the label answers too
    ("Zhou Ming arrived in Lusaka as China's ambassador to Zambia in 2024. He spoke to the Review last week.\n\n"
     "Q: Is the debt a trap?\n\nZhou: Zambia's debt to China is a small share of what it owes.",
     [("Zhou Ming", "Embassy of the People's Republic of China in Zambia", "CN",
       "Zambia's debt to China is a small share of what it owes.")]),
])
def test_interviews(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who has run the co-operative since": the co-operative
    ("WELLINGTON - Kahu Dairy Co-operative Ltd sells most of its milk powder to China.\n\nGrant Hale, who has run the "
     "co-operative since 2021, said China was the right market for the business.",
     [("Grant Hale", "Kahu Dairy Co-operative Ltd", "NZ", "China was the right market for the business")]),
    # a title-case acronym spelled out before: the full name
    ("JOHANNESBURG - The Mining Union of South Africa (Musa) warned that imports could cost jobs.\n\n"
     "\"Build here,\" said Grace Banda, Musa's regional organiser.",
     [(None, "Mining Union of South Africa", "ZA", "imports could cost jobs"),
      ("Grace Banda", "Mining Union of South Africa", "ZA", "Build here")]),
    # an owner whose name holds "of" before the title
    ("ISTANBUL - The Bursa Chamber of Commerce's chairman, Ali Demir, said local suppliers had signed deals.",
     [("Ali Demir", "Bursa Chamber of Commerce", "TR", "local suppliers had signed deals")]),
    # "Universities UK said": one body, with its country
    ("Universities UK said in a statement that clearer rules would help.",
     [(None, "Universities UK", "GB", "clearer rules would help")]),
])
def test_bodies_by_their_names(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X of <Firm> said" with no title: the firm
    ("OSLO, May 3 - Fjordvik Kraft ASA signed a deal on Monday.\n\nPer Moe of DNB Markets said in a note to clients "
     "that the deal would lift margins.",
     [("Per Moe", "DNB Markets", "NO", "the deal would lift margins")]),
    # negative: "of <town>" is no firm
    ("OSLO, May 3 - Fjordvik Kraft ASA signed a deal on Monday.\n\nPer Moe of Bergen said the deal would lift "
     "margins.",
     [("Per Moe", None, "NO", "the deal would lift margins")]),
    # the full name written once before a comma: "Coking Coal" read short becomes the full name, with its country
    ("ULAANBAATAR - Gobi Steppe Coal said it had signed a supply deal with Altan Coking Coal Trading, a "
     "Baotou-based buyer.\n\nAltan Coking Coal's general manager, Zhao Lei, said the company wanted more coal.",
     [(None, "Gobi Steppe Coal", "MN", "it had signed a supply deal with Altan Coking Coal Trading, a Baotou-based "
                                       "buyer"),
      ("Zhao Lei", "Altan Coking Coal Trading", "CN", "the company wanted more coal")]),
    # "X, is the local unit of <Chinese parent>": the parent
    ("KATOWICE - The buyer, Lumen Motor Poland, is the local unit of Ningbo-based Lumen Auto Electronics.\n\nLumen "
     "Motor Poland's general manager, Zhou Li, said the company chose the town for its workers.",
     [("Zhou Li", "Lumen Auto Electronics", "CN", "the company chose the town for its workers")]),
    # an assistant secretary of a registry department
    ("LIMA - The port opened in 2024.\n\nIn Washington, the State Department's assistant secretary for Western "
     "Hemisphere affairs told lawmakers that the port was a dual-use asset.",
     [(None, "US Department of State", "US", "the port was a dual-use asset")]),
    # "writing on Facebook" says where, not what; a mayor with no town named takes no ministry
    ("SEOUL - Korea's trade ministry welcomed the plant.\n\nKim Min, writing on Facebook, said the plant was good "
     "news. The town's mayor, Laszlo Nagy, said the town needed the jobs.",
     [("Kim Min", None, None, "the plant was good news"),
      ("Laszlo Nagy", None, None, "the town needed the jobs")]),
])
def test_firms_units_and_titles(extractor, text, expected):
    assert statements(extractor, text) == expected


_CHAMBER = ("ANKARA, May 3 - The Manisa Chamber of Industry backed a Chinese carmaker's plant on Monday. Its chairman, "
            "Ali Demir, welcomed the plan.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    ("The chamber has asked the ministry to require local content.",
     [(None, "Manisa Chamber of Industry", "TR", "the ministry to require local content")]),
    ("Demir demanded that the contract be published in full.",
     [("Ali Demir", "Manisa Chamber of Industry", "TR", "the contract be published in full")]),
    ("Demir accused the government of \"selling the region cheap.\"",
     [("Ali Demir", "Manisa Chamber of Industry", "TR", "the government of \"selling the region cheap.\"")]),
    ("Lawmakers backed a resolution urging the ministry to require local content.",
     [(None, "Grand National Assembly of Turkey", "TR", "the ministry to require local content")]),
    # a relative clause's report ends before the main clause's verb
    ("Demir, who has urged the ministry to require local content, said the plant was welcome.",
     [("Ali Demir", "Manisa Chamber of Industry", "TR", "the ministry to require local content"),
      ("Ali Demir", "Manisa Chamber of Industry", "TR", "the plant was welcome")]),
    # negatives: a question asked, answers demanded, diplomatic pressure are no statements
    ("Demir asked whether the plant would hire locally.", []),
    ("Demir demanded answers from the company.", []),
    ("Ankara has pressed the company to hire locally.", []),
])
def test_object_control_reports(extractor, sentence, expected):
    found = statements(extractor, _CHAMBER + sentence)
    assert [s for s in found if s[3] != "Ali Demir, welcomed the plan"] == expected


_SOLAR = ("MADRID, May 3 - Solaria Verde S.A., the Spanish solar developer, will buy Chinese panels, its chief executive, "
          "Marta Ruiz, said on Monday.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    ("According to a statement from Solaria Verde, the panels were the cheapest.",
     [(None, "Solaria Verde S.A.", "ES", "the panels were the cheapest")]),
    ("Ruiz has long argued that Europe cannot build panels at Chinese prices.",
     [("Marta Ruiz", "Solaria Verde S.A.", "ES", "Europe cannot build panels at Chinese prices")]),
    ("The deal is \"a pragmatic step,\" said Luis Gil of Banco Sabadell.",
     [("Luis Gil", "Banco Sabadell", "ES", "The deal is \"a pragmatic step,\"")]),
    ("Banco Sabadell analysts said the deal would lift margins.",
     [(None, "Banco Sabadell", "ES", "the deal would lift margins")]),
    ("In a statement on Friday, Solaria Verde did not confirm the price but said the panels were the cheapest.",
     [(None, "Solaria Verde S.A.", "ES", "the panels were the cheapest")]),
    ("Solaria Verde, the company informed on Tuesday, will build three plants.", []),  # negative: no clause before it
    ("Solaria Verde will build three plants, the company informed on Tuesday.",
     [(None, "Solaria Verde S.A.", "ES", "Solaria Verde will build three plants")]),
    ("Solaria Verde S.A.'s sales rose 9 percent, executives said on the company's earnings call.",
     [(None, "Solaria Verde S.A.", "ES", "Solaria Verde S.A.'s sales rose 9 percent")]),
    # negative: a firm not named in the sentence is not the executives' (whose, the sentence does not say)
    ("Mills in China bought more pulp, executives said.", []),
])
def test_more_report_forms(extractor, sentence, expected):
    found = statements(extractor, _SOLAR + sentence)
    assert [s for s in found if s[3] != "Solaria Verde S.A., the Spanish solar developer, will buy Chinese panels"] \
        == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A Chinese embassy spokesman said the loans were \"mutually beneficial.\"",
     [(None, "Embassy of the People's Republic of China in Kenya", "CN", "the loans were \"mutually beneficial.\"")]),
    ("Kenya's central bank governor, Kamau Njoroge, said reserves were adequate.",
     [("Kamau Njoroge", "Kenya's central bank", "KE", "reserves were adequate")]),
    ("Central Bank of Kenya Governor Kamau Njoroge said reserves were adequate.",
     [("Kamau Njoroge", "Central Bank of Kenya", "KE", "reserves were adequate")]),
    # negative: a governor of a county is no central bank's
    ("Kisumu Governor Anyang Otieno said the county needed the road.",
     [("Anyang Otieno", "Kisumu county government", "KE", "the county needed the road")]),
])
def test_embassies_and_central_banks(extractor, sentence, expected):
    found = statements(extractor, "NAIROBI, May 3 - Kenya will seek new Chinese loans for a highway.\n\n" + sentence)
    assert found == expected


@pytest.mark.parametrize("sentence, expected", [
    # a province's body in lower case is the province's, not the registry's national department of that name
    ("Guangdong's commerce department said the province welcomed Spanish investment.",
     [(None, "Guangdong's commerce department", "CN", "the province welcomed Spanish investment")]),
    # a city's vice mayor who shares a name with a registry official is the city's
    ("Shanghai vice mayor Wu Qing said the city welcomed Spanish investment.",
     [("Wu Qing", "Shanghai City Council", "CN", "the city welcomed Spanish investment")]),
    # negative: a country's department in lower case stays the registry's
    ("The US commerce department said it was reviewing the tariffs.",
     [(None, "US Department of Commerce", "US", "it was reviewing the tariffs")]),
])
def test_local_bodies_in_china(extractor, sentence, expected):
    found = statements(extractor, "BEIJING, May 3 - China will cut tariffs on Spanish pork.\n\n" + sentence)
    assert found == expected


@pytest.mark.parametrize("sentence, expected", [
    # a request reported inside someone's clause stays that someone's clause
    ("Jan Berg, chief executive of Halden Motors AG, said the government had asked firms to leave China.",
     [("Jan Berg", "Halden Motors AG", "DE", "the government had asked firms to leave China")]),
    ("Jan Berg, chief executive of Halden Motors AG, said Beijing had accused Berlin of protectionism.",
     [("Jan Berg", "Halden Motors AG", "DE", "Beijing had accused Berlin of protectionism")]),
    # "said A and demanded that B": the same speaker, two statements
    ("Jan Berg, chief executive of Halden Motors AG, said the tender was flawed and demanded that it be repeated.",
     [("Jan Berg", "Halden Motors AG", "DE", "the tender was flawed"),
      ("Jan Berg", "Halden Motors AG", "DE", "it be repeated")]),
    # "a statement from <person>": the person, not a body named after them
    ("According to a statement from John Smith, the plant will close.",
     [("John Smith", None, None, "the plant will close")]),
])
def test_requests_inside_reports(extractor, sentence, expected):
    assert statements(extractor, sentence) == expected
