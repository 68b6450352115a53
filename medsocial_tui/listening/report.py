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
from typing import TYPE_CHECKING, Any

from medsocial_tui import clock
from medsocial_tui.channel import COUNTER_WORDS
from medsocial_tui.listening import metrics
from medsocial_tui.publishing.states import DeliveryState

if TYPE_CHECKING:
    from fpdf import FPDF

    from medsocial_tui.home.practice import Practice

PERIODS = ("week", "month", "year")
SECTIONS = ("out", "failed", "numbers", "kinds", "best", "offered", "inbox", "quiet", "policy")


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
    post_offered: tuple[str, ...] = ()
    daily_offered: tuple[str, ...] = ()


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
    inbox: dict[str, Any] = field(default_factory=dict)
    """Comments, messages and reviews received and how fast they were answered: counts and
    times only, never anyone's words."""

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
            "inbox": self.inbox,
            "quiet_accounts": self.quiet,
            "policy": self.policy,
        }


def _utc(day: date, practice: Practice) -> datetime:
    return datetime.combine(day, time(0), tzinfo=practice.tz)


def summarise(practice: Practice, period: str, today: date | None = None) -> Summary:
    from medsocial_tui.home import health
    from medsocial_tui.records import policy, training

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
                channel.metrics_offered if offered and channel else (),
                channel.account_metrics_offered if offered and channel else (),
            )
        )
    summary.failed = _failures(practice, start, end)
    summary.kinds = metrics.by_kind(this)
    summary.best = metrics.best(this)
    summary.posts = this
    summary.inbox = {
        "this": inbox_figures(practice, start, end),
        "last": inbox_figures(practice, before, start),
    }
    summary.quiet = [q.in_words() for q in health.quiet_accounts(practice)]
    for finding in health.policy_findings(practice):
        summary.policy.append(finding.message)
    for status in training.overdue(practice.store, today):
        summary.policy.append(f"training for {status.name}: {status.words(today)}")
    if not summary.policy and policy.current_version(practice.store) is not None:
        summary.policy.append("everyone has acknowledged the policy and is trained")
    summary.series["engagement"] = engagement_by_day(summary)
    return summary


def inbox_figures(practice: Practice, start: date, end: date) -> dict[str, Any]:
    """What arrived in the inbox in [start, end) and how fast it was answered (the median
    and the slowest, in hours), and how much of it still waits."""
    rows = practice.store.db.conn.execute(
        "SELECT kind, created_at, answered_at, state FROM inbox_items"
        " WHERE created_at >= ? AND created_at < ?",
        (clock.to_iso(_utc(start, practice)), clock.to_iso(_utc(end, practice))),
    ).fetchall()
    kinds: dict[str, int] = {}
    waits: list[float] = []
    waiting = 0
    for kind, created, answered, state in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
        if answered:
            hours = (clock.parse_utc(answered) - clock.parse_utc(created)).total_seconds() / 3600
            waits.append(max(hours, 0.0))
        elif state in ("new", "seen", "needs_follow_up", "escalated"):
            waiting += 1
    waits.sort()
    return {
        "received": len(rows),
        "by_kind": dict(sorted(kinds.items())),
        "answered": len(waits),
        "median_hours": round(waits[len(waits) // 2], 1) if waits else None,
        "slowest_hours": round(waits[-1], 1) if waits else None,
        "still_waiting": waiting,
    }


def _published_counts(practice: Practice, start: date, end: date) -> dict[str, int]:
    rows = practice.store.db.conn.execute(
        "SELECT account_id, count(*) FROM deliveries WHERE state = ?"
        " AND published_at >= ? AND published_at < ? GROUP BY account_id",
        (
            DeliveryState.PUBLISHED.value,
            clock.to_iso(_utc(start, practice)),
            clock.to_iso(_utc(end, practice)),
        ),
    )
    return {a: n for a, n in rows}


def _daily_totals(practice: Practice, account_id: str, start: date, end: date) -> dict[str, int]:
    series = metrics.daily(practice.store, account_id, start, end - timedelta(days=1))
    return {
        name: values[-1][1] if name in metrics.LEVELS else sum(v for _, v in values)
        for name, values in series.items()
        if values
    }


def _failures(practice: Practice, start: date, end: date) -> list[tuple[str, str, int, str]]:
    rows = practice.store.db.conn.execute(
        "SELECT account_id, updated_at, post_id, last_error FROM deliveries"
        " WHERE state = ? AND updated_at >= ? AND updated_at < ?"
        " ORDER BY updated_at",
        (
            DeliveryState.FAILED.value,
            clock.to_iso(_utc(start, practice)),
            clock.to_iso(_utc(end, practice)),
        ),
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
    offers: first its posts' counters (summed over the period's posts), then the account's
    daily figures (summed over the period's days). A counter not read is said, not shown as
    zero; a period with no posts had none of them."""
    rows = [
        (
            "posts published",
            str(account.posts),
            str(account.previous_posts),
            change_words(account.posts, account.previous_posts),
        )
    ]
    for name in account.post_offered:
        words = COUNTER_WORDS.get(name, name)
        if name not in account.counts and account.posts:
            rows.append((words, "not read yet", "", ""))
            continue
        now = account.counts.get(name, 0)
        before = account.previous.get(name, 0 if account.previous_posts == 0 else None)
        rows.append(
            (
                words,
                str(now),
                "not read" if before is None else str(before),
                change_words(now, before),
            )
        )
    for name in account.daily_offered:
        words = f"{COUNTER_WORDS.get(name, name)} (account, daily)"
        if name not in account.daily:
            rows.append((words, "not read yet", "", ""))
            continue
        now = account.daily[name]
        before = account.previous_daily.get(name)
        rows.append(
            (
                words,
                str(now),
                "not read" if before is None else str(before),
                change_words(now, before),
            )
        )
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
        if not summary.accounts:
            # the heading stood alone on a new practice (found on the newcomer's walk)
            out += [
                "No accounts yet: add them to practice.toml as [[accounts]] "
                "(`medsocial doctor` says what each still needs).",
                "",
            ]
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
    if "inbox" in wanted and summary.inbox:
        this, last = summary.inbox["this"], summary.inbox["last"]
        out += ["## Inbox", ""]
        if not this["received"]:
            out.append(f"Nothing arrived ({last['received']} the {summary.period} before).")
        else:
            kinds = ", ".join(f"{n} {k}s" for k, n in this["by_kind"].items())
            out.append(
                f"{this['received']} arrived ({kinds}; {last['received']} the "
                f"{summary.period} before); {this['answered']} answered"
                + (
                    f", half within {this['median_hours']} h, the slowest in "
                    f"{this['slowest_hours']} h"
                    if this["answered"]
                    else ""
                )
                + (
                    f" (last {summary.period}: half within {last['median_hours']} h)"
                    if last["median_hours"] is not None
                    else ""
                )
                + f"; {this['still_waiting']} still waiting."
            )
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


def _bars(
    pdf: FPDF,
    x: float,
    y: float,
    w: float,
    h: float,
    title: str,
    groups: list[tuple[str, list[int]]],
    legend: tuple[str, ...] = (),
) -> None:
    """A bar chart drawn with the PDF's own vector shapes (sharp at any zoom, no image
    library): ``groups`` are (label, values), one bar per value, side by side."""
    from medsocial_tui.records.exports import latin1

    shades = ((59, 110, 165), (187, 187, 187))
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(x, y)
    pdf.cell(w, 5, latin1(title))
    top, bottom = y + 8, y + h - 8
    most = max((v for _, values in groups for v in values), default=0) or 1
    pdf.set_draw_color(120, 120, 120)
    pdf.line(x + 8, bottom, x + w, bottom)
    pdf.set_font("Helvetica", "", 6)
    pdf.set_xy(x, top - 2)
    pdf.cell(8, 4, str(most))
    pdf.set_xy(x, bottom - 2)
    pdf.cell(8, 4, "0")
    slot = (w - 10) / max(len(groups), 1)
    width = slot * 0.8 / max(max((len(v) for _, v in groups), default=1), 1)
    label_every = max(1, len(groups) // 12)
    for n, (label, values) in enumerate(groups):
        left = x + 10 + n * slot
        for k, value in enumerate(values):
            height = (bottom - top) * value / most
            pdf.set_fill_color(*shades[k % len(shades)])
            if height > 0:
                pdf.rect(left + k * width, bottom - height, width, height, style="F")
        if n % label_every == 0:
            pdf.set_xy(left, bottom + 1)
            pdf.cell(slot * label_every, 3, latin1(label)[:12])
    for k, name in enumerate(legend):
        pdf.set_fill_color(*shades[k % len(shades)])
        pdf.rect(x + w - 40, y + 1 + 4 * k, 3, 3, style="F")
        pdf.set_xy(x + w - 36, y + 4 * k)
        pdf.cell(36, 5, latin1(name))


def draw_charts(pdf: FPDF, summary: Summary, y: float) -> float:
    """Interactions a day this period, and each account this period beside the last."""
    days = summary.series.get("engagement", [])
    _bars(
        pdf,
        10,
        y,
        92,
        55,
        "Interactions a day (by publishing day)",
        [(d.strftime("%d %b"), [v]) for d, v in days],
    )
    accounts = [a for a in summary.accounts if a.post_counters]
    _bars(
        pdf,
        108,
        y,
        92,
        55,
        "Interactions by account",
        [
            (
                a.account_id,
                [
                    sum(v for k, v in a.counts.items() if k in metrics.ENGAGEMENT),
                    sum(v for k, v in a.previous.items() if k in metrics.ENGAGEMENT),
                ],
            )
            for a in accounts
        ],
        legend=(f"this {summary.period}", f"last {summary.period}"),
    )
    return y + 58


def as_pdf(summary: Summary) -> bytes:
    """The report as a PDF with its charts drawn in the page (fpdf2's vector shapes; core
    fonts, so the words are made Latin-1 the way the policy PDF does)."""
    from fpdf import FPDF

    from medsocial_tui.records.exports import latin1

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, latin1(_title(summary)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(draw_charts(pdf, summary, pdf.get_y() + 2))
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
