"""The trained network in ONNX form: export, int8 quantisation, ONNX Runtime sessions.

``python -m stance train`` writes ``model.onnx`` (fp32) into the model folder
before its atomic swap. A folder trained before that has no ONNX file:
``session_for`` then exports it on first load, under a file lock in the folder,
to a temporary name renamed into place, so concurrent loaders export once and
a reader never sees half a file. The file carries the model version in its
metadata; a file whose version differs, or that ONNX Runtime cannot read, is
exported again.

The graph is the torch network's ``forward`` (encoder, mean pooling, linear
head), traced with eager attention by the TorchScript exporter, so it returns
raw logits; temperature and softmax stay in ``classify`` and are applied the
same way to either backend. fp32 logits match torch within float rounding
(see ``tests/test_classify_onnx.py``). The int8 variant (dynamic, per-channel
weight quantisation by ONNX Runtime) changes outputs; ``train`` builds it and
records whether its dev macro-F1 is within 0.01 of fp32, which is what the
classifier's ``auto`` backend follows. ``benchmarks/classify_speed.py`` prints
the speed and dev macro-F1 of every path side by side.
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from typing import Callable

ONNX_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
LOCK_FILE = ".onnx.lock"
OPSET = 17
VERSION_KEY = "stance_version"
VARIANT_KEY = "stance_variant"
#: largest absolute logit difference accepted between the export and torch on the check texts
EXPORT_TOLERANCE = 1e-3
_CHECK_TEXTS = ("We will keep investing in our plants in China.",
                "Lawmakers said the export controls should be widened to cover older chips, and that "
                "companies must move their supply chains out of the country within five years.",
                "Talks resume on Monday.")


class ExportError(RuntimeError):
    """The ONNX export could not be made or does not reproduce the torch network."""


def file_for(variant: str) -> str:
    if variant not in ("fp32", "int8"):
        raise ValueError(f"variant {variant!r} is not one of fp32, int8")
    return ONNX_FILE if variant == "fp32" else INT8_FILE


def open_session(path: Path, threads: int = 2):
    """An ONNX Runtime CPU session: all graph optimisations, ``threads`` intra-op threads, sequential."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3  # errors only: the exported graph's unused-initializer notes are noise
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def file_version(session) -> str | None:
    return session.get_modelmeta().custom_metadata_map.get(VERSION_KEY)


def run_logits(session, input_ids, attention_mask):
    """Logits (float32, batch x labels) for a tokenised batch (numpy int arrays)."""
    import numpy as np

    feed = {"input_ids": np.asarray(input_ids, dtype=np.int64),
            "attention_mask": np.asarray(attention_mask, dtype=np.int64)}
    return session.run(["logits"], feed)[0]


def _stamp(path: Path, version: str, variant: str) -> None:
    import onnx

    model = onnx.load(str(path))
    del model.metadata_props[:]
    for key, value in ((VERSION_KEY, version), (VARIANT_KEY, variant)):
        model.metadata_props.add(key=key, value=value)
    onnx.save(model, str(path))


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def export(net, tokenizer, path: Path, version: str, max_length: int = 128) -> Path:
    """Write ``net`` (a ``classify.build_network`` module) to ``path`` as ONNX, checked against torch.

    Traced with eager attention (the SDPA kernel does not trace to plain ONNX
    ops and defeats ONNX Runtime's attention fusion); batch and sequence axes
    are dynamic. Written under a temporary name and renamed into place.
    """
    import numpy as np
    import torch

    was_training = net.training
    net.eval()
    attn = net.encoder.config._attn_implementation
    net.encoder.set_attn_implementation("eager")
    enc = tokenizer(list(_CHECK_TEXTS), padding=True, truncation=True, max_length=max_length, return_tensors="pt")
    tmp = _temp(path)
    try:
        with torch.inference_mode():
            want = net(enc["input_ids"], enc["attention_mask"]).numpy()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer and deprecation notes about the TorchScript exporter
            torch.onnx.export(net, (enc["input_ids"], enc["attention_mask"]), str(tmp), dynamo=False,
                              input_names=["input_ids", "attention_mask"], output_names=["logits"],
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}},
                              opset_version=OPSET)
        _stamp(tmp, version, "fp32")
        got = run_logits(open_session(tmp, threads=1), enc["input_ids"].numpy(), enc["attention_mask"].numpy())
        diff = float(np.abs(got - want).max())
        if diff > EXPORT_TOLERANCE:
            raise ExportError(f"ONNX export differs from torch by {diff:.2g} in logits")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        net.encoder.set_attn_implementation(attn)
        net.train(was_training)
    return path


def quantize_int8(src: Path, dst: Path, version: str) -> Path:
    """Dynamic int8 quantisation of ``src`` (weights per output channel, activations per batch) into ``dst``."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = _temp(dst)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # quantize_dynamic logs a generic "consider pre-processing" warning
    try:
        quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        _stamp(tmp, version, "int8")
        os.replace(tmp, dst)
    finally:
        root.setLevel(level)
        tmp.unlink(missing_ok=True)
    return dst


def _current(path: Path, version: str, threads: int):
    """A session on ``path`` when it exists, loads and carries ``version``; otherwise None."""
    if not path.exists():
        return None
    try:
        session = open_session(path, threads)
    except Exception:  # noqa: BLE001 - a truncated or foreign file is simply re-exported
        return None
    return session if file_version(session) == version else None


def session_for(model_dir: Path, version: str, variant: str, load_net: Callable[[], object], tokenizer,
                max_length: int = 128, threads: int = 2):
    """A session for the model in ``model_dir``, exporting (and quantising) it first when missing or stale.

    ``load_net`` builds the torch network; it is called only when an export is
    needed. Raises ``OSError`` (e.g. a read-only folder) or ``ExportError``.
    """
    from filelock import FileLock

    path = model_dir / file_for(variant)
    session = _current(path, version, threads)
    if session is not None:
        return session
    with FileLock(str(model_dir / LOCK_FILE), timeout=900):
        session = _current(path, version, threads)  # another process may have exported it meanwhile
        if session is None:
            fp32 = model_dir / ONNX_FILE
            if variant == "fp32" or _current(fp32, version, 1) is None:
                export(load_net(), tokenizer, fp32, version, max_length)
            if variant == "int8":
                quantize_int8(fp32, path, version)
            session = open_session(path, threads)
    return session
