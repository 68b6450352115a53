"""The guard's check just before sending, as flush runs it: each version of a post is read
once per text, and the patient's written permission once per network it goes to."""

from __future__ import annotations

import asyncio

from medsocial_tui import clock
from medsocial_tui.publishing import approvals, flush, queue, states
from medsocial_tui.publishing.states import DeliveryState as S
from medsocial_tui.records import authorisations

from .conftest import LOGIN, make_home, open_with_reference

ONLY_THE_FIRST_NETWORK = dict(
    scope=["text"],
    networks=["loopback"],
    signed_on="2026-01-05",
    expires_on=None,
    form_location="binder 2, tab 14",
)
"""The patient's signed permission: the post's text, on the loopback network only."""


def test_a_permission_for_one_network_does_not_send_the_same_text_to_another(tmp_path, network):
    """Both accounts send the same text; the patient allowed only the first network. No
    approval of today's lets such a post through (it reads every network), so it is
    approved here as an older one might have been: the check before sending must still
    stop the second delivery, though the first one's text was found fine a moment before."""
    home = make_home(
        tmp_path / "h", network, accounts=2, posts=0, channels=("loopback", "loopback-dedupe")
    )
    practice = open_with_reference(home)
    try:
        allowed = authorisations.add(practice, "Maria Lopez", **ONLY_THE_FIRST_NETWORK)
        post = queue.create(
            practice,
            queue.Compose(
                text="Success story of the week!",
                accounts=["page-0", "page-1"],
                scheduled_at=clock.now(),
                options={"authorisation": allowed.id},
            ),
        )
        now = clock.now_iso()
        with practice.store.write() as db:
            for delivery in post.deliveries:
                states.move(
                    db, delivery.id, S.DRAFT, S.SCHEDULED, next_attempt_at=now, updated_at=now
                )
            approvals.grant(db, home.root, post.id, approvals.Basis.APPROVER, LOGIN)
        report = asyncio.run(flush.run(practice))
    finally:
        practice.close()
    by_account = {o.account_id: o for o in report.outcomes}
    assert by_account["page-0"].state == "published"
    assert by_account["page-1"].state == "failed"
    assert "does not cover loopback-dedupe" in by_account["page-1"].detail
    assert sum(network.creates.values()) == 1
