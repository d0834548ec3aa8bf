"""Where the subject of a reporting verb is: the phrase before "said" or after an inverted "said".

Only positions are found here; ``sources.Discourse`` decides who the phrase
names. Limits: a subject must be a run of capitalised words, titles and
connectors, optionally followed by comma-enclosed appositives or relative
clauses ("Maria Lopez, chief executive of Northwind Corp., which ..., said");
a lower-case common-noun subject ("the head of the group") is found only when
a title word is in it.
"""

from __future__ import annotations

import re

from .names import CONNECTORS as _CONNECTORS, TITLE_WORDS as _TITLE_WORDS
from .vocab import UPPER, ABBREVIATIONS, MINISTRY_AREAS, MONTHS, ORG_ANAPHORS, TITLES, WEEKDAYS, PUBLIC_BODY_HEADS, AREA_BODY_HEADS

ADVERBS = frozenset("also later separately previously once again repeatedly recently earlier reportedly "
                    "then further publicly privately long consistently".split())  # (session 13: "has long argued")
AUXILIARIES = frozenset("has have had has also have also".split())
_TITLE_HEADS = frozenset(t.split()[-1] for t in TITLES) - {"of", "state", "parliament"}  # "spokesperson"
_DAYS = "|".join(d.capitalize() for d in WEEKDAYS)
_MONTHS = "|".join(m.capitalize() for m in MONTHS[:12])  # the full names; "in Mar" is rare
_WHEN_END = re.compile(r"(?<=\w)\s+(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|"
                       r"weekend|night|spring|summer|autumn|fall|winter|quarter|" + _DAYS + r")|(?:on|late\s+on|"
                       r"earlier\s+on)\s+(?:" + _DAYS + r")|(?:in|on|earlier\s+in)\s+(?:" + _MONTHS +
                       r")(?:\s+\d{1,2})?|(?:yesterday|today))\s*$")
# Session 5: "a government spokesman said"
_GOVERNMENT_VOICE_END = re.compile(r"(?<![\w’'-])((?:[Aa]n?|[Tt]he)\s+government\s+(?:spokes(?:man|woman|person)|officials?))\s*$")
# Session 5: "Walmart's China unit said", "Tesla's sourcing office in Shanghai said": the company's unit speaks
_UNIT_END = re.compile(r"(?<![\w’'-])((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:unit|arm|subsidiary|division|branch|office|operations?|business|affiliate)"
                       r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)\s*$")
_ITS_UNIT_END = re.compile(r"(?<![\w’'])([Ii]ts\s+(?:[a-z][\w-]*\s+){0,2}(?:unit|arm|subsidiary|division|branch|"
                           r"office|affiliate))\s*$")  # session 10: "Its freight division said": the firm's
_EXECUTIVES_END = re.compile(r"(?<=,\s)((?:company\s+|its\s+)?(?:executives|managers|founders|co-founders|owners))\s*$")  # session 10: "X expects
# ..., executives said": the company the sentence opens with (``sources.py``)
_UNION_LOCAL_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w.&’'-]*\s+){1,4}Local\s+\d{1,5}\s+(?:[a-z-]+\s+){0,2}(?:president|"
                              r"chair|secretary|treasurer|steward|organizer|organiser|spokesperson|official|leader)\s+"
                              r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s*$")  # session 10: "United Steelworkers
# Local 1005 president Dave Kerrigan noted": a number inside the union's name
_PRONOUN_END = re.compile(r"(?<![\w’'])(he|she|it|they|him|her|them)\s*$")
_ITS_TITLE_END = re.compile(r"(?<![\w’'])([Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(re.escape(t) for t in TITLES)
                            + r"))\s*$")
_RELATIVE_END = re.compile(r"\s*,\s+(?:which|who)\s+(?:(?:" + "|".join(ADVERBS) + r")\s+)*$")
_COMMA_END = re.compile(r",\s*(?:(?:" + "|".join(ADVERBS) + r")\s+)*$")
_NAME_OR_TITLE = re.compile(UPPER + r"|\b(?:" + "|".join(_TITLE_WORDS) + r")\b")
# A comma ends a segment unless it groups digits ("4,000 farmers").
_AREA_LIST_BEFORE = re.compile(r"\b(?:Ministry|Minister|Secretary|Department|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
                               r"(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*,\s+$")
_SEGMENT_END = re.compile(r"(?:,(?!\d{3})|[;:()“”\"]|\s[-—–]\s)(?:[^,;:()“”\"]|,(?=\d{3}))*$")
# "The Chinese embassy in Dar es Salaam said": a lower-case body with its place
_EMBASSY_END = re.compile(r"(?<![\w’'])((?:[Tt]he\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+){1,2}[Ee]mbassy\s+in\s+[A-Z][\w.]*"
                          r"(?:\s+(?:es|de|el|al|[A-Z][\w.]*)){0,3})\s*$")
# "Japan's Ministry of Land, Infrastructure and Transport said": a ministry's name with commas in it
_MINISTRY_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?(?:Federal\s+)?Ministry\s+(?:of|for)\s+"
                           r"(?:the\s+)?"
                           r"[A-Z][\w-]*(?:(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?|\s+)[A-Z][\w-]*)*)\s*$")
# Session 6: a country's body named in lower case as the subject: "China's customs authority said"
_COUNTRY_BODY_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
                               + "|".join(sorted(PUBLIC_BODY_HEADS | AREA_BODY_HEADS)) + r"))\s*$")
_GOVERNMENT_OF_END = re.compile(r"(?<![\w’'])((?:[Tt]he\s+)?government\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*$")
_ANAPHOR_END = re.compile(r"(?<![\w’'])((?:[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(ORG_ANAPHORS) +
                          r"|(?:trading|fashion|auction|publishing|design)\s+house)"
                          r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)?)\s*$")  # round 9: "trading house"; session 10:
# "the Gothenburg-based maker of heavy trucks said"


# "Chile's mining ministry, which must approve ..., said": a country's body named in lower case
_SIDE_END = re.compile(r"(?<![\w’'])((?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+side)\s*$")  # "EU side says"
_POSS_BODY_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:ministry|"
                            r"department|agency|regulator|government|parliament|commission|cabinet))\s*$")
# Round 9: "Chinese Ambassador to the UK Zheng Zeguang said": the title and its host come with the name
_ENVOY_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w.]*(?:['’]s)?\s+){1,2}(?:[Aa]mbassador|[Ee]nvoy)\s+to\s+(?:the\s+)?[A-Z][\w.]*"
                        r"(?:\s+[A-Z][\w.]*)?\s+(?:[A-ZÀ-Ý][\w’'-]+\s+){1,2}[A-ZÀ-Ý][\w’'-]+)\s*$")
_BODY_PATTERNS = (_EMBASSY_END, _MINISTRY_END, _GOVERNMENT_OF_END, _ANAPHOR_END, _POSS_BODY_END)


# Session 8: a firm by the noun for its trade ("the shipyard", "the crusher"): a subject's last word, and
# (``sources.py``) an anaphor for the company named before
FIRM_NOUN_END = re.compile(r"^(?:ship)?(?:yard|builder)$|(?:maker|producer|processor|importer|crusher|refiner|smelter|"
                           r"packer|shipper)$")


_PREPOSITIONS = frozenset("in on at to by via during after before from with through over under".split())


_JOB_AREAS = frozenset("sales marketing operations exports strategy procurement purchasing research engineering "
                       "communications".split())  # session 13: "its regional manager for exports, X"


def _accept(word: str, have: bool) -> bool:
    bare = word.lstrip("“\"(").rstrip(",.;:)”\"")
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    elif bare.endswith(("'", "’")):
        bare = bare[:-1]
    if not bare:
        return False
    if bare == "&":  # round 9: "Halstead & Reid"
        return have
    low = bare.lower()
    if bare[0].isupper() or bare[0] in "#@":
        return True
    if low in _TITLE_WORDS or low in _CONNECTORS:
        return True
    if low in ("analysts", "economists", "strategists"):  # session 13: "HSBC economists argued", "Goldman Sachs
        return True  # analysts said": the firm's staff, the firm speaks
    if have and word in ("dr.", "ir.", "drs.", "mr."):  # session 9: "Prof. dr. Annelies Verhoeven"
        return True
    if low not in ORG_ANAPHORS and FIRM_NOUN_END.search(low):  # session 8: "the Singapore-listed shipyard said"
        return True
    if have and low in ("unit", "arm", "division", "subsidiary", "affiliate"):  # session 8: "CNOOC's gas and power
        return True  # unit said": the unit of the firm named
    if low in ("ministry", "government", "embassy", "consulate", "department", "bureau") or (have and low in MINISTRY_AREAS):  # "foreign ministry spokesman Zhou
        # Ping"; session 10: "government spokesman Zoltan Bardos"
        return True
    return not have and low in ADVERBS


def mention_runs(part: str) -> list[str]:
    """Every run of names, titles and connectors in a stretch of text, edges trimmed of connectors."""
    out, run = [], []
    for w in part.split() + [""]:
        if w and _accept(w, bool(run)) and w.lower() not in ADVERBS:
            run.append(w)
            continue
        while run and run[0].lower() in _CONNECTORS:
            run.pop(0)
        while run and run[-1].lower() in _CONNECTORS:
            run.pop()
        if run:
            out.append(" ".join(run))
        run = []
    return out


def subject_before(masked: str, s0: int, vs: int) -> tuple[int, int] | None:
    """The subject phrase ending right before a verb at `vs` (sentence starts at s0).

    Comma-enclosed appositives and relative clauses between the name and the
    verb are stepped over ("Katrin Bauer, head of purchasing at X, which ...,
    said"); a name set off after its title ("Hungary's foreign minister, Gabor
    Lenart, said") takes the title phrase with it. The span returned covers
    them all; ``subject_phrase`` blanks the clauses that name nobody.
    """
    prefix = masked[s0:vs]
    age = re.search(r"(?<=\w),\s*\d{1,3},\s*$", prefix)
    if age:  # "Weber, 58, said"
        prefix, vs = prefix[:age.start()] + " ", s0 + age.start()
    when = _WHEN_END.search(prefix)
    if when:  # session 5: "Kering SA last month said", "The ministry on Tuesday said"
        prefix, vs = prefix[:when.start()] + " ", s0 + when.start() + 1
    adverb = re.search(r"(?:\s(?:" + "|".join(ADVERBS | AUXILIARIES) + r"))+\s*$", prefix)
    if adverb:  # "The embassy also said", "Officials at X have argued"
        prefix = prefix[:adverb.start()] + " "
        vs = s0 + adverb.start() + 1
    for pat in (_PRONOUN_END, _SIDE_END, _EMBASSY_END, _ENVOY_END, _MINISTRY_END, _GOVERNMENT_OF_END, _COUNTRY_BODY_END,
                _ANAPHOR_END,
                _ITS_TITLE_END, _ITS_UNIT_END, _UNIT_END, _GOVERNMENT_VOICE_END, _EXECUTIVES_END, _UNION_LOCAL_END):
        m = pat.search(prefix)
        if m:
            return s0 + m.start(1), s0 + m.end(1)
    m = _RELATIVE_END.search(prefix)
    if m:  # "the commerce ministry, which said": the antecedent speaks
        return subject_before(masked, s0, s0 + m.start())
    m = _COMMA_END.search(prefix)
    if m:
        found = _appositive_subject(masked, s0, s0 + m.start())
        who = prefix.rfind(", who ")
        if found is None and who > 0 and not re.search(r"[.;:!?“”\"]", prefix[who:]):
            # session 8: "X, who runs 14 dealerships selling MG, Chirey and BYD vehicles, said": a list inside the
            # relative clause is no appositive; the name before "who" speaks
            head = subject_before(masked, s0, s0 + who)
            return (head[0], s0 + m.start()) if head else None
        return found
    office = _OFFICE_FOR_END.search(prefix) or _THE_OFFICE_FOR.match(prefix)  # session 10: "The minister of economic
    # development told business leaders": the whole title opening the sentence
    if office:  # session 8: "Portugal's secretary of state for internationalisation told": the office speaks
        return s0 + office.start(1), s0 + office.end(1)
    unit = _UNIT_OF_END.search(prefix)
    if unit:  # session 8: "CNOOC's gas and power unit said": the firm's unit speaks for the firm
        return s0 + unit.start(1), s0 + unit.end(1)
    start = _run_start(masked, s0, vs)
    if start is not None:
        body = re.search(r"(?:^|[”\"],?\s+)((?:[a-z][\w-]*\s+){1,2})$", masked[s0:start])
        if body and all(w in ORG_ANAPHORS or w in MINISTRY_AREAS for w in body.group(1).split()):
            start -= len(body.group(1))  # session 8: '“...,” cabinet spokesman X told': the body's word is his title's
    if start is None:
        party = _OF_THE_PARTY_END.search(prefix)
        if party:  # session 8: "Senator Ana Ruiz of the governing Morena party said": the name before "of the"
            start = _run_start(masked, s0, s0 + party.start())
            return (start, _rstrip(masked, start, vs)) if start is not None else None
    return (start, _rstrip(masked, start, vs)) if start is not None else None


_OFFICE_FOR_END = re.compile(r"(?:^|(?<=\s))((?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+(?:[a-z-]+\s+){0,2}"
                             r"(?:minister|secretary\s+of\s+state|secretary|commissioner)\s+(?:for|of)\s+"
                             r"(?:[a-z-]+,?\s+(?:and\s+)?){1,5})$")
_THE_OFFICE_FOR = re.compile(r"(?:[A-Z][A-Z .'/-]+(?:,[^-—–\n]{0,40})?\s+(?:--|[-—–])\s+)?\s*((?:[Tt]he|[Aa])\s+(?:[a-z-]+\s+){0,2}(?:minister|secretary|commissioner|cabinet\s+secretary)"
                             r"\s+(?:for|of)\s+(?:[a-z-]+,?\s+(?:and\s+)?){1,5})$")
_UNIT_OF_END = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+(?:[a-z-]+\s+(?:and\s+)?){1,3}"
                          r"(?:unit|arm|division|subsidiary|affiliate))\s*$")
_OF_THE_PARTY_END = re.compile(r"\s+of\s+the\s+(?:[\w’'-]+\s+){0,3}(?:party|bloc|coalition|caucus|alliance|"
                               r"opposition|faction)\s*$")


def _rstrip(masked: str, s: int, e: int) -> int:
    """End of the subject: before trailing adverbs ("Lopez also said") and spaces."""
    words = list(re.finditer(r"\S+", masked[s:e]))
    while len(words) > 1 and words[-1].group(0).lower() in ADVERBS:
        words.pop()
    return s + words[-1].end() if words else e


_OWNER_AREA = re.compile(r"\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+[a-z][\w-]*)\s*")  # "Malaysia's investment"
_AREA_ITEM = re.compile(r"\s*(?:and\s+)?[A-Za-z][a-z-]+(?:\s+(?:and\s+)?[A-Za-z][a-z-]+){0,2}\s*")  # (capitalised too:
# "MEC for Economic Development, Tourism and Environmental Affairs")
_HONORIFICS = frozenset("mr mrs ms dr ing eng engr lic prof hon dott arq mag shri smt datuk dato tan".split())


def _appositive_subject(masked: str, s0: int, cut: int) -> tuple[int, int] | None:
    pos, steps = cut, 0
    named: tuple[int, int] | None = None  # round 7: "X's civil aviation authority, the Directorate General of ..., said"
    while steps < 4:
        seg_start = _segment_start(masked, s0, pos)
        c = masked.rfind(",", s0, seg_start)
        c = c if c >= 0 and not masked[c + 1:seg_start].strip() else -1  # -1: a bracket or dash, not a comma
        seg = masked[seg_start:pos]
        words = seg.split()
        if not words or len(words) > 25:
            return None
        first = words[0]
        if _is_name(words) or len(words) >= 3 and first.lower().rstrip(".") in _HONORIFICS and _is_name(words[1:]):
            # (session 10: "The company's director general, Ing. Rodrigo Garza, told": an honorific opens the name)
            if c >= 0:  # "Hungary's foreign minister, Gabor Lenart, said": the title phrase comes along
                ls = _segment_start(masked, s0, c)
                left = masked[ls:c]
                before = masked.rfind(",", s0, ls)
                if left.split()[:1] == ["whose"] and before >= 0 and not masked[before + 1:ls].strip():
                    owner = masked[_segment_start(masked, s0, before):before]  # session 6: "Ferrante, whose family
                    if _is_name(owner.split()):  # company, Ferrante Confezionatrici, employs 340 people, added":
                        start = before - len(owner) + (len(owner) - len(owner.lstrip()))  # the owner speaks
                        return start, before
                ext_ls, ext_left = ls, left
                for _ in range(3):  # session 10: "Lagos State's commissioner for commerce, industry and
                    if not _AREA_ITEM.fullmatch(ext_left):  # cooperatives, Mrs. X, said": a title's list of areas
                        break
                    before = masked.rfind(",", s0, ext_ls)
                    if before < 0 or masked[before + 1:ext_ls].strip():
                        break
                    ext_ls = _segment_start(masked, s0, before)
                    ext_left = masked[ext_ls:c]
                    if re.search(r"\b(?:for|of)\s+[A-Za-z]", ext_left) and \
                            _is_title_np(ext_left.replace(",", " ").split()):
                        return ext_ls + len(ext_left) - len(ext_left.lstrip()), cut
                left_words = left.split()
                if left_words and left_words[0] in ("its", "their"):  # session 10: "X will ..., its vice-rector for
                    left_words = ["the", *left_words[1:]]  # international affairs, Petra Novakova, told"
                before = masked.rfind(",", s0, ls)
                if left_words and left_words[0][:1].islower() and before >= 0 and \
                        not masked[before + 1:ls].strip() and \
                        (_is_title_np(left_words) or _is_title_np(["the", *left_words])):
                    owner = _OWNER_AREA.fullmatch(masked, _segment_start(masked, s0, before), before)
                    if owner:  # session 10: "Malaysia's investment, trade and industry minister, X, said"
                        return owner.start(1), cut
                if _is_title_np(left_words):
                    return ls + len(left) - len(left.lstrip()), cut
            return seg_start + (len(seg) - len(seg.lstrip())), cut
        tail = next((k for k in (4, 3, 2) if len(words) > k and _is_name(words[-k:])), 0)
        if tail and steps == 0 and first[:1].islower() and first not in ("a", "an", "the") and \
                _bare(words[-tail - 1]) in _TITLE_HEADS and \
                not any(w.lower() in ("who", "which", "whose") for w in words):
            return seg_start + (len(seg) - len(seg.lstrip())), cut  # "..., department spokesperson Lorena Pineda told"
        owner_described = re.fullmatch(r"[A-Z][\w.-]*['’]s", first) is not None and len(words) > 1 and \
            all(w[:1].islower() for w in words[1:])  # session 10: "Vestas, Denmark's largest turbine maker, said"
        if c >= 0 and (first[:1].islower() or first.lower() in ("a", "an", "the") or _is_title_np(words) or
                       owner_described):
            if steps == 0 and first.lower() == "the" and 3 <= len(words) <= 8 and words[-1][:1].isupper() and \
                    all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words[1:]):
                lead = seg_start + len(seg) - len(seg.lstrip())
                named = (lead, pos)  # the proper name set off before the verb, should nothing before it name one
            elif steps == 0 and first[:1].isupper() and _titled_name(seg):
                lead = seg_start + len(seg) - len(seg.lstrip())  # session 8: "The bill's author, Senator Ana Ruiz,
                named = (lead, pos)  # said": the titled name, should the phrase before it name no one
            pos, steps = c, steps + 1
            continue
        start = None
        if steps > 0:  # "the commerce ministry, which ..., said", "The Chinese embassy in Lima, in a statement, said"
            lead = seg_start + len(masked[seg_start:pos]) - len(masked[seg_start:pos].lstrip())
            body = next((m for m in (p.search(masked, seg_start, pos) for p in _BODY_PATTERNS) if m), None)
            start = body.start(1) if body and body.start(1) == lead else None  # the whole segment names it
        if start is None:
            start = _run_start(masked, seg_start, pos)
        return (start, cut) if start is not None and steps > 0 else named
    return named


def _titled_name(seg: str) -> bool:
    """ "Senator Ana Ruiz", "Senator Ana Ruiz of the governing Morena party": a title, then a name."""
    core = _OF_THE_PARTY_END.sub("", seg).split()
    tail = next((k for k in (4, 3, 2) if len(core) > k and _is_name(core[-k:])), 0)
    return bool(tail) and _bare(core[-tail - 1]).lower() in _TITLE_WORDS


def _segment_start(masked: str, s0: int, pos: int) -> int:
    """Start of the comma segment ending at `pos`; a dateline dash, a bracket or a quote mark also ends it."""
    m = _SEGMENT_END.search(masked[s0:pos])
    if not m:
        return s0
    start = s0 + m.start() + 1
    while start < pos and masked[start] in "-—– ”\"":
        start += 1
    listed = _AREA_LIST_BEFORE.search(masked, s0, start) if masked[start:start + 1].isupper() else None
    if listed and re.match(r"(?:[A-Z][\w’'-]*\s+){1,3}and\s+[A-Z]", masked[start:pos]):
        return _segment_start(masked, s0, listed.start() + 1)  # session 9: "the Ministry of Land,
        # Infrastructure, Transport and Tourism": one name across its commas
    return start


def _is_name(words: list[str]) -> bool:
    """A segment that is only a name: "Gabor Lenart", "Maria de la Cruz"."""
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and \
        all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and \
        not any(w.lower().strip(".") in _TITLE_WORDS for w in words)


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower().strip(".,;:"))


def _is_title_np(words: list[str]) -> bool:
    """A short title phrase before a name: "Hungary's foreign minister", "A spokesperson for the agency"."""
    return 1 <= len(words) <= 10 and any(_bare(w) in _TITLE_WORDS for w in words) and \
        (words[0].lower() in ("a", "an", "the") or words[0][:1].isupper())


def _run_start(masked: str, lo: int, hi: int) -> int | None:
    """Start of the run of names, titles and connectors that ends at `hi`."""
    tokens = list(re.finditer(r"\S+", masked[lo:hi]))
    start = end = None
    adverbs_only = True
    for tok in reversed(tokens):
        w = tok.group(0)
        if w.endswith((",", ";", ":", "”", '"')) and end is not None:
            break
        if w.endswith((",", ";", ":", "”", '"')):
            return None
        if not _accept(w, end is not None and not adverbs_only):
            break
        if w.lower() in ADVERBS and adverbs_only:
            continue
        adverbs_only = False
        if end is None:
            end = lo + tok.end()
        start = lo + tok.start()
    if start is None:
        return None
    listed = _AREA_LIST_BEFORE.search(masked, lo, start)
    if listed and re.match(r"(?:[A-Z][\w’'-]*\s+){1,3}and\s+[A-Z]", masked[start:end]):
        head = _run_start(masked, lo, listed.start() + listed.group(0).index(","))  # the run up to its first comma
        start = head if head is not None else start  # session 9: "A Ministry of Land, Infrastructure, Transport
        # and Tourism official said": the name runs across its commas
    phrase = masked[start:end]
    lead = re.match(r"^(?:(?:and|of|for|at|from|in|on|the|a|an)\s+)+", phrase, re.I)
    if lead and not re.match(r"^(?:the|an?)\s+\w+\s+(?:from|of|for|at)\b", phrase, re.I):
        start += lead.end()
    if start >= end or not (_NAME_OR_TITLE.search(masked, start, end) or
                            FIRM_NOUN_END.search(masked[start:end].split()[-1].lower())):  # session 8: "The yard said"
        return None
    return start


# Session 8: "The mines minister, asked in Question Time whether ..., said": a participle clause names nobody
_PARTICIPLE_LEADS = frozenset("asked pressed questioned speaking responding replying answering addressing writing "
                              "testifying appearing interviewed".split())


def subject_phrase(text: str, s: int, e: int) -> str:
    """The subject text with relative clauses and title-less appositives blanked (offsets kept).

    "Jim Kessler, a Republican who sponsored the bill" -> "Jim Kessler" and
    spaces, so that "Republican" is not read as an organization.
    """
    phrase = text[s:e]
    parts = re.split(r",(?!\d{3})", phrase)
    out = [parts[0]]
    relative = False
    for part in parts[1:]:
        words = part.split()
        if relative:  # session 8: everything after a relative clause's opening is the clause's
            out.append(" " * len(part))
            continue
        relative = bool(words) and words[0].lower() in ("who", "whose")
        keep = bool(words) and not words[0].lower() in ("who", "which", "whose", "where") and \
            words[0].lower() not in _PARTICIPLE_LEADS and (
            _is_name(words) or words[0][:1].isupper() and words[0].lower() not in ("a", "an", "the") or
            any(_bare(w) in _TITLE_WORDS or "-based" in w for w in words))
        if keep and re.fullmatch(r"[A-Z][\w.-]*['’]s", words[0]) and len(words) > 1 and \
                all(w[:1].islower() for w in words[1:]) and not any(_bare(w) in _TITLE_WORDS for w in words):
            keep = False  # session 10: "Zibo Hengtai, Kanzaki's largest supplier, said": the owner is no source
        out.append(part if keep else " " * len(part))
    return ",".join(out)


def sentence_subject(masked: str, s0: int, vs: int) -> tuple[int, int] | None:
    """The name that opens the sentence, for a participle after another verb:
    "Johannes Keller defended the plan on Monday, telling a newspaper that ..." """
    end = None
    for tok in re.finditer(r"\S+", masked[s0:vs]):
        w = tok.group(0)
        if not _accept(w, end is not None) or w.lower() in ADVERBS:
            break
        end = s0 + tok.end()
        if w.endswith((",", ";", ":")):
            return None
    if end is None or not re.search(UPPER, masked[s0:end]) or not re.match(r"\s+[a-z]", masked[end:vs]):
        return None
    return s0, end


# Session 8: past tenses without "-ed" that open a clause before "... and said" ("X on Thursday cut its forecast")
_IRREGULAR_PAST = ("cut|set|put|hit|kept|made|took|gave|won|lost|sold|bought|held|met|rose|fell|grew|began|brought|"
                   "built|paid|led|left|spent|struck|sent|shut|drew|chose|froze|swung|sank|broke|bid|quit|withdrew|"
                   "did|were|are|will|would|could|can|had|have")  # session 13: auxiliaries ("X did not confirm ...
# but said"); "is", "was", "has", "does" end in "s" already


def leading_subject(masked: str, s0: int, vs: int) -> tuple[int, int] | None:
    """The subject that opens the sentence, before its first verb, appositive included:
    "Representative Ana Ruiz, a Democrat from Ohio, welcomed the plan but said ..." """
    front = re.match(r"(?:In|On|At|During|After|Before|Late|Earlier)\s+[^,;:“”\"]{1,40},\s+(?=[A-Z])", masked[s0:vs])
    s0 = s0 + front.end() if front else s0  # session 13: "In a statement on Friday, X did not ... but said"
    for m in re.finditer(r",?\s+([a-z]+(?:ed|s)|" + _IRREGULAR_PAST + r")\b", masked[s0:vs]):
        subj = subject_before(masked, s0, s0 + m.start(1))
        if subj and (subj[0] == s0 or re.fullmatch(r"\s*(?:The|A|An)\s+", masked[s0:subj[0]])):
            return subj  # "The Nordic Chamber of Commerce welcomed ... but cautioned"
    return None


def _owner_lead(tokens: list[re.Match[str]]) -> int:
    """Session 13: how many tokens open an inverted subject with its owner: "its" / "their", or "the company's"
    (an anaphor's possessive after "the"), and up to two words before a title word ("said its divisional
    manager for technology, X"); 0 when the subject opens otherwise."""
    low = [t.group(0).lower().rstrip(",.") for t in tokens[:6]]
    if low[:1] in (["its"], ["their"]):
        own = 1
    elif len(low) > 1 and low[0] == "the" and low[1].endswith(("'s", "’s")) and low[1][:-2] in ORG_ANAPHORS:
        own = 2
    else:
        return 0
    title = next((j for j in range(own, min(len(low), own + 3)) if low[j] in _TITLE_WORDS), None)
    return title if title is not None and all(re.fullmatch(r"[a-z-]+", w) for w in low[own:title]) else 0


def subject_after(masked: str, ve: int, s1: int) -> tuple[int, int] | None:
    """The subject after an inverted verb: "..., said an official from X." """
    if not re.match(r"[\s,]*[^\s]", masked[ve:s1]):
        return None
    tokens = list(re.finditer(r"\S+", masked[ve:s1]))
    if tokens and tokens[0].group(0).lower() in _PREPOSITIONS:
        return None  # session 12: "its founders said in a LinkedIn post": no subject after the verb
    start = end = None
    lead = _owner_lead(tokens)  # session 13: "said its chief executive, X", "said the company's head, X"
    for i, tok in enumerate(tokens):
        w = tok.group(0)
        if i < lead:
            start = ve + tok.start() if start is None else start
            continue
        if not _accept(w, start is not None) and not (
                start is not None and i and tokens[i - 1].group(0) in ("for", "of") and _bare(w) in _JOB_AREAS):
            break  # (session 13: "its regional manager for exports, X")
        if start is None:
            start = ve + tok.start()
        end = ve + tok.end()
        if w.endswith(".") and (w.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", w)):
            continue  # "said Rep. Jo Park"; session 11: an initial, "said K. Srinivasa Rao"
        if w.endswith((",", ".", ";", ":")):
            end -= 1
            break
    if start is None:
        return None
    m = re.match(r",\s+((?:" + UPPER + r"[\w’'.-]*\s+){0,3}" + UPPER + r"[\w’'-]*)(?=\s*[.,;]?\s*$)", masked[end:s1])
    if m and _is_name(m.group(1).split()):  # "said Ironridge Tools LLC's president, Greg Novak."
        end += m.end(1)
    m = re.match(r",\s+([^,;:“”\"]{3,80}?)\s*(?:[.,;]?\s*$|,\s)", masked[end:s1])  # session 10: ", by video link"
    words = m.group(1).split() if m else []
    if words and words[0] in ("its", "their"):  # session 10: "said Zhou Wenbin, its general manager."
        words = ["the", *words[1:]]
    if m and (_is_title_np(words) or _bare(words[0]) in _TITLE_WORDS and _is_title_np(["the", *words])):  # "said Daniel Price, Pinecrest's chief operating
        end += m.end(1)  # officer."; session 8: "said Javier Lafuente, chief executive of the family-owned company."
    elif m and words and words[0] in ("the", "its") and "and" in words:
        k = words.index("and")  # session 13: "said X, the managing director and the fifth generation of his
        head = re.match(r"\S+(?:\s+\S+){%d}" % (k - 1), m.group(1))  # family to run the house": the title
        if k > 1 and head and _is_title_np(["the", *words[1:k]]) and all(_bare(w) in _TITLE_WORDS for w in words[1:k]):
            end += m.start(1) + head.end()  # before "and"
    return start, end
