"""Media that leak: what an attached file says besides its pixels.

A phone photo carries EXIF (where it was taken by GPS, when, the camera's owner, the
software), often XMP and IPTC captions, and JPEG or PNG comments; a radiograph exported from
imaging software may be a DICOM file, whose header holds the patient's name, ID and birth
date. Before a file is stored in ``media/``:

- a DICOM file (the ``DICM`` mark, or any file pydicom reads as a dataset) is refused;
- an image is re-written from its pixels with no metadata at all, turned the way its EXIF
  orientation says first, so it looks the same; what was removed is listed in words.

Not checked: text drawn inside the pixels (a name on a whiteboard, a chart on a screen):
no local OCR engine is part of the install, so a person must still look at every photo.
Videos are stored as they are; their metadata is not cleaned.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from medsocial_tui.errors import ComplianceBlocked, UsageError

_DICOM_MARK_OFFSET = 128
_EXIF_GPS = 0x8825
_EXIF_SUB_IFD = 0x8769
_EXIF_WORDS = {
    0x013B: "the artist's name",
    0x8298: "a copyright holder's name",
    0xA430: "the camera owner's name",
    0x9C9D: "an author's name",
    0x010E: "an image description",
    0x9C9C: "a comment",
    0x9286: "a comment",
    0x0132: "the date and time",
    0x9003: "the date taken",
    0x9004: "the date digitised",
    0x0131: "the software used",
    0x010F: "the camera make",
    0x0110: "the camera model",
    0xA431: "the camera serial number",
    0xA435: "the lens serial number",
}


@dataclass(frozen=True)
class CleanedImage:
    """The image re-written without metadata, and what was in the original, in words."""

    data: bytes
    format: str
    removed: list[str] = field(default_factory=list)


def looks_like_dicom(data: bytes) -> bool:
    """The DICOM file mark, or a dataset pydicom can read without being forced."""
    if data[_DICOM_MARK_OFFSET : _DICOM_MARK_OFFSET + 4] == b"DICM":
        return True
    if b"DICM" not in data[:4096] and b"\x08\x00" not in data[:2]:
        return False
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        pydicom.dcmread(io.BytesIO(data), force=False, stop_before_pixels=True)
    except (InvalidDicomError, OSError, ValueError, EOFError, KeyError, TypeError):
        return False
    return True


def refuse_dicom(data: bytes, name: str) -> None:
    """Raise ``ComplianceBlocked`` when ``data`` is a DICOM file."""
    if looks_like_dicom(data):
        raise ComplianceBlocked(
            f"{name} is a DICOM file: its header holds the patient's name, ID and birth date",
            fix="export the image as a JPEG or PNG without patient data, and check it shows "
            "no name or date in the picture",
        )


def _metadata_words(image: object) -> list[str]:
    from PIL import Image

    assert isinstance(image, Image.Image)
    words: list[str] = []
    exif = image.getexif()
    if exif:
        if exif.get_ifd(_EXIF_GPS) or _EXIF_GPS in exif:
            words.append("the GPS location")
        tags = dict(exif)
        tags.update(exif.get_ifd(_EXIF_SUB_IFD))
        for tag, what in _EXIF_WORDS.items():
            if tag in tags and what not in words:
                words.append(what)
        if not words:
            words.append("EXIF data")
    info = image.info
    if any(key in info for key in ("xmp", "XML:com.adobe.xmp")):
        words.append("XMP data (captions, people tagged)")
    if "comment" in info:
        words.append("a comment")
    if any(isinstance(value, str) for key, value in info.items() if key not in ("xmp",)):
        words.append("text chunks")
    if "photoshop" in info or "iptc" in info:
        words.append("IPTC captions")
    return words


def clean_image(data: bytes, name: str) -> CleanedImage:
    """``data`` re-written from its pixels alone. Refuses DICOM; raises UsageError when the
    file is not an image Pillow can read."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    refuse_dicom(data, name)
    try:
        with Image.open(io.BytesIO(data)) as original:
            fmt = original.format or "PNG"
            removed = _metadata_words(original)
            frames = getattr(original, "n_frames", 1)
            if frames > 1:
                return _clean_animation(original, fmt, removed)
            image = ImageOps.exif_transpose(original)
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise UsageError(
            f"{name} is not an image medsocial can read",
            fix="attach a JPEG, PNG, GIF or WebP image",
        ) from None
    pixels = Image.frombytes(image.mode, image.size, image.tobytes())
    if "transparency" in image.info and image.mode in ("P", "L", "RGB"):
        pixels.info["transparency"] = image.info["transparency"]
    if image.mode == "P":
        palette = image.getpalette()
        if palette is not None:
            pixels.putpalette(palette)
    out = io.BytesIO()
    options: dict[str, object] = {}
    if fmt == "JPEG":
        options = {"quality": 95}
        if pixels.mode not in ("RGB", "L", "CMYK"):
            pixels = pixels.convert("RGB")
    elif fmt not in ("PNG", "GIF", "WEBP", "TIFF", "BMP"):
        fmt = "PNG"
    pixels.save(out, format=fmt, **options)
    return CleanedImage(out.getvalue(), fmt, removed)


def _clean_animation(original: object, fmt: str, removed: list[str]) -> CleanedImage:
    from PIL import Image, ImageSequence

    assert isinstance(original, Image.Image)
    frames = []
    for frame in ImageSequence.Iterator(original):
        copy = frame.copy()
        copy.info = {k: v for k, v in frame.info.items() if k in ("duration", "loop")}
        frames.append(copy)
    out = io.BytesIO()
    frames[0].save(out, format=fmt, save_all=True, append_images=frames[1:])
    return CleanedImage(out.getvalue(), fmt, removed)


def clean_file(path: Path) -> CleanedImage:
    """The cleaned image of the file at ``path``."""
    return clean_image(path.read_bytes(), path.name)
