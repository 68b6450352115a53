"""Fixtures for the compliance guard's tests: the corpus practice and a temporary home."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from labelled import load_context_data  # noqa: E402

from medsocial_tui.compliance import PracticeContext  # noqa: E402
from medsocial_tui.compliance.roster import roster_from_names  # noqa: E402


@pytest.fixture(scope="session")
def practice() -> PracticeContext:
    """The corpus practice: own phone, address, website, providers and a small roster."""
    data = load_context_data()
    return PracticeContext(
        phones=tuple(data["phones"]),
        address=str(data["address"]),
        website=str(data["website"]),
        provider_names=tuple(data["provider_names"]),
        trusted_domains=tuple(data["trusted_domains"]),
        portal_url=str(data["portal_url"]),
        roster=roster_from_names(data["roster"]),
        practice_name=str(data["practice"]),
    )
