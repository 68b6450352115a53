"""A real practice home for a channel plugin's end-to-end tests: one account pointing at the
plugin's fake, and posts approved through the real queue, ready for ``flush.run``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from medsocial_tui import clock
from medsocial_tui.channel import Account
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.publishing import queue, states

LOGIN = "owner"


def _toml_value(value: Any) -> str:
    return json.dumps(value)


def practice_with_account(
    root: Path,
    *,
    account_id: str,
    channel: str,
    base_url: str,
    settings: Mapping[str, Any] | None = None,
    secrets: Mapping[str, str] | None = None,
    request_timeout: float = 1.0,
    reconcile_grace: int = 0,
    recheck: float = 0.05,
) -> Practice:
    """A one-person practice (the owner writes and approves) with one account. Set
    ``MEDSOCIAL_USER`` to :data:`LOGIN` before calling (pytest: ``monkeypatch.setenv``): it is
    a test home, where that variable and ``MEDSOCIAL_NOW`` are honoured."""
    home = demo.create_home(root, "Loopback Dental", "America/Chicago", login=LOGIN, kind="test")
    lines = [
        "[practice]",
        'name = "Loopback Dental"',
        'timezone = "America/Chicago"',
        "one_person_practice = true",
        "",
        "[publishing]",
        f"request_timeout_seconds = {request_timeout}",
        f"reconcile_grace_seconds = {reconcile_grace}",
        f"reconcile_recheck_seconds = {recheck}",
        "",
        "[[accounts]]",
        f"id = {_toml_value(account_id)}",
        f"channel = {_toml_value(channel)}",
        f'name = "{account_id} account"',
        f"base_url = {_toml_value(base_url)}",
    ]
    if settings:
        lines.append("[accounts.settings]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in settings.items())
    home.config_path.write_text("\n".join(lines) + "\n", "utf-8")
    write_secrets(home, {account_id: dict(secrets or {})})
    return open_practice(home)


def practice_for(root: Path, account: Account, **options: Any) -> Practice:
    """:func:`practice_with_account` with an account as a plugin's fake builds it
    (``account_for(fake.base_url)``): its id, channel, address, settings and credentials."""
    return practice_with_account(
        root,
        account_id=account.id,
        channel=account.channel,
        base_url=account.base_url,
        settings=dict(account.settings),
        secrets=dict(account.credentials),
        **options,
    )


def approved_post(practice: Practice, text: str, accounts: list[str], **compose: Any) -> int:
    """A post due now, written, submitted and approved through the queue; its id."""
    post = queue.create(
        practice,
        queue.Compose(text=text, accounts=accounts, scheduled_at=clock.now(), **compose),
    )
    queue.submit(practice, post.id)
    return queue.approve(practice, post.id).id


def delivery(practice: Practice, post_id: int) -> dict[str, Any]:
    """The post's (single) delivery row as stored."""
    row = practice.store.one("SELECT * FROM deliveries WHERE post_id=?", (post_id,))
    assert row is not None
    return dict(row)


def make_due_again(practice: Practice) -> None:
    """Bring every deferred delivery's next attempt to now (instead of waiting in a test)."""
    with practice.store.write() as db:
        db.conn.execute(
            f"UPDATE deliveries SET next_attempt_at=? WHERE state IN {states.sql_in(states.SENDABLE)}",
            (clock.to_iso(clock.now()),),
        )
