"""Every file dialog of the app: it starts in the user's Documents folder (not in the folder
the app happened to be started from) and speaks the app's language.

The system's own dialog follows the system's language, not the one chosen in Instellingen,
so the app uses Qt's dialog, which Qt's translator (installed with the app's own, see
``i18n``) translates.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def _dialog(parent: QWidget | None, caption: str, start: Path | None, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(start or documents()), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return dialog


def open_file(
    parent: QWidget | None, caption: str, filters: str, start: Path | None = None
) -> Path | None:
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None


def open_files(
    parent: QWidget | None, caption: str, filters: str, start: Path | None = None
) -> list[Path]:
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return [Path(name) for name in dialog.selectedFiles()] if dialog.exec() else []


def save_file(
    parent: QWidget | None, caption: str, suggested: str | Path, filters: str
) -> Path | None:
    """``suggested``: a file name (placed in Documents) or a whole path."""
    where = Path(suggested)
    if not where.is_absolute():
        where = documents() / where
    dialog = _dialog(parent, caption, where.parent, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(where.name)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None


def existing_folder(parent: QWidget | None, caption: str, start: Path | None = None) -> Path | None:
    dialog = _dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None
