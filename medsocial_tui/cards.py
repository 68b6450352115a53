"""Shareable image cards (a patient-education Q&A, a notice): 1080x1350 PNGs in the practice's
colours, with large wrapped type that stays legible on a phone, and alt text kept with them.

Fonts: DejaVu Sans when the system has it (wide glyph coverage: accents, curly quotes), else
the scalable font that ships with Pillow. Text that does not fit is set smaller, never cut.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medsocial_tui.errors import UsageError

if TYPE_CHECKING:  # Pillow is imported where a card is drawn, not by every plugin load
    from PIL import Image, ImageFont

    Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

WIDTH, HEIGHT = 1080, 1350
MARGIN = 90
FOOTER = 130
DEFAULT_PRIMARY = "#1f6f8b"
DEFAULT_ACCENT = "#f2a541"
MAX_TITLE = 400
MAX_BODY = 1500
"""Characters past which a card cannot hold the text even in its smallest type."""

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)


@dataclass(frozen=True)
class Card:
    """What goes on a card."""

    title: str
    """The large words (a Q&A's question): set smaller to fit, at most
    :data:`MAX_TITLE` characters."""
    body: str
    """The words under the title (the answer), at most :data:`MAX_BODY` characters."""
    label: str = ""
    """The small line above the title ("Q&A")."""
    footer: str = ""
    """One line in the coloured band at the bottom (cut to fit); none, no band."""
    alt_text: str = ""
    """For people who cannot see the card; empty, the label, title and body are used."""


@cache
def font_path(bold: bool = False) -> Path | None:
    """The DejaVu Sans file on this system, or None to use Pillow's own font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def load_font(size: int, bold: bool = False) -> Font:
    from PIL import ImageFont

    path = font_path(bold)
    if path is not None:
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _rgb(value: str, fallback: str) -> tuple[int, int, int]:
    from PIL import ImageColor

    try:
        return ImageColor.getrgb(value or fallback)[:3]
    except ValueError:
        raise UsageError(
            f"colour {value!r} is not a colour",
            where="practice.toml [colors]",
            fix='write it as "#1f6f8b"',
        ) from None


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_colour(background: tuple[int, int, int]) -> tuple[int, int, int]:
    """White or near-black, whichever reads better on ``background``."""
    light = (255, 255, 255)
    dark = (20, 24, 28)
    on_light = (1.05) / (_luminance(background) + 0.05)
    on_dark = (_luminance(background) + 0.05) / 0.05
    return light if on_light >= on_dark else dark


def wrap(text: str, font: Font, width: int) -> list[str]:
    """Lines of ``text`` no wider than ``width`` pixels; paragraphs kept; a word longer than
    a line is broken. Linear in the length of ``text``: widths come from each character's
    advance (measured once), and only finished lines, which are short, are measured whole."""
    advances: dict[str, float] = {}

    def advance(char: str) -> float:
        if char not in advances:
            advances[char] = font.getlength(char)
        return advances[char]

    space = advance(" ")
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            size = sum(advance(c) for c in word)
            if line and used + space + size <= width:
                line.append(word)
                used += space + size
                continue
            if line:
                lines.append(" ".join(line))
                line, used = [], 0.0
            start = 0
            while size > width and len(word) - start > 1:
                cut, taken = start, 0.0
                while cut < len(word) and taken + advance(word[cut]) <= width:
                    taken += advance(word[cut])
                    cut += 1
                if cut == start:
                    taken, cut = advance(word[start]), start + 1
                lines.append(word[start:cut])
                start = cut
                size -= taken
            line, used = [word[start:]], size
        lines.append(" ".join(line))
    return [piece for line in lines for piece in _measured(line, font, width)]


def _measured(line: str, font: Font, width: int) -> list[str]:
    """``line`` as measured whole (kerning can make a line wider than its characters); the
    rare line that overflows is split again at its last space, or its last character."""
    out: list[str] = []
    while len(line) > 1 and font.getlength(line) > width:
        cut = line.rfind(" ")
        if cut <= 0:
            cut = len(line) - 1
            while cut > 1 and font.getlength(line[:cut]) > width:
                cut -= 1
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    out.append(line)
    return out


def _fit(
    text: str, sizes: range, width: int, height: int, bold: bool
) -> tuple[Font, int, list[str]]:
    """The largest size in ``sizes`` at which ``text`` fits the box: the font, its size (a
    bitmap fallback font does not say it) and the lines."""
    size = sizes[0]
    font = load_font(size, bold)
    lines = wrap(text, font, width)
    for size in sizes:
        font = load_font(size, bold)
        lines = wrap(text, font, width)
        if len(lines) * int(size * 1.3) <= height:
            return font, size, lines
    return font, size, lines


def render(
    card: Card, colors: dict[str, str] | None = None, practice_name: str = ""
) -> Image.Image:
    """The card as an image; raises UsageError when even the smallest type cannot hold it."""
    for part, text, limit in (("question", card.title, MAX_TITLE), ("answer", card.body, MAX_BODY)):
        if len(text) > limit:
            raise UsageError(
                f"the {part} is too long for one card ({len(text)} characters; it holds "
                f"about {limit})",
                fix="shorten it; put the rest in the post's text",
            )
    colors = colors or {}
    primary = _rgb(colors.get("primary", ""), DEFAULT_PRIMARY)
    accent = _rgb(colors.get("accent", ""), DEFAULT_ACCENT)
    ink = text_colour(primary)
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), primary)
    draw = ImageDraw.Draw(image)
    inner = WIDTH - 2 * MARGIN
    y = MARGIN
    if practice_name:
        name_font = load_font(44, bold=True)
        draw.text((MARGIN, y), wrap(practice_name, name_font, inner)[0], font=name_font, fill=ink)
        y += 70
    draw.rectangle((MARGIN, y, MARGIN + 160, y + 12), fill=accent)
    y += 50
    if card.label:
        label_font = load_font(40, bold=True)
        draw.text((MARGIN, y), card.label, font=label_font, fill=accent)
        y += 64
    footer_height = FOOTER if card.footer else 0
    space = HEIGHT - MARGIN - footer_height - y
    title_font, title_size, title_lines = _fit(
        card.title, range(76, 43, -4), inner, int(space * 0.45), True
    )
    step = int(title_size * 1.3)
    for line in title_lines:
        draw.text((MARGIN, y), line, font=title_font, fill=ink)
        y += step
    y += 30
    body_space = HEIGHT - max(MARGIN, footer_height + 40) - y
    body_font, body_size, body_lines = _fit(card.body, range(52, 29, -2), inner, body_space, False)
    step = int(body_size * 1.3)
    if len(body_lines) * step > body_space:
        raise UsageError(
            "the answer is too long for one card even in small type",
            fix="shorten it to about 500 characters; put the rest in the post's text",
        )
    for line in body_lines:
        draw.text((MARGIN, y), line, font=body_font, fill=ink)
        y += step
    if card.footer:
        footer_font = load_font(34)
        draw.rectangle((0, HEIGHT - FOOTER, WIDTH, HEIGHT), fill=accent)
        draw.text(
            (MARGIN, HEIGHT - FOOTER // 2 - 20),
            wrap(card.footer, footer_font, inner)[0],
            font=footer_font,
            fill=text_colour(accent),
        )
    return image


def save(
    card: Card, folder: Path, root: Path, colors: dict[str, str] | None, practice_name: str
) -> dict[str, Any]:
    """Render the card into ``folder`` (named by its content) and return the post's media
    entry: path relative to ``root``, alt text, type and size."""
    image = render(card, colors, practice_name)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(
        "\x1f".join(
            (card.label, card.title, card.body, card.footer, practice_name, str(colors))
        ).encode()
    ).hexdigest()[:20]
    target = folder / f"card-{digest}.png"
    # Written whole under another name, then renamed: a preview that reads the card while it
    # is drawn again sees the old file or the new one, never a half-written one.
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    data = buffer.getvalue()
    handle, temporary = tempfile.mkstemp(prefix=".card-", suffix=".png", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return {
        "path": str(target.relative_to(root)),
        "name": target.name,
        "alt_text": card.alt_text or f"{card.label} {card.title} {card.body}".strip(),
        "mime_type": "image/png",
        "width": WIDTH,
        "height": HEIGHT,
        "size_bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
