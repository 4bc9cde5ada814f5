"""A focus ring that anyone can see: a 2-pixel rounded frame in the highlight colour around
the widget that has the keyboard focus, whatever the platform style draws (some draw a
dotted line, some nothing on a flat button).

It shows while the keyboard is in use (the last key or click was a key), like the web's
``:focus-visible``: a mouse user does not get rings after every click, a keyboard user sees
where every Tab, shortcut or closed dialog put the focus. The ring is a sibling of the focused
widget, drawn over it and ignoring the mouse, so it scrolls with the widget and never
changes a layout; around a widget that fills its parent (the sidebar) it is drawn just inside
the widget's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from portfolio_app.ui.app_events import AppEvents

WIDTH = 2
GAP = 1  # between the widget's edge and the ring


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    @classmethod
    def install(cls, app: QApplication) -> FocusRing:
        """One ring per application, moved from widget to widget."""
        watcher = app.findChild(_Watcher)
        if not isinstance(watcher, _Watcher):
            watcher = _Watcher(app)
            AppEvents.of(app).add("focus", watcher.rules)
        return watcher.current()

    @classmethod
    def uninstall(cls, app: QApplication) -> None:
        watcher = app.findChild(_Watcher)
        if isinstance(watcher, _Watcher):
            AppEvents.of(app).remove("focus", watcher.rules)
            watcher.deleteLater()

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and self.target is not widget and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        parent = widget.parentWidget() if widget is not None else None
        if widget is None or parent is None or widget.isWindow():
            self.hide()
            return
        if self.parentWidget() is not parent:
            self.setParent(parent)
        widget.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        widget = self.target
        if widget is None or not isValid(widget) or not widget.isVisible():
            self.hide()
            return
        margin = WIDTH + GAP
        rect = widget.geometry().adjusted(-margin, -margin, margin, margin)
        parent = self.parentWidget()
        if parent is not None and not parent.rect().contains(rect):
            rect = widget.geometry()
        self.setGeometry(rect)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().highlight().color(), WIDTH)
        painter.setPen(pen)
        half = WIDTH / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        radius = min(6.0, rect.height() / 4)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class _Watcher(QObject):
    """Moves the ring on every focus change; hides it after a mouse click. The ring lives
    inside a window, and goes when that window is deleted: a new one is made then."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        self.keyboard = False  # the last input was a key
        self.rules = {
            QEvent.Type.FocusIn: self._focus_in,
            QEvent.Type.KeyPress: self._key,
            QEvent.Type.MouseButtonPress: self._mouse,
        }

    def current(self) -> FocusRing:
        if not isValid(self.ring):
            self.ring = FocusRing()
        return self.ring

    def _focus_in(self, watched: QObject, event: QEvent) -> None:
        if not isinstance(watched, QWidget) or not isinstance(event, QFocusEvent):
            return
        reason = event.reason()
        if reason == Qt.FocusReason.PopupFocusReason:
            return
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.keyboard = True
        elif reason == Qt.FocusReason.MouseFocusReason:
            self.keyboard = False
        self.current().follow(watched if self.keyboard else None)

    def _key(self, _watched: QObject, _event: QEvent) -> None:
        if not self.keyboard:
            self.keyboard = True
            focused = QApplication.focusWidget()
            if focused is not None:
                self.current().follow(focused)

    def _mouse(self, _watched: QObject, _event: QEvent) -> None:
        if self.keyboard:
            self.keyboard = False
            self.current().follow(None)
