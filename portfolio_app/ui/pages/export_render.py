"""Making the export preview off the GUI thread, newest request first.

The preview is remade after every tick of an option. A dossier with many attachments takes a
second or more, so the work runs in a thread of the renderer's own pool and the page stays
usable. The core's render functions cannot be stopped halfway; instead, a request that comes
in while one is running waits, only the newest waiting request is started next, and a result
that is already out of date is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance

Work = Callable[[], object]


class PreviewRenderer(QObject):
    ready = Signal(object, float)  # result, seconds it took
    failed = Signal(object)  # the exception
    busy = Signal(bool)
    _finished = Signal(int, object, float)
    _crashed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # a child of the renderer: deleting the page waits for a running render to end
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._waiting: tuple[int, Work] | None = None
        self._running = False
        self._finished.connect(self._on_finished)
        self._crashed.connect(self._on_crashed)

    def request(self, work: Work) -> None:
        self._generation += 1
        self._waiting = (self._generation, work)
        if not self._running:
            self._start()

    def forget(self) -> None:
        """Drop what is waiting and ignore what is running (the page shows something else)."""
        self._generation += 1
        self._waiting = None

    def _start(self) -> None:
        assert self._waiting is not None
        generation, work = self._waiting
        self._waiting = None
        self._running = True
        self.busy.emit(True)

        def job() -> None:
            start = perf_counter()
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
                self._emit(self._crashed, generation, exc)
                return
            self._emit(self._finished, generation, result, perf_counter() - start)

        self.pool.start(job)

    @staticmethod
    def _emit(signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the page was closed while rendering; nobody waits for the result

    def _next(self) -> bool:
        self._running = False
        if self._waiting is not None:
            self._start()
            return True
        self.busy.emit(False)
        return False

    def _on_finished(self, generation: int, result: object, seconds: float) -> None:
        if not self._next() and generation == self._generation:
            self.ready.emit(result, seconds)

    def _on_crashed(self, generation: int, exc: object) -> None:
        if not self._next() and generation == self._generation:
            self.failed.emit(exc)
