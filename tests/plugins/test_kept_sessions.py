"""``channelkit.kept_session``: what a plugin renews between runs, kept in the practice home's
``sessions.json`` (0600, written in one step, refused when others can read it), read as
nothing when damaged, and hidden wherever the account's secrets are."""

from __future__ import annotations

import json
import stat
import threading

import pytest

from medsocial_tui import channelkit as kit
from medsocial_tui.accounts.plugin_calls import scrub_for


def _account(tmp_path, account_id: str = "sky", channel: str = "bluesky") -> kit.Account:
    return kit.Account(
        account_id,
        channel,
        "Maple",
        "http://127.0.0.1:9",
        credentials={"app_password": "app-password-1"},
        sessions_path=tmp_path / "sessions.json",
    )


def test_put_get_forget_round_trip_in_a_private_file(tmp_path):
    kept = kit.kept_session(_account(tmp_path))
    assert kept.get() is None
    kept.put({"refresh": "kept-refresh-token-1"})
    assert kept.get() == {"refresh": "kept-refresh-token-1"}
    path = tmp_path / "sessions.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    kept.forget()
    assert kept.get() is None
    assert "kept-refresh-token-1" not in path.read_text()


def test_values_kept_for_another_channel_or_not_text_are_refused(tmp_path):
    kit.kept_session(_account(tmp_path)).put({"token": "tok-for-bluesky"})
    assert kit.kept_session(_account(tmp_path, channel="tiktok")).get() is None
    with pytest.raises(TypeError):
        kit.kept_session(_account(tmp_path)).put({"expires": 3})  # type: ignore[dict-item]


def test_values_made_from_other_settings_read_as_none(tmp_path):
    account = _account(tmp_path)
    kit.kept_session(account, made_from="http://pds|old-password").put({"token": "tok-old"})
    assert kit.kept_session(account, made_from="http://pds|new-password").get() is None
    assert kit.kept_session(account, made_from="http://pds|old-password").get() == {
        "token": "tok-old"
    }
    assert "old-password" not in (tmp_path / "sessions.json").read_text()


@pytest.mark.parametrize(
    "content", [b"", b"\xff\xfe", b"[1, 2]", b'{"sky": "x"}', b'{"sky": {"channel": "bluesky"}}']
)
def test_a_damaged_file_reads_as_no_session_and_is_replaced(tmp_path, content):
    path = tmp_path / "sessions.json"
    path.write_bytes(content)
    path.chmod(0o600)
    kept = kit.kept_session(_account(tmp_path))
    assert kept.get() is None
    kept.put({"token": "fresh-token-1"})
    assert kept.get() == {"token": "fresh-token-1"}


def test_a_file_that_cannot_be_written_keeps_nothing_and_raises_nothing(tmp_path):
    (tmp_path / "sessions.json").mkdir()
    kept = kit.kept_session(_account(tmp_path))
    kept.put({"token": "lost-token-1"})
    assert kept.get() is None
    kept.forget()


def test_a_file_others_can_read_is_refused_in_words(tmp_path):
    kept = kit.kept_session(_account(tmp_path))
    kept.put({"token": "secret-token-9"})
    (tmp_path / "sessions.json").chmod(0o640)
    for step in (kept.get, lambda: kept.put({"token": "other-token-9"})):
        with pytest.raises(kit.AuthExpired) as error:
            step()
        assert "other users" in error.value.message and "chmod 600" in error.value.message
        assert "secret-token-9" not in error.value.message


def test_two_writers_at_once_keep_both_accounts(tmp_path):
    accounts = [_account(tmp_path, f"acct{n}") for n in range(8)]

    def write(account: kit.Account) -> None:
        for round_ in range(15):
            kit.kept_session(account).put({"token": f"{account.id}-token-{round_}"})

    threads = [threading.Thread(target=write, args=(a,)) for a in accounts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = json.loads((tmp_path / "sessions.json").read_text())
    assert {k: v["values"]["token"] for k, v in saved.items()} == {
        a.id: f"{a.id}-token-14" for a in accounts
    }


def test_kept_values_are_hidden_like_credentials(tmp_path):
    account = _account(tmp_path, "hidden")
    kit.kept_session(account).put({"accessJwt": "eyJkept.access.jwt-77"})
    assert "eyJkept.access.jwt-77" in kit.secrets_of(account)
    words = "refused eyJkept.access.jwt-77 and app-password-1"
    assert kit.scrub(words, kit.secrets_of(account)) == f"refused {kit.HIDDEN} and {kit.HIDDEN}"
    assert "eyJkept" not in scrub_for(account)(words)


def test_an_account_outside_a_practice_keeps_nothing():
    account = kit.Account("sky", "bluesky", "Maple", "http://127.0.0.1:9")
    kit.kept_session(account).put({"token": "nowhere-token"})
    assert kit.kept_session(account).get() is None
