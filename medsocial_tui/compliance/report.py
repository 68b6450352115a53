"""``check_text``: the whole guard on one text, as run on submit and again before sending."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from medsocial_tui.compliance.checks import BUILTIN_CHECKS
from medsocial_tui.compliance.context import EMPTY_CONTEXT, PracticeContext
from medsocial_tui.compliance.findings import WARN, Finding, Report
from medsocial_tui.compliance.phi import find_phi

Check = Callable[[str, PracticeContext], list[Finding]]


def check_name(check: object) -> str:
    """The name a person sees for a check: its ``name`` attribute, else module.function."""
    name = getattr(check, "name", None)
    if isinstance(name, str) and name:
        return name
    module = getattr(check, "__module__", "") or ""
    return f"{module}.{getattr(check, '__qualname__', type(check).__name__)}".strip(".")


def _valid(finding: object, length: int) -> bool:
    return (
        isinstance(finding, Finding)
        and 0 <= finding.start <= finding.end <= length
        and finding.severity in ("block", "warn")
    )


def _run_check(check: Check, text: str, ctx: PracticeContext) -> list[Finding]:
    """One check's findings; a check that raises or returns nonsense becomes a warning that
    names it, never a crash, and never repeats its error text (it may quote the post)."""
    name = check_name(check)
    try:
        result = list(check(text, ctx) or [])
    except Exception as exc:  # noqa: BLE001 - a plugin may raise anything
        return [
            Finding(
                0,
                0,
                "check_failed",
                f"the compliance check {name} failed ({type(exc).__name__}) and could not "
                "look at this text; review it by hand or ask whoever maintains that plugin",
                WARN,
                name,
            )
        ]
    good = [f for f in result if _valid(f, len(text))]
    if len(good) != len(result):
        good.append(
            Finding(
                0,
                0,
                "check_failed",
                f"the compliance check {name} returned findings the guard cannot use",
                WARN,
                name,
            )
        )
    return good


def check_text(
    text: str,
    context: PracticeContext | None = None,
    checks: Iterable[Check] = (),
    *,
    is_reply: bool = False,
) -> Report:
    """PHI findings, the built-in checks and the plugins' checks for ``text``.

    ``checks`` are the callables plugins registered (``PluginHost.checks``); the built-ins
    always run and are not run twice if the host registered them too.
    """
    ctx = context or EMPTY_CONTEXT
    if is_reply and not ctx.is_reply:
        ctx = dataclasses.replace(ctx, is_reply=True)
    findings = list(find_phi(text, ctx))
    seen: set[int] = set()
    for check in (*BUILTIN_CHECKS, *checks):
        if id(check) in seen:
            continue
        seen.add(id(check))
        findings.extend(_run_check(check, text, ctx))
    findings.sort(key=lambda f: (f.start, f.end, f.severity != "block"))
    return Report(findings)
