"""``benchmarks/guard_calls.py`` counts a finder's calls as they are made: Python functions,
calls into C, and among those the regular-expression calls (the figures speed work on the
guard compares, since timings drift on a shared machine)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import guard_calls  # noqa: E402

_WORD = re.compile(r"\w+")


def _helper(text: str) -> int:
    return len(text)


def _finder(text: str, ctx: object) -> list[object]:
    # two Python helpers, three regular-expression calls, one other call into C
    _helper(text)
    _helper(text)
    _WORD.search(text)
    _WORD.match(text)
    _WORD.findall(text)
    text.lower()
    return []


def test_calls_are_counted_per_text_by_kind() -> None:
    stats = guard_calls.counted(_finder, None, ["one", "two"])
    python, c_calls, regex = guard_calls.totals(stats, 2)
    assert python == 3  # the finder and its two helpers, per text
    assert regex == 3
    assert c_calls == 6  # those three, lower(), and the helpers' len() twice


def test_patterns_parsed_while_warming_up_are_not_counted() -> None:
    """The guard makes a pattern's case-kept twin after its first searches, once in a
    process: the passes before the counted one run until a pass parses no pattern (two
    passes left some 95 of the parser's calls a text in the count)."""
    made: list[re.Pattern[str]] = []

    def finder(text: str, ctx: object) -> list[object]:
        if len(made) < 5:  # a new pattern in each of its first five calls: three passes
            made.append(re.compile(rf"{text}{len(made)}x"))
        return []

    stats = guard_calls.counted(finder, None, ["one", "two"])
    parsing = sum(row[1] for (filename, _, _), row in stats.items() if "_parser" in filename)
    assert len(made) == 5
    assert parsing == 0
