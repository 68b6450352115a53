"""``medsocial post ...``: the queue, scriptable."""

from __future__ import annotations

from typing import Any

import click

from medsocial_tui import clock
from medsocial_tui.cli.common import (
    echo_json,
    json_option,
    json_option_saying,
    practice_command,
    table,
)
from medsocial_tui.cli.output import typed_text
from medsocial_tui.display import one_line
from medsocial_tui.home.config import POST_KINDS
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.publishing.states import DeliveryState, PostStatus
from medsocial_tui.when import describe, parse_when, understood


@click.group("post")
def post_group() -> None:
    """Write, review and manage posts."""


def _post_json(post: Post) -> dict[str, Any]:
    return {
        "id": post.id,
        "kind": post.kind,
        "status": post.status,
        "author": post.author,
        "text": post.text,
        "link": post.link,
        "scheduled_at": clock.to_iso(post.scheduled_at) if post.scheduled_at else None,
        "review_note": post.review_note,
        "approved_by": post.approved_by,
        "features_patient": bool(post.options.get("features_patient")),
        "authorisation": post.options.get("authorisation"),
        "deliveries": [
            {
                "id": d.id,
                "account": d.account_id,
                "state": d.state.value,
                "attempts": d.attempts,
                "remote_id": d.remote_id,
                "remote_url": d.remote_url,
                "last_error": d.last_error,
                "next_attempt_at": clock.to_iso(d.next_attempt_at) if d.next_attempt_at else None,
            }
            for d in post.deliveries
        ],
    }


@practice_command(post_group, "add")
@click.argument("text", required=False)
@click.option(
    "-a",
    "--account",
    "accounts",
    multiple=True,
    required=True,
    help="Account id from practice.toml; repeat for several.",
)
@click.option(
    "--kind",
    type=click.Choice(POST_KINDS),
    default="general",
    show_default=True,
    help="What the post is, for the queue, the calendar and the report.",
)
@click.option("--link", default=None, help="A link to share.")
@click.option("--at", "at", default=None, help='When, in plain words: "tomorrow 8am".')
@click.option(
    "--override",
    "overrides",
    multiple=True,
    metavar="ACCOUNT_OR_CHANNEL=TEXT",
    help="Different text for one account or channel.",
)
@click.option(
    "--media",
    "media_paths",
    multiple=True,
    help="Attach an image or video (cleaned of metadata first): a name `medsocial attach` "
    "printed, or at your own terminal a path; repeat for several.",
)
@click.option(
    "--alt",
    "alts",
    multiple=True,
    help="Alt text of each --media, in the same order (networks that show it require it).",
)
@click.option(
    "--features-patient",
    is_flag=True,
    help="The post shows or tells about a patient: it needs their signed authorisation.",
)
@click.option(
    "--authorisation",
    "authorisation",
    type=int,
    default=None,
    help="The patient's authorisation number (`medsocial authorisation list`).",
)
@click.option("--submit/--draft", default=False, help="Send for review (or schedule) now.")
@json_option_saying("Print the post as JSON.")
def add_command(
    practice: Practice,
    text: str,
    accounts: tuple[str, ...],
    kind: str,
    link: str | None,
    at: str | None,
    overrides: tuple[str, ...],
    media_paths: tuple[str, ...],
    alts: tuple[str, ...],
    features_patient: bool,
    authorisation: int | None,
    submit: bool,
    as_json: bool,
) -> None:
    """Write a post for one or more accounts. TEXT, or - to read it from standard input."""
    text = typed_text(text, "the post's text")
    when = parse_when(at, practice.tz, needs_time=True) if at else None
    if when is not None:
        click.echo(f"--at {at!r} understood as {understood(when, practice.tz)}", err=True)
    override_map = {}
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(
                f"{item!r} is not ACCOUNT_OR_CHANNEL=TEXT", param_hint="--override"
            )
        override_map[key.strip()] = value
    if len(alts) > len(media_paths):
        raise click.BadParameter("more --alt than --media", param_hint="--alt")
    from medsocial_tui.compose import media

    attached = [
        media.attach(practice, path, alts[i] if i < len(alts) else "")
        for i, path in enumerate(media_paths)
    ]
    post = queue.create(
        practice,
        queue.Compose(
            text=text.strip(),
            accounts=list(accounts),
            kind=kind,
            link=link,
            overrides=override_map,
            media=attached,
            scheduled_at=when,
            options={
                k: v
                for k, v in (
                    ("features_patient", features_patient),
                    ("authorisation", authorisation),
                )
                if v
            },
        ),
    )
    if submit:
        post = queue.submit(practice, post.id)
    if as_json:
        echo_json(_post_json(post))
        return
    when_words = (
        describe(post.scheduled_at, practice.tz) if post.scheduled_at else "as soon as approved"
    )
    click.echo(f"post {post.id} saved ({post.status}) for {', '.join(accounts)}; {when_words}")


@practice_command(post_group, "list")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([state.value for state in DeliveryState]),
    help="Only posts with a delivery in this state.",
)
@click.option(
    "--account",
    "accounts",
    multiple=True,
    help="Only posts to this account id; repeat for several.",
)
@click.option("--author", default=None, help="Only posts written by this login.")
@click.option("--limit", default=50, show_default=True, help="How many posts to list.")
@click.option("--offset", default=0, help="Skip this many posts first (the next page).")
@json_option
def list_command(
    practice: Practice,
    states: tuple[str, ...],
    accounts: tuple[str, ...],
    author: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """The queue, newest schedule first."""
    flt = queue_views.QueueFilter(states=tuple(states), accounts=tuple(accounts), author=author)
    posts = queue_views.page(practice.store, flt, limit=limit, offset=offset)
    if as_json:
        echo_json([_post_json(p) for p in posts])
        return
    rows = [
        [
            str(p.id),
            clock.show(p.scheduled_at, practice.tz),
            p.status,
            " ".join(f"{d.account_id}:{d.state.value}" for d in p.deliveries),
            one_line(p.text, 41),
        ]
        for p in posts
    ]
    click.echo(table(rows, ["id", "when", "status", "deliveries", "text"]) if rows else "no posts")


@practice_command(post_group, "show", on="post_id")
@json_option
def show_command(practice: Practice, post_id: int, as_json: bool) -> None:
    """One post with each account's delivery, and failures in words."""
    post = queue.get(practice.store, post_id)
    if as_json:
        echo_json(_post_json(post))
        return
    click.echo(f"post {post.id} · {post.kind} · {post.status} · by {post.author}")
    when = describe(post.scheduled_at, practice.tz) if post.scheduled_at else "not scheduled"
    click.echo(f"when: {when}")
    if post.review_note:
        click.echo(f"review note: {post.review_note}")
    if post.options.get("authorisation"):
        click.echo(f"patient authorisation: {post.options['authorisation']}")
    from medsocial_tui.publishing import approvals, guard

    for problem in guard.permission_problems(practice, post):
        click.echo(f"BLOCKED: {problem}")
    approval = approvals.latest(practice.store.db, post.id)
    if approval is not None:
        why = approvals.why_not_sendable(
            practice.store.db, practice.home.root, practice.config, post.id
        )
        holds = "it matches the post" if why is None else f"it does not hold: {why}"
        click.echo(f"approval: {approval.in_words(practice.tz)}; {holds}")
    click.echo("")
    click.echo(post.text)
    click.echo("")
    for d in post.deliveries:
        line = f"  [{d.id}] {d.account_id}: {d.state.value}"
        if d.remote_url:
            line += f" → {d.remote_url}"
        click.echo(line)
        if d.last_error:
            click.echo(f"      {d.last_error}")


@practice_command(post_group, "submit", on="post_id")
def submit_command(practice: Practice, post_id: int) -> None:
    """Send a draft for review (or a post flush held because its approval no longer
    matches it: it becomes a draft and is submitted again)."""
    post = queue.submit(practice, post_id)
    if post.status == PostStatus.IN_REVIEW:
        # said 'post 1 is in_review': what happens next, in words (the newcomer's walk)
        click.echo(
            f"post {post.id} submitted: it waits for an approver "
            f"(`medsocial post approve {post.id}`, or the app's Review screen)"
        )
    elif post.status == PostStatus.APPROVED:
        click.echo(f"post {post.id} submitted and approved: this practice needs no review")
    else:
        click.echo(f"post {post.id} is {post.status}")


@practice_command(post_group, "approve", on="post_id")
@click.option(
    "--note", default="", help="A note kept with the approval (no patient information: checked)."
)
def approve_command(practice: Practice, post_id: int, note: str) -> None:
    """Approve a post waiting for review; it goes out at its time."""
    post = queue.approve(practice, post_id, note)
    when_words = (
        describe(post.scheduled_at, practice.tz) if post.scheduled_at else "at the next flush"
    )
    click.echo(f"post {post.id} approved; goes out {when_words}")


@practice_command(post_group, "send-back", on="post_id")
@click.option("--reason", required=True, help="What the author should change.")
def send_back_command(practice: Practice, post_id: int, reason: str) -> None:
    """Return a post to its author with a reason."""
    post = queue.send_back(practice, post_id, reason)
    click.echo(f"post {post.id} sent back to {post.author}")


@practice_command(post_group, "cancel", on="post_id")
@click.option(
    "--reason", default="", help="Why it is canceled, kept as a record (no patient information)."
)
def cancel_command(practice: Practice, post_id: int, reason: str) -> None:
    """Stop a post's deliveries that have not gone out."""
    post = queue.cancel(practice, post_id, reason)
    click.echo(
        f"post {post.id}: " + ", ".join(f"{d.account_id} {d.state.value}" for d in post.deliveries)
    )


@practice_command(post_group, "reschedule", on="post_id")
@click.argument("when")
def reschedule_command(practice: Practice, post_id: int, when: str) -> None:
    """Move a post to another time, in plain words."""
    moment = parse_when(when, practice.tz, needs_time=True)
    click.echo(f"{when!r} understood as {understood(moment, practice.tz)}", err=True)
    post = queue.reschedule(practice, post_id, moment)
    click.echo(f"post {post.id} now goes out {describe(moment, practice.tz)}")


@practice_command(post_group, "retry")
@click.argument("post_id", type=int, required=False)
@click.option("-a", "--account", default=None, help="Only the post's delivery on this account.")
@click.option(
    "--delivery",
    "delivery_id",
    type=int,
    default=None,
    help="One delivery by its own number (in brackets in `post show`), not a post's.",
)
@click.option("--anyway", is_flag=True, help="Also for an unknown outcome (may publish twice).")
def retry_command(
    practice: Practice,
    post_id: int | None,
    account: str | None,
    delivery_id: int | None,
    anyway: bool,
) -> None:
    """Send POST_ID's failed or held deliveries again at the next flush (all of them, or the
    one on --account); --delivery N names one delivery by its own number instead."""
    if delivery_id is None and post_id is None:
        raise click.UsageError("say which post (`post retry POST_ID`) or `--delivery N`")
    if delivery_id is not None:
        delivery = queue.get_delivery(practice.store, delivery_id)
        if post_id is not None and delivery.post_id != post_id:
            raise click.UsageError(
                f"delivery {delivery_id} is post {delivery.post_id}'s ({delivery.account_id}), "
                f"not post {post_id}'s: `medsocial post show {post_id}` lists its deliveries"
            )
        if account is not None and delivery.account_id != account:
            raise click.UsageError(
                f"delivery {delivery_id} is on {delivery.account_id}, not {account}"
            )
        ids = [delivery_id]
    else:
        assert post_id is not None
        ids = queue.retry_targets(practice, post_id, account, anyway=anyway)
    for one in ids:
        d = queue.retry(practice, one, anyway=anyway)
        click.echo(f"post {d.post_id}: delivery {d.id} ({d.account_id}) is {d.state.value} again")


@practice_command(post_group, "resolve", on="delivery_id")
@click.option("--published-url", default=None, help="It is out: where.")
@click.option("--failed", "failed_reason", default=None, help="It is not out: why.")
def resolve_command(
    practice: Practice, delivery_id: int, published_url: str | None, failed_reason: str | None
) -> None:
    """Say what happened to an unknown, held or to-do delivery."""
    d = queue.resolve(
        practice, delivery_id, published_url=published_url, failed_reason=failed_reason
    )
    click.echo(f"delivery {d.id} ({d.account_id}) is {d.state.value}")


@practice_command(post_group, "reconcile")
@click.argument("delivery_ids", type=int, nargs=-1)
def reconcile_command(practice: Practice, delivery_ids: tuple[int, ...]) -> None:
    """Ask the networks whether unknown deliveries went out (all of them, or DELIVERY_IDS)."""
    import asyncio

    from medsocial_tui.publishing import reconcile
    from medsocial_tui.publishing.outcomes import Outcome

    async def check() -> list[Outcome]:
        async with practice.http_client() as client:
            return await reconcile.reconcile(practice, client, list(delivery_ids) or None)

    outcomes = asyncio.run(check())
    settled = [o for o in outcomes if o.state != "unknown"]
    for o in settled:
        click.echo(f"delivery {o.delivery_id} ({o.account_id}): {o.detail}")
    waiting = practice.store.query(
        "SELECT id, account_id, last_error FROM deliveries WHERE state=? ORDER BY id",
        (DeliveryState.UNKNOWN.value,),
    )
    for row in waiting:
        click.echo(f"delivery {row['id']} ({row['account_id']}) still unknown: {row['last_error']}")
    if not settled and not waiting:
        click.echo("no delivery has an unknown outcome")


@practice_command(post_group, "override-guard", on="post_id")
@click.option("--reason", required=True, help="Why this is not patient information.")
def override_guard_command(practice: Practice, post_id: int, reason: str) -> None:
    """As an approver, let a post the compliance guard stopped go out (recorded with your
    reason)."""
    post = queue.override_guard(practice, post_id, reason)
    click.echo(
        f"post {post.id}: guard overridden, with your reason recorded; submit or "
        "approve it as usual"
    )
