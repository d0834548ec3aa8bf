"""Extraction evaluation: matching rules on tiny hand-made articles, then one run over the real set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.cli import main
from stance.dataset import DataError
from stance.extract import Extractor
from stance.extract_eval import evaluate
from stance.records import Statement
from stance.registry import Org, Registry

REPO = Path(__file__).resolve().parent.parent

TEXT = ("Maria Lopez said the plant would stay open. “We are not leaving China,” Lopez said. "
        "People familiar with the matter said talks had stalled.\n\nBy Jane Roe")
LOPEZ = ("Maria Lopez", "Northwind Corp.", "US")
GOLD = [
    # text, speaker/organization/country, kind, stance_bearing, anonymous
    ("the plant would stay open", LOPEZ, "reported", True, False),
    ("We are not leaving China", LOPEZ, "direct", True, False),
    ("talks had stalled", (None, None, None), "reported", False, True),
]
REGISTRY = Registry([(Org("Northwind Corp.", "US", None, "company"), ["Northwind"])], [])


class FakeExtractor:
    """Returns fixed predictions, given as (substring of TEXT, (speaker, organization, country))."""

    def __init__(self, predictions):
        self.registry = REGISTRY
        self.predictions = predictions

    def extract(self, text):
        out = []
        for fragment, (speaker, org, country) in self.predictions:
            start = text.index(fragment)
            out.append(Statement(start, start + len(fragment), fragment, "reported", speaker, org, country))
        return out


def write_article(folder: Path, name: str = "a", text: str = TEXT, gold=GOLD, nots=("By Jane Roe",)) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    statements = [{"text": t, "occurrence": 1, "speaker": who[0], "organization": who[1], "country": who[2],
                   "kind": kind, "stance_bearing": sb, "anonymous": anon} for t, who, kind, sb, anon in gold]
    (folder / f"{name}.json").write_text(json.dumps({"statements": statements, "not_statements": list(nots)}),
                                         encoding="utf-8")
    return folder


@pytest.mark.parametrize("predictions, expected", [
    pytest.param([("the plant would stay open", LOPEZ), ("We are not leaving China", LOPEZ)],
                 dict(precision=1.0, recall=1.0, recall_stance_bearing=1.0, exact_span_rate=1.0), id="perfect"),
    pytest.param([("the plant would stay open", LOPEZ)],
                 dict(precision=1.0, recall=0.5, recall_stance_bearing=0.5), id="missed statement"),
    pytest.param([("the plant would stay open", LOPEZ), ("We are not leaving China", LOPEZ),
                  ("Maria Lopez said", LOPEZ)],
                 dict(precision=2 / 3, recall=1.0, false_positives=1), id="extra statement"),
    # "Lopez said the plant" shares "the plant" (9 of its 20 chars) with the gold span: no match
    pytest.param([("Lopez said the plant", LOPEZ), ("We are not leaving China", LOPEZ)],
                 dict(precision=0.5, recall=0.5), id="overlap below half"),
    # 20 of 25 chars overlap: a match, but not an exact span
    pytest.param([("said the plant would stay", LOPEZ), ("We are not leaving China", LOPEZ)],
                 dict(precision=1.0, recall=1.0, exact_span_rate=0.5), id="overlap above half"),
    # two predictions on one gold statement: one matches, the other is a false positive
    pytest.param([("the plant would stay open", LOPEZ), ("plant would stay open", LOPEZ)],
                 dict(precision=0.5, recall=0.5, exact_span_rate=1.0), id="one-to-one"),
    pytest.param([("the plant would stay open", LOPEZ), ("We are not leaving China", LOPEZ),
                  ("talks had stalled", (None, None, None))],
                 dict(precision=1.0, recall=1.0, predicted=3, predicted_anonymous=1), id="anonymous found"),
    pytest.param([("the plant would stay open", LOPEZ), ("We are not leaving China", LOPEZ)],
                 dict(recall=1.0, gold=2, gold_anonymous=1), id="anonymous missed"),
    pytest.param([("the plant would stay open", LOPEZ), ("We are not leaving China", LOPEZ), ("By Jane Roe", LOPEZ)],
                 dict(precision=2 / 3, not_statements_extracted=1), id="not_statement extracted"),
    pytest.param([], dict(precision=0.0, recall=0.0, exact_span_rate=0.0, attribution_n=0), id="nothing found"),
])
def test_matching(tmp_path, predictions, expected):
    report = evaluate(write_article(tmp_path / "eval"), FakeExtractor(predictions))
    assert report.articles == 1
    for name, value in expected.items():
        assert getattr(report, name) == pytest.approx(value), name


@pytest.mark.parametrize("field, gold, predicted, correct", [
    ("speaker", "Maria Lopez", "Jonas Berg", False),
    ("speaker", "Maria Lopez", "maria lopez", True),
    ("speaker", None, None, True),
    ("speaker", None, "Lopez", False),
    ("speaker", "Maria Lopez", None, False),
    ("organization", "Northwind Corp.", "the Northwind Corp", True),  # equal after normalise_name
    ("organization", "Northwind Corp.", "Northwind", True),  # same registry canonical
    ("organization", "Northwind Corp.", "Southwind Ltd.", False),
    ("organization", "Northwind Corp.", "Tuesday", False),
    # round 4: surface form only — a possessive inside the name, case, spacing, leading article
    ("organization", "Netherlands' Ministry of Trade", "Netherlands's Ministry of Trade", True),
    ("organization", "Spain's Ministry of Industry", "spain’s  ministry of industry", True),
    ("organization", "Port of Kiel Authority", "the port of Kiel authority", True),
    ("organization", "Port of Kiel Authority", "Kiel Authority", False),  # a word missing is a real error
    ("organization", "Spain's Ministry of Industry", "Spain's Ministry of Industry and Trade", False),
    ("organization", "UAE Ministry of Energy", "Emirati Ministry of Energy", False),  # no synonyms
    ("country", "US", "us", True),
    ("country", "US", "CN", False),
])
def test_attribution(tmp_path, field, gold, predicted, correct):
    who = dict(zip(("speaker", "organization", "country"), LOPEZ))
    gold_who, pred_who = dict(who, **{field: gold}), dict(who, **{field: predicted})
    folder = write_article(tmp_path / "eval", gold=[("the plant would stay open", tuple(gold_who.values()),
                                                      "reported", True, False)])
    report = evaluate(folder, FakeExtractor([("the plant would stay open", tuple(pred_who.values()))]))
    assert report.attribution_n == 1
    assert report.attribution_accuracy(field) == (1.0 if correct else 0.0)
    assert report.attribution_accuracy("all") == (1.0 if correct else 0.0)
    wrong = report.per_article[0].wrong_attributions
    assert [w.wrong for w in wrong] == ([] if correct else [(field,)])


def test_not_stance_bearing_is_not_scored_for_attribution(tmp_path):
    folder = write_article(tmp_path / "eval", gold=[("the plant would stay open", LOPEZ, "reported", False, False)])
    report = evaluate(folder, FakeExtractor([("the plant would stay open", ("Jonas Berg", None, None))]))
    assert (report.recall, report.recall_stance_bearing, report.attribution_n) == (1.0, 0.0, 0)
    assert len(report.per_article[0].wrong_attributions) == 1  # still listed for --verbose


def test_occurrence_selects_the_later_span(tmp_path):
    text = "Lopez said prices rose. Berg said prices rose."
    folder = write_article(tmp_path / "eval", text=text, nots=(),
                           gold=[("prices rose", ("Jonas Berg", None, None), "reported", True, False)])
    data = json.loads((folder / "a.json").read_text())
    data["statements"][0]["occurrence"] = 2
    (folder / "a.json").write_text(json.dumps(data))

    class Second(FakeExtractor):
        def extract(self, text):
            start = text.rindex("prices rose")
            return [Statement(start, start + 11, "prices rose", "reported", "Jonas Berg", None, None)]

    report = evaluate(folder, Second([]))
    assert (report.recall, report.exact_span_rate) == (1.0, 1.0)


def test_verbose_lists_errors(tmp_path):
    report = evaluate(write_article(tmp_path / "eval"),
                      FakeExtractor([("the plant would stay open", ("Jonas Berg", "Northwind", "US")),
                                     ("By Jane Roe", LOPEZ)]))
    article = report.per_article[0]
    assert [g.text for g in article.missed] == ["We are not leaving China"]
    assert [p.text for p in article.false_positives] == ["By Jane Roe"]
    assert article.not_statements_extracted == ("By Jane Roe",)
    assert report.render(verbose=False).count("\n") == 4
    verbose = report.render(verbose=True)
    for line in ("missed", "extra", "wrong    speaker", "Jonas Berg", "not-statement extracted"):
        assert line in verbose


@pytest.mark.parametrize("gold, nots, message", [
    ([("not in the article", LOPEZ, "reported", True, False)], (), "is not in the article"),
    ([], ("absent header",), "is not in the article text"),
])
def test_bad_annotation_is_a_data_error(tmp_path, gold, nots, message):
    with pytest.raises(DataError, match=message):
        evaluate(write_article(tmp_path / "eval", gold=gold, nots=nots), FakeExtractor([]))


def test_empty_folder_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="no annotated articles"):
        evaluate(tmp_path, FakeExtractor([]))


# -- the real extractor on the real annotated set ----------------------------------

#: the sets being held out now (see data/extraction_eval/README.md): zza–zzd, written in session 11 and scored
#: unread with the session-10 and session-11 code; the next session scores its own code on them first
HELD_OUT: tuple[str, ...] = ("zzi", "zzj", "zzk", "zzl")


def test_real_evaluation_is_well_formed():
    extractor = Extractor(Registry.load(REPO / "data" / "registry"))
    # a held-out set is never read here: only the lead scores it (every other set is dev data)
    report = evaluate(REPO / "data" / "extraction_eval", extractor, exclude=HELD_OUT)
    assert report.articles == len([p for p in (REPO / "data" / "extraction_eval").glob("*.json")
                                   if not p.name.startswith(HELD_OUT)]) > 0
    assert report.gold > 0 and report.predicted > 0 and report.true_positives > 0 and report.attribution_n > 0
    assert report.true_positives <= min(report.gold, report.predicted)
    rates = [report.precision, report.recall, report.recall_stance_bearing, report.exact_span_rate,
             *(report.attribution_accuracy(f) for f in ("speaker", "organization", "country", "all"))]
    assert all(0.0 <= r <= 1.0 for r in rates), rates
    assert report.attribution_accuracy("all") <= min(report.attribution_accuracy(f)
                                                     for f in ("speaker", "organization", "country"))
    assert 0 <= report.not_statements_extracted <= report.not_statements


def test_cli_prints_the_report(tmp_path, capsys):
    folder = write_article(tmp_path / "eval")
    assert main(["evaluate-extraction", "--folder", str(folder), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("articles 1 ") and "precision" in out and "== a:" in out


def test_cli_missing_folder_is_one_line_error(tmp_path, capsys):
    assert main(["evaluate-extraction", "--folder", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")


@pytest.mark.parametrize("only, exclude, expected", [
    ((), (), ["a01", "b01", "d01"]),
    (("a",), (), ["a01"]),
    (("a", "B"), (), ["a01", "b01"]),
    ((), ("d",), ["a01", "b01"]),
    (("a", "d"), ("d",), ["a01"]),
])
def test_sets_are_chosen_by_name_prefix(tmp_path, only, exclude, expected):
    folder = tmp_path / "eval"
    for name in ("a01", "b01", "d01"):
        write_article(folder, name)
    report = evaluate(folder, FakeExtractor([]), only=only, exclude=exclude)
    assert [a.name for a in report.per_article] == expected
    assert list(report.by_set()) == sorted({n[0] for n in expected})


def test_excluded_set_is_never_read(tmp_path):
    folder = write_article(tmp_path / "eval", "a01")
    (folder / "d01.json").write_text("{ not json", encoding="utf-8")  # would be a DataError if read
    assert evaluate(folder, FakeExtractor([]), exclude=("d",)).articles == 1
    with pytest.raises(DataError, match="d01"):
        evaluate(folder, FakeExtractor([]))


def test_per_set_rows_only_with_two_sets(tmp_path):
    folder = write_article(tmp_path / "eval", "a01")
    assert "per set" not in evaluate(folder, FakeExtractor([])).render()
    write_article(folder, "b01")
    out = evaluate(folder, FakeExtractor([("the plant would stay open", LOPEZ)])).render()
    assert "per set:" in out and "set a: 1 articles" in out and "set b: 1 articles" in out


def test_cli_only_and_exclude(tmp_path, capsys):
    folder = tmp_path / "eval"
    for name in ("a01", "c01"):
        write_article(folder, name)
    assert main(["evaluate-extraction", "--folder", str(folder), "--only", "c"]) == 0
    assert capsys.readouterr().out.startswith("articles 1 ")
    assert main(["evaluate-extraction", "--folder", str(folder), "--exclude", "c", "--exclude", "a"]) == 2
    assert "no annotated articles" in capsys.readouterr().err
