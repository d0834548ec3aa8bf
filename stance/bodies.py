"""Government bodies named by country and kind: ministries, embassies, legislatures.

A title or a common-noun phrase names a body of a country's government even
when the registry does not list it: "Tanzania's deputy transport minister" ->
"Tanzania's Ministry of Transport", "the Chinese embassy in Nairobi" ->
"Embassy of the People's Republic of China in Kenya", "Senator X, a Republican"
-> "US Senate", "state Senator X" of Iowa -> "Iowa Senate". The registry's
name wins when it has one. Limits: the built name follows one convention
("<Country>'s Ministry of <Area>"), which may differ from a body's official
name; only senates and the US House are derived from legislators' titles.
"""

from __future__ import annotations

import re

from .gazetteer import subdivision_kind
from .places import COUNTRY_KEYS, place_country
from .registry import Registry
from .vocab import AP_STATES, COUNTRIES, FORMAL_COUNTRY_NAMES, HEADS_OF_GOVERNMENT, MINISTRY_AREA_NAMES, MINISTRY_AREAS, US_PLACES

# Words that name a public body, not a company ("Ministry", "Embassy", "Prefecture")
GOVERNMENT_WORDS = re.compile(r"Ministry|Department|[Gg]overnment|Embassy|Commission|Council|Parliament|Assembly|"
                              r"Senate|House|Authority|Agency|Bureau|Office|Prefecture|Province|State\b")

_SPOKES = re.compile(r"((?:[A-Za-z]+\s+){1,2})[Ss]pokes\w+\b()")  # "Treasury spokesperson X"
_MINISTRY = re.compile(r"((?:[A-Za-z]+\s+){0,2})(?:[Mm]inist(?:er|ry)|[Ss]ecretary|[Dd]epartment)\b"
                       r"(?:\s+(?:of|for)\s+((?:[A-Za-z]+,?\s*)+))?")
_EMBASSY = re.compile(r"^(?:the\s+)?([\w.]+(?:\s+[\w.]+)??)(?:['’]s)?\s+[Ee]mbassy\s+in\s+(?:the\s+)?"
                      r"([A-Z][\w.]*(?:\s+[\w.]+){0,3})")  # session 6: "in the Netherlands"
_SENATOR = re.compile(r"\b(?:[Ss]enator|[Ss]en\.?|Senate)\b")
_MEP = re.compile(r"\bMEPs?\b|\b[Mm]ember\s+of\s+the\s+European\s+Parliament\b")
_LAWMAKER = re.compile(r"\b(?:[Ll]awmaker|[Ll]egislator|MP|TD|[Mm]ember\s+of\s+[Pp]arliament|[Pp]arliamentarian)s?\b")
_HOUSE = re.compile(r"\b(?:[Rr]epresentative|[Rr]ep\.?|[Cc]ongress(?:wo)?man)\b|(?<!White )\bHouse\b(?! of Lords)")


# "Jiangsu Vice Governor X", "deputy mayor of the city of Suzhou", "Mayor of Monterrey"
_LOCAL = re.compile(r"\b([A-Z][\w-]+(?:\s+(?!Vice\b|Deputy\b)[A-Z][\w-]+)?)\s+(?:[Vv]ice\s+|[Dd]eputy\s+)?(?:[Gg]overnor|[Mm]ayor)\b|"
                    r"\b(?:[Gg]overnor|[Mm]ayor)\s+of\s+(?:the\s+(?:city|province|state|prefecture)\s+of\s+)?"
                    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def local_government(registry: Registry, phrase: str) -> tuple[str, str] | None:
    """A governor's or mayor's government, named by its place: the registry's "<place> government", else
    the place's name ("Suzhou"). Country words are not places here ("US Governor" is no local office)."""
    m = _LOCAL.search(phrase)
    place = (m.group(1) or m.group(2)) if m else None
    if not place:
        return None
    place = re.sub(r"^(?:Vice|Deputy|The)\s+", "", place)
    code = place_country(place)
    if not code or place.isupper() or (place.lower() in COUNTRIES and re.search(r"(?:an|ese|ish|i)$", place)) or \
            (country_name(code) or "").lower() == place.lower():
        return None  # "US Governor", "Chinese mayor", "Mexico Governor": no local place
    for name in (f"{place} government", f"{place} provincial government", f"{place} state government"):
        org = registry.org(name)
        if org:
            return org.canonical, org.country or code
    kind = subdivision_kind(place) if code != "US" else None
    if kind:  # session 6: "Gov. X of Salta": a province's or a state's government, named in the registry's pattern
        return f"{place} {kind} government", code
    return place, code


def country_name(code: str) -> str | None:
    """ "TZ" -> "Tanzania": the first (country) key of the code in ``COUNTRIES``."""
    keys = COUNTRY_KEYS.get(code)
    if not keys:
        return None
    return "US" if code == "US" else " ".join(w.capitalize() for w in keys[0].split())


_DEMONYM_ENDS = ("an", "ese", "ish", "i", "ch", "ic", "ean", "ian")


def demonym(code: str) -> str | None:
    """ "RO" -> "Romanian": the one-word demonym among the code's keys in ``COUNTRIES``, if there is one."""
    for key in COUNTRY_KEYS.get(code, ())[1:]:
        if " " not in key and key.endswith(_DEMONYM_ENDS) and key != (COUNTRY_KEYS[code][0] if code in COUNTRY_KEYS else ""):
            return key.capitalize()
    return None


def government_name(code: str) -> str:
    """The name of a national government the registry does not hold, in the registry's own pattern
    ("Romanian government"; "Government of X" where no demonym is known)."""
    dem = demonym(code)
    return f"{dem} government" if dem else f"Government of {country_name(code)}"


def ministry(registry: Registry, phrase: str, codes: list[str]) -> str | None:
    """The ministry a minister's or ministry's title names, for the first country in `codes` that has it
    in the registry; else a name built for the first country ("Tanzania's Ministry of Transport")."""
    m = _MINISTRY.search(phrase) or _SPOKES.search(phrase)
    if not m or re.search(r"\b(?:[Oo]pposition|[Ss]hadow)\s", phrase[:m.end()]):
        return None  # (session 13: an opposition or shadow minister speaks for no ministry)
    if m.group(2) and m.group(2)[:1].islower() and "," in m.group(2):
        # "the minister of state for industry, Daniel Okafor": a lower-case area ends at the comma
        m = re.search(re.escape(m.group(0)[:m.start(2) - m.start()]) + r"()(" + re.escape(m.group(2).split(",")[0]) + ")",
                      phrase) or m
    given = _area_words(m.group(2) or "")  # round 7: "Minister of Education Martin Kolar": "Education"
    named = " ".join(given.replace(",", " ").split())
    named = re.sub(r"^state\s+(?:for|of)\s+", "", named)  # "minister of state for industry": industry
    area = named.lower() or " ".join(w.lower() for w in m.group(1).split() if w.lower() in MINISTRY_AREAS)
    if not area:
        return None
    codes = [c for c in codes if c != "EU"]  # round 10: the EU has no ministries ("European lenders" is no cue)
    if re.match(r"[Ss]ecretary", m.group(0)[len(m.group(1)):]) and "US" not in codes:
        codes = [*codes, "US"]  # "Commerce Secretary": a US cabinet title when no other country has it
    for code in codes:
        for key in COUNTRY_KEYS.get(code, ()):
            raw = " ".join(m.group(1).lower().split())  # "Economic Affairs Minister": "economic affairs"
            for cand in (f"{key}'s {area} ministry", f"{key} {area} ministry", f"{key}'s ministry of {area}",
                         *((f"{key} {raw} ministry", f"{key}'s ministry of {raw}") if raw else ()),
                         f"{key}'s ministry for {area}", f"{key} {area} department"):
                org = registry.org(cand)
                if org:
                    return org.canonical
    name = country_name(codes[0]) if codes else None
    if not name or codes[0] == "US" or not re.search(r"[Mm]inist", m.group(0)):
        return None  # US departments are in the registry under their own names
    if named:
        body = "Ministry of " + given.strip(" ,")
        if re.search(r"\b[Ff]ederal\s+$", m.group(1)):
            body = "Federal " + body  # "Germany's Federal Ministry of the Interior" keeps its name
    else:
        body = "Ministry of " + " and ".join(MINISTRY_AREA_NAMES.get(w, w.capitalize()) for w in area.split())
    return f"{name}'s {body}"


_AREA_LINKS = frozenset("and of the affairs higher national public".split())


def _area_words(given: str) -> str:
    """The area a "Minister of ..." names, without the person's name after it: capitalised words that are
    areas ("Trade and Industry", "Higher Education"), up to the first that is not. Lower case is kept whole."""
    if not given[:1].isupper():
        return given
    words = re.findall(r"\S+", given)
    keep = 0
    while keep < len(words) and words[keep].strip(",").lower() in MINISTRY_AREAS | _AREA_LINKS:
        keep += 1
    if keep == 0 or keep == len(words) or words[keep - 1].strip(",").lower() in ("and", "of", "the"):
        return given
    return " ".join(words[:keep]).strip(" ,")


def with_country(registry: Registry, name: str, code: str | None, text: str | None = None) -> str:
    """ "Ministry of Transport" said by Tanzania's -> "Tanzania's Ministry of Transport"; "Foreign Ministry"
    in a Beijing story -> the registry's "China's Ministry of Foreign Affairs". Given the article's `text`, a
    body the registry lacks keeps the name the article writes ("The Ministry of Production said", session 9)
    unless the article writes it with its country."""
    if code and re.fullmatch(r"(?:[A-Z][a-z]+\s+){1,2}Ministry", name):
        return ministry(registry, name, [code]) or name
    if not code or not re.match(r"(?:Ministry|Department)\b", name):
        return name
    owner = country_name(code)
    for full in (f"{owner}'s {name}", f"{owner} {name}"):
        org = registry.org(full)
        if org:
            return org.canonical
    if text is not None and code != "US" and not any(
            f"{owner}{link}{name}" in text for link in ("'s ", "’s ", " ")):
        return name
    return f"US {name}" if code == "US" else f"{owner}'s {name}"


def embassy(registry: Registry, phrase: str, home: str | None = None) -> tuple[str, str] | None:
    """ "The Chinese embassy in Nairobi" -> ("Embassy of the People's Republic of China in Kenya", "CN")."""
    m = _EMBASSY.search(phrase.strip())
    if not m:
        return None
    sender = COUNTRIES.get(m.group(1).lower().strip(".")) or COUNTRIES.get(m.group(1).split()[-1].lower())
    host = place_country(m.group(2)) or place_country(m.group(2).split()[0]) or home  # else the dateline's
    if not sender or not host or sender == host:
        return None
    for cand in (f"{country_name(sender)} embassy in {country_name(host)}",
                 f"embassy of {country_name(sender)} in the {country_name(host)}",
                 f"embassy of {country_name(sender)} in {country_name(host)}"):
        org = registry.org(cand)
        if org:
            return org.canonical, sender
    formal = FORMAL_COUNTRY_NAMES.get(sender) or country_name(sender)
    host_name = FORMAL_COUNTRY_NAMES.get(host, "").replace("the Republic of Korea", "South Korea") or country_name(host)
    if host == "US":
        host_name = "the United States"
    ending = f" in {country_name(host)}", f" in the {country_name(host)}", f" in {host_name}"
    for org in registry.orgs.values():  # session 11: "Chinese Embassy in the United States", under any wording
        if org.country == sender and "embassy" in org.canonical.lower() and org.canonical.endswith(ending):
            return org.canonical, sender
    built = f"Embassy of {formal} in {host_name}"
    org = registry.org(built)
    if org:
        return org.canonical, sender
    given = re.sub(r"^(?:[Tt]he)\s+", "", m.group(0).strip())
    if re.fullmatch(r"[A-Z][\w.]*(?:['’]s)?\s+[Ee]mbassy\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", given) and \
            place_country(m.group(2)) and m.group(2).lower() not in COUNTRIES:
        return given.replace("’", "'"), sender  # round 7: "the US Embassy in Nairobi": the name as given, city and all
    return built, sender


def national_government(registry: Registry, phrase: str) -> tuple[str, str] | None:
    """ "the government of Ghana", "Ghana's government", "the Ghanaian government" -> the registry's
    government of that country, else "Government of Ghana"."""
    m = re.match(r"^(?:the\s+)?(?:government\s+of\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})|([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
                 r"(?:['’]s)?\s+government)$", phrase.strip(), re.I)  # round 8: "United Arab Emirates"
    code = COUNTRIES.get((m.group(1) or m.group(2)).lower()) if m else None
    if not code:
        return None
    for key in COUNTRY_KEYS.get(code, ()):
        org = registry.org(f"{key} government")
        if org:
            return org.canonical, code
    return government_name(code), code


def government_of(registry: Registry, code: str | None) -> tuple[str, str] | None:
    """Session 8: the national government of a country code: the registry's "<Adjective> government" (found by
    the country's names, else by its code: "GE" -> "Georgian government"), else "Government of <Country>"."""
    if not code:
        return None
    name = country_name(code)
    found = national_government(registry, f"{name} government") if name else None
    if found and registry.org(found[0]):
        return found
    body = next((o for o in registry.orgs.values() if o.country == code and o.kind == "government" and
                 o.canonical.endswith(" government")), None)
    return (body.canonical, code) if body else found


def legislature(registry: Registry, phrase: str, code: str | None) -> str | None:
    """A legislator's chamber: "Senator X" (US) -> "US Senate", "Iowa state Senator X" -> "Iowa Senate"."""
    named = _NAMED_CHAMBER.search(phrase)  # round 7: "a member of Indonesia's House of Representatives"
    if named and COUNTRIES.get(named.group(1).lower()) and named.group(1).lower() != "us":
        org = registry.org(named.group(0))
        return org.canonical if org else named.group(0).replace("’", "'")
    if _SENATOR.search(phrase):
        state = re.search(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Ss]tate\s+[Ss]en", phrase)
        if state and state.group(1).lower() in US_PLACES:
            return f"{state.group(1)} Senate"
        if re.search(r"\bstate\s+sen", phrase, re.I):
            return None
        chamber = "senate"
    elif _HOUSE.search(phrase):
        chamber = "house of representatives"
    elif _MEP.search(phrase):  # "Dutch MEP X": a member of the European Parliament, whatever the country word
        org = registry.org("European Parliament")
        return org.canonical if org else "European Parliament"
    elif _LAWMAKER.search(phrase):  # "Opposition lawmaker X" in a Polish story: the country's parliament
        chamber = "parliament"
    else:
        return None
    if code is None:
        return None
    for key in COUNTRY_KEYS.get(code, ()):
        org = registry.org(f"{key} {chamber}") or registry.org(f"{key}'s {chamber}")
        if org:
            return org.canonical
    # Session 8: "Congressman X" in Lima, "Member of Parliament X" in The Hague: the country's one registry
    # chamber of that kind (senators the upper house, other members the lower house or the whole legislature)
    bodies = registry.legislatures(code)
    upper = [o for o in bodies if _UPPER_CHAMBER.search(o.canonical)]
    pick = upper if chamber == "senate" else [o for o in bodies if o not in upper]
    return pick[0].canonical if len(pick) == 1 else None


_UPPER_CHAMBER = re.compile(r"\b(?:Senate|Seanad|Councillors|Rajya\s+Sabha|Senat)\b")
_NAMED_CHAMBER = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s?\s+(?:House\s+of\s+Representatives|Senate|"
                            r"Parliament|National\s+Assembly|House\s+of\s+Commons)\b")


# Session 10: countries whose head of state is a monarch or a governor-general: a "President X" there is no
# member of the government
_NO_PRESIDENT = frozenset("CA GB AU NZ JP ES NL BE SE NO DK TH MY LU JM BS".split())


def government(registry: Registry, phrase: str, title: str, code: str | None) -> str | None:
    """A head of government's body: "Vice Premier Liu" (China) -> "Chinese government";
    "EU trade commissioner X" -> "European Commission"."""
    if code == "EU" and title.endswith("commissioner"):
        org = registry.org("European Commission")
        return org.canonical if org else None
    if code is None or not (title in HEADS_OF_GOVERNMENT or re.search(r"\bPresident\s+[A-Z]", phrase)):
        return None
    if title not in HEADS_OF_GOVERNMENT and code in _NO_PRESIDENT:  # session 10: "President Doug Kowalchuk" in a
        return None  # Canadian story heads a company, not the state
    for key in COUNTRY_KEYS.get(code, ()):
        org = registry.org(f"{key} government") or registry.org(f"{key}'s government")
        if org:
            return org.canonical
    return None


# Round 5: sub-national bodies. "State Sen. X", "State Rep. X", "Gov. X" and "State Mines Minister X"
# belong to the state, not to the national chamber or a national ministry.
_STATE_TITLE = re.compile(r"\b[Ss]tate\s+(?:[Ss]en(?:ator)?\.?|[Rr]ep(?:resentative)?\.?|[Aa]ssembly(?:man|woman|member)?"
                          r"|[Ll]awmaker|[Ll]egislator|(?:[A-Z][a-z]+\s+){0,2}[Mm]inister|[Tt]reasurer)\b")
_GOVERNOR = re.compile(r"(?:^|\s)(?:[Gg]ov\.|[Gg]overnor)\s+[A-Z]")
_DATELINE_STATE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]+,[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]*(?:[—–,-]|\()", re.M)
_DATELINE_AP_STATE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]+,[ \t]+((?i:" + "|".join(re.escape(k) for k in AP_STATES) +
                                r"))[ \t]*(?:[—–,-]|\()", re.M)
_STATE_GOVERNMENT = re.compile(r"\b(?!(?:The|A|An)\b)((?:[A-Z][a-z]+\s+){1,2}(?:state\s+)?)government\b")


def dateline_state(text: str) -> str | None:
    """The US state of the dateline ("COLUMBUS, Ohio — ..." -> "Ohio"; session 6: "LINCOLN, Neb. (KNBT) -" ->
    "Nebraska"), else None."""
    m = _DATELINE_STATE.search(text[:600])
    if m and m.group(1).lower() in US_PLACES:
        return m.group(1)
    m = _DATELINE_AP_STATE.search(text[:600])
    return AP_STATES[m.group(1).lower()] if m else None


def state_body(text: str, phrase: str, start: int, state: str | None) -> str | None:
    """The state body a sub-national title belongs to.

    "State Sen. X" -> "<State> Senate", "State Rep. X" -> "<State> House of Representatives",
    "Gov. X" -> "<State> state government" (a US state from the dateline); "State Mines Minister X" -> the
    regional government named last before it ("the Western Australian government"). None when no
    state is known, or the title is a national one.
    """
    senator, house = _SENATOR.search(phrase), _HOUSE.search(phrase)
    if _STATE_TITLE.search(phrase) and (senator or house) and state:
        return f"{state} Senate" if senator else f"{state} House of Representatives"
    if _STATE_TITLE.search(phrase) and re.search(r"[Mm]inister|[Tt]reasurer", phrase):
        named = [m.group(1).strip() for m in _STATE_GOVERNMENT.finditer(text, 0, start)
                 if len(m.group(1).split()) >= 2]
        if named:
            return f"{named[-1]} government"
        return f"{state} state government" if state else None
    if _GOVERNOR.search(" " + phrase) and state and not re.search(r"\b(?:[Vv]ice|[Dd]eputy|[Cc]entral\s+[Bb]ank)\b",
                                                                 phrase):
        return f"{state} state government"
    return None


# Round 7: a minister's body, settled once the whole article is read. A ministry built from a title
# ("Canada's agriculture minister" -> "Canada's Ministry of Agriculture") that the registry lacks and the
# article never names is the national government (the annotation convention); a body the article does
# name with the title's area ("Trade, Industry and Competition Minister X" and, later, "the Department of
# Trade, Industry and Competition") is that body.
_BUILT_MINISTRY = re.compile(r"^(?P<country>[A-Z][\w. ]*?)['’]s?\s+(?:Federal\s+)?Ministry\s+(?:of|for)\s+(?P<area>.+)$")
_NAMED_BODY = re.compile(r"\b(?:(?:[A-Z][\w.]*\s+){1,3}?['’]s?\s+)?(?:Federal\s+)?(?:Ministry|Department)\s+(?:of|for)\s+"
                         r"(?:the\s+)?[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+of\s+|\s+for\s+|\s+)[A-Z][\w’'-]*){0,6}")


def _owner_country(before: str) -> str | None:
    """The country of a possessive right before a body's name: "... Malaysia's " -> "MY"."""
    owner = re.search(r"([A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*){0,2})['’]s?\s+(?:[Ff]ederal\s+)?$", before)
    if not owner:
        return None
    words = owner.group(1).lower().split()
    return next((COUNTRIES[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in COUNTRIES), None)


def _names_own_ministry(low: str, name: str, code: str) -> bool:
    """Round 8: the article names this country's ministry of the area; "China's Ministry of Education" does
    not name South Korea's."""
    for m in re.finditer(re.escape(name), low):
        if _owner_country(low[max(0, m.start() - 40):m.start()]) in (None, code):
            return True
    return False


def is_built_ministry(organization: str | None) -> bool:
    """The name is one the extractor built from a minister's title ("Slovenia's Ministry of Infrastructure")."""
    return bool(_BUILT_MINISTRY.match(organization or ""))


def minister_body(registry: Registry, text: str, organization: str | None, home: str | None
                  ) -> tuple[str, str | None] | None:
    """The body a minister built into `organization` belongs to, once the whole `text` is known: a body the
    article names with the same area, else the registry's national government. None to keep it."""
    m = _BUILT_MINISTRY.match(organization or "")
    if not m or registry.org(organization or ""):
        return None
    code = COUNTRIES.get(m.group("country").lower())
    if not code:
        return None
    areas = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group("area")) if w.lower() not in ("and", "of", "the")]
    low = text.lower()
    if _names_own_ministry(low, "ministry of " + m.group("area").lower(), code) or \
            any(re.search(r"\b" + a + r"\s+ministry\b", low) for a in areas):
        return None  # the article names the ministry itself
    named = named_body(registry, text, areas, code)
    if named:
        return named[0], named[1] or home or code
    body = government_of(registry, code)
    return (body[0], body[1]) if body else None  # session 5: an unregistered government too ("Romanian government")


def unnamed_ministry(registry: Registry, text: str, organization: str | None, speaker: str | None,
                     title: str | None) -> tuple[str, str] | None:
    """Round 9: "Hungary's foreign minister, X": the registry ministry the title points to, when the article
    never names that ministry (no alias of it, no "the <area> ministry", no "the ministry"), is the national
    government (the annotation convention, as `minister_body` does for built names). A person the registry
    knows keeps the registry's body. None to keep `organization`."""
    org = registry.org(organization or "")
    if not org or org.kind != "ministry" or not org.country or not title or title.split()[-1] != "minister" or \
            (speaker and registry.person(speaker)):
        return None
    if any(o.canonical == org.canonical for _s, _e, o in registry.find_orgs(text)):
        return None  # the article names the ministry itself ("Hungary's Foreign Ministry said")
    areas = [w for w in title.lower().split()[:-1] if w not in ("deputy", "vice", "federal", "state", "junior")]
    low = text.lower()
    if re.search(r"\bthe\s+(?:" + "|".join(re.escape(a) + r"\s+" for a in areas) + r")?ministry\b", low) if areas \
            else re.search(r"\bthe\s+ministry\b", low):
        return None  # "the trade ministry said", "the ministry said"
    body = national_government(registry, f"{country_name(org.country)} government") if country_name(org.country) \
        else None
    return (body[0], body[1]) if body and registry.org(body[0]) else None


def named_body(registry: Registry, text: str, areas: list[str], code: str | None = None
               ) -> tuple[str, str | None] | None:
    """A "Ministry/Department of ..." the article names whose name holds all the `areas` words, with its
    country when the registry or the name's possessive gives one. With `code`, not another country's
    (round 8: "Malaysia's Ministry of Higher Education" is no body for South Korea's minister)."""
    for b in _NAMED_BODY.finditer(text) if areas else ():
        name = b.group(0).strip()
        if code and _owner_country(text[max(0, b.start() - 40):b.start()]) not in (None, code):
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", name[name.find(" of ") if " of " in name else 0:])}
        # round 8: an area matches by its stem: "economics minister", "Ministry of Economic Affairs"
        if all(a in words or any(w[:5] == a[:5] for w in words if len(a) >= 5) for a in areas):
            owner = re.match(r"(.+?)['’]s?\s", name) if re.search(r"['’]s?\s+(?:Federal\s+)?(?:Ministry|Department)",
                                                                  name) else None
            before = _owner_country(text[max(0, b.start() - 40):b.start()]) if not owner else None
            if before:  # round 8: "Taiwan's Ministry of Economic Affairs", the possessive outside the match
                name = with_country(registry, name, before)
            known = registry.org(name)
            if known:
                return known.canonical, known.country
            return name, (place_country(owner.group(1)) if owner else before)
    return None


_AREA_TITLE = re.compile(r"((?:[A-Z][a-z]+,?\s+(?:and\s+)?){1,3})(?:Secretary|Minister)\s+")


def title_areas(text: str, speaker: str) -> list[str]:
    """Round 7: the areas of "Tourism Secretary X", "Trade and Industry Minister X" where the speaker is named."""
    i = text.find(speaker)
    if i < 0:
        return []
    m = None
    for m in _AREA_TITLE.finditer(text, max(0, i - 80), i):
        pass
    if not m or text[m.end():i].strip(" .") and not re.fullmatch(r"(?:[A-Z][\w]*\.?\s+){0,2}", text[m.end():i]):
        return []
    return [w.lower().strip(",") for w in m.group(1).split() if w.lower().strip(",") in MINISTRY_AREAS]


_POSSESSIVE_OWNER = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+$")


def owned_elsewhere(registry: Registry, text: str, s: int, e: int) -> bool:
    """Session 13: a national body's alias written in lower case after another place's possessive
    ("Guangdong's commerce department"): that place's body, not the registry's."""
    owner = _POSSESSIVE_OWNER.search(text[max(0, s - 30):s])
    org = registry.org(text[s:e])
    code = place_country(owner.group(1)) if owner else None
    return bool(org and code and org.country and code != org.country and text[s:e][:1].islower())
