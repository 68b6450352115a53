"""Calendar: what is scheduled, a week (by hour) or a month (by day) at a time. A post is
moved by keyboard: g picks up the first post of a slot, arrows choose another, g puts it there."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from medsocial_tui import queue
from medsocial_tui.errors import MedsocialError
from medsocial_tui.models import Post
from medsocial_tui.states import DeliveryState

FIRST_HOUR, LAST_HOUR = 6, 21
SHOWN = {
    DeliveryState.SCHEDULED,
    DeliveryState.DEFERRED,
    DeliveryState.IN_REVIEW,
    DeliveryState.PUBLISHED,
    DeliveryState.HELD,
    DeliveryState.DRAFT,
}


class CalendarScreen(Screen[None]):
    BINDINGS = [
        Binding("w", "week", "Week", id="calendar.week", tooltip="Seven days by hour"),
        Binding("m", "month", "Month", id="calendar.month", tooltip="Five weeks by day"),
        Binding("right_square_bracket,pagedown", "later", "Later", id="calendar.later"),
        Binding("left_square_bracket,pageup", "earlier", "Earlier", id="calendar.earlier"),
        Binding(
            "g",
            "grab",
            "Pick up / put",
            id="calendar.grab",
            tooltip="Pick up the slot's first post, then put it in another slot",
        ),
        Binding("escape", "back", "Back", id="calendar.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.mode = "week"
        self.start = self._monday(datetime.now())
        self.slots: dict[tuple[int, int], list[Post]] = {}
        self.carrying: Post | None = None

    @property
    def practice(self):
        return self.app.practice  # type: ignore[attr-defined]

    @staticmethod
    def _monday(moment: datetime) -> datetime:
        day = moment.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
        return day - timedelta(days=day.weekday())

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="")
        yield Static(id="status-line")
        yield DataTable(id="calendar", cursor_type="cell", zebra_stripes=False)
        yield Static(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        from medsocial_tui import clock

        self.start = self._monday(clock.now().astimezone(self.practice.tz))
        self.reload()

    def _posts_between(self, start: datetime, end: datetime) -> list[Post]:
        tz = self.practice.tz
        flt = queue.QueueFilter(since=start.replace(tzinfo=tz), until=end.replace(tzinfo=tz))
        posts = queue.page(self.practice.store, flt, limit=1000)
        return [p for p in posts if p.scheduled_at and any(d.state in SHOWN for d in p.deliveries)]

    def reload(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        tz = self.practice.tz
        self.slots = {}
        if self.mode == "week":
            days = [self.start + timedelta(days=i) for i in range(7)]
            table.add_column("", width=5)
            for day in days:
                table.add_column(day.strftime("%a %d"), width=9)
            for post in self._posts_between(days[0], days[0] + timedelta(days=7)):
                local = post.scheduled_at.astimezone(tz)
                hour = min(max(local.hour, FIRST_HOUR), LAST_HOUR)
                self.slots.setdefault((hour - FIRST_HOUR, local.weekday() + 1), []).append(post)
            for hour in range(FIRST_HOUR, LAST_HOUR + 1):
                cells = [self._cell(hour - FIRST_HOUR, col) for col in range(1, 8)]
                table.add_row(f"{hour:02d}h", *cells)
            title = f"Week of {days[0]:%d %b %Y}"
        else:
            table.add_column("", width=5)
            for name in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
                table.add_column(name, width=9)
            first = self.start
            for post in self._posts_between(first, first + timedelta(days=35)):
                local = post.scheduled_at.astimezone(tz).replace(tzinfo=None)
                offset = (local - first).days
                self.slots.setdefault((offset // 7, offset % 7 + 1), []).append(post)
            for week in range(5):
                monday = first + timedelta(days=7 * week)
                cells = []
                for col in range(1, 8):
                    day = monday + timedelta(days=col - 1)
                    count = len(self.slots.get((week, col), []))
                    cells.append(f"{day:%d}" + (f" {count}p" if count else ""))
                table.add_row(f"{monday:%d%b}"[:5], *cells)
            title = f"Five weeks from {first:%d %b %Y}"
        carrying = f"  carrying post {self.carrying.id}: g to put it" if self.carrying else ""
        self.query_one("#status-line", Static).update(f"{title}{carrying}")
        self.show_detail()

    def _cell(self, row: int, col: int) -> str:
        posts = self.slots.get((row, col), [])
        if not posts:
            return ""
        first = " ".join(posts[0].text.split())[:7]
        return f"{first}+{len(posts) - 1}" if len(posts) > 1 else first

    def _slot_time(self, coordinate: Coordinate) -> datetime | None:
        row, col = coordinate.row, coordinate.column
        if col == 0:
            return None
        if self.mode == "week":
            return self.start + timedelta(days=col - 1, hours=FIRST_HOUR + row)
        return self.start + timedelta(days=row * 7 + col - 1)

    def show_detail(self) -> None:
        table = self.query_one(DataTable)
        coordinate = table.cursor_coordinate
        posts = self.slots.get((coordinate.row, coordinate.column), [])
        tz = self.practice.tz
        lines = [
            f"{p.scheduled_at.astimezone(tz):%a %d %b %H:%M}  post {p.id} ({p.status}): "
            f"{' '.join(p.text.split())[:50]}"
            for p in posts
        ]
        self.query_one("#detail", Static).update("\n".join(lines) or "Nothing in this slot.")

    def on_data_table_cell_highlighted(self) -> None:
        self.show_detail()

    def action_week(self) -> None:
        self.mode = "week"
        self.reload()

    def action_month(self) -> None:
        self.mode = "month"
        self.reload()

    def action_later(self) -> None:
        self.start += timedelta(days=7 if self.mode == "week" else 28)
        self.reload()

    def action_earlier(self) -> None:
        self.start -= timedelta(days=7 if self.mode == "week" else 28)
        self.reload()

    def action_grab(self) -> None:
        table = self.query_one(DataTable)
        coordinate = table.cursor_coordinate
        if self.carrying is None:
            posts = self.slots.get((coordinate.row, coordinate.column), [])
            if not posts:
                self.notify("Nothing to pick up in this slot")
                return
            self.carrying = posts[0]
            self.reload()
            table.cursor_coordinate = coordinate
            return
        slot = self._slot_time(coordinate)
        if slot is None:
            return
        tz = self.practice.tz
        old = self.carrying.scheduled_at.astimezone(tz)
        minute = old.minute
        hour = old.hour if self.mode == "month" else slot.hour
        target = slot.replace(hour=hour, minute=minute, tzinfo=tz)
        try:
            queue.reschedule(self.practice, self.carrying.id, target)
        except MedsocialError as exc:
            self.notify(exc.for_people(), severity="error", timeout=10)
            return
        self.notify(f"Post {self.carrying.id} moved to {target:%a %d %b %H:%M}")
        self.carrying = None
        self.reload()
        table.cursor_coordinate = coordinate

    def action_back(self) -> None:
        self.app.pop_screen()
