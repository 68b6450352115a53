"""Meta channels: Facebook Pages and Instagram professional accounts, both through the Graph
API (version pinned in :mod:`medsocial_meta.graph`)."""

from __future__ import annotations

from medsocial_meta.facebook import FacebookPage
from medsocial_meta.instagram import Instagram
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

__all__ = ["FacebookPage", "Instagram"]


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(FacebookPage)
    register(Instagram)
