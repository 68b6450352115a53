"""What the practice's IT person meets setting medsocial up: every fix names something they
can do, and none sends them to a package index for a name guessed from a typo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from medsocial_tui.testing.cli import invoke, run_process


def _with_account(home: Path, channel: str) -> None:
    with (home / "practice.toml").open("a") as f:
        f.write(f'\n[[accounts]]\nid = "typo"\nchannel = "{channel}"\nname = "Typo"\n')


def test_doctor_names_the_installed_channel_a_typo_meant(demo_home: Path) -> None:
    _with_account(demo_home, "mastadon")
    result = invoke("doctor", home=demo_home)
    assert result.returncode == 1
    assert "no plugin provides the channel 'mastadon'" in result.stdout
    assert "did you mean 'mastodon'?" in result.stdout
    assert "pip install" not in result.stdout


def test_doctor_on_a_channel_like_none_installed_lists_what_is(demo_home: Path) -> None:
    _with_account(demo_home, "myspace")
    result = invoke("doctor", home=demo_home)
    assert result.returncode == 1
    assert "did you mean" not in result.stdout
    assert "installed: " in result.stdout and "mastodon" in result.stdout
    assert "pip install medsocial-myspace" not in result.stdout


def test_a_newer_database_says_how_this_install_is_updated(demo_home: Path) -> None:
    db = sqlite3.connect(demo_home / "medsocial.db")
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('medsocial', '0999_later', 'x')"
    )
    db.commit()
    db.close()
    result = invoke("post", "list", home=demo_home)
    assert result.returncode == 7
    assert "git pull && make install" in result.stderr
    assert "pip install" not in result.stderr


def test_init_keeps_what_each_table_of_practice_toml_is_for(tmp_path: Path) -> None:
    home = tmp_path / "maple"
    result = invoke(
        "init", "--home", str(home), "--practice", "Maple", "--timezone", "America/Chicago"
    )
    assert result.returncode == 0, result.stderr
    text = (home / "practice.toml").read_text()
    above_audit = text.split("\n[audit]\n")[0].splitlines()[-2:]
    assert above_audit == [
        "# The audit chain's newest head is also written where staff cannot change it, so deleting",
        "# the newest events or rewriting the database is caught by `medsocial audit verify`.",
    ]
    assert text.count("# Remap keys") == 1
    assert text.index("# Remap keys") > text.index("[alerts]")


def test_submitting_a_post_says_what_happens_next(demo_home: Path) -> None:
    made = invoke("post", "add", "Parking lot closed Saturday", "-a", "snapchat", home=demo_home)
    assert made.returncode == 0, made.stderr
    post_id = made.stdout.split()[1]
    result = invoke("post", "submit", post_id, home=demo_home)
    assert result.returncode == 0, result.stderr
    assert "waits for an approver" in result.stdout
    assert f"`medsocial post approve {post_id}`" in result.stdout
    assert "in_review" not in result.stdout


def test_doctor_on_a_new_home_points_at_the_draft_init_made(tmp_path: Path) -> None:
    home = tmp_path / "maple"
    made = invoke("init", "--home", str(home), "--practice", "Maple", "--timezone", "UTC")
    assert made.returncode == 0, made.stderr
    result = invoke("doctor", home=home)
    assert "no social-media policy is published" in result.stdout
    # not "`medsocial policy draft`": that made a second draft beside init's
    assert "`medsocial policy publish 1`" in result.stdout
    assert "policy draft`" not in result.stdout


def test_metrics_on_a_new_practice_say_what_to_do_next(tmp_path: Path) -> None:
    home = tmp_path / "maple"
    made = invoke("init", "--home", str(home), "--practice", "Maple", "--timezone", "UTC")
    assert made.returncode == 0, made.stderr
    result = invoke("metrics", "show", home=home)
    assert result.returncode == 0, result.stderr
    numbers = result.stdout.split("## The numbers")[1].split("##")[0]
    assert "No accounts yet: add them to practice.toml" in numbers


def test_doctor_says_where_a_missing_token_comes_from_in_one_sentence(demo_home: Path) -> None:
    result = invoke("doctor", home=demo_home, env={"MEDSOCIAL_PLUGINS": "manual,mastodon"})
    line = " ".join(result.stdout.split())
    assert (
        "set MEDSOCIAL_SECRET_MASTODON_ACCESS_TOKEN (Access token: from Preferences > "
        "Development > New application" in line
    )
    assert "ACCESS_TOKEN. from" not in line


def test_inbox_fetch_marks_an_unconnected_account_as_doctor_does(tmp_path: Path) -> None:
    home = tmp_path / "maple"
    made = invoke("init", "--home", str(home), "--practice", "Maple", "--timezone", "UTC")
    assert made.returncode == 0, made.stderr
    with (home / "practice.toml").open("a") as f:
        f.write(
            '\n[[accounts]]\nid = "masto"\nchannel = "mastodon"\nname = "Maple"\n'
            '[accounts.settings]\nbase_url = "https://mastodon.example"\n'
        )
    result = run_process("inbox", "fetch", home=home)
    assert result.returncode == 1
    assert result.stdout.startswith("FAIL  masto: Maple is not connected: add access_token")
    assert "not_connected" not in result.stdout


def test_the_step_by_step_crontab_runs_every_scheduled_command() -> None:
    """deploy.md's step 6 is what the IT person copies: without metrics fetch the
    performance screen and the owner's report say no counters were read, for ever."""
    deploy = (Path(__file__).resolve().parents[2] / "docs" / "deploy.md").read_text()
    crontab = deploy.split("```cron\n")[1].split("```")[0]
    for command in ("flush", "inbox fetch", "metrics fetch"):
        assert f"/srv/medsocial/maple {command}\n" in crontab, command
