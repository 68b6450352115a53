"""Compose and review show when a post needs a patient's written authorisation: a
testimonial or a post marked as featuring a patient is blocked in the preview until it
names a valid one, and the approver sees why in the review screen."""

from __future__ import annotations

from textual.widgets import Input, Static

from medsocial_tui.publishing import queue
from medsocial_tui.records import authorisations
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import workers_done

from .test_compose_and_review import newest, settle, type_post


def preview(app) -> str:
    return str(app.screen.query_one("#preview-body", Static).render())


async def test_a_testimonial_is_blocked_in_the_preview_until_it_names_an_authorisation(
    practice_as,
):
    admin = practice_as("lbrooks")
    made = authorisations.add(
        admin,
        "Maria Lopez",
        scope=["text"],
        networks=["all"],
        signed_on="2026-01-05",
        expires_on=None,
        form_location="binder 2",
    )
    practice = practice_as("jreyes")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Another success story from our hygiene team!", [3], "")
        assert "needs a patient's written authorisation" in preview(app)
        app.screen.query_one("#patient", Input).value = str(made.id)
        await settle(pilot)
        assert "Patient permission" not in preview(app)
        app.screen.query_one("#patient", Input).value = "99"
        await settle(pilot)
        assert "authorisation 99 does not exist" in preview(app)
        app.screen.query_one("#patient", Input).value = str(made.id)
        await settle(pilot)
        await pilot.press("f3")
        await pilot.pause()
    saved = newest(practice.store)
    assert saved.options == {"features_patient": True, "authorisation": made.id}


async def test_the_review_screen_says_why_a_post_lacks_permission(practice_as):
    author = practice_as("jreyes")
    post = queue.create(
        author,
        queue.Compose(
            text="A big smile from the chair today.",
            accounts=["snapchat"],
            options={"features_patient": True},
        ),
    )
    with author.store.write() as db:
        db.conn.execute("UPDATE posts SET status='in_review' WHERE id=?", (post.id,))
        db.conn.execute("UPDATE deliveries SET state='in_review' WHERE post_id=?", (post.id,))
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "Patient permission: this post needs a patient's written authorisation" in detail


async def test_alt_text_is_typed_in_the_attach_field_and_checked_by_the_guard(
    practice_as, tmp_path
):
    from PIL import Image

    picture = tmp_path / "chair.png"
    Image.new("RGB", (40, 30), "white").save(picture)
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_post(pilot, "Our new chairs are in.", [3], "")
        attach = app.screen.query_one("#media", Input)
        attach.value = str(picture)
        await attach.action_submit()
        await settle(pilot)
        assert "has no alt text" in preview(app)
        assert "(no alt)" in str(app.screen.query_one("#media-list", Static).render())
        attach.value = "alt: Maria Lopez, DOB 03/04/1950, in the new chair"
        await attach.action_submit()
        await settle(pilot)
        text = preview(app)
        assert "no alt text" not in text
        assert "alt text of chair.png: BLOCKS" in text


async def test_review_and_compose_run_the_guard_off_the_ui_thread(practice_as, monkeypatch):
    import threading

    from medsocial_tui.publishing import guard

    threads: list[str] = []
    real = guard.report_for

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(guard, "report_for", watched)
    author = practice_as("jreyes")
    post = queue.create(author, queue.Compose(text="Flu shots are in.", accounts=["snapchat"]))
    with author.store.write() as db:
        db.conn.execute("UPDATE posts SET status='in_review' WHERE id=?", (post.id,))
        db.conn.execute("UPDATE deliveries SET state='in_review' WHERE post_id=?", (post.id,))
    app = create_app(practice=practice_as("ppatel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await workers_done(app)
        await pilot.press("escape")
        await type_post(pilot, "Closed Monday.", [3], "")
    assert threads and threading.main_thread().name not in threads
