"""The manual channel: due posts become to-dos with the text to copy; nothing is sent."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from medsocial_manual import ManualChannel
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.cli import main
from medsocial_tui.compose import media
from medsocial_tui.home import health
from medsocial_tui.publishing import flush
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.practice_home import (
    LOGIN,
    approved_post,
    delivery,
    practice_with_account,
)


@pytest.fixture
def channel() -> ManualChannel:
    return ManualChannel()


@pytest.fixture
def account() -> kit.Account:
    return kit.Account(
        id="snapchat",
        channel="manual",
        name="Snapchat (posted by hand)",
        base_url="",
        settings={"network": "Snapchat", "profile_url": "https://www.snapchat.com/add/maple"},
    )


def test_what_snapchats_app_will_not_take_is_said_while_composing(channel, account, tmp_path):
    """Posted by hand, so warnings, not refusals: a Snapchat post with no photo or video,
    a file type Snapchat does not take."""
    bare = channel.validate(kit.Draft("Snow day: closed"), account)
    assert [(p.message, p.severity) for p in bare] == [
        ("Snapchat posts need one photo or video: add it here", "warning")
    ]
    gif = tmp_path / "sign.gif"
    Image.new("RGB", (90, 160)).save(gif)
    typed = channel.validate(kit.Draft("Snow day", (kit.Media(gif, "Sign"),)), account)
    assert [p.message for p in typed] == ["sign.gif: Snapchat takes JPEG, MP4, PNG files"]
    assert not [p for p in typed if p.blocking]
    foursquare = kit.Account("fsq", "manual", "Foursquare", "", settings={"network": "Foursquare"})
    assert channel.validate(kit.Draft("Open late Thursday"), foursquare) == []


async def test_the_hand_off_carries_the_text_media_and_how_to_resolve(channel, account, tmp_path):
    image = tmp_path / "hours.jpg"
    draft = kit.Draft(
        "Snow day: closed", (kit.Media(image, "Closed sign"),), link="https://maple.example"
    )
    with pytest.raises(kit.HandOff) as handed:
        await channel.publish(None, publish_request(account, draft))
    message = handed.value.message
    assert message.startswith(
        "Post this on Snapchat by hand at https://www.snapchat.com/add/maple."
    )
    assert "vertical 9:16" in message
    assert f"Attach {image} (alt text: Closed sign)" in message
    assert "medsocial post resolve 1 --published-url URL" in message
    assert message.endswith("Text to copy:\nSnow day: closed\n\nhttps://maple.example")


def test_known_limits_for_snapchat_and_foursquare(channel, account):
    assert channel.limits(account).max_chars == 250
    foursquare = kit.Account("fsq", "manual", "Foursquare", "", settings={"network": "Foursquare"})
    assert channel.limits(foursquare).max_chars == 200
    assert channel.limits(None).max_chars is None


def _manual_practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    return practice_with_account(
        tmp_path / "home",
        account_id="snapchat",
        channel="manual",
        base_url="http://127.0.0.1:9",
        settings={"network": "Snapchat", "profile_url": "https://www.snapchat.com/add/maple"},
    )


async def test_a_due_post_becomes_a_todo_listed_with_its_text(tmp_path, monkeypatch):
    practice = _manual_practice(tmp_path, monkeypatch)
    image = tmp_path / "sign.jpg"
    Image.new("RGB", (40, 30), "white").save(image, format="JPEG")
    picture = media.attach(practice, image, "Closed sign")
    post_id = approved_post(
        practice, "Closed today: snow.\nStay safe!", ["snapchat"], media=[picture]
    )
    report = await flush.run(practice)
    assert [o.state for o in report.outcomes] == ["todo"]
    row = delivery(practice, post_id)
    assert row["state"] == "todo" and row["attempts"] == 1

    home = str(practice.home.root)
    result = CliRunner().invoke(main, ["--home", home, "todo"])
    assert result.exit_code == 0, result.output
    assert f"to-do {row['id']}: Snapchat (snapchat account), waiting 0 min" in result.output
    assert "    Closed today: snow.\n    Stay safe!\n" in result.output
    stored = practice.home.root / picture["path"]
    assert f"  attach: {stored}  (alt text: Closed sign)" in result.output
    assert f"medsocial post resolve {row['id']} --published-url URL" in result.output

    listed = json.loads(CliRunner().invoke(main, ["--home", home, "todo", "--json"]).output)
    assert listed[0]["text"] == "Closed today: snow.\nStay safe!"
    assert listed[0]["overdue"] is False

    done = CliRunner().invoke(
        main,
        [
            "--home",
            home,
            "post",
            "resolve",
            str(row["id"]),
            "--published-url",
            "https://snap.example/1",
        ],
    )
    assert done.exit_code == 0, done.output
    assert delivery(practice, post_id)["state"] == "published"
    assert "nothing to post by hand" in CliRunner().invoke(main, ["--home", home, "todo"]).output
    practice.close()


async def test_an_overdue_todo_is_flagged_by_todo_and_the_doctor(tmp_path, monkeypatch):
    practice = _manual_practice(tmp_path, monkeypatch)
    post_id = approved_post(practice, "Flu shots Friday", ["snapchat"])
    await flush.run(practice)
    row = delivery(practice, post_id)
    with practice.store.write() as db:
        db.conn.execute(
            "UPDATE deliveries SET updated_at=? WHERE id=?",
            (clock.to_iso(clock.now() - timedelta(hours=5)), row["id"]),
        )
    output = CliRunner().invoke(main, ["--home", str(practice.home.root), "todo"]).output
    assert "waiting 5 h  OVERDUE" in output
    findings = [f for f in health.account_findings(practice) if "overdue" in f.message]
    assert (
        findings[0].message
        == f"overdue: to-do {row['id']} (post on Snapchat by hand) has waited 5 h"
    )
    assert "medsocial todo" in findings[0].fix
    practice.close()
