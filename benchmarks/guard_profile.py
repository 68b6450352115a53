"""Where the PHI guard's time goes on post-sized texts: a cProfile of ``find_phi`` over the
speed benchmark's 600 texts of 100–500 characters (``guard_speed.band_texts``, the corpus
practice's context), read twice first so that every lazy pattern and twin is made, the
guard's memory of phone numbers emptied before the counted pass. Prints the functions by
their own time (share of the pass, share with what they call, calls per text); with
``--callees NAME`` also what the functions of that name call, by time.

    python benchmarks/guard_profile.py [--top 25] [--callees classify]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "compliance"))

from guard_speed import band_texts, forget, load_guard, practice_context  # noqa: E402


def _where(key: tuple[str, int, str]) -> str:
    return f"{key[0].rsplit('/', 1)[-1]}:{key[1]} {key[2]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--callees", action="append", default=[])
    args = parser.parse_args()
    find_phi, context_type = load_guard(None)
    ctx = practice_context(context_type)
    bands = band_texts()
    texts = [t for label, band in bands.items() if label != "63 KB" for t in band][:600]
    for _ in range(2):
        for text in texts:
            find_phi(text, ctx)
    forget()
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        find_phi(text, ctx)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in stats.values())
    print(f"{len(texts)} texts, {total / len(texts) * 1e6:,.0f} us a text under cProfile")
    print("   own   with  calls/text  function")
    rows = sorted(stats.items(), key=lambda kv: -kv[1][2])[: args.top]
    for key, (_cc, calls, own, cum, _callers) in rows:
        share, with_callees = own / total * 100, cum / total * 100
        print(f"{share:5.1f}% {with_callees:5.1f}% {calls / len(texts):9.1f}  {_where(key)}")
    for name in args.callees:
        for key, row in stats.items():
            if key[2] != name:
                continue
            print(f"\n{_where(key)}: {row[3] / total * 100:.1f}% with what it calls")
            called = [
                (other[4][key][3], other[4][key][1], k)
                for k, other in stats.items()
                if key in other[4]
            ]
            for cum, calls, k in sorted(called, reverse=True)[: args.top]:
                print(f"  {cum / total * 100:5.2f}% {calls / len(texts):7.2f}/text  {_where(k)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
