"""A case-blind lazy pattern searches an ASCII text through its case-kept twin on the
lower-cased text (``lazy.case_kept_twin``): the match it hands back must be the one the
pattern itself finds, for every pattern of the guard, at any start and end offset."""

from __future__ import annotations

import random
import re
import sys
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]

import pytest
from labelled import load_corpus

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import rules as guard_rules


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.regs == expected.regs


@pytest.mark.parametrize(
    "source",
    [
        r"(?-i:[a-z][A-Z])|(?:ide|com)\b",  # a part with case kept
        r"[\u0100-\u017f]+",  # ſ and ı read as s and i when case is ignored
        r"\u212a\w+",  # the Kelvin sign reads as k
        r"[0-Z]x",  # a range across the capitals and more
    ],
)
def test_no_twin_where_it_would_read_differently(source: str) -> None:
    assert lazy.case_kept_twin(source, re.IGNORECASE) is None


def test_no_twin_for_a_case_kept_pattern() -> None:
    assert lazy.case_kept_twin(r"Dr\.? [A-Z]\w+", 0) is None


def test_the_twin_finds_the_patterns_own_match() -> None:
    source = r"\b(?:dr|doctor)\.?[ \t]+(?P<name>[A-Z][a-z]+)(?=[ \t]+(?:said|SAYS))"
    stand_in = lazy.compile(source, re.IGNORECASE)
    plain = re.compile(source, re.IGNORECASE)
    text = "Our DOCTOR Gomez said hello, and dr. smith says so too, twice over."
    assert lazy.case_kept_twin(source, re.IGNORECASE) is not None
    for start in range(len(text)):
        for end in (len(text), len(text) - 5, start + 30, sys.maxsize):
            assert _same(stand_in.search(text, start, end), plain.search(text, start, end))
    found = stand_in.search(text)
    assert found is not None and found.group("name") == "Gomez"  # as written, not lowered


def test_alternatives_with_case_kept_read_each_part_on_its_own_text() -> None:
    source = r"(?-i:[a-z][A-Z])|(?:ide|ate)\b"
    kept, twin = lazy._case_kept_branches(source, re.IGNORECASE)
    assert kept is not None and twin is not None
    stand_in, plain = lazy.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    for text in ("our iPhone cases are up to DATE, friends", "a LATE fluorIDE visit, iPad"):
        for start in range(len(text)):
            assert _same(stand_in.search(text, start), plain.search(text, start))


def test_a_wider_twin_is_checked_place_by_place() -> None:
    source = r"\b(?:our|we)\b|\b(?-i:[A-Z][a-z]+)[ \t]+(?-i:Clinic|Surgery)\b"
    assert lazy.case_kept_twin(source, re.IGNORECASE) is None
    assert lazy._wider_twin(source, re.IGNORECASE)[0] is not None
    stand_in, plain = lazy.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    text = "the lakeside clinic and LAKESIDE CLINIC moved; Lakeside Clinic too, says OUR team"
    for _ in range(2):
        for start in range(len(text)):
            assert _same(stand_in.search(text, start), plain.search(text, start))


@pytest.mark.parametrize(
    "source",
    [
        r"x(?!(?-i:Dr))\w+",  # more in a negative look-ahead would refuse more
        r"(?-i:[^A-Z])x",  # a negated class kept: lower-cased it refuses "a" too
        r"(?>(?-i:A)\w*)x",  # an atomic group
    ],
)
def test_no_wider_twin_where_wider_would_miss(source: str) -> None:
    assert lazy._wider_twin(source, re.IGNORECASE)[0] is None


def test_a_text_beyond_ascii_is_read_lower_cased_unless_a_letter_folds_to_ascii() -> None:
    source = r"\b(?:id|kevin|says)\b[ \t]*(?P<rest>\w+)"
    assert lazy.any_text_pattern(source, re.IGNORECASE)
    assert lazy.any_text_pattern(r"caf[ée]|no[eë]l", re.IGNORECASE)
    assert not lazy.any_text_pattern(r"[à-ÿ]+", re.IGNORECASE)  # a range beyond ASCII
    assert not lazy.any_text_pattern(r"µg|σ", re.IGNORECASE)  # µ is μ too, σ is ς
    stand_in, plain = lazy.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    for text in ("Café Ünal: KEVIN Ørsted says ÉTÉ, id 12", "\u212aevin ſays: İD ıd 4471 ok"):
        for start in range(len(text)):
            assert _same(stand_in.search(text, start), plain.search(text, start))
    assert lazy._lower_of("ſays so, and more words here") is None
    assert lazy._lower_of("Ørsted says so") == "ørsted says so"


def test_a_letter_of_plain_case_matches_its_lower_cases_alone() -> None:
    """``lazy._plain_case``: each letter beyond ASCII that the guard's patterns hold and
    that is called plain matches, case-blind, exactly the characters (up to U+3000 and
    the Letterlike block) whose lower case is its own."""
    letters = {
        c
        for p in _lazy_patterns()
        for c in p.pattern
        if ord(c) >= 128 and c.isalpha() and lazy._plain_case(ord(c))
    }
    assert len(letters) > 10
    pool = [chr(x) for x in (*range(0x3000), *range(0x2100, 0x2150)) if not 0xD800 <= x < 0xE000]
    for letter in letters:
        one = re.compile(re.escape(letter), re.IGNORECASE)
        case_blind = {x for x in pool if one.fullmatch(x)}
        assert case_blind == {x for x in pool if x.lower() == letter.lower()}, letter


def _lazy_patterns() -> list[lazy.LazyPattern]:
    """Every case-blind lazy pattern the guard's modules hold, and its rules' patterns."""
    return [p for p in _every_lazy_pattern() if p._flags & re.IGNORECASE]


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    corpus = [s.text for s in load_corpus() if s.split != "held_out"]
    ascii = [t for t in corpus if t.isascii()]
    # (every pattern of the guard is searched three times in each text: 66 texts, half the
    # 131 that took the check 18 s of CPU when the fresh-clone CI reached 706 s of its 600)
    chosen = random.Random(14).sample(ascii, min(30, len(ascii)))
    chosen += [t for t in corpus if not t.isascii()][:15]  # accents, emoji, other scripts
    chosen += ["Kevin ſays: the İD of Mr. KIM is ıd 4471", "Café Ünal, DOCTOR Ørsted ID 12345"]
    return tuple(chosen + [t.upper() for t in chosen[:10]] + [t.lower() for t in chosen[:10]])


def test_every_guard_pattern_searches_as_before() -> None:
    patterns = _lazy_patterns()
    twinned = [p for p in patterns if lazy.case_kept_twin(p.pattern, p._flags) is not None]
    assert len(twinned) > 100  # most of the guard's case-blind patterns have a twin
    rng = random.Random(18)
    differ = []
    for pattern in patterns:
        plain = re.compile(pattern.pattern, pattern._flags)
        for text in _texts():
            start = rng.randrange(len(text) // 2 + 1)
            for pos, end in ((0, len(text)), (start, len(text)), (0, start + 40)):
                if not _same(pattern.search(text, pos, end), plain.search(text, pos, end)):
                    differ.append(f"{pattern.pattern[:60]!r} at {pos}-{end} of {text[:40]!r}")
    assert differ == []


@pytest.mark.parametrize("source", [r"\bjane\b", r"(?-i:[a-z][A-Z])|\bjane\b", r"\b(?-i:J)ane\b"])
def test_a_twin_searching_texts_in_turn_reads_each_text_s_own_lower_case(source: str) -> None:
    # a twin's search reuses the lower case of the text it read last: texts in turn (the
    # same one again, another, one with a letter that folds to ASCII, windows of each)
    # must each be searched as the pattern searches them
    pattern = lazy.compile(source, re.IGNORECASE)
    plain = re.compile(source, re.IGNORECASE)
    texts = [
        "Call JANE now about the forms, please",
        "Nobody named here at all, none at all",
        "ſee Jane (the ſ folds to s) tomorrow morning",
        "Ørsted said Jane would ring back later",
        "Call JANE now about the forms, please",
        "MaryJane and jane and JaNe and Jane again",
    ]
    for _ in range(lazy._SEARCHES_BEFORE_TWIN + 1):
        pattern.search(texts[0])  # past the first searches: the twin searches from here
    for text in texts * 2:
        for pos, endpos in ((0, len(text)), (5, len(text)), (0, 12), (3, 40), (0, 10**9)):
            got, want = pattern.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (text, pos, endpos)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:dr|dra|doctor|prof|professor|admin|a)\b",
        r"(?:ab|ac|b|abc|)x",  # an empty alternative
        r"(cat|car|care|dog)(s?)",  # groups inside and after
        r"(?:ca|co|\w+s|cat|car|[dc]og|do|dx)",  # alternatives that open otherwise, between
        r"(?:a|ab|\bab|abc|$|abcd)",
        r"\b(?:my|me|mine|i|i'm|he|she|his|her)\b(?!\s+(?:own|one|ones))",
        r"(?i:Dr|dra|DOCTOR|d|Prof|pROF|x)",  # case-blind: "D" and "d" open alike
        r"(?i:ca|Co|\w+S|cAt|(?-i:Car|car)|[dc]og|Do|dx)",
        # a word boundary before the letter, asserted once for the group
        r"(?:\bdr|\bdoctor|\bd|dr|\bprof|prof|\bprofessor|\ba|\bab)s?",
        r"(?:\bI\.?D\.?|\bidentification|\bid|\bmember(?:ship)?|\bM|me)",
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternatives_split_by_first_letter_match_as_before(source: str, flags: int) -> None:
    """``lazy.factor_alternatives`` (alternations of words split by their first letter,
    by its lower case where case is ignored): the same matches, spans and groups, from
    every offset."""
    tree = re._parser.parse(source, flags)  # type: ignore[attr-defined]
    lazy.factor_alternatives(tree)
    factored = re._compiler.compile(tree, flags)  # type: ignore[attr-defined]
    plain = re.compile(source, flags)
    words = "dr dra doctor prof professor admin a ab ac b abc abcd x cat car care dog cats"
    words += " my me mine i i'm he she his her hers own one co dx do"
    pool = words.split()
    rng = random.Random(7)
    for _ in range(400):
        text = " ".join(rng.choice(pool) + rng.choice(("", "x", "s", " ")) for _ in range(8))
        text = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
        for pos in range(0, len(text), 3):
            assert _same(factored.search(text, pos), plain.search(text, pos)), (text, pos)
            assert _same(factored.match(text, pos), plain.match(text, pos)), (text, pos)


def test_a_split_letter_is_checked_with_case_kept_where_that_reads_the_same() -> None:
    """(speed15) A case-blind run of alternatives after a word boundary is split as one
    alternative, the boundary asserted once, each letter then a case-kept class of its two
    cases (``re`` refuses such an alternative before entering it); not "i", "s" or "k",
    which match more than their two cases (İ ı ſ and the Kelvin sign), and the same
    matches at every offset of a text holding those."""
    pool = [chr(x) for x in (*range(0x3000), *range(0x2100, 0x2150)) if not 0xD800 <= x < 0xE000]
    for code in range(128):
        letter = chr(code)
        if not letter.isalpha():
            continue
        one = re.compile(re.escape(letter), re.IGNORECASE)
        two = {x for x in pool if one.fullmatch(x)} == {letter.lower(), letter.upper()}
        assert two is (code not in lazy._MORE_THAN_TWO_CASES), letter
    source = r"(?:\bdr|\bdoctor|\bid|\bIC|\bsocial|\bKin|\bprof|(?-i:QQ))(?:\s+\w+)?"
    tree = re._parser.parse(source, re.IGNORECASE)  # type: ignore[attr-defined]
    lazy.factor_alternatives(tree)
    op, (_, branch) = tree.data[0]
    assert op is sre.BRANCH and len(branch) == 2  # \b then the letters; QQ
    assert branch[0].data[0] == (sre.AT, sre.AT_BOUNDARY)
    letters = branch[0].data[1][1][3].data[0][1][1]
    firsts = [alternative.data[0] for alternative in letters]
    assert firsts[0][0] is sre.SUBPATTERN and firsts[0][1][2] == re.IGNORECASE  # (?-i:[dD])
    assert [f[1] for f in firsts[1:4]] == [ord("i"), ord("s"), ord("K")]  # as they were
    factored = re._compiler.compile(tree, re.IGNORECASE)  # type: ignore[attr-defined]
    plain = re.compile(source, re.IGNORECASE)
    text = "Dr X, DOCTOR y; İD 4, ıd 5, ſocial ſ, \u212ain, KIN, Prof Z, dR, id, QQ, qq w"
    for pos in range(len(text)):
        assert _same(factored.match(text, pos), plain.match(text, pos)), pos
        assert _same(factored.search(text, pos), plain.search(text, pos)), pos


def test_a_long_alternation_is_split() -> None:
    source = r"\b(?:dr|dra|doctor|[xw]y|prof|professor|xy|xz)\b"
    tree = re._parser.parse(source, 0)  # type: ignore[attr-defined]
    lazy.factor_alternatives(tree)
    branch = tree.data[1][1][1]
    # d(?:r(?:|a)|octor), then [xw]y in its place (it may match where x… does), p(?:rof…), x(?:y|z)
    assert [alternative.data[0][0] for alternative in branch] == [
        sre.LITERAL,
        sre.IN,
        sre.LITERAL,
        sre.LITERAL,
    ]
    assert [
        alternative.data[0][1] for alternative in branch if alternative.data[0][0] is sre.LITERAL
    ] == [
        ord("d"),
        ord("p"),
        ord("x"),
    ]


def _every_lazy_pattern() -> list[lazy.LazyPattern]:
    """Every lazy pattern the guard's modules hold, case-blind or not, and its rules'."""
    seen: dict[int, lazy.LazyPattern] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("medsocial_tui.compliance"):
            continue
        for value in vars(module).values():
            if isinstance(value, lazy.LazyPattern):
                seen[id(value)] = value
    for rule in guard_rules.FACILITY_RULES + guard_rules.IDENTIFIER_RULES + guard_rules.NAME_RULES:
        for value in (rule.pattern, rule.trigger, rule.anchor):
            if isinstance(value, lazy.LazyPattern):
                seen[id(value)] = value
    return list(seen.values())


def test_every_guard_pattern_split_by_first_letter_matches_as_written() -> None:
    """(guard-speed7) A lazy pattern is compiled with its case-kept alternations split by
    first letter (``lazy._factored``): on the corpus texts, as written, upper- and
    lower-cased, every match, span and group of every pattern of the guard is the one the
    pattern compiled as written finds, from the start and from an offset inside.

    The split pattern read is the one the guard compiled (``LazyPattern.compiled``, kept
    for every later test of the worker): compiling each a second time here took 23 s of
    a suite whose fresh-clone CI reached 673 s of its 600. Compiled patterns are equal
    when their code is, so a split one is told from the pattern compiled as written."""
    factored = 0
    differ = []
    rng = random.Random(21)
    for pattern in _every_lazy_pattern():
        split = pattern.compiled()
        plain = re.compile(pattern.pattern, pattern._flags)
        if split == plain:
            continue
        factored += 1
        assert (split.pattern, split.flags, split.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groupindex,
        )
        for text in _texts():
            start = rng.randrange(len(text) // 2 + 1)
            got = [m.regs for m in split.finditer(text, start)]
            if got != [m.regs for m in plain.finditer(text, start)]:
                differ.append(f"{pattern.pattern[:60]!r} from {start} of {text[:40]!r}")
            if not _same(split.match(text, start), plain.match(text, start)):
                differ.append(f"{pattern.pattern[:60]!r} at {start} of {text[:40]!r}")
    assert factored > 50
    assert differ == []
