"""Slow work off the GUI thread, with progress and cancel.

The function runs in a QThread and reports ``progress(stage, done, total)``; it checks
``cancelled()`` between steps. The dialog shows the stage in plain words, and the result or
the error comes back on the GUI thread.

A running thread is kept here until it has finished, whatever happens to the widget that
started it: Qt aborts the whole process when a QThread object is destroyed while its thread
still runs (a page closed, or locked, during a long ranking did exactly that). A result that
arrives after its widget is gone is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str, int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


_RUNNING: set[QThread] = set()


def wait_for_all(timeout_ms: int = 30_000) -> None:
    """Let every running thread finish (at quit, before Qt tears down)."""
    for worker in list(_RUNNING):
        worker.wait(timeout_ms)


class _Worker(QThread):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel_requested = False

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, lambda: self.cancel_requested)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> _Worker:
    cancel = QCoreApplication.translate("tasks", "Annuleren")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)

    def progressed(stage: str, done: int, total: int) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog.setLabelText(stage)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finish() -> bool:
        """Close the dialog; True when the widget that asked is still there."""
        alive = shiboken6.isValid(parent)
        if shiboken6.isValid(dialog):
            dialog.close()
        return alive

    def succeeded(result: Any) -> None:
        if finish():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if finish():
            on_error(exc)

    def finished() -> None:
        _RUNNING.discard(worker)
        worker.deleteLater()

    worker.progressed.connect(progressed)
    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    worker.finished.connect(finished)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))
    _RUNNING.add(worker)
    worker.start()
    return worker
