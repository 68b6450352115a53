"""`medsocial policy / staff / training / audit-note` on the command line (click's runner)."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from medsocial_tui.cli import main
from medsocial_tui.records import policy


@pytest.fixture
def run(demo_practice, monkeypatch):
    home = str(demo_practice.home.root)

    def invoke(*args: str, user: str = "lbrooks", stdin: str | None = None):
        monkeypatch.setenv("MEDSOCIAL_USER", user)
        return CliRunner().invoke(main, ["--home", home, *args], input=stdin)

    return invoke


def test_a_new_hire_is_added_acknowledges_and_only_then_composes(run, demo_practice):
    added = run("staff", "add", "nia", "--name", "Nia Park", "--title", "Front desk")
    assert added.exit_code == 0, added.output
    assert "acknowledged the policy" in added.output
    account = demo_practice.config.accounts[0].id
    blocked = run("post", "add", "We open at 9 tomorrow.", "-a", account, user="nia")
    assert blocked.exit_code == 8 and "acknowledge policy version 1" in blocked.output
    shown = run("policy", "show", user="nia")
    assert "## Expectations" in shown.output
    assert run("policy", "acknowledge", user="nia").exit_code == 0
    allowed = run("post", "add", "We open at 9 tomorrow.", "-a", account, user="nia")
    assert allowed.exit_code == 0, allowed.output


def test_draft_edit_section_publish_and_everyone_must_acknowledge_again(run, tmp_path):
    body = tmp_path / "training.md"
    body.write_text("Training twice a year.\n", "utf-8")
    assert run("policy", "edit", "2", "--section", "training", "--file", str(body)).exit_code == 0
    published = run("policy", "publish", "2", "--effective", "2026-01-01")
    assert published.exit_code == 0, published.output
    assert "next review 2027-01-01" in published.output
    status = json.loads(run("policy", "status", "--json").output)
    assert status["current"] == 2 and "lbrooks" in status["not_acknowledged"]
    diff = run("policy", "diff", "1", "2")
    assert "[changed] Training" in diff.output and "+Training twice a year." in diff.output


def test_edit_reads_a_whole_draft_as_markdown_from_stdin(run, demo_practice):
    text = "# Our policy\n\n## Purpose {#purpose}\n\nWhy.\n\n## Photos\n\nAsk first.\n"
    result = run("policy", "edit", "2", "--file", "-", stdin=text)
    assert result.exit_code == 0, result.output
    draft = policy.get_version(demo_practice.store, 2)
    assert draft.title == "Our policy" and [s.key for s in draft.sections] == ["purpose", "photos"]


def test_a_published_version_cannot_be_edited(run):
    result = run("policy", "edit", "1", "--section", "purpose", "--file", "-", stdin="x")
    assert result.exit_code == 10
    assert "draft --from 1" in result.output


def test_list_shows_current_and_draft(run):
    out = run("policy", "list").output
    assert "current" in out and "draft" in out and "next review" in out


def test_export_and_report_write_files_in_exports(run, demo_practice):
    md = run("policy", "export", "1")
    assert md.exit_code == 0, md.output
    assert md.output.strip().endswith("exports/policy-v1.md")
    pdf = run("policy", "export", "1", "--pdf")
    assert pdf.exit_code == 0, pdf.output
    report = run("policy", "report", "--csv")
    path = report.output.strip()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "record"


def test_training_add_list_and_overdue(run):
    overdue = run("training", "overdue")
    assert overdue.exit_code == 1 and "tnguyen" in overdue.output and "sokafor" in overdue.output
    assert run("training", "add", "tnguyen", "--trainer", "Linda").exit_code == 0
    assert run("training", "add", "sokafor").exit_code == 0
    assert run("training", "overdue").exit_code == 0
    assert "tnguyen" in run("training", "list", "--login", "tnguyen").output


def test_audit_note_refuses_patient_information_and_saves_a_clean_one(run):
    refused = run("audit-note", "add", "jreyes", "--seen", "Reply gave 555-201-7788 to a patient")
    assert refused.exit_code == 11 and "nothing was saved" in refused.output
    saved = run("audit-note", "add", "jreyes", "--seen", "Two posts; fine.", "--action", "None")
    assert saved.exit_code == 0, saved.output
    assert "Two posts; fine." in run("audit-note", "list", "--login", "jreyes").output


def test_the_lists_by_login_say_each_record_as_json_and_nothing_for_no_one(run):
    assert run("audit-note", "list", "--login", "nobody").output == "no audit notes yet\n"
    assert run("audit-note", "add", "jreyes", "--seen", "Two posts; fine.").exit_code == 0
    assert run("training", "add", "tnguyen", "--trainer", "Linda").exit_code == 0
    notes = json.loads(run("audit-note", "list", "--login", "jreyes", "--json").output)
    assert {n["login"] for n in notes} == {"jreyes"}
    assert (notes[0]["seen"], notes[0]["action"]) == ("Two posts; fine.", "")
    records = json.loads(run("training", "list", "--json").output)
    assert {"tnguyen"} <= {r["login"] for r in records}
    assert all(
        r["login"] == "tnguyen"
        for r in json.loads(run("training", "list", "--login", "tnguyen", "--json").output)
    )
    assert run("training", "list", "--login", "nobody").output.splitlines()[0].split() == [
        "completed",
        "login",
        "name",
        "topic",
        "next",
        "due",
        "trainer",
    ]


def test_an_author_cannot_manage_staff_from_the_cli(run):
    result = run("staff", "deactivate", "tnguyen", user="sokafor")
    assert result.exit_code == 8 and "admin role" in result.output


def test_staff_list_and_show_give_policy_and_training_status(run):
    listing = run("staff", "list").output
    assert "NOT acknowledged" in listing and "OVERDUE" in listing
    shown = run("staff", "show", "jreyes").output
    assert "version 1" in shown and "audit notes:" in shown and "staff.added" in shown
