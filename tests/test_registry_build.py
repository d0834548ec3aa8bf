"""The sub-national registry file is what its builder writes, the same on every run (session 10)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "data" / "registry" / "build_subnational.py"


def _builder():
    spec = importlib.util.spec_from_file_location("build_subnational", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_file_is_the_builders_output(tmp_path):
    out = tmp_path / "organizations_subnational.csv"
    _builder().main(out)
    committed = (ROOT / "data" / "registry" / "organizations_subnational.csv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed


def test_belgian_regions_are_in_it():
    text = (ROOT / "data" / "registry" / "organizations_subnational.csv").read_text(encoding="utf-8")
    assert "Flemish government," in text and "Walloon government," in text
    assert "Brussels government," not in text  # never the capital's name for a region
