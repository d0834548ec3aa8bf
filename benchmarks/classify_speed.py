"""Classification throughput: the shipped predict path vs a plain transformers loop.

Every path runs the same trained model on the same statements in one process,
in alternating rounds, so machine noise hits them alike; the figure is the
median over rounds. The plain loop is what one writes first: fixed batches of
32 in input order, padded to max_length, ``torch.no_grad()``. The shipped path
is ``StanceClassifier.predict`` on ONNX Runtime (fp32, length-sorted batches,
dynamic padding, 2 intra-op threads). Also timed: the same predict on torch
(the previous shipped path) and on ONNX Runtime int8 (not shipped). Dev
macro-F1 of each variant (the dev split of ``stance.dataset``) is reported
beside its speed; the test split is not read.

    .venv/bin/python benchmarks/classify_speed.py [--n 2000] [--rounds 3] [--json PATH]
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
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stance import config  # noqa: E402
from stance.classify import StanceClassifier, model_text  # noqa: E402
from stance.dataset import load_labeled, splits  # noqa: E402
from stance.metrics import report  # noqa: E402

TARGET = 400.0  # statements/s (issue 7)
MIN_RATIO = 1.5  # times the plain loop (issue 7)


def plain_loop(clf: StanceClassifier, texts: list[str], batch: int = 32) -> list[str]:
    """A plain transformers predict loop on the torch network of the same model."""
    import torch

    net = clf.torch_net()
    out = []
    with torch.no_grad():
        for b in range(0, len(texts), batch):
            enc = clf.tokenizer([model_text(t) for t in texts[b:b + batch]], padding="max_length",
                                truncation=True, max_length=clf.info.max_length, return_tensors="pt")
            logits = net(enc["input_ids"], enc["attention_mask"])
            out.extend(clf.labels[i] for i in logits.argmax(-1).tolist())
    return out


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="statements per round (the labeled pool, repeated)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds; the median is reported")
    ap.add_argument("--json", type=Path, default=None, help="also write the result here as JSON")
    ap.add_argument("--no-int8", action="store_true", help="skip the int8 variant (saves building its file)")
    args = ap.parse_args(argv)
    if args.n < 1 or args.rounds < 1:
        print("error: --n and --rounds must be at least 1", file=sys.stderr)
        return 2
    import torch

    torch.set_num_threads(2)
    mdir = config.model_dir()
    load_before = load_average()
    shipped = StanceClassifier(mdir)  # the default backend, `auto`: what ingest and the dashboard run
    if shipped.backend not in ("onnx", "onnx-int8"):
        print(f"error: the shipped path did not load on ONNX Runtime ({shipped.backend})", file=sys.stderr)
        return 1
    precision = {"onnx": "fp32", "onnx-int8": "int8"}
    other = "onnx" if shipped.backend == "onnx-int8" else "onnx-int8"
    variants = {f"shipped: onnxruntime {precision[shipped.backend]}": shipped,
                "torch, same batching": StanceClassifier(mdir, backend="torch")}
    if other == "onnx" or not args.no_int8:
        variants[f"onnxruntime {precision[other]} (not shipped)"] = StanceClassifier(mdir, backend=other)
    torch_clf = variants["torch, same batching"]

    examples = load_labeled(config.data_dir() / "labeled")
    pool = [e.text for e in examples]
    texts = (pool * (args.n // len(pool) + 1))[:args.n]
    dev = splits(examples)["dev"]
    gold = [e.label for e in dev]
    quality, dev_labels = {}, {}
    for name, clf in variants.items():
        preds = clf.predict([e.text for e in dev])
        dev_labels[name] = [p.label for p in preds]
        rep = report(gold, dev_labels[name], clf.labels, [p.confidence for p in preds])
        quality[name] = {"dev_macro_f1": round(rep.macro_f1, 4), "dev_ece": round(rep.ece, 4),
                         "version": clf.version}
    for name in variants:
        same = sum(a == b for a, b in zip(dev_labels[name], dev_labels["torch, same batching"]))
        quality[name]["dev_label_agreement_with_torch"] = round(same / len(dev), 4)

    speeds: dict[str, list[float]] = {name: [] for name in [*variants, "plain loop"]}
    for _ in range(args.rounds):
        for name, clf in variants.items():
            t = time.perf_counter()
            clf.predict(texts)
            speeds[name].append(len(texts) / (time.perf_counter() - t))
        t = time.perf_counter()
        plain_loop(torch_clf, texts)
        speeds["plain loop"].append(len(texts) / (time.perf_counter() - t))
    median = {name: statistics.median(v) for name, v in speeds.items()}
    base = median["plain loop"]
    load = f"{load_before} before, {load_average()} after"

    rows = []
    for name in variants:
        value, ratio = round(median[name], 1), round(median[name] / base, 2)
        is_shipped = name.startswith("shipped")
        rows.append({"measure": f"classify, {name}", "size": len(texts), "value": value, "unit": "statements/s",
                     "baseline": round(base, 1), "ratio": ratio, "target": TARGET if is_shipped else None,
                     "met": (value >= TARGET and ratio >= MIN_RATIO) if is_shipped else None,
                     "note": f"baseline: plain transformers loop; dev macro-F1 {quality[name]['dev_macro_f1']:.4f}"})
    result = {
        "benchmark": "classify", "rows": rows, "load": load,
        "details": {"rounds": args.rounds, "per_round": {k: [round(x, 1) for x in v] for k, v in speeds.items()},
                    "dev": quality, "dev_statements": len(dev), "model": shipped.version,
                    "machine": f"{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__}, "
                               f"onnxruntime {__import__('onnxruntime').__version__}"},
    }
    print(f"{'path':<34}{'statements/s':>14}{'x plain':>9}{'dev F1':>9}{'agree':>8}")
    for name in variants:
        q = quality[name]
        print(f"{name:<34}{median[name]:>14.1f}{median[name] / base:>9.2f}{q['dev_macro_f1']:>9.4f}"
              f"{q['dev_label_agreement_with_torch']:>8.3f}")
    print(f"{'plain loop (baseline)':<34}{base:>14.1f}{1:>9.2f}")
    print(f"{len(texts)} statements x {args.rounds} rounds, model {shipped.version}, load {load}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
