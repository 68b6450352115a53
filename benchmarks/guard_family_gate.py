"""The most a shared token pre-pass could save the rule tables: what their gates cost.

A pre-pass built once a text (a table of its tokens' class bits: capitalised, listed given
name, place word, digit shape…) would let a whole rule family skip a text holding none of
its bits. The guard already has that table in two forms: ``text.word_starts`` (the offsets
of the words each rule can start at, read in one pass over the words) and
``rules.text_marks`` (the characters a text holds, for each rule's ``needs``), and
``rules._collect_all`` skips a rule whose start words or characters are absent with a few
dict and set lookups. A family-level skip could only replace those lookups for the
families every rule of which is already skipped: it cannot skip a rule that passes its
gate (a bit test is coarser than the rule's own start words).

For ``guard_speed.py``'s 100–500 character texts (the corpus practice's context), this
records each ``_collect_all`` call ``find_phi`` makes, then replays only its gates (no
pattern tried, no veto asked) and prints, per text: the gates' time beside the whole rule
tables' time and ``find_phi``'s, and per family the texts whose every rule its gates skip
(the texts a family bit could skip) and the gate time spent on them: the ceiling of a
family pre-pass on the rule tables.

    python benchmarks/guard_family_gate.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, practice_context  # noqa: E402

from medsocial_tui.compliance import phi, rules  # noqa: E402
from medsocial_tui.compliance.context import PracticeContext  # noqa: E402

# table, text, starts, anyone, marks: what one ``_collect_all`` call's gates read
Call = tuple[tuple[rules.Rule, ...], str, dict[str, list[int]] | None, bool, frozenset[str]]


def record(posts: Sequence[str], ctx: object) -> tuple[list[list[Call]], float, float]:
    """Each post's ``_collect_all`` calls, and the seconds of ``find_phi`` and of the
    rule tables over all posts (one pass, CPU time)."""
    calls: list[list[Call]] = []
    spent = [0.0]
    collect_all = rules._collect_all

    def recording(
        table: Any, text: str, ctx: Any, people: Any, found: Any, starts: Any, anyone: bool
    ) -> None:
        calls[-1].append((table, text, starts, anyone, rules.text_marks(text)))
        started = time.process_time()
        collect_all(table, text, ctx, people, found, starts, anyone)
        spent[0] += time.process_time() - started

    rules._collect_all = recording  # type: ignore[assignment]
    whole = 0.0
    try:
        for post in posts:
            forget()
            calls.append([])
            started = time.process_time()
            phi.find_phi(post, ctx)  # type: ignore[arg-type]
            whole += time.process_time() - started
    finally:
        rules._collect_all = collect_all  # type: ignore[assignment]
    return calls, whole, spent[0]


def gates_pass(call: Call) -> list[bool]:
    """For each rule of the call's table, whether its gates let it be tried: the checks
    ``_collect_all`` makes before a rule's pattern (needs a person, needed characters,
    start words)."""
    table, _text, starts, anyone, marks = call
    passed: list[bool] = []
    if starts is None:
        for rule in table:
            passed.append(
                (anyone or not rule.needs_person)
                and (not rule.needed or rules.has_needs(rule, marks))
            )
        return passed
    for _rule, needs_person, needed, first, second, _plain, _tf in rules._table_plan(table):
        ok = not (needs_person and not anyone)
        if ok and needed:
            ok = all(not group.isdisjoint(marks) for group in needed)
        if ok and first:
            ok = first in starts and (not second or second in starts)
        passed.append(ok)
    return passed


def gate_seconds(calls: list[Call], rounds: int) -> float:
    """Best CPU time over ``rounds`` of the gates alone of ``calls``, as ``_collect_all``
    reads them (its loop, without a rule tried)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for table, _text, starts, anyone, marks in calls:
            if starts is None:
                for rule in table:
                    if (anyone or not rule.needs_person) and (
                        not rule.needed or rules.has_needs(rule, marks)
                    ):
                        pass
                continue
            for _r, needs_person, needed, first, second, _p, _t in rules._table_plan(table):
                if needs_person and not anyone:
                    continue
                if needed:
                    missing = False
                    for group in needed:
                        if group.isdisjoint(marks):
                            missing = True
                            break
                    if missing:
                        continue
                if first and (first not in starts or (second and second not in starts)):
                    continue
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes of the gates; the best")
    args = parser.parse_args()
    ctx = practice_context(PracticeContext)
    bands = band_texts()
    posts = bands["100–200"] + bands["200–500"]
    for post in posts:  # lazy patterns and word lists, before any timing
        phi.find_phi(post, ctx)  # type: ignore[arg-type]
    per_post, whole, tables = record(posts, ctx)
    flat = [call for calls in per_post for call in calls]
    gates = gate_seconds(flat, args.rounds)
    n = len(posts)
    print(f"{n} texts of 100–500 characters, corpus practice's context, per text:")
    print(f"  find_phi                     {whole / n * 1e6:9.1f} us")
    print(f"  the rule tables (_collect_all){tables / n * 1e6:8.1f} us")
    print(
        f"  their gates alone            {gates / n * 1e6:9.1f} us"
        f"  ({gates / whole:.1%} of find_phi)"
    )
    rules_seen = sum(len(call[0]) for call in flat) / n
    tried = sum(sum(gates_pass(call)) for call in flat) / n
    print(f"  rules gated a text {rules_seen:.0f}, tried {tried:.1f}")
    # per family: the texts where every rule of the family is gated out
    family_rules: dict[str, int] = {}
    family_skipped_texts: dict[str, int] = {}
    for calls in per_post:
        passed_by_family: dict[str, bool] = {}
        for call in calls:
            for rule, ok in zip(call[0], gates_pass(call), strict=True):
                family = rule.name.split(".")[0]
                passed_by_family[family] = passed_by_family.get(family, False) or ok
        for family, passed in passed_by_family.items():
            if not passed:
                family_skipped_texts[family] = family_skipped_texts.get(family, 0) + 1
    for call in per_post[0]:
        for rule in call[0]:
            family = rule.name.split(".")[0]
            family_rules[family] = family_rules.get(family, 0) + 1
    share_of_gates = gates / n * 1e6 / max(1, rules_seen)
    print(
        "\n  family       rules a text   texts whose every rule is gated out"
        "   gate time on them (us/text)"
    )
    for family, count in sorted(family_rules.items(), key=lambda kv: -kv[1]):
        skipped = family_skipped_texts.get(family, 0)
        saved = skipped / n * count * share_of_gates
        print(
            f"  {family:<12}{count:>13}   {skipped:>6} of {n} ({skipped / n:6.1%})   {saved:27.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
