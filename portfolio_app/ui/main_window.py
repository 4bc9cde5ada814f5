"""The main window: a sidebar with the pages, undo and lock, and a status line that confirms
every save ("Bewaard: competentie toegevoegd")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        profile = session.portfolio.profile.get()
        title = self.tr("Portfolio")
        if profile.is_demo:
            title += " – " + self.tr("VOORBEELD (demo)")
        elif profile.full_name:
            title += f" – {profile.full_name}"
        self.setWindowTitle(title)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Onderdelen"))
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        # wide enough for the longest page name at any font size
        self.sidebar.setMinimumWidth(
            self.sidebar.fontMetrics().horizontalAdvance("Competentiecheck") + 60
        )
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for key, page in self._build_pages():
            self._add_page(key, page)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if profile.is_demo:
            banner = QLabel(
                self.tr("Dit is een voorbeeldportfolio van een verzonnen persoon."), self
            )
            banner.setObjectName("demoBanner")
            self.statusBar().addPermanentWidget(banner)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        session.navigate.connect(self._navigate)
        self._build_actions()
        self.sidebar.setCurrentRow(0)
        self.resize(1100, 720)

    def _build_pages(self) -> list[tuple[str, Page]]:
        from portfolio_app.ui.pages.registry import build_pages

        return build_pages(self.session, self)

    def _add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title, self.sidebar)
        item.setSizeHint(item.sizeHint().expandedTo(self.sidebar.fontMetrics().size(0, "Xg") * 2))

    def go_to(self, key: str) -> Page:
        index = list(self.pages).index(key)
        self.sidebar.setCurrentRow(index)
        return self.pages[key]

    def _navigate(self, key: str, hint: object) -> None:
        page = self.go_to(key)
        page.show_hint(hint)

    def _build_actions(self) -> None:
        lock = QAction(self.tr("Vergrendelen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setStatusTip(
            self.tr("Vergrendel je portfolio; je wachtzin is nodig om verder te gaan.")
        )
        lock.triggered.connect(self.lock_requested)
        undo = QAction(self.tr("Ongedaan maken"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        self.undo_action = undo
        quit_app = QAction(self.tr("&Afsluiten"), self)
        quit_app.setShortcut(QKeySequence("Ctrl+Q"))
        quit_app.setStatusTip(self.tr("Sluit de app; alles is al bewaard."))
        quit_app.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        file_menu.addAction(lock)
        file_menu.addSeparator()
        file_menu.addAction(quit_app)
        edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        edit_menu.addAction(undo)
        guide = QAction(self.tr("&Handleiding"), self)
        guide.setShortcut(QKeySequence("F1"))
        guide.triggered.connect(self.show_guide)
        about = QAction(self.tr("&Over Portfolio"), self)
        about.triggered.connect(self.show_about)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(guide)
        help_menu.addAction(about)
        for number, key in enumerate(self.pages, start=1):
            go = QAction(self.pages[key].title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _=False, k=key: self.go_to(k))
            self.addAction(go)
        toolbar = self.addToolBar(self.tr("Acties"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(undo)
        toolbar.addAction(lock)
        self._update_undo()
        self.session.changed.connect(lambda _event: self._update_undo())

    def _update_undo(self) -> None:
        description = self.session.portfolio.undo_description(self.session.lang)
        self.undo_action.setEnabled(description is not None)
        text = self.tr("Ongedaan maken")
        self.undo_action.setText(f"{text}: {description}" if description else text)

    def show_guide(self) -> None:
        from portfolio_app.ui.dialogs.help_dialogs import GuideDialog

        GuideDialog(self).exec()

    def show_about(self) -> None:
        from portfolio_app.ui.dialogs.help_dialogs import AboutDialog

        AboutDialog(self.session, self).exec()

    def undo(self) -> None:
        self.session.run(self, self.session.portfolio.undo)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Nothing to save: every change was saved when it was made."""
        event.accept()
