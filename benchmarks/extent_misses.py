"""Where the guard's findings miss or overrun the marked identifiers of ``general_dev``.

Token F1 (``benchmarks/guard_eval.py:score``) counts words. This lists, per label, the
marked words a finding does not cover in texts the guard *does* block (an extent miss,
not a recall miss), and the words findings cover outside any mark (an overrun), with
the counts per label and the texts, so extent causes can be read and fixed.
``general_dev`` (the tuning set) is read, or with ``--split`` a held-out set already read;
a blind set (13, 15, 17, 19, any from 21 on but 28–158) is refused with an error.

    python benchmarks/extent_misses.py [--split general_held_out8] [--label LABEL] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from labelled import load_general, readable_split  # noqa: E402

from medsocial_tui.compliance import find_phi  # noqa: E402

_WORD = re.compile(r"\w+")
NOT_IDENTIFYING = frozenset({"health_detail"})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", default=None)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument(
        "--split",
        default="general_dev",
        help="a set already read (never a blind one: 13, 15, 17, 19, any from 21 on but 28–158)",
    )
    args = parser.parse_args()
    try:
        split = readable_split(args.split)
    except ValueError as error:
        parser.error(str(error))
    missed: Counter[str] = Counter()
    over: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    tp = fp = fn = 0
    for sample in load_general(split):
        found = [f for f in find_phi(sample.text) if f.severity == "block"]
        spans = [(f.start, f.end, f.label) for f in found]
        marks = [(a, b, lab) for a, b, lab in sample.spans if lab not in NOT_IDENTIFYING]
        for m in _WORD.finditer(sample.text):
            gold = [lab for a, b, lab in marks if a < m.end() and m.start() < b]
            said = [lab for a, b, lab in spans if a < m.end() and m.start() < b]
            tp += bool(gold and said)
            fp += bool(said and not gold)
            fn += bool(gold and not said)
            if not spans or not marks:
                continue  # a recall miss or a clean text blocked, not an extent one
            if gold and not said:
                key = f"missed {gold[0]}"
            elif said and not gold:
                key = f"over {said[0]}"
            else:
                continue
            (missed if key.startswith("missed") else over)[key] += 1
            if args.label is None or args.label in key:
                # the mark or finding holding the word, with what overlaps it
                a, b = next(
                    (a, b)
                    for a, b, lab in (marks if gold else spans)
                    if a < m.end() and m.start() < b
                )
                other = spans if gold else marks
                near = [f"{sample.text[x:y]!r}" for x, y, _ in other if x < b + 40 and a - 40 < y]
                line = f"  {m.group()!r} of {sample.text[a:b]!r} ({sample.id}) beside {' '.join(near) or '-'}"
                line += f"\n      ...{sample.text[max(0, a - 60) : b + 60]!r}"
                examples[key].append(line)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"tokens tp {tp} fp {fp} fn {fn}  F1 {2 * precision * recall / (precision + recall):.4f}")
    for key, n in (missed + over).most_common():
        print(f"{n:5d} {key}")
    for key, rows in sorted(examples.items()):
        if args.label is None or args.label in key:
            print(f"\n== {key} ({len(rows)})")
            print("\n".join(rows[: args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
