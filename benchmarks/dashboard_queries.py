"""Time the dashboard's queries and renders on synthetic stores against a pandas baseline.

Usage: ``.venv/bin/python benchmarks/dashboard_queries.py [--sizes 100000 1000000] [--repeats 7] [--seed 0]
[--baseline-repeats 3] [--renders 5] [--json PATH]``

For each size a seeded synthetic store (``stance.synthetic``) is built in a
temporary folder. Each query function of ``stance.queries`` that the dashboard
calls is run ``--repeats`` times on one read-only connection, with no filter,
with a typical filter (two stances, minimum confidence 0.5, one year) and with
two free-text searches (a phrase, and one word most statements hold); each
search query runs with the connection's kept search hits dropped first, so it
pays for finding them; median and p95 are reported. The baseline is what a naive
dashboard would do: load the statements into pandas (``SELECT * FROM
statement_view`` -> DataFrame) and filter and aggregate there; its time
includes the load, because that is what a rerun would pay without a cache.
``ratio`` = baseline p95 / query p95 (above 1: DuckDB is faster).

Besides single queries: the CSV export of (about) 100,000 rows through
``stance.export.snapshot_csv`` (the dashboard's download), the sum of the
queries a first render runs, the queries one rerun runs after a filter change
(a new connection, then what the open tab needs: Overview or Statements), and
the dashboard itself run headless with
Streamlit's ``AppTest`` (server time of a first render in a new session, of a
filter change and of a search), each ``--renders`` times.

``--json PATH`` writes every figure in seconds as ``{"benchmark", "rows",
"load"}`` (the format ``python -m stance bench`` collects).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package is not installed; run from anywhere

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402

from stance import export, queries, store  # noqa: E402
from stance.queries import Filters  # noqa: E402
from stance.synthetic import build_synthetic_store  # noqa: E402

FILTER = Filters(label=("pro-engagement", "pro-decoupling"), min_confidence=0.5,
                 published_from=date(2023, 1, 1), published_to=date(2023, 12, 31))
SEARCH = Filters(search="china now")  # one of the synthetic template sentences: about 8% of the statements
SEARCH_WORD = Filters(search="China")  # one word, in about two thirds of the statements
QUERY_TARGET_S = 0.3  # every dashboard query at 1,000,000 statements (p95)
FIRST_RENDER_TARGET_S = 3.0
FILTER_CHANGE_TARGET_S = 1.0
EXPORT_TARGET_S = 3.0  # CSV export of 100,000 rows
EXPORT_ROWS = 100_000
DASHBOARD = REPO / "dashboard.py"


@dataclass
class Row:
    measure: str
    size: int
    value: float
    unit: str = "s"
    baseline: float | None = None
    ratio: float | None = None
    target: float | None = None
    met: bool | None = None
    note: str | None = None


def _row(measure: str, size: int, value: float, target: float | None, baseline: float | None = None,
         note: str | None = None) -> Row:
    return Row(measure, size, round(value, 4), baseline=None if baseline is None else round(baseline, 4),
               ratio=None if baseline is None else round(baseline / value, 2), target=target,
               met=None if target is None else value <= target, note=note)


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _time(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), _p95(times)


# -- the pandas baseline ------------------------------------------------------------------------

def _pandas_filtered(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute("SELECT * FROM statement_view").df()
    published = pd.to_datetime(frame["published"])
    keep = (~frame["superseded"] & frame["stance"].isin(FILTER.label) & (frame["confidence"] >= FILTER.min_confidence)
            & (published >= pd.Timestamp(FILTER.published_from)) & (published <= pd.Timestamp(FILTER.published_to)))
    return frame[keep]


def _pandas_overview(frame: pd.DataFrame) -> tuple:
    return (frame[["article_id", "speaker", "organization"]].nunique(), frame["stance"].value_counts())


def _pandas_cases(con: duckdb.DuckDBPyConnection) -> dict[str, Callable[[], object]]:
    """The same answers as the filtered queries computed the naive way: load everything, then pandas."""
    return {
        "totals": lambda: _pandas_filtered(con).agg({"statement_id": "count", "article_id": "nunique",
                                                     "speaker": "nunique", "organization": "nunique"}),
        "net_stance": lambda: _pandas_filtered(con)["stance"].value_counts(),
        "overview": lambda: _pandas_overview(_pandas_filtered(con)),
        "stance_by company": lambda: _pandas_filtered(con).groupby(["organization", "stance"]).size(),
        "stance_by country": lambda: _pandas_filtered(con).groupby(["country", "stance"]).size(),
        "stance_by speaker": lambda: _pandas_filtered(con).groupby(["speaker", "stance"]).size().nlargest(15),
        "stance_over_time": lambda: (lambda fr: fr.groupby(
            [pd.to_datetime(fr["published"]).dt.to_period("M"), "stance"]).size())(_pandas_filtered(con)),
        "statements_page": lambda: _pandas_filtered(con).sort_values(
            ["published", "article_id", "seq"], ascending=[False, True, True]).head(100),
    }


def _pandas_export(con: duckdb.DuckDBPyConnection, f: Filters) -> str:
    frame = con.execute("SELECT * FROM statement_view").df()
    published = pd.to_datetime(frame["published"])
    keep = ~frame["superseded"] | f.include_superseded
    if f.published_from:
        keep &= published >= pd.Timestamp(f.published_from)
    if f.published_to:
        keep &= published <= pd.Timestamp(f.published_to)
    return frame.loc[keep, list(queries.EXPORT_COLUMNS)].sort_values(
        ["published", "article_id"], ascending=[False, True]).to_csv(index=False)


# -- the dashboard's queries --------------------------------------------------------------------

class FreshSearch:
    """``filters`` (with a search) on a connection that has just forgotten its kept search hits, so every
    timed search query pays for finding them (see ``queries._search_hits``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, filters: Filters) -> None:
        self.con, self.filters = con, filters

    def __call__(self) -> Filters:
        queries.forget_searches(self.con)
        return self.filters


def _query_cases(con: duckdb.DuckDBPyConnection, filters: Filters | Callable[[], Filters],
                 sid: str) -> dict[str, Callable[[], object]]:
    def f() -> Filters:
        return filters() if callable(filters) else filters

    return {
        "filter_options": lambda: queries.filter_options(con),
        "published_range": lambda: queries.published_range(con),
        "totals": lambda: queries.totals(con, f()),
        "net_stance": lambda: queries.net_stance(con, f()),
        "overview": lambda: queries.overview(con, f()),
        "stance_by company": lambda: queries.stance_by(con, f(), "company", top=25),
        "stance_by country": lambda: queries.stance_by(con, f(), "country"),
        "stance_by speaker": lambda: queries.stance_by(con, f(), "speaker", top=15),
        "stance_over_time": lambda: queries.stance_over_time(con, f(), "month"),
        "statements_page": lambda: queries.statements_page(con, f(), limit=100, offset=0),
        "statements_page (page 100)": lambda: queries.statements_page(con, f(), limit=100, offset=9_900),
        "statement_detail": lambda: queries.statement_detail(con, sid),
        "matches": lambda: queries.matches(con, f(), sid),
    }


UNFILTERED_ONLY = ("filter_options", "published_range", "statement_detail")


def _first_render_queries(path: Path, f: Filters) -> None:
    """The queries ``dashboard.render`` runs for the Overview tab, in its order, on a new connection."""
    store.upgrade(path)
    with store.reader(path) as con:
        _render_queries(con, f)


def _render_queries(con: duckdb.DuckDBPyConnection, f: Filters) -> None:
    queries.statement_count(con)
    queries.filter_options(con)
    queries.published_range(con)
    queries.overview(con, f)
    queries.last_updated(con)
    queries.stance_by(con, f, "company", top=25)
    queries.stance_by(con, f, "country")
    queries.stance_by(con, f, "speaker", top=15)
    queries.stance_over_time(con, f, "month")


def _filter_change_queries(path: Path, f: Filters, tab: str) -> None:
    """What one dashboard rerun runs after a filter change (the store-wide lists come from its cache):
    the schema check, a new connection, the overview, then the open tab's queries."""
    store.upgrade(path)
    with store.reader(path) as con:
        queries.overview(con, f)
        if tab == "Overview":
            queries.stance_by(con, f, "company", top=25, order="count")
            queries.stance_by(con, f, "country", order="count")
            queries.stance_by(con, f, "speaker", top=15)
            queries.stance_over_time(con, f, "month")
        else:
            queries.statements_page(con, f, limit=100, offset=0)


def _export_filter(con: duckdb.DuckDBPyConnection) -> Filters:
    """A filter selecting about EXPORT_ROWS statements: everything, or the newest dated statements."""
    everything = Filters(include_superseded=True)
    if queries.totals(con, everything)["statements"] <= EXPORT_ROWS:
        return everything
    row = con.execute("SELECT published FROM current_statements WHERE published IS NOT NULL "
                      "ORDER BY published DESC LIMIT 1 OFFSET ?", [EXPORT_ROWS]).fetchone()
    return Filters(published_from=row[0], include_superseded=True)


# -- the dashboard itself, headless ---------------------------------------------------------------

# Filter values for the renders, a new one each time: the dashboard caches its queries per filter
# values, so a value it has seen would time its cache, not a filter change.
RENDER_STANCES = (["pro-decoupling"], ["pro-engagement"], ["neutral"], ["pro-decoupling", "neutral"],
                  ["pro-engagement", "neutral"], ["pro-engagement", "pro-decoupling"])
RENDER_SEARCHES = ("china now", "beijing will", "china", "supply chain", "exposure to", "tariffs on")


def _renders(path: Path, renders: int) -> dict[str, list[float]]:
    """Server time of the dashboard's first render (new session), a filter change and a search (with
    filter values new to the dashboard's cache each time, up to ``len(RENDER_STANCES)`` renders)."""
    from streamlit.testing.v1 import AppTest

    os.environ["STANCE_DB"] = str(path)
    out: dict[str, list[float]] = {"first render (dashboard)": [], "filter change (dashboard)": [],
                                   "search (dashboard)": []}
    AppTest.from_file(str(DASHBOARD), default_timeout=120).run()  # imports and caches warm, not timed
    for i in range(min(renders, len(RENDER_STANCES))):
        at = AppTest.from_file(str(DASHBOARD), default_timeout=120)
        start = time.perf_counter()
        at.run()
        out["first render (dashboard)"].append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(at.exception[0].message)
        at.multiselect(key="stance").set_value(RENDER_STANCES[i])
        start = time.perf_counter()
        at.run()
        out["filter change (dashboard)"].append(time.perf_counter() - start)
        at.text_input(key="search").set_value(RENDER_SEARCHES[i])
        start = time.perf_counter()
        at.run()
        out["search (dashboard)"].append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(at.exception[0].message)
    return out


def run(size: int, args: argparse.Namespace, folder: Path) -> tuple[list[str], list[Row]]:
    path = folder / f"synthetic-{size}.duckdb"
    start = time.perf_counter()
    build_synthetic_store(path, size, args.seed)
    built = time.perf_counter() - start
    target = QUERY_TARGET_S if size >= 1_000_000 else None
    rows: list[Row] = [_row("build synthetic store", size, built, None)]
    lines = [f"\n### {size:,} statements (store built in {built:.1f} s, {path.stat().st_size / 1e6:.0f} MB)\n",
             "| query | no filter: median / p95 ms | filtered: median / p95 ms | search: median / p95 ms "
             "| search, one word: median / p95 ms | pandas baseline p95 ms | ratio (filtered) |",
             "|---|---|---|---|---|---|---|"]
    with store.reader(path) as con:
        sid = con.execute("SELECT statement_id FROM current_statements ORDER BY statement_id LIMIT 1 OFFSET ?",
                          [size // 2]).fetchone()[0]
        baseline = {name: _time(fn, args.baseline_repeats)[1] for name, fn in _pandas_cases(con).items()}
        cases = {label: _query_cases(con, f, sid) for label, f in
                 (("no filter", Filters()), ("filtered", FILTER), ("search", FreshSearch(con, SEARCH)),
                  ("search, one word", FreshSearch(con, SEARCH_WORD)))}
        for name in cases["no filter"]:
            cells, filtered_p95 = [], None
            for label, fns in cases.items():
                if label != "no filter" and name in UNFILTERED_ONLY:
                    cells.append("–")
                    continue
                median, p95 = _time(fns[name], args.repeats)
                cells.append(f"{median * 1e3:.0f} / {p95 * 1e3:.0f}")
                filtered_p95 = p95 if label == "filtered" else filtered_p95
                base = baseline.get(name) if label == "filtered" else None
                rows.append(_row(f"{name} ({label}) p95", size, p95, target, base))
            base = baseline.get(name)
            lines.append(f"| {name} | {' | '.join(cells)} | " +
                         (f"{base * 1e3:.0f} | {base / filtered_p95:.1f}× |" if base else "– | – |"))
        searches = (("search", SEARCH), ("search, one word", SEARCH_WORD))
        for label, f in (("no filter", Filters()), ("filtered", FILTER), *searches):
            _, p95 = _time(lambda: _first_render_queries(path, f), args.repeats)
            limit = FIRST_RENDER_TARGET_S if label == "no filter" else FILTER_CHANGE_TARGET_S
            rows.append(_row(f"render queries, sum ({label}) p95", size, p95, limit if target else None,
                             note="a new connection, then statement_count, filter_options, published_range, "
                                  "overview, last_updated, 3 stance_by, stance_over_time"))
            lines.append(f"| render queries, sum ({label}) | p95 {p95 * 1e3:.0f} ms | | | | | |")
        for tab in ("Overview", "Statements"):
            for label, f in (("filtered", FILTER), *searches):
                median, p95 = _time(lambda: _filter_change_queries(path, f, tab), args.repeats)
                rows.append(_row(f"filter change queries, {tab} tab ({label}) p95", size, p95,
                                 FILTER_CHANGE_TARGET_S if target else None,
                                 note="upgrade check, a new connection, overview, then "
                                      + ("3 stance_by, stance_over_time" if tab == "Overview" else "statements_page")))
                lines.append(f"| filter change queries, {tab} tab ({label}) | median {median * 1e3:.0f} / "
                             f"p95 {p95 * 1e3:.0f} ms | | | | | |")
        wanted = _export_filter(con)
        n = queries.totals(con, wanted)["statements"]
        _, p95 = _time(lambda: export.snapshot_csv(con, wanted), 3)
        base = _time(lambda: _pandas_export(con, wanted), 1)[1]
        rows.append(_row("csv export p95", size, p95, EXPORT_TARGET_S if n >= EXPORT_ROWS * 0.9 else None, base,
                         note=f"{n:,} rows through stance.export.snapshot_csv ({wanted.describe()}); "
                              "baseline: pandas load + filter + to_csv"))
        lines.append(f"| csv export of {n:,} rows | p95 {p95:.2f} s | | | | {base:.2f} s | {base / p95:.1f}× |")
        for label, f in searches:
            n = queries.totals(con, f)["statements"]
            _, p95 = _time(lambda: export.snapshot_csv(con, FreshSearch(con, f)()), 3)
            rows.append(_row(f"csv export ({label}) p95", size, p95, None,
                             note=f"{n:,} rows through stance.export.snapshot_csv ({f.describe()})"))
            lines.append(f"| csv export ({label}), {n:,} rows | p95 {p95:.2f} s | | | | | |")
    if args.renders:
        try:
            for name, times in _renders(path, args.renders).items():
                limit = FIRST_RENDER_TARGET_S if name.startswith("first") else FILTER_CHANGE_TARGET_S
                rows.append(_row(f"{name} p95", size, _p95(times), limit if target else None,
                                 note=f"AppTest, {len(times)} renders, median {statistics.median(times):.2f} s"))
                lines.append(f"| {name} | median {statistics.median(times):.2f} s / p95 {_p95(times):.2f} s | | | | | |")
        except Exception as exc:  # the page is shared with other work; report, don't lose the query figures
            lines.append(f"| dashboard renders | not measured: {type(exc).__name__}: {exc} | | | | | |")
    return lines, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="statements per store")
    parser.add_argument("--repeats", type=int, default=7, help="runs per query (median and p95 reported)")
    parser.add_argument("--baseline-repeats", type=int, default=3, help="runs per pandas baseline")
    parser.add_argument("--renders", type=int, default=5, help="headless dashboard renders per size (0: none)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic store")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args()
    threads = duckdb.connect().execute("SELECT current_setting(?)", ["threads"]).fetchone()[0]
    print(f"Python {platform.python_version()}, duckdb {duckdb.__version__}, pandas {pd.__version__}, "
          f"{platform.machine()}, threads={threads}, repeats={args.repeats}, seed={args.seed}")
    print(f"Filter: {FILTER.describe()}; searches: {SEARCH.search!r}, {SEARCH_WORD.search!r}; load before: {_load()}")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            lines, size_rows = run(size, args, Path(folder))
            rows += size_rows
            print("\n".join(lines), flush=True)
    load = _load()
    print(f"\nload after: {load}")
    if args.json:
        payload = {"benchmark": "dashboard_queries", "rows": [asdict(r) for r in rows], "load": load}
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
