"""The open portfolio as the widgets see it: the core's ``Portfolio`` and competence language,
plus one Qt signal that fires after every change.

Widgets never talk to SQL and hold no state of their own beyond what is on screen: they
read through the session and refresh when ``changed`` tells them which tables moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from portfolio_app.errors import PortfolioError
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.vault import ChangeEvent, Portfolio

T = TypeVar("T")


class Session(QObject):
    changed = Signal(object)  # ChangeEvent
    status = Signal(str)  # a short line for the status bar
    navigate = Signal(str, object)  # page key, optional hint for that page (e.g. a filter)
    language_requested = Signal(str)  # "nl" or "en": the controller rebuilds the windows
    autolock_requested = Signal(int)  # minutes, 0 = never
    language_replaced = Signal()  # a new competence language was imported
    restore_requested = Signal(str, str)  # backup path, its passphrase

    def __init__(
        self,
        portfolio: Portfolio,
        language: CompetenceLanguage,
        paths: AppPaths,
        settings: Settings,
    ) -> None:
        super().__init__()
        self.portfolio = portfolio
        self.language = language
        self.paths = paths
        self.settings = settings
        portfolio.subscribe(self._on_change)

    @property
    def lang(self) -> str:
        return self.settings.language

    def _on_change(self, event: ChangeEvent) -> None:
        self.changed.emit(event)
        prefix = self.tr("Ongedaan gemaakt: ") if event.undone else self.tr("Bewaard: ")
        self.status.emit(prefix + event.description(self.lang))

    def run(self, parent: QObject | None, action: Callable[[], T]) -> T | None:
        """Run one core call; a PortfolioError becomes a dialog, and None is returned."""
        from portfolio_app.ui.errors import show_error

        try:
            return action()
        except PortfolioError as exc:
            show_error(parent, exc, self.lang)
            return None
