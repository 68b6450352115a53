"""Channels that misbehave on purpose, registered in code as a plugin is, and a practice home
with one account for each, pointing at a loopback fake network."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from medsocial_tui import clock
from medsocial_tui.channel import (
    AccountHealth,
    AuthExpired,
    Channel,
    Field,
    Published,
)
from medsocial_tui.home import demo
from medsocial_tui.home.config import write_secrets
from medsocial_tui.home.practice import Practice, open_practice
from medsocial_tui.hookspecs import hookimpl
from medsocial_tui.publishing import queue
from medsocial_tui.testing.fakeapi import FakeAPI, Reply

LOGIN = "owner"
TOKEN = "tok/en+with=odd&chars-0123456789"
CLIENT_ID = "client-id-4711"
CLIENT_SECRET = "client-secret-s3cr3t"
CREDENTIALS = {"access_token": TOKEN, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}


class CarelessNetwork(FakeAPI):
    """Refuses every post and every sign-in check, quoting the credentials back."""

    echo_credentials = True

    def __init__(self) -> None:
        super().__init__()
        self.route("POST", r"/posts")(lambda request: Reply(401, {"message": "token refused"}))
        self.route("GET", r"/me")(lambda request: Reply(401, {"message": "who are you"}))


class Leaky(Channel):
    """Copies the network's whole answer, and the URL it called, into its words."""

    name = "leaky"
    title = "Leaky network"
    credentials = (
        Field("access_token", "Access token"),
        Field("client_id", "Client id"),
        Field("client_secret", "Client secret"),
    )

    async def _ask(self, client, account, method: str, path: str):
        creds = account.credentials
        return await client.request(
            method,
            f"{account.base_url}{path}",
            params={"access_token": creds["access_token"]},
            auth=(creds["client_id"], creds["client_secret"]),
        )

    async def publish(self, client, request):
        response = await self._ask(client, request.account, "POST", "/posts")
        raise AuthExpired(f"{response.text} from {response.request.url}")

    async def check_account(self, client, account):
        response = await self._ask(client, account, "GET", "/me")
        return AccountHealth(False, f"{response.text} from {response.request.url}")


class Garbage(Channel):
    """Answers publish with something that is not a Published."""

    name = "garbage"
    title = "Garbage network"

    async def publish(self, client, request):
        return 42


class Exits(Channel):
    """Tries to end the whole process from publish."""

    name = "exits"
    title = "Exiting network"

    async def publish(self, client, request):
        sys.exit(3)


class Hangs(Channel):
    """Never answers."""

    name = "hangs"
    title = "Silent network"

    async def publish(self, client, request):
        await asyncio.sleep(3600)


class Fine(Channel):
    """Publishes at once."""

    name = "fine"
    title = "Fine network"

    async def publish(self, client, request):
        return Published(remote_id=f"fine-{request.delivery_id}", url="https://fine.example/1")


class BadCheck(Channel):
    """Its offline check raises, quoting the token."""

    name = "badcheck"
    title = "Bad check network"

    def validate(self, draft, account=None):
        raise RuntimeError(f"cannot check with {account.credentials['access_token']}")


class Unsure(Fine):
    """Cannot say what an account needs: its missing_credentials raises."""

    name = "unsure"
    title = "Unsure network"

    def missing_credentials(self, account):
        raise RuntimeError("no idea")


class MisbehavingPlugin:
    """The channels above, registered as a plugin registers its own."""

    @staticmethod
    @hookimpl
    def register_channels(register):
        for channel in (Leaky, Garbage, Exits, Hangs, Fine, BadCheck, Unsure):
            register(channel)


def home_with(root: Path, base_url: str, channels: list[str]) -> Practice:
    """A one-person practice with an account per channel (ids are the channel names) and a
    post due now on every account."""
    home = demo.create_home(root, "Loopback Dental", "America/Chicago", login=LOGIN, kind="test")
    lines = [
        "[practice]",
        'name = "Loopback Dental"',
        'timezone = "America/Chicago"',
        "one_person_practice = true",
        "[publishing]",
        "request_timeout_seconds = 2",
    ]
    for channel in channels:
        lines += [
            "[[accounts]]",
            f"id = {json.dumps(channel)}",
            f"channel = {json.dumps(channel)}",
            f'name = "{channel} page"',
            f"base_url = {json.dumps(base_url)}",
        ]
    home.config_path.write_text("\n".join(lines) + "\n", "utf-8")
    write_secrets(home, {c: dict(CREDENTIALS) for c in channels})
    practice = open_practice(home, extra_plugins=(MisbehavingPlugin,))
    post = queue.create(
        practice,
        queue.Compose(text="Flu shots all week.", accounts=channels, scheduled_at=clock.now()),
    )
    queue.submit(practice, post.id)
    queue.approve(practice, post.id)
    return practice
