"""A loopback HTTP server for testing channel plugins against a network's documented API.

It is a real HTTP server on 127.0.0.1 (threads, stdlib only), so plugins are tested with
the same httpx client they use in production. A fake network subclasses :class:`FakeAPI` or
adds routes, records every request, and can be told to misbehave for the next matching
requests: latency, a 429 with headers, a 5xx, a timeout *after* the request was handled, a
dropped connection, an HTML or garbage body, a 401.

    api = FakeAPI()

    @api.route("POST", r"/v1/posts")
    def create(request):
        return Reply(200, {"id": "1"})

    with api:
        api.inject(Fault.status(429, headers={"Retry-After": "30"}), path=r"/v1/posts")
        ...  # point an account's base_url at api.base_url
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, overload
from urllib.parse import parse_qs, urlsplit


@dataclass
class RecordedRequest:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    received_at: float
    match: re.Match[str] | None = None

    def part(self, group: int | str = 1) -> str:
        """A group of the route's pattern in this request's path (``/posts/(\\d+)``)."""
        if self.match is None:
            raise LookupError(f"{self.method} {self.path} reached no route with a pattern")
        value = self.match.group(group)
        if value is None:
            raise LookupError(f"the route's group {group!r} matched nothing in {self.path}")
        return value

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(self.body.decode("utf-8", "replace")).items()}

    @overload
    def arg(self, name: str, default: str) -> str: ...
    @overload
    def arg(self, name: str, default: None = None) -> str | None: ...

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else default

    @overload
    def param(self, name: str, default: str) -> str: ...
    @overload
    def param(self, name: str, default: None = None) -> str | None: ...

    def param(self, name: str, default: str | None = None) -> str | None:
        """A value from the query string, then a form body, then a JSON body."""
        found = self.arg(name)
        if found is not None:
            return found
        ctype = self.headers.get("content-type", "")
        if "application/x-www-form-urlencoded" in ctype:
            return self.form().get(name, default)
        if "json" in ctype:
            body = self.json()
            if isinstance(body, dict) and name in body:
                value = body[name]
                return value if isinstance(value, str) else json.dumps(value)
        if "multipart/form-data" in ctype:
            return multipart_fields(self).get(name, default)
        return default


@dataclass(frozen=True)
class FilePart:
    """A file part of a multipart/form-data body, as the network receives it."""

    filename: str
    content_type: str
    """As the part says it (empty when it says nothing)."""
    data: bytes


def _multipart(request: RecordedRequest) -> Iterator[tuple[str, bytes, bytes]]:
    """Each named part of a multipart/form-data body: its name, its headers, its content."""
    ctype = request.headers.get("content-type", "")
    boundary_match = re.search(r'boundary="?([^";]+)"?', ctype)
    if not boundary_match:
        return
    boundary = b"--" + boundary_match.group(1).encode()
    for part in request.body.split(boundary):
        head, _, content = part.partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]+)"', head)
        if name:
            yield name.group(1).decode(), head, content.rsplit(b"\r\n", 1)[0]


def multipart_fields(request: RecordedRequest) -> dict[str, str]:
    """Text fields of a multipart/form-data body (file parts are returned as their size)."""
    return {
        name: f"<file {len(content)} bytes>"
        if b"filename=" in head
        else content.decode("utf-8", "replace")
        for name, head, content in _multipart(request)
    }


def multipart_files(request: RecordedRequest) -> dict[str, FilePart]:
    """The file parts of a multipart/form-data body, by field name."""
    files: dict[str, FilePart] = {}
    for name, head, content in _multipart(request):
        filename = re.search(rb'filename="?([^";\r\n]*)"?', head)
        if filename is None:
            continue
        kind = re.search(rb"(?i)content-type:\s*([^\s;]+)", head)
        files[name] = FilePart(
            filename.group(1).decode("utf-8", "replace"),
            kind.group(1).decode() if kind else "",
            content,
        )
    return files


SECRET_FIELD = re.compile(r"(?i)token|secret|password|passwd|key|assertion|code_verifier")
MESSAGE_KEYS = ("message", "detail", "error_description", "description", "title")


def sent_credentials(request: RecordedRequest) -> list[str]:
    """The credentials a request carried, as a careless network would quote them back."""
    found = []
    if request.headers.get("authorization"):
        found.append(request.headers["authorization"])
    for name, values in request.query.items():
        if SECRET_FIELD.search(name):
            found.extend(f"{name}={v}" for v in values)
    ctype = request.headers.get("content-type", "")
    if len(request.body) < 4096 and ("json" in ctype or "x-www-form-urlencoded" in ctype):
        try:
            fields = request.json() if "json" in ctype else request.form()
        except ValueError:
            fields = {}
        if isinstance(fields, dict):
            found.extend(
                f"{k}={v}"
                for k, v in fields.items()
                if SECRET_FIELD.search(k) and isinstance(v, str)
            )
    return found


def _echo_into(body: Any, echo: str) -> Any:
    """``body`` with ``echo`` added to its human-readable text: the message-like fields of
    every object in it, or its ``error`` text where an object has no message."""
    if isinstance(body, list):
        return [_echo_into(item, echo) for item in body]
    if not isinstance(body, dict):
        return body
    out = {k: _echo_into(v, echo) for k, v in body.items()}
    keys = [k for k in MESSAGE_KEYS if isinstance(out.get(k), str)]
    if not keys and isinstance(out.get("error"), str):
        keys = ["error"]
    for key in keys:
        out[key] = f"{out[key]} {echo}"
    return out


def echoing_credentials(reply: Reply, request: RecordedRequest) -> Reply:
    """An error answer that quotes the request's credentials back in its text."""
    credentials = sent_credentials(request)
    if reply.status < 400 or not credentials or reply.body is None:
        return reply
    echo = "(request had " + "; ".join(credentials) + ")"
    if isinstance(reply.body, bytes):
        body: Any = reply.body + b" " + echo.encode()
    elif isinstance(reply.body, str):
        body = f"{reply.body} {echo}"
    else:
        body = _echo_into(reply.body, echo)
    return Reply(reply.status, body, reply.headers, reply.content_type)


@dataclass
class Reply:
    """What a route answers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


@dataclass
class Fault:
    """A misbehaviour applied to the next matching request(s)."""

    kind: str
    reply: Reply | None = None
    seconds: float = 0.0
    handle_first: bool = False

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds``."""
        return cls("latency", seconds=seconds, handle_first=True)

    @classmethod
    def status(cls, code: int, body: Any = None, headers: dict[str, str] | None = None) -> Fault:
        """Answer ``code`` without handling the request (nothing is created)."""
        return cls("status", reply=Reply(code, body, headers or {}))

    @classmethod
    def answer(cls, reply: Reply) -> Fault:
        """Answer ``reply`` without handling the request (nothing is created): a network's
        own error, as the fake builds it (its body, status and rate-limit headers)."""
        return cls("status", reply=reply)

    @classmethod
    def timeout_after_handling(cls, seconds: float = 30.0) -> Fault:
        """Handle the request (the post *is* created), then hang so the client times out."""
        return cls("hang", seconds=seconds, handle_first=True)

    @classmethod
    def status_after_handling(
        cls, code: int, body: Any = None, headers: dict[str, str] | None = None
    ) -> Fault:
        """Handle the request (the post *is* created), then answer ``code`` instead of the
        API's answer: a proxy's 503 after the network did the work."""
        return cls("status", reply=Reply(code, body, headers or {}), handle_first=True)

    @classmethod
    def drop_after_handling(cls) -> Fault:
        """Handle the request, then close the connection without an answer."""
        return cls("drop", handle_first=True)

    @classmethod
    def drop_before_handling(cls) -> Fault:
        """Close the connection without handling the request (nothing is created)."""
        return cls("drop")

    @classmethod
    def html(cls, code: int = 502) -> Fault:
        """An HTML error page from a proxy in front of the API."""
        page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
        return cls("status", reply=Reply(code, page, content_type="text/html"))

    @classmethod
    def garbage(cls, code: int = 200) -> Fault:
        """A body that is not what the API documents."""
        return cls(
            "status", reply=Reply(code, b"\x00\xffnot json{{", content_type="application/json")
        )

    @classmethod
    def unauthorized(cls, body: Any = None) -> Fault:
        return cls("status", reply=Reply(401, body or {"error": "invalid_token"}))


Handler = Callable[[RecordedRequest], Reply]


@dataclass
class _Injection:
    fault: Fault
    method: str | None
    path: re.Pattern[str] | None
    times: int
    after: int = 0


class FakeAPI:
    """A recording, fault-injecting HTTP server on 127.0.0.1."""

    echo_credentials: bool = False
    """Quote the request's credentials back in every error answer's text."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._injections: list[_Injection] = []
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._in_flight = 0
        self._idle = threading.Condition(self._lock)
        self.state_lock = threading.Lock()
        """Hold it while a handler or a test helper reads or changes the fake's own records
        (its posts, ids, counters): the server answers each request on a thread of its own.
        It is the fake's, apart from the server's own lock, so a handler that holds it may
        still look at ``requests`` or ``calls()``."""

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Register ``handler`` for ``method`` and a full-match path regex."""

        def decorate(handler: Handler) -> Handler:
            self._routes.append((method.upper(), re.compile(pattern), handler))
            return handler

        return decorate

    def inject(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Apply ``fault`` to the next ``times`` requests matching method and path, once
        ``after`` matching requests have been served as usual."""
        with self._lock:
            self._injections.append(
                _Injection(
                    fault,
                    method.upper() if method else None,
                    re.compile(path) if path else None,
                    times,
                    after,
                )
            )

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no request is being handled (a client killed mid-request leaves the
        server finishing it); False when ``timeout`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    def clear_faults(self) -> None:
        with self._lock:
            self._injections.clear()

    def calls(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """Recorded requests, optionally filtered by method and path regex (full match)."""
        pattern = re.compile(path) if path else None
        with self._lock:
            return [
                r
                for r in self.requests
                if (method is None or r.method == method.upper())
                and (pattern is None or pattern.fullmatch(r.path))
            ]

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake API is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"

    def start(self, port: int = 0) -> FakeAPI:
        """Serve on 127.0.0.1: on a free port (0, what tests want), or on ``port``."""
        api = self

        class _RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def _serve(self) -> None:
                api._serve(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", port), _RequestHandler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for injection in self._injections:
                if injection.method and injection.method != method:
                    continue
                if injection.path and not injection.path.fullmatch(path):
                    continue
                if injection.after > 0:
                    injection.after -= 1
                    continue
                injection.times -= 1
                if injection.times <= 0:
                    self._injections.remove(injection)
                return injection.fault
        return None

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        with self._idle:
            self._in_flight += 1
        try:
            self._handle(handler)
        finally:
            with self._idle:
                self._in_flight -= 1
                self._idle.notify_all()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        split = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        request = RecordedRequest(
            method=handler.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            received_at=time.monotonic(),
        )
        with self._lock:
            self.requests.append(request)
        fault = self._take_fault(request.method, request.path)
        if fault is not None and not fault.handle_first:
            if fault.kind == "drop":
                self._drop(handler)
                return
            self._send(handler, self._echoing(fault.reply or Reply(500), request))
            return
        reply = self._dispatch(request)
        if fault is not None:
            if fault.kind == "latency":
                time.sleep(fault.seconds)
            elif fault.kind == "hang":
                time.sleep(fault.seconds)
                self._drop(handler)
                return
            elif fault.kind == "drop":
                self._drop(handler)
                return
            elif fault.kind == "status":
                reply = fault.reply or Reply(500)
        self._send(handler, self._echoing(reply, request))

    def _echoing(self, reply: Reply, request: RecordedRequest) -> Reply:
        return echoing_credentials(reply, request) if self.echo_credentials else reply

    def _dispatch(self, request: RecordedRequest) -> Reply:
        for method, pattern, route_handler in self._routes:
            if method != request.method:
                continue
            match = pattern.fullmatch(request.path)
            if match:
                request.match = match
                try:
                    return route_handler(request)
                except Exception as exc:  # noqa: BLE001 - a broken fake answers 500
                    return Reply(500, {"error": f"fake server bug: {exc!r}"})
        return Reply(404, {"error": f"no route for {request.method} {request.path}"})

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        payload = reply.encoded()
        try:
            handler.send_response(reply.status)
            if payload:
                handler.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            return

    @staticmethod
    def _drop(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
