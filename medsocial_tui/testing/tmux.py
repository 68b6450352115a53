"""A person at a terminal, for end-to-end tests: one tmux session at 80x24 running a
command, driven by keystrokes and read from the screen (``send-keys``, ``capture-pane``)."""

from __future__ import annotations

import subprocess
import time


class TmuxTerminal:
    """One tmux session on its own server socket, running ``command`` with ``env`` set."""

    wait_seconds = 30.0
    """How long a screen may take to show what is waited for: a deadline, not a measure (the
    wait ends when the text appears; under a load of 18 on two cores the palette took over
    15 s)."""

    def __init__(self, name: str, socket: str, env: str, command: str) -> None:
        self.name = name
        self.socket = socket
        # The pane stays when the program ends, so a crash's last words can be read and a
        # wait can say the program is gone instead of failing on a vanished tmux server.
        self.tmux(
            "start-server",
            ";",
            "set-option",
            "-g",
            "remain-on-exit",
            "on",
            ";",
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "80",
            "-y",
            "24",
            f"env {env} {command}",
        )

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        ).stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), key)
            time.sleep(0.15)

    def burst(self, *keys: str) -> None:
        """``keys`` (tmux key names; a letter is its own name) in one write to the terminal,
        as a fast typist's keys reach the app over SSH: in one read."""
        self.tmux("send-keys", "-t", self.name, *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-t", self.name, "-p")

    def ended(self) -> str | None:
        """How the program ended (``exit status N`` once tmux has it), or None while it runs."""
        dead, status = self.tmux(
            "display-message", "-p", "-t", self.name, "#{pane_dead} #{pane_dead_status}"
        ).split(" ", 1)
        if dead != "1":
            return None
        return f"exit status {status.strip()}" if status.strip() else "ended"

    def _not_shown(self, wanted: str) -> AssertionError:
        ended = self.ended()
        gone = f" (the program is gone: {ended})" if ended else ""
        return AssertionError(f"{wanted} never appeared{gone}; the screen shows:\n{self.screen()}")

    def wait_for(self, text: str, seconds: float | None = None) -> str:
        deadline = time.monotonic() + (self.wait_seconds if seconds is None else seconds)
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            if self.ended():
                break
            time.sleep(0.2)
        raise self._not_shown(repr(text))

    def wait_for_all(self, *texts: str, seconds: float | None = None) -> str:
        """The first screen that shows every one of ``texts`` (a screen drawn in steps, such
        as compose's preview as accounts are ticked, shows some of them first)."""
        deadline = time.monotonic() + (self.wait_seconds if seconds is None else seconds)
        while time.monotonic() < deadline:
            shown = self.screen()
            if all(text in shown for text in texts):
                return shown
            if self.ended():
                break
            time.sleep(0.2)
        raise self._not_shown(f"{texts!r} (all)")


def kill_server(socket: str) -> None:
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
