"""China stance dashboard: who argues for engagement with China, who for decoupling.

Run with ``streamlit run dashboard.py``; the store is ``STANCE_DB``.

A thin shell: sidebar widgets -> a ``Filters`` value -> ``stance.queries`` /
``stance.charts`` / ``stance.detail`` -> rendering. Each rerun checks the
schema version, opens one read-only store connection and closes it. The
store-wide aggregates (filter lists, overview, charts) are cached per store file
state (its and its WAL's size and modification time, see ``store_stamp``), so any
write -- an ingest, a correction, another process -- shows on the next interaction,
and a second visitor or a rerun does not repeat them. Only the open tab's queries run, and
the overview draws one chart section at a time (companies first; ``?chart=`` picks another) and
builds the "Add articles" forms only while that expander is open: a light first view is a fast
cold start (each plotly chart is a query, a figure and a draw in the browser).
The company and speaker lists send the ``OPTION_LIMIT`` most frequent names to the
browser (100,000 options are a slow page); any other name can be typed.
Every filter, the open tab and the selected statement live in the URL (widgets
bound with ``bind="query-params"``), so a view is a shareable link.
Writes (analyst corrections) happen in widget callbacks, which Streamlit runs
before the page script, so no read connection is open while ``store.writer``
holds the store. "Add articles" (sidebar) runs ``stance.ingest`` -- the same
parser and store loop as ``python -m stance ingest`` -- before the page opens
its read connection; the model is loaded once (``st.cache_resource``).

Everything read from the store (article text, titles, names, URLs, notes) is
untrusted input. It is shown only through ``st.dataframe`` and plotly (plain
text, names escaped for plotly's own tag markup) or ``html.escape``d into
``st.html`` (which sanitises with DOMPurify and runs no scripts). Never through
markdown.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import partial
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

import duckdb
import streamlit as st

from stance import charts, config, export, geo, ingest, queries, store
from stance.classify import ModelMissing, model_ready
from stance.detail import article_html, detail_html
from stance.records import LABELS

PAGE_SIZE = 100
OPTION_LIMIT = 1000  # names per filter list sent to the browser, most statements first
TOP_COMPANIES = 25
TOP_COUNTRIES = 20
TOP_SPEAKERS = 15
UNLABELLED = charts.UNLABELLED
LABEL_COLOURS = charts.LABEL_COLOURS
BIND = "query-params"
# (Filters field, widget key = URL parameter, label); the multiselect filters.
FILTERS = (("company", "company", "Company"), ("country", "country", "Country"),
           ("speaker", "speaker", "Speaker"), ("label", "stance", "Stance"))
DATES, MIN_CONFIDENCE, SEARCH = "published", "min_confidence", "search"
SUPERSEDED = "superseded"  # ?superseded=true also counts older versions of changed articles
VIEWS = ("Overview", "Statements", "Speakers", "Organizations")
VIEW = "view"
SORTS = {"statements": "count", "net stance": "net"}  # radio label (as in the URL) -> query order
TABLE_COLUMNS = ["statement_id", "published", "speaker", "organization", "country", "stance", "corrected",
                 "confidence", "kind", "text"]
STATEMENT_PARAM = "statement"  # ?statement=<statement_id> opens that statement's detail
CORRECTION_RESULT = "correction_result"
ADD_RESULT = "add_result"  # the last "Add articles" summary, shown until the next one
ADD_OPEN = "add_open"  # the "Add articles" expander's state
# The overview draws one chart section at a time (?chart=...): a first view with one chart is a
# faster cold start than five (plotly draws each in the browser; each costs a query and a figure).
CHART_SECTIONS = ("Companies", "Countries", "Speakers", "Over time")
CHART = "chart"
# The world map's topojson is served from ./static (relative URL: works under a base path too).
PLOTLY_CONFIG = {"topojsonURL": "app/static/topojson/", "displaylogo": False}


def main() -> None:
    st.set_page_config(page_title="China stance", layout="wide")
    st.title("China stance")
    path = config.db_path()
    render_add_articles(path)  # may write: before any read connection opens
    if not path.exists():
        st.info(f"There is no store at `{path}` yet. Add articles in the sidebar, or run "
                "`python -m stance ingest` to create one, or point `STANCE_DB` at an existing store.")
        return
    try:
        ensure_schema(path)  # a store from an older version is migrated first
        with store.reader(path) as con:
            render(con, path)
    except store.StoreError as exc:
        st.error(str(exc))
    except duckdb.Error as exc:  # e.g. a file that is not a stance store
        st.error(f"The store at `{path}` could not be read: {exc}")


def render(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """The whole page for an existing store."""
    if cached(con, path, queries.statement_count) == 0:
        st.info("The store is empty: no statements have been ingested yet. "
                "Add articles in the sidebar, or run `python -m stance ingest`.")
        return
    options = cached(con, path, queries.filter_options)
    dates = cached(con, path, queries.published_range)
    filters = sidebar_filters(options, dates)
    render_download(path, filters)
    counts = render_overview(con, path, filters)
    if counts["statements"] == 0:
        st.warning("No statements match these filters. Remove a filter in the sidebar to see more.")
        return
    tabs = st.tabs(VIEWS, key=VIEW, bind=BIND)
    with tabs[0]:
        if tabs[0].open is not False:
            render_charts(con, path, filters, dates)
    with tabs[1]:
        if tabs[1].open is not False:
            render_drilldown(con, path, filters, counts["statements"], "statements")
    for tab, dimension in ((tabs[2], "speaker"), (tabs[3], "company")):
        with tab:
            if tab.open is not False:
                render_person_view(con, path, filters, dimension, options[dimension])


# --- caching ---------------------------------------------------------------------------------

def store_stamp(path: Path) -> tuple:
    """Size and modification time (ns) of the store file and its WAL: every committed write changes one."""
    stamp = []
    for file in (path, path.with_name(path.name + ".wal")):
        try:
            info = file.stat()
            stamp.append((info.st_size, info.st_mtime_ns))
        except OSError:
            stamp.append(None)
    return tuple(stamp)


@st.cache_resource(show_spinner=False)
def _schema_checked() -> set[tuple]:
    """Store states (path, ``store_stamp``) already at this program's schema: shared by all sessions."""
    return set()


def ensure_schema(path: Path) -> None:
    """``store.upgrade`` once per store file state, not on every rerun (the check opens a connection)."""
    checked = _schema_checked()
    if (str(path.resolve()), store_stamp(path)) not in checked:
        store.upgrade(path)
        checked.add((str(path.resolve()), store_stamp(path)))


@st.cache_data(max_entries=500, show_spinner=False)
def _cached(query: str, store: str, stamp: tuple, args: str, _run: Callable[[], Any]) -> Any:
    return _run()


def cached(con: duckdb.DuckDBPyConnection, path: Path, query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``query(con, *args, **kwargs)``, cached per store file state and arguments (``Filters`` have a full repr)."""
    return _cached(query.__name__, str(path.resolve()), store_stamp(path), repr((args, sorted(kwargs.items()))),
                   partial(query, con, *args, **kwargs))


# --- add articles --------------------------------------------------------------------------

def render_add_articles(path: Path) -> None:
    """Upload files or paste text; stored through ``stance.ingest``, as ``python -m stance ingest`` does."""
    limit_mb = st.get_option("server.maxUploadSize")  # .streamlit/config.toml; the server enforces it too
    # Lazy: the forms are built (and their widgets loaded in the browser) only while the expander is open.
    box = st.sidebar.expander("Add articles", expanded=ADD_RESULT in st.session_state, key=ADD_OPEN,
                              on_change="rerun")
    if box.open is False:
        return
    with box:
        upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
        with upload_tab, st.form("add_upload", clear_on_submit=True):
            files = st.file_uploader(
                "Article files", type=[s.lstrip(".") for s in ingest.UPLOAD_SUFFIXES], accept_multiple_files=True,
                key="add_files", help=f".txt (with a same-named .json for its metadata), .html, or .jsonl / .csv with "
                f"one article per row ('text' column). At most {limit_mb} MB per file, "
                f"{ingest.MAX_ARTICLE_BYTES:,} bytes per article.")
            upload = st.form_submit_button("Add these files")
        with paste_tab, st.form("add_paste", clear_on_submit=True):
            text = st.text_area("Article text", key="add_text", height=160)
            title = st.text_input("Title (optional)", key="add_title")
            source = st.text_input("Source (optional)", key="add_source")
            url = st.text_input("URL (optional)", key="add_url")
            published = st.date_input("Published (optional)", value=None, key="add_published")
            paste = st.form_submit_button("Add this text")
        status = st.container()
    if upload:
        if files:
            add_articles(path, ingest.read_uploads([(f.name, f.getvalue()) for f in files]), status)
        else:
            status.warning("Choose one or more files first.")
    elif paste:
        payload = ingest.pasted(text, title, source, url, published.isoformat() if published else "")
        add_articles(path, ingest.read_payload(payload), status)
    result = st.session_state.get(ADD_RESULT)
    if result is not None:
        (status.warning if result.errors else status.success)(result.headline())
        if result.errors:
            items, reasons = zip(*result.error_rows())
            status.dataframe({"item": items, "reason": reasons}, hide_index=True)


def add_articles(path: Path, reading: Iterable, status: Any) -> None:
    """Read and ingest items with a progress bar; the summary goes to session state, failures to ``status``."""
    bar = status.progress(0.0, text="Reading...")
    items: list = []

    def progress(done: int, summary: ingest.Summary) -> None:
        bar.progress(min(1.0, done / max(1, len(items))),
                     text=f"{done} of {len(items)}: {summary.articles_added} added, {len(summary.errors)} errors")

    try:  # reading too: a reader that fails is a message here, never the app's error page
        items = list(reading)
        analyzer = partial(load_analyzer, str(config.model_dir()), config.backend())  # a bad value: ValueError
        st.session_state[ADD_RESULT] = ingest.ingest(items, path, analyzer, progress=progress)
    except (ModelMissing, ingest.InputError, store.StoreError, duckdb.Error, OSError, ValueError) as exc:
        st.session_state.pop(ADD_RESULT, None)
        status.error(f"Not added: {exc}. Any batch of 16 articles stored before this stays stored.")
    bar.empty()
    st.cache_data.clear()  # nothing is cached today; keep it so if query caching is added


@st.cache_resource(show_spinner="Loading the stance model...")
def load_analyzer(model_dir: str, backend: str) -> ingest.Analyze:
    """The extractor and classifier, loaded once per server process, model folder and backend."""
    from stance.analyze import Analyzer

    if not model_ready(Path(model_dir)):
        raise ModelMissing(f"there is no trained model in {model_dir}; run `make run` or "
                           "`python -m stance build` once first")
    return Analyzer(config.data_dir() / "registry", Path(model_dir), backend=backend)


# --- sidebar -------------------------------------------------------------------------------

def sidebar_filters(options: dict[str, list[str]], dates: tuple[date, date] | None) -> queries.Filters:
    """The filter widgets, each bound to a URL parameter; nothing chosen means "any"."""
    with st.sidebar:
        st.header("Filters")
        chosen = {field: tuple(st.multiselect(label, **name_options(options[field]), key=key, bind=BIND))
                  for field, key, label in FILTERS}
        picked: Any = ()
        if dates:
            picked = st.date_input("Published between", value=dates, min_value=dates[0], max_value=dates[1],
                                   key=DATES, bind=BIND, help="Narrowing the dates leaves out undated articles.")
        confidence = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key=MIN_CONFIDENCE, bind=BIND,
                               help="The model's confidence in its label; above 0, unlabelled statements drop out.")
        search = st.text_input("Search statements", key=SEARCH, bind=BIND, max_chars=queries.SEARCH_MAX_CHARS,
                               placeholder="words in the statement", help="Case-insensitive, as typed.")
        superseded = st.toggle("Include superseded versions", key=SUPERSEDED, bind=BIND,
                               help="Also count statements of articles that a newer version replaces.")
        st.button("Clear all filters", on_click=clear_filters, args=(dates,))
    return make_filters(chosen, picked, dates, confidence, search, superseded)


def name_options(names: list[str]) -> dict[str, Any]:
    """Widget arguments for a list of names: at most ``OPTION_LIMIT`` of them (most statements first, as
    ``queries.filter_options`` orders them); when there are more, any other name can be typed."""
    if len(names) <= OPTION_LIMIT:
        return {"options": names}
    return {"options": names[:OPTION_LIMIT], "accept_new_options": True,
            "help": f"The {OPTION_LIMIT:,} with the most statements are listed (of {len(names):,}); "
                    "type any other name exactly as stored and press Enter."}


def make_filters(chosen: dict[str, tuple[str, ...]], picked: Any, dates: tuple[date, date] | None,
                 confidence: float, search: str, superseded: bool = False) -> queries.Filters:
    """A ``Filters`` from widget values; the store's full date range means "any date" (undated included)."""
    picked = tuple(picked or ())
    start = picked[0] if picked else None
    end = picked[1] if len(picked) > 1 else None
    if dates and start == dates[0]:
        start = None
    if dates and end == dates[1]:
        end = None
    return queries.Filters(**chosen, published_from=start, published_to=end,
                           min_confidence=float(confidence or 0.0), search=(search or "").strip(),
                           include_superseded=bool(superseded))


def clear_filters(dates: tuple[date, date] | None) -> None:
    for _, key, _ in FILTERS:
        st.session_state[key] = []
    if dates:
        st.session_state[DATES] = dates
    st.session_state[MIN_CONFIDENCE] = 0.0
    st.session_state[SEARCH] = ""
    st.session_state[SUPERSEDED] = False


def render_download(path: Path, filters: queries.Filters) -> None:
    st.sidebar.download_button("Download this view (CSV)", data=csv_builder(path, filters), mime="text/csv",
                               file_name=export.file_name(filters.describe()), on_click="ignore")


def csv_builder(path: Path, filters: queries.Filters) -> Callable[[], str]:
    """The CSV of the filtered rows, built only on click, on its own short-lived connection."""
    def build() -> str:
        with store.reader(path) as con:
            return export.snapshot_csv(con, filters)
    return build


# --- overview ------------------------------------------------------------------------------

def render_overview(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters) -> dict[str, int]:
    summary = cached(con, path, queries.overview, filters)
    counts = {name: summary[name] for name in ("statements", "articles", "speakers", "organizations")}
    columns = st.columns(len(counts) + 1)
    for column, (name, value) in zip(columns, counts.items()):
        column.metric(name.capitalize(), f"{value:,}")
    net = summary["net"]
    columns[-1].metric("Net stance", "–" if net is None else f"{net:+.2f}", help=queries.NET_STANCE_DEFINITION)
    updated = cached(con, path, queries.last_updated)
    st.caption(queries.NET_STANCE_DEFINITION + " Analyst corrections count instead of the model's label. "
               + (f"Last updated {updated} UTC." if updated else "Last updated: unknown."))
    return counts


# --- charts --------------------------------------------------------------------------------

def _fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def chart_key(name: str, filters: queries.Filters) -> str:
    # A fresh chart per filter state: a click on the same bar after the filters changed is a new selection.
    return f"chart-{name}-" + _fingerprint(repr(filters))


def on_bar_click(key: str, target: str, read: Callable[[Any], str | None]) -> None:
    """Chart callback: the clicked bar's name becomes the only value of the ``target`` filter."""
    value = read(st.session_state.get(key))
    if value is not None:
        st.session_state[target] = [value]


def on_period_click(key: str, period: str, dates: tuple[date, date]) -> None:
    """Time chart callback: the clicked week or month becomes the date range (clipped to the store's)."""
    bounds = charts.selected_period(st.session_state.get(key), period)
    if bounds:
        st.session_state[DATES] = (max(bounds[0], dates[0]), min(bounds[1], dates[1]))


def _chart(fig: Any, key: str, callback: Callable[..., None], args: tuple) -> None:
    st.plotly_chart(fig, width="stretch", key=key, on_select=partial(callback, *args), selection_mode="points",
                    config=PLOTLY_CONFIG)


def render_charts(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters,
                  dates: tuple[date, date] | None) -> None:
    """The chart section chosen in the segmented control (one at a time, kept in the URL)."""
    section = st.segmented_control("Chart", CHART_SECTIONS, default=CHART_SECTIONS[0], required=True, key=CHART,
                                   bind=BIND)
    st.caption("Click a bar, a country or a period to filter the whole view by it.")
    if section == "Countries":
        render_country_charts(con, path, filters)
    elif section == "Speakers":
        st.subheader(f"Stance by speaker (top {TOP_SPEAKERS})")
        frame = cached(con, path, queries.stance_by, filters, "speaker", top=TOP_SPEAKERS)
        key = chart_key("speaker", filters)
        _chart(charts.stance_bars(frame, "Speakers ((unknown) = organization or unnamed official)"), key,
               on_bar_click, (key, "speaker", charts.selected_name))
    elif section == "Over time":
        st.subheader("Stance over time")
        render_timeline(con, path, filters, dates, "time")
    else:
        st.subheader("Stance by company")
        order = st.radio("Sort by", tuple(SORTS), key="sort", bind=BIND, horizontal=True)
        frame = cached(con, path, queries.stance_by, filters, "company", top=TOP_COMPANIES, order=SORTS[order])
        key = chart_key("company", filters)
        _chart(charts.stance_bars(frame, f"Top {TOP_COMPANIES} organizations"), key, on_bar_click,
               (key, "company", charts.selected_name))


def render_country_charts(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters) -> None:
    st.subheader("Stance by country")
    frame = cached(con, path, queries.stance_by, filters, "country", order="count")
    key = chart_key("map", filters)
    if any(geo.iso3(c) for c in frame["name"]):
        _chart(charts.country_map(frame), key, on_bar_click, (key, "country", charts.selected_country))
    else:
        st.info("None of these statements can be placed on the map (no country, or EU institutions).")
    key = chart_key("country", filters)
    _chart(charts.stance_bars(frame.head(TOP_COUNTRIES), f"Top {TOP_COUNTRIES} countries (EU = EU institutions)"),
           key, on_bar_click, (key, "country", charts.selected_country))


def render_timeline(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters,
                    dates: tuple[date, date] | None, name: str) -> None:
    period = st.radio("Per", queries.PERIODS, index=1, key=f"{name}_period", horizontal=True)
    frame = cached(con, path, queries.stance_over_time, filters, period)
    if frame.empty or not dates:
        st.info("None of these statements comes from a dated article, so there is no timeline.")
        return
    key = chart_key(name, filters)
    _chart(charts.time_figure(frame, period), key, on_period_click, (key, period, dates))


# --- table, selection and detail -----------------------------------------------------------

def render_drilldown(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters, total: int,
                     name: str) -> None:
    """A page of the table, then the selected statement in its article."""
    ids = render_table(con, filters, total, name)
    statement = selected_statement_id(ids, table_key(name, ids))
    if statement:
        render_detail(con, path, statement, filters)


def table_key(name: str, ids: list[str]) -> str:
    # A selection is a row position. Keying the table by the ids it shows makes any change of
    # rows (filter, page, new ingest) start a fresh selection, so a position always means the
    # row the analyst clicked, never whatever row moved into its place.
    return f"{name}-" + _fingerprint("|".join(ids))


def render_table(con: duckdb.DuckDBPyConnection, filters: queries.Filters, total: int, name: str) -> list[str]:
    """One page of statements with single-row selection; returns the page's statement ids."""
    pages = max(1, -(-total // PAGE_SIZE))
    page_number = 1
    if pages > 1:
        # Keyed by the filters so that a narrower filter never keeps a page number beyond its end.
        page_number = st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1,
                                      key=f"page-{name}-" + _fingerprint(repr(filters)))
    page = queries.statements_page(con, filters, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
    ids = page["statement_id"].tolist()
    key = table_key(name, ids)
    st.dataframe(
        page.assign(stance=page["stance"].fillna(UNLABELLED), corrected=page["corrected_label"].notna())[TABLE_COLUMNS],
        hide_index=True, on_select=partial(on_row_select, key, ids), selection_mode="single-row", key=key,
        column_config={
            "statement_id": st.column_config.TextColumn("ID", help="Stable statement id (article + offsets)"),
            "published": st.column_config.DateColumn("Published"),
            "speaker": st.column_config.TextColumn("Speaker"),
            "organization": st.column_config.TextColumn("Organization"),
            "country": st.column_config.TextColumn("Country"),
            "kind": st.column_config.TextColumn("Kind"),
            "stance": st.column_config.TextColumn("Stance"),
            "corrected": st.column_config.CheckboxColumn("Corrected", help="An analyst corrected the label"),
            "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
            "text": st.column_config.TextColumn("Statement", width="large"),
        },
    )
    first = (page_number - 1) * PAGE_SIZE
    st.caption(f"Statements {first + 1:,}–{first + len(ids):,} of {total:,}, newest first. "
               "Select a row to read it in its article.")
    return ids


def on_row_select(key: str, ids: list[str]) -> None:
    """Table callback: remember the clicked statement by id in the URL; a deselect forgets it."""
    state = st.session_state.get(key)
    rows = state["selection"]["rows"] if state else []
    if rows and 0 <= rows[0] < len(ids):
        st.query_params[STATEMENT_PARAM] = ids[rows[0]]
    elif STATEMENT_PARAM in st.query_params:
        del st.query_params[STATEMENT_PARAM]


def selected_statement_id(ids: list[str], key: str) -> str | None:
    """The statement to show: the selected row of this page, else ``?statement=<id>``.

    The id, not the row position, is what is kept (in the URL), so the detail
    keeps showing the clicked statement after the filters or the page change.
    """
    state = st.session_state.get(key)
    rows = state["selection"]["rows"] if state else []
    if rows and 0 <= rows[0] < len(ids):
        st.query_params[STATEMENT_PARAM] = ids[rows[0]]
        return ids[rows[0]]
    return st.query_params.get(STATEMENT_PARAM) or None


def render_detail(con: duckdb.DuckDBPyConnection, path: Path, statement_id: str, filters: queries.Filters) -> None:
    st.subheader("Statement in context")
    detail = queries.statement_detail(con, statement_id)
    if detail is None:
        st.warning("That statement is not in the store (any more). Select a row in the table.")
        return
    if detail["replaced_by"]:
        st.caption("A newer version of this article has been ingested: the views count its statements, not these.")
    elif not queries.matches(con, filters, statement_id):
        st.caption("This statement is not among the filtered statements (the filters changed after it was selected).")
    st.html(detail_html(detail))
    st.html(article_html(detail["article_text"], detail["start_char"], detail["end_char"]))
    left, right = st.columns(2)
    for column, field, dimension, label in ((left, "speaker", "speaker", "speaker"),
                                            (right, "organization", "company", "organization")):
        if detail[field]:
            column.button(f"All statements of this {label}", key=f"see-{dimension}-{statement_id}",
                          on_click=open_person_view, args=(dimension, detail[field]))
    render_correction_form(path, detail)


def open_person_view(dimension: str, name: str) -> None:
    st.session_state[person_key(dimension)] = name
    st.session_state[VIEW] = "Speakers" if dimension == "speaker" else "Organizations"


# --- corrections ---------------------------------------------------------------------------

def render_correction_form(path: Path, detail: dict) -> None:
    result = st.session_state.pop(CORRECTION_RESULT, None)
    if result:
        (st.success if result[0] == "ok" else st.error)(result[1])
    with st.expander("Correct this label"), st.form("correction", clear_on_submit=True):
        st.selectbox("Correct label", LABELS, key="correction_label",
                     index=LABELS.index(detail["corrected_label"] or detail["label"] or LABELS[2]))
        st.text_input("Note (why)", key="correction_note", max_chars=store.NOTE_MAX_CHARS)
        st.text_input("Analyst", key="correction_analyst", max_chars=80)
        st.form_submit_button("Save correction", on_click=save_correction, args=(path, detail["statement_id"]))
    st.caption("A correction is stored beside the model's label, which is kept; the newest correction counts.")


def save_correction(path: Path, statement_id: str) -> None:
    """Form callback (runs before the page opens its read connection): one short write."""
    state = st.session_state
    try:
        with store.writer(path, wait=10.0) as con:
            store.add_correction(con, statement_id, state["correction_label"], state.get("correction_note", ""),
                                 state.get("correction_analyst", ""))
        state[CORRECTION_RESULT] = ("ok", f"Saved: corrected to {state['correction_label']}.")
    except (store.StoreError, duckdb.Error) as exc:
        state[CORRECTION_RESULT] = ("error", f"Not saved: {exc}.")


# --- speaker and organization views --------------------------------------------------------

def person_key(dimension: str) -> str:
    return f"{dimension}_view"


def render_person_view(con: duckdb.DuckDBPyConnection, path: Path, filters: queries.Filters, dimension: str,
                       names: list[str]) -> None:
    """All statements of one speaker or organization over time (other sidebar filters apply)."""
    noun = "speaker" if dimension == "speaker" else "organization"
    name = st.selectbox(f"Choose a {noun}", **name_options(names), index=None, key=person_key(dimension), bind=BIND,
                        placeholder=f"a {noun}, most statements first")
    if not name:
        st.info(f"Choose a {noun} to see all their statements over time.")
        return
    scoped = replace(filters, speaker=(name,), company=()) if dimension == "speaker" else \
        replace(filters, company=(name,), speaker=())
    total = cached(con, path, queries.totals, scoped)["statements"]
    if total == 0:
        st.info(f"No statements of this {noun} match the other filters.")
        return
    st.caption(f"{total:,} statement{'s' if total != 1 else ''}; the sidebar's other filters apply.")
    render_timeline(con, path, scoped, cached(con, path, queries.published_range), noun)
    render_drilldown(con, path, scoped, total, noun)


if __name__ == "__main__":
    main()
