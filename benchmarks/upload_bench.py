"""Memory and event-loop stalls while a plugin sends a large media file to a loopback
server: the file read whole (as the plugins did before issue 16) beside channelkit's
FileBytes (1 MB reads in worker threads). Prints the tracemalloc peak and the longest time
the event loop could not run, for a 200 MB file (512 MB is the largest a plugin accepts)."""

from __future__ import annotations

import asyncio
import hashlib
import sys
import tempfile
import threading
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from medsocial_tui.channelkit import FileBytes

MEGABYTES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
TARGET_PEAK_MB = 8


class Sink(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_PUT(self) -> None:  # noqa: N802
        left = int(self.headers.get("Content-Length") or 0)
        digest = hashlib.sha256()
        while left:
            piece = self.rfile.read(min(65536, left))
            if not piece:
                break
            digest.update(piece)
            left -= len(piece)
        body = digest.hexdigest().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


async def send(url: str, path: Path, streamed: bool) -> tuple[float, float, float]:
    """(peak MB, longest loop stall ms, seconds) for one upload."""
    stalls: list[float] = []
    done = asyncio.Event()

    async def watch() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            stalls.append(now - last - 0.005)
            last = now

    watcher = asyncio.create_task(watch())
    started = time.perf_counter()
    tracemalloc.start()
    async with httpx.AsyncClient(timeout=120) as client:
        if streamed:
            body = FileBytes(path)
            await client.put(url, content=body, headers=body.headers)
        else:
            await client.put(url, content=path.read_bytes())
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    seconds = time.perf_counter() - started
    done.set()
    await watcher
    return peak / 1e6, max(stalls, default=0) * 1000, seconds


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "video.mp4"
        with path.open("wb") as handle:
            for index in range(MEGABYTES):
                handle.write(index.to_bytes(4, "big") * (1 << 18))
        print(f"sending a {MEGABYTES} MB file to a loopback server")
        print(f"{'':28}{'peak memory':>14}{'longest stall':>16}{'time':>9}")
        for label, streamed in (("read whole (before)", False), ("FileBytes (now)", True)):
            peak, stall, seconds = asyncio.run(send(url, path, streamed))
            print(f"{label:28}{peak:>11.1f} MB{stall:>13.0f} ms{seconds:>8.2f}s")
        print(f"target: peak under {TARGET_PEAK_MB} MB whatever the file's size")
    server.shutdown()


if __name__ == "__main__":
    main()
