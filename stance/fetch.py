"""Fetch articles and RSS/Atom feeds over http(s), with limits.

Only ``http`` and ``https``; a timeout on every request; a size cap on every
body; at most ``MAX_REDIRECTS`` redirects, each target checked again; no
loopback, private, link-local or reserved addresses unless the environment
variable ``STANCE_FETCH_ALLOW_PRIVATE=1`` is set (tests do, for their local
server). A feed's items are fetched one by one, at most ``MAX_FEED_ITEMS``.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from typing import Iterator

from . import config
from .ingest import InputError, decode, html_article, make_article
from .records import Article

TIMEOUT_SECONDS = 10
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
MAX_FEED_ITEMS = 100
USER_AGENT = "china-stance/0.1 (+article ingest)"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # we follow redirects ourselves, checking each target
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def check_url(url: str) -> None:
    """Raise InputError unless url is http(s) to a public address (or private ones are allowed)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: only http and https URLs can be fetched")
    if config.get("STANCE_FETCH_ALLOW_PRIVATE") == "1":
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        raise InputError(f"{url}: host {parts.hostname} not found") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            raise InputError(f"{url}: refusing to fetch a private or local address ({ip})")


def fetch(url: str) -> tuple[bytes, str, str]:
    """(body, content type, final url), following at most MAX_REDIRECTS checked redirects."""
    for _ in range(MAX_REDIRECTS + 1):
        check_url(url)
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with _OPENER.open(req, timeout=TIMEOUT_SECONDS) as resp:
                body = resp.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise InputError(f"{url}: response over the {MAX_BYTES}-byte limit")
                return body, resp.headers.get("Content-Type", ""), url
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                url = urllib.parse.urljoin(url, exc.headers["Location"])
                continue
            raise InputError(f"{url}: HTTP {exc.code}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise InputError(f"{url}: cannot fetch ({reason})") from None
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")


def feed_links(body: bytes) -> list[str] | None:
    """Item links of an RSS or Atom feed, or None when body is not a feed."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    tag = root.tag.rsplit("}", 1)[-1].lower()
    links: list[str] = []
    if tag in ("rss", "rdf"):
        for item in root.iter():
            if item.tag.rsplit("}", 1)[-1] == "item":
                link = next((c.text for c in item if c.tag.rsplit("}", 1)[-1] == "link" and c.text), None)
                if link:
                    links.append(link.strip())
    elif tag == "feed":
        for entry in root:
            if entry.tag.rsplit("}", 1)[-1] != "entry":
                continue
            for c in entry:
                if c.tag.rsplit("}", 1)[-1] == "link" and c.get("href") and c.get("rel", "alternate") == "alternate":
                    links.append(c.get("href").strip())
                    break
    else:
        return None
    return links[:MAX_FEED_ITEMS]


def _article(body: bytes, ctype: str, url: str) -> Article:
    text = decode(body, url)
    if "html" in ctype.lower() or text.lstrip()[:1] == "<":
        return html_article(text, url, url, url=url)
    return make_article(text, url, url, {"url": url})


def fetch_articles(url: str) -> Iterator[Article | InputError]:
    """One article, or every item of a feed."""
    try:
        body, ctype, final = fetch(url)
    except InputError as exc:
        yield exc
        return
    links = feed_links(body) if ("xml" in ctype.lower() or body.lstrip()[:5] in (b"<?xml", b"<rss ", b"<feed")) \
        else None
    if links is None:
        try:
            yield _article(body, ctype, final)
        except InputError as exc:
            yield exc
        return
    if not links:
        yield InputError(f"{url}: feed has no item links")
    for link in links:
        link = urllib.parse.urljoin(final, link)
        try:
            yield _article(*fetch(link))
        except InputError as exc:
            yield exc
