"""Find attributed statements in an article: direct quotes and reported speech.

A rule-based method in the line of textacy's ``direct_quotations`` and the
quote extractors of the Gender Gap Tracker and Citron, extended to reported
speech: quotation marks are paired per paragraph (a quote left open at a
paragraph's end runs on into the next), quote contents are masked so that
sentence splitting and verb search never look inside them, then each
reporting verb ("said", "told", "telling", "according to", ...) is tied to the
subject phrase before it (or after it, in "..., said X.") and to the content
after it (or before it, when the attribution closes the sentence).

Limits: one speaker per statement; a statement interrupted by its attribution
mid-sentence keeps only the part before the attribution; anonymous sources are
dropped; nominal attributions without a verb ("X's push to ...") are not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .records import Statement
from .registry import Registry
from .sources import Discourse, Source, _TITLE_WORDS, _CONNECTORS
from .text import Span, paragraphs, sentences
from .vocab import (ADDRESSEES, MONTHS, NON_STATEMENT_PATTERNS, OBJECT_VERBS, ORG_ANAPHORS, REPORTING_FINITE,
                    REPORTING_PARTICIPLE, TITLES, WEEKDAYS)

_OPEN, _CLOSE = "“", "”"
_VERB = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(REPORTING_FINITE | REPORTING_PARTICIPLE, key=len,
                                                      reverse=True)) + r")(?![\w’'-])")
_ACCORDING = re.compile(r"(?:^|(?<=[\s,]))[Aa]ccording\s+to\s+")
_NON_STATEMENT = re.compile("|".join(NON_STATEMENT_PATTERNS), re.I)
_ADVERBS = frozenset("also later separately previously once again repeatedly recently earlier reportedly "
                     "then further publicly privately".split())
_PRONOUN_END = re.compile(r"(?<![\w’'])(he|she|it|they|him|her|them)\s*$")
_ANAPHOR_END = re.compile(r"(?<![\w’'])((?:[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(ORG_ANAPHORS) + r"))\s*$")
_ADJUNCT_START = frozenset("on in at during last this earlier later late after before while when via over "
                           "through to yesterday today".split())
_TIME_WORDS = frozenset(MONTHS + WEEKDAYS + "week month year quarter morning afternoon evening night "
                        "weekend visit trip briefing conference interview statement call meeting".split())
_APPOSITIVE = re.compile(
    r"(?:[A-ZÀ-Ý][\w’'.-]*\s+){1,3}[A-ZÀ-Ý][\w’'.-]*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(re.escape(t) for t in TITLES) + r")\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^,;]*?(?=,|;|\.\s|\.?$)")
_SIGNATURE = re.compile(r"\s*[—–-]{1,2}\s*[^\n]*\(@\w+\)[^\n]*$")


@dataclass(frozen=True)
class Quote:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when left open
    closed: bool

    @property
    def content(self) -> tuple[int, int]:
        return self.open + 1, self.close


def find_quotes(text: str) -> list[Quote]:
    """Pair double quotation marks within each paragraph."""
    quotes = []
    for para in paragraphs(text):
        i, end = para.start, para.end
        opened = None
        while i < end:
            ch = text[i]
            if opened is None and (ch == _OPEN or ch == '"'):
                opened = i
            elif opened is not None and (ch == _CLOSE or (ch == '"' and text[opened] == '"')):
                quotes.append(Quote(opened, i, True))
                opened = None
            elif opened is not None and ch == _OPEN and text[opened] == _OPEN:
                opened = i  # a stray opening mark: restart from the newer one
            i += 1
        if opened is not None:
            quotes.append(Quote(opened, end, False))
    return quotes


def mask(text: str, quotes: list[Quote]) -> str:
    """Replace quote contents by 'x', keeping the first character and a final .!? so sentences still split."""
    chars = list(text)
    for q in quotes:
        s, e = q.content
        keep = e
        while keep > s and chars[keep - 1] in ".!?,":
            keep -= 1
        for k in range(s + 1, keep):  # the first character stays: it may start a sentence
            if chars[k] != "\n":
                chars[k] = "x"
    return "".join(chars)


class Extractor:
    """Extracts statements from article text. Holds only immutable data (the registry)."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def extract(self, text: str) -> list[Statement]:
        return sorted(set(self._extract(text)), key=lambda s: (s.start, s.end))

    def _extract(self, text: str) -> Iterator[Statement]:
        quotes = find_quotes(text)
        masked = mask(text, quotes)
        d = Discourse(self.registry, text)
        used_quotes: set[int] = set()
        prev_para_open: Source | None = None
        last_quote_src: Source | None = None
        for para in paragraphs(masked):
            para_quotes = [q for q in quotes if para.start <= q.open < para.end]
            # A paragraph that opens with a quote continuing an unclosed one.
            if prev_para_open and para_quotes and para_quotes[0].open == para.start:
                yield from self._quote_statement(text, para_quotes[0], prev_para_open)
                used_quotes.add(para_quotes[0].open)
                last_quote_src = prev_para_open
            prev_para_open = None
            for sent in sentences(masked, para):
                self._introduce(d, masked, sent)
                sent_quotes = [q for q in para_quotes if sent.start <= q.open < sent.end]
                found = list(self._attributions(d, text, masked, sent, sent_quotes, used_quotes))
                for st, src in found:
                    yield st
                    d.spoke(src)
                    if st.kind == "direct":
                        last_quote_src = src
                # A sentence-initial quote with no attribution continues the last quoted speaker.
                for q in sent_quotes:
                    if q.open in used_quotes:
                        continue
                    if q.open == sent.start and last_quote_src and _words(text[q.open:q.close]) >= 4:
                        yield from self._quote_statement(text, q, last_quote_src)
                        used_quotes.add(q.open)
            if para_quotes and not para_quotes[-1].closed and para_quotes[-1].open in used_quotes:
                prev_para_open = last_quote_src
            elif para_quotes and not para_quotes[-1].closed and last_quote_src:
                prev_para_open = None

    # -- people introduced in passing ---------------------------------------
    def _introduce(self, d: Discourse, masked: str, sent: Span) -> None:
        for m in _APPOSITIVE.finditer(sent.text):  # "Maria Lopez, chief executive of Northwind Corp.,"
            src = d._parse(m.group(0), sent.start + m.start())
            if src and src.speaker and " " in src.speaker and src.speaker not in d.people:
                d.remember(src)
        for m in re.finditer(r"[^\s,;:()]+(?:\s+[^\s,;:()]+)*", sent.text):
            for part in re.split(r"\s+and\s+", m.group(0)):
                phrase = _mention_run(part)
                if not phrase or len(phrase.split()) < 2:
                    continue
                src = d._parse(phrase, sent.start + m.start())
                if src and src.speaker and " " in src.speaker and src.speaker not in d.people:
                    d.remember(src)
                elif src and src.organization and not src.speaker:
                    d.remember(src)

    # -- attributions ----------------------------------------------------------
    def _attributions(self, d: Discourse, text: str, masked: str, sent: Span, sent_quotes: list[Quote],
                      used: set[int]) -> Iterator[tuple[Statement, Source]]:
        s0, s1 = sent.start, sent.end
        verbs = [(s0 + m.start(), s0 + m.end(), m.group(1)) for m in _VERB.finditer(masked[s0:s1])]
        verbs = [v for v in verbs if not _inside_quote(v[0], sent_quotes)]
        # Subjects of all verbs first: a clause ends where the next attribution's subject begins.
        subjects = []
        prev_src: Source | None = None
        for vs, ve, verb in verbs:
            subj = _subject_before(masked, s0, vs)
            inverted = False
            if subj is None and verb in REPORTING_FINITE:
                subj = _subject_after(masked, ve, s1)
                inverted = subj is not None
            src = d.resolve(text[subj[0]:subj[1]], subj[0]) if subj else None
            if src is None and verb in REPORTING_PARTICIPLE and prev_src is not None and \
                    re.search(r",\s*$", masked[s0:vs]):
                src, subj = prev_src, (vs, vs)  # "..., adding that ..." continues the last speaker
            subjects.append((vs, ve, verb, subj, inverted, src))
            if src is not None:
                prev_src = src
        for i, (vs, ve, verb, subj, inverted, src) in enumerate(subjects):
            if src is None or not (src.known or src.anonymous or src.country):
                continue
            src = d.remember(src) if src.speaker or src.organization else src
            # Quotes tied to this attribution: just before the subject/verb, or right after it.
            tied = [q for q in sent_quotes if q.open not in used and _quote_tied(masked, q, vs, ve, subj)]
            if tied:
                for q in tied:
                    used.add(q.open)
                    if not src.anonymous:
                        for st in self._quote_statement(text, q, src):
                            yield st, src
                continue
            nxt = next((sj[0] for (_, _, _, sj, _, sr) in subjects[i + 1:] if sj and sr is not None
                        and sj[0] > ve), s1)
            span = _content_after(text, masked, ve, nxt, verb) if not inverted else None
            if span is None or span[1] - span[0] < 3:
                start_front = subj[0] if subj and not inverted else vs
                if subj and subj[0] < vs and not inverted:
                    start_front = subj[0]
                span = _content_before(text, masked, s0, start_front, sent_quotes)
            if span is None or src.anonymous:
                continue
            st = _statement(text, span, "reported", src)
            if st is not None:
                yield st, src
        if not verbs:
            yield from self._according_to(d, text, masked, sent)

    def _according_to(self, d: Discourse, text: str, masked: str, sent: Span) -> Iterator[tuple[Statement, Source]]:
        s0, s1 = sent.start, sent.end
        m = _ACCORDING.search(masked[s0:s1])
        if not m:
            return
        a0, a1 = s0 + m.start(), s0 + m.end()
        rest = masked[a1:s1]
        if a0 == s0:  # "According to X, CLAUSE."
            comma = rest.find(",")
            if comma < 0:
                return
            subj = (a1, a1 + comma)
            span = _trim(text, masked, a1 + comma + 1, s1)
        else:  # "CLAUSE, according to X."
            stop = re.search(r"[,.;]\s|[.;]$|$", rest)
            subj = (a1, a1 + stop.start())
            span = _trim(text, masked, s0, a0)
        src = d.resolve(text[subj[0]:subj[1]], subj[0])
        if src is None or src.anonymous or not src.known or span is None:
            return
        st = _statement(text, span, "reported", d.remember(src))
        if st:
            yield st, src

    def _quote_statement(self, text: str, q: Quote, src: Source) -> Iterator[Statement]:
        s, e = q.content
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if _words(text[s:e]) < 2:
            return
        st = _statement(text, (s, e), "direct", src)
        if st is not None:
            yield st


# -- helpers -------------------------------------------------------------------

def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _inside_quote(pos: int, quotes: list[Quote]) -> bool:
    return any(q.open < pos < q.close for q in quotes)


def _accept(word: str, have: bool) -> bool:
    bare = re.sub(r"^[“\"(]+|[,.;:)”\"]+$", "", word)
    bare = re.sub(r"['’]s?$", "", bare)
    if not bare:
        return False
    low = bare.lower()
    if bare[0].isupper() or bare[0] in "#@":
        return True
    if low in _TITLE_WORDS or low in _CONNECTORS:
        return True
    return not have and low in _ADVERBS


def _mention_run(part: str) -> str | None:
    words = part.split()
    run: list[str] = []
    for w in words:
        if _accept(w, bool(run)) and w.lower() not in _ADVERBS:
            run.append(w)
        elif run:
            break
    while run and run[0].lower() in _CONNECTORS:
        run.pop(0)
    while run and run[-1].lower() in _CONNECTORS:
        run.pop()
    return " ".join(run) if run else None


def _subject_before(masked: str, s0: int, vs: int) -> tuple[int, int] | None:
    """The subject phrase ending right before a verb at `vs` (sentence starts at s0)."""
    prefix = masked[s0:vs]
    for pat in (_PRONOUN_END, _ANAPHOR_END):
        m = pat.search(prefix)
        if m:
            return s0 + m.start(1), s0 + m.end(1)
    # Appositive: "Maria Lopez, chief executive of Northwind Corp., said"
    m = re.search(r"((?:[A-ZÀ-Ý][\w’'.-]*\s+){0,3}[A-ZÀ-Ý][\w’'.-]*)\s*,\s*((?:an?\s+|the\s+)?[^,“”]{2,90}?),\s*$",
                  prefix)
    if m and any(w.lower().strip(".") in _TITLE_WORDS for w in m.group(2).split()):
        return s0 + m.start(1), s0 + m.end(2)
    tokens = list(re.finditer(r"\S+", prefix))
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
        if w.lower() in _ADVERBS and adverbs_only:
            continue
        adverbs_only = False
        if end is None:
            end = s0 + tok.end()
        start = s0 + tok.start()
    if start is None:
        return None
    phrase = masked[start:end]
    lead = re.match(r"^(?:(?:and|of|for|at|from|in|on|the|a|an)\s+)+", phrase, re.I)
    if lead and not re.match(r"^(?:the|an?)\s+\w+\s+(?:from|of|for|at)\b", phrase, re.I):
        start += lead.end()
    if start >= end or not re.search(r"[A-ZÀ-Ý]|\b(?:" + "|".join(_TITLE_WORDS) + r")\b", masked[start:end]):
        return None
    return start, end


def _subject_after(masked: str, ve: int, s1: int) -> tuple[int, int] | None:
    """The subject after an inverted verb: "..., said an official from X." """
    if not re.match(r"[\s,]*[^\s]", masked[ve:s1]):
        return None
    tokens = list(re.finditer(r"\S+", masked[ve:s1]))
    start = end = None
    for tok in tokens:
        w = tok.group(0)
        if not _accept(w, start is not None):
            break
        if start is None:
            start = ve + tok.start()
        end = ve + tok.end()
        if w.endswith((",", ".", ";", ":")):
            end -= 1
            break
    if start is None:
        return None
    return start, end


def _quote_tied(masked: str, q: Quote, vs: int, ve: int, subj: tuple[int, int] | None) -> bool:
    left = subj[0] if subj and subj[0] < vs else vs
    right = subj[1] if subj and subj[0] > ve else ve
    if q.closed and q.close < left and re.fullmatch(r"[\s,”\"]*", masked[q.close + 1:left]):
        return True  # “...,” she said / “...,” said X
    between = masked[right:q.open]
    return q.open >= right and re.fullmatch(r"\s*(?:(?:on|in|at|during|last|this)\s+[^“\"]{0,40}?)?[,:]\s*", between) is not None


def _content_after(text: str, masked: str, ve: int, stop: int, verb: str) -> tuple[int, int] | None:
    """The reported content after a verb, up to `stop` (the next attribution or sentence end)."""
    rest = masked[ve:stop]
    offset = 0
    that = re.search(r"\bthat\s+", rest)
    head = rest[:that.start()] if that else ""
    if that and (verb.startswith("tel") or verb.startswith("told") or _adjunct_only(head)):
        offset = that.end()
    elif verb in ("told", "tells", "telling"):
        m = re.match(r"\s+((?:[\w’'.-]+\s+){0,6}?(?:" + "|".join(ADDRESSEES) + r")(?:\s+[A-Z][\w’'.-]*)*)\s+", rest)
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
    return _trim(text, masked, ve + offset, stop)


def _adjunct_only(head: str) -> bool:
    words = head.split()
    return not words or (words[0].lower().strip(",") in _ADJUNCT_START and len(words) <= 8)


def _content_before(text: str, masked: str, s0: int, stop: int, quotes: list[Quote]) -> tuple[int, int] | None:
    """Fronted content: "CLAUSE, X said." — from sentence start to the comma before X."""
    head = masked[s0:stop]
    m = re.search(r",\s*$", head)
    if not m:
        return None
    return _trim(text, masked, s0, s0 + m.start())


def _trim(text: str, masked: str, s: int, e: int) -> tuple[int, int] | None:
    """Strip connectors, trailing sources and time adjuncts, and edge punctuation."""
    seg = masked[s:e]
    m = re.search(r",?\s+according\s+to\s+[^,.;]*[.;]?\s*$", seg)
    if m:
        e = s + m.start()
    e = _strip_time_adjunct(masked, s, e)
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
    m = re.search(r"(?:,?\s+(?:during|on|at|in|last|this|earlier|late|later|yesterday|today)\b[^,;:“”\"]{0,45})$", seg)
    if m and any(w.lower().strip(".,") in _TIME_WORDS for w in m.group(0).split()[1:]) and \
            not re.search(r"\b(?:will|would|to|that)\b", m.group(0)):
        return s + m.start()
    return e


def _statement(text: str, span: tuple[int, int], kind: str, src: Source) -> Statement | None:
    s, e = span
    sig = _SIGNATURE.search(text[s:e])
    if sig:
        e = s + sig.start()
    body = text[s:e]
    if _words(body) < 3 or _NON_STATEMENT.search(body) or re.fullmatch(r"[\W\d_]*", body):
        return None
    return Statement(s, e, body, kind, src.speaker, src.organization, src.country)
