"""The dashboard page, run headless with Streamlit's AppTest against real store files.

AppTest cannot click a row of ``st.dataframe``; it drives a selection the way a
click ends up, by writing the table's selection state into session state under
the table's key. What it cannot check is in the browser: canvas rendering of
the table, DOMPurify's sanitising of ``st.html`` and the deferred download
itself (its builder is tested directly below).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dashboard
from conftest import SCRIPT
from stance import store
from stance.queries import Filters
from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
TESTED_SCRIPT = f"{SCRIPT} is just a test"
MUSK = "We oppose decoupling from China."


def run_app(monkeypatch, path: Path, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("STANCE_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query or {})
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
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_renders_counts_chart_table_and_download(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    assert at.title[0].value == "China stance"
    assert metrics(at) == {"Statements": "5", "Articles": "3", "Speakers": "3", "Organizations": "3"}
    assert any(c.value.startswith("Last updated 20") for c in at.caption)
    assert list(at.dataframe[0].value.columns) == dashboard.TABLE_COLUMNS
    assert len(at.dataframe[0].value) == 5
    assert at.download_button[0].proto.deferred_file_id  # CSV is built on click, not per rerun
    assert not at.html  # no detail until a statement is selected


def test_chart_uses_the_fixed_label_colours(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    colours = {trace["name"]: trace["marker"]["color"] for trace in spec["data"]}
    assert colours == {label: dashboard.LABEL_COLOURS[label]
                       for label in ("pro-engagement", "pro-decoupling", "neutral")}
    assert all(trace["textposition"] == "inside" for trace in spec["data"])


@pytest.mark.parametrize("key, values, statements", [
    ("filter_company", ["Tesla"], 2),
    ("filter_country", ["EU"], 1),
    ("filter_speaker", ["Dana Whitfield", "A trader"], 2),
    ("filter_label", ["neutral"], 2),
])
def test_a_filter_narrows_counts_and_table(monkeypatch, stance_store, key, values, statements):
    at = run_app(monkeypatch, stance_store.path)
    at.multiselect(key=key).set_value(values).run()
    assert not at.exception
    assert metrics(at)["Statements"] == str(statements)
    assert len(at.dataframe[0].value) == statements


def test_a_filter_without_matches_warns(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path)
    at.multiselect(key="filter_company").set_value(["Tesla"])
    at.multiselect(key="filter_label").set_value(["pro-decoupling"]).run()
    assert not at.exception
    assert "No statements match" in at.warning[0].value
    assert not at.dataframe


def test_missing_store_says_how_to_make_one(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path / "nowhere.duckdb")
    assert "no store" in at.info[0].value and "ingest" in at.info[0].value
    assert not at.error
    assert not (tmp_path / "nowhere.duckdb").exists()  # looking must not create a store


def test_empty_store_says_so(monkeypatch, empty_store):
    at = run_app(monkeypatch, empty_store)
    assert "empty" in at.info[0].value
    assert not at.metric and not at.dataframe


def test_unreadable_store_shows_an_error_not_a_traceback(monkeypatch, tmp_path):
    path = tmp_path / "broken.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    at = run_app(monkeypatch, path)
    assert at.error and str(path) in at.error[0].value


def test_selected_row_shows_escaped_detail(monkeypatch, stance_store):
    at = select_row(run_app(monkeypatch, stance_store.path), TESTED_SCRIPT)
    info, article = (h.value for h in at.html)
    assert "<script" not in info + article
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt; is just a test</mark>" in article
    assert "Vogt in Beijing" in info and "neutral (uncertain)" in info
    assert "0.40" in info and "test-1" in info
    assert '<a href="https://example.com/a1"' in info


def test_selection_means_the_clicked_row_after_the_rows_change(monkeypatch, stance_store):
    at = select_row(run_app(monkeypatch, stance_store.path), MUSK)
    assert "<mark>We oppose decoupling from China.</mark>" in at.html[1].value
    # Narrowing the table moves other rows into the clicked position: the old selection must not follow.
    at.multiselect(key="filter_company").set_value(["European Commission"]).run()
    assert not at.exception
    assert not at.html


def test_statement_query_param_opens_its_detail(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": stance_store.ids[MUSK]})
    assert "<mark>We oppose decoupling from China.</mark>" in at.html[1].value


def test_hostile_title_and_url_are_inert(monkeypatch, stance_store):
    gallagher = "We must decouple from the Chinese Communist Party."
    at = run_app(monkeypatch, stance_store.path, {"statement": stance_store.ids[gallagher]})
    info = at.html[0].value
    assert "**Bold** [link](javascript:alert(2))" in info  # shown as typed, never as markdown
    assert "href" not in info  # a javascript: URL is text, not a link
    assert "javascript:alert(3)" in info


def test_unknown_statement_query_param_warns_without_echoing(monkeypatch, stance_store):
    at = run_app(monkeypatch, stance_store.path, {"statement": "[evil](https://evil.example)"})
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


@pytest.mark.parametrize("filters, rows", [(Filters(), 5), (Filters(company=("Tesla",)), 2)])
def test_download_builds_exactly_the_filtered_rows(stance_store, filters, rows):
    text = dashboard.csv_builder(stance_store.path, filters)()
    assert len(list(csv.DictReader(io.StringIO(text)))) == rows


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


def test_second_page_and_its_selection(monkeypatch, big_store):
    at = run_app(monkeypatch, big_store)
    assert len(at.dataframe[0].value) == dashboard.PAGE_SIZE
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len({trace["name"] for trace in spec["data"]}) == 3
    assert len({org for trace in spec["data"] for org in trace["y"]}) == dashboard.TOP_COMPANIES  # of 30
    at.number_input[0].set_value(2).run()
    assert not at.exception
    page = at.dataframe[0].value["text"].tolist()
    assert len(page) == 50
    assert any(c.value.startswith("Statements 101–150 of 150") for c in at.caption)
    select_row(at, page[7])
    assert f"<mark>{page[7]}</mark>" in at.html[1].value
