"""Record keys for posts: TIDs (``app.bsky.feed.post`` declares ``"key": "tid"``; posts under
other keys are stored but never shown by the App View), derived from the delivery so every
attempt of one delivery writes the same record."""

from __future__ import annotations

import hashlib
from datetime import datetime

import regex

ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
TID = regex.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def encode(micros: int, clock_id: int) -> str:
    """A TID: 53 bits of microseconds since the epoch and a 10-bit clock id, base32-sortable."""
    value = (micros << 10) | (clock_id & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def is_tid(key: str) -> bool:
    return bool(TID.match(key))


def for_delivery(delivery_id: int, idempotency_key: str, moment: datetime) -> str:
    """The delivery's record key: the second of ``moment`` (its schedule) with microseconds and
    clock id taken from a hash of the delivery, so two posts due at the same time differ."""
    digest = hashlib.sha256(f"{delivery_id}:{idempotency_key}".encode()).digest()
    micros = int(moment.timestamp()) * 1_000_000 + int.from_bytes(digest[:4], "big") % 1_000_000
    return encode(micros, int.from_bytes(digest[4:6], "big"))
