"""Links a practice shares: is the source one it trusts, and what is the article called.

Checking is offline; fetching the title is one short GET (a few seconds at most) that reads
only the page's head, and gives up quietly when offline: the post can still be written.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

import httpx

from medsocial_tui.errors import UsageError
from medsocial_tui.home import web

TITLE_TIMEOUT_SECONDS = 3.0
MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class LinkCheck:
    """What medsocial says about a link before it is shared."""

    url: str
    """As the person gave it, without the spaces around it."""
    host: str
    """Lower case, without ``www.``."""
    trusted: bool
    """The host is one of the practice's trusted sources or under one."""
    warning: str = ""
    """Empty for a trusted host; otherwise what to do before sharing the link (read the
    article first, or add its domain to ``trusted_sources`` in practice.toml)."""


def host_of(url: str) -> str:
    split = urlsplit(url.strip())
    if split.scheme not in ("http", "https") or not split.hostname:
        raise UsageError(f"{url!r} is not a web address", fix="paste the full address, https://...")
    return split.hostname.lower().removeprefix("www.")


def is_trusted(host: str, trusted_sources: tuple[str, ...] | list[str]) -> bool:
    """True when ``host`` is a trusted domain or under one (``www.cdc.gov`` under ``cdc.gov``)."""
    for domain in trusted_sources:
        domain = domain.lower().strip().removeprefix("www.")
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def check(url: str, trusted_sources: tuple[str, ...] | list[str]) -> LinkCheck:
    host = host_of(url)
    if is_trusted(host, trusted_sources):
        return LinkCheck(url.strip(), host, True)
    return LinkCheck(
        url.strip(),
        host,
        False,
        f"{host} is not one of the practice's trusted sources: check the article before "
        "sharing it, or add the domain to trusted_sources in practice.toml",
    )


class _HeadReader(HTMLParser):
    """Collects ``og:title`` and ``<title>`` from a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.og_title = ""
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta" and values.get("property", values.get("name", "")).lower() == "og:title":
            self.og_title = self.og_title or values.get("content", "").strip()
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def title_from_html(html: str) -> str | None:
    reader = _HeadReader()
    try:
        reader.feed(html)
    except Exception:  # noqa: BLE001 - a broken page just has no title
        return None
    found = reader.og_title or " ".join(reader.title.split())
    return found[:300] or None


def fetch_title(url: str, *, timeout: float = TITLE_TIMEOUT_SECONDS) -> str | None:
    """The article's title (``og:title``, else ``<title>``), or None when offline, slow, or
    not an HTML page."""
    try:
        with web.page_client(timeout) as client:
            with client.stream("GET", url, headers={"Accept": "text/html"}) as response:
                if response.status_code != 200:
                    return None
                if "html" not in response.headers.get("content-type", "text/html"):
                    return None
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) >= MAX_BYTES or b"</head>" in body.lower():
                        break
                encoding = response.encoding or "utf-8"
    except (httpx.HTTPError, OSError, ValueError):
        return None
    return title_from_html(body.decode(encoding, "replace"))
