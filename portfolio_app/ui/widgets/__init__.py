"""Reusable widgets: concept search, attachments, preview, charts."""
