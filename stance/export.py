"""CSV snapshots of filtered statements, safe to open in a spreadsheet.

Cells that a spreadsheet would read as a formula (OWASP "CSV injection": a
leading ``=``, ``+``, ``-``, ``@``, tab or carriage return, and their
full-width forms) are prefixed with a single quote, in every text column.
Numbers stay numbers. ``write_snapshot`` is the one writer of the snapshot:
``python -m stance export`` streams it into a file, the dashboard's download
builds the same text in memory, so both give the same bytes for the same
filters.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import IO, Iterable, Sequence

import duckdb

from .queries import EXPORT_COLUMNS, Filters, export_csv_lines

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: object) -> object:
    """Make one cell inert for spreadsheets; non-strings pass through unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def write_csv(out: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a header and rows as CSV; returns the number of data rows."""
    # RFC 4180 line ends: with "\r\n" as the terminator the writer quotes every cell holding a CR or LF.
    # With "\n" alone a bare CR inside a cell went out unquoted and split the row in spreadsheets.
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    n = 0
    for row in rows:
        w.writerow([neutralise(v) for v in row])
        n += 1
    return n


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    write_csv(buf, header, rows)
    return buf.getvalue()


def write_snapshot(out: IO[str], con: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    """Write exactly the statements ``filters`` selects, every export column; returns the row count.

    The same bytes as ``write_csv`` over ``export_rows``, but the cells are neutralised, dated and
    joined into CSV lines in SQL (``export_csv_lines``) and written a batch at a time: a Python call
    per cell took most of the time.
    """
    csv.writer(out, lineterminator="\r\n").writerow(EXPORT_COLUMNS)  # as in write_csv
    n = 0
    for lines in export_csv_lines(con, filters, FORMULA_STARTS):
        out.write("\r\n".join(lines) + "\r\n")
        n += len(lines)
    return n


def snapshot_csv(con: duckdb.DuckDBPyConnection, filters: Filters) -> str:
    """``write_snapshot`` as text, for the dashboard's download.

    Builds the whole text in memory: fine for tens of thousands of rows; the
    dashboard calls it only when the analyst clicks download.
    """
    buf = io.StringIO()
    write_snapshot(buf, con, filters)
    return buf.getvalue()


def file_name(filters_description: str, now: datetime | None = None) -> str:
    """`stance_<filters>_<UTC timestamp>.csv`, safe as a file name."""
    now = now or datetime.utcnow()
    safe = "".join(c if c.isalnum() or c in "-_+." else "-" for c in filters_description)[:120]
    return f"stance_{safe}_{now:%Y%m%dT%H%M%SZ}.csv"
