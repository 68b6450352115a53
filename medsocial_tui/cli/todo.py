"""``medsocial todo``: deliveries waiting to be posted by hand, with the text to copy."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import click

from medsocial_tui import clock, queue
from medsocial_tui.cli.common import echo_json, practice_from
from medsocial_tui.health import TODO_OVERDUE
from medsocial_tui.models import Delivery
from medsocial_tui.practice import Practice


def _waited(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes // (24 * 60)} days"


def todo_items(practice: Practice) -> list[dict[str, Any]]:
    """Each to-do with what a person needs to post it: where, the text, the files."""
    rows = practice.store.query(
        "SELECT * FROM deliveries WHERE state='todo' ORDER BY updated_at, id"
    )
    now = clock.now()
    items = []
    for row in rows:
        delivery = Delivery.from_row(row)
        post = queue.get(practice.store, delivery.post_id)
        draft = queue.draft_for(practice, post, delivery.account_id)
        account = practice.account(delivery.account_id)
        channel = practice.plugins.channels.get(account.channel)
        text = draft.text
        if draft.link and draft.link not in text:
            text = f"{text}\n\n{draft.link}".strip()
        age = now - clock.parse_utc(row["updated_at"])
        items.append(
            {
                "delivery": delivery.id,
                "post": delivery.post_id,
                "account": account.id,
                "account_name": account.name,
                "network": str(
                    account.settings.get("network")
                    or (channel.title if channel else account.channel)
                ),
                "where": account.settings.get("profile_url") or "",
                "text": text,
                "media": [{"path": str(m.path), "alt_text": m.alt_text} for m in draft.media],
                "waiting_since": row["updated_at"],
                "waited": _waited(age),
                "overdue": age > TODO_OVERDUE,
                "instructions": delivery.last_error,
                "resolve": f"medsocial post resolve {delivery.id} --published-url URL",
            }
        )
    return items


@click.command("todo")
@click.option("--json", "as_json", is_flag=True, help="Print the to-dos as JSON.")
@click.pass_context
def todo_command(ctx: click.Context, as_json: bool) -> None:
    """Posts to make by hand (networks with no publishing API), with the text to copy."""
    items = todo_items(practice_from(ctx))
    if as_json:
        echo_json(items)
        return
    if not items:
        click.echo("nothing to post by hand")
        return
    for item in items:
        flag = "  OVERDUE" if item["overdue"] else ""
        click.echo(
            f"to-do {item['delivery']}: {item['network']} ({item['account_name']}), "
            f"waiting {item['waited']}{flag}"
        )
        if item["where"]:
            click.echo(f"  post at: {item['where']}")
        click.echo("  text to copy:")
        for line in item["text"].splitlines() or [""]:
            click.echo(f"    {line}")
        for media in item["media"]:
            alt = f"  (alt text: {media['alt_text']})" if media["alt_text"] else ""
            click.echo(f"  attach: {media['path']}{alt}")
        click.echo(f"  when done: {item['resolve']}")
        click.echo(
            f"  (or, if it cannot be posted: medsocial post resolve {item['delivery']} --failed REASON)"
        )
        click.echo("")
