"""End-to-end ingest (read, extract, classify, store): articles/s and peak memory, at several corpus sizes.

Usage: ``.venv/bin/python benchmarks/ingest_speed.py [--sizes 1000 10000] [--dense-sizes 1000]
[--baseline-articles 100] [--json PATH]``

For each size, a seeded synthetic corpus (``stance.corpus``: 800-word
articles at news density, 17.4 statements per 800 words as in the annotated
articles) is written as .txt + .json pairs, and ``python -m stance ingest
FOLDER`` runs on it in a subprocess into a fresh store. Time is the child's
wall time, model load included. Memory is the child's peak resident set
(``VmHWM`` in ``/proc/PID/status``, polled every 0.1 s, with ``VmRSS`` sampled
along the way), so growth with corpus size is visible: time should grow
linearly (articles/s flat across sizes) and memory stay flat.
``--dense-sizes`` runs the dense corpus variant (about 25 statements per 800
words, the earlier generator) too, as a stress case.

Baselines, in the same run:

- speed: the first ``--baseline-articles`` articles of the same corpus through
  extract + classify in this process (``stance.analyze.Analyzer``), model
  loaded beforehand, no files, no store. That is the pipeline's ceiling, so
  ``ratio`` (at most about 1) is the share of time the analysis itself takes;
  the rest is process start, model load, reading and the store.
- memory: the peak at the smallest size of the same density; ``ratio`` near 1
  means flat. Target: within 25% of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package is not installed; run from anywhere

from stance.bench import Row, load_average, write_result  # noqa: E402
from stance.corpus import DENSITIES, synthetic_articles, write_corpus  # noqa: E402

TARGET = 10.0  # articles/s, issues 5 and 7
FLAT = 1.25  # peak RSS at most this times the smallest size's
SEED = 3


def _status_kib(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM:", "VmRSS:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return out


def ingest(n: int, density: str) -> dict:
    """Write the corpus, ingest it in a child process, poll its memory; the measured figures."""
    from stance import queries, store

    with tempfile.TemporaryDirectory(prefix="stance-ingest-bench-") as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "store.duckdb"
        write_corpus(folder, n, seed=SEED, density=density)
        env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", STANCE_DB=str(db))
        peak, samples = 0, []
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "stance", "ingest", str(folder)], cwd=REPO, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        errors: list[str] = []
        import threading

        reader = threading.Thread(target=lambda: errors.extend(proc.stderr), daemon=True)
        reader.start()
        while proc.poll() is None:
            kib = _status_kib(proc.pid)
            peak = max(peak, kib.get("VmHWM", 0))
            if kib.get("VmRSS"):
                samples.append((round(time.perf_counter() - start, 1), round(kib["VmRSS"] / 1024)))
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        reader.join(timeout=5)
        if proc.returncode != 0:
            raise SystemExit(f"error: ingest of {n} {density} articles exited {proc.returncode}: "
                             f"{''.join(errors[-3:]).strip()}")
        with store.reader(db) as con:
            statements = queries.statement_count(con)
            articles = queries.totals(con, queries.Filters())["articles"]
    if articles != n:
        raise SystemExit(f"error: {articles} of {n} articles stored")
    # RSS over the second half of the run: flat within a run as well as across sizes
    late = [mib for t, mib in samples if t >= seconds / 2]
    # median RSS in each tenth of the run: a leak climbs from tenth to tenth, arena churn does not
    tenths = [[mib for t, mib in samples if k * seconds / 10 <= t < (k + 1) * seconds / 10] for k in range(10)]
    return {"rss_by_tenth_mib": [statistics.median(v) if v else None for v in tenths],"articles": n, "density": density, "seconds": round(seconds, 1), "articles_per_s": n / seconds,
            "statements": statements, "statements_per_article": round(statements / n, 2),
            "peak_rss_mib": round(peak / 1024), "rss_second_half_mib": [min(late, default=0), max(late, default=0)],
            "summary": errors[-1].strip() if errors else ""}


def ceiling(n: int, density: str) -> float:
    """Articles/s of extract + classify alone, in this process, model loaded beforehand."""
    from stance import config
    from stance.analyze import Analyzer
    from stance.ingest import Payload, read_payload

    articles = []
    for i, (text, _) in enumerate(synthetic_articles(n, seed=SEED, density=density)):
        articles.extend(a for a in read_payload(Payload(f"a{i}.txt", text.encode())) if not isinstance(a, Exception))
    analyzer = Analyzer(config.data_dir() / "registry", config.model_dir(), backend=config.backend())
    analyzer(articles[:2])  # warm-up
    start = time.perf_counter()
    for b in range(0, len(articles), 16):  # the batch size ingest uses
        analyzer(articles[b:b + 16])
    return len(articles) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200], help="corpus sizes (news density)")
    ap.add_argument("--dense-sizes", type=int, nargs="*", default=[], help="corpus sizes of the dense variant")
    ap.add_argument("--baseline-articles", type=int, default=100, help="articles the in-process ceiling is timed on")
    ap.add_argument("--json", help="write the result rows here (the `python -m stance bench` contract)")
    args = ap.parse_args()
    if min(args.sizes + args.dense_sizes) < 1 or args.baseline_articles < 1:
        ap.error("sizes and baseline articles must be at least 1")
    import torch

    torch.set_num_threads(2)
    load = load_average()
    rows, runs = [], []
    for density, sizes in (("news", args.sizes), ("dense", args.dense_sizes)):
        if not sizes:
            continue
        assert density in DENSITIES
        base = ceiling(min(args.baseline_articles, min(sizes)), density)
        print(f"{density}: extract + classify in-process {base:.2f} articles/s", flush=True)
        smallest = None
        for n in sorted(sizes):
            r = ingest(n, density)
            runs.append(r | {"ceiling_articles_per_s": round(base, 2)})
            print(f"{density} {n}: {r['seconds']} s, {r['articles_per_s']:.2f} articles/s, "
                  f"{r['statements_per_article']} statements/article, peak RSS {r['peak_rss_mib']} MiB, "
                  f"median RSS by tenth of the run {r['rss_by_tenth_mib']} MiB", flush=True)
            what = f"{r['statements_per_article']} statements/article"
            speed = r["articles_per_s"]
            rows.append(Row(f"ingest end to end ({density})", n, round(speed, 2), "articles/s", round(base, 2),
                            round(speed / base, 2), TARGET, speed >= TARGET,
                            f"{what}; baseline: extract + classify in one process on "
                            f"{min(args.baseline_articles, min(sizes))} articles, no store"))
            smallest = smallest or r["peak_rss_mib"]
            first = n == min(sizes)
            rows.append(Row(f"ingest peak RSS ({density})", n, r["peak_rss_mib"], "MiB",
                            None if first else smallest, None if first else round(r["peak_rss_mib"] / smallest, 2),
                            None if first else round(FLAT * smallest), None if first else
                            r["peak_rss_mib"] <= FLAT * smallest,
                            f"RSS over the run's second half {r['rss_second_half_mib'][0]}–"
                            f"{r['rss_second_half_mib'][1]} MiB; baseline: the peak at the smallest size"))
    if args.json:
        write_result(args.json, "ingest_speed", rows, load, runs=runs, seed=SEED, words=800)


if __name__ == "__main__":
    main()
