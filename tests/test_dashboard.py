"""The dashboard page, run headless with Streamlit's AppTest against real store files.

AppTest cannot click a row of ``st.dataframe`` or a plotly bar; it drives a
row selection the way a click ends up, by writing the table's selection state
into session state under the table's key, and the chart callbacks are called
directly with a plain dict as session state. A shared link is simulated with
``AppTest.query_params`` (the URL a bound widget reads on load); the way back,
widget -> URL, is the frontend's job and is checked in ``test_browser.py``,
together with canvas rendering, DOMPurify and the download itself.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dashboard
from conftest import SCRIPT
from stance import queries, store
from stance.queries import Filters
from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
TESTED_SCRIPT = f"{SCRIPT} is just a test"
MUSK = "We oppose decoupling from China."
GALLAGHER = "We must decouple from the Chinese Communist Party."
STATEMENTS = {"view": "Statements"}


def run_app(monkeypatch, path: Path, query: dict | None = None, add_open: bool = False) -> AppTest:
    """The page for ``path``; ``add_open``: with the (lazy) "Add articles" expander opened, as a click does."""
    monkeypatch.setenv("STANCE_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query or {})
    if add_open:
        at.session_state[dashboard.ADD_OPEN] = True
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def select_row(at: AppTest, text: str) -> AppTest:
    """Select the table row showing ``text``, as a click would, and rerun."""
    table = at.dataframe[0]
    position = table.value["text"].tolist().index(text)
    at.session_state[table.key] = {"selection": {"rows": [position], "columns": [], "cells": []}}
    return rerun(at)


def charts_of(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


@pytest.fixture
def writable_store(stance_store, tmp_path) -> Path:
    """A private copy of the fixture store, for tests that save corrections."""
    path = tmp_path / "copy.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    return path


# --- overview and charts -----------------------------------------------------------------------

def test_overview_counts_net_stance_and_charts(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    assert at.title[0].value == "China stance"
    # 1 pro-engagement, 2 pro-decoupling, 2 neutral: (1 - 2) / 5
    assert metrics(at) == {"Statements": "5", "Articles": "3", "Speakers": "3", "Organizations": "3",
                           "Net stance": "-0.20"}
    assert any("Net stance = share of pro-engagement" in c.value and "Last updated 20" in c.value
               for c in at.caption)
    assert [t.label for t in at.main.tabs] == list(dashboard.VIEWS)
    assert [s.value for s in at.subheader] == ["Stance by company"]  # one chart section at a time
    specs = charts_of(at)
    assert len(specs) == 1 and specs[0]["data"][0]["type"] == "bar"
    assert at.download_button[0].proto.deferred_file_id  # CSV is built on click, not per rerun
    assert not at.dataframe  # the table lives in the Statements tab
    assert not at.file_uploader  # the "Add articles" forms are built only when it is opened


@pytest.mark.parametrize("section, subheader, types", [
    (None, "Stance by company", ["bar"]),
    ("Companies", "Stance by company", ["bar"]),
    ("Countries", "Stance by country", ["choropleth", "bar"]),
    ("Speakers", "Stance by speaker (top 15)", ["bar"]),
    ("Over time", "Stance over time", ["bar"]),
    ("Nothing", "Stance by company", ["bar"]),  # an unknown section in a link falls back to the first
])
def test_each_chart_section_from_the_url(monkeypatch, stance_store, section, subheader, types):
    at = run_app(monkeypatch, stance_store.path, {"chart": section} if section else {})
    assert [s.value for s in at.subheader] == [subheader]
    specs = charts_of(at)
    assert [spec["data"][0]["type"] for spec in specs] == types
    if section == "Countries":
        assert specs[0]["data"][0]["locations"] == ["USA"]  # EU has no place on the map
    if section == "Over time":
        assert specs[0]["data"][-1]["name"] == "net stance"


def test_the_chart_control_switches_sections(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    control = at.get("button_group")[0]
    assert control.proto.label == "Chart"
    at.session_state[dashboard.CHART] = "Countries"
    rerun(at)
    assert len(charts_of(at)) == 2 and at.subheader[0].value == "Stance by country"


def test_bar_charts_use_the_fixed_label_colours_with_text(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    company = charts_of(at)[0]
    colours = {trace["name"]: trace["marker"]["color"] for trace in company["data"]}
    assert colours == {label: dashboard.LABEL_COLOURS[label] for label in LABELS}
    assert all(trace["textposition"] == "inside" and trace["text"] for trace in company["data"])


def test_company_sort_by_net_stance(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"sort": "net stance"})
    order = charts_of(at)[0]["layout"]["yaxis"]["categoryarray"][::-1]
    assert order == ["Tesla", "European Commission", "(unknown)", "House Select Committee on the CCP"]


@pytest.mark.parametrize("query, message", [
    ({"country": "EU", "chart": "Countries"}, "can be placed on the map"),
    ({"speaker": "A trader", "chart": "Over time"}, "no timeline"),  # an undated article
])
def test_chart_empty_states(monkeypatch, stance_store, query, message):
    at = run_app(monkeypatch, stance_store.path, query)
    assert any(message in i.value for i in at.info)


# --- filters and the URL -----------------------------------------------------------------------

@pytest.mark.parametrize("query, statements", [
    ({}, 5),
    ({"company": "Tesla"}, 2),
    ({"country": "EU"}, 1),
    ({"speaker": ["Dana Whitfield", "A trader"]}, 2),
    ({"stance": "neutral"}, 2),
    ({"published": ["2024-05-01", "2024-05-02"]}, 2),
    ({"published": ["2024-05-01", "2024-05-31"]}, 5),  # beyond the store's dates: dropped
    ({"min_confidence": "0.6"}, 3),
    ({"search": "DECOUPL"}, 2),
    ({"search": "decoupl", "company": "Tesla"}, 1),
    ({"company": "Nobody Inc"}, 5),  # an unknown value in a link is dropped, not an error
])
def test_a_shared_link_restores_the_filters(monkeypatch, stance_store, query, statements):
    at = run_app(monkeypatch, stance_store.path, {**query, **STATEMENTS})
    assert metrics(at)["Statements"] == str(statements)
    assert len(at.dataframe[0].value) == statements


def test_url_round_trip_builds_the_same_filters(monkeypatch, stance_store):
    link = {"company": "Tesla", "stance": ["neutral", "pro-engagement"], "published": ["2024-05-01", "2024-05-02"],
            "min_confidence": "0.3", "search": "test", **STATEMENTS}
    at = run_app(monkeypatch, stance_store.path, link)
    assert at.multiselect(key="company").value == ["Tesla"]
    assert at.multiselect(key="stance").value == ["neutral", "pro-engagement"]
    assert at.date_input(key="published").value == (date(2024, 5, 1), date(2024, 5, 2))
    assert at.slider(key="min_confidence").value == pytest.approx(0.3)
    assert at.text_input(key="search").value == "test"
    expected = Filters(company=("Tesla",), label=("neutral", "pro-engagement"), published_from=date(2024, 5, 1),
                       published_to=date(2024, 5, 2), min_confidence=0.3, search="test")
    with store.reader(stance_store.path) as con:
        assert metrics(at)["Statements"] == str(queries.totals(con, expected)["statements"]) == "1"
    assert at.dataframe[0].value["text"].tolist() == [TESTED_SCRIPT]


@pytest.mark.parametrize("key, values, statements", [
    ("company", ["Tesla"], 2),
    ("stance", ["pro-decoupling"], 2),
])
def test_a_sidebar_widget_narrows_counts_and_table(monkeypatch, stance_store, key, values, statements):
    at = run_app(monkeypatch, stance_store.path, STATEMENTS)
    at.multiselect(key=key).set_value(values)
    rerun(at)
    assert metrics(at)["Statements"] == str(statements)
    assert len(at.dataframe[0].value) == statements


def test_search_treats_wildcards_literally(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, STATEMENTS)
    at.text_input(key="search").input("%")
    rerun(at)
    assert "No statements match" in at.warning[0].value


def test_clear_all_filters(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"company": "Tesla", "search": "oppose", "min_confidence": "0.5"})
    assert metrics(at)["Statements"] == "1"
    next(b for b in at.button if b.label == "Clear all filters").click()
    rerun(at)
    assert metrics(at)["Statements"] == "5"
    assert at.text_input(key="search").value == "" and at.multiselect(key="company").value == []


def test_a_filter_without_matches_warns(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"company": "Tesla", "stance": "pro-decoupling"})
    assert "No statements match" in at.warning[0].value
    assert not at.dataframe and not at.get("plotly_chart")


@pytest.mark.parametrize("picked, expected", [
    ((date(2024, 4, 1), date(2024, 5, 2)), (None, None)),  # the full range: undated articles stay
    ((date(2024, 4, 2), date(2024, 5, 2)), (date(2024, 4, 2), None)),
    ((date(2024, 4, 1), date(2024, 4, 30)), (None, date(2024, 4, 30))),
    ((date(2024, 4, 5),), (date(2024, 4, 5), None)),  # half-picked range
    ((), (None, None)),
])
def test_make_filters_dates(picked, expected):
    f = dashboard.make_filters({}, picked, (date(2024, 4, 1), date(2024, 5, 2)), 0.0, "  x ")
    assert (f.published_from, f.published_to) == expected
    assert f.search == "x"


# --- chart clicks --------------------------------------------------------------------------

@pytest.mark.parametrize("state, read, target, expected", [
    ({"selection": {"points": [{"x": 1, "y": "Tesla", "customdata": ["Tesla"]}]}}, "selected_name", "company",
     ["Tesla"]),
    ({"selection": {"points": [{"location": "DEU", "z": 0.5, "customdata": "DE"}]}}, "selected_country", "country",
     ["DE"]),
    ({"selection": {"points": [{"customdata": ["(unknown)"]}]}}, "selected_name", "company", None),
    ({"selection": {"points": []}}, "selected_name", "speaker", None),
    (None, "selected_name", "speaker", None),
])
def test_a_bar_click_sets_its_filter(monkeypatch, state, read, target, expected):
    session = {"chart": state, target: ["before"]}
    monkeypatch.setattr(dashboard.st, "session_state", session)
    dashboard.on_bar_click("chart", target, getattr(dashboard.charts, read))
    assert session[target] == (expected or ["before"])


@pytest.mark.parametrize("x, period, expected", [
    ("2024-04-01", "month", (date(2024, 4, 1), date(2024, 4, 30))),
    ("2024-03-25", "week", (date(2024, 4, 1), date(2024, 3, 31))),  # clipped to the store's dates
    ("2024-05-01", "month", (date(2024, 5, 1), date(2024, 5, 2))),
])
def test_a_period_click_sets_the_dates(monkeypatch, x, period, expected):
    session = {"chart": {"selection": {"points": [{"x": x, "customdata": [x]}]}}}
    monkeypatch.setattr(dashboard.st, "session_state", session)
    dashboard.on_period_click("chart", period, (date(2024, 4, 1), date(2024, 5, 2)))
    assert session[dashboard.DATES] == expected


# --- states of the store -----------------------------------------------------------------------

def test_missing_store_says_how_to_make_one(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path / "nowhere.duckdb")
    assert "no store" in at.info[0].value and "ingest" in at.info[0].value
    assert not at.error
    assert not (tmp_path / "nowhere.duckdb").exists()  # looking must not create a store


def test_empty_store_says_so(monkeypatch, empty_store):
    at = run_app(monkeypatch, empty_store)
    assert "empty" in at.info[0].value
    assert not at.metric and not at.dataframe


def test_a_version_1_store_is_migrated_on_load(monkeypatch, tmp_path):
    from test_store_migration import V1_DDL  # the frozen version 1 schema
    import duckdb
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    for ddl in V1_DDL:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles VALUES ('a', 'a.txt', 'T', NULL, NULL, DATE '2024-01-02', 'en', "
                "'Ann said “hello there”.', now()::TIMESTAMP)")
    con.execute("INSERT INTO statements VALUES ('s1', 'a', 1, 10, 21, 'hello there', 'direct', 'Ann', 'Org', 'US')")
    con.close()
    at = run_app(monkeypatch, path, STATEMENTS)
    assert metrics(at)["Statements"] == "1" and metrics(at)["Net stance"] == "–"  # unlabelled only
    assert at.dataframe[0].value["stance"].tolist() == ["unlabelled"]
    with store.reader(path) as con:
        assert store.schema_version(con) == store.SCHEMA_VERSION


def test_unreadable_store_shows_an_error_not_a_traceback(monkeypatch, tmp_path):
    path = tmp_path / "broken.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    at = run_app(monkeypatch, path)
    assert at.error and str(path) in at.error[0].value


# --- table, selection, detail --------------------------------------------------------------------

def test_statements_tab_table(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, STATEMENTS)
    table = at.dataframe[0].value
    assert list(table.columns) == dashboard.TABLE_COLUMNS
    assert set(table["statement_id"]) == set(stance_store.ids.values())
    assert not at.html  # no detail until a statement is selected


def test_selected_row_shows_escaped_detail(monkeypatch, stance_store):
    at = select_row(run_app(monkeypatch, stance_store.path, STATEMENTS), TESTED_SCRIPT)
    info, article = (h.value for h in at.html)
    assert "<script" not in info + article
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt; is just a test</mark>" in article
    assert "Vogt in Beijing" in info and "neutral (uncertain)" in info
    assert "0.40" in info and "test-1" in info and "engagement 0.30" in info
    assert '<a href="https://example.com/a1"' in info
    assert at.query_params["statement"] == stance_store.ids[TESTED_SCRIPT]  # the selection is a link


def test_selection_keeps_meaning_the_clicked_statement_after_the_rows_change(monkeypatch, stance_store):
    at = select_row(run_app(monkeypatch, stance_store.path, STATEMENTS), MUSK)
    assert "<mark>We oppose decoupling from China.</mark>" in at.html[1].value
    # Narrowing the table moves other rows into the clicked position: the detail must not follow them.
    at.multiselect(key="company").set_value(["European Commission"])
    rerun(at)
    assert "<mark>We oppose decoupling from China.</mark>" in at.html[1].value
    assert any("not among the filtered statements" in c.value for c in at.caption)


def test_statement_query_param_opens_its_detail(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": stance_store.ids[MUSK], **STATEMENTS})
    assert "<mark>We oppose decoupling from China.</mark>" in at.html[1].value


def test_hostile_title_and_url_are_inert(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": stance_store.ids[GALLAGHER], **STATEMENTS})
    info = at.html[0].value
    assert "**Bold** [link](javascript:alert(2))" in info  # shown as typed, never as markdown
    assert "href" not in info  # a javascript: URL is text, not a link
    assert "javascript:alert(3)" in info


def test_unknown_statement_query_param_warns_without_echoing(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": "[evil](https://evil.example)", **STATEMENTS})
    assert "not in the store" in at.warning[0].value
    assert "evil" not in at.warning[0].value
    assert not at.html


@pytest.mark.parametrize("text, start, end, expected", [
    ("say <b>hi</b> now", 4, 13, "say <mark>&lt;b&gt;hi&lt;/b&gt;</mark> now"),
    ("a & b", 0, 1, "<mark>a</mark> &amp; b"),
    ("short", 2, 99, "short"),  # offsets beyond the text: no highlight rather than a wrong one
    ("short", 3, 3, "short"),
    ("<i>x</i>", -1, 2, "&lt;i&gt;x&lt;/i&gt;"),
])
def test_article_html_escapes_and_highlights(text, start, end, expected):
    html = dashboard.article_html(text, start, end)
    assert html.startswith("<div") and html.endswith("</div>")
    assert html[html.index(">") + 1:-len("</div>")] == expected


# --- corrections ---------------------------------------------------------------------------

def _correct(at: AppTest, label: str, note: str, analyst: str) -> AppTest:
    at.selectbox(key="correction_label").set_value(label)
    at.text_input(key="correction_note").input(note)
    at.text_input(key="correction_analyst").input(analyst)
    at.button(key="FormSubmitter:correction-Save correction").click()
    return rerun(at)


def test_a_correction_round_trip(monkeypatch, writable_store, stance_store):
    sid = stance_store.ids[TESTED_SCRIPT]
    at = run_app(monkeypatch, writable_store, {"statement": sid, **STATEMENTS})
    _correct(at, "pro-engagement", "<b>sarcasm</b>, not a test", "ana")
    assert "Saved" in at.success[0].value
    info = at.html[0].value
    assert "corrected: pro-engagement (model: neutral)" in info
    assert "&lt;b&gt;sarcasm&lt;/b&gt;, not a test — ana" in info
    table = at.dataframe[0].value.set_index("statement_id")
    assert table.loc[sid, "corrected"] and table.loc[sid, "stance"] == "pro-engagement"
    assert metrics(at)["Net stance"] == "+0.00"  # the correction counts: (2 - 2) / 5
    rows = list(csv.DictReader(io.StringIO(dashboard.csv_builder(writable_store, Filters())())))
    row = next(r for r in rows if r["statement_id"] == sid)
    assert (row["label"], row["corrected_label"], row["correction_note"]) == (
        "neutral", "pro-engagement", "<b>sarcasm</b>, not a test")
    assert row["corrected_at"].startswith("20")


@pytest.mark.parametrize("note, analyst", [("", "ana"), ("fine", "")])
def test_an_incomplete_correction_is_refused(monkeypatch, writable_store, stance_store, note, analyst):
    at = run_app(monkeypatch, writable_store, {"statement": stance_store.ids[MUSK], **STATEMENTS})
    _correct(at, "neutral", note, analyst)
    assert "Not saved" in at.error[0].value
    with store.reader(writable_store) as con:
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


# --- speaker and organization views --------------------------------------------------------------

@pytest.mark.parametrize("query, rows", [
    ({"view": "Speakers", "speaker_view": "Lena Vogt"}, [MUSK]),
    ({"view": "Organizations", "company_view": "Tesla"}, [MUSK, TESTED_SCRIPT]),
    ({"view": "Organizations", "company_view": "Tesla", "speaker": "Dana Whitfield"}, [MUSK, TESTED_SCRIPT]),
])
def test_person_views_list_statements(monkeypatch, stance_store, query, rows):
    at = run_app(monkeypatch, stance_store.path, query)
    assert at.dataframe[0].value["text"].tolist() == rows
    assert charts_of(at)[0]["data"][-1]["name"] == "net stance"


@pytest.mark.parametrize("query, message", [
    ({"view": "Speakers"}, "Choose a speaker"),
    ({"view": "Organizations"}, "Choose a organization"),
    ({"view": "Speakers", "speaker_view": "Lena Vogt", "stance": "neutral"}, "No statements of this speaker"),
])
def test_person_view_empty_states(monkeypatch, stance_store, query, message):
    at = run_app(monkeypatch, stance_store.path, query)
    assert any(message in i.value for i in at.info)
    assert not at.dataframe


def test_detail_links_to_the_speaker_view(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": stance_store.ids[MUSK], **STATEMENTS})
    at.button(key=f"see-speaker-{stance_store.ids[MUSK]}").click()
    rerun(at)
    assert at.selectbox(key="speaker_view").value == "Lena Vogt"
    assert at.dataframe[0].value["text"].tolist() == [MUSK]


# --- export --------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, rows", [
    (Filters(), 5), (Filters(company=("Tesla",)), 2), (Filters(search="decoupl"), 2),
    (Filters(published_from=date(2024, 5, 1)), 2),
])
def test_download_builds_exactly_the_filtered_rows(stance_store, filters, rows):
    text = dashboard.csv_builder(stance_store.path, filters)()
    assert len(list(csv.DictReader(io.StringIO(text)))) == rows


# --- paging --------------------------------------------------------------------------------

@pytest.fixture
def big_store(tmp_path) -> Path:
    """150 statements, one per article, more than one page of the table."""
    articles, analyzed = [], []
    for i in range(150):
        quote = f"Quote number {i}."
        article = Article(f"b{i:03d}", f"Person {i} said “{quote}” today.", published=f"2024-01-{1 + i % 28:02d}")
        start = article.text.index(quote)
        label = LABELS[i % 3]
        analyzed.append(AnalyzedStatement(
            article, Statement(start, start + len(quote), quote, "direct", f"Person {i}", f"Org {i % 30}", "US"),
            Prediction(label, 0.8, {name: 0.8 if name == label else 0.1 for name in LABELS}, "t")))
        articles.append(article)
    path = tmp_path / "big.duckdb"
    with store.writer(path) as con:
        store.add_batch(con, articles, analyzed)
    return path


def test_top_companies_only(monkeypatch, big_store):
    spec = charts_of(run_app(monkeypatch, big_store))[0]
    assert len({trace["name"] for trace in spec["data"]}) == 3
    assert len({org for trace in spec["data"] for org in trace["y"]}) == dashboard.TOP_COMPANIES  # of 30


def test_second_page_and_its_selection(monkeypatch, big_store):
    at = run_app(monkeypatch, big_store, STATEMENTS)
    assert len(at.dataframe[0].value) == dashboard.PAGE_SIZE
    at.number_input[0].set_value(2)
    rerun(at)
    page = at.dataframe[0].value["text"].tolist()
    assert len(page) == 50
    assert any(c.value.startswith("Statements 101–150 of 150") for c in at.caption)
    select_row(at, page[7])
    assert f"<mark>{page[7]}</mark>" in at.html[1].value


# --- add articles --------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
VOGT = "Lena Vogt, Tesla's chief executive, said: “We oppose decoupling from China.”"
BERG = "“We must reduce our dependence on Chinese suppliers,” Jonas Berg, chief executive of Halden Motors AG, said."
UPLOAD = "FormSubmitter:add_upload-Add these files"
PASTE = "FormSubmitter:add_paste-Add this text"


def _upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    at.file_uploader(key="add_files").set_value([(name, data, "application/octet-stream") for name, data in files])
    at.button(key=UPLOAD).click()
    return rerun(at)


def _paste(at: AppTest, text: str, title: str = "", url: str = "", published: date | None = None) -> AppTest:
    at.text_area(key="add_text").input(text)
    at.text_input(key="add_title").input(title)
    at.text_input(key="add_url").input(url)
    if published:
        at.date_input(key="add_published").set_value(published)
    at.button(key=PASTE).click()
    return rerun(at)


def _errors_shown(at: AppTest) -> list[tuple[str, str]]:
    frames = [d.value for d in at.dataframe if list(d.value.columns) == ["item", "reason"]]
    return [tuple(r) for r in frames[0].itertuples(index=False)] if frames else []


def _stored_articles(path: Path) -> dict[str, tuple]:
    with store.reader(path) as con:
        return {text: (title, url, published) for text, title, url, published in
                con.execute("SELECT text, title, url, published FROM articles").fetchall()}


@pytest.mark.slow
def test_upload_stores_good_files_and_reports_bad_ones(monkeypatch, model_dir, tmp_path):
    db = tmp_path / "new.duckdb"  # no store yet: the upload creates it
    at = run_app(monkeypatch, db, add_open=True)
    assert "no store" in at.info[0].value
    rows = "\n".join([json.dumps({"text": BERG, "title": "Row one", "published": "2024-03-01"}), "{broken",
                      json.dumps({"title": "no text"})])
    at = _upload(at, [("vogt.txt", VOGT.encode()), ("vogt.json", b'{"title": "Vogt in Beijing", "published": '
                                                                  b'"2024-05-02", "url": "https://example.com/v"}'),
                      ("rows.jsonl", rows.encode()), ("blob.txt", b"\x00\x01\x02\x03" * 64), ("empty.txt", b""),
                      ("orphan.json", b"{}")])
    assert [s.value for s in at.success] == []
    assert at.warning[0].value == "2 articles added, 0 already stored, 2 statements found, 5 errors"
    assert sorted(_errors_shown(at)) == [
        ("blob.txt", "binary file, not text"), ("empty.txt", "empty file"),
        ("orphan.json", "a .json is read only as the metadata of a .txt of the same name"),
        ("rows.jsonl:2", "not valid JSON (Expecting property name enclosed in double quotes)"),
        ("rows.jsonl:3", "empty article text")]
    assert _stored_articles(db) == {VOGT: ("Vogt in Beijing", "https://example.com/v", date(2024, 5, 2)),
                                    BERG: ("Row one", None, date(2024, 3, 1))}
    assert metrics(at)["Articles"] == "2" and metrics(at)["Statements"] == "2"  # the new articles show at once
    # The same files again: nothing new, every article a duplicate.
    at = _upload(at, [("vogt.txt", VOGT.encode()), ("again.csv", ("text,title\n\"" + BERG + "\",x\n").encode())])
    assert at.success[0].value == "0 articles added, 2 already stored, 0 statements found, 0 errors"
    assert not _errors_shown(at)


@pytest.mark.slow
def test_paste_with_metadata_then_the_same_text_again(monkeypatch, model_dir, empty_store):
    at = run_app(monkeypatch, empty_store, add_open=True)
    assert "empty" in at.info[0].value
    at = _paste(at, BERG, title="<b>Halden</b>", url="https://example.com/h", published=date(2024, 2, 3))
    assert at.success[0].value == "1 articles added, 0 already stored, 1 statements found, 0 errors"
    assert _stored_articles(empty_store) == {BERG: ("<b>Halden</b>", "https://example.com/h", date(2024, 2, 3))}
    at = _paste(at, "  " + BERG.upper() + "\n")  # the same text, differently spaced and cased
    assert at.success[0].value == "0 articles added, 1 already stored, 0 statements found, 0 errors"
    assert metrics(at)["Articles"] == "1"


@pytest.mark.parametrize("action, expected", [
    (lambda at: _paste(at, "   \n\t "), [("pasted text", "empty file")]),
    (lambda at: _upload(at, [("big.txt", b"a" * 2_000_001)]), [("big.txt", "2000001 bytes, over the 2000000-byte limit")]),
    (lambda at: _upload(at, [("rows.jsonl", json.dumps({"text": "x" * 2_000_001}).encode())]),
     [("rows.jsonl:1", "article over the 2000000-byte limit")]),
    (lambda at: _upload(at, [("page.html", b"<html><body><script>var a = 1;</script></body></html>")]),
     [("page.html", "no article text found in the HTML")]),
    (lambda at: _upload(at, [("x.csv", b"title\nonly a title\n")]), [("x.csv", "CSV needs a header with a 'text' column")]),
])
def test_bad_items_are_reported_and_nothing_is_stored(monkeypatch, empty_store, action, expected):
    at = action(run_app(monkeypatch, empty_store, add_open=True))
    assert at.warning[0].value == f"0 articles added, 0 already stored, 0 statements found, {len(expected)} errors"
    assert _errors_shown(at) == expected
    assert _stored_articles(empty_store) == {}


def test_upload_without_files_asks_for_them(monkeypatch, empty_store):
    at = run_app(monkeypatch, empty_store, add_open=True)
    at.button(key=UPLOAD).click()
    rerun(at)
    assert at.warning[0].value == "Choose one or more files first."


def test_a_missing_model_is_one_sentence(monkeypatch, empty_store, tmp_path):
    monkeypatch.setenv("STANCE_MODEL_DIR", str(tmp_path / "no-model"))
    at = _paste(run_app(monkeypatch, empty_store, add_open=True), BERG)
    assert "Not added: there is no trained model" in at.error[0].value
    assert _stored_articles(empty_store) == {}


def test_upload_limit_comes_from_the_server_config(monkeypatch, empty_store):
    import tomllib
    limit = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]
    assert 1 <= limit < 200  # MB; set on purpose, below Streamlit's default of 200
    monkeypatch.chdir(REPO)
    at = run_app(monkeypatch, empty_store, add_open=True)
    uploader = at.file_uploader(key="add_files")
    assert uploader.proto.max_upload_size_mb == limit
    assert f"At most {limit} MB per file" in uploader.help
    assert set(uploader.allowed_type) == {".txt", ".html", ".htm", ".jsonl", ".csv", ".json"}


@pytest.mark.parametrize("section, key, expected", [
    ("server", "enableXsrfProtection", True),
    ("server", "enableCORS", True),
    ("server", "maxUploadSize", 50),
    ("server", "fileWatcherType", "none"),  # watching the repository folder slows every cold start
    ("browser", "gatherUsageStats", False),
    ("client", "showErrorDetails", "none"),
    ("client", "toolbarMode", "viewer"),
    ("client", "disableDataExport", True),
])
def test_server_settings(section, key, expected):
    """Issue 8's server settings, as Streamlit reads them from the repo's config file."""
    import tomllib
    settings = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert settings[section][key] == expected


@pytest.mark.slow
def test_upload_with_an_impossible_date_and_a_lone_surrogate_keeps_the_good_row(monkeypatch, model_dir, empty_store):
    rows = "\n".join([json.dumps({"text": BERG, "title": "Good row", "published": "2024-03-01"}),
                      json.dumps({"text": VOGT, "published": "2024-02-30"}),
                      '{"text": "Broken \\ud800 text said the minister."}'])  # a lone surrogate escape, as sent
    at = _upload(run_app(monkeypatch, empty_store, add_open=True), [("rows.jsonl", rows.encode())])
    assert at.warning[0].value.endswith(", 2 errors")
    assert _errors_shown(at) == [
        ("rows.jsonl:2", "'published' is not a real date: '2024-02-30'"),
        ("rows.jsonl:3", "text is not valid Unicode (a lone surrogate such as \\ud800)")]
    assert _stored_articles(empty_store) == {BERG: ("Good row", None, date(2024, 3, 1))}
    assert metrics(at)["Articles"] == "1"


# --- cold start: capped name lists, cached aggregates ----------------------------------------

@pytest.mark.parametrize("count, shown, typed", [
    (0, 0, False),
    (dashboard.OPTION_LIMIT, dashboard.OPTION_LIMIT, False),  # all fit: an unknown name in a link is dropped
    (dashboard.OPTION_LIMIT + 1, dashboard.OPTION_LIMIT, True),
    (100_000, dashboard.OPTION_LIMIT, True),
])
def test_name_lists_send_at_most_the_limit_and_take_typed_names_beyond_it(count, shown, typed):
    names = [f"name {i}" for i in range(count)]
    args = dashboard.name_options(names)
    assert args["options"] == names[:shown]  # the most frequent first, as filter_options orders them
    assert args.get("accept_new_options", False) is typed
    assert ("help" in args) is typed


def test_store_stamp_changes_with_every_write(empty_store):
    stamps = [dashboard.store_stamp(empty_store)]
    with store.writer(empty_store) as con:
        store.add_batch(con, [Article("a1", TESTED_SCRIPT, title="t")], [])
    stamps.append(dashboard.store_stamp(empty_store))
    assert stamps[0] != stamps[1]
    assert dashboard.store_stamp(empty_store) == stamps[1]  # reading does not change it


def test_cached_views_show_a_write_from_another_process_on_the_next_run(monkeypatch, tmp_path, stance_store):
    db = tmp_path / "copy.duckdb"
    db.write_bytes(stance_store.path.read_bytes())
    at = run_app(monkeypatch, db)
    before = metrics(at)
    assert metrics(rerun(at)) == before  # nothing written: the same numbers (from the cache)
    statement = stance_store.ids[TESTED_SCRIPT]
    with store.writer(db) as con:  # as a correction from another browser tab would
        store.add_correction(con, statement, "pro-decoupling", "re-read the article", "analyst")
    at = rerun(at)
    with store.reader(db) as con:
        expected = queries.overview(con, Filters())
    assert metrics(at)["Net stance"] == f"{expected['net']:+.2f}" != before["Net stance"]
