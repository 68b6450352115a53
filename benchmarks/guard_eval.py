"""The guard's second generation beside the first, on texts neither was written against.

For each set (the generated ``dev`` part, the generated ``held_out`` part, the hand-written
corpus) and each guard (this tree's ``find_phi`` and the baseline's, read from git), with
no practice configured: the share of texts with identifiers that the guard stops, token F1
of identifying words (a word counts when a finding covers part of it, whatever the label),
the share of clean texts it stops, and the time per text. Then the time for long texts.

    python benchmarks/guard_eval.py [--baseline REV] [--misses]

``--misses`` lists the generated ``dev`` texts it gets wrong (never the held-out ones: they
are not for tuning).
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from generated import generate  # noqa: E402
from labelled import Sample, load_corpus  # noqa: E402
from wide import generate as generate_wide  # noqa: E402

from medsocial_tui.compliance import find_phi  # noqa: E402

BASELINE = "d89cfce"  # the guard before issue 14
TARGET_CAUGHT = 0.99
TARGET_F1 = 0.93
TARGET_CLEAN = 0.03
_WORD = re.compile(r"\w+")
# The hand-written corpus also marks health words tied to a person; they make a text PHI
# but do not say who it is about, so token F1 leaves them out.
NOT_IDENTIFYING = frozenset({"health_detail"})

Finder = Callable[[str], Sequence[object]]


def load_baseline(rev: str) -> Finder:
    """The ``find_phi`` of the guard at git revision ``rev``, its modules copied out of git
    into a package of their own (``guard_<rev>``), so both guards run in one process."""
    folder = Path(tempfile.mkdtemp(prefix="guard-baseline-"))
    name = "guard_" + re.sub(r"\W", "_", rev)
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", rev, "medsocial_tui/compliance/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for path in listing:
        module = Path(path).name
        # the modules and the rule table they read (rules.toml)
        if not module.endswith((".py", ".toml")) or module == "__init__.py":
            continue
        source = subprocess.run(
            ["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        source = source.replace("from medsocial_tui.compliance import", f"from {name} import")
        source = re.sub(r"medsocial_tui\.compliance\.(\w+)", rf"{name}.\1", source)
        # the package's own files too (rules.toml): the revision's, not this tree's
        source = source.replace('"medsocial_tui.compliance"', f'"{name}"')
        # the word lists too (given names, surnames): the revision's, not this tree's
        source = source.replace('"medsocial_tui.data"', f'"{name}.data"')
        (package / module).write_text(source, encoding="utf-8")
    data = package / "data"
    data.mkdir()
    (data / "__init__.py").write_text("", encoding="utf-8")
    for path in subprocess.run(
        ["git", "ls-tree", "--name-only", rev, "medsocial_tui/data/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split():
        if path.endswith(".txt"):
            (data / Path(path).name).write_text(
                subprocess.run(
                    ["git", "show", f"{rev}:{path}"],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout,
                encoding="utf-8",
            )
        elif Path(path).name.startswith("tagger."):  # the learned tagger's model, as bytes
            (data / Path(path).name).write_bytes(
                subprocess.run(
                    ["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, check=True
                ).stdout
            )
    sys.path.insert(0, str(folder))
    phi = importlib.import_module(f"{name}.phi")
    return phi.find_phi  # type: ignore[no-any-return]


def _spans(found: Sequence[object]) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in found if getattr(f, "severity", "block") == "block"]  # type: ignore[attr-defined]


def score(samples: list[Sample], finder: Finder) -> dict[str, float]:
    caught = phi = clean = blocked = 0
    tp = fp = fn = 0
    started = time.perf_counter()
    results = [finder(s.text) for s in samples]
    elapsed = time.perf_counter() - started
    for sample, found in zip(samples, results, strict=True):
        spans = _spans(found)
        if sample.has_phi:
            phi += 1
            caught += bool(spans)
        else:
            clean += 1
            blocked += bool(spans)
        identifying = [(a, b) for a, b, label in sample.spans if label not in NOT_IDENTIFYING]
        for m in _WORD.finditer(sample.text):
            gold = any(a < m.end() and m.start() < b for a, b in identifying)
            said = any(a < m.end() and m.start() < b for a, b in spans)
            tp += gold and said
            fp += said and not gold
            fn += gold and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "caught": caught / phi if phi else float("nan"),
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "clean_blocked": blocked / clean if clean else float("nan"),
        "ms": 1000 * elapsed / len(samples),
        "phi": phi,
        "clean": clean,
    }


def _row(name: str, r: dict[str, float]) -> str:
    return (
        f"  {name:<10}{r['caught']:>9.1%}{r['f1']:>9.3f}{r['clean_blocked']:>10.1%}{r['ms']:>10.3f}"
    )


def long_texts(finder: Finder) -> list[str]:
    unit = "Maria Lopez had her crown on Jan 15th, 2023 at Lakeside Clinic; call 614-555-0142. "
    rows = []
    for size in (6_000, 60_000):
        text = (unit * (size // len(unit) + 1))[:size]
        started = time.perf_counter()
        finder(text)
        rows.append(f"{size // 1000} KB {time.perf_counter() - started:.2f} s")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the old guard")
    parser.add_argument(
        "--misses", action="store_true", help="list generated dev texts it gets wrong"
    )
    parser.add_argument("--count", type=int, default=1500, help="texts per generated part")
    parser.add_argument(
        "--long", action="store_true", help="also time long texts (slow on the old guard)"
    )
    args = parser.parse_args()
    old = load_baseline(args.baseline)
    sets = {
        "generated dev": generate("dev", args.count),
        "generated held-out": generate("held_out", args.count),
        "hand-written corpus": load_corpus(),
        "wide dev (Faker, tuning locales)": generate_wide("wide_dev", args.count),
        "wide held-out (Faker en_IE, en_NZ, en_IN, en_AU)": generate_wide(
            "wide_held_out", args.count
        ),
        "fresh held-out (Faker, written after tuning)": generate_wide("fresh_held_out", args.count),
    }
    print("no practice configured; targets: caught >= 99%, token F1 >= 0.93, clean blocked <= 3%")
    print(f"  {'guard':<10}{'caught':>9}{'F1':>9}{'clean→blk':>10}{'ms/text':>10}")
    for title, samples in sets.items():
        n_phi = sum(s.has_phi for s in samples)
        print(f"== {title}: {n_phi} texts with identifiers, {len(samples) - n_phi} clean")
        print(_row("before", score(samples, old)))
        now = score(samples, find_phi)
        print(_row("now", now))
    if args.long:
        print("== long texts")
        print("  before  " + ", ".join(long_texts(old)))
        print("  now     " + ", ".join(long_texts(find_phi)))
    if args.misses:
        print("== generated dev texts it gets wrong")
        for s in sets["generated dev"] + sets["wide dev (Faker, tuning locales)"]:
            found = find_phi(s.text)
            spans = _spans(found)
            gold_words = {s.text[a:b] for a, b, _ in s.spans}
            got = {s.text[a:b] for a, b in spans}
            if bool(spans) != s.has_phi or gold_words != got:
                print(f"  {s.text!r}\n     gold {sorted(gold_words)}  got {sorted(got)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
