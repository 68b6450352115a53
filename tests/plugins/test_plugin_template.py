"""The plugin template in docs/, renamed with the guide's own commands, installs as an outside
package with pip, shows up in `medsocial plugins`, and passes the channel contract with its
own tests."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
TEMPLATE = DOCS / "plugin-template"


def rename_commands() -> str:
    """The shell block of the guide's "2. Rename" section, as a reader copies it."""
    guide = (DOCS / "plugins.md").read_text("utf-8")
    section = guide[guide.index("## 2. Rename") :]
    found = re.search(r"```sh\n(.*?)```", section, re.S)
    assert found, "the Rename section has no sh block"
    return found.group(1)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """The template copied out of the repository and pip-installed into its own folder."""
    root = tmp_path_factory.mktemp("outside")
    project = root / "medsocial-acme"
    shutil.copytree(TEMPLATE, project, ignore=shutil.ignore_patterns("*.egg-info", "build"))
    subprocess.run(
        ["bash", "-euo", "pipefail", "-c", rename_commands()],
        cwd=project,
        check=True,
        capture_output=True,
        timeout=60,
    )
    site = root / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(site),
            str(project),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shutil.rmtree(project / "medsocial_acme")
    return project, site


def env_with(site: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(site), "MEDSOCIAL_PLUGINS": "acme,manual"}


def test_the_installed_template_is_listed_with_its_capabilities(installed):
    _project, site = installed
    exe = Path(sys.executable).parent / "medsocial"
    out = subprocess.run(
        [str(exe), "plugins", "--json"],
        env=env_with(site),
        capture_output=True,
        text=True,
        timeout=60,
    )
    listing = json.loads(out.stdout)
    assert out.returncode == 0, out.stderr
    assert listing["channels"]["acme"]["capabilities"] == [
        "delete",
        "publish",
        "reconcile",
        "special_hours",
    ]
    assert listing["channels"]["acme"]["plugin"] == "acme"


def test_the_installed_template_passes_the_contract_and_its_own_tests(installed):
    project, site = installed
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "tests"],
        cwd=project,
        env=env_with(site),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert " passed" in out.stdout and "failed" not in out.stdout


def test_the_guides_rename_leaves_no_example_behind(installed):
    project, site = installed
    files = [*project.rglob("*"), *(site / "medsocial_acme").rglob("*.py")]
    left = [
        f"{path.name}: {line.strip()}"
        for path in files
        if path.is_file()
        for line in path.read_text("utf-8", "replace").splitlines()
        if "example" in line.lower()
    ]
    assert left == []
    assert len(files) > 5
    assert not [p for p in files if "example" in p.name.lower()]
