"""A practice opened for work: its home, config, secrets, database, plugins and who is here.

Both faces (TUI and CLI) start by calling :func:`open_practice`; the core functions take the
:class:`Practice` it returns.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from medsocial_tui import __version__, clock
from medsocial_tui.errors import UsageError
from medsocial_tui.home import identity, permissions
from medsocial_tui.home.config import (
    Home,
    PracticeConfig,
    Secrets,
    load_config,
    load_secrets,
    resolve_home,
)
from medsocial_tui.store import Store, open_reader, open_store
from medsocial_tui.store.trouble import explain, kind_of

if TYPE_CHECKING:
    import httpx

    from medsocial_tui.channel import Account, Channel
    from medsocial_tui.plugin_host import PluginHost

USER_ENV = identity.USER_ENV
_FINDING = threading.Lock()
"""One thread finds a practice's plugins (the app's worker and its UI thread may both ask)."""


def current_login() -> str:
    """The OS user this process runs as (never an environment variable). Who is signed in to
    a home is decided by :func:`medsocial_tui.home.identity.sign_in` when it is opened."""
    return identity.login_of(os.geteuid())


@dataclass
class Practice:
    home: Home
    config: PracticeConfig
    secrets: Secrets
    store: Store
    plugin_host: PluginHost | None = None
    login: str = field(default_factory=current_login)
    extra_plugins: tuple[object, ...] = ()
    identity: identity.Identity | None = None

    @property
    def restricted(self) -> bool:
        """Reached through SSH or sudo: no $EDITOR, no file read or written by a path."""
        return self.identity is not None and self.identity.restricted

    opened_at_head: tuple[int, str] | None = None
    """The audit chain's head when the practice was opened: on close, a moved head is
    written outside the database (see :mod:`audit_head`)."""

    def __post_init__(self) -> None:
        self.store.tz = self.config.tz

    @property
    def plugins(self) -> PluginHost:
        """The plugins, found on first use and each imported when first needed (a channel
        loads only its own plugin; see :mod:`medsocial_tui.plugin_host`)."""
        if self.plugin_host is None:
            from medsocial_tui.plugin_host import find_plugins  # entry points: when needed

            with _FINDING:
                if self.plugin_host is None:
                    self.plugin_host = find_plugins(self.extra_plugins)
        return self.plugin_host

    @property
    def tz(self) -> ZoneInfo:
        return self.config.tz

    def http_client(self, timeout_seconds: float | None = None) -> httpx.AsyncClient:
        """The client every network request of this practice goes through (flush, hours,
        doctor, reconcile, take-downs): the practice's request timeout, a medsocial
        User-Agent, no redirects (see :mod:`medsocial_tui.home.web`). The caller closes it."""
        from medsocial_tui.home import web

        return web.api_client(
            self.config.request_timeout_seconds if timeout_seconds is None else timeout_seconds
        )

    def today(self) -> date:
        """The date now in the practice's timezone (the one "today" of every face)."""
        return clock.today(self.tz)

    def channel_for(self, account_id: str) -> Channel:
        account = self.config.account(account_id)
        if account is None:
            raise UsageError(
                f"no account {account_id!r} in {self.home.config_path.name}",
                where=str(self.home.config_path),
                fix="add it under [[accounts]] or pick one of: "
                + ", ".join(a.id for a in self.config.accounts),
            )
        return self.plugins.channel(account.channel)

    def account(self, account_id: str) -> Account:
        """The account as its channel plugin sees it, credentials included."""
        from medsocial_tui.channel import Account  # with the plugins, not before the app opens

        config = self.config.account(account_id)
        if config is None:
            raise UsageError(f"no account {account_id!r} in the config")
        channel = self.plugins.channels.get(config.channel)
        names = tuple(f.name for f in channel.credentials) if channel else ()
        return Account(
            id=config.id,
            channel=config.channel,
            name=config.name,
            base_url=(config.base_url or (channel.default_base_url if channel else "")).rstrip("/"),
            settings=dict(config.settings),
            credentials=self.secrets.for_account(config.id, names),
            sessions_path=self.home.sessions_path,
        )

    def reopen_store(self) -> Store:
        """A new connection to the same database (one per thread)."""
        store = open_store(
            self.home.database_path,
            create=False,
            migrate=False,
            busy_seconds=self.config.busy_timeout_seconds,
        )
        store.tz = self.tz
        return store

    def reader(self) -> Store:
        """A cheap read-only connection for a worker thread; the caller closes it."""
        store = open_reader(self.home.database_path)
        store.tz = self.tz
        return store

    def close(self) -> None:
        from medsocial_tui.records import audit_head

        try:
            audit_head.publish_if_moved(self, self.opened_at_head)
        finally:
            self.store.close()


def sync_accounts(store: Store, config: PracticeConfig) -> None:
    """Mirror the config's accounts into the database, which deliveries refer to."""
    now = clock.to_iso(clock.now())
    existing = {r["id"]: r for r in store.query("SELECT id, channel, name FROM accounts")}
    wanted = {a.id: a for a in config.accounts}
    changes = [
        a
        for a in wanted.values()
        if a.id not in existing
        or (existing[a.id]["channel"], existing[a.id]["name"]) != (a.channel, a.name)
    ]
    if not changes:
        return
    with store.write() as db:
        for a in changes:
            db.conn.execute(
                "INSERT INTO accounts (id, channel, name, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET channel=excluded.channel, name=excluded.name,"
                " updated_at=excluded.updated_at",
                (a.id, a.channel, a.name, now),
            )


def ensure_practice_row(store: Store, name: str, kind: str = "practice") -> None:
    """The practice's own row; ``kind`` (practice, demo, test) is set only when the row is
    made, which ``init``, ``demo`` and the test helpers do as they create the home."""
    if kind not in identity.HOME_KINDS:
        raise ValueError(f"unknown home kind {kind!r}")
    if store.one("SELECT id FROM practice WHERE id = 1"):
        return
    with store.write() as db:
        db.conn.execute(
            "INSERT OR IGNORE INTO practice (id, name, created_at, created_by_version, home_kind)"
            " VALUES (1, ?, ?, ?, ?)",
            (name, clock.to_iso(clock.now()), __version__, kind),
        )


def home_kind(store: Store) -> str:
    """practice, demo or test (a home without its row yet is a practice)."""
    row = store.one("SELECT home_kind FROM practice WHERE id = 1")
    return str(row["home_kind"]) if row else "practice"


def open_practice(
    home: str | os.PathLike[str] | Home | None = None,
    *,
    plugins: PluginHost | None = None,
    extra_plugins: tuple[object, ...] = (),
    verify: bool = False,
) -> Practice:
    """Open the practice in ``home`` (``--home``, ``MEDSOCIAL_HOME`` or the default)."""
    resolved = home if isinstance(home, Home) else resolve_home(home)
    identity.require_owner(resolved.root)
    permissions.require_safe_home(resolved)
    config = load_config(resolved)
    secrets = load_secrets(resolved)
    store = open_store(
        resolved.database_path,
        create=False,
        verify=verify,
        busy_seconds=config.busy_timeout_seconds,
    )
    try:
        ensure_practice_row(store, config.name)
        who = identity.sign_in(resolved.root, home_kind(store))
        sync_accounts(store, config)
    except sqlite3.OperationalError as exc:
        store.close()
        if kind_of(exc) is None:
            raise
        raise explain(exc, resolved.database_path, waited=config.busy_timeout_seconds) from None
    except BaseException:
        store.close()
        raise
    from medsocial_tui.records.chain_head import head

    return Practice(
        home=resolved,
        config=config,
        secrets=secrets,
        store=store,
        plugin_host=plugins,
        login=who.login,
        extra_plugins=tuple(extra_plugins),
        identity=who,
        opened_at_head=head(store.db),
    )


def practice_files(home: Home) -> list[Path]:
    return [home.config_path, home.secrets_path, home.database_path]
