"""Session 7 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


@pytest.mark.parametrize("text, expected", [
    # a lone name goes on as a person's when the words after it say so
    ('"The blue prints sell first," said Amaka, who has run the same stall since 2009.',
     [("Amaka", None, None, "The blue prints sell first")]),
    ("Two stalls along, Tunde, a fabric trader, said he bought his cloth from a mill in Shaoxing.",
     [("Tunde", None, None, "he bought his cloth from a mill in Shaoxing")]),
    ("Rahmat, a 31-year-old forklift driver, said he wanted the smelter to keep hiring.",
     [("Rahmat", None, None, "he wanted the smelter to keep hiring")]),
    ("Yusufu said she would keep importing wax prints from Guangzhou.",
     [("Yusufu", None, None, "she would keep importing wax prints from Guangzhou")]),
    # negative: a lone name with a firm's cues stays an organization
    ("Kelvora, a wholesaler based in Ohio, said it would keep buying from Ningbo.",
     [(None, "Kelvora", "US", "it would keep buying from Ningbo")]),
    ("Kelvora said it would keep buying from Ningbo.",
     [(None, "Kelvora", None, "it would keep buying from Ningbo")]),
])
def test_lone_name_person_or_firm(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country word after a body's opening word is inside the name
    ("JAKARTA - Sari Wulandari, an economist at Universitas Indonesia, said the country was swapping one "
     "dependency for another.",
     [("Sari Wulandari", "Universitas Indonesia", "ID", "the country was swapping one dependency for another")]),
    ("SANTIAGO - Tomas Reyes, an economist at Universidad de Chile, said the brine would last decades.",
     [("Tomas Reyes", "Universidad de Chile", "CL", "the brine would last decades")]),
    # negative: a place after a plain preposition is no body
    ("SANTIAGO - Tomas Reyes, an economist in Chile, said the brine would last decades.",
     [("Tomas Reyes", None, None, "the brine would last decades")]),
])
def test_country_word_inside_a_foreign_body_name(extractor, text, expected):
    assert statements(extractor, text) == expected


_PLANT = ("MUNICH, Germany, May 4 (Wire) - Siemens AG will spend 90 million euros to enlarge its works at Birkenau Point "
          "near Munich so that fewer parts come from suppliers in China, the company said on Monday.")


@pytest.mark.parametrize("text, expected", [
    # the clause opens with a registry company and is given to "the company": that company's, and a later
    # "the site's manager" follows it
    (_PLANT, [(None, "Siemens AG", "DE", _PLANT[_PLANT.index("Siemens"):_PLANT.index(", the company")])]),
    (_PLANT + " The release cited Ute Brandt, the site's manager, as saying that 200 jobs would follow.",
     [(None, "Siemens AG", "DE", _PLANT[_PLANT.index("Siemens"):_PLANT.index(", the company")]),
      ("Ute Brandt", "Siemens AG", "DE", "200 jobs would follow")]),
])
def test_clause_opening_with_a_registry_company(extractor, text, expected):
    assert statements(extractor, text) == expected


@pytest.mark.parametrize("text, organization", [
    # negatives: a named speaker keeps the body named with them; "the ministry" is no company
    ("MUNICH, Germany, May 4 (Wire) - Siemens AG will spend 90 million euros on its works, Ute Brandt of "
     "Kelvora Tools GmbH said on Monday.", "Kelvora Tools GmbH"),
    ("BERLIN, May 4 (Wire) - Germany's economy ministry reviewed the plan on Monday. Siemens AG may build the new "
     "works in Saxony, the ministry said.", "Germany's Federal Ministry for Economic Affairs and Climate Action"),
])
def test_clause_opener_rule_leaves_other_sources(extractor, text, organization):
    assert statements(extractor, text, ("organization",)) == [(organization,)]


@pytest.mark.parametrize("text, speaker", [
    ("Regent Andi Parawansa, who heads the Luwu regency, said tax revenue had doubled.", "Andi Parawansa"),
    # negative: the word as a name stays
    ("Hadi Regent said tax revenue had doubled.", "Hadi Regent"),
])
def test_regent_is_a_title(extractor, text, speaker):
    assert statements(extractor, text, ("speaker",)) == [(speaker,)]
