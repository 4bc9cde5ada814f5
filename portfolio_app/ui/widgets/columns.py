"""A table whose first column (the name) takes the room that is left, but never less than a
readable minimum: Qt's own stretch mode shrinks it to nothing at large font sizes, and then
the one column people read is the one they cannot see."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class NameColumnFitter(QObject):
    def __init__(self, table: QTableView, min_chars: int = 26) -> None:
        super().__init__(table)
        self.table = table
        self.min_chars = min_chars
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # sample rows: 10,000 claims stay fast
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._others_changed)
        table.viewport().installEventFilter(self)

    def _others_changed(self, index: int, _old: int, _new: int) -> None:
        if index != 0:
            self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(1, header.count()))
        least = self.table.fontMetrics().averageCharWidth() * self.min_chars
        header.resizeSection(0, max(least, self.table.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
