"""Where an organization is from: country cues in the words around its name.

"the French retailer X", "X, a Pennsylvania-based maker", "Taiwan's X",
"Hamburg-based X", and the dateline ("DEBRECEN, Hungary, March 4 (Tradewire) -").
``org_home`` weighs them for an unregistered organization, then weaker cues:
the legal form ("AB"), "X in Singapore", "X ... said the German carmaker".
The word lists are ``COUNTRIES``, ``CITIES`` and ``US_PLACES`` in ``vocab.py``.
Limits: a cue must sit right next to a mention of the name; a unit adjective
("Hanshan's European chief executive") is not a cue, which is why callers
prefer the organization's own country to a country word in the subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import BASED_MIN_POPULATION, MAJOR_CITY_POPULATION, country_named, gazetteer_country, other_name_country
from .vocab import UPPER, AP_STATES, UNAMBIGUOUS_LEGAL_FORMS, LEGAL_FORM_PREFIXES, CITIES, COUNTRIES, LEGAL_FORM_COUNTRIES, ORG_ANAPHORS, ORG_NOUNS, PLACE_HEADS, SURNAME_PLACE_HEADS, US_PLACES

BASED = re.compile(r"((?:[A-ZÀ-ÞĀ-ž][\w.]*\s+){0,2}[A-ZÀ-ÞĀ-ž][\w.]*)-(?:based|headquartered)\b")
OWNED = re.compile(r"([A-ZÀ-ÞĀ-ž][\w.]*)-owned\b")  # round 9: "Chinese-owned Sino Copper said": in a subject only
ORG_NOUNS_LOWER = ORG_NOUNS | frozenset("brokerage consultancy consultant bank broker winery brewery distillery "
                                        "vineyard".split())
COUNTRY_KEYS: dict[str, list[str]] = {}
for key_, code_ in COUNTRIES.items():
    COUNTRY_KEYS.setdefault(code_, []).append(key_)
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]+)(?:/[A-Z][A-Z .'-]+)?,(?:\s+([A-Z][\w ]+),)?\s+(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z][a-z]+\b)",
                       re.M)  # session 10: "4 May", "SALZBURG/BISCHOFSHOFEN, 3 February"
_POSS = re.compile(r"['’]s?$")
_DEMONYM_ANAPHOR = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:" + "|".join(
    k for k, v in ORG_ANAPHORS.items() if v == "company") + r")\b")


# "ZWICKAU, Germany — At the gate ...": a feature's dateline, a city and its country, with no date
_DATELINE_NO_DATE = re.compile(r"^([A-Z][A-Z .'-]+[A-Z]),\s+([A-Z][\w ]+?)\.?\s+(?:--|[—–-])\s", re.M)  # "Calif." too
# "BRNO — When the institute ...": the city alone before a dash, its country from the gazetteer
_DATELINE_CITY_LINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z.']+(?: [A-Z][A-Z.']+){0,2}) (?:--|[—–-]) ")  # "ADDIS ABABA - " too
_DATELINE_CITY = re.compile(r"^([A-Z][A-Z.']+(?: [A-Z][A-Z.']+){0,2}) (?:--|[—–-]) ")  # session 8: "--" too


_OF_PLACE = re.compile(r"^(?:University|Bank|Port|Chamber\s+of\s+Commerce|National\s+Bank|Central\s+Bank|Government|"
                       r"Republic|Parliament|Ministry\s+of\s+\w+)\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")
_LOCAL_BODY_NAME = re.compile(r"(?:The\s+)?(" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[\w’'-]*){0,2})\s+(?:Regional|City|Town|"
                              r"County|Municipal|District|Borough|Provincial)\s+(?:Council|Government|Assembly)"
                              r"|(?:The\s+)?(" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[\w’'-]*){0,2})\s+(?:Prefecture|"
                              r"Municipality)")


# Session 8: legal forms used in several countries: the dateline's country wins when it is one of them
_SHARED_FORMS = {**{f: ("DE", "AT", "CH", "LI") for f in ("ag", "gmbh", "kg", "kgaa")},
                 "plc": ("GB", "IE", "NG", "GH", "KE", "ZA", "IN", "LK", "CY", "MT", "UG", "ZM", "TZ")}
_ROMANCE_FORMS = frozenset("sa s.a. s.a srl s.r.l. sl s.l. lda ltda sarl sas spa s.p.a. sapi s.a.s.".split())


def dateline_country(text: str) -> str | None:
    """The country of the dateline city: "SEOUL, Sept 14 (Pacific Ledger) -" -> KR."""
    m = _DATELINE.search(text[:600]) or _DATELINE_NO_DATE.search(text[:600])
    if m:
        if m.group(2) and (m.group(2).strip().lower() + ".") in AP_STATES:  # session 8: "PORT VANCE, Pa. - "
            return "US"
        return place_country(m.group(2) or "") or based_country(m.group(1))
    # (session 8: a dateline's city is a place by its position: towns of 15,000 people count, "VISEU --")
    m = _DATELINE_CITY.match(text.lstrip()[:80])
    if m:
        return based_country(m.group(1))
    # round 7: a headline line first, then "SEOUL — ..." opening the first paragraph
    m = _DATELINE_CITY_LINE.search(text[:600])
    if m:
        return based_country(m.group(1))
    m = _DATELINE_ACCENTED.search(text[:600])  # session 9: "SÃO PAULO, Nov 6 — ", "BOGOTÁ — "
    if m:
        return based_country(" ".join(w.capitalize() for w in m.group(1).split()))
    m = _BYLINE_IN.search(text[:400])  # session 9: no dateline, "By Mutale Banda in Kitwe"
    return based_country(m.group(1)) if m else None


_BYLINE_IN = re.compile(r"(?:^|\n)[ \t]*By\s+[A-Z][^\n,]{1,40}?\s+in\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[ \t]*(?:\n|$)")


def dateline_place(text: str) -> str | None:
    """Session 8: the dateline's city as a name ("SALTA - " -> "Salta", "CLAVER, Surigao del Norte — " -> "Claver"),
    read by the same patterns as `dateline_country`."""
    m = _DATELINE.search(text[:600]) or _DATELINE_NO_DATE.search(text[:600]) or \
        _DATELINE_CITY.match(text.lstrip()[:80]) or _DATELINE_CITY_LINE.search(text[:600]) or \
        _DATELINE_ACCENTED.search(text[:600])
    return " ".join(w.capitalize() for w in m.group(1).split()) if m else None


# the dateline patterns above read ASCII capitals; a town written with accents ("NYÍREGYHÁZA — ") by this one
_DATELINE_ACCENTED = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2})(?:,[^\n]{0,40}?)?"
                                r"[ \t]+(?:--|[-—–])[ \t]")


def place_country(place: str) -> str | None:
    """ISO code of a country, city or US state name: "Ohio" -> US, "Hamburg" -> DE; the hand-written
    lists first, then the package gazetteer (``gazetteer.py``)."""
    low = place.strip().lower()
    for cand in (low, " ".join(low.split()[-2:]), low.split()[-1] if low else "",
                 low.split()[0] if low.endswith(" city") else ""):  # "Mexico City"
        if cand in CITIES:
            return CITIES[cand]
        if cand in US_PLACES:
            return "US"
        if cand in COUNTRIES:
            return COUNTRIES[cand]
    return gazetteer_country(place) or country_named(place.strip())  # the package gazetteer: "Saskatoon", "Ogun
    # State"; the whole phrase only; session 8: then a country's own name the hand lists lack ("Zimbabwe")


def based_country(place: str) -> str | None:
    """The country of the X in "X-based": as `place_country`, then the gazetteer's towns of 15,000 people and
    more, since "-based" already says X is a place ("the Esbjerg-based maker")."""
    return place_country(place) or gazetteer_country(place, BASED_MIN_POPULATION) or other_name_country(place)


def country_cue(phrase: str) -> str | None:
    for w in re.findall(r"[\w.]+", phrase):
        c = COUNTRIES.get(_POSS.sub("", w).lower().rstrip("."))
        if c:
            return c
    return None


_OWNED_RIGHT_BEFORE = re.compile(r"([A-Z][\w.]*)-owned\s+$")
_DEMONYM_NOUN_COMMA = re.compile(r"\b(?:its|their|the|an?)\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+),\s+$")


def country_before(before: str) -> str | None:
    """Country stated just before an organization's name: "the French retailer", "Ohio-based", "Taiwan's"."""
    before = re.split(r"\n|(?<=[a-z]{2}[.!?])\s+(?=[A-Z])", before)[-1]  # not across a sentence or a headline
    m = re.search(r"([\w.]+(?:\s+[\w.]+)?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}$", before)  # "The Philippines' X"
    if m:
        for cand in (m.group(1), m.group(1).split()[-1]):
            if cand.lower() in COUNTRIES:
                return COUNTRIES[cand.lower()]
    m = BASED.search(before[-60:])
    if m and re.fullmatch(r"(?:\s+[\w-]+){0,3}\s*", before[-60:][m.end():]):
        return based_country(m.group(1))
    m = _OWNED_RIGHT_BEFORE.search(before)  # round 9: "Chinese-owned X", right before the name
    if m and place_country(m.group(1)):
        return place_country(m.group(1))
    m = _DEMONYM_NOUN_COMMA.search(before)  # round 9: "from its Chinese operator, X"
    if m and m.group(2) in ORG_NOUNS_LOWER and m.group(1).lower() in COUNTRIES:
        return COUNTRIES[m.group(1).lower()]
    m = re.search(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){1,6})$", before, flags=re.I)
    if m and _CLAUSE_WORD.search(m.group(1)):
        m = None  # round 8: "a Japanese equipment maker that supplies both X": the country is the maker's
    if m:  # "the Swedish maker of heat pumps"
        for w in m.group(1).split():
            if w[:1].isupper() and w.lower() in COUNTRIES:
                return COUNTRIES[w.lower()]
    # "the German carmaker", "Chinese battery maker": a country adjective and up to four lower-case nouns
    m = re.search(r"(?:^|[\s(-])([A-Z][\w]*(?:\s+[A-Z][\w]*)?)((?:\s+[a-z][\w-]*){1,4})\s+$", before)
    if m and not re.search(r"\b(?:in|to|from|at|on|of|by|and|with|for)\b", m.group(2)):
        noun = m.group(2).split()[-1]  # session 6: "can China save Michoacán's": a verb after the country
        for cand in (m.group(1), m.group(1).split()[-1]):
            if cand.lower() in COUNTRIES and (noun in ORG_NOUNS_LOWER or re.search(r"(?:er|or|ist|ant|ent)s?$", noun)):
                return COUNTRIES[cand.lower()]
        # "the Lima consultancy", "the Grand Rapids investment firm": a city or state before the noun
        if m.group(2).split()[-1] in ORG_NOUNS_LOWER:
            return place_country(m.group(1))
    return None


# Round 8: country words that open only an institution's name, never a phrase ("Hellenic Parliament")
NAME_DEMONYMS = {"hellenic": "GR", "helvetic": "CH", "lusitanian": "PT", "nipponese": "JP", "gallic": "FR"}
_APPOSITIVE_IN = re.compile(r"(?:['’]s)?,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,4}?in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
                            r"(?=[,.;]|\s+(?:and|that|which|who)\b)")
_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|at|from|near)\s+$")
_NOT_PLACE_END = re.compile(r"[\w’'-]|\s+[A-Z]")


def _used_as_place(text: str, word: str) -> bool:
    """Round 8: `word` stands alone after "in", "at", "from" or "near" somewhere in the text ("In Piraeus, ...")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _PLACE_PREPOSITION.search(text, max(0, at - 6), at) and not _NOT_PLACE_END.match(text, end):
            return True
        at = text.find(word, end)
    return False


_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whose|both|and|or|but|than|is|are|was|were|there)\s", re.I)  # session 6:
# "the Chinese mines there is no Kafue Copper": a clause, not "the Swedish maker of heat pumps X"
# Round 8: "X, one of Greece's larger owners", "X, among Chile's biggest miners"
_ONE_OF_THE = re.compile(r"(?:['’]s)?,\s+(?:one|two|three|four|some|several|many|each|all)\s+of\s+the\s+"
                         r"(?:[a-z\d][\w-]*\s+){0,2}([A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[,.]")
_ONE_OF = re.compile(r"(?:['’]s)?,\s+(?:one\s+of|among|part\s+of|a\s+(?:unit|division|subsidiary)\s+of|an\s+arm\s+of)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s")


# Round 9: "X, which is headquartered in Singapore but ...", "X, the marketplace founded in Guangzhou and now
# headquartered in Singapore": where the firm is based, stated in its own appositive or relative clause, wins
_HEADQUARTERED = re.compile(r"(?:['’]s)?,\s+(?:which\s+is\s+|(?:an?|the)\s+[^,.;:“\"]{0,70}?\s)?(?:now\s+)?"
                            r"(?:headquartered|based)\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# round 10: "X, which is listed in Perth": where its shares trade, a weak cue like the founding city
_FOUNDED_IN = re.compile(r"(?:['’]s)?,\s+(?:which\s+(?:was|is)\s+|(?:an?|the)\s+[^,.;:“\"]{0,50}?\s)?(?:founded|established|"
                         r"set\s+up|started|listed)\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def country_after(after: str) -> str | None:
    """An appositive right after the name: "X, a Pennsylvania-based maker", "X, the Swedish retailer"."""
    based = _HEADQUARTERED.match(after)
    if based and place_country(based.group(1)):
        return place_country(based.group(1))
    few = _ONE_OF_THE.match(after)  # session 6: "X, one of the three Chinese signatories,"
    if few and few.group(1).lower() in COUNTRIES:
        return COUNTRIES[few.group(1).lower()]
    one = _ONE_OF.match(after)
    if one:
        for cand in (one.group(1), one.group(1).split()[-1]):
            if cand.lower() in COUNTRIES:
                return COUNTRIES[cand.lower()]
    m = re.match(r"(?:['’]s)?,\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)", after)  # "the fast-growing Turkish carrier"
    if not m:
        founded = _FOUNDED_IN.match(after)  # round 9: "X, which was founded in Guangzhou,"
        return place_country(founded.group(1)) if founded else None
    for w in m.group(1).split():
        b = BASED.match(w)
        if b:
            return based_country(b.group(1))
        if w[:1].isupper() and w.lower() in COUNTRIES:
            return COUNTRIES[w.lower()]
    where = _APPOSITIVE_IN.match(after)  # round 8: "X, a public university in Johor,"
    if where:
        return place_country(where.group(1))
    founded = _FOUNDED_IN.match(after)  # round 9: "X, which was founded in Guangzhou," (weaker than the above)
    return place_country(founded.group(1)) if founded else None


def place_after(after: str) -> str | None:
    """A place right after the name, a weaker cue: "an analyst at Harborview Securities in Singapore"."""
    m = re.match(r"\s+in\s+([A-Z]\w*(?: [A-Z]\w*)?)(?!\w)", after)
    return place_country(m.group(1)) if m else None


def _occurrences(text: str, needle: str) -> list[int]:
    """Every start of `needle` in `text` (overlaps allowed, as a regex finditer would not need)."""
    out, at = [], text.find(needle)
    while at >= 0 and needle:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out


def _word_occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of `word` standing alone: no letter, digit, "_" or "-" on either side."""
    out = []
    for at in _occurrences(text, word):
        end = at + len(word)
        if (at == 0 or not _WORD_EDGE.match(text[at - 1])) and (end == len(text) or not _WORD_EDGE.match(text[end])):
            out.append((at, end))
    return out


_WORD_EDGE = re.compile(r"[\w-]")


# Session 11: a place named after one of these is no person and no body ("who farms near Story City")
PLACE_PREPOSITION_END = re.compile(r"\b(?:near|outside|around|across|in|on)\s+$")
_BASED_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+(" + UPPER + r"[\w.]*(?:\s+" + UPPER + r"[\w.]*)?)-(?:based|headquartered)\b")


def legal_form_country(name: str) -> str | None:
    """The country of a legal form used in one country only, closing the name: "Metsäkone Oyj", "Straits
    Meridian Lines Pte Ltd" (session 11: the form before a closing "Ltd"), "Lusitânia Energia, SGPS, S.A."."""
    words = [w.strip(",").lower() for w in name.split()]
    for form in words[-3:][::-1] if len(words) > 1 else ():
        if form in UNAMBIGUOUS_LEGAL_FORMS:
            return LEGAL_FORM_COUNTRIES[form]
        if form not in ("ltd", "ltd.", "s.a.", "sa", "limited"):
            return None
    return None


_SAID = re.compile(r"\s(?:said|says|announced|reported|told)\b")
_AFTER_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]+(?:,[^\n—–]{0,40})?\s+[—–-]{1,2}\s+(?:The\s+)?$")


def org_home(text: str, org_name: str) -> str | None:
    """Where an unregistered organization is from, by the cues around its mentions in `text`: a city or
    country word opening the name, "the German carmaker X", "X, a Pennsylvania-based maker", the legal form
    ("AB"), "X in Singapore", "X ... said the German carmaker would"; strongest first."""
    first = org_name.split()[0].lower()
    if len(org_name.split()) > 1 and first in LEGAL_FORM_PREFIXES:  # session 5: "PT Nusantara Baterai Mineral"
        return LEGAL_FORM_PREFIXES[first]
    form = legal_form_country(org_name)
    if form:  # session 6: "Metsäkone Oyj" is Finnish, whatever a headline says near its short name
        return form
    if re.fullmatch(r"(?:" + UPPER + r"[\w’'-]+\s+){1,2}(?:Prefecture|Province|State|Region|County|Municipality)", org_name):
        code = place_country(org_name)  # round 7: "Shizuoka Prefecture", "Ogun State": the place's country
        if code:
            return code
    unit = _US_UNIT.fullmatch(org_name)
    if unit and place_country(unit.group(1)) in (None, "US", "GB") and _names_us_state(text):
        return "US"  # session 9: "Iberville Parish", "Plymouth County" in a story that names a US state (an English
        # town's name is a US county's too)
    inside = _OF_PLACE.search(org_name)  # session 8: "University of Zimbabwe", "Bank of Ghana": the place the name
    if inside:  # holds, before any country the sentences around it name
        code = place_country(inside.group(1)) or place_country(inside.group(1).split()[0])
        if code:
            return code
    local = _LOCAL_BODY_NAME.fullmatch(org_name)
    if local:  # session 8: "Karlovy Vary Regional Council": the place the body governs, a town of 15,000 or more
        code = based_country(local.group(1) or local.group(2))
        if code:
            return code
    based = _BASED_APPOSITIVE.match(text, text.find(org_name) + len(org_name)) if org_name in text else None
    if based and place_country(based.group(1)):  # session 11: "Hanover Street Securities, the London-based
        return place_country(based.group(1))  # brokerage": the place it says, not a city opening the name
    if len(org_name.split()) > 1 and first in CITIES:  # "Shenzhen Tengfei Precision Co."
        return CITIES[first]
    two = " ".join(org_name.split()[:2]).lower()
    if len(org_name.split()) > 2 and two in CITIES:  # session 11: "Addis Ababa University", "Buenos Aires Grain
        return CITIES[two]  # Exchange": a city of two words opening the name
    if len(org_name.split()) > 1 and first in US_PLACES:  # "Michigan Economic Development Corp."
        return "US"
    if len(org_name.split()) > 1 and first in NAME_DEMONYMS:  # round 8: "Hellenic Parliament"
        return NAME_DEMONYMS[first]
    opener = COUNTRIES.get(first) or country_named(org_name.split()[0])  # session 6: "Azerbaijan Caspian Shipping"
    if len(org_name.split()) > 1 and opener:  # "Indian Bulk Drug Makers Federation"
        cue = country_after(text[text.find(org_name) + len(org_name):][:80])
        return cue or opener
    at = text.find(org_name)
    lede = at > 0 and _AFTER_DATELINE.search(text, max(0, at - 60), at) is not None and dateline_country(text)
    for form in dict.fromkeys((org_name, org_name.split()[0])):  # the full name, then its first word
        for i, end in _word_occurrences(text, form):  # round 9: string search, no pattern built per name
            after = text[end:end + 120]
            said = _SAID.search(after) if lede and i == at else None
            if said:  # session 12: "ULSAN — Taehwa Heavy Industries Co. said ... away from Chinese yards": what the
                after = after[:said.start()]  # firm the dateline opens with says names no home of its
            code = country_before(text[max(0, i - 80):i]) or country_after(after) or \
                the_country(text, i, end)
            if code:
                return code
    if len(org_name.split()) > 1 and _used_as_place(text, org_name.split()[0]):
        code = place_country(org_name.split()[0])  # round 8: "Piraeus Maritime Research" in a story "in Piraeus"
        if code:
            return code
    major = gazetteer_country(org_name.split()[0], MAJOR_CITY_POPULATION) if len(org_name.split()) > 2 else None
    if major and names_country(text, major):  # session 6: "Xi'an International Inland Port", "Michoacán Avocado
        return major  # Exporters Council": a city of a million or a province opening a longer name, in a country the
        # story names ("Sinop" is also a Turkish province, "Gulf" a Papuan one); a smaller town must be used as a
        # place in the story (below: "Piraeus Harbour Research")
    if re.match(r"Sino[- ][A-Z]", org_name):  # round 9: "Sino-Luangwa Mining": a Chinese-owned firm's name
        return "CN"
    if lede:
        return lede  # session 12: the firm the dateline's sentence opens with, no other cue: the dateline's country
    form = org_name.split()[-1].lower() if len(org_name.split()) > 1 else ""
    shared = _SHARED_FORMS.get(form)
    home = dateline_country(text) if shared or form in _ROMANCE_FORMS else None
    if home and (home in (shared or ()) or form in _ROMANCE_FORMS):
        return home  # session 8: an "AG" datelined Vienna is Austrian, a "Plc" datelined Lagos Nigerian, an "SA"
        # datelined Viseu Portuguese
    if shared and not home:
        named = _places_named(text, frozenset(shared))
        if named:  # session 9: an "AG" in a story datelined in a small Swiss town, naming Zurich and St. Gallen
            return named
    legal = LEGAL_FORM_COUNTRIES.get(form)
    if legal:  # "Norrland Steel AB"
        return legal
    ends = [at + len(org_name) for at in _occurrences(text, org_name)]
    home_place = dateline_place(text)
    for end in ends:  # "X in Singapore"
        if home_place and re.match(r"\s+in\s+" + re.escape(home_place) + r"\b", text[end:end + 60], re.I):
            code = dateline_country(text)  # session 9: "X in Santa Maria da Feira", the dateline's town (not
            if code:  # Brazil's Santa Maria)
                return code
        code = place_after(text[end:end + 40])
        if code:
            return code
    for end in ends:  # "X ... said the German carmaker would ..."
        later = _DEMONYM_ANAPHOR.search(text, end, end + 160)
        if later and later.group(1).lower() in COUNTRIES:
            return COUNTRIES[later.group(1).lower()]
    return None


_US_UNIT = re.compile(r"(" + UPPER + r"[\w’'.-]*(?:\s+" + UPPER + r"[\w’'.-]*)?)\s+(?:Parish|Township|County)"
                      r"(?:\s+(?:Council|Board|Commission|Government|Board\s+of\s+(?:Supervisors|Commissioners|Trustees)))?")


@lru_cache(maxsize=4)
def _us_states_named(text: str) -> dict[str, int]:
    """Session 9: how often the text names each US state ("Louisiana", "New Mexico"), in title case; one pass per
    article, shared by the rules that ask."""
    words = re.findall(r"\b[A-Z][a-z]+\b", text)
    counts: dict[str, int] = {}
    for a, b in zip(words, [*words[1:], ""]):
        for name in (f"{a} {b}", a):
            if name.lower() in US_PLACES:
                counts[name] = counts.get(name, 0) + 1
                break
    return counts


def _names_us_state(text: str) -> bool:
    """The text names a US state; "Georgia" counts only beside another US cue."""
    return any(name != "Georgia" for name in _us_states_named(text))


def us_state_named_most(text: str) -> str | None:
    """Session 9: the US state a story names most often ("Arkansas"), in title case; None when none is named."""
    counts = _us_states_named(text)
    return max(counts, key=counts.get) if counts else None  # type: ignore[arg-type]


def _places_named(text: str, codes: frozenset[str]) -> str | None:
    """The one country of `codes` whose places or name the text mentions most often, if it leads clearly."""
    counts: dict[str, int] = {}
    for w in re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-Z][a-z]+)?\b", text):
        code = place_country(w) or COUNTRIES.get(w.lower())
        if code in codes:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def names_country(text: str, code: str) -> bool:
    """The text names the country `code` by a name or an adjective ("Mexico", "Mexican")."""
    return code in _countries_named(text)


@lru_cache(maxsize=4)
def _countries_named(text: str) -> frozenset[str]:
    """The countries a text names by a capitalised name or adjective, computed once per article."""
    words = set(re.findall(r"\b" + UPPER + r"[\w’'-]+", text))
    return frozenset(c for c in (COUNTRIES.get(w.lower()) or country_named(w) for w in words) if c)


# Round 7: "In Sweden, X, one of the country's largest universities, ...": the country named before
_THE_COUNTRY = re.compile(r"(?:['’]s)?,\s+(?:(?:an?|the|one)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?the\s+(?:country|nation)['’]s\s")


def the_country(text: str, start: int, end: int) -> str | None:
    """The country an appositive's "the country's" refers to: the last one named in the same paragraph
    before the name at `start`..`end`, outside quotes."""
    if not _THE_COUNTRY.match(text, end, end + 80):
        return None
    return paragraph_country(text, text.rfind("\n", 0, start) + 1, start)


REGION_NAMED = re.compile(r"\b(?P<k1>province|state|city|region|prefecture)\s+of\s+(?P<n1>[A-Z][\w-]+)|"
                           r"\b(?P<n2>[A-Z][\w-]+)\s+(?P<k2>[Pp]rovince|[Ss]tate|[Cc]ity|[Rr]egion|[Pp]refecture)\b|"
                           r"\b(?P<n3>[A-Z][\w-]+)\s+(?:[Vv]ice\s+|[Dd]eputy\s+)?[Gg]overnor\b")


def last_region(text: str, kind: str, start: int) -> str | None:
    """The province, state or city named last before `start` ("the eastern province of Jiangsu",
    "Jiangsu Vice Governor X"), for "the province's commerce department"."""
    found = None
    for m in REGION_NAMED.finditer(text, 0, start):
        k = (m.group("k1") or m.group("k2") or "").lower()
        if k == kind or (m.group("n3") and kind in ("province", "state")):
            name = m.group("n1") or m.group("n2") or m.group("n3")
            found = name if place_country(name) else found
    return found


def paragraph_country(text: str, p0: int, start: int) -> str | None:
    """The country named last between `p0` (its paragraph's start) and `start`, outside quotes: "Vietnam is
    happy to oblige. The Ministry of Industry and Trade said ..." """
    before = text[p0:start] if p0 <= start else ""
    before = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", before)
    found = None
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", before):
        code = COUNTRIES.get(m.group(0).lower()) or COUNTRIES.get(m.group(0).split()[0].lower()) or \
            COUNTRIES.get(m.group(0).split()[-1].lower())  # "In Sweden"
        found = code if code and code != "EU" else found
    return found


def building_name(phrase: str, text: str) -> bool:
    """Round 10: a building's or a square's name, never a person: "Memorial Hall" in "the meeting in the Memorial
    Hall", "Tiananmen Square". A last word that is also a surname ("Jo Park", "Stuart Hall") counts only when
    the article writes the phrase after "the" and never without it."""
    phrase = phrase.rstrip(".,;:!?")  # "the meeting in the Memorial Hall."
    words = phrase.split()
    if len(words) >= 2 and text.find(f"the {phrase} building") >= 0:  # session 10: "in the Justus Lipsius building"
        return True
    if len(words) < 2 or words[-1] not in PLACE_HEADS:
        return False
    if words[-1] not in SURNAME_PLACE_HEADS:
        return True
    hits = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text)]
    return bool(hits) and all(re.search(r"\b[Tt]he\s+$", text[max(0, h - 5):h]) for h in hits)
