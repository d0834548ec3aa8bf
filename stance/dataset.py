"""Labeled statements and their fixed train / dev / test splits.

Every ``data/labeled/*.jsonl`` file holds objects with at least ``id``,
``text`` and ``label``. The split of a statement is a pure function of its id
(a hash), so adding statements never moves existing ones between splits and the
test split is never used to choose anything. Analyst corrections join the
training split only; a corrected statement whose text is in dev or test is
left out, so nothing leaks into evaluation.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .records import LABELS

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str
    source: str  # file the example came from


class DataError(ValueError):
    """Labeled data that cannot be used; the message names file and line."""


def split_of(example_id: str) -> str:
    """70 / 15 / 15 by a stable hash of the id."""
    bucket = int(hashlib.sha1(example_id.encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else ("dev" if bucket < 85 else "test")


def read_jsonl(path: Path) -> list[Example]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj.get("id"):
                raise DataError(f"{path}:{n}: needs string fields 'id' and 'text'")
            if obj.get("label") not in LABELS:
                raise DataError(f"{path}:{n}: label {obj.get('label')!r} is not one of {', '.join(LABELS)}")
            out.append(Example(str(obj["id"]), obj["text"].strip(), obj["label"], path.name))
    return out


def load_labeled(folder: Path) -> list[Example]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise DataError(f"no labeled data (*.jsonl) in {folder}")
    examples: list[Example] = []
    seen: set[str] = set()
    for f in files:
        for ex in read_jsonl(f):
            if ex.id in seen:
                raise DataError(f"{f}: duplicate id {ex.id!r}")
            seen.add(ex.id)
            examples.append(ex)
    return examples


def splits(examples: Iterable[Example], corrections: Iterable[Example] = ()) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {s: [] for s in SPLITS}
    for ex in examples:
        out[split_of(ex.id)].append(ex)
    held_out = {ex.text.casefold() for s in ("dev", "test") for ex in out[s]}
    out["train"].extend(c for c in corrections if c.text.casefold() not in held_out)
    return out


def fingerprint(examples: Iterable[Example]) -> str:
    h = hashlib.sha1()
    for ex in sorted(examples, key=lambda e: e.id):
        h.update(f"{ex.id}\t{ex.label}\t{ex.text}\n".encode())
    return h.hexdigest()
