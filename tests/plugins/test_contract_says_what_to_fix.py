"""A contract failure tells the plugin's author what to change, not a bare AssertionError."""

from __future__ import annotations

import pytest

from medsocial_tui.testing.contract import ChannelContract
from medsocial_tui.testing.reference import ReferenceChannel


class CountsCodePoints(ReferenceChannel):
    def count(self, text: str) -> int:
        return len(text)


def test_a_count_that_is_not_normalised_is_told_to_normalise():
    with pytest.raises(AssertionError, match=r"unicodedata\.normalize\('NFC', text\)"):
        ChannelContract().test_count_is_consistent(CountsCodePoints())


def test_a_normalised_count_passes():
    ChannelContract().test_count_is_consistent(ReferenceChannel())
