"""Session 8: the organization of a named speaker whom every rule left without one, read off the sentence that
introduces them.

Measured on the annotated sets before it was adopted (``docs/extraction.md``, session 8): most speakers left
without an organization are introduced in a sentence that names the body they speak for in a shape no rule
covers ("Bev Haugen, who grows canola near Kindersley and chairs the marketing committee of the Saskatchewan
Canola Growers, said ..."). The pass takes, from the first sentence that writes the speaker's full name, the
organization named nearest after the name (else nearest before it, in the same clause), among:

- registry organizations (``Registry.find_orgs``);
- organizations the article has already introduced (``Discourse.org_history``);
- a name after the person's that is an organization's by its form (``names.unregistered_org``: "the Technical
  University of Munich", "the Institute for Maritime Strategy");

and nothing else: no organization from another sentence. A
statement that already has an organization, an anonymous source and an organization speaking for itself are
left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bodies import legislature
from .names import TITLE_WORDS, unregistered_org
from .records import Statement
from .sources import MEMBER_TITLE, Discourse, _org_kind
from .text import sentences

_NAME = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|de|del|du|&)\s+)*[A-Z][\w.&’'-]*)+")
_REACH = 90  # characters between the name and the body: an appositive's length, not a whole sentence's
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—-]\s")
# Bodies a person is named beside rather than working for: "told the X", "a customer of X", "visited X"
_NOT_THEIRS = re.compile(r"(?:\b(?:told|to|with|beside|alongside|next\s+to|behind|joined\s+by|against|from|by|about|than|visited|visiting|met|meeting|criticised|"
                         r"criticized|sued|customers?\s+of|clients?\s+of|rivals?\s+of|suppliers?\s+to|"
                         r"investors?\s+in|buy(?:ing|s)?\s+from|sell(?:ing|s)?\s+to|like)\s+(?:the\s+)?)$")


def intro_sentence_org(found: list[Statement], text: str, d: Discourse) -> list[Statement]:
    """Named speakers with no organization take the one their introducing sentence names (see module doc)."""
    if not any(st.speaker and not st.organization for st in found):
        return found
    known = {o.organization for o in d.org_history if o.organization}
    spans = sentences(text)
    cache: dict[str, tuple[str, str | None] | None] = {}
    out = []
    for st in found:
        if st.speaker and not st.organization:
            if st.speaker not in cache:
                cache[st.speaker] = _near_first_mention(st.speaker, text, spans, d, known)
            got = cache[st.speaker]
            if got:
                st = replace(st, organization=got[0], country=st.country or got[1])
        out.append(st)
    return out


def _near_first_mention(speaker: str, text: str, spans, d: Discourse, known: set[str]) -> tuple[str, str | None] | None:
    at = text.find(speaker)
    if at < 0 or " " not in speaker:
        return None
    sent = next((s for s in spans if s.start <= at < s.end), None)
    if sent is None:
        return None
    # the clause around the name: a semicolon, colon or dash ends it
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at + len(speaker):
            hi = min(hi, m.start())
    cands: list[tuple[int, int, str, str | None]] = []
    for s, e, org in d.registry.find_orgs(text[lo:hi]):
        cands.append((lo + s, lo + e, org.canonical, org.country))
    for name in known:
        if name == speaker or d.registry.org(name) or len(name.split()) < 2 or not _NAME.fullmatch(name):
            continue  # one word read as a body ("Conservative", "Kingdom") is too weak a cue
        k = text.find(name, lo, hi)
        if k >= 0:
            cands.append((k, k + len(name), name, d.org_countries.get(name) or d._org_country(name)))
    tail_end = min(hi, at + len(speaker) + _REACH + 60)
    formed, _ = unregistered_org(text, text[at + len(speaker):tail_end], at + len(speaker))
    if formed and formed not in (c[2] for c in cands) and not d.registry.org(formed):
        k = text.find(formed, at + len(speaker), tail_end)  # a body named by its form after the name ("the
        if k >= 0:  # Technical University of Munich", "Institute for Maritime Strategy")
            cands.append((k, k + len(formed), formed, d.org_countries.get(formed) or d._org_country(formed) or
                          d.company_home))
    known_person = d.people.get(speaker)
    side = _title_side(known_person.title if known_person else None)
    if side:  # a premier is no company's, a chief executive no ministry's
        cands = [c for c in cands if _is_public(d, c[2]) == (side == "public")]
    name_end = at + len(speaker)
    after = [c for c in cands if name_end <= c[0] <= name_end + _REACH and
             not _NOT_THEIRS.search(text[max(lo, c[0] - 30):c[0]]) and
             not _PAST_POST.search(text[name_end:c[0]]) and not _TRADES_IN.search(text[name_end:c[0]])]
    before = [c for c in cands if at - _REACH <= c[1] <= at and not _NOT_THEIRS.search(text[max(lo, c[0] - 30):c[0]])]
    after = [c for c in after if _linked_after(text[name_end:c[0]])]
    before = [c for c in before if _linked_before(text[c[1]:at])]
    pick = min(after, key=lambda c: c[0]) if after else max(before, key=lambda c: c[1]) if before else None
    return (pick[2], pick[3]) if pick else None


# A past post names no body, unless a present one follows ("a former mill manager who now advises X")
_PAST_POST = re.compile(r"\b(?:former|ex-|once|previously|until)\b(?!.*\bnow\b)")
# A brand a person trades in is not their employer ("who runs dealerships selling MG and BYD vehicles")
_TRADES_IN = re.compile(r"\b(?:sell|sells|selling|sold|buy|buys|buying|bought|import|imports|importing|distribute|"
                        r"distributes|distributing|supplies|supplying|uses|using)\b")
_PUBLIC_HEADS = frozenset("premier governor mayor minister secretary senator sen mp mep lawmaker legislator congressman "
                          "congresswoman representative rep councillor councilor commissioner ambassador envoy".split())
_PRIVATE_HEADS = frozenset("executive ceo officer director manager founder owner boss analyst economist strategist "
                           "researcher fellow expert partner trader farmer grower".split())


def _is_public(d: Discourse, name: str) -> bool:
    org = d.registry.org(name)
    return _org_kind(org.kind if org else None, name) == "government"


def _title_side(title: str | None) -> str | None:
    """ "public" for an office of state, "private" for a business or research post, None when unclear (a
    president or spokesperson can be either)."""
    if not title:
        return None
    head = title.split()[-1].lower()
    if head in ("president", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chair",
                "chairman", "chairwoman"):
        return None
    return "public" if head in _PUBLIC_HEADS else "private" if head in _PRIVATE_HEADS else None


_ROLE_VERB = re.compile(r"\bwho\s+(?:now\s+|also\s+)?(?:chairs|heads|leads|runs|advises|directs|manages|represents|"
                        r"founded|co-founded|works\s+(?:at|for)|(?:teaches|studies|researches|lectures)\s+[\w\s-]{0,40}?\bat|"
                        r"is\s+(?:an?|the)\s)")
_OTHER_VERB = re.compile(r"\b(?:spoke|speaking|met|meeting|visited|attended|stood|standing|sat|arrived|went|came|"
                         r"owns|sits|sat|was|is|were|had|has|said|says|told|criticised|criticized)\b")


def _linked_after(between: str) -> bool:
    """The words between a name and a body name a role in it: "X, chief executive of", "X, who chairs the
    marketing committee of", "X, an economist at"; a meeting or a visit names none ("X spoke at")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", between)}
    role = _ROLE_VERB.search(between) or words & TITLE_WORDS
    return bool(role) and not (_OTHER_VERB.search(between) and not _ROLE_VERB.search(between))


def _linked_before(between: str) -> bool:
    """A body right before the name with a title between: "Kinta's chief executive X", "Kinta chief executive X"."""
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", between)}
    return len(between) <= 60 and bool(words & TITLE_WORDS) and not _OTHER_VERB.search(between) and \
        "," not in between.strip(" ,")


_CHAMBER_WORDS = re.compile(r"\b(?:House\s+of\s+Commons|Commons|MPs|Parliament|Senate|Congress|Bundestag|Riksdag|"
                            r"Storting|Sejm|Knesset|Diet|National\s+Assembly|lawmakers|senators)\b")
_COMMISSION = re.compile(r"\b((?:[A-Z][\w’'.-]*\s+){1,4}Commission)\b")
_REPRESENTS = (r",\s+(?:a\s+[\w-]+\s+who|who)\s+represents\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
               r"(?:constituency\s+|district\s+|seat\s+)?in\s+(the\s+(?:Senate|House(?:\s+of\s+Representatives)?|"
               r"National\s+Assembly|Assembly|Parliament|Congress))\b")
_SEAT = re.compile(MEMBER_TITLE.pattern + r"|\b[Mm]ember\s+of\s+the\s+Senedd\b|\b[Mm]ember\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?"
                   r"(?:[Aa]ssembly|[Pp]arliament)\b|\bassembly\s+member\b|\b(?:member|spokes\w+)\s+(?:of|in)\s+the\s+[A-Z]")
# a sentence's end, not an honorific's full stop ("The Member of Parliament for Atiwa East, Hon. X, said")
_SENTENCE_GAP = r"(?<=[.!?])(?<!\bHon\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSen\.)(?<!\bRep\.)\s"
_PARTY_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Party|Fáil|Féin|Gael|Cymru)$|^(?:Partido|Frente|Movimiento|Cabildo|"
                         r"Parti|Partei|Partij|Partito|Alianza)\b|^(?:Green|Greens|Labour|Labor|"
                         r"Liberal|Conservative|Socialist|Communist|Scottish Labour|Welsh Labour)$")


_ARTICLE_END = re.compile(r"\b(?:an?|the)\s$")
_MEMBER_AFTER = re.compile(r"\s+(?:MP|MEP|member\s+of\s+(?:the\s+)?[Pp]arliament|lawmaker|legislator|deputy|senator)\b")


def _party_before_member(org: str, text: str, d: Discourse) -> bool:
    """Session 9: an unregistered name used as a member's party ("a VVD member of parliament", "a
    GroenLinks-PvdA MP") or a seat read as a body ("Member of Parliament for Atiwa")."""
    if d.registry.org(org):
        return False
    if re.match(r"(?:Parliament|Assembly)\s+for\s", org):
        return True
    at = text.find(" " + org + " ")
    while at >= 0:  # (a string search and static patterns: no pattern built per name)
        if _ARTICLE_END.search(text, max(0, at - 4), at + 1) and _MEMBER_AFTER.match(text, at + len(org) + 1):
            return True
        at = text.find(" " + org + " ", at + 1)
    return False


def legislator_seat(found: list[Statement], text: str, d: Discourse) -> list[Statement]:
    """Session 8: a speaker introduced as a member of a chamber ("X, a Green MEP from Ghent", "X, a Liberal
    Democratic Party member of the assembly", "Sinn Féin's spokesperson, X TD") sits for the chamber, not for a
    party: the registry's chamber of the country, or the assembly the article names."""
    if not any(st.speaker for st in found):
        return found
    cache: dict[str, tuple[str, str | None] | None] = {}
    out = []
    for st in found:
        if st.speaker and any(f"Assembly{w} {st.speaker}" in text for w in ("member", "man", "woman")):
            body = d._state_legislature()  # session 12: "Assemblymember X, a Republican from Suffolk County": the
            if body is not None:  # state's legislature, not the county
                out.append(replace(st, organization=body.canonical, country=body.country or "US"))
                continue
        if st.organization and st.organization.endswith("Committee") and not d.registry.org(st.organization) and \
                _CHAMBER_WORDS.search(text) and not re.search(r"\b(?:sits|sat|serves)\s+on\b", text):  # (a member
            # who "sits on" a committee keeps it: set r)  # session 12: "the Business and Trade Committee's chair": a committee
            said = "senator" if re.search(r"\bSenate\b", st.organization + " " + text) and \
                not re.search(r"\b(?:Commons|MPs?)\b", text) else "member of parliament"  # of the chamber
            chamber = legislature(d.registry, said, st.country or d.home_country or d.named_most)
            known = d.registry.org(chamber) if chamber else None
            if known is not None:
                out.append(replace(st, organization=known.canonical, country=known.country or st.country))
                continue
        com = text.find("Commissioner " + st.speaker) if st.speaker else -1
        if com > 0 and (not st.organization or " " not in st.organization):  # session 12: "Presiding Commissioner
            body = _COMMISSION.findall(text, 0, com)  # X", "Eastern District Commissioner Y": the commission the
            if body and body[-1] != "European Commission":  # article named before them
                out.append(replace(st, organization=re.sub(r"^(?:The|A|An)\s+", "", body[-1]),
                                   country=st.country or d.home_country or d.named_most))
                continue
        rep = re.search(re.escape(st.speaker) + _REPRESENTS, text) \
            if st.speaker and " represents " in text else None
        if rep and (not st.organization or st.organization == rep.group(1)):  # session 12: "Sen. X, who represents
            said = rep.group(2) if re.search(r"Senate|House", rep.group(2)) else "member of parliament"
            chamber = legislature(d.registry, said, st.country or d.home_country or d.named_most)
            if chamber:  # Plateau North in the Senate": a seat, not a body; the chamber
                known = d.registry.org(chamber)
                out.append(replace(st, organization=known.canonical if known else chamber,
                                   country=(known.country if known else None) or st.country or d.home_country))
                continue
        if st.speaker and (not st.organization or _PARTY_NAME.search(st.organization) or
                           _party_before_member(st.organization, text, d)):
            if st.speaker not in cache:
                at = text.find(st.speaker)
                around = text[max(0, at - 60):at + len(st.speaker) + 100] if at >= 0 else ""
                sent = re.split(_SENTENCE_GAP, around[around.find(st.speaker):])[0] if around else ""
                before = re.split(_SENTENCE_GAP, around[:around.find(st.speaker)])[-1] if around else ""
                clause = before + sent
                cache[st.speaker] = d.chamber(clause, st.country or d.home_country) if _SEAT.search(clause) else None
            seat = cache[st.speaker]
            if seat:
                st = replace(st, organization=seat[0], country=seat[1] or st.country)
        out.append(st)
    return out
