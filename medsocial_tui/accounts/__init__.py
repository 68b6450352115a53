"""The practice's accounts on the networks: whether each can post, calling its plugin, its
rate-limit wait."""
