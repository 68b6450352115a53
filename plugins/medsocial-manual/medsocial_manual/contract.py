"""The contract suite's view of the manual channel: it sends nothing, so it needs no fake."""

from __future__ import annotations

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="snapchat",
        channel="manual",
        name="Snapchat (posted by hand)",
        base_url=base_url,
        settings={"network": "Snapchat", "profile_url": "https://www.snapchat.com/add/example"},
    )


def contract_kit() -> ContractKit[FakeAPI]:
    from medsocial_manual import ManualChannel

    return ContractKit(
        make_channel=ManualChannel,
        account_for=account_for,
        good_draft=kit.Draft(text="Open late Thursday until 7pm."),
    )
