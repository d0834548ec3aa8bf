"""The DuckDB store: idempotent batches, all-or-nothing transactions, schema version."""

from __future__ import annotations

import pytest

from stance import store
from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement


def _batch(aid: str, n: int = 2):
    text = " ".join(f"Sentence number {i} is here." for i in range(n))
    art = Article(aid, text, file_name=f"{aid}.txt", published="2024-01-02")
    out = []
    for i in range(n):
        s = text.index(f"Sentence number {i}")
        st = Statement(s, s + 18, text[s:s + 18], "reported", None, "Org", "US")
        out.append(AnalyzedStatement(art, st, Prediction("neutral", 0.5, {k: 1 / 3 for k in LABELS}, "v1")))
    return [art], out


def _counts(path):
    with store.reader(path) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "statements", "labels"))


def test_add_batch_is_idempotent(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        assert store.add_batch(con, *_batch("a")) == 1
        assert store.add_batch(con, *_batch("a")) == 0
        assert store.add_batch(con, *_batch("b", 3)) == 1
    assert _counts(db) == (2, 5, 5)


def test_failed_batch_leaves_store_as_before(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
    arts, analyzed = _batch("b")
    odd = Statement(0, 8, arts[0].text[:8], "reported", None, "Org", "US")
    broken = analyzed + [AnalyzedStatement(arts[0], odd, Prediction("neutral", 0.5, {}, "v1"))]  # no scores
    with store.writer(db) as con, pytest.raises(KeyError):
        store.add_batch(con, arts, broken)
    assert _counts(db) == (1, 2, 2)


def test_reader_without_store_is_a_clear_error(tmp_path):
    with pytest.raises(store.StoreError, match="no store"):
        with store.reader(tmp_path / "none.duckdb"):
            pass


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(store.StoreError, match="newer"):
        with store.writer(db):
            pass
