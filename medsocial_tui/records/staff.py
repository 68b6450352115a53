"""Staff: who works at the practice, their roles, and what each may do.

A staff member's login is their OS user name, so an SSH login maps to a person. History is
never deleted: people leave by being deactivated.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.errors import InvalidTransition, NotFound, PermissionDenied, UsageError
from medsocial_tui.models import Role, StaffMember
from medsocial_tui.records.people_names import check_login, clean_name
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui.records import audit
    from medsocial_tui.records.acting import Acting
    from medsocial_tui.store import Database

# The audit chain and the policy versions are imported where they are used: who is signed in
# and what they may do is asked for the queue's first frame, which writes and checks nothing.


class Action(enum.StrEnum):
    """Things a person does that the core checks before doing them."""

    COMPOSE = "compose"
    APPROVE = "approve"
    REPLY = "reply"
    CANCEL = "cancel"
    HANDLE_DELIVERY = "handle_delivery"
    HOURS_CHANGE = "hours_change"
    MANAGE_STAFF = "manage_staff"
    MANAGE_POLICY = "manage_policy"
    RECORD_TRAINING = "record_training"
    AUDIT = "audit"
    OVERRIDE_COMPLIANCE = "override_compliance"


ACTION_WORDS: dict[Action, str] = {
    Action.COMPOSE: "write posts",
    Action.APPROVE: "approve posts",
    Action.REPLY: "answer the inbox",
    Action.CANCEL: "cancel posts",
    Action.HANDLE_DELIVERY: "retry and settle deliveries",
    Action.HOURS_CHANGE: "post hours changes",
    Action.MANAGE_STAFF: "manage staff and patients' authorisations",
    Action.MANAGE_POLICY: "edit and publish the policy",
    Action.RECORD_TRAINING: "record training",
    Action.AUDIT: "read the audit records",
    Action.OVERRIDE_COMPLIANCE: "release a post the guard stopped",
}
"""What each action lets a person do, in words that follow "You can now …" and "You can no
longer …" (the app's notice when a person's rights change while it runs): a verb phrase for
each action, not its code name, which reads as a noun ("hours change")."""

NEEDS_ROLE: dict[Action, tuple[Role, ...]] = {
    Action.COMPOSE: (Role.AUTHOR,),
    Action.APPROVE: (Role.APPROVER,),
    Action.REPLY: (Role.AUTHOR,),
    Action.CANCEL: (Role.AUTHOR, Role.APPROVER, Role.ADMIN),
    Action.HANDLE_DELIVERY: (Role.AUTHOR, Role.APPROVER, Role.ADMIN),
    Action.HOURS_CHANGE: (Role.AUTHOR, Role.APPROVER, Role.ADMIN),
    Action.MANAGE_STAFF: (Role.ADMIN,),
    Action.MANAGE_POLICY: (Role.ADMIN,),
    Action.RECORD_TRAINING: (Role.ADMIN,),
    Action.AUDIT: (Role.ADMIN,),
    Action.OVERRIDE_COMPLIANCE: (Role.APPROVER,),
}

NEEDS_ACKNOWLEDGEMENT = frozenset(
    {Action.COMPOSE, Action.APPROVE, Action.REPLY, Action.HOURS_CHANGE}
)
"""Actions a person may take only after acknowledging the current policy version."""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""


def decide(store: Store, member: StaffMember | None, action: Action) -> Decision:
    """Whether ``member`` may do ``action`` now, and if not, why in words."""
    if member is None:
        if not _active_admins(store):
            return Decision(
                False,
                "the practice has no admin yet (its setup was interrupted); "
                "`medsocial init --finish` makes the person who runs it its admin",
            )
        return Decision(False, "you are not on the practice's staff list; ask an admin to add you")
    if not member.active:
        return Decision(False, f"{member.name}'s account is deactivated")
    roles = NEEDS_ROLE[action]
    if not any(member.has(role) for role in roles):
        names = " or ".join(r.value for r in roles)
        return Decision(False, f"{action.value.replace('_', ' ')} needs the {names} role")
    if action in NEEDS_ACKNOWLEDGEMENT:
        from medsocial_tui.records.policy_versions import unacknowledged_version

        missing = unacknowledged_version(store, member.id)
        if missing is not None:
            return Decision(
                False,
                f"read and acknowledge policy version {missing.number} ({missing.title}) first",
            )
    return Decision(True)


def require(store: Store, member: StaffMember | None, action: Action) -> StaffMember:
    """The member, when they may do ``action``; else PermissionDenied with the reason."""
    decision = decide(store, member, action)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    assert member is not None
    return member


def require_login(store: Store, login: str, action: Action) -> StaffMember:
    """The staff member with this login, when they may do ``action``; else PermissionDenied
    with the reason (also when nobody on the staff list has the login)."""
    return require(store, by_login(store, login), action)


def by_login(store: Store, login: str) -> StaffMember | None:
    row = store.one("SELECT * FROM staff WHERE login = ?", (login,))
    return StaffMember.from_row(row) if row else None


def named(store: Store, login: str, fix: str | None = None) -> StaffMember:
    """The staff member with this login; NotFound, in words, when there is none."""
    member = by_login(store, login)
    if member is None:
        raise NotFound(f"no staff member with login {login!r}", fix=fix)
    return member


def by_id(store: Store, staff_id: int) -> StaffMember:
    return StaffMember.from_row(store.by_id("staff", staff_id, "staff member with id"))


def everyone(store: Store, *, include_inactive: bool = False) -> list[StaffMember]:
    where = "" if include_inactive else "WHERE active = 1"
    return [
        StaffMember.from_row(r) for r in store.query(f"SELECT * FROM staff {where} ORDER BY name")
    ]


@dataclass(frozen=True)
class RecordAboutStaff:
    """What every record in a :class:`RecordsAboutStaff` table is read with: its id and its
    person, by id, login and name (from the staff table)."""

    id: int
    staff_id: int
    login: str
    name: str


@dataclass(frozen=True)
class RecordsAboutStaff:
    """A table of records about staff members (audit notes, training), each read with its
    person's login and name; ``newest_first`` is the date column that orders them, and
    ``subject`` what the audit trail calls one record."""

    table: str
    action: Action
    """What a person must be allowed to do to write one."""
    newest_first: str
    subject: str

    def about(self, store: Store, actor: str, login: str) -> StaffMember:
        """The member ``login`` names, when ``actor`` may write a record about them; else
        PermissionDenied or NotFound."""
        require_login(store, actor, self.action)
        return named(store, login)

    def add(
        self,
        store: Store,
        actor: str,
        member: StaffMember,
        action: str,
        values: dict[str, Any],
        **details: Any,
    ) -> dict[str, Any]:
        """Write one record about ``member`` (its columns: ``values`` and ``details``) with
        its audit event ``action`` (naming the person, then ``details``), and read it back."""
        from medsocial_tui.records import audit

        with store.write() as db:
            record_id = audit.insert(
                db,
                actor,
                action,
                self.table,
                {"staff_id": member.id, **values, **details},
                self.subject,
                staff_id=member.id,
                login=member.login,
                **details,
            )
        return self.row(store, record_id)

    @property
    def _select(self) -> str:
        return f"SELECT r.*, s.login, s.name FROM {self.table} r JOIN staff s ON s.id = r.staff_id"

    def row(self, store: Store, record_id: int) -> dict[str, Any]:
        """One record just written (it is there: the caller's insert returned its id)."""
        row = store.one(f"{self._select} WHERE r.id = ?", (record_id,))
        assert row is not None
        return row

    def rows(self, store: Store, login: str | None = None) -> list[dict[str, Any]]:
        """Everyone's records, or one person's, newest first."""
        where, params = ("WHERE s.login = ?", (login,)) if login else ("", ())
        order = f"ORDER BY r.{self.newest_first} DESC, r.id DESC"
        return store.query(f"{self._select} {where} {order}", params)


def providers(store: Store) -> list[StaffMember]:
    return [m for m in everyone(store) if m.is_provider]


def manager(store: Store) -> StaffMember | None:
    """The designated social-media manager, if one is named."""
    row = store.one("SELECT * FROM staff WHERE is_manager = 1 AND active = 1")
    return StaffMember.from_row(row) if row else None


def _active_admins(store: Store) -> list[StaffMember]:
    return [m for m in everyone(store) if m.has(Role.ADMIN)]


def _require_manager_of_staff(store: Store, actor: str) -> None:
    """Admins manage staff. A practice with no active admin yet (a new home) lets its first
    admin be added, so it can start."""
    if not _active_admins(store):
        return
    require_login(store, actor, Action.MANAGE_STAFF)


def _keep_an_admin(store: Store, member: StaffMember, roles: frozenset[Role] | None) -> None:
    losing_admin = member.has(Role.ADMIN) and (roles is None or Role.ADMIN not in roles)
    if losing_admin and [m.id for m in _active_admins(store)] == [member.id]:
        raise PermissionDenied(
            f"{member.name} is the only active admin",
            fix="make someone else an admin first, so the practice can still manage staff",
        )


def roles_text(roles: set[Role] | frozenset[Role]) -> str:
    """Roles as the store keeps them and people type them: "admin,author" (see
    :func:`parse_roles`)."""
    return ",".join(sorted(r.value for r in roles))


def parse_roles(text: str) -> frozenset[Role]:
    try:
        return frozenset(Role(r.strip()) for r in text.split(",") if r.strip())
    except ValueError:
        raise UsageError(
            f"unknown role in {text!r}", fix="roles are author, approver and admin"
        ) from None


def add(
    by: Acting,
    *,
    login: str,
    name: str,
    roles: frozenset[Role] = frozenset({Role.AUTHOR}),
    email: str = "",
    is_manager: bool = False,
    is_provider: bool = False,
    title: str = "",
) -> StaffMember:
    """Add a person to the staff list (admins only; a new practice's first admin excepted)."""
    store, actor = by.store, by.login
    _require_manager_of_staff(store, actor)
    check_login(login)
    if not name.strip():
        raise UsageError("a staff member needs a name")
    name = clean_name(name)
    title = clean_name(title, what="title") if title.strip() else ""
    if not roles:
        raise UsageError("a staff member needs at least one role", fix="author, approver, admin")
    if not _active_admins(store) and Role.ADMIN not in roles:
        raise UsageError(
            "the practice has no admin yet", fix="add the first person with the admin role"
        )
    if by_login(store, login) is not None:
        raise UsageError(
            f"{login!r} is already on the staff list",
            fix="`medsocial staff change` changes their roles",
        )
    from medsocial_tui.records import audit

    with store.write() as db:
        handover = _take_manager_role(db) if is_manager else {}
        audit.insert(
            db,
            actor,
            "staff.added",
            "staff",
            {
                "login": login,
                "name": name,
                "email": email,
                "roles": roles_text(roles),
                "is_manager": int(is_manager),
                "is_provider": int(is_provider),
                "title": title,
                "created_at": clock.to_iso(clock.now()),
            },
            "staff",
            login=login,
            roles=roles_text(roles),
            provider=is_provider,
            manager=is_manager,
            **handover,
        )
    member = by_login(store, login)
    assert member is not None
    return member


def grant_first_admin(store: Store, login: str) -> StaffMember:
    """Make ``login`` an active admin of a practice that has none (an interrupted setup):
    no one else could grant it."""
    if _active_admins(store):
        raise PermissionDenied("the practice already has an admin", fix="ask them")
    member = named(store, login)
    roles = frozenset(member.roles) | {Role.ADMIN}
    from medsocial_tui.records import audit

    with store.write() as db:
        db.conn.execute(
            "UPDATE staff SET roles = ?, active = 1 WHERE id = ?", (roles_text(roles), member.id)
        )
        audit.record(
            db, login, "staff.changed", "staff", member.id, login=login, roles=roles_text(roles)
        )
    return by_id(store, member.id)


def change(
    by: Acting,
    login: str,
    *,
    roles: frozenset[Role] | None = None,
    name: str | None = None,
    is_manager: bool | None = None,
    is_provider: bool | None = None,
    title: str | None = None,
) -> StaffMember:
    """Change a person's roles, name, title or marks (admins only)."""
    store, actor = by.store, by.login
    require_login(store, actor, Action.MANAGE_STAFF)
    member = named(store, login)
    if not member.active:
        raise InvalidTransition(f"{member.name} is deactivated", fix="their history stays as is")
    if roles is not None and not roles:
        raise UsageError("a staff member needs at least one role", fix="deactivate them instead")
    if roles is not None:
        _keep_an_admin(store, member, roles)
    updates: dict[str, object] = {}
    if roles is not None:
        updates["roles"] = roles_text(roles)
    if name is not None:
        updates["name"] = clean_name(name)
    if is_manager is not None:
        updates["is_manager"] = int(is_manager)
    if is_provider is not None:
        updates["is_provider"] = int(is_provider)
    if title is not None:
        updates["title"] = clean_name(title, what="title") if title.strip() else ""
    if not updates:
        return member
    from medsocial_tui.records import audit

    with store.write() as db:
        handover = _take_manager_role(db) if is_manager else {}
        assignments = ", ".join(f"{k} = ?" for k in updates)
        db.conn.execute(
            f"UPDATE staff SET {assignments} WHERE id = ?", (*updates.values(), member.id)
        )
        audit.record(
            db,
            actor,
            "staff.changed",
            "staff",
            member.id,
            login=login,
            **{k: v for k, v in updates.items() if k != "name"},
            **handover,
        )
    return by_id(store, member.id)


def _take_manager_role(db: Database) -> dict[str, str]:
    """Clear the current social-media manager mark; the audit says who had it."""
    row = db.conn.execute("SELECT login FROM staff WHERE is_manager = 1").fetchone()
    db.conn.execute("UPDATE staff SET is_manager = 0")
    return {"previous_manager": row[0]} if row else {}


def deactivate(by: Acting, login: str) -> StaffMember:
    """Stop someone from acting (admins only). Their records and history stay."""
    store, actor = by.store, by.login
    require_login(store, actor, Action.MANAGE_STAFF)
    member = named(store, login)
    if not member.active:
        raise InvalidTransition(f"{member.name} is already deactivated")
    _keep_an_admin(store, member, None)
    from medsocial_tui.records import audit

    with store.write() as db:
        db.conn.execute(
            "UPDATE staff SET active = 0, is_manager = 0, deactivated_at = ? WHERE id = ?",
            (clock.to_iso(clock.now()), member.id),
        )
        audit.record(db, actor, "staff.deactivated", "staff", member.id, login=login)
    return by_id(store, member.id)


def history(store: Store, staff_id: int) -> list[audit.Event]:
    """Every recorded change to a person's staff entry, oldest first."""
    from medsocial_tui.records import audit

    return audit.events(
        store.db, "WHERE subject_type = 'staff' AND subject_id = ? ORDER BY id", (str(staff_id),)
    )
