"""A loopback Google Business Profile: the OAuth token endpoint, My Business v4 local posts
and the Business Information v1 location with its special hours, all on one address.

It answers as Google documents: ``{"error": {"code", "message", "status"}}`` envelopes
(``UNAUTHENTICATED``, ``INVALID_ARGUMENT``, ``NOT_FOUND``, ``RESOURCE_EXHAUSTED``), a
``readMask`` required on reads, ``updateMask=specialHours`` replacing the whole list, and
the 10-edits-per-minute limit per profile; and the location's reviews (``orderBy``,
``pageSize`` up to 50, ``pageToken``) with one owner reply each (``PUT …/reply`` creates or
replaces it, ``DELETE …/reply`` removes it).
"""

from __future__ import annotations

import itertools
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from medsocial_tui import channelkit as kit
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, Fault, Handler, RecordedRequest, Reply
from medsocial_tui.testing.fakes import configured, oauth_refused, oauth_token

ACCOUNT_ID = "111222333444555666777"
LOCATION_ID = "9876543210123456789"
LOCATION_TITLE = "Maple Street Dental"
CLIENT_ID = "1234-fake.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-fake-client-secret"
REFRESH_TOKEN = "1//fake-refresh-token-0123456789"
POSTS = rf"/v4/accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/localPosts"
LOCATION = rf"/v1/locations/{LOCATION_ID}"
REVIEWS = rf"/v4/accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/reviews"
STARS = ("ONE", "TWO", "THREE", "FOUR", "FIVE")
EDITS_PER_MINUTE = 10


def google_error(
    code: int, status: str, message: str, details: list[dict[str, Any]] | None = None
) -> Reply:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details is not None:
        error["details"] = details
    return Reply(code, {"error": error})


def quota_error(limit_value: int, metric: str = "Requests") -> Reply:
    """Google's 429 for a used-up quota, with the ``google.rpc.ErrorInfo`` detail naming the
    quota and its limit (``quota_limit_value`` "0": the project's API access is not
    approved yet, so every call answers this)."""
    service = "mybusinessbusinessinformation.googleapis.com"
    return google_error(
        429,
        "RESOURCE_EXHAUSTED",
        f"Quota exceeded for quota metric '{metric}' and limit '{metric} per minute' of "
        f"service '{service}' for consumer 'project_number:123456789012'.",
        [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "RATE_LIMIT_EXCEEDED",
                "domain": "googleapis.com",
                "metadata": {
                    "quota_metric": f"{service}/default_requests",
                    "quota_limit": "DefaultRequestsPerMinutePerProject",
                    "quota_limit_value": str(limit_value),
                    "consumer": "projects/123456789012",
                    "service": service,
                },
            }
        ],
    )


class FakeGoogleBusiness(FakeAPI):
    """One account with one location; state is public for assertions."""

    def __init__(self, *, token_lifetime: int = 3599) -> None:
        super().__init__()
        self.token_lifetime = token_lifetime
        self.issued: set[str] = set()
        self.performance: dict[str, int] = {}
        """A Performance API metric's value every day (2 unless set; 0 is left out)."""
        self.posts: list[dict[str, Any]] = []
        self.special_hour_periods: list[dict[str, Any]] = []
        self.regular_hours = {
            "periods": [
                {
                    "openDay": day,
                    "openTime": {"hours": 8},
                    "closeDay": day,
                    "closeTime": {"hours": 17},
                }
                for day in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
            ]
        }
        self.edits: list[float] = []
        self.approved = True
        """False: Google has not approved the project's Business Profile API access, so
        every quota is 0 and every call answers 429 with ``quota_limit_value`` "0"."""
        self._ids = itertools.count(1)
        self.route("POST", r"/token")(self._token)
        self.route("POST", POSTS)(self._authorised(self._create_post))
        self.route("GET", POSTS)(self._authorised(self._list_posts))
        self.route("DELETE", rf"{POSTS}/(\d+)")(self._authorised(self._delete_post))
        self.route("GET", LOCATION)(self._authorised(self._get_location))
        self.route("GET", rf"{LOCATION}:fetchMultiDailyMetricsTimeSeries")(
            self._authorised(self._performance)
        )
        self.route("PATCH", LOCATION)(self._authorised(self._patch_location))
        self.route("GET", REVIEWS)(self._authorised(self._list_reviews))
        self.route("GET", rf"{REVIEWS}/([\w-]+)")(self._authorised(self._get_review))
        self.route("PUT", rf"{REVIEWS}/([\w-]+)/reply")(self._authorised(self._put_reply))
        self.route("DELETE", rf"{REVIEWS}/([\w-]+)/reply")(self._authorised(self._delete_reply))
        self.reviews: list[dict[str, Any]] = []
        self.page_cap = 50
        self._tick = 0

    def revoke_access_tokens(self) -> None:
        """Access tokens stop working (as after an hour); the refresh token still works."""
        self.issued.clear()

    def _token(self, request: RecordedRequest) -> Reply:
        form = request.form()
        if form.get("grant_type") != "refresh_token":
            return Reply(400, {"error": "unsupported_grant_type"})
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return oauth_refused("invalid_client", "Unauthorized", 401)
        if form.get("refresh_token") != REFRESH_TOKEN:
            return oauth_refused("invalid_grant", "Token has been expired or revoked.")
        token = f"ya29.fake-access-{next(self._ids)}"
        self.issued.add(token)
        return oauth_token(
            token, self.token_lifetime, "https://www.googleapis.com/auth/business.manage"
        )

    def _authorised(self, handler: Handler) -> Handler:
        def serve(request: RecordedRequest) -> Reply:
            header = request.headers.get("authorization", "")
            if not header.startswith("Bearer ") or header[7:] not in self.issued:
                return google_error(
                    401,
                    "UNAUTHENTICATED",
                    "Request had invalid authentication credentials. Expected OAuth 2 access "
                    "token, login cookie or other valid authentication credential.",
                )
            if not self.approved:
                return quota_error(0)
            with self.state_lock:
                return handler(request)

        return serve

    def _performance(self, request: RecordedRequest) -> Reply:
        """The Performance API's daily series: one ``dailyMetricTimeSeries`` per metric
        asked, each day's ``value`` as text and left out when zero, as Google answers."""
        metrics = request.query.get("dailyMetrics", [])
        if not metrics:
            return google_error(400, "INVALID_ARGUMENT", "dailyMetrics is required")
        try:
            start = date(
                *(
                    int(request.arg(f"dailyRange.start_date.{p}") or 0)
                    for p in ("year", "month", "day")
                )
            )
            end = date(
                *(
                    int(request.arg(f"dailyRange.end_date.{p}") or 0)
                    for p in ("year", "month", "day")
                )
            )
        except ValueError:
            return google_error(400, "INVALID_ARGUMENT", "Invalid dailyRange")
        series = []
        for metric in metrics:
            values = []
            day = start
            while day <= end:
                point: dict[str, Any] = {
                    "date": {"year": day.year, "month": day.month, "day": day.day}
                }
                value = self.performance.get(metric, 2)
                if value:
                    point["value"] = str(value)
                values.append(point)
                day += timedelta(days=1)
            series.append({"dailyMetric": metric, "timeSeries": {"datedValues": values}})
        return Reply(200, {"multiDailyMetricTimeSeries": [{"dailyMetricTimeSeries": series}]})

    def _create_post(self, request: RecordedRequest) -> Reply:
        body = request.json() or {}
        problem = _post_problem(body)
        if problem:
            return google_error(400, "INVALID_ARGUMENT", problem)
        number = next(self._ids)
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        post = {
            **body,
            "name": f"accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/localPosts/{number}",
            "state": "LIVE",
            "searchUrl": f"https://local.google.com/place?id=fake&use=posts&lpsid={number}",
            "createTime": now,
            "updateTime": now,
        }
        self.posts.append(post)
        return Reply(200, post)

    def _list_posts(self, request: RecordedRequest) -> Reply:
        """``pageSize`` 20 unless asked (1 to 100), ``pageToken`` from the last page's
        ``nextPageToken``, which is absent on the last page."""
        size = int(request.arg("pageSize") or 20)
        if not 1 <= size <= 100:
            return google_error(400, "INVALID_ARGUMENT", "pageSize must be between 1 and 100")
        token = request.arg("pageToken") or ""
        start = int(token.removeprefix("page-")) if token.startswith("page-") else 0
        newest = list(reversed(self.posts))
        body: dict[str, Any] = {"localPosts": newest[start : start + size]}
        if start + size < len(newest):
            body["nextPageToken"] = f"page-{start + size}"
        return Reply(200, body)

    def post_by_someone_else(self, count: int, text: str = "Another post") -> None:
        """Local posts made in the Google Business Profile dashboard, newer than all."""
        with self.state_lock:
            for n in range(count):
                number = next(self._ids)
                now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                self.posts.append(
                    {
                        "summary": f"{text} {n}",
                        "topicType": "STANDARD",
                        "languageCode": "en",
                        "name": f"accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/localPosts/"
                        f"{number}",
                        "state": "LIVE",
                        "searchUrl": "https://local.google.com/place?id=fake&use=posts"
                        f"&lpsid={number}",
                        "createTime": now,
                        "updateTime": now,
                    }
                )

    # Reviews

    def _stamp(self) -> str:
        """Now, one millisecond later than the last stamp (so the order is certain)."""
        self._tick += 1
        moment = datetime.now(UTC).timestamp() + self._tick / 1000
        return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def review(
        self,
        count: int = 1,
        *,
        stars: int = 5,
        comment: str | None = "Friendly front desk and short wait",
        anonymous: bool = False,
    ) -> list[dict[str, Any]]:
        """``count`` new reviews of the location (``comment`` None: stars only)."""
        made = []
        with self.state_lock:
            for n in range(count):
                review_id = f"AbFvOq{next(self._ids):06d}"
                now = self._stamp()
                review: dict[str, Any] = {
                    "name": f"accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/reviews/{review_id}",
                    "reviewId": review_id,
                    "reviewer": {
                        "displayName": f"Reviewer {review_id[-3:]}",
                        "profilePhotoUrl": "https://lh3.googleusercontent.com/a/fake",
                        "isAnonymous": anonymous,
                    },
                    "starRating": STARS[stars - 1],
                    "createTime": now,
                    "updateTime": now,
                }
                if comment is not None:
                    review["comment"] = f"{comment} {n}"
                if anonymous:
                    review["reviewer"] = {"displayName": "A Google User", "isAnonymous": True}
                self.reviews.append(review)
                made.append(review)
        return made

    def edit_review(self, review_id: str, comment: str) -> None:
        """The reviewer changes their words: the review's updateTime moves on."""
        with self.state_lock:
            review = self._find_review(review_id)
            review["comment"] = comment
            review["updateTime"] = self._stamp()

    def _find_review(self, review_id: str) -> dict[str, Any]:
        return next(r for r in self.reviews if r["reviewId"] == review_id)

    def _list_reviews(self, request: RecordedRequest) -> Reply:
        size = int(request.arg("pageSize") or 50)
        if not 1 <= size <= 50:
            return google_error(400, "INVALID_ARGUMENT", "pageSize must be between 1 and 50")
        order = request.arg("orderBy") or "updateTime desc"
        if order not in ("updateTime desc", "rating", "rating desc"):
            return google_error(400, "INVALID_ARGUMENT", f"Invalid orderBy: {order}")
        size = min(size, self.page_cap)
        if order == "updateTime desc":
            ordered = sorted(self.reviews, key=lambda r: r["updateTime"], reverse=True)
        else:
            ordered = sorted(
                self.reviews,
                key=lambda r: STARS.index(r["starRating"]),
                reverse=order.endswith("desc"),
            )
        token = request.arg("pageToken") or ""
        start = int(token.removeprefix("rev-")) if token.startswith("rev-") else 0
        body: dict[str, Any] = {
            "reviews": ordered[start : start + size],
            "totalReviewCount": len(self.reviews),
        }
        if self.reviews:
            stars = [STARS.index(r["starRating"]) + 1 for r in self.reviews]
            body["averageRating"] = round(sum(stars) / len(stars), 1)
        if start + size < len(ordered):
            body["nextPageToken"] = f"rev-{start + size}"
        return Reply(200, body)

    def _get_review(self, request: RecordedRequest) -> Reply:
        try:
            return Reply(200, self._find_review(request.part(1)))
        except StopIteration:
            return google_error(404, "NOT_FOUND", "Requested entity was not found.")

    def _put_reply(self, request: RecordedRequest) -> Reply:
        comment = str((request.json() or {}).get("comment") or "")
        if not comment.strip():
            return google_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
        if len(comment.encode("utf-16-le")) // 2 > 4096:
            return google_error(400, "INVALID_ARGUMENT", "comment is too long")
        try:
            review = self._find_review(request.part(1))
        except StopIteration:
            return google_error(404, "NOT_FOUND", "Requested entity was not found.")
        review["reviewReply"] = {"comment": comment, "updateTime": self._stamp()}
        return Reply(200, review["reviewReply"])

    def _delete_reply(self, request: RecordedRequest) -> Reply:
        try:
            review = self._find_review(request.part(1))
        except StopIteration:
            return google_error(404, "NOT_FOUND", "Requested entity was not found.")
        review.pop("reviewReply", None)
        return Reply(200, {})

    def _delete_post(self, request: RecordedRequest) -> Reply:
        name = request.path.removeprefix("/v4/")
        for post in self.posts:
            if post["name"] == name:
                self.posts.remove(post)
                return Reply(200, {})
        return google_error(404, "NOT_FOUND", "Requested entity was not found.")

    def _location(self, mask: str) -> dict[str, Any]:
        full = {
            "name": f"locations/{LOCATION_ID}",
            "title": LOCATION_TITLE,
            "regularHours": self.regular_hours,
            "specialHours": {"specialHourPeriods": list(self.special_hour_periods)},
        }
        fields = {f.strip() for f in mask.split(",")}
        return {k: v for k, v in full.items() if k in fields}

    def _get_location(self, request: RecordedRequest) -> Reply:
        mask = request.arg("readMask")
        if not mask:
            return google_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
        return Reply(200, self._location(mask))

    def _patch_location(self, request: RecordedRequest) -> Reply:
        if request.arg("updateMask") != "specialHours":
            return google_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
        now = time.monotonic()
        self.edits = [t for t in self.edits if now - t < 60]
        if len(self.edits) >= EDITS_PER_MINUTE:
            return google_error(
                429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Edits'"
            )
        periods = ((request.json() or {}).get("specialHours") or {}).get("specialHourPeriods") or []
        for period in periods:
            if "startDate" not in period or not (
                period.get("closed") or ("openTime" in period and "closeTime" in period)
            ):
                return google_error(
                    400, "INVALID_ARGUMENT", "Request contains an invalid argument."
                )
            if not period.get("closed") and not _spans_under_a_day(period):
                return google_error(
                    400,
                    "INVALID_ARGUMENT",
                    "Request contains an invalid argument: a special hour period must open "
                    "before it closes and cover less than 24 hours.",
                )
        if request.arg("validateOnly") != "true":
            self.edits.append(now)
            self.special_hour_periods = list(periods)
        return Reply(200, self._location("name,specialHours"))


def _spans_under_a_day(period: dict[str, Any]) -> bool:
    """Whether an open period (``startDate`` + ``openTime`` to ``endDate`` or the same day
    + ``closeTime``) opens before it closes, within 24 hours, and ends by the next day."""

    def moment(day: dict[str, Any], time_of_day: dict[str, Any]) -> datetime:
        base = datetime(int(day["year"]), int(day["month"]), int(day["day"]))
        hours, minutes = int(time_of_day.get("hours", 0)), int(time_of_day.get("minutes", 0))
        return base + timedelta(hours=hours, minutes=minutes)

    start_day = period["startDate"]
    end_day = period.get("endDate") or start_day
    opens = moment(start_day, period["openTime"])
    closes = moment(end_day, period["closeTime"])
    next_day = moment(start_day, {}) + timedelta(days=2)
    return opens < closes < next_day and closes - opens < timedelta(hours=24)


def _post_problem(body: dict[str, Any]) -> str | None:
    if not body.get("summary"):
        return "summary is required"
    if len(body["summary"]) > 1500:
        return "summary is too long"
    topic = body.get("topicType", "STANDARD")
    if topic not in ("STANDARD", "EVENT", "OFFER", "ALERT"):
        return f"Invalid value at 'local_post.topic_type' ({topic})"
    action = body.get("callToAction")
    if action:
        if action.get("actionType") == "CALL" and action.get("url"):
            return "callToAction.url must not be set for CALL"
        if action.get("actionType") != "CALL" and not action.get("url"):
            return "callToAction.url is required"
    if topic in ("EVENT", "OFFER"):
        event = body.get("event") or {}
        if not event.get("title") or not (event.get("schedule") or {}).get("startDate"):
            return "event.title and event.schedule are required"
    if topic == "ALERT" and body.get("alertType") != "COVID_19":
        return "alertType must be COVID_19"
    if topic != "ALERT" and "alertType" in body:
        return "alertType is only for ALERT posts"
    if topic != "OFFER" and "offer" in body:
        return "offer is only for OFFER posts"
    for media in body.get("media") or []:
        if not media.get("sourceUrl"):
            return "media.sourceUrl is required"
    return None


def account_for(base_url: str) -> kit.Account:
    """An account of the channel with every Google host on this fake."""
    return kit.Account(
        id="google",
        channel="google_business",
        name=LOCATION_TITLE,
        base_url=base_url,
        settings={
            "account_id": ACCOUNT_ID,
            "location_id": LOCATION_ID,
            "business_information_url": base_url,
            "oauth_url": f"{base_url}/token",
            "performance_url": base_url,
        },
        credentials={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": REFRESH_TOKEN,
        },
    )


def contract_kit() -> ContractKit[FakeGoogleBusiness]:
    from medsocial_google_business import GoogleBusinessProfile

    return ContractKit(
        make_channel=GoogleBusinessProfile,
        make_fake=configured(FakeGoogleBusiness, page_cap=5),
        posts=lambda fake: len(fake.posts),
        bury=lambda fake: fake.post_by_someone_else(105),  # reconcile reads pages of 100
        account_for=account_for,
        good_draft=kit.Draft(text="Walk-in flu vaccinations this week, no appointment needed."),
        seed_activity=lambda fake, n: [fake.review(1, stars=1 + i % 5) for i in range(n)],
        replied_to=lambda fake, reply_id: next(
            (
                r["reviewId"]
                for r in fake.reviews
                if f"{r['name']}/reply" == reply_id and r.get("reviewReply")
            ),
            None,
        ),
        rate_limited=lambda: Fault.answer(
            google_error(
                429,
                "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'",
            ),
        ),
    )
