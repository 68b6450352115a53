"""``medsocial audit``: verify the keyed audit chain, export the evidence bundle for an
inspector, and list or redact the reasons people wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from medsocial_tui.cli.common import (
    echo_json,
    json_option,
    practice_command,
    practice_from,
    table,
)
from medsocial_tui.errors import RecordsBroken
from medsocial_tui.home.practice import Practice


@click.group("audit")
def audit_group() -> None:
    """The audit records: verify them, export evidence, redact a reason."""


@practice_command(audit_group, "verify")
@click.option("--json", "as_json", is_flag=True, help="The result as one JSON object.")
def verify_command(practice: Practice, as_json: bool) -> None:
    """Check every event of the keyed chain, its sealed checkpoint and the head recorded
    outside the database. Exit 0 when it holds, 12 when it does not."""
    from medsocial_tui.records import audit_head, reasons

    try:
        check = audit_head.check(practice)
        changed = reasons.tampered(practice.store.db)
    finally:
        practice.close()
    ok = check.ok and not changed
    if as_json:
        echo_json(check.as_json() | {"reasons_changed": changed, "ok": ok})
    else:
        click.echo(check.in_words())
        if changed:
            click.echo(
                "reasons whose text no longer matches the digest in the chain: "
                + ", ".join(str(i) for i in changed)
            )
    if not ok:
        sys.exit(RecordsBroken.exit_code)


@audit_group.command("export")
@click.option("--from", "start", required=True, help="First day, YYYY-MM-DD (practice time).")
@click.option("--to", "end", required=True, help="Last day, YYYY-MM-DD (included).")
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the bundle (default: the home's exports/ folder).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the bundle's JSON as well.")
@click.pass_context
def export_command(
    ctx: click.Context, start: str, end: str, out: str | None, as_json: bool
) -> None:
    """The evidence bundle for an inspector: every post published in the period with its
    text, media digests, permalink, author, approver, policy version, the author's
    acknowledgement and training at the time, and the verification of the records."""
    from medsocial_tui.records import evidence
    from medsocial_tui.records.policy import typed_day

    first = typed_day(start, "--from")
    last = typed_day(end, "--to")
    practice = practice_from(ctx)
    try:
        bundle, data = evidence.export(practice, first, last, Path(out) if out else None)
    finally:
        practice.close()
    if as_json:
        echo_json(data)
        return
    click.echo(f"{bundle.published} published posts from {first} to {last}")
    click.echo(f"  {bundle.markdown_path}")
    click.echo(f"  {bundle.json_path}")
    if not bundle.records_ok:
        click.echo("the audit records do not hold: the bundle says where")


@practice_command(audit_group, "reasons")
@json_option
def reasons_command(practice: Practice, as_json: bool) -> None:
    """The reasons people wrote (overrides, send-backs, approval notes, cancellations), newest first."""
    from medsocial_tui.records import reasons

    try:
        found = reasons.listing(practice.store.db)
    finally:
        practice.close()
    if as_json:
        echo_json([r.__dict__ for r in found])
        return
    rows = [
        [
            str(r.id),
            r.written_at[:16],
            r.written_by,
            r.purpose,
            f"{r.subject_type} {r.subject_id}",
            r.text if r.text is not None else f"(redacted by {r.redacted_by})",
        ]
        for r in found
    ]
    click.echo(table(rows, ["id", "when", "by", "for", "about", "reason"]) if rows else "none")


@practice_command(audit_group, "redact", on="reason_id")
def redact_command(practice: Practice, reason_id: int) -> None:
    """Remove the text of a reason (an admin; the chain keeps its digest and says who)."""
    from medsocial_tui.records import reasons

    try:
        reason = reasons.redact(practice, reason_id)
    finally:
        practice.close()
    click.echo(f"reason {reason.id} redacted by {reason.redacted_by}")


@practice_command(audit_group, "anchor")
def anchor_command(practice: Practice) -> None:
    """After restoring the database from a backup on purpose (an admin): record the restore
    in the chain and write its head out, so the newer head recorded before stops counting."""
    from medsocial_tui.records import audit_head

    try:
        check = audit_head.anchor(practice)
    finally:
        practice.close()
    click.echo(check.in_words())
