"""The practice's reply templates: the words a reply starts from, filled with the
practice's details, kept and changed by the people who may."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from medsocial_tui import clock
from medsocial_tui.compliance import reply_guard
from medsocial_tui.errors import ComplianceBlocked, NotFound, UsageError
from medsocial_tui.home.practice import Practice
from medsocial_tui.listening.inbox import reply_context
from medsocial_tui.records import audit
from medsocial_tui.records.staff import Action, require_login
from medsocial_tui.store import Store


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    text: str
    edited: bool


def templates(store: Store) -> list[Template]:
    """The practice's reply templates: its own edits, else the approved defaults."""
    own = {r["key"]: r for r in store.query("SELECT * FROM inbox_templates")}
    out = []
    for key, (title, text) in reply_guard.DEFAULT_TEMPLATES.items():
        row = own.pop(key, None)
        out.append(
            Template(key, row["title"], row["text"], True)
            if row
            else Template(key, title, text, False)
        )
    out.extend(Template(k, r["title"], r["text"], True) for k, r in sorted(own.items()))
    return out


def template_texts(store: Store) -> dict[str, str]:
    return {t.key: t.text for t in templates(store)}


def filled_template(practice: Practice, key: str) -> str:
    texts = template_texts(practice.store)
    if key not in texts:
        raise NotFound(f"no reply template {key!r}", fix="`medsocial inbox templates` lists them")
    return reply_guard.fill(texts[key], reply_context(practice))


def set_template(practice: Practice, key: str, text: str, title: str | None = None) -> Template:
    """Change (or add) a reply template. It must pass the reply guard on its own, with the
    practice's details filled in, and use only the known placeholders."""
    import re

    member = require_login(practice.store, practice.login, Action.APPROVE)
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", key):
        raise UsageError(f"{key!r} is not a usable template key", fix="use a-z, 0-9, - and _")
    unknown = set(re.findall(r"\{([^}]*)\}", text)) - set(reply_guard.PLACEHOLDERS)
    if unknown:
        raise UsageError(
            f"unknown placeholder {{{sorted(unknown)[0]}}}",
            fix="use only " + ", ".join("{" + p + "}" for p in reply_guard.PLACEHOLDERS),
        )
    if not text.strip():
        raise UsageError("a template cannot be empty")
    verdict = reply_guard.check_reply(
        reply_guard.fill(text, reply_context(practice)),
        reply_guard.Subject(),
        reply_context(practice),
        checks=practice.plugins.checks,
    )
    if verdict.blocking:
        raise ComplianceBlocked(
            f"template {key!r} breaks the reply guard: " + "; ".join(verdict.in_words()),
            fix="a template speaks to anyone: no names, dates, treatments, costs or visits",
        )
    existing = {t.key: t for t in templates(practice.store)}
    title = title or (existing[key].title if key in existing else key.replace("_", " "))
    with practice.store.write() as db:
        db.conn.execute(
            "INSERT INTO inbox_templates (key, title, text, updated_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET title=excluded.title,"
            " text=excluded.text, updated_by=excluded.updated_by, updated_at=excluded.updated_at",
            (key, title, text, member.login, clock.to_iso(clock.now())),
        )
        audit.record(
            db,
            member.login,
            "inbox.template_changed",
            "inbox_template",
            key,
            digest=hashlib.sha256(text.encode()).hexdigest(),
        )
    return next(t for t in templates(practice.store) if t.key == key)


def reset_template(practice: Practice, key: str) -> None:
    member = require_login(practice.store, practice.login, Action.APPROVE)
    with practice.store.write() as db:
        gone = db.conn.execute("DELETE FROM inbox_templates WHERE key=?", (key,)).rowcount
        if gone:
            audit.record(db, member.login, "inbox.template_reset", "inbox_template", key)
