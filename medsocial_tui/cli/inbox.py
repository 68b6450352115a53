"""``medsocial inbox ...``: comments, messages, reviews and mentions, and the replies."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from medsocial_tui import clock
from medsocial_tui.cli.common import (
    echo_json,
    json_option,
    json_option_saying,
    pass_practice,
    practice_command,
    practice_from,
    start_run,
    stop_in_words,
    stop_on_signals,
    table,
)
from medsocial_tui.cli.output import typed_text
from medsocial_tui.display import one_line
from medsocial_tui.errors import MedsocialError, UsageError
from medsocial_tui.listening import inbox, inbox_replies, inbox_templates
from medsocial_tui.listening.inbox_states import ReplyState

if TYPE_CHECKING:
    from medsocial_tui.home.practice import Practice
    from medsocial_tui.listening import inbox_fetch


@click.group("inbox")
def inbox_group() -> None:
    """What people wrote to the practice's accounts, and the replies (docs/inbox.md)."""


def _item_json(practice: Practice, item: inbox.Item, *, full: bool = False) -> dict[str, Any]:
    account = practice.config.account(item.account_id)
    data = {
        "id": item.id,
        "account": item.account_id,
        "channel": account.channel if account else None,
        "kind": item.kind,
        "state": item.state.value,
        "author": item.author_name,
        "handle": item.author_handle,
        "rating": item.rating,
        "created_at": clock.to_iso(item.created_at),
        "assigned_to": item.assigned_to,
        "escalated_to": item.escalated_to,
        "permalink": item.permalink,
        "on": item.on_remote_id,
    }
    if full:
        data["text"] = item.text
        data["existing_reply"] = item.existing_reply
        data["reply_window_ends"] = (
            clock.to_iso(item.reply_window_ends) if item.reply_window_ends else None
        )
        data["replies"] = [
            {
                "id": r.id,
                "state": r.state.value,
                "text": r.text,
                "written_by": r.written_by,
                "approved_by": r.approved_by,
                "remote_id": r.remote_id,
                "permalink": r.permalink,
                "words": r.last_error,
            }
            for r in inbox.replies(practice.store, item.id)
        ]
    else:
        data["text"] = item.text
    return data


@practice_command(inbox_group, "list")
@click.option(
    "--state",
    default=None,
    help="new, seen, replied, needs_follow_up, escalated, hidden, closed, or unanswered.",
)
@click.option("--account", default=None, help="Only this account id.")
@json_option_saying("Print JSON (the text included).")
def list_command(practice: Practice, state: str | None, account: str | None, as_json: bool) -> None:
    """Items, newest first."""
    inbox.require_reader(practice)
    found = inbox.items(practice.store, state=state, account=account)
    if as_json:
        echo_json([_item_json(practice, i) for i in found])
        return
    if not found:
        click.echo("nothing in the inbox" + (f" ({state})" if state else ""))
    else:
        rows = [
            [
                str(i.id),
                i.account_id,
                i.kind + (f" {i.rating}★" if i.rating else ""),
                i.state.value,
                one_line(i.author_name, 18),
                inbox.age_words(i),
                one_line(i.text, 40),
            ]
            for i in found
        ]
        click.echo(table(rows, ["id", "account", "kind", "state", "from", "age", "text"]))
    _notes(practice)


def _notes(practice: Practice) -> None:
    """Accounts whose network gives no listening API: where to read them instead."""
    from medsocial_tui.channel import Capability

    for account in practice.config.accounts:
        try:
            channel = practice.channel_for(account.id)
        except MedsocialError:
            continue
        if Capability.LISTEN not in channel.capabilities:
            note = channel.listening_note or f"{channel.title} activity is read in its own app"
            click.echo(f"note: {account.id}: {note}")


@practice_command(inbox_group, "show", on="item_id")
@json_option
def show_command(practice: Practice, item_id: int, as_json: bool) -> None:
    """One item in full, with its replies (opening it marks a new item seen)."""
    inbox.require_reader(practice)
    item = inbox.mark_seen(practice, item_id)
    if as_json:
        echo_json(_item_json(practice, item, full=True))
        return
    for line, _what in inbox.detail(practice, item):
        click.echo(line)


def _read_text(text: str | None) -> str:
    return typed_text(text, "the reply")


_READ_MARKS = {
    "failed": "FAIL",
    "skipped": "FAIL",
    "not_connected": "FAIL",
    "waiting": "wait",
    "not_listening": "note",
    "stopped": "stop",
}
"""How each account's read is marked on its line of `inbox fetch` (doctor's FAIL/note): a
FAIL always shows (cron mails it), the others only to a person at a terminal."""


def _tell(result: inbox_replies.ReplyResult, as_json: bool = False) -> None:
    """What became of a reply, in words (or JSON); exit 1 when it needs a person."""
    if as_json:
        echo_json(
            {"reply": result.reply.id, "state": result.reply.state.value, "words": result.words}
        )
    elif result.reply.state is ReplyState.WAITING:
        click.echo(f"{result.words}: `medsocial inbox approve {result.reply.id}`")
    else:
        click.echo(result.words)
    if result.needs_person:
        sys.exit(1)


@practice_command(inbox_group, "reply", on="item_id")
@click.argument("text", required=False)
@click.option(
    "--template", "template", default=None, help="Send an approved template instead of TEXT."
)
@json_option
def reply_command(
    practice: Practice, item_id: int, text: str, template: str | None, as_json: bool
) -> None:
    """Answer an item. The reply guard checks TEXT first: when it stops it (exit 11) it
    names the rule and offers a compliant rewrite from the templates."""
    if template:
        if text:
            raise UsageError("give TEXT or --template, not both")
        body = inbox_templates.filled_template(practice, template)
    else:
        body = _read_text(text)
    _tell(inbox_replies.write_reply(practice, item_id, body), as_json)


@practice_command(inbox_group, "check", on="item_id")
@click.argument("text", required=False)
@json_option
def check_command(practice: Practice, item_id: int, text: str, as_json: bool) -> None:
    """Run the reply guard on TEXT as an answer to the item; send nothing. Exit 11 when it
    would stop it."""
    inbox.require_reader(practice)
    item = inbox.get(practice.store, item_id)
    verdict = inbox_replies.check(practice, item, _read_text(text))
    if as_json:
        echo_json(verdict.to_dict() | {"rewrite": verdict.rewrite})
    elif verdict.blocking:
        for line in verdict.in_words():
            click.echo(f"stopped: {line}")
        click.echo(f'rewrite ("{verdict.rewrite_key}" template): {verdict.rewrite}')
    else:
        click.echo("the reply guard finds nothing to stop")
    if verdict.blocking:
        sys.exit(11)


@practice_command(inbox_group, "approve", on="reply_id")
def approve_command(practice: Practice, reply_id: int) -> None:
    """Approve a reply to a negative review; it is sent at once."""
    _tell(inbox_replies.approve(practice, reply_id))


@practice_command(inbox_group, "reject", on="reply_id")
@click.option("--note", default="", help="What the writer should change.")
def reject_command(practice: Practice, reply_id: int, note: str) -> None:
    """Send a reply back to its writer."""
    inbox_replies.reject(practice, reply_id, note)
    click.echo(f"reply {reply_id} sent back")


@practice_command(inbox_group, "send", on="reply_id")
def send_command(practice: Practice, reply_id: int) -> None:
    """Send an approved reply now (one the network asked to wait for), or read an unknown
    one's thread back."""
    inbox.require_worker(practice)
    _tell(inbox_replies.send(practice, reply_id))


@practice_command(inbox_group, "resolve", on="reply_id")
@click.option("--sent/--not-sent", "sent", required=True, help="Is the reply on the network?")
@click.option("--url", default=None, help="Where it is, when it is there.")
def resolve_command(practice: Practice, reply_id: int, sent: bool, url: str | None) -> None:
    """Say what happened to a reply whose answer was lost, after looking at the thread."""
    reply = inbox_replies.resolve(practice, reply_id, sent=sent, url=url)
    click.echo(f"reply {reply_id} is {reply.state.value}")


@practice_command(inbox_group, "cancel-reply", on="reply_id")
def cancel_reply_command(practice: Practice, reply_id: int) -> None:
    """Withdraw a reply that has not gone out (waiting for approval, approved, or failed),
    so the item can be answered again."""
    inbox_replies.cancel_reply(practice, reply_id)
    click.echo(f"reply {reply_id} canceled")


def _state_command(name: str, doc: str, fn: Callable[[Practice, int], inbox.Item]) -> click.Command:
    @click.command(name, help=doc)
    @click.argument("item_id", type=int)
    @pass_practice
    def command(practice: Practice, item_id: int) -> None:
        item = fn(practice, item_id)
        click.echo(f"item {item.id} is {item.state.value}")

    return command


inbox_group.add_command(_state_command("close", "Done: no answer needed.", inbox.close))
inbox_group.add_command(
    _state_command("follow-up", "Mark an item as needing a follow-up.", inbox.follow_up)
)
inbox_group.add_command(
    _state_command("reopen", "Open a closed or hidden item again.", inbox.reopen)
)


@practice_command(inbox_group, "assign", on="item_id")
@click.option("--to", "to", default=None, help="A staff login (default: the designated manager).")
def assign_command(practice: Practice, item_id: int, to: str | None) -> None:
    """Give an item to a member of the staff."""
    item = inbox.assign(practice, item_id, to)
    click.echo(f"item {item.id} assigned to {item.assigned_to}")


@practice_command(inbox_group, "escalate", on="item_id")
@click.option("--to", "to", required=True, help="The staff login to hand it to (the doctor...).")
def escalate_command(practice: Practice, item_id: int, to: str) -> None:
    """Hand an item to a named staff member."""
    item = inbox.escalate(practice, item_id, to)
    click.echo(f"item {item.id} escalated to {item.escalated_to}")


@practice_command(inbox_group, "hide", on="item_id")
@click.option("--unhide", is_flag=True, help="Show it again.")
def hide_command(practice: Practice, item_id: int, unhide: bool) -> None:
    """Hide a comment on its network (where the network allows it)."""
    item = inbox.hide(practice, item_id, hidden=not unhide)
    click.echo(f"item {item.id} is {item.state.value}")


@inbox_group.group("templates", invoke_without_command=True)
@click.pass_context
def templates_group(ctx: click.Context) -> None:
    """The practice's approved reply templates ({practice}, {phone}, {portal} are filled in)."""
    if ctx.invoked_subcommand is not None:
        return
    practice = practice_from(ctx)
    inbox.require_reader(practice)
    for t in inbox_templates.templates(practice.store):
        click.echo(f"{t.key}: {t.title}{' (edited)' if t.edited else ''}")
        click.echo(f"    {t.text}")


@practice_command(templates_group, "set", on="key", on_type=str)
@click.argument("text", required=False)
@click.option("--title", default=None, help="The name shown when picking a template.")
def template_set_command(practice: Practice, key: str, text: str, title: str | None) -> None:
    """Change or add a template (approvers); it must pass the reply guard itself."""
    t = inbox_templates.set_template(practice, key, _read_text(text).strip(), title)
    click.echo(f"template {t.key} saved")


@practice_command(templates_group, "reset", on="key", on_type=str)
def template_reset_command(practice: Practice, key: str) -> None:
    """Put a template back to medsocial's approved default (or remove one the practice added)."""
    inbox_templates.reset_template(practice, key)
    click.echo(f"template {key} reset")


@inbox_group.command("fetch")
@json_option_saying("One JSON object: each account and the counts.")
@click.option("--no-alert", is_flag=True, help="Do not send the alert for this run.")
@click.pass_context
def fetch_command(ctx: click.Context, as_json: bool, no_alert: bool) -> None:
    """Read every account's new activity from where the last run stopped (for cron, beside
    flush). Exit 0 when every account was read (or waits for its rate limit), 1 when one
    could not be read or a reply needs a person, 2 when medsocial could not start or the
    database failed it, 12 when the audit chain does not hold."""
    from medsocial_tui.listening import inbox_fetch

    practice = start_run(ctx, "inbox fetch", as_json=as_json, skipped={"accounts": []})
    terminal = sys.stdout.isatty() and not as_json

    def progress(read: inbox_fetch.AccountRead) -> None:
        if terminal:
            click.echo(f"  {read.account_id:<20} {read.state:<14} {read.new} new", err=True)

    async def go() -> inbox_fetch.FetchReport:
        stop = stop_on_signals()
        return await inbox_fetch.run(practice, stop=stop, alert=not no_alert, on_account=progress)

    with stop_in_words(practice):
        report = asyncio.run(go())
    practice.close()
    if as_json:
        echo_json(report.as_json())
        sys.exit(report.exit_code)
    if report.records is not None and not report.records.ok:
        click.echo(
            f"records: {report.records.in_words()}. Run `medsocial audit verify` and restore "
            "the database from a backup or ask whoever runs the box what changed it."
        )
    for read in report.accounts:
        mark = _READ_MARKS.get(read.state)
        if mark == "FAIL" or (terminal and mark):
            # as doctor marks its lines; cron mailed "not_connected: masto: …", a code name
            # (found on the newcomer's walk)
            click.echo(f"{mark:<5} {read.account_id}: {read.detail}")
    for r in report.replies:
        if r.needs_person or terminal:
            click.echo(r.words)
    for words in report.alerts:
        if report.alert_failed or terminal:
            click.echo(words)
    if terminal:
        click.echo(
            f"{report.new} new, {report.unanswered} unanswered"
            + (
                f", {report.overdue} waiting longer than {inbox.target_words(practice)}"
                if report.overdue
                else ""
            )
        )
    sys.exit(report.exit_code)
