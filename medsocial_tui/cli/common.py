"""Helpers the CLI commands share: opening the practice, printing tables and JSON."""

from __future__ import annotations

import json
from typing import Any

import click

from medsocial_tui.display import json_safe
from medsocial_tui.practice import Practice, open_practice


def practice_from(ctx: click.Context, home: str | None = None) -> Practice:
    root = ctx.find_root()
    return open_practice(home or (root.obj or {}).get("home"))


def echo_json(data: Any) -> None:
    click.echo(json_safe(json.dumps(data, indent=2, default=str, ensure_ascii=False)))


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) for r in rows)
    return "\n".join(lines)
