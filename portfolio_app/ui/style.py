"""A light touch of style on top of the platform's own look: the system palette (light or
dark) is kept, only spacing, the sidebar and message colours are set. Sizes are relative to
the user's font so large-font settings (200 %) keep working."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
QListWidget { font-size: 1.1em; border: none; padding: 8px; }
QListWidget::item { padding: 8px 10px; border-radius: 6px; }
QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel#errorText { color: #b3261e; }
QLabel#warningText { color: palette(text); border-left: 4px solid #e0a800; padding-left: 8px; }
QLabel#demoBanner { color: #7a4b00; background: #ffe8b0; padding: 2px 8px; border-radius: 4px; }
QLabel#hint { color: palette(mid); }
QPushButton { padding: 6px 14px; }
QListWidget#formList, QListWidget#attachmentList { border: 1px solid palette(mid); padding: 2px; }
QListWidget#formList::item, QListWidget#attachmentList::item { padding: 3px 6px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLE)
