"""The labelled corpus stays in step with its sources and the guard meets its targets on it."""

from __future__ import annotations

from labelled import load_corpus, read_sources, to_jsonl

from medsocial_tui.compliance import PracticeContext, find_phi


def test_corpus_jsonl_matches_its_marked_sources() -> None:
    assert [s.text for s in load_corpus()] == [s.text for s in read_sources()]
    assert to_jsonl(load_corpus()) == to_jsonl(read_sources())


def test_corpus_is_several_hundred_mixed_posts_and_replies() -> None:
    samples = load_corpus()
    assert len(samples) >= 400
    assert {s.kind for s in samples} == {"post", "reply"}
    assert 0.3 < sum(s.has_phi for s in samples) / len(samples) < 0.7


def test_catches_phi_texts_and_rarely_blocks_clean_ones(practice: PracticeContext) -> None:
    samples = load_corpus()
    phi = [s for s in samples if s.has_phi]
    clean = [s for s in samples if not s.has_phi]
    caught = sum(bool(find_phi(s.text, practice)) for s in phi) / len(phi)
    blocked = sum(bool(find_phi(s.text, practice)) for s in clean) / len(clean)
    assert caught >= 0.98
    assert blocked <= 0.05
