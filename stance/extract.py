"""Find attributed statements in an article: direct quotes and reported speech.

A rule-based method in the line of textacy's ``direct_quotations`` and the
quote extractors of the Gender Gap Tracker and Citron, extended to reported
speech: quotation marks are paired per paragraph (``quotes.py``), quote
contents are masked so that sentence splitting and verb search never look
inside them, then each reporting verb ("said", "told", "called for",
"according to", ...) is tied to its subject (``subjects.py``: the phrase
before it, with appositives and relative clauses stepped over, or after it in
"..., said X") and to its content (``content.py``: the clause after it, or the
fronted clause before it). ``mentions.py`` remembers who each sentence
introduces; ``sources.py`` turns the subject into speaker, organization and
country. Also handled: "said A but warned that B" (two statements), "X
welcomed it but said A", "X's remarks that A" (nominal), a participle after a
non-reporting verb ("X defended the plan, telling ..."), a quote split by its
attribution ("“A,” X told reporters, “B.”"), quote paragraphs whose
attribution comes at the end of the last one, "Org says A, spokesman X tells
reporters — Desk (@handle) date" lines, and "..., its chief executive said"
when that person is named later with the same title. Helpers live apart:
``org_context.py`` reads a speaker's body or country from the rest of the
article, ``verb_context.py`` reads the text right around a reporting verb.

Round 3 added: a clause interrupted by its attribution ("The move, Berg
added, was ...", one statement covering it all); quotes with no attribution of
their own given to the person who is the subject of the sentence before, else
to whoever spoke last in this or the previous paragraph (interviews); quotes
after a colon ("X put it bluntly: “...”"); embedded social posts signed
"— Name (@handle)".

Limits: one speaker per statement; anonymous sources ("on condition of
anonymity") are dropped; other nominal attributions ("X's push to ...") are
not found; an unattributed quote is given to the last person named, never
dropped, so a quote from someone introduced only after it is misattributed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from .bodies import (GOVERNMENT_WORDS as _GOVERNMENT_WORDS, country_name, embassy, government_of, is_built_ministry, legislature, minister_body, named_body,
                     national_government, title_areas, unnamed_ministry)
from .gazetteer import gazetteer_country
from .places import (based_country, building_name, country_cue, dateline_place, legal_form_country, names_country,
                     org_home, place_country)
from .content import after_dateline, content_after, content_before, trim
from .quotes import Quote, find_quotes, inside_quote, mask, words
from .records import Statement
from .mentions import introduce, introduced_later
from .names import country_ended_body, drop_title
from .registry import Registry
from .sources import DESCRIBED_LEAD, Discourse, Source
from .subjects import leading_subject, sentence_subject, subject_after, subject_before, subject_phrase
from .intro_org import intro_sentence_org, legislator_seat
from .implicit import (BARE_ATTRIBUTION, SIGNATURE, answer, answer_goes_on, colon_source, header_speaker, infinitive_subject, interrupted,
                       make_statement, named_before, named_later, post, surname_later, interrupted_inverted)
from .text import Span, paragraphs, sentences
from .tidy import (fullest_org_names, one_body_per_speaker, company_without_country, country_as_government, founded_by_pronoun, fuller_speakers, member_body,
                   no_company_in_the_eu)
from .vocab import (EP_GROUP_TAG, FIRM_ANAPHORS, UPPER, TITLES, TITLE_KINDS, ORG_ANAPHORS, ORG_FIRST_WORDS, US_PLACES, CITIES, COUNTRIES, MONTHS, NOMINAL_REPORTS, REGION_NAMES, WEEKDAYS, REPORTING_FINITE,
                    REPORTING_INFINITIVE, REPORTING_PARTICIPLE)
# helpers moved to their own modules, still importable from here by their old names (tests, sources.py)
from .org_context import (_GENERIC_HEADS, _area_secretary, _at_the_body, _country_word, _eu_titled, _first_country,
                          _fuller_name, _fullest_name, _host_country, _is_org_name, _lead_country, _local_government,
                          _most_named_country, _names_country, _seat, _section_org)
from .verb_context import _PART_OF_AT, _inline_terms, _is_description, _quote_tied, _registry_subject


_VERB = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(REPORTING_FINITE | REPORTING_PARTICIPLE | NOMINAL_REPORTS |
                                                      REPORTING_INFINITIVE,
                                                      key=len,
                                                      reverse=True)) + r")(?![\w’'-])")
_LEDE_FIRM = re.compile(r"(?P<cue>[A-Z][a-z]+(?:\s+[a-z-]+){1,4}\s+)?"
                        r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){1,4})\s+(?=[a-z])")
# session 9: '"A," she said. "Badly."': a whole-sentence quote right after "X said." goes on with X, however short
_SAID_BEFORE = re.compile(r"[”\"]\s*,?\s*(?:[A-Z][\w’'-]+|[Hh]e|[Ss]he)(?:\s+[A-Z][\w’'-]+)?\s+(?:said|says|added)\.\s*$")
_BOARD_MEMBER_TITLES = {"trustee": "Trustees", "supervisor": "Supervisors", "selectman": "Selectmen",
                        "selectwoman": "Selectmen"}
_NAMED_BOARD = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){1,3}(?:County|Township|Town|City)\s+Board\s+of\s+"
                          r"(?:Trustees|Supervisors|Selectmen|Commissioners))\b")
_TIMESTAMP_LINE = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,5}))?[ \t]*(?=\n)", re.M)
_MASTHEAD = re.compile(r"[^\n.!?“”\"]{2,60}\s[|·]\s[^\n.!?“”\"]{2,60}")
_LOWER_BOARD = re.compile(r"\b[Tt]he\s+(township|county|town)\s+board\b")
_PLURAL_BOARD = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){1,3}(?:County|Township|Town))\s+(trustees|supervisors|selectmen)\b")


def _local_board(text: str, title: str) -> tuple[str, str | None] | None:
    """Session 9: the local board a trustee or supervisor sits on: the one the story names ("The Hardin County Board
    of Supervisors voted"), else the one its plural names ("The Pike Creek Township trustees voted": "Pike Creek
    Township Board of Trustees"); its country from the place or a US state the story names."""
    named = _NAMED_BOARD.search(text)
    name = re.sub(r"^(?:The|A)\s+", "", named.group(1)) if named else None
    if not name:
        plural = next((m for m in _PLURAL_BOARD.finditer(text) if m.group(2).lower() == _BOARD_MEMBER_TITLES[title].lower()),
                      None)
        place = re.sub(r"^(?:The|A)\s+", "", plural.group(1)) if plural else None
        name = f"{place} Board of {_BOARD_MEMBER_TITLES[title]}" if place else None
    lower = _LOWER_BOARD.search(text) if not name else None
    if lower:  # session 10: "the township board took public comment" in a story about Comstock Township:
        unit = lower.group(1).capitalize()  # "Comstock Township Board"
        place = re.search(r"\b((?:[A-Z][\w’'-]*\s+){1,2}" + unit + r")\b(?!\s+(?:Board|Council|Commission))", text)
        here = dateline_place(text) or ""
        name = re.sub(r"^(?:The|A)\s+", "", place.group(1)) + " Board" if place else \
            (f"{here} Board" if here.endswith(unit) else None)
    return (name, org_home(text, name)) if name else None


_ACCORDING = re.compile(r"(?:^|(?<=[\s,]))[Aa]ccording\s+to\s+")
_REACTION = re.compile(r"\s(?:drew|draws|were|was|came|sparked|prompted|triggered|won|met|caused|angered|rattled"
                       r"|surprised|followed)\b")
# "two officials said on condition of anonymity", "an official, who asked not to be named, said"
_ANONYMITY = re.compile(r"\bcondition\s+of\s+anonymity\b|\b(?:asked|declined|requested)\s+not\s+to\s+be\s+"
                        r"(?:named|identified)\b|\brequested\s+anonymity\b")
_DOCUMENT_NOUNS = ("report", "note", "study", "survey", "analysis", "paper")
_THE_DOCUMENT = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:(?:latest|new|full|research|annual)\s+)?(" +
                           "|".join(_DOCUMENT_NOUNS) + r")$")
_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:study|report|survey|paper|analysis|poll|forecast|note|"
                       r"estimate|estimates|data|figures|research|review|index)\b", re.I)
# Session 13: "According to a statement from X, CLAUSE": X speaks (a person or a body, as named)
_REQUEST_VERBS = frozenset("asked asks accused accuses accusing demanded demands demanding recommended recommends "
                           "recommending".split())
_STATEMENT_FROM = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|filing)\s+(?:from|by|issued\s+by)\s+",
                             re.I)
_PARTY_TAG = re.compile(r"(?<=[A-Za-z]) \((?:[RDI]-[A-Z][A-Za-z.]*|" + EP_GROUP_TAG + r")\)(?=[\s,])")  # s13: "(EPP, Germany)"
# Session 5: the comma between a town and its state or country after a preposition ("who runs a business in
# Columbus, Ohio, said"), so that a relative clause or appositive holding one is stepped over whole
_PLACE_COMMA = re.compile(r"(\b(?:in|of|from|near|at|outside)\s+[A-Z][a-zß-öø-ÿ’'-]+),(?= (?:" + "|".join(sorted(
    (re.escape(" ".join(w[:1].upper() + w[1:] for w in p.split())) for p in list(US_PLACES) +
     [k for k in COUNTRIES if len(k) > 3]), key=len, reverse=True)) + r"),)")
_ABBREVIATION_MARK = re.compile(r"(?<=[A-Za-z]) \((?:" + UPPER + "{2,6}|[A-Z][a-z]+[A-Z]?[a-z]*|"  # "(CNI)", session 6: "(Pharmexcil)"
                                r"(?:ASX|NYSE|NASDAQ|Nasdaq|TSX|LSE|HKEX|SGX|KRX|TYO|JSE|BSE|NSE|SSE|SZSE):\s?[\w.]{1,8})\)"
                                r"(?=[\s,])")  # and a listing ticker, "(ASX: KLL)"
# Whose remark: "Keller's remarks", "Her comments" (then a noun, reporting only before "that")
_OWNER = re.compile(r"(?:\w['’]s|(?<![\w’'])(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts))\s+$")


# "X was quoted in the release as saying": the passive's subject speaks
_PASSIVE_QUOTED = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\b(?:\s+[\w’'-]+){0,5}?"
                             r"\s+as\s+$")


# Round 7: a person named before "of the <description> <Organization>" (the subject run stops at the description)
_PERSON_OF = re.compile(r"(?<![\w’'-])(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+|an?\s+)?"
                        r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3}")


# Round 10: guards (``Extractor._guard``)
_CHAMBER_COMMITTEE = re.compile(r"(?:U\.?S\.? )?(?:Senate|House) [A-Z][\w ,&-]*Committee$")
_TITLED_AFTER = re.compile(r",\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
                           r"(?P<name>[^,.;:“”\"]{2,60}?)\s+(?:said|says|announced|told|added|wrote|argued|warned)\b")
_OFFICE_AFTER = re.compile(r",\s+(?:Governor|Mayor|Premier|Prefect)\s+(?P<name>[^,.;:“”\"]{2,60}?)\s+"
                           r"(?:said|says|announced|told)\b")
_REGIONS = REGION_NAMES
# Session 8: a sub-national body that opens a clause ("Wakayama Prefecture will ...", "The Bahia state government has")
_PLACE_BODY_OPENS = re.compile(r"(?:The\s+)?((?:[A-Z][\w’'-]*\s+){1,3}(?:Prefecture|Province|County|Prefectural\s+"
                               r"Government|state\s+government|provincial\s+government|Regional\s+Government|"
                               r"City\s+Council|(?:Metropolitan|Municipal)\s+Government))\b")
_INDEFINITES = frozenset("Whoever Anyone Everyone Nobody Somebody Someone Everybody Anybody".split())
_LOWER_BUILT = re.compile(r"([A-Z][\w .-]*?)['’]s (Ministry|Department) of ((?:[a-z]+)(?: [a-z]+)*)$")
_QUANTIFIERS = frozenset("One Some Many Most Several Each All Both Two Three Four Another Few".split())
_PLURAL_FIRMS = "suppliers|customers|clients|rivals|competitors|makers|manufacturers|firms|companies|buyers|" \
    "lenders|banks|partners|exporters|importers|producers|vendors|carriers|operators|retailers|investors"
_COMMITTEE_NAME = re.compile(r"\b([A-Z][\w&’'-]*\s+(?:(?:[A-Z][\w&’'-]*|and|of|on|for|the)\s+){0,7}Committee)\b")
_ASKED = re.compile(r"[ \t]*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she)\s+asked\b(?!\s+(?:whether|if|why|how|what|when|who|for|to|about)\b)")
# Session 6: a local body named after its town or port ("Stalowa Wola City Council", "Port Authority of X")
_LOCAL_BODY_NAME = re.compile(r"\b(?:City|Town|Municipal|County|District|Village|Borough)\s+(?:Council|Assembly|Hall|"
                              r"Government|Board)\b|\bPort\s+Authority\b|\b(?:[Pp]rovincial|[Mm]unicipal)\s+government\b")
# Session 6: a question the press or an interviewer put is no statement ("..." a reporter asked)
_PRESS = r"(?:an?|one|another)\s+(?:[a-z-]+\s+)?(?:reporter|journalist|correspondent|interviewer|questioner)"
_ASKED_BY_PRESS = re.compile(r"[ \t]*" + _PRESS + r"\s+asked\b")
_BUILT_BODY = re.compile(r"[A-Z][\w .-]*['’]s (?:Federal )?(?:Ministry|Department) of ")
# a party's adjective ("a Conservative member"), not a party's proper name ("Partido Popular", "SPD")
# Session 11: titles that name membership of a chamber, whatever the chamber's name ("deputy", "MP")
_MEMBER_TITLES = frozenset({"deputy", "mp", "member of parliament", "parliamentarian", "lawmaker", "legislator"})
_CHAMBER_WORD = re.compile(r"\b(?:Assembly|Legislature|Parliament|Congress|Senate|Council|Chamber|House|Committee)\b")
_AT_THE_FIRMS = re.compile(r"\b(?:at|outside|inside|in|from)\s+the\s+" + FIRM_ANAPHORS + r"['’]s\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:offices?|headquarters|head\s+office|plant|factory|mill|site|stand|booth|premises)\b")
_ITS_TITLE_BEFORE = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(re.escape(t) for t in TITLES) +
                               r"),\s+$")
_PARTY = re.compile(r"(?:Conservative|Labour|Liberal Democrats?|Lib Dem|Tory|Tories|Democrat(?:ic)?|Republican|"
                    r"Green|Greens|Liberal|Labor|Socialist|Communist)(?:\s+Party)?")
_COMMONS = re.compile(r"\b(?:Commons|Westminster|House of Lords)\b")
_WESTMINSTER = re.compile(r"\b(?:MP|MPs|Commons|Westminster|House of Commons|House of Lords)\b")
# a company's titles only: a place's "deputy" mayor or "head" of its investment centre keeps the place
_BUSINESS_TITLE_HEADS = frozenset("""manager executive officer ceo cfo coo cto founder co-founder partner analyst
economist strategist trader broker banker owner""".split())
_REGION_POSS = re.compile(r"[Tt]he\s+(?:state|province|region|prefecture)['’]s\s")


_COUNCIL = re.compile(r"\b((?:" + UPPER + r"[\w’'-]+\s+){1,3}(?:Regional|City|Municipal|County|Town|Provincial|District)\s+"
                      r"Council)\b")


# Round 8: "called the partnership “...”": an object of one to five words, then a quotation
_CALLED_QUOTE = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that|these|those|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}"
                           r"\s+[“\"]")
_WHAT_CALLED = re.compile(r"\b(?:what|which|who|that|so-called)\s+(?:\w+\s+){0,2}$", re.I)
# Round 8: "closed the call by telling analysts that ..."
_BY_TELLING = re.compile(r"\s+(?:the\s+)?[\w’'-]+\s+that\s")
_TIME_NAMES = frozenset(w.lower() for w in MONTHS + WEEKDAYS)


_OWN_FIGURES = re.compile(r"\s*(?:the\s+|its\s+|their\s+)?(?:[\w.&’'-]+\s+){0,4}?[\w.&-]+['’]s?\s+own\s+(?:figures|count|counts|"
                          r"data|estimates?|records|numbers|tally|survey|calculations?)\b|\s*(?:its|their)\s+own\s+")
_THE_BODY_SAID = re.compile(r",\s+the\s+([a-z]+)\s+(?:said|says|announced|added|stated)\b")


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Session 8: the short lines of the first three that end with no sentence mark: headline, kicker, byline."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)][:3]
    return [(s, e) for s, e in lines if len(text[s:e].split()) <= 20 and "(@" not in text[s:e] and
            not text[s:e].rstrip().endswith((".", "\"", "”", "?", "!", ":", "’", "'"))]  # (a post's signed line is no
    # headline: "... — Tom Reed (@treed_econ) March 3, 2027")


def _untitled(found: list[Statement]) -> list[Statement]:
    """The statements with any title or honorific left before a speaker's name dropped (``names.drop_title``)."""
    return [replace(st, speaker=drop_title(st.speaker)) if st.speaker != drop_title(st.speaker) else st
            for st in found]


def _place_led_firm(st: Statement, d: Discourse, text: str, registry: Registry,
                    led: dict[str | None, Statement | None]) -> Statement:
    """Session 12: "Shandong Chenhai, in a statement ..., said", "Shanghai Jinhai Cold Chain, Kanemori's Chinese
    partner, said": a name led by a Chinese province or city is a firm, never a person. `led` caches the firm
    found for each speaker (None: a person)."""
    if not st.speaker or led.get(st.speaker, st) is None:
        return st
    if st.speaker in led:
        firm = led[st.speaker]
        return replace(st, speaker=None, organization=firm.organization, country=firm.country)
    out = _firm_for_speaker(st, text, registry)
    led[st.speaker] = out if out is not st else None
    return out


def _firm_for_speaker(st: Statement, text: str, registry: Registry) -> Statement:
    if registry.person(st.speaker or ""):
        return st
    first = st.speaker.split()[0].lower()
    m = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+" + re.escape(st.speaker) + r"\b", text) \
        if not _CHINESE_PLACE(first) else None
    lead = first if _CHINESE_PLACE(first) and " " in st.speaker else \
        (m.group(1).lower() if m and _CHINESE_PLACE(m.group(1).lower()) else None)
    if lead is None:
        return st
    name = st.speaker if lead == first else f"{m.group(1)} {st.speaker}"
    longer = re.search(re.escape(name) + r"(?:\s+[A-Z][\w&-]*){1,3}", text)  # "Shandong Chenhai Paper" named before
    full = longer.group(0) if longer and longer.start() < text.find(name + " ") + 1 else name
    known = registry.org(full)
    return replace(st, speaker=None, organization=known.canonical if known else full, country="CN")


def _no_article(st: Statement, registry: Registry) -> Statement:
    """Session 12: "The Piraeus Port Authority" is filed as "Piraeus Port Authority" (a name's own "The" stays only
    where the registry's canonical has it)."""
    org = st.organization or ""
    if not re.match(r"The\s+[A-Z]", org) or registry.org(org) and registry.org(org).canonical == org:
        return st
    return replace(st, organization=org[4:].lstrip())


def _generic_government(st: Statement, d: Discourse, registry: Registry) -> Statement:
    """Session 12: "Government spokesman X told reporters in Budapest": "Government" alone names the government
    of the story's country."""
    if (st.organization or "").lower() not in ("government", "the government", "cabinet"):
        return st
    body = government_of(registry, st.country or d.home_country or d.named_most or "")
    return replace(st, organization=body[0], country=body[1]) if body else st


def _CHINESE_PLACE(word: str) -> bool:
    return CITIES.get(word) == "CN" or COUNTRIES.get(word) == "CN" and word not in ("china", "chinese", "prc")


_MEDIUM_ADJUNCT = re.compile(r"\s+(?:on|in)\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:Facebook|X|"
                             r"Twitter|LinkedIn|Weibo|WeChat|Instagram|Telegram|Substack|post|blog|column|op-ed|"
                             r"newsletter|letter)\s*,")
_GERUND_AFTER = re.compile(r"\b(?:in|of|for|without|from)\s+$")  # a preposition before "adding", "saying"
_FORM_TAIL = re.compile(r"\.?(?:\s+de\s+C\.\s?V\.|\s+de\s+R\.\s?L\.)")


def _legal_form_tail(st: Statement, text: str) -> Statement:
    """Session 12: "Forjados del Norte S.A. de C.V." was cut at "S.A" (the period read as a sentence's end): the
    name with its whole legal form, and that form's country (Mexico)."""
    org = st.organization
    if not org or not re.search(r"\bS\.A(?:\.B)?\.?$", org):
        return st
    at = text.find(org)
    m = _FORM_TAIL.match(text, at + len(org)) if at >= 0 else None
    if not m:
        return st
    full = org.rstrip(".") + "." + m.group(0)[1:] if m.group(0).startswith(".") else org + m.group(0)
    return replace(st, organization=full, country=st.country or legal_form_country(full))


_ACRONYM = re.compile(r"((?:" + UPPER + r"[\w-]*['’]s\s+)?(?:the\s+)?" + UPPER + r"[\w’'&.-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*"
                      + UPPER + r"[\w’'&.-]*){1,8})\s+\(([A-Z][A-Za-z]{1,7})\)")


def _acronyms(text: str) -> dict[str, str]:
    """Session 12: "the Swedish Post and Telecom Authority (PTS)": the acronym -> the name it stands for, when
    the acronym's first letter opens one of the name's words."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        name, short = m.group(1).strip(), m.group(2)
        words = [w for w in re.findall(r"[\w’'&.-]+", name) if w[:1].isupper()]
        if short.upper() == short or re.fullmatch(r"[A-Z][a-z]?[A-Z]+[a-z]?[A-Z]*", short) or \
                short.upper() == "".join(w[0] for w in words if w.lower() != "the").upper():  # session 13: "(Numsa)"
            if any(w[0] == short[0] for w in words) and len(words) >= 2:
                out.setdefault(short, re.sub(r"^[Tt]he\s+", "", name))
    return out


class Extractor:
    """Extracts statements from article text. Holds only immutable data (the registry)."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def extract(self, text: str) -> list[Statement]:
        d = Discourse(self.registry, text)
        found = sorted(set(self._extract(text, d)), key=lambda s: (s.start, s.end))
        out = [surname_later(named_later(st, d), d, self.registry) for st in found]
        settled: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
        later: dict[str, Source | None] = {}  # the speaker's organization said later in the article, by speaker
        fullest: dict[str, str | None] = {}  # round 8: the fuller name each short name was introduced by
        out = _untitled([self._settle(st, d, text, settled, later, fullest) for st in out])  # the guards read names
        moved: dict[tuple[str | None, str | None], tuple[str, str | None]] = {}  # (speaker, old org) -> new
        out = fuller_speakers([self._round11(self._guard(st, d, text, moved), text) for st in out], text, self.registry)
        out = [no_company_in_the_eu(company_without_country(country_as_government(st, self.registry), self.registry),
                                    self.registry) for st in out]
        out = founded_by_pronoun(member_body(out, text, d.home_country or d.named_most), text, d.home_country)
        out = legislator_seat(intro_sentence_org(out, text, d), text, d)  # session 8: what no rule gave, from the
        # introducing sentence; a member's chamber rather than a party
        heads = _headline_spans(text)  # session 8: a headline ("Nordwind warns of Chinese pricing") states nothing
        out = [st for st in out if not any(s <= st.start < e for s, e in heads)]
        long = _acronyms(text)
        out = one_body_per_speaker([self._at_the_firms(self._canonical(self._spelled_out(
            _legal_form_tail(st, text), long), text), d, text) for st in _untitled(out)])  # session 7: once more, as a
        # speaker's fuller name may bring it back ("Shri A B C")
        led: dict[str | None, Statement | None] = {}  # one lookup per speaker
        out = [_generic_government(_place_led_firm(_no_article(st, self.registry), d, text, self.registry, led), d,
                                   self.registry) for st in out]
        out = fullest_org_names(out, text, self.registry, d.org_countries)
        return [self._parent(st, d) for st in out] if d.parents else out

    def _at_the_firms(self, st: Statement, d: Discourse, text: str) -> Statement:
        """Session 11: a named speaker with no body who "told reporters at the company's Medan headquarters": the
        company named last before that phrase."""
        if not st.speaker or st.organization:
            return st
        p0, p1 = text.rfind("\n", 0, st.start) + 1, text.find("\n", st.end)
        para = text[p0:p1 if p1 >= 0 else len(text)]
        m = _AT_THE_FIRMS.search(para)
        if not m or st.speaker.split()[-1] not in para:
            return st
        firm = d.company_before(p0 + m.start())
        if firm is None or not firm.organization:
            return st
        known = self.registry.org(firm.organization)
        return replace(st, organization=firm.organization,
                       country=(known.country if known else None) or d.org_countries.get(firm.organization))

    def _parent(self, st: Statement, d: Discourse) -> Statement:
        """Session 9: a Chinese parent's local unit speaks for the parent (the annotation convention), also when
        named by its short form ("Gulf Coast Oxychem" for "Gulf Coast Oxychem LLC")."""
        org = st.organization or ""
        unit = next((u for u in d.parents if org in (u, " ".join(re.sub(r"\([^)]*\)", "", u).split()).rstrip(".")) or
                     (u.startswith(org + " ") or u.endswith(" " + org) or org.startswith(u + " ")) and
                     len(org.split()) >= 2), None)  # ("Tianyu Microelectronics (Penang) Sdn Bhd" without "(Penang)")
        # (session 12: "Sindh Coastal Power Co." for the unit "Sindh Coastal Power, which is owned by ...")
        if unit is None:
            return st
        parent = d.parents[unit]
        known = self.registry.org(parent)
        return replace(st, organization=known.canonical if known else parent,
                       country=(known.country if known else None) or d.org_countries.get(parent) or "CN")

    def _spelled_out(self, st: Statement, long: dict[str, str]) -> Statement:
        """Session 12: a body met by its acronym ("PTS director-general X") under the name the article spelled
        out for it, the registry's canonical when registered."""
        name = long.get(st.organization or "")
        if not name:
            return st
        known = self.registry.org(name) or self.registry.org(re.sub(r"^\S+['’]s\s+", "", name))
        if known is None and self.registry.org(st.organization or ""):
            return st  # the acronym is itself a registered body
        return replace(st, organization=known.canonical if known else name,
                       country=(known.country if known else None) or st.country or place_country(name.split("'")[0]))

    def _canonical(self, st: Statement, text: str) -> Statement:
        """Session 9: a registry body under its one canonical name ("Iowa House of Representatives" is filed
        under "Iowa Legislature"), whichever rule named it."""
        org = self.registry.org(st.organization) if st.organization else None
        if org is None:
            return st
        if org.country and st.country and st.country != org.country and names_country(text, org.country):
            return replace(st, organization=org.canonical, country=org.country)  # session 12: the registry's
            # country for a registered body when the article names that country ("Tamil Nadu government" is IN in a
            # story about a Taiwanese firm; "La Rioja" in a Spanish story is not Argentina's province)
        if org.canonical == st.organization:
            return st
        return replace(st, organization=org.canonical, country=st.country or org.country)

    def _round11(self, st: Statement, text: str) -> Statement:
        """Round 11 guards, after every other rule:

        - a bare generic head noun is no organization's name ("mayor of the City of Zrenjanin" read as "City",
          "of the Norwegian School of Economics" as "School", "the Chinese Consulate General in São Paulo" as
          "Consulate"): the full name the article writes around it, the occurrence nearest before the
          statement, else null;
        - a public body named after a place the hand-written lists know takes that place's country over a
          fallback ("Hong Kong Monetary Authority" is HK, not the story's CN);
        - a body led by a place only the package gazetteer knows ("Queenstown" is also a South African town)
          takes that country only when the article names it; else the country the story names most.
        """
        org = st.organization
        known = self.registry.org(org) if org else None
        if known and known.kind == "ministry" and known.country and \
                not any(o.canonical == known.canonical for _s, _e, o in self.registry.find_orgs(text)):
            # a registered ministry read off a title alone ("Commerce Secretary X" as the US Department of
            # Commerce) while the article names another country's ministry of that area: that one
            areas = [w.lower() for w in re.findall(r"[A-Za-z]+", known.canonical.split(" of ")[-1])
                     if " of " in known.canonical and w.lower() not in ("and", "the", "for")]
            named = named_body(self.registry, text, areas) if areas else None
            if named and named[1] and named[1] != known.country:
                return replace(st, organization=named[0], country=named[1])
        if org and org in _GENERIC_HEADS:
            fuller = _fuller_name(org, text, st.start)
            known = self.registry.org(fuller) if fuller else None
            if known:
                return replace(st, organization=known.canonical, country=known.country or st.country)
            if fuller:
                return replace(st, organization=fuller, country=st.country or _lead_country(fuller))
            return replace(st, organization=None)
        if org and not self.registry.org(org) and _GOVERNMENT_WORDS.search(org):
            lead = re.match(r"(?:The )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]?s?\s(?=[A-Z])", org)
            for cand in ((lead.group(1), lead.group(1).split()[0]) if lead else ()):
                code = CITIES.get(cand.lower()) or COUNTRIES.get(cand.lower())
                if code:
                    return replace(st, country=code) if code != st.country else st
            if lead and st.country and place_country(lead.group(1).split()[0]) == st.country and \
                    not _names_country(text, st.country):
                story = _most_named_country(text)
                return replace(st, country=story) if story else st
        return st

    def _lede_company(self, d: Discourse, masked: str, s0: int, vs: int, phrase: str) -> Source | None:
        """Session 9: "Chilean avocado exporter Frutícola Los Maitenes plans to ..., the company said": "the
        company" that no firm met before names is the firm the sentence opens with."""
        noun = re.sub(r"^the\s+", "", phrase.strip().lower())
        if ORG_ANAPHORS.get(noun) not in ("company", "any") or d.last_org.get("company"):
            return None
        m = _LEDE_FIRM.match(masked, after_dateline(masked, s0, vs), vs)
        met = d.people.get(m.group("name")) if m else None
        if not m or (met and (met.title or met.organization)) or place_country(m.group("name")) or \
                re.search(r"\b(?:his|her|he|she)\b", masked[m.end():vs]):
            return None
        name = m.group("name")  # (a bare name met before was read as a person's: "X plans to ...")
        if met:
            d.as_org(met)
        country = country_cue(m.group("cue") or "") or d._org_country(name)
        d.remember_org(name, country)
        return Source(None, name, country)

    def _clause_subject_org(self, st: Statement, d: Discourse, text: str) -> str | None:
        """Round 10: "X will open a school with Chengdu's Y in 2028, vice-chancellor Professor Z announced": a
        speaker named after the clause by a lower-case title alone speaks for the organization the clause opens
        with (X), not for one named inside it (Y)."""
        if not st.speaker or st.kind != "reported":
            return None
        window = text[st.end:st.end + 160]  # (static patterns, the name compared after: a pattern per speaker
        after = _TITLED_AFTER.match(window)  # compiled for every statement was a quarter of the run time)
        after = after if after and after.group("name") == st.speaker else None
        office = None if after else _OFFICE_AFTER.match(window)
        office = office if office and office.group("name") == st.speaker else None
        if not after and not office:
            return None
        opening = re.match(r"(?:The\s+)?((?:[A-Z][\w&.’'-]*\s+){0,5}[A-Z][\w&.’'-]*)", st.text)
        if not opening:
            return None
        if office:  # session 8: "Wakayama Prefecture will spend ..., Governor X said": the body of the place
            body = _PLACE_BODY_OPENS.match(st.text)  # the clause opens with
            return body.group(1) if body else None
        known = self.registry.org(opening.group(1))
        name = known.canonical if known else opening.group(1)
        seen = {o.organization for o in d.org_history} | d.org_names
        return name if name in seen and name != st.speaker else None

    def _clause_opener_org(self, st: Statement, text: str) -> tuple[str, str | None] | None:
        """Session 7: "Eli Lilly will spend 400 million euros to expand its plant at Little Island ..., the
        company said": a clause that opens with a registry organization and is given to "the company" (no
        speaker) is that organization's, whatever other name the clause holds."""
        if st.speaker or st.kind != "reported":
            return None
        after = _THE_BODY_SAID.match(text, st.end)
        if not after or ORG_ANAPHORS.get(after.group(1).lower()) not in ("company", "any"):
            return None
        opening = re.match(r"((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)", st.text)
        known = self.registry.org(opening.group(1)) if opening else None
        return (known.canonical, known.country) if known else None

    def _envoy_body(self, speaker: str, text: str) -> tuple[str, str] | None:
        """Round 10: "Ellen Marsh, the U.S. ambassador, spoke at a breakfast hosted by the U.S. Embassy in
        Nairobi": an ambassador introduced by a country word alone speaks for that country's embassy the article
        names (as it first gives it), else for none."""
        m = re.search(re.escape(speaker) + r",\s+(?:the|a|an)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
                      r"(?:ambassador|envoy)\b", text)
        code = _country_word(m.group(1)) if m else None
        if not code:
            return None
        names = {e.group(1) for e in re.finditer(r"\b((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+[Ee]mbassy\s+in\s+"
                                                 r"[A-Z][\w-]+)", text)
                 if _country_word(re.sub(r"^the\s+", "", e.group(1)).split(" Embassy")[0].split(" embassy")[0]) == code}
        if len(names) != 1:
            return None
        name = re.sub(r"^the\s+", "", names.pop())
        known = self.registry.org(name)
        return (known.canonical, known.country or code) if known else (name, code)

    def _committee_body(self, speaker: str, text: str) -> tuple[str, str | None] | None:
        """Round 10: "The committee's chair, Dame X, pressed her": the committee named before; a Commons or
        Lords committee's members are the UK Parliament's, a Senate or House committee's their chamber's (the
        README conventions)."""
        m = re.search(r"[Tt]he\s+committee['’]s\s+(?:[\w-]+\s+)?(?:chair\w*|member|head|vice-chair\w*),\s+"
                      r"(?:(?:Dame|Sir|Lord|Lady|Dr|Mr|Ms|Mrs)\.?\s+)?" + re.escape(speaker) + r"\b", text)
        if not m:
            return None
        named = list(_COMMITTEE_NAME.finditer(text, 0, m.start()))
        if not named:
            return None
        name = re.sub(r"^The\s+", "", named[-1].group(1))
        known = self.registry.org(name)
        if known:
            return known.canonical, known.country
        if re.match(r"(?:House of )?(?:Commons|Lords)\b", name) and self.registry.org("UK Parliament"):
            return "UK Parliament", "GB"
        if _CHAMBER_COMMITTEE.match(name):
            chamber = "US Senate" if "Senate" in name.split()[:2] else "US House of Representatives"
            return (chamber, "US") if self.registry.org(chamber) else None
        return None  # another committee: its body is not known

    def _guard(self, st: Statement, d: Discourse, text: str,
               moved: dict[tuple[str | None, str | None], tuple[str, str | None]]) -> Statement:
        """Round 10: guards against a confidently wrong attribution; a null is better than a wrong guess.

        - a speaker named after the clause by a lower-case title alone speaks for the organization the clause
          opens with (``_clause_subject_org``);
        - an ambassador introduced by a country word alone speaks for that country's embassy the article
          names (``_envoy_body``);
        - "the committee's chair, X": the committee's legislature (``_committee_body``); "X, who sits on the
          Y municipal council", "X, who heads ... for the IG Metall union": that body (``_seat``, ``_heads``);
        - a quantifier is no organization: "One of X's Chinese suppliers, Y, said" is firm Y speaking; a
          continent ("Asia") is no speaker or organization, nor is "Whoever";
        - a ministry built with lower-case areas ("Egypt's Ministry of trade and industry") takes the body's
          case and the country of its owner;
        - a place is no speaker ("the meeting in the Memorial Hall. “...”"): speaker, organization, country null;
        - an organization name in capitals ("HARBOURLINE SECURITIES") takes the case the article writes it in
          elsewhere, else title case;
        - a US Senate or House committee the registry lacks is its chamber (the README convention for
          members of Congress; "House Select Committee on the CCP" is in the registry and kept);
        - a party adjective is no organization ("Owen Griffiths, a Conservative member of the committee"): a
          British MP's is the UK Parliament (the README convention), anyone else's is left null; a name
          ending in "Party" ("Liberal Party") is kept outside Westminster;
        - a roundup's section heading ("KESTREL PARTNERS (Singapore)") gives the people in its section
          that organization and the heading's country, when they have none or its short name;
        - a public body with no country whose name opens with a place ("Hong Kong Monetary Authority") is there;
        - a ministry name built from a title ("Kazakhstan's Ministry of Industry") takes the fuller name the
          article writes ("... of Industry and Construction");
        - a bare place name as organization ("Zaragoza Mayor X", "Kumamoto Governor X", "headquartered in
          Hohhot, Inner Mongolia. Its manager X"): the place's body when the article names it ("Kumamoto
          Prefecture"), a mayor's city council, a government title's place as before; a business title
          ("general manager") gets no organization and no country.
        """
        if st.speaker and building_name(st.speaker, text):
            return replace(st, speaker=None, organization=None, country=None)
        if st.speaker and st.speaker.lower() in _REGIONS:  # round 10: "Asia" is no one
            st = replace(st, speaker=None)
        if st.organization and (st.organization.lower() in _REGIONS or st.organization in _INDEFINITES):
            st = replace(st, organization=None, country=None)  # "Asia", "Whoever" are no organization
        built = _LOWER_BUILT.match(st.organization or "")
        if built and _country_word(built.group(1)):  # "Egypt's Ministry of trade and industry": the body's case
            areas = " ".join(w if w in ("and", "of", "the", "for") else w.capitalize() for w in built.group(3).split())
            st = replace(st, organization=f"{built.group(1)}'s {built.group(2)} of {areas}",
                         country=st.country or _country_word(built.group(1)))
        if st.speaker and st.organization in _QUANTIFIERS:
            # "One of Brightway's largest Chinese suppliers, Ningbo Jiahe Housewares, said": the name is a firm's
            m = re.search(r"\b" + st.organization + r"\s+of\s+([^.;]{0,80}?)\b(?:" + _PLURAL_FIRMS + r"),\s+" +
                          re.escape(st.speaker) + r",", text)
            if m:
                return replace(st, speaker=None, organization=st.speaker,
                               country=country_cue(m.group(1).split("'")[-1].split("’")[-1]) or st.country)
            st = replace(st, organization=None, country=None)
        section = _section_org(text, st.start)
        if section and st.speaker and (not st.organization or set(st.organization.lower().split()) <=
                                       set(section[0].lower().split())):
            known = self.registry.org(section[0])  # "KESTREL PARTNERS (Singapore)" heads the section of
            st = replace(st, organization=known.canonical if known else section[0],  # "Kestrel's Rahul Mehta"
                         country=known.country if known and known.country else section[1])
        opener = self._clause_opener_org(st, text)
        if opener and opener[0] != st.organization:
            if st.organization and not self.registry.org(st.organization):
                moved[("*", st.organization)] = opener  # later "the site's manager" follows the company too
            st = replace(st, organization=opener[0], country=opener[1])
        elif (followed := moved.get(("*", st.organization))) is not None:
            st = replace(st, organization=followed[0], country=followed[1])
        subject = self._clause_subject_org(st, d, text)
        if subject and subject != st.organization:
            known = self.registry.org(subject)
            country = known.country if known else d.org_countries.get(subject) or d.company_home
            moved[(st.speaker, st.organization)] = (subject, country)
            st = replace(st, organization=subject, country=country)
        elif (st.speaker, st.organization) in moved:  # the same speaker's later statements follow
            subject, country = moved[(st.speaker, st.organization)]
            st = replace(st, organization=subject, country=country)
        if st.speaker and not st.organization:
            envoy = self._envoy_body(st.speaker, text) or self._committee_body(st.speaker, text) or \
                _seat(st.speaker, text, d, sentence=True) or _at_the_body(st.speaker, text, d)
            if envoy:
                st = replace(st, organization=envoy[0], country=envoy[1])
        elif st.speaker and st.organization:
            seat = _seat(st.speaker, text, d)  # "X, who chairs the Y Forum, an industry group representing EU
            at = text.find(st.speaker)  # producers": the body she chairs, not one inferred from a cue word
            intro = text[at:text.find(".", at) if text.find(".", at) > 0 else len(text)] if at >= 0 else ""
            if seat and seat[0] != st.organization and st.organization not in intro:
                st = replace(st, organization=seat[0], country=seat[1])
        lead = DESCRIBED_LEAD.match(st.organization or "")
        if lead and st.organization:  # "Chinese-owned Tianrun Dairy Group" read whole by a later rule
            rest = st.organization[lead.end():]
            st = replace(st, organization=rest, country=place_country(lead.group(1)) or d.org_countries.get(rest) or
                         st.country)
        org = st.organization
        if org and org.isupper() and len(org) > 5 and " " in org:
            mixed = next((m.group(0) for m in re.finditer(re.escape(org), text, re.I) if not m.group(0).isupper()),
                         None)
            name = mixed or " ".join(w.capitalize() if len(w) > 3 else w for w in org.split())
            known = self.registry.org(name)
            st = replace(st, organization=known.canonical if known else name)
            org = st.organization
        if org and _BUILT_BODY.match(org) and not self.registry.org(org):
            fuller = re.search(re.escape(org) + r"(?:,\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z][\w-]*", text)
            if fuller:  # "Kazakhstan's Ministry of Industry" built from a title, "... and Construction" in the text
                st = replace(st, organization=fuller.group(0))
                org = st.organization
        if org and not st.country and not self.registry.org(org) and _GOVERNMENT_WORDS.search(org):
            lead = re.match(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?=[A-Z])", org)  # "Hong Kong Monetary Authority"
            for cand in ((lead.group(1), lead.group(1).split()[0]) if lead else ()):
                if cand.lower() in CITIES or cand.lower() in COUNTRIES:
                    st = replace(st, country=CITIES.get(cand.lower()) or COUNTRIES[cand.lower()])
                    break
        if org and not self.registry.org(org) and _CHAMBER_COMMITTEE.match(org):
            chamber = "US Senate" if org.startswith(("Senate", "US Senate", "U.S. Senate")) else \
                "US House of Representatives"  # "a Republican on the Senate Foreign Relations Committee"
            if self.registry.org(chamber) and re.search(r"\b(?:Sen\.|Senator|Rep\.|Representative|Congress\w*|U\.?S\.?|"
                                                        r"Washington|American)\b", text):
                return replace(st, organization=chamber, country="US")
        known = d.people.get(st.speaker) if st.speaker and org else None
        party = bool(org and (_PARTY.fullmatch(org) or self.registry.org(org) and self.registry.org(org).kind == "party"))
        if known and (TITLE_KINDS.get(known.title or "") == "legislator" or known.title == "deputy") and \
                (self.registry.org(org) is None or party):
            code = st.country or d.home_country or based_country(org)  # (session 11: "Redcar's MP": the seat's)
            chamber = self._chamber_named(text, code)
            if not chamber and (known.title or "") in _MEMBER_TITLES and code not in (None, "US", "CN") and \
                    not (known.title == "deputy" and place_country(org)) and not _GOVERNMENT_WORDS.search(org) and \
                    not _CHAMBER_WORD.search(org):  # ("deputy" mayor of a city; "MP for Redcar" sits in the chamber)
                # session 11: "an ANO deputy", "a member of parliament for the opposition Progressive Slovakia party":
                # the title names the chamber ("Chamber of Deputies", "parliament")
                body = legislature(self.registry, "lawmaker", code)
                chamber = (body, code) if body else None
            if chamber and chamber[0] != org:  # session 10: "X, a VVD lawmaker" in a story that names the Dutch
                return replace(st, organization=chamber[0], country=chamber[1])  # Parliament: the chamber (the
                # README convention: the party only when no chamber is named)
        if org and _PARTY.fullmatch(org) and not self.registry.org(org):
            if (st.country == "GB" and _WESTMINSTER.search(text) or st.country is None and _COMMONS.search(text)) \
                    and self.registry.org("UK Parliament"):
                return replace(st, organization="UK Parliament", country="GB")
            if not re.search(r"\bParty$", org):  # "Liberal Party" is a body's name; "Conservative" an adjective
                return replace(st, organization=None, country=None)
        if org and not self.registry.org(org) and len(org.split()) <= 3 and place_country(org) and \
                not country_ended_body(org.split()) and not _GOVERNMENT_WORDS.search(org) and not re.search(r"['’]s?\b", org) and \
                org.split()[0].lower() not in ORG_FIRST_WORDS and \
                not re.search(r"\s(?:of|in|for)\s", org):  # session 7: "Universitas Indonesia" is a body;
            # session 8: "University of Ghana" names a place but is a body
            body = re.search(re.escape(org) + r"\s+(?:Prefecture|Province|Region|Regional\s+Council|Regional\s+"
                             r"Government|City\s+Council|Municipal\s+Council|State\s+Government|County\s+Council)\b",
                             text)
            known = d.people.get(st.speaker or "")
            title = (known.title or "") if known else ""
            if body:
                return replace(st, organization=body.group(0))
            if title == "mayor":
                return replace(st, organization=f"{org} City Council")
            if st.speaker and title and title.split()[-1] in _BUSINESS_TITLE_HEADS:
                return replace(st, organization=None, country=None)
            if st.speaker and not title and re.match(r"\s*[A-Z][A-Z .'-]+\s+(?:--|[-—–])\s", text[:80]) and \
                    org.upper() in text[:80]:  # session 8: "POHANG - Park Seon-ju, who heads ...": the dateline's
                return replace(st, organization=None, country=None)  # city is no one's body
        return st

    def _chamber_named(self, text: str, code: str | None) -> tuple[str, str] | None:
        """Session 10: the one national legislature of `code` the article names (registry names and aliases)."""
        if not code or code == "US":
            return None
        found = {o.canonical: o.country for _s, _e, o in self.registry.find_orgs(text)
                 if o.kind == "legislature" and o.country == code}
        return next(iter(found.items())) if len(found) == 1 else None

    def _settle(self, st: Statement, d: Discourse, text: str,
                settled: dict[tuple[str | None, str | None], tuple[str | None, str | None]],
                later: dict[str, Source | None], fullest: dict[str, str | None]) -> Statement:
        """Round 7: what only the whole article tells: the body a minister, governor or councillor belongs
        to, an organization read as a person, a name given in full before. A speaker's body settled once
        holds for the rest of the article (`settled`)."""
        key = (st.speaker, st.organization)
        if st.speaker and key in settled:
            return replace(st, organization=settled[key][0], country=settled[key][1])
        out = self._settle_one(st, d, text, later, fullest)
        if st.speaker and out.speaker == st.speaker and out.organization != st.organization:
            settled[key] = (out.organization, out.country)
        return out

    def _settle_one(self, st: Statement, d: Discourse, text: str, later: dict[str, Source | None],
                    fullest: dict[str, str | None]) -> Statement:
        unnamed_title = d.unnamed.get(st.start, (None, None))[1] if not st.speaker else None
        minister = bool(unnamed_title and unnamed_title.split()[-1] == "minister") or \
            not st.speaker and is_built_ministry(st.organization)  # session 9: and "the minister said" later
        body = minister_body(self.registry, text, st.organization, d.home_country) \
            if st.speaker or minister else None  # round 9: "X's trade minister told a radio interviewer ...": no
        # name, the same convention
        if body:
            st = replace(st, organization=body[0], country=body[1] or st.country)
        known = d.people.get(st.speaker or "")
        body = unnamed_ministry(self.registry, text, st.organization, st.speaker, known.title) \
            if known and known.organization == st.organization else \
            unnamed_ministry(self.registry, text, st.organization, None, unnamed_title) if minister else None
        if body:
            st = replace(st, organization=body[0], country=body[1])
        longer = [p for n, p in d.people.items() if st.speaker and n.startswith(st.speaker + " ")]
        if len(longer) == 1 and st.speaker not in d.people or (st.speaker in d.people and len(longer) == 1 and
                                                               not d.people[st.speaker].organization):
            p = longer[0]  # "Beatriz Anaya" after "Beatriz Anaya Quiroz": one person, named in full first
            st = replace(st, speaker=p.speaker, organization=st.organization or p.organization,
                         country=st.country or p.country)
        known = d.people.get(st.speaker or "")
        if known and known.title in ("councillor", "councilor", "coun"):  # a councillor sits on the council named before
            council = list(_COUNCIL.finditer(text, 0, st.start))
            city = dateline_place(text) if not council and known.title == "coun" else None
            if council:
                name = re.sub(r"^(?:The|A|An)\s+", "", council[-1].group(1))
                st = replace(st, organization=name, country=place_country(name.split()[0]) or d.home_country)
            elif city and place_country(city):  # session 9: "Coun. X (Ward)" in a story datelined WINNIPEG
                st = replace(st, organization=f"{city} City Council", country=place_country(city))
        board_title = known.title if known and known.title in _BOARD_MEMBER_TITLES else None
        if known and not board_title and known.title in ("chairman", "chairwoman", "chair", "president") and \
                st.speaker and st.speaker in text:  # "Trustee Chairman Ron Keller"
            lead = re.search(r"\b(Trustee|Supervisor|Selectman)\s+(?:Chairman|Chairwoman|Chair|President)\s+$",
                             text[:text.find(st.speaker)])
            board_title = lead.group(1).lower() if lead else None
        if board_title:  # session 9: "Trustee X" on the board the story names
            board = _local_board(text, board_title)
            if board:
                st = replace(st, organization=board[0], country=board[1] or d.home_country or st.country)
        regional = bool(known and known.title and _REGION_POSS.search(text)) and \
            re.search(r"[Tt]he\s+(?:state|province|region|prefecture)['’]s\s+[\w\s-]{0,40}?"
                      r"(?:[Mm]inister|[Ss]ecretary|official|spokes\w+)(?:\s+(?:for|of)\s+[\w\s-]{1,40}?)?[,\s]+"
                      r"(?:(?:Shri|Smt|Mr|Mrs|Ms|Dr)\.?\s+)?" + re.escape(st.speaker or ""), text) is not None
        if known and (known.title in ("governor", "gov", "vice governor", "deputy governor") or regional) and \
                self._not_local(st.organization):
            local = _local_government(text, st.start)  # "The Sichuan provincial government ... Vice Governor X"
            if local:
                st = replace(st, organization=local[0], country=local[1] or st.country or
                             _host_country(text, st.start, "") or d.home_country)
        areas = title_areas(text, st.speaker) if known and known.title in ("secretary", "minister") and \
            st.speaker else []
        if areas and not (st.organization and st.country and re.search(r"Ministry|Department", st.organization) and
                          all(a in st.organization.lower() for a in areas)):
            named = named_body(self.registry, text, areas)  # "Tourism Secretary X" and, elsewhere, "the
            if named:  # Department of Tourism": that department, in the country the sentence names
                where = _host_country(text, st.start, "") or _first_country(text, st.start) or d.home_country
                st = replace(st, organization=named[0], country=named[1] or where or st.country)
        if known and known.title and known.title.split()[-1] == "minister" and not st.organization and \
                not st.country and not regional:
            # round 9: "Federal agriculture minister X" in a story with no country named for her: the story's
            # (the dateline's, else the first placed organization's unless Chinese: in coverage of China a
            # Chinese firm is the usual subject, and Chinese officials are named with their country)
            st = replace(st, country=d.home_country or (d.story_country if d.story_country != "CN" else None) or
                         _most_named_country(text))
        if known and known.title and (known.title.split()[-1] == "minister" or known.title == "secretary" and
                                      _area_secretary(text, st.speaker or "")) and not st.organization and st.country \
                and not regional:  # round 8: "Greece's shipping minister, X": a ministry never named, the government
            body = government_of(self.registry, st.country)
            if body and self.registry.org(body[0]):
                st = replace(st, organization=body[0], country=body[1])
        if known and known.speaker and "Commission" in text and _eu_titled(text, known.speaker.split()[-1]) and self.registry.org("European Commission") and \
                (not st.organization or (self.registry.org(st.organization) and
                                         self.registry.org(st.organization).kind in ("government", "ministry") and
                                         st.country != "EU")):
            # round 9: "Executive Vice-President X", "energy commissioner X" in a story about the Commission
            st = replace(st, organization="European Commission", country="EU")
        if known and known.title == "ambassador" and not st.organization and st.country:
            host = _host_country(text, st.start, st.country) or d.home_country  # "in Manila": the host country
            body = embassy(self.registry, f"{country_name(st.country)} embassy in {country_name(host)}") \
                if host and host != st.country and country_name(st.country) and country_name(host) else None
            if body:
                st = replace(st, organization=body[0], country=body[1])
        if st.speaker and not st.organization and " " in st.speaker:
            if st.speaker not in later:
                later[st.speaker] = introduced_later(d, st.speaker)  # "Becker is chief economist at X", said after
            found = later[st.speaker]
            if found:
                st = replace(st, organization=found.organization, country=found.country or st.country)
        if st.organization and not st.country and not self.registry.org(st.organization) and \
                len(st.organization.split()) <= 3 and gazetteer_country(st.organization):
            st = replace(st, country=gazetteer_country(st.organization))  # round 9: "Catamarca's mining secretary"
        later_home = d.org_countries.get(st.organization or "")
        if st.organization and st.country and later_home and later_home != st.country and \
                st.country == d.home_country and not self.registry.org(st.organization):
            st = replace(st, country=later_home)  # round 9: the dateline's country, then "The Ohio company ..."
        if st.organization and not st.country:  # a country the article gives the organization later, else a
            company = not self.registry.org(st.organization) and not _GOVERNMENT_WORDS.search(st.organization) \
                and " " in st.organization  # one word ("ArenaEV") is too weak a name for the story's country
            local = _LOCAL_BODY_NAME.search(st.organization)  # session 6: "Stalowa Wola City Council", a town the
            st = replace(st, country=d.org_countries.get(st.organization) or d._org_country(st.organization) or
                         (d.company_home if company or local else None))  # lists lack: the story's; company's: the
            # dateline's

        org = st.organization
        if org and not self.registry.org(org):  # "Ruitong (Auto Parts)" after "Zhejiang Ruitong Auto Parts"
            fuller = {o for o in [*d.org_countries, *(s.organization or "" for s in d.org_history)]
                      if o != org and (org in o.split() if " " not in org else o.endswith(" " + org)) and
                      not re.search(r"['’]s?\s", o) and f"{org} and " not in o}  # not "Thailand's Department of
            # Tourism" for "Department of ..."; session 11: not "Redcar and Cleveland Borough Council" for "Redcar"
            if len(fuller) == 1:
                full = fuller.pop()
                st = replace(st, organization=full, country=d.org_countries.get(full) or st.country)
        if org and org == st.organization and not self.registry.org(org):
            if org not in fullest:  # round 8: "Hoshizora" after "Hoshizora Retailing" opened the story
                fullest[org] = _fullest_name(text, org, d)
            full = fullest[org]
            if full:
                st = replace(st, organization=full, country=d.org_countries.get(full) or st.country)
        if st.speaker and not st.organization and _is_org_name(st.speaker, d):
            # "Litio Andino said", read as a person's name: an organization met as one, or named by its form
            name = d._known_org(st.speaker)
            st = replace(st, speaker=None, organization=name,
                         country=d.org_countries.get(name) or d._org_country(name) or st.country)
        return st

    def _resolve(self, d: Discourse, phrase: str, start: int) -> Source | None:
        """Round 7: "The report estimates": a document speaks for the organization that published it, when the
        article said who did ("according to a note published by X")."""
        m = _THE_DOCUMENT.match(phrase.strip())
        name = d.org_nouns.get(m.group(1).lower()) if m else None
        if name:
            return Source(None, name, d.org_countries.get(name))
        return d.resolve(phrase, start)  # else the organization just named ("analysts at X ... the note said")

    def _not_local(self, organization: str | None) -> bool:
        """No organization, or one that is neither a local body nor a central bank (whose head is a governor
        too): a governor's government is then looked for in the text."""
        if organization is None:
            return True
        org = self.registry.org(organization)
        if org is not None:
            return org.kind not in ("bank", "regulator", "local_government", "company")
        return not re.search(r"\b(?:Bank|Reserve|Monetary|[Gg]overnment|Prefecture|Province|State|County|City)\b",
                             organization)

    def _extract(self, text: str, d: Discourse) -> Iterator[Statement]:
        quotes = find_quotes(text)
        masked = _ABBREVIATION_MARK.sub(lambda m: " " * len(m.group(0)), mask(text, quotes))  # "X (CNI), ..."
        masked = _inline_terms(text, masked, quotes)  # round 9: "the so-called “validated end-user” waiver"
        masked = _PARTY_TAG.sub(lambda m: " " * len(m.group(0)), masked)  # round 9: "Senator X (R-Idaho), who"
        masked = _TIMESTAMP_LINE.sub(lambda m: " " * len(m.group(0)), masked)  # session 10: a live blog's "09:18 CET"
        # line opens no sentence's subject
        masked = _PLACE_COMMA.sub(r"\1 ", masked)  # session 5: "who runs a business in Columbus, Ohio, said"
        used_quotes: set[int] = set()
        prev_para_open: Source | None = None
        last_quote_src: Source | None = None
        # Paragraphs that open a quote, leave it open and name no speaker: news style puts the
        # attribution at the end of the last paragraph of the quote, so they wait for it.
        held: list[Quote] = []
        held_fresh: Source | None = None  # round 9: the person introduced just before the held paragraphs
        seen: set[str] = set()
        prev_para_start = 0
        prev_quiet = False  # round 9: the paragraph before attributed nothing and quoted no one
        prev_answer: Source | None = None  # session 5: who answered in the paragraph before (a transcript)
        under: Source | None = None  # session 6: who speaks under the last transcript header line
        under_first = False  # session 6: the paragraph right after a header line that stood alone
        for para in paragraphs(masked):
            # Who an unattributed quote continues: whoever spoke last, in this paragraph or the one before
            # (an interview's answer after "Nakagawa says the rules ..."), else the last one quoted.
            recent = d.last_speaker if d.last_speaker and d.speaker_at >= prev_para_start else None
            # Round 9: a person the paragraph before introduced after the last statement ("Grace Okafor, who
            # chairs X, gave a long speech.") is whom a quote paragraph with no attribution continues
            fresh = d.last_person if d.last_person and d.last_person.speaker and d.person_at >= prev_para_start \
                and d.person_at > d.speaker_at and d.last_person != d.last_speaker else None
            continuing = fresh or recent or last_quote_src
            para_quotes = [q for q in quotes if para.start <= q.open < para.end]
            d.quiet_paragraph_start = prev_para_start if prev_quiet else -1
            d.paragraph_start = para.start
            opens = bool(para_quotes) and para_quotes[0].open == para.start
            # A paragraph that opens with a quote continuing an unclosed one.
            if prev_para_open and opens:
                yield from self._quote_statement(text, para_quotes[0], prev_para_open)
                used_quotes.add(para_quotes[0].open)
                last_quote_src = prev_para_open
            prev_para_open = None
            if held and not opens:
                yield from self._give(text, held, held_fresh or continuing, used_quotes)
                held = []
            hold = opens and not para_quotes[0].closed and para_quotes[0].open not in used_quotes
            spoken = 0
            para_src: Source | None = None
            for sent in sentences(masked, para):
                d.cursor = sent.start
                if not _MASTHEAD.fullmatch(sent.text.strip()):  # session 10: "Edinburgh Business Review | Food & Drink"
                    introduce(self.registry, d, sent, seen)  # names a paper and its section, no source
                sent_quotes = [q for q in para_quotes if sent.start <= q.open < sent.end]
                before = [q for q in para_quotes if q.closed and q.close < sent.start and q.open not in used_quotes
                          and not masked[q.close + 1:sent.start].strip()]  # “...” Tang said.
                found = list(self._attributions(d, text, masked, sent, before + sent_quotes, used_quotes))
                for st, _ in found:  # round 7: a quote inside a reported clause is part of it, no quote of its own
                    if st.kind == "reported":
                        used_quotes.update(q.open for q in para_quotes if q.closed and st.start <= q.open and
                                           q.close <= st.end + 1)
                spoken += len(found)
                for st, src in found:
                    yield st
                    d.spoke(src)
                    if st.kind == "direct":
                        last_quote_src = src
                        para_src = para_src or src
                # A sentence-initial quote with no attribution continues the last quoted speaker.
                for q in sent_quotes:
                    if q.open in used_quotes or (hold and q is para_quotes[0]):
                        continue
                    colon = colon_source(d, text, masked, sent, q)  # "X put it bluntly: “...”"
                    if colon is not None:
                        yield from self._quote_statement(text, q, d.remember(colon))
                        d.spoke(colon)
                        used_quotes.add(q.open)
                        last_quote_src = colon
                        continue
                    question = text[q.open:q.close].rstrip()[-1:] == "?"
                    if question and (_ASKED_BY_PRESS.match(masked, q.close + 1) or
                                     re.match(r"[ \t]*asked\s+(?:" + _PRESS + r")\b", masked[q.close + 1:q.close + 60])):
                        used_quotes.add(q.open)  # session 6: "“Will the plant use Chinese cells?” a reporter asked"
                        continue
                    asker = _ASKED.match(masked, q.close + 1) if question else None
                    if asker:  # round 10: "“Are we training the firm ...?” Cole asked.": a question put by Cole
                        src = d.resolve(asker.group(1), asker.start(1))
                        if src and src.known:
                            yield from self._quote_statement(text, q, src)
                            used_quotes.add(q.open)
                            last_quote_src = src
                            continue
                    src = named_before(d, text, para.start, q.open)  # "Nakagawa paused. “Be careful. ...”"
                    introduced = held_fresh if held else fresh if q.open == para.start else None
                    src = src or introduced
                    src = src or (d.last_speaker if d.last_speaker and d.speaker_at >= prev_para_start else None)
                    src = src or last_quote_src
                    if q.open == sent.start and src and (words(text[q.open:q.close]) >= 4 or
                                                         q.closed and re.fullmatch(r".[A-Z][^\n]*[.!?]", text[q.open:q.close])
                                                         and (src is last_quote_src or _SAID_BEFORE.search(
                                                             text, para.start, q.open))) and \
                            not (q.closed and BARE_ATTRIBUTION.match(masked, q.close + 1)):
                        yield from self._quote_statement(text, q, src)
                        used_quotes.add(q.open)
                        last_quote_src = src
                        if src is introduced:  # round 9: the person just introduced has now spoken ("he said")
                            d.spoke(src)
            own = post(d, text, masked, para) if not spoken and not para_quotes else None
            header = header_speaker(d, text, para) if own is None else None
            if header is not None:  # session 6: "Dana Whitfield, Chief Executive Officer:" on its own line
                under, header_start = header
                own = answer_goes_on(text, para, under, header_start, first_person=False) if not spoken else None
                under_first = header_start >= para.end  # the header stood alone: its words are the next paragraph
            elif under is not None:
                own = answer_goes_on(text, para, under, first_person=not under_first) \
                    if not spoken and not para_quotes else None
                under = under if own is not None else None  # the answer ends at the first paragraph not its own
                under_first = False
            labelled = answer(d, text, para) if own is None and not spoken and not para_quotes else None
            answered = labelled or (answer_goes_on(text, para, prev_answer)
                                    if own is None and not spoken and not para_quotes else None)
            prev_answer = labelled[1] if labelled else None  # one unlabelled paragraph goes on, no more
            own = own or answered
            if own is not None:  # "Our chipmakers should not ... — Rep. Yoon Tae-sik (@YoonTaesik) November 12"
                yield own[0]
                d.spoke(own[1])
            if hold and para_quotes[0].open not in used_quotes:
                held_fresh = held_fresh if held else (fresh or recent)  # whom the quote paragraphs continue
                held.append(para_quotes[0])
            elif held:
                yield from self._give(text, held, para_src or held_fresh or continuing or last_quote_src, used_quotes)
                held = []
            prev_para_start = para.start
            prev_quiet = spoken == 0 and not para_quotes and own is None
            if para_quotes and not para_quotes[-1].closed and para_quotes[-1].open in used_quotes:
                prev_para_open = last_quote_src
        if held:
            yield from self._give(text, held, last_quote_src or d.last_speaker, used_quotes)

    def _give(self, text: str, held: list[Quote], src: Source | None, used: set[int]) -> Iterator[Statement]:
        for q in held:
            used.add(q.open)
            if src is not None and words(text[q.open:q.close]) >= 4:
                yield from self._quote_statement(text, q, src)

    # -- attributions ----------------------------------------------------------
    def _attributions(self, d: Discourse, text: str, masked: str, sent: Span, sent_quotes: list[Quote],
                      used: set[int]) -> Iterator[tuple[Statement, Source]]:
        s0, s1 = sent.start, sent.end
        sig = SIGNATURE.search(masked, s0, s1)  # "... — Seoul Markets Now (@SeoulMktsNow) September 14, 2023"
        s1 = sig.start() if sig else s1
        verbs = [(s0 + m.start(), s0 + m.end(), m.group(1)) for m in _VERB.finditer(masked[s0:s1])]
        verbs = [v for v in verbs if not inside_quote(v[0], sent_quotes)]
        # Subjects of all verbs first: a clause ends where the next attribution's subject begins.
        subjects = []
        prev_src: Source | None = None
        nominal: set[int] = set()
        infinitive: dict[int, tuple[int, int]] = {}
        for vs, ve, verb in list(verbs):
            if verb in REPORTING_INFINITIVE:  # "X used the results call to announce that ...": X
                subj = infinitive_subject(masked, s0, vs, ve, s1)
                if subj is None:
                    verbs.remove((vs, ve, verb))
                else:
                    infinitive[vs] = subj
                continue
            if verb == "expects" and not re.match(r"\s+(?:that\s|(?:[\w’'-]+\s+){1,6}?to\s+[a-z])", masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # session 6: "X expects the company to keep ..." reports; "expects a rise" not
                continue
            if verb in _REQUEST_VERBS and (any(v[0] < vs and v[2] not in _REQUEST_VERBS for v in verbs) or
                                          _ACCORDING.search(masked[s0:vs])) and \
                    not re.search(r"(?:,|\band|\bbut)\s+(?:also\s+|later\s+)?$", masked[s0:vs]):  # ("said A and
                # demanded that B": the same speaker goes on)
                verbs.remove((vs, ve, verb))  # session 13: "X said the government had asked firms to leave": X's
                continue  # clause, not a second report
            if verb in ("asked", "asks") and (
                    not re.match(r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?to\s+[a-z]", masked[ve:s1]) or
                    re.match(r"\s+(?:whether|if|why|how|what|when|who|for|about|not|to)\b", masked[ve:s1])):
                verbs.remove((vs, ve, verb))  # session 13: "asked the ministry to require ..." reports; "asked
                continue  # whether ..." or "asked for ..." does not
            if verb in ("accused", "accuses", "accusing") and \
                    not re.match(r"\s+(?:[\w’'-]+\s+){1,4}?of\s", masked[ve:s1]):
                verbs.remove((vs, ve, verb))
                continue
            if verb in ("demanded", "demands", "demanding", "recommended", "recommends", "recommending") and \
                    not re.match(r"\s+that\s", masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # session 13: "demanded that it be published"; not "demanded answers"
                continue
            if verb in ("informed", "informs") and not re.match(r"\s+(?:[\w’'-]+\s+){0,3}?that\s", masked[ve:s1]) and \
                    not (re.search(r",\s+(?:the\s+)?[\w’' -]{2,40}$", masked[s0:vs]) and
                         re.match(r"\s*(?:(?:on|in|late|earlier)\s+[\w ]{1,20}?)?\s*[.;]", masked[ve:s1 + 1])):
                # (session 13: "..., the company informed on Tuesday." closes a reported clause, as "said" does)
                verbs.remove((vs, ve, verb))  # session 6: "informed that ..." reports; "informed the board of X" not
                continue
            if verb in ("reported", "reports", "announced", "announces", "posted", "posts", "unveiled") and \
                    re.search(r"\b(?:as|when|after|while)\s+(?:it|they)\s+$", masked[s0:vs]) and \
                    not re.match(r"\s+that\s", masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # session 8: "..., the bank said as it reported a rise in profit": an
                continue  # occasion, not a second statement
            if verb in ("added", "adds") and re.search(r"\b(?:had|has|have|having|will|would|had\s+also|has\s+also)\s+$",
                                                      masked[s0:vs]) and \
                    re.match(r"\s+(?:a|an|another|more|\d[\d,.]*|two|three|four|five|six|ten|new|extra|some)\s",
                             masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # session 9: "the airline had added a weekly freighter": a fact, no speech
                continue
            if verb in ("agreed", "agrees") and re.match(r"\s+(?:to|with|on)\s", masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # "X has agreed to sell": a deal, not speech
                continue
            if verb in ("posted", "posts", "tweeted", "tweets") and \
                    re.match(r"\s+(?:\w+\s+)?(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:remarks?|statement|comments?|"
                             r"video|photos?|pictures?|message|clip|transcript|readout|text)\b", masked[ve:s1]):
                verbs.remove((vs, ve, verb))  # round 7: "posted the remarks on its website": an act, no content
                continue
            if verb in ("called", "calls") and not re.match(r"\s+(?:for|on)\s", masked[ve:s1]) and \
                    not (_CALLED_QUOTE.match(masked, ve, s1) and not _WHAT_CALLED.search(masked, s0, vs)):
                verbs.remove((vs, ve, verb))  # "what he called loopholes", "a firm called X"; round 8 keeps
                continue  # "X called the partnership “the most important thing ...”"
            if verb in NOMINAL_REPORTS and not _OWNER.search(masked[s0:vs]):
                verbs.remove((vs, ve, verb))  # "a remark", "no comment": only "X's remark that" reports
                continue
            if _OWNER.search(masked[s0:vs]):  # "Keller's remarks", "Her remarks": a noun, not a verb
                if not re.match(r",?\s+that\s", masked[ve:s1]):  # (session 12: "X's remarks, that ...,")
                    verbs.remove((vs, ve, verb))
                    continue
                nominal.add(vs)
        for vs, ve, verb in verbs:
            if verb in REPORTING_PARTICIPLE and _GERUND_AFTER.search(masked, max(s0, vs - 12), vs):
                continue  # session 12: "would not follow the EU in adding new measures": no report
            if verb in REPORTING_PARTICIPLE and _MEDIUM_ADJUNCT.match(masked, ve, s1):
                continue  # session 13: "X, writing on Facebook, said ...": where, not what
            if vs in infinitive:
                src = d.resolve(subject_phrase(text, *infinitive[vs]), infinitive[vs][0])
                subjects.append((vs, ve, verb, infinitive[vs], False, src))
                prev_src = src or prev_src
                continue
            if verb in REPORTING_PARTICIPLE and prev_src is not None and subjects and \
                    re.search(r"\b(?:said|says|told|tells|added|adds)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s*$",
                              masked[subjects[-1][1] - 6:vs]):
                subjects.append((vs, ve, verb, (vs, vs), False, prev_src))  # session 8: "X said this week, arguing
                continue  # that ...": the one who said it goes on
            as_ = re.search(r"\s+as\s+$", masked[s0:vs]) if verb == "saying" else None
            passive = _PASSIVE_QUOTED.search(masked[s0:vs]) if as_ else None
            by_ = re.search(r"\S\s+by\s+$", masked[s0:vs]) if verb == "saying" or (
                verb == "telling" and _BY_TELLING.match(masked, ve, s1)) else None  # not "by emphasizing the need"
            doc = re.search(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|motion|letter|petition)\s+$",
                            masked[max(s0, vs - 60):vs]) if verb in ("urging", "calling", "demanding") else None
            if passive:  # "Its chairman, X, was quoted in the release as saying": X
                subj = subject_before(masked, s0, s0 + passive.start() + 1)
            elif doc:  # session 13: "MEPs backed a resolution urging the Commission to ...": who backed it
                subj = leading_subject(masked, after_dateline(masked, s0, vs), vs)
            elif by_:  # "X, the committee's chair, opened the session by saying": the sentence's subject
                subj = leading_subject(masked, after_dateline(masked, s0, vs), vs)
            else:
                subj = subject_before(masked, s0, s0 + as_.start() + 1 if as_ else vs)  # "quoted her as saying"
                its = _ITS_TITLE_BEFORE.search(masked, max(s0, subj[0] - 60), subj[0]) if subj and as_ else None
                if its:  # session 11: "A release from the X Forum cited its chairman, Y, as saying": "its" is X
                    subj = (its.start(), subj[1])
            if vs in nominal and subj:
                subj = (subj[0], subj[1] - 2 if masked[subj[1] - 2:subj[1]] in ("'s", "’s") else subj[1])
            named = _registry_subject(self.registry, masked, s0, vs)
            if named and (subj is None or named[0] < subj[0] <= named[1] or _PART_OF_AT.match(masked, named[1])):
                subj = named  # "Japan's Ministry of Economy, Trade and Industry said", "China's commerce ministry said"
            lede = after_dateline(masked, s0, vs) if subj else s0
            if subj and subj[0] < lede < subj[1]:
                subj = (lede, subj[1])  # session 9: "SINES, Oct 3 - The president of ...": the dateline is no subject
            inverted = False
            head = masked[subj[0]:subj[1]].split() if subj is not None else []
            if head and head[0].lower() in _TIME_NAMES and not (  # round 9: "Jan Novak, head of X, said" is a
                    len(head) > 1 and head[0] in ("Jan", "May", "June", "April", "August") and  # person, not a date
                    re.match(r"[A-ZÀ-Ý][a-zà-ÿ]", head[1])):
                subj = None  # round 8: "reported a rise on Thursday and said": no day speaks
            if subj is None and verb in REPORTING_FINITE and prev_src is None and \
                    re.search(r"\s(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", masked[s0:vs]):
                subj = leading_subject(masked, after_dateline(masked, s0, vs), vs)  # "X welcomed it but said"
            if subj is None and verb in REPORTING_FINITE and not (
                    prev_src is not None and re.search(r"\s(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", masked[s0:vs])):
                subj = subject_after(masked, ve, s1)  # (session 8: not in "said A, and urged Canberra to ...": the
                inverted = subj is not None  # speaker goes on; "Canberra" is the object)
            src = self._resolve(d, subject_phrase(text, subj[0], subj[1]), subj[0]) if subj else None
            if src is None and subj:
                src = self._lede_company(d, masked, s0, min(vs, subj[0]), text[subj[0]:subj[1]])
            if src is not None and not src.speaker and src.organization and subj and not inverted:
                wider = _PERSON_OF.search(masked, max(s0, subj[0] - 80), subj[0])  # "Daniel Moreau of the Chicago
                if wider and wider.end() == subj[0] and wider.group(1) not in d.org_names:  # brokerage X said"
                    src2 = self._resolve(d, subject_phrase(text, wider.start(1), subj[1]), wider.start(1))
                    if src2 is not None and src2.speaker == wider.group(1) and src2.organization == src.organization:
                        src, subj = src2, (wider.start(1), subj[1])
            if src is None and verb in REPORTING_PARTICIPLE and prev_src is not None and \
                    re.search(r",\s*$", masked[s0:vs]):
                src, subj = prev_src, (vs, vs)  # "..., adding that ..." continues the last speaker
            elif src is None and verb in REPORTING_PARTICIPLE and prev_src is None and \
                    re.search(r",\s*$", masked[s0:vs]) and \
                    sentence_subject(masked, after_dateline(masked, s0, vs), vs) and \
                    (verb != "adding" or re.match(r"\s+(?:that\b|[“\"])", masked[ve:s1])):  # not "adding X to Y"
                subj = sentence_subject(masked, after_dateline(masked, s0, vs), vs)  # "Keller defended X, telling"
                src = d.resolve(text[subj[0]:subj[1]], subj[0])
            elif verb in REPORTING_FINITE and prev_src is not None and \
                    (src is None or (subj is not None and subj[1] <= vs and not inverted)) and \
                    re.search(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?$", masked[s0:vs]):
                # "said A but warned that B": two statements, one speaker; round 9: also when a name ends A
                # ("said X would move services to the port of King Abdullah, and added that B")
                src, subj = prev_src, (vs, vs)
                inverted = False  # "and added Texas wanted ...": "Texas" is no subject after the verb
            subjects.append((vs, ve, verb, subj, inverted, src))
            if src is not None:
                prev_src = src
        out: list[tuple[Statement, Source]] = []
        for i, (vs, ve, verb, subj, inverted, src) in enumerate(subjects):
            if src is None or not (src.known or src.anonymous or src.country):
                continue
            described = d.people.get(src.speaker or "")
            if verb == "expects" and not (described and (described.title or described.organization)):
                continue  # session 6: a described person's expectation reports; a company's guidance is a forecast
            known = d.people.get(src.speaker or "")
            if known and known.organization and subj and re.match(r"(?:[Ii]ts|[Hh]is|[Hh]er)\s", masked[subj[0]:subj[1]]):
                src = replace(src, organization=known.organization, country=known.country)  # "Its president, X"
            src = d.remember(src) if src.speaker or src.organization else src
            if _ANONYMITY.search(masked, ve, s1) or (subj and _ANONYMITY.search(masked, subj[0], vs)):
                src = Source(anonymous=True)  # "two officials said on condition of anonymity"
            if verb in ("called", "calls") and not src.anonymous and _CALLED_QUOTE.match(masked, ve, s1):
                q = next((q for q in sent_quotes if q.open > ve and q.open not in used), None)
                if q is not None and q.closed:  # round 8: "called the fees “a measure ...”": the
                    used.add(q.open)  # object and the quotation, one reported statement
                    first = ve + len(masked[ve:]) - len(masked[ve:].lstrip())
                    st = make_statement(text, (first, q.close + 1), "reported", src)
                    if st is not None:
                        out.append((st, src))
                    continue
            # Quotes tied to this attribution: just before the subject/verb, or right after it.
            tied = [q for q in sent_quotes if q.open not in used and _quote_tied(masked, s0, q, vs, ve, subj)]
            nxt = next((sj[0] for (_, _, _, sj, _, sr) in subjects[i + 1:] if sj and sr is not None
                        and sj[0] > ve), s1)  # where this attribution's clause must end: the next subject
            if tied:
                for q in tied:
                    used.add(q.open)
                    if not src.anonymous:
                        out.extend((st, src) for st in self._quote_statement(text, q, src))
                if not src.anonymous and not inverted and all(q.close < vs for q in tied) and \
                        re.match(r"\s+(?:that\s+)?[A-Za-z]", masked[ve:ve + 8]):
                    # session 10: "“...” Lefèvre said Airbus had delivered 1,000 aircraft": the quote is his, and so
                    # is the clause after the verb
                    span = content_after(text, masked, ve, nxt, verb)
                    st = make_statement(text, span, "reported", src) if span and span[1] - span[0] >= 20 else None
                    if st is not None:
                        out.append((st, src))
                continue
            if vs in nominal:  # "Keller's remarks that CLAUSE drew criticism": the clause ends at the main verb
                ends = [m.start() for m in _REACTION.finditer(masked, ve, nxt)]
                nxt = ends[-1] if ends else nxt  # the last one: "that Beijing was ... were echoed"
            span = content_after(text, masked, ve, nxt, verb) if not inverted else None
            if span is None and subj and not inverted and subj[0] < vs:
                span = interrupted(text, masked, s0, s1, subj[0], ve)  # "The move, Berg added, was ..."
            if span is None and subj and inverted:  # "The deal, argued X, an analyst at Y, locks in ..."
                span = interrupted_inverted(text, masked, s0, s1, vs, subj[1])
            if span is None or span[1] - span[0] < 3:
                start_front = subj[0] if subj and subj[0] < vs and not inverted else vs
                k = next((k for k, (o, osrc) in enumerate(out) if o.kind == "reported" and not osrc.speaker and
                          re.fullmatch(r"[\s,”\"]*", masked[o.end:start_front])), None)
                if k is not None and src.speaker:  # "The ministry says A, spokesman Sun Hao tells reporters"
                    o, osrc = out[k]
                    merged = Source(src.speaker, src.organization or osrc.organization, src.country or osrc.country)
                    out[k] = (replace(o, speaker=merged.speaker, organization=merged.organization,
                                      country=merged.country), merged)
                    continue
                span = content_before(text, masked, s0, start_front, sent_quotes)
            if span is None or src.anonymous:
                continue
            if src.speaker and not (src.organization or src.title) and " " in src.speaker and \
                    text.find(src.speaker) >= s0 and re.match(r"its?\s", text[span[0]:span[1]]):
                src = d.as_org(src)  # "Kestrel Robotics said it would ...": a name met here first, with no title
            st = make_statement(text, span, "reported", src)
            if st is not None:
                out.append((st, src))
                if not src.speaker and src.title and src.organization:  # "..., its chief executive said."
                    d.unnamed[st.start] = (src.organization, src.title)
        yield from out
        if not verbs:
            yield from self._according_to(d, text, masked, sent)

    def _according_to(self, d: Discourse, text: str, masked: str, sent: Span) -> Iterator[tuple[Statement, Source]]:
        s0, s1 = sent.start, sent.end
        m = _ACCORDING.search(masked[s0:s1])
        if not m:
            return
        a0, a1 = s0 + m.start(), s0 + m.end()
        if _OWN_FIGURES.match(masked, a1):  # session 7: "according to the union's own count": a figure's source
            return
        rest = masked[a1:s1]
        phrase = None
        if a0 == s0:  # "According to X, CLAUSE."
            named = self.registry.org_at(masked, a1)  # a name with commas in it
            commas = [a1 + c.start() for c in re.finditer(r",(?!\d{3})", rest) if not named or a1 + c.start() >= named.end()]
            if not commas:
                return
            last = 0  # "According to Mark Davis, a trade lawyer at X, CLAUSE"; "a study ..., published by X, CLAUSE"
            while last + 1 < len(commas) and _is_description(masked[commas[last] + 1:commas[last + 1]]):
                last += 1
            subj = (a1, commas[last])
            span = trim(text, masked, commas[last] + 1, s1)
            phrase = subject_phrase(text, *subj)
            said_in = _STATEMENT_FROM.match(masked, a1, commas[last])
            if said_in:  # "According to a statement from X, CLAUSE": X, whoever X is
                phrase = text[said_in.end():commas[last]]
                subj = (said_in.end(), commas[last])
            elif _DOCUMENT.match(masked, a1):  # the document's author is the source
                by = list(re.finditer(r"\b(?:by|from)\s+", masked[a1:commas[last]]))
                if not by:
                    return
                phrase = text[a1 + by[-1].end():commas[last]]
                subj = (a1 + by[-1].end(), commas[last])
        else:  # "CLAUSE, according to X."
            stop = re.search(r"[,.;]\s|[.;]$|$", rest)
            subj = (a1, a1 + stop.start())
            span = trim(text, masked, after_dateline(masked, s0, a0), a0)
            by = list(re.finditer(r"\b(?:by|from)\s+", masked[a1:subj[1]])) if _DOCUMENT.match(masked, a1) else []
            if by:  # "..., according to a report by Wood Mackenzie": the author
                subj = (a1 + by[-1].end(), subj[1])
        src = d.resolve(phrase if phrase is not None else text[subj[0]:subj[1]], subj[0])
        if src is None or src.anonymous or not src.known or span is None:
            return
        if _DOCUMENT.match(masked, a1) and src.speaker and not (src.organization or src.title):
            src = d.as_org(src)  # a report's author named by two words is an organization ("Wood Mackenzie")
        if _DOCUMENT.match(masked, a1) and src.organization:  # round 7: "the report", "the note's author" later
            for noun in _DOCUMENT_NOUNS:
                d.org_nouns[noun] = src.organization
        st = make_statement(text, span, "reported", d.remember(src))
        if st:
            yield st, src

    def _quote_statement(self, text: str, q: Quote, src: Source) -> Iterator[Statement]:
        s, e = q.content
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if words(text[s:e]) < 2:
            return
        st = make_statement(text, (s, e), "direct", src)
        if st is not None:
            yield st
