"""Names inside a subject phrase: runs of capitalised words, the title word, organization names by form.

``name_runs`` splits "Prairie Gold Cooperative's Tom Hendricks" into runs and
notes what surrounds each (a possessive, a title after it, a preposition, an
article or an organization noun before it), so that ``sources.py`` can tell
people from organizations. Particles stay in a name ("Parques del Norte", "Le
Thi Hoa", "Anna von der Brink"). ``unregistered_org`` finds the widest name
around an organization word ("Inc.", "Ministry of X", "Institution for Y").
Limits: the cues are local; a two-word company with none of them reads as a
person, and a word that is also a title word ("Treasury") does not open a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .gazetteer import gazetteer_country
from .places import country_before, place_country
from .vocab import UPPER, CITIES, ORG_FIRST_WORDS, COUNTRIES, MINISTRY_AREAS, NAME_AREAS, NOT_NAMES, ORG_NOUNS, ORG_SUFFIXES, TITLES, US_PLACES, ORG_SUFFIX_WORDS, TITLE_WORDS

PARTICLES = frozenset("de del della di da do dos das du des van von der den la le y al bin binti bint ibn dela delos "
                      "delas".split())  # session 8: Filipino "Dela Paz", "Delos Santos"
_ELIDED = re.compile(r"^[dl]['’]" + UPPER)  # "Institut Breton d'Économie Agricole", "Banque de l'Est"
CONNECTORS = frozenset("of for and the at from in on an a al".split()) | PARTICLES
CAP = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w’'.&-]*$|^[A-Z]{2,}[\w’'.-]*$")
POSS = re.compile(r"['’]s?$")
_PREPOSITIONS = frozenset("of at for with from by".split())
_TITLE_HEADS = frozenset(t.split()[-1] for t in TITLES)  # "minister", not "industry" of "industry minister"
_AREA_LINKS = frozenset("and affairs higher national public".split())
_SUFFIX_BARE = ORG_SUFFIX_WORDS


@dataclass
class _Run:
    """A run of capitalised words in a subject phrase, with what surrounds it."""

    words: list[str]
    possessive: bool = False  # "Prairie Gold Cooperative's"
    before_title: bool = False  # "Seoha chief executive"
    after_preposition: bool = False  # "analyst at Kaede Research"
    after_org_noun: bool = False  # "the French retailer Maison Clair"
    after_title: bool = False  # "chief executive of the Swedish maker of heat pumps Norrvik"
    after_article: bool = False  # "A Daeil spokesman": before a title, the organization
    honorific: bool = False  # session 5: "Ms Kennedy": a person, even where a town has the name


def _country_words_inside_names(words: list[str]) -> set[int]:
    """Session 6: country words that open a body's name after "the" ("of the Aotearoa China Business Forum"):
    their positions, when only capitalised words follow them up to a body's head noun."""
    inside: set[int] = set()
    for i in range(1, len(words)):  # session 7: "Universitas Indonesia", "Universidad de Chile": after a body's
        opener = words[i - 2] if i >= 2 and words[i - 1].lower() in PARTICLES else words[i - 1]  # opening word
        if opener[:1].isupper() and POSS.sub("", opener.strip(",")).lower() in ORG_FIRST_WORDS and \
                POSS.sub("", words[i].strip(",")).lower() in COUNTRIES:
            inside.add(i)
    for i in range(1, len(words)):
        if words[i - 1].lower() != "the" or words[i].strip(",").lower() not in COUNTRIES or words[i].endswith(","):
            continue
        for k in range(i + 1, min(len(words), i + 6)):
            if not words[k][:1].isupper():
                break
            head = POSS.sub("", words[k].strip(",.")).lower()
            if head in GENERIC_ORG_HEADS or head[:-1] in GENERIC_ORG_HEADS:
                inside.update(j for j in range(i, k) if words[j].strip(",").lower() in COUNTRIES)
                break
            if words[k].endswith(","):
                break
    for i in range(1, len(words)):  # session 13: "Universities UK said", "IDA Ireland, the state's agency": a
        w, prev = words[i].rstrip(",.;:"), POSS.sub("", words[i - 1])  # country's name ending a body's name
        if POSS.sub("", w).lower() not in _NAME_END_COUNTRIES or not prev[:1].isupper() or \
                prev.lower() in TITLE_WORDS or prev.lower() in COUNTRIES or prev.lower() in CITIES or \
                place_country(prev) or words[i - 1].endswith((",", "'s", "’s")) or \
                (i + 1 < len(words) and words[i + 1][:1].isupper()):
            continue
        j = i - 1
        while j > 0 and words[j - 1][:1].isupper() and not words[j - 1].endswith((",", "'s", "’s")):
            j -= 1
        if country_ended_body([*words[j:i], w]):
            inside.add(i)
    return inside


_NAME_END_COUNTRIES = frozenset("""uk ireland canada australia india japan germany france italy spain sweden norway
finland denmark brazil mexico singapore malaysia indonesia vietnam korea taiwan thailand poland chile peru kenya
nigeria ghana egypt turkey greece portugal austria switzerland belgium hungary romania argentina colombia
philippines pakistan""".split())


def country_ended_body(words: list[str]) -> bool:
    """Session 13: a run that is a body's name ending in its country ("Universities UK", "IDA Ireland", "Export
    Development Canada"), not a person's ("John Ireland"): an acronym or plural opens it, or an area or body
    word is in it."""
    if len(words) < 2 or POSS.sub("", words[-1]).rstrip(",.").lower() not in _NAME_END_COUNTRIES:
        return False
    first = words[0]
    if first.lower().rstrip(".") in ("pt", "cv", "jsc", "pjsc", "ooo", "zao", "ao", "tbk"):
        return False  # a legal form opening a name ("PT Indonesia Battery Corporation"), not an acronym
    return (first.isupper() and len(first) >= 2) or (first.endswith("ies") or first.endswith("ers")) or \
        any(POSS.sub("", w).lower() in NAME_AREAS or POSS.sub("", w).lower() in ORG_SUFFIX_WORDS for w in words[:-1])


def name_runs(phrase: str) -> tuple[list[_Run], str | None]:
    """Capitalised runs that may be names, and the first country word met outside them."""
    words = [w for w in re.split(r"\s+", phrase.strip()) if w]
    runs: list[_Run] = []
    cur: _Run | None = None
    country = None
    skip = 0
    inside = _country_words_inside_names(words)
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        bare = POSS.sub("", w.strip(",")).strip(",")
        place = _country_at(words, i) if i not in inside else None  # "the United States": "States" is no title
        if place:
            country = country or COUNTRIES[place]
            skip = len(place.split()) - 1
            cur = None
            continue
        lw = bare.lower().rstrip(".") if bare.endswith(".") and bare.count(".") == 1 else bare.lower()
        if bare == "&" and cur is not None and i + 1 < len(words) and words[i + 1][:1].isupper():
            cur.words.append(bare)  # "Hollis & Grant"
            continue
        nxt = next((x for x in words[i + 1:] if x.lower() not in PARTICLES), "")
        if cur is not None and cur.words and _ELIDED.match(bare):
            cur.words.append(bare)  # "d'Économie": an elided particle and the word it opens
            if POSS.search(w.strip(",")) or w.endswith(","):
                cur = None
            continue
        if lw in PARTICLES and cur is not None and cur.words and nxt[:1].isupper():
            cur.words.append(bare)  # "Parques del Norte", "Ana de Souza"
            continue
        if lw.endswith("s") and lw[:-1] in TITLE_WORDS:
            lw = lw[:-1]  # "Analysts at X": a title, not a name
        # A capitalised particle is a name's ("Le Thi Hoa", "Nguyen Van An"); "The" opens no name.
        connector = lw in CONNECTORS and (cur is None or not bare[:1].isupper()) and lw not in PARTICLES
        if CAP.match(bare) and lw not in TITLE_WORDS and (lw not in COUNTRIES or i in inside) and not connector:
            if cur is None:
                window = [x.lower() for x in words[max(0, i - 3):i]]
                cur = _Run([], after_preposition=bool(window) and (window[-1] in _PREPOSITIONS or (
                    window[-1] in ("the", "a", "an") and any(x in _PREPOSITIONS for x in window))),
                    after_org_noun=bool(window) and window[-1] in ORG_NOUNS,
                    after_article=bool(window) and window[-1] in ("a", "an", "the"),
                    after_title=any(x.strip(",") in TITLE_WORDS for x in (w.lower() for w in words[:i])))
                runs.append(cur)
                prev = words[i - 1] if i else ""
                if cur.after_preposition is False and i >= 2 and prev.lower() in COUNTRIES and prev[:1].isupper() \
                        and words[i - 2].lower() in _PREPOSITIONS:
                    cur.words.append(prev)  # "director general of UK Steel": the country word opens the name
                    cur.after_preposition = True
            if _inner_possessive(w, words[i + 1] if i + 1 < len(words) else "", words[i + 2:i + 4]):
                cur.words.append(w)  # "Ohio Manufacturers' Council": the possessive is inside the name
                continue
            cur.words.append(bare)
            if POSS.search(w.strip(",")) or w.endswith(","):
                cur.possessive = bool(POSS.search(w.strip(",")))
                cur = None
        else:
            if (lw in COUNTRIES or lw in CITIES or lw in US_PLACES) and country is None:
                country = COUNTRIES.get(lw) or CITIES.get(lw) or "US"
            if cur is not None and lw in TITLE_WORDS:
                cur.before_title = True
            cur = None
    for r in runs:  # "South Africa" is a place, even though "South" alone names nothing
        if 1 < len(r.words) <= 3 and " ".join(r.words).lower() in COUNTRIES and not r.possessive:
            country = country or COUNTRIES[" ".join(r.words).lower()]
            r.words = []
    for r in runs:  # "South", "Tuesday", "New" alone name nothing
        if len(r.words) >= 3 and r.words[0].lower() in _COMPASS and POSS.sub("", r.words[-1]).lower() in ORG_SUFFIXES:
            continue  # session 8: "Northern Lights Uranium Corp.", "Southern Copper Corp.": the firm's own first word
        while r.words and r.words[0].lower().rstrip(".") in NOT_NAMES:  # "Ms. Lopez": an honorific
            r.honorific = r.honorific or r.words[0].lower().rstrip(".") in ("mr", "ms", "mrs", "miss", "mx", "dr")
            r.words.pop(0)
        while r.words and r.words[-1].lower().rstrip(".") in NOT_NAMES:
            r.words.pop()
    for r in runs:  # round 7: "Minister of Education Martin Kolar": the area, then the minister's name
        if r.after_preposition and r.after_title and len(r.words) >= 3 and \
                r.words[0].lower() in MINISTRY_AREAS | _AREA_LINKS and \
                re.search(r"\b(?:[Mm]inister|[Ss]ecretary)\s+(?:of|for)\s+" + re.escape(r.words[0]) + r"\s", phrase):
            k = 0
            while k < len(r.words) - 2 and r.words[k].lower() in MINISTRY_AREAS | _AREA_LINKS:
                k += 1
            if k and r.words[k - 1].lower() in MINISTRY_AREAS and r.words[k].lower() not in MINISTRY_AREAS | _AREA_LINKS:
                r.words = r.words[k:]
                r.after_preposition = False
    for r in runs:  # "Deputy Energy Minister": the area of a ministry, not an organization's name
        if r.before_title and all(w.lower() in MINISTRY_AREAS for w in r.words):
            r.words = []
    for r in runs:  # "Iowa", "Hamburg" alone are places; "Ricardo Lima" is a name
        if len(r.words) == 1 and place_country(r.words[0]) and not r.possessive and not r.honorific:
            country = country or place_country(r.words[0])
            r.words = []
        elif 2 <= len(r.words) <= 3 and r.after_preposition and not r.possessive and \
                re.search(re.escape(" ".join(r.words)) + r"\s+[a-z]", phrase) and \
                gazetteer_country(" ".join(r.words)):  # round 9: "a lawyer at the Buenos Aires firm X": a city
            country = country or gazetteer_country(" ".join(r.words))
            r.words = []
    return [r for r in runs if r.words], country


# Round 5: a body named for its members ends in one of these nouns; a plural possessive before it
# ("Shipbuilders' Coalition") or a collective one ("People's Committee") is inside the name.
GENERIC_ORG_HEADS = frozenset("""
council coalition association federation chamber institute alliance forum union league society guild
network board committee caucus foundation confederation congress assembly bureau commission
""".split())
_COLLECTIVE_POSS = re.compile(r"^(?:People|Women|Children|Men|Workers|Farmers|Citizens)['’]s$|^[A-Z][\w-]*s['’]$")


def _inner_possessive(word: str, nxt: str, more: list[str] | tuple[str, ...] = ()) -> bool:
    """A possessive inside a name: "Manufacturers'" before "Council", "People's" before "Committee"; round 9:
    up to two more capitalised words before the head ("Teachers' Retirement Board")."""
    if not _COLLECTIVE_POSS.match(word):
        return False
    for k, w in enumerate([nxt, *more[:2]]):
        bare = w.strip(",.")
        if not w[:1].isupper() or POSS.search(bare):
            return False
        if bare.lower() in GENERIC_ORG_HEADS or bare.lower()[:-1] in GENERIC_ORG_HEADS:  # session 6: "Associations"
            return True
        if w.endswith((",", ".")):
            return False
    return False


def _country_at(words: list[str], i: int) -> str | None:
    """A country name of two or three capitalised words starting at `i` ("United States"), else None."""
    if not words[i][:1].isupper():
        return None
    for n in (3, 2):
        if i + n <= len(words):
            cand = " ".join(POSS.sub("", w.strip(",.")) for w in words[i:i + n]).lower()
            if cand in COUNTRIES and all(w[:1].isupper() for w in words[i:i + n]) and \
                    (not POSS.search(words[i + n - 1].strip(",")) or words[i].lower() in ("new", "south", "north")):
                return cand  # round 9: "New Zealand's", "South Korea's" too ("Zealand" alone names nothing)
    return None


def title_in(phrase: str) -> str | None:
    low = " " + re.sub(r"[^\w\s-]", " ", phrase.lower()) + " "
    for t in TITLES:
        if f" {t} " in low:
            return t
    return None


_PLACE_PARTICLES = frozenset("es de del la las los da do dos das di du des el al".split())
_CLOSING_LEGAL_FORMS = frozenset("jsc ltd ltd. inc inc. llc corp corp. co. plc s.a. ag gmbh oyj asa ab bhd tbk nv n.v. "
                                  "spa s.p.a. sgps zrt. kft. a/s".split())


def _org_extent(tokens: list[re.Match], bare: list[str], last: int) -> tuple[int, int]:
    """First and last token of an organization's name around the organization word at `last`."""
    first = last
    while first > 0 and last - first < 5 and (bare[first - 1][:1].isupper() or bare[first - 1] == "&" or
                                              bare[first - 1] in ("de", "del", "do", "da", "di", "du", "des", "della")
                                              and first >= 2 and bare[first - 2][:1].isupper()) \
            and (bare[first - 1].lower() not in _TITLE_HEADS or  # session 7: "Golden State Municipal ..."
                 bare[first - 1] in ("State", "General") and first >= 2 and bare[first - 2][:1].isupper() and
                 bare[first - 2].lower() not in _TITLE_HEADS) \
            and "-based" not in bare[first - 1] \
            and "," not in tokens[first].string[tokens[first - 1].end():tokens[first].start()] \
            and (bare[first - 1].lower() not in COUNTRIES or bare[first - 1].lower() in CITIES) \
            and (bare[first - 1].lower() not in NOT_NAMES | {"the", "a", "an"} or
                 bare[first - 1].lower() in _COMPASS and last - first >= 1 and first - 1 == 0 or
                 bare[first - 1].lower() in _COMPASS and first >= 2 and (not bare[first - 2][:1].isupper() or
                                                                          bare[first - 2].endswith("-based"))) \
            and (tokens[first - 1].group(0) == bare[first - 1] or
                 last - first <= 2 and re.fullmatch(r"[A-Z][\w-]*(?:s['’]|(?:men|people)['’]s)",
                                                    tokens[first - 1].group(0))):
        first -= 1  # not over "Hamburg-based", "Tuesday", a possessive; over a city ("Shenzhen Tengfei Co."); session
        # 7: over a plural possessive up to two words before the body's word ("the Metalworkers' Union of Kraljevo",
        # "Employees' Retirement System"; session 11: "Longshoremen’s Association"); over "General" after a name
        # ("Hong Kong General Chamber of Commerce")
    back = first
    while back >= 2 and bare[back - 1] in ("and", "of", "for", "&") and bare[back - 2][:1].isupper() \
            and bare[back - 2].lower() not in _TITLE_HEADS and tokens[back - 2].group(0) == bare[back - 2]:
        back -= 2
        while back > 0 and bare[back - 1][:1].isupper() and bare[back - 1].lower() not in _TITLE_HEADS \
                and bare[back - 1].lower() not in ("the", "a", "an") \
                and tokens[back - 1].group(0) == bare[back - 1]:
            back -= 1
    if back < first and back > 0 and bare[back - 1].lower() == "the":
        first = back  # "the Texas Economic Development and Tourism Office", "the Michigan House of Representatives"
    elif back < first and bare[last].lower() in _CLOSING_LEGAL_FORMS and (back == 0 or bare[back - 1] in ("of", "at")) \
            and all(w in ("and", "&") for w in bare[back:first] if not w[:1].isupper()):
        first = back  # session 11: "chief executive of Saigon Pipe and Profile JSC": a legal form closes one name
    end = last
    if bare[last].lower() == "directorate" and end + 1 < len(bare) and bare[end + 1] == "General":
        end += 1  # round 7: "Directorate General of Civil Aviation"
    # "Ministry of Foreign Affairs", "Commission for Economy and Informatization"
    while end + 2 < len(bare) and bare[end + 1] in ("of", "for", "and", "on") and \
            not (bare[end + 1] == "on" and bare[end + 2].lower() in COUNTRIES) and (bare[end + 2][:1].isupper() or (
            # session 7: "Kanemoto Robotics on China demand" (a headline) is no body "... on China"
            bare[end + 2] == "the" and end + 3 < len(bare) and bare[end + 3][:1].isupper()
            and (bare[end + 3].lower() not in COUNTRIES or  # session 6: "of the Swiss Watch Industry"
                 end + 4 < len(bare) and bare[end + 4][:1].isupper() and bare[end + 4].lower() not in COUNTRIES))):
        end += 3 if bare[end + 2] == "the" else 2  # "Ministry of the Interior", not "of the United States"
        while end + 1 < len(bare) and bare[end + 1][:1].isupper() and (bare[end + 1].lower() not in NOT_NAMES or
                                                                     bare[end + 1].lower() in _COMPASS) \
                and bare[end + 1].lower() not in _TITLE_HEADS \
                and tokens[end].string[tokens[end].end():tokens[end + 1].start()].replace(",", "").isspace() \
                and ("," not in tokens[end].string[tokens[end].end():tokens[end + 1].start()]
                     or bare[end + 1].lower() in NAME_AREAS):  # session 6: "of Agriculture, Food", not ", Carlos"
            end += 1  # "Institute for Trade Strategy", not over "(CII)"
        if end + 2 < len(bare) and bare[end + 1] in _PLACE_PARTICLES and bare[end + 2][:1].isupper() and \
                bare[end + 2].lower() not in _TITLE_HEADS and tokens[end + 2].group(0) == bare[end + 2]:
            end += 2  # session 11: "University of Dar es Salaam": a place's particle, then its next word
    lead = first
    while 0 < lead and first - lead < 2 and bare[lead - 1].lower() in COUNTRIES and bare[lead - 1][:1].isupper() \
            and tokens[lead - 1].group(0) == bare[lead - 1]:
        lead -= 1  # session 6: two country words may open it ("the Aotearoa China Business Forum")
    if lead < first and (first < last or end > last) and bare[last].lower() not in ("ministry", "department", "embassy") \
            and (lead == 0 or bare[lead - 1] in ("the", "The")):
        first = lead  # a country word that opens the name: "the Korea Battery Industry Council"
    for size in (2, 1):  # session 7: a country name closing it, "Minerals Council South Africa said"
        if end == last and first < last and end + size < len(bare) and \
                " ".join(bare[end + 1:end + 1 + size]).lower() in COUNTRIES and \
                all(tokens[k].string[tokens[k].end():tokens[k + 1].start()].isspace() for k in range(end, end + size)) and \
                (end + 1 + size == len(bare) or not bare[end + 1 + size][:1].isupper()) and \
                bare[last].lower() in GENERIC_ORG_HEADS:
            end += size
            break
    return first, end

_COMPASS = frozenset("north south east west northern southern eastern western central new".split())


def unregistered_org(text: str, phrase: str, start: int) -> tuple[str | None, str | None]:
    """An organization named by form in `phrase` (found at `start` in `text`): capitalised words ending in
    Inc., AG, Ministry of X, ...; with the country stated just before it, if any."""
    tokens = list(re.finditer(r"[^\s,;:()]+", phrase))
    bare = [POSS.sub("", t.group(0)) for t in tokens]
    suffixes = [i for i, w in enumerate(bare) if w[:1].isupper() and (w.lower().rstrip(".") in _SUFFIX_BARE or (
        w == "Board" and i + 2 < len(bare) and bare[i + 1] == "of" and bare[i + 2][:1].isupper() and
        bare[i + 2].lower() not in ("directors", "trustees", "management", "governors")))  # session 6: "Board of
        and not _surname_like(bare, i)]  # Investment" names a body ("board" alone is a title word: "a board member")
    # The widest name around an organization word: "the Ministry of Industry", not the "Industry" in it;
    # "Chung-Hua Institution for Economic Research", not "Economic Research"
    extents = [(_org_extent(tokens, bare, last), last) for last in suffixes]
    extents = [((f, e), last) for (f, e), last in extents if not (f == last == e)]  # "Group" alone: nothing
    # Session 6: "Minister of Industry and Tourism, Carlos Ruiz": the areas after a minister's title name no body
    extents = [((f, e), last) for (f, e), last in extents
               if not _after_minister(bare, f, last)]
    # Round 7: "Trade, Industry and Competition Minister X": areas before a minister's title name no organization
    extents = [((f, e), last) for (f, e), last in extents
               if not (e + 1 < len(bare) and bare[e + 1].lower() in _TITLE_HEADS and
                       all(w.lower() in MINISTRY_AREAS or w.lower() in ("and", "of", "&") for w in bare[f:e + 1]))]
    if not extents:
        return None, None
    (first, end), last = max(extents, key=lambda x: (x[0][1] - x[0][0], x[1]))
    s0, e0 = tokens[first].start(), tokens[end].start() + len(bare[end])
    name = phrase[s0:e0].strip()
    if name.endswith(".") and name.split()[-1].lower() not in ORG_SUFFIXES:
        name = name[:-1]  # a sentence's full stop, not "Inc."
    before = text[max(0, start - 80):start] + phrase[:s0]
    return name, country_before(before) or _place_inside(name)


def _after_minister(bare: list[str], first: int, last: int) -> bool:
    """Session 6: tokens first..last are the areas of a minister's title ("Minister for Foreign Trade and
    Development", "Minister of Industry and Tourism"), not a body's name."""
    k = first
    while k > 0 and (bare[k - 1].lower() in NAME_AREAS or bare[k - 1] in ("and", "&", ",")):
        k -= 1
    return k >= 2 and bare[k - 1] in ("of", "for") and bare[k - 2].lower() in ("minister", "secretary") and \
        all(w.lower() in NAME_AREAS or w in ("and", "of", "&") for w in bare[k:last + 1])


# Session 6: organization words that are also common surnames: "Karen Mills", "Ann Post" are people
_SURNAME_SUFFIXES = frozenset("mills post press times banks steel parts brands works".split())


def _surname_like(bare: list[str], i: int) -> bool:
    """A two-word name ending in an organization word that is also a surname ("Karen Mills", not "Sunrise
    Textile Mills"): a person's name, not an organization's by its form."""
    return bare[i].lower() in _SURNAME_SUFFIXES and i >= 1 and bare[i - 1][:1].isupper() and \
        (i < 2 or not bare[i - 2][:1].isupper())


def _place_inside(name: str) -> str | None:
    """ "Port of Rotterdam Authority", "Bank of Ghana": a place named inside an organization's name after "of"."""
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", name)
    if not m:
        return None
    return place_country(m.group(1)) or place_country(m.group(1).split()[0])


def gender_cue(text: str, src, before: int | None = None) -> str | None:
    """ "f" or "m" when the article itself says so: a gendered title ("spokeswoman") or an honorific before
    the surname ("Ms. Lopez"). First names are never used."""
    if not src.speaker:
        return None
    title = src.title or ""
    if re.search(r"(?:woman|women)$", title):
        return "f"
    if re.search(r"(?:man|men)$", title):
        return "m"
    honorific = _honorifics(text).get(src.speaker.split()[-1])  # round 9: one pass per article, no pattern per name
    if honorific:
        return honorific
    # Round 8: a sentence that opens with the name, followed by one that opens with "He"/"She" (before
    # `before`, so the pronoun being resolved is never its own cue)
    last = src.speaker.split()[-1]
    for at, lead, gender in _pronoun_cues(text):
        if (before is None or at < before) and last in lead:
            return gender
    return None


_HONORIFIC = re.compile(r"\b(Ms|Mrs|Miss|Mr)\.?\s+([^\W\d_][\w’'-]*)\b")


@lru_cache(maxsize=4)
def _honorifics(text: str) -> dict[str, str]:
    """Surname -> "f" or "m" for every "Ms./Mrs./Miss/Mr. Surname" in the text; "f" wins if both occur
    (as the earlier check order did)."""
    out: dict[str, str] = {}
    for m in _HONORIFIC.finditer(text):
        gender = "m" if m.group(1) == "Mr" else "f"
        if out.get(m.group(2)) != "f":
            out[m.group(2)] = gender
    return out


_PRONOUN_CUE = re.compile(r"(?:^|\n|[.!?][”\"]?\s+)((?:" + UPPER + r"[\w’'-]+\s+){0,2}" + UPPER + r"[\w’'-]+)\b[^.!?\n]*[.!?][”\"]?\s+"
                          r"(He|She)\s")


@lru_cache(maxsize=4)
def _pronoun_cues(text: str) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    """Every "Name ... . He/She ..." pair in the text: the pronoun's position, the name's words, "m" or "f"."""
    return tuple((m.start(2), tuple(m.group(1).split()), "m" if m.group(2) == "He" else "f")
                 for m in _PRONOUN_CUE.finditer(text))


# Round 5: a title or honorific left in front of a speaker's name ("Gov. Diane Whitacre",
# "Executive Vice-President Sabine Roux"); dropped only when two capitalised words remain.
_CAPITAL = r"[^\W\d_a-z]"  # a capital of any script (wider than UPPER)
_SPEAKER_TITLE = re.compile(
    r"^(?:(?:(?:Gov|Sen|Rep|Dr|Prof|Mr|Mrs|Ms|Mx|Lt|Gen|Col|Capt|Sgt|Hon|Rev|Amb|Supt|Insp|Dott|Dott\.ssa|Ing|Cdr|Adm|Mag)\.?"
    r"|(?:Shri|Smt|Shrimati|Thiru|Tmt|Thirumathi|Alhaji|Alhaja|Hajiya|Hajia|Eng|Engr|Coun)\.?"  # sessions 7-9: South
    # Asian, Nigerian and Egyptian honorifics, "Coun." (Canadian councillors), with or without a full stop
    r"|(?:dr|ir|drs|mr)\."  # session 9: Dutch degrees after "Prof.": "Prof. dr. Annelies Verhoeven"
    r"|Commodore|Admiral|Colonel|General|Captain"  # session 6: ranks; "Prof. Dr." and "State Sen." stack
    r"|State\s+(?:Sen|Rep)\.?|State\s+(?:Senator|Representative)"
    r"|Governor|Senator|Representative|Congressman|Congresswoman|Mayor|Professor|Doctor|Ambassador"
    r"|Lawmaker|Minister|Chancellor|Premier|Commissioner|Secretary|Judge|Justice"
    r"|Trustee|Councill?or|Alderman|Alderwoman|Cllr\.?"  # session 5 (session 11: "Cllr")
    r"|County\s+Judge|Judge|County\s+Executive|Rancher|Farmer|Activist|Pastor"  # session 10: "County Judge X"
    r"|(?:[A-Z][\w-]+\s+){1,2}(?:Township|County|Village)\s+(?:Supervisor|Trustee|Clerk|Commissioner|Administrator)"
    r"|(?:[A-Z]{2,6}\s+)?(?:MLA|MPP|MNA|MK)"  # session 10: "NDP MLA Carla Beck", "MK Yael Barkai"
    r"|Regent|Khun|(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness)"  # session 7
    r"|HE|H\.E\.|Supervisor|Assemblyman|Assemblywoman|Assemblymember|Legislator|Lic\.?"  # session 8
    r"|Councilman|Councilwoman|Councilmember|Selectman|Selectwoman"
    r"|Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Dato['’]?|Datin|Tan\s+Sri|Puan\s+Sri"  # round 8: Malaysian honorifics
    r"|Dame|Sir|Lady|Lord|Baroness|Baron"  # round 10: British honorifics ("Dame Harriet Cole" -> "Harriet Cole")
    r"|(?:(?:Executive|Senior|First)\s+)?(?:Vice[- ])?(?:President|Chairman|Chairwoman|Chair))\s+)+"
    r"(?=" + _CAPITAL + r"[\w’'-]*\.?\s+" + _CAPITAL + r"[\w’'-]*[\w.]?$)")


# Session 6: honorifics (not offices) before a name of two to four words: "Datin Sharifah Nor Aini",
# "Sheikh Hamdan Al Mazrouei", "Dr. Ana Maria de Souza"
_HONORIFIC_LEAD = re.compile(r"^(?:(?:(?:HE|H\.E\.)\s+)?(?:Captain|Capt\.|Colonel|Col\.|Commodore|Admiral)|"  # session 11
                             r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dott|Dott\.ssa|Ing)\.?|Mag\.|Datuk(?:\s+Seri)?|Datin(?:\s+Paduka)?|"
                             r"Dato['’]?(?:\s+Sri)?|Tan\s+Sri|Puan\s+Sri|Sheikh|Sheikha|Dame|Sir|Shri|Smt|Shrimati|Khun|"
                             r"(?:His|Her)\s+Excellency(?:\s+Eng\.?)?|Eng\.|Engr\.?|(?:HE|H\.E\.)(?:\s+(?:Eng|Dr)\.?)?|"
                             r"Alhaji|Alhaja|Lic\.|Thiru|Tmt\.?|Thirumathi|Puan|Encik|Cik|Cllr\.?)\s+"
                             r"(?=" + _CAPITAL + r"(?:[\w’'-]*|\.)(?:\s+(?:(?:bin|binti|al|el|de|da|van|von)\s+)?" + _CAPITAL +
                             r"[\w’'-]*){1,3}$)")  # (session 11: an initial, "Dr. K. Srinivasa Rao"; "Puan X")


# Session 9: titles that never end a name, before a name of three or four words ("Regent Andi Rahmat Laode",
# "Alhaji Sani Dantata Yusuf")
_LONG_NAME_TITLE = re.compile(r"^(?:Regent|Alhaji|Alhaja|Hajiya|Hajia|Shri|Smt\.?|Eng\.|Coun\.)\s+(?=" + _CAPITAL +
                              r"[\w’'-]*(?:\s+" + _CAPITAL + r"[\w’'.-]*){2,3}$)")


def drop_title(name: str | None) -> str | None:
    """The speaker's name without a leading title ("Sen. Ann Ruiz" -> "Ann Ruiz") or a final full stop.

    Kept as it is: a title with one name ("Mayor Ruiz": the surname alone names no one), a name of
    three words or more after the title, and None.
    """
    if not name:
        return name
    out = re.sub(r"^(?:But|And|Yet|So|Still|However|Meanwhile|Also|Then|Instead|Asked|Now)\s+(?=" + _CAPITAL + ")", "",
                 name)  # session 6: "But Kim said": the conjunction opens the sentence, not the name
    m = _SPEAKER_TITLE.match(out) or _HONORIFIC_LEAD.match(out) or _LONG_NAME_TITLE.match(out)
    if m:
        out = out[m.end():]
    if out.endswith(".") and " " in out and len(out.rsplit(None, 1)[-1]) > 3:
        out = out[:-1]  # "Gao Ruoxi." — a sentence's full stop, not an initial ("Ann B.")
    out = re.sub(r"(?<=\w)\s+(?:TD|MP|MSP|MLA|MEP|MPP|MS|MHK)$", "", out) if out.count(" ") >= 2 else out
    return out  # (session 8: a member's letters after the name, "Áine Ní Bhriain TD", are no part of it)


# Session 5: the capitalised names an article writes, for completing a speaker's name from the article.
_NAME_TOKEN = _CAPITAL + r"[\w’'.&-]*"
_NAME_CONNECT = r"(?:of|for|and|de|del|da|do|di|du|des|van|von|la|le|the|y|&)"
_NAME_RUN = re.compile(r"(?<![\w’'-])" + _NAME_TOKEN + r"(?:[ \t]+(?:" + _NAME_CONNECT + r"[ \t]+){0,2}" +
                       _NAME_TOKEN + r")*")
_RUN_LEADING = frozenset("""of at the a an but and in at for its his her their this that these those when while after
before as on by from with if so yet or nor then also still now meanwhile however our we i he she it they""".split())
_RUN_TITLES = TITLE_WORDS | frozenset("vice deputy senior acting interim general executive managing".split())
_BASED_PREFIX = re.compile(r"^[\w.’'-]+-(?:based|headquartered|owned|listed|backed|made|run|born|controlled)$", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]\.?$")  # "U.S.", "J."


def _trim_run(text: str, start: int, end: int) -> tuple[int, int]:
    """A capitalised run without leading function words or titles ("President Hiroshi Kubo" -> "Hiroshi Kubo"),
    trailing titles, or a final possessive or full stop."""
    run = re.sub(r"['’]s?$", "", text[start:end])
    words = run.split()
    while words and (words[0].lower() in _RUN_LEADING or
                     (len(words) > 1 and words[0].lower().rstrip(".,") in _RUN_TITLES)):
        cut = run.index(words[0]) + len(words[0])
        start, run, words = start + cut, run[cut:], words[1:]
    lead = len(run) - len(run.lstrip())
    start, run = start + lead, run.lstrip()
    while words and words[-1].lower().rstrip(".,") in _RUN_TITLES | {"of", "for", "and", "the"}:
        words = words[:-1]
    if not words:
        return start, start
    run = run[:run.rfind(words[-1]) + len(words[-1])]
    if run.endswith(".") and run.split()[-1].lower().rstrip(".") not in _SUFFIX_BARE:
        run = run[:-1]
    return start, start + len(run)


def capitalised_names(text: str) -> list[str]:
    """Every capitalised name in `text`, each run cut after a possessive ("Hearthwood's | Zhou Lan") and after
    a word ending a sentence ("Porc Armor. | He"), without a "Hangzhou-based" lead, and trimmed (`_trim_run`)."""
    out = []
    for m in _NAME_RUN.finditer(text):
        piece = m.start()
        for part in re.finditer(r"\S+", m.group(0)):
            word = part.group(0)
            a, b = m.start() + part.start(), m.start() + part.end()
            if piece == a and _BASED_PREFIX.match(word):
                piece = b + 1 if b < m.end() else b
                continue
            possessive = bool(re.search(r"[’']s$", word)) and word[:-2][-1:].isalpha()
            stop = word.endswith(".") and word.rstrip(".").lower() not in _SUFFIX_BARE and not _INITIALS.match(word)
            if possessive or stop:
                if b - stop > piece:
                    out.append(_trim_run(text, piece, b - stop))
                piece = b + 1
        if piece < m.end():
            out.append(_trim_run(text, piece, m.end()))
    return [text[a:b] for a, b in out if b > a]
