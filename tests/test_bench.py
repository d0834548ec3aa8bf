"""The benchmark suite: the JSON contract, how scripts are run and reported, and a real quick run.

No figure is asserted: only that the files are produced and well formed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stance.bench import (KEEP_MARKER, NAMES, Benchmark, Options, Outcome, Row, machine, render_markdown,
                          run_one)
from stance.corpus import DENSITIES, NEWS_STATEMENTS_PER_800_WORDS, synthetic_articles

REPO = Path(__file__).resolve().parents[1]
GOOD = {"measure": "m", "size": 10, "value": 1.5, "unit": "s", "baseline": 2.0, "ratio": 0.75, "target": 5.0,
        "met": True}


@pytest.mark.parametrize("change, error", [
    ({}, None),
    ({"baseline": None, "ratio": None, "target": None, "met": None}, None),
    ({"note": "why"}, None),
    ({"note": None}, None),
    ({"note": 3}, "bad note"),
    ({"value": "fast"}, "bad value"),
    ({"size": 1.5}, "bad size"),
    ({"size": True}, "bad size"),
    ({"met": "yes"}, "bad met"),
    ({"measure": ""}, "bad measure"),
    ({"ratio": [1]}, "bad ratio"),
])
def test_a_row_follows_the_contract(change, error):
    row = {**GOOD, **change}
    if error is None:
        assert Row.from_dict(row).value == row["value"]
    else:
        with pytest.raises(ValueError, match=error):
            Row.from_dict(row)


def test_a_row_without_a_field_is_refused():
    row = dict(GOOD)
    del row["unit"]
    with pytest.raises(ValueError, match="lacks unit"):
        Row.from_dict(row)


SCRIPTS = {
    "no_json": "import argparse; argparse.ArgumentParser().parse_args()",
    "crashes": "import argparse; p = argparse.ArgumentParser(); p.add_argument('--json'); p.parse_args(); "
               "raise SystemExit('error: broken')",
    "malformed": "import argparse, json; p = argparse.ArgumentParser(); p.add_argument('--json'); "
                 "a = p.parse_args(); open(a.json, 'w').write(json.dumps({'rows': [{'measure': 'x'}]}))",
    "good": "import argparse, json; p = argparse.ArgumentParser(); p.add_argument('--json'); "
            "p.add_argument('--n', type=int); a = p.parse_args(); "
            f"open(a.json, 'w').write(json.dumps({{'benchmark': 'good', 'load': '0.1', "
            f"'rows': [dict({GOOD!r}, size=a.n)]}}))",
}


@pytest.mark.parametrize("name, status, reason", [
    ("missing", "not run", "does not exist"),
    ("no_json", "not run", "no --json option"),
    ("crashes", "failed", "error: broken"),
    ("malformed", "failed", "malformed result"),
    ("good", "ok", ""),
])
def test_each_script_is_run_and_judged(tmp_path, name, status, reason):
    for script, code in SCRIPTS.items():
        (tmp_path / f"{script}.py").write_text(code + "\n")
    # --n is listed by the good script's --help and passed; --absent is not listed and left out
    bench = Benchmark(name, "", lambda o: ["--n", "7", "--absent", "1"], 60)
    work = tmp_path / "work"
    work.mkdir()
    out = run_one(bench, Options(), work, bench_dir=tmp_path)
    assert (out.status, out.reason.count(reason) > 0) == (status, True)
    if status == "ok":
        assert [r.size for r in out.rows] == [7] and out.load_script == "0.1"
        assert "--absent" not in out.command


def test_the_report_lists_every_row_and_reason_and_keeps_hand_written_notes():
    outcomes = [Outcome("extraction_speed", "ok", rows=[Row(**GOOD, note="a note")], command=["python", "x.py"]),
                Outcome("classify_speed", "not run", "benchmarks/classify_speed.py has no --json option yet")]
    report = {"command": "python -m stance bench", "date": "2026-01-01 00:00 UTC", "quick": False,
              "machine": machine(), "load_before": "1.00 1.00 1.00", "load_after": "2.00 2.00 2.00"}
    md = render_markdown(outcomes, report, "## Findings\n\nkept text\n")
    assert "| extraction_speed | m | 10 | 1.5 | s | 2 | 0.75× | 5 | yes |" in md
    assert "**not run**: benchmarks/classify_speed.py has no --json option yet" in md
    assert md.index(KEEP_MARKER) < md.index("kept text")
    assert "before 1.00 1.00 1.00, after 2.00 2.00 2.00" in md and "a note" in md


def test_the_machine_is_described():
    m = machine()
    assert m["cores"] >= 1 and m["ram_gib"] > 0 and m["cpu"] and m["python"].count(".") == 2
    assert set(m) >= {"os", "torch", "duckdb", "git_commit"}


@pytest.mark.parametrize("density, low, high", [("news", 15.5, 19.5), ("dense", 22, 30)])
def test_the_synthetic_corpus_has_the_density_it_claims(density, low, high):
    # generator-side count: paragraphs that carry a statement, per 800 words
    texts = [t for t, _ in synthetic_articles(30, seed=1, density=density)]
    words = sum(len(t.split()) for t in texts)
    statements = sum(t.count(" said") + t.count(" added.") + t.count("According to ") for t in texts)
    assert low <= statements / words * 800 <= high
    assert NEWS_STATEMENTS_PER_800_WORDS == 17.4 and density in DENSITIES


def test_an_unknown_density_is_refused():
    with pytest.raises(ValueError, match="news, dense"):
        next(synthetic_articles(1, density="sparse"))


@pytest.mark.slow
def test_a_quick_run_writes_a_well_formed_report(tmp_path, model_dir):
    proc = subprocess.run([sys.executable, "-m", "stance", "bench", "--quick", "--out", str(tmp_path)], cwd=REPO,
                          capture_output=True, text=True, timeout=1500)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads((tmp_path / "performance.json").read_text())
    assert report["quick"] is True and report["machine"]["cores"] >= 1
    by_name = {b["name"]: b for b in report["benchmarks"]}
    assert list(by_name) == list(NAMES)
    owned = ["extraction_speed", "ingest_speed"] + (["cold_start"] if Path("/usr/bin/chromium").exists() else [])
    for name, b in by_name.items():
        assert b["status"] in ("ok", "not run"), (name, b["reason"])
        assert b["status"] == "ok" or b["reason"], name
        if name in owned:
            assert b["status"] == "ok", (name, b["reason"])
        for row in b["rows"]:
            Row.from_dict(row)
            assert row["value"] > 0
    md = (tmp_path / "performance.md").read_text()
    assert md.startswith("# Performance") and KEEP_MARKER in md
    table = [line for line in md.splitlines() if line.startswith("| ") and line.count("|") == 10]
    ok_rows = sum(len(b["rows"]) for b in by_name.values())
    assert len(table) - 1 >= ok_rows  # the header row, then one line per row (and per benchmark not run)
