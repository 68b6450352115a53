"""Whether the guard's findings changed: this tree's ``find_phi`` against a frozen revision,
on a fixed golden set of texts, finding by finding (spans, labels, reasons).

The golden set: the hand-written corpus (as written, upper-cased and lower-cased), the
generated dev and held-out parts, the three Faker parts (tuning, wide held-out, fresh
held-out), the speed benchmark's post-sized and joined texts, and long texts (6 KB, 20 KB
and 63 KB of joined posts, and the same words as one sentence). Every text is read twice:
with no practice configured and with the corpus practice's context (roster too).

The revision's answers are kept in a file under the system's temporary folder (keyed by
revision), so a second run only reads this tree. A speed change must print
``0 differences``; anything else lists the texts and both answers.

    python benchmarks/guard_golden.py [--against REV] [--show 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from generated import generate  # noqa: E402
from guard_speed import band_texts, load_guard, long_text, practice_context  # noqa: E402
from labelled import load_corpus  # noqa: E402
from wide import generate as generate_wide  # noqa: E402

AGAINST = "bec6051"  # main before the guard's second speed pass (guardfast)
TRICKY = [
    "SOLID",
    "Étés à Paris",
    "abCD abcd",
    "BORN in 1950",
    "Reborn",
    "ſocial ſecurity 123-45-6789",
    "the \u212aelvin sign",
    "Tr\u0130nity",
    "Ma\u200dria Lopez called 614\u200b555\u200b0142 \x00 on Jan 15th",
    "\u202eMaria\u202c lives at 12 Oak St, born 03.04.1950",
    "Ｍａｒｉａ Ｌｏｐｅｚ ｈａｄ ａ ｃｒｏｗｎ",
    "Mаria Lopеz (Cyrillic a, e) seen at Lakeside Clinic",
]

Key = list[list[object]]


def held_out_words() -> list[str]:
    """Runs of 24 characters of the hand-written corpus's held-out texts, lower-cased: the
    golden set reads those texts as written, upper- and lower-cased, and joined (with their
    stops turned to commas) into the long texts, so a whole text is not always there."""
    runs = set()
    for sample in load_corpus():
        if sample.split == "held_out":
            words = sample.text.lower()
            runs.update(words[i : i + 24] for i in range(0, max(1, len(words) - 23), 8))
    return sorted(runs)


def golden_texts() -> list[str]:
    corpus = [s.text for s in load_corpus()]
    texts = corpus + [t.upper() for t in corpus] + [t.lower() for t in corpus] + TRICKY
    for part in ("dev", "held_out"):
        texts += [s.text for s in generate(part, 1500)]
    for part in ("wide_dev", "wide_held_out", "fresh_held_out"):
        texts += [s.text for s in generate_wide(part, 1000)]
    for band in band_texts().values():
        texts += band
    for size in (6_000, 20_000, 63_206):
        text = long_text(size, seed=size)
        texts += [text, re.sub(r"[.!?\n]", ",", text)]
    return list(dict.fromkeys(texts))


def answers(find: Callable[..., Sequence[object]], ctx: object, texts: list[str]) -> list[Key]:
    out = []
    for text in texts:
        found = find(text, ctx)
        out.append(
            [[f.start, f.end, f.label, f.reason, f.severity, f.check] for f in found]  # type: ignore[attr-defined]
        )
    return out


def revision_answers(rev: str, texts: list[str]) -> dict[str, list[Key]]:
    commit = subprocess.run(
        ["git", "rev-parse", rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    # ("data": answers made with the revision's own word lists; older files used this tree's.)
    # One file a tree as well as a revision: several worktrees measuring against the same
    # revision at once each keep their own, written whole under another name and then
    # renamed, so no run reads another's half-written or differently made answers.
    tree = hashlib.sha1(str(ROOT).encode("utf-8")).hexdigest()[:8]
    cache = (
        Path(tempfile.gettempdir()) / f"guard-golden-data-{commit[:12]}-{tree}-{len(texts)}.json"
    )
    if cache.exists():
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
        except ValueError:
            stored = {}
        if stored.get("texts") == texts:
            return stored["answers"]  # type: ignore[no-any-return]
    find, context_type = load_guard(rev)
    result = {
        "none": answers(find, None, texts),
        "practice": answers(find, practice_context(context_type), texts),
    }
    partial = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    partial.write_text(json.dumps({"texts": texts, "answers": result}), encoding="utf-8")
    os.replace(partial, cache)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default=AGAINST, help="git revision to compare with")
    parser.add_argument("--show", type=int, default=20, help="differences to print")
    args = parser.parse_args()
    texts = golden_texts()
    frozen = revision_answers(args.against, texts)
    find, context_type = load_guard(None)
    started = time.process_time()
    now = {
        "none": answers(find, None, texts),
        "practice": answers(find, practice_context(context_type), texts),
    }
    took = time.process_time() - started
    blind = held_out_words()
    differences = 0
    for setting in ("none", "practice"):
        for text, old, new in zip(texts, frozen[setting], now[setting], strict=True):
            if old == new:
                continue
            differences += 1
            if differences <= args.show:
                # a text holding a held-out corpus line is told by its findings only: whoever
                # tunes the guard reads these differences, and must never read held-out text
                hidden = any(line in text.lower() for line in blind)
                shown = "(holds held-out corpus text: not shown)" if hidden else repr(text[:300])
                print(f"-- {setting}: {shown}")
                gone = [f for f in old if f not in new]
                added = [f for f in new if f not in old]
                for sign, found in (("-", gone), ("+", added)):
                    for f in found:
                        words = "" if hidden else f"{text[f[0] : f[1]]!r} "
                        print(f"   {sign} {words}{f}")
    total = 2 * len(texts)
    print(
        f"{len(texts)} golden texts, read twice ({total} readings, {took:.1f} s CPU here): "
        f"{differences} differences against {args.against}"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
