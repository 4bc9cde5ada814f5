"""The action plan as a table: one row per plan item, filtered on open or done, sorted on any
column (by default the nearest due date first, items without a date last: what to do next is
on top).

An open item whose date has passed says "te laat" in words and in bold, never in colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from portfolio_app.domain import ActionPlanItem
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import label
from portfolio_app.ui.models.rows import Index, RowsModel

DUE_COLUMN = 4
COLUMNS = 6


@dataclass(frozen=True)
class PlanRow:
    item: ActionPlanItem
    sort_keys: tuple[Any, ...]


class PlanFilter(StrEnum):
    OPEN = "open"
    DONE = "done"
    ALL = "all"

    def accepts(self, row: PlanRow) -> bool:
        item = row.item
        if self is PlanFilter.OPEN:
            return item.is_open
        if self is PlanFilter.DONE:
            return not item.is_open
        return True


class PlanModel(RowsModel):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__(PlanFilter.OPEN, (DUE_COLUMN, Qt.SortOrder.AscendingOrder))
        self.lang = lang
        self.today = date.today()
        self._headers = [
            self.tr("Actie"),
            self.tr("Soort"),
            self.tr("Competentie"),
            self.tr("Voor doel"),
            self.tr("Klaar tegen"),
            self.tr("Status"),
        ]

    def load(self, items: list[ActionPlanItem], today: date | None = None) -> None:
        self.today = today or date.today()
        self.set_rows(
            [PlanRow(item, tuple(self._key(item, c) for c in range(COLUMNS))) for item in items]
        )

    def _key(self, item: ActionPlanItem, column: int) -> tuple[Any, ...]:
        if column == DUE_COLUMN:
            return (item.due is None, item.due or date.max, item.goal.casefold())
        return (self._text(item, column).casefold(), item.due or date.max)

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
            due = show_date(item.due)
            return self.tr("%1 (te laat)").replace("%1", due) if self.overdue(item) else due
        if item.closed_on is not None and not item.is_open:
            return (
                self.tr("%1 op %2")
                .replace("%1", label(item.status, self.lang))
                .replace("%2", item.closed_on.strftime("%d/%m/%Y"))
            )
        return label(item.status, self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row()).item
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
        return self.row_at(row).item

    def row_of(self, item_id: str) -> int | None:
        position = self.position_where(lambda row: row.item.id == item_id)
        return None if position < 0 else position

    def find(self, item_id: str) -> ActionPlanItem | None:
        return next((row.item for row in self._rows if row.item.id == item_id), None)
