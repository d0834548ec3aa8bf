"""Time the dashboard's query functions on synthetic stores against a pandas baseline.

Usage: ``.venv/bin/python benchmarks/dashboard_queries.py [--sizes 100000 1000000] [--repeats 7] [--seed 0]``

For each size a seeded synthetic store (``stance.synthetic``) is built in a
temporary folder. Each query function of ``stance.queries`` that the dashboard
calls per page render is run ``--repeats`` times on one read-only connection;
median and p95 are reported. The baseline is what a naive dashboard would do:
load the statements into pandas (``SELECT * FROM statement_view`` -> DataFrame)
and filter and aggregate there; its time includes the load, because that is
what a rerun would pay without a cache (and what a cache would hold in memory).
``ratio`` = baseline p95 / query p95 (above 1: DuckDB is faster). The filter
is a typical one: two stances, minimum confidence 0.5, a date range.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package is not installed; run from anywhere

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402

from stance import queries, store  # noqa: E402
from stance.queries import Filters  # noqa: E402
from stance.synthetic import build_synthetic_store  # noqa: E402

FILTER = Filters(label=("pro-engagement", "pro-decoupling"), min_confidence=0.5,
                 published_from=date(2023, 1, 1), published_to=date(2023, 12, 31))


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


def _pandas_filtered(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute("SELECT * FROM statement_view").df()
    published = pd.to_datetime(frame["published"])
    keep = (frame["stance"].isin(FILTER.label) & (frame["confidence"] >= FILTER.min_confidence)
            & (published >= pd.Timestamp(FILTER.published_from)) & (published <= pd.Timestamp(FILTER.published_to)))
    return frame[keep]


def _pandas_overview(frame: pd.DataFrame) -> tuple:
    return (frame[["article_id", "speaker", "organization"]].nunique(), frame["stance"].value_counts())


def _pandas_cases(con: duckdb.DuckDBPyConnection) -> dict[str, Callable[[], object]]:
    """The same answers computed the naive way: load everything, then pandas."""
    return {
        "totals": lambda: _pandas_filtered(con).agg({"statement_id": "count", "article_id": "nunique",
                                                     "speaker": "nunique", "organization": "nunique"}),
        "net_stance": lambda: _pandas_filtered(con)["stance"].value_counts(),
        "overview": lambda: _pandas_overview(_pandas_filtered(con)),
        "stance_by company": lambda: _pandas_filtered(con).groupby(["organization", "stance"]).size(),
        "stance_by country": lambda: _pandas_filtered(con).groupby(["country", "stance"]).size(),
        "stance_by speaker": lambda: _pandas_filtered(con).groupby(["speaker", "stance"]).size().nlargest(15),
        "stance_over_time": lambda: _pandas_filtered(con).groupby(
            [pd.to_datetime(_pandas_filtered(con)["published"]).dt.to_period("M"), "stance"]).size(),
        "statements_page": lambda: _pandas_filtered(con).sort_values(
            ["published", "article_id", "seq"], ascending=[False, True, True]).head(100),
    }


def _query_cases(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, Callable[[], object]]:
    return {
        "filter_options": lambda: queries.filter_options(con),
        "totals": lambda: queries.totals(con, f),
        "net_stance": lambda: queries.net_stance(con, f),
        "overview": lambda: queries.overview(con, f),
        "stance_by company": lambda: queries.stance_by(con, f, "company", top=25),
        "stance_by country": lambda: queries.stance_by(con, f, "country"),
        "stance_by speaker": lambda: queries.stance_by(con, f, "speaker", top=15),
        "stance_over_time": lambda: queries.stance_over_time(con, f, "month"),
        "statements_page": lambda: queries.statements_page(con, f, limit=100, offset=0),
        "statements_page (page 100)": lambda: queries.statements_page(con, f, limit=100, offset=9_900),
    }


def run(size: int, repeats: int, seed: int, folder: Path) -> list[str]:
    path = folder / f"synthetic-{size}.duckdb"
    start = time.perf_counter()
    build_synthetic_store(path, size, seed)
    built = time.perf_counter() - start
    lines = [f"\n### {size:,} statements (store built in {built:.1f} s, {path.stat().st_size / 1e6:.0f} MB)\n",
             "| query | no filter: median / p95 ms | filtered: median / p95 ms | pandas baseline p95 ms | ratio |",
             "|---|---|---|---|---|"]
    with store.reader(path) as con:
        baseline = {name: _time(fn, repeats)[1] for name, fn in _pandas_cases(con).items()}
        plain, filtered = _query_cases(con, Filters()), _query_cases(con, FILTER)
        for name in plain:
            m0, p0 = _time(plain[name], repeats)
            m1, p1 = _time(filtered[name], repeats)
            base = baseline.get(name)
            ratio = f"{base / p1:.1f}×" if base else "–"
            lines.append(f"| {name} | {m0 * 1e3:.0f} / {p0 * 1e3:.0f} | {m1 * 1e3:.0f} / {p1 * 1e3:.0f} | "
                         f"{base * 1e3:.0f} | {ratio} |" if base else
                         f"| {name} | {m0 * 1e3:.0f} / {p0 * 1e3:.0f} | {m1 * 1e3:.0f} / {p1 * 1e3:.0f} | – | – |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="statements per store")
    parser.add_argument("--repeats", type=int, default=7, help="runs per query (median and p95 reported)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic store")
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, duckdb {duckdb.__version__}, pandas {pd.__version__}, "
          f"{platform.machine()}, threads={duckdb.connect().execute('SELECT current_setting(?)', ['threads']).fetchone()[0]}, "
          f"repeats={args.repeats}, seed={args.seed}")
    print(f"Filter: {FILTER.describe()}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            print("\n".join(run(size, args.repeats, args.seed, Path(folder))), flush=True)


if __name__ == "__main__":
    main()
