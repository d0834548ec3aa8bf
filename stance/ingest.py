"""Read articles from files, folders, stdin, uploads, pasted text and URLs, and store them.

Every input becomes a named byte ``Payload`` and goes through ``read_payload``:
the command line (``read_sources``: paths, folders, ``-``) and the dashboard
(``read_uploads``, ``pasted``) share that one parser. Inputs: ``.txt``
(metadata in a same-named ``.json``: title, source, url, published, language),
``.html`` (main text, title, date and source extracted with trafilatura),
``.jsonl`` and ``.csv`` with one article per row (``text`` required), and
``http(s)`` URLs of an article or of an RSS/Atom feed (see ``fetch``). Every
reader yields ``Article`` or ``InputError`` values, so one bad item never stops
the others. ``ingest`` then extracts, classifies and stores them in batches
(the same loop for the command line and the dashboard).

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
from datetime import date
from itertools import islice
from pathlib import Path, PurePath
from typing import Callable, Iterable, Iterator, Sequence

from .records import AnalyzedStatement, Article

MAX_ARTICLE_BYTES = 2_000_000  # one article: a .txt, an .html page, a row, pasted text
MAX_FILE_BYTES = 200_000_000  # a .jsonl/.csv of many articles
BATCH_SIZE = 16  # articles per store transaction
_META_KEYS = ("title", "source", "url", "published", "language")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
UPLOAD_SUFFIXES = (*ARTICLE_SUFFIXES, ".json")  # a .json only as the metadata of a same-named .txt
PASTED = "pasted text"


class InputError(Exception):
    """One input that cannot be read; the message is ``<where>: <reason>``."""

    @property
    def where(self) -> str:
        return str(self).partition(": ")[0]

    @property
    def reason(self) -> str:
        return str(self).partition(": ")[2]


class MissingInput(InputError):
    """A path that does not exist or cannot be opened at all."""


@dataclass
class Summary:
    articles_added: int = 0
    duplicates: int = 0
    statements: int = 0
    errors: list[str] = field(default_factory=list)
    missing: int = 0  # inputs that do not exist (the command line exits 2)
    replacing: int = 0  # added articles that replace an earlier version (store.place_version)

    def headline(self) -> str:
        versions = f" ({self.replacing} replace an earlier version)" if self.replacing else ""
        return (f"{self.articles_added} articles added{versions}, {self.duplicates} already stored, "
                f"{self.statements} statements found, {len(self.errors)} errors")

    def render(self) -> str:
        return "\n".join([self.headline()] + [f"  error: {e}" for e in self.errors])

    def error_rows(self) -> list[tuple[str, str]]:
        """(item, reason) of every error, for a table."""
        return [(e.partition(": ")[0], e.partition(": ")[2]) for e in self.errors]


@dataclass(frozen=True)
class Payload:
    """One named input as bytes: a file, an upload, stdin or pasted text.

    ``name`` is what errors show (a path, an upload's name); its suffix picks
    the parser. ``meta`` is a ``.txt``'s metadata JSON (its same-named ``.json``).
    """

    name: str
    data: bytes
    meta: bytes | None = None
    meta_name: str | None = None

    @property
    def file_name(self) -> str:
        return PurePath(self.name).name or self.name


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


def _cap(suffix: str) -> int:
    return MAX_FILE_BYTES if suffix in (".jsonl", ".csv") else MAX_ARTICLE_BYTES


def _check_size(size: int, cap: int, where: str) -> None:
    if size > cap:
        raise InputError(f"{where}: {size} bytes, over the {cap}-byte limit")


def _read_bytes(path: Path, cap: int) -> bytes:
    try:
        _check_size(path.stat().st_size, cap, str(path))  # before reading: never load a huge file
        return path.read_bytes()
    except OSError as exc:
        raise MissingInput(f"{path}: cannot read ({exc.strerror or exc})") from None


def _published(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(value).strip())
    if not m:
        raise InputError(f"{where}: 'published' must be a date YYYY-MM-DD, not {str(value)[:40]!r}")
    try:  # the pattern alone lets 2024-13-45 or 2024-02-30 through, and the store refuses those
        return date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        raise InputError(f"{where}: 'published' is not a real date: {m.group(1)!r}") from None


def _valid_unicode(value: str) -> bool:
    """False for a lone surrogate (a JSON escape such as \\ud800), which UTF-8 and the store cannot hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def make_article(text: str, where: str, file_name: str | None, meta: dict) -> Article:
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: empty article text")
    if not _valid_unicode(text):
        raise InputError(f"{where}: text is not valid Unicode (a lone surrogate such as \\ud800)")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise InputError(f"{where}: article over the {MAX_ARTICLE_BYTES}-byte limit")
    clean = {k: (str(meta[k]).strip() or None) if meta.get(k) is not None else None for k in _META_KEYS}
    for key, value in clean.items():
        if value is not None and not _valid_unicode(value):
            raise InputError(f"{where}: {key!r} is not valid Unicode (a lone surrogate such as \\ud800)")
    if file_name is not None and not _valid_unicode(file_name):  # a file name with bytes that are not UTF-8
        file_name = file_name.encode("utf-8", "backslashreplace").decode("utf-8")
    return Article(article_id(text), text, file_name=file_name, title=clean["title"], source=clean["source"],
                   url=clean["url"], published=_published(clean["published"], where), language=clean["language"])


# -- the one parser: a named byte payload -> articles and errors ------------------------

def read_payload(p: Payload) -> Iterator[Article | InputError]:
    """All articles of one payload, by the suffix of its name (anything else is a .txt)."""
    suffix = PurePath(p.name).suffix.lower()
    try:
        _check_size(len(p.data), _cap(suffix), p.name)
        if suffix in (".html", ".htm"):
            yield html_article(decode(p.data, p.name), p.name, p.file_name)
        elif suffix == ".jsonl":
            yield from _jsonl_rows(p)
        elif suffix == ".csv":
            yield from _csv_rows(p)
        else:
            yield _txt_article(p)
    except InputError as exc:
        yield exc


def _txt_article(p: Payload) -> Article:
    text = decode(p.data, p.name)
    meta: dict = {}
    if p.meta is not None:
        meta_name = p.meta_name or f"{p.name} metadata"
        try:
            _check_size(len(p.meta), MAX_ARTICLE_BYTES, meta_name)
            loaded = json.loads(p.meta.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise InputError(f"{meta_name}: metadata is not valid JSON ({exc})") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{meta_name}: metadata must be a JSON object")
        meta = loaded
    if not text.strip():
        raise InputError(f"{p.name}: empty file")
    return make_article(text, p.name, p.file_name, meta)


def html_article(html: str, where: str, file_name: str | None, url: str | None = None) -> Article:
    """Main text and metadata of an HTML page, boilerplate dropped (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile markup: one item's error
        raise InputError(f"{where}: HTML could not be parsed ({type(exc).__name__})") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{where}: no article text found in the HTML")
    meta = {"title": getattr(doc, "title", None), "source": getattr(doc, "sitename", None),
            "url": url or getattr(doc, "url", None), "published": getattr(doc, "date", None),
            "language": getattr(doc, "language", None)}
    return make_article(body, where, file_name, meta)


def _jsonl_rows(p: Payload) -> Iterator[Article | InputError]:
    text = decode(p.data, p.name)
    # Lines end at "\n" only: str.splitlines() would also split at U+2028, U+0085 and others,
    # which JSON allows raw inside a string.
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    if not lines:
        yield InputError(f"{p.name}: empty file")
    for n, line in lines:
        where = f"{p.name}:{n}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield InputError(f"{where}: not valid JSON ({getattr(exc, 'msg', 'nested too deeply')})")
            continue
        if not isinstance(row, dict):
            yield InputError(f"{where}: expected a JSON object with a 'text' field")
            continue
        try:
            yield make_article(row.get("text"), where, f"{p.file_name}:{n}", row)
        except InputError as exc:
            yield exc


def _csv_rows(p: Payload) -> Iterator[Article | InputError]:
    text = decode(p.data, p.name)
    try:
        rows = csv.DictReader(io.StringIO(text, newline=""))
        if not rows.fieldnames or "text" not in rows.fieldnames:
            yield InputError(f"{p.name}: CSV needs a header with a 'text' column")
            return
        n = 1
        for n, row in enumerate(rows, 2):
            where = f"{p.name}:{n}"
            if None in row:
                yield InputError(f"{where}: more fields than the header names")
                continue
            try:
                yield make_article(row.get("text") or "", where, f"{p.file_name}:{n}", row)
            except InputError as exc:
                yield exc
        if n == 1:
            yield InputError(f"{p.name}: no rows after the header")
    except csv.Error as exc:
        yield InputError(f"{p.name}: malformed CSV ({exc})")


# -- where payloads come from ----------------------------------------------------------

def path_payload(path: Path) -> Payload:
    """A file's bytes (and a .txt's same-named .json), size-checked before reading."""
    suffix = path.suffix.lower()
    data = _read_bytes(path, _cap(suffix))
    meta_path = path.with_suffix(".json")
    if suffix in (".html", ".htm", ".jsonl", ".csv") or suffix == ".json" or not meta_path.is_file():
        return Payload(str(path), data)
    try:
        meta = _read_bytes(meta_path, MAX_ARTICLE_BYTES)
    except MissingInput as exc:
        raise InputError(f"{meta_path}: metadata is not valid JSON ({exc.reason})") from None
    return Payload(str(path), data, meta, str(meta_path))


def read_path(path: Path) -> Iterator[Article | InputError]:
    """All articles of one file, by its suffix."""
    try:
        payload = path_payload(path)
    except InputError as exc:
        yield exc
        return
    yield from read_payload(payload)


def read_txt(path: Path) -> Article:
    """The one article of a file (a .txt with its optional same-named .json metadata); raises InputError.

    A .jsonl or .csv of several rows is an error here: use ``read_path`` for those.
    """
    items = list(read_path(path))
    if len(items) != 1:
        raise InputError(f"{path}: {len(items)} articles in one file; expected one")
    if isinstance(items[0], InputError):
        raise items[0]
    return items[0]


def read_uploads(files: Sequence[tuple[str, bytes]]) -> Iterator[Article | InputError]:
    """Articles from uploaded (name, bytes) pairs: each ``x.txt`` takes its metadata from an uploaded ``x.json``."""
    def split(name: str) -> tuple[str, str]:
        return PurePath(name).stem, PurePath(name).suffix.lower()

    txt_stems = {split(name)[0] for name, _ in files if split(name)[1] == ".txt"}
    metadata = {split(name)[0]: (name, data) for name, data in files if split(name)[1] == ".json"}
    for name, data in files:
        stem, suffix = split(name)
        if suffix == ".json":
            if stem not in txt_stems:
                yield InputError(f"{name}: a .json is read only as the metadata of a .txt of the same name")
        elif suffix not in ARTICLE_SUFFIXES:
            yield InputError(f"{name}: not a supported file type (use {', '.join(UPLOAD_SUFFIXES)})")
        else:
            meta_name, meta = metadata.get(stem, (None, None)) if suffix == ".txt" else (None, None)
            yield from read_payload(Payload(name, data, meta, meta_name))


def pasted(text: str, title: str = "", source: str = "", url: str = "", published: str = "") -> Payload:
    """Text an analyst pasted, with optional metadata, as the payload of a .txt and its .json."""
    meta = {"title": title, "source": source, "url": url, "published": published}
    return Payload(PASTED, text.encode("utf-8"), json.dumps(meta).encode("utf-8"), f"{PASTED} (title, source, url, date)")


def read_sources(sources: Iterable[str], stdin=None) -> Iterator[Article | InputError]:
    """Articles from paths, folders, '-' (stdin) and http(s) URLs, in the order given."""
    for src in sources:
        if src == "-":
            yield from read_payload(Payload("stdin", (stdin or sys.stdin.buffer).read()))
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


# -- storing ------------------------------------------------------------------------------

Analyze = Callable[[Sequence[Article]], list[AnalyzedStatement]]


def ingest(items: Iterable[Article | InputError], db: Path, analyzer: Callable[[], Analyze],
           progress: Callable[[int, Summary], None] | None = None, batch_size: int = BATCH_SIZE) -> Summary:
    """Extract, classify and store articles in batches; errors are counted, not raised.

    ``analyzer`` is called once, and only when there is a new article to analyze
    (the model loads lazily). Each batch is one short write transaction under the
    store's file lock, so a killed ingest loses at most its unfinished batch and
    readers (the dashboard) keep working. ``progress(items_done, summary)`` runs
    after every batch.
    """
    from . import store

    summary = Summary()
    analyze: Analyze | None = None
    seen: set[str] = set()
    done = 0
    stream = iter(items)
    while batch_items := list(islice(stream, batch_size)):
        done += len(batch_items)
        batch = []
        for item in batch_items:
            if isinstance(item, Exception):
                summary.errors.append(str(item))
                summary.missing += isinstance(item, MissingInput)
            elif item.article_id in seen:
                summary.duplicates += 1
            else:
                seen.add(item.article_id)
                batch.append(item)
        if batch:
            with store.writer(db) as con:
                stored = store.existing_article_ids(con, [a.article_id for a in batch])
            summary.duplicates += len(stored)
            batch = [a for a in batch if a.article_id not in stored]
        if batch:
            analyze = analyze or analyzer()
            analyzed = analyze(batch)
            with store.writer(db) as con:  # another ingest may have stored some meanwhile
                fresh = {a.article_id for a in batch} - store.existing_article_ids(con, [a.article_id for a in batch])
                added = store.add_batch(con, batch, analyzed)
                summary.replacing += store.count_replacing(con, fresh)
            summary.articles_added += added
            summary.duplicates += len(batch) - added
            summary.statements += sum(1 for x in analyzed if x.article.article_id in fresh)
        if progress:
            progress(done, summary)
    return summary
