"""The Mastodon channel against a loopback instance that behaves as the documented API."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from medsocial_mastodon import Mastodon
from medsocial_mastodon.fake import TOKEN, FakeMastodon, account_for
from PIL import Image

from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.testing.channel_tests import channel_fixtures, publish
from medsocial_tui.testing.contract import publish_request
from medsocial_tui.testing.fakeapi import Fault

fake, account, channel = channel_fixtures(FakeMastodon, account_for, Mastodon)


async def test_a_status_is_posted_as_a_form_with_the_idempotency_key(channel, account, fake):
    result = await publish(
        channel, account, kit.Draft(text="Closed today: snow", link="https://cdc.gov")
    )
    call = fake.calls("POST", "/api/v1/statuses")[0]
    assert call.headers["idempotency-key"] == "key-1"
    assert call.headers["authorization"] == f"Bearer {TOKEN}"
    assert call.form() == {
        "status": "Closed today: snow\n\nhttps://cdc.gov",
        "visibility": "public",
    }
    assert result.remote_id == fake.statuses[0]["id"]
    assert result.url.startswith("https://fake.social/@practice/")


async def test_repeating_with_the_same_key_returns_the_original_status(channel, account, fake):
    first = await publish(channel, account, kit.Draft(text="Open late Thursday"))
    second = await publish(channel, account, kit.Draft(text="Open late Thursday"))
    assert first.remote_id == second.remote_id
    assert len(fake.statuses) == 1


async def test_a_500_to_a_repeated_key_is_the_status_found_not_sent_again(channel, account, fake):
    """mastodon#40399: an instance that recognises a repeated Idempotency-Key but answers
    500 instead of the status. The first answer was lost; the repeat's 500 means the status
    is there: it is looked up among the account's statuses at once, and not sent again."""
    fake.replay_fails = True
    await _lost_then_once(channel, account, fake, "Closed for the holiday")
    assert len(fake.calls("POST", "/api/v1/statuses")) == 2


async def _lost_then_once(channel, account, fake, text: str) -> None:
    """A status whose first answer is lost, published again: one status in the end."""
    request = publish_request(account, kit.Draft(text=text))
    fake.inject(Fault.drop_after_handling(), path="/api/v1/statuses")
    with pytest.raises((kit.OutcomeUnknown, httpx.TransportError)):
        await publish(channel, account, request)
    result = await publish(channel, account, request)
    assert [s["id"] for s in fake.statuses] == [result.remote_id]


async def test_a_server_that_is_not_mastodon_is_looked_at_before_sending_again(
    channel, account, fake
):
    """A server speaking Mastodon's API without its Idempotency-Key (GoToSocial, as its
    instance API says) makes a second status from a repeat: after a lost answer the
    account's statuses are read first, and the status found is not sent again."""
    fake.software = ("0.17.3+git-1a2b3c4", "https://github.com/superseriousbusiness/gotosocial")
    fake.honours_keys = False
    await _lost_then_once(channel, account, fake, "Closed for inventory")
    assert len(fake.calls("POST", "/api/v1/statuses")) == 1


async def test_a_rate_limit_waits_until_the_iso_reset(channel, account, fake):
    fake.inject(
        Fault.status(
            429,
            {"error": "Too many requests"},
            {"X-RateLimit-Reset": "2026-11-27T12:05:00.000000Z"},
        ),
        path="/api/v1/statuses",
    )
    with pytest.raises(kit.RetryLater) as error:
        await publish(channel, account, kit.Draft(text="Hi"))
    assert error.value.retry_at.isoformat().startswith("2026-11-27T12:05:00")


async def test_a_revoked_token_is_auth_expired(channel, account, fake):
    bad = kit.Account(**{**account.__dict__, "credentials": {"access_token": "revoked"}})
    with pytest.raises(kit.AuthExpired, match="access token is invalid"):
        await publish(channel, bad, kit.Draft(text="Hi"))


async def test_a_validation_error_keeps_mastodons_words(channel, account, fake):
    with pytest.raises(kit.Rejected, match="Text can't be blank"):
        await publish(channel, account, kit.Draft(text="   "))


async def test_a_proxy_error_page_is_an_unknown_outcome_in_words(channel, account, fake):
    fake.inject(Fault.html(502), path="/api/v1/statuses")
    with pytest.raises(kit.OutcomeUnknown, match="text/html body"):
        await publish(channel, account, kit.Draft(text="Hi"))


async def test_garbage_instead_of_json_is_an_unknown_outcome(channel, account, fake):
    fake.inject(Fault.garbage(), path="/api/v1/statuses")
    with pytest.raises(kit.OutcomeUnknown):
        await publish(channel, account, kit.Draft(text="Hi"))


async def test_a_proxy_page_instead_of_the_counters_is_trouble_to_try_again_not_a_refusal(
    channel, account, fake
):
    """A page where the list of statuses should be is the instance's trouble, read again
    next run (RetryLater), not Mastodon saying no to the request (Rejected)."""
    fake.inject(Fault.html(200), method="GET", path="/api/v1/statuses")
    async with httpx.AsyncClient(timeout=3) as client:
        with pytest.raises(kit.RetryLater, match="Mastodon answered") as trouble:
            await channel.read_post_metrics(client, account, ["1"])
    assert not isinstance(trouble.value, kit.Rejected)


def image(tmp_path: Path, name: str = "card.png") -> Path:
    path = tmp_path / name
    Image.new("RGB", (1080, 1350), "#1f6f8b").save(path)
    return path


async def test_an_image_is_uploaded_with_its_alt_text_then_attached(
    channel, account, fake, tmp_path
):
    media = kit.Media(
        path=image(tmp_path), alt_text="Q and A card about flossing", mime_type="image/png"
    )
    await publish(channel, account, kit.Draft(text="Q&A: flossing", media=(media,)))
    upload = fake.calls("POST", "/api/v2/media")[0]
    assert "Q and A card about flossing" in upload.body.decode("latin-1")
    status = fake.calls("POST", "/api/v1/statuses")[0]
    from urllib.parse import parse_qsl

    assert ("media_ids[]", list(fake.media)[0]) in parse_qsl(status.body.decode())


@pytest.fixture
def clip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A short video, with the wait between checks of its processing made short."""
    monkeypatch.setattr("medsocial_mastodon.MEDIA_POLL_SECONDS", 0.01)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"0" * 1000)
    return video


async def test_media_still_processing_is_polled_until_ready(channel, account, fake, clip):
    media = kit.Media(path=clip, alt_text="Tour of the office", mime_type="video/mp4")
    result = await publish(channel, account, kit.Draft(text="Tour", media=(media,)))
    assert result.remote_id
    assert len(fake.calls("GET", r"/api/v1/media/\d+")) == 2


async def test_a_video_without_alt_text_is_still_published(channel, account, fake, clip):
    """The missing description is a warning (validate says so), not a refusal at publish."""
    media = kit.Media(path=clip, alt_text="", mime_type="video/mp4")
    result = await publish(channel, account, kit.Draft(text="Tour", media=(media,)))
    assert result.remote_id


FLAGS = "🇺🇸🇲🇽🇨🇦🇬🇧🇫🇷"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Flags of our team " + FLAGS * 50, 18 + 250),
        ("👨‍👩‍👧‍👦" * 100, 100),
        ("Caf\u00e9 and Cafe\u0301", 13),
        ("(see https://maple.dental/flu).", 1 + 4 + 23 + 2),
        ("Read https://en.wikipedia.org/wiki/Caries_(disease) now", 5 + 23 + 4),
        ("'https://maple.dental/flu?x=1'!", 1 + 23 + 2),
        ("maple.dental has no protocol, so it is text", 43),
        ("https://maplestreet.example is no link: .example is reserved", 60),
        ("a" * 476 + " http://" + "b" * 30 + ".com/example", 500),
        ("a" * 475 + " @alice@" + "b" * 30 + ".com", 482),
    ],
    ids=lambda value: str(value)[:24],
)
def test_a_status_counts_as_mastodons_server_counts_it(channel, text, length):
    assert channel.count(text) == length


async def test_what_the_counter_passes_the_server_takes_and_what_it_stops_the_server_refuses(
    channel, account, fake
):
    flags = kit.Draft(text="Flags of our team " + FLAGS * 96 + "!!")
    assert channel.count(flags.text) == 500
    assert not [p for p in channel.validate(flags, account) if p.blocking]
    await publish(channel, account, flags)
    link = "https://maple.dental/flu"
    over = kit.Draft(text="x" * 474 + f" ({link}).")
    assert channel.count(over.text) == 501
    assert [p.message for p in channel.validate(over, account) if p.blocking] == [
        "501 of 500 characters (a link counts 23): shorten the text"
    ]
    async with httpx.AsyncClient() as client:
        refused = await client.post(
            f"{fake.base_url}/api/v1/statuses",
            headers={"Authorization": f"Bearer {TOKEN}"},
            data={"status": over.text},
        )
    assert refused.status_code == 422
    assert "character limit of 500" in refused.json()["error"]
    assert [s["content"] for s in fake.statuses] == [f"<p>{flags.text}</p>"]


def test_links_count_23_characters_and_limits_come_from_the_instance(channel, account, fake):
    assert channel.count("See https://www.cdc.gov/flu/prevent/index.html") == 4 + 23
    assert channel.limits(account).max_chars == 500
    fake.max_characters = 1000

    async def check():
        async with httpx.AsyncClient() as client:
            return await channel.check_account(client, account)

    health = asyncio.run(check())
    assert health.ok and "maplestreetdental" in health.message
    assert channel.limits(account).max_chars == 1000


async def test_links_count_what_the_instance_reserves_for_one(account, fake):
    """An instance's ``characters_reserved_per_url`` is what each link counts there: a
    status that fits at 23 a link but not at the instance's figure is stopped before it is
    sent, in words, and the counter says what a link counts."""
    fake.max_characters = 60
    fake.characters_reserved_per_url = 40
    channel = Mastodon()
    draft = kit.Draft(text="Flu clinic this Saturday: https://maple.dental/flu")
    assert channel.count(draft.text) == 26 + 23
    with pytest.raises(kit.Rejected, match="66 characters; this Mastodon instance allows 60"):
        await publish(channel, account, draft)
    assert not fake.calls("POST", "/api/v1/statuses")
    assert channel.limits(account).counted_as == "characters (a link counts 40)"
    assert channel.count(draft.text) == 26 + 40
    assert [p.message for p in channel.validate(draft, account) if p.blocking] == [
        "66 of 60 characters (a link counts 40): shorten the text"
    ]


async def test_reconcile_finds_a_status_that_went_out(channel, account, fake):
    draft = kit.Draft(text="Closed Monday for the holiday & back Tuesday")
    await publish(channel, account, draft)
    async with httpx.AsyncClient() as client:
        found = await channel.find_existing(client, publish_request(account, draft))
        absent = await channel.find_existing(
            client, publish_request(account, kit.Draft(text="Other"))
        )
    assert found.remote_id == fake.statuses[0]["id"]
    assert absent is None


async def test_delete_removes_the_status(channel, account, fake):
    result = await publish(channel, account, kit.Draft(text="Oops"))
    async with httpx.AsyncClient() as client:
        await channel.delete(client, account, result.remote_id)
    assert fake.statuses == []


async def test_deleting_a_status_already_gone_is_done(channel, account, fake):
    """Deleted in the app first, or an earlier delete's answer lost: Mastodon's 404
    "Record not found" is what was asked for; a proxy's 404 page still says no."""
    result = await publish(channel, account, kit.Draft(text="Oops"))
    async with httpx.AsyncClient() as client:
        await channel.delete(client, account, result.remote_id)
        await channel.delete(client, account, result.remote_id)
        fake.inject(Fault.html(404), method="DELETE")
        with pytest.raises(kit.Rejected, match="text/html"):
            await channel.delete(client, account, result.remote_id)


async def test_the_instance_limit_is_read_before_posting_and_kept(account, fake):
    fake.max_characters = 20
    channel = Mastodon()
    with pytest.raises(kit.Rejected, match="allows 20"):
        await publish(channel, account, kit.Draft(text="A status that is longer than twenty"))
    assert fake.statuses == []
    await publish(channel, account, kit.Draft(text="Short one"), key="key-2")
    assert len(fake.calls("GET", "/api/v2/instance")) == 1
    assert channel.limits(account).max_chars == 20


async def test_an_instance_that_hides_its_limits_keeps_the_default(channel, account, fake):
    fake.inject(Fault.html(404), path="/api/v2/instance")
    await publish(channel, account, kit.Draft(text="Hello"))
    assert channel.limits(account).max_chars == 500


def test_remote_mentions_count_only_the_user_part(channel):
    assert channel.count("Thanks @drpatel@dental.social!") == len("Thanks @drpatel!")


async def test_an_image_over_the_instances_pixel_limit_is_refused_before_uploading(
    account, fake, tmp_path
):
    """The instance's ``image_matrix_limit`` (width times height) refuses a larger image
    with a 422; it is stopped before the upload, in words that say what to do."""
    fake.image_matrix_limit = 1_000_000
    channel = Mastodon()
    media = kit.Media(path=image(tmp_path), alt_text="Card", mime_type="image/png")
    draft = kit.Draft(text="New card", media=(media,))
    with pytest.raises(kit.Rejected, match=r"card.png is 1080×1350 pixels; .* 1\.0 megapixels"):
        await publish(channel, account, draft)
    assert not fake.calls("POST", "/api/v2/media")
    assert any("megapixels" in p.message for p in channel.validate(draft, account) if p.blocking)


async def test_an_attachment_over_the_instances_size_limit_is_refused_before_uploading(
    account, fake, tmp_path
):
    fake.image_size_limit = 1000
    channel = Mastodon()
    media = kit.Media(path=image(tmp_path), alt_text="Card", mime_type="image/png")
    with pytest.raises(kit.Rejected, match="takes up to"):
        await publish(channel, account, kit.Draft(text="New card", media=(media,)))
    assert not fake.calls("POST", "/api/v2/media")
    assert any(
        "takes up to" in p.message for p in channel.validate(kit.Draft("x", (media,)), account)
    )


def test_a_video_without_alt_text_gets_a_word_and_an_image_is_left_to_the_core(channel):
    """The core refuses an image without alt text (Limits.alt_text); Mastodon describes
    videos too, which the core does not check, so the plugin says a word about those."""
    video = kit.Media(Path("tour.mp4"), mime_type="video/mp4", size_bytes=3000)
    photo = kit.Media(Path("chair.png"), mime_type="image/png", size_bytes=3000)
    [word] = channel.validate(kit.Draft("Our new office", (video,)))
    assert (word.severity, word.field) == ("warning", "media")
    assert "tour.mp4" in word.message
    assert channel.validate(kit.Draft("Our new chair", (photo,))) == []


@pytest.mark.parametrize(
    ("mime", "alt", "words"),
    [("application/pdf", "Leaflet", "content type"), ("image/png", "a" * 1501, "Description")],
    ids=["pdf", "long-description"],
)
async def test_the_fake_refuses_uploads_the_instance_refuses(fake, tmp_path, mime, alt, words):
    part = kit.file_part(image(tmp_path), name="file", mime=mime, fields={"description": alt})
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{fake.base_url}/api/v2/media",
            headers={"Authorization": f"Bearer {TOKEN}", **part.headers},
            content=part,
        )
    assert response.status_code == 422 and words in response.json()["error"]


async def test_a_lost_answer_to_an_upload_is_retry_later_naming_the_step(
    channel, account, fake, tmp_path
):
    fake.inject(Fault.drop_after_handling(), path="/api/v2/media")
    media = kit.Media(path=image(tmp_path), alt_text="Card", mime_type="image/png")
    with pytest.raises(kit.RetryLater, match="uploading an attachment"):
        await publish(channel, account, kit.Draft(text="New card", media=(media,)))
    assert fake.statuses == []


async def test_a_rate_limited_reconcile_cannot_tell_yet(channel, account, fake):
    fake.inject(
        Fault.status(
            429, {"error": "Too many requests"}, {"X-RateLimit-Reset": "2030-01-01T00:00:00.000Z"}
        ),
        path="/api/v1/accounts/verify_credentials",
    )
    async with httpx.AsyncClient() as client:
        with pytest.raises(kit.OutcomeUnknown, match="rate limit"):
            await channel.find_existing(client, publish_request(account, kit.Draft(text="Hi")))


async def test_a_resend_over_an_hour_after_a_lost_answer_looks_before_relying_on_the_key(
    channel, account, fake, monkeypatch
):
    """Mastodon keeps an Idempotency-Key "for up to 1 hour": a resend after that makes a
    second status under the same key, so the account's statuses are read first."""
    draft = kit.Draft(text="Flu clinic Saturday 9-12")
    request = publish_request(account, draft)
    fake.inject(Fault.timeout_after_handling(1.0), path="/api/v1/statuses")
    with pytest.raises((kit.OutcomeUnknown, httpx.TimeoutException)):
        await publish(channel, account, request, timeout=0.5)
    assert len(fake.statuses) == 1
    fake.wait_idle()
    later = clock.now() + timedelta(hours=2)
    monkeypatch.setattr(clock, "now", lambda: later)
    fake.key_lifetime_seconds = 0  # the hour has passed at the instance too
    result = await publish(channel, account, request)
    assert len(fake.statuses) == 1
    assert result.remote_id == fake.statuses[0]["id"]


async def test_a_resend_within_the_hour_relies_on_the_key_alone(channel, account, fake):
    request = publish_request(account, kit.Draft(text="Closed at noon today"))
    fake.inject(Fault.timeout_after_handling(1.0), path="/api/v1/statuses")
    with pytest.raises((kit.OutcomeUnknown, httpx.TimeoutException)):
        await publish(channel, account, request, timeout=0.5)
    fake.wait_idle()
    result = await publish(channel, account, request)
    assert result.remote_id == fake.statuses[0]["id"] and len(fake.statuses) == 1
    assert not fake.calls("GET", "/api/v1/accounts/1/statuses")


async def test_the_fake_forgets_an_idempotency_key_after_an_hour(channel, account, fake):
    await publish(channel, account, kit.Draft(text="Open late Thursday"))
    fake.key_lifetime_seconds = 0
    await publish(channel, account, kit.Draft(text="Open late Thursday"))
    assert len(fake.statuses) == 2


async def test_reconcile_finds_a_status_whose_remote_mention_mastodon_shows_short(
    channel, account, fake
):
    """Mastodon shows ``@drpatel@dental.social`` as ``@drpatel`` in a status's content: a
    sent status with a remote mention is still found, not proven absent and sent again."""
    draft = kit.Draft(text="Welcome @drpatel@dental.social to the team!")
    published = await publish(channel, account, draft)
    assert "@drpatel@dental.social" not in fake.statuses[0]["content"]
    async with httpx.AsyncClient() as client:
        found = await channel.find_existing(client, publish_request(account, draft))
    assert found == published
