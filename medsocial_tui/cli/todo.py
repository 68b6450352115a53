"""``medsocial todo``: deliveries waiting to be posted by hand, with the text to copy."""

from __future__ import annotations

from typing import Any

import click

from medsocial_tui import clock
from medsocial_tui.cli.common import echo_json, json_option_saying, pass_practice
from medsocial_tui.home.practice import Practice
from medsocial_tui.publishing import queue_views
from medsocial_tui.when import duration_words


def todo_items(practice: Practice) -> list[dict[str, Any]]:
    """Each to-do (:func:`queue_views.todos`) as ``medsocial todo`` prints it."""
    now = clock.now()
    return [
        {
            "delivery": todo.delivery.id,
            "post": todo.delivery.post_id,
            "account": todo.delivery.account_id,
            "account_name": todo.account_name,
            "network": todo.network,
            "where": todo.where,
            "text": todo.text,
            "media": [
                {"path": path, "alt_text": alt}
                for path, alt in zip(todo.media, todo.alt_texts, strict=True)
            ],
            "waiting_since": clock.to_iso(todo.waiting_since),
            "waited": duration_words(todo.waited(now)),
            "overdue": todo.overdue(now),
            "instructions": todo.instructions,
            "resolve": f"medsocial post resolve {todo.delivery.id} --published-url URL",
        }
        for todo in queue_views.todos(practice, limit=None)
    ]


@click.command("todo")
@json_option_saying("Print the to-dos as JSON.")
@pass_practice
def todo_command(practice: Practice, as_json: bool) -> None:
    """Posts to make by hand (networks with no publishing API), with the text to copy."""
    items = todo_items(practice)
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
