"""End-to-end ingest: read, extract, classify, store; articles/s and peak memory.

Writes a seeded synthetic corpus (`stance.corpus`) of N articles of ~800 words,
then runs `python -m stance ingest` on it into a fresh store in a subprocess,
and reports wall time, articles/s, statements and the subprocess's peak RSS.

    .venv/bin/python benchmarks/ingest_speed.py --n 200 [--n 800 ...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from stance.corpus import write_corpus  # noqa: E402


def run(n: int, words: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "store.duckdb"
        write_corpus(folder, n, seed=3, words=words)
        env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_DB=str(db))
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "stance", "ingest", str(folder)], cwd=REPO, env=env,
                              capture_output=True, text=True)
        secs = time.perf_counter() - t
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        summary = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
        return {"articles": n, "words_per_article": words, "seconds": round(secs, 1),
                "articles_per_s": round(n / secs, 2), "peak_rss_mib": round(max(peak_kib, before) / 1024),
                "exit": proc.returncode, "summary": summary}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, action="append", help="corpus sizes (repeatable)")
    ap.add_argument("--words", type=int, default=800)
    args = ap.parse_args()
    for n in args.n or [200]:
        print(json.dumps(run(n, args.words)), flush=True)


if __name__ == "__main__":
    main()
