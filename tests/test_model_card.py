"""The model card's computed lines: pair flips among errors, per-epoch dev macro-F1."""

from __future__ import annotations

import pytest

from stance.evaluate import Evaluation, model_card, pair_flips
from stance.metrics import report
from stance.records import LABELS

E, D, N = LABELS.index("pro-engagement"), LABELS.index("pro-decoupling"), LABELS.index("neutral")


def _report(pairs):
    return report([LABELS[g] for g, _ in pairs], [LABELS[p] for _, p in pairs], LABELS)


@pytest.mark.parametrize("pairs, expected", [
    ([(E, D), (D, E), (E, N), (E, E)], (2, 3)),  # two swaps among three errors
    ([(N, E), (D, N), (D, D)], (0, 2)),          # errors, none a swap
    ([(E, E), (D, D), (N, N)], (0, 0)),          # no errors
])
def test_pair_flips(pairs, expected):
    assert pair_flips(_report(pairs)) == expected


def test_model_card_reports_flips_and_epochs():
    rep = _report([(E, D), (D, E), (E, N), (E, E), (N, N)])
    ev = Evaluation("v1", {"test": 5}, {("fine-tuned (v1)", "test"): rep}, 0.5)
    card = model_card(ev, {"epochs": [{"epoch": 1, "dev_macro_f1": 0.81}, {"epoch": 2, "dev_macro_f1": 0.85}]})
    assert "On test, 2 of the shipped model's 3 errors (67%) swap" in card
    assert "Dev macro-F1 after each epoch: 0.810, 0.850." in card
    # negative: no epochs recorded, no line; no errors, no flip line
    card = model_card(Evaluation("v1", {"test": 1}, {("fine-tuned (v1)", "test"): _report([(E, E)])}, 0.5), {})
    assert "after each epoch" not in card and "swap" not in card
