"""``medsocial authorisation`` (also ``medsocial consent``): patients' written permission to
appear in posts, and the takedown list when they take it back."""

from __future__ import annotations

import asyncio
from datetime import date

import click

from medsocial_tui.cli.common import echo_json, json_option, practice_command, table
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import authorisations


@click.group("authorisation")
def authorisation_group() -> None:
    """Patients' signed permission for testimonials, photos and videos."""


def _as_row(found: authorisations.Authorisation, today: date) -> list[str]:
    return [
        str(found.id),
        ",".join(sorted(found.scope)),
        ",".join(sorted(found.networks)),
        found.signed_on.isoformat(),
        found.expires_on.isoformat() if found.expires_on else "-",
        found.status(today),
        found.form_location,
    ]


def _as_json(found: authorisations.Authorisation, today: date) -> dict[str, object]:
    return {
        "id": found.id,
        "scope": sorted(found.scope),
        "networks": sorted(found.networks),
        "signed_on": found.signed_on.isoformat(),
        "expires_on": found.expires_on.isoformat() if found.expires_on else None,
        "revoked_on": found.revoked_on.isoformat() if found.revoked_on else None,
        "status": found.status(today),
        "form_location": found.form_location,
    }


HEADERS = ["id", "scope", "networks", "signed", "expires", "status", "signed form"]


@practice_command(authorisation_group, "add")
@click.option(
    "--patient", required=True, help="The patient's full name (kept only as a keyed hash)."
)
@click.option("--scope", "scope", multiple=True, required=True, help="text, photo and/or video.")
@click.option("--networks", "networks", multiple=True, required=True, help="Channel names, or all.")
@click.option("--signed", "signed_on", required=True, help="When the patient signed: YYYY-MM-DD.")
@click.option("--expires", "expires_on", default=None, help="When it ends: YYYY-MM-DD.")
@click.option("--form", "form_location", required=True, help="Where the signed form is kept.")
def add_command(
    practice: Practice,
    patient: str,
    scope: tuple[str, ...],
    networks: tuple[str, ...],
    signed_on: str,
    expires_on: str | None,
    form_location: str,
) -> None:
    """Record a patient's signed authorisation; its number goes on the post."""
    made = authorisations.add(
        practice,
        patient,
        scope=scope,
        networks=networks,
        signed_on=signed_on,
        expires_on=expires_on,
        form_location=form_location,
    )
    click.echo(
        f"authorisation {made.id} recorded: {','.join(sorted(made.scope))} on "
        f"{','.join(sorted(made.networks))}. Name it on a post with --authorisation {made.id}."
    )
    warning = authorisations.expired_warning(made, practice.today())
    if warning:
        click.echo(f"warning: {warning}", err=True)


@practice_command(authorisation_group, "list")
@click.option("--patient", default=None, help="Only this patient's (typed again, matched by hash).")
@json_option
def list_command(practice: Practice, patient: str | None, as_json: bool) -> None:
    """Every authorisation with its status (patients are not shown: only their hash is kept)."""
    found = authorisations.find(practice, patient) if patient else authorisations.every(practice)
    today = practice.today()
    if as_json:
        echo_json([_as_json(a, today) for a in found])
    elif not found:
        click.echo("no authorisations recorded" + (" for that patient" if patient else ""))
    else:
        click.echo(table([_as_row(a, today) for a in found], HEADERS))


def _echo_takedowns(items: list[authorisations.Takedown]) -> None:
    if not items:
        click.echo("no published post used it: nothing to take down")
        return
    rows = [
        [
            str(t.id),
            str(t.delivery_id),
            t.account_id,
            t.state,
            t.remote_url or t.remote_id,
            t.detail,
        ]
        for t in items
    ]
    click.echo(table(rows, ["takedown", "delivery", "account", "state", "where", "detail"]))
    if any(t.state is authorisations.TakedownState.TO_DO for t in items):
        click.echo("Remove each to_do by hand, then `medsocial authorisation done TAKEDOWN`.")


@practice_command(authorisation_group, "revoke", on="authorisation_id")
@click.option("--on", "on", default=None, help="When the patient revoked it (default today).")
@click.option("--no-delete", is_flag=True, help="Only list; delete later with `takedown`.")
def revoke_command(
    practice: Practice, authorisation_id: int, on: str | None, no_delete: bool
) -> None:
    """Record that the patient took permission back; delete what went out where the network
    allows it and list the rest as to-dos."""
    items = authorisations.revoke(practice, authorisation_id, on=on)
    if not no_delete:
        items = asyncio.run(authorisations.take_down(practice, authorisation_id))
    click.echo(f"authorisation {authorisation_id} revoked; posts that used it:")
    _echo_takedowns(items)


@practice_command(authorisation_group, "takedown", on="authorisation_id")
@click.option("--list", "only_list", is_flag=True, help="Show the list without deleting.")
def takedown_command(practice: Practice, authorisation_id: int, only_list: bool) -> None:
    """Delete (again) what a revoked authorisation left online, and show the list."""
    authorisations.get(practice, authorisation_id)
    if only_list:
        items = authorisations.takedowns(practice, authorisation_id)
    else:
        items = asyncio.run(authorisations.take_down(practice, authorisation_id))
    _echo_takedowns(items)


@practice_command(authorisation_group, "done", on="takedown_id")
def done_command(practice: Practice, takedown_id: int) -> None:
    """Mark a takedown to-do as removed by hand."""
    item = authorisations.mark_done(practice, takedown_id)
    click.echo(f"takedown {item.id} ({item.account_id}) marked done")
