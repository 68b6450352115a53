"""Flush overhead as users run it: a real ``medsocial flush`` process publishing due
deliveries over 4 accounts to a loopback network with ~25 ms latency, beside a bare httpx
asyncio process making the same requests at the same concurrency. Target: flush / bare <=
1.10 at every size, and flush's memory flat as the deliveries grow.

    .venv/bin/python benchmarks/flush_bench.py [--deliveries 2000 10000 50000]
        [--latency 0.025] [--rounds 3] [--count 400] [--against DIR]

For each size a practice is built once (setup only, with ``synchronous=OFF`` on the building
connection), then copied for each round, so every round starts from the same file. A round runs
the bare process and the flush process one after the other, in turns (bare first in even
rounds, flush first in odd ones), so a busy machine slows both; figures are medians over the
rounds. Flush runs exactly as cron runs it: the console script, the practice's own settings
(``synchronous=FULL``, its journal mode), the database in the practice home (the filesystem is
printed: a RAM disk would hide every fsync), in a person's environment
(``testing.processes.user_env``: a build box's ``PYTHONDONTWRITEBYTECODE`` would make every
flush start compile medsocial from source, which the bare loop's httpx never pays).

Printed per size: wall time, CPU time (user + system, from ``wait4``: the machine is shared,
so CPU is the steadier figure), peak resident memory (``VmHWM`` read from ``/proc`` while the
process runs: ``ru_maxrss`` of a child carries the parent's size across ``exec``), the flush
process's resident memory at each quarter of its run, and per delivery: the bare loop's time
and CPU, and flush's bookkeeping beyond them. Then the database work per delivery (SQL
statements, commits) counted in one run of ``--count`` deliveries with a statement trace on
every connection flush opens (that run is not timed).

``--against DIR`` (a checkout of another revision, e.g. ``git worktree add --detach
/dev/shm/base main``) runs that revision's ``medsocial flush`` too, in each round, on its own
copy of the same practice, the three processes in turns: before and after in the same run,
beside the same bare loop, with each round's ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.home import demo
from medsocial_tui.home.config import Home, write_secrets
from medsocial_tui.home.practice import open_practice
from medsocial_tui.publishing import queue
from medsocial_tui.store import journal_mode
from medsocial_tui.testing import reference
from medsocial_tui.testing.fakeapi import Fault
from medsocial_tui.testing.processes import user_env
from medsocial_tui.testing.reference import ReferenceChannel, ReferenceNetwork

ACCOUNTS = 4
TARGET = 1.10
SAMPLE_SECONDS = 0.05

BARE = r"""
import asyncio, sys
import httpx

base_url, per_account, accounts, slots, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

async def main():
    async with httpx.AsyncClient() as client:
        async def worker(account, todo):
            while todo:
                n = todo.pop()
                r = await client.post(
                    f"{base_url}/v1/posts",
                    json={"text": f"bare {n}", "client_key": f"bare-{tag}-{account}-{n}"},
                    headers={"Authorization": "Bearer good-token"},
                )
                r.json()
        lists = [list(range(per_account)) for _ in range(accounts)]
        await asyncio.gather(*(worker(a, lists[a]) for a in range(accounts) for _ in range(slots)))

asyncio.run(main())
"""


SEED_POSTS = 8
"""Posts written, submitted and approved through the queue; the rest are their copies (see
:func:`build_home`)."""


BARE_START = "import asyncio, httpx; asyncio.run(asyncio.sleep(0))"
"""The bare loop's start-up: the interpreter, httpx and an event loop."""


def build_home(root: Path, base_url: str, posts: int) -> Home:
    """A practice with ``posts`` approved posts due now, each to every account. The first
    SEED_POSTS go through the queue as a person's would (create, submit, approve); the
    others copy one of them with their own text, deliveries and keys, and get their own
    sealed approval with the guard's verdict on their text (``approvals.grant`` and
    ``approvals.record_clean`` after ``guard.require_clean``, as approving does), all in one
    transaction: a 50,000-delivery practice is ready in a minute instead of an hour of
    durable commits."""
    from medsocial_tui.publishing import approvals, guard

    os.environ["MEDSOCIAL_USER"] = "bench"
    home = demo.create_home(root, "Bench Dental", "UTC", login="bench", kind="test")
    accounts = "".join(
        f'\n[[accounts]]\nid = "page-{i}"\nchannel = "loopback"\nname = "Page {i}"\n'
        f'base_url = "{base_url}"\n'
        for i in range(ACCOUNTS)
    )
    home.config_path.write_text(
        '[practice]\nname = "Bench Dental"\ntimezone = "UTC"\none_person_practice = true\n'
        "[publishing]\nlate_tolerance_minutes = 6000\n" + accounts,
        "utf-8",
    )
    write_secrets(home, {f"page-{i}": {"access_token": "good-token"} for i in range(ACCOUNTS)})
    practice = open_practice(home, extra_plugins=(reference,))
    # setup only: the flush under test opens its own connection with the practice's settings
    practice.store.db.conn.execute("PRAGMA synchronous=OFF")
    seeds = []
    for n in range(min(posts, SEED_POSTS)):
        post = queue.create(
            practice,
            queue.Compose(
                text=f"Benchmark post {n}",
                accounts=[f"page-{i}" for i in range(ACCOUNTS)],
                scheduled_at=clock.now(),
            ),
        )
        queue.submit(practice, post.id)
        queue.approve(practice, post.id)
        seeds.append(post.id)
    store = practice.store
    columns = [r[1] for r in store.db.conn.execute("PRAGMA table_info(posts)") if r[1] != "id"]
    copied = ", ".join("?" if c == "text" else c for c in columns)
    with store.write() as db:
        conn = db.conn
        for n in range(len(seeds), posts):
            seed = seeds[n % len(seeds)]
            basis, by = conn.execute(
                "SELECT basis, by FROM approvals WHERE post_id=? AND cleared_at IS NULL", (seed,)
            ).fetchone()
            post_id = conn.execute(
                f"INSERT INTO posts ({', '.join(columns)}) SELECT {copied} FROM posts WHERE id=?",
                (f"Benchmark post {n}", seed),
            ).lastrowid
            conn.execute(
                "INSERT INTO deliveries (post_id, account_id, state, scheduled_at,"
                " next_attempt_at, idempotency_key, updated_at) SELECT ?, account_id, state,"
                " scheduled_at, next_attempt_at, lower(hex(randomblob(16))), updated_at"
                " FROM deliveries WHERE post_id=? ORDER BY id",
                (post_id, seed),
            )
            approvals.grant(db, home.root, int(post_id), approvals.Basis(basis), by)
            verdict = guard.require_clean(practice, queue.get(store, int(post_id)))
            approvals.record_clean(db, home.root, int(post_id), verdict)
    practice.close()
    return home


def copy_home(template: Home, root: Path) -> Home:
    """The template as it was built, with fresh delivery keys, so the loopback network can
    tell a duplicate in one round from the same delivery sent in another."""
    shutil.copytree(template.root, root, symlinks=True)
    conn = sqlite3.connect(root / template.database_path.name)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # setup only
        with conn:
            conn.execute("UPDATE deliveries SET idempotency_key = lower(hex(randomblob(16)))")
    finally:
        conn.close()
    return Home(root)


def entry_point_site(root: Path) -> Path:
    """A folder declaring the loopback channel as an installed plugin, so the real
    ``medsocial flush`` finds it the way it finds any plugin: its channel named in
    ``medsocial.channels`` as every shipped plugin names its own (docs/plugins.md). A run
    still imports every plugin, as a practice's does: the guard's verdict kept with an
    approval is bound to every plugin's checks."""
    info = root / "medsocial_reference-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: medsocial-reference\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[medsocial]\nloopback = medsocial_tui.testing.reference\n"
        "[medsocial.channels]\nloopback = medsocial_tui.testing.reference\n"
    )
    return root


def python_path(site: Path) -> str:
    """The plugin's folder before the caller's own PYTHONPATH (a checkout of another revision
    put there is what runs, to compare before and after)."""
    return os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    rss_mb: list[float] = field(default_factory=list)
    """Resident memory sampled every SAMPLE_SECONDS while the process ran."""

    def quarters(self) -> list[float]:
        if not self.rss_mb:
            return []
        n = len(self.rss_mb)
        return [self.rss_mb[min(n - 1, max(0, round(n * q / 4) - 1))] for q in (1, 2, 3, 4)]


def _status(pid: int) -> dict[str, float]:
    found: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found[line[:5]] = int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return found


def timed_process(args: list[str], env: dict[str, str]) -> Run:
    """Wall seconds from start to exit, CPU seconds (user + system) and memory of one
    process."""
    samples: list[float] = []
    peak = [0.0]
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=out)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                found = _status(proc.pid)
                if "VmRSS" in found:
                    samples.append(found["VmRSS"])
                    peak[0] = max(peak[0], found.get("VmHWM", 0.0))
                done.wait(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            out.seek(0)
            raise SystemExit(f"{args[0]} failed ({proc.returncode}): {out.read()[-2000:]!r}")
    # the last samples may be of the exiting interpreter; the peak is the high-water mark
    return Run(wall, usage.ru_utime + usage.ru_stime, peak[0], samples)


def published(home: Home) -> int:
    conn = sqlite3.connect(home.database_path)
    try:
        return conn.execute("SELECT count(*) FROM deliveries WHERE state='published'").fetchone()[0]
    finally:
        conn.close()


def filesystem_of(path: Path) -> str:
    """The type of the filesystem holding ``path`` (from /proc/mounts)."""
    best, kind = "", "?"
    target = str(path.resolve())
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                mount = parts[1]
                if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(
                    mount
                ) > len(best):
                    best, kind = mount, parts[2]
    except OSError:
        pass
    return kind


def count_bookkeeping(template: Home, root: Path) -> tuple[int, Counter[str], int]:
    """One flush run in this process with a statement trace on every SQLite connection it
    opens: deliveries published, statements by their first word, and commits."""
    home = copy_home(template, root)
    seen: Counter[str] = Counter()
    lock = threading.Lock()
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):  # noqa: ANN002, ANN003 - sqlite3.connect's own signature
        conn = real_connect(*args, **kwargs)

        def trace(sql: str) -> None:
            word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
            with lock:
                seen[word] += 1

        conn.set_trace_callback(trace)
        return conn

    from medsocial_tui.publishing import flush

    sqlite3.connect = traced  # type: ignore[assignment]
    try:
        practice = open_practice(home, extra_plugins=(reference,))
        seen.clear()  # what opening costs is paid once per run, not per delivery
        try:
            report = asyncio.run(flush.run(practice, keep=False))
        finally:
            practice.close()
    finally:
        sqlite3.connect = real_connect  # type: ignore[assignment]
    return report.counts().get("published", 0), seen, report.db_transactions


def _ms(seconds: float, n: int) -> str:
    return f"{seconds / n * 1000:6.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--latency", type=float, default=0.025)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--count", type=int, default=400, help="deliveries of the statement-counting run (0: none)"
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="a checkout of another revision whose flush runs in the same rounds (before/after)",
    )
    args = parser.parse_args()
    slots = ReferenceChannel.max_concurrency
    medsocial = str(Path(sys.executable).parent / "medsocial")
    results: list[tuple[int, list[Run], list[Run]]] = []
    against = str(args.against.resolve()) if args.against else None
    with ReferenceNetwork() as network, tempfile.TemporaryDirectory() as tmp:
        site = entry_point_site(Path(tmp) / "site")
        network.inject(Fault.latency(args.latency), method="POST", times=10**9)
        print(
            f"{ACCOUNTS} accounts, {args.latency * 1000:.0f} ms latency, {slots} in flight per "
            f"account; journal {journal_mode()}, synchronous=FULL; homes "
            f"on {filesystem_of(Path(tmp))} ({tmp}); median of {args.rounds} rounds, interleaved",
            flush=True,
        )
        empty = build_home(Path(tmp) / "empty", network.base_url, 0)
        # a person's environment (no PYTHONDONTWRITEBYTECODE: flush starts from its bytecode
        # caches, as installed, like httpx beside it), for both processes
        env = user_env(
            {
                "MEDSOCIAL_HOME": str(empty.root),
                "MEDSOCIAL_USER": "bench",
                "PYTHONPATH": python_path(site),
            }
        )
        if against is not None:  # its bytecode caches written before anything is timed
            timed_process(
                [medsocial, "flush"],
                env | {"PYTHONPATH": os.pathsep.join((str(site), against))},
            )
        idle: list[tuple[Run, Run]] = [
            (
                timed_process([medsocial, "flush"], env),
                timed_process([sys.executable, "-c", BARE_START], env),
            )
            for _ in range(max(3, args.rounds))
        ]
        start = (
            statistics.median(f.wall for f, _ in idle) - statistics.median(b.wall for _, b in idle),
            statistics.median(f.cpu for f, _ in idle) - statistics.median(b.cpu for _, b in idle),
        )
        print(
            f"start-up         flush with nothing due {statistics.median(f.wall for f, _ in idle):.2f}"
            f" s wall, {statistics.median(f.cpu for f, _ in idle):.2f} s CPU; bare start"
            f" {statistics.median(b.wall for _, b in idle):.2f} s wall,"
            f" {statistics.median(b.cpu for _, b in idle):.2f} s CPU",
            flush=True,
        )
        for size in args.deliveries:
            posts = size // ACCOUNTS
            total = posts * ACCOUNTS
            template = build_home(Path(tmp) / f"template{total}", network.base_url, posts)
            bare_runs: list[Run] = []
            flush_runs: list[Run] = []
            against_runs: list[Run] = []
            for round_no in range(args.rounds):
                home = copy_home(template, Path(tmp) / f"home{total}-{round_no}")
                env = user_env(
                    {
                        "MEDSOCIAL_HOME": str(home.root),
                        "MEDSOCIAL_USER": "bench",
                        "PYTHONPATH": python_path(site),
                    }
                )
                other = None
                if against is not None:
                    other = copy_home(template, Path(tmp) / f"against{total}-{round_no}")
                    other_env = user_env(
                        {
                            "MEDSOCIAL_HOME": str(other.root),
                            "MEDSOCIAL_USER": "bench",
                            "PYTHONPATH": os.pathsep.join((str(site), against)),
                        }
                    )
                bare = [
                    sys.executable,
                    "-c",
                    BARE,
                    network.base_url,
                    str(posts),
                    str(ACCOUNTS),
                    str(slots),
                    f"{total}r{round_no}",
                ]
                order = ["bare", "flush"] + (["against"] if other is not None else [])
                turn = round_no % len(order)
                for which in order[turn:] + order[:turn]:
                    if which == "bare":
                        bare_runs.append(timed_process(bare, env))
                    elif which == "flush":
                        # the console script, started as cron starts it
                        flush_runs.append(timed_process([medsocial, "flush"], env))
                    else:
                        against_runs.append(timed_process([medsocial, "flush"], other_env))
                for each in (home, other):
                    if each is not None and published(each) != total:
                        raise SystemExit(f"flush published {published(each)} of {total}")
                    if each is not None:
                        shutil.rmtree(each.root)
            shutil.rmtree(template.root)
            results.append((total, bare_runs, flush_runs))
            report_size(total, bare_runs, flush_runs, start)
            if against_runs:
                report_against(bare_runs, flush_runs, against_runs)
        if network.duplicates():
            raise SystemExit(f"duplicates on the server: {len(network.duplicates())}")
        if len(results) > 1:
            first, last = results[0], results[-1]
            grow = statistics.median(r.peak_mb for r in last[2]) - statistics.median(
                r.peak_mb for r in first[2]
            )
            bare_grow = statistics.median(r.peak_mb for r in last[1]) - statistics.median(
                r.peak_mb for r in first[1]
            )
            print(
                f"memory           flush peak grows {grow:+.1f} MB from {first[0]} to {last[0]}"
                f" deliveries (bare loop {bare_grow:+.1f} MB); target: flat"
            )
        if args.count:
            posts = max(1, args.count // ACCOUNTS)
            template = build_home(Path(tmp) / "count-template", network.base_url, posts)
            done, seen, commits = count_bookkeeping(template, Path(tmp) / "count-home")
            n = max(1, done)
            statements = sum(seen.values())
            kinds = ", ".join(f"{word} {count / n:.2f}" for word, count in seen.most_common(8))
            print(
                f"database work    {statements / n:.2f} statements and {commits / n:.3f} commits"
                f" per delivery over {done} deliveries ({kinds})"
            )


def report_size(
    total: int, bare_runs: list[Run], flush_runs: list[Run], start: tuple[float, float]
) -> None:
    """One size's figures; ``start`` is what flush's start-up costs beyond the bare loop's
    (wall, CPU seconds), paid once a run whatever is due."""

    def med(runs: list[Run], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in runs)

    bare, ours = med(bare_runs, "wall"), med(flush_runs, "wall")
    bare_cpu, ours_cpu = med(bare_runs, "cpu"), med(flush_runs, "cpu")
    bare_mb, ours_mb = med(bare_runs, "peak_mb"), med(flush_runs, "peak_mb")
    ratio = ours / bare
    quarters = [
        statistics.median(q) for q in zip(*(r.quarters() for r in flush_runs), strict=False)
    ]
    print(f"-- {total} deliveries")
    print(
        f"bare httpx       {bare:7.2f} s wall  {bare_cpu:6.2f} s CPU  {bare_mb:6.1f} MB peak   "
        f"(wall {', '.join(f'{r.wall:.2f}' for r in bare_runs)})"
    )
    print(
        f"medsocial flush  {ours:7.2f} s wall  {ours_cpu:6.2f} s CPU  {ours_mb:6.1f} MB peak   "
        f"(wall {', '.join(f'{r.wall:.2f}' for r in flush_runs)})"
    )
    print(
        f"ratio            {ratio:7.2f} x wall  {ours_cpu / bare_cpu:6.2f} x CPU   "
        f"(target <= {TARGET} x wall) {'OK' if ratio <= TARGET else 'ABOVE TARGET'}; per round "
        + ", ".join(f"{f.wall / b.wall:.2f}" for f, b in zip(flush_runs, bare_runs, strict=True))
    )
    print(
        f"per delivery     bare {_ms(bare, total)} ms wall, {_ms(bare_cpu, total)} ms CPU;"
        f" flush bookkeeping beyond it {_ms(ours - bare, total)} ms wall,"
        f" {_ms(ours_cpu - bare_cpu, total)} ms CPU; beyond start-up"
        f" {_ms(ours - bare - start[0], total)} ms wall, {_ms(ours_cpu - bare_cpu - start[1], total)}"
        " ms CPU"
    )
    print(
        "flush memory     resident at each quarter of the run: "
        + " / ".join(f"{mb:.1f}" for mb in quarters)
        + " MB",
        flush=True,
    )


def report_against(bare_runs: list[Run], flush_runs: list[Run], against_runs: list[Run]) -> None:
    """The other revision's flush beside this one's, from the same rounds: each round's
    ratios to its bare loop, and medians."""

    def med(runs: list[Run], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in runs)

    def per_round(runs: list[Run]) -> list[float]:
        return [r.wall / b.wall for r, b in zip(runs, bare_runs, strict=True)]

    print(
        f"--against flush  {med(against_runs, 'wall'):7.2f} s wall  "
        f"{med(against_runs, 'cpu'):6.2f} s CPU  {med(against_runs, 'peak_mb'):6.1f} MB peak   "
        f"(wall {', '.join(f'{r.wall:.2f}' for r in against_runs)})"
    )
    ours, theirs = per_round(flush_runs), per_round(against_runs)
    print(
        f"per round        this / bare {', '.join(f'{x:.3f}' for x in ours)}"
        f" (median {statistics.median(ours):.3f});"
        f" against / bare {', '.join(f'{x:.3f}' for x in theirs)}"
        f" (median {statistics.median(theirs):.3f})"
    )
    print(
        f"this / against   {med(flush_runs, 'wall') / med(against_runs, 'wall'):7.3f} x wall"
        f"  {med(flush_runs, 'cpu') / med(against_runs, 'cpu'):6.3f} x CPU (medians);"
        " per round "
        + ", ".join(
            f"{r.wall / a.wall:.3f}" for r, a in zip(flush_runs, against_runs, strict=True)
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
