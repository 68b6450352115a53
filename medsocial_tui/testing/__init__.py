"""Test helpers shipped with medsocial, for its own tests and for plugin authors."""
