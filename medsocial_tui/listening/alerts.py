"""Alerts: telling people that something arrived in the inbox, in counts only.

An alert never carries anyone's words, name or handle: "2 new Google reviews, 1 message;
1 item waiting longer than 4 working hours". It goes to

- every apprise URL in ``secrets.toml`` (``[alerts] apprise = [...]``: email, SMS gateways,
  Teams, Slack, ntfy and the rest; the URLs carry credentials, so never in practice.toml);
- the command in ``[alerts] command`` (an absolute path and its arguments), with the alert on
  standard input and in ``MEDSOCIAL_ALERT_TITLE`` / ``MEDSOCIAL_ALERT_BODY``;
- every plugin's ``notify`` hook.

A target that fails is said in words that never include its URL.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from medsocial_tui.home.practice import Practice
from medsocial_tui.plugin_host import PluginHung, within_deadline

if TYPE_CHECKING:
    from medsocial_tui.listening.inbox_fetch import FetchReport


@dataclass(frozen=True)
class Alert:
    title: str
    body: str
    counts: Mapping[str, int] = field(default_factory=dict)
    overdue: int = 0


@dataclass
class Sent:
    ok: bool = True
    words: list[str] = field(default_factory=list)


NOUNS = {
    "comment": ("comment", "comments"),
    "message": ("message", "messages"),
    "review": ("review", "reviews"),
    "mention": ("mention", "mentions"),
    "reply": ("reply", "replies"),
    "quote": ("quote", "quotes"),
}


def counts_in_words(counts: Mapping[tuple[str, str], int]) -> str:
    """``{("Reviews site", "review"): 2, ("Page", "message"): 1}`` ->
    "2 new Reviews site reviews, 1 Page message"."""
    parts = []
    for index, ((network, kind), n) in enumerate(
        sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ):
        one, many = NOUNS.get(kind, (kind, kind + "s"))
        new = "new " if index == 0 else ""
        parts.append(f"{n} {new}{network} {one if n == 1 else many}")
    return ", ".join(parts)


def summary(
    practice: Practice, counts: Mapping[tuple[str, str], int], report: FetchReport
) -> Alert | None:
    """The alert for a fetch, or None when there is nothing the practice asked to hear.
    ``counts`` are the items no alert has told about yet, by network and kind (this run's,
    and any an earlier run fetched but died before telling)."""
    from medsocial_tui.listening import inbox

    settings = practice.config.alerts
    lines = []
    if settings.on_new and counts:
        lines.append(counts_in_words(counts))
    if settings.on_overdue and report.newly_overdue:
        n = report.overdue
        lines.append(
            f"{n} {'item has' if n == 1 else 'items have'} waited longer than "
            f"{inbox.target_words(practice)} for an answer"
        )
    if not lines:
        return None
    return Alert(
        title=f"medsocial: {practice.config.name} inbox",
        body="; ".join(lines) + ". Open medsocial to answer (press i).",
        counts={f"{net} {kind}": n for (net, kind), n in counts.items()},
        overdue=report.overdue,
    )


def send(practice: Practice, alert: Alert) -> Sent:
    """Send ``alert`` to every target; words for each, never a URL."""
    sent = Sent()
    urls = practice.secrets.alert_urls
    if urls:
        _apprise(urls, alert, sent, practice.config.alerts.timeout_seconds)
    if practice.config.alerts.command:
        _command(
            practice.config.alerts.command, alert, sent, practice.config.alerts.timeout_seconds
        )
    for name, hook in practice.plugins.notifiers:
        try:
            within_deadline(partial(hook, alert=alert), practice.config.alerts.timeout_seconds)
            sent.words.append(f"alert told the {name} plugin")
        except PluginHung:
            sent.ok = False
            sent.words.append(f"the {name} plugin's notify hook did not finish in time")
        except Exception as exc:  # noqa: BLE001 - a plugin may raise anything
            sent.ok = False
            sent.words.append(f"the {name} plugin's notify hook failed ({type(exc).__name__})")
    return sent


def _apprise(urls: tuple[str, ...], alert: Alert, sent: Sent, timeout: float) -> None:
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import apprise
    except ImportError:
        sent.ok = False
        sent.words.append("apprise is not installed: `pip install apprise` to send alerts")
        return
    for number, url in enumerate(urls, start=1):
        target = apprise.Apprise()
        if not target.add(url):
            sent.ok = False
            sent.words.append(
                f"alert target {number} in secrets.toml ([alerts] apprise) is not a URL apprise "
                "knows; see https://github.com/caronc/apprise/wiki"
            )
            continue
        try:
            ok = bool(
                within_deadline(partial(target.notify, title=alert.title, body=alert.body), timeout)
            )
        except PluginHung:
            ok = False
        except Exception:  # noqa: BLE001 - words below, never the URL
            ok = False
        if ok:
            sent.words.append(f"alert sent to target {number}")
        else:
            sent.ok = False
            sent.words.append(
                f"alert target {number} in secrets.toml did not take the alert (check the "
                "service and its credentials)"
            )


def _command(argv: tuple[str, ...], alert: Alert, sent: Sent, timeout: float) -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "MEDSOCIAL_ALERT_TITLE": alert.title,
        "MEDSOCIAL_ALERT_BODY": alert.body,
    }
    try:
        done = subprocess.run(
            list(argv),
            input=f"{alert.title}\n{alert.body}\n",
            text=True,
            env=env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        sent.ok = False
        sent.words.append(f"the alert command did not finish within {timeout:g} s")
        return
    except OSError as exc:
        sent.ok = False
        sent.words.append(f"the alert command could not run ({exc.strerror})")
        return
    if done.returncode != 0:
        sent.ok = False
        sent.words.append(f"the alert command exited {done.returncode}")
    else:
        sent.words.append("alert command ran")
