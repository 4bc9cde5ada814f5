"""Keyboard rules that hold for every window of the app.

Tab always moves to the next field, also out of a multi-line text box and out of a table:
Qt's text boxes type a tab character instead, and its tables walk every cell first, which
traps a keyboard user (nobody needs tab characters in a note; in a table the arrow keys
move, and Enter opens the chosen row). Set once for the whole application, on every text
box and table as it is first shown, so no page or form can forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QTextEdit

from portfolio_app.ui.app_events import AppEvents


def _polished(watched: QObject, _event: QEvent) -> None:
    if isinstance(watched, QPlainTextEdit | QTextEdit):
        watched.setTabChangesFocus(True)
    elif isinstance(watched, QTableView):
        watched.setTabKeyNavigation(False)


def install(app: QApplication) -> None:
    """Idempotent: a second call changes nothing."""
    AppEvents.of(app).add("keyboard", {QEvent.Type.Polish: _polished})
