"""The guard's work grows with the length of a text, not faster: counted in calls (regular
expression calls and calls of the guard's own functions), never timed (speed is measured
in ``benchmarks/guard_speed.py``)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from labelled import load_context_data, load_corpus

from medsocial_tui.compliance import PracticeContext, find_phi, lazy
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.roster import roster_from_names

UNIT_SIZE = 6_000  # one block of the corpus's posts, repeated to make the long texts
SIZES = (30_000, 60_000)
# Twice the text may take twice the work and a little more (a finding near the end of a
# block reads into the next one); a quadratic step would take four times.
GROWTH_LIMIT = 2.3


def _practice() -> PracticeContext:
    data = load_context_data()
    return PracticeContext(
        phones=tuple(data["phones"]),  # type: ignore[call-overload]
        address=str(data["address"]),
        website=str(data["website"]),
        provider_names=tuple(data["provider_names"]),  # type: ignore[call-overload]
        trusted_domains=tuple(data["trusted_domains"]),  # type: ignore[call-overload]
        portal_url=str(data["portal_url"]),
        roster=roster_from_names(data["roster"]),  # type: ignore[arg-type]
        practice_name=str(data["practice"]),
    )


def _unit() -> str:
    """The corpus's posts joined, in their order, to ``UNIT_SIZE`` characters."""
    parts: list[str] = []
    length = 0
    for sample in load_corpus():
        if length >= UNIT_SIZE:
            break
        parts.append(sample.text)
        length += len(sample.text) + 1
    return " ".join(parts)[:UNIT_SIZE] + " "


def _long(size: int, one_sentence: bool) -> str:
    unit = _unit()
    text = (unit * (size // len(unit) + 1))[:size]
    # the same words with no full stop or line break: one sentence as long as the text
    return re.sub(r"[.!?\n]", ",", text) if one_sentence else text


def count_calls(work: Callable[[], object]) -> tuple[int, int]:
    """Regular-expression calls (``re.Pattern`` methods) and Python function calls made
    while ``work`` runs."""
    counts = [0, 0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            if getattr(arg, "__qualname__", "").startswith("Pattern."):
                counts[0] += 1
        elif event == "call":
            counts[1] += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return counts[0], counts[1]


def _forget() -> None:
    # every reading starts from nothing remembered (phone numbers read before)
    guard_rules._phone_match.cache_clear()


@pytest.mark.parametrize("one_sentence", [False, True], ids=["posts", "one-sentence"])
def test_the_work_for_a_long_text_grows_linearly(
    one_sentence: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _practice()
    small, large = (_long(size, one_sentence) for size in SIZES)
    # Tables, lazy patterns and their case-kept twins are made before counting, on texts as
    # long as the two counted ones and not the same, until a reading makes no new twin. A twin
    # is made once its pattern has been searched a number of times in the process, so
    # which twins a counted text made (a regular-expression parse each, one-off work)
    # depended on what earlier tests had searched: one order of the suite counted 2.7
    # times the calls for twice the text.
    # A pattern makes its twin at its 32nd search in the process, so one searched once or
    # twice a reading, after the searches of whatever tests ran before in this worker, made
    # it inside the counted reading (CI, 2026-12-04: 2.45 times the Python calls for twice
    # the text, all of it twin-making). Here every pattern makes its twin at its first
    # search, so the warm-up makes all of them and the counted readings make none.
    monkeypatch.setattr(lazy, "_SEARCHES_BEFORE_TWIN", 1)
    made = [0]
    for maker in ("_twin", "_wider_twin", "_case_kept_branches", "opening_twin"):
        original = getattr(lazy, maker)

        def counting(*args: Any, original: Any = original) -> Any:
            made[0] += 1
            return original(*args)

        monkeypatch.setattr(lazy, maker, counting)
    warm = [text[1:] + text[:1] for text in (small, large)]
    for _ in range(12):
        before = made[0]
        for text in warm:
            find_phi(text, ctx)
        if made[0] == before:
            break
    counted = []
    twins_made = made[0]
    for text in (small, large):
        _forget()
        counted.append(count_calls(lambda text=text: find_phi(text, ctx)))
    assert made[0] == twins_made, "a counted reading made a twin: the warm-up missed one"
    (small_re, small_py), (large_re, large_py) = counted
    assert small_re > 1000 and small_py > 1000  # the counter saw the guard at work
    assert large_re <= GROWTH_LIMIT * small_re, counted
    assert large_py <= GROWTH_LIMIT * small_py, counted


def test_the_work_count_sees_a_quadratic_step() -> None:
    """The check can fail: a step that reads every earlier sentence again at each sentence
    makes about four times the calls when the text doubles."""
    stop = re.compile(r"[.!?]")
    word = re.compile(r"\w+")

    def quadratic(text: str) -> None:
        ends = [m.end() for m in stop.finditer(text)]
        for end in ends:
            for earlier in ends:
                if earlier >= end:
                    break
                word.match(text, earlier)

    small, large = (_long(size // 10, False) for size in SIZES)
    small_re, small_py = count_calls(lambda: quadratic(small))
    large_re, large_py = count_calls(lambda: quadratic(large))
    assert small_re > 1000
    assert large_re > GROWTH_LIMIT * small_re


class _CountedPattern:
    """A rule's pattern that counts, for its rule, the calls made of it and the matches a
    scan of it yields: the rule's own work, whatever the text."""

    def __init__(self, pattern: re.Pattern[str], name: str, counts: dict[str, int]) -> None:
        self._pattern = pattern
        self._name = name
        self._counts = counts

    def _count(self, n: int = 1) -> None:
        self._counts[self._name] = self._counts.get(self._name, 0) + n

    def match(self, *args: Any) -> re.Match[str] | None:
        self._count()
        return self._pattern.match(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self._count()
        return self._pattern.search(*args)

    def finditer(self, *args: Any) -> Any:
        self._count()
        for m in self._pattern.finditer(*args):
            self._count()
            yield m

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def rule_work(text: str, ctx: PracticeContext) -> dict[str, int]:
    """How often each rule of the tables tried its pattern (and matches of a scan) while
    the guard read ``text``. A rule reading the shared link pattern is left as it is (the
    engine knows that pattern by identity)."""
    counts: dict[str, int] = {}
    rules = [
        r
        for r in guard_rules._FIRST_RULES + guard_rules.FACILITY_RULES
        if r.pattern is not guard_rules.URL
    ]
    for rule in rules:
        object.__setattr__(rule, "pattern", _CountedPattern(rule.pattern, rule.name, counts))
    try:
        _forget()
        find_phi(text, ctx)
    finally:
        for rule in rules:
            object.__setattr__(rule, "pattern", rule.pattern._pattern)  # type: ignore[attr-defined]
    return counts


def not_linear(small: dict[str, int], large: dict[str, int]) -> list[str]:
    """The rules whose work on twice the text is more than twice theirs and a little
    (``GROWTH_LIMIT``, and a few calls for a finding near a block's end)."""
    return sorted(name for name, n in large.items() if n > GROWTH_LIMIT * small.get(name, 0) + 20)


@pytest.mark.parametrize("one_sentence", [False, True], ids=["posts", "one-sentence"])
def test_each_rule_s_work_grows_linearly(one_sentence: bool) -> None:
    """Per rule, not only in all: a rule whose pattern is tried at every word before each
    match (or whose gate lets it read the whole text at every cue) is named here."""
    ctx = _practice()
    find_phi(_unit(), ctx)
    small, large = (rule_work(_long(size, one_sentence), ctx) for size in SIZES)
    assert sum(small.values()) > 1000  # the counter saw the rules at work
    assert len(small) > 30
    assert not_linear(small, large) == []


def test_the_rule_count_sees_a_rule_that_grows_faster() -> None:
    assert not_linear({"a": 100, "b": 10}, {"a": 230, "b": 60}) == ["b"]
    assert not_linear({"a": 100}, {"a": 200, "new": 21}) == ["new"]


def test_an_author_list_is_looked_for_once_per_line_not_once_per_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_an_author_cited`` reads the whole line of a name for an author list ("Patel R,
    Okonkwo A."): in a long text of one line (posts joined with spaces) that was the whole
    text once for every name, quadratic in a way the call counts above cannot see (one
    call, however far it reads), 1.5 s of a 63 KB text. Each line is read once."""
    from medsocial_tui.compliance import people_vetoes
    from medsocial_tui.compliance.findings import Finding
    from medsocial_tui.compliance.text import matches_between

    compiled = people_vetoes._VANCOUVER_LIST.compiled()
    reads: list[tuple[int, int]] = []

    class Counting:
        """The author-list pattern, counting the stretches of text it is asked to read."""

        def finditer(self, text: str, start: int, end: int) -> Any:
            reads.append((start, end))
            return compiled.finditer(text, start, end)

    monkeypatch.setattr(people_vetoes, "_VANCOUVER_LIST", Counting())
    matches_between.cache_clear()
    people = ["Maria Lopez", "Ken Tanaka", "Ada Obi", "Lars Berg", "Ana Silva", "Ravi Rao"]
    sentences = [f"We talked with {who} about the new clinic hours." for who in people]
    text = "As Nguyen et al. (2019) found, teams do well. " + " ".join(sentences * 4)
    names = [
        Finding(m.start(), m.end(), "name", "")
        for who in people
        for m in re.finditer(re.escape(who), text)
    ]
    assert len(names) == 24 and "\n" not in text
    asked = [people_vetoes._an_author_cited(text, f) for f in names]
    assert not any(asked)  # no name here is an author's
    assert reads == [(0, len(text))]  # the one line, read once for the 24 names


def _mixed(size: int, one_sentence: bool) -> str:
    """Posts drawn from the whole corpus (the same every run) joined to ``size``
    characters, as ``benchmarks/guard_speed.py`` makes its long texts: every kind of post
    the corpus has, staff notices and addresses among them, so every veto is asked."""
    pool = [sample.text for sample in load_corpus()]
    rng = random.Random(size)
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(rng.choice(pool))
        length += len(parts[-1]) + 1
    text = " ".join(parts)[:size]
    return re.sub(r"[.!?\n]", ",", text) if one_sentence else text


def count_reads(work: Callable[[], object], monkeypatch: pytest.MonkeyPatch) -> int:
    """The characters the guard's patterns are asked to read while ``work`` runs: the
    stretch of text (from ``pos`` to ``endpos``) of every ``finditer`` and ``findall`` of a
    lazy pattern, and of every ``search`` up to the end of its match. One call that reads the whole text for each name is
    one call to ``count_calls`` and a text's length here."""
    read = [0]

    def reading(method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(string: str, pos: int = 0, endpos: int = sys.maxsize, *rest: Any) -> Any:
            read[0] += max(0, min(endpos, len(string)) - pos)
            return method(string, pos, endpos, *rest)

        return counted

    def searching(method: Callable[..., Any]) -> Callable[..., Any]:
        # (guard-speed3) a search reads up to the end of what it finds: a loop of searches
        # each from the last match's end (``finditer`` through a case-kept twin) reads the
        # text once, as ``finditer`` does, not once a match
        def counted(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            m = method(string, pos, endpos)
            read[0] += max(0, (min(endpos, len(string)) if m is None else m.end()) - pos)
            return m

        return counted

    with monkeypatch.context() as patched:
        for pattern in lazy.every_pattern():
            pattern.compiled()
            patched.setitem(pattern.__dict__, "search", searching(pattern.__dict__["search"]))
            for name in ("finditer", "findall"):
                patched.setitem(pattern.__dict__, name, reading(pattern.__dict__[name]))
        work()
    return read[0]


@pytest.mark.parametrize("one_sentence", [False, True], ids=["posts", "one-sentence"])
def test_the_text_read_for_a_long_text_grows_linearly(
    one_sentence: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the call counts cannot see: a veto that searches the whole text before each
    name (``practice.staff_notice`` looked for a notice to the team from the text's start
    to every name: a third of a 63 KB text's time) or the whole text for each address
    (``practice.premises``) is one call a name, however far it reads. Twice the text may
    be read twice as much, and a little more."""
    ctx = _practice()
    small, large = (_mixed(size, one_sentence) for size in SIZES)
    find_phi(large[1:] + large[:1], ctx)  # tables and twins made before counting
    read = []
    for text in (small, large):
        _forget()
        read.append(count_reads(lambda text=text: find_phi(text, ctx), monkeypatch))
    assert read[0] > 10 * len(small)  # the counter saw the guard at work
    assert read[1] <= GROWTH_LIMIT * read[0], read


def test_the_read_count_sees_a_search_from_the_start_at_every_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check can fail: a search of the text before each name reads about four times
    as much when the text doubles."""
    heading = lazy.compile(r"\bstaff[ \t]+notice\b", re.I)
    name = re.compile(r"\b[A-Z][a-z]+\b")

    def before_each_name(text: str) -> None:
        for m in name.finditer(text):
            heading.search(text, 0, m.start())

    small, large = (_long(size // 10, False) for size in SIZES)
    for _ in range(40):  # its case-kept twin made before counting (``lazy._first_search``)
        heading.search(small)
    read = [count_reads(lambda t=t: before_each_name(t), monkeypatch) for t in (small, large)]
    assert read[0] > len(small)
    assert read[1] > GROWTH_LIMIT * read[0]


def test_staff_introductions_are_looked_for_once_per_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """(guard-speed3) A lone given name is a member of staff's when a staff introduction
    ("our hygienist Naomi Clarke") comes before it: each candidate name scanned the whole
    text before it for introductions (``_STAFF_INTRO.finditer(text, 0, stop)``), one call
    a name however far it read, and 63 KB of posts took 1.4 s. The introductions are found
    once a text: the text is read once, not once for each name."""
    ctx = _practice()
    compiled = guard_rules._STAFF_INTRO.compiled()
    read = [0]

    class Counting:
        """The introduction pattern, counting the characters it is asked to read: a scan's
        stretch, and a search's up to the end of what it found."""

        def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            read[0] += max(0, min(endpos, len(text)) - pos)
            return compiled.finditer(text, pos, endpos)

        def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            m = compiled.search(text, pos, endpos)
            read[0] += max(0, (min(endpos, len(text)) if m is None else m.end()) - pos)
            return m

    monkeypatch.setattr(guard_rules, "_STAFF_INTRO", Counting())
    counted = []
    for size in SIZES:
        text = _mixed(size, False)
        find_phi(text[1:] + text[:1], ctx)  # tables and twins made before counting
        read[0] = 0
        _forget()
        find_phi(text, ctx)
        counted.append(read[0])
    assert counted[0] > SIZES[0] // 2  # the counter saw the introductions looked for
    # once through the text, and a few characters again where a name's scan would cut an
    # introduction short (main read 26 times the text at 30 KB, 31 times at 60 KB)
    assert counted[0] <= 2 * SIZES[0] and counted[1] <= 2 * SIZES[1], counted


def test_staff_given_names_before_an_offset_are_those_a_scan_to_it_finds() -> None:
    """The introductions before an offset, read off the text's introductions found once,
    are those a scan stopped at that offset finds, even where the offset cuts one short
    ("Dr. Anna Smi|th", "nurse Ben| Lee") or falls inside one."""
    text = (
        "Dr. Anna Smith joined us. Our patient nurse Ola Berg came in. Ask hygienist "
        "Ben Lee! Dental nurse Cara O'Neill and Dr Tom Ruiz-Vega. Anna said hi."
    )
    for end in range(len(text) + 1):
        scanned = {
            m.group("given"): None
            for m in guard_rules._STAFF_INTRO.finditer(text, 0, end)
            if "patient" not in text[max(0, m.start() - 20) : m.start()].lower()
        }
        assert guard_rules._staff_given_names_before(text, end) == scanned, end
    assert list(guard_rules._staff_given_names_before(text, len(text))) == [
        "Anna",
        "Ben",
        "Cara",
        "Tom",
    ]
