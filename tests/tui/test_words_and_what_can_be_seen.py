"""Words at 80 columns that are neither cut nor the database's ids, and what a person could not
see before: a Q&A card's file and size, what review must know, a card that follows its text,
text search, and palette words."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Select, Static, TextArea
from textual.widgets._footer import FooterKey

from medsocial_tui.home.practice import open_practice
from medsocial_tui.models import Role
from medsocial_tui.publishing import queue
from medsocial_tui.records import staff
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.commands import ActionCommands
from medsocial_tui.tui.pilot import plain_text

from .conftest import one_app
from .test_compose_and_review import settle


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


@pytest.fixture
def with_templates(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,templates")


async def write_qa_card(app, pilot, question: str = "Why floss?", answer: str = "It cleans gaps."):
    app.action_go("templates")
    await pilot.pause()
    await pilot.press("end", "enter")
    await pilot.press(*question, "enter", *answer, "enter", "enter")
    await settle(pilot)
    assert type(app.screen).__name__ == "ComposeScreen"


# ------------------------------------------------------------------ 16: what cannot be seen


async def test_a_qa_card_shows_where_it_lies_and_its_size(practice_as, with_templates):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await write_qa_card(app, pilot)
        card = app.screen.media[0]
        path = practice.home.root / card["path"]
        size_kb = f"{path.stat().st_size / 1000:.0f} KB"
        preview = str(app.screen.query_one("#preview-body", Static).render())
        assert f"Attached: {card['name']} ({size_kb}, 1080x1350) at {path}" in preview
        shown = str(app.screen.query_one("#media-list", Static).render())
        assert f"attached: {card['name']}" in shown
        post_id = app.screen.post.id
        await pilot.press("f3")
        await settle(pilot)
        from medsocial_tui.tui.screens.post import PostScreen

        await app.push_screen(PostScreen(post_id))
        await pilot.pause()
        text = str(app.screen.query_one("#post-text", Static).render())
        assert f"Attached: {card['name']} ({size_kb}, 1080x1350) at {path}" in text


async def test_editing_a_qa_posts_text_draws_its_card_again(practice_as, with_templates):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    said: list[str] = []  # a notice times out: on a busy machine before the test reads it
    show = app.notify

    def notify(message, *args, **kwargs):
        said.append(str(message))
        return show(message, *args, **kwargs)

    app.notify = notify
    async with app.run_test(size=(80, 24)) as pilot:
        await write_qa_card(app, pilot)
        before = dict(app.screen.media[0])
        area = app.screen.query_one(TextArea)
        area.load_text(area.text.replace("It cleans gaps.", "It cleans between teeth."))
        await settle(pilot)
        await settle(pilot)
        after = app.screen.media[0]
        assert after["path"] != before["path"]
        assert (practice.home.root / after["path"]).is_file()
        assert "It cleans between teeth." in after["alt_text"]
        assert any("drawn again to match the text" in words for words in said)
        await pilot.press("f3")
        await settle(pilot)
    post = queue.get(practice.store, practice.store.one("SELECT max(id) AS id FROM posts")["id"])
    assert post.media[0]["path"] == after["path"]


async def guard_read(app, pilot) -> str:
    """The review's detail once the guard's worker has written its findings under the post:
    the first guard of a process loads its patterns and its tagger, which on a fresh
    machine can take longer than one pause (the detail says "Guard: checking…" till then)."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    return str(app.screen.query_one("#detail", Static).render())


async def test_review_tells_attachments_and_the_earlier_send_back_reason(
    practice_as, with_templates
):
    author = practice_as("jreyes")
    app = create_app(practice=author)
    async with app.run_test(size=(80, 24)) as pilot:
        await write_qa_card(app, pilot)
        await pilot.press("tab", "down", "down", "down", "down", "space")
        await pilot.press("f4")
        await settle(pilot)
    post_id = author.store.one("SELECT max(id) AS id FROM posts")["id"]
    approver = practice_as("mchen")
    queue.send_back(approver, post_id, "Add the ADA link")
    author = practice_as("jreyes")
    queue.submit(author, post_id)
    card = queue.get(author.store, post_id).media[0]

    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        while app.screen.selected().id != post_id:
            await pilot.press("down")
        detail = await guard_read(app, pilot)
        assert "Sent back before: Add the ADA link" in detail
        assert f"Attached: {card['name']} (" in detail


async def test_review_tells_an_earlier_guard_override_and_what_the_guard_finds(practice_as):
    author = practice_as("jreyes")
    post = queue.create(
        author, queue.Compose(text="Happy birthday Maria from all of us", accounts=["snapchat"])
    )
    queue.override_guard(
        practice_as("lbrooks"), post.id, "a staff member, named with her written consent"
    )
    queue.submit(practice_as("jreyes"), post.id)

    app = create_app(practice=practice_as("mchen"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        while app.screen.selected().id != post.id:
            await pilot.press("down")
        detail = await guard_read(app, pilot)
        assert "Guard block: name" in detail
        assert (
            "Guard before: the guard's stop was overridden by lbrooks: a staff member, named "
            "with her written consent" in detail
        )


async def test_find_searches_the_words_of_posts(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"FLU", "enter")
        await pilot.pause()
        loaded = app.screen.loaded
        assert loaded and all("flu" in p.text.lower() for p in loaded)
        assert len(loaded) < 12
        assert '"FLU"' in str(app.screen.query_one("#status-line", Static).render())


PALETTE_WORDS = {
    "snow": "Hours: post an hours change",
    "closed": "Hours: post an hours change",
    "card": "Templates: write a post from a template",
    "approve": "Go: Review",
    "training": "Staff: List",
}


async def palette_hits(pilot, words: str) -> list[str]:
    return [str(hit.text) async for hit in ActionCommands(pilot.app.screen).search(words)]


@pytest.mark.parametrize("words, title", PALETTE_WORDS.items())
async def test_the_palette_finds_actions_by_the_words_people_use(seen_once, words, title):
    hits = await seen_once("ppatel", list(PALETTE_WORDS), palette_hits, words)
    assert title in hits


# ------------------------------------------------------------------ 17: words at 80 columns


@one_app("jreyes")
async def test_a_sent_back_post_reads_sent_back_and_the_calendar_says_waiting_for_review(
    pilot,
) -> None:
    await pilot.pause()
    screen = pilot.app.screen
    row = next(i for i, p in enumerate(screen.loaded) if p.status == "rejected")
    screen.query_one(DataTable).move_cursor(row=row)
    await pilot.pause()
    detail = str(screen.query_one("#detail", Static).render())
    assert "· sent back ·" in detail and "rejected" not in detail
    await pilot.press("c")
    await pilot.pause()
    calendar = pilot.app.screen
    texts = []
    for (row, column), _posts in calendar.slots.items():
        calendar.query_one(DataTable).cursor_coordinate = (row, column)
        await pilot.pause()
        texts.append(str(calendar.query_one("#detail", Static).render()))
    assert any("(waiting for review)" in t for t in texts)
    assert not any("in_review" in t for t in texts)


async def test_one_account_is_one_account_and_an_undone_change_offers_no_undo(
    demo_home, monkeypatch
):
    config = demo_home / "practice.toml"
    config.write_text(
        config.read_text().replace('id = "foursquare"', 'id = "foursquare"\nenabled = false'),
        "utf-8",
    )
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("o", "enter", "enter", "enter", "enter")
            await pilot.pause()
            assert type(app.screen).__name__ == "Confirm"
            assert app.screen.question == "Post to 1 account?"
    finally:
        practice.close()


@one_app("jreyes")
async def test_compose_speaks_of_f5_for_own_text_and_post_types_in_words(pilot) -> None:
    await pilot.press("n")
    await settle(pilot)
    bindings = pilot.app.screen.active_bindings
    assert bindings["f5"].binding.description == "Own text"
    assert not any("f6" in b.key.split(",") for b in pilot.app.screen.BINDINGS)
    assert bindings["f6"].binding.description != "Text for"
    kinds = [str(label) for label, _value in pilot.app.screen.query_one(Select)._options]
    assert "Q&A card" in kinds and "hours change" in kinds
    assert "qa" not in kinds and "hours_change" not in kinds


@one_app("jreyes")
async def test_an_untouched_compose_leaves_without_asking(pilot) -> None:
    await pilot.press("n")
    await settle(pilot)
    await pilot.press("escape")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "QueueScreen"


@one_app("jreyes")
async def test_compose_help_tells_tab_and_space(pilot) -> None:
    for key in ("n", "f1"):
        await pilot.press(key)
        await settle(pilot)
    text = plain_text(pilot.app.screen.body())
    assert "Tab moves between the text, the accounts" in text
    assert "Space ticks [x]" in text


async def test_the_staff_footer_fits_80_columns(practice_as):
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        status = str(app.screen.query_one("#status-line", Static).render())
        assert status.endswith("manager: Jordan Reyes") and len(status) <= 78
        keys = list(app.screen.query(FooterKey))
        assert keys and all(0 < k.region.right <= 80 for k in keys)
        assert any(k.description == "Policy" for k in keys)


async def test_long_logins_network_names_and_practice_names_are_not_cut(demo_home, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,mastodon,meta")
    config = demo_home / "practice.toml"
    long_name = "Maple Street Dental and Orthodontics of Greater Springfield County"
    config.write_text(
        config.read_text().replace('name = "Maple Street Dental"', f'name = "{long_name}"', 1),
        "utf-8",
    )
    practice = open_practice(demo_home)
    staff.add(
        ActingAs(practice.store, "ppatel"),
        login="frontdesk",
        name="Front Desk",
        roles={Role.AUTHOR},
    )
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            author = app.screen.query_one(DataTable).columns["author"]
            assert author.width >= len("frontdesk")
            assert len(f"medsocial — {app.sub_title}") <= 62
            assert app.sub_title.split(" · ")[0].endswith("…")
            await pilot.press("h")
            await pilot.pause()
            table = app.screen.query_one("#accounts", DataTable)
            network = list(table.columns.values())[1]
            assert network.width >= len("Facebook Page")
    finally:
        practice.close()


def test_kind_words_and_counts_read_as_people_speak():
    from medsocial_tui.tui.words import count, kind_words, post_status

    assert count(1, "account") == "1 account" and count(2, "account") == "2 accounts"
    assert post_status("rejected") == "sent back"
    assert kind_words("qa") == "Q&A card"


def test_an_approvers_note_is_not_called_a_reason_for_sending_back():
    from medsocial_tui.tui.words import review_note_words

    assert review_note_words("rejected", "Add the link") == "Sent back: Add the link"
    assert review_note_words("draft", "Add the link") == "Sent back before: Add the link"
    assert review_note_words("in_review", "Add the link") == "Sent back before: Add the link"
    assert review_note_words("approved", "Fine for Monday") == "Approver's note: Fine for Monday"
    assert review_note_words("canceled", "Add the link") == "Review note: Add the link"
