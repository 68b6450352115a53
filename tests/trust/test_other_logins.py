"""The old multi-user recipe (one home, every staff login using it directly) crashed with
PermissionError tracebacks on secrets.toml and roster.key. Now a login that is not the home's
account is told, in words and with exit 8, how staff reach the practice; nothing it runs
shows a traceback, and nothing in the home changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pytest

from .conftest import as_staff, clean_env, program_for_others

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("useradd") is None or shutil.which("runuser") is None,
    reason="needs root, useradd and runuser to make a second OS login",
)


@pytest.fixture
def home_parent(shared_folder):
    return shared_folder


@pytest.fixture
def other_login():
    name = f"ms{uuid.uuid4().hex[:8]}"
    subprocess.run(["useradd", "--no-create-home", "--shell", "/bin/sh", name], check=True)
    yield name
    subprocess.run(["userdel", name], capture_output=True)


@pytest.fixture
def program(shared_folder, other_login) -> str:
    found = program_for_others(shared_folder, other_login)
    if found is None:
        pytest.skip("no Python another login can run medsocial with")
    return found


def as_login(login: str, program: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["runuser", "-u", login, "--", program, *args],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )


def test_a_colleagues_own_login_gets_words_not_a_traceback(practice_home, other_login, program):
    roster = as_staff(
        "lbrooks", practice_home, "roster import -", stdin="first,last\nMaria,Lopez\n"
    )
    assert roster.returncode in (0, 8), roster.stderr
    os.chmod(practice_home, 0o755)
    os.chmod(practice_home / "medsocial.db", 0o644)
    os.chmod(practice_home / "practice.toml", 0o644)
    before = sorted(p.name for p in practice_home.iterdir())
    for command in (["post", "list"], ["staff", "list"], ["check", "hello"], ["flush"], []):
        result = as_login(other_login, program, "--home", str(practice_home), *command)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        if command == ["check", "hello"]:
            assert result.returncode == 0
            continue
        assert result.returncode in (2, 8), (command, result.returncode, result.stderr)
        assert "belongs to the service account" in result.stderr
        assert "ssh " in result.stderr and "sudo -u" in result.stderr
    assert sorted(p.name for p in practice_home.iterdir()) == before
