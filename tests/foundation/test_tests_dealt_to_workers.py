"""The suite's own dealing of tests to xdist workers (tests/conftest.py): the tests that share
a fixture outliving one test are dealt as one group."""

from __future__ import annotations

from types import SimpleNamespace

from ..conftest import _unit


def _item(nodeid: str, *fixtures: tuple[str, str]) -> SimpleNamespace:
    defs = {
        f"f{n}": [SimpleNamespace(scope=scope, baseid=baseid)]
        for n, (scope, baseid) in enumerate(fixtures)
    }
    return SimpleNamespace(nodeid=nodeid, _fixtureinfo=SimpleNamespace(name2fixturedefs=defs))


def test_tests_under_a_package_fixture_are_grouped_by_package_not_module():
    package = ("package", "tests/inbox")
    one = _item("tests/inbox/test_a.py::test_one", package, ("function", ""))
    two = _item("tests/inbox/test_b.py::test_two", package)
    assert _unit(one) == _unit(two) == "tests/inbox"
    # without the conftest's folder (a plugin's fixture), the module's folder
    assert _unit(_item("tests/inbox/test_a.py::test_one", ("package", ""))) == "tests/inbox"


def test_a_module_fixture_groups_its_module_and_a_test_alone_stands_alone():
    module = _item("tests/inbox/test_a.py::test_one", ("module", "tests/inbox/test_a.py"))
    assert _unit(module) == "tests/inbox/test_a.py"
    alone = _item("tests/inbox/test_a.py::test_two", ("function", ""))
    assert _unit(alone) == "tests/inbox/test_a.py::test_two"
