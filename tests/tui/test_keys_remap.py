"""Keys remapped in practice.toml by binding id (the help screen lists the ids) take effect
on every screen: each action has one id, so no screen keeps the old key for it."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from medsocial_tui.home.practice import open_practice
from medsocial_tui.tui.app import MedsocialApp, create_app

AREAS = ("queue", "calendar", "review", "channels", "policy", "hours", "inbox")


def with_keys(home, keys: dict[str, str]) -> None:
    config = home / "practice.toml"
    lines = "".join(f'"{binding_id}" = "{key}"\n' for binding_id, key in keys.items())
    config.write_text(config.read_text().replace("[keys]\n", "[keys]\n" + lines), "utf-8")


def ids_of(*owners) -> list[str]:
    found: list[str] = []
    for owner in owners:
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (owner, binding)
            if binding.id not in found:
                found.append(binding.id)
    return found


async def open_area(app, pilot, area: str) -> None:
    if area != "queue":
        app.action_go(area)
        await pilot.pause()
    assert type(app.screen).__name__.lower() == f"{area}screen"
    if not getattr(app.screen, "TAKES_TYPING", True):  # it says it never shows a field
        assert not app.screen.query("Input, TextArea"), area


async def live_ids(pilot, area: str) -> list[str]:
    """The ids of the keys ``area`` answers with its practice.toml unchanged."""
    app = pilot.app
    await open_area(app, pilot, area)
    # the app's area keys are off (not dimmed) where leaving would lose typed work
    live = {b.binding.id for b in app.screen.active_bindings.values()}
    return [i for i in ids_of(app.screen, MedsocialApp) if i in live]


@pytest.mark.parametrize("area", AREAS)
async def test_every_id_of_a_screen_and_the_app_can_be_remapped(
    demo_home, monkeypatch, seen_once, area
):
    ids = await seen_once("ppatel", AREAS, live_ids, area)
    assert len(ids) >= 5, ids
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    remapped = {binding_id: f"f{30 + n}" for n, binding_id in enumerate(ids)}
    with_keys(demo_home, remapped)
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_area(app, pilot, area)
            active = app.screen.active_bindings
            for binding_id, key in remapped.items():
                assert key in active, (area, binding_id)
                assert active[key].binding.id == binding_id, (area, binding_id, key)
            still = {b.binding.id for k, b in active.items() if k not in remapped.values()}
            assert still.isdisjoint(remapped), (area, still & set(remapped))
    finally:
        practice.close()


async def test_go_calendar_remapped_as_the_docs_show_works_on_the_queue(demo_home, monkeypatch):
    with_keys(demo_home, {"go.calendar": "l", "queue.retry": "f12"})
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("c")
            await pilot.pause()
            assert type(app.screen).__name__ == "QueueScreen"
            await pilot.press("l")
            await pilot.pause()
            assert type(app.screen).__name__ == "CalendarScreen"
    finally:
        practice.close()


def every_bindings_class() -> list[type]:
    import importlib
    import inspect
    import pkgutil

    from textual.dom import DOMNode

    import medsocial_tui.tui.screens as screens
    import medsocial_tui.tui.widgets as widgets

    found: list[type] = [MedsocialApp]
    for package in (screens, widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, DOMNode) and cls.__module__ == module.__name__:
                    found.append(cls)
    return found


def test_each_action_has_one_id_and_each_id_one_action():
    ids_by_action: dict[tuple[str, str], set[str]] = {}
    actions_by_id: dict[str, set[tuple[str, str]]] = {}
    for cls in every_bindings_class():
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding) and binding.id, (cls.__name__, binding)
            if cls is MedsocialApp or binding.action.startswith("app."):
                action = ("app", binding.action.removeprefix("app."))
            else:
                action = (cls.__name__, binding.action)
            ids_by_action.setdefault(action, set()).add(binding.id)
            actions_by_id.setdefault(binding.id, set()).add(action)
    assert {a: i for a, i in ids_by_action.items() if len(i) > 1} == {}
    assert {i: a for i, a in actions_by_id.items() if len(a) > 1} == {}


def test_a_screens_keys_take_its_prefix_and_app_keys_keep_their_ids():
    from medsocial_tui.tui.keys import area_keys, go_back, press, screen_keys

    keys = screen_keys(
        "queue",
        press("t", "retry", "Retry", "Send it again"),
        press("x", "cancel_post", "Cancel", id="cancel", show=False),
        *area_keys("go.calendar"),
        go_back("Back to the list"),
    )
    assert [(b.key, b.action, b.id, b.show) for b in keys if isinstance(b, Binding)] == [
        ("t", "retry", "queue.retry", True),
        ("x", "cancel_post", "queue.cancel", False),
        ("c", "app.go('calendar')", "go.calendar", True),
        ("escape", "back", "queue.back", True),
    ]


def test_a_screen_names_its_prefix_once_and_textual_reads_the_prefixed_keys():
    from textual.screen import Screen

    from medsocial_tui.tui.keys import KeyedScreen, go_back, press
    from medsocial_tui.tui.screens.base import FIELD_KEYS

    class Sample(KeyedScreen, Screen[None], keys="sample"):
        BINDINGS = [press("t", "retry", "Retry"), go_back(), *FIELD_KEYS]

    class Plain(Sample):
        """A subclass naming no prefix and no keys of its own keeps its parent's."""

    ids = [b.id for b in Sample.BINDINGS if isinstance(b, Binding)]
    assert ids[:2] == ["sample.retry", "sample.back"]
    # the field keys do the app's actions: they keep their one id on every screen
    assert ids[2:] == [b.id for b in FIELD_KEYS if isinstance(b, Binding)]
    assert "sample.retry" in {b.id for b in Sample._merged_bindings.key_to_bindings["t"]}
    assert Plain.BINDINGS is Sample.BINDINGS


def test_a_screen_that_lists_keys_without_a_prefix_is_refused_at_import():
    """Bare ids ("retry") would be shared by every screen that forgot its prefix, and
    practice.toml remaps by id: a class that lists its own keys must name its prefix."""
    from textual.screen import Screen

    from medsocial_tui.tui.keys import KeyedScreen, press
    from medsocial_tui.tui.screens.base import FIELD_KEYS

    with pytest.raises(TypeError, match="Forgetful lists keys \\['retry'\\] with no prefix"):

        class Forgetful(KeyedScreen, Screen[None]):
            BINDINGS = [press("t", "retry", "Retry")]

    class OnlyAppKeys(KeyedScreen, Screen[None]):
        """The app's own keys (the field keys) keep their ids and need no prefix."""

        BINDINGS = [*FIELD_KEYS]

    assert OnlyAppKeys.BINDINGS == [*FIELD_KEYS]


async def test_an_id_no_action_has_is_said_in_words(demo_home, monkeypatch):
    with_keys(demo_home, {"queue.retyr": "f9", "go.calendar": "l"})
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            app.report_plugin_failures()
            await pilot.pause()
            said = [n.message for n in app._notifications]
        assert any("no action has the id queue.retyr" in m for m in said), said
        assert not any("go.calendar" in m for m in said)
    finally:
        practice.close()


async def test_a_key_remapped_while_the_app_runs_is_run_as_it_arrives(demo_home, monkeypatch):
    """The keys run as they arrive are read from the app's keymap, kept per class and read
    again when the keymap changes (they were read from practice.toml on every key)."""
    monkeypatch.setenv("MEDSOCIAL_USER", "ppatel")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)):
            assert type(app.screen).__name__ == "QueueScreen"
            assert app._bound("t") and not app._bound("f29")
            kept = app._class_keys(type(app.screen))
            assert app._class_keys(type(app.screen)) is kept
            app.update_keymap({"queue.retry": "f29"})
            assert app.keymap["queue.retry"] == "f29"
            assert app._bound("f29")
            assert "t" not in app._class_keys(type(app.screen))
    finally:
        practice.close()


async def test_the_words_that_name_a_key_follow_the_keymap_the_app_runs_with(
    demo_home, monkeypatch
):
    monkeypatch.setenv("MEDSOCIAL_USER", "jreyes")
    practice = open_practice(demo_home)
    app = create_app(practice=practice)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            app.update_keymap({"inbox.hide": "f27", "help": "f26"})
            app.action_go("inbox")
            await pilot.pause()
            assert type(app.screen).__name__ == "InboxScreen"
            said = app.screen.more_keys()
            assert "F27 hide" in said and "F26 all keys" in said, said
    finally:
        practice.close()
