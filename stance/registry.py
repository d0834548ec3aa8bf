"""Registry of organizations and people, kept as CSV data analysts can extend.

``data/registry/organizations*.csv``: canonical, aliases (``|``-separated),
country (ISO alpha-2), sector, kind. ``data/registry/people*.csv``: name,
aliases, organization (a canonical name), title, country. Every file matching
the pattern is read, so a team can add ``organizations_local.csv`` without
touching the shipped list.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .vocab import CITIES, COUNTRIES, MONTHS, NOT_NAMES, ORG_SUFFIX_WORDS, ORG_SUFFIXES, TITLE_WORDS, US_PLACES, WEEKDAYS

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Org:
    canonical: str
    country: str | None
    sector: str | None
    kind: str | None


@dataclass(frozen=True)
class Person:
    name: str
    organization: str | None
    title: str | None
    country: str | None


def normalise_name(name: str) -> str:
    """Key for alias lookups: case-folded, no possessive, no leading 'the', no trailing dot."""
    n = _SPACES.sub(" ", name.strip().replace("’", "'").replace(",", " "))
    n = re.sub(r"\s+-\s+", "-", n)  # "Møller - Mærsk" is "Møller-Mærsk"; "Co., Ltd." is "Co. Ltd."
    n = _POSSESSIVE.sub("", n).strip()
    n = re.sub(r"^the\s+", "", n, flags=re.I)
    return n.rstrip(".,").casefold()


_LONG_FORMS = {"corporation": "corp", "company": "co", "limited": "ltd", "incorporated": "inc"}


def _form_key(key: str) -> str:
    """A normalised name with its closing legal form in short ("... corporation" -> "... corp"), so the long and
    the short form of a registered name find the same organization."""
    head, _, last = key.rpartition(" ")
    last = last.rstrip(".")
    return f"{head} {_LONG_FORMS.get(last, last)}" if head else key


class Registry:
    """Lookups from any known alias to canonical organizations and people."""

    def __init__(self, orgs: list[tuple[Org, list[str]]], people: list[tuple[Person, list[str]]]):
        self.orgs: dict[str, Org] = {}
        self._org_alias: dict[str, str] = {}
        self._org_surface: list[str] = []
        for org, aliases in orgs:
            self.orgs[org.canonical] = org
            for alias in [org.canonical, *aliases]:
                self._org_alias.setdefault(normalise_name(alias), org.canonical)
                self._org_surface.append(alias.strip())
        self._org_form_alias: dict[str, str] = {}  # session 11: "China Three Gorges Corporation" is "... Corp."
        for key, canonical in self._org_alias.items():
            self._org_form_alias.setdefault(_form_key(key), canonical)
        self.people: dict[str, Person] = {}
        self._person_alias: dict[str, str] = {}
        for person, aliases in people:
            self.people[person.name] = person
            for alias in [person.name, *aliases]:
                self._person_alias.setdefault(normalise_name(alias), person.name)

    @classmethod
    def load(cls, folder: Path) -> "Registry":
        orgs, people = [], []
        for path in sorted(folder.glob("organizations*.csv")):
            for row in _rows(path, ("canonical", "aliases", "country", "sector", "kind")):
                orgs.append((Org(row["canonical"].strip(), row["country"] or None, row["sector"] or None,
                                 row["kind"] or None), _split(row["aliases"])))
        for path in sorted(folder.glob("people*.csv")):
            for row in _rows(path, ("name", "aliases", "organization", "title", "country")):
                people.append((Person(row["name"].strip(), row["organization"] or None, row["title"] or None,
                                      row["country"] or None), _split(row["aliases"])))
        return cls(orgs, people)

    def org_exact(self, name: str) -> Org | None:
        """The organization of a name written as one of its aliases (no legal-form folding): what the
        extraction evaluation compares by, unchanged since session 10."""
        canonical = self._org_alias.get(normalise_name(name))
        return self.orgs[canonical] if canonical else None

    def org(self, name: str) -> Org | None:
        key = normalise_name(name)
        canonical = self._org_alias.get(key) or self._org_form_alias.get(_form_key(key))
        return self.orgs[canonical] if canonical else None

    def legislatures(self, country: str) -> list[Org]:
        """Session 8: the country's legislative bodies (chambers, not committees), in file order."""
        return [o for o in self.orgs.values() if o.kind == "legislature" and o.country == country and
                "committee" not in o.canonical.lower()]

    def person(self, name: str) -> Person | None:
        canonical = self._person_alias.get(normalise_name(name))
        return self.people[canonical] if canonical else None

    @cached_property
    def _patterns_by_first_token(self) -> dict[str, re.Pattern]:
        """Alias patterns grouped by their first word, so that a text position is tried only
        against the few aliases that can start there. One-word aliases match as written ("Post"
        is not "post"); longer ones in any case ("China's commerce ministry")."""
        groups: dict[str, set[str]] = {}
        for surface in self._org_surface:
            if len(surface) >= 2:
                groups.setdefault(_token_key(surface.split()[0]), set()).add(surface)
        out = {}
        for key, surfaces in groups.items():
            alternation = "|".join(re.escape(s).replace("'", "['’]") if " " not in s else
                                   "(?i:" + re.escape(s).replace("'", "['’]") + ")"
                                   for s in sorted(surfaces, key=len, reverse=True))
            out[key] = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")
        return out

    def org_at(self, text: str, pos: int, endpos: int | None = None) -> re.Match | None:
        """The longest organization alias starting at `pos` (a word start), or None."""
        end = len(text) if endpos is None else endpos
        word = _WORD.match(text, pos, min(end, pos + 60))
        pattern = self._patterns_by_first_token.get(_token_key(word.group(0))) if word else None
        m = pattern.match(text, pos, end) if pattern else None
        return None if m and _inside_longer_name(text, m) else m

    def find_orgs(self, text: str) -> list[tuple[int, int, Org]]:
        """(start, end, org) for every registry organization named in text, in text order."""
        out: list[tuple[int, int, Org]] = []
        pos, patterns = 0, self._patterns_by_first_token
        for tok in _WORD.finditer(text):
            word = tok.group(0)
            start = tok.start() + len(word) - len(word.lstrip("“\"("))
            if start < pos or _token_key(word) not in patterns:
                continue
            m = patterns[_token_key(word)].match(text, start)
            if m and word.lower() == "the":  # round 9: "The EU Chamber of Commerce in China": the longer name
                nxt = _WORD.search(text, tok.end())  # that starts after "The" wins over the alias "the EU"
                longer = patterns[_token_key(nxt.group(0))].match(text, nxt.start()) \
                    if nxt and _token_key(nxt.group(0)) in patterns else None
                if longer and longer.end() > m.end():
                    m = longer
            if m and not _inside_longer_name(text, m):
                org = self.org(m.group(0))
                if org is not None:
                    out.append((m.start(), m.end(), org))
                    pos = m.end()
        return out


# Session 5: the words that may follow a one-word alias inside the same mention ("Apple CEO", "Tesla's",
# "Huawei Technologies", "Tesla Shanghai"); any other capitalised word makes a longer, different name
# ("Temasek Point Capital" is not Temasek).
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'&.-]*)")


def _inside_longer_name(text: str, m: re.Match) -> bool:
    if " " in m.group(0) or text[m.end():m.end() + 1] in ("'", "’"):
        return False
    prev = re.search(r"(?:^|(?<![.!?:;,“\"(\n])\s)([A-Z][a-z][\w-]*)\s$", text[max(0, m.start() - 40):m.start()]) \
        if m.start() > 0 else None
    if prev and prev.group(1).lower() not in COUNTRIES and prev.group(1).lower() not in TITLE_WORDS and \
            prev.group(1).lower() not in NOT_NAMES and prev.group(1) not in ("The", "A", "An") and \
            (re.match(r"\s+(?:[A-Z]|d[aeo]\s)", text[m.end():m.end() + 4]) or _place_before(prev.group(1))):
        return True  # session 8: "Carbery Vale Co-operative", "Rolhas Vale do Caima": a longer name runs through;
        # session 12: "the Ebbw Vale factory" (a word no dictionary of names or months knows, before the alias)
    nxt = _NEXT_WORD.match(text, m.end())
    if not nxt:
        return False
    word = nxt.group(1).rstrip(".,").lower()
    if word in TITLE_WORDS or word in ORG_SUFFIXES or word.rstrip(".") in ORG_SUFFIX_WORDS or word in NOT_NAMES or \
            word in MONTHS or word in WEEKDAYS or word in COUNTRIES or word in CITIES or word in US_PLACES:
        return False
    return not nxt.group(1).isupper()  # an acronym after a name ("Tesla CEO") is a title or unit



def _place_before(word: str) -> bool:
    """Session 12: a capitalised word before a one-word alias that is no month, weekday, title or common word
    ("Ebbw" in "Ebbw Vale") makes one longer name with it."""
    w = word.lower()
    return w not in MONTHS and w not in WEEKDAYS and w not in CITIES and w not in US_PLACES and \
        w not in COUNTRIES and not _COMMON.fullmatch(w) and not _PARTY_WORD.fullmatch(w)


_PARTY_WORD = re.compile(r"(?:green|greens|labour|labor|liberal|conservative|democrat|democratic|republican|social|"
                         r"socialist|christian|free|left|national|federal|state|city|county|senate|parliament)")
_COMMON = re.compile(r"(?:but|and|or|when|while|after|before|as|if|since|at|in|on|for|with|by|from|said|says|"
                     r"told|added|only|even|then|now|yesterday|today|last|next|both|also|so|because|though|how|"
                     r"what|why|where|that|this|these|those|which|whose|who|its|their|his|her)")


def _token_key(token: str) -> str:
    return token.strip("“”\"(),;:.").replace("’", "'").casefold()


def _split(aliases: str | None) -> list[str]:
    return [a.strip() for a in (aliases or "").split("|") if a.strip()]


def _rows(path: Path, columns: tuple[str, ...]):
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}; expected {', '.join(columns)}")
        yield from reader
