"""Work the user has to wait for, such as deriving the key from a passphrase (slow on
purpose: a few seconds, so that guessing is slow too), runs on a worker thread while a local
event loop keeps the window painted and its busy indicator moving. User input is held back
meanwhile, so nothing is clicked twice. For the caller it stays an ordinary call: it returns
the result, or raises the error, of ``work``.

SQLite releases Python's lock while it derives the key, so the indicator really moves.

Python's cycle collector is paused while the worker runs: it would otherwise run on the
worker thread, and a window it collects there would be destroyed outside the GUI thread,
which Qt does not survive (a timer of that window fires on a dead object later)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QWidget

T = TypeVar("T")


class _Thread(QThread, Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self.work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
            self.error = exc


def wait_for(
    work: Callable[[], T],
    indicator: BusyIndicator | None = None,
    text: str = "",
    meanwhile: Callable[[], object] | None = None,
) -> T:
    """Run ``work`` on a worker thread and wait for it without freezing the window.
    ``meanwhile`` runs on the GUI thread while the worker works (e.g. imports for the next
    window, which then cost no extra time)."""
    if indicator is not None:
        indicator.start(text)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    thread: _Thread[T] = _Thread(work)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)  # queued: delivered once the loop runs
    if meanwhile is not None:
        QTimer.singleShot(0, meanwhile)
    collecting = gc.isenabled()
    gc.disable()
    try:
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.wait()
    finally:
        if collecting:
            gc.enable()
        QApplication.restoreOverrideCursor()
        if indicator is not None:
            indicator.stop()
    if thread.error is not None:
        raise thread.error
    return thread.result  # type: ignore[return-value]


class BusyIndicator(QWidget):
    """A moving bar and one line of text ("Je portfolio wordt geopend…"); hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no end known: the bar moves to and fro
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.bar.setAccessibleName(self.tr("Even geduld"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)
