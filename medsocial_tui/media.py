"""Attachments: a file a person names is checked (it exists, it is an image or video we can
read) and copied into the practice's media folder, so the post never depends on a file that
is later moved or deleted."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from medsocial_tui.compliance.media import clean_image, refuse_dicom
from medsocial_tui.errors import UsageError
from medsocial_tui.practice import Practice

VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/x-m4v"}
MAX_BYTES = 512 * 1024 * 1024


def inspect(path: str | Path) -> dict[str, Any]:
    """What the channels need to know about a file: type, size and, for images, pixels.
    Raises UsageError in words when it cannot be attached."""
    from PIL import Image, UnidentifiedImageError

    file = Path(path).expanduser()
    if not str(path).strip():
        raise UsageError("no file named", fix="type the path of an image or video")
    if not file.exists():
        raise UsageError(
            f"there is no file {file}", fix="check the path (Tab completes in a shell)"
        )
    if not file.is_file():
        raise UsageError(f"{file} is a folder, not a file")
    size = file.stat().st_size
    if size == 0:
        raise UsageError(f"{file.name} is empty")
    if size > MAX_BYTES:
        raise UsageError(f"{file.name} is {size // (1024 * 1024)} MB", fix="attach at most 512 MB")
    guessed = mimetypes.guess_type(file.name)[0] or ""
    if guessed in VIDEO_TYPES:
        return {"mime_type": guessed, "size_bytes": size, "width": None, "height": None}
    try:
        with Image.open(file) as image:
            image.verify()
            fmt = image.format or ""
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise UsageError(
            f"{file.name} is not an image or video medsocial can read",
            fix="attach a JPEG, PNG, GIF, WebP image or an MP4/MOV video",
        ) from None
    mime = Image.MIME.get(fmt, guessed or "application/octet-stream")
    return {"mime_type": mime, "size_bytes": size, "width": width, "height": height}


def attach(practice: Practice, path: str | Path, alt_text: str = "") -> dict[str, Any]:
    """Check the file and copy it into the home's media folder (named by its content, so
    the same picture attached twice is stored once). Returns the post's media entry."""
    source = Path(path).expanduser()
    if source.is_file():
        refuse_dicom(source.read_bytes()[:8192], source.name)
    facts = inspect(source)
    data = source.read_bytes()
    if facts["mime_type"] not in VIDEO_TYPES:
        # Stored without EXIF/GPS, captions or comments (compliance/media.py says why).
        data = clean_image(data, source.name).data
        facts = {**facts, "size_bytes": len(data)}
    digest = hashlib.sha256(data).hexdigest()[:20]
    suffix = source.suffix.lower() or mimetypes.guess_extension(facts["mime_type"]) or ""
    folder = practice.home.media_dir
    folder.mkdir(exist_ok=True)
    target = folder / f"{digest}{suffix}"
    if not target.exists():
        target.write_bytes(data)
    return {
        "path": str(target.relative_to(practice.home.root)),
        "name": source.name,
        "alt_text": alt_text,
        **facts,
    }
