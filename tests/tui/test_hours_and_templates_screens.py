"""From a fresh demo, "closed today: snow" reaches every connected account and sets special
hours in six keys, proven end to end against loopback fakes; undo and the template picker."""

from __future__ import annotations

import pytest
from medsocial_mastodon.fake import TOKEN, FakeMastodon

from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.operations import hours, hours_undo
from medsocial_tui.publishing import flush, queue
from medsocial_tui.testing import hours_reference
from medsocial_tui.testing.hours_reference import HoursNetwork
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle, workers_done


@pytest.fixture
def fakes():
    with FakeMastodon() as mastodon, HoursNetwork() as listing:
        yield mastodon, listing


@pytest.fixture
def demo_practice(tmp_path, monkeypatch, fakes):
    """The demo practice, its Mastodon account on a fake instance and its map listing on a
    loopback network with special hours."""
    mastodon, listing = fakes
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")
    home = demo.build(tmp_path / "demo", login="jreyes")
    text = home.config_path.read_text("utf-8")
    text = text.replace('base_url = "https://mastodon.social"', f'base_url = "{mastodon.base_url}"')
    text = text.replace(
        'channel = "google_business"',
        f'channel = "loopback_hours"\nbase_url = "{listing.base_url}"',
    )
    home.config_path.write_text(text, "utf-8")
    write_secrets(
        home, {"mastodon": {"access_token": TOKEN}, "google": {"access_token": "good-token"}}
    )
    practice = open_practice(home, extra_plugins=(hours_reference,))
    yield practice
    practice.close()


def newest_change(practice) -> hours_undo.HoursRecord:
    record = hours_undo.last_undoable(practice)
    assert record is not None
    return record


async def test_closed_today_for_snow_in_six_keys_then_flush(demo_practice, fakes):
    mastodon, listing = fakes
    app = create_app(practice=demo_practice)
    keys = ["o", "enter", "enter", "enter", "enter", "enter"]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await settle(pilot)
        body = str(app.screen.query_one("#hours-body").render())
        assert "special hours set" in body
    assert len(keys) == 6  # how long it takes is for benchmarks, never a test's assertion
    record = newest_change(demo_practice)
    assert (record.reason, record.kind) == (hours.Reason.INCLEMENT_WEATHER, hours.ChangeKind.CLOSED)
    post = queue.get(demo_practice.store, record.post_id)
    assert post.status == "approved" and post.kind == "hours_change"
    assert {d.account_id for d in post.deliveries} == {
        "google",
        "mastodon",
        "snapchat",
        "foursquare",
    }
    today = listing.special_hours[0]
    assert today["closed"] is True

    report = await flush.run(demo_practice)
    states = {o.account_id: o.state for o in report.outcomes if o.post_id == post.id}
    assert states == {
        "google": "published",
        "mastodon": "published",
        "snapchat": "todo",
        "foursquare": "todo",
    }
    assert "Maple Street Dental is closed today" in mastodon.statuses[-1]["content"]


async def test_opening_late_asks_for_the_time_and_f8_undoes_it(demo_practice, fakes):
    _, listing = fakes
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6", "down", "enter", "down", "enter", "enter")
        await pilot.press(*"10am", "enter", "enter", "enter")
        await settle(pilot)
        assert listing.special_hours[0]["opens"] == "10:00"
        record = newest_change(demo_practice)
        assert record.kind is hours.ChangeKind.OPENING_LATE
        assert record.reason is hours.Reason.POWER_OUTAGE
        done = str(app.screen.query_one("#hours-body").render())
        assert "F8: undo it." in done
        await pilot.press("f8")
        await settle(pilot)
        asked = " ".join(str(w.render()) for w in app.screen.query("#confirm TextStatic"))
        assert "what has not gone out is stopped; a correction is posted" in asked
        await pilot.press("enter")
        await settle(pilot)
        undone = str(app.screen.query_one("#hours-body").render())
        assert "undone" in undone and "F8: undo it." not in undone
    assert listing.special_hours == []
    assert hours_undo.get(demo_practice, record.id).undone_at is not None


async def test_an_incomplete_change_is_explained_in_the_preview(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "down", "down", "enter")
        await pilot.press("enter", "enter")
        await pilot.pause(0.3)
        assert "say the time you close" in str(app.screen.query_one("#hours-body").render())
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
    assert hours_undo.last_undoable(demo_practice) is None


async def write_qa_from_template(app, pilot) -> None:
    """Pick the Q&A card template, answer it, and wait for the drafts (written in a thread)."""
    app.action_go("templates")
    await pilot.pause()
    await pilot.press("end", "enter")
    await pilot.press(*"Why floss?", "enter", *"It cleans gaps.", "enter", "enter")
    await workers_done(app)
    await pilot.pause()
    assert type(app.screen).__name__ == "ComposeScreen"


async def test_the_template_picker_writes_a_qa_card_and_opens_compose(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await write_qa_from_template(app, pilot)
        post = app.screen.post
    assert post.kind == "qa" and post.media[0]["width"] == 1080
    assert post.media[0]["alt_text"].startswith("Q&A card from Maple Street Dental")
    assert (demo_practice.home.root / post.media[0]["path"]).is_file()


def test_the_hours_key_is_listed_with_a_tooltip(demo_practice):
    app = create_app(practice=demo_practice)
    binding = next(b for b in app.BINDINGS if getattr(b, "id", None) == "hours")
    assert binding.key == "o,f6" and binding.tooltip


async def test_the_queue_shows_my_own_hours_change_when_i_come_back(demo_practice):
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = len(app.screen.loaded)
        notices_before = sum(p.kind == "hours_change" for p in app.screen.loaded)
        await pilot.press("o", "enter", "enter", "enter", "enter", "enter")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"
        assert len(app.screen.loaded) == before + 1
        assert sum(p.kind == "hours_change" for p in app.screen.loaded) == notices_before + 1


async def test_a_template_draws_its_card_and_writes_its_drafts_off_the_ui_thread(
    demo_practice, monkeypatch
):
    """Drawing a Q&A card and writing the drafts may take a moment (and the database may
    wait for flush's lock): keys must never wait for them."""
    import threading

    from medsocial_tui import templates

    threads: list[str] = []
    real = templates.create_posts

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(templates, "create_posts", recording)
    app = create_app(practice=demo_practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await write_qa_from_template(app, pilot)
    assert threads and threading.main_thread().name not in threads
