"""The DuckDB store: idempotent batches, all-or-nothing transactions, schema version."""

from __future__ import annotations

import re
from collections import Counter

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
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("articles", "statements", "labels", "current_statements"))


def test_add_batch_is_idempotent(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        assert store.add_batch(con, *_batch("a")) == 1
        assert store.add_batch(con, *_batch("a")) == 0
        assert store.add_batch(con, *_batch("b", 3)) == 1
    assert _counts(db) == (2, 5, 5, 5)


def test_failed_batch_leaves_store_as_before(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
    arts, analyzed = _batch("b")
    odd = Statement(0, 8, arts[0].text[:8], "reported", None, "Org", "US")
    broken = analyzed + [AnalyzedStatement(arts[0], odd, Prediction("neutral", 0.5, {}, "v1"))]  # no scores
    with store.writer(db) as con, pytest.raises(KeyError):
        store.add_batch(con, arts, broken)
    assert _counts(db) == (1, 2, 2, 2)


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


# --- the read model: current_statements kept by every write path ------------------------------

def _current(con):
    """current_statements without ``sn`` (a key numbered as rows arrive, so it depends on the order of writes)."""
    return con.execute("SELECT * EXCLUDE (sn) FROM current_statements ORDER BY statement_id").fetchall()


def _recomputed(con):
    """What current_statements should hold, from the history tables (the schema 2 definition)."""
    return con.execute("SELECT * EXCLUDE (sn) FROM (" + store._CURRENT_ALL + ") ORDER BY statement_id").fetchall()


def _index(con):
    """The search index as (statement_id, word) pairs and (word, statement count) pairs."""
    assert con.execute("SELECT count(*) = count(DISTINCT sn) FROM current_statements").fetchone() == (True,)
    pairs = con.execute("SELECT c.statement_id, w.word FROM search_postings JOIN search_words w USING (word_id) "
                        "JOIN current_statements c USING (sn) ORDER BY ALL").fetchall()
    counts = con.execute("SELECT word, statements FROM search_words ORDER BY ALL").fetchall()
    assert con.execute("SELECT count(*) = count(DISTINCT word_id) FROM search_words").fetchone() == (True,)
    return pairs, counts


def _reindexed(con):
    """The same from the texts, read independently: Python's own words (letters and digits) of each text."""
    words = {sid: set(re.findall(r"[^\W_]+", text.lower()))
             for sid, text in con.execute("SELECT statement_id, text FROM current_statements").fetchall()}
    pairs = sorted((sid, w) for sid, ws in words.items() for w in ws)
    return pairs, sorted(Counter(w for _, w in pairs).items())


def _prediction(label: str, version: str) -> Prediction:
    return Prediction(label, 0.8, {k: 0.8 if k == label else 0.1 for k in LABELS}, version)


def _sid(aid: str, i: int = 0) -> str:
    arts, analyzed = _batch(aid)
    return store.statement_id(aid, analyzed[i].statement)


WRITES = {
    "batch": lambda con: store.add_batch(con, *_batch("c", 3)),
    "relabel": lambda con: store.add_labels(con, [(_sid("a"), _prediction("pro-engagement", "v2")),
                                                  (_sid("a", 1), _prediction("pro-decoupling", "v2"))]),
    "relabel same version": lambda con: store.add_labels(con, [(_sid("a"), _prediction("pro-decoupling", "v1"))]),
    "correction": lambda con: store.add_correction(con, _sid("a"), "pro-decoupling", "reads as a warning", "ana"),
    "correction then relabel": lambda con: (
        store.add_correction(con, _sid("b"), "neutral", "n", "ana"),
        store.add_labels(con, [(_sid("b"), _prediction("pro-engagement", "v3"))])),
    "two corrections": lambda con: (
        store.add_correction(con, _sid("a"), "neutral", "first", "ana"),
        store.add_correction(con, _sid("a"), "pro-engagement", "second", "bo")),
    "nothing to relabel": lambda con: store.add_labels(con, []),
}


@pytest.mark.parametrize("write", WRITES)
def test_every_write_keeps_current_statements_equal_to_the_history(tmp_path, write):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
        store.add_batch(con, *_batch("b"))
        WRITES[write](con)
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)
        assert len(_current(con)) == con.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_a_correction_sits_beside_the_model_label_in_current_statements(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
        store.add_correction(con, _sid("a"), "pro-decoupling", "reads as a warning", "ana")
        store.add_labels(con, [(_sid("a"), _prediction("pro-engagement", "v2"))])
        row = con.execute("SELECT label, model_version, corrected_label, stance FROM current_statements "
                          "WHERE statement_id = ?", [_sid("a")]).fetchone()
        assert row == ("pro-engagement", "v2", "pro-decoupling", "pro-decoupling")
        assert con.execute("SELECT count(*) FROM labels WHERE statement_id = ?", [_sid("a")]).fetchone() == (2,)


def test_a_failed_correction_or_relabel_changes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
        before = _current(con)
        with pytest.raises(KeyError):  # a prediction without scores fails half way through
            store.add_labels(con, [(_sid("a"), _prediction("neutral", "v2")),
                                   (_sid("a", 1), Prediction("neutral", 0.5, {}, "v2"))])
        with pytest.raises(store.StoreError):
            store.add_correction(con, "nope", "neutral", "n", "ana")
        assert _current(con) == before
        assert con.execute("SELECT count(*) FROM labels").fetchone() == (2,)


# --- article versions: a changed text replaces the older version ------------------------------

def _article(aid: str, text: str, **meta) -> tuple[list[Article], list[AnalyzedStatement]]:
    art = Article(aid, text, file_name=f"{aid}.txt", **meta)
    st = Statement(0, len(text), text, "reported", None, "Org", "US")
    return [art], [AnalyzedStatement(art, st, _prediction("neutral", "v1"))]


URL = "https://news.example/story"
MAY, JUNE = "2024-05-02", "2024-06-02"
# (name, stored first [(id, meta)], then added (id, meta), expected `replaces` of the new article)
VERSIONS = [
    ("same url, changed text", [("v1", {"url": URL})], ("v2", {"url": URL}), "v1"),
    ("chain: the newest older version", [("v1", {"url": URL}), ("v2", {"url": URL})], ("v3", {"url": URL}), "v2"),
    ("no url: same source, title and date", [("v1", {"source": "Wire", "title": "Talks", "published": MAY})],
     ("v2", {"source": "Wire", "title": "Talks", "published": MAY}), "v1"),
    ("no url: same source and title, other date", [("v1", {"source": "Wire", "title": "Talks", "published": MAY})],
     ("v2", {"source": "Wire", "title": "Talks", "published": JUNE}), None),
    ("no url: same source and title, no dates", [("v1", {"source": "Wire", "title": "Talks"})],
     ("v2", {"source": "Wire", "title": "Talks"}), None),
    ("no url: same source and title, one undated", [("v1", {"source": "Wire", "title": "Talks", "published": MAY})],
     ("v2", {"source": "Wire", "title": "Talks"}), None),
    ("a url never matches a dated title without one", [("v1", {"source": "Wire", "title": "Talks", "published": MAY})],
     ("v2", {"url": URL, "source": "Wire", "title": "Talks", "published": MAY}), None),
    ("no url: an empty url is no url", [("v1", {"url": "", "source": "Wire", "title": "Talks", "published": MAY})],
     ("v2", {"source": "Wire", "title": "Talks", "published": MAY}), "v1"),
    ("same url but for the #fragment", [("v1", {"url": URL + "#comments"})], ("v2", {"url": URL}), "v1"),
    ("same url, both with other fragments", [("v1", {"url": URL + "#a"})], ("v2", {"url": URL + "#b"}), "v1"),
    ("a query string is not a fragment", [("v1", {"url": URL + "?page=2"})], ("v2", {"url": URL}), None),
    ("trailing slash is another url", [("v1", {"url": URL + "/"})], ("v2", {"url": URL}), None),
    ("new url wins over a title match", [("v1", {"url": URL + "?p=1", "source": "Wire", "title": "Talks"})],
     ("v2", {"url": URL, "source": "Wire", "title": "Talks"}), None),
    ("no url: same title, other source", [("v1", {"source": "Wire", "title": "Talks"})],
     ("v2", {"source": "Daily", "title": "Talks"}), None),
    ("different url, same title, other source", [("v1", {"url": URL, "source": "Wire", "title": "Talks"})],
     ("v2", {"url": URL + "-2", "source": "Daily", "title": "Talks"}), None),
    ("no url, no source: a title alone is not enough", [("v1", {"title": "Talks"})], ("v2", {"title": "Talks"}),
     None),
    ("no metadata at all", [("v1", {})], ("v2", {}), None),
    ("url compared exactly", [("v1", {"url": URL})], ("v2", {"url": URL.upper()}), None),
]


@pytest.mark.parametrize("name, first, new, expected", VERSIONS, ids=[v[0] for v in VERSIONS])
def test_a_changed_text_records_which_article_it_replaces(tmp_path, name, first, new, expected):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        for aid, meta in first:
            assert store.add_batch(con, *_article(aid, f"Text of {aid}.", **meta)) == 1
        assert store.add_batch(con, *_article(new[0], f"Text of {new[0]}.", **new[1])) == 1
        replaces = dict(con.execute("SELECT article_id, replaces FROM articles").fetchall())
        superseded = {r[0] for r in con.execute("SELECT article_id FROM current_statements WHERE superseded"
                                                ).fetchall()}
        assert replaces[new[0]] == expected
        assert superseded == {old for old in replaces.values() if old}  # every replaced version, only those
        assert new[0] not in superseded
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)


def test_identical_text_again_adds_nothing_even_from_another_url(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        assert store.add_batch(con, *_article("v1", "Same text.", url=URL)) == 1
        assert store.add_batch(con, *_article("v1", "Same text.", url=URL)) == 0
        assert store.add_batch(con, *_article("v1", "Same text.", url=URL + "-mirror")) == 0
        assert con.execute("SELECT article_id, url, replaces FROM articles").fetchall() == [("v1", URL, None)]
        assert con.execute("SELECT count(*) FROM current_statements WHERE superseded").fetchone() == (0,)


def test_two_versions_in_one_batch_the_later_replaces_the_earlier(tmp_path):
    db = tmp_path / "s.duckdb"
    (a1,), s1 = _article("v1", "First text.", url=URL)
    (a2,), s2 = _article("v2", "Second text.", url=URL)
    with store.writer(db) as con:
        assert store.add_batch(con, [a1, a2], s1 + s2) == 2
        assert dict(con.execute("SELECT article_id, replaces FROM articles").fetchall()) == {"v1": None, "v2": "v1"}
        assert con.execute("SELECT article_id, superseded FROM current_statements ORDER BY 1").fetchall() == [
            ("v1", True), ("v2", False)]
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)


def test_an_older_version_arriving_again_changes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_article("v1", "First text.", url=URL))
        store.add_batch(con, *_article("v2", "Second text.", url=URL))
        assert store.add_batch(con, *_article("v1", "First text.", url=URL)) == 0
        assert dict(con.execute("SELECT article_id, replaces FROM articles").fetchall()) == {"v1": None, "v2": "v1"}


# --- version order: the newest by publication counts, whatever the ingestion order --------------

# (name, [(id, meta)] in ingestion order, one batch each, expected {id: replaces}, the id that counts)
ORDERS = [
    ("in publication order", [("may", {"url": URL, "published": MAY}), ("june", {"url": URL, "published": JUNE})],
     {"may": None, "june": "may"}, "june"),
    ("older archived text ingested after the newer", [("june", {"url": URL, "published": JUNE}),
                                                      ("may", {"url": URL, "published": MAY})],
     {"june": "may", "may": None}, "june"),
    ("older one slots between two", [("apr", {"url": URL, "published": "2024-04-02"}),
                                     ("june", {"url": URL, "published": JUNE}),
                                     ("may", {"url": URL, "published": MAY})],
     {"apr": None, "may": "apr", "june": "may"}, "june"),
    ("same date: the later ingested counts", [("a", {"url": URL, "published": MAY}),
                                              ("b", {"url": URL, "published": MAY})],
     {"a": None, "b": "a"}, "b"),
    ("undated never outranks a dated version", [("dated", {"url": URL, "published": MAY}), ("undated", {"url": URL})],
     {"dated": "undated", "undated": None}, "dated"),
    ("two unrelated morning briefings stay apart", [
        ("june", {"source": "Wire", "title": "Morning briefing", "published": JUNE}),
        ("may", {"source": "Wire", "title": "Morning briefing", "published": MAY})],
     {"june": None, "may": None}, None),
]


@pytest.mark.parametrize("name, ingested, expected, counts", ORDERS, ids=[o[0] for o in ORDERS])
def test_versions_are_ordered_by_publication_not_ingestion(tmp_path, name, ingested, expected, counts):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        for aid, meta in ingested:
            assert store.add_batch(con, *_article(aid, f"Text of {aid}.", **meta)) == 1
        assert dict(con.execute("SELECT article_id, replaces FROM articles").fetchall()) == expected
        shown = {r[0] for r in con.execute("SELECT article_id FROM current_statements WHERE NOT superseded").fetchall()}
        # the rule: superseded exactly when another article replaces it; one version of a story counts
        assert shown == ({counts} if counts else set(expected))
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)


def test_versions_in_one_batch_are_ordered_by_publication_too(tmp_path):
    db = tmp_path / "s.duckdb"
    (june,), s1 = _article("june", "June text.", url=URL, published=JUNE)
    (may,), s2 = _article("may", "May text.", url=URL + "#top", published=MAY)
    with store.writer(db) as con:
        assert store.add_batch(con, [june, may], s1 + s2) == 2
        assert dict(con.execute("SELECT article_id, replaces FROM articles").fetchall()) == {"june": "may", "may": None}
        assert con.execute("SELECT article_id, superseded FROM current_statements ORDER BY 1").fetchall() == [
            ("june", False), ("may", True)]
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)


@pytest.mark.parametrize("ids, expected", [
    (["may", "june", "apr"], 2), (["june"], 1), (["apr"], 0), (["nope"], 0), ([], 0),
])
def test_count_replacing(tmp_path, ids, expected):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        for aid, published in (("june", JUNE), ("may", MAY), ("apr", "2024-04-02")):
            store.add_batch(con, *_article(aid, f"Text of {aid}.", url=URL, published=published))
        assert store.count_replacing(con, ids) == expected


def _analyze(articles: list[Article]) -> list[AnalyzedStatement]:
    """One statement per article, the whole text: enough for the store, no model needed."""
    return [AnalyzedStatement(a, Statement(0, len(a.text), a.text, "reported", None, "Org", "US"),
                              _prediction("neutral", "v1")) for a in articles]


# (name, first ingest [(id, url, published)], second ingest, expected `replacing` of the second)
INGESTS = [
    ("a newer version", [("june", URL, JUNE)], [("july", URL, "2024-07-02")], 1),
    ("two newer versions in one run", [("may", URL, MAY)], [("june", URL, JUNE), ("july", URL, "2024-07-02")], 2),
    ("an older version: stored superseded, replaces nothing", [("june", URL, JUNE)], [("may", URL, MAY)], 0),
    ("an unrelated article", [("june", URL, JUNE)], [("other", URL + "-2", JUNE)], 0),
    ("the same text again", [("june", URL, JUNE)], [("june", URL, JUNE)], 0),
]


@pytest.mark.parametrize("name, first, second, expected", INGESTS, ids=[i[0] for i in INGESTS])
def test_ingest_summary_counts_articles_that_replace_an_earlier_version(tmp_path, name, first, second, expected):
    from stance import ingest

    db = tmp_path / "s.duckdb"

    def articles(rows):
        return [Article(aid, f"Text of {aid}.", url=url, published=published) for aid, url, published in rows]

    ingest.ingest(articles(first), db, lambda: _analyze)
    summary = ingest.ingest(articles(second), db, lambda: _analyze)
    assert summary.replacing == expected
    assert ("replace an earlier version" in summary.headline()) == (expected > 0)
    assert summary.headline().startswith(f"{summary.articles_added} articles added")


def test_rebuild_current_rebuilds_the_search_index(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        store.add_batch(con, *_batch("a"))
        store.add_batch(con, *_batch("b", 3))
        con.execute("DELETE FROM search_postings WHERE sn = 1")  # an index out of step with the texts
        assert _index(con) != _reindexed(con)
        store.rebuild_current(con)
        assert _current(con) == _recomputed(con)
        assert _index(con) == _reindexed(con)
        assert con.execute("SELECT min(sn), max(sn) FROM current_statements").fetchone() == (1, 5)


def test_malloc_arenas_are_capped_once_per_process():
    # glibc (this machine and CI): the cap is accepted; a second call is the cached result
    assert store.cap_malloc_arenas() is True
    assert store.cap_malloc_arenas.cache_info().currsize == 1
