"""What every page of the main window shares: its session, a title, and a refresh that runs
when the tables it shows have changed (and only when it is on screen; otherwise on show)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import heading
from portfolio_app.vault import ChangeEvent


class Page(QWidget):
    #: tables whose changes this page shows; empty means every change
    watches: frozenset[str] = frozenset()

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = title
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        self.heading = heading(title, self)
        self.layout_.addWidget(self.heading)
        session.changed.connect(self._on_change)

    def _on_change(self, event: ChangeEvent) -> None:
        if self.watches and not (event.tables & self.watches):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_hint(self, hint: object) -> None:
        """Another page sent the user here with a hint (e.g. 'show stale competences')."""

    def refresh(self) -> None:
        """Re-read what the page shows from the session."""
        self._stale = False
