"""Writes ``organizations_subnational.csv``: the government of every first-level state, province, region,
prefecture, department or county of the countries whose sub-national governments the news names most, and the
legislature of every US state.

Run from the repository root: ``python data/registry/build_subnational.py``. Names come from ``pycountry``
(ISO 3166-2) folded to ASCII, or from the English lists below where news does not use the ISO name
("Bavaria", not "Bayern"). The canonical name follows the annotation convention ("Ohio state government",
"Salta provincial government", "Piura regional government"); the aliases are the other ways an article
writes it ("Government of Ohio", "Ohio government", "Victorian government"). An alias another registry
row already uses, or one that two sub-national governments would share, is left out.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from stance.registry import normalise_name  # noqa: E402

KINDS = {  # country -> (ISO subdivision types kept, the word the canonical name uses)
    "US": (("State", "District"), "state"), "AU": (("State", "Territory"), "state"),
    "IN": (("State", "Union territory"), "state"), "BR": (("State", "Federal district"), "state"),
    "MX": (("State", "Federal entity"), "state"), "NG": (("State",), "state"), "MY": (("State",), "state"),
    "CA": (("Province", "Territory"), "provincial"), "AR": (("Province",), "provincial"),
    "ZA": (("Province",), "provincial"), "PK": (("Province",), "provincial"),
    "PE": (("Region",), "regional"), "CL": (("Region",), "regional"),
    "JP": (("Prefecture",), "prefectural"), "CO": (("Department",), "departmental"), "KE": (("County",), "county"),
}
ENGLISH = {  # country -> the English names news uses, where they differ from ISO's
    "DE": ("state", "Baden-Württemberg Bavaria Berlin Brandenburg Bremen Hamburg Hesse Lower_Saxony "
                    "Mecklenburg-Western_Pomerania North_Rhine-Westphalia Rhineland-Palatinate Saarland Saxony "
                    "Saxony-Anhalt Schleswig-Holstein Thuringia"),
    "AT": ("state", "Burgenland Carinthia Lower_Austria Upper_Austria Salzburg Styria Tyrol Vorarlberg"),
    "IT": ("regional", "Abruzzo Basilicata Calabria Campania Emilia-Romagna Friuli_Venezia_Giulia Lazio Liguria "
                       "Lombardy Marche Molise Piedmont Apulia Sardinia Sicily Tuscany Trentino-Alto_Adige Umbria "
                       "Aosta_Valley Veneto"),
    "ES": ("regional", "Andalusia Aragon Asturias Balearic_Islands Basque_Country Canary_Islands Cantabria "
                       "Castile_and_León Castilla-La_Mancha Catalonia Extremadura Galicia La_Rioja Madrid Murcia "
                       "Navarre Valencia"),
    "BE": ("regional", "Flanders Wallonia"),  # session 10: Belgium's regions ("Flanders' minister for economy")
}
DEMONYMS = {  # extra aliases: "Victorian government", "Bavarian state government"
    ("AU", "Victoria"): "Victorian", ("AU", "Tasmania"): "Tasmanian", ("AU", "Western Australia"): "Western Australian",
    ("AU", "South Australia"): "South Australian",
    ("DE", "Bavaria"): "Bavarian", ("DE", "Saxony"): "Saxon", ("DE", "Hesse"): "Hessian",
    ("AT", "Tyrol"): "Tyrolean", ("AT", "Styria"): "Styrian", ("AT", "Carinthia"): "Carinthian",
    ("AT", "Upper Austria"): "Upper Austrian", ("AT", "Lower Austria"): "Lower Austrian",
    ("ES", "Catalonia"): "Catalan", ("ES", "Andalusia"): "Andalusian", ("ES", "Basque Country"): "Basque",
    ("ES", "Galicia"): "Galician", ("IT", "Sicily"): "Sicilian", ("IT", "Sardinia"): "Sardinian",
    ("CA", "Quebec"): "Quebec", ("IN", "Tamil Nadu"): "Tamil Nadu",
    ("BE", "Flanders"): "Flemish", ("BE", "Wallonia"): "Walloon",
}
CANONICAL = {  # the form the annotation conventions use, where it is not "<name> <word> government"
    "JP": "{name} Prefecture", "CA": "{name} government", "IN": "{name} government", "AU": "{demonym} government",
    "BE": "{demonym} government"}
EXTRA_ALIASES = {"New South Wales": ["NSW government", "NSW Government"],
                 "Hamburg": ["Senate of Hamburg", "Hamburg Senate"], "Bremen": ["Senate of Bremen", "Bremen Senate"],
                 "Berlin": ["Senate of Berlin"]}  # the city-states' governments ("Berlin Senate" would read as Germany's)
SPELLING = {"Kwazulu-Natal": "KwaZulu-Natal", "North-West": "North West", "Pulau Pinang": "Penang"}  # as news writes them
# names that, alone before "government", mean a national government or its capital
NO_PLAIN = {"Washington", "Georgia", "Mexico", "Distrito Federal", "Punjab", "Berlin", "Madrid", "Tokyo",
            "Lima", "Buenos Aires", "Santiago", "Nairobi", "Ciudad de Mexico", "Ciudad de México"}


COUNTRY_NAMES = {c.name.lower() for c in pycountry.countries} | {getattr(c, "common_name", "").lower()
                                                                   for c in pycountry.countries} - {""}


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def places() -> list[tuple[str, str, str]]:
    out = []
    for code, (types, word) in KINDS.items():
        for s in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):  # a stable order
            if s.parent_code is None and s.type in types:
                name = SPELLING.get(s.name, s.name.split(" (")[0])
                if "," in name or "/" in name or ascii_name(name).lower() in COUNTRY_NAMES:
                    continue  # "México" (the State of Mexico) reads as the country
                out.append((code, name, word))
    for code, (word, names) in ENGLISH.items():
        out += [(code, n.replace("_", " "), word) for n in names.split()]
    return out


def rows(existing: set[str]) -> list[list[str]]:
    found: dict[str, list[list[str]]] = {}
    for code, name, word in places():
        names = list(dict.fromkeys([name, ascii_name(name)]))  # (a list: the file is the same on every run)
        if code == "IN":
            name = ascii_name(name)  # "Tamil Nadu", as English news writes it
        demonym = DEMONYMS.get((code, name))
        canonical = CANONICAL.get(code, "{name} {word} government").format(
            name=name, word=word, demonym=demonym or name)
        aliases = [f"{n} {w} government" for n in names for w in (word, word.capitalize())]
        aliases += [f"{n} {word.capitalize()} Government" for n in names]
        if code == "JP":
            aliases += [f"{n} Prefecture" for n in names]  # the prefecture as a body ("Kumamoto Prefecture said")
        if word == "provincial":
            aliases += [f"Province of {n}" for n in names]
        if code == "NG":
            aliases += [f"{n} State government" for n in names]
        if name not in NO_PLAIN:
            aliases += [f"{n} government" for n in names] + [f"Government of {n}" for n in names]
            aliases += [f"{n} Government" for n in names]
        aliases.append(f"{name} {word} government")
        aliases += EXTRA_ALIASES.get(name, [])
        if demonym:
            aliases += [f"{demonym} government", f"{demonym} {word} government", f"{demonym} Government"]
        found.setdefault(normalise_name(canonical), []).append([canonical, aliases, code])
    used: dict[str, int] = {}
    for entries in found.values():
        for canonical, aliases, _code in entries:
            for a in {normalise_name(a) for a in aliases} - {normalise_name(canonical)}:
                used[a] = used.get(a, 0) + 1
    out = []
    for key, entries in sorted(found.items()):
        if len(entries) > 1 or key in existing:
            continue  # a name two countries' subdivisions share, or a government the registry already holds
        canonical, aliases, code = entries[0]
        keep, seen = [], set()
        for a in aliases:
            k = normalise_name(a)
            if k == key or k in seen or k in existing or used.get(k, 0) > 1:
                continue
            seen.add(k)
            keep.append(a)
        out.append([canonical, "|".join(keep), code, "government", "local_government"])
    return out


GENERAL_ASSEMBLY = set("Arkansas Colorado Connecticut Delaware Georgia Illinois Indiana Iowa Kentucky Maryland Missouri "
                       "North_Carolina Ohio Pennsylvania Rhode_Island South_Carolina Tennessee Vermont Virginia"
                       .replace("_", " ").split(" ")) | {"North Carolina", "Rhode Island", "South Carolina"}


def legislature_rows(existing: set[str]) -> list[list[str]]:
    """The legislature of every US state: "Ohio General Assembly" or "Texas Legislature" (its own name), with its
    chambers and the ways news writes them as aliases ("Ohio Senate", "Ohio House of Representatives",
    "Ohio state legislature"); a state senator or representative sits for it (the annotation convention)."""
    out = []
    for s in sorted(pycountry.subdivisions.get(country_code="US"), key=lambda s: s.code):
        if s.type != "State":
            continue
        name = s.name
        canonical = f"{name} General Assembly" if name in GENERAL_ASSEMBLY else f"{name} Legislature"
        aliases = [f"{name} General Assembly", f"{name} Legislature", f"{name} legislature",
                   f"{name} state legislature", f"{name} State Legislature", f"{name} Senate", f"{name} State Senate",
                   f"{name} state Senate", f"{name} House of Representatives", f"{name} House",
                   f"{name} State House", f"{name} Assembly", f"{name} State Assembly", f"{name} House of Delegates",
                   f"{name} General Court", f"{name} Legislative Assembly"]
        keep, seen = [], {normalise_name(canonical)}
        for a in aliases:
            k = normalise_name(a)
            if k not in seen and k not in existing:
                seen.add(k)
                keep.append(a)
        if normalise_name(canonical) not in existing:
            out.append([canonical, "|".join(keep), "US", "legislature", "legislature"])
    return out


def main(out: Path = HERE / "organizations_subnational.csv") -> None:
    existing = set()
    with open(HERE / "organizations.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            existing.add(normalise_name(r["canonical"]))
            existing.update(normalise_name(a) for a in r["aliases"].split("|") if a)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["canonical", "aliases", "country", "sector", "kind"])
        w.writerows(rows(existing) + legislature_rows(existing))


if __name__ == "__main__":
    main()
