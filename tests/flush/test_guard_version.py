"""The guard's version, which a verdict kept with an approval is bound to: everything that
decides what the guard finds (its packages, Python's Unicode data, the plugins' checks and
their distributions), taken no later than the guard's first run, and none at all when a
check carries settings the version cannot see."""

from __future__ import annotations

import ast
import functools
import sys
import unicodedata
from pathlib import Path

import pytest

from medsocial_tui import compliance
from medsocial_tui.compliance import general_vetoes
from medsocial_tui.publishing import approvals, guard

from .conftest import add_due_post, make_home, open_with_reference


def module_level_check(text, context):
    """A plain module-level check, as a plugin registers it."""
    return []


class CheckWithSettings:
    def __init__(self, strict: bool) -> None:
        self.strict = strict

    def __call__(self, text, context):
        return []


def _closure(strict: bool):
    def check(text, context):
        return [] if strict else []

    return check


def _with_setting(text, context, strict=False):
    return []


@pytest.fixture(autouse=True)
def fresh_versions(monkeypatch):
    """Each test computes the version afresh (it is kept once per process)."""
    monkeypatch.setattr(guard, "_VERSIONS", {})


def _third_party_imports() -> set[str]:
    here = Path(compliance.__file__).parent
    found: set[str] = set()
    for path in sorted(here.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.partition(".")[0])
    # the national numbers' validators are imported by name (general_vetoes)
    found.update(name.partition(".")[0] for name in general_vetoes._VALIDATORS.values())
    return {
        name
        for name in found
        if name not in sys.stdlib_module_names and name not in {"medsocial_tui", "__future__"}
    }


def test_the_version_names_every_package_the_guard_imports():
    imported = _third_party_imports()
    assert {"phonenumbers", "stdnum", "wordfreq", "msgpack"} <= imported  # the walk sees them
    assert imported - set(guard.GUARD_PACKAGES) == set()


@pytest.mark.parametrize("distribution", sorted(guard.GUARD_PACKAGES.values()))
def test_another_version_of_a_package_the_guard_uses_is_another_guard(monkeypatch, distribution):
    checks = [module_level_check]
    before = guard.version(checks)
    real = guard._installed
    monkeypatch.setattr(guard, "_VERSIONS", {})
    monkeypatch.setattr(
        guard, "_installed", lambda name: "99.0" if name == distribution else real(name)
    )
    assert guard.version(checks) != before


def test_another_unicode_database_is_another_guard(monkeypatch):
    before = guard.version([module_level_check])
    monkeypatch.setattr(guard, "_VERSIONS", {})
    monkeypatch.setattr(unicodedata, "unidata_version", "1.1.0")
    assert guard.version([module_level_check]) != before


def test_another_version_of_a_check_s_distribution_is_another_guard(monkeypatch):
    """A plugin's check: its distribution's version counts, not only its module's file."""
    top = module_level_check.__module__.partition(".")[0]
    monkeypatch.setattr(guard, "_packages", lambda: {top: ["medsocial-extra-checks"]})
    monkeypatch.setattr(guard, "_installed", lambda name: "1.0")
    before = guard.version([module_level_check])
    monkeypatch.setattr(guard, "_VERSIONS", {})
    monkeypatch.setattr(guard, "_installed", lambda name: "2.0")
    assert guard.version([module_level_check]) != before


CARRYING_SETTINGS = {
    "a partial": functools.partial(_with_setting, strict=True),
    "a closure": _closure(True),
    "a callable instance": CheckWithSettings(True),
    "a lambda": lambda text, context: [],
}


@pytest.mark.parametrize("kind", sorted(CARRYING_SETTINGS))
def test_a_check_that_carries_settings_leaves_no_version(kind):
    assert guard.version([module_level_check]) is not None
    assert guard.version([module_level_check, CARRYING_SETTINGS[kind]]) is None


def test_no_verdict_is_kept_nor_honoured_without_a_version(tmp_path, network):
    """The approval of a post while a check carries settings keeps no verdict (and clears
    one kept before), and no kept verdict holds for such a guard: the guard runs every
    time."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    try:
        post_id = add_due_post(practice, "Say hello to our front desk this week!", 1)
        digest = approvals.current_digest(practice.store.db, home.root, post_id)
        kept = practice.store.query(
            "SELECT guard, context FROM guard_verdicts WHERE post_id=? AND cleared_at IS NULL",
            (post_id,),
        )
        assert len(kept) == 1
        context = kept[0]["context"]
        assert approvals.clean_texts(practice.store.db, post_id, digest, None, context) == set()
        verdict = guard.CleanVerdict(frozenset({"x"}), None, context)
        with practice.store.write() as db:
            approvals.record_clean(db, home.root, post_id, verdict)
        left = practice.store.query(
            "SELECT id FROM guard_verdicts WHERE post_id=? AND cleared_at IS NULL", (post_id,)
        )
    finally:
        practice.close()
    assert left == []


def test_the_version_is_taken_at_the_guard_s_first_run(tmp_path, network, monkeypatch):
    """A process that ran the guard before its files changed on disk (an upgrade) keeps
    the version of the code it runs, not the new files'."""
    home = make_home(tmp_path / "h", network, accounts=1, posts=0)
    practice = open_with_reference(home)
    try:
        checks = practice.plugins.checks
        as_loaded = guard.version(checks)
        monkeypatch.setattr(guard, "_VERSIONS", {})
        guard.report_for(practice, "Open on Saturday.")
        with monkeypatch.context() as upgraded:
            upgraded.setattr(Path, "read_bytes", lambda self: b"the upgrade's files")
            after = guard.version(checks)
    finally:
        practice.close()
    assert after == as_loaded
