"""Who said it: turn a subject phrase into speaker, organization and country.

A ``Discourse`` follows one article from start to end, remembering people as
they are introduced ("General Motors Co.'s Mary Barra", "Maria Lopez, chief
executive of Northwind Corp.") so that later references by surname, pronoun,
short form ("Northwind") or "the company" resolve to them. Inside a phrase,
the organization is a registry name, a name ending in an organization word
("Inc.", "Research", "Ministry of X"), a possessive ("Prairie Gold's Tom
Hendricks"), a name before a title ("Seoha chief executive Yoon") or after an
organization noun ("the French retailer Maison Clair"); a minister's title
maps to the registry ministry ("Hungary's foreign minister" -> "Hungary's
Ministry of Foreign Affairs and Trade"). The country is the organization's own
(registry, or a cue next to one of its mentions, see ``places.py``, else the
dateline's for an unregistered company), not a place word in the title.
Limits: no gender agreement for pronouns (a pronoun refers to a person just
introduced in the paragraph, else the latest speaker); a ministry not in the
registry gets no name; a country cue must sit next to a mention of the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .places import BASED, COUNTRY_KEYS, country_after, country_before, country_cue, dateline_country, place_country
from .registry import Org, Registry, normalise_name
from .vocab import (ANONYMOUS_SOURCES, CITIES, COUNTRIES, MINISTRY_AREAS, NOT_NAMES, ORG_ANAPHORS, ORG_NOUNS, ORG_SUFFIXES,
                    PRONOUNS_ORG, PRONOUNS_PERSON, TITLES, US_PLACES)

_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_TITLE_HEADS = frozenset(t.split()[-1] for t in TITLES)  # "minister", not "industry" of "industry minister"
_SUFFIX_BARE = frozenset(w.rstrip(".") for w in ORG_SUFFIXES)
_CONNECTORS = frozenset("of for and the at from in on an a de du des la le von van der al da".split())
_ANON = re.compile(r"^(?:" + "|".join(ANONYMOUS_SOURCES) + r")", re.I)
_CAP = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w’'.&-]*$|^[A-Z]{2,}[\w’'.-]*$")
_POSS = re.compile(r"['’]s?$")
_ORG_NOUN_END = re.compile(r"\b(?:" + "|".join(ORG_NOUNS) + r")\s+$")
_PREPOSITIONS = frozenset("of at for with from by".split())
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
    org_countries: dict[str, str] = field(default_factory=dict)
    home_country: str | None = None
    cursor: int = 0  # where the extractor is reading (sentence start); set by the caller
    paragraph_start: int = 0
    person_at: int = -1  # where the latest person was introduced
    speaker_at: int = -1  # where the latest speaker spoke
    _org_country_cache: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.home_country = dateline_country(self.text)  # "DEBRECEN, Hungary, March 4 (Tradewire) -"

    # -- remembering -------------------------------------------------------
    def remember(self, src: Source) -> Source:
        if src.speaker:
            known = self.people.get(src.speaker)
            if known:  # fill what the earlier introduction knew
                src = replace(src, organization=src.organization or known.organization,
                              country=src.country or known.country, title=src.title or known.title)
            self.people[src.speaker] = src
            self.last_person = src
            self.person_at = self.cursor
        if src.organization:
            org = self.registry.org(src.organization)
            kind = _org_kind(org.kind if org else None, src.organization)
            if src.country:
                self.org_countries.setdefault(src.organization, src.country)
            self.last_org[kind] = Source(None, src.organization, self.org_countries.get(src.organization))
            self.last_org["any"] = self.last_org[kind]
        return src

    def spoke(self, src: Source) -> None:
        if src.known and not src.anonymous:
            self.last_speaker = src
            self.speaker_at = self.cursor

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
            if self.last_person and self.person_at >= self.paragraph_start and self.person_at > self.speaker_at:
                return self.last_person  # "Moreau, Maison Clair's chief executive, went further. '...,' he said."
            return self.last_speaker if (self.last_speaker and self.last_speaker.speaker) else self.last_person
        m = re.match(r"^its\s+(.+)$", low)
        if m and _title_in(m.group(1)):  # "its chief executive said": the company's, name not yet given
            last = self.last_org.get("company") or self.last_org.get("any")
            return replace(last, title=_title_in(m.group(1))) if last else None
        if low in PRONOUNS_ORG:
            return self.last_speaker if (self.last_speaker and not self.last_speaker.speaker) else self.last_org.get("any")
        m = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", low)
        if m and m.group(1) in ORG_ANAPHORS and not any(_CAP.match(w) for w in p.split()[1:]):
            # "the economy ministry" with no antecedent of that name: the country's ministry in the registry
            named = self._ministry("ministry", low, None, phrase_start) if m.group(1) == "ministry" else None
            last = self.last_org.get(ORG_ANAPHORS[m.group(1)])
            if named and (last is None or last.organization != named):
                return Source(None, named, org_country(self.registry, named))
            return last or self.last_org.get("any")
        return self._parse(p, phrase_start)

    def _parse(self, p: str, start: int) -> Source | None:
        reg = self.registry
        title = _title_in(p)
        country = None
        org_name = None
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
        m = re.search(r"\bthe\s+([\w-]+)['’]s\s", p.lower() + " ")
        if org_name is None and m and m.group(1) in ORG_ANAPHORS:  # "the ministry's secretary for ..."
            last = self.last_org.get(ORG_ANAPHORS[m.group(1)]) or self.last_org.get("any")
            org_name = last.organization if last else None
            country = self.org_countries.get(org_name) if org_name else None
        if org_name is None and re.search(r"\bministry$", p.lower()):  # "S. Korea's trade ministry"
            org_name = self._ministry("ministry", p, country_cue(p), start)
            country = org_country(reg, org_name) if org_name else None
            if org_name:
                return Source(None, org_name, country, title=title)
        # "Minneapolis-based": where the organization is from, never a name.
        based = None
        for m in BASED.finditer(rest):
            based = based or place_country(m.group(1))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        runs, phrase_country = _name_runs(rest)
        if runs and p[:1].isupper() and _ORG_NOUN_END.search(self.text, max(0, start - 30), start):
            runs[0].after_org_noun = True  # "the French retailer | Maison Clair"
        people = [r for r in runs if not (r.possessive or r.before_title or r.after_preposition or r.after_org_noun)]
        people = people or [r for r in runs if not (r.possessive or r.after_preposition or r.after_org_noun)]
        person = max(people, key=lambda r: len(r.words), default=None)
        person_name = " ".join(person.words) if person else None
        if org_name is None:  # "Prairie Gold's Tom Hendricks", "Seoha chief executive Yoon", "analyst at Kaede"
            cands = [r for r in runs if r is not person and (r.possessive or r.before_title or r.after_org_noun or
                                                             (title and (r.after_preposition or r.after_title)))]
            if cands:
                org_name = self._known_org(" ".join(cands[0].words))
                country = self.org_countries.get(org_name) or org_country(reg, org_name)
        if person_name:
            known = reg.person(person_name)
            if known:
                person_name = known.name
                org_name = org_name or known.organization
                country = country or known.country
            else:
                found = self._by_surname(person_name)
                if found:  # a person met before; an organization named here wins ("Org's title, Name")
                    org_name = org_name or (self._ministry(title, p, phrase_country, start) if title else None)
                    if not org_name or org_name == found.organization:
                        return replace(found, title=title or found.title)
                    country = country or self.org_countries.get(org_name) or based or self._org_country(org_name)
                    return Source(found.speaker, org_name, country, title=title or found.title)
                if " " not in person_name and not title and not org_name:
                    # A lone unknown name ("Northwind said", "ArenaEV reported") is an organization.
                    name = self._known_org(person_name)
                    return Source(None, name, self.org_countries.get(name) or country or based or
                                  phrase_country or self._org_country(name))
        if org_name is None and title:
            org_name = self._ministry(title, p, phrase_country, start) or self._context_org(title)
            if org_name:
                country = org_country(reg, org_name) or self.org_countries.get(org_name)
        if org_name and not country:
            country = based or self._org_country(org_name)
            if not country and not self.registry.org(org_name) and not _org_kind(None, org_name) == "government":
                country = self.home_country  # an unregistered company with no cue: the dateline's country
        if not person_name and not org_name:
            if title and phrase_country:  # "a Chinese official", "US officials"
                return Source(None, None, phrase_country, title=title)
            return None
        if country is None and (not org_name or (title and title.split()[-1] in _GOVERNMENT_TITLES)):
            country = phrase_country  # the organization's own country, once known, wins over a place word
        if org_name and country:
            self.org_countries.setdefault(org_name, country)
        return Source(person_name, org_name, country, title=title)

    def _known_org(self, name: str) -> str:
        """A short form ("Northwind", "Hanshan") of an organization named in full earlier, else the name."""
        canon = canonical_org(self.registry, name)
        if self.registry.org(canon):
            return canon
        for full in reversed(list(self.org_countries) + [s.organization for s in self.last_org.values()
                                                         if s.organization]):
            if full != canon and (full.startswith(canon + " ") or full.endswith(" " + canon)):
                return full
        return canon

    def _ministry(self, title: str, phrase: str, country: str | None, start: int) -> str | None:
        """ "Hungary's foreign minister" -> the registry's "Hungary's foreign ministry"."""
        m = re.search(r"((?:[a-z]+\s+){0,2})[Mm]inist(?:er|ry)\b(?:\s+(?:of|for)\s+((?:[a-z]+,?\s*)+))?", phrase)
        if not m:
            return None
        area = " ".join((m.group(2) or "").replace(",", " ").split()) or \
            " ".join(w for w in m.group(1).split() if w in MINISTRY_AREAS)
        if not area:
            return None
        codes = [country] if country else []
        codes += [c for c in (self._government_country(), self._sentence_country(start), self.home_country)
                  if c and c not in codes]
        for code in codes:
            for key in COUNTRY_KEYS.get(code, ()):
                for cand in (f"{key}'s {area} ministry", f"{key} {area} ministry", f"{key}'s ministry of {area}",
                             f"{key}'s ministry for {area}"):
                    org = self.registry.org(cand)
                    if org:
                        return org.canonical
        return None

    def _by_surname(self, name: str) -> Source | None:
        if " " in name:
            return self.people.get(name)
        matches = [s for n, s in self.people.items() if n.split()[-1] == name or n.split()[0] == name]
        return matches[-1] if matches else None

    def _government_country(self) -> str | None:
        last = self.last_org.get("government")
        return self.org_countries.get(last.organization) if last and last.organization else None

    def _sentence_country(self, start: int) -> str | None:
        """A place named earlier in the same sentence: "In Berlin, the economy ministry said"."""
        before = re.split(r"[.!?]\s", self.text[max(0, start - 120):start])[-1]
        for w in re.findall(r"[A-Z][\w.]*", before):
            code = place_country(w)
            if code:
                return code
        return None

    def _context_org(self, title: str | None) -> str | None:
        """A spokeswoman/minister with no organization: the organization just mentioned."""
        if not title:
            return None
        last = self.last_org.get("government" if title.split()[-1] in _GOVERNMENT_TITLES else "company")
        return last.organization if last else None

    def _org_country(self, org_name: str) -> str | None:
        if org_name not in self._org_country_cache:
            self._org_country_cache[org_name] = self._find_org_country(org_name)
        return self._org_country_cache[org_name]

    def _find_org_country(self, org_name: str) -> str | None:
        org = self.registry.org(org_name)
        if org and org.country:
            return org.country
        first = org_name.split()[0].lower()
        if len(org_name.split()) > 1 and first in CITIES:  # "Shenzhen Tengfei Precision Co."
            return CITIES[first]
        for form in dict.fromkeys((org_name, org_name.split()[0])):  # the full name, then its first word
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", self.text):
                i = m.start()
                code = country_before(self.text[max(0, i - 80):i]) or country_after(self.text[m.end():m.end() + 80])
                if code:
                    return code
        return None

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
                and bare[first - 1].lower() not in _TITLE_HEADS and "-based" not in bare[first - 1] \
                and (bare[first - 1].lower() not in COUNTRIES or bare[first - 1].lower() in CITIES) \
                and bare[first - 1].lower() not in NOT_NAMES and tokens[first - 1].group(0) == bare[first - 1]:
            first -= 1  # not over "Hamburg-based", "Tuesday", a possessive; over a city ("Shenzhen Tengfei Co.")
        end = last
        # "Ministry of Foreign Affairs", "Commission for Economy and Informatization"
        while end + 2 < len(bare) and bare[end + 1] in ("of", "for", "and", "on") and bare[end + 2][:1].isupper():
            end += 2
            while end + 1 < len(bare) and bare[end + 1][:1].isupper() and bare[end + 1].lower() not in NOT_NAMES:
                end += 1  # "Institute for Trade Strategy"
        if first == last and last == end:
            return None, None  # a suffix alone ("Group") names nothing
        s0, e0 = tokens[first].start(), tokens[end].start() + len(bare[end])
        name = phrase[s0:e0].strip()
        if name.endswith(".") and name.split()[-1].lower() not in ORG_SUFFIXES:
            name = name[:-1]  # a sentence's full stop, not "Inc."
        before = self.text[max(0, start - 80):start] + phrase[:s0]
        return name, country_before(before)


@dataclass
class _Run:
    """A run of capitalised words in a subject phrase, with what surrounds it."""

    words: list[str]
    possessive: bool = False  # "Prairie Gold Cooperative's"
    before_title: bool = False  # "Seoha chief executive"
    after_preposition: bool = False  # "analyst at Kaede Research"
    after_org_noun: bool = False  # "the French retailer Maison Clair"
    after_title: bool = False  # "chief executive of the Swedish maker of heat pumps Norrvik"


def _name_runs(phrase: str) -> tuple[list[_Run], str | None]:
    """Capitalised runs that may be names, and the first country word met outside them."""
    words = [w for w in re.split(r"\s+", phrase.strip()) if w]
    runs: list[_Run] = []
    cur: _Run | None = None
    country = None
    for i, w in enumerate(words):
        bare = _POSS.sub("", w.strip(",")).strip(",")
        lw = bare.lower()
        if bare == "&" and cur is not None and i + 1 < len(words) and words[i + 1][:1].isupper():
            cur.words.append(bare)  # "Hollis & Grant"
            continue
        if _CAP.match(bare) and lw not in _TITLE_WORDS and lw not in COUNTRIES and lw not in _CONNECTORS:
            if cur is None:
                window = [x.lower() for x in words[max(0, i - 3):i]]
                cur = _Run([], after_preposition=bool(window) and (window[-1] in _PREPOSITIONS or (
                    window[-1] in ("the", "a", "an") and any(x in _PREPOSITIONS for x in window))),
                    after_org_noun=bool(window) and window[-1] in ORG_NOUNS,
                    after_title=any(x.strip(",") in _TITLE_WORDS for x in (w.lower() for w in words[:i])))
                runs.append(cur)
            cur.words.append(bare)
            if _POSS.search(w.strip(",")) or w.endswith(","):
                cur.possessive = bool(_POSS.search(w.strip(",")))
                cur = None
        else:
            if (lw in COUNTRIES or lw in CITIES or lw in US_PLACES) and country is None:
                country = COUNTRIES.get(lw) or CITIES.get(lw) or "US"
            if cur is not None and lw in _TITLE_WORDS:
                cur.before_title = True
            cur = None
    for r in runs:  # "South", "Tuesday", "New" alone name nothing
        while r.words and r.words[0].lower() in NOT_NAMES:
            r.words.pop(0)
        while r.words and r.words[-1].lower() in NOT_NAMES:
            r.words.pop()
    for r in runs:  # "Iowa", "Hamburg" alone are places; "Ricardo Lima" is a name
        if len(r.words) == 1 and place_country(r.words[0]) and not r.possessive:
            country = country or place_country(r.words[0])
            r.words = []
    return [r for r in runs if r.words], country


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


def org_country(registry: Registry, name: str) -> str | None:
    org: Org | None = registry.org(name)
    return org.country if org else None


def canonical_org(registry: Registry, name: str) -> str:
    org = registry.org(name)
    return org.canonical if org else re.sub(r"['’]s?$", "", name).strip()


__all__ = ["Source", "Discourse", "canonical_org", "org_country", "normalise_name"]
