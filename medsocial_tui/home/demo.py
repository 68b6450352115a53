"""A realistic demo practice: a dental office with staff in different roles, a published
policy not everyone has acknowledged, and a dozen posts in different states.

The history (what went out last week, what failed) is seeded directly, with audit events that
say so; everything from now on happens through the real queue and ``medsocial flush``.
"""

from __future__ import annotations

import json
import os
import tomllib
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from medsocial_tui import clock
from medsocial_tui.errors import HomeError, NotFound, UsageError
from medsocial_tui.home import homebuild
from medsocial_tui.home.config import Home, load_config, write_private, write_secrets
from medsocial_tui.home.homebuild import CONTACT_FIELDS, ContactDetails
from medsocial_tui.home.practice import Practice, current_login, ensure_practice_row, open_practice
from medsocial_tui.models import Post, Role, StaffMember
from medsocial_tui.publishing import approvals, queue, states
from medsocial_tui.publishing.outcomes import late_message
from medsocial_tui.publishing.states import DeliveryState
from medsocial_tui.records import audit, audit_notes, policy, records_key, training
from medsocial_tui.records import staff as staff_core
from medsocial_tui.records.acting import ActingAs
from medsocial_tui.store import Store, open_store

A, P, M = Role.AUTHOR, Role.APPROVER, Role.ADMIN

DEMO_STAFF = (
    # login, name, roles, title, provider, manager, acknowledged
    ("ppatel", "Dr. Priya Patel", {A, P, M}, "DDS, owner", True, False, True),
    ("mchen", "Dr. Marcus Chen", {P}, "DMD", True, False, True),
    ("jreyes", "Jordan Reyes", {A}, "Marketing coordinator", False, True, True),
    ("sokafor", "Sam Okafor", {A}, "Front desk", False, False, False),
    ("lbrooks", "Linda Brooks", {A, P, M}, "Office manager", False, False, True),
    ("tnguyen", "Tina Nguyen", {A}, "Hygienist", False, False, False),
)


def example_config_text() -> str:
    return (
        resources.files("medsocial_tui.data").joinpath("practice.example.toml").read_text("utf-8")
    )


def config_text(
    name: str,
    timezone: str,
    *,
    accounts: bool = True,
    contact: ContactDetails | None = None,
) -> str:
    """The example config with this practice's name and timezone, comments kept. With
    ``contact``, the example's phone, address, website and portal are replaced by these (empty
    when unknown); without ``accounts``, the example pages are left out and the opening hours
    are left as comments (the example's are not this practice's)."""
    import tomlkit

    document = tomlkit.parse(example_config_text())
    practice = document["practice"]
    assert isinstance(practice, tomlkit.items.Table)
    practice["name"] = name
    practice["timezone"] = timezone
    if contact is not None:
        for key in CONTACT_FIELDS:
            practice[key] = getattr(contact, key)
    if not accounts:
        tables = list(document)
        at = tables.index("accounts") if "accounts" in tables else None
        if at is not None:
            before = document[tables[at - 1]] if at > 0 else None
            after = tables[at + 1] if at + 1 < len(tables) else None
            del document["accounts"]
            # the next table's own comment went with the accounts: [audit] was left under the
            # [keys] table's words, and nothing said what its head_file is for (found on the
            # newcomer's walk, reading the file `medsocial doctor` sends them to)
            above = _comment_above(example_config_text(), after) if after else []
            if isinstance(before, tomlkit.items.Table):
                for line in (*NO_ACCOUNTS_COMMENT, "", *above):
                    before.add(tomlkit.comment(line) if line else tomlkit.nl())
        hours = document["hours"]
        assert isinstance(hours, tomlkit.items.Table)
        example_hours = [(day, str(value)) for day, value in hours.items()]
        for day, _value in example_hours:
            del hours[day]
        hours.add(tomlkit.comment("Fill in your own, e.g.:"))
        for day, value in example_hours:
            hours.add(tomlkit.comment(f"{day} = {json.dumps(value)}"))
    return tomlkit.dumps(document)


NO_ACCOUNTS_COMMENT = (
    "For example:",
    "[[accounts]]",
    'id = "page-main"',
    'channel = "..."  # a channel `medsocial plugins` lists',
    'name = "Your practice\'s page"',
    "[accounts.settings]",
    "(the settings docs/channels/<channel>.md names)",
)


def _comment_above(text: str, table: str) -> list[str]:
    """The comment lines right above ``[table]`` in ``text``: tomlkit keeps them with the
    table before it, so they go when the accounts are taken out. None (``[]``) when ``text``
    has no such table line (the example config changed shape)."""
    lines = text.splitlines()
    if f"[{table}]" not in lines:
        return []
    end = lines.index(f"[{table}]")
    start = end
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    return [line.removeprefix("#").removeprefix(" ") for line in lines[start:end]]


def _prepare_folder(root: Path) -> Home:
    home = Home(root)
    if home.config_path.exists() or home.database_path.exists():
        raise HomeError(
            f"{root} already holds a practice",
            where=str(root),
            fix="choose an empty or new folder; medsocial never overwrites a practice",
        )
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    home.media_dir.mkdir(exist_ok=True)
    return home


def create_home(
    root: Path,
    name: str,
    timezone: str,
    *,
    login: str | None = None,
    accounts: bool = False,
    contact: ContactDetails | None = None,
    kind: str = "practice",
) -> Home:
    """A new practice home: config (from the commented example), database, the creator as
    admin, and a first policy draft from the template. Built beside ``root`` and renamed into
    place, so an interrupted run leaves no half practice. ``kind`` is ``practice`` for a real
    one; the test helpers make ``test`` homes, where MEDSOCIAL_USER and MEDSOCIAL_NOW work."""
    clock.trust_environment(kind != "practice")
    build = homebuild.begin(root)
    home = build.home
    try:
        home.config_path.write_text(
            config_text(name, timezone, accounts=accounts, contact=contact or ContactDetails()),
            "utf-8",
        )
        write_secrets(home, {})
        store = open_store(home.database_path, create=True)
        try:
            ensure_practice_row(store, name, kind)
            records_key.key_for(store.db)
            _admin_and_policy(store, login or current_login(), name)
        finally:
            store.close()
    except BaseException:
        build.abandon()
        raise
    return build.finish()


def finish_home(
    root: Path,
    *,
    login: str | None = None,
    name: str | None = None,
    timezone: str | None = None,
    contact: ContactDetails | None = None,
) -> Home:
    """Complete a home an interrupted ``init`` left: the config (from ``name`` and
    ``timezone`` when it has none), the secrets file, media folder, database, ``login`` as
    its admin, and a policy draft when there is no policy yet."""
    left = homebuild.unfinished(root)
    if left is None or not left.needs_finishing:
        raise HomeError(
            f"{root} holds no unfinished practice",
            where=str(root),
            fix="`medsocial init` makes a new one in an empty folder",
        )
    home = left.home
    if not left.has_config:
        if not name or not timezone:
            raise UsageError(
                f"{home.config_path.name} is missing, so the practice's name and timezone are "
                "needed",
                fix="add --practice NAME --timezone TZ",
            )
        text = config_text(name, timezone, accounts=False, contact=contact or ContactDetails())
        write_private(home.config_path, text.encode("utf-8"), mode=0o644)
    config = load_config(home)
    if not home.secrets_path.exists():
        write_secrets(home, {})
    home.media_dir.mkdir(exist_ok=True)
    store = open_store(home.database_path, create=True)
    try:
        ensure_practice_row(store, config.name, "practice")
        records_key.key_for(store.db)
        _admin_and_policy(store, login or current_login(), config.name)
    finally:
        store.close()
    return home


def _admin_and_policy(store: Store, login: str, practice_name: str) -> None:
    """``login`` as the practice's admin (the first one, so no one else grants it), and a
    first policy draft when the practice has no policy version yet."""
    member = staff_core.by_login(store, login)
    if member is None:
        staff_core.add(
            ActingAs(store, login),
            login=login,
            name=login,
            roles=frozenset({A, P, M}),
            is_manager=True,
        )
    elif not member.has(M) or not member.active:
        staff_core.grant_first_admin(store, login)
    if not policy.versions(store):
        policy.create_draft(
            ActingAs(store, login),
            "Internet and social-media use policy",
            policy.template_sections(practice_name),
        )


def build(root: Path, *, login: str | None = None) -> Home:
    """Create the demo practice in ``root`` (which must not hold a practice yet). It is
    marked a demo home: MEDSOCIAL_USER and MEDSOCIAL_NOW work in it, as in tests."""
    clock.trust_environment(True)
    login = login or current_login()
    home = _prepare_folder(root)
    home.config_path.write_text(example_config_text(), "utf-8")
    write_secrets(home, {})
    store = open_store(home.database_path, create=True)
    ensure_practice_row(store, "Maple Street Dental", "demo")
    records_key.key_for(store.db)
    owner = ActingAs(store, DEMO_STAFF[0][0])
    for person_login, name, roles, title, provider, manager, _ in DEMO_STAFF:
        staff_core.add(
            owner,
            login=person_login,
            name=name,
            roles=frozenset(roles),
            title=title,
            is_provider=provider,
            is_manager=manager,
        )
    if staff_core.by_login(store, login) is None:
        staff_core.add(
            owner,
            login=login,
            name=f"{login} (you)",
            roles=frozenset({A, P, M}),
            title="Trying the demo",
        )
    linda = ActingAs(store, "lbrooks")
    version = policy.create_draft(
        linda,
        "Internet and social-media use policy",
        policy.template_sections("Maple Street Dental"),
    )
    policy.publish(linda, version.number, effective=(clock.now() - timedelta(days=40)).date())
    for person_login, *_rest, acknowledged in DEMO_STAFF:
        if acknowledged:
            member = _member(store, person_login)
            policy.acknowledge(ActingAs(store, person_login), member.id, version.number)
    you = _member(store, login)
    policy.acknowledge(ActingAs(store, login), you.id, version.number)
    _seed_records(store, login, version.number)
    store.close()

    practice = open_practice(home)
    try:
        _seed_posts(practice)
        _seed_metrics(practice)
        _seed_inbox(practice)
    finally:
        practice.close()
    return home


KIND_PULL = {
    "qa": 3.0,
    "education": 2.2,
    "live_session": 2.6,
    "health_news": 1.6,
    "hours_change": 1.4,
    "provider_availability": 1.2,
    "general": 1.0,
}
"""How much more a kind of post is liked than a plain one, in the demo's made-up history."""
DEMO_RANGES = {
    "reactions": (4, 14),
    "likes": (5, 16),
    "comments": (0, 4),
    "shares": (0, 3),
    "quotes": (0, 2),
    "saves": (0, 3),
    "reach": (60, 240),
    "views": (80, 400),
    "impressions": (120, 600),
    "clicks": (0, 6),
}
"""A post's counters a day after it went out, in the demo's made-up history."""
DEMO_MEANS = {
    "calls": 9,
    "website_clicks": 14,
    "direction_requests": 11,
    "searches": 160,
    "map_views": 95,
    "follows": 2,
    "reach": 140,
    "engagements": 18,
}
"""The accounts' daily figures around these means (weekdays busier); followers grow."""


def _offered(practice: Practice, account_id: str, *, daily: bool = False) -> tuple[str, ...]:
    """The counters the account's plugin says its network gives (none without the plugin)."""
    config = practice.config.account(account_id)
    channel = practice.plugins.channels.get(config.channel) if config else None
    if channel is None:
        return ()
    return channel.account_metrics_offered if daily else channel.metrics_offered


def _seed_metrics(practice: Practice) -> None:
    """What ``medsocial metrics fetch`` would have read: each published post's counters a
    day (and a week) after it went out, and a year of the accounts' daily figures, so the
    performance screen and ``medsocial report`` show something real-looking from the start.
    Seeded from a fixed number: every demo looks the same."""
    import json
    import random

    rng = random.Random(20261127)
    now = clock.now()
    taken = clock.to_iso(now)
    rows = practice.store.query(
        "SELECT d.id, d.account_id, d.published_at, p.kind FROM deliveries d"
        " JOIN posts p ON p.id = d.post_id WHERE d.state = ? ORDER BY d.id",
        (DeliveryState.PUBLISHED.value,),
    )
    with practice.store.write() as db:
        for row in rows:
            names = [n for n in _offered(practice, row["account_id"]) if n in DEMO_RANGES]
            if not names:
                continue
            published = clock.parse_utc(row["published_at"])
            pull = KIND_PULL.get(row["kind"], 1.0)
            for age, days in (("day", 1), ("week", 7)):
                if now - published < timedelta(days=days):
                    continue
                grow = 1.0 if age == "day" else 1.4
                counts = {
                    name: int(rng.randint(*DEMO_RANGES[name]) * pull * grow) for name in names
                }
                db.conn.execute(
                    "INSERT INTO post_metrics (delivery_id, age, account_id, taken_at, counts)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (row["id"], age, row["account_id"], taken, json.dumps(counts)),
                )
        today = clock.local(now, practice.tz).date()
        for config in practice.config.accounts:
            daily_names = _offered(practice, config.id, daily=True)
            followers = rng.randint(300, 900)
            for back in range(365, 0, -1):
                day = today - timedelta(days=back)
                busy = 1.25 if day.weekday() < 5 else 0.55
                followers += rng.randint(0, 3)
                for name in daily_names:
                    mean = DEMO_MEANS.get(name, 5)
                    value = (
                        followers
                        if name == "followers"
                        else max(0, int(rng.gauss(mean * busy, mean * 0.25)))
                    )
                    db.conn.execute(
                        "INSERT INTO account_metrics (account_id, day, name, value, taken_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (config.id, day.isoformat(), name, value, taken),
                    )


def _seed_inbox(practice: Practice) -> None:
    """A few things people wrote to the demo's accounts, as `medsocial inbox fetch` would
    have stored them: a message, a question, a 1-star and a 5-star review, a mention."""
    now = clock.now()
    items = tomllib.loads(
        resources.files("medsocial_tui.data").joinpath("demo_inbox.toml").read_text("utf-8")
    )["items"]
    with practice.store.write() as db:
        for item in items:
            at = clock.to_iso(now - timedelta(minutes=item["minutes_ago"]))
            db.conn.execute(
                "INSERT INTO inbox_items (account_id, remote_id, kind, author_name, text,"
                " rating, created_at, fetched_at, state, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item["account"],
                    item["remote_id"],
                    item["kind"],
                    item["author"],
                    item["text"],
                    item.get("rating"),
                    at,
                    at,
                    item["state"],
                    at,
                ),
            )
        audit.record(db, "demo", "inbox.received", "demo", "", items=len(items))


DEMO_TRAINING = (
    # login, days ago; Sam (a new hire) has none on record yet
    ("ppatel", 40),
    ("mchen", 40),
    ("jreyes", 38),
    ("lbrooks", 40),
    ("tnguyen", 400),
)


def _seed_records(store: Store, you: str, policy_number: int) -> None:
    """Training on record (one person overdue, one new hire not yet trained), an audit note,
    and a draft of the next policy version with a custom section, to compare."""
    now = clock.today(store.tz)
    linda = ActingAs(store, "lbrooks")
    trained = dict(DEMO_TRAINING)
    trained.setdefault(you, 40)
    for person, days_ago in trained.items():
        training.record(
            linda,
            person,
            completed_on=now - timedelta(days=days_ago),
            trainer="Linda Brooks",
            notes="Annual session: the policy, examples of privacy mistakes, where to send "
            "patients who ask about their care.",
        )
    audit_notes.add(
        linda,
        "jreyes",
        reviewed_on=now - timedelta(days=12),
        seen="Four public posts about the practice this quarter: office news and a whitening "
        "product post. No patient photos or details; the product post carried #ad.",
        action="None needed; thanked them for the clear disclosure.",
    )
    draft = policy.create_draft(linda, from_number=policy_number)
    policy.set_section(
        linda,
        draft.number,
        "photography",
        "Photos and videos in the office are taken only by staff the practice names, with "
        "no patient, chart or screen in view. A patient's photo is used only with their "
        "written authorisation, kept with their record.",
        title="Photography in the office",
    )


def _member(store: Store, login: str) -> StaffMember:
    member = staff_core.by_login(store, login)
    if member is None:
        raise NotFound(f"no staff member {login!r} in the demo")
    return member


def _as(practice: Practice, login: str) -> Practice:
    practice.login = login
    return practice


def _demo_posts() -> list[dict[str, Any]]:
    text = resources.files("medsocial_tui.data").joinpath("demo_posts.toml").read_text("utf-8")
    posts: list[dict[str, Any]] = tomllib.loads(text)["posts"]
    return posts


def _seed_posts(practice: Practice) -> None:
    now = clock.now()
    tz = practice.tz
    today_local = now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    for item in _demo_posts():
        if "minutes_ago" in item:
            when = now - timedelta(minutes=item["minutes_ago"])
        elif "day" in item:
            hour, minute = (int(x) for x in item["time"].split(":"))
            when = (today_local + timedelta(days=item["day"])).replace(hour=hour, minute=minute)
        else:
            when = None
        _as(practice, item["author"])
        compose = queue.Compose(
            text=item["text"],
            accounts=item["accounts"],
            kind=item["kind"],
            scheduled_at=when.astimezone(now.tzinfo) if when else None,
        )
        post = _create_unchecked(practice, compose)
        then = item["then"]
        if then == "draft":
            continue
        _set_post(practice, post.id, "in_review")
        if then == "in_review":
            continue
        if then == "sent_back":
            _as(practice, "ppatel")
            queue.send_back(practice, post.id, item["review_note"])
            continue
        approver = "ppatel" if item["author"] != "ppatel" else "lbrooks"
        _set_post(practice, post.id, "approved", approver=approver)
        if then in ("scheduled", "due"):
            continue
        for index, d in enumerate(queue.get(practice.store, post.id).deliveries):
            _seed_outcome(practice, d.id, d.account_id, then, index)
    _as(practice, current_login())


def _create_unchecked(practice: Practice, compose: queue.Compose) -> Post:
    """Create a demo post through the queue, as its author would."""
    return queue.create(practice, compose)


def _set_post(practice: Practice, post_id: int, status: str, approver: str | None = None) -> None:
    post = queue.get(practice.store, post_id)
    when = clock.to_iso(post.scheduled_at) if post.scheduled_at else clock.to_iso(clock.now())
    target = states.PostStatus(status)
    state = states.DELIVERY_STATE_FOR[target]
    with practice.store.write() as db:
        states.move_post_deliveries(
            db,
            post_id,
            states.BEFORE_APPROVAL,
            state,
            next_attempt_at=when if state is states.S.SCHEDULED else None,
        )
        states.move_post(
            db,
            post_id,
            post.status,
            target,
            approved_by=approver,
            approved_at=when if approver else None,
        )
        audit.record(db, "demo", "demo.seeded", "post", post_id, status=status)
        if status == "approved" and approver:
            approvals.grant(
                db, practice.home.root, post_id, approvals.Basis.APPROVER, approver, actor="demo"
            )


FAILURES = {
    "failed": (
        "failed",
        "auth",
        "the account needs reconnecting: Error validating access token: Session has "
        "expired (code 190)",
    ),
    "unknown": (
        "unknown",
        "unknown",
        "no answer from the network (ReadTimeout); it may be out: check the page, then "
        "mark it published or retry anyway",
    ),
}
"""How a demo delivery that was sent ends (a held one is never sent: see _seed_outcome)."""


def _seed_outcome(
    practice: Practice, delivery_id: int, account_id: str, then: str, index: int
) -> None:
    config = practice.config.account(account_id)
    network = config.settings.get("network") if config else None
    now = clock.now()
    if then == "published" and network:
        state, kind, error = (
            "todo",
            "manual",
            f"Post this on {network} by hand, then mark it done with the post's URL.",
        )
    elif then in FAILURES and index == 0:
        state, kind, error = FAILURES[then]
    else:
        state, kind, error = "published", None, ""
    scheduled = practice.store.one("SELECT scheduled_at FROM deliveries WHERE id=?", (delivery_id,))
    due = scheduled["scheduled_at"] if scheduled else None
    if then == "held":
        # in the words flush holds it with, from its real time: a fixed "4 h 10 min" read
        # beside a post time 26 h past
        late = now - clock.parse_utc(due) if due else timedelta(0)
        state, kind = "held", "late"
        error = late_message(late)
    remote = state == "published"
    published_at = (due or clock.to_iso(now)) if remote else None
    sent = state != "held"
    with practice.store.write() as db:
        if sent:
            # history as it happens: a claim, then the answer
            states.move(db, delivery_id, states.S.SCHEDULED, states.S.PUBLISHING)
        states.move(
            db,
            delivery_id,
            states.S.PUBLISHING if sent else states.S.SCHEDULED,
            state,
            error_kind=kind,
            last_error=error,
            attempts=1 if sent else 0,
            remote_id=None,
            remote_url=None,
            published_at=published_at,
        )
        if remote:
            db.conn.execute(
                "UPDATE accounts SET last_published_at=? WHERE id=?", (published_at, account_id)
            )
        audit.record(db, "demo", "demo.seeded", "delivery", delivery_id, state=state)
