"""A loopback Example Network, for the plugin's tests and for the contract suite."""

from __future__ import annotations

import itertools

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply, multipart_fields
from medsocial_tui.testing.fakes import behind

TOKEN = "example-good-token"


class FakeExample(FakeAPI):
    def __init__(self) -> None:
        super().__init__()
        self.posts: list[dict] = []
        self.media: dict[str, dict] = {}
        self.hours: list[dict] = []
        self._ids = itertools.count(1)
        # Every route answers as the network does to a missing or wrong token first
        # (testing.fakes.routes_behind registers many routes behind one check).
        self.route("POST", r"/api/v1/media")(behind(self._denied, self._upload))
        self.route("POST", r"/api/v1/posts")(behind(self._denied, self._create))
        self.route("GET", r"/api/v1/hours")(behind(self._denied, self._get_hours))
        self.route("PUT", r"/api/v1/hours")(behind(self._denied, self._put_hours))
        self.route("GET", r"/api/v1/posts")(behind(self._denied, self._list))
        self.route("DELETE", r"/api/v1/posts/(\d+)")(behind(self._denied, self._delete))
        self.route("GET", r"/api/v1/me")(behind(self._denied, self._me))

    def _denied(self, request: RecordedRequest) -> Reply | None:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"message": "invalid token"})
        return None

    def _upload(self, request: RecordedRequest) -> Reply:
        fields = multipart_fields(request)
        if "file" not in fields:
            return Reply(422, {"message": "no file"})
        media_id = f"m{next(self._ids)}"
        self.media[media_id] = {"alt": fields.get("alt", ""), "file": fields["file"]}
        return Reply(201, {"id": media_id})

    def _create(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        text = body.get("text", "")
        if not text.strip():
            return Reply(422, {"message": "text can't be blank"})
        if any(m not in self.media for m in body.get("media_ids", [])):
            return Reply(422, {"message": "unknown media id"})
        # Each request is answered on a thread of its own: hold the fake's state_lock while
        # changing what it keeps.
        with self.state_lock:
            post = {
                "id": str(next(self._ids)),
                "text": text,
                "media_ids": body.get("media_ids", []),
            }
            post["url"] = f"https://example.invalid/p/{post['id']}"
            self.posts.append(post)
        return Reply(201, post)

    def _list(self, request: RecordedRequest) -> Reply:
        return Reply(200, {"posts": list(reversed(self.posts))})

    def _delete(self, request: RecordedRequest) -> Reply:
        post_id = request.part(1)
        with self.state_lock:
            kept = [p for p in self.posts if p["id"] != post_id]
            if len(kept) == len(self.posts):
                return Reply(404, {"message": "no such post"})
            self.posts = kept
        return Reply(200, {"deleted": True})

    def _get_hours(self, request: RecordedRequest) -> Reply:
        return Reply(200, {"days": self.hours})

    def _put_hours(self, request: RecordedRequest) -> Reply:
        with self.state_lock:
            self.hours = list((request.json() or {}).get("days", []))
        return Reply(200, {"days": self.hours})

    def _me(self, request: RecordedRequest) -> Reply:
        return Reply(200, {"handle": "maplestreetdental"})


def account_for(base_url: str) -> kit.Account:
    return kit.Account(
        id="example",
        channel="example",
        name="@maplestreetdental",
        base_url=base_url,
        credentials={"api_token": TOKEN},
    )


def contract_kit() -> ContractKit:
    from medsocial_example import ExampleChannel

    return ContractKit(
        make_channel=ExampleChannel,
        make_fake=FakeExample,
        account_for=account_for,
        good_draft=kit.Draft(text="Flu shots all week, no appointment needed."),
        posts=lambda fake: len(fake.posts),
    )
