"""Property-based tests (hypothesis) of the ingest path: the parser every input goes through
(``read_payload``: files, uploads, pasted text, stdin), extraction on what it yields, and a
few end-to-end runs with the real model into a real DuckDB file.

Properties: no unhandled exception; every item comes out as an article or as an error
naming its input; an article is non-empty, under the size cap, with a date that exists
(``date.fromisoformat``, not just its pattern), text and metadata that are valid Unicode (no
lone surrogate from a ``\ud800`` escape), and an id derived from its text; statement offsets point at the statement; the same input gives the
same output. Each test counts what it tried; run with ``-s`` to see the figures
(docs/reliability.md quotes them).
"""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance import config, store
from stance.extract import Extractor
from stance.ingest import (MAX_ARTICLE_BYTES, InputError, Payload, article_id, ingest, pasted, read_payload,
                           read_uploads)
from stance.records import Article
from stance.registry import Registry

SUFFIXES = (".txt", ".html", ".jsonl", ".csv")
TRIED: Counter = Counter()
# Characters that stress the parsers: quote marks of every kind, separators, markup, line breaks,
# a BOM, a NUL, bidi and zero-width marks, surrogate-free astral characters.
TRICKY = "\"'“”‘’«»„‚‹›「」,;\t\r\n{}[]<>&=:/\\ \u00a0\u2028\u2029\ufeff\x00\u200b\u202e😀é中"
tricky_text = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(codec="utf-8"), max_size=400)
words = st.sampled_from(["said", "told", "“", "”", "\"", "Tesla", "Lena Vogt", "China", "decouple", "'", ".",
                         "\n\n", " ", "according to", "the company", "Halden Motors AG", "—", ":", "He"])
prose = st.lists(words, max_size=80).map(" ".join)
# JSON escapes that parse to lone surrogates (review P2) and dates that match YYYY-MM-DD but may not exist (P1).
with_surrogate = st.tuples(prose, st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), prose).map("".join)
date_like = st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)).map(
    lambda t: "%04d-%02d-%02d" % t)


def escape_surrogates(json_text: str) -> str:
    """json.dumps(..., ensure_ascii=False) leaves surrogates raw (not encodable); write them as \\uXXXX escapes."""
    return re.sub("[\ud800-\udfff]", lambda m: "\\u%04x" % ord(m.group()), json_text)


def _utf8(value: str | None) -> bool:
    if value is None:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_real_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
VOGT = "Lena Vogt, Tesla's chief executive, said: “We oppose decoupling from China.”"


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    print("\nfuzz figures: " + ", ".join(f"{k}={v}" for k, v in sorted(TRIED.items())))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Registry.load(config.data_dir() / "registry"))


def _check(p: Payload) -> list[Article | InputError]:
    """Parse twice; check every property of the items; return them."""
    items = list(read_payload(p))
    again = list(read_payload(p))
    assert [repr(i) for i in items] == [repr(i) for i in again]  # deterministic
    assert items, "every payload yields at least one article or error"
    for item in items:
        if isinstance(item, InputError):
            assert str(item).startswith(p.name) and item.reason
            TRIED["errors"] += 1
        else:
            assert isinstance(item, Article)
            assert item.text.strip() and len(item.text.encode("utf-8", "replace")) <= MAX_ARTICLE_BYTES
            assert item.article_id == article_id(item.text)
            assert item.published is None or date.fromisoformat(item.published).isoformat() == item.published
            assert all(_utf8(v) for v in (item.text, item.title, item.source, item.url, item.language,
                                          item.file_name))
            assert item.file_name and item.file_name.startswith(p.file_name)
            TRIED["articles"] += 1
    TRIED["payloads"] += 1
    return items


def _offsets_valid(extractor: Extractor, text: str) -> None:
    first = extractor.extract(text)
    for s in first:
        assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text
    assert extractor.extract(text) == first
    TRIED["extracted_texts"] += 1
    TRIED["statements_checked"] += len(first)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes(data, suffix):
    _check(Payload("in" + suffix, data))


@settings(max_examples=300, deadline=None)
@given(text=tricky_text, suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_arbitrary_unicode_in_every_encoding(text, suffix, encoding):
    _check(Payload("in" + suffix, text.encode(encoding, errors="replace")))


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.one_of(
    st.fixed_dictionaries({"text": prose | tricky_text | with_surrogate},
                          optional={"title": tricky_text | with_surrogate,
                                    "published": st.dates().map(str) | tricky_text | date_like | with_surrogate,
                                    "url": tricky_text | with_surrogate,
                                    "source": st.integers() | st.none() | tricky_text | with_surrogate}),
    tricky_text,  # a malformed line
    st.just("   "),  # whitespace only
    st.recursive(st.none() | st.integers() | st.text(max_size=5), lambda c: st.lists(c) | st.dictionaries(
        st.text(max_size=5), c), max_leaves=10).map(json.dumps),
), max_size=12))
def test_jsonl_rows_each_ingested_or_reported(rows):
    lines = [r if isinstance(r, str) else escape_surrogates(json.dumps(r, ensure_ascii=False)) for r in rows]
    text = "\n".join(line.replace("\n", " ") for line in lines)  # raw U+2028, U+0085, CR... stay in
    items = _check(Payload("rows.jsonl", text.encode("utf-8")))
    nonblank = [line for line in text.split("\n") if line.strip()]
    whole_file_refused = len(items) == 1 and isinstance(items[0], InputError) and items[0].where == "rows.jsonl"
    if not whole_file_refused:  # e.g. a NUL byte: the file is binary, not text
        assert len(items) == len(nonblank)  # one article or one error per non-blank line
        TRIED["jsonl_rows"] += len(nonblank)


@settings(max_examples=200, deadline=None)
@given(published=date_like | st.dates().map(str), suffix=st.sampled_from([".jsonl", ".csv", ".txt"]))
def test_a_date_is_stored_only_if_it_exists(published, suffix):
    """2024-13-45 or 2024-02-30 match the pattern; only dates that exist come out (review P1)."""
    if suffix == ".txt":
        payload = Payload("a.txt", VOGT.encode(), json.dumps({"published": published}).encode(), "a.json")
    elif suffix == ".csv":
        payload = Payload("r.csv", f'text,published\n"{VOGT}",{published}\n'.encode())
    else:
        payload = Payload("r.jsonl", json.dumps({"text": VOGT, "published": published}).encode())
    [item] = _check(payload)
    if _is_real_date(published):
        assert isinstance(item, Article) and item.published == published
        TRIED["real_dates"] += 1
    else:
        assert isinstance(item, InputError) and item.reason == f"'published' is not a real date: '{published}'"
        TRIED["impossible_dates"] += 1


@settings(max_examples=200, deadline=None)
@given(text=prose.filter(str.strip), key=st.sampled_from(["text", "title", "source", "url", "published", "language"]),
       value=with_surrogate, sidecar=st.booleans())
def test_a_lone_surrogate_is_that_items_error(text, key, value, sidecar):
    """A \\ud800 escape in the text or any metadata field: one error naming the field (review P2)."""
    row = {"text": text, key: value}
    if sidecar and key != "text":
        meta = escape_surrogates(json.dumps({key: value}, ensure_ascii=False)).encode()
        payload = Payload("a.txt", text.encode(), meta, "a.json")
    else:
        payload = Payload("r.jsonl", escape_surrogates(json.dumps(row, ensure_ascii=False)).encode())
    [item] = _check(payload)
    assert isinstance(item, InputError)
    field = "text" if key == "text" else repr(key)
    assert item.reason.startswith(f"{field} is not valid Unicode")
    TRIED["surrogate_items"] += 1


@settings(max_examples=200, deadline=None)
@given(fields=st.lists(st.lists(st.one_of(prose, tricky_text, st.sampled_from(['"', '""', '"a', 'b"', '"x""y'])),
                                min_size=1, max_size=4), max_size=8),
       header=st.sampled_from(["text,title,url", "title,text", "text", "title", ""]))
def test_csv_with_unbalanced_quotes(fields, header):
    body = "\n".join(",".join(row) for row in fields)
    items = _check(Payload("rows.csv", (header + "\n" + body).encode("utf-8")))
    TRIED["csv_payloads"] += 1
    if "text" not in header.split(","):
        assert len(items) == 1 and isinstance(items[0], InputError)


@settings(max_examples=100, deadline=None)
@given(body=prose | tricky_text, wrapper=st.sampled_from([
    "{}", "<html><body><article><p>{}</p></article></body></html>", "<p>{}", "<script>{}</script>",
    "<html><head><title>{}</title></head><body><div><p>{}</p></div></body></html>", "<!-- {} -->",
    "<iframe srcdoc=\"{}\"></iframe><p>{}</p>"]))
def test_html_fragments(body, wrapper):
    _check(Payload("page.html", wrapper.replace("{}", body).encode("utf-8")))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=prose | tricky_text, title=tricky_text, published=st.dates().map(str) | st.text(max_size=12))
def test_pasted_text_and_offsets(extractor, text, title, published):
    for item in _check(pasted(text, title=title, published=published)):
        if isinstance(item, Article):
            _offsets_valid(extractor, item.text)


@settings(max_examples=100, deadline=None)
@given(files=st.lists(st.tuples(st.sampled_from(["a", "b", "a b", "../x", ""]),
                                st.sampled_from([".txt", ".json", ".csv", ".jsonl", ".html", ".pdf", ""]),
                                st.binary(max_size=200) | tricky_text.map(str.encode)), max_size=6))
def test_uploads_each_reported_or_read(files):
    uploads = [(stem + suffix, data) for stem, suffix, data in files]
    items = list(read_uploads(uploads))
    assert [repr(i) for i in items] == [repr(i) for i in read_uploads(uploads)]
    assert all(isinstance(i, (Article, InputError)) for i in items)
    # every upload but a .json paired with its .txt yields at least one item
    paired = {n for n, _ in uploads if n.endswith(".json") and any(m == n[:-5] + ".txt" for m, _ in uploads)}
    assert len(items) >= len([n for n, _ in uploads if n not in paired])
    TRIED["uploads"] += len(uploads)


@pytest.mark.parametrize("size", [10_000, 200_000, MAX_ARTICLE_BYTES - 10])
@pytest.mark.parametrize("unit", ["Lena Vogt said “We stay in China.” ", "word ", "“", "ä"])
def test_huge_paragraphs(extractor, size, unit):
    text = (unit * (size // len(unit.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
    [item] = _check(Payload("huge.txt", text.encode()))
    assert isinstance(item, Article)
    if size <= 200_000:  # extraction's speed is measured elsewhere; correctness is what counts here
        _offsets_valid(extractor, item.text)
    TRIED["huge_paragraph_bytes"] += size


# --- end to end, with the real model and a real store --------------------------------------

@pytest.fixture(scope="module")
def analyzer(model_dir):
    from stance.analyze import Analyzer

    return Analyzer(config.data_dir() / "registry", model_dir)


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.one_of(prose, tricky_text, st.just(""), st.just(VOGT),
                               st.tuples(prose, tricky_text).map(lambda t: f"{t[0]} {VOGT} {t[1]}")),
                     min_size=1, max_size=10))
def test_end_to_end_counts_offsets_and_rerun(analyzer, rows):
    payload = Payload("rows.jsonl", "\n".join(json.dumps({"text": r}) for r in rows).encode())
    items = list(read_payload(payload))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fuzz.duckdb"
        summary = ingest(items, db, lambda: analyzer)
        assert summary.articles_added + summary.duplicates + len(summary.errors) == len(items)
        assert summary.articles_added == len({i.article_id for i in items if isinstance(i, Article)})
        if not db.exists():  # nothing to store: no store is created
            assert summary.articles_added == 0
            return
        with store.reader(db) as con:
            rows_out = con.execute("SELECT a.text, s.start_char, s.end_char, s.text FROM statements s "
                                   "JOIN articles a USING (article_id)").fetchall()
        assert len(rows_out) == summary.statements
        assert all(text[start:end] == statement for text, start, end, statement in rows_out)
        again = ingest(list(read_payload(payload)), db, lambda: analyzer)
        assert (again.articles_added, again.duplicates, len(again.errors)) == (
            0, summary.articles_added + summary.duplicates, len(summary.errors))
    TRIED["e2e_runs"] += 1
    TRIED["e2e_items"] += len(items)
    TRIED["e2e_statements"] += summary.statements


ROW = st.fixed_dictionaries({"text": st.sampled_from([VOGT, "Halden Motors AG said it would stay in China."]) | prose},
                            optional={"title": tricky_text | with_surrogate,
                                      "published": st.dates().map(str) | date_like | with_surrogate})


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=40))
def test_end_to_end_impossible_dates_and_surrogates_never_cost_a_batch(analyzer, rows):
    """Through the real model into a real store, in batches of 16: every good row stored, every bad one
    reported, no exception (the reviewer saw the store refuse a batch for one bad row)."""
    lines = [escape_surrogates(json.dumps(r, ensure_ascii=False)) for r in rows]
    items = list(read_payload(Payload("rows.jsonl", "\n".join(lines).encode())))
    articles = [i for i in items if isinstance(i, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fuzz.duckdb"
        summary = ingest(items, db, lambda: analyzer, batch_size=16)
        assert len(summary.errors) == len(items) - len(articles)
        assert summary.articles_added == len({a.article_id for a in articles})
        if summary.articles_added:
            with store.reader(db) as con:
                stored = store.existing_article_ids(con, [a.article_id for a in articles])
                dates = con.execute("SELECT article_id, published FROM articles").fetchall()
            assert stored == {a.article_id for a in articles}
            expected: dict = {}
            for a in articles:  # the same text twice: the first one is stored
                expected.setdefault(a.article_id, a.published)
            assert {aid: (d.isoformat() if d else None) for aid, d in dates} == expected
    # The oracle, independent of the parser: a row fails for empty text, a surrogate, or a date that does not exist.
    bad = [not r["text"].strip() or not all(_utf8(v) for v in r.values())
           or ("published" in r and not _is_real_date(r["published"])) for r in rows]
    assert len(summary.errors) == sum(bad)
    TRIED["e2e_bad_rows"] += sum(bad)
    TRIED["e2e_good_rows"] += len(bad) - sum(bad)
    TRIED["e2e_date_surrogate_runs"] += 1
