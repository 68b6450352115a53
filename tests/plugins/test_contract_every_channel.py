"""Every channel installed through the ``medsocial`` entry points keeps the channel contract,
run from the kit its package declares under ``medsocial.contract``."""

from __future__ import annotations

from medsocial_tui.plugin_host import load_plugins
from medsocial_tui.testing.contract import contract_for, discover_kits

KITS = discover_kits()


def test_every_installed_channel_ships_a_contract_kit():
    host = load_plugins()
    assert host.failures == []
    missing = sorted(set(host.channels) - set(KITS))
    assert missing == [], f"channels without a contract kit: {missing}"


def test_every_kit_builds_the_channel_it_is_named_for():
    assert {name: kit.make_channel().name for name, kit in KITS.items()} == {
        name: name for name in KITS
    }


for _name, _kit in sorted(KITS.items()):
    _cls = contract_for(_kit, _name.title().replace("_", ""))
    globals()[_cls.__name__] = _cls
