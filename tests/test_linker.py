"""The learned organization linker: candidates, the fallback in the extractor, fitting, the committed weights."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from stance.cli import main
from stance.extract import Extractor
from stance.linker import WEIGHTS_FILE, Linker, candidates, speaker_mention
from stance.linker_fit import fit
from stance.registry import Registry

REPO = Path(__file__).resolve().parent.parent
REGISTRY_DIR = REPO / "data" / "registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(REGISTRY_DIR)


@pytest.fixture(scope="module")
def linked() -> Extractor:
    return Extractor.load(REGISTRY_DIR)


def _names(registry, text, speaker, people=("Rina Sato",)):
    return {c.name for c in candidates(registry, text, speaker_mention(text, speaker), people)}


@pytest.mark.parametrize("text,speaker,present,absent", [
    # the name after a descriptive noun, with the speaker's title in between
    ("“Speed still comes from Zhejiang,” said Defne Arslan, purchasing director of the Izmir toy chain "
     "Kucuk Adim Oyuncak.", "Defne Arslan", {"Kucuk Adim Oyuncak"}, {"Izmir", "Zhejiang", "Defne Arslan"}),
    # a run holding the speaker is cut at the speaker: the names either side remain, titles dropped
    ("Harbor Point Managing Partner Ivo Brand said the stake was small.", "Ivo Brand", {"Harbor Point"},
     {"Harbor Point Managing Partner Ivo Brand", "Ivo Brand"}),
    ("Fisheries economist Tor Lunde of the Bergen School of Economics said the bet was sound.", "Tor Lunde",
     {"Bergen School of Economics"}, {"Tor Lunde"}),
    # "X-based" and a possessive country are not part of the name; the short name gets the article's full one
    ("Lin Wei, an analyst at Taipei-based Jade River Securities, said the risk was small.", "Lin Wei",
     {"Jade River Securities"}, {"Taipei-based Jade River Securities"}),
    ("Foshan Emberwood Furniture bought the mill in May. Zhou Min, Emberwood's vice president, spoke for an hour.",
     "Zhou Min", {"Foshan Emberwood Furniture"}, {"Emberwood"}),
    # a registry alias inside a longer unregistered name is not the registry organization
    ("Ana Reis runs Quinta do Vale Fundo, a family estate in the Douro valley.", "Ana Reis",
     {"Quinta do Vale Fundo"}, {"Vale S.A."}),
    # the speaker, other people, places and months are no candidates
    ("Analyst Kenji Ota said in May that orders had stabilised in Japan, as Rina Sato had said.", "Kenji Ota",
     set(), {"Japan", "May", "Kenji Ota", "Rina Sato"}),
])
def test_candidates(registry, text, speaker, present, absent):
    names = _names(registry, text, speaker)
    assert present <= names, names
    assert not (absent & names), names


def test_anaphor_stands_for_the_subject_named_before(registry):
    text = ("Brightwater Rovers will carry the logo of Huaxin Mobile on its shirts, the club said. "
            "Kim Do-yun, the club's commercial director, said the deal was its largest.")
    cands = candidates(registry, text, speaker_mention(text, "Kim Do-yun"), ())
    assert {c.name for c in cands if c.anaphor == "the club's"} == {"Brightwater Rovers"}


@pytest.mark.parametrize("text,expected", [
    # the rules leave these speakers without an organization; the linker finds it
    ("“Speed still comes from Zhejiang,” said Defne Arslan, purchasing director of the Izmir toy chain "
     "Kucuk Adim Oyuncak.", ("Defne Arslan", "Kucuk Adim Oyuncak")),
    ("Brightwater Rovers will carry the logo of a Chinese phone maker on its shirts next season, the club said. "
     "Kim Do-yun, the club's commercial director, said the deal was the largest in its history.",
     ("Kim Do-yun", "Brightwater Rovers")),
    ("Palacky Technical University will double its intake of Chinese students, its vice-rector for international "
     "affairs, Hana Dvorak, told the Brief.", ("Hana Dvorak", "Palacky Technical University")),
    # no organization anywhere near: none is made up
    ("Joe Bickley, who grows soybeans near Ames, said the tariffs had cost him a buyer.", ("Joe Bickley", None)),
    ("Asked about the tariffs, retired teacher Mary Olsen said she would buy local.", ("Mary Olsen", None)),
])
def test_linker_fills_what_the_rules_leave(registry, linked, text, expected):
    rules_only = Extractor(registry)
    assert [s.organization for s in rules_only.extract(text)] == [None]  # the case is the linker's
    assert [(s.speaker, s.organization) for s in linked.extract(text)] == [expected]


def test_linker_never_overrides_the_rules(registry, linked):
    text = "Maria Lopez, chief executive of Tesla, said the plant would stay open, Lopez told reporters in Berlin."
    assert [(s.speaker, s.organization) for s in linked.extract(text)] == \
        [(s.speaker, s.organization) for s in Extractor(registry).extract(text)]


def test_missing_weights_file_turns_the_fallback_off(tmp_path):
    shutil.copytree(REGISTRY_DIR, tmp_path / "registry", ignore=shutil.ignore_patterns(WEIGHTS_FILE))
    assert Linker.load(tmp_path / "registry" / WEIGHTS_FILE) is None
    assert Extractor.load(tmp_path / "registry").linker is None


def test_committed_weights_are_what_fitting_gives(registry):
    """`python -m stance fit-linker` reproduces data/registry/linker.json (so it cannot go stale)."""
    saved = json.loads((REGISTRY_DIR / WEIGHTS_FILE).read_text(encoding="utf-8"))
    fitted = fit(REPO / "data" / "extraction_eval", registry, exclude=saved["about"]["excluded_sets"])
    assert fitted.linker.threshold == pytest.approx(saved["threshold"])
    assert fitted.about()["links"] == saved["about"]["links"]
    weights = {k: round(v, 6) for k, v in fitted.linker.weights.items() if abs(v) >= 1e-6}
    assert set(weights) == set(saved["weights"])
    assert all(abs(weights[k] - saved["weights"][k]) < 1e-4 for k in weights)
    # leave-one-set-out, the linker gets more of the rules' unlinked speakers right than the rules do
    assert fitted.linked_right > fitted.rules_right


def _data_dir(tmp_path: Path, sets: tuple[str, ...]) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REGISTRY_DIR, data / "registry")
    (data / "extraction_eval").mkdir()
    for p in (REPO / "data" / "extraction_eval").glob("*.*"):
        if p.name[:1] in sets and p.suffix in (".txt", ".json"):
            shutil.copy(p, data / "extraction_eval" / p.name)
    return data


def test_fit_linker_command_writes_a_loadable_file(tmp_path, monkeypatch, capsys):
    data = _data_dir(tmp_path, ("l", "m"))
    monkeypatch.setenv("STANCE_DATA_DIR", str(data))
    assert main(["fit-linker"]) == 0
    out = capsys.readouterr().out
    assert "threshold" in out and "leave-one-set-out" in out
    lk = Linker.load(data / "registry" / WEIGHTS_FILE)
    assert lk is not None and 0 < lk.threshold < 1 and lk.weights


def test_fit_linker_without_annotated_articles_is_a_clear_error(tmp_path, monkeypatch, capsys):
    data = _data_dir(tmp_path, ())
    before = (data / "registry" / WEIGHTS_FILE).read_bytes()
    monkeypatch.setenv("STANCE_DATA_DIR", str(data))
    assert main(["fit-linker"]) == 2
    err = capsys.readouterr().err
    assert "no annotated articles" in err and "Traceback" not in err
    assert (data / "registry" / WEIGHTS_FILE).read_bytes() == before  # the old weights are kept
