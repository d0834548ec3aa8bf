"""Read queries for the dashboard and the export. All read SQL lives here.

Every function takes an open read-only connection and a ``Filters`` value, and
returns small, already-aggregated frames or one page of rows: nothing loads the
whole store into memory, and no caller needs pandas to aggregate. WHERE clauses
are assembled from fixed fragments with ``?`` placeholders; values never enter
the SQL text, and column names come from fixed tables in this module.

"Stance" is the label that counts: an analyst's correction if there is one,
else the model's label (see ``store``). Filters, counts and charts use it; the
model's own label stays available as ``label``.

Everything reads ``current_statements``, the one-row-per-statement table the
writers keep up to date, so no query joins or ranks the history. Statements of
a superseded article (one that a newer version of the same article replaces)
are left out unless ``Filters.include_superseded`` is set: an analyst counts
the latest version of each article. ``statement_detail`` shows any statement.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Iterator

import duckdb
import pandas as pd

from . import store
from .records import LABELS

UNKNOWN = "(unknown)"
SEARCH_MAX_CHARS = 200
PERIODS = ("week", "month")
ORDERS = ("count", "net")
NET_STANCE_DEFINITION = ("Net stance = share of pro-engagement statements − share of pro-decoupling "
                         "statements, among the filtered statements that have a stance (neutral included, "
                         "unlabelled excluded). It runs from −1 (all pro-decoupling) to +1 (all pro-engagement).")


@dataclass(frozen=True)
class Filters:
    """What the analyst filtered on. Empty values mean "any".

    A date bound excludes undated articles; ``min_confidence`` is the model's
    confidence (0 keeps unlabelled statements); ``search`` matches statement
    text case-insensitively as a plain substring (``%`` and ``_`` are literal);
    ``include_superseded`` also counts statements of articles that a newer
    version replaces (left out by default).
    """

    company: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    label: tuple[str, ...] = ()
    published_from: date | None = None
    published_to: date | None = None
    min_confidence: float = 0.0
    search: str = ""
    include_superseded: bool = False

    def describe(self) -> str:
        """A short summary of the active filters, for file names (export makes it file-safe)."""
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and value:
                parts.append(f.name + "-" + "+".join(value))
        if self.published_from:
            parts.append(f"from-{self.published_from.isoformat()}")
        if self.published_to:
            parts.append(f"to-{self.published_to.isoformat()}")
        if self.min_confidence:
            parts.append(f"conf-{self.min_confidence:g}")
        if self.search.strip():
            parts.append("search-" + self.search.strip())
        if self.include_superseded:
            parts.append("with-superseded")
        return "_".join(parts) or "all"


def escape_like(text: str) -> str:
    """``text`` as a literal ILIKE pattern piece (for ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list]:
    clauses, params = ["TRUE" if f.include_superseded else "NOT superseded"], []
    for column, values in (("organization", f.company), ("country", f.country),
                           ("speaker", f.speaker), ("stance", f.label)):
        if values:
            clauses.append(_IN[column])
            params.append(list(values))
    if f.published_from:
        clauses.append("published >= ?")
        params.append(f.published_from)
    if f.published_to:
        clauses.append("published <= ?")
        params.append(f.published_to)
    if f.min_confidence:
        clauses.append("confidence >= ?")
        params.append(float(f.min_confidence))
    search = f.search.strip()[:SEARCH_MAX_CHARS]
    if search:
        key, hits, last = _search_hits(con, search)
        # Rows beyond ``last`` arrived after the hits were taken (a write in between): not among them.
        clauses.append(_HIT[key])
        params += [last, hits]
    return " AND ".join(clauses), params


# Free-text search is the one filter that reads statement texts, and a page render runs several
# queries with the same filters. So the matching rows of a term are found once per connection and
# kept (local to the connection, gone when it closes; a read-only connection may keep them) as one
# bit per row: ``bitstring_agg`` over the rows' ``sn`` (``rowid`` in a store without the search
# index), in a temporary table and in the connection's variable ``stance_search_bits`` (a list,
# one bitstring per term). Each query tests its row's bit with ``get_bit`` on the variable: a
# constant to the planner, so the test is pushed down into the table scan like any column filter.
# Joining the kept row ids instead cost up to 150 ms per query at 1,000,000 statements, and the
# same bitstring read by a subquery kept a page's scan from skipping rows (160 ms for no match).
# The key includes the store's last update and row count, so a connection that writes between
# two queries never reads hits of an older state.
#
# Finding them: reading every text (ILIKE over ~60 MB at 1,000,000 statements, some 100-150 ms on
# two cores) is the fallback. The store's word index (``store``: schema 4) does better:
# - a term of one word (letters and digits only) is in a text exactly when it is inside one of the
#   text's words: ILIKE compares the lower-cased text and term (DuckDB's ``lower``, code point by
#   code point, as the index does), and a run of letters and digits cannot span a separator. So
#   the statements holding a word that contains it are the answer, read from the index alone;
# - a longer term can be in a text only if the text has a word that ends with its first word,
#   words equal to its inner ones and a word that starts with its last one. The condition with
#   the fewest statements picks candidate rows, whose texts alone are then matched with the same
#   ILIKE, so the answer is exactly the full scan's.
# Every text is read when the term has no letters or digits, or when the index would name more
# candidates than that is worth (``SEARCH_INDEX_MAX_SHARE`` of the rows for candidates, all rows
# for a one-word answer, e.g. "e").
_SEARCH_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS search_terms (search INTEGER, term VARCHAR, stamp VARCHAR, "
    "key VARCHAR, last BIGINT)",
    "CREATE TEMP TABLE IF NOT EXISTS search_bits (search INTEGER, bits BITSTRING)",
)
_SEARCH_VARIABLE = "SET VARIABLE stance_search_bits = (SELECT list(bits ORDER BY search) FROM search_bits)"
SEARCH_INDEX_MAX_SHARE = 0.25
# How a word of the index must relate to a word of the term (see above); fixed SQL, one parameter.
_WORD_MATCH = {"contains": "contains(word, ?)", "suffix": "suffix(word, ?)", "exact": "word = ?",
               "prefix": "starts_with(word, ?)"}
_MATCH_ESCAPED = "text ILIKE ? ESCAPE '\\'"
_MATCH_PLAIN = "text ILIKE ?"  # measurably faster; used when the term has no ``%``, ``_`` or ``\``
# A row's bit, by key: sn counts from 1, rowid from 0. Parameters: the last key kept, the search id
# (+ 1: lists count from 1). CASE, not AND: ``get_bit`` must never see a key beyond the bitstring.
_HIT = {
    "sn": "CASE WHEN sn <= ? THEN get_bit(getvariable('stance_search_bits')[? + 1], sn - 1) = 1 ELSE FALSE END",
    "rowid": "CASE WHEN rowid <= ? THEN get_bit(getvariable('stance_search_bits')[? + 1], rowid::INTEGER) = 1 "
             "ELSE FALSE END",
}
_LAST = {"sn": "SELECT max(sn) FROM current_statements", "rowid": "SELECT max(rowid) FROM current_statements"}
_BITS = {"sn": "bitstring_agg(sn, 1, ?)", "rowid": "bitstring_agg(rowid, 0, ?)"}


def _search_hits(con: duckdb.DuckDBPyConnection, term: str) -> tuple[str, int, int]:
    """(key column, id, last key) of the bits of the rows matching ``term`` (taken on first use; see
    above). With no rows at all, the last key is -1: nothing matches."""
    for ddl in _SEARCH_DDL:
        con.execute(ddl)
    updated, rows = con.execute("SELECT coalesce((SELECT value FROM meta WHERE key = 'updated_at'), ''), "
                                "(SELECT count(*) FROM current_statements)").fetchone()
    stamp = f"{updated}|{rows}"
    row = con.execute("SELECT key, search, last FROM search_terms WHERE term = ? AND stamp = ?",
                      [term, stamp]).fetchone()
    if row:
        return row
    search = con.execute("SELECT count(*) FROM search_terms").fetchone()[0]
    pattern = escape_like(term)
    match = _MATCH_PLAIN if pattern == term else _MATCH_ESCAPED
    usable = _index_usable(con)
    key = "sn" if usable else "rowid"
    last = con.execute(_LAST[key]).fetchone()[0]
    lookup = search_lookup(con, term, rows) if usable and last is not None else None
    if last is None:
        last = -1
        con.execute("INSERT INTO search_bits VALUES (?, NULL)", [search])
    elif lookup is None:
        con.execute("INSERT INTO search_bits SELECT ?, " + _BITS[key] + " FROM current_statements WHERE " + match,
                    [search, last, "%" + pattern + "%"])
    elif lookup[0] == "contains":  # the answer itself (see above)
        con.execute("INSERT INTO search_bits SELECT ?, " + _BITS["sn"] + " FROM search_postings WHERE word_id IN "
                    "(SELECT word_id FROM search_word_ids WHERE kind = ? AND piece = ?)", [search, last, *lookup])
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE search_candidates AS SELECT DISTINCT sn FROM search_postings "
                    "WHERE word_id IN (SELECT word_id FROM search_word_ids WHERE kind = ? AND piece = ?)", lookup)
        # OFFSET 0 keeps the optimizer from pushing the text match down into the table scan, where it
        # would run on every row before the candidates are joined; here it runs on the candidates only.
        con.execute("INSERT INTO search_bits SELECT ?, " + _BITS["sn"] + " FROM (SELECT sn, text "
                    "FROM current_statements WHERE sn IN (SELECT sn FROM search_candidates) OFFSET 0) WHERE "
                    + match, [search, last, "%" + pattern + "%"])
    con.execute("INSERT INTO search_terms VALUES (?, ?, ?, ?, ?)", [search, term, stamp, key, last])
    con.execute(_SEARCH_VARIABLE)
    return key, search, last


def forget_searches(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the search hits this connection keeps, so the next search reads the store again (benchmarks)."""
    con.execute("DROP TABLE IF EXISTS temp.search_terms")
    con.execute("DROP TABLE IF EXISTS temp.search_bits")


def _index_usable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the word index and every row its ``sn`` (False for an older store read
    before its upgrade, or for rows written around the writers)."""
    return store.schema_version(con) >= 4 and not con.execute(
        "SELECT count(*) FROM current_statements WHERE sn IS NULL").fetchone()[0]


def search_lookup(con: duckdb.DuckDBPyConnection, term: str, rows: int | None = None) -> tuple[str, str] | None:
    """How the word index finds ``term``'s matches: (a key of ``_WORD_MATCH``, the word), or None when
    every text must be read (no usable index, no letters or digits in the term, or too many candidates).
    "contains" (a one-word term) is the answer itself; the other kinds name candidates to read.

    ``rows``: the statements in the store, if already known. A word that no statement has means no
    match at all: its lookup has no candidates.
    """
    if not _index_usable(con):
        return None
    parts = con.execute("SELECT regexp_split_to_array(lower(?), ?)", [term, store.SEARCH_SEPARATORS]).fetchone()[0]
    if rows is None:
        rows = con.execute("SELECT count(*) FROM current_statements").fetchone()[0]
    if len(parts) == 1:
        return _best_piece(con, [("contains", parts[0])], rows)
    # The words at both ends may be cut: a suffix and a prefix of the text's words. A lookup by
    # suffix reads every word of the index, so it is tried only when the others name too many rows.
    found = _best_piece(con, [("exact", w) for w in parts[1:-1] if w] + [("prefix", parts[-1])], rows)
    return found if found or not parts[0] else _best_piece(con, [("suffix", parts[0])], rows)


def _best_piece(con: duckdb.DuckDBPyConnection, pieces: list[tuple[str, str]], rows: int) -> tuple[str, str] | None:
    """The piece of ``pieces`` with the fewest statements, if worth using (see ``search_lookup``)."""
    pieces = [(kind, word) for kind, word in pieces if word]
    if not pieces:
        return None
    # The index words each piece names, kept for ``_search_hits`` (reading the word list once).
    con.execute("CREATE OR REPLACE TEMP TABLE search_word_ids (kind VARCHAR, piece VARCHAR, word_id INTEGER, "
                "statements BIGINT)")
    exact = [word for kind, word in pieces if kind == "exact"]
    if exact:  # the inner words in one query: a term may have dozens
        con.execute("INSERT INTO search_word_ids SELECT 'exact', word, word_id, statements FROM search_words "
                    "WHERE word IN (SELECT unnest(?::VARCHAR[]))", [exact])
    for kind, word in pieces:
        if kind != "exact":
            con.execute("INSERT INTO search_word_ids SELECT ?, ?, word_id, statements FROM search_words WHERE "
                        + _WORD_MATCH[kind], [kind, word, word])
    counts = dict.fromkeys(pieces, 0)
    counts.update(((kind, piece), n) for kind, piece, n in con.execute(
        "SELECT kind, piece, sum(statements) FROM search_word_ids GROUP BY ALL").fetchall())
    n, (kind, word) = min((n, piece) for piece, n in counts.items())
    worth = rows if kind == "contains" else SEARCH_INDEX_MAX_SHARE * rows  # an answer, or candidates to read
    return None if n > worth else (kind, word)


# Column names are fixed here, never taken from input.
_IN = {
    "organization": "list_contains(?, organization)",
    "country": "list_contains(?, country)",
    "speaker": "list_contains(?, speaker)",
    "stance": "list_contains(?, stance)",
}
DIMENSIONS = {"company": "organization", "country": "country", "speaker": "speaker"}
_ORDER = {"count": "statements DESC, name", "net": "net DESC NULLS LAST, statements DESC, name"}
_TRUNC = {"week": "date_trunc('week', published)::DATE", "month": "date_trunc('month', published)::DATE"}


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Distinct values for each sidebar filter, most frequent first (superseded articles left out)."""
    out = {}
    for key, sql in (
        ("company", "SELECT organization FROM current_statements WHERE organization IS NOT NULL AND NOT superseded "
                    "GROUP BY 1 ORDER BY count(*) DESC, 1"),
        ("country", "SELECT country FROM current_statements WHERE country IS NOT NULL AND NOT superseded "
                    "GROUP BY 1 ORDER BY count(*) DESC, 1"),
        ("speaker", "SELECT speaker FROM current_statements WHERE speaker IS NOT NULL AND NOT superseded "
                    "GROUP BY 1 ORDER BY count(*) DESC, 1"),
    ):
        out[key] = [r[0] for r in con.execute(sql).fetchall()]
    out["label"] = list(LABELS)
    return out


def published_range(con: duckdb.DuckDBPyConnection) -> tuple[date, date] | None:
    """The first and last publication date of the current articles, or None when nothing is dated."""
    row = con.execute("SELECT min(published), max(published) FROM articles o "
                      "WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces = o.article_id)").fetchone()
    return None if row[0] is None else (row[0], row[1])


def statement_count(con: duckdb.DuckDBPyConnection) -> int:
    """All statements in the store, superseded ones included (cheap: no joins)."""
    return con.execute("SELECT count(*) FROM statements").fetchone()[0]


def totals(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    where, params = _where(con, f)
    row = con.execute(
        "SELECT count(*), count(DISTINCT article_id), count(DISTINCT speaker), count(DISTINCT organization) "
        "FROM current_statements WHERE " + where, params).fetchone()
    return dict(zip(("statements", "articles", "speakers", "organizations"), row))


# Per-stance counts and the net stance of a group, taken in two steps: count the statements per
# (group, stance) (one cheap hash aggregate over the rows), then pivot those few rows into one
# column per stance. One pass with five FILTERed counts per statement row measured about 1.5 times
# slower at 1,000,000 statements. The three ? are LABELS, bound before the WHERE's parameters.
_STANCE_SUMS = (
    'coalesce(sum(n) FILTER (WHERE stance = ?), 0)::BIGINT AS "pro-engagement", '
    'coalesce(sum(n) FILTER (WHERE stance = ?), 0)::BIGINT AS "pro-decoupling", '
    'coalesce(sum(n) FILTER (WHERE stance = ?), 0)::BIGINT AS "neutral", '
    "coalesce(sum(n) FILTER (WHERE stance IS NULL), 0)::BIGINT AS unlabelled, "
    "coalesce(sum(n), 0)::BIGINT AS statements, "
    '("pro-engagement" - "pro-decoupling") / nullif(statements - unlabelled, 0)::DOUBLE AS net'
)
STANCE_COLUMNS = (*LABELS, "unlabelled", "statements", "net")


def _stance_counts(where: str, group: str | None = None) -> str:
    """SQL: the per-stance columns, per ``group`` (a fixed expression of this module, named ``g``) or overall."""
    if group is None:
        return ("SELECT " + _STANCE_SUMS + " FROM (SELECT stance, count(*) AS n FROM current_statements WHERE "
                + where + " GROUP BY stance)")
    return ("SELECT g, " + _STANCE_SUMS + " FROM (SELECT " + group + " AS g, stance, count(*) AS n "
            "FROM current_statements WHERE " + where + " GROUP BY ALL) GROUP BY g")


def overview(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, float | int | None]:
    """``totals`` and ``net_stance`` in one query (one call per page render)."""
    where, params = _where(con, f)
    cur = con.execute(
        "SELECT d.*, s.* FROM (SELECT count(DISTINCT article_id) AS articles, count(DISTINCT speaker) AS speakers, "
        "count(DISTINCT organization) AS organizations FROM current_statements WHERE " + where + ") d, ("
        + _stance_counts(where) + ") s", params + list(LABELS) + params)
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))


def net_stance(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, float | int | None]:
    """Counts per stance and the net stance (None without any labelled statement)."""
    where, params = _where(con, f)
    cur = con.execute(_stance_counts(where), list(LABELS) + params)
    return dict(zip(STANCE_COLUMNS, cur.fetchone()))


def stance_by(con: duckdb.DuckDBPyConnection, f: Filters, dimension: str, top: int | None = None,
              order: str = "count") -> pd.DataFrame:
    """One row per company, country or speaker: counts per stance, total and net stance.

    With ``top``, only the ``top`` groups with the most statements (ties by name);
    ``order`` sorts them by statement count or by net stance, descending.
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"dimension must be one of {', '.join(DIMENSIONS)}, not {dimension!r}")
    if order not in _ORDER:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    where, params = _where(con, f)
    # Grouped on the raw column, the "(unknown)" name given after: cheaper than coalescing every row.
    sql = ("WITH c AS (" + _stance_counts(where, DIMENSIONS[dimension]) + "), "
           "g AS (SELECT coalesce(g, '" + UNKNOWN + "') AS name, * EXCLUDE (g) FROM c)")
    params = list(LABELS) + params
    if top is not None:
        sql += ", ranked AS (SELECT * FROM g ORDER BY statements DESC, name LIMIT ?)"
        params.append(top)
    sql += " SELECT * FROM " + ("ranked" if top is not None else "g") + " ORDER BY " + _ORDER[order]
    return con.execute(sql, params).df()


def stance_over_time(con: duckdb.DuckDBPyConnection, f: Filters, period: str = "month") -> pd.DataFrame:
    """Per week or month of publication (oldest first): counts per stance, total and net stance.

    Undated articles are left out; periods without statements are absent, not zero.
    """
    if period not in _TRUNC:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    where, params = _where(con, f)
    counts = _stance_counts(where + " AND published IS NOT NULL", _TRUNC[period])
    return con.execute("SELECT g AS period, * EXCLUDE (g) FROM (" + counts + ") ORDER BY 1",
                       list(LABELS) + params).df()


def stance_by_company(con: duckdb.DuckDBPyConnection, f: Filters, top: int | None = None) -> pd.DataFrame:
    """Statement counts per organization and stance (long format).

    With ``top``, only the ``top`` organizations with the most statements are
    returned (ties broken by name), so a chart stays readable on a big store.
    """
    where, params = _where(con, f)
    counts = ("SELECT coalesce(organization, '" + UNKNOWN + "') AS organization, stance AS label, "
              "count(*) AS statements FROM current_statements WHERE " + where + " GROUP BY 1, 2")
    if top is None:
        return con.execute(counts + " ORDER BY 1, 2", params).df()
    return con.execute(
        "WITH c AS (" + counts + "), "
        "ranked AS (SELECT organization FROM c GROUP BY 1 ORDER BY sum(statements) DESC, 1 LIMIT ?) "
        "SELECT * FROM c WHERE organization IN (SELECT organization FROM ranked) ORDER BY 1, 2",
        params + [top]).df()


_PAGE_COLUMNS = ("statement_id, published, speaker, organization, country, stance, label, corrected_label, "
                 "confidence, kind, text, article_id, title")


def statements_page(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 100, offset: int = 0) -> pd.DataFrame:
    """One page of statements, newest article first, in a stable order.

    Sorting every filtered row by three keys to keep ``offset + limit`` of them
    cost over a second at 1,000,000 statements for page 100. So the page's last
    publication date is found first (a top-N over one DATE column), and only rows
    published on or after it are sorted. Both steps sort, so the page is right
    whatever the rows' physical order. That order helps only the speed: a
    migration or ``rebuild_current`` writes the table in date order (the range
    is then read from few row groups), while ``add_batch`` appends each batch at
    the end. Undated rows sort last and take the plain path.
    """
    where, params = _where(con, f)
    cut = con.execute("SELECT published FROM current_statements WHERE " + where +
                      " ORDER BY published DESC NULLS LAST LIMIT 1 OFFSET ?", params + [offset + limit - 1]).fetchone()
    if cut and cut[0] is not None:
        where, params = where + " AND published >= ?", params + [cut[0]]
    return con.execute(
        "SELECT " + _PAGE_COLUMNS + " FROM current_statements WHERE " + where +
        " ORDER BY published DESC NULLS LAST, article_id, seq LIMIT ? OFFSET ?", params + [limit, offset]).df()


def statement_detail(con: duckdb.DuckDBPyConnection, statement_id: str) -> dict | None:
    """Everything about one statement, with its article's full text and any correction.

    Also ``replaces`` (the older version of its article, if any) and
    ``replaced_by`` (the newest article that replaces it, if superseded).
    """
    cur = con.execute(
        "SELECT v.*, a.text AS article_text, a.replaces, "
        "(SELECT max_by(n.article_id, n.ingested_at) FROM articles n WHERE n.replaces = v.article_id) AS replaced_by "
        "FROM current_statements v JOIN articles a USING (article_id) WHERE v.statement_id = ?", [statement_id])
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row))


def matches(con: duckdb.DuckDBPyConnection, f: Filters, statement_id: str) -> bool:
    """Whether one statement is among those ``f`` selects."""
    where, params = _where(con, f)
    return con.execute("SELECT count(*) FROM current_statements WHERE statement_id = ? AND " + where,
                       [statement_id] + params).fetchone()[0] > 0


EXPORT_COLUMNS = ("statement_id", "article_id", "title", "url", "published", "start_char", "end_char",
                  "speaker", "organization", "country", "kind", "text", "label", "confidence",
                  "score_engagement", "score_decoupling", "score_neutral", "model_version",
                  "corrected_label", "correction_note", "corrected_at")


def export_rows(con: duckdb.DuckDBPyConnection, f: Filters, batch: int = 10_000) -> Iterator[tuple]:
    """All filtered statements for the CSV snapshot, streamed in batches."""
    where, params = _where(con, f)
    cur = con.execute(
        "SELECT " + ", ".join(EXPORT_COLUMNS) + " FROM current_statements WHERE " + where +
        " ORDER BY published DESC NULLS LAST, article_id, seq", params)
    while rows := cur.fetchmany(batch):
        yield from rows


# The export columns that are neither text nor numbers, and how each becomes ISO text in SQL (as Python's
# ``isoformat()`` writes it: a timestamp without microseconds has no fraction). Every other column is text.
_EXPORT_ISO = {
    "published": "published::VARCHAR",
    "corrected_at": "strftime(corrected_at, '%Y-%m-%dT%H:%M:%S') || "
                    "CASE WHEN strftime(corrected_at, '%f') = '000000' THEN '' "
                    "ELSE '.' || strftime(corrected_at, '%f') END",
}
EXPORT_NUMBER_COLUMNS = ("start_char", "end_char", "confidence", "score_engagement", "score_decoupling",
                         "score_neutral")
EXPORT_TEXT_COLUMNS = tuple(c for c in EXPORT_COLUMNS if c not in EXPORT_NUMBER_COLUMNS and c not in _EXPORT_ISO)


def _export_cell(column: str) -> str:
    """SQL of one export cell; a text column's first code point is compared (as ``str.startswith`` does
    with one-character prefixes) with a list of code points, the cell's one parameter."""
    if column in _EXPORT_ISO:
        return _EXPORT_ISO[column]
    if column in EXPORT_NUMBER_COLUMNS:
        return column
    return f"CASE WHEN list_contains(?::INTEGER[], unicode({column})) THEN '''' || {column} ELSE {column} END"


def export_cells(con: duckdb.DuckDBPyConnection, f: Filters, formula_starts: tuple[str, ...],
                 batch: int = 10_000) -> Iterator[list[tuple]]:
    """``export_rows`` ready for a CSV writer, in lists of up to ``batch`` rows, converted in SQL.

    A text column whose first character is one of ``formula_starts`` (single
    characters) gets a leading single quote; dates and timestamps become ISO
    text; numbers and NULLs stay as they are. The same cells as
    ``export.neutralise`` applied to each value of ``export_rows``, without a
    Python call per cell.
    """
    if any(len(s) != 1 for s in formula_starts):
        raise ValueError("formula_starts must be single characters")
    where, params = _where(con, f)
    starts = [ord(s) for s in formula_starts]
    cur = con.execute(
        "SELECT " + ", ".join(_export_cell(c) for c in EXPORT_COLUMNS) + " FROM current_statements WHERE " + where +
        " ORDER BY published DESC NULLS LAST, article_id, seq", [starts] * len(EXPORT_TEXT_COLUMNS) + params)
    while rows := cur.fetchmany(batch):
        yield rows


def _csv_field(column: str) -> str:
    """SQL: one ``export_cells`` cell (aliased ``column``) as a CSV field, as ``csv.writer`` writes it with
    CRLF line ends: NULL empty, numbers as Python's ``repr`` (DuckDB's DOUBLE to VARCHAR gives the same
    shortest round-trip text), text quoted when it holds a comma, quote, CR or LF, quotes doubled."""
    if column in EXPORT_NUMBER_COLUMNS:
        return f"coalesce({column}::VARCHAR, '')"
    return (f"CASE WHEN {column} IS NULL THEN '' WHEN regexp_matches({column}, '[,\"\\r\\n]') "
            f"THEN '\"' || replace({column}, '\"', '\"\"') || '\"' ELSE {column} END")


def export_csv_lines(con: duckdb.DuckDBPyConnection, f: Filters, formula_starts: tuple[str, ...],
                     batch: int = 10_000) -> Iterator[list[str]]:
    """The CSV lines (no line end) of ``export_cells``, in lists of up to ``batch``, built in SQL.

    The same text as ``csv.writer(lineterminator="\\r\\n")`` writes for those
    cells (tested against it), with no Python work per cell or row.
    """
    if any(len(s) != 1 for s in formula_starts):
        raise ValueError("formula_starts must be single characters")
    where, params = _where(con, f)
    starts = [ord(s) for s in formula_starts]
    cells = ", ".join(_export_cell(c) + " AS " + c for c in EXPORT_COLUMNS)
    cur = con.execute(
        "SELECT concat_ws(',', " + ", ".join(_csv_field(c) for c in EXPORT_COLUMNS) + ") FROM (SELECT " + cells +
        ", current_statements.published AS sort_published, current_statements.article_id AS sort_article, "
        "seq AS sort_seq FROM current_statements WHERE " + where + ") "
        "ORDER BY sort_published DESC NULLS LAST, sort_article, sort_seq", [starts] * len(EXPORT_TEXT_COLUMNS) + params)
    while rows := cur.fetchmany(batch):
        yield [r[0] for r in rows]


def last_updated(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = 'updated_at'").fetchone()
    return row[0] if row else None
