"""Calendar: what is scheduled, a week (by hour) or a month (by day) at a time, in the
practice's timezone. A post moves by keyboard: g (or Enter) picks up the slot's post, the
arrows choose another slot, g (or Enter) puts it there; Esc drops it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from rich.text import Text
from textual.app import ComposeResult
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from medsocial_tui import clock
from medsocial_tui.display import one_line, terminal_safe
from medsocial_tui.models import Post
from medsocial_tui.publishing import queue, queue_views
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records.staff import Action
from medsocial_tui.tui.keys import go_back, press
from medsocial_tui.tui.safe import TextTable
from medsocial_tui.tui.screens.base import AreaScreen, list_layout
from medsocial_tui.tui.words import post_status

FIRST_HOUR, LAST_HOUR = 0, 23
"""The week has a row for every hour: it had rows 06h to 21h only, and a post at midnight or
5:30 showed in the 06h row (one at 23:00 in 21h), and moving a post there put it at 06:mm."""
DAY_STARTS = 6
"""The hour shown at the top of the week when it opens (the rows before it are above)."""
DAY_WIDTH = 7
MAX_POSTS = 2000


def monday_of(moment: datetime) -> datetime:
    """Midnight of the Monday of ``moment``'s week, as a naive local time."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    return day - timedelta(days=day.weekday())


def local_time(post: Post, tz: ZoneInfo) -> datetime:
    """When a post on the calendar goes out, in the practice's time (the calendar shows only
    posts that have a time)."""
    if post.scheduled_at is None:
        raise ValueError(f"post {post.id} has no time to show on the calendar")
    return post.scheduled_at.astimezone(tz)


def short(post: Post, width: int) -> str:
    return " ".join(post.text.split())[:width]


class CalendarScreen(AreaScreen[None], keys="calendar"):
    GROUP = "Calendar"
    NEEDS = {"grab": Action.COMPOSE}
    TAKES_TYPING = False
    BINDINGS = [
        press("w", "week", "Week", "Seven days by hour"),
        press("m", "month", "Month", "The month by day"),
        press("right_square_bracket,pagedown", "later", "Later", "The next week or month"),
        press("left_square_bracket,pageup", "earlier", "Earlier", "The previous week or month"),
        press("t", "today", "Today", "Back to this week", show=False),
        press(
            "n",
            "next_in_slot",
            "Next post",
            "The next post in the same slot",
            id="next",
            show=False,
        ),
        press(
            "g",
            "grab",
            "Move",
            "Pick up the post, choose a slot with the arrows, press g again to put it",
            id="move",
        ),
        go_back("Drop the post / back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.mode = "week"
        self.start = monday_of(datetime.now())
        self.month = self.start.replace(day=1)
        self.slots: dict[tuple[int, int], list[Post]] = {}
        self.in_slot = 0
        self.carrying: Post | None = None

    def compose(self) -> ComposeResult:
        yield from list_layout(TextTable(id="calendar", cursor_type="cell", zebra_stripes=False))

    def on_mount(self) -> None:
        self.action_today()

    def local_now(self) -> datetime:
        return clock.now().astimezone(self.practice.tz)

    def posts_between(self, start: datetime, end: datetime) -> list[Post]:
        """Posts with a time in [start, end) (naive local times), not canceled."""
        tz = self.practice.tz
        flt = queue_views.QueueFilter(since=start.replace(tzinfo=tz), until=end.replace(tzinfo=tz))
        posts = queue_views.page_after(self.practice.store, flt, None, limit=MAX_POSTS).posts
        return [
            p
            for p in reversed(posts)
            if p.scheduled_at and any(d.state is not DeliveryState.CANCELED for d in p.deliveries)
        ]

    def weeks_in_month(self) -> int:
        following = (self.month + timedelta(days=32)).replace(day=1)
        return ((following - self.start).days + 6) // 7

    def reload(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_coordinate
        table.clear(columns=True)
        tz = self.practice.tz
        self.slots = {}
        table.add_column("", width=4)
        if self.mode == "week":
            days = [self.start + timedelta(days=i) for i in range(7)]
            for day in days:
                table.add_column(day.strftime("%a %d"), width=DAY_WIDTH)
            for post in self.posts_between(days[0], days[0] + timedelta(days=7)):
                local = local_time(post, tz)
                hour = min(max(local.hour, FIRST_HOUR), LAST_HOUR)
                self.slots.setdefault((hour - FIRST_HOUR, local.weekday() + 1), []).append(post)
            for hour in range(FIRST_HOUR, LAST_HOUR + 1):
                label = f"{hour:02d}h"
                cells = [self.cell(hour - FIRST_HOUR, col) for col in range(1, 8)]
                table.add_row(label, *cells)
            title = f"Week of {days[0]:%a %d %b %Y}"
        else:
            for name in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
                table.add_column(name, width=DAY_WIDTH)
            weeks = self.weeks_in_month()
            end = self.start + timedelta(days=7 * weeks)
            for post in self.posts_between(self.start, end):
                local = local_time(post, tz).replace(tzinfo=None)
                offset = (local - self.start).days
                self.slots.setdefault((offset // 7, offset % 7 + 1), []).append(post)
            for week in range(weeks):
                monday = self.start + timedelta(days=7 * week)
                cells = []
                for col in range(1, 8):
                    day = monday + timedelta(days=col - 1)
                    count = len(self.slots.get((week, col), []))
                    words = f"{day:%d}" + (f" ({count})" if count else "")
                    outside = day.month != self.month.month
                    cells.append(Text(words, style="dim" if outside else "bold" if count else ""))
                table.add_row(f"w{monday.isocalendar()[1]:02d}", *cells)
            title = f"{self.month:%B %Y}"
        table.cursor_coordinate = keep
        self.update_status(title)
        self.show_detail()

    def cell(self, row: int, col: int) -> Text:
        posts = self.slots.get((row, col), [])
        if not posts:
            return Text("")
        carried = self.carrying is not None and any(p.id == self.carrying.id for p in posts)
        words = short(posts[0], DAY_WIDTH) if len(posts) == 1 else f"{len(posts)} posts"
        return Text(words, style="reverse" if carried else "bold")

    def update_status(self, title: str) -> None:
        line = Text(title)
        if self.carrying is not None:
            line.append(
                f"  Moving post {self.carrying.id}: arrows, then g to put, Esc to drop",
                style="bold yellow",
            )
        self.query_one("#status-line", Static).update(line)

    def slot_posts(self) -> list[Post]:
        c = self.query_one(DataTable).cursor_coordinate
        return self.slots.get((c.row, c.column), [])

    def slot_time(self, coordinate: Coordinate) -> datetime | None:
        """The local naive start of the slot under ``coordinate``."""
        row, col = coordinate.row, coordinate.column
        if col == 0:
            return None
        if self.mode == "week":
            return self.start + timedelta(days=col - 1, hours=FIRST_HOUR + row)
        return self.start + timedelta(days=row * 7 + col - 1)

    def show_detail(self) -> None:
        tz = self.practice.tz
        posts = self.slot_posts()
        detail = self.query_one("#detail", Static)
        # one line a post, fitted with an ellipsis: cut at 60 characters, the text wrapped
        # mid-word ("two / minutes and protect") and a slot's second post fell below the
        # detail's three rows at 80x24 (found on the third walk)
        width = detail.content_region.width or self.app.size.width - 2
        text = Text()
        for i, p in enumerate(posts):
            marker = ">" if i == self.in_slot % max(len(posts), 1) else " "
            when = local_time(p, tz)
            head = f"{marker} {when:%a %d %b %H:%M} post {p.id} ({post_status(p.status)}): "
            text.append(head)
            text.append(one_line(terminal_safe(p.text), max(width - len(head), 10)) + "\n")
        if not posts:
            text.append("Nothing in this slot.")
        detail.update(text)

    def on_data_table_cell_highlighted(self) -> None:
        self.in_slot = 0
        self.show_detail()

    def on_data_table_cell_selected(self) -> None:
        self.action_grab()

    def _move_to(self, start: datetime) -> None:
        self.start = start
        self.reload()

    def _show_month(self, first: datetime) -> None:
        self.month = first.replace(day=1)
        self._move_to(monday_of(self.month))

    def action_week(self) -> None:
        self.mode = "week"
        self._move_to(monday_of(max(self.start, self.month)))

    def action_month(self) -> None:
        table = self.query_one(DataTable)
        day = self.slot_time(table.cursor_coordinate) if self.mode == "week" else None
        self.mode = "month"
        self._show_month((self.start + timedelta(days=6)).replace(day=1))
        if day is not None:
            # the day the week's cursor was on (its row was an hour, no week of the month)
            row = (day.date() - self.start.date()).days // 7
            table.cursor_coordinate = Coordinate(row, day.weekday() + 1)

    def action_later(self) -> None:
        if self.mode == "week":
            self._move_to(self.start + timedelta(days=7))
        else:
            self._show_month(self.month + timedelta(days=32))

    def action_earlier(self) -> None:
        if self.mode == "week":
            self._move_to(self.start - timedelta(days=7))
        else:
            self._show_month(self.month - timedelta(days=1))

    def action_today(self) -> None:
        now = self.local_now()
        self.month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
        self.start = monday_of(now if self.mode == "week" else self.month)
        self.reload()
        table = self.query_one(DataTable)
        if self.mode == "week":
            hour = min(max(now.hour, FIRST_HOUR), LAST_HOUR)
            table.cursor_coordinate = Coordinate(hour - FIRST_HOUR, now.weekday() + 1)
            self.call_after_refresh(self._show_the_day, hour - FIRST_HOUR)
        else:
            row = (now.replace(tzinfo=None) - self.start).days // 7
            table.cursor_coordinate = Coordinate(row, now.weekday() + 1)

    def _show_the_day(self, row: int) -> None:
        """Scroll the week so the working day fills it from 06h, the cursor's row in sight."""
        table = self.query_one(DataTable)
        shown = max(table.scrollable_content_region.height - table.header_height, 1)
        top = min(DAY_STARTS - FIRST_HOUR, row)
        if row >= top + shown:
            top = row - shown + 1
        table.scroll_to(y=top, animate=False, immediate=True)

    def action_next_in_slot(self) -> None:
        self.in_slot += 1
        self.show_detail()

    def action_grab(self) -> None:
        table = self.query_one(DataTable)
        coordinate = table.cursor_coordinate
        if self.carrying is None:
            posts = self.slot_posts()
            if not posts:
                self.notify("Nothing to move in this slot")
                return
            self.carrying = posts[self.in_slot % len(posts)]
            self.reload()
            return
        slot = self.slot_time(coordinate)
        if slot is None:
            return
        tz = self.practice.tz
        old = local_time(self.carrying, tz)
        hour = old.hour if self.mode == "month" else slot.hour
        target = slot.replace(hour=hour, minute=old.minute, tzinfo=tz)

        def moved(post: Post) -> None:
            self.notify(f"Post {post.id} moved to {target:%a %d %b %H:%M}")
            self.reload()

        self.attempt("Not moved", queue.reschedule, self.carrying.id, target, then=moved)
        self.carrying = None
        self.reload()

    def action_back(self) -> None:
        if self.carrying is not None:
            self.carrying = None
            self.reload()
            return
        self.app.pop_screen()
