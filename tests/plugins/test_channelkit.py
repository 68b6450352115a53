"""The helpers every channel plugin shares (medsocial_tui.channelkit): answers mapped to the
core's error kinds in the network's words without credentials, transport trouble noted
quietly, special hours merged, and media streamed from disk with flat memory."""

from __future__ import annotations

import ast
import asyncio
import hashlib
import json
import re
import threading
import tracemalloc
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from medsocial_tui.channel import (
    AuthExpired,
    Capability,
    Draft,
    Media,
    OutcomeUnknown,
    Rejected,
    RetryLater,
    SpecialHours,
)
from medsocial_tui.channelkit import (
    FileBytes,
    Network,
    Page,
    Watermark,
    account_health,
    can,
    file_part,
    media_dimensions,
    media_frames,
    media_size,
    merge_special_hours,
    message_of,
    read_newer,
    still_unknown,
)
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, Reply, multipart_fields

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "tok-SECRET-123456"
ACME = Network("Acme", reset_header="x-rate-limit-reset")


def answer(status: int, body: object = None, *, headers: dict | None = None, text: str = ""):
    request = httpx.Request(
        "POST", "https://api.acme.test/v1/posts", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    if body is not None:
        return httpx.Response(status, json=body, headers=headers, request=request)
    return httpx.Response(
        status, text=text, headers={"content-type": "text/html", **(headers or {})}, request=request
    )


# Answers to error kinds


def test_a_rate_limit_comes_back_when_the_networks_reset_header_says():
    reset = int(datetime(2031, 5, 1, 12, 30, tzinfo=UTC).timestamp())
    with pytest.raises(RetryLater) as caught:
        ACME.raise_for_status(
            answer(429, {"message": "slow down"}, headers={"x-rate-limit-reset": str(reset)}),
            creates=True,
        )
    assert caught.value.retry_at == datetime(2031, 5, 1, 12, 30, tzinfo=UTC)
    assert caught.value.message == "Acme rate limit: slow down (HTTP 429); it resets at 12:30 UTC"


def test_a_rate_limit_reads_retry_after_and_an_iso_reset_time():
    before = datetime.now(UTC)
    with pytest.raises(RetryLater) as caught:
        ACME.raise_for_status(answer(429, {}, headers={"retry-after": "120"}), creates=False)
    assert caught.value.retry_at is not None
    assert timedelta(seconds=100) < caught.value.retry_at - before < timedelta(seconds=200)
    mastodon = Network("Mastodon", reset_header="x-ratelimit-reset")
    with pytest.raises(RetryLater) as caught:
        mastodon.raise_for_status(
            answer(429, {}, headers={"x-ratelimit-reset": "2031-05-01T10:00:00.000Z"}),
            creates=False,
        )
    assert caught.value.retry_at == datetime(2031, 5, 1, 10, 0, tzinfo=UTC)


def test_a_rate_limit_that_says_nothing_waits_the_networks_own_pause():
    patient = Network("Acme", rate_wait=timedelta(hours=1))
    with pytest.raises(RetryLater) as caught:
        patient.raise_for_status(answer(429, {}), creates=False)
    assert caught.value.retry_at is not None
    assert caught.value.retry_at - datetime.now(UTC) > timedelta(minutes=59)


@pytest.mark.parametrize(
    ("status", "body", "creates", "kind", "words"),
    [
        (401, {"message": "token expired"}, False, AuthExpired, "Acme refused the credentials"),
        (422, {"message": "text too long"}, True, Rejected, "Acme said no: text too long"),
        (403, None, True, Rejected, "check the account's base_url"),
        (502, None, True, OutcomeUnknown, "Acme answered HTTP 502 with a text/html body"),
        (503, {"message": "busy"}, False, RetryLater, "nothing was posted yet"),
        (302, None, True, OutcomeUnknown, "Acme answered HTTP 302"),
    ],
)
def test_each_status_becomes_the_core_error_kind(status, body, creates, kind, words):
    with pytest.raises(kind) as caught:
        ACME.raise_for_status(answer(status, body, text="<html>proxy</html>"), creates=creates)
    assert type(caught.value) is kind
    assert words in caught.value.message


def test_a_good_answer_passes():
    ACME.raise_for_status(answer(201, {"id": "1"}), creates=True)
    assert ACME.object(answer(200, {"id": "1"}), creates=True) == {"id": "1"}


def test_error_codes_in_a_200_body_say_what_happened():
    coded = Network(
        "Coded",
        said=lambda body: f"{body['error']['message']} ({body['error']['code']})",
        kind=lambda body: "rate" if body["error"]["code"] == "rate_limit_exceeded" else "auth",
    )
    with pytest.raises(
        RetryLater, match=r"Coded rate limit: wait \(rate_limit_exceeded, HTTP 200\)"
    ):
        coded.raise_for_status(
            answer(200, {"error": {"code": "rate_limit_exceeded", "message": "wait"}}),
            creates=False,
        )
    with pytest.raises(AuthExpired):
        coded.raise_for_status(
            answer(200, {"error": {"code": "access_token_invalid", "message": "no"}}),
            creates=False,
        )


def test_an_html_page_instead_of_json_names_the_network_and_the_status():
    with pytest.raises(OutcomeUnknown) as caught:
        ACME.json(answer(200, text="<html>captive portal</html>"), creates=True)
    assert caught.value.message == (
        "Acme answered HTTP 200 with a text/html body instead of the API's answer"
    )
    with pytest.raises(RetryLater, match="Acme answered HTTP 200 .*; nothing was posted yet"):
        ACME.object(answer(200, ["not", "an", "object"]), creates=False)


def test_credentials_the_network_quotes_back_are_hidden():
    body = {"message": f"bad token {TOKEN} for access_token={TOKEN}"}
    with pytest.raises(AuthExpired) as caught:
        ACME.raise_for_status(answer(401, body), creates=False)
    assert TOKEN not in caught.value.message
    assert "[hidden]" in caught.value.message


def test_an_error_body_of_an_odd_shape_is_described_not_crashed_on():
    picky = Network("Picky", said=lambda body: body["error"]["message"])
    with pytest.raises(Rejected, match="Picky said no: HTTP 400 with an application/json body"):
        picky.raise_for_status(answer(400, ["odd"]), creates=False)


def test_message_of_reads_the_usual_places():
    assert message_of({"detail": "Not found"}) == "Not found"
    assert message_of({"error": "invalid_grant", "error_description": "expired"}) == "expired"
    assert message_of({"error": {"code": 1}}) is None
    assert message_of("text") is None


# Transport trouble


async def test_quietly_turns_a_lost_answer_into_try_later_naming_the_step():
    async def lost() -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    with pytest.raises(RetryLater) as caught:
        await ACME.quietly(lost(), "uploading an image")
    assert caught.value.message == "no answer from Acme while uploading an image (ReadTimeout)"


async def test_sending_the_create_lets_a_refused_connection_through_and_flags_a_lost_answer():
    async def refused() -> httpx.Response:
        raise httpx.ConnectError("refused")

    async def lost() -> httpx.Response:
        raise httpx.RemoteProtocolError("reset")

    with pytest.raises(httpx.ConnectError):
        await ACME.sending(refused(), creates=True)
    with pytest.raises(OutcomeUnknown, match="no answer from Acme"):
        await ACME.sending(lost(), creates=True)
    with pytest.raises(RetryLater, match="nothing was posted yet"):
        await ACME.sending(lost(), "reading the page", creates=False)


async def test_a_check_that_cannot_answer_now_leaves_the_outcome_unknown_in_the_same_words():
    """``find_existing``/``find_reply`` reads: "try later" becomes an unknown outcome; a
    refusal, refused credentials or an answer stay what they were."""

    async def read(answer_of: httpx.Response) -> dict:
        with still_unknown():
            return ACME.object(answer_of, creates=False)

    with pytest.raises(OutcomeUnknown) as caught:
        await read(answer(503, text="<html>busy</html>"))
    assert type(caught.value) is OutcomeUnknown
    assert caught.value.message.startswith("Acme answered HTTP 503 with a text/html body")
    with pytest.raises(OutcomeUnknown, match="Acme rate limit"):
        await read(answer(429, {"message": "slow down"}))
    with pytest.raises(Rejected):
        await read(answer(404, {"message": "no such post"}))
    with pytest.raises(AuthExpired):
        await read(answer(401, {"message": "bad token"}))
    assert await read(answer(200, {"id": "7"})) == {"id": "7"}


def test_a_medias_size_and_dimensions_come_from_the_draft_else_the_file(tmp_path):
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (30, 20)).save(photo)
    garbage, missing = tmp_path / "cut.png", tmp_path / "gone.png"
    garbage.write_bytes(b"\x89PNG not really")
    assert media_size(Media(photo)) == photo.stat().st_size
    assert media_size(Media(photo, size_bytes=7)) == 7
    assert media_size(Media(missing)) is None
    assert media_dimensions(Media(photo)) == (30, 20)
    assert media_dimensions(Media(missing, width=4, height=3)) == (4, 3)
    assert media_dimensions(Media(garbage)) is None
    assert media_dimensions(Media(missing)) is None
    assert media_dimensions(Media(tmp_path)) is None
    assert media_frames(Media(photo)) == 1
    assert media_frames(Media(garbage)) is None
    assert media_frames(Media(missing)) is None
    animated = tmp_path / "wave.gif"
    frames = [Image.new("RGB", (4, 4), "#fff" if n % 2 else "#000") for n in range(3)]
    frames[0].save(animated, save_all=True, append_images=frames[1:])
    assert media_frames(Media(animated)) == 3


def test_an_images_dimensions_are_as_shown_after_its_exif_orientation(tmp_path):
    """A phone photo stored on its side (orientation 6) is shown upright: a network checks
    that shape (Instagram's 4:5 to 1.91:1, Bluesky's aspectRatio), not the stored one."""
    from PIL import Image

    sideways, upright = tmp_path / "sideways.jpg", tmp_path / "upright.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (40, 30)).save(sideways, exif=exif)
    Image.new("RGB", (40, 30)).save(upright)
    assert media_dimensions(Media(sideways)) == (30, 40)
    assert media_dimensions(Media(upright)) == (40, 30)


# Special hours


def test_special_hours_replace_the_named_days_and_keep_the_rest():
    day = date(2031, 12, 24)
    current = [
        {"d": "2031-12-31", "closed": True},
        {"d": "2031-12-24", "closed": True},
        {"d": "2031-12-26", "closed": True},
    ]
    merge = merge_special_hours(
        current,
        [SpecialHours(day, closed=False, opens="09:00", closes="12:00")],
        remove=[date(2031, 12, 26)],
        day_of=lambda item: date.fromisoformat(item["d"]),
        item_of=lambda h: {"d": h.day.isoformat(), "closed": h.closed, "opens": h.opens},
    )
    assert merge.previous == [{"d": "2031-12-24", "closed": True}]
    assert merge.merged == [
        {"d": "2031-12-24", "closed": False, "opens": "09:00"},
        {"d": "2031-12-31", "closed": True},
    ]
    assert merge.touched == {day, date(2031, 12, 26)}


def test_a_day_neither_closed_nor_timed_is_refused():
    with pytest.raises(Rejected, match="give opening and closing times"):
        merge_special_hours(
            [],
            [SpecialHours(date(2031, 1, 1), closed=False, opens="09:00")],
            day_of=lambda h: h.day,
            item_of=lambda h: h,
        )


# Streaming media


class _Sink(BaseHTTPRequestHandler):
    """Reads a request body in 64 KiB pieces and answers with its size and SHA-256, holding
    no more than one piece: the server's memory must not hide the client's."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        left = int(self.headers.get("Content-Length") or 0)
        digest = hashlib.sha256()
        size = 0
        while left:
            piece = self.rfile.read(min(65536, left))
            if not piece:
                break
            digest.update(piece)
            size += len(piece)
            left -= len(piece)
        body = json.dumps({"size": size, "sha256": digest.hexdigest()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def sink():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _big_file(path: Path, megabytes: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as handle:
        for index in range(megabytes):
            block = index.to_bytes(4, "big") * (1 << 18)
            digest.update(block)
            handle.write(block)
    return digest.hexdigest()


async def test_a_50_mb_upload_streams_from_disk_with_flat_memory(tmp_path, sink):
    video = tmp_path / "tour.mp4"
    expected = _big_file(video, 50)
    size = video.stat().st_size
    body = FileBytes(video)
    async with httpx.AsyncClient(timeout=60) as client:
        tracemalloc.start()
        try:
            response = await client.put(sink, content=body, headers=body.headers)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert response.json() == {"size": size, "sha256": expected}
    assert size == 50 * (1 << 20)
    assert peak < size // 10, f"peak {peak / 1e6:.1f} MB while sending {size / 1e6:.0f} MB"


async def test_the_event_loop_keeps_running_while_a_file_is_read(tmp_path, sink):
    video = tmp_path / "tour.mp4"
    _big_file(video, 8)
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    body = FileBytes(video, chunk_bytes=1 << 18)
    task = asyncio.create_task(ticker())
    async with httpx.AsyncClient(timeout=60) as client:
        await client.put(sink, content=body, headers=body.headers)
    done.set()
    await task
    assert ticks > 8 * 4, "the loop should run between the 32 reads done in worker threads"


async def test_a_slice_of_a_file_is_sent_exactly_and_can_be_sent_again(tmp_path, sink):
    data = bytes(range(256)) * 400
    path = tmp_path / "clip.bin"
    path.write_bytes(data)
    part = FileBytes(path, 1000, 60000, chunk_bytes=4096)
    async with httpx.AsyncClient(timeout=10) as client:
        first = await client.put(sink, content=part, headers=part.headers)
        again = await client.put(sink, content=part, headers=part.headers)
    wanted = {"size": 59000, "sha256": hashlib.sha256(data[1000:60000]).hexdigest()}
    assert first.json() == wanted == again.json()


async def test_a_multipart_upload_carries_its_fields_and_the_whole_file(tmp_path):
    image = tmp_path / 'x"y.png'
    image.write_bytes(b"\x89PNG" + bytes(3000))
    fake = FakeAPI()
    fake.route("POST", "/upload")(lambda request: Reply(200, multipart_fields(request)))
    with fake:
        body = file_part(image, name="file", mime="image/png", fields={"alt": "A smile"})
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(
                f"{fake.base_url}/upload", content=body, headers=body.headers
            )
    assert response.json() == {"alt": "A smile", "file": "<file 3004 bytes>"}
    (request,) = fake.requests
    assert int(request.headers["content-length"]) == len(request.body)
    assert b'filename="x%22y.png"' in request.body


# The fakes' own records (medsocial_tui.testing.fakeapi)


def test_a_fakes_state_lock_is_its_own_not_the_servers():
    """A handler that holds ``state_lock`` may still look at what arrived: five fakes kept
    their records under a lock they named like the server's own, which replaced it."""
    fake = FakeAPI()

    @fake.route("GET", r"/seen")
    def seen(request):
        with fake.state_lock:
            return Reply(200, {"seen": len(fake.calls("GET", r"/seen"))})

    with fake:
        response = httpx.get(f"{fake.base_url}/seen", timeout=2)
        assert fake.wait_idle(2)
    assert response.json() == {"seen": 1}


def test_a_fault_answers_the_networks_own_reply_and_handles_nothing():
    """``Fault.answer`` sends the error a fake built (status, body, rate-limit headers)
    instead of handling the request: nothing is created."""
    fake = FakeAPI()
    created: list[str] = []

    @fake.route("POST", r"/posts")
    def create(request):
        created.append("post")
        return Reply(200, {"id": "1"})

    limited = Reply(429, {"message": "slow down", "code": 88}, {"x-rate-limit-reset": "1700"})
    fake.inject(Fault.answer(limited), path=r"/posts")
    with fake:
        refused = httpx.post(f"{fake.base_url}/posts", timeout=2)
        served = httpx.post(f"{fake.base_url}/posts", timeout=2)
        assert fake.wait_idle(2)
    assert refused.status_code == 429
    assert refused.json() == {"message": "slow down", "code": 88}
    assert refused.headers["x-rate-limit-reset"] == "1700"
    assert served.json() == {"id": "1"} and created == ["post"], "only the second was handled"


# Reading a newest-first listing down to the last fetch's mark


def _listing(times: list[str], per_page: int):
    """A newest-first listing of items ``n`` at ``times[n]`` (seconds past 10:00), paged by
    offset; ``asked`` records each cursor read."""
    items = [{"id": str(n), "at": f"2026-03-02T10:00:{t}Z"} for n, t in enumerate(times)]
    asked: list[object] = []

    async def read(cursor: object) -> Page:
        asked.append(cursor)
        start = int(cursor or 0)
        following = start + per_page if start + per_page < len(items) else None
        return Page(items[start : start + per_page], following)

    return read, asked


async def test_read_newer_stops_on_the_page_that_goes_below_the_mark():
    read, asked = _listing(["50", "40", "40", "30", "20", "10", "05"], per_page=2)
    mark = Watermark(datetime(2026, 3, 2, 10, 0, 40, tzinfo=UTC), frozenset({"1"}))
    unread = await read_newer(read, mark, time_of=lambda i: i["at"], id_of=lambda i: i["id"])
    assert [u.id for u in unread] == ["0", "2"]
    assert asked == [None, 2], "the page holding 10:00:30 is the last one read"
    later = mark.after((u.at, u.id) for u in unread)
    assert later.at == datetime(2026, 3, 2, 10, 0, 50, tzinfo=UTC) and later.ids == {"0"}


async def test_read_newer_passes_over_items_without_a_time_and_stops_after_max_pages():
    read, asked = _listing(["50", "xx", "40", "30", "20"], per_page=1)
    unread = await read_newer(
        read, Watermark(), time_of=lambda i: i["at"], id_of=lambda i: i["id"], max_pages=3
    )
    assert [u.id for u in unread] == ["0", "2"]
    assert asked == [None, 1, 2]


async def test_account_health_words_a_good_read_and_the_error_of_a_failed_one():
    async def me() -> dict[str, str]:
        return {"handle": "maple"}

    async def refused() -> dict[str, str]:
        raise AuthExpired("Acme refused the token (HTTP 401)")

    async def lost() -> dict[str, str]:
        raise OutcomeUnknown("no answer from Acme")

    good = await account_health(me(), lambda body: f"signed in as @{body['handle']}")
    assert (good.ok, good.message) == (True, "signed in as @maple")
    bad = await account_health(refused(), lambda body: "never asked")
    assert (bad.ok, bad.message) == (False, "Acme refused the token (HTTP 401)")
    with pytest.raises(OutcomeUnknown):
        await account_health(lost(), lambda body: "never asked")
    lost_too = await account_health(lost(), str, failing=(OutcomeUnknown,))
    assert (lost_too.ok, lost_too.message) == (False, "no answer from Acme")


# A plugin imports one module: ``from medsocial_tui import channelkit as kit``


def test_the_kit_carries_the_whole_channel_contract_and_names_all_it_gives():
    """``kit.Account`` is ``channel.Account``, for every class and table of the contract, so a
    plugin needs no second import; ``__all__`` lists those and every helper the kit defines."""
    import medsocial_tui.channel as contract
    import medsocial_tui.channelkit as kit

    def public(module: object, *, tables: bool) -> set[str]:
        return {
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and not isinstance(value, TypeVar)
            and (
                getattr(value, "__module__", None) == getattr(module, "__name__", "")
                or (tables and isinstance(value, frozenset | dict))
            )
        }

    contract_names = public(contract, tables=True)
    assert {"Account", "Channel", "Rejected", "ACTIVITY_KINDS"} <= contract_names
    assert sorted(n for n in contract_names if getattr(kit, n, None) is not vars(contract)[n]) == []
    assert sorted(contract_names - set(kit.__all__)) == []
    assert sorted(public(kit, tables=False) - set(kit.__all__)) == []
    assert sorted(n for n in kit.__all__ if not hasattr(kit, n)) == []


# No plugin keeps its own copy of a shared helper


class _Blank(ast.NodeTransformer):
    """Words differ between copies ("no answer from X", "… from LinkedIn"): blank them."""

    def visit_Constant(self, node: ast.Constant) -> ast.Constant:  # noqa: N802 - ast's naming
        return ast.Constant("") if isinstance(node.value, str) else node


def _declares_an_account(body: list[ast.stmt]) -> bool:
    """A fake's ``account_for``: ``return kit.Account(...)`` with the network's own id, names
    and credentials; a declaration, like a channel's class attributes, not a helper."""
    [only, *rest] = body
    return (
        not rest
        and isinstance(only, ast.Return)
        and isinstance(only.value, ast.Call)
        and ast.unparse(only.value.func) in ("Account", "kit.Account")
    )


def _plugin_functions(shortest: int = 2) -> dict[str, list[str]]:
    """Each function of ``shortest`` or more lines in the plugins' own code, their fakes, and
    the helpers and fixtures of their tests (not the tests themselves, which may share a
    shape), by its body with docstring and words left out."""
    found: dict[str, list[str]] = defaultdict(list)
    sources = [
        *ROOT.glob("plugins/*/medsocial_*/*.py"),
        *ROOT.glob("docs/plugin-template/*/*.py"),
        *ROOT.glob("plugins/*/tests/*.py"),
    ]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if path.parent.name == "tests" and node.name.startswith("test_"):
                continue
            body = node.body[1:] if ast.get_docstring(node) else node.body
            if not body or (body[-1].end_lineno or 0) - body[0].lineno + 1 < shortest:
                continue
            if _declares_an_account(body):
                continue
            shape = ast.dump(_Blank().visit(ast.Module(body=body, type_ignores=[])))
            found[shape].append(f"{path.relative_to(ROOT)}:{node.name}")
    return found


def test_no_helper_is_copied_across_plugins():
    """Nor inside one plugin (Facebook's and Instagram's comment readers were one walk), nor
    in their fakes (shared plumbing is in medsocial_tui.testing.fakes), nor in their tests
    (the fixtures and ``publish`` are in medsocial_tui.testing.channel_tests)."""
    copies = [places for places in _plugin_functions().values() if len(places) > 1]
    assert not copies, (
        f"the same function twice (move it to channelkit or testing.channel_tests): {copies}"
    )


def test_no_one_line_helper_is_copied_across_plugins():
    """A one-line helper too ("a media's type, given or guessed", "the token as a bearer
    header"): one plugin may wrap its own calls alike, two plugins share channelkit's."""

    def plugin(place: str) -> str:
        return place.split("/")[1]

    copies = [
        places
        for places in _plugin_functions(shortest=1).values()
        if len({plugin(p) for p in places}) > 1
    ]
    assert not copies, f"the same one-line function in two plugins (use channelkit): {copies}"


RESPELT = {
    r"raise kit\.OutcomeUnknown\(exc\.message\)": "with kit.still_unknown():",
    r"Image\.open\(": "kit.media_dimensions(media)",
    r"\.stat\(\)\.st_size if": "kit.media_size(media)",
    r"self\._lock = ": "the fake's state_lock (self._lock is the server's own)",
}
"""Rules the kit keeps, as a plugin would spell them again, and what to use instead."""


def test_no_plugin_spells_again_a_rule_the_kit_keeps():
    sources = [
        *ROOT.glob("plugins/*/medsocial_*/*.py"),
        *ROOT.glob("docs/plugin-template/*/*.py"),
    ]
    found = [
        f"{path.relative_to(ROOT)}:{n}: use {instead}"
        for path in sources
        for n, line in enumerate(path.read_text().splitlines(), 1)
        for pattern, instead in RESPELT.items()
        if re.search(pattern, line)
    ]
    assert not found, found


def test_no_plugin_repeats_the_cores_alt_text_rule():
    """A channel whose limits say its network shows alt text leaves an image without one to
    the core, which refuses it in the compose preview and on submit (``Limits.alt_text``):
    four plugins once warned about it too, in their own words, beside the core's refusal."""
    from medsocial_tui.plugin_host import load_plugins

    image = Media(
        Path("waiting-room.png"), mime_type="image/png", width=800, height=600, size_bytes=2000
    )
    draft = Draft("Our new waiting room.", (image,))
    host = load_plugins()
    showing = [name for name in sorted(host.channels) if host.channels[name].limits().alt_text]
    assert "mastodon" in showing
    repeated = {
        name: words
        for name in showing
        if (
            words := [
                p.message
                for p in host.channels[name].validate(draft)
                if "alt text" in p.message.lower()
            ]
        )
    }
    assert repeated == {}


def test_can_names_capabilities_and_refuses_a_misspelt_one():
    assert can("publish", "special_hours") == {Capability.PUBLISH, Capability.SPECIAL_HOURS}
    with pytest.raises(ValueError, match="not a capability: publsh"):
        can("publsh", "delete")


@pytest.mark.parametrize("moov_last", [False, True], ids=["moov-first", "moov-last"])
def test_media_duration_reads_an_mp4s_header(tmp_path, moov_last):
    from medsocial_tui.channelkit import Media, media_duration
    from medsocial_tui.testing.fakes import tiny_mp4

    video = tmp_path / "tour.mp4"
    video.write_bytes(tiny_mp4(12.5, moov_last=moov_last))
    assert media_duration(Media(video)) == 12.5
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(b"\x00\x00\x00\x00not a video at all")
    assert media_duration(Media(garbage)) is None
    assert media_duration(Media(tmp_path / "missing.mp4")) is None


def test_the_first_send_is_kept_once_and_said_through_the_kit():
    from medsocial_tui import channelkit as kit

    claimed = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    saved: list[dict] = []
    request = kit.PublishRequest(
        delivery_id=1,
        attempt_id="a",
        idempotency_key="k",
        account=kit.Account(id="x", channel="x", name="@x", base_url="http://x"),
        draft=Draft(text="hi"),
        scheduled_at=None,
        claimed_at=claimed,
        checkpoint=saved.append,
    )
    assert not kit.was_sent(request)
    assert kit.first_send(request) == claimed
    kit.mark_first_send(request)
    assert kit.was_sent(request)
    first = kit.first_send(request)
    assert first != claimed and len(saved) == 1
    kit.mark_first_send(request)
    assert kit.first_send(request) == first and len(saved) == 1
