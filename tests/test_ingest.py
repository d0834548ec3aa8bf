"""Reading articles from every kind of input, including a local HTTP server."""

from __future__ import annotations

import http.server
import io
import json
import threading
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

class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's name
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


@pytest.mark.parametrize("path, reason", [("/loop", "redirects"), ("/big", "limit"), ("/gone", "HTTP 404")])
def test_fetch_limits(server, path, reason):
    errors = _errors(read_sources([server + path]))
    assert len(errors) == 1 and reason in errors[0]


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
