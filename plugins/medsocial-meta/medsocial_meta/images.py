"""What the Meta channels need to know about an attached image, read offline: its type, its
size and its dimensions (from the draft when given, otherwise from the file's header)."""

from __future__ import annotations

from pathlib import Path

from medsocial_tui import channelkit as kit

MIB = 1024 * 1024


def size_of(media: kit.Media) -> int | None:
    if media.size_bytes is not None:
        return media.size_bytes
    path = Path(media.path)
    return path.stat().st_size if path.is_file() else None


def dimensions_of(media: kit.Media) -> tuple[int, int] | None:
    """Width and height; Pillow reads only the header, so this stays fast for the preview."""
    if media.width and media.height:
        return media.width, media.height
    path = Path(media.path)
    if not path.is_file():
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return None


def readable(media: kit.Media) -> bool:
    return Path(media.path).is_file()
