"""Splits a post into tokens and sentences once, so every detector reads the same view."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from medsocial_tui.compliance import lazy

# Latin letters with Latin-1's accents and Latin Extended-A's: the fold keeps the letters that
# have no base letter ("ł", "đ", "œ" of "sœur", "ħ"), and they are a word's letters too.
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f"
_URL = r"""(?P<url>(?:https?://|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?])"""
_EMAIL = r"(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24})"
_HANDLE = r"(?P<handle>(?<![\w@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)"
_REST = (
    rf"(?P<word>[{_LETTERS}]+(?:['’][{_LETTERS}]+)*(?:-[{_LETTERS}]+)*['’]?)"
    r"|(?P<num>\d+(?:[.,/:-]\d+)*)"
    r"|(?P<newline>\n)"
    rf"|(?P<punct>[^\s{_LETTERS}0-9])"
)
TOKEN = lazy.compile("|".join((_URL, _EMAIL, _HANDLE, _REST)))
# What ``parse`` reads: the white space before each token (but a line break, a token of its
# own) and the token, every alternative a group, so ``findall`` hands out plain tuples
# (the tokens of ``TOKEN.finditer``, several times cheaper than match objects; offsets are
# the lengths added up). Without the alternatives that cannot match in a text with no
# link or no "@" (``(?!)`` in their place keeps the tuples' shape): each is otherwise
# tried at every token, and the tokens come out the same either way.
_SPACE = r"([^\S\n]*)(?:"
_NEVER = ("((?!))", "((?!))", "((?!))")
_TOKEN_ALL = lazy.compile(_SPACE + "|".join((_URL, _EMAIL, _HANDLE, _REST)) + ")")
_TOKEN_NO_LINK = lazy.compile(_SPACE + "|".join((_NEVER[0], _EMAIL, _HANDLE, _REST)) + ")")
_TOKEN_NO_AT = lazy.compile(_SPACE + "|".join((_URL, *_NEVER[1:], _REST)) + ")")
_TOKEN_PLAIN = lazy.compile(_SPACE + "|".join((*_NEVER, _REST)) + ")")


def _tokens_of(text: str) -> re.Pattern[str]:
    """The token pattern for ``text`` (groups: the white space before, then link, email,
    handle, word, number, line break, other mark): links start with http(s):// or www.,
    emails and handles hold an "@"."""
    link = "http" in text or "www." in text
    if "@" in text:
        return _TOKEN_ALL if link else _TOKEN_NO_LINK
    return _TOKEN_NO_AT if link else _TOKEN_PLAIN


_ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx st jr sr vs etc no inc co ave blvd rd ln ct apt jan feb mar apr jun jul "
    "aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun approx dept"
    # titles of Spanish and Portuguese ("Dra. Lucía Fernández"), and a professor's
    " dra sra srta prof"
    # (guard-longclean6) a councillor's ("Cr. Paula Haddon", "Cllr. Hughes") and other
    # languages' doctors' ("dott. Luca Rizzo", "lek. dent. Anna Nowicka", "MUDr. Jan Novák")
    " cr cllr dott dent lek mudr mddr".split()
)
_SENTENCE_END = frozenset(".!?\n")
_AFTER_ANY = sys.maxsize


@dataclass(slots=True)
class Token:
    """One token. ``base`` drops a possessive ending ("Sophia's" -> "Sophia").

    A slotted dataclass, not a named tuple: a named tuple is made faster but read slower,
    and the name finder reads tokens many more times than the tokeniser makes them (the
    guard measured 4% slower on posts)."""

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
    """The text, its tokens, the character span of each sentence, and the indices of the
    word tokens and of the capitalised ones among them (read by every finder of names)."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]
    words: list[int]
    capitals: list[int]

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
    add = tokens.append
    words: list[int] = []
    capitals: list[int] = []
    sentences: list[tuple[int, int]] = []
    sentence = 0
    sentence_begin = 0
    at_start = True
    previous_word = ""
    end = 0
    for index, (space, url, email, handle, word, num, newline, punct) in enumerate(
        _tokens_of(text).findall(text)
    ):
        start = end + len(space)
        if word:
            end = start + len(word)
            if "'" in word or "’" in word:
                base, possessive = _split_possessive(word)
            else:
                base, possessive = word, False
            lower = base.lower()
            capitalized = word[0].isupper()  # a word starts with a letter, as its base does
            words.append(index)
            if capitalized:
                capitals.append(index)
            add(
                Token(
                    start,
                    end,
                    "word",
                    word,
                    base,
                    lower,
                    possessive,
                    sentence,
                    at_start,
                    capitalized,
                )
            )
            at_start = False
            previous_word = lower
            continue
        if punct:
            kind, raw = "punct", punct
        elif num:
            kind, raw = "num", num
        elif newline:
            kind, raw = "newline", newline
        else:
            kind, raw = ("url", url) if url else ("email", email) if email else ("handle", handle)
        end = start + len(raw)
        add(Token(start, end, kind, raw, raw, raw.lower(), False, sentence, at_start, False))
        if kind != "punct" and kind != "newline":  # a number, a link, an email, a handle
            at_start = False
            previous_word = ""
            continue
        if raw in _SENTENCE_END:
            if raw == "." and (previous_word in _ABBREVIATIONS or len(previous_word) == 1):
                continue
            if not at_start:
                sentences.append((sentence_begin, end))
                sentence += 1
                sentence_begin = end
                at_start = True
    if sentence_begin < len(text) or not sentences:
        sentences.append((sentence_begin, len(text)))
    return Doc(text, tokens, sentences, words, capitals)


# -- where a pattern can start ------------------------------------------------------------
# Most patterns of the guard start with a word from a short list ("born", "in", "patient")
# or a capitalised word. In an ASCII text (most posts, once folded) one pass over the
# words tells every such pattern where it can start, and it is tried there alone instead
# of at every character.
_HEADS: dict[str, list[str]] = {}  # a word's first letters, or whole word and "=": names
_SHAPES: dict[str, tuple[bool, bool]] = {}  # name: starts at capitalised words, at numbers
_PAIRS: list[str] = []  # names that start at capitalised words another one follows
_WORD_NAMES: dict[str, tuple[tuple[str, ...], int]] = {}  # a word as written: its names, kind
_PREDICATES: list[tuple[re.Pattern[str], str]] = []  # a word's shape ("~^[A-Z]{2}$"): name
_RUN = lazy.compile(r"\w+")
_GAP_AND_RUN = lazy.compile(r"(\W*)(\w+)")  # ``_RUN`` and what comes before each run
# Letters a case-blind pattern takes for ASCII ones ("ſ" for "s", the Kelvin sign for "k",
# dotted and dotless i): in a text holding one, patterns scan the whole text.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_CAPITAL = lazy.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f]")
# A capitalised word that white space and another capitalised word follow ("Maria Lopez",
# "O'Brien Smith"): where a run of two capitalised names can start ("A+A").
# (The capital first, then "no letter before it": the scan skips to capitals.)
_CAPITAL_PAIR = lazy.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u017f](?<!\w.)(?=[\w'’-]*\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f])"
)


def register_starts(name: str, heads: str) -> None:
    """Record where matches of the pattern called ``name`` can start: at a word whose
    lower-cased first one, two or three letters are a head ("pat"), whose whole
    lower-cased form is a head ending in "=" ("in="), that is capitalised ("A", a letter
    of ``rules._UP``), a number ("0"), of a length ("#17") or of a shape ("~" and a
    pattern searched in the word as written); or at a capitalised word that white space
    and another capitalised word follow ("A+A")."""
    heads_ = heads.split()
    for head in heads_:
        if head in ("A", "0", "A+A"):
            continue
        if head.startswith("~"):
            _PREDICATES.append((lazy.compile(head[1:]), name))
            continue
        names = _HEADS.setdefault(head, [])
        if name not in names:
            names.append(name)
    if "A" in heads_ or "0" in heads_:
        _SHAPES[name] = ("A" in heads_, "0" in heads_)
    if "A+A" in heads_:
        _PAIRS.append(name)
    _WORD_NAMES.clear()
    word_starts.cache_clear()


def _names_of(word: str) -> tuple[tuple[str, ...], int]:
    """The names ``word`` can start (by its letters and shape), and whether it is
    capitalised (1) or a number (2)."""
    lower = word.lower()
    names: dict[str, None] = {}
    for key in (lower[:1], lower[:2], lower[:3], lower + "=", f"#{len(word)}"):
        for name in _HEADS.get(key, ()):
            names[name] = None
    for shape, name in _PREDICATES:
        if shape.search(word):
            names[name] = None
    first = word[0]
    if "A" <= first <= "Z" or (first > "\x7f" and _CAPITAL.match(first)):
        kind = 1
    elif first.isdecimal():
        kind = 2
    else:
        kind = 0
    return tuple(names), kind


@lru_cache(maxsize=4)
def word_starts(text: str) -> dict[str, list[int]] | None:
    """The offsets of the words where each registered pattern can start (a pattern
    missing from the answer starts nowhere); None for a text holding a letter that a
    case-blind pattern reads as an ASCII one (its patterns scan the whole text)."""
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        return None
    found, capitals, numbers = _heads(text)
    _add_shapes(found, capitals, numbers)
    if _PAIRS and capitals:
        pairs = [m.start() for m in _CAPITAL_PAIR.finditer(text)]
        if pairs:
            for name in _PAIRS:
                found[name] = pairs
    return found


def _heads(text: str) -> tuple[dict[str, list[int]], list[int], list[int]]:
    """One pass over the text's words: the offsets of the words each registered pattern
    can start at by its head words, and of the capitalised words and the numbers."""
    found: dict[str, list[int]] = {}
    capitals: list[int] = []
    numbers: list[int] = []
    memo = _WORD_NAMES
    if len(memo) > 50_000:
        memo.clear()
    # The words of ``_RUN.finditer`` as plain strings, each after the run it follows
    # (offsets are the lengths added up): no match object for every word of the text.
    end = 0
    for gap, raw in _GAP_AND_RUN.findall(text):
        at = end + len(gap)
        end = at + len(raw)
        known = memo.get(raw)
        if known is None:
            known = memo[raw] = _names_of(raw)
        names, kind = known
        if not (names or kind):
            continue
        for name in names:
            offsets = found.get(name)
            if offsets is None:
                found[name] = [at]
            else:
                offsets.append(at)
        if kind == 1:
            capitals.append(at)
        elif kind == 2:
            numbers.append(at)
    return found, capitals, numbers


def _add_shapes(found: dict[str, list[int]], capitals: list[int], numbers: list[int]) -> None:
    """Add to ``found`` the patterns that can start at any capitalised word or number
    (``_SHAPES``), merged in order with the head words they start at."""
    both: list[int] | None = None  # capitals and numbers in order, made once
    for name, (at_capitals, at_numbers) in _SHAPES.items():
        offsets = found.get(name)
        if offsets is None and at_capitals != at_numbers:
            shaped = capitals if at_capitals else numbers
            if shaped:
                found[name] = shaped
            continue
        if offsets is None and not (capitals and numbers):
            shaped = capitals or numbers  # one or neither: already in order
            if shaped:
                found[name] = shaped
            continue
        if offsets is None:
            if both is None:
                both = sorted(capitals + numbers)
            found[name] = both
            continue
        # Sorted, perhaps twice over (a capitalised word that is also a head): trying a
        # pattern again where it just failed, or inside a match, changes nothing.
        merged = offsets + (capitals if at_capitals else []) + (numbers if at_numbers else [])
        merged.sort()
        found[name] = merged


def finditer_at(pattern: re.Pattern[str], text: str, name: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for the pattern registered as ``name``: in an ASCII text
    it is tried only at the words where it can start. The matches are the same: none
    starts elsewhere, and one found at an earlier word hides the words it covers, as in
    a scan."""
    starts = word_starts(text)
    if starts is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, starts.get(name, ()))


@lru_cache(maxsize=4)
def _kept_matches(text: str) -> dict[str, tuple[re.Match[str], ...]]:
    return {}


def kept_matches_at(pattern: re.Pattern[str], text: str, name: str) -> tuple[re.Match[str], ...]:
    """``tuple(finditer_at(pattern, text, name))``, remembered for the last few texts:
    the guard's second reading of a text (``phi._second_reading``) reads its dates and
    places again with every sentence taken as one about a person, and the pattern's
    matches are the first reading's (they depend on the text alone). ``name`` is the
    pattern's own (``register_starts``): one name, one pattern."""
    kept = _kept_matches(text)
    found = kept.get(name)
    if found is None:
        found = kept[name] = tuple(finditer_at(pattern, text, name))
    return found


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int] | tuple[int, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` found by trying it at each of ``starts`` (ascending)."""
    match = pattern.match
    reached = 0
    for at in starts:
        if at < reached:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            reached = max(m.end(), at + 1)


@lru_cache(maxsize=8)
def matches_between(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> tuple[re.Match[str], ...]:
    """``tuple(pattern.finditer(text, start, end))``, remembered: a veto that reads the
    whole line (or sentence) of each name reads it once for all the names in it, not once
    per name, which on a long text of one line (63 KB of posts joined) was quadratic."""
    return tuple(pattern.finditer(text, start, end))


# The end of a sentence, not the dot of "Dr." or "St.", an initial, "e.g." or "i.e."
# ("First name (e.g. Ola)" is one sentence), nor (dates15) a record's "b." or "d." before a
# year ("Tom Reilly (b. 1931) turned 93": the year is the named person's birth).
_SENTENCE_BREAK = lazy.compile(
    # (places29) and a town's "Ste." and "Ft.": "the clinic in Sault Ste. Marie"
    r"(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bMt)"
    r"(?<!\bSte)(?<!\bFt)"
    # (staff91) the titles of a woman doctor, a professor and a lady in Spanish, Portuguese
    # and Italian: "Obrigada Dra. Camila", "Sra. Pérez", "Prof. Rossi", "Dott. Bianchi"
    r"(?<!\bDra)(?<!\bSra)(?<!\bProf)(?<!\bDott)"
    r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)[.!?]+(?=\s)(?!(?<=\b[bd]\.)[ \t]+\d)"
    # (places35) nor a record's lower-case "no.", "tel." or "cel." before the number it
    # abbreviates: "claim no. ACC-7734019, injury date …, Rotorua", "roll no. 21BCE0443",
    # "cel. 55 3021 7788, col. Santa Úrsula": the record runs on
    r"(?!(?:(?<=\bno\.)|(?<=\btel\.)|(?<=\bcel\.)|(?<=\bmob\.)|(?<=\bph\.)|(?<=\bref\.)"
    r"|(?<=\breg\.))[ \t]+(?:no\.[ \t]+)?#?[A-Za-z]{0,6}[-/]?\d)"
    # (places35) nor a Mexican record's "col." (colonia) or a Philippine "brgy." before the
    # neighbourhood's name: "cel. 55 3021 7788, col. Santa Úrsula"
    r"(?<!\bcol\.)(?<!\bbrgy\.)|\n"
)
_BREAK_MARK = lazy.compile(r"[.!?\n]")


def sentence_breaks(text: str) -> list[re.Match[str]]:
    """``_SENTENCE_BREAK.finditer(text)``, quicker: every break starts at a full stop, a
    question or exclamation mark or a line break, so the pattern (its look-behinds) is
    tried there alone instead of at every character."""
    found: list[re.Match[str]] = []
    end = 0
    for mark in _BREAK_MARK.finditer(text):
        at = mark.start()
        if at < end:
            continue
        m = _SENTENCE_BREAK.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=4)
def _breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence break of ``text`` ends, and where each starts (ascending)."""
    found = sentence_breaks(text)
    return tuple(m.end() for m in found), tuple(m.start() for m in found)


# The last question ``sentence_around`` answered and its answer, as one tuple (read once
# into a local: a snapshot, whatever another thread stores meanwhile).
_LAST_AROUND: tuple[str, int, int, int, tuple[int, int]] = ("", -1, -1, -1, (0, 0))


def sentence_around(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, at most ``reach`` each side.
    (Half its calls ask again what the call before asked: the vetoes of one name, each
    reading the name's sentence; that answer is kept.)"""
    global _LAST_AROUND
    last = _LAST_AROUND
    if last[0] is text and last[1] == start and last[2] == end and last[3] == reach:
        return last[4]
    ends, starts = _breaks(text)
    left = max(0, start - reach)
    at = bisect_right(ends, start) - 1
    if at >= 0 and ends[at] > left:
        left = ends[at]
    right = min(len(text), end + reach)
    at = bisect_left(starts, end)
    if at < len(starts) and starts[at] < right:
        right = starts[at]
    _LAST_AROUND = text, start, end, reach, (left, right)
    return left, right


# (guard-longclean4) A text's heading that says what it is and whose it is, before a colon:
# "Newsletter, Clínica Odontológica Sorriso Feliz, Curitiba:", "Blog post from a practice in
# Kolkata:", "Practice blog, Sonrisas del Valle, Santiago de Chile:". The clinic, the town
# and the unit it names are the writer's own, no patient's.
_HEADING = lazy.compile(
    r"\s*(?:[\w'’-]+[ \t]+){0,2}?(?i:newsletter|bulletin|blog(?:[ \t]+post)?|notice"
    r"|press[ \t]+release|announcement|staff[ \t]+news|news[ \t]+(?:from|of))"
    r"(?:[ \t]+(?:from|of|by))?[ \t]*,?[ \t]+[^.!?:\n]{2,140}?:(?=\s)"
)
_HEADING_PRIVATE = lazy.compile(
    r"\b(?:my|patient|patients|mum|mom|mother|dad|father|son|daughter|wife|husband|prayers?"
    r"|memoriam|tribute|obituary|get[ \t]+well)\b"
    # (read 103-106) a notice for one reader by name ("Notice for Fatima Zahra El Amrani: your
    # lab results …"), not for a group ("Notice for Parents:", "Notice for All Staff:")
    r"|^\s*notice[ \t]+for[ \t]+(?-i:[A-Z])(?!(?:all|every|our|the|parents|patients|staff|families"
    r"|members|visitors|residents|carers|clients|students|teachers|schools|pupils)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def heading_end(text: str) -> int:
    """Where the heading of ``text`` (``_HEADING``) ends, its colon; 0 when it has none or
    the heading speaks of a patient, a family or a prayer."""
    m = _HEADING.match(text)
    if m is None or _HEADING_PRIVATE.search(m.group(0)):
        return 0
    return m.end()
