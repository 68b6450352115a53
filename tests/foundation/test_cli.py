"""The command line a scripter or the IT person uses: fixed names, words for errors,
distinct exit codes. Run in the test process (click's runner), but for three smoke tests of
the installed console script."""

from __future__ import annotations

import json
import os
import pwd

from medsocial_tui.home.config import Home, load_config

from .conftest import run_cli, run_real


def test_help_lists_the_fixed_commands():
    result = run_real("--help")
    assert result.returncode == 0
    for name in ("demo", "init", "flush", "post", "check", "policy", "staff", "doctor", "plugins"):
        assert name in result.stdout


def test_demo_creates_a_practice_without_opening_the_app(tmp_path):
    result = run_real("demo", "--home", str(tmp_path / "d"), "--no-open")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "practice.toml").exists()
    assert oct(os.stat(tmp_path / "d" / "secrets.toml").st_mode & 0o777) == "0o600"


def test_demo_never_overwrites_a_practice(demo_home):
    before = (demo_home / "practice.toml").read_text()
    result = run_cli("demo", "--home", str(demo_home), "--no-open")
    assert result.returncode == 3
    assert "already holds a practice" in result.stderr
    assert (demo_home / "practice.toml").read_text() == before


def test_init_creates_a_practice_with_you_as_admin_whatever_medsocial_user_says(tmp_path):
    """The admin of a new practice is the OS user who ran init: MEDSOCIAL_USER (which used to
    decide it) is ignored outside demo and test homes."""
    home = tmp_path / "oak"
    result = run_real(
        "init",
        "--home",
        str(home),
        "--practice",
        "Oak Family Medicine",
        "--timezone",
        "America/Denver",
        env={"MEDSOCIAL_USER": "maria"},
    )
    assert result.returncode == 0, result.stderr
    staff = run_real("staff", "list", "--json", home=home)
    assert json.loads(staff.stdout)[0]["login"] == pwd.getpwuid(os.geteuid()).pw_name


def test_init_without_a_terminal_asks_for_flags(tmp_path):
    result = run_cli("init", "--home", str(tmp_path / "x"), stdin="")
    assert result.returncode == 2
    assert "--practice is required" in result.stderr


def test_post_add_list_show_approve_and_cancel(demo_home):
    added = run_cli(
        "post",
        "add",
        "Flu shots available all week.",
        "-a",
        "snapchat",
        "-a",
        "foursquare",
        "--at",
        "tomorrow 9am",
        "--submit",
        "--json",
        home=demo_home,
        env={"MEDSOCIAL_USER": "jreyes"},
    )
    assert added.returncode == 0, added.stderr
    post = json.loads(added.stdout)
    assert post["status"] == "in_review"
    approved = run_cli(
        "post", "approve", str(post["id"]), home=demo_home, env={"MEDSOCIAL_USER": "mchen"}
    )
    assert approved.returncode == 0, approved.stderr
    shown = json.loads(run_cli("post", "show", str(post["id"]), "--json", home=demo_home).stdout)
    assert {d["state"] for d in shown["deliveries"]} == {"scheduled"}
    said = run_cli("post", "show", str(post["id"]), home=demo_home).stdout
    # the approval's time in the practice's own timezone, as a person reads it, not UTC
    approval = next(line for line in said.splitlines() if line.startswith("approval: "))
    assert "approved by mchen at today, " in approval and "UTC" not in approval, approval
    assert f"({load_config(Home(demo_home)).timezone})" in approval, approval
    listed = json.loads(
        run_cli("post", "list", "--json", "--state", "scheduled", home=demo_home).stdout
    )
    assert post["id"] in [p["id"] for p in listed]
    unknown = run_cli("post", "list", "--state", "nope", home=demo_home)
    assert unknown.returncode == 2 and "scheduled" in unknown.stderr and not unknown.stdout
    canceled = run_cli(
        "post", "cancel", str(post["id"]), home=demo_home, env={"MEDSOCIAL_USER": "jreyes"}
    )
    assert canceled.returncode == 0
    shown = json.loads(run_cli("post", "show", str(post["id"]), "--json", home=demo_home).stdout)
    assert {d["state"] for d in shown["deliveries"]} == {"canceled"}


def test_approving_your_own_post_is_refused_with_exit_8(demo_home):
    added = run_cli(
        "post",
        "add",
        "Hello",
        "-a",
        "snapchat",
        "--submit",
        "--json",
        home=demo_home,
        env={"MEDSOCIAL_USER": "lbrooks"},
    )
    post_id = json.loads(added.stdout)["id"]
    result = run_cli(
        "post", "approve", str(post_id), home=demo_home, env={"MEDSOCIAL_USER": "lbrooks"}
    )
    assert result.returncode == 8
    assert "cannot approve their own post" in result.stderr


def test_an_unreadable_time_says_what_to_write(demo_home):
    result = run_cli(
        "post",
        "add",
        "Hi",
        "-a",
        "snapchat",
        "--at",
        "whenever you like",
        home=demo_home,
        env={"MEDSOCIAL_USER": "jreyes"},
    )
    assert result.returncode == 2
    assert "tomorrow 8am" in result.stderr


def test_a_broken_config_gives_words_and_its_own_exit_code(demo_home):
    config = demo_home / "practice.toml"
    config.write_text(config.read_text().replace('timezone = "America/Chicago"', "timezone = "))
    result = run_cli("post", "list", home=demo_home)
    assert result.returncode == 4
    assert "practice.toml" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_newer_database_gives_words_and_its_own_exit_code(demo_home):
    import sqlite3

    db = sqlite3.connect(demo_home / "medsocial.db")
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('medsocial', '0999_later', 'x')"
    )
    db.commit()
    result = run_cli("post", "list", home=demo_home)
    assert result.returncode == 7
    assert "newer medsocial" in result.stderr


def test_plugins_lists_channels_with_capabilities():
    result = run_cli("plugins", "--json")
    data = json.loads(result.stdout)
    assert "manual" in data["channels"]
    assert data["channels"]["manual"]["capabilities"] == ["manual"]


def test_doctor_reports_in_words_and_fails_on_problems(demo_home):
    result = run_cli("doctor", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual"})
    assert result.returncode == 1
    assert "no plugin provides the channel" in result.stdout
    assert "not acknowledged by Sam Okafor, Tina Nguyen" in result.stdout


def test_doctor_refuses_a_world_readable_secrets_file(demo_home):
    os.chmod(demo_home / "secrets.toml", 0o644)
    result = run_cli("doctor", home=demo_home)
    assert result.returncode == 1
    assert "chmod 600" in result.stdout


def test_post_retry_takes_a_post_id_and_never_retries_another_posts_delivery(demo_home):
    """`post retry 13` by habit meant post 13; it retried delivery 13, post 6's, without a
    word. The number is the post's now, and a delivery is named with --delivery."""

    def shown(post_id: int) -> dict[str, str]:
        out = run_cli("post", "show", str(post_id), "--json", home=demo_home).stdout
        return {d["account"]: d["state"] for d in json.loads(out)["deliveries"]}

    assert shown(6)["google"] == "held" and shown(4)["facebook"] == "failed"
    nothing = run_cli("post", "retry", "13", home=demo_home)  # the demo has no post 13
    assert nothing.returncode != 0 and "13" in nothing.stderr
    assert shown(6)["google"] == "held"
    mine = run_cli("post", "retry", "4", home=demo_home)
    assert mine.returncode == 0, mine.stderr
    assert "post 4: delivery 8 (facebook) is scheduled again" in mine.stdout
    assert shown(4) == {"facebook": "scheduled", "google": "published"}
    other = run_cli("post", "retry", "4", "--delivery", "13", home=demo_home)
    assert other.returncode == 2 and "delivery 13 is post 6's (google), not post 4's" in (
        other.stderr
    )
    assert shown(6)["google"] == "held"
    one = run_cli("post", "retry", "6", "--account", "google", home=demo_home)
    assert one.returncode == 0, one.stderr
    assert shown(6) == {"facebook": "held", "google": "scheduled", "foursquare": "held"}
    by_number = run_cli("post", "retry", "--delivery", "12", home=demo_home)
    assert by_number.returncode == 0 and shown(6)["facebook"] == "scheduled"
    unknown = run_cli("post", "retry", "5", home=demo_home)
    assert unknown.returncode != 0 and "--anyway" in unknown.stderr
    assert run_cli("post", "retry", home=demo_home).returncode == 2
