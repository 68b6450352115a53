"""Reached over SSH (or sudo) the app runs as the service account for someone else: it starts
no editor and reads or writes no file by a path they name; the same work is done by streaming
text in and out."""

from __future__ import annotations

from medsocial_tui.records.exports import CSV_COLUMNS

from .conftest import OWNER, as_staff, run

DRAFT = "# Social-media policy\n\n## Purpose {#purpose}\n\nWhy we post.\n"


def test_policy_edit_starts_no_editor_over_ssh(practice_home):
    result = as_staff(OWNER, practice_home, "policy edit 1", EDITOR="sh -c 'id > /tmp/x'")
    assert result.returncode == 2
    assert "no editor is started here" in result.stderr
    assert "--file - < draft.md" in result.stderr


def test_policy_edit_reads_the_draft_from_standard_input_not_a_path(practice_home):
    by_path = as_staff(OWNER, practice_home, "policy edit 1 --file /etc/passwd")
    assert by_path.returncode == 2
    assert "cannot be read from a path here" in by_path.stderr
    streamed = as_staff(OWNER, practice_home, "policy edit 1 --file -", stdin=DRAFT)
    assert streamed.returncode == 0, streamed.stderr
    assert "1 sections" in streamed.stdout


def test_roster_import_reads_standard_input_only(practice_home):
    by_path = as_staff(OWNER, practice_home, "roster import /etc/passwd")
    assert by_path.returncode == 2
    assert "cannot be read from a path here" in by_path.stderr
    streamed = as_staff(
        OWNER, practice_home, "roster import -", stdin="first,last\nMaria,Lopez\nAna,Diaz\n"
    )
    assert streamed.returncode == 0, streamed.stderr
    assert "2 patients in the roster" in streamed.stdout


def test_exports_are_streamed_not_written_where_someone_says(practice_home, tmp_path):
    target = tmp_path / "planted.md"
    by_path = as_staff(OWNER, practice_home, f"policy report --out {target}")
    assert by_path.returncode == 2
    assert "add --out -" in by_path.stderr
    assert not target.exists()
    streamed = as_staff(OWNER, practice_home, "policy report --out -")
    assert streamed.returncode == 0, streamed.stderr
    header = streamed.stdout.lstrip("\ufeff").splitlines()[0]
    assert header.split(",") == list(CSV_COLUMNS)
    assert "jreyes" in streamed.stdout


def test_the_owner_at_their_own_terminal_keeps_paths(practice_home, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    assert run("policy", "edit", "1", "--file", str(draft), home=practice_home).returncode == 0


def test_a_pdf_export_is_streamed_byte_for_byte(practice_home):
    streamed = as_staff(OWNER, practice_home, "policy export 1 --pdf --out -")
    assert streamed.returncode == 0, streamed.stderr
    assert streamed.stdout.startswith("%PDF-")
