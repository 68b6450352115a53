"""Plumbing the plugins' loopback fakes share (a fake is a
:class:`~medsocial_tui.testing.fakeapi.FakeAPI` that answers as its network documents).
Nothing here knows a network: each fake passes its own checks, words and shapes."""

from __future__ import annotations

from collections.abc import Callable

from medsocial_tui.testing.fakeapi import FakeAPI, Handler, RecordedRequest, Reply

Gate = Callable[[RecordedRequest], Reply | None]
"""A fake's check of what every request of an API must carry (a valid token, a version
header): the network's refusal, or None to let the request through."""


def behind(gate: Gate, handler: Handler) -> Handler:
    """``handler`` served only when ``gate`` lets the request through; otherwise the gate's
    refusal, as the network checks credentials before it reads anything else."""

    def serve(request: RecordedRequest) -> Reply:
        return gate(request) or handler(request)

    return serve


def routes_behind(fake: FakeAPI, gate: Gate) -> Callable[[str, str, Handler], None]:
    """Register ``fake``'s routes behind ``gate``::

    api = routes_behind(self, self._refused)
    api("GET", r"/rest/posts", self._list)
    """

    def register(method: str, pattern: str, handler: Handler) -> None:
        fake.route(method, pattern)(behind(gate, handler))

    return register
