"""How well the PHI guard does on the labelled corpus, next to the targets.

Reports precision and recall per label (a finding counts when it overlaps a labelled span
of the same label), the share of PHI-bearing texts the guard would block, the share of
clean texts it wrongly blocks, and texts per second on one core; for the whole corpus, its
development part and its held-out part (written before tuning), with and without the
practice's context.

    python benchmarks/phi_eval.py [--misses] [--strict]

Then the generalisation table: with no practice configured (as the outside evaluation
runs ``find_phi``), the share of identifier-bearing texts caught, the share of clean texts
blocked and token F1, for the tuning sets (generated ``dev``, Faker ``wide_dev``, ``corpus/general_dev.txt``) and the
held-out sets (generated ``held_out``, Faker ``wide_held_out`` and ``fresh_held_out``, the
corpus's held-out part, the general set's held-out half: ``corpus/general_heldout.txt``,
clinical-style questions and personal-data sentences with as many clean look-alikes, and
``corpus/general_heldout2.txt``, a second such set with replies, review answers and
obfuscations, written before the guard was run on it, and ``corpus/general_heldout3.txt``,
``corpus/general_heldout4.txt``, ``corpus/general_heldout5.txt``,
``corpus/general_heldout6.txt``, ``corpus/general_heldout7.txt``,
``corpus/general_heldout8.txt``, ``corpus/general_heldout9.txt``,
``corpus/general_heldout10.txt``, ``corpus/general_heldout11.txt``,
``corpus/general_heldout12.txt``, ``corpus/general_heldout13.txt``,
``corpus/general_heldout14.txt`` ... ``corpus/general_heldout23.txt``, a third to a
twenty-third,
written the same way; the fifth to the tenth by helpers who read neither the guard nor the
other sets; half of the tenth's texts were read while fixing the guard and went to general_dev),
each beside the previous guard (``--previous``, read from git) in the same run.

``--misses`` lists the texts it got wrong (for tuning: the corpus's development part, unless
``--all``, and ``general_dev`` with no practice); ``--strict`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generated import generate  # noqa: E402
from guard_eval import load_baseline, score  # noqa: E402
from labelled import GENERAL, Sample, load_context_data, load_corpus, load_general  # noqa: E402
from wide import generate as generate_wide  # noqa: E402

from medsocial_tui.compliance import PracticeContext, find_phi  # noqa: E402
from medsocial_tui.compliance.findings import Finding  # noqa: E402
from medsocial_tui.compliance.roster import roster_from_names  # noqa: E402

TARGET_CAUGHT = 0.99
TARGET_CLEAN_BLOCKED = 0.03
TARGET_F1 = 0.93
TARGET_SPEED = 2000.0
# The guard before this round of recall work (issue 14, item 1 second pass).
PREVIOUS = "7559825"


def corpus_context() -> PracticeContext:
    data = load_context_data()
    return PracticeContext(
        phones=tuple(data["phones"]),
        address=str(data["address"]),
        website=str(data["website"]),
        provider_names=tuple(data["provider_names"]),
        trusted_domains=tuple(data["trusted_domains"]),
        portal_url=str(data["portal_url"]),
        roster=roster_from_names(data["roster"]),
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(samples: list[Sample], ctx: PracticeContext | None) -> dict[str, object]:
    predicted: dict[str, list[Finding]] = {}
    started = time.perf_counter()
    for s in samples:
        predicted[s.id] = find_phi(s.text, ctx)
    elapsed = time.perf_counter() - started
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    tp_gold: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    caught = phi_texts = blocked_clean = clean_texts = 0
    misses: list[tuple[Sample, list[Finding]]] = []
    for s in samples:
        found = predicted[s.id]
        for f in found:
            n_pred[f.label] += 1
            if any(
                label == f.label and _overlaps((f.start, f.end), (a, b)) for a, b, label in s.spans
            ):
                tp_pred[f.label] += 1
        for a, b, label in s.spans:
            n_gold[label] += 1
            if any(f.label == label and _overlaps((f.start, f.end), (a, b)) for f in found):
                tp_gold[label] += 1
        blocks = any(f.severity == "block" for f in found)
        if s.has_phi:
            phi_texts += 1
            caught += blocks
        else:
            clean_texts += 1
            blocked_clean += blocks
        if blocks != s.has_phi:
            misses.append((s, found))
    labels = sorted(set(n_gold) | set(n_pred))
    return {
        "per_label": {
            label: (
                tp_pred[label] / n_pred[label] if n_pred[label] else float("nan"),
                tp_gold[label] / n_gold[label] if n_gold[label] else float("nan"),
                n_gold[label],
                n_pred[label],
            )
            for label in labels
        },
        "caught": caught / phi_texts if phi_texts else float("nan"),
        "clean_blocked": blocked_clean / clean_texts if clean_texts else float("nan"),
        "phi_texts": phi_texts,
        "clean_texts": clean_texts,
        "speed": len(samples) / elapsed if elapsed else float("inf"),
        "misses": misses,
    }


def speed(samples: list[Sample], ctx: PracticeContext | None, seconds: float = 1.5) -> float:
    """Texts per second on this core, repeating the corpus for a steady figure."""
    texts = [s.text for s in samples]
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            find_phi(text, ctx)
        done += len(texts)
    return done / (time.perf_counter() - started)


def _ok(passed: bool) -> str:
    return "ok" if passed else "MISSED"


def show(title: str, result: dict[str, object], rate: float | None = None) -> list[str]:
    failed = []
    print(f"\n== {title}: {result['phi_texts']} texts with PHI, {result['clean_texts']} clean")
    print(f"  {'label':<15}{'precision':>10}{'recall':>9}{'gold':>7}{'found':>7}")
    for label, (p, r, g, n) in result["per_label"].items():  # type: ignore[union-attr]
        print(f"  {label:<15}{p:>10.1%}{r:>9.1%}{g:>7}{n:>7}")
    caught = float(result["caught"])  # type: ignore[arg-type]
    clean = float(result["clean_blocked"])  # type: ignore[arg-type]
    ok_caught = caught >= TARGET_CAUGHT
    ok_clean = clean <= TARGET_CLEAN_BLOCKED
    print(
        f"  PHI texts caught       {caught:7.1%}   target >= {TARGET_CAUGHT:.0%}   {_ok(ok_caught)}"
    )
    limit = f"{TARGET_CLEAN_BLOCKED:.0%}"
    print(f"  clean texts blocked    {clean:7.1%}   target <= {limit}    {_ok(ok_clean)}")
    if not ok_caught:
        failed.append(f"{title}: caught")
    if not ok_clean:
        failed.append(f"{title}: clean blocked")
    if rate is not None:
        ok_speed = rate >= TARGET_SPEED
        print(
            f"  texts per second       {rate:7.0f}   target >= {TARGET_SPEED:.0f}  {_ok(ok_speed)}"
        )
        if not ok_speed:
            failed.append(f"{title}: speed")
    return failed


def generalisation(previous: str, count: int) -> list[str]:
    """Tuning and held-out sets, no practice configured, the previous guard beside this one."""
    old = load_baseline(previous)
    held_out_corpus = [s for s in load_corpus() if s.split == "held_out"]
    sets = [
        ("tuning", "generated dev", generate("dev", count)),
        ("tuning", "wide dev (Faker, tuning locales)", generate_wide("wide_dev", count)),
        ("held-out", "generated held-out", generate("held_out", count)),
        (
            "held-out",
            "wide held-out (Faker en_IE, en_NZ, en_IN, en_AU)",
            generate_wide("wide_held_out", count),
        ),
        (
            "held-out",
            "fresh held-out (Faker, written after tuning)",
            generate_wide("fresh_held_out", count),
        ),
        ("held-out", "hand-written held-out part", held_out_corpus),
        ("tuning", "general dev (hand, outside evaluation's style)", load_general("general_dev")),
        (
            "held-out",
            "general held-out (hand, outside evaluation's style)",
            load_general("general_held_out"),
        ),
        *(
            (
                "held-out",
                f"general held-out {n} (hand, written before guard ran)",
                load_general(f"general_held_out{n}"),
            )
            # (every numbered set the loader knows: a new set is reported once it is listed)
            for n in sorted(
                int(key.removeprefix("general_held_out"))
                for key in GENERAL
                if key.removeprefix("general_held_out").isdigit()
            )
        ),
    ]
    print(
        f"\n== generalisation, no practice configured: previous guard ({previous}) -> now"
        f"\n   targets on held-out sets: caught >= {TARGET_CAUGHT:.0%}, clean blocked <= "
        f"{TARGET_CLEAN_BLOCKED:.0%}, token F1 >= {TARGET_F1}"
    )
    print(f"  {'split':<9}{'set':<52}{'caught':>17}{'clean blocked':>17}{'token F1':>16}")
    failed = []
    for split, title, samples in sets:
        before, now = score(samples, old), score(samples, find_phi)
        ok = (
            now["caught"] >= TARGET_CAUGHT
            and now["clean_blocked"] <= TARGET_CLEAN_BLOCKED
            and now["f1"] >= TARGET_F1
        )
        mark = "" if split == "tuning" else ("  ok" if ok else "  MISSED")
        if split == "held-out" and not ok:
            failed.append(f"{title}: generalisation")
        print(
            f"  {split:<9}{title:<52}"
            f"{before['caught']:>7.1%} ->{now['caught']:>6.1%}"
            f"{before['clean_blocked']:>8.1%} ->{now['clean_blocked']:>6.1%}"
            f"{before['f1']:>8.3f} ->{now['f1']:>6.3f}{mark}"
        )
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list wrong texts (development part)")
    parser.add_argument("--all", action="store_true", help="with --misses: the held-out part too")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--previous", default=PREVIOUS, help="git revision of the previous guard")
    parser.add_argument("--count", type=int, default=2000, help="texts per generated set")
    args = parser.parse_args()
    samples = load_corpus()
    ctx = corpus_context()
    failed: list[str] = []
    whole = evaluate(samples, ctx)
    failed += show("whole corpus, with practice context", whole, speed(samples, ctx))
    for split in sorted({s.split for s in samples}):
        part = [s for s in samples if s.split == split]
        failed += show(f"part {split!r}, with context", evaluate(part, ctx))
    show(
        "whole corpus, no practice configured (for information)",
        evaluate(samples, None),
        speed(samples, None),
    )
    failed += generalisation(args.previous, args.count)
    if args.misses:
        wrong: list[tuple[Sample, list[Finding]]] = whole["misses"]  # type: ignore[assignment]
        pool = wrong if args.all else [m for m in wrong if m[0].split != "held_out"]
        # the general set's tuning part, as the outside evaluation runs: no practice
        pool += evaluate(load_general("general_dev"), None)["misses"]  # type: ignore[operator]
        print("\n== wrong texts")
        for sample, found in pool:
            what = "MISSED PHI" if sample.has_phi else "CLEAN BLOCKED"
            got = ", ".join(f"{f.label}:{sample.text[f.start : f.end]!r}" for f in found) or "-"
            print(f"  [{what}] {sample.id}: {sample.text}\n      found: {got}")
    if failed:
        print("\ntargets missed: " + "; ".join(failed))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
