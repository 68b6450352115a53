"""The doctor's checks on the home itself and who is in it: its owner and permissions, the
config and secrets, room on the disk, SQLite, plugins, SSH keys and the staff list."""

from __future__ import annotations

import sqlite3

from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.config import Home, PracticeConfig, load_config, load_secrets
from medsocial_tui.home.health_findings import Finding
from medsocial_tui.home.homebuild import missing_contact
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Role
from medsocial_tui.plugin_host import PluginHost
from medsocial_tui.store import wal_is_safe
from medsocial_tui.store.trouble import LOW_SPACE_KIB, free_kib, writable

CONTACT_USES = {
    "phone": "hours notices and Q&A cards give no phone",
    "address": "the guard cannot tell the practice's own address from a patient's",
    "website": "Q&A cards and hours notices give no website",
    "portal_url": "replies and hours notices cannot point patients to the portal",
}


def _error(area: str, exc: MedsocialError) -> Finding:
    return Finding(area, False, exc.what, exc.fix or "")


def _permission_findings(home: Home) -> tuple[list[Finding], bool]:
    """Who owns the home and whether it is theirs alone; False when the rest must not be
    read (not the owner, or a file others can read)."""
    from medsocial_tui.home import identity, permissions

    try:
        owner = identity.login_of(identity.require_owner(home.root))
    except MedsocialError as exc:
        return [_error("identity", exc)], False
    wrong = permissions.home_problems(home)
    found = [Finding("permissions", False, problem.what, problem.fix) for problem in wrong]
    if any(not p.private for p in wrong):
        return found, False
    if not wrong:
        found.append(Finding("permissions", True, f"the home and its files are {owner}'s alone"))
    return found, True


def contact_findings(config: PracticeConfig, home: Home) -> list[Finding]:
    """Each empty contact detail: nothing is published in its place, so say what is missing."""
    return [
        Finding.warning(
            "practice",
            f"practice.{key} is empty: {CONTACT_USES[key]}",
            f'add {key} = "..." under [practice] in {home.config_path}',
        )
        for key in missing_contact({k: getattr(config, k) for k in CONTACT_USES})
    ]


def _config_findings(home: Home) -> list[Finding]:
    """The config read (raising MedsocialError when it cannot be), its warnings and the
    contact details it lacks."""
    config = load_config(home)
    found = [
        Finding("config", True, f"{home.config_path} is valid ({len(config.accounts)} accounts)")
    ]
    found.extend(Finding.warning("config", f"{w.what} ({w.where})", w.fix) for w in config.warnings)
    return found + contact_findings(config, home)


def _secrets_finding(home: Home) -> Finding:
    try:
        load_secrets(home)
    except MedsocialError as exc:
        return _error("secrets", exc)
    return Finding(
        "secrets",
        True,
        "secrets file is private"
        if home.secrets_path.exists()
        else "no secrets file (environment variables only)",
    )


def setup_findings(home: Home) -> tuple[list[Finding], bool]:
    """Owner, permissions, config and secrets: what every later check reads. False: stop
    there. A config that cannot be read is the whole report."""
    found, go_on = _permission_findings(home)
    if not go_on:
        return found, False
    try:
        found.extend(_config_findings(home))
    except MedsocialError as exc:
        where = f" ({exc.where})" if exc.where else ""
        return [Finding("config", False, exc.what + where, exc.fix or "")], False
    secrets = _secrets_finding(home)
    found.append(secrets)
    return found, secrets.ok


def storage_findings(home: Home) -> list[Finding]:
    """Whether the home folder and the database can be written, and the disk has room: a
    read-only home or a full disk otherwise shows only when flush fails."""
    found: list[Finding] = []
    if not writable(home.root):
        found.append(
            Finding(
                "storage",
                False,
                f"the home folder {home.root} is read-only: nothing can be saved",
                "remount the disk read-write, or give the service account write access",
            )
        )
    elif home.database_path.exists() and not writable(home.database_path):
        found.append(
            Finding(
                "storage",
                False,
                f"the database {home.database_path} cannot be written",
                "give the service account write access to it",
            )
        )
    free = free_kib(home.root)
    if free is not None and free < LOW_SPACE_KIB:
        found.append(
            Finding(
                "storage",
                False,
                f"the disk holding {home.root} is nearly full ({free} KiB free)",
                f"free some space: medsocial needs at least {LOW_SPACE_KIB // 1024} MiB to "
                "write safely",
            )
        )
    if not found:
        room = f"; {free // 1024} MiB free" if free is not None else ""
        found.append(Finding("storage", True, f"the home folder and database are writable{room}"))
    return found


def sqlite_findings() -> list[Finding]:
    """A notice when this SQLite has the WAL-reset bug and the store works around it."""
    if wal_is_safe():
        return []
    return [
        Finding(
            "database",
            True,
            f"SQLite {sqlite3.sqlite_version} has the WAL-reset bug: using the "
            "rollback journal, truncated and synced at each commit (safe, slightly slower)",
            severity="notice",
        )
    ]


def guard_findings() -> list[Finding]:
    """Whether the compliance guard's learned tagger loads and reads (``compliance/learned``):
    without it no post can be checked, so nothing is published."""
    from medsocial_tui.compliance import learned

    try:
        model = learned.model()
        learned.find_learned("A test of the guard.")
    except MedsocialError as exc:
        return [Finding("compliance guard", False, exc.what, exc.fix or "")]
    except Exception as exc:  # a model file CRFsuite cannot read
        return [
            Finding(
                "compliance guard",
                False,
                f"the learned tagger cannot be read ({type(exc).__name__})",
                "reinstall medsocial (make install), or rebuild the model with `make tagger`",
            )
        ]
    return [
        Finding(
            "compliance guard",
            True,
            f"learned tagger loads (trained on {model.texts:,} labelled texts of {model.sets} sets)",
        )
    ]


def plugin_findings(host: PluginHost) -> list[Finding]:
    return [
        Finding(
            f"plugin {r.name}",
            False,
            r.error or "",
            host.what_to_do(r),
        )
        for r in host.failures
    ]


def signed_in_findings(practice: Practice) -> list[Finding]:
    if practice.identity is None:
        return []
    return [Finding("identity", True, f"signed in as {practice.identity.in_words()}")]


def ssh_key_findings(practice: Practice) -> list[Finding]:
    """Keys in authorized_keys that force no command: each opens a shell."""
    from medsocial_tui.home import ssh_keys

    try:
        shells = ssh_keys.shell_keys(practice)
    except MedsocialError:
        shells = []
    return [
        Finding.warning(
            "ssh keys",
            f"the key {key!r} in {ssh_keys.authorized_keys_path(practice)} forces no "
            "command: it opens a shell as the practice's account, which can change "
            "the database directly",
            "remove it, or give that person a key with `medsocial staff key add`",
        )
        for key in shells
    ]


def staff_findings(practice: Practice) -> list[Finding]:
    """An active admin exists, and the person running this is on the staff list."""
    from medsocial_tui.records import staff

    admins = [m for m in staff.everyone(practice.store) if m.has(Role.ADMIN)]
    if not admins:
        return [
            Finding(
                "staff",
                False,
                "the practice has no active admin (an interrupted setup?)",
                f"run `medsocial init --finish --home {practice.home.root}` as the person who "
                "should be its admin",
            )
        ]
    if staff.by_login(practice.store, practice.login) is not None:
        return []
    names = ", ".join(f"{m.name} ({m.login})" for m in admins[:3])
    return [
        Finding.warning(
            "identity",
            f"you ({practice.login}) are not on the staff list",
            f"an admin ({names}) adds you: medsocial staff add {practice.login} --name ...",
        )
    ]
