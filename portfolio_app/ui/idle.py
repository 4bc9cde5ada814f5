"""Auto-lock: lock the portfolio after a stretch without keyboard or mouse use, so a laptop
left open in a library does not show someone's whole career."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._minutes = minutes
        self._timer.stop()
        if minutes > 0:
            self._timer.start(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a shorter idle time."""
        self._timer.start(ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._minutes > 0:
            self._timer.start()
        return False
