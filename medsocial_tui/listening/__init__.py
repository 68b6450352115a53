"""What comes back from the networks: the inbox and its alerts, post metrics, the owner's
report."""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def account_json(record: Any) -> dict[str, Any]:
    """What one account did in a run (a dataclass with ``account_id``), for ``--json``: its
    fields in order, ``account_id`` named ``account``."""
    data = {f.name: getattr(record, f.name) for f in fields(record)}
    return {"account": data.pop("account_id"), **data}
