"""How much of a post the rules table's pattern scans cost, and how much of that is spent
where a rule finds nothing: the upper bound of any "which rules can match" prefilter.

Over the speed benchmark's 600 texts of 100–500 characters (``guard_speed.band_texts``, the
corpus practice's context), read twice first so that every lazy pattern and twin is made:
``find_phi``'s time a text unwrapped, then every rule pattern's ``match``, ``search`` and
``finditer`` timed by a wrapper (its own cost, measured on an empty call, taken off):
calls a text, microseconds a text, and the part of them in calls that found nothing, in
all and for the dearest patterns, with how each is tried (at its start words, at marks,
near an anchor, or scanning the whole text).

    python benchmarks/guard_rule_scan.py [--top 20]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, load_guard, practice_context  # noqa: E402

from medsocial_tui.compliance import lazy  # noqa: E402
from medsocial_tui.compliance import rules as rules_module  # noqa: E402


def _how_tried(rule: rules_module.Rule) -> str:
    if rule.marks:
        return "marks"
    if rule.anchor is not None:
        return "anchor"
    if rule.starts:
        return "words"
    return "scan"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    find_phi, context_type = load_guard(None)
    ctx = practice_context(context_type)
    texts = [t for label, band in band_texts().items() if label != "63 KB" for t in band][:600]
    count = len(texts)
    for _ in range(2):
        for text in texts:
            find_phi(text, ctx)

    def one_pass() -> float:
        forget()
        began = time.perf_counter()
        for text in texts:
            find_phi(text, ctx)
        return (time.perf_counter() - began) / count * 1e6

    plain = sorted(one_pass() for _ in range(3))[1]

    by_pattern: dict[int, tuple[Any, list[rules_module.Rule]]] = {}
    for table in (
        rules_module.IDENTIFIER_RULES,
        rules_module.NAME_RULES,
        rules_module.FACILITY_RULES,
    ):
        for rule in table:
            by_pattern.setdefault(id(rule.pattern), (rule.pattern, []))[1].append(rule)
    spent: dict[int, float] = defaultdict(float)
    empty: dict[int, float] = defaultdict(float)
    calls: dict[int, int] = defaultdict(int)
    clock = time.perf_counter

    def timed(key: int, method: Callable[..., Any], listed: bool) -> Callable[..., Any]:
        if listed:

            def run_list(*a: Any, **k: Any) -> Iterator[Any]:
                began = clock()
                out = list(method(*a, **k))
                took = clock() - began
                spent[key] += took
                calls[key] += 1
                if not out:
                    empty[key] += took
                return iter(out)

            return run_list

        def run_one(*a: Any, **k: Any) -> Any:
            began = clock()
            out = method(*a, **k)
            took = clock() - began
            spent[key] += took
            calls[key] += 1
            if out is None:
                empty[key] += took
            return out

        return run_one

    def nothing(*_a: Any) -> None:
        return None

    probe = timed(-1, nothing, False)
    began = clock()
    for _ in range(100_000):
        probe(1, 2)
    wrapped = clock() - began
    began = clock()
    for _ in range(100_000):
        nothing(1, 2)
    overhead = max(0.0, (wrapped - (clock() - began)) / 100_000)

    for key, (pattern, _rules) in by_pattern.items():
        if isinstance(pattern, lazy.LazyPattern):
            pattern.compiled()
            state = pattern.__dict__
            for name in ("match", "search", "finditer"):
                state[name] = timed(key, state[name], name == "finditer")
    one_pass()
    keys = [k for k in spent if k != -1]
    total = sum(spent[k] - calls[k] * overhead for k in keys) / count * 1e6
    nothing_found = sum(max(0.0, empty[k] - calls[k] * overhead) for k in keys) / count * 1e6
    per_text = sum(calls[k] for k in keys) / count
    print(f"find_phi: {plain:,.0f} us a text ({count} texts of 100-500 characters)")
    print(
        f"rule patterns: {per_text:.1f} calls a text, {total:,.0f} us a text "
        f"({total / plain * 100:.1f}% of find_phi), {nothing_found:,.0f} us of it in calls "
        f"that found nothing ({nothing_found / plain * 100:.1f}%)"
    )
    modes: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for k in keys:
        mode = _how_tried(by_pattern[k][1][0])
        modes[mode][0] += calls[k] / count
        modes[mode][1] += (spent[k] - calls[k] * overhead) / count * 1e6
        modes[mode][2] += max(0.0, empty[k] - calls[k] * overhead) / count * 1e6
    print("\n  tried at   calls/text  us/text  found nothing")
    for mode, (c, us, none) in sorted(modes.items(), key=lambda kv: -kv[1][1]):
        print(f"  {mode:8} {c:10.1f} {us:8.1f} {none:9.1f}")
    print(f"\n  us/text  nothing  calls/text  tried at  rule (top {args.top})")
    rows = sorted(keys, key=lambda k: -(spent[k] - calls[k] * overhead))[: args.top]
    for k in rows:
        us = (spent[k] - calls[k] * overhead) / count * 1e6
        none = max(0.0, empty[k] - calls[k] * overhead) / count * 1e6
        named = by_pattern[k][1]
        print(
            f"  {us:7.1f} {none:8.1f} {calls[k] / count:11.2f}  {_how_tried(named[0]):8}  "
            + ", ".join(r.name for r in named)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
