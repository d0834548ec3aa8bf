"""Read articles from files, folders, stdin and URLs.

Inputs: ``.txt`` (metadata in a same-named ``.json``: title, source, url,
published, language), ``.html`` (main text, title, date and source extracted
with trafilatura), ``.jsonl`` and ``.csv`` with one article per row (``text``
required), folders (searched recursively), ``-`` for stdin, and ``http(s)``
URLs of an article or of an RSS/Atom feed (see ``fetch``). Every reader yields
``Article`` or ``InputError`` values, so one bad item never stops the others.

An article's id is a hash of its normalised text (Unicode NFC, whitespace
folded, case-folded), so the same text ingested twice, or from two sources, is
stored once.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article

MAX_ARTICLE_BYTES = 2_000_000
MAX_FILE_BYTES = 200_000_000  # a .jsonl/.csv of many articles
_META_KEYS = ("title", "source", "url", "published", "language")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")


class InputError(Exception):
    """One input that cannot be read; the message names the path and the reason."""


class MissingInput(InputError):
    """A path that does not exist or cannot be opened at all."""


@dataclass
class Summary:
    articles_added: int = 0
    duplicates: int = 0
    statements: int = 0
    errors: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"{self.articles_added} articles added, {self.duplicates} already stored, "
                 f"{self.statements} statements found, {len(self.errors)} errors"]
        lines += [f"  error: {e}" for e in self.errors]
        return "\n".join(lines)


def article_id(text: str) -> str:
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()
    return hashlib.sha256(norm.encode()).hexdigest()[:20]


def decode(data: bytes, where: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{where}: broken UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise InputError(f"{where}: not text in UTF-8 or Windows-1252")
    return text


def _read_bytes(path: Path, cap: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > cap:
            raise InputError(f"{path}: {size} bytes, over the {cap}-byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise MissingInput(f"{path}: cannot read ({exc.strerror or exc})") from None


def _published(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(value).strip())
    if not m:
        raise InputError(f"{where}: 'published' must be a date YYYY-MM-DD, not {str(value)[:40]!r}")
    return m.group(1)


def make_article(text: str, where: str, file_name: str | None, meta: dict) -> Article:
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: empty article text")
    if len(text.encode("utf-8", "replace")) > MAX_ARTICLE_BYTES:
        raise InputError(f"{where}: article over the {MAX_ARTICLE_BYTES}-byte limit")
    clean = {k: (str(meta[k]).strip() or None) if meta.get(k) is not None else None for k in _META_KEYS}
    return Article(article_id(text), text, file_name=file_name, title=clean["title"], source=clean["source"],
                   url=clean["url"], published=_published(clean["published"], where), language=clean["language"])


# -- readers -------------------------------------------------------------------

def read_txt(path: Path) -> Article:
    """A .txt article with its optional same-named .json metadata."""
    text = decode(_read_bytes(path, MAX_ARTICLE_BYTES), str(path))
    meta: dict = {}
    meta_path = path.with_suffix(".json")
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{meta_path}: metadata is not valid JSON ({exc})") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{meta_path}: metadata must be a JSON object")
        meta = loaded
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return make_article(text, str(path), path.name, meta)



def html_article(html: str, where: str, file_name: str | None, url: str | None = None) -> Article:
    """Main text and metadata of an HTML page, boilerplate dropped (trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{where}: no article text found in the HTML")
    meta = {"title": getattr(doc, "title", None), "source": getattr(doc, "sitename", None),
            "url": url or getattr(doc, "url", None), "published": getattr(doc, "date", None),
            "language": getattr(doc, "language", None)}
    return make_article(body, where, file_name, meta)


def read_html(path: Path) -> Article:
    return html_article(decode(_read_bytes(path, MAX_ARTICLE_BYTES), str(path)), str(path), path.name)


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    text = decode(_read_bytes(path, MAX_FILE_BYTES), str(path))
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield InputError(f"{where}: expected a JSON object with a 'text' field")
            continue
        try:
            yield make_article(row.get("text"), where, f"{path.name}:{n}", row)
        except InputError as exc:
            yield exc


def read_csv(path: Path) -> Iterator[Article | InputError]:
    text = decode(_read_bytes(path, MAX_FILE_BYTES), str(path))
    try:
        rows = csv.DictReader(io.StringIO(text, newline=""))
        if not rows.fieldnames or "text" not in rows.fieldnames:
            yield InputError(f"{path}: CSV needs a header with a 'text' column")
            return
        for n, row in enumerate(rows, 2):
            where = f"{path}:{n}"
            if None in row:
                yield InputError(f"{where}: more fields than the header names")
                continue
            try:
                yield make_article(row.get("text") or "", where, f"{path.name}:{n}", row)
            except InputError as exc:
                yield exc
    except csv.Error as exc:
        yield InputError(f"{path}: malformed CSV ({exc})")


def read_path(path: Path) -> Iterator[Article | InputError]:
    """All articles of one file, by its suffix."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".html", ".htm"):
            yield read_html(path)
        elif suffix == ".jsonl":
            yield from read_jsonl(path)
        elif suffix == ".csv":
            yield from read_csv(path)
        else:
            yield read_txt(path)
    except InputError as exc:
        yield exc


def read_sources(sources: Iterable[str], stdin=None) -> Iterator[Article | InputError]:
    """Articles from paths, folders, '-' (stdin) and http(s) URLs, in the order given."""
    for src in sources:
        if src == "-":
            data = (stdin or sys.stdin.buffer).read()
            try:
                yield make_article(decode(data, "stdin"), "stdin", "stdin", {})
            except InputError as exc:
                yield exc
        elif re.match(r"^https?://", src, re.I):
            from .fetch import fetch_articles

            yield from fetch_articles(src)
        else:
            path = Path(src)
            if path.is_dir():
                files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
                for f in files:
                    yield from read_path(f)
            elif path.is_file():
                yield from read_path(path)
            elif re.match(r"^[a-z][a-z0-9+.-]*://", src, re.I):
                yield InputError(f"{src}: only http and https URLs can be fetched")
            else:
                yield MissingInput(f"{src}: no such file or folder")
