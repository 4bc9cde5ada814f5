"""What every add/edit dialog shares: a scrolling form, a line for problems in plain words,
and Save/Cancel buttons. The dialog builds the domain object; the core validates it, and a
refusal is shown next to the buttons instead of closing the dialog (nothing is lost). Esc or
Annuleren on a changed form asks first (``guarded``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.validation import explain
from portfolio_app.errors import PortfolioError
from portfolio_app.ui.dialogs.guarded import GuardedDialog
from portfolio_app.ui.widgets.concept_search import ConceptSearch


class FormDialog(GuardedDialog):
    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lang = lang
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll
        scroll.setWidget(body)
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problemen met het formulier"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Bewaren"))
        save.setAccessibleDescription(self.tr("Bewaart wat je invulde en sluit het venster."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit het venster zonder te bewaren."))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self.result_value: Any = None

    def add_row(
        self,
        label: str,
        widget: QWidget,
        accessible: str | None = None,
        description: str | None = None,
    ) -> QWidget:
        widget.setAccessibleName(accessible or label.replace("&", ""))
        example = getattr(widget, "placeholderText", None)
        if not description and callable(example) and example():
            description = example()  # "bv. magazijnier": what to type, said out loud too
        if description:
            widget.setAccessibleDescription(description)
        self.form.addRow(label, widget)
        return widget

    def attempt(self, build: Callable[[], Any]) -> bool:
        """Run ``build``; show its problems and keep the dialog open when it fails."""
        try:
            self.result_value = build()
        except ValidationError as exc:
            self.problems.setText("\n".join(explain(exc, self.lang)))
            return False
        except PortfolioError as exc:
            self.problems.setText(exc.message(self.lang))
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter in a search field finishes the search, it does not save a half-filled form
        (subclasses may act on it first)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(self.focusWidget(), ConceptSearch):
            event.accept()
            return
        super().keyPressEvent(event)

    def _save(self) -> None:
        if self.attempt(self.build):
            self.accept()

    def save_and_close(self) -> None:
        self._save()

    def build(self) -> Any:
        """Build (and save) the object; subclasses implement it."""
        raise NotImplementedError
