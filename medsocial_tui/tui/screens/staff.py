"""Policy & staff, the staff half: who works here, their roles, whether they acknowledged the
current policy and are trained; admins add people, change roles, deactivate, record training
and audit notes, and write the report for an inspector."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual.widgets import Static

from medsocial_tui.display import fit
from medsocial_tui.home.practice import Practice
from medsocial_tui.models import Role, StaffMember
from medsocial_tui.records import audit_notes, exports, policy, staff, training
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.screens.base import RowsScreen, on_row
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.forms import Field, open_form

STATUS_WIDTH = 78
"""The status line's room at 80 columns (one column of padding each side)."""


def _day_or_today(practice: Practice, text: str, what: str) -> date:
    """The day typed as YYYY-MM-DD, or today where the practice is when left blank."""
    return policy.typed_day(text, what) if text.strip() else practice.today()


def _yes(text: str) -> bool:
    return text.strip().lower() in ("y", "yes")


def role_words(member: StaffMember) -> str:
    """'author approver admin': each role in words, in the order they grow (marks such as
    'au ap ad' would need a legend, and the screen has no room for one)."""
    order = (Role.AUTHOR, Role.APPROVER, Role.ADMIN)
    return " ".join(r.value for r in order if r in member.roles)


class StaffScreen(RowsScreen[StaffMember], keys="staff"):
    """Everyone on the staff list, with what is missing flagged. Keys for admins are dimmed
    for everyone else (the help screen and the palette say why)."""

    GROUP = "Staff"
    NEEDS = {
        **dict.fromkeys(("add", "change", "make_manager", "deactivate"), Action.MANAGE_STAFF),
        "training": Action.RECORD_TRAINING,
        "audit_note": Action.AUDIT,
        "report": Action.MANAGE_POLICY,
    }
    BINDINGS = [
        press("n", "add", "Add", "Add a staff member"),
        press("c", "change", "Roles", "Change roles, title, provider mark"),
        press(
            "m",
            "make_manager",
            "Manager",
            "Make them the designated social-media manager",
            id="manager",
            show=False,
        ),
        press("x", "deactivate", "Deactivate", "Stop them acting; their history stays"),
        press("t", "training", "Training", "Record training"),
        press("u", "audit_note", "Audit", "Record a review of their public posts"),
        press(
            "w",
            "report",
            "Report",
            "Write the acknowledgement and training CSV into exports/",
            show=False,
        ),
        press(
            "i",
            "toggle_inactive",
            "Inactive",
            "Show or hide deactivated staff",
            id="inactive",
            show=False,
        ),
        go_back(),
    ]

    TABLE_ID = "staff"
    FOLLOWS_THE_DATABASE = True
    EMPTY = "Nobody on the staff list. Press n to add someone."
    COLUMNS = (("Name", 18), ("Roles", 21), ("Policy", 7), ("Training", None))
    """At 80 columns: every role in words ("author approver admin"), and the longest
    training words ("OVERDUE since 2026-10-27")."""

    def __init__(self) -> None:
        super().__init__()
        self.include_inactive = False

    def reload(self) -> None:
        store = self.practice.store
        self.rows = staff.everyone(store, include_inactive=self.include_inactive)
        unacked = {m.id for m in policy.not_acknowledged(store)}
        current = policy.current_version(store)
        with self.refilled() as table:
            for m in self.rows:
                status = training.person_status(store, m.id)
                if not m.active:
                    ack, trained = "-", "deactivated"
                else:
                    ack = "MISSING" if m.id in unacked else ("ok" if current else "-")
                    trained = status.words(self.practice.today()) if status else ""
                table.add_row(m.name, role_words(m), ack, trained, key=m.login)
        overdue = len({s.login for s in training.overdue(store, self.practice.today())})
        manager = staff.manager(store)
        version = f"policy v{current.number}" if current else "no policy published"
        line = (
            f"{len(self.rows)} staff · {version}: {len(unacked)} to acknowledge · "
            f"{overdue} training due · manager: "
        )
        name = manager.name if manager else "none"
        self.query_one("#status-line", Static).update(
            Text(line + fit(name, max(STATUS_WIDTH - len(line), 8)))
        )
        self.show_detail()

    def detail(self, m: StaffMember) -> str:
        marks = [
            x
            for x, on in (("social-media manager", m.is_manager), ("provider", m.is_provider))
            if on
        ]
        lines = [
            f"{m.name} ({m.login}) {m.title}".rstrip() + (f" · {', '.join(marks)}" if marks else "")
        ]
        lines.append(f"roles: {staff.roles_text(m.roles)}" + ("" if m.active else " · deactivated"))
        store = self.practice.store
        missing = policy.unacknowledged_version(store, m.id) if m.active else None
        if missing is not None:
            lines.append(
                f"Has not acknowledged policy v{missing.number}: cannot compose, "
                "approve or reply until they do."
            )
        notes = audit_notes.notes(store, m.login)
        if notes:
            lines.append(f"last review {notes[0].reviewed_on}: {notes[0].seen}")
        return "\n".join(lines)

    def action_add(self) -> None:

        def save(practice: Practice, v: dict[str, str]) -> str:
            member = staff.add(
                practice,
                login=v["login"].strip(),
                name=v["name"].strip(),
                roles=staff.parse_roles(v["roles"] or "author"),
                title=v["title"].strip(),
                is_provider=_yes(v["provider"]),
            )
            # how they get in is the next thing an admin needs, and it is not in the app: the
            # notice named only the policy, and a newcomer went to the docs (deploy.md)
            return (
                f"Added {member.name}. To let them in over SSH: medsocial staff key add "
                f"{member.login} KEY (their .pub line); with their own login on this machine, "
                "sudo (docs/deploy.md). They acknowledge the policy before composing."
            )

        open_form(
            self,
            "Add a staff member",
            [
                Field("login", "Login (their SSH/OS user name)", placeholder="e.g. npark"),
                Field("name", "Name", placeholder="e.g. Nia Park"),
                Field("title", "Title", placeholder="e.g. Front desk, DDS"),
                Field("roles", "Roles (author, approver, admin)", "author"),
                Field("provider", "Provider (doctor or clinician)? y/n", "n"),
            ],
            save,
        )

    @on_row
    def action_change(self, m: StaffMember) -> None:
        def save(practice: Practice, v: dict[str, str]) -> str:
            changed = staff.change(
                practice,
                m.login,
                roles=staff.parse_roles(v["roles"]),
                title=v["title"].strip(),
                is_provider=_yes(v["provider"]),
            )
            return f"{changed.name}: {staff.roles_text(changed.roles)}"

        open_form(
            self,
            f"Change {m.name}",
            [
                Field("roles", "Roles (author, approver, admin)", staff.roles_text(m.roles)),
                Field("title", "Title", m.title),
                Field("provider", "Provider? y/n", "y" if m.is_provider else "n"),
            ],
            save,
        )

    def _act(self, work: Callable[[Practice], object], done: str) -> None:
        """``work(practice)`` in a thread worker; then say ``done`` and read the list again."""
        self.attempt("Not changed", work, then=self.say_and_reload(done))

    @on_row
    def action_make_manager(self, m: StaffMember) -> None:
        self._act(
            lambda p: staff.change(p, m.login, is_manager=True),
            f"{m.name} is now the designated social-media manager.",
        )

    @on_row
    def action_deactivate(self, m: StaffMember) -> None:
        self.attempt_after(
            Confirm(f"Deactivate {m.name}? They can no longer act; their history stays."),
            "Not changed",
            lambda p: staff.deactivate(p, m.login),
            then=self.say_and_reload(f"{m.name} deactivated; their records stay."),
        )

    @on_row
    def action_training(self, m: StaffMember) -> None:
        def save(practice: Practice, v: dict[str, str]) -> str:
            record = training.record(
                practice,
                m.login,
                topic=v["topic"].strip() or training.DEFAULT_TOPIC,
                completed_on=_day_or_today(practice, v["completed"], "completed on"),
                trainer=v["trainer"],
                notes=v["notes"],
            )
            return f"Training recorded for {record.name}; next due {record.next_due}."

        open_form(
            self,
            f"Training for {m.name}",
            [
                Field("topic", "Topic", training.DEFAULT_TOPIC),
                Field("completed", "Completed on (YYYY-MM-DD)", self.practice.today().isoformat()),
                Field("trainer", "Trainer"),
                Field("notes", "Notes (no patient information)"),
            ],
            save,
        )

    @on_row
    def action_audit_note(self, m: StaffMember) -> None:
        def save(practice: Practice, v: dict[str, str]) -> str:
            note = audit_notes.add(
                practice,
                m.login,
                seen=v["seen"],
                action=v["action"],
                reviewed_on=_day_or_today(practice, v["reviewed"], "reviewed on"),
            )
            return f"Audit note for {note.name} saved."

        open_form(
            self,
            f"Review of {m.name}'s public posts",
            [
                Field("reviewed", "Reviewed on (YYYY-MM-DD)", self.practice.today().isoformat()),
                Field("seen", "What was seen (no patient information)"),
                Field("action", "Action taken"),
            ],
            save,
        )

    def action_report(self) -> None:
        self.attempt(
            "Not written",
            exports.export_records_csv,
            then=lambda written: self.app.notify(f"Wrote {written.path}", markup=False, timeout=10),
        )

    def action_toggle_inactive(self) -> None:
        self.include_inactive = not self.include_inactive
        self.reload()
