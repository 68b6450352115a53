"""The probe held-out set is well formed. Its score is not pinned here: the probe benchmark
(``benchmarks/guard_probe.py``) reports it, and the guard must never be tuned on it."""

from __future__ import annotations

import json

from probe import JSONL, LABELS, SOURCES, load_probe, read_sources, to_jsonl


def test_jsonl_is_the_sources_written_out() -> None:
    assert JSONL.read_text(encoding="utf-8") == to_jsonl(read_sources())


def test_every_span_is_its_words_in_the_text_with_a_known_label() -> None:
    for line in JSONL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for span in row["spans"]:
            assert span["label"] in LABELS, (row["id"], span["label"])
            assert 0 <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            assert row["text"][span["start"] : span["end"]] == span["words"], row["id"]
            assert span["words"] == span["words"].strip(), row["id"]


def test_spans_do_not_overlap() -> None:
    for sample in load_probe():
        ends = sorted(sample.spans)
        for (_, end, _), (start, _, _) in zip(ends, ends[1:], strict=False):
            assert end <= start, sample.id


def test_identifier_texts_carry_spans_and_clean_texts_none() -> None:
    phi_source, clean_source = SOURCES
    samples = load_probe()
    assert all(s.has_phi for s in samples if s.id.startswith("probe-phi-"))
    assert not any(s.has_phi for s in samples if s.id.startswith("probe-clean-"))
    assert all(s.group.startswith("clean-") for s in samples if not s.has_phi)
    assert not any(s.group.startswith("clean-") for s in samples if s.has_phi)
    lines = clean_source.read_text(encoding="utf-8").splitlines()
    assert not any("[[" in line for line in lines if not line.startswith("#"))
    assert "[[" not in "".join(s.text for s in samples), phi_source


def test_ids_are_unique_and_the_set_is_balanced() -> None:
    samples = load_probe()
    assert len({s.id for s in samples}) == len(samples)
    with_phi = sum(s.has_phi for s in samples)
    assert 250 <= len(samples) and 0.4 <= with_phi / len(samples) <= 0.6
