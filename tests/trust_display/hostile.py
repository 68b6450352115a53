"""Text a colleague or a network could write to attack whoever reads it: Rich markup that
crashes ([/]), renders a link or acts ([@click]), terminal escape sequences (an OSC 52
clipboard write, a screen clear, a C1 CSI) and bidi overrides. Shared by the display tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

from medsocial_tui.store import open_store

MARKUP = "[/] [link=file:///etc/passwd]open me[/link] [@click=app.quit]quit[/]"
ESCAPES = "\x1b]52;c;aGFja2Vk\x07 \x1b[2J \x9b31m \u202eevil\u202c \u2066iso\u2069"
HOSTILE = f"{MARKUP} {ESCAPES} "

RAW = ("\x1b]", "\x07", "\x1b[2J", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069")
"""What must never reach a terminal from outside text."""


def poison(home: Path) -> None:
    """Put the hostile text in every place people or networks write to: post texts and
    review notes, staff names and titles, delivery errors, account messages, policy titles
    and sections, training and audit notes, what people wrote to the inbox, and the account
    names in practice.toml."""
    store = open_store(home / "medsocial.db", create=False, migrate=False)
    try:
        with store.write() as db:
            c = db.conn
            c.execute("UPDATE posts SET text = ? || text, review_note = ?", (HOSTILE, HOSTILE))
            c.execute("UPDATE staff SET name = ? || name, title = ?", (HOSTILE, HOSTILE))
            c.execute("UPDATE deliveries SET last_error = ?", (HOSTILE,))
            c.execute("UPDATE accounts SET auth_message = ?", (HOSTILE,))
            for row_id, sections in c.execute(
                "SELECT id, sections FROM policy_versions"
            ).fetchall():
                loaded = json.loads(sections)
                for section in loaded:
                    section["title"] = HOSTILE + section.get("title", "")
                    section["body"] = HOSTILE + section.get("body", "")
                c.execute(
                    "UPDATE policy_versions SET title = ? || title, sections = ? WHERE id = ?",
                    (HOSTILE, json.dumps(loaded), row_id),
                )
            c.execute("UPDATE training SET topic = ? || topic, notes = ?", (HOSTILE, HOSTILE))
            c.execute("UPDATE audit_notes SET seen = ?, action = ?", (HOSTILE, HOSTILE))
            c.execute(
                "UPDATE inbox_items SET author_name = ? || author_name, text = ? || text",
                (HOSTILE, HOSTILE),
            )
    finally:
        store.close()
    toml_hostile = json.dumps(HOSTILE)[1:-1]  # a TOML basic string takes JSON's escapes
    config = home / "practice.toml"
    text = config.read_text("utf-8")
    text = re.sub(r'(?m)^name = "(.*)"$', lambda m: f'name = "{toml_hostile}{m[1]}"', text)
    config.write_text(text, "utf-8")


def raw_found(output: str) -> list[str]:
    return [r for r in RAW if r in output]
