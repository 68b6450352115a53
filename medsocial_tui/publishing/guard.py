"""Where the compliance guard meets the queue: on submit, on approval and before sending."""

from __future__ import annotations

from pathlib import Path

from medsocial_tui import compliance
from medsocial_tui.errors import ComplianceBlocked
from medsocial_tui.home.config import PracticeConfig
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Post
from medsocial_tui.store import Store


def context_for(practice: Practice, *, is_reply: bool = False) -> compliance.PracticeContext:
    """The practice's own details, its staff (never mistaken for patients) and the roster."""
    return context_from(practice.config, practice.store, practice.home.root, is_reply=is_reply)


def context_from(
    config: PracticeConfig, store: Store | None, root: Path, *, is_reply: bool = False
) -> compliance.PracticeContext:
    """The guard's context built from its parts: the one builder, used by the queue, the
    faces and ``medsocial check`` (which reads a home without opening it as a practice).
    Without a store, the config's details alone."""
    from dataclasses import replace

    from medsocial_tui.compliance.roster import load_roster
    from medsocial_tui.records.staff import everyone

    names: tuple[str, ...] = ()
    roster = None
    if store is not None:
        names = tuple(m.name for m in everyone(store, include_inactive=True))
        roster = load_roster(store, root)
    context = compliance.PracticeContext.from_config(config, names, roster)
    return replace(context, is_reply=True) if is_reply else context


def texts_of(practice: Practice, post: Post, only_account: str | None = None) -> list[str]:
    """Every text the post publishes: the master text, each account's own text and each
    attachment's alt text (a screen reader reads that out to anyone)."""
    texts = set() if only_account else {post.text}
    texts.update(str(m["alt_text"]) for m in post.media if str(m.get("alt_text") or "").strip())
    for d in post.deliveries:
        if only_account and d.account_id != only_account:
            continue
        account = practice.config.account(d.account_id)
        texts.add(post.text_for(d.account_id, account.channel if account else ""))
    return sorted(texts)


def report_for(
    practice: Practice,
    text: str,
    *,
    is_reply: bool = False,
    context: compliance.PracticeContext | None = None,
) -> compliance.Report:
    """The guard's report on ``text``; ``context`` when the caller already built it (flush
    builds it once while nobody else has changed the database)."""
    context = context or context_for(practice, is_reply=is_reply)
    return compliance.check_text(text, context, practice.plugins.checks, is_reply=is_reply)


def require_clean(practice: Practice, post: Post) -> None:
    """Raise ComplianceBlocked when the post may not go out: it needs a patient's written
    authorisation it does not have (:func:`require_permission`; no override lifts that), or
    a text of it would be blocked (:func:`require_clean_texts`)."""
    require_permission(practice, post)
    require_clean_texts(practice, post)


def require_clean_texts(
    practice: Practice,
    post: Post,
    only_account: str | None = None,
    *,
    context: compliance.PracticeContext | None = None,
) -> None:
    """Raise ComplianceBlocked when a text of the post would be blocked and no approver has
    overridden that very text of the post as it stands. The message names labels, never the
    text found. The texts alone: :func:`require_clean` asks for the authorisation first, and
    flush asks :func:`require_permission` itself, once per network. ``context``: the guard's
    context, when the caller has it (see :func:`report_for`)."""
    for text in texts_of(practice, post, only_account):
        report = report_for(practice, text, context=context)
        if report.blocking and not text_overridden(practice, post.id, text):
            labels = report.blocking_labels
            unchecked = [f.reason for f in report.findings if f.label == "check_failed"]
            raise ComplianceBlocked(
                f"post {post.id} may identify a patient ({', '.join(labels)})"
                + (f"; {unchecked[0]}" if unchecked else ""),
                fix="remove it from the text (the compose screen highlights where), or ask an "
                "approver to override with a written reason",
            )


def require_permission(practice: Practice, post: Post, only_account: str | None = None) -> None:
    """Raise ComplianceBlocked when the post needs a patient's written authorisation it does
    not have for its networks (or ``only_account``'s): the gate :func:`require_clean` opens
    with."""
    missing = permission_problems(practice, post, only_account)
    if missing:
        raise ComplianceBlocked(
            f"post {post.id}: " + "; ".join(missing),
            fix="record the patient's signed authorisation (`medsocial authorisation add`) "
            "and name it on the post, or take the patient out of the post",
        )


def text_overridden(practice: Practice, post_id: int, text: str) -> bool:
    """True when an approver's sealed override covers this text of the post's current
    content (the ``compliance_override_by`` column is only shown, never trusted)."""
    from medsocial_tui.publishing import approvals

    return approvals.override_covers(practice.store.db, practice.home.root, post_id, text)


def permission_problems(
    practice: Practice, post: Post, only_account: str | None = None
) -> list[str]:
    """Why the post may not go out for want of a patient's written permission (empty when it
    needs none or names a valid authorisation covering its scope and networks)."""
    from medsocial_tui.records import authorisations

    channels = []
    for d in post.deliveries:
        if only_account and d.account_id != only_account:
            continue
        account = practice.config.account(d.account_id)
        if account is not None:
            channels.append(account.channel)
    texts = texts_of(practice, post, only_account)
    return authorisations.problems_for(
        practice, texts=texts, media=post.media, options=post.options, channels=channels
    )
