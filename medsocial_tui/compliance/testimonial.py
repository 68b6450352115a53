"""Testimonial wording: the words that say a post tells a patient's story or carries their
picture, so it needs the patient's written authorisation.

Each rule is small and named; the name appears in the reason a post is stopped. They read
the folded text (see :mod:`medsocial_tui.compliance.normalize`), so look-alike letters and
hidden characters do not slip past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance.normalize import normalize

_PATIENT = r"(?:patient|client|customer)s?"


@dataclass(frozen=True)
class Cue:
    rule: str
    start: int
    end: int


RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "testimonial.our_patient",
        lazy.compile(
            rf"\b(?:our|a|one of our|my)\s+(?:(?:happy|lovely|wonderful|amazing)\s+)?{_PATIENT}\s+"
            r"(?:[A-Z][\w'-]*\.?\s+){0,3}"
            r"(?:says|said|shares|shared|writes|wrote|tells|told|told us|explains|describes"
            r"|raves|loves|is thrilled|was thrilled|couldn'?t be happier)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "testimonial.story",
        lazy.compile(
            r"\b(?:success|patient|smile|recovery|transformation)\s+stor(?:y|ies)\b"
            r"|\bpatient\s+(?:spotlight|of the (?:month|week)|journey|testimonials?|review)\b"
            r"|\btestimonials?\b|\bin (?:his|her|their) own words\b",
            re.IGNORECASE,
        ),
    ),
    (
        "testimonial.before_after",
        lazy.compile(r"\bbefore\s*(?:[-&/+]|and)\s*after\b", re.IGNORECASE),
    ),
    (
        "testimonial.shares_story",
        lazy.compile(
            r"\b(?:shares?|shared|tells|told)\s+(?:his|her|their)\s+"
            r"(?:story|experience|journey|results?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "testimonial.quote_attributed",
        lazy.compile(
            r"[\"“”][^\"“”\n]{8,400}[\"“”]\s*(?:[-—–~]\s*|,?\s*(?:says|said|writes|wrote)\s+)"
            r"(?:our\s+)?(?:patient\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'.-]*)?"
        ),
    ),
    (
        "testimonial.thanks_from",
        lazy.compile(
            rf"\b(?i:thank you|thanks|kind words|lovely review|five[- ]star review)\s+"
            rf"(?i:to|from)\s+(?i:our\s+)?(?i:{_PATIENT}\s+)?[A-Z][a-z]+",
        ),
    ),
)


def find_testimonial(text: str) -> list[Cue]:
    """Where the text reads as a patient's testimonial, with the rule that said so."""
    folded = normalize(text).text if text else ""
    if not folded:
        return []
    cues: list[Cue] = []
    for name, pattern in RULES:
        match = pattern.search(folded)
        if match is not None:
            cues.append(Cue(name, match.start(), match.end()))
    return cues
