"""The DuckDB store: schema, migrations and every write. All write SQL lives here.

Concurrency design: DuckDB allows one read-write process *or* many read-only
ones per file. Writers therefore serialise on a file lock (``<db>.lock``) and
keep their connection only for one short transaction per batch; readers open a
read-only connection per request and close it at once. Either side retries for
a while when the other holds the file, so neither sees a lock error.

Read model (schema 3): the history tables (``labels`` with every model
version's label, ``corrections`` with every analyst correction) are only ever
appended to. Beside them, ``current_statements`` holds one row per statement
with what the dashboard shows: its article's metadata, the newest label, the
newest correction, the stance that counts and whether its article has been
superseded by a newer version. Every write path updates it in the same
transaction as the history, so readers never pick "the newest" per query.

Search index (schema 4): ``search_words`` lists every word (a maximal run of
letters and digits of a lower-cased statement text, ``SEARCH_SEPARATORS``) with
an id and the number of statements holding it; ``search_postings`` holds one
(word_id, sn) row per word of each statement, ``sn`` being a compact integer key
of ``current_statements``. The writers that add rows to ``current_statements``
index them in the same transaction (``rebuild_current`` rebuilds it). Free-text
search (``queries._search_hits``) answers a one-word term from the index and
uses it to narrow the rows whose texts it matches for a longer one.

Versions (``place_version``): articles with the same URL (fragment cut), or
without a URL the same source, title and publication date, are versions of
one story, chained by ``replaces`` in publication order (then ingestion
order). An article is superseded exactly when another article replaces it, so
the newest by publication counts even when an older text is ingested later.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
from filelock import FileLock

from .records import LABELS, AnalyzedStatement, Article, Prediction, Statement

SCHEMA_VERSION = 4
LOCK_WAIT_SECONDS = 60.0


class StoreError(Exception):
    """A store problem that is reported to the user as one sentence."""


_V1 = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY,
        file_name VARCHAR, title VARCHAR, source VARCHAR, url VARCHAR,
        published DATE, language VARCHAR, text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS statements (
        statement_id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        speaker VARCHAR, organization VARCHAR, country VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS labels (
        statement_id VARCHAR NOT NULL, model_version VARCHAR NOT NULL,
        label VARCHAR NOT NULL, confidence DOUBLE NOT NULL,
        score_engagement DOUBLE NOT NULL, score_decoupling DOUBLE NOT NULL,
        score_neutral DOUBLE NOT NULL, created_at TIMESTAMP NOT NULL,
        PRIMARY KEY (statement_id, model_version))""",
)

# Version 2: analyst corrections, kept beside the model's labels (never replacing them);
# the newest correction of a statement wins. The view gains the correction and
# ``stance``, the label that counts: the correction if any, else the model's.
_V2 = (
    """CREATE TABLE IF NOT EXISTS corrections (
        statement_id VARCHAR NOT NULL, label VARCHAR NOT NULL, note VARCHAR NOT NULL,
        analyst VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)""",
    """CREATE OR REPLACE VIEW statement_view AS
        SELECT s.statement_id, s.article_id, s.seq, s.start_char, s.end_char,
               s.text, s.kind, s.speaker, s.organization, s.country,
               a.title, a.source, a.url, a.published, a.file_name,
               l.label, l.confidence, l.score_engagement, l.score_decoupling,
               l.score_neutral, l.model_version, l.created_at AS labelled_at,
               c.label AS corrected_label, c.note AS correction_note,
               c.analyst AS corrected_by, c.created_at AS corrected_at,
               coalesce(c.label, l.label) AS stance
        FROM statements s
        JOIN articles a USING (article_id)
        LEFT JOIN (
            SELECT * FROM labels
            QUALIFY row_number() OVER (PARTITION BY statement_id ORDER BY created_at DESC, model_version DESC) = 1
        ) l USING (statement_id)
        LEFT JOIN (
            SELECT * FROM corrections
            QUALIFY row_number() OVER (PARTITION BY statement_id ORDER BY created_at DESC) = 1
        ) c USING (statement_id)""",
)

# What ``current_statements`` holds for each statement: the version 2 view's definition,
# plus ``superseded`` (version 3). Writers run it over the statements they touch (``_SCOPE_*``);
# a migration runs it over all. Keep the column order in step with ``_V3``'s table.
_CURRENT_SELECT_V3 = """
    SELECT s.statement_id, s.article_id, s.seq, s.start_char, s.end_char,
           s.text, s.kind, s.speaker, s.organization, s.country,
           a.title, a.source, a.url, a.published, a.file_name,
           l.label, l.confidence, l.score_engagement, l.score_decoupling,
           l.score_neutral, l.model_version, l.created_at AS labelled_at,
           c.label AS corrected_label, c.note AS correction_note,
           c.analyst AS corrected_by, c.created_at AS corrected_at,
           coalesce(c.label, l.label) AS stance,
           EXISTS (SELECT 1 FROM articles n WHERE n.replaces = s.article_id) AS superseded
    FROM (SELECT * FROM statements WHERE {scope}) s
    JOIN articles a USING (article_id)
    LEFT JOIN (
        SELECT * FROM labels WHERE statement_id IN (SELECT statement_id FROM statements WHERE {scope})
        QUALIFY row_number() OVER (PARTITION BY statement_id ORDER BY created_at DESC, model_version DESC) = 1
    ) l USING (statement_id)
    LEFT JOIN (
        SELECT * FROM corrections WHERE statement_id IN (SELECT statement_id FROM statements WHERE {scope})
        QUALIFY row_number() OVER (PARTITION BY statement_id ORDER BY created_at DESC) = 1
    ) c USING (statement_id)"""
# The scopes are fixed SQL; their only parameter is a list of ids, bound once per occurrence.
_SCOPE_ALL = "TRUE"
_SCOPE_ARTICLES = "article_id IN (SELECT unnest(?::VARCHAR[]))"
# Rows in the order most dashboard filters and the table's "newest first" read them.
_CURRENT_ORDER = " ORDER BY published DESC NULLS LAST, article_id, seq"
# Version 4 adds ``sn``, numbered in that order after the largest number already given ({sn_base}).
_CURRENT_SELECT = ("SELECT *, ({sn_base} + row_number() OVER (" + _CURRENT_ORDER + "))::INTEGER AS sn FROM ("
                   + _CURRENT_SELECT_V3 + ")")
_SN_FROM_ONE = "0"
_SN_AFTER_LAST = "(SELECT coalesce(max(sn), 0) FROM current_statements)"
_CURRENT_ALL = _CURRENT_SELECT.replace("{scope}", _SCOPE_ALL).replace("{sn_base}", _SN_FROM_ONE)
_CURRENT_OF_ARTICLES = _CURRENT_SELECT.replace("{scope}", _SCOPE_ARTICLES).replace("{sn_base}", _SN_AFTER_LAST)

# Version 3: ``articles.replaces`` (a changed text is a new article that names the one it
# replaces) and the ``current_statements`` read model, filled from the history.
_V3 = (
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS replaces VARCHAR",
    """CREATE TABLE IF NOT EXISTS current_statements (
        statement_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        speaker VARCHAR, organization VARCHAR, country VARCHAR,
        title VARCHAR, source VARCHAR, url VARCHAR, published DATE, file_name VARCHAR,
        label VARCHAR, confidence DOUBLE, score_engagement DOUBLE, score_decoupling DOUBLE,
        score_neutral DOUBLE, model_version VARCHAR, labelled_at TIMESTAMP,
        corrected_label VARCHAR, correction_note VARCHAR, corrected_by VARCHAR, corrected_at TIMESTAMP,
        stance VARCHAR, superseded BOOLEAN NOT NULL)""",
    "DELETE FROM current_statements",
    # By name: the version 3 columns only (version 4 adds ``sn`` to this table after).
    "INSERT INTO current_statements BY NAME " + _CURRENT_SELECT_V3.replace("{scope}", _SCOPE_ALL) + _CURRENT_ORDER,
    # Kept for ad-hoc SQL and older tools: the view is now a plain read of the table.
    "CREATE OR REPLACE VIEW statement_view AS SELECT * FROM current_statements",
)

# The search index's words: maximal runs of letters and digits (any script) of the lower-cased text.
# ``queries`` splits a search term with the same pattern (and the same ``lower``), so the two agree.
SEARCH_SEPARATORS = r"[^\pL\pN]+"
_WORDS_OF = ("SELECT DISTINCT sn, unnest(regexp_split_to_array(lower(text), '" + SEARCH_SEPARATORS + "')) AS word "
             "FROM current_statements WHERE {scope}")
# Index the statements of ``temp.index_rows`` (sn, word). ``temp.index_words`` holds their words
# once each, with their ids (new words get the next ones) and statement counts; then the new words,
# the counts of the known ones and the postings are written. Used by every writer and by the
# migration.
_INDEX_NEW_ROWS = (
    "CREATE OR REPLACE TEMP TABLE index_words AS SELECT word, count(*) AS statements, TRUE AS new, "
    "NULL::INTEGER AS word_id FROM index_rows WHERE word <> '' GROUP BY word",
    # The word list is filtered by the batch's words first: a semi join built on the small side
    # (a join straight on the word list built its hash table on the list: 3 times slower at 1M).
    "UPDATE index_words SET word_id = w.word_id, new = FALSE FROM (SELECT word, word_id FROM search_words "
    "WHERE word IN (SELECT word FROM index_words)) w WHERE index_words.word = w.word",
    "UPDATE index_words SET word_id = n.word_id FROM (SELECT word, ((SELECT coalesce(max(word_id), 0) "
    "FROM search_words) + row_number() OVER (ORDER BY word))::INTEGER AS word_id FROM index_words WHERE new) n "
    "WHERE index_words.word = n.word",
    "INSERT INTO search_words SELECT word, word_id, statements FROM index_words WHERE new",
    "UPDATE search_words SET statements = search_words.statements + i.statements "
    "FROM (SELECT word_id, statements FROM index_words WHERE NOT new) i WHERE search_words.word_id = i.word_id",
    "INSERT INTO search_postings SELECT i.word_id, r.sn FROM index_rows r JOIN index_words i USING (word) "
    "ORDER BY 1, 2",
    "DROP TABLE index_rows",
    "DROP TABLE index_words",
)
_INDEX_ALL = ("DELETE FROM search_postings", "DELETE FROM search_words",
              "CREATE OR REPLACE TEMP TABLE index_rows AS " + _WORDS_OF.replace("{scope}", _SCOPE_ALL),
              *_INDEX_NEW_ROWS)
_INDEX_OF_ARTICLES = ("CREATE OR REPLACE TEMP TABLE index_rows AS " + _WORDS_OF.replace("{scope}", _SCOPE_ARTICLES),
                      *_INDEX_NEW_ROWS)

# Version 4: ``current_statements.sn`` (numbered in the table's physical order, so that a range
# of numbers is a range of rows) and the search index, built from the stored texts.
_V4 = (
    "ALTER TABLE current_statements ADD COLUMN IF NOT EXISTS sn INTEGER",
    "UPDATE current_statements SET sn = n.sn FROM (SELECT statement_id, "
    "row_number() OVER (ORDER BY rowid)::INTEGER AS sn FROM current_statements) n "
    "WHERE current_statements.statement_id = n.statement_id",
    "CREATE TABLE IF NOT EXISTS search_words (word VARCHAR NOT NULL, word_id INTEGER NOT NULL, "
    "statements BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS search_postings (word_id INTEGER NOT NULL, sn INTEGER NOT NULL)",
    *_INDEX_ALL,
    "CREATE OR REPLACE VIEW statement_view AS SELECT * EXCLUDE (sn) FROM current_statements",
)

# DDL per schema version; a store at version n gets the steps above n, in one transaction.
# Every step is idempotent (IF NOT EXISTS / OR REPLACE / refill), so a new store simply runs them all.
_MIGRATIONS: dict[int, tuple[str, ...]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4}
NOTE_MAX_CHARS = 500


def statement_id(article_id: str, st: Statement) -> str:
    """Stable id of a statement: its article and offsets."""
    return hashlib.sha1(f"{article_id}:{st.start}:{st.end}".encode()).hexdigest()[:16]


def _is_lock_conflict(exc: Exception) -> bool:
    msg = str(exc).lower()
    # "different configuration": a read-only and a read-write connection in one process (the
    # dashboard saving a correction while another session reads); it clears as fast as a lock.
    return "lock" in msg or "conflicting" in msg or "different configuration" in msg


# glibc gives a new thread its own malloc arena, up to 8 per core. DuckDB starts its worker threads
# afresh each time the store is opened (every ingest batch, every dashboard read), so the arenas
# multiplied and their fragmented heaps added about 60 MiB over a 10,000-article ingest; two
# arenas (this machine's cores) keep the resident set flat (docs/performance.md, "Memory").
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt parameter number in glibc's malloc.h


@functools.cache
def cap_malloc_arenas() -> bool:
    """Cap glibc's malloc arenas for this process, once; False where libc has no ``mallopt``."""
    try:
        return ctypes.CDLL(None).mallopt(_M_ARENA_MAX, MALLOC_ARENAS) == 1
    except (OSError, AttributeError):
        return False


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    cap_malloc_arenas()
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:  # the other side holds the file: wait our turn
            if not _is_lock_conflict(exc) or time.monotonic() > deadline:
                raise StoreError(f"cannot open the store {path}: {exc}") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


@contextlib.contextmanager
def writer(path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection held under the store's file lock; schema ensured."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=wait)
    except TimeoutError:
        raise StoreError(f"the store {path} is busy with another writer; try again") from None
    try:
        con = _connect(path, read_only=False, wait=wait)
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()
    finally:
        lock.release()


@contextlib.contextmanager
def reader(path: Path, wait: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-only connection; raises StoreError if there is no store."""
    if not path.exists():
        raise StoreError(f"there is no store at {path} yet; run `python -m stance ingest` first")
    con = _connect(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The store's schema version; 0 for a file without the ``meta`` table."""
    row = None
    with contextlib.suppress(duckdb.CatalogException):
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create or migrate the schema in place to ``SCHEMA_VERSION``, keeping all rows."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {current}, newer than this program ({SCHEMA_VERSION})")
    con.execute("BEGIN TRANSACTION")
    try:
        for version in sorted(_MIGRATIONS):
            # Version 1 DDL is idempotent and cheap: always run it so a half-made file is completed.
            if version > current or version == 1:
                for ddl in _MIGRATIONS[version]:
                    con.execute(ddl)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"could not upgrade the store from schema version {current} to {SCHEMA_VERSION} "
                         f"(it is unchanged): {exc}") from None
    except BaseException:
        con.execute("ROLLBACK")
        raise


def upgrade(path: Path) -> bool:
    """Migrate an existing store to this program's schema if it is older; True if it was.

    Readers cannot migrate (they are read-only), so the dashboard calls this
    once before reading; it takes the writer lock only when there is work.
    """
    with reader(path) as con:
        if schema_version(con) >= SCHEMA_VERSION:
            return False
    with writer(path):
        pass
    return True


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    rows = con.execute("SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids]).fetchall()
    return {r[0] for r in rows}


_INSERT_LABELS_FROM_FRAME = "INSERT OR REPLACE INTO labels SELECT * FROM new_rows"


_STATEMENT_COLUMNS = {"statement_id": "VARCHAR", "article_id": "VARCHAR", "seq": "INTEGER",
                      "start_char": "INTEGER", "end_char": "INTEGER", "text": "VARCHAR", "kind": "VARCHAR",
                      "speaker": "VARCHAR", "organization": "VARCHAR", "country": "VARCHAR"}
_LABEL_COLUMNS = {"statement_id": "VARCHAR", "model_version": "VARCHAR", "label": "VARCHAR",
                  "confidence": "DOUBLE", "score_engagement": "DOUBLE", "score_decoupling": "DOUBLE",
                  "score_neutral": "DOUBLE", "created_at": "TIMESTAMP"}


def _insert_frame(con: duckdb.DuckDBPyConnection, sql: str, columns: dict[str, str], rows: list[list]) -> None:
    """Run ``sql`` (which selects from ``new_rows``) over ``rows``, typed as ``columns``, in one statement."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    con.register("raw_rows", frame)
    try:
        typed = ", ".join(f"CAST({name} AS {kind}) AS {name}" for name, kind in columns.items())
        con.execute("CREATE OR REPLACE TEMP VIEW new_rows AS SELECT " + typed + " FROM raw_rows")
        con.execute(sql)
        con.execute("DROP VIEW new_rows")
    finally:
        con.unregister("raw_rows")


def _label_row(sid: str, pr: Prediction, now: datetime) -> list:
    return [sid, pr.model_version, pr.label, pr.confidence, *(float(pr.scores[label]) for label in LABELS), now]


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection, now: datetime) -> Iterator[None]:
    """One all-or-nothing write that also stamps the store's last update."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("INSERT OR REPLACE INTO meta VALUES ('updated_at', ?)", [now.isoformat(timespec="seconds")])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def version_key(article: Article) -> tuple[str, ...] | None:
    """What makes two stored articles versions of one story, or None when nothing does.

    The URL with any ``#fragment`` removed (a fragment never reaches the server,
    so it names the same page; nothing else is normalised: case, query strings
    and trailing slashes can name other pages). Without a URL: the source, the
    title and the publication date, all three required, so that two different
    "Wire / Morning briefing" items of different days stay two articles.
    The key is symmetric: an article with a URL never matches one without.
    """
    if article.url:
        return ("url", article.url.split("#", 1)[0])
    if article.source and article.title and article.published:
        return ("dated title", article.source, article.title, str(article.published))
    return None


# Articles with the same version key (see ``version_key``); the URL's fragment is cut in SQL as in Python.
_SAME_URL = "url IS NOT NULL AND split_part(url, '#', 1) = ?"
_SAME_DATED_TITLE = "coalesce(url, '') = '' AND source = ? AND title = ? AND published = ?::DATE"


def _versions(con: duckdb.DuckDBPyConnection, article: Article) -> list[tuple[str, date | None, datetime]]:
    """(article_id, published, ingested_at) of the stored versions of ``article``'s story, itself excluded."""
    key = version_key(article)
    if key is None:
        return []
    match, params = (_SAME_URL, [key[1]]) if key[0] == "url" else (_SAME_DATED_TITLE, list(key[1:]))
    return con.execute("SELECT article_id, published, ingested_at FROM articles WHERE article_id <> ? AND " + match,
                       [article.article_id, *params]).fetchall()


def _version_order(published: date | None, ingested_at: datetime, article_id: str) -> tuple:
    """Versions sort by publication date (undated first: a dated version is never outranked by an
    undated one), then by ingestion time; the last one counts."""
    return (published is not None, published or date.min, ingested_at, article_id)


def place_version(con: duckdb.DuckDBPyConnection, article: Article, ingested_at: datetime
                  ) -> tuple[str | None, str | None]:
    """Where ``article`` goes among the stored versions of its story: (the one before, the one after).

    The replacement rule: the versions of a story (``version_key``) form one
    chain in ``_version_order``, and each version's ``replaces`` names the
    version right before it. So the newest by publication counts, and an
    article is superseded exactly when another article replaces it. A version
    published later than ``article`` but stored earlier is the "one after":
    the caller points its ``replaces`` at ``article``, which is stored
    superseded. Both are None when ``article`` has no stored versions.
    """
    mine = _version_order(date.fromisoformat(str(article.published)) if article.published else None,
                          ingested_at, article.article_id)
    before = after = None
    for aid, published, at in _versions(con, article):
        order = _version_order(published, at, aid)
        if order < mine and (before is None or order > before[0]):
            before = (order, aid)
        elif order > mine and (after is None or order < after[0]):
            after = (order, aid)
    return (before[1] if before else None), (after[1] if after else None)


def predecessor(con: duckdb.DuckDBPyConnection, article: Article) -> str | None:
    """The stored version that ``article``, ingested now, would replace, or None (see ``place_version``)."""
    return place_version(con, article, datetime.now(timezone.utc).replace(tzinfo=None))[0]


_INSERT_ARTICLE = ("INSERT INTO articles (article_id, file_name, title, source, url, published, language, text, "
                   "ingested_at, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def add_batch(
    con: duckdb.DuckDBPyConnection,
    articles: list[Article],
    analyzed: list[AnalyzedStatement],
) -> int:
    """Store articles with their statements and labels in one transaction.

    Articles already present (same normalised text) are skipped. A new article
    that is a changed version of a stored one takes its place in the story's
    chain of versions (``place_version``): it records the version before it in
    ``replaces``, whose statements become ``superseded``; if a version published
    later is stored already, that one replaces the new article instead, and
    the new article's statements are stored superseded. Returns how many
    articles were added. A crash inside leaves the store as it
    was before the call.
    """
    new_ids = {a.article_id for a in articles} - existing_article_ids(con, (a.article_id for a in articles))
    if not new_ids:
        return 0
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    added: list[str] = []
    replaced: list[str] = []
    with _transaction(con, now):
        for a in articles:
            if a.article_id not in new_ids or a.article_id in added:
                continue
            # One microsecond apart, so that the batch's order is the ingestion order among equal dates.
            at = now + timedelta(microseconds=len(added))
            before, after = place_version(con, a, at)
            con.execute(_INSERT_ARTICLE, [a.article_id, a.file_name, a.title, a.source, a.url, a.published,
                                          a.language, a.text, at, before])
            if after:  # a newer version is stored already: it now replaces this one, not ``before``
                con.execute("UPDATE articles SET replaces = ? WHERE article_id = ?", [a.article_id, after])
            added.append(a.article_id)
            if before:
                replaced.append(before)
        seq: dict[str, int] = {}
        statements, labels = [], []
        for item in analyzed:
            aid = item.article.article_id
            if aid not in new_ids:
                continue
            st = item.statement
            sid = statement_id(aid, st)
            seq[aid] = seq.get(aid, 0) + 1
            statements.append([sid, aid, seq[aid], st.start, st.end, st.text, st.kind, st.speaker,
                               st.organization, st.country])
            labels.append(_label_row(sid, item.prediction, now))
        if statements:
            # One scan of a DataFrame per table: executemany runs one statement per row (a third of ingest time).
            _insert_frame(con, "INSERT INTO statements SELECT * FROM new_rows", _STATEMENT_COLUMNS, statements)
            _insert_frame(con, _INSERT_LABELS_FROM_FRAME, _LABEL_COLUMNS, labels)
            con.execute("INSERT INTO current_statements " + _CURRENT_OF_ARTICLES + _CURRENT_ORDER, [added] * 3)
            con.execute(_INDEX_OF_ARTICLES[0], [added])
            for sql in _INDEX_OF_ARTICLES[1:]:
                con.execute(sql)
        if replaced:
            con.execute("UPDATE current_statements SET superseded = TRUE "
                        "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced])
    return len(added)


def count_replacing(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> int:
    """How many of the articles ``ids`` replace an earlier version (``replaces`` set), for a summary."""
    return con.execute("SELECT count(*) FROM articles WHERE replaces IS NOT NULL AND list_contains(?, article_id)",
                       [list(ids)]).fetchone()[0]


def add_correction(con: duckdb.DuckDBPyConnection, statement_id: str, label: str, note: str, analyst: str,
                   now: datetime | None = None) -> None:
    """Record an analyst's label for one statement, beside the model's (which stays).

    The newest correction of a statement wins. Raises StoreError for an unknown
    label or statement, an empty analyst name or an empty or overlong note.
    """
    if label not in LABELS:
        raise StoreError(f"unknown label {label!r}; use one of {', '.join(LABELS)}")
    note, analyst = note.strip(), analyst.strip()
    if not note or len(note) > NOTE_MAX_CHARS:
        raise StoreError(f"a correction needs a note of 1 to {NOTE_MAX_CHARS} characters")
    if not analyst:
        raise StoreError("a correction needs the analyst's name")
    if con.execute("SELECT 1 FROM statements WHERE statement_id = ?", [statement_id]).fetchone() is None:
        raise StoreError("that statement is not in the store")
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    with _transaction(con, now):
        con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?)", [statement_id, label, note, analyst, now])
        con.execute(
            "UPDATE current_statements AS cs SET corrected_label = c.label, correction_note = c.note, "
            "corrected_by = c.analyst, corrected_at = c.created_at, stance = c.label "
            "FROM (SELECT * FROM corrections WHERE statement_id = ? "
            "      ORDER BY created_at DESC LIMIT 1) c WHERE cs.statement_id = c.statement_id", [statement_id])


def corrections_as_examples(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(statement_id, text, label) of every corrected statement, newest correction each.

    For training to use later as labeled examples (statements of superseded
    articles included: the analyst's judgement of the text still holds);
    ordered by statement id so that the list is reproducible.
    """
    return con.execute("SELECT statement_id, text, corrected_label FROM current_statements "
                       "WHERE corrected_label IS NOT NULL ORDER BY statement_id").fetchall()


# -- relabelling after a retrain ------------------------------------------------

def count_unlabelled(con: duckdb.DuckDBPyConnection, model_version: str) -> int:
    """Statements that have no label from this model version yet."""
    return con.execute(
        "SELECT count(*) FROM statements s WHERE NOT EXISTS "
        "(SELECT 1 FROM labels l WHERE l.statement_id = s.statement_id AND l.model_version = ?)",
        [model_version]).fetchone()[0]


def unlabelled(con: duckdb.DuckDBPyConnection, model_version: str, limit: int = 512) -> list[tuple[str, str]]:
    """Up to `limit` (statement_id, text) without a label from this model version, in a stable order."""
    return con.execute(
        "SELECT s.statement_id, s.text FROM statements s WHERE NOT EXISTS "
        "(SELECT 1 FROM labels l WHERE l.statement_id = s.statement_id AND l.model_version = ?) "
        "ORDER BY s.statement_id LIMIT ?", [model_version, limit]).fetchall()


def add_labels(con: duckdb.DuckDBPyConnection, labelled: list[tuple[str, Prediction]]) -> None:
    """Store new labels in one transaction; earlier models' labels stay, the newest is shown."""
    if not labelled:
        return
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    ids = [sid for sid, _ in labelled]
    with _transaction(con, now):
        _insert_frame(con, _INSERT_LABELS_FROM_FRAME, _LABEL_COLUMNS, [_label_row(sid, pr, now) for sid, pr in labelled])
        con.execute(
            "UPDATE current_statements AS cs SET label = l.label, confidence = l.confidence, "
            "score_engagement = l.score_engagement, score_decoupling = l.score_decoupling, "
            "score_neutral = l.score_neutral, model_version = l.model_version, labelled_at = l.created_at, "
            "stance = coalesce(cs.corrected_label, l.label) "
            "FROM (SELECT * FROM labels WHERE statement_id IN (SELECT unnest(?::VARCHAR[])) "
            "      QUALIFY row_number() OVER (PARTITION BY statement_id "
            "                                 ORDER BY created_at DESC, model_version DESC) = 1) l "
            "WHERE cs.statement_id = l.statement_id", [ids])


def rebuild_current(con: duckdb.DuckDBPyConnection) -> None:
    """Refill ``current_statements`` and the search index from the history tables (after a bulk load
    that bypassed the writers)."""
    con.execute("DELETE FROM current_statements")
    con.execute("INSERT INTO current_statements " + _CURRENT_ALL + _CURRENT_ORDER)
    for sql in _INDEX_ALL:
        con.execute(sql)
