"""The in-app policy editor that replaces $EDITOR (which would be a shell as the service
account for anyone reaching the app through SSH or sudo)."""

from __future__ import annotations

from textual.widgets import TextArea

from medsocial_tui.home import demo
from medsocial_tui.home.identity import Access, Identity
from medsocial_tui.home.practice import open_practice
from medsocial_tui.records import policy
from medsocial_tui.tui.app import create_app


async def test_an_admin_over_ssh_edits_a_draft_in_the_app_and_saves_it(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "lbrooks")
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual")
    home = demo.build(tmp_path / "demo", login="lbrooks")
    practice = open_practice(home)
    practice.identity = Identity("lbrooks", Access.SSH)
    draft = next(v for v in policy.versions(practice.store) if v.is_draft)
    app = create_app(practice=practice)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "v")
        await pilot.pause()
        while app.screen.selected().number != draft.number:  # type: ignore[attr-defined]
            await pilot.press("down")
        await pilot.press("e")
        await pilot.pause()
        assert type(app.screen).__name__ == "PolicyEditorScreen"
        area = app.screen.query_one(TextArea)
        assert "{#photography}" in area.text
        area.move_cursor(area.document.end)
        await pilot.press("enter", "enter")
        for ch in "## Parking {#parking}":
            await pilot.press({" ": "space", "#": "number_sign", "{": "left_curly_bracket",
                               "}": "right_curly_bracket"}.get(ch, ch))  # fmt: skip
        await pilot.press("enter", "enter", *"Behind", "space", *"us.", "f4")
        await pilot.pause()
        assert type(app.screen).__name__ == "VersionsScreen"
    saved = policy.get_version(open_practice(home).store, draft.number)
    parking = next(s for s in saved.sections if s.key == "parking")
    assert parking.title == "Parking" and parking.body.strip() == "Behind us."
