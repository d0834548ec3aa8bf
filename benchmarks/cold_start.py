"""Dashboard cold start: seconds from ``streamlit run dashboard.py`` to the first complete render.

Usage: ``.venv/bin/python benchmarks/cold_start.py [--statements 1000000] [--repeats 3] [--charts 1] [--json PATH]
[--compare OLD/dashboard.py --compare-charts 5]``

The store is a seeded synthetic one (``stance.synthetic``) of ``--statements``
statements, built once and cached in ``$TMPDIR/stance-bench/`` under a name
that includes a hash of the code that shapes it (``synthetic.py``,
``store.py``), so a schema change builds a new one. The baseline is the same
measurement on the seed store (``seeds/`` ingested once, cached the same way;
``--baseline-db`` names another small store instead): what a launch costs with
next to no data. ``ratio`` = store / baseline.

Each repeat launches a fresh server (headless, a free port, ``STANCE_DB`` set),
polls ``/_stcore/health``, then opens the page in a new context of headless
Debian chromium driven by Playwright (the browser itself is started once,
before any timing: a user has one open already). The clock starts just before
the server process is launched.

"Complete" means all of: the "Statements" overview metric shows a number,
at least ``--charts`` plotly charts are on the page (the first view draws one
chart section; 1 by default) and every chart on the page has drawn its SVG, and
no script run is in progress (Streamlit's status widget is gone, no spinner is
showing). It is checked in the page every 50 ms. Also reported, to show where the
time goes: when the server answered its health check, when the title, the
Statements metric and the first drawn chart appeared, a reload on the running
server (the same page for a second visitor), and two figures that depend less on
the machine's load than wall time: the CPU seconds of the server process up to the
complete render (its start, the imports and the first script run) and the page's
main-thread task seconds (Chrome's ``TaskDuration``: the frontend's JavaScript,
plotly, layout).

``--compare`` launches a second dashboard script in the same run, alternating
with ``dashboard.py`` on each store, so an old and a new version are measured
side by side under the same load: e.g. an earlier commit's ``dashboard.py`` in a
folder that also holds (or links) its ``stance/``, ``static/`` and ``.streamlit/``
(Streamlit puts the script's folder first on ``sys.path`` and serves its
``static/``; each server runs in its script's folder, so it reads that folder's
``.streamlit/config.toml``); ``--compare-charts`` is its number of first-view charts.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package is not installed; run from anywhere

from benchmarks.streamlit_server import NotHealthy, command, free_port, wait_healthy  # noqa: E402
from stance.bench import Row, load_average, write_result  # noqa: E402

TARGET_S = 5.0  # issue 7
CHROMIUM = Path("/usr/bin/chromium")
CACHE = Path(tempfile.gettempdir()) / "stance-bench"
STATE_JS = """
() => {
  const visible = el => !!el && el.getClientRects().length > 0;
  const metric = [...document.querySelectorAll('[data-testid="stMetric"]')]
    .find(m => (m.querySelector('[data-testid="stMetricLabel"]')?.innerText || '').trim() === 'Statements');
  const plots = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
  return {
    title: (document.querySelector('h1')?.innerText || '').includes('China stance'),
    metric: /[0-9]/.test(metric?.querySelector('[data-testid="stMetricValue"]')?.innerText || ''),
    charts: plots.length,
    drawn: plots.filter(p => p.querySelector('.main-svg')).length,
    busy: visible(document.querySelector('[data-testid="stStatusWidget"]'))
          || visible(document.querySelector('[data-testid="stSpinner"]')),
    text: document.body.innerText.slice(0, 200),
  };
}
"""
MILESTONES = (("title_s", lambda st, charts: st["title"]), ("metrics_s", lambda st, charts: st["metric"]),
              ("first_chart_s", lambda st, charts: st["drawn"] >= 1),
              ("complete_s", lambda st, charts: st["metric"] and st["charts"] >= charts
               and st["drawn"] == st["charts"] and not st["busy"]))


def wait_complete(page, start: float, charts: int, timeout_s: float) -> dict[str, float]:
    """Poll the page every 50 ms until it is complete; the seconds since `start` at which each milestone was first
    seen (the title, the Statements metric, a drawn chart, complete)."""
    seen: dict[str, float] = {}
    while True:
        state = page.evaluate(STATE_JS)
        now = time.perf_counter() - start
        for name, reached in MILESTONES:
            if name not in seen and reached(state, charts):
                seen[name] = now
        if "complete_s" in seen:
            return seen
        if now > timeout_s:
            shot = CACHE / "cold_start_incomplete.png"
            page.screenshot(path=str(shot))
            raise SystemExit(f"error: no complete render within {timeout_s:.0f} s; the page showed {state} "
                             f"(screenshot {shot})")
        time.sleep(0.05)


def _code_hash(*paths: Path) -> str:
    h = hashlib.sha1()
    for p in paths:
        h.update(p.read_bytes() if p.is_file() else b"")
    return h.hexdigest()[:10]


def synthetic_store(n: int, seed: int) -> Path:
    """The cached synthetic store of n statements, built when missing (atomically: a killed build is not reused)."""
    from stance.synthetic import build_synthetic_store

    path = CACHE / f"synthetic-{n}-seed{seed}-{_code_hash(REPO / 'stance' / 'synthetic.py', REPO / 'stance' / 'store.py')}.duckdb"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        start = time.perf_counter()
        build_synthetic_store(part, n, seed)
        part.replace(path)
        print(f"built {path} in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def seed_store() -> Path:
    """The seed articles ingested once (needs the trained model), cached like the synthetic store."""
    from stance import config
    from stance.classify import META_FILE

    seeds = sorted(Path(config.get("STANCE_SEEDS_DIR")).rglob("*"))
    meta = config.model_dir() / META_FILE
    path = CACHE / f"seed-{_code_hash(REPO / 'stance' / 'store.py', meta, *seeds)}.duckdb"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        part.unlink(missing_ok=True)
        env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_DB=str(part))
        proc = subprocess.run([sys.executable, "-m", "stance", "ingest", config.get("STANCE_SEEDS_DIR")], cwd=REPO,
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:  # the last lines that are not a progress bar (tqdm redraws with \r)
            lines = [line for line in proc.stderr.replace("\r", "\n").splitlines() if line.strip() and "|" not in line]
            raise SystemExit(f"error: ingesting seeds/ failed (status {proc.returncode}): {lines[-3:]}")
        part.replace(path)
        print(f"built {path} from {config.get('STANCE_SEEDS_DIR')}", flush=True)
    return path


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _page_task_seconds(cdp) -> float:
    return next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "TaskDuration")


def launch(browser, db: Path, charts: int, timeout_s: float, screenshot: Path | None = None,
           app: Path = REPO / "dashboard.py") -> dict[str, float]:
    """One cold start: seconds to health, to complete render, and for a reload on the running server; CPU seconds."""
    port = free_port()
    env = dict(os.environ, STANCE_DB=str(db), HF_HUB_OFFLINE="1")
    url = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(command(app, port), cwd=app.parent, env=env, stdout=log, stderr=subprocess.STDOUT)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        try:
            wait_healthy(url, proc, timeout_s)
        except NotHealthy as exc:
            log.seek(0)
            raise SystemExit(f"error: {exc}: {log.read().decode(errors='replace')[-500:]}")
        health = time.perf_counter() - start
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(url)
        seen = wait_complete(page, start, charts, timeout_s)
        cpu = {"cpu_server_s": _cpu_seconds(proc.pid), "cpu_page_s": _page_task_seconds(cdp)}
        if screenshot:  # what "complete" looked like, to check the definition by eye
            page.screenshot(path=str(screenshot))
        t = time.perf_counter()
        page.reload()
        reload = wait_complete(page, t, charts, timeout_s)["complete_s"]
        return {"health_s": health, **seen, "reload_s": reload, **cpu}
    finally:
        context.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _steps(m: dict[str, float]) -> str:
    return (" / ".join(f"{m[k]:.1f}" for k in ("health_s", "title_s", "metrics_s", "first_chart_s", "complete_s"))
            + f", CPU server {m['cpu_server_s']:.1f} s, page {m['cpu_page_s']:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=1_000_000, help="statements in the synthetic store")
    ap.add_argument("--repeats", type=int, default=3, help="cold starts per store (median reported)")
    ap.add_argument("--charts", type=int, default=1,
                    help="plotly charts the first view must show to count as complete (all shown must be drawn)")
    ap.add_argument("--compare", type=Path, help="another dashboard script to launch alternately in the same run")
    ap.add_argument("--compare-charts", type=int, default=5, help="--charts for the --compare script")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic store")
    ap.add_argument("--baseline-db", type=Path,
                    help="a small store to use as the baseline instead of the seed store (which needs the trained model)")
    ap.add_argument("--timeout", type=float, default=180, help="seconds before one launch counts as failed")
    ap.add_argument("--screenshot", type=Path, help="save the page at the moment it counted as complete (last run)")
    ap.add_argument("--json", help="write the result rows here (the `python -m stance bench` contract)")
    args = ap.parse_args()
    if args.statements < 1 or args.repeats < 1 or args.charts < 0 or args.compare_charts < 0:
        ap.error("statements and repeats must be at least 1, charts at least 0")
    if args.compare and not args.compare.is_file():
        ap.error(f"--compare {args.compare}: no such file")
    if not CHROMIUM.exists():
        raise SystemExit(f"error: {CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from stance import store

    if args.baseline_db and not args.baseline_db.is_file():
        ap.error(f"--baseline-db {args.baseline_db}: no such file")
    base_name = f"baseline store {args.baseline_db.name}" if args.baseline_db else "seed store"
    stores = {base_name: args.baseline_db or seed_store(),
              f"{args.statements:,} statements": synthetic_store(args.statements, args.seed)}
    for db in stores.values():
        store.upgrade(db)  # a one-off schema migration of a cached store is not part of a cold start
    apps = {"dashboard.py": (REPO / "dashboard.py", args.charts)}
    if args.compare:
        apps["compare"] = (args.compare.resolve(), args.compare_charts)
    load = load_average()
    from playwright.sync_api import sync_playwright

    runs: dict[tuple[str, str], list[dict[str, float]]] = {(a, n): [] for a in apps for n in stores}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            for _ in range(args.repeats):  # alternate, so load changes hit every app and store alike
                for name, db in stores.items():
                    for app, (script, charts) in apps.items():
                        runs[app, name].append(launch(browser, db, charts, args.timeout, args.screenshot, script))
                        print(f"{app}, {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in runs[app, name][-1].items()),
                              flush=True)
        finally:
            browser.close()
    med = {key: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for key, rs in runs.items()}
    big_name = f"{args.statements:,} statements"
    base, big = med["dashboard.py", base_name], med["dashboard.py", big_name]
    rows = [
        Row("cold start to complete render", args.statements, round(big["complete_s"], 2), "s",
            round(base["complete_s"], 2), round(big["complete_s"] / base["complete_s"], 2), TARGET_S,
            big["complete_s"] <= TARGET_S,
            f"median of {args.repeats}; baseline: the {base_name}; seconds to server health / title / metrics / "
            f"first chart / complete: {_steps(big)} ({base_name} {_steps(base)})"),
        Row("render on a running server (reload)", args.statements, round(big["reload_s"], 2), "s",
            round(base["reload_s"], 2), round(big["reload_s"] / base["reload_s"], 2), None, None,
            f"same page for a second visitor; baseline: the {base_name}"),
    ]
    if args.compare:
        for name in stores:
            new, old = med["dashboard.py", name], med["compare", name]
            size = args.statements if name == big_name else 0
            rows.append(Row(f"cold start vs {args.compare} ({name})", size, round(new["complete_s"], 2), "s",
                            round(old["complete_s"], 2), round(new["complete_s"] / old["complete_s"], 2), None, None,
                            f"median of {args.repeats}, alternating in one run; this / compared: {_steps(new)} vs "
                            f"{_steps(old)}"))
    for row in rows:
        print(f"{row.measure} ({row.size:,}): {row.value} {row.unit} vs {row.baseline} (ratio {row.ratio}); {row.note}")
    if args.json:
        write_result(args.json, "cold_start", rows, load, runs={f"{a} | {n}": r for (a, n), r in runs.items()},
                     stores={k: str(v) for k, v in stores.items()},
                     complete="Statements metric shows a number, >= %d plotly charts, all drawn, no script run or "
                              "spinner showing" % args.charts)


if __name__ == "__main__":
    main()
