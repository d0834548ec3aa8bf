"""Fit the organization linker (``linker.py``) from the annotated articles, and choose its threshold.

Training examples are the annotated speakers: for each named, non-anonymous speaker of an article, every
candidate around their first mention, labelled by whether it is the annotated organization. A logistic
regression (scikit-learn, liblinear, L2) gives the weights.

The threshold is chosen where the linker is used: on the statements the rules leave with a named speaker
and no organization. Leave-one-set-out: for each set (``a``, ``b``, ...) the linker is fitted without that
set and run on its rule-only output (every matched, non-anonymous statement). Each threshold scores the
statements whose organization ends up right (none counting as right when the annotation has none) minus
half the wrong links: a wrong organization costs more than none, as it moves a statement into another
organization's chart. The best score wins, ties to the higher threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .extract import Extractor
from .extract_eval import Gold, load_articles, match, set_name
from .linker import Linker, candidates, features, speaker_mention
from .registry import Registry, normalise_name

C = 0.3  #: inverse L2 strength of the logistic regression
WRONG_LINK_COST = 0.5  #: a wrong organization counts as this many more errors than none
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))  #: 0.10 .. 0.90


@dataclass(frozen=True)
class Example:
    """The candidates of one (article, speaker) pair and which of them is the annotated organization."""

    article: str
    speaker: str
    gold: str | None
    feats: tuple[dict[str, float], ...]
    names: tuple[str, ...]
    positive: tuple[bool, ...]


@dataclass(frozen=True)
class Fitted:
    linker: Linker
    examples: int
    candidates: int
    fallback_cases: int  # rule-only statements with a named speaker and no organization (matched, all sets)
    rules_right: int  # of those, how many the rules already have right (no organization annotated)
    linked_right: int  # of those, how many are right with the linker, leave-one-set-out
    links: int  # how many of them the linker links
    wrong_links: int  # of those links, how many name the wrong organization
    per_set: dict[str, tuple[int, int, int]]  # set -> (cases, rules right, linked right)

    def about(self) -> dict:
        return {"fitted_by": "python -m stance fit-linker", "C": C, "examples": self.examples,
                "candidates": self.candidates, "fallback_cases": self.fallback_cases,
                "rules_right": self.rules_right, "linked_right_leave_one_set_out": self.linked_right,
                "links": self.links, "wrong_links": self.wrong_links}


def same_org(registry: Registry, a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a is None and b is None
    if normalise_name(a) == normalise_name(b):
        return True
    ra, rb = registry.org(a), registry.org(b)
    return ra is not None and rb is not None and ra.canonical == rb.canonical


def examples(registry: Registry, articles: Sequence[tuple[str, str, list[Gold]]]) -> list[Example]:
    """One example per named, non-anonymous speaker of each annotated article (name, text, gold)."""
    out = []
    for name, text, gold in articles:
        people = {g.speaker for g in gold if g.speaker}
        orgs: dict[str, str | None] = {}
        for g in gold:
            if g.speaker and not g.anonymous:
                orgs.setdefault(g.speaker, g.organization)
        for speaker, org in orgs.items():
            mention = speaker_mention(text, speaker)
            if mention is None:
                continue
            cands = candidates(registry, text, mention, people - {speaker})
            out.append(Example(name, speaker, org, tuple(features(text, mention, c) for c in cands),
                               tuple(c.name for c in cands), tuple(same_org(registry, c.name, org) for c in cands)))
    return out


def fit_weights(train: Sequence[Example], c: float = C) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2 logistic regression over every candidate of `train` (deterministic)."""
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415 (fitting only)
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    rows = [f for ex in train for f in ex.feats]
    ys = [int(p) for ex in train for p in ex.positive]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear takes 32-bit indices
    model = LogisticRegression(C=c, max_iter=5000, solver="liblinear")
    model.fit(x, ys)
    return dict(zip(vec.get_feature_names_out(), model.coef_[0].tolist())), float(model.intercept_[0])


def fit(folder: Path, registry: Registry, exclude: Sequence[str] = ()) -> Fitted:
    """Fit on every annotated article in `folder` outside the `exclude`d sets (left unread)."""
    articles = load_articles(folder, exclude=exclude)
    exs = examples(registry, [(n, t, g) for n, t, g, _ in articles])
    groups = [set_name(e.article) for e in exs]
    rules = Extractor(registry)
    # (set, gold organization, best candidate name, its probability) for each fallback case
    cases: list[tuple[str, str | None, str | None, float]] = []
    for held in sorted(set(set_name(n) for n, *_ in articles)):
        weights, bias = fit_weights([e for e, g in zip(exs, groups) if g != held])
        lk = Linker(weights, bias, 0.0)
        for name, text, gold, _nots in articles:
            if set_name(name) != held:
                continue
            found = rules.extract(text)
            people = {st.speaker for st in found if st.speaker}
            for gi, pi in match(gold, found):
                g, st = gold[gi], found[pi]
                if g.anonymous or not st.speaker or st.organization:
                    continue
                best = lk.link(registry, text, st.speaker, people - {st.speaker})
                cases.append((held, g.organization, best[0].name if best else None, best[1] if best else 0.0))

    def right(t: float, rows=cases) -> int:
        return sum(same_org(registry, name if p >= t else None, gold) for _s, gold, name, p in rows)

    def wrong_links(t: float, rows=cases) -> int:
        return sum(bool(name) and p >= t and not same_org(registry, name, gold) for _s, gold, name, p in rows)

    threshold = max(THRESHOLDS, key=lambda t: (right(t) - WRONG_LINK_COST * wrong_links(t), t))
    weights, bias = fit_weights(exs)
    per_set = {}
    for s in sorted({c[0] for c in cases}):
        rows = [c for c in cases if c[0] == s]
        per_set[s] = (len(rows), right(2.0, rows), right(threshold, rows))
    links = sum(bool(name) and p >= threshold for _s, _g, name, p in cases)
    return Fitted(Linker(weights, bias, threshold), len(exs), sum(len(e.feats) for e in exs), len(cases),
                  right(2.0), right(threshold), links, wrong_links(threshold), per_set)
