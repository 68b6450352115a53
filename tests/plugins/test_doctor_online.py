"""`medsocial doctor --online` asks each network whether the account's credentials work and
says which account lacks what."""

from __future__ import annotations

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
