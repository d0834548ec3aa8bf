"""China stance dashboard: who argues for engagement with China, who for decoupling.

Run with ``streamlit run dashboard.py``; the store is ``STANCE_DB``.

A thin shell: sidebar widgets -> a ``Filters`` value -> ``stance.queries`` ->
rendering. Each rerun opens one read-only store connection and closes it, and
nothing is cached, so a new ingest shows on the next interaction.

Everything read from the store (article text, titles, names, URLs) is untrusted
input. It is shown only through ``st.dataframe`` and plotly (plain text, with
names escaped for plotly's own tag markup) or ``html.escape``d into ``st.html``
(which sanitises with DOMPurify and runs no scripts). Never through markdown.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import duckdb
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from stance import config, export, queries, store
from stance.records import LABELS

if TYPE_CHECKING:
    import pandas as pd

PAGE_SIZE = 100
TOP_COMPANIES = 25
UNLABELLED = "unlabelled"
# Okabe-Ito colours, safe for the common colour-vision deficiencies; fixed per label.
LABEL_COLOURS = {"pro-engagement": "#0072B2", "pro-decoupling": "#D55E00", "neutral": "#999999",
                 UNLABELLED: "#DDDDDD"}
FILTERS = (("company", "Company"), ("country", "Country"), ("speaker", "Speaker"), ("label", "Stance"))
TABLE_COLUMNS = ["published", "speaker", "organization", "country", "label", "confidence", "kind", "text"]
STATEMENT_PARAM = "statement"  # ?statement=<statement_id> opens that statement's detail


def main() -> None:
    st.set_page_config(page_title="China stance", layout="wide")
    st.title("China stance")
    path = config.db_path()
    if not path.exists():
        st.info(f"There is no store at `{path}` yet. Run `python -m stance ingest` to create one, "
                "or point `STANCE_DB` at an existing store.")
        return
    try:
        with store.reader(path) as con:
            render(con, path)
    except store.StoreError as exc:
        st.error(str(exc))
    except duckdb.Error as exc:  # e.g. a file that is not a stance store
        st.error(f"The store at `{path}` could not be read: {exc}")


def render(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """The whole page for an existing store."""
    if queries.totals(con, queries.Filters())["statements"] == 0:
        st.info("The store is empty: no statements have been ingested yet. "
                "Run `python -m stance ingest` to add articles.")
        return
    filters = sidebar_filters(queries.filter_options(con))
    counts = queries.totals(con, filters)
    render_counts(counts, queries.last_updated(con))
    if counts["statements"] == 0:
        st.warning("No statements match these filters. Remove a filter in the sidebar to see more.")
        return
    render_chart(queries.stance_by_company(con, filters, top=TOP_COMPANIES))
    ids = render_table(con, filters, counts["statements"])
    render_download(path, filters)
    statement = selected_statement_id(ids)
    if statement:
        render_detail(queries.statement_detail(con, statement))


# --- sidebar -------------------------------------------------------------------------------

def sidebar_filters(options: dict[str, list[str]]) -> queries.Filters:
    """One multiselect per filter; nothing selected means "any"."""
    with st.sidebar:
        st.header("Filters")
        chosen = {name: tuple(st.multiselect(label, options[name], key=f"filter_{name}"))
                  for name, label in FILTERS}
    return queries.Filters(**chosen)


# --- summary -------------------------------------------------------------------------------

def render_counts(counts: dict[str, int], updated: str | None) -> None:
    for column, (name, value) in zip(st.columns(len(counts)), counts.items()):
        column.metric(name.capitalize(), f"{value:,}")
    st.caption(f"Last updated {updated} UTC" if updated else "Last updated: unknown")


def stance_figure(by_company: pd.DataFrame) -> go.Figure:
    """Horizontal stacked bars, one per organization, coloured by label."""
    frame = by_company.assign(
        label=by_company["label"].fillna(UNLABELLED),
        # plotly reads <b>, <a href> etc. in category names as markup; escaped, they show as typed.
        organization=by_company["organization"].map(html.escape),
    )
    fig = px.bar(frame, x="statements", y="organization", color="label", orientation="h",
                 text="statements", color_discrete_map=LABEL_COLOURS,
                 category_orders={"label": [*LABELS, UNLABELLED]},
                 labels={"statements": "Statements", "organization": "Organization", "label": "Stance"})
    fig.update_traces(textposition="inside", insidetextanchor="middle")
    fig.update_layout(barmode="stack", yaxis={"categoryorder": "total ascending", "title": None},
                      height=120 + 28 * frame["organization"].nunique(), margin={"t": 30})
    return fig


def render_chart(by_company: pd.DataFrame) -> None:
    st.subheader("Stance by company")
    st.plotly_chart(stance_figure(by_company), width="stretch")
    st.caption(f"Up to {TOP_COMPANIES} organizations, those with the most statements under the current filters.")


# --- table and selection -------------------------------------------------------------------

def render_table(con: duckdb.DuckDBPyConnection, filters: queries.Filters, total: int) -> list[str]:
    """One page of statements with single-row selection; returns the page's statement ids."""
    st.subheader("Statements")
    pages = max(1, -(-total // PAGE_SIZE))
    page_number = 1
    if pages > 1:
        # Keyed by the filters so that a narrower filter never keeps a page number beyond its end.
        page_number = st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1,
                                      key="page-" + _fingerprint(repr(filters)))
    page = queries.statements_page(con, filters, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
    ids = page["statement_id"].tolist()
    st.dataframe(
        page.set_index("statement_id")[TABLE_COLUMNS], hide_index=True,
        on_select="rerun", selection_mode="single-row",
        # A selection is a row position. Keying the table by the ids it shows makes any change
        # of rows (filter, page, new ingest) start a fresh selection, so a position always
        # means the row the analyst clicked, never whatever row moved into its place.
        key=table_key(ids),
        column_config={
            "published": st.column_config.DateColumn("Published"),
            "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
            "text": st.column_config.TextColumn("Statement", width="large"),
        },
    )
    st.caption(f"Statements {(page_number - 1) * PAGE_SIZE + 1:,}–{(page_number - 1) * PAGE_SIZE + len(ids):,} "
               f"of {total:,}, newest first. Select a row to read it in its article.")
    return ids


def table_key(ids: list[str]) -> str:
    return "statements-" + _fingerprint("|".join(ids))


def _fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def selected_statement_id(ids: list[str]) -> str | None:
    """The statement to show in detail: the selected table row, else ``?statement=<id>``.

    A click lands in session state under the table's key, which is also where
    AppTest writes a selection; the query parameter makes a statement linkable.
    """
    state = st.session_state.get(table_key(ids))
    rows = state["selection"]["rows"] if state else []
    if rows and 0 <= rows[0] < len(ids):
        return ids[rows[0]]
    return st.query_params.get(STATEMENT_PARAM) or None


# --- export --------------------------------------------------------------------------------

def render_download(path: Path, filters: queries.Filters) -> None:
    st.download_button("Download these statements (CSV)", data=csv_builder(path, filters), mime="text/csv",
                       file_name=export.file_name(filters.describe()), on_click="ignore")


def csv_builder(path: Path, filters: queries.Filters) -> Callable[[], str]:
    """The CSV of the filtered rows, built only on click, on its own short-lived connection."""
    def build() -> str:
        with store.reader(path) as con:
            return export.snapshot_csv(con, filters)
    return build


# --- detail --------------------------------------------------------------------------------

def render_detail(detail: dict | None) -> None:
    st.subheader("Statement in context")
    if detail is None:
        st.warning("That statement is not in the store (any more). Select a row in the table.")
        return
    st.html(detail_html(detail))
    st.html(article_html(detail["article_text"], detail["start_char"], detail["end_char"]))


def detail_html(d: dict) -> str:
    """A table of the statement's provenance and prediction; every value escaped."""
    uncertain = d["confidence"] is not None and d["confidence"] < float(config.get("STANCE_UNCERTAIN_BELOW"))
    rows = (
        ("Article", d["title"] or d["file_name"] or d["article_id"]),
        ("Source", d["source"]),
        ("Published", d["published"]),
        ("URL", d["url"]),
        ("Speaker", d["speaker"]),
        ("Organization", d["organization"]),
        ("Country", d["country"]),
        ("Kind", d["kind"]),
        ("Stance", f"{d['label'] or UNLABELLED}" + (" (uncertain)" if uncertain else "")),
        ("Confidence", _number(d["confidence"])),
        ("Scores", f"engagement {_number(d['score_engagement'])} · decoupling {_number(d['score_decoupling'])}"
                   f" · neutral {_number(d['score_neutral'])}"),
        ("Model version", d["model_version"]),
    )
    cells = "".join(f"<tr><th style='text-align:left;padding-right:1em'>{name}</th><td>{_cell(name, value)}</td></tr>"
                    for name, value in rows)
    return f"<table class='stance-detail'>{cells}</table>"


def _cell(name: str, value: object) -> str:
    if value is None or value == "":
        return "–"
    text = html.escape(str(value))
    if name == "URL" and str(value).lower().startswith(("https://", "http://")):
        return f"<a href=\"{text}\" rel=\"noopener noreferrer nofollow\">{text}</a>"
    return text


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def article_html(text: str, start: int, end: int) -> str:
    """The article with the statement in <mark>; each piece of article text escaped.

    Offsets that do not fit the text (a store written by a buggy extractor)
    show the text without a highlight rather than a wrong one.
    """
    if 0 <= start < end <= len(text):
        body = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                + html.escape(text[end:]))
    else:
        body = html.escape(text)
    return ("<div class='stance-article' style='white-space:pre-wrap;max-height:32em;overflow-y:auto;"
            "border:1px solid #ddd;padding:0.75em;border-radius:0.25em'>" + body + "</div>")


if __name__ == "__main__":
    main()
