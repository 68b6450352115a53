"""Counting a post as X and Mastodon count it, beside the plain ``https?://\\S+`` count it
replaced. Targets: a typical post counts in under 5 ms (the compose preview recounts as the
person types), and a pathological 4,000-character run of dotted labels in under 3 s.

    .venv/bin/python benchmarks/link_counting_bench.py [--rounds 200]

The first call compiles the twitter-text pattern with its 1,574 top-level domains; that time
is shown apart, it is paid once per process.
"""

from __future__ import annotations

import argparse
import re
import sys
import time

from medsocial_mastodon.text import status_length
from medsocial_twitter_text import Flavour, extract_links
from medsocial_x.text import weighted_length

TYPICAL_TARGET_MS = 5.0
WORST_TARGET_S = 3.0
X_POST = (
    "Flu shots all week at Maple Street Dental, walk-ins welcome 8-5. Details and the CDC's "
    "advice: https://maple.dental/flu and cdc.gov/flu (bring your insurance card). "
    "Questions? Call us, never share health details here. 🦷💉 #FluSeason"
)
MASTODON_POST = X_POST + " " + X_POST.replace("#FluSeason", "@drpatel@dental.social")
WORST = {
    "a.a.a… (4,000 chars)": "a." * 2000,
    "https://a.a.a… (4,008 chars)": "https://" + "a." * 2000,
    "a-a-a….com (4,004 chars)": "a-" * 2000 + ".com",
    "ab.ab.ab… (3,999 chars)": "ab." * 1333,
}
PLAIN = re.compile(r"https?://\S+")


def per_call_ms(fn, text: str, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn(text)
    return (time.perf_counter() - start) / rounds * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    rounds = parser.parse_args().rounds
    start = time.perf_counter()
    extract_links("a.com", Flavour.X)
    extract_links("https://a.com", Flavour.MASTODON)
    print(f"compiling both patterns once: {(time.perf_counter() - start) * 1000:.0f} ms")
    plain = per_call_ms(lambda t: len(PLAIN.sub("x" * 23, t)), MASTODON_POST, rounds)
    x_ms = per_call_ms(weighted_length, X_POST, rounds)
    m_ms = per_call_ms(status_length, MASTODON_POST, rounds)
    print(f"plain regex count ({len(MASTODON_POST)} chars): {plain:.3f} ms  (baseline)")
    print(
        f"X weighted length ({len(X_POST)} chars):      {x_ms:.3f} ms  target < {TYPICAL_TARGET_MS}"
    )
    print(
        f"Mastodon length ({len(MASTODON_POST)} chars):    {m_ms:.3f} ms  target < {TYPICAL_TARGET_MS}"
    )
    worst = 0.0
    for name, text in WORST.items():
        for flavour in Flavour:
            start = time.perf_counter()
            extract_links(text, flavour)
            took = time.perf_counter() - start
            worst = max(worst, took)
            print(f"worst case {name}, {flavour.value}: {took:.2f} s")
    print(f"slowest pathological input: {worst:.2f} s  target < {WORST_TARGET_S}")
    ok = max(x_ms, m_ms) < TYPICAL_TARGET_MS and worst < WORST_TARGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
