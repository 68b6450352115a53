"""``check_text``: the whole guard on one text, as run on submit and again before sending."""

from __future__ import annotations

import dataclasses
import functools
import traceback
from collections.abc import Iterable
from pathlib import Path

from medsocial_tui.compliance.context import EMPTY_CONTEXT, PracticeContext
from medsocial_tui.compliance.findings import BLOCK, Finding, Report
from medsocial_tui.compliance.phi import find_phi
from medsocial_tui.errors import GuardBroken
from medsocial_tui.hookspecs import ComplianceCheck
from medsocial_tui.plugin_host import BUILTIN_PLUGINS, PluginHung, load_plugins, within_deadline

Check = ComplianceCheck
CHECK_DEADLINE_SECONDS = 5.0
"""How long a plugin's compliance check may take on one text before the text is held."""


def check_name(check: object) -> str:
    """The name a person sees for a check: its ``name`` attribute, else module.function."""
    name = getattr(check, "name", None)
    if isinstance(name, str) and name:
        return name
    module = getattr(check, "__module__", "") or ""
    return f"{module}.{getattr(check, '__qualname__', type(check).__name__)}".strip(".")


@functools.cache
def builtin_checks() -> tuple[Check, ...]:
    """medsocial's own checks, as its built-in ``guard`` plugin registers them through the
    ``register_compliance_checks`` hook (no entry point is loaded for this). Raises when
    they did not register: the guard never runs without them."""
    host = load_plugins(entry_points_too=False)
    trouble = [r.error for r in host.reports if r.name in BUILTIN_PLUGINS and r.error]
    if trouble or not host.checks:
        raise RuntimeError(f"medsocial's own compliance checks did not register: {trouble}")
    return tuple(host.checks)


def _valid(finding: object, length: int) -> bool:
    return (
        isinstance(finding, Finding)
        and 0 <= finding.start <= finding.end <= length
        and finding.severity in ("block", "warn")
    )


def _check_failed(name: str, why: str) -> Finding:
    return Finding(
        0,
        0,
        "check_failed",
        f"the compliance check {name} {why}, so this text is held until it can: fix or "
        "remove that plugin, or ask an approver to override with a written reason",
        BLOCK,
        name,
    )


def _run_check(check: Check, text: str, ctx: PracticeContext) -> list[Finding]:
    """One check's findings. The guard fails closed: a check that raises, does not finish in
    time or returns what the guard cannot use blocks the text with words naming it, and never
    repeats its error text (it may quote the post). The built-in checks run inline; a
    plugin's run in a thread with a deadline."""
    name = check_name(check)
    try:
        if check in builtin_checks():
            result: object = list(check(text, ctx) or [])
        else:
            result = within_deadline(lambda: list(check(text, ctx) or []), CHECK_DEADLINE_SECONDS)
    except PluginHung:
        return [_check_failed(name, f"did not finish within {CHECK_DEADLINE_SECONDS:g} s")]
    except BaseException as exc:  # noqa: BLE001 - a plugin may raise anything
        if isinstance(exc, KeyboardInterrupt):
            raise
        return [_check_failed(name, f"failed ({type(exc).__name__}) and could not read it")]
    found = result if isinstance(result, list) else []
    good = [f for f in found if _valid(f, len(text))]
    if len(good) != len(found) or not isinstance(result, list):
        good.append(_check_failed(name, "returned findings the guard cannot use"))
    return good


def _reader_failed(exc: Exception) -> Finding:
    """The text is held when medsocial's own PHI reader raised on it (a fault in medsocial):
    the screen that asked stays open with the text, and flush leaves the post unsent. The
    words name the error and where it was raised, never its message (it may quote the text)."""
    if isinstance(exc, GuardBroken):  # its words are about medsocial's files, never the text
        return Finding(
            0,
            0,
            "check_failed",
            f"medsocial's compliance guard cannot run ({exc.what}), so the text is held until"
            f" it can: tell whoever runs medsocial to {exc.fix}",
            BLOCK,
            "guard",
        )
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(frame[0].filename).name} line {frame[0].lineno}" if frame else ""
    return Finding(
        0,
        0,
        "check_failed",
        f"medsocial's PHI reader failed on this text ({type(exc).__name__}{where}), so it is"
        " held until it can read it: this is a fault in medsocial, not in the text; tell"
        " whoever runs medsocial, or ask an approver to override with a written reason",
        BLOCK,
        "guard",
    )


def check_text(
    text: str,
    context: PracticeContext | None = None,
    checks: Iterable[Check] = (),
    *,
    is_reply: bool = False,
) -> Report:
    """PHI findings, the built-in checks and the plugins' checks for ``text``.

    ``checks`` are the callables plugins registered (``PluginHost.checks``, which holds the
    built-in ones too: they register through the same hook); the built-ins always run, even
    when ``checks`` leaves them out, and never twice.
    """
    ctx = context or EMPTY_CONTEXT
    if is_reply and not ctx.is_reply:
        ctx = dataclasses.replace(ctx, is_reply=True)
    try:
        findings = list(find_phi(text, ctx))
    except Exception as exc:  # noqa: BLE001 - the guard fails closed, never open nor out
        findings = [_reader_failed(exc)]
    seen: set[int] = set()
    for check in (*builtin_checks(), *checks):
        if id(check) in seen:
            continue
        seen.add(id(check))
        findings.extend(_run_check(check, text, ctx))
    findings.sort(key=lambda f: (f.start, f.end, f.severity != "block"))
    return Report(findings)
