"""`make install` says which Python it builds the venv from and warns when other logins
(the staff) could not run it; the editable installs are made in setuptools' quiet .pth mode."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from medsocial_tui.home import install_check

ROOT = Path(__file__).resolve().parents[2]


def test_a_python_inside_a_private_folder_is_reported(tmp_path):
    private = tmp_path / "home" / "me"
    interpreter = private / "bin" / "python3"
    interpreter.parent.mkdir(parents=True)
    interpreter.write_text("")
    interpreter.chmod(0o755)
    private.chmod(0o700)
    try:
        closed = install_check.closed_to_others(interpreter)
    finally:
        private.chmod(0o755)
    assert f"{private} (drwx------)" in closed
    assert not any(str(private / "bin") in c for c in closed)


def test_a_python_open_to_everyone_is_not_reported(tmp_path):
    interpreter = tmp_path / "bin" / "python3"
    interpreter.parent.mkdir(parents=True)
    interpreter.write_text("")
    interpreter.chmod(0o755)
    tmp_path.chmod(0o755)
    assert [c for c in install_check.closed_to_others(interpreter) if str(tmp_path) in c] == []


def test_the_check_names_the_python_it_was_run_with():
    result = subprocess.run(
        [sys.executable, str(ROOT / "medsocial_tui" / "home" / "install_check.py")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert f"Python {sys.version.split()[0]}" in result.stdout


def test_make_install_runs_the_check_before_building_the_venv():
    makefile = (ROOT / "Makefile").read_text()
    assert makefile.index("install_check.py") < makefile.index("-m venv")


def test_every_package_is_installed_editable_through_a_plain_pth():
    for pyproject in [
        ROOT / "pyproject.toml",
        *sorted((ROOT / "plugins").glob("*/pyproject.toml")),
    ]:
        settings = tomllib.loads(pyproject.read_text())["tool"]["setuptools"]
        assert settings.get("package-dir") == {"": "."}, pyproject
