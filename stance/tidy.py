"""Last passes over an article's statements, once every rule has run (session 5).

- ``fuller_speakers``: a speaker left as part of a name the article writes in full takes the full name when
  exactly one such name exists ("Hale" after "Senator Dean Hale", "De Groot" of "Sanne de Groot", the
  interview label "Sousa Magalhães" of "Inês Sousa Magalhães"); a conjunction read as a name is no speaker.
- ``country_as_government``: a country's name read as a named speaker's organization ("Hong Kong's financial
  secretary, X") stands for its government.
- ``company_without_country``: an unregistered company written with its country's possessive ("Taiwan's Hsin
  Yuan Precision") is named without it and takes that country.

- ``founded_by_pronoun`` (session 6): "X, which she founded" gives X to the person named just before.

Each keeps a statement as it is when in doubt: these passes only complete or tidy what the rules found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bodies import GOVERNMENT_WORDS, national_government
from .places import dateline_place, org_home, place_country
from .names import PARTICLES, TITLE_WORDS, capitalised_names, drop_title
from .records import Statement
from .registry import Registry
from .vocab import (UPPER, CAPITAL_METONYMS, CITIES, COUNTRIES, GIVEN_NAME_TITLES, HONORIFICS, MINISTRY_AREAS, NOT_GIVEN_NAMES,
                    MONTHS, NOT_NAMES, NOT_SPEAKERS, ORG_SUFFIXES, PUBLIC_BODY_WORDS, WEEKDAYS)

_APOSTROPHES = ("'", "’")
_NAME_WORD = re.compile(r"^[^\W\d_][\w’'-]*$")


def fuller_speakers(found: list[Statement], text: str, registry: Registry) -> list[Statement]:
    """Speakers completed from the names the article writes (see the module doc)."""
    speakers = {st.speaker for st in found if st.speaker}
    if not speakers:
        return found
    by_edge: dict[str, set[str]] | None = None  # first and last word (lower case) -> the names holding it there
    fuller: dict[str, str | None] = {}
    for sp in speakers:
        if sp in NOT_SPEAKERS:
            fuller[sp] = None
            continue
        if by_edge is None:
            by_edge = {}
            for n in set(capitalised_names(text)):
                words = n.split()
                if len(words) > 1:
                    by_edge.setdefault(words[0].lower(), set()).add(n)
                    by_edge.setdefault(words[-1].lower(), set()).add(n)
        words = sp.split()
        near = by_edge.get(words[0].lower(), set()) | by_edge.get(words[-1].lower(), set())
        longer = {n for n in near if _completes(n, sp, registry) and _gains_name(n, sp, text)}
        if not longer and len(words) == 1 and re.search(r"\b(?:" + "|".join(GIVEN_NAME_TITLES) + r")\s+" +
                                                         re.escape(sp) + r"\b", text, re.I):
            longer = {f"{m.group(1)} {sp}" for m in re.finditer(  # "Senator Dean Hale": a given name that is also
                r"(?<![\w’'-])(?:Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Mayor|Minister|Dr\.?|Mr\.?|Ms\.?|"
                r"Mrs\.?|Professor|Prof\.|President|Ambassador)\s+([A-Z][a-z]+)\s+" + re.escape(sp) + r"(?![\w’'-])",
                text) if m.group(1).lower() in GIVEN_NAME_TITLES}  # a title went with the title before it
        if longer and re.search(r"(?<![\w’'-])(?:" + _OFFICE_TITLES + r")\s+" + re.escape(sp) + r"(?![\w’'-])", text):
            continue  # "President Biden": the article names the speaker so, not by another "X Biden" it mentions
        if len(longer) == 1:
            fuller[sp] = longer.pop()
    if not fuller:
        return found
    return [replace(st, speaker=fuller[st.speaker]) if st.speaker in fuller else st for st in found]


_OFFICE_TITLES = (r"President|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Minister|Chancellor|Premier|"
                  r"Judge|Justice|King|Queen|Prince|Princess|Pope")


def _completes(name: str, part: str, registry: Registry) -> bool:
    """`name` is `part` with whole words before or after, all of them name words, and no organization."""
    words = name.split()
    if not len(part.split()) < len(words) <= 4 or registry.org(name):
        return False
    if not (name.lower().endswith(" " + part.lower()) or name.startswith(part + " ")):
        return False
    return all((w[:1].isupper() or w in PARTICLES) and _NAME_WORD.match(w) and not w.endswith(_APOSTROPHES)
               and w.lower() not in ORG_SUFFIXES for w in words)


def _gains_name(full: str, part: str, text: str) -> bool:
    """Whether the words `full` adds to `part` are name words: no title, honorific, demonym, place, ministry
    area or other word no given name is ("Unlike", "Fort")."""
    if full.lower().endswith(" " + part.lower()):
        part = full[len(full) - len(part):]  # "De Groot" of "Sanne de Groot"
    if full.startswith(part + " "):  # "Lorraine" -> "Lorraine May": a month is a surname here
        return not any(w.lower() in TITLE_WORDS or w.lower().rstrip(".") in HONORIFICS for w in full[len(part):].split())
    added = [p for w in full[:-len(part)].split() for p in w.split("-")]
    return all(not _not_given_name(w) for w in added)


def _not_given_name(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or low in HONORIFICS or low in COUNTRIES or low in CITIES or low in NOT_NAMES or \
        low in MINISTRY_AREAS or low in NOT_GIVEN_NAMES


def country_as_government(st: Statement, registry: Registry) -> Statement:
    """A country's name (not a city's, not a capital standing for its government) read as a named speaker's
    organization stands for that country's government: the registry's, else one named in its pattern."""
    org = st.organization
    if not st.speaker or not org or registry.org(org):
        return st
    low = org.lower()
    if low not in COUNTRIES or (low in CITIES and low not in _CITY_STATES) or low in CAPITAL_METONYMS or \
            COUNTRIES[low] == "EU":
        return st
    body = national_government(registry, f"{org} government")
    return replace(st, organization=body[0], country=body[1]) if body else st


# A member's title and the word that names the body they sit on ("councillor" -> "... City Council")
_MEMBER_BODIES = (
    (r"[Cc]ouncill?or|[Cc]ouncil\s+member|[Cc]ouncilwoman|[Cc]ouncilman|[Mm]ayor|[Dd]eputy\s+mayor",
     r"Council|(?:town|city|municipal|district|county) council"),  # session 7: "Brzeziny Śląskie town council"
    (r"[Cc]ommissioner|[Cc]ommission\s+(?:[Cc]hair(?:man|woman)?|[Vv]ice\s+[Cc]hair)",
     r"Commissioners(?:\s+Court)?"),  # session 8: a Texas county's "Commissioners Court"
    (r"[Tt]rustees?", r"Trustees|Retirement\s+System|Pension\s+(?:Fund|Plan|System)"),
    (r"[Ss]upervisors?", r"Supervisors"),  # session 8: "Supervisor X" of "Hardin County Board of Supervisors"
)
_PERSON = UPPER + r"[\w’'-]*(?:\s+(?:" + UPPER + r"[\w’'-]*|de|da|van|von|der))*"
_MEMBER_PATTERNS = tuple(
    (re.compile(r"(?<![\w’'-])(?:" + title + r")\s+(" + _PERSON + r")"),
     re.compile(r"(" + _PERSON + r"),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + title + r")\b"),
     re.compile(r"(?<![\w’'-])(?:" + UPPER + r"[\w’'.-]* +(?:(?:of|for|and|the|on|&) +)?){1,6}?(?:" + body + r")\b"))
    for title, body in _MEMBER_BODIES)
# Session 7: "the town council of Levočany" names "Levočany Town Council" (councils only: the first kind above)
_COUNCIL_OF = re.compile(r"\b[Tt]he (town|city|municipal|county|district) council of (" + UPPER + r"[\w’'-]*(?: " + UPPER +
                         r"[\w’'-]*)?)")


def member_body(found: list[Statement], text: str, home: str | None) -> list[Statement]:
    """A named speaker with a member's title ("Opposition councillor X", "Trustee X", "Commissioner X") and no
    organization sits on the body of that kind the article names, when it names exactly one ("Szeged City
    Council", "Whitfield County Board of Commissioners", "Missouri Public Educators' Retirement System"); its
    country is the one the article gives the body, else the dateline's (`home`)."""
    if not any(st.speaker and not st.organization for st in found):
        return found
    bodies_by_member: list[tuple[set[str], set[str]]] = []  # per title kind: (titled names, bodies named)
    for kind, (titled_before, titled_after, body) in enumerate(_MEMBER_PATTERNS):
        titled = {m.group(1) for pat in (titled_before, titled_after) for m in pat.finditer(text)}
        if titled:
            named = {re.sub(r"^(?:The|A|An)\s+", "", m.group(0).strip()) for m in body.finditer(text)}
            named = {b for b in named if b[:1].isupper()}  # "The town council" names no one body
            if kind == 0:  # councils
                named |= {f"{m.group(2)} {m.group(1).title()} Council" for m in _COUNCIL_OF.finditer(text)}
            bodies_by_member.append((titled, {b for b in named if len(b.split()) >= 2}))
    if not bodies_by_member:
        return found
    out = []
    for st in found:
        if st.speaker and not st.organization:
            for titled, bodies in bodies_by_member:
                name = drop_title(st.speaker) or st.speaker  # session 8: "Supervisor X" is X until the last step
                if len(bodies) == 1 and any(t == name or t.startswith(name + " ") or
                                            t.endswith(" " + name) for t in titled):
                    body = next(iter(bodies))
                    st = replace(st, organization=body, country=org_home(text, body) or home)
                    break
            if not st.organization and ("Mayor " + (drop_title(st.speaker) or "~") in text or
                                        "mayor " + (drop_title(st.speaker) or "~") in text):
                town = dateline_place(text)  # session 8: "Mayor X said the town would ..." in a story datelined
                if town:  # CLAVER, with no council named: the town itself
                    st = replace(st, organization=town, country=home)
        out.append(st)
    return out


# Session 6: "Kafue Copper Smelting, which she founded in 2014": the body a person met just before founded or runs
_FOUNDED_BY = re.compile(r"(?<![\w’'-])(" + UPPER + r"[\w&’'.-]*(?:\s+(?:(?:de|do|da|of|and|&)\s+)?" + UPPER +
                         r"[\w&’'.-]*){0,4}),\s+which\s+(?:she|he)\s+(?:co-?founded|founded|started|set\s+up|runs|owns|"
                         r"built|heads|leads)\b")


def founded_by_pronoun(found: list[Statement], text: str, home: str | None) -> list[Statement]:
    """A named speaker with no organization is given the body "X, which she founded" / "which he runs" names,
    when that speaker is the person the article named last before it (by full name or surname)."""
    if not any(st.speaker and not st.organization for st in found):
        return found
    owner: dict[str, str] = {}
    speakers = {st.speaker for st in found if st.speaker}
    for m in _FOUNDED_BY.finditer(text):
        last_at, who = -1, None
        for sp in speakers:
            for form in {sp, sp.split()[-1]}:
                at = text.rfind(form, 0, m.start())
                if at > last_at:
                    last_at, who = at, sp
        if who and m.group(1) not in speakers:
            owner.setdefault(who, m.group(1))
    if not owner:
        return found
    return [replace(st, organization=owner[st.speaker], country=org_home(text, owner[st.speaker]) or home)
            if st.speaker in owner and not st.organization else st for st in found]


_CITY_STATES = frozenset(["hong kong", "macau", "macao", "singapore", "monaco"])
_OWNER_COUNTRY = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s?\s+(?=[A-Z])")
_PUBLIC_BODY = re.compile(r"\b(?:" + "|".join(PUBLIC_BODY_WORDS) + r")\b")


def no_company_in_the_eu(st: Statement, registry: Registry) -> Statement:
    """An unregistered organization that is no EU body ("Nordvind Turbines", placed by "European auctions"
    around it) is not from "the EU": its country is left empty rather than guessed."""
    org = st.organization
    if st.country != "EU" or not org or registry.org(org) or re.search(
            r"\b(?:EU|European|Europe|Commission|Parliament|Council|Brussels|Union|Eurostat)\b", org):
        return st
    return replace(st, country=None)


def company_without_country(st: Statement, registry: Registry) -> Statement:
    """An unregistered company written as "<Country>'s <Name>" is "<Name>" of that country, as news copy writes
    a company's country ("Taiwan's Hsin Yuan Precision"); public bodies keep the name as written ("Poland's
    Ministry of X", "Thailand's Board of Investment"). Limit: a name that holds a possessive of its own
    ("America's Frontier Fund") loses it."""
    org = st.organization
    if not org or registry.org(org):
        return st
    owner = _OWNER_COUNTRY.match(org)
    code = COUNTRIES.get(owner.group(1).lower()) if owner else None
    if not code or GOVERNMENT_WORDS.search(org) or _PUBLIC_BODY.search(org):
        return st
    rest = org[owner.end():]  # type: ignore[union-attr]
    known = registry.org(rest)
    if known:
        return replace(st, organization=known.canonical, country=known.country or code)
    return replace(st, organization=rest, country=code)


def one_body_per_speaker(found: list[Statement]) -> list[Statement]:
    """Session 11: a named speaker whose body the article gives only after a first statement ("'...,' Philippe
    Moret told the Review." then "Moret, who has run Valmont since 2019, said ...") speaks for that body in every
    statement, when the article gives that speaker one body only."""
    bodies: dict[str, set[tuple[str, str | None]]] = {}
    for st in found:
        if st.speaker and st.organization:
            bodies.setdefault(st.speaker, set()).add((st.organization, st.country))
    return [replace(st, organization=next(iter(bodies[st.speaker]))[0], country=next(iter(bodies[st.speaker]))[1])
            if st.speaker and not st.organization and len(bodies.get(st.speaker, ())) == 1
            else st for st in found]


_NAME_TAIL = re.compile(r"((?:\s+" + UPPER + r"[\w’'&-]*){1,2}(?:\s+(?:and|of|on|for)\s+(?:Foreign\s+)?" + UPPER +
                        r"[\w’'&-]*)?)(?=,\s|\s\(|;)")


_BASED_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(" + UPPER + r"[\w’'-]*)-based(?:\s+[\w-]+){1,4}?(?=[,.;])")


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` ends each time the text writes it as a whole name."""
    out, i = [], text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'-")) and \
                (j == len(text) or not (text[j].isalnum() or text[j] in "’'.-")):
            out.append(j)
        i = text.find(name, i + 1)
    return out


def fullest_org_names(found: list[Statement], text: str, registry: Registry,
                      countries: dict[str, str]) -> list[Statement]:
    """Session 13: an unregistered organization read short ("Huabei Coking Coal", "Mazovia Logistics",
    "Advisory Committee") that the article writes in full once, before a comma or a bracket ("Huabei Coking Coal
    Trading, a Baotou-based buyer", "the Advisory Committee on Foreign Investment, ..."): the full name, its
    country the one the article gave the full name. One or two capitalised words extend a name (and one more
    after "and", "of", "on" or "for"), never a title, a date word or a person's name. An organization the
    article places in an appositive ("X, a Baotou-based buyer,") takes that place's country."""
    names = {st.organization for st in found if st.organization and not registry.org(st.organization) and
             " " in st.organization and not st.organization.endswith(".")}
    if not names:
        return found
    people = {w for st in found if st.speaker for w in st.speaker.split()}
    full: dict[str, str] = {}
    for name in names:
        forms = set()
        for end in _occurrences(text, name):
            tail = _NAME_TAIL.match(text, end)
            if not tail or "\n" in tail.group(1):
                continue
            words = [w for w in tail.group(1).split() if w not in ("and", "of", "on", "for")]
            if any(w.lower() in TITLE_WORDS or w in people or w.lower() in MONTHS or w.lower() in WEEKDAYS or
                   w.lower() in ("dr", "mr", "ms", "prof") for w in words):
                continue
            forms.add(name + tail.group(1))
        if len(forms) == 1:
            full[name] = forms.pop()
    placed: dict[str, str] = {}  # "X, a Baotou-based buyer": X is from there, whatever the dateline says
    wanted = names | set(full.values())
    for m in _BASED_APPOSITIVE.finditer(text):
        if re.search(r"\b(?:said|says|told|tells|added|adds|announced|noted|reported|wrote|stated)\b", m.group(0)):
            continue  # "..., X, the Osaka-based trading house said": the subject of a report, no appositive of X
        code = place_country(m.group(1))
        before = text[max(0, m.start() - 120):m.start()]
        for name in wanted:
            if code and before.endswith(name) and (len(before) == len(name) or not before[-len(name) - 1].isalnum()):
                placed[name] = code
    out = []
    for st in found:
        longer = full.get(st.organization or "")
        if longer:
            st = replace(st, organization=longer, country=placed.get(longer) or countries.get(longer) or st.country)
        elif st.organization in placed and placed[st.organization] != st.country:
            st = replace(st, country=placed[st.organization])
        out.append(st)
    return out
