"""The home is the service account's alone: every command refuses a home others can change,
naming the file and the fix; `doctor --fix-permissions` fixes what a chmod can; a missing
database is an error, never a fresh start; a permission problem is words, never a traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from .conftest import OWNER, run


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.mark.parametrize(
    "name", ["medsocial.db", "practice.toml", "media", ".", "secrets.toml"], ids=str
)
def test_a_home_others_can_change_is_refused_naming_the_file_and_the_fix(practice_home, name):
    target = practice_home / name
    os.chmod(target, mode(target) | 0o020)
    result = run("post", "list", home=practice_home)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "can be changed by other users" in result.stderr
    assert str(target.resolve()) in result.stderr
    assert "medsocial doctor --fix-permissions" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_fix_permissions_repairs_the_modes_and_the_home_opens_again(practice_home):
    os.chmod(practice_home / "medsocial.db", 0o666)
    os.chmod(practice_home / "secrets.toml", 0o644)
    os.chmod(practice_home / "media", 0o777)
    fixed = run("doctor", "--fix-permissions", home=practice_home)
    assert "fixed" in fixed.stdout and "medsocial.db" in fixed.stdout
    assert mode(practice_home / "medsocial.db") == 0o644
    assert mode(practice_home / "secrets.toml") == 0o600
    assert mode(practice_home / "media") == 0o755
    assert run("post", "list", home=practice_home).returncode == 0


def test_a_linked_config_is_refused(practice_home, tmp_path):
    elsewhere = tmp_path / "evil.toml"
    elsewhere.write_text((practice_home / "practice.toml").read_text("utf-8"), "utf-8")
    (practice_home / "practice.toml").unlink()
    (practice_home / "practice.toml").symlink_to(elsewhere)
    result = run("post", "list", home=practice_home)
    assert result.returncode == 3
    assert "practice.toml is a link" in result.stderr


def test_a_linked_media_file_is_refused_before_anything_opens(practice_home):
    (practice_home / "media" / "0123456789abcdef0123.png").symlink_to("/etc/shadow")
    result = run("post", "list", home=practice_home)
    assert result.returncode == 3
    assert "media/0123456789abcdef0123.png is a link" in result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_file_owned_by_someone_else_is_refused_with_the_chown_to_run(practice_home):
    os.chown(practice_home / "practice.toml", 54321, -1)
    result = run("post", "list", home=practice_home)
    assert result.returncode == 3
    assert "belongs to 54321, not to the practice's account" in result.stderr
    assert f"chown {OWNER}:" in result.stderr
    doctor = run("doctor", home=practice_home)
    assert doctor.returncode == 1 and "belongs to 54321" in doctor.stdout


def test_a_missing_database_is_an_error_and_is_not_recreated(practice_home):
    (practice_home / "medsocial.db").unlink()
    for command in (["post", "list"], ["staff", "list"], ["flush"], ["whoami"]):
        result = run(*command, home=practice_home)
        assert result.returncode in (2, 6), (command, result.stderr)
        assert "missing from the practice home" in result.stderr, command
        assert "restore medsocial.db from your backup" in result.stderr
    assert not (practice_home / "medsocial.db").exists()


def test_the_doctor_lists_every_problem(practice_home):
    os.chmod(practice_home / "medsocial.db", 0o664)
    os.chmod(practice_home / "practice.toml", 0o666)
    result = run("doctor", "--json", home=practice_home)
    problems = [f for f in json.loads(result.stdout) if f["area"] == "permissions"]
    assert {p["message"].split()[0] for p in problems} == {"medsocial.db", "practice.toml"}
    assert result.returncode == 1


def test_files_medsocial_writes_are_the_accounts_alone_whatever_the_umask(practice_home):
    """Started with a group-writable umask (002, common for user-private groups), the exports
    medsocial writes still leave the home openable: it runs with umask 077."""
    os.umask(0o002)
    try:
        written = run("policy", "report", home=practice_home)
    finally:
        os.umask(0o022)
    assert written.returncode == 0, written.stderr
    report = Path(written.stdout.strip())
    assert mode(report) & 0o077 == 0
    assert run("post", "list", home=practice_home).returncode == 0
