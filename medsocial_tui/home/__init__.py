"""The practice home and who is in it: config, building and opening a home, identity,
permissions, health, demo."""
