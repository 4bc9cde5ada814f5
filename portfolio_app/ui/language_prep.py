"""The first start builds the bundled competence language (some 3 seconds, once per app
version). It is built in the background while the welcome or unlock window is up, since
typing a passphrase takes longer; whoever needs the language before it is ready waits behind a
progress dialog instead of a frozen window."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from portfolio_app.paths import AppPaths


class LanguagePreparer:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.stage: tuple[str, int, int] = ("", 0, 1)
        self._thread: threading.Thread | None = None

    def start(self, after: Callable[[], None] | None = None) -> None:
        """Build the language in the background if this start needs it, once ``after`` (the
        preloader's imports, which the build needs) has returned."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._build, args=(after,), daemon=True)
            self._thread.start()

    def _build(self, after: Callable[[], None] | None) -> None:
        try:
            if after is not None:
                after()
            from portfolio_app.language import needs_build
            from portfolio_app.language.current import current_language_file

            if needs_build(self.paths):
                current_language_file(self.paths, self._step)
        except Exception:  # noqa: BLE001 - opening the language later reports it properly
            pass

    def _step(self, stage: str, done: int, total: int) -> None:
        self.stage = (stage, done, total)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, parent: QWidget | None) -> None:
        """Return when the background build is done, showing its progress meanwhile (on a
        worker thread, such as the one opening the demo, the caller's busy indicator shows it
        and no dialog is made: Qt allows widgets on the GUI thread only)."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        if threading.current_thread() is not threading.main_thread():
            thread.join()
            return
        title = QCoreApplication.translate("LanguagePreparer", "De competentietaal klaarzetten")
        dialog = QProgressDialog(title, "", 0, 1, parent)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        try:
            while thread.is_alive():
                stage, done, total = self.stage
                dialog.setLabelText(
                    QCoreApplication.translate(
                        "LanguagePreparer", "Eenmalig: de beroepen en competenties klaarzetten…"
                    )
                    + ("\n" + stage if stage else "")
                )
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, total))
                QApplication.processEvents()
                thread.join(0.05)
        finally:
            dialog.close()
            dialog.deleteLater()
