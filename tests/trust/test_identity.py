"""Who is signed in comes from the system: the owner of the home, the SSH key's forced
command, or sudo. MEDSOCIAL_USER, LOGNAME, USER and MEDSOCIAL_NOW change nothing outside demo
and test homes."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

from medsocial_tui.home import demo

from .conftest import MEDSOCIAL, OWNER, as_staff, clean_env, post_id, run


def whoami(home: Path, env: dict[str, str] | None = None) -> dict:
    result = run("whoami", "--json", home=home, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_medsocial_user_logname_and_user_do_not_change_who_is_signed_in(practice_home):
    env = clean_env(MEDSOCIAL_USER="mchen", LOGNAME="mchen", USER="mchen")
    assert whoami(practice_home, env) == {
        "login": OWNER,
        "access": "owner",
        "roles": ["admin", "approver", "author"],
    }
    written = run(
        "post", "add", "Flu shots all week.", "-a", "snapchat", home=practice_home, env=env
    )
    shown = run("post", "show", str(post_id(written)), "--json", home=practice_home)
    assert json.loads(shown.stdout)["author"] == OWNER


def test_an_author_cannot_approve_their_own_post_by_naming_an_approver(practice_home):
    written = as_staff(
        "jreyes", practice_home, "post add 'Flu shots all week.' -a snapchat --submit"
    )
    number = post_id(written)
    claimed = as_staff("jreyes", practice_home, f"post approve {number}", MEDSOCIAL_USER="mchen")
    assert claimed.returncode == 8, claimed.stdout + claimed.stderr
    assert "Not allowed" in claimed.stderr and "Traceback" not in claimed.stderr
    approved = as_staff("mchen", practice_home, f"post approve {number}")
    assert approved.returncode == 0, approved.stderr
    shown = run("post", "show", str(number), "--json", home=practice_home)
    assert json.loads(shown.stdout)["approved_by"] == "mchen"


def test_no_one_adds_an_admin_by_setting_medsocial_user(practice_home):
    sneaky = as_staff(
        "jreyes",
        practice_home,
        "staff add crony --name Crony --roles admin",
        MEDSOCIAL_USER=OWNER,
    )
    assert sneaky.returncode == 8
    listed = run("staff", "list", "--json", home=practice_home)
    assert "crony" not in {m["login"] for m in json.loads(listed.stdout)}


def test_medsocial_now_does_not_backdate_anything_in_a_practice_home(practice_home):
    env = clean_env(MEDSOCIAL_NOW="2020-01-01T09:00:00Z")
    written = run(
        "post",
        "add",
        "Open late.",
        "-a",
        "snapchat",
        "--at",
        "tomorrow 9am",
        home=practice_home,
        env=env,
    )
    shown = run("post", "show", str(post_id(written)), "--json", home=practice_home)
    assert json.loads(shown.stdout)["scheduled_at"][:4] >= str(datetime.now(UTC).year)


def test_demo_homes_still_take_the_login_and_time_from_the_environment(tmp_path):
    home = demo.build(tmp_path / "demo", login="jreyes").root
    env = clean_env(MEDSOCIAL_USER="mchen", MEDSOCIAL_NOW="2026-11-27T15:00:00Z")
    assert whoami(home, env)["login"] == "mchen"
    assert whoami(home, env)["access"] == "environment"


def test_the_forced_command_reads_what_was_typed_as_arguments_never_through_a_shell(
    practice_home, tmp_path
):
    marker = tmp_path / "pwned"
    result = as_staff("jreyes", practice_home, f"whoami; touch {marker}")
    assert not marker.exists()
    assert result.returncode != 0
    typed = as_staff("jreyes", practice_home, "whoami --json")
    assert json.loads(typed.stdout) == {"login": "jreyes", "access": "ssh", "roles": ["author"]}


def test_over_ssh_a_shell_command_is_only_an_unknown_command(practice_home):
    result = as_staff("jreyes", practice_home, "sh -c id")
    assert result.returncode == 2
    assert "No such command 'sh'" in result.stderr
    assert "uid=" not in result.stdout


def test_over_ssh_the_home_and_the_login_cannot_be_changed(practice_home, tmp_path):
    for typed in (
        f"--home {tmp_path} post list",
        "post list --home /tmp",
        "--as-ssh-user mchen post approve 1",
        "check --home=/srv hello",
    ):
        result = as_staff("jreyes", practice_home, typed)
        assert result.returncode == 2, typed
        assert "cannot be given over SSH" in result.stderr, typed


def test_over_ssh_init_and_demo_are_refused(practice_home, tmp_path):
    for typed in (f"init --home {tmp_path}/new --practice X --timezone UTC", "demo --no-open"):
        result = as_staff("jreyes", practice_home, typed)
        assert result.returncode == 8, typed
        assert "not available over SSH" in result.stderr
    assert not (tmp_path / "new").exists()


def test_sudo_user_is_ignored_unless_sudo_started_the_process(practice_home):
    env = clean_env(SUDO_USER="mchen", SUDO_UID="1234")
    assert whoami(practice_home, env)["login"] == OWNER


def fake_sudo(folder: Path) -> Path:
    """A parent process named sudo, run by root here (as the real one is)."""
    import sys

    script = folder / "sudo"
    script.write_text(
        f"#!{Path(sys.executable).resolve()}\n"
        "import subprocess, sys\nsys.exit(subprocess.call(sys.argv[1:]))\n",
        "utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_under_sudo_the_login_is_sudo_user_and_the_ssh_option_is_refused(practice_home, tmp_path):
    import os
    import subprocess

    if os.geteuid() != 0:
        import pytest

        pytest.skip("sudo's parent runs as root; so must the stand-in")
    sudo = fake_sudo(tmp_path)
    env = clean_env(SUDO_USER="mchen", SUDO_UID="1234")
    home = ["--home", str(practice_home)]
    seen = subprocess.run(
        [str(sudo), MEDSOCIAL, *home, "whoami", "--json"], capture_output=True, text=True, env=env
    )
    assert json.loads(seen.stdout)["login"] == "mchen", seen.stderr
    assert json.loads(seen.stdout)["access"] == "sudo"
    forged = subprocess.run(
        [str(sudo), MEDSOCIAL, *home, "--as-ssh-user", "lbrooks", "whoami"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert forged.returncode == 8
    assert "not for sudo" in forged.stderr
    created = subprocess.run(
        [
            str(sudo),
            MEDSOCIAL,
            "init",
            "--home",
            str(tmp_path / "x"),
            "--practice",
            "X",
            "--timezone",
            "UTC",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert created.returncode == 8 and not (tmp_path / "x").exists()


def test_over_ssh_no_medsocial_variable_steers_the_app(practice_home, tmp_path):
    """An sshd that accepts client variables must not let a colleague pick the plugins, the
    home or an account's credentials: every MEDSOCIAL_* variable is dropped."""
    result = as_staff(
        "jreyes",
        practice_home,
        "plugins --json",
        MEDSOCIAL_PLUGINS="manual",
        MEDSOCIAL_HOME=str(tmp_path),
        MEDSOCIAL_SECRET_SNAPCHAT_TOKEN="theirs",
    )
    channels = json.loads(result.stdout)["channels"]
    assert "manual" in channels and len(channels) > 1
