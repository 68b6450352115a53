"""Exports for an inspector or an attorney: a policy version as Markdown or PDF, and the
acknowledgement and training report as CSV, each saying who and when.

Files go to the home's ``exports/`` folder unless a path is given; each export is itself an
audited event (what and where, never the content).
"""

from __future__ import annotations

import csv
import html
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from medsocial_tui import clock
from medsocial_tui.home.config import write_private
from medsocial_tui.records import audit, policy, training
from medsocial_tui.records import staff as staff_core
from medsocial_tui.store import Store

if TYPE_CHECKING:
    from medsocial_tui.home.practice import Practice

FONT_ENV = "MEDSOCIAL_PDF_FONT"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "record",
    "name",
    "login",
    "roles",
    "staff_status",
    "policy_version",
    "topic",
    "when",
    "next_due",
    "overdue",
    "recorded_by",
)


@dataclass(frozen=True)
class Export:
    path: Path
    kind: str


def local_time(iso: str | None, tz: ZoneInfo) -> str:
    """A stored UTC moment as the practice reads it, with its zone: '2026-03-01 09:14 EST'."""
    if not iso:
        return ""
    return clock.parse_utc(iso).astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")


def _destination(exports_dir: Path, default_name: str, dest: Path | None) -> Path:
    if dest is None:
        exports_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return exports_dir / default_name
    dest = Path(dest).expanduser()
    if dest.is_dir():
        return dest / default_name
    dest.parent.mkdir(parents=True, exist_ok=True)
    return dest


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all, readable only by the practice's account: a private
    temporary file of unpredictable name in the same folder, renamed into place."""
    write_private(path, data, mode=0o600)


def _written(
    store: Store, actor: str, kind: str, path: Path, data: bytes, **details: object
) -> Export:
    """Write ``data`` to ``path`` (whole or not at all), record in the audit chain that
    ``actor`` exported it (with ``details``), and say where it is."""
    _write(path, data)
    with store.write() as db:
        audit.record(db, actor, "export.written", "export", kind, file=path.name, **details)
    return Export(path, kind)


# The policy as Markdown


def _acknowledgement_lines(store: Store, version: policy.PolicyVersion, tz: ZoneInfo) -> list[str]:
    if version.status == "draft":
        return []
    lines = ["---", "", f"## Acknowledgements of version {version.number}", ""]
    acks = policy.acknowledgements(store, version.number)
    if acks:
        lines += ["| Staff member | Login | Acknowledged |", "|---|---|---|"]
        lines += [
            f"| {_md_cell(a.name)} | {_md_cell(a.login)} | {local_time(a.acknowledged_at, tz)} |"
            for a in acks
        ]
    else:
        lines.append("Nobody has acknowledged this version.")
    current = policy.current_version(store)
    if current and current.number == version.number:
        missing = policy.not_acknowledged(store)
        lines.append("")
        lines.append(
            "Not yet acknowledged by: " + ", ".join(_md_cell(m.name) for m in missing) + "."
            if missing
            else "Every active staff member has acknowledged this version."
        )
    return lines


def _md_cell(text: str) -> str:
    return _md_text(text).replace("|", "\\|").replace("\n", " ")


def _md_text(text: str) -> str:
    """Person-written text for Markdown: HTML in it is shown as text, never passed through
    (a viewer would otherwise run a <script> or draw an <img> someone typed)."""
    return html.escape(text, quote=False)


def _meta_lines(
    store: Store, version: policy.PolicyVersion, practice_name: str, tz: ZoneInfo
) -> list[str]:
    lines = [
        f"Practice: {practice_name}",
        f"Version {version.number}: {policy.describe_status(store, version)}",
    ]
    if version.effective_date:
        lines.append(f"Effective: {version.effective_date.isoformat()}")
        if version.next_review_date:
            lines.append(f"Next review: {version.next_review_date.isoformat()}")
        lines.append(
            f"Published by {version.published_by} on {local_time(version.published_at, tz)}"
        )
    if version.retired_at:
        lines.append(f"Retired on {local_time(version.retired_at, tz)}")
    lines.append(f"Drafted by {version.created_by} on {local_time(version.created_at, tz)}")
    return lines


def policy_markdown(
    store: Store, number: int, practice_name: str, tz: ZoneInfo, *, exported_by: str = ""
) -> str:
    """The version's text with its dates and, once published, who acknowledged it when."""
    version = policy.get_version(store, number)
    lines = [f"# {_md_text(version.title)}", ""]
    lines += [f"- {_md_text(line)}" for line in _meta_lines(store, version, practice_name, tz)]
    lines.append("")
    for section in version.sections:
        lines += [f"## {_md_text(section.title)}", "", _md_text(section.body), ""]
    lines += _acknowledgement_lines(store, version, tz)
    stamp = local_time(clock.to_iso(clock.now()), tz)
    lines += [
        "",
        f"_Exported from medsocial on {stamp}"
        + (f" by {_md_text(exported_by)}_" if exported_by else "_"),
    ]
    return "\n".join(lines).rstrip() + "\n"


# The policy as PDF


_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u2022": "*",
        "\u00a0": " ",
        "\u2192": "->",
    }
)


def unicode_font() -> Path | None:
    """A TrueType font that covers more than Latin-1, if this machine has one."""
    chosen = os.environ.get(FONT_ENV)
    for candidate in (chosen, *FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def latin1(text: str) -> str:
    """Text the PDF core fonts can draw: typographic marks made plain, the rest as '?'."""
    return text.translate(_TYPOGRAPHY).encode("latin-1", "replace").decode("latin-1")


def policy_pdf(
    store: Store,
    number: int,
    practice_name: str,
    tz: ZoneInfo,
    *,
    exported_by: str = "",
    font: Path | None = None,
) -> bytes:
    """The same content as :func:`policy_markdown`, laid out for print (US Letter).

    With a Unicode font (``font``, $MEDSOCIAL_PDF_FONT or a system one) every character is
    drawn; without one, the built-in Helvetica draws Latin-1 and replaces the rest."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    version = policy.get_version(store, number)
    stamp = local_time(clock.to_iso(clock.now()), tz)
    footer_text = f"{practice_name} - policy version {version.number} - exported {stamp}"

    family: str
    clean: Callable[[str], str]

    class _PolicyPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(family, "", 8)
            self.cell(0, 6, clean(f"{footer_text} - page {self.page_no()}/{{nb}}"), align="C")

    pdf = _PolicyPDF(format="Letter")
    bold = "B"
    if font is not None:
        pdf.add_font("Body", "", str(font))
        bold_file = font.with_name(f"{font.stem}-Bold{font.suffix}")
        if bold_file.is_file():
            pdf.add_font("Body", "B", str(bold_file))
        else:
            bold = ""
        family, clean = "Body", (lambda text: text)
    else:
        family, clean = "Helvetica", latin1
    pdf.set_title(clean(f"{version.title} (version {version.number})"))
    pdf.set_author(clean(practice_name))
    pdf.set_creator("medsocial")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()

    def paragraph(text: str, size: float = 11, height: float = 5.5, gap: float = 2) -> None:
        pdf.set_font(family, "", size)
        pdf.multi_cell(0, height, clean(text), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(gap)

    def heading(text: str, size: float) -> None:
        pdf.set_font(family, bold, size)
        pdf.set_text_color(20, 40, 90)
        pdf.multi_cell(0, size * 0.5, clean(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    heading(version.title, 18)
    paragraph("\n".join(_meta_lines(store, version, practice_name, tz)), size=9, height=4.5, gap=4)
    for section in version.sections:
        heading(section.title, 13)
        for block in section.body.split("\n\n"):
            paragraph(" ".join(block.split()))
    if version.status != "draft":
        heading(f"Acknowledgements of version {version.number}", 13)
        acks = policy.acknowledgements(store, version.number)
        if acks:
            headings = FontFace(emphasis=bold or None, fill_color=(225, 230, 240))
            with pdf.table(
                col_widths=(45, 25, 30), text_align="LEFT", headings_style=headings
            ) as table:
                pdf.set_font(family, "", 9)
                for row in (
                    ("Staff member", "Login", "Acknowledged"),
                    *((a.name, a.login, local_time(a.acknowledged_at, tz)) for a in acks),
                ):
                    cells = table.row()
                    for value in row:
                        cells.cell(clean(value))
            pdf.ln(3)
        else:
            paragraph("Nobody has acknowledged this version.")
        current = policy.current_version(store)
        if current and current.number == version.number:
            missing = policy.not_acknowledged(store)
            paragraph(
                "Not yet acknowledged by: " + ", ".join(m.name for m in missing) + "."
                if missing
                else "Every active staff member has acknowledged this version."
            )
    if exported_by:
        paragraph(f"Exported by {exported_by} on {stamp}.", size=8)
    return bytes(pdf.output())


def export_policy(
    practice: Practice,
    number: int,
    *,
    as_pdf: bool = False,
    dest: Path | None = None,
    font: Path | None = None,
) -> Export:
    """Write version ``number`` as Markdown (or, ``as_pdf``, as PDF with ``font`` or a
    Unicode font this machine has) into the home's exports folder or ``dest``, and audit it."""
    store, actor, tz = practice.store, practice.login, practice.tz
    practice_name, exports_dir = practice.config.name, practice.home.exports_dir
    staff_core.require_login(store, actor, staff_core.Action.MANAGE_POLICY)
    if not as_pdf:
        text = policy_markdown(store, number, practice_name, tz, exported_by=actor)
        path = _destination(exports_dir, f"policy-v{number}.md", dest)
        return _written(store, actor, "policy_markdown", path, text.encode("utf-8"), number=number)
    font = font or unicode_font()
    data = policy_pdf(store, number, practice_name, tz, exported_by=actor, font=font)
    path = _destination(exports_dir, f"policy-v{number}.pdf", dest)
    return _written(
        store, actor, "policy_pdf", path, data, number=number, unicode_font=font is not None
    )


# The acknowledgement and training report as CSV


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _report_rows(store: Store, tz: ZoneInfo) -> Iterable[dict[str, object]]:
    today = clock.today(tz)
    people = {m.id: m for m in staff_core.everyone(store, include_inactive=True)}

    def person(staff_id: int) -> dict[str, object]:
        m = people[staff_id]
        return {
            "name": m.name,
            "login": m.login,
            "roles": " ".join(sorted(r.value for r in m.roles)),
            "staff_status": "active" if m.active else "deactivated",
        }

    for ack in policy.acknowledgements(store):
        yield {
            "record": "acknowledgement",
            **person(ack.staff_id),
            "policy_version": ack.version,
            "when": local_time(ack.acknowledged_at, tz),
        }
    current = policy.current_version(store)
    for m in policy.not_acknowledged(store):
        yield {
            "record": "acknowledgement missing",
            **person(m.id),
            "policy_version": current.number if current else "",
        }
    everything = training.records(store)
    latest = {
        (r.staff_id, r.topic): r for r in sorted(everything, key=lambda r: (r.completed_on, r.id))
    }
    for r in sorted(everything, key=lambda r: (r.name, r.completed_on)):
        is_latest = latest[(r.staff_id, r.topic)] == r
        yield {
            "record": "training",
            **person(r.staff_id),
            "topic": r.topic,
            "when": r.completed_on.isoformat(),
            "next_due": r.next_due.isoformat(),
            "overdue": "yes"
            if is_latest and people[r.staff_id].active and r.next_due < today
            else "",
            "recorded_by": r.recorded_by,
        }
    for status in training.statuses(store):
        if status.topic is None:
            yield {"record": "training missing", **person(status.staff_id), "overdue": "yes"}


def records_csv(store: Store, tz: ZoneInfo) -> str:
    """Every acknowledgement and training record, and who is missing one, one row each."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    for row in _report_rows(store, tz):
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return out.getvalue()


def export_records_csv(practice: Practice, *, dest: Path | None = None) -> Export:
    """Write the report with a byte-order mark, so spreadsheets read it as UTF-8."""
    store, actor, tz = practice.store, practice.login, practice.tz
    staff_core.require_login(store, actor, staff_core.Action.MANAGE_POLICY)
    text = records_csv(store, tz)
    day = clock.now().astimezone(tz).strftime("%Y-%m-%d")
    path = _destination(practice.home.exports_dir, f"policy-records-{day}.csv", dest)
    return _written(store, actor, "records_csv", path, text.encode("utf-8-sig"))
