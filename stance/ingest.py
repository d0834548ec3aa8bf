"""Read articles from files and folders, and add them to the store.

An article's id is a hash of its normalised text (Unicode NFC, whitespace
folded), so the same text ingested twice, or from two places, is stored once.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article

MAX_ARTICLE_BYTES = 2_000_000
_META_KEYS = ("title", "source", "url", "published", "language")


class InputError(Exception):
    """One input that cannot be read; the message names the path and the reason."""


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


def read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{path}: larger than {MAX_ARTICLE_BYTES} bytes")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise InputError(f"{path}: not UTF-8 or Windows-1252 text")
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def read_article(path: Path) -> Article:
    """A .txt article with its optional same-named .json metadata."""
    text = read_text_file(path)
    meta: dict = {}
    meta_path = path.with_suffix(".json")
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{meta_path}: metadata is not valid JSON ({exc})") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{meta_path}: metadata must be a JSON object")
        meta = {k: (str(loaded[k]) if loaded.get(k) is not None else None) for k in _META_KEYS}
    published = meta.get("published")
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published[:10]):
        raise InputError(f"{meta_path}: 'published' must be a date YYYY-MM-DD, not {published!r}")
    return Article(article_id(text), text, file_name=path.name, title=meta.get("title"), source=meta.get("source"),
                   url=meta.get("url"), published=published[:10] if published else None,
                   language=meta.get("language"))


def expand_paths(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Files named directly, and .txt files found recursively in folders."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*.txt") if f.is_file())
        elif path.is_file():
            yield path
        else:
            yield InputError(f"{p}: no such file or folder")
