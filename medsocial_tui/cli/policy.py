"""``medsocial policy ...``: the social-media policy, its versions, acknowledgements and exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from medsocial_tui.cli.common import (
    DAY,
    echo_json,
    json_option,
    output_target,
    practice_command,
    read_input,
    stream_file,
    table,
)
from medsocial_tui.errors import NotFound, PermissionDenied, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import exports, policy, staff


@click.group("policy")
def policy_group() -> None:
    """The internet and social-media use policy."""


def _version_or_current(practice: Practice, number: int | None) -> policy.PolicyVersion:
    if number:
        return policy.get_version(practice.store, number)
    version = policy.current_version(practice.store)
    if version is None:
        raise NotFound(
            "no policy has been published yet",
            fix="`medsocial policy draft` starts one, `medsocial policy publish N` publishes it",
        )
    return version


@practice_command(policy_group, "list")
@json_option
def list_command(practice: Practice, as_json: bool) -> None:
    """Every version, newest first, with its status and review date."""
    store, today = practice.store, practice.today()
    versions = policy.versions(store)
    if as_json:
        echo_json(
            [
                {
                    "number": v.number,
                    "title": v.title,
                    "status": policy.describe_status(store, v),
                    "effective_date": v.effective_date,
                    "next_review_date": v.next_review_date,
                    "review_due": policy.review_due(v, today),
                    "sections": [s.key for s in v.sections],
                }
                for v in versions
            ]
        )
        return
    if not versions:
        click.echo("no versions yet; `medsocial policy draft` starts one")
        return
    rows = [
        [
            str(v.number),
            policy.describe_status(store, v),
            v.effective_date.isoformat() if v.effective_date else "",
            policy.review_status(v, today) if v.status == "published" else "",
            v.title,
        ]
        for v in versions
    ]
    click.echo(table(rows, ["version", "status", "effective", "review", "title"]))


@practice_command(policy_group, "show")
@click.argument("number", type=int, required=False)
def show_command(practice: Practice, number: int) -> None:
    """Print a policy version (default: the current one) to read."""
    version = _version_or_current(practice, number)
    status = policy.describe_status(practice.store, version)
    click.echo(f"# {version.title} (version {version.number}, {status})")
    if version.effective_date:
        review = policy.review_status(version, practice.today())
        click.echo(f"effective {version.effective_date.isoformat()}, {review}")
    for section in version.sections:
        click.echo(f"\n## {section.title}\n\n{section.body}")


@practice_command(policy_group, "draft")
@click.option("--from", "from_number", type=int, default=None, help="Copy this version.")
@click.option("--title", default=None, help="The title (default: the template's).")
def draft_command(practice: Practice, from_number: int | None, title: str | None) -> None:
    """Start a new draft from the template, or from an earlier version (--from N)."""
    version = policy.create_draft(
        practice,
        title or policy.DEFAULT_TITLE,
        from_number=from_number,
        practice_name=practice.config.name,
    )
    if title and from_number is not None:
        version = policy.update_draft(practice, version.number, version.sections, title)
    click.echo(
        f"draft version {version.number} with {len(version.sections)} sections; "
        f"edit it with `medsocial policy edit {version.number}`"
    )


@practice_command(policy_group, "edit", on="number")
@click.option("--section", "key", default=None, help="Replace (or add) this one section.")
@click.option(
    "--file",
    "source",
    default=None,
    help="Read the section's text (with --section) or the whole draft's Markdown from here; "
    "- is standard input.",
)
@click.option("--title", default=None, help="The section's title (a new section needs one).")
@click.option("--remove-section", "remove", default=None, help="Remove this section.")
def edit_command(
    practice: Practice,
    number: int,
    key: str | None,
    source: str | None,
    title: str | None,
    remove: str | None,
) -> None:
    """Edit draft NUMBER: in $EDITOR as Markdown, or one section with --section KEY --file F.

    In the editor, each section starts with '## Title {#key}'; add a section by adding a
    heading (the key may be left out), remove one by deleting it."""
    store = practice.store
    example = f"ssh <service account>@<host> policy edit {number} --file - < draft.md"
    text_in = (
        read_input(practice, source, "the policy text", example).decode("utf-8", "replace")
        if source is not None
        else None
    )
    if remove:
        version = policy.remove_section(practice, number, remove)
        click.echo(f"removed section {remove!r}; {len(version.sections)} left")
        return
    if key:
        if text_in is None:
            raise UsageError("--section needs --file with the section's text (- for stdin)")
        version = policy.set_section(practice, number, key, text_in, title)
        click.echo(f"section {key!r} of draft {version.number} saved")
        return
    version = policy.editable_draft(store, number)
    if text_in is not None:
        text = text_in
    elif practice.restricted:
        raise UsageError(
            "no editor is started here: it would run as the practice's account",
            fix="edit the draft in the app (p, v, then e on the draft), or send the Markdown: "
            f"{example}",
        )
    else:
        edited = click.edit(policy.to_markdown(version, keys=True), extension=".md")
        if edited is None:
            click.echo("no changes")
            return
        text = edited
    new_title, sections = policy.parse_markdown(text)
    version = policy.update_draft(practice, number, sections, new_title)
    click.echo(f"draft {version.number} saved: {len(version.sections)} sections")


@practice_command(policy_group, "publish", on="number")
@click.option("--effective", type=DAY, default=None, help="YYYY-MM-DD (default: today).")
@click.option("--review", type=DAY, default=None, help="Next review (default: 12 months on).")
def publish_command(
    practice: Practice, number: int, effective: date | None, review: date | None
) -> None:
    """Publish draft NUMBER. It can no longer change, and everyone must acknowledge it."""
    version = policy.publish(practice, number, effective=effective, next_review=review)
    missing = policy.not_acknowledged(practice.store)
    click.echo(
        f"version {version.number} published, effective {version.effective_date}, "
        f"next review {version.next_review_date}; {len(missing)} people must acknowledge it"
    )


@practice_command(policy_group, "retire", on="number")
def retire_command(practice: Practice, number: int) -> None:
    """Withdraw a version (an abandoned draft, or a published version no longer in force)."""
    version = policy.retire(practice, number)
    click.echo(f"version {version.number} retired")


@practice_command(policy_group, "diff", on="old")
@click.argument("new", type=int)
@click.option("--all", "show_all", is_flag=True, help="List unchanged sections too.")
def diff_command(practice: Practice, old: int, new: int, show_all: bool) -> None:
    """What changed from version OLD to version NEW, section by section."""
    click.echo(policy.diff_text(policy.diff(practice.store, old, new), unchanged=show_all))


@practice_command(policy_group, "acknowledge")
def acknowledge_command(practice: Practice) -> None:
    """Say that you received and read the current version (`medsocial policy show`)."""
    me = staff.by_login(practice.store, practice.login)
    if me is None:
        raise PermissionDenied("you are not on the staff list", fix="ask an admin to add you")
    version = _version_or_current(practice, None)
    if policy.acknowledge(practice, me.id, version.number):
        click.echo(f"{me.name} acknowledged policy version {version.number}")
    else:
        click.echo(f"{me.name} had already acknowledged policy version {version.number}")


@practice_command(policy_group, "status")
@json_option
def status_command(practice: Practice, as_json: bool) -> None:
    """The current version, its review date, and who has not acknowledged it."""
    version = policy.current_version(practice.store)
    missing = policy.not_acknowledged(practice.store)
    today = practice.today()
    if as_json:
        echo_json(
            {
                "current": version and version.number,
                "review_due": bool(version and policy.review_due(version, today)),
                "next_review_date": version and version.next_review_date,
                "not_acknowledged": [m.login for m in missing],
            }
        )
        return
    if version is None:
        click.echo("no policy published yet")
        return
    click.echo(f"current: version {version.number} ({version.title})")
    click.echo(policy.review_status(version, today))
    if missing:
        click.echo("not acknowledged yet: " + ", ".join(f"{m.name} ({m.login})" for m in missing))
    else:
        click.echo("everyone has acknowledged it")


@practice_command(policy_group, "export")
@click.argument("number", type=int, required=False)
@click.option("--pdf", "as_pdf", is_flag=True, help="A PDF instead of Markdown.")
@click.option(
    "--out", type=click.Path(path_type=Path), default=None, help="File or folder to write."
)
def export_command(practice: Practice, number: int, as_pdf: bool, out: Path | None) -> None:
    """Write a version (default: the current one) for an inspector or an attorney, with who
    acknowledged it and when; into the home's exports/ folder unless --out is given."""
    out, streamed = output_target(
        practice, out, "ssh <service account>@<host> policy export --out - > policy.md"
    )
    number = _version_or_current(practice, number).number
    written = exports.export_policy(practice, number, as_pdf=as_pdf, dest=out)
    if streamed:
        stream_file(written.path, binary=as_pdf)
        return
    click.echo(str(written.path))


@practice_command(policy_group, "report")
@click.option("--csv", "as_csv", is_flag=True, default=True, help="CSV (the only format).")
@click.option(
    "--out", type=click.Path(path_type=Path), default=None, help="File or folder to write."
)
def report_command(practice: Practice, as_csv: bool, out: Path | None) -> None:
    """Write the acknowledgement and training report as CSV for a spreadsheet."""
    out, streamed = output_target(
        practice, out, "ssh <service account>@<host> policy report --out - > records.csv"
    )
    written = exports.export_records_csv(practice, dest=out)
    if streamed:
        stream_file(written.path)
        return
    click.echo(str(written.path))
