"""Google Business Profile: local posts (standard, event, offer, alert, with a call to action)
and special hours (snow days, holidays) for one location.

Two Google APIs on two hosts: local posts on the My Business v4 API (the account's
``base_url``), location data and special hours on the Business Information v1 API (the
``business_information_url`` setting). Special hours are one list that Google replaces
whole, so the channel always reads it first and merges: other holidays are never wiped.

Post options (``Draft.options``, all optional): ``topic`` (standard, event, offer, alert),
``call_to_action`` (BOOK, ORDER, SHOP, LEARN_MORE, SIGN_UP, GET_OFFER, CALL),
``call_to_action_url`` (defaults to the post's link), ``event_title``, ``event_start``,
``event_end`` (ISO dates or date-times, practice local), ``offer_coupon_code``,
``offer_redeem_url``, ``offer_terms``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from medsocial_google_business.api import (
    DEFAULT_INFO_URL,
    DEFAULT_POSTS_URL,
    GOOGLE,
    INFO_VERSION,
    POSTS_VERSION,
    Tokens,
    google_words,
    raise_for,
)
from medsocial_tui import channelkit as kit
from medsocial_tui import clock
from medsocial_tui.hookspecs import RegisterChannel, hookimpl

MAX_SUMMARY = 1_500
TOPICS = ("STANDARD", "EVENT", "OFFER", "ALERT")
ACTIONS = ("BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP", "GET_OFFER", "CALL")
LOOKBACK = timedelta(minutes=30)
PAGE_SIZE = 100
"""Local posts a page when looking for an unanswered one (Google allows 1 to 100)."""
REVIEWS_PAGE = 50
"""Reviews a page (Google's most and default)."""
MAX_REVIEW_PAGES = 20
"""Pages read back per fetch to reach the last review seen (1 000 reviews)."""
STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
MAX_REPLY = 4_096


DEFAULT_PERFORMANCE_URL = "https://businessprofileperformance.googleapis.com"
PERFORMANCE_METRICS = {
    "BUSINESS_IMPRESSIONS_DESKTOP_SEARCH": "searches",
    "BUSINESS_IMPRESSIONS_MOBILE_SEARCH": "searches",
    "BUSINESS_IMPRESSIONS_DESKTOP_MAPS": "map_views",
    "BUSINESS_IMPRESSIONS_MOBILE_MAPS": "map_views",
    "CALL_CLICKS": "calls",
    "WEBSITE_CLICKS": "website_clicks",
    "BUSINESS_DIRECTION_REQUESTS": "direction_requests",
}
"""The Performance API's daily metrics by medsocial's counter names (desktop and mobile
added together)."""


def _google_date(value: Any) -> date | None:
    try:
        return date(int(value["year"]), int(value["month"]), int(value["day"]))
    except (TypeError, KeyError, ValueError):
        return None


def _google_int(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


class GoogleBusinessProfile(kit.Channel):
    name = "google_business"
    title = "Google Business Profile"
    default_base_url = DEFAULT_POSTS_URL
    api_version = f"My Business {POSTS_VERSION}, Business Information {INFO_VERSION}"
    capabilities = kit.can(
        "publish", "delete", "reconcile", "special_hours", "metrics", "listen", "reply"
    )
    account_metrics_offered = (
        "searches",
        "map_views",
        "calls",
        "website_clicks",
        "direction_requests",
    )
    metrics_note = (
        "Google gives no counts for single posts (localPosts insights are retired); the "
        "Performance API's daily figures for the whole profile are read instead, and Google "
        "publishes them a few days late"
    )
    credentials = (
        kit.Field("client_id", "OAuth client id", "from the Google Cloud project's OAuth client"),
        kit.Field("client_secret", "OAuth client secret", "from the same OAuth client"),
        kit.Field(
            "refresh_token",
            "Refresh token",
            "from signing in once with the business.manage scope and offline access",
        ),
    )
    settings = (
        kit.Field(
            "account_id", "Account id", "the number in accounts/{id} (Account Management API)"
        ),
        kit.Field("location_id", "Location id", "the number in locations/{id}"),
        kit.Field(
            "business_information_url",
            "Business Information API address",
            f"leave empty for {DEFAULT_INFO_URL}",
            required=False,
        ),
        kit.Field(
            "oauth_url",
            "OAuth token address",
            "leave empty for https://oauth2.googleapis.com/token",
            required=False,
        ),
        kit.Field("language_code", "Language of posts", "e.g. en (the default)", required=False),
        kit.Field(
            "performance_url",
            "Business Profile Performance API address",
            f"leave empty for {DEFAULT_PERFORMANCE_URL}",
            required=False,
        ),
    )
    max_concurrency = 1
    credentials_help = (
        "A Google Cloud project with the Business Profile APIs enabled and approved by Google "
        "(until approved the quota is 0), an OAuth client (Desktop app), and one sign-in by a "
        "manager of the location with the scope https://www.googleapis.com/auth/business.manage "
        "and offline access. Put client_id, client_secret and the refresh_token in "
        "secrets.toml; access tokens (about 1 hour) are fetched from it as needed. The refresh "
        "token lasts until revoked (7 days while the OAuth app is in 'testing'). "
        "Details: docs/channels/google_business.md."
    )

    def __init__(self) -> None:
        self.tokens = Tokens()

    # Offline

    def limits(self, account: kit.Account | None = None) -> kit.Limits:
        return kit.Limits(max_chars=MAX_SUMMARY, media=kit.MediaRule.OPTIONAL, max_media=1)

    def validate(self, draft: kit.Draft, account: kit.Account | None = None) -> list[kit.Problem]:
        problems = super().validate(draft, account)
        options = draft.options
        topic = str(options.get("topic") or "STANDARD").upper()
        if topic not in TOPICS:
            problems.append(
                kit.Problem(
                    f"unknown Google post type {topic!r}: use one of {', '.join(TOPICS)}",
                    field="options",
                )
            )
        action = str(options.get("call_to_action") or "").upper()
        target = options.get("call_to_action_url") or draft.link
        if action and action not in ACTIONS:
            problems.append(
                kit.Problem(
                    f"unknown button {action!r}: use one of {', '.join(ACTIONS)}", field="options"
                )
            )
        elif action == "CALL" and options.get("call_to_action_url"):
            problems.append(
                kit.Problem(
                    "a Call button dials the profile's phone number and takes no link",
                    field="options",
                )
            )
        elif action and action != "CALL" and not target:
            problems.append(kit.Problem(f"the {action} button needs a link", field="options"))
        if target and not str(target).startswith(("https://", "http://")):
            problems.append(kit.Problem("the button's link must start with https://", field="link"))
        if topic in ("EVENT", "OFFER"):
            problems.extend(_event_problems(options, topic))
        if topic == "ALERT":
            problems.append(
                kit.Problem(
                    "Google only takes ALERT posts about COVID-19; use a standard post for "
                    "other news",
                    severity="warning",
                    field="options",
                )
            )
        for media in draft.media:
            mime = kit.media_type(media)
            if not mime.startswith("image/"):
                problems.append(
                    kit.Problem(
                        f"{Path(media.path).name}: Google posts take photos only", field="media"
                    )
                )
            problems.extend(kit.without_web_address(media, "Google fetches the photo from the web"))
        return problems

    def local_post(self, draft: kit.Draft, account: kit.Account) -> dict[str, Any]:
        """The LocalPost body for a draft."""
        options = draft.options
        topic = str(options.get("topic") or "STANDARD").upper()
        body: dict[str, Any] = {
            "languageCode": str(account.settings.get("language_code") or "en"),
            "summary": draft.text,
            "topicType": topic,
        }
        action = str(options.get("call_to_action") or "").upper()
        target = options.get("call_to_action_url") or draft.link
        if not action and target:
            action = "LEARN_MORE"
        if action == "CALL":
            body["callToAction"] = {"actionType": "CALL"}
        elif action:
            body["callToAction"] = {"actionType": action, "url": str(target)}
        if draft.media:
            body["media"] = [{"mediaFormat": "PHOTO", "sourceUrl": draft.media[0].url}]
        if topic in ("EVENT", "OFFER"):
            body["event"] = _event(options)
        if topic == "OFFER":
            offer = {
                "couponCode": options.get("offer_coupon_code"),
                "redeemOnlineUrl": options.get("offer_redeem_url"),
                "termsConditions": options.get("offer_terms"),
            }
            body["offer"] = {k: str(v) for k, v in offer.items() if v}
        if topic == "ALERT":
            body["alertType"] = "COVID_19"
        return body

    # Online

    def _location_path(self, account: kit.Account) -> str:
        return (
            f"accounts/{account.settings.get('account_id', '')}"
            f"/locations/{account.settings.get('location_id', '')}"
        )

    def _posts_url(self, account: kit.Account, tail: str = "") -> str:
        return f"{account.base_url}/{POSTS_VERSION}/{self._location_path(account)}/localPosts{tail}"

    def _info_url(self, account: kit.Account) -> str:
        host = str(account.settings.get("business_information_url") or DEFAULT_INFO_URL).rstrip("/")
        return f"{host}/{INFO_VERSION}/locations/{account.settings.get('location_id', '')}"

    async def _send(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        method: str,
        url: str,
        *,
        creates: bool = False,
        params: Mapping[str, str | int] | tuple[tuple[str, str], ...] | None = None,
        body: Any = None,
        gone_is_done: bool = False,
    ) -> dict[str, Any]:
        """One authorised call; a refused access token is renewed once (Google answered
        401, so nothing was done) before the account counts as disconnected. With
        ``gone_is_done`` Google's own NOT_FOUND answers ``{}`` (a delete of what is gone)."""
        for attempt in (1, 2):
            token = await self.tokens.get(client, account)
            response = await GOOGLE.sending(
                client.request(
                    method,
                    url,
                    params=params,
                    json=body,
                    headers={"Authorization": f"Bearer {token}"},
                ),
                creates=creates,
            )
            if response.status_code == 401 and attempt == 1:
                self.tokens.forget(account)
                continue
            said = google_words(kit.json_body(response))
            if gone_is_done and response.status_code == 404 and said and said[0] == "NOT_FOUND":
                return {}
            return raise_for(response, account, creates=creates)
        raise AssertionError("unreachable")

    async def publish(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published:
        account = request.account
        problems = [p for p in self.validate(request.draft, account) if p.blocking]
        if problems:
            raise kit.Rejected("; ".join(p.message for p in problems))
        if request.progress.get("post_sent_at"):
            found = await self.find_existing(client, request)
            if found is not None:
                return found
        body = self.local_post(request.draft, account)
        await self.tokens.get(client, account)
        request.checkpoint({"post_sent_at": clock.to_iso(clock.now())})
        post = await self._send(
            client, account, "POST", self._posts_url(account), creates=True, body=body
        )
        if post.get("state") == "REJECTED":
            raise kit.Rejected("Google rejected the post (state REJECTED); see the profile's posts")
        if not post.get("name"):
            raise kit.OutcomeUnknown("Google answered without the post's name")
        return kit.Published(str(post["name"]), post.get("searchUrl"))

    async def find_existing(
        self, client: httpx.AsyncClient, request: kit.PublishRequest
    ) -> kit.Published | None:
        """The location's local posts, 100 a page through ``nextPageToken``, matched on the
        summary and created after the claim. Google does not document the list's order, so
        only the list's end proves a post absent, not an older post on the way."""
        account = request.account
        since = request.claimed_at - LOOKBACK
        wanted = " ".join(request.draft.text.split())

        async def read(token: str | None) -> kit.Page:
            params: dict[str, str | int] = {"pageSize": PAGE_SIZE}
            if token:
                params["pageToken"] = token
            answer = await self._send(
                client, account, "GET", self._posts_url(account), params=params
            )
            return kit.Page(kit.list_in(answer, "localPosts"), answer.get("nextPageToken"))

        def ours(post: Any) -> kit.Published | None:
            if (
                not isinstance(post, dict)
                or " ".join(str(post.get("summary", "")).split()) != wanted
            ):
                return None
            created = kit.parse_time(post.get("createTime"))
            if created is not None and created < since:
                return None
            return kit.Published(str(post["name"]), post.get("searchUrl"))

        return await kit.look_back(
            self.title, read, since=since, created_of="createTime", match=ours, newest_first=False
        )

    async def delete(self, client: httpx.AsyncClient, account: kit.Account, remote_id: str) -> None:
        if "/localPosts/" not in remote_id:
            raise kit.Rejected(f"{remote_id!r} is not a Google local post")
        # a post Google no longer has (removed in the dashboard, a lost answer) is done
        await self._send(
            client,
            account,
            "DELETE",
            f"{account.base_url}/{POSTS_VERSION}/{remote_id}",
            gone_is_done=True,
        )

    async def check_account(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> kit.AccountHealth:
        return await kit.account_health(
            self._send(
                client, account, "GET", self._info_url(account), params={"readMask": "name,title"}
            ),
            lambda location: f"can manage {location.get('title') or location.get('name')}",
            failing=(kit.ChannelError,),
        )

    async def read_account_metrics(
        self, client: httpx.AsyncClient, account: kit.Account, first: date, last: date
    ) -> list[kit.DailyCounts]:
        """``locations/{id}:fetchMultiDailyMetricsTimeSeries`` for the profile's daily
        searches, map views, calls, website clicks and direction requests. Google leaves out
        a day's ``value`` when it is zero (int64 as text otherwise)."""
        host = str(account.settings.get("performance_url") or DEFAULT_PERFORMANCE_URL)
        location = account.settings.get("location_id", "")
        params: list[tuple[str, str]] = [("dailyMetrics", m) for m in PERFORMANCE_METRICS]
        for end, bound in (("start_date", first), ("end_date", last)):
            params += [
                (f"dailyRange.{end}.year", str(bound.year)),
                (f"dailyRange.{end}.month", str(bound.month)),
                (f"dailyRange.{end}.day", str(bound.day)),
            ]
        body = await self._send(
            client,
            account,
            "GET",
            f"{host.rstrip('/')}/v1/locations/{location}:fetchMultiDailyMetricsTimeSeries",
            params=tuple(params),
        )
        days: dict[date, dict[str, int]] = {}
        for group in body.get("multiDailyMetricTimeSeries") or []:
            for series in (group or {}).get("dailyMetricTimeSeries") or []:
                name = PERFORMANCE_METRICS.get(str((series or {}).get("dailyMetric")))
                if name is None:
                    continue
                for point in ((series.get("timeSeries") or {}).get("datedValues")) or []:
                    day = _google_date(point.get("date"))
                    if day is None or not first <= day <= last:
                        continue
                    value = _google_int(point.get("value", "0"))
                    if value is None:
                        continue
                    counts = days.setdefault(day, {})
                    counts[name] = counts.get(name, 0) + value
        return [kit.DailyCounts(day, counts) for day, counts in sorted(days.items())]

    async def _periods(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> list[dict[str, Any]]:
        location = await self._send(
            client, account, "GET", self._info_url(account), params={"readMask": "specialHours"}
        )
        periods = (location.get("specialHours") or {}).get("specialHourPeriods") or []
        return [p for p in periods if isinstance(p, dict)]

    async def get_special_hours(
        self, client: httpx.AsyncClient, account: kit.Account
    ) -> list[kit.SpecialHours]:
        return [hours_of(p) for p in await self._periods(client, account)]

    async def set_special_hours(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        hours: list[kit.SpecialHours],
        *,
        remove: Sequence[date] = (),
    ) -> list[kit.SpecialHours]:
        """Read the location's special hours, replace those of the named days, keep the
        rest, and send the whole list back (Google replaces it whole). When Google's answer
        to that is lost, the hours are read back: in place means done; otherwise
        ``SpecialHoursUncertain`` says what Google holds, with the days' earlier hours so an
        undo can still put them back."""
        kit.check_special_hours(hours)
        for h in hours:
            if not h.closed and h.opens == h.closes:
                raise kit.Rejected(
                    f"{h.day}: Google takes special hours shorter than a whole day; for open "
                    "all day give 00:00 to 23:59"
                )
        periods = await self._periods(client, account)
        merge = kit.merge_special_hours(
            periods, hours, remove=remove, day_of=day_of, item_of=period_of
        )
        previous = [hours_of(p) for p in merge.previous]
        try:
            await self._send(
                client,
                account,
                "PATCH",
                self._info_url(account),
                creates=True,
                params={"updateMask": "specialHours"},
                body={"specialHours": {"specialHourPeriods": merge.merged}},
            )
        except kit.OutcomeUnknown as exc:
            await self._read_back(client, account, hours, merge.touched, previous, exc.message)
        return previous

    async def _read_back(
        self,
        client: httpx.AsyncClient,
        account: kit.Account,
        hours: list[kit.SpecialHours],
        touched: set[date],
        previous: list[kit.SpecialHours],
        lost: str,
    ) -> None:
        """After a lost answer: return when Google holds the change, else raise saying what
        it holds for the days touched."""
        try:
            now = await self._periods(client, account)
        except (kit.ChannelError, httpx.HTTPError) as exc:
            words = getattr(exc, "message", type(exc).__name__)
            raise kit.SpecialHoursUncertain(
                f"Google's answer was lost ({lost}) and the special hours could not be read "
                f"back ({words}): they may be set or not; look at the profile",
                previous,
            ) from None
        holds = sorted((hours_of(p) for p in now if day_of(p) in touched), key=lambda h: h.day)
        if holds == sorted(hours, key=lambda h: h.day):
            return
        shown = "; ".join(hours_in_words(h) for h in holds) or "no special hours for those days"
        raise kit.SpecialHoursUncertain(
            f"Google's answer was lost ({lost}) and the profile does not show the change: "
            f"Google holds {shown}",
            previous,
            holds,
        )

    # Listening: reviews, and the owner's one reply to each.

    def _reviews_url(self, account: kit.Account, tail: str = "") -> str:
        return f"{account.base_url}/{POSTS_VERSION}/{self._location_path(account)}/reviews{tail}"

    def _review_url(self, account: kit.Account, item: kit.Activity, tail: str = "") -> str:
        name = item.thread.get("name") or (
            f"{self._location_path(account)}/reviews/{item.remote_id}"
        )
        return f"{account.base_url}/{POSTS_VERSION}/{name}{tail}"

    async def read_activity(
        self, client: httpx.AsyncClient, account: kit.Account, cursor: str | None
    ) -> kit.ActivityPage:
        """The location's reviews, ``orderBy=updateTime desc``, 50 a page, until one no newer
        than the last fetch's newest (``cursor``: that ``updateTime`` and the reviews at it).
        A review the reviewer edits comes again under the same id, with its new words."""
        mark = kit.Watermark.parse(cursor)

        async def read(token: Any | None) -> kit.Page:
            params: dict[str, str | int] = {"pageSize": REVIEWS_PAGE, "orderBy": "updateTime desc"}
            if token:
                params["pageToken"] = token
            answer = await self._send(
                client, account, "GET", self._reviews_url(account), params=params
            )
            reviews = answer.get("reviews") or []
            if not isinstance(reviews, list):
                raise kit.RetryLater("Google answered the reviews in an unexpected shape")
            following = answer.get("nextPageToken") if isinstance(answer, dict) else None
            return kit.Page(reviews, following or None)

        new = await kit.read_newer(
            read,
            mark,
            time_of=lambda r: r.get("updateTime") or r.get("createTime"),
            id_of=lambda r: r.get("reviewId") or r.get("name"),
            max_pages=MAX_REVIEW_PAGES,
        )
        items = [a for u in sorted(new, key=lambda u: u.at) if (a := _review(u.item))]
        after = mark.after((u.at, u.id) for u in new)
        return kit.ActivityPage(items=items, cursor=after.text())

    async def reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent:
        """``PUT …/reviews/{id}/reply``: a review has one owner reply; sending again replaces
        it with the same words, so a lost answer is settled by reading the review back."""
        if len(text.encode("utf-16-le")) // 2 > MAX_REPLY:
            raise kit.Rejected(f"a reply to a Google review may be at most {MAX_REPLY} characters")
        await self._send(
            client,
            account,
            "PUT",
            self._review_url(account, item, "/reply"),
            creates=True,
            body={"comment": text},
        )
        return kit.ReplySent(f"{item.thread.get('name') or item.remote_id}/reply")

    async def find_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity, text: str
    ) -> kit.ReplySent | None:
        """The review's owner reply, when it has these words."""
        with kit.still_unknown():
            review = await self._send(client, account, "GET", self._review_url(account, item))
        reply = review.get("reviewReply") or {}
        if " ".join(str(reply.get("comment", "")).split()) == " ".join(text.split()):
            return kit.ReplySent(f"{item.thread.get('name') or item.remote_id}/reply")
        return None

    async def delete_reply(
        self, client: httpx.AsyncClient, account: kit.Account, item: kit.Activity
    ) -> None:
        """``DELETE …/reviews/{id}/reply``: the review shows no owner reply again."""
        await self._send(client, account, "DELETE", self._review_url(account, item, "/reply"))


def _review(review: dict[str, Any]) -> kit.Activity | None:
    """One Google review as an inbox item: stars, the reviewer's display name, the words
    (a review may have stars only), and the owner reply it already has."""
    created = kit.parse_time(review.get("createTime")) or kit.parse_time(review.get("updateTime"))
    review_id = str(review.get("reviewId") or str(review.get("name", "")).rsplit("/", 1)[-1])
    if created is None or not review_id:
        return None
    reviewer = review.get("reviewer") or {}
    anonymous = bool(reviewer.get("isAnonymous"))
    reply = review.get("reviewReply") or {}
    return kit.Activity(
        remote_id=review_id,
        kind="review",
        author_name=(
            "A Google user" if anonymous else str(reviewer.get("displayName") or "A Google user")
        ),
        text=str(review.get("comment") or ""),
        created_at=created,
        rating=STARS.get(str(review.get("starRating"))),
        thread={"name": str(review.get("name") or "")},
        existing_reply=str(reply["comment"]) if reply.get("comment") else None,
    )


def hours_in_words(hours: kit.SpecialHours) -> str:
    stamp = f"{hours.day:%a} {hours.day.day} {hours.day:%b}"
    return f"{stamp} closed" if hours.closed else f"{stamp} {hours.opens}-{hours.closes}"


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _event_problems(options: Any, topic: str) -> list[kit.Problem]:
    found = []
    kind = topic.lower()
    if not options.get("event_title"):
        found.append(kit.Problem(f"an {kind} post needs a title (event_title)", field="options"))
    start, end = _when(options.get("event_start")), _when(options.get("event_end"))
    if start is None:
        found.append(
            kit.Problem(
                f"an {kind} post needs a start date (event_start, e.g. 2026-12-01)", field="options"
            )
        )
    if options.get("event_end") and end is None:
        found.append(
            kit.Problem(
                "event_end is not a date like 2026-12-01 or 2026-12-01T17:00", field="options"
            )
        )
    if start and end and end < start:
        found.append(kit.Problem("the event ends before it starts", field="options"))
    return found


def _date(moment: datetime) -> dict[str, int]:
    return {"year": moment.year, "month": moment.month, "day": moment.day}


def _event(options: Any) -> dict[str, Any]:
    start = _when(options.get("event_start")) or datetime.now()
    end = _when(options.get("event_end")) or start
    schedule: dict[str, Any] = {"startDate": _date(start), "endDate": _date(end)}
    if "T" in str(options.get("event_start", "")):
        schedule["startTime"] = {"hours": start.hour, "minutes": start.minute}
    if "T" in str(options.get("event_end", "")):
        schedule["endTime"] = {"hours": end.hour, "minutes": end.minute}
    return {"title": str(options.get("event_title") or ""), "schedule": schedule}


def day_of(period: dict[str, Any]) -> date | None:
    start = period.get("startDate") or {}
    try:
        return date(int(start["year"]), int(start["month"]), int(start["day"]))
    except (KeyError, TypeError, ValueError):
        return None


def _time(value: dict[str, Any] | None) -> str | None:
    if not value:
        return None
    return f"{int(value.get('hours', 0)):02d}:{int(value.get('minutes', 0)):02d}"


def hours_of(period: dict[str, Any]) -> kit.SpecialHours:
    """A Google SpecialHourPeriod as the core's SpecialHours."""
    day = day_of(period) or date.min
    if period.get("closed"):
        return kit.SpecialHours(day, closed=True)
    return kit.SpecialHours(
        day,
        closed=False,
        opens=_time(period.get("openTime")),
        closes=_time(period.get("closeTime")),
    )


def period_of(hours: kit.SpecialHours) -> dict[str, Any]:
    """The core's SpecialHours as a Google SpecialHourPeriod; a closing time at or before
    the opening time ends on the next day (open overnight)."""
    start = {"year": hours.day.year, "month": hours.day.month, "day": hours.day.day}
    if hours.closed:
        return {"startDate": start, "closed": True}
    opens_h, opens_m = (int(x) for x in str(hours.opens).split(":"))
    closes_h, closes_m = (int(x) for x in str(hours.closes).split(":"))
    period: dict[str, Any] = {
        "startDate": start,
        "openTime": {"hours": opens_h, "minutes": opens_m},
        "closeTime": {"hours": closes_h, "minutes": closes_m},
    }
    if (closes_h, closes_m) <= (opens_h, opens_m):
        nxt = hours.day + timedelta(days=1)
        period["endDate"] = {"year": nxt.year, "month": nxt.month, "day": nxt.day}
    return period


@hookimpl
def register_channels(register: RegisterChannel) -> None:
    register(GoogleBusinessProfile)
