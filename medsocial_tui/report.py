"""The owner's report: what went out, what failed and why, how posts performed beside the
period before, the quiet accounts, and the policy work due. Markdown, HTML or PDF.

Everything here is read from the practice database; the numbers are the ones
``medsocial metrics fetch`` stored, so the report, ``metrics show`` and the performance
screen agree. A counter a network does not give is written "not offered", never 0.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock, metrics
from medsocial_tui.channel import COUNTER_WORDS

if TYPE_CHECKING:
    from medsocial_tui.practice import Practice

PERIODS = ("week", "month", "year")
SECTIONS = ("out", "failed", "numbers", "kinds", "best", "offered", "quiet", "policy")


def period_bounds(period: str, today: date) -> tuple[date, date, date]:
    """(start of the last whole period, its end (exclusive), start of the one before). A week
    runs Monday to Sunday; a month is a calendar month; a year is the last 365 days."""
    if period == "week":
        start = today - timedelta(days=today.weekday() + 7)
        return start, start + timedelta(days=7), start - timedelta(days=7)
    if period == "month":
        end = today.replace(day=1)
        start = (end - timedelta(days=1)).replace(day=1)
        before = (start - timedelta(days=1)).replace(day=1)
        return start, end, before
    if period == "year":
        return today - timedelta(days=365), today, today - timedelta(days=730)
    raise ValueError(f"unknown period {period!r}: use week, month or year")


@dataclass
class AccountNumbers:
    account_id: str
    network: str
    posts: int
    previous_posts: int
    counts: dict[str, int]
    previous: dict[str, int]
    daily: dict[str, int]
    previous_daily: dict[str, int]
    offered: tuple[str, ...]
    note: str
    post_counters: bool = True
    """False where the network gives only the account's daily figures (Google)."""


@dataclass
class Summary:
    practice: str
    period: str
    start: date
    end: date
    previous_start: date
    tz: Any = None
    accounts: list[AccountNumbers] = field(default_factory=list)
    failed: list[tuple[str, str, int, str]] = field(default_factory=list)
    kinds: dict[tuple[str, str], tuple[int, float]] = field(default_factory=dict)
    best: list[metrics.PostResult] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)
    policy: list[str] = field(default_factory=list)
    series: dict[str, list[tuple[date, int]]] = field(default_factory=dict)
    """Engagement a day across the accounts, for the chart."""
    posts: list[metrics.PostResult] = field(default_factory=list)
    """This period's posts with their newest counters."""

    def as_json(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "period": self.period,
            "start": self.start.isoformat(),
            "end": (self.end - timedelta(days=1)).isoformat(),
            "accounts": [
                {
                    "account": a.account_id,
                    "network": a.network,
                    "posts": a.posts,
                    "previous_posts": a.previous_posts,
                    "counts": a.counts,
                    "previous_counts": a.previous,
                    "daily": a.daily,
                    "previous_daily": a.previous_daily,
                    "offered": list(a.offered),
                    "post_counters": a.post_counters,
                    "not_offered_note": a.note,
                }
                for a in self.accounts
            ],
            "failed": [
                {"account": a, "when": w, "post": p, "reason": r} for a, w, p, r in self.failed
            ],
            "kinds": [
                {"account": a, "kind": k, "posts": n, "mean_engagement": round(m, 2)}
                for (a, k), (n, m) in self.kinds.items()
            ],
            "best": [
                {
                    "post": b.post_id,
                    "account": b.account_id,
                    "kind": b.kind,
                    "engagement": b.engagement,
                    "counts": dict(b.counts),
                }
                for b in self.best
            ],
            "quiet_accounts": self.quiet,
            "policy": self.policy,
        }


def _utc(day: date, practice: Practice) -> datetime:
    return datetime.combine(day, time(0), tzinfo=practice.tz)


def summarise(practice: Practice, period: str, today: date | None = None) -> Summary:
    from medsocial_tui import health, policy, training

    today = today or clock.local(clock.now(), practice.tz).date()
    start, end, before = period_bounds(period, today)
    summary = Summary(practice.config.name, period, start, end, before, practice.tz)
    this = metrics.results(practice.store, _utc(start, practice), _utc(end, practice))
    last = metrics.results(practice.store, _utc(before, practice), _utc(start, practice))
    published = _published_counts(practice, start, end)
    published_before = _published_counts(practice, before, start)
    for config in practice.config.accounts:
        channel = practice.plugins.channels.get(config.channel)
        offered, note = metrics.offered(channel)
        mine = [p for p in this if p.account_id == config.id]
        theirs = [p for p in last if p.account_id == config.id]
        summary.accounts.append(
            AccountNumbers(
                config.id,
                channel.title if channel else config.channel,
                published.get(config.id, 0),
                published_before.get(config.id, 0),
                metrics.totals(mine),
                metrics.totals(theirs),
                _daily_totals(practice, config.id, start, end),
                _daily_totals(practice, config.id, before, start),
                offered,
                note,
                bool(channel is not None and channel.metrics_offered),
            )
        )
    summary.failed = _failures(practice, start, end)
    summary.kinds = metrics.by_kind(this)
    summary.best = metrics.best(this)
    summary.posts = this
    summary.quiet = [q.in_words() for q in health.quiet_accounts(practice)]
    for finding in health.policy_findings(practice):
        summary.policy.append(finding.message)
    for status in training.overdue(practice.store, today):
        summary.policy.append(f"training for {status.name}: {status.words(today)}")
    if not summary.policy and policy.current_version(practice.store) is not None:
        summary.policy.append("everyone has acknowledged the policy and is trained")
    summary.series["engagement"] = engagement_by_day(summary)
    return summary


def _published_counts(practice: Practice, start: date, end: date) -> dict[str, int]:
    rows = practice.store.db.conn.execute(
        "SELECT account_id, count(*) FROM deliveries WHERE state = 'published'"
        " AND published_at >= ? AND published_at < ? GROUP BY account_id",
        (clock.to_iso(_utc(start, practice)), clock.to_iso(_utc(end, practice))),
    )
    return {a: n for a, n in rows}


def _daily_totals(practice: Practice, account_id: str, start: date, end: date) -> dict[str, int]:
    series = metrics.daily(practice.store, account_id, start, end - timedelta(days=1))
    return {name: sum(v for _, v in values) for name, values in series.items()}


def _failures(practice: Practice, start: date, end: date) -> list[tuple[str, str, int, str]]:
    rows = practice.store.db.conn.execute(
        "SELECT account_id, updated_at, post_id, last_error FROM deliveries"
        " WHERE state = 'failed' AND updated_at >= ? AND updated_at < ?"
        " ORDER BY updated_at",
        (clock.to_iso(_utc(start, practice)), clock.to_iso(_utc(end, practice))),
    )
    return [
        (a, clock.show(clock.parse_utc(w), practice.tz), p, r or "no reason recorded")
        for a, w, p, r in rows
    ]


# Writing -----------------------------------------------------------------------------


def engagement_by_day(summary: Summary, account: str | None = None) -> list[tuple[date, int]]:
    """Interactions with the period's posts by the day they went out (every day of the
    period, 0 where nothing went out), for one account or all."""
    from medsocial_tui import clock

    totals: dict[date, int] = {}
    for post in summary.posts:
        if account is None or post.account_id == account:
            day = clock.local(post.published_at, summary.tz).date()
            totals[day] = totals.get(day, 0) + post.engagement
    return [
        (summary.start + timedelta(days=i), totals.get(summary.start + timedelta(days=i), 0))
        for i in range((summary.end - summary.start).days)
    ]


def change_words(now: int, before: int | None) -> str:
    """The change from the period before, as people read it (+12%, up from 0, new)."""
    if before is None:
        return "new"
    if before == 0:
        return "—" if now == 0 else "from 0"
    percent = round((now - before) * 100 / before)
    return f"{percent:+d}%"


def number_rows(account: AccountNumbers) -> list[tuple[str, str, str, str]]:
    """(counter in words, this period, last period, change) for every counter the network
    offers; a counter it does not give is said, not shown as zero."""
    rows = [
        (
            "posts published",
            str(account.posts),
            str(account.previous_posts),
            change_words(account.posts, account.previous_posts),
        )
    ]
    for name in account.offered:
        words = COUNTER_WORDS.get(name, name)
        if name in account.counts or name in account.daily:
            now = account.counts.get(name, account.daily.get(name, 0))
            before = account.previous.get(name, account.previous_daily.get(name))
            rows.append(
                (words, str(now), "—" if before is None else str(before), change_words(now, before))
            )
        else:
            rows.append((words, "not read yet", "", ""))
    return rows


def _title(summary: Summary) -> str:
    last_day = summary.end - timedelta(days=1)
    return (
        f"{summary.practice}: social media, {summary.period} of "
        f"{summary.start:%a %d %b %Y} to {last_day:%a %d %b %Y}"
    )


def _short(text: str, n: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= n else line[: n - 1].rsplit(" ", 1)[0] + "…"


def as_markdown(summary: Summary, sections: Iterable[str] = SECTIONS) -> str:
    wanted = set(sections)
    out = [f"# {_title(summary)}", ""]
    if "out" in wanted:
        total = sum(a.posts for a in summary.accounts)
        before = sum(a.previous_posts for a in summary.accounts)
        out += [
            "## What went out",
            "",
            f"{total} posts published ({before} the {summary.period} before).",
            "",
        ]
    if "failed" in wanted:
        out += ["## What failed", ""]
        if summary.failed:
            out += [
                f"- {when}, {acct}, post {post}: {reason}"
                for acct, when, post, reason in summary.failed
            ]
        else:
            out.append("Nothing failed.")
        out.append("")
    if "numbers" in wanted:
        out += ["## The numbers", ""]
        for account in summary.accounts:
            out += [f"### {account.account_id} ({account.network})", ""]
            if not account.offered:
                out += [f"No counters: {account.note}", ""]
                continue
            out += [
                "| counter | this " + summary.period + " | last " + summary.period + " | change |",
                "|---|---:|---:|---:|",
            ]
            out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in number_rows(account)]
            if account.note:
                out += ["", f"Not offered: {account.note}"]
            out.append("")
    if "kinds" in wanted and summary.kinds:
        out += [
            "## Which kinds of post work where",
            "",
            "| account | kind | posts | engagement a post |",
            "|---|---|---:|---:|",
        ]
        out += [
            f"| {a} | {k.replace('_', ' ')} | {n} | {m:.1f} |"
            for (a, k), (n, m) in summary.kinds.items()
        ]
        out.append("")
    if "best" in wanted:
        out += ["## Best posts", ""]
        if summary.best:
            out += [
                f"{i}. post {b.post_id} on {b.account_id} ({b.kind.replace('_', ' ')}): "
                f"{b.engagement} interactions — “{_short(b.text)}”"
                for i, b in enumerate(summary.best, 1)
            ]
        else:
            out.append("No counters were read for this period yet (`medsocial metrics fetch`).")
        out.append("")
    if "offered" in wanted:
        notes = [(a.network, a.note) for a in summary.accounts if a.note]
        if notes:
            out += ["## What each network does not give", ""]
            out += [f"- {n}: {t}" for n, t in dict(notes).items()]
            out.append("")
    if "quiet" in wanted:
        out += ["## Quiet accounts", ""]
        out += [f"- {q}" for q in summary.quiet] or ["None: every account posted recently."]
        out.append("")
    if "policy" in wanted:
        out += ["## Policy and training", ""]
        out += [f"- {p}" for p in summary.policy] or ["Nothing due."]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def as_html(summary: Summary) -> str:
    """The Markdown report as a plain, self-contained HTML page (every word escaped)."""
    body: list[str] = []
    in_table = in_list = False
    for line in as_markdown(summary).splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if set("".join(cells)) <= set("-:"):
                continue
            if not in_table:
                body.append("<table>")
                in_table = True
                body.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr>")
            else:
                body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if in_table:
            body.append("</table>")
            in_table = False
        if line.startswith(("- ", "1. ", "2. ", "3. ", "4. ", "5. ")):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{html.escape(line.split(' ', 1)[1])}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            body.append(f"<h{level}>{html.escape(line[level:].strip())}</h{level}>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    if in_table:
        body.append("</table>")
    if in_list:
        body.append("</ul>")
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>"
        + html.escape(_title(summary))
        + "</title><style>body{font-family:sans-serif;max-width:50em;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px}"
        "</style></head><body>" + "\n".join(body) + "</body></html>\n"
    )


def chart_png(summary: Summary, path: Path) -> Path:
    """Two charts as one PNG: interactions a day this period, and each account's
    interactions this period beside the last, drawn by matplotlib (no screen needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2), dpi=110)
    days = summary.series.get("engagement", [])
    left.bar([d.strftime("%d %b") for d, _ in days], [v for _, v in days], color="#3b6ea5")
    left.set_title("Interactions a day (by publishing day)")
    left.tick_params(axis="x", labelrotation=60, labelsize=7)
    names = [a.account_id for a in summary.accounts if a.offered]
    now = [
        sum(v for k, v in a.counts.items() if k in metrics.ENGAGEMENT)
        for a in summary.accounts
        if a.offered
    ]
    before = [
        sum(v for k, v in a.previous.items() if k in metrics.ENGAGEMENT)
        for a in summary.accounts
        if a.offered
    ]
    positions = range(len(names))
    right.bar(
        [p - 0.2 for p in positions],
        before,
        width=0.4,
        label=f"last {summary.period}",
        color="#bbbbbb",
    )
    right.bar(
        [p + 0.2 for p in positions],
        now,
        width=0.4,
        label=f"this {summary.period}",
        color="#3b6ea5",
    )
    right.set_xticks(list(positions), names, rotation=30, fontsize=7)
    right.set_title("Interactions by account")
    right.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
    return path


def as_pdf(summary: Summary) -> bytes:
    """The report as a PDF with the charts as an image (fpdf2; core fonts, so the words are
    made Latin-1 the way the policy PDF does)."""
    import tempfile

    from fpdf import FPDF

    from medsocial_tui.exports import latin1

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, latin1(_title(summary)), new_x="LMARGIN", new_y="NEXT")
    with tempfile.TemporaryDirectory(prefix="medsocial-report-") as work:
        pdf.image(str(chart_png(summary, Path(work) / "chart.png")), w=180)
    for line in as_markdown(summary).splitlines()[1:]:
        if not line.strip():
            pdf.ln(2)
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            pdf.set_font("Helvetica", "B", 13 if level == 2 else 11)
            pdf.multi_cell(0, 7, latin1(line[level:].strip()), new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "", 9)
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if set("".join(cells)) <= set("-:"):
                continue
            widths = [70, 35, 35, 30] if len(cells) == 4 else [180 / len(cells)] * len(cells)
            for cell, width in zip(cells, widths, strict=False):
                pdf.cell(width, 5, latin1(cell)[:48], border=1)
            pdf.ln(5)
            continue
        pdf.multi_cell(0, 5, latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
