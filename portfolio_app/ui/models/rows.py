"""The machinery the list tables share: rows prepared once per reload, and filter and sort
done on plain Python lists of indices.

10,000 claims must scroll, filter and sort without visible lag. A filter or a sort only
rebuilds the list of visible row numbers and resets the view: no widget per row, and no
Python callback per row per paint. Subclasses prepare their rows (each with a ``sort_keys``
tuple, one key per column) and answer ``data``; a filter object answers ``accepts(row)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, row_filter: Any, sort: tuple[int, Qt.SortOrder]) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[Any] = []
        self._visible: list[int] = []
        self._filter = row_filter
        self._sort = sort

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, row_filter: Any) -> None:
        self.beginResetModel()
        self._filter = row_filter
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        column, order = self._sort
        accepted = [i for i, row in enumerate(self._rows) if self._filter.accepts(row)]
        accepted.sort(
            key=lambda i: self._rows[i].sort_keys[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._visible = accepted

    def row_at(self, position: int) -> Any:
        return self._rows[self._visible[position]]

    def position_where(self, matches: Callable[[Any], bool]) -> int:
        """The visible position of the first row that matches, or -1."""
        for position, index in enumerate(self._visible):
            if matches(self._rows[index]):
                return position
        return -1

    @property
    def total(self) -> int:
        return len(self._rows)

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
