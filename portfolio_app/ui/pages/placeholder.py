"""A page whose feature is still being built: it says plainly what will come."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import paragraph


class PlaceholderPage(Page):
    def __init__(
        self, session: Session, title: str, promise: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, title, parent)
        self.layout_.addWidget(paragraph(promise, self))
        self.layout_.addStretch(1)
