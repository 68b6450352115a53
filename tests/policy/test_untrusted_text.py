"""Text a colleague typed is shown as text: HTML in a policy is escaped in the Markdown
export, logins are plain system logins and names carry no control, direction-override or
look-alike tricks. Exports and secrets are written through private, unpredictable temporary
files that never follow a planted link."""

from __future__ import annotations

import stat

import pytest

from medsocial_tui.errors import UsageError
from medsocial_tui.home.config import Home, write_secrets
from medsocial_tui.models import Role
from medsocial_tui.records import exports, policy, staff
from medsocial_tui.records.acting import ActingAs

from .conftest import ADMIN

AUTHOR = frozenset({Role.AUTHOR})


def test_html_in_a_policy_is_escaped_in_the_markdown_export(store, tmp_path):
    draft = policy.latest_draft(store)
    policy.set_section(
        ActingAs(store, ADMIN),
        draft.number,
        "scripts",
        'See <script>alert("x")</script> & <img src=x>',
        title="<b>Bold</b> rules",
    )
    written = _export(store, draft.number, tmp_path)
    text = written.read_text("utf-8")
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text and "&lt;b&gt;Bold&lt;/b&gt; rules" in text
    assert "Oak &lt;i&gt;Dental&lt;/i&gt;" in text


def _export(store, number, tmp_path):
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    practice = SimpleNamespace(
        store=store,
        login=ADMIN,
        tz=ZoneInfo("America/Chicago"),
        config=SimpleNamespace(name="Oak <i>Dental</i>"),
        home=SimpleNamespace(exports_dir=tmp_path / "exports"),
    )
    return exports.export_policy(practice, number).path


def test_an_export_does_not_follow_a_link_planted_at_its_old_temporary_name(store, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (folder / ".policy-v1.md.tmp").symlink_to(victim)
    path = _export(store, 1, tmp_path)
    assert victim.read_text() == "untouched"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.is_symlink()


def test_secrets_do_not_follow_a_link_planted_at_the_old_temporary_name(tmp_path):
    home = Home(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (tmp_path / "secrets.tmp").symlink_to(victim)
    write_secrets(home, {"fb": {"token": "s3cret"}})
    assert victim.read_text() == "untouched"
    assert stat.S_IMODE(home.secrets_path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".secrets")] == []


@pytest.mark.parametrize(
    "login",
    ["sаm", "Sam", "sam.o", "1sam", "-sam", "sam\u202e", "sam\n", "s" * 33, ""],
)
def test_a_login_that_is_not_a_plain_system_login_is_refused(store, login):
    with pytest.raises(UsageError) as refused:
        staff.add(ActingAs(store, ADMIN), login=login, name="Sam Okafor", roles=AUTHOR)
    assert "not a system login" in refused.value.what
    assert "lowercase a-z" in refused.value.fix


def test_a_lookalike_login_names_the_odd_character(store):
    with pytest.raises(UsageError) as refused:
        staff.add(ActingAs(store, ADMIN), login="sаm", name="Sam", roles=AUTHOR)
    assert "CYRILLIC SMALL LETTER A" in refused.value.what


@pytest.mark.parametrize(
    "name", ["Sam \u202eOkafor", "Sam\x00Okafor", "Sam\u200fOkafor", "Sam\x1b[31mOkafor"]
)
def test_a_name_with_control_or_direction_characters_is_refused(store, name):
    with pytest.raises(UsageError) as refused:
        staff.add(ActingAs(store, ADMIN), login="sam", name=name, roles=AUTHOR)
    assert "U+" in refused.value.what
    staff.add(ActingAs(store, ADMIN), login="sam", name="Sam Okafor", roles=AUTHOR)
    with pytest.raises(UsageError):
        staff.change(ActingAs(store, ADMIN), "sam", name=name)


def test_a_name_is_stored_normalised(store):
    member = staff.add(ActingAs(store, ADMIN), login="sam", name="  Ｓam   Okafor ", roles=AUTHOR)
    assert member.name == "Sam Okafor"
