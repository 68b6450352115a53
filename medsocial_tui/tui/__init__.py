"""The Textual face of medsocial. Only this package imports Textual."""
