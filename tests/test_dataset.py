"""The labeled data and its splits."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from stance.dataset import DataError, load_labeled, read_jsonl, split_of, splits
from stance.records import LABELS

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def examples():
    return load_labeled(DATA / "labeled")


def test_enough_statements_per_label(examples):
    counts = Counter(e.label for e in examples)
    assert len(examples) >= 900
    assert all(counts[label] >= 250 for label in LABELS), counts


def test_splits_are_roughly_70_15_15_and_disjoint(examples):
    parts = splits(examples)
    sizes = {k: len(v) / len(examples) for k, v in parts.items()}
    assert 0.65 < sizes["train"] < 0.75 and 0.10 < sizes["dev"] < 0.20 and 0.10 < sizes["test"] < 0.20
    ids = [e.id for part in parts.values() for e in part]
    assert len(ids) == len(set(ids)) == len(examples)


def test_split_is_a_function_of_the_id_only():
    assert split_of("exe-0001") == split_of("exe-0001")
    assert {split_of(f"x-{i}") for i in range(200)} == {"train", "dev", "test"}


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def _near_copies(held: list, train: list, threshold: float = 0.8) -> list[tuple[str, str]]:
    """(held id, train id) of same-label pairs whose word sets overlap by at least ``threshold`` (Jaccard)."""
    by_word: dict[str, list[int]] = {}
    train_words = [_words(e.text) for e in train]
    for i, words in enumerate(train_words):
        for w in words:
            by_word.setdefault(w, []).append(i)
    found = []
    for e in held:
        words = _words(e.text)
        for i in {i for w in words for i in by_word.get(w, ())}:
            other = train_words[i]
            if train[i].label == e.label and len(words & other) >= threshold * len(words | other):
                found.append((e.id, train[i].id))
    return found


def test_dev_and_test_have_no_near_copy_in_train(examples):
    # A reworded copy in train would let dev choose, and test report, what was memorised
    parts = splits(examples)
    assert _near_copies(parts["dev"] + parts["test"], parts["train"]) == []


@pytest.mark.parametrize("held, train, copies", [
    ("Tariffs on Canadian lumber make no sense and should go.",
     "The tariffs on Canadian lumber make no sense and should go.", 1),  # reworded copy, same label
    ("Tariffs on Canadian lumber should go.", "Tariffs on Chinese steel should stay.", 0),  # overlap 3 of 9 words
])
def test_near_copy_check(held, train, copies):
    from stance.dataset import Example

    assert len(_near_copies([Example("h", held, "neutral", "x")], [Example("t", train, "neutral", "x")])) == copies


def test_unseen_set_shares_no_text_with_training_data(examples):
    unseen = [e for f in sorted((DATA / "unseen").glob("*.jsonl")) for e in read_jsonl(f)]
    assert len(unseen) >= 150
    assert not {e.text.casefold() for e in unseen} & {e.text.casefold() for e in examples}
    assert len({e.id for e in unseen}) == len(unseen)  # ids unique across the unseen files


def test_corrections_join_train_only_and_never_leak(examples):
    from stance.dataset import Example

    test_text = splits(examples)["test"][0].text
    corrections = [Example("c1", test_text, "neutral", "corrections"),
                   Example("c2", "A brand new corrected statement.", "neutral", "corrections")]
    parts = splits(examples, corrections)
    assert [c.id for c in parts["train"] if c.source == "corrections"] == ["c2"]


@pytest.mark.parametrize("line, message", [
    ("not json", "not valid JSON"),
    (json.dumps({"id": "x", "text": "t", "label": "hawkish"}), "is not one of"),
    (json.dumps({"text": "t", "label": "neutral"}), "needs string fields"),
])
def test_bad_lines_are_reported_with_file_and_line(tmp_path, line, message):
    f = tmp_path / "bad.jsonl"
    f.write_text(line + "\n")
    with pytest.raises(DataError, match=message) as info:
        read_jsonl(f)
    assert "bad.jsonl:1" in str(info.value)


def test_no_statement_is_labeled_twice(examples):
    # A copy in dev or test of a training statement would inflate the scores used to choose the model.
    from stance.classify import model_text

    seen: dict[str, str] = {}
    for e in examples:
        key = model_text(e.text).casefold().rstrip(".")
        assert key not in seen, f"{e.id} repeats {seen[key]}"
        seen[key] = e.id
