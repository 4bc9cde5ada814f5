"""The bottom of the Exporteren page: the warning that an export is not encrypted, the save
button, the save dialog with a name the user recognises later, and where the file went.

The warning is on screen next to the button and asked again before the dialog, every time:
the vault is encrypted, the export is not, and the user must know that before choosing a
place (a shared folder, a USB stick).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from portfolio_app.ui import file_dialogs

UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(*parts: str) -> str:
    """A file name from readable parts, without characters some systems refuse."""
    text = " – ".join(p.strip() for p in parts if p.strip())
    return UNSAFE.sub(" ", text).strip(" .")[:120] or "portfolio"


class SaveBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.path: Path | None = None
        self.warning = QLabel(
            self.tr("Dit bestand is niet versleuteld: wie het krijgt, kan het lezen."), self
        )
        self.warning.setObjectName("warningText")
        self.warning.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Map openen"), self)
        self.open_button.setAccessibleName(self.tr("Open de map met het bewaarde bestand"))
        self.open_button.setAccessibleDescription(
            self.tr("Toont het bestand in je bestandsbeheer, om het te mailen of te printen.")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning, 0, 0)
        layout.addWidget(self.save_button, 0, 1)
        layout.addWidget(self.saved, 1, 0)
        layout.addWidget(self.open_button, 1, 1)
        layout.setColumnStretch(0, 1)
        self.clear_saved()

    def set_pdf(self, pdf: bool) -> None:
        text = self.tr("&Bewaren als PDF…") if pdf else self.tr("&Bewaren als JSON…")
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text.replace("&", ""))
        self.save_button.setAccessibleDescription(
            self.tr("Je kiest waar het bestand komt. Het is precies het voorbeeld hiernaast.")
        )

    def confirm_unencrypted(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Niet versleuteld"))
        box.setText(self.warning.text())
        box.setInformativeText(
            self.tr(
                "Geef het alleen aan wie het mag lezen. Bewaar het liever niet op een gedeelde "
                "computer of in een gedeelde map."
            )
        )
        box.setAccessibleName(self.tr("Waarschuwing: het bestand is niet versleuteld"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Ik begrijp het, &verder"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        return box.exec() == QMessageBox.StandardButton.Ok

    def ask_path(self, title: str, name: str, pdf: bool) -> Path | None:
        """Where to write, with the right extension; None if the user cancelled."""
        suffix = ".pdf" if pdf else ".json"
        suggested = (self.folder or file_dialogs.documents()) / (name + suffix)
        kinds = self.tr("PDF-document (*.pdf)") if pdf else self.tr("JSON-bestand (*.json)")
        path = file_dialogs.save_file(self, title, suggested, kinds)
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def show_saved(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent
        self.saved.setText(self.tr("Bewaard in %1").replace("%1", str(path)))
        self.saved.setAccessibleName(self.saved.text())
        self.saved.show()
        self.open_button.show()

    def clear_saved(self) -> None:
        self.saved.hide()
        self.open_button.hide()

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
