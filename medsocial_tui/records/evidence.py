"""The evidence bundle for an inspector: what went out in a period, and why it was allowed.

For every delivery published between two dates: the text as it went out, the media digests,
the permalink, the author and who approved it (with whether the approval still matches the
content), the policy version in force, the author's acknowledgement of it and their training
at the time; and the verification of the audit chain. Written as JSON (for tools) and
Markdown (for people), to the home's ``exports/`` folder unless a folder is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from medsocial_tui import __version__, clock
from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.publishing import approvals
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records import audit, audit_head, reasons
from medsocial_tui.records.exports import _md_cell, _write, local_time
from medsocial_tui.records.staff import Action, by_login, require_login

REPLIES_NOTE = "This version of medsocial has no inbox: no replies were sent through it."


@dataclass(frozen=True)
class Bundle:
    json_path: Path
    markdown_path: Path
    published: int
    records_ok: bool


def _bounds(practice: Practice, start: date, end: date) -> tuple[str, str]:
    """The period from the start of ``start`` to the end of ``end``, in the practice's
    timezone, as UTC moments."""
    tz = practice.tz
    first = datetime.combine(start, time(0), tzinfo=tz)
    after = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
    return clock.to_iso(first), clock.to_iso(after)


def _policy_at(practice: Practice, moment: str) -> dict[str, Any] | None:
    row = practice.store.one(
        "SELECT id, number, title, published_at FROM policy_versions"
        " WHERE published_at IS NOT NULL AND published_at <= ? ORDER BY published_at DESC LIMIT 1",
        (moment,),
    )
    return dict(row) if row else None


def _person(
    practice: Practice, login: str, moment: str, policy: dict[str, Any] | None
) -> dict[str, Any]:
    member = by_login(practice.store, login)
    if member is None:
        return {"login": login, "name": "", "on_staff": False}
    ack = None
    if policy is not None:
        row = practice.store.one(
            "SELECT acknowledged_at FROM acknowledgements WHERE staff_id=? AND policy_version_id=?",
            (member.id, policy["id"]),
        )
        ack = row["acknowledged_at"] if row else None
    day = clock.parse_utc(moment).astimezone(practice.tz).date().isoformat()
    training = practice.store.one(
        "SELECT topic, completed_on, next_due FROM training WHERE staff_id=? AND"
        " completed_on <= ? ORDER BY completed_on DESC, id DESC LIMIT 1",
        (member.id, day),
    )
    return {
        "login": member.login,
        "name": member.name,
        "on_staff": True,
        "acknowledged_policy_at": ack,
        "acknowledged_before": bool(ack and ack <= moment),
        "training": dict(training) if training else None,
        "training_current": bool(training and training["next_due"] >= day),
    }


def _approval_of(practice: Practice, post_id: int) -> dict[str, Any] | None:
    """The approval the delivery went out on (no edit is possible once a post is out)."""
    db = practice.store.db
    approval = approvals.latest(db, post_id, include_cleared=True)
    if approval is None:
        any_row = db.conn.execute("SELECT 1 FROM approvals WHERE post_id=?", (post_id,)).fetchone()
        return {"sealed": False} if any_row else None
    return {
        "sealed": True,
        "basis": approval.basis.value,
        "by": approval.by,
        "at": approval.at,
        "digest": approval.digest,
        "matches_content": approval.digest
        == approvals.current_digest(db, practice.home.root, post_id),
        "words": approval.in_words(),
    }


def _overrides_of(practice: Practice, post_id: int) -> list[dict[str, Any]]:
    rows = practice.store.query(
        "SELECT o.labels, o.by, o.at, o.reason_id, o.cleared_at, r.text, r.redacted_at"
        " FROM guard_overrides o LEFT JOIN reasons r ON r.id = o.reason_id"
        " WHERE o.post_id=? ORDER BY o.id",
        (post_id,),
    )
    return [
        {
            "labels": json.loads(r["labels"]),
            "by": r["by"],
            "at": r["at"],
            "reason": r["text"] if r["text"] is not None else "(redacted)",
            "cleared_at": r["cleared_at"],
        }
        for r in rows
    ]


def collect(practice: Practice, start: date, end: date) -> dict[str, Any]:
    """The bundle's content as data."""
    if end < start:
        raise UsageError("--to is before --from", fix="swap the two dates")
    first, after = _bounds(practice, start, end)
    rows = practice.store.query(
        "SELECT d.*, p.kind, p.author, p.link, p.media, p.text, p.overrides, p.approved_by"
        " FROM deliveries d JOIN posts p ON p.id = d.post_id"
        " WHERE d.state=? AND d.published_at >= ? AND d.published_at < ?"
        " ORDER BY d.published_at, d.id",
        (DeliveryState.PUBLISHED.value, first, after),
    )
    check = audit_head.check(practice)
    changed_reasons = reasons.tampered(practice.store.db)
    published: list[dict[str, Any]] = []
    for r in rows:
        account = practice.config.account(r["account_id"])
        channel = account.channel if account else ""
        overrides = json.loads(r["overrides"])
        text = overrides.get(r["account_id"]) or overrides.get(channel) or r["text"]
        moment = r["published_at"]
        policy_row = _policy_at(practice, moment)
        published.append(
            {
                "delivery": r["id"],
                "post": r["post_id"],
                "kind": r["kind"],
                "account": r["account_id"],
                "account_name": account.name if account else r["account_id"],
                "channel": channel,
                "published_at": moment,
                "published_local": local_time(moment, practice.tz),
                "permalink": r["remote_url"],
                "remote_id": r["remote_id"],
                "text": text,
                "link": r["link"],
                "media": [
                    {
                        "path": m.get("path", ""),
                        "name": m.get("name", ""),
                        "sha256": approvals.media_digest(practice.home.root, m),
                    }
                    for m in json.loads(r["media"])
                ],
                "author": _person(practice, r["author"], moment, policy_row),
                "approval": _approval_of(practice, r["post_id"]),
                "guard_overrides": _overrides_of(practice, r["post_id"]),
                "policy_version": (
                    {
                        "number": policy_row["number"],
                        "title": policy_row["title"],
                        "published_at": policy_row["published_at"],
                    }
                    if policy_row
                    else None
                ),
            }
        )
    return {
        "practice": practice.config.name,
        "period": {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "timezone": practice.config.timezone,
        },
        "generated_at": clock.to_iso(clock.now()),
        "generated_by": practice.login,
        "medsocial_version": __version__,
        "records": check.as_json() | {"reasons_changed": changed_reasons},
        "published": published,
        "replies": [],
        "replies_note": REPLIES_NOTE,
    }


def _fenced(text: str) -> list[str]:
    longest = max((len(run) for run in text.split("\n") for run in _runs(run)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + "text", text, fence]


def _runs(line: str) -> list[str]:
    runs: list[str] = []
    current = ""
    for char in line:
        if char == "`":
            current += char
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs


def markdown(data: dict[str, Any]) -> str:
    """The bundle for a person to read."""
    records = data["records"]
    lines = [
        f"# Evidence: posts published by {_md_cell(data['practice'])}",
        "",
        f"Period: {data['period']['from']} to {data['period']['to']} "
        f"({data['period']['timezone']}). Generated {data['generated_at'][:16]} UTC by "
        f"{_md_cell(data['generated_by'])} with medsocial {data['medsocial_version']}.",
        "",
        "## Verification of the records",
        "",
        ("**Holds.** " if records["ok"] else "**BROKEN.** ") + _md_cell(records["words"]) + ".",
    ]
    if records["reasons_changed"]:
        lines.append(
            "Reasons whose text no longer matches the digest in the chain: "
            + ", ".join(str(i) for i in records["reasons_changed"])
            + "."
        )
    lines += ["", f"## Published ({len(data['published'])})", ""]
    if not data["published"]:
        lines.append("Nothing was published in this period.")
    for item in data["published"]:
        author = item["author"]
        approval = item["approval"]
        policy_row = item["policy_version"]
        lines += [
            f"### {item['published_local']}: {_md_cell(item['account_name'])} "
            f"(post {item['post']}, delivery {item['delivery']})",
            "",
            f"- Permalink: {_md_cell(item['permalink'] or '(none recorded)')}",
            f"- Author: {_md_cell(author['name'] or author['login'])} ({_md_cell(author['login'])})",
        ]
        if approval is None:
            lines.append("- Approval: **none on record**")
        elif not approval.get("sealed"):
            lines.append("- Approval: **on record but its seal does not hold**")
        else:
            match = "matches" if approval["matches_content"] else "**does not match**"
            lines.append(
                f"- Approval: {_md_cell(approval['words'])}; digest {approval['digest'][:16]}… "
                f"{match} the content"
            )
        if policy_row:
            ack = author.get("acknowledged_policy_at")
            lines.append(
                f"- Policy in force: version {policy_row['number']} "
                f"({_md_cell(policy_row['title'])}); author acknowledged it "
                + (f"{ack[:16]} UTC" if ack else "**never**")
                + ("" if author.get("acknowledged_before") else " (**not before this post**)")
            )
        else:
            lines.append("- Policy in force: **none published at the time**")
        training = author.get("training")
        if training:
            state = "current" if author["training_current"] else "**overdue**"
            lines.append(
                f"- Author's training: {_md_cell(training['topic'])} on "
                f"{training['completed_on']}, next due {training['next_due']} ({state})"
            )
        else:
            lines.append("- Author's training: **none on record at the time**")
        for override in item["guard_overrides"]:
            lines.append(
                f"- Guard override by {_md_cell(override['by'])} at {override['at'][:16]} UTC "
                f"({', '.join(override['labels'])}): {_md_cell(override['reason'])}"
                + (" (cleared by a later edit)" if override["cleared_at"] else "")
            )
        for m in item["media"]:
            lines.append(f"- Media {_md_cell(m['name'] or m['path'])}: sha256 {m['sha256']}")
        if item["link"]:
            lines.append(f"- Link: {_md_cell(item['link'])}")
        lines += ["", "Text as published:", "", *_fenced(item["text"]), ""]
    lines += ["## Replies", "", data["replies_note"], ""]
    return "\n".join(lines)


def export(
    practice: Practice, start: date, end: date, out: Path | None = None
) -> tuple[Bundle, dict[str, Any]]:
    """Write the bundle (admins only); the audit chain records that it was made."""
    actor = require_login(practice.store, practice.login, Action.AUDIT)
    data = collect(practice, start, end)
    folder = Path(out).expanduser() if out else practice.home.exports_dir
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"evidence-{start.isoformat()}-{end.isoformat()}"
    json_path, md_path = folder / f"{stem}.json", folder / f"{stem}.md"
    _write(json_path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    _write(md_path, markdown(data).encode("utf-8"))
    with practice.store.write() as db:
        audit.record(
            db,
            actor.login,
            "export.written",
            "export",
            "evidence",
            file=json_path.name,
            published=len(data["published"]),
            records_ok=data["records"]["ok"],
        )
    bundle = Bundle(json_path, md_path, len(data["published"]), bool(data["records"]["ok"]))
    return bundle, data
