"""Every setting is documented in the README, and unknown ones are refused."""

from pathlib import Path

import pytest

from stance import config

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.name)
def test_setting_is_documented(setting):
    assert f"`{setting.name}`" in README


def test_environment_overrides_default(monkeypatch):
    monkeypatch.setenv("STANCE_DB", "/tmp/elsewhere.duckdb")
    assert config.db_path() == Path("/tmp/elsewhere.duckdb")
    assert config.db_path("given.duckdb") == Path("given.duckdb")


def test_unknown_setting_lists_known_ones():
    with pytest.raises(KeyError, match="STANCE_DB"):
        config.get("STANCE_NOPE")


@pytest.mark.parametrize("value, expected", [
    (None, "auto"), ("auto", "auto"), ("onnx", "onnx"), ("ONNX-INT8", "onnx-int8"), (" torch ", "torch"),
])
def test_backend_setting(value, expected, monkeypatch):
    if value is None:
        monkeypatch.delenv("STANCE_BACKEND", raising=False)
    else:
        monkeypatch.setenv("STANCE_BACKEND", value)
    assert config.backend() == expected


@pytest.mark.parametrize("value", ["int8", "onnx-fp16", "gpu"])
def test_bad_backend_setting_names_the_choices(value, monkeypatch):
    monkeypatch.setenv("STANCE_BACKEND", value)
    with pytest.raises(ValueError, match="is not one of auto, onnx, onnx-int8, torch"):
        config.backend()
