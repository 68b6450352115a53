"""The port finds the links twitter-text's own conformance data says it finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from medsocial_twitter_text import extract_links, top_level_domains

DATA = Path(__file__).parent / "conformance"
TLD_CASES = json.loads((DATA / "tlds.json").read_text("utf-8"))
EXTRACT = json.loads((DATA / "extract_urls.json").read_text("utf-8"))


def test_the_vendored_list_is_the_official_one_whole():
    tlds = top_level_domains()
    assert (len(tlds["country"]), len(tlds["generic"])) == (315, 1259)
    listed = {*tlds["country"], *tlds["generic"]}
    tested = {case["text"].rsplit(".", 1)[1] for case in TLD_CASES}
    assert listed == tested
    assert {"xyz", "dental", "health", "clinic", "uk", "한국"} <= listed


def test_every_official_top_level_domain_is_a_link():
    wrong = [
        c["text"] for c in TLD_CASES if [x.url for x in extract_links(c["text"])] != c["expected"]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "case",
    EXTRACT["urls"] + EXTRACT["urls_with_directional_markers"] + EXTRACT["tco_urls_with_params"],
    ids=lambda c: c["description"][:60],
)
def test_links_are_found_as_twitter_text_finds_them(case):
    found = extract_links(case["text"])
    if case["expected"] and isinstance(case["expected"][0], dict):
        assert [{"url": x.url, "indices": [x.start, x.end]} for x in found] == case["expected"]
    else:
        assert [x.url for x in found] == case["expected"]


@pytest.mark.parametrize("case", EXTRACT["urls_with_indices"], ids=lambda c: c["description"][:60])
def test_links_are_found_where_twitter_text_finds_them(case):
    found = [{"url": x.url, "indices": [x.start, x.end]} for x in extract_links(case["text"])]
    assert found == case["expected"]
