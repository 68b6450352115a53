"""What the Facebook Page and Instagram channels share: each account is one Graph node (the
Page, or the Instagram account) named by a setting, its calls pass one :class:`Gate` of
pauses learned from Meta's answers, and its daily insights are read the same way."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import httpx

from medsocial_meta import insights
from medsocial_meta.graph import Gate, Graph
from medsocial_tui import channelkit as kit


class GraphNodeChannel(kit.Channel):
    """A channel whose account is the Graph node named by its ``node_setting``."""

    node_setting: ClassVar[str]
    """The account setting holding the node's id (``page_id``, ``ig_user_id``)."""
    node_insights: ClassVar[dict[str, str]]
    """The node's daily insights read for the account's counts: Graph name -> medsocial name."""
    node_insights_step: ClassVar[str]
    """What reading them is called in an error message."""
    node_insights_span: ClassVar[int]
    """The most days one daily insights call may span (Graph: 93 for a Page, 30 for an
    Instagram account)."""

    def __init__(self) -> None:
        self.gate = Gate()

    def graph(self, client: httpx.AsyncClient, account: kit.Account) -> Graph:
        return Graph(self.title, account, client, self.gate)

    def node_id(self, account: kit.Account) -> str:
        return str(account.settings.get(self.node_setting, ""))

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``/{node-id}/insights?metric=…&period=day``: the node's ``node_insights`` a day."""
        return await insights.daily(
            self.graph(client, account),
            self.node_id(account),
            self.node_insights,
            first,
            last,
            self.node_insights_step,
            self.node_insights_span,
        )
