"""Round 11 attribution guards, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction_helpers import statements
from stance.extract import _fuller_name
from stance.registry import Registry

REPO = Path(__file__).resolve().parent.parent


def _attributions(extractor, text: str) -> list[tuple]:
    return statements(extractor, text, ("speaker", "organization", "country"))


@pytest.mark.parametrize("head, text, expected", [
    ("City", "Ana Petrović, mayor of the City of Velimir, spoke.", "City of Velimir"),
    ("School", "Lars Holm of the Danish School of Maritime Trade said so.", "Danish School of Maritime Trade"),
    ("Consulate", "He works at the Chinese Consulate General in Porto Verde.", "Chinese Consulate General in Porto Verde"),
    ("Consulate-General", "The Chinese Consulate-General in Lakeport said no.", "Chinese Consulate-General in Lakeport"),
    ("School", "She left school early.", None),              # negative: lower case, no name
    ("City", "The City said nothing more.", None),           # negative: the head alone is no longer name
])
def test_round11_fuller_name_around_a_generic_head(head, text, expected):
    assert _fuller_name(head, text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a generic head read alone becomes the name the article writes around it
    ("Fisheries economist Olav Brekke of the Norwegian School of Economics argued that the sector's China bet "
     "was sound.", ("Olav Brekke", "Norwegian School of Economics", "NO")),
    ("Milan Jovic, mayor of the City of Kragovo, said the Chinese plant was welcome.",
     ("Milan Jovic", "City of Kragovo", None)),
])
def test_round11_generic_head_is_not_a_name(extractor, text, expected):
    got = _attributions(extractor, text)
    assert got
    speaker, org, country = got[0]
    assert (speaker, org) == expected[:2]
    if expected[2]:
        assert country == expected[2]
    assert org not in ("City", "School")


@pytest.mark.parametrize("text, org, country", [
    # a public body named after a hand-listed place takes that place's country over the story's
    ("China's lenders are under strain. The Hong Kong Monetary Authority said on Wednesday that the city's "
     "banks remained well capitalised against mainland China's property slump in China.",
     "Hong Kong Monetary Authority", "HK"),
    # negative: a registered body keeps the registry's country
    ("The Hong Kong SAR Government said Chinese tourism had recovered.", "Hong Kong SAR Government", "HK"),
])
def test_round11_place_led_body_country(extractor, text, org, country):
    got = _attributions(extractor, text)
    assert (None, org, country) in got or any(o == org and c == country for _s, o, c in got)


@pytest.mark.parametrize("text, speaker, org", [
    # "who leads its ... team": "its" is the firm the sentence before named
    ("Goldman Sachs was more upbeat. Rina Okafor, who leads its China financials team, said Chinese lenders "
     "were cheap.", "Rina Okafor", "The Goldman Sachs Group Inc."),
    # "X's colleague at the bank, strategist Y": Y is of X's body
    ("HSBC analyst Tomas Lindgren said China's banks were cheap. Lindgren's colleague at the bank, equity "
     "strategist Ivo Marsh, took a sharper line. Investors would return to China, Marsh argued.",
     "Ivo Marsh", "HSBC Holdings plc"),
])
def test_round11_its_and_colleague_forms(extractor, text, speaker, org):
    got = _attributions(extractor, text)
    assert (speaker, org) in [(s, o) for s, o, _c in got]


@pytest.mark.parametrize("text, speaker", [
    # negative: "who leads the" names no body by "its"; no organization is guessed
    ("Markets were calm. Rina Okafor, who leads the China team, said Chinese lenders were cheap.", "Rina Okafor"),
    # negative: a colleague of someone never met takes no body
    ("Dana's colleague, strategist Ivo Marsh, said China's banks were cheap.", "Ivo Marsh"),
])
def test_round11_its_and_colleague_negative(extractor, text, speaker):
    got = _attributions(extractor, text)
    assert [(s, o) for s, o, _c in got if s == speaker] == [(speaker, None)]


@pytest.mark.parametrize("text, org, country", [
    # a title read as the US department, while the article names another country's ministry of that area
    ("Bangladesh's Ministry of Commerce has tried to steer a middle course. Commerce Secretary Anil Rahman "
     "said the ministry was courting Chinese mills.",
     "Bangladesh's Ministry of Commerce", "BD"),
    # negative: the article names the US department itself, so it stays
    ("The US Department of Commerce said the rule stands. Commerce Secretary Jane Holt said China must comply.",
     "US Department of Commerce", "US"),
])
def test_round11_title_ministry_of_the_named_country(extractor, text, org, country):
    got = _attributions(extractor, text)
    assert any(o == org and c == country for _s, o, c in got if _s and "Holt" in _s or _s and "Rahman" in _s)


@pytest.mark.parametrize("text, speaker", [
    # a minister of one area is not of another area's ministry just named
    ("The Ministry of Education said universities should diversify. Trade Minister Colm Reddy, speaking in "
     "Dunmore, said the deal with China had been good.", "Colm Reddy"),
    # the opposition's spokesperson speaks for no ministry
    ("The Ministry of Education said universities should diversify. The opposition's foreign affairs "
     "spokesperson, Mere Walker, warned that the country was repeating mistakes with China.", "Mere Walker"),
])
def test_round11_no_ministry_of_another_area(extractor, text, speaker):
    got = _attributions(extractor, text)
    assert [o for s, o, _c in got if s == speaker] and \
        all(o != "Ministry of Education" for s, o, _c in got if s == speaker)


def test_round11_minister_of_the_same_area_keeps_it(extractor):
    # negative: an education minister after the Ministry of Education just named keeps it
    text = ("The Ministry of Education said universities should diversify. Education Minister Colm Reddy said "
            "Chinese students were welcome.")
    got = _attributions(extractor, text)
    assert [o for s, o, _c in got if s == "Colm Reddy"] == ["Ministry of Education"]


@pytest.mark.parametrize("text, org", [
    # an industry head word makes the lead phrase a firm; "that" past ", even as" is no complementiser of "told"
    ("Kestrel Therapeutics will keep running trials with Chinese partners, its chief executive told analysts on "
     "Thursday, even as new rules hit companies that use them.", "Kestrel Therapeutics"),
    ("Kestrel Biosciences will keep its Chinese partners, the company said on Thursday.", "Kestrel Biosciences"),
])
def test_round11_lead_firm_statement_found(extractor, text, org):
    got = _attributions(extractor, text)
    assert [o for _s, o, _c in got] == [org]


def test_round11_told_that_still_read(extractor):
    # negative: "told X on Monday that ..." keeps its reported clause
    text = "Trade Minister Lena Dorsey told reporters on Monday that China was a vital partner."
    got = [s.text for s in extractor.extract(text)]
    assert got == ["China was a vital partner"]


@pytest.mark.parametrize("name, canonical, country", [
    ("Bell Canada", "Bell Canada", "CA"),
    ("Telus", "Telus Corp.", "CA"),
    ("CBC", "Canadian Broadcasting Corporation", "CA"),
    ("Karachi Port Trust", "Karachi Port Trust", "PK"),
    ("Rogers", None, None),  # negative: a common surname is no alias
    ("Bell", None, None),    # negative: nor is a common word
])
def test_round11_registry_entries(name, canonical, country):
    registry = Registry.load(REPO / "data" / "registry")
    org = registry.org(name)
    assert (org.canonical, org.country) == (canonical, country) if canonical else org is None


@pytest.mark.parametrize("text, org, country", [
    # a Central Asian nationality word is a country word: the title-only minister goes to the government
    ("Kyrgyz deputy minister Bakyt Osmonov says a railway to China will start within weeks.",
     "Kyrgyz government", "KG"),
    ("Kazakh transport minister Aibek Nurov said rail freight with China rose 18 per cent.",
     "Kazakh government", "KZ"),
])
def test_round11_central_asian_nationality_words(extractor, text, org, country):
    assert [(o, c) for _s, o, c in _attributions(extractor, text)] == [(org, country)]
