"""What the extraction tests read off the extractor's output (imported by the test modules)."""

from __future__ import annotations

ATTRIBUTION = ("speaker", "organization", "country", "text")


def statements(extractor, text: str, fields: tuple[str, ...] = ATTRIBUTION) -> list[tuple]:
    """``fields`` of every statement extracted from ``text``, in order; offsets must stay exact."""
    out = []
    for s in extractor.extract(text):
        assert text[s.start:s.end] == s.text  # offsets stay exact
        out.append(tuple(getattr(s, f) for f in fields))
    return out
