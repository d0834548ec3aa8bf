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
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.streamlit_server import NotHealthy, command, free_port, wait_healthy

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
TIMEOUT_MS = 30_000
MUSK = "We oppose decoupling from China."


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
    with _streamlit(stance_store.path, "streamlit.log") as url:
        yield url


@contextmanager
def _streamlit(db: Path, log_name: str):
    """`streamlit run dashboard.py` with ``STANCE_DB=db`` on a free port (the repo's .streamlit/config.toml)."""
    port = free_port()
    env = {**os.environ, "STANCE_DB": str(db), "HF_HUB_OFFLINE": "1"}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / log_name, "w")
    proc = subprocess.Popen(command("dashboard.py", port), cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_healthy(url, proc, timeout_s=60, poll_s=0.3)
        except NotHealthy as exc:
            pytest.fail(f"{exc}; see {ARTIFACTS / log_name}")
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
    _shot(page, "overview", 1300)

    # The chart sections: one at a time, chosen by the segmented control and kept in the URL.
    for section, param, heading, charts in (("Countries", "chart=Countries", "Stance by country", 2),
                                            ("Speakers", "chart=Speakers", "Stance by speaker", 1),
                                            ("Over time", "chart=Over+time", "Stance over time", 1)):
        page.get_by_role("radio", name=section, exact=True).click()
        page.wait_for_function(f"() => window.location.search.includes('{param}')")
        page.get_by_role("heading", name=heading).wait_for()
        _idle(page)  # the previous section's chart goes when the run ends
        page.wait_for_function(f"() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"]').length == {charts}")
        _shot(page, "overview_" + section.lower().replace(" ", "_"), 1500)
    page.get_by_role("radio", name="Companies", exact=True).click()
    page.wait_for_function("() => !window.location.search.includes('chart=')")
    _idle(page)

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


# --- hostile article text: nothing runs, nothing is fetched, everything reads as text --------

EXTERNAL = "198.51.100.7"  # TEST-NET-2: never reachable; any request to it is the finding
LONG_LINE = "W" * 20_000
HOSTILE_QUOTES = (
    "<script>window.__pwned=1;alert(1)</script> We oppose decoupling from China.",
    '<img src=x onerror="window.__pwned=2;alert(2)"> We must reduce our dependence on China.',
    '<iframe srcdoc="<script>parent.__pwned=3;alert(3)</script>"></iframe> Trade with China goes on.',
    f"[click here](javascript:window.__pwned=4) ![x](http://{EXTERNAL}/pixel.png) :red[ALARM] are not markdown.",
)
HOSTILE_TEXT = (
    f"Lena Vogt, Tesla's chief executive, said: “{HOSTILE_QUOTES[0]}”\n\n"
    f"Jonas Berg, chief executive of Halden Motors AG, said: “{HOSTILE_QUOTES[1]}”\n\n"
    f"Maria Lopez of Northwind Corp. said: “{HOSTILE_QUOTES[2]}”\n\n"
    f"Aiko Tanaka, a spokeswoman for Vantor Inc., said: “{HOSTILE_QUOTES[3]}”\n\n"
    f"A reader wrote: {LONG_LINE}\n")
HOSTILE_META = {"title": f"<img src=http://{EXTERNAL}/t.png onerror=window.__pwned=5> :red[Title]",
                "source": f"![s](http://{EXTERNAL}/s.png)", "url": "javascript:window.__pwned=6",
                "published": "2024-06-01"}
# Names a chart shows in its axis and tooltips (hand-made: extraction only yields registry names).
HOSTILE_ORG = f"<img src=http://{EXTERNAL}/o.png onerror=window.__pwned=7>Org"
HOSTILE_SPEAKER = f":red[Speaker] ![p](http://{EXTERNAL}/p.png) <b>bold</b>"
PWNED = "() => [window, ...Array.from(window.frames)].some(w => { try { return w.__pwned !== undefined } " \
        "catch (e) { return false } })"


@pytest.fixture(scope="module")
def hostile_db(model_dir, tmp_path_factory) -> Path:
    """The hostile article ingested with the real model, plus a statement with hostile names."""
    import json as _json

    from stance import config, store
    from stance.analyze import Analyzer
    from stance.ingest import ingest, pasted, read_payload
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    db = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    analyzer = Analyzer(config.data_dir() / "registry", model_dir)
    summary = ingest(read_payload(pasted(HOSTILE_TEXT, **HOSTILE_META)), db, lambda: analyzer)
    assert (summary.articles_added, summary.statements) == (1, 4), summary.render()
    quote = "We stay in China."
    article = Article("hostile-names", f"{HOSTILE_SPEAKER} said “{quote}”", title=_json.dumps(HOSTILE_META),
                      published="2024-06-02")
    start = article.text.index(quote)
    with store.writer(db) as con:
        store.add_batch(con, [article], [AnalyzedStatement(
            article, Statement(start, start + len(quote), quote, "direct", HOSTILE_SPEAKER, HOSTILE_ORG, "US"),
            Prediction("pro-engagement", 0.8, {"pro-engagement": 0.8, "pro-decoupling": 0.1, "neutral": 0.1}, "t"))])
    return db


@pytest.fixture(scope="module")
def hostile_server(hostile_db, browser):
    with _streamlit(hostile_db, "streamlit_hostile.log") as url:
        yield url


def _watch(page, requests: list[str], dialogs: list[str]) -> None:
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))


def _external(requests: list[str]) -> list[str]:
    from urllib.parse import urlsplit
    return [u for u in requests if urlsplit(u).scheme not in ("data", "blob", "about")
            and urlsplit(u).hostname not in ("127.0.0.1", "localhost")]


def _hover_bars(page, chart_index: int) -> list[str]:
    """Hover every bar of a chart; the tooltip texts plotly drew."""
    chart = page.locator('[data-testid="stPlotlyChart"]').nth(chart_index)
    chart.locator("g.trace.bars").first.wait_for(timeout=TIMEOUT_MS)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    texts = []
    for path in chart.locator("g.trace.bars path").all():
        box = path.bounding_box()
        if not box or box["width"] < 2 or box["height"] < 2:
            continue
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        hover = chart.locator(".hoverlayer .hovertext")
        try:
            hover.first.wait_for(timeout=2000)
        except Exception:  # noqa: BLE001 - a bar without a tooltip is not the finding here
            continue
        texts.append(hover.first.text_content())
    return texts


def test_hostile_text_never_runs_and_fetches_nothing(hostile_server, hostile_db, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    requests: list[str] = []
    dialogs: list[str] = []
    page = context.new_page()
    _watch(page, requests, dialogs)
    page.set_default_timeout(TIMEOUT_MS)

    # Overview: the charts, their axis names and tooltips.
    page.goto(hostile_server)
    _wait_metric(page, "Statements", "5")
    _idle(page)
    tooltips = _hover_bars(page, 0)  # company bars
    assert any(HOSTILE_ORG in t for t in tooltips), tooltips  # the name as typed, as text
    assert page.locator('[data-testid="stPlotlyChart"] img').count() == 0
    _shot(page, "hostile_overview", 1300)
    page.goto(hostile_server + "/?chart=Speakers")
    _wait_metric(page, "Statements", "5")
    _idle(page)
    speakers = _hover_bars(page, 0)
    assert any(HOSTILE_SPEAKER in t for t in speakers), speakers
    assert page.locator('[data-testid="stPlotlyChart"] img').count() == 0
    tooltips += speakers

    # The table, then each hostile statement in its article.
    page.goto(hostile_server + "/?view=Statements")
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)
    _shot(page, "hostile_table", 1200)
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    for row in range(5):  # select each row in turn, as an analyst would
        page.mouse.click(box["x"] + 12, box["y"] + 35 + 17 + 35 * row)
        page.locator("mark").first.wait_for()
        _idle(page)
    article = page.locator("div.stance-article").first
    for quote in HOSTILE_QUOTES:
        page.goto(hostile_server + "/?view=Statements&search=" + urllib.parse.quote(quote[:30]))
        mark = page.locator("mark").first
        page.locator('[data-testid="stDataFrame"]').first.wait_for()
        _idle(page)
        grid = page.locator('[data-testid="stDataFrame"]').first
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)
        mark.wait_for()
        assert mark.inner_text() == quote  # the statement, as plain text
        text = article.inner_text()
        assert all(q in text for q in HOSTILE_QUOTES) and LONG_LINE in text
        assert article.locator("script, img, iframe, a").count() == 0
    info = page.locator("table.stance-detail").first
    assert HOSTILE_META["title"] in info.inner_text() and HOSTILE_META["source"] in info.inner_text()
    assert info.locator("img, a, script").count() == 0  # a javascript: URL is not a link
    _shot(page, "hostile_detail", 1700)

    # The download of this view is the CLI's export, byte for byte.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download this view (CSV)").click()
    target = tmp_path / "download.csv"
    download.value.save_as(target)
    search = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["search"][0]
    cli = subprocess.run([sys.executable, "-m", "stance", "export", "--db", str(hostile_db), "--out",
                          str(tmp_path / "cli.csv"), "--search", search], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"}, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert target.read_bytes() == (tmp_path / "cli.csv").read_bytes()

    page.wait_for_timeout(1000)  # anything late (an image, a frame) would have loaded by now
    assert not page.evaluate(PWNED), "a script from article text ran"
    assert dialogs == []
    assert requests and _external(requests) == [], _external(requests)
    print(f"\nbrowser figures: {len(requests)} requests recorded, all to localhost; {len(tooltips)} tooltips read; "
          f"{len(HOSTILE_QUOTES)} hostile statements opened in the drill-down; 0 dialogs; window.__pwned unset")
    context.close()


def test_add_articles_in_the_browser_and_the_upload_cap(model_dir, browser, tmp_path):
    """Upload through the real page; then a body over server.maxUploadSize is refused by the server (413)."""
    import tomllib

    from stance import store

    limit_mb = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]
    db = tmp_path / "new.duckdb"
    with _streamlit(db, "streamlit_upload.log") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        uploads = []
        page.on("request", lambda r: uploads.append(r) if "/_stcore/upload_file/" in r.url else None)
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url)
        page.get_by_text("There is no store").wait_for()
        page.get_by_test_id("stExpander").get_by_text("Add articles").click()
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([
            {"name": "vogt.txt", "mimeType": "text/plain", "buffer": HOSTILE_TEXT.encode()},
            {"name": "blob.txt", "mimeType": "text/plain", "buffer": b"\x00\x01\x02\x03" * 64}])
        page.get_by_text("blob.txt").wait_for()
        page.get_by_role("button", name="Add these files").click()
        page.get_by_text("1 articles added, 0 already stored, 4 statements found, 1 errors").wait_for(timeout=120_000)
        _wait_metric(page, "Statements", "4")
        _shot(page, "add_articles", 1200)
        with store.reader(db) as con:
            assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)

        put = next(r for r in uploads if r.method == "PUT")
        status = page.evaluate("""async ([url, token, size]) => {
            const form = new FormData();
            form.append("file", new Blob([new Uint8Array(size)]), "huge.txt");
            const r = await fetch(url, {method: "PUT", headers: {"X-Xsrftoken": token}, body: form});
            return r.status; }""", [put.url.rsplit("/", 1)[0] + "/oversize", put.headers.get("x-xsrftoken", ""),
                                   limit_mb * 1024 * 1024 + 2 * 1024 * 1024])
        assert status == 413
        same_size_ok = page.evaluate("""async ([url, token]) => {
            const form = new FormData();
            form.append("file", new Blob(["a small file"]), "small.txt");
            const r = await fetch(url, {method: "PUT", headers: {"X-Xsrftoken": token}, body: form});
            return r.status; }""", [put.url.rsplit("/", 1)[0] + "/small", put.headers.get("x-xsrftoken", "")])
        assert same_size_ok == 204  # the same request under the cap is accepted: the 413 is the size
        context.close()
