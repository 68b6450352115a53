"""A plugin's loopback fake served on its own, for a practice to publish to
(docs/plugins.md, "Try it in a practice")::

    python -m medsocial_tui.testing.serve medsocial_acme.fake:FakeAcme --port 8765
    python -m medsocial_tui.testing.serve medsocial_acme.fake:FakeAcme --fault 429 --on POST

It prints the ``base_url`` to give the account, then each request as it arrives, until
Ctrl-C. ``--fault`` makes the next ``--times`` requests matching ``--on`` (a method, and a
path pattern after a colon: ``POST:/api/v1/posts``) misbehave, so the words medsocial shows
for each failure can be read in ``flush`` and in the app: ``401``, ``429`` (with
``Retry-After: 120``), ``500``, ``503``, ``html``, ``garbage``, ``timeout`` (the post is made,
then no answer), ``drop`` (the post is made, then the connection closes).
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import time
from collections.abc import Callable, Sequence

from medsocial_tui.testing.fakeapi import FakeAPI, Fault

FAULTS: dict[str, Callable[[], Fault]] = {
    "401": lambda: Fault.status(401, {"message": "invalid token"}),
    "429": lambda: Fault.status(429, {"message": "rate limited"}, {"Retry-After": "120"}),
    "500": lambda: Fault.status(500, {"message": "internal error"}),
    "503": lambda: Fault.status(503, {"message": "down for maintenance"}, {"Retry-After": "60"}),
    "html": Fault.html,
    "garbage": Fault.garbage,
    "timeout": lambda: Fault.timeout_after_handling(120),
    "drop": Fault.drop_after_handling,
}


def _fake_class(spec: str) -> type[FakeAPI]:
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise SystemExit(f"{spec!r} is not module:Class (medsocial_acme.fake:FakeAcme)")
    try:
        found = getattr(importlib.import_module(module_name), attr)
    except ImportError as exc:
        raise SystemExit(f"cannot import {module_name}: {exc}; is the plugin installed?") from None
    except AttributeError:
        raise SystemExit(f"{module_name} has no {attr}") from None
    if not (isinstance(found, type) and issubclass(found, FakeAPI)):
        raise SystemExit(f"{spec} is not a FakeAPI subclass")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m medsocial_tui.testing.serve", description=__doc__.split("::")[0]
    )
    parser.add_argument("fake", help="the fake's class, module:Class")
    parser.add_argument("--port", type=int, default=8765, help="0 takes a free one")
    parser.add_argument("--fault", choices=sorted(FAULTS))
    parser.add_argument("--on", default="", help="METHOD or METHOD:PATH-PATTERN")
    parser.add_argument("--times", type=int, default=1)
    args = parser.parse_args(argv)
    fake = _fake_class(args.fake)()
    if args.fault:
        method, _, path = args.on.partition(":")
        fake.inject(
            FAULTS[args.fault](), method=method or None, path=path or None, times=args.times
        )
    # Ctrl-C (SIGINT) or a service manager's SIGTERM stops the fake and ends with 0, even
    # when the shell that started it ran it in the background, where SIGINT comes ignored
    # (a CI runner's job, "serve … &"): an ignored SIGINT left the fake running for good.
    # Set before the address is printed: whoever reads it may signal at once.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        try:
            fake.start(args.port)
        except OSError as exc:
            raise SystemExit(
                f"cannot listen on 127.0.0.1:{args.port} ({exc.strerror}): --port another"
            ) from None
        print(f'{args.fake} answers at {fake.base_url}: base_url = "{fake.base_url}"', flush=True)
        shown = 0
        while True:
            time.sleep(0.2)
            for request in fake.requests[shown:]:
                print(f"{request.method} {request.path}", flush=True)
                shown += 1
    except KeyboardInterrupt:
        return 0
    finally:
        fake.stop()


if __name__ == "__main__":
    sys.exit(main())
