"""Who said it: turn a subject phrase into speaker, organization and country.

A ``Discourse`` follows one article from start to end, remembering people as
they are introduced ("General Motors Co.'s Mary Barra", "Maria Lopez, chief
executive of Northwind Corp.") so that later references by surname, pronoun or
"the company" resolve to them. Limits: no gender agreement for pronouns (a
pronoun refers to the latest speaker, else the latest person named), and an
organization not in the registry gets a country only when the text states one
next to its first mention ("the French retailer X", "the Ohio-based X",
"Taiwan's X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .registry import Org, Registry, normalise_name
from .vocab import (ANONYMOUS_SOURCES, COUNTRIES, ORG_ANAPHORS, ORG_SUFFIXES, PRONOUNS_ORG, PRONOUNS_PERSON,
                    TITLES, US_PLACES)

_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_SUFFIX_BARE = frozenset(w.rstrip(".") for w in ORG_SUFFIXES)
_CONNECTORS = frozenset("of for and the at from in on an a de du des la le von van der al da".split())
_ANON = re.compile(r"^(?:" + "|".join(ANONYMOUS_SOURCES) + r")", re.I)
_CAP = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w’'.&-]*$|^[A-Z]{2,}[\w’'.-]*$")
_POSS = re.compile(r"['’]s?$")
_GOVERNMENT_TITLES = frozenset("""minister president chancellor premier secretary senator sen rep
representative congressman congresswoman lawmaker legislator mp mep commissioner ambassador envoy
governor mayor official spokesman spokeswoman spokesperson diplomat consul undersecretary""".split())


@dataclass(frozen=True)
class Source:
    """A resolved source of a statement."""

    speaker: str | None = None
    organization: str | None = None
    country: str | None = None
    anonymous: bool = False
    title: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.speaker or self.organization)


@dataclass
class Discourse:
    """What an article has said so far about who is who."""

    registry: Registry
    text: str
    people: dict[str, Source] = field(default_factory=dict)
    last_speaker: Source | None = None
    last_person: Source | None = None
    last_org: dict[str, Source] = field(default_factory=dict)

    # -- remembering -------------------------------------------------------
    def remember(self, src: Source) -> Source:
        if src.speaker:
            known = self.people.get(src.speaker)
            if known:  # fill what the earlier introduction knew
                src = replace(src, organization=src.organization or known.organization,
                              country=src.country or known.country, title=src.title or known.title)
            self.people[src.speaker] = src
            self.last_person = src
        if src.organization:
            org = self.registry.org(src.organization)
            kind = _org_kind(org.kind if org else None, src.organization)
            self.last_org[kind] = Source(None, src.organization, src.country)
            self.last_org["any"] = self.last_org[kind]
        return src

    def spoke(self, src: Source) -> None:
        if src.known and not src.anonymous:
            self.last_speaker = src

    # -- resolving -----------------------------------------------------------
    def resolve(self, phrase: str, phrase_start: int) -> Source | None:
        """Resolve a subject phrase found at `phrase_start` in the article."""
        p = phrase.strip(" ,")
        low = p.lower()
        if not p:
            return None
        if _ANON.match(low) or re.match(r"^(?:an?|one|two|three|several)\s+(?:person|people|source|insider)", low):
            return Source(anonymous=True)
        if low in PRONOUNS_PERSON:
            return self.last_speaker if (self.last_speaker and self.last_speaker.speaker) else self.last_person
        if low in PRONOUNS_ORG:
            return self.last_speaker if (self.last_speaker and not self.last_speaker.speaker) else self.last_org.get("any")
        m = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", low)
        if m and m.group(1) in ORG_ANAPHORS and not any(_CAP.match(w) for w in p.split()[1:]):
            return self.last_org.get(ORG_ANAPHORS[m.group(1)]) or self.last_org.get("any")
        return self._parse(p, phrase_start)

    def _parse(self, p: str, start: int) -> Source | None:
        reg = self.registry
        title = _title_in(p)
        country = None
        org_name = None
        person_name = None
        rest = p
        # Registry organizations inside the phrase, longest first.
        for s, e, org in sorted(reg.find_orgs(p), key=lambda t: t[0] - t[1]):
            org_name, country = org.canonical, org.country
            rest = rest[:s] + " " * (e - s) + rest[e:]
            break
        if org_name is None:
            org_name, country = self._unregistered_org(rest, start)
            if org_name:
                rest = rest.replace(org_name, " " * len(org_name), 1)
        # A person: a run of capitalised words that are not titles or countries.
        words = [w for w in re.split(r"\s+", rest.strip()) if w]
        run: list[str] = []
        best: list[str] = []
        for w in words:
            bare = _POSS.sub("", w).strip(",")
            lw = bare.lower()
            if _CAP.match(bare) and lw not in _TITLE_WORDS and lw not in COUNTRIES and lw not in _CONNECTORS:
                run.append(bare)
            else:
                if lw in COUNTRIES and country is None:
                    country = COUNTRIES[lw]
                if len(run) > len(best):
                    best = run
                run = []
        if len(run) > len(best):
            best = run
        if best:
            person_name = " ".join(best)
        if person_name:
            known = reg.person(person_name)
            if known:
                person_name = known.name
                org_name = org_name or known.organization
                country = country or known.country
            else:
                found = self._by_surname(person_name)
                if found:
                    return replace(found, title=title or found.title)
                if " " not in person_name and not title and not org_name:
                    # A lone unknown name ("Northwind said", "ArenaEV reported") is an organization.
                    return Source(None, canonical_org(reg, person_name), country or self._org_country(person_name))
                org_name = org_name or self._context_org(title)
                if org_name and not country:
                    country = self._org_country(org_name)
        if country is None and org_name:
            country = self._org_country(org_name)
        if not person_name and not org_name:
            if title and country:  # "a Chinese official", "US officials"
                return Source(None, None, country, title=title)
            return None
        if country is None and title and title.split()[-1] in _GOVERNMENT_TITLES:
            country = _country_cue(p)
        return Source(person_name, org_name, country, title=title)

    def _by_surname(self, name: str) -> Source | None:
        if " " in name:
            return self.people.get(name)
        matches = [s for n, s in self.people.items() if n.split()[-1] == name or n.split()[0] == name]
        return matches[-1] if matches else None

    def _context_org(self, title: str | None) -> str | None:
        """A spokeswoman/minister with no organization: the organization just mentioned."""
        if not title:
            return None
        last = self.last_org.get("government" if title.split()[-1] in _GOVERNMENT_TITLES else "company")
        return last.organization if last else None

    def _org_country(self, org_name: str) -> str | None:
        org = self.registry.org(org_name)
        if org and org.country:
            return org.country
        i = self.text.find(org_name)
        return _country_before(self.text[max(0, i - 80):i]) if i >= 0 else None

    def _unregistered_org(self, phrase: str, start: int) -> tuple[str | None, str | None]:
        """An organization named by form: capitalised words ending in Inc., AG, Ministry of X, ..."""
        tokens = list(re.finditer(r"[^\s,;:()]+", phrase))
        bare = [_POSS.sub("", t.group(0)) for t in tokens]
        last = max((i for i, w in enumerate(bare) if w[:1].isupper() and w.lower().rstrip(".") in _SUFFIX_BARE),
                   default=None)
        if last is None:
            return None, None
        first = last
        while first > 0 and last - first < 5 and (bare[first - 1][:1].isupper() or bare[first - 1] == "&") \
                and bare[first - 1].lower() not in _TITLE_WORDS and bare[first - 1].lower() not in COUNTRIES:
            first -= 1
        end = last
        # "Ministry of Foreign Affairs", "Commission for Economy and Informatization"
        while end + 2 < len(bare) and bare[end + 1] in ("of", "for", "and") and bare[end + 2][:1].isupper():
            end += 2
        if first == last and last == end:
            return None, None  # a suffix alone ("Group") names nothing
        s0, e0 = tokens[first].start(), tokens[end].start() + len(bare[end])
        name = phrase[s0:e0].strip()
        if name.endswith(".") and name.split()[-1].lower() not in ORG_SUFFIXES:
            name = name[:-1]  # a sentence's full stop, not "Inc."
        before = self.text[max(0, start - 80):start] + phrase[:s0]
        return name, _country_before(before)


def _org_kind(kind: str | None, name: str) -> str:
    if kind in {"government", "ministry", "agency", "regulator", "local_government", "legislature"}:
        return "government"
    if kind in {"trade_group", "think_tank"}:
        return kind
    low = name.lower()
    if any(w in low for w in ("ministry", "department", "government", "commission", "agency", "embassy")):
        return "government"
    return "company"


def _title_in(phrase: str) -> str | None:
    low = " " + re.sub(r"[^\w\s-]", " ", phrase.lower()) + " "
    for t in TITLES:
        if f" {t} " in low:
            return t
    return None


def _country_cue(phrase: str) -> str | None:
    for w in re.findall(r"[\w.]+", phrase):
        c = COUNTRIES.get(_POSS.sub("", w).lower().rstrip("."))
        if c:
            return c
    return None


def _country_before(before: str) -> str | None:
    """Country stated just before an organization's name: "the French retailer", "Ohio-based", "Taiwan's"."""
    m = re.search(r"([\w.]+(?:\s+[\w.]+)?)['’]s\s+(?:[\w-]+\s+){0,3}$", before)
    if m:
        for cand in (m.group(1), m.group(1).split()[-1]):
            if cand.lower() in COUNTRIES:
                return COUNTRIES[cand.lower()]
    m = re.search(r"\b([A-Z][\w]*(?:\s+[A-Z][\w]*)?)-based\s+(?:[\w-]+\s+){0,3}$", before)
    if m:
        place = m.group(1).lower()
        if place in US_PLACES:
            return "US"
        if place in COUNTRIES:
            return COUNTRIES[place]
    m = re.search(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){1,6})$", before, flags=re.I)
    if m:
        for w in m.group(1).split():
            if w[:1].isupper() and w.lower() in COUNTRIES:
                return COUNTRIES[w.lower()]
    return None


def org_country(registry: Registry, name: str) -> str | None:
    org: Org | None = registry.org(name)
    return org.country if org else None


def canonical_org(registry: Registry, name: str) -> str:
    org = registry.org(name)
    return org.canonical if org else re.sub(r"['’]s?$", "", name).strip()


__all__ = ["Source", "Discourse", "canonical_org", "org_country", "normalise_name"]
