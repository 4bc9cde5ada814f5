"""The action plan as a table: one row per plan item, filtered on open or done, sorted on any
column (by default the nearest due date first, items without a date last: what to do next is
on top).

An open item whose date has passed says "te laat" in words and in bold, never in colour alone.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from portfolio_app.domain import ActionPlanItem
from portfolio_app.domain.enums import label

Index = QModelIndex | QPersistentModelIndex
DUE_COLUMN = 4


class PlanFilter(StrEnum):
    OPEN = "open"
    DONE = "done"
    ALL = "all"

    def accepts(self, item: ActionPlanItem) -> bool:
        if self is PlanFilter.OPEN:
            return item.is_open
        if self is PlanFilter.DONE:
            return not item.is_open
        return True


class PlanModel(QAbstractTableModel):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        self.today = date.today()
        self._items: list[ActionPlanItem] = []
        self._visible: list[ActionPlanItem] = []
        self._filter = PlanFilter.OPEN
        self._sort: tuple[int, Qt.SortOrder] = (DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        self._headers = [
            self.tr("Actie"),
            self.tr("Soort"),
            self.tr("Competentie"),
            self.tr("Voor doel"),
            self.tr("Klaar tegen"),
            self.tr("Status"),
        ]

    def load(self, items: list[ActionPlanItem], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or date.today()
        self._items = items
        self._apply()
        self.endResetModel()

    def set_filter(self, plan_filter: PlanFilter) -> None:
        self.beginResetModel()
        self._filter = plan_filter
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def _key(self, item: ActionPlanItem, column: int) -> tuple[Any, ...]:
        if column == DUE_COLUMN:
            return (item.due is None, item.due or date.max, item.goal.casefold())
        return (self._text(item, column).casefold(), item.due or date.max)

    def _apply(self) -> None:
        column, order = self._sort
        visible = [item for item in self._items if self._filter.accepts(item)]
        visible.sort(
            key=lambda item: self._key(item, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._visible = visible

    def overdue(self, item: ActionPlanItem) -> bool:
        return item.is_open and item.due is not None and item.due < self.today

    def _text(self, item: ActionPlanItem, column: int) -> str:
        if column == 0:
            return item.goal
        if column == 1:
            return label(item.action_kind, self.lang)
        if column == 2:
            return item.competence.label if item.competence else ""
        if column == 3:
            return item.target.label if item.target else ""
        if column == DUE_COLUMN:
            if item.due is None:
                return ""
            due = item.due.strftime("%d/%m/%Y")
            return self.tr("%1 (te laat)").replace("%1", due) if self.overdue(item) else due
        return label(item.status, self.lang)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column) or "–"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.notes:
            return item.notes
        if role == Qt.ItemDataRole.FontRole and column == DUE_COLUMN and self.overdue(item):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def item_at(self, row: int) -> ActionPlanItem:
        return self._visible[row]

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self._visible):
            if item.id == item_id:
                return row
        return None

    def find(self, item_id: str) -> ActionPlanItem | None:
        return next((item for item in self._items if item.id == item_id), None)

    @property
    def total(self) -> int:
        return len(self._items)
