"""A button that reads as a link and wraps its text over more lines: a QPushButton keeps its
text on one line, so a long item (a check's summary, a long title) would force a window
wider than the screen. Keyboard and screen readers treat it as the button it is."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

MARGINS = QMargins(4, 3, 4, 3)


class LinkButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setObjectName("linkText")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setUnderline(True)
        self.label.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)

    def text(self) -> str:  # the label holds it; QPushButton's own text stays empty
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def _label_height(self, width: int) -> int:
        inner = max(width - MARGINS.left() - MARGINS.right(), 1)
        height = self.label.heightForWidth(inner) if self.label.text() else 0
        return max(height, self.label.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The text on one line (wrapped only when there is less room)."""
        text = self.label.sizeHint()
        width = text.width() + MARGINS.left() + MARGINS.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as a short word, one line high: the layout asks ``heightForWidth`` for
        the height at the width it gives (a scrolling page would otherwise reserve the
        height of the text wrapped at that narrowest width)."""
        width = self.label.fontMetrics().averageCharWidth() * 12
        return QSize(width, self._label_height(10**6) + MARGINS.top() + MARGINS.bottom())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._label_height(width) + MARGINS.top() + MARGINS.bottom()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.label.setGeometry(self.rect().marginsRemoved(MARGINS))
