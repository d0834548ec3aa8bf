"""The CLI contract, run as other tools run it: `python -m stance ...` in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "musk_china_visit_2023.txt"
GOLDEN = REPO / "tests" / "golden" / "musk_china_visit_2023.jsonl"
CONTRACT_FIELDS = ["article", "speaker", "organization", "country", "text", "start", "end", "kind", "label",
                   "confidence", "scores"]


def run(*args: str, stdin: str | None = None, db: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if db is not None:
        env["STANCE_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "stance", *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=900)


def assert_one_line_error(proc: subprocess.CompletedProcess, code: int = 2) -> None:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr


# -- bad input: no model needed, fails before loading it ---------------------------

@pytest.mark.parametrize("args, stdin", [
    (("analyze", "no/such/file.txt"), None),
    (("classify",), "this is not json\n"),
    (("classify",), '{"no_text": 1}\n'),
    (("classify",), '["text"]\n'),
])
def test_bad_input_gives_one_line_and_exit_2(args, stdin):
    assert_one_line_error(run(*args, stdin=stdin))


def test_unreadable_file(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert_one_line_error(run("analyze", str(binary)))


def test_export_without_store(tmp_path):
    assert_one_line_error(run("export", "--out", str(tmp_path / "x.csv"), db=tmp_path / "missing.duckdb"))


def test_export_rejects_unknown_label(tmp_path):
    proc = run("export", "--out", str(tmp_path / "x.csv"), "--label", "hawkish")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


# -- with the real model -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_output(model_dir) -> list[dict]:
    proc = run("analyze", str(SEED))
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def _golden() -> list[dict]:
    return [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_analyze_seed_contract_fields(seed_output):
    text = SEED.read_text(encoding="utf-8")
    for obj in seed_output:
        assert list(obj) == CONTRACT_FIELDS
        assert text[obj["start"]:obj["end"]] == obj["text"]
        assert set(obj["scores"]) == {"pro-engagement", "pro-decoupling", "neutral"}
        assert abs(sum(obj["scores"].values()) - 1) < 1e-3
        assert obj["confidence"] == max(obj["scores"].values())
        assert obj["label"] == max(obj["scores"], key=obj["scores"].get)


@pytest.mark.slow
def test_analyze_seed_statements_match_golden(seed_output):
    keep = ("article", "speaker", "organization", "country", "text", "start", "end", "kind")
    assert [{k: o[k] for k in keep} for o in seed_output] == [{k: g[k] for k in keep} for g in _golden()]
    assert not any("declined to comment" in o["text"] for o in seed_output)


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(_golden())))
def test_analyze_seed_labels_match_golden(seed_output, index):
    gold = _golden()[index]
    got = next(o for o in seed_output if (o["start"], o["end"]) == (gold["start"], gold["end"]))
    assert got["label"] == gold["label"], (gold["speaker"], gold["text"], got["scores"])


@pytest.mark.slow
def test_classify_keeps_order_and_fields(model_dir):
    lines = [{"id": 1, "text": "We will keep expanding our factories in China; decoupling makes no sense."},
             {"id": 2, "text": "Washington must cut every supply-chain dependence on Beijing now."},
             {"id": 3, "text": "The meeting is scheduled for Thursday afternoon."}]
    proc = run("classify", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    assert [o["label"] for o in out] == ["pro-engagement", "pro-decoupling", "neutral"]
    for o in out:
        assert 0 <= o["confidence"] <= 1 and set(o["scores"]) == {"pro-engagement", "pro-decoupling", "neutral"}


@pytest.mark.slow
def test_ingest_is_idempotent_and_export_filters(model_dir, tmp_path):
    db = tmp_path / "store.duckdb"
    first = run("ingest", str(REPO / "seeds"), db=db)
    assert first.returncode == 0, first.stderr
    assert "1 articles added" in first.stderr
    again = run("ingest", str(SEED), db=db)
    assert again.returncode == 0 and "0 articles added, 1 already stored" in again.stderr

    out = tmp_path / "tesla.csv"
    proc = run("export", "--out", str(out), "--company", "Tesla Inc.", db=db)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"Elon Musk"}

    everything = tmp_path / "all.csv"
    assert run("export", "--out", str(everything), db=db).returncode == 0
    all_rows = list(csv.DictReader(everything.open(encoding="utf-8")))
    assert len(all_rows) == len(run("analyze", str(SEED)).stdout.splitlines())

    none = tmp_path / "none.csv"
    assert run("export", "--out", str(none), "--country", "ZZ", db=db).returncode == 0
    assert list(csv.DictReader(none.open(encoding="utf-8"))) == []


@pytest.mark.slow
def test_ingest_reports_bad_items_and_keeps_good_ones(model_dir, tmp_path):
    db = tmp_path / "store.duckdb"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n")
    (folder / "good.txt").write_text("Halden Motors AG said it would double its output in Tianjin next year.")
    proc = run("ingest", str(folder), db=db)
    assert proc.returncode == 1
    assert "empty.txt: empty file" in proc.stderr and "1 articles added" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_reclassify_adds_current_model_labels_and_keeps_old_ones(model_dir, tmp_path):
    from stance import store
    from stance.classify import read_info
    from stance.records import LABELS, AnalyzedStatement, Article, Prediction, Statement

    db = tmp_path / "store.duckdb"
    text = "Halden Motors AG said it would double its output in Tianjin. Norrvik said it would leave the country."
    art = Article("x1", text, file_name="x1.txt")
    old = Prediction("neutral", 0.4, {k: 1 / 3 for k in LABELS}, "old-model")
    items = [AnalyzedStatement(art, Statement(s, e, text[s:e], "reported", None, org, "DE"), old)
             for s, e, org in ((text.index("it would double"), text.index(" in Tianjin"), "Halden Motors AG"),
                               (text.index("it would leave"), len(text) - 1, "Norrvik"))]
    with store.writer(db) as con:
        store.add_batch(con, [art], items)
    proc = run("reclassify", db=db)
    assert proc.returncode == 0, proc.stderr
    assert "2 statements labelled" in proc.stderr
    version = read_info(model_dir).version
    with store.reader(db) as con:
        versions = sorted(r[0] for r in con.execute("SELECT model_version FROM labels").fetchall())
        shown = {r[0] for r in con.execute("SELECT model_version FROM statement_view").fetchall()}
    assert versions == sorted(["old-model", "old-model", version, version])
    assert shown == {version}
    again = run("reclassify", db=db)
    assert again.returncode == 0 and "0 statements labelled" in again.stderr
