"""Shared fixtures: real DuckDB store files built from hand-made records.

The stores are written through ``store.writer`` + ``store.add_batch``, the same
path an ingest takes, so tests read exactly what the dashboard would read.
Some records are hostile on purpose (a ``<script>`` tag, markdown, a
spreadsheet formula) to test escaping and CSV neutralisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from stance import store
from stance.extract import Extractor
from stance.registry import Registry
from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement

SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://evil.example","click me")'

ARTICLES = (
    Article("a1", "Lena Vogt, Tesla's chief executive, said: “We oppose decoupling from China.” "
            f"A post signed “{SCRIPT} is just a test” circulated later.",
            file_name="a1.txt", title="Vogt in Beijing", source="Wire", url="https://example.com/a1",
            published="2024-05-02", language="en"),
    Article("a2", "Representative Dana Whitfield said “We must decouple from the Chinese Communist Party.” "
            "The European Commission said “Trade with China is being reviewed.”",
            file_name="a2.txt", title="**Bold** [link](javascript:alert(2))", source="Daily",
            url="javascript:alert(3)", published="2024-04-01", language="en"),
    Article("a3", f"A trader wrote “{FORMULA}” on a forum.", file_name="a3.txt"),
)

# (article index, quoted text, kind, speaker, organization, country, label, confidence)
STATEMENTS = (
    (0, "We oppose decoupling from China.", "direct", "Lena Vogt", "Tesla", "US", "pro-engagement", 0.91),
    (0, f"{SCRIPT} is just a test", "direct", None, "Tesla", "US", "neutral", 0.40),
    (1, "We must decouple from the Chinese Communist Party.", "direct", "Dana Whitfield",
     "House Select Committee on the CCP", "US", "pro-decoupling", 0.88),
    (1, "Trade with China is being reviewed.", "reported", None, "European Commission", "EU", "neutral", 0.66),
    (2, FORMULA, "direct", "A trader", None, None, "pro-decoupling", 0.55),
)


@dataclass(frozen=True)
class Fixture:
    """A built store and the ids of what is in it, by statement text."""

    path: Path
    ids: dict[str, str]  # statement text -> statement_id


def _analyzed() -> list[AnalyzedStatement]:
    out = []
    for index, quote, kind, speaker, org, country, label, confidence in STATEMENTS:
        article = ARTICLES[index]
        start = article.text.index(quote)
        others = (1.0 - confidence) / (len(LABELS) - 1)
        scores = {name: confidence if name == label else others for name in LABELS}
        out.append(AnalyzedStatement(
            article,
            Statement(start, start + len(quote), quote, kind, speaker, org, country),
            Prediction(label, confidence, scores, model_version="test-1"),
        ))
    return out


@pytest.fixture(scope="session")
def stance_store(tmp_path_factory) -> Fixture:
    """A store holding three articles and five statements (read it, never write)."""
    path = tmp_path_factory.mktemp("store") / "stance.duckdb"
    analyzed = _analyzed()
    with store.writer(path) as con:
        store.add_batch(con, list(ARTICLES), analyzed)
    ids = {a.statement.text: store.statement_id(a.article.article_id, a.statement) for a in analyzed}
    return Fixture(path, ids)


@pytest.fixture
def empty_store(tmp_path) -> Path:
    """A store with the schema and no rows, as right after `writer` first opens it."""
    path = tmp_path / "empty.duckdb"
    with store.writer(path):
        pass
    return path


# -- the real model -------------------------------------------------------------

@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The trained classifier in models/, trained first when missing (as `make run` does)."""
    from stance import config
    from stance.classify import model_ready
    from stance.train import train

    mdir = config.model_dir()
    if not model_ready(mdir):
        train(config.data_dir(), mdir, progress=False)
    return mdir


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extractor over the repository's registry (immutable, so one per test session)."""
    return Extractor(Registry.load(Path(__file__).resolve().parent.parent / "data" / "registry"))
