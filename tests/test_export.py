"""CSV snapshots: formula neutralisation, file names, exactly the filtered rows."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from conftest import FORMULA
from stance import export, queries, store
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
    assert buf.getvalue() == "a,b\r\n'=1+1,2\r\nok,-1.5\r\n"


@pytest.mark.parametrize("cell, written", [
    ("line\rbreak", '"line\rbreak"'),  # a bare CR must not end the row
    ("line\nbreak", '"line\nbreak"'),
    ("\r=cmd", '"\'\r=cmd"'),
    ('say "hi"', '"say ""hi"""'),
    ("a,b", '"a,b"'),
])
def test_write_csv_quotes_line_breaks_and_quotes(cell, written):
    buf = io.StringIO()
    export.write_csv(buf, ["c"], [(cell,)])
    assert buf.getvalue() == "c\r\n" + written + "\r\n"
    assert _read(buf.getvalue()) == [{"c": export.neutralise(cell)}]


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


@pytest.mark.parametrize("share", [0.0, 1.0], ids=["text scan", "word index"])
@pytest.mark.parametrize("search, speakers", [
    ("DECOUPL", {"Lena Vogt", "Dana Whitfield"}),
    ("decoupling from china", {"Lena Vogt"}),
    ("decoupling  from", set()),  # negative: two spaces
    ("zzz", set()),
])
def test_snapshot_csv_exports_the_search_filter(stance_store, monkeypatch, share, search, speakers):
    monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", share)  # the same rows however they are found
    with store.reader(stance_store.path) as con:
        text = export.snapshot_csv(con, Filters(search=search))
    rows = _read(text)
    assert {r["speaker"] for r in rows} == speakers
    assert all(r["start_char"].isdigit() and r["model_version"] == "test-1" for r in rows)
    assert text.splitlines()[0].split(",") == list(EXPORT_COLUMNS)  # the header even without rows


# --- every export path, every text column -------------------------------------------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import dashboard  # noqa: E402
from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HOSTILE_STARTS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
PAYLOAD = "HYPERLINK(\"http://198.51.100.7/x\",\"y\")"
# Text columns an article, its statement, the model or an analyst can fill; every one must come out inert.
TEXT_COLUMNS = ("title", "url", "speaker", "organization", "country", "text", "model_version", "correction_note")
NUMBER_COLUMNS = ("start_char", "end_char", "confidence", "score_engagement", "score_decoupling", "score_neutral")


def _hostile(i: int, start: str) -> tuple[Article, AnalyzedStatement]:
    quote = f"{start}{PAYLOAD} {i}"
    article = Article(f"h{i:02d}", f"Someone said “{quote}” today.", file_name=f"h{i}.txt", title=f"{start}title {i}",
                      source=f"{start}source", url=f"{start}http://198.51.100.7/{i}", published=f"2024-02-{i + 1:02d}")
    s = article.text.index(quote)
    label = LABELS[i % 3]
    return article, AnalyzedStatement(
        article, Statement(s, s + len(quote), quote, "direct", f"{start}Speaker {i}", f"{start}Org {i % 2}",
                           f"{start}C"),
        Prediction(label, 0.75, {name: 0.75 if name == label else 0.125 for name in LABELS}, f"{start}model"))


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    """One article and statement per hostile start, in every text column; each statement corrected."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    pairs = [_hostile(i, start) for i, start in enumerate(HOSTILE_STARTS)]
    with store.writer(path) as con:
        store.add_batch(con, [a for a, _ in pairs], [x for _, x in pairs])
        for i, (_, x) in enumerate(pairs):
            sid = store.statement_id(x.article.article_id, x.statement)
            store.add_correction(con, sid, "neutral", f"{HOSTILE_STARTS[i]}note {i}", "ana", now=NOW)
    return path


def _cli_export(db: Path, out: Path, *args: str) -> bytes:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-m", "stance", "export", "--db", str(db), "--out", str(out), *args],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes()


CLI_FILTERS = [  # (CLI arguments, the dashboard's Filters for the same view)
    ((), Filters()),
    (("--company", "=Org 0", "--company", "\uff0bOrg 1"), Filters(company=("=Org 0", "\uff0bOrg 1"))),
    (("--label", "neutral"), Filters(label=("neutral",))),
    (("--from", "2024-02-03", "--to", "2024-02-07", "--min-confidence", "0.5"),
     Filters(published_from=date(2024, 2, 3), published_to=date(2024, 2, 7), min_confidence=0.5)),
    (("--search", "hyperlink", "--speaker", "@Speaker 3"), Filters(search="hyperlink", speaker=("@Speaker 3",))),
    (("--country", "nowhere"), Filters(country=("nowhere",))),
]


@pytest.mark.parametrize("args, filters", CLI_FILTERS, ids=[" ".join(a) or "all" for a, _ in CLI_FILTERS])
def test_cli_and_dashboard_download_give_the_same_bytes(hostile_store, tmp_path, args, filters):
    cli = _cli_export(hostile_store, tmp_path / "cli.csv", *args)
    download = dashboard.csv_builder(hostile_store, filters)()
    assert cli == download.encode("utf-8")  # Streamlit sends a str download as UTF-8
    with store.reader(hostile_store) as con:
        assert len(_read(download)) == queries.totals(con, filters)["statements"]


@pytest.fixture(scope="module")
def exported(hostile_store, tmp_path_factory) -> dict[str, list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("out") / "all.csv"
    return {"cli": _read(_cli_export(hostile_store, out).decode("utf-8")),
            "dashboard": _read(dashboard.csv_builder(hostile_store, Filters())())}


@pytest.fixture(scope="module")
def stored_rows(hostile_store) -> list[dict]:
    """The export rows as the store holds them, before any neutralising."""
    with store.reader(hostile_store) as con:
        return [dict(zip(EXPORT_COLUMNS, r)) for r in queries.export_rows(con, Filters())]


@pytest.mark.parametrize("path", ["cli", "dashboard"])
@pytest.mark.parametrize("start", HOSTILE_STARTS, ids=[repr(s) for s in HOSTILE_STARTS])
def test_every_text_column_is_neutralised(exported, stored_rows, path, start):
    [stored] = [r for r in stored_rows if r["speaker"].startswith(start)]
    [row] = [r for r in exported[path] if r["statement_id"] == stored["statement_id"]]
    hostile = [c for c in TEXT_COLUMNS if stored[c].startswith(start)]
    # Every column but the note, which the store strips of leading white space (tab, CR).
    assert len(hostile) >= len(TEXT_COLUMNS) - 1
    for column in TEXT_COLUMNS:
        expected = "'" + stored[column] if stored[column].startswith(tuple(HOSTILE_STARTS)) else stored[column]
        assert row[column] == expected, column
    assert row["text"] == f"'{stored['text']}" and stored["text"].startswith(start + PAYLOAD)


@pytest.mark.parametrize("path", ["cli", "dashboard"])
def test_numbers_stay_numbers(exported, path):
    rows = exported[path]
    assert len(rows) == len(HOSTILE_STARTS)
    for row in rows:
        for column in NUMBER_COLUMNS:
            assert not row[column].startswith("'") and float(row[column]) >= 0, (column, row[column])
        assert float(row["confidence"]) == 0.75 and int(row["end_char"]) > int(row["start_char"])
        assert row["published"].startswith("2024-02-") and row["corrected_at"] == "2024-01-02T03:04:05"
        assert (row["label"], row["corrected_label"]) != ("", "") and not row["statement_id"].startswith("'")


def test_neutralised_cells_survive_a_spreadsheet_style_round_trip(exported):
    """Each hostile cell reads back as its original text behind one quote: nothing else is altered."""
    originals = {f"{s}title {i}" for i, s in enumerate(HOSTILE_STARTS)}
    assert {r["title"][1:] for r in exported["cli"]} == originals


# --- the fast export path (cells converted in SQL) gives the bytes of the per-cell reference --------------

# (name, article/statement text fields, correction time or None); every case lands in one store.
FAST_CASES = [
    ("plain text", {"title": "Talks", "speaker": "Ann"}, None),
    ("formula start in every column", {"title": "=t", "speaker": "+s", "organization": "-o", "country": "@c"}, None),
    ("full-width starts", {"title": "\uff1dt", "speaker": "\uff0bs", "organization": "\uff0do", "country": "\uff20c"},
     None),
    ("tab and CR starts, quotes and commas", {"title": "\tt", "speaker": "\r\ns", "organization": 'a,"b"'}, None),
    ("a start after the first character is no formula", {"title": " =t", "speaker": "a=b", "organization": "'=o"},
     None),
    ("combining mark after =", {"title": "=\u0301t"}, None),
    ("empty strings and NULLs", {"title": "", "speaker": None, "organization": None, "country": None}, None),
    ("non-BMP first character", {"title": "\U0001d400 bold", "speaker": "\U0001f600"}, None),
    ("undated article", {"published": None}, None),
    ("line breaks, quotes and commas inside", {"title": 'a\nb "c", d\r', "speaker": 'say "x"'}, None),
    ("correction without microseconds", {}, datetime(2024, 1, 2, 3, 4, 5)),
    ("correction with microseconds", {}, datetime(2024, 1, 2, 3, 4, 5, 120)),
    ("correction at midnight", {}, datetime(2024, 1, 2)),
]


@pytest.fixture(scope="module")
def fast_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "fast.duckdb"
    with store.writer(path) as con:
        for i, (_, fields, corrected_at) in enumerate(FAST_CASES):
            text = f"Someone said “statement {i}” here."
            meta = {"title": None, "published": f"2024-03-{i + 1:02d}"} | {
                k: v for k, v in fields.items() if k in ("title", "published")}
            article = Article(f"f{i:02d}", text, file_name=f"f{i}.txt", url=f"https://x.example/{i}", **meta)
            s = text.index("statement")
            st = Statement(s, s + 11, text[s:s + 11], "direct", fields.get("speaker"), fields.get("organization"),
                           fields.get("country"))
            scores = {"pro-engagement": 1 / 3, "pro-decoupling": 1e-05, "neutral": 0.1 + 0.2}
            store.add_batch(con, [article], [AnalyzedStatement(article, st, Prediction("neutral", 0.1 * i, scores,
                                                                                       "m1"))])
            if corrected_at:
                store.add_correction(con, store.statement_id(article.article_id, st), "neutral", "=note", "ana",
                                     now=corrected_at)
    return path


@pytest.mark.parametrize("filters", [Filters(), Filters(label=("neutral",), search="statement 1"),
                                     Filters(published_from=date(2024, 3, 4), published_to=date(2024, 3, 9)),
                                     Filters(country=("nowhere",))], ids=["all", "filtered", "dates", "no rows"])
def test_fast_snapshot_equals_the_per_cell_reference(fast_store, filters):
    with store.reader(fast_store) as con:
        reference = export.csv_text(EXPORT_COLUMNS, queries.export_rows(con, filters))
        fast = export.snapshot_csv(con, filters)
    assert fast == reference
    assert len(_read(fast)) == (0 if filters.country else len(_read(reference)))


@pytest.mark.parametrize("i, name", list(enumerate(c[0] for c in FAST_CASES)), ids=[c[0] for c in FAST_CASES])
def test_fast_cells_equal_neutralise_cell_by_cell(fast_store, i, name):
    with store.reader(fast_store) as con:
        raw = {r[0]: r for r in queries.export_rows(con, Filters())}
        fast = {r[0]: r for rows in queries.export_cells(con, Filters(), export.FORMULA_STARTS) for r in rows}
    [sid] = [s for s, r in raw.items() if r[1] == f"f{i:02d}"]
    assert fast[sid] == tuple(export.neutralise(v) for v in raw[sid])
    assert [type(v) for v in fast[sid]] == [type(export.neutralise(v)) for v in raw[sid]]  # numbers stay numbers


@pytest.mark.parametrize("starts", [("==",), ("",)])
def test_export_cells_refuses_multi_character_starts(fast_store, starts):
    with store.reader(fast_store) as con, pytest.raises(ValueError, match="single characters"):
        next(queries.export_cells(con, Filters(), starts))


# --- superseded versions: left out by default, included on request, the same from CLI and dashboard -------

VERSION_URL = "https://news.example/story"


@pytest.fixture(scope="module")
def versions_store(tmp_path_factory) -> Path:
    """A story in two versions (the newer, June, ingested first) and one unrelated article."""
    path = tmp_path_factory.mktemp("versions") / "versions.duckdb"
    rows = [("june", "June: Ann said “we stay in China” today.", VERSION_URL, "2024-06-02"),
            ("may", "May: Ann said “we stay in China” now.", VERSION_URL + "#archive", "2024-05-02"),
            ("other", "Bo said “we leave China” today.", "https://news.example/other", "2024-05-20")]
    with store.writer(path) as con:
        for aid, text, url, published in rows:
            article = Article(aid, text, file_name=f"{aid}.txt", title="Story", url=url, published=published)
            quote = text[text.index("“") + 1:text.index("”")]
            s = text.index(quote)
            st = Statement(s, s + len(quote), quote, "direct", text.split(": ")[-1].split(" ")[0], "Org", "US")
            store.add_batch(con, [article], [AnalyzedStatement(article, st, Prediction(
                "neutral", 0.5, {k: 0.5 if k == "neutral" else 0.25 for k in LABELS}, "m1"))])
    return path


SUPERSEDED_CASES = [  # (CLI arguments, the dashboard's Filters, article ids exported)
    ((), Filters(), {"june", "other"}),
    (("--include-superseded",), Filters(include_superseded=True), {"june", "may", "other"}),
    (("--include-superseded", "--from", "2024-05-10"), Filters(include_superseded=True,
                                                               published_from=date(2024, 5, 10)), {"june", "other"}),
    (("--to", "2024-05-10"), Filters(published_to=date(2024, 5, 10)), set()),  # the May text does not count
    (("--include-superseded", "--company", "Nobody"), Filters(include_superseded=True, company=("Nobody",)), set()),
]


@pytest.mark.parametrize("args, filters, expected", SUPERSEDED_CASES,
                         ids=[" ".join(a) or "default" for a, _, _ in SUPERSEDED_CASES])
def test_include_superseded_from_cli_and_dashboard(versions_store, tmp_path, args, filters, expected):
    cli = _cli_export(versions_store, tmp_path / "cli.csv", *args)
    download = dashboard.csv_builder(versions_store, filters)()
    assert cli == download.encode("utf-8")
    assert {r["article_id"] for r in _read(download)} == expected


@pytest.mark.parametrize("filters, marked", [
    (Filters(include_superseded=True), True), (Filters(include_superseded=True, company=("X",)), True),
    (Filters(), False), (Filters(company=("X",)), False),
])
def test_file_name_says_when_superseded_versions_are_in(filters, marked):
    name = export.file_name(filters.describe(), now=NOW)
    assert ("with-superseded" in name) == marked


@pytest.mark.parametrize("query, toggled, statements", [
    ({}, False, "2"), ({"superseded": "true"}, True, "3"), ({"superseded": "false"}, False, "2"),
])
def test_dashboard_toggle_is_bound_to_the_url(monkeypatch, versions_store, query, toggled, statements):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("STANCE_DB", str(versions_store))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=30)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.toggle(key="superseded").value is toggled
    assert {m.label: m.value for m in at.metric}["Statements"] == statements
    if not toggled:  # switching it on counts the older version (widget -> URL is the browser's job)
        at.toggle(key="superseded").set_value(True).run()
        assert {m.label: m.value for m in at.metric}["Statements"] == "3"


@pytest.mark.parametrize("value", [0.0, -0.0, 1.0, 0.75, 1 / 3, 0.1 + 0.2, 1e-4, 9.99e-5, 1e-05, 2.5e-07, 1e15, 1e16,
                                   1.5e16, 123456789.123, 5e-324, 1.7976931348623157e308, -0.5])
def test_duckdb_writes_a_double_as_python_repr(value):
    """export_csv_lines relies on it for the number columns; a DuckDB upgrade that changes it fails here."""
    import duckdb

    assert duckdb.connect().execute("SELECT ?::DOUBLE::VARCHAR", [value]).fetchone()[0] == repr(value)
