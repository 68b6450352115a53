"""check_text runs find_phi, the built-in checks and plugins' checks, and survives bad plugins."""

from __future__ import annotations

from medsocial_tui.compliance import Finding, PracticeContext, check_text
from medsocial_tui.compliance import checks as builtin
from medsocial_tui.plugin_host import load_plugins

PRACTICE = PracticeContext(
    website="https://riverbendfamily.example",
    portal_url="https://portal.riverbendfamily.example",
    trusted_domains=("cdc.gov",),
)


def labels_of(report) -> list[str]:
    return [f.label for f in report.findings]


def test_a_link_outside_trusted_sources_warns_to_verify_it() -> None:
    report = check_text("Read this: https://miracle-cures.example/fluoride-lies", PRACTICE)
    assert labels_of(report) == ["link_source"]
    assert not report.blocking and "verify this source" in report.findings[0].reason


def test_trusted_and_own_links_do_not_warn() -> None:
    text = "See https://www.cdc.gov/flu/ and book at https://riverbendfamily.example/book"
    assert check_text(text, PRACTICE).findings == []


def test_without_a_practice_public_health_sites_are_trusted() -> None:
    assert check_text("Facts: https://www.nih.gov/news-events").findings == []


def test_an_endorsement_without_disclosure_warns() -> None:
    report = check_text("We love SparkleBrite toothpaste! Use code SMILE20 for 20% off.")
    assert "endorsement" in labels_of(report) and not report.blocking


def test_a_disclosed_endorsement_does_not_warn() -> None:
    text = "We love SparkleBrite toothpaste! Use code SMILE20. #ad, we receive a commission."
    assert "endorsement" not in labels_of(check_text(text))


def test_a_reply_about_someones_care_points_to_the_portal() -> None:
    report = check_text("Your bill was sent last week, please check it.", PRACTICE, is_reply=True)
    care = [f for f in report.findings if f.label == "care_in_reply"]
    assert care and "portal.riverbendfamily.example" in care[0].reason


def test_the_same_words_in_a_post_are_not_a_care_discussion() -> None:
    assert "care_in_reply" not in labels_of(check_text("Your bill questions? Call us.", PRACTICE))


def test_phi_blocks_and_warnings_do_not() -> None:
    assert check_text("Hi Maria, sorry about your root canal yesterday.").blocking
    assert not check_text("Read https://miracle-cures.example/x").blocking


def test_a_plugin_check_adds_findings() -> None:
    def no_shouting(text: str, context: PracticeContext) -> list[Finding]:
        return [Finding(0, len(text), "tone", "too loud", "warn")] if text.isupper() else []

    assert "tone" in labels_of(check_text("OPEN LATE TODAY", checks=[no_shouting]))


def test_a_plugin_check_that_raises_blocks_the_text_naming_it() -> None:
    def broken(text: str, context: PracticeContext) -> list[Finding]:
        raise RuntimeError(f"boom on {text}")

    broken.name = "acme-guard"  # type: ignore[attr-defined]
    report = check_text("Hi Maria!", checks=[broken])
    failed = [f for f in report.findings if f.label == "check_failed"]
    assert failed and "acme-guard" in failed[0].reason and failed[0].severity == "block"
    assert "Maria" not in failed[0].reason
    assert check_text("Open late Thursday", checks=[broken]).blocking


def test_a_plugin_returning_nonsense_is_reported_not_trusted() -> None:
    def sloppy(text: str, context: PracticeContext) -> list[object]:
        return ["not a finding", Finding(0, 999, "x", "out of range")]

    report = check_text("hello", checks=[sloppy])  # type: ignore[list-item]
    assert labels_of(report) == ["check_failed"]
    assert report.blocking


def test_built_in_checks_register_through_the_plugin_hook_like_anyone_elses() -> None:
    host = load_plugins([builtin], entry_points_too=False)
    assert set(host.checks) == set(builtin.BUILTIN_CHECKS)
    report = check_text("Read https://miracle-cures.example/x", checks=host.checks)
    assert labels_of(report) == ["link_source"]


def test_a_fault_in_the_guards_own_reader_holds_the_text_and_keeps_it_out_of_the_words(
    monkeypatch,
) -> None:
    # A fault in medsocial's own reader (a KeyError once closed the compose screen and the
    # app with it) holds the text like a failing plugin's check: it never lets it through,
    # and never takes the screen down.
    from medsocial_tui.compliance import report as guard_report

    def faulty(text: str, context: PracticeContext) -> list[Finding]:
        raise KeyError(f"Maria 217-555-0199 {text}")

    monkeypatch.setattr(guard_report, "find_phi", faulty)
    report = check_text("Open late Thursday", PRACTICE)
    assert report.blocking and labels_of(report) == ["check_failed"]
    reason = report.findings[0].reason
    assert "KeyError at test_checks.py line" in reason and "fault in medsocial" in reason
    assert "Maria" not in reason and "Thursday" not in reason
