"""A count as a bar with "3 van 10" written next to it: the number is read, not guessed
from a length, and a screen reader gets the same words as its name. The numbers come from a
check's ``Tally``, so the bar and every sentence about it agree."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QSizePolicy, QWidget


class CoverageBar(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None, before: bool = False) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        self.bar = QProgressBar(self)
        # ``before`` paints an earlier figure in a quieter colour (see style.py)
        self.bar.setObjectName("coverageBarBefore" if before else "coverageBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bar.setFixedHeight(self.fontMetrics().height())
        self.value = QLabel(self)
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 van 100  "))
        font = self.value.font()
        font.setBold(True)
        self.value.setFont(font)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0, 1, 2)
        layout.addWidget(self.bar, 1, 0)
        layout.addWidget(self.value, 1, 1)
        layout.setColumnStretch(0, 1)
        self._name = title
        self.percent = 0

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self._name = title

    def set_count(self, part: int, total: int) -> None:
        self.percent = round(100 * part / total) if total else 0
        self.bar.setValue(self.percent)
        text = self.tr("%1 van %2").replace("%1", str(part)).replace("%2", str(total))
        self.value.setText(text)
        self.bar.setAccessibleName(f"{self._name}: {text}")
        self.value.setAccessibleName(f"{self._name}: {text}")
