"""Round 9 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements

_attributions = statements  # (speaker, organization, country, text) of each statement


@pytest.mark.parametrize("text, expected", [
    # a title-only minister whose ministry the registry has but the article never names: the government
    ("Mexico's economy minister, Lucia Ferrer, said the plant had passed every review.",
     ("Lucia Ferrer", "Mexican government", "MX")),
    ("German economy minister Anke Brandt said the review was overdue.",
     ("Anke Brandt", "German government", "DE")),
    # negative: the article names that ministry elsewhere
    ("Mexico's economy ministry said it would publish the rules. Mexico's economy minister, Lucia Ferrer, said "
     "the plant had passed every review.", ("Lucia Ferrer", "Mexico's Ministry of Economy", "MX")),
    # negative: "the <area> ministry" names it too
    ("Mexico's economy minister, Lucia Ferrer, spoke first. The economy ministry later said the rules were final. "
     "Ferrer said the plant had passed every review.", ("Lucia Ferrer", "Mexico's Ministry of Economy", "MX")),
])
def test_round9_minister_of_unnamed_ministry(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # the organization comes from an appositive later in the article (a caption)
    ("Speaking in Busan, Kwon Da-eun said the old plant would stay open.\n\n"
     "Photo: Kwon Da-eun, chief executive of Namhae Precision, in Busan on Friday.",
     ("Kwon Da-eun", "Namhae Precision", "KR")),
    # an inverted attribution with any "chief ... officer" appositive
    ("The rule, argued Tobias Wren, chief investment officer of Chicago-based Larchmont Partners, makes every "
     "position a compliance question.", ("Tobias Wren", "Larchmont Partners", "US")),
    # negative: a later appositive of someone else gives nothing
    ("Speaking in Busan, Kwon Da-eun said the old plant would stay open.\n\n"
     "Photo: Lee Min-ho, chief executive of Namhae Precision, in Busan on Friday.",
     ("Kwon Da-eun", None, None)),
])
def test_round9_organization_from_later_appositive(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:2] == expected[:2]
    if expected[2]:
        assert got[0][2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    # where the firm is headquartered, in its own appositive, beats where it was founded
    ("Lumora, the budget marketplace founded in Shenzhen and now headquartered in Singapore, said it would open "
     "a warehouse in Leeds.", (None, "Lumora", "SG")),
    ("Brightmoor Games, which is headquartered in Singapore but employs 500 artists in Chengdu, said it would "
     "stay in Chengdu.", (None, "Brightmoor Games", "SG")),
    # "from its Chinese operator, X, the Tokyo-based trading house said": X is Chinese
    ("OSAKA, May 4 - Japan's Hoshino Trading Corp. will buy a stake in a smelter from its Chinese operator, "
     "Hailan Metals Group, the Osaka-based trading house said.\n\nHailan Metals Group said it welcomed the "
     "partner.", (None, "Hailan Metals Group", "CN")),
    # a "Sino-" name is a Chinese firm's
    ("LUSAKA, May 4 - Sino-Kafue Copper said it would build a smelter.", (None, "Sino-Kafue Copper", "CN")),
    # negative: a firm founded in one place with nothing said about its headquarters keeps that place
    ("Lumora, the budget marketplace founded in Shenzhen, said it would open a warehouse in Leeds.",
     (None, "Lumora", "CN")),
])
def test_round9_company_home_country(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # an ampersand joins a firm's name and names no person
    ("Pemberton & Hale, the British department store group, said it would cut the share of its clothing made in "
     "China.",
     (None, "Pemberton & Hale", "GB")),
    # a plural possessive inside a body's name, two words before its head
    ("The Ohio Nurses' Pension Board voted to sell its holdings. The sale will be completed within a year, "
     "the board said.", (None, "Ohio Nurses' Pension Board", "US")),
    # "the board's chair" after such a body opened a sentence: the board, not the firm named last
    ("The Ohio Nurses' Pension Board voted to sell its holdings. Lena Ortiz, an analyst at Corran Capital, "
     "wrote that it was a mistake.\n\nMark Dale, the board's chair, said the trustees had a duty to avoid risk.",
     ("Mark Dale", "Ohio Nurses' Pension Board", "US")),
    # negative: a possessive before a word that heads no body stays the owner
    ("Corran Capital's chief strategist, Mark Dale, said the trustees had a duty to avoid risk.",
     ("Mark Dale", "Corran Capital", None)),
])
def test_round9_names_with_ampersand_and_plural_possessive(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    assert got[:2] == expected[:2]
    if expected[2]:
        assert got[2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    # a quote after "Chief executive X was blunt on the call." is X's, though a title opens the sentence
    ("Pemberton & Hale said it would move orders to Turkey.\n\nChief executive Ada Lund was blunt on the call. "
     "\"One port closure cost us a whole season.\"", ("Ada Lund", "direct")),
    # negative: with no person named in the sentence before, the quote is not given to the title
    ("Pemberton & Hale said it would move orders to Turkey.\n\nThe chief executive was blunt on the call. "
     "\"One port closure cost us a whole season.\"", (None, "direct")),
])
def test_round9_quote_after_titled_subject(extractor, text, expected):
    got = [(s.speaker, s.kind) for s in extractor.extract(text) if s.kind == "direct"]
    assert got == [expected]


@pytest.mark.parametrize("text, expected", [
    # a full name opening a sentence with "her" after it introduces a person; "she said" is hers, not the
    # studio named in between ("studio" is an organization noun now)
    ("Mei Suyin has a globe on her desk. It marks where Copper Kite Games, the Chengdu studio she founded, sells "
     "its titles.\n\n“We make games for everyone now and we will keep doing it,” she said.",
     [("Mei Suyin", "direct")]),
    # "the studio said" is the studio
    ("Copper Kite Games, the Chengdu studio, had a good year. Overseas players bring in half of its revenue, "
     "the studio said.", [(None, "reported")]),
    # negative: a firm's name opening a sentence is no person, even with "her" after it
    ("Nadia Frost, an analyst at Keel Securities, said the stocks were cheap.\n\nCopper Kite Games has its own "
     "view of her forecast.\n\n“We make games for everyone now and we will keep doing it,” she said.",
     [("Nadia Frost", "reported"), ("Nadia Frost", "direct")]),
])
def test_round9_person_opening_a_sentence(extractor, text, expected):
    assert [(s.speaker, s.kind) for s in extractor.extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a multi-paragraph quote after a paragraph that introduces a new person is that person's, not the
    # last speaker's
    ("Tom Hale, who farms north of town, said the district had been saved twice.\n\n"
     "\"We got our best buyer back overnight and I am not giving that up.\"\n\n"
     "His neighbour sees it differently. Ruth Amos, who chairs the Bayside Growers Cooperative, gave a speech.\n\n"
     "\"We learned something in those years and we should not forget it.\n\n"
     "\"One buyer taking most of the crop is not a market, it is a dependency.\"\n\n"
     "The cooperative said the silo cost $38 million.",
     ["Tom Hale", "Tom Hale", "Ruth Amos", "Ruth Amos", None]),  # session 8: "the cooperative" speaks too
    # "X, <appositive>, put it more sharply. “...”" in one paragraph is X's
    ("Keel Securities upgraded the stocks, the brokerage wrote, adding that prices were low.\n\n"
     "Ana Reyes, Keel's head of strategy, put it more sharply on Tuesday. \"Selling China because you were told "
     "to is not an investment thesis.\"", [None, None, "Ana Reyes"]),
    # negative: a person introduced before the last speaker spoke is not whom the quote continues
    ("Ruth Amos, who chairs the Bayside Growers Cooperative, listened. Tom Hale said the district had been saved "
     "twice.\n\n\"We got our best buyer back overnight and I am not giving that up.\"", ["Tom Hale", "Tom Hale"]),
])
def test_round9_quote_continues_newly_introduced_person(extractor, text, expected):
    assert [s.speaker for s in extractor.extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the Commission" alone in a story about the EU is the European Commission
    ("EU ministers met in Brussels on Monday.\n\nThe Commission's trade commissioner, Liisa Varga, said Europe "
     "could not depend on one supplier.", ("Liisa Varga", "European Commission", "EU")),
    ("EU ministers met in Brussels on Monday. A Commission spokesperson said the rule would apply to new plants "
     "only.", (None, "European Commission", "EU")),
    # negative: a story that names no EU body: "the Commission" stays unresolved to the EU
    ("Kenyan regulators met on Monday. A Commission spokesperson said the rule would apply to new plants only.",
     None),
])
def test_round9_bare_commission_in_eu_story(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    if expected is None:
        assert got[1] != "European Commission"
    else:
        assert got[:3] == expected


@pytest.mark.parametrize("text, expected", [
    # a minister whose country the text never gives: the story's country (here the first placed firm's)
    ("Tom Ware farms barley near the coast. Ruth Amos, who chairs the Australian Grain Cooperative, spoke "
     "first.\n\nFederal agriculture minister Helen Barr said the government would keep the door open.",
     ("Helen Barr", "Australian government", "AU")),
    # negative: no country anywhere, no government is made up
    ("Federal agriculture minister Helen Barr said the government would keep the door open.",
     ("Helen Barr", None, None)),
    # a name opening with a letter outside Latin-1 ("Đ", "Ł") is still a name
    ("Serbia’s construction minister, Milica Đurić, said Chinese partners had delivered on time.",
     ("Milica Đurić", "Serbian government", "RS")),
    ("Poland’s finance minister, Łukasz Nowak, said the budget would hold.",
     ("Łukasz Nowak", "Polish government", "PL")),
])
def test_round9_minister_country(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # "A Treasury official, speaking in Washington," is that country's Treasury
    ("A Treasury official, speaking to reporters in Washington, said the rule was narrowly targeted.",
     [(None, "US Department of the Treasury", "US", "the rule was narrowly targeted")]),
    ("LONDON, May 2 (Wire) - A Treasury spokesperson said the rule was narrowly targeted.",
     [(None, "HM Treasury", "GB", "the rule was narrowly targeted")]),
    # negative: no country for the Treasury, no body made up (and no statement from nobody)
    ("A Treasury official said the rule was narrowly targeted.", []),
    # "..., the statement added": the organization that put the statement out
    ("Brightwell Solar, China's fifth-largest panel maker, has put out a statement. The company remains "
     "committed to its plant in Spain, it said. Its inverters allow no remote access, the statement added.",
     [(None, "Brightwell Solar", "CN", "The company remains committed to its plant in Spain"),
      (None, "Brightwell Solar", "CN", "Its inverters allow no remote access")]),
    # a name opening with an organization word of another language is no person
    ("Spain's Asociación Fotovoltaica del Sur, which represents 300 installers, says any ban would delay "
     "projects.", [(None, "Asociación Fotovoltaica del Sur", "ES", "any ban would delay projects")]),
])
def test_round9_unnamed_bodies_and_documents(extractor, text, expected):
    assert _attributions(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote before "said X", X described by surname in the next sentence: that description's body
    ("JEDDAH — “We bought the best cranes at the best price,” said Omar Al-Saadi, standing on the quay. "
     "Al-Saadi, the chief operating officer of Qasr Port Terminals, said the company would order more.",
     ("Omar Al-Saadi", "Qasr Port Terminals")),
    # "For X, ..." opens a sentence with the firm; "the company's director" next is X's
    ("The port will order cranes from Taihe Crane Works, the Chinese maker. Lena Berg, head of planning at the Danish line Vestby "
     "Lines, said her company was asking questions. \"We want to know.\"\n\nFor Taihe, that is the selling "
     "point. Wu Lan, the company’s regional director, told reporters the diagnostics could be switched off.",
     ("Wu Lan", "Taihe Crane Works")),
    # "the Shanghai-based manufacturer" after a firm named inside a reported clause is that firm
    ("JEDDAH — Omar Al-Saadi, chief operating officer of Qasr Port Terminals, the Saudi operator, said the "
     "company would order from Taihe Crane Works again. The Shanghai-based manufacturer supplies most cranes "
     "in the Gulf. Taihe Crane Works said it had delivered 140 cranes.", (None, "Taihe Crane Works", "CN")),
    # negative: the first firm keeps its own country
    ("JEDDAH — Omar Al-Saadi, chief operating officer of Qasr Port Terminals, the Saudi operator, said the "
     "company would order from Taihe Crane Works again. The Shanghai-based manufacturer supplies most cranes "
     "in the Gulf. Qasr Port Terminals said it had invited bids.", (None, "Qasr Port Terminals", "SA")),
])
def test_round9_firm_of_later_and_earlier_mentions(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    assert got[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # "She said A ... port of King Fahd, and added that B": she said both, and "King Fahd" is no speaker
    ("Lena Dahl, head of planning at Vestby Shipping AS, spoke first.\n\nShe said Vestby would decide "
     "whether to move two services to the rival port of King Fahd, and added that cranes would be one factor.",
     ["Lena Dahl", "Lena Dahl"]),
    # a short quoted term between a determiner and a noun does not hide the subject before it
    ("Park Min-jae spoke on Tuesday.\n\nPark, asked whether the so-called “trusted user” waiver would be renewed, "
     "said he had received no signal either way.", ["Park Min-jae"]),
    # negative: "said that “X” ..." keeps its quote marks in the reported clause (span checked below)
    ("Park Min-jae said that “groundless smears” of Korean chips would hurt consumers.", ["Park Min-jae"]),
])
def test_round9_coordination_and_inline_terms(extractor, text, expected):
    got = extractor.extract(text)
    assert [s.speaker for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text
    if "said that “groundless" in text:
        assert got[0].text.startswith("“groundless smears”")


@pytest.mark.parametrize("text, expected", [
    # a province's official elsewhere in the story does not stop the national minister's country
    ("Litio Norte, the Argentine lithium miner, said output would rise. The province's mining secretary, Ana "
     "Sosa, told me the mines were busy.\n\nEconomy minister Raúl Ferro said Argentina should favour partners who share "
     "its values.", ("Raúl Ferro", "Argentine government", "AR")),
])
def test_round9_minister_story_country_with_regional_official(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # "CLAUSE, the company said in a presentation handed out ...": the fronted clause, not the phrase
    ("Namhae Precision said it would stay. All new capacity will be built in Busan, the company said in a "
     "presentation handed out at the briefing.",
     [(None, "Namhae Precision", "it would stay"), (None, "Namhae Precision", "All new capacity will be built in Busan")]),
    ("The Corran Retail Forum met on Monday. The group wants the duty threshold scrapped, it said in a letter to "
     "the business secretary.", [(None, "Corran Retail Forum", "The group wants the duty threshold scrapped")]),
    # "CLAUSE, the chipmaker's chief executive said", the story's first firm, the person named in a caption
    ("SEOUL — Namhae Semiconductor will keep its plant in Wuxi running, the chipmaker’s chief executive said on "
     "Tuesday.\n\nSpeaking in Icheon, Kwon Da-eun said the plant was profitable.\n\n"
     "Photo: Kwon Da-eun, chief executive of Namhae Semiconductor, in Icheon on Tuesday.",
     [("Kwon Da-eun", "Namhae Semiconductor", "Namhae Semiconductor will keep its plant in Wuxi running"),
      ("Kwon Da-eun", "Namhae Semiconductor", "the plant was profitable")]),
    # negative: "said in Seoul that ..." is still the clause after "that"
    ("Namhae Precision said in a statement that it would stay.", [(None, "Namhae Precision", "it would stay")]),
])
def test_round9_fronted_clause_before_phrase_only(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "Executive Vice-President X" in a column about the Commission, datelined Brussels: the Commission
    ("BRUSSELS — Take the Commission's own numbers. When I put this to Executive Vice-President Anna Lind last "
     "week, she did not dispute it. \"Dependence does not disappear because we publish a strategy,\" she said.",
     ("Anna Lind", "European Commission", "EU")),
    # negative: a company's executive vice-president in a story with no EU in it keeps the company
    ("Executive Vice-President Anna Lind of Corran Motors said the plant would stay in Ohio.",
     ("Anna Lind", "Corran Motors", None)),
])
def test_round9_eu_commission_titles(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    assert got[:2] == expected[:2]
    if expected[2]:
        assert got[2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    # "the head of research at X": a title with its area before "at"
    ("The rule, argued Daniel Okoro, the head of research at Birchfield Partners in Boston, makes every "
     "position a compliance question.", ("Daniel Okoro", "Birchfield Partners", "US")),
    # "The Ohio company employs ...": the firm the dateline placed in Mexico is from Ohio
    ("MONTERREY, Mexico, May 2 (Wire) - Corran Tools said it would expand its plant. The Ohio company employs "
     "900 people there.", (None, "Corran Tools", "US")),
    # negative: with no such sentence the dateline's country stays
    ("MONTERREY, Mexico, May 2 (Wire) - Corran Tools said it would expand its plant. It employs 900 people there.",
     (None, "Corran Tools", "MX")),
])
def test_round9_title_area_and_later_home(extractor, text, expected):
    assert _attributions(extractor, text)[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # after a quote paragraph given to the person just introduced, "he said" is that person
    ("Tom Reed, an analyst at Corran Capital, said the curbs would bite.\n\nPaul Hart, who runs Hart Metals in "
     "Sheffield, disagreed.\n\n\"Nobody I know is leaving China. The suppliers are too good.\"\n\n"
     "\"We will keep buying,\" he said.", ["Tom Reed", "Paul Hart", "Paul Hart"]),
    # a colon quote after a subject with an appositive
    ("Ana Ruiz, chief executive of Corran Foods, was blunt: \"We are staying in China for the long term.\"",
     ["Ana Ruiz"]),
    # negative: a quote paragraph right after the speaker's own statement stays the speaker's
    ("Tom Reed, an analyst at Corran Capital, said the curbs would bite.\n\n\"Exporters are already adjusting. "
     "Some have moved to Vietnam.\"\n\nPaul Hart, who runs Hart Metals in Sheffield, disagreed. He said nobody "
     "was leaving.", ["Tom Reed", "Tom Reed", "Paul Hart"]),
])
def test_round9_speaker_continuity(extractor, text, expected):
    assert [s.speaker for s in extractor.extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "CLAUSE, the Tokyo-based trading house said": the firm that opens the clause
    ("OSAKA, May 4 - Japan's Hoshino Trading Corp. will buy a stake in a smelter, the Osaka-based trading house "
     "said on Monday.", [(None, "Hoshino Trading Corp.", "JP")]),
    # negative: "the House" is a chamber, never a trading house
    ("WASHINGTON, May 4 (Wire) - The bill will pass, the House said on Monday.", None),
])
def test_round9_trading_house(extractor, text, expected):
    got = [a[:3] for a in _attributions(extractor, text)]
    if expected is None:
        assert all(a[1] != "Hoshino Trading Corp." for a in got)
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a post by an MEP (said so before the post, or in the handle) is the European Parliament's
    ("A post from one of the MEPs pushing for the ban:\n\nLetting a rival power switch off our roofs is a security "
     "issue. Time to act. — Ines Laurent (@InesLaurent) October 15, 2026", ("Ines Laurent", "European Parliament")),
    ("Letting a rival power switch off our roofs is a security issue. Time to act. — Ines Laurent "
     "(@InesLaurentMEP) October 15, 2026", ("Ines Laurent", "European Parliament")),
    # negative: a post by someone not described as an MEP names no body
    ("A post from one of the installers:\n\nLetting a rival power switch off our roofs is a security issue. "
     "Time to act. — Ines Laurent (@InesLaurent) October 15, 2026", ("Ines Laurent", None)),
])
def test_round9_mep_posts(extractor, text, expected):
    assert [a[:2] for a in _attributions(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # "At a conference last month, she laid out her reasoning." then a multi-paragraph quote: hers, not the
    # last one quoted before
    ("Mia Lund, who runs Harlow Home Goods, said the company had moved half its production.\n\n"
     "Wu Gang, founder of Jinli Metalware, said customers would come back. \"My door is open. My prices are "
     "fair,\" Wu said.\n\nLund acknowledged that some board members had pushed to stay.\n\n"
     "At a supplier conference in Bangkok last month, she laid out her reasoning at length.\n\n"
     "\"Every buyer in our industry has been told to diversify, and most of them did nothing.\n\n"
     "\"But today no single government can shut down our business with a press release.\"",
     ["Mia Lund", "Mia Lund"]),
    # negative: "she said" in that sentence is an attribution, handled as before
    ("Mia Lund, who runs Harlow Home Goods, said the company had moved half its production.\n\n"
     "Wu Gang, founder of Jinli Metalware, said customers would come back.\n\n"
     "\"My door is open and my prices are fair,\" he said.", ["Wu Gang"]),
])
def test_round9_pronoun_subject_before_quote_paragraphs(extractor, text, expected):
    got = [s.speaker for s in extractor.extract(text) if s.kind == "direct"]
    assert got[-len(expected):] == expected


@pytest.mark.parametrize("text, expected", [
    # "Spielhaus’s Anja Brandt, who runs sourcing for the Nuremberg-based maker, said": the maker is Spielhaus,
    # not the firm named in the paragraph before
    ("Tomasz Nowak, founder of the Polish distributor Zabawa Hurt, said orders were down.\n\n"
     "Spielhaus’s Anja Brandt, who runs sourcing for the Nuremberg-based maker of wooden toys, said retailers "
     "wanted a second supplier.", [("Tomasz Nowak", "Zabawa Hurt", "PL"), ("Anja Brandt", "Spielhaus", "DE")]),
])
def test_round9_based_maker_of_possessive_opener(extractor, text, expected):
    assert [a[:3] for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "who covers ... for the Osaka brokerage X", "who covers the company at Cleveland-based X & Y"
    ("Kenta Ito, who covers equipment makers for the Osaka brokerage Sakura Capital, argued that suppliers "
     "should push for exemptions.", ("Kenta Ito", "Sakura Capital", "JP")),
    ("Dana Ross, who covers the company at Cleveland-based Harwood & Tice, said the quarter was strong.",
     ("Dana Ross", "Harwood & Tice", "US")),
    # negative: "who covers the story for us" names no organization
    ("Dana Ross, who covers the story for us, said the quarter was strong.", ("Dana Ross", None, None)),
])
def test_round9_analyst_who_covers(extractor, text, expected):
    assert _attributions(extractor, text)[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed minister, "New Zealand's trade minister told a radio interviewer ...": the government, and the
    # clause after the two addressee words
    ("New Zealand's trade minister told a radio interviewer the government had no plans to raise the matter.",
     [(None, "New Zealand government", "NZ", "the government had no plans to raise the matter")]),
    # negative: an unnamed minister whose ministry the article names keeps it
    ("Japan's Ministry of Economy, Trade and Industry set the rules. Japan's trade minister told reporters the "
     "rules would stay.", [(None, "Japan's Ministry of Economy, Trade and Industry", "JP", "the rules would stay")]),
])
def test_round9_unnamed_minister_and_addressees(extractor, text, expected):
    assert [a for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name right after an organization noun ends a sentence: the pronoun after it is the person before
    ("Our first guest, Yann Morvan, raises pigs near Rennes and sits on the board of the producers' cooperative "
     "Porc Breizh. He told us the duties had already cut prices.", "Yann Morvan"),
])
def test_round9_org_noun_name_is_no_person(extractor, text, expected):
    assert [s.speaker for s in extractor.extract(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # party and state after a US legislator's name
    ("Senator Tom Kerr (R-Ohio) said the plant was a threat.", ("Tom Kerr", "US Senate", "US")),
    ("Rep. Ann Cole, D-Calif., said the plant was a threat.", ("Ann Cole", "US House of Representatives", "US")),
    # an envoy's title with its host before the name, no commas
    ("Chinese Ambassador to the UK Zheng Wei said the relationship was at a crossroads.",
     ("Zheng Wei", "Embassy of the People's Republic of China in the United Kingdom", "CN")),
    # "The EU Chamber of Commerce in China's president, X": the chamber, not "the EU"
    ("The EU Chamber of Commerce in China's president, Lars Holm, said members were losing patience.",
     ("Lars Holm", "European Union Chamber of Commerce in China", "EU")),
    # a senior civil servant's title is no organization ("Principal", "Additional")
    ("Kenya's transport ministry said the concession would be reviewed. Principal Secretary Amos Kiprop said the "
     "review would take three months.", ("Amos Kiprop", "Kenya's Ministry of Transport", "KE")),
    # negative: a senator with no country anywhere gets no chamber made up
    ("Senator Tom Kerr said the plant was a threat.", ("Tom Kerr", None, None)),
])
def test_round9_titles_of_officials(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # "The Chinese automaker opened ..." after a firm the dateline placed in Mexico
    ("MONTERREY, Mexico, May 2 (Wire) - Qilong Motors said it had no plans to export cars.\n\nThe Chinese "
     "automaker opened its plant on Friday.", (None, "Qilong Motors", "CN")),
    # "Chinese-owned X said": the owner's country, and not part of the name
    ("LUSAKA, May 2 (Wire) - Chinese-owned Kafue Smelting said it would build a smelter.",
     (None, "Kafue Smelting", "CN")),
    # "X, which was founded in Guangzhou, said" in a story datelined in England
    ("COVENTRY, England — Lumora, which was founded in Guangzhou, said it would hire 900 people.",
     (None, "Lumora", "CN")),
    # negative: a headline's "Chinese-owned mine" does not place the regional government
    ("In Apurímac, a Chinese-owned copper mine divides a region\n\nLIMA, May 2 (Wire) - The Apurímac Regional "
     "Government said it would review the permits.", (None, "Apurímac regional government", "PE")),  # the
    # registry's canonical name since session 9
])
def test_round9_owned_founded_and_demonym_anaphor(extractor, text, expected):
    assert _attributions(extractor, text)[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # "she" after a paragraph that only introduced another woman is that woman, not the last speaker
    ("Anna Berg, an analyst at Corran Capital, said the curbs would bite.\n\nMaria Holm, a trader at Vesta Bank, "
     "disagreed.\n\n\"Nobody is selling,\" she said.", ["Anna Berg", "Maria Holm"]),
    # negative: with a statement in between, "she" is the last speaker
    ("Maria Holm, a trader at Vesta Bank, disagreed.\n\nAnna Berg, an analyst at Corran Capital, said the curbs "
     "would bite.\n\n\"Nobody is selling,\" she said.", ["Anna Berg", "Anna Berg"]),
])
def test_round9_pronoun_after_quiet_paragraph(extractor, text, expected):
    assert [s.speaker for s in extractor.extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an answer paragraph "A: No. We will stay." is the interviewee's; "No. We" is no one
    ("Tom Reed, chief executive of Corran Foods, spoke to us in Shanghai.\n\nQ: Will you leave China?\n\n"
     "A: No. We will stay.", [("Tom Reed", "No. We will stay.")]),
    # negative: with no one introduced, the answer is given to no one
    ("Q: Will you leave China?\n\nA: No. We will stay.", []),
])
def test_round9_answer_after_sentence_break(extractor, text, expected):
    assert [(s.speaker, s.text) for s in extractor.extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "X will ..., the Copenhagen-based carrier said": the firm of the clause, placed by its own cue, and
    # "the line's chief operating officer" later is the same firm
    ("DUBAI — Westvik Lines will decide by March whether to keep its Gulf services, the Copenhagen-based carrier "
     "said on Monday.\n\n\"We are not in the business of choosing sides,\" said Ida Holm, the line's chief "
     "operating officer.", [(None, "Westvik Lines", "DK"), ("Ida Holm", "Westvik Lines", "DK")]),
    # "Its vice-president for the Middle East, X, said"
    ("Harbour Cranes Equipment, a Shanghai-based crane maker, said its diagnostics could be switched off. Its "
     "vice-president for the Middle East, Chen Lu, said the firm had never been asked for data.",
     [(None, "Harbour Cranes Equipment", "CN"), ("Chen Lu", "Harbour Cranes Equipment", "CN")]),
    # a party tag in brackets before a relative clause
    ("Senator Dana Whit (R-Idaho), who sits on the Senate Commerce Committee, said allies should stop buying.",
     [("Dana Whit", "US Senate", "US")]),
])
def test_round9_lines_vice_presidents_and_party_tags(extractor, text, expected):
    assert [a[:3] for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "X, which makes ..., opened a plant. Its general director in Vietnam, Y, said": X's
    ("HANOI, March 4 (Wire) - Vietnam's planning ministry said investment rose.\n\nShenzhen Minda Circuits, which "
     "makes circuit boards, opened a plant in January. Its general director in Vietnam, Zhang Yi, said the company "
     "had hired 2,000 workers.", ("Zhang Yi", "Shenzhen Minda Circuits", "CN")),
    # "an economist at the Hanoi-based X": the place is no part of the name
    ("Nguyen Lan, an economist at the Hanoi-based Institute for Trade Studies, said the inflows had strings "
     "attached.", ("Nguyen Lan", "Institute for Trade Studies", "VN")),
    # negative: "South Korea, which ..." is a country, not a firm: "its" is not South Korea's
    ("Hanil Securities published a note. South Korea, which hosts the plants, has doubts. Its chief economist, "
     "Lee Jun-seo, said the talks would continue.", ("Lee Jun-seo", "Hanil Securities", None)),
])
def test_round9_which_clause_firm_and_based_prefix(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    assert got[:2] == expected[:2]
    if expected[2]:
        assert got[2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    # "Jan" opening a name is a first name, not January
    ("Jan Dvorak, head of the Czech transport association SDP, said members feared a shortage of buses.",
     [("Jan Dvorak", "SDP", "members feared a shortage of buses")]),
    # "told reporters Warsaw would ...": the capital opens the clause, it is no addressee
    ("Poland's development minister, Marek Zielny, told reporters Warsaw would not sign up to anything.",
     [("Marek Zielny", "Polish government", "Warsaw would not sign up to anything")]),
    # negative: a date still speaks for no one
    ("Sales fell in May and rose on Thursday, the company said.", []),
])
def test_round9_first_name_jan_and_people_addressees(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "a lawyer at the Buenos Aires firm X & Y": the city is no organization
    ("According to Mariana Sol, a lawyer at the Buenos Aires firm Sol & Vidal, buyers are rewriting contracts.",
     ("Mariana Sol", "Sol & Vidal", "AR")),
    # negative: "Gov. X of Shizuoka Prefecture" keeps the prefecture
    ("Gov. Keiko Ono of Shizuoka Prefecture said she had been assured jobs would stay.",
     ("Keiko Ono", "Shizuoka Prefecture", "JP")),
])
def test_round9_city_before_firm_noun(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # an op-ed with no dateline: a minister with no country is of the country the piece is about
    ("Opinion: Argentina should sell lithium to everyone\n\nArgentina has a choice to make. The national "
     "government has been less cautious. Economy Minister Raul Fierro said Argentina would offer tax breaks.",
     ("Raul Fierro", "Argentine government", "AR")),
    # negative: two countries named as often: no country is guessed
    ("Chile and Peru both sell copper. Chile wants more; Peru wants less. Mines Minister Ana Ruiz said exports "
     "would rise.", ("Ana Ruiz", None, None)),
])
def test_round9_minister_country_of_an_oped(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # a province named as the owner of a title gives its country
    ("Catamarca's mining secretary, Lucia Paz, said the province would review every contract.",
     ("Lucia Paz", "AR")),
])
def test_round9_place_as_organization_has_its_country(extractor, text, expected):
    got = _attributions(extractor, text)[-1]
    assert (got[0], got[2]) == expected


@pytest.mark.parametrize("text, expected", [
    # "the authority's managing director"
    ("Kenya Ports Authority said on Monday that three consortia had bid. The authority's managing director, "
     "Grace Wanjiru, said the winner would be named in June.", ("Grace Wanjiru", "Kenya Ports Authority", "KE")),
    # "Its chief economist" after a sentence opened by a registry body under one of its aliases
    ("Everstar Semiconductor delayed its plant, chairman Lin Wei told shareholders. The VDMA engineering "
     "federation urged the government to keep export guarantees. Its chief economist, Ralf Weber, said members "
     "could not walk away.", ("Ralf Weber", "German Mechanical Engineering Industry Association", "DE")),
])
def test_round9_authority_and_aliased_opener(extractor, text, expected):
    assert _attributions(extractor, text)[-1][:3] == expected
