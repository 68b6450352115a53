"""Exports for an inspector or an attorney: Markdown and PDF of a version, the CSV report."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from medsocial_tui.errors import PermissionDenied
from medsocial_tui.records import audit, exports, staff
from medsocial_tui.records.acting import ActingAs

ADMIN = "lbrooks"


def test_markdown_export_has_the_text_dates_and_who_acknowledged_when(demo_practice):
    written = exports.export_policy(demo_practice, 1)
    assert written.path == demo_practice.home.exports_dir / "policy-v1.md"
    text = written.path.read_text("utf-8")
    assert text.startswith("# Internet and social-media use policy\n")
    assert "- Effective: " in text and "- Next review: " in text
    assert "## Conflicts of interest" in text
    assert "| Dr. Priya Patel | ppatel | " in text
    assert "Not yet acknowledged by: Sam Okafor, Tina Nguyen." in text
    assert audit.recent(demo_practice.store.db, limit=1)[0].action == "export.written"


def test_markdown_export_goes_to_a_given_path(demo_practice, tmp_path):
    dest = tmp_path / "for-attorney" / "policy.md"
    written = exports.export_policy(demo_practice, 1, dest=dest)
    assert written.path == dest and dest.read_text("utf-8").startswith("# ")


@pytest.mark.parametrize("font", ["system", None])
def test_pdf_export_is_a_pdf_with_or_without_a_unicode_font(demo_practice, font):
    chosen = exports.unicode_font() if font == "system" else None
    if font == "system" and chosen is None:
        pytest.skip("no Unicode TrueType font on this machine")
    data = exports.policy_pdf(
        demo_practice.store, 1, "Clínica Dental – Norte", demo_practice.tz, font=chosen
    )
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def test_latin1_fallback_keeps_typography_readable():
    assert exports.latin1("“Smile” – café → 日") == '"Smile" - café -> ?'


def test_the_csv_report_lists_acknowledgements_missing_ones_and_training(demo_practice):
    written = exports.export_records_csv(demo_practice)
    raw = written.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    kinds = {(r["record"], r["login"]) for r in rows}
    assert ("acknowledgement", "ppatel") in kinds
    assert ("acknowledgement missing", "sokafor") in kinds
    assert ("training missing", "sokafor") in kinds
    tina = [r for r in rows if r["record"] == "training" and r["login"] == "tnguyen"]
    assert tina[0]["overdue"] == "yes" and tina[0]["next_due"]
    ack = next(r for r in rows if r["record"] == "acknowledgement")
    assert ack["policy_version"] == "1" and ack["when"].count(":") == 1


def test_csv_cells_that_look_like_formulas_are_made_text(demo_practice):
    staff.add(
        ActingAs(demo_practice.store, ADMIN),
        login="evil",
        name='=HYPERLINK("http://x.test","click")',
        title="+1",
    )
    text = exports.records_csv(demo_practice.store, demo_practice.tz)
    rows = list(csv.DictReader(io.StringIO(text)))
    names = [r["name"] for r in rows if r["login"] == "evil"]
    assert names and all(n.startswith("'=") for n in names)
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert exports.safe_cell(value) == "'" + value
    assert exports.safe_cell("Dr. Priya Patel") == "Dr. Priya Patel"


def test_only_an_admin_exports(demo_practice):
    with pytest.raises(PermissionDenied):
        exports.export_records_csv(replace(demo_practice, login="sokafor"))
    assert not Path(demo_practice.home.exports_dir).exists()
