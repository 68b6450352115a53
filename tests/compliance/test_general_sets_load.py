"""Every general set (``labelled.GENERAL``) loads: marks closed, known labels, both kinds of text.

Failures name only a text's id and labels, never its words: the held-out sets are not to be
read by whoever tunes the guard.
"""

from __future__ import annotations

import pytest
from labelled import GENERAL, load_general, parse_marked, readable_split

# The Safe Harbor kinds the corpora mark, as ``general_dev.txt`` names them.
LABELS = frozenset(
    {
        "address",
        "age",
        "biometric",
        "date",
        "device_id",
        "email",
        "geo",
        "handle",
        "ip",
        "name",
        "phone",
        "record_number",
        "ssn",
        "url",
        "vehicle_id",
    }
)


@pytest.mark.parametrize("split", sorted(GENERAL))
def test_general_set_loads(split: str) -> None:
    samples = load_general(split)
    assert len(samples) >= 100
    unclosed = [s.id for s in samples if "[[" in s.text or "]]" in s.text]
    assert unclosed == []
    unknown = sorted(
        {(s.id, label) for s in samples for *_, label in s.spans if label not in LABELS}
    )
    assert unknown == []
    loose = [
        s.id for s in samples for a, b, _ in s.spans if s.text[a:b] != s.text[a:b].strip() or a == b
    ]
    assert loose == []
    with_phi = sum(s.has_phi for s in samples)
    assert 0 < with_phi < len(samples)


def test_marks_become_offsets() -> None:
    text, spans = parse_marked("Call [[name:Ada Obi]] on [[phone:0803 555 0192]].")
    assert text == "Call Ada Obi on 0803 555 0192."
    assert [(text[a:b], label) for a, b, label in spans] == [
        ("Ada Obi", "name"),
        ("0803 555 0192", "phone"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "13",
        "general_heldout15",
        "general_held_out17",
        "heldout19",
        "21",
        "general_held_out27",
        "159",
        "general_heldout160",
        "general_held_out161",
        "162",
    ],
)
def test_blind_sets_are_refused_by_the_reading_tools(name: str) -> None:
    """``extent_misses.py --split`` and ``token_recall.py --split`` never open a blind set."""
    with pytest.raises(ValueError, match="blind"):
        readable_split(name)


@pytest.mark.parametrize(
    "name",
    [
        "general_dev",
        "8",
        "general_heldout14",
        "general_held_out20",
        "28",
        "29",
        "30",
        "31",
        "32",
        "general_heldout33",
        "34",
        "35",
        "36",
        "37",
        "general_heldout38",
        "39",
        "40",
        "general_heldout41",
        "42",
        "43",
        "general_heldout45",
        "47",
        "48",
        "general_heldout49",
        "50",
        "51",
        "general_heldout52",
        "53",
        "general_held_out54",
        "55",
        "general_heldout56",
        "57",
        "general_held_out58",
        "59",
        "general_heldout60",
        "61",
        "general_held_out62",
        "63",
        "general_heldout64",
        "65",
        "general_held_out66",
        "67",
        "general_heldout68",
        "69",
        "general_held_out70",
        "71",
        "general_heldout72",
        "73",
        "general_held_out74",
        "75",
        "general_heldout76",
        "77",
        "general_held_out78",
        "79",
        "general_heldout80",
        "81",
        "general_held_out82",
        "83",
        "general_heldout84",
        "85",
        "general_held_out86",
        "87",
        "general_heldout88",
        "89",
        "general_held_out90",
        "91",
        "general_heldout92",
        "93",
        "general_held_out94",
        "95",
        "general_heldout96",
        "97",
        "general_held_out98",
        "99",
        "general_heldout100",
        "101",
        "general_held_out102",
        "103",
        "general_heldout104",
        "105",
        "general_held_out106",
        "107",
        "general_heldout108",
        "109",
        "general_held_out110",
        "111",
        "general_heldout112",
        "113",
        "general_held_out114",
        "115",
        "general_heldout116",
        "117",
        "general_held_out118",
        "119",
        "general_heldout120",
        "121",
        "general_held_out122",
        "123",
        "general_heldout124",
        "125",
        "general_held_out126",
        "127",
        "general_heldout128",
        "129",
        "general_held_out130",
        "131",
        "general_heldout132",
        "133",
        "general_held_out134",
        "135",
        "general_heldout136",
        "general_held_out137",
        "138",
        "139",
        "general_heldout140",
        "general_held_out141",
        "142",
        "143",
        "general_heldout144",
        "general_held_out145",
        "146",
        "147",
        "general_heldout148",
        "general_held_out149",
        "150",
        "151",
        "general_heldout152",
        "general_held_out153",
        "154",
        "155",
        "general_heldout156",
        "general_held_out157",
        "158",
    ],
)
def test_read_sets_are_given_to_the_reading_tools(name: str) -> None:
    assert readable_split(name) in GENERAL
