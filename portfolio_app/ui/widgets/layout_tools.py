"""Emptying a layout whose rows are rebuilt on every refresh (warning lights, career steps,
the check's confirm rows): the widgets are deleted, not just hidden, so nothing stale stays
behind for a screen reader or a keyboard user to land on."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout, keep: int = 0) -> None:
    """Delete every widget of ``layout`` except the last ``keep`` items (e.g. a stretch)."""
    while layout.count() > keep:
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
