"""The channel contract medsocial's core relies on, run against this plugin and its fake."""

from medsocial_example.fake import contract_kit

from medsocial_tui.testing.contract import contract_for

TestExampleContract = contract_for(contract_kit(), "Example")
