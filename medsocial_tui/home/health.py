"""Health of a practice home: what ``medsocial doctor`` and the channels screen report.

Each check returns findings in words, with what to do; nothing here changes anything. The
checks live by area (:mod:`health_home`, :mod:`health_accounts`, :mod:`health_work`);
:func:`diagnose` runs them in the order a person fixes them.
"""

from __future__ import annotations

from collections.abc import Callable

from medsocial_tui.errors import MedsocialError
from medsocial_tui.home.config import Home
from medsocial_tui.home.health_accounts import (
    AccountStatus,
    QuietAccount,
    account_findings,
    account_statuses,
    online_findings,
    quiet_accounts,
)
from medsocial_tui.home.health_findings import Finding
from medsocial_tui.home.health_home import (
    guard_findings,
    plugin_findings,
    setup_findings,
    signed_in_findings,
    sqlite_findings,
    ssh_key_findings,
    staff_findings,
    storage_findings,
)
from medsocial_tui.home.health_work import (
    inbox_findings,
    metrics_findings,
    policy_findings,
    queue_findings,
    records_findings,
)
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.plugin_host import load_plugins

__all__ = [
    "AccountStatus",
    "Finding",
    "QuietAccount",
    "account_findings",
    "account_statuses",
    "diagnose",
    "inbox_findings",
    "metrics_findings",
    "online_findings",
    "policy_findings",
    "quiet_accounts",
]

PracticeCheck = Callable[[Practice], list[Finding]]


def _online_account_findings(practice: Practice) -> list[Finding]:
    import asyncio

    return asyncio.run(online_findings(practice))


def practice_checks(*, online: bool) -> tuple[PracticeCheck, ...]:
    """The checks that read an open practice, in the order the report lists them."""
    return (
        account_findings,
        *((_online_account_findings,) if online else ()),
        queue_findings,
        metrics_findings,
        inbox_findings,
        policy_findings,
        records_findings,
        signed_in_findings,
        ssh_key_findings,
        staff_findings,
    )


def diagnose(home: Home, *, online: bool = False) -> list[Finding]:
    """Everything the doctor checks, in the order a person fixes them; with ``online`` also
    whether each network accepts the account's credentials."""
    found, go_on = setup_findings(home)
    if not go_on:
        return found
    found.extend(storage_findings(home))
    found.extend(sqlite_findings())
    found.extend(guard_findings())
    host = load_plugins()
    found.extend(plugin_findings(host))
    try:
        practice = open_practice(home, plugins=host, verify=True)
    except MedsocialError as exc:
        found.append(Finding("database", False, exc.what, exc.fix or ""))
        return found
    try:
        found.append(
            Finding("database", True, f"{home.database_path.name} opens and passes quick_check")
        )
        for check in practice_checks(online=online):
            found.extend(check(practice))
    finally:
        practice.close()
    return found
