"""What the practice must be able to show: the audit chain, policy, staff, training,
authorisations, evidence."""
