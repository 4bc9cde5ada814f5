"""A passphrase field with a show/hide toggle, and a strength meter that explains itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PassphraseEdit(QWidget):
    textChanged = Signal(str)  # noqa: N815 - mirrors QLineEdit
    returnPressed = Signal()  # noqa: N815

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Toon"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Toon of verberg de wachtzin"))
        self.toggle.setAccessibleDescription(
            self.tr("Toont de getypte wachtzin, zodat je ziet wat je typte. Let op wie meekijkt.")
        )
        self.toggle.toggled.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.setText(self.tr("Verberg") if shown else self.tr("Toon"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()


class StrengthMeter(QWidget):
    """Shows 0-4 and one sentence: what is wrong, or that it is good. ``user_inputs`` are the
    user's own words (``profile_words``), which count as easy to guess."""

    def __init__(
        self, lang: str, parent: QWidget | None = None, user_inputs: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._user_inputs = tuple(user_inputs)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Sterkte van de wachtzin"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.update_for("")

    def update_for(self, passphrase: str) -> bool:
        from portfolio_app.vault.passphrase import assess  # zxcvbn: not for the unlock window

        strength = assess(passphrase, self._user_inputs)
        self.bar.setValue(strength.score if passphrase else 0)
        self.hint.setText(strength.hint(self._lang) if passphrase else "")
        self.bar.setAccessibleDescription(self.hint.text())
        return strength.acceptable
