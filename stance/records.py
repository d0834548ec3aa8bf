"""Typed records that cross module boundaries.

Every statement keeps character offsets into its article's text so that it can
always be traced back: ``article.text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

LABELS: tuple[str, ...] = ("pro-engagement", "pro-decoupling", "neutral")
KINDS: tuple[str, ...] = ("direct", "reported")


@dataclass(frozen=True)
class Article:
    """One news article as ingested: its text and provenance."""

    article_id: str
    text: str
    file_name: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None


@dataclass(frozen=True)
class Statement:
    """An attributed statement found in an article."""

    start: int
    end: int
    text: str
    kind: str  # "direct" | "reported"
    speaker: str | None
    organization: str | None
    country: str | None  # ISO 3166-1 alpha-2 ("EU" for EU institutions)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad offsets {self.start}..{self.end}")


@dataclass(frozen=True)
class Prediction:
    """A stance label with calibrated probabilities for all labels."""

    label: str
    confidence: float
    scores: Mapping[str, float] = field(default_factory=dict)
    model_version: str = ""


@dataclass(frozen=True)
class AnalyzedStatement:
    """A statement of one article together with its predicted stance."""

    article: Article
    statement: Statement
    prediction: Prediction

    def as_contract(self) -> dict:
        """The JSON object `python -m stance analyze` prints (a stable contract)."""
        s, p = self.statement, self.prediction
        return {
            "article": self.article.file_name or self.article.article_id,
            "speaker": s.speaker,
            "organization": s.organization,
            "country": s.country,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "kind": s.kind,
            "label": p.label,
            "confidence": round(p.confidence, 4),
            "scores": {k: round(v, 4) for k, v in p.scores.items()},
        }
