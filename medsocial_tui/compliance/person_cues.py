"""Whether a sentence is about a person: the person cues of a text ("my", "her", "patient",
"diagnosed", "year-old"…), found once per text and looked up by bisection. Kept apart from
``rules`` so that the veto modules ``rules`` reads (``place_vetoes``) can ask it too without
importing ``rules`` back."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.text import finditer_at, register_starts, sentence_around

_I = re.IGNORECASE

# A health term of the lexicon as a word of its own: the one pattern of them (``phi`` finds
# health details with it; the vetoes of rules and people_vetoes ask with it whether a
# sentence speaks of anyone's care). Here, below both, so neither imports the other for it.
HEALTH = lazy.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in lx.HEALTH_TERMS) + r")(?![\w-])", _I
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KIN_ABROAD = (
    rf"(?:{_alternation(lx.POSSESSIVES_ABROAD)})[ \t]+(?:{_alternation(lx.RELATION_WORDS_ABROAD)})"
)

# A sentence about a person: who they are, or what happened to them.
_THIRD_PERSON_CUE = (
    # "patient enquiries", "the Patient Advice Office": a desk for patients, not one
    r"patient(?![ \t]+(?:enquiries|inquiries|liaison|advice|services|information|experience"
    r"|relations|helpline|portal|transport|access)\b)|pt|client|resident|he|she|his|her|him|hers|mr|mrs|ms"
    # "Mother's Day", "Father's Day" are days of the year, no one's mother
    r"|miss|mx|mother(?!['’]s\s+(?-i:Day)\b)|mom|mum|father(?!['’]s\s+(?-i:Day)\b)|dad|son|daughter|wife"
    r"|husband|brother|sister"
    r"|grand(?:mother|father|ma|pa|son|daughter)|aunt|uncle|niece|nephew|cousin|child|baby(?!\s+(?:teeth|tooth|bottles?|formula|food))"
    r"|infant|toddler|boy|girl|man|woman|gentleman|lady|male|female|admitted|discharged"
    r"|diagnosed|presented|presents|underwent|hospitali[sz]ed|born|died|passed\s+away"
    r"|transferred|referred|prescribed|treated|seen|named|dob|ssn|mrn|lives|lived|resides"
    r"|year[- ]old|yo|(?:customer|client|user|guest)(?![ \t-]+(?:service|services|support|care"
    r"|hotline|helpline|line|desk|team|relations|experience|success|portal|satisfaction|wi-?fi"
    r"|speakers?|lists?|parking|rooms?|house|guide|manual|advisors?)\b)|applicant|tenant"
    r"|caller|referral|insured"
    # a relative in another language: a possessive and a family word ("mi madre", "ma
    # mère", "meine Mutter", "mia madre", "minha mãe", "mijn moeder", "meri behen")
    rf"|{_KIN_ABROAD}"
)
PERSON_CUE = lazy.compile(rf"\b(?:my|me|mine|myself|i|i'm|i've|i'd|{_THIRD_PERSON_CUE})\b", _I)
# Without the writer's own "I" and "my": a practice post says "I" about its events too.
THIRD_PERSON_CUE = lazy.compile(rf"\b(?:{_THIRD_PERSON_CUE})\b", _I)
# The cues are whole words (``PERSON_CUE`` ends with a word boundary): "i" for "I'm", "year"
# for "year-old", "passed" for "passed away".
register_starts(
    "person.cue",
    "my= me= mine= myself= i= patient= pt= client= resident= he= she= his= her= him= hers= mr= mrs="
    " ms= miss= mx= mother= mom= mum= father= dad= son= daughter= wife= husband="
    " brother= sister= grandmother= grandfather= grandma= grandpa= grandson="
    " granddaughter= aunt= uncle= niece= nephew= cousin= child= baby= infant= toddler="
    " boy= girl= man= woman= gentleman= lady= male= female= admitted= discharged="
    " diagnosed= presented= presents= underwent= hospitalized= hospitalised= born="
    " died= passed= transferred= referred= prescribed= treated= seen= named= dob= ssn="
    " mrn= lives= lived= resides= year= yo= customer= user= applicant= tenant= guest="
    " caller= referral= insured= " + " ".join(f"{w}=" for w in sorted(lx.POSSESSIVES_ABROAD)),
)


@dataclass(frozen=True)
class _TextIndex:
    """Person cues of one text, found once, looked up by bisection."""

    cues: tuple[int, ...]
    third_person_cues: tuple[int, ...]


_WRITER_WORDS = frozenset({"my", "me", "i", "i'm", "i've", "i'd"})


@lru_cache(maxsize=4)
def _index(text: str) -> _TextIndex:
    """One pass for the cues: a third-person cue is a person cue that is not the writer's
    own "I" or "my" (scanning once instead of twice)."""
    cues = [(m.start(), m.group(0).lower()) for m in finditer_at(PERSON_CUE, text, "person.cue")]
    return _TextIndex(
        tuple(at for at, _ in cues),
        tuple(at for at, word in cues if word not in _WRITER_WORDS),
    )


def person_in(text: str, start: int, end: int, *, third_person: bool = False) -> bool:
    """True when the sentence around ``text[start:end]`` is about a person (with
    ``third_person``, about someone other than the writer)."""
    left, right = sentence_around(text, start, end)
    return person_between(text, left, right, third_person=third_person)


def person_between(text: str, left: int, right: int, *, third_person: bool = False) -> bool:
    """``person_in`` for a sentence already bounded (``sentence_around``): whether a person
    cue starts in ``text[left:right]``."""
    index = _index(text)
    return _any_between(index.third_person_cues if third_person else index.cues, left, right)


def _any_between(offsets: Sequence[int], left: int, right: int) -> bool:
    """Whether one of ``offsets`` (ascending) is in ``left:right``."""
    at = bisect_left(offsets, left)
    return at < len(offsets) and offsets[at] < right
