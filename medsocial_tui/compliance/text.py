"""Splits a post into tokens and sentences once, so every detector reads the same view."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass

_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
_URL = r"""(?P<url>(?:https?://|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?])"""
_EMAIL = r"(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24})"
_HANDLE = r"(?P<handle>(?<![\w@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)"
_REST = (
    rf"(?P<word>[{_LETTERS}]+(?:['’][{_LETTERS}]+)*(?:-[{_LETTERS}]+)*['’]?)"
    r"|(?P<num>\d+(?:[.,/:-]\d+)*)"
    r"|(?P<newline>\n)"
    rf"|(?P<punct>[^\s{_LETTERS}0-9])"
)
TOKEN = re.compile("|".join((_URL, _EMAIL, _HANDLE, _REST)))
# Without the alternatives that cannot match in a text with no link or no "@": each is
# otherwise tried at every token, and the tokens come out the same either way.
_TOKEN_NO_LINK = re.compile("|".join((_EMAIL, _HANDLE, _REST)))
_TOKEN_NO_AT = re.compile("|".join((_URL, _REST)))
_TOKEN_PLAIN = re.compile(_REST)


def _tokens_of(text: str) -> re.Pattern[str]:
    """The token pattern for ``text``: links start with http(s):// or www., emails and
    handles hold an "@"."""
    link = "http" in text or "www." in text
    if "@" in text:
        return TOKEN if link else _TOKEN_NO_LINK
    return _TOKEN_NO_AT if link else _TOKEN_PLAIN


_ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx st jr sr vs etc no inc co ave blvd rd ln ct apt jan feb mar apr jun jul "
    "aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun approx dept".split()
)
_SENTENCE_END = frozenset(".!?\n")
_AFTER_ANY = sys.maxsize


@dataclass(slots=True)
class Token:
    """One token. ``base`` drops a possessive ending ("Sophia's" -> "Sophia")."""

    start: int
    end: int
    kind: str
    text: str
    base: str
    lower: str
    possessive: bool
    sentence: int
    sentence_start: bool
    capitalized: bool  # a word whose first letter is upper case (read often: kept, not worked out)


@dataclass(slots=True)
class Doc:
    """The text, its tokens, and the character span of each sentence."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (by bisection: sentences are in
        order and touch)."""
        index = bisect_right(self.sentences, (offset, _AFTER_ANY)) - 1
        return min(max(index, 0), len(self.sentences) - 1)

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]


def _split_possessive(word: str) -> tuple[str, bool]:
    for ending in ("'s", "’s", "'S"):
        if word.endswith(ending) and len(word) > 2:
            return word[:-2], True
    if word.endswith(("'", "’")) and len(word) > 1:
        return word[:-1], True
    return word, False


def parse(text: str) -> Doc:
    """Tokenise ``text`` and mark sentence boundaries (not after "Dr." or "J.")."""
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    sentence = 0
    sentence_begin = 0
    at_start = True
    previous_word = ""
    for m in _tokens_of(text).finditer(text):
        kind = m.lastgroup or "punct"
        raw = m.group()
        if kind == "word" and ("'" in raw or "’" in raw):
            base, possessive = _split_possessive(raw)
        else:
            base, possessive = raw, False
        tokens.append(
            Token(
                m.start(),
                m.end(),
                kind,
                raw,
                base,
                base.lower(),
                possessive,
                sentence,
                at_start,
                kind == "word" and base[:1].isupper(),
            )
        )
        if kind in ("word", "num", "url", "email", "handle"):
            at_start = False
            previous_word = base.lower() if kind == "word" else ""
            continue
        if raw in _SENTENCE_END:
            if raw == "." and (previous_word in _ABBREVIATIONS or len(previous_word) == 1):
                continue
            if tokens and not at_start:
                sentences.append((sentence_begin, m.end()))
                sentence += 1
                sentence_begin = m.end()
                at_start = True
        elif raw in '"“(-–—:•*#':
            continue
    if sentence_begin < len(text) or not sentences:
        sentences.append((sentence_begin, len(text)))
    return Doc(text, tokens, sentences)
