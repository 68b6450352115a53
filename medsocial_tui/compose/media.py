"""Attachments: a file is checked (it is an image or video we can read) and copied into the
practice's media folder, named by its content, with its SHA-256 kept in the post; at send
time the file is opened inside ``media/`` without following links and its digest checked,
so a swapped or linked file is never uploaded.

Reached through SSH or sudo the app runs as the service account, so it never reads a file by
a path a person names: the file is streamed in (``ssh medsocial@box attach < photo.jpg``)
and then attached by the name ``attach`` printed."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import stat
import tempfile
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from medsocial_tui.compliance.media import clean_image, refuse_dicom
from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import Practice

VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/x-m4v"}
MAX_BYTES = 512 * 1024 * 1024
MAX_PIXELS = 40_000_000
"""Pixels a picture may have (a 8000x5000 photo); every network shrinks far below this."""


def inspect(path: str | Path) -> dict[str, Any]:
    """What the channels need to know about a file: type, size and, for images, pixels.
    Raises UsageError in words when it cannot be attached."""
    from PIL import Image

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
    with open(file, "rb") as handle:
        head = handle.read(12)
    if head[4:8] == b"ftyp":
        guessed = "video/quicktime" if head[8:12] == b"qt  " else guessed or "video/mp4"
    if guessed in VIDEO_TYPES:
        return {"mime_type": guessed, "size_bytes": size, "width": None, "height": None}
    fmt, width, height = image_facts(file)
    mime = Image.MIME.get(fmt, guessed or "application/octet-stream")
    return {"mime_type": mime, "size_bytes": size, "width": width, "height": height}


def image_facts(file: Path) -> tuple[str, int, int]:
    """An image's format and pixel size, read from its header and checked: a picture over
    MAX_PIXELS is refused in words before anything decodes it (PIL's own guard stops the
    whole app at ~179 MP and warns from ~89 MP)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                fmt = image.format or ""
                width, height = image.size
                if width * height <= MAX_PIXELS:
                    image.verify()
    except Image.DecompressionBombError:
        raise _too_big(file, None) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UsageError(
            f"{file.name} is not an image or video medsocial can read",
            fix="attach a JPEG, PNG, GIF, WebP image or an MP4/MOV video",
        ) from None
    if width * height > MAX_PIXELS:
        raise _too_big(file, (width, height))
    return fmt, width, height


def _too_big(file: Path, size: tuple[int, int] | None) -> UsageError:
    pixels = f"{size[0]}x{size[1]} ({size[0] * size[1] / 1e6:.0f} MP)" if size else "far too big"
    return UsageError(
        f"{file.name} is {pixels}; medsocial takes pictures up to {MAX_PIXELS // 1_000_000} MP",
        fix="resize it (no network shows more than about 4096 pixels a side) and attach it again",
    )


_STORED_NAME = re.compile(r"^[0-9a-f]{20}\.[a-z0-9]{1,5}$|^[0-9a-f]{20}$")


def _open_inside(folder: Path, name: str) -> int:
    """A read-only descriptor for ``folder/name``: a plain name, no link followed (the
    folder's own path resolved first), a regular file. Raises UsageError in words."""
    if "/" in name or name in ("", ".", "..") or "\0" in name:
        raise UsageError(f"{name!r} is not a file in the media folder")
    real = folder.resolve()
    try:
        fd = os.open(real / name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except FileNotFoundError:
        raise UsageError(
            f"there is no {name} in the practice's media folder",
            fix="stream the file in first: `ssh <service account>@<host> attach < photo.jpg`",
        ) from None
    except OSError as exc:
        raise UsageError(
            f"media/{name} cannot be opened safely ({exc.strerror}); a link is never followed",
            where=str(folder / name),
            fix="attach the file again",
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UsageError(f"media/{name} is not a plain file", where=str(folder / name))
    return fd


def _digest_of(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


def _entry(practice: Practice, target: Path, name: str, alt: str, sha: str) -> dict[str, Any]:
    return {
        "path": str(target.relative_to(practice.home.root)),
        "name": name,
        "alt_text": alt,
        "sha256": sha,
        **inspect(target),
    }


def store_stream(
    practice: Practice, stream: BinaryIO, name: str = "", alt_text: str = ""
) -> dict[str, Any]:
    """Copy a stream (a file piped in over SSH) into the media folder and check it is an
    image or video; the post's media entry. Nothing is left behind when it is refused."""
    folder = practice.home.media_dir
    folder.mkdir(mode=0o700, exist_ok=True)
    suffix = Path(name).suffix.lower() if name else ""
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-", suffix=suffix)
    tmp = Path(tmp_name)
    try:
        digest, size = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise UsageError("the file is larger than 512 MB", fix="send a smaller one")
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise UsageError(
                "nothing arrived on standard input",
                fix="send the file with `< photo.jpg`: ssh <service account>@<host> attach "
                "< photo.jpg",
            )
        shown = name or "the file"
        with open(tmp, "rb") as head:
            refuse_dicom(head.read(8192), shown)
        facts = inspect(tmp)
        sha = digest.hexdigest()
        if facts["mime_type"] not in VIDEO_TYPES:
            # Stored without EXIF/GPS, captions or comments (compliance/media.py says why).
            cleaned = clean_image(tmp.read_bytes(), shown).data
            with open(tmp, "wb") as out:
                out.write(cleaned)
            sha = hashlib.sha256(cleaned).hexdigest()
        suffix = suffix or mimetypes.guess_extension(facts["mime_type"]) or ""
        target = folder / f"{sha[:20]}{suffix}"
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return _entry(practice, target, Path(name).name if name else target.name, alt_text, sha)


def attach(practice: Practice, path: str | Path, alt_text: str = "") -> dict[str, Any]:
    """Attach a file: one already in the media folder by its name (what ``attach`` printed),
    or, for the owner at their own terminal, any file by path, copied in (named by its
    content, so the same picture attached twice is stored once). Returns the media entry.

    Reached through SSH or sudo only the first form is allowed: the app runs as the service
    account and must not read a file a person names."""
    text = str(path).strip()
    if not text:
        raise UsageError("no file named", fix="type the path of an image or video")
    name = text.removeprefix("media/")
    if "/" not in name and _STORED_NAME.match(name):
        fd = _open_inside(practice.home.media_dir, name)
        with os.fdopen(fd, "rb") as handle:
            sha = _digest_of(handle)
        return _entry(practice, practice.home.media_dir / name, name, alt_text, sha)
    if practice.restricted:
        raise UsageError(
            f"a file cannot be attached by its path here ({text})",
            fix="the app runs as the practice's account for you: stream the file in with "
            "`ssh <service account>@<host> attach < photo.jpg` and attach the name it prints",
        )
    source = Path(text).expanduser()
    if source.is_file():
        with open(source, "rb") as head:
            refuse_dicom(head.read(8192), source.name)
    inspect(source)
    with open(source, "rb") as handle:
        return store_stream(practice, handle, source.name, alt_text)


def stored_path(practice: Practice, entry: Mapping[str, Any]) -> Path:
    """Where a media entry's file is, inside the media folder (never anywhere else)."""
    return practice.home.media_dir / Path(str(entry["path"])).name


def sending_problem(practice: Practice, entries: Iterable[Mapping[str, Any]]) -> str | None:
    """Why a post's media must not be sent, in words, or None: each file must be a plain
    file inside media/ (opened without following links) whose SHA-256 is the one recorded
    when it was attached."""
    folder = practice.home.media_dir
    for entry in entries:
        if entry.get("url") and not entry.get("path"):
            continue
        # A network that fetches the file from its public url reads nothing here.
        recorded = str(entry.get("path", ""))
        name = Path(recorded).name
        if Path(recorded).is_absolute() or Path(recorded).parent != Path("media"):
            return (
                f"the attachment {recorded} is outside the practice's media folder; attach it again"
            )
        if entry.get("url") and not os.path.lexists(folder / name):
            continue
        try:
            fd = _open_inside(folder, name)
        except UsageError as exc:
            return f"the attachment {name} cannot be sent: {exc.what}"
        with os.fdopen(fd, "rb") as handle:
            actual = _digest_of(handle)
        expected = str(entry.get("sha256") or "")
        if expected:
            matches = actual == expected
        else:
            stem = name.split(".", 1)[0]
            matches = bool(re.fullmatch(r"[0-9a-f]{20}", stem)) and actual.startswith(stem)
        if not matches:
            return (
                f"the attachment {name} changed after it was attached (its SHA-256 differs); "
                "it was not sent. Attach the picture again and have the post approved again"
            )
    return None
