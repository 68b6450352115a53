"""Records read from their rows (models.Stored): the columns named in READ are read, the
others taken as stored, columns that are not fields left out, empty ones read as nothing."""

from __future__ import annotations

from datetime import date

from medsocial_tui.models import Role, StaffMember
from medsocial_tui.records.policy_versions import PolicyVersion
from medsocial_tui.store import open_store


def test_a_staff_row_reads_its_roles_and_marks_and_keeps_the_rest_as_stored(tmp_path):
    store = open_store(tmp_path / "m.db", create=True)
    with store.write() as db:
        db.conn.execute(
            "INSERT INTO staff (login, name, roles, is_manager, is_provider, title, active,"
            " created_at) VALUES ('npark', 'Nia Park', 'author,approver', 1, 0, 'DDS', 1, 'x')"
        )
    row = store.one("SELECT * FROM staff WHERE login = 'npark'")
    assert row is not None and "created_at" in row

    member = StaffMember.from_row(row)

    assert member.roles == frozenset({Role.AUTHOR, Role.APPROVER})
    assert member.is_manager is True and member.is_provider is False and member.active is True
    assert (member.login, member.name, member.title) == ("npark", "Nia Park", "DDS")


def test_a_policy_version_reads_an_empty_date_as_none_and_a_given_one_as_a_date(tmp_path):
    store = open_store(tmp_path / "m.db", create=True)
    sections = '[{"key": "purpose", "title": "Purpose", "body": "Why."}]'
    with store.write() as db:
        db.conn.execute(
            "INSERT INTO policy_versions (number, title, status, sections, created_by,"
            " created_at, effective_date, next_review_date) VALUES"
            " (1, 'Policy', 'published', ?, 'admin', 'x', '2026-01-05', NULL)",
            (sections,),
        )
    row = store.one("SELECT * FROM policy_versions WHERE number = 1")
    assert row is not None

    version = PolicyVersion.from_row(row)

    assert version.effective_date == date(2026, 1, 5)
    assert version.next_review_date is None
    assert [s.key for s in version.sections] == ["purpose"]
