"""Competences by kind and level as horizontal stacked bars, painted by hand (no chart
library for five bars). The numbers are also in the accessible description for screen
readers.

The four level colours run from light to dark (after ColorBrewer's YlGnBu, "colour-blind
safe"): each is at least 15 points of CIE lightness from the next, so they stay apart for every kind
of colour blindness and even in grey, and the count is written in each part that is wide
enough. The legend wraps onto more lines rather than being cut off.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LEVEL_BUCKETS = 4
# basis, zelfstandig, gevorderd, expert
LEVEL_COLOURS = ("#b4e3bc", "#41b6c4", "#2c7fb8", "#253494")
# the text written on each colour (dark on the light two, white on the dark two)
LEVEL_TEXT = ("#102a14", "#0b2529", "#ffffff", "#ffffff")


def bucket(level_fraction: float) -> int:
    """1..4 on the shared scale: CEFR and have/have-not claims land in the same buckets."""
    return max(1, min(LEVEL_BUCKETS, round(level_fraction * LEVEL_BUCKETS)))


class KindLevelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Counter[int]]] = []
        self.legend: list[str] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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

    # -- sizes -------------------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=0) + 12

    def _legend_lines(self, width: int) -> list[list[tuple[int, str, float]]]:
        """The legend's items per line: (level, name, width of the item)."""
        metrics = self.fontMetrics()
        line = metrics.height()
        lines: list[list[tuple[int, str, float]]] = [[]]
        used = 0.0
        for level, name in enumerate(self.legend, start=1):
            item = line + metrics.horizontalAdvance(name) + 8 + line * 0.8
            if lines[-1] and used + item > width:
                lines.append([])
                used = 0.0
            lines[-1].append((level, name, item))
            used += item
        return lines

    def _legend_left(self, width: int) -> int:
        """The legend starts under the bars when it fits there, else at the left edge."""
        label = self._label_width()
        total = sum(item for line in self._legend_lines(10**6) for *_, item in line)
        return label if label + total <= width else 0

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        left = self._legend_left(width)
        legend = len(self._legend_lines(width - left)) if self.legend else 0
        return int(line * 1.8 * len(self.rows) + line * 1.6 * legend + line * 0.4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self._label_width() + self.fontMetrics().averageCharWidth() * 30
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self._label_width() + self.fontMetrics().averageCharWidth() * 10
        return QSize(width, self.heightForWidth(width))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        label_width = self._label_width()
        number_room = metrics.horizontalAdvance("000") + 12
        top = 0.0
        total_max = max((sum(c.values()) for _, c in self.rows), default=0) or 1
        bar_width = max(self.width() - label_width - number_room, 10)
        text = self.palette().text().color()
        gap = QPen(self.palette().base().color(), 1.5)
        edge = QColor(text)
        edge.setAlphaF(0.45)
        colours = [QColor(c) for c in LEVEL_COLOURS]
        for name, counts in self.rows:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, line * 1.4), Qt.AlignmentFlag.AlignVCenter, name
            )
            x = float(label_width)
            total = sum(counts.values())
            if total:  # a thin outline, so the lightest part stands out on white too
                painter.setPen(QPen(edge, 1))
                painter.drawRect(
                    QRectF(
                        x - 0.5,
                        top + line * 0.1 - 0.5,
                        bar_width * total / total_max + 1,
                        line * 1.2 + 1,
                    )
                )
            for level in range(1, LEVEL_BUCKETS + 1):
                width = bar_width * counts[level] / total_max
                if not width:
                    continue
                part = QRectF(x, top + line * 0.1, width, line * 1.2)
                painter.fillRect(part, colours[level - 1])
                painter.setPen(gap)  # a thin line between the parts
                painter.drawLine(part.topRight(), part.bottomRight())
                number = str(counts[level])
                if metrics.horizontalAdvance(number) + 6 < width:
                    painter.setPen(QColor(LEVEL_TEXT[level - 1]))
                    painter.drawText(part, Qt.AlignmentFlag.AlignCenter, number)
                x += width
            painter.setPen(text)
            painter.drawText(
                QRectF(x + 6, top, number_room, line * 1.4),
                Qt.AlignmentFlag.AlignVCenter,
                str(total),
            )
            top += line * 1.8
        left = self._legend_left(self.width())
        outline = QPen(text, 1)
        for entries in self._legend_lines(self.width() - left):
            x = float(left)
            for level, name, item in entries:
                swatch = QRectF(x, top + line * 0.3, line * 0.9, line * 0.9)
                painter.fillRect(swatch, colours[level - 1])
                painter.setPen(outline)
                painter.drawRect(swatch)
                painter.drawText(
                    QRectF(x + line * 1.2, top, item - line, line * 1.5),
                    Qt.AlignmentFlag.AlignVCenter,
                    name,
                )
                x += item
            top += line * 1.6
        painter.end()
