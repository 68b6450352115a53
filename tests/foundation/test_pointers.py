"""What the product points people at exists: commands named in fixes and hints, files and
folders linked from the README and docs, and every built-in network in the lists of them."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from medsocial_tui.errors import UsageError
from medsocial_tui.plugin_host import load_plugins
from medsocial_tui.publishing import queue

from .conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"\]\(([^)#\s]+)")
CODE = re.compile(r"`[^`\n]*`")
PATH_IN_WORDS = re.compile(r"\b(docs/[\w./-]+)")
BUILT_IN = {p.parent.name.removeprefix("medsocial-") for p in ROOT.glob("plugins/*/pyproject.toml")}


@pytest.mark.parametrize("page", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_in_the_docs_exists(page: Path):
    text = CODE.sub("", page.read_text("utf-8"))
    targets = [t for t in LINK.findall(text) if "://" not in t and not t.startswith("mailto:")]
    missing = [t for t in targets if not (page.parent / t).exists()]
    assert missing == []


def test_paths_the_code_tells_people_to_read_exist():
    """Paths in the core's and the plugins' words (loopback fakes are for developers)."""
    missing = []
    plugins = [p for p in ROOT.glob("plugins/*/medsocial_*/*.py") if p.name != "fake.py"]
    sources = [*(ROOT / "medsocial_tui").rglob("*.py"), *plugins]
    for source in sources:
        for path in PATH_IN_WORDS.findall(source.read_text("utf-8")):
            path = path.rstrip(".,)")
            if not (ROOT / path).exists():
                missing.append(f"{source.relative_to(ROOT)}: {path}")
    assert missing == []


def test_readme_and_plugin_guide_name_every_built_in_network():
    channels = load_plugins().channels
    ours = [
        c
        for c in channels.values()
        if any(
            ep.value.split(".")[0] == type(c).__module__.split(".")[0]
            for ep in entry_points(group="medsocial")
            if ep.dist and ep.dist.name.removeprefix("medsocial-") in BUILT_IN
        )
    ]
    titles = {c.title for c in ours if c.title != "By hand"}
    assert len(titles) >= 8
    readme = (ROOT / "README.md").read_text("utf-8")
    guide = " ".join((ROOT / "docs/plugins.md").read_text("utf-8").split())
    for title in titles:
        assert title in readme, title
        assert title.replace(" Page", "") in guide, title


def test_the_command_a_missing_account_points_to_lists_the_accounts(demo_practice, demo_home):
    with pytest.raises(UsageError) as raised:
        queue.create(demo_practice, queue.Compose(text="Open late today", accounts=[]))
    command = re.search(r"`medsocial ([^`]+)`", raised.value.fix).group(1).split()
    listed = run_cli(*command, home=demo_home)
    assert listed.returncode == 0, listed.stderr
    for account in demo_practice.config.accounts:
        assert account.id in listed.stdout
    assert "no: credentials missing" in listed.stdout
