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
    info = read_info(model_dir)
    version = info.version + ("+int8" if info.int8_ok else "")  # what the default backend, auto, labels with
    with store.reader(db) as con:
        versions = sorted(r[0] for r in con.execute("SELECT model_version FROM labels").fetchall())
        shown = {r[0] for r in con.execute("SELECT model_version FROM statement_view").fetchall()}
    assert versions == sorted(["old-model", "old-model", version, version])
    assert shown == {version}
    again = run("reclassify", db=db)
    assert again.returncode == 0 and "0 statements labelled" in again.stderr


# -- review findings P4-P7: old stores, every input to analyze, bad stdin, failed export ----------

def run_bytes(*args: str, stdin: bytes, db: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if db is not None:
        env["STANCE_DB"] = str(db)
    proc = subprocess.run([sys.executable, "-m", "stance", *args], input=stdin, capture_output=True, cwd=REPO,
                          env=env, timeout=900)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


@pytest.mark.parametrize("stdin, message", [
    (b'{"text":"Caf\xe9"}\n', "error: stdin line 1: not valid UTF-8 text"),
    (b'{"text":"fine"}\n\n{"text":"\xff\xfe"}\n', "error: stdin line 3: not valid UTF-8 text"),
    (b'{"text":"Caf\\ud800"}\n', "error: stdin line 1: not valid Unicode (a lone surrogate such as \\ud800)"),
    (b'{"text":"ok","id":"\\udfff"}\n', "error: stdin line 1: not valid Unicode (a lone surrogate such as \\ud800)"),
    (b'[' * 100_000 + b'\n', "error: stdin line 1: not valid JSON (nested too deeply)"),
])
def test_classify_refuses_text_that_is_not_unicode(stdin, message):
    proc = run_bytes("classify", stdin=stdin)
    assert_one_line_error(proc)
    assert proc.stderr.strip() == message and proc.stdout == ""


def test_classify_accepts_a_byte_order_mark_on_the_first_line_only():
    proc = run_bytes("classify", stdin=b'\xef\xbb\xbf{"nope": 1}\n')
    assert proc.stderr.strip() == "error: stdin line 1: expected a JSON object with a string field 'text'"


@pytest.fixture
def v2_store_file(tmp_path) -> Path:
    """A version 2 store built from the DDL as it shipped (frozen in test_store_migration)."""
    import duckdb
    from test_store_migration import V1_DDL, V2_DDL

    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    for ddl in V1_DDL + V2_DDL:
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2'), ('updated_at', '2024-06-02T12:00:00')")
    con.execute("INSERT INTO articles VALUES ('a', 'a.txt', 'T', 'S', NULL, DATE '2024-01-02', 'en', "
                "'Ann said “hello there”. Bo said “goodbye”.', TIMESTAMP '2024-06-01 12:00:00')")
    con.execute("INSERT INTO statements VALUES ('s1', 'a', 1, 10, 21, 'hello there', 'direct', 'Ann', 'Org', 'US'), "
                "('s2', 'a', 2, 33, 40, 'goodbye', 'direct', 'Bo', NULL, NULL)")
    con.execute("INSERT INTO labels VALUES ('s1', 'v1', 'neutral', 0.7, 0.1, 0.2, 0.7, TIMESTAMP '2024-06-01 12:00:00'), "
                "('s2', 'v1', 'pro-decoupling', 0.6, 0.2, 0.6, 0.2, TIMESTAMP '2024-06-01 12:00:00')")
    con.execute("INSERT INTO corrections VALUES ('s2', 'pro-engagement', 'second look', 'bo', "
                "TIMESTAMP '2024-06-02 12:00:00')")
    con.close()
    return path


def _schema_version(db: Path) -> int:
    from stance import store

    with store.reader(db) as con:
        return store.schema_version(con)


def test_export_upgrades_a_version_2_store_first(v2_store_file, tmp_path):
    out = tmp_path / "x.csv"
    proc = run("export", "--out", str(out), db=v2_store_file)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted((r["text"], r["label"], r["corrected_label"]) for r in rows) == [
        ("goodbye", "pro-decoupling", "pro-engagement"), ("hello there", "neutral", "")]
    from stance import store
    assert _schema_version(v2_store_file) == store.SCHEMA_VERSION


def test_train_upgrades_a_version_2_store_before_reading_corrections(v2_store_file, tmp_path):
    """`train` reads the analysts' corrections first; on a version 2 store that failed with a CatalogException.
    An empty data folder stops it right after, with one line, before any model is trained."""
    env_data = tmp_path / "nodata"
    (env_data / "labeled").mkdir(parents=True)
    env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_DB=str(v2_store_file), STANCE_DATA_DIR=str(env_data),
               STANCE_MODEL_DIR=str(tmp_path / "model"))
    proc = subprocess.run([sys.executable, "-m", "stance", "train"], capture_output=True, text=True, cwd=REPO,
                          env=env, timeout=900)
    assert_one_line_error(proc)
    assert "no labeled data" in proc.stderr
    from stance import store
    assert _schema_version(v2_store_file) == store.SCHEMA_VERSION
    assert not (tmp_path / "model").exists()


@pytest.mark.parametrize("target", ["a_folder", "missing_folder/x.csv"])
def test_a_failed_export_leaves_no_part_file(stance_store, tmp_path, target):
    (tmp_path / "a_folder").mkdir()
    proc = run("export", "--out", str(tmp_path / target), db=stance_store.path)
    assert_one_line_error(proc)
    assert proc.stderr.startswith(f"error: cannot write {tmp_path / target}")
    assert list(tmp_path.rglob("*.part")) == []


def test_a_successful_export_leaves_only_the_csv(stance_store, tmp_path):
    proc = run("export", "--out", str(tmp_path / "x.csv"), db=stance_store.path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]


ANALYZE_ROWS = [{"text": "Lena Vogt, Tesla's chief executive, said: “We oppose decoupling from China.”"},
                {"text": "The weather was fine."},
                {"text": "Representative Dana Whitfield said “We must decouple from the Chinese Communist Party.”"}]


@pytest.mark.parametrize("inputs, code, errors", [  # inputs that all fail: no model is loaded
    (["missing.txt"], 2, ["missing.txt: no such file or folder"]),
    (["empty.jsonl"], 2, ["empty.jsonl: empty file"]),
    (["bad.jsonl"], 2, ["bad.jsonl:1: 'published' is not a real date: '2024-02-30'",
                        "bad.jsonl:2: text is not valid Unicode (a lone surrogate such as \\ud800)"]),
])
def test_analyze_reports_every_bad_item(tmp_path, inputs, code, errors):
    (tmp_path / "empty.jsonl").write_text("\n")
    (tmp_path / "bad.jsonl").write_text('{"text": "x", "published": "2024-02-30"}\n{"text": "\\ud800"}\n')
    proc = subprocess.run([sys.executable, "-m", "stance", "analyze", *inputs], capture_output=True, text=True,
                          cwd=tmp_path, env=dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO)), timeout=900)
    assert proc.returncode == code and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.splitlines() == [f"error: {e}" for e in errors] and proc.stdout == ""


@pytest.mark.slow
@pytest.mark.parametrize("extra, code", [([], 0), (["bad.jsonl"], 1), (["missing.txt"], 2)])
def test_analyze_prints_every_row_of_a_jsonl(model_dir, tmp_path, extra, code):
    """analyze reads what ingest reads: each row of a .jsonl is an article named `rows.jsonl:N`."""
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ANALYZE_ROWS) + "\n",
                                         encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "x", "published": "2024-13-45"}\n')
    proc = subprocess.run([sys.executable, "-m", "stance", "analyze", "rows.jsonl", *extra], capture_output=True,
                          text=True, cwd=tmp_path, env=dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO)),
                          timeout=900)
    assert proc.returncode == code and "Traceback" not in proc.stderr, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(o["article"], o["speaker"]) for o in out] == [("rows.jsonl:1", "Lena Vogt"),
                                                            ("rows.jsonl:3", "Dana Whitfield")]
    assert all(list(o) == CONTRACT_FIELDS for o in out)
    assert len([line for line in proc.stderr.splitlines() if line.startswith("error: ")]) == len(extra)


@pytest.mark.slow
def test_ingest_stores_the_rest_of_a_batch_around_bad_dates_and_surrogates(model_dir, tmp_path):
    """The reviewer's reproduction: these items crashed the store insert and lost the batch of 16."""
    from stance import store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Halden Motors AG said it would stay in Tianjin.", encoding="utf-8")
    (folder / "a.json").write_text('{"published": "2024-13-45"}', encoding="utf-8")
    rows = [json.dumps({"text": f"Row {n}: Halden Motors AG said it would stay in China.", "published": "2024-02-28"})
            for n in range(20)]
    rows[2] = json.dumps({"text": "Row 2 dated badly.", "published": "2024-02-30"})
    rows[4] = '{"text": "Row 4 with a bad title.", "title": "\\ud800"}'
    (folder / "rows.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    proc = run("ingest", str(folder), db=db)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.splitlines() == [
        "18 articles added, 0 already stored, 18 statements found, 3 errors",
        f"  error: {folder / 'a.txt'}: 'published' is not a real date: '2024-13-45'",
        f"  error: {folder / 'rows.jsonl'}:3: 'published' is not a real date: '2024-02-30'",
        f"  error: {folder / 'rows.jsonl'}:5: 'title' is not valid Unicode (a lone surrogate such as \\ud800)"]
    with store.reader(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 18


@pytest.mark.parametrize("command, stdin", [
    (("classify",), '{"text": "We will keep investing in China."}\n'),
    (("analyze", str(SEED)), None),
])
def test_bad_backend_setting_is_one_line_error(command, stdin):
    env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_BACKEND="onnx-fp16")
    proc = subprocess.run([sys.executable, "-m", "stance", *command], input=stdin, capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=900)
    assert_one_line_error(proc)
    assert "STANCE_BACKEND" in proc.stderr and "auto, onnx, onnx-int8, torch" in proc.stderr
