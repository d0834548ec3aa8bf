"""Schema version 2 (analyst corrections): in-place migration from version 1, and the writes."""

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
NOW = datetime(2024, 6, 1, 12, 0, 0)


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


def test_a_version_1_store_is_migrated_in_place_keeping_its_rows(v1_store):
    assert store.upgrade(v1_store) is True
    with store.reader(v1_store) as con:
        assert store.schema_version(con) == store.SCHEMA_VERSION == 2
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)
        row = con.execute("SELECT text, label, stance, corrected_label FROM statement_view").fetchall()
        assert row == [("hello there", "neutral", "neutral", None)]
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
