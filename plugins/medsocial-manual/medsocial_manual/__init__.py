"""The manual channel: for networks with no publishing API a practice can use.

Snapchat (for most businesses: Snap's Public Profile API is allow-listed), Foursquare (no
business posts at all), or any network the practice names. When a post is due nothing is
sent: the delivery becomes a to-do carrying the text to copy and the media paths, and the
person who posts it by hand marks it done with the post's URL (``medsocial todo`` lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from medsocial_tui import channelkit as kit
from medsocial_tui.hookspecs import RegisterChannel, hookimpl


@dataclass(frozen=True)
class KnownNetwork:
    """What a person posting by hand should know about a network."""

    limits: kit.Limits
    how: str
    wants_media: bool = False
    media_types: frozenset[str] = frozenset()
    """The file types the network's app takes (empty: not checked)."""
    video_seconds: tuple[float, float] | None = None
    """The shortest and longest video it takes."""


KNOWN = {
    "snapchat": KnownNetwork(
        kit.Limits(max_chars=250, media=kit.MediaRule.OPTIONAL, max_media=1),
        "post it from the practice's Public Profile as a Story (24 h) or Saved Story: one "
        "photo or video (vertical 9:16, video 5-60 s); Spotlight descriptions are at most "
        "160 characters, Saved Story titles 45",
        wants_media=True,
        media_types=frozenset({"image/jpeg", "image/png", "video/mp4"}),
        video_seconds=(5.0, 60.0),
    ),
    "foursquare": KnownNetwork(
        kit.Limits(max_chars=200, media=kit.MediaRule.OPTIONAL, max_media=1),
        "Foursquare has no posts for businesses: update the listing (hours, phone, address) "
        "with a proposed edit, or leave a tip of at most 200 characters",
    ),
}


def network_of(account: kit.Account | None) -> str:
    return str((account.settings if account else {}).get("network", "")).strip()


def copy_ready(draft: kit.Draft) -> str:
    """The text exactly as it should be pasted: the link added when the text lacks it."""
    return kit.text_with_link(draft)


class ManualChannel(kit.Channel):
    name = "manual"
    title = "By hand"
    capabilities = kit.can("manual")
    listening_note = (
        "medsocial has no connection to this network: read comments, messages and reviews "
        "there, in its app or website, and answer them there."
    )
    settings = (
        kit.Field("network", "Network", "the network this account is on, e.g. Snapchat"),
        kit.Field("profile_url", "Profile URL", "where the person posts", required=False),
    )
    credentials_help = "No credentials: a person posts by hand and pastes the URL back."
    metrics_note = (
        "posted by hand, with no API for apps: read its numbers in the network's own app "
        "(Snapchat, Foursquare and the like)"
    )

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        known = KNOWN.get(network_of(account).lower())
        return known.limits if known else kit.Limits(max_chars=None)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        """The limits, and as warnings (a person posts it and may change the media) what
        the network's app will not take: no photo or video where one is needed, a file
        type it refuses, a video too short or too long."""
        problems = super().validate(draft, account)
        network = network_of(account)
        known = KNOWN.get(network.lower())
        if known is None:
            return problems
        if known.wants_media and not draft.media:
            problems.append(_warning(f"{network} posts need one photo or video: add it here"))
        for item in draft.media:
            name = Path(item.path).name
            kind = kit.media_type(item)
            if known.media_types and kind and kind not in known.media_types:
                taken = ", ".join(sorted(t.split("/")[1].upper() for t in known.media_types))
                problems.append(_warning(f"{name}: {network} takes {taken} files"))
            seconds = kit.media_duration(item) if kind.startswith("video/") else None
            if known.video_seconds and seconds is not None:
                low, high = known.video_seconds
                if not low <= seconds <= high:
                    problems.append(
                        _warning(
                            f"{name} is {seconds:.0f} s; {network} takes videos of "
                            f"{low:.0f} to {high:.0f} s"
                        )
                    )
        return problems

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        """Nothing is sent: the core turns this into a to-do with these instructions."""
        account = request.account
        network = network_of(account) or "the network"
        where = account.settings.get("profile_url", "")
        known = KNOWN.get(network.lower())
        lines = [f"Post this on {network} by hand" + (f" at {where}" if where else "") + "."]
        if known:
            lines.append(f"{network}: {known.how}.")
            if known.wants_media and not request.draft.media:
                lines.append(f"{network} needs a photo or video: add one when you post.")
        for media in request.draft.media:
            alt = f" (alt text: {media.alt_text})" if media.alt_text else ""
            lines.append(f"Attach {Path(media.path)}{alt}")
        lines.append(
            "Then: medsocial post resolve "
            f"{request.delivery_id} --published-url URL (or --failed REASON)."
        )
        lines.append("Text to copy:")
        lines.append(copy_ready(request.draft))
        raise kit.HandOff("\n".join(lines))


def _warning(message: str) -> kit.Problem:
    return kit.Problem(message, severity="warning", field="media")


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(ManualChannel)
