"""A loopback Google Business Profile: the OAuth token endpoint, My Business v4 local posts
and the Business Information v1 location with its special hours, all on one address.

It answers as Google documents: ``{"error": {"code", "message", "status"}}`` envelopes
(``UNAUTHENTICATED``, ``INVALID_ARGUMENT``, ``NOT_FOUND``, ``RESOURCE_EXHAUSTED``), a
``readMask`` required on reads, ``updateMask=specialHours`` replacing the whole list, and
the 10-edits-per-minute limit per profile.
"""

from __future__ import annotations

import itertools
import threading
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from medsocial_tui.channel import Account, Draft
from medsocial_tui.testing.contract import ContractKit
from medsocial_tui.testing.fakeapi import FakeAPI, RecordedRequest, Reply

ACCOUNT_ID = "111222333444555666777"
LOCATION_ID = "9876543210123456789"
LOCATION_TITLE = "Maple Street Dental"
CLIENT_ID = "1234-fake.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-fake-client-secret"
REFRESH_TOKEN = "1//fake-refresh-token-0123456789"
POSTS = rf"/v4/accounts/{ACCOUNT_ID}/locations/{LOCATION_ID}/localPosts"
LOCATION = rf"/v1/locations/{LOCATION_ID}"
EDITS_PER_MINUTE = 10


def google_error(code: int, status: str, message: str) -> Reply:
    return Reply(code, {"error": {"code": code, "message": message, "status": status}})


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
        self._ids = itertools.count(1)
        self._state = threading.Lock()
        self.route("POST", r"/token")(self._token)
        self.route("POST", POSTS)(self._authorised(self._create_post))
        self.route("GET", POSTS)(self._authorised(self._list_posts))
        self.route("DELETE", rf"{POSTS}/(\d+)")(self._authorised(self._delete_post))
        self.route("GET", LOCATION)(self._authorised(self._get_location))
        self.route("GET", rf"{LOCATION}:fetchMultiDailyMetricsTimeSeries")(
            self._authorised(self._performance)
        )
        self.route("PATCH", LOCATION)(self._authorised(self._patch_location))

    def revoke_access_tokens(self) -> None:
        """Access tokens stop working (as after an hour); the refresh token still works."""
        self.issued.clear()

    def _token(self, request: RecordedRequest) -> Reply:
        form = request.form()
        if form.get("grant_type") != "refresh_token":
            return Reply(400, {"error": "unsupported_grant_type"})
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return Reply(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        if form.get("refresh_token") != REFRESH_TOKEN:
            return Reply(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
            )
        token = f"ya29.fake-access-{next(self._ids)}"
        self.issued.add(token)
        return Reply(
            200,
            {
                "access_token": token,
                "expires_in": self.token_lifetime,
                "scope": "https://www.googleapis.com/auth/business.manage",
                "token_type": "Bearer",
            },
        )

    def _authorised(self, handler):
        def serve(request: RecordedRequest) -> Reply:
            header = request.headers.get("authorization", "")
            if not header.startswith("Bearer ") or header[7:] not in self.issued:
                return google_error(
                    401,
                    "UNAUTHENTICATED",
                    "Request had invalid authentication credentials. Expected OAuth 2 access "
                    "token, login cookie or other valid authentication credential.",
                )
            with self._state:
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
        with self._state:
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
        if request.arg("validateOnly") != "true":
            self.edits.append(now)
            self.special_hour_periods = list(periods)
        return Reply(200, self._location("name,specialHours"))


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
    for media in body.get("media") or []:
        if not media.get("sourceUrl"):
            return "media.sourceUrl is required"
    return None


def account_for(base_url: str) -> Account:
    """An account of the channel with every Google host on this fake."""
    return Account(
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


def contract_kit() -> ContractKit:
    from medsocial_google_business import GoogleBusinessProfile

    return ContractKit(
        make_channel=GoogleBusinessProfile,
        make_fake=FakeGoogleBusiness,
        account_for=account_for,
        good_draft=Draft(text="Walk-in flu vaccinations this week, no appointment needed."),
    )
