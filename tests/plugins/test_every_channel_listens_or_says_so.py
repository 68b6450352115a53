"""Every installed channel either reads its network's activity for the inbox or says in
words where a person reads it instead (issue 12: a network without an API says so)."""

from __future__ import annotations

from medsocial_tui.channel import Capability, Channel
from medsocial_tui.plugin_host import load_plugins


def test_every_channel_listens_or_has_a_note_in_words():
    host = load_plugins()
    silent = [
        name
        for name, channel in host.channels.items()
        if Capability.LISTEN not in channel.capabilities
        and not (channel.listening_note or "").strip()
    ]
    assert silent == [], f"channels that neither listen nor say where to read: {silent}"


def test_a_channel_that_listens_reads_and_the_others_do_not_pretend():
    for channel in load_plugins().channels.values():
        kind = type(channel)
        if Capability.LISTEN in channel.capabilities:
            assert kind.read_activity is not Channel.read_activity, channel.name
            assert channel.listening_note is None, channel.name
        else:
            assert kind.read_activity is Channel.read_activity, channel.name


def test_the_networks_the_issue_names_listen_as_their_apis_allow():
    channels = load_plugins().channels
    can = {
        name: {c.value for c in ch.capabilities} & {"listen", "reply", "hide"}
        for name, ch in channels.items()
    }
    assert can["facebook"] == {"listen", "reply", "hide"}
    assert can["instagram"] == {"listen", "reply", "hide"}
    assert can["google_business"] == {"listen", "reply"}
    assert can["x"] == {"listen", "reply", "hide"}
    assert can["mastodon"] == {"listen", "reply"}
    assert can["bluesky"] == {"listen", "reply"}
    assert can["linkedin"] == {"listen", "reply"}
    assert can["tiktok"] == set() and "TikTok app" in channels["tiktok"].listening_note
    assert can["manual"] == set()
