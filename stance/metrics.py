"""Classification metrics: macro-F1, per-class P/R/F1, confusion matrix, ECE."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Report:
    labels: tuple[str, ...]
    macro_f1: float
    pair_f1: float  # macro-F1 over pro-engagement and pro-decoupling only
    accuracy: float
    per_class: dict[str, dict[str, float]]
    confusion: list[list[int]]  # rows: gold, columns: predicted
    ece: float | None
    n: int

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def render(self) -> str:
        lines = [f"n = {self.n}   macro-F1 = {self.macro_f1:.3f}   engagement/decoupling F1 = {self.pair_f1:.3f}   "
                 f"accuracy = {self.accuracy:.3f}" + (f"   ECE = {self.ece:.3f}" if self.ece is not None else "")]
        lines.append(f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
        for lab in self.labels:
            c = self.per_class[lab]
            lines.append(f"{lab:<16}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{int(c['support']):>10}")
        lines.append("confusion (rows gold, columns predicted): " + " / ".join(self.labels))
        for lab, row in zip(self.labels, self.confusion):
            lines.append(f"{lab:<16}" + "".join(f"{v:>8}" for v in row))
        return "\n".join(lines)


def report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str],
           confidences: Sequence[float] | None = None) -> Report:
    if len(gold) != len(pred):
        raise ValueError("gold and predicted differ in length")
    idx = {lab: i for i, lab in enumerate(labels)}
    conf = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        conf[idx[g]][idx[p]] += 1
    per = {}
    for lab, i in idx.items():
        tp = conf[i][i]
        fp = sum(conf[r][i] for r in range(len(labels))) - tp
        fn = sum(conf[i]) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": float(sum(conf[i]))}
    macro = sum(c["f1"] for c in per.values()) / len(labels)
    pair = [lab for lab in ("pro-engagement", "pro-decoupling") if lab in per]
    pair_f1 = sum(per[lab]["f1"] for lab in pair) / len(pair) if pair else 0.0
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    ece = expected_calibration_error(confidences, [g == p for g, p in zip(gold, pred)]) if confidences else None
    return Report(tuple(labels), macro, pair_f1, acc, per, conf, ece, len(gold))


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """ECE with equal-width confidence bins (Guo et al., 2017)."""
    n = len(confidences)
    if n == 0:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if (lo < c <= hi) or (b == 0 and c == 0)]
        if members:
            acc = sum(correct[i] for i in members) / len(members)
            avg = sum(confidences[i] for i in members) / len(members)
            total += len(members) / n * abs(acc - avg)
    return total
