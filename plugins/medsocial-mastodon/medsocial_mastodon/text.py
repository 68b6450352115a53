"""A status's length as Mastodon's server counts it (``StatusLengthValidator``).

Graphemes, not code points: a flag or a family emoji is one character. Every link the
server's twitter-text rules find counts the instance's ``characters_reserved_per_url`` (23
on Mastodon; only links that start with a protocol; a ``).`` after one is not part of it),
and a remote mention counts only its ``@user`` part.
"""

from __future__ import annotations

import regex
from medsocial_twitter_text import Flavour, extract_links

URL_WEIGHT = 23
"""What a link counts unless the instance says otherwise (``characters_reserved_per_url``)."""
MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@\w+(?:[.-]+\w+)*)?", regex.IGNORECASE
)
"""A mention as Mastodon reads one: ``@user`` or ``@user@domain``."""
GRAPHEME = regex.compile(r"\X")


def without_domains(text: str) -> str:
    """``text`` with each mention as its ``@user`` part: how Mastodon shows a mention of
    an account it knows (``@drpatel``, not ``@drpatel@dental.social``) in a status's
    content."""
    return MENTION.sub(lambda m: f"@{m.group(1)}", text)


def countable_text(text: str, url_weight: int = URL_WEIGHT) -> str:
    """The text Mastodon measures: links as ``url_weight`` characters, mentions without
    their domain."""
    parts, position = [], 0
    for link in extract_links(text, Flavour.MASTODON):
        parts.append(without_domains(text[position : link.start]))
        parts.append("x" * url_weight)
        position = link.end
    parts.append(without_domains(text[position:]))
    return "".join(parts)


def status_length(text: str, spoiler_text: str = "", url_weight: int = URL_WEIGHT) -> int:
    """The number Mastodon compares with the instance's ``max_characters``, each link
    counting ``url_weight``."""
    return len(GRAPHEME.findall(spoiler_text + countable_text(text, url_weight)))
