"""`medsocial doctor --online` asks each network whether the account's credentials work and
says which account lacks what."""

from __future__ import annotations

import sys
import textwrap

from medsocial_google_business.fake import FakeGoogleBusiness
from medsocial_google_business.fake import account_for as google_account
from medsocial_meta.fake import PAGE_ID, PAGE_TOKEN, FakeGraph

from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.health import diagnose
from medsocial_tui.testing.practice_home import LOGIN, practice_with_account


def test_doctor_online_tells_a_working_account_from_a_refused_one(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    with FakeGraph() as graph, FakeGoogleBusiness() as google:
        practice = practice_with_account(
            tmp_path / "home",
            account_id="page",
            channel="facebook",
            base_url=graph.base_url,
            settings={"page_id": PAGE_ID},
            secrets={"page_access_token": PAGE_TOKEN},
        )
        home = practice.home
        practice.close()
        settings = google_account(google.base_url).settings
        with home.config_path.open("a") as config:
            config.write(
                f'\n[[accounts]]\nid = "google"\nchannel = "google_business"\nname = "G"\n'
                f'base_url = "{google.base_url}"\n[accounts.settings]\n'
                + "".join(f'{k} = "{v}"\n' for k, v in settings.items())
            )
        revoked = {**google_account(google.base_url).credentials, "refresh_token": "1//gone"}
        write_secrets(home, {"page": {"page_access_token": PAGE_TOKEN}, "google": revoked})
        diagnose(home)
        assert graph.requests == [] and google.requests == [], "plain doctor sends nothing"
        online = diagnose(home, online=True)
    words = {f.area: f for f in online if f.message.startswith(("Facebook", "Google"))}
    assert words["account page"].ok and "Maple Street Dental" in words["account page"].message
    refused = words["account google"]
    assert not refused.ok and "Token has been expired or revoked" in refused.message
    assert "business.manage" in refused.fix
    assert "1//gone" not in refused.message


ODD_CHECKS = """
from medsocial_tui import channelkit as kit
from medsocial_tui.hookspecs import hookimpl

class Refusing(kit.Channel):
    name = "refusing"
    title = "Acme"
    credentials_help = "Acme > Settings > Tokens: a token with the 'post' scope"

    async def check_account(self, client, account):
        raise kit.AuthExpired("Acme refused the token (HTTP 401)")

class Buggy(kit.Channel):
    name = "buggy"
    title = "Buggy"

    async def check_account(self, client, account):
        return "fine"

class Busy(kit.Channel):
    name = "busy"
    title = "Busy"

    async def check_account(self, client, account):
        raise kit.RetryLater("Busy rate limit: slow down (HTTP 429)")

@hookimpl
def register_channels(register):
    for channel in (Refusing, Buggy, Busy):
        register(channel)
"""


def test_doctor_online_says_who_mends_each_failed_check(tmp_path, monkeypatch):
    """A refusal the plugin raises points at the credentials (it said "see `medsocial
    plugins`", which shows nothing about it), a plugin's bad answer at whoever made the
    plugin, a rate limit at later; and the network's name is said once."""
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    (site / "plug_odd.py").write_text(textwrap.dedent(ODD_CHECKS), "utf-8")
    info = site / "medsocial_odd-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: medsocial-odd\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[medsocial]\nodd = plug_odd\n")
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    monkeypatch.setenv("MEDSOCIAL_PLUGINS", "odd,manual")
    practice = practice_with_account(
        tmp_path / "home", account_id="refusing", channel="refusing", base_url="http://127.0.0.1:9"
    )
    home = practice.home
    practice.close()
    with home.config_path.open("a") as config:
        for name in ("buggy", "busy"):
            config.write(f'\n[[accounts]]\nid = "{name}"\nchannel = "{name}"\nname = "{name}"\n')
    try:
        found = {f.area: f for f in diagnose(home, online=True) if f.area.startswith("account")}
    finally:
        sys.modules.pop("plug_odd", None)
    refused = found["account refusing"]
    assert (refused.ok, refused.message) == (False, "Acme refused the token (HTTP 401)")
    assert refused.fix.startswith("Acme > Settings > Tokens")
    buggy = found["account buggy"]
    assert "the odd plugin answered check_account with str" in buggy.message
    assert buggy.fix == (
        "the odd plugin failed: tell whoever made it (`pip show medsocial-odd` names its maker)"
    )
    busy = found["account busy"]
    assert (busy.severity, busy.fix) == ("warning", "try again later")
