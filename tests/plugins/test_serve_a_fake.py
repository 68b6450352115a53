"""A plugin's fake served on its own (docs/plugins.md, "Try it in a practice"): a real
process on a loopback port, misbehaving as asked, printing what arrives."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import httpx

REFERENCE = "medsocial_tui.testing.reference:ReferenceNetwork"


def serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "medsocial_tui.testing.serve", REFERENCE, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_fake_answers_at_the_printed_address_with_the_fault_asked_for():
    process = serve("--port", "0", "--fault", "429", "--on", "POST:/v1/posts")
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        found = re.search(r'base_url = "(http://127\.0\.0\.1:\d+)"', first)
        assert found, first
        base_url = found.group(1)
        auth = {"authorization": "Bearer good-token"}
        limited = httpx.post(f"{base_url}/v1/posts", json={"text": "Hi"}, headers=auth)
        assert (limited.status_code, limited.headers["retry-after"]) == (429, "120")
        made = httpx.post(f"{base_url}/v1/posts", json={"text": "Hi"}, headers=auth)
        assert made.status_code in (200, 201)
        assert process.stdout.readline().strip() == "POST /v1/posts"
        assert process.stdout.readline().strip() == "POST /v1/posts"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0


def test_a_taken_port_is_said_in_words():
    first = serve("--port", "0")
    try:
        assert first.stdout is not None
        port = re.search(r":(\d+)\"", first.stdout.readline())
        assert port
        second = serve("--port", port.group(1))
        _out, err = second.communicate(timeout=20)
        assert second.returncode == 1
        assert f"cannot listen on 127.0.0.1:{port.group(1)}" in err and "--port another" in err
    finally:
        first.send_signal(signal.SIGINT)
        first.wait(timeout=20)


def test_a_fake_started_in_the_background_still_stops_on_sigint_and_sigterm():
    """A shell's background job (``serve … &``, a CI runner's step) starts with SIGINT
    ignored; the fake still stops on it, and on SIGTERM, and ends with 0."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        process = subprocess.Popen(
            [sys.executable, "-m", "medsocial_tui.testing.serve", REFERENCE, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW0108
        )
        try:
            assert process.stdout is not None
            assert "base_url" in process.stdout.readline()
        finally:
            process.send_signal(sig)
            assert process.wait(timeout=20) == 0
