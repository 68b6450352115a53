"""X's weighted length, as twitter-text v3 counts it.

The text is NFC-normalised; every link twitter-text finds (with its official list of
top-level domains, so ``example.xyz`` is one) weighs 23; an emoji (with its modifiers and
joiners) weighs 2; a code point in the Latin and general-punctuation ranges weighs 1 and
every other (CJK, most symbols) weighs 2. The limit is 280.
"""

from __future__ import annotations

import unicodedata

import regex
from medsocial_twitter_text import Flavour, extract_links

MAX_WEIGHTED = 280
URL_WEIGHT = 23
SCALE = 100
DEFAULT_WEIGHT = 200
LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
"""Code point ranges weighing 100 (1 character), from twitter-text ``config/v3.json``."""

_EMOJI = regex.compile(
    r"\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\u20E3|\p{Regional_Indicator}"
)
_NEWLINES = regex.compile(r"\r\n|\r")


def urls(text: str) -> list[tuple[int, int]]:
    """Spans of the links X would shorten to 23 characters."""
    return [(link.start, link.end) for link in extract_links(text, Flavour.X)]


def without_links(text: str) -> str:
    """``text`` with every link X finds replaced by a space (X rewrites links to t.co)."""
    parts, position = [], 0
    for start, end in urls(text):
        parts.append(text[position:start])
        parts.append(" ")
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _weight(cluster: str) -> int:
    if _EMOJI.search(cluster):
        return DEFAULT_WEIGHT
    total = 0
    for char in cluster:
        point = ord(char)
        light = any(low <= point <= high for low, high in LIGHT_RANGES)
        total += SCALE if light else DEFAULT_WEIGHT
    return total


def weighted_length(text: str) -> int:
    """The number X compares with 280."""
    text = _NEWLINES.sub("\n", unicodedata.normalize("NFC", text))
    total = 0
    position = 0
    for start, end in urls(text):
        total += sum(_weight(c) for c in regex.findall(r"\X", text[position:start]))
        total += URL_WEIGHT * SCALE
        position = end
    total += sum(_weight(c) for c in regex.findall(r"\X", text[position:]))
    return total // SCALE
