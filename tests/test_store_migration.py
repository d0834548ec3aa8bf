"""Schema migrations in place (1 -> 2 -> 3) on real files built with the old DDL, and correction writes.

Version 2 added analyst corrections; version 3 added ``articles.replaces`` and
the ``current_statements`` read model that the writers keep up to date.
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from conftest import SCRIPT
from stance import store

# The version 1 DDL exactly as it shipped; frozen here so that later edits to store.py
# cannot quietly change what "a version 1 store" means in this test.
V1_DDL = (
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, file_name VARCHAR, title VARCHAR,
        source VARCHAR, url VARCHAR, published DATE, language VARCHAR, text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE statements (statement_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL, kind VARCHAR NOT NULL, speaker VARCHAR, organization VARCHAR, country VARCHAR)""",
    """CREATE TABLE labels (statement_id VARCHAR NOT NULL, model_version VARCHAR NOT NULL,
        label VARCHAR NOT NULL, confidence DOUBLE NOT NULL, score_engagement DOUBLE NOT NULL,
        score_decoupling DOUBLE NOT NULL, score_neutral DOUBLE NOT NULL, created_at TIMESTAMP NOT NULL,
        PRIMARY KEY (statement_id, model_version))""",
    """CREATE VIEW statement_view AS
        SELECT s.statement_id, s.article_id, s.seq, s.start_char, s.end_char, s.text, s.kind, s.speaker,
               s.organization, s.country, a.title, a.source, a.url, a.published, a.file_name,
               l.label, l.confidence, l.score_engagement, l.score_decoupling, l.score_neutral,
               l.model_version, l.created_at AS labelled_at
        FROM statements s JOIN articles a USING (article_id)
        LEFT JOIN (SELECT * FROM labels QUALIFY row_number() OVER (PARTITION BY statement_id
                   ORDER BY created_at DESC, model_version DESC) = 1) l USING (statement_id)""",
)
# The version 2 additions exactly as they shipped (frozen for the same reason).
V2_DDL = (
    """CREATE TABLE corrections (statement_id VARCHAR NOT NULL, label VARCHAR NOT NULL, note VARCHAR NOT NULL,
        analyst VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)""",
    """CREATE OR REPLACE VIEW statement_view AS
        SELECT s.statement_id, s.article_id, s.seq, s.start_char, s.end_char, s.text, s.kind, s.speaker,
               s.organization, s.country, a.title, a.source, a.url, a.published, a.file_name,
               l.label, l.confidence, l.score_engagement, l.score_decoupling, l.score_neutral,
               l.model_version, l.created_at AS labelled_at,
               c.label AS corrected_label, c.note AS correction_note,
               c.analyst AS corrected_by, c.created_at AS corrected_at,
               coalesce(c.label, l.label) AS stance
        FROM statements s JOIN articles a USING (article_id)
        LEFT JOIN (SELECT * FROM labels QUALIFY row_number() OVER (PARTITION BY statement_id
                   ORDER BY created_at DESC, model_version DESC) = 1) l USING (statement_id)
        LEFT JOIN (SELECT * FROM corrections QUALIFY row_number() OVER (PARTITION BY statement_id
                   ORDER BY created_at DESC) = 1) c USING (statement_id)""",
)
NOW = datetime(2024, 6, 1, 12, 0, 0)
LATER = datetime(2024, 6, 2, 12, 0, 0)


@pytest.fixture
def v1_store(tmp_path):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    for ddl in V1_DDL:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('updated_at', '2024-01-01T00:00:00')")
    con.execute("INSERT INTO articles VALUES ('a', 'a.txt', 'T', 'S', NULL, DATE '2024-01-02', 'en', "
                "'Ann said “hello there”.', ?)", [NOW])
    con.execute("INSERT INTO statements VALUES ('s1', 'a', 1, 10, 21, 'hello there', 'direct', 'Ann', 'Org', 'US')")
    con.execute("INSERT INTO labels VALUES ('s1', 'v1', 'neutral', 0.7, 0.1, 0.2, 0.7, ?)", [NOW])
    con.close()
    return path


@pytest.fixture
def v2_store(tmp_path):
    """A version 2 store: two articles (one unlabelled statement), labels of two models, two corrections."""
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    for ddl in V1_DDL + V2_DDL:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2'), ('updated_at', '2024-06-02T12:00:00')")
    con.execute("INSERT INTO articles VALUES ('a', 'a.txt', 'T', 'S', 'https://x.example/a', DATE '2024-01-02', "
                "'en', 'Ann said “hello there”. Bo said “goodbye”.', ?), "
                "('b', 'b.txt', NULL, NULL, NULL, NULL, NULL, 'Cy said “hi”.', ?)", [NOW, NOW])
    con.execute("INSERT INTO statements VALUES ('s1', 'a', 1, 10, 21, 'hello there', 'direct', 'Ann', 'Org', 'US'), "
                "('s2', 'a', 2, 33, 40, 'goodbye', 'direct', 'Bo', NULL, NULL), "
                "('s3', 'b', 1, 9, 11, 'hi', 'direct', 'Cy', 'Org', 'DE')")
    con.execute("INSERT INTO labels VALUES ('s1', 'v1', 'neutral', 0.7, 0.1, 0.2, 0.7, ?), "
                "('s1', 'v2', 'pro-engagement', 0.8, 0.8, 0.1, 0.1, ?), "
                "('s2', 'v1', 'pro-decoupling', 0.6, 0.2, 0.6, 0.2, ?)", [NOW, LATER, NOW])
    con.execute("INSERT INTO corrections VALUES ('s2', 'neutral', 'first look', 'ana', ?), "
                "('s2', 'pro-engagement', 'second look', 'bo', ?)", [NOW, LATER])
    con.close()
    return path


def _tables(con) -> dict[str, list]:
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("statements", "labels", "corrections")}


def test_a_version_2_store_is_migrated_in_place_keeping_history_and_filling_current(v2_store):
    con = duckdb.connect(str(v2_store), read_only=True)
    shown_before = con.execute("SELECT * FROM statement_view ORDER BY statement_id").fetchall()
    history, articles = _tables(con), con.execute("SELECT * FROM articles ORDER BY article_id").fetchall()
    con.close()
    assert store.upgrade(v2_store) is True
    with store.reader(v2_store) as con:
        assert store.schema_version(con) == store.SCHEMA_VERSION == 3
        assert _tables(con) == history  # every model's label and every correction kept
        assert con.execute("SELECT * EXCLUDE (replaces) FROM articles ORDER BY article_id").fetchall() == articles
        assert con.execute("SELECT count(*) FROM articles WHERE replaces IS NOT NULL").fetchone() == (0,)
        current = con.execute("SELECT * EXCLUDE (superseded) FROM current_statements ORDER BY statement_id").fetchall()
        assert current == shown_before  # exactly what the version 2 view showed
        assert con.execute("SELECT statement_id, label, corrected_label, stance, superseded FROM current_statements "
                           "ORDER BY 1").fetchall() == [
            ("s1", "pro-engagement", None, "pro-engagement", False),
            ("s2", "pro-decoupling", "pro-engagement", "pro-engagement", False),
            ("s3", None, None, None, False)]
        assert con.execute("SELECT value FROM meta WHERE key = 'updated_at'").fetchone() == ("2024-06-02T12:00:00",)
    assert store.upgrade(v2_store) is False  # nothing left to do


def test_a_migrated_store_takes_new_versions_of_its_articles(v2_store):
    from stance.records import AnalyzedStatement, Article, Prediction, Statement
    new = Article("a2", "Ann said “hello again”.", url="https://x.example/a", published="2024-01-03")
    st = Statement(10, 21, "hello again", "direct", "Ann", "Org", "US")
    with store.writer(v2_store) as con:
        store.add_batch(con, [new], [AnalyzedStatement(new, st, Prediction(
            "neutral", 0.5, {"pro-engagement": 0.25, "pro-decoupling": 0.25, "neutral": 0.5}, "v2"))])
    with store.reader(v2_store) as con:
        assert con.execute("SELECT replaces FROM articles WHERE article_id = 'a2'").fetchone() == ("a",)
        assert con.execute("SELECT article_id, count(*) FROM current_statements WHERE superseded GROUP BY 1"
                           ).fetchall() == [("a", 2)]


def test_a_version_1_store_is_migrated_in_place_keeping_its_rows(v1_store):
    assert store.upgrade(v1_store) is True
    with store.reader(v1_store) as con:
        assert store.schema_version(con) == store.SCHEMA_VERSION == 3
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)
        row = con.execute("SELECT text, label, stance, corrected_label FROM statement_view").fetchall()
        assert row == [("hello there", "neutral", "neutral", None)]
        assert con.execute("SELECT text, label, stance, superseded FROM current_statements").fetchall() == [
            ("hello there", "neutral", "neutral", False)]
        assert con.execute("SELECT value FROM meta WHERE key = 'updated_at'").fetchone() == ("2024-01-01T00:00:00",)
    assert store.upgrade(v1_store) is False  # nothing left to do


def test_a_writer_migrates_a_version_1_store_too(v1_store):
    with store.writer(v1_store) as con:
        store.add_correction(con, "s1", "pro-engagement", "Greeting a Chinese partner.", "ana", now=NOW)
    with store.reader(v1_store) as con:
        assert con.execute("SELECT label, stance, corrected_label FROM statement_view").fetchall() == [
            ("neutral", "pro-engagement", "pro-engagement")]


def test_the_newest_correction_wins_and_the_model_label_stays(stance_store, tmp_path):
    path = tmp_path / "copy.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    sid = stance_store.ids[f"{SCRIPT} is just a test"]
    with store.writer(path) as con:
        store.add_correction(con, sid, "pro-decoupling", "first", "ana", now=NOW)
        store.add_correction(con, sid, "pro-engagement", "second thoughts", "bo", now=NOW.replace(hour=13))
    with store.reader(path) as con:
        assert con.execute("SELECT label, corrected_label, correction_note, corrected_by FROM statement_view "
                           "WHERE statement_id = ?", [sid]).fetchone() == (
            "neutral", "pro-engagement", "second thoughts", "bo")
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (2,)  # history kept
        assert con.execute("SELECT count(*) FROM labels").fetchone() == (5,)
        assert store.corrections_as_examples(con) == [(sid, f"{SCRIPT} is just a test", "pro-engagement")]


def test_no_corrections_no_examples(stance_store):
    with store.reader(stance_store.path) as con:
        assert store.corrections_as_examples(con) == []


@pytest.mark.parametrize("sid, label, note, analyst, message", [
    ("s1", "pro-china", "n", "ana", "unknown label"),
    ("s1", "neutral", "   ", "ana", "note"),
    ("s1", "neutral", "x" * (store.NOTE_MAX_CHARS + 1), "ana", "note"),
    ("s1", "neutral", "n", " ", "analyst"),
    ("nope", "neutral", "n", "ana", "not in the store"),
    ("' OR 1=1 --", "neutral", "n", "ana", "not in the store"),
])
def test_bad_corrections_are_refused_and_change_nothing(v1_store, sid, label, note, analyst, message):
    with store.writer(v1_store) as con:
        with pytest.raises(store.StoreError, match=message):
            store.add_correction(con, sid, label, note, analyst)
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_a_failed_migration_leaves_the_version_2_store_as_it_was(v2_store):
    con = duckdb.connect(str(v2_store))
    con.execute("CREATE TABLE current_statements (statement_id INTEGER)")  # in the way of version 3
    history, articles = _tables(con), con.execute("SELECT * FROM articles ORDER BY ALL").fetchall()
    con.close()
    with pytest.raises(store.StoreError, match="could not upgrade the store from schema version 2 to 3"):
        with store.writer(v2_store):
            pass
    con = duckdb.connect(str(v2_store), read_only=True)
    assert store.schema_version(con) == 2
    assert _tables(con) == history
    assert con.execute("SELECT * FROM articles ORDER BY ALL").fetchall() == articles  # no replaces column added
    con.close()
