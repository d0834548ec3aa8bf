"""Reading articles from every kind of input, including a local HTTP server."""

from __future__ import annotations

import http.server
import io
import json
import threading
import time
from pathlib import Path

import pytest

from stance import fetch
from stance.ingest import InputError, MissingInput, article_id, read_sources

ARTICLE = ("Halden Motors AG said it would double its output in Tianjin next year. "
           "“We are staying,” chief executive Jonas Berg said.")
HTML = f"""<html><head><title>Halden doubles down</title><meta property="og:site_name" content="Wire">
<meta name="date" content="2024-03-05"></head><body><nav>Home | World | Markets</nav>
<article><h1>Halden doubles down</h1><p>{ARTICLE}</p>
<p>The carmaker has run a plant in the city since 2009 and employs about 4,000 people there.</p></article>
<footer>Copyright Wire. All rights reserved.</footer></body></html>"""


def _articles(items):
    return [i for i in items if not isinstance(i, Exception)]


def _errors(items):
    return [str(i) for i in items if isinstance(i, Exception)]


def test_txt_with_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "T", "published": "2024-03-05T10:00:00Z",
                                                 "source": "Wire", "url": "https://example.com/a"}))
    [a] = list(read_sources([str(tmp_path / "a.txt")]))
    assert (a.title, a.published, a.source, a.file_name) == ("T", "2024-03-05", "Wire", "a.txt")
    assert a.article_id == article_id(ARTICLE)


def test_html_main_text_without_boilerplate(tmp_path):
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    [a] = list(read_sources([str(tmp_path / "p.html")]))
    assert "double its output in Tianjin" in a.text
    assert "All rights reserved" not in a.text and "Home | World" not in a.text
    assert a.title == "Halden doubles down" and a.published == "2024-03-05"


def test_jsonl_and_csv_rows_with_bad_rows_reported(tmp_path):
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": ARTICLE, "title": "one"}) + "\n" + "{not json\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": ARTICLE + " Second.", "published": "2024-01-02"}) + "\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text('text,title,url\n"' + ARTICLE.replace('"', '""') + ' Third.",csv one,\n'
                                       ',empty,\n', encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    assert sorted(a.title or "" for a in _articles(items)) == ["", "csv one", "one"]
    errors = _errors(items)
    assert any("rows.jsonl:2: not valid JSON" in e for e in errors)
    assert any("rows.jsonl:3: empty article text" in e for e in errors)
    assert any("rows.csv:3: empty article text" in e for e in errors)


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("blob.txt", b"\x00\x01\x02\x03" * 50, "binary"),
    ("nocol.csv", b"title\nx\n", "'text' column"),
])
def test_bad_files_are_reported_not_raised(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    items = list(read_sources([str(tmp_path / name)]))
    assert len(items) == 1 and isinstance(items[0], InputError) and reason in str(items[0])


def test_legacy_encoding_is_decoded(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Café owners in Zürich said exports would grow.".encode("cp1252"))
    [a] = list(read_sources([str(tmp_path / "latin.txt")]))
    assert a.text.startswith("Café owners in Zürich")


def test_missing_path_and_stdin():
    items = list(read_sources(["no/such/path.txt", "-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(items[0], MissingInput)
    assert items[1].file_name == "stdin" and items[1].text == ARTICLE


def test_same_text_has_same_id_whatever_the_whitespace():
    assert article_id("A  b\nc") == article_id("a b c") != article_id("a b d")


# -- URLs, against a local server ------------------------------------------------

SLOW_SECONDS = 3


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)  # longer than the test's fetch timeout
        status, headers, body = self.routes.get(self.path, (404, {}, b"missing"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server(monkeypatch):
    monkeypatch.setenv("STANCE_FETCH_ALLOW_PRIVATE", "1")
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
            f'<item><title>1</title><link>{base}/a1</link></item>'
            f'<item><title>2</title><link>{base}/gone</link></item></channel></rss>').encode()
    _Handler.routes = {
        "/a1": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML.encode()),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, feed),
        "/hop": (302, {"Location": "/a1"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/big": (200, {"Content-Type": "text/plain"}, b"x" * (fetch.MAX_BYTES + 10)),
        "/slow": (200, {"Content-Type": "text/html"}, HTML.encode()),
        "/to-ftp": (302, {"Location": "ftp://example.com/a.txt"}, b""),
        "/r1": (302, {"Location": "/a1"}, b""),
        **{f"/r{n}": (302, {"Location": f"/r{n - 1}"}, b"") for n in range(2, fetch.MAX_REDIRECTS + 2)},
    }
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield base
    srv.shutdown()


def test_article_url_and_redirect(server):
    [a] = _articles(read_sources([server + "/a1"]))
    [b] = _articles(read_sources([server + "/hop"]))
    assert "Tianjin" in a.text and a.article_id == b.article_id and a.url == server + "/a1"


def test_feed_items_fetched_and_failures_reported(server):
    items = list(read_sources([server + "/feed"]))
    assert len(_articles(items)) == 1
    assert any("HTTP 404" in e for e in _errors(items))


@pytest.mark.parametrize("path, reason", [
    ("/loop", "more than 5 redirects"),
    (f"/r{fetch.MAX_REDIRECTS + 1}", "more than 5 redirects"),  # one redirect beyond the bound
    ("/big", f"response over the {fetch.MAX_BYTES}-byte limit"),
    ("/gone", "HTTP 404"),
    ("/to-ftp", "only http and https URLs can be fetched"),  # every redirect target is checked again
])
def test_fetch_limits(server, path, reason):
    errors = _errors(read_sources([server + path]))
    assert len(errors) == 1 and reason in errors[0]


def test_redirects_up_to_the_bound_are_followed(server):
    [a] = _articles(read_sources([server + f"/r{fetch.MAX_REDIRECTS}"]))
    assert "Tianjin" in a.text


def test_fetch_times_out(server, monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    errors = _errors(read_sources([server + "/slow"]))
    assert errors == [f"{server}/slow: cannot fetch (timed out)"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/x",
                                 "http://[::1]/x", "http://169.254.169.254/latest"])
def test_private_addresses_refused_by_default(monkeypatch, url):
    monkeypatch.delenv("STANCE_FETCH_ALLOW_PRIVATE", raising=False)
    errors = _errors(read_sources([url]))
    assert len(errors) == 1 and "private or local" in errors[0]


@pytest.mark.parametrize("src", ["ftp://example.com/a.txt", "file:///etc/passwd"])
def test_other_schemes_refused(src):
    errors = _errors(read_sources([src]))
    assert len(errors) == 1 and "only http and https" in errors[0]


# -- one parser for files, uploads and pasted text ----------------------------------------

from stance.ingest import MAX_ARTICLE_BYTES, Payload, pasted, read_payload, read_uploads  # noqa: E402

BAD_ITEMS = [  # (file name, bytes, reason): the same reason from a file path and from an upload
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t ", "empty file"),
    ("blob.txt", b"\x00\x01\x02\x03" * 50, "binary file, not text"),
    ("mojibake.txt", bytes(range(128, 256)) * 4, "not text in UTF-8 or Windows-1252"),
    ("big.txt", b"a" * (MAX_ARTICLE_BYTES + 1), f"{MAX_ARTICLE_BYTES + 1} bytes, over the {MAX_ARTICLE_BYTES}-byte limit"),
    ("big.html", b"<p>" + b"a" * MAX_ARTICLE_BYTES + b"</p>",
     f"{MAX_ARTICLE_BYTES + 7} bytes, over the {MAX_ARTICLE_BYTES}-byte limit"),
    ("nav.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text found in the HTML"),
    ("nocol.csv", b"title\nx\n", "CSV needs a header with a 'text' column"),
    ("bigrow.jsonl", json.dumps({"text": "x" * (MAX_ARTICLE_BYTES + 1)}).encode(),
     f"article over the {MAX_ARTICLE_BYTES}-byte limit"),
    ("baddate.jsonl", json.dumps({"text": ARTICLE, "published": "last Tuesday"}).encode(),
     "'published' must be a date YYYY-MM-DD, not 'last Tuesday'"),
]


@pytest.mark.parametrize("name, data, reason", BAD_ITEMS, ids=[b[0] for b in BAD_ITEMS])
def test_file_and_upload_give_the_same_report(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [from_file] = read_sources([str(tmp_path / name)])
    [from_upload] = read_uploads([(name, data)])
    assert isinstance(from_file, InputError) and isinstance(from_upload, InputError)
    assert from_file.reason == from_upload.reason == reason
    assert from_file.where.endswith(name.replace(".jsonl", ".jsonl:1")) and from_upload.where.startswith(name)


def test_upload_pairs_txt_with_its_json_and_reports_the_rest():
    items = list(read_uploads([("a.txt", ARTICLE.encode()), ("a.json", b'{"title": "T", "published": "2024-03-05"}'),
                               ("lone.json", b"{}"), ("notes.pdf", b"%PDF-1.4"), ("b.txt", b"Other text.")]))
    a, lone, pdf, b = items
    assert (a.title, a.published, a.file_name) == ("T", "2024-03-05", "a.txt")
    assert str(lone) == "lone.json: a .json is read only as the metadata of a .txt of the same name"
    assert str(pdf).startswith("notes.pdf: not a supported file type")
    assert (b.text, b.title) == ("Other text.", None)


def test_upload_and_path_read_the_same_article(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "T", "source": "Wire"}', encoding="utf-8")
    [from_file] = read_sources([str(tmp_path / "a.txt")])
    [from_upload] = read_uploads([("a.txt", ARTICLE.encode()), ("a.json", b'{"title": "T", "source": "Wire"}')])
    assert from_file == from_upload


@pytest.mark.parametrize("meta, expected", [
    ({}, (None, None, None, None)),
    ({"title": " <b>T</b> ", "source": "Wire", "url": "https://example.com/x", "published": "2024-01-02"},
     ("<b>T</b>", "Wire", "https://example.com/x", "2024-01-02")),
])
def test_pasted_text_is_a_txt_with_metadata(meta, expected):
    [a] = read_payload(pasted(ARTICLE, **meta))
    assert (a.title, a.source, a.url, a.published) == expected
    assert a.article_id == article_id(ARTICLE) and a.file_name == "pasted text"


@pytest.mark.parametrize("text, published, reason", [
    ("", "", "pasted text: empty file"),
    ("  \n ", "", "pasted text: empty file"),
    (ARTICLE, "soon", "pasted text: 'published' must be a date YYYY-MM-DD, not 'soon'"),
    ("x" * (MAX_ARTICLE_BYTES + 1), "", f"pasted text: {MAX_ARTICLE_BYTES + 1} bytes, over the "
                                        f"{MAX_ARTICLE_BYTES}-byte limit"),
])
def test_bad_pasted_text_is_reported(text, published, reason):
    [item] = read_payload(pasted(text, published=published))
    assert isinstance(item, InputError) and str(item) == reason


def test_bad_metadata_names_the_json(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text("[1, 2]", encoding="utf-8")
    [item] = read_sources([str(tmp_path / "a.txt")])
    assert str(item) == f"{tmp_path / 'a.json'}: metadata must be a JSON object"
    [item] = read_payload(Payload("a.txt", ARTICLE.encode(), b"{nope", "a.json"))
    assert str(item).startswith("a.json: metadata is not valid JSON")


def test_cli_reports_an_article_over_the_cap(tmp_path):
    """The per-article cap through `python -m stance ingest`: reported, exit 1, no model needed."""
    import os
    import subprocess
    import sys
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    env = dict(os.environ, HF_HUB_OFFLINE="1", STANCE_DB=str(tmp_path / "s.duckdb"))
    proc = subprocess.run([sys.executable, "-m", "stance", "ingest", str(tmp_path / "big.txt")], env=env,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "0 articles added, 0 already stored, 0 statements found, 1 errors",
        f"  error: {tmp_path / 'big.txt'}: {MAX_ARTICLE_BYTES + 1} bytes, over the {MAX_ARTICLE_BYTES}-byte limit"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x1e"])
def test_jsonl_lines_end_only_at_newline(separator):
    """JSON allows these raw inside a string; they must not split a row (found by test_fuzz_ingest)."""
    row = json.dumps({"text": f"First part{separator}second part."}, ensure_ascii=False)
    [a] = read_payload(Payload("rows.jsonl", (row + "\r\n").encode()))
    assert a.text == f"First part{separator}second part."


@pytest.mark.parametrize("name, data, reason", [
    ("e.jsonl", b"", "empty file"),
    ("e.jsonl", b"\n  \n\r\n", "empty file"),
    ("h.csv", b"text,title\n", "no rows after the header"),
    ("h.csv", b"text,title", "no rows after the header"),
])
def test_files_without_rows_are_reported(name, data, reason):
    assert [str(i) for i in read_payload(Payload(name, data))] == [f"{name}: {reason}"]


# -- values that look right but are not: impossible dates, lone surrogates (review P1, P2) ---------

SURROGATE = "\\ud800"  # a JSON escape that parses to a lone surrogate: valid JSON, not valid Unicode
BAD_VALUES = [  # (payload name, bytes, .json metadata or None, the one error expected)
    ("a.txt", ARTICLE.encode(), b'{"published": "2024-13-45"}', "a.txt: 'published' is not a real date: '2024-13-45'"),
    ("a.txt", ARTICLE.encode(), b'{"published": "0000-01-01"}', "a.txt: 'published' is not a real date: '0000-01-01'"),
    ("r.jsonl", json.dumps({"text": ARTICLE, "published": "2024-02-30"}).encode(), None,
     "r.jsonl:1: 'published' is not a real date: '2024-02-30'"),
    ("r.csv", f'text,published\n"{ARTICLE}",2023-02-29\n'.encode(), None,
     "r.csv:2: 'published' is not a real date: '2023-02-29'"),
    ("r.jsonl", ('{"text": "Caf' + SURROGATE + ' said yes."}').encode(), None,
     "r.jsonl:1: text is not valid Unicode (a lone surrogate such as \\ud800)"),
    *[("r.jsonl", ('{"text": "Fine text.", "' + key + '": "x' + SURROGATE + '"}').encode(), None,
       f"r.jsonl:1: '{key}' is not valid Unicode (a lone surrogate such as \\ud800)")
      for key in ("title", "source", "url", "published", "language")],
    ("a.txt", ARTICLE.encode(), ('{"title": "' + SURROGATE + '"}').encode(),
     "a.txt: 'title' is not valid Unicode (a lone surrogate such as \\ud800)"),
]


@pytest.mark.parametrize("name, data, meta, expected", BAD_VALUES)
def test_impossible_dates_and_lone_surrogates_are_one_items_error(name, data, meta, expected):
    [item] = read_payload(Payload(name, data, meta, None if meta is None else name[:-4] + ".json"))
    assert isinstance(item, InputError) and str(item) == expected


@pytest.mark.parametrize("published, expected", [
    ("2024-02-29", "2024-02-29"), ("2024-12-31T23:59:59Z", "2024-12-31"), ("", None), (None, None)])
def test_real_dates_pass(published, expected):
    [a] = read_payload(Payload("r.jsonl", json.dumps({"text": ARTICLE, "published": published}).encode()))
    assert a.published == expected


def test_bad_rows_do_not_stop_the_rows_after_them_in_uploads():
    rows = [{"text": f"Article number {n}.", "published": "2024-02-30" if n == 3 else "2024-02-28"} for n in range(20)]
    lines = [json.dumps(r) for r in rows]
    lines[7] = '{"text": "bad ' + SURROGATE + '"}'
    items = list(read_uploads([("r.jsonl", "\n".join(lines).encode())]))
    assert len(items) == 20 and _errors(items) == [
        "r.jsonl:4: 'published' is not a real date: '2024-02-30'",
        "r.jsonl:8: text is not valid Unicode (a lone surrogate such as \\ud800)"]


def test_a_file_name_that_is_not_utf8_is_kept_readable(tmp_path):
    path = Path(str(tmp_path / "caf") + "\udce9.txt")  # a Latin-1 byte in the name, as Linux gives it
    path.write_text(ARTICLE, encoding="utf-8")
    [a] = read_sources([str(path)])
    assert a.file_name == "caf\\udce9.txt" and a.file_name.encode("utf-8")


@pytest.mark.slow
def test_the_real_store_takes_the_good_rows_around_bad_ones(tmp_path, model_dir):
    """The reviewer's crash: the store refused a batch with 2024-02-30 or a surrogate. Now the bad rows are
    reported and every other row of the batch, and of the batches after it, is stored."""
    from stance import config, store
    from stance.analyze import Analyzer
    from stance.ingest import ingest

    lines = [json.dumps({"text": f"Article number {n}. Lena Vogt said “We stay in China.”",
                         "published": "2024-02-28", "title": f"t{n}"}) for n in range(40)]
    lines[2] = json.dumps({"text": "Dated badly.", "published": "2024-02-30"})
    lines[5] = '{"text": "ok", "title": "x' + SURROGATE + '"}'
    db = tmp_path / "s.duckdb"
    summary = ingest(read_payload(Payload("r.jsonl", "\n".join(lines).encode())), db,
                     lambda: Analyzer(config.data_dir() / "registry", model_dir), batch_size=16)
    assert (summary.articles_added, len(summary.errors)) == (38, 2) and summary.statements >= 38
    good = [json.loads(line)["text"] for n, line in enumerate(lines) if n not in (2, 5)]
    with store.reader(db) as con:
        assert store.existing_article_ids(con, [article_id(t) for t in good]) == {article_id(t) for t in good}
