"""CSV snapshots: formula neutralisation, file names, exactly the filtered rows."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from conftest import FORMULA
from stance import export, store
from stance.queries import EXPORT_COLUMNS, Filters


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"])
def test_neutralise_prefixes_formula_starts(start):
    cell = start + "SUM(A1:A9)"
    assert export.neutralise(cell) == "'" + cell


@pytest.mark.parametrize("value", [
    "Tesla", "We oppose decoupling.", "a=b", "", " =leading space is not a formula start",
    "email me @ home", "'already quoted",
])
def test_neutralise_leaves_plain_text_alone(value):
    assert export.neutralise(value) == value


@pytest.mark.parametrize("value", [0, 42, -3, 0.91, -0.5, None, True])
def test_neutralise_leaves_numbers_alone(value):
    assert export.neutralise(value) is value


@pytest.mark.parametrize("value, expected", [
    (date(2024, 5, 2), "2024-05-02"),
    (datetime(2024, 5, 2, 13, 4, 5), "2024-05-02T13:04:05"),
])
def test_neutralise_writes_dates_as_iso(value, expected):
    assert export.neutralise(value) == expected


NOW = datetime(2024, 1, 2, 3, 4, 5)


@pytest.mark.parametrize("description, expected", [
    ("all", "stance_all_20240102T030405Z.csv"),
    ("company-Tesla+Apple", "stance_company-Tesla+Apple_20240102T030405Z.csv"),
    ("country-US_label-neutral", "stance_country-US_label-neutral_20240102T030405Z.csv"),
    ("company-A/B\\C:D*E?", "stance_company-A-B-C-D-E-_20240102T030405Z.csv"),
    ("company-../../etc/passwd", "stance_company-..-..-etc-passwd_20240102T030405Z.csv"),
    ("company-x\r\nSet-Cookie", "stance_company-x--Set-Cookie_20240102T030405Z.csv"),
    ("x" * 500, "stance_" + "x" * 120 + "_20240102T030405Z.csv"),
])
def test_file_name(description, expected):
    assert export.file_name(description, now=NOW) == expected


def test_file_name_defaults_to_now():
    name = export.file_name("all")
    assert name.startswith("stance_all_2") and name.endswith("Z.csv")


def test_write_csv_counts_rows_and_neutralises():
    buf = io.StringIO()
    assert export.write_csv(buf, ["a", "b"], [("=1+1", 2), ("ok", -1.5)]) == 2
    assert buf.getvalue() == "a,b\n'=1+1,2\nok,-1.5\n"


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("filters, expected_rows", [
    (Filters(), 5),
    (Filters(company=("Tesla",)), 2),
    (Filters(label=("pro-decoupling",)), 2),
    (Filters(company=("Nobody Inc",)), 0),
])
def test_snapshot_csv_has_exactly_the_filtered_rows(stance_store, filters, expected_rows):
    with store.reader(stance_store.path) as con:
        text = export.snapshot_csv(con, filters)
    assert text.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    rows = _read(text)
    assert len(rows) == expected_rows
    if filters.company:
        assert {r["organization"] for r in rows} <= set(filters.company)
    if filters.label:
        assert {r["label"] for r in rows} <= set(filters.label)


def test_snapshot_csv_neutralises_the_formula_statement(stance_store):
    with store.reader(stance_store.path) as con:
        rows = _read(export.snapshot_csv(con, Filters(speaker=("A trader",))))
    assert [r["text"] for r in rows] == ["'" + FORMULA]
    assert rows[0]["confidence"] == "0.55"  # numbers are not quoted into text


def test_snapshot_csv_carries_corrections(stance_store, tmp_path):
    path = tmp_path / "copy.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    sid = stance_store.ids["Trade with China is being reviewed."]
    with store.writer(path) as con:
        store.add_correction(con, sid, "pro-engagement", "=cmd|' /C calc'!A0", "ana", now=NOW)
    with store.reader(path) as con:
        rows = _read(export.snapshot_csv(con, Filters()))
    assert list(rows[0])[-3:] == ["corrected_label", "correction_note", "corrected_at"]
    row = next(r for r in rows if r["statement_id"] == sid)
    assert (row["label"], row["corrected_label"], row["corrected_at"]) == ("neutral", "pro-engagement",
                                                                          "2024-01-02T03:04:05")
    assert row["correction_note"] == "'=cmd|' /C calc'!A0"  # an analyst's note is neutralised too
    assert {r["corrected_label"] for r in rows if r["statement_id"] != sid} == {""}


@pytest.mark.parametrize("filters, expected", [
    (Filters(company=("Tesla",), min_confidence=0.5), "stance_company-Tesla_conf-0.5_20240102T030405Z.csv"),
    (Filters(published_from=date(2024, 5, 1), search="a/b"), "stance_from-2024-05-01_search-a-b_20240102T030405Z.csv"),
])
def test_file_name_carries_the_new_filters(filters, expected):
    assert export.file_name(filters.describe(), now=NOW) == expected


def test_snapshot_csv_exports_the_search_filter(stance_store):
    with store.reader(stance_store.path) as con:
        rows = _read(export.snapshot_csv(con, Filters(search="DECOUPL")))
    assert {r["speaker"] for r in rows} == {"Lena Vogt", "Dana Whitfield"}
    assert all(r["start_char"].isdigit() and r["model_version"] == "test-1" for r in rows)
