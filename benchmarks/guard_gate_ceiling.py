"""The most a "which of the guard's patterns can match this text at all" gate can save, on
post-sized texts: the regular-expression calls on the whole text that find nothing.

A gate of that kind (one multi-pattern scan of the text, Hyperscan's or an Aho-Corasick
automaton's over words every match must hold) can only skip a call that reads the text the
guard checks, whole (``pattern.search(text)``, ``pattern.match(text, at)``; not a call on a
sentence, a word or a window ending before the text does, where a pattern's look-arounds
and ``\\b`` read other edges) and that finds nothing. This tool counts those calls and
times them, for every pattern and for the rule tables' patterns alone (``_collect_all``,
where a gate would sit without a wrapper on every call), on ``guard_speed.py``'s 100–500
character band (600 texts, the corpus practice's context), after passes that make what the
guard makes on first use.

It then reads off each pattern the words one of which every match holds (from the parsed
pattern: literal runs, small classes, alternations; look-arounds count as nothing) and
counts the calls such a required-word gate would skip: a call the gate skips that found
something is printed as a miss (there must be none). A gate pays only if its own work per
text (its scan, plus a check before each call it guards) costs less than what it skips.

Each call is timed (CPU time, less one reading of the clock) by a wrapper around the
pattern's method, whose own cost is outside the figure but slows the run: compare the
shares, steadier than the microseconds on a shared machine.

    python benchmarks/guard_gate_ceiling.py [--top 15]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, practice_context  # noqa: E402

from medsocial_tui.compliance import lazy, names, phi, rules, text  # noqa: E402
from medsocial_tui.compliance.context import PracticeContext  # noqa: E402

_METHODS = ("match", "search", "finditer", "findall", "fullmatch")
WARM_PASSES = 4
# A cross product of a pattern's exact strings is kept up to this many strings.
_PRODUCT_LIMIT = 64
_EMPTY = frozenset([""])

Strings = frozenset[str]


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two required sets: its shortest word longer, then fewer."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: Any) -> tuple[Strings | None, Strings | None]:
    """(the strings the sequence matches exactly, lower-cased, or None; a set of words
    one of which each match holds, or None) for a run of parsed items."""
    exact: Strings | None = _EMPTY
    required: Strings | None = None
    whole = True
    for op, av in items:
        node_exact, node_required = _node(op, av)
        if exact is not None and node_exact is not None:
            if len(exact) * len(node_exact) <= _PRODUCT_LIMIT:
                exact = frozenset(x + y for x in exact for y in node_exact)
                continue
        whole = False
        if exact is not None and "" not in exact:
            required = _better(required, exact)
        exact = node_exact
        if node_exact is None:
            required = _better(required, node_required)
    if exact is not None and "" not in exact:
        required = _better(required, exact)
    return (exact if whole else None), required


def _node(op: Any, av: Any) -> tuple[Strings | None, Strings | None]:
    if op is _sre.LITERAL:
        c = chr(av)
        return (frozenset([c.lower()]), None) if c.isascii() else (None, None)
    if op is _sre.IN:
        chars: list[str] = []
        for item, value in av:
            if item is _sre.LITERAL and chr(value).isascii():
                chars.append(chr(value).lower())
            elif item is _sre.RANGE and value[1] < 128 and value[1] - value[0] < 4:
                chars += [chr(code).lower() for code in range(value[0], value[1] + 1)]
            else:
                return None, None
        return frozenset(chars), None
    if op is _sre.SUBPATTERN:
        return _sequence(av[3].data)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is _sre.BRANCH:
        exacts: list[Strings | None] = []
        requireds: list[Strings | None] = []
        for alternative in av[1]:
            exact, required = _sequence(alternative.data)
            exacts.append(exact)
            requireds.append(required if exact is None else (exact if "" not in exact else None))
        if all(e is not None for e in exacts) and sum(len(e or ()) for e in exacts) <= 4096:
            return frozenset().union(*(e for e in exacts if e is not None)), None
        if all(r is not None for r in requireds):
            return None, frozenset().union(*(r for r in requireds if r is not None))
        return None, None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        exact, required = _sequence(inner.data)
        if low == 0:
            return (exact | _EMPTY, None) if high == 1 and exact is not None else (None, None)
        if low == high == 1:
            return exact, required
        return None, (exact if exact is not None and "" not in exact else required)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _EMPTY, None  # reads around the match, holds nothing of it
    return None, None


def required_words(source: str, flags: int) -> Strings | None:
    """Lower-case ASCII words one of which every match of the pattern holds (each two
    characters or more), fewest and shortest kept; None when none can be read off."""
    try:
        tree = _sre_parse.parse(source, flags)
    except Exception:  # noqa: BLE001 - a pattern ``re`` reads its own way: no gate
        return None
    exact, required = _sequence(tree.data)
    if exact is not None and "" not in exact:
        required = exact
    if not required or min(map(len, required)) < 2:
        return None
    kept: list[str] = []
    for word in sorted(required, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return frozenset(kept)


# A call recorded: the pattern's id, the read text's index, seconds, whether it found nothing.
Call = tuple[int, int, float, bool]


_clock = time.process_time  # CPU time: a busy machine preempts, never speeds up


def _clock_cost() -> float:
    """Seconds one reading of the clock adds to a call's figure (subtracted from each)."""
    best = float("inf")
    for _ in range(5):
        started = _clock()
        for _ in range(20_000):
            _clock()
        best = min(best, (_clock() - started) / 20_000)
    return best


def _recorder(
    pattern: Any,
    method: Callable[..., Any],
    name: str,
    now: list[Any],
    calls: list[Call],
    overhead: float,
) -> Callable[..., Any]:
    clock = _clock
    key = id(pattern)

    def recorded(string: str, *args: Any, **kwargs: Any) -> Any:
        started = clock()
        result = method(string, *args, **kwargs)
        if name in ("finditer",):
            result = list(result)
        spent = max(0.0, clock() - started - overhead)
        # the whole text checked: not a slice, nor a window cut short by ``endpos``
        if string is now[0] and len(args) < 2 and "endpos" not in kwargs:
            calls.append((key, now[1], spent, not result))
        return iter(result) if name == "finditer" else result

    return recorded


def _forget_setup() -> None:
    forget()
    for cached in (text.word_starts, rules._index, rules.text_marks, rules._ascii_lower):
        cached.cache_clear()
    names.public_spans.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="patterns listed")
    args = parser.parse_args()
    bands = band_texts()
    texts = bands["100–200"] + bands["200–500"]
    ctx = practice_context(PracticeContext)
    for _ in range(WARM_PASSES):
        _forget_setup()
        for one in texts:
            phi.find_phi(one, ctx)
    now: list[Any] = [None, 0]
    calls: list[Call] = []
    patterns: dict[int, Any] = {}
    overhead = _clock_cost()
    for pattern in lazy.every_pattern():
        state = pattern.__dict__
        if "_compiled" not in state:
            continue
        patterns[id(pattern)] = pattern
        for name in _METHODS:
            if name in state:
                state[name] = _recorder(pattern, state[name], name, now, calls, overhead)
    find = phi._find

    read: list[str] = []  # the texts the finders read (normalised), lower-cased

    def reading(checked: str, context: PracticeContext) -> Any:
        now[0] = checked
        now[1] = len(read)
        read.append(checked.lower())
        return find(checked, context)

    phi._find = reading  # type: ignore[assignment]
    _forget_setup()
    for one in texts:
        phi.find_phi(one, ctx)
    phi._find = find  # type: ignore[assignment]

    count = len(texts)
    rule_patterns = {id(rule.pattern) for rule in rules._FIRST_RULES + rules.FACILITY_RULES}
    words = {key: required_words(p.pattern, p._flags) for key, p in patterns.items()}
    print(f"whole-text regex calls, {count} texts of 100–500 characters (per text)")
    print(f"  {'patterns':34}{'calls':>8}{'us':>9}{'nothing':>9}{'us':>9}{'skip':>9}{'us':>9}")
    misses = 0
    for label, chosen in (("every pattern", None), ("the rule tables' patterns", rule_patterns)):
        n_all = n_none = n_skip = 0
        t_all = t_none = t_skip = 0.0
        for key, index, spent, nothing in calls:
            if chosen is not None and key not in chosen:
                continue
            n_all += 1
            t_all += spent
            if nothing:
                n_none += 1
                t_none += spent
            need = words[key]
            if need is not None and not any(w in read[index] for w in need):
                if not nothing:
                    misses += 1
                    print(
                        f"  MISS: {patterns[key].pattern[:70]!r} matched without {sorted(need)[:4]}"
                    )
                n_skip += 1
                t_skip += spent
        print(
            f"  {label:34}{n_all / count:>8.1f}{t_all / count * 1e6:>9.1f}"
            f"{n_none / count:>9.1f}{t_none / count * 1e6:>9.1f}"
            f"{n_skip / count:>9.1f}{t_skip / count * 1e6:>9.1f}"
        )
    print("  (nothing: the calls that found nothing, what a perfect gate skips;")
    print("   skip: those a gate of words every match holds skips)")
    gated = sum(1 for need in words.values() if need)
    distinct = len(set().union(*(need for need in words.values() if need)))
    print(f"  {gated} of {len(words)} patterns read have such words ({distinct:,} distinct)")
    print(f"  misses (a skipped call that found something): {misses}")
    by_pattern: dict[int, float] = {}
    for key, _, spent, nothing in calls:
        if nothing:
            by_pattern[key] = by_pattern.get(key, 0.0) + spent
    print(f"\n  patterns whose whole-text calls found nothing, most time first (top {args.top})")
    for key, spent in sorted(by_pattern.items(), key=lambda item: -item[1])[: args.top]:
        mark = "w" if words[key] else " "
        print(f"  {spent / count * 1e6:>7.1f} us {mark} {patterns[key].pattern[:80]!r}")
    print("  (w: has words every match holds)")
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
