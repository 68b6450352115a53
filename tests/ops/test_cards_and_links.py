"""Image cards are legible on a phone and render every letter; links are checked against
the trusted sources and their titles fetched from a loopback page."""

from __future__ import annotations

import time

import pytest
from PIL import Image, ImageFont

from medsocial_tui import cards
from medsocial_tui.compose import links
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, Reply

CARD = cards.Card(
    title="Is whitening safe for sensitive teeth?",
    body="Usually, yes: ask us first. We pick a gentle gel and a shorter routine — café "
    "owners and tea lovers included.",
    label="Q&A",
    footer="maple.example · +1 312-555-0142",
)


def test_a_card_is_a_phone_sized_image_in_the_practice_colours():
    image = cards.render(CARD, {"primary": "#1f6f8b", "accent": "#f2a541"}, "Maple Street Dental")
    assert image.size == (1080, 1350)
    assert image.getpixel((5, 5)) == (0x1F, 0x6F, 0x8B)
    assert image.getpixel((5, 1345)) == (0xF2, 0xA5, 0x41)


def test_card_text_is_drawn_in_a_scalable_font_with_accents_and_curly_quotes():
    font = cards.load_font(48)
    assert isinstance(font, ImageFont.FreeTypeFont)
    for glyph in "é—“”·&?":
        box = font.getmask(glyph).getbbox()
        assert box is not None, f"{glyph!r} has no glyph"
    image = cards.render(CARD, {}, "Maple")
    colours = dict((c, n) for n, c in image.crop((90, 300, 990, 1000)).getcolors(1 << 20))
    inked = colours.get((255, 255, 255), 0)
    assert inked > 10_000, "the title and answer are drawn"


def test_cards_fall_back_to_pillows_own_font(monkeypatch):
    monkeypatch.setattr(cards, "font_path", lambda bold=False: None)
    image = cards.render(CARD, {}, "Maple")
    assert image.size == (1080, 1350)


def test_long_text_is_wrapped_inside_the_margins():
    font = cards.load_font(52)
    lines = cards.wrap("supercalifragilistic " * 20 + "x" * 80, font, 900)
    assert all(font.getlength(line) <= 900 for line in lines)


def test_an_answer_too_long_for_a_card_says_so():
    with pytest.raises(cards.UsageError, match="too long"):
        cards.render(cards.Card("Q", "word " * 900), {}, "")


def test_light_colours_get_dark_text():
    assert cards.text_colour((250, 240, 200)) == (20, 24, 28)
    assert cards.text_colour((31, 111, 139)) == (255, 255, 255)


def test_links_are_checked_against_trusted_domains_and_their_subdomains():
    trusted = ["cdc.gov", "ada.org"]
    assert links.check("https://www.cdc.gov/flu/", trusted).trusted
    assert links.check("https://wwwn.cdc.gov/x", trusted).trusted
    assert not links.check("https://cdc.gov.evil.example/", trusted).trusted
    with pytest.raises(links.UsageError):
        links.check("cdc.gov/flu", trusted)


@pytest.fixture
def site():
    with FakeAPI() as api:
        api.route("GET", "/og")(
            lambda r: Reply(
                200,
                '<html><head><meta property="og:title" content="Flu &amp; you"><title>x</title>',
                content_type="text/html",
            )
        )
        api.route("GET", "/plain")(
            lambda r: Reply(
                200, "<title> Brushing\n basics </title>", content_type="text/html; charset=utf-8"
            )
        )
        api.route("GET", "/pdf")(lambda r: Reply(200, b"%PDF", content_type="application/pdf"))
        yield api


def test_the_title_is_fetched_from_og_title_then_title(site):
    assert links.fetch_title(f"{site.base_url}/og") == "Flu & you"
    assert links.fetch_title(f"{site.base_url}/plain") == "Brushing basics"
    assert links.fetch_title(f"{site.base_url}/pdf") is None
    assert links.fetch_title(f"{site.base_url}/missing") is None


def test_a_slow_or_unreachable_page_gives_no_title_quickly(site):
    site.inject(Fault.latency(2.0), path="/og")
    started = time.monotonic()
    assert links.fetch_title(f"{site.base_url}/og", timeout=0.3) is None
    assert time.monotonic() - started < 1.5
    assert links.fetch_title("http://127.0.0.1:9/nothing", timeout=0.3) is None


def test_a_saved_card_is_named_by_content_and_reports_its_size(tmp_path):
    entry = cards.save(CARD, tmp_path / "media", tmp_path, {}, "Maple")
    assert entry["path"].startswith("media/card-") and entry["mime_type"] == "image/png"
    with Image.open(tmp_path / entry["path"]) as image:
        assert image.size == (entry["width"], entry["height"])
