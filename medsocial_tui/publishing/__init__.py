"""Posts from the queue to the networks: the state machine, review and approval, the guard's
gate, flush."""
