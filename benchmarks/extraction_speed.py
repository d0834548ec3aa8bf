"""Time the rule-based extractor: articles per second on the annotated articles, repeated.

Usage: ``.venv/bin/python benchmarks/extraction_speed.py [--articles 200] [--rounds 3] [--join 1]``

The 24 articles of data/extraction_eval are cycled to --articles documents
(single process, one core); the registry is loaded once, outside the timing.
``--join 2`` glues consecutive articles in pairs, giving documents of about
1,000 words, the length the spaCy timings in docs/extraction.md were taken on.
The best of --rounds passes is reported, as timeit does, to keep other load on
the machine out of the number.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the package is not installed; run from anywhere

from stance.extract import Extractor  # noqa: E402
from stance.registry import Registry  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=200, help="documents per pass (the eval set, cycled)")
    p.add_argument("--rounds", type=int, default=3, help="timed passes; the fastest is reported")
    p.add_argument("--join", type=int, default=1, help="eval articles glued into one document (longer documents)")
    args = p.parse_args()

    texts = [f.read_text(encoding="utf-8") for f in sorted((REPO / "data" / "extraction_eval").glob("*.txt"))]
    glued = ["\n\n".join(texts[i:i + args.join]) for i in range(0, len(texts) - args.join + 1, args.join)]
    docs = list(islice(cycle(glued), args.articles))
    extractor = Extractor(Registry.load(REPO / "data" / "registry"))
    extractor.extract(texts[0])  # compile the registry pattern outside the timing

    times, statements = [], 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        statements = sum(len(extractor.extract(d)) for d in docs)
        times.append(time.perf_counter() - t0)
    best = min(times)
    words = sum(len(re.findall(r"\w+", d)) for d in docs) / len(docs)
    print(f"{len(docs)} articles ({len(glued)} distinct), {words:.0f} words/article, {statements} statements")
    print(f"best of {args.rounds}: {best:.2f} s = {len(docs) / best:.1f} articles/s "
          f"({1000 * best / len(docs):.1f} ms/article); all passes: {', '.join(f'{t:.2f}' for t in times)} s")
    print(f"Python {platform.python_version()}, {platform.machine()}, one process")


if __name__ == "__main__":
    main()
