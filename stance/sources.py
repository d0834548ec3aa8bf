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
Ministry of Foreign Affairs and Trade"), or to a name built from the country
and the area when the registry lacks it (``bodies.py``); embassies and
legislators' chambers likewise. The country is the organization's own
(registry, or a cue next to one of its mentions, see ``places.py``, else the
dateline's for an unregistered company), not a place word in the title.
Limits: pronouns agree in gender only with the article's own cues (a gendered
title, "Mr."/"Ms."), never first names; otherwise a pronoun refers to a person
just introduced in the paragraph, else the latest speaker; a built ministry name
follows one convention, not the body's official name; a country cue must sit
next to a mention of the name or in a "the German carmaker" right after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .bodies import (dateline_state, state_body, country_name, embassy, government, government_of, legislature, local_government, national_government, ministry,
                     with_country)
from .names import CAP as _CAP, CONNECTORS as _CONNECTORS, PARTICLES as _PARTICLES, name_runs as _name_runs, title_in as _title_in
from .names import GENERIC_ORG_HEADS, POSS, country_ended_body, gender_cue, unregistered_org
from .places import legal_form_country, us_state_named_most, based_country, BASED, COUNTRY_KEYS, OWNED, country_cue, dateline_country, dateline_place, last_region, org_home, paragraph_country, place_country
from .gazetteer import subdivision_kind
from .subjects import FIRM_NOUN_END
from .registry import Org, Registry, normalise_name
from .vocab import FIRM_ANAPHORS, LEGAL_FORM_PREFIXES, UPPER, WEEKDAYS, AP_STATES, US_PLACES, AREA_BODY_HEADS, FUNCTION_WORDS, PUBLIC_AREAS, PUBLIC_BODY_HEADS, TITLE_WORDS, MINISTRY_AREAS, ANONYMOUS_SOURCES, CAPITAL_METONYMS, REGION_NAMES, ORG_FIRST_WORDS, ORG_SUFFIXES, CITIES, COUNTRIES, ORG_ANAPHORS, ORG_NOUNS, PRONOUNS_ORG, PRONOUNS_PERSON, PERSON_NOUNS, TITLE_KINDS, TITLES, NAME_AREAS

_ANON = re.compile(r"^(?:" + "|".join(ANONYMOUS_SOURCES) + r")", re.I)
_ORG_NOUN_END = re.compile(r"\b(?:" + "|".join(ORG_NOUNS) + r")\s+$")
_GOVERNMENT_TITLES = frozenset("""minister president chancellor premier secretary senator sen rep officials
representative congressman congresswoman lawmaker legislator mp mep commissioner ambassador envoy
governor mayor official spokesman spokeswoman spokesperson diplomat consul undersecretary""".split())

_EMBASSY_OFFICIAL = re.compile(r"^(?:[Aa]n?|[Tt]he)?\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+[Ee]mbassy\s+"
                               r"(?:official|spokes\w+|diplomat|staffer)\s+in\s+([A-ZÀ-Ý][\w-]+(?:\s+[A-Z][\w-]+)?)$")
_QUESTION_WORDS = frozenset("why how what when where who whom whose which".split())
# Round 10: a firm's or an association's posts; a government title is refined ("US government" -> the department)
_FIRM_TITLE_HEADS = frozenset("""executive officer director manager founder co-founder partner analyst economist
strategist chairman chairwoman""".split())
# Round 10: a description glued to the front of a name ("Chinese-owned X", "Perth-based X", "ASX-listed X")
DESCRIBED_LEAD = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-(?:owned|based|headquartered|listed|backed|run)\s+"
                             r"(?=[A-Z])")
_REGION_POSSESSIVE = re.compile(r"^[Tt]he\s+(province|state|city|region|prefecture)['’]s\s+(.+)$")
# Titles held in companies and governments alike: "President Hiroshi Nakagawa" after a company is its own.
_EITHER_TITLES = frozenset("president chairman chairwoman chair head director leader".split())


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


# Session 7: "MP for Grimsby West", "Senator for Tasmania": a legislator's place is a constituency, no body
_CONSTITUENCY_TITLES = frozenset("mp mpp mla mep td msp senator sen rep congressman congresswoman representative parliament deputy "
                                  "lawmaker legislator".split())  # session 10: "member of parliament from X county"
# Session 7: "Ontario's minister of mines": titles that speak for a province's or state's government
_AREA_QUALIFIERS = frozenset("agrarian policy heavy light special universities schools skills".split())  # session 13: "Heavy Industry"
_SUBDIVISION_TITLES = frozenset("minister premier secretary undersecretary spokesman spokeswoman spokesperson mec".split())
# Round 11: a body named by its area ("Ministry of Education", "Department of Trade")
_GOVERNMENT_VOICE = re.compile(r"^(?:[Aa]n?|[Tt]he)?\s*[Gg]overnment\s+(spokes(?:man|woman|person)|officials?)$")
_PANEL_OF = re.compile(r"(?:" + UPPER + r"[\w’'-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Committee|Commission|Subcommittee)\s+"
                       r"(?:of|in)\s+(?:the\s+)?$")
_OF_THE_ANAPHOR = re.compile(r"\b(?:of|at|for|runs?|ran|run|leads|led|heads|headed|founded|owns)\s+the\s+"
                             r"(?:[a-z-]+\s+){0,3}?([a-z]+)(?=\s*(?:,|$|\s+(?:since|for|in|from)\b))")
_PLURAL_POSSESSIVE_BODY = re.compile(r"((?:" + UPPER + r"[\w-]*\s+){0,4}" + UPPER + r"[\w-]*s['’]\s+(?:" + UPPER +
                                     r"[\w-]*\s+){0,3}(?:Plan|Fund|Union|Association|Council|Federation|Alliance|"
                                     r"Forum|Society|Guild|Cooperative|Co-operative|League|Network|Institute|Chamber|"
                                     r"Board|System|Trust|Foundation|Club|Confederation|Syndicate))\b")
_LOCAL_BODY_HEAD = re.compile(r"\b(?:Port\s+(?:Commission|Authority)|County|City|Town|Township|Borough|Municipal|"
                              r"District|Prefectur\w+)\b")
_FIRM_HEAD = re.compile(FIRM_NOUN_END.pattern + r"|(?:trader|grower)$")  # as an anaphor, also "the trader said"
_CUE_AND_NOUN = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|listed|owned|backed|headquartered)"
                           r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_TITLE_NAME_OF = re.compile(r"^(?P<title>(?:[A-Z]?[a-z-]+\s+){0,2}?(?:[Cc]ouncill?or|[Ss]enator|[Mm]ayor|[Gg]overnor|MP|MEP|"
                            r"[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Dd]irector|[Mm]inister|[Ll]awmaker|[Ll]egislator|"
                            r"[Dd]eputy|[Ss]pokes(?:man|woman|person)))\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
                            r"\s+of\s+(?P<org>(?:the\s+)?[A-Z].+)$")
# Session 8: a member's title ("MEP", "TD", "senator", "member of parliament"): the clause names a chamber's member
MEMBER_TITLE = re.compile(r"\b(?:MEP|MP|TD|MSP|MLA|MPP|MS)\b|\b(?:lawmaker|legislator|parliamentarian|[Ss]enator)\b|"
                          r"\b[Mm]ember\s+of\s+[Pp]arliament\b")
_DEVOLVED = ((r"\bMSPs?\b|\bHolyrood\b", "Scottish Parliament"), (r"\bMember of the Senedd\b|\bMS\b|\bSenedd\b", "Senedd"),
             (r"\bMLAs?\b.*\b(?:Stormont|Northern Ireland)\b", "Northern Ireland Assembly"))
_SEAT_FOR_NAME = re.compile(r"^((?:[A-Z][\w’'-]*\s+){0,3}(?:MP|TD|MSP|MLA|MPP|MEP)\s+for\s+(?:[A-Z][\w’'-]*\s+){1,3}?)"
                            r"([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)$")
_HONORIFIC_INSIDE = re.compile(r"^(.*?[a-z].*?)\s+(?:Dr|Prof|Eng|Engr|Hon)\.\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})$")
_MISSION_TO = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:Permanent\s+)?Mission\s+to\s+(?:the\s+)?"
                         r"(?:EU|European Union|UN|United Nations|WTO|World Trade Organization|ASEAN|African Union)\b")
def _of_firm(p: str, person: object, run: object) -> bool:
    """Session 13: "Per Moe of DNB Markets said": a person, then "of"/"at"/"from" and a body's name (an acronym
    opens it or a body word ends it, and no place is it), with no title between."""
    if person is None:
        return False
    words = run.words  # type: ignore[attr-defined]
    name = " ".join(person.words)  # type: ignore[attr-defined]
    if not re.search(re.escape(name) + r"\s+(?:of|at|from)\s+(?:the\s+)?" + re.escape(words[0]), p):
        return False
    head = POSS.sub("", words[-1]).lower()
    return not place_country(" ".join(words)) and len(words) >= 2 and \
        ((words[0].isupper() and len(words[0]) >= 2) or head in ORG_SUFFIXES or head in GENERIC_ORG_HEADS or
         words[0].lower() in ORG_FIRST_WORDS)


_ANOTHER_PARTY = re.compile(r"^(?:Another|One\s+other|A\s+fellow)\s+(?!(?:" + "|".join(sorted(TITLE_WORDS)) +
                            r")\b)[\w-]+,\s+(?=[A-Z])")  # session 13: "Another Republican, State Sen. X": no one
_OTHER_COUNTRY_NAMES = frozenset("britain america korea holland us uk usa taiwan hong kong".split())
_PLACE_OWNS_BODY = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:[a-z]+\s+){1,3}(?:department|bureau|commission|"
                              r"office|agency)")
_ADJ_EMBASSY = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?([A-Z][a-z]+)\s+[Ee]mbassy\s+(?:spokes(?:man|woman|person)|official|"
                          r"statement)\b")
_CENTRAL_BANK = re.compile(r"(?:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+)?\b(?:[Cc]entral\s+[Bb]ank\s+(?:of\s+([A-Z][a-z]+)\s+)?)"
                           r"(?:[Gg]overnor|[Dd]eputy\s+[Gg]overnor|chief)\b")
_AREA_WORD = r"(?:[A-Z][a-z]+)"
_MINISTER_OF_AREAS = re.compile(  # session 13: "Minister of Mining and Heavy Industry Tserendorj Ganbold", "Federal
    r"^((?:(?:Federal|Deputy|Vice|Acting)\s+)?Minister\s+(?:of|for)\s+" + _AREA_WORD +  # Minister for Planning,
    r"(?:(?:,\s+|\s+and\s+|\s+)" + _AREA_WORD + r"){0,5})"  # Development and Special Initiatives X Y"
    r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
_FIRM_NAME_ENDS = frozenset("mine mines mill works farms estate vineyards refinery smelter terminal cooperative "
                            "co-operative exporters".split())  # session 8: a firm's name by its last word
_LEGAL_TAIL = re.compile(r"(?:\s+(?:Holdings?|Group|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|AG|SA|S\.A\.|plc|PLC|N\.V\.|"
                         r"SE|AB|ASA|Oyj|GmbH|Bhd|Tbk))+(?![\w-])")
_ASSEMBLY_NAMED = re.compile(r"\b(?!The\s)((?:[A-Z][\w’'-]*\s+){1,3}(?:Prefectural|Legislative|State|Provincial|Regional|General|"
                             r"National)\s+Assembly)\b")
_ACADEMIC_TITLES = frozenset("rector vice-rector prorector dean provost chancellor vice-chancellor professor lecturer "
                             "researcher".split())  # session 8: their body is a university, not the last company
_REGION_ADJECTIVES = frozenset("asian european african american arab nordic scandinavian baltic balkan caribbean "
                               "pacific atlantic latin gulf western eastern southern northern".split())
_NICKNAME = re.compile(r"(?<=[^\W\d_])\s+[\"“][A-Z][\w’'-]{1,20}[\"”](?=\s+[A-Z])")
_HONORIFIC_SURNAME = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx)\.?\s+(" + UPPER + r"[\w’'-]+)$")
_AREA_BODY = re.compile(r"\b(?:Ministry|Department)\s+(?:of|for)\s")

# Round 11: "X, who leads its China financials team, said": "its" is the body the sentence before named
_WHO_LEADS_ITS = re.compile(r"[^.,;]{0,60},\s+who\s+(?:leads|heads|runs|manages|chairs|co-leads)\s+its\s")


# Session 6: a sub-national government named in the article ("the Bahia state government")
_LOCAL_GOVERNMENT_NAMED = re.compile(r"\b(?!(?:The|A|An)\b)(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)\s+(?:state|provincial)\s+"
                                     r"government\b")
_GOVERNOR_OF = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)['’]s\s+governor\b")
# Session 6: "Analysts at (Oslo-based) DNB Carnegie": a firm's staff, unnamed
_STAFF_AT = re.compile(r"^(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ee]xecutives|[Bb]ankers)\s+(?:at|with|"
                       r"from)\s+(?:the\s+)?(?:(?P<based>" + UPPER + r"[\w.]*(?:\s+" + UPPER + r"[\w.]*)?)-based\s+)?"
                       r"(?P<name>" + UPPER + r"[\w&’'.-]*(?:\s+(?:&\s+)?" + UPPER + r"[\w&’'.-]*){0,4})$")
# Session 6: a country's body the registry lacks, named in lower case ("Germany's competition watchdog")
_COUNTRY_BODY = re.compile(r"(" + UPPER + r"[\w.]*(?:\s+" + UPPER + r"[\w.]*)?)['’]s\s+((?:[a-z][\w-]*\s+){0,3}?)(" +
                           "|".join(sorted(PUBLIC_BODY_HEADS | AREA_BODY_HEADS)) + ")")


def _public_body(body: re.Match) -> bool:
    """A public body: a head that always is one ("watchdog"), or an area before an "authority"/"agency"
    ("customs authority", not "largest travel agency")."""
    return body.group(3) in PUBLIC_BODY_HEADS or any(w in PUBLIC_AREAS for w in body.group(2).split())


# Session 6: an organization opening a sentence as its subject ("Taiwan's Formosa BioNutrition was showing ...")
_SUBJECT_ORG = re.compile(r"(?:(?:An?|The)\s+(?:press\s+|news\s+)?(?:release|statement|note|filing)\s+(?:from|by|issued\s+by)"
                          r"\s+(?:the\s+)?)?"  # session 11: "A press release from the X Forum cited its chairman"
                          r"(?:The\s+(?=[A-Z][a-z]+\s+of\s))?"  # session 10: "The University of Northgate will"
                          r"(?:(?P<owner>" + UPPER + r"[a-z]+(?:\s+" + UPPER + r"[a-z]+)?)['’]s\s+)?"
                          r"(?P<name>" + UPPER + r"[\w&’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?" + UPPER + r"[\w&’'.-]*){0,4})"
                          r"(?:,\s+(?:the|an?)\s+[^,.;“”\"]{3,90},)?\s+"  # session 12: "X, the Haifa-based maker of Y, has"
                          r"(?:was|is|will|has|had|have|would|says|said|plans|wants|opened|opens|became|makes|made|"
                          r"sells|sold|employs|runs|expects|expected|bought|buys|signed|agreed|won|cut|raised|"
                          r"reported|posted|announced|ordered|invested|invests|exported|exports|shipped|cited|"
                          r"quoted)\b")  # session 10
# Session 6: "of the <place> <described noun> <Name>" closing an appositive
_DESCRIBED_NOUNS = frozenset("chain winery brewery distillery estate vineyard consultancy brokerage lab laboratory "
                             "studio publisher outlet hospital clinic school college academy newspaper broadcaster "
                             "shipyard port mill plant refinery smelter".split())
_PLACE_NOUN_NAME = re.compile(r"\b(?:of|at|for|from)\s+the\s+(?P<place>(?:" + UPPER + r"[\w.’'-]*\s+){1,3})"
                              r"(?P<noun>(?:[a-z][\w-]*\s+){1,3})(?P<name>" + UPPER + r"[\w&’'.-]*"
                              r"(?:\s+(?:(?:de|del|do|da|dos|di|du|des|y|and|&)\s+)?" + UPPER + r"[\w&’'.-]*)*)\s*,?\s*$")
# Session 6: a country word opening an organization's name, and the heads such names end with
_COUNTRY_LED = re.compile(r"^\s*(?:[Tt]he\s+|[Aa]n?\s+)?(" + UPPER + r"[a-z]+)\s+((?:" + UPPER + r"[\w&’'-]*\s+){0,3}?"
                          + UPPER + r"[\w-]*(?:\s+(?:of|for|and)\s+(?:" + UPPER + r"[\w-]*\s+){0,2}" + UPPER
                          + r"[\w-]*)*)(?=\s*$|\s*,|\s+[a-z]|\s+\()")  # "... Security (JOGMEC), which ..."
_NOT_COUNTRY_LED = re.compile(r"\b(?:Ministry|Department|Embassy|Consulate|Government|President|Minister|Premier|"
                              r"Prime)\b|^(?:Foreign|Commerce|Trade)\s+\S+$")  # session 7: "Investment and Trade Agency"
COUNTRY_LED_HEADS = GENERIC_ORG_HEADS | frozenset("railways railway guard organization organisation authority agency "
                                                  "corporation airlines airways ports police exchange centre center "
                                                  "security".split())


_ORG_WHEN = re.compile(r"\s+(?:on|last|this|early|late)\s+(?:" + "|".join(w.capitalize() for w in WEEKDAYS) +
                      r"|week|month|year)$")
_LEGAL_MORE = re.compile(r"(?<=Co\.),\s+Ltd\.|(?<=\bSp)\.\s+z\s+o\.o\.|(?<=Co)\.,\s+Ltd\.")
_DESCRIBED_OF = re.compile(r"((?:[Tt]he)\s+(?:[\w-]+\s+){0,2}?" + FIRM_ANAPHORS + r")\s+of\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$")
_CA_PROVINCE = re.compile(r"\b(Ontario|Quebec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|"
                          r"Newfoundland and Labrador|Prince Edward Island)\b")
_COMMISSIONERS_COURT = re.compile(r"\b(?!The\s)((?:[A-Z][\w’'-]*\s+){1,2}County\s+Commissioners['’]?\s+Court)\b")
_UNION_LOCAL_TITLE_NAME = re.compile(r"((?:[A-Z][\w.&’'-]*\s+){1,4}Local\s+\d{1,5})\s+((?:[a-z-]+\s+){0,2}(?:president|"
                                     r"chair|secretary|treasurer|steward|organizer|organiser|spokesperson|official|"
                                     r"leader))\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)")
_LEDE_SUBJECT = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý .'/-]+(?:,[^\n—–-]{0,40})?\s+(?:--|[-—–])\s+((?:" + UPPER +
                           r"[\w&’'.-]*\s+){0,4}" + UPPER + r"[\w&’'.-]*)(?=,|\s+[a-z])")
# "... of the employers' federation Coparmex": the body a chapter or branch belongs to (also ``mentions.py``)
OF_PARENT_BODY = (r"\s+of\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}(" + UPPER + r"[\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                  + UPPER + r"[\w&’'.-]*){0,5})")
_CHAPTER_OF = re.compile(r"\b(?:chapter|branch|section|local\s+office)" + OF_PARENT_BODY)
_COUNTRY_SUBJECT_NAMES = frozenset("china japan india germany france italy spain britain russia brazil mexico canada "
                                   "australia vietnam indonesia taiwan turkey poland hungary kenya nigeria egypt".split())
_STATE_OFFICE = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)\s+State\s+(?:Commissioner|Governor|"
                           r"Deputy\s+Governor|Attorney[- ]General|Minister|Executive\s+Council)\b")
_OF_HEADS = frozenset("university port bank ministry department office agency authority".split())
_OPENING_HONORIFIC = re.compile(r"\s*(?:(?:Khun|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Professor|Dame|Sir|Ing\.)\s+)?")
_GOVERNOR_TITLE = re.compile(r"\bGov(?:\.|ernor)\s+[A-Z]")
_GOVERNMENT_TITLE_NAME = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?government\s+(?:spokes(?:man|woman|person)|official)\s+[A-Z]")


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
    home_state: str | None = None  # the US state of a dateline ("COLUMBUS, Ohio —")
    story_country: str | None = None  # the first organization's country: the story's home when no dateline
    _most_named: str | None = None  # round 10: computed once, on first use ("" when there is none)
    cursor: int = 0  # where the extractor is reading (sentence start); set by the caller
    paragraph_start: int = 0
    quiet_paragraph_start: int = -1  # round 9: start of the paragraph before, when it attributed nothing
    person_at: int = -1  # where the latest person was introduced
    person_before: Source | None = None  # round 9: the latest person introduced before that sentence
    speaker_at: int = -1  # where the latest speaker spoke
    _org_country_cache: dict[str, str | None] = field(default_factory=dict)
    org_names: set[str] = field(default_factory=set)  # names known to be organizations
    org_history: list[Source] = field(default_factory=list)  # organizations in the order they were met
    abbreviations: dict[str, str] = field(default_factory=dict)  # "CII" -> "Confederation of Indian Industry"
    government_at: int = -1  # where the latest government body was mentioned
    org_seen: list[tuple[int, Source]] = field(default_factory=list)  # (sentence start, organization)
    org_at: dict[str, list[int]] = field(default_factory=dict)  # round 8: where a registry body is named
    unnamed: dict[int, tuple[str, str]] = field(default_factory=dict)  # statement start -> (org, title)
    local_titles: dict[str, Source] = field(default_factory=dict)  # session 9: "minister" -> a state's minister
    the_company: Source | None = None  # session 12: the firm "the company" has meant so far
    parents: dict[str, str] = field(default_factory=dict)  # session 9: a Chinese parent's local unit -> the parent
    org_nouns: dict[str, str] = field(default_factory=dict)  # "fund" -> the last organization described so

    def __post_init__(self) -> None:
        self.home_country = dateline_country(self.text)  # "DEBRECEN, Hungary, March 4 (Tradewire) -"
        self.home_state = dateline_state(self.text)  # "COLUMBUS, Ohio —": the US state of state bodies
        if self.home_state is None and self.home_country is None and _GOVERNOR_TITLE.search(self.text[:400]):
            state = us_state_named_most(self.text)  # session 10: "MADISON — Gov. X ... Wisconsin"; not the
            if state != "Washington":  # the capital, not a state
                self.home_state = state

    @property
    def named_most(self) -> str | None:
        """The country the story names most, at least twice and more than any other (China not counted)."""
        if self._most_named is None:
            from .org_context import _most_named_country  # noqa: PLC0415 (org_context imports this module)
            self._most_named = _most_named_country(self.text) or ""
        return self._most_named or None

    @property
    def company_home(self) -> str | None:
        """Where an unregistered company with no cue of its own is from: the dateline's country, else the
        country of the first organization the story placed (an interview with an Osaka maker)."""
        if self.home_country:
            return self.home_country
        return self.named_most or self.story_country  # round 10: the country the story names most, if clearly

    # -- remembering -------------------------------------------------------
    def remember(self, src: Source) -> Source:
        if src.organization and (src.organization.lower().rstrip(".") in REGION_NAMES or
                                 src.organization.lower().rstrip(".") in _REGION_ADJECTIVES or
                                 src.organization.lower() in FUNCTION_WORDS or
                                 _OWNERSHIP_WORD.fullmatch(src.organization)):  # session 8: "Asia." ends a sentence;
            # "Asian" in "Southeast Asian countries" names no body
            src = replace(src, organization=None, country=None)  # round 10: "Asia" is no organization
        lead = DESCRIBED_LEAD.match(src.organization or "")
        if lead:  # round 10: "Chinese-owned Tianrun Dairy Group": the name is "Tianrun Dairy Group"
            src = replace(src, organization=src.organization[lead.end():],  # type: ignore[index]
                          country=place_country(lead.group(1)) or src.country)  # the glued cue is the name's own
        if src.speaker and " " in src.speaker and src.speaker.split()[-1].lower() in _NOT_PERSON_ENDS:
            src = replace(src, speaker=None)  # session 9: "the Akosombo Dam", "Energy Europe Weekly" are no people
        if src.speaker:
            known = self.people.get(src.speaker)
            if known and known.organization and src.organization and src.organization != known.organization and \
                    known.title and src.title == known.title and known.title.split()[-1] in _FIRM_TITLE_HEADS:  # round 10: the same title is the same post: "Appearing
                src = replace(src, organization=known.organization, country=known.country)  # before the X
                # Committee, Dr Y, chief executive of Z, said": Y stays Z's, the committee is where she spoke
            if known:  # fill what the earlier introduction knew
                src = replace(src, organization=src.organization or known.organization,
                              country=src.country or known.country, title=src.title or known.title)
            self.people[src.speaker] = src
            if self.person_at != self.cursor:  # round 9: who was last named before this sentence
                self.person_before = self.last_person
            self.last_person = src
            self.person_at = self.cursor
        if src.organization and not src.speaker and "(" + src.organization + ")" in self.text[:300]:
            return src  # session 8: the wire in a dateline ("CAIRO, Nov 18 (Nile News Wire) –") speaks for no one
        if src.organization and not self.registry.org(src.organization) and \
                re.fullmatch(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", src.organization) and \
                place_country(src.organization) and not any(w.lower() in ORG_NOUNS for w in src.organization.split()):
            return src  # session 8: "Colorado's Front Range": a bare place is not the company "the company" means
        if src.organization:
            org = self.registry.org(src.organization)
            kind = _org_kind(org.kind if org else None, src.organization)
            if src.country:
                self.org_countries.setdefault(src.organization, src.country)
                self.story_country = self.story_country or src.country
            self.last_org[kind] = Source(None, src.organization, self.org_countries.get(src.organization))
            self.last_org["any"] = self.last_org[kind]
            if kind == "government":
                self.government_at = self.cursor
            self.org_history.append(self.last_org[kind])
            self.org_seen.append((self.cursor, self.last_org[kind]))
        return src

    def _subject_before(self, start: int) -> Source | None:  # (also used by mentions.py)
        """Session 6: the organization that is the subject of this sentence ("Masaryk University will double its
        intake ..., its vice-rector, X, told") or of the one before ("Taiwan's Formosa BioNutrition was showing
        formula. Its chairman, X, said"), when the article named it nowhere else: a run of capitalised words
        that opens the sentence (after a dateline or a short fronted phrase) before a verb, and that shows it
        is a body: a country's possessive before it, an organization word ending it, or the registry's name.
        Never a person's name, a title, a place or a pronoun."""
        para = self.text[self.paragraph_start:start]
        parts = [p for p in re.split(r"(?<=[a-z0-9][.!?])[”\"]?\s+(?=[A-Z“\"])", para)]  # not after "Dr." or "U.S."
        for i in range(len(parts) - 1, 0, -1):  # session 13: nor after a legal form that goes on ("GmbH & Co. KG")
            if re.search(r"\b(?:Co|Inc|Corp|Ltd|Pte)\.$", parts[i - 1]) and \
                    re.match(r"(?:KG|Ltd|Inc|LLC|Limited|AG|S\.?A|GmbH|&)\b", parts[i]):
                parts[i - 1:i + 1] = [parts[i - 1] + " " + parts[i]]
        for sent in (parts[-1], parts[-2] if len(parts) > 1 else ""):
            sent = re.sub(r"^[A-Z][A-Z .'-]+(?:,[^-—–]{0,40})?\s+[-—–]\s+", "", sent)  # "BRNO -", a dateline
            sent = re.sub(r"^[A-Z][a-z]*(?:\s+[a-z][\w’'-]*){0,3},\s+", "", sent)  # "Two aisles away,"
            m = _SUBJECT_ORG.match(sent)
            if not m:
                continue
            name, owner = m.group("name"), m.group("owner")
            head = POSS.sub("", name.split()[-1]).lower()
            first = name.split()[0].lower()  # session 10: "The University of Northgate will ..., its vice-chancellor"
            body = (owner and COUNTRIES.get(owner.lower())) or head in ORG_SUFFIXES or head in GENERIC_ORG_HEADS or \
                self.registry.org(name) is not None or \
                (" of " in name and (first in _OF_HEADS or first in GENERIC_ORG_HEADS or first in ORG_FIRST_WORDS))
            if not body or name.split()[0].lower() in TITLE_WORDS or name.lower() in FUNCTION_WORDS or \
                    place_country(name):
                continue
            known = self.people.get(name)
            if known is not None and (known.title or known.organization):
                continue  # a person described as one ("X, a trader at Y, was ...") is no "its"
            if known is not None:  # a bare name the body's own signs show is an organization's
                self.as_org(known)
            reg = self.registry.org(name)
            name = reg.canonical if reg else name
            country = (reg.country if reg else None) or (COUNTRIES.get(owner.lower()) if owner else None) or \
                self.org_countries.get(name) or self._org_country(name)
            self.remember_org(name, country)
            return Source(None, name, country)
        return None

    def _its_org(self, start: int, any_kind: bool = True) -> Source | None:
        """What "its" refers to: the one body the sentence before named, else this sentence's subject firm, else
        the last company (else, with `any_kind`, the last body of any kind)."""
        return self._sentence_before_org() or self._subject_before(start) or self.last_org.get("company") or \
            (self.last_org.get("any") if any_kind else None)

    def company_before(self, at: int) -> Source | None:
        """The company named last in a sentence that starts at or before `at` (by the registry's kind, else by the
        name's form)."""
        for pos, o in reversed(self.org_seen):
            if pos <= at and o.organization:
                known = self.registry.org(o.organization)
                if _org_kind(known.kind if known else None, o.organization) == "company":
                    return o
        return None

    def _sentence_before_org(self) -> Source | None:
        """Round 10: the one organization the sentence just before named ("In Berlin, the German Association of
        X was more cautious. Y, its managing director, warned ..."): "its" is the nearest body, not the last
        company of the article. None when that sentence named none or several."""
        before = [at for at, _ in self.org_seen if at < self.cursor]
        if not before or not re.fullmatch(r"[^.!?]*[.!?][\s\"”’]*", self.text[max(before):self.cursor]):
            return None  # not the sentence right before (one sentence end between them)
        named = {o.organization for at, o in self.org_seen if at == max(before) and o.organization}
        return next(o for at, o in reversed(self.org_seen) if at == max(before)) if len(named) == 1 else None

    def remember_org(self, name: str, country: str | None, noun: str | None = None) -> None:
        """An organization named in passing ("the Dutch maker Kesteren Photonics"): never a person later."""
        self.org_names.add(name)
        country = legal_form_country(name) or country  # session 10: "Sinar Compute Bhd, a listed builder that counts
        # Chinese groups among its tenants": Malaysian, whatever the clause names
        if noun:
            self.org_nouns[noun.lower()] = name
        self.remember(Source(None, name, country))

    def as_org(self, src: Source) -> Source:
        """A name first read as a person's that turns out to be an organization's."""
        self.people.pop(src.speaker or "", None)
        if self.last_person and self.last_person.speaker == src.speaker:
            self.last_person = None
        name = self._known_org(src.speaker or "")
        self.remember_org(name, self.org_countries.get(name) or self._org_country(name) or self.company_home)
        return Source(None, name, self.org_countries.get(name))

    def spoke(self, src: Source) -> None:
        if src.known and not src.anonymous:
            self.last_speaker = src
            self.speaker_at = self.cursor

    # -- resolving -----------------------------------------------------------
    def resolve(self, phrase: str, phrase_start: int) -> Source | None:
        """Resolve a subject phrase found at `phrase_start` in the article."""
        described = _DESCRIBED_OF.match(phrase)  # session 10: "the Gothenburg-based maker of heavy trucks": the maker
        src = self._resolve(described.group(1) if described else phrase, phrase_start)
        if src is not None and not src.speaker and src.title and src.organization:
            # session 7: "said the board's president, Teresa Alvarado, after the vote": the name after the title
            named = _NAME_AFTER_TITLE.match(self.text, phrase_start + len(phrase.rstrip(" ,")))
            if named and not self.registry.org(named.group(1)) and named.group(1) not in self.org_names and \
                    named.group(1).split()[-1].lower().rstrip(".") not in ORG_SUFFIXES | GENERIC_ORG_HEADS:
                return self.remember(Source(named.group(1), src.organization, src.country, title=src.title))
        return src

    def _city_body(self, place: str | None) -> str | None:
        """Session 9: the city or municipal government the article names for `place` ("the Municipality of Bor",
        "The Kitakyushu city government"), as the article writes it; None when it names none."""
        if not place:
            return None
        p = re.escape(place)
        m = re.search(r"\bMunicipality\s+of\s+" + p + r"\b|\b" + p + r"\s+(?:[Cc]ity|[Mm]unicipal)\s+[Gg]overnment\b|"
                      r"\b" + p + r"\s+[Mm]unicipality\b|\bCity\s+of\s+" + p + r"\b(?!\s+[A-Z])", self.text)
        return m.group(0) if m else None

    def _subnational_body(self, phrase: str) -> Org | None:
        """Session 9: the registry's government of the state, province or region that owns a title ("South
        Australia's Minister for Primary Industries", "KwaZulu-Natal's MEC for ...", "The regional governor of
        Piura"), never a national one."""
        phrase = phrase.strip(" ,")
        m = _SUBNATIONAL_OWNER.match(phrase) or next(
            (_SUBNATIONAL_OWNER.match(phrase, c.end()) for c in re.finditer(r",\s+", phrase)
             if _SUBNATIONAL_OWNER.match(phrase, c.end())), None)  # "Musa Zungu, KwaZulu-Natal's MEC for ..."
        if m is None:  # session 12: "Penang Chief Minister X", "Flemish economy minister X": no possessive, a
            bare = _SUBNATIONAL_BARE.match(phrase)  # place (or its demonym) whose government the registry holds
            for cand in ((bare.group(1), bare.group(1).split()[0]) if bare else ()):
                org = self.registry.org(f"{cand} government")
                if org and org.kind == "local_government":
                    return org
        place = (m.group(1) or m.group(2)) if m else None
        while place and " " in place and (place.split()[-1].lower() in TITLE_WORDS or
                                          place.split()[-1].lower() in ("chief", "first", "deputy")):
            place = place.rsplit(" ", 1)[0]  # session 12: "Penang Chief Minister X": Penang's
        state = _STATE_OFFICE.search(phrase) if not m else None
        if state:  # session 10: "the Lagos State Commissioner for Commerce": Lagos State's government
            org = self.registry.org(f"{state.group(1)} government")
            if org and org.kind == "local_government":
                return org
        if not m and (_STATE_TITLE.match(phrase) or any(_STATE_TITLE.match(phrase, c.end())
                                                          for c in re.finditer(r",\s+", phrase))):  # "the state commissioner for agriculture" in a
            place = dateline_place(self.text)  # story datelined KANO: Kano's government
            named = [m.group(1) for m in _SUBDIVISION_NAMED.finditer(self.text)]  # session 10: "the province's
            for cand in [place, place.split()[-1] if place else None, *named]:  # secretary" in a story datelined
                org = self.registry.org(f"{cand} government") if cand else None  # by the capital and about
                if org and org.kind == "local_government":  # "Catamarca's provincial government"
                    return org
            return self._subdivision_most_named()  # session 12: "the state's economy secretary" in a story
            # about Nuevo León datelined by its capital
        if not place or place.lower() in COUNTRIES:
            return None
        org = self.registry.org(f"{place} government")
        return org if org and org.kind == "local_government" else None

    def _subdivision_most_named(self) -> Org | None:
        """The registry's state or provincial government whose place the article names most (twice at least)."""
        best, most = None, 1
        for org in self.registry.orgs.values():
            m = _SUBDIVISION_GOVERNMENT.fullmatch(org.canonical) if org.kind == "local_government" else None
            for place in ((m.group(1), m.group(1)[:-1] if m.group(1).endswith("an") else None) if m else ()):
                if place and place in self.text and place.lower() not in COUNTRIES:  # ("Washington" is the US;
                    n = len(re.findall(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", self.text))  # "Western
                    if n > most:  # Australian government": "Western Australia")
                        best, most = org, n
        return best

    def _resolve(self, phrase: str, phrase_start: int) -> Source | None:
        p = phrase.strip(" ,")
        low = p.lower()
        if not p:
            return None
        if low in FUNCTION_WORDS:  # session 6: "That concludes today's call"
            return None
        if re.fullmatch(r"(?:the\s+)?(?:state\s+|provincial\s+)?governor", low):  # session 6: "The Bahia state
            window = max(0, phrase_start - 600)  # government backs it. The governor said", "Jujuy's governor ...
            named = [*_LOCAL_GOVERNMENT_NAMED.finditer(self.text, window, phrase_start),  # the governor said": the
                     *_GOVERNOR_OF.finditer(self.text, window, phrase_start)]  # sub-national body named nearest before
            if named:
                last = max(named, key=lambda m: m.start())
                place = last.group(1)
                body = last.group(0) if last.re is _LOCAL_GOVERNMENT_NAMED else None
                local = local_government(self.registry, f"{place} governor") if body is None else None
                name = body or (local[0] if local else None)
                found = self.registry.org(name) if name else None
                if name:
                    return Source(None, found.canonical if found else name,
                                  (found.country if found else None) or place_country(place) or self.home_country)
        if _ANON.match(low) or re.match(r"^(?:an?|one|two|three|several)\s+(?:person|people|source|insider)", low):
            return Source(anonymous=True)
        if low in ("executives", "company executives", "its executives", "managers", "its managers", "its founders",
                   "its co-founders", "the founders", "the co-founders", "its owners"):  # (session 12: founders)
            lede = self._subject_before(phrase_start)  # session 10: "X expects sales to fall, executives said": X
            if lede and lede.organization and _org_kind(None, lede.organization) == "company":
                return lede
        m = _EMBASSY_OFFICIAL.match(p)  # round 10: "A U.S. Embassy official in Bogotá": the embassy, no name
        body = embassy(self.registry, f"{m.group(1)} Embassy in {m.group(2)}") if m else None
        if body:
            return Source(None, body[0], body[1])
        m = _REGION_POSSESSIVE.match(p)
        place = last_region(self.text, m.group(1).lower(), phrase_start) if m else None
        if place:  # "the province's commerce department" -> the registry's "Jiangsu commerce department"
            for name in (f"{place} {m.group(2)}", f"{place}'s {m.group(2)}"):
                org = self.registry.org(name)
                if org:
                    return Source(None, org.canonical, org.country or place_country(place))
        gov = _GOVERNMENT_VOICE.match(p)
        if gov:  # session 5: "a government spokesman said" in a story that names the country or has a dateline
            code = self._sentence_country(phrase_start) or self.home_country
            last = self.last_org.get("government")
            if last and last.organization and (code is None or last.country == code) and \
                    "overnment" in last.organization:
                return Source(None, last.organization, last.country, title=gov.group(1).lower())
            body = government_of(self.registry, code) if code else None
            if body:
                return Source(None, body[0], body[1], title=gov.group(1).lower())
        hon = _HONORIFIC_SURNAME.match(p)
        if hon and not self._by_surname(hon.group(1)) and not self.registry.org(hon.group(1)):
            return self.remember(Source(hon.group(1)))  # session 5: "Ms Kowalski said", met nowhere before: a person
        side = re.match(r"^(?:the\s+)?(.+?)\s+side$", p, re.I)  # "EU side says", "the Chinese side"
        if side and side.group(1)[:1].isupper():  # a country's side is its government
            named = side.group(1)
            country_word = COUNTRIES.get(named.lower()) not in (None, "EU")
            return self.resolve(f"{named} government" if country_word else named, phrase_start)
        if low in PRONOUNS_PERSON:
            after = low in ("she", "he") and self.person_at == self.cursor and \
                phrase_start - self.cursor < 3  # round 9: "She said ... port
            since = min(self.paragraph_start, self.quiet_paragraph_start) if self.quiet_paragraph_start >= 0 \
                else self.paragraph_start  # round 9: "Maria Holm, a trader at X, disagreed." then "“...,” she said."
            described = self.last_person is not None and (self.person_at >= self.paragraph_start or bool(
                self.last_person.title or self.last_person.organization))  # a bare name met in passing is not
            if self.last_person and self.person_at >= since and self.person_at > self.speaker_at \
                    and not after and described:  # enough to be "she" a paragraph later  # of King Abdullah": a name later in the pronoun's own sentence is not "she"
                pick, other = self.last_person, self.last_speaker  # "Moreau, ..., went further. '...,' he said."
            elif self.last_speaker and not self.last_speaker.speaker and self.last_speaker.title and \
                    self.last_speaker.title.split()[-1] in TITLE_WORDS and self.speaker_at >= self.person_at and \
                    self.speaker_at >= since:  # session 10: "the EU's trade commissioner told reporters ... She
                return self.last_speaker  # added": the titled speaker with no name, not a person named before
            else:
                pick = self.last_speaker if (self.last_speaker and self.last_speaker.speaker) else \
                    (self.person_before if after else self.last_person)
                if pick is None and self.last_speaker and self.last_speaker.title and \
                        self.last_speaker.title.split()[-1] in TITLE_WORDS:  # session 10: the titled speaker with
                    pick = self.last_speaker  # no name, when no person was named at all
                other = self.last_person if pick is self.last_speaker else self.last_speaker
            # Only the text's own cues ("Ms. Lopez", "spokeswoman") overrule the default, never a first name.
            want = "f" if low in ("she", "her", "hers") else "m"
            if pick and other and other.speaker and other.speaker != pick.speaker:
                mine, theirs = gender_cue(self.text, pick, phrase_start), gender_cue(self.text, other, phrase_start)
                if (mine not in (None, want) and theirs in (None, want)) or (mine is None and theirs == want):
                    return other
            if pick and pick.speaker and gender_cue(self.text, pick, phrase_start) not in (None, want):
                named = self._named_in_sentence_before(phrase_start, want, pick)
                if named:  # round 8: "Another analyst pressed Arai. She noted": the one just named, not "he"
                    return named
            return pick
        m = re.match(r"^its\s+(?:[a-z][\w-]*\s+){0,2}(?:unit|arm|subsidiary|division|branch|office|affiliate)$", low)
        if m:  # session 10: "Its freight division said": the body the sentence before named, for itself
            last = self._its_org(phrase_start)
            return Source(None, last.organization, last.country) if last else None
        m = re.match(r"^its\s+(.+)$", low)
        if m and _title_in(m.group(1)):  # "its chief executive said": the company's, name not yet given
            last = self._its_org(phrase_start)
            named = re.search(r",\s+((?:" + UPPER + r"[\w’'.-]*\s+){1,3}" + UPPER + r"[\w’'.-]*)$", p)
            if named:  # "Its chief financial officer, Ayu Pratiwi," (a company not recognised: the person alone)
                return Source(named.group(1), last.organization if last else None, last.country if last else None,
                              title=_title_in(m.group(1)))
            if last is None and re.search(r"\s" + UPPER + r"[\w’'-]+\s+" + UPPER, p):  # session 10: "Its chief executive
                return self._parse(p, phrase_start)  # Jonas Kessler said" with no firm found: the person still speaks
            return replace(last, title=_title_in(m.group(1))) if last else None
        m = re.match(r"^(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)$", low)
        the = low.startswith("the ") or re.search(r"\b[Tt]he\s+$", self.text[max(0, phrase_start - 4):phrase_start])
        if m and the and m.group(1) in TITLES and self.last_speaker and self.last_speaker.speaker and \
                (_same_role(self.last_speaker.title, m.group(1)) or
                 (TITLE_KINDS.get(m.group(1)) == "legislator" and self._in_legislature(self.last_speaker))):
            return self.last_speaker  # "the lawmaker" after "X, a member of the Michigan House, said"  # "“...,” the spokesperson said": the one who just spoke with that title
        if low in PRONOUNS_ORG:  # "China's foreign ministry has published its readout. It says ...": the body
            earlier = next(((at, o) for at, o in reversed(self.org_seen) if at < self.cursor), None)
            if self.last_speaker and not self.last_speaker.speaker and not (earlier and earlier[0] > self.speaker_at):
                return self.last_speaker  # unless another one was named in a sentence since it spoke
            return earlier[1] if earlier else self.last_org.get("any")
        if not low.startswith("the ") and p.split()[-1].islower() and \
                re.search(r"\b[Tt]he\s+$", self.text[max(0, phrase_start - 4):phrase_start]):
            low = "the " + low  # session 8: "the Singapore-listed shipyard", its subject found without "the"
        if re.fullmatch(r"the\s+(?:state|provincial|regional)\s+government", low):
            local = self._subdivision_most_named()  # session 12: "the state government says" in a story about
            if local is not None:  # Nuevo León: that state's government, not the country's
                return Source(None, local.canonical, local.country)
        m = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", low)
        if m and re.search(r"\b(?:trading|fashion|auction|publishing|investment|design)\s+house$", low):
            low = low[:-len("house")] + "company"  # round 9: "the Tokyo-based trading house said": a company
            m = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", low)
        if m and m.group(1) not in ORG_ANAPHORS and _FIRM_HEAD.search(m.group(1)):
            low = low[:m.start(1)] + "company"  # session 8: "the Singapore-listed shipyard said", "the crusher said"
            m = re.match(r"^the\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", low)
        cues = [w for w in p.split()[1:] if _CAP.match(w)]
        cue = place_country(re.sub(r"-(?:based|headquartered|listed|owned|backed)\b", "", " ".join(cues))) \
            if cues else None  # "the South Korean company", session 8: "the Singapore-listed shipyard"
        if m and m.group(1) in ORG_ANAPHORS and (not cues or cue):
            # "the economy ministry" with no antecedent of that name: the country's ministry in the registry
            named = self._ministry("ministry", low, cue, phrase_start) if m.group(1) == "ministry" else None
            kind = ORG_ANAPHORS[m.group(1)]
            last = self.last_org.get(kind)
            if last and last.organization and self.text.find(last.organization) > phrase_start:  # session 8: "The
                last = next((o for o in reversed(self.org_history) if _org_kind(None, o.organization or "") == kind
                             and o.organization and 0 <= self.text.find(o.organization) < phrase_start), None)
                # yard said in a filing to the Singapore Exchange": not a body first named after the anaphor
            head = m.group(1)
            same = [o for o in self.org_history if head in (o.organization or "").lower().split()]
            spoke = self.last_speaker if self.last_speaker and self.cursor - self.speaker_at < 400 else None
            if spoke and head in (spoke.organization or "").lower().split() and not cue:
                last = Source(None, spoke.organization, spoke.country)  # the ministry whose official just spoke
            elif same and not cue:  # "the embassy": the last body named "Embassy ..."; the home country's first
                last = next((o for o in reversed(same) if o.country == self.home_country), same[-1])
            elif kind == "company" and not cue and self._opening_org(phrase_start):
                last = self._opening_org(phrase_start)  # "X, ..., will replace Y's gear, the company said"
            elif cue:  # "the Michigan-based supplier": the last one from there, else the last one, from there
                last = next((o for o in reversed(self.org_history) if o.country == cue and
                             _org_kind(None, o.organization or "") == kind), None) or \
                    (replace(last, country=cue) if last else None)
            if kind == "company" and head == "company" and not cue and self.the_company is not None and last and \
                    last.organization != self.the_company.organization and not self._opening_org(phrase_start) and \
                    not (spoke and spoke.organization == last.organization):
                last = self.the_company  # session 12: "the company" stays the firm it has meant so far, not a rival
                # named in passing since ("LVMH said ..., and Prada has said ...". "The company's finance director")
            if kind == "company" and head == "company" and last and last.organization and \
                    0 <= self._first_at(last.organization) < phrase_start:
                self.the_company = last
            if named and (last is None or last.organization != named):
                return Source(None, named, self._body_country(named))
            if last is None and head in ("government", "cabinet"):  # session 5: "Kenya wants ..., the government said", no
                code = self._sentence_country(phrase_start) or self.home_country or self.company_home  # body met yet
                body = government_of(self.registry, code) if code else None
                if body:
                    return Source(None, body[0], body[1])
            return last or self.last_org.get("any")
        if low in CAPITAL_METONYMS and p[:1].isupper():  # "Beijing said": the capital speaks for the government
            code = COUNTRIES.get(low) or CITIES.get(low)
            body = national_government(self.registry, f"{country_name(code) or p} government") if code else None
            if body:
                return Source(None, body[0], body[1])
        bare = re.sub(r"^[Tt]he\s+", "", p)
        if bare[:1].isupper() and COUNTRIES.get(bare.lower()) not in (None, "EU") and \
                not self.registry.org(bare) and bare.lower() not in ("european", "american", "chinese") and \
                re.search(r"(?:^|[.!?][”\"]?\s+|\n\s*|\s[-—–]\s+)$", self.text[max(0, phrase_start - 4):phrase_start]):
            # (only a country opening its sentence: "vessels built in China calling at US ports" is no report)
            code = COUNTRIES[bare.lower()]  # session 10: "South Korea said it would seek talks": the country's
            body = government_of(self.registry, code) if bare.lower() == (country_name(code) or "").lower() or \
                " " not in bare and bare.lower() in _COUNTRY_SUBJECT_NAMES else None  # government (a name, not a
            if body:  # demonym)
                return Source(None, body[0], body[1])
        parsed = self._parse(p, phrase_start)
        body = _COUNTRY_BODY.fullmatch(p)
        if body is None or (parsed is not None and parsed.known and
                            (parsed.organization or "").lower() not in REGION_NAMES):
            return parsed  # "China's customs authority": the registry's body
        if COUNTRIES.get(body.group(1).lower()) not in (None, "EU") and _public_body(body):
            # session 6: "Germany's competition watchdog said", a body the registry lacks: named as the article does
            return self.remember(Source(None, p, COUNTRIES[body.group(1).lower()]))
        return None  # "Europe's banking authority": no country's body, no source

    def _first_at(self, name: str) -> int:
        """Where the article first writes `name` or its first word (a short name), -1 if nowhere."""
        at = self.text.find(name)
        first = name.split()[0]
        short = self.text.find(first) if len(first) > 3 else -1
        return min((a for a in (at, short) if a >= 0), default=-1)

    def _opening_org(self, phrase_start: int) -> Source | None:
        """The company that opens this sentence (when the subject comes after a fronted clause) or, when the
        subject opens this sentence, the previous one in the paragraph: "Y rejected it. The company said ..."."""
        here = self.text[self.cursor:phrase_start]
        if not here.strip():
            before = self.text[self.paragraph_start:self.cursor]
            here = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[A-Z“\"])", before.strip())[-1] if before.strip() else ""
        here = re.sub(r"^[A-Z]{2,}[^—–\n]{0,60}?\s[-—–]\s+", "", here.lstrip())  # a dateline
        for o in reversed(self.org_history):
            name = o.organization or ""
            reg = self.registry.org(name)
            if _org_kind(reg.kind if reg else None, name) != "company":
                continue
            first = name.split()[0] if name else ""
            if name and (here.startswith(name) or (len(first) > 3 and re.match(re.escape(first) + r"(?:['’]s)?[\s,]", here))):
                return o  # (session 12: "Zhongyuan, for its part, points to ...")
        here = re.sub(r"^(?:The\s+)?(?:[A-Z][\w.]*-(?:owned|based|listed|backed|run)\s+)?", "", here)  # session 8:
        lead = _LEAD_FIRM.match(here)  # "The Chinese-owned X Mine will ..., the company said"; round 9: a firm
        # the story opens with, not yet met ("SEOUL — Hanbit Semiconductor will ..., the chipmaker's chief executive said")
        if lead and (lead.group(1).split()[-1].lower() in ORG_SUFFIXES or
                     lead.group(1).split()[-1].lower() in _FIRM_NAME_ENDS) and not self.registry.org(lead.group(1)):
            name = lead.group(1)
            return Source(None, name, self.org_countries.get(name) or self._org_country(name) or self.company_home)
        return None

    def _parse(self, p: str, start: int) -> Source | None:
        if p.startswith("By ") and (start == 0 or self.text[start - 1] == "\n"):
            return None  # session 10: a byline ("By Hanna Verbeke") is the reporter, never a source or "she"
        src = self._parse_phrase(p, start)
        if src is not None and src.organization and " " not in src.organization and \
                src.organization.lower() in ORG_SUFFIXES and not self.registry.org(src.organization):
            lead = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(src.organization) + r"\b", p)
            if lead and COUNTRIES.get(lead.group(1).lower()):  # session 9: "Danish Shipping", a body's whole name
                src = self.remember(replace(src, organization=f"{lead.group(1)} {src.organization}",
                                            country=src.country or COUNTRIES[lead.group(1).lower()]))
        if src is not None and re.fullmatch(r"(?:District|Ward|Precinct)(?:\s+\d+)?", src.organization or ""):
            # session 9: "Sen. X, D-Little Rock, of District 14": a seat, not a body; a state's legislator
            body = self._state_legislature() if src.title and \
                src.title.split()[-1] in _STATE_LEGISLATOR_TITLES else None
            src = replace(src, organization=body.canonical if body else None,
                          country=body.country if body else None)
        area = _AREA_LIST_TITLE.search(p) if src is not None and src.speaker and ", " in p else None
        if area and src is not None and src.speaker and src.speaker.startswith(area.group(1)):
            # session 9: "The Minister of Industry, Trade and Investment told": the last area is no name;
            # "Vice Minister of Trade, Industry and Energy Choi Min-seok": the name after it
            rest = src.speaker[len(area.group(1)):].strip()
            src = replace(src, speaker=rest if len(rest.split()) >= 2 else None)
        if src is not None and src.organization and ", " in p and _AREA_LIST_BODY.search(src.organization):
            more = re.search(r"(?<![\w’'-])" + re.escape(src.organization) + _AREA_LIST, self.text[start:start + len(p) + 80])
            if more:  # session 9: "a director at the Ministry of Trade, Industry and Energy": one ministry
                full = src.organization + more.group(1)
                known = self.registry.org(full)
                speaker = src.speaker
                if speaker and speaker in more.group(1):  # "Transport" read as the name: the name before the title
                    lead = re.match(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?:an?|the)\s", p)
                    speaker = lead.group(1) if lead else None
                src = self.remember(replace(src, organization=known.canonical if known else full, speaker=speaker,
                                            country=(known.country if known else None) or src.country))
        if src is not None and src.organization and "Local" in p:
            number = re.search(re.escape(re.sub(r"\s+Local$", "", src.organization)) + r"\s+Local\s+\d{1,5}\b", p)
            if number:  # session 9: "United Steelworkers Local 65": a union local's number is its name
                src = self.remember(replace(src, organization=number.group(0)))
        if src is not None and src.organization and not self.registry.org(src.organization):
            at = p.find(src.organization)  # (a string search and a static pattern: no pattern built per name)
            more = LOWER_BODY.match(p, at + len(src.organization)) if at >= 0 and \
                (at == 0 or not re.match(r"[\w’'-]", p[at - 1])) else None
            if more and (len(more.group(1).split()) > 1 or place_country(src.organization) or
                         more.group(1).split()[-1] in _PLACE_UNITS):
                # session 9: "president of the Quillota growers’ association": the body, not the town; not "the
                # Creemos alliance", a named body with a noun after it
                name = src.organization + more.group(1)
                src = self.remember(replace(src, organization=name, country=src.country or place_country(
                    src.organization) or self.home_country))
        if src is not None and (src.speaker or "").startswith("Regent ") and len(src.speaker.split()) > 2:
            self.people.pop(src.speaker, None)  # "Regent Andi Rahmat Laode": the title, then the name
            src = self.remember(replace(src, speaker=src.speaker[len("Regent "):], title="regent"))
        if src is not None and src.title == "rector magnificus":  # session 9: a Dutch or Belgian rector
            src = replace(src, title="rector")
            if not src.organization:
                org = self._context_org("rector", None, start)
                src = replace(src, organization=org, country=self.org_countries.get(org or "") or
                              self._org_country(org) if org else None)
        if src is not None and src.speaker and not src.organization and not src.title and self.unnamed and \
                " " in src.speaker and src.speaker not in self.people:
            src = self._lede_title_holder(src, p, start)
        if src is not None and src.organization and not self.registry.org(src.organization):
            when = _ORG_WHEN.search(src.organization)  # session 10: "Republic County Board of Commissioners on Monday"
            if when:
                src = self.remember(replace(src, organization=src.organization[:when.start()]))
            at = self.text.find(src.organization, max(0, start - 300))
            form = _LEGAL_MORE.match(self.text, at + len(src.organization)) if at >= 0 else None
            if form:  # session 10: "Hsinlu Microelectronics Co., Ltd.", "Kolej Trans Łódź Sp. z o.o.": the whole form
                src = self.remember(replace(src, organization=src.organization + form.group(0)))
        if src is not None and src.organization in ("Its", "Their"):  # session 10: "Its chief executive Jonas Kessler
            last = self._its_org(start, any_kind=False)
            src = replace(src, organization=last.organization if last else None,  # said": a pronoun, never a name
                          country=last.country if last else None)
        chapter = _CHAPTER_OF.search(p) if src is not None and src.organization else None
        if chapter and src is not None and src.organization != chapter.group(1):  # session 10: "president of the León
            name = chapter.group(1)  # chapter of the employers' federation Coparmex": the federation
            known = self.registry.org(name)
            src = self.remember(replace(src, organization=known.canonical if known else name,
                                        country=(known.country if known else None) or self.org_countries.get(name) or
                                        self.home_country or src.country))
        if src is not None and (src.title in ("mla", "mpp") and "CA" in (src.country, self.home_country) or
                                _PROVINCIAL_MEMBER.search(p)) and not self.registry.org(src.organization or ""):
            # (session 11: "a member of the legislature for Hamilton Centre", the seat no body)
            named = _CA_PROVINCE.findall(self.text)  # session 10: "NDP MLA X" in a Saskatchewan story: the province's
            if named:  # legislature (a party is no organization of a member)
                prov = max(set(named), key=named.count)
                known = self.registry.org(f"{prov} legislature")
                src = self.remember(replace(src, organization=known.canonical if known else f"{prov} Legislature",
                                            country="CA"))  # (session 11: a proper name, capitalised)
        if src is not None and src.title == "county judge" and src.speaker:
            court = _COMMISSIONERS_COURT.search(self.text)  # session 10: a Texas county judge presides over the
            if court:  # county's commissioners court
                src = self.remember(replace(src, organization=court.group(1), country="US"))
        if src is not None and src.organization == "Cabinet" and not self.registry.org("Cabinet"):
            body = government_of(self.registry, src.country or self.home_country)  # session 10: "Chief Cabinet
            if body:  # Secretary X": the government
                src = replace(src, organization=body[0], country=body[1])
        if src is not None and src.speaker and not src.organization and _GOVERNMENT_TITLE_NAME.match(p):
            # session 10: "government spokesman Zoltan Bardos said": the government of the story's country
            body = government_of(self.registry, self.home_country or self._sentence_country(start))
            if body:
                src = replace(src, organization=body[0], country=body[1])
        if src is None or not src.title:
            return src
        head = src.title.split()[-1]
        if head == "mayor" and (not src.organization or place_country(src.organization) and
                                " " not in src.organization.strip()):
            before = re.split(r"\b(?:[Vv]ice\s+|[Dd]eputy\s+)?[Mm]ayor\b", p.split(",")[0])[0]  # the words before
            named = next((w for w in re.findall(r"\b[A-Z][a-z]+\b", before) if place_country(w)), None)  # the title
            body = self._city_body(src.organization or named or dateline_place(self.text))  # (session 13: "Shanghai
            # vice mayor X" in a Beijing story: Shanghai's)
            if body:  # session 9: "Mayor X" and, elsewhere, "the Municipality of Bor": that body
                return self.remember(replace(src, organization=body,
                                             country=src.country or place_country(body) or self.home_country))
            if named and not src.organization:  # (the town itself when no council is named, sets y and zh)
                return self.remember(replace(src, organization=named, country=place_country(named) or src.country))
        if head == "governor" and src.organization and not src.speaker and not self.registry.org(src.organization) and \
                re.search(r"\b[Gg]overnor\s+of\s+(?:the\s+)?" + re.escape(src.organization) + r"\s*$", p) and \
                (subdivision_kind(src.organization) or re.search(r"\bprovinc(?:e|ial)\b", self.text)) and \
                len({(m.group(1) or m.group(2) or m.group(3)).lower() for m in _GOVERNOR_OF.finditer(self.text)}) == 1:
            # (one province's governor only, however its title is written)
            # session 13: "The governor of Siargao Islands asked ...": the province's government, as "Governor X"
            place = src.organization
            body, code = self._subdivision_body(place) if subdivision_kind(place) else \
                (f"{place} provincial government", None)
            return replace(src, organization=body, country=code or src.country or place_country(place))
        if head == "regent" and "regency" not in (src.organization or ""):  # session 9: an Indonesian regent heads
            # a regency
            named = re.search(r"\b(" + UPPER + r"[\w’'-]+)\s+[Rr]egency\b", self.text)
            place = named.group(1) if named else dateline_place(self.text)
            if place:
                return self.remember(replace(src, organization=f"{place} regency",
                                             country=place_country(place) or self.home_country))
        local = self.registry.org(src.organization or "")
        if not (local and local.kind == "local_government"):
            body = self._subnational_body(p)
            if body:
                src = self.remember(replace(src, organization=body.canonical, country=body.country))
            elif not src.speaker and re.fullmatch(r"(?:[Tt]he\s+)?" + re.escape(head), p.strip(" ,")) and \
                    head in self.local_titles:  # "The minister noted ..." after "South Australia's Minister for
                before = self.local_titles[head]  # Primary Industries said ...": that minister again
                src = replace(src, organization=before.organization, country=before.country)
        local = self.registry.org(src.organization or "")
        if local and local.kind == "local_government" and not src.speaker:
            self.local_titles[head] = src
        return src

    def _lede_title_holder(self, src: Source, p: str, start: int) -> Source:
        """Session 10: "X will not cut incentives, its secretary-general said." then a paragraph that opens with a
        new name and a verb ("Narumon Siriwattana told a seminar ..."): the one who holds that title at X."""
        line = self.text.rfind("\n", 0, start) + 1
        if line == 0 or not _OPENING_HONORIFIC.fullmatch(self.text[line:start]) or \
                not re.match(r"\s+[a-z]", self.text[start + len(p):start + len(p) + 3]):
            return src
        prev = self.text.rfind("\n", 0, len(self.text[:line].rstrip())) + 1  # the paragraph before
        lede = [k for k in self.unnamed if prev <= k < line and k < 800]  # the story's opening paragraph only
        if len(lede) != 1:
            return src
        org, title = self.unnamed[lede[0]]
        return replace(src, organization=org, title=title, country=self.org_countries.get(org) or self._org_country(org))

    def _parse_phrase(self, p: str, start: int) -> Source | None:
        reg = self.registry
        p = _NICKNAME.sub("", p)  # session 8: 'Senator Ramon "Monching" Dela Paz' is Ramon Dela Paz
        local = _UNION_LOCAL_TITLE_NAME.fullmatch(p.strip())
        if local:  # session 10: "United Steelworkers Local 1005 president Dave Kerrigan": the local, its title, the name
            org = local.group(1)
            country = self.org_countries.get(org) or self.home_country
            self.remember_org(org, country)
            return Source(local.group(3), org, country, title=local.group(2).split()[-1].lower())
        adverb = _SENTENCE_ADVERB.match(p)  # session 9: "Meanwhile Qinghai Salt Group said": no comma
        if adverb:
            p, start = p[adverb.end():], start + adverb.end()
        if _CUE_AND_NOUN.fullmatch(p):  # session 8: "Singapore-listed shipyard" names no one: an anaphor
            return None
        p = re.sub(r"^(?:Shares|Stock|Bonds)\s+(?:of|in)\s+", "", p)  # session 8: "Shares of X rose": X, no person
        p = re.sub(r"^(?:HE|H\.E\.)\s+(?=the\s)", "", p)  # session 11: "HE the Minister of Investment": an honorific
        of = _TITLE_NAME_OF.match(p)  # session 8: "County councillor Adrian Popa of the Save Romania Union": read as
        if of:  # "Adrian Popa, county councillor of the Save Romania Union"; a councillor's "of" names a party,
            title_words = of.group("title").lower()  # not the council (tidy.member_body finds that)
            p = f"{of.group('name')}, {title_words}" if "council" in title_words else \
                f"{of.group('name')}, {title_words} of {of.group('org')}"
        seat = _SEAT_FOR_NAME.match(p)  # session 8: "Fianna Fáil TD for Cork South-West Christopher Whelan": the
        if seat:  # name is the last two words; read as "Christopher Whelan, Fianna Fáil TD for Cork South-West"
            p = f"{seat.group(2)}, {seat.group(1)}"
        split = _HONORIFIC_INSIDE.match(p)  # session 8: "Minister of State for Energy Dr. Peter Lokeris": the
        if split:  # honorific opens the name; read as "Peter Lokeris, Minister of State for Energy"
            p = f"{split.group(2)}, {split.group(1)}"
        areas = _MINISTER_OF_AREAS.match(p)
        if areas:  # the last area word the lists know ends the title; the rest is the name
            words = areas.group(0).split()
            cut = max((i for i, w in enumerate(words) if w.strip(",").lower() in NAME_AREAS), default=-1)
            if 0 < cut < len(words) - 2 and ("and" in words[:cut] or any(w.endswith(",") for w in words[:cut])):
                p = f"{' '.join(words[cut + 1:])}, {' '.join(words[:cut + 1])}"
                area = " ".join(words[words.index("Minister") + 2:cut + 1])
                full = re.search(r"(?:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?" +
                                 re.escape(area) + r"\b", self.text)
                if full:  # the article names the ministry in full: that body
                    known = reg.org(full.group(0))
                    code = (known.country if known else None) or \
                        (COUNTRIES.get(full.group(1).lower()) if full.group(1) else None) or self.home_country
                    name = known.canonical if known else with_country(reg, full.group(0), code, self.text)
                    known = reg.org(name)
                    code = known.country if known else code
                    self.org_countries.setdefault(name, code)
                    return Source(" ".join(words[cut + 1:]), name, code, title="minister")
        staff = _STAFF_AT.match(p)
        if staff and not reg.find_orgs(p):  # session 6: "Analysts at Oslo-based DNB Carnegie noted": the firm, by
            name = staff.group("name")  # its place in the phrase, whatever its name's form
            if not place_country(name) and name.split()[0].lower() not in TITLE_WORDS:
                based = staff.group("based")
                country = (based_country(based) if based else None) or self.org_countries.get(name) or \
                    self._org_country(name)
                self.remember_org(name, country)
                return Source(None, name, country)
        if " former " in p:  # "Delaney, a former Ford Motor engineer": a past employer names no organization
            p = re.sub(r",?\s+(?:a|an|the)\s+former\s+[^,]*,?", "", p).strip() or p
        if " " not in p and p[:1].isupper() and p.lower() in _CONNECTORS:  # "An said": a surname
            found = self._by_surname(p)
            if found:
                return found
        if " " not in p and p[:1].isupper() and (place_country(p) or p.lower() in COUNTRIES) and \
                not reg.org(p) and p not in self.org_names:
            found = self._by_surname(p)  # round 10: "Gao said", "Mosquera said": a person met before, though a
            if found and found.speaker and found.speaker.split()[0].lower() not in _QUESTION_WORDS:
                return found  # town has the name too (Gao in Mali, Mosquera in Colombia); "Why Texas" is no one
        p = re.sub(r"^(?:Today|Yesterday|Tonight|Tomorrow)\s+(?=[A-Z])", "", p)  # session 13: "Today Parliament told"
        p = _ANOTHER_PARTY.sub("", p)  # "Another Republican, State Sen. X"
        if re.fullmatch(r"(?:(?:[Tt]he\s+)?(?:company|firm|group)(?:['’]s)?\s+|[Ii]ts\s+|[Ss]enior\s+)?executives", p.strip()):
            # session 13: "X ..., executives said on the company's call": X, named in that sentence as a firm
            firm = self.the_company or self.last_org.get("company")
            s0 = self._sentence_start(start)
            if firm is not None and firm.organization and firm.organization in self.text[s0:start] and \
                    (" " in firm.organization or self.registry.org(firm.organization)):
                return Source(None, firm.organization, self.org_countries.get(firm.organization) or firm.country)
        members = re.fullmatch(r"(?:(?:The|Many|Most|Some)\s+)?(MEPs|MPs|[Ll]awmakers|[Ll]egislators|[Ss]enators|[Dd]eputies)",
                               p.strip())
        if members:  # session 13: "MEPs backed a resolution urging ...": the chamber speaks
            code = "EU" if members.group(1) == "MEPs" else (self.home_country or self.named_most)
            chamber = self.registry.org("European Parliament") if code == "EU" else None
            name = chamber.canonical if chamber else legislature(reg, members.group(1).lower(), code) if code else None
            if name:
                return Source(None, name, code)
        mission = _MISSION_TO.search(p) or (_MISSION_TO.match(self.text, start)  # (the subject stops before "to")
                                            if re.fullmatch(r"[A-Z][\w ]*['’]s\s+(?:Permanent\s+)?Mission", p) else None)
        if mission and COUNTRIES.get(mission.group(1).lower()) and not reg.org(mission.group(0)):
            name = mission.group(0)  # session 13: "China's Mission to the EU said": the sender's mission
            code = COUNTRIES[mission.group(1).lower()]
            self.remember_org(name, code)
            return Source(None, name, code, title=_title_in(p))
        title = _title_in(p)
        local_owner = _PLACE_OWNS_BODY.fullmatch(p.strip())
        if local_owner and place_country(local_owner.group(1)) and \
                (country_name(place_country(local_owner.group(1))) or "").lower() != local_owner.group(1).lower() and \
                local_owner.group(1).lower() not in _OTHER_COUNTRY_NAMES:  # a province's or city's, not a country's
            name = p.strip()  # session 13: "Guangdong's commerce department": the place's body, as written
            self.remember_org(name, place_country(local_owner.group(1)))
            return Source(None, name, place_country(local_owner.group(1)), title=title)
        adj = _ADJ_EMBASSY.search(p)
        if adj and self.home_country and not re.search(r"\b[Ee]mbassy\s+in\s", p):  # session 13: "A Chinese
            body = embassy(reg, f"the {adj.group(1)} embassy in {country_name(self.home_country)}", self.home_country)
            if body:  # embassy spokesman said" in a Nairobi story: the embassy in Kenya
                return Source(None, body[0], body[1], title=title)
        bank = _CENTRAL_BANK.search(p) if "entral" in p else None
        if bank and not reg.find_orgs(p):  # session 13: "Kenya's central bank governor, X": that country's bank
            code = COUNTRIES.get((bank.group(1) or bank.group(2) or "").lower()) or self.home_country
            known = next((o for k in COUNTRY_KEYS.get(code or "", ()) if (o := reg.org(f"{k}'s central bank"))), None)
            name = known.canonical if known else f"Central Bank of {bank.group(2)}" if bank.group(2) else \
                f"{country_name(code)}'s central bank" if code else None
            person = re.search(r"(?:,\s+|[Gg]overnor\s+)((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)$", p)
            if name:
                self.org_countries.setdefault(name, code)  # type: ignore[arg-type]
                return Source(person.group(1) if person else None, name, code, title=title)
        body = embassy(reg, p, self.home_country) or national_government(reg, p)  # "the Chinese embassy in X"
        if body:
            return Source(None, body[0], body[1], title=title)
        country = None
        org_name = None
        rest = p
        lead_place = _subdivision_lead(p) if title and title.split()[-1] in _SUBDIVISION_TITLES else None
        if lead_place:  # session 8: "The New South Wales Minister for Natural Resources, X": the state's government
            org_name, country = self._subdivision_body(lead_place)
        bare = _BARE_COMMISSION.search(p) if "Commission" in p and _EU_STORY.search(self.text) else None
        if bare and not reg.find_orgs(p) and reg.org("European Commission"):
            # round 9: "The Commission's energy commissioner, X", "a Commission spokesperson" in an EU story
            p = p[:bare.start(1)] + "European Commission" + p[bare.end(1):]
        if re.search(r"(?:^|\b[Aa]\s+|\b[Tt]he\s+)Treasury(?:['’]s)?\s+(?:official|spokes\w+|officials)\s*(?:,|$)", p) and \
                not reg.find_orgs(p):  # round 9: "A Treasury official, speaking in Washington,": that country's
            where = re.split(r"(?<=[.!?])\s", self.text[start:start + 160])[0]
            code = next((place_country(w) for w in re.findall(r"[A-Z][\w.]*", where[len(p):]) if place_country(w)),
                        None) or self._sentence_country(start) or self.home_country
            found = next((reg.org(f"{k} Treasury") for k in COUNTRY_KEYS.get(code or "", ()) if reg.org(f"{k} Treasury")),
                         None)
            if found:
                p = p.replace("Treasury", found.canonical, 1)
        # Registry organizations inside the phrase, longest first.
        for s, e, org in sorted(reg.find_orgs(p) if org_name is None else (), key=lambda t: t[0] - t[1]):
            tail = _LEGAL_TAIL.match(p, e)  # session 8: "Posco Holdings" found as "Posco": the rest is its name too
            e = tail.end() if tail else e
            owner = re.search(r"(" + UPPER + r"[\w.]*(?:\s+" + UPPER + r"[\w.]*)?)['’]s\s+$", p[:s])
            code = (COUNTRIES.get(owner.group(1).lower()) or place_country(owner.group(1))) if owner else None
            # (session 13: a province or city owns a body too: "Guangdong's commerce department" is no US body)
            if code and org.country and code not in (org.country, "EU") and p[s:e][:1].islower():
                continue  # session 8: "Portugal's secretary of state": a title in lower case, not the US body
            if code and org.country and code not in (org.country, "EU") and "government" in (org.kind, org.sector):
                # session 7: "Pakistan's Foreign Office" is not the UK's, whatever the registry calls "Foreign Office"
                org_name, country = f"{owner.group(1)}'s {p[s:e]}", code
                rest = rest[:owner.start()] + " " * (e - owner.start()) + rest[e:]
                break
            org_name, country = org.canonical, org.country
            panel = _PANEL_OF.search(p[:s]) if org.kind == "legislature" else None
            if panel:  # session 8: "the Economy Committee of the Belgian Chamber of Representatives": the committee
                org_name = p[panel.start():e]
                rest = rest[:panel.start()] + " " * (e - panel.start()) + rest[e:]
                break
            if title and org.country == "EU" and org.kind == "government":  # "EU trade commissioner X"
                org_name = government(reg, p, title, "EU") or org_name
            rest = rest[:s] + " " * (e - s) + rest[e:]
            break
        placed = _PLACE_NOUN_NAME.search(p) if org_name is None else None
        if placed and not place_country(placed.group("name")) and \
                not any(w.lower() in TITLE_WORDS for w in placed.group("place").split() + placed.group("noun").split()) \
                and placed.group("noun").split()[-1] in ORG_NOUNS | _DESCRIBED_NOUNS:  # "toy chain", not "district"
            # (the place need not be one the lists know: "the Islay distillery Kilnaughton")
            # session 6: "director of the Istanbul toy chain Minik Adım Oyuncak", "an economist at the Mexico City
            # think tank Centro de Estudios del Comercio": the name after the described noun, from that place
            org_name, country = placed.group("name"), place_country(placed.group("place").strip())
            rest = rest.replace(org_name, " " * len(org_name), 1)
        m = re.search(r"(?:^|\bthe\s+)([\w-]+)['’]s\s", p.lower() + " ")
        if org_name is None and not (m and m.group(1) in ORG_ANAPHORS):
            # session 8: "chief executive of the family-owned company", "who has run the company since 2019"
            m = _OF_THE_ANAPHOR.search(p)
            m = m if m and m.group(1).lower() in ORG_ANAPHORS and (ORG_ANAPHORS[m.group(1).lower()] != "any" or
                                                                  m.group(1).lower() in _SCHOOL_NOUNS) and \
                not any(w.lower() not in COUNTRIES for w in re.findall(r"\b[A-Z][\w’'-]*",
                                                                     p[p.find(",") + 1 if "," in p else 0:m.start()])) \
                else None  # no body named before it ("chairman of the IF Metall club at the plant"); session 11: a
            # nationality names none ("a lecturer in Chinese politics at the university")
        if org_name is None and m and m.group(1).lower() in ORG_ANAPHORS:  # "the ministry's secretary", "...
            noun = m.group(1).lower()  # Department of X"
            described = self.org_nouns.get(noun)  # "the fund's head" after "the pension fund Varma-Pohja"
            # "the ministry's Department of X": the last body named "... Ministry ...", before any other of its kind
            named = next((o for o in reversed(self.org_history)
                          if _names_noun(noun, o.organization or "")), None)
            opening = self._opening_org(start) if ORG_ANAPHORS[noun] == "company" else None
            if noun == "board":  # session 7: "the board's president" after "the board of the X System": X
                described = described or self._board_named_before(start)
            if not described and not named:  # session 8: "the port's chief executive" after "the Port of
                described = self._name_with_noun(noun, start)  # Antwerp-Bruges", a name no rule remembered
            recent = self.last_org.get(ORG_ANAPHORS[noun])
            if noun == "company" and not described and not opening and self.the_company is not None and recent and \
                    recent.organization != self.the_company.organization:
                recent = self.the_company  # session 12: "The company's finance director" after a rival named in
                named = None  # passing: the firm "the company" has meant so far
            last = (Source(None, described) if described else None) or named or opening or \
                recent or self.last_org.get("any")
            if noun == "company" and last and last.organization and 0 <= self._first_at(last.organization) < start:
                self.the_company = last
            org_name = last.organization if last else None  # round 9: "X will ..., the chipmaker's chief
            country = self.org_countries.get(org_name) if org_name else None  # executive said": X, which opens
        local = _LOCAL_BODY.search(rest) if org_name is None else None
        if local and place_country(local.group(1)):  # "the Wuxi municipal commerce bureau", in lower case
            org_name, country = local.group(0), place_country(local.group(1))
            rest = rest.replace(org_name, " " * len(org_name), 1)
        named = _COUNTRY_WORD_NAME.fullmatch(p.strip()) if org_name is None else None
        if named and COUNTRIES.get(named.group(1).lower()) not in (None, "EU") and \
                _ORG_NOUN_END.search(self.text, max(0, start - 30), start):  # session 11: "state rail company
            org_name, country = p.strip(), COUNTRIES[named.group(1).lower()]  # Kazakhstan Temir Zholy": one name
            rest = rest.replace(org_name, " " * len(org_name), 1)
        led = _COUNTRY_LED.match(rest) if org_name is None else None
        if led and COUNTRIES.get(led.group(1).lower()) not in (None, "EU") and not _NOT_COUNTRY_LED.search(led.group(2)) and \
                led.group(2).split()[-1].lower() in COUNTRY_LED_HEADS:
            # session 6: "Kenya Railways said", "The China Coast Guard said", "Japan Organization for Metals and
            # Energy Security said": a country word opening a body's name is part of it
            org_name, country = f"{led.group(1)} {led.group(2)}", COUNTRIES[led.group(1).lower()]
            rest = rest.replace(org_name, " " * len(org_name), 1)
        if org_name is None:
            org_name, country = unregistered_org(self.text, rest, start)
            lead = _BASED_LEAD.match(org_name or "")
            if lead and org_name and len(org_name) > lead.end():  # round 9: "the Hanoi-based Vietnam Institute ..."
                country = country or place_country(lead.group(1))
                org_name = org_name[lead.end():]
            if org_name:
                rest = rest.replace(org_name, " " * len(org_name), 1)
                known = self._known_org(org_name)  # session 11: "Tan Phat Electronics" after "... JSC": the name
                if known.startswith(org_name + " ") and \
                        all(w.strip(",").lower() in ORG_SUFFIXES for w in known[len(org_name):].split()):
                    org_name = known  # met in full, with its legal form
                if not country and (re.match(r"(?:Ministry|Department)\s", org_name) or
                                    re.fullmatch(r"(?:[A-Z][a-z]+\s+){1,2}Ministry", org_name)):  # "Foreign Ministry"
                    country = self._home_if_named(start) or self._sentence_country(start) or self.home_country or \
                        paragraph_country(self.text, self.paragraph_start, start) or self.named_most  # session 8
                org_name = with_country(reg, org_name, country, self.text)  # "Tanzania's Ministry of Transport"
                if country and (_org_kind(None, org_name) == "government" or org_name.startswith("Board of ")) and \
                        org_name == org_name.lstrip() and \
                        re.search(r"['’]s\s+$", p[:p.find(org_name)] if org_name in p else ""):
                    org_name = f"{country_name(country)}'s {org_name}"  # "South Korea's Fair Trade Commission"
        if org_name is None and re.search(r"\bministry$", p.lower()):  # "S. Korea's trade ministry"
            org_name = self._ministry("ministry", p, country_cue(p), start)
            country = self._body_country(org_name)
            if org_name:
                return Source(None, org_name, country, title=title)
        plural = _PLURAL_POSSESSIVE_BODY.search(rest) if org_name is None else None
        if plural:  # session 8: "the Ontario Transit Employees' Pension Plan": one name, not an owner and a person
            org_name = plural.group(1)
            country = self.org_countries.get(org_name) or self._org_country(org_name) or self.company_home
            rest = rest.replace(org_name, " " * len(org_name), 1)
        # "Minneapolis-based": where the organization is from, never a name.
        based = None
        for m in [*BASED.finditer(rest), *OWNED.finditer(rest)]:
            based = based or place_country(m.group(1))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        rest = _IN_CHARGE_OF.sub(lambda m: " " * len(m.group(0)), rest)  # session 11: "executive vice president in
        # charge of China": the area a title covers names neither a body nor its country
        runs, phrase_country = _name_runs(rest)
        if runs and p[:1].isupper() and _ORG_NOUN_END.search(self.text, max(0, start - 30), start):
            runs[0].after_org_noun = True  # "the French retailer | Maison Clair"
        if runs and re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", self.text[max(0, start - 5):start]):
            runs[0].after_article = True  # "A | Daeil spokesman"
        people = [r for r in runs if not (r.possessive or r.before_title or r.after_preposition or r.after_org_noun)]
        people = people or [r for r in runs if not (r.possessive or r.after_preposition or r.after_org_noun or
                                                    (r.before_title and r.after_article))]
        person = max(people, key=lambda r: (not country_ended_body(r.words), len(r.words)), default=None)  # s13
        if person and len(person.words) >= 3 and person.words[0].lower() in NAME_AREAS and \
                re.search(r"\b(?:[Mm]inister|[Ss]ecretary)\s+(?:of|for)\s", self.text[max(0, start - 80):start]):
            cut = replace(person, words=person.words[1:])  # session 13: "Minister of Ports, Shipping and |
            runs = [cut if r is person else r for r in runs]  # Aviation X Y" (a copy, the same in the run list)
            person = cut
        person_name = " ".join(person.words) if person else None
        head = p.split(",")[0].strip()
        if person_name and org_name and reg.org(org_name) and not _title_in(head) and \
                re.fullmatch(r"(?:[A-Z][\w.&-]*\s+){1,3}[A-Z][\w.&-]*", head) and \
                (head.endswith(" " + person_name) or head == person_name) and \
                next(iter(reg.find_orgs(head)), (None,))[0] == 0 and \
                not reg.person(person_name):  # session 11: "POSCO Future M said", "COFCO International, the
            person, person_name = None, None  # trading arm of COFCO Corp., said": a unit's name, no person
        if person and org_name is None and len(person.words) >= 2 and \
                not (title and title.split()[-1] in _GOVERNMENT_TITLES and  # session 13: "State Sen. Ruth Mills"
                     re.search(r"\b" + re.escape(title.split()[-1]) + r"\.?\s+" + re.escape(person.words[0]), p, re.I)) and \
                (POSS.sub("", person.words[-1]).lower() in GENERIC_ORG_HEADS or "&" in person.words or
                 POSS.sub("", person.words[-1]) == "AS" or  # session 8: "Fjordlaks AS", a Nordic legal form
                 country_ended_body(person.words) or  # session 13: "Universities UK said"
                 POSS.sub("", person.words[-1]).lower()[:-1] in GENERIC_ORG_HEADS or
                 person.words[0].lower() in ORG_FIRST_WORDS):  # round 9: "Asociación Solar Ibérica says"
            # "Ohio Manufacturers' Council said"; round 9: "Halstead & Reid said" (an ampersand names no person)
            joined = re.search(r"((?:" + UPPER + r"[\w’'-]*\s+){1,3}and\s+)" + re.escape(person_name), p)
            if joined and not any(w.lower() in TITLE_WORDS for w in joined.group(1).split()):
                person_name = joined.group(1) + person_name  # session 6: "Istanbul Textile and Apparel Exporters'
            org_name, person_name, person = self._known_org(person_name), None, None  # Associations said"
            country = self.org_countries.get(org_name) or org_country(reg, org_name) or \
                (COUNTRIES.get(POSS.sub("", org_name.split()[-1]).lower()) if country_ended_body(org_name.split())
                 else None)  # session 13: "Universities UK"
        if person and org_name is None and not title and self.home_state:  # "Gov. X": the honorific is no title
            org_name = state_body(self.text, p, start, self.home_state)
            country = "US" if org_name else country
        if org_name is None:  # "Prairie Gold's Tom Hendricks", "Seoha chief executive Yoon", "analyst at Kaede"
            cands = [r for r in runs if r is not person and (r.possessive or r.before_title or r.after_org_noun or
                                                             (title and (r.after_preposition or r.after_title)) or
                                                             (r.after_preposition and _of_firm(p, person, r)))
                     and not (title and r.after_preposition and title.split()[-1] in _CONSTITUENCY_TITLES and
                              (re.search(r"\b(?:for|from)\s+(?:the\s+)?(?:" + UPPER + r"[\w’'-]*\s+){0,2}" +
                                         re.escape(r.words[0]), p) or  # session 13: "State Sen. X of Holland": her
                               len(r.words) == 1 and re.search(r"\bof\s+" + re.escape(r.words[0]) + r"\s*$", p) and
                               r.words[0].lower() not in ORG_SUFFIXES))  # town, not a body  # (session 10: "senator for the Northern Territory")
                     and not (title and all(w.lower() in NAME_AREAS | _AREA_QUALIFIERS for w in r.words))
                     and not (title and title.split()[-1] in _GOVERNMENT_TITLES and r.before_title and
                              r.words == ["Federal"])  # s13: "Federal Trade
                     # Minister X": a level of government, no body's name
                     and not (title and title.split()[-1] == "minister" and r.before_title and
                              any(POSS.sub("", w).lower() in NAME_AREAS | _AREA_QUALIFIERS for w in r.words) and
                              not any(place_country(w) or w.lower() in COUNTRIES for w in r.words) and
                              not self.registry.org(" ".join(r.words)))  # session 13: "Agrarian Policy Minister X"
                     and POSS.sub("", r.words[0]) not in _POSSESSIVE_PRONOUNS
                     and not (title and all(w.lower() in title.split() for w in r.words))
                     and not re.fullmatch(r"[RDI]-[A-Z][\w.]*", r.words[0])]  # session 6: "Minister for
            # Foreign Trade and Development, X": an area of the title, no organization
            if cands:
                org_name = self._known_org(" ".join(cands[0].words))
                country = self.org_countries.get(org_name) or org_country(reg, org_name)
        if org_name in ("Senate", "House"):  # "Senate Majority Leader X", "House Speaker X"
            org_name = legislature(reg, p, phrase_country or self.home_country) or org_name
            country = self._body_country(org_name)
        owner = self.last_person if title and re.match(r"(?:His|Her)\s", p) else None
        if org_name is None and owner and owner.organization:  # session 11: "Her chief financial officer, X,"
            org_name, country = owner.organization, owner.country  # after "Valvéa chief executive Hélène Marchand"
        if org_name is None and (title and re.search(r"\b[Ii]ts\s", p) or
                                 _WHO_LEADS_ITS.match(self.text[start:start + 120])):
            # "X, its head of emerging markets"; round 11: "Wendy Cheung, who leads its China team, said"
            last = self._its_org(start)
            org_name = last.organization if last else None
            country = self.org_countries.get(org_name) if org_name else None
        if person_name in self.org_names and not org_name:  # "Shunhe Appliances said", met as a firm before
            org_name, person_name = person_name, None
            country = self.org_countries.get(org_name)
        if person_name:
            known = reg.person(person_name)
            if known and title and known.title and title.split()[-1] != known.title.split()[-1] and \
                    re.search(r"\b(?:mayor|governor|councillor|councilor|senator|minister|lawmaker|mp)\b", title):
                known = None  # session 13: "Shanghai vice mayor Wu Qing" is not the registry's regulator of that name
            if known:
                person_name = known.name
                org_name = org_name or known.organization
                country = country or known.country
            else:
                found = self._by_surname(person_name)
                if found:  # a person met before; an organization named here wins ("Org's title, Name")
                    if not org_name and title:  # a ministry's title names it; else only fill what is missing
                        org_name = state_body(self.text, p, start, self.home_state) or \
                            self._ministry(title, p, phrase_country, start) or \
                            (None if found.organization else self._title_org(title, p, phrase_country, start))
                    if not org_name or org_name == found.organization:
                        return replace(found, title=title or found.title)
                    company = not reg.org(org_name) and _org_kind(None, org_name) != "government"
                    country = country or self.org_countries.get(org_name) or based or \
                        self._org_country(org_name) or (self.company_home if company else None)
                    return Source(found.speaker, org_name, country, title=title or found.title)
                if " " not in person_name and not title and not org_name and self._person_after(person_name, start):
                    return Source(person_name, None, None)  # session 7: "said Hadiza, who ...", "Emeka, a trader"
                if " " not in person_name and not title and not org_name:
                    # A lone unknown name ("Northwind said", "ArenaEV reported") is an organization.
                    name = self._known_org(person_name)
                    return Source(None, name, self.org_countries.get(name) or country or based or
                                  phrase_country or self._org_country(name) or
                                  (None if self.registry.org(name) else self.home_country))  # one word: too weak for the story's
        if person_name and title and re.search(r"\b[Ss]tate\s+(?:[A-Z][a-z]+\s+){0,2}[Mm]inister\b", p):
            state = state_body(self.text, p, start, self.home_state)  # "State Mines Minister X": the state's
            if state:
                org_name, country = state, self.org_countries.get(state) or place_country(state.rsplit(" ", 1)[0]) \
                    or self.home_country
        firms = _FIRMS_BEFORE.search(self.text, max(0, start - 30), start) if org_name is None and title else None
        if firms and self.last_org.get("company") and self.last_org["company"].organization:
            org_name = self.last_org["company"].organization  # session 11: "..., the company's general director
            country = self.org_countries.get(org_name)  # said": the company, not the ministry named last
        if org_name is None and title:
            org_name = self._title_org(title, p, phrase_country, start)
            if org_name:
                country = self._body_country(org_name)
        if org_name and not country:
            country = self.org_countries.get(org_name) or based or self._org_country(org_name)
            if not country and not self.registry.org(org_name) and (not _org_kind(None, org_name) == "government" or
                                                                    _LOCAL_BODY_HEAD.search(org_name)):
                country = self.company_home  # an unregistered company with no cue: the dateline's country; session
                # 8: a local body too ("Palacios Bay Port Commission")
        if not person_name and not org_name:
            if title and phrase_country and (phrase_country != "EU" or title.split()[-1] in _GOVERNMENT_TITLES):
                return Source(None, None, phrase_country, title=title)  # "a Chinese official", "US officials"
            return None
        if country is None and (not org_name or (title and title.split()[-1] in _GOVERNMENT_TITLES)):
            country = phrase_country  # the organization's own country, once known, wins over a place word
        if org_name and title and title.split()[-1] in _SUBDIVISION_TITLES and not reg.org(org_name):
            if subdivision_kind(org_name):  # session 7: "Ontario's minister of mines": the province's government
                org_name, body_country = self._subdivision_body(org_name)
                country = country or body_country
        if org_name and country:
            self.org_countries.setdefault(org_name, country)
        return Source(person_name, org_name, country, title=title)

    def chamber(self, p: str, code: str | None) -> tuple[str, str | None] | None:
        """Session 8: the chamber of a member introduced with a legislator's title: the registry's for an MEP or a
        country's MP, else an assembly the article names when the title says "member of the assembly"."""
        named_chamber = next((org for _, _, org in self.registry.find_orgs(re.sub(r"['’]s\b", "", p))
                              if org.kind == "legislature"), None)
        if named_chamber and re.search(r"\b(?:member|MP|MEP|TD|senator|deputy|spokes\w+)\b", p, re.I):
            return named_chamber.canonical, named_chamber.country  # session 8: "a member of the Storting's finance
            # committee", "its spokesman in the Seimas": the chamber the clause names
        if re.search(r"\bmember\s+of\s+(?:the\s+)?(?:prefectural\s+|state\s+|provincial\s+|regional\s+)?assembly\b|"
                     r"\bassembly\s+member\b", p, re.I):
            named = _ASSEMBLY_NAMED.search(self.text)
            if named:
                found = self.registry.org(named.group(1))
                return (found.canonical, found.country) if found else (named.group(1), code or self.home_country)
        devolved = next((body for pat, body in _DEVOLVED if re.search(pat, p)), None)
        if devolved and self.registry.org(devolved) and (code or self.home_country) in (None, "GB"):
            return devolved, "GB"  # session 8: an MSP sits in the Scottish Parliament, an MS in the Senedd
        if not MEMBER_TITLE.search(p):
            return None
        chamber = legislature(self.registry, p, code or self.home_country or self.named_most)
        found = self.registry.org(chamber) if chamber else None
        return (chamber, found.country if found else code) if chamber else None

    def _subdivision_body(self, place: str) -> tuple[str, str | None]:
        """The government of a province or state: "Ontario government", "Bahia state government"; Australian
        states as their papers write them ("New South Wales government", "Western Australian government")."""
        kind = subdivision_kind(place)
        body = f"{place} government" if kind == "provincial" else f"{place} state government"
        if kind == "provincial" and place_country(place) not in ("CA", None):
            body = f"{place} provincial government"  # "Salta provincial government"; Canada: "Ontario government"
        if place_country(place) == "AU":
            body = f"{place}n government" if place.endswith("Australia") else f"{place} government"
        found = self.registry.org(body)
        return (found.canonical, found.country) if found else (body, place_country(place))

    def _name_with_noun(self, noun: str, start: int) -> str | None:
        """Session 8: the last capitalised name before `start` built on `noun` ("Port of Antwerp-Bruges",
        "Kwinana Port", "University of Ghana"), of two words or more."""
        head = noun.capitalize() if len(noun) < 8 else noun[:6].capitalize() + r"\w*"  # session 9: "the
        found = None  # cooperative" is the "Cooperativa de Caficultores de Andes"
        for m in re.finditer(r"(?:(?:(?!(?:The|A|An)\s)" + UPPER + r"[\w’'.-]*\s+){1,4}" + head + r"|" + head +
                             r"\s+(?:of|for|de|do|di|del|da)\s+"
                             r"(?:the\s+)?" + UPPER + r"[\w’'.-]*(?:\s+(?:(?:de|del|da|do|of)\s+)?" + UPPER +
                             r"[\w’'.-]*){0,3})\b", self.text[:start]):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
            if len(name.split()) >= 2 and not name.split()[0].lower() in FUNCTION_WORDS:
                found = name
        return found

    def _board_named_before(self, start: int) -> str | None:
        """Session 7: the body of the last "board of <body>" before `start` ("The board of the X System voted")."""
        last = None
        for last in _BOARD_OF.finditer(self.text, 0, start):
            pass
        return last.group(1) if last else None

    def _person_after(self, name: str, start: int) -> bool:
        """Session 7: a lone name goes on as a person's, not a firm's: "Hadiza, who has sold fabric ...",
        "Emeka, a wholesaler from Onitsha, said", "Ahmad, a 26-year-old crane operator", "Yusuf said he ..."."""
        at = self.text.find(name, start)
        return at >= 0 and bool(_PERSON_AFTER.match(self.text, at + len(name)))

    def _in_legislature(self, src: Source) -> bool:
        org = self.registry.org(src.organization or "")
        if org is not None:
            return org.kind == "legislature"
        return bool(re.search(r"\b(?:House|Senate|Parliament|Assembly|Congress|Sejm|Bundestag|Diet)\b",
                              src.organization or ""))

    def _known_org(self, name: str) -> str:
        """A short form ("Northwind", "Hanshan") of an organization named in full earlier, else the name."""
        canon = canonical_org(self.registry, name)
        if self.registry.org(canon):
            return canon
        if canon in self.abbreviations:  # "CII" after "the Confederation of Indian Industry (CII)"
            return self.abbreviations[canon]
        if 2 <= len(canon) <= 6 and canon.isupper():  # "MEDC" after "the Michigan Economic Development Corp."
            for full in reversed(list(self.org_countries) + [o.organization or "" for o in self.org_history]):
                if "".join(w[0] for w in full.split() if w[:1].isupper()) == canon:
                    return full
        ending = None  # session 11: a name that starts with the short form before one that ends with it
        for full in reversed(list(self.org_countries) + [s.organization for s in self.last_org.values()
                                                         if s.organization]):
            if full == canon or canon not in full:
                continue
            bare = full.split(" ", 1)[1] if full.split(" ", 1)[0].lower() in LEGAL_FORM_PREFIXES and " " in full else full
            if bare.startswith(canon + " ") and not bare.startswith(canon + " and "):  # "Chubu Motor Corp." before
                # "Guangqi Chubu Motor"; "Sinar Baterai"; not "Redcar" for "Redcar and Cleveland Borough Council"
                return full  # after "PT Sinar Baterai Nusantara Tbk"
            if ending is None and full.endswith(" " + canon) and not re.fullmatch(r"[Tt]he", full[:-len(canon) - 1]):
                ending = full
        if ending:
            return ending
        if " " not in canon and len(canon) >= 4 and canon[:1].isupper() and canon.lower() not in COUNTRIES and \
                canon.lower() not in ORG_ANAPHORS:  # round 8: "Meridian" after "Gulf Meridian Ports", if only one holds it
            holders = {full for full in list(self.org_countries) + [s.organization for s in self.org_history
                                                                    if s.organization]
                       if canon in full.split()[1:-1] and not re.search(r"['’]s?\s", full)}
            if len(holders) == 1:
                return holders.pop()
        anaphor = self.last_org.get(ORG_ANAPHORS.get(name.lower(), ""))
        if anaphor and name.lower() == "company" and self.the_company is not None and \
                anaphor.organization != self.the_company.organization and not self._opening_org(self.cursor):
            anaphor = self.the_company  # session 12: "The company's finance director": the firm "the company" meant
        if anaphor and anaphor.organization:  # "Ministry spokesperson Sun": the ministry just mentioned
            return anaphor.organization
        return canon

    def _speaker_sentence_country(self, start: int) -> str | None:
        """A place named earlier in the sentence (``_sentence_country``), except China in the content before a
        trailing attribution in a story datelined elsewhere (session 10: "Mongolia will finish a rail link to China
        ..., Deputy Prime Minister X said"): then the country the sentence opens with, else the dateline's."""
        sentence = self._sentence_country(start)
        if sentence == "CN" and self.home_country not in (None, "CN") and re.search(r",\s*$", self.text[:start]):
            head = re.split(r"(?<=[.!?])\s|\n", self.text[max(0, start - 400):start])[-1]
            head = re.sub(r"^[A-Z][A-Z .'-]+,[^-—–]{0,40}[-—–]\s+", "", head)  # after a dateline
            if len(head.split()) <= 6:  # "In Beijing, commerce ministry spokeswoman X told": a fronted place
                return sentence
            opening = re.match(r"(?:The\s+)?([A-Z][\w’'-]*)", head)  # "China welcomed ...": China speaks
            code = COUNTRIES.get(re.sub(r"['’]s$", "", opening.group(1)).lower()) if opening else None
            return code or self.home_country
        return sentence

    def _ministry(self, title: str, phrase: str, country: str | None, start: int) -> str | None:
        """ "Hungary's foreign minister" -> the registry's "Hungary's foreign ministry", else a built name."""
        premier = self._premier_body(title, country)
        if premier:
            return premier
        named = self._ministry_of_title(title, phrase, country, start)
        full = self._ministry_named_in_full(phrase)
        if full and (named is None or _area_words(full) != _area_words(named)) and \
                country in (None, self.home_country or self.named_most):
            self.org_countries.setdefault(full, country or self.home_country or self.named_most)
            return full  # session 12: the article's own name for it, unless the registry's says the same
        return named

    def _premier_body(self, title: str, phrase_country: str | None) -> str | None:
        """Session 12: "The Premier, X" in an Australian or Canadian story: the government of the state or
        province the article names most (a premier there heads one)."""
        code = phrase_country or self.home_country or self.named_most
        if title != "premier" or code not in ("AU", "CA"):
            return None
        local = self._subdivision_most_named()
        if local is None or local.country != code:
            return None
        self.org_countries.setdefault(local.canonical, local.country)
        return local.canonical

    def _ministry_of_title(self, title: str, phrase: str, country: str | None, start: int) -> str | None:
        if country:  # "the Thai industry ministry" is Thailand's, whatever the registry has elsewhere
            return ministry(self.registry, phrase, [country])
        # No country in the phrase: a place in the sentence, a government named in this paragraph, the
        # dateline, then any government named before.
        recent = self._government_country() if self.government_at >= self.paragraph_start else None
        codes = [c for c in (self._the_countrys(start), self._speaker_sentence_country(start), recent, self._paragraph_place(start), self.home_country,
                             self._government_country(), self.named_most) if c]  # session 7: the story's country
        return ministry(self.registry, phrase, list(dict.fromkeys(codes)))

    def _ministry_named_in_full(self, phrase: str) -> str | None:
        """Session 12: "the transport ministry said" where the article names "The Federal Ministry of
        Transportation" itself, before or after: that name (an unregistered one; a registered one is found by
        the registry lookup)."""
        m = re.search(r"((?:[A-Za-z]+\s+){1,2})(?:minister|ministry)\b", phrase, flags=re.I)
        areas = [w.lower() for w in m.group(1).split() if len(w) > 3 and w.lower() not in COUNTRIES and
                 w.lower() not in ("the", "deputy", "vice", "state", "federal")] if m else []
        if not areas:
            return None
        home = self.home_country or self.named_most
        for mm in _MINISTRY_FULL.finditer(self.text):
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", mm.group(2))]
            if not all(any(w.startswith(a) for w in words) for a in areas) or self.registry.org(mm.group(0)):
                continue
            s0 = self._sentence_start(mm.start())
            said = {c for w in re.findall(r"[A-Z][\w.]*(?:['’]s)?", self.text[s0:mm.end()]) if (c := country_cue(w))}
            if said <= {home} and home:  # its sentence names no other country than the story's
                return mm.group(0)
        return None

    def _body_country(self, name: str | None) -> str | None:
        """The country of a registry body, or of a built one ("Thailand's Ministry of Industry")."""
        if not name:
            return None
        owner = place_country(name.split("'s ")[0]) if "'s " in name else None
        return org_country(self.registry, name) or self.org_countries.get(name) or owner

    def _title_org(self, title: str, p: str, phrase_country: str | None, start: int) -> str | None:
        """The body a title with no organization belongs to: a chamber, a ministry, a government, or the
        organization of that kind just mentioned."""
        state = state_body(self.text, p, start, self.home_state)  # "State Sen. X", "Gov. X" in an Ohio story
        if state:
            self.org_countries.setdefault(state, "US" if self.home_state else
                                          (place_country(state.rsplit(" ", 1)[0]) or self.home_country))
            return state
        premier = self._premier_body(title, phrase_country)
        if premier:
            return premier
        if title == "press secretary" and (phrase_country or self.home_country) == "US" and \
                self.registry.org("White House"):  # session 11: "Press Secretary X" in Washington speaks for the
            return "White House"  # White House
        if title.split()[-1] == "ambassador":  # round 8: an ambassador's body is an embassy, never a ministry
            return self._ambassador_embassy(start)  # just named ("Brazil's Ministry of Finance ... Ambassador X")
        party = "US" if re.search(r"\b(?:Republican|Democrat)|[(,]\s*[RD]-[A-Z][A-Za-z.]+",
                                  p + self.text[start:start + len(p) + 60]) \
            else None  # "Senator X, a Democrat from ...", round 9: "Senator X (R-Ohio)", "Rep. X, D-Calif.,"
        town = _PARTY_TOWN.search(p + self.text[start:start + len(p) + 60]) if party else None
        if title.split()[-1] in _STATE_LEGISLATOR_TITLES and (
                town and (town.group(1).lower() + ".") not in AP_STATES and town.group(1).lower() not in US_PLACES or
                re.match(r"(?:[Tt]he\s+)?[Ss]tate\s+(?:Rep|Sen|Representative|Senator|[Ll]awmaker|[Ll]egislator)\b", p)):
            # session 9: "Sen. X, R-Jonesboro": a home town, not a state: a state legislator, of the state the
            # story names most
            body = self._state_legislature()
            if body:
                return body.canonical
        province = [m.group(1) or m.group(2) or m.group(3) for m in _GOVERNOR_OF.finditer(self.text)] \
            if title.split()[-1] == "governor" and not self.home_state else []
        places = {n for n in province if not any(o != n and o.startswith(n + " ") for o in province)}
        place = places.pop() if len(places) == 1 else None  # "Dinagat Islands", not the headline's "Dinagat"; one
        # province only (not in a story of Salta's and Jujuy's governors)
        if place and (subdivision_kind(place) or re.search(r"\bprovinc(?:e|ial)\b", self.text) and
                      not re.search(r"\b[Ss]tate\b", self.text)) and \
                place.lower() not in COUNTRIES and not self.registry.org(place):
            # session 11: "The governor of Dinagat Islands ... Governor X said": the province's government
            body, code = self._subdivision_body(place) if subdivision_kind(place) else \
                (f"{place} provincial government", None)
            self.org_countries.setdefault(body, code or place_country(place) or self.home_country)
            return body
        local = local_government(self.registry, p)  # "Jiangsu Vice Governor X", "deputy mayor of Suzhou"
        if local and title.split()[-1] in ("governor", "mayor", "deputy", "vice"):
            self.org_countries.setdefault(local[0], local[1])
            return local[0]
        place = dateline_place(self.text) if title.split()[-1] in ("governor", "premier") else None
        if place and subdivision_kind(place) and self.home_country not in (None, "US"):
            # session 8: "Governor X" in a story datelined SALTA: the province's government
            body, country = self._subdivision_body(place)
            self.org_countries.setdefault(body, country or self.home_country)
            return body
        own = self._the_countrys(start, p)
        sentence = self._speaker_sentence_country(start)
        cue = phrase_country or own or sentence or self._paragraph_place(start) or \
            self.home_country  # (session 9: "Romania will ... after Chinese turbines ..., the country's minister said")
        if cue is None and title.split()[-1] == "minister":
            cue = self.named_most  # session 6: "the prime minister said" with no dateline: the country the story
            # names most (never China by that count; a Chinese minister is named as one)
        if title.startswith("secretary of state") and phrase_country not in (None, "US", "GB"):
            body = government_of(self.registry, phrase_country)  # session 8: "Portugal's secretary of state for
            if body:  # internationalisation": a junior minister of that government, not the US State Department
                return body[0]
        if re.search(r"\b[Cc]abinet\b", p) and cue:  # session 8: "cabinet spokesman X": the government
            body = government_of(self.registry, cue)
            if body:
                return body[0]
        if title.split()[-1] == "mayor":
            return None  # session 13: "The town's mayor, X": a town's, never the ministry or government named last
        seat = phrase_country or party or self.home_country or \
            (self.named_most if title.split()[-1] in _STATE_LEGISLATOR_TITLES else None)  # session 10: "Sen. X" in
        # an undatelined story about Kenya: the Kenyan Senate
        return legislature(self.registry, p, seat) or \
            self._ministry(title, p, phrase_country, start) or government(self.registry, p, title, cue) or \
            self._context_org(title, phrase_country, start)

    def _by_surname(self, name: str) -> Source | None:
        if " " in name:
            if name in self.people or name.split()[0].lower() not in _PARTICLES:
                return self.people.get(name)
            # "Al Mansoori", "van der Berg": a surname that opens with a particle; session 8: in any case ("De
            # Groot" opening a sentence)
            later = [s for n, s in self.people.items() if n.lower().endswith(" " + name.lower()) and s.speaker and
                     not re.search(r"['’]s\s", n)]
            return later[-1] if later else None
        matches = [s for n, s in self.people.items() if n.split()[-1] == name or n.split()[0] == name]
        # "Thi Hoa" read off "Le Thi Hoa" is the same person: the longer name wins
        matches = [s for s in matches if not any(o.speaker != s.speaker and o.speaker.endswith(" " + (s.speaker or ""))
                                                 for o in matches)]
        if not matches:  # round 10: "Beltrán" after "Arturo Beltrán Soler": a Spanish first surname, one person only
            inner = [s for n, s in self.people.items() if len(n.split()) >= 3 and name in n.split()[1:-1]]
            matches = inner if len({s.speaker for s in inner}) == 1 else []
        return matches[-1] if matches else None

    def _government_country(self) -> str | None:
        last = self.last_org.get("government")
        return self.org_countries.get(last.organization) if last and last.organization else None

    def _state_legislature(self) -> Org | None:
        """Session 9: the registry legislature of the US state the story names most."""
        state = us_state_named_most(self.text)
        return self.registry.org(f"{state} legislature") if state else None

    def _the_countrys(self, start: int, phrase: str = "") -> str | None:
        """Session 9: for a title after "the country's" (before `start`, or opening `phrase`), the country the
        sentence is about; None when no "the country's" leads to it."""
        if _THE_COUNTRYS.match(phrase) or _THE_COUNTRYS_END.search(self.text, max(0, start - 20), start):
            return self._first_country_in_sentence(start)
        return None

    def _first_country_in_sentence(self, start: int) -> str | None:
        """Session 9: the first country the sentence names by its name or adjective (what "the country's" refers
        to), outside quotes and after a dateline."""
        head = re.split(r"(?<=[.!?])\s|\n", self.text[max(0, start - 400):start])[-1]
        head = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", re.sub(r"^[A-Z][A-Z .'-]+,[^-—–]{0,40}[-—–]\s+", "", head))
        for m in re.finditer(r"[A-Z][\w’'-]*", head):
            code = COUNTRIES.get(m.group(0).lower())
            if code and code != "EU":
                return code
        return None

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding `at` starts: after the last ". " or line break before it."""
        return max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1

    def _home_if_named(self, start: int) -> str | None:
        """Session 13: the story's own country when its sentence names it anywhere before `start` ("KYIV -
        Ukraine shipped ... to China ..., the Ministry of X said": Ukraine's ministry, not China's)."""
        home = self.home_country
        s0 = self._sentence_start(start)
        return home if home and any(place_country(w) == home for w in re.findall(r"[A-Z][\w.]*", self.text[s0:start])) \
            else None

    def _sentence_country(self, start: int) -> str | None:
        """A place named earlier in the same sentence: "In Berlin, the economy ministry said"."""
        before = re.split(r"[.!?]\s|\n", self.text[max(0, start - 120):start])[-1]  # session 6: not a byline's
        before = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", before.rsplit("”", 1)[-1])  # "Herrera" a line above
        for m in re.finditer(r"[A-Z][\w.]*", before):
            if re.match(r"-(?:led|owned|backed|built|funded|made|based|listed|run|financed)\b", before[m.end():]):
                continue  # session 8: "a Chinese-led consortium" says whose the consortium is, not where the story is
            code = place_country(m.group(0))
            if code:
                return code
        return None

    def _ambassador_embassy(self, start: int) -> str | None:
        """Round 8: "China's ambassador to Brazil has spoken. Ambassador X said": the embassy of the sender
        in the host named just before; else an embassy just mentioned; else none (settled later)."""
        found = None
        for m in _AMBASSADOR_TO.finditer(self.text, max(0, start - 400), start + 200):
            found = embassy(self.registry, f"{m.group(1)} embassy in {m.group(2)}") or \
                embassy(self.registry, f"{m.group(1)} embassy in {m.group(2).split()[0]}") or found  # round 9:
            # "Chinese Ambassador to the UK Zheng Zeguang": the host is "UK", the name follows
            if m.start() >= start:
                break
        if found:
            self.org_countries.setdefault(found[0], found[1])
            return found[0]
        last = self.last_org.get("government")
        return last.organization if last and last.organization and "mbassy" in last.organization else None

    def _named_in_sentence_before(self, start: int, want: str, not_this: Source) -> Source | None:
        """Round 8: the one known person named (by surname) in the sentence before `start` whose gender the
        text does not contradict."""
        before = self.text[max(0, start - 300):start]
        cut = [m.end() for m in re.finditer(r"[.!?][”\"]?\s+", before)]
        sentence = before[cut[-2]:cut[-1]] if len(cut) >= 2 else before[:cut[-1]] if cut else before
        named = set(re.findall(r"[\w’'-]+", sentence))
        found = {p.speaker: p for p in self.people.values() if p.speaker and p.speaker != not_this.speaker and
                 " " in p.speaker and p.speaker.split()[-1] in named}
        found = {n: p for n, p in found.items() if gender_cue(self.text, p, start) in (None, want)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _paragraph_place(self, start: int) -> str | None:
        """Round 8: the place a paragraph opens in: "In Beijing, the response was swift. Foreign ministry
        spokesman X said ..." is China's ministry, whatever the dateline."""
        p0 = self.text.rfind("\n", 0, start) + 1
        m = _PARAGRAPH_PLACE.match(self.text, p0, start)
        return place_country(m.group(1)) if m else None

    def _context_org(self, title: str | None, country: str | None = None, start: int | None = None) -> str | None:
        """A spokeswoman/minister with no organization: the organization just mentioned, unless the phrase
        names another country ("a US official" after China's ministry)."""
        if not title or TITLE_KINDS.get(title) in ("legislator", "analyst"):
            return None  # a legislator sits in a chamber; an analyst works elsewhere than the firm just named
        if start is not None and re.match(r"(?:[Tt]he\s+)?[Bb]oard\s+(?:chair|chairman|chairwoman|member|president|"
                                          r"vice[- ]chair)\b", self.text[start:start + 40]):
            board = self._board_named_before(start)  # session 7: "Board chair X" after "The board of the Missouri
            if board:  # Public Educators' Retirement System voted": that body, not the firm just named
                return board
        head = title.split()[-1]
        if head in ("councillor", "councilor", "coun", "alderman", "alderwoman"):
            return None  # session 7: a councillor sits on a council (tidy.member_body), never on the firm just named
        kind = "any" if head in _EITHER_TITLES or head in _ACADEMIC_TITLES else \
            "government" if head in _GOVERNMENT_TITLES else "company"
        last = self.last_org.get(kind)
        if last and self._named_only_after(last.organization, start):
            # round 8: "Spokesman X said ... talks with the EU": a body named after the subject is not theirs
            last = next((o for o in reversed(self.org_history) if o.organization != last.organization and
                         (kind == "any" or self._kind(o.organization) == kind) and
                         not self._named_only_after(o.organization, start)), None)
        if last and head in ("minister", "secretary", "official", "officials") and self._legislature(last.organization):
            # session 8: "The ports minister told Parliament": a minister speaks for the government, not the
            # chamber named before
            last = next((o for o in reversed(self.org_history) if self._kind(o.organization) == "government" and
                         not self._legislature(o.organization)), None)
        if last and country and self.org_countries.get(last.organization or "", country) != country:
            return None
        if last and start is not None and re.search(r"\b[Oo]pposition\b", self.text[start:start + 60]):
            return None  # round 11: "the opposition's foreign affairs spokesperson" speaks for no ministry
        if last and last.organization and head == "minister" and _AREA_BODY.search(last.organization):
            areas = [w for w in title.split()[:-1] if w in MINISTRY_AREAS]
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", last.organization)}
            if areas and not any(a in words or any(w[:5] == a[:5] for w in words if len(a) >= 5) for a in areas):
                return None  # round 11: a trade minister is not of the Ministry of Education just named
        if last is None and head in ("minister", "secretary") and (country or self.home_country):
            # session 5: "“…,” the cabinet secretary said" in a datelined story that named no body: the government
            body = government_of(self.registry, country or self.home_country)
            return body[0] if body else None
        if last and kind == "company" and title in _EXECUTIVE_TITLES and self.registry.org(
                last.organization or ""):
            lede = self._lede_firm()  # session 9: "Chief financial officer X was more cautious" after Alibaba's
            if lede and lede.organization != last.organization:  # Tmall named in passing: the story's own firm
                return lede.organization
        if last and kind in ("company", "any") and title in _EXECUTIVE_TITLES and self.home_country and \
                (last.country or self.org_countries.get(last.organization or "")) not in (None, self.home_country):
            # session 10: "Managing director X said" in a Rosario story about a local meatpacker, after its Shanghai
            # buyer: the story's own firm (the first local company it names), not the foreign one just named
            opening = _LEDE_SUBJECT.search(self.text[:700])  # the firm the dateline's sentence opens with
            first = opening.group(1) if opening else ""
            if start is not None and self.text[start:start + len(title)].lower() == title and first and \
                    first in self.org_countries and first != last.organization and \
                    self.org_countries[first] == self.home_country and not self.registry.org(first) and \
                    _org_kind(None, first) == "company":
                return first
        return last.organization if last else None

    def _lede_firm(self) -> Source | None:
        """The unregistered company the story opens with (named in its first 700 characters), if any."""
        for o in self.org_history:
            name = o.organization or ""
            if name and not self.registry.org(name) and _org_kind(None, name) == "company" and \
                    0 <= self.text.find(name) < 700:
                return o
        return None

    def _legislature(self, name: str | None) -> bool:
        found = self.registry.org(name) if name else None
        return bool(found and found.kind == "legislature")

    def _named_only_after(self, name: str | None, start: int | None) -> bool:
        """Named just after `start`, in the speaker's own sentence (its last mention, so the one that made it
        the last body)."""
        at = self.org_at.get(name or "")
        return bool(at) and start is not None and start < at[-1] < start + 300 and \
            not re.search(r"[.!?]\s", self.text[start:at[-1]])

    def _kind(self, name: str | None) -> str:
        org = self.registry.org(name or "")
        return _org_kind(org.kind if org else None, name or "")

    def _org_country(self, org_name: str) -> str | None:
        if org_name not in self._org_country_cache:
            self._org_country_cache[org_name] = self._find_org_country(org_name)
        return self._org_country_cache[org_name]

    def _find_org_country(self, org_name: str) -> str | None:
        org = self.registry.org(org_name)
        return org.country if org and org.country else org_home(self.text, org_name)


_POSSESSIVE_PRONOUNS = frozenset("His Her Their Our My Your".split())
_IN_CHARGE_OF = re.compile(r"\b(?:in\s+charge\s+of|responsible\s+for|overseeing)\s+(?:the\s+)?[A-Z][\w’'-]*"
                           r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*")
_SCHOOL_NOUNS = frozenset(["university", "college"])
_COUNTRY_WORD_NAME = re.compile(r"([A-Z][\w-]+)(?:\s+[A-Z][\w’'-]+){1,3}")
_PROVINCIAL_MEMBER = re.compile(r"\bmember\s+of\s+the\s+(?:provincial\s+)?legislature\b")
_GOVERNOR_OF = re.compile(r"\b[Gg]overnor\s+of\s+(?:the\s+)?(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)\b"
                          r"|(?:^|\n)(?!(?:The|A|An)\s)(" + UPPER + r"[\w-]+(?:\s+" + UPPER + r"[\w-]+)?)\s+governor\b"
                          r"|\b(" + UPPER + r"[\w-]+(?:\s+" + UPPER + r"[\w-]+)?)['’]s\s+governor\b")
_FIRMS_BEFORE = re.compile(r"\b[Tt]he\s+" + FIRM_ANAPHORS + r"['’]s\s+$")
_NOT_PERSON_ENDS = frozenset("dam bridge airport station mine pipeline railway canal harbour harbor tower "
                             "weekly monthly daily gazette herald tribune review".split())
_OWNERSHIP_WORD = re.compile(r"[A-Z][a-z]+-(?:run|owned|backed|led|funded|built|made|controlled|financed)")  # session 9:
# "Chinese-run" (mines) is no body
_EXECUTIVE_TITLES = frozenset("chief executive|chief executive officer|ceo|chief financial officer|cfo|chief operating "
                              "officer|coo|managing director|general manager|president|chairman|chairwoman|chair|"
                              "founder".split("|"))
_SUBNATIONAL_BARE = re.compile(r"(?:[Tt]he\s+)?(" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[a-z][\w’'-]*)?)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:[Mm]inister|MEC|[Pp]remier|[Gg]overnor|[Ss]ecretary|[Tt]reasurer)\b")
_SUBNATIONAL_OWNER = re.compile(r"(?:[Tt]he\s+)?(" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[\w’'-]*){0,2})['’]s?\s+(?:[\w-]+\s+){0,6}?"
                                r"(?:[Mm]inister|MEC|[Pp]remier|[Gg]overnor|[Ss]ecretary|[Tt]reasurer|[Cc]ouncillor|"
                                r"[Ss]enator|[Cc]ommissioner|[Ss]pokes\w+)\b"
                                r"|(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?(?:[Mm]inister|MEC|[Pp]remier|[Gg]overnor|[Ss]ecretary)"
                                r"\s+of\s+(" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[\w’'-]*){0,2})(?=,|\s*$)")
LOWER_BODY_WORDS = (r"((?:\s+[a-z][\w’'-]*){0,2}\s+(?:association|federation|union|council|cooperative|co-operative|"
               r"chamber|institute|municipality|society|alliance|league|guild|village|regency))\b(?!\s+of\b)")
_PLACE_UNITS = frozenset(["municipality", "village", "regency"])  # "head of Labota village": always a place's
LOWER_BODY = re.compile(LOWER_BODY_WORDS)  # " growers’ association" after a place's name


def _names_noun(noun: str, name: str) -> bool:
    """The name holds the noun, or its cognate for a long one ("cooperative": "Cooperativa", "university":
    "Universidad")."""
    words = name.lower().split()
    return noun in words or len(noun) >= 8 and any(w[:6] == noun[:6] for w in words)


_AREA_LIST_TITLE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+[A-Z][\w’'-]*"
                             r"(?:,\s+[A-Z][\w’'-]*)*,?\s+and\s+([A-Z][\w’'-]*)")
_AREA_LIST_BODY = re.compile(r"\b(?:Ministry|Department|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*$")
_AREA_LIST = r"((?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?![\w’'-])"
_PARTY_TOWN = re.compile(r"[(,]\s*[RD]-((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)\b(?!\.)")
_STATE_LEGISLATOR_TITLES = frozenset("sen senator rep representative lawmaker legislator assemblymember assemblyman "
                                     "assemblywoman".split())
_THE_COUNTRYS = re.compile(r"[Tt]he\s+(?:country|nation)['’]s\s")
_THE_COUNTRYS_END = re.compile(r"\b[Tt]he\s+(?:country|nation)['’]s\s+$")
_SUBDIVISION_NAMED = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)['’]s\s+(?:provincial|state|regional)\s+"
                                r"government|\b(?:[Pp]rovince|[Rr]egion)\s+of\s+(" + UPPER + r"[\w’'-]+)")
def _area_words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", name.split(" of ", 1)[-1]) if w.lower() != "and"]


_MINISTRY_FULL = re.compile(r"(" + UPPER + r"[\w]+['’]s\s+)?(?:Federal\s+)?Ministry\s+of\s+(" + UPPER + r"\w+(?:,?\s+(?:and\s+)?" + UPPER + r"\w+){0,3})")
_SUBDIVISION_GOVERNMENT = re.compile(r"(.+?)\s+(?:(?:state|provincial|regional)\s+)?government")
_STATE_TITLE = re.compile(r"(?:[Tt]he\s+)?(?:state|provincial|regional|province|region)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:[Cc]ommissioner|"
                          r"[Mm]inister|[Ss]ecretary|[Gg]overnor|MEC|[Pp]remier)\b")
_SENTENCE_ADVERB = re.compile(r"(?:Meanwhile|Separately|Elsewhere|However|Similarly|Likewise|Earlier|Later|But|And|Yet|"
                              r"So|Still|Also)\s+(?=[A-Z])")
_AMBASSADOR_TO = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+(?:[Aa]mbassador|[Ee]nvoy)\s+to\s+"
                            r"(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_PARAGRAPH_PLACE = re.compile(r"(?:(?:Back|Over|Meanwhile,?|Later,?|Elsewhere,?)\s+)?(?:[Ii]n|[Ff]rom)\s+"
                              r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s")


_BASED_LEAD = re.compile(r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)-(?:based|headquartered)\s+")
_LEAD_FIRM = re.compile(r"(?:[A-Z][\w.]*['’]s\s+)?((?:[A-Z][\w&.-]*\s+){1,4}[A-Z][\w.]*?)\.?\s+[a-z]")
# Round 9: "the Commission" alone, with no capitalised word before or a name after ("the Securities Commission",
# "Commission on Human Rights"), in a story that names the EU
_BARE_COMMISSION = re.compile(r"(?:^|(?<=[Tt]he\s)|(?<=[Aa]\s)|(?<=^[Tt]he\s))(Commission)(?=['’]s\b|\s+[a-z]|\s*$|,)")
_EU_STORY = re.compile(r"\b(?:EU|European\s+Union|Brussels|BRUSSELS|European\s+Commission|MEPs?)\b")


_NAME_AFTER_TITLE = re.compile(r",\s+(" + UPPER + r"[\w’'-]+(?:\s+(?:(?:de|da|van|von|bin|al)\s+)?" + UPPER + r"[\w’'-]+){1,3})"
                               r"(?=,|\.(?:\s|$)|\s+(?:after|at|in|on|during|before|when|told)\b)")
_BOARD_OF = re.compile(r"\b[Bb]oard\s+of\s+(?:the\s+)?(?!Directors\b|Trustees\b|Governors\b|Management\b)((?:" + UPPER +
                       r"[\w’'.&-]*\s+(?:(?:of|and|for|&)\s+)?){0,6}" + UPPER + r"[\w’'.&-]*)")
_PERSON_AFTER = re.compile(r",\s+(?:who\b|an?\s+(?:\d+|[a-z]+-year)-year-old\b|an?\s+(?:[a-z-]+\s+){0,2}(?:" +
                           "|".join(sorted(PERSON_NOUNS)) + r")\b|an?\s+[a-z-]+\s+from\s+[A-Z])|,?\s+(?:said|says|told|added|explained)\s+"
                           r"(?:that\s+)?(?:he|she)\b")


_SUBDIVISION_LEAD = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+?)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,3}"
                               r"(?:[Mm]inister|[Pp]remier|[Tt]reasurer|[Ss]ecretary|MEC)\b")


def _subdivision_lead(phrase: str) -> str | None:
    """Session 8: the province or state whose name (of one to three words) opens a minister's title phrase."""
    m = _SUBDIVISION_LEAD.match(phrase)
    if not m:
        return None
    words = m.group(1).split()
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                 if " ".join(words[:k]) == m.group(1) and subdivision_kind(" ".join(words[:k]))), None)


def _same_role(a: str | None, b: str) -> bool:
    """ "the lawmaker" refers back to "MEP X"; "the spokesperson" to "spokeswoman X"."""
    return a == b or (a is not None and TITLE_KINDS.get(a, a) == TITLE_KINDS.get(b, b))


# A local government's body named in lower case after its place: "Nuevo León state government",
# "Wuxi municipal commerce bureau"; the place gives the country
_LOCAL_BODY = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)\s+(?:municipal|provincial|state|city|county|"
                         r"regional|prefectural)\s+(?:[a-z]+\s+){0,3}?(?:bureau|commission|department|government|"
                         r"office|administration|council)\b")


def _org_kind(kind: str | None, name: str) -> str:
    if kind in {"government", "ministry", "agency", "regulator", "local_government", "legislature"}:
        return "government"
    if kind in {"trade_group", "think_tank"}:
        return kind
    low = name.lower()
    if any(w in low for w in ("ministry", "department", "government", "commission", "agency", "embassy",
                              "authority", "administration", "bureau")):
        return "government"
    if re.search(r"\b(?:university|universidad|college|school|academy)\b", low):
        return "other"  # session 8: "University College Cork" is no company a chief executive works for
    if _PUBLIC_BODY_WORD.search(low):
        return "government"  # session 12: "Blaenau Gwent County Borough Council" is no company "the company" means
    if _NOT_FIRM_WORD.search(low):
        return "other"
    return "company"


_PUBLIC_BODY_WORD = re.compile(r"\b(?:county\s+council|borough|municipality|township|prefecture|city\s+of)\b"
                               r"|\b(?:city|town|district|regional|state|provincial|local|village)\s+council\b")
_NOT_FIRM_WORD = re.compile(r"\b(?:parliament|senate|senedd|legislature|congress|party|trade\s+union|workers['’]?\s+union|labour\s+union|labor\s+union)\b")


def org_country(registry: Registry, name: str) -> str | None:
    org: Org | None = registry.org(name)
    return org.country if org else None


def canonical_org(registry: Registry, name: str) -> str:
    org = registry.org(name)
    return org.canonical if org else re.sub(r"['’]s?$", "", name).strip()


__all__ = ["Source", "Discourse", "canonical_org", "org_country", "normalise_name"]
