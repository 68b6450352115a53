"""Every network's end-to-end runs move deliveries through flush: each change of state must
be one the state machine lists."""

from medsocial_tui.testing.transitions import state_machine_watch  # noqa: F401 - autouse
