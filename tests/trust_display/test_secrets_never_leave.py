"""Whatever a plugin does with a network's answer, no credential of the account is stored or
shown: the core hides every secret value, URL-encoded, base64 and base64 of user:password,
in error words, account messages, attempts, flush output and doctor's online check."""

from __future__ import annotations

import base64
from urllib.parse import quote, quote_plus

import pytest

from medsocial_tui.accounts.plugin_calls import scrub_for
from medsocial_tui.channel import Account
from medsocial_tui.home import health
from medsocial_tui.publishing import flush

from .networks import CLIENT_ID, CLIENT_SECRET, LOGIN, TOKEN, CarelessNetwork, home_with

FORMS = (
    TOKEN,
    quote(TOKEN, safe=""),
    quote_plus(TOKEN),
    CLIENT_SECRET,
    base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode(),
)


def leaked(text: str) -> list[str]:
    return [form for form in FORMS if form in text]


@pytest.fixture
def leaky_practice(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_USER", LOGIN)
    with CarelessNetwork() as network:
        practice = home_with(tmp_path / "home", network.base_url, ["leaky"])
        yield practice, network
        practice.close()


async def test_a_plugin_that_repeats_the_networks_answer_stores_no_credential(leaky_practice):
    practice, network = leaky_practice
    report = await flush.run(practice)
    assert network.calls("POST"), "the plugin never reached the network"
    [outcome] = report.outcomes
    assert outcome.state == "failed"
    delivery = practice.store.one("SELECT * FROM deliveries")
    attempt = practice.store.one("SELECT * FROM attempts")
    account = practice.store.one("SELECT * FROM accounts WHERE id='leaky'")
    for text in (
        outcome.detail,
        delivery["last_error"],
        attempt["detail"],
        account["auth_message"],
    ):
        assert "token refused" in text
        assert "[hidden]" in text
        assert leaked(text) == [], text


async def test_doctors_online_check_shows_no_credential(leaky_practice):
    practice, _network = leaky_practice
    [finding] = await health.online_findings(practice, timeout=5)
    assert "who are you" in finding.message
    assert leaked(finding.message) == [], finding.message


def test_every_common_encoding_of_a_secret_is_hidden():
    account = Account(
        "a",
        "x",
        "A",
        "http://127.0.0.1",
        credentials={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "token": TOKEN},
    )
    hide = scrub_for(account)
    said = " ".join(
        [
            *FORMS,
            base64.b64encode(TOKEN.encode()).decode(),
        ]
    )
    shown = hide(said)
    assert leaked(shown) == []
    assert base64.b64encode(TOKEN.encode()).decode() not in shown
    assert hide("an ordinary sentence") == "an ordinary sentence"
