"""Schema migrations in place (1 -> 2 -> 3 -> 4) on real files built with the old DDL, and correction writes.

Version 2 added analyst corrections; version 3 added ``articles.replaces`` and
the ``current_statements`` read model that the writers keep up to date;
version 4 added ``current_statements.sn`` and the search index (``search_words``,
``search_postings``).
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from conftest import SCRIPT
from stance import queries, store
from stance.queries import Filters

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
# The version 3 additions as they shipped (frozen): the read model is the version 2 view plus
# ``superseded``, filled from it.
V3_DDL = (
    "ALTER TABLE articles ADD COLUMN replaces VARCHAR",
    """CREATE TABLE current_statements (
        statement_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        speaker VARCHAR, organization VARCHAR, country VARCHAR,
        title VARCHAR, source VARCHAR, url VARCHAR, published DATE, file_name VARCHAR,
        label VARCHAR, confidence DOUBLE, score_engagement DOUBLE, score_decoupling DOUBLE,
        score_neutral DOUBLE, model_version VARCHAR, labelled_at TIMESTAMP,
        corrected_label VARCHAR, correction_note VARCHAR, corrected_by VARCHAR, corrected_at TIMESTAMP,
        stance VARCHAR, superseded BOOLEAN NOT NULL)""",
    "INSERT INTO current_statements SELECT v.*, EXISTS (SELECT 1 FROM articles n WHERE n.replaces = v.article_id) "
    "FROM statement_view v ORDER BY published DESC NULLS LAST, article_id, seq",
    "CREATE OR REPLACE VIEW statement_view AS SELECT * FROM current_statements",
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
        assert store.schema_version(con) == store.SCHEMA_VERSION == 4
        assert _tables(con) == history  # every model's label and every correction kept
        assert con.execute("SELECT * EXCLUDE (replaces) FROM articles ORDER BY article_id").fetchall() == articles
        assert con.execute("SELECT count(*) FROM articles WHERE replaces IS NOT NULL").fetchone() == (0,)
        current = con.execute("SELECT * EXCLUDE (superseded, sn) FROM current_statements ORDER BY statement_id"
                              ).fetchall()
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
        assert store.schema_version(con) == store.SCHEMA_VERSION == 4
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
    with pytest.raises(store.StoreError, match="could not upgrade the store from schema version 2 to 4"):
        with store.writer(v2_store):
            pass
    con = duckdb.connect(str(v2_store), read_only=True)
    assert store.schema_version(con) == 2
    assert _tables(con) == history
    assert con.execute("SELECT * FROM articles ORDER BY ALL").fetchall() == articles  # no replaces column added
    con.close()


# --- version 3 -> 4: the search index ------------------------------------------------------------

V3_TEXTS = {"s1": "We must keep trading with China now.", "s2": "Ärger über Zölle: ÖL-Preise steigen",
            "s3": "Exports of 5G gear to CHINA, now halted", "s4": "Tariffs take effect in 50% of cases_now",
            "s5": "İstanbul and Beijing; talks continue"}


@pytest.fixture
def v3_store(tmp_path):
    """A version 3 store: five statements in three articles, one article replaced by a newer version."""
    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    for ddl in V1_DDL + V2_DDL:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '3'), ('updated_at', '2024-06-02T12:00:00')")
    for aid, published in (("a", "2024-01-02"), ("b", "2024-03-01"), ("c", None)):
        sids = [sid for sid in V3_TEXTS if {"a": "s1s2", "b": "s3s4", "c": "s5"}[aid].count(sid)]
        con.execute("INSERT INTO articles VALUES (?, ?, 'T', 'S', ?, ?::DATE, 'en', ?, ?)",
                    [aid, aid + ".txt", "https://x.example/" + ("a" if aid == "b" else aid), published,
                     " ".join(V3_TEXTS[s] for s in sids), NOW])
        start = 0
        for seq, sid in enumerate(sids, 1):
            text = V3_TEXTS[sid]
            con.execute("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, 'direct', 'Ann', 'Org', 'US')",
                        [sid, aid, seq, start, start + len(text), text])
            con.execute("INSERT INTO labels VALUES (?, 'v1', 'neutral', 0.7, 0.1, 0.2, 0.7, ?)", [sid, NOW])
            start += len(text) + 1
    con.execute("INSERT INTO corrections VALUES ('s3', 'pro-decoupling', 'a halt', 'ana', ?)", [NOW])
    for ddl in V3_DDL:
        con.execute(ddl)
    con.execute("UPDATE articles SET replaces = 'a' WHERE article_id = 'b'")
    con.execute("UPDATE current_statements SET superseded = TRUE WHERE article_id = 'a'")
    con.close()
    return path


def _search(con, term: str) -> set[str]:
    rows = queries.export_rows(con, Filters(search=term, include_superseded=True))
    return {r[0] for r in rows}


def test_a_version_3_store_gains_the_search_index_in_place(v3_store, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", 1.0)  # use the index however few the rows
    con = duckdb.connect(str(v3_store), read_only=True)
    before = con.execute("SELECT * FROM current_statements ORDER BY statement_id").fetchall()
    view_columns = [r[0] for r in con.execute("DESCRIBE statement_view").fetchall()]
    history = _tables(con)
    con.close()
    assert store.upgrade(v3_store) is True
    with store.reader(v3_store) as con:
        assert store.schema_version(con) == 4
        assert _tables(con) == history
        assert con.execute("SELECT * EXCLUDE (sn) FROM current_statements ORDER BY statement_id").fetchall() == before
        assert [r[0] for r in con.execute("DESCRIBE statement_view").fetchall()] == view_columns  # no sn shown
        # sn: 1..n in the table's physical order
        assert [r[0] for r in con.execute("SELECT sn FROM current_statements ORDER BY rowid").fetchall()] == \
            list(range(1, len(V3_TEXTS) + 1))
        index = con.execute("SELECT c.statement_id, w.word FROM search_postings JOIN search_words w USING (word_id) "
                            "JOIN current_statements c USING (sn) ORDER BY ALL").fetchall()
        assert ("s2", "ärger") in index and ("s2", "öl") in index and ("s4", "cases") in index
        assert ("s3", "5g") in index and ("s3", "china") in index and ("s4", "50") in index
        assert con.execute("SELECT statements FROM search_words WHERE word = 'now'").fetchone() == (3,)  # s1, s3, s4
        # searching through the index finds exactly what reading every text finds
        assert queries.search_lookup(con, "china now") is not None
        assert _search(con, "china now") == {"s1"}
        assert _search(con, "CHINA, now") == {"s3"}
        assert _search(con, "öl-preise") == {"s2"}
        assert _search(con, "cases_now") == {"s4"}
        assert _search(con, "taiwan") == set()
    assert store.upgrade(v3_store) is False  # nothing left to do


def test_a_migrated_version_3_store_indexes_new_articles(v3_store, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", 1.0)
    from stance.records import AnalyzedStatement, Article, Prediction, Statement
    new = Article("d", "Cy said “China now buys more”.", url="https://x.example/d", published="2024-04-01")
    st = Statement(9, 28, "China now buys more", "direct", "Cy", "Org", "US")
    with store.writer(v3_store) as con:
        store.add_batch(con, [new], [AnalyzedStatement(new, st, Prediction(
            "neutral", 0.5, {"pro-engagement": 0.25, "pro-decoupling": 0.25, "neutral": 0.5}, "v2"))])
    with store.reader(v3_store) as con:
        assert con.execute("SELECT max(sn), count(DISTINCT sn), count(*) FROM current_statements").fetchone() == (
            6, 6, 6)
        assert con.execute("SELECT statements FROM search_words WHERE word = 'now'").fetchone() == (4,)
        assert _search(con, "china now") == {"s1", store.statement_id("d", st)}
        assert queries.search_lookup(con, "now buys") == ("prefix", "buys")
        assert _search(con, "now buys") == {store.statement_id("d", st)}


def test_a_failed_version_4_migration_leaves_the_version_3_store_as_it_was(v3_store):
    con = duckdb.connect(str(v3_store))
    con.execute("CREATE TABLE search_words (word INTEGER)")  # in the way of version 4
    before = con.execute("SELECT * FROM current_statements ORDER BY ALL").fetchall()
    con.close()
    with pytest.raises(store.StoreError, match="could not upgrade the store from schema version 3 to 4"):
        with store.writer(v3_store):
            pass
    con = duckdb.connect(str(v3_store), read_only=True)
    assert store.schema_version(con) == 3
    assert con.execute("SELECT * FROM current_statements ORDER BY ALL").fetchall() == before  # no sn column added
    # a version 3 store read before its upgrade is still searched exactly, by reading every text
    assert queries.search_lookup(con, "china now") is None
    assert _search(con, "china now") == {"s1"}
    con.close()
