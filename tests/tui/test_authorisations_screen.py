"""The authorisations screen: reached from the policy screen and the palette, an admin
records a signed form (the name never shown or stored), and revoking one shows the takedown
list with a to-do for a network that cannot delete."""

from __future__ import annotations

import uuid

from medsocial_tui import clock
from medsocial_tui.records import authorisations
from medsocial_tui.tui.app import create_app
from medsocial_tui.tui.pilot import settle


def _published_on_snapchat(practice, authorisation_id: int) -> None:
    now = clock.to_iso(clock.now())
    with practice.store.write() as db:
        post_id = db.conn.execute(
            "INSERT INTO posts (kind, text, author, status, options, scheduled_at, created_at,"
            " updated_at) VALUES ('general', 'Success story!', 'jreyes', 'approved', ?, ?, ?, ?)",
            (f'{{"authorisation": {authorisation_id}}}', now, now, now),
        ).lastrowid
        db.conn.execute(
            "INSERT INTO deliveries (post_id, account_id, state, scheduled_at, remote_id,"
            " remote_url, idempotency_key, updated_at)"
            " VALUES (?, 'snapchat', 'published', ?, 'snap-1', 'https://snap.example/1', ?, ?)",
            (post_id, now, uuid.uuid4().hex, now),
        )


async def test_add_and_revoke_from_the_screen(practice_as):
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert type(app.screen).__name__ == "AuthorisationsScreen"
        await pilot.press("n")
        await settle(pilot)
        form = "\n".join(str(w.render()) for w in app.screen.query("Label, Static"))
        # the choices are said beside the defaults, not only as hidden placeholders
        assert "text, photo and/or video" in form and "channel names, or all" in form
        await pilot.press(*"Maria Lopez", "enter")
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.press(*"binder 2", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AuthorisationsScreen"
        (made,) = authorisations.every(practice)
        assert made.form_location == "binder 2" and made.networks == {"all"}
        assert authorisations.find(practice, "maria lopez") == [made]
        screen_text = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Maria" not in screen_text

        _published_on_snapchat(practice, made.id)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.pause()
        for _ in range(20):
            if authorisations.get(practice, made.id).revoked_on is not None:
                break
            await pilot.pause(0.05)
        (item,) = authorisations.takedowns(practice, made.id)
        assert item.state == "to_do" and item.account_id == "snapchat"
        # the detail is drawn again after the revocation is stored: on a loaded machine
        # (CI's two cores) that can be some frames later
        for _ in range(100):
            detail = str(app.screen.query_one("#detail").render())
            if "snap.example/1" in detail:
                break
            await pilot.pause(0.05)
        # in words, not the stored state's name
        assert "to remove by hand" in detail and "to_do" not in detail
        assert "snap.example/1" in detail


async def test_the_palette_opens_the_register_and_a_colleague_is_refused_at_the_key(
    practice_as,
):
    """An author pressing n is told at once that recording a form is not theirs to do: the
    form used to open, take the patient's full name and every field, and refuse on save."""
    app = create_app(practice=practice_as("jreyes"))
    async with app.run_test(size=(80, 24)) as pilot:
        (command,) = [
            c for c in app.get_system_commands(app.screen) if c.title == "Patients: Authorisations"
        ]
        command.callback()
        await settle(pilot)
        assert type(app.screen).__name__ == "AuthorisationsScreen"
        await pilot.press("n")
        await settle(pilot)
        assert type(app.screen).__name__ == "AuthorisationsScreen"
        assert not app.screen.query("#form-error")
        notices = [n.message for n in app._notifications]
        assert any("Not for you" in m and "admin" in m for m in notices), notices
        assert authorisations.every(app.practice) == []


async def test_a_form_that_already_expired_is_recorded_with_a_warning_in_the_form(practice_as):
    """The screen's form took an expiry date in the past without a word."""
    practice = practice_as("lbrooks")
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"Maria Lopez", "enter", "enter", "enter")
        await pilot.press("ctrl+u", *"2024-01-05", "enter")
        await pilot.press(*"2025-01-05", "enter")
        await pilot.press(*"binder 2", "enter")
        await pilot.pause()
        (made,) = authorisations.every(practice)
        said = "\n".join(str(n.message) for n in app._notifications)
        assert f"authorisation {made.id} expired on 2025-01-05" in said, said
        assert "no post can use it" in said and "Maria" not in said
