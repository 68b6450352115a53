"""A process's first check of a post, as users run it: whole ``medsocial check TEXT``
processes on a demo practice (a post that names a patient, as a flush re-checks before
it publishes and the TUI checks on its first compose), with the store of the guard's
compiled patterns (``lazy.store_path``, made by ``make``) and without it (the file moved
aside for those runs, put back after), interleaved, medians of wall and CPU time over the
runs. ``python -c "import textual"`` is timed in the same run as a yardstick.

    .venv/bin/python benchmarks/guard_first_check.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medsocial_tui.compliance import lazy
from medsocial_tui.home import demo
from medsocial_tui.testing.processes import user_env

POST = (
    "So proud of Maria Gonzalez (DOB 03/14/1961) who finished her implant treatment "
    "at our Lakeside office on Jan 15th! Call 020 7946 0958 to book yours."
)


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (the child's user and system time) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-1000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    store = lazy.store_path()
    if not store.is_file():
        raise SystemExit(f"no store at {store}: run `make install` (or the pattern_store module)")
    aside = store.with_name(store.name + ".aside")
    medsocial = str(Path(sys.executable).parent / "medsocial")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDSOCIAL_USER"] = "bench"
        home = demo.build(Path(tmp) / "demo", login="bench").root
        env = user_env({"MEDSOCIAL_HOME": str(home), "MEDSOCIAL_USER": "bench"})
        check = [medsocial, "check", POST]
        yardstick = [sys.executable, "-c", "import textual"]
        samples: dict[str, list[tuple[float, float]]] = {"with": [], "without": [], "yard": []}
        run(check, env)  # warm the page cache and bytecode
        try:
            for _ in range(args.runs):
                samples["yard"].append(run(yardstick, env))
                samples["with"].append(run(check, env))
                store.rename(aside)
                try:
                    samples["without"].append(run(check, env))
                finally:
                    aside.rename(store)
        finally:
            if aside.exists() and not store.exists():
                aside.rename(store)
    labels = {
        "yard": 'python -c "import textual"',
        "without": "medsocial check, no store",
        "with": "medsocial check, with store",
    }
    print(f"{'':34} {'wall':>9} {'CPU':>9}   (medians of {args.runs} runs)")
    for key in ("yard", "without", "with"):
        wall = statistics.median(w for w, _ in samples[key])
        cpu = statistics.median(c for _, c in samples[key])
        print(f"{labels[key]:34} {wall * 1000:7.0f} ms {cpu * 1000:7.0f} ms")
    without = statistics.median(c for _, c in samples["without"])
    with_store = statistics.median(c for _, c in samples["with"])
    print(f"the store saves {without - with_store:.2f} s of CPU a process ({store.name})")


if __name__ == "__main__":
    main()
