"""`medsocial init` is all or nothing: killed (SIGKILL, a real process) at any point, it leaves
no half practice, and the next `init` succeeds. A half practice an older version left (no
admin) is offered to the person running `init`, and `doctor` says so instead of pointing at
an admin who does not exist."""

from __future__ import annotations

import json
import os
import pwd
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medsocial_tui.home.demo import config_text
from medsocial_tui.home.homebuild import BUILD_PREFIX
from medsocial_tui.store import open_store

from .conftest import run_cli

FLAGS = ("--practice", "Oak Family Medicine", "--timezone", "America/Denver")
ENV = {"MEDSOCIAL_USER": "maria"}


def _start_init(home: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).parent / "medsocial"
    return subprocess.Popen(
        [str(exe), "init", "--home", str(home), *FLAGS],
        env={**os.environ, **ENV},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _builds(home: Path) -> list[Path]:
    return list(home.parent.glob(f".{home.name}{BUILD_PREFIX}*"))


def _kill_when(process: subprocess.Popen[bytes], ready, deadline: float = 30.0) -> bool:
    """SIGKILL the process as soon as ``ready()`` holds; False if it ended first."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.0005)
    process.kill()
    process.wait()
    raise AssertionError("init neither reached the point nor ended")


def _has_row(database: Path, table: str) -> bool:
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.01)
        try:
            return bool(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone())
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _points(home: Path):
    """Moments of an init, seen from outside: in the build folder or in the home itself."""

    def anywhere(name: str, table: str | None = None) -> bool:
        for folder in (home, *_builds(home)):
            path = folder / name
            if path.exists() and (table is None or _has_row(path, table)):
                return True
        return False

    return {
        "before anything": lambda: True,
        "build folder made": lambda: bool(_builds(home)) or home.exists(),
        "config written": lambda: anywhere("practice.toml"),
        "database created": lambda: anywhere("medsocial.db"),
        "schema made": lambda: anywhere("medsocial.db", "sqlite_master"),
        "admin added": lambda: anywhere("medsocial.db", "staff"),
        "policy draft started": lambda: anywhere("medsocial.db", "policy_versions"),
    }


@pytest.mark.parametrize("point", list(_points(Path("x"))))
def test_a_killed_init_leaves_nothing_half_made_and_init_again_succeeds(tmp_path, point):
    home = tmp_path / "oak"
    _kill_when(_start_init(home), _points(home)[point])
    whole = (home / "practice.toml").exists()
    if whole:
        assert _complete(home), f"killed at {point!r}, a half practice was left in place"
    else:
        assert not home.exists() or not any(home.iterdir())
    again = run_cli("init", "--home", str(home), *FLAGS, env=ENV)
    assert again.returncode == (3 if whole else 0), again.stderr
    assert _complete(home)
    assert _builds(home) == []


def _complete(home: Path) -> bool:
    staff = run_cli("staff", "list", "--json", home=home, env=ENV)
    if staff.returncode != 0:
        return False
    people = json.loads(staff.stdout)
    drafts = run_cli("policy", "list", home=home, env=ENV)
    # A real practice's admin is the OS user who ran init (MEDSOCIAL_USER counts only in demo
    # and test homes), so the one person on staff is whoever runs this test.
    me = pwd.getpwuid(os.geteuid()).pw_name
    return [p["login"] for p in people] == [me] and "draft" in drafts.stdout


@pytest.fixture
def left_without_admin(tmp_path) -> Path:
    """A home as an older, interrupted init left it: config and database, no one on staff."""
    home = tmp_path / "oak"
    home.mkdir(mode=0o700)
    (home / "practice.toml").write_text(config_text("Oak Family Medicine", "America/Denver"))
    open_store(home / "medsocial.db", create=True).close()
    return home


def test_init_offers_a_practice_with_no_admin_and_finish_takes_it(left_without_admin):
    home = left_without_admin
    refused = run_cli("init", "--home", str(home), env=ENV, stdin="")
    assert refused.returncode == 3
    assert "interrupted init" in refused.stderr and "--finish" in refused.stderr
    finished = run_cli("init", "--home", str(home), "--finish", env=ENV, stdin="")
    assert finished.returncode == 0, finished.stderr
    assert _complete(home)
    assert run_cli("init", "--home", str(home), *FLAGS, env=ENV).returncode == 3


@pytest.mark.parametrize("whole", [True, False], ids=["whole-practice", "empty-folder"])
def test_finish_with_nothing_to_finish_says_so_and_creates_nothing(tmp_path, whole):
    home = tmp_path / "oak"
    if whole:
        assert run_cli("init", "--home", str(home), *FLAGS, env=ENV, stdin="").returncode == 0
    before = sorted(p.name for p in tmp_path.rglob("*"))
    finished = run_cli("init", "--home", str(home), "--finish", *FLAGS, env=ENV, stdin="")
    assert finished.returncode == 3, finished.stderr
    assert "nothing to finish" in finished.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_doctor_does_not_send_you_to_an_admin_who_does_not_exist(left_without_admin):
    doctor = run_cli("doctor", home=left_without_admin, env=ENV)
    assert "an admin adds you" not in doctor.stdout
    assert "no active admin" in doctor.stdout
    assert "medsocial init --finish" in doctor.stdout


def test_doctor_names_the_admins_who_can_add_you(demo_home):
    doctor = run_cli("doctor", home=demo_home, env={"MEDSOCIAL_USER": "stranger"})
    assert "not on the staff list" in doctor.stdout
    assert "an admin (" in doctor.stdout


def test_a_refusal_in_a_practice_with_no_admin_says_how_to_finish_it(left_without_admin):
    added = run_cli("post", "add", "Hello", "-a", "snapchat", home=left_without_admin, env=ENV)
    assert added.returncode == 8
    assert "no admin yet" in added.stderr and "medsocial init --finish" in added.stderr
    assert "ask an admin" not in added.stderr


def test_an_empty_home_in_a_folder_init_may_not_write_is_built_inside_it(tmp_path, monkeypatch):
    """/srv/medsocial/maple made by root for the service account: the build folder goes
    inside the home, its files move in with the config last, and a killed build is swept."""
    import tempfile

    from medsocial_tui.home import demo, homebuild

    home = tmp_path / "srv" / "maple"
    home.mkdir(parents=True)
    leftover = home / f"{BUILD_PREFIX}999999999-dead"
    (leftover / "media").mkdir(parents=True)
    real_mkdtemp = tempfile.mkdtemp

    def parent_not_writable(*args, dir=None, **kwargs):
        if Path(dir) == home.parent:
            raise PermissionError(13, "Permission denied")
        return real_mkdtemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(homebuild.tempfile, "mkdtemp", parent_not_writable)
    moved: list[str] = []
    real_rename = os.rename
    monkeypatch.setattr(
        homebuild.os, "rename", lambda a, b: (moved.append(Path(b).name), real_rename(a, b))
    )
    demo.create_home(home, "Maple", "America/Chicago", login=pwd.getpwuid(os.geteuid()).pw_name)
    assert moved[-1] == "practice.toml"
    assert sorted(p.name for p in home.iterdir()) == [
        "audit.key",
        "media",
        "medsocial.db",
        "practice.toml",
        "secrets.toml",
    ]
    assert _complete(home)


def test_a_database_that_cannot_be_read_is_never_taken_for_one_without_an_admin(tmp_path):
    home = tmp_path / "oak"
    home.mkdir()
    (home / "practice.toml").write_text(config_text("Oak Family Medicine", "America/Denver"))
    (home / "medsocial.db").write_bytes(b"not a database at all" * 100)
    result = run_cli("init", "--home", str(home), "--finish", env=ENV, stdin="")
    assert result.returncode == 3
    assert "cannot read medsocial.db" in result.stderr and "Traceback" not in result.stderr
    assert (home / "medsocial.db").read_bytes().startswith(b"not a database")


def test_at_a_terminal_init_offers_the_unfinished_practice_and_finishes_it(left_without_admin):
    main, side = os.openpty()
    os.write(main, b"y\n")
    try:
        result = subprocess.run(
            [
                str(Path(sys.executable).parent / "medsocial"),
                "init",
                "--home",
                str(left_without_admin),
            ],
            stdin=side,
            capture_output=True,
            text=True,
            env={**os.environ, **ENV},
            timeout=60,
        )
    finally:
        os.close(main)
        os.close(side)
    assert result.returncode == 0, result.stdout + result.stderr
    me = pwd.getpwuid(os.geteuid()).pw_name
    assert f"Finish it with you ({me}) as its admin?" in result.stdout
    assert _complete(left_without_admin)
