"""A read-only table that is as tall as its rows, for tables inside a scrolling page: a
table with its own scroll bar inside a scrolling page traps the mouse wheel and hides rows
from people who do not see the second scroll bar.

Long columns share the width that is left and wrap their text, but never get narrower than
their header; when the page is too narrow for that (200 % text on a laptop) the table
scrolls sideways rather than cut a header off."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class FitTable(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._stretch: tuple[int, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Column widths settle after the layout pass; fit the rows once they have.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.timeout.connect(self._fit)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_later.start(0))

    def stretch(self, *columns: int) -> None:
        """These columns share the room the others leave (and wrap)."""
        self._stretch = columns
        for column in columns:
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._spread()

    def _spread(self) -> None:
        if not self._stretch:
            return
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in self._stretch)
        share = max(self.viewport().width() - fixed, 0) // len(self._stretch)
        for column in self._stretch:
            width = max(share, header.sectionSizeHint(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._spread()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(text))
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()  # nothing to scroll here: let the page scroll

    def _fit(self) -> None:
        """Wrapped rows get taller when the table gets narrower; keep every row visible."""
        self._spread()
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        bar = self.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)
