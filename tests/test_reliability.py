"""Crash safety and concurrency with real processes, the real model and a real store file.

- ingest is killed with SIGKILL at random moments, many times over: after every
  kill the store holds only whole articles (each with all its statements and
  labels), and a final run completes with exact counts;
- ingest runs in one process while threads query the store as the dashboard
  does: no errors on either side, nothing missing or duplicated at the end.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from stance import config, queries, store
from stance.corpus import write_corpus
from stance.extract import Extractor
from stance.ingest import read_sources
from stance.registry import Registry

REPO = Path(__file__).resolve().parent.parent
N_ARTICLES = 96


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_DB=str(db))
    return subprocess.Popen([sys.executable, "-m", "stance", "ingest", str(folder)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """Synthetic articles and, per article id, how many statements extraction finds."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, N_ARTICLES, seed=11, words=250)
    extractor = Extractor(Registry.load(config.data_dir() / "registry"))
    expected = {a.article_id: len(extractor.extract(a.text)) for a in read_sources([str(folder)])}
    return folder, expected


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    with store.reader(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def _check_consistent(db: Path, expected: dict[str, int]) -> tuple[int, int]:
    with store.reader(db) as con:
        orphans = con.execute("SELECT count(*) FROM statements s LEFT JOIN articles a USING (article_id) "
                              "WHERE a.article_id IS NULL").fetchone()[0]
        unlabelled = con.execute("SELECT count(*) FROM statements s LEFT JOIN labels l USING (statement_id) "
                                 "WHERE l.statement_id IS NULL").fetchone()[0]
        per_article = dict(con.execute("SELECT a.article_id, count(s.statement_id) FROM articles a "
                                        "LEFT JOIN statements s USING (article_id) GROUP BY 1").fetchall())
    assert orphans == 0 and unlabelled == 0
    for aid, n in per_article.items():
        assert expected[aid] == n, f"article {aid} is partial: {n} of {expected[aid]} statements"
    return len(per_article), sum(per_article.values())


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_partial_articles(model_dir, corpus, tmp_path):
    folder, expected = corpus
    db = tmp_path / "store.duckdb"
    rng = random.Random(5)
    kills = mid_ingest = checks = 0
    checked = []
    rounds = 10
    for _ in range(rounds):
        proc = _ingest(folder, db)
        before = _stored(db)
        # wait until this run has stored something, then kill at a random moment after that
        while proc.poll() is None and _stored(db) <= before:
            time.sleep(0.1)
        # within about one batch's time: ingest runs 20+ articles/s, so a longer wait often outlives the run
        time.sleep(rng.uniform(0.0, 0.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        stored, statements = _check_consistent(db, expected)
        checks += 1
        checked.append((stored, statements))
        if proc.returncode == -signal.SIGKILL and 0 < stored < len(expected):
            mid_ingest += 1
        if stored >= len(expected) // 2:  # keep at least half the corpus to do, so kills can land mid-run
            for f in db.parent.glob(db.name + "*"):
                f.unlink()
    final = _ingest(folder, db)
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err
    assert _check_consistent(db, expected) == (len(expected), sum(expected.values()))
    assert mid_ingest >= 4, f"only {mid_ingest} of {kills} kills landed while articles were being stored"
    print(f"\nreliability figures: SIGKILL rounds={rounds} kills={kills} mid-ingest kills={mid_ingest} "
          f"store checks={checks} (articles, statements) checked per store={checked} "
          f"final: {len(expected)} articles, {sum(expected.values())} statements exact")


@pytest.mark.slow
def test_ingest_while_dashboard_threads_query(model_dir, corpus, tmp_path):
    folder, expected = corpus
    db = tmp_path / "store.duckdb"
    with store.writer(db):
        pass  # an empty store, as the dashboard would find it
    errors: list[BaseException] = []
    reads = [0]
    done = threading.Event()

    def reader_loop():
        while not done.is_set():
            try:
                with store.reader(db) as con:
                    queries.totals(con, queries.Filters())
                    queries.statements_page(con, queries.Filters(), limit=50)
                reads[0] += 1
            except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)
            time.sleep(0.01)

    threads = [threading.Thread(target=reader_loop) for _ in range(4)]
    for t in threads:
        t.start()
    proc = _ingest(folder, db)
    out, err = proc.communicate(timeout=600)
    done.set()
    for t in threads:
        t.join()
    assert proc.returncode == 0, err
    assert not errors, errors[:3]
    assert reads[0] > 20
    assert _check_consistent(db, expected) == (len(expected), sum(expected.values()))
    print(f"\nreliability figures: concurrent reads={reads[0]} by 4 threads, reader errors=0, "
          f"final: {len(expected)} articles, {sum(expected.values())} statements exact")


@pytest.mark.slow
def test_dashboard_upload_while_cli_ingests(model_dir, corpus, tmp_path):
    """The dashboard's "Add articles" path (uploads -> ``ingest.ingest``) racing a CLI ingest of the same files."""
    from stance.analyze import Analyzer
    from stance.ingest import ingest, read_uploads

    folder, expected = corpus
    db = tmp_path / "store.duckdb"
    files = sorted(folder.glob("*.txt"))
    uploads = [(f.name, f.read_bytes()) for f in files[::-1]]  # the other order: both sides meet in the middle
    metadata = [(f.name, f.read_bytes()) for f in folder.glob("*.json")]
    analyzer = Analyzer(config.data_dir() / "registry", model_dir)
    proc = _ingest(folder, db)
    summary = ingest(read_uploads(uploads + metadata), db, lambda: analyzer)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    [headline] = [line for line in err.splitlines() if line.endswith("errors") and "articles added" in line]
    cli_added = int(headline.split()[0])
    assert summary.errors == []
    assert cli_added + summary.articles_added == len(expected)  # each article stored once, by one side
    assert summary.articles_added + summary.duplicates == len(files)
    assert _check_consistent(db, expected) == (len(expected), sum(expected.values()))
    print(f"\nreliability figures: upload path added {summary.articles_added}, CLI added {cli_added}, "
          f"duplicates skipped by the upload path {summary.duplicates}; {len(expected)} articles exact")
