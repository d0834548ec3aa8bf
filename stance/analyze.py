"""The analyze stage: extract + classify, a pure function over a batch of articles.

``Analyzer`` holds only what it loads once (registry, classifier) and keeps no
state between calls, so the same object works as a Ray Data
``map_batches`` callable: ``ds.map_batches(Analyzer, fn_constructor_args=...)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .classify import StanceClassifier
from .extract import Extractor
from .records import AnalyzedStatement, Article
from .registry import Registry


def analyze_batch(articles: Sequence[Article], extractor: Extractor,
                  classifier: StanceClassifier) -> list[AnalyzedStatement]:
    """Statements of every article with their stance, in article then text order."""
    found = [(a, st) for a in articles for st in extractor.extract(a.text)]
    preds = classifier.predict([st.text for _, st in found])
    return [AnalyzedStatement(a, st, p) for (a, st), p in zip(found, preds)]


class Analyzer:
    """Loads the registry and model once; calling it analyzes one batch."""

    def __init__(self, registry_dir: Path, model_dir: Path, backend: str = "auto"):
        self.extractor = Extractor(Registry.load(registry_dir))
        self.classifier = StanceClassifier(model_dir, backend=backend)

    @property
    def model_version(self) -> str:
        return self.classifier.version

    def __call__(self, articles: Sequence[Article]) -> list[AnalyzedStatement]:
        return analyze_batch(articles, self.extractor, self.classifier)
