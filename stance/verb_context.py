"""What the masked text around a reporting verb tells: its subject, its quotes, its appositives.

Small readers used while ``extract.py`` ties each reporting verb to a
subject and content: a registry organization ending right before the verb
("China's commerce ministry said", with ", part of ..." and "the province's"
handled), whether a quotation belongs to the attribution ("“...,” she said",
the second half of a split quote) or is a fragment inside a reported clause,
whether a stretch after "according to X," describes the source ("a trade
lawyer at Y", "published by Y"), and a short quoted term ("the so-called
“validated end-user” waiver") that quotes nobody and is read across.

Limits: the registry lookup sees at most 90 characters before the verb; the
description test knows a fixed list of opening words and title heads.
"""
from __future__ import annotations

import re

from .bodies import owned_elsewhere
from .org_context import _TITLE_HEADS
from .quotes import Quote, words
from .registry import Registry
from .vocab import ADDRESSEES


_ADDRESSEE_WORDS = "|".join(sorted(ADDRESSEES, key=len, reverse=True))
_DESCRIPTION = re.compile(r"\s*(?:published|released|compiled|conducted|commissioned|issued|by|from|who|which)\s")
_REGION_OWNER = re.compile(r"\b[Tt]he\s+(?:province|state|city|region|prefecture)['’]s\s+$")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:so-called|the|a|an|its|their|his|her)\s$")
_LOWER_WORD_AFTER = re.compile(r"\s[a-z]")
# ", part of", ", a unit of", ", an arm of" ...: ending a stretch (_PART_OF) or read at a position (_PART_OF_AT)
_PART_OF_WORDS = (r",\s+(?:part|a\s+(?:unit|division|subsidiary|branch|department)|an\s+(?:arm|agency|affiliate|"
                  r"office))\s+of\s")
_PART_OF = re.compile(_PART_OF_WORDS + r"+$")
_PART_OF_AT = re.compile(_PART_OF_WORDS)


def _inline_terms(text: str, masked: str, quotes: list[Quote]) -> str:
    """Round 9: a short quoted term between a determiner and a lower-case noun ("asked whether the
    so-called “validated end-user” waiver would be renewed"), quotes nothing: its marks are blanked in the
    masked text so that subjects and clauses are read across it (its content stays masked)."""
    chars = None
    for q in quotes:
        if not q.closed or words(text[q.open:q.close]) > 4 or \
                not _LOWER_WORD_BEFORE.search(masked, max(0, q.open - 30), q.open) or \
                not _LOWER_WORD_AFTER.match(masked, q.close + 1):
            continue
        chars = chars or list(masked)
        chars[q.open] = chars[q.close] = " "
    return "".join(chars) if chars else masked


def _is_description(segment: str) -> bool:
    """An appositive about the source: "a trade lawyer at X", "published in May by X", "the Ohio-based maker"."""
    if _DESCRIPTION.match(segment):
        return True
    words = segment.split()
    return bool(words) and words[0].lower() in ("a", "an", "the") and len(words) <= 12 and \
        any(w.lower().strip(".,") in _TITLE_HEADS or "-based" in w for w in words)


def _registry_subject(registry: Registry, masked: str, s0: int, vs: int) -> tuple[int, int] | None:
    """The longest registry organization ending right before the verb (commas and lower case allowed)."""
    lo = max(s0, vs - 90)
    end = lo + len(masked[lo:vs].rstrip(" ,"))  # "the regulator, the China Securities Regulatory Commission, said"
    if end <= lo or not masked[end - 1].isalnum():
        return None
    for m in re.finditer(r"(?<!\S)\S", masked[lo:end]):
        hit = registry.org_at(masked, lo + m.start(), end)
        if hit and hit.end() == end and owned_elsewhere(registry, masked, hit.start(), hit.end()):
            return None  # session 13: "Guangdong's commerce department said": not the US department
        if hit and hit.end() == end:
            part = _PART_OF.search(masked, max(s0, hit.start() - 60), hit.start())
            if part:  # round 8: "the Department of X, part of India's Ministry of Y, said": the department speaks
                head = re.search(r"(?:^|,\s+|\.\s+)(?:[Tt]he\s+)?([A-Z][^,]*)$", masked[s0:part.start()])
                return (s0 + head.start(1), part.start()) if head else None
            mission = re.search(r"[A-Z][\w ]*?['’]s\s+(?:Permanent\s+)?Mission\s+to\s+(?:the\s+)?$",
                                masked[max(s0, hit.start() - 40):hit.start()])
            if mission:  # session 13: "China's Mission to the EU said": the mission, not the EU
                return max(s0, hit.start() - 40) + mission.start(), end
            region = _REGION_OWNER.search(masked, max(0, hit.start() - 30), hit.start())
            return (region.start() if region else hit.start()), end  # "the province's commerce department"
    return None


def _quote_tied(masked: str, s0: int, q: Quote, vs: int, ve: int, subj: tuple[int, int] | None) -> bool:
    left = subj[0] if subj and subj[0] < vs else vs
    right = subj[1] if subj and subj[0] > ve else ve
    if q.closed and q.close < left and re.fullmatch(r"[\s,”\"]*(?:[Tt]he\s+)?", masked[q.close + 1:left]) and \
            re.fullmatch(r"[\s”\"]*|.*[:.!?—–-]\s*", masked[s0:q.open]):
        return True  # “...,” she said / “...,” said X — not a fragment quoted inside a reported clause
    between = masked[right:q.open]  # "..., X told reporters in Brussels, “B.”": the second half of a split quote
    return q.open >= right and re.fullmatch(r"\s*(?:(?:" + _ADDRESSEE_WORDS + r")\s+)?"
                                            r"(?:(?:on|in|at|during|last|this)\s+[^“\"]{0,40}?)?[,:]\s*",
                                            between) is not None
