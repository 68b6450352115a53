"""What this plugin sends: one behaviour a test, against the loopback fake."""

from __future__ import annotations

import httpx
import pytest
from medsocial_example import ExampleChannel
from medsocial_example.fake import TOKEN, FakeExample, account_for

from medsocial_tui.channel import Draft, Rejected
from medsocial_tui.testing.contract import publish_request


@pytest.fixture
def fake():
    with FakeExample() as server:
        yield server


async def test_a_post_is_sent_as_json_with_the_bearer_token(fake):
    async with httpx.AsyncClient(timeout=2) as client:
        result = await ExampleChannel().publish(
            client, publish_request(account_for(fake.base_url), Draft(text="Open late Thursday"))
        )
    (call,) = fake.requests
    assert (call.method, call.path) == ("POST", "/api/v1/posts")
    assert call.headers["authorization"] == f"Bearer {TOKEN}"
    assert call.json() == {"text": "Open late Thursday"}
    assert result.remote_id == "1"


async def test_a_refused_post_keeps_the_networks_words(fake):
    async with httpx.AsyncClient(timeout=2) as client:
        with pytest.raises(Rejected, match="text can't be blank"):
            await ExampleChannel().publish(
                client, publish_request(account_for(fake.base_url), Draft(text=" "))
            )
