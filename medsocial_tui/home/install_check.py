"""Which Python `make install` builds the virtual environment from, and whether the staff's
logins can run it.

A venv does not copy Python: ``.venv/bin/python`` links to the base interpreter and reads its
standard library. Built from a Python in a private home folder (pyenv under ``/root`` or
``~``), it runs for its owner only, and every staff login gets "Permission denied". Run with
the Python that will build the venv (standard library only, before anything is installed):

    python3 medsocial_tui/home/install_check.py
"""

from __future__ import annotations

import os
import stat
import sys
import sysconfig
from pathlib import Path


def needed_paths() -> list[Path]:
    """The interpreter itself and its standard library, as the venv will use them."""
    return [
        Path(os.path.realpath(sys.executable)),
        Path(sysconfig.get_paths()["stdlib"]).resolve(),
    ]


def closed_to_others(path: Path) -> list[str]:
    """Each folder on the way to ``path`` that other users cannot enter, and ``path`` itself
    when they cannot read (and, for the interpreter, run) it; as 'PATH (mode)'."""
    found = []
    for folder in reversed(path.parents):
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            found.append(f"{folder} ({stat.filemode(mode)})")
    mode = path.stat().st_mode
    wanted = stat.S_IROTH | (stat.S_IXOTH if path.is_dir() or os.access(path, os.X_OK) else 0)
    if mode & wanted != wanted:
        found.append(f"{path} ({stat.filemode(mode)})")
    return found


def report() -> list[str]:
    lines = [
        f"make install: building .venv from Python {sys.version.split()[0]} at "
        f"{os.path.realpath(sys.executable)}"
    ]
    closed = sorted({c for path in needed_paths() for c in closed_to_others(path)})
    if closed:
        lines.append(
            "WARNING: other logins cannot use this Python, so staff cannot run .venv/bin/medsocial:"
        )
        lines += [f"  not open to others: {c}" for c in closed]
        lines.append(
            "  build from a system Python 3.11+ instead (`make clean install "
            "PYTHON=/usr/bin/python3`), or as the service account that runs medsocial"
        )
    return lines


if __name__ == "__main__":
    said = report()
    print(said[0])
    for line in said[1:]:
        print(line, file=sys.stderr)
