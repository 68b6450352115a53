"""What the PHI guard still misses and wrongly blocks, on a blind held-out set (issue 14).

Runs ``find_phi`` with no practice configured (as the outside evaluation does) on
``tests/compliance/probe_heldout.jsonl``: about 300 texts written by hand without reading
the guard's rules, half carrying patient identifiers, half clean but tricky. Prints

- the share of identifier-bearing texts the guard blocks (any finding of severity block),
  and the share of those where a block finding overlaps a labelled identifier;
- the share of clean texts it blocks;
- token F1: the words (``\\w+`` runs) inside labelled identifiers against the words inside
  the guard's findings, whatever their label; findings labelled ``health_detail`` are not
  identifiers and are left out of F1 (they still count for blocking);
- recall per label (a labelled span counts as found when a finding overlaps it, with any
  label, and with the same label);
- per group of texts, how many were missed or wrongly blocked, then every missed text,
  every missed span of a caught text, and every wrongly blocked text, grouped by kind.

    python benchmarks/guard_probe.py [--quiet]

The texts are synthetic, so they are printed. Never tune the guard on this set.
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

from probe import ProbeSample, load_probe  # noqa: E402

from medsocial_tui.compliance import find_phi  # noqa: E402
from medsocial_tui.compliance.findings import Finding  # noqa: E402

NOT_IDENTIFIERS = frozenset({"health_detail"})
_WORD = re.compile(r"\w+")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _blocks(found: list[Finding]) -> bool:
    return any(f.severity == "block" for f in found)


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {
        i
        for i, m in enumerate(_WORD.finditer(text))
        if any(_overlaps((m.start(), m.end()), s) for s in spans)
    }


def _show(text: str) -> str:
    """The text with invisible characters written out, so a reader sees why it differs."""
    return "".join(
        f"<U+{ord(c):04X}>" if c in "\u200b\u200c\u200d\u2060\ufeff" else c for c in text
    )


def _found(sample: ProbeSample, found: list[Finding]) -> str:
    return ", ".join(f"{f.label}:{sample.text[f.start : f.end]!r}" for f in found) or "nothing"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no text lists")
    args = parser.parse_args()
    samples = load_probe()
    results = [(s, find_phi(s.text)) for s in samples]
    phi = [(s, f) for s, f in results if s.has_phi]
    clean = [(s, f) for s, f in results if not s.has_phi]
    caught = sum(_blocks(f) for _, f in phi)
    caught_right = sum(
        any(
            f.severity == "block" and _overlaps((f.start, f.end), (a, b))
            for f in found
            for a, b, _ in s.spans
        )
        for s, found in phi
    )
    blocked_clean = sum(_blocks(f) for _, f in clean)
    tp = n_pred = n_gold = 0
    for s, found in results:
        gold = _tokens(s.text, [(a, b) for a, b, _ in s.spans])
        pred = _tokens(s.text, [(f.start, f.end) for f in found if f.label not in NOT_IDENTIFIERS])
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    print(f"probe held-out set: {len(phi)} texts with identifiers, {len(clean)} clean")
    print("find_phi with no practice configured\n")
    print(f"  identifier texts caught (blocked)         {_share(caught, len(phi))}")
    print(f"  ... blocked on a labelled identifier      {_share(caught_right, len(phi))}")
    print(f"  clean texts blocked                       {_share(blocked_clean, len(clean))}")
    print(f"  token F1 {f1:.3f} (precision {precision:.3f}, recall {recall:.3f})")

    print("\n  by style              identifier texts caught   clean texts blocked")
    for kind in sorted({s.kind for s in samples}):
        got = sum(_blocks(f) for s, f in phi if s.kind == kind)
        n_phi = sum(s.kind == kind for s, _ in phi)
        wrong = sum(_blocks(f) for s, f in clean if s.kind == kind)
        n_clean = sum(s.kind == kind for s, _ in clean)
        print(f"  {kind:<22}{_share(got, n_phi):>24}{_share(wrong, n_clean):>22}")

    print("\n  recall per label      spans   any label   same label")
    by_label: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for s, found in phi:
        for a, b, label in s.spans:
            hit = [f for f in found if _overlaps((f.start, f.end), (a, b))]
            row = by_label[label]
            row[0] += 1
            row[1] += bool(hit)
            row[2] += any(f.label == label for f in hit)
    for label, (n, any_hit, same) in sorted(by_label.items()):
        print(f"  {label:<20}{n:>7}{any_hit / n:>12.0%}{same / n:>13.0%}")
    labels_seen = Counter(f.label for _, found in results for f in found)
    print("  labels the guard gave: " + ", ".join(f"{k} {v}" for k, v in labels_seen.most_common()))

    print("\n  per group             texts   wrong   spans missed")
    groups: dict[str, list[tuple[ProbeSample, list[Finding]]]] = defaultdict(list)
    for s, found in results:
        groups[s.group].append((s, found))
    missed_spans: dict[str, list[tuple[ProbeSample, str, str]]] = defaultdict(list)
    for group, rows in groups.items():
        wrong = sum(_blocks(f) != s.has_phi for s, f in rows)
        n_spans = lost = 0
        for s, found in rows:
            for a, b, label in s.spans:
                n_spans += 1
                if not any(_overlaps((f.start, f.end), (a, b)) for f in found):
                    lost += 1
                    missed_spans[group].append((s, label, s.text[a:b]))
        spans = f"{lost}/{n_spans}" if n_spans else "-"
        print(f"  {group:<22}{len(rows):>5}{wrong:>8}   {spans}")
    if args.quiet:
        return 0

    print("\n== identifier texts that pass (not blocked), by group")
    for group, rows in groups.items():
        missed = [(s, f) for s, f in rows if s.has_phi and not _blocks(f)]
        if missed:
            print(f"-- {group}: {len(missed)} of {len(rows)} pass")
            for s, found in missed:
                labels = ", ".join(f"{c}:{s.text[a:b]!r}" for a, b, c in s.spans)
                print(f"   {s.id} [{s.kind}] {_show(s.text)}\n      should find {_show(labels)}")
                print(f"      found {_show(_found(s, found))}")
    print("\n== identifiers not found (any label) in texts that are blocked, by group")
    by_id = {s.id: found for s, found in results}
    for group, spans_lost in missed_spans.items():
        shown = [(s, label, words) for s, label, words in spans_lost if _blocks(by_id[s.id])]
        if shown:
            words = "; ".join(f"{label}:{_show(w)!r} ({s.id})" for s, label, w in shown)
            print(f"-- {group}: {words}")
    print("\n== clean texts blocked, by group")
    for group, rows in groups.items():
        blocked = [(s, f) for s, f in rows if not s.has_phi and _blocks(f)]
        if blocked:
            print(f"-- {group}: {len(blocked)} of {len(rows)} blocked")
            for s, found in blocked:
                print(f"   {s.id} [{s.kind}] {s.text}\n      found {_found(s, found)}")
                for f in found:
                    if f.severity == "block":
                        print(f"      why ({f.label}): {f.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
