"""Baselines the shipped classifier must beat, measured on the same splits.

- ``KeywordLexicon``: counts engagement and decoupling cue phrases; the side
  with more cues wins, no cue (or a tie) is neutral.
- ``FrozenLogReg``: the plain MiniLM encoder (not fine-tuned), mean-pooled and
  normalised, with a logistic-regression head trained on the training split.
"""

from __future__ import annotations

import re
from typing import Sequence

from .records import LABELS

ENGAGEMENT_CUES = (
    "cooperation", "cooperate", "partner", "partnership", "invest in china", "expand in china", "welcome",
    "mutually beneficial", "win-win", "open the door", "opening up", "key market", "important market",
    "largest market", "biggest market", "oppose decoupling", "against decoupling", "decoupling is",
    "no plans to leave", "stay in china", "remain in china", "deepen", "strengthen ties", "engagement",
    "dialogue", "friendship", "mutual", "intertwined", "interdependent", "symbiotic", "commitment to china",
    "lift tariffs", "remove tariffs", "oppose tariffs", "oppose sanctions", "protectionism",
)
DECOUPLING_CUES = (
    "decouple", "de-risk", "derisk", "reduce reliance", "reduce dependence", "reduce our dependence",
    "dependence on china", "reliance on china", "reshore", "reshoring", "onshore", "friend-shoring",
    "friendshoring", "nearshoring", "move production", "move out of china", "leave china", "exit china",
    "export control", "tariff", "ban", "restrict", "restriction", "screening", "entity list", "sanction",
    "national security", "threat", "adversary", "diversify away", "china plus one", "china-plus-one",
    "vietnam", "india", "mexico", "supply chain security", "outbound investment",
)


class KeywordLexicon:
    """A keyword lexicon over the statement text (case-insensitive)."""

    name = "keyword lexicon"

    def __init__(self) -> None:
        self._eng = re.compile("|".join(re.escape(c) for c in ENGAGEMENT_CUES))
        self._dec = re.compile("|".join(re.escape(c) for c in DECOUPLING_CUES))

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "KeywordLexicon":
        return self

    def predict(self, texts: Sequence[str]) -> list[str]:
        out = []
        for t in texts:
            low = t.lower()
            e, d = len(self._eng.findall(low)), len(self._dec.findall(low))
            out.append("pro-engagement" if e > d else "pro-decoupling" if d > e else "neutral")
        return out


class FrozenLogReg:
    """Frozen MiniLM sentence embeddings + logistic regression."""

    name = "frozen MiniLM + logistic regression"

    def __init__(self, encoder_path: str, seed: int = 13):
        from sklearn.linear_model import LogisticRegression

        self.encoder_path = encoder_path
        self.clf = LogisticRegression(max_iter=2000, C=4.0, random_state=seed)
        self._model = None

    def _embed(self, texts: Sequence[str]):
        import torch
        from transformers import AutoModel, AutoTokenizer

        if self._model is None:
            self._tok = AutoTokenizer.from_pretrained(self.encoder_path)
            self._model = AutoModel.from_pretrained(self.encoder_path).eval()
        vecs = []
        with torch.inference_mode():
            for b in range(0, len(texts), 64):
                enc = self._tok(list(texts[b:b + 64]), padding=True, truncation=True, max_length=96,
                                return_tensors="pt")
                out = self._model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(out.dtype)
                v = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                vecs.append(torch.nn.functional.normalize(v, dim=-1))
        return torch.cat(vecs).numpy()

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "FrozenLogReg":
        self.clf.fit(self._embed(texts), [LABELS.index(lab) for lab in labels])
        return self

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [LABELS[i] for i in self.clf.predict(self._embed(texts))]
