"""A date field that may be left empty ("onbekend"): Qt's date edit cannot be blank, so its
minimum date stands for "not filled in" and shows that word instead."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

_NONE = QDate(1900, 1, 1)


class OptionalDate(QDateEdit):
    def __init__(self, month_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(_NONE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("onbekend"))
        self.setCalendarPopup(True)
        self.setDisplayFormat("MM/yyyy" if month_only else "dd/MM/yyyy")
        self.set_value(None)

    def _start_from_today(self) -> None:
        """An empty field starts at today when the user begins to pick, not at 1900."""
        if self.date() == _NONE:
            self.setDate(QDate.currentDate())

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.date() == _NONE:
            self._start_from_today()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._start_from_today()
        super().mousePressEvent(event)

    def value(self) -> date | None:
        current = self.date()
        if current == _NONE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_NONE if value is None else QDate(value.year, value.month, value.day))
