"""The Faker evaluation sets keep their parts apart: no template and no name list is shared
between the tuning part and a held-out part, and every labelled span is in its text."""

from __future__ import annotations

import wide


def test_parts_share_no_template_and_no_name_locale() -> None:
    parts = list(wide.LOCALES)
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            assert not set(wide.PHI_TEMPLATES[a]) & set(wide.PHI_TEMPLATES[b])
            assert not set(wide.CLEAN_TEMPLATES[a]) & set(wide.CLEAN_TEMPLATES[b])
            assert not set(wide.NAME_LOCALES[a]) & set(wide.NAME_LOCALES[b])


def test_held_out_phones_come_from_no_tuning_locale_but_the_address_one() -> None:
    tuning = set(wide.PHONE_LOCALES["wide_dev"])
    assert not set(wide.PHONE_LOCALES["wide_held_out"]) & tuning
    assert set(wide.PHONE_LOCALES["fresh_held_out"]) & tuning <= {"en_CA"}


def test_texts_are_made_the_same_way_each_run_with_spans_inside_them() -> None:
    for part in wide.LOCALES:
        first, again = wide.generate(part, 60), wide.generate(part, 60)
        assert [s.text for s in first] == [s.text for s in again]
        assert sum(s.has_phi for s in first) == 30
        for sample in first:
            for start, end, _ in sample.spans:
                assert 0 <= start < end <= len(sample.text)
                assert sample.text[start:end].strip()
