"""Policy versions: drafts change, published versions never do, reviews come due, versions
retire, and two versions can be compared section by section."""

from __future__ import annotations

from datetime import date

import pytest

from medsocial_tui.errors import InvalidTransition, PermissionDenied, UsageError
from medsocial_tui.records import audit, policy
from medsocial_tui.records.acting import ActingAs

from .conftest import ADMIN

TEMPLATE_KEYS = ["purpose", "expectations", "conflicts", "training", "monitoring", "consequences"]


def test_a_new_practice_starts_with_a_draft_from_the_template(store):
    draft = policy.latest_draft(store)
    assert [s.key for s in draft.sections] == TEMPLATE_KEYS
    assert "Oak Dental" in draft.section("purpose").body
    assert "patient portal" in draft.section("expectations").body
    assert policy.current_version(store) is None


def test_a_custom_section_is_added_and_edited_in_a_draft(store):
    draft = policy.latest_draft(store)
    policy.set_section(
        ActingAs(store, ADMIN), draft.number, "photos", "Only named staff.", title="Photos"
    )
    edited = policy.set_section(ActingAs(store, ADMIN), draft.number, "photos", "Nobody else.")
    assert edited.sections[-1] == policy.Section("photos", "Photos", "Nobody else.")


def test_a_published_version_is_immutable(store):
    draft = policy.latest_draft(store)
    policy.publish(ActingAs(store, ADMIN), draft.number, effective=date(2026, 3, 1))
    with pytest.raises(InvalidTransition, match="only drafts change") as caught:
        policy.set_section(ActingAs(store, ADMIN), draft.number, "purpose", "changed")
    assert "draft --from" in caught.value.fix
    with pytest.raises(InvalidTransition):
        policy.update_draft(ActingAs(store, ADMIN), draft.number, [])
    with pytest.raises(InvalidTransition):
        policy.publish(ActingAs(store, ADMIN), draft.number)
    assert "changed" not in policy.get_version(store, draft.number).section("purpose").body


def test_publish_sets_the_effective_date_and_a_review_twelve_months_later(store):
    draft = policy.latest_draft(store)
    published = policy.publish(ActingAs(store, ADMIN), draft.number, effective=date(2024, 2, 29))
    assert published.effective_date == date(2024, 2, 29)
    assert published.next_review_date == date(2025, 2, 28)
    assert policy.current_version(store).number == draft.number


def test_the_review_is_flagged_when_due(store):
    draft = policy.latest_draft(store)
    version = policy.publish(ActingAs(store, ADMIN), draft.number, effective=date(2025, 1, 10))
    assert not policy.review_due(version, date(2026, 1, 9))
    assert "review due in 30 days" in policy.review_status(version, date(2025, 12, 11))
    assert policy.review_due(version, date(2026, 1, 10))
    assert policy.review_status(version, date(2026, 2, 1)) == "review due since 2026-01-10"


def test_a_draft_from_an_earlier_version_copies_it_and_the_diff_shows_each_change(store):
    first = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    second = policy.create_draft(ActingAs(store, ADMIN), from_number=first.number)
    assert second.sections == first.sections
    policy.set_section(ActingAs(store, ADMIN), second.number, "training", "Every six months.")
    policy.set_section(
        ActingAs(store, ADMIN), second.number, "photos", "Ask first.", title="Photos"
    )
    policy.remove_section(ActingAs(store, ADMIN), second.number, "monitoring")
    changes = {d.key: d for d in policy.diff(store, first.number, second.number)}
    assert changes["training"].change == "changed"
    assert "+Every six months." in changes["training"].lines
    assert changes["photos"].change == "added"
    assert changes["monitoring"].change == "removed"
    assert changes["purpose"].change == "unchanged"
    assert "[removed] Review of public posts" in policy.diff_text(list(changes.values()))


def test_retire_withdraws_a_version_but_never_the_only_policy(store):
    first = policy.publish(ActingAs(store, ADMIN), policy.latest_draft(store).number)
    with pytest.raises(InvalidTransition, match="only published version"):
        policy.retire(ActingAs(store, ADMIN), first.number)
    second = policy.publish(
        ActingAs(store, ADMIN), policy.create_draft(ActingAs(store, ADMIN), from_number=1).number
    )
    assert policy.describe_status(store, first) == "superseded"
    policy.retire(ActingAs(store, ADMIN), first.number)
    assert policy.get_version(store, first.number).status == "retired"
    assert policy.current_version(store).number == second.number


def test_an_abandoned_draft_is_retired_not_deleted(store):
    draft = policy.latest_draft(store)
    policy.retire(ActingAs(store, ADMIN), draft.number)
    assert policy.get_version(store, draft.number).status == "retired"
    assert policy.latest_draft(store) is None


def test_only_an_admin_manages_the_policy(store, author):
    draft = policy.latest_draft(store)
    for attempt in (
        lambda: policy.create_draft(ActingAs(store, author.login)),
        lambda: policy.set_section(ActingAs(store, author.login), draft.number, "purpose", "x"),
        lambda: policy.publish(ActingAs(store, author.login), draft.number),
        lambda: policy.retire(ActingAs(store, author.login), draft.number),
    ):
        with pytest.raises(PermissionDenied, match="admin role"):
            attempt()


def test_markdown_round_trips_with_keys_and_a_new_heading_makes_a_section(store):
    draft = policy.latest_draft(store)
    text = policy.to_markdown(draft, keys=True) + "\n## Working from home\n\nNo screens shown.\n"
    title, sections = policy.parse_markdown(text)
    assert title == draft.title
    assert sections[: len(draft.sections)] == list(draft.sections)
    assert sections[-1] == policy.Section(
        "working-from-home", "Working from home", "No screens shown."
    )


def test_markdown_with_text_before_a_section_says_where(store):
    with pytest.raises(UsageError) as caught:
        policy.parse_markdown("# Title\nstray words\n## Purpose\nx\n")
    assert caught.value.where == "line 2"


def test_duplicate_section_keys_are_refused(store):
    draft = policy.latest_draft(store)
    twice = [*draft.sections, draft.sections[0]]
    with pytest.raises(UsageError, match="purpose appears twice"):
        policy.update_draft(ActingAs(store, ADMIN), draft.number, twice)


def test_every_change_is_in_the_audit_log_and_the_chain_holds(store):
    number = policy.latest_draft(store).number
    policy.set_section(ActingAs(store, ADMIN), number, "purpose", "Why we post.")
    policy.publish(ActingAs(store, ADMIN), number)
    policy.create_draft(ActingAs(store, ADMIN), from_number=number)
    actions = [e.action for e in audit.recent(store.db)]
    assert actions[:4] == ["policy.drafted", "policy.published", "policy.edited", "policy.drafted"]
    assert audit.verify_chain(store.db) is None
