"""X's weighted length, as twitter-text v3 counts it.

The text is NFC-normalised; every URL weighs 23; an emoji (with its modifiers and joiners)
weighs 2; a code point in the Latin and general-punctuation ranges weighs 1 and every other
(CJK, most symbols) weighs 2. The limit is 280.
"""

from __future__ import annotations

import unicodedata

import regex

MAX_WEIGHTED = 280
URL_WEIGHT = 23
SCALE = 100
DEFAULT_WEIGHT = 200
LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
"""Code point ranges weighing 100 (1 character), from twitter-text ``config/v3.json``."""

_TLDS = (
    "com|org|net|gov|edu|mil|int|info|biz|health|dental|care|clinic|doctor|hospital|"
    "io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|be|ch|at|eu|me|app|dev|ly|tv"
)
URL = regex.compile(
    r"(?:https?://[^\s]+"
    r"|(?<![@\w.])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:"
    + _TLDS
    + r")\b(?:/[^\s]*)?)",
    regex.IGNORECASE,
)
_TRAILING = regex.compile(r"[.,;:!?'\")\]]+$")
_EMOJI = regex.compile(
    r"\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\u20E3|\p{Regional_Indicator}"
)


def urls(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs X would shorten, trailing punctuation left out."""
    spans = []
    for match in URL.finditer(text):
        value = _TRAILING.sub("", match.group())
        spans.append((match.start(), match.start() + len(value)))
    return spans


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
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for start, end in urls(text):
        total += sum(_weight(c) for c in regex.findall(r"\X", text[position:start]))
        total += URL_WEIGHT * SCALE
        position = end
    total += sum(_weight(c) for c in regex.findall(r"\X", text[position:]))
    return total // SCALE
