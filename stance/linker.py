"""A learned organization linker: the fallback for a named speaker the rules left without an organization.

The rule passes (``mentions.py``, ``sources.py``, ``extract.py``) tie a speaker to an organization when the
article uses a form they know. Articles written blind for evaluation keep showing forms they do not know
("X, purchasing director of the Istanbul toy chain Y", "its vice-rector ..., X", "the club's commercial
director X"), and the speaker is then left without an organization. This module scores every
organization-like mention around the speaker's first full-name mention with a logistic regression over
surface features (how far, which side, the words between, the words around the mention, its shape, whether
the registry knows it) and links the best one when its probability clears a threshold.

Candidates are registry organizations, runs of capitalised words (place names, titles and people known to
the article left out), and possessive anaphors ("its", "the club's") standing for the organization named
last before them. A short name is given the fuller name the article uses elsewhere ("Hearthwood" ->
"Foshan Hearthwood Furniture").

The weights are data, ``data/registry/linker.json`` beside the registry, fitted from the annotated articles
of ``data/extraction_eval`` by ``python -m stance fit-linker`` (``linker_fit.py``); a test checks that the
committed file is what refitting gives. Scoring needs no library: a dot product per candidate.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .gazetteer import gazetteer_country
from .registry import Org, Registry
from .vocab import CITIES, COUNTRIES, REGION_NAMES, US_PLACES, MONTHS, NOT_NAMES, ORG_ANAPHORS, ORG_NOUNS, ORG_SUFFIXES, REPORTING_FINITE, TITLES, WEEKDAYS

WEIGHTS_FILE = "linker.json"
_UP = r"[^\W\d_a-z]"  # an upper-case letter, any script
_TOKEN = _UP + r"[\w’'.&-]*"
_CONNECT = r"(?:of|for|and|de|del|da|do|di|du|des|van|von|la|le|the|y|&)"
_RUN = re.compile(r"(?<![\w’'-])" + _TOKEN + r"(?:[ \t]+(?:" + _CONNECT + r"[ \t]+){0,2}" + _TOKEN + r")*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?" + _UP + r")|\n\s*")
_WORD = re.compile(r"[\w’'-]+|[,;:()“”\"]")
_LEADING = frozenset("""of at the a an but and in at for its his her their this that these those when while after before
as on by from with if so yet or nor then also still now meanwhile however our we i he she it they
""".split())
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) | frozenset(
    "vice deputy senior acting interim general executive managing".split())
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_ANAPHOR = re.compile(r"(?<![\w’'-])(?:(?:[Ii]ts|[Tt]heir)|[Tt]he\s+(" + "|".join(sorted(ORG_ANAPHORS, key=len, reverse=True))
                      + r"|club|estate|chain|university|school|college|union|team|outlet|paper|newspaper|"
                      r"fair|show|summit|exchange|winery|roaster|mine|plant)['’]s)(?![\w’'-])")
_SUFFIXES = frozenset(s.rstrip(".") for s in ORG_SUFFIXES)
_REPORTING = frozenset(REPORTING_FINITE)


@dataclass(frozen=True)
class Candidate:
    """An organization-like mention near a speaker."""

    name: str  # as the article gives it (possessive dropped), or the registry canonical
    start: int
    end: int
    org: Org | None = None  # the registry entry, when known
    possessive: bool = False
    anaphor: str | None = None  # "its", "the club's": the mention stands for `name`, named earlier


@dataclass(frozen=True)
class Linker:
    """Feature weights of a fitted logistic regression, and the probability a link needs."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> "Linker | None":
        """The linker saved at `path`; None when there is no such file (the fallback is then off)."""
        if not path.is_file():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in raw["weights"].items()}, float(raw["bias"]), float(raw["threshold"]))

    def save(self, path: Path, about: dict | None = None) -> None:
        body = {"about": about or {}, "threshold": round(self.threshold, 4), "bias": round(self.bias, 6),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-6}}
        path.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def link(self, registry: Registry, text: str, speaker: str, people: Iterable[str] = ()
             ) -> tuple[Candidate, float] | None:
        """The organization `speaker` belongs to by the words around their introduction, with its
        probability; None when no candidate clears the threshold."""
        mention = speaker_mention(text, speaker)
        if mention is None:
            return None
        best: tuple[Candidate, float] | None = None
        for cand in candidates(registry, text, mention, people):
            p = self.probability(features(text, mention, cand))
            if best is None or p > best[1]:
                best = (cand, p)
        return best if best and best[1] >= self.threshold else None


def speaker_mention(text: str, speaker: str) -> tuple[int, int] | None:
    """The first whole-word mention of the full name, else of the surname."""
    for form in (speaker, speaker.split()[-1] if " " in speaker else None):
        if not form:
            continue
        for m in re.finditer(re.escape(form), text):
            if _whole_word(text, m.start(), m.end()):
                return m.start(), m.end()
    return None


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def window(text: str, mention: tuple[int, int]) -> tuple[int, int]:
    """The sentence of the mention with the one before and the one after."""
    sents = _sentences(text)
    i = next((k for k, (a, b) in enumerate(sents) if a <= mention[0] < b), len(sents) - 1)
    return sents[max(0, i - 1)][0], sents[min(len(sents) - 1, i + 1)][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """A capitalised run with leading function words, trailing titles and a possessive cut off."""
    run = text[start:end]
    possessive = False
    m = _POSSESSIVE.search(run)
    if m and len(run) > 2 and run[m.start() - 1:m.start()].isalpha():
        run, possessive = run[:m.start()], True
    words = run.split()
    while words and words[0].lower() in _LEADING:
        start += run.index(words[0]) + len(words[0])
        run = run[run.index(words[0]) + len(words[0]):]
        words = words[1:]
    lead = len(run) - len(run.lstrip())
    start, run = start + lead, run.lstrip()
    while len(words) > 1 and words[0].lower().rstrip(".,") in _TITLE_WORDS:  # "President Hiroshi Kubo"
        cut = run.index(words[0]) + len(words[0])
        lead = len(run[cut:]) - len(run[cut:].lstrip())
        start, run, words = start + cut + lead, run[cut + lead:], words[1:]
    while words and (words[-1].lower().rstrip(".,") in _TITLE_WORDS or words[-1].lower() in ("of", "for", "and", "the")):
        words = words[:-1]
    if not words:
        return start, start, possessive
    last = run.rfind(words[-1])
    run = run[:last + len(words[-1])]
    if run.endswith(".") and run.split()[-1].lower() not in ORG_SUFFIXES:
        run = run[:-1]
    return start, start + len(run), possessive


def _is_place(name: str) -> bool:
    """A country, city or region as a whole ("Ceria Toys Indonesia" is not one)."""
    low = name.lower()
    return len(name.split()) <= 3 and (low in COUNTRIES or low in CITIES or low in US_PLACES or
                                       low in REGION_NAMES or bool(gazetteer_country(name)))


_PREFIX = re.compile(r"^[\w.’'-]+-(?:based|headquartered|owned|listed|backed|made|run|born|controlled)$", re.I)
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]\.?$")  # "U.S.", "J."


def _pieces(text: str, m: re.Match) -> list[tuple[int, int, bool]]:
    """A capitalised run cut into names: after a possessive ("Hearthwood's | Zhou Lan"), after a word ending
    a sentence ("Porc Armor. | He"), without a "Hangzhou-based" lead; each trimmed."""
    out, piece_start = [], m.start()
    for part in re.finditer(r"\S+", m.group(0)):
        word = part.group(0)
        a, b = m.start() + part.start(), m.start() + part.end()
        if piece_start == a and _PREFIX.match(word):
            piece_start = b + 1 if b < m.end() else b
            continue
        possessive = bool(re.search(r"[’']s$", word)) and word[:-2][-1:].isalpha()  # "Farmers' Union" stays whole
        stop = word.endswith(".") and word.rstrip(".").lower() not in _SUFFIXES and not _ABBREVIATED.match(word)
        if possessive or stop:
            if b - (1 if stop else 0) > piece_start:
                out.append(_trim(text, piece_start, b - (1 if stop else 0)))
            piece_start = b + 1
    if piece_start < m.end():
        out.append(_trim(text, piece_start, m.end()))
    return [(x, y, p) for x, y, p in out if y > x]


def _runs(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Names (trimmed capitalised runs, see `_pieces`) inside [lo, hi)."""
    return [piece for m in _RUN.finditer(text, lo, hi) for piece in _pieces(text, m)]


def capitalised_names(text: str) -> list[str]:
    """Every trimmed capitalised name in `text` (titles, leading function words and possessives cut off)."""
    return [text[a:b] for a, b, _p in _runs(text, 0, len(text))]


def _fuller(text: str, name: str) -> str:
    """The first longer name in the article that holds `name` as whole words ("Hearthwood" -> "Foshan
    Hearthwood Furniture"), at most three words longer; else `name`."""
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])")
    n = len(name.split())
    for m in _RUN.finditer(text):
        for a, b, _p in _pieces(text, m):
            full = text[a:b]
            if n < len(full.split()) <= n + 3 and pattern.search(full) and \
                    not any(w.lower().rstrip(".,") in _TITLE_WORDS for w in full.split()):  # not "Labour MP Anna Price"
                return full
    return name


def _org_runs(text: str, lo: int, hi: int, persons: set[str]) -> list[tuple[int, int, bool]]:
    """Names in [lo, hi), each cut at the people in it: "Harbor Point Managing Partner Isaac Okonkwo-Bell" gives
    "Harbor Point", "Tor Aasen of the Norwegian School of Economics" gives "Norwegian School of Economics"."""
    cuts = [(m.start(), m.end()) for p in persons if p for m in re.finditer(re.escape(p), text[lo:hi])]
    cuts = sorted((lo + a, lo + b) for a, b in cuts)
    out = []
    for s, e, poss in _runs(text, lo, hi):
        inner = [(a, b) for a, b in cuts if a < e and s < b]
        if not inner:
            out.append((s, e, poss))
            continue
        at = s
        for a, b in inner:
            if a > at:
                out.append(_trim(text, at, a))
            at = max(at, b)
        if e > at:
            out.append(_trim(text, at, e))
    return [(a, b, p) for a, b, p in out if b > a]


def candidates(registry: Registry, text: str, mention: tuple[int, int], people: Iterable[str] = ()
               ) -> list[Candidate]:
    """Organization-like mentions in the window around `mention` (see the module doc)."""
    lo, hi = window(text, mention)
    persons = {p for p in people if p} | {text[mention[0]:mention[1]]}
    person_words = {w for p in persons for w in p.split()}
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    runs = _org_runs(text, lo, hi, persons)
    for s, e, org in registry.find_orgs(text[lo:hi]):
        s, e = lo + s, lo + e
        inside = any(a <= s and e <= b and (a, b) != (s, e) for a, b, _p in runs)
        if not inside and (e <= mention[0] or s >= mention[1]):  # not "Vale" inside "Quinta do Vale Escuro"
            out.append(Candidate(org.canonical, s, e, org, text[e:e + 2] in ("'s", "’s")))
            taken.append((s, e))
    for s, e, poss in runs:
        if any(a < e and s < b for a, b in taken):
            continue
        name = text[s:e]
        words = name.split()
        if name in persons or all(w in person_words for w in words) or name.lower() in _CALENDAR or \
                all(w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in NOT_NAMES for w in words) or _is_place(name):
            continue
        full = _fuller(text, name)
        org = registry.org(full) or registry.org(name)
        out.append(Candidate(org.canonical if org else full, s, e, org, poss))
    anaphors = list(_ANAPHOR.finditer(text, lo, hi))
    if anaphors:
        earlier = _names_before(registry, text, anaphors[-1].start(), persons, person_words)
        for m in anaphors:
            noun = (m.group(1) or "").lower()
            before = [c for c in earlier if c.end <= m.start()]
            fitting = [c for c in before if noun and noun in c.name.lower()]
            ante = fitting[-1] if fitting else _salient(text, before)
            if ante is not None:
                out.append(Candidate(ante.name, m.start(), m.end(), ante.org, True, m.group(0).lower()))
    return out


def _salient(text: str, before: list[Candidate]) -> Candidate | None:
    """Of the names before an anaphor, the first in the latest sentence that has one: the subject, usually
    ("Seoul Phoenix FC will wear the logo of Huaxin Mobile ... Park Ji-hoon, the club's director")."""
    if not before:
        return None
    last = before[-1]
    stop = max((m.end() for m in _SENTENCE_END.finditer(text, 0, last.start)), default=0)
    return next(c for c in before if c.start >= stop)


_SURNAME_SPEAKS = r"(?:said|says|told|added|argued|warned|noted|explained|insisted|replied|stressed)\b"


def _person_like(text: str, cand: Candidate) -> bool:
    """Two or three plain capitalised words whose last word also stands alone as a speaker ("Kubo said")."""
    words = cand.name.split()
    if cand.org is not None or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                                    for w in words):
        return False
    if any(w.lower() in _SUFFIXES for w in words):
        return False
    return bool(re.search(r"(?:(?<![\w’'-])(?:Mr|Ms|Mrs|Dr)\.?\s+" + re.escape(words[-1]) + r"\b)|(?<![\w’'-])" +
                          re.escape(words[-1]) + r"\s+" + _SURNAME_SPEAKS, text))


def _names_before(registry: Registry, text: str, end: int, persons: set[str], person_words: set[str]
                  ) -> list[Candidate]:
    """Organization-like names in the article before `end`, in order: what "its" or "the club's" can stand for."""
    out = [Candidate(org.canonical, s, e, org) for s, e, org in registry.find_orgs(text[:end])]
    for s, e, _p in _org_runs(text, 0, end, persons):
        name = text[s:e]
        if any(a < e and s < b for _n, a, b, *_ in ((c.name, c.start, c.end) for c in out)) or name in persons or \
                all(w in person_words for w in name.split()) or _is_place(name) or name.lower() in _CALENDAR or \
                all(w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in NOT_NAMES or w.lower() in _LEADING
                    for w in name.split()):
            continue
        if len(name.split()) == 1 and not registry.org(name) and \
                re.search(r"(?:^|[.!?][\"”’]?\s+|\n\s*|[“\"‘])$", text[max(0, s - 4):s]):
            continue  # "Exports", "Whoever" opening a sentence
        full = _fuller(text, name)
        org = registry.org(full) or registry.org(name)
        out.append(Candidate(org.canonical if org else full, s, e, org))
    return sorted(out, key=lambda c: c.start)


def _bucket(n: int) -> str:
    return str(min(6, int(math.log2(n + 1))))


def features(text: str, mention: tuple[int, int], cand: Candidate) -> dict[str, float]:
    """Sparse features of one (speaker mention, candidate) pair."""
    after = cand.start >= mention[1]
    gap = text[mention[1]:cand.start] if after else text[cand.end:mention[0]]
    gap_words = [w.lower() for w in _WORD.findall(gap)]
    side = "after" if after else "before"
    f: dict[str, float] = {f"side={side}": 1.0, f"dist={side}:{_bucket(len(gap_words))}": 1.0}
    if len(gap_words) <= 12:
        for w in set(gap_words):
            key = "T" if w in _TITLE_WORDS else w
            f[f"gap:{key}"] = 1.0
        f[f"gap_first={gap_words[0] if gap_words else '-'}"] = 1.0
        f[f"gap_last={gap_words[-1] if gap_words else '-'}"] = 1.0
    else:
        f["gap_long"] = 1.0
    if any(w in _REPORTING for w in gap_words):
        f["gap_reporting"] = 1.0
    if re.search(r"[.!?]\s", gap):
        f["gap_sentence"] = 1.0
    prev = [w.lower() for w in _WORD.findall(text[max(0, cand.start - 40):cand.start])][-2:]
    nxt = [w.lower() for w in _WORD.findall(text[cand.end:cand.end + 30])][:1]
    for i, w in enumerate(prev[::-1]):
        f[f"prev{i}={w if w in ORG_NOUNS or w in _TITLE_WORDS or len(w) <= 4 else 'W'}"] = 1.0
        if w in ORG_NOUNS:
            f["prev_org_noun"] = 1.0
    if nxt:
        f[f"next={nxt[0] if nxt[0] in _REPORTING or len(nxt[0]) <= 4 else 'W'}"] = 1.0
    words = cand.name.split()
    f[f"len={min(len(words), 4)}"] = 1.0
    lead = text[max(0, cand.start - 3):cand.start]
    if cand.start == 0 or re.search(r"(?:[.!?][\"”’]?\s+|\n\s*|[“\"‘]|:\s+)$", text[max(0, cand.start - 4):cand.start]) \
            or not lead.strip():
        f["initial"] = 1.0
        if len(words) == 1 and cand.org is None:
            f["initial_single"] = 1.0
    if cand.org is not None:
        f["registered"] = 1.0
        f[f"kind={cand.org.kind}"] = 1.0
    if any(w.lower().rstrip(".") in _SUFFIXES for w in words):
        f["org_word"] = 1.0
    if re.fullmatch(r"[A-Z]{2,6}", cand.name):
        f["acronym"] = 1.0
    if cand.possessive:
        f["possessive"] = 1.0
    if _person_like(text, cand):
        f["person_like"] = 1.0
    if cand.anaphor:
        f["anaphor"] = 1.0
        noun = re.sub(r"['’]s$", "", cand.anaphor.split()[-1])
        f[f"anaphor={noun}"] = 1.0
        if noun in cand.name.lower():
            f["anaphor_fits"] = 1.0
    count = len(re.findall(r"(?<![\w’'-])" + re.escape(words[-1]) + r"(?![\w-])", text)) if words else 0
    f[f"mentions={_bucket(count)}"] = 1.0
    return f
