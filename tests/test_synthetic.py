"""The seeded synthetic store used by the dashboard benchmark."""

from __future__ import annotations

from stance import queries, store
from stance.queries import Filters
from stance.synthetic import REPLACED_EVERY, build_synthetic_store


def _snapshot(path):
    with store.reader(path) as con:
        return con.execute("SELECT statement_id, text, speaker, organization, country FROM statements "
                           "ORDER BY statement_id").fetchall(), \
            con.execute("SELECT statement_id, label, confidence FROM labels ORDER BY statement_id").fetchall()


def test_a_synthetic_store_is_a_valid_store(tmp_path):
    path = build_synthetic_store(tmp_path / "syn.duckdb", 2_000, seed=3)
    with store.reader(path) as con:
        assert store.schema_version(con) == store.SCHEMA_VERSION
        assert queries.statement_count(con) == 2_000
        # one article in REPLACED_EVERY is a newer version of the one before it
        assert queries.totals(con, Filters(include_superseded=True))["articles"] == 400
        assert queries.totals(con, Filters())["articles"] == 400 - 400 // REPLACED_EVERY
        assert con.execute("SELECT count(*) FROM articles n JOIN articles o ON n.replaces = o.article_id "
                           "WHERE n.url = o.url").fetchone() == (400 // REPLACED_EVERY,)
        # the read model is exactly what the history says
        assert con.execute("SELECT * FROM current_statements ORDER BY statement_id").fetchall() == \
            con.execute("SELECT * FROM (" + store._CURRENT_ALL + ") ORDER BY statement_id").fetchall()
        # every statement is exactly its article's text at its offsets
        assert con.execute("SELECT count(*) FROM statements s JOIN articles a USING (article_id) "
                           "WHERE substr(a.text, s.start_char + 1, s.end_char - s.start_char) <> s.text"
                           ).fetchone() == (0,)
        counts = queries.net_stance(con, Filters())
        assert all(counts[label] > 400 for label in ("pro-engagement", "pro-decoupling", "neutral"))
        assert 0 < counts["unlabelled"] < 100
        assert queries.published_range(con) is not None


def test_the_same_seed_gives_the_same_store_and_another_seed_another(tmp_path):
    a = _snapshot(build_synthetic_store(tmp_path / "a.duckdb", 500, seed=7))
    b = _snapshot(build_synthetic_store(tmp_path / "b.duckdb", 500, seed=7))
    c = _snapshot(build_synthetic_store(tmp_path / "c.duckdb", 500, seed=8))
    assert a == b and a != c


def test_rebuilding_replaces_the_file(tmp_path):
    path = tmp_path / "syn.duckdb"
    build_synthetic_store(path, 300, seed=1)
    build_synthetic_store(path, 100, seed=1)
    with store.reader(path) as con:
        assert queries.statement_count(con) == 100
