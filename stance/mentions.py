"""Who an article introduces in passing: people with their titles, organizations described by a noun.

Statements often name their source by surname or short form ("Lind said",
"Shunhe said") after a sentence that introduced it without speaking:
"Petra Lind, chief executive of Korvo Tools GmbH, ...", "the Dutch equipment
maker Kesteren Photonics", "Shunhe Appliances, the Chinese maker of ...", "the
Confederation of Indian Industry (CII)", "Dale Ames, who ... chairs the Iowa
Growers Cooperative". ``introduce`` records them in the ``Discourse``.
Limits: an organization is recognised by an organization noun next to it, a
legal form or a registry name; a person only with a title or a registry entry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bodies import owned_elsewhere
from .places import BASED, PLACE_PREPOSITION_END, based_country, building_name, country_before, country_cue, place_country
from .registry import Registry
from .sources import LOWER_BODY, OF_PARENT_BODY, Discourse, Source, _names_noun as _names_noun_of
from .subjects import mention_runs
from .text import Span
from .names import title_in
from .gazetteer import gazetteer_country
from .vocab import EP_GROUP_TAG, FIRM_ANAPHORS, UPPER, TITLE_WORDS, MONTHS, WEEKDAYS, BODY_WORDS, CITIES, COUNTRIES, NAME_AREAS, ORG_ANAPHORS, ORG_NOUNS, ORG_SUFFIXES, TITLES

# Round 9: "chief investment officer", "chief risk officer": any chief ... officer (not title words: "Investment")
_CHIEF_OFFICER = r"|chief\s+[a-z-]+\s+officer"
_TITLE_AREA = r"(?:\s+(?:of|for)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*)?(?=\s+(?:at|with)\s))?"  # "head of research at X"
_APPOSITIVE = re.compile(
    r"(?:" + UPPER + r"[\w’'.-]*\s+){1,3}" + UPPER + r"[\w’'.-]*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(re.escape(t) for t in TITLES) + _CHIEF_OFFICER + r")" + _TITLE_AREA + r"\s+(?:of|at|for|with)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(ORG_NOUNS)) + r")\s+)?"  # round 10: "of developer X"
    r"[A-Z][^,;]*?(?=,|;|\.\s|\.?$)")
_TITLE_NAME = re.compile(  # "Maison Clair's chief executive, Julien Moreau," introduces Moreau with his company
    r"(?:" + UPPER + r"[\w’'.&-]*\s+(?:(?:of|for|and)\s+)?){0,4}" + UPPER +  # s13: "The Manisa Chamber of Industry's"
    r"[\w’'.&-]*(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(re.escape(t) for t in TITLES) + r")(?:\s+[a-z][\w-]*){0,5},\s+" + UPPER + r"[\w’'.-]*(?:\s+" + UPPER + r"[\w’'.-]*){1,3}"
    r"(?=,)")  # round 8: "chief commercial officer"; session 10: "Flanders’ minister for economy and innovation, X,"
# Round 8: "Thalia Kostas, Aegean Bulk's chief executive, went further": the name, then its body's title
_NAME_ORG_TITLE = re.compile(
    r"(?<![\w’'.-])(" + UPPER + r"[\w’'.-]*(?:\s+" + UPPER + r"[\w’'.-]*){1,3}),\s+((?:" + UPPER + r"[\w’'.&-]*\s+){0,4}" + UPPER + r"[\w’'.&-]*"
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(re.escape(t) for t in TITLES) + r")(?:\s+[a-z][\w-]*){0,2})"
    r"(?:\s+in\s+" + UPPER + r"[\w’'-]*(?:\s+" + UPPER + r"[\w’'-]*)?)?"  # session 10: "Ganfeng’s country manager in Argentina"
    r"(?=,|\s*$|\.)")
_OWNER_TITLE_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Senator|Secretary|MEC|"
    r"Commissioner|Councillor|Mayor|Governor|Premier)(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+|\s+))*?"
    r"[A-Z][\w-]*)?),\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")
_OWNED_BEFORE = re.compile(r"\b(?:its|their|[Ii]ts|[Tt]heir)\s+$")
_ASSET_AFTER = re.compile(r"\s+(?:operation|operations|mine|mines|plant|plants|project|projects|factory|factories|site|"
                          r"sites|terminal|terminals|brand|brands|deposit|field|unit|campus|line|lines)\b")
_LEAD_WORD = re.compile(r"(?:(?:For|At|Inside)\s+)?(" + UPPER + r"[\w’'-]{2,})(?:['’]s)?(?=,|\s+[a-z])")
_TITLE_AFTER = re.compile(r",?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:" + "|".join(
    re.escape(t) for t in TITLES) + r")\b")  # "Berlin-based Anna Roth, an analyst at ...": a person
_FIRM_NOUNS = "|".join(sorted(ORG_NOUNS - {"investor", "giant"}, key=len, reverse=True))
_NAME = r"((?:" + UPPER + r"[\w’'.&-]*\s+(?:(?:de|del|da|do|di|van|von|y)\s+)?){0,5}(?:[ld]['’])?" + UPPER + r"[\w’'.&-]*)"
# (session 9: an elided article opens the last word: "Les Vignerons de l'Estuaire")
# An organization's name may hold lower-case particles: "Observatoire des Mines", "Ministry of the Interior"
_ORG_NAME = (r"((?:" + UPPER + r"[\w’'.&-]*\s+(?:(?:de|del|da|do|di|des|du|van|von|y|of|of\s+the|for|&)\s+)?){0,5}" +
             UPPER + r"[\w’'.&-]*)")
# An organization described by a common noun: "the Dutch equipment maker Kesteren Photonics" and
# "Nusantara Seluler, Indonesia's third-largest mobile operator," / "X, one of China's largest makers"
_FIRM_AFTER_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:" + _FIRM_NOUNS + r")\s+" + _NAME)
_FIRM_BEFORE_NOUN = re.compile(_NAME + r",\s+((?:the|an?|one\s+of|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+"
                               r"(?:[A-Z][\w.]+,\s+(?=[A-Z][\w.]*-based\s))?"  # session 6: "the Portland, Oregon-based maker"
                               r"(?:(?!(?:at|in|with|from|who|which)\s)[\w’'-]+\s+){0,7}?(?:" + _FIRM_NOUNS +
                               r")s?)\b(?!['’])")  # not "the group's", not "a private banker at a Swiss bank"
# Session 10: a noun that names people too ("a grower from Iowa Falls") names a firm when owned or listed: "Flores
# del Páramo, a family-owned rose grower"
_BRANCH_OF = re.compile(r"\s+(?:branch|chapter|section|office|local)" + OF_PARENT_BODY)
_BASED_RIVAL = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(" + UPPER + r"[\w.]*(?:\s+" + UPPER + r"[\w.]*)?)-based\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}?(?:rival|competitor|peer|counterpart),\s+" + _NAME + r",")
_OWNED_FIRM_BEFORE = re.compile(_NAME + r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:[\w]+-owned|privately\s+held|"
                                r"[\w]+-listed|state-run|family-run)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]+(?=[\s,.])")
# Session 10: "Radbuza's importer, Qingdao Haiyue Trading, sees ...", "its Chinese supplier, X,": the name is a firm's
_NOUN_THEN_FIRM = re.compile(r"(?:[A-Z][\w.&-]*['’]s|\b[Ii]ts|\b[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:" + _FIRM_NOUNS +
                             r"),\s+" + _NAME + r",\s")
# (session 8: up to seven words before the noun: "a mid-sized thermal and semi-soft coking coal producer")
# "Osaka-based Kansai Seiki makes ...", "a group led by Denver-based Westmark Resources"
_FIRM_BASED = re.compile(r"\b((?:" + UPPER + r"[\w.]*\s+){0,2}" + UPPER + r"[\w.]*)-(?:based|headquartered|listed)\s+" +
                         _NAME)  # session 8: "the Perth-listed Swan River Lithium"
# "Suryodaya Modules is one of the few Indian solar manufacturers", "X is a Chilean miner"
_FIRM_IS_NOUN = re.compile(_NAME + r"\s+(?:is|was)\s+((?:one\s+of\s+)?(?:the|an?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:" + _FIRM_NOUNS + r")s?)\b")
# Round 8: a body's name listing its areas: "Institute of Science" + "and Technology"
_AREA_NAME_OPEN = re.compile(r"\b(?:" + "|".join((*BODY_WORDS, "Minister")) + r")\s+(?:of|for)\s+(?:the\s+)?"  # s13: a title
                             r"(?:[A-Z][\w-]*(?:,?\s+|$))+$")
_AREA_NAME_CLOSE = re.compile(r"(?:the\s+)?(?:(?:Heavy|Light|Special|Agrarian)\s+)?(?:" +  # s13: "and Heavy Industry"
                              "|".join(sorted(NAME_AREAS, key=len, reverse=True)) +
                              r")(?:\s+(?:" + "|".join(sorted(NAME_AREAS, key=len, reverse=True)) + r"))?(?![\w-])",
                              re.I)
_AND_AREA = re.compile(r"\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,.;])")
# "the Pennsylvania-based company": the company named last is from there
_THE_BASED_FIRM = re.compile(r"\b[Tt]he\s+((?:" + UPPER + r"[\w.]*\s+){0,2}" + UPPER + r"[\w.]*)-based\s+(?:" + _FIRM_NOUNS + r")\b"
                             # round 9: "The Ohio company employs ...": a place word, no name after the noun
                             r"|(?:^|(?<=[.!?]\s))[Tt]he\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:" + _FIRM_NOUNS + r")"
                             r"(?=\s+(?:has|had|is|was|will|would|also|said|says|[a-z]+s|[a-z]+ed)\b)")
# Round 9: "... from its Chinese operator, X, the Tokyo-based trading house said": the noun phrase after X is
# the subject of the verb, not X's appositive, so a cue before X wins
_APPOSED = re.compile(r"\b((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*)(?<!day),\s+$")  # a name, then the appositive's comma
_CAPTION = re.compile(r"(?:Caption|Photo|Pictured|Picture|Image)\s*:\s+(?![A-Z][\w’'-]+\s+[A-Z][\w’'-]+,)")
_OPENING_WORDS = re.compile(r"^(?:(?:The|A|An|Meanwhile|However|Also|But|And|Still|Now|Then|On|In|At|By|For|From|Since|"
                        r"Last|Next|Earlier|Later|Separately|Elsewhere)\s+)+")
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS, "week", "month", "year", "weekend"])
_REPORTS_NEXT = re.compile(r"\s+(?:said|says|told|added|announced|noted)\b")
_BASED_IN = re.compile(r"\s+(?:based|headquartered)\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "Zhonghe Grid International, the overseas arm of a Beijing-based state power group": the parent's country
_FIRM_ARM = re.compile(_NAME + r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:arm|subsidiary|unit|affiliate)\s+of\s+"
                       r"((?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?(?:" + _FIRM_NOUNS + r"))\b")
_WHERE = re.compile(r"\s+(?:in|from)\s+([A-Z][^;:.]{0,50}?)(?=,\s+(?:that|which|who)\b)")
_ABBREVIATION = re.compile(r"((?:" + UPPER + r"[\w’'.&-]*\s+(?:(?:of|for|and|de|the)\s+)?){1,6}" + UPPER + r"[\w’'.&-]*)"
                           r"\s+\(([A-Z]{2,6})\)")
# "Dale Ames, who grows corn and chairs the Iowa Growers Cooperative, said": the body the person leads
_LEADS = re.compile(_NAME + r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){1,4}?)?who\s+(?:(?:[^,;]|,(?=\d{3}))*?\s)?"
                    r"(?:chairs|heads|leads|runs|directs|manages|founded|co-founded|represents|owns|"
                    r"(?:has|had)\s+(?:run|led|headed|chaired|managed|directed)|"
                    r"sits\s+(?:on|in)|serves\s+(?:on|in)|"
                    r"(?:works|worked|teaches|taught|tracks\s+[^,;]{1,40}?|studies\s+[^,;]{1,40}?)\s+at|"
                    r"(?:covers|follows|analyses|analyzes|tracks)\s+[^,;]{1,40}?\s+(?:at|for))\s+(?:the\s+)?"
                    r"(?:(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z-]+\s+){0,2}?(?:" + _FIRM_NOUNS + r"|winery|brewery)\s+)?"
                    + _ORG_NAME)  # "who runs the Barossa winery Kookaburra Ridge": the name after the noun
_LEADS_ANAPHOR = re.compile(_NAME + r",\s+who\s+(?:owns|runs|heads|leads|chairs|manages|founded|co-founded|has\s+run|"
                            r"has\s+led|has\s+headed|has\s+managed)\s+(?:[a-z][\w-]*\s+){0,4}?the\s+(" +
                            "|".join(k for k in ORG_ANAPHORS if ORG_ANAPHORS[k] in ("company", "any") and
                                     k not in ("report", "note", "study", "statement", "release", "body", "board")) +
                            r")\b(?!['’])")
# Round 7: "Beatriz Anaya, the family firm's operations director": the company the article is about
_FIRMS_TITLE = re.compile(_NAME + r",\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(
    sorted((k for k, v in ORG_ANAPHORS.items() if v == "company"), key=len, reverse=True)) + r"|mill)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(re.escape(t) for t in TITLES) + r")\b")
_FIRMS_POSS = re.compile(r"(?:" + "|".join(sorted((k for k, v in ORG_ANAPHORS.items() if v == "company"), key=len,
                                                  reverse=True)) + r"|mill)['’]s\s")
_LEADS_VERB = re.compile(r"\s(?:founded|co-founded|heads|runs|leads|chairs|owns|has\s+run|has\s+led)\s")
# Round 7: "Adaeze Okonkwo founded SunHarbour Energy in 2017": the same, in a main clause
_LEADS_MAIN = re.compile(_NAME + r"\s+(?:founded|co-founded|heads|runs|leads|chairs|owns|has\s+run|has\s+led)\s+"
                         r"(?:the\s+)?" + _ORG_NAME)
# "We spoke with its chief executive, Luiz Carvalho, about ...": a person of the company just named
_ITS_TITLE_NAME = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(re.escape(t) for t in TITLES)
                             + r"|vice-president|vice-chair|vice-chairman)"  # round 9: and its area, "for the
                             r"(?:\s+(?:for|of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})?,\s+("  # Middle East"
                             + UPPER + r"[\w’'.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|bin|al)\s+){0,2}" + UPPER +
                             r"[\w’'.-]*){1,3})(?=,)")  # session 10: "Its managing director, Riaan van der Merwe,"
# "Maria Lopez is chief executive of Northwind Corp.": a person introduced by a copula
_IS_TITLE = re.compile(_NAME + r"\s+(?:is|was|has\s+been|became)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:"
                       + "|".join(re.escape(t) for t in TITLES) + r")\s+(?:of|at|for)\s+(?:the\s+)?" + _NAME)
# Session 7: "The undersecretary of mining, Valentina Aravena, was more direct.": a title of no named body, then
# the name, opening a sentence that is no statement
_THE_TITLE_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+(?:(?:" + "|".join(re.escape(t) for t in TITLES) +
                             r")(?:\s+(?:of|for)\s+(?:[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*)?|(?:the\s+)?" + UPPER +
                             r"[\w’'-]*(?:\s+(?:de\s+|del\s+)?" + UPPER + r"[\w’'-]*){0,3}))?),\s+" +
                             r"(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){1,2})(?=,)")  # session 10: "The governor
# of La Guajira, X, backed ..."
_THE_FIRMS_TITLE_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+" + FIRM_ANAPHORS + r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(t) for t in TITLES) + r"),\s+(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){1,2})(?=,)")
# Round 9: ", chief executive of Hanbit Semiconductor" after a full name, read when the statement named no body
_LATER_APPOSITIVE = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(re.escape(t) for t in TITLES) +
                     _CHIEF_OFFICER + r")" + _TITLE_AREA + r"\s+(?:of|at|with)\s+(?:the\s+)?[A-Z][^,;:“\"()]{0,80}?(?=,|;|\.\s|\.?$|\s+(?:said|says|told|"
                     r"speaks|spoke|in|on)\b)")
# Round 9: the same with "he"/"she" as the subject, a verb that reports nothing after it
_PRONOUN_AGAIN = re.compile(r"(?:(?:Back|Later|Earlier|Still|Now|In|At|Asked|Pressed)\b[^,“\"]{0,60},\s+)?"
                            r"([Hh]e|[Ss]he)\s+(?:laid|set|spelled|spelt|made|gave|walked|went|was|is|has|had|"
                            r"[a-z]{3,}ed)\b(?![^.]*\b(?:said|says|told|added|argued|warned)\b)")
# Round 9: a sentence opened by a full name and a verb, with "her"/"his" after it, introduces a person
_NEW_PERSON = re.compile(r"(" + UPPER + r"[a-zà-ÿ’'-]+(?:\s+" + UPPER + r"[a-zà-ÿ’'-]+){1,2})\s+(?:has|had|is|was|keeps|sees|"
                         r"[a-z]{3,}ed)\b")
_GENDERED = re.compile(r"\b(?:her|his|she|he)\b")
_WHOSE_FIRM = re.compile(r"(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){0,2}),\s+whose\s+(?:[a-z][\w-]*\s+){0,2}"
                         r"(?:company|firm|group|business|brand|estate|winery|startup|start-up),\s+(" + UPPER +
                         r"[\w&’'.-]*(?:\s+" + UPPER + r"[\w&’'.-]*){0,4}),")
_ITS = re.compile(r"\b(?:its|their|it)\b")
_WHICH_OPENS = re.compile(r"((?:[A-Z][\w&’'.-]*\s+){1,4}[A-Z][\w&’'.-]*),\s+which\s")
# Round 9: a sentence opened by a named body that acts ("The Ohio Teachers' Retirement Board voted ...")
_BODY_OPENS = re.compile(r"[Tt]he\s+((?:" + UPPER + r"[\w’'.&-]*\s+){1,5}(?:Board|Council|Committee|Association|"
                         r"Federation|Union|Chamber|Institute|Alliance|Forum|League|Society|Foundation|Fund|Authority))"
                         r"\s+(?:(?:has|have|had|also)\s+)?[a-z]+(?:ed|s)\b")
_FROM_PLACE = re.compile(r"\s+(?:from|in|based\s+in)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# A person met before, named again as the subject of a sentence that reports nothing
_SUBJECT_AGAIN = re.compile(r"(?:(?:Back|Later|Earlier|Still|Now|In|At|Asked|Pressed)\b[^,“\"]{0,40},\s+)?"  # "Back in X, "
                            r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(" + UPPER + r"[\w’'-]+)\s+(?:was|is|were|remained|seemed|appeared|looked|"
                            r"has\s+been|had\s+been|did\s+not|does\s+not|was\s+not|"
                            r"[a-z]{3,}ed|(?:also\s+)?[a-z]{2,}[^s\W]s)\b")  # round 7: "Yildirim brushed off ..."


def _met_as_person(d: Discourse, name: str) -> bool:
    """Session 8: a name met before as a person's, by more than its bare form ("Porcinos del Ebro halts shipments"
    in a headline reads like a name; "Porcinos del Ebro, the Zaragoza pork processor" says it is a firm). A bare
    guess is dropped here, so that the firm's description wins."""
    known = d.people.get(name)
    if known is None:
        return False
    if known.organization or known.title:
        return True
    del d.people[name]
    return False


def introduce(registry: Registry, d: Discourse, sent: Span, seen: set[str]) -> None:
    """Remember the people and organizations a sentence introduces, whether or not they speak in it."""
    if not re.search(r"[a-z]", sent.text) or re.match(r"[A-Z][A-Z0-9 &/'’-]+\s*\|", sent.text):
        # session 8: a line in capitals or a kicker ("STATE POLITICS | Perth") names no one
        return
    again = _SUBJECT_AGAIN.match(sent.text)
    if again:  # "Mr Pemberton was not reassured. ..., he argued, ...": the person named again is "he"
        known = d._by_surname(again.group(1)) or _by_inner_name(d, again.group(1))
        if known and known.speaker:
            d.last_person, d.person_at = known, d.cursor
            d.spoke(known)  # round 7: "Lindqvist was emphatic." sets up the quote that follows
    pron = _PRONOUN_AGAIN.match(sent.text) if not again else None
    if pron:  # round 9: "At a conference last month, she laid out her reasoning." before a quote paragraph
        known = d.resolve(pron.group(1), sent.start + pron.start(1))
        if known and known.speaker and known.speaker in d.people:
            d.last_person, d.person_at = known, d.cursor
            d.spoke(known)
    fresh = _NEW_PERSON.match(sent.text)
    gendered = _GENDERED.search(sent.text, fresh.end()) if fresh else None
    if fresh and fresh.group(1) not in d.people and gendered and \
            not _ITS.search(sent.text, fresh.end(), gendered.start()) and \
            not (re.match(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s", fresh.group(1)) and d._by_surname(fresh.group(1).split()[-1])):
        # session 8: "Ms Brennan added that she ..." names again the Natalie Brennan met before  # "X has its own view of her ...": a firm
        name = fresh.group(1)  # round 9: "Lin Yue has a map on her office wall.": a person, met without a title
        if not (registry.org(name) or name in d.org_names or d._known_org(name) != name or
                name.split()[-1].lower().rstrip(".") in ORG_SUFFIXES or place_country(name) or
                any(w.lower() in COUNTRIES or w.lower() in TITLES for w in name.split())):
            d.remember(Source(name))
    lead = _LEAD_WORD.match(sent.text)
    if lead and lead.group(1) not in d.people and not d._by_surname(lead.group(1)):
        full = d._known_org(lead.group(1))  # round 8: "Zhongyuan, for its part, points to its record. The company
        if full != lead.group(1) and " " in full:  # said": the short name of a firm named in full before
            d.remember(Source(None, full, d.org_countries.get(full) or d._org_country(full)))
    for m in [*_APPOSITIVE.finditer(sent.text), *_TITLE_NAME.finditer(sent.text)]:
        src = d._parse(m.group(0), sent.start + m.start())
        if src and src.speaker and " " in src.speaker and src.speaker not in d.people:
            d.remember(src)
    for m in _THE_FIRMS_TITLE_NAME.finditer(sent.text) if "’s " in sent.text or "'s " in sent.text else ():
        if m.group(1) not in d.people:  # session 10: "The company's chairman, Raymond Tang Ka-wai, has been ..."
            src = d._parse(m.group(0), sent.start + m.start())
            if src and src.speaker == m.group(1) and src.organization:
                d.remember(src)
    for m in _THE_TITLE_NAME.finditer(sent.text):
        if m.group(1) not in d.people:
            src = d._parse(m.group(0), sent.start + m.start())
            if src and src.speaker == m.group(1) and src.organization:
                d.remember(src)
    for m in _NAME_ORG_TITLE.finditer(sent.text) if ("'s " in sent.text or "’s " in sent.text) else ():
        if m.group(1) not in d.people:  # parsed as "Aegean Bulk's chief executive, Thalia Kostas"
            src = d._parse(m.group(2) + ", " + m.group(1), sent.start + m.start(2))
            if src and src.speaker == m.group(1) and src.organization:
                d.remember(src)
    for m in _OWNER_TITLE_NAME.finditer(sent.text) if ("'s " in sent.text or "’s " in sent.text) else ():
        name = re.sub(r"^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)", "", m.group(2))
        if name not in d.people:  # session 9: "Hamburg’s Senator for Economic Affairs, Dr. Jens Petersen, took ..."
            src = d._parse(m.group(1) + ", " + name, sent.start + m.start(1))
            if src and src.speaker == name and src.organization:
                d.remember(src)
    _introduce_firms(registry, d, sent)
    _introduce_parents(registry, d, sent)
    which = _WHICH_OPENS.match(_DATELINE_PREFIX.sub("", sent.text, count=1))  # (session 9: after a dateline)
    if which and not registry.org(which.group(1)) and which.group(1) not in d.people and \
            which.group(1) not in d.org_names and not place_country(which.group(1)) and \
            which.group(1).lower() not in COUNTRIES:
        name = which.group(1)  # round 9: "Shenzhen Hongda Circuits, which makes circuit boards, opened ...":
        d.remember_org(name, d._org_country(name))  # "which", not "who": a firm, so "Its director, X" is its
    body = _BODY_OPENS.match(sent.text)
    if body and not registry.org(body.group(1)) and body.group(1) not in d.org_names:
        name = body.group(1)  # round 9: "The Wisconsin Teachers' Retirement Board voted ...", so "the board" is it
        d.remember_org(name, d._org_country(name))
    for m in _IS_TITLE.finditer(sent.text) if (" is " in sent.text or " was " in sent.text) else ():
        if m.group(1) not in d.people and " " in m.group(1):
            src = d._parse(m.group(0).replace(" is ", ", ", 1).replace(" was ", ", ", 1), sent.start + m.start())
            if src and src.speaker == m.group(1):
                d.remember(src)
    for m in _AS_ENVOY.finditer(sent.text) if " as " in sent.text else ():
        # session 13: "Wang Lixin arrived in Dar es Salaam as China's ambassador to Tanzania": his embassy
        known = d.people.get(m.group(1))
        if known is None or not known.organization:
            src = d._parse(f"{m.group(1)}, {m.group(2)}", sent.start + m.start())
            if src and src.speaker == m.group(1) and src.organization:
                d.remember(src)
    for m in _FIRMS_TITLE.finditer(sent.text) if _FIRMS_POSS.search(sent.text) else ():
        noun = m.group(2).lower()
        last = (Source(None, d.org_nouns[noun]) if noun in d.org_nouns else None) or d.last_org.get("company")
        if m.group(1) not in d.people and " " in m.group(1) and last and last.organization:
            d.remember(Source(m.group(1), last.organization, d.org_countries.get(last.organization) or last.country,
                              title=title_in(m.group(0))))
    for m in _WHOSE_FIRM.finditer(sent.text) if "whose " in sent.text else ():
        # session 6: "Ferrante, whose family company, Ferrante Confezionatrici, employs 340 people": his body
        person = d.people.get(m.group(1)) or d._by_surname(m.group(1))
        if person and person.speaker and not person.organization:
            d.remember(replace(person, organization=m.group(2), country=d._org_country(m.group(2))))
    for m in _ITS_TITLE_NAME.finditer(sent.text) if "ts " in sent.text else ():
        # round 7: "Its" is the organization the sentence before opened with, of whatever kind
        last = _previous_subject_org(d, sent.start) or d._subject_before(sent.start) or \
            d.last_org.get("company") or d.last_org.get("any")  # session 6: a subject not yet met as a body
        if m.group(1) not in d.people and last:
            d.remember(Source(m.group(1), last.organization, last.country, title=title_in(m.group(0))))
    for m in _RELATION.finditer(sent.text) if ("is " in sent.text or "er " in sent.text) else ():
        last = d.last_person  # "Her colleague Pablo Diaz", "Her brother, finance director X": of the same body
        if last and last.speaker and m.group(1) not in d.people and last.organization or (last and last.title and
                                                                                          m.group(1) not in d.people):
            d.remember(Source(m.group(1), last.organization, last.country,
                              title=title_in(m.group(0)) or last.title))
    for m in _NAMED_RELATION.finditer(sent.text) if "’s " in sent.text or "'s " in sent.text else ():
        # round 11: "Lau's colleague at the bank, equity strategist Peter Yuen": of the body of the person named
        owner = d._by_surname(m.group(1))
        if owner and owner.speaker and owner.organization and m.group(2) not in d.people:
            d.remember(Source(m.group(2), owner.organization, owner.country, title=title_in(m.group(0))))
    body = sent.text
    for s, e, org in registry.find_orgs(body):  # whole, even with commas in the name
        if owned_elsewhere(registry, body, s, e):
            continue  # session 13: "Guangdong's commerce department": the province's, not the US department
        if _MEDIUM_AFTER.match(body, e):  # session 12: "its founders said in a LinkedIn post": a medium, no body
            body = body[:s] + " " * (e - s) + body[e:]
            continue
        d.org_at.setdefault(org.canonical, []).append(sent.start + s)
        d.remember(Source(None, org.canonical, org.country))
        who = _NAME_OF.search(body, max(0, s - 60), s)  # round 7: "Michael Osterberg of Citi asked ..."
        if who and who.end() == s and who.group(1) not in d.people and \
                not _not_a_person(d, who.group(1), sent.text, who.start()) and \
                not registry.org(who.group(1)) and not place_country(who.group(1)):
            d.remember(Source(who.group(1), org.canonical, org.country))
        body = body[:s] + " " * (e - s) + body[e:]
    caption = _CAPTION.match(sent.text)
    for m in re.finditer(r"[^\s,;:()]+(?:\s+[^\s,;:()]+)*", body):
        for phrase in (r for part in split_and(m.group(0)) for r in mention_runs(part)):
            if caption and m.start() <= caption.end() and re.match(r"[A-Z][\w’'-]*\s+[a-z]", phrase):
                continue  # session 9: "Caption: Harvest at a member's vineyard": the caption's first word is no body
            if len(phrase.split()) < 2 or phrase in seen:
                continue  # a phrase met before in the article introduces no one new
            if phrase.split()[0].lower() in _PLURAL_PEOPLE and re.match(r"\S+\s+(?:in|from|near|across|around)\s", phrase):
                continue  # session 12: "Farmers in Lleida have started calling it ...": people, no body
            seen.add(phrase)
            if (phrase.lower() in CITIES or gazetteer_country(phrase) or building_name(phrase, d.text) or
                    _COMPASS_PLACE.fullmatch(phrase) and re.search(r"\b(?:in|from|across|near|of)\s+$",
                                                                   sent.text[:max(0, sent.text.find(phrase))])) and \
                    not registry.org(phrase):  # (session 10: "Central Sulawesi", "West Java")
                continue  # round 10: a region named in full ("Hohhot, Inner Mongolia"), a hall, introduces no one
            if "its " in sent.text or "their " in sent.text:
                at = sent.text.find(phrase, m.start())  # round 8: "restarted its Wodgina North operation": an asset
                if at >= 0 and _OWNED_BEFORE.search(sent.text, max(0, at - 8), at) and \
                        _ASSET_AFTER.match(sent.text, at + len(phrase)):
                    continue
            src = d._parse(phrase, sent.start + m.start())
            if src and src.speaker and src.title and not src.organization and " " in src.speaker and \
                    re.search(re.escape(src.speaker) + r"\s+" + re.escape(src.title) + r"$", phrase) and \
                    not registry.person(src.speaker) and src.speaker not in d.people:
                d.remember_org(src.speaker, d._org_country(src.speaker))  # round 10: "Vasant Lifesciences chief:"
                continue  # a name right before a bare title, nothing after: the title's organization, not a person
            if src and src.speaker and " " in src.speaker and src.speaker not in d.people:
                if _after_at(sent.text, phrase, m.start()) and not src.title and not src.organization:
                    d.remember_org(src.speaker, src.country)  # round 7: "The looms at Hilados del Valle": a place of work
                elif not _not_a_person(d, src.speaker, sent.text, m.start()) and not (
                        not src.title and not src.organization and
                        PLACE_PREPOSITION_END.search(sent.text, max(0, sent.text.find(phrase, m.start()) - 10),
                                                      max(0, sent.text.find(phrase, m.start())))):
                    d.remember(src)  # (session 11: "who farms ... near Story City": a place, no person)
            elif src and src.organization and not src.speaker:
                at = sent.text.find(phrase, m.start())
                if " " not in src.organization and at >= 0 and \
                        PLACE_PREPOSITION_END.search(sent.text, max(0, at - 10), at) and \
                        not registry.org(src.organization) and based_country(src.organization):
                    continue  # session 12: "a plant in Apodaca in September": a town, no body
                d.remember(src)
            elif src and src.organization and " " not in src.speaker:  # "Shares of X Mining": "Shares" is no one
                d.remember(Source(None, src.organization, src.country))
    raw = d.text[sent.start:sent.end]  # (the sentence before masking: the tag is masked for the verbs)
    for m in _EP_GROUP.finditer(raw) if "(" in raw else ():
        # session 13: "Hélène Marchand (Renew Europe, France)": a member of the European Parliament by her group
        name = " ".join(w for w in m.group(1).split() if w.lower() not in TITLE_WORDS)
        known = d.people.get(name)
        ep = registry.org("European Parliament")
        if " " in name and ep and (known is None or not known.organization):
            d.remember(Source(name, ep.canonical, ep.country, title="mep"))

_DATELINE_PREFIX = re.compile(r"^(?:[A-Z][A-Z/ ]+,[^-—–]{0,40}[-—–]\s+)?")
_OWNER_OPENS = re.compile(r"([A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,")
_POSSESSIVE_PREFIX = re.compile(r"^(?:[A-Z][\w.]*['’]s\s+)?")
_FIRM_NAME = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&’'-]*\s+){1,4}[A-Z][\w.]*)")



def _last_firm_named(registry: Registry, d: Discourse, start: int, before: str | None = None) -> str | None:
    """Round 9: the last company named in the sentence before `start` (or in `before`) by a name that ends in
    an organization word ("Huadong Port Machinery") or is known as one, even inside a reported clause."""
    if before is None:
        before = d.text[max(0, start - 300):start]
        before = re.split(r"(?<=[.!?])\s+(?=\S)", before.rstrip())[-1] if before.strip() else ""
    found = None
    for m in _FIRM_NAME.finditer(before):
        name = m.group(1).rstrip(".")
        org = registry.org(name)
        if (org and org.kind == "company") or name in d.org_names or (
                not org and name.split()[-1].lower() in ORG_SUFFIXES and name not in d.people):
            found = org.canonical if org else name
    return found


def _introduce_firms(registry: Registry, d: Discourse, sent: Span) -> None:
    """Organizations described by a common noun, and people said to lead one."""
    t = sent.text
    if not re.search(r"[a-z] [A-Z]|, ", t):
        return
    for m in _FIRM_AFTER_NOUN.finditer(t):
        if not registry.org(m.group(1)) and not _met_as_person(d, m.group(1)):
            d.remember_org(m.group(1), country_before(t[:m.start(1)]), t[:m.start(1)].split()[-1])
    for m in _THE_BASED_FIRM.finditer(t) if ("-based" in t or "he " in t) else ():  # "Today the Pennsylvania-based company is ..."
        apposed = _APPOSED.search(t, 0, m.start())  # session 9: "Songhua Snow Resorts Group, the Jilin-based
        if apposed:  # operator": the name just before is the one placed, not the company met earlier
            code = place_country(m.group(1) or m.group(2))
            name = _OPENING_WORDS.sub("", apposed.group(1))
            if code and " " in name and not registry.org(name):
                d.org_countries[name] = code
            continue
        last = d.last_org.get("company")
        head0 = _DATELINE_PREFIX.sub("", t.lstrip(), count=1)  # round 9: "Japan's X will buy ... from Y, the
        heads = (head0, _POSSESSIVE_PREFIX.sub("", head0, count=1))  # "Spielwerk's Anja Becker, who runs ..."
        opener = next((Source(None, o) for o in d.org_countries for head in heads
                       if head.startswith(o) and not head[len(o):len(o) + 1].isalnum()), None)
        owner = _OWNER_OPENS.match(head0)  # "Spielwerk’s Anja Becker, who runs sourcing for the Nuremberg-based
        if opener is None and owner and owner.group(1).lower() not in COUNTRIES and \
                owner.group(1) not in d.people and not d._by_surname(owner.group(1)):  # maker": Spielwerk
            opener = Source(None, d._known_org(owner.group(1)))
        if opener and m.start() > len(opener.organization or ""):  # Tokyo-based trading house said": the opener
            last = opener
        elif m.start() < 4:  # round 9: "... order cranes from Huadong Port Machinery. The Shanghai-based
            named = _last_firm_named(registry, d, sent.start)  # manufacturer supplies ...": the firm named last
            last = Source(None, named) if named else last
        elif _REPORTS_NEXT.match(t, m.end()):  # round 9: "X will ..., the Copenhagen-based carrier said": the
            named = _last_firm_named(registry, d, sent.start, _DATELINE_PREFIX.sub("", t[:m.start()], count=1))
            last = Source(None, named) if named else last  # firm named earlier in this sentence
        code = place_country(m.group(1) or m.group(2))
        if last and last.organization and code and not registry.org(last.organization):
            d.org_countries[last.organization] = code
    for m in _FIRM_BEFORE_NOUN.finditer(t) if ", " in t else ():
        name = _OPENING_WORDS.sub("", m.group(1))  # session 9: not "Meanwhile X", "On Monday"
        single = " " not in name and re.match(r",\s+the\s", m.group(0)[len(m.group(1)):]) is not None and \
            len(name) > 3 and not place_country(name) and name.lower() not in COUNTRIES and \
            name.lower() not in TITLE_WORDS and name not in d.people and \
            re.match(r"\s*[,.;]|\s+(?:of|in|that|which|based|from|with|for)\b", t[m.end():]) is not None
        # (session 10: "Nordmagnet, the Swedish maker of magnets,"; not "According to Nwosu, the company hopes")
        if not registry.org(name) and not _met_as_person(d, name) and (" " in name or single) and \
                name.split()[-1].lower() not in _DATE_WORDS:
            based = BASED.search(m.group(2))
            where = _WHERE.match(t, m.end())  # "X, the cognac house in Jarnac, western France, that ..."
            based_in = _BASED_IN.match(t, m.end())  # "X, a turbine maker based in Guangdong province"
            own = country_before(t[:m.start(1)]) if _REPORTS_NEXT.match(t, m.end()) else None
            d.remember_org(name, own or (place_country(based.group(1)) if based else None) or country_cue(m.group(2))
                           or (country_cue(where.group(1)) if where else None)
                           or (place_country(based_in.group(1)) if based_in else None))
    for m in _BASED_RIVAL.finditer(t) if "-based " in t else ():  # session 10: "A Stuttgart-based rival, Kessler
        name = m.group(2)  # Schleiftechnik, closed ...": a firm, placed
        if not registry.org(name) and not _met_as_person(d, name) and name not in d.org_countries:
            d.remember_org(name, based_country(m.group(1)))
    for m in _NOUN_THEN_FIRM.finditer(t) if ", " in t else ():
        name = m.group(1)
        if not registry.org(name) and not _met_as_person(d, name) and " " in name and name not in d.org_countries:
            d.remember_org(name, country_cue(m.group(0)[:m.start(1) - m.start()]) or place_country(name.split()[0]))
    for m in _OWNED_FIRM_BEFORE.finditer(t) if "-owned " in t or " held " in t or "-listed " in t or "-run " in t \
            else ():
        name = _OPENING_WORDS.sub("", m.group(1))
        if not registry.org(name) and not _met_as_person(d, name) and " " in name and name not in d.org_countries:
            d.remember_org(name, country_cue(m.group(0)[len(m.group(1)):]))
    for m in _FIRM_ARM.finditer(t) if " of " in t else ():  # "X, the overseas arm of a Beijing-based group"
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        based = BASED.search(m.group(2))
        code = (place_country(based.group(1)) if based else None) or country_cue(m.group(2))
        if code and not registry.org(name) and name not in d.people and " " in name:
            d.remember_org(name, code)
    for m in _FIRM_BASED.finditer(t) if "-based " in t or "-headquartered " in t or "-listed " in t else ():
        name = m.group(2)
        if not registry.org(name) and not _met_as_person(d, name) and not _TITLE_AFTER.match(t, m.end()):
            d.remember_org(name, place_country(m.group(1)))
    for m in _FIRM_IS_NOUN.finditer(t) if (" is " in t or " was " in t) else ():
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        if not registry.org(name) and name not in d.people:
            based = BASED.search(m.group(2))
            where = _FROM_PLACE.match(t, m.end())  # "X is a family-owned exporter from Minas Gerais"
            d.remember_org(name, (place_country(based.group(1)) if based else None) or country_cue(m.group(2))
                           or (place_country(where.group(1)) if where else None))
    full = d.text[sent.start:sent.end]  # the extractor blanks "(CII)" in the text it searches
    for m in _ABBREVIATION.finditer(full) if "(" in full else ():  # "the Confederation of Indian Industry (CII)"
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        core = re.sub(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+", "", name)  # session 8: "Peru's National Port
        if sorted(w[0] for w in name.split() if w[0].isupper()) == sorted(m.group(2)) or \
                sorted(w[0] for w in core.split() if w[0].isupper()) == sorted(m.group(2)):  # Authority (APN)"; "CNI"
            d.abbreviations[m.group(2)] = name
    for m in _LEADS_ANAPHOR.finditer(t) if " who " in t else ():  # session 10: "Pieter Vanhaecke, who has run the
        noun = m.group(2).lower()  # port since 2023,", "Dr Joseph Tembo, who owns a third of the company,"
        named = next((o for o in reversed(d.org_history) if o.organization and  # only a body whose name holds
                      _names_noun_of(noun, o.organization)), None)  # the noun ("the port": "Port of Antwerp-Bruges")
        person = d._parse(m.group(1), sent.start + m.start(1))
        if named and named.organization and person and person.speaker and " " in person.speaker and \
                not person.organization and person.speaker not in d.people:
            d.remember(replace(person, organization=named.organization,
                               country=named.country or d.org_countries.get(named.organization)))
    leads = [*(_LEADS.finditer(t) if " who " in t else ()),
             *(_LEADS_MAIN.finditer(t) if _LEADS_VERB.search(t) else ())]
    for m in leads:
        person = d._parse(m.group(1), sent.start + m.start(1))
        body = re.sub(r"['’]s$", "", m.group(2))  # "who sits on the Bundestag's economic committee"
        seat_on = _REPRESENTS_ON.match(t, m.end(2)) if " represents " in m.group(0) else None
        if seat_on:  # session 11: "who represents Grangetown on Redcar and Cleveland Borough Council": the council
            body = seat_on.group(1)
        branch = _BRANCH_OF.match(t, m.end(2))
        if branch:  # session 10: "who heads the Patras branch of the seafarers' union PNO": the union
            body = branch.group(1)
        if body.endswith(".") and body.split()[-1].lower() not in ORG_SUFFIXES:
            body = body[:-1]  # the sentence's full stop, not "Inc."
        more = _AND_AREA.match(t, m.end(2)) if re.search(r"\b(?:Ministry|Department)\s+of\s", body) else None
        if more:  # "who heads Kenya's Ministry of Roads and Transport": a ministry of two areas
            body += more.group(0)
        lower = LOWER_BODY.match(t, m.end(2)) if not body.endswith(".") and not registry.org(body) else None
        if lower and (len(lower.group(1).split()) > 1 or place_country(re.sub(r"^(?:the|The)\s+", "", body))):
            # session 9: "who heads the Sines business association": the body, not the town
            body += lower.group(1)
        based = BASED.match(body)  # "who runs Long Beach-based Ivers Advisory": the place is no part of the name
        offset = 0
        if based and body[based.end():].strip():
            offset = len(body) - len(body[based.end():].lstrip())
            body = body[offset:]
        hit = registry.org_at(t, m.start(2) + offset)  # "the Finnish parliament's committee": a registry name in any case
        if hit and len(hit.group(0)) < len(body) and body[len(hit.group(0)):].strip()[:1].isupper():
            hit = None  # round 7: "European Solar Manufacturers Forum" is not "European" (the Union) and more
        org = registry.org(hit.group(0)) if hit else registry.org(body)
        if org is None and (body.lower() in COUNTRIES or re.search(r"\b(?:sits|serves)\s+(?:on|in)\s", m.group(0))):
            continue  # a country word alone is no organization; "sits on the House select committee": no name
        if person and person.speaker and " " in person.speaker and (
                person.speaker not in d.people or not d.people[person.speaker].organization and
                not d.people[person.speaker].title):  # session 11: "Moret, who has run Valmont since 2019," after a
            # first quote that gave no body
            name = org.canonical if org else d._known_org(body)  # "who has run Harlow": the full name met before
            d.remember(Source(person.speaker, name, org.country if org else
                              (place_country(based.group(1)) if based and offset else None)
                              or d.org_countries.get(name)
                              or country_before(t[:m.start(2)])
                              or place_country(name.split()[0]) or d._org_country(name) or d.company_home))


# Round 7: "Her colleague Pablo Diaz", "Her brother, finance director Tomas Ruiz": a person of the same body
_EP_GROUP = re.compile(r"(" + UPPER + r"[\w’'-]+(?:\s+(?:van|de|der|von|di|da|" + UPPER + r"[\w’'-]+)){1,3})\s+\(" +
                       EP_GROUP_TAG + r"\)")  # session 13: "Hélène Marchand (Renew Europe, France)"
_AS_ENVOY = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){1,2})\s+(?:[a-z]+\s+)(?:[\w’'-]+\s+){0,7}?as\s+(" + UPPER + r"[\w’'-]+['’]s\s+(?:ambassador|consul-general|"
                       r"envoy)\s+to\s+(?:the\s+)?" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)")
_RELATION = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:fellow\s+)?(?:colleague|brother|sister|son|daughter|deputy|partner|"
                       r"co-founder|business\s+partner),?\s+(?:(?:[a-z-]+\s+){0,3})?"
                       r"(" + UPPER + r"[\w’'.-]*(?:\s+" + UPPER + r"[\w’'.-]*){1,3})")


# Round 11: "Lau's colleague at the bank, equity strategist Peter Yuen": a person of the named person's body
_NAMED_RELATION = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:fellow\s+)?(?:colleague|deputy|co-founder)(?:\s+at\s+the\s+"
                             r"[a-z]+)?,?\s+(?:(?:[a-z-]+\s+){0,3})?"
                             r"(" + UPPER + r"[\w’'.-]*"
                             r"(?:\s+" + UPPER + r"[\w’'.-]*){1,3})")


_REPRESENTS_ON = re.compile(r"\s+(?:ward\s+)?on\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,5}(?:Council|Assembly|Board|"
                            r"Commission|Legislature|Parliament))\b")
_OWNER_POSSESSIVE_END = re.compile(r"(?<![\w’'-])(?:" + UPPER + r"[\w&.-]*\s+){0,4}" + UPPER + r"[\w&.-]*(?:['’]s|s['’])\s+$")
_COMPASS_PLACE = re.compile(r"(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)\s+\S+")
_NAME_OF = re.compile(r"(?<![\w’'-])(" + UPPER + r"[a-zà-ÿ’'-]+(?:\s+" + UPPER + r"[a-zà-ÿ’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?")


def split_and(run: str) -> list[str]:
    """Round 8: split a run of names at "and", except the "and" inside a body's name of areas: "Hangang
    Institute of Science and Technology", "Ministry of Energy and Mines", "Ministry of Information,
    Communications and the Digital Economy" are one name; "Lopez and Chen", "the ministry and Acme" are two."""
    parts = re.split(r"\s+and\s+", run)
    out = [parts[0]]
    for part in parts[1:]:
        if _AREA_NAME_OPEN.search(out[-1]) and _AREA_NAME_CLOSE.match(part) and \
                (part[:1].isupper() or part.startswith("the ")):
            out[-1] += " and " + part
        else:
            out.append(part)
    return out


def _after_at(sent_text: str, phrase: str, at: int) -> bool:
    """The phrase follows "at" or "at the" directly ("The looms at Hilados del Valle")."""
    i = sent_text.find(phrase, at)
    return i >= 0 and bool(re.search(r"\b(?:at|At)\s+(?:the\s+)?$", sent_text[max(0, i - 8):i]))


def _by_inner_name(d: Discourse, word: str) -> Source | None:
    """Round 7: "Anaya" for "Beatriz Anaya Quiroz" (a first surname): the one person with that inner name."""
    found = [p for n, p in d.people.items() if word in n.split()[1:-1]]
    return found[0] if len(found) == 1 else None


_ORG_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ORG_NOUNS, key=len, reverse=True)) + r")\s+$")


def _not_a_person(d: Discourse, name: str, sent_text: str, at: int) -> bool:
    """Round 7: a name met in passing that is no one: an organization already met ("supplies Anatolian
    Skyways"), or a place after a preposition ("Back in Chiang Mai, ...")."""
    if re.search(r"[.!?]\s", name):  # round 9: "A: No. We will stay.": a sentence break inside is no name
        return True
    bare = name.rstrip(".")  # round 9: "the producers' cooperative Porc Armor." at a sentence's end
    if bare in d.org_names or bare in d.org_countries or any(o.organization in (name, bare) for o in d.org_history):
        return True
    i = sent_text.find(name, at)
    if i >= 0 and _ORG_NOUN_BEFORE.search(sent_text, max(0, i - 30), i):
        return True  # "the Breton producers' cooperative X": an organization noun names X, no person
    return i >= 0 and bool(re.search(r"\b(?:[Ii]n|at|from|to|near)\s+$", sent_text[max(0, i - 6):i])) and \
        place_country(name) is not None


def _previous_subject_org(d: Discourse, start: int) -> Source | None:
    """The organization the previous sentence opened with ("The Port Authority, which ..., said ... Its chief
    executive, X, ..."), if that sentence starts with its name."""
    before = [(at, o) for at, o in d.org_seen if at < start]
    if not before:
        return None
    at = before[-1][0]
    if len(re.findall(r"(?<=[a-z0-9][a-z0-9])[.!?][”\"]?\s+(?=[A-Z“\"]|$)", d.text[at:start])) > 1:  # not "U.S."
        return None  # session 6: that sentence is not the one just before ("Its" is the nearer subject's)
    head = re.sub(r"^(?:The|A|An)\s+", "", d.text[at:start].lstrip())
    alias = d.registry.org_at(head, 0)  # round 9: "The VDMA engineering federation urged ...": a registry alias
    aliased = d.registry.org(alias.group(0)) if alias else None
    opening = [o for a, o in before if a == at and o.organization and
               (head.startswith(o.organization) or (aliased is not None and aliased.canonical == o.organization) or
                (" " in o.organization and len(o.organization.split()[0]) > 3 and  # round 10: "Huarong, which ..."
                 re.match(re.escape(o.organization.split()[0]) + r"(?:['’]s)?[\s,]", head) is not None))]
    return max(opening, key=lambda o: len(o.organization or ""), default=None)


_PLURAL_PEOPLE = frozenset("farmers growers workers residents exporters importers producers traders analysts officials "
                           "executives investors economists lawmakers critics consumers shoppers villagers fishermen "
                           "dockworkers miners drivers owners employers employees shipowners".split())
_MEDIUM_AFTER = re.compile(r"\s+(?:posts?|video|videos|account|page|feed|message|livestream|live\s+stream|thread|"
                           r"channel)\b")
_UNIT_NAME = r"((?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'.-]*)"
_PARENT_NAME = r"(?:([A-Z][\w-]*(?:\s+Kong)?)['’]s\s+|the\s+)?(?:[A-Z][\w-]*-based\s+)?((?:[A-Z][\w&’'.-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){0,4}[A-Z][\w&’'.-]*)"  # (session 12: "China Road and Bridge Corp.")
_UNIT_OWNED = re.compile(_UNIT_NAME + r",\s+(?:which\s+(?:is|was|has\s+been)\s+)?(?:wholly\s+|majority[- ]|fully\s+)?"
                         r"(?:owned|bought|acquired|controlled|taken\s+over)\s+(?:(?:since|in)\s+\d{4}\s+)?by\s+" +
                         _PARENT_NAME)
_UNIT_WAS_OWNED = re.compile(r"(?:^|[.;]\s+)" + _UNIT_NAME + r"\s+(?:was|has\s+been|is)\s+(?:wholly\s+|majority[- ]|fully\s+)?"
                             r"(?:owned|bought|acquired|controlled|taken\s+over)\s+(?:(?:since|in)\s+\d{4}\s+)?by\s+"
                             r"(?:([A-Z][\w-]*)-based\s+)?" + _PARENT_NAME)  # session 12: "X was bought in 2022 by
# Hunan-based Y"
_WHOSE_UNIT = re.compile(r"(?:[A-Z][\w-]*-based\s+)?" + _UNIT_NAME + r",\s+whose\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|arm|"
                         r"affiliate),\s+" + _UNIT_NAME[:-1] + r"(?:\s+de\s+C\.V\.)?)" + r",")  # session 12: "Jinhong Precision Components, whose
# local unit, Jinhong Autopartes México S.A. de C.V., opened ..."
_COMPANY_OWNED = re.compile(r"\b[Tt]he\s+(?:company|firm|operator|venture)\s+is\s+(?:\d+\s+(?:per\s*cent|percent|%)\s+|wholly\s+|"
                            r"majority[- ]|fully\s+)?(?:owned|controlled)\s+by\s+(?:a\s+)?" + _PARENT_NAME)  # session 12
_THROUGH_UNIT = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][\w-]*-based\s+)?((?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'.-]*)\s+[a-z](?:[^.!?]|\.\d)*?"
                           r"\bthrough\s+its\s+(?:local\s+|[A-Z][a-z]+\s+)?(?:unit|subsidiary|arm|affiliate),\s+"
                           r"((?:[A-Z][\w&’'.-]*\s+|\([A-Z][\w-]*\)\s+){0,5}[A-Z][\w&’'.-]*)")  # session 12: "X opened a
# plant ... through its local unit, Y Sdn Bhd"
_UNIT_OF = re.compile(_UNIT_NAME + r"(?:,\s+is|,|\s+is)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|arm|affiliate|"
                      r"division)\s+of\s+" + _PARENT_NAME)  # (session 13: "X is the local unit of Y" too)
_PARENT_UNIT = re.compile(_UNIT_NAME + r"['’]s?\s+(?:[A-Z][a-z]+\s+|local\s+|overseas\s+)?(?:unit|subsidiary|arm|"
                          r"affiliate),\s+" + _UNIT_NAME + r",")
_ITS_UNIT = re.compile(_UNIT_NAME + r",\s+the\s+(?:company|group)['’]s\s+(?:[A-Z][a-z]+\s+|local\s+)?(?:unit|subsidiary|arm)\b")


def _introduce_parents(registry: Registry, d: Discourse, sent: Span) -> None:
    """Session 9: the local unit of a Chinese parent ("Gulf Coast Oxychem LLC, owned since 2019 by Shandong
    Haiyu Chemical Group", "Serbia Zijin Copper, the local unit of Zijin Mining Group Co.", "Gotion's Spanish
    unit, Gotion Iberia Energy,"): the annotation convention files the unit, its executives and its statements
    under the parent."""
    t = sent.text
    if not re.search(r"\b(?:owned|bought|acquired|controlled|taken|unit|subsidiary|arm|affiliate|division)\b", t):
        return
    pairs = [(m.group(1), m.group(3), place_country(m.group(2) or "")) for pat in (_UNIT_OWNED, _UNIT_OF)
             for m in pat.finditer(t)]  # ("Foshan's Lumen Electric": the owner's place gives its country)
    pairs += [(m.group(1), m.group(4), place_country(m.group(2) or m.group(3) or "")) for m in _UNIT_WAS_OWNED.finditer(t)]
    pairs += [(m.group(2), m.group(1), None) for m in _PARENT_UNIT.finditer(t)]
    pairs += [(m.group(2), m.group(1), None) for m in _THROUGH_UNIT.finditer(t)]
    firm = d.the_company or d.last_org.get("company")
    pairs += [(firm.organization, m.group(2), place_country(m.group(1) or "")) for m in _COMPANY_OWNED.finditer(t)
              if firm and firm.organization]
    pairs += [(m.group(2), m.group(1), based_country(b.group(1)) if (b := re.match(r"([A-Z][\w-]*)-based", m.group(0)))
               else None) for m in _WHOSE_UNIT.finditer(t)]
    last = d.last_org.get("company")
    pairs += [(m.group(1), last.organization, None) for m in _ITS_UNIT.finditer(t) if last and last.organization]
    for unit, parent, hint in pairs:
        unit = re.sub(r"^(?:The|A|An)\s+", "", unit)
        if parent.endswith(".") and not re.search(r"\b(?:Co|Inc|Ltd|Corp|Bhd|Pte|S\.A|N\.V|L\.P)\.$", parent):
            parent = parent[:-1]  # session 13: the sentence's full stop ("... unit of Ningbo-based X.")
        inside = registry.find_orgs(parent)
        known = registry.org(parent) or (inside[0][2] if inside and inside[0][0] == 0 else None)
        name = known.canonical if known else d._known_org(parent)
        country = (known.country if known else None) or hint or d.org_countries.get(name) or d._org_country(name)
        if unit != name and country in ("CN", "HK") and not registry.org(unit) and " " in unit:
            d.parents[unit] = name
            d.org_countries.setdefault(name, country)


def introduced_later(d: Discourse, speaker: str) -> Source | None:
    """Round 7: "Becker is chief economist at Maple Leaf Securities in Toronto." after the statement: the
    person's organization from a sentence anywhere in the article that says it with the surname alone."""
    surname = speaker.split()[-1]
    names = [speaker] + ([surname] if len(surname) > 2 and sum(1 for n in d.people if n.split()[-1] == surname) <= 1
                         else [])  # round 9: "Al-Harbi, the chief operating officer of X, said" after the quote
    for n in names:
        # round 9: "Photo: Park Joon-ho, chief executive of Hanbit Semiconductor, speaks ...": the full name
        # with a title at an organization, anywhere in the article (a caption, a later paragraph)
        at = d.text.find(n + ",")
        while at >= 0:
            m = _LATER_APPOSITIVE.match(d.text, at + len(n)) if not re.match(r"[\w’'-]", d.text[at - 1:at]) else None
            if m:
                src = d._parse(speaker + m.group(0), at)
                if src and src.organization and src.speaker == speaker:
                    return src
            at = d.text.find(n + ",", at + 1)
    at = d.text.find(speaker)
    while at > 0:  # session 11: "Mirae Asset Securities' Kang Min-seo is blunt about Hyundai.": a person of that firm
        owner = _OWNER_POSSESSIVE_END.search(d.text, max(0, at - 80), at)
        src = d._parse(d.text[owner.start():at + len(speaker)], owner.start()) if owner else None
        if src and src.organization and src.speaker == speaker and not place_country(src.organization) and \
                src.organization.lower() not in COUNTRIES:
            return src
        at = d.text.find(speaker, at + 1)
    for m in _IS_TITLE.finditer(d.text) if surname in d.text else ():
        if m.group(1) not in (surname, speaker):
            continue
        src = d._parse(speaker + ", " + m.group(0)[len(m.group(1)):].split(" ", 2)[-1], m.start())
        if src and src.organization and src.speaker == speaker:
            return src
    return None
