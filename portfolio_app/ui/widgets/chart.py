"""Competences by kind and level as horizontal stacked bars, painted by hand (no chart
library for five bars). Colours come from the palette, so light and dark themes both work;
the numbers are also in the accessible description for screen readers."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

LEVEL_BUCKETS = 4


def bucket(level_fraction: float) -> int:
    """1..4 on the shared scale: CEFR and have/have-not claims land in the same buckets."""
    return max(1, min(LEVEL_BUCKETS, round(level_fraction * LEVEL_BUCKETS)))


class KindLevelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Counter[int]]] = []
        self.legend: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Grafiek: competenties per soort en niveau"))

    def set_data(self, rows: list[tuple[str, Counter[int]]], legend: list[str]) -> None:
        self.rows = rows
        self.legend = legend
        parts = [
            f"{name}: "
            + ", ".join(f"{legend[b - 1]} {counts[b]}" for b in range(1, 5) if counts[b])
            for name, counts in rows
            if sum(counts.values())
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        return QSize(400, int(line * 1.8 * (len(self.rows) + 1.5)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        label_width = (
            max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=0) + 12
        )
        top = 0.0
        total_max = max((sum(c.values()) for _, c in self.rows), default=0) or 1
        bar_width = max(self.width() - label_width - 40, 10)
        base = self.palette().highlight().color()
        text = self.palette().text().color()
        colours = [QColor(base) for _ in range(LEVEL_BUCKETS)]
        for i, colour in enumerate(colours):
            colour.setAlphaF(0.3 + 0.7 * (i + 1) / LEVEL_BUCKETS)
        for name, counts in self.rows:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, line * 1.4), Qt.AlignmentFlag.AlignVCenter, name
            )
            x = float(label_width)
            for level in range(1, LEVEL_BUCKETS + 1):
                width = bar_width * counts[level] / total_max
                if width:
                    painter.fillRect(QRectF(x, top + line * 0.2, width, line), colours[level - 1])
                x += width
            total = sum(counts.values())
            painter.drawText(
                QRectF(x + 6, top, 40, line * 1.4), Qt.AlignmentFlag.AlignVCenter, str(total)
            )
            top += line * 1.8
        x = float(label_width)
        for level, name in enumerate(self.legend, start=1):
            painter.fillRect(
                QRectF(x, top + line * 0.3, line * 0.8, line * 0.8), colours[level - 1]
            )
            painter.setPen(text)
            width = metrics.horizontalAdvance(name) + 8
            painter.drawText(
                QRectF(x + line, top, width, line * 1.4), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += line + width + 12
        painter.end()
