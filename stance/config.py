"""Where things live, declared once. Environment variables override defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


#: int8 is shipped only if it costs at most this much dev macro-F1 (issue 4: "within 0.01").
INT8_MAX_DROP = 0.01

@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("STANCE_DB", str(REPO_ROOT / "data" / "stance.duckdb"), "DuckDB store file; `--db` overrides it."),
    Setting("STANCE_MODEL_DIR", str(REPO_ROOT / "models" / "stance"), "Folder of the trained classifier."),
    Setting("STANCE_DATA_DIR", str(REPO_ROOT / "data"), "Labeled data, registry and evaluation sets."),
    Setting("STANCE_SEEDS_DIR", str(REPO_ROOT / "seeds"), "Articles that `make run` ingests into a new store."),
    Setting("STANCE_BACKEND", "auto", "Classifier inference: `auto` (int8 when training measured it within "
            f"{INT8_MAX_DROP} dev macro-F1 of fp32, else fp32), `onnx` (fp32), `onnx-int8` or `torch`."),
    Setting("STANCE_UNCERTAIN_BELOW", "0.5", "Confidence below which the dashboard marks a label uncertain."),
    Setting("STANCE_FETCH_ALLOW_PRIVATE", "", "`1` lets ingest fetch URLs on loopback or private addresses."),
)


def get(name: str) -> str:
    for s in SETTINGS:
        if s.name == name:
            return os.environ.get(name) or s.default
    raise KeyError(f"unknown setting {name!r}; known: {', '.join(s.name for s in SETTINGS)}")


def db_path(override: str | None = None) -> Path:
    return Path(override or get("STANCE_DB"))


def model_dir() -> Path:
    return Path(get("STANCE_MODEL_DIR"))


BACKENDS = ("auto", "onnx", "onnx-int8", "torch")


def backend() -> str:
    """The classifier's inference path (``STANCE_BACKEND``); a bad value is a ``ValueError`` naming the choices."""
    value = get("STANCE_BACKEND").strip().lower()
    if value not in BACKENDS:
        raise ValueError(f"STANCE_BACKEND={value!r} is not one of {', '.join(BACKENDS)}")
    return value


def data_dir() -> Path:
    return Path(get("STANCE_DATA_DIR"))
