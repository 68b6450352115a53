"""Plumbing the plugins' loopback fakes share (a fake is a
:class:`~medsocial_tui.testing.fakeapi.FakeAPI` that answers as its network documents).
Nothing here knows a network: each fake passes its own checks, words and shapes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from medsocial_tui.channel import Media
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


def oauth_refused(error: str, description: str, status: int = 400) -> Reply:
    """An OAuth 2 token endpoint's refusal (RFC 6749 §5.2): ``invalid_grant`` for a refresh
    token that expired or was revoked, ``invalid_client`` for a wrong client secret."""
    return Reply(status, {"error": error, "error_description": description})


def oauth_token(access_token: str, expires_in: int, scope: str, **more: Any) -> Reply:
    """An OAuth 2 token endpoint's answer (RFC 6749 §5.1): a bearer ``access_token`` good for
    ``expires_in`` seconds, with whatever else the network adds (``refresh_token``, …)."""
    return Reply(
        200,
        {
            "access_token": access_token,
            "expires_in": expires_in,
            **more,
            "scope": scope,
            "token_type": "Bearer",
        },
    )


def utc_millis(moment: datetime | None = None) -> str:
    """``moment`` (default: now) as many JSON APIs write a time: ISO 8601 in UTC with
    milliseconds and a ``Z`` (``2026-03-01T09:30:00.123Z``)."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


Made = TypeVar("Made")


def configured(make: Callable[[], Made], **settings: Any) -> Callable[[], Made]:
    """A factory of what ``make`` makes with ``settings`` set on it, for a contract kit:
    ``make_fake=configured(FakeAcme, page_cap=5)`` (small pages, so paging is exercised),
    ``make_channel=configured(Acme, poll_seconds=0)`` (no real waits)."""

    def made() -> Made:
        thing = make()
        for name, value in settings.items():
            setattr(thing, name, value)
        return thing

    return made


Read = TypeVar("Read")


def read_upload(data: bytes, read: Callable[[Media], Read]) -> Read:
    """What ``read`` (``kit.media_dimensions``, ``kit.media_duration``) says of ``data``, a
    file a fake received, written to a temporary folder for it to read."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "upload"
        path.write_bytes(data)
        return read(Media(path))


def tiny_mp4(seconds: float, *, payload: bytes = b"v" * 3000, moov_last: bool = False) -> bytes:
    """The bytes of a minimal MP4 lasting ``seconds`` (an ``ftyp``, a ``moov`` holding only
    its ``mvhd``, and ``payload`` as ``mdat``), for fakes and tests that check a video's
    length; ``moov_last`` puts the header after the media data, as many encoders do."""

    def box(kind: bytes, body: bytes) -> bytes:
        return (8 + len(body)).to_bytes(4, "big") + kind + body

    timescale = 1000
    mvhd = bytes(4) + bytes(8) + timescale.to_bytes(4, "big")
    mvhd += int(seconds * timescale).to_bytes(4, "big") + bytes(80)
    ftyp = box(b"ftyp", b"mp42" + bytes(4) + b"mp42isom")
    moov = box(b"moov", box(b"mvhd", mvhd))
    mdat = box(b"mdat", payload)
    return ftyp + (mdat + moov if moov_last else moov + mdat)
