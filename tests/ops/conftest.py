"""A practice with a network that has special hours, one with a short limit, and a by-hand
account, all on loopback servers; acting as the front desk."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from medsocial_tui.channel import Account, Limits
from medsocial_tui.home import demo
from medsocial_tui.home.config import Home, write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.testing import hours_reference, reference
from medsocial_tui.testing.hours_reference import HoursNetwork
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork
from medsocial_tui.testing.transitions import state_machine_watch  # noqa: F401 - autouse

LOGIN = "frontdesk"


class ShortChannel(ReferenceChannel):
    """A network that takes 90 characters, so the notice must be fitted."""

    name = "loopback_short"
    title = "Loopback network with short posts"

    def limits(self, account: Account | None = None) -> Limits:
        return Limits(max_chars=90)


class ShortPlugin:
    @hookimpl
    def register_channels(self, register) -> None:
        register(ShortChannel)


PLUGINS = (reference, hours_reference, ShortPlugin())


def ops_toml(posts_url: str, hours_url: str, *, hours_review: bool = False) -> str:
    return (
        '[practice]\nname = "Loopback Dental"\ntimezone = "America/Chicago"\n'
        'phone = "+1 312-555-0142"\nwebsite = "https://loopback-dental.example"\n'
        'trusted_sources = ["cdc.gov", "127.0.0.1"]\n'
        f"one_person_practice = true\nhours_change_review = {str(hours_review).lower()}\n"
        "[publishing]\nrequest_timeout_seconds = 2\n"
        '[hours]\nmon = "08:00-17:00"\ntue = "08:00-17:00"\nwed = "08:00-17:00"\n'
        'thu = "08:00-17:00"\nfri = "08:00-17:00"\nsat = "closed"\n'
        f'[[accounts]]\nid = "page"\nchannel = "loopback"\nname = "Page"\nbase_url = "{posts_url}"\n'
        f'[[accounts]]\nid = "short"\nchannel = "loopback_short"\nname = "Short"\n'
        f'base_url = "{posts_url}"\n'
        f'[[accounts]]\nid = "maps"\nchannel = "loopback_hours"\nname = "Maps listing"\n'
        f'base_url = "{hours_url}"\n'
        '[[accounts]]\nid = "byhand"\nchannel = "manual"\nname = "By hand"\n'
        '[accounts.settings]\nnetwork = "Elsewhere"\n'
        '[[accounts]]\nid = "nocreds"\nchannel = "loopback"\nname = "Not connected"\n'
        f'base_url = "{posts_url}"\n'
    )


@pytest.fixture(autouse=True)
def acting(monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "manual,templates")
    monkeypatch.setenv("MEDSOCIAL_NOW", "2026-01-06T13:00:00Z")


@pytest.fixture
def networks():
    with ReferenceNetwork() as posts, HoursNetwork() as hours:
        yield posts, hours


def make_home(root: Path, posts_url: str, hours_url: str, **options) -> Home:
    home = demo.create_home(root, "Loopback Dental", "America/Chicago", login=LOGIN, kind="test")
    home.config_path.write_text(ops_toml(posts_url, hours_url, **options), "utf-8")
    token = {"access_token": "good-token"}
    write_secrets(home, {"page": token, "short": token, "maps": token})
    return home


@pytest.fixture
def home(tmp_path, networks) -> Home:
    posts, hours = networks
    return make_home(tmp_path / "practice", posts.base_url, hours.base_url)


@pytest.fixture
def practice(home):
    opened = open_practice(home, extra_plugins=PLUGINS)
    yield opened
    opened.close()


def run(coro):
    return asyncio.run(coro)
