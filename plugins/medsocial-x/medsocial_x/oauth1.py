"""OAuth 1.0a request signing (HMAC-SHA1), as X's user-context endpoints accept it.

OAuth 1.0a user tokens do not expire, which suits a publisher run from cron; only query and
form parameters are signed (JSON and multipart bodies are not part of the signature).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlsplit


@dataclass(frozen=True)
class Keys:
    consumer_key: str
    consumer_secret: str
    token: str
    token_secret: str


def pct(value: str) -> str:
    """RFC 3986 percent-encoding, as OAuth 1.0a requires."""
    return quote(value, safe="~-._")


def base_url(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    port = f":{parts.port}" if parts.port and parts.port != default else ""
    return f"{parts.scheme.lower()}://{host}{port}{parts.path}"


def signature(
    method: str,
    url: str,
    params: Iterable[tuple[str, str]],
    consumer_secret: str,
    token_secret: str,
) -> str:
    pairs = sorted((pct(k), pct(v)) for k, v in params)
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    base = "&".join((method.upper(), pct(base_url(url)), pct(normalized)))
    key = f"{pct(consumer_secret)}&{pct(token_secret)}".encode()
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()


def authorization(
    method: str,
    url: str,
    keys: Keys,
    params: Mapping[str, str] | None = None,
    *,
    nonce: str | None = None,
    timestamp: int | None = None,
) -> str:
    """The ``Authorization`` header for one request; ``params`` are its query/form fields."""
    oauth = {
        "oauth_consumer_key": keys.consumer_key,
        "oauth_nonce": nonce or secrets.token_hex(16),
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": str(timestamp if timestamp is not None else int(time.time())),
        "oauth_token": keys.token,
        "oauth_version": "1.0",
    }
    all_params = [*(params or {}).items(), *oauth.items()]
    oauth["oauth_signature"] = signature(
        method, url, all_params, keys.consumer_secret, keys.token_secret
    )
    return "OAuth " + ", ".join(f'{pct(k)}="{pct(v)}"' for k, v in sorted(oauth.items()))


def parse_header(header: str) -> dict[str, str]:
    """The oauth_* fields of an ``Authorization: OAuth ...`` header (for the fake server)."""
    from urllib.parse import unquote

    if not header.startswith("OAuth "):
        return {}
    fields: dict[str, str] = {}
    for item in header[6:].split(","):
        name, _, value = item.strip().partition("=")
        fields[unquote(name)] = unquote(value.strip('"'))
    return fields
