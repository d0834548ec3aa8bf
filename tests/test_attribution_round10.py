"""Round 10 attribution guards, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.names import drop_title
from stance.places import building_name, place_country
from stance.text import sentences

_attributions = statements  # (speaker, organization, country, text) of each statement


@pytest.mark.parametrize("place, code", [
    ("Inner Mongolia", "CN"),   # a Chinese region, not Mongolia
    ("Baja California", "MX"),  # not the US state
    ("Northern Ireland", "GB"),
    ("Mongolia", "MN"),         # negative: the country itself
    ("California", "US"),
    ("Western Australia", "AU"),
])
def test_round10_region_named_after_a_country(place, code):
    assert place_country(place) == code


@pytest.mark.parametrize("name, expected", [
    ("Dame Harriet Vane", "Harriet Vane"),
    ("Sir Tobias Grant", "Tobias Grant"),
    ("Lord Peter Wimsey", "Peter Wimsey"),
    ("Sir Tobias", "Sir Tobias"),            # negative: a title with one name stays
    ("Ann Lord", "Ann Lord"),                # negative: a surname, not a title
])
def test_round10_british_honorifics_dropped(name, expected):
    assert drop_title(name) == expected


@pytest.mark.parametrize("text, speaker, expected", [
    # a mayor of a city with no body named: the city council
    ('"This is a good day for the town," Vigo Mayor Pedro Lamas said.', "Pedro Lamas", ("Vigo City Council", "ES")),
    # a governor of a place whose prefecture the article names: the prefecture
    ("The plant will be built in Saga Prefecture. Saga Governor Aiko Mori said the prefecture would pay for "
     "the new road.", "Aiko Mori", ("Saga Prefecture", "JP")),
])
def test_round10_bare_place_as_organization(extractor, text, speaker, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == speaker]
    assert got and got[0][1:3] == expected


@pytest.mark.parametrize("text", [
    "Qinghe Dairy, which is headquartered in Hohhot, Inner Mongolia, bought the plant in 2016. Its local "
    "general manager, Wu Lan, said the expansion would add 80 jobs.",
    "A plan by Chinese-owned Qinghe Dairy Group to double its plant has split farmers.\n\nQinghe, which is "
    "headquartered in Hohhot, Inner Mongolia, bought the plant in 2016. Its local general manager, Wu Lan, said "
    "the expansion would add 80 jobs.",
])
def test_round10_region_is_not_the_firm(extractor, text):
    got = [a for a in _attributions(extractor, text) if a[0] == "Wu Lan"]
    assert got and got[0][1] != "Inner Mongolia" and got[0][2] != "MN"


@pytest.mark.parametrize("phrase, text, expected", [
    ("Memorial Hall", "the meeting in the Memorial Hall", True),
    ("Tiananmen Square", "crowds in Tiananmen Square", True),
    ("Jo Park", "said Rep. Jo Park, a Republican", False),       # negative: a surname
    ("Stuart Hall", "Stuart Hall said so", False),
    ("Town Hall", "at the Town Hall. Town Hall staff left", False),  # once without "the": not sure, not a place
])
def test_round10_building_name(phrase, text, expected):
    assert building_name(phrase, text) is expected


def test_round10_place_is_no_speaker(extractor):
    text = ('Tom Reeve spoke first. The vote was held at the meeting in the Memorial Hall.\n\n'
            '"We will not sell the farm to anyone who asks," said Tom Reeve.')
    speakers = {a[0] for a in _attributions(extractor, text)}
    assert "Memorial Hall" not in speakers


@pytest.mark.parametrize("text, expected", [
    # a party adjective for a British MP: the UK Parliament (README convention)
    ("Giles Archer, a Conservative member of the Commons trade committee, said British ports should not be sold.",
     ("Giles Archer", "UK Parliament", "GB")),
    ("LONDON, May 3 (Wire) - Giles Archer, a Conservative MP, said British ports should not be sold.",
     ("Giles Archer", "UK Parliament", "GB")),
    # negative: a party adjective alone, no country and no Westminster: no organization rather than a party
    ("Giles Archer, a Conservative MP, said the ports should not be sold.", ("Giles Archer", None, None)),
    # negative: a party's full name outside Westminster stays
    ("Opposition senator Ruth Baines of the Liberal Party said Australia should build its own refineries.",
     ("Ruth Baines", "Liberal Party")),
])
def test_round10_party_is_no_organization(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # "X, its managing director" after a sentence that named one body not at its start: that body
    ("The plant opened on Monday. In Lyon, the Federation of Ceramic Makers was more cautious. Paul Ravel, its "
     "managing director, warned that prices would fall.", ("Paul Ravel", "Federation of Ceramic Makers")),
    # negative: the sentence before named no body, so "its" falls back to the article's last company
    ("Rhodan Tiles Corp. opened the plant on Monday. The mood was cautious. Paul Ravel, its managing director, "
     "warned that prices would fall.", ("Paul Ravel", "Rhodan Tiles Corp.")),
])
def test_round10_its_is_the_body_just_named(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("A plan by Chinese-owned Qinghe Dairy Group to double its plant has split farmers. Its general manager, "
     "Wu Lan, said the expansion would add 80 jobs.", ("Wu Lan", "Qinghe Dairy Group", "CN")),
    # the glued cue wins over the story's country (a New Zealand story, no dateline)
    ("A plan by Chinese-owned Qinghe Dairy Group to double its New Zealand plant has split New Zealand farmers.\n\n"
     "Qinghe, which is headquartered in Hohhot, Inner Mongolia, bought the plant in 2015. Its New Zealand general "
     "manager, Wu Lan, said the expansion would add 80 jobs.", ("Wu Lan", "Qinghe Dairy Group", "CN")),
    # negative: a name that merely contains a hyphen keeps it
    ("Rolls-Royce Holdings said the engines would be built in Derby. Its chief executive, Tom Erb, said the "
     "plant would stay open.", ("Tom Erb", "Rolls-Royce Holdings")),
])
def test_round10_described_lead_is_not_the_name(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # an appositive naming the organization after a lower-case organization noun
    ("Lena Ortiz, chief executive of developer Sol Andino Energy, was asked whether it would switch suppliers."
     "\n\n\"No, we will not,\" she said.", ("Lena Ortiz", "Sol Andino Energy")),
    # a headline "X chief:" names the firm; "Its managing director, Y" in the introduction is its
    ("Kesari Pharma chief: India cannot end its China reliance\n\nInterview by Ravi Menon\n\nPune-based Kesari "
     "Pharma makes antibiotics. Its managing director, Asha Rao, told us the company still buys half of its "
     "materials from China.", ("Asha Rao", "Kesari Pharma")),
    # negative: a person's name after the title stays a person
    ("Kesari Pharma chief executive Asha Rao said the company still buys half of its materials from China.",
     ("Asha Rao", "Kesari Pharma")),
])
def test_round10_organization_from_introduction(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[-1][:2] == expected


@pytest.mark.parametrize("text, expected", [
    # "European lenders" is no cue for a minister's ministry (the EU has none); the fuller name written later
    ("ASTANA, Oct 2 (Wire) - Kazakhstan will choose a bidder backed by European lenders or a Chinese miner, "
     "Industry Minister Aidos Bekov said on Wednesday. Kazakhstan's Ministry of Industry and Construction "
     "received two offers.", ("Aidos Bekov", "Kazakhstan's Ministry of Industry and Construction", "KZ")),
    # negative: a capitalised word after the built name that is no area list stays out
    ("ASTANA, Oct 2 (Wire) - Kazakhstan will choose a bidder soon, Industry Minister Aidos Bekov said on "
     "Wednesday. At Kazakhstan's Ministry of Industry, Chinese visitors waited.",
     ("Aidos Bekov", "Kazakhstan's Ministry of Industry", "KZ")),
])
def test_round10_built_ministry(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's legal form ends a sentence before a capital
    ("The loan came from the US Finance Corp. Westmark President Al Fry argued the deal was bad.",
     ["The loan came from the US Finance Corp.", "Westmark President Al Fry argued the deal was bad."]),
    # negatives: another legal form follows, or a lower-case word
    ("Samsung Electronics Co. Ltd. said it would build the plant.",
     ["Samsung Electronics Co. Ltd. said it would build the plant."]),
    ("Northwind Corp. said it would stay.", ["Northwind Corp. said it would stay."]),
    ("Dr. Ann Lee said so.", ["Dr. Ann Lee said so."]),
])
def test_round10_legal_form_ends_a_sentence(text, expected):
    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the same business title again is the same post: the committee the witness appeared before is not hers
    ("Dr Mina Shah, chief executive of the Rotor Makers Alliance, spoke first.\n\nAppearing before the Commons "
     "Business and Trade Committee, Dr Mina Shah, chief executive of the Rotor Makers Alliance, said forty firms "
     "supplied parts.", ("Mina Shah", "Rotor Makers Alliance")),
])
def test_round10_same_post_same_organization(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[-1][:2] == expected


ROUNDUP = ("Here is what analysts told clients this week.\n\n"
           "NORTHGATE SECURITIES (Hong Kong)\n\n"
           "Amy Lau, head of bank research, writes that the retreat has gone too far.\n\n"
           "TERN CAPITAL PARTNERS (Singapore)\n\n"
           "Tern's Ravi Menon takes the opposite view. \"Property exposure is not fully marked,\" Menon writes.\n\n"
           "The Hong Kong Monetary Authority said banks should manage concentration risk prudently.")


@pytest.mark.parametrize("speaker, expected", [
    ("Amy Lau", ("Northgate Securities", "HK")),      # no organization of her own: the section's
    ("Ravi Menon", ("Tern Capital Partners", "SG")),  # a short name of the section's firm: its full name
    (None, ("Hong Kong Monetary Authority", "HK")),   # a public body named with its place
])
def test_round10_roundup_sections(extractor, speaker, expected):
    got = [a for a in _attributions(extractor, ROUNDUP) if a[0] == speaker]
    assert got and got[0][1:3] == expected


def test_round10_one_heading_is_no_roundup(extractor):
    text = ("NORTHGATE SECURITIES (Hong Kong)\n\nAmy Lau, an economist at Bexley Bank, said the retreat had gone "
            "too far.")
    got = [a for a in _attributions(extractor, text) if a[0] == "Amy Lau"]
    assert got and got[0][1] == "Bexley Bank"


@pytest.mark.parametrize("text, expected", [
    # the clause's opening organization, not the partner named inside it
    ("Harbour Ridge University will open a joint school with Chengdu's Sichuan Polytechnic University in 2028, "
     "vice-chancellor Professor Ann Drew announced on Monday.", ("Ann Drew", "Harbour Ridge University")),
    # negative: a speaker whose own phrase names an organization keeps it
    ("Harbour Ridge University will open a joint school with Sichuan Polytechnic University in 2028, Ann Drew, "
     "an analyst at Kestrel Advisory, said on Monday.", ("Ann Drew", "Kestrel Advisory")),
])
def test_round10_clause_subject_organization(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ellen Moss, the U.S. ambassador, spoke at a breakfast hosted by the U.S. Embassy in Accra. Vendors that "
     "are not trusted, she warned, would cost Ghana investment.", ("Ellen Moss", "U.S. Embassy in Accra", "US")),
    # negative: another country's embassy is not hers
    ("Ellen Moss, the U.S. ambassador, spoke at a breakfast near the Chinese Embassy in Accra. Vendors that "
     "are not trusted, she warned, would cost Ghana investment.", ("Ellen Moss", None)),
])
def test_round10_ambassador_embassy(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected


def test_round10_hall_at_sentence_end_is_no_speaker(extractor):
    text = ("Tom Reeve, who chairs the Valley Growers' Group, was blunt at the meeting in the Memorial Hall.\n\n"
            "\"We got a second buyer and a better price. That is competition.\"")
    got = _attributions(extractor, text)
    assert got and got[0][0] == "Tom Reeve"


HEARING = ("Appearing before the Commons Business and Trade Committee, Dr Mina Shah, chief executive of the Rotor "
           "Makers Alliance, said forty firms supplied parts.\n\n"
           "\"Staying in is how we keep our leverage,\" Shah said.\n\n"
           "The committee's chair, Dame Alice Brook, pressed her on the risks. \"Are we training the firm that will "
           "take our wing work?\" Brook asked.")


@pytest.mark.parametrize("speaker, expected", [
    ("Alice Brook", ("UK Parliament", "GB")),         # the chair of a Commons committee, her question hers
    ("Mina Shah", ("Rotor Makers Alliance",)),  # negative: the witness keeps her own body
])
def test_round10_hearing(extractor, speaker, expected):
    got = [a for a in _attributions(extractor, HEARING) if a[0] == speaker]
    assert got and all(a[1:1 + len(expected)] == expected for a in got)


def test_round10_asked_whether_is_no_question_quote(extractor):
    # negative: "asked whether" after a quote is not the quote's attribution
    text = ("Mina Shah said forty firms supplied parts. \"Is that wise?\" Brook asked whether the firms agreed.")
    assert all(a[0] != "Brook" for a in _attributions(extractor, text))


@pytest.mark.parametrize("text, expected", [
    # no dateline: an unregistered firm with no cue of its own takes the country the story names most
    # (two-word names count), not the first organization's (a Chinese investor's)
    ("Chinese-owned Qinghe Dairy Group will double its plant in New Zealand. New Zealand farmers are split, and "
     "New Zealand officials are reviewing it.\n\nKaimai Valley Dairies said in a statement that it wanted fair "
     "competition.", (None, "Kaimai Valley Dairies", "NZ")),
    # negative: with a dateline, the dateline's country
    ("AUCKLAND, March 3 (Wire) - Chinese-owned Qinghe Dairy Group will double its plant. Australia and Australia "
     "again were named.\n\nKaimai Valley Dairies said in a statement that it wanted fair competition.",
     (None, "Kaimai Valley Dairies", "NZ")),
])
def test_round10_story_country_named_most(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[1] == expected[1]]
    assert got and got[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    ("BOGOTA, May 2 (Wire) - The port deal drew attention abroad. A U.S. Embassy official in Bogotá said the "
     "United States had shared its concerns with the government.", (None, "U.S. Embassy in Bogotá", "US")),
])
def test_round10_embassy_official(extractor, text, expected):
    got = _attributions(extractor, text)
    assert got and got[-1][:len(expected)] == expected


def test_round10_no_embassy_without_one(extractor):
    # negative: an official of no named embassy gets no invented embassy
    text = ("BOGOTA, May 2 (Wire) - The port deal drew attention abroad. A port official in Bogotá said the "
            "United States had shared its concerns with the government.")
    assert all("Embassy" not in (a[1] or "") for a in _attributions(extractor, text))


@pytest.mark.parametrize("text, expected", [
    ("CALI, May 2 (Wire) - Her cousin Ana Solis, who sits on the Nuquí Bajo municipal council, takes a "
     "harder line.\n\nSolis argued that the port was a mortgage on the town's sovereignty.",
     ("Ana Solis", "Nuquí Bajo municipal council", "CO")),
    # negative: "sits on" a beach is no body
    ("CALI, May 2 (Wire) - Ana Solis, who sits on the beach every morning, takes a harder line.\n\nSolis argued "
     "that the port was a mortgage on the town's sovereignty.", ("Ana Solis", None)),
])
def test_round10_seat_on_a_council(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # a Spanish first surname refers back to the one person whose full name holds it
    ("Industry Minister Tomas Quintero Vidal told reporters the plant was welcome. Quintero said the government "
     "would offer the same incentives.", "Tomas Quintero Vidal"),
    # negative: two people share the inner name, so it names neither
    ("Industry Minister Tomas Quintero Vidal and Ana Quintero Costa met. Quintero said the government would offer "
     "the same incentives.", None),
])
def test_round10_first_surname(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if "incentives" in a[3]]
    assert got and got[0][0] == expected


@pytest.mark.parametrize("text, expected", [
    ("One of Hollin's largest Chinese suppliers, Wuxi Heming Kitchenware, said in a statement that it had opened a "
     "factory in Vietnam.", (None, "Wuxi Heming Kitchenware", "CN")),
    # negative: a person after "one of" a firm's people stays a person, and "One" is never the organization
    ("One of the analysts, Mark Bell, said in a note that the factory would open in Vietnam.", ("Mark Bell",)),
])
def test_round10_quantifier_is_no_organization(extractor, text, expected):
    got = _attributions(extractor, text)
    assert got and got[0][:len(expected)] == expected and got[0][1] != "One"


@pytest.mark.parametrize("text, expected", [
    ("ASTANA, Oct 2 (Wire) - The tender is open.\n\nSteppe Tin Ltd, which is listed in Perth, has explored the "
     "site since 2019. Its managing director, Craig Dunn, said the bid would keep the ore out of Chinese refineries.",
     ("Craig Dunn", "Steppe Tin Ltd", "AU")),
    # negative: without a cue of its own the firm takes the dateline's country
    ("ASTANA, Oct 2 (Wire) - The tender is open.\n\nSteppe Tin Ltd has explored the site since 2019. Its "
     "managing director, Craig Dunn, said the bid would keep the ore out of Chinese refineries.",
     ("Craig Dunn", "Steppe Tin Ltd", "KZ")),
])
def test_round10_listed_in(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # a surname that is also a town's name is the person met before
    ("Rosa Mosquera, who runs a guesthouse on the beach road, worries about the whales.\n\n"
     "\"The whales do not care whose flag is on the crane,\" Mosquera said. \"But the tourists care about them.\"",
     [("Rosa Mosquera", "The whales do not care whose flag is on the crane"),
      ("Rosa Mosquera", "But the tourists care about them.")]),
    # negative: with no such person the town is no speaker
    ("The port will open next year.\n\n\"The whales do not care whose flag is on the crane,\" Mosquera said.",
     []),
])
def test_round10_surname_that_is_a_town(extractor, text, expected):
    got = [(a[0], a[3]) for a in _attributions(extractor, text) if a[0] is not None]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Harlan Stores Inc., the Denver-based discount chain, will cut its China sourcing to 25% by 2028, chief "
     "executive Dana Webb told analysts on Tuesday's third-quarter earnings call.",
     "Harlan Stores Inc., the Denver-based discount chain, will cut its China sourcing to 25% by 2028"),
    # negative: the plain weekday adjunct still works
    ("Harlan Stores Inc. will cut its China sourcing to 25% by 2028, chief executive Dana Webb told analysts on "
     "Tuesday.", "Harlan Stores Inc. will cut its China sourcing to 25% by 2028"),
])
def test_round10_possessive_time_adjunct(extractor, text, expected):
    got = [a[3] for a in _attributions(extractor, text)]
    assert got == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Lintel Materials will spend 48 billion yen on a plant in Saga, its chairwoman told a press conference here "
     "on Thursday.", ["Lintel Materials will spend 48 billion yen on a plant in Saga"]),
    # negative: without "here" as before
    ("Lintel Materials will spend 48 billion yen on a plant in Saga, its chairwoman told a press conference on "
     "Thursday.", ["Lintel Materials will spend 48 billion yen on a plant in Saga"]),
])
def test_round10_here_adjunct(extractor, text, expected):
    assert [a[3] for a in _attributions(extractor, text)] == expected


def test_round10_question_line_is_no_person(extractor):
    # negative: an interview question "Why Texas, and why now?" names no one, so "Texas wanted" is no person
    text = ("Why Texas, and why now?\n\nA spokesperson for the Texas Economic Development and Tourism Office said the "
            "state had offered a tax abatement and added Texas wanted energy makers from trusted countries.")
    assert all(a[0] != "Why Texas" for a in _attributions(extractor, text))


@pytest.mark.parametrize("text, expected", [
    # a label before a lone question asks; it states nothing
    ("MARKET ROUNDUP: Should Asian banks shrink their mainland books?\n\nAmy Lau, an analyst at Bexley Bank, said "
     "the retreat had gone too far.", ["the retreat had gone too far"]),
    # negative: a transcript answer with a question and a statement stays
    ("Interview by Ravi Menon\n\nAsha Rao runs Kesari Pharma.\n\nQ: Why India?\n\nRao: Why not? We have the "
     "engineers. We will stay here.", ["Why not? We have the engineers. We will stay here."]),
])
def test_round10_label_before_a_question(extractor, text, expected):
    assert [a[3] for a in _attributions(extractor, text)] == expected


@pytest.mark.parametrize("text, speaker, expected", [
    # a ministry built with lower-case areas takes the body's case and its owner's country
    ("Egypt's minister of trade and industry, Omar Saleh, said the zone would draw $3 billion. The ministry of "
     "trade and industry will publish the rules.", "Omar Saleh",
     ("Egypt's Ministry of Trade and Industry", "EG")),
])
def test_round10_lower_case_built_ministry(extractor, text, speaker, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == speaker]
    assert got and got[0][1:3] == expected


@pytest.mark.parametrize("text", [
    "Asia said the new desk would open in Shenzhen next year.",
    "Whoever said the desk would open in Shenzhen next year was right.",
])
def test_round10_continent_or_indefinite_is_no_source(extractor, text):
    assert all(a[0] not in ("Asia", "Whoever") and a[1] not in ("Asia", "Whoever")
               for a in _attributions(extractor, text))


@pytest.mark.parametrize("text, expected", [
    ("Dora Kranz, who heads the plant's works council for the IG Metall union, was sceptical. She said the union "
     "had won a jobs guarantee.", ("Dora Kranz", "IG Metall")),
    ("Yann Morvan, who sits on the board of the Breton producers' cooperative Porc Breizh Unie, was blunt. He said "
     "the duties had cut his prices.", ("Yann Morvan", "Porc Breizh Unie")),
    # negative: "who runs a guesthouse on the beach road" names no body
    ("Rosa Quiñones, who runs a guesthouse on the beach road, was blunt. She said the port would scare the whales.",
     ("Rosa Quiñones", None)),
])
def test_round10_who_heads(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:2] == expected


@pytest.mark.parametrize("text, expected", [
    # "Its chairman" after a sentence opened by the firm's short name: that firm, not the one named last before
    ("ABU DHABI, May 2 (Wire) - Qiantang Battery Group will build a plant here, Al Noor Energy said.\n\nQiantang, "
     "which is based in Fujian province, said the plant would be its first outside Asia. Its chairman, Lin Bo, said "
     "the company saw the UAE as a bridge.", ("Lin Bo", "Qiantang Battery Group", "CN")),
    # the body a speaker chairs wins over one inferred from a cue word in the appositive
    ("Industry is split. Claire Dupuis, who chairs the European Panel Makers Forum, an industry group representing "
     "EU producers, said the sector had lost 40 factories.", ("Claire Dupuis", "European Panel Makers Forum")),
])
def test_round10_opening_short_name_and_chaired_body(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # "a deputy secretary-general at the board": the board the article named before
    ("BANGKOK, May 2 (Wire) - Lotus Skin will open a plant in Rayong.\n\nThailand's Board of Investment said the "
     "project qualified for a tax holiday. Somchai Preeda, a deputy secretary-general at the board, said Thailand "
     "wanted investment from every serious company.", ("Somchai Preeda", "Thailand's Board of Investment", "TH")),
    # negative: no board named before, no board invented
    ("BANGKOK, May 2 (Wire) - Lotus Skin will open a plant in Rayong.\n\nSomchai Preeda, a deputy secretary-general "
     "at the board, said Thailand wanted investment from every serious company.", ("Somchai Preeda", None)),
])
def test_round10_at_the_body(extractor, text, expected):
    got = [a for a in _attributions(extractor, text) if a[0] == expected[0]]
    assert got and got[0][:len(expected)] == expected
