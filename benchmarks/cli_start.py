"""Command-line start-up as users run it: whole ``medsocial`` processes (``--help``, ``post
list --json``, ``flush --dry-run``) on a demo practice, each beside ``python -c "import
textual"`` timed in the same run, interleaved, medians over the runs. Target: <= 1.0 x.

    .venv/bin/python benchmarks/cli_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medsocial_tui.home import demo
from medsocial_tui.testing.processes import user_env

TARGET = 1.0


def wall(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-1000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    medsocial = str(Path(sys.executable).parent / "medsocial")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDSOCIAL_USER"] = "bench"
        home = demo.build(Path(tmp) / "demo", login="bench").root
        env = user_env({"MEDSOCIAL_HOME": str(home), "MEDSOCIAL_USER": "bench"})
        commands = {
            "medsocial --help": [medsocial, "--help"],
            "medsocial post list --json": [medsocial, "post", "list", "--json"],
            "medsocial flush --dry-run": [medsocial, "flush", "--dry-run"],
        }
        baseline_cmd = [sys.executable, "-c", "import textual"]
        times: dict[str, list[float]] = {name: [] for name in commands}
        baseline: list[float] = []
        for cmd in commands.values():  # warm the caches (bytecode, page cache)
            wall(cmd, env)
        wall(baseline_cmd, env)
        for _ in range(args.runs):
            baseline.append(wall(baseline_cmd, env))
            for name, cmd in commands.items():
                times[name].append(wall(cmd, env))
    base = statistics.median(baseline)
    label = 'python -c "import textual"'
    print(f"{label:30} {base * 1000:7.1f} ms  (baseline, same run)")
    for name, samples in times.items():
        ours = statistics.median(samples)
        ratio = ours / base
        verdict = "OK" if ratio <= TARGET else "ABOVE TARGET"
        print(f"{name:30} {ours * 1000:7.1f} ms  {ratio:5.2f} x  (target <= {TARGET} x) {verdict}")


if __name__ == "__main__":
    main()
