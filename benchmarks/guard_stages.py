"""Where the PHI guard's time goes on post-sized texts: microseconds per text for each
stage of ``find_phi``, then for each rule of the cue tables, each of their vetoes and each
name veto.

The texts are ``guard_speed.py``'s 100–500 character band (600 texts, the corpus
practice's context). Each stage is timed by wrapping the function ``phi._find`` calls
(and, before ``_find``, the per-text setup every finder shares: word starts, sentence
breaks and person cues, the characters a rule ``needs``, the public figures), so the
stages add up to ``find_phi`` less the wrappers' own cost; rules are timed inside
``find_by_rules`` (``Rule.collect``: gates, tries at its start words, vetoes; every rule
is sent through it, those ``_collect_all`` tries itself too), their vetoes inside the rules
(a veto several rules share counted once, over them all), and name vetoes inside
``drop_vetoed_names``. Each figure is its best over ``--rounds`` passes
on CPU time (the machine may be shared: a busy pass is slower, never faster). The caches that hold a
text's setup are emptied before each text, as for a text the guard has not seen.

Issue 14's target, 5,000 texts/s, is 200 us a text: the first table shows what each
stage would have to give up.

    python benchmarks/guard_stages.py [--rounds 5] [--top 25]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, practice_context  # noqa: E402

from medsocial_tui.compliance import names, phi, rules, text  # noqa: E402
from medsocial_tui.compliance.context import PracticeContext  # noqa: E402

# What ``phi._find`` calls, in its order, by the name it calls them by.
STAGES = (
    "parse",
    "find_names",
    "drop_vetoed_names",
    "find_identifiers",
    "find_by_rules",
    "_ages",
    "_people_sentences",
    "_places",
    "_dates",
    "_health",
    "drop_public_lives",
    "drop_vetoed_findings",
    "extend_findings",
    "_tidy",
    "_resolve",
)
# The per-text setup the finders share (each cached for the text it last read).
SETUP: dict[str, Callable[[str], object]] = {
    "word_starts": text.word_starts,
    "rules._index (breaks, cues)": rules._index,
    "rules.text_marks": rules.text_marks,
    "rules._ascii_lower": rules._ascii_lower,
    "names.public_spans": names.public_spans,
}

Totals = dict[str, float]


def _timed(function: Callable[..., Any], key: str, totals: Totals) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[key] = totals.get(key, 0.0) + time.process_time() - started

    return wrapper


def _forget_setup() -> None:
    forget()
    for cached in SETUP.values():
        cached.cache_clear()  # type: ignore[attr-defined]
    rules._name_vetoes_of.cache_clear()


def _veto_name(veto: Callable[..., Any]) -> str:
    """A veto's name, with the function that made it for one made by another
    (``_not_a_name(...)``'s ``veto``)."""
    return veto.__qualname__.replace(".<locals>.", ".")


def instrument(stages: Totals, by_rule: Totals, by_veto: Totals, by_rule_veto: Totals) -> None:
    """Wrap every stage, rule, rule veto and name veto of this process's guard with a
    timer."""
    for name in STAGES:
        setattr(phi, name, _timed(getattr(phi, name), name, stages))
    phi.normalize = _timed(phi.normalize, "normalize", stages)  # type: ignore[attr-defined]
    find = phi._find

    def setup_then_find(folded: str, ctx: PracticeContext) -> Any:
        for key, step in SETUP.items():
            started = time.process_time()
            step(folded)
            stages[key] = stages.get(key, 0.0) + time.process_time() - started
        return find(folded, ctx)

    phi._find = setup_then_find  # type: ignore[assignment]
    collect = rules.Rule.collect

    def collect_timed(rule: rules.Rule, *args: Any, **kwargs: Any) -> None:
        started = time.process_time()
        try:
            collect(rule, *args, **kwargs)
        finally:
            by_rule[rule.name] = by_rule.get(rule.name, 0.0) + time.process_time() - started

    rules.Rule.collect = collect_timed  # type: ignore[method-assign]
    # (speed48) ``_collect_all`` tries most rules itself, without ``Rule.collect`` (the
    # plan's ``plain`` rules, guard-speed8r): timed only through ``collect``, they went
    # uncounted, some 400 us a post of ``find_by_rules`` in neither table. Under the timer
    # every rule goes through ``collect``, which reads it the same way.
    plan = rules._table_plan

    def plan_through_collect(table: tuple[rules.Rule, ...]) -> rules._TablePlan:
        return tuple((*step[:5], False, step[6]) for step in plan(table))

    rules._table_plan = plan_through_collect  # type: ignore[assignment]
    # the rule tables' vetoes, each timed alone (a veto shared by rules, once)
    timed: dict[int, rules.Veto] = {}
    for table in (rules.IDENTIFIER_RULES, rules.NAME_RULES, rules.FACILITY_RULES):
        for rule in table:
            vetoes = tuple(
                timed.setdefault(id(v), _timed(v, _veto_name(v), by_rule_veto)) for v in rule.vetoes
            )
            object.__setattr__(rule, "vetoes", vetoes)
    wrapped = tuple(_timed(v, v.__name__, by_veto) for v in rules.NAME_VETOES)
    for old, new in zip(rules.NAME_VETOES, wrapped, strict=True):
        if old in rules.NAME_VETO_GATES:
            rules.NAME_VETO_GATES[new] = rules.NAME_VETO_GATES[old]
    rules.NAME_VETOES = wrapped


def best_of(rounds: int, run: Callable[[], None], totals: list[Totals]) -> list[Totals]:
    """Each of ``totals``' figures at its best over ``rounds`` runs of ``run``."""
    best: list[Totals] = [{} for _ in totals]
    for _ in range(rounds):
        for table in totals:
            table.clear()
        run()
        for table, kept in zip(totals, best, strict=True):
            for key, seconds in table.items():
                kept[key] = min(kept.get(key, float("inf")), seconds)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes; each figure its best")
    parser.add_argument("--top", type=int, default=25, help="rules and vetoes listed")
    args = parser.parse_args()
    ctx = practice_context(PracticeContext)
    bands = band_texts()
    posts = bands["100–200"] + bands["200–500"]
    for post in posts:  # lazy patterns and word lists, before any timing
        phi.find_phi(post, ctx)  # type: ignore[arg-type]

    def run() -> None:
        for post in posts:
            _forget_setup()
            phi.find_phi(post, ctx)  # type: ignore[arg-type]

    whole: Totals = {}

    def run_whole() -> None:
        started = time.process_time()
        run()
        whole["find_phi"] = time.process_time() - started

    (plain,) = best_of(args.rounds, run_whole, [whole])
    stages: Totals = {}
    by_rule: Totals = {}
    by_veto: Totals = {}
    by_rule_veto: Totals = {}
    instrument(stages, by_rule, by_veto, by_rule_veto)
    best_stages, best_rules, best_vetoes, best_rule_vetoes = best_of(
        args.rounds, run, [stages, by_rule, by_veto, by_rule_veto]
    )
    count = len(posts)
    per_text = 1e6 / count
    total = plain["find_phi"] * per_text
    print(f"find_phi on {count} texts of 100–500 characters: {total:,.0f} us a text")
    print(f"({1e6 / total:,.0f} texts/s; the target 5,000 texts/s is 200 us a text)\n")
    print(f"  {'stage':<30}{'us/text':>9}{'share':>8}")
    staged = sum(best_stages.values())
    for key in [*SETUP, "normalize", *STAGES]:
        seconds = best_stages.get(key, 0.0)
        print(f"  {key:<30}{seconds * per_text:>9.1f}{100 * seconds / staged:>7.1f}%")
    print(f"  {'(stages, with the timers)':<30}{staged * per_text:>9.1f}")
    setup = sum(best_stages.get(key, 0.0) for key in [*SETUP, "normalize", "parse"])
    tokens = sum(len(text.parse(post).tokens) for post in posts) / count
    characters = sum(map(len, posts)) / count
    print(
        f"  setup alone (before any finder): {setup * per_text:.1f} us a text, "
        f"{1 / (setup * per_text / 1e6):,.0f} texts/s; "
        f"{setup * per_text / tokens:.2f} us a token ({tokens:.0f} tokens, "
        f"{characters:.0f} characters a text)"
    )
    families: Totals = {}
    for key, seconds in best_rules.items():
        family = key.split(".")[0]
        families[family] = families.get(family, 0.0) + seconds
    print(f"\n  {'rule family':<30}{'us/text':>9}")
    for key in sorted(families, key=families.__getitem__, reverse=True):
        print(f"  {key:<30}{families[key] * per_text:>9.1f}")
    shown = (
        ("rule (with its vetoes)", best_rules),
        ("rule veto", best_rule_vetoes),
        ("name veto", best_vetoes),
    )
    for title, table in shown:
        print(f"\n  {title:<30}{'us/text':>9}   (top {args.top} of {len(table)})")
        for key in sorted(table, key=table.__getitem__, reverse=True)[: args.top]:
            print(f"  {key:<30}{table[key] * per_text:>9.1f}")
        print(f"  {'(all)':<30}{sum(table.values()) * per_text:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
