"""The ONNX Runtime path of the classifier: parity with torch, artefact lifecycle, calibration.

The slow tests use the real trained model (the session ``model_dir`` fixture);
those that change a model folder work on a copy of it in ``tmp_path``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stance import config, onnxnet
from stance.classify import BACKENDS, META_FILE, StanceClassifier, calibrated

REPO = Path(__file__).resolve().parent.parent
#: fp32 ONNX Runtime vs torch: largest difference allowed in any calibrated probability
PROB_TOLERANCE = 1e-4


def _unseen() -> list[str]:
    path = config.data_dir() / "unseen" / "statements.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _copy_without_onnx(src: Path, dst: Path) -> Path:
    """A model folder as trained before ONNX export existed: encoder, head and metadata only."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.onnx", ".onnx.lock", ".*.tmp"))
    return dst


# -- fast: no model -------------------------------------------------------------------

@pytest.mark.parametrize("logits, temperature, expected", [
    ([[0.0, 0.0, 0.0]], 1.0, [[1 / 3, 1 / 3, 1 / 3]]),
    ([[2.0, 0.0, 0.0]], 1.0, [[np.e ** 2 / (np.e ** 2 + 2), 1 / (np.e ** 2 + 2), 1 / (np.e ** 2 + 2)]]),
    ([[2.0, 0.0, 0.0]], 2.0, [[np.e / (np.e + 2), 1 / (np.e + 2), 1 / (np.e + 2)]]),
    ([[1000.0, 0.0, -1000.0]], 1.0, [[1.0, 0.0, 0.0]]),  # no overflow
])
def test_calibrated_is_softmax_of_logits_over_temperature(logits, temperature, expected):
    got = calibrated(np.array(logits, dtype=np.float32), temperature)
    assert got == pytest.approx(np.array(expected), abs=1e-12)
    assert got.sum(axis=1) == pytest.approx(1.0)


@pytest.mark.parametrize("backend", ["onnx-fp16", "ONNX", "", "tensorflow"])
def test_unknown_backend_is_refused_with_the_valid_ones(backend, tmp_path):
    with pytest.raises(ValueError, match="is not one of auto, onnx, onnx-int8, torch"):
        StanceClassifier(tmp_path, backend=backend)


@pytest.mark.parametrize("variant, expected", [("fp32", "model.onnx"), ("int8", "model.int8.onnx")])
def test_variant_files(variant, expected):
    assert onnxnet.file_for(variant) == expected


@pytest.mark.parametrize("variant", ["fp16", "int4", ""])
def test_unknown_variant_is_refused(variant):
    with pytest.raises(ValueError, match="not one of fp32, int8"):
        onnxnet.file_for(variant)


# -- slow: the real model ----------------------------------------------------------------

@pytest.fixture(scope="module")
def unseen() -> list[str]:
    return _unseen()


@pytest.fixture(scope="module")
def torch_clf(model_dir) -> StanceClassifier:
    return StanceClassifier(model_dir, backend="torch")


@pytest.fixture(scope="module")
def onnx_clf(model_dir) -> StanceClassifier:
    return StanceClassifier(model_dir, backend="onnx")


@pytest.mark.slow
@pytest.mark.parametrize("int8_record, backend, suffix", [
    ({"use": True, "dev_macro_f1": 0.83, "fp32_dev_macro_f1": 0.835, "max_drop": 0.01}, "onnx-int8", "+int8"),
    ({"use": False, "dev_macro_f1": 0.80, "fp32_dev_macro_f1": 0.835, "max_drop": 0.01}, "onnx", ""),
    ({"use": False, "reason": "no int8 model could be built"}, "onnx", ""),
    (None, "onnx", ""),  # a folder trained before the int8 check: fp32
])
def test_auto_backend_follows_the_int8_check_recorded_by_training(int8_record, backend, suffix, model_dir, tmp_path):
    mdir = tmp_path / "stance"
    shutil.copytree(model_dir, mdir, ignore=shutil.ignore_patterns(".onnx.lock", ".*.tmp"))
    meta = json.loads((mdir / META_FILE).read_text())
    meta.pop("int8", None)
    if int8_record is not None:
        meta["int8"] = int8_record
    (mdir / META_FILE).write_text(json.dumps(meta))
    clf = StanceClassifier(mdir)
    assert clf.backend == backend and clf.version == meta["version"] + suffix
    assert clf.predict(["We will keep investing in China."])[0].model_version == clf.version


@pytest.mark.slow
def test_trained_folder_records_its_int8_check_and_holds_both_files(model_dir):
    meta = json.loads((model_dir / META_FILE).read_text())
    assert "int8" in meta, f"{model_dir} predates the int8 check: retrain it with `python -m stance train`"
    q = meta["int8"]
    assert q["max_drop"] == 0.01
    assert q["use"] == (round(q["fp32_dev_macro_f1"] - q["dev_macro_f1"], 4) <= 0.01)
    assert (model_dir / onnxnet.ONNX_FILE).exists() and (model_dir / onnxnet.INT8_FILE).exists()


@pytest.mark.slow
def test_onnx_backend_serves_the_model_version(onnx_clf, model_dir):
    assert onnx_clf.backend == "onnx" and onnx_clf.session is not None
    assert onnx_clf.version == json.loads((model_dir / META_FILE).read_text())["version"]
    assert onnxnet.file_version(onnx_clf.session) == onnx_clf.version
    assert onnx_clf.net is None  # torch weights are not kept in memory by the ONNX path


@pytest.mark.slow
def test_onnx_probabilities_match_torch_on_unseen_statements(onnx_clf, torch_clf, unseen):
    assert len(unseen) >= 100
    want = torch_clf.probabilities(unseen)
    got = onnx_clf.probabilities(unseen)
    assert np.abs(got - want).max() <= PROB_TOLERANCE
    agree = float((got.argmax(1) == want.argmax(1)).mean())
    assert agree >= 0.99
    preds = onnx_clf.predict(unseen[:5])
    assert [p.model_version for p in preds] == [torch_clf.version] * 5
    for p in preds:
        assert sum(p.scores.values()) == pytest.approx(1.0)
        assert p.confidence == max(p.scores.values()) and p.scores[p.label] == p.confidence


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_batching_does_not_change_outputs(model_dir, unseen, backend):
    # a statement's label must not depend on the statements classified with it (int8 quantises activations
    # per call, so it runs one statement per call)
    one_by_one = StanceClassifier(model_dir, batch_size=1, backend=backend).probabilities(unseen[:40])
    batched = StanceClassifier(model_dir, batch_size=64, backend=backend).probabilities(unseen)[:40]
    shuffled = StanceClassifier(model_dir, batch_size=64, backend=backend).probabilities(unseen[:40][::-1])[::-1]
    assert np.abs(one_by_one - batched).max() <= PROB_TOLERANCE
    assert np.abs(one_by_one - shuffled).max() <= PROB_TOLERANCE


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["missing", "truncated", "other model's"])
def test_folder_without_a_current_onnx_file_exports_one_on_first_load(damage, model_dir, onnx_clf, unseen, tmp_path):
    mdir = _copy_without_onnx(model_dir, tmp_path / "stance")
    if damage == "truncated":
        (mdir / onnxnet.ONNX_FILE).write_bytes((model_dir / onnxnet.ONNX_FILE).read_bytes()[:4096])
    elif damage == "other model's":
        shutil.copy(model_dir / onnxnet.ONNX_FILE, mdir / onnxnet.ONNX_FILE)
        meta = json.loads((mdir / META_FILE).read_text())
        meta["version"] = "minilm-ft-elsewhere"
        (mdir / META_FILE).write_text(json.dumps(meta))
    clf = StanceClassifier(mdir, backend="onnx")
    assert clf.backend == "onnx"
    assert onnxnet.file_version(onnxnet.open_session(mdir / onnxnet.ONNX_FILE)) == clf.version
    assert not list(mdir.glob(".*.tmp"))
    assert np.abs(clf.probabilities(unseen[:20]) - onnx_clf.probabilities(unseen[:20])).max() <= PROB_TOLERANCE


@pytest.mark.slow
def test_concurrent_first_loads_both_get_the_export(model_dir, tmp_path):
    mdir = _copy_without_onnx(model_dir, tmp_path / "stance")
    code = ("import sys; from pathlib import Path; from stance.classify import StanceClassifier; "
            "c = StanceClassifier(Path(sys.argv[1]), backend='onnx'); p = c.predict(['We will keep investing in China.'])[0]; "
            "print(c.backend, c.version, p.label, round(p.confidence, 6))")
    env = {**__import__("os").environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(mdir)], cwd=REPO, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert outs[0][0] == outs[1][0] and outs[0][0].startswith("onnx ")
    assert not list(mdir.glob(".*.tmp"))


@pytest.mark.slow
def test_unwritable_folder_falls_back_to_torch_with_a_note(model_dir, torch_clf, unseen, tmp_path, capsys):
    mdir = _copy_without_onnx(model_dir, tmp_path / "stance")
    (mdir / onnxnet.LOCK_FILE).mkdir()  # the lock cannot be taken, so no export can happen
    clf = StanceClassifier(mdir, backend="onnx")
    assert clf.backend == "torch" and clf.version == torch_clf.version
    assert "classifying with torch" in capsys.readouterr().err
    assert not (mdir / onnxnet.ONNX_FILE).exists()
    assert [p.label for p in clf.predict(unseen[:10])] == [p.label for p in torch_clf.predict(unseen[:10])]


@pytest.mark.slow
def test_int8_variant_is_versioned_apart_and_stays_close(model_dir, torch_clf, unseen, tmp_path):
    mdir = _copy_without_onnx(model_dir, tmp_path / "stance")
    shutil.copy(model_dir / onnxnet.ONNX_FILE, mdir / onnxnet.ONNX_FILE)
    clf = StanceClassifier(mdir, backend="onnx-int8")
    assert clf.backend == "onnx-int8" and clf.version == torch_clf.version + "+int8"
    assert (mdir / onnxnet.INT8_FILE).stat().st_size < (mdir / onnxnet.ONNX_FILE).stat().st_size / 2
    got, want = clf.probabilities(unseen), torch_clf.probabilities(unseen)
    assert float((got.argmax(1) == want.argmax(1)).mean()) >= 0.9
    assert np.abs(got - want).max() > 0  # quantisation does change outputs: hence its own version


@pytest.mark.slow
def test_auto_falls_back_to_fp32_onnx_when_int8_cannot_be_built(model_dir, onnx_clf, unseen, tmp_path, capsys):
    mdir = _copy_without_onnx(model_dir, tmp_path / "stance")
    shutil.copy(model_dir / onnxnet.ONNX_FILE, mdir / onnxnet.ONNX_FILE)  # fp32 is there, int8 is not
    meta = json.loads((mdir / META_FILE).read_text())
    meta["int8"] = {"use": True, "dev_macro_f1": 0.85, "fp32_dev_macro_f1": 0.855, "max_drop": 0.01}
    (mdir / META_FILE).write_text(json.dumps(meta))
    (mdir / onnxnet.LOCK_FILE).mkdir()  # no quantisation can happen here
    clf = StanceClassifier(mdir)
    assert clf.backend == "onnx" and clf.version == meta["version"]
    assert "no int8 ONNX model" in capsys.readouterr().err
    assert np.abs(clf.probabilities(unseen[:20]) - onnx_clf.probabilities(unseen[:20])).max() <= PROB_TOLERANCE
