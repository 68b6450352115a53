"""The queue with 100,000 posts, run as people run it (`medsocial --home DIR` in a real
pseudo-terminal of 80x24), beside a bare Textual app (a DataTable of 100 rows with a header
and a footer) run in the same way in the same run:

- start to first queue frame, whole process (target <= 1.2 x the bare app);
- page-down, key to screen settled, and frames per key (target <= 1.2 x, one frame);
- each view change (`f`), key to the frame that shows the view's rows, and the frames it
  draws (target <= 16 ms, one frame at 60 Hz, whatever the view), beside a bare Textual app
  whose key reads 100 rows in a worker thread (an index range on the same database, with
  their deliveries) and puts them in its table; the two apps run side by side and take
  turns, each view several times (medians). Each key comes once the screen has settled
  after the one before, as a person reads a view before the next: by then medsocial has
  read the next view ahead (its first screenful, laid out), unless the data changed;
- a filter chosen in the filter form (`/`: "author jreyes", "status approved", "needs a
  person"), Enter to the frame that shows its rows, and the frames it draws; and `f` pressed
  twice quickly, the second key to its view's rows (that view not read ahead: the second
  key comes as soon as the first key's frame is drawn). Both beside the same bare app's key
  (target <= 16 ms, one frame);
- resident memory after scrolling through thousands of rows (target <= 80 MB, flat);
- `reload` after another process commits, with thousands of rows scrolled: the time the UI
  thread spends on it (target <= 16 ms) and the read in the worker thread beside it.

Frames are counted by synchronized-output markers: the benchmark answers Textual's query
for mode 2026 as a terminal that supports it, and every frame then ends with ESC[?2026l.
What a frame shows is read on a model of the screen (pyte, a VT emulator), as a terminal
would show it: Textual sends only the cells of a line that changed, so the words looked for
(a status line's "bare view 1: row", whose "row" was already there) need not be in the bytes
a frame writes, and looking for them there failed a run now and then.

With ``--instructions`` it also counts the instructions each process runs from its start to
its first frame, under valgrind's cachegrind (as slow as it is exact; a busy machine does
not change the count, so this is the figure to compare when the clock cannot be trusted).

    .venv/bin/python benchmarks/tui_bench.py [--posts 100000] [--runs 5] [--home DIR]
        [--view-rounds 5] [--instructions] [--only-views] [--only-filters]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from datetime import timedelta
from pathlib import Path

import pyte

ROOT = Path(__file__).resolve().parent.parent
MEDSOCIAL = Path(sys.executable).with_name("medsocial")
SYNC_QUERY = b"\x1b[?2026$p"
SYNC_ANSWER = b"\x1b[?2026;2$y"
SYNC_END = b"\x1b[?2026l"
PAGE_DOWN = b"\x1b[6~"
TAB = b"\t"
ENTER = b"\r"
FILTERS = (
    ("author", "jreyes", "jreyes"),
    ("status", "approved", "status approved"),
    ("state", "needs", "needs a person"),
)
"""Filters chosen in the form: its field, what is typed in the field's list, the view's name."""
FORM_QUIET = 0.4
"""Seconds without output after a step in the form (its text cursor blinks each 0.5 s)."""
FORM_FIELDS = ("state", "status", "account", "author")
"""The form's lists in focus order after its text field; the `from` field (where Enter shows
the filter) follows them."""
SCROLL_BURSTS = 20
"""Bursts of 25 page-downs: about 6,000 rows scrolled at 80x24."""
VIEWS = (
    "all posts",
    "needs a person",
    "waiting for review",
    "scheduled",
    "published",
    "drafts and sent back",
)
"""The queue's views in the order `f` steps through them."""
QUIET = 0.25
"""Seconds without output after which the screen counts as settled."""
WIDTH, HEIGHT = 80, 24

BARE = r"""
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Bare(App):
    BINDINGS = [("q", "quit", "Quit")]
    def compose(self):
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()
    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("When", "Author", "Accounts", "Text")
        for n in range(100):
            table.add_row("Mon 30 Nov 08:00", "jreyes", "2 out", f"bare post {n}")

Bare().run()
"""

BARE_VIEWS = r"""
import sqlite3, sys
from textual import work
from textual.app import App
from textual.widgets import DataTable, Footer, Header, Static

ORDER = "coalesce(scheduled_at, created_at)"

class Bare(App):
    BINDINGS = [("q", "quit", "Quit"), ("f", "next_view", "View")]
    # the table fills what the status line leaves: as tall as its rows (auto), the screen
    # was a line too short and now and then scrolled, the status line out of sight
    CSS = "DataTable { height: 1fr; }"
    view = 0
    def compose(self):
        yield Header()
        yield Static("bare view", id="status")
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()
    def on_mount(self):
        self.query_one(DataTable).add_columns("When", "Author", "Accounts", "Text")
        self.read(0)
    def action_next_view(self):
        self.view += 1
        self.read(self.view)
    @work(thread=True)
    def read(self, view):
        conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
        mark = conn.execute(
            f"SELECT {ORDER} FROM posts ORDER BY {ORDER} DESC, id DESC LIMIT 1 OFFSET ?",
            (view % 6 * 100,),
        ).fetchone()[0]
        posts = conn.execute(
            f"SELECT id, scheduled_at, author, text FROM posts WHERE {ORDER} <= ?"
            f" ORDER BY {ORDER} DESC, id DESC LIMIT 100",
            (mark,),
        ).fetchall()
        ids = [p[0] for p in posts]
        counts = dict(conn.execute(
            f"SELECT post_id, count(*) FROM deliveries WHERE post_id IN ({','.join('?' * len(ids))})"
            " GROUP BY post_id",
            ids,
        ).fetchall())
        conn.close()
        self.call_from_thread(self.show, view, posts, counts)
    def show(self, view, posts, counts):
        table = self.query_one(DataTable)
        table.clear()
        for id, when, author, text in posts:
            table.add_row(when or "", author, f"{counts.get(id, 0)} out", text, key=str(id))
        self.query_one("#status", Static).update(f"bare view {view}: row 1 of {len(posts)}")

Bare().run()
"""


def build(root: Path, posts: int) -> Path:
    from medsocial_tui import clock
    from medsocial_tui.home import demo
    from medsocial_tui.publishing import queue_views
    from medsocial_tui.store import open_store

    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.build(root, login="bench")
    store = open_store(home.database_path)
    now = clock.now()
    accounts = ["facebook", "google", "mastodon"]
    with store.write() as db:
        start = db.conn.execute("SELECT max(id) FROM posts").fetchone()[0] + 1
        db.conn.executemany(
            "INSERT INTO posts (id, kind, text, author, status, scheduled_at, created_at,"
            " updated_at) VALUES (?, 'general', ?, 'jreyes', 'approved', ?, ?, ?)",
            (
                (
                    i,
                    f"Archived post {i}: open late Thursdays.",
                    clock.to_iso(now.replace(microsecond=0) - timedelta(minutes=i)),
                    clock.to_iso(now),
                    clock.to_iso(now),
                )
                for i in range(start, start + posts)
            ),
        )
        db.conn.executemany(
            "INSERT INTO deliveries (post_id, account_id, state, idempotency_key, updated_at)"
            " VALUES (?, ?, 'published', ?, ?)",
            (
                (i, a, f"k{i}{a}", clock.to_iso(now))
                for i in range(start, start + posts)
                for a in accounts[: 1 + i % 3]
            ),
        )
    # As the practice's own connections leave it: one that wrote and read the queue runs
    # PRAGMA optimize on close, which gathers the planner's statistics again once a table is
    # 25 times the size they were taken at. Without this the statistics stay those of the
    # demo's 29 deliveries, and a page's deliveries are read by a scan of all 200,000.
    queue_views.page_after(store, queue_views.QueueFilter(), None, limit=100)
    store.close()
    return home.root


class Terminal:
    """A process in an 80x24 pseudo-terminal, read as a terminal would."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: a terminal of 80x24, then the program
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        self.seen = bytearray()
        self.screen = pyte.Screen(WIDTH, HEIGHT)
        """What the terminal shows, as the output read so far draws it."""
        self._stream = pyte.ByteStream(self.screen)
        self._tail = b""
        """The last bytes read, shorter than a marker: a marker split between two reads
        (a frame of several kilobytes comes in several) is still seen, and once."""

    def _read(self, timeout: float) -> tuple[float, bytes, int] | None:
        """When the next output came, the output, and how many frames ended in it."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return None
        at = time.perf_counter()
        tail, joined = self._tail, self._tail + chunk
        self._tail = joined[-(max(len(SYNC_QUERY), len(SYNC_END)) - 1) :]
        if joined.count(SYNC_QUERY) > tail.count(SYNC_QUERY):
            os.write(self.fd, SYNC_ANSWER)
        self.seen += chunk
        self._stream.feed(chunk)  # after the time is taken: the model is no part of it
        return at, chunk, joined.count(SYNC_END) - tail.count(SYNC_END)

    def shows(self, needle: bytes) -> bool:
        """Whether ``needle`` is on one line of the screen now."""
        words = needle.decode()
        return any(words in line for line in self.screen.display)

    def first_frame(self, needle: bytes, deadline: float = 60.0) -> float:
        """Seconds from start to the end of the first frame that shows ``needle``."""
        found: float | None = None
        until = time.perf_counter() + deadline
        while time.perf_counter() < until:
            got = self._read(0.5)
            if got is None:
                if found is not None:  # drawn before the terminal's answer on mode 2026
                    return found - self.started  # was read: a frame without its marker
                continue
            at, _chunk, ends = got
            if found is None and self.shows(needle):
                found = at
            if found is not None and ends:
                return at - self.started
        raise RuntimeError(f"no frame showed {needle!r}; saw {bytes(self.seen[-400:])!r}")

    def settle(self, quiet: float = QUIET) -> tuple[float | None, int]:
        """Read until ``quiet`` seconds pass without output: when the last frame ended, and
        how many frames came."""
        last, frames = None, 0
        while True:
            got = self._read(quiet)
            if got is None:
                return last, frames
            at, _chunk, ends = got
            if ends:
                frames += ends
                last = at

    def key(self, data: bytes, quiet: float = QUIET) -> tuple[float, int]:
        """Seconds from writing ``data`` to the screen settled, and frames drawn."""
        sent = time.perf_counter()
        os.write(self.fd, data)
        last, frames = self.settle(quiet)
        return (last - sent if last is not None else float("nan")), frames

    def key_until(
        self, data: bytes, needle: bytes, deadline: float = 30.0, *, settle: bool = True
    ) -> tuple[float, int]:
        """Seconds from writing ``data`` to the end of the frame that shows ``needle``, and
        the frames drawn from the key until the screen settled after it (with ``settle``;
        else until that frame)."""
        sent = time.perf_counter()
        os.write(self.fd, data)
        frames = 0
        until = sent + deadline
        while time.perf_counter() < until:
            got = self._read(0.5)
            if got is None:
                continue
            at, _chunk, ends = got
            frames += ends
            if ends and self.shows(needle):
                return at - sent, frames + (self.settle()[1] if settle else 0)
        raise RuntimeError(f"no frame showed {needle!r}; {self._kept()}")

    def _kept(self) -> str:
        """What the screen shows, and where all the output read is kept, for a run that
        failed."""
        with tempfile.NamedTemporaryFile(prefix="tui-bench-output-", delete=False) as kept:
            kept.write(bytes(self.seen))
        shown = "\n".join(line.rstrip() for line in self.screen.display)
        return f"the screen shows:\n{shown}\n(all the output read: {kept.name})"

    def rss_mb(self) -> float:
        """Resident memory of the program (and the children it runs its work in)."""
        total = 0
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1])
        return total / 1024

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def user_env(home: Path) -> dict[str, str]:
    """A person's terminal: no TEXTUAL_* settings, so medsocial chooses its own."""
    from medsocial_tui.testing.processes import user_env

    env = {k: v for k, v in user_env().items() if not k.startswith("TEXTUAL")}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", MEDSOCIAL_USER="bench", COLUMNS="80")
    env["MEDSOCIAL_HOME"] = str(home)
    return env


def ours(home: Path) -> Terminal:
    return Terminal([str(MEDSOCIAL), "--home", str(home)], user_env(home))


def bare(home: Path) -> Terminal:
    return Terminal([sys.executable, "-c", BARE], user_env(home))


def bare_views(home: Path) -> Terminal:
    return Terminal([sys.executable, "-c", BARE_VIEWS, str(home / "medsocial.db")], user_env(home))


def side_by_side(mine: Terminal, theirs: Terminal) -> None:
    """Both apps' first frames, then each screen settled, before the first key."""
    mine.first_frame(" \xb7 by ".encode())
    theirs.first_frame(b"bare view 0: row 1 of 100")
    mine.settle(1.0)
    theirs.settle(1.0)


def view_switches(
    home: Path, rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[int]], list[float], list[int]]:
    """Each of the queue's views shown ``rounds`` times with `f`, key to the end of the frame
    that shows its rows, and the frames each key drew; the bare app's worker-read views
    beside it, the two apps taking turns key by key."""
    mine, theirs = ours(home), bare_views(home)
    took: dict[str, list[float]] = {name: [] for name in VIEWS}
    frames: dict[str, list[int]] = {name: [] for name in VIEWS}
    bare_took: list[float] = []
    bare_frames: list[int] = []
    try:
        side_by_side(mine, theirs)
        n = 0
        for _ in range(rounds):
            for name in VIEWS[1:] + VIEWS[:1]:
                at, count = mine.key_until(b"f", f"{name}: row".encode())
                took[name].append(at)
                frames[name].append(count)
                n += 1
                at, count = theirs.key_until(b"f", f"bare view {n}: row".encode())
                bare_took.append(at)
                bare_frames.append(count)
    finally:
        mine.close()
        theirs.close()
    return took, frames, bare_took, bare_frames


def filter_reads(
    home: Path, rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[int]], list[float], list[int]]:
    """Each filter of ``FILTERS`` chosen in the form ``rounds`` times (then Esc: all posts
    again), Enter to the end of the frame that shows its rows, and the frames it drew; and
    `f` pressed twice quickly, the second key to its view's rows. The bare app's key
    between them, as in ``view_switches``."""
    mine, theirs = ours(home), bare_views(home)
    took: dict[str, list[float]] = {}
    frames: dict[str, list[int]] = {}
    bare_took: list[float] = []
    bare_frames: list[int] = []

    def put(name: str, at: float, count: int) -> None:
        took.setdefault(name, []).append(at)
        frames.setdefault(name, []).append(count)

    unmeasured: set[str] = set()
    try:
        side_by_side(mine, theirs)
        n = 0
        for _ in range(rounds):
            for field, typed, name in FILTERS:
                mine.key_until(b"/", b"Show posts where", settle=False)
                mine.settle(FORM_QUIET)
                # an older form (a tree measured before it had a status) has fewer lists
                fields = [f for f in FORM_FIELDS if mine.shows(f" {f} ".encode())]
                if field not in fields:
                    mine.key(b"\x1b", FORM_QUIET)
                    if name not in unmeasured:
                        unmeasured.add(name)
                        print(f"not measured: / {name} (this tree's filter form has no {field!r})")
                    continue
                at = fields.index(field)
                # a field's cursor blinks (a frame each 0.5 s): steps wait 0.4 s quiet
                mine.key(TAB * (at + 1), FORM_QUIET)
                mine.key(ENTER, FORM_QUIET)  # the list opens
                mine.key(typed.encode(), FORM_QUIET)  # type to find the choice
                mine.key(ENTER, FORM_QUIET)  # chosen
                mine.key(TAB * (len(fields) - at), FORM_QUIET)  # to the `from` field
                put(f"/ {name}", *mine.key_until(ENTER, f"{name}: row".encode()))
                mine.key(b"\x1b")  # all posts again
                n += 1
                at_b, count = theirs.key_until(b"f", f"bare view {n}: row".encode())
                bare_took.append(at_b)
                bare_frames.append(count)
            # the views two apart, from all posts: `f` (read ahead), then at once `f` again
            for first in range(1, len(VIEWS), 2):
                shown, then = VIEWS[first], VIEWS[(first + 1) % len(VIEWS)]
                mine.key_until(b"f", f"{shown}: row".encode(), settle=False)
                put(f"f f: {then}", *mine.key_until(b"f", f"{then}: row".encode()))
            mine.settle(0.5)
    finally:
        mine.close()
        theirs.close()
    return took, frames, bare_took, bare_frames


def instructions(argv: list[str], env: dict[str, str], needle: bytes) -> int | None:
    """Instructions from the start of ``argv`` to the end of its first frame showing
    ``needle``, counted by cachegrind (None without valgrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory(prefix="tui-bench-ir-") as tmp:
        out = Path(tmp) / "cachegrind.out"
        # at the lowest priority, so that on a busy machine this benchmark reads the frame
        # (and stops the count) before the program gets much further
        term = Terminal(
            [
                shutil.which("nice") or "/usr/bin/nice",
                "-n",
                "19",
                valgrind,
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out}",
                "--log-file=/dev/null",
                *argv,
            ],
            {**env, "PYTHONHASHSEED": "0"},
        )
        try:
            term.first_frame(needle, deadline=600.0)
        finally:
            term.close()
        found = re.search(rb"^summary:\s*(\d+)", out.read_bytes(), re.M)
    return int(found.group(1)) if found else None


def start_times(home: Path, runs: int) -> tuple[list[float], list[float]]:
    """Interleaved, so a busy moment of the machine falls on both."""
    mine, theirs = [], []
    for _ in range(runs):
        for spawn, needle, into in (
            (ours, " \xb7 by ".encode(), mine),
            (bare, b"bare post 1", theirs),
        ):
            term = spawn(home)
            try:
                into.append(term.first_frame(needle))
            finally:
                term.close()
    return mine, theirs


def page_downs(term: Terminal, presses: int) -> tuple[list[float], list[int]]:
    term.settle(1.0)
    latencies, frames = [], []
    for _ in range(presses):
        took, count = term.key(PAGE_DOWN)
        latencies.append(took)
        frames.append(count)
    return latencies, frames


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


COMMIT_ELSEWHERE = r"""
import sys
from medsocial_tui.store import open_store
store = open_store(__import__("pathlib").Path(sys.argv[1]))
with store.write() as db:
    db.conn.execute("UPDATE posts SET text = text || '.' WHERE id = ?", (int(sys.argv[2]),))
store.close()
"""


async def reload_costs(home: Path, rows: int, runs: int) -> tuple[list[float], list[float]]:
    """With ``rows`` scrolled, another process commits a change to the post under the cursor;
    the queue sees it (its poll) and reads its window again. Measured in the app through
    Pilot: the UI thread's time (the poll, then showing what the worker read) and the
    worker's read beside it."""
    import subprocess

    from medsocial_tui.publishing import queue_views
    from medsocial_tui.tui.app import create_app
    from medsocial_tui.tui.pilot import workers_done
    from medsocial_tui.tui.screens.queue import QueueScreen

    ui: list[float] = []
    reads: list[float] = []
    real_page_after, real_apply = queue_views.page_after, QueueScreen.on_queue_screen_read

    def timed_read(*args, **kwargs):
        started = time.perf_counter()
        try:
            return real_page_after(*args, **kwargs)
        finally:
            reads.append(time.perf_counter() - started)

    def timed_apply(self, message):
        started = time.perf_counter()
        try:
            return real_apply(self, message)
        finally:
            ui.append(time.perf_counter() - started)

    os.environ["MEDSOCIAL_USER"] = "bench"
    app = create_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        table = screen.query_one("DataTable")
        while screen.rows_above + table.cursor_row < rows:
            table.move_cursor(row=len(screen.loaded) - 1)
            await workers_done(app)
            await pilot.pause()
        queue_views.page_after = timed_read
        QueueScreen.on_queue_screen_read = timed_apply
        try:
            for _ in range(runs):
                post = screen.selected_post()
                subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        COMMIT_ELSEWHERE,
                        str(home / "medsocial.db"),
                        str(post.id),
                    ],
                    check=True,
                )
                started = time.perf_counter()
                screen.poll_changes()
                polled = time.perf_counter() - started
                await workers_done(app)
                await pilot.pause()
                ui[-1] += polled
                assert screen.selected_post().text.endswith("."), "the change was not shown"
        finally:
            queue_views.page_after = real_page_after
            QueueScreen.on_queue_screen_read = real_apply
    return ui, reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--home", type=Path, help="reuse (or make) the practice here")
    parser.add_argument("--view-rounds", type=int, default=5, help="times each view is shown")
    parser.add_argument(
        "--only-views",
        action="store_true",
        help="measure only the view changes (key to rows, beside the bare app)",
    )
    parser.add_argument(
        "--only-filters",
        action="store_true",
        help="measure only the filters chosen in the form and `f` pressed twice quickly",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions to the first frame (valgrind; about a minute each)",
    )
    args = parser.parse_args()
    tmp = None
    if args.home and (args.home / "practice.toml").exists():
        home = args.home
    else:
        tmp = Path(tempfile.mkdtemp(prefix="tui-bench-"))
        home = build(args.home or tmp / "home", args.posts)
    try:
        report(home, args)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def view_rows(
    views: dict[str, list[float]],
    frames: dict[str, list[int]],
    bare_v: float,
    bare_f: float,
    label: str = "f: view {!r}, key to its rows",
) -> list[tuple[str, str, str, float, str]]:
    return [
        (
            label.format(name),
            f"{statistics.median(took) * 1000:.1f} ms (p95 {p95(took) * 1000:.1f}),"
            f" {statistics.median(frames[name]):g} frame",
            f"{bare_v:.1f} ms, {bare_f:g} frame",
            statistics.median(took) * 1000 / 16,
            "<= 16 ms (ratio to 16 ms), worker read",
        )
        for name, took in views.items()
    ]


def report_views(home: Path, args: argparse.Namespace) -> None:
    views, view_frames, bare_view, bare_view_frames = view_switches(home, args.view_rounds)
    bare_v = statistics.median(bare_view) * 1000
    print(f"posts in the database: {args.posts:,} + the demo's; terminal 80x24, real pty")
    print(f"{'measure':44} {'medsocial':28} {'bare Textual':18} {'ratio':>6}  target")
    rows = view_rows(views, view_frames, bare_v, statistics.median(bare_view_frames))
    for name, mine_s, bare_s, ratio, target in rows:
        print(f"{name:44} {mine_s:28} {bare_s:18} {ratio:6.2f}  {target}")
    worst = max(statistics.median(t) for t in views.values()) * 1000
    print(json.dumps({"view_ms_max": round(worst, 1), "view_ratio_max": round(worst / bare_v, 2)}))


FILTER_LABEL = "{}, key to its rows"


def report_filters(home: Path, args: argparse.Namespace) -> None:
    took, frames, bare_took, bare_frames = filter_reads(home, args.view_rounds)
    if not bare_took:
        raise SystemExit("no filter could be chosen in this tree's form: nothing to compare")
    bare_v = statistics.median(bare_took) * 1000
    print(f"posts in the database: {args.posts:,} + the demo's; terminal 80x24, real pty")
    print(f"{'measure':44} {'medsocial':28} {'bare Textual':18} {'ratio':>6}  target")
    rows = view_rows(took, frames, bare_v, statistics.median(bare_frames), FILTER_LABEL)
    for name, mine_s, bare_s, ratio, target in rows:
        print(f"{name:44} {mine_s:28} {bare_s:18} {ratio:6.2f}  {target}")
    worst = max(statistics.median(t) for t in took.values()) * 1000
    print(json.dumps({"filter_ms_max": round(worst, 1)}))


def report(home: Path, args: argparse.Namespace) -> None:
    if args.only_views:
        report_views(home, args)
        return
    if args.only_filters:
        report_filters(home, args)
        return
    mine, theirs = start_times(home, args.runs)
    ours_t, bare_t = statistics.median(mine), statistics.median(theirs)

    term = bare(home)
    term.first_frame(b"bare post 1")
    bare_lat, bare_frames = page_downs(term, min(args.presses, 6))
    bare_rss = term.rss_mb()
    term.close()

    term = ours(home)
    term.first_frame(" \xb7 by ".encode())
    lat, frames = page_downs(term, args.presses)
    rss_start = term.rss_mb()
    for _ in range(SCROLL_BURSTS):  # keys in bursts, as over SSH
        term.key(PAGE_DOWN * 25, quiet=0.5)
    rss_scrolled = term.rss_mb()
    term.close()
    views, view_frames, bare_view, bare_view_frames = view_switches(home, args.view_rounds)
    bare_v = statistics.median(bare_view) * 1000
    filters, filter_frames, bare_filter, bare_filter_frames = filter_reads(home, args.view_rounds)
    bare_fv = statistics.median(bare_filter) * 1000
    import asyncio

    reload_ui, reload_read = asyncio.run(reload_costs(home, 2_000, 10))

    pd, bare_pd = statistics.median(lat) * 1000, statistics.median(bare_lat) * 1000
    rows = [
        (
            "start to first queue frame (whole process)",
            f"{ours_t:.3f} s",
            f"{bare_t:.3f} s",
            ours_t / bare_t,
            "<= 1.2",
        ),
        (
            "page-down, key to screen settled",
            f"{pd:.1f} ms (p95 {p95(lat) * 1000:.1f})",
            f"{bare_pd:.1f} ms",
            pd / bare_pd,
            "<= 1.2",
        ),
        (
            "frames per page-down (median, max)",
            f"{statistics.median(frames):g}, {max(frames)}",
            f"{statistics.median(bare_frames):g}, {max(bare_frames)}",
            statistics.median(frames) / max(statistics.median(bare_frames), 1),
            "1 frame",
        ),
        *view_rows(views, view_frames, bare_v, statistics.median(bare_view_frames)),
        *view_rows(
            filters,
            filter_frames,
            bare_fv,
            statistics.median(bare_filter_frames),
            FILTER_LABEL,
        ),
        (
            "reload after another process commits, 2,000 rows scrolled: UI thread",
            f"{statistics.median(reload_ui) * 1000:.1f} ms (max {max(reload_ui) * 1000:.1f})",
            f"worker read {statistics.median(reload_read) * 1000:.1f} ms",
            statistics.median(reload_ui) * 1000 / 16,
            "<= 16 ms (ratio to 16 ms)",
        ),
        (
            "resident memory after ~6,000 rows scrolled",
            f"{rss_scrolled:.1f} MB (at start {rss_start:.1f})",
            f"{bare_rss:.1f} MB",
            rss_scrolled / bare_rss,
            "<= 80 MB, flat",
        ),
    ]
    print(f"posts in the database: {args.posts:,} + the demo's; terminal 80x24, real pty")
    print(f"{'measure':44} {'medsocial':28} {'bare Textual':18} {'ratio':>6}  target")
    for name, mine_s, bare_s, ratio, target in rows:
        print(f"{name:44} {mine_s:28} {bare_s:18} {ratio:6.2f}  {target}")
    if args.instructions:
        env = user_env(home)
        mine_ir = instructions([str(MEDSOCIAL), "--home", str(home)], env, " \xb7 by ".encode())
        bare_ir = instructions([sys.executable, "-c", BARE], env, b"bare post 1")
        if mine_ir and bare_ir:
            print(
                f"{'instructions to first frame':44} {mine_ir / 1e9:.3f} G"
                f"{'':22} {bare_ir / 1e9:.3f} G{'':12} {mine_ir / bare_ir:6.2f}  <= 1.2"
            )
    print(
        json.dumps(
            {
                "start_ratio": round(ours_t / bare_t, 2),
                "view_ratio_max": round(
                    max(statistics.median(t) for t in views.values()) * 1000 / bare_v, 2
                ),
                "view_ms_max": round(max(statistics.median(t) for t in views.values()) * 1000, 1),
                "filter_ms_max": round(
                    max(statistics.median(t) for t in filters.values()) * 1000, 1
                ),
                "page_down_ratio": round(pd / bare_pd, 2),
                "frames_per_page_down": statistics.median(frames),
                "rss_mb": round(rss_scrolled, 1),
                "reload_ui_ms": round(statistics.median(reload_ui) * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
