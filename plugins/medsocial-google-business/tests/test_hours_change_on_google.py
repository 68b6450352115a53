"""An hours change through the real core and the real Google Business Profile plugin: the
closed day is merged into the listing's special hours without wiping other holidays, the
notice goes out as a local post, and undo puts the listing back as it was."""

from __future__ import annotations

import asyncio

from medsocial_google_business.fake import (
    ACCOUNT_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    LOCATION_ID,
    REFRESH_TOKEN,
    FakeGoogleBusiness,
)

from medsocial_tui import clock, demo, flush, hours
from medsocial_tui.config import write_secrets
from medsocial_tui.practice import open_practice


def test_closed_today_merges_special_hours_posts_and_undoes(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "owner")
    with FakeGoogleBusiness() as google:
        christmas = {"startDate": {"year": 2026, "month": 12, "day": 25}, "closed": True}
        google.special_hour_periods.append(christmas)
        home = demo.create_home(
            tmp_path / "h", "Maple", "America/Chicago", login="owner", kind="test"
        )
        home.config_path.write_text(
            '[practice]\nname = "Maple Street Dental"\ntimezone = "America/Chicago"\n'
            "one_person_practice = true\n"
            f'[[accounts]]\nid = "google"\nchannel = "google_business"\nname = "Maple (Google)"\n'
            f'base_url = "{google.base_url}"\n[accounts.settings]\naccount_id = "{ACCOUNT_ID}"\n'
            f'location_id = "{LOCATION_ID}"\nbusiness_information_url = "{google.base_url}"\n'
            f'oauth_url = "{google.base_url}/token"\n'
        )
        write_secrets(
            home,
            {
                "google": {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "refresh_token": REFRESH_TOKEN,
                }
            },
        )
        practice = open_practice(home)
        change = hours.make_change(practice, reason="snow", kind="closed", days="today")
        result = asyncio.run(hours.apply(practice, change))
        today = clock.now().astimezone(practice.tz).date()
        days = [
            (p["startDate"]["month"], p["startDate"]["day"]) for p in google.special_hour_periods
        ]
        assert (12, 25) in days, "other holidays are kept"
        assert (today.month, today.day) in days
        report = asyncio.run(flush.run(practice))
        assert [o.state for o in report.outcomes] == ["published"]
        assert "closed today" in google.posts[-1]["summary"].lower()

        asyncio.run(hours.undo(practice, result.change_id))
        days = [
            (p["startDate"]["month"], p["startDate"]["day"]) for p in google.special_hour_periods
        ]
        assert days == [(12, 25)]
        practice.close()
