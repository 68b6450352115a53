"""``medsocial authorisation`` (and its other name ``consent``) and the post flags, through
the command line (click's runner, in this process): exit 11 when a testimonial has no authorisation, names never in
the database or the output."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from medsocial_tui.home import demo
from medsocial_tui.testing.cli import invoke


def cli(home: Path, *args: str, login: str = "frontdesk") -> subprocess.CompletedProcess[str]:
    return invoke(*args, home=home, login=login)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("MEDSOCIAL_USER", "frontdesk")
    return demo.build(tmp_path / "demo", login="frontdesk").root


def test_add_list_gate_and_revoke_from_the_command_line(home):
    added = cli(
        home,
        "authorisation",
        "add",
        "--patient",
        "Maria Lopez",
        "--scope",
        "text",
        "--networks",
        "all",
        "--signed",
        "2026-01-05",
        "--form",
        "binder 2, tab 14",
    )
    assert added.returncode == 0, added.stderr
    assert "authorisation 1 recorded" in added.stdout
    listed = cli(home, "consent", "list")
    assert "binder 2, tab 14" in listed.stdout and "valid" in listed.stdout
    assert "Maria" not in listed.stdout
    found = cli(home, "authorisation", "list", "--patient", "maria lopez", "--json")
    assert '"id": 1' in found.stdout

    blocked = cli(
        home,
        "post",
        "add",
        "Our patient Maria says she loves her new smile!",
        "-a",
        "facebook",
        "--submit",
    )
    assert blocked.returncode == 11
    assert "written authorisation" in blocked.stderr + blocked.stdout
    flagged = cli(
        home,
        "post",
        "add",
        "A big smile today.",
        "-a",
        "facebook",
        "--features-patient",
        "--submit",
    )
    assert flagged.returncode == 11

    allowed = cli(
        home,
        "post",
        "add",
        "Another success story from our hygiene team!",
        "-a",
        "facebook",
        "--authorisation",
        "1",
        "--submit",
    )
    assert allowed.returncode == 0, allowed.stderr + allowed.stdout

    revoked = cli(home, "authorisation", "revoke", "1")
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in revoked.stdout and "nothing to take down" in revoked.stdout
    again = cli(home, "authorisation", "revoke", "1")
    assert again.returncode == 10
    missing = cli(home, "authorisation", "revoke", "99")
    assert missing.returncode == 9


def test_bad_dates_and_a_colleague_without_rights_are_refused_in_words(home):
    bad = cli(
        home,
        "authorisation",
        "add",
        "--patient",
        "Maria Lopez",
        "--scope",
        "text",
        "--networks",
        "all",
        "--signed",
        "yesterday",
        "--form",
        "binder",
    )
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr + bad.stdout
    assert "Traceback" not in bad.stderr
    author = cli(
        home,
        "authorisation",
        "add",
        "--patient",
        "Maria Lopez",
        "--scope",
        "text",
        "--networks",
        "all",
        "--signed",
        "2026-01-05",
        "--form",
        "binder",
        login="jreyes",
    )
    assert author.returncode == 8


def test_an_expired_authorisation_is_recorded_with_a_warning_and_a_future_signing_refused(home):
    """Recording a form that had already expired, or one signed after today (a typo in the
    year), was accepted without a word."""
    common = ("authorisation", "add", "--patient", "Maria Lopez", "--scope", "text")
    old = cli(
        home,
        *common,
        "--networks",
        "all",
        "--signed",
        "2024-01-05",
        "--expires",
        "2025-01-05",
        "--form",
        "binder",
    )
    assert old.returncode == 0, old.stderr
    assert "warning: authorisation" in old.stderr and "expired on 2025-01-05" in old.stderr
    assert "no post can use it" in old.stderr and "Maria" not in old.stderr
    ahead = cli(home, *common, "--networks", "all", "--signed", "2099-01-05", "--form", "binder")
    assert ahead.returncode == 2 and "2099-01-05 is after today" in ahead.stderr
    listed = cli(home, "authorisation", "list", "--json")
    assert [a["signed_on"] for a in json.loads(listed.stdout)] == ["2024-01-05"]
    fine = cli(home, *common, "--networks", "all", "--signed", "2026-01-05", "--form", "binder")
    assert fine.returncode == 0 and "warning" not in fine.stderr
