"""``medsocial attach``: a picture or video streamed in on standard input, so staff who reach
the app over SSH never need a file path the service account would read for them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from medsocial_tui.cli.common import echo_json, json_option, pass_practice
from medsocial_tui.compose import media
from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.records.staff import Action, require_login


@click.command("attach")
@click.option("--name", default="", help="The file's own name, shown beside the post.")
@click.option("--alt", "alt_text", default="", help="A description for screen readers.")
@json_option
@pass_practice
def attach_command(practice: Practice, name: str, alt_text: str, as_json: bool) -> None:
    """Store an image or video sent on standard input, for a post to use:

    \b
    ssh medsocial@office-box attach --name flu.jpg < flu.jpg

    It prints the name to attach (post add --media NAME, or the attach field in compose)."""
    require_login(practice.store, practice.login, Action.COMPOSE)
    if sys.stdin.isatty():
        raise UsageError(
            "attach reads the file from standard input",
            fix="ssh <service account>@<host> attach < photo.jpg",
        )
    entry = media.store_stream(practice, sys.stdin.buffer, name, alt_text)
    stored = Path(str(entry["path"])).name
    if as_json:
        echo_json({**entry, "attach_as": stored})
        return
    click.echo(
        f"stored {entry['name']} ({entry['mime_type']}, {entry['size_bytes']} bytes) as {stored}\n"
        f"attach it with: medsocial post add ... --media {stored}  (or type {stored} in compose)"
    )
