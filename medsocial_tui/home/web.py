"""The one way the core builds an HTTP client: bounded timeouts, a User-Agent that names
medsocial and its version, and no redirect followed with credentials.

API clients (:func:`api_client`, through :meth:`Practice.http_client`) follow no redirects at
all: plugins put tokens in headers and, on some networks, in the query string, and a redirect
to another host would carry them there. A plugin that expects a redirect (a media URL) follows
it itself, knowingly. :func:`page_client` fetches public pages (a link's title) that carry no
credentials, so it follows a few redirects.
"""

from __future__ import annotations

import httpx

from medsocial_tui import __version__

USER_AGENT = f"medsocial/{__version__}"
CONNECT_SECONDS = 10.0
"""How long to wait for a connection, at most (the whole request has its own limit)."""
PAGE_REDIRECTS = 3


def _timeout(seconds: float) -> httpx.Timeout:
    return httpx.Timeout(seconds, connect=min(CONNECT_SECONDS, seconds))


def api_client(timeout_seconds: float) -> httpx.AsyncClient:
    """For talking to networks' APIs with an account's credentials: no redirects."""
    return httpx.AsyncClient(
        timeout=_timeout(timeout_seconds),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


def page_client(timeout_seconds: float) -> httpx.Client:
    """For reading a public page without credentials: a few redirects are followed."""
    return httpx.Client(
        timeout=_timeout(timeout_seconds),
        follow_redirects=True,
        max_redirects=PAGE_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
    )
