"""Images as Bluesky should receive them: without the EXIF, XMP and IPTC a camera or phone
writes (where it was taken, the device, sometimes a name).

Bluesky's PDS keeps a blob's bytes as uploaded and its docs say to strip EXIF before
uploading (other networks strip it on their side). JPEG and PNG lose those segments and
chunks without being decoded again, so nothing else changes; each keeps only its
orientation, in a minimal EXIF block, so a phone photo still shows the right way up. Other
formats are sent as they are.
"""

from __future__ import annotations

import zlib
from pathlib import Path

ORIENTATION = 0x0112
_JPEG_DROPPED = {0xE1, 0xED, 0xFE}
"""APP1 (EXIF, XMP), APP13 (IPTC, Photoshop) and comments."""
_STANDALONE = {0x01, *range(0xD0, 0xD9)}
"""JPEG markers without a length: TEM, the restarts, SOI and EOI."""
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROPPED = {b"eXIf", b"tEXt", b"iTXt", b"zTXt"}
ROTATED = {5, 6, 7, 8}
"""EXIF orientations that turn the stored image a quarter: shown width and height swap."""


def _orientation_tiff(orientation: int) -> bytes:
    """EXIF data holding the orientation alone (big-endian TIFF, one IFD of one entry)."""
    entry = (
        ORIENTATION.to_bytes(2, "big")
        + (3).to_bytes(2, "big")  # SHORT
        + (1).to_bytes(4, "big")
        + orientation.to_bytes(2, "big")
        + b"\x00\x00"
    )
    return b"MM\x00\x2a" + (8).to_bytes(4, "big") + (1).to_bytes(2, "big") + entry + bytes(4)


def _orientation_block(orientation: int) -> bytes:
    """A JPEG APP1 segment whose EXIF holds the orientation alone."""
    payload = b"Exif\x00\x00" + _orientation_tiff(orientation)
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _jpeg(data: bytes, orientation: int | None) -> bytes | None:
    """The JPEG without its metadata segments; None when it cannot be walked safely."""
    out = bytearray(data[:2])
    if orientation and orientation != 1:
        out += _orientation_block(orientation)
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _STANDALONE:
            out += data[at : at + 2]
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2 or at + 2 + length > len(data):
            return None
        if marker == 0xDA:  # start of scan: the image data, kept as it is
            out += data[at:]
            return bytes(out)
        if marker not in _JPEG_DROPPED:
            out += data[at : at + 2 + length]
        at += 2 + length
    return None


def _png(data: bytes) -> bytes | None:
    out = bytearray(_PNG_SIGNATURE)
    at = len(_PNG_SIGNATURE)
    while at + 12 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            return None
        if kind not in _PNG_DROPPED:
            out += data[at:end]
        elif kind == b"eXIf":
            turned = _exif_orientation(data[at + 8 : end - 4])
            if turned is not None and turned != 1:
                tiff = _orientation_tiff(turned)
                crc = zlib.crc32(kind + tiff).to_bytes(4, "big")
                out += len(tiff).to_bytes(4, "big") + kind + tiff + crc
        at = end
        if kind == b"IEND":
            return bytes(out)
    return None


def _exif_orientation(tiff: bytes) -> int | None:
    """The orientation tag of an EXIF block's first IFD (TIFF, either byte order)."""
    order = {b"II": "little", b"MM": "big"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return None

    def number(at: int, size: int) -> int:
        return int.from_bytes(tiff[at : at + size], order)  # type: ignore[arg-type]

    ifd = number(4, 4)
    if ifd + 2 > len(tiff):
        return None
    for n in range(number(ifd, 2)):
        entry = ifd + 2 + 12 * n
        if entry + 12 > len(tiff):
            return None
        if number(entry, 2) == ORIENTATION:
            value = number(entry + 8, 2)
            return value if 1 <= value <= 8 else None
    return None


def jpeg_orientation(data: bytes) -> int | None:
    """The EXIF orientation (1 to 8) of a JPEG's bytes, None when it says none."""
    at = 2
    while data[:2] == b"\xff\xd8" and at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker in _STANDALONE:
            at += 2
            continue
        if marker == 0xDA:
            return None
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        segment = data[at + 4 : at + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            return _exif_orientation(segment[6:])
        at += 2 + max(length, 2)
    return None


def orientation_of(path: Path) -> int | None:
    """The EXIF orientation of a JPEG file (1 to 8), None when it says none; reads the
    file's first 64 KB (EXIF sits at its start)."""
    with path.open("rb") as file:
        return jpeg_orientation(file.read(65536))


def without_metadata(path: Path) -> bytes:
    """The image file's bytes without EXIF, XMP, IPTC or text metadata (JPEG, PNG), or as
    they are (other formats, or a file that cannot be walked). Reads the file: call it off
    the event loop."""
    data = path.read_bytes()
    if data[:2] == b"\xff\xd8":
        stripped = _jpeg(data, jpeg_orientation(data))
    elif data.startswith(_PNG_SIGNATURE):
        stripped = _png(data)
    else:
        stripped = None
    return data if stripped is None else stripped
