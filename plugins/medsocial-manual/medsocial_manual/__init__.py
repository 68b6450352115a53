"""The manual channel: for networks with no publishing API a practice can use.

Snapchat (for most businesses), Foursquare, or any network the practice names. When a post
is due, nothing is sent: the delivery becomes a to-do with copy-ready text and the media
paths, and the person who posts it by hand marks it done with the post's URL.
"""

from __future__ import annotations

import httpx

from medsocial_tui.channel import (
    Account,
    Capability,
    Channel,
    Draft,
    Field,
    HandOff,
    Limits,
    Problem,
    Published,
    PublishRequest,
)
from medsocial_tui.hookspecs import hookimpl

KNOWN_LIMITS = {
    "snapchat": Limits(max_chars=250, counted_as="characters"),
    "foursquare": Limits(max_chars=200, counted_as="characters"),
}


class ManualChannel(Channel):
    name = "manual"
    title = "By hand"
    capabilities = frozenset({Capability.MANUAL})
    settings = (
        Field("network", "Network", "the network this account is on, e.g. Snapchat"),
        Field("profile_url", "Profile URL", "where the person posts", required=False),
    )
    credentials_help = "No credentials: a person posts by hand and pastes the URL back."

    def limits(self, account: Account | None = None) -> Limits:
        network = str((account.settings if account else {}).get("network", "")).lower()
        return KNOWN_LIMITS.get(network, Limits(max_chars=None))

    def validate(self, draft: Draft, account: Account | None = None) -> list[Problem]:
        return super().validate(draft, account)

    async def publish(self, client: httpx.AsyncClient, request: PublishRequest) -> Published:
        network = request.account.settings.get("network", "the network")
        where = request.account.settings.get("profile_url", "")
        steps = [f"Post this on {network} by hand"]
        if where:
            steps.append(f"at {where}")
        if request.draft.media:
            steps.append(f"with {len(request.draft.media)} attachment(s)")
        raise HandOff(" ".join(steps) + ", then mark it done with the post's URL.")


@hookimpl
def register_channels(register) -> None:
    register(ManualChannel)
