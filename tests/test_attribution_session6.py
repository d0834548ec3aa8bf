"""Session 6 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.gazetteer import country_named, subdivision_kind
from stance.names import drop_title
from stance.bodies import dateline_state
from stance.places import org_home

_CALL = ("Harrow Outdoor Ltd., the Leeds-based maker of tents, reported sales on Tuesday.\n\n"
         "Operator: Welcome to the call. I will hand over to the chief executive.\n\n")


@pytest.mark.parametrize("text, expected", [
    # a header line alone in its paragraph, then answer paragraphs in the first person
    (_CALL + "Nadia Brook, Chief Executive Officer:\n\nThank you. Sales in China rose 9 percent.\n\n"
     "We will keep our Suzhou plant and hire 40 people there.\n\n"
     "Owen Hale, Chief Financial Officer:\n\nOur margin held at 41 percent, and we see no change.",
     [("Nadia Brook", "Harrow Outdoor Ltd.", "GB", "Thank you. Sales in China rose 9 percent."),
      ("Nadia Brook", "Harrow Outdoor Ltd.", "GB", "We will keep our Suzhou plant and hire 40 people there."),
      ("Owen Hale", "Harrow Outdoor Ltd.", "GB", "Our margin held at 41 percent, and we see no change.")]),
    # the header on the line right above the words, in the same paragraph
    (_CALL + "Nadia Brook, Chief Executive Officer:\nWe are not leaving China. Greater China grew fastest.",
     [("Nadia Brook", "Harrow Outdoor Ltd.", "GB", "We are not leaving China. Greater China grew fastest.")]),
    # negative: the narrator's line after the answer, the operator, an analyst's question
    (_CALL + "Nadia Brook, Chief Executive Officer:\n\nWe are staying in China.\n\n"
     "Operator: The next question is from Ian Roe of Barclays.\n\n"
     "Ian Roe, Barclays:\nShould investors worry about China?\n\n"
     "Shares in Harrow closed 2 percent higher in London.",
     [("Nadia Brook", "Harrow Outdoor Ltd.", "GB", "We are staying in China.")]),
    (_CALL + "Nadia Brook, Chief Executive Officer:\n\nWe are staying in China.\n\n"
     "The company's shares fell 3 percent.",
     [("Nadia Brook", "Harrow Outdoor Ltd.", "GB", "We are staying in China.")]),
])
def test_transcript_header_lines(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "That" opening a sentence is no organization; the company after it is the one the story opened with
    ("Verdal Cosmetics SA, the Lyon-based skincare group, held its call on Monday.\n\n"
     "That concludes today's call.\n\n"
     "After the call, a spokeswoman for the company said the Shanghai centre would cost 60 million euros.",
     [(None, "Verdal Cosmetics SA", "FR", "the Shanghai centre would cost 60 million euros")]),
])
def test_function_words_are_no_organization(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, country", [
    ("Brightline Gear Inc., the Portland, Oregon-based maker of boots, said it would move output to Vietnam.", "US"),
    ("Brightline Gear Inc., the Oregon-based maker of boots, said it would move output to Vietnam.", "US"),
    # negative: a town and a state that is no place leave the country to other cues
    ("Brightline Gear Inc., the Portland, Zorbia-based maker of boots, said it would move output to Vietnam.",
     None),
])
def test_town_comma_state_based(extractor, text, country):
    assert [s[0] for s in statements(extractor, text, ("country",))] == [country]


@pytest.mark.parametrize("text, name, country", [
    # a legal form used in one country outranks a headline cue near the short name
    ("Kuusi's chief on China\n\nKuusi Oyj, the maker of saws, sells in China.", "Kuusi Oyj", "FI"),
    ("Brennar's boss on China\n\nBrennar ASA makes valves.", "Brennar ASA", "NO"),
    # a country name opening the name, also one the hand-written lists lack
    ("Azerbaijan Ferry Lines will add ships, it said.", "Azerbaijan Ferry Lines", "AZ"),
    ("Aotearoa Dairy Forum urged calm.", "Aotearoa Dairy Forum", "NZ"),
    # a city or a province opening a three-word name
    ("Wang Li, vice-president of Chengdu Rail Freight Hub, says volumes rose.", "Chengdu Rail Freight Hub", "CN"),
    ("Ana Ruiz, president of the Michoacán Berry Growers Council, said China was a hedge for Mexican farms.",
     "Michoacán Berry Growers Council", "MX"),
    # negative: a province's name in a story that never names its country places nothing ("Sinop" is Turkish too)
    ("Ana Ruiz, president of the Michoacán Berry Growers Council, said China was a hedge.",
     "Michoacán Berry Growers Council", None),
    # "one of the three Chinese signatories"; "The Philippines' X"
    ("Xu Ming, chairman of Hengda Feed Mills, one of the three Chinese signatories, said it would buy more.",
     "Hengda Feed Mills", "CN"),
    ("The Philippines' Office of Ports Policy said traffic fell.", "Office of Ports Policy", "PH"),
    # negatives: a country noun followed by a verb is no cue; an ambiguous form (AG) waits for the text;
    # a country name that is also a given name opens no country
    ("Can China save Quelbra's growers?\n\nQuelbra Growers Union said it wanted buyers.", "Quelbra Growers Union", None),
    ("Keller's man in China\n\nKeller Pumpen AG, the Swiss pump maker, said sales fell.", "Keller Pumpen AG", "CH"),
    ("Jordan Pike Capital said it sold.", "Jordan Pike Capital", None),
])
def test_unregistered_organization_home(text, name, country):
    assert org_home(text, name) == country


def test_country_named_reads_pycountry_names():
    assert [country_named(w) for w in ("Azerbaijan", "Bolivia", "azerbaijan", "Jordan", "Chad", "Narnia")] == \
        ["AZ", "BO", None, None, None, None]


@pytest.mark.parametrize("text, expected", [
    # a country word opening a body's name is part of the name
    ("Kenya Railways said freight volumes rose 9 percent last year.",
     [(None, "Kenya Railways", "KE", "freight volumes rose 9 percent")]),  # a trailing time phrase is trimmed
    ("The Ghana Cocoa Board said it would sell more beans to Chinese grinders.",
     [(None, "Ghana Cocoa Board", "GH", "it would sell more beans to Chinese grinders")]),
    ("Japan Organization for Metals and Energy Security said it would tender for more in February.",
     [(None, "Japan Organization for Metals and Energy Security", "JP", "it would tender for more")]),
    # negatives: "European" is no country of a name's own; a ministry or a title keeps the older rules
    ("European Solar Installers Association said the duties would cost jobs.",
     [(None, "European Solar Installers Association", "EU", "the duties would cost jobs")]),
    ("Chinese Foreign Ministry spokesman Lin Jian said the deal was fair.",
     [("Lin Jian", "China's Ministry of Foreign Affairs", "CN", "the deal was fair")]),
])
def test_country_word_opening_a_name(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Commodore Jose Tarriela-Reyes", "Jose Tarriela-Reyes"),
    ("Prof. Dr. Selim Karaca", "Selim Karaca"),   # titles stack
    ("State Sen. Ray Duchene", "Ray Duchene"),
    ("Dott.ssa Giulia Conti", "Giulia Conti"),
    ("Prof Alan Whitfield", "Alan Whitfield"),
    # negatives: a title with a surname alone, and names that open with a title-like word
    ("Mayor Ruiz", "Mayor Ruiz"),
    ("State Street", "State Street"),
    ("General Motors", "General Motors"),
])
def test_titles_dropped_from_speaker_names(name, expected):
    assert drop_title(name) == expected


_RADIO = ("HOST: With me are Lorne Haas, who chairs the Prairie Oilseed Growers Association, and Rachel Obi, "
          "an analyst at Red Creek Commodities.\n\n")


@pytest.mark.parametrize("text, expected", [
    # an upper-case label spells a person introduced before: full name, or a title and the surname
    (_RADIO + "LORNE HAAS: Honestly, it's grim. We need our seed back in China.",
     [("Lorne Haas", "Honestly, it's grim. We need our seed back in China.")]),
    (_RADIO + "CHAIRMAN HAAS: We will keep selling to China, and I say so plainly.",
     [("Lorne Haas", "We will keep selling to China, and I say so plainly.")]),
    # negative: a label nobody was introduced by, and the host, are no speaker
    (_RADIO + "GORD: I've got no time for Beijing at all.", []),
    (_RADIO + "HOST: Rachel, is that realistic? I wonder.", []),
])
def test_upper_case_transcript_labels(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "text")) == expected


def test_honorific_with_surname_is_the_person_met_before(extractor):
    text = ("Prof Alan Whitfield, the university's vice-chancellor, said the review was over. "
            "\"We did not take this decision lightly,\" Prof Whitfield said.")
    assert [s[0] for s in statements(extractor, text, ("speaker",))] == ["Alan Whitfield", "Alan Whitfield"]


@pytest.mark.parametrize("text, expected", [
    # Indian English reporting verbs
    ("Suresh Menon, managing director of Kaveri Drugs Ltd., informed that the plant would start in March.",
     [("Suresh Menon", "the plant would start")]),
    ("Suresh Menon, managing director of Kaveri Drugs Ltd., opined that producers could meet half the demand.",
     [("Suresh Menon", "producers could meet half the demand")]),
    # a one-word short form and a listing ticker in brackets do not break the subject
    ("Kavita Rao, chairperson of the Drug Export Council (Drugexcil), cautioned that exporters could not pay more.",
     [("Kavita Rao", "exporters could not pay more")]),
    ("Karlawinda Lithium Ltd (ASX: KLL) said it had signed a five-year offtake agreement.",
     [(None, "it had signed a five-year offtake agreement")]),
    # negative: "informed" with an object and no clause reports nothing
    ("Suresh Menon informed the board of his decision.", []),
])
def test_session6_reporting_forms(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "text")) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-only head of government with no dateline speaks for the country the story names most
    ("Serbia is courting investors from everywhere. Belgrade signed two deals on Monday.\n\n"
     "\"Serbia will not import other people's trade wars,\" the prime minister said at a news conference.",
     [(None, "Serbian government", "RS")]),
    # negative: a story that names no country twice leaves the minister unplaced (no statement is invented)
    ("Investors are courted everywhere.\n\n\"We will not import other people's trade wars,\" the prime minister "
     "said at a news conference.", []),
])
def test_title_only_minister_without_dateline(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, state", [
    ("LINCOLN, Neb. (KNBT) - Gov. Dana Whitcomb wrapped up a trip.", "Nebraska"),
    ("RALEIGH, N.C. — The governor spoke.", "North Carolina"),
    ("CHARLESTON, W.Va. — The governor spoke.", "West Virginia"),
    ("COLUMBUS, Ohio — The governor spoke.", "Ohio"),
    # negatives: a month abbreviation, a country
    ("LONDON, Nov. 3 (Wire) - The minister spoke.", None),
    ("PARIS, France — The minister spoke.", None),
])
def test_dateline_state_reads_ap_abbreviations(text, state):
    assert dateline_state(text) == state


def test_governor_in_an_ap_datelined_story(extractor):
    text = "LINCOLN, Neb. (KNBT) - Gov. Dana Whitcomb said the trade mission to China was a success."
    assert statements(extractor, text, ("speaker", "organization", "country")) == \
        [("Dana Whitcomb", "Nebraska state government", "US")]


@pytest.mark.parametrize("text, expected", [
    # a seat on a committee of a body named with a possessive, its name joined by "and"
    ("NAIROBI - Opposition MP Esther Kiptoo, who sits on Parliament's Public Debt and Privatisation Committee, "
     "said the loans were a mistake.", [("Esther Kiptoo", "Public Debt and Privatisation Committee", "KE")]),
    # a plural head after an inner possessive, two name parts joined by "and", a non-ASCII short form
    ("The Istanbul Textile and Apparel Exporters' Associations (İTKİB) said it supported tariffs.",
     [(None, "Istanbul Textile and Apparel Exporters' Associations", "TR")]),
    # negative: a person and a body joined by "and" are not one organization
    ("Chairman Tom Lee and the Grain Farmers' Council said prices fell.", []),
])
def test_session6_body_names(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # a byline's surname is no place for the dateline's sentence ("Herrera" is also a Panamanian province)
    ("Chile eyes a smelter tender\n\nBy Ignacio Herrera\n\nSANTIAGO, Nov 27 (Andes Wire) - Chile will launch a "
     "tender for a new copper smelter, the government said on Thursday.", [(None, "Chilean government", "CL")]),
    # a short form in brackets and a relative clause after a country-led name
    ("The Japan Organization for Metals and Energy Security (JOGMEC), which manages the stockpile, said it would "
     "begin tendering for more.", [(None, "Japan Organization for Metals and Energy Security", "JP")]),
])
def test_session6_government_and_agency_subjects(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that opens with the person and names what they run
    ("Inês Sousa Lobo runs Quinta do Vale Fundo, a family estate in the Douro valley.\n\n"
     "\"We will keep selling to China,\" Sousa Lobo said.", [("Inês Sousa Lobo", "Quinta do Vale Fundo")]),
    ("Peter Dlamini founded Ubuntu Cable Works in 2009. \"China is our biggest buyer,\" Dlamini said.",
     [("Peter Dlamini", "Ubuntu Cable Works")]),
    # negatives: what they run is no named body; someone else runs the named one
    ("Ana Ruiz runs a guesthouse on the beach road. \"We will keep selling to China,\" Ruiz said.",
     [("Ana Ruiz", None)]),
    ("Her neighbour Tomás Vidal runs Costa Verde Hotels. \"We will keep selling to China,\" Ana Ruiz said.",
     [("Ana Ruiz", None)]),
])
def test_person_who_runs_a_named_body(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization")) == expected


@pytest.mark.parametrize("text, expected", [
    # "of the <place> <described noun> <Name>": the name, from that place
    ("\"Everything still comes from Guangdong,\" said Selin Aydın, purchasing director of the Istanbul toy chain "
     "Minik Oyuncak.", [("Selin Aydın", "Minik Oyuncak", "TR")]),
    ("Samuel Ortiz, an economist at the Mexico City think tank Centro de Estudios Agrarios, argued that growers "
     "were wrong.", [("Samuel Ortiz", "Centro de Estudios Agrarios", "MX")]),
    ("Graham Pryce, managing director of the Adelaide winery Kestrel Hill Estates, said importers were wary.",
     [("Graham Pryce", "Kestrel Hill Estates", "AU")]),
])
def test_place_noun_name_appositive(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text", [
    # a title between place and name is no described noun: the rule places nothing in Peru
    "Ana Diaz, a lawyer for the Lima mayor Jorge Soto, said rates would rise.",
    # a first word that is no place
    "Ana Diaz, director of the Blue toy chain Minik Oyuncak, said rates would rise.",
])
def test_place_noun_name_appositive_negatives(extractor, text):
    assert [s[0] for s in statements(extractor, text, ("country",))] == [None]


@pytest.mark.parametrize("text, expected", [
    # "Its chairman, X," after a sentence whose subject is a body not yet met as one (fronted phrase first)
    ("Hausmann Kochtechnik GmbH showed ovens. Two aisles away, Taiwan's Formosa NutriLab was showing formula for "
     "the first time. Its chairman, Lin Wei-ting, said the company had waited three years for a licence.",
     [("Lin Wei-ting", "Formosa NutriLab", "TW")]),
    # the body named two sentences back is not "its" when another subject came between
    ("Hausmann Kochtechnik GmbH showed ovens. Its chairman, Lin Wei-ting, said the company had waited three "
     "years for a licence.", [("Lin Wei-ting", "Hausmann Kochtechnik GmbH", "DE")]),
    # negative: a person described as one is never "its"
    ("Tom Baker, a trader at Gull Feeds, was showing formula. Its chairman, Lin Wei-ting, said the company "
     "had waited three years for a licence.", [("Lin Wei-ting", "Gull Feeds", None)]),
])
def test_its_title_name_after_a_subject_body(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # two country words may open a body's name after "the"
    ("Dr Mei Foster, executive director of the Aotearoa China Dairy Forum, urged the committee to slow down.",
     [("Mei Foster", "Aotearoa China Dairy Forum", "NZ")]),
    ("Ana Lee, director of the Korea Battery Industry Council, said trade was fair.",
     [("Ana Lee", "Korea Battery Industry Council", "KR")]),
    # negative: a country after "the" with no body's head after it is a place
    ("Ana Lee, a lawyer in the United States, said trade was fair.", [("Ana Lee", None, None)]),
])
def test_country_words_opening_a_body_name(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's body in lower case: the registry's canonical name when it has one, else named as written
    ("China will keep its ban on seafood, China’s customs authority said on Monday.",
     [(None, "General Administration of Customs of China", "CN")]),
    ("Germany's competition watchdog said it would review the takeover.",
     [(None, "Germany's competition watchdog", "DE")]),
    # negatives: a company's unit is no country's body; "Europe's" names no country
    ("Tesla's sales agency said it would fund the plant.", [(None, "Tesla Inc.", "US")]),
    ("Europe's banking authority said it would review the rules.", []),
])
def test_country_body_in_lower_case(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # "Board of X" names a body; a country's possessive stays in its name, as the article writes it
    ("Thailand's Board of Investment said approvals reached 112 billion baht.",
     [(None, "Thailand's Board of Investment", "TH")]),
    ("The Thailand Board of Investment said approvals reached 112 billion baht.",
     [(None, "Thailand Board of Investment", "TH")]),
    # negative: a company's board of directors is no body of its own
    ("The Board of Directors said approvals reached 112 billion baht.", []),
])
def test_board_of_x(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # a described person's "expects X to Y" or "expects that" reports, the span after the verb
    ("Park Ji-ho, an analyst at Nomura, expects the company to keep both fabs running.",
     [("Park Ji-ho", "the company to keep both fabs running")]),
    ("Park Ji-ho, an analyst at Nomura, expects that prices will rise.", [("Park Ji-ho", "prices will rise")]),
    # negatives: an expectation with no clause; a company's own guidance
    ("Park Ji-ho, an analyst at Nomura, expects a rise in prices.", []),
    ("Rheinfeld Chemie AG opened a plant. Rheinfeld expects the first lines to start in 2029.", []),
])
def test_expects_reports_for_described_people(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "text")) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form in lower case stays in the name the article first gave
    ("LONDON, July 30 - Kestrel Therapeutics plc, the Cambridge-based drug developer, will keep running trials at "
     "its Shanghai centre, the company said. In the results release, the company cited chief executive Martin Ash "
     "saying that China \"remains central to our research.\"", ["Kestrel Therapeutics plc", "Kestrel Therapeutics plc"]),
    # negative: no legal form written, none added
    ("Kestrel Therapeutics said it would keep running trials at its Shanghai centre.", ["Kestrel Therapeutics"]),
])
def test_lower_case_legal_form_kept(extractor, text, expected):
    assert [s[0] for s in statements(extractor, text, ("organization",))] == expected


@pytest.mark.parametrize("text, expected", [
    # a two-word name ending in an organization word that is also a surname is a person's
    ("Acme Power's president, Karen Mills, said the plant would open.", [("Karen Mills", "Acme Power")]),
    ("Karen Mills said the plant would open.", [("Karen Mills", None)]),
    # negative: a longer name with the same word is an organization's
    ("Sunrise Textile Mills said the plant would open.", [(None, "Sunrise Textile Mills")]),
])
def test_surname_like_organization_words(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization")) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, which she founded" gives X to the person named just before
    ("KITWE, Zambia - Chanda Mbewe does not like to choose. Kafue Zinc Smelting, which she founded in 2014, "
     "processes ore. \"I sell to whoever pays,\" Mbewe said.", [("Chanda Mbewe", "Kafue Zinc Smelting", "ZM")]),
    # negative: a person named after the clause is not "she"
    ("Kafue Zinc Smelting, which she founded in 2014, processes ore. \"I sell to whoever pays,\" Tom Banda said.",
     [("Tom Banda", None, None)]),
    # a clause, not "the Chinese maker X": no country from "the Chinese mines there is no"
    ("\"Without the Chinese mines there is no Kafue Zinc,\" said Chanda Mbewe, who runs Kafue Zinc Smelting in "
     "Zambia.", [("Chanda Mbewe", "Kafue Zinc Smelting", "ZM")]),
])
def test_founded_by_pronoun(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # review of the session-6 rules: each input once went wrong
    # a person opening the sentence before is never "its"
    ("Prime Minister Anthony Albanese has visited the plant this week. Its chief executive, Tom Reyes, said the "
     "expansion would create 300 jobs.", [("Tom Reyes", "Australian government", "AU")]),
    ("Lea Hart was upbeat about the new season at the fair. Its chairman, Tom Reyes, said demand for steel was "
     "strong.", [("Tom Reyes", None, None)]),
    ("Dr. Ruth Kwan was showing the new formula to buyers. Its chairman, Tom Reyes, said demand for steel was "
     "strong.", [("Tom Reyes", None, None)]),
    # "heads to", "owns shares in" run nothing
    ("Joe Biden heads to the Asia Pacific Economic Cooperation summit next week. Biden said the tariffs would stay "
     "in place.", [("Joe Biden", "US government", "US")]),
    ("Maria Lopez owns shares in Tesla Inc and several banks. \"The tariffs are a mistake,\" Lopez said.",
     [("Maria Lopez", None, None)]),
    # an untitled header line that names nobody introduced is no speaker
    ("Key Takeaways:\n\nTariffs on steel will rise next year, and exporters will pay.", []),
    # "Ville" of "Ville de Québec" is no place on its own
    ("In Ville de Québec, the economy ministry said the tariffs were unfair.",
     [(None, "Canada's Ministry of Economy", "CA")]),
    # a company's agency is no public body; a district is no organization; a company's committee keeps no seat
    ("China's largest travel agency said bookings to Japan fell sharply.", []),
    ("Li Wei, a resident of the Beijing district Haidian, said prices had doubled.", [("Li Wei", None, None)]),
    ("Anna Berg, who sits on Tesla's Audit Committee, said the plant would open.", [("Anna Berg", None, None)]),
])
def test_session6_review_negatives(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


def test_upper_case_label_with_another_given_name_is_not_the_person_met(extractor):
    text = ("Anna Smith, chief executive of Acme Corp, joined the panel on tariffs.\n\n"
            "DAVID SMITH: We will keep our plant open in China.")
    assert [s[0] for s in statements(extractor, text, ("speaker",))] != ["Anna Smith"]


def test_jersey_is_no_country_name():
    assert country_named("Jersey") is None and country_named("Azerbaijan") == "AZ"


@pytest.mark.parametrize("text, expected", [
    # the areas of a minister's title are no organization, before or after a comma and the name
    ("Spain's Minister of Industry and Tourism, Carlos Ruiz, said licences were refused.",
     [("Carlos Ruiz", "Spanish government", "ES")]),
    ("The Dutch Minister for Foreign Trade and Development, Sanne de Groot, said licences were refused.",
     [("Sanne de Groot", "Dutch government", "NL")]),
    # an embassy "in the Netherlands"; a body of "the <place> distillery <Name>"
    ("The Chinese Embassy in the Netherlands said in a statement that it opposed the politicisation of trade.",
     [(None, "Embassy of the People's Republic of China in the Netherlands", "CN")]),
    ("Callum Rae, founder of the Islay distillery Kilnaughton, said he had stopped chasing distributors.",
     [("Callum Rae", "Kilnaughton", None)]),
    # negative: a body's name goes on over a comma only with another area ("of Agriculture, Food and the Marine")
    ("Anil Rao, director general of the Confederation of Indian Industry, said the rules were fair.",
     [("Anil Rao", "Confederation of Indian Industry", "IN")]),
])
def test_minister_areas_and_embassies(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


def test_body_name_goes_on_over_a_comma_only_with_an_area():
    from stance.names import unregistered_org
    name = "The Department of Agriculture, Food and the Marine"
    assert unregistered_org(name, name, 0)[0] == "Department of Agriculture, Food and the Marine"
    name = "Spain's Minister of Industry and Tourism, Carlos Ruiz"
    assert unregistered_org(name, name, 0)[0] is None


_HEARING = ("WASHINGTON - The committee's chairman, Rep. Carl Weston, a Michigan Republican, opened the hearing. "
            "Daniel Oduya, a fellow at the Center for Strategic and International Studies, testified.\n\n")


@pytest.mark.parametrize("text, expected", [
    # hearing labels with a title or an honorific before the surname; the speaker's own "we" is no source
    (_HEARING + "CHAIRMAN WESTON: Every tool we ship to a Chinese fab is a tool used against us. We wrote "
     "controls with holes in them.", [("Carl Weston", "Every tool we ship to a Chinese fab is a tool used against "
                                      "us. We wrote controls with holes in them.")]),
    (_HEARING + "MR. ODUYA: Our estimate is three to five years for most tool types.",
     [("Daniel Oduya", "Our estimate is three to five years for most tool types.")]),
    # negative: a question put under a label, even with "Mr." inside it, is no statement
    (_HEARING + "CHAIRMAN WESTON: Mr. Oduya, how long would it take China to replace our tools?", []),
])
def test_hearing_transcript_labels(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "text")) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, whose family company, Y, employs ...": X speaks, for Y; "he said" in a split quote then is X (session 11:
    # and the first statement, before Y was named, too: one body per speaker)
    ("Giulio Ferri, who runs a packaging firm, said exports to China rose.\n\nFerri, whose family company, Ferri "
     "Macchine, employs 340 people, added that it would open a service centre in Suzhou.\n\n“We left the Silk Road, "
     "not the Chinese market,” he said, “and we are not going to leave it.”",
     [("Giulio Ferri", "Ferri Macchine"), ("Giulio Ferri", "Ferri Macchine"), ("Giulio Ferri", "Ferri Macchine"),
      ("Giulio Ferri", "Ferri Macchine")]),
    # a question a reporter put is no statement; a speaker's own question is
    ("Ilona Szabo, the minister, said the plant would open. “Will the plant use battery cells made in China?” a "
     "reporter asked. “Are we training our rivals?” Szabo asked.",
     [("Ilona Szabo", None), ("Ilona Szabo", None)]),
])
def test_whose_company_and_press_questions(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization")) == expected


@pytest.mark.parametrize("text, expected", [
    # a local body named after a town the lists lack takes the story's country
    ("Lucjan Nowak, a member of the Stalowa Wola City Council, said the town could not turn away a factory. "
     "Poland needs jobs, and Poland needs them now.", [("Lucjan Nowak", "Stalowa Wola City Council", "PL")]),
    # "of the Swiss Watch Industry": a country adjective inside a longer name
    ("The Federation of the Swiss Watch Industry said China remained a strategic market.",
     [(None, "Federation of the Swiss Watch Industry", "CH")]),
    # "But Kim said": the conjunction is no part of the name
    ("Kim Jae-won, the chief financial officer, spoke first. But Kim said a sale was not under consideration.",
     [("Kim Jae-won", None, None)]),
    # negative: "of the United States" still ends a name
    ("Tom Lee, a lawyer at the Bank of the United States, said rates would rise.",
     [("Tom Lee", "Bank of the United States", "US")]),
])
def test_session6_local_bodies_and_names(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("text, expected", [
    # a governor of a province or a state the registry lacks: named in the registry's pattern
    ("SALTA, Argentina - Martín Oliva, the governor of Salta, said the province was open.",
     [("Martín Oliva", "Salta provincial government", "AR")]),
    # negative: the registry's own name wins
    ("The governor of Jiangsu, Xu Kunlin, said the province was open.",
     [("Xu Kunlin", "Jiangsu Provincial People's Government", "CN")]),
])
def test_provincial_governments(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


def test_subdivision_kind():
    assert [subdivision_kind(p) for p in ("Salta", "Jalisco", "Ontario", "Suzhou", "Narnia")] == \
        ["provincial", "state", "provincial", None, None]


@pytest.mark.parametrize("text, expected", [
    # "Analysts at (Oslo-based) X": the firm, whatever its name's form
    ("Analysts at Oslo-based Fjord Carnegie noted that Chilean producers were competing hard.",
     [(None, "Fjord Carnegie", "NO")]),
    # a title-only governor: the sub-national body named nearest before
    ("SALVADOR, Brazil - The Bahia state government backs the project. The governor said on a radio programme "
     "that the plant was a symbol of a new industrial Bahia.", [(None, "Bahia state government", "BR")]),
    ("SALTA, Argentina - The Catamarca provincial government sent its minister. Jujuy's governor struck a more "
     "cautious note. “Jujuy is open to Chinese investment, to anyone's investment,” the governor said.",
     [(None, "Jujuy provincial government", "AR")]),
    # negatives: "does not comment on" is a refusal; a governor with no body named before is left out
    ("A Tesla spokesperson said the company does not comment on its suppliers.", []),
    ("The governor said the plant was a symbol of a new era.", []),
])
def test_staff_governors_and_refusals(extractor, text, expected):
    assert statements(extractor, text, ("speaker", "organization", "country")) == expected


@pytest.mark.parametrize("name, expected", [
    # honorifics before names of two to four words
    ("Datin Sharifah Nor Aini", "Sharifah Nor Aini"),
    ("Sheikh Hamdan Al Mazrouei", "Hamdan Al Mazrouei"),
    ("Dr. Ana Maria de Souza", "Ana Maria de Souza"),
    # negatives: an honorific with one name stays; an office before a three-word name follows the older rule
    ("Sheikh Hamdan", "Sheikh Hamdan"),
    ("Sir Keir", "Sir Keir"),
])
def test_honorifics_before_longer_names(name, expected):
    assert drop_title(name) == expected
