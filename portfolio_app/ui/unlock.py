"""The unlock window. Repeated wrong passphrases are slowed down (1, 2, 4 ... 30 seconds), so
someone guessing at a borrowed laptop gets nowhere fast, while a typo costs a second. The
controller counts them beside the vault (``vault.unlock_delay``), so a restart does not reset
the wait; this window only shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.ui import file_dialogs
from portfolio_app.ui.busy import BusyIndicator
from portfolio_app.ui.icons import icon
from portfolio_app.ui.widgets.passphrase import PassphraseEdit
from portfolio_app.ui.widgets.text import heading, paragraph
from portfolio_app.vault.unlock_delay import MAX_DELAY_S, retry_delay

__all__ = ["MAX_DELAY_S", "UnlockWindow", "retry_delay"]


class UnlockWindow(QWidget):
    unlock_requested = Signal(str)
    open_other_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio ontgrendelen"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Portfolio ontgrendelen"), self))
        # the portfolio's name, not a long path; the path is there for who looks for it
        self.where = paragraph(self.tr("Portfolio: %1").replace("%1", vault.stem), self)
        self.where.setToolTip(str(vault))
        layout.addWidget(self.where)
        layout.addWidget(QLabel(self.tr("Typ je wachtzin:"), self))
        self.passphrase = PassphraseEdit(self.tr("Wachtzin"), self)
        self.passphrase.edit.setAccessibleDescription(
            self.tr("De wachtzin die je koos toen je het portfolio maakte. Druk dan op Enter.")
        )
        self.passphrase.returnPressed.connect(self._submit)
        layout.addWidget(self.passphrase)
        self.message = paragraph("", self)
        self.message.setObjectName("errorText")
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.setIcon(icon("unlock"))
        self.unlock_button.setAccessibleDescription(
            self.tr("Opent je portfolio met de getypte wachtzin.")
        )
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        others = QHBoxLayout()
        other = QPushButton(self.tr("Ander portfolio openen…"), self)
        other.setFlat(True)
        other.setIcon(icon("open"))
        other.setAccessibleDescription(self.tr("Kies een ander portfoliobestand om te openen."))
        other.clicked.connect(self._choose_other)
        new = QPushButton(self.tr("Nieuw portfolio maken…"), self)
        new.setFlat(True)
        new.setIcon(icon("new"))
        new.setAccessibleDescription(
            self.tr("Maak een nieuw portfolio; dit portfolio blijft bestaan.")
        )
        new.clicked.connect(self.new_requested)
        others.addWidget(other)
        others.addStretch(1)
        others.addWidget(new)
        layout.addLayout(others)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._remaining = 0
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if self._remaining > 0 or not self.passphrase.text():
            return
        self.unlock_requested.emit(self.passphrase.text())

    def show_failure(self, text: str, wait_s: int = 0) -> None:
        """Called by the controller after a wrong passphrase (with the wait it counted), after
        another error (no wait), or on opening while an earlier wait is still running."""
        self.passphrase.clear()
        self._remaining = max(int(wait_s), 0)
        self._base_message = text
        self._tick(first=True)
        if self._remaining > 0:
            self._countdown.start()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._remaining -= 1
        waiting = self._remaining > 0
        self.unlock_button.setEnabled(not waiting)
        self.passphrase.setEnabled(not waiting)
        if waiting:
            suffix = self.tr("Probeer opnieuw over %n seconde(n).", "", self._remaining)
            self.message.setText(f"{self._base_message} {suffix}")
        else:
            self._countdown.stop()
            self.message.setText(self._base_message)
            self.passphrase.setFocus()

    def _choose_other(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Kies een portfoliobestand"),
            self.tr("Portfolio (*.vault);;Alle bestanden (*)"),
        )
        if path is not None:
            self.open_other_requested.emit(str(path))
