"""What a person puts into a post before it is queued: attachments, links, Q&A cards, the
unsaved draft."""
