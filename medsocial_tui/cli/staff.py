"""``medsocial staff ...``: who works here and what they may do."""

from __future__ import annotations

import os

import click

from medsocial_tui import clock
from medsocial_tui.cli.common import echo_json, json_option, practice_command, table
from medsocial_tui.cli.output import typed_text
from medsocial_tui.errors import NotFound
from medsocial_tui.home import identity, ssh_keys
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import StaffMember
from medsocial_tui.records import audit_notes, policy, staff, training


@click.group("staff")
def staff_group() -> None:
    """Staff, roles, the designated social-media manager and providers."""


def _marks(member: StaffMember) -> str:
    return " ".join(
        mark
        for mark, on in (("manager", member.is_manager), ("provider", member.is_provider))
        if on
    )


@practice_command(staff_group, "list")
@click.option("--all", "include_inactive", is_flag=True, help="Include deactivated staff.")
@json_option
def list_command(practice: Practice, include_inactive: bool, as_json: bool) -> None:
    """Everyone on the staff list, with policy acknowledgement and training."""
    store = practice.store
    today = practice.today()
    people = staff.everyone(store, include_inactive=include_inactive)
    unacked = {m.id for m in policy.not_acknowledged(store)}
    trained = {m.id: training.person_status(store, m.id) for m in people}
    if as_json:
        echo_json(
            [
                {
                    **m.__dict__,
                    "roles": sorted(r.value for r in m.roles),
                    "acknowledged_current_policy": m.id not in unacked,
                    "training_overdue": bool(
                        m.active and (status := trained[m.id]) and status.overdue(today)
                    ),
                }
                for m in people
            ]
        )
        return
    rows = [
        [
            m.login,
            m.name,
            staff.roles_text(m.roles),
            _marks(m),
            "active" if m.active else "deactivated",
            ("NOT acknowledged" if m.id in unacked else "acknowledged") if m.active else "",
            status.words(today) if m.active and (status := trained[m.id]) else "",
        ]
        for m in people
    ]
    click.echo(table(rows, ["login", "name", "roles", "marks", "status", "policy", "training"]))


@practice_command(staff_group, "show", on="login", on_type=str)
def show_command(practice: Practice, login: str) -> None:
    """One person: roles, acknowledgements, training, audit notes and the history of changes."""
    store = practice.store
    member = staff.named(store, login)
    click.echo(f"{member.name} ({member.login}) {member.title}".rstrip())
    click.echo(f"roles: {staff.roles_text(member.roles)}  {_marks(member)}".rstrip())
    click.echo("status: " + ("active" if member.active else "deactivated"))
    acks = [a for a in policy.acknowledgements(store) if a.staff_id == member.id]
    click.echo("\nacknowledged:")
    for a in acks:
        click.echo(
            f"  version {a.version} on {clock.show(clock.parse_utc(a.acknowledged_at), practice.tz)}"
        )
    if not acks:
        click.echo("  nothing yet")
    click.echo("\ntraining:")
    records = training.records(store, login)
    for r in records:
        click.echo(f"  {r.completed_on}  {r.topic}  (next due {r.next_due})")
    if not records:
        click.echo("  nothing on record")
    notes = audit_notes.notes(store, login)
    if notes:
        click.echo("\naudit notes:")
        for n in notes:
            click.echo(
                f"  {n.reviewed_on} by {n.reviewer}: {n.seen}"
                + (f" Action: {n.action}" if n.action else "")
            )
    click.echo("\nhistory:")
    for e in staff.history(store, member.id):
        click.echo(f"  {clock.show(clock.parse_utc(e.at), practice.tz)}  {e.action} by {e.actor}")


@practice_command(staff_group, "add", on="login", on_type=str)
@click.option("--name", required=True, help="Full name, as colleagues know them.")
@click.option("--roles", default="author", show_default=True, help="author,approver,admin")
@click.option("--title", default="", help='e.g. "DDS", "Front desk"')
@click.option("--email", default="", help="Work email, kept on the staff record.")
@click.option(
    "--provider", is_flag=True, help="A doctor or clinician: never mistaken for a patient."
)
@click.option("--manager", is_flag=True, help="The designated social-media manager.")
@click.option(
    "--ssh-key",
    "ssh_key",
    default=None,
    help="Their SSH public key line (or - to read it from standard input): they reach the "
    "app with ssh <service account>@<host>.",
)
def add_command(
    practice: Practice,
    login: str,
    name: str,
    roles: str,
    title: str,
    email: str,
    provider: bool,
    manager: bool,
    ssh_key: str | None,
) -> None:
    """Add a staff member; LOGIN is the name they are known by (their SSH or OS login)."""
    key_text = _key_text(ssh_key) if ssh_key else None
    if key_text is not None:
        ssh_keys.parse_key(key_text)
    member = staff.add(
        practice,
        login=login,
        name=name,
        roles=staff.parse_roles(roles),
        email=email,
        is_provider=provider,
        is_manager=manager,
        title=title,
    )
    click.echo(f"added {member.name} ({member.login})")
    if key_text is not None:
        added = ssh_keys.add_key(practice, member.login, key_text)
        click.echo(f"key {added.key.fingerprint} lets {member.login} in over SSH")
    if policy.unacknowledged_version(practice.store, member.id):
        click.echo(
            "they can compose once they have read and acknowledged the policy "
            "(`medsocial policy acknowledge`, or a in the app)"
        )


@practice_command(staff_group, "change", on="login", on_type=str)
@click.option("--roles", default=None, help="The full new set, e.g. author,approver")
@click.option("--name", default=None, help="The new full name.")
@click.option("--title", default=None, help='The new title, e.g. "DDS", "Front desk".')
@click.option(
    "--provider/--not-provider",
    default=None,
    help="A doctor or clinician (never mistaken for a patient), or not.",
)
@click.option(
    "--manager/--not-manager", default=None, help="The designated social-media manager, or not."
)
def change_command(
    practice: Practice,
    login: str,
    roles: str | None,
    name: str | None,
    title: str | None,
    provider: bool,
    manager: bool,
) -> None:
    """Change someone's roles, name, title, or provider / social-media manager mark."""
    member = staff.change(
        practice,
        login,
        roles=staff.parse_roles(roles) if roles else None,
        name=name,
        title=title,
        is_provider=provider,
        is_manager=manager,
    )
    click.echo(f"{member.login}: {staff.roles_text(member.roles)} {_marks(member)}".rstrip())


@practice_command(staff_group, "deactivate", on="login", on_type=str)
def deactivate_command(practice: Practice, login: str) -> None:
    """Stop someone from acting; their history stays."""
    staff.deactivate(practice, login)
    click.echo(f"{login} deactivated; their records stay")
    try:
        removed = ssh_keys.remove_keys(practice, login)
    except NotFound:
        removed = []
    for gone in removed:
        click.echo(f"removed their SSH key {gone.key.fingerprint}")


def _key_text(value: str) -> str:
    return typed_text(value, "the SSH key")


@staff_group.group("key")
def key_group() -> None:
    """SSH keys that let staff into the app on the practice's service account."""


@practice_command(key_group, "add", on="login", on_type=str)
@click.argument("key")
def key_add_command(practice: Practice, login: str, key: str) -> None:
    """Let LOGIN in with KEY (their .pub line; - reads it from standard input)."""
    added = ssh_keys.add_key(practice, login, _key_text(key))
    click.echo(
        f"key {added.key.fingerprint} lets {login} in: ssh "
        f"{identity.login_of(os.geteuid())}@<this machine>"
    )


@practice_command(key_group, "remove", on="login", on_type=str)
@click.option("--fingerprint", default=None, help="Only this key (SHA256:...).")
def key_remove_command(practice: Practice, login: str, fingerprint: str | None) -> None:
    """Take LOGIN's keys (or one of them) out."""
    for gone in ssh_keys.remove_keys(practice, login, fingerprint):
        click.echo(f"removed {login}'s key {gone.key.fingerprint}")


@practice_command(key_group, "list")
@json_option
def key_list_command(practice: Practice, as_json: bool) -> None:
    """Every staff key for this practice, with its fingerprint."""
    found = ssh_keys.keys(practice)
    if as_json:
        echo_json(
            [
                {"login": k.login, "type": k.key.kind, "fingerprint": k.key.fingerprint}
                for k in found
            ]
        )
        return
    if not found:
        click.echo(f"no staff keys in {ssh_keys.authorized_keys_path(practice)}")
        return
    click.echo(
        table(
            [[k.login, k.key.kind, k.key.fingerprint] for k in found],
            ["login", "type", "fingerprint"],
        )
    )
