"""Attributions without a reporting verb next to them, and the statement record they all build.

News often gives a speaker without "said": the answer paragraphs of an
interview ("Lopez: ...", "A: ..."), a quote after a colon ("X put it bluntly:
“...”"), a quote after a sentence about its speaker ("Nakagawa paused. “...”"),
an embedded social post ("... — Name (@handle) date"), an infinitive ("used the
call to announce that ..."), a clause interrupted by its attribution ("The
move, Berg added, was ..."), and sources named only later ("..., its chief
executive said" then "X chief executive Y"; "Lopez says" before "Maria Lopez,
chief executive of ..."). ``extract.py`` calls these; each works on one
paragraph or sentence and the ``Discourse``.

Limits: a post whose author is described only after it gets no organization;
"A:" is given to the person last introduced, which is the interviewee only in
a plain Q&A layout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .content import after_dateline, trim
from .quotes import Quote, words
from .records import Statement
from .mentions import introduced_later
from .names import TITLE_WORDS
from .registry import Registry
from .sources import Discourse, Source
from .subjects import leading_subject, sentence_subject, subject_before
from .text import Span
from .vocab import UPPER, HONORIFICS, NON_STATEMENT_PATTERNS, ORG_SUFFIXES, REPORTING_FINITE

# "“...” Tang said." — a sentence that is only an attribution, for the quote just before it
BARE_ATTRIBUTION = re.compile(r"[ \t]*(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}|(?:he|she|they)\s+)(?:"
                               + "|".join(sorted(REPORTING_FINITE, key=len, reverse=True)) + r")\b")

_REPLY = re.compile(r"((?:" + UPPER + r"[\w’'.-]*\s+){0,3}" + UPPER + r"[\w.-]*)['’]s\s+(?:reply|response|answer|verdict|"
                    r"message|view|take|advice|retort)\s*:\s*$")

NON_STATEMENT = re.compile("|".join(NON_STATEMENT_PATTERNS), re.I)

SIGNATURE = re.compile(r"\s+[—–-]{1,2}\s+[^\n]*\(@\w+\)[^\n]*$")


def surname_later(st: Statement, d: Discourse, registry: Registry) -> Statement:
    """ "The plan works, Lopez says." before "Maria Lopez, chief executive of X": a lone word read as an
    organization is the surname of the one person the article introduces later by that name."""
    org = st.organization
    if st.speaker or not org or " " in org or registry.org(org) or org in d.org_names:
        return st
    named = [p for n, p in d.people.items() if n.split()[-1] == org and " " in n]
    if len(named) != 1:
        return st
    p = named[0]
    return replace(st, speaker=p.speaker, organization=p.organization, country=p.country)


def named_later(st: Statement, d: Discourse) -> Statement:
    """ "X will exit China, its chief executive said." then "X chief executive Yoon Tae-sung told
    reporters": the one person later introduced with that title at that organization said it."""
    if st.start not in d.unnamed:
        return st
    org, title = d.unnamed[st.start]
    named = [p for p in d.people.values() if p.organization == org and p.title == title]
    if not named:  # round 9: the person is given that title only later, in a caption ("Photo: Park Joon-ho,
        later = [introduced_later(d, n) for n, p in d.people.items() if not p.organization and " " in n]
        named = [p for p in later if p and p.organization == org and p.title == title]  # chief executive of X")
    return replace(st, speaker=named[0].speaker) if len(named) == 1 else st


_POST_SIGNATURE = re.compile(r"\s+[—–]\s+((?:" + UPPER + r"[\w’'.-]*\s+){1,5})\(@\w+\)[^\n]*$")


_MEP_HANDLE = re.compile(r"\(@\w*MEP\)")
_MEP_BEFORE = re.compile(r"\b(?:an?|one\s+of\s+the)\s+MEPs?\b[^\n]*\s*$")


def post(d: Discourse, text: str, masked: str, para: Span) -> tuple[Statement, Source] | None:
    """An embedded social post that attributes nothing inside it: the post is its author's own words."""
    sig = _POST_SIGNATURE.search(masked, para.start, para.end)
    if not sig or sig.start() - para.start < 10:
        return None
    src = d.resolve(sig.group(1).strip(), sig.start(1))
    if src is None or not (src.speaker or src.organization) or src.anonymous:  # session 5: an organization's
        return None  # own account posts too ("— China COSCO Shipping (@COSCO_Shipping) June 4")
    known = d.registry.org(src.organization) if src.organization and not src.speaker else None
    if known and known.kind == "media":
        return None  # a news agency's post reports others' news; it is not the agency's stance
    if not src.organization and (_MEP_HANDLE.search(masked, sig.end(1), para.end) or
                                 _MEP_BEFORE.search(text, max(0, para.start - 200), para.start)):
        src = replace(src, organization="European Parliament", country="EU")  # round 9: "@XMEP", "one of the MEPs"
    src = d.remember(src)
    st = make_statement(text, (para.start, sig.start()), "direct", src)
    return (st, src) if st is not None else None


def infinitive_subject(masked: str, s0: int, vs: int, ve: int, s1: int) -> tuple[int, int] | None:
    """The subject of "X used the results call to announce that ...": the name before the sentence's first
    verb, after a leading "Instead," or dateline."""
    if not re.search(r"\bto\s+$", masked[s0:vs]) or not re.match(r"\s+that\s", masked[ve:s1]):
        return None
    start = after_dateline(masked, s0, vs)
    lead = re.match(r"\s*[A-Z][a-z]+,\s+", masked[start:vs])  # "Instead, ..."
    start += lead.end() if lead else 0
    first = re.search(r"\s([a-z]+(?:ed|s))\s", masked[start:vs])
    if not first:
        return None
    subj = subject_before(masked, start, start + first.start(1))
    if subj and re.fullmatch(r"\s*(?:(?:The|A|An|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}", masked[start:subj[0]]):
        return start + len(masked[start:subj[0]]) - len(masked[start:subj[0]].lstrip()), subj[1]
    return None


_LEADING_TITLE = re.compile(r"(?:[A-Za-z-]+\s+){1,3}(?=" + UPPER + r"[\w’'-]+\s+" + UPPER + r")")


def named_before(d: Discourse, text: str, p0: int, q0: int) -> Source | None:
    """A person met before, named as the subject of the sentence just before a quote in its paragraph
    ("Asked what he would tell policymakers, Nakagawa paused. “Be careful. ...”")."""
    before = text[p0:q0]
    if "“" in before or '"' in before or not re.search(r"[.!?:]\s*$", before):
        return None
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", before.strip())[-1]
    lead = _LEADING_TITLE.match(last)  # round 9: "Chief executive Fiona Whitlock was blunt on the call."
    if lead and all(w.lower() in TITLE_WORDS for w in lead.group(0).split()):
        last = last[lead.end():]
    found = None
    for m in re.finditer(r"(?:^|,\s+)(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+){0,2})(?:,\s+[^,“\"]{3,60},)?\s+[a-z]",
                         last):  # round 9: "Vivian Lau, Keystone's head of strategy, put it more sharply ..."
        person = d._by_surname(m.group(1).split()[-1])
        found = person if person and person.speaker else found
    return found


# Round 8: a transcript label that is the publication or its interviewer asks, never answers
_ASKER_WORDS = ORG_SUFFIXES | frozenset("review magazine herald tribune gazette weekly monthly quarterly reporter "
                                        "interviewer editor host moderator q".split())
_ANSWER = re.compile(r"(" + UPPER + r"[\w’'.-]+(?:\s+" + UPPER + r"[\w’'.-]+){0,2}|A):\s+(?=\S)")  # "MR. OKAFOR:"


_LABEL_TITLES = TITLE_WORDS | HONORIFICS | frozenset("ranking member chairman chairwoman chair".split())


def shouted(d: Discourse, label: str) -> Source | None:
    """Session 6: an upper-case transcript label ("LORNE BAPTISTE", "CHAIRMAN MOOLENAAR", "SAYERS"): the person
    met before whose full name, or surname after a leading title, it spells."""
    if not label.isupper() or len(label) < 3:
        return None
    words = [w.capitalize() for w in label.split()]  # "MR." -> "Mr."
    name = " ".join(words)
    found = d.people.get(name) or next((s for n, s in d.people.items() if n.upper() == label and n != label), None)
    by_surname = len(words) == 1 or all(w.lower().rstrip(".") in _LABEL_TITLES for w in words[:-1])  # "SMITH",
    if found is None and by_surname and words[-1].lower() not in _ASKER_WORDS | TITLE_WORDS:  # "MR. SMITH",
        # "CHAIRMAN SMITH", "RANKING MEMBER SMITH"; not "DAVID SMITH" (another Smith)
        found = next((s for n, s in reversed(d.people.items())
                      if n != label and n.split()[-1].upper() == label.split()[-1]), None)
    return found if found is not None and found.speaker else None


def interviewee(d: Discourse, text: str, first_q: int) -> Source | None:
    """Session 13: who answers the "A:" paragraphs: of the people the introduction (before the first "Q:")
    names, the one the article names most by surname (the first of them on a tie); else the person last
    introduced."""
    intro = text[:first_q]
    met = [p for n, p in d.people.items() if p.speaker and n in intro and " " in n]
    if not met:
        return d.last_person
    count = {p.speaker: len(re.findall(r"\b" + re.escape(p.speaker.split()[-1]) + r"\b", text)) for p in met}
    return max(met, key=lambda p: count[p.speaker])


def answer(d: Discourse, text: str, para: Span) -> tuple[Statement, Source] | None:
    """A transcript answer, "Lopez: We will stay ..." (a person met before) or "A: ..." after a "Q:"
    paragraph (the person last introduced): the rest of the paragraph is their direct statement."""
    m = _ANSWER.match(text, para.start, para.end)
    if not m:
        return None
    if m.group(1) == "A":
        asked = re.search(r"(?:^|\n)Q:\s", text[:para.start])
        src = interviewee(d, text, asked.start()) if asked else None
    else:
        name = m.group(1)
        if name.split()[-1].lower() in _ASKER_WORDS:  # round 8: "Mumbai Business Review: Why so slow?" asks
            return None
        src = shouted(d, name) or d.people.get(name) or (d._by_surname(name) if " " not in name else None)
    if src is None or not src.speaker:
        return None
    said = text[m.end():para.end].rstrip()
    if said.endswith("?") and not re.search(r"(?<!\b[A-Z][a-z])(?<!\bMrs)(?<!\b[A-Z])[.!]\s", said):  # "Mr. Okafor, how ...?"
        return None  # round 10: a label before a lone question ("BROKER ROUNDUP: Should banks ...?") asks
    st = make_statement(text, (m.end(), para.end), "direct", src)
    return (st, src) if st is not None else None


# Session 6: a transcript's header line, alone on its line, names who speaks in the paragraphs below it
# ("Dana Whitfield, Chief Executive Officer:" then the answer), as earnings-call transcripts print them
_HEADER = re.compile(r"((?:" + UPPER + r"[\w’'.-]*[ \t]+){0,3}" + UPPER + r"[\w’'.-]*)(?:,[ \t]+([^:,\n]{2,60}))?"
                     r"(?:,[ \t]+" + UPPER + r"[\w&’'.-]*(?:[ \t]+(?:and|of|for|&|" + UPPER + r"[\w&’'.-]*))*)?"
                     r":[ \t]*(?:\n|$)")  # session 7: "X, Executive Officer, Metals and Mineral Resources:"
_NOT_A_SPEAKER = frozenset("operator moderator host interviewer question questions answer q a editor note".split())
_FIRM_TITLE = re.compile(r"\b(?:chief|officer|president|chair(?:man|woman)?|head|director|treasurer|founder|"
                         r"vice|executive|cfo|ceo|coo)\b", re.I)


def header_speaker(d: Discourse, text: str, para: Span) -> tuple[Source, int] | None:
    """A transcript header line opening the paragraph ("Sophie Aubertin, Chief Executive Officer:" on its own
    line): who speaks, and where the words start (the paragraph's end when the header stands alone). A
    company officer the header names only by title speaks for the company the story opened with; an
    operator, host or interviewer line is no speaker, and neither is an organization ("Nomura:")."""
    m = _HEADER.match(text, para.start, para.end)
    if not m:
        return None
    name, title = m.group(1), m.group(2)
    met = d.people.get(name)
    if name.split()[-1].lower() in _NOT_A_SPEAKER | _ASKER_WORDS or \
            (title is None and not (met and (met.title or met.organization))):
        return None  # an untitled header ("Key Takeaways:") speaks only when it names a person introduced before
    bare_title = title is not None and _FIRM_TITLE.search(title) and not re.search(r"\b(?:of|at|for)\b", title)
    src = d.resolve(name if title is None or bare_title else f"{name}, {title}", para.start)
    if src is None or not src.speaker or src.anonymous:
        return None
    if bare_title and not (d.people.get(src.speaker) and d.people[src.speaker].organization):
        firm = next((o for o in d.org_history if o.organization), None)  # the company of the call
        if firm is not None:
            src = replace(src, organization=firm.organization, country=firm.country, title=title.lower())
    src = d.remember(src)
    body = m.end()
    while body < para.end and text[body].isspace():
        body += 1
    return src, body


_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I(?=\s+[a-z’'])|[Ww]e|[Oo]ur|[Mm]y|us|me)(?![\w’'-])")  # not "Phase I"
_NOT_AN_ANSWER = re.compile(r"@|\bcontributed\s+reporting\b|\bedited\s+for\b|\b[Cc]ontact\s+us\b")
_LABEL = re.compile(r"^[ \t]*(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*:[ \t]")


def answer_goes_on(text: str, para: Span, previous: Source | None, start: int | None = None,
                   first_person: bool = True) -> tuple[Statement, Source] | None:
    """Session 5: in a transcript, the one paragraph with no label right after a labelled answer goes on with
    that answer when it speaks in the first person and asks nothing ("Sousa Magalhães: They fell ... \n\n But
    we opened two new distributors ..."); not a byline, a reader note or a contact line. Session 6: also the
    words under a transcript header line (from `start`; the first ones need no first person) and each
    paragraph that goes on under it (a narrator's "Shares closed 2 percent higher" does not)."""
    if previous is None:
        return None
    start = para.start if start is None else start
    body = text[start:para.end].strip()
    if not body or _LABEL.match(body) or body.endswith("?") or _NOT_AN_ANSWER.search(body) or \
            first_person and not _FIRST_PERSON.search(re.sub(r"\b[A-Z][\w-]*\s+I\b", "", body)):  # not "Phase I"
        return None
    st = make_statement(text, (start, para.end), "direct", previous)
    return (st, previous) if st is not None else None


def colon_source(d: Discourse, text: str, masked: str, sent: Span, q: Quote) -> Source | None:
    """The speaker of a quote after a colon: "Trade Minister X put it plainly in parliament: “...”",
    "Deshpande's reply: “...”" — the sentence's subject, when it names someone."""
    s0 = after_dateline(masked, sent.start, q.open)
    head = masked[s0:q.open]
    if not re.search(r":\s*$", head) or words(text[q.open:q.close]) < 4:
        return None
    m = _REPLY.match(head)
    subj = (s0, s0 + m.end(1)) if m else sentence_subject(masked, s0, s0 + head.rfind(":"))
    if subj is None and not m:  # round 9: "X, chief executive of Y, was blunt: “...”" (an appositive first)
        subj = leading_subject(masked, s0, s0 + head.rfind(":"))
    if subj is None or ":" in masked[subj[0]:subj[1]]:
        return None
    src = d.resolve(text[subj[0]:subj[1]], subj[0])
    return src if src is not None and src.known and not src.anonymous else None


def interrupted(text: str, masked: str, s0: int, s1: int, subj_start: int, ve: int) -> tuple[int, int] | None:
    """A clause interrupted by its attribution: "The move, Berg added, was purely commercial." The span is
    the whole clause, attribution included, since a statement is one stretch of text."""
    start = after_dateline(masked, s0, subj_start)
    head = masked[start:subj_start]
    if not re.fullmatch(r"[^,;:“”\"]{3,60},\s*", head) or len(head.split()) > 8:
        return None
    if not re.match(r",\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|will|would|could|should|can|may|might|must|has|had|"
                    r"have|remains|remained|made|makes|did|does)\b", masked[ve:s1]) and \
            not _CLAUSE_GOES_ON.match(masked, ve, s1):
        return None
    return trim(text, masked, start, s1)


# Round 8: "Those plants, he said, still serve ...", "China, he added, welcomed ...": any verb carries the clause on
_CLAUSE_GOES_ON = re.compile(r",\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+|already\s+|even\s+)?"
                             r"(?!(?:the|a|an|in|on|at|for|to|of|and|but|or|it|he|she|they|we|i|you|this|that|these|"
                             r"those|with|by|from|as|not|there|if|when|while|because|so|then|who|which)\b)[a-z]+\b")


def interrupted_inverted(text: str, masked: str, s0: int, s1: int, vs: int, subj_end: int) -> tuple[int, int] | None:
    """Round 7: a clause interrupted by an inverted attribution: "The deal, argued Sophie Marchetti, an analyst
    at X, locks in cash flow." The span is the whole sentence, attribution included."""
    start = after_dateline(masked, s0, vs)
    head = masked[start:vs]
    if not re.fullmatch(r"[^,;:“”\"]{3,60},\s*", head) or len(head.split()) > 8 or not head[:1].isupper():
        return None
    if not re.match(r",\s+(?:[a-z]+ly\s+)?[a-z]+\b", masked[subj_end:s1]):
        return None
    return trim(text, masked, start, s1)


def make_statement(text: str, span: tuple[int, int], kind: str, src: Source) -> Statement | None:
    s, e = span
    sig = SIGNATURE.search(text[s:e])
    if sig:
        e = s + sig.start()
    body = text[s:e]
    refusal = NON_STATEMENT.search(body)
    cut = body.rfind(" and ", 0, refusal.start()) if refusal and kind == "reported" else -1
    if cut > 0 and not body[cut + 5:refusal.start()].strip():  # "said A and declined to comment on B": A
        e = s + cut
        body = text[s:e]
    refusal = NON_STATEMENT.search(body)
    if refusal and re.search(r"\bbut\s+(?:that\s+)?\w", body[refusal.end():]):
        refusal = None  # session 8: "does not comment on contracts but that Singapore remains open": it says something
    if words(body) < (2 if kind == "direct" else 3) or refusal or re.fullmatch(r"[\W\d_]*", body):
        return None
    return Statement(s, e, body, kind, src.speaker, src.organization, src.country)
