"""Session 5 speaker-name completion, table-driven, on invented sentences (never an evaluation article's text)."""

from __future__ import annotations

import pytest

from extraction_helpers import statements


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
