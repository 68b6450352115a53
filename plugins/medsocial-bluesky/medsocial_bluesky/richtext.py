"""Bluesky post text: graphemes as the lexicon counts them, and facets with UTF-8 byte offsets
(links are not clickable without a link facet)."""

from __future__ import annotations

import unicodedata
from typing import Any

import regex

MAX_GRAPHEMES = 300
MAX_BYTES = 3000
MAX_TAG_GRAPHEMES = 64
LINK = regex.compile(r"https?://[^\s]+")
TAG = regex.compile(r"(?<!\S)[#＃]([^\s\p{P}\p{S}][^\s]*)")
"""A hashtag as Bluesky's own apps find one: at the start or after a space (so never the
``#`` of a link's fragment: facets must not overlap)."""
_TRAILING = regex.compile(r"[.,;:!?'\")\]]+$")


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters, UAX #29) after NFC."""
    return len(regex.findall(r"\X", unicodedata.normalize("NFC", text)))


def _bytes_before(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def facets(text: str) -> list[dict[str, Any]]:
    """Link and hashtag facets for ``text``, indexed by UTF-8 byte offsets (end exclusive)."""
    found: list[dict[str, Any]] = []
    for match in LINK.finditer(text):
        uri = _TRAILING.sub("", match.group())
        start = match.start()
        found.append(
            {
                "index": {
                    "byteStart": _bytes_before(text, start),
                    "byteEnd": _bytes_before(text, start + len(uri)),
                },
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
            }
        )
    for match in TAG.finditer(text):
        tag = _TRAILING.sub("", match.group(1))
        if tag.isdigit() or graphemes(tag) > MAX_TAG_GRAPHEMES:
            continue
        start = match.start()
        found.append(
            {
                "index": {
                    "byteStart": _bytes_before(text, start),
                    "byteEnd": _bytes_before(text, start + 1 + len(tag)),
                },
                "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
            }
        )
    return sorted(found, key=lambda f: f["index"]["byteStart"])
