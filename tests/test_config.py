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
