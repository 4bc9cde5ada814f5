"""A table whose name column takes the room that is left, but never less than a readable
minimum: Qt's own stretch mode shrinks it to nothing at large font sizes (or shares the room
equally with another long column), and then the one column people read is the one they
cannot see.

The other columns fit their contents. Long ones (a kind, an issuer) can be capped at a number
of characters, so they do not eat the name's room; they are elided then (the model gives
the full text as a tooltip). No column is ever narrower than its header, so a header never
reads "Jitgereikt door".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class NameColumnFitter(QObject):
    def __init__(
        self,
        table: QTableView,
        min_chars: int = 26,
        name_column: int = 0,
        caps: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.min_chars = min_chars
        self.name_column = name_column
        self.caps = dict(caps or {})
        self._fitting = False
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # sample rows: 10,000 claims stay fast
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Interactive)
        for column in self.caps:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._others_changed)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
            model.rowsInserted.connect(self.fit)
        table.viewport().installEventFilter(self)

    def _others_changed(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index != self.name_column and index not in self.caps:
            self.fit()

    def _widths_of_capped(self, room: int) -> dict[int, int]:
        """Their whole contents when ``room`` allows, else each cut back towards its cap,
        in proportion to what it can give."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        full, floor = {}, {}
        for column, chars in self.caps.items():
            least = header.sectionSizeHint(column)
            full[column] = max(self.table.sizeHintForColumn(column), least)
            floor[column] = max(min(full[column], char * chars), least)
        excess = sum(full.values()) - room
        can_give = sum(full[c] - floor[c] for c in self.caps)
        if excess <= 0 or can_give == 0:
            return full if excess <= 0 else floor
        share = min(excess / can_give, 1.0)
        return {c: round(full[c] - (full[c] - floor[c]) * share) for c in self.caps}

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        viewport = self.table.viewport().width()
        fixed = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self.name_column and i not in self.caps
        )
        least = max(
            self.table.fontMetrics().averageCharWidth() * self.min_chars,
            header.sectionSizeHint(self.name_column),
        )
        name_wants = max(least, self.table.sizeHintForColumn(self.name_column))
        self._fitting = True  # the sections moved here are not a user's change
        try:
            for column, width in self._widths_of_capped(viewport - fixed - name_wants).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != self.name_column)
        header.resizeSection(self.name_column, max(least, viewport - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
