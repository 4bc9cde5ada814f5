"""The main window: a sidebar with the pages, undo and lock, and a status line that confirms
every save ("Bewaard: competentie toegevoegd")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from portfolio_app.errors import PortfolioError
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.icons import icon
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
        self.sidebar.setAccessibleDescription(
            self.tr("Kies een onderdeel met de pijltjestoetsen, of met Ctrl+1 tot Ctrl+8.")
        )
        line = self.sidebar.fontMetrics().height()
        self.sidebar.setIconSize(QSize(round(line * 1.3), round(line * 1.3)))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for key, page in self._build_pages():
            self._add_page(key, page)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._size_to_current_page)
        # A page that does not fit (a small screen, 200 % text) scrolls as a whole, so
        # nothing is squeezed below its smallest readable size.
        self.page_area = QScrollArea(self)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_area.setWidget(self.stack)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.page_area, 1)
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
        self._size_to_current_page(0)

    def _build_pages(self) -> list[tuple[str, Page]]:
        from portfolio_app.ui.pages.registry import build_pages

        return build_pages(self.session, self)

    def _add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(icon(key), page.title, self.sidebar)
        shortcut = QKeySequence(f"Ctrl+{len(self.pages)}").toString(
            QKeySequence.SequenceFormat.NativeText
        )
        item.setToolTip(f"{page.title} ({shortcut})")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title)

    def _size_to_current_page(self, index: int) -> None:
        """The page area scrolls only when the page on screen needs it: a stack is as large
        as its largest page otherwise (the export page at 200 % would make every page
        scroll)."""
        ignored = QSizePolicy.Policy.Ignored
        for position in range(self.stack.count()):
            page = self.stack.widget(position)
            if page is None:
                continue
            if position == index:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            else:
                page.setSizePolicy(ignored, ignored)
        self.stack.updateGeometry()

    def _fit_sidebar(self) -> None:
        """As wide as the longest page name with its icon, at any text size; no wider."""
        metrics = self.sidebar.fontMetrics()
        text = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        # icon, the gap after it, the item's padding (2 × 10) and the list's (2 × 8), border
        width = self.sidebar.iconSize().width() + metrics.averageCharWidth() + text + 20 + 16 + 8
        self.sidebar.setFixedWidth(width)
        self.sidebar.installEventFilter(self)
        self._space_sidebar_items()

    def _space_sidebar_items(self) -> None:
        """Roomy items (2.4 lines) when the window is tall enough, closer together down to
        1.6 lines when it is not (200 % text on a laptop), before a scroll bar is needed."""
        line = self.sidebar.fontMetrics().height()
        count = max(self.sidebar.count(), 1)
        room = self.sidebar.viewport().height() - 24  # the list's padding
        height = round(min(max(room / count, line * 1.6), line * 2.4)) - 2  # minus margins
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(1, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.sidebar and event.type() == QEvent.Type.Resize:
            self._space_sidebar_items()
        return super().eventFilter(watched, event)

    def go_to(self, key: str) -> Page:
        index = list(self.pages).index(key)
        self.sidebar.setCurrentRow(index)
        return self.pages[key]

    def _navigate(self, key: str, hint: object) -> None:
        page = self.go_to(key)
        page.show_hint(hint)

    def _build_actions(self) -> None:
        lock = QAction(icon("lock"), self.tr("Vergrendelen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setStatusTip(
            self.tr("Vergrendel je portfolio; je wachtzin is nodig om verder te gaan.")
        )
        lock.triggered.connect(self.lock_requested)
        undo = QAction(icon("undo"), self.tr("Ongedaan maken"), self)
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
        if sys.platform.startswith("linux"):  # elsewhere the installer makes the shortcut
            to_menu = QAction(self.tr("Zet Portfolio in het &menu van je computer"), self)
            to_menu.triggered.connect(self.add_to_menu)
            help_menu.addAction(to_menu)
        help_menu.addAction(about)
        for number, key in enumerate(self.pages, start=1):
            go = QAction(self.pages[key].title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _=False, k=key: self.go_to(k))
            self.addAction(go)
        toolbar = self.addToolBar(self.tr("Acties"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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

    def add_to_menu(self) -> None:
        from portfolio_app import desktop_entry

        try:
            desktop_entry.install()
        except PortfolioError as exc:
            show_error(self, exc, self.session.lang)
            return
        QMessageBox.information(
            self,
            self.tr("In het menu"),
            self.tr(
                "Portfolio staat nu in het menu van je computer, bij Kantoor. Je kan het "
                "voortaan daar starten."
            ),
        )

    def undo(self) -> None:
        self.session.run(self, self.session.portfolio.undo)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Nothing to save: every change was saved when it was made."""
        event.accept()
