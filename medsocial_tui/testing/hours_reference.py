"""A reference network with special hours, for testing hours changes without a real plugin.

``HoursNetwork`` is the loopback :class:`ReferenceNetwork` plus a location whose special hours
are read with ``GET /v1/location/special_hours`` and replaced whole with ``PATCH`` (as the
documented APIs do: the caller reads, merges and writes back). ``HoursChannel`` (channel name
``loopback_hours``) publishes like the reference channel and implements ``SPECIAL_HOURS``.
Tests pass this module as an extra plugin; it is never registered through an entry point.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from medsocial_tui.channel import (
    Account,
    Capability,
    SpecialHours,
)
from medsocial_tui.channelkit import bearer
from medsocial_tui.hookspecs import RegisterChannel, hookimpl
from medsocial_tui.testing.fakeapi import RecordedRequest, Reply
from medsocial_tui.testing.reference import LOOPBACK, ReferenceChannel, ReferenceNetwork

PATH = "/v1/location/special_hours"


class HoursNetwork(ReferenceNetwork):
    """``special_hours`` holds the location's periods as the network stores them."""

    def __init__(self) -> None:
        super().__init__()
        self.special_hours: list[dict[str, Any]] = []
        self.route("GET", PATH)(self._get_hours)
        self.route("PATCH", PATH)(self._patch_hours)

    def _get_hours(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        return Reply(200, {"periods": list(self.special_hours)})

    def _patch_hours(self, request: RecordedRequest) -> Reply:
        if not self._authorised(request):
            return Reply(401, {"error": {"code": "invalid_token", "message": "Token expired"}})
        periods = request.json().get("periods")
        if not isinstance(periods, list):
            return Reply(400, {"error": {"code": "invalid", "message": "periods is required"}})
        for period in periods:
            if not period.get("closed") and not (period.get("opens") < period.get("closes")):
                return Reply(400, {"error": {"code": "invalid", "message": "open before close"}})
        self.special_hours = periods
        return Reply(200, {"periods": periods})

    def day(self, day: date) -> dict[str, Any] | None:
        return next((p for p in self.special_hours if p["day"] == day.isoformat()), None)


def _period(item: dict[str, Any]) -> SpecialHours:
    return SpecialHours(
        date.fromisoformat(item["day"]),
        bool(item.get("closed")),
        item.get("opens"),
        item.get("closes"),
    )


def _item(period: SpecialHours) -> dict[str, Any]:
    item: dict[str, Any] = {"day": period.day.isoformat(), "closed": period.closed}
    if not period.closed:
        item.update(opens=period.opens, closes=period.closes)
    return item


class HoursChannel(ReferenceChannel):
    name = "loopback_hours"
    title = "Loopback network with special hours"
    capabilities = frozenset({Capability.PUBLISH, Capability.RECONCILE, Capability.SPECIAL_HOURS})

    async def get_special_hours(
        self, client: httpx.AsyncClient, account: Account
    ) -> list[SpecialHours]:
        response = await client.get(f"{account.base_url}{PATH}", headers=bearer(account))
        return [_period(p) for p in LOOPBACK.object(response, creates=False)["periods"]]

    async def replace_special_hours(
        self, client: httpx.AsyncClient, account: Account, hours: list[SpecialHours]
    ) -> None:
        response = await client.patch(
            f"{account.base_url}{PATH}",
            json={"periods": [_item(p) for p in hours]},
            headers=bearer(account),
        )
        LOOPBACK.raise_for_status(response, creates=True)


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(HoursChannel)
