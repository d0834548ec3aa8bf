"""Score the statement extractor against the annotated articles in ``data/extraction_eval``.

Each article is ``NAME.txt`` with ``NAME.json`` (format and span conventions in
that folder's README). Gold statements are located by their text and
occurrence; predictions are matched to gold one-to-one, greedily by largest
character overlap, and a pair counts only when the overlap covers at least half
of the shorter span. Anonymous gold statements are optional: they are not in
recall, and a prediction matching one is neither a hit nor a false positive.

Limits: a prediction that covers two gold statements matches only one of them,
so a merged span costs recall; attribution is scored only on matched
stance-bearing statements, so it says nothing about statements never found.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from .dataset import DataError
from .records import Statement
from .registry import Registry, normalise_name

MIN_OVERLAP = 0.5  # share of the shorter span (or of the not_statement) that must overlap
ATTRIBUTES = ("speaker", "organization", "country")
_SHOW = 110  # characters of a statement shown in the verbose listing


class StatementExtractor(Protocol):
    registry: Registry

    def extract(self, text: str) -> list[Statement]: ...


@dataclass(frozen=True)
class Gold:
    """One annotated statement, located in its article."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    organization: str | None
    country: str | None
    stance_bearing: bool
    anonymous: bool


@dataclass(frozen=True)
class Attribution:
    """A matched pair whose speaker, organization or country differ."""

    gold: Gold
    predicted: Statement
    wrong: tuple[str, ...]  # names from ATTRIBUTES


@dataclass(frozen=True)
class ArticleResult:
    """The matching of one article, kept for the verbose error listing."""

    name: str
    gold: tuple[Gold, ...]
    predicted: tuple[Statement, ...]
    matches: tuple[tuple[Gold, Statement], ...]  # includes matches to anonymous gold
    missed: tuple[Gold, ...]  # non-anonymous gold with no match
    false_positives: tuple[Statement, ...]
    wrong_attributions: tuple[Attribution, ...]  # all matched non-anonymous gold, stance-bearing or not
    not_statements_extracted: tuple[str, ...]
    not_statements: int


@dataclass(frozen=True)
class ExtractionReport:
    articles: int
    gold: int  # non-anonymous gold statements
    gold_anonymous: int
    gold_stance_bearing: int  # non-anonymous
    predicted: int
    predicted_anonymous: int  # predictions matched to anonymous gold (neither hit nor false positive)
    true_positives: int
    stance_bearing_found: int
    exact_spans: int
    attribution_n: int  # matched stance-bearing statements
    attribution_correct: dict[str, int]  # speaker, organization, country, all
    not_statements: int
    not_statements_extracted: int
    per_article: tuple[ArticleResult, ...]
    registry: Registry | None = None

    def by_set(self) -> dict[str, ExtractionReport]:
        """One report per set (``a``, ``b``, ...), in name order."""
        groups: dict[str, list[ArticleResult]] = {}
        for r in self.per_article:
            groups.setdefault(set_name(r.name), []).append(r)
        return {k: _report(tuple(v), self.registry) for k, v in sorted(groups.items())}

    @property
    def false_positives(self) -> int:
        return self.predicted - self.predicted_anonymous - self.true_positives

    @property
    def precision(self) -> float:
        return _rate(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return _rate(self.true_positives, self.gold)

    @property
    def recall_stance_bearing(self) -> float:
        return _rate(self.stance_bearing_found, self.gold_stance_bearing)

    @property
    def exact_span_rate(self) -> float:
        return _rate(self.exact_spans, self.true_positives)

    def attribution_accuracy(self, field: str) -> float:
        """Share of matched stance-bearing statements with `field` right ('all' = all three)."""
        return _rate(self.attribution_correct[field], self.attribution_n)

    def render(self, verbose: bool = False) -> str:
        lines = [
            f"articles {self.articles}   gold statements {self.gold} (+{self.gold_anonymous} anonymous, optional)   "
            f"predicted {self.predicted} ({self.predicted_anonymous} on anonymous gold)",
            f"precision {self.precision:.3f} ({self.true_positives}/{self.true_positives + self.false_positives})   "
            f"recall {self.recall:.3f} ({self.true_positives}/{self.gold})   "
            f"recall stance-bearing {self.recall_stance_bearing:.3f} "
            f"({self.stance_bearing_found}/{self.gold_stance_bearing})",
            f"exact span {self.exact_span_rate:.3f} ({self.exact_spans}/{self.true_positives} matches)",
            f"attribution on {self.attribution_n} matched stance-bearing: " + "   ".join(
                f"{f} {self.attribution_accuracy(f):.3f}" for f in (*ATTRIBUTES, "all")),
            f"not_statements extracted {self.not_statements_extracted}/{self.not_statements}",
        ]
        sets = self.by_set() if self.registry is not None else {}
        if len(sets) > 1:
            lines.append("per set:")
            lines.extend(_set_row(k, r) for k, r in sets.items())
        if verbose:
            for a in self.per_article:
                lines.extend(_render_article(a))
        return "\n".join(lines)


def evaluate(folder: Path, extractor: StatementExtractor, only: Sequence[str] = (),
             exclude: Sequence[str] = ()) -> ExtractionReport:
    """Run `extractor` over the annotated articles in `folder` and score them.

    `only` keeps, and `exclude` drops, the articles whose set (the letters their
    name starts with: ``c`` for ``c07_jiangsu...``) is listed; dropped articles
    are never read, so a held-out set can stay unseen.
    """
    results = tuple(_evaluate_article(name, text, gold, nots, extractor)
                    for name, text, gold, nots in load_articles(folder, only, exclude))
    return _report(results, extractor.registry)


def set_name(stem: str) -> str:
    """The set an article belongs to: the letters its file name starts with (``c07_x`` -> ``c``)."""
    m = re.match(r"[A-Za-z]+", stem)
    return m.group(0).lower() if m else ""


def _report(results: tuple[ArticleResult, ...], registry: Registry) -> ExtractionReport:
    matched = [(g, p) for r in results for g, p in r.matches if not g.anonymous]
    bearing = [(g, p) for g, p in matched if g.stance_bearing]
    correct = {f: sum(_same(f, g, p, registry) for g, p in bearing) for f in ATTRIBUTES}
    correct["all"] = sum(all(_same(f, g, p, registry) for f in ATTRIBUTES) for g, p in bearing)
    golds = [g for r in results for g in r.gold]
    return ExtractionReport(
        articles=len(results),
        gold=sum(not g.anonymous for g in golds),
        gold_anonymous=sum(g.anonymous for g in golds),
        gold_stance_bearing=sum(g.stance_bearing and not g.anonymous for g in golds),
        predicted=sum(len(r.predicted) for r in results),
        predicted_anonymous=sum(g.anonymous for r in results for g, _ in r.matches),
        true_positives=len(matched),
        stance_bearing_found=len(bearing),
        exact_spans=sum((g.start, g.end) == (p.start, p.end) for g, p in matched),
        attribution_n=len(bearing),
        attribution_correct=correct,
        not_statements=sum(r.not_statements for r in results),
        not_statements_extracted=sum(len(r.not_statements_extracted) for r in results),
        per_article=results,
        registry=registry,
    )


def load_articles(folder: Path, only: Sequence[str] = (), exclude: Sequence[str] = ()
                  ) -> list[tuple[str, str, list[Gold], list[str]]]:
    """(name, text, gold statements, not_statements) for each NAME.json + NAME.txt in `folder`.

    Articles of a set outside `only` (when given) or inside `exclude` are skipped unread.
    """
    if not folder.is_dir():
        raise DataError(f"{folder}: no such folder of annotated articles")
    keep = {x.lower() for x in only}
    drop = {x.lower() for x in exclude}
    out = []
    for path in sorted(folder.glob("*.json")):
        group = set_name(path.stem)
        if (keep and group not in keep) or group in drop:
            continue
        txt = path.with_suffix(".txt")
        try:
            text = txt.read_text(encoding="utf-8")
            ann = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"{path.stem}: cannot read the article and its annotation ({exc})") from None
        gold = [_locate(path.name, text, s) for s in ann.get("statements", [])]
        nots = list(ann.get("not_statements", []))
        for n in nots:
            if n not in text:
                raise DataError(f"{path.name}: not_statement {n[:60]!r} is not in the article text")
        out.append((path.stem, text, gold, nots))
    if not out:
        chosen = f" in sets {sorted(keep)}" if keep else ""
        raise DataError(f"{folder}: no annotated articles (NAME.txt + NAME.json){chosen}")
    return out


def _locate(file: str, text: str, s: dict) -> Gold:
    try:
        needle, occurrence = str(s["text"]), int(s.get("occurrence", 1))
        attrs = (s["kind"], s["speaker"], s["organization"], s["country"], bool(s["stance_bearing"]),
                 bool(s.get("anonymous", False)))
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"{file}: malformed statement {str(s)[:80]} (missing or bad field {exc})") from None
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise DataError(f"{file}: statement {needle[:60]!r} occurrence {occurrence} is not in the article")
    return Gold(start, start + len(needle), needle, *attrs)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(gold: list[Gold], predicted: list[Statement]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedy by largest character overlap.

    A pair is a candidate when the overlap covers at least MIN_OVERLAP of the shorter span.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ov = _overlap(g.start, g.end, p.start, p.end)
            if ov > 0 and ov >= MIN_OVERLAP * min(g.end - g.start, p.end - p.start):
                candidates.append((-ov, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _evaluate_article(name: str, text: str, gold: list[Gold], nots: list[str],
                      extractor: StatementExtractor) -> ArticleResult:
    predicted = list(extractor.extract(text))
    pairs = match(gold, predicted)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    matches = tuple((gold[gi], predicted[pi]) for gi, pi in pairs)
    extras = [p for pi, p in enumerate(predicted) if pi not in matched_p]
    wrong = []
    for g, p in matches:
        bad = tuple(f for f in ATTRIBUTES if not _same(f, g, p, extractor.registry))
        if bad and not g.anonymous:
            wrong.append(Attribution(g, p, bad))
    return ArticleResult(
        name=name,
        gold=tuple(gold),
        predicted=tuple(predicted),
        matches=matches,
        missed=tuple(g for gi, g in enumerate(gold) if gi not in matched_g and not g.anonymous),
        false_positives=tuple(extras),
        wrong_attributions=tuple(wrong),
        not_statements_extracted=tuple(n for n in nots if _hits_not_statement(text, n, extras)),
        not_statements=len(nots),
    )


def _hits_not_statement(text: str, needle: str, extras: list[Statement]) -> bool:
    """True when an unmatched prediction covers at least half of any occurrence of `needle`."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if any(_overlap(start, end, p.start, p.end) >= MIN_OVERLAP * len(needle) for p in extras):
            return True
        start = text.find(needle, start + 1)
    return False


_INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?=\s|$)")


def surface_key(name: str) -> str:
    """An organization name with its surface form normalised, for comparison only.

    On top of `normalise_name` (case, whitespace, leading "the", a final
    possessive), a possessive inside the name is dropped too, so "Netherlands'
    Ministry of X" and "Netherlands's Ministry of X" compare equal. Nothing else
    (no word dropped or added, no synonyms) is normalised.
    """
    return normalise_name(_INNER_POSSESSIVE.sub("", name.replace("’", "'")))


def _same(field: str, g: Gold, p: Statement, registry: Registry) -> bool:
    a, b = getattr(g, field), getattr(p, field)
    if a is None or b is None:
        return a is None and b is None
    if field == "organization":
        if normalise_name(a) == normalise_name(b) or surface_key(a) == surface_key(b):
            return True
        ra, rb = registry.org_exact(a), registry.org_exact(b)  # (no legal-form folding: session-10 scoring)
        return ra is not None and rb is not None and ra.canonical == rb.canonical
    return a.casefold() == b.casefold()


def _rate(n: int, d: int) -> float:
    return n / d if d else 0.0


def _set_row(name: str, r: ExtractionReport) -> str:
    return (f"  set {name}: {r.articles} articles   recall stance-bearing {r.recall_stance_bearing:.3f} "
            f"({r.stance_bearing_found}/{r.gold_stance_bearing})   precision {r.precision:.3f}   "
            f"exact {r.exact_span_rate:.3f}   "
            + "   ".join(f"{f} {r.attribution_accuracy(f):.3f}" for f in (*ATTRIBUTES, "all")))


# -- verbose listing --------------------------------------------------------------

def _short(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= _SHOW else s[:_SHOW - 1] + "…"


def _who(x: Gold | Statement) -> str:
    return " / ".join(str(getattr(x, f)) for f in ATTRIBUTES)


def _render_article(a: ArticleResult) -> list[str]:
    hits = sum(not g.anonymous for g, _ in a.matches)
    lines = [f"\n== {a.name}: gold {sum(not g.anonymous for g in a.gold)}, predicted {len(a.predicted)}, "
             f"matched {hits}"]
    for g in a.missed:
        near = max(a.predicted, key=lambda p: _overlap(g.start, g.end, p.start, p.end), default=None)
        ov = _overlap(g.start, g.end, near.start, near.end) if near else 0
        hint = f"   [nearest prediction overlaps {ov}/{g.end - g.start} chars]" if ov else ""
        lines.append(f"  missed   {g.kind:<8} “{_short(g.text)}” ({_who(g)}){hint}")
    for p in a.false_positives:
        lines.append(f"  extra    {p.kind:<8} “{_short(p.text)}” ({_who(p)})")
    for w in a.wrong_attributions:
        tag = "" if w.gold.stance_bearing else "   [not stance-bearing]"
        lines.append(f"  wrong    {','.join(w.wrong):<8} “{_short(w.gold.text)}”{tag}\n"
                     f"           gold: {_who(w.gold)}   predicted: {_who(w.predicted)}")
    for n in a.not_statements_extracted:
        lines.append(f"  not-statement extracted “{_short(n)}”")
    return lines
