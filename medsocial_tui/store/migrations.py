"""Schema migrations, one transactional step each. Never edit a released step: add one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "medsocial"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where sqlite_utils records the steps applied (``Migrations.migrations_table``; a test checks
they agree), read with plain SQL so that opening a database imports no sqlite_utils."""

F = TypeVar("F", bound=Callable[..., Any])


class Steps:
    """The steps in order, registered as with sqlite_utils' ``Migrations`` (``@migrations(name=
    ...)``); sqlite_utils itself is imported only when something is to be migrated or a
    caller asks for its ``pending``/``applied``/``apply``. Opening a database to read only
    needs :meth:`names`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[[Database], None], bool]] = []
        self._built: Migrations | None = None

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[F], F]:
        def inner(fn: F) -> F:
            step = name or fn.__name__
            if step in self.names():
                raise ValueError(f"migration {step!r} is already registered in {self.name!r}")
            self._steps.append((step, fn, transactional))
            self._built = None
            return fn

        return inner

    def names(self) -> list[str]:
        """Every step this version knows, in order."""
        return [step for step, _fn, _transactional in self._steps]

    def library(self) -> Migrations:
        """The steps as sqlite_utils' ``Migrations``, which applies them."""
        if self._built is None:
            from sqlite_utils import Migrations

            built = Migrations(self.name)
            for step, fn, transactional in self._steps:
                built(name=step, transactional=transactional)(fn)
            self._built = built
        return self._built

    def pending(self, db: Any) -> list[Any]:
        """sqlite_utils' ``Migrations.pending`` on ``db`` (the store's or sqlite_utils')."""
        return self.library().pending(migratable(db))

    def applied(self, db: Any) -> list[Any]:
        return self.library().applied(migratable(db))

    def apply(self, db: Any, **kwargs: Any) -> None:
        self.library().apply(migratable(db), **kwargs)


def migratable(db: Any) -> Database:
    """sqlite_utils' ``Database`` on the connection of ``db`` (the store's own or already
    sqlite_utils'); made outside a transaction, since it sets a pragma."""
    from sqlite_utils import Database

    if isinstance(db, Database):
        return db
    return Database(db.conn, execute_plugins=False)


migrations = Steps(MIGRATION_SET)


def _run(db: Database, script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            db.conn.execute(statement)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    """Practice, staff, accounts, the post queue, policy records and the audit log."""
    _run(
        db,
        """
CREATE TABLE practice (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_version TEXT NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT 'author',
    is_manager INTEGER NOT NULL DEFAULT 0,
    is_provider INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    deactivated_at TEXT
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    name TEXT NOT NULL,
    auth_status TEXT NOT NULL DEFAULT 'unknown',
    auth_message TEXT NOT NULL DEFAULT '',
    last_published_at TEXT,
    last_checked_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'general',
    text TEXT NOT NULL,
    link TEXT,
    media TEXT NOT NULL DEFAULT '[]',
    overrides TEXT NOT NULL DEFAULT '{}',
    options TEXT NOT NULL DEFAULT '{}',
    author TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    scheduled_at TEXT,
    tolerance_minutes INTEGER,
    review_note TEXT NOT NULL DEFAULT '',
    approved_by TEXT,
    approved_at TEXT,
    compliance_override_by TEXT,
    compliance_override_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX posts_by_status ON posts (status, scheduled_at);
CREATE INDEX posts_by_schedule ON posts (scheduled_at);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    account_id TEXT NOT NULL REFERENCES accounts(id),
    state TEXT NOT NULL DEFAULT 'draft',
    scheduled_at TEXT,
    next_attempt_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    attempt_id TEXT,
    lease_owner TEXT,
    lease_expires_at TEXT,
    claimed_at TEXT,
    idempotency_key TEXT NOT NULL,
    remote_id TEXT,
    remote_url TEXT,
    error_kind TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    progress TEXT NOT NULL DEFAULT '{}',
    published_at TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (post_id, account_id)
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_account ON deliveries (account_id, state);
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
    attempt_id TEXT NOT NULL UNIQUE,
    runner TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attempts_by_delivery ON attempts (delivery_id);
CREATE TABLE policy_versions (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    sections TEXT NOT NULL DEFAULT '[]',
    effective_date TEXT,
    next_review_date TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    published_by TEXT,
    published_at TEXT,
    retired_at TEXT
);
CREATE TABLE acknowledgements (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    policy_version_id INTEGER NOT NULL REFERENCES policy_versions(id),
    acknowledged_at TEXT NOT NULL,
    UNIQUE (staff_id, policy_version_id)
);
CREATE TABLE training (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    topic TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    next_due TEXT NOT NULL,
    trainer TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE audit_notes (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    reviewed_on TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    seen TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE roster_hashes (
    digest TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'name',
    imported_at TEXT NOT NULL
);
CREATE TABLE hours_changes (
    id INTEGER PRIMARY KEY,
    reason TEXT NOT NULL,
    change TEXT NOT NULL,
    days TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '{}',
    previous_special_hours TEXT NOT NULL DEFAULT '{}',
    post_id INTEGER REFERENCES posts(id),
    correction_post_id INTEGER REFERENCES posts(id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX events_by_subject ON events (subject_type, subject_id);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
""",
    )


@migrations(name="0002_queue_order_index")
def queue_order_index(db: Database) -> None:
    """The queue lists posts newest schedule first; an index on that order keeps a page read
    to the rows on it, even with 100,000 posts."""
    db.conn.execute(
        "CREATE INDEX posts_by_queue_order ON posts (coalesce(scheduled_at, created_at) DESC, id DESC)"
    )


@migrations(name="0003_queue_filters")
def queue_filters(db: Database) -> None:
    """The queue's filters by author and by delivery state read an index, not every post."""
    _run(
        db,
        """
CREATE INDEX posts_by_author ON posts (author, scheduled_at);
CREATE INDEX deliveries_by_state_post ON deliveries (state, post_id)
""",
    )


@migrations(name="0010_home_kind")
def home_kind(db: Database) -> None:
    """Whether this home is a real practice, a demo or a test home. Only demo and test homes
    let MEDSOCIAL_USER and MEDSOCIAL_NOW choose who is signed in and what time it is; the
    kind is set when the home is created and no command changes it."""
    db.conn.execute(
        "ALTER TABLE practice ADD COLUMN home_kind TEXT NOT NULL DEFAULT 'practice'"
        " CHECK (home_kind IN ('practice', 'demo', 'test'))"
    )


@migrations(name="0060_unsaved_compose")
def unsaved_compose(db: Database) -> None:
    """What a person is writing in compose, kept as they type, so a dropped SSH connection
    loses at most the last second; one row per person and post (0: a new post)."""
    db.conn.execute(
        "CREATE TABLE unsaved_compose ("
        " login TEXT NOT NULL,"
        " post_id INTEGER NOT NULL DEFAULT 0,"
        " content TEXT NOT NULL,"
        " saved_at TEXT NOT NULL,"
        " PRIMARY KEY (login, post_id))"
    )


@migrations(name="0130_authorisations")
def authorisations(db: Database) -> None:
    """Patients' written permission (kept as a keyed digest of the name, never in clear) and
    the takedown list a revocation produces."""
    _run(
        db,
        """
CREATE TABLE authorisations (
    id INTEGER PRIMARY KEY,
    patient_digest TEXT NOT NULL,
    scope TEXT NOT NULL,
    networks TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    expires_on TEXT,
    revoked_on TEXT,
    revoked_by TEXT,
    form_location TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX authorisations_by_patient ON authorisations (patient_digest);
CREATE TABLE takedowns (
    id INTEGER PRIMARY KEY,
    authorisation_id INTEGER NOT NULL REFERENCES authorisations(id),
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
    account_id TEXT NOT NULL,
    remote_id TEXT NOT NULL DEFAULT '',
    remote_url TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX takedowns_by_authorisation ON takedowns (authorisation_id)
""",
    )


@migrations(name="0020_bound_approvals_and_kept_reasons")
def bound_approvals_and_kept_reasons(db: Database) -> None:
    """Approvals and guard overrides bound to a digest of the content and sealed with the
    record key; reasons kept outside the audit chain; sealed checkpoints of the chain; who
    edited a post last. Posts approved before this step keep their approval, bound to what
    they hold now (basis ``legacy``)."""
    _run(
        db,
        """
ALTER TABLE posts ADD COLUMN edited_by TEXT;
UPDATE posts SET edited_by = author;
CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    basis TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    digest TEXT NOT NULL,
    seal TEXT NOT NULL,
    cleared_at TEXT
);
CREATE INDEX approvals_by_post ON approvals (post_id, cleared_at);
CREATE TABLE reasons (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL,
    purpose TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id TEXT NOT NULL DEFAULT '',
    text TEXT,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    redacted_by TEXT,
    redacted_at TEXT
);
CREATE TABLE guard_overrides (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    digest TEXT NOT NULL,
    texts TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '[]',
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    reason_id INTEGER REFERENCES reasons(id),
    seal TEXT NOT NULL,
    cleared_at TEXT
);
CREATE INDEX guard_overrides_by_post ON guard_overrides (post_id, cleared_at);
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    seal TEXT NOT NULL
)
""",
    )
    from medsocial_tui.publishing import approvals
    from medsocial_tui.records import records_key
    from medsocial_tui.store import Database as Core

    core = Core(db.conn)  # the same connection, as the core's functions take it
    key_path = records_key.key_path_for(core)
    if key_path is None:
        return
    approved = db.conn.execute(
        "SELECT DISTINCT p.id, coalesce(p.approved_by, p.author) FROM posts p"
        " JOIN deliveries d ON d.post_id = p.id"
        " WHERE p.status = 'approved'"
        " AND d.state IN ('scheduled','deferred','held','publishing','unknown','failed')"
    ).fetchall()
    for post_id, by in approved:
        approvals.grant(
            core, key_path.parent, int(post_id), approvals.Basis.LEGACY, str(by), actor="upgrade"
        )


@migrations(name="0250_metrics")
def metrics_tables(db: Database) -> None:
    """How posts performed: a published delivery's counters a day, a week and a month after
    it went out, the accounts' daily series, and each account's last read (a network's
    request to wait is shared through ``account_waits``, see :mod:`rate_waits`)."""
    _run(
        db,
        """
CREATE TABLE post_metrics (
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
    age TEXT NOT NULL,
    account_id TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    counts TEXT NOT NULL,
    PRIMARY KEY (delivery_id, age)
) WITHOUT ROWID;
CREATE TABLE account_metrics (
    account_id TEXT NOT NULL,
    day TEXT NOT NULL,
    name TEXT NOT NULL,
    value INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    PRIMARY KEY (account_id, day, name)
) WITHOUT ROWID;
CREATE TABLE metric_reads (
    account_id TEXT PRIMARY KEY,
    last_run_at TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deliveries_published ON deliveries (published_at) WHERE state = 'published'
""",
    )


@migrations(name="0300_queue_order_indexes")
def queue_order_indexes(db: Database) -> None:
    """Every queue filter reads an index in the queue's own order (newest schedule first),
    so a page stops after its rows and nothing is sorted in a temporary B-tree: status and
    author lead an index that then follows the queue order, and a delivery's state, account
    and post are one covering index. The indexes these replace, and the schedule index no
    query used, are dropped (the database was more index than data). Statistics are
    gathered for the planner; ``PRAGMA optimize`` keeps them current on close."""
    _run(
        db,
        """
DROP INDEX IF EXISTS posts_by_status;
DROP INDEX IF EXISTS posts_by_author;
DROP INDEX IF EXISTS posts_by_schedule;
DROP INDEX IF EXISTS deliveries_by_state_post;
DROP INDEX IF EXISTS deliveries_by_account;
CREATE INDEX posts_by_status_order
    ON posts (status, coalesce(scheduled_at, created_at) DESC, id DESC);
CREATE INDEX posts_by_author_order
    ON posts (author, coalesce(scheduled_at, created_at) DESC, id DESC);
CREATE INDEX deliveries_by_state_account ON deliveries (state, account_id, post_id);
CREATE INDEX deliveries_by_account_state ON deliveries (account_id, state, post_id);
ANALYZE
""",
    )


@migrations(name="0200_inbox")
def inbox(db: Database) -> None:
    """The inbox: what people wrote to the practice's accounts (comments, messages, reviews,
    mentions), where each account's reading stopped, the replies (with the reply guard's
    verdict and, for negative reviews, a sealed approval), the practice's reply templates, and
    each account's rate-limit wait, which publishing and the inbox share.
    Who did what is in the audit chain; the words people wrote live only here."""
    _run(
        db,
        """
CREATE TABLE inbox_items (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    remote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    author_handle TEXT,
    text TEXT NOT NULL DEFAULT '',
    permalink TEXT,
    on_remote_id TEXT,
    rating INTEGER,
    thread TEXT NOT NULL DEFAULT '{}',
    reply_window_ends TEXT,
    existing_reply TEXT,
    created_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    assigned_to TEXT,
    escalated_to TEXT,
    answered_at TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE INDEX inbox_items_by_state ON inbox_items (state, created_at);
CREATE INDEX inbox_items_by_account ON inbox_items (account_id, created_at);
CREATE TABLE inbox_cursors (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    cursor TEXT,
    fetched_at TEXT,
    retry_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE inbox_replies (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES inbox_items(id),
    text TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    guard TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    seal TEXT,
    attempt_id TEXT,
    remote_id TEXT,
    permalink TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX inbox_replies_by_item ON inbox_replies (item_id, state);
CREATE TABLE inbox_templates (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE account_waits (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    until TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
)
""",
    )


@migrations(name="0201_inbox_alerted")
def inbox_alerted(db: Database) -> None:
    """When an item was last told about in an alert (new, then past the target), so a fetch
    that dies before its alert tells about the items in the next run's alert instead."""
    _run(
        db,
        """
ALTER TABLE inbox_items ADD COLUMN alerted_new_at TEXT;
ALTER TABLE inbox_items ADD COLUMN alerted_overdue_at TEXT;
UPDATE inbox_items SET alerted_new_at = fetched_at
""",
    )


@migrations(name="0301_waiting_deliveries_index")
def waiting_deliveries_index(db: Database) -> None:
    """Flush reads each account's due deliveries a page at a time, in the order they fell
    due, from an index of only the deliveries that wait to be sent (scheduled or deferred:
    ``states.SENDABLE``, spelled as ``states.sql_in`` spells it, so the planner can use it).
    The index it replaces held every delivery ever made; this one holds the few waiting
    now, so a year of published deliveries costs it nothing, and a delivery that goes out
    leaves it instead of moving inside it."""
    _run(
        db,
        """
DROP INDEX IF EXISTS deliveries_due;
CREATE INDEX deliveries_waiting ON deliveries (account_id, next_attempt_at)
    WHERE state IN ('deferred','scheduled')
""",
    )


@migrations(name="0600_guard_verdicts")
def guard_verdicts(db: Database) -> None:
    """What the guard found clean when a post was approved (the digests of the texts, of
    the guard and of its context), bound to the post's content and sealed like an approval:
    ``flush`` runs the guard again only when one of them differs."""
    _run(
        db,
        """
CREATE TABLE guard_verdicts (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    digest TEXT NOT NULL,
    texts TEXT NOT NULL,
    guard TEXT NOT NULL,
    context TEXT NOT NULL,
    at TEXT NOT NULL,
    seal TEXT NOT NULL,
    cleared_at TEXT
);
CREATE INDEX guard_verdicts_by_post ON guard_verdicts (post_id, cleared_at)
""",
    )
