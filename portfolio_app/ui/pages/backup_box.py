"""The backups part of Instellingen: make one, restore one (after seeing what it holds), and
how many automatic ones to keep."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from portfolio_app import settings as settings_store
from portfolio_app.errors import PortfolioError
from portfolio_app.ui import file_dialogs
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.vault.backups import describe, list_backups


class BackupBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reservekopieën"), parent)
        self.session = session
        column = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        row = FlowLayout()
        make = QPushButton(self.tr("Reservekopie mak&en…"), self)
        make.clicked.connect(self.make_backup)
        make.setAccessibleDescription(
            self.tr("Een versleutelde kopie van je hele portfolio, bv. op een USB-stick.")
        )
        restore = QPushButton(self.tr("Reservekopie terug&zetten…"), self)
        restore.clicked.connect(self.restore_backup)
        restore.setAccessibleDescription(
            self.tr("Zet een kopie terug; je huidige portfolio wordt eerst apart bewaard.")
        )
        row.addWidget(make)
        row.addWidget(restore)
        column.addLayout(row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Automatische kopieën bewaren:"), self))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 100)
        self.keep.setValue(session.settings.backups_keep)
        self.keep.setAccessibleName(self.tr("Aantal automatische reservekopieën"))
        self.keep.setAccessibleDescription(
            self.tr("De app maakt elke dag een kopie en houdt er zoveel bij.")
        )
        self.keep.valueChanged.connect(self._keep_changed)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        column.addLayout(keep_row)
        self.refresh()

    def refresh(self) -> None:
        backups = list_backups(self.session.paths.backups_dir)
        if backups:
            newest = datetime.fromtimestamp(backups[0].stat().st_mtime)
            text = self.tr(
                "%n reservekopie(ën) in je gegevensmap; de nieuwste is van %1.", "", len(backups)
            )
            self.status.setText(text.replace("%1", newest.strftime("%d/%m/%Y %H:%M")))
        else:
            self.status.setText(self.tr("Nog geen reservekopieën."))

    def _keep_changed(self, value: int) -> None:
        self.session.settings.backups_keep = value
        settings_store.save(self.session.paths, self.session.settings)

    def make_backup(self) -> None:
        target = file_dialogs.save_file(
            self,
            self.tr("Reservekopie bewaren"),
            f"portfolio-{datetime.now():%Y-%m-%d}.pfbackup",
            self.tr("Reservekopie (*.pfbackup)"),
        )
        if target is None:
            return
        result = self.session.run(self, lambda: self.session.portfolio.backup(target))
        if result is not None:
            QMessageBox.information(
                self,
                self.tr("Reservekopie"),
                self.tr(
                    "De reservekopie is gemaakt en gecontroleerd. Ze is versleuteld met je "
                    "huidige wachtzin: die heb je nodig om ze terug te zetten."
                ),
            )
            self.refresh()

    def restore_backup(self) -> None:
        paths = self.session.paths
        chosen = ask_for_backup(self, paths.backups_dir, paths.data_dir, self.session.lang)
        if chosen is not None:
            self.session.restore_requested.emit(*chosen)


def ask_for_backup(
    parent: QWidget | None, backups_dir: Path, scratch_dir: Path, lang: str
) -> tuple[str, str] | None:
    """Choose a backup, type the passphrase it was made with, see what it holds, and
    confirm: the backup's path and passphrase, or None. Used from Instellingen and, when the
    portfolio is damaged, from the message that says so (the portfolio may not open)."""
    chosen = file_dialogs.open_file(
        parent,
        QCoreApplication.translate("BackupBox", "Kies een reservekopie"),
        QCoreApplication.translate("BackupBox", "Reservekopie (*.pfbackup)"),
        backups_dir if backups_dir.is_dir() else None,  # the automatic ones are there
    )
    if chosen is None:
        return None
    path = str(chosen)
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BackupBox", "Reservekopie terugzetten"),
        QCoreApplication.translate(
            "BackupBox", "Wachtzin van de reservekopie (de wachtzin van toen ze gemaakt werd):"
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        info = describe(Path(path), passphrase, scratch_dir)
    except PortfolioError as exc:
        show_error(parent, exc, lang)
        return None
    counts = info.counts
    question = QCoreApplication.translate(
        "BackupBox",
        "Deze reservekopie is van %1 en bevat %2, %3, %4 en %5.\n\nJe huidige portfolio "
        "vervangen? Het wordt eerst zelf als reservekopie bewaard.",
    )
    claims, proofs, works, files = BackupCounts().say(counts)
    for marker, value in (
        ("%1", info.header.created.strftime("%d/%m/%Y %H:%M")),
        ("%2", claims),
        ("%3", proofs),
        ("%4", works),
        ("%5", files),
    ):
        question = question.replace(marker, value)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("BackupBox", "Reservekopie terugzetten"), question
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return path, passphrase


class BackupCounts(QObject):
    """What a backup holds, counted in words ('1 competentie', '3 leerbewijzen')."""

    def say(self, counts: dict[str, int]) -> tuple[str, str, str, str]:
        return (
            self.tr("%n competentie(s)", "", counts["claims"]),
            self.tr("%n leerbewijs/leerbewijzen", "", counts["leerbewijzen"]),
            self.tr("%n ervaring(en)", "", counts["experiences"]),
            self.tr("%n bijlage(n)", "", counts["attachments"]),
        )
