"""Cards and pictures cannot stall or crash the app: wrapping measures text in linear time,
an oversized card text is refused in words, and a picture over the pixel cap is refused in
words before anything decodes it."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from medsocial_tui import cards
from medsocial_tui.compose import media
from medsocial_tui.errors import UsageError


class CountingFont:
    """A real font that counts how many characters it is asked to measure."""

    def __init__(self, size: int = 40) -> None:
        self.font = cards.load_font(size)
        self.measured = 0

    def getlength(self, text: str) -> float:
        self.measured += len(text)
        return self.font.getlength(text)


@pytest.mark.parametrize("shape", ["one long word", "many words"])
def test_wrapping_measures_in_linear_time(shape):
    def measured(n: int) -> int:
        text = "x" * n if shape == "one long word" else " ".join(["word"] * (n // 5))
        font = CountingFont()
        lines = cards.wrap(text, font, 900)
        assert all(font.font.getlength(line) <= 900 for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        return font.measured

    small, large = measured(2000), measured(8000)
    assert large <= 4.5 * small
    assert large <= 3 * 8000


def test_an_answer_too_long_for_a_card_is_refused_at_once():
    with pytest.raises(UsageError) as refused:
        cards.render(cards.Card(title="Why?", body="y" * 2000))
    assert "2000 characters" in refused.value.what


def _png_header(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims ``width`` x ``height`` (its pixels are never needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.mark.parametrize(("width", "height"), [(10_000, 10_000), (20_000, 10_000)])
def test_a_picture_over_the_pixel_cap_is_refused_in_words(tmp_path, width, height):
    picture = _png_header(tmp_path / "huge.png", width, height)
    with pytest.raises(UsageError) as refused:
        media.inspect(picture)
    assert "40 MP" in refused.value.what
    assert "resize it" in refused.value.fix


def test_a_picture_under_the_cap_is_accepted(tmp_path):
    from PIL import Image

    Image.new("RGB", (1200, 900), "white").save(tmp_path / "ok.png")
    facts = media.inspect(tmp_path / "ok.png")
    assert (facts["width"], facts["height"]) == (1200, 900)
