"""Processes run as people run them, for the benchmarks that time whole processes."""

from __future__ import annotations

import os
from collections.abc import Mapping

NOT_A_USERS = ("PYTHONDONTWRITEBYTECODE",)
"""Settings of a build or test box that no installed medsocial runs with: without bytecode
caches every start compiles medsocial from source (pip writes the caches on install, and
Python on the first run), which Textual and httpx in site-packages never pay."""


def user_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment as a person's shell would have it, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_A_USERS}
    env.update(extra or {})
    return env
