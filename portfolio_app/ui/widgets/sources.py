"""Who identified a competence (employer, school, VDAB, an EVC assessor...), with name and
date: the line the CV annex prints as "vastgesteld door"."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import Source
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import SourceKind, label
from portfolio_app.errors import InvalidInput
from portfolio_app.ui.widgets.dates import DateField

SOURCE_ROLE = Qt.ItemDataRole.UserRole


class SourcesEditor(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Wie stelde de competentie vast"))
        self.list.setAccessibleDescription(
            self.tr("Bijvoorbeeld je werkgever of een testcentrum. Leeg: je zegt het zelf.")
        )
        self.list.setMaximumHeight(90)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort bron"))
        self.kind.setAccessibleDescription(self.tr("Wie het vaststelde: kies eerst de soort."))
        for kind in SourceKind:
            if kind is not SourceKind.ZELF:
                self.kind.addItem(label(kind, lang), kind)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Naam (bv. de werkgever)"))
        self.name.setAccessibleName(self.tr("Naam van de bron"))
        self.name.setAccessibleDescription(self.tr("Mag leeg blijven."))
        self.when = DateField(self, not_after_today=True)
        self.when.setAccessibleName(self.tr("Datum van de vaststelling"))
        add = QPushButton(self.tr("Toevoegen"), self)
        add.setAccessibleName(self.tr("Bron toevoegen"))
        add.setAccessibleDescription(self.tr("Zet de soort, naam en datum hierboven in de lijst."))
        add.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Bron verwijderen"))
        self.remove_button.setAccessibleDescription(self.tr("Haalt de gekozen bron uit de lijst."))
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        # short rows rather than one that a large font pushes wide: the list with its
        # Verwijderen, then who, then when with Toevoegen
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        who = QHBoxLayout()
        who.addWidget(self.kind)
        who.addWidget(self.name, 1)
        when = QHBoxLayout()
        when.addWidget(self.when, 1)
        when.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(listed)
        layout.addLayout(who)
        layout.addLayout(when)

    def _add(self) -> None:
        try:
            source = self._typed()
        except (InvalidInput, ValidationError):
            self.when.setFocus()  # the field says what is wrong
            return
        if source is not None:
            self._append(source)

    def _typed(self) -> Source | None:
        """The source typed in the row below the list (cleared once taken), or None."""
        if not self.name.text().strip() and not self.when.text().strip():
            return None
        source = Source(
            kind=self.kind.currentData(), name=self.name.text().strip(), date=self.when.value()
        )
        self.name.clear()
        self.when.clear()
        return source

    def _append(self, source: Source) -> None:
        parts = [label(source.kind, self.lang)]
        if source.name:
            parts.append(source.name)
        if source.date:
            parts.append(show_date(source.date))
        item = QListWidgetItem(" · ".join(parts), self.list)
        item.setData(SOURCE_ROLE, source)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def set_sources(self, sources: list[Source]) -> None:
        self.list.clear()
        for source in sources:
            self._append(source)

    def sources(self) -> list[Source]:
        """The listed sources, and one typed but not yet added (nothing typed is lost);
        InvalidInput when its date is not a date."""
        typed = self._typed()
        if typed is not None:
            self._append(typed)
        return [self.list.item(i).data(SOURCE_ROLE) for i in range(self.list.count())]
