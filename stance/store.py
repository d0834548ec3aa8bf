"""The DuckDB store: schema, migrations and every write. All write SQL lives here.

Concurrency design: DuckDB allows one read-write process *or* many read-only
ones per file. Writers therefore serialise on a file lock (``<db>.lock``) and
keep their connection only for one short transaction per batch; readers open a
read-only connection per request and close it at once. Either side retries for
a while when the other holds the file, so neither sees a lock error.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
from filelock import FileLock

from .records import LABELS, AnalyzedStatement, Article, Statement

SCHEMA_VERSION = 1
LOCK_WAIT_SECONDS = 60.0


class StoreError(Exception):
    """A store problem that is reported to the user as one sentence."""


_SCHEMA = (
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
    """CREATE OR REPLACE VIEW statement_view AS
        SELECT s.statement_id, s.article_id, s.seq, s.start_char, s.end_char,
               s.text, s.kind, s.speaker, s.organization, s.country,
               a.title, a.source, a.url, a.published, a.file_name,
               l.label, l.confidence, l.score_engagement, l.score_decoupling,
               l.score_neutral, l.model_version, l.created_at AS labelled_at
        FROM statements s
        JOIN articles a USING (article_id)
        LEFT JOIN (
            SELECT * FROM labels
            QUALIFY row_number() OVER (PARTITION BY statement_id ORDER BY created_at DESC, model_version DESC) = 1
        ) l USING (statement_id)""",
)


def statement_id(article_id: str, st: Statement) -> str:
    """Stable id of a statement: its article and offsets."""
    return hashlib.sha1(f"{article_id}:{st.start}:{st.end}".encode()).hexdigest()[:16]


def _is_lock_conflict(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg or "conflicting" in msg or "could not set lock" in msg


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
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


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    row = None
    with contextlib.suppress(duckdb.CatalogException):
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is not None and int(row[0]) > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {row[0]}, newer than this program ({SCHEMA_VERSION})")
    con.execute("BEGIN TRANSACTION")
    for ddl in _SCHEMA:
        con.execute(ddl)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    con.execute("COMMIT")


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    rows = con.execute("SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids]).fetchall()
    return {r[0] for r in rows}


def add_batch(
    con: duckdb.DuckDBPyConnection,
    articles: list[Article],
    analyzed: list[AnalyzedStatement],
) -> int:
    """Store articles with their statements and labels in one transaction.

    Articles already present are skipped. Returns how many articles were added.
    A crash inside leaves the store as it was before the call.
    """
    new_ids = {a.article_id for a in articles} - existing_article_ids(con, (a.article_id for a in articles))
    if not new_ids:
        return 0
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        added: set[str] = set()
        for a in articles:
            if a.article_id not in new_ids or a.article_id in added:
                continue
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [a.article_id, a.file_name, a.title, a.source, a.url, a.published, a.language, a.text, now],
            )
            added.add(a.article_id)
        seq: dict[str, int] = {}
        for item in analyzed:
            aid = item.article.article_id
            if aid not in added:
                continue
            st, pr = item.statement, item.prediction
            sid = statement_id(aid, st)
            seq[aid] = seq.get(aid, 0) + 1
            con.execute(
                "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [sid, aid, seq[aid], st.start, st.end, st.text, st.kind, st.speaker, st.organization, st.country],
            )
            con.execute(
                "INSERT INTO labels VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [sid, pr.model_version, pr.label, pr.confidence,
                 *(float(pr.scores[label]) for label in LABELS), now],
            )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('updated_at', ?)", [now.isoformat(timespec="seconds")])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(added)
