"""A view of a post with the disguises taken off, and a map back to the post's own offsets.

People slip identifiers past filters with characters that look the same when published:
zero-width spaces or joiners inside a name or a phone number, Cyrillic or Greek letters
that look Latin, fullwidth letters, an emoji inside a name, a NUL byte. The guard reads the
normalised text and reports offsets in the original, so a highlight lands on what the
person wrote.

Folding: a decimal digit of any script as its ASCII digit ("۴۵۲۱۹", "४५२"), NFKC per
character (fullwidth and compatibility forms), then the Unicode
confusables table (``confusable-homoglyphs``) for letters and digits that look like ASCII
ones, then format characters (category Cf: zero-width, joiners, bidi marks, soft hyphen),
combining marks and variation selectors are dropped, and an emoji between two letters is
dropped. Last, letters or digits spelt one by one ("S S N: 5 3 2 - 4 8 - 1 1 9 0") are
closed up, as are words spelt letter by letter ("J o h n", "R-o-b-e-r-t", "T_h_o_m_a_s"), and
digits standing for letters inside a word ("M4ria G0nzalez") are read as those letters.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medsocial_tui.compliance import lazy


@dataclass(frozen=True, slots=True)
class Normalized:
    """``text`` is what detectors read; ``origin[i]`` is where ``text[i]`` came from."""

    original: str
    text: str
    origin: tuple[int, ...] | None  # None: the text needed no change

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of ``text[start:end]``."""
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        first = self.origin[start]
        last = self.origin[end - 1]
        # A folded character may come from several original ones (a letter and its marks).
        stop = last + 1
        while stop < len(self.original) and _droppable(self.original[stop]):
            stop += 1
        return first, stop


_INVISIBLE_SPACES = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")


def _droppable(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t\r"


@lru_cache(maxsize=1)
def _confusable_table() -> dict[str, str]:
    """Every character the Unicode confusables list maps to one ASCII letter or digit."""
    data_file = resources.files("confusable_homoglyphs") / "confusables.json"
    data: dict[str, list[dict[str, str]]] = json.loads(data_file.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                # (scripts79) the list's one glyph for I, l and 1 is "l": a capital stays a
                # capital ("Ιωάννινα", "Ірина" are capitalised names, not "lωάvviva")
                table[char] = "I" if target == "l" and char.isupper() else target
                break
    return table


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def _fold(ch: str, table: dict[str, str]) -> str:
    # (read 143-146) a decimal digit of another script is that digit: Persian, Arabic-Indic,
    # Devanagari, Bengali, Thai ("شماره پرونده‌ام ۴۵۲۱۹"), where the confusables list reads
    # "۵" as "o" and "۱" as "l"
    if unicodedata.category(ch) == "Nd":
        return str(unicodedata.decimal(ch))
    if ch in table:
        return table[ch]
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(table.get(c, c) for c in folded)
    if ch.isalpha() and not ch.isascii():
        # "é" stays readable as "e" for the word lists; other scripts stay as they are.
        base = unicodedata.normalize("NFD", ch)[:1]
        if base.isascii():
            return base
    return ch


# What the fold may change: NUL, DEL and every character outside ASCII. The rest is copied
# as it is, a stretch at a time.
_NOT_PLAIN = lazy.compile(r"[^\x01-\x7e]")


# Letters or digits written one by one with spaces between ("S S N: 5 3 2 - 4 8 - 1 1 9 0",
# "m r n 4 4 8 1 9 2 7") so that a filter reading words misses them.
_SPACED = lazy.compile(r"(?<![\w-])[A-Za-z0-9](?:(?:[ ]?[-./][ ]?|[ ])[A-Za-z0-9]){2,}(?![\w-])")
_LABEL_NEXT = lazy.compile(r"[ ]*(?:[:#]|\d)")
# What a number spelt digit by digit is: a record, a member, an SSN ("m r n" closed up too).
_ID_WORD_BEFORE = lazy.compile(
    r"(?i:\b(?:ssn|social|mrn|m[ ]?r[ ]?n|record|chart|member|id|account|acct|policy|claim"
    r"|licen[cs]e|passport|s[ ]?s[ ]?n|number|no\.?"
    # (read 147-150) a birth date spelt digit by digit: "Caller gave DOB as 0 1 / 0 6 / 1 9 6 0"
    r"|dob|d\.o\.b|date[ ]of[ ]birth|born)\b|#)[^\n\d]{0,12}$"
)


_SPACED_NEEDS_NO_LABEL = 9
"""The fewest digits spaced one by one that are closed up with no label before them (an
SSN's nine; a phone's ten or eleven)."""
_GROUPED = lazy.compile(r"\d[ ]?[-.][ ]?\d")


def _spaced_runs(text: str) -> list[tuple[int, int]]:
    """Where single letters or digits stand one by one: runs of four or more digits, or of
    two to five letters before a colon, a "#" or a number (a spelled-out label)."""
    runs = []
    for m in _SPACED.finditer(text):
        if " " not in m.group():
            continue
        # the run's letters and its digits, each a part of its own ("m r n 4 4 8 1")
        groups: list[list[int]] = []
        for i in range(m.start(), m.end()):
            if not text[i].isalnum():
                continue
            if groups and text[groups[-1][-1]].isdigit() == text[i].isdigit():
                groups[-1].append(i)
            else:
                groups.append([i])
        for group in groups:
            start, end = group[0], group[-1] + 1
            if text[start].isdigit():
                digits = [int(text[i]) for i in group]
                counting = all(b - a == 1 for a, b in zip(digits, digits[1:], strict=False))
                # phones spelt digit by digit are the phone rules' (phone.spaced_digits)
                # (numdates48) nine digits or more one by one, in groups split by a hyphen or
                # a dot as an SSN or a phone is, need no label: "his SSN on the form is 4 5 1
                # - 8 8 - 2 0 3 7, spaced it out cause the chat flags it"; a number so
                # written is spaced out only to slip past a filter (not "the winning numbers
                # were 4 8 1 5 2 3 4 2 9 1": no groups)
                if (
                    len(group) >= 4
                    and not counting
                    and (
                        (
                            len(group) >= _SPACED_NEEDS_NO_LABEL
                            and _GROUPED.search(text, start, end) is not None
                        )
                        or _ID_WORD_BEFORE.search(text, max(0, start - 30), start)
                    )
                ):
                    runs.append((start, end))
            elif 2 <= len(group) <= 5 and _LABEL_NEXT.match(text, end):
                runs.append((start, end))
    return runs


# A word spelt letter by letter, a capital then small letters, one separator between each:
# "J o h n", "R-o-b-e-r-t", "D.e.r.e.k", "T_h_o_m_a_s" (a name that a filter reading words
# misses, and that reads as the name to whoever sees the post).
_SPELLED_WORD = lazy.compile(r"(?<![\w.*-])[A-Z](?P<sep>[ ._*-])[a-z](?:(?P=sep)[a-z]){1,}(?![\w])")
# Digits (and "@") standing for the letters they look like inside a word: "M4ria",
# "G0nzalez", "L1nda", "M@ria".
# A digit counts only between a letter and a small letter, in a word of three letters or
# more with no other digit ("A1c", "H1N1", "B12", "mp3" stay as they are), not in a link, an
# address or a hexadecimal number ("ee0c" in an IPv6 address, "3fa4ce").
# Only the words holding a look-alike are matched (the others are never read as letters):
# most words of a text hold none, and the scan leaves them without a match to look at. A
# look-alike is followed by a small letter, so such a word is letters, then one or more
# times a look-alike and letters; possessive, so a long run is never read back and forth.
_LEET_WORD_WITH_DIGIT = lazy.compile(
    r"(?<![\w@./:])[A-Za-z]++(?:[013457@](?=[a-z])[A-Za-z]++)++(?![\w@:])"
)
_LEET_HINT = lazy.compile(r"[A-Za-z][013457@][a-z]")
_HEX_LETTERS = frozenset("abcdefABCDEF")
_LEET_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"}


def _leet_words(text: str) -> list[tuple[int, int]]:
    """Where a word reads as letters once its look-alike digits are read as letters."""
    words = []
    for m in _LEET_WORD_WITH_DIGIT.finditer(text):
        word = m.group()
        letters = [ch for ch in word if ch.isalpha()]
        if "@" in word and (not word[0].isupper() or text.startswith(".", m.end())):
            continue  # an email address ("jane@gmail.com"), not "M@ria"
        if len(letters) >= 3 and len(letters) < len(word) and not _HEX_LETTERS.issuperset(letters):
            words.append((m.start(), m.end()))
    return words


def _close_up(folded: Normalized) -> Normalized:
    """``folded`` with spaced-out runs and spelt-out words closed up and look-alike digits
    inside words read as letters, offsets kept."""
    text = folded.text
    # (start, end, characters dropped inside, whether look-alike digits read as letters)
    edits: list[tuple[int, int, str, bool]] = []
    if _ONE_BY_ONE.search(text):
        edits += [(start, end, " ", False) for start, end in _spaced_runs(text)]
    edits += [(m.start(), m.end(), m.group("sep"), False) for m in _SPELLED_WORD.finditer(text)]
    if _LEET_HINT.search(text):
        edits += [(start, end, "", True) for start, end in _leet_words(text)]
    if not edits:
        return folded
    edits.sort()
    origin = folded.origin if folded.origin is not None else tuple(range(len(text)))
    out: list[str] = []
    mapped: list[int] = []
    copied = 0
    for start, end, dropped, read_digits in edits:
        if start < copied:
            continue
        out.append(text[copied:start])
        mapped.extend(origin[copied:start])
        for i in range(start, end):
            ch = text[i]
            if ch not in dropped:
                out.append(_LEET_LETTERS.get(ch, ch) if read_digits else ch)
                mapped.append(origin[i])
        copied = end
    out.append(text[copied:])
    mapped.extend(origin[copied:])
    return Normalized(folded.original, "".join(out), tuple(mapped))


_ONE_BY_ONE = lazy.compile(r"(?<!\w)\w [-./]?[ ]?\w [-./]?[ ]?\w(?!\w)")


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; keep a map from every folded character to the original."""
    return _unstarred(_close_up(_fold_text(text)))


# A name with a letter or two starred out, as people write to half-hide whom they mean:
# "M*ria", "J*hn Sm*th". The star reads as the letter that makes a given name (else a
# family name) that is no English word: "F*ck Cancer" and "Sh*t" stay as written.
_STARRED_HINT = lazy.compile(r"[A-Za-z]\*{1,2}[a-z]")
_STARRED_WORD = lazy.compile(r"(?<![\w*])[A-Z][a-z]*(?:\*{1,2}[a-z]+){1,2}(?![\w*])")
_LETTER_ORDER = "aeiouylrnstmhdcbkgjpvwfxzq"


def _unstarred(folded: Normalized) -> Normalized:
    """``folded`` with starred-out names read as the names (one character for one star)."""
    text = folded.text
    if "*" not in text or not _STARRED_HINT.search(text):
        return folded
    chars: list[str] | None = None
    for m in _STARRED_WORD.finditer(text):
        name = _starred_name(m.group())
        if name is not None:
            chars = chars if chars is not None else list(text)
            chars[m.start() : m.end()] = name
    if chars is None:
        return folded
    origin = folded.origin if folded.origin is not None else tuple(range(len(text)))
    return Normalized(folded.original, "".join(chars), origin)


@lru_cache(maxsize=256)
def _starred_name(word: str) -> str | None:
    """The name ``word`` ("M*ria") reads as with its stars filled in, or None."""
    from itertools import product

    from medsocial_tui.compliance.lexicon import GIVEN_NAMES, SURNAMES, english_words

    stars = [i for i, ch in enumerate(word) if ch == "*"]
    if len(stars) > 2:
        return None
    fills = []
    for letters in product(_LETTER_ORDER, repeat=len(stars)):
        chars = list(word)
        for at, letter in zip(stars, letters, strict=True):
            chars[at] = letter
        fills.append("".join(chars))
    common = english_words()
    if any(
        f.lower() in common and f.lower() not in GIVEN_NAMES and f.lower() not in SURNAMES
        for f in fills
    ):
        return None  # "F*ck", "Sh*t": a word starred out, not a name
    for listed in (GIVEN_NAMES, SURNAMES):
        for fill in fills:
            if fill.lower() in listed:
                return fill
    return None


def _fold_text(text: str) -> Normalized:
    """The characters folded, one by one (``normalize`` before spaced runs are closed up)."""
    if text.isascii() and "\x00" not in text and "\x7f" not in text:
        return Normalized(text, text, None)
    table = _confusable_table()
    out: list[str] = []
    origin: list[int] = []
    length = len(text)
    last = ""  # the last character written
    copied = 0  # text[copied:] is not written yet
    for special in _NOT_PLAIN.finditer(text):
        index = special.start()
        if copied < index:
            out.append(text[copied:index])
            origin.extend(range(copied, index))
            last = text[index - 1]
        copied = index + 1
        ch = text[index]
        if ch.isascii():
            continue  # NUL or DEL
        if _droppable(ch) or 0xFE00 <= ord(ch) <= 0xFE0F:
            after = text[index + 1] if index + 1 < length else ""
            if ch in _INVISIBLE_SPACES and last.islower() and after.isupper():
                # "Maria<ZWSP>Lopez" reads as two words to whoever sees the post.
                out.append(" ")
                origin.append(index)
                last = " "
            continue
        if _is_emoji(ch):
            after = text[index + 1] if index + 1 < length else ""
            if last.isalpha() and after.isalpha():
                continue
        folded = _fold(ch, table)
        for c in folded:
            out.append(c)
            origin.append(index)
            last = c
    if copied < length:
        out.append(text[copied:])
        origin.extend(range(copied, length))
    return Normalized(text, "".join(out), tuple(origin))


# Word lists read on the folded text (``scripts``, ``rules``): the words as people write
# them, turned into what the fold makes of them.
def with_capitals(listed: str, sep: str | None = None) -> str:
    """The words of ``listed`` (split at ``sep``, else at spaces), then each with a capital
    first letter, joined as they came. The fold writes some capitals in Latin letters ("М"
    is "M") and leaves their small letters ("м"), which no case-blind match takes for the
    same letter: a list the fold reads in either case is given in both."""
    words = listed.split(sep)
    return (sep or " ").join(words + [w[:1].upper() + w[1:] for w in words])


def as_folded(listed: str, sep: str | None = None) -> tuple[str, ...]:
    """The words of ``listed`` (split at ``sep``, else at spaces) as the guard's folded copy
    of a text spells them: word lists are written as people write the words, the patterns
    read the folded text ("Με λένε" is read "Mε λέvε")."""
    return tuple(normalize(w).text for w in listed.split(sep))


def folded_alternation(listed: str, sep: str | None = None) -> str:
    """``as_folded`` words as one alternation for a pattern, in the order written."""
    return "|".join(re.escape(w) for w in as_folded(listed, sep))


def folded_either_case(listed: str, sep: str | None = None) -> str:
    """The words of ``listed`` in small letters and with a capital (``with_capitals``), as
    the fold spells them, as one alternation: a list of words the folded text may hold in
    either case (``scripts`` and ``rules`` read Cyrillic words so)."""
    return folded_alternation(with_capitals(listed, sep), sep)
