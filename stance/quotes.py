"""Direct quotations: pair quotation marks per paragraph and mask their contents.

Marks are paired within a paragraph; a quote left open at a paragraph's end is
returned unclosed (news style continues it in the next paragraph). Masking
replaces a quote's words by "x" so that sentence splitting and the search for
reporting verbs never look inside a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import paragraphs

_OPEN, _CLOSE = "“", "”"


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


_NICKNAME_AT = re.compile(r"[\"“][A-Z][\w’'-]{1,20}[\"”]\s+[A-Z]")


def mask(text: str, quotes: list[Quote]) -> str:
    """Replace quote contents by 'x', keeping the first character and a final .!? so sentences still split."""
    chars = list(text)
    for q in quotes:
        s, e = q.content
        if _NICKNAME_AT.match(text, q.open) and re.search(r"[^\W\d_]\s$", text[max(0, q.open - 2):q.open]):
            for k in range(q.open - 1, q.close + 1):  # session 8: 'Ramon "Monching" Dela Paz': the nickname and
                chars[k] = " "  # its marks go, so that the name reads on as one
            continue
        keep = e
        while keep > s and chars[keep - 1] in ".!?,":
            keep -= 1
        for k in range(s + 1, keep):  # the first character stays: it may start a sentence
            if chars[k] != "\n":
                chars[k] = "x"
    return "".join(chars)


def inside_quote(pos: int, quotes: list[Quote]) -> bool:
    return any(q.open < pos < q.close for q in quotes)


def words(s: str) -> int:
    return len(re.findall(r"\w+", s))
