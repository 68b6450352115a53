"""Patients' written permission: the register (no names: only their keyed hash is kept),
add one, revoke one and see its takedown list. Reached with ``w`` from the policy screen
or "Patients: Authorisations" in the command palette."""

from __future__ import annotations

from medsocial_tui.errors import UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.records import authorisations
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.screens.base import RowsScreen, on_row
from medsocial_tui.tui.widgets.confirm import Confirm
from medsocial_tui.tui.widgets.forms import Field, open_form


class AuthorisationsScreen(RowsScreen[authorisations.Authorisation], keys="authorisations"):
    """Every authorisation with its status; the highlighted one's takedown list below."""

    GROUP = "Authorisations"
    BINDINGS = [
        press("n", "add", "New", "Record a signed form"),
        press("r", "revoke", "Revoke", "The patient took permission back: take the posts down"),
        press("d", "done", "Done", "A post on the takedown list is removed by hand"),
        go_back(),
    ]
    # refused at the key, not at the form's last field: an author typed a patient's full
    # name and the whole form before "not allowed" (found on the newcomer's walk)
    NEEDS = dict.fromkeys(("add", "revoke", "done"), Action.MANAGE_STAFF)

    TABLE_ID = "authorisations"
    FOLLOWS_THE_DATABASE = True
    FIND = "A patient's, by name: medsocial authorisation list --patient NAME"
    EMPTY = f"No authorisations yet: n records a signed form.\n{FIND}"
    STATUS = "Patients' written permission; names are kept only as a keyed hash."
    HELP_NOTES = (f"Names are kept only as a keyed hash, so the list shows none. {FIND}",)
    COLUMNS = (("No", 4), ("Scope", 16), ("Networks", 18), ("Signed", 10), ("Status", 20))

    def reload(self) -> None:
        self.rows = authorisations.every(self.practice)
        with self.refilled() as table:
            for a in self.rows:
                table.add_row(
                    str(a.id),
                    ",".join(sorted(a.scope)),
                    ",".join(sorted(a.networks)),
                    a.signed_on.isoformat(),
                    a.status(self.practice.today()),
                    key=str(a.id),
                )
        self.show_detail()

    def detail(self, found: authorisations.Authorisation) -> str:
        lines = [
            f"Authorisation {found.id}: signed form kept at {found.form_location}",
            "expires " + (found.expires_on.isoformat() if found.expires_on else "never"),
        ]
        items = authorisations.takedowns(self.practice, found.id)
        if found.revoked_on is not None:
            lines.append("Takedown list:" if items else "No published post used it.")
        if any(t.state is authorisations.TakedownState.TO_DO for t in items):
            lines.append("Removed one by hand? d marks it done.")
        for t in items:
            lines.append(
                f"  {t.id}. delivery {t.delivery_id} on {t.account_id}: "
                f"{authorisations.TAKEDOWN_WORDS.get(t.state, t.state)} · {t.detail}"
                + (f" · {t.remote_url}" if t.remote_url else "")
            )
        return "\n".join(lines)

    def action_add(self) -> None:
        fields = [
            Field("patient", "Patient's full name (kept only as a keyed hash)"),
            # the examples were placeholders, hidden behind the default values: nothing said
            # a photo or one network could be chosen (found on the newcomer's walk)
            Field("scope", "What they allowed: text, photo and/or video", "text", "text"),
            Field("networks", "On which networks: channel names, or all", "all", "all"),
            Field("signed", "Signed on", self.practice.today().isoformat(), "YYYY-MM-DD"),
            Field("expires", "Expires on (empty: never)", "", "YYYY-MM-DD"),
            Field("form", "Where the signed form is kept", "", "binder 2, tab 14"),
        ]

        def save(practice: Practice, v: dict[str, str]) -> str:
            if not v["form"].strip():  # said here in the form's words, not the CLI's flag
                raise UsageError(
                    "say where the signed form is kept",
                    fix='type where it is filed, such as "binder 2, tab 14", or a file path',
                )
            made = authorisations.add(
                practice,
                v["patient"],
                scope=[v["scope"]],
                networks=[v["networks"]],
                signed_on=v["signed"],
                expires_on=v["expires"] or None,
                form_location=v["form"],
            )
            return (
                f"Authorisation {made.id} recorded: on the post, type {made.id} in compose's "
                "field 'shows a patient? authorisation #'"
            )

        open_form(self, "New patient authorisation", fields, save)

    @on_row
    def action_revoke(self, found: authorisations.Authorisation) -> None:
        """Once confirmed, revoke, then delete, in a thread worker: the networks' answers
        never hold keys."""

        def done(items: list[authorisations.Takedown]) -> None:
            left = sum(1 for t in items if t.state is authorisations.TakedownState.TO_DO)
            words = f"Authorisation {found.id} revoked; {len(items)} post(s) used it" + (
                f", {left} to remove by hand" if left else ""
            )
            self.app.notify(words, markup=False)
            self.reload()

        self.attempt_after(
            Confirm(
                f"Revoke authorisation {found.id}? Posts that used it are deleted where the "
                "network allows, and listed as to-dos where it does not."
            ),
            "Not revoked",
            _revoke_and_take_down,
            found.id,
            then=done,
        )

    # the takedown list's to-dos could be marked done only at the command line
    # (`medsocial authorisation done`): a manager who revoked here could not finish the
    # list here (found on the third walk)
    @on_row
    def action_done(self, found: authorisations.Authorisation) -> None:
        """The first to-do of the highlighted authorisation's takedown list, once asked."""
        left = [
            t
            for t in authorisations.takedowns(self.practice, found.id)
            if t.state is authorisations.TakedownState.TO_DO
        ]
        if not left:
            self.app.notify(
                f"Authorisation {found.id} has nothing left to remove by hand.", markup=False
            )
            return
        item = left[0]
        self.attempt_after(
            Confirm(
                f"Is the post on {item.account_id} removed (delivery {item.delivery_id})?",
                [item.remote_url] if item.remote_url else [],
            ),
            "Not marked",
            authorisations.mark_done,
            item.id,
            then=self.say_and_reload(
                f"Takedown {item.id} ({item.account_id}) marked removed by hand."
            ),
        )


async def _revoke_and_take_down(
    practice: Practice, authorisation_id: int
) -> list[authorisations.Takedown]:
    authorisations.revoke(practice, authorisation_id)
    return await authorisations.take_down(practice, authorisation_id)
