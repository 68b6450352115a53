"""The benchmarks' baseline guard (``guard_speed.load_guard``) is the revision's whole guard:
its modules and rule table and the word lists they read, not this tree's lists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from guard_speed import load_guard  # noqa: E402


def test_the_baseline_reads_the_revisions_word_lists() -> None:
    find, _context = load_guard("HEAD")
    data = sys.modules["guard_speed_baseline_data"]
    folder = Path(data.__file__).parent
    assert ROOT not in folder.parents  # a copy out of git, not this tree's folder
    lexicon = sys.modules["guard_speed_baseline.lexicon"]
    assert "guard_speed_baseline_data" in Path(lexicon.__file__).read_text(encoding="utf-8")
    shipped = subprocess.run(
        ["git", "show", "HEAD:medsocial_tui/data/place_names.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (folder / "place_names.txt").read_text(encoding="utf-8") == shipped
    assert lexicon.place_names() == frozenset(shipped.splitlines())
    assert [f.label for f in find("Call Ada Obi on 0803 555 0192.", None)]
