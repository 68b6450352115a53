"""The audit chain's cost with 100,000 events: writing a keyed event, a full verification
(`medsocial audit verify`, doctor), and the incremental one every flush runs from its sealed
checkpoint. Target: the incremental check with a flush's worth of new events (300) stays
under 20 ms, whatever the chain's length; the full one is the baseline it is compared with.

    .venv/bin/python benchmarks/audit_bench.py [--events 100000] [--new 300]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from medsocial_tui.records import audit
from medsocial_tui.store import open_store

TARGET_MS = 20.0


def _write_events(store, count: int, batch: int = 5000) -> float:
    """Seconds per event, written in batches of ``batch`` per transaction."""
    started = time.perf_counter()
    done = 0
    while done < count:
        with store.write() as db:
            for n in range(min(batch, count - done)):
                audit.record(db, "bench", "delivery.published", "delivery", done + n, kind="")
        done += min(batch, count - done)
    return (time.perf_counter() - started) / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "medsocial.db", create=True)
        per_event = _write_events(store, args.events)
        started = time.perf_counter()
        full = audit.verify(store.db)
        full_s = time.perf_counter() - started
        assert full.ok, full.in_words()
        with store.write() as db:
            audit.advance_checkpoint(db, full)
        _write_events(store, args.new)
        started = time.perf_counter()
        incremental = audit.verify(store.db, incremental=True)
        incremental_ms = (time.perf_counter() - started) * 1000
        assert incremental.ok and incremental.checked == args.new
        size = (Path(folder) / "medsocial.db").stat().st_size
        store.close()
    verdict = "ok" if incremental_ms <= TARGET_MS else "OVER TARGET"
    print(f"events in the chain        {args.events + args.new:>10,}")
    print(f"database size              {size / 1e6:>10.1f} MB")
    print(f"write one keyed event      {per_event * 1e6:>10.1f} µs (batched transactions)")
    print(f"full verify (baseline)     {full_s * 1000:>10.1f} ms")
    print(
        f"incremental verify         {incremental_ms:>10.1f} ms for {args.new} new events"
        f"  (target <= {TARGET_MS:.0f} ms: {verdict}; {full_s * 1000 / incremental_ms:.0f}x "
        "faster than full)"
    )


if __name__ == "__main__":
    main()
