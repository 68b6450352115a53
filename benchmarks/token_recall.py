"""Token precision and recall on ``general_dev``, and the marked spans a blocked text leaves.

``phi_eval.py`` prints token F1 alone. This prints, for the tuning set (or with ``--split``
a held-out set already read; a blind one, 13, 15, 17, 19 or any from 21 on but 28–158, is refused), token precision, recall and F1 beside a previous guard (``--previous``,
read from git) in the same run, and per label the marked spans wholly missed in texts the
guard blocks (the guard knows the text is about someone, and still leaves an identifier)
and those partly covered. ``--show N`` lists up to N of the wholly missed spans per label.

    python benchmarks/token_recall.py [--split general_held_out8] [--previous main] [--label geo] [--show 10]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from guard_eval import load_baseline  # noqa: E402
from labelled import Sample, load_general, readable_split  # noqa: E402

from medsocial_tui.compliance import find_phi  # noqa: E402

_WORD = re.compile(r"\w+")
NOT_IDENTIFYING = frozenset({"health_detail"})
Finder = Callable[[str], Sequence[object]]


def _blocking(found: Sequence[object]) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in found if getattr(f, "severity", "block") == "block"]  # type: ignore[attr-defined]


def measure(samples: list[Sample], finder: Finder) -> dict[str, object]:
    tp = fp = fn = 0
    whole: Counter[str] = Counter()
    part: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    rows: dict[str, list[str]] = defaultdict(list)
    blocked: list[bool] = []
    for sample in samples:
        spans = _blocking(finder(sample.text))
        blocked.append(bool(spans))
        marks = [(a, b, lab) for a, b, lab in sample.spans if lab not in NOT_IDENTIFYING]
        for m in _WORD.finditer(sample.text):
            gold = any(a < m.end() and m.start() < b for a, b, _ in marks)
            said = any(a < m.end() and m.start() < b for a, b in spans)
            tp += gold and said
            fp += said and not gold
            fn += gold and not said
        if not spans:
            continue
        for a, b, lab in marks:
            marked[lab] += 1
            words = [w.span() for w in _WORD.finditer(sample.text, a, b)]
            covered = [any(x < we and ws < y for x, y in spans) for ws, we in words]
            if not any(covered):
                whole[lab] += 1
                rows[lab].append(
                    f"  {sample.text[a:b]!r} ({sample.id})\n      {sample.text[max(0, a - 90) : b + 60]!r}"
                )
            elif not all(covered):
                part[lab] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "whole": whole,
        "part": part,
        "marked": marked,
        "rows": rows,
        "blocked": blocked,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=None, help="git revision to measure beside")
    parser.add_argument("--label", default=None, help="list the misses of this label only")
    parser.add_argument("--show", type=int, default=0, help="wholly missed spans listed per label")
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
    samples = load_general(split)
    now = measure(samples, find_phi)
    results = [("now", now)]
    if args.previous:
        results.insert(0, (args.previous, measure(samples, load_baseline(args.previous))))
    print(f"{split} tokens (blocking findings only)")
    for name, r in results:
        print(
            f"  {name:<10} precision {r['precision']:.4f}  recall {r['recall']:.4f}  F1 {r['f1']:.4f}"
            f"  (tp {r['tp']} fp {r['fp']} fn {r['fn']})"
        )
    if args.previous:
        moved = sum(a != b for a, b in zip(results[0][1]["blocked"], now["blocked"], strict=True))  # type: ignore[call-overload]
        print(f"  texts whose blocked/passed verdict differs: {moved}")
    print("marked spans in blocked texts: wholly missed / partly covered / all")
    labels = sorted(set(now["marked"]))  # type: ignore[call-overload]
    for label in labels:
        cells = [
            f"{r['whole'][label]:>4} /{r['part'][label]:>4} /{r['marked'][label]:>5}"  # type: ignore[index]
            for _, r in results
        ]
        print(f"  {label:<14}" + "   ->".join(cells))
    if args.show:
        for label, rows in sorted(now["rows"].items()):  # type: ignore[attr-defined]
            if args.label is None or args.label == label:
                print(f"\n== wholly missed {label} ({len(rows)})")
                print("\n".join(rows[: args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
