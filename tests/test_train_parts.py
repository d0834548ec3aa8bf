"""The pieces of training that can be checked without a training run: the contrastive loss and calibration."""

from __future__ import annotations

import math

import pytest

torch = pytest.importorskip("torch")

from stance.train import fit_temperature, supcon  # noqa: E402


def _emb(rows):
    return torch.tensor(rows, dtype=torch.float32)


@pytest.mark.parametrize("emb, labels, lower_than", [
    # same-label statements close together: a lower loss than the same labels with the pairs crossed
    ([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]], [0, 0, 1, 1], ([[1, 0], [0, 1], [0.9, 0.1], [0.1, 0.9]], [0, 0, 1, 1])),
    ([[1, 0, 0], [1, 0.1, 0], [0, 0, 1]], [2, 2, 1], ([[1, 0, 0], [0, 0, 1], [1, 0.1, 0]], [2, 2, 1])),
])
def test_supcon_prefers_same_label_neighbours(emb, labels, lower_than):
    good = supcon(_emb(emb), torch.tensor(labels))
    bad = supcon(_emb(lower_than[0]), torch.tensor(lower_than[1]))
    assert float(good) < float(bad)


def test_supcon_without_a_same_label_partner_is_zero_and_keeps_the_graph():
    emb = _emb([[1, 0], [0, 1], [1, 1]]).requires_grad_(True)
    loss = supcon(emb, torch.tensor([0, 1, 2]))
    assert float(loss.detach()) == 0.0
    loss.backward()  # still differentiable: a batch with no pairs does not break the step
    assert emb.grad is not None


def test_supcon_is_finite_for_identical_rows():
    loss = supcon(_emb([[1, 0], [1, 0], [1, 0]]), torch.tensor([0, 0, 1]))
    assert math.isfinite(float(loss))


@pytest.mark.parametrize("logits, gold, hotter", [
    # over-confident logits with errors need a temperature above 1; a clean, under-confident set one below
    ([[8.0, 0.0, 0.0], [8.0, 0.0, 0.0], [0.0, 8.0, 0.0], [0.0, 0.0, 8.0]], [0, 1, 1, 2], True),
    ([[0.6, 0.0, 0.0], [0.0, 0.6, 0.0], [0.0, 0.0, 0.6], [0.6, 0.0, 0.0]], [0, 1, 2, 0], False),
])
def test_temperature_direction(logits, gold, hotter):
    t = fit_temperature(torch.tensor(logits), gold)
    assert (t > 1.0) == hotter


class _TinyEncoder(torch.nn.Module):
    """Two encoder layers, embeddings and a head, named like the real network's parameters."""

    def __init__(self):
        super().__init__()
        self.config = type("Config", (), {"num_hidden_layers": 2})()
        self.embeddings = torch.nn.Linear(2, 2)
        self.encoder = torch.nn.Module()
        self.encoder.layer = torch.nn.ModuleList([torch.nn.Linear(2, 2), torch.nn.Linear(2, 2)])


class _TinyNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = _TinyEncoder()
        self.head = torch.nn.Linear(2, 3)


@pytest.mark.parametrize("decay, expected_rates", [
    (1.0, [1.0]),  # no decay: one group at the peak rate
    (0.5, [0.25, 0.5, 1.0, 1.0]),  # embeddings, layer 0, layer 1 (top), head
])
def test_layer_decay_groups(decay, expected_rates):
    from stance.train import TrainConfig, param_groups
    net = _TinyNet()
    groups = param_groups(net, TrainConfig(learning_rate=1.0, layer_decay=decay))
    assert [g.get("lr", 1.0) for g in groups] == pytest.approx(expected_rates)
    # every trainable parameter is in exactly one group
    ids = [id(p) for g in groups for p in g["params"]]
    assert sorted(ids) == sorted(id(p) for p in net.parameters()) and len(ids) == len(set(ids))
