"""Compose a post for several accounts with live previews, then another staff member
approves it in the review screen: all by keyboard, at 80x24."""

from __future__ import annotations

from textual.widgets import Static, TextArea

from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle as pilot_settle
from medsocial_tui.tui.screens.compose import PREVIEW_DELAY


async def type_post(pilot, text: str, account_downs: list[int], when: str) -> None:
    await pilot.press("n")
    await pilot.pause()
    pilot.app.screen.query_one(TextArea).insert(text)
    await pilot.press("tab")
    position = 0
    for target in account_downs:
        await pilot.press(*["down"] * (target - position), "space")
        position = target
    await pilot.press("tab")
    await pilot.press(*when)
    await settle(pilot)


async def settle(pilot) -> None:
    """Let the debounced preview start, then wait until it shows what was typed."""
    await pilot_settle(pilot, PREVIEW_DELAY + 0.1)


def newest(store):
    return queue.get(store, store.one("SELECT max(id) AS id FROM posts")["id"])


def preview(app) -> str:
    return str(app.screen.query_one("#preview-body", Static).render())


async def test_the_preview_counts_per_channel_and_marks_phi(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Call Maria at 217-555-0199 about the visit", [3], "tomorrow 9am")
        text = preview(app)
        assert "BLOCKS: phone" in text
        assert "mastodon" in text and "/500 characters" in text
        assert "tomorrow" in str(app.screen.query_one("#when-words", Static).render())


async def test_the_preview_names_the_learned_taggers_finding_and_its_probability(practice_as):
    """Where no rule found anything the learned tagger's finding shows as a rule's does:
    its label, the words, and its reason with the probability (compliance/learned.py)."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(
            pilot, "Wishing a speedy recovery to the Royal Darwin crew too", [3], "tomorrow 9am"
        )
        text = " ".join(preview(app).split())
        assert "BLOCKS: geo 'Royal Darwin': the learned tagger reads it as a town" in text
        assert "(probability " in text and "[learned.geo]" in text


async def test_an_unreadable_time_is_shown_before_saving(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots", [3], "whenever")
        assert "cannot read 'whenever'" in str(app.screen.query_one("#when-words", Static).render())


async def test_a_post_with_phi_is_saved_but_not_submitted(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Happy birthday Maria, see you 217-555-0199", [4], "tomorrow 9am")
        await pilot.press("f4")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
    assert newest(practice.store).status == "draft"


async def test_compose_submit_then_another_approver_approves(practice_as):
    author = practice_as("jreyes")
    app = create_app(practice=author)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(
            pilot, "Flu shots all week, no appointment needed.", [3, 4, 5], "tomorrow 9am"
        )
        await pilot.press("f4")
        await settle(pilot)
        assert type(app.screen).__name__ == "QueueScreen"
    post = newest(author.store)
    assert post.status == "in_review"
    assert [d.account_id for d in post.deliveries] == ["mastodon", "snapchat", "foursquare"]

    approver = practice_as("mchen")
    app = create_app(practice=approver)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        ids = [p.id for p in app.screen.rows]
        assert post.id in ids
        while app.screen.selected().id != post.id:
            await pilot.press("down")
        await pilot.press("a")
        await settle(pilot)
    approved = queue.get(approver.store, post.id)
    assert approved.status == "approved" and approved.approved_by == "mchen"


async def test_review_offers_nothing_to_an_author_without_the_role(practice_as):
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "QueueScreen"


async def test_send_back_asks_for_a_reason(practice_as):
    practice = practice_as("ppatel")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        post_id = app.screen.selected().id
        await pilot.press("b")
        await pilot.pause()
        await pilot.press(*"Please cite the ADA")
        await pilot.press("enter")
        await settle(pilot)
    post = queue.get(practice.store, post_id)
    assert post.status == "rejected" and post.review_note == "Please cite the ADA"


async def test_mark_a_todo_as_published_with_its_url(practice_as):
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        target = next(
            i
            for i, p in enumerate(screen.loaded)
            if any(d.state.value == "todo" for d in p.deliveries)
        )
        screen.query_one("DataTable").move_cursor(row=target)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"https://snapchat.example/p/9")
        await pilot.press("enter")
        await pilot.pause()
    assert not [d for d in queue_views.attention(practice.store) if d.state.value == "todo"]


async def test_a_preview_still_being_worked_out_says_so(practice_as, monkeypatch):
    """A long post on a busy machine takes seconds to check: meanwhile the preview shows the
    text before the last edit, so its border says it is checking, until the answer comes."""
    import threading

    from textual.containers import VerticalScroll

    from medsocial_tui.tui.screens import compose

    gate = threading.Event()
    real = compose.build_preview

    def slow(practice, written):
        gate.wait(30)
        return real(practice, written)

    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        border = app.screen.query_one("#preview", VerticalScroll)
        assert not border.border_title
        monkeypatch.setattr(compose, "build_preview", slow)
        app.screen.query_one(TextArea).insert("Snow closes the office today.")
        for _ in range(200):  # until the preview has waited past STALE_AFTER
            if border.border_title:
                break
            await pilot.pause(0.05)
        assert border.border_title == compose.CHECKING
        gate.set()
        await settle(pilot)
        assert app.screen.up_to_date and not border.border_title


async def test_a_fault_in_the_guard_holds_the_post_and_keeps_the_screen(practice_as, monkeypatch):
    # A fault in medsocial's own PHI reader once took the compose screen, and the app with it,
    # down mid-typing (a KeyError in a worker): the text is held and the screen stays.
    from medsocial_tui.compliance import report as guard_report

    def faulty(text, context):
        raise KeyError("fault")

    monkeypatch.setattr(guard_report, "find_phi", faulty)
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Flu shots all week, no appointment needed.", [3], "tomorrow 9am")
        assert "PHI reader failed" in preview(app)
        await pilot.press("f4")
        await settle(pilot)
        assert type(app.screen).__name__ == "ComposeScreen"
        assert app.is_running
    assert newest(practice.store).status == "draft"
