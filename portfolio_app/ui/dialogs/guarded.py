"""A dialog that does not throw away what was typed without asking: Esc, Annuleren or the
window's close button on a changed form ask "Wijzigingen weggooien?" (Bewaren / Weggooien /
Annuleren). Closing it from the code (the lock closes every open window) does not ask.

"Changed" compares what the fields hold with what they held when the dialog was first shown:
texts, choices, ticks and list lines. Lines the app itself proposes and nobody ticked
(suggested competences) do not count.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def form_state(root: QWidget) -> list[object]:
    """What the user can change in ``root``, in a form that compares."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QCheckBox | QRadioButton):
            state.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            lines = []
            for row in range(widget.count()):
                item = widget.item(row)
                checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
                if not checkable or item.checkState() == Qt.CheckState.Checked:
                    lines.append(item.text())
            state.append(tuple(lines))
    return state


def ask_to_keep(parent: QWidget) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("GuardedDialog", "Wijzigingen weggooien?"))
    box.setText(
        QCoreApplication.translate(
            "GuardedDialog", "Je hebt iets veranderd in dit venster. Wil je dat bewaren?"
        )
    )
    save = box.addButton(
        QCoreApplication.translate("GuardedDialog", "Bewaren"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("GuardedDialog", "Weggooien"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("GuardedDialog", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.STAY


class GuardedDialog(QDialog):
    """Subclasses connect their Cancel button to ``cancel`` and implement ``save_and_close``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: list[object] | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._initial is None:
            self._initial = form_state(self)

    def is_changed(self) -> bool:
        return self._initial is not None and form_state(self) != self._initial

    def save_and_close(self) -> None:
        """Save as the dialog's own save button does (staying open when refused)."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Esc or Annuleren: close, after asking when something was changed."""
        if not self.is_changed():
            self.reject()
            return
        choice = ask_to_keep(self)
        if choice is Choice.SAVE:
            self.save_and_close()
        elif choice is Choice.DISCARD:
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """The window's close button asks too; a close from the code (locking) does not."""
        if event.spontaneous() and self.is_changed():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)
