"""Window sizes that fit the screen, and that are remembered.

A window larger than the screen hides its buttons off the edge, where a person who is not at
home with computers never finds them (at 200 % text a 1366×768 laptop screen is 683×384 for
Qt). So every window is placed inside the screen's available area (without the task bar),
with room for the title bar the window manager adds: where it was last time when that still
lies on a screen, else at a size measured in lines of text (so it grows with the user's
text size), centred. A window whose size does not fit opens maximized. Dialogs are kept on
the screen too (``keep_dialogs_on_screen``).

Where each window was is kept in the settings (``Settings.windows``), written when it is
hidden or closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from portfolio_app import settings as settings_store
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.app_events import AppEvents

# width and height in lines of text, per window (by class name)
WANTED_LINES = {
    "MainWindow": (92, 62),
    "UnlockWindow": (40, 22),
    "WelcomeWindow": (46, 34),
}
DEFAULT_LINES = (60, 40)
# at least this share of a large screen (the main window on a Full HD screen)
WANTED_SHARE = {"MainWindow": 0.85}

# What a window manager adds around a window, before Qt can know it (logical pixels: the
# title bar does not grow with the text size). Corrected with the real frame after showing.
FRAME = QMargins(8, 36, 8, 8)

# Part of a remembered window that must still lie on a screen for it to go back there.
MOSTLY = 0.5


def fit(
    wanted: QSize, available: QRect, saved: QRect | None = None, frame: QMargins = FRAME
) -> tuple[QRect, bool]:
    """Where a window goes inside ``available``, and whether it opens maximized.

    The rectangles are the window's inside (``QWidget.geometry``); ``frame`` is what the
    window manager adds around it. ``saved`` is used when at least half of it (or of the
    screen, when it is the larger) lies inside ``available``; otherwise ``wanted``, centred,
    or maximized when it does not fit. Either way the result, frame included, lies inside
    ``available``."""
    room = available.marginsRemoved(frame)
    if saved is not None and saved.isValid() and _share(saved, room) >= MOSTLY:
        size = saved.size().boundedTo(room.size())
        x = min(max(saved.x(), room.left()), room.right() + 1 - size.width())
        y = min(max(saved.y(), room.top()), room.bottom() + 1 - size.height())
        return QRect(x, y, size.width(), size.height()), False
    if wanted.width() > room.width() or wanted.height() > room.height():
        return QRect(room), True
    rect = QRect(0, 0, wanted.width(), wanted.height())
    rect.moveCenter(room.center())
    return rect, False


def _share(rect: QRect, room: QRect) -> float:
    """How much of the smaller of the two the other covers (a window remembered on a larger
    screen covers all of this one: it comes back, cut to size)."""
    inside = rect.intersected(room)
    if inside.isEmpty():
        return 0.0
    smaller = min(rect.width() * rect.height(), room.width() * room.height())
    return (inside.width() * inside.height()) / smaller


def wanted_size(window: QWidget, available: QRect | None = None) -> QSize:
    name = type(window).__name__
    columns, rows = WANTED_LINES.get(name, DEFAULT_LINES)
    line = window.fontMetrics().height()
    size = QSize(columns * line, rows * line)
    share = WANTED_SHARE.get(name)
    if share and available is not None:
        size = size.expandedTo(available.size() * share)
    return size


def available_for(rect: QRect | None = None) -> QRect:
    """The available area of the screen that holds ``rect`` (the primary one otherwise)."""
    screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, settings: Settings, available: QRect | None = None) -> None:
    """Give ``window`` (not yet shown) its place: remembered, or fitted to the screen."""
    key = type(window).__name__
    remembered = settings.windows.get(key)
    saved = QRect(*remembered[:4]) if remembered else None
    area = available if available is not None else available_for(saved)
    rect, maximized = fit(wanted_size(window, area), area, saved)
    window.setGeometry(rect)
    if maximized or (remembered is not None and remembered[4]):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def record(window: QWidget, settings: Settings) -> None:
    """Note where ``window`` is now (its size before maximizing, and whether it is)."""
    maximized = window.isMaximized()
    rect = window.normalGeometry() if maximized else window.geometry()
    if rect.isValid():
        settings.windows[type(window).__name__] = [
            rect.x(),
            rect.y(),
            rect.width(),
            rect.height(),
            1 if maximized else 0,
        ]


def keep_on_screen(window: QWidget, available: QRect | None = None) -> None:
    """Move and shrink a shown window so that, frame included, it lies inside the
    available area of its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available if available is not None else window.screen().availableGeometry()
    outer = window.frameGeometry()
    inner = window.geometry()
    frame = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    if frame.isNull():  # not framed yet by the window manager: assume the usual frame
        frame = FRAME
        outer = inner.marginsAdded(frame)
    if area.contains(outer):
        return
    room = area.marginsRemoved(frame)
    size = inner.size().boundedTo(room.size()).expandedTo(window.minimumSize())
    x = min(max(inner.x(), room.left()), room.right() + 1 - size.width())
    y = min(max(inner.y(), room.top()), room.bottom() + 1 - size.height())
    window.setGeometry(max(x, area.left()), max(y, area.top()), size.width(), size.height())


def shrink_to_screen(window: QWidget, available: QRect | None = None) -> None:
    """Make a window that is about to show no larger than the screen's available area
    less a frame; where it goes is left to Qt (a dialog is centred over its parent)."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available if available is not None else window.screen().availableGeometry()
    room = area.marginsRemoved(FRAME).size().expandedTo(window.minimumSize())
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room))


class _Keeper(QObject):
    """Writes the window's place to the settings when it is hidden or closed."""

    def __init__(self, window: QWidget, paths: AppPaths, settings: Settings) -> None:
        super().__init__(window)
        self.paths = paths
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and isinstance(watched, QWidget):
            record(watched, self.settings)
            try:
                settings_store.save(self.paths, self.settings)
            except Exception:  # noqa: BLE001 - a place not remembered is no reason to stop
                pass
        return False


def remember(window: QWidget, paths: AppPaths, settings: Settings) -> None:
    """Place ``window`` (before it is shown) and remember where it is when it goes."""
    place(window, settings)
    window.installEventFilter(_Keeper(window, paths, settings))


def _shown(watched: QObject, _event: QEvent) -> None:
    if (
        isinstance(watched, QWidget)
        and watched.isWindow()
        and watched.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window)
    ):
        shrink_to_screen(watched)  # before Qt centres a dialog over its parent
        # placed once Qt has centred it, and again when the frame is known
        QTimer.singleShot(0, lambda w=watched: _keep_if_alive(w))
        QTimer.singleShot(250, lambda w=watched: _keep_if_alive(w))


def keep_dialogs_on_screen(app: QApplication) -> None:
    """Every window that opens from now on is kept on the screen (idempotent)."""
    AppEvents.of(app).add("screen", {QEvent.Type.Show: _shown})


def _keep_if_alive(window: QWidget) -> None:
    if isValid(window) and window.isVisible():
        keep_on_screen(window)
