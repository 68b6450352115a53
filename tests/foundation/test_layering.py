"""The core never imports Textual and never names a network: both faces and every plugin
depend on it, not the other way round."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import medsocial_tui

CORE = Path(medsocial_tui.__file__).parent
NETWORKS = re.compile(
    r"\b(facebook|instagram|google[ _]?business|mastodon|twitter|linkedin|tiktok|bluesky|"
    r"snapchat|foursquare|threads\.net|youtube|pinterest|x\.com)\b",
    re.IGNORECASE,
)


def core_files(*, faces_too: bool = False) -> list[Path]:
    """The core's modules; with ``faces_too`` also the CLI (a face that may open the TUI)."""
    skip = {"tui"} if faces_too else {"tui", "cli"}
    return [p for p in CORE.rglob("*.py") if p.relative_to(CORE).parts[0] not in skip]


def test_core_modules_do_not_import_textual():
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(
                n == "textual" or n.startswith("textual.") or n.startswith("medsocial_tui.tui")
                for n in names
            ):
                offenders.append(str(path.relative_to(CORE)))
    assert offenders == []


def test_core_names_no_network():
    offenders = []
    for path in core_files(faces_too=True):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if NETWORKS.search(line):
                offenders.append(f"{path.relative_to(CORE)}:{number}: {line.strip()}")
    assert offenders == []


def test_importing_the_core_and_cli_does_not_load_textual():
    code = (
        "import sys, medsocial_tui.cli, medsocial_tui.publishing.queue, medsocial_tui.publishing.flush;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
