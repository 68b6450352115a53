"""The practice's internet and social-media use policy: versions and acknowledgements.

Drafts are edited; a published version is immutable. Every staff member must acknowledge the
current (latest published, not retired) version before composing, approving or replying, so
publishing a new version makes everyone acknowledge again.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import asdict, dataclass
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING

from medsocial_tui import clock
from medsocial_tui.errors import InvalidTransition, NotFound, PermissionDenied, UsageError
from medsocial_tui.models import StaffMember
from medsocial_tui.records import audit, staff
from medsocial_tui.records.policy_versions import (
    PolicyVersion as PolicyVersion,
)
from medsocial_tui.records.policy_versions import (
    Section as Section,
)
from medsocial_tui.records.policy_versions import (
    current_version as current_version,
)
from medsocial_tui.records.policy_versions import (
    get_version as get_version,
)
from medsocial_tui.records.policy_versions import latest
from medsocial_tui.records.policy_versions import (
    unacknowledged_version as unacknowledged_version,
)
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui.records.acting import Acting

REVIEW_AFTER_MONTHS = 12
REVIEW_WARNING_DAYS = 30
DEFAULT_TITLE = "Internet and social-media use policy"


@dataclass(frozen=True)
class Acknowledgement:
    staff_id: int
    login: str
    name: str
    version: int
    acknowledged_at: str


@dataclass(frozen=True)
class SectionDiff:
    """How one section changed between two versions: added, removed, changed or unchanged."""

    key: str
    title: str
    change: str
    lines: tuple[str, ...] = ()


def today(store: Store) -> date:
    """Today where the practice is (its timezone, which the practice gives its store)."""
    return clock.today(store.tz)


def day_so_far(store: Store, day: date | None, what: str, fix: str | None = None) -> date:
    """``day`` (default: today where the practice is) for a record of something done;
    UsageError, saying ``what`` is in the future, when it is still to come."""
    day = day or today(store)
    if day > today(store):
        raise UsageError(f"{what} {day} is in the future", fix=fix)
    return day


def typed_day(text: str, what: str) -> date:
    """A day a person typed as YYYY-MM-DD, or UsageError saying ``what`` is not a date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"{what} {text!r} is not a date", fix="write it as YYYY-MM-DD, e.g. 2026-01-31"
        ) from None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the 29th of February becomes the 28th)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def template_sections(practice_name: str = "the practice") -> list[Section]:
    """The default policy from the template shipped with medsocial (see config/)."""
    text = resources.files("medsocial_tui.data").joinpath("policy_template.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return [
        Section(s["key"], s["title"], s["body"].replace("{practice}", practice_name).strip())
        for s in data["sections"]
    ]


# Reading


def versions(store: Store) -> list[PolicyVersion]:
    """Every version, newest first."""
    rows = store.query("SELECT * FROM policy_versions ORDER BY number DESC")
    return [PolicyVersion.from_row(r) for r in rows]


def latest_draft(store: Store) -> PolicyVersion | None:
    return latest(store, "draft")


def describe_status(store: Store, version: PolicyVersion) -> str:
    """'current', 'superseded by a later version', 'draft' or 'retired'."""
    if version.status != "published":
        return version.status
    current = current_version(store)
    return "current" if current and current.number == version.number else "superseded"


def review_due(version: PolicyVersion, on: date) -> bool:
    """True when a published version has reached its next review date (``on`` is the
    practice's today: :meth:`Practice.today`)."""
    return bool(
        version.status == "published"
        and version.next_review_date
        and version.next_review_date <= on
    )


def review_status(version: PolicyVersion, on: date) -> str:
    """The review date in words, e.g. 'review due since 2026-01-05'."""
    if version.status != "published" or version.next_review_date is None:
        return "not published"
    review = version.next_review_date
    if review <= on:
        return f"review due since {review.isoformat()}"
    days = (review - on).days
    if days <= REVIEW_WARNING_DAYS:
        return f"review due in {days} days ({review.isoformat()})"
    return f"next review {review.isoformat()}"


def acknowledged_at(store: Store, staff_id: int, number: int) -> str | None:
    row = store.one(
        "SELECT a.acknowledged_at FROM acknowledgements a JOIN policy_versions v"
        " ON v.id = a.policy_version_id WHERE a.staff_id = ? AND v.number = ?",
        (staff_id, number),
    )
    return row["acknowledged_at"] if row else None


def acknowledgements(store: Store, number: int | None = None) -> list[Acknowledgement]:
    """Who acknowledged which version and when (every version, or one), oldest first."""
    where, params = ("WHERE v.number = ?", (number,)) if number is not None else ("", ())
    rows = store.query(
        "SELECT a.staff_id, s.login, s.name, v.number, a.acknowledged_at FROM acknowledgements a"
        " JOIN staff s ON s.id = a.staff_id JOIN policy_versions v ON v.id = a.policy_version_id"
        f" {where} ORDER BY a.acknowledged_at, s.name",
        params,
    )
    return [
        Acknowledgement(r["staff_id"], r["login"], r["name"], r["number"], r["acknowledged_at"])
        for r in rows
    ]


def not_acknowledged(store: Store) -> list[StaffMember]:
    """Active staff who have not acknowledged the current version."""
    current = current_version(store)
    if current is None:
        return []
    rows = store.query(
        "SELECT s.* FROM staff s WHERE s.active = 1 AND NOT EXISTS (SELECT 1 FROM"
        " acknowledgements a WHERE a.staff_id = s.id AND a.policy_version_id = ?) ORDER BY s.name",
        (current.id,),
    )
    return [StaffMember.from_row(r) for r in rows]


# Writing drafts


def _sections_json(sections: list[Section] | tuple[Section, ...]) -> str:
    return json.dumps([asdict(s) for s in sections], ensure_ascii=False)


def _check_sections(sections: list[Section] | tuple[Section, ...]) -> None:
    keys = [s.key for s in sections]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise UsageError(
            f"section keys must differ; {', '.join(duplicates)} appears twice",
            fix="give each section its own key",
        )
    for s in sections:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", s.key):
            raise UsageError(
                f"section key {s.key!r} is not a short name",
                fix="use lower-case letters, digits, - and _ (e.g. 'photography')",
            )
        if not s.title.strip():
            raise UsageError(f"section {s.key!r} has no title")


def create_draft(
    by: Acting,
    title: str = DEFAULT_TITLE,
    sections: list[Section] | None = None,
    *,
    from_number: int | None = None,
    practice_name: str = "the practice",
) -> PolicyVersion:
    """A new draft: a copy of version ``from_number``, the given sections, or the template."""
    store, actor = by.store, by.login
    staff.require_login(store, actor, staff.Action.MANAGE_POLICY)
    if from_number is not None:
        source = get_version(store, from_number)
        sections = list(source.sections)
        title = source.title
    elif sections is None:
        sections = template_sections(practice_name)
    _check_sections(sections)
    with store.write() as db:
        row = db.conn.execute("SELECT coalesce(max(number), 0) + 1 FROM policy_versions").fetchone()
        number = int(row[0])
        audit.insert(
            db,
            actor,
            "policy.drafted",
            "policy_versions",
            {
                "number": number,
                "title": title,
                "status": "draft",
                "sections": _sections_json(sections),
                "created_by": actor,
                "created_at": clock.to_iso(clock.now()),
            },
            "policy_version",
            number=number,
            **({"from_version": from_number} if from_number is not None else {}),
        )
    return get_version(store, number)


def editable_draft(store: Store, number: int) -> PolicyVersion:
    """The draft numbered ``number``; InvalidTransition (with the fix) for any other status."""
    version = get_version(store, number)
    if not version.is_draft:
        raise InvalidTransition(
            f"policy version {number} is {version.status}; only drafts change",
            fix=f"start a new draft from it (`medsocial policy draft --from {number}`)",
        )
    return version


def _change_draft(
    store: Store,
    actor: str,
    version: PolicyVersion,
    assignments: str,
    values: tuple[object, ...],
    event: str,
    **details: object,
) -> PolicyVersion:
    """Set ``assignments`` on a version only while it is still a draft, and record ``event``:
    InvalidTransition, changing nothing, when another process published it meanwhile."""
    with store.write() as db:
        cursor = db.conn.execute(
            f"UPDATE policy_versions SET {assignments} WHERE id = ? AND status = 'draft'",
            (*values, version.id),
        )
        if cursor.rowcount != 1:
            raise InvalidTransition(f"policy version {version.number} was published meanwhile")
        audit.record(
            db, actor, event, "policy_version", version.id, number=version.number, **details
        )
    return get_version(store, version.number)


def update_draft(
    by: Acting,
    number: int,
    sections: list[Section] | tuple[Section, ...],
    title: str | None = None,
) -> PolicyVersion:
    """Replace a draft's sections (and title). Published versions never change."""
    store, actor = by.store, by.login
    staff.require_login(store, actor, staff.Action.MANAGE_POLICY)
    version = editable_draft(store, number)
    _check_sections(sections)
    before = {s.key for s in version.sections}
    after = {s.key for s in sections}
    return _change_draft(
        store,
        actor,
        version,
        "sections = ?, title = ?",
        (_sections_json(sections), title or version.title),
        "policy.edited",
        sections_added=sorted(after - before),
        sections_removed=sorted(before - after),
    )


def set_section(
    by: Acting, number: int, key: str, body: str, title: str | None = None
) -> PolicyVersion:
    """Replace one section's text in a draft, or add it (custom sections) at the end."""
    version = editable_draft(by.store, number)
    existing = version.section(key)
    if existing is None and not title:
        raise UsageError(
            f"policy version {number} has no section {key!r}",
            fix="give a title to add it as a new section, or use one of: "
            + ", ".join(s.key for s in version.sections),
        )
    new = Section(key, title or (existing.title if existing else key), body.strip())
    if existing is None:
        sections = [*version.sections, new]
    else:
        sections = [new if s.key == key else s for s in version.sections]
    return update_draft(by, number, sections)


def remove_section(by: Acting, number: int, key: str) -> PolicyVersion:
    version = editable_draft(by.store, number)
    if version.section(key) is None:
        raise NotFound(f"policy version {number} has no section {key!r}")
    return update_draft(by, number, [s for s in version.sections if s.key != key])


# Publishing and retiring


def publish(
    by: Acting,
    number: int,
    *,
    effective: date | None = None,
    next_review: date | None = None,
) -> PolicyVersion:
    """Freeze a draft. From now on it is the current version everyone must acknowledge."""
    store, actor = by.store, by.login
    staff.require_login(store, actor, staff.Action.MANAGE_POLICY)
    version = get_version(store, number)
    if not version.is_draft:
        raise InvalidTransition(f"policy version {number} is already {version.status}")
    if not version.sections:
        raise UsageError(f"policy version {number} has no sections", fix="add sections first")
    effective = effective or today(store)
    next_review = next_review or add_months(effective, REVIEW_AFTER_MONTHS)
    if next_review <= effective:
        raise UsageError(
            f"the next review ({next_review}) must come after the effective date ({effective})"
        )
    return _change_draft(
        store,
        actor,
        version,
        "status = 'published', effective_date = ?, next_review_date = ?, published_by = ?,"
        " published_at = ?",
        (effective.isoformat(), next_review.isoformat(), actor, clock.to_iso(clock.now())),
        "policy.published",
        effective=effective.isoformat(),
        next_review=next_review.isoformat(),
    )


def retire(by: Acting, number: int) -> PolicyVersion:
    """Withdraw a version (an abandoned draft, or a published one replaced by another).

    The current version is retired only when an earlier published one remains to take its
    place; a practice is never left without a policy by accident."""
    store, actor = by.store, by.login
    staff.require_login(store, actor, staff.Action.MANAGE_POLICY)
    version = get_version(store, number)
    if version.status == "retired":
        raise InvalidTransition(f"policy version {number} is already retired")
    current = current_version(store)
    if current and current.number == number:
        others = store.one(
            "SELECT 1 FROM policy_versions WHERE status = 'published' AND number != ?", (number,)
        )
        if others is None:
            raise InvalidTransition(
                f"policy version {number} is the only published version",
                fix="publish its replacement first; retiring it would leave no policy",
            )
    with store.write() as db:
        db.conn.execute(
            "UPDATE policy_versions SET status = 'retired', retired_at = ? WHERE id = ?",
            (clock.to_iso(clock.now()), version.id),
        )
        audit.record(
            db,
            actor,
            "policy.retired",
            "policy_version",
            version.id,
            number=number,
            was=version.status,
        )
    return get_version(store, number)


# Acknowledging


def acknowledge(by: Acting, staff_id: int, number: int) -> bool:
    """Record that the staff member received and read version ``number``.

    Only the person themself acknowledges. Returns False when they already had."""
    store, actor_login = by.store, by.login
    member = staff.by_id(store, staff_id)
    if member.login != actor_login:
        raise PermissionDenied(
            "each person acknowledges the policy for themself",
            fix=f"{member.name} runs `medsocial policy acknowledge` or presses a in the app",
        )
    if not member.active:
        raise PermissionDenied(f"{member.name}'s account is deactivated")
    version = get_version(store, number)
    if version.status != "published":
        raise InvalidTransition(f"policy version {number} is {version.status}, not published")
    with store.write() as db:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO acknowledgements (staff_id, policy_version_id, acknowledged_at)"
            " VALUES (?, ?, ?)",
            (staff_id, version.id, clock.to_iso(clock.now())),
        )
        if cursor.rowcount:
            audit.record(
                db,
                actor_login,
                "policy.acknowledged",
                "policy_version",
                version.id,
                number=number,
                staff_id=staff_id,
            )
    return bool(cursor.rowcount)


# Comparing


def diff(store: Store, old_number: int, new_number: int) -> list[SectionDiff]:
    """Section by section, what changed from one version to another (in the newer order)."""
    old, new = get_version(store, old_number), get_version(store, new_number)
    old_by_key = {s.key: s for s in old.sections}
    new_keys = {s.key for s in new.sections}
    result: list[SectionDiff] = []
    if old.title != new.title:
        result.append(
            SectionDiff("title", "Title", "changed", (f"- {old.title}", f"+ {new.title}"))
        )
    for section in new.sections:
        before = old_by_key.get(section.key)
        if before is None:
            lines = tuple(f"+ {line}" for line in section.body.splitlines())
            result.append(SectionDiff(section.key, section.title, "added", lines))
            continue
        lines = tuple(
            line
            for line in difflib.unified_diff(
                _for_diff(before), _for_diff(section), lineterm="", n=1
            )
            if not line.startswith(("---", "+++"))
        )
        change = "changed" if lines else "unchanged"
        result.append(SectionDiff(section.key, section.title, change, lines))
    for section in old.sections:
        if section.key not in new_keys:
            lines = tuple(f"- {line}" for line in section.body.splitlines())
            result.append(SectionDiff(section.key, section.title, "removed", lines))
    return result


def _for_diff(section: Section) -> list[str]:
    return [f"## {section.title}", *section.body.splitlines()]


def diff_text(diffs: list[SectionDiff], *, unchanged: bool = False) -> str:
    """The diff as plain text for a terminal or a file."""
    out: list[str] = []
    for d in diffs:
        if d.change == "unchanged" and not unchanged:
            continue
        out.append(f"[{d.change}] {d.title} ({d.key})")
        out.extend(f"    {line}" for line in d.lines)
    return "\n".join(out) if out else "no differences"


# Markdown, for editing and for reading


def to_markdown(version: PolicyVersion, *, keys: bool = False) -> str:
    """The version as Markdown; with ``keys`` each heading carries ``{#key}`` so an edited
    copy can be read back with :func:`parse_markdown`."""
    lines = [f"# {version.title}", ""]
    for section in version.sections:
        heading = f"## {section.title}" + (f" {{#{section.key}}}" if keys else "")
        lines += [heading, "", section.body, ""]
    return "\n".join(lines).rstrip() + "\n"


_HEADING = re.compile(r"^##\s+(?P<title>.*?)\s*(\{#(?P<key>[^}]+)\})?\s*$")


def slug(title: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return text or "section"


def parse_markdown(text: str) -> tuple[str | None, list[Section]]:
    """Read back the Markdown of :func:`to_markdown`: ``# Title`` then ``## Section {#key}``
    headings; a heading without a key gets one made from its title."""
    title: str | None = None
    sections: list[Section] = []
    current: tuple[str, str] | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            sections.append(Section(current[0], current[1], "\n".join(body).strip()))

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("# ") and title is None and current is None:
            title = line[2:].strip()
            continue
        if line.startswith("# ") and title is None:
            # "## Oops" typed above the title saved the title into that section's body
            raise UsageError(
                "the '# Title' line is below a section",
                where=f"line {number}",
                fix="put the '# Title' line first, above every '## Section' line",
            )
        match = _HEADING.match(line)
        if match:
            close()
            heading = match["title"]
            current = ((match["key"] or slug(heading)).strip(), heading)
            body = []
            continue
        if current is None:
            if line.strip():
                raise UsageError(
                    "text before the first section",
                    where=f"line {number}",
                    fix="start each section with a '## Title' line",
                )
            continue
        body.append(line)
    close()
    if not sections:
        raise UsageError("no sections found", fix="each section starts with a '## Title' line")
    return title, sections
