"""(urls55) A private link handed to its reader in a short message that greets them by name
or speaks to them just after the link (``url.readers_link``), and the hosts and paths of a
portal's, a meeting's or an account's link (``_not_a_persons_link``); with their clean
twins: a practice's booking page, a survey for everyone, a public agency's guide."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def _blocked_links(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in find_phi(text) if f.label == "url" and f.severity == "block"
    ]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Hi Anh Nguyen, your lab results from Nov 20 are ready. Log in at "
            "https://portal.brightsidehealth.com/r/AN-58211 to view them.",
            "https://portal.brightsidehealth.com/r/AN-58211",
        ),
        (
            "Dear Mr Kowalczyk, thank you for your payment. Your receipt: "
            "https://billing.smileworks.co.uk/r/KW-77120",
            "https://billing.smileworks.co.uk/r/KW-77120",
        ),
        (
            "Good morning Thandiwe, we got your x-rays. They are here: "
            "https://portal.sunsetdental.co.za/u/TH88213",
            "https://portal.sunsetdental.co.za/u/TH88213",
        ),
        (
            "Video call for tomorrow: https://meet.physio-nord.de/x7-k2p99 - you can join "
            "five minutes early.",
            "https://meet.physio-nord.de/x7-k2p99",
        ),
    ],
)
def test_a_link_handed_to_one_reader_is_blocked(text: str, link: str) -> None:
    assert link in _blocked_links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your smile matters! Book online at https://portal.brightsmiles.com/book and pick "
        "your time.",
        "Hi everyone, your feedback shaped our new patient portal: "
        "https://portal.brightsmiles.com/r/survey2025",
        "Read the CDC's guide at https://www.cdc.gov/flu/prevent/index.html for your family.",
        "Track the flu season at https://tracking.flu-map.org/r/2025season for your area.",
        "Hi all, the webinar link is https://meet.dentalcpd.org/r/ortho2025 - see you there!",
    ],
)
def test_a_link_for_everyone_passes(text: str) -> None:
    assert _blocked_links(text) == []
