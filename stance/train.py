"""Fine-tune the MiniLM encoder on labeled statements; calibrate on dev; save.

Fine-tuning of encoder and head (the token-embedding table frozen by default) with AdamW and a linear warm-up/decay
schedule, seeded, on the CPU. The epoch with the best dev macro-F1 is kept;
a temperature is then fitted on dev logits (Guo et al., 2017) so that
confidences are calibrated. The test split is used only for the final report.
The saved folder holds the network for torch and as ONNX (``model.onnx``, what
``StanceClassifier`` runs by default); it is written beside the old one and
swapped in whole. The reported metrics are those of the ONNX path.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import onnxnet
from .classify import HEAD_FILE, META_FILE, StanceClassifier, base_encoder_path, build_network, model_text
from .dataset import Example, fingerprint, load_labeled, splits
from .metrics import report
from .records import LABELS


@dataclass(frozen=True)
class TrainConfig:
    """Training options; each field is part of the model version."""

    seed: int = 13  #: seeds python, torch and data order
    epochs: int = 5  #: passes over the training split
    batch_size: int = 16  #: examples per optimiser step
    learning_rate: float = 1.2e-4  #: peak AdamW learning rate (session 7: chosen on dev over 8e-5)
    weight_decay: float = 0.01  #: AdamW weight decay
    warmup: float = 0.1  #: share of steps with linear warm-up
    max_length: int = 96  #: tokens kept per statement
    threads: int = 2  #: torch intra-op threads (this machine has 2 cores)
    schedule: str = "linear"  #: learning-rate decay after warm-up: "linear" or "cosine"
    label_smoothing: float = 0.0  #: cross-entropy label smoothing
    class_weights: bool = False  #: weight the loss by inverse label frequency in train
    length_buckets: int = 8  #: >0: batches drawn from pools of this many batches sorted by length (less padding)
    freeze_word_embeddings: bool = True  #: keep the 30,522 x 384 token-embedding table fixed (a faster step)
    supcon_weight: float = 0.0  #: >0: add this times a supervised contrastive loss on the pooled embeddings
    average_last: int = 0  #: >1: also try the mean of the last N epochs' weights; dev keeps the better
    layer_decay: float = 1.0  #: <1: layer-wise learning-rate decay, the top layer at the peak rate, each lower one times this


def fit_temperature(logits, gold_idx) -> float:
    """Temperature minimising dev NLL, by a coarse-to-fine grid (deterministic)."""
    import torch

    gold = torch.tensor(gold_idx)
    best_t, best_nll = 1.0, float("inf")
    grid = [0.25 + 0.05 * i for i in range(96)]  # 0.25 .. 5.0
    for t in grid:
        nll = torch.nn.functional.cross_entropy(logits / t, gold).item()
        if nll < best_nll:
            best_t, best_nll = t, nll
    return round(best_t, 3)


def param_groups(net, config: TrainConfig) -> list[dict]:
    """Trainable parameters in optimiser groups: one group at the peak rate, or (``layer_decay`` < 1) one group
    per depth, the head and top encoder layer at the peak rate and each layer below at ``layer_decay`` times the
    one above it (embeddings lowest)."""
    params = [(n, p) for n, p in net.named_parameters() if p.requires_grad]
    if config.layer_decay >= 1.0:
        return [{"params": [p for _, p in params]}]
    n_layers = net.encoder.config.num_hidden_layers

    def depth(name: str) -> int:  # 0 embeddings, 1..n encoder layers, n + 1 pooler and head
        m = re.search(r"encoder\.layer\.(\d+)\.", name)
        if m:
            return int(m.group(1)) + 1
        return 0 if ".embeddings." in name or name.startswith("encoder.embeddings") else n_layers + 1
    groups: dict[int, list] = {}
    for name, p in params:
        groups.setdefault(depth(name), []).append(p)
    return [{"params": ps, "lr": config.learning_rate * config.layer_decay ** max(0, n_layers - d)}
            for d, ps in sorted(groups.items())]


def supcon(emb, y, temperature: float = 0.1):
    """Supervised contrastive loss (Khosla et al., 2020) over one batch: statements with the same label pull
    together, others push apart; anchors without a same-label partner in the batch are skipped."""
    import torch

    z = torch.nn.functional.normalize(emb, dim=-1)
    sim = z @ z.T / temperature
    eye = torch.eye(len(y), dtype=torch.bool)
    sim = sim.masked_fill(eye, float("-inf"))
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    pos = (y[:, None] == y[None, :]) & ~eye
    has = pos.any(1)
    if not has.any():
        return emb.sum() * 0.0
    per_anchor = -(log_prob.masked_fill(~pos, 0.0).sum(1)[has] / pos.sum(1)[has])
    return per_anchor.mean()


def train(data_dir: Path, out_dir: Path, config: TrainConfig = TrainConfig(),
          corrections: list[Example] = (), progress: bool = True) -> dict:
    """Train, calibrate and save a model to out_dir; returns its metrics."""
    import torch
    from tqdm import tqdm
    from transformers import AutoTokenizer, get_cosine_schedule_with_warmup, get_linear_schedule_with_warmup

    torch.set_num_threads(config.threads)
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    examples = load_labeled(data_dir / "labeled")
    parts = splits(examples, corrections)
    version = "minilm-ft-" + hashlib.sha1(
        (fingerprint(examples + list(corrections)) + json.dumps(asdict(config), sort_keys=True)).encode()
    ).hexdigest()[:8]

    enc_path = base_encoder_path()
    tokenizer = AutoTokenizer.from_pretrained(enc_path)
    net = build_network(enc_path)
    label_idx = {lab: i for i, lab in enumerate(LABELS)}

    def batches(items: list[Example], shuffle: bool):
        order = list(range(len(items)))
        if shuffle:
            random.shuffle(order)
        starts = list(range(0, len(order), config.batch_size))
        if shuffle and config.length_buckets > 0:
            # Sort within pools of similar-length statements, then shuffle the batch order:
            # batches stay random, padding (and so time per step) shrinks.
            pool = config.batch_size * config.length_buckets
            order = [i for p in range(0, len(order), pool)
                     for i in sorted(order[p:p + pool], key=lambda i: len(items[i].text))]
            random.shuffle(starts)
        for b in starts:
            chunk = [items[i] for i in order[b:b + config.batch_size]]
            enc = tokenizer([model_text(e.text) for e in chunk], padding=True, truncation=True,
                            max_length=config.max_length, return_tensors="pt")
            yield enc, torch.tensor([label_idx[e.label] for e in chunk])

    def dev_logits(items: list[Example]):
        net.eval()
        outs = []
        with torch.inference_mode():
            for enc, _ in batches(items, shuffle=False):
                outs.append(net(enc["input_ids"], enc["attention_mask"]))
        net.train()
        return torch.cat(outs) if outs else torch.empty((0, len(LABELS)))

    train_set, dev_set = parts["train"], parts["dev"]
    steps = config.epochs * ((len(train_set) + config.batch_size - 1) // config.batch_size)
    if config.freeze_word_embeddings:  # half the encoder's weights: no gradient, no optimiser state, no update
        net.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    opt = torch.optim.AdamW(param_groups(net, config), lr=config.learning_rate, weight_decay=config.weight_decay)
    if config.schedule not in ("linear", "cosine"):
        raise ValueError(f"schedule {config.schedule!r} is not one of linear, cosine")
    make_schedule = get_cosine_schedule_with_warmup if config.schedule == "cosine" else get_linear_schedule_with_warmup
    sched = make_schedule(opt, int(config.warmup * steps), steps)
    weight = None
    if config.class_weights:
        counts = [sum(e.label == lab for e in train_set) for lab in LABELS]
        weight = torch.tensor([len(train_set) / (len(LABELS) * max(c, 1)) for c in counts])
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight, label_smoothing=config.label_smoothing)
    best = (-1.0, None)
    kept: list[dict] = []  # the last epochs' weights, when averaging them
    epoch_f1: list[dict] = []  # dev macro-F1 after each epoch, kept in the model's metadata
    net.train()
    bar = tqdm(total=steps, desc="training stance model", unit="step", disable=not progress, file=sys.stderr)
    for epoch in range(config.epochs):
        for enc, y in batches(train_set, shuffle=True):
            if config.supcon_weight > 0:
                emb = net.embed(enc["input_ids"], enc["attention_mask"])
                loss = loss_fn(net.head(net.dropout(emb)), y) + config.supcon_weight * supcon(emb, y)
            else:
                loss = loss_fn(net(enc["input_ids"], enc["attention_mask"]), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in net.parameters() if p.requires_grad], 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            bar.update(1)
            bar.set_postfix(epoch=epoch + 1, loss=f"{loss.item():.3f}")
        logits = dev_logits(dev_set)
        pred = [LABELS[i] for i in logits.argmax(-1).tolist()]
        f1 = report([e.label for e in dev_set], pred, LABELS).macro_f1
        epoch_f1.append({"epoch": epoch + 1, "dev_macro_f1": round(f1, 4)})
        if f1 > best[0]:
            best = (f1, {k: v.detach().clone() for k, v in net.state_dict().items()})
        if config.average_last > 1 and epoch >= config.epochs - config.average_last:
            kept.append({k: v.detach().clone() for k, v in net.state_dict().items()})
    bar.close()
    if len(kept) > 1:  # the mean of the last epochs' weights, kept when dev prefers it
        net.load_state_dict({k: (sum(st[k].float() for st in kept) / len(kept)).to(kept[0][k].dtype) for k in kept[0]})
        logits = dev_logits(dev_set)
        f1 = report([e.label for e in dev_set], [LABELS[i] for i in logits.argmax(-1).tolist()], LABELS).macro_f1
        epoch_f1.append({"epoch": f"mean of last {len(kept)}", "dev_macro_f1": round(f1, 4)})
        if f1 > best[0]:
            best = (f1, {k: v.detach().clone() for k, v in net.state_dict().items()})
    net.load_state_dict(best[1])
    temperature = fit_temperature(dev_logits(dev_set), [label_idx[e.label] for e in dev_set])

    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "encoder").mkdir(parents=True)
    net.encoder.save_pretrained(str(tmp / "encoder"))
    tokenizer.save_pretrained(str(tmp / "encoder"))
    torch.save(net.head.state_dict(), tmp / HEAD_FILE)
    onnx_path = onnxnet.export(net, tokenizer, tmp / onnxnet.ONNX_FILE, version, config.max_length)
    meta = {
        "version": version, "labels": list(LABELS), "temperature": temperature,
        "max_length": config.max_length, "config": asdict(config),
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data": {s: len(v) for s, v in parts.items()}, "dev_macro_f1": round(best[0], 4),
        "epochs": epoch_f1,
        "corrections": len(corrections),
        "inference": {"backend": "onnxruntime", "file": onnx_path.name, "opset": onnxnet.OPSET},
    }
    (tmp / META_FILE).write_text(json.dumps(meta, indent=2))
    # Swap into place so a reader never sees a half-written model.
    old = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    tmp.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)

    clf = StanceClassifier(out_dir, backend="onnx")
    metrics = {}
    for split in ("dev", "test"):
        items = parts[split]
        preds = clf.predict([e.text for e in items])
        rep = report([e.label for e in items], [p.label for p in preds], LABELS, [p.confidence for p in preds])
        metrics[split] = rep.as_dict()
    meta["metrics"] = metrics
    meta["int8"] = int8_check(out_dir, dev_set, metrics["dev"]["macro_f1"])
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=2))
    return meta


def int8_check(model_dir: Path, dev_set: list[Example], fp32_dev_f1: float) -> dict:
    """Quantise the saved model to int8 and decide on dev alone whether ``auto`` may use it.

    The int8 file is built here (not on first load), so a trained folder is complete.
    """
    from .classify import INT8_MAX_DROP

    int8 = StanceClassifier(model_dir, backend="onnx-int8")
    if int8.backend != "onnx-int8":  # the export failed and the classifier fell back to torch
        return {"use": False, "reason": "no int8 model could be built"}
    preds = int8.predict([e.text for e in dev_set])
    f1 = round(report([e.label for e in dev_set], [p.label for p in preds], LABELS).macro_f1, 4)
    fp32 = round(fp32_dev_f1, 4)
    # decided on the rounded figures it records, so anyone can recheck the decision from the file
    return {"dev_macro_f1": f1, "fp32_dev_macro_f1": fp32, "max_drop": INT8_MAX_DROP,
            "use": round(fp32 - f1, 4) <= INT8_MAX_DROP}
