"""`medsocial init` builds the practice's own config (never the example's contact details),
asks for each detail at a terminal or takes flags, and `doctor` lists what is left empty."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from medsocial_tui.home.demo import config_text
from medsocial_tui.home.homebuild import ContactDetails

from .conftest import run_cli

FLAGS = ("--practice", "Oak Family Medicine", "--timezone", "America/Denver")
EXAMPLE_DETAILS = ("555-0142", "Maple Street", "maplestreetdental")


def test_init_without_details_leaves_them_empty_not_the_examples(tmp_path):
    home = tmp_path / "oak"
    result = run_cli("init", "--home", str(home), *FLAGS, env={"MEDSOCIAL_USER": "maria"})
    assert result.returncode == 0, result.stderr
    text = (home / "practice.toml").read_text()
    practice = tomllib.loads(text)["practice"]
    assert [practice[k] for k in ("phone", "address", "website", "portal_url")] == [""] * 4
    assert not any(example in text for example in EXAMPLE_DETAILS)
    assert "left empty: phone, address, website, portal_url" in result.stdout


def test_init_keeps_the_whole_accounts_comment_and_no_example_pages_or_hours(tmp_path):
    text = config_text("Oak", "UTC", accounts=False, contact=ContactDetails())
    assert "`channel` names a plugin" in text
    assert "`base_url` overrides the network's API address." in text
    assert 'Remap keys: action = "key"' in text
    parsed = tomllib.loads(text)
    assert "accounts" not in parsed and parsed["hours"] == {}


def test_an_example_config_of_another_shape_still_makes_a_config_without_accounts(monkeypatch):
    """The comment carried over from above the table after the accounts is looked for by
    its line: an example where no such line is found (the accounts last, a header written
    another way) keeps no comment instead of raising."""
    from medsocial_tui.home import demo

    head = '[practice]\nname = "x"\ntimezone = "UTC"\n\n[hours]\nmon = "9-5"\n\n'
    accounts = '[[accounts]]\nid = "page-main"\nchannel = "demo"\nname = "Page"\n'
    assert demo._comment_above(head + accounts, "audit") == []
    for example in (head + accounts, head + accounts + "\n# the audit\n[ audit ]\nx = 1\n"):
        monkeypatch.setattr(demo, "example_config_text", lambda example=example: example)
        parsed = tomllib.loads(demo.config_text("Oak", "UTC", accounts=False))
        assert "accounts" not in parsed and parsed["hours"] == {}
        assert parsed["practice"]["name"] == "Oak"


def test_init_takes_the_details_as_flags(tmp_path):
    home = tmp_path / "oak"
    details = {
        "--phone": "+1 303 555 0100",
        "--address": "12 Oak Lane, Denver, CO 80202",
        "--website": "https://oakfamily.example.org",
        "--portal-url": "https://portal.oakfamily.example.org",
    }
    flags = [part for pair in details.items() for part in pair]
    result = run_cli("init", "--home", str(home), *FLAGS, *flags, env={"MEDSOCIAL_USER": "maria"})
    assert result.returncode == 0, result.stderr
    practice = tomllib.loads((home / "practice.toml").read_text())["practice"]
    assert practice["phone"] == "+1 303 555 0100"
    assert practice["portal_url"] == "https://portal.oakfamily.example.org"
    assert "left empty" not in result.stdout


def test_a_detail_that_is_not_usable_is_refused_and_nothing_is_made(tmp_path):
    home = tmp_path / "oak"
    for flag, value in (("--phone", "call us"), ("--website", "oakfamily")):
        result = run_cli("init", "--home", str(home), *FLAGS, flag, value)
        assert result.returncode == 2
        assert "leave it empty" in result.stderr and "Traceback" not in result.stderr
        assert not home.exists()


def test_init_asks_for_each_detail_at_a_terminal(tmp_path):
    home = tmp_path / "oak"
    main, side = os.openpty()
    exe = Path(sys.executable).parent / "medsocial"
    env = {**os.environ, "MEDSOCIAL_USER": "maria"}
    answers = "not a phone\n+1 303 555 0100\n\nhttps://oak.example.org\n\n"
    os.write(main, answers.encode())
    result = subprocess.run(
        [str(exe), "init", "--home", str(home), *FLAGS],
        stdin=side,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    os.close(main)
    os.close(side)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Phone patients call" in result.stdout and "Patient portal" in result.stdout
    assert "'not a phone' is not a phone number" in result.stderr
    practice = tomllib.loads((home / "practice.toml").read_text())["practice"]
    assert (practice["phone"], practice["address"]) == ("+1 303 555 0100", "")
    assert (practice["website"], practice["portal_url"]) == ("https://oak.example.org", "")


def test_doctor_lists_each_empty_contact_detail(tmp_path):
    home = tmp_path / "oak"
    run_cli(
        "init",
        "--home",
        str(home),
        *FLAGS,
        "--phone",
        "+1 303 555 0100",
        env={"MEDSOCIAL_USER": "maria"},
    )
    doctor = run_cli("doctor", home=home, env={"MEDSOCIAL_USER": "maria"})
    for key in ("address", "website", "portal_url"):
        assert f"practice.{key} is empty" in doctor.stdout
    assert "practice.phone is empty" not in doctor.stdout
