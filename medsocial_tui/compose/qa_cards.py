"""A Q&A post's card follows its text: when the question or the answer is edited, the card
attached to the post is drawn again, so the image never says something the text no longer
does."""

from __future__ import annotations

import re
from typing import Any

from medsocial_tui import cards
from medsocial_tui.home.practice import Practice

QA_TEXT = re.compile(
    r"^Q:\s*(?P<question>.+?)\s+A:\s*(?P<answer>.+?)(?:\s+Learn more:\s*\S+)?$", re.S
)
"""The text the Q&A template writes: "Q: ...", "A: ..." and an optional "Learn more: link"."""


def card_index(media: list[dict[str, Any]]) -> int | None:
    """Where the post's drawn card is among its attachments (None: it has none)."""
    for index, entry in enumerate(media):
        if str(entry.get("name", "")).startswith("card-") and entry.get("mime_type") == (
            "image/png"
        ):
            return index
    return None


def question_and_answer(text: str) -> tuple[str, str] | None:
    found = QA_TEXT.match(text.strip())
    if found is None:
        return None
    return found["question"].strip(), found["answer"].strip()


def _footer(practice: Practice) -> str:
    """As the Q&A template writes it: the website without its scheme, and the phone. Read
    from the config only, so a worker thread may call it."""
    config = practice.config
    site = config.website.removeprefix("https://").removeprefix("http://").rstrip("/")
    return " · ".join(p for p in (site, config.phone) if p)


def redraw(
    practice: Practice, kind: str, text: str, media: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """The attachments with the card drawn again for ``text``; None when there is nothing to
    redraw (not a Q&A post, no card, text not in Q/A form, or the card already says it).
    Raises UsageError when the answer no longer fits on a card."""
    index = card_index(media)
    parts = question_and_answer(text)
    if kind != "qa" or index is None or parts is None:
        return None
    question, answer = parts
    card = cards.Card(
        title=question,
        body=answer,
        label="Q&A",
        footer=_footer(practice),
        alt_text=f"Q&A card from {practice.config.name}. Question: {question} Answer: {answer}",
    )
    entry = cards.save(
        card,
        practice.home.media_dir,
        practice.home.root,
        dict(practice.config.colors),
        practice.config.name,
    )
    if entry["path"] == media[index].get("path"):
        return None
    redrawn = list(media)
    redrawn[index] = entry
    return redrawn
