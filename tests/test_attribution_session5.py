"""Session 5 speaker-name completion, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements
from stance.records import Statement
from stance.places import dateline_country
from stance.tidy import company_without_country, country_as_government, no_company_in_the_eu


def _speakers(extractor, text: str) -> list[str | None]:
    return [s[0] for s in statements(extractor, text, ("speaker",))]


@pytest.mark.parametrize("text, expected", [
    # a first name that is also a title word, after a title
    ("Senator Dean Holt, an Iowa Republican, wrote that the plant was a loophole. Holt said it must close.",
     ["Dean Holt", "Dean Holt"]),
    # a surname that is also a month
    ("Laurel June, executive director of the Ridge Growers Association, said the group opposed the grant.",
     ["Laurel June"]),
    # an interview label with a two-word surname
    ("Beatriz Costa Lima runs Quinta das Pedras, a family estate.\n\nQ: Will you stay in China?\n\n"
     "Costa Lima: We opened two distributors in Chengdu, and we will open a third.", ["Beatriz Costa Lima"]),
    # a conjunction is no speaker
    ("But a Commission spokesperson said in January that the bloc would act.", [None]),
])
def test_speaker_completed_from_the_article(extractor, text, expected):
    assert _speakers(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # titles, honorifics and demonyms in front of a name are not name words
    ("Transport Minister Neema Juma said the port would stay open. Juma told reporters the deal was fair.",
     ["Neema Juma", "Neema Juma"]),
    ("Dr Asha Rao of the Aero Suppliers Alliance said the brackets were harmless.", ["Asha Rao"]),
    ("Lithuanian MEP Ruta Kazla said the bloc should act.", ["Ruta Kazla"]),
    # a possessive firm before the name is not part of it
    ("Tallow Foods' Ruth Cole said prices were too low.", ["Ruth Cole"]),
])
def test_speaker_not_completed_wrongly(extractor, text, expected):
    assert _speakers(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an answer that goes on in a paragraph of its own, in the first person
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nBut we opened two distributors in Chengdu.\n\nQ: And next year?",
     ["They fell by about 12%, yes.", "But we opened two distributors in Chengdu."]),
    # negative: narration after an answer (no first person) and a question paragraph are no answer
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nThe interview has been edited for length.\n\nWhat comes next?",
     ["They fell by about 12%, yes."]),
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nWhat do we do next?", ["They fell by about 12%, yes."]),
    # negative: "Phase I" is no first person; a contact line is no answer; only one paragraph goes on
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nThe drug entered Phase I trials in China last year.",
     ["They fell by about 12%, yes."]),
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nContact us at letters@example.com with your views.",
     ["They fell by about 12%, yes."]),
    ("Joana Ferreira runs the Lisbon winery Adega Ferreira.\n\nQ: Did sales fall?\n\n"
     "Ferreira: They fell by about 12%, yes.\n\nBut we opened two distributors in Chengdu.\n\n"
     "At our tasting the 2019 red stood out.",
     ["They fell by about 12%, yes.", "But we opened two distributors in Chengdu."]),
])
def test_answer_goes_on_in_the_next_paragraph(extractor, text, expected):
    assert [a[3] for a in statements(extractor, text)] == expected


def test_a_news_agency_post_is_not_its_own_statement(extractor):
    text = ("The group's shares rose.\n\nThe port handled a record 5.6 million containers last year. "
            "— Reuters (@Reuters) June 4, 2026\n")
    assert statements(extractor, text) == []


def test_an_organization_account_posts_its_own_words(extractor):
    text = ("The shipping group posted during the session:\n\nThe port handled a record 5.6 million containers "
            "last year. Cooperation delivers. — China COSCO Shipping (@COSCO_Shipping) June 4, 2026\n")
    got = statements(extractor, text)
    assert [(a[0], a[2]) for a in got] == [(None, "CN")] and "COSCO" in got[0][1]
    assert got[0][3].startswith("The port handled") and "@" not in got[0][3]


@pytest.mark.parametrize("text, expected", [
    # a title-only minister of a government the registry does not hold: the registry's naming pattern
    ("Romania's economy minister, Ilinca Dobre, said the country was open to every serious investor.",
     ("Ilinca Dobre", "Romanian government", "RO")),
    # a territory's name read as the organization stands for its government
    ("Hong Kong's financial secretary, Gordon Tse, said the city would connect more with the mainland.",
     ("Gordon Tse", "Hong Kong SAR Government", "HK")),
    # negative: a ministry the article names keeps its name
    ("Romania's economy minister, Ilinca Dobre, said the plant was welcome. The ministry of economy will "
     "publish the terms.", ("Ilinca Dobre", "Romania's Ministry of Economy", "RO")),
])
def test_government_of_a_title_only_minister(extractor, text, expected):
    assert statements(extractor, text)[0][:3] == expected


@pytest.mark.parametrize("text, expected", [
    # an honorific makes a person of a surname that is also a town's name (Kennedy, Colombia)
    ("Mary Kennedy farms sows near Fermoy. “We cannot build a business on one customer who changes the rules,” "
     "Ms Kennedy said.", [("Mary Kennedy", None, "We cannot build a business on one customer who changes the rules")]),
    ("Mary Kennedy farms sows near Fermoy. Ms. Kennedy said the deal was bad for farmers.",
     [("Mary Kennedy", None, "the deal was bad for farmers")]),
    # a time phrase between the subject and the verb is not part of the subject
    ("Kering SA last month said it would slow new store openings in China.",
     [(None, "Kering SA", "it would slow new store openings in China")]),
    ("The Commerce Ministry on Tuesday said the rules would stay in place for all buyers.",
     [(None, "Commerce Ministry", "the rules would stay in place for all buyers")]),
    # an honorific and a surname met nowhere before: a person, not an organization
    ("Ms Kowalski said the deal was bad for farmers.", [("Kowalski", None, "the deal was bad for farmers")]),
    # a title's second word is no given name
    ("Governor General Holt said the plant was safe for the town.",
     [("Holt", None, "the plant was safe for the town")]),
    # a relative clause holding "town, state," is stepped over whole
    ("Dana Whitfield, who runs an importing business in Columbus, Ohio, said her costs had risen by a quarter.",
     [("Dana Whitfield", None, "her costs had risen by a quarter")]),
    # negative: a fronted clause ending in a place is not joined to the subject
    ("After meeting Modi, India said it would lift the ban on rice exports.", []),
    ("Besides Japan, Vietnam said it would join the pact this year.", []),
    # a surname with a lower-case particle in the full name
    ("Foreign Trade Minister Sanne de Groot told MPs that every licence was assessed individually. "
     "De Groot said the ministry had refused 23 licences this year.",
     [("Sanne de Groot", None, "every licence was assessed individually"),
      ("Sanne de Groot", None, "the ministry had refused 23 licences this year")]),
])
def test_session5_subjects(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a company written with its country before it: the name without it, and that country
    ("Taiwan's Hsin Yuan Precision said it had moved most of its sourcing to Vietnam.",
     ("Hsin Yuan Precision", "TW")),
    # negative: a ministry keeps the name as written
    ("Poland's Ministry of Development and Technology said the plant had raised no objections.",
     ("Poland's Ministry of Development and Technology", "PL")),
])
def test_company_named_without_its_country(extractor, text, expected):
    assert statements(extractor, text)[0][1:3] == expected


@pytest.mark.parametrize("org, expected", [
    ("Taiwan's Hsin Yuan Precision", ("Hsin Yuan Precision", "TW")),
    ("Japan's Toyota", ("Toyota Motor Corp.", "JP")),  # the registry's name for what follows
    ("Thailand's Board of Investment", ("Thailand's Board of Investment", None)),  # a public body
    ("Hsin Yuan Precision", ("Hsin Yuan Precision", None)),  # nothing to strip
])
def test_company_without_country_pass(extractor, org, expected):
    st = Statement(0, 5, "ab cd", "reported", None, org, None)
    got = company_without_country(st, extractor.registry)
    assert (got.organization, got.country) == expected


@pytest.mark.parametrize("org, expected", [
    ("Romania", "Romanian government"),
    ("Hong Kong", "Hong Kong SAR Government"),  # a city-state
    ("Shanghai", "Shanghai"), ("Brussels", "Brussels"),  # cities, and the capital that stands for the EU
    ("European Union", "European Union"),
])
def test_country_as_government_pass(extractor, org, expected):
    st = Statement(0, 5, "ab cd", "reported", "Ana Ruiz", org, None)
    assert country_as_government(st, extractor.registry).organization == expected


@pytest.mark.parametrize("text, expected", [
    ("Temasek Point Capital raised a new fund.", []),  # a longer, different name
    ("Vale Escuro Wines sold more in Chengdu.", []),
    ("Apple CEO Tim Cook visited Beijing.", ["Apple Inc."]),  # a title after the name
    ("Tesla Shanghai made more cars.", ["Tesla Inc."]),  # a place after the name
    ("Huawei Technologies opened a lab.", ["Huawei Technologies Co. Ltd."]),  # an organization word
    ("Analysts at Temasek said so.", ["Temasek Holdings Pte. Ltd."]),  # nothing after the name
])
def test_one_word_alias_inside_a_longer_name(extractor, text, expected):
    assert [org.canonical for _s, _e, org in extractor.registry.find_orgs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a company's unit or office speaks for the company
    ("Walmart's China unit said that China remained an important part of its supply base.",
     [(None, "Walmart Inc.", "China remained an important part of its supply base")]),
    ("Walmart's sourcing office in Shenzhen said China remained an important part of its supply base.",
     [(None, "Walmart Inc.", "China remained an important part of its supply base")]),
    # an adjunct between the verb and "that"
    ("Walmart said in an emailed comment that China remained an important part of its supply base.",
     [(None, "Walmart Inc.", "China remained an important part of its supply base")]),
    ("Walmart said in response to questions from reporters that its China sourcing would not change.",
     [(None, "Walmart Inc.", "its China sourcing would not change")]),
])
def test_units_and_adjuncts(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the government" with no government named before: the country of the sentence, else of the dateline
    ("MANILA, Dec 5 — The Philippines will stop exporting unprocessed nickel ore from 2028, the government said.",
     [("Philippine government", "PH", "The Philippines will stop exporting unprocessed nickel ore from 2028")]),
    ("MOMBASA — Buyers will be asked to take a larger share of the tea sold at the auction, the government said.",
     [("Kenyan government", "KE", "Buyers will be asked to take a larger share of the tea sold at the auction")]),
    ("Germany will keep the tariffs in place for all buyers, the government said.",
     [("German government", "DE", "Germany will keep the tariffs in place for all buyers")]),
    # negative: no country anywhere, no government made up
    ("The tariffs will stay in place for all buyers, the government said.", []),
])
def test_the_government_of_the_story(extractor, text, expected):
    assert [(a[1], a[2], a[3]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed minister or secretary in a datelined story that named no body: the government
    ("MOMBASA — The cabinet secretary said China drinks more tea than any nation on earth.",
     [(None, "Kenyan government", "China drinks more tea than any nation on earth")]),
    # negative: no dateline, no country: no source, so no statement (as before)
    ("The cabinet secretary said China drinks more tea than any nation on earth.", []),
])
def test_unnamed_minister_of_the_dateline(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a member's title and the one body of that kind the article names
    ("Opposition councillor Ana Ruiz said the city had been sold a dream. The Lakeview City Council will vote in May.",
     [("Ana Ruiz", "Lakeview City Council")]),
    ("Commissioner Carl Pruitt said the county should not give the plant a tax break. The Whitfield County Board of "
     "Commissioners voted 3-2.", [("Carl Pruitt", "Whitfield County Board of Commissioners")]),
    ("Trustee Ana Ruiz said the fund should keep its China shares. The Ohio Teachers Retirement System meets in May.",
     [("Ana Ruiz", "Ohio Teachers Retirement System")]),
    # negative: two councils named, or none: no guess
    ("Councillor Ana Ruiz said the plant was welcome. The Lakeview City Council and the Hillside City Council "
     "both voted.", [("Ana Ruiz", None)]),
    ("Councillor Ana Ruiz said the plant was welcome in the town.", [("Ana Ruiz", None)]),
])
def test_member_sits_on_the_body_named(extractor, text, expected):
    assert [(a[0], a[1]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a government spokesman in a datelined story: that country's government
    ("BERLIN — A government spokesman said the tariffs would stay in place for all buyers.",
     [(None, "German government", "the tariffs would stay in place for all buyers")]),
    # negative: no dateline, no country named: no statement made up from nothing
    ("A government spokesman said the tariffs would stay in place for all buyers.", []),
])
def test_government_spokesman_of_the_dateline(extractor, text, expected):
    assert [(a[0], a[1], a[3]) for a in statements(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("ADDIS ABABA - Almaz Tesfaye, who built a coffee exporter, died on Saturday.", "ET"),  # a hyphen after the city
    ("BRNO — When the institute opened its lab, it hired widely.", "CZ"),
    ("Almaz Tesfaye - a coffee exporter - died on Saturday.", None),  # no city in capitals: no dateline
])
def test_dateline_city_before_a_dash_or_hyphen(text, expected):
    assert dateline_country(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X-based" says X is a place: towns of 15,000 people count there
    ("Mette Kjaer, chief executive of Nordvind Turbines, the Esbjerg-based maker of wind turbines, said Chinese "
     "rivals were winning auctions.", ("Nordvind Turbines", "DK")),
    # a legal form written before the name
    ("PT Nusantara Baterai Mineral's president director, Agus Hutapea, said the first phase would have a "
     "capacity of 15 gigawatt-hours.", ("PT Nusantara Baterai Mineral", "ID")),
])
def test_company_country_cues(extractor, text, expected):
    assert statements(extractor, text)[0][1:3] == expected


@pytest.mark.parametrize("org, country, expected", [
    ("Nordvind Turbines", "EU", None),  # no company is from "the EU"
    ("European Wind Industry Association", "EU", "EU"),  # an EU-wide body may be
    ("European Commission", "EU", "EU"),
    ("Nordvind Turbines", "DK", "DK"),
])
def test_no_company_in_the_eu(extractor, org, country, expected):
    st = Statement(0, 5, "ab cd", "reported", None, org, country)
    assert no_company_in_the_eu(st, extractor.registry).country == expected
