"""How much work the PHI guard does on a post-sized text, counted rather than timed: the
function calls of one ``find_phi``, beside a baseline.

Timings on a shared machine drift by a third from one run to the next, so a change of a
few per cent cannot be seen in ``guard_speed.py``; a count does not drift. For the speed
benchmark's 100–500 character texts (600, the corpus practice's context, the guard's
memory of phone numbers emptied first) it prints, per text: the Python functions the
guard called (its own and the libraries'), the calls into C (``str`` methods, ``len``,
``dict.get``…), and among those the regular-expression calls (``match``, ``search``,
``finditer``, ``findall``, ``fullmatch``), for this tree and for ``--baseline`` (a git
revision, copied out of git as ``guard_speed.py`` does); then the functions called most
per text in this tree. A Python call costs a fraction of a microsecond before it does
anything: issue 14's target (5,000 texts/s, 200 us a text) leaves room for a few hundred.

    python benchmarks/guard_calls.py [--baseline REV] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, load_guard, practice_context  # noqa: E402

_REGEX_METHODS = ("match", "search", "finditer", "findall", "fullmatch")

# (file, line, function name) -> (primitive calls, all calls, own time, total time, callers)
Stats = dict[tuple[str, int, str], tuple[int, int, float, float, object]]


# Passes before counting, at most, while a pass still parses a pattern.
WARM_PASSES = 12


def counted(find: Callable[..., Sequence[object]], ctx: object, texts: list[str]) -> Stats:
    """The profiler's table of one pass of ``find`` over ``texts``, after passes that load
    what the guard loads on first use and make the case-kept twins a pattern gets after
    its first searches (``lazy._SEARCHES_BEFORE_TWIN``), so neither is counted: until a
    pass parses no pattern. Two passes were not enough: a pattern searched a few times a
    pass made its twin in the counted one, some 150 of the regex parser's calls a text
    that a guard running for a while never makes again."""
    parsed = [0]
    parse = _sre_parse.parse

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        parsed[0] += 1
        return parse(*args, **kwargs)

    _sre_parse.parse = counting_parse  # what ``re.compile`` and the guard's twins call
    try:
        for _ in range(WARM_PASSES):
            before = parsed[0]
            for text in texts:
                find(text, ctx)
            if parsed[0] == before:
                break
    finally:
        _sre_parse.parse = parse
    forget()
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        find(text, ctx)
    profile.disable()
    return pstats.Stats(profile).stats  # type: ignore[attr-defined,no-any-return]


def totals(stats: Stats, texts: int) -> tuple[float, float, float]:
    """Python calls, C calls and regular-expression calls, per text."""
    python = c_calls = regex = 0
    for (filename, _, name), (_, calls, *_rest) in stats.items():
        if filename == "~":  # a built-in: "<method 'search' of 're.Pattern' objects>"
            if "_lsprof.Profiler" in name:
                continue  # the profiler's own ``disable``
            c_calls += calls
            if "re.Pattern" in name and any(f"'{m}'" in name for m in _REGEX_METHODS):
                regex += calls
        else:
            python += calls
    return python / texts, c_calls / texts, regex / texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=None, help="git revision to count beside")
    parser.add_argument("--top", type=int, default=25, help="functions listed")
    args = parser.parse_args()
    bands = band_texts()
    texts = bands["100–200"] + bands["200–500"]
    rows = []
    guards: list[tuple[str, str | None]] = [("guard", None)]
    if args.baseline:
        guards.append((f"before ({args.baseline})", args.baseline))
    mine: Stats = {}
    for label, rev in guards:
        find, context_type = load_guard(rev)
        stats = counted(find, practice_context(context_type), texts)
        if rev is None:
            mine = stats
        rows.append((label, *totals(stats, len(texts))))
    print(f"calls per text, {len(texts)} texts of 100–500 characters (corpus practice's context)")
    print(f"  {'guard':24}{'Python':>10}{'C':>10}{'regex':>10}")
    for label, python, c_calls, regex in rows:
        print(f"  {label:24}{python:>10,.0f}{c_calls:>10,.0f}{regex:>10,.1f}")
    print(f"\n  most called (this tree, per text; top {args.top})")
    ranked = sorted(mine.items(), key=lambda item: -item[1][1])[: args.top]
    for (filename, line, name), (_, calls, *_rest) in ranked:
        where = name if filename == "~" else f"{Path(filename).name}:{line}({name})"
        print(f"  {calls / len(texts):>9,.1f}  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
