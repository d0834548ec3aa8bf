"""Read queries for the dashboard and the export. All read SQL lives here.

Every function takes an open read-only connection and a ``Filters`` value, and
returns small, already-aggregated frames or one page of rows: nothing loads the
whole store into memory. WHERE clauses are assembled from fixed fragments with
``?`` placeholders; values never enter the SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterator

import duckdb
import pandas as pd

from .records import LABELS


@dataclass(frozen=True)
class Filters:
    """What the analyst filtered on. Empty values mean "any"."""

    company: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    label: tuple[str, ...] = ()

    def describe(self) -> str:
        """A short, file-name-safe summary of the active filters."""
        parts = []
        for f in fields(self):
            values = getattr(self, f.name)
            if values:
                parts.append(f.name + "-" + "+".join(values))
        return "_".join(parts) or "all"


def _where(f: Filters) -> tuple[str, list]:
    clauses, params = ["TRUE"], []
    for column, values in (("organization", f.company), ("country", f.country),
                           ("speaker", f.speaker), ("label", f.label)):
        if values:
            clauses.append(_IN[column])
            params.append(list(values))
    return " AND ".join(clauses), params


# Column names are fixed here, never taken from input.
_IN = {
    "organization": "list_contains(?, organization)",
    "country": "list_contains(?, country)",
    "speaker": "list_contains(?, speaker)",
    "label": "list_contains(?, label)",
}


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Distinct values for each sidebar filter, most frequent first."""
    out = {}
    for key, sql in (
        ("company", "SELECT organization FROM statement_view WHERE organization IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1"),
        ("country", "SELECT country FROM statement_view WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1"),
        ("speaker", "SELECT speaker FROM statement_view WHERE speaker IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1"),
    ):
        out[key] = [r[0] for r in con.execute(sql).fetchall()]
    out["label"] = list(LABELS)
    return out


def totals(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    where, params = _where(f)
    row = con.execute(
        "SELECT count(*), count(DISTINCT article_id), count(DISTINCT speaker), count(DISTINCT organization) "
        "FROM statement_view WHERE " + where, params).fetchone()
    return dict(zip(("statements", "articles", "speakers", "organizations"), row))


def stance_by_company(con: duckdb.DuckDBPyConnection, f: Filters, top: int | None = None) -> pd.DataFrame:
    """Statement counts per organization and label (long format).

    With ``top``, only the ``top`` organizations with the most statements are
    returned (ties broken by name), so a chart stays readable on a big store.
    """
    where, params = _where(f)
    counts = ("SELECT coalesce(organization, '(unknown)') AS organization, label, count(*) AS statements "
              "FROM statement_view WHERE " + where + " GROUP BY 1, 2")
    if top is None:
        return con.execute(counts + " ORDER BY 1, 2", params).df()
    return con.execute(
        "WITH c AS (" + counts + "), "
        "ranked AS (SELECT organization FROM c GROUP BY 1 ORDER BY sum(statements) DESC, 1 LIMIT ?) "
        "SELECT * FROM c WHERE organization IN (SELECT organization FROM ranked) ORDER BY 1, 2",
        params + [top]).df()


_PAGE_COLUMNS = ("statement_id, published, speaker, organization, country, label, confidence, kind, text, "
                 "article_id, title")


def statements_page(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    """One page of statements, newest article first, in a stable order."""
    where, params = _where(f)
    return con.execute(
        "SELECT " + _PAGE_COLUMNS + " FROM statement_view WHERE " + where +
        " ORDER BY published DESC NULLS LAST, article_id, seq LIMIT ? OFFSET ?", params + [limit, offset]).df()


def statement_detail(con: duckdb.DuckDBPyConnection, statement_id: str) -> dict | None:
    """Everything about one statement, with its article's full text."""
    cur = con.execute(
        "SELECT v.*, a.text AS article_text FROM statement_view v JOIN articles a USING (article_id) "
        "WHERE v.statement_id = ?", [statement_id])
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row))


EXPORT_COLUMNS = ("statement_id", "article_id", "title", "url", "published", "start_char", "end_char",
                  "speaker", "organization", "country", "kind", "text", "label", "confidence",
                  "score_engagement", "score_decoupling", "score_neutral", "model_version")


def export_rows(con: duckdb.DuckDBPyConnection, f: Filters, batch: int = 10_000) -> Iterator[tuple]:
    """All filtered statements for the CSV snapshot, streamed in batches."""
    where, params = _where(f)
    cur = con.execute(
        "SELECT " + ", ".join(EXPORT_COLUMNS) + " FROM statement_view WHERE " + where +
        " ORDER BY published DESC NULLS LAST, article_id, seq", params)
    while rows := cur.fetchmany(batch):
        yield from rows


def last_updated(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = 'updated_at'").fetchone()
    return row[0] if row else None
