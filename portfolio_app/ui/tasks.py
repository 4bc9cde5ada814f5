"""Slow work off the GUI thread, with progress and cancel.

The function runs in a QThread and reports ``progress(stage, done, total)``; it checks
``cancelled()`` between steps. The dialog shows the stage in plain words, and the result or
the error comes back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str, int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


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
        dialog.setLabelText(stage)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finish() -> None:
        dialog.close()
        worker.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    worker.progressed.connect(progressed)
    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))
    worker.start()
    return worker
