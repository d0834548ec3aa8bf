"""Session 6 attribution rules, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements

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
