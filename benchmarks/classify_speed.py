"""Classification throughput: the shipped predict path vs a plain transformers loop.

Both run the same trained model on the same statements in the same process,
alternating, so machine noise hits both alike. The plain loop is what one
writes first: fixed-size batches in input order, padded to max_length, under
torch.no_grad(). The shipped path sorts by length (little padding), uses
dynamic padding, bigger batches and torch.inference_mode().

    .venv/bin/python benchmarks/classify_speed.py [--n 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stance import config  # noqa: E402
from stance.classify import StanceClassifier, model_text  # noqa: E402
from stance.dataset import load_labeled  # noqa: E402


def plain_loop(clf: StanceClassifier, texts: list[str], batch: int = 32) -> list[str]:
    import torch

    out = []
    with torch.no_grad():
        for b in range(0, len(texts), batch):
            enc = clf.tokenizer([model_text(t) for t in texts[b:b + batch]], padding="max_length",
                                truncation=True, max_length=clf.info.max_length, return_tensors="pt")
            logits = clf.net(enc["input_ids"], enc["attention_mask"])
            out.extend(clf.labels[i] for i in logits.argmax(-1).tolist())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="statements per round")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(2)
    clf = StanceClassifier(config.model_dir())
    pool = [e.text for e in load_labeled(config.data_dir() / "labeled")]
    texts = (pool * (args.n // len(pool) + 1))[:args.n]
    shipped, plain = [], []
    agree = None
    for _ in range(args.rounds):
        t = time.perf_counter()
        a = [p.label for p in clf.predict(texts)]
        shipped.append(len(texts) / (time.perf_counter() - t))
        t = time.perf_counter()
        b = plain_loop(clf, texts)
        plain.append(len(texts) / (time.perf_counter() - t))
        agree = sum(x == y for x, y in zip(a, b)) / len(a)
    result = {
        "statements": len(texts), "rounds": args.rounds,
        "shipped_per_s": round(statistics.median(shipped), 1), "plain_loop_per_s": round(statistics.median(plain), 1),
        "ratio": round(statistics.median(shipped) / statistics.median(plain), 2), "label_agreement": agree,
        "model": clf.version, "machine": f"{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__}",
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
