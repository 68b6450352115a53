"""Train the guard's learned tagger (``medsocial_tui/compliance/learned.py``) on the labelled sets.

    python tests/compliance/train_tagger.py            # the model the guard ships (make tagger)
    python tests/compliance/train_tagger.py --cv OUT   # threshold by cross-validation, to OUT

It learns from the sets read while writing the rules (``training_splits``): the dev sets,
every general set a person working on the guard may read, and the texts the tests give the
guard (``SUITE``). Never from a blind set, nor from the first general held-out set and the
hand-written held-out part, which stay held out.

``--cv`` splits the read sets 28 and on (the sets written to the outside evaluation's brief)
into five folds, trains on all else, tags each fold and writes, for every text of the folds,
whether it has identifiers, whether the rules block it, and the tagger's findings the guard's
vetoes leave, with their probabilities; ``--choose OUT`` then prints caught and clean blocked
for each threshold and chooses each label's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from labelled import (  # noqa: E402
    GENERAL,
    SOURCES,
    Sample,
    read_sources,
    readable_split,
    untitled,
)

from medsocial_tui.compliance import learned  # noqa: E402

# The texts the test suite gives the guard, no labelled set's among them, each marked with
# the findings the rules blocked (``make suite-texts`` writes it): what a look-alike is, as
# the tests pin it, a hundred kinds the labelled sets hold a few of each.
SUITE = HERE / "corpus" / "suite_texts.jsonl"
# Kept out of training: the first general held-out set and the hand-written held-out part.
HELD_OUT = frozenset({"general_held_out", "held_out"})
C1, C2, ITERATIONS = 0.05, 0.01, 150
# Dates are learned (so that "Jan 10" is told from a name) but never found by the tagger: in
# cross-validation its dates caught 3 more texts for 11 more clean ones blocked, and a
# practice's own hours notice ("Opening late today and Sat Jan 10, at 10 am") was blocked.
# The rules read whose day a date is; the tagger cannot.
LEFT_TO_THE_RULES = frozenset({"date"})
# Kept after ``--cv`` over read sets 28-78 on 2026-12-06 (the nineteenth session; 20,400
# texts, five folds, the rules of that day): rules alone pass 297 of 10,200 texts with
# identifiers whole and block 152 of 10,200 clean ones; every label at 0.6, 100 and 229; at
# 0.7, 111 and 211. The folds chose places at 0.6 again; kept at 0.7 for the reason below.
# Chosen by ``--cv`` then ``--choose`` on 2026-12-06 (features 4, the suite's texts,
# twenty-four training sets and lower-case copies, read sets 28-74 in five folds of 3,760
# texts, the guard's vetoes applied, a role's names veto and a doctor's title in a patient's
# words no longer hiding a name from the tagger): rules alone pass 259 of 9,400 texts with
# identifiers whole and block 147 of 9,400 clean ones; with places at 0.7, as before, 108
# and 201. The folds chose places at 0.6 (98 and 215), but there the tagger blocked a
# practice's own posts the tests pin ("Meet Aroha, our newest dental nurse — she grew up in
# Rotorua", "The care home, Willow Lodge, has won an award", a ward's garden at Starship):
# the read sets are general text, and a practice's posts are what the guard reads most.
# The folds' rules were written from those very sets: on
# fresh text the rules miss far more, and the tagger finds more of it. (The day before,
# over read sets 28-70: 109 and 186 with names 0.6, places 0.7; over 28-66, names at 0.7:
# 94 and 177 of 7,800. Without the lower-case copies those folds gave 88 and 169: six texts
# of 7,800 better as written; but the guard let 291 of 800 texts of sets 63-66 through
# whole when they were written in lower case, and 83 with the copies.)
# Names lowered to 0.5 on 2026-12-06 (the twenty-first session), judged as the folds judge,
# by taggers that never saw the texts (the fold models for read sets 28-78, the models
# shipped before each later set was read for 79-86), the rules of that day: names at 0.6,
# 0.55, 0.5, 0.45 pass 104, 102, 99, 97 of 11,800 texts with identifiers whole and block 205,
# 207, 210, 211 of 11,800 clean ones; on 79-86 alone (the shipped models) 27 -> 24 passing
# whole with no more clean texts blocked; on the older blind sets (13-27, 2,353 clean texts)
# 0.6 and 0.5 pass 11 whole alike and block 232 and 237 clean ones. At FALSE_BLOCK_COST the
# step to 0.5 is cheaper over both (-5 + 10 x 0.25); 0.45
# gains on the fold models alone (two texts for one clean), not on the shipped ones, and the
# grid stops at 0.5.
THRESHOLDS = {"address": 0.6, "geo": 0.7, "name": 0.5}


def training_splits() -> list[str]:
    out = [s for s in SOURCES if s not in HELD_OUT] + ["suite"]
    for key in GENERAL:
        if key in HELD_OUT:
            continue
        try:
            readable_split(key)
        except ValueError:
            continue
        out.append(key)
    return out


def samples_of(splits: list[str]) -> list[Sample]:
    sources = {s: (SOURCES[s] if s in SOURCES else GENERAL[s]) for s in splits if s != "suite"}
    out = read_sources(sources)
    if "suite" in splits:
        for number, line in enumerate(SUITE.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            spans = tuple((a, b, label) for a, b, label in row["spans"])
            out.append(Sample(f"suite-{number:05d}", "suite", "post", row["text"], spans))
    return out


def labelled_tokens(sample: Sample) -> tuple[list[str], list[str]]:
    spans = untitled(sample.text, sample.spans)
    words, labels = [], []
    for m in learned.tokens(sample.text):
        label = "O"
        for a, b, kind in spans:
            if a < m.end() and m.start() < b:
                label = kind if kind in learned.LABELS else "X"
                break
        words.append(m.group())
        labels.append(label)
    return words, labels


def digest(samples: list[Sample]) -> str:
    h = hashlib.sha256()
    for s in samples:
        h.update(s.text.encode())
        h.update(repr(s.spans).encode())
    h.update(str(learned.FEATURES_VERSION).encode())
    return h.hexdigest()


# What a lower-case copy is made of: a labelled text with a name, a place or an address in
# it (people write "tyler lost his first tooth", "dolores fitzgerald from 418 maple grove
# lane"; the sets hold few such texts, and the capital is the feature a tagger leans on most).
LOWER_CASE_COPIES = frozenset({"name", "geo", "address"})


def with_lower_case_copies(samples: list[Sample]) -> list[Sample]:
    """``samples`` and a lower-case copy of each labelled text (not the tests' texts, whose
    marks are the rules' own findings) with a name, a place or an address marked, where
    lower-casing keeps every offset."""
    out = list(samples)
    for s in samples:
        if s.split == "suite" or not any(label in LOWER_CASE_COPIES for _, _, label in s.spans):
            continue
        lower = s.text.lower()
        if len(lower) == len(s.text) and lower != s.text:
            out.append(Sample(f"{s.id}-lower", s.split, s.kind, lower, s.spans))
    return out


def train(samples: list[Sample], path: Path) -> int:
    """Train on ``samples`` and their lower-case copies into ``path``; the number of copies."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    learned_from = with_lower_case_copies(samples)
    for s in learned_from:
        words, labels = labelled_tokens(s)
        if words:
            trainer.append(learned.features(words), labels)
    trainer.set_params(
        {
            "c1": C1,
            "c2": C2,
            "max_iterations": ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))
    return len(learned_from) - len(samples)


def build(thresholds: dict[str, float]) -> None:
    splits = training_splits()
    samples = samples_of(splits)
    started = time.perf_counter()
    copies = train(samples, learned.MODEL)
    learned.META.write_text(
        json.dumps(
            {
                "features_version": learned.FEATURES_VERSION,
                "thresholds": thresholds,
                "trained_on": splits,
                "texts": len(samples),
                "corpus_sha256": digest(samples),
                "c1": C1,
                "c2": C2,
                "iterations": ITERATIONS,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(
        f"trained on {len(samples):,} texts of {len(splits)} sets (and "
        f"{copies:,} lower-case copies) in "
        f"{time.perf_counter() - started:.0f} s: {learned.MODEL} "
        f"({learned.MODEL.stat().st_size / 1e6:.1f} MB)"
    )


def cross_validate(out: Path, folds: int = 5) -> None:
    import pycrfsuite

    from medsocial_tui.compliance import phi
    from medsocial_tui.compliance.phi import find_phi

    splits = training_splits()
    fresh = [
        s
        for s in splits
        if s.removeprefix("general_held_out").isdigit()
        and int(s.removeprefix("general_held_out")) >= 28
    ]
    rows = []
    for k in range(folds):
        held = fresh[k::folds]
        path = Path(f"/tmp/tagger-cv{k}.crfsuite")
        train(samples_of([s for s in splits if s not in held]), path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        learned._LOCAL.tagger = tagger
        for s in samples_of(held):
            phi.find_learned = lambda text, threshold=None: []
            rules = find_phi(s.text)
            phi.find_learned = lambda text, threshold=None: learned.find_learned(text, 0.3)
            vetted = [f for f in find_phi(s.text) if "[learned." in f.reason]
            rows.append(
                {
                    "id": s.id,
                    "phi": s.has_phi,
                    "spans": [[a, b] for a, b, label in s.spans if label != "health_detail"],
                    "rules": [[f.start, f.end] for f in rules if f.severity == "block"],
                    "vetted": [
                        [f.start, f.end, f.label, float(f.reason.split("probability ")[1][:4])]
                        for f in vetted
                    ],
                    "text": s.text,
                }
            )
        print(f"fold {k}: {', '.join(held)}", flush=True)
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)


# What one false block is worth against one text with identifiers let through: an approver
# clears a false block in a second, a leak cannot be taken back; but a guard that cries wolf
# on every post is overridden without reading.
FALSE_BLOCK_COST = 0.25


def choose(rows_file: Path, budget: float = 0.01) -> dict[str, float]:
    """Each label's threshold with the fewest texts of the folds passing whole, counting
    each clean text blocked as ``FALSE_BLOCK_COST`` of one, while it blocks no more than
    ``budget`` of their clean texts beyond what the rules block; the rules' vetoes applied
    (the rows' "vetted" findings). The rules block about 2% of a fresh set's clean texts,
    the issue's target is 3%: 1% is what is left."""
    import itertools

    rows = json.loads(rows_file.read_text(encoding="utf-8"))
    phi = sum(r["phi"] for r in rows)
    clean = len(rows) - phi
    labels = sorted(set(learned.LABELS) - LEFT_TO_THE_RULES)

    def figures(limits: dict[str, float]) -> tuple[int, int]:
        passes = blocked = 0
        for r in rows:
            blocks = bool(r["rules"]) or any(x[3] >= limits.get(x[2], 2.0) for x in r["vetted"])
            passes += r["phi"] and not blocks
            blocked += (not r["phi"]) and blocks
        return passes, blocked

    rules_only = figures(dict.fromkeys(labels, 2.0))
    best: tuple[float, int, int, dict[str, float]] | None = None
    for combo in itertools.product(GRID, repeat=len(labels)):
        limits = dict(zip(labels, combo, strict=True))
        passes, blocked = figures(limits)
        cost = passes + FALSE_BLOCK_COST * blocked
        if blocked <= rules_only[1] + budget * clean and (best is None or cost < best[0]):
            best = (cost, passes, blocked, limits)
    print(f"{len(rows):,} texts of the folds, {phi:,} with identifiers, {clean:,} clean")
    print(f"  rules alone: passing whole {rules_only[0]}, clean blocked {rules_only[1]}")
    for t in GRID[:-1]:
        p, b = figures(dict.fromkeys(labels, t))
        print(f"  every label >= {t}: passing whole {p}, clean blocked {b}")
    assert best is not None
    print(f"  chosen {best[3]}: passing whole {best[1]}, clean blocked {best[2]}")
    return best[3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=Path, help="cross-validate, writing rows here")
    parser.add_argument("--choose", type=Path, help="print caught/blocked by threshold")
    args = parser.parse_args()
    if args.cv:
        cross_validate(args.cv)
    elif args.choose:
        choose(args.choose)
    else:
        build(THRESHOLDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
