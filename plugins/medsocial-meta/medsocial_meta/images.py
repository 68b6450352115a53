"""What the Meta channels need to know about an attached image, read offline, beyond its
size and dimensions (``kit.media_size``, ``kit.media_dimensions``): whether it is here."""

from __future__ import annotations

from pathlib import Path

from medsocial_tui import channelkit as kit

MIB = 1024 * 1024


def readable(media: kit.Media) -> bool:
    return Path(media.path).is_file()
