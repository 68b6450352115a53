"""The plugin template in docs/ installs as an outside package with pip, shows up in
`medsocial plugins`, and passes the channel contract with its own tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TEMPLATE = Path(__file__).resolve().parents[2] / "docs" / "plugin-template"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """The template copied out of the repository and pip-installed into its own folder."""
    root = tmp_path_factory.mktemp("outside")
    project = root / "medsocial-example"
    shutil.copytree(TEMPLATE, project, ignore=shutil.ignore_patterns("*.egg-info", "build"))
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
    shutil.rmtree(project / "medsocial_example")
    return project, site


def env_with(site: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(site), "MEDSOCIAL_PLUGINS": "example,manual"}


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
    assert listing["channels"]["example"]["capabilities"] == [
        "delete",
        "publish",
        "reconcile",
        "special_hours",
    ]
    assert listing["channels"]["example"]["plugin"] == "example"


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
