"""What was said: the span of a reported clause around its reporting verb.

After the verb: skip "that", an addressee ("told reporters that"), a leading
time or setting adjunct ("said on Monday", "said in a statement"). Before it:
the fronted clause up to the comma before the subject, without a dateline.
Both are trimmed of a trailing "according to X", a trailing adjunct headed by
a time word ("on Tuesday", "during a visit"; not "in Poland by the end of next
year") and a trailing comment ("..., a view he repeated", "..., the latest sign
that ..."). Limits: the end of a clause is found by punctuation and the next
attribution, not by parsing, so a trailing participle clause (", rejecting
calls to ...") stays in the span.
"""

from __future__ import annotations

import re

from .subjects import ADVERBS
from .vocab import ADDRESSEES, MONTHS, OBJECT_VERBS, WEEKDAYS

_ADJUNCT_START = frozenset("on in at during last this earlier later late after before while when via over "
                           "through to yesterday today".split())
_TIME_WORDS = frozenset(MONTHS + WEEKDAYS + "week month year quarter morning afternoon evening night "
                        "weekend visit trip briefing conference interview statement call meeting".split())
_LEADING_ADJUNCT = re.compile(  # round 10: "told a press conference here on Thursday": "here" too
    r"\s*(?:here\s+)?(?:(?:on|in|at|during|late|earlier|last|this|via|over)\s+(?:[\w’'-]+\s+){0,4}?(?:"
    + "|".join(sorted(_TIME_WORDS, key=len, reverse=True)) + r")s?\b(?![’']s)|yesterday\b|today\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’']s)"  # session 8: "said Monday, a deal"
    r"|in\s+(?:an?\s+)?(?:emailed\s+|written\s+)?(?:response|reply|answer)\s+to\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:questions?|queries|requests?(?:\s+for\s+comment)?)\b"  # session 5: "said in response to questions that"
    r"|in\s+an?\s+(?:emailed|e-mailed|written|brief)\s+(?:comment|statement|response|reply)\b)", re.I)
# round 10: "on Tuesday's third-quarter earnings call" is one adjunct, not "on Tuesday" and a clause "'s ..."
_ADDRESSEES_ALT = "|".join(sorted(ADDRESSEES, key=len, reverse=True))
_PEOPLE_ADDRESSEES = ("reporters|journalists|analysts|investors|lawmakers|legislators|senators|shareholders|"
                      "employees|clients|customers|members|lenders|bankers|regulators|workers|staff|students|"
                      "delegates|diplomats|officials|executives|listeners|viewers|attendees|participants|guests|"
                      "us|me|him|her|them")
_ADDRESSEE = re.compile(r"\s+((?:[\w’'.-]+\s+){0,6}?(?:(?:" + _PEOPLE_ADDRESSEES + r")\b(?!\s+(?:at|of|from)\s+[A-Z])"
                        r"|(?:" + _ADDRESSEES_ALT + r")(?:\s+(?:" + _ADDRESSEES_ALT +
                        r")\b)*(?:\s+[A-Z][\w’'.-]*)*))\s+")  # round 9: "a radio interviewer", both words; "told
# reporters Warsaw would ...": after people addressed, a capitalised word opens the clause
# "told Reuters the tariffs ...", "told the Financial Times it would ...": a named outlet, then the clause
_NAMED_ADDRESSEE = re.compile(r"\s+((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+(?=[a-z])")
# A short prepositional phrase with no verb is an adjunct, not a reported clause.
_PHRASE_ONLY = re.compile(r"(?:on|in|at|during|after|before|via|through|over|about|with|by|from|for)\s+"
                          r"(?:[\w’'-]+\s+){0,4}[\w’'-]+")
_PHRASE_START = re.compile(r"(?:in|on|at|during|via|through|over|with)\s+(?:an?|the|its|their|his|her)\s")
_FINITE = re.compile(r"\b(?:would|will|is|are|was|were|has|have|had|can|could|should|must|may|might|does|did|do|"
                     r"shall|that|it|they|we|he|she)\b")
_QUESTION = re.compile(r"(?:why|how|whether|what|where|when|which|who)\s")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,[^\n]{0,60}?\)\s*(?:--|[-—–])\s*"
                       r"|[A-Z][A-Z.'/-]+(?:\s[A-Z][A-Z.'/-]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+(?:--|[—–-])\s+"  # "MANILA, Dec 5 — "
                       r"|[A-Z][A-Z.'/-]+(?:\s[A-Z][A-Z.'/-]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s+(?:--|[—–-])\s+")
# (session 8: a double hyphen too, "MEXICO CITY -- ")
# round 9: "SEOUL — ", "TOKYO/JAKARTA — ", "LEIPZIG, Germany — " too
_TRAILING_COMMENT = re.compile(
    r",([”\"]?)\s+(?:the|a|an)\s+(?:(?:latest|newest|clearest|strongest|biggest)\b|(?:[\w-]+\s+){0,2}?"
    r"(?:view|sign|signal|indication|reminder|blow|setback|boost)\b)[^;“”\"]*$")


def after_dateline(masked: str, s0: int, e: int) -> int:
    """Where the sentence starts after a dateline: "SEOUL, Sept 14 (Pacific Ledger) - "."""
    date = _DATELINE.match(masked, s0, e)
    return date.end() if date else s0


# Round 11: a subordinate clause opened after a comma ("..., even as rules hit firms that use them")
_CLAUSE_BREAK = re.compile(r",\s+(?:even\s+as|even\s+though|as|while|although|though|because|since|whereas|despite)\s")


_SUBJECT_VERB = re.compile(r"\b(?:he|she|it|they|we|I)\s+(?:would|will|was|were|had|has|have|is|are|could|should|"
                           r"might|did|does|do|can|may|must|planned|wanted|expected)\b")


def content_after(text: str, masked: str, ve: int, stop: int, verb: str) -> tuple[int, int] | None:
    """The reported content after a verb, up to `stop` (the next attribution or sentence end)."""
    rest = masked[ve:stop]
    if verb in ("responded", "responds", "replied", "replies") and re.match(r"\s+to\s", rest):
        return None  # "responded to requests for comment": what it answered, not what it said
    offset = 0
    that = re.search(r"\bthat\s+", rest)
    head = rest[:that.start()] if that else ""
    if that and (verb.startswith("tel") or verb.startswith("told")) and _SUBJECT_VERB.search(head):
        that, head = None, ""  # session 13: "told the Ledger she would vote against any budget that ...": the
        # clause began before a relative "that"
    if that and ((verb.startswith("tel") or verb.startswith("told")) and not _CLAUSE_BREAK.search(head) or
                 _adjunct_only(head)):
        # round 11: "told analysts on Thursday, even as rules hit firms that use them": a "that" past a comma is
        # no complementiser of "told"
        offset = that.end()
    elif verb in ("told", "tells", "telling"):
        m = _ADDRESSEE.match(rest) or _NAMED_ADDRESSEE.match(rest)
        if not m:
            return None
        offset = m.end()
    elif verb in OBJECT_VERBS:
        m = re.match(r"\s+(?:for|on)\s+", rest) if verb.startswith("call") else None
        if verb.startswith("call") and not m:
            return None
        offset = m.end() if m else 0
    elif re.match(r"\s*[,:]", rest):
        return None
    if not that or offset != that.end():
        adj = _LEADING_ADJUNCT.match(masked, ve + offset, stop)
        if adj:  # "said on Tuesday it would ...": skip; "said on Tuesday, despite ...": the content is fronted
            if re.match(r"\s*(?:[,.;:]|$)", masked[adj.end():stop]):
                return None
            offset = adj.end() - ve
    span = trim(text, masked, ve + offset, stop)
    cut = re.search(r",\s+(?:said|says|told|tells|added|adds|argued|warned)\b", masked[span[0]:span[1]]) if span else None
    if cut and verb not in ("said", "says") and re.search(r"\b(?:who|which)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?$",
                                                            masked[max(0, ve - 40):ve - len(verb)]):
        span = trim(text, masked, span[0], span[0] + cut.start())  # session 13: "X, who has urged A, said B": A
    if span and re.match(r"(?:as|while|when|after|before)\s+(?:it|they|he|she)\s+(?!said|says)\w+", masked[span[0]:span[1]]):
        return None  # session 8: "..., the bank said on Thursday as it reported a rise in profit": an occasion
    if span and (_PHRASE_ONLY.fullmatch(masked, span[0], span[1]) or _QUESTION.match(masked, span[0])):
        return None  # "told reporters at the signing ceremony", "explains why ...": no reported clause
    comma = masked.find(",", span[0], span[1]) if span else -1
    if span and _PHRASE_START.match(masked, span[0]) and comma > 0 and not _FINITE.search(masked, span[0], comma) and \
            re.match(r",\s+(?:even\s+)?(?:as|while|when|after|before|though|although)\s", masked[comma:span[1]]):
        return None  # session 8: "said in a disclosure on Tuesday, even as the Senate debates ...": no clause of its own
    if span and _PHRASE_START.match(masked, span[0]) and not _FINITE.search(masked, span[0], span[1]):
        return None  # round 9: "said in a letter to the business secretary", "said in a presentation handed
    return span  # out at the briefing, titled “...”": a long phrase with no verb of its own is no clause


def _adjunct_only(head: str) -> bool:
    words = head.replace(",", " ").split()
    if all(w.lower() in ADVERBS or w.lower() in ("however", "though", "meanwhile", "too") for w in words):
        return True  # "emphasised, however, that"
    later = head.split(",")[1:]  # "on Tuesday, however, that" but not "on Tuesday, as Washington prepares rules that"
    return not words or (words[0].lower().strip(",") in _ADJUNCT_START and len(words) <= 8 and
                         all(len(p.split()) <= 1 and not p.strip().lower().endswith("ing") for p in later))
    # (session 8: nor "this week, arguing that": the participle reports on its own)


def content_before(text: str, masked: str, s0: int, stop: int, quotes: list[Quote]) -> tuple[int, int] | None:
    """Fronted content: "CLAUSE, X said." — from sentence start to the comma before X."""
    head = masked[s0:stop]
    # "CLAUSE, the Swedish Trade Council said"; "CLAUSE, department spokesperson X told"
    m = re.search(r",([”\"]?)\s*(?:(?:the|a|an)\s+)?((?:[a-z][\w-]*(?:['’]s)?\s+){0,2})$", head)  # round 9: "the
    # chipmaker's chief executive said"
    if m and re.search(r"\b(?:where|which|who|that|when|while|as|because|if|and|but|or)\b", m.group(2)):
        return None  # "..., areas where US officials have complained": no fronted clause
    if not m:
        return None
    start = after_dateline(masked, s0, s0 + m.start())
    if m.group(1) and masked[start:start + 1] in "“\"":
        return None  # a whole quote, not a clause with a quoted fragment ('are "a concern," said X')
    end = s0 + m.start() + (1 + len(m.group(1)) if m.group(1) else 0)
    return trim(text, masked, start, end)


def trim(text: str, masked: str, s: int, e: int) -> tuple[int, int] | None:
    """Strip connectors, trailing sources and time adjuncts, and edge punctuation."""
    seg = masked[s:e]
    m = re.search(r",?\s+according\s+to\s+[^,.;]*[.;]?\s*$", seg)
    if m:
        e = s + m.start()
    e = _strip_time_adjunct(masked, s, e)
    m = _TRAILING_COMMENT.search(masked, s, e)
    if m:  # "..., a view he repeated on Tuesday", "..., the latest US brand to shift production"
        e = m.start() + 1 + len(m.group(1))
    seg = masked[s:e]
    m = re.search(r"(?:[\s,;:]|\band\b|\bbut\b|\bwhile\b)*$", seg)
    if m:
        e = s + m.start()
    while e > s and masked[e - 1] in ".;:,— \n" and not (e - 2 >= s and masked[e - 1] == "," and text[e - 2:e] == ",”"):
        e -= 1
    while s < e and masked[s] in " \n,:;—-":
        s += 1
    if e - s < 3:
        return None
    return s, e


def _strip_time_adjunct(masked: str, s: int, e: int) -> int:
    """Drop a trailing "during a visit in March", "last week", "on Tuesday" from a clause."""
    seg = masked[s:e].rstrip(" .")
    m = re.search(r"(?:,?\s+(?:during|on|at|in|last|earlier|late|later|yesterday|today)\b[^,;:“”\"]{0,45})$", seg)
    if not m or re.search(r"\b(?:will|would|to|that)\b", m.group(0)):
        return e
    words = [w.strip(".,") for w in m.group(0).split()]
    if any(w.islower() and re.fullmatch(r"[a-z]{3,}ed", w) for w in words[2:]):
        return e  # session 8: "Egypt's cabinet on Wednesday approved a licence": a verb after the day, no adjunct
    head = [w for w in words[1:] if w.lower() not in ("a", "an", "the", "its", "his", "her", "their")][:2]
    # Headed by a time word ("on Tuesday", "during a visit", "at a regular briefing", "last week"), not by a
    # place ("in Poland by the end of next year", "in Shanghai next year").
    timed = [w.lower() in _TIME_WORDS for w in head]
    if words[0].lower() in ("yesterday", "today") or (timed and timed[0]) or \
            (len(head) == 2 and timed[1] and head[0].islower()):
        return s + m.start()
    return e
