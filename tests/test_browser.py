"""The dashboard in a real browser: `streamlit run` on a free port, driven through Playwright.

What AppTest cannot show: the widget -> URL binding, plotly click events, the
canvas table's row selection, DOMPurify's rendering of the highlighted
statement and the deferred CSV download. Uses Debian's chromium
(``/usr/bin/chromium``); without it the test is skipped, except under CI
(``CI=true``), where a missing browser is a failure. Screenshots go to
``artifacts/`` (git-ignored).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
TIMEOUT_MS = 30_000
MUSK = "We oppose decoupling from China."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run browser tests"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(stance_store, browser):
    """`streamlit run dashboard.py` against the fixture store; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "STANCE_DB": str(stance_store.path), "HF_HUB_OFFLINE": "1"}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start; see {ARTIFACTS / 'streamlit.log'}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _metric(page, label: str) -> str:
    block = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return block.locator('[data-testid="stMetricValue"]').inner_text()


def _wait_metric(page, label: str, value: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while _metric(page, label) != value:
        if time.monotonic() > deadline:
            raise AssertionError(f"{label} stayed {_metric(page, label)!r}, expected {value!r}")
        page.wait_for_timeout(200)


def _idle(page) -> None:
    """Wait for the script run to finish (the status widget disappears)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=TIMEOUT_MS)


def _shot(page, name: str, height: int = 1000) -> None:
    """A screenshot of the whole app: Streamlit scrolls inside its own container, so grow the window."""
    page.set_viewport_size({"width": 1400, "height": height})
    _idle(page)
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for i in range(charts.count()):
        charts.nth(i).locator(".main-svg").first.wait_for()
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})


def _click_biggest_bar(page, chart_index: int, trace_name: str) -> None:
    chart = page.locator('[data-testid="stPlotlyChart"]').nth(chart_index)
    chart.locator("g.trace.bars").first.wait_for(timeout=TIMEOUT_MS)
    traces = chart.locator("g.trace.bars")
    best, area = None, 0.0
    for i in range(traces.count()):
        for path in traces.nth(i).locator("path").all():
            box = path.bounding_box()
            if box and box["width"] * box["height"] > area:
                best, area = box, box["width"] * box["height"]
    assert best is not None, f"no bar drawn for {trace_name}"
    # Plotly's drag layer lies over the bars and turns a mouse click there into the click event.
    page.mouse.click(best["x"] + best["width"] / 2, best["y"] + best["height"] / 2)


def test_filter_click_select_share_download(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(server)
    page.get_by_text("China stance").first.wait_for()
    _wait_metric(page, "Statements", "5")
    _idle(page)
    _shot(page, "overview", 2700)

    # A filter: the search box, bound to ?search=
    search = page.get_by_role("textbox", name="Search statements")
    search.fill("oppose")
    search.press("Enter")
    _wait_metric(page, "Statements", "1")
    page.wait_for_function("() => window.location.search.includes('search=oppose')")
    search.fill("")
    search.press("Enter")
    _wait_metric(page, "Statements", "5")
    _idle(page)

    # A click on the company chart's biggest bar (Tesla, 2 statements) filters by that company.
    _click_biggest_bar(page, 0, "company")
    _wait_metric(page, "Statements", "2")
    page.wait_for_function("() => window.location.search.includes('company=Tesla')")
    _idle(page)

    # The table: select the first row (newest: the Musk statement), see it highlighted in its article.
    page.get_by_role("tab", name="Statements").click()
    page.wait_for_function("() => window.location.search.includes('view=Statements')")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    _idle(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)  # the row-selection cell of the first data row
    mark = page.locator("mark").first
    mark.wait_for()
    assert mark.inner_text() == MUSK
    assert page.locator("script", has_text="alert(1)").count() == 0
    page.wait_for_function("() => window.location.search.includes('statement=')")
    _idle(page)
    _shot(page, "statements", 1700)

    # The shared link restores the same view in a fresh page.
    shared = page.url
    other = context.new_page()
    other.goto(shared)
    _wait_metric(other, "Statements", "2")
    other.locator("mark").first.wait_for()
    assert other.locator("mark").first.inner_text() == MUSK
    other.close()

    # The CSV download is exactly the filtered view.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download this view (CSV)").click()
    download = info.value
    assert download.suggested_filename.startswith("stance_company-Tesla_") and download.suggested_filename.endswith("Z.csv")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert {r["organization"] for r in rows} == {"Tesla"} and len(rows) == 2
    assert {"corrected_label", "correction_note", "corrected_at", "start_char", "model_version"} <= set(rows[0])

    # The speaker and organization views.
    page.get_by_role("button", name="All statements of this speaker").click()
    page.wait_for_function("() => window.location.search.includes('view=Speakers')")
    _idle(page)
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _shot(page, "speakers", 1500)
    page.goto(server + "/?view=Organizations&company_view=Tesla")
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)
    _shot(page, "organizations", 1500)
    context.close()
