"""Channels: each account's plugin, access and last post (a quiet page is flagged), and the
to-dos to post by hand, marked out from here."""

from __future__ import annotations

from datetime import timedelta

import pytest
from medsocial_mastodon.fake import TOKEN, FakeMastodon
from textual.widgets import DataTable

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue_views
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle

from .conftest import one_app


def row_of(app, account_id: str) -> list[str]:
    table = app.screen.query_one("#accounts", DataTable)
    return [str(c) for c in table.get_row(account_id)]


async def open_channels(pilot) -> None:
    await pilot.press("h")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "ChannelsScreen"


@one_app("jreyes")
async def test_accounts_show_plugin_access_and_last_post(pilot) -> None:
    await open_channels(pilot)
    assert row_of(pilot.app, "facebook")[2] == "no plugin"
    assert row_of(pilot.app, "mastodon")[1:4] == ["Mastodon", "missing", "today"]
    assert row_of(pilot.app, "snapchat")[2] == "by hand"


async def test_a_quiet_page_is_flagged(practice_as):
    practice = practice_as("jreyes")
    long_ago = clock.to_iso(clock.now() - timedelta(days=40))
    with practice.store.write() as db:
        db.conn.execute("UPDATE accounts SET last_published_at=? WHERE id='mastodon'", (long_ago,))
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_channels(pilot)
        row = row_of(app, "mastodon")
        assert row[3] == "40 d ago"
        assert "quiet for 40 days" in str(app.screen.query_one("#notes").render()) or any(
            "quiet" in f.message for s in app.screen.statuses for f in s.findings
        )


async def test_a_todo_shows_copy_ready_text_and_is_marked_out_here(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_channels(pilot)
        await pilot.press("tab")
        await settle(pilot)
        notes = str(app.screen.query_one("#notes").render())
        assert "Post on Snapchat at https://www.snapchat.com/add/maplestdental" in notes
        assert "Flu season is here." in notes
        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"https://snapchat.example/s/1", "enter")
        await settle(pilot)
        assert app.screen.todos == []
    assert queue_views.todos(practice) == []


def mastodon_at(tmp_path, monkeypatch, base_url: str, token: str):
    """The demo practice, its mastodon account at ``base_url`` with ``token``."""
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon")
    home = demo.build(tmp_path / "demo", login="jreyes")
    text = home.config_path.read_text("utf-8")
    home.config_path.write_text(
        text.replace('base_url = "https://mastodon.social"', f'base_url = "{base_url}"'), "utf-8"
    )
    write_secrets(home, {"mastodon": {"access_token": token}})
    return open_practice(home)


async def ask_online(pilot) -> None:
    await open_channels(pilot)
    await pilot.press("t")
    await settle(pilot)


@pytest.mark.parametrize(("token", "shown"), [(TOKEN, "signed in as @"), ("stale", "FAILED: ")])
async def test_test_online_asks_the_network_and_shows_its_answer(
    tmp_path, monkeypatch, token, shown
):
    """t asks each network, off the UI thread, whether the credentials work; the answer (or
    the refusal, in words) replaces the account's health words."""
    with FakeMastodon() as mastodon:
        practice = mastodon_at(tmp_path, monkeypatch, mastodon.base_url, token)
        try:
            app = create_app(practice=practice)
            async with app.run_test(size=(80, 24)) as pilot:
                await ask_online(pilot)
                assert row_of(app, "mastodon")[4].startswith(shown)
                assert token not in " ".join(row_of(app, "mastodon"))
        finally:
            practice.close()


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


@one_app("jreyes")
async def test_test_online_asks_no_account_without_credentials_and_says_so(pilot) -> None:
    await open_channels(pilot)
    await pilot.press("t")
    await settle(pilot)
    assert "credential 'access_token'" in row_of(pilot.app, "mastodon")[4]
    assert "Not asked, not connected yet: facebook, instagram" in notices(pilot.app)


async def test_an_unreachable_network_is_named_with_what_to_check(tmp_path, monkeypatch):
    # the discard port: nothing listens there
    practice = mastodon_at(tmp_path, monkeypatch, "http://127.0.0.1:9", TOKEN)
    try:
        app = create_app(practice=practice)
        async with app.run_test(size=(80, 24)) as pilot:
            await ask_online(pilot)
            assert app.screen.online["mastodon"] == (
                "could not reach Mastodon: check the network and the account's base_url"
            )
    finally:
        practice.close()
