"""Performance: how posts did, per account and per kind of post, with a chart drawn in the
terminal by plotext, the period beside the one before, and the best posts. The numbers are
the ones ``medsocial metrics fetch`` stored; the report says the same (both read
:func:`medsocial_tui.listening.report.summarise`). Reading them runs in a thread worker on its own
read-only connection, so keys never wait for it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult, RenderResult
from textual.widgets import Header
from textual_plotext import PlotextPlot

from medsocial_tui.channel import COUNTER_WORDS
from medsocial_tui.display import fit, terminal_safe
from medsocial_tui.listening import metrics, report
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import TextStatic, TextTable
from medsocial_tui.tui.screens.base import AreaScreen
from medsocial_tui.tui.widgets.footer import KeyFooter
from medsocial_tui.tui.words import kind_words

if TYPE_CHECKING:
    from textual_plotext.plot import Plot

PERIOD_KEYS = ("week", "month", "year")


class PerformanceScreen(AreaScreen[None], keys="performance"):
    GROUP = "Performance"
    HELP_NOTES = (
        "Numbers are read by `medsocial metrics fetch` (cron); a counter a network does not "
        "give says 'not offered', never 0.",
        # asked for "the report", a newcomer found this screen and nothing saying where the
        # owner's report is made: it is the command line's
        "The owner's report of these numbers (markdown, HTML or PDF, for the last whole week "
        "or month) is made by `medsocial report` (docs/metrics.md).",
    )
    BINDINGS = [
        press("w", "period('week')", "Week", "Last whole week", id="week"),
        press("m", "period('month')", "Month", "Last whole month", id="month"),
        press("y", "period('year')", "Year", "Last 365 days", id="year"),
        press(
            "a", "next_account", "Account", "All accounts, then each account in turn", id="account"
        ),
        press("k", "kinds", "Kinds", "Which kinds of post work on which network"),
        go_back("Back to the queue"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.period = "week"
        self.account: str | None = None
        self.show_kinds = False
        self.summary: report.Summary | None = None
        self.drawn: tuple[tuple[int, int, str], Text] | None = None
        self.series: dict[str, list[tuple[date, int]]] = {}

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield TextStatic("Reading the numbers…", id="perf-title")
        yield Chart(id="perf-chart")
        yield TextTable(id="perf-numbers", cursor_type="row", zebra_stripes=False)
        yield TextTable(id="perf-best", cursor_type="row")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.practice.plugins  # noqa: B018 - loaded here once, not in the worker's copy
        self.load()

    # Reading, off the UI thread

    def load(self) -> None:
        """Read the numbers and draw the chart in a worker, for the chart's size and theme
        as they are now (a later resize draws it again on the UI thread)."""
        self._load(self.query_one("#perf-chart", Chart).drawing_key())

    @work(thread=True, exclusive=True, group="performance")
    def _load(self, key: tuple[int, int, str]) -> None:
        with self.reading() as practice:
            summary = report.summarise(practice, self.period)
            series: dict[str, list[tuple[date, int]]] = {}
            if self.account is not None:
                series = metrics.daily(
                    practice.store,
                    self.account,
                    summary.start,
                    summary.end.fromordinal(summary.end.toordinal() - 1),
                )
        title, points = chart_points(summary, series, self.account)
        from textual_plotext.plot import Plot

        offscreen = Plot()
        plot_into(offscreen, title, points)
        drawn = Chart.draw(offscreen, key)
        self.medsocial.call_from_thread(self.show, summary, series, (key, drawn))

    # Drawing, on the UI thread

    def show(
        self,
        summary: report.Summary,
        series: dict[str, list[tuple[date, int]]],
        drawn: tuple[tuple[int, int, str], Text] | None = None,
    ) -> None:
        self.summary = summary
        self.series = series
        self.drawn = drawn
        last = date.fromordinal(summary.end.toordinal() - 1)
        who = self.account or "all accounts"
        self.query_one("#perf-title", TextStatic).update(
            fit(
                f"{terminal_safe(who)}: {summary.start:%d %b %Y} to {last:%d %b %Y}, beside "
                f"the {summary.period} before",
                78,
            )
        )
        chart = self.query_one("#perf-chart", Chart)
        title, points = chart_points(summary, series, self.account)
        chart.plt.clear_data()
        chart.plt.clear_figure()
        plot_into(chart.plt, title, points)
        chart.replot(drawn)
        if self.show_kinds:
            self.fill_kinds(summary)
        else:
            self.fill_numbers(summary)
        self.fill_best(summary)

    def fill_numbers(self, summary: report.Summary) -> None:
        table = self.query_one("#perf-numbers", TextTable)
        table.clear(columns=True)
        if self.account is None:
            for label, width in (
                ("Account", 16),
                ("Posts", 6),
                ("Interactions", 12),
                (f"Last {summary.period}", 12),
                ("Change", 8),
            ):
                table.add_column(label, width=width)
            for account in summary.accounts:
                now = _engagement(account.counts)
                before = _engagement(account.previous)
                if not account.offered:
                    table.add_row(
                        fit(account.account_id, 16), str(account.posts), "not offered", "", ""
                    )
                    continue
                if not account.post_counters:
                    table.add_row(
                        fit(account.account_id, 16), str(account.posts), "daily only", "", ""
                    )
                    continue
                table.add_row(
                    fit(account.account_id, 16),
                    str(account.posts),
                    str(now),
                    str(before),
                    report.change_words(now, before),
                )
            return
        for label, width in (("Counter", 30), ("This", 10), ("Last", 10), ("Change", 10)):
            table.add_column(label, width=width)
        found = next((a for a in summary.accounts if a.account_id == self.account), None)
        if found is None:
            return
        if not found.offered:
            table.add_row(fit(found.note, 30), "", "", "")
            return
        for row in report.number_rows(found):
            table.add_row(fit(row[0], 30), *row[1:])

    def fill_kinds(self, summary: report.Summary) -> None:
        table = self.query_one("#perf-numbers", TextTable)
        table.clear(columns=True)
        for label, width in (("Account", 16), ("Kind", 20), ("Posts", 6), ("A post", 10)):
            table.add_column(label, width=width)
        for (account, kind), (count, mean) in summary.kinds.items():
            if self.account is None or account == self.account:
                table.add_row(fit(account, 16), kind_words(kind), str(count), f"{mean:.1f}")

    def fill_best(self, summary: report.Summary) -> None:
        table = self.query_one("#perf-best", TextTable)
        table.clear(columns=True)
        for label, width in (("Best posts", 44), ("Account", 14), ("Total", 6)):
            table.add_column(label, width=width)
        for post in summary.best:
            if self.account is None or post.account_id == self.account:
                table.add_row(
                    fit(" ".join(post.text.split()), 44),
                    fit(post.account_id, 14),
                    str(post.engagement),
                )

    # Keys

    def action_period(self, period: str) -> None:
        if period in PERIOD_KEYS and period != self.period:
            self.period = period
            self.load()

    def action_next_account(self) -> None:
        ids = [a.id for a in self.practice.config.accounts]
        if not ids:
            return
        if self.account is None:
            self.account = ids[0]
        else:
            at = ids.index(self.account) if self.account in ids else -1
            self.account = ids[at + 1] if at + 1 < len(ids) else None
        self.load()

    def action_kinds(self) -> None:
        self.show_kinds = not self.show_kinds
        if self.summary is not None:
            self.show(self.summary, self.series, self.drawn)


WEEKLY_AFTER = 62
"""More days than this are drawn as weeks: a year is 52 points in 78 columns, not 365."""
BARS_UP_TO = 14


def plt_title(series: dict[str, list[tuple[date, int]]]) -> str:
    if not series:
        return "interactions"
    name = next(iter(series))
    return COUNTER_WORDS.get(name, name)


def by_week(points: list[tuple[date, int]]) -> list[tuple[date, int]]:
    """Daily points summed by the week (Monday first) they fall in; a week cut by the
    period's edge is left out, since its sum would read as a drop."""
    weeks: dict[date, list[int]] = {}
    for day, value in points:
        monday = date.fromordinal(day.toordinal() - day.weekday())
        weeks.setdefault(monday, []).append(value)
    whole = [(monday, sum(v)) for monday, v in sorted(weeks.items()) if len(v) == 7]
    return whole or [(monday, sum(v)) for monday, v in sorted(weeks.items())]


def chart_points(
    summary: report.Summary, series: dict[str, list[tuple[date, int]]], account: str | None
) -> tuple[str, list[tuple[date, int]]]:
    """The chart's title and points: an account's first daily figure when it has one, else
    interactions by the day posts went out; weeks instead of days beyond two months."""
    if series:
        points = series[next(iter(series))]
        title = plt_title(series)
    else:
        points = report.engagement_by_day(summary, account)
        title = "interactions"
    if len(points) > WEEKLY_AFTER:
        return f"{title} a week", by_week(points)
    return f"{title} a day", points


def axis_top(largest: int) -> int:
    """The top of the chart's scale: a round even number at or above ``largest`` (87 → 100,
    29 → 40, 3 → 4), so that its three labels 0, half and top are whole and evenly spaced.
    plotext chose seven labels for five rows and dropped two: 87.0, 72.5, 43.5, 29.0, 0.0."""
    magnitude = 1
    while magnitude * 10 <= largest:
        magnitude *= 10
    tops = (f * magnitude for f in (1, 2, 4, 5, 10))
    return next(top for top in tops if top >= largest and top % 2 == 0)


def plot_into(plt: Plot, title: str, points: list[tuple[date, int]]) -> None:
    """The same plotext calls for the chart on screen and the one drawn in the worker."""
    plt.title(title)
    if not points:
        return
    labels = [d.strftime("%d/%m") for d, _ in points]
    values = [v for _, v in points]
    top = axis_top(max(values))
    plt.ylim(0, top)
    plt.yticks([0, top // 2, top], [str(tick) for tick in (0, top // 2, top)])
    if len(points) > BARS_UP_TO:
        positions: list[float] = list(range(len(points)))
        plt.plot(positions, values, color="blue")
        step = max(1, len(points) // 6)
        plt.xticks(positions[::step], labels[::step])
    else:
        plt.bar(labels, values, color="blue")


class Chart(PlotextPlot):
    """A plotext chart that shows what a worker drew for its size and theme, and draws
    itself only when the size changed since (textual-plotext builds the whole plot on every
    refresh, which costs more than the rest of the screen)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text: RenderResult | None = None
        self._key: tuple[int, int, str] | None = None

    def drawing_key(self) -> tuple[int, int, str]:
        return (self.size.width, self.size.height, self._get_plotext_theme_name(self.app.theme))

    @staticmethod
    def draw(plot: Plot, key: tuple[int, int, str]) -> Text:
        width, height, theme = key
        plot.plotsize(width, height)
        plot._set_size(width, height)
        plot.theme(theme)
        return Text.from_ansi(plot.build())

    def replot(self, drawn: tuple[tuple[int, int, str], Text] | None = None) -> None:
        """The data changed: show ``drawn`` (a worker's drawing) or draw on the next render."""
        self._key, self._text = drawn if drawn else (None, None)
        self.refresh()

    def render(self) -> RenderResult:
        key = self.drawing_key()
        if self._text is None or key != self._key:
            self._text = super().render()
            self._key = key
        return self._text


def _engagement(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k in metrics.ENGAGEMENT)
