"""What comes back from the networks: the inbox and its alerts, post metrics, the owner's
report."""
