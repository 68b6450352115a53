"""``medsocial check``: exit codes, JSON, standard input and practice context."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from medsocial_tui.cli.check import check_command

PHI = "Hi Maria, so sorry about your root canal yesterday."


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    base = {"MEDSOCIAL_HOME": "", "MEDSOCIAL_PLUGINS": ""}
    return CliRunner().invoke(check_command, list(args), input=stdin, env={**base, **(env or {})})


def test_exits_1_and_marks_findings_when_it_would_block() -> None:
    result = run(PHI)
    assert result.exit_code == 1
    assert "[Maria](1)" in result.output and "Would block" in result.output


def test_exits_0_on_a_clean_text() -> None:
    result = run("We're closed on December 24. Happy holidays!")
    assert result.exit_code == 0 and "ok to post" in result.output


def test_warnings_alone_do_not_block() -> None:
    result = run("Read https://miracle-cures.example/x")
    assert result.exit_code == 0 and "warn" in result.output


def test_json_gives_offsets_and_labels_without_the_text() -> None:
    result = run("--json", PHI)
    data = json.loads(result.output)
    assert result.exit_code == 1 and data["blocking"] is True
    assert {f["label"] for f in data["findings"]} >= {"name", "date"}
    assert "Maria" not in result.output


def test_reads_standard_input_with_a_dash() -> None:
    assert run("-", stdin=PHI).exit_code == 1


def test_empty_text_is_a_usage_error() -> None:
    assert run("-", stdin="  ").exit_code == 2


def test_an_unknown_option_is_a_usage_error() -> None:
    assert run("--nope", PHI).exit_code == 2


def test_a_missing_home_runs_without_context_and_says_so(tmp_path: Path) -> None:
    result = run("--home", str(tmp_path / "nowhere"), "Call us at 614-555-0143 today!")
    assert result.exit_code in (0, 1)
    assert "without it" in result.output


def test_practice_home_supplies_the_practice_phone(tmp_path: Path) -> None:
    (tmp_path / "practice.toml").write_text(
        '[practice]\nname = "Riverbend"\ntimezone = "America/New_York"\nphone = "614-555-0143"\n',
        encoding="utf-8",
    )
    text = "Reach Sandra's desk line 614-555-0143 any time."
    assert run("--home", str(tmp_path), "--json", text).exit_code == 0
    assert run("--json", text).exit_code == 1
