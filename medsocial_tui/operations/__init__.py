"""Changes that run on every connected account at once: hours changes (closed today, special
hours)."""
