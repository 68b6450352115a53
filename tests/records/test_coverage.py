"""Every change to posts, deliveries, approvals, acknowledgements, training, staff and roles
leaves an event in the keyed chain, and the chain still verifies after all of them."""

from __future__ import annotations

from medsocial_tui.models import Role
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.records import audit, policy, training
from medsocial_tui.records import staff as staff_core
from medsocial_tui.records.acting import ActingAs

from .conftest import as_


def _new_actions(practice, before: int) -> list[str]:
    rows = practice.store.db.conn.execute(
        "SELECT action FROM events WHERE id > ? ORDER BY id", (before,)
    ).fetchall()
    return [r[0] for r in rows]


def _head(practice) -> int:
    head = audit.head(practice.store.db)
    return head[0] if head else 0


def test_each_kind_of_change_is_in_the_chain(practice):
    store = practice.store
    steps = []

    def step(expected: str, change) -> None:
        before = _head(practice)
        change()
        steps.append((expected, _new_actions(practice, before)))

    step(
        "staff.added",
        lambda: staff_core.add(ActingAs(store, "ppatel"), login="kim", name="Kim Doe"),
    )
    step(
        "staff.changed",
        lambda: staff_core.change(
            ActingAs(store, "ppatel"), "kim", roles=frozenset({Role.AUTHOR, Role.APPROVER})
        ),
    )
    kim = staff_core.by_login(store, "kim")
    assert kim is not None
    step(
        "policy.acknowledged",
        lambda: policy.acknowledge(
            ActingAs(store, "kim"), kim.id, policy.current_version(store).number
        ),
    )
    step(
        "training.recorded",
        lambda: training.record(ActingAs(store, "ppatel"), "kim", completed_on=practice.today()),
    )
    created: list = []
    compose = queue.Compose(text="Open Saturday 9-12", accounts=["mastodon"])
    step("post.created", lambda: created.append(queue.create(as_(practice, "jreyes"), compose)))
    post = created[0]
    step("post.submitted", lambda: queue.submit(practice, post.id))
    step("approval.granted", lambda: queue.approve(as_(practice, "ppatel"), post.id))
    step(
        "approval.cleared",
        lambda: queue.edit(
            as_(practice, "jreyes"), post.id, queue.Compose("Open Sat 9-1", ["mastodon"])
        ),
    )
    step("post.canceled", lambda: queue.cancel(practice, post.id, "Plans changed this week."))
    failed = next(d for d in queue_views.attention(store) if d.state.value == "failed")
    step("delivery.retried", lambda: queue.retry(as_(practice, "jreyes"), failed.id))
    step("staff.deactivated", lambda: staff_core.deactivate(ActingAs(store, "ppatel"), "kim"))
    for expected, actions in steps:
        assert expected in actions, (expected, actions)
    assert audit.verify(store.db).ok
